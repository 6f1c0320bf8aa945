/* {{name}}'s kernel: says "Hello World!" on the VGA text screen and on COM1,
 * then halts. longmode's loader enters _start in 64-bit long mode with the
 * boot information in RDI (see longmode_boot.h). */
#include "console.h"
#include "cpu.h"
#include "longmode_boot.h"

void _start(const struct longmode_boot_info *info)
{
    serial_init();
    if (info->magic != LONGMODE_BOOT_MAGIC) {
        serial_write("not booted by longmode's loader\n");
        halt();
    }
    screen_write("Hello World!", COLOR_DEFAULT);
    serial_write("Hello World!\n");
    halt();
}
