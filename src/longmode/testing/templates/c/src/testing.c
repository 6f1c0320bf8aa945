/* The test framework of testing.h. */
#include "testing.h"
#include "console.h"

void run_test(const char *name, test_function test, const struct longmode_boot_info *info)
{
    static int ready;
    if (!ready) {
        serial_init();
        ready = 1;
    }
    serial_write(name);
    serial_write("...\t");
    test(info);
    serial_write("[ok]\n");
}

_Noreturn void tests_passed(void)
{
    exit_machine(EXIT_SUCCESS_CODE);
}

static void write_decimal(int value)
{
    char digits[12];
    int i = sizeof digits - 1;
    digits[i] = '\0';
    do {
        digits[--i] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0 && i > 0);
    serial_write(&digits[i]);
}

_Noreturn void test_failed(const char *file, int line, const char *condition)
{
    serial_write("[failed]\n\nError: ");
    serial_write(file);
    serial_write(":");
    write_decimal(line);
    serial_write(": CHECK(");
    serial_write(condition);
    serial_write(") failed\n");
    exit_machine(EXIT_FAILED_CODE);
}
