# Code, read-only data and data on one page: GNU ld gives them one RWX segment.
.globl _start
_start: ret
.section .rodata
.byte 1
.data
.quad 0
