/* A small test framework for test kernels: each test prints "name...\t[ok]" on
 * COM1; the first failed CHECK prints "[failed]" with the condition and exits
 * through isa-debug-exit with EXIT_FAILED_CODE (status 35). A test kernel that
 * reaches tests_passed() exits with EXIT_SUCCESS_CODE (status 33). */
#ifndef TESTING_H
#define TESTING_H

#include "longmode_boot.h"

typedef void (*test_function)(const struct longmode_boot_info *info);

/* Runs one test, named `name`, with the boot information. */
void run_test(const char *name, test_function test, const struct longmode_boot_info *info);
/* Every test passed: exit with status 33. */
_Noreturn void tests_passed(void);
/* Reports a failed check and exits with status 35. */
_Noreturn void test_failed(const char *file, int line, const char *condition);

#define CHECK(condition) \
    do { \
        if (!(condition)) \
            test_failed(__FILE__, __LINE__, #condition); \
    } while (0)

#define RUN_TEST(test, info) run_test(#test, test, info)

#endif
