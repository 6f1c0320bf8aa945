; NASM's standard macros __BITS__ and __OUTPUT_FORMAT__.
db __BITS__
bits 32
db __?BITS?__
[bits 64]
db __BITS__
use16
%if __BITS__ == 16
db 1
%endif
%ifidn __OUTPUT_FORMAT__, bin
db 2
%endif
