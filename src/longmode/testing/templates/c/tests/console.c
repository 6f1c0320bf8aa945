/* A test kernel: the console library writes where it should. */
#include "console.h"
#include "testing.h"

static void screen_write_puts_characters_and_colour(const struct longmode_boot_info *info)
{
    (void)info;
    screen_write("\nok", 0x2F);
    unsigned end = screen_cursor();
    CHECK(screen_cell(end - 2) == (0x2F << 8 | 'o'));
    CHECK(screen_cell(end - 1) == (0x2F << 8 | 'k'));
}

static void many_lines_scroll_instead_of_running_off_the_screen(
    const struct longmode_boot_info *info)
{
    (void)info;
    for (int line = 0; line < 2 * VGA_ROWS; line++)
        screen_write("a line\n", COLOR_DEFAULT);
    CHECK(screen_cursor() == VGA_COLUMNS * VGA_ROWS);
    CHECK((screen_cell(VGA_COLUMNS * (VGA_ROWS - 1)) & 0xFF) == 'a');
}

void _start(const struct longmode_boot_info *info)
{
    RUN_TEST(screen_write_puts_characters_and_colour, info);
    RUN_TEST(many_lines_scroll_instead_of_running_off_the_screen, info);
    tests_passed();
}
