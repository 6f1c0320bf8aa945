; wrt ..sym / ..plt / ..got relocations in an ELF32 object.
bits 32
extern y
mov eax, y wrt ..sym
call y wrt ..plt
mov eax,[y wrt ..got]
