# An input section the script does not name (.data) while an output section of
# that name exists: GNU ld appends the orphan to it.
.globl _start
_start: ret
.data
.quad 1
.section .data.x,"aw"
.quad 2
