# Orphans of every kind, in a script that has a section named for none of them but
# .text: ld's ldelf_place_orphan finds each a place by its flags
# (lang_output_section_find_by_flags), after the last section it may follow.
.globl _start
.text
_start: ret
.section .text.hot,"ax"
hot: ret
.section .tbl,"a"
.quad 7
.section .vars,"aw"
.quad 8
.section .zeros,"aw",@nobits
.zero 64
.section .more_ro,"a"
.byte 9
