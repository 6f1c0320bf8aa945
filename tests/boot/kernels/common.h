/* Shared by the test kernels: COM1 output, isa-debug-exit, checks. */
#include <stdint.h>

static inline void outb(uint16_t port, uint8_t value)
{
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline void outl(uint16_t port, uint32_t value)
{
    __asm__ volatile("outl %0, %1" : : "a"(value), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
    uint8_t value;
    __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static void put_char(char c)
{
    while (!(inb(0x3F8 + 5) & 0x20))
        ;
    outb(0x3F8, (uint8_t)c);
}

static void put_str(const char *s)
{
    while (*s)
        put_char(*s++);
}

static void put_hex(uint64_t value)
{
    put_str("0x");
    for (int shift = 60; shift >= 0; shift -= 4)
        put_char("0123456789abcdef"[(value >> shift) & 15]);
}

static void put_kv(const char *key, uint64_t value)
{
    put_str(key);
    put_char('=');
    put_hex(value);
    put_char('\n');
}

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        put_str("FAIL ");
        put_str(what);
        put_char('\n');
        failures++;
    }
}

static void finish(void)
{
    put_str(failures ? "RESULT failed\n" : "RESULT ok\n");
    outl(0xF4, failures ? 0x11 : 0x10);
    for (;;)
        __asm__ volatile("cli; hlt");
}

static uintptr_t read_eflags(void)
{
    uintptr_t flags;
    __asm__ volatile("pushf; pop %0" : "=r"(flags));
    return flags;
}
