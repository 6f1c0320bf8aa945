/* COM1 and the VGA text screen, and the machine's exit device. */
#ifndef CONSOLE_H
#define CONSOLE_H

#include <stdint.h>

/* The PC's fixed addresses and ports this kernel touches. */
#define VGA_TEXT_BUFFER 0xB8000
#define VGA_COLUMNS 80
#define VGA_ROWS 25
#define COM1 0x3F8
/* QEMU's isa-debug-exit device (iobase=0xf4); longmode's machine has it too. */
#define DEBUG_EXIT_PORT 0xF4

/* Values for exit_machine(): the machine exits with status (value << 1) | 1. */
enum exit_code {
    EXIT_SUCCESS_CODE = 0x10, /* status 33 */
    EXIT_FAILED_CODE = 0x11,  /* status 35 */
};

/* Light cyan on black. */
#define COLOR_DEFAULT 0x0B

/* Programs COM1 (38400 baud, 8N1, FIFOs on, polled). */
void serial_init(void);
void serial_write(const char *text);
/* Writes at the screen's cursor in `color` (background << 4 | foreground);
 * '\n' starts a new line, and the screen scrolls when it is full. */
void screen_write(const char *text, uint8_t color);
/* The cell at `index` (row * 80 + column): character | attribute << 8. */
uint16_t screen_cell(unsigned index);
/* The index of the next cell screen_write() writes. */
unsigned screen_cursor(void);
/* Ends the run through isa-debug-exit; halts on a PC without the device. */
_Noreturn void exit_machine(enum exit_code code);

#endif
