/* i386 position-independent code in a static kernel: GOT32X loads, GOTPC, a weak
   definition and a common symbol, as GNU ld links them (tests/link/test_link_vs_ld.py). */
int counter;
static int local_value = 5;
extern int shared_table[4];
int shared_table[4] = {1, 2, 3, 4};
__attribute__((weak)) int weak_thing(void) { return 1; }
int bump(void) { counter += local_value; return counter + shared_table[2] + weak_thing(); }
void _start(void) { for (;;) bump(); }
