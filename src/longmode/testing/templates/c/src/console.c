/* COM1 as a 16550 UART, the VGA text screen, and isa-debug-exit. */
#include "console.h"
#include "cpu.h"

/* 16550 register offsets from the UART's I/O base (datasheet names). */
enum { THR = 0, IER = 1, FCR = 2, LCR = 3, MCR = 4, LSR = 5 };
#define LSR_THR_EMPTY 0x20
#define LCR_DLAB 0x80
#define LCR_8N1 0x03
#define DIVISOR 3 /* 115200 / 3 = 38400 baud */

static volatile uint16_t *const screen = (volatile uint16_t *)VGA_TEXT_BUFFER;
static unsigned cursor;

void serial_init(void)
{
    outb(COM1 + IER, 0x00);
    outb(COM1 + LCR, LCR_DLAB);
    outb(COM1 + THR, DIVISOR & 0xFF);
    outb(COM1 + IER, DIVISOR >> 8);
    outb(COM1 + LCR, LCR_8N1);
    outb(COM1 + FCR, 0xC7);
    outb(COM1 + MCR, 0x0B);
}

void serial_write(const char *text)
{
    for (; *text; text++) {
        while (!(inb(COM1 + LSR) & LSR_THR_EMPTY))
            ;
        outb(COM1 + THR, (uint8_t)*text);
    }
}

static void scroll(void)
{
    for (unsigned i = 0; i < VGA_COLUMNS * (VGA_ROWS - 1); i++)
        screen[i] = screen[i + VGA_COLUMNS];
    for (unsigned i = VGA_COLUMNS * (VGA_ROWS - 1); i < VGA_COLUMNS * VGA_ROWS; i++)
        screen[i] = (uint16_t)(COLOR_DEFAULT << 8 | ' ');
}

void screen_write(const char *text, uint8_t color)
{
    for (; *text; text++) {
        if (cursor >= VGA_COLUMNS * VGA_ROWS) {
            scroll();
            cursor -= VGA_COLUMNS;
        }
        uint8_t byte = (uint8_t)*text;
        if (byte == '\n') {
            cursor += VGA_COLUMNS - cursor % VGA_COLUMNS;
            continue;
        }
        if (byte < 0x20 || byte > 0x7E)
            byte = 0xFE; /* a small square */
        screen[cursor++] = (uint16_t)(color << 8 | byte);
    }
}

uint16_t screen_cell(unsigned index)
{
    return screen[index];
}

unsigned screen_cursor(void)
{
    return cursor;
}

_Noreturn void exit_machine(enum exit_code code)
{
    outl(DEBUG_EXIT_PORT, code);
    halt();
}
