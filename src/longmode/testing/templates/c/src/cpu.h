/* Port I/O and halting: the few instructions C cannot say. */
#ifndef CPU_H
#define CPU_H

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

/* Stops the CPU for good: interrupts off, then `hlt`. */
static inline _Noreturn void halt(void)
{
    for (;;)
        __asm__ volatile("cli; hlt");
}

#endif
