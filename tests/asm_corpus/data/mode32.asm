bits 32
add al, al
add cl, al
add byte [eax], al
add byte [ebx+0x7f], al
add byte [ecx-0x80], al
add byte [edx+0x12345678], al
add byte [esp], al
add byte [esp+0x8], al
add byte [ebp], al
add byte [ebp-0x4], al
add byte [eax+ebx], al
add byte [eax+ecx*2], al
add byte [ebx+esi*4+0x10], al
add byte [edi*8+0x1000], al
add byte [0x12345678], al
add byte [esi+0x80], al
add byte [esp+ebp*1-0x81], al
add byte [es:edi], al
add byte [fs:0x20], al
add byte [gs:ebx+ecx*8+0x100], al
add byte [ss:ebp+0x10], al
add byte [cs:eax], al
add byte [bx+si], al
add byte [bp+di+0x4], al
add byte [bp+si+0x1234], al
add byte [0x12], al
add [eax], al
add al, cl
add al, dh
add al, bh
add al, bl
lock add byte [eax], al
lock add byte [ebx+0x7f], al
add dx, ax
add bx, ax
add word [eax], ax
add word [ebx+0x7f], ax
add word [ecx-0x80], ax
add word [edx+0x12345678], ax
add word [esp], ax
add word [esp+0x8], ax
add word [ebp], ax
add word [ebp-0x4], ax
add word [eax+ebx], ax
add word [eax+ecx*2], ax
add word [ebx+esi*4+0x10], ax
add word [edi*8+0x1000], ax
add word [0x12345678], ax
add word [esi+0x80], ax
add word [esp+ebp*1-0x81], ax
add word [es:edi], ax
add word [fs:0x20], ax
add word [gs:ebx+ecx*8+0x100], ax
add word [ss:ebp+0x10], ax
add word [cs:eax], ax
add word [bx+si], ax
add word [bp+di+0x4], ax
add word [bp+si+0x1234], ax
add word [0x12], ax
add [eax], ax
add dx, cx
add dx, dx
add dx, bx
add dx, sp
add dx, bp
add dx, si
add dx, di
o16 add dx, ax
lock add word [eax], ax
lock add word [ebx+0x7f], ax
add ecx, eax
add edx, eax
add dword [eax], eax
add dword [ebx+0x7f], eax
add dword [ecx-0x80], eax
add dword [edx+0x12345678], eax
add dword [esp], eax
add dword [esp+0x8], eax
add dword [ebp], eax
add dword [ebp-0x4], eax
add dword [eax+ebx], eax
add dword [eax+ecx*2], eax
add dword [ebx+esi*4+0x10], eax
add dword [edi*8+0x1000], eax
add dword [0x12345678], eax
add dword [esi+0x80], eax
add dword [esp+ebp*1-0x81], eax
add dword [es:edi], eax
add dword [fs:0x20], eax
add dword [gs:ebx+ecx*8+0x100], eax
add dword [ss:ebp+0x10], eax
add dword [cs:eax], eax
add dword [bx+si], eax
add dword [bp+di+0x4], eax
add dword [bp+si+0x1234], eax
add dword [0x12], eax
add [eax], eax
add ecx, ecx
add ecx, edx
add ecx, ebx
add ecx, esp
add ecx, ebp
add ecx, esi
add ecx, edi
lock add dword [eax], eax
lock add dword [ebx+0x7f], eax
add cl, bl
add dh, bl
add bh, bl
add bl, bl
add al, byte [eax]
add al, byte [ebx+0x7f]
add al, byte [ecx-0x80]
add al, byte [edx+0x12345678]
add al, byte [esp]
add al, byte [esp+0x8]
add al, byte [ebp]
add al, byte [ebp-0x4]
add al, byte [eax+ebx]
add al, byte [eax+ecx*2]
add al, byte [ebx+esi*4+0x10]
add al, byte [edi*8+0x1000]
add al, byte [0x12345678]
add al, byte [esi+0x80]
add al, byte [esp+ebp*1-0x81]
add al, byte [es:edi]
add al, byte [fs:0x20]
add al, byte [gs:ebx+ecx*8+0x100]
add al, byte [ss:ebp+0x10]
add al, byte [cs:eax]
add al, byte [bx+si]
add al, byte [bp+di+0x4]
add al, byte [bp+si+0x1234]
add al, byte [0x12]
add al, [eax]
add ax, di
add cx, di
add bx, di
add sp, di
add bp, di
add si, di
add di, di
add ax, ax
add ax, word [eax]
add ax, word [ebx+0x7f]
add ax, word [ecx-0x80]
add ax, word [edx+0x12345678]
add ax, word [esp]
add ax, word [esp+0x8]
add ax, word [ebp]
add ax, word [ebp-0x4]
add ax, word [eax+ebx]
add ax, word [eax+ecx*2]
add ax, word [ebx+esi*4+0x10]
add ax, word [edi*8+0x1000]
add ax, word [0x12345678]
add ax, word [esi+0x80]
add ax, word [esp+ebp*1-0x81]
add ax, word [es:edi]
add ax, word [fs:0x20]
add ax, word [gs:ebx+ecx*8+0x100]
add ax, word [ss:ebp+0x10]
add ax, word [cs:eax]
add ax, word [bx+si]
add ax, word [bp+di+0x4]
add ax, word [bp+si+0x1234]
add ax, word [0x12]
add ax, [eax]
o16 add ax, di
add eax, esi
add edx, esi
add ebx, esi
add esp, esi
add ebp, esi
add esi, esi
add edi, esi
add eax, edi
add eax, dword [eax]
add eax, dword [ebx+0x7f]
add eax, dword [ecx-0x80]
add eax, dword [edx+0x12345678]
add eax, dword [esp]
add eax, dword [esp+0x8]
add eax, dword [ebp]
add eax, dword [ebp-0x4]
add eax, dword [eax+ebx]
add eax, dword [eax+ecx*2]
add eax, dword [ebx+esi*4+0x10]
add eax, dword [edi*8+0x1000]
add eax, dword [0x12345678]
add eax, dword [esi+0x80]
add eax, dword [esp+ebp*1-0x81]
add eax, dword [es:edi]
add eax, dword [fs:0x20]
add eax, dword [gs:ebx+ecx*8+0x100]
add eax, dword [ss:ebp+0x10]
add eax, dword [cs:eax]
add eax, dword [bx+si]
add eax, dword [bp+di+0x4]
add eax, dword [bp+si+0x1234]
add eax, dword [0x12]
add eax, [eax]
add al, 0x12
add al, 0xf0
add ax, 0x1234
add ax, 0x10
add ax, strict word 0x10
o16 add ax, 0x1234
add eax, 0x12345678
add eax, 0x7f
add eax, -0x80
add eax, strict dword 0x7f
o16 push es
push es
o16 pop es
pop es
or dh, al
or bh, al
or byte [eax], al
or byte [ebx+0x7f], al
or byte [ecx-0x80], al
or byte [edx+0x12345678], al
or byte [esp], al
or byte [esp+0x8], al
or byte [ebp], al
or byte [ebp-0x4], al
or byte [eax+ebx], al
or byte [eax+ecx*2], al
or byte [ebx+esi*4+0x10], al
or byte [edi*8+0x1000], al
or byte [0x12345678], al
or byte [esi+0x80], al
or byte [esp+ebp*1-0x81], al
or byte [es:edi], al
or byte [fs:0x20], al
or byte [gs:ebx+ecx*8+0x100], al
or byte [ss:ebp+0x10], al
or byte [cs:eax], al
or byte [bx+si], al
or byte [bp+di+0x4], al
or byte [bp+si+0x1234], al
or byte [0x12], al
or [eax], al
or dh, cl
or dh, dh
or dh, bh
or dh, bl
lock or byte [eax], al
lock or byte [ebx+0x7f], al
or dx, ax
or bx, ax
or word [eax], ax
or word [ebx+0x7f], ax
or word [ecx-0x80], ax
or word [edx+0x12345678], ax
or word [esp], ax
or word [esp+0x8], ax
or word [ebp], ax
or word [ebp-0x4], ax
or word [eax+ebx], ax
or word [eax+ecx*2], ax
or word [ebx+esi*4+0x10], ax
or word [edi*8+0x1000], ax
or word [0x12345678], ax
or word [esi+0x80], ax
or word [esp+ebp*1-0x81], ax
or word [es:edi], ax
or word [fs:0x20], ax
or word [gs:ebx+ecx*8+0x100], ax
or word [ss:ebp+0x10], ax
or word [cs:eax], ax
or word [bx+si], ax
or word [bp+di+0x4], ax
or word [bp+si+0x1234], ax
or word [0x12], ax
or [eax], ax
or dx, cx
or dx, dx
or dx, bx
or dx, sp
or dx, bp
or dx, si
or dx, di
lock or word [eax], ax
lock or word [ebx+0x7f], ax
or ecx, eax
or edx, eax
or dword [eax], eax
or dword [ebx+0x7f], eax
or dword [ecx-0x80], eax
or dword [edx+0x12345678], eax
or dword [esp], eax
or dword [esp+0x8], eax
or dword [ebp], eax
or dword [ebp-0x4], eax
or dword [eax+ebx], eax
or dword [eax+ecx*2], eax
or dword [ebx+esi*4+0x10], eax
or dword [edi*8+0x1000], eax
or dword [0x12345678], eax
or dword [esi+0x80], eax
or dword [esp+ebp*1-0x81], eax
or dword [es:edi], eax
or dword [fs:0x20], eax
or dword [gs:ebx+ecx*8+0x100], eax
or dword [ss:ebp+0x10], eax
or dword [cs:eax], eax
or dword [bx+si], eax
or dword [bp+di+0x4], eax
or dword [bp+si+0x1234], eax
or dword [0x12], eax
or [eax], eax
or ecx, ecx
or ecx, edx
or ecx, ebx
or ecx, esp
or ecx, ebp
or ecx, esi
or ecx, edi
lock or dword [eax], eax
lock or dword [ebx+0x7f], eax
or al, cl
or cl, cl
or bh, cl
or bl, cl
or al, dh
or al, byte [eax]
or al, byte [ebx+0x7f]
or al, byte [ecx-0x80]
or al, byte [edx+0x12345678]
or al, byte [esp]
or al, byte [esp+0x8]
or al, byte [ebp]
or al, byte [ebp-0x4]
or al, byte [eax+ebx]
or al, byte [eax+ecx*2]
or al, byte [ebx+esi*4+0x10]
or al, byte [edi*8+0x1000]
or al, byte [0x12345678]
or al, byte [esi+0x80]
or al, byte [esp+ebp*1-0x81]
or al, byte [es:edi]
or al, byte [fs:0x20]
or al, byte [gs:ebx+ecx*8+0x100]
or al, byte [ss:ebp+0x10]
or al, byte [cs:eax]
or al, byte [bx+si]
or al, byte [bp+di+0x4]
or al, byte [bp+si+0x1234]
or al, byte [0x12]
or al, [eax]
or ax, di
or cx, di
or bx, di
or sp, di
or bp, di
or si, di
or di, di
or ax, ax
or ax, word [eax]
or ax, word [ebx+0x7f]
or ax, word [ecx-0x80]
or ax, word [edx+0x12345678]
or ax, word [esp]
or ax, word [esp+0x8]
or ax, word [ebp]
or ax, word [ebp-0x4]
or ax, word [eax+ebx]
or ax, word [eax+ecx*2]
or ax, word [ebx+esi*4+0x10]
or ax, word [edi*8+0x1000]
or ax, word [0x12345678]
or ax, word [esi+0x80]
or ax, word [esp+ebp*1-0x81]
or ax, word [es:edi]
or ax, word [fs:0x20]
or ax, word [gs:ebx+ecx*8+0x100]
or ax, word [ss:ebp+0x10]
or ax, word [cs:eax]
or ax, word [bx+si]
or ax, word [bp+di+0x4]
or ax, word [bp+si+0x1234]
or ax, word [0x12]
or ax, [eax]
or eax, esi
or edx, esi
or ebx, esi
or esp, esi
or ebp, esi
or esi, esi
or edi, esi
or eax, edi
or eax, dword [eax]
or eax, dword [ebx+0x7f]
or eax, dword [ecx-0x80]
or eax, dword [edx+0x12345678]
or eax, dword [esp]
or eax, dword [esp+0x8]
or eax, dword [ebp]
or eax, dword [ebp-0x4]
or eax, dword [eax+ebx]
or eax, dword [eax+ecx*2]
or eax, dword [ebx+esi*4+0x10]
or eax, dword [edi*8+0x1000]
or eax, dword [0x12345678]
or eax, dword [esi+0x80]
or eax, dword [esp+ebp*1-0x81]
or eax, dword [es:edi]
or eax, dword [fs:0x20]
or eax, dword [gs:ebx+ecx*8+0x100]
or eax, dword [ss:ebp+0x10]
or eax, dword [cs:eax]
or eax, dword [bx+si]
or eax, dword [bp+di+0x4]
or eax, dword [bp+si+0x1234]
or eax, dword [0x12]
or eax, [eax]
or al, 0x12
or al, 0xf0
or ax, 0x1234
or ax, 0x10
or ax, strict word 0x10
or eax, 0x12345678
or eax, 0x7f
or eax, -0x80
or eax, strict dword 0x7f
o16 push cs
push cs
adc dh, bh
adc bh, bh
adc byte [eax], bh
adc byte [0x12], bh
adc byte [ebx+0x7f], bh
adc byte [ecx-0x80], bh
adc byte [edx+0x12345678], bh
adc [eax], bh
adc dh, bl
adc dh, al
lock adc byte [eax], bh
lock adc byte [0x12], bh
adc bx, sp
adc sp, sp
adc word [eax], sp
adc word [ebp-0x4], sp
adc word [eax+ebx], sp
adc word [eax+ecx*2], sp
adc word [ebx+esi*4+0x10], sp
adc [eax], sp
adc bx, bp
adc bx, si
o16 adc bx, sp
lock adc word [eax], sp
lock adc word [ebp-0x4], sp
adc edx, ebx
adc ebx, ebx
adc dword [eax], ebx
adc dword [esp+ebp*1-0x81], ebx
adc dword [es:edi], ebx
adc dword [fs:0x20], ebx
adc dword [gs:ebx+ecx*8+0x100], ebx
adc [eax], ebx
adc edx, esp
adc edx, ebp
lock adc dword [eax], ebx
lock adc dword [esp+ebp*1-0x81], ebx
adc al, cl
adc cl, cl
adc dh, cl
adc al, dh
adc al, byte [eax]
adc al, byte [esp+0x8]
adc al, byte [ebp]
adc al, byte [ebp-0x4]
adc al, byte [eax+ebx]
adc al, [eax]
adc di, ax
adc ax, ax
adc cx, ax
adc di, cx
adc di, word [eax]
adc di, word [0x12345678]
adc di, word [esi+0x80]
adc di, word [esp+ebp*1-0x81]
adc di, word [es:edi]
adc di, [eax]
o16 adc di, ax
adc esi, edi
adc edi, edi
adc eax, edi
adc esi, eax
adc esi, dword [eax]
adc esi, dword [cs:eax]
adc esi, dword [bx+si]
adc esi, dword [bp+di+0x4]
adc esi, dword [bp+si+0x1234]
adc esi, [eax]
adc al, 0x12
adc al, 0xf0
adc ax, 0x1234
adc ax, 0x10
adc ax, strict word 0x10
o16 adc ax, 0x1234
adc eax, 0x12345678
adc eax, 0x7f
adc eax, -0x80
adc eax, strict dword 0x7f
o16 push ss
push ss
o16 pop ss
pop ss
sbb bl, al
sbb al, al
sbb byte [eax], al
sbb byte [bx+si], al
sbb byte [bp+di+0x4], al
sbb byte [bp+si+0x1234], al
sbb byte [0x12], al
sbb [eax], al
sbb bl, cl
sbb bl, dh
lock sbb byte [eax], al
lock sbb byte [bx+si], al
sbb bx, sp
sbb sp, sp
sbb word [eax], sp
sbb word [esp], sp
sbb word [esp+0x8], sp
sbb word [ebp], sp
sbb word [ebp-0x4], sp
sbb [eax], sp
sbb bx, bp
sbb bx, si
o16 sbb bx, sp
lock sbb word [eax], sp
lock sbb word [esp], sp
sbb edx, ebx
sbb ebx, ebx
sbb dword [eax], ebx
sbb dword [edi*8+0x1000], ebx
sbb dword [0x12345678], ebx
sbb dword [esi+0x80], ebx
sbb dword [esp+ebp*1-0x81], ebx
sbb [eax], ebx
sbb edx, esp
sbb edx, ebp
lock sbb dword [eax], ebx
lock sbb dword [edi*8+0x1000], ebx
sbb dh, bh
sbb bh, bh
sbb bl, bh
sbb dh, bl
sbb dh, byte [eax]
sbb dh, byte [ecx-0x80]
sbb dh, byte [edx+0x12345678]
sbb dh, byte [esp]
sbb dh, byte [esp+0x8]
sbb dh, [eax]
sbb di, ax
sbb ax, ax
sbb cx, ax
sbb di, cx
sbb di, word [eax]
sbb di, word [eax+ecx*2]
sbb di, word [ebx+esi*4+0x10]
sbb di, word [edi*8+0x1000]
sbb di, word [0x12345678]
sbb di, [eax]
o16 sbb di, ax
sbb esi, edi
sbb edi, edi
sbb eax, edi
sbb esi, eax
sbb esi, dword [eax]
sbb esi, dword [fs:0x20]
sbb esi, dword [gs:ebx+ecx*8+0x100]
sbb esi, dword [ss:ebp+0x10]
sbb esi, dword [cs:eax]
sbb esi, [eax]
sbb al, 0x12
sbb al, 0xf0
sbb ax, 0x1234
sbb ax, 0x10
sbb ax, strict word 0x10
o16 sbb ax, 0x1234
sbb eax, 0x12345678
sbb eax, 0x7f
sbb eax, -0x80
sbb eax, strict dword 0x7f
o16 push ds
push ds
o16 pop ds
pop ds
and cl, dh
and dh, dh
and byte [eax], dh
and byte [gs:ebx+ecx*8+0x100], dh
and byte [ss:ebp+0x10], dh
and byte [cs:eax], dh
and byte [bx+si], dh
and [eax], dh
and cl, bh
and cl, bl
lock and byte [eax], dh
lock and byte [gs:ebx+ecx*8+0x100], dh
and bx, sp
and sp, sp
and word [eax], sp
and word [ebx+0x7f], sp
and word [ecx-0x80], sp
and word [edx+0x12345678], sp
and word [esp], sp
and [eax], sp
and bx, bp
and bx, si
o16 and bx, sp
lock and word [eax], sp
lock and word [ebx+0x7f], sp
and edx, ebx
and ebx, ebx
and dword [eax], ebx
and dword [eax+ebx], ebx
and dword [eax+ecx*2], ebx
and dword [ebx+esi*4+0x10], ebx
and dword [edi*8+0x1000], ebx
and [eax], ebx
and edx, esp
and edx, ebp
lock and dword [eax], ebx
lock and dword [eax+ebx], ebx
and bl, al
and al, al
and cl, al
and bl, cl
and bl, byte [eax]
and bl, byte [bp+si+0x1234]
and bl, byte [0x12]
and bl, byte [ebx+0x7f]
and bl, byte [ecx-0x80]
and bl, [eax]
and di, ax
and ax, ax
and cx, ax
and di, cx
and di, word [eax]
and di, word [ebp]
and di, word [ebp-0x4]
and di, word [eax+ebx]
and di, word [eax+ecx*2]
and di, [eax]
o16 and di, ax
and esi, edi
and edi, edi
and eax, edi
and esi, eax
and esi, dword [eax]
and esi, dword [esi+0x80]
and esi, dword [esp+ebp*1-0x81]
and esi, dword [es:edi]
and esi, dword [fs:0x20]
and esi, [eax]
and al, 0x12
and al, 0xf0
and ax, 0x1234
and ax, 0x10
and ax, strict word 0x10
o16 and ax, 0x1234
and eax, 0x12345678
and eax, 0x7f
and eax, -0x80
and eax, strict dword 0x7f
daa
sub dh, bh
sub bh, bh
sub byte [eax], bh
sub byte [fs:0x20], bh
sub byte [gs:ebx+ecx*8+0x100], bh
sub byte [ss:ebp+0x10], bh
sub byte [cs:eax], bh
sub [eax], bh
sub dh, bl
sub dh, al
lock sub byte [eax], bh
lock sub byte [fs:0x20], bh
sub si, di
sub di, di
sub word [eax], di
sub word [0x12], di
sub word [ebx+0x7f], di
sub word [ecx-0x80], di
sub word [edx+0x12345678], di
sub [eax], di
sub si, ax
sub si, cx
o16 sub si, di
lock sub word [eax], di
lock sub word [0x12], di
sub ebp, esi
sub esi, esi
sub dword [eax], esi
sub dword [ebp-0x4], esi
sub dword [eax+ebx], esi
sub dword [eax+ecx*2], esi
sub dword [ebx+esi*4+0x10], esi
sub [eax], esi
sub ebp, edi
sub ebp, eax
lock sub dword [eax], esi
lock sub dword [ebp-0x4], esi
sub al, cl
sub cl, cl
sub dh, cl
sub al, dh
sub al, byte [eax]
sub al, byte [bp+di+0x4]
sub al, byte [bp+si+0x1234]
sub al, byte [0x12]
sub al, byte [ebx+0x7f]
sub al, [eax]
sub dx, bx
sub bx, bx
sub sp, bx
sub dx, sp
sub dx, word [eax]
sub dx, word [esp+0x8]
sub dx, word [ebp]
sub dx, word [ebp-0x4]
sub dx, word [eax+ebx]
sub dx, [eax]
o16 sub dx, bx
sub ecx, edx
sub edx, edx
sub ebx, edx
sub ecx, ebx
sub ecx, dword [eax]
sub ecx, dword [0x12345678]
sub ecx, dword [esi+0x80]
sub ecx, dword [esp+ebp*1-0x81]
sub ecx, dword [es:edi]
sub ecx, [eax]
sub al, 0x12
sub al, 0xf0
sub ax, 0x1234
sub ax, 0x10
sub ax, strict word 0x10
o16 sub ax, 0x1234
sub eax, 0x12345678
sub eax, 0x7f
sub eax, -0x80
sub eax, strict dword 0x7f
das
xor bh, bl
xor bl, bl
xor byte [eax], bl
xor byte [es:edi], bl
xor byte [fs:0x20], bl
xor byte [gs:ebx+ecx*8+0x100], bl
xor byte [ss:ebp+0x10], bl
xor [eax], bl
xor bh, al
xor bh, cl
lock xor byte [eax], bl
lock xor byte [es:edi], bl
xor cx, dx
xor dx, dx
xor word [eax], dx
xor word [bp+si+0x1234], dx
xor word [0x12], dx
xor word [ebx+0x7f], dx
xor word [ecx-0x80], dx
xor [eax], dx
xor cx, bx
xor cx, sp
o16 xor cx, dx
lock xor word [eax], dx
lock xor word [bp+si+0x1234], dx
xor eax, ecx
xor ecx, ecx
xor dword [eax], ecx
xor dword [ebp], ecx
xor dword [ebp-0x4], ecx
xor dword [eax+ebx], ecx
xor dword [eax+ecx*2], ecx
xor [eax], ecx
xor eax, edx
xor eax, ebx
lock xor dword [eax], ecx
lock xor dword [ebp], ecx
xor cl, dh
xor dh, dh
xor bh, dh
xor cl, bh
xor cl, byte [eax]
xor cl, byte [bx+si]
xor cl, byte [bp+di+0x4]
xor cl, byte [bp+si+0x1234]
xor cl, byte [0x12]
xor cl, [eax]
xor bp, si
xor si, si
xor di, si
xor bp, di
xor bp, word [eax]
xor bp, word [esp]
xor bp, word [esp+0x8]
xor bp, word [ebp]
xor bp, word [ebp-0x4]
xor bp, [eax]
o16 xor bp, si
xor esp, ebp
xor ebp, ebp
xor esi, ebp
xor esp, esi
xor esp, dword [eax]
xor esp, dword [edi*8+0x1000]
xor esp, dword [0x12345678]
xor esp, dword [esi+0x80]
xor esp, dword [esp+ebp*1-0x81]
xor esp, [eax]
xor al, 0x12
xor al, 0xf0
xor ax, 0x1234
xor ax, 0x10
xor ax, strict word 0x10
o16 xor ax, 0x1234
xor eax, 0x12345678
xor eax, 0x7f
xor eax, -0x80
xor eax, strict dword 0x7f
aaa
cmp bl, al
cmp al, al
cmp byte [eax], al
cmp byte [ebx+0x7f], al
cmp byte [ecx-0x80], al
cmp byte [edx+0x12345678], al
cmp byte [esp], al
cmp byte [esp+0x8], al
cmp byte [ebp], al
cmp byte [ebp-0x4], al
cmp byte [eax+ebx], al
cmp byte [eax+ecx*2], al
cmp byte [ebx+esi*4+0x10], al
cmp byte [edi*8+0x1000], al
cmp byte [0x12345678], al
cmp byte [esi+0x80], al
cmp byte [esp+ebp*1-0x81], al
cmp byte [es:edi], al
cmp byte [fs:0x20], al
cmp byte [gs:ebx+ecx*8+0x100], al
cmp byte [ss:ebp+0x10], al
cmp byte [cs:eax], al
cmp byte [bx+si], al
cmp byte [bp+di+0x4], al
cmp byte [bp+si+0x1234], al
cmp byte [0x12], al
cmp [eax], al
cmp bl, cl
cmp bl, dh
cmp bl, bh
cmp bl, bl
cmp sp, ax
cmp bp, ax
cmp word [eax], ax
cmp word [ebx+0x7f], ax
cmp word [ecx-0x80], ax
cmp word [edx+0x12345678], ax
cmp word [esp], ax
cmp word [esp+0x8], ax
cmp word [ebp], ax
cmp word [ebp-0x4], ax
cmp word [eax+ebx], ax
cmp word [eax+ecx*2], ax
cmp word [ebx+esi*4+0x10], ax
cmp word [edi*8+0x1000], ax
cmp word [0x12345678], ax
cmp word [esi+0x80], ax
cmp word [esp+ebp*1-0x81], ax
cmp word [es:edi], ax
cmp word [fs:0x20], ax
cmp word [gs:ebx+ecx*8+0x100], ax
cmp word [ss:ebp+0x10], ax
cmp word [cs:eax], ax
cmp word [bx+si], ax
cmp word [bp+di+0x4], ax
cmp word [bp+si+0x1234], ax
cmp word [0x12], ax
cmp [eax], ax
cmp sp, cx
cmp sp, dx
cmp sp, bx
cmp sp, sp
cmp sp, bp
cmp sp, si
cmp sp, di
o16 cmp sp, ax
cmp ebx, eax
cmp esp, eax
cmp dword [eax], eax
cmp dword [ebx+0x7f], eax
cmp dword [ecx-0x80], eax
cmp dword [edx+0x12345678], eax
cmp dword [esp], eax
cmp dword [esp+0x8], eax
cmp dword [ebp], eax
cmp dword [ebp-0x4], eax
cmp dword [eax+ebx], eax
cmp dword [eax+ecx*2], eax
cmp dword [ebx+esi*4+0x10], eax
cmp dword [edi*8+0x1000], eax
cmp dword [0x12345678], eax
cmp dword [esi+0x80], eax
cmp dword [esp+ebp*1-0x81], eax
cmp dword [es:edi], eax
cmp dword [fs:0x20], eax
cmp dword [gs:ebx+ecx*8+0x100], eax
cmp dword [ss:ebp+0x10], eax
cmp dword [cs:eax], eax
cmp dword [bx+si], eax
cmp dword [bp+di+0x4], eax
cmp dword [bp+si+0x1234], eax
cmp dword [0x12], eax
cmp [eax], eax
cmp ebx, ecx
cmp ebx, edx
cmp ebx, ebx
cmp ebx, esp
cmp ebx, ebp
cmp ebx, esi
cmp ebx, edi
cmp al, bh
cmp cl, bh
cmp dh, bh
cmp bh, bh
cmp al, bl
cmp al, byte [eax]
cmp al, byte [ebx+0x7f]
cmp al, byte [ecx-0x80]
cmp al, byte [edx+0x12345678]
cmp al, byte [esp]
cmp al, byte [esp+0x8]
cmp al, byte [ebp]
cmp al, byte [ebp-0x4]
cmp al, byte [eax+ebx]
cmp al, byte [eax+ecx*2]
cmp al, byte [ebx+esi*4+0x10]
cmp al, byte [edi*8+0x1000]
cmp al, byte [0x12345678]
cmp al, byte [esi+0x80]
cmp al, byte [esp+ebp*1-0x81]
cmp al, byte [es:edi]
cmp al, byte [fs:0x20]
cmp al, byte [gs:ebx+ecx*8+0x100]
cmp al, byte [ss:ebp+0x10]
cmp al, byte [cs:eax]
cmp al, byte [bx+si]
cmp al, byte [bp+di+0x4]
cmp al, byte [bp+si+0x1234]
cmp al, byte [0x12]
cmp al, [eax]
cmp ax, cx
cmp cx, cx
cmp dx, cx
cmp bx, cx
cmp bp, cx
cmp si, cx
cmp di, cx
cmp ax, dx
cmp ax, word [eax]
cmp ax, word [ebx+0x7f]
cmp ax, word [ecx-0x80]
cmp ax, word [edx+0x12345678]
cmp ax, word [esp]
cmp ax, word [esp+0x8]
cmp ax, word [ebp]
cmp ax, word [ebp-0x4]
cmp ax, word [eax+ebx]
cmp ax, word [eax+ecx*2]
cmp ax, word [ebx+esi*4+0x10]
cmp ax, word [edi*8+0x1000]
cmp ax, word [0x12345678]
cmp ax, word [esi+0x80]
cmp ax, word [esp+ebp*1-0x81]
cmp ax, word [es:edi]
cmp ax, word [fs:0x20]
cmp ax, word [gs:ebx+ecx*8+0x100]
cmp ax, word [ss:ebp+0x10]
cmp ax, word [cs:eax]
cmp ax, word [bx+si]
cmp ax, word [bp+di+0x4]
cmp ax, word [bp+si+0x1234]
cmp ax, word [0x12]
cmp ax, [eax]
o16 cmp ax, cx
cmp eax, eax
cmp ecx, eax
cmp edx, eax
cmp ebp, eax
cmp esi, eax
cmp edi, eax
cmp eax, ecx
cmp eax, dword [eax]
cmp eax, dword [ebx+0x7f]
cmp eax, dword [ecx-0x80]
cmp eax, dword [edx+0x12345678]
cmp eax, dword [esp]
cmp eax, dword [esp+0x8]
cmp eax, dword [ebp]
cmp eax, dword [ebp-0x4]
cmp eax, dword [eax+ebx]
cmp eax, dword [eax+ecx*2]
cmp eax, dword [ebx+esi*4+0x10]
cmp eax, dword [edi*8+0x1000]
cmp eax, dword [0x12345678]
cmp eax, dword [esi+0x80]
cmp eax, dword [esp+ebp*1-0x81]
cmp eax, dword [es:edi]
cmp eax, dword [fs:0x20]
cmp eax, dword [gs:ebx+ecx*8+0x100]
cmp eax, dword [ss:ebp+0x10]
cmp eax, dword [cs:eax]
cmp eax, dword [bx+si]
cmp eax, dword [bp+di+0x4]
cmp eax, dword [bp+si+0x1234]
cmp eax, dword [0x12]
cmp eax, [eax]
cmp al, 0x12
cmp al, 0xf0
cmp ax, 0x1234
cmp ax, 0x10
cmp ax, strict word 0x10
o16 cmp ax, 0x1234
cmp eax, 0x12345678
cmp eax, 0x7f
cmp eax, -0x80
cmp eax, strict dword 0x7f
aas
inc ax
inc cx
inc dx
inc bx
inc sp
inc bp
inc si
inc di
o16 inc ax
inc eax
inc ecx
inc edx
inc ebx
inc esp
inc ebp
inc esi
inc edi
dec ax
dec cx
dec dx
dec bx
dec sp
dec bp
dec si
dec di
o16 dec ax
dec eax
dec ecx
dec edx
dec ebx
dec esp
dec ebp
dec esi
dec edi
push ax
push cx
push dx
push bx
push sp
push bp
push si
push di
o16 push ax
push eax
push ecx
push edx
push ebx
push esp
push ebp
push esi
push edi
pop ax
pop cx
pop dx
pop bx
pop sp
pop bp
pop si
pop di
o16 pop ax
pop eax
pop ecx
pop edx
pop ebx
pop esp
pop ebp
pop esi
pop edi
pushaw
o16 pushaw
pusha
popaw
o16 popaw
popa
bound dx, [eax]
bound bx, [eax]
bound sp, [eax]
bound dx, [cs:eax]
bound dx, [bx+si]
bound dx, [bp+di+0x4]
bound dx, [bp+si+0x1234]
o16 bound dx, [eax]
bound ecx, [eax]
bound edx, [eax]
bound ebx, [eax]
bound ecx, [edx+0x12345678]
bound ecx, [esp]
bound ecx, [esp+0x8]
bound ecx, [ebp]
arpl ax, cx
arpl cx, cx
arpl word [eax], cx
arpl word [ebx+esi*4+0x10], cx
arpl word [edi*8+0x1000], cx
arpl word [0x12345678], cx
arpl word [esi+0x80], cx
arpl [eax], cx
arpl ax, dx
arpl ax, bx
o16 arpl ax, cx
push 0x1234
push 0x10
push strict word 0x10
push 0x12345678
push 0x7f
push -0x80
push strict dword 0x7f
imul ax, cx, 0x1234
imul cx, cx, 0x1234
imul dx, cx, 0x1234
imul bx, cx, 0x1234
imul sp, cx, 0x1234
imul bp, cx, 0x1234
imul si, cx, 0x1234
imul di, cx, 0x1234
imul ax, dx, 0x1234
imul ax, word [eax], 0x1234
imul ax, word [ebx+0x7f], 0x1234
imul ax, word [ecx-0x80], 0x1234
imul ax, word [edx+0x12345678], 0x1234
imul ax, word [esp], 0x1234
imul ax, word [esp+0x8], 0x1234
imul ax, word [ebp], 0x1234
imul ax, word [ebp-0x4], 0x1234
imul ax, word [eax+ebx], 0x1234
imul ax, word [eax+ecx*2], 0x1234
imul ax, word [ebx+esi*4+0x10], 0x1234
imul ax, word [edi*8+0x1000], 0x1234
imul ax, word [0x12345678], 0x1234
imul ax, word [esi+0x80], 0x1234
imul ax, word [esp+ebp*1-0x81], 0x1234
imul ax, word [es:edi], 0x1234
imul ax, word [fs:0x20], 0x1234
imul ax, word [gs:ebx+ecx*8+0x100], 0x1234
imul ax, word [ss:ebp+0x10], 0x1234
imul ax, word [cs:eax], 0x1234
imul ax, word [bx+si], 0x1234
imul ax, word [bp+di+0x4], 0x1234
imul ax, word [bp+si+0x1234], 0x1234
imul ax, word [0x12], 0x1234
imul ax, [eax], 0x1234
imul ax, cx, 0x10
imul ax, cx, strict word 0x10
o16 imul ax, cx, 0x1234
imul eax, eax, 0x12345678
imul ecx, eax, 0x12345678
imul edx, eax, 0x12345678
imul ebx, eax, 0x12345678
imul esp, eax, 0x12345678
imul ebp, eax, 0x12345678
imul esi, eax, 0x12345678
imul edi, eax, 0x12345678
imul eax, ecx, 0x12345678
imul eax, dword [eax], 0x12345678
imul eax, dword [ebx+0x7f], 0x12345678
imul eax, dword [ecx-0x80], 0x12345678
imul eax, dword [edx+0x12345678], 0x12345678
imul eax, dword [esp], 0x12345678
imul eax, dword [esp+0x8], 0x12345678
imul eax, dword [ebp], 0x12345678
imul eax, dword [ebp-0x4], 0x12345678
imul eax, dword [eax+ebx], 0x12345678
imul eax, dword [eax+ecx*2], 0x12345678
imul eax, dword [ebx+esi*4+0x10], 0x12345678
imul eax, dword [edi*8+0x1000], 0x12345678
imul eax, dword [0x12345678], 0x12345678
imul eax, dword [esi+0x80], 0x12345678
imul eax, dword [esp+ebp*1-0x81], 0x12345678
imul eax, dword [es:edi], 0x12345678
imul eax, dword [fs:0x20], 0x12345678
imul eax, dword [gs:ebx+ecx*8+0x100], 0x12345678
imul eax, dword [ss:ebp+0x10], 0x12345678
imul eax, dword [cs:eax], 0x12345678
imul eax, dword [bx+si], 0x12345678
imul eax, dword [bp+di+0x4], 0x12345678
imul eax, dword [bp+si+0x1234], 0x12345678
imul eax, dword [0x12], 0x12345678
imul eax, [eax], 0x12345678
imul eax, eax, 0x7f
imul eax, eax, -0x80
imul eax, eax, strict dword 0x7f
push -0x3
imul ax, bx, -0x3
imul cx, bx, -0x3
imul dx, bx, -0x3
imul bx, bx, -0x3
imul sp, bx, -0x3
imul bp, bx, -0x3
imul si, bx, -0x3
imul di, bx, -0x3
imul ax, sp, -0x3
imul ax, word [eax], -0x3
imul ax, word [ebx+0x7f], -0x3
imul ax, word [ecx-0x80], -0x3
imul ax, word [edx+0x12345678], -0x3
imul ax, word [esp], -0x3
imul ax, word [esp+0x8], -0x3
imul ax, word [ebp], -0x3
imul ax, word [ebp-0x4], -0x3
imul ax, word [eax+ebx], -0x3
imul ax, word [eax+ecx*2], -0x3
imul ax, word [ebx+esi*4+0x10], -0x3
imul ax, word [edi*8+0x1000], -0x3
imul ax, word [0x12345678], -0x3
imul ax, word [esi+0x80], -0x3
imul ax, word [esp+ebp*1-0x81], -0x3
imul ax, word [es:edi], -0x3
imul ax, word [fs:0x20], -0x3
imul ax, word [gs:ebx+ecx*8+0x100], -0x3
imul ax, word [ss:ebp+0x10], -0x3
imul ax, word [cs:eax], -0x3
imul ax, word [bx+si], -0x3
imul ax, word [bp+di+0x4], -0x3
imul ax, word [bp+si+0x1234], -0x3
imul ax, word [0x12], -0x3
imul ax, [eax], -0x3
imul ax, bx, 0x7f
imul ax, bx, -0x80
o16 imul ax, bx, -0x3
imul eax, edx, -0x3
imul ecx, edx, -0x3
imul edx, edx, -0x3
imul ebx, edx, -0x3
imul esp, edx, -0x3
imul ebp, edx, -0x3
imul esi, edx, -0x3
imul edi, edx, -0x3
imul eax, ebx, -0x3
imul eax, dword [eax], -0x3
imul eax, dword [ebx+0x7f], -0x3
imul eax, dword [ecx-0x80], -0x3
imul eax, dword [edx+0x12345678], -0x3
imul eax, dword [esp], -0x3
imul eax, dword [esp+0x8], -0x3
imul eax, dword [ebp], -0x3
imul eax, dword [ebp-0x4], -0x3
imul eax, dword [eax+ebx], -0x3
imul eax, dword [eax+ecx*2], -0x3
imul eax, dword [ebx+esi*4+0x10], -0x3
imul eax, dword [edi*8+0x1000], -0x3
imul eax, dword [0x12345678], -0x3
imul eax, dword [esi+0x80], -0x3
imul eax, dword [esp+ebp*1-0x81], -0x3
imul eax, dword [es:edi], -0x3
imul eax, dword [fs:0x20], -0x3
imul eax, dword [gs:ebx+ecx*8+0x100], -0x3
imul eax, dword [ss:ebp+0x10], -0x3
imul eax, dword [cs:eax], -0x3
imul eax, dword [bx+si], -0x3
imul eax, dword [bp+di+0x4], -0x3
imul eax, dword [bp+si+0x1234], -0x3
imul eax, dword [0x12], -0x3
imul eax, [eax], -0x3
imul eax, edx, 0x7f
imul eax, edx, -0x80
insb
a16 insb
rep insb
rep a16 insb
insw
a16 insw
rep insw
rep a16 insw
insd
a16 insd
rep insd
rep a16 insd
outsb
a16 outsb
rep outsb
fs outsb
es outsb
rep a16 outsb
outsw
a16 outsw
rep outsw
fs outsw
es outsw
rep a16 outsw
outsd
a16 outsd
rep outsd
fs outsd
es outsd
rep a16 outsd
o16 jo short $+0x10
o16 jo short $-0x20
o16 jo $+0x7
jo short $+0x10
jo short $-0x20
jo $+0x7
o16 jno short $+0x10
o16 jno short $-0x20
o16 jno $+0x7
jno short $+0x10
jno short $-0x20
jno $+0x7
o16 jb short $+0x10
o16 jb short $-0x20
o16 jb $+0x7
o16 jc short $+0x10
o16 jnae short $+0x10
jb short $+0x10
jb short $-0x20
jb $+0x7
jc short $+0x10
jnae short $+0x10
o16 jae short $+0x10
o16 jae short $-0x20
o16 jae $+0x7
o16 jnb short $+0x10
o16 jnc short $+0x10
jae short $+0x10
jae short $-0x20
jae $+0x7
jnb short $+0x10
jnc short $+0x10
o16 je short $+0x10
o16 je short $-0x20
o16 je $+0x7
o16 jz short $+0x10
je short $+0x10
je short $-0x20
je $+0x7
jz short $+0x10
o16 jne short $+0x10
o16 jne short $-0x20
o16 jne $+0x7
o16 jnz short $+0x10
jne short $+0x10
jne short $-0x20
jne $+0x7
jnz short $+0x10
o16 jbe short $+0x10
o16 jbe short $-0x20
o16 jbe $+0x7
o16 jna short $+0x10
jbe short $+0x10
jbe short $-0x20
jbe $+0x7
jna short $+0x10
o16 ja short $+0x10
o16 ja short $-0x20
o16 ja $+0x7
o16 jnbe short $+0x10
ja short $+0x10
ja short $-0x20
ja $+0x7
jnbe short $+0x10
o16 js short $+0x10
o16 js short $-0x20
o16 js $+0x7
js short $+0x10
js short $-0x20
js $+0x7
o16 jns short $+0x10
o16 jns short $-0x20
o16 jns $+0x7
jns short $+0x10
jns short $-0x20
jns $+0x7
o16 jp short $+0x10
o16 jp short $-0x20
o16 jp $+0x7
o16 jpe short $+0x10
jp short $+0x10
jp short $-0x20
jp $+0x7
jpe short $+0x10
o16 jnp short $+0x10
o16 jnp short $-0x20
o16 jnp $+0x7
o16 jpo short $+0x10
jnp short $+0x10
jnp short $-0x20
jnp $+0x7
jpo short $+0x10
o16 jl short $+0x10
o16 jl short $-0x20
o16 jl $+0x7
o16 jnge short $+0x10
jl short $+0x10
jl short $-0x20
jl $+0x7
jnge short $+0x10
o16 jge short $+0x10
o16 jge short $-0x20
o16 jge $+0x7
o16 jnl short $+0x10
jge short $+0x10
jge short $-0x20
jge $+0x7
jnl short $+0x10
o16 jle short $+0x10
o16 jle short $-0x20
o16 jle $+0x7
o16 jng short $+0x10
jle short $+0x10
jle short $-0x20
jle $+0x7
jng short $+0x10
o16 jg short $+0x10
o16 jg short $-0x20
o16 jg $+0x7
o16 jnle short $+0x10
jg short $+0x10
jg short $-0x20
jg $+0x7
jnle short $+0x10
add bl, 0x12
add byte [eax], 0x12
add byte [ebx+0x7f], 0x12
add byte [ecx-0x80], 0x12
add byte [edx+0x12345678], 0x12
add byte [esp], 0x12
add byte [esp+0x8], 0x12
add byte [ebp], 0x12
add byte [ebp-0x4], 0x12
add byte [eax+ebx], 0x12
add byte [eax+ecx*2], 0x12
add byte [ebx+esi*4+0x10], 0x12
add byte [edi*8+0x1000], 0x12
add byte [0x12345678], 0x12
add byte [esi+0x80], 0x12
add byte [esp+ebp*1-0x81], 0x12
add byte [es:edi], 0x12
add byte [fs:0x20], 0x12
add byte [gs:ebx+ecx*8+0x100], 0x12
add byte [ss:ebp+0x10], 0x12
add byte [cs:eax], 0x12
add byte [bx+si], 0x12
add byte [bp+di+0x4], 0x12
add byte [bp+si+0x1234], 0x12
add byte [0x12], 0x12
add bl, 0xf0
lock add byte [eax], 0x12
lock add byte [ebx+0x7f], 0x12
or cl, 0x12
or dh, 0x12
or byte [eax], 0x12
or byte [ebx+0x7f], 0x12
or byte [ecx-0x80], 0x12
or byte [edx+0x12345678], 0x12
or byte [esp], 0x12
or byte [esp+0x8], 0x12
or byte [ebp], 0x12
or byte [ebp-0x4], 0x12
or byte [eax+ebx], 0x12
or byte [eax+ecx*2], 0x12
or byte [ebx+esi*4+0x10], 0x12
or byte [edi*8+0x1000], 0x12
or byte [0x12345678], 0x12
or byte [esi+0x80], 0x12
or byte [esp+ebp*1-0x81], 0x12
or byte [es:edi], 0x12
or byte [fs:0x20], 0x12
or byte [gs:ebx+ecx*8+0x100], 0x12
or byte [ss:ebp+0x10], 0x12
or byte [cs:eax], 0x12
or byte [bx+si], 0x12
or byte [bp+di+0x4], 0x12
or byte [bp+si+0x1234], 0x12
or byte [0x12], 0x12
or cl, 0xf0
lock or byte [eax], 0x12
lock or byte [ebx+0x7f], 0x12
adc bh, 0x12
adc bl, 0x12
adc byte [eax], 0x12
adc byte [es:edi], 0x12
adc byte [fs:0x20], 0x12
adc byte [gs:ebx+ecx*8+0x100], 0x12
adc byte [ss:ebp+0x10], 0x12
adc bh, 0xf0
lock adc byte [eax], 0x12
lock adc byte [es:edi], 0x12
sbb cl, 0x12
sbb byte [eax], 0x12
sbb byte [bp+si+0x1234], 0x12
sbb byte [0x12], 0x12
sbb byte [ebx+0x7f], 0x12
sbb byte [ecx-0x80], 0x12
lock sbb byte [eax], 0x12
lock sbb byte [bp+si+0x1234], 0x12
and dh, 0x12
and bh, 0x12
and byte [eax], 0x12
and byte [ebp], 0x12
and byte [ebp-0x4], 0x12
and byte [eax+ebx], 0x12
and byte [eax+ecx*2], 0x12
and dh, 0xf0
lock and byte [eax], 0x12
lock and byte [ebp], 0x12
sub bl, 0x12
sub byte [eax], 0x12
sub byte [esi+0x80], 0x12
sub byte [esp+ebp*1-0x81], 0x12
sub byte [es:edi], 0x12
sub byte [fs:0x20], 0x12
sub bl, 0xf0
lock sub byte [eax], 0x12
lock sub byte [esi+0x80], 0x12
xor cl, 0x12
xor dh, 0x12
xor byte [eax], 0x12
xor byte [bx+si], 0x12
xor byte [bp+di+0x4], 0x12
xor byte [bp+si+0x1234], 0x12
xor byte [0x12], 0x12
xor cl, 0xf0
lock xor byte [eax], 0x12
lock xor byte [bx+si], 0x12
cmp bh, 0x12
cmp bl, 0x12
cmp byte [eax], 0x12
cmp byte [ebx+0x7f], 0x12
cmp byte [ecx-0x80], 0x12
cmp byte [edx+0x12345678], 0x12
cmp byte [esp], 0x12
cmp byte [esp+0x8], 0x12
cmp byte [ebp], 0x12
cmp byte [ebp-0x4], 0x12
cmp byte [eax+ebx], 0x12
cmp byte [eax+ecx*2], 0x12
cmp byte [ebx+esi*4+0x10], 0x12
cmp byte [edi*8+0x1000], 0x12
cmp byte [0x12345678], 0x12
cmp byte [esi+0x80], 0x12
cmp byte [esp+ebp*1-0x81], 0x12
cmp byte [es:edi], 0x12
cmp byte [fs:0x20], 0x12
cmp byte [gs:ebx+ecx*8+0x100], 0x12
cmp byte [ss:ebp+0x10], 0x12
cmp byte [cs:eax], 0x12
cmp byte [bx+si], 0x12
cmp byte [bp+di+0x4], 0x12
cmp byte [bp+si+0x1234], 0x12
cmp byte [0x12], 0x12
cmp bh, 0xf0
add cx, 0x1234
add dx, 0x1234
add word [eax], 0x1234
add word [ebx+0x7f], 0x1234
add word [ecx-0x80], 0x1234
add word [edx+0x12345678], 0x1234
add word [esp], 0x1234
add word [esp+0x8], 0x1234
add word [ebp], 0x1234
add word [ebp-0x4], 0x1234
add word [eax+ebx], 0x1234
add word [eax+ecx*2], 0x1234
add word [ebx+esi*4+0x10], 0x1234
add word [edi*8+0x1000], 0x1234
add word [0x12345678], 0x1234
add word [esi+0x80], 0x1234
add word [esp+ebp*1-0x81], 0x1234
add word [es:edi], 0x1234
add word [fs:0x20], 0x1234
add word [gs:ebx+ecx*8+0x100], 0x1234
add word [ss:ebp+0x10], 0x1234
add word [cs:eax], 0x1234
add word [bx+si], 0x1234
add word [bp+di+0x4], 0x1234
add word [bp+si+0x1234], 0x1234
add word [0x12], 0x1234
add cx, 0x10
add cx, strict word 0x10
o16 add cx, 0x1234
lock add word [eax], 0x1234
lock add word [ebx+0x7f], 0x1234
add ecx, 0x12345678
add dword [eax], 0x12345678
add dword [ebx+0x7f], 0x12345678
add dword [ecx-0x80], 0x12345678
add dword [edx+0x12345678], 0x12345678
add dword [esp], 0x12345678
add dword [esp+0x8], 0x12345678
add dword [ebp], 0x12345678
add dword [ebp-0x4], 0x12345678
add dword [eax+ebx], 0x12345678
add dword [eax+ecx*2], 0x12345678
add dword [ebx+esi*4+0x10], 0x12345678
add dword [edi*8+0x1000], 0x12345678
add dword [0x12345678], 0x12345678
add dword [esi+0x80], 0x12345678
add dword [esp+ebp*1-0x81], 0x12345678
add dword [es:edi], 0x12345678
add dword [fs:0x20], 0x12345678
add dword [gs:ebx+ecx*8+0x100], 0x12345678
add dword [ss:ebp+0x10], 0x12345678
add dword [cs:eax], 0x12345678
add dword [bx+si], 0x12345678
add dword [bp+di+0x4], 0x12345678
add dword [bp+si+0x1234], 0x12345678
add dword [0x12], 0x12345678
lock add dword [eax], 0x12345678
lock add dword [ebx+0x7f], 0x12345678
or si, 0x1234
or di, 0x1234
or word [eax], 0x1234
or word [ebx+0x7f], 0x1234
or word [ecx-0x80], 0x1234
or word [edx+0x12345678], 0x1234
or word [esp], 0x1234
or word [esp+0x8], 0x1234
or word [ebp], 0x1234
or word [ebp-0x4], 0x1234
or word [eax+ebx], 0x1234
or word [eax+ecx*2], 0x1234
or word [ebx+esi*4+0x10], 0x1234
or word [edi*8+0x1000], 0x1234
or word [0x12345678], 0x1234
or word [esi+0x80], 0x1234
or word [esp+ebp*1-0x81], 0x1234
or word [es:edi], 0x1234
or word [fs:0x20], 0x1234
or word [gs:ebx+ecx*8+0x100], 0x1234
or word [ss:ebp+0x10], 0x1234
or word [cs:eax], 0x1234
or word [bx+si], 0x1234
or word [bp+di+0x4], 0x1234
or word [bp+si+0x1234], 0x1234
or word [0x12], 0x1234
or si, 0x10
or si, strict word 0x10
lock or word [eax], 0x1234
lock or word [ebx+0x7f], 0x1234
or ebp, 0x12345678
or esi, 0x12345678
or dword [eax], 0x12345678
or dword [ebx+0x7f], 0x12345678
or dword [ecx-0x80], 0x12345678
or dword [edx+0x12345678], 0x12345678
or dword [esp], 0x12345678
or dword [esp+0x8], 0x12345678
or dword [ebp], 0x12345678
or dword [ebp-0x4], 0x12345678
or dword [eax+ebx], 0x12345678
or dword [eax+ecx*2], 0x12345678
or dword [ebx+esi*4+0x10], 0x12345678
or dword [edi*8+0x1000], 0x12345678
or dword [0x12345678], 0x12345678
or dword [esi+0x80], 0x12345678
or dword [esp+ebp*1-0x81], 0x12345678
or dword [es:edi], 0x12345678
or dword [fs:0x20], 0x12345678
or dword [gs:ebx+ecx*8+0x100], 0x12345678
or dword [ss:ebp+0x10], 0x12345678
or dword [cs:eax], 0x12345678
or dword [bx+si], 0x12345678
or dword [bp+di+0x4], 0x12345678
or dword [bp+si+0x1234], 0x12345678
or dword [0x12], 0x12345678
or ebp, 0x7f
or ebp, -0x80
or ebp, strict dword 0x7f
lock or dword [eax], 0x12345678
lock or dword [ebx+0x7f], 0x12345678
adc bx, 0x1234
adc sp, 0x1234
adc word [eax], 0x1234
adc word [ebp-0x4], 0x1234
adc word [eax+ebx], 0x1234
adc word [eax+ecx*2], 0x1234
adc word [ebx+esi*4+0x10], 0x1234
adc bx, 0x10
adc bx, strict word 0x10
o16 adc bx, 0x1234
lock adc word [eax], 0x1234
lock adc word [ebp-0x4], 0x1234
adc edx, 0x12345678
adc ebx, 0x12345678
adc dword [eax], 0x12345678
adc dword [esp+ebp*1-0x81], 0x12345678
adc dword [es:edi], 0x12345678
adc dword [fs:0x20], 0x12345678
adc dword [gs:ebx+ecx*8+0x100], 0x12345678
adc edx, 0x7f
adc edx, -0x80
adc edx, strict dword 0x7f
lock adc dword [eax], 0x12345678
lock adc dword [esp+ebp*1-0x81], 0x12345678
sbb cx, 0x1234
sbb word [eax], 0x1234
sbb word [esp+0x8], 0x1234
sbb word [ebp], 0x1234
sbb word [ebp-0x4], 0x1234
sbb word [eax+ebx], 0x1234
lock sbb word [eax], 0x1234
lock sbb word [esp+0x8], 0x1234
sbb edi, 0x12345678
sbb dword [eax], 0x12345678
sbb dword [0x12345678], 0x12345678
sbb dword [esi+0x80], 0x12345678
sbb dword [esp+ebp*1-0x81], 0x12345678
sbb dword [es:edi], 0x12345678
sbb edi, 0x7f
sbb edi, -0x80
sbb edi, strict dword 0x7f
lock sbb dword [eax], 0x12345678
lock sbb dword [0x12345678], 0x12345678
and bp, 0x1234
and si, 0x1234
and word [eax], 0x1234
and word [edx+0x12345678], 0x1234
and word [esp], 0x1234
and word [esp+0x8], 0x1234
and word [ebp], 0x1234
and bp, 0x10
and bp, strict word 0x10
o16 and bp, 0x1234
lock and word [eax], 0x1234
lock and word [edx+0x12345678], 0x1234
and esp, 0x12345678
and ebp, 0x12345678
and dword [eax], 0x12345678
and dword [ebx+esi*4+0x10], 0x12345678
and dword [edi*8+0x1000], 0x12345678
and dword [0x12345678], 0x12345678
and dword [esi+0x80], 0x12345678
and esp, 0x7f
and esp, -0x80
and esp, strict dword 0x7f
lock and dword [eax], 0x12345678
lock and dword [ebx+esi*4+0x10], 0x12345678
sub dx, 0x1234
sub bx, 0x1234
sub word [eax], 0x1234
sub word [ebx+0x7f], 0x1234
sub word [ecx-0x80], 0x1234
sub word [edx+0x12345678], 0x1234
sub word [esp], 0x1234
sub dx, 0x10
sub dx, strict word 0x10
o16 sub dx, 0x1234
lock sub word [eax], 0x1234
lock sub word [ebx+0x7f], 0x1234
sub ecx, 0x12345678
sub edx, 0x12345678
sub dword [eax], 0x12345678
sub dword [eax+ebx], 0x12345678
sub dword [eax+ecx*2], 0x12345678
sub dword [ebx+esi*4+0x10], 0x12345678
sub dword [edi*8+0x1000], 0x12345678
sub ecx, 0x7f
sub ecx, -0x80
sub ecx, strict dword 0x7f
lock sub dword [eax], 0x12345678
lock sub dword [eax+ebx], 0x12345678
xor di, 0x1234
xor word [eax], 0x1234
xor word [bp+si+0x1234], 0x1234
xor word [0x12], 0x1234
xor word [ebx+0x7f], 0x1234
xor word [ecx-0x80], 0x1234
xor di, 0x10
xor di, strict word 0x10
o16 xor di, 0x1234
lock xor word [eax], 0x1234
lock xor word [bp+si+0x1234], 0x1234
xor esi, 0x12345678
xor edi, 0x12345678
xor dword [eax], 0x12345678
xor dword [ebp], 0x12345678
xor dword [ebp-0x4], 0x12345678
xor dword [eax+ebx], 0x12345678
xor dword [eax+ecx*2], 0x12345678
xor esi, 0x7f
xor esi, -0x80
xor esi, strict dword 0x7f
lock xor dword [eax], 0x12345678
lock xor dword [ebp], 0x12345678
cmp sp, 0x1234
cmp bp, 0x1234
cmp word [eax], 0x1234
cmp word [ebx+0x7f], 0x1234
cmp word [ecx-0x80], 0x1234
cmp word [edx+0x12345678], 0x1234
cmp word [esp], 0x1234
cmp word [esp+0x8], 0x1234
cmp word [ebp], 0x1234
cmp word [ebp-0x4], 0x1234
cmp word [eax+ebx], 0x1234
cmp word [eax+ecx*2], 0x1234
cmp word [ebx+esi*4+0x10], 0x1234
cmp word [edi*8+0x1000], 0x1234
cmp word [0x12345678], 0x1234
cmp word [esi+0x80], 0x1234
cmp word [esp+ebp*1-0x81], 0x1234
cmp word [es:edi], 0x1234
cmp word [fs:0x20], 0x1234
cmp word [gs:ebx+ecx*8+0x100], 0x1234
cmp word [ss:ebp+0x10], 0x1234
cmp word [cs:eax], 0x1234
cmp word [bx+si], 0x1234
cmp word [bp+di+0x4], 0x1234
cmp word [bp+si+0x1234], 0x1234
cmp word [0x12], 0x1234
cmp sp, 0x10
cmp sp, strict word 0x10
o16 cmp sp, 0x1234
cmp ebx, 0x12345678
cmp esp, 0x12345678
cmp dword [eax], 0x12345678
cmp dword [ebx+0x7f], 0x12345678
cmp dword [ecx-0x80], 0x12345678
cmp dword [edx+0x12345678], 0x12345678
cmp dword [esp], 0x12345678
cmp dword [esp+0x8], 0x12345678
cmp dword [ebp], 0x12345678
cmp dword [ebp-0x4], 0x12345678
cmp dword [eax+ebx], 0x12345678
cmp dword [eax+ecx*2], 0x12345678
cmp dword [ebx+esi*4+0x10], 0x12345678
cmp dword [edi*8+0x1000], 0x12345678
cmp dword [0x12345678], 0x12345678
cmp dword [esi+0x80], 0x12345678
cmp dword [esp+ebp*1-0x81], 0x12345678
cmp dword [es:edi], 0x12345678
cmp dword [fs:0x20], 0x12345678
cmp dword [gs:ebx+ecx*8+0x100], 0x12345678
cmp dword [ss:ebp+0x10], 0x12345678
cmp dword [cs:eax], 0x12345678
cmp dword [bx+si], 0x12345678
cmp dword [bp+di+0x4], 0x12345678
cmp dword [bp+si+0x1234], 0x12345678
cmp dword [0x12], 0x12345678
cmp ebx, 0x7f
cmp ebx, -0x80
cmp ebx, strict dword 0x7f
add bh, 0x12
add bh, 0xf0
adc dh, 0x12
adc byte [eax+ecx*2], 0x12
adc byte [ebx+esi*4+0x10], 0x12
adc byte [edi*8+0x1000], 0x12
adc byte [0x12345678], 0x12
adc dh, 0xf0
lock adc byte [eax+ecx*2], 0x12
sbb bl, 0x12
sbb byte [fs:0x20], 0x12
sbb byte [gs:ebx+ecx*8+0x100], 0x12
sbb byte [ss:ebp+0x10], 0x12
sbb byte [cs:eax], 0x12
sbb bl, 0xf0
lock sbb byte [fs:0x20], 0x12
and cl, 0x12
and byte [0x12], 0x12
and byte [ebx+0x7f], 0x12
and byte [ecx-0x80], 0x12
and byte [edx+0x12345678], 0x12
and cl, 0xf0
lock and byte [0x12], 0x12
sub bh, 0x12
sub byte [ebp-0x4], 0x12
sub byte [eax+ebx], 0x12
sub byte [eax+ecx*2], 0x12
sub byte [ebx+esi*4+0x10], 0x12
sub bh, 0xf0
lock sub byte [ebp-0x4], 0x12
xor byte [esp+ebp*1-0x81], 0x12
xor byte [es:edi], 0x12
xor byte [fs:0x20], 0x12
xor byte [gs:ebx+ecx*8+0x100], 0x12
lock xor byte [esp+ebp*1-0x81], 0x12
cmp dh, 0x12
cmp dh, 0xf0
add cx, -0x3
add dx, -0x3
add word [eax], -0x3
add word [ebx+0x7f], -0x3
add word [ecx-0x80], -0x3
add word [edx+0x12345678], -0x3
add word [esp], -0x3
add word [esp+0x8], -0x3
add word [ebp], -0x3
add word [ebp-0x4], -0x3
add word [eax+ebx], -0x3
add word [eax+ecx*2], -0x3
add word [ebx+esi*4+0x10], -0x3
add word [edi*8+0x1000], -0x3
add word [0x12345678], -0x3
add word [esi+0x80], -0x3
add word [esp+ebp*1-0x81], -0x3
add word [es:edi], -0x3
add word [fs:0x20], -0x3
add word [gs:ebx+ecx*8+0x100], -0x3
add word [ss:ebp+0x10], -0x3
add word [cs:eax], -0x3
add word [bx+si], -0x3
add word [bp+di+0x4], -0x3
add word [bp+si+0x1234], -0x3
add word [0x12], -0x3
add cx, 0x7f
add cx, -0x80
o16 add cx, -0x3
lock add word [eax], -0x3
lock add word [ebx+0x7f], -0x3
add eax, -0x3
add ecx, -0x3
add dword [eax], -0x3
add dword [ebx+0x7f], -0x3
add dword [ecx-0x80], -0x3
add dword [edx+0x12345678], -0x3
add dword [esp], -0x3
add dword [esp+0x8], -0x3
add dword [ebp], -0x3
add dword [ebp-0x4], -0x3
add dword [eax+ebx], -0x3
add dword [eax+ecx*2], -0x3
add dword [ebx+esi*4+0x10], -0x3
add dword [edi*8+0x1000], -0x3
add dword [0x12345678], -0x3
add dword [esi+0x80], -0x3
add dword [esp+ebp*1-0x81], -0x3
add dword [es:edi], -0x3
add dword [fs:0x20], -0x3
add dword [gs:ebx+ecx*8+0x100], -0x3
add dword [ss:ebp+0x10], -0x3
add dword [cs:eax], -0x3
add dword [bx+si], -0x3
add dword [bp+di+0x4], -0x3
add dword [bp+si+0x1234], -0x3
add dword [0x12], -0x3
lock add dword [eax], -0x3
lock add dword [ebx+0x7f], -0x3
or si, -0x3
or di, -0x3
or word [eax], -0x3
or word [ebx+0x7f], -0x3
or word [ecx-0x80], -0x3
or word [edx+0x12345678], -0x3
or word [esp], -0x3
or word [esp+0x8], -0x3
or word [ebp], -0x3
or word [ebp-0x4], -0x3
or word [eax+ebx], -0x3
or word [eax+ecx*2], -0x3
or word [ebx+esi*4+0x10], -0x3
or word [edi*8+0x1000], -0x3
or word [0x12345678], -0x3
or word [esi+0x80], -0x3
or word [esp+ebp*1-0x81], -0x3
or word [es:edi], -0x3
or word [fs:0x20], -0x3
or word [gs:ebx+ecx*8+0x100], -0x3
or word [ss:ebp+0x10], -0x3
or word [cs:eax], -0x3
or word [bx+si], -0x3
or word [bp+di+0x4], -0x3
or word [bp+si+0x1234], -0x3
or word [0x12], -0x3
or si, 0x7f
or si, -0x80
lock or word [eax], -0x3
lock or word [ebx+0x7f], -0x3
or ebp, -0x3
or esi, -0x3
or dword [eax], -0x3
or dword [ebx+0x7f], -0x3
or dword [ecx-0x80], -0x3
or dword [edx+0x12345678], -0x3
or dword [esp], -0x3
or dword [esp+0x8], -0x3
or dword [ebp], -0x3
or dword [ebp-0x4], -0x3
or dword [eax+ebx], -0x3
or dword [eax+ecx*2], -0x3
or dword [ebx+esi*4+0x10], -0x3
or dword [edi*8+0x1000], -0x3
or dword [0x12345678], -0x3
or dword [esi+0x80], -0x3
or dword [esp+ebp*1-0x81], -0x3
or dword [es:edi], -0x3
or dword [fs:0x20], -0x3
or dword [gs:ebx+ecx*8+0x100], -0x3
or dword [ss:ebp+0x10], -0x3
or dword [cs:eax], -0x3
or dword [bx+si], -0x3
or dword [bp+di+0x4], -0x3
or dword [bp+si+0x1234], -0x3
or dword [0x12], -0x3
lock or dword [eax], -0x3
lock or dword [ebx+0x7f], -0x3
adc bx, -0x3
adc sp, -0x3
adc word [eax], -0x3
adc word [ebx+0x7f], -0x3
adc word [ecx-0x80], -0x3
adc word [edx+0x12345678], -0x3
adc word [esp], -0x3
adc bx, 0x7f
adc bx, -0x80
o16 adc bx, -0x3
lock adc word [eax], -0x3
lock adc word [ebx+0x7f], -0x3
adc edx, -0x3
adc ebx, -0x3
adc dword [eax], -0x3
adc dword [eax+ebx], -0x3
adc dword [eax+ecx*2], -0x3
adc dword [ebx+esi*4+0x10], -0x3
adc dword [edi*8+0x1000], -0x3
lock adc dword [eax], -0x3
lock adc dword [eax+ebx], -0x3
sbb ax, -0x3
sbb cx, -0x3
sbb word [eax], -0x3
sbb word [bp+si+0x1234], -0x3
sbb word [0x12], -0x3
sbb word [ebx+0x7f], -0x3
sbb word [ecx-0x80], -0x3
sbb ax, 0x7f
sbb ax, -0x80
o16 sbb ax, -0x3
lock sbb word [eax], -0x3
lock sbb word [bp+si+0x1234], -0x3
sbb edi, -0x3
sbb eax, -0x3
sbb dword [eax], -0x3
sbb dword [ebp], -0x3
sbb dword [ebp-0x4], -0x3
sbb dword [eax+ebx], -0x3
sbb dword [eax+ecx*2], -0x3
lock sbb dword [eax], -0x3
lock sbb dword [ebp], -0x3
and bp, -0x3
and si, -0x3
and word [eax], -0x3
and word [bx+si], -0x3
and word [bp+di+0x4], -0x3
and word [bp+si+0x1234], -0x3
and word [0x12], -0x3
and bp, 0x7f
and bp, -0x80
o16 and bp, -0x3
lock and word [eax], -0x3
lock and word [bx+si], -0x3
and esp, -0x3
and ebp, -0x3
and dword [eax], -0x3
and dword [esp], -0x3
and dword [esp+0x8], -0x3
and dword [ebp], -0x3
and dword [ebp-0x4], -0x3
lock and dword [eax], -0x3
lock and dword [esp], -0x3
sub dx, -0x3
sub bx, -0x3
sub word [eax], -0x3
sub word [ss:ebp+0x10], -0x3
sub word [cs:eax], -0x3
sub word [bx+si], -0x3
sub word [bp+di+0x4], -0x3
sub dx, 0x7f
sub dx, -0x80
o16 sub dx, -0x3
lock sub word [eax], -0x3
lock sub word [ss:ebp+0x10], -0x3
sub ecx, -0x3
sub edx, -0x3
sub dword [eax], -0x3
sub dword [ecx-0x80], -0x3
sub dword [edx+0x12345678], -0x3
sub dword [esp], -0x3
sub dword [esp+0x8], -0x3
lock sub dword [eax], -0x3
lock sub dword [ecx-0x80], -0x3
xor di, -0x3
xor ax, -0x3
xor word [eax], -0x3
xor word [fs:0x20], -0x3
xor word [gs:ebx+ecx*8+0x100], -0x3
xor word [ss:ebp+0x10], -0x3
xor word [cs:eax], -0x3
xor di, 0x7f
xor di, -0x80
o16 xor di, -0x3
lock xor word [eax], -0x3
lock xor word [fs:0x20], -0x3
xor esi, -0x3
xor edi, -0x3
xor dword [eax], -0x3
xor dword [0x12], -0x3
xor dword [ebx+0x7f], -0x3
xor dword [ecx-0x80], -0x3
xor dword [edx+0x12345678], -0x3
lock xor dword [eax], -0x3
lock xor dword [0x12], -0x3
cmp sp, -0x3
cmp bp, -0x3
cmp word [eax], -0x3
cmp word [ebx+0x7f], -0x3
cmp word [ecx-0x80], -0x3
cmp word [edx+0x12345678], -0x3
cmp word [esp], -0x3
cmp word [esp+0x8], -0x3
cmp word [ebp], -0x3
cmp word [ebp-0x4], -0x3
cmp word [eax+ebx], -0x3
cmp word [eax+ecx*2], -0x3
cmp word [ebx+esi*4+0x10], -0x3
cmp word [edi*8+0x1000], -0x3
cmp word [0x12345678], -0x3
cmp word [esi+0x80], -0x3
cmp word [esp+ebp*1-0x81], -0x3
cmp word [es:edi], -0x3
cmp word [fs:0x20], -0x3
cmp word [gs:ebx+ecx*8+0x100], -0x3
cmp word [ss:ebp+0x10], -0x3
cmp word [cs:eax], -0x3
cmp word [bx+si], -0x3
cmp word [bp+di+0x4], -0x3
cmp word [bp+si+0x1234], -0x3
cmp word [0x12], -0x3
cmp sp, 0x7f
cmp sp, -0x80
o16 cmp sp, -0x3
cmp ebx, -0x3
cmp esp, -0x3
cmp dword [eax], -0x3
cmp dword [ebx+0x7f], -0x3
cmp dword [ecx-0x80], -0x3
cmp dword [edx+0x12345678], -0x3
cmp dword [esp], -0x3
cmp dword [esp+0x8], -0x3
cmp dword [ebp], -0x3
cmp dword [ebp-0x4], -0x3
cmp dword [eax+ebx], -0x3
cmp dword [eax+ecx*2], -0x3
cmp dword [ebx+esi*4+0x10], -0x3
cmp dword [edi*8+0x1000], -0x3
cmp dword [0x12345678], -0x3
cmp dword [esi+0x80], -0x3
cmp dword [esp+ebp*1-0x81], -0x3
cmp dword [es:edi], -0x3
cmp dword [fs:0x20], -0x3
cmp dword [gs:ebx+ecx*8+0x100], -0x3
cmp dword [ss:ebp+0x10], -0x3
cmp dword [cs:eax], -0x3
cmp dword [bx+si], -0x3
cmp dword [bp+di+0x4], -0x3
cmp dword [bp+si+0x1234], -0x3
cmp dword [0x12], -0x3
test dh, al
test bh, al
test byte [eax], al
test byte [ebx+0x7f], al
test byte [ecx-0x80], al
test byte [edx+0x12345678], al
test byte [esp], al
test byte [esp+0x8], al
test byte [ebp], al
test byte [ebp-0x4], al
test byte [eax+ebx], al
test byte [eax+ecx*2], al
test byte [ebx+esi*4+0x10], al
test byte [edi*8+0x1000], al
test byte [0x12345678], al
test byte [esi+0x80], al
test byte [esp+ebp*1-0x81], al
test byte [es:edi], al
test byte [fs:0x20], al
test byte [gs:ebx+ecx*8+0x100], al
test byte [ss:ebp+0x10], al
test byte [cs:eax], al
test byte [bx+si], al
test byte [bp+di+0x4], al
test byte [bp+si+0x1234], al
test byte [0x12], al
test [eax], al
test dh, cl
test dh, dh
test dh, bh
test dh, bl
test ax, ax
test cx, ax
test word [eax], ax
test word [ebx+0x7f], ax
test word [ecx-0x80], ax
test word [edx+0x12345678], ax
test word [esp], ax
test word [esp+0x8], ax
test word [ebp], ax
test word [ebp-0x4], ax
test word [eax+ebx], ax
test word [eax+ecx*2], ax
test word [ebx+esi*4+0x10], ax
test word [edi*8+0x1000], ax
test word [0x12345678], ax
test word [esi+0x80], ax
test word [esp+ebp*1-0x81], ax
test word [es:edi], ax
test word [fs:0x20], ax
test word [gs:ebx+ecx*8+0x100], ax
test word [ss:ebp+0x10], ax
test word [cs:eax], ax
test word [bx+si], ax
test word [bp+di+0x4], ax
test word [bp+si+0x1234], ax
test word [0x12], ax
test [eax], ax
test ax, cx
test ax, dx
test ax, bx
test ax, sp
test ax, bp
test ax, si
test ax, di
o16 test ax, ax
test edi, eax
test eax, eax
test dword [eax], eax
test dword [ebx+0x7f], eax
test dword [ecx-0x80], eax
test dword [edx+0x12345678], eax
test dword [esp], eax
test dword [esp+0x8], eax
test dword [ebp], eax
test dword [ebp-0x4], eax
test dword [eax+ebx], eax
test dword [eax+ecx*2], eax
test dword [ebx+esi*4+0x10], eax
test dword [edi*8+0x1000], eax
test dword [0x12345678], eax
test dword [esi+0x80], eax
test dword [esp+ebp*1-0x81], eax
test dword [es:edi], eax
test dword [fs:0x20], eax
test dword [gs:ebx+ecx*8+0x100], eax
test dword [ss:ebp+0x10], eax
test dword [cs:eax], eax
test dword [bx+si], eax
test dword [bp+di+0x4], eax
test dword [bp+si+0x1234], eax
test dword [0x12], eax
test [eax], eax
test edi, ecx
test edi, edx
test edi, ebx
test edi, esp
test edi, ebp
test edi, esi
test edi, edi
xchg al, al
xchg cl, al
xchg byte [eax], al
xchg byte [ebx+0x7f], al
xchg byte [ecx-0x80], al
xchg byte [edx+0x12345678], al
xchg byte [esp], al
xchg byte [esp+0x8], al
xchg byte [ebp], al
xchg byte [ebp-0x4], al
xchg byte [eax+ebx], al
xchg byte [eax+ecx*2], al
xchg byte [ebx+esi*4+0x10], al
xchg byte [edi*8+0x1000], al
xchg byte [0x12345678], al
xchg byte [esi+0x80], al
xchg byte [esp+ebp*1-0x81], al
xchg byte [es:edi], al
xchg byte [fs:0x20], al
xchg byte [gs:ebx+ecx*8+0x100], al
xchg byte [ss:ebp+0x10], al
xchg byte [cs:eax], al
xchg byte [bx+si], al
xchg byte [bp+di+0x4], al
xchg byte [bp+si+0x1234], al
xchg byte [0x12], al
xchg [eax], al
xchg al, cl
xchg al, dh
xchg al, bh
xchg al, bl
lock xchg byte [eax], al
lock xchg byte [ebx+0x7f], al
xchg sp, ax
xchg bp, ax
xchg word [eax], ax
xchg word [ebx+0x7f], ax
xchg word [ecx-0x80], ax
xchg word [edx+0x12345678], ax
xchg word [esp], ax
xchg word [esp+0x8], ax
xchg word [ebp], ax
xchg word [ebp-0x4], ax
xchg word [eax+ebx], ax
xchg word [eax+ecx*2], ax
xchg word [ebx+esi*4+0x10], ax
xchg word [edi*8+0x1000], ax
xchg word [0x12345678], ax
xchg word [esi+0x80], ax
xchg word [esp+ebp*1-0x81], ax
xchg word [es:edi], ax
xchg word [fs:0x20], ax
xchg word [gs:ebx+ecx*8+0x100], ax
xchg word [ss:ebp+0x10], ax
xchg word [cs:eax], ax
xchg word [bx+si], ax
xchg word [bp+di+0x4], ax
xchg word [bp+si+0x1234], ax
xchg word [0x12], ax
xchg [eax], ax
xchg sp, cx
xchg sp, dx
xchg sp, bx
xchg sp, sp
xchg sp, bp
xchg sp, si
xchg sp, di
o16 xchg sp, ax
lock xchg word [eax], ax
lock xchg word [ebx+0x7f], ax
xchg ebx, eax
xchg esp, eax
xchg dword [eax], eax
xchg dword [ebx+0x7f], eax
xchg dword [ecx-0x80], eax
xchg dword [edx+0x12345678], eax
xchg dword [esp], eax
xchg dword [esp+0x8], eax
xchg dword [ebp], eax
xchg dword [ebp-0x4], eax
xchg dword [eax+ebx], eax
xchg dword [eax+ecx*2], eax
xchg dword [ebx+esi*4+0x10], eax
xchg dword [edi*8+0x1000], eax
xchg dword [0x12345678], eax
xchg dword [esi+0x80], eax
xchg dword [esp+ebp*1-0x81], eax
xchg dword [es:edi], eax
xchg dword [fs:0x20], eax
xchg dword [gs:ebx+ecx*8+0x100], eax
xchg dword [ss:ebp+0x10], eax
xchg dword [cs:eax], eax
xchg dword [bx+si], eax
xchg dword [bp+di+0x4], eax
xchg dword [bp+si+0x1234], eax
xchg dword [0x12], eax
xchg [eax], eax
xchg ebx, ecx
xchg ebx, edx
xchg ebx, ebx
xchg ebx, esp
xchg ebx, ebp
xchg ebx, esi
xchg ebx, edi
lock xchg dword [eax], eax
lock xchg dword [ebx+0x7f], eax
mov bh, al
mov bl, al
mov byte [eax], al
mov byte [ebx+0x7f], al
mov byte [ecx-0x80], al
mov byte [edx+0x12345678], al
mov byte [esp], al
mov byte [esp+0x8], al
mov byte [ebp], al
mov byte [ebp-0x4], al
mov byte [eax+ebx], al
mov byte [eax+ecx*2], al
mov byte [ebx+esi*4+0x10], al
mov byte [edi*8+0x1000], al
mov byte [0x12345678], al
mov byte [esi+0x80], al
mov byte [esp+ebp*1-0x81], al
mov byte [es:edi], al
mov byte [fs:0x20], al
mov byte [gs:ebx+ecx*8+0x100], al
mov byte [ss:ebp+0x10], al
mov byte [cs:eax], al
mov byte [bx+si], al
mov byte [bp+di+0x4], al
mov byte [bp+si+0x1234], al
mov byte [0x12], al
mov [eax], al
mov bh, cl
mov bh, dh
mov bh, bh
mov bh, bl
mov ax, ax
mov cx, ax
mov word [eax], ax
mov word [ebx+0x7f], ax
mov word [ecx-0x80], ax
mov word [edx+0x12345678], ax
mov word [esp], ax
mov word [esp+0x8], ax
mov word [ebp], ax
mov word [ebp-0x4], ax
mov word [eax+ebx], ax
mov word [eax+ecx*2], ax
mov word [ebx+esi*4+0x10], ax
mov word [edi*8+0x1000], ax
mov word [0x12345678], ax
mov word [esi+0x80], ax
mov word [esp+ebp*1-0x81], ax
mov word [es:edi], ax
mov word [fs:0x20], ax
mov word [gs:ebx+ecx*8+0x100], ax
mov word [ss:ebp+0x10], ax
mov word [cs:eax], ax
mov word [bx+si], ax
mov word [bp+di+0x4], ax
mov word [bp+si+0x1234], ax
mov word [0x12], ax
mov [eax], ax
mov ax, cx
mov ax, dx
mov ax, bx
mov ax, sp
mov ax, bp
mov ax, si
mov ax, di
o16 mov ax, ax
mov edi, eax
mov eax, eax
mov dword [eax], eax
mov dword [ebx+0x7f], eax
mov dword [ecx-0x80], eax
mov dword [edx+0x12345678], eax
mov dword [esp], eax
mov dword [esp+0x8], eax
mov dword [ebp], eax
mov dword [ebp-0x4], eax
mov dword [eax+ebx], eax
mov dword [eax+ecx*2], eax
mov dword [ebx+esi*4+0x10], eax
mov dword [edi*8+0x1000], eax
mov dword [0x12345678], eax
mov dword [esi+0x80], eax
mov dword [esp+ebp*1-0x81], eax
mov dword [es:edi], eax
mov dword [fs:0x20], eax
mov dword [gs:ebx+ecx*8+0x100], eax
mov dword [ss:ebp+0x10], eax
mov dword [cs:eax], eax
mov dword [bx+si], eax
mov dword [bp+di+0x4], eax
mov dword [bp+si+0x1234], eax
mov dword [0x12], eax
mov [eax], eax
mov edi, ecx
mov edi, edx
mov edi, ebx
mov edi, esp
mov edi, ebp
mov edi, esi
mov edi, edi
mov al, dh
mov cl, dh
mov dh, dh
mov bl, dh
mov al, bh
mov al, byte [eax]
mov al, byte [ebx+0x7f]
mov al, byte [ecx-0x80]
mov al, byte [edx+0x12345678]
mov al, byte [esp]
mov al, byte [esp+0x8]
mov al, byte [ebp]
mov al, byte [ebp-0x4]
mov al, byte [eax+ebx]
mov al, byte [eax+ecx*2]
mov al, byte [ebx+esi*4+0x10]
mov al, byte [edi*8+0x1000]
mov al, byte [0x12345678]
mov al, byte [esi+0x80]
mov al, byte [esp+ebp*1-0x81]
mov al, byte [es:edi]
mov al, byte [fs:0x20]
mov al, byte [gs:ebx+ecx*8+0x100]
mov al, byte [ss:ebp+0x10]
mov al, byte [cs:eax]
mov al, byte [bx+si]
mov al, byte [bp+di+0x4]
mov al, byte [bp+si+0x1234]
mov al, byte [0x12]
mov al, [eax]
mov cx, bp
mov dx, bp
mov bx, bp
mov sp, bp
mov bp, bp
mov si, bp
mov di, bp
mov ax, word [eax]
mov ax, word [ebx+0x7f]
mov ax, word [ecx-0x80]
mov ax, word [edx+0x12345678]
mov ax, word [esp]
mov ax, word [esp+0x8]
mov ax, word [ebp]
mov ax, word [ebp-0x4]
mov ax, word [eax+ebx]
mov ax, word [eax+ecx*2]
mov ax, word [ebx+esi*4+0x10]
mov ax, word [edi*8+0x1000]
mov ax, word [0x12345678]
mov ax, word [esi+0x80]
mov ax, word [esp+ebp*1-0x81]
mov ax, word [es:edi]
mov ax, word [fs:0x20]
mov ax, word [gs:ebx+ecx*8+0x100]
mov ax, word [ss:ebp+0x10]
mov ax, word [cs:eax]
mov ax, word [bx+si]
mov ax, word [bp+di+0x4]
mov ax, word [bp+si+0x1234]
mov ax, word [0x12]
mov ax, [eax]
o16 mov ax, bp
mov eax, esp
mov ecx, esp
mov edx, esp
mov ebx, esp
mov esp, esp
mov ebp, esp
mov esi, esp
mov eax, ebp
mov eax, dword [eax]
mov eax, dword [ebx+0x7f]
mov eax, dword [ecx-0x80]
mov eax, dword [edx+0x12345678]
mov eax, dword [esp]
mov eax, dword [esp+0x8]
mov eax, dword [ebp]
mov eax, dword [ebp-0x4]
mov eax, dword [eax+ebx]
mov eax, dword [eax+ecx*2]
mov eax, dword [ebx+esi*4+0x10]
mov eax, dword [edi*8+0x1000]
mov eax, dword [0x12345678]
mov eax, dword [esi+0x80]
mov eax, dword [esp+ebp*1-0x81]
mov eax, dword [es:edi]
mov eax, dword [fs:0x20]
mov eax, dword [gs:ebx+ecx*8+0x100]
mov eax, dword [ss:ebp+0x10]
mov eax, dword [cs:eax]
mov eax, dword [bx+si]
mov eax, dword [bp+di+0x4]
mov eax, dword [bp+si+0x1234]
mov eax, dword [0x12]
mov eax, [eax]
mov cx, es
mov dx, es
mov word [eax], es
mov word [ebx+0x7f], es
mov word [ecx-0x80], es
mov word [edx+0x12345678], es
mov word [esp], es
mov word [esp+0x8], es
mov word [ebp], es
mov word [ebp-0x4], es
mov word [eax+ebx], es
mov word [eax+ecx*2], es
mov word [ebx+esi*4+0x10], es
mov word [edi*8+0x1000], es
mov word [0x12345678], es
mov word [esi+0x80], es
mov word [esp+ebp*1-0x81], es
mov word [es:edi], es
mov word [fs:0x20], es
mov word [gs:ebx+ecx*8+0x100], es
mov word [ss:ebp+0x10], es
mov word [cs:eax], es
mov word [bx+si], es
mov word [bp+di+0x4], es
mov word [bp+si+0x1234], es
mov word [0x12], es
mov [eax], es
mov cx, cs
mov cx, ss
mov cx, ds
mov cx, fs
mov cx, gs
o16 mov cx, es
mov eax, es
mov ecx, es
mov eax, cs
mov eax, ss
mov eax, ds
mov eax, fs
mov eax, gs
lea ax, [eax]
lea cx, [eax]
lea dx, [eax]
lea bx, [eax]
lea sp, [eax]
lea bp, [eax]
lea si, [eax]
lea di, [eax]
lea ax, [ebx+0x7f]
lea ax, [ecx-0x80]
lea ax, [edx+0x12345678]
lea ax, [esp]
lea ax, [esp+0x8]
lea ax, [ebp]
lea ax, [ebp-0x4]
lea ax, [eax+ebx]
lea ax, [eax+ecx*2]
lea ax, [ebx+esi*4+0x10]
lea ax, [edi*8+0x1000]
lea ax, [0x12345678]
lea ax, [esi+0x80]
lea ax, [esp+ebp*1-0x81]
lea ax, [es:edi]
lea ax, [fs:0x20]
lea ax, [gs:ebx+ecx*8+0x100]
lea ax, [ss:ebp+0x10]
lea ax, [cs:eax]
lea ax, [bx+si]
lea ax, [bp+di+0x4]
lea ax, [bp+si+0x1234]
lea ax, [0x12]
o16 lea ax, [eax]
lea eax, [eax]
lea ecx, [eax]
lea edx, [eax]
lea ebx, [eax]
lea esp, [eax]
lea ebp, [eax]
lea esi, [eax]
lea edi, [eax]
lea eax, [ebx+0x7f]
lea eax, [ecx-0x80]
lea eax, [edx+0x12345678]
lea eax, [esp]
lea eax, [esp+0x8]
lea eax, [ebp]
lea eax, [ebp-0x4]
lea eax, [eax+ebx]
lea eax, [eax+ecx*2]
lea eax, [ebx+esi*4+0x10]
lea eax, [edi*8+0x1000]
lea eax, [0x12345678]
lea eax, [esi+0x80]
lea eax, [esp+ebp*1-0x81]
lea eax, [es:edi]
lea eax, [fs:0x20]
lea eax, [gs:ebx+ecx*8+0x100]
lea eax, [ss:ebp+0x10]
lea eax, [cs:eax]
lea eax, [bx+si]
lea eax, [bp+di+0x4]
lea eax, [bp+si+0x1234]
lea eax, [0x12]
mov es, sp
mov ss, sp
mov ds, sp
mov fs, sp
mov gs, sp
mov es, bp
mov es, word [eax]
mov es, word [ebx+0x7f]
mov es, word [ecx-0x80]
mov es, word [edx+0x12345678]
mov es, word [esp]
mov es, word [esp+0x8]
mov es, word [ebp]
mov es, word [ebp-0x4]
mov es, word [eax+ebx]
mov es, word [eax+ecx*2]
mov es, word [ebx+esi*4+0x10]
mov es, word [edi*8+0x1000]
mov es, word [0x12345678]
mov es, word [esi+0x80]
mov es, word [esp+ebp*1-0x81]
mov es, word [es:edi]
mov es, word [fs:0x20]
mov es, word [gs:ebx+ecx*8+0x100]
mov es, word [ss:ebp+0x10]
mov es, word [cs:eax]
mov es, word [bx+si]
mov es, word [bp+di+0x4]
mov es, word [bp+si+0x1234]
mov es, word [0x12]
mov es, [eax]
o16 mov es, sp
mov es, ebx
mov ss, ebx
mov ds, ebx
mov fs, ebx
mov gs, ebx
mov es, esp
pop word [eax]
pop word [ebx+0x7f]
pop word [ecx-0x80]
pop word [edx+0x12345678]
pop word [esp]
pop word [esp+0x8]
pop word [ebp]
pop word [ebp-0x4]
pop word [eax+ebx]
pop word [eax+ecx*2]
pop word [ebx+esi*4+0x10]
pop word [edi*8+0x1000]
pop word [0x12345678]
pop word [esi+0x80]
pop word [esp+ebp*1-0x81]
pop word [es:edi]
pop word [fs:0x20]
pop word [gs:ebx+ecx*8+0x100]
pop word [ss:ebp+0x10]
pop word [cs:eax]
pop word [bx+si]
pop word [bp+di+0x4]
pop word [bp+si+0x1234]
pop word [0x12]
pop dword [eax]
pop dword [ebx+0x7f]
pop dword [ecx-0x80]
pop dword [edx+0x12345678]
pop dword [esp]
pop dword [esp+0x8]
pop dword [ebp]
pop dword [ebp-0x4]
pop dword [eax+ebx]
pop dword [eax+ecx*2]
pop dword [ebx+esi*4+0x10]
pop dword [edi*8+0x1000]
pop dword [0x12345678]
pop dword [esi+0x80]
pop dword [esp+ebp*1-0x81]
pop dword [es:edi]
pop dword [fs:0x20]
pop dword [gs:ebx+ecx*8+0x100]
pop dword [ss:ebp+0x10]
pop dword [cs:eax]
pop dword [bx+si]
pop dword [bp+di+0x4]
pop dword [bp+si+0x1234]
pop dword [0x12]
nop
xchg ax, ax
xchg cx, ax
xchg dx, ax
xchg bx, ax
xchg si, ax
xchg di, ax
o16 xchg ax, ax
xchg eax, eax
xchg ecx, eax
xchg edx, eax
xchg ebp, eax
xchg esi, eax
xchg edi, eax
pause
cbw
o16 cbw
cwde
cwd
o16 cwd
cdq
call 0x1234:0x5678
call word 0x8:0x10
call 0xf000:0xfff0
call 0x8:0x12345678
call dword 0x10:0x1000
call 0x18:0x10
wait
pushfw
o16 pushfw
pushf
popfw
o16 popfw
popf
sahf
lahf
mov al, byte [fs:0x10]
mov al, [0x12345678]
mov al, [fs:0x10]
mov ax, word [fs:0x10]
mov ax, [0x12345678]
mov ax, [fs:0x10]
o16 mov ax, word [0x12345678]
mov eax, dword [fs:0x10]
mov eax, [0x12345678]
mov eax, [fs:0x10]
mov byte [fs:0x10], al
mov [0x12345678], al
mov [fs:0x10], al
mov word [fs:0x10], ax
mov [0x12345678], ax
mov [fs:0x10], ax
o16 mov word [0x12345678], ax
mov dword [fs:0x10], eax
mov [0x12345678], eax
mov [fs:0x10], eax
movsb
a16 movsb
rep movsb
fs movsb
es movsb
rep a16 movsb
movsw
a16 movsw
rep movsw
fs movsw
es movsw
rep a16 movsw
movsd
a16 movsd
rep movsd
fs movsd
es movsd
rep a16 movsd
cmpsb
a16 cmpsb
rep cmpsb
repe cmpsb
repz cmpsb
repne cmpsb
repnz cmpsb
fs cmpsb
es cmpsb
rep a16 cmpsb
cmpsw
a16 cmpsw
rep cmpsw
repe cmpsw
repz cmpsw
repne cmpsw
repnz cmpsw
fs cmpsw
es cmpsw
rep a16 cmpsw
cmpsd
a16 cmpsd
rep cmpsd
repe cmpsd
repz cmpsd
repne cmpsd
repnz cmpsd
fs cmpsd
es cmpsd
rep a16 cmpsd
test al, 0x12
test al, 0xf0
test ax, 0x1234
test ax, 0x10
test ax, strict word 0x10
o16 test ax, 0x1234
test eax, 0x12345678
test eax, 0x7f
test eax, -0x80
test eax, strict dword 0x7f
stosb
a16 stosb
rep stosb
rep a16 stosb
stosw
a16 stosw
rep stosw
rep a16 stosw
stosd
a16 stosd
rep stosd
rep a16 stosd
lodsb
a16 lodsb
rep lodsb
fs lodsb
es lodsb
rep a16 lodsb
lodsw
a16 lodsw
rep lodsw
fs lodsw
es lodsw
rep a16 lodsw
lodsd
a16 lodsd
rep lodsd
fs lodsd
es lodsd
rep a16 lodsd
scasb
a16 scasb
rep scasb
repe scasb
repz scasb
repne scasb
repnz scasb
rep a16 scasb
scasw
a16 scasw
rep scasw
repe scasw
repz scasw
repne scasw
repnz scasw
rep a16 scasw
scasd
a16 scasd
rep scasd
repe scasd
repz scasd
repne scasd
repnz scasd
rep a16 scasd
mov al, 0x12
mov cl, 0x12
mov dh, 0x12
mov bh, 0x12
mov bl, 0x12
mov al, 0xf0
mov ax, 0x1234
mov cx, 0x1234
mov dx, 0x1234
mov bx, 0x1234
mov sp, 0x1234
mov bp, 0x1234
mov si, 0x1234
mov di, 0x1234
mov ax, 0x10
mov ax, strict word 0x10
o16 mov ax, 0x1234
mov eax, 0x12345678
mov ecx, 0x12345678
mov edx, 0x12345678
mov ebx, 0x12345678
mov esp, 0x12345678
mov ebp, 0x12345678
mov esi, 0x12345678
mov edi, 0x12345678
mov eax, 0x7f
mov eax, -0x80
mov eax, strict dword 0x7f
rol bh, 0x12
rol bl, 0x12
rol byte [eax], 0x12
rol byte [ebp-0x4], 0x12
rol byte [eax+ebx], 0x12
rol byte [eax+ecx*2], 0x12
rol byte [ebx+esi*4+0x10], 0x12
rol bh, 0xf0
ror al, 0x12
ror cl, 0x12
ror byte [eax], 0x12
ror byte [esp+ebp*1-0x81], 0x12
ror byte [es:edi], 0x12
ror byte [fs:0x20], 0x12
ror byte [gs:ebx+ecx*8+0x100], 0x12
ror al, 0xf0
rcl dh, 0x12
rcl bh, 0x12
rcl byte [eax], 0x12
rcl byte [bp+di+0x4], 0x12
rcl byte [bp+si+0x1234], 0x12
rcl byte [0x12], 0x12
rcl byte [ebx+0x7f], 0x12
rcl dh, 0xf0
rcr bl, 0x12
rcr al, 0x12
rcr byte [eax], 0x12
rcr byte [esp+0x8], 0x12
rcr byte [ebp], 0x12
rcr byte [ebp-0x4], 0x12
rcr byte [eax+ebx], 0x12
rcr bl, 0xf0
shl cl, 0x12
shl dh, 0x12
shl byte [eax], 0x12
shl byte [ebx+0x7f], 0x12
shl byte [ecx-0x80], 0x12
shl byte [edx+0x12345678], 0x12
shl byte [esp], 0x12
shl byte [esp+0x8], 0x12
shl byte [ebp], 0x12
shl byte [ebp-0x4], 0x12
shl byte [eax+ebx], 0x12
shl byte [eax+ecx*2], 0x12
shl byte [ebx+esi*4+0x10], 0x12
shl byte [edi*8+0x1000], 0x12
shl byte [0x12345678], 0x12
shl byte [esi+0x80], 0x12
shl byte [esp+ebp*1-0x81], 0x12
shl byte [es:edi], 0x12
shl byte [fs:0x20], 0x12
shl byte [gs:ebx+ecx*8+0x100], 0x12
shl byte [ss:ebp+0x10], 0x12
shl byte [cs:eax], 0x12
shl byte [bx+si], 0x12
shl byte [bp+di+0x4], 0x12
shl byte [bp+si+0x1234], 0x12
shl byte [0x12], 0x12
shl cl, 0xf0
shr bh, 0x12
shr bl, 0x12
shr byte [eax], 0x12
shr byte [cs:eax], 0x12
shr byte [bx+si], 0x12
shr byte [bp+di+0x4], 0x12
shr byte [bp+si+0x1234], 0x12
shr bh, 0xf0
sal al, 0x12
sal cl, 0x12
sal byte [eax], 0x12
sal byte [edx+0x12345678], 0x12
sal byte [esp], 0x12
sal byte [esp+0x8], 0x12
sal byte [ebp], 0x12
sal al, 0xf0
sar dh, 0x12
sar bh, 0x12
sar byte [eax], 0x12
sar byte [ebx+esi*4+0x10], 0x12
sar byte [edi*8+0x1000], 0x12
sar byte [0x12345678], 0x12
sar byte [esi+0x80], 0x12
sar dh, 0xf0
rol cx, 0x12
rol dx, 0x12
rol word [eax], 0x12
rol word [gs:ebx+ecx*8+0x100], 0x12
rol word [ss:ebp+0x10], 0x12
rol word [cs:eax], 0x12
rol word [bx+si], 0x12
rol cx, 0xf0
o16 rol cx, 0x12
rol eax, 0x12
rol ecx, 0x12
rol dword [eax], 0x12
rol dword [ebx+0x7f], 0x12
rol dword [ecx-0x80], 0x12
rol dword [edx+0x12345678], 0x12
rol dword [esp], 0x12
rol eax, 0xf0
ror si, 0x12
ror di, 0x12
ror word [eax], 0x12
ror word [es:edi], 0x12
ror word [fs:0x20], 0x12
ror word [gs:ebx+ecx*8+0x100], 0x12
ror word [ss:ebp+0x10], 0x12
ror si, 0xf0
o16 ror si, 0x12
ror ebp, 0x12
ror esi, 0x12
ror dword [eax], 0x12
ror dword [bp+si+0x1234], 0x12
ror dword [0x12], 0x12
ror dword [ebx+0x7f], 0x12
ror dword [ecx-0x80], 0x12
ror ebp, 0xf0
rcl bx, 0x12
rcl sp, 0x12
rcl word [eax], 0x12
rcl word [esi+0x80], 0x12
rcl word [esp+ebp*1-0x81], 0x12
rcl word [es:edi], 0x12
rcl word [fs:0x20], 0x12
rcl bx, 0xf0
o16 rcl bx, 0x12
rcl edx, 0x12
rcl ebx, 0x12
rcl dword [eax], 0x12
rcl dword [bx+si], 0x12
rcl dword [bp+di+0x4], 0x12
rcl dword [bp+si+0x1234], 0x12
rcl dword [0x12], 0x12
rcl edx, 0xf0
rcr ax, 0x12
rcr cx, 0x12
rcr word [eax], 0x12
rcr word [edi*8+0x1000], 0x12
rcr word [0x12345678], 0x12
rcr word [esi+0x80], 0x12
rcr word [esp+ebp*1-0x81], 0x12
rcr ax, 0xf0
o16 rcr ax, 0x12
rcr edi, 0x12
rcr eax, 0x12
rcr dword [eax], 0x12
rcr dword [ss:ebp+0x10], 0x12
rcr dword [cs:eax], 0x12
rcr dword [bx+si], 0x12
rcr dword [bp+di+0x4], 0x12
rcr edi, 0xf0
shl bp, 0x12
shl si, 0x12
shl word [eax], 0x12
shl word [ebx+0x7f], 0x12
shl word [ecx-0x80], 0x12
shl word [edx+0x12345678], 0x12
shl word [esp], 0x12
shl word [esp+0x8], 0x12
shl word [ebp], 0x12
shl word [ebp-0x4], 0x12
shl word [eax+ebx], 0x12
shl word [eax+ecx*2], 0x12
shl word [ebx+esi*4+0x10], 0x12
shl word [edi*8+0x1000], 0x12
shl word [0x12345678], 0x12
shl word [esi+0x80], 0x12
shl word [esp+ebp*1-0x81], 0x12
shl word [es:edi], 0x12
shl word [fs:0x20], 0x12
shl word [gs:ebx+ecx*8+0x100], 0x12
shl word [ss:ebp+0x10], 0x12
shl word [cs:eax], 0x12
shl word [bx+si], 0x12
shl word [bp+di+0x4], 0x12
shl word [bp+si+0x1234], 0x12
shl word [0x12], 0x12
shl bp, 0xf0
o16 shl bp, 0x12
shl esp, 0x12
shl ebp, 0x12
shl dword [eax], 0x12
shl dword [ebx+0x7f], 0x12
shl dword [ecx-0x80], 0x12
shl dword [edx+0x12345678], 0x12
shl dword [esp], 0x12
shl dword [esp+0x8], 0x12
shl dword [ebp], 0x12
shl dword [ebp-0x4], 0x12
shl dword [eax+ebx], 0x12
shl dword [eax+ecx*2], 0x12
shl dword [ebx+esi*4+0x10], 0x12
shl dword [edi*8+0x1000], 0x12
shl dword [0x12345678], 0x12
shl dword [esi+0x80], 0x12
shl dword [esp+ebp*1-0x81], 0x12
shl dword [es:edi], 0x12
shl dword [fs:0x20], 0x12
shl dword [gs:ebx+ecx*8+0x100], 0x12
shl dword [ss:ebp+0x10], 0x12
shl dword [cs:eax], 0x12
shl dword [bx+si], 0x12
shl dword [bp+di+0x4], 0x12
shl dword [bp+si+0x1234], 0x12
shl dword [0x12], 0x12
shl esp, 0xf0
shr dx, 0x12
shr bx, 0x12
shr word [eax], 0x12
shr word [ebp-0x4], 0x12
shr word [eax+ebx], 0x12
shr word [eax+ecx*2], 0x12
shr word [ebx+esi*4+0x10], 0x12
shr dx, 0xf0
o16 shr dx, 0x12
shr ecx, 0x12
shr edx, 0x12
shr dword [eax], 0x12
shr dword [esp+ebp*1-0x81], 0x12
shr dword [es:edi], 0x12
shr dword [fs:0x20], 0x12
shr dword [gs:ebx+ecx*8+0x100], 0x12
shr ecx, 0xf0
sal di, 0x12
sal ax, 0x12
sal word [eax], 0x12
sal word [esp+0x8], 0x12
sal word [ebp], 0x12
sal word [ebp-0x4], 0x12
sal word [eax+ebx], 0x12
sal di, 0xf0
o16 sal di, 0x12
sal esi, 0x12
sal edi, 0x12
sal dword [eax], 0x12
sal dword [0x12345678], 0x12
sal dword [esi+0x80], 0x12
sal dword [esp+ebp*1-0x81], 0x12
sal dword [es:edi], 0x12
sal esi, 0xf0
sar sp, 0x12
sar bp, 0x12
sar word [eax], 0x12
sar word [edx+0x12345678], 0x12
sar word [esp], 0x12
sar word [esp+0x8], 0x12
sar word [ebp], 0x12
sar sp, 0xf0
o16 sar sp, 0x12
sar ebx, 0x12
sar esp, 0x12
sar dword [eax], 0x12
sar dword [ebx+esi*4+0x10], 0x12
sar dword [edi*8+0x1000], 0x12
sar dword [0x12345678], 0x12
sar dword [esi+0x80], 0x12
sar ebx, 0xf0
o16 retw 0x1234
ret 0x1234
ret 0x10
ret strict word 0x10
retw
o16 retw
ret
les bx, [eax]
les sp, [eax]
les bp, [eax]
les bx, [bx+si]
les bx, [bp+di+0x4]
les bx, [bp+si+0x1234]
les bx, [0x12]
o16 les bx, [eax]
les edx, [eax]
les ebx, [eax]
les esp, [eax]
les edx, [esp]
les edx, [esp+0x8]
les edx, [ebp]
les edx, [ebp-0x4]
lds cx, [eax]
lds dx, [eax]
lds bx, [eax]
lds cx, [edi*8+0x1000]
lds cx, [0x12345678]
lds cx, [esi+0x80]
lds cx, [esp+ebp*1-0x81]
o16 lds cx, [eax]
lds eax, [eax]
lds ecx, [eax]
lds edx, [eax]
lds eax, [ss:ebp+0x10]
lds eax, [cs:eax]
lds eax, [bx+si]
lds eax, [bp+di+0x4]
mov byte [eax], 0x12
mov byte [ebx+0x7f], 0x12
mov byte [ecx-0x80], 0x12
mov byte [edx+0x12345678], 0x12
mov byte [esp], 0x12
mov byte [esp+0x8], 0x12
mov byte [ebp], 0x12
mov byte [ebp-0x4], 0x12
mov byte [eax+ebx], 0x12
mov byte [eax+ecx*2], 0x12
mov byte [ebx+esi*4+0x10], 0x12
mov byte [edi*8+0x1000], 0x12
mov byte [0x12345678], 0x12
mov byte [esi+0x80], 0x12
mov byte [esp+ebp*1-0x81], 0x12
mov byte [es:edi], 0x12
mov byte [fs:0x20], 0x12
mov byte [gs:ebx+ecx*8+0x100], 0x12
mov byte [ss:ebp+0x10], 0x12
mov byte [cs:eax], 0x12
mov byte [bx+si], 0x12
mov byte [bp+di+0x4], 0x12
mov byte [bp+si+0x1234], 0x12
mov byte [0x12], 0x12
mov dh, 0xf0
xabort 0x12
xabort 0xf0
mov word [eax], 0x1234
mov word [ebx+0x7f], 0x1234
mov word [ecx-0x80], 0x1234
mov word [edx+0x12345678], 0x1234
mov word [esp], 0x1234
mov word [esp+0x8], 0x1234
mov word [ebp], 0x1234
mov word [ebp-0x4], 0x1234
mov word [eax+ebx], 0x1234
mov word [eax+ecx*2], 0x1234
mov word [ebx+esi*4+0x10], 0x1234
mov word [edi*8+0x1000], 0x1234
mov word [0x12345678], 0x1234
mov word [esi+0x80], 0x1234
mov word [esp+ebp*1-0x81], 0x1234
mov word [es:edi], 0x1234
mov word [fs:0x20], 0x1234
mov word [gs:ebx+ecx*8+0x100], 0x1234
mov word [ss:ebp+0x10], 0x1234
mov word [cs:eax], 0x1234
mov word [bx+si], 0x1234
mov word [bp+di+0x4], 0x1234
mov word [bp+si+0x1234], 0x1234
mov word [0x12], 0x1234
mov bp, 0x10
mov bp, strict word 0x10
o16 mov bp, 0x1234
mov dword [eax], 0x12345678
mov dword [ebx+0x7f], 0x12345678
mov dword [ecx-0x80], 0x12345678
mov dword [edx+0x12345678], 0x12345678
mov dword [esp], 0x12345678
mov dword [esp+0x8], 0x12345678
mov dword [ebp], 0x12345678
mov dword [ebp-0x4], 0x12345678
mov dword [eax+ebx], 0x12345678
mov dword [eax+ecx*2], 0x12345678
mov dword [ebx+esi*4+0x10], 0x12345678
mov dword [edi*8+0x1000], 0x12345678
mov dword [0x12345678], 0x12345678
mov dword [esi+0x80], 0x12345678
mov dword [esp+ebp*1-0x81], 0x12345678
mov dword [es:edi], 0x12345678
mov dword [fs:0x20], 0x12345678
mov dword [gs:ebx+ecx*8+0x100], 0x12345678
mov dword [ss:ebp+0x10], 0x12345678
mov dword [cs:eax], 0x12345678
mov dword [bx+si], 0x12345678
mov dword [bp+di+0x4], 0x12345678
mov dword [bp+si+0x1234], 0x12345678
mov dword [0x12], 0x12345678
mov esp, 0x7f
mov esp, -0x80
mov esp, strict dword 0x7f
xbegin near $+0x1000
xbegin $+0x1234
xbegin near $-0x80
o16 enter 0x1234, 0x12
o16 enter 0x10, 0x12
o16 enter 0x1234, 0xf0
enter 0x1234, 0x12
enter 0x10, 0x12
enter 0x1234, 0xf0
o16 leave
leave
retfw 0x1234
retfw 0x10
retfw strict word 0x10
o16 retfw 0x1234
retf 0x1234
retf 0x10
retf strict word 0x10
retfw
o16 retfw
retf
int3
int 0x12
int 0xf0
into
iretw
o16 iretw
iret
rol dh, 1
rol bh, 1
rol byte [eax], 1
rol byte [fs:0x20], 1
rol byte [gs:ebx+ecx*8+0x100], 1
rol byte [ss:ebp+0x10], 1
rol byte [cs:eax], 1
ror bl, 1
ror al, 1
ror byte [eax], 1
ror byte [0x12], 1
ror byte [ebx+0x7f], 1
ror byte [ecx-0x80], 1
ror byte [edx+0x12345678], 1
rcl cl, 1
rcl dh, 1
rcl byte [eax], 1
rcl byte [ebp-0x4], 1
rcl byte [eax+ebx], 1
rcl byte [eax+ecx*2], 1
rcl byte [ebx+esi*4+0x10], 1
rcr bh, 1
rcr bl, 1
rcr byte [eax], 1
rcr byte [esp+ebp*1-0x81], 1
rcr byte [es:edi], 1
rcr byte [fs:0x20], 1
rcr byte [gs:ebx+ecx*8+0x100], 1
shl al, 1
shl cl, 1
shl byte [eax], 1
shl byte [ebx+0x7f], 1
shl byte [ecx-0x80], 1
shl byte [edx+0x12345678], 1
shl byte [esp], 1
shl byte [esp+0x8], 1
shl byte [ebp], 1
shl byte [ebp-0x4], 1
shl byte [eax+ebx], 1
shl byte [eax+ecx*2], 1
shl byte [ebx+esi*4+0x10], 1
shl byte [edi*8+0x1000], 1
shl byte [0x12345678], 1
shl byte [esi+0x80], 1
shl byte [esp+ebp*1-0x81], 1
shl byte [es:edi], 1
shl byte [fs:0x20], 1
shl byte [gs:ebx+ecx*8+0x100], 1
shl byte [ss:ebp+0x10], 1
shl byte [cs:eax], 1
shl byte [bx+si], 1
shl byte [bp+di+0x4], 1
shl byte [bp+si+0x1234], 1
shl byte [0x12], 1
shr dh, 1
shr bh, 1
shr byte [eax], 1
shr byte [esp+0x8], 1
shr byte [ebp], 1
shr byte [ebp-0x4], 1
shr byte [eax+ebx], 1
sal bl, 1
sal al, 1
sal byte [eax], 1
sal byte [0x12345678], 1
sal byte [esi+0x80], 1
sal byte [esp+ebp*1-0x81], 1
sal byte [es:edi], 1
sar cl, 1
sar dh, 1
sar byte [eax], 1
sar byte [cs:eax], 1
sar byte [bx+si], 1
sar byte [bp+di+0x4], 1
sar byte [bp+si+0x1234], 1
rol si, 1
rol di, 1
rol word [eax], 1
rol word [edx+0x12345678], 1
rol word [esp], 1
rol word [esp+0x8], 1
rol word [ebp], 1
o16 rol si, 1
rol ebp, 1
rol esi, 1
rol dword [eax], 1
rol dword [ebx+esi*4+0x10], 1
rol dword [edi*8+0x1000], 1
rol dword [0x12345678], 1
rol dword [esi+0x80], 1
ror bx, 1
ror sp, 1
ror word [eax], 1
ror word [ebx+0x7f], 1
ror word [ecx-0x80], 1
ror word [edx+0x12345678], 1
ror word [esp], 1
o16 ror bx, 1
ror edx, 1
ror ebx, 1
ror dword [eax], 1
ror dword [eax+ebx], 1
ror dword [eax+ecx*2], 1
ror dword [ebx+esi*4+0x10], 1
ror dword [edi*8+0x1000], 1
rcl ax, 1
rcl cx, 1
rcl word [eax], 1
rcl word [bp+si+0x1234], 1
rcl word [0x12], 1
rcl word [ebx+0x7f], 1
rcl word [ecx-0x80], 1
o16 rcl ax, 1
rcl edi, 1
rcl eax, 1
rcl dword [eax], 1
rcl dword [ebp], 1
rcl dword [ebp-0x4], 1
rcl dword [eax+ebx], 1
rcl dword [eax+ecx*2], 1
rcr bp, 1
rcr si, 1
rcr word [eax], 1
rcr word [bx+si], 1
rcr word [bp+di+0x4], 1
rcr word [bp+si+0x1234], 1
rcr word [0x12], 1
o16 rcr bp, 1
rcr esp, 1
rcr ebp, 1
rcr dword [eax], 1
rcr dword [esp], 1
rcr dword [esp+0x8], 1
rcr dword [ebp], 1
rcr dword [ebp-0x4], 1
shl dx, 1
shl bx, 1
shl word [eax], 1
shl word [ebx+0x7f], 1
shl word [ecx-0x80], 1
shl word [edx+0x12345678], 1
shl word [esp], 1
shl word [esp+0x8], 1
shl word [ebp], 1
shl word [ebp-0x4], 1
shl word [eax+ebx], 1
shl word [eax+ecx*2], 1
shl word [ebx+esi*4+0x10], 1
shl word [edi*8+0x1000], 1
shl word [0x12345678], 1
shl word [esi+0x80], 1
shl word [esp+ebp*1-0x81], 1
shl word [es:edi], 1
shl word [fs:0x20], 1
shl word [gs:ebx+ecx*8+0x100], 1
shl word [ss:ebp+0x10], 1
shl word [cs:eax], 1
shl word [bx+si], 1
shl word [bp+di+0x4], 1
shl word [bp+si+0x1234], 1
shl word [0x12], 1
o16 shl dx, 1
shl ecx, 1
shl edx, 1
shl dword [eax], 1
shl dword [ebx+0x7f], 1
shl dword [ecx-0x80], 1
shl dword [edx+0x12345678], 1
shl dword [esp], 1
shl dword [esp+0x8], 1
shl dword [ebp], 1
shl dword [ebp-0x4], 1
shl dword [eax+ebx], 1
shl dword [eax+ecx*2], 1
shl dword [ebx+esi*4+0x10], 1
shl dword [edi*8+0x1000], 1
shl dword [0x12345678], 1
shl dword [esi+0x80], 1
shl dword [esp+ebp*1-0x81], 1
shl dword [es:edi], 1
shl dword [fs:0x20], 1
shl dword [gs:ebx+ecx*8+0x100], 1
shl dword [ss:ebp+0x10], 1
shl dword [cs:eax], 1
shl dword [bx+si], 1
shl dword [bp+di+0x4], 1
shl dword [bp+si+0x1234], 1
shl dword [0x12], 1
shr di, 1
shr ax, 1
shr word [eax], 1
shr word [fs:0x20], 1
shr word [gs:ebx+ecx*8+0x100], 1
shr word [ss:ebp+0x10], 1
shr word [cs:eax], 1
o16 shr di, 1
shr esi, 1
shr edi, 1
shr dword [eax], 1
shr dword [0x12], 1
shr dword [ebx+0x7f], 1
shr dword [ecx-0x80], 1
shr dword [edx+0x12345678], 1
sal sp, 1
sal bp, 1
sal word [eax], 1
sal word [esp+ebp*1-0x81], 1
sal word [es:edi], 1
sal word [fs:0x20], 1
sal word [gs:ebx+ecx*8+0x100], 1
o16 sal sp, 1
sal ebx, 1
sal esp, 1
sal dword [eax], 1
sal dword [bp+di+0x4], 1
sal dword [bp+si+0x1234], 1
sal dword [0x12], 1
sal dword [ebx+0x7f], 1
sar cx, 1
sar dx, 1
sar word [eax], 1
sar word [0x12345678], 1
sar word [esi+0x80], 1
sar word [esp+ebp*1-0x81], 1
sar word [es:edi], 1
o16 sar cx, 1
sar eax, 1
sar ecx, 1
sar dword [eax], 1
sar dword [cs:eax], 1
sar dword [bx+si], 1
sar dword [bp+di+0x4], 1
sar dword [bp+si+0x1234], 1
rol cl, cl
rol dh, cl
rol byte [eax], cl
rol byte [ebx+esi*4+0x10], cl
rol byte [edi*8+0x1000], cl
rol byte [0x12345678], cl
rol byte [esi+0x80], cl
ror bh, cl
ror bl, cl
ror byte [eax], cl
ror byte [gs:ebx+ecx*8+0x100], cl
ror byte [ss:ebp+0x10], cl
ror byte [cs:eax], cl
ror byte [bx+si], cl
rcl al, cl
rcl cl, cl
rcl byte [eax], cl
rcl byte [ebx+0x7f], cl
rcl byte [ecx-0x80], cl
rcl byte [edx+0x12345678], cl
rcl byte [esp], cl
rcr dh, cl
rcr bh, cl
rcr byte [eax], cl
rcr byte [eax+ebx], cl
rcr byte [eax+ecx*2], cl
rcr byte [ebx+esi*4+0x10], cl
rcr byte [edi*8+0x1000], cl
shl bl, cl
shl al, cl
shl byte [eax], cl
shl byte [ebx+0x7f], cl
shl byte [ecx-0x80], cl
shl byte [edx+0x12345678], cl
shl byte [esp], cl
shl byte [esp+0x8], cl
shl byte [ebp], cl
shl byte [ebp-0x4], cl
shl byte [eax+ebx], cl
shl byte [eax+ecx*2], cl
shl byte [ebx+esi*4+0x10], cl
shl byte [edi*8+0x1000], cl
shl byte [0x12345678], cl
shl byte [esi+0x80], cl
shl byte [esp+ebp*1-0x81], cl
shl byte [es:edi], cl
shl byte [fs:0x20], cl
shl byte [gs:ebx+ecx*8+0x100], cl
shl byte [ss:ebp+0x10], cl
shl byte [cs:eax], cl
shl byte [bx+si], cl
shl byte [bp+di+0x4], cl
shl byte [bp+si+0x1234], cl
shl byte [0x12], cl
shr cl, cl
shr dh, cl
shr byte [eax], cl
shr byte [bp+si+0x1234], cl
shr byte [0x12], cl
shr byte [ebx+0x7f], cl
shr byte [ecx-0x80], cl
sal bh, cl
sal bl, cl
sal byte [eax], cl
sal byte [ebp], cl
sal byte [ebp-0x4], cl
sal byte [eax+ebx], cl
sal byte [eax+ecx*2], cl
sar al, cl
sar cl, cl
sar byte [eax], cl
sar byte [esi+0x80], cl
sar byte [esp+ebp*1-0x81], cl
sar byte [es:edi], cl
sar byte [fs:0x20], cl
rol si, cl
rol di, cl
rol word [eax], cl
rol word [bx+si], cl
rol word [bp+di+0x4], cl
rol word [bp+si+0x1234], cl
rol word [0x12], cl
o16 rol si, cl
rol ebp, cl
rol esi, cl
rol dword [eax], cl
rol dword [esp], cl
rol dword [esp+0x8], cl
rol dword [ebp], cl
rol dword [ebp-0x4], cl
ror bx, cl
ror sp, cl
ror word [eax], cl
ror word [ss:ebp+0x10], cl
ror word [cs:eax], cl
ror word [bx+si], cl
ror word [bp+di+0x4], cl
o16 ror bx, cl
ror edx, cl
ror ebx, cl
ror dword [eax], cl
ror dword [ecx-0x80], cl
ror dword [edx+0x12345678], cl
ror dword [esp], cl
ror dword [esp+0x8], cl
rcl ax, cl
rcl cx, cl
rcl word [eax], cl
rcl word [fs:0x20], cl
rcl word [gs:ebx+ecx*8+0x100], cl
rcl word [ss:ebp+0x10], cl
rcl word [cs:eax], cl
o16 rcl ax, cl
rcl edi, cl
rcl eax, cl
rcl dword [eax], cl
rcl dword [0x12], cl
rcl dword [ebx+0x7f], cl
rcl dword [ecx-0x80], cl
rcl dword [edx+0x12345678], cl
rcr bp, cl
rcr si, cl
rcr word [eax], cl
rcr word [esp+ebp*1-0x81], cl
rcr word [es:edi], cl
rcr word [fs:0x20], cl
rcr word [gs:ebx+ecx*8+0x100], cl
o16 rcr bp, cl
rcr esp, cl
rcr ebp, cl
rcr dword [eax], cl
rcr dword [bp+di+0x4], cl
rcr dword [bp+si+0x1234], cl
rcr dword [0x12], cl
rcr dword [ebx+0x7f], cl
shl dx, cl
shl bx, cl
shl word [eax], cl
shl word [ebx+0x7f], cl
shl word [ecx-0x80], cl
shl word [edx+0x12345678], cl
shl word [esp], cl
shl word [esp+0x8], cl
shl word [ebp], cl
shl word [ebp-0x4], cl
shl word [eax+ebx], cl
shl word [eax+ecx*2], cl
shl word [ebx+esi*4+0x10], cl
shl word [edi*8+0x1000], cl
shl word [0x12345678], cl
shl word [esi+0x80], cl
shl word [esp+ebp*1-0x81], cl
shl word [es:edi], cl
shl word [fs:0x20], cl
shl word [gs:ebx+ecx*8+0x100], cl
shl word [ss:ebp+0x10], cl
shl word [cs:eax], cl
shl word [bx+si], cl
shl word [bp+di+0x4], cl
shl word [bp+si+0x1234], cl
shl word [0x12], cl
o16 shl dx, cl
shl ecx, cl
shl edx, cl
shl dword [eax], cl
shl dword [ebx+0x7f], cl
shl dword [ecx-0x80], cl
shl dword [edx+0x12345678], cl
shl dword [esp], cl
shl dword [esp+0x8], cl
shl dword [ebp], cl
shl dword [ebp-0x4], cl
shl dword [eax+ebx], cl
shl dword [eax+ecx*2], cl
shl dword [ebx+esi*4+0x10], cl
shl dword [edi*8+0x1000], cl
shl dword [0x12345678], cl
shl dword [esi+0x80], cl
shl dword [esp+ebp*1-0x81], cl
shl dword [es:edi], cl
shl dword [fs:0x20], cl
shl dword [gs:ebx+ecx*8+0x100], cl
shl dword [ss:ebp+0x10], cl
shl dword [cs:eax], cl
shl dword [bx+si], cl
shl dword [bp+di+0x4], cl
shl dword [bp+si+0x1234], cl
shl dword [0x12], cl
shr di, cl
shr ax, cl
shr word [eax], cl
shr word [ebx+esi*4+0x10], cl
shr word [edi*8+0x1000], cl
shr word [0x12345678], cl
shr word [esi+0x80], cl
o16 shr di, cl
shr esi, cl
shr edi, cl
shr dword [eax], cl
shr dword [gs:ebx+ecx*8+0x100], cl
shr dword [ss:ebp+0x10], cl
shr dword [cs:eax], cl
shr dword [bx+si], cl
sal sp, cl
sal bp, cl
sal word [eax], cl
sal word [eax+ebx], cl
sal word [eax+ecx*2], cl
sal word [ebx+esi*4+0x10], cl
sal word [edi*8+0x1000], cl
o16 sal sp, cl
sal ebx, cl
sal esp, cl
sal dword [eax], cl
sal dword [es:edi], cl
sal dword [fs:0x20], cl
sal dword [gs:ebx+ecx*8+0x100], cl
sal dword [ss:ebp+0x10], cl
sar cx, cl
sar dx, cl
sar word [eax], cl
sar word [ebp], cl
sar word [ebp-0x4], cl
sar word [eax+ebx], cl
sar word [eax+ecx*2], cl
o16 sar cx, cl
sar eax, cl
sar ecx, cl
sar dword [eax], cl
sar dword [esi+0x80], cl
sar dword [esp+ebp*1-0x81], cl
sar dword [es:edi], cl
sar dword [fs:0x20], cl
aam 0x12
aam 0xf0
aad 0x12
aad 0xf0
salc
xlatb
a16 xlatb
fs xlatb
es xlatb
rep a16 xlatb
fadd dword [eax]
fadd dword [eax+ecx*2]
fadd dword [ebx+esi*4+0x10]
fadd dword [edi*8+0x1000]
fadd dword [0x12345678]
fmul dword [eax]
fmul dword [fs:0x20]
fmul dword [gs:ebx+ecx*8+0x100]
fmul dword [ss:ebp+0x10]
fmul dword [cs:eax]
fcom dword [eax]
fcom dword [0x12]
fcom dword [ebx+0x7f]
fcom dword [ecx-0x80]
fcom dword [edx+0x12345678]
fcomp dword [eax]
fcomp dword [ebp-0x4]
fcomp dword [eax+ebx]
fcomp dword [eax+ecx*2]
fcomp dword [ebx+esi*4+0x10]
fsub dword [eax]
fsub dword [esp+ebp*1-0x81]
fsub dword [es:edi]
fsub dword [fs:0x20]
fsub dword [gs:ebx+ecx*8+0x100]
fsubr dword [eax]
fsubr dword [bp+di+0x4]
fsubr dword [bp+si+0x1234]
fsubr dword [0x12]
fsubr dword [ebx+0x7f]
fdiv dword [eax]
fdiv dword [esp+0x8]
fdiv dword [ebp]
fdiv dword [ebp-0x4]
fdiv dword [eax+ebx]
fdivr dword [eax]
fdivr dword [0x12345678]
fdivr dword [esi+0x80]
fdivr dword [esp+ebp*1-0x81]
fdivr dword [es:edi]
fadd st0, st1
fadd st0, st0
fadd st0, st7
fadd st0, st3
fmul st0, st1
fmul st0, st0
fmul st0, st7
fmul st0, st3
fcom st0, st1
fcom st0, st0
fcom st0, st7
fcom st0, st3
fcomp st0, st1
fcomp st0, st0
fcomp st0, st7
fcomp st0, st3
fsub st0, st1
fsub st0, st0
fsub st0, st7
fsub st0, st3
fsubr st0, st1
fsubr st0, st0
fsubr st0, st7
fsubr st0, st3
fdiv st0, st1
fdiv st0, st0
fdiv st0, st7
fdiv st0, st3
fdivr st0, st1
fdivr st0, st0
fdivr st0, st7
fdivr st0, st3
fld dword [eax]
fld dword [ebx+0x7f]
fld dword [ecx-0x80]
fld dword [edx+0x12345678]
fld dword [esp]
fld dword [esp+0x8]
fld dword [ebp]
fld dword [ebp-0x4]
fld dword [eax+ebx]
fld dword [eax+ecx*2]
fld dword [ebx+esi*4+0x10]
fld dword [edi*8+0x1000]
fld dword [0x12345678]
fld dword [esi+0x80]
fld dword [esp+ebp*1-0x81]
fld dword [es:edi]
fld dword [fs:0x20]
fld dword [gs:ebx+ecx*8+0x100]
fld dword [ss:ebp+0x10]
fld dword [cs:eax]
fld dword [bx+si]
fld dword [bp+di+0x4]
fld dword [bp+si+0x1234]
fld dword [0x12]
fst dword [eax]
fst dword [esi+0x80]
fst dword [esp+ebp*1-0x81]
fst dword [es:edi]
fst dword [fs:0x20]
fstp dword [eax]
fstp dword [bx+si]
fstp dword [bp+di+0x4]
fstp dword [bp+si+0x1234]
fstp dword [0x12]
o16 fldenv [eax]
o16 fldenv [esp]
o16 fldenv [esp+0x8]
o16 fldenv [ebp]
o16 fldenv [ebp-0x4]
fldenv [eax]
fldenv [edi*8+0x1000]
fldenv [0x12345678]
fldenv [esi+0x80]
fldenv [esp+ebp*1-0x81]
fldcw word [eax]
fldcw word [ss:ebp+0x10]
fldcw word [cs:eax]
fldcw word [bx+si]
fldcw word [bp+di+0x4]
fldcw [eax]
o16 fnstenv [eax]
o16 fnstenv [ecx-0x80]
o16 fnstenv [edx+0x12345678]
o16 fnstenv [esp]
o16 fnstenv [esp+0x8]
o16 fstenv [eax]
o16 fstenv [eax+ecx*2]
o16 fstenv [ebx+esi*4+0x10]
o16 fstenv [edi*8+0x1000]
o16 fstenv [0x12345678]
fnstenv [eax]
fnstenv [fs:0x20]
fnstenv [gs:ebx+ecx*8+0x100]
fnstenv [ss:ebp+0x10]
fnstenv [cs:eax]
fstenv [eax]
fstenv [0x12]
fstenv [ebx+0x7f]
fstenv [ecx-0x80]
fstenv [edx+0x12345678]
fnstcw word [eax]
fnstcw word [ebp-0x4]
fnstcw word [eax+ebx]
fnstcw word [eax+ecx*2]
fnstcw word [ebx+esi*4+0x10]
fnstcw [eax]
fstcw word [eax]
fstcw word [esp+ebp*1-0x81]
fstcw word [es:edi]
fstcw word [fs:0x20]
fstcw word [gs:ebx+ecx*8+0x100]
fstcw [eax]
fld st1
fld st0
fld st7
fld st3
fxch st0, st1
fxch st0, st0
fxch st0, st7
fxch st0, st3
fnop
fchs
fabs
ftst
fxam
fld1
fldl2t
fldl2e
fldpi
fldlg2
fldln2
fldz
f2xm1
fyl2x
fptan
fpatan
fxtract
fprem1
fdecstp
fincstp
fprem
fyl2xp1
fsqrt
fsincos
frndint
fscale
fsin
fcos
fiadd dword [eax]
fiadd dword [eax+ebx]
fiadd dword [eax+ecx*2]
fiadd dword [ebx+esi*4+0x10]
fiadd dword [edi*8+0x1000]
fimul dword [eax]
fimul dword [es:edi]
fimul dword [fs:0x20]
fimul dword [gs:ebx+ecx*8+0x100]
fimul dword [ss:ebp+0x10]
ficom dword [eax]
ficom dword [bp+si+0x1234]
ficom dword [0x12]
ficom dword [ebx+0x7f]
ficom dword [ecx-0x80]
ficomp dword [eax]
ficomp dword [ebp]
ficomp dword [ebp-0x4]
ficomp dword [eax+ebx]
ficomp dword [eax+ecx*2]
fisub dword [eax]
fisub dword [esi+0x80]
fisub dword [esp+ebp*1-0x81]
fisub dword [es:edi]
fisub dword [fs:0x20]
fisubr dword [eax]
fisubr dword [bx+si]
fisubr dword [bp+di+0x4]
fisubr dword [bp+si+0x1234]
fisubr dword [0x12]
fidiv dword [eax]
fidiv dword [esp]
fidiv dword [esp+0x8]
fidiv dword [ebp]
fidiv dword [ebp-0x4]
fidivr dword [eax]
fidivr dword [edi*8+0x1000]
fidivr dword [0x12345678]
fidivr dword [esi+0x80]
fidivr dword [esp+ebp*1-0x81]
fcmovb st0, st1
fcmovb st0, st0
fcmovb st0, st7
fcmovb st0, st3
fcmove st0, st1
fcmove st0, st0
fcmove st0, st7
fcmove st0, st3
fcmovbe st0, st1
fcmovbe st0, st0
fcmovbe st0, st7
fcmovbe st0, st3
fcmovu st0, st1
fcmovu st0, st0
fcmovu st0, st7
fcmovu st0, st3
fucompp
fild dword [eax]
fild dword [ebp-0x4]
fild dword [eax+ebx]
fild dword [eax+ecx*2]
fild dword [ebx+esi*4+0x10]
fisttp dword [eax]
fisttp dword [esp+ebp*1-0x81]
fisttp dword [es:edi]
fisttp dword [fs:0x20]
fisttp dword [gs:ebx+ecx*8+0x100]
fist dword [eax]
fist dword [bp+di+0x4]
fist dword [bp+si+0x1234]
fist dword [0x12]
fist dword [ebx+0x7f]
fistp dword [eax]
fistp dword [esp+0x8]
fistp dword [ebp]
fistp dword [ebp-0x4]
fistp dword [eax+ebx]
fld tword [eax]
fld tword [ebx+0x7f]
fld tword [ecx-0x80]
fld tword [edx+0x12345678]
fld tword [esp]
fld tword [esp+0x8]
fld tword [ebp]
fld tword [ebp-0x4]
fld tword [eax+ebx]
fld tword [eax+ecx*2]
fld tword [ebx+esi*4+0x10]
fld tword [edi*8+0x1000]
fld tword [0x12345678]
fld tword [esi+0x80]
fld tword [esp+ebp*1-0x81]
fld tword [es:edi]
fld tword [fs:0x20]
fld tword [gs:ebx+ecx*8+0x100]
fld tword [ss:ebp+0x10]
fld tword [cs:eax]
fld tword [bx+si]
fld tword [bp+di+0x4]
fld tword [bp+si+0x1234]
fld tword [0x12]
fstp tword [eax]
fstp tword [cs:eax]
fstp tword [bx+si]
fstp tword [bp+di+0x4]
fstp tword [bp+si+0x1234]
fcmovnb st0, st1
fcmovnb st0, st0
fcmovnb st0, st7
fcmovnb st0, st3
fcmovne st0, st1
fcmovne st0, st0
fcmovne st0, st7
fcmovne st0, st3
fcmovnbe st0, st1
fcmovnbe st0, st0
fcmovnbe st0, st7
fcmovnbe st0, st3
fcmovnu st0, st1
fcmovnu st0, st0
fcmovnu st0, st7
fcmovnu st0, st3
fneni
feni
fndisi
fdisi
fnclex
fclex
fninit
finit
fsetpm
fucomi st0, st1
fucomi st0, st0
fucomi st0, st7
fucomi st0, st3
fcomi st0, st1
fcomi st0, st0
fcomi st0, st7
fcomi st0, st3
fadd qword [eax]
fadd qword [ebp-0x4]
fadd qword [eax+ebx]
fadd qword [eax+ecx*2]
fadd qword [ebx+esi*4+0x10]
fmul qword [eax]
fmul qword [esp+ebp*1-0x81]
fmul qword [es:edi]
fmul qword [fs:0x20]
fmul qword [gs:ebx+ecx*8+0x100]
fcom qword [eax]
fcom qword [bp+di+0x4]
fcom qword [bp+si+0x1234]
fcom qword [0x12]
fcom qword [ebx+0x7f]
fcomp qword [eax]
fcomp qword [esp+0x8]
fcomp qword [ebp]
fcomp qword [ebp-0x4]
fcomp qword [eax+ebx]
fsub qword [eax]
fsub qword [0x12345678]
fsub qword [esi+0x80]
fsub qword [esp+ebp*1-0x81]
fsub qword [es:edi]
fsubr qword [eax]
fsubr qword [cs:eax]
fsubr qword [bx+si]
fsubr qword [bp+di+0x4]
fsubr qword [bp+si+0x1234]
fdiv qword [eax]
fdiv qword [edx+0x12345678]
fdiv qword [esp]
fdiv qword [esp+0x8]
fdiv qword [ebp]
fdivr qword [eax]
fdivr qword [ebx+esi*4+0x10]
fdivr qword [edi*8+0x1000]
fdivr qword [0x12345678]
fdivr qword [esi+0x80]
fadd st1, st0
fadd st7, st0
fadd st3, st0
fmul st1, st0
fmul st7, st0
fmul st3, st0
fsubr st1, st0
fsubr st7, st0
fsubr st3, st0
fsub st1, st0
fsub st7, st0
fsub st3, st0
fdivr st1, st0
fdivr st7, st0
fdivr st3, st0
fdiv st1, st0
fdiv st7, st0
fdiv st3, st0
fld qword [eax]
fld qword [ebx+0x7f]
fld qword [ecx-0x80]
fld qword [edx+0x12345678]
fld qword [esp]
fld qword [esp+0x8]
fld qword [ebp]
fld qword [ebp-0x4]
fld qword [eax+ebx]
fld qword [eax+ecx*2]
fld qword [ebx+esi*4+0x10]
fld qword [edi*8+0x1000]
fld qword [0x12345678]
fld qword [esi+0x80]
fld qword [esp+ebp*1-0x81]
fld qword [es:edi]
fld qword [fs:0x20]
fld qword [gs:ebx+ecx*8+0x100]
fld qword [ss:ebp+0x10]
fld qword [cs:eax]
fld qword [bx+si]
fld qword [bp+di+0x4]
fld qword [bp+si+0x1234]
fld qword [0x12]
fisttp qword [eax]
fisttp qword [edi*8+0x1000]
fisttp qword [0x12345678]
fisttp qword [esi+0x80]
fisttp qword [esp+ebp*1-0x81]
fst qword [eax]
fst qword [ss:ebp+0x10]
fst qword [cs:eax]
fst qword [bx+si]
fst qword [bp+di+0x4]
fstp qword [eax]
fstp qword [ecx-0x80]
fstp qword [edx+0x12345678]
fstp qword [esp]
fstp qword [esp+0x8]
o16 frstor [eax]
o16 frstor [eax+ecx*2]
o16 frstor [ebx+esi*4+0x10]
o16 frstor [edi*8+0x1000]
o16 frstor [0x12345678]
frstor [eax]
frstor [fs:0x20]
frstor [gs:ebx+ecx*8+0x100]
frstor [ss:ebp+0x10]
frstor [cs:eax]
o16 fnsave [eax]
o16 fnsave [0x12]
o16 fnsave [ebx+0x7f]
o16 fnsave [ecx-0x80]
o16 fnsave [edx+0x12345678]
o16 fsave [eax]
o16 fsave [ebp-0x4]
o16 fsave [eax+ebx]
o16 fsave [eax+ecx*2]
o16 fsave [ebx+esi*4+0x10]
fnsave [eax]
fnsave [esp+ebp*1-0x81]
fnsave [es:edi]
fnsave [fs:0x20]
fnsave [gs:ebx+ecx*8+0x100]
fsave [eax]
fsave [bp+di+0x4]
fsave [bp+si+0x1234]
fsave [0x12]
fsave [ebx+0x7f]
fnstsw word [eax]
fnstsw word [esp+0x8]
fnstsw word [ebp]
fnstsw word [ebp-0x4]
fnstsw word [eax+ebx]
fnstsw [eax]
fstsw word [eax]
fstsw word [0x12345678]
fstsw word [esi+0x80]
fstsw word [esp+ebp*1-0x81]
fstsw word [es:edi]
fstsw [eax]
ffree st1
ffree st0
ffree st7
ffree st3
fst st1
fst st0
fst st7
fst st3
fstp st1
fstp st0
fstp st7
fstp st3
fucom st0, st1
fucom st0, st0
fucom st0, st7
fucom st0, st3
fucomp st0, st1
fucomp st0, st0
fucomp st0, st7
fucomp st0, st3
fiadd word [eax]
fiadd word [es:edi]
fiadd word [fs:0x20]
fiadd word [gs:ebx+ecx*8+0x100]
fiadd word [ss:ebp+0x10]
fimul word [eax]
fimul word [bp+si+0x1234]
fimul word [0x12]
fimul word [ebx+0x7f]
fimul word [ecx-0x80]
ficom word [eax]
ficom word [ebp]
ficom word [ebp-0x4]
ficom word [eax+ebx]
ficom word [eax+ecx*2]
ficomp word [eax]
ficomp word [esi+0x80]
ficomp word [esp+ebp*1-0x81]
ficomp word [es:edi]
ficomp word [fs:0x20]
fisub word [eax]
fisub word [bx+si]
fisub word [bp+di+0x4]
fisub word [bp+si+0x1234]
fisub word [0x12]
fisubr word [eax]
fisubr word [esp]
fisubr word [esp+0x8]
fisubr word [ebp]
fisubr word [ebp-0x4]
fidiv word [eax]
fidiv word [edi*8+0x1000]
fidiv word [0x12345678]
fidiv word [esi+0x80]
fidiv word [esp+ebp*1-0x81]
fidivr word [eax]
fidivr word [ss:ebp+0x10]
fidivr word [cs:eax]
fidivr word [bx+si]
fidivr word [bp+di+0x4]
faddp st1, st0
faddp st0, st0
faddp st7, st0
faddp st3, st0
fmulp st1, st0
fmulp st0, st0
fmulp st7, st0
fmulp st3, st0
fcompp
fsubrp st1, st0
fsubrp st0, st0
fsubrp st7, st0
fsubrp st3, st0
fsubp st1, st0
fsubp st0, st0
fsubp st7, st0
fsubp st3, st0
fdivrp st1, st0
fdivrp st0, st0
fdivrp st7, st0
fdivrp st3, st0
fdivp st1, st0
fdivp st0, st0
fdivp st7, st0
fdivp st3, st0
fild word [eax]
fild word [0x12345678]
fild word [esi+0x80]
fild word [esp+ebp*1-0x81]
fild word [es:edi]
fisttp word [eax]
fisttp word [cs:eax]
fisttp word [bx+si]
fisttp word [bp+di+0x4]
fisttp word [bp+si+0x1234]
fist word [eax]
fist word [edx+0x12345678]
fist word [esp]
fist word [esp+0x8]
fist word [ebp]
fistp word [eax]
fistp word [ebx+esi*4+0x10]
fistp word [edi*8+0x1000]
fistp word [0x12345678]
fistp word [esi+0x80]
fbld tword [eax]
fbld tword [gs:ebx+ecx*8+0x100]
fbld tword [ss:ebp+0x10]
fbld tword [cs:eax]
fbld tword [bx+si]
fbld [eax]
fild qword [eax]
fild qword [ebx+0x7f]
fild qword [ecx-0x80]
fild qword [edx+0x12345678]
fild qword [esp]
fbstp tword [eax]
fbstp tword [eax+ebx]
fbstp tword [eax+ecx*2]
fbstp tword [ebx+esi*4+0x10]
fbstp tword [edi*8+0x1000]
fbstp [eax]
fistp qword [eax]
fistp qword [es:edi]
fistp qword [fs:0x20]
fistp qword [gs:ebx+ecx*8+0x100]
fistp qword [ss:ebp+0x10]
ffreep st1
ffreep st0
ffreep st7
ffreep st3
fnstsw ax
fstsw ax
fucomip st0, st1
fucomip st0, st0
fucomip st0, st7
fucomip st0, st3
fcomip st0, st1
fcomip st0, st0
fcomip st0, st7
fcomip st0, st3
o16 loopne $+0x7
loopne $+0x7
o16 loope $+0x7
loope $+0x7
o16 loop $+0x7
loop $+0x7
o16 jcxz $+0x7
jcxz $+0x7
o16 jecxz $+0x7
jecxz $+0x7
in al, 0x12
in al, 0xf0
in ax, 0x12
in ax, 0xf0
o16 in ax, 0x12
in eax, 0x12
in eax, 0xf0
out 0x12, al
out 0xf0, al
out 0x12, ax
out 0xf0, ax
out 0x12, eax
out 0xf0, eax
call near $+0x1000
call $+0x1234
call near $-0x80
jmp near $+0x1000
jmp $+0x1234
jmp near $-0x80
jmp 0x1234:0x5678
jmp word 0x8:0x10
jmp 0xf000:0xfff0
jmp 0x8:0x12345678
jmp dword 0x10:0x1000
jmp 0x18:0x10
o16 jmp short $+0x10
o16 jmp short $-0x20
o16 jmp $+0x7
jmp short $+0x10
jmp short $-0x20
jmp $+0x7
in al, dx
in ax, dx
o16 in ax, dx
in eax, dx
out dx, al
out dx, ax
out dx, eax
int1
hlt
cmc
test dh, 0x12
test bh, 0x12
test byte [eax], 0x12
test byte [ebx+0x7f], 0x12
test byte [ecx-0x80], 0x12
test byte [edx+0x12345678], 0x12
test byte [esp], 0x12
test byte [esp+0x8], 0x12
test byte [ebp], 0x12
test byte [ebp-0x4], 0x12
test byte [eax+ebx], 0x12
test byte [eax+ecx*2], 0x12
test byte [ebx+esi*4+0x10], 0x12
test byte [edi*8+0x1000], 0x12
test byte [0x12345678], 0x12
test byte [esi+0x80], 0x12
test byte [esp+ebp*1-0x81], 0x12
test byte [es:edi], 0x12
test byte [fs:0x20], 0x12
test byte [gs:ebx+ecx*8+0x100], 0x12
test byte [ss:ebp+0x10], 0x12
test byte [cs:eax], 0x12
test byte [bx+si], 0x12
test byte [bp+di+0x4], 0x12
test byte [bp+si+0x1234], 0x12
test byte [0x12], 0x12
test dh, 0xf0
test bl, 0x12
test bl, 0xf0
not cl
not dh
not byte [eax]
not byte [ebx+0x7f]
not byte [ecx-0x80]
not byte [edx+0x12345678]
not byte [esp]
not byte [esp+0x8]
not byte [ebp]
not byte [ebp-0x4]
not byte [eax+ebx]
not byte [eax+ecx*2]
not byte [ebx+esi*4+0x10]
not byte [edi*8+0x1000]
not byte [0x12345678]
not byte [esi+0x80]
not byte [esp+ebp*1-0x81]
not byte [es:edi]
not byte [fs:0x20]
not byte [gs:ebx+ecx*8+0x100]
not byte [ss:ebp+0x10]
not byte [cs:eax]
not byte [bx+si]
not byte [bp+di+0x4]
not byte [bp+si+0x1234]
not byte [0x12]
lock not byte [eax]
lock not byte [ebx+0x7f]
neg bh
neg bl
neg byte [eax]
neg byte [eax+ebx]
neg byte [eax+ecx*2]
neg byte [ebx+esi*4+0x10]
neg byte [edi*8+0x1000]
lock neg byte [eax]
lock neg byte [eax+ebx]
mul al
mul cl
mul byte [eax]
mul byte [es:edi]
mul byte [fs:0x20]
mul byte [gs:ebx+ecx*8+0x100]
mul byte [ss:ebp+0x10]
imul dh
imul bh
imul byte [eax]
imul byte [ebx+0x7f]
imul byte [ecx-0x80]
imul byte [edx+0x12345678]
imul byte [esp]
imul byte [esp+0x8]
imul byte [ebp]
imul byte [ebp-0x4]
imul byte [eax+ebx]
imul byte [eax+ecx*2]
imul byte [ebx+esi*4+0x10]
imul byte [edi*8+0x1000]
imul byte [0x12345678]
imul byte [esi+0x80]
imul byte [esp+ebp*1-0x81]
imul byte [es:edi]
imul byte [fs:0x20]
imul byte [gs:ebx+ecx*8+0x100]
imul byte [ss:ebp+0x10]
imul byte [cs:eax]
imul byte [bx+si]
imul byte [bp+di+0x4]
imul byte [bp+si+0x1234]
imul byte [0x12]
div bl
div al
div byte [eax]
div byte [ebp]
div byte [ebp-0x4]
div byte [eax+ebx]
div byte [eax+ecx*2]
idiv cl
idiv dh
idiv byte [eax]
idiv byte [esi+0x80]
idiv byte [esp+ebp*1-0x81]
idiv byte [es:edi]
idiv byte [fs:0x20]
test cx, 0x1234
test dx, 0x1234
test word [eax], 0x1234
test word [ebx+0x7f], 0x1234
test word [ecx-0x80], 0x1234
test word [edx+0x12345678], 0x1234
test word [esp], 0x1234
test word [esp+0x8], 0x1234
test word [ebp], 0x1234
test word [ebp-0x4], 0x1234
test word [eax+ebx], 0x1234
test word [eax+ecx*2], 0x1234
test word [ebx+esi*4+0x10], 0x1234
test word [edi*8+0x1000], 0x1234
test word [0x12345678], 0x1234
test word [esi+0x80], 0x1234
test word [esp+ebp*1-0x81], 0x1234
test word [es:edi], 0x1234
test word [fs:0x20], 0x1234
test word [gs:ebx+ecx*8+0x100], 0x1234
test word [ss:ebp+0x10], 0x1234
test word [cs:eax], 0x1234
test word [bx+si], 0x1234
test word [bp+di+0x4], 0x1234
test word [bp+si+0x1234], 0x1234
test word [0x12], 0x1234
test cx, 0x10
test cx, strict word 0x10
o16 test cx, 0x1234
test ecx, 0x12345678
test dword [eax], 0x12345678
test dword [ebx+0x7f], 0x12345678
test dword [ecx-0x80], 0x12345678
test dword [edx+0x12345678], 0x12345678
test dword [esp], 0x12345678
test dword [esp+0x8], 0x12345678
test dword [ebp], 0x12345678
test dword [ebp-0x4], 0x12345678
test dword [eax+ebx], 0x12345678
test dword [eax+ecx*2], 0x12345678
test dword [ebx+esi*4+0x10], 0x12345678
test dword [edi*8+0x1000], 0x12345678
test dword [0x12345678], 0x12345678
test dword [esi+0x80], 0x12345678
test dword [esp+ebp*1-0x81], 0x12345678
test dword [es:edi], 0x12345678
test dword [fs:0x20], 0x12345678
test dword [gs:ebx+ecx*8+0x100], 0x12345678
test dword [ss:ebp+0x10], 0x12345678
test dword [cs:eax], 0x12345678
test dword [bx+si], 0x12345678
test dword [bp+di+0x4], 0x12345678
test dword [bp+si+0x1234], 0x12345678
test dword [0x12], 0x12345678
test si, 0x1234
test di, 0x1234
test si, 0x10
test si, strict word 0x10
o16 test si, 0x1234
test ebp, 0x12345678
test esi, 0x12345678
test ebp, 0x7f
test ebp, -0x80
test ebp, strict dword 0x7f
not bx
not sp
not word [eax]
not word [ebx+0x7f]
not word [ecx-0x80]
not word [edx+0x12345678]
not word [esp]
not word [esp+0x8]
not word [ebp]
not word [ebp-0x4]
not word [eax+ebx]
not word [eax+ecx*2]
not word [ebx+esi*4+0x10]
not word [edi*8+0x1000]
not word [0x12345678]
not word [esi+0x80]
not word [esp+ebp*1-0x81]
not word [es:edi]
not word [fs:0x20]
not word [gs:ebx+ecx*8+0x100]
not word [ss:ebp+0x10]
not word [cs:eax]
not word [bx+si]
not word [bp+di+0x4]
not word [bp+si+0x1234]
not word [0x12]
o16 not bx
lock not word [eax]
lock not word [ebx+0x7f]
not edx
not ebx
not dword [eax]
not dword [ebx+0x7f]
not dword [ecx-0x80]
not dword [edx+0x12345678]
not dword [esp]
not dword [esp+0x8]
not dword [ebp]
not dword [ebp-0x4]
not dword [eax+ebx]
not dword [eax+ecx*2]
not dword [ebx+esi*4+0x10]
not dword [edi*8+0x1000]
not dword [0x12345678]
not dword [esi+0x80]
not dword [esp+ebp*1-0x81]
not dword [es:edi]
not dword [fs:0x20]
not dword [gs:ebx+ecx*8+0x100]
not dword [ss:ebp+0x10]
not dword [cs:eax]
not dword [bx+si]
not dword [bp+di+0x4]
not dword [bp+si+0x1234]
not dword [0x12]
lock not dword [eax]
lock not dword [ebx+0x7f]
neg ax
neg cx
neg word [eax]
neg word [esp+ebp*1-0x81]
neg word [es:edi]
neg word [fs:0x20]
neg word [gs:ebx+ecx*8+0x100]
o16 neg ax
lock neg word [eax]
lock neg word [esp+ebp*1-0x81]
neg edi
neg eax
neg dword [eax]
neg dword [bp+di+0x4]
neg dword [bp+si+0x1234]
neg dword [0x12]
neg dword [ebx+0x7f]
lock neg dword [eax]
lock neg dword [bp+di+0x4]
mul bp
mul si
mul word [eax]
mul word [0x12345678]
mul word [esi+0x80]
mul word [esp+ebp*1-0x81]
mul word [es:edi]
o16 mul bp
mul esp
mul ebp
mul dword [eax]
mul dword [cs:eax]
mul dword [bx+si]
mul dword [bp+di+0x4]
mul dword [bp+si+0x1234]
imul dx
imul bx
imul word [eax]
imul word [ebx+0x7f]
imul word [ecx-0x80]
imul word [edx+0x12345678]
imul word [esp]
imul word [esp+0x8]
imul word [ebp]
imul word [ebp-0x4]
imul word [eax+ebx]
imul word [eax+ecx*2]
imul word [ebx+esi*4+0x10]
imul word [edi*8+0x1000]
imul word [0x12345678]
imul word [esi+0x80]
imul word [esp+ebp*1-0x81]
imul word [es:edi]
imul word [fs:0x20]
imul word [gs:ebx+ecx*8+0x100]
imul word [ss:ebp+0x10]
imul word [cs:eax]
imul word [bx+si]
imul word [bp+di+0x4]
imul word [bp+si+0x1234]
imul word [0x12]
o16 imul dx
imul ecx
imul edx
imul dword [eax]
imul dword [ebx+0x7f]
imul dword [ecx-0x80]
imul dword [edx+0x12345678]
imul dword [esp]
imul dword [esp+0x8]
imul dword [ebp]
imul dword [ebp-0x4]
imul dword [eax+ebx]
imul dword [eax+ecx*2]
imul dword [ebx+esi*4+0x10]
imul dword [edi*8+0x1000]
imul dword [0x12345678]
imul dword [esi+0x80]
imul dword [esp+ebp*1-0x81]
imul dword [es:edi]
imul dword [fs:0x20]
imul dword [gs:ebx+ecx*8+0x100]
imul dword [ss:ebp+0x10]
imul dword [cs:eax]
imul dword [bx+si]
imul dword [bp+di+0x4]
imul dword [bp+si+0x1234]
imul dword [0x12]
div di
div ax
div word [eax]
div word [eax+ebx]
div word [eax+ecx*2]
div word [ebx+esi*4+0x10]
div word [edi*8+0x1000]
o16 div di
div esi
div edi
div dword [eax]
div dword [es:edi]
div dword [fs:0x20]
div dword [gs:ebx+ecx*8+0x100]
div dword [ss:ebp+0x10]
idiv sp
idiv bp
idiv word [eax]
idiv word [ebp]
idiv word [ebp-0x4]
idiv word [eax+ebx]
idiv word [eax+ecx*2]
o16 idiv sp
idiv ebx
idiv esp
idiv dword [eax]
idiv dword [esi+0x80]
idiv dword [esp+ebp*1-0x81]
idiv dword [es:edi]
idiv dword [fs:0x20]
clc
stc
cli
sti
cld
std
inc bh
inc bl
inc byte [eax]
inc byte [ebx+0x7f]
inc byte [ecx-0x80]
inc byte [edx+0x12345678]
inc byte [esp]
inc byte [esp+0x8]
inc byte [ebp]
inc byte [ebp-0x4]
inc byte [eax+ebx]
inc byte [eax+ecx*2]
inc byte [ebx+esi*4+0x10]
inc byte [edi*8+0x1000]
inc byte [0x12345678]
inc byte [esi+0x80]
inc byte [esp+ebp*1-0x81]
inc byte [es:edi]
inc byte [fs:0x20]
inc byte [gs:ebx+ecx*8+0x100]
inc byte [ss:ebp+0x10]
inc byte [cs:eax]
inc byte [bx+si]
inc byte [bp+di+0x4]
inc byte [bp+si+0x1234]
inc byte [0x12]
lock inc byte [eax]
lock inc byte [ebx+0x7f]
dec al
dec cl
dec byte [eax]
dec byte [ebp-0x4]
dec byte [eax+ebx]
dec byte [eax+ecx*2]
dec byte [ebx+esi*4+0x10]
lock dec byte [eax]
lock dec byte [ebp-0x4]
inc word [eax]
inc word [ebx+0x7f]
inc word [ecx-0x80]
inc word [edx+0x12345678]
inc word [esp]
inc word [esp+0x8]
inc word [ebp]
inc word [ebp-0x4]
inc word [eax+ebx]
inc word [eax+ecx*2]
inc word [ebx+esi*4+0x10]
inc word [edi*8+0x1000]
inc word [0x12345678]
inc word [esi+0x80]
inc word [esp+ebp*1-0x81]
inc word [es:edi]
inc word [fs:0x20]
inc word [gs:ebx+ecx*8+0x100]
inc word [ss:ebp+0x10]
inc word [cs:eax]
inc word [bx+si]
inc word [bp+di+0x4]
inc word [bp+si+0x1234]
inc word [0x12]
o16 inc cx
lock inc word [eax]
lock inc word [ebx+0x7f]
inc dword [eax]
inc dword [ebx+0x7f]
inc dword [ecx-0x80]
inc dword [edx+0x12345678]
inc dword [esp]
inc dword [esp+0x8]
inc dword [ebp]
inc dword [ebp-0x4]
inc dword [eax+ebx]
inc dword [eax+ecx*2]
inc dword [ebx+esi*4+0x10]
inc dword [edi*8+0x1000]
inc dword [0x12345678]
inc dword [esi+0x80]
inc dword [esp+ebp*1-0x81]
inc dword [es:edi]
inc dword [fs:0x20]
inc dword [gs:ebx+ecx*8+0x100]
inc dword [ss:ebp+0x10]
inc dword [cs:eax]
inc dword [bx+si]
inc dword [bp+di+0x4]
inc dword [bp+si+0x1234]
inc dword [0x12]
lock inc dword [eax]
lock inc dword [ebx+0x7f]
dec word [eax]
dec word [0x12345678]
dec word [esi+0x80]
dec word [esp+ebp*1-0x81]
dec word [es:edi]
o16 dec si
lock dec word [eax]
lock dec word [0x12345678]
dec dword [eax]
dec dword [cs:eax]
dec dword [bx+si]
dec dword [bp+di+0x4]
dec dword [bp+si+0x1234]
lock dec dword [eax]
lock dec dword [cs:eax]
call bx
call sp
call word [eax]
call word [ebx+0x7f]
call word [ecx-0x80]
call word [edx+0x12345678]
call word [esp]
call word [esp+0x8]
call word [ebp]
call word [ebp-0x4]
call word [eax+ebx]
call word [eax+ecx*2]
call word [ebx+esi*4+0x10]
call word [edi*8+0x1000]
call word [0x12345678]
call word [esi+0x80]
call word [esp+ebp*1-0x81]
call word [es:edi]
call word [fs:0x20]
call word [gs:ebx+ecx*8+0x100]
call word [ss:ebp+0x10]
call word [cs:eax]
call word [bx+si]
call word [bp+di+0x4]
call word [bp+si+0x1234]
call word [0x12]
call [eax]
o16 call bx
call edx
call ebx
call dword [eax]
call dword [ebx+0x7f]
call dword [ecx-0x80]
call dword [edx+0x12345678]
call dword [esp]
call dword [esp+0x8]
call dword [ebp]
call dword [ebp-0x4]
call dword [eax+ebx]
call dword [eax+ecx*2]
call dword [ebx+esi*4+0x10]
call dword [edi*8+0x1000]
call dword [0x12345678]
call dword [esi+0x80]
call dword [esp+ebp*1-0x81]
call dword [es:edi]
call dword [fs:0x20]
call dword [gs:ebx+ecx*8+0x100]
call dword [ss:ebp+0x10]
call dword [cs:eax]
call dword [bx+si]
call dword [bp+di+0x4]
call dword [bp+si+0x1234]
call dword [0x12]
call far [eax]
call far [ebx+0x7f]
call far [ecx-0x80]
call far [edx+0x12345678]
call far [esp]
call far [esp+0x8]
call far [ebp]
call far [ebp-0x4]
call far [eax+ebx]
call far [eax+ecx*2]
call far [ebx+esi*4+0x10]
call far [edi*8+0x1000]
call far [0x12345678]
call far [esi+0x80]
call far [esp+ebp*1-0x81]
call far [es:edi]
call far [fs:0x20]
call far [gs:ebx+ecx*8+0x100]
call far [ss:ebp+0x10]
call far [cs:eax]
call far [bx+si]
call far [bp+di+0x4]
call far [bp+si+0x1234]
call far [0x12]
call far word [eax]
o16 call far [eax]
call far dword [eax]
jmp bp
jmp si
jmp word [eax]
jmp word [ebx+0x7f]
jmp word [ecx-0x80]
jmp word [edx+0x12345678]
jmp word [esp]
jmp word [esp+0x8]
jmp word [ebp]
jmp word [ebp-0x4]
jmp word [eax+ebx]
jmp word [eax+ecx*2]
jmp word [ebx+esi*4+0x10]
jmp word [edi*8+0x1000]
jmp word [0x12345678]
jmp word [esi+0x80]
jmp word [esp+ebp*1-0x81]
jmp word [es:edi]
jmp word [fs:0x20]
jmp word [gs:ebx+ecx*8+0x100]
jmp word [ss:ebp+0x10]
jmp word [cs:eax]
jmp word [bx+si]
jmp word [bp+di+0x4]
jmp word [bp+si+0x1234]
jmp word [0x12]
jmp [eax]
o16 jmp bp
jmp esp
jmp ebp
jmp dword [eax]
jmp dword [ebx+0x7f]
jmp dword [ecx-0x80]
jmp dword [edx+0x12345678]
jmp dword [esp]
jmp dword [esp+0x8]
jmp dword [ebp]
jmp dword [ebp-0x4]
jmp dword [eax+ebx]
jmp dword [eax+ecx*2]
jmp dword [ebx+esi*4+0x10]
jmp dword [edi*8+0x1000]
jmp dword [0x12345678]
jmp dword [esi+0x80]
jmp dword [esp+ebp*1-0x81]
jmp dword [es:edi]
jmp dword [fs:0x20]
jmp dword [gs:ebx+ecx*8+0x100]
jmp dword [ss:ebp+0x10]
jmp dword [cs:eax]
jmp dword [bx+si]
jmp dword [bp+di+0x4]
jmp dword [bp+si+0x1234]
jmp dword [0x12]
jmp far [eax]
jmp far [ebx+0x7f]
jmp far [ecx-0x80]
jmp far [edx+0x12345678]
jmp far [esp]
jmp far [esp+0x8]
jmp far [ebp]
jmp far [ebp-0x4]
jmp far [eax+ebx]
jmp far [eax+ecx*2]
jmp far [ebx+esi*4+0x10]
jmp far [edi*8+0x1000]
jmp far [0x12345678]
jmp far [esi+0x80]
jmp far [esp+ebp*1-0x81]
jmp far [es:edi]
jmp far [fs:0x20]
jmp far [gs:ebx+ecx*8+0x100]
jmp far [ss:ebp+0x10]
jmp far [cs:eax]
jmp far [bx+si]
jmp far [bp+di+0x4]
jmp far [bp+si+0x1234]
jmp far [0x12]
jmp far word [eax]
o16 jmp far [eax]
jmp far dword [eax]
push word [eax]
push word [ebx+0x7f]
push word [ecx-0x80]
push word [edx+0x12345678]
push word [esp]
push word [esp+0x8]
push word [ebp]
push word [ebp-0x4]
push word [eax+ebx]
push word [eax+ecx*2]
push word [ebx+esi*4+0x10]
push word [edi*8+0x1000]
push word [0x12345678]
push word [esi+0x80]
push word [esp+ebp*1-0x81]
push word [es:edi]
push word [fs:0x20]
push word [gs:ebx+ecx*8+0x100]
push word [ss:ebp+0x10]
push word [cs:eax]
push word [bx+si]
push word [bp+di+0x4]
push word [bp+si+0x1234]
push word [0x12]
o16 push di
push dword [eax]
push dword [ebx+0x7f]
push dword [ecx-0x80]
push dword [edx+0x12345678]
push dword [esp]
push dword [esp+0x8]
push dword [ebp]
push dword [ebp-0x4]
push dword [eax+ebx]
push dword [eax+ecx*2]
push dword [ebx+esi*4+0x10]
push dword [edi*8+0x1000]
push dword [0x12345678]
push dword [esi+0x80]
push dword [esp+ebp*1-0x81]
push dword [es:edi]
push dword [fs:0x20]
push dword [gs:ebx+ecx*8+0x100]
push dword [ss:ebp+0x10]
push dword [cs:eax]
push dword [bx+si]
push dword [bp+di+0x4]
push dword [bp+si+0x1234]
push dword [0x12]
sldt sp
sldt bp
sldt word [eax]
sldt word [0x12]
sldt word [ebx+0x7f]
sldt word [ecx-0x80]
sldt word [edx+0x12345678]
sldt [eax]
o16 sldt sp
sldt ebx
sldt esp
sldt word [ebp-0x4]
sldt word [eax+ebx]
sldt word [eax+ecx*2]
sldt word [ebx+esi*4+0x10]
str cx
str dx
str word [eax]
str word [bp+di+0x4]
str word [bp+si+0x1234]
str word [0x12]
str word [ebx+0x7f]
str [eax]
o16 str cx
str eax
str ecx
str word [esp+0x8]
str word [ebp]
str word [ebp-0x4]
str word [eax+ebx]
lldt si
lldt di
lldt word [eax]
lldt word [cs:eax]
lldt word [bx+si]
lldt word [bp+di+0x4]
lldt word [bp+si+0x1234]
lldt [eax]
o16 lldt si
lldt word [edx+0x12345678]
lldt word [esp]
lldt word [esp+0x8]
lldt word [ebp]
ltr bx
ltr sp
ltr word [eax]
ltr word [gs:ebx+ecx*8+0x100]
ltr word [ss:ebp+0x10]
ltr word [cs:eax]
ltr word [bx+si]
ltr [eax]
o16 ltr bx
ltr word [ebx+0x7f]
ltr word [ecx-0x80]
ltr word [edx+0x12345678]
ltr word [esp]
verr ax
verr cx
verr word [eax]
verr word [es:edi]
verr word [fs:0x20]
verr word [gs:ebx+ecx*8+0x100]
verr word [ss:ebp+0x10]
verr [eax]
o16 verr ax
verr word [bp+si+0x1234]
verr word [0x12]
verr word [ebx+0x7f]
verr word [ecx-0x80]
verw bp
verw si
verw word [eax]
verw word [esi+0x80]
verw word [esp+ebp*1-0x81]
verw word [es:edi]
verw word [fs:0x20]
verw [eax]
o16 verw bp
verw word [bx+si]
verw word [bp+di+0x4]
verw word [bp+si+0x1234]
verw word [0x12]
sgdt [eax]
sgdt [ecx-0x80]
sgdt [edx+0x12345678]
sgdt [esp]
sgdt [esp+0x8]
o16 sgdt [eax]
sgdt [eax+ecx*2]
sgdt [ebx+esi*4+0x10]
sgdt [edi*8+0x1000]
sgdt [0x12345678]
sidt [eax]
sidt [0x12]
sidt [ebx+0x7f]
sidt [ecx-0x80]
sidt [edx+0x12345678]
o16 sidt [eax]
sidt [ebp-0x4]
sidt [eax+ebx]
sidt [eax+ecx*2]
sidt [ebx+esi*4+0x10]
lgdt [eax]
lgdt [ebx+0x7f]
lgdt [ecx-0x80]
lgdt [edx+0x12345678]
lgdt [esp]
lgdt [esp+0x8]
lgdt [ebp]
lgdt [ebp-0x4]
lgdt [eax+ebx]
lgdt [eax+ecx*2]
lgdt [ebx+esi*4+0x10]
lgdt [edi*8+0x1000]
lgdt [0x12345678]
lgdt [esi+0x80]
lgdt [esp+ebp*1-0x81]
lgdt [es:edi]
lgdt [fs:0x20]
lgdt [gs:ebx+ecx*8+0x100]
lgdt [ss:ebp+0x10]
lgdt [cs:eax]
lgdt [bx+si]
lgdt [bp+di+0x4]
lgdt [bp+si+0x1234]
lgdt [0x12]
o16 lgdt [eax]
lidt [eax]
lidt [cs:eax]
lidt [bx+si]
lidt [bp+di+0x4]
lidt [bp+si+0x1234]
o16 lidt [eax]
lidt [edx+0x12345678]
lidt [esp]
lidt [esp+0x8]
lidt [ebp]
smsw sp
smsw bp
smsw word [eax]
smsw word [gs:ebx+ecx*8+0x100]
smsw word [ss:ebp+0x10]
smsw word [cs:eax]
smsw word [bx+si]
smsw [eax]
o16 smsw sp
smsw ebx
smsw esp
smsw word [ebx+0x7f]
smsw word [ecx-0x80]
smsw word [edx+0x12345678]
smsw word [esp]
rstorssp qword [eax]
rstorssp qword [es:edi]
rstorssp qword [fs:0x20]
rstorssp qword [gs:ebx+ecx*8+0x100]
rstorssp qword [ss:ebp+0x10]
rstorssp [eax]
lmsw ax
lmsw cx
lmsw word [eax]
lmsw word [bp+si+0x1234]
lmsw word [0x12]
lmsw word [ebx+0x7f]
lmsw word [ecx-0x80]
lmsw [eax]
o16 lmsw ax
lmsw word [ebp]
lmsw word [ebp-0x4]
lmsw word [eax+ebx]
lmsw word [eax+ecx*2]
invlpg [eax]
invlpg [ebx+0x7f]
invlpg [ecx-0x80]
invlpg [edx+0x12345678]
invlpg [esp]
invlpg [esp+0x8]
invlpg [ebp]
invlpg [ebp-0x4]
invlpg [eax+ebx]
invlpg [eax+ecx*2]
invlpg [ebx+esi*4+0x10]
invlpg [edi*8+0x1000]
invlpg [0x12345678]
invlpg [esi+0x80]
invlpg [esp+ebp*1-0x81]
invlpg [es:edi]
invlpg [fs:0x20]
invlpg [gs:ebx+ecx*8+0x100]
invlpg [ss:ebp+0x10]
invlpg [cs:eax]
invlpg [bx+si]
invlpg [bp+di+0x4]
invlpg [bp+si+0x1234]
invlpg [0x12]
enclv
vmcall
vmlaunch
vmresume
vmxoff
pconfig
a16 monitor
monitor
mwait
clac
stac
encls
xgetbv
xsetbv
vmfunc
xend
xtest
enclu
a16 vmrun
vmrun
vmmcall
a16 vmload
vmload
a16 vmsave
vmsave
stgi
clgi
invlpga
a16 invlpga
setssbsy
saveprevssp
rdtscp
a16 monitorx
monitorx
mwaitx
a16 clzero
clzero
lar dx, bx
lar bx, bx
lar sp, bx
lar dx, sp
lar dx, word [eax]
lar dx, word [eax+ecx*2]
lar dx, word [ebx+esi*4+0x10]
lar dx, word [edi*8+0x1000]
lar dx, word [0x12345678]
lar dx, [eax]
o16 lar dx, bx
lar ecx, edx
lar edx, edx
lar ebx, edx
lar ecx, ebx
lar ecx, word [eax]
lar ecx, word [fs:0x20]
lar ecx, word [gs:ebx+ecx*8+0x100]
lar ecx, word [ss:ebp+0x10]
lar ecx, word [cs:eax]
lar ecx, [eax]
lsl di, ax
lsl ax, ax
lsl cx, ax
lsl di, cx
lsl di, word [eax]
lsl di, word [ebp-0x4]
lsl di, word [eax+ebx]
lsl di, word [eax+ecx*2]
lsl di, word [ebx+esi*4+0x10]
lsl di, [eax]
o16 lsl di, ax
lsl esi, edi
lsl edi, edi
lsl eax, edi
lsl esi, eax
lsl esi, word [eax]
lsl esi, word [esp+ebp*1-0x81]
lsl esi, word [es:edi]
lsl esi, word [fs:0x20]
lsl esi, word [gs:ebx+ecx*8+0x100]
lsl esi, [eax]
syscall
clts
sysret
invd
wbinvd
wbnoinvd
ud2
prefetch [eax]
prefetchw [eax]
prefetchwt1 byte [eax]
prefetchwt1 byte [eax+ecx*2]
prefetchwt1 byte [ebx+esi*4+0x10]
prefetchwt1 byte [edi*8+0x1000]
prefetchwt1 byte [0x12345678]
prefetchwt1 [eax]
movups xmm7, xmm0
movups xmm0, xmm0
movups xmm1, xmm0
movups xmm7, xmm1
movups xmm7, oword [eax]
movups xmm7, oword [cs:eax]
movups xmm7, oword [bx+si]
movups xmm7, oword [bp+di+0x4]
movups xmm7, oword [bp+si+0x1234]
movups xmm7, [eax]
vmovups xmm4, xmm7
vmovups xmm7, xmm7
vmovups xmm0, xmm7
vmovups xmm4, xmm0
vmovups xmm4, oword [eax]
vmovups xmm4, oword [edx+0x12345678]
vmovups xmm4, oword [esp]
vmovups xmm4, oword [esp+0x8]
vmovups xmm4, oword [ebp]
vmovups xmm4, [eax]
vmovups ymm1, ymm4
vmovups ymm4, ymm4
vmovups ymm7, ymm4
vmovups ymm1, ymm7
vmovups ymm1, yword [eax]
vmovups ymm1, yword [ebx+esi*4+0x10]
vmovups ymm1, yword [edi*8+0x1000]
vmovups ymm1, yword [0x12345678]
vmovups ymm1, yword [esi+0x80]
vmovups ymm1, [eax]
movupd xmm1, xmm4
movupd xmm4, xmm4
movupd xmm7, xmm4
movupd xmm1, xmm7
movupd xmm1, oword [eax]
movupd xmm1, oword [es:edi]
movupd xmm1, oword [fs:0x20]
movupd xmm1, oword [gs:ebx+ecx*8+0x100]
movupd xmm1, oword [ss:ebp+0x10]
movupd xmm1, [eax]
vmovupd xmm0, xmm1
vmovupd xmm1, xmm1
vmovupd xmm4, xmm1
vmovupd xmm0, xmm4
vmovupd xmm0, oword [eax]
vmovupd xmm0, oword [bp+si+0x1234]
vmovupd xmm0, oword [0x12]
vmovupd xmm0, oword [ebx+0x7f]
vmovupd xmm0, oword [ecx-0x80]
vmovupd xmm0, [eax]
vmovupd ymm7, ymm0
vmovupd ymm0, ymm0
vmovupd ymm1, ymm0
vmovupd ymm7, ymm1
vmovupd ymm7, yword [eax]
vmovupd ymm7, yword [ebp]
vmovupd ymm7, yword [ebp-0x4]
vmovupd ymm7, yword [eax+ebx]
vmovupd ymm7, yword [eax+ecx*2]
vmovupd ymm7, [eax]
movss xmm7, xmm0
movss xmm0, xmm0
movss xmm1, xmm0
movss xmm7, xmm1
movss xmm7, dword [eax]
movss xmm7, dword [edi*8+0x1000]
movss xmm7, dword [0x12345678]
movss xmm7, dword [esi+0x80]
movss xmm7, dword [esp+ebp*1-0x81]
movss xmm7, [eax]
vmovss xmm4, xmm7, xmm0
vmovss xmm7, xmm7, xmm0
vmovss xmm0, xmm7, xmm0
vmovss xmm4, xmm0, xmm0
vmovss xmm4, xmm1, xmm0
vmovss xmm4, xmm7, xmm1
vmovss xmm4, xmm7, xmm4
vmovss xmm1, dword [eax]
vmovss xmm4, dword [eax]
vmovss xmm7, dword [eax]
vmovss xmm1, dword [ecx-0x80]
vmovss xmm1, dword [edx+0x12345678]
vmovss xmm1, dword [esp]
vmovss xmm1, dword [esp+0x8]
vmovss xmm1, [eax]
movsd xmm4, xmm7
movsd xmm7, xmm7
movsd xmm0, xmm7
movsd xmm4, xmm0
movsd xmm4, qword [eax]
movsd xmm4, qword [0x12]
movsd xmm4, qword [ebx+0x7f]
movsd xmm4, qword [ecx-0x80]
movsd xmm4, qword [edx+0x12345678]
movsd xmm4, [eax]
vmovsd xmm1, xmm4, xmm7
vmovsd xmm4, xmm4, xmm7
vmovsd xmm7, xmm4, xmm7
vmovsd xmm1, xmm7, xmm7
vmovsd xmm1, xmm0, xmm7
vmovsd xmm1, xmm4, xmm0
vmovsd xmm1, xmm4, xmm1
vmovsd xmm0, qword [eax]
vmovsd xmm1, qword [eax]
vmovsd xmm4, qword [eax]
vmovsd xmm0, qword [esp+ebp*1-0x81]
vmovsd xmm0, qword [es:edi]
vmovsd xmm0, qword [fs:0x20]
vmovsd xmm0, qword [gs:ebx+ecx*8+0x100]
vmovsd xmm0, [eax]
movups xmm1, xmm4
movups xmm4, xmm4
movups oword [eax], xmm4
movups oword [0x12345678], xmm4
movups oword [esi+0x80], xmm4
movups oword [esp+ebp*1-0x81], xmm4
movups oword [es:edi], xmm4
movups [eax], xmm4
movups xmm1, xmm7
vmovups xmm0, xmm1
vmovups xmm1, xmm1
vmovups oword [eax], xmm1
vmovups oword [cs:eax], xmm1
vmovups oword [bx+si], xmm1
vmovups oword [bp+di+0x4], xmm1
vmovups oword [bp+si+0x1234], xmm1
vmovups [eax], xmm1
vmovups xmm0, xmm4
vmovups ymm7, ymm0
vmovups ymm0, ymm0
vmovups yword [eax], ymm0
vmovups yword [edx+0x12345678], ymm0
vmovups yword [esp], ymm0
vmovups yword [esp+0x8], ymm0
vmovups yword [ebp], ymm0
vmovups [eax], ymm0
vmovups ymm7, ymm1
movupd xmm7, xmm0
movupd xmm0, xmm0
movupd oword [eax], xmm0
movupd oword [eax+ebx], xmm0
movupd oword [eax+ecx*2], xmm0
movupd oword [ebx+esi*4+0x10], xmm0
movupd oword [edi*8+0x1000], xmm0
movupd [eax], xmm0
movupd xmm7, xmm1
vmovupd xmm4, xmm7
vmovupd xmm7, xmm7
vmovupd oword [eax], xmm7
vmovupd oword [es:edi], xmm7
vmovupd oword [fs:0x20], xmm7
vmovupd oword [gs:ebx+ecx*8+0x100], xmm7
vmovupd oword [ss:ebp+0x10], xmm7
vmovupd [eax], xmm7
vmovupd xmm4, xmm0
vmovupd ymm1, ymm4
vmovupd ymm4, ymm4
vmovupd yword [eax], ymm4
vmovupd yword [bp+si+0x1234], ymm4
vmovupd yword [0x12], ymm4
vmovupd yword [ebx+0x7f], ymm4
vmovupd yword [ecx-0x80], ymm4
vmovupd [eax], ymm4
vmovupd ymm1, ymm7
movss xmm1, xmm4
movss xmm4, xmm4
movss dword [eax], xmm4
movss dword [esp], xmm4
movss dword [esp+0x8], xmm4
movss dword [ebp], xmm4
movss dword [ebp-0x4], xmm4
movss [eax], xmm4
movss xmm1, xmm7
vmovss xmm0, xmm1, xmm4
vmovss xmm1, xmm1, xmm4
vmovss xmm4, xmm1, xmm4
vmovss xmm0, xmm4, xmm4
vmovss xmm0, xmm7, xmm4
vmovss xmm0, xmm1, xmm7
vmovss xmm0, xmm1, xmm0
vmovss dword [eax], xmm0
vmovss dword [ss:ebp+0x10], xmm0
vmovss dword [cs:eax], xmm0
vmovss dword [bx+si], xmm0
vmovss dword [bp+di+0x4], xmm0
vmovss [eax], xmm0
vmovss dword [eax], xmm1
vmovss dword [eax], xmm4
movsd xmm0, xmm1
movsd xmm1, xmm1
movsd qword [eax], xmm1
movsd qword [fs:0x20], xmm1
movsd qword [gs:ebx+ecx*8+0x100], xmm1
movsd qword [ss:ebp+0x10], xmm1
movsd qword [cs:eax], xmm1
movsd [eax], xmm1
movsd xmm0, xmm4
vmovsd xmm7, xmm0, xmm1
vmovsd xmm0, xmm0, xmm1
vmovsd xmm1, xmm0, xmm1
vmovsd xmm7, xmm1, xmm1
vmovsd xmm7, xmm4, xmm1
vmovsd xmm7, xmm0, xmm4
vmovsd xmm7, xmm0, xmm7
vmovsd qword [eax], xmm7
vmovsd qword [ebp-0x4], xmm7
vmovsd qword [eax+ebx], xmm7
vmovsd qword [eax+ecx*2], xmm7
vmovsd qword [ebx+esi*4+0x10], xmm7
vmovsd [eax], xmm7
vmovsd qword [eax], xmm0
vmovsd qword [eax], xmm1
movhlps xmm7, xmm0
movhlps xmm0, xmm0
movhlps xmm1, xmm0
movhlps xmm7, xmm1
movhlps xmm7, xmm4
movlps xmm4, qword [eax]
movlps xmm7, qword [eax]
movlps xmm0, qword [eax]
movlps xmm4, qword [0x12345678]
movlps xmm4, qword [esi+0x80]
movlps xmm4, qword [esp+ebp*1-0x81]
movlps xmm4, qword [es:edi]
movlps xmm4, [eax]
vmovhlps xmm1, xmm4, xmm7
vmovhlps xmm4, xmm4, xmm7
vmovhlps xmm7, xmm4, xmm7
vmovhlps xmm1, xmm7, xmm7
vmovhlps xmm1, xmm0, xmm7
vmovhlps xmm1, xmm4, xmm0
vmovhlps xmm1, xmm4, xmm1
vmovlps xmm0, xmm1, qword [eax]
vmovlps xmm1, xmm1, qword [eax]
vmovlps xmm4, xmm1, qword [eax]
vmovlps xmm0, xmm4, qword [eax]
vmovlps xmm0, xmm7, qword [eax]
vmovlps xmm0, xmm1, qword [edx+0x12345678]
vmovlps xmm0, xmm1, qword [esp]
vmovlps xmm0, xmm1, qword [esp+0x8]
vmovlps xmm0, xmm1, qword [ebp]
vmovlps xmm0, xmm1, [eax]
movlpd xmm1, qword [eax]
movlpd xmm4, qword [eax]
movlpd xmm7, qword [eax]
movlpd xmm1, qword [ebx+0x7f]
movlpd xmm1, qword [ecx-0x80]
movlpd xmm1, qword [edx+0x12345678]
movlpd xmm1, qword [esp]
movlpd xmm1, [eax]
vmovlpd xmm0, xmm1, qword [eax]
vmovlpd xmm1, xmm1, qword [eax]
vmovlpd xmm4, xmm1, qword [eax]
vmovlpd xmm0, xmm4, qword [eax]
vmovlpd xmm0, xmm7, qword [eax]
vmovlpd xmm0, xmm1, qword [eax+ebx]
vmovlpd xmm0, xmm1, qword [eax+ecx*2]
vmovlpd xmm0, xmm1, qword [ebx+esi*4+0x10]
vmovlpd xmm0, xmm1, qword [edi*8+0x1000]
vmovlpd xmm0, xmm1, [eax]
movsldup xmm4, xmm7
movsldup xmm7, xmm7
movsldup xmm0, xmm7
movsldup xmm4, xmm0
movsldup xmm4, oword [eax]
movsldup xmm4, oword [bp+si+0x1234]
movsldup xmm4, oword [0x12]
movsldup xmm4, oword [ebx+0x7f]
movsldup xmm4, oword [ecx-0x80]
movsldup xmm4, [eax]
vmovsldup xmm1, xmm4
vmovsldup xmm4, xmm4
vmovsldup xmm7, xmm4
vmovsldup xmm1, xmm7
vmovsldup xmm1, oword [eax]
vmovsldup xmm1, oword [ebp]
vmovsldup xmm1, oword [ebp-0x4]
vmovsldup xmm1, oword [eax+ebx]
vmovsldup xmm1, oword [eax+ecx*2]
vmovsldup xmm1, [eax]
vmovsldup ymm0, ymm1
vmovsldup ymm1, ymm1
vmovsldup ymm4, ymm1
vmovsldup ymm0, ymm4
vmovsldup ymm0, yword [eax]
vmovsldup ymm0, yword [esi+0x80]
vmovsldup ymm0, yword [esp+ebp*1-0x81]
vmovsldup ymm0, yword [es:edi]
vmovsldup ymm0, yword [fs:0x20]
vmovsldup ymm0, [eax]
movddup xmm0, xmm1
movddup xmm1, xmm1
movddup xmm4, xmm1
movddup xmm0, xmm4
movddup xmm0, qword [eax]
movddup xmm0, qword [ss:ebp+0x10]
movddup xmm0, qword [cs:eax]
movddup xmm0, qword [bx+si]
movddup xmm0, qword [bp+di+0x4]
movddup xmm0, [eax]
vmovddup xmm7, xmm0
vmovddup xmm0, xmm0
vmovddup xmm1, xmm0
vmovddup xmm7, xmm1
vmovddup xmm7, qword [eax]
vmovddup xmm7, qword [ecx-0x80]
vmovddup xmm7, qword [edx+0x12345678]
vmovddup xmm7, qword [esp]
vmovddup xmm7, qword [esp+0x8]
vmovddup xmm7, [eax]
vmovddup ymm4, ymm7
vmovddup ymm7, ymm7
vmovddup ymm0, ymm7
vmovddup ymm4, ymm0
vmovddup ymm4, yword [eax]
vmovddup ymm4, yword [eax+ecx*2]
vmovddup ymm4, yword [ebx+esi*4+0x10]
vmovddup ymm4, yword [edi*8+0x1000]
vmovddup ymm4, yword [0x12345678]
vmovddup ymm4, [eax]
movlps qword [eax], xmm7
movlps qword [esp+ebp*1-0x81], xmm7
movlps qword [es:edi], xmm7
movlps qword [fs:0x20], xmm7
movlps qword [gs:ebx+ecx*8+0x100], xmm7
movlps [eax], xmm7
movlps qword [eax], xmm0
movlps qword [eax], xmm1
vmovlps qword [eax], xmm4
vmovlps qword [bp+di+0x4], xmm4
vmovlps qword [bp+si+0x1234], xmm4
vmovlps qword [0x12], xmm4
vmovlps qword [ebx+0x7f], xmm4
vmovlps [eax], xmm4
vmovlps qword [eax], xmm7
vmovlps qword [eax], xmm0
movlpd qword [eax], xmm0
movlpd qword [0x12345678], xmm0
movlpd qword [esi+0x80], xmm0
movlpd qword [esp+ebp*1-0x81], xmm0
movlpd qword [es:edi], xmm0
movlpd [eax], xmm0
movlpd qword [eax], xmm1
movlpd qword [eax], xmm4
vmovlpd qword [eax], xmm7
vmovlpd qword [cs:eax], xmm7
vmovlpd qword [bx+si], xmm7
vmovlpd qword [bp+di+0x4], xmm7
vmovlpd qword [bp+si+0x1234], xmm7
vmovlpd [eax], xmm7
vmovlpd qword [eax], xmm0
vmovlpd qword [eax], xmm1
unpcklps xmm0, xmm1
unpcklps xmm1, xmm1
unpcklps xmm4, xmm1
unpcklps xmm0, xmm4
unpcklps xmm0, oword [eax]
unpcklps xmm0, oword [ebx+esi*4+0x10]
unpcklps xmm0, oword [edi*8+0x1000]
unpcklps xmm0, oword [0x12345678]
unpcklps xmm0, oword [esi+0x80]
unpcklps xmm0, [eax]
vunpcklps xmm7, xmm0, xmm1
vunpcklps xmm0, xmm0, xmm1
vunpcklps xmm1, xmm0, xmm1
vunpcklps xmm7, xmm1, xmm1
vunpcklps xmm7, xmm4, xmm1
vunpcklps xmm7, xmm0, xmm4
vunpcklps xmm7, xmm0, oword [eax]
vunpcklps xmm7, xmm0, oword [gs:ebx+ecx*8+0x100]
vunpcklps xmm7, xmm0, oword [ss:ebp+0x10]
vunpcklps xmm7, xmm0, oword [cs:eax]
vunpcklps xmm7, xmm0, oword [bx+si]
vunpcklps xmm7, xmm0, [eax]
vunpcklps ymm4, ymm7, ymm0
vunpcklps ymm7, ymm7, ymm0
vunpcklps ymm0, ymm7, ymm0
vunpcklps ymm4, ymm0, ymm0
vunpcklps ymm4, ymm1, ymm0
vunpcklps ymm4, ymm7, ymm1
vunpcklps ymm4, ymm7, yword [eax]
vunpcklps ymm4, ymm7, yword [ebx+0x7f]
vunpcklps ymm4, ymm7, yword [ecx-0x80]
vunpcklps ymm4, ymm7, yword [edx+0x12345678]
vunpcklps ymm4, ymm7, yword [esp]
vunpcklps ymm4, ymm7, [eax]
unpcklpd xmm4, xmm7
unpcklpd xmm7, xmm7
unpcklpd xmm0, xmm7
unpcklpd xmm4, xmm0
unpcklpd xmm4, oword [eax]
unpcklpd xmm4, oword [ebp]
unpcklpd xmm4, oword [ebp-0x4]
unpcklpd xmm4, oword [eax+ebx]
unpcklpd xmm4, oword [eax+ecx*2]
unpcklpd xmm4, [eax]
vunpcklpd xmm1, xmm4, xmm7
vunpcklpd xmm4, xmm4, xmm7
vunpcklpd xmm7, xmm4, xmm7
vunpcklpd xmm1, xmm7, xmm7
vunpcklpd xmm1, xmm0, xmm7
vunpcklpd xmm1, xmm4, xmm0
vunpcklpd xmm1, xmm4, oword [eax]
vunpcklpd xmm1, xmm4, oword [esi+0x80]
vunpcklpd xmm1, xmm4, oword [esp+ebp*1-0x81]
vunpcklpd xmm1, xmm4, oword [es:edi]
vunpcklpd xmm1, xmm4, oword [fs:0x20]
vunpcklpd xmm1, xmm4, [eax]
vunpcklpd ymm0, ymm1, ymm4
vunpcklpd ymm1, ymm1, ymm4
vunpcklpd ymm4, ymm1, ymm4
vunpcklpd ymm0, ymm4, ymm4
vunpcklpd ymm0, ymm7, ymm4
vunpcklpd ymm0, ymm1, ymm7
vunpcklpd ymm0, ymm1, yword [eax]
vunpcklpd ymm0, ymm1, yword [bx+si]
vunpcklpd ymm0, ymm1, yword [bp+di+0x4]
vunpcklpd ymm0, ymm1, yword [bp+si+0x1234]
vunpcklpd ymm0, ymm1, yword [0x12]
vunpcklpd ymm0, ymm1, [eax]
unpckhps xmm0, xmm1
unpckhps xmm1, xmm1
unpckhps xmm4, xmm1
unpckhps xmm0, xmm4
unpckhps xmm0, oword [eax]
unpckhps xmm0, oword [ecx-0x80]
unpckhps xmm0, oword [edx+0x12345678]
unpckhps xmm0, oword [esp]
unpckhps xmm0, oword [esp+0x8]
unpckhps xmm0, [eax]
vunpckhps xmm7, xmm0, xmm1
vunpckhps xmm0, xmm0, xmm1
vunpckhps xmm1, xmm0, xmm1
vunpckhps xmm7, xmm1, xmm1
vunpckhps xmm7, xmm4, xmm1
vunpckhps xmm7, xmm0, xmm4
vunpckhps xmm7, xmm0, oword [eax]
vunpckhps xmm7, xmm0, oword [eax+ecx*2]
vunpckhps xmm7, xmm0, oword [ebx+esi*4+0x10]
vunpckhps xmm7, xmm0, oword [edi*8+0x1000]
vunpckhps xmm7, xmm0, oword [0x12345678]
vunpckhps xmm7, xmm0, [eax]
vunpckhps ymm4, ymm7, ymm0
vunpckhps ymm7, ymm7, ymm0
vunpckhps ymm0, ymm7, ymm0
vunpckhps ymm4, ymm0, ymm0
vunpckhps ymm4, ymm1, ymm0
vunpckhps ymm4, ymm7, ymm1
vunpckhps ymm4, ymm7, yword [eax]
vunpckhps ymm4, ymm7, yword [fs:0x20]
vunpckhps ymm4, ymm7, yword [gs:ebx+ecx*8+0x100]
vunpckhps ymm4, ymm7, yword [ss:ebp+0x10]
vunpckhps ymm4, ymm7, yword [cs:eax]
vunpckhps ymm4, ymm7, [eax]
unpckhpd xmm4, xmm7
unpckhpd xmm7, xmm7
unpckhpd xmm0, xmm7
unpckhpd xmm4, xmm0
unpckhpd xmm4, oword [eax]
unpckhpd xmm4, oword [bp+di+0x4]
unpckhpd xmm4, oword [bp+si+0x1234]
unpckhpd xmm4, oword [0x12]
unpckhpd xmm4, oword [ebx+0x7f]
unpckhpd xmm4, [eax]
vunpckhpd xmm1, xmm4, xmm7
vunpckhpd xmm4, xmm4, xmm7
vunpckhpd xmm7, xmm4, xmm7
vunpckhpd xmm1, xmm7, xmm7
vunpckhpd xmm1, xmm0, xmm7
vunpckhpd xmm1, xmm4, xmm0
vunpckhpd xmm1, xmm4, oword [eax]
vunpckhpd xmm1, xmm4, oword [esp+0x8]
vunpckhpd xmm1, xmm4, oword [ebp]
vunpckhpd xmm1, xmm4, oword [ebp-0x4]
vunpckhpd xmm1, xmm4, oword [eax+ebx]
vunpckhpd xmm1, xmm4, [eax]
vunpckhpd ymm0, ymm1, ymm4
vunpckhpd ymm1, ymm1, ymm4
vunpckhpd ymm4, ymm1, ymm4
vunpckhpd ymm0, ymm4, ymm4
vunpckhpd ymm0, ymm7, ymm4
vunpckhpd ymm0, ymm1, ymm7
vunpckhpd ymm0, ymm1, yword [eax]
vunpckhpd ymm0, ymm1, yword [0x12345678]
vunpckhpd ymm0, ymm1, yword [esi+0x80]
vunpckhpd ymm0, ymm1, yword [esp+ebp*1-0x81]
vunpckhpd ymm0, ymm1, yword [es:edi]
vunpckhpd ymm0, ymm1, [eax]
movlhps xmm0, xmm1
movlhps xmm1, xmm1
movlhps xmm4, xmm1
movlhps xmm0, xmm4
movlhps xmm0, xmm7
vmovlhps xmm7, xmm0, xmm1
vmovlhps xmm0, xmm0, xmm1
vmovlhps xmm1, xmm0, xmm1
vmovlhps xmm7, xmm1, xmm1
vmovlhps xmm7, xmm4, xmm1
vmovlhps xmm7, xmm0, xmm4
vmovlhps xmm7, xmm0, xmm7
movhps xmm1, qword [eax]
movhps xmm4, qword [eax]
movhps xmm7, qword [eax]
movhps xmm1, qword [es:edi]
movhps xmm1, qword [fs:0x20]
movhps xmm1, qword [gs:ebx+ecx*8+0x100]
movhps xmm1, qword [ss:ebp+0x10]
movhps xmm1, [eax]
vmovhps xmm0, xmm1, qword [eax]
vmovhps xmm1, xmm1, qword [eax]
vmovhps xmm4, xmm1, qword [eax]
vmovhps xmm0, xmm4, qword [eax]
vmovhps xmm0, xmm7, qword [eax]
vmovhps xmm0, xmm1, qword [bp+si+0x1234]
vmovhps xmm0, xmm1, qword [0x12]
vmovhps xmm0, xmm1, qword [ebx+0x7f]
vmovhps xmm0, xmm1, qword [ecx-0x80]
vmovhps xmm0, xmm1, [eax]
movhpd xmm4, qword [eax]
movhpd xmm7, qword [eax]
movhpd xmm0, qword [eax]
movhpd xmm4, qword [esi+0x80]
movhpd xmm4, qword [esp+ebp*1-0x81]
movhpd xmm4, qword [es:edi]
movhpd xmm4, qword [fs:0x20]
movhpd xmm4, [eax]
vmovhpd xmm1, xmm4, qword [eax]
vmovhpd xmm4, xmm4, qword [eax]
vmovhpd xmm7, xmm4, qword [eax]
vmovhpd xmm1, xmm7, qword [eax]
vmovhpd xmm1, xmm0, qword [eax]
vmovhpd xmm1, xmm4, qword [bx+si]
vmovhpd xmm1, xmm4, qword [bp+di+0x4]
vmovhpd xmm1, xmm4, qword [bp+si+0x1234]
vmovhpd xmm1, xmm4, qword [0x12]
vmovhpd xmm1, xmm4, [eax]
movshdup xmm7, xmm0
movshdup xmm0, xmm0
movshdup xmm1, xmm0
movshdup xmm7, xmm1
movshdup xmm7, oword [eax]
movshdup xmm7, oword [edi*8+0x1000]
movshdup xmm7, oword [0x12345678]
movshdup xmm7, oword [esi+0x80]
movshdup xmm7, oword [esp+ebp*1-0x81]
movshdup xmm7, [eax]
vmovshdup xmm4, xmm7
vmovshdup xmm7, xmm7
vmovshdup xmm0, xmm7
vmovshdup xmm4, xmm0
vmovshdup xmm4, oword [eax]
vmovshdup xmm4, oword [ss:ebp+0x10]
vmovshdup xmm4, oword [cs:eax]
vmovshdup xmm4, oword [bx+si]
vmovshdup xmm4, oword [bp+di+0x4]
vmovshdup xmm4, [eax]
vmovshdup ymm1, ymm4
vmovshdup ymm4, ymm4
vmovshdup ymm7, ymm4
vmovshdup ymm1, ymm7
vmovshdup ymm1, yword [eax]
vmovshdup ymm1, yword [ecx-0x80]
vmovshdup ymm1, yword [edx+0x12345678]
vmovshdup ymm1, yword [esp]
vmovshdup ymm1, yword [esp+0x8]
vmovshdup ymm1, [eax]
movhps qword [eax], xmm4
movhps qword [ebp-0x4], xmm4
movhps qword [eax+ebx], xmm4
movhps qword [eax+ecx*2], xmm4
movhps qword [ebx+esi*4+0x10], xmm4
movhps [eax], xmm4
movhps qword [eax], xmm7
movhps qword [eax], xmm0
vmovhps qword [eax], xmm1
vmovhps qword [esp+ebp*1-0x81], xmm1
vmovhps qword [es:edi], xmm1
vmovhps qword [fs:0x20], xmm1
vmovhps qword [gs:ebx+ecx*8+0x100], xmm1
vmovhps [eax], xmm1
vmovhps qword [eax], xmm4
vmovhps qword [eax], xmm7
movhpd qword [eax], xmm7
movhpd qword [esp+0x8], xmm7
movhpd qword [ebp], xmm7
movhpd qword [ebp-0x4], xmm7
movhpd qword [eax+ebx], xmm7
movhpd [eax], xmm7
movhpd qword [eax], xmm0
movhpd qword [eax], xmm1
vmovhpd qword [eax], xmm4
vmovhpd qword [0x12345678], xmm4
vmovhpd qword [esi+0x80], xmm4
vmovhpd qword [esp+ebp*1-0x81], xmm4
vmovhpd qword [es:edi], xmm4
vmovhpd [eax], xmm4
vmovhpd qword [eax], xmm7
vmovhpd qword [eax], xmm0
prefetchnta byte [eax]
prefetchnta byte [ebx+esi*4+0x10]
prefetchnta byte [edi*8+0x1000]
prefetchnta byte [0x12345678]
prefetchnta byte [esi+0x80]
prefetchnta [eax]
prefetcht0 byte [eax]
prefetcht0 byte [gs:ebx+ecx*8+0x100]
prefetcht0 byte [ss:ebp+0x10]
prefetcht0 byte [cs:eax]
prefetcht0 byte [bx+si]
prefetcht0 [eax]
prefetcht1 byte [eax]
prefetcht1 byte [ebx+0x7f]
prefetcht1 byte [ecx-0x80]
prefetcht1 byte [edx+0x12345678]
prefetcht1 byte [esp]
prefetcht1 [eax]
prefetcht2 byte [eax]
prefetcht2 byte [eax+ebx]
prefetcht2 byte [eax+ecx*2]
prefetcht2 byte [ebx+esi*4+0x10]
prefetcht2 byte [edi*8+0x1000]
prefetcht2 [eax]
cldemote [eax]
rdsspd esp
rdsspd ebp
rdsspd esi
endbr64
endbr32
nop ax
nop cx
nop word [eax]
nop word [ebx+esi*4+0x10]
nop word [edi*8+0x1000]
nop word [0x12345678]
nop word [esi+0x80]
o16 nop ax
nop edi
nop eax
nop dword [eax]
nop dword [gs:ebx+ecx*8+0x100]
nop dword [ss:ebp+0x10]
nop dword [cs:eax]
nop dword [bx+si]
mov eax, cr0
mov ecx, cr0
mov edx, cr0
mov ebx, cr0
mov esp, cr0
mov ebp, cr0
mov esi, cr0
mov edi, cr0
mov eax, cr2
mov eax, cr3
mov eax, cr4
mov eax, dr0
mov ecx, dr0
mov edx, dr0
mov ebx, dr0
mov esp, dr0
mov ebp, dr0
mov esi, dr0
mov edi, dr0
mov eax, dr1
mov eax, dr6
mov eax, dr7
mov cr0, eax
mov cr2, eax
mov cr3, eax
mov cr4, eax
mov cr0, ecx
mov cr0, edx
mov cr0, ebx
mov cr0, esp
mov cr0, ebp
mov cr0, esi
mov cr0, edi
mov dr0, eax
mov dr1, eax
mov dr6, eax
mov dr7, eax
mov dr0, ecx
mov dr0, edx
mov dr0, ebx
mov dr0, esp
mov dr0, ebp
mov dr0, esi
mov dr0, edi
movaps xmm0, xmm0
movaps xmm1, xmm0
movaps xmm4, xmm0
movaps xmm7, xmm0
movaps xmm0, xmm1
movaps xmm0, oword [eax]
movaps xmm0, oword [ebx+0x7f]
movaps xmm0, oword [ecx-0x80]
movaps xmm0, oword [edx+0x12345678]
movaps xmm0, oword [esp]
movaps xmm0, oword [esp+0x8]
movaps xmm0, oword [ebp]
movaps xmm0, oword [ebp-0x4]
movaps xmm0, oword [eax+ebx]
movaps xmm0, oword [eax+ecx*2]
movaps xmm0, oword [ebx+esi*4+0x10]
movaps xmm0, oword [edi*8+0x1000]
movaps xmm0, oword [0x12345678]
movaps xmm0, oword [esi+0x80]
movaps xmm0, oword [esp+ebp*1-0x81]
movaps xmm0, oword [es:edi]
movaps xmm0, oword [fs:0x20]
movaps xmm0, oword [gs:ebx+ecx*8+0x100]
movaps xmm0, oword [ss:ebp+0x10]
movaps xmm0, oword [cs:eax]
movaps xmm0, oword [bx+si]
movaps xmm0, oword [bp+di+0x4]
movaps xmm0, oword [bp+si+0x1234]
movaps xmm0, oword [0x12]
movaps xmm0, [eax]
vmovaps xmm4, xmm7
vmovaps xmm7, xmm7
vmovaps xmm0, xmm7
vmovaps xmm4, xmm0
vmovaps xmm4, oword [eax]
vmovaps xmm4, oword [fs:0x20]
vmovaps xmm4, oword [gs:ebx+ecx*8+0x100]
vmovaps xmm4, oword [ss:ebp+0x10]
vmovaps xmm4, oword [cs:eax]
vmovaps xmm4, [eax]
vmovaps ymm1, ymm4
vmovaps ymm4, ymm4
vmovaps ymm7, ymm4
vmovaps ymm1, ymm7
vmovaps ymm1, yword [eax]
vmovaps ymm1, yword [0x12]
vmovaps ymm1, yword [ebx+0x7f]
vmovaps ymm1, yword [ecx-0x80]
vmovaps ymm1, yword [edx+0x12345678]
vmovaps ymm1, [eax]
movapd xmm1, xmm4
movapd xmm4, xmm4
movapd xmm7, xmm4
movapd xmm1, xmm7
movapd xmm1, oword [eax]
movapd xmm1, oword [esp+0x8]
movapd xmm1, oword [ebp]
movapd xmm1, oword [ebp-0x4]
movapd xmm1, oword [eax+ebx]
movapd xmm1, [eax]
vmovapd xmm0, xmm1
vmovapd xmm1, xmm1
vmovapd xmm4, xmm1
vmovapd xmm0, xmm4
vmovapd xmm0, oword [eax]
vmovapd xmm0, oword [0x12345678]
vmovapd xmm0, oword [esi+0x80]
vmovapd xmm0, oword [esp+ebp*1-0x81]
vmovapd xmm0, oword [es:edi]
vmovapd xmm0, [eax]
vmovapd ymm7, ymm0
vmovapd ymm0, ymm0
vmovapd ymm1, ymm0
vmovapd ymm7, ymm1
vmovapd ymm7, yword [eax]
vmovapd ymm7, yword [cs:eax]
vmovapd ymm7, yword [bx+si]
vmovapd ymm7, yword [bp+di+0x4]
vmovapd ymm7, yword [bp+si+0x1234]
vmovapd ymm7, [eax]
movaps oword [eax], xmm0
movaps oword [ebx+0x7f], xmm0
movaps oword [ecx-0x80], xmm0
movaps oword [edx+0x12345678], xmm0
movaps oword [esp], xmm0
movaps oword [esp+0x8], xmm0
movaps oword [ebp], xmm0
movaps oword [ebp-0x4], xmm0
movaps oword [eax+ebx], xmm0
movaps oword [eax+ecx*2], xmm0
movaps oword [ebx+esi*4+0x10], xmm0
movaps oword [edi*8+0x1000], xmm0
movaps oword [0x12345678], xmm0
movaps oword [esi+0x80], xmm0
movaps oword [esp+ebp*1-0x81], xmm0
movaps oword [es:edi], xmm0
movaps oword [fs:0x20], xmm0
movaps oword [gs:ebx+ecx*8+0x100], xmm0
movaps oword [ss:ebp+0x10], xmm0
movaps oword [cs:eax], xmm0
movaps oword [bx+si], xmm0
movaps oword [bp+di+0x4], xmm0
movaps oword [bp+si+0x1234], xmm0
movaps oword [0x12], xmm0
movaps [eax], xmm0
movaps xmm7, xmm1
movaps xmm7, xmm4
movaps xmm7, xmm7
vmovaps oword [eax], xmm7
vmovaps oword [eax+ebx], xmm7
vmovaps oword [eax+ecx*2], xmm7
vmovaps oword [ebx+esi*4+0x10], xmm7
vmovaps oword [edi*8+0x1000], xmm7
vmovaps [eax], xmm7
vmovaps xmm4, xmm1
vmovaps yword [eax], ymm4
vmovaps yword [es:edi], ymm4
vmovaps yword [fs:0x20], ymm4
vmovaps yword [gs:ebx+ecx*8+0x100], ymm4
vmovaps yword [ss:ebp+0x10], ymm4
vmovaps [eax], ymm4
vmovaps ymm1, ymm0
movapd oword [eax], xmm4
movapd oword [bx+si], xmm4
movapd oword [bp+di+0x4], xmm4
movapd oword [bp+si+0x1234], xmm4
movapd oword [0x12], xmm4
movapd [eax], xmm4
movapd xmm1, xmm0
vmovapd oword [eax], xmm1
vmovapd oword [esp], xmm1
vmovapd oword [esp+0x8], xmm1
vmovapd oword [ebp], xmm1
vmovapd oword [ebp-0x4], xmm1
vmovapd [eax], xmm1
vmovapd xmm0, xmm7
vmovapd yword [eax], ymm0
vmovapd yword [edi*8+0x1000], ymm0
vmovapd yword [0x12345678], ymm0
vmovapd yword [esi+0x80], ymm0
vmovapd yword [esp+ebp*1-0x81], ymm0
vmovapd [eax], ymm0
vmovapd ymm7, ymm4
cvtpi2ps xmm7, mm0
cvtpi2ps xmm0, mm0
cvtpi2ps xmm1, mm0
cvtpi2ps xmm7, mm1
cvtpi2ps xmm7, qword [eax]
cvtpi2ps xmm7, qword [fs:0x20]
cvtpi2ps xmm7, qword [gs:ebx+ecx*8+0x100]
cvtpi2ps xmm7, qword [ss:ebp+0x10]
cvtpi2ps xmm7, qword [cs:eax]
cvtpi2ps xmm7, [eax]
cvtpi2pd xmm4, mm7
cvtpi2pd xmm7, mm7
cvtpi2pd xmm0, mm7
cvtpi2pd xmm4, mm0
cvtpi2pd xmm4, qword [eax]
cvtpi2pd xmm4, qword [0x12]
cvtpi2pd xmm4, qword [ebx+0x7f]
cvtpi2pd xmm4, qword [ecx-0x80]
cvtpi2pd xmm4, qword [edx+0x12345678]
cvtpi2pd xmm4, [eax]
cvtsi2ss xmm1, edx
cvtsi2ss xmm4, edx
cvtsi2ss xmm7, edx
cvtsi2ss xmm1, ebx
cvtsi2ss xmm1, dword [eax]
cvtsi2ss xmm1, dword [ebp-0x4]
cvtsi2ss xmm1, dword [eax+ebx]
cvtsi2ss xmm1, dword [eax+ecx*2]
cvtsi2ss xmm1, dword [ebx+esi*4+0x10]
cvtsi2ss xmm1, [eax]
vcvtsi2ss xmm7, xmm0, ecx
vcvtsi2ss xmm0, xmm0, ecx
vcvtsi2ss xmm1, xmm0, ecx
vcvtsi2ss xmm7, xmm1, ecx
vcvtsi2ss xmm7, xmm4, ecx
vcvtsi2ss xmm7, xmm0, edx
vcvtsi2ss xmm7, xmm0, dword [eax]
vcvtsi2ss xmm7, xmm0, dword [bp+di+0x4]
vcvtsi2ss xmm7, xmm0, dword [bp+si+0x1234]
vcvtsi2ss xmm7, xmm0, dword [0x12]
vcvtsi2ss xmm7, xmm0, dword [ebx+0x7f]
vcvtsi2ss xmm7, xmm0, [eax]
cvtsi2sd xmm7, esp
cvtsi2sd xmm0, esp
cvtsi2sd xmm1, esp
cvtsi2sd xmm7, ebp
cvtsi2sd xmm7, dword [eax]
cvtsi2sd xmm7, dword [edx+0x12345678]
cvtsi2sd xmm7, dword [esp]
cvtsi2sd xmm7, dword [esp+0x8]
cvtsi2sd xmm7, dword [ebp]
cvtsi2sd xmm7, [eax]
vcvtsi2sd xmm1, xmm4, ebx
vcvtsi2sd xmm4, xmm4, ebx
vcvtsi2sd xmm7, xmm4, ebx
vcvtsi2sd xmm1, xmm7, ebx
vcvtsi2sd xmm1, xmm0, ebx
vcvtsi2sd xmm1, xmm4, esp
vcvtsi2sd xmm1, xmm4, dword [eax]
vcvtsi2sd xmm1, xmm4, dword [gs:ebx+ecx*8+0x100]
vcvtsi2sd xmm1, xmm4, dword [ss:ebp+0x10]
vcvtsi2sd xmm1, xmm4, dword [cs:eax]
vcvtsi2sd xmm1, xmm4, dword [bx+si]
vcvtsi2sd xmm1, xmm4, [eax]
movntps oword [eax], xmm4
movntps oword [bp+si+0x1234], xmm4
movntps oword [0x12], xmm4
movntps oword [ebx+0x7f], xmm4
movntps oword [ecx-0x80], xmm4
movntps [eax], xmm4
movntps oword [eax], xmm7
movntps oword [eax], xmm0
vmovntps oword [eax], xmm1
vmovntps oword [ebp], xmm1
vmovntps oword [ebp-0x4], xmm1
vmovntps oword [eax+ebx], xmm1
vmovntps oword [eax+ecx*2], xmm1
vmovntps [eax], xmm1
vmovntps oword [eax], xmm4
vmovntps oword [eax], xmm7
vmovntps yword [eax], ymm0
vmovntps yword [esi+0x80], ymm0
vmovntps yword [esp+ebp*1-0x81], ymm0
vmovntps yword [es:edi], ymm0
vmovntps yword [fs:0x20], ymm0
vmovntps [eax], ymm0
vmovntps yword [eax], ymm1
vmovntps yword [eax], ymm4
movntpd oword [eax], xmm0
movntpd oword [ss:ebp+0x10], xmm0
movntpd oword [cs:eax], xmm0
movntpd oword [bx+si], xmm0
movntpd oword [bp+di+0x4], xmm0
movntpd [eax], xmm0
movntpd oword [eax], xmm1
movntpd oword [eax], xmm4
vmovntpd oword [eax], xmm7
vmovntpd oword [ecx-0x80], xmm7
vmovntpd oword [edx+0x12345678], xmm7
vmovntpd oword [esp], xmm7
vmovntpd oword [esp+0x8], xmm7
vmovntpd [eax], xmm7
vmovntpd oword [eax], xmm0
vmovntpd oword [eax], xmm1
vmovntpd yword [eax], ymm4
vmovntpd yword [eax+ecx*2], ymm4
vmovntpd yword [ebx+esi*4+0x10], ymm4
vmovntpd yword [edi*8+0x1000], ymm4
vmovntpd yword [0x12345678], ymm4
vmovntpd [eax], ymm4
vmovntpd yword [eax], ymm7
vmovntpd yword [eax], ymm0
movntss dword [eax], xmm4
movntss dword [esp+ebp*1-0x81], xmm4
movntss dword [es:edi], xmm4
movntss dword [fs:0x20], xmm4
movntss dword [gs:ebx+ecx*8+0x100], xmm4
movntss [eax], xmm4
movntss dword [eax], xmm7
movntss dword [eax], xmm0
movntsd qword [eax], xmm1
movntsd qword [bp+di+0x4], xmm1
movntsd qword [bp+si+0x1234], xmm1
movntsd qword [0x12], xmm1
movntsd qword [ebx+0x7f], xmm1
movntsd [eax], xmm1
movntsd qword [eax], xmm4
movntsd qword [eax], xmm7
cvttps2pi mm7, xmm0
cvttps2pi mm0, xmm0
cvttps2pi mm1, xmm0
cvttps2pi mm7, xmm1
cvttps2pi mm7, qword [eax]
cvttps2pi mm7, qword [esp+0x8]
cvttps2pi mm7, qword [ebp]
cvttps2pi mm7, qword [ebp-0x4]
cvttps2pi mm7, qword [eax+ebx]
cvttps2pi mm7, [eax]
cvttpd2pi mm5, xmm7
cvttpd2pi mm7, xmm7
cvttpd2pi mm0, xmm7
cvttpd2pi mm5, xmm0
cvttpd2pi mm5, oword [eax]
cvttpd2pi mm5, oword [0x12345678]
cvttpd2pi mm5, oword [esi+0x80]
cvttpd2pi mm5, oword [esp+ebp*1-0x81]
cvttpd2pi mm5, oword [es:edi]
cvttpd2pi mm5, [eax]
cvttss2si ebp, xmm4
cvttss2si esi, xmm4
cvttss2si edi, xmm4
cvttss2si ebp, xmm7
cvttss2si ebp, dword [eax]
cvttss2si ebp, dword [cs:eax]
cvttss2si ebp, dword [bx+si]
cvttss2si ebp, dword [bp+di+0x4]
cvttss2si ebp, dword [bp+si+0x1234]
cvttss2si ebp, [eax]
vcvttss2si ebx, xmm0
vcvttss2si esp, xmm0
vcvttss2si ebp, xmm0
vcvttss2si ebx, xmm1
vcvttss2si ebx, dword [eax]
vcvttss2si ebx, dword [ebx+esi*4+0x10]
vcvttss2si ebx, dword [edi*8+0x1000]
vcvttss2si ebx, dword [0x12345678]
vcvttss2si ebx, dword [esi+0x80]
vcvttss2si ebx, [eax]
cvttsd2si edi, xmm0
cvttsd2si eax, xmm0
cvttsd2si ecx, xmm0
cvttsd2si edi, xmm1
cvttsd2si edi, qword [eax]
cvttsd2si edi, qword [es:edi]
cvttsd2si edi, qword [fs:0x20]
cvttsd2si edi, qword [gs:ebx+ecx*8+0x100]
cvttsd2si edi, qword [ss:ebp+0x10]
cvttsd2si edi, [eax]
vcvttsd2si ebp, xmm4
vcvttsd2si esi, xmm4
vcvttsd2si edi, xmm4
vcvttsd2si ebp, xmm7
vcvttsd2si ebp, qword [eax]
vcvttsd2si ebp, qword [ebp]
vcvttsd2si ebp, qword [ebp-0x4]
vcvttsd2si ebp, qword [eax+ebx]
vcvttsd2si ebp, qword [eax+ecx*2]
vcvttsd2si ebp, [eax]
cvtps2pi mm1, xmm4
cvtps2pi mm5, xmm4
cvtps2pi mm7, xmm4
cvtps2pi mm1, xmm7
cvtps2pi mm1, qword [eax]
cvtps2pi mm1, qword [edi*8+0x1000]
cvtps2pi mm1, qword [0x12345678]
cvtps2pi mm1, qword [esi+0x80]
cvtps2pi mm1, qword [esp+ebp*1-0x81]
cvtps2pi mm1, [eax]
cvtpd2pi mm0, xmm1
cvtpd2pi mm1, xmm1
cvtpd2pi mm5, xmm1
cvtpd2pi mm0, xmm4
cvtpd2pi mm0, oword [eax]
cvtpd2pi mm0, oword [ss:ebp+0x10]
cvtpd2pi mm0, oword [cs:eax]
cvtpd2pi mm0, oword [bx+si]
cvtpd2pi mm0, oword [bp+di+0x4]
cvtpd2pi mm0, [eax]
cvtss2si edi, xmm0
cvtss2si eax, xmm0
cvtss2si ecx, xmm0
cvtss2si edi, xmm1
cvtss2si edi, dword [eax]
cvtss2si edi, dword [ecx-0x80]
cvtss2si edi, dword [edx+0x12345678]
cvtss2si edi, dword [esp]
cvtss2si edi, dword [esp+0x8]
cvtss2si edi, [eax]
vcvtss2si ebp, xmm4
vcvtss2si esi, xmm4
vcvtss2si edi, xmm4
vcvtss2si ebp, xmm7
vcvtss2si ebp, dword [eax]
vcvtss2si ebp, dword [fs:0x20]
vcvtss2si ebp, dword [gs:ebx+ecx*8+0x100]
vcvtss2si ebp, dword [ss:ebp+0x10]
vcvtss2si ebp, dword [cs:eax]
vcvtss2si ebp, [eax]
cvtsd2si ecx, xmm4
cvtsd2si edx, xmm4
cvtsd2si ebx, xmm4
cvtsd2si ecx, xmm7
cvtsd2si ecx, qword [eax]
cvtsd2si ecx, qword [bp+di+0x4]
cvtsd2si ecx, qword [bp+si+0x1234]
cvtsd2si ecx, qword [0x12]
cvtsd2si ecx, qword [ebx+0x7f]
cvtsd2si ecx, [eax]
vcvtsd2si edi, xmm0
vcvtsd2si eax, xmm0
vcvtsd2si ecx, xmm0
vcvtsd2si edi, xmm1
vcvtsd2si edi, qword [eax]
vcvtsd2si edi, qword [0x12345678]
vcvtsd2si edi, qword [esi+0x80]
vcvtsd2si edi, qword [esp+ebp*1-0x81]
vcvtsd2si edi, qword [es:edi]
vcvtsd2si edi, [eax]
ucomiss xmm7, xmm0
ucomiss xmm0, xmm0
ucomiss xmm1, xmm0
ucomiss xmm7, xmm1
ucomiss xmm7, dword [eax]
ucomiss xmm7, dword [gs:ebx+ecx*8+0x100]
ucomiss xmm7, dword [ss:ebp+0x10]
ucomiss xmm7, dword [cs:eax]
ucomiss xmm7, dword [bx+si]
ucomiss xmm7, [eax]
vucomiss xmm4, xmm7
vucomiss xmm7, xmm7
vucomiss xmm0, xmm7
vucomiss xmm4, xmm0
vucomiss xmm4, dword [eax]
vucomiss xmm4, dword [ebx+0x7f]
vucomiss xmm4, dword [ecx-0x80]
vucomiss xmm4, dword [edx+0x12345678]
vucomiss xmm4, dword [esp]
vucomiss xmm4, [eax]
ucomisd xmm0, xmm1
ucomisd xmm1, xmm1
ucomisd xmm4, xmm1
ucomisd xmm0, xmm4
ucomisd xmm0, qword [eax]
ucomisd xmm0, qword [es:edi]
ucomisd xmm0, qword [fs:0x20]
ucomisd xmm0, qword [gs:ebx+ecx*8+0x100]
ucomisd xmm0, qword [ss:ebp+0x10]
ucomisd xmm0, [eax]
vucomisd xmm7, xmm0
vucomisd xmm0, xmm0
vucomisd xmm1, xmm0
vucomisd xmm7, xmm1
vucomisd xmm7, qword [eax]
vucomisd xmm7, qword [bp+si+0x1234]
vucomisd xmm7, qword [0x12]
vucomisd xmm7, qword [ebx+0x7f]
vucomisd xmm7, qword [ecx-0x80]
vucomisd xmm7, [eax]
comiss xmm1, xmm4
comiss xmm4, xmm4
comiss xmm7, xmm4
comiss xmm1, xmm7
comiss xmm1, dword [eax]
comiss xmm1, dword [esi+0x80]
comiss xmm1, dword [esp+ebp*1-0x81]
comiss xmm1, dword [es:edi]
comiss xmm1, dword [fs:0x20]
comiss xmm1, [eax]
comisd xmm0, xmm1
comisd xmm1, xmm1
comisd xmm4, xmm1
comisd xmm0, xmm4
comisd xmm0, qword [eax]
comisd xmm0, qword [bx+si]
comisd xmm0, qword [bp+di+0x4]
comisd xmm0, qword [bp+si+0x1234]
comisd xmm0, qword [0x12]
comisd xmm0, [eax]
vcomiss xmm7, xmm0
vcomiss xmm0, xmm0
vcomiss xmm1, xmm0
vcomiss xmm7, xmm1
vcomiss xmm7, dword [eax]
vcomiss xmm7, dword [esp]
vcomiss xmm7, dword [esp+0x8]
vcomiss xmm7, dword [ebp]
vcomiss xmm7, dword [ebp-0x4]
vcomiss xmm7, [eax]
vcomisd xmm4, xmm7
vcomisd xmm7, xmm7
vcomisd xmm0, xmm7
vcomisd xmm4, xmm0
vcomisd xmm4, qword [eax]
vcomisd xmm4, qword [edi*8+0x1000]
vcomisd xmm4, qword [0x12345678]
vcomisd xmm4, qword [esi+0x80]
vcomisd xmm4, qword [esp+ebp*1-0x81]
vcomisd xmm4, [eax]
wrmsr
rdtsc
rdmsr
rdpmc
sysenter
sysexit
getsec
cmovo di, ax
cmovo ax, ax
cmovo cx, ax
cmovo di, cx
cmovo di, word [eax]
cmovo di, word [cs:eax]
cmovo di, word [bx+si]
cmovo di, word [bp+di+0x4]
cmovo di, word [bp+si+0x1234]
cmovo di, [eax]
o16 cmovo di, ax
cmovo esi, edi
cmovo edi, edi
cmovo eax, edi
cmovo esi, eax
cmovo esi, dword [eax]
cmovo esi, dword [edx+0x12345678]
cmovo esi, dword [esp]
cmovo esi, dword [esp+0x8]
cmovo esi, dword [ebp]
cmovo esi, [eax]
cmovno sp, bp
cmovno bp, bp
cmovno si, bp
cmovno sp, si
cmovno sp, word [eax]
cmovno sp, word [gs:ebx+ecx*8+0x100]
cmovno sp, word [ss:ebp+0x10]
cmovno sp, word [cs:eax]
cmovno sp, word [bx+si]
cmovno sp, [eax]
o16 cmovno sp, bp
cmovno ebx, esp
cmovno esp, esp
cmovno ebp, esp
cmovno ebx, ebp
cmovno ebx, dword [eax]
cmovno ebx, dword [ebx+0x7f]
cmovno ebx, dword [ecx-0x80]
cmovno ebx, dword [edx+0x12345678]
cmovno ebx, dword [esp]
cmovno ebx, [eax]
cmovb cx, dx
cmovb dx, dx
cmovb bx, dx
cmovb cx, bx
cmovb cx, word [eax]
cmovb cx, word [es:edi]
cmovb cx, word [fs:0x20]
cmovb cx, word [gs:ebx+ecx*8+0x100]
cmovb cx, word [ss:ebp+0x10]
cmovb cx, [eax]
cmovc cx, dx
cmovnae cx, dx
o16 cmovb cx, dx
cmovb eax, ecx
cmovb ecx, ecx
cmovb edx, ecx
cmovb eax, edx
cmovb eax, dword [eax]
cmovb eax, dword [bp+si+0x1234]
cmovb eax, dword [0x12]
cmovb eax, dword [ebx+0x7f]
cmovb eax, dword [ecx-0x80]
cmovb eax, [eax]
cmovc eax, ecx
cmovnae eax, ecx
cmovae si, di
cmovae di, di
cmovae ax, di
cmovae si, ax
cmovae si, word [eax]
cmovae si, word [esi+0x80]
cmovae si, word [esp+ebp*1-0x81]
cmovae si, word [es:edi]
cmovae si, word [fs:0x20]
cmovae si, [eax]
cmovnb si, di
cmovnc si, di
o16 cmovae si, di
cmovae ebp, esi
cmovae esi, esi
cmovae edi, esi
cmovae ebp, edi
cmovae ebp, dword [eax]
cmovae ebp, dword [bx+si]
cmovae ebp, dword [bp+di+0x4]
cmovae ebp, dword [bp+si+0x1234]
cmovae ebp, dword [0x12]
cmovae ebp, [eax]
cmovnb ebp, esi
cmovnc ebp, esi
cmove bx, sp
cmove sp, sp
cmove bp, sp
cmove bx, bp
cmove bx, word [eax]
cmove bx, word [edi*8+0x1000]
cmove bx, word [0x12345678]
cmove bx, word [esi+0x80]
cmove bx, word [esp+ebp*1-0x81]
cmove bx, [eax]
cmovz bx, sp
o16 cmove bx, sp
cmove edx, ebx
cmove ebx, ebx
cmove esp, ebx
cmove edx, esp
cmove edx, dword [eax]
cmove edx, dword [ss:ebp+0x10]
cmove edx, dword [cs:eax]
cmove edx, dword [bx+si]
cmove edx, dword [bp+di+0x4]
cmove edx, [eax]
cmovz edx, ebx
cmovne ax, cx
cmovne cx, cx
cmovne dx, cx
cmovne ax, dx
cmovne ax, word [eax]
cmovne ax, word [eax+ecx*2]
cmovne ax, word [ebx+esi*4+0x10]
cmovne ax, word [edi*8+0x1000]
cmovne ax, word [0x12345678]
cmovne ax, [eax]
cmovnz ax, cx
o16 cmovne ax, cx
cmovne edi, eax
cmovne eax, eax
cmovne ecx, eax
cmovne edi, ecx
cmovne edi, dword [eax]
cmovne edi, dword [fs:0x20]
cmovne edi, dword [gs:ebx+ecx*8+0x100]
cmovne edi, dword [ss:ebp+0x10]
cmovne edi, dword [cs:eax]
cmovne edi, [eax]
cmovnz edi, eax
cmovbe bp, si
cmovbe si, si
cmovbe di, si
cmovbe bp, di
cmovbe bp, word [eax]
cmovbe bp, word [ebp-0x4]
cmovbe bp, word [eax+ebx]
cmovbe bp, word [eax+ecx*2]
cmovbe bp, word [ebx+esi*4+0x10]
cmovbe bp, [eax]
cmovna bp, si
o16 cmovbe bp, si
cmovbe esp, ebp
cmovbe ebp, ebp
cmovbe esi, ebp
cmovbe esp, esi
cmovbe esp, dword [eax]
cmovbe esp, dword [esp+ebp*1-0x81]
cmovbe esp, dword [es:edi]
cmovbe esp, dword [fs:0x20]
cmovbe esp, dword [gs:ebx+ecx*8+0x100]
cmovbe esp, [eax]
cmovna esp, ebp
cmova dx, bx
cmova bx, bx
cmova sp, bx
cmova dx, sp
cmova dx, word [eax]
cmova dx, word [esp+0x8]
cmova dx, word [ebp]
cmova dx, word [ebp-0x4]
cmova dx, word [eax+ebx]
cmova dx, [eax]
cmovnbe dx, bx
o16 cmova dx, bx
cmova ecx, edx
cmova edx, edx
cmova ebx, edx
cmova ecx, ebx
cmova ecx, dword [eax]
cmova ecx, dword [0x12345678]
cmova ecx, dword [esi+0x80]
cmova ecx, dword [esp+ebp*1-0x81]
cmova ecx, dword [es:edi]
cmova ecx, [eax]
cmovnbe ecx, edx
cmovs di, ax
cmovs ax, ax
cmovs cx, ax
cmovs di, cx
cmovs di, word [eax]
cmovs di, word [edx+0x12345678]
cmovs di, word [esp]
cmovs di, word [esp+0x8]
cmovs di, word [ebp]
cmovs di, [eax]
o16 cmovs di, ax
cmovs esi, edi
cmovs edi, edi
cmovs eax, edi
cmovs esi, eax
cmovs esi, dword [eax]
cmovs esi, dword [ebx+esi*4+0x10]
cmovs esi, dword [edi*8+0x1000]
cmovs esi, dword [0x12345678]
cmovs esi, dword [esi+0x80]
cmovs esi, [eax]
cmovns sp, bp
cmovns bp, bp
cmovns si, bp
cmovns sp, si
cmovns sp, word [eax]
cmovns sp, word [ebx+0x7f]
cmovns sp, word [ecx-0x80]
cmovns sp, word [edx+0x12345678]
cmovns sp, word [esp]
cmovns sp, [eax]
o16 cmovns sp, bp
cmovns ebx, esp
cmovns esp, esp
cmovns ebp, esp
cmovns ebx, ebp
cmovns ebx, dword [eax]
cmovns ebx, dword [eax+ebx]
cmovns ebx, dword [eax+ecx*2]
cmovns ebx, dword [ebx+esi*4+0x10]
cmovns ebx, dword [edi*8+0x1000]
cmovns ebx, [eax]
cmovp cx, dx
cmovp dx, dx
cmovp bx, dx
cmovp cx, bx
cmovp cx, word [eax]
cmovp cx, word [bp+si+0x1234]
cmovp cx, word [0x12]
cmovp cx, word [ebx+0x7f]
cmovp cx, word [ecx-0x80]
cmovp cx, [eax]
cmovpe cx, dx
o16 cmovp cx, dx
cmovp eax, ecx
cmovp ecx, ecx
cmovp edx, ecx
cmovp eax, edx
cmovp eax, dword [eax]
cmovp eax, dword [ebp]
cmovp eax, dword [ebp-0x4]
cmovp eax, dword [eax+ebx]
cmovp eax, dword [eax+ecx*2]
cmovp eax, [eax]
cmovpe eax, ecx
cmovnp si, di
cmovnp di, di
cmovnp ax, di
cmovnp si, ax
cmovnp si, word [eax]
cmovnp si, word [bx+si]
cmovnp si, word [bp+di+0x4]
cmovnp si, word [bp+si+0x1234]
cmovnp si, word [0x12]
cmovnp si, [eax]
cmovpo si, di
o16 cmovnp si, di
cmovnp ebp, esi
cmovnp esi, esi
cmovnp edi, esi
cmovnp ebp, edi
cmovnp ebp, dword [eax]
cmovnp ebp, dword [esp]
cmovnp ebp, dword [esp+0x8]
cmovnp ebp, dword [ebp]
cmovnp ebp, dword [ebp-0x4]
cmovnp ebp, [eax]
cmovpo ebp, esi
cmovl bx, sp
cmovl sp, sp
cmovl bp, sp
cmovl bx, bp
cmovl bx, word [eax]
cmovl bx, word [ss:ebp+0x10]
cmovl bx, word [cs:eax]
cmovl bx, word [bx+si]
cmovl bx, word [bp+di+0x4]
cmovl bx, [eax]
cmovnge bx, sp
o16 cmovl bx, sp
cmovl edx, ebx
cmovl ebx, ebx
cmovl esp, ebx
cmovl edx, esp
cmovl edx, dword [eax]
cmovl edx, dword [ecx-0x80]
cmovl edx, dword [edx+0x12345678]
cmovl edx, dword [esp]
cmovl edx, dword [esp+0x8]
cmovl edx, [eax]
cmovnge edx, ebx
cmovge ax, cx
cmovge cx, cx
cmovge dx, cx
cmovge ax, dx
cmovge ax, word [eax]
cmovge ax, word [fs:0x20]
cmovge ax, word [gs:ebx+ecx*8+0x100]
cmovge ax, word [ss:ebp+0x10]
cmovge ax, word [cs:eax]
cmovge ax, [eax]
cmovnl ax, cx
o16 cmovge ax, cx
cmovge edi, eax
cmovge eax, eax
cmovge ecx, eax
cmovge edi, ecx
cmovge edi, dword [eax]
cmovge edi, dword [0x12]
cmovge edi, dword [ebx+0x7f]
cmovge edi, dword [ecx-0x80]
cmovge edi, dword [edx+0x12345678]
cmovge edi, [eax]
cmovnl edi, eax
cmovle bp, si
cmovle si, si
cmovle di, si
cmovle bp, di
cmovle bp, word [eax]
cmovle bp, word [esp+ebp*1-0x81]
cmovle bp, word [es:edi]
cmovle bp, word [fs:0x20]
cmovle bp, word [gs:ebx+ecx*8+0x100]
cmovle bp, [eax]
cmovng bp, si
o16 cmovle bp, si
cmovle esp, ebp
cmovle ebp, ebp
cmovle esi, ebp
cmovle esp, esi
cmovle esp, dword [eax]
cmovle esp, dword [bp+di+0x4]
cmovle esp, dword [bp+si+0x1234]
cmovle esp, dword [0x12]
cmovle esp, dword [ebx+0x7f]
cmovle esp, [eax]
cmovng esp, ebp
cmovg dx, bx
cmovg bx, bx
cmovg sp, bx
cmovg dx, sp
cmovg dx, word [eax]
cmovg dx, word [0x12345678]
cmovg dx, word [esi+0x80]
cmovg dx, word [esp+ebp*1-0x81]
cmovg dx, word [es:edi]
cmovg dx, [eax]
cmovnle dx, bx
o16 cmovg dx, bx
cmovg ecx, edx
cmovg edx, edx
cmovg ebx, edx
cmovg ecx, ebx
cmovg ecx, dword [eax]
cmovg ecx, dword [cs:eax]
cmovg ecx, dword [bx+si]
cmovg ecx, dword [bp+di+0x4]
cmovg ecx, dword [bp+si+0x1234]
cmovg ecx, [eax]
cmovnle ecx, edx
movmskps eax, xmm1
movmskps ecx, xmm1
movmskps edx, xmm1
movmskps eax, xmm4
movmskps eax, xmm7
vmovmskps esi, xmm7
vmovmskps edi, xmm7
vmovmskps eax, xmm7
vmovmskps esi, xmm0
vmovmskps esi, xmm1
vmovmskps esp, ymm1
vmovmskps ebp, ymm1
vmovmskps esi, ymm1
vmovmskps esp, ymm4
vmovmskps esp, ymm7
movmskpd edx, xmm7
movmskpd ebx, xmm7
movmskpd esp, xmm7
movmskpd edx, xmm0
movmskpd edx, xmm1
vmovmskpd eax, xmm1
vmovmskpd ecx, xmm1
vmovmskpd edx, xmm1
vmovmskpd eax, xmm4
vmovmskpd eax, xmm7
vmovmskpd esi, ymm7
vmovmskpd edi, ymm7
vmovmskpd eax, ymm7
vmovmskpd esi, ymm0
vmovmskpd esi, ymm1
sqrtps xmm0, xmm1
sqrtps xmm1, xmm1
sqrtps xmm4, xmm1
sqrtps xmm0, xmm4
sqrtps xmm0, oword [eax]
sqrtps xmm0, oword [0x12345678]
sqrtps xmm0, oword [esi+0x80]
sqrtps xmm0, oword [esp+ebp*1-0x81]
sqrtps xmm0, oword [es:edi]
sqrtps xmm0, [eax]
vsqrtps xmm7, xmm0
vsqrtps xmm0, xmm0
vsqrtps xmm1, xmm0
vsqrtps xmm7, xmm1
vsqrtps xmm7, oword [eax]
vsqrtps xmm7, oword [cs:eax]
vsqrtps xmm7, oword [bx+si]
vsqrtps xmm7, oword [bp+di+0x4]
vsqrtps xmm7, oword [bp+si+0x1234]
vsqrtps xmm7, [eax]
vsqrtps ymm4, ymm7
vsqrtps ymm7, ymm7
vsqrtps ymm0, ymm7
vsqrtps ymm4, ymm0
vsqrtps ymm4, yword [eax]
vsqrtps ymm4, yword [edx+0x12345678]
vsqrtps ymm4, yword [esp]
vsqrtps ymm4, yword [esp+0x8]
vsqrtps ymm4, yword [ebp]
vsqrtps ymm4, [eax]
sqrtpd xmm4, xmm7
sqrtpd xmm7, xmm7
sqrtpd xmm0, xmm7
sqrtpd xmm4, xmm0
sqrtpd xmm4, oword [eax]
sqrtpd xmm4, oword [eax+ebx]
sqrtpd xmm4, oword [eax+ecx*2]
sqrtpd xmm4, oword [ebx+esi*4+0x10]
sqrtpd xmm4, oword [edi*8+0x1000]
sqrtpd xmm4, [eax]
vsqrtpd xmm1, xmm4
vsqrtpd xmm4, xmm4
vsqrtpd xmm7, xmm4
vsqrtpd xmm1, xmm7
vsqrtpd xmm1, oword [eax]
vsqrtpd xmm1, oword [es:edi]
vsqrtpd xmm1, oword [fs:0x20]
vsqrtpd xmm1, oword [gs:ebx+ecx*8+0x100]
vsqrtpd xmm1, oword [ss:ebp+0x10]
vsqrtpd xmm1, [eax]
vsqrtpd ymm0, ymm1
vsqrtpd ymm1, ymm1
vsqrtpd ymm4, ymm1
vsqrtpd ymm0, ymm4
vsqrtpd ymm0, yword [eax]
vsqrtpd ymm0, yword [bp+si+0x1234]
vsqrtpd ymm0, yword [0x12]
vsqrtpd ymm0, yword [ebx+0x7f]
vsqrtpd ymm0, yword [ecx-0x80]
vsqrtpd ymm0, [eax]
sqrtss xmm0, xmm1
sqrtss xmm1, xmm1
sqrtss xmm4, xmm1
sqrtss xmm0, xmm4
sqrtss xmm0, dword [eax]
sqrtss xmm0, dword [esp]
sqrtss xmm0, dword [esp+0x8]
sqrtss xmm0, dword [ebp]
sqrtss xmm0, dword [ebp-0x4]
sqrtss xmm0, [eax]
vsqrtss xmm7, xmm0, xmm1
vsqrtss xmm0, xmm0, xmm1
vsqrtss xmm1, xmm0, xmm1
vsqrtss xmm7, xmm1, xmm1
vsqrtss xmm7, xmm4, xmm1
vsqrtss xmm7, xmm0, xmm4
vsqrtss xmm7, xmm0, dword [eax]
vsqrtss xmm7, xmm0, dword [edi*8+0x1000]
vsqrtss xmm7, xmm0, dword [0x12345678]
vsqrtss xmm7, xmm0, dword [esi+0x80]
vsqrtss xmm7, xmm0, dword [esp+ebp*1-0x81]
vsqrtss xmm7, xmm0, [eax]
sqrtsd xmm1, xmm4
sqrtsd xmm4, xmm4
sqrtsd xmm7, xmm4
sqrtsd xmm1, xmm7
sqrtsd xmm1, qword [eax]
sqrtsd xmm1, qword [ecx-0x80]
sqrtsd xmm1, qword [edx+0x12345678]
sqrtsd xmm1, qword [esp]
sqrtsd xmm1, qword [esp+0x8]
sqrtsd xmm1, [eax]
vsqrtsd xmm0, xmm1, xmm4
vsqrtsd xmm1, xmm1, xmm4
vsqrtsd xmm4, xmm1, xmm4
vsqrtsd xmm0, xmm4, xmm4
vsqrtsd xmm0, xmm7, xmm4
vsqrtsd xmm0, xmm1, xmm7
vsqrtsd xmm0, xmm1, qword [eax]
vsqrtsd xmm0, xmm1, qword [eax+ecx*2]
vsqrtsd xmm0, xmm1, qword [ebx+esi*4+0x10]
vsqrtsd xmm0, xmm1, qword [edi*8+0x1000]
vsqrtsd xmm0, xmm1, qword [0x12345678]
vsqrtsd xmm0, xmm1, [eax]
rsqrtps xmm4, xmm7
rsqrtps xmm7, xmm7
rsqrtps xmm0, xmm7
rsqrtps xmm4, xmm0
rsqrtps xmm4, oword [eax]
rsqrtps xmm4, oword [0x12]
rsqrtps xmm4, oword [ebx+0x7f]
rsqrtps xmm4, oword [ecx-0x80]
rsqrtps xmm4, oword [edx+0x12345678]
rsqrtps xmm4, [eax]
vrsqrtps xmm1, xmm4
vrsqrtps xmm4, xmm4
vrsqrtps xmm7, xmm4
vrsqrtps xmm1, xmm7
vrsqrtps xmm1, oword [eax]
vrsqrtps xmm1, oword [ebp-0x4]
vrsqrtps xmm1, oword [eax+ebx]
vrsqrtps xmm1, oword [eax+ecx*2]
vrsqrtps xmm1, oword [ebx+esi*4+0x10]
vrsqrtps xmm1, [eax]
vrsqrtps ymm0, ymm1
vrsqrtps ymm1, ymm1
vrsqrtps ymm4, ymm1
vrsqrtps ymm0, ymm4
vrsqrtps ymm0, yword [eax]
vrsqrtps ymm0, yword [esp+ebp*1-0x81]
vrsqrtps ymm0, yword [es:edi]
vrsqrtps ymm0, yword [fs:0x20]
vrsqrtps ymm0, yword [gs:ebx+ecx*8+0x100]
vrsqrtps ymm0, [eax]
rsqrtss xmm7, xmm0
rsqrtss xmm0, xmm0
rsqrtss xmm1, xmm0
rsqrtss xmm7, xmm1
rsqrtss xmm7, dword [eax]
rsqrtss xmm7, dword [bp+di+0x4]
rsqrtss xmm7, dword [bp+si+0x1234]
rsqrtss xmm7, dword [0x12]
rsqrtss xmm7, dword [ebx+0x7f]
rsqrtss xmm7, [eax]
vrsqrtss xmm4, xmm7, xmm0
vrsqrtss xmm7, xmm7, xmm0
vrsqrtss xmm0, xmm7, xmm0
vrsqrtss xmm4, xmm0, xmm0
vrsqrtss xmm4, xmm1, xmm0
vrsqrtss xmm4, xmm7, xmm1
vrsqrtss xmm4, xmm7, dword [eax]
vrsqrtss xmm4, xmm7, dword [esp+0x8]
vrsqrtss xmm4, xmm7, dword [ebp]
vrsqrtss xmm4, xmm7, dword [ebp-0x4]
vrsqrtss xmm4, xmm7, dword [eax+ebx]
vrsqrtss xmm4, xmm7, [eax]
rcpps xmm1, xmm4
rcpps xmm4, xmm4
rcpps xmm7, xmm4
rcpps xmm1, xmm7
rcpps xmm1, oword [eax]
rcpps xmm1, oword [0x12345678]
rcpps xmm1, oword [esi+0x80]
rcpps xmm1, oword [esp+ebp*1-0x81]
rcpps xmm1, oword [es:edi]
rcpps xmm1, [eax]
vrcpps xmm0, xmm1
vrcpps xmm1, xmm1
vrcpps xmm4, xmm1
vrcpps xmm0, xmm4
vrcpps xmm0, oword [eax]
vrcpps xmm0, oword [cs:eax]
vrcpps xmm0, oword [bx+si]
vrcpps xmm0, oword [bp+di+0x4]
vrcpps xmm0, oword [bp+si+0x1234]
vrcpps xmm0, [eax]
vrcpps ymm7, ymm0
vrcpps ymm0, ymm0
vrcpps ymm1, ymm0
vrcpps ymm7, ymm1
vrcpps ymm7, yword [eax]
vrcpps ymm7, yword [edx+0x12345678]
vrcpps ymm7, yword [esp]
vrcpps ymm7, yword [esp+0x8]
vrcpps ymm7, yword [ebp]
vrcpps ymm7, [eax]
rcpss xmm4, xmm7
rcpss xmm7, xmm7
rcpss xmm0, xmm7
rcpss xmm4, xmm0
rcpss xmm4, dword [eax]
rcpss xmm4, dword [ebx+esi*4+0x10]
rcpss xmm4, dword [edi*8+0x1000]
rcpss xmm4, dword [0x12345678]
rcpss xmm4, dword [esi+0x80]
rcpss xmm4, [eax]
vrcpss xmm1, xmm4, xmm7
vrcpss xmm4, xmm4, xmm7
vrcpss xmm7, xmm4, xmm7
vrcpss xmm1, xmm7, xmm7
vrcpss xmm1, xmm0, xmm7
vrcpss xmm1, xmm4, xmm0
vrcpss xmm1, xmm4, dword [eax]
vrcpss xmm1, xmm4, dword [gs:ebx+ecx*8+0x100]
vrcpss xmm1, xmm4, dword [ss:ebp+0x10]
vrcpss xmm1, xmm4, dword [cs:eax]
vrcpss xmm1, xmm4, dword [bx+si]
vrcpss xmm1, xmm4, [eax]
andps xmm0, xmm1
andps xmm1, xmm1
andps xmm4, xmm1
andps xmm0, xmm4
andps xmm0, oword [eax]
andps xmm0, oword [ebx+0x7f]
andps xmm0, oword [ecx-0x80]
andps xmm0, oword [edx+0x12345678]
andps xmm0, oword [esp]
andps xmm0, [eax]
vandps xmm7, xmm0, xmm1
vandps xmm0, xmm0, xmm1
vandps xmm1, xmm0, xmm1
vandps xmm7, xmm1, xmm1
vandps xmm7, xmm4, xmm1
vandps xmm7, xmm0, xmm4
vandps xmm7, xmm0, oword [eax]
vandps xmm7, xmm0, oword [eax+ebx]
vandps xmm7, xmm0, oword [eax+ecx*2]
vandps xmm7, xmm0, oword [ebx+esi*4+0x10]
vandps xmm7, xmm0, oword [edi*8+0x1000]
vandps xmm7, xmm0, [eax]
vandps ymm4, ymm7, ymm0
vandps ymm7, ymm7, ymm0
vandps ymm0, ymm7, ymm0
vandps ymm4, ymm0, ymm0
vandps ymm4, ymm1, ymm0
vandps ymm4, ymm7, ymm1
vandps ymm4, ymm7, yword [eax]
vandps ymm4, ymm7, yword [es:edi]
vandps ymm4, ymm7, yword [fs:0x20]
vandps ymm4, ymm7, yword [gs:ebx+ecx*8+0x100]
vandps ymm4, ymm7, yword [ss:ebp+0x10]
vandps ymm4, ymm7, [eax]
andpd xmm4, xmm7
andpd xmm7, xmm7
andpd xmm0, xmm7
andpd xmm4, xmm0
andpd xmm4, oword [eax]
andpd xmm4, oword [bx+si]
andpd xmm4, oword [bp+di+0x4]
andpd xmm4, oword [bp+si+0x1234]
andpd xmm4, oword [0x12]
andpd xmm4, [eax]
vandpd xmm1, xmm4, xmm7
vandpd xmm4, xmm4, xmm7
vandpd xmm7, xmm4, xmm7
vandpd xmm1, xmm7, xmm7
vandpd xmm1, xmm0, xmm7
vandpd xmm1, xmm4, xmm0
vandpd xmm1, xmm4, oword [eax]
vandpd xmm1, xmm4, oword [esp]
vandpd xmm1, xmm4, oword [esp+0x8]
vandpd xmm1, xmm4, oword [ebp]
vandpd xmm1, xmm4, oword [ebp-0x4]
vandpd xmm1, xmm4, [eax]
vandpd ymm0, ymm1, ymm4
vandpd ymm1, ymm1, ymm4
vandpd ymm4, ymm1, ymm4
vandpd ymm0, ymm4, ymm4
vandpd ymm0, ymm7, ymm4
vandpd ymm0, ymm1, ymm7
vandpd ymm0, ymm1, yword [eax]
vandpd ymm0, ymm1, yword [edi*8+0x1000]
vandpd ymm0, ymm1, yword [0x12345678]
vandpd ymm0, ymm1, yword [esi+0x80]
vandpd ymm0, ymm1, yword [esp+ebp*1-0x81]
vandpd ymm0, ymm1, [eax]
andnps xmm0, xmm1
andnps xmm1, xmm1
andnps xmm4, xmm1
andnps xmm0, xmm4
andnps xmm0, oword [eax]
andnps xmm0, oword [fs:0x20]
andnps xmm0, oword [gs:ebx+ecx*8+0x100]
andnps xmm0, oword [ss:ebp+0x10]
andnps xmm0, oword [cs:eax]
andnps xmm0, [eax]
vandnps xmm7, xmm0, xmm1
vandnps xmm0, xmm0, xmm1
vandnps xmm1, xmm0, xmm1
vandnps xmm7, xmm1, xmm1
vandnps xmm7, xmm4, xmm1
vandnps xmm7, xmm0, xmm4
vandnps xmm7, xmm0, oword [eax]
vandnps xmm7, xmm0, oword [0x12]
vandnps xmm7, xmm0, oword [ebx+0x7f]
vandnps xmm7, xmm0, oword [ecx-0x80]
vandnps xmm7, xmm0, oword [edx+0x12345678]
vandnps xmm7, xmm0, [eax]
vandnps ymm4, ymm7, ymm0
vandnps ymm7, ymm7, ymm0
vandnps ymm0, ymm7, ymm0
vandnps ymm4, ymm0, ymm0
vandnps ymm4, ymm1, ymm0
vandnps ymm4, ymm7, ymm1
vandnps ymm4, ymm7, yword [eax]
vandnps ymm4, ymm7, yword [ebp-0x4]
vandnps ymm4, ymm7, yword [eax+ebx]
vandnps ymm4, ymm7, yword [eax+ecx*2]
vandnps ymm4, ymm7, yword [ebx+esi*4+0x10]
vandnps ymm4, ymm7, [eax]
andnpd xmm4, xmm7
andnpd xmm7, xmm7
andnpd xmm0, xmm7
andnpd xmm4, xmm0
andnpd xmm4, oword [eax]
andnpd xmm4, oword [0x12345678]
andnpd xmm4, oword [esi+0x80]
andnpd xmm4, oword [esp+ebp*1-0x81]
andnpd xmm4, oword [es:edi]
andnpd xmm4, [eax]
vandnpd xmm1, xmm4, xmm7
vandnpd xmm4, xmm4, xmm7
vandnpd xmm7, xmm4, xmm7
vandnpd xmm1, xmm7, xmm7
vandnpd xmm1, xmm0, xmm7
vandnpd xmm1, xmm4, xmm0
vandnpd xmm1, xmm4, oword [eax]
vandnpd xmm1, xmm4, oword [cs:eax]
vandnpd xmm1, xmm4, oword [bx+si]
vandnpd xmm1, xmm4, oword [bp+di+0x4]
vandnpd xmm1, xmm4, oword [bp+si+0x1234]
vandnpd xmm1, xmm4, [eax]
vandnpd ymm0, ymm1, ymm4
vandnpd ymm1, ymm1, ymm4
vandnpd ymm4, ymm1, ymm4
vandnpd ymm0, ymm4, ymm4
vandnpd ymm0, ymm7, ymm4
vandnpd ymm0, ymm1, ymm7
vandnpd ymm0, ymm1, yword [eax]
vandnpd ymm0, ymm1, yword [edx+0x12345678]
vandnpd ymm0, ymm1, yword [esp]
vandnpd ymm0, ymm1, yword [esp+0x8]
vandnpd ymm0, ymm1, yword [ebp]
vandnpd ymm0, ymm1, [eax]
orps xmm0, xmm1
orps xmm1, xmm1
orps xmm4, xmm1
orps xmm0, xmm4
orps xmm0, oword [eax]
orps xmm0, oword [eax+ebx]
orps xmm0, oword [eax+ecx*2]
orps xmm0, oword [ebx+esi*4+0x10]
orps xmm0, oword [edi*8+0x1000]
orps xmm0, [eax]
vorps xmm7, xmm0, xmm1
vorps xmm0, xmm0, xmm1
vorps xmm1, xmm0, xmm1
vorps xmm7, xmm1, xmm1
vorps xmm7, xmm4, xmm1
vorps xmm7, xmm0, xmm4
vorps xmm7, xmm0, oword [eax]
vorps xmm7, xmm0, oword [es:edi]
vorps xmm7, xmm0, oword [fs:0x20]
vorps xmm7, xmm0, oword [gs:ebx+ecx*8+0x100]
vorps xmm7, xmm0, oword [ss:ebp+0x10]
vorps xmm7, xmm0, [eax]
vorps ymm4, ymm7, ymm0
vorps ymm7, ymm7, ymm0
vorps ymm0, ymm7, ymm0
vorps ymm4, ymm0, ymm0
vorps ymm4, ymm1, ymm0
vorps ymm4, ymm7, ymm1
vorps ymm4, ymm7, yword [eax]
vorps ymm4, ymm7, yword [bp+si+0x1234]
vorps ymm4, ymm7, yword [0x12]
vorps ymm4, ymm7, yword [ebx+0x7f]
vorps ymm4, ymm7, yword [ecx-0x80]
vorps ymm4, ymm7, [eax]
orpd xmm4, xmm7
orpd xmm7, xmm7
orpd xmm0, xmm7
orpd xmm4, xmm0
orpd xmm4, oword [eax]
orpd xmm4, oword [esp]
orpd xmm4, oword [esp+0x8]
orpd xmm4, oword [ebp]
orpd xmm4, oword [ebp-0x4]
orpd xmm4, [eax]
vorpd xmm1, xmm4, xmm7
vorpd xmm4, xmm4, xmm7
vorpd xmm7, xmm4, xmm7
vorpd xmm1, xmm7, xmm7
vorpd xmm1, xmm0, xmm7
vorpd xmm1, xmm4, xmm0
vorpd xmm1, xmm4, oword [eax]
vorpd xmm1, xmm4, oword [edi*8+0x1000]
vorpd xmm1, xmm4, oword [0x12345678]
vorpd xmm1, xmm4, oword [esi+0x80]
vorpd xmm1, xmm4, oword [esp+ebp*1-0x81]
vorpd xmm1, xmm4, [eax]
vorpd ymm0, ymm1, ymm4
vorpd ymm1, ymm1, ymm4
vorpd ymm4, ymm1, ymm4
vorpd ymm0, ymm4, ymm4
vorpd ymm0, ymm7, ymm4
vorpd ymm0, ymm1, ymm7
vorpd ymm0, ymm1, yword [eax]
vorpd ymm0, ymm1, yword [ss:ebp+0x10]
vorpd ymm0, ymm1, yword [cs:eax]
vorpd ymm0, ymm1, yword [bx+si]
vorpd ymm0, ymm1, yword [bp+di+0x4]
vorpd ymm0, ymm1, [eax]
xorps xmm0, xmm1
xorps xmm1, xmm1
xorps xmm4, xmm1
xorps xmm0, xmm4
xorps xmm0, oword [eax]
xorps xmm0, oword [0x12]
xorps xmm0, oword [ebx+0x7f]
xorps xmm0, oword [ecx-0x80]
xorps xmm0, oword [edx+0x12345678]
xorps xmm0, [eax]
vxorps xmm7, xmm0, xmm1
vxorps xmm0, xmm0, xmm1
vxorps xmm1, xmm0, xmm1
vxorps xmm7, xmm1, xmm1
vxorps xmm7, xmm4, xmm1
vxorps xmm7, xmm0, xmm4
vxorps xmm7, xmm0, oword [eax]
vxorps xmm7, xmm0, oword [ebp-0x4]
vxorps xmm7, xmm0, oword [eax+ebx]
vxorps xmm7, xmm0, oword [eax+ecx*2]
vxorps xmm7, xmm0, oword [ebx+esi*4+0x10]
vxorps xmm7, xmm0, [eax]
vxorps ymm4, ymm7, ymm0
vxorps ymm7, ymm7, ymm0
vxorps ymm0, ymm7, ymm0
vxorps ymm4, ymm0, ymm0
vxorps ymm4, ymm1, ymm0
vxorps ymm4, ymm7, ymm1
vxorps ymm4, ymm7, yword [eax]
vxorps ymm4, ymm7, yword [esp+ebp*1-0x81]
vxorps ymm4, ymm7, yword [es:edi]
vxorps ymm4, ymm7, yword [fs:0x20]
vxorps ymm4, ymm7, yword [gs:ebx+ecx*8+0x100]
vxorps ymm4, ymm7, [eax]
xorpd xmm4, xmm7
xorpd xmm7, xmm7
xorpd xmm0, xmm7
xorpd xmm4, xmm0
xorpd xmm4, oword [eax]
xorpd xmm4, oword [cs:eax]
xorpd xmm4, oword [bx+si]
xorpd xmm4, oword [bp+di+0x4]
xorpd xmm4, oword [bp+si+0x1234]
xorpd xmm4, [eax]
vxorpd xmm1, xmm4, xmm7
vxorpd xmm4, xmm4, xmm7
vxorpd xmm7, xmm4, xmm7
vxorpd xmm1, xmm7, xmm7
vxorpd xmm1, xmm0, xmm7
vxorpd xmm1, xmm4, xmm0
vxorpd xmm1, xmm4, oword [eax]
vxorpd xmm1, xmm4, oword [edx+0x12345678]
vxorpd xmm1, xmm4, oword [esp]
vxorpd xmm1, xmm4, oword [esp+0x8]
vxorpd xmm1, xmm4, oword [ebp]
vxorpd xmm1, xmm4, [eax]
vxorpd ymm0, ymm1, ymm4
vxorpd ymm1, ymm1, ymm4
vxorpd ymm4, ymm1, ymm4
vxorpd ymm0, ymm4, ymm4
vxorpd ymm0, ymm7, ymm4
vxorpd ymm0, ymm1, ymm7
vxorpd ymm0, ymm1, yword [eax]
vxorpd ymm0, ymm1, yword [ebx+esi*4+0x10]
vxorpd ymm0, ymm1, yword [edi*8+0x1000]
vxorpd ymm0, ymm1, yword [0x12345678]
vxorpd ymm0, ymm1, yword [esi+0x80]
vxorpd ymm0, ymm1, [eax]
addps xmm0, xmm1
addps xmm1, xmm1
addps xmm4, xmm1
addps xmm0, xmm4
addps xmm0, oword [eax]
addps xmm0, oword [es:edi]
addps xmm0, oword [fs:0x20]
addps xmm0, oword [gs:ebx+ecx*8+0x100]
addps xmm0, oword [ss:ebp+0x10]
addps xmm0, [eax]
vaddps xmm0, xmm0, xmm1
vaddps xmm1, xmm0, xmm1
vaddps xmm4, xmm0, xmm1
vaddps xmm7, xmm0, xmm1
vaddps xmm0, xmm1, xmm1
vaddps xmm0, xmm4, xmm1
vaddps xmm0, xmm7, xmm1
vaddps xmm0, xmm0, xmm4
vaddps xmm0, xmm0, oword [eax]
vaddps xmm0, xmm0, oword [ebx+0x7f]
vaddps xmm0, xmm0, oword [ecx-0x80]
vaddps xmm0, xmm0, oword [edx+0x12345678]
vaddps xmm0, xmm0, oword [esp]
vaddps xmm0, xmm0, oword [esp+0x8]
vaddps xmm0, xmm0, oword [ebp]
vaddps xmm0, xmm0, oword [ebp-0x4]
vaddps xmm0, xmm0, oword [eax+ebx]
vaddps xmm0, xmm0, oword [eax+ecx*2]
vaddps xmm0, xmm0, oword [ebx+esi*4+0x10]
vaddps xmm0, xmm0, oword [edi*8+0x1000]
vaddps xmm0, xmm0, oword [0x12345678]
vaddps xmm0, xmm0, oword [esi+0x80]
vaddps xmm0, xmm0, oword [esp+ebp*1-0x81]
vaddps xmm0, xmm0, oword [es:edi]
vaddps xmm0, xmm0, oword [fs:0x20]
vaddps xmm0, xmm0, oword [gs:ebx+ecx*8+0x100]
vaddps xmm0, xmm0, oword [ss:ebp+0x10]
vaddps xmm0, xmm0, oword [cs:eax]
vaddps xmm0, xmm0, oword [bx+si]
vaddps xmm0, xmm0, oword [bp+di+0x4]
vaddps xmm0, xmm0, oword [bp+si+0x1234]
vaddps xmm0, xmm0, oword [0x12]
vaddps xmm0, xmm0, [eax]
vaddps ymm0, ymm0, ymm0
vaddps ymm1, ymm0, ymm0
vaddps ymm4, ymm0, ymm0
vaddps ymm7, ymm0, ymm0
vaddps ymm0, ymm1, ymm0
vaddps ymm0, ymm4, ymm0
vaddps ymm0, ymm7, ymm0
vaddps ymm0, ymm0, ymm1
vaddps ymm0, ymm0, yword [eax]
vaddps ymm0, ymm0, yword [ebx+0x7f]
vaddps ymm0, ymm0, yword [ecx-0x80]
vaddps ymm0, ymm0, yword [edx+0x12345678]
vaddps ymm0, ymm0, yword [esp]
vaddps ymm0, ymm0, yword [esp+0x8]
vaddps ymm0, ymm0, yword [ebp]
vaddps ymm0, ymm0, yword [ebp-0x4]
vaddps ymm0, ymm0, yword [eax+ebx]
vaddps ymm0, ymm0, yword [eax+ecx*2]
vaddps ymm0, ymm0, yword [ebx+esi*4+0x10]
vaddps ymm0, ymm0, yword [edi*8+0x1000]
vaddps ymm0, ymm0, yword [0x12345678]
vaddps ymm0, ymm0, yword [esi+0x80]
vaddps ymm0, ymm0, yword [esp+ebp*1-0x81]
vaddps ymm0, ymm0, yword [es:edi]
vaddps ymm0, ymm0, yword [fs:0x20]
vaddps ymm0, ymm0, yword [gs:ebx+ecx*8+0x100]
vaddps ymm0, ymm0, yword [ss:ebp+0x10]
vaddps ymm0, ymm0, yword [cs:eax]
vaddps ymm0, ymm0, yword [bx+si]
vaddps ymm0, ymm0, yword [bp+di+0x4]
vaddps ymm0, ymm0, yword [bp+si+0x1234]
vaddps ymm0, ymm0, yword [0x12]
vaddps ymm0, ymm0, [eax]
addpd xmm4, xmm7
addpd xmm7, xmm7
addpd xmm0, xmm7
addpd xmm4, xmm0
addpd xmm4, oword [eax]
addpd xmm4, oword [edi*8+0x1000]
addpd xmm4, oword [0x12345678]
addpd xmm4, oword [esi+0x80]
addpd xmm4, oword [esp+ebp*1-0x81]
addpd xmm4, [eax]
vaddpd xmm1, xmm4, xmm7
vaddpd xmm4, xmm4, xmm7
vaddpd xmm7, xmm4, xmm7
vaddpd xmm1, xmm7, xmm7
vaddpd xmm1, xmm0, xmm7
vaddpd xmm1, xmm4, xmm0
vaddpd xmm1, xmm4, oword [eax]
vaddpd xmm1, xmm4, oword [ss:ebp+0x10]
vaddpd xmm1, xmm4, oword [cs:eax]
vaddpd xmm1, xmm4, oword [bx+si]
vaddpd xmm1, xmm4, oword [bp+di+0x4]
vaddpd xmm1, xmm4, [eax]
vaddpd ymm0, ymm1, ymm4
vaddpd ymm1, ymm1, ymm4
vaddpd ymm4, ymm1, ymm4
vaddpd ymm0, ymm4, ymm4
vaddpd ymm0, ymm7, ymm4
vaddpd ymm0, ymm1, ymm7
vaddpd ymm0, ymm1, yword [eax]
vaddpd ymm0, ymm1, yword [ecx-0x80]
vaddpd ymm0, ymm1, yword [edx+0x12345678]
vaddpd ymm0, ymm1, yword [esp]
vaddpd ymm0, ymm1, yword [esp+0x8]
vaddpd ymm0, ymm1, [eax]
addss xmm0, xmm1
addss xmm1, xmm1
addss xmm4, xmm1
addss xmm0, xmm4
addss xmm0, dword [eax]
addss xmm0, dword [ebp-0x4]
addss xmm0, dword [eax+ebx]
addss xmm0, dword [eax+ecx*2]
addss xmm0, dword [ebx+esi*4+0x10]
addss xmm0, [eax]
vaddss xmm7, xmm0, xmm1
vaddss xmm0, xmm0, xmm1
vaddss xmm1, xmm0, xmm1
vaddss xmm7, xmm1, xmm1
vaddss xmm7, xmm4, xmm1
vaddss xmm7, xmm0, xmm4
vaddss xmm7, xmm0, dword [eax]
vaddss xmm7, xmm0, dword [esp+ebp*1-0x81]
vaddss xmm7, xmm0, dword [es:edi]
vaddss xmm7, xmm0, dword [fs:0x20]
vaddss xmm7, xmm0, dword [gs:ebx+ecx*8+0x100]
vaddss xmm7, xmm0, [eax]
addsd xmm1, xmm4
addsd xmm4, xmm4
addsd xmm7, xmm4
addsd xmm1, xmm7
addsd xmm1, qword [eax]
addsd xmm1, qword [esp+0x8]
addsd xmm1, qword [ebp]
addsd xmm1, qword [ebp-0x4]
addsd xmm1, qword [eax+ebx]
addsd xmm1, [eax]
vaddsd xmm0, xmm1, xmm4
vaddsd xmm1, xmm1, xmm4
vaddsd xmm4, xmm1, xmm4
vaddsd xmm0, xmm4, xmm4
vaddsd xmm0, xmm7, xmm4
vaddsd xmm0, xmm1, xmm7
vaddsd xmm0, xmm1, qword [eax]
vaddsd xmm0, xmm1, qword [0x12345678]
vaddsd xmm0, xmm1, qword [esi+0x80]
vaddsd xmm0, xmm1, qword [esp+ebp*1-0x81]
vaddsd xmm0, xmm1, qword [es:edi]
vaddsd xmm0, xmm1, [eax]
mulps xmm4, xmm7
mulps xmm7, xmm7
mulps xmm0, xmm7
mulps xmm4, xmm0
mulps xmm4, oword [eax]
mulps xmm4, oword [edx+0x12345678]
mulps xmm4, oword [esp]
mulps xmm4, oword [esp+0x8]
mulps xmm4, oword [ebp]
mulps xmm4, [eax]
vmulps xmm1, xmm4, xmm7
vmulps xmm4, xmm4, xmm7
vmulps xmm7, xmm4, xmm7
vmulps xmm1, xmm7, xmm7
vmulps xmm1, xmm0, xmm7
vmulps xmm1, xmm4, xmm0
vmulps xmm1, xmm4, oword [eax]
vmulps xmm1, xmm4, oword [ebx+esi*4+0x10]
vmulps xmm1, xmm4, oword [edi*8+0x1000]
vmulps xmm1, xmm4, oword [0x12345678]
vmulps xmm1, xmm4, oword [esi+0x80]
vmulps xmm1, xmm4, [eax]
vmulps ymm0, ymm1, ymm4
vmulps ymm1, ymm1, ymm4
vmulps ymm4, ymm1, ymm4
vmulps ymm0, ymm4, ymm4
vmulps ymm0, ymm7, ymm4
vmulps ymm0, ymm1, ymm7
vmulps ymm0, ymm1, yword [eax]
vmulps ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vmulps ymm0, ymm1, yword [ss:ebp+0x10]
vmulps ymm0, ymm1, yword [cs:eax]
vmulps ymm0, ymm1, yword [bx+si]
vmulps ymm0, ymm1, [eax]
mulpd xmm0, xmm1
mulpd xmm1, xmm1
mulpd xmm4, xmm1
mulpd xmm0, xmm4
mulpd xmm0, oword [eax]
mulpd xmm0, oword [bp+si+0x1234]
mulpd xmm0, oword [0x12]
mulpd xmm0, oword [ebx+0x7f]
mulpd xmm0, oword [ecx-0x80]
mulpd xmm0, [eax]
vmulpd xmm7, xmm0, xmm1
vmulpd xmm0, xmm0, xmm1
vmulpd xmm1, xmm0, xmm1
vmulpd xmm7, xmm1, xmm1
vmulpd xmm7, xmm4, xmm1
vmulpd xmm7, xmm0, xmm4
vmulpd xmm7, xmm0, oword [eax]
vmulpd xmm7, xmm0, oword [ebp]
vmulpd xmm7, xmm0, oword [ebp-0x4]
vmulpd xmm7, xmm0, oword [eax+ebx]
vmulpd xmm7, xmm0, oword [eax+ecx*2]
vmulpd xmm7, xmm0, [eax]
vmulpd ymm4, ymm7, ymm0
vmulpd ymm7, ymm7, ymm0
vmulpd ymm0, ymm7, ymm0
vmulpd ymm4, ymm0, ymm0
vmulpd ymm4, ymm1, ymm0
vmulpd ymm4, ymm7, ymm1
vmulpd ymm4, ymm7, yword [eax]
vmulpd ymm4, ymm7, yword [esi+0x80]
vmulpd ymm4, ymm7, yword [esp+ebp*1-0x81]
vmulpd ymm4, ymm7, yword [es:edi]
vmulpd ymm4, ymm7, yword [fs:0x20]
vmulpd ymm4, ymm7, [eax]
mulss xmm4, xmm7
mulss xmm7, xmm7
mulss xmm0, xmm7
mulss xmm4, xmm0
mulss xmm4, dword [eax]
mulss xmm4, dword [ss:ebp+0x10]
mulss xmm4, dword [cs:eax]
mulss xmm4, dword [bx+si]
mulss xmm4, dword [bp+di+0x4]
mulss xmm4, [eax]
vmulss xmm1, xmm4, xmm7
vmulss xmm4, xmm4, xmm7
vmulss xmm7, xmm4, xmm7
vmulss xmm1, xmm7, xmm7
vmulss xmm1, xmm0, xmm7
vmulss xmm1, xmm4, xmm0
vmulss xmm1, xmm4, dword [eax]
vmulss xmm1, xmm4, dword [ecx-0x80]
vmulss xmm1, xmm4, dword [edx+0x12345678]
vmulss xmm1, xmm4, dword [esp]
vmulss xmm1, xmm4, dword [esp+0x8]
vmulss xmm1, xmm4, [eax]
mulsd xmm7, xmm0
mulsd xmm0, xmm0
mulsd xmm1, xmm0
mulsd xmm7, xmm1
mulsd xmm7, qword [eax]
mulsd xmm7, qword [fs:0x20]
mulsd xmm7, qword [gs:ebx+ecx*8+0x100]
mulsd xmm7, qword [ss:ebp+0x10]
mulsd xmm7, qword [cs:eax]
mulsd xmm7, [eax]
vmulsd xmm4, xmm7, xmm0
vmulsd xmm7, xmm7, xmm0
vmulsd xmm0, xmm7, xmm0
vmulsd xmm4, xmm0, xmm0
vmulsd xmm4, xmm1, xmm0
vmulsd xmm4, xmm7, xmm1
vmulsd xmm4, xmm7, qword [eax]
vmulsd xmm4, xmm7, qword [0x12]
vmulsd xmm4, xmm7, qword [ebx+0x7f]
vmulsd xmm4, xmm7, qword [ecx-0x80]
vmulsd xmm4, xmm7, qword [edx+0x12345678]
vmulsd xmm4, xmm7, [eax]
cvtps2pd xmm0, xmm1
cvtps2pd xmm1, xmm1
cvtps2pd xmm4, xmm1
cvtps2pd xmm0, xmm4
cvtps2pd xmm0, qword [eax]
cvtps2pd xmm0, qword [esp+ebp*1-0x81]
cvtps2pd xmm0, qword [es:edi]
cvtps2pd xmm0, qword [fs:0x20]
cvtps2pd xmm0, qword [gs:ebx+ecx*8+0x100]
cvtps2pd xmm0, [eax]
vcvtps2pd xmm7, xmm0
vcvtps2pd xmm0, xmm0
vcvtps2pd xmm1, xmm0
vcvtps2pd xmm7, xmm1
vcvtps2pd xmm7, qword [eax]
vcvtps2pd xmm7, qword [bp+di+0x4]
vcvtps2pd xmm7, qword [bp+si+0x1234]
vcvtps2pd xmm7, qword [0x12]
vcvtps2pd xmm7, qword [ebx+0x7f]
vcvtps2pd xmm7, [eax]
vcvtps2pd ymm4, xmm7
vcvtps2pd ymm7, xmm7
vcvtps2pd ymm0, xmm7
vcvtps2pd ymm4, xmm0
vcvtps2pd ymm4, oword [eax]
vcvtps2pd ymm4, oword [esp+0x8]
vcvtps2pd ymm4, oword [ebp]
vcvtps2pd ymm4, oword [ebp-0x4]
vcvtps2pd ymm4, oword [eax+ebx]
vcvtps2pd ymm4, [eax]
cvtpd2ps xmm4, xmm7
cvtpd2ps xmm7, xmm7
cvtpd2ps xmm0, xmm7
cvtpd2ps xmm4, xmm0
cvtpd2ps xmm4, oword [eax]
cvtpd2ps xmm4, oword [ebx+esi*4+0x10]
cvtpd2ps xmm4, oword [edi*8+0x1000]
cvtpd2ps xmm4, oword [0x12345678]
cvtpd2ps xmm4, oword [esi+0x80]
cvtpd2ps xmm4, [eax]
vcvtpd2ps xmm1, xmm4
vcvtpd2ps xmm4, xmm4
vcvtpd2ps xmm7, xmm4
vcvtpd2ps xmm1, xmm7
vcvtpd2ps xmm1, oword [eax]
vcvtpd2ps xmm1, oword [gs:ebx+ecx*8+0x100]
vcvtpd2ps xmm1, oword [ss:ebp+0x10]
vcvtpd2ps xmm1, oword [cs:eax]
vcvtpd2ps xmm1, oword [bx+si]
vcvtpd2ps xmm1, [eax]
vcvtpd2ps xmm0, ymm1
vcvtpd2ps xmm1, ymm1
vcvtpd2ps xmm4, ymm1
vcvtpd2ps xmm0, ymm4
vcvtpd2ps xmm0, yword [eax]
vcvtpd2ps xmm0, yword [ebx+0x7f]
vcvtpd2ps xmm0, yword [ecx-0x80]
vcvtpd2ps xmm0, yword [edx+0x12345678]
vcvtpd2ps xmm0, yword [esp]
vcvtpd2ps xmm0, [eax]
cvtss2sd xmm0, xmm1
cvtss2sd xmm1, xmm1
cvtss2sd xmm4, xmm1
cvtss2sd xmm0, xmm4
cvtss2sd xmm0, dword [eax]
cvtss2sd xmm0, dword [ebp]
cvtss2sd xmm0, dword [ebp-0x4]
cvtss2sd xmm0, dword [eax+ebx]
cvtss2sd xmm0, dword [eax+ecx*2]
cvtss2sd xmm0, [eax]
vcvtss2sd xmm7, xmm0, xmm1
vcvtss2sd xmm0, xmm0, xmm1
vcvtss2sd xmm1, xmm0, xmm1
vcvtss2sd xmm7, xmm1, xmm1
vcvtss2sd xmm7, xmm4, xmm1
vcvtss2sd xmm7, xmm0, xmm4
vcvtss2sd xmm7, xmm0, dword [eax]
vcvtss2sd xmm7, xmm0, dword [esi+0x80]
vcvtss2sd xmm7, xmm0, dword [esp+ebp*1-0x81]
vcvtss2sd xmm7, xmm0, dword [es:edi]
vcvtss2sd xmm7, xmm0, dword [fs:0x20]
vcvtss2sd xmm7, xmm0, [eax]
cvtsd2ss xmm1, xmm4
cvtsd2ss xmm4, xmm4
cvtsd2ss xmm7, xmm4
cvtsd2ss xmm1, xmm7
cvtsd2ss xmm1, qword [eax]
cvtsd2ss xmm1, qword [esp]
cvtsd2ss xmm1, qword [esp+0x8]
cvtsd2ss xmm1, qword [ebp]
cvtsd2ss xmm1, qword [ebp-0x4]
cvtsd2ss xmm1, [eax]
vcvtsd2ss xmm0, xmm1, xmm4
vcvtsd2ss xmm1, xmm1, xmm4
vcvtsd2ss xmm4, xmm1, xmm4
vcvtsd2ss xmm0, xmm4, xmm4
vcvtsd2ss xmm0, xmm7, xmm4
vcvtsd2ss xmm0, xmm1, xmm7
vcvtsd2ss xmm0, xmm1, qword [eax]
vcvtsd2ss xmm0, xmm1, qword [edi*8+0x1000]
vcvtsd2ss xmm0, xmm1, qword [0x12345678]
vcvtsd2ss xmm0, xmm1, qword [esi+0x80]
vcvtsd2ss xmm0, xmm1, qword [esp+ebp*1-0x81]
vcvtsd2ss xmm0, xmm1, [eax]
cvtdq2ps xmm4, xmm7
cvtdq2ps xmm7, xmm7
cvtdq2ps xmm0, xmm7
cvtdq2ps xmm4, xmm0
cvtdq2ps xmm4, oword [eax]
cvtdq2ps xmm4, oword [ecx-0x80]
cvtdq2ps xmm4, oword [edx+0x12345678]
cvtdq2ps xmm4, oword [esp]
cvtdq2ps xmm4, oword [esp+0x8]
cvtdq2ps xmm4, [eax]
vcvtdq2ps xmm1, xmm4
vcvtdq2ps xmm4, xmm4
vcvtdq2ps xmm7, xmm4
vcvtdq2ps xmm1, xmm7
vcvtdq2ps xmm1, oword [eax]
vcvtdq2ps xmm1, oword [eax+ecx*2]
vcvtdq2ps xmm1, oword [ebx+esi*4+0x10]
vcvtdq2ps xmm1, oword [edi*8+0x1000]
vcvtdq2ps xmm1, oword [0x12345678]
vcvtdq2ps xmm1, [eax]
vcvtdq2ps ymm0, ymm1
vcvtdq2ps ymm1, ymm1
vcvtdq2ps ymm4, ymm1
vcvtdq2ps ymm0, ymm4
vcvtdq2ps ymm0, yword [eax]
vcvtdq2ps ymm0, yword [fs:0x20]
vcvtdq2ps ymm0, yword [gs:ebx+ecx*8+0x100]
vcvtdq2ps ymm0, yword [ss:ebp+0x10]
vcvtdq2ps ymm0, yword [cs:eax]
vcvtdq2ps ymm0, [eax]
cvtps2dq xmm1, xmm4
cvtps2dq xmm4, xmm4
cvtps2dq xmm7, xmm4
cvtps2dq xmm1, xmm7
cvtps2dq xmm1, oword [eax]
cvtps2dq xmm1, oword [cs:eax]
cvtps2dq xmm1, oword [bx+si]
cvtps2dq xmm1, oword [bp+di+0x4]
cvtps2dq xmm1, oword [bp+si+0x1234]
cvtps2dq xmm1, [eax]
vcvtps2dq xmm0, xmm1
vcvtps2dq xmm1, xmm1
vcvtps2dq xmm4, xmm1
vcvtps2dq xmm0, xmm4
vcvtps2dq xmm0, oword [eax]
vcvtps2dq xmm0, oword [edx+0x12345678]
vcvtps2dq xmm0, oword [esp]
vcvtps2dq xmm0, oword [esp+0x8]
vcvtps2dq xmm0, oword [ebp]
vcvtps2dq xmm0, [eax]
vcvtps2dq ymm7, ymm0
vcvtps2dq ymm0, ymm0
vcvtps2dq ymm1, ymm0
vcvtps2dq ymm7, ymm1
vcvtps2dq ymm7, yword [eax]
vcvtps2dq ymm7, yword [ebx+esi*4+0x10]
vcvtps2dq ymm7, yword [edi*8+0x1000]
vcvtps2dq ymm7, yword [0x12345678]
vcvtps2dq ymm7, yword [esi+0x80]
vcvtps2dq ymm7, [eax]
cvttps2dq xmm7, xmm0
cvttps2dq xmm0, xmm0
cvttps2dq xmm1, xmm0
cvttps2dq xmm7, xmm1
cvttps2dq xmm7, oword [eax]
cvttps2dq xmm7, oword [es:edi]
cvttps2dq xmm7, oword [fs:0x20]
cvttps2dq xmm7, oword [gs:ebx+ecx*8+0x100]
cvttps2dq xmm7, oword [ss:ebp+0x10]
cvttps2dq xmm7, [eax]
vcvttps2dq xmm4, xmm7
vcvttps2dq xmm7, xmm7
vcvttps2dq xmm0, xmm7
vcvttps2dq xmm4, xmm0
vcvttps2dq xmm4, oword [eax]
vcvttps2dq xmm4, oword [bp+si+0x1234]
vcvttps2dq xmm4, oword [0x12]
vcvttps2dq xmm4, oword [ebx+0x7f]
vcvttps2dq xmm4, oword [ecx-0x80]
vcvttps2dq xmm4, [eax]
vcvttps2dq ymm1, ymm4
vcvttps2dq ymm4, ymm4
vcvttps2dq ymm7, ymm4
vcvttps2dq ymm1, ymm7
vcvttps2dq ymm1, yword [eax]
vcvttps2dq ymm1, yword [ebp]
vcvttps2dq ymm1, yword [ebp-0x4]
vcvttps2dq ymm1, yword [eax+ebx]
vcvttps2dq ymm1, yword [eax+ecx*2]
vcvttps2dq ymm1, [eax]
subps xmm1, xmm4
subps xmm4, xmm4
subps xmm7, xmm4
subps xmm1, xmm7
subps xmm1, oword [eax]
subps xmm1, oword [edi*8+0x1000]
subps xmm1, oword [0x12345678]
subps xmm1, oword [esi+0x80]
subps xmm1, oword [esp+ebp*1-0x81]
subps xmm1, [eax]
vsubps xmm0, xmm1, xmm4
vsubps xmm1, xmm1, xmm4
vsubps xmm4, xmm1, xmm4
vsubps xmm0, xmm4, xmm4
vsubps xmm0, xmm7, xmm4
vsubps xmm0, xmm1, xmm7
vsubps xmm0, xmm1, oword [eax]
vsubps xmm0, xmm1, oword [ss:ebp+0x10]
vsubps xmm0, xmm1, oword [cs:eax]
vsubps xmm0, xmm1, oword [bx+si]
vsubps xmm0, xmm1, oword [bp+di+0x4]
vsubps xmm0, xmm1, [eax]
vsubps ymm7, ymm0, ymm1
vsubps ymm0, ymm0, ymm1
vsubps ymm1, ymm0, ymm1
vsubps ymm7, ymm1, ymm1
vsubps ymm7, ymm4, ymm1
vsubps ymm7, ymm0, ymm4
vsubps ymm7, ymm0, yword [eax]
vsubps ymm7, ymm0, yword [ecx-0x80]
vsubps ymm7, ymm0, yword [edx+0x12345678]
vsubps ymm7, ymm0, yword [esp]
vsubps ymm7, ymm0, yword [esp+0x8]
vsubps ymm7, ymm0, [eax]
subpd xmm7, xmm0
subpd xmm0, xmm0
subpd xmm1, xmm0
subpd xmm7, xmm1
subpd xmm7, oword [eax]
subpd xmm7, oword [ebp-0x4]
subpd xmm7, oword [eax+ebx]
subpd xmm7, oword [eax+ecx*2]
subpd xmm7, oword [ebx+esi*4+0x10]
subpd xmm7, [eax]
vsubpd xmm4, xmm7, xmm0
vsubpd xmm7, xmm7, xmm0
vsubpd xmm0, xmm7, xmm0
vsubpd xmm4, xmm0, xmm0
vsubpd xmm4, xmm1, xmm0
vsubpd xmm4, xmm7, xmm1
vsubpd xmm4, xmm7, oword [eax]
vsubpd xmm4, xmm7, oword [esp+ebp*1-0x81]
vsubpd xmm4, xmm7, oword [es:edi]
vsubpd xmm4, xmm7, oword [fs:0x20]
vsubpd xmm4, xmm7, oword [gs:ebx+ecx*8+0x100]
vsubpd xmm4, xmm7, [eax]
vsubpd ymm1, ymm4, ymm7
vsubpd ymm4, ymm4, ymm7
vsubpd ymm7, ymm4, ymm7
vsubpd ymm1, ymm7, ymm7
vsubpd ymm1, ymm0, ymm7
vsubpd ymm1, ymm4, ymm0
vsubpd ymm1, ymm4, yword [eax]
vsubpd ymm1, ymm4, yword [bp+di+0x4]
vsubpd ymm1, ymm4, yword [bp+si+0x1234]
vsubpd ymm1, ymm4, yword [0x12]
vsubpd ymm1, ymm4, yword [ebx+0x7f]
vsubpd ymm1, ymm4, [eax]
subss xmm1, xmm4
subss xmm4, xmm4
subss xmm7, xmm4
subss xmm1, xmm7
subss xmm1, dword [eax]
subss xmm1, dword [edx+0x12345678]
subss xmm1, dword [esp]
subss xmm1, dword [esp+0x8]
subss xmm1, dword [ebp]
subss xmm1, [eax]
vsubss xmm0, xmm1, xmm4
vsubss xmm1, xmm1, xmm4
vsubss xmm4, xmm1, xmm4
vsubss xmm0, xmm4, xmm4
vsubss xmm0, xmm7, xmm4
vsubss xmm0, xmm1, xmm7
vsubss xmm0, xmm1, dword [eax]
vsubss xmm0, xmm1, dword [ebx+esi*4+0x10]
vsubss xmm0, xmm1, dword [edi*8+0x1000]
vsubss xmm0, xmm1, dword [0x12345678]
vsubss xmm0, xmm1, dword [esi+0x80]
vsubss xmm0, xmm1, [eax]
subsd xmm4, xmm7
subsd xmm7, xmm7
subsd xmm0, xmm7
subsd xmm4, xmm0
subsd xmm4, qword [eax]
subsd xmm4, qword [ebx+0x7f]
subsd xmm4, qword [ecx-0x80]
subsd xmm4, qword [edx+0x12345678]
subsd xmm4, qword [esp]
subsd xmm4, [eax]
vsubsd xmm1, xmm4, xmm7
vsubsd xmm4, xmm4, xmm7
vsubsd xmm7, xmm4, xmm7
vsubsd xmm1, xmm7, xmm7
vsubsd xmm1, xmm0, xmm7
vsubsd xmm1, xmm4, xmm0
vsubsd xmm1, xmm4, qword [eax]
vsubsd xmm1, xmm4, qword [eax+ebx]
vsubsd xmm1, xmm4, qword [eax+ecx*2]
vsubsd xmm1, xmm4, qword [ebx+esi*4+0x10]
vsubsd xmm1, xmm4, qword [edi*8+0x1000]
vsubsd xmm1, xmm4, [eax]
minps xmm7, xmm0
minps xmm0, xmm0
minps xmm1, xmm0
minps xmm7, xmm1
minps xmm7, oword [eax]
minps xmm7, oword [bp+si+0x1234]
minps xmm7, oword [0x12]
minps xmm7, oword [ebx+0x7f]
minps xmm7, oword [ecx-0x80]
minps xmm7, [eax]
vminps xmm4, xmm7, xmm0
vminps xmm7, xmm7, xmm0
vminps xmm0, xmm7, xmm0
vminps xmm4, xmm0, xmm0
vminps xmm4, xmm1, xmm0
vminps xmm4, xmm7, xmm1
vminps xmm4, xmm7, oword [eax]
vminps xmm4, xmm7, oword [ebp]
vminps xmm4, xmm7, oword [ebp-0x4]
vminps xmm4, xmm7, oword [eax+ebx]
vminps xmm4, xmm7, oword [eax+ecx*2]
vminps xmm4, xmm7, [eax]
vminps ymm1, ymm4, ymm7
vminps ymm4, ymm4, ymm7
vminps ymm7, ymm4, ymm7
vminps ymm1, ymm7, ymm7
vminps ymm1, ymm0, ymm7
vminps ymm1, ymm4, ymm0
vminps ymm1, ymm4, yword [eax]
vminps ymm1, ymm4, yword [esi+0x80]
vminps ymm1, ymm4, yword [esp+ebp*1-0x81]
vminps ymm1, ymm4, yword [es:edi]
vminps ymm1, ymm4, yword [fs:0x20]
vminps ymm1, ymm4, [eax]
minpd xmm1, xmm4
minpd xmm4, xmm4
minpd xmm7, xmm4
minpd xmm1, xmm7
minpd xmm1, oword [eax]
minpd xmm1, oword [ss:ebp+0x10]
minpd xmm1, oword [cs:eax]
minpd xmm1, oword [bx+si]
minpd xmm1, oword [bp+di+0x4]
minpd xmm1, [eax]
vminpd xmm0, xmm1, xmm4
vminpd xmm1, xmm1, xmm4
vminpd xmm4, xmm1, xmm4
vminpd xmm0, xmm4, xmm4
vminpd xmm0, xmm7, xmm4
vminpd xmm0, xmm1, xmm7
vminpd xmm0, xmm1, oword [eax]
vminpd xmm0, xmm1, oword [ecx-0x80]
vminpd xmm0, xmm1, oword [edx+0x12345678]
vminpd xmm0, xmm1, oword [esp]
vminpd xmm0, xmm1, oword [esp+0x8]
vminpd xmm0, xmm1, [eax]
vminpd ymm7, ymm0, ymm1
vminpd ymm0, ymm0, ymm1
vminpd ymm1, ymm0, ymm1
vminpd ymm7, ymm1, ymm1
vminpd ymm7, ymm4, ymm1
vminpd ymm7, ymm0, ymm4
vminpd ymm7, ymm0, yword [eax]
vminpd ymm7, ymm0, yword [eax+ecx*2]
vminpd ymm7, ymm0, yword [ebx+esi*4+0x10]
vminpd ymm7, ymm0, yword [edi*8+0x1000]
vminpd ymm7, ymm0, yword [0x12345678]
vminpd ymm7, ymm0, [eax]
minss xmm7, xmm0
minss xmm0, xmm0
minss xmm1, xmm0
minss xmm7, xmm1
minss xmm7, dword [eax]
minss xmm7, dword [esp+ebp*1-0x81]
minss xmm7, dword [es:edi]
minss xmm7, dword [fs:0x20]
minss xmm7, dword [gs:ebx+ecx*8+0x100]
minss xmm7, [eax]
vminss xmm4, xmm7, xmm0
vminss xmm7, xmm7, xmm0
vminss xmm0, xmm7, xmm0
vminss xmm4, xmm0, xmm0
vminss xmm4, xmm1, xmm0
vminss xmm4, xmm7, xmm1
vminss xmm4, xmm7, dword [eax]
vminss xmm4, xmm7, dword [bp+di+0x4]
vminss xmm4, xmm7, dword [bp+si+0x1234]
vminss xmm4, xmm7, dword [0x12]
vminss xmm4, xmm7, dword [ebx+0x7f]
vminss xmm4, xmm7, [eax]
minsd xmm0, xmm1
minsd xmm1, xmm1
minsd xmm4, xmm1
minsd xmm0, xmm4
minsd xmm0, qword [eax]
minsd xmm0, qword [0x12345678]
minsd xmm0, qword [esi+0x80]
minsd xmm0, qword [esp+ebp*1-0x81]
minsd xmm0, qword [es:edi]
minsd xmm0, [eax]
vminsd xmm7, xmm0, xmm1
vminsd xmm0, xmm0, xmm1
vminsd xmm1, xmm0, xmm1
vminsd xmm7, xmm1, xmm1
vminsd xmm7, xmm4, xmm1
vminsd xmm7, xmm0, xmm4
vminsd xmm7, xmm0, qword [eax]
vminsd xmm7, xmm0, qword [cs:eax]
vminsd xmm7, xmm0, qword [bx+si]
vminsd xmm7, xmm0, qword [bp+di+0x4]
vminsd xmm7, xmm0, qword [bp+si+0x1234]
vminsd xmm7, xmm0, [eax]
divps xmm1, xmm4
divps xmm4, xmm4
divps xmm7, xmm4
divps xmm1, xmm7
divps xmm1, oword [eax]
divps xmm1, oword [ebx+esi*4+0x10]
divps xmm1, oword [edi*8+0x1000]
divps xmm1, oword [0x12345678]
divps xmm1, oword [esi+0x80]
divps xmm1, [eax]
vdivps xmm0, xmm1, xmm4
vdivps xmm1, xmm1, xmm4
vdivps xmm4, xmm1, xmm4
vdivps xmm0, xmm4, xmm4
vdivps xmm0, xmm7, xmm4
vdivps xmm0, xmm1, xmm7
vdivps xmm0, xmm1, oword [eax]
vdivps xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vdivps xmm0, xmm1, oword [ss:ebp+0x10]
vdivps xmm0, xmm1, oword [cs:eax]
vdivps xmm0, xmm1, oword [bx+si]
vdivps xmm0, xmm1, [eax]
vdivps ymm7, ymm0, ymm1
vdivps ymm0, ymm0, ymm1
vdivps ymm1, ymm0, ymm1
vdivps ymm7, ymm1, ymm1
vdivps ymm7, ymm4, ymm1
vdivps ymm7, ymm0, ymm4
vdivps ymm7, ymm0, yword [eax]
vdivps ymm7, ymm0, yword [ebx+0x7f]
vdivps ymm7, ymm0, yword [ecx-0x80]
vdivps ymm7, ymm0, yword [edx+0x12345678]
vdivps ymm7, ymm0, yword [esp]
vdivps ymm7, ymm0, [eax]
divpd xmm7, xmm0
divpd xmm0, xmm0
divpd xmm1, xmm0
divpd xmm7, xmm1
divpd xmm7, oword [eax]
divpd xmm7, oword [ebp]
divpd xmm7, oword [ebp-0x4]
divpd xmm7, oword [eax+ebx]
divpd xmm7, oword [eax+ecx*2]
divpd xmm7, [eax]
vdivpd xmm4, xmm7, xmm0
vdivpd xmm7, xmm7, xmm0
vdivpd xmm0, xmm7, xmm0
vdivpd xmm4, xmm0, xmm0
vdivpd xmm4, xmm1, xmm0
vdivpd xmm4, xmm7, xmm1
vdivpd xmm4, xmm7, oword [eax]
vdivpd xmm4, xmm7, oword [esi+0x80]
vdivpd xmm4, xmm7, oword [esp+ebp*1-0x81]
vdivpd xmm4, xmm7, oword [es:edi]
vdivpd xmm4, xmm7, oword [fs:0x20]
vdivpd xmm4, xmm7, [eax]
vdivpd ymm1, ymm4, ymm7
vdivpd ymm4, ymm4, ymm7
vdivpd ymm7, ymm4, ymm7
vdivpd ymm1, ymm7, ymm7
vdivpd ymm1, ymm0, ymm7
vdivpd ymm1, ymm4, ymm0
vdivpd ymm1, ymm4, yword [eax]
vdivpd ymm1, ymm4, yword [bx+si]
vdivpd ymm1, ymm4, yword [bp+di+0x4]
vdivpd ymm1, ymm4, yword [bp+si+0x1234]
vdivpd ymm1, ymm4, yword [0x12]
vdivpd ymm1, ymm4, [eax]
divss xmm1, xmm4
divss xmm4, xmm4
divss xmm7, xmm4
divss xmm1, xmm7
divss xmm1, dword [eax]
divss xmm1, dword [ecx-0x80]
divss xmm1, dword [edx+0x12345678]
divss xmm1, dword [esp]
divss xmm1, dword [esp+0x8]
divss xmm1, [eax]
vdivss xmm0, xmm1, xmm4
vdivss xmm1, xmm1, xmm4
vdivss xmm4, xmm1, xmm4
vdivss xmm0, xmm4, xmm4
vdivss xmm0, xmm7, xmm4
vdivss xmm0, xmm1, xmm7
vdivss xmm0, xmm1, dword [eax]
vdivss xmm0, xmm1, dword [eax+ecx*2]
vdivss xmm0, xmm1, dword [ebx+esi*4+0x10]
vdivss xmm0, xmm1, dword [edi*8+0x1000]
vdivss xmm0, xmm1, dword [0x12345678]
vdivss xmm0, xmm1, [eax]
divsd xmm4, xmm7
divsd xmm7, xmm7
divsd xmm0, xmm7
divsd xmm4, xmm0
divsd xmm4, qword [eax]
divsd xmm4, qword [0x12]
divsd xmm4, qword [ebx+0x7f]
divsd xmm4, qword [ecx-0x80]
divsd xmm4, qword [edx+0x12345678]
divsd xmm4, [eax]
vdivsd xmm1, xmm4, xmm7
vdivsd xmm4, xmm4, xmm7
vdivsd xmm7, xmm4, xmm7
vdivsd xmm1, xmm7, xmm7
vdivsd xmm1, xmm0, xmm7
vdivsd xmm1, xmm4, xmm0
vdivsd xmm1, xmm4, qword [eax]
vdivsd xmm1, xmm4, qword [ebp-0x4]
vdivsd xmm1, xmm4, qword [eax+ebx]
vdivsd xmm1, xmm4, qword [eax+ecx*2]
vdivsd xmm1, xmm4, qword [ebx+esi*4+0x10]
vdivsd xmm1, xmm4, [eax]
maxps xmm7, xmm0
maxps xmm0, xmm0
maxps xmm1, xmm0
maxps xmm7, xmm1
maxps xmm7, oword [eax]
maxps xmm7, oword [bp+di+0x4]
maxps xmm7, oword [bp+si+0x1234]
maxps xmm7, oword [0x12]
maxps xmm7, oword [ebx+0x7f]
maxps xmm7, [eax]
vmaxps xmm4, xmm7, xmm0
vmaxps xmm7, xmm7, xmm0
vmaxps xmm0, xmm7, xmm0
vmaxps xmm4, xmm0, xmm0
vmaxps xmm4, xmm1, xmm0
vmaxps xmm4, xmm7, xmm1
vmaxps xmm4, xmm7, oword [eax]
vmaxps xmm4, xmm7, oword [esp+0x8]
vmaxps xmm4, xmm7, oword [ebp]
vmaxps xmm4, xmm7, oword [ebp-0x4]
vmaxps xmm4, xmm7, oword [eax+ebx]
vmaxps xmm4, xmm7, [eax]
vmaxps ymm1, ymm4, ymm7
vmaxps ymm4, ymm4, ymm7
vmaxps ymm7, ymm4, ymm7
vmaxps ymm1, ymm7, ymm7
vmaxps ymm1, ymm0, ymm7
vmaxps ymm1, ymm4, ymm0
vmaxps ymm1, ymm4, yword [eax]
vmaxps ymm1, ymm4, yword [0x12345678]
vmaxps ymm1, ymm4, yword [esi+0x80]
vmaxps ymm1, ymm4, yword [esp+ebp*1-0x81]
vmaxps ymm1, ymm4, yword [es:edi]
vmaxps ymm1, ymm4, [eax]
maxpd xmm1, xmm4
maxpd xmm4, xmm4
maxpd xmm7, xmm4
maxpd xmm1, xmm7
maxpd xmm1, oword [eax]
maxpd xmm1, oword [gs:ebx+ecx*8+0x100]
maxpd xmm1, oword [ss:ebp+0x10]
maxpd xmm1, oword [cs:eax]
maxpd xmm1, oword [bx+si]
maxpd xmm1, [eax]
vmaxpd xmm0, xmm1, xmm4
vmaxpd xmm1, xmm1, xmm4
vmaxpd xmm4, xmm1, xmm4
vmaxpd xmm0, xmm4, xmm4
vmaxpd xmm0, xmm7, xmm4
vmaxpd xmm0, xmm1, xmm7
vmaxpd xmm0, xmm1, oword [eax]
vmaxpd xmm0, xmm1, oword [ebx+0x7f]
vmaxpd xmm0, xmm1, oword [ecx-0x80]
vmaxpd xmm0, xmm1, oword [edx+0x12345678]
vmaxpd xmm0, xmm1, oword [esp]
vmaxpd xmm0, xmm1, [eax]
vmaxpd ymm7, ymm0, ymm1
vmaxpd ymm0, ymm0, ymm1
vmaxpd ymm1, ymm0, ymm1
vmaxpd ymm7, ymm1, ymm1
vmaxpd ymm7, ymm4, ymm1
vmaxpd ymm7, ymm0, ymm4
vmaxpd ymm7, ymm0, yword [eax]
vmaxpd ymm7, ymm0, yword [eax+ebx]
vmaxpd ymm7, ymm0, yword [eax+ecx*2]
vmaxpd ymm7, ymm0, yword [ebx+esi*4+0x10]
vmaxpd ymm7, ymm0, yword [edi*8+0x1000]
vmaxpd ymm7, ymm0, [eax]
maxss xmm7, xmm0
maxss xmm0, xmm0
maxss xmm1, xmm0
maxss xmm7, xmm1
maxss xmm7, dword [eax]
maxss xmm7, dword [esi+0x80]
maxss xmm7, dword [esp+ebp*1-0x81]
maxss xmm7, dword [es:edi]
maxss xmm7, dword [fs:0x20]
maxss xmm7, [eax]
vmaxss xmm4, xmm7, xmm0
vmaxss xmm7, xmm7, xmm0
vmaxss xmm0, xmm7, xmm0
vmaxss xmm4, xmm0, xmm0
vmaxss xmm4, xmm1, xmm0
vmaxss xmm4, xmm7, xmm1
vmaxss xmm4, xmm7, dword [eax]
vmaxss xmm4, xmm7, dword [bx+si]
vmaxss xmm4, xmm7, dword [bp+di+0x4]
vmaxss xmm4, xmm7, dword [bp+si+0x1234]
vmaxss xmm4, xmm7, dword [0x12]
vmaxss xmm4, xmm7, [eax]
maxsd xmm0, xmm1
maxsd xmm1, xmm1
maxsd xmm4, xmm1
maxsd xmm0, xmm4
maxsd xmm0, qword [eax]
maxsd xmm0, qword [edi*8+0x1000]
maxsd xmm0, qword [0x12345678]
maxsd xmm0, qword [esi+0x80]
maxsd xmm0, qword [esp+ebp*1-0x81]
maxsd xmm0, [eax]
vmaxsd xmm7, xmm0, xmm1
vmaxsd xmm0, xmm0, xmm1
vmaxsd xmm1, xmm0, xmm1
vmaxsd xmm7, xmm1, xmm1
vmaxsd xmm7, xmm4, xmm1
vmaxsd xmm7, xmm0, xmm4
vmaxsd xmm7, xmm0, qword [eax]
vmaxsd xmm7, xmm0, qword [ss:ebp+0x10]
vmaxsd xmm7, xmm0, qword [cs:eax]
vmaxsd xmm7, xmm0, qword [bx+si]
vmaxsd xmm7, xmm0, qword [bp+di+0x4]
vmaxsd xmm7, xmm0, [eax]
punpcklbw mm1, mm5
punpcklbw mm5, mm5
punpcklbw mm7, mm5
punpcklbw mm1, mm7
punpcklbw mm1, [eax]
punpcklbw xmm0, xmm1
punpcklbw xmm1, xmm1
punpcklbw xmm4, xmm1
punpcklbw xmm0, xmm4
punpcklbw xmm0, oword [eax]
punpcklbw xmm0, oword [fs:0x20]
punpcklbw xmm0, oword [gs:ebx+ecx*8+0x100]
punpcklbw xmm0, oword [ss:ebp+0x10]
punpcklbw xmm0, oword [cs:eax]
punpcklbw xmm0, [eax]
vpunpcklbw xmm7, xmm0, xmm1
vpunpcklbw xmm0, xmm0, xmm1
vpunpcklbw xmm1, xmm0, xmm1
vpunpcklbw xmm7, xmm1, xmm1
vpunpcklbw xmm7, xmm4, xmm1
vpunpcklbw xmm7, xmm0, xmm4
vpunpcklbw xmm7, xmm0, oword [eax]
vpunpcklbw xmm7, xmm0, oword [0x12]
vpunpcklbw xmm7, xmm0, oword [ebx+0x7f]
vpunpcklbw xmm7, xmm0, oword [ecx-0x80]
vpunpcklbw xmm7, xmm0, oword [edx+0x12345678]
vpunpcklbw xmm7, xmm0, [eax]
vpunpcklbw ymm4, ymm7, ymm0
vpunpcklbw ymm7, ymm7, ymm0
vpunpcklbw ymm0, ymm7, ymm0
vpunpcklbw ymm4, ymm0, ymm0
vpunpcklbw ymm4, ymm1, ymm0
vpunpcklbw ymm4, ymm7, ymm1
vpunpcklbw ymm4, ymm7, yword [eax]
vpunpcklbw ymm4, ymm7, yword [ebp-0x4]
vpunpcklbw ymm4, ymm7, yword [eax+ebx]
vpunpcklbw ymm4, ymm7, yword [eax+ecx*2]
vpunpcklbw ymm4, ymm7, yword [ebx+esi*4+0x10]
vpunpcklbw ymm4, ymm7, [eax]
punpcklwd mm5, mm7
punpcklwd mm7, mm7
punpcklwd mm0, mm7
punpcklwd mm5, mm0
punpcklwd mm5, [eax]
punpcklwd xmm1, xmm4
punpcklwd xmm4, xmm4
punpcklwd xmm7, xmm4
punpcklwd xmm1, xmm7
punpcklwd xmm1, oword [eax]
punpcklwd xmm1, oword [cs:eax]
punpcklwd xmm1, oword [bx+si]
punpcklwd xmm1, oword [bp+di+0x4]
punpcklwd xmm1, oword [bp+si+0x1234]
punpcklwd xmm1, [eax]
vpunpcklwd xmm0, xmm1, xmm4
vpunpcklwd xmm1, xmm1, xmm4
vpunpcklwd xmm4, xmm1, xmm4
vpunpcklwd xmm0, xmm4, xmm4
vpunpcklwd xmm0, xmm7, xmm4
vpunpcklwd xmm0, xmm1, xmm7
vpunpcklwd xmm0, xmm1, oword [eax]
vpunpcklwd xmm0, xmm1, oword [edx+0x12345678]
vpunpcklwd xmm0, xmm1, oword [esp]
vpunpcklwd xmm0, xmm1, oword [esp+0x8]
vpunpcklwd xmm0, xmm1, oword [ebp]
vpunpcklwd xmm0, xmm1, [eax]
vpunpcklwd ymm7, ymm0, ymm1
vpunpcklwd ymm0, ymm0, ymm1
vpunpcklwd ymm1, ymm0, ymm1
vpunpcklwd ymm7, ymm1, ymm1
vpunpcklwd ymm7, ymm4, ymm1
vpunpcklwd ymm7, ymm0, ymm4
vpunpcklwd ymm7, ymm0, yword [eax]
vpunpcklwd ymm7, ymm0, yword [ebx+esi*4+0x10]
vpunpcklwd ymm7, ymm0, yword [edi*8+0x1000]
vpunpcklwd ymm7, ymm0, yword [0x12345678]
vpunpcklwd ymm7, ymm0, yword [esi+0x80]
vpunpcklwd ymm7, ymm0, [eax]
punpckldq mm7, mm0
punpckldq mm0, mm0
punpckldq mm1, mm0
punpckldq mm7, mm1
punpckldq mm7, [eax]
punpckldq xmm4, xmm7
punpckldq xmm7, xmm7
punpckldq xmm0, xmm7
punpckldq xmm4, xmm0
punpckldq xmm4, oword [eax]
punpckldq xmm4, oword [bp+si+0x1234]
punpckldq xmm4, oword [0x12]
punpckldq xmm4, oword [ebx+0x7f]
punpckldq xmm4, oword [ecx-0x80]
punpckldq xmm4, [eax]
vpunpckldq xmm1, xmm4, xmm7
vpunpckldq xmm4, xmm4, xmm7
vpunpckldq xmm7, xmm4, xmm7
vpunpckldq xmm1, xmm7, xmm7
vpunpckldq xmm1, xmm0, xmm7
vpunpckldq xmm1, xmm4, xmm0
vpunpckldq xmm1, xmm4, oword [eax]
vpunpckldq xmm1, xmm4, oword [ebp]
vpunpckldq xmm1, xmm4, oword [ebp-0x4]
vpunpckldq xmm1, xmm4, oword [eax+ebx]
vpunpckldq xmm1, xmm4, oword [eax+ecx*2]
vpunpckldq xmm1, xmm4, [eax]
vpunpckldq ymm0, ymm1, ymm4
vpunpckldq ymm1, ymm1, ymm4
vpunpckldq ymm4, ymm1, ymm4
vpunpckldq ymm0, ymm4, ymm4
vpunpckldq ymm0, ymm7, ymm4
vpunpckldq ymm0, ymm1, ymm7
vpunpckldq ymm0, ymm1, yword [eax]
vpunpckldq ymm0, ymm1, yword [esi+0x80]
vpunpckldq ymm0, ymm1, yword [esp+ebp*1-0x81]
vpunpckldq ymm0, ymm1, yword [es:edi]
vpunpckldq ymm0, ymm1, yword [fs:0x20]
vpunpckldq ymm0, ymm1, [eax]
packsswb mm0, mm1
packsswb mm1, mm1
packsswb mm5, mm1
packsswb mm0, mm5
packsswb mm0, qword [eax]
packsswb mm0, qword [ss:ebp+0x10]
packsswb mm0, qword [cs:eax]
packsswb mm0, qword [bx+si]
packsswb mm0, qword [bp+di+0x4]
packsswb mm0, [eax]
packsswb xmm7, xmm0
packsswb xmm0, xmm0
packsswb xmm1, xmm0
packsswb xmm7, xmm1
packsswb xmm7, oword [eax]
packsswb xmm7, oword [ecx-0x80]
packsswb xmm7, oword [edx+0x12345678]
packsswb xmm7, oword [esp]
packsswb xmm7, oword [esp+0x8]
packsswb xmm7, [eax]
vpacksswb xmm4, xmm7, xmm0
vpacksswb xmm7, xmm7, xmm0
vpacksswb xmm0, xmm7, xmm0
vpacksswb xmm4, xmm0, xmm0
vpacksswb xmm4, xmm1, xmm0
vpacksswb xmm4, xmm7, xmm1
vpacksswb xmm4, xmm7, oword [eax]
vpacksswb xmm4, xmm7, oword [eax+ecx*2]
vpacksswb xmm4, xmm7, oword [ebx+esi*4+0x10]
vpacksswb xmm4, xmm7, oword [edi*8+0x1000]
vpacksswb xmm4, xmm7, oword [0x12345678]
vpacksswb xmm4, xmm7, [eax]
vpacksswb ymm1, ymm4, ymm7
vpacksswb ymm4, ymm4, ymm7
vpacksswb ymm7, ymm4, ymm7
vpacksswb ymm1, ymm7, ymm7
vpacksswb ymm1, ymm0, ymm7
vpacksswb ymm1, ymm4, ymm0
vpacksswb ymm1, ymm4, yword [eax]
vpacksswb ymm1, ymm4, yword [fs:0x20]
vpacksswb ymm1, ymm4, yword [gs:ebx+ecx*8+0x100]
vpacksswb ymm1, ymm4, yword [ss:ebp+0x10]
vpacksswb ymm1, ymm4, yword [cs:eax]
vpacksswb ymm1, ymm4, [eax]
pcmpgtb mm1, mm5
pcmpgtb mm5, mm5
pcmpgtb mm7, mm5
pcmpgtb mm1, mm7
pcmpgtb mm1, qword [eax]
pcmpgtb mm1, qword [bp+di+0x4]
pcmpgtb mm1, qword [bp+si+0x1234]
pcmpgtb mm1, qword [0x12]
pcmpgtb mm1, qword [ebx+0x7f]
pcmpgtb mm1, [eax]
pcmpgtb xmm0, xmm1
pcmpgtb xmm1, xmm1
pcmpgtb xmm4, xmm1
pcmpgtb xmm0, xmm4
pcmpgtb xmm0, oword [eax]
pcmpgtb xmm0, oword [esp+0x8]
pcmpgtb xmm0, oword [ebp]
pcmpgtb xmm0, oword [ebp-0x4]
pcmpgtb xmm0, oword [eax+ebx]
pcmpgtb xmm0, [eax]
vpcmpgtb xmm7, xmm0, xmm1
vpcmpgtb xmm0, xmm0, xmm1
vpcmpgtb xmm1, xmm0, xmm1
vpcmpgtb xmm7, xmm1, xmm1
vpcmpgtb xmm7, xmm4, xmm1
vpcmpgtb xmm7, xmm0, xmm4
vpcmpgtb xmm7, xmm0, oword [eax]
vpcmpgtb xmm7, xmm0, oword [0x12345678]
vpcmpgtb xmm7, xmm0, oword [esi+0x80]
vpcmpgtb xmm7, xmm0, oword [esp+ebp*1-0x81]
vpcmpgtb xmm7, xmm0, oword [es:edi]
vpcmpgtb xmm7, xmm0, [eax]
vpcmpgtb ymm4, ymm7, ymm0
vpcmpgtb ymm7, ymm7, ymm0
vpcmpgtb ymm0, ymm7, ymm0
vpcmpgtb ymm4, ymm0, ymm0
vpcmpgtb ymm4, ymm1, ymm0
vpcmpgtb ymm4, ymm7, ymm1
vpcmpgtb ymm4, ymm7, yword [eax]
vpcmpgtb ymm4, ymm7, yword [cs:eax]
vpcmpgtb ymm4, ymm7, yword [bx+si]
vpcmpgtb ymm4, ymm7, yword [bp+di+0x4]
vpcmpgtb ymm4, ymm7, yword [bp+si+0x1234]
vpcmpgtb ymm4, ymm7, [eax]
pcmpgtw mm5, mm7
pcmpgtw mm7, mm7
pcmpgtw mm0, mm7
pcmpgtw mm5, mm0
pcmpgtw mm5, qword [eax]
pcmpgtw mm5, qword [ebx+0x7f]
pcmpgtw mm5, qword [ecx-0x80]
pcmpgtw mm5, qword [edx+0x12345678]
pcmpgtw mm5, qword [esp]
pcmpgtw mm5, [eax]
pcmpgtw xmm1, xmm4
pcmpgtw xmm4, xmm4
pcmpgtw xmm7, xmm4
pcmpgtw xmm1, xmm7
pcmpgtw xmm1, oword [eax]
pcmpgtw xmm1, oword [eax+ebx]
pcmpgtw xmm1, oword [eax+ecx*2]
pcmpgtw xmm1, oword [ebx+esi*4+0x10]
pcmpgtw xmm1, oword [edi*8+0x1000]
pcmpgtw xmm1, [eax]
vpcmpgtw xmm0, xmm1, xmm4
vpcmpgtw xmm1, xmm1, xmm4
vpcmpgtw xmm4, xmm1, xmm4
vpcmpgtw xmm0, xmm4, xmm4
vpcmpgtw xmm0, xmm7, xmm4
vpcmpgtw xmm0, xmm1, xmm7
vpcmpgtw xmm0, xmm1, oword [eax]
vpcmpgtw xmm0, xmm1, oword [es:edi]
vpcmpgtw xmm0, xmm1, oword [fs:0x20]
vpcmpgtw xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vpcmpgtw xmm0, xmm1, oword [ss:ebp+0x10]
vpcmpgtw xmm0, xmm1, [eax]
vpcmpgtw ymm7, ymm0, ymm1
vpcmpgtw ymm0, ymm0, ymm1
vpcmpgtw ymm1, ymm0, ymm1
vpcmpgtw ymm7, ymm1, ymm1
vpcmpgtw ymm7, ymm4, ymm1
vpcmpgtw ymm7, ymm0, ymm4
vpcmpgtw ymm7, ymm0, yword [eax]
vpcmpgtw ymm7, ymm0, yword [bp+si+0x1234]
vpcmpgtw ymm7, ymm0, yword [0x12]
vpcmpgtw ymm7, ymm0, yword [ebx+0x7f]
vpcmpgtw ymm7, ymm0, yword [ecx-0x80]
vpcmpgtw ymm7, ymm0, [eax]
pcmpgtd mm7, mm0
pcmpgtd mm0, mm0
pcmpgtd mm1, mm0
pcmpgtd mm7, mm1
pcmpgtd mm7, qword [eax]
pcmpgtd mm7, qword [esp]
pcmpgtd mm7, qword [esp+0x8]
pcmpgtd mm7, qword [ebp]
pcmpgtd mm7, qword [ebp-0x4]
pcmpgtd mm7, [eax]
pcmpgtd xmm4, xmm7
pcmpgtd xmm7, xmm7
pcmpgtd xmm0, xmm7
pcmpgtd xmm4, xmm0
pcmpgtd xmm4, oword [eax]
pcmpgtd xmm4, oword [edi*8+0x1000]
pcmpgtd xmm4, oword [0x12345678]
pcmpgtd xmm4, oword [esi+0x80]
pcmpgtd xmm4, oword [esp+ebp*1-0x81]
pcmpgtd xmm4, [eax]
vpcmpgtd xmm1, xmm4, xmm7
vpcmpgtd xmm4, xmm4, xmm7
vpcmpgtd xmm7, xmm4, xmm7
vpcmpgtd xmm1, xmm7, xmm7
vpcmpgtd xmm1, xmm0, xmm7
vpcmpgtd xmm1, xmm4, xmm0
vpcmpgtd xmm1, xmm4, oword [eax]
vpcmpgtd xmm1, xmm4, oword [ss:ebp+0x10]
vpcmpgtd xmm1, xmm4, oword [cs:eax]
vpcmpgtd xmm1, xmm4, oword [bx+si]
vpcmpgtd xmm1, xmm4, oword [bp+di+0x4]
vpcmpgtd xmm1, xmm4, [eax]
vpcmpgtd ymm0, ymm1, ymm4
vpcmpgtd ymm1, ymm1, ymm4
vpcmpgtd ymm4, ymm1, ymm4
vpcmpgtd ymm0, ymm4, ymm4
vpcmpgtd ymm0, ymm7, ymm4
vpcmpgtd ymm0, ymm1, ymm7
vpcmpgtd ymm0, ymm1, yword [eax]
vpcmpgtd ymm0, ymm1, yword [ecx-0x80]
vpcmpgtd ymm0, ymm1, yword [edx+0x12345678]
vpcmpgtd ymm0, ymm1, yword [esp]
vpcmpgtd ymm0, ymm1, yword [esp+0x8]
vpcmpgtd ymm0, ymm1, [eax]
packuswb mm0, mm1
packuswb mm1, mm1
packuswb mm5, mm1
packuswb mm0, mm5
packuswb mm0, qword [eax]
packuswb mm0, qword [ebp-0x4]
packuswb mm0, qword [eax+ebx]
packuswb mm0, qword [eax+ecx*2]
packuswb mm0, qword [ebx+esi*4+0x10]
packuswb mm0, [eax]
packuswb xmm7, xmm0
packuswb xmm0, xmm0
packuswb xmm1, xmm0
packuswb xmm7, xmm1
packuswb xmm7, oword [eax]
packuswb xmm7, oword [esp+ebp*1-0x81]
packuswb xmm7, oword [es:edi]
packuswb xmm7, oword [fs:0x20]
packuswb xmm7, oword [gs:ebx+ecx*8+0x100]
packuswb xmm7, [eax]
vpackuswb xmm4, xmm7, xmm0
vpackuswb xmm7, xmm7, xmm0
vpackuswb xmm0, xmm7, xmm0
vpackuswb xmm4, xmm0, xmm0
vpackuswb xmm4, xmm1, xmm0
vpackuswb xmm4, xmm7, xmm1
vpackuswb xmm4, xmm7, oword [eax]
vpackuswb xmm4, xmm7, oword [bp+di+0x4]
vpackuswb xmm4, xmm7, oword [bp+si+0x1234]
vpackuswb xmm4, xmm7, oword [0x12]
vpackuswb xmm4, xmm7, oword [ebx+0x7f]
vpackuswb xmm4, xmm7, [eax]
vpackuswb ymm1, ymm4, ymm7
vpackuswb ymm4, ymm4, ymm7
vpackuswb ymm7, ymm4, ymm7
vpackuswb ymm1, ymm7, ymm7
vpackuswb ymm1, ymm0, ymm7
vpackuswb ymm1, ymm4, ymm0
vpackuswb ymm1, ymm4, yword [eax]
vpackuswb ymm1, ymm4, yword [esp+0x8]
vpackuswb ymm1, ymm4, yword [ebp]
vpackuswb ymm1, ymm4, yword [ebp-0x4]
vpackuswb ymm1, ymm4, yword [eax+ebx]
vpackuswb ymm1, ymm4, [eax]
punpckhbw mm1, mm5
punpckhbw mm5, mm5
punpckhbw mm7, mm5
punpckhbw mm1, mm7
punpckhbw mm1, qword [eax]
punpckhbw mm1, qword [ebx+esi*4+0x10]
punpckhbw mm1, qword [edi*8+0x1000]
punpckhbw mm1, qword [0x12345678]
punpckhbw mm1, qword [esi+0x80]
punpckhbw mm1, [eax]
punpckhbw xmm0, xmm1
punpckhbw xmm1, xmm1
punpckhbw xmm4, xmm1
punpckhbw xmm0, xmm4
punpckhbw xmm0, oword [eax]
punpckhbw xmm0, oword [gs:ebx+ecx*8+0x100]
punpckhbw xmm0, oword [ss:ebp+0x10]
punpckhbw xmm0, oword [cs:eax]
punpckhbw xmm0, oword [bx+si]
punpckhbw xmm0, [eax]
vpunpckhbw xmm7, xmm0, xmm1
vpunpckhbw xmm0, xmm0, xmm1
vpunpckhbw xmm1, xmm0, xmm1
vpunpckhbw xmm7, xmm1, xmm1
vpunpckhbw xmm7, xmm4, xmm1
vpunpckhbw xmm7, xmm0, xmm4
vpunpckhbw xmm7, xmm0, oword [eax]
vpunpckhbw xmm7, xmm0, oword [ebx+0x7f]
vpunpckhbw xmm7, xmm0, oword [ecx-0x80]
vpunpckhbw xmm7, xmm0, oword [edx+0x12345678]
vpunpckhbw xmm7, xmm0, oword [esp]
vpunpckhbw xmm7, xmm0, [eax]
vpunpckhbw ymm4, ymm7, ymm0
vpunpckhbw ymm7, ymm7, ymm0
vpunpckhbw ymm0, ymm7, ymm0
vpunpckhbw ymm4, ymm0, ymm0
vpunpckhbw ymm4, ymm1, ymm0
vpunpckhbw ymm4, ymm7, ymm1
vpunpckhbw ymm4, ymm7, yword [eax]
vpunpckhbw ymm4, ymm7, yword [eax+ebx]
vpunpckhbw ymm4, ymm7, yword [eax+ecx*2]
vpunpckhbw ymm4, ymm7, yword [ebx+esi*4+0x10]
vpunpckhbw ymm4, ymm7, yword [edi*8+0x1000]
vpunpckhbw ymm4, ymm7, [eax]
punpckhwd mm5, mm7
punpckhwd mm7, mm7
punpckhwd mm0, mm7
punpckhwd mm5, mm0
punpckhwd mm5, qword [eax]
punpckhwd mm5, qword [esi+0x80]
punpckhwd mm5, qword [esp+ebp*1-0x81]
punpckhwd mm5, qword [es:edi]
punpckhwd mm5, qword [fs:0x20]
punpckhwd mm5, [eax]
punpckhwd xmm1, xmm4
punpckhwd xmm4, xmm4
punpckhwd xmm7, xmm4
punpckhwd xmm1, xmm7
punpckhwd xmm1, oword [eax]
punpckhwd xmm1, oword [bx+si]
punpckhwd xmm1, oword [bp+di+0x4]
punpckhwd xmm1, oword [bp+si+0x1234]
punpckhwd xmm1, oword [0x12]
punpckhwd xmm1, [eax]
vpunpckhwd xmm0, xmm1, xmm4
vpunpckhwd xmm1, xmm1, xmm4
vpunpckhwd xmm4, xmm1, xmm4
vpunpckhwd xmm0, xmm4, xmm4
vpunpckhwd xmm0, xmm7, xmm4
vpunpckhwd xmm0, xmm1, xmm7
vpunpckhwd xmm0, xmm1, oword [eax]
vpunpckhwd xmm0, xmm1, oword [esp]
vpunpckhwd xmm0, xmm1, oword [esp+0x8]
vpunpckhwd xmm0, xmm1, oword [ebp]
vpunpckhwd xmm0, xmm1, oword [ebp-0x4]
vpunpckhwd xmm0, xmm1, [eax]
vpunpckhwd ymm7, ymm0, ymm1
vpunpckhwd ymm0, ymm0, ymm1
vpunpckhwd ymm1, ymm0, ymm1
vpunpckhwd ymm7, ymm1, ymm1
vpunpckhwd ymm7, ymm4, ymm1
vpunpckhwd ymm7, ymm0, ymm4
vpunpckhwd ymm7, ymm0, yword [eax]
vpunpckhwd ymm7, ymm0, yword [edi*8+0x1000]
vpunpckhwd ymm7, ymm0, yword [0x12345678]
vpunpckhwd ymm7, ymm0, yword [esi+0x80]
vpunpckhwd ymm7, ymm0, yword [esp+ebp*1-0x81]
vpunpckhwd ymm7, ymm0, [eax]
punpckhdq mm7, mm0
punpckhdq mm0, mm0
punpckhdq mm1, mm0
punpckhdq mm7, mm1
punpckhdq mm7, qword [eax]
punpckhdq mm7, qword [fs:0x20]
punpckhdq mm7, qword [gs:ebx+ecx*8+0x100]
punpckhdq mm7, qword [ss:ebp+0x10]
punpckhdq mm7, qword [cs:eax]
punpckhdq mm7, [eax]
punpckhdq xmm4, xmm7
punpckhdq xmm7, xmm7
punpckhdq xmm0, xmm7
punpckhdq xmm4, xmm0
punpckhdq xmm4, oword [eax]
punpckhdq xmm4, oword [0x12]
punpckhdq xmm4, oword [ebx+0x7f]
punpckhdq xmm4, oword [ecx-0x80]
punpckhdq xmm4, oword [edx+0x12345678]
punpckhdq xmm4, [eax]
vpunpckhdq xmm1, xmm4, xmm7
vpunpckhdq xmm4, xmm4, xmm7
vpunpckhdq xmm7, xmm4, xmm7
vpunpckhdq xmm1, xmm7, xmm7
vpunpckhdq xmm1, xmm0, xmm7
vpunpckhdq xmm1, xmm4, xmm0
vpunpckhdq xmm1, xmm4, oword [eax]
vpunpckhdq xmm1, xmm4, oword [ebp-0x4]
vpunpckhdq xmm1, xmm4, oword [eax+ebx]
vpunpckhdq xmm1, xmm4, oword [eax+ecx*2]
vpunpckhdq xmm1, xmm4, oword [ebx+esi*4+0x10]
vpunpckhdq xmm1, xmm4, [eax]
vpunpckhdq ymm0, ymm1, ymm4
vpunpckhdq ymm1, ymm1, ymm4
vpunpckhdq ymm4, ymm1, ymm4
vpunpckhdq ymm0, ymm4, ymm4
vpunpckhdq ymm0, ymm7, ymm4
vpunpckhdq ymm0, ymm1, ymm7
vpunpckhdq ymm0, ymm1, yword [eax]
vpunpckhdq ymm0, ymm1, yword [esp+ebp*1-0x81]
vpunpckhdq ymm0, ymm1, yword [es:edi]
vpunpckhdq ymm0, ymm1, yword [fs:0x20]
vpunpckhdq ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vpunpckhdq ymm0, ymm1, [eax]
packssdw mm0, mm1
packssdw mm1, mm1
packssdw mm5, mm1
packssdw mm0, mm5
packssdw mm0, qword [eax]
packssdw mm0, qword [cs:eax]
packssdw mm0, qword [bx+si]
packssdw mm0, qword [bp+di+0x4]
packssdw mm0, qword [bp+si+0x1234]
packssdw mm0, [eax]
packssdw xmm7, xmm0
packssdw xmm0, xmm0
packssdw xmm1, xmm0
packssdw xmm7, xmm1
packssdw xmm7, oword [eax]
packssdw xmm7, oword [edx+0x12345678]
packssdw xmm7, oword [esp]
packssdw xmm7, oword [esp+0x8]
packssdw xmm7, oword [ebp]
packssdw xmm7, [eax]
vpackssdw xmm4, xmm7, xmm0
vpackssdw xmm7, xmm7, xmm0
vpackssdw xmm0, xmm7, xmm0
vpackssdw xmm4, xmm0, xmm0
vpackssdw xmm4, xmm1, xmm0
vpackssdw xmm4, xmm7, xmm1
vpackssdw xmm4, xmm7, oword [eax]
vpackssdw xmm4, xmm7, oword [ebx+esi*4+0x10]
vpackssdw xmm4, xmm7, oword [edi*8+0x1000]
vpackssdw xmm4, xmm7, oword [0x12345678]
vpackssdw xmm4, xmm7, oword [esi+0x80]
vpackssdw xmm4, xmm7, [eax]
vpackssdw ymm1, ymm4, ymm7
vpackssdw ymm4, ymm4, ymm7
vpackssdw ymm7, ymm4, ymm7
vpackssdw ymm1, ymm7, ymm7
vpackssdw ymm1, ymm0, ymm7
vpackssdw ymm1, ymm4, ymm0
vpackssdw ymm1, ymm4, yword [eax]
vpackssdw ymm1, ymm4, yword [gs:ebx+ecx*8+0x100]
vpackssdw ymm1, ymm4, yword [ss:ebp+0x10]
vpackssdw ymm1, ymm4, yword [cs:eax]
vpackssdw ymm1, ymm4, yword [bx+si]
vpackssdw ymm1, ymm4, [eax]
punpcklqdq xmm1, xmm4
punpcklqdq xmm4, xmm4
punpcklqdq xmm7, xmm4
punpcklqdq xmm1, xmm7
punpcklqdq xmm1, oword [eax]
punpcklqdq xmm1, oword [bp+si+0x1234]
punpcklqdq xmm1, oword [0x12]
punpcklqdq xmm1, oword [ebx+0x7f]
punpcklqdq xmm1, oword [ecx-0x80]
punpcklqdq xmm1, [eax]
vpunpcklqdq xmm0, xmm1, xmm4
vpunpcklqdq xmm1, xmm1, xmm4
vpunpcklqdq xmm4, xmm1, xmm4
vpunpcklqdq xmm0, xmm4, xmm4
vpunpcklqdq xmm0, xmm7, xmm4
vpunpcklqdq xmm0, xmm1, xmm7
vpunpcklqdq xmm0, xmm1, oword [eax]
vpunpcklqdq xmm0, xmm1, oword [ebp]
vpunpcklqdq xmm0, xmm1, oword [ebp-0x4]
vpunpcklqdq xmm0, xmm1, oword [eax+ebx]
vpunpcklqdq xmm0, xmm1, oword [eax+ecx*2]
vpunpcklqdq xmm0, xmm1, [eax]
vpunpcklqdq ymm7, ymm0, ymm1
vpunpcklqdq ymm0, ymm0, ymm1
vpunpcklqdq ymm1, ymm0, ymm1
vpunpcklqdq ymm7, ymm1, ymm1
vpunpcklqdq ymm7, ymm4, ymm1
vpunpcklqdq ymm7, ymm0, ymm4
vpunpcklqdq ymm7, ymm0, yword [eax]
vpunpcklqdq ymm7, ymm0, yword [esi+0x80]
vpunpcklqdq ymm7, ymm0, yword [esp+ebp*1-0x81]
vpunpcklqdq ymm7, ymm0, yword [es:edi]
vpunpcklqdq ymm7, ymm0, yword [fs:0x20]
vpunpcklqdq ymm7, ymm0, [eax]
punpckhqdq xmm7, xmm0
punpckhqdq xmm0, xmm0
punpckhqdq xmm1, xmm0
punpckhqdq xmm7, xmm1
punpckhqdq xmm7, oword [eax]
punpckhqdq xmm7, oword [ss:ebp+0x10]
punpckhqdq xmm7, oword [cs:eax]
punpckhqdq xmm7, oword [bx+si]
punpckhqdq xmm7, oword [bp+di+0x4]
punpckhqdq xmm7, [eax]
vpunpckhqdq xmm4, xmm7, xmm0
vpunpckhqdq xmm7, xmm7, xmm0
vpunpckhqdq xmm0, xmm7, xmm0
vpunpckhqdq xmm4, xmm0, xmm0
vpunpckhqdq xmm4, xmm1, xmm0
vpunpckhqdq xmm4, xmm7, xmm1
vpunpckhqdq xmm4, xmm7, oword [eax]
vpunpckhqdq xmm4, xmm7, oword [ecx-0x80]
vpunpckhqdq xmm4, xmm7, oword [edx+0x12345678]
vpunpckhqdq xmm4, xmm7, oword [esp]
vpunpckhqdq xmm4, xmm7, oword [esp+0x8]
vpunpckhqdq xmm4, xmm7, [eax]
vpunpckhqdq ymm1, ymm4, ymm7
vpunpckhqdq ymm4, ymm4, ymm7
vpunpckhqdq ymm7, ymm4, ymm7
vpunpckhqdq ymm1, ymm7, ymm7
vpunpckhqdq ymm1, ymm0, ymm7
vpunpckhqdq ymm1, ymm4, ymm0
vpunpckhqdq ymm1, ymm4, yword [eax]
vpunpckhqdq ymm1, ymm4, yword [eax+ecx*2]
vpunpckhqdq ymm1, ymm4, yword [ebx+esi*4+0x10]
vpunpckhqdq ymm1, ymm4, yword [edi*8+0x1000]
vpunpckhqdq ymm1, ymm4, yword [0x12345678]
vpunpckhqdq ymm1, ymm4, [eax]
movd mm0, esi
movd mm1, esi
movd mm5, esi
movd mm7, esi
movd mm0, edi
movd mm0, dword [eax]
movd mm0, dword [ebx+0x7f]
movd mm0, dword [ecx-0x80]
movd mm0, dword [edx+0x12345678]
movd mm0, dword [esp]
movd mm0, dword [esp+0x8]
movd mm0, dword [ebp]
movd mm0, dword [ebp-0x4]
movd mm0, dword [eax+ebx]
movd mm0, dword [eax+ecx*2]
movd mm0, dword [ebx+esi*4+0x10]
movd mm0, dword [edi*8+0x1000]
movd mm0, dword [0x12345678]
movd mm0, dword [esi+0x80]
movd mm0, dword [esp+ebp*1-0x81]
movd mm0, dword [es:edi]
movd mm0, dword [fs:0x20]
movd mm0, dword [gs:ebx+ecx*8+0x100]
movd mm0, dword [ss:ebp+0x10]
movd mm0, dword [cs:eax]
movd mm0, dword [bx+si]
movd mm0, dword [bp+di+0x4]
movd mm0, dword [bp+si+0x1234]
movd mm0, dword [0x12]
movd mm0, [eax]
movd xmm0, esp
movd xmm1, esp
movd xmm4, esp
movd xmm7, esp
movd xmm0, ebp
movd xmm0, dword [eax]
movd xmm0, dword [ebx+0x7f]
movd xmm0, dword [ecx-0x80]
movd xmm0, dword [edx+0x12345678]
movd xmm0, dword [esp]
movd xmm0, dword [esp+0x8]
movd xmm0, dword [ebp]
movd xmm0, dword [ebp-0x4]
movd xmm0, dword [eax+ebx]
movd xmm0, dword [eax+ecx*2]
movd xmm0, dword [ebx+esi*4+0x10]
movd xmm0, dword [edi*8+0x1000]
movd xmm0, dword [0x12345678]
movd xmm0, dword [esi+0x80]
movd xmm0, dword [esp+ebp*1-0x81]
movd xmm0, dword [es:edi]
movd xmm0, dword [fs:0x20]
movd xmm0, dword [gs:ebx+ecx*8+0x100]
movd xmm0, dword [ss:ebp+0x10]
movd xmm0, dword [cs:eax]
movd xmm0, dword [bx+si]
movd xmm0, dword [bp+di+0x4]
movd xmm0, dword [bp+si+0x1234]
movd xmm0, dword [0x12]
movd xmm0, [eax]
vmovd xmm1, edx
vmovd xmm4, edx
vmovd xmm7, edx
vmovd xmm1, ebx
vmovd xmm1, dword [eax]
vmovd xmm1, dword [cs:eax]
vmovd xmm1, dword [bx+si]
vmovd xmm1, dword [bp+di+0x4]
vmovd xmm1, dword [bp+si+0x1234]
vmovd xmm1, [eax]
movq mm1, mm5
movq mm5, mm5
movq mm7, mm5
movq mm1, mm7
movq mm1, qword [eax]
movq mm1, qword [ebx+0x7f]
movq mm1, qword [ecx-0x80]
movq mm1, qword [edx+0x12345678]
movq mm1, qword [esp]
movq mm1, [eax]
movdqa xmm0, xmm1
movdqa xmm1, xmm1
movdqa xmm4, xmm1
movdqa xmm0, xmm4
movdqa xmm0, oword [eax]
movdqa xmm0, oword [eax+ebx]
movdqa xmm0, oword [eax+ecx*2]
movdqa xmm0, oword [ebx+esi*4+0x10]
movdqa xmm0, oword [edi*8+0x1000]
movdqa xmm0, [eax]
vmovdqa xmm7, xmm0
vmovdqa xmm0, xmm0
vmovdqa xmm1, xmm0
vmovdqa xmm7, xmm1
vmovdqa xmm7, oword [eax]
vmovdqa xmm7, oword [es:edi]
vmovdqa xmm7, oword [fs:0x20]
vmovdqa xmm7, oword [gs:ebx+ecx*8+0x100]
vmovdqa xmm7, oword [ss:ebp+0x10]
vmovdqa xmm7, [eax]
vmovdqa ymm4, ymm7
vmovdqa ymm7, ymm7
vmovdqa ymm0, ymm7
vmovdqa ymm4, ymm0
vmovdqa ymm4, yword [eax]
vmovdqa ymm4, yword [bp+si+0x1234]
vmovdqa ymm4, yword [0x12]
vmovdqa ymm4, yword [ebx+0x7f]
vmovdqa ymm4, yword [ecx-0x80]
vmovdqa ymm4, [eax]
movdqu xmm7, xmm0
movdqu xmm0, xmm0
movdqu xmm1, xmm0
movdqu xmm7, xmm1
movdqu xmm7, oword [eax]
movdqu xmm7, oword [ecx-0x80]
movdqu xmm7, oword [edx+0x12345678]
movdqu xmm7, oword [esp]
movdqu xmm7, oword [esp+0x8]
movdqu xmm7, [eax]
vmovdqu xmm0, xmm7
vmovdqu xmm1, xmm7
vmovdqu xmm4, xmm7
vmovdqu xmm7, xmm7
vmovdqu xmm0, xmm0
vmovdqu xmm0, oword [eax]
vmovdqu xmm0, oword [ebx+0x7f]
vmovdqu xmm0, oword [ecx-0x80]
vmovdqu xmm0, oword [edx+0x12345678]
vmovdqu xmm0, oword [esp]
vmovdqu xmm0, oword [esp+0x8]
vmovdqu xmm0, oword [ebp]
vmovdqu xmm0, oword [ebp-0x4]
vmovdqu xmm0, oword [eax+ebx]
vmovdqu xmm0, oword [eax+ecx*2]
vmovdqu xmm0, oword [ebx+esi*4+0x10]
vmovdqu xmm0, oword [edi*8+0x1000]
vmovdqu xmm0, oword [0x12345678]
vmovdqu xmm0, oword [esi+0x80]
vmovdqu xmm0, oword [esp+ebp*1-0x81]
vmovdqu xmm0, oword [es:edi]
vmovdqu xmm0, oword [fs:0x20]
vmovdqu xmm0, oword [gs:ebx+ecx*8+0x100]
vmovdqu xmm0, oword [ss:ebp+0x10]
vmovdqu xmm0, oword [cs:eax]
vmovdqu xmm0, oword [bx+si]
vmovdqu xmm0, oword [bp+di+0x4]
vmovdqu xmm0, oword [bp+si+0x1234]
vmovdqu xmm0, oword [0x12]
vmovdqu xmm0, [eax]
vmovdqu ymm0, ymm4
vmovdqu ymm1, ymm4
vmovdqu ymm4, ymm4
vmovdqu ymm7, ymm4
vmovdqu ymm0, ymm7
vmovdqu ymm0, yword [eax]
vmovdqu ymm0, yword [ebx+0x7f]
vmovdqu ymm0, yword [ecx-0x80]
vmovdqu ymm0, yword [edx+0x12345678]
vmovdqu ymm0, yword [esp]
vmovdqu ymm0, yword [esp+0x8]
vmovdqu ymm0, yword [ebp]
vmovdqu ymm0, yword [ebp-0x4]
vmovdqu ymm0, yword [eax+ebx]
vmovdqu ymm0, yword [eax+ecx*2]
vmovdqu ymm0, yword [ebx+esi*4+0x10]
vmovdqu ymm0, yword [edi*8+0x1000]
vmovdqu ymm0, yword [0x12345678]
vmovdqu ymm0, yword [esi+0x80]
vmovdqu ymm0, yword [esp+ebp*1-0x81]
vmovdqu ymm0, yword [es:edi]
vmovdqu ymm0, yword [fs:0x20]
vmovdqu ymm0, yword [gs:ebx+ecx*8+0x100]
vmovdqu ymm0, yword [ss:ebp+0x10]
vmovdqu ymm0, yword [cs:eax]
vmovdqu ymm0, yword [bx+si]
vmovdqu ymm0, yword [bp+di+0x4]
vmovdqu ymm0, yword [bp+si+0x1234]
vmovdqu ymm0, yword [0x12]
vmovdqu ymm0, [eax]
pshufw mm0, mm1, 0x12
pshufw mm1, mm1, 0x12
pshufw mm5, mm1, 0x12
pshufw mm0, mm5, 0x12
pshufw mm0, [eax], 0x12
pshufw mm0, mm1, 0xf0
pshufd xmm7, xmm0, 0x12
pshufd xmm0, xmm0, 0x12
pshufd xmm1, xmm0, 0x12
pshufd xmm7, xmm1, 0x12
pshufd xmm7, [eax], 0x12
pshufd xmm7, xmm0, 0xf0
vpshufd xmm4, xmm7, 0x12
vpshufd xmm7, xmm7, 0x12
vpshufd xmm0, xmm7, 0x12
vpshufd xmm4, xmm0, 0x12
vpshufd xmm4, oword [eax], 0x12
vpshufd xmm4, oword [ebp], 0x12
vpshufd xmm4, oword [ebp-0x4], 0x12
vpshufd xmm4, oword [eax+ebx], 0x12
vpshufd xmm4, oword [eax+ecx*2], 0x12
vpshufd xmm4, [eax], 0x12
vpshufd xmm4, xmm7, 0xf0
vpshufd ymm1, ymm4, 0x12
vpshufd ymm4, ymm4, 0x12
vpshufd ymm7, ymm4, 0x12
vpshufd ymm1, ymm7, 0x12
vpshufd ymm1, yword [eax], 0x12
vpshufd ymm1, yword [esi+0x80], 0x12
vpshufd ymm1, yword [esp+ebp*1-0x81], 0x12
vpshufd ymm1, yword [es:edi], 0x12
vpshufd ymm1, yword [fs:0x20], 0x12
vpshufd ymm1, [eax], 0x12
vpshufd ymm1, ymm4, 0xf0
pshufhw xmm1, xmm4, 0x12
pshufhw xmm4, xmm4, 0x12
pshufhw xmm7, xmm4, 0x12
pshufhw xmm1, xmm7, 0x12
pshufhw xmm1, [eax], 0x12
pshufhw xmm1, xmm4, 0xf0
vpshufhw xmm0, xmm1, 0x12
vpshufhw xmm1, xmm1, 0x12
vpshufhw xmm4, xmm1, 0x12
vpshufhw xmm0, xmm4, 0x12
vpshufhw xmm0, oword [eax], 0x12
vpshufhw xmm0, oword [ecx-0x80], 0x12
vpshufhw xmm0, oword [edx+0x12345678], 0x12
vpshufhw xmm0, oword [esp], 0x12
vpshufhw xmm0, oword [esp+0x8], 0x12
vpshufhw xmm0, [eax], 0x12
vpshufhw xmm0, xmm1, 0xf0
vpshufhw ymm7, ymm0, 0x12
vpshufhw ymm0, ymm0, 0x12
vpshufhw ymm1, ymm0, 0x12
vpshufhw ymm7, ymm1, 0x12
vpshufhw ymm7, yword [eax], 0x12
vpshufhw ymm7, yword [eax+ecx*2], 0x12
vpshufhw ymm7, yword [ebx+esi*4+0x10], 0x12
vpshufhw ymm7, yword [edi*8+0x1000], 0x12
vpshufhw ymm7, yword [0x12345678], 0x12
vpshufhw ymm7, [eax], 0x12
vpshufhw ymm7, ymm0, 0xf0
pshuflw xmm7, xmm0, 0x12
pshuflw xmm0, xmm0, 0x12
pshuflw xmm1, xmm0, 0x12
pshuflw xmm7, xmm1, 0x12
pshuflw xmm7, [eax], 0x12
pshuflw xmm7, xmm0, 0xf0
vpshuflw xmm4, xmm7, 0x12
vpshuflw xmm7, xmm7, 0x12
vpshuflw xmm0, xmm7, 0x12
vpshuflw xmm4, xmm0, 0x12
vpshuflw xmm4, oword [eax], 0x12
vpshuflw xmm4, oword [bp+di+0x4], 0x12
vpshuflw xmm4, oword [bp+si+0x1234], 0x12
vpshuflw xmm4, oword [0x12], 0x12
vpshuflw xmm4, oword [ebx+0x7f], 0x12
vpshuflw xmm4, [eax], 0x12
vpshuflw xmm4, xmm7, 0xf0
vpshuflw ymm1, ymm4, 0x12
vpshuflw ymm4, ymm4, 0x12
vpshuflw ymm7, ymm4, 0x12
vpshuflw ymm1, ymm7, 0x12
vpshuflw ymm1, yword [eax], 0x12
vpshuflw ymm1, yword [esp+0x8], 0x12
vpshuflw ymm1, yword [ebp], 0x12
vpshuflw ymm1, yword [ebp-0x4], 0x12
vpshuflw ymm1, yword [eax+ebx], 0x12
vpshuflw ymm1, [eax], 0x12
vpshuflw ymm1, ymm4, 0xf0
psrlw mm1, 0x12
psrlw mm5, 0x12
psrlw mm7, 0x12
psrlw mm1, 0xf0
psrlw xmm0, 0x12
psrlw xmm1, 0x12
psrlw xmm4, 0x12
psrlw xmm0, 0xf0
vpsrlw xmm7, xmm0, 0x12
vpsrlw xmm0, xmm0, 0x12
vpsrlw xmm1, xmm0, 0x12
vpsrlw xmm7, xmm1, 0x12
vpsrlw xmm7, xmm4, 0x12
vpsrlw xmm7, xmm0, 0xf0
vpsrlw ymm4, ymm7, 0x12
vpsrlw ymm7, ymm7, 0x12
vpsrlw ymm0, ymm7, 0x12
vpsrlw ymm4, ymm0, 0x12
vpsrlw ymm4, ymm1, 0x12
vpsrlw ymm4, ymm7, 0xf0
psraw mm5, 0x12
psraw mm7, 0x12
psraw mm0, 0x12
psraw mm5, 0xf0
psraw xmm1, 0x12
psraw xmm4, 0x12
psraw xmm7, 0x12
psraw xmm1, 0xf0
vpsraw xmm0, xmm1, 0x12
vpsraw xmm1, xmm1, 0x12
vpsraw xmm4, xmm1, 0x12
vpsraw xmm0, xmm4, 0x12
vpsraw xmm0, xmm7, 0x12
vpsraw xmm0, xmm1, 0xf0
vpsraw ymm7, ymm0, 0x12
vpsraw ymm0, ymm0, 0x12
vpsraw ymm1, ymm0, 0x12
vpsraw ymm7, ymm1, 0x12
vpsraw ymm7, ymm4, 0x12
vpsraw ymm7, ymm0, 0xf0
psllw mm7, 0x12
psllw mm0, 0x12
psllw mm1, 0x12
psllw mm7, 0xf0
psllw xmm4, 0x12
psllw xmm7, 0x12
psllw xmm0, 0x12
psllw xmm4, 0xf0
vpsllw xmm1, xmm4, 0x12
vpsllw xmm4, xmm4, 0x12
vpsllw xmm7, xmm4, 0x12
vpsllw xmm1, xmm7, 0x12
vpsllw xmm1, xmm0, 0x12
vpsllw xmm1, xmm4, 0xf0
vpsllw ymm0, ymm1, 0x12
vpsllw ymm1, ymm1, 0x12
vpsllw ymm4, ymm1, 0x12
vpsllw ymm0, ymm4, 0x12
vpsllw ymm0, ymm7, 0x12
vpsllw ymm0, ymm1, 0xf0
psrld mm0, 0x12
psrld mm1, 0x12
psrld mm5, 0x12
psrld mm0, 0xf0
psrld xmm7, 0x12
psrld xmm0, 0x12
psrld xmm1, 0x12
psrld xmm7, 0xf0
vpsrld xmm4, xmm7, 0x12
vpsrld xmm7, xmm7, 0x12
vpsrld xmm0, xmm7, 0x12
vpsrld xmm4, xmm0, 0x12
vpsrld xmm4, xmm1, 0x12
vpsrld xmm4, xmm7, 0xf0
vpsrld ymm1, ymm4, 0x12
vpsrld ymm4, ymm4, 0x12
vpsrld ymm7, ymm4, 0x12
vpsrld ymm1, ymm7, 0x12
vpsrld ymm1, ymm0, 0x12
vpsrld ymm1, ymm4, 0xf0
psrad mm1, 0x12
psrad mm5, 0x12
psrad mm7, 0x12
psrad mm1, 0xf0
psrad xmm0, 0x12
psrad xmm1, 0x12
psrad xmm4, 0x12
psrad xmm0, 0xf0
vpsrad xmm7, xmm0, 0x12
vpsrad xmm0, xmm0, 0x12
vpsrad xmm1, xmm0, 0x12
vpsrad xmm7, xmm1, 0x12
vpsrad xmm7, xmm4, 0x12
vpsrad xmm7, xmm0, 0xf0
vpsrad ymm4, ymm7, 0x12
vpsrad ymm7, ymm7, 0x12
vpsrad ymm0, ymm7, 0x12
vpsrad ymm4, ymm0, 0x12
vpsrad ymm4, ymm1, 0x12
vpsrad ymm4, ymm7, 0xf0
pslld mm7, 0x12
pslld mm0, 0x12
pslld mm1, 0x12
pslld mm7, 0xf0
pslld xmm4, 0x12
pslld xmm7, 0x12
pslld xmm0, 0x12
pslld xmm4, 0xf0
vpslld xmm1, xmm4, 0x12
vpslld xmm4, xmm4, 0x12
vpslld xmm7, xmm4, 0x12
vpslld xmm1, xmm7, 0x12
vpslld xmm1, xmm0, 0x12
vpslld xmm1, xmm4, 0xf0
vpslld ymm0, ymm1, 0x12
vpslld ymm1, ymm1, 0x12
vpslld ymm4, ymm1, 0x12
vpslld ymm0, ymm4, 0x12
vpslld ymm0, ymm7, 0x12
vpslld ymm0, ymm1, 0xf0
psrlq mm0, 0x12
psrlq mm1, 0x12
psrlq mm5, 0x12
psrlq mm0, 0xf0
psrlq xmm7, 0x12
psrlq xmm0, 0x12
psrlq xmm1, 0x12
psrlq xmm7, 0xf0
vpsrlq xmm4, xmm7, 0x12
vpsrlq xmm7, xmm7, 0x12
vpsrlq xmm0, xmm7, 0x12
vpsrlq xmm4, xmm0, 0x12
vpsrlq xmm4, xmm1, 0x12
vpsrlq xmm4, xmm7, 0xf0
vpsrlq ymm1, ymm4, 0x12
vpsrlq ymm4, ymm4, 0x12
vpsrlq ymm7, ymm4, 0x12
vpsrlq ymm1, ymm7, 0x12
vpsrlq ymm1, ymm0, 0x12
vpsrlq ymm1, ymm4, 0xf0
psrldq xmm1, 0x12
psrldq xmm4, 0x12
psrldq xmm7, 0x12
psrldq xmm1, 0xf0
vpsrldq xmm0, xmm1, 0x12
vpsrldq xmm1, xmm1, 0x12
vpsrldq xmm4, xmm1, 0x12
vpsrldq xmm0, xmm4, 0x12
vpsrldq xmm0, xmm7, 0x12
vpsrldq xmm0, xmm1, 0xf0
vpsrldq ymm7, ymm0, 0x12
vpsrldq ymm0, ymm0, 0x12
vpsrldq ymm1, ymm0, 0x12
vpsrldq ymm7, ymm1, 0x12
vpsrldq ymm7, ymm4, 0x12
vpsrldq ymm7, ymm0, 0xf0
psllq mm7, 0x12
psllq mm0, 0x12
psllq mm1, 0x12
psllq mm7, 0xf0
psllq xmm4, 0x12
psllq xmm7, 0x12
psllq xmm0, 0x12
psllq xmm4, 0xf0
vpsllq xmm1, xmm4, 0x12
vpsllq xmm4, xmm4, 0x12
vpsllq xmm7, xmm4, 0x12
vpsllq xmm1, xmm7, 0x12
vpsllq xmm1, xmm0, 0x12
vpsllq xmm1, xmm4, 0xf0
vpsllq ymm0, ymm1, 0x12
vpsllq ymm1, ymm1, 0x12
vpsllq ymm4, ymm1, 0x12
vpsllq ymm0, ymm4, 0x12
vpsllq ymm0, ymm7, 0x12
vpsllq ymm0, ymm1, 0xf0
pslldq xmm0, 0x12
pslldq xmm1, 0x12
pslldq xmm4, 0x12
pslldq xmm0, 0xf0
vpslldq xmm7, xmm0, 0x12
vpslldq xmm0, xmm0, 0x12
vpslldq xmm1, xmm0, 0x12
vpslldq xmm7, xmm1, 0x12
vpslldq xmm7, xmm4, 0x12
vpslldq xmm7, xmm0, 0xf0
vpslldq ymm4, ymm7, 0x12
vpslldq ymm7, ymm7, 0x12
vpslldq ymm0, ymm7, 0x12
vpslldq ymm4, ymm0, 0x12
vpslldq ymm4, ymm1, 0x12
vpslldq ymm4, ymm7, 0xf0
pcmpeqb mm5, mm7
pcmpeqb mm7, mm7
pcmpeqb mm0, mm7
pcmpeqb mm5, mm0
pcmpeqb mm5, qword [eax]
pcmpeqb mm5, qword [fs:0x20]
pcmpeqb mm5, qword [gs:ebx+ecx*8+0x100]
pcmpeqb mm5, qword [ss:ebp+0x10]
pcmpeqb mm5, qword [cs:eax]
pcmpeqb mm5, [eax]
pcmpeqb xmm1, xmm4
pcmpeqb xmm4, xmm4
pcmpeqb xmm7, xmm4
pcmpeqb xmm1, xmm7
pcmpeqb xmm1, oword [eax]
pcmpeqb xmm1, oword [0x12]
pcmpeqb xmm1, oword [ebx+0x7f]
pcmpeqb xmm1, oword [ecx-0x80]
pcmpeqb xmm1, oword [edx+0x12345678]
pcmpeqb xmm1, [eax]
vpcmpeqb xmm0, xmm1, xmm4
vpcmpeqb xmm1, xmm1, xmm4
vpcmpeqb xmm4, xmm1, xmm4
vpcmpeqb xmm0, xmm4, xmm4
vpcmpeqb xmm0, xmm7, xmm4
vpcmpeqb xmm0, xmm1, xmm7
vpcmpeqb xmm0, xmm1, oword [eax]
vpcmpeqb xmm0, xmm1, oword [ebp-0x4]
vpcmpeqb xmm0, xmm1, oword [eax+ebx]
vpcmpeqb xmm0, xmm1, oword [eax+ecx*2]
vpcmpeqb xmm0, xmm1, oword [ebx+esi*4+0x10]
vpcmpeqb xmm0, xmm1, [eax]
vpcmpeqb ymm7, ymm0, ymm1
vpcmpeqb ymm0, ymm0, ymm1
vpcmpeqb ymm1, ymm0, ymm1
vpcmpeqb ymm7, ymm1, ymm1
vpcmpeqb ymm7, ymm4, ymm1
vpcmpeqb ymm7, ymm0, ymm4
vpcmpeqb ymm7, ymm0, yword [eax]
vpcmpeqb ymm7, ymm0, yword [esp+ebp*1-0x81]
vpcmpeqb ymm7, ymm0, yword [es:edi]
vpcmpeqb ymm7, ymm0, yword [fs:0x20]
vpcmpeqb ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vpcmpeqb ymm7, ymm0, [eax]
pcmpeqw mm7, mm0
pcmpeqw mm0, mm0
pcmpeqw mm1, mm0
pcmpeqw mm7, mm1
pcmpeqw mm7, qword [eax]
pcmpeqw mm7, qword [cs:eax]
pcmpeqw mm7, qword [bx+si]
pcmpeqw mm7, qword [bp+di+0x4]
pcmpeqw mm7, qword [bp+si+0x1234]
pcmpeqw mm7, [eax]
pcmpeqw xmm4, xmm7
pcmpeqw xmm7, xmm7
pcmpeqw xmm0, xmm7
pcmpeqw xmm4, xmm0
pcmpeqw xmm4, oword [eax]
pcmpeqw xmm4, oword [edx+0x12345678]
pcmpeqw xmm4, oword [esp]
pcmpeqw xmm4, oword [esp+0x8]
pcmpeqw xmm4, oword [ebp]
pcmpeqw xmm4, [eax]
vpcmpeqw xmm1, xmm4, xmm7
vpcmpeqw xmm4, xmm4, xmm7
vpcmpeqw xmm7, xmm4, xmm7
vpcmpeqw xmm1, xmm7, xmm7
vpcmpeqw xmm1, xmm0, xmm7
vpcmpeqw xmm1, xmm4, xmm0
vpcmpeqw xmm1, xmm4, oword [eax]
vpcmpeqw xmm1, xmm4, oword [ebx+esi*4+0x10]
vpcmpeqw xmm1, xmm4, oword [edi*8+0x1000]
vpcmpeqw xmm1, xmm4, oword [0x12345678]
vpcmpeqw xmm1, xmm4, oword [esi+0x80]
vpcmpeqw xmm1, xmm4, [eax]
vpcmpeqw ymm0, ymm1, ymm4
vpcmpeqw ymm1, ymm1, ymm4
vpcmpeqw ymm4, ymm1, ymm4
vpcmpeqw ymm0, ymm4, ymm4
vpcmpeqw ymm0, ymm7, ymm4
vpcmpeqw ymm0, ymm1, ymm7
vpcmpeqw ymm0, ymm1, yword [eax]
vpcmpeqw ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vpcmpeqw ymm0, ymm1, yword [ss:ebp+0x10]
vpcmpeqw ymm0, ymm1, yword [cs:eax]
vpcmpeqw ymm0, ymm1, yword [bx+si]
vpcmpeqw ymm0, ymm1, [eax]
pcmpeqd mm0, mm1
pcmpeqd mm1, mm1
pcmpeqd mm5, mm1
pcmpeqd mm0, mm5
pcmpeqd mm0, qword [eax]
pcmpeqd mm0, qword [bp+si+0x1234]
pcmpeqd mm0, qword [0x12]
pcmpeqd mm0, qword [ebx+0x7f]
pcmpeqd mm0, qword [ecx-0x80]
pcmpeqd mm0, [eax]
pcmpeqd xmm7, xmm0
pcmpeqd xmm0, xmm0
pcmpeqd xmm1, xmm0
pcmpeqd xmm7, xmm1
pcmpeqd xmm7, oword [eax]
pcmpeqd xmm7, oword [ebp]
pcmpeqd xmm7, oword [ebp-0x4]
pcmpeqd xmm7, oword [eax+ebx]
pcmpeqd xmm7, oword [eax+ecx*2]
pcmpeqd xmm7, [eax]
vpcmpeqd xmm4, xmm7, xmm0
vpcmpeqd xmm7, xmm7, xmm0
vpcmpeqd xmm0, xmm7, xmm0
vpcmpeqd xmm4, xmm0, xmm0
vpcmpeqd xmm4, xmm1, xmm0
vpcmpeqd xmm4, xmm7, xmm1
vpcmpeqd xmm4, xmm7, oword [eax]
vpcmpeqd xmm4, xmm7, oword [esi+0x80]
vpcmpeqd xmm4, xmm7, oword [esp+ebp*1-0x81]
vpcmpeqd xmm4, xmm7, oword [es:edi]
vpcmpeqd xmm4, xmm7, oword [fs:0x20]
vpcmpeqd xmm4, xmm7, [eax]
vpcmpeqd ymm1, ymm4, ymm7
vpcmpeqd ymm4, ymm4, ymm7
vpcmpeqd ymm7, ymm4, ymm7
vpcmpeqd ymm1, ymm7, ymm7
vpcmpeqd ymm1, ymm0, ymm7
vpcmpeqd ymm1, ymm4, ymm0
vpcmpeqd ymm1, ymm4, yword [eax]
vpcmpeqd ymm1, ymm4, yword [bx+si]
vpcmpeqd ymm1, ymm4, yword [bp+di+0x4]
vpcmpeqd ymm1, ymm4, yword [bp+si+0x1234]
vpcmpeqd ymm1, ymm4, yword [0x12]
vpcmpeqd ymm1, ymm4, [eax]
emms
vzeroupper
vzeroall
vmread esi, edi
vmread edi, edi
vmread dword [eax], edi
vmread dword [0x12], edi
vmread dword [ebx+0x7f], edi
vmread dword [ecx-0x80], edi
vmread dword [edx+0x12345678], edi
vmread [eax], edi
vmread esi, eax
vmread esi, ecx
extrq xmm4, 0x12, 0x12
extrq xmm7, 0x12, 0x12
extrq xmm0, 0x12, 0x12
extrq xmm4, 0xf0, 0x12
extrq xmm4, 0x12, 0xf0
insertq xmm1, xmm4, 0x12, 0x12
insertq xmm4, xmm4, 0x12, 0x12
insertq xmm7, xmm4, 0x12, 0x12
insertq xmm1, xmm7, 0x12, 0x12
insertq xmm1, xmm0, 0x12, 0x12
insertq xmm1, xmm4, 0xf0, 0x12
insertq xmm1, xmm4, 0x12, 0xf0
vmwrite edx, ebx
vmwrite ebx, ebx
vmwrite esp, ebx
vmwrite edx, esp
vmwrite edx, dword [eax]
vmwrite edx, dword [ecx-0x80]
vmwrite edx, dword [edx+0x12345678]
vmwrite edx, dword [esp]
vmwrite edx, dword [esp+0x8]
vmwrite edx, [eax]
extrq xmm4, xmm7
extrq xmm7, xmm7
extrq xmm0, xmm7
extrq xmm4, xmm0
extrq xmm4, xmm1
insertq xmm1, xmm4
insertq xmm4, xmm4
insertq xmm7, xmm4
insertq xmm1, xmm7
insertq xmm1, xmm0
haddpd xmm4, xmm7
haddpd xmm7, xmm7
haddpd xmm0, xmm7
haddpd xmm4, xmm0
haddpd xmm4, oword [eax]
haddpd xmm4, oword [fs:0x20]
haddpd xmm4, oword [gs:ebx+ecx*8+0x100]
haddpd xmm4, oword [ss:ebp+0x10]
haddpd xmm4, oword [cs:eax]
haddpd xmm4, [eax]
vhaddpd xmm1, xmm4, xmm7
vhaddpd xmm4, xmm4, xmm7
vhaddpd xmm7, xmm4, xmm7
vhaddpd xmm1, xmm7, xmm7
vhaddpd xmm1, xmm0, xmm7
vhaddpd xmm1, xmm4, xmm0
vhaddpd xmm1, xmm4, oword [eax]
vhaddpd xmm1, xmm4, oword [0x12]
vhaddpd xmm1, xmm4, oword [ebx+0x7f]
vhaddpd xmm1, xmm4, oword [ecx-0x80]
vhaddpd xmm1, xmm4, oword [edx+0x12345678]
vhaddpd xmm1, xmm4, [eax]
vhaddpd ymm0, ymm1, ymm4
vhaddpd ymm1, ymm1, ymm4
vhaddpd ymm4, ymm1, ymm4
vhaddpd ymm0, ymm4, ymm4
vhaddpd ymm0, ymm7, ymm4
vhaddpd ymm0, ymm1, ymm7
vhaddpd ymm0, ymm1, yword [eax]
vhaddpd ymm0, ymm1, yword [ebp-0x4]
vhaddpd ymm0, ymm1, yword [eax+ebx]
vhaddpd ymm0, ymm1, yword [eax+ecx*2]
vhaddpd ymm0, ymm1, yword [ebx+esi*4+0x10]
vhaddpd ymm0, ymm1, [eax]
haddps xmm7, xmm0
haddps xmm0, xmm0
haddps xmm1, xmm0
haddps xmm7, xmm1
haddps xmm7, oword [eax]
haddps xmm7, oword [esp+ebp*1-0x81]
haddps xmm7, oword [es:edi]
haddps xmm7, oword [fs:0x20]
haddps xmm7, oword [gs:ebx+ecx*8+0x100]
haddps xmm7, [eax]
vhaddps xmm4, xmm7, xmm0
vhaddps xmm7, xmm7, xmm0
vhaddps xmm0, xmm7, xmm0
vhaddps xmm4, xmm0, xmm0
vhaddps xmm4, xmm1, xmm0
vhaddps xmm4, xmm7, xmm1
vhaddps xmm4, xmm7, oword [eax]
vhaddps xmm4, xmm7, oword [bp+di+0x4]
vhaddps xmm4, xmm7, oword [bp+si+0x1234]
vhaddps xmm4, xmm7, oword [0x12]
vhaddps xmm4, xmm7, oword [ebx+0x7f]
vhaddps xmm4, xmm7, [eax]
vhaddps ymm1, ymm4, ymm7
vhaddps ymm4, ymm4, ymm7
vhaddps ymm7, ymm4, ymm7
vhaddps ymm1, ymm7, ymm7
vhaddps ymm1, ymm0, ymm7
vhaddps ymm1, ymm4, ymm0
vhaddps ymm1, ymm4, yword [eax]
vhaddps ymm1, ymm4, yword [esp+0x8]
vhaddps ymm1, ymm4, yword [ebp]
vhaddps ymm1, ymm4, yword [ebp-0x4]
vhaddps ymm1, ymm4, yword [eax+ebx]
vhaddps ymm1, ymm4, [eax]
hsubpd xmm0, xmm1
hsubpd xmm1, xmm1
hsubpd xmm4, xmm1
hsubpd xmm0, xmm4
hsubpd xmm0, oword [eax]
hsubpd xmm0, oword [0x12345678]
hsubpd xmm0, oword [esi+0x80]
hsubpd xmm0, oword [esp+ebp*1-0x81]
hsubpd xmm0, oword [es:edi]
hsubpd xmm0, [eax]
vhsubpd xmm7, xmm0, xmm1
vhsubpd xmm0, xmm0, xmm1
vhsubpd xmm1, xmm0, xmm1
vhsubpd xmm7, xmm1, xmm1
vhsubpd xmm7, xmm4, xmm1
vhsubpd xmm7, xmm0, xmm4
vhsubpd xmm7, xmm0, oword [eax]
vhsubpd xmm7, xmm0, oword [cs:eax]
vhsubpd xmm7, xmm0, oword [bx+si]
vhsubpd xmm7, xmm0, oword [bp+di+0x4]
vhsubpd xmm7, xmm0, oword [bp+si+0x1234]
vhsubpd xmm7, xmm0, [eax]
vhsubpd ymm4, ymm7, ymm0
vhsubpd ymm7, ymm7, ymm0
vhsubpd ymm0, ymm7, ymm0
vhsubpd ymm4, ymm0, ymm0
vhsubpd ymm4, ymm1, ymm0
vhsubpd ymm4, ymm7, ymm1
vhsubpd ymm4, ymm7, yword [eax]
vhsubpd ymm4, ymm7, yword [edx+0x12345678]
vhsubpd ymm4, ymm7, yword [esp]
vhsubpd ymm4, ymm7, yword [esp+0x8]
vhsubpd ymm4, ymm7, yword [ebp]
vhsubpd ymm4, ymm7, [eax]
hsubps xmm1, xmm4
hsubps xmm4, xmm4
hsubps xmm7, xmm4
hsubps xmm1, xmm7
hsubps xmm1, oword [eax]
hsubps xmm1, oword [ebx+esi*4+0x10]
hsubps xmm1, oword [edi*8+0x1000]
hsubps xmm1, oword [0x12345678]
hsubps xmm1, oword [esi+0x80]
hsubps xmm1, [eax]
vhsubps xmm0, xmm1, xmm4
vhsubps xmm1, xmm1, xmm4
vhsubps xmm4, xmm1, xmm4
vhsubps xmm0, xmm4, xmm4
vhsubps xmm0, xmm7, xmm4
vhsubps xmm0, xmm1, xmm7
vhsubps xmm0, xmm1, oword [eax]
vhsubps xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vhsubps xmm0, xmm1, oword [ss:ebp+0x10]
vhsubps xmm0, xmm1, oword [cs:eax]
vhsubps xmm0, xmm1, oword [bx+si]
vhsubps xmm0, xmm1, [eax]
vhsubps ymm7, ymm0, ymm1
vhsubps ymm0, ymm0, ymm1
vhsubps ymm1, ymm0, ymm1
vhsubps ymm7, ymm1, ymm1
vhsubps ymm7, ymm4, ymm1
vhsubps ymm7, ymm0, ymm4
vhsubps ymm7, ymm0, yword [eax]
vhsubps ymm7, ymm0, yword [ebx+0x7f]
vhsubps ymm7, ymm0, yword [ecx-0x80]
vhsubps ymm7, ymm0, yword [edx+0x12345678]
vhsubps ymm7, ymm0, yword [esp]
vhsubps ymm7, ymm0, [eax]
movd esi, mm0
movd edi, mm0
movd dword [eax], mm0
movd dword [ebx+0x7f], mm0
movd dword [ecx-0x80], mm0
movd dword [edx+0x12345678], mm0
movd dword [esp], mm0
movd dword [esp+0x8], mm0
movd dword [ebp], mm0
movd dword [ebp-0x4], mm0
movd dword [eax+ebx], mm0
movd dword [eax+ecx*2], mm0
movd dword [ebx+esi*4+0x10], mm0
movd dword [edi*8+0x1000], mm0
movd dword [0x12345678], mm0
movd dword [esi+0x80], mm0
movd dword [esp+ebp*1-0x81], mm0
movd dword [es:edi], mm0
movd dword [fs:0x20], mm0
movd dword [gs:ebx+ecx*8+0x100], mm0
movd dword [ss:ebp+0x10], mm0
movd dword [cs:eax], mm0
movd dword [bx+si], mm0
movd dword [bp+di+0x4], mm0
movd dword [bp+si+0x1234], mm0
movd dword [0x12], mm0
movd [eax], mm0
movd esi, mm1
movd esi, mm5
movd esi, mm7
movd esp, xmm0
movd ebp, xmm0
movd dword [eax], xmm0
movd dword [ebx+0x7f], xmm0
movd dword [ecx-0x80], xmm0
movd dword [edx+0x12345678], xmm0
movd dword [esp], xmm0
movd dword [esp+0x8], xmm0
movd dword [ebp], xmm0
movd dword [ebp-0x4], xmm0
movd dword [eax+ebx], xmm0
movd dword [eax+ecx*2], xmm0
movd dword [ebx+esi*4+0x10], xmm0
movd dword [edi*8+0x1000], xmm0
movd dword [0x12345678], xmm0
movd dword [esi+0x80], xmm0
movd dword [esp+ebp*1-0x81], xmm0
movd dword [es:edi], xmm0
movd dword [fs:0x20], xmm0
movd dword [gs:ebx+ecx*8+0x100], xmm0
movd dword [ss:ebp+0x10], xmm0
movd dword [cs:eax], xmm0
movd dword [bx+si], xmm0
movd dword [bp+di+0x4], xmm0
movd dword [bp+si+0x1234], xmm0
movd dword [0x12], xmm0
movd [eax], xmm0
movd esp, xmm1
movd esp, xmm4
movd esp, xmm7
vmovd edx, xmm7
vmovd ebx, xmm7
vmovd dword [eax], xmm7
vmovd dword [esi+0x80], xmm7
vmovd dword [esp+ebp*1-0x81], xmm7
vmovd dword [es:edi], xmm7
vmovd dword [fs:0x20], xmm7
vmovd [eax], xmm7
vmovd edx, xmm0
vmovd edx, xmm1
movq xmm4, xmm7
movq xmm7, xmm7
movq xmm0, xmm7
movq xmm4, xmm0
movq xmm4, qword [eax]
movq xmm4, qword [ss:ebp+0x10]
movq xmm4, qword [cs:eax]
movq xmm4, qword [bx+si]
movq xmm4, qword [bp+di+0x4]
movq xmm4, [eax]
vmovq xmm1, xmm4
vmovq xmm4, xmm4
vmovq xmm7, xmm4
vmovq xmm1, xmm7
vmovq xmm1, qword [eax]
vmovq xmm1, qword [ecx-0x80]
vmovq xmm1, qword [edx+0x12345678]
vmovq xmm1, qword [esp]
vmovq xmm1, qword [esp+0x8]
vmovq xmm1, [eax]
movq mm7, mm0
movq mm0, mm0
movq qword [eax], mm0
movq qword [fs:0x20], mm0
movq qword [gs:ebx+ecx*8+0x100], mm0
movq qword [ss:ebp+0x10], mm0
movq qword [cs:eax], mm0
movq [eax], mm0
movq mm7, mm1
movdqa xmm4, xmm7
movdqa xmm7, xmm7
movdqa oword [eax], xmm7
movdqa oword [0x12], xmm7
movdqa oword [ebx+0x7f], xmm7
movdqa oword [ecx-0x80], xmm7
movdqa oword [edx+0x12345678], xmm7
movdqa [eax], xmm7
movdqa xmm4, xmm0
vmovdqa xmm1, xmm4
vmovdqa xmm4, xmm4
vmovdqa oword [eax], xmm4
vmovdqa oword [ebp-0x4], xmm4
vmovdqa oword [eax+ebx], xmm4
vmovdqa oword [eax+ecx*2], xmm4
vmovdqa oword [ebx+esi*4+0x10], xmm4
vmovdqa [eax], xmm4
vmovdqa xmm1, xmm7
vmovdqa ymm0, ymm1
vmovdqa ymm1, ymm1
vmovdqa yword [eax], ymm1
vmovdqa yword [esp+ebp*1-0x81], ymm1
vmovdqa yword [es:edi], ymm1
vmovdqa yword [fs:0x20], ymm1
vmovdqa yword [gs:ebx+ecx*8+0x100], ymm1
vmovdqa [eax], ymm1
vmovdqa ymm0, ymm4
movdqu xmm1, xmm4
movdqu xmm4, xmm4
movdqu oword [eax], xmm4
movdqu oword [gs:ebx+ecx*8+0x100], xmm4
movdqu oword [ss:ebp+0x10], xmm4
movdqu oword [cs:eax], xmm4
movdqu oword [bx+si], xmm4
movdqu [eax], xmm4
movdqu xmm1, xmm7
vmovdqu xmm1, xmm0
vmovdqu oword [eax], xmm0
vmovdqu oword [ebx+0x7f], xmm0
vmovdqu oword [ecx-0x80], xmm0
vmovdqu oword [edx+0x12345678], xmm0
vmovdqu oword [esp], xmm0
vmovdqu oword [esp+0x8], xmm0
vmovdqu oword [ebp], xmm0
vmovdqu oword [ebp-0x4], xmm0
vmovdqu oword [eax+ebx], xmm0
vmovdqu oword [eax+ecx*2], xmm0
vmovdqu oword [ebx+esi*4+0x10], xmm0
vmovdqu oword [edi*8+0x1000], xmm0
vmovdqu oword [0x12345678], xmm0
vmovdqu oword [esi+0x80], xmm0
vmovdqu oword [esp+ebp*1-0x81], xmm0
vmovdqu oword [es:edi], xmm0
vmovdqu oword [fs:0x20], xmm0
vmovdqu oword [gs:ebx+ecx*8+0x100], xmm0
vmovdqu oword [ss:ebp+0x10], xmm0
vmovdqu oword [cs:eax], xmm0
vmovdqu oword [bx+si], xmm0
vmovdqu oword [bp+di+0x4], xmm0
vmovdqu oword [bp+si+0x1234], xmm0
vmovdqu oword [0x12], xmm0
vmovdqu [eax], xmm0
vmovdqu xmm0, xmm1
vmovdqu xmm0, xmm4
vmovdqu ymm7, ymm0
vmovdqu ymm0, ymm0
vmovdqu yword [eax], ymm0
vmovdqu yword [ebx+0x7f], ymm0
vmovdqu yword [ecx-0x80], ymm0
vmovdqu yword [edx+0x12345678], ymm0
vmovdqu yword [esp], ymm0
vmovdqu yword [esp+0x8], ymm0
vmovdqu yword [ebp], ymm0
vmovdqu yword [ebp-0x4], ymm0
vmovdqu yword [eax+ebx], ymm0
vmovdqu yword [eax+ecx*2], ymm0
vmovdqu yword [ebx+esi*4+0x10], ymm0
vmovdqu yword [edi*8+0x1000], ymm0
vmovdqu yword [0x12345678], ymm0
vmovdqu yword [esi+0x80], ymm0
vmovdqu yword [esp+ebp*1-0x81], ymm0
vmovdqu yword [es:edi], ymm0
vmovdqu yword [fs:0x20], ymm0
vmovdqu yword [gs:ebx+ecx*8+0x100], ymm0
vmovdqu yword [ss:ebp+0x10], ymm0
vmovdqu yword [cs:eax], ymm0
vmovdqu yword [bx+si], ymm0
vmovdqu yword [bp+di+0x4], ymm0
vmovdqu yword [bp+si+0x1234], ymm0
vmovdqu yword [0x12], ymm0
vmovdqu [eax], ymm0
vmovdqu ymm7, ymm1
vmovdqu ymm7, ymm7
jo near $+0x1000
jo $+0x1234
jo near $-0x80
jno near $+0x1000
jno $+0x1234
jno near $-0x80
jb near $+0x1000
jb $+0x1234
jb near $-0x80
jc near $+0x1000
jnae near $+0x1000
jae near $+0x1000
jae $+0x1234
jae near $-0x80
jnb near $+0x1000
jnc near $+0x1000
je near $+0x1000
je $+0x1234
je near $-0x80
jz near $+0x1000
jne near $+0x1000
jne $+0x1234
jne near $-0x80
jnz near $+0x1000
jbe near $+0x1000
jbe $+0x1234
jbe near $-0x80
jna near $+0x1000
ja near $+0x1000
ja $+0x1234
ja near $-0x80
jnbe near $+0x1000
js near $+0x1000
js $+0x1234
js near $-0x80
jns near $+0x1000
jns $+0x1234
jns near $-0x80
jp near $+0x1000
jp $+0x1234
jp near $-0x80
jpe near $+0x1000
jnp near $+0x1000
jnp $+0x1234
jnp near $-0x80
jpo near $+0x1000
jl near $+0x1000
jl $+0x1234
jl near $-0x80
jnge near $+0x1000
jge near $+0x1000
jge $+0x1234
jge near $-0x80
jnl near $+0x1000
jle near $+0x1000
jle $+0x1234
jle near $-0x80
jng near $+0x1000
jg near $+0x1000
jg $+0x1234
jg near $-0x80
jnle near $+0x1000
seto bl
seto al
seto byte [eax]
seto byte [bp+di+0x4]
seto byte [bp+si+0x1234]
seto byte [0x12]
seto byte [ebx+0x7f]
seto [eax]
setno cl
setno dh
setno byte [eax]
setno byte [esp+0x8]
setno byte [ebp]
setno byte [ebp-0x4]
setno byte [eax+ebx]
setno [eax]
setb bh
setb bl
setb byte [eax]
setb byte [0x12345678]
setb byte [esi+0x80]
setb byte [esp+ebp*1-0x81]
setb byte [es:edi]
setb [eax]
setc bh
setnae bh
setae al
setae cl
setae byte [eax]
setae byte [cs:eax]
setae byte [bx+si]
setae byte [bp+di+0x4]
setae byte [bp+si+0x1234]
setae [eax]
setnb al
setnc al
sete dh
sete bh
sete byte [eax]
sete byte [edx+0x12345678]
sete byte [esp]
sete byte [esp+0x8]
sete byte [ebp]
sete [eax]
setz dh
setne bl
setne al
setne byte [eax]
setne byte [ebx+esi*4+0x10]
setne byte [edi*8+0x1000]
setne byte [0x12345678]
setne byte [esi+0x80]
setne [eax]
setnz bl
setbe cl
setbe dh
setbe byte [eax]
setbe byte [gs:ebx+ecx*8+0x100]
setbe byte [ss:ebp+0x10]
setbe byte [cs:eax]
setbe byte [bx+si]
setbe [eax]
setna cl
seta bh
seta bl
seta byte [eax]
seta byte [ebx+0x7f]
seta byte [ecx-0x80]
seta byte [edx+0x12345678]
seta byte [esp]
seta [eax]
setnbe bh
sets al
sets cl
sets byte [eax]
sets byte [eax+ebx]
sets byte [eax+ecx*2]
sets byte [ebx+esi*4+0x10]
sets byte [edi*8+0x1000]
sets [eax]
setns dh
setns bh
setns byte [eax]
setns byte [es:edi]
setns byte [fs:0x20]
setns byte [gs:ebx+ecx*8+0x100]
setns byte [ss:ebp+0x10]
setns [eax]
setp bl
setp al
setp byte [eax]
setp byte [bp+si+0x1234]
setp byte [0x12]
setp byte [ebx+0x7f]
setp byte [ecx-0x80]
setp [eax]
setpe bl
setnp cl
setnp dh
setnp byte [eax]
setnp byte [ebp]
setnp byte [ebp-0x4]
setnp byte [eax+ebx]
setnp byte [eax+ecx*2]
setnp [eax]
setpo cl
setl bh
setl bl
setl byte [eax]
setl byte [esi+0x80]
setl byte [esp+ebp*1-0x81]
setl byte [es:edi]
setl byte [fs:0x20]
setl [eax]
setnge bh
setge al
setge cl
setge byte [eax]
setge byte [bx+si]
setge byte [bp+di+0x4]
setge byte [bp+si+0x1234]
setge byte [0x12]
setge [eax]
setnl al
setle dh
setle bh
setle byte [eax]
setle byte [esp]
setle byte [esp+0x8]
setle byte [ebp]
setle byte [ebp-0x4]
setle [eax]
setng dh
setg bl
setg al
setg byte [eax]
setg byte [edi*8+0x1000]
setg byte [0x12345678]
setg byte [esi+0x80]
setg byte [esp+ebp*1-0x81]
setg [eax]
setnle bl
o16 push fs
push fs
o16 pop fs
pop fs
cpuid
bt bx, ax
bt sp, ax
bt word [eax], ax
bt word [ebx+0x7f], ax
bt word [ecx-0x80], ax
bt word [edx+0x12345678], ax
bt word [esp], ax
bt word [esp+0x8], ax
bt word [ebp], ax
bt word [ebp-0x4], ax
bt word [eax+ebx], ax
bt word [eax+ecx*2], ax
bt word [ebx+esi*4+0x10], ax
bt word [edi*8+0x1000], ax
bt word [0x12345678], ax
bt word [esi+0x80], ax
bt word [esp+ebp*1-0x81], ax
bt word [es:edi], ax
bt word [fs:0x20], ax
bt word [gs:ebx+ecx*8+0x100], ax
bt word [ss:ebp+0x10], ax
bt word [cs:eax], ax
bt word [bx+si], ax
bt word [bp+di+0x4], ax
bt word [bp+si+0x1234], ax
bt word [0x12], ax
bt [eax], ax
bt bx, cx
bt bx, dx
bt bx, bx
bt bx, sp
bt bx, bp
bt bx, si
bt bx, di
o16 bt bx, ax
bt edx, eax
bt ebx, eax
bt dword [eax], eax
bt dword [ebx+0x7f], eax
bt dword [ecx-0x80], eax
bt dword [edx+0x12345678], eax
bt dword [esp], eax
bt dword [esp+0x8], eax
bt dword [ebp], eax
bt dword [ebp-0x4], eax
bt dword [eax+ebx], eax
bt dword [eax+ecx*2], eax
bt dword [ebx+esi*4+0x10], eax
bt dword [edi*8+0x1000], eax
bt dword [0x12345678], eax
bt dword [esi+0x80], eax
bt dword [esp+ebp*1-0x81], eax
bt dword [es:edi], eax
bt dword [fs:0x20], eax
bt dword [gs:ebx+ecx*8+0x100], eax
bt dword [ss:ebp+0x10], eax
bt dword [cs:eax], eax
bt dword [bx+si], eax
bt dword [bp+di+0x4], eax
bt dword [bp+si+0x1234], eax
bt dword [0x12], eax
bt [eax], eax
bt edx, ecx
bt edx, edx
bt edx, ebx
bt edx, esp
bt edx, ebp
bt edx, esi
bt edx, edi
shld ax, cx, 0x12
shld cx, cx, 0x12
shld word [eax], cx, 0x12
shld word [edx+0x12345678], cx, 0x12
shld word [esp], cx, 0x12
shld word [esp+0x8], cx, 0x12
shld word [ebp], cx, 0x12
shld [eax], cx, 0x12
shld ax, dx, 0x12
shld ax, bx, 0x12
shld ax, cx, 0xf0
o16 shld ax, cx, 0x12
shld edi, eax, 0x12
shld eax, eax, 0x12
shld dword [eax], eax, 0x12
shld dword [ebx+esi*4+0x10], eax, 0x12
shld dword [edi*8+0x1000], eax, 0x12
shld dword [0x12345678], eax, 0x12
shld dword [esi+0x80], eax, 0x12
shld [eax], eax, 0x12
shld edi, ecx, 0x12
shld edi, edx, 0x12
shld edi, eax, 0xf0
shld bp, si, cl
shld si, si, cl
shld word [eax], si, cl
shld word [ebx+0x7f], si, cl
shld word [ecx-0x80], si, cl
shld word [edx+0x12345678], si, cl
shld word [esp], si, cl
shld [eax], si, cl
shld bp, di, cl
shld bp, ax, cl
o16 shld bp, si, cl
shld esp, ebp, cl
shld ebp, ebp, cl
shld dword [eax], ebp, cl
shld dword [eax+ebx], ebp, cl
shld dword [eax+ecx*2], ebp, cl
shld dword [ebx+esi*4+0x10], ebp, cl
shld dword [edi*8+0x1000], ebp, cl
shld [eax], ebp, cl
shld esp, esi, cl
shld esp, edi, cl
o16 push gs
push gs
o16 pop gs
pop gs
rsm
bts cx, dx
bts dx, dx
bts word [eax], dx
bts word [ebx+esi*4+0x10], dx
bts word [edi*8+0x1000], dx
bts word [0x12345678], dx
bts word [esi+0x80], dx
bts [eax], dx
bts cx, bx
bts cx, sp
o16 bts cx, dx
lock bts word [eax], dx
lock bts word [ebx+esi*4+0x10], dx
bts eax, ecx
bts ecx, ecx
bts dword [eax], ecx
bts dword [gs:ebx+ecx*8+0x100], ecx
bts dword [ss:ebp+0x10], ecx
bts dword [cs:eax], ecx
bts dword [bx+si], ecx
bts [eax], ecx
bts eax, edx
bts eax, ebx
lock bts dword [eax], ecx
lock bts dword [gs:ebx+ecx*8+0x100], ecx
shrd si, di, 0x12
shrd di, di, 0x12
shrd word [eax], di, 0x12
shrd word [eax+ebx], di, 0x12
shrd word [eax+ecx*2], di, 0x12
shrd word [ebx+esi*4+0x10], di, 0x12
shrd word [edi*8+0x1000], di, 0x12
shrd [eax], di, 0x12
shrd si, ax, 0x12
shrd si, cx, 0x12
shrd si, di, 0xf0
o16 shrd si, di, 0x12
shrd ebp, esi, 0x12
shrd esi, esi, 0x12
shrd dword [eax], esi, 0x12
shrd dword [es:edi], esi, 0x12
shrd dword [fs:0x20], esi, 0x12
shrd dword [gs:ebx+ecx*8+0x100], esi, 0x12
shrd dword [ss:ebp+0x10], esi, 0x12
shrd [eax], esi, 0x12
shrd ebp, edi, 0x12
shrd ebp, eax, 0x12
shrd ebp, esi, 0xf0
shrd bx, sp, cl
shrd sp, sp, cl
shrd word [eax], sp, cl
shrd word [ebp], sp, cl
shrd word [ebp-0x4], sp, cl
shrd word [eax+ebx], sp, cl
shrd word [eax+ecx*2], sp, cl
shrd [eax], sp, cl
shrd bx, bp, cl
shrd bx, si, cl
o16 shrd bx, sp, cl
shrd edx, ebx, cl
shrd ebx, ebx, cl
shrd dword [eax], ebx, cl
shrd dword [esi+0x80], ebx, cl
shrd dword [esp+ebp*1-0x81], ebx, cl
shrd dword [es:edi], ebx, cl
shrd dword [fs:0x20], ebx, cl
shrd [eax], ebx, cl
shrd edx, esp, cl
shrd edx, ebp, cl
fxsave [eax]
fxsave [esp]
fxsave [esp+0x8]
fxsave [ebp]
fxsave [ebp-0x4]
fxrstor [eax]
fxrstor [eax+ecx*2]
fxrstor [ebx+esi*4+0x10]
fxrstor [edi*8+0x1000]
fxrstor [0x12345678]
ldmxcsr dword [eax]
ldmxcsr dword [esp+ebp*1-0x81]
ldmxcsr dword [es:edi]
ldmxcsr dword [fs:0x20]
ldmxcsr dword [gs:ebx+ecx*8+0x100]
ldmxcsr [eax]
vldmxcsr dword [eax]
vldmxcsr dword [0x12345678]
vldmxcsr dword [esi+0x80]
vldmxcsr dword [esp+ebp*1-0x81]
vldmxcsr dword [es:edi]
vldmxcsr [eax]
stmxcsr dword [eax]
stmxcsr dword [cs:eax]
stmxcsr dword [bx+si]
stmxcsr dword [bp+di+0x4]
stmxcsr dword [bp+si+0x1234]
stmxcsr [eax]
vstmxcsr dword [eax]
vstmxcsr dword [gs:ebx+ecx*8+0x100]
vstmxcsr dword [ss:ebp+0x10]
vstmxcsr dword [cs:eax]
vstmxcsr dword [bx+si]
vstmxcsr [eax]
xsave [eax]
xsave [ebx+0x7f]
xsave [ecx-0x80]
xsave [edx+0x12345678]
xsave [esp]
xrstor [eax]
xrstor [ebp]
xrstor [ebp-0x4]
xrstor [eax+ebx]
xrstor [eax+ecx*2]
incsspd edx
incsspd ebx
incsspd esp
xsaveopt [eax]
xsaveopt [edi*8+0x1000]
xsaveopt [0x12345678]
xsaveopt [esi+0x80]
xsaveopt [esp+ebp*1-0x81]
clwb [eax]
tpause ebp
tpause esi
tpause edi
clrssbsy qword [eax]
clrssbsy qword [0x12]
clrssbsy qword [ebx+0x7f]
clrssbsy qword [ecx-0x80]
clrssbsy qword [edx+0x12345678]
clrssbsy [eax]
umonitor dx
umonitor bx
umonitor sp
a16 umonitor dx
umonitor ecx
umonitor edx
umonitor ebx
umwait edi
umwait eax
umwait ecx
clflush [eax]
clflushopt [eax]
lfence
mfence
sfence
imul ax, bx
imul cx, bx
imul dx, bx
imul bx, bx
imul sp, bx
imul bp, bx
imul si, bx
imul di, bx
imul ax, sp
imul ax, word [eax]
imul ax, word [ebx+0x7f]
imul ax, word [ecx-0x80]
imul ax, word [edx+0x12345678]
imul ax, word [esp]
imul ax, word [esp+0x8]
imul ax, word [ebp]
imul ax, word [ebp-0x4]
imul ax, word [eax+ebx]
imul ax, word [eax+ecx*2]
imul ax, word [ebx+esi*4+0x10]
imul ax, word [edi*8+0x1000]
imul ax, word [0x12345678]
imul ax, word [esi+0x80]
imul ax, word [esp+ebp*1-0x81]
imul ax, word [es:edi]
imul ax, word [fs:0x20]
imul ax, word [gs:ebx+ecx*8+0x100]
imul ax, word [ss:ebp+0x10]
imul ax, word [cs:eax]
imul ax, word [bx+si]
imul ax, word [bp+di+0x4]
imul ax, word [bp+si+0x1234]
imul ax, word [0x12]
imul ax, [eax]
o16 imul ax, bx
imul eax, edx
imul ecx, edx
imul edx, edx
imul ebx, edx
imul esp, edx
imul ebp, edx
imul esi, edx
imul edi, edx
imul eax, ebx
imul eax, dword [eax]
imul eax, dword [ebx+0x7f]
imul eax, dword [ecx-0x80]
imul eax, dword [edx+0x12345678]
imul eax, dword [esp]
imul eax, dword [esp+0x8]
imul eax, dword [ebp]
imul eax, dword [ebp-0x4]
imul eax, dword [eax+ebx]
imul eax, dword [eax+ecx*2]
imul eax, dword [ebx+esi*4+0x10]
imul eax, dword [edi*8+0x1000]
imul eax, dword [0x12345678]
imul eax, dword [esi+0x80]
imul eax, dword [esp+ebp*1-0x81]
imul eax, dword [es:edi]
imul eax, dword [fs:0x20]
imul eax, dword [gs:ebx+ecx*8+0x100]
imul eax, dword [ss:ebp+0x10]
imul eax, dword [cs:eax]
imul eax, dword [bx+si]
imul eax, dword [bp+di+0x4]
imul eax, dword [bp+si+0x1234]
imul eax, dword [0x12]
imul eax, [eax]
cmpxchg cl, dh
cmpxchg dh, dh
cmpxchg byte [eax], dh
cmpxchg byte [bp+si+0x1234], dh
cmpxchg byte [0x12], dh
cmpxchg byte [ebx+0x7f], dh
cmpxchg byte [ecx-0x80], dh
cmpxchg [eax], dh
cmpxchg cl, bh
cmpxchg cl, bl
lock cmpxchg byte [eax], dh
lock cmpxchg byte [bp+si+0x1234], dh
cmpxchg si, di
cmpxchg di, di
cmpxchg word [eax], di
cmpxchg word [ebp], di
cmpxchg word [ebp-0x4], di
cmpxchg word [eax+ebx], di
cmpxchg word [eax+ecx*2], di
cmpxchg [eax], di
cmpxchg si, ax
cmpxchg si, cx
o16 cmpxchg si, di
lock cmpxchg word [eax], di
lock cmpxchg word [ebp], di
cmpxchg ebp, esi
cmpxchg esi, esi
cmpxchg dword [eax], esi
cmpxchg dword [esi+0x80], esi
cmpxchg dword [esp+ebp*1-0x81], esi
cmpxchg dword [es:edi], esi
cmpxchg dword [fs:0x20], esi
cmpxchg [eax], esi
cmpxchg ebp, edi
cmpxchg ebp, eax
lock cmpxchg dword [eax], esi
lock cmpxchg dword [esi+0x80], esi
lss bx, [eax]
lss sp, [eax]
lss bp, [eax]
lss bx, [esp]
lss bx, [esp+0x8]
lss bx, [ebp]
lss bx, [ebp-0x4]
o16 lss bx, [eax]
lss edx, [eax]
lss ebx, [eax]
lss esp, [eax]
lss edx, [edi*8+0x1000]
lss edx, [0x12345678]
lss edx, [esi+0x80]
lss edx, [esp+ebp*1-0x81]
btr ax, cx
btr cx, cx
btr word [eax], cx
btr word [ecx-0x80], cx
btr word [edx+0x12345678], cx
btr word [esp], cx
btr word [esp+0x8], cx
btr [eax], cx
btr ax, dx
btr ax, bx
o16 btr ax, cx
lock btr word [eax], cx
lock btr word [ecx-0x80], cx
btr edi, eax
btr eax, eax
btr dword [eax], eax
btr dword [eax+ecx*2], eax
btr dword [ebx+esi*4+0x10], eax
btr dword [edi*8+0x1000], eax
btr dword [0x12345678], eax
btr [eax], eax
btr edi, ecx
btr edi, edx
lock btr dword [eax], eax
lock btr dword [eax+ecx*2], eax
lfs bp, [eax]
lfs si, [eax]
lfs di, [eax]
lfs bp, [0x12]
lfs bp, [ebx+0x7f]
lfs bp, [ecx-0x80]
lfs bp, [edx+0x12345678]
o16 lfs bp, [eax]
lfs esp, [eax]
lfs ebp, [eax]
lfs esi, [eax]
lfs esp, [ebp-0x4]
lfs esp, [eax+ebx]
lfs esp, [eax+ecx*2]
lfs esp, [ebx+esi*4+0x10]
lgs dx, [eax]
lgs bx, [eax]
lgs sp, [eax]
lgs dx, [bp+di+0x4]
lgs dx, [bp+si+0x1234]
lgs dx, [0x12]
lgs dx, [ebx+0x7f]
o16 lgs dx, [eax]
lgs ecx, [eax]
lgs edx, [eax]
lgs ebx, [eax]
lgs ecx, [esp+0x8]
lgs ecx, [ebp]
lgs ecx, [ebp-0x4]
lgs ecx, [eax+ebx]
movzx ax, bl
movzx cx, bl
movzx dx, bl
movzx bx, bl
movzx sp, bl
movzx bp, bl
movzx si, bl
movzx di, bl
movzx ax, al
movzx ax, byte [eax]
movzx ax, byte [ebx+0x7f]
movzx ax, byte [ecx-0x80]
movzx ax, byte [edx+0x12345678]
movzx ax, byte [esp]
movzx ax, byte [esp+0x8]
movzx ax, byte [ebp]
movzx ax, byte [ebp-0x4]
movzx ax, byte [eax+ebx]
movzx ax, byte [eax+ecx*2]
movzx ax, byte [ebx+esi*4+0x10]
movzx ax, byte [edi*8+0x1000]
movzx ax, byte [0x12345678]
movzx ax, byte [esi+0x80]
movzx ax, byte [esp+ebp*1-0x81]
movzx ax, byte [es:edi]
movzx ax, byte [fs:0x20]
movzx ax, byte [gs:ebx+ecx*8+0x100]
movzx ax, byte [ss:ebp+0x10]
movzx ax, byte [cs:eax]
movzx ax, byte [bx+si]
movzx ax, byte [bp+di+0x4]
movzx ax, byte [bp+si+0x1234]
movzx ax, byte [0x12]
movzx ax, [eax]
o16 movzx ax, bl
movzx eax, cl
movzx ecx, cl
movzx edx, cl
movzx ebx, cl
movzx esp, cl
movzx ebp, cl
movzx esi, cl
movzx edi, cl
movzx eax, dh
movzx eax, byte [eax]
movzx eax, byte [ebx+0x7f]
movzx eax, byte [ecx-0x80]
movzx eax, byte [edx+0x12345678]
movzx eax, byte [esp]
movzx eax, byte [esp+0x8]
movzx eax, byte [ebp]
movzx eax, byte [ebp-0x4]
movzx eax, byte [eax+ebx]
movzx eax, byte [eax+ecx*2]
movzx eax, byte [ebx+esi*4+0x10]
movzx eax, byte [edi*8+0x1000]
movzx eax, byte [0x12345678]
movzx eax, byte [esi+0x80]
movzx eax, byte [esp+ebp*1-0x81]
movzx eax, byte [es:edi]
movzx eax, byte [fs:0x20]
movzx eax, byte [gs:ebx+ecx*8+0x100]
movzx eax, byte [ss:ebp+0x10]
movzx eax, byte [cs:eax]
movzx eax, byte [bx+si]
movzx eax, byte [bp+di+0x4]
movzx eax, byte [bp+si+0x1234]
movzx eax, byte [0x12]
movzx eax, sp
movzx ecx, sp
movzx edx, sp
movzx ebx, sp
movzx esp, sp
movzx ebp, sp
movzx esi, sp
movzx edi, sp
movzx eax, bp
movzx eax, word [eax]
movzx eax, word [ebx+0x7f]
movzx eax, word [ecx-0x80]
movzx eax, word [edx+0x12345678]
movzx eax, word [esp]
movzx eax, word [esp+0x8]
movzx eax, word [ebp]
movzx eax, word [ebp-0x4]
movzx eax, word [eax+ebx]
movzx eax, word [eax+ecx*2]
movzx eax, word [ebx+esi*4+0x10]
movzx eax, word [edi*8+0x1000]
movzx eax, word [0x12345678]
movzx eax, word [esi+0x80]
movzx eax, word [esp+ebp*1-0x81]
movzx eax, word [es:edi]
movzx eax, word [fs:0x20]
movzx eax, word [gs:ebx+ecx*8+0x100]
movzx eax, word [ss:ebp+0x10]
movzx eax, word [cs:eax]
movzx eax, word [bx+si]
movzx eax, word [bp+di+0x4]
movzx eax, word [bp+si+0x1234]
movzx eax, word [0x12]
popcnt di, ax
popcnt ax, ax
popcnt cx, ax
popcnt di, cx
popcnt di, word [eax]
popcnt di, word [ebp]
popcnt di, word [ebp-0x4]
popcnt di, word [eax+ebx]
popcnt di, word [eax+ecx*2]
popcnt di, [eax]
o16 popcnt di, ax
popcnt esi, edi
popcnt edi, edi
popcnt eax, edi
popcnt esi, eax
popcnt esi, dword [eax]
popcnt esi, dword [esi+0x80]
popcnt esi, dword [esp+ebp*1-0x81]
popcnt esi, dword [es:edi]
popcnt esi, dword [fs:0x20]
popcnt esi, [eax]
ud1 sp, bp
ud1 bp, bp
ud1 si, bp
ud1 sp, si
ud1 sp, word [eax]
ud1 sp, word [esp]
ud1 sp, word [esp+0x8]
ud1 sp, word [ebp]
ud1 sp, word [ebp-0x4]
ud1 sp, [eax]
o16 ud1 sp, bp
ud1 ebx, esp
ud1 esp, esp
ud1 ebp, esp
ud1 ebx, ebp
ud1 ebx, dword [eax]
ud1 ebx, dword [edi*8+0x1000]
ud1 ebx, dword [0x12345678]
ud1 ebx, dword [esi+0x80]
ud1 ebx, dword [esp+ebp*1-0x81]
ud1 ebx, [eax]
bt cx, 0x12
bt dx, 0x12
bt word [eax], 0x12
bt word [ebx+0x7f], 0x12
bt word [ecx-0x80], 0x12
bt word [edx+0x12345678], 0x12
bt word [esp], 0x12
bt word [esp+0x8], 0x12
bt word [ebp], 0x12
bt word [ebp-0x4], 0x12
bt word [eax+ebx], 0x12
bt word [eax+ecx*2], 0x12
bt word [ebx+esi*4+0x10], 0x12
bt word [edi*8+0x1000], 0x12
bt word [0x12345678], 0x12
bt word [esi+0x80], 0x12
bt word [esp+ebp*1-0x81], 0x12
bt word [es:edi], 0x12
bt word [fs:0x20], 0x12
bt word [gs:ebx+ecx*8+0x100], 0x12
bt word [ss:ebp+0x10], 0x12
bt word [cs:eax], 0x12
bt word [bx+si], 0x12
bt word [bp+di+0x4], 0x12
bt word [bp+si+0x1234], 0x12
bt word [0x12], 0x12
bt cx, 0xf0
o16 bt cx, 0x12
bt eax, 0x12
bt ecx, 0x12
bt dword [eax], 0x12
bt dword [ebx+0x7f], 0x12
bt dword [ecx-0x80], 0x12
bt dword [edx+0x12345678], 0x12
bt dword [esp], 0x12
bt dword [esp+0x8], 0x12
bt dword [ebp], 0x12
bt dword [ebp-0x4], 0x12
bt dword [eax+ebx], 0x12
bt dword [eax+ecx*2], 0x12
bt dword [ebx+esi*4+0x10], 0x12
bt dword [edi*8+0x1000], 0x12
bt dword [0x12345678], 0x12
bt dword [esi+0x80], 0x12
bt dword [esp+ebp*1-0x81], 0x12
bt dword [es:edi], 0x12
bt dword [fs:0x20], 0x12
bt dword [gs:ebx+ecx*8+0x100], 0x12
bt dword [ss:ebp+0x10], 0x12
bt dword [cs:eax], 0x12
bt dword [bx+si], 0x12
bt dword [bp+di+0x4], 0x12
bt dword [bp+si+0x1234], 0x12
bt dword [0x12], 0x12
bt eax, 0xf0
bts si, 0x12
bts di, 0x12
bts word [eax], 0x12
bts word [0x12], 0x12
bts word [ebx+0x7f], 0x12
bts word [ecx-0x80], 0x12
bts word [edx+0x12345678], 0x12
bts si, 0xf0
o16 bts si, 0x12
lock bts word [eax], 0x12
lock bts word [0x12], 0x12
bts ebp, 0x12
bts esi, 0x12
bts dword [eax], 0x12
bts dword [ebp-0x4], 0x12
bts dword [eax+ebx], 0x12
bts dword [eax+ecx*2], 0x12
bts dword [ebx+esi*4+0x10], 0x12
bts ebp, 0xf0
lock bts dword [eax], 0x12
lock bts dword [ebp-0x4], 0x12
btr bx, 0x12
btr sp, 0x12
btr word [eax], 0x12
btr word [bp+di+0x4], 0x12
btr word [bp+si+0x1234], 0x12
btr word [0x12], 0x12
btr word [ebx+0x7f], 0x12
btr bx, 0xf0
o16 btr bx, 0x12
lock btr word [eax], 0x12
lock btr word [bp+di+0x4], 0x12
btr edx, 0x12
btr ebx, 0x12
btr dword [eax], 0x12
btr dword [esp+0x8], 0x12
btr dword [ebp], 0x12
btr dword [ebp-0x4], 0x12
btr dword [eax+ebx], 0x12
btr edx, 0xf0
lock btr dword [eax], 0x12
lock btr dword [esp+0x8], 0x12
btc ax, 0x12
btc cx, 0x12
btc word [eax], 0x12
btc word [cs:eax], 0x12
btc word [bx+si], 0x12
btc word [bp+di+0x4], 0x12
btc word [bp+si+0x1234], 0x12
btc ax, 0xf0
o16 btc ax, 0x12
lock btc word [eax], 0x12
lock btc word [cs:eax], 0x12
btc edi, 0x12
btc eax, 0x12
btc dword [eax], 0x12
btc dword [edx+0x12345678], 0x12
btc dword [esp], 0x12
btc dword [esp+0x8], 0x12
btc dword [ebp], 0x12
btc edi, 0xf0
lock btc dword [eax], 0x12
lock btc dword [edx+0x12345678], 0x12
btc bp, si
btc si, si
btc word [eax], si
btc word [gs:ebx+ecx*8+0x100], si
btc word [ss:ebp+0x10], si
btc word [cs:eax], si
btc word [bx+si], si
btc [eax], si
btc bp, di
btc bp, ax
o16 btc bp, si
lock btc word [eax], si
lock btc word [gs:ebx+ecx*8+0x100], si
btc esp, ebp
btc ebp, ebp
btc dword [eax], ebp
btc dword [ebx+0x7f], ebp
btc dword [ecx-0x80], ebp
btc dword [edx+0x12345678], ebp
btc dword [esp], ebp
btc [eax], ebp
btc esp, esi
btc esp, edi
lock btc dword [eax], ebp
lock btc dword [ebx+0x7f], ebp
bsf dx, bx
bsf bx, bx
bsf sp, bx
bsf dx, sp
bsf dx, word [eax]
bsf dx, word [es:edi]
bsf dx, word [fs:0x20]
bsf dx, word [gs:ebx+ecx*8+0x100]
bsf dx, word [ss:ebp+0x10]
bsf dx, [eax]
o16 bsf dx, bx
bsf ecx, edx
bsf edx, edx
bsf ebx, edx
bsf ecx, ebx
bsf ecx, dword [eax]
bsf ecx, dword [bp+si+0x1234]
bsf ecx, dword [0x12]
bsf ecx, dword [ebx+0x7f]
bsf ecx, dword [ecx-0x80]
bsf ecx, [eax]
tzcnt di, ax
tzcnt ax, ax
tzcnt cx, ax
tzcnt di, cx
tzcnt di, word [eax]
tzcnt di, word [esi+0x80]
tzcnt di, word [esp+ebp*1-0x81]
tzcnt di, word [es:edi]
tzcnt di, word [fs:0x20]
tzcnt di, [eax]
o16 tzcnt di, ax
tzcnt esi, edi
tzcnt edi, edi
tzcnt eax, edi
tzcnt esi, eax
tzcnt esi, dword [eax]
tzcnt esi, dword [bx+si]
tzcnt esi, dword [bp+di+0x4]
tzcnt esi, dword [bp+si+0x1234]
tzcnt esi, dword [0x12]
tzcnt esi, [eax]
bsr sp, bp
bsr bp, bp
bsr si, bp
bsr sp, si
bsr sp, word [eax]
bsr sp, word [edi*8+0x1000]
bsr sp, word [0x12345678]
bsr sp, word [esi+0x80]
bsr sp, word [esp+ebp*1-0x81]
bsr sp, [eax]
o16 bsr sp, bp
bsr ebx, esp
bsr esp, esp
bsr ebp, esp
bsr ebx, ebp
bsr ebx, dword [eax]
bsr ebx, dword [ss:ebp+0x10]
bsr ebx, dword [cs:eax]
bsr ebx, dword [bx+si]
bsr ebx, dword [bp+di+0x4]
bsr ebx, [eax]
lzcnt cx, dx
lzcnt dx, dx
lzcnt bx, dx
lzcnt cx, bx
lzcnt cx, word [eax]
lzcnt cx, word [eax+ecx*2]
lzcnt cx, word [ebx+esi*4+0x10]
lzcnt cx, word [edi*8+0x1000]
lzcnt cx, word [0x12345678]
lzcnt cx, [eax]
o16 lzcnt cx, dx
lzcnt eax, ecx
lzcnt ecx, ecx
lzcnt edx, ecx
lzcnt eax, edx
lzcnt eax, dword [eax]
lzcnt eax, dword [fs:0x20]
lzcnt eax, dword [gs:ebx+ecx*8+0x100]
lzcnt eax, dword [ss:ebp+0x10]
lzcnt eax, dword [cs:eax]
lzcnt eax, [eax]
movsx si, cl
movsx di, cl
movsx ax, cl
movsx si, dh
movsx si, byte [eax]
movsx si, byte [ebp-0x4]
movsx si, byte [eax+ebx]
movsx si, byte [eax+ecx*2]
movsx si, byte [ebx+esi*4+0x10]
movsx si, [eax]
o16 movsx si, cl
movsx ebp, bh
movsx esi, bh
movsx edi, bh
movsx ebp, bl
movsx ebp, byte [eax]
movsx ebp, byte [esp+ebp*1-0x81]
movsx ebp, byte [es:edi]
movsx ebp, byte [fs:0x20]
movsx ebp, byte [gs:ebx+ecx*8+0x100]
movsx bx, [eax]
movsx edx, bx
movsx ebx, bx
movsx esp, bx
movsx edx, sp
movsx edx, word [eax]
movsx edx, word [0x12345678]
movsx edx, word [esi+0x80]
movsx edx, word [esp+ebp*1-0x81]
movsx edx, word [es:edi]
xadd dh, bh
xadd bh, bh
xadd byte [eax], bh
xadd byte [edx+0x12345678], bh
xadd byte [esp], bh
xadd byte [esp+0x8], bh
xadd byte [ebp], bh
xadd [eax], bh
xadd dh, bl
xadd dh, al
lock xadd byte [eax], bh
lock xadd byte [edx+0x12345678], bh
xadd di, ax
xadd ax, ax
xadd word [eax], ax
xadd word [ebx+esi*4+0x10], ax
xadd word [edi*8+0x1000], ax
xadd word [0x12345678], ax
xadd word [esi+0x80], ax
xadd [eax], ax
xadd di, cx
xadd di, dx
o16 xadd di, ax
lock xadd word [eax], ax
lock xadd word [ebx+esi*4+0x10], ax
xadd esi, edi
xadd edi, edi
xadd dword [eax], edi
xadd dword [gs:ebx+ecx*8+0x100], edi
xadd dword [ss:ebp+0x10], edi
xadd dword [cs:eax], edi
xadd dword [bx+si], edi
xadd [eax], edi
xadd esi, eax
xadd esi, ecx
lock xadd dword [eax], edi
lock xadd dword [gs:ebx+ecx*8+0x100], edi
cmpps xmm0, xmm1, 0x12
cmpps xmm1, xmm1, 0x12
cmpps xmm4, xmm1, 0x12
cmpps xmm0, xmm4, 0x12
cmpps xmm0, oword [eax], 0x12
cmpps xmm0, oword [eax+ebx], 0x12
cmpps xmm0, oword [eax+ecx*2], 0x12
cmpps xmm0, oword [ebx+esi*4+0x10], 0x12
cmpps xmm0, oword [edi*8+0x1000], 0x12
cmpps xmm0, [eax], 0x12
cmpps xmm0, xmm1, 0xf0
vcmpps xmm7, xmm0, xmm1, 0x12
vcmpps xmm0, xmm0, xmm1, 0x12
vcmpps xmm1, xmm0, xmm1, 0x12
vcmpps xmm7, xmm1, xmm1, 0x12
vcmpps xmm7, xmm4, xmm1, 0x12
vcmpps xmm7, xmm0, xmm4, 0x12
vcmpps xmm7, xmm0, oword [eax], 0x12
vcmpps xmm7, xmm0, oword [es:edi], 0x12
vcmpps xmm7, xmm0, oword [fs:0x20], 0x12
vcmpps xmm7, xmm0, oword [gs:ebx+ecx*8+0x100], 0x12
vcmpps xmm7, xmm0, oword [ss:ebp+0x10], 0x12
vcmpps xmm7, xmm0, [eax], 0x12
vcmpps xmm7, xmm0, xmm1, 0xf0
vcmpps ymm4, ymm7, ymm0, 0x12
vcmpps ymm7, ymm7, ymm0, 0x12
vcmpps ymm0, ymm7, ymm0, 0x12
vcmpps ymm4, ymm0, ymm0, 0x12
vcmpps ymm4, ymm1, ymm0, 0x12
vcmpps ymm4, ymm7, ymm1, 0x12
vcmpps ymm4, ymm7, yword [eax], 0x12
vcmpps ymm4, ymm7, yword [bp+si+0x1234], 0x12
vcmpps ymm4, ymm7, yword [0x12], 0x12
vcmpps ymm4, ymm7, yword [ebx+0x7f], 0x12
vcmpps ymm4, ymm7, yword [ecx-0x80], 0x12
vcmpps ymm4, ymm7, [eax], 0x12
vcmpps ymm4, ymm7, ymm0, 0xf0
cmppd xmm4, xmm7, 0x12
cmppd xmm7, xmm7, 0x12
cmppd xmm0, xmm7, 0x12
cmppd xmm4, xmm0, 0x12
cmppd xmm4, oword [eax], 0x12
cmppd xmm4, oword [esp], 0x12
cmppd xmm4, oword [esp+0x8], 0x12
cmppd xmm4, oword [ebp], 0x12
cmppd xmm4, oword [ebp-0x4], 0x12
cmppd xmm4, [eax], 0x12
cmppd xmm4, xmm7, 0xf0
vcmppd xmm1, xmm4, xmm7, 0x12
vcmppd xmm4, xmm4, xmm7, 0x12
vcmppd xmm7, xmm4, xmm7, 0x12
vcmppd xmm1, xmm7, xmm7, 0x12
vcmppd xmm1, xmm0, xmm7, 0x12
vcmppd xmm1, xmm4, xmm0, 0x12
vcmppd xmm1, xmm4, oword [eax], 0x12
vcmppd xmm1, xmm4, oword [edi*8+0x1000], 0x12
vcmppd xmm1, xmm4, oword [0x12345678], 0x12
vcmppd xmm1, xmm4, oword [esi+0x80], 0x12
vcmppd xmm1, xmm4, oword [esp+ebp*1-0x81], 0x12
vcmppd xmm1, xmm4, [eax], 0x12
vcmppd xmm1, xmm4, xmm7, 0xf0
vcmppd ymm0, ymm1, ymm4, 0x12
vcmppd ymm1, ymm1, ymm4, 0x12
vcmppd ymm4, ymm1, ymm4, 0x12
vcmppd ymm0, ymm4, ymm4, 0x12
vcmppd ymm0, ymm7, ymm4, 0x12
vcmppd ymm0, ymm1, ymm7, 0x12
vcmppd ymm0, ymm1, yword [eax], 0x12
vcmppd ymm0, ymm1, yword [ss:ebp+0x10], 0x12
vcmppd ymm0, ymm1, yword [cs:eax], 0x12
vcmppd ymm0, ymm1, yword [bx+si], 0x12
vcmppd ymm0, ymm1, yword [bp+di+0x4], 0x12
vcmppd ymm0, ymm1, [eax], 0x12
vcmppd ymm0, ymm1, ymm4, 0xf0
cmpss xmm0, xmm1, 0x12
cmpss xmm1, xmm1, 0x12
cmpss xmm4, xmm1, 0x12
cmpss xmm0, xmm4, 0x12
cmpss xmm0, dword [eax], 0x12
cmpss xmm0, dword [0x12], 0x12
cmpss xmm0, dword [ebx+0x7f], 0x12
cmpss xmm0, dword [ecx-0x80], 0x12
cmpss xmm0, dword [edx+0x12345678], 0x12
cmpss xmm0, [eax], 0x12
cmpss xmm0, xmm1, 0xf0
vcmpss xmm7, xmm0, xmm1, 0x12
vcmpss xmm0, xmm0, xmm1, 0x12
vcmpss xmm1, xmm0, xmm1, 0x12
vcmpss xmm7, xmm1, xmm1, 0x12
vcmpss xmm7, xmm4, xmm1, 0x12
vcmpss xmm7, xmm0, xmm4, 0x12
vcmpss xmm7, xmm0, [eax], 0x12
vcmpss xmm7, xmm0, xmm1, 0xf0
cmpsd xmm1, xmm4, 0x12
cmpsd xmm4, xmm4, 0x12
cmpsd xmm7, xmm4, 0x12
cmpsd xmm1, xmm7, 0x12
cmpsd xmm1, [eax], 0x12
cmpsd xmm1, xmm4, 0xf0
vcmpsd xmm0, xmm1, xmm4, 0x12
vcmpsd xmm1, xmm1, xmm4, 0x12
vcmpsd xmm4, xmm1, xmm4, 0x12
vcmpsd xmm0, xmm4, xmm4, 0x12
vcmpsd xmm0, xmm7, xmm4, 0x12
vcmpsd xmm0, xmm1, xmm7, 0x12
vcmpsd xmm0, xmm1, qword [eax], 0x12
vcmpsd xmm0, xmm1, qword [esp+0x8], 0x12
vcmpsd xmm0, xmm1, qword [ebp], 0x12
vcmpsd xmm0, xmm1, qword [ebp-0x4], 0x12
vcmpsd xmm0, xmm1, qword [eax+ebx], 0x12
vcmpsd xmm0, xmm1, [eax], 0x12
vcmpsd xmm0, xmm1, xmm4, 0xf0
movnti dword [eax], ebx
movnti dword [cs:eax], ebx
movnti dword [bx+si], ebx
movnti dword [bp+di+0x4], ebx
movnti dword [bp+si+0x1234], ebx
movnti [eax], ebx
movnti dword [eax], esp
movnti dword [eax], ebp
pinsrw mm0, ecx, 0x12
pinsrw mm1, ecx, 0x12
pinsrw mm5, ecx, 0x12
pinsrw mm0, edx, 0x12
pinsrw mm0, word [eax], 0x12
pinsrw mm0, word [ebx+esi*4+0x10], 0x12
pinsrw mm0, word [edi*8+0x1000], 0x12
pinsrw mm0, word [0x12345678], 0x12
pinsrw mm0, word [esi+0x80], 0x12
pinsrw mm0, [eax], 0x12
pinsrw mm0, ecx, 0xf0
pinsrw xmm4, edi, 0x12
pinsrw xmm7, edi, 0x12
pinsrw xmm0, edi, 0x12
pinsrw xmm4, eax, 0x12
pinsrw xmm4, word [eax], 0x12
pinsrw xmm4, word [ebx+0x7f], 0x12
pinsrw xmm4, word [ecx-0x80], 0x12
pinsrw xmm4, word [edx+0x12345678], 0x12
pinsrw xmm4, word [esp], 0x12
pinsrw xmm4, [eax], 0x12
pinsrw xmm4, edi, 0xf0
vpinsrw xmm0, xmm1, esi, 0x12
vpinsrw xmm1, xmm1, esi, 0x12
vpinsrw xmm4, xmm1, esi, 0x12
vpinsrw xmm0, xmm4, esi, 0x12
vpinsrw xmm0, xmm7, esi, 0x12
vpinsrw xmm0, xmm1, edi, 0x12
vpinsrw xmm0, xmm1, word [eax], 0x12
vpinsrw xmm0, xmm1, word [es:edi], 0x12
vpinsrw xmm0, xmm1, word [fs:0x20], 0x12
vpinsrw xmm0, xmm1, word [gs:ebx+ecx*8+0x100], 0x12
vpinsrw xmm0, xmm1, word [ss:ebp+0x10], 0x12
vpinsrw xmm0, xmm1, [eax], 0x12
vpinsrw xmm0, xmm1, esi, 0xf0
pextrw eax, mm1, 0x12
pextrw ecx, mm1, 0x12
pextrw edx, mm1, 0x12
pextrw eax, mm5, 0x12
pextrw eax, mm7, 0x12
pextrw eax, mm1, 0xf0
pextrw esi, xmm7, 0x12
pextrw edi, xmm7, 0x12
pextrw eax, xmm7, 0x12
pextrw esi, xmm0, 0x12
pextrw esi, xmm1, 0x12
pextrw esi, xmm7, 0xf0
vpextrw esp, xmm1, 0x12
vpextrw ebp, xmm1, 0x12
vpextrw esi, xmm1, 0x12
vpextrw esp, xmm4, 0x12
vpextrw esp, xmm7, 0x12
vpextrw esp, xmm1, 0xf0
shufps xmm0, xmm1, 0x12
shufps xmm1, xmm1, 0x12
shufps xmm4, xmm1, 0x12
shufps xmm0, xmm4, 0x12
shufps xmm0, oword [eax], 0x12
shufps xmm0, oword [ebp-0x4], 0x12
shufps xmm0, oword [eax+ebx], 0x12
shufps xmm0, oword [eax+ecx*2], 0x12
shufps xmm0, oword [ebx+esi*4+0x10], 0x12
shufps xmm0, [eax], 0x12
shufps xmm0, xmm1, 0xf0
vshufps xmm7, xmm0, xmm1, 0x12
vshufps xmm0, xmm0, xmm1, 0x12
vshufps xmm1, xmm0, xmm1, 0x12
vshufps xmm7, xmm1, xmm1, 0x12
vshufps xmm7, xmm4, xmm1, 0x12
vshufps xmm7, xmm0, xmm4, 0x12
vshufps xmm7, xmm0, oword [eax], 0x12
vshufps xmm7, xmm0, oword [esp+ebp*1-0x81], 0x12
vshufps xmm7, xmm0, oword [es:edi], 0x12
vshufps xmm7, xmm0, oword [fs:0x20], 0x12
vshufps xmm7, xmm0, oword [gs:ebx+ecx*8+0x100], 0x12
vshufps xmm7, xmm0, [eax], 0x12
vshufps xmm7, xmm0, xmm1, 0xf0
vshufps ymm4, ymm7, ymm0, 0x12
vshufps ymm7, ymm7, ymm0, 0x12
vshufps ymm0, ymm7, ymm0, 0x12
vshufps ymm4, ymm0, ymm0, 0x12
vshufps ymm4, ymm1, ymm0, 0x12
vshufps ymm4, ymm7, ymm1, 0x12
vshufps ymm4, ymm7, yword [eax], 0x12
vshufps ymm4, ymm7, yword [bp+di+0x4], 0x12
vshufps ymm4, ymm7, yword [bp+si+0x1234], 0x12
vshufps ymm4, ymm7, yword [0x12], 0x12
vshufps ymm4, ymm7, yword [ebx+0x7f], 0x12
vshufps ymm4, ymm7, [eax], 0x12
vshufps ymm4, ymm7, ymm0, 0xf0
shufpd xmm4, xmm7, 0x12
shufpd xmm7, xmm7, 0x12
shufpd xmm0, xmm7, 0x12
shufpd xmm4, xmm0, 0x12
shufpd xmm4, oword [eax], 0x12
shufpd xmm4, oword [edx+0x12345678], 0x12
shufpd xmm4, oword [esp], 0x12
shufpd xmm4, oword [esp+0x8], 0x12
shufpd xmm4, oword [ebp], 0x12
shufpd xmm4, [eax], 0x12
shufpd xmm4, xmm7, 0xf0
vshufpd xmm1, xmm4, xmm7, 0x12
vshufpd xmm4, xmm4, xmm7, 0x12
vshufpd xmm7, xmm4, xmm7, 0x12
vshufpd xmm1, xmm7, xmm7, 0x12
vshufpd xmm1, xmm0, xmm7, 0x12
vshufpd xmm1, xmm4, xmm0, 0x12
vshufpd xmm1, xmm4, oword [eax], 0x12
vshufpd xmm1, xmm4, oword [ebx+esi*4+0x10], 0x12
vshufpd xmm1, xmm4, oword [edi*8+0x1000], 0x12
vshufpd xmm1, xmm4, oword [0x12345678], 0x12
vshufpd xmm1, xmm4, oword [esi+0x80], 0x12
vshufpd xmm1, xmm4, [eax], 0x12
vshufpd xmm1, xmm4, xmm7, 0xf0
vshufpd ymm0, ymm1, ymm4, 0x12
vshufpd ymm1, ymm1, ymm4, 0x12
vshufpd ymm4, ymm1, ymm4, 0x12
vshufpd ymm0, ymm4, ymm4, 0x12
vshufpd ymm0, ymm7, ymm4, 0x12
vshufpd ymm0, ymm1, ymm7, 0x12
vshufpd ymm0, ymm1, yword [eax], 0x12
vshufpd ymm0, ymm1, yword [gs:ebx+ecx*8+0x100], 0x12
vshufpd ymm0, ymm1, yword [ss:ebp+0x10], 0x12
vshufpd ymm0, ymm1, yword [cs:eax], 0x12
vshufpd ymm0, ymm1, yword [bx+si], 0x12
vshufpd ymm0, ymm1, [eax], 0x12
vshufpd ymm0, ymm1, ymm4, 0xf0
cmpxchg8b qword [eax]
cmpxchg8b qword [bp+si+0x1234]
cmpxchg8b qword [0x12]
cmpxchg8b qword [ebx+0x7f]
cmpxchg8b qword [ecx-0x80]
cmpxchg8b [eax]
lock cmpxchg8b qword [eax]
lock cmpxchg8b qword [bp+si+0x1234]
xrstors [eax]
xrstors [esi+0x80]
xrstors [esp+ebp*1-0x81]
xrstors [es:edi]
xrstors [fs:0x20]
xsavec [eax]
xsavec [esp]
xsavec [esp+0x8]
xsavec [ebp]
xsavec [ebp-0x4]
xsaves [eax]
xsaves [ss:ebp+0x10]
xsaves [cs:eax]
xsaves [bx+si]
xsaves [bp+di+0x4]
vmptrld [eax]
vmclear [eax]
vmxon [eax]
rdrand cx
rdrand dx
rdrand bx
o16 rdrand cx
rdrand eax
rdrand ecx
rdrand edx
vmptrst [eax]
rdseed bp
rdseed si
rdseed di
o16 rdseed bp
rdseed esp
rdseed ebp
rdseed esi
rdpid edx
rdpid ebx
rdpid esp
bswap eax
bswap ecx
bswap edx
bswap ebx
bswap esp
bswap ebp
bswap esi
bswap edi
addsubpd xmm1, xmm4
addsubpd xmm4, xmm4
addsubpd xmm7, xmm4
addsubpd xmm1, xmm7
addsubpd xmm1, oword [eax]
addsubpd xmm1, oword [bp+si+0x1234]
addsubpd xmm1, oword [0x12]
addsubpd xmm1, oword [ebx+0x7f]
addsubpd xmm1, oword [ecx-0x80]
addsubpd xmm1, [eax]
vaddsubpd xmm0, xmm1, xmm4
vaddsubpd xmm1, xmm1, xmm4
vaddsubpd xmm4, xmm1, xmm4
vaddsubpd xmm0, xmm4, xmm4
vaddsubpd xmm0, xmm7, xmm4
vaddsubpd xmm0, xmm1, xmm7
vaddsubpd xmm0, xmm1, oword [eax]
vaddsubpd xmm0, xmm1, oword [ebp]
vaddsubpd xmm0, xmm1, oword [ebp-0x4]
vaddsubpd xmm0, xmm1, oword [eax+ebx]
vaddsubpd xmm0, xmm1, oword [eax+ecx*2]
vaddsubpd xmm0, xmm1, [eax]
vaddsubpd ymm7, ymm0, ymm1
vaddsubpd ymm0, ymm0, ymm1
vaddsubpd ymm1, ymm0, ymm1
vaddsubpd ymm7, ymm1, ymm1
vaddsubpd ymm7, ymm4, ymm1
vaddsubpd ymm7, ymm0, ymm4
vaddsubpd ymm7, ymm0, yword [eax]
vaddsubpd ymm7, ymm0, yword [esi+0x80]
vaddsubpd ymm7, ymm0, yword [esp+ebp*1-0x81]
vaddsubpd ymm7, ymm0, yword [es:edi]
vaddsubpd ymm7, ymm0, yword [fs:0x20]
vaddsubpd ymm7, ymm0, [eax]
addsubps xmm4, xmm7
addsubps xmm7, xmm7
addsubps xmm0, xmm7
addsubps xmm4, xmm0
addsubps xmm4, oword [eax]
addsubps xmm4, oword [bx+si]
addsubps xmm4, oword [bp+di+0x4]
addsubps xmm4, oword [bp+si+0x1234]
addsubps xmm4, oword [0x12]
addsubps xmm4, [eax]
vaddsubps xmm1, xmm4, xmm7
vaddsubps xmm4, xmm4, xmm7
vaddsubps xmm7, xmm4, xmm7
vaddsubps xmm1, xmm7, xmm7
vaddsubps xmm1, xmm0, xmm7
vaddsubps xmm1, xmm4, xmm0
vaddsubps xmm1, xmm4, oword [eax]
vaddsubps xmm1, xmm4, oword [esp]
vaddsubps xmm1, xmm4, oword [esp+0x8]
vaddsubps xmm1, xmm4, oword [ebp]
vaddsubps xmm1, xmm4, oword [ebp-0x4]
vaddsubps xmm1, xmm4, [eax]
vaddsubps ymm0, ymm1, ymm4
vaddsubps ymm1, ymm1, ymm4
vaddsubps ymm4, ymm1, ymm4
vaddsubps ymm0, ymm4, ymm4
vaddsubps ymm0, ymm7, ymm4
vaddsubps ymm0, ymm1, ymm7
vaddsubps ymm0, ymm1, yword [eax]
vaddsubps ymm0, ymm1, yword [edi*8+0x1000]
vaddsubps ymm0, ymm1, yword [0x12345678]
vaddsubps ymm0, ymm1, yword [esi+0x80]
vaddsubps ymm0, ymm1, yword [esp+ebp*1-0x81]
vaddsubps ymm0, ymm1, [eax]
psrlw mm7, mm0
psrlw mm0, mm0
psrlw mm1, mm0
psrlw mm7, mm1
psrlw mm7, qword [eax]
psrlw mm7, qword [ss:ebp+0x10]
psrlw mm7, qword [cs:eax]
psrlw mm7, qword [bx+si]
psrlw mm7, qword [bp+di+0x4]
psrlw mm7, [eax]
psrlw xmm4, xmm7
psrlw xmm7, xmm7
psrlw xmm0, xmm7
psrlw xmm4, xmm0
psrlw xmm4, oword [eax]
psrlw xmm4, oword [ecx-0x80]
psrlw xmm4, oword [edx+0x12345678]
psrlw xmm4, oword [esp]
psrlw xmm4, oword [esp+0x8]
psrlw xmm4, [eax]
vpsrlw xmm1, xmm4, xmm7
vpsrlw xmm4, xmm4, xmm7
vpsrlw xmm7, xmm4, xmm7
vpsrlw xmm1, xmm7, xmm7
vpsrlw xmm1, xmm0, xmm7
vpsrlw xmm1, xmm4, xmm0
vpsrlw xmm1, xmm4, oword [eax]
vpsrlw xmm1, xmm4, oword [eax+ecx*2]
vpsrlw xmm1, xmm4, oword [ebx+esi*4+0x10]
vpsrlw xmm1, xmm4, oword [edi*8+0x1000]
vpsrlw xmm1, xmm4, oword [0x12345678]
vpsrlw xmm1, xmm4, [eax]
vpsrlw ymm0, ymm1, xmm4
vpsrlw ymm1, ymm1, xmm4
vpsrlw ymm4, ymm1, xmm4
vpsrlw ymm0, ymm4, xmm4
vpsrlw ymm0, ymm7, xmm4
vpsrlw ymm0, ymm1, xmm7
vpsrlw ymm0, ymm1, oword [eax]
vpsrlw ymm0, ymm1, oword [fs:0x20]
vpsrlw ymm0, ymm1, oword [gs:ebx+ecx*8+0x100]
vpsrlw ymm0, ymm1, oword [ss:ebp+0x10]
vpsrlw ymm0, ymm1, oword [cs:eax]
vpsrlw ymm0, ymm1, [eax]
psrld mm0, mm1
psrld mm1, mm1
psrld mm5, mm1
psrld mm0, mm5
psrld mm0, qword [eax]
psrld mm0, qword [bp+di+0x4]
psrld mm0, qword [bp+si+0x1234]
psrld mm0, qword [0x12]
psrld mm0, qword [ebx+0x7f]
psrld mm0, [eax]
psrld xmm7, xmm0
psrld xmm0, xmm0
psrld xmm1, xmm0
psrld xmm7, xmm1
psrld xmm7, oword [eax]
psrld xmm7, oword [esp+0x8]
psrld xmm7, oword [ebp]
psrld xmm7, oword [ebp-0x4]
psrld xmm7, oword [eax+ebx]
psrld xmm7, [eax]
vpsrld xmm4, xmm7, xmm0
vpsrld xmm7, xmm7, xmm0
vpsrld xmm0, xmm7, xmm0
vpsrld xmm4, xmm0, xmm0
vpsrld xmm4, xmm1, xmm0
vpsrld xmm4, xmm7, xmm1
vpsrld xmm4, xmm7, oword [eax]
vpsrld xmm4, xmm7, oword [0x12345678]
vpsrld xmm4, xmm7, oword [esi+0x80]
vpsrld xmm4, xmm7, oword [esp+ebp*1-0x81]
vpsrld xmm4, xmm7, oword [es:edi]
vpsrld xmm4, xmm7, [eax]
vpsrld ymm1, ymm4, xmm7
vpsrld ymm4, ymm4, xmm7
vpsrld ymm7, ymm4, xmm7
vpsrld ymm1, ymm7, xmm7
vpsrld ymm1, ymm0, xmm7
vpsrld ymm1, ymm4, xmm0
vpsrld ymm1, ymm4, oword [eax]
vpsrld ymm1, ymm4, oword [cs:eax]
vpsrld ymm1, ymm4, oword [bx+si]
vpsrld ymm1, ymm4, oword [bp+di+0x4]
vpsrld ymm1, ymm4, oword [bp+si+0x1234]
vpsrld ymm1, ymm4, [eax]
psrlq mm1, mm5
psrlq mm5, mm5
psrlq mm7, mm5
psrlq mm1, mm7
psrlq mm1, qword [eax]
psrlq mm1, qword [ebx+0x7f]
psrlq mm1, qword [ecx-0x80]
psrlq mm1, qword [edx+0x12345678]
psrlq mm1, qword [esp]
psrlq mm1, [eax]
psrlq xmm0, xmm1
psrlq xmm1, xmm1
psrlq xmm4, xmm1
psrlq xmm0, xmm4
psrlq xmm0, oword [eax]
psrlq xmm0, oword [eax+ebx]
psrlq xmm0, oword [eax+ecx*2]
psrlq xmm0, oword [ebx+esi*4+0x10]
psrlq xmm0, oword [edi*8+0x1000]
psrlq xmm0, [eax]
vpsrlq xmm7, xmm0, xmm1
vpsrlq xmm0, xmm0, xmm1
vpsrlq xmm1, xmm0, xmm1
vpsrlq xmm7, xmm1, xmm1
vpsrlq xmm7, xmm4, xmm1
vpsrlq xmm7, xmm0, xmm4
vpsrlq xmm7, xmm0, oword [eax]
vpsrlq xmm7, xmm0, oword [es:edi]
vpsrlq xmm7, xmm0, oword [fs:0x20]
vpsrlq xmm7, xmm0, oword [gs:ebx+ecx*8+0x100]
vpsrlq xmm7, xmm0, oword [ss:ebp+0x10]
vpsrlq xmm7, xmm0, [eax]
vpsrlq ymm4, ymm7, xmm0
vpsrlq ymm7, ymm7, xmm0
vpsrlq ymm0, ymm7, xmm0
vpsrlq ymm4, ymm0, xmm0
vpsrlq ymm4, ymm1, xmm0
vpsrlq ymm4, ymm7, xmm1
vpsrlq ymm4, ymm7, oword [eax]
vpsrlq ymm4, ymm7, oword [bp+si+0x1234]
vpsrlq ymm4, ymm7, oword [0x12]
vpsrlq ymm4, ymm7, oword [ebx+0x7f]
vpsrlq ymm4, ymm7, oword [ecx-0x80]
vpsrlq ymm4, ymm7, [eax]
paddq mm5, mm7
paddq mm7, mm7
paddq mm0, mm7
paddq mm5, mm0
paddq mm5, qword [eax]
paddq mm5, qword [esp]
paddq mm5, qword [esp+0x8]
paddq mm5, qword [ebp]
paddq mm5, qword [ebp-0x4]
paddq mm5, [eax]
paddq xmm1, xmm4
paddq xmm4, xmm4
paddq xmm7, xmm4
paddq xmm1, xmm7
paddq xmm1, oword [eax]
paddq xmm1, oword [edi*8+0x1000]
paddq xmm1, oword [0x12345678]
paddq xmm1, oword [esi+0x80]
paddq xmm1, oword [esp+ebp*1-0x81]
paddq xmm1, [eax]
vpaddq xmm0, xmm1, xmm4
vpaddq xmm1, xmm1, xmm4
vpaddq xmm4, xmm1, xmm4
vpaddq xmm0, xmm4, xmm4
vpaddq xmm0, xmm7, xmm4
vpaddq xmm0, xmm1, xmm7
vpaddq xmm0, xmm1, oword [eax]
vpaddq xmm0, xmm1, oword [ss:ebp+0x10]
vpaddq xmm0, xmm1, oword [cs:eax]
vpaddq xmm0, xmm1, oword [bx+si]
vpaddq xmm0, xmm1, oword [bp+di+0x4]
vpaddq xmm0, xmm1, [eax]
vpaddq ymm7, ymm0, ymm1
vpaddq ymm0, ymm0, ymm1
vpaddq ymm1, ymm0, ymm1
vpaddq ymm7, ymm1, ymm1
vpaddq ymm7, ymm4, ymm1
vpaddq ymm7, ymm0, ymm4
vpaddq ymm7, ymm0, yword [eax]
vpaddq ymm7, ymm0, yword [ecx-0x80]
vpaddq ymm7, ymm0, yword [edx+0x12345678]
vpaddq ymm7, ymm0, yword [esp]
vpaddq ymm7, ymm0, yword [esp+0x8]
vpaddq ymm7, ymm0, [eax]
pmullw mm7, mm0
pmullw mm0, mm0
pmullw mm1, mm0
pmullw mm7, mm1
pmullw mm7, qword [eax]
pmullw mm7, qword [ebp-0x4]
pmullw mm7, qword [eax+ebx]
pmullw mm7, qword [eax+ecx*2]
pmullw mm7, qword [ebx+esi*4+0x10]
pmullw mm7, [eax]
pmullw xmm4, xmm7
pmullw xmm7, xmm7
pmullw xmm0, xmm7
pmullw xmm4, xmm0
pmullw xmm4, oword [eax]
pmullw xmm4, oword [esp+ebp*1-0x81]
pmullw xmm4, oword [es:edi]
pmullw xmm4, oword [fs:0x20]
pmullw xmm4, oword [gs:ebx+ecx*8+0x100]
pmullw xmm4, [eax]
vpmullw xmm1, xmm4, xmm7
vpmullw xmm4, xmm4, xmm7
vpmullw xmm7, xmm4, xmm7
vpmullw xmm1, xmm7, xmm7
vpmullw xmm1, xmm0, xmm7
vpmullw xmm1, xmm4, xmm0
vpmullw xmm1, xmm4, oword [eax]
vpmullw xmm1, xmm4, oword [bp+di+0x4]
vpmullw xmm1, xmm4, oword [bp+si+0x1234]
vpmullw xmm1, xmm4, oword [0x12]
vpmullw xmm1, xmm4, oword [ebx+0x7f]
vpmullw xmm1, xmm4, [eax]
vpmullw ymm0, ymm1, ymm4
vpmullw ymm1, ymm1, ymm4
vpmullw ymm4, ymm1, ymm4
vpmullw ymm0, ymm4, ymm4
vpmullw ymm0, ymm7, ymm4
vpmullw ymm0, ymm1, ymm7
vpmullw ymm0, ymm1, yword [eax]
vpmullw ymm0, ymm1, yword [esp+0x8]
vpmullw ymm0, ymm1, yword [ebp]
vpmullw ymm0, ymm1, yword [ebp-0x4]
vpmullw ymm0, ymm1, yword [eax+ebx]
vpmullw ymm0, ymm1, [eax]
movq xmm0, xmm1
movq xmm1, xmm1
movq qword [eax], xmm1
movq qword [ebx+esi*4+0x10], xmm1
movq qword [edi*8+0x1000], xmm1
movq qword [0x12345678], xmm1
movq qword [esi+0x80], xmm1
movq [eax], xmm1
movq xmm0, xmm4
vmovq xmm7, xmm0
vmovq xmm0, xmm0
vmovq qword [eax], xmm0
vmovq qword [gs:ebx+ecx*8+0x100], xmm0
vmovq qword [ss:ebp+0x10], xmm0
vmovq qword [cs:eax], xmm0
vmovq qword [bx+si], xmm0
vmovq [eax], xmm0
vmovq xmm7, xmm1
movq2dq xmm1, mm5
movq2dq xmm4, mm5
movq2dq xmm7, mm5
movq2dq xmm1, mm7
movq2dq xmm1, mm0
movdq2q mm0, xmm1
movdq2q mm1, xmm1
movdq2q mm5, xmm1
movdq2q mm0, xmm4
movdq2q mm0, xmm7
pmovmskb edi, mm0
pmovmskb eax, mm0
pmovmskb ecx, mm0
pmovmskb edi, mm1
pmovmskb edi, mm5
pmovmskb ebp, xmm4
pmovmskb esi, xmm4
pmovmskb edi, xmm4
pmovmskb ebp, xmm7
pmovmskb ebp, xmm0
vpmovmskb ebx, xmm0
vpmovmskb esp, xmm0
vpmovmskb ebp, xmm0
vpmovmskb ebx, xmm1
vpmovmskb ebx, xmm4
vpmovmskb ecx, ymm4
vpmovmskb edx, ymm4
vpmovmskb ebx, ymm4
vpmovmskb ecx, ymm7
vpmovmskb ecx, ymm0
psubusb mm7, mm0
psubusb mm0, mm0
psubusb mm1, mm0
psubusb mm7, mm1
psubusb mm7, qword [eax]
psubusb mm7, qword [eax+ecx*2]
psubusb mm7, qword [ebx+esi*4+0x10]
psubusb mm7, qword [edi*8+0x1000]
psubusb mm7, qword [0x12345678]
psubusb mm7, [eax]
psubusb xmm4, xmm7
psubusb xmm7, xmm7
psubusb xmm0, xmm7
psubusb xmm4, xmm0
psubusb xmm4, oword [eax]
psubusb xmm4, oword [fs:0x20]
psubusb xmm4, oword [gs:ebx+ecx*8+0x100]
psubusb xmm4, oword [ss:ebp+0x10]
psubusb xmm4, oword [cs:eax]
psubusb xmm4, [eax]
vpsubusb xmm1, xmm4, xmm7
vpsubusb xmm4, xmm4, xmm7
vpsubusb xmm7, xmm4, xmm7
vpsubusb xmm1, xmm7, xmm7
vpsubusb xmm1, xmm0, xmm7
vpsubusb xmm1, xmm4, xmm0
vpsubusb xmm1, xmm4, oword [eax]
vpsubusb xmm1, xmm4, oword [0x12]
vpsubusb xmm1, xmm4, oword [ebx+0x7f]
vpsubusb xmm1, xmm4, oword [ecx-0x80]
vpsubusb xmm1, xmm4, oword [edx+0x12345678]
vpsubusb xmm1, xmm4, [eax]
vpsubusb ymm0, ymm1, ymm4
vpsubusb ymm1, ymm1, ymm4
vpsubusb ymm4, ymm1, ymm4
vpsubusb ymm0, ymm4, ymm4
vpsubusb ymm0, ymm7, ymm4
vpsubusb ymm0, ymm1, ymm7
vpsubusb ymm0, ymm1, yword [eax]
vpsubusb ymm0, ymm1, yword [ebp-0x4]
vpsubusb ymm0, ymm1, yword [eax+ebx]
vpsubusb ymm0, ymm1, yword [eax+ecx*2]
vpsubusb ymm0, ymm1, yword [ebx+esi*4+0x10]
vpsubusb ymm0, ymm1, [eax]
psubusw mm0, mm1
psubusw mm1, mm1
psubusw mm5, mm1
psubusw mm0, mm5
psubusw mm0, qword [eax]
psubusw mm0, qword [0x12345678]
psubusw mm0, qword [esi+0x80]
psubusw mm0, qword [esp+ebp*1-0x81]
psubusw mm0, qword [es:edi]
psubusw mm0, [eax]
psubusw xmm7, xmm0
psubusw xmm0, xmm0
psubusw xmm1, xmm0
psubusw xmm7, xmm1
psubusw xmm7, oword [eax]
psubusw xmm7, oword [cs:eax]
psubusw xmm7, oword [bx+si]
psubusw xmm7, oword [bp+di+0x4]
psubusw xmm7, oword [bp+si+0x1234]
psubusw xmm7, [eax]
vpsubusw xmm4, xmm7, xmm0
vpsubusw xmm7, xmm7, xmm0
vpsubusw xmm0, xmm7, xmm0
vpsubusw xmm4, xmm0, xmm0
vpsubusw xmm4, xmm1, xmm0
vpsubusw xmm4, xmm7, xmm1
vpsubusw xmm4, xmm7, oword [eax]
vpsubusw xmm4, xmm7, oword [edx+0x12345678]
vpsubusw xmm4, xmm7, oword [esp]
vpsubusw xmm4, xmm7, oword [esp+0x8]
vpsubusw xmm4, xmm7, oword [ebp]
vpsubusw xmm4, xmm7, [eax]
vpsubusw ymm1, ymm4, ymm7
vpsubusw ymm4, ymm4, ymm7
vpsubusw ymm7, ymm4, ymm7
vpsubusw ymm1, ymm7, ymm7
vpsubusw ymm1, ymm0, ymm7
vpsubusw ymm1, ymm4, ymm0
vpsubusw ymm1, ymm4, yword [eax]
vpsubusw ymm1, ymm4, yword [ebx+esi*4+0x10]
vpsubusw ymm1, ymm4, yword [edi*8+0x1000]
vpsubusw ymm1, ymm4, yword [0x12345678]
vpsubusw ymm1, ymm4, yword [esi+0x80]
vpsubusw ymm1, ymm4, [eax]
pminub mm1, mm5
pminub mm5, mm5
pminub mm7, mm5
pminub mm1, mm7
pminub mm1, qword [eax]
pminub mm1, qword [es:edi]
pminub mm1, qword [fs:0x20]
pminub mm1, qword [gs:ebx+ecx*8+0x100]
pminub mm1, qword [ss:ebp+0x10]
pminub mm1, [eax]
pminub xmm0, xmm1
pminub xmm1, xmm1
pminub xmm4, xmm1
pminub xmm0, xmm4
pminub xmm0, oword [eax]
pminub xmm0, oword [bp+si+0x1234]
pminub xmm0, oword [0x12]
pminub xmm0, oword [ebx+0x7f]
pminub xmm0, oword [ecx-0x80]
pminub xmm0, [eax]
vpminub xmm7, xmm0, xmm1
vpminub xmm0, xmm0, xmm1
vpminub xmm1, xmm0, xmm1
vpminub xmm7, xmm1, xmm1
vpminub xmm7, xmm4, xmm1
vpminub xmm7, xmm0, xmm4
vpminub xmm7, xmm0, oword [eax]
vpminub xmm7, xmm0, oword [ebp]
vpminub xmm7, xmm0, oword [ebp-0x4]
vpminub xmm7, xmm0, oword [eax+ebx]
vpminub xmm7, xmm0, oword [eax+ecx*2]
vpminub xmm7, xmm0, [eax]
vpminub ymm4, ymm7, ymm0
vpminub ymm7, ymm7, ymm0
vpminub ymm0, ymm7, ymm0
vpminub ymm4, ymm0, ymm0
vpminub ymm4, ymm1, ymm0
vpminub ymm4, ymm7, ymm1
vpminub ymm4, ymm7, yword [eax]
vpminub ymm4, ymm7, yword [esi+0x80]
vpminub ymm4, ymm7, yword [esp+ebp*1-0x81]
vpminub ymm4, ymm7, yword [es:edi]
vpminub ymm4, ymm7, yword [fs:0x20]
vpminub ymm4, ymm7, [eax]
pand mm5, mm7
pand mm7, mm7
pand mm0, mm7
pand mm5, mm0
pand mm5, qword [eax]
pand mm5, qword [ss:ebp+0x10]
pand mm5, qword [cs:eax]
pand mm5, qword [bx+si]
pand mm5, qword [bp+di+0x4]
pand mm5, [eax]
pand xmm1, xmm4
pand xmm4, xmm4
pand xmm7, xmm4
pand xmm1, xmm7
pand xmm1, oword [eax]
pand xmm1, oword [ecx-0x80]
pand xmm1, oword [edx+0x12345678]
pand xmm1, oword [esp]
pand xmm1, oword [esp+0x8]
pand xmm1, [eax]
vpand xmm0, xmm1, xmm4
vpand xmm1, xmm1, xmm4
vpand xmm4, xmm1, xmm4
vpand xmm0, xmm4, xmm4
vpand xmm0, xmm7, xmm4
vpand xmm0, xmm1, xmm7
vpand xmm0, xmm1, oword [eax]
vpand xmm0, xmm1, oword [eax+ecx*2]
vpand xmm0, xmm1, oword [ebx+esi*4+0x10]
vpand xmm0, xmm1, oword [edi*8+0x1000]
vpand xmm0, xmm1, oword [0x12345678]
vpand xmm0, xmm1, [eax]
vpand ymm7, ymm0, ymm1
vpand ymm0, ymm0, ymm1
vpand ymm1, ymm0, ymm1
vpand ymm7, ymm1, ymm1
vpand ymm7, ymm4, ymm1
vpand ymm7, ymm0, ymm4
vpand ymm7, ymm0, yword [eax]
vpand ymm7, ymm0, yword [fs:0x20]
vpand ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vpand ymm7, ymm0, yword [ss:ebp+0x10]
vpand ymm7, ymm0, yword [cs:eax]
vpand ymm7, ymm0, [eax]
paddusb mm0, mm1
paddusb mm1, mm1
paddusb mm5, mm1
paddusb mm0, mm5
paddusb mm0, qword [eax]
paddusb mm0, qword [cs:eax]
paddusb mm0, qword [bx+si]
paddusb mm0, qword [bp+di+0x4]
paddusb mm0, qword [bp+si+0x1234]
paddusb mm0, [eax]
paddusb xmm7, xmm0
paddusb xmm0, xmm0
paddusb xmm1, xmm0
paddusb xmm7, xmm1
paddusb xmm7, oword [eax]
paddusb xmm7, oword [edx+0x12345678]
paddusb xmm7, oword [esp]
paddusb xmm7, oword [esp+0x8]
paddusb xmm7, oword [ebp]
paddusb xmm7, [eax]
vpaddusb xmm4, xmm7, xmm0
vpaddusb xmm7, xmm7, xmm0
vpaddusb xmm0, xmm7, xmm0
vpaddusb xmm4, xmm0, xmm0
vpaddusb xmm4, xmm1, xmm0
vpaddusb xmm4, xmm7, xmm1
vpaddusb xmm4, xmm7, oword [eax]
vpaddusb xmm4, xmm7, oword [ebx+esi*4+0x10]
vpaddusb xmm4, xmm7, oword [edi*8+0x1000]
vpaddusb xmm4, xmm7, oword [0x12345678]
vpaddusb xmm4, xmm7, oword [esi+0x80]
vpaddusb xmm4, xmm7, [eax]
vpaddusb ymm1, ymm4, ymm7
vpaddusb ymm4, ymm4, ymm7
vpaddusb ymm7, ymm4, ymm7
vpaddusb ymm1, ymm7, ymm7
vpaddusb ymm1, ymm0, ymm7
vpaddusb ymm1, ymm4, ymm0
vpaddusb ymm1, ymm4, yword [eax]
vpaddusb ymm1, ymm4, yword [gs:ebx+ecx*8+0x100]
vpaddusb ymm1, ymm4, yword [ss:ebp+0x10]
vpaddusb ymm1, ymm4, yword [cs:eax]
vpaddusb ymm1, ymm4, yword [bx+si]
vpaddusb ymm1, ymm4, [eax]
paddusw mm1, mm5
paddusw mm5, mm5
paddusw mm7, mm5
paddusw mm1, mm7
paddusw mm1, qword [eax]
paddusw mm1, qword [bp+si+0x1234]
paddusw mm1, qword [0x12]
paddusw mm1, qword [ebx+0x7f]
paddusw mm1, qword [ecx-0x80]
paddusw mm1, [eax]
paddusw xmm0, xmm1
paddusw xmm1, xmm1
paddusw xmm4, xmm1
paddusw xmm0, xmm4
paddusw xmm0, oword [eax]
paddusw xmm0, oword [ebp]
paddusw xmm0, oword [ebp-0x4]
paddusw xmm0, oword [eax+ebx]
paddusw xmm0, oword [eax+ecx*2]
paddusw xmm0, [eax]
vpaddusw xmm7, xmm0, xmm1
vpaddusw xmm0, xmm0, xmm1
vpaddusw xmm1, xmm0, xmm1
vpaddusw xmm7, xmm1, xmm1
vpaddusw xmm7, xmm4, xmm1
vpaddusw xmm7, xmm0, xmm4
vpaddusw xmm7, xmm0, oword [eax]
vpaddusw xmm7, xmm0, oword [esi+0x80]
vpaddusw xmm7, xmm0, oword [esp+ebp*1-0x81]
vpaddusw xmm7, xmm0, oword [es:edi]
vpaddusw xmm7, xmm0, oword [fs:0x20]
vpaddusw xmm7, xmm0, [eax]
vpaddusw ymm4, ymm7, ymm0
vpaddusw ymm7, ymm7, ymm0
vpaddusw ymm0, ymm7, ymm0
vpaddusw ymm4, ymm0, ymm0
vpaddusw ymm4, ymm1, ymm0
vpaddusw ymm4, ymm7, ymm1
vpaddusw ymm4, ymm7, yword [eax]
vpaddusw ymm4, ymm7, yword [bx+si]
vpaddusw ymm4, ymm7, yword [bp+di+0x4]
vpaddusw ymm4, ymm7, yword [bp+si+0x1234]
vpaddusw ymm4, ymm7, yword [0x12]
vpaddusw ymm4, ymm7, [eax]
pmaxub mm5, mm7
pmaxub mm7, mm7
pmaxub mm0, mm7
pmaxub mm5, mm0
pmaxub mm5, qword [eax]
pmaxub mm5, qword [ecx-0x80]
pmaxub mm5, qword [edx+0x12345678]
pmaxub mm5, qword [esp]
pmaxub mm5, qword [esp+0x8]
pmaxub mm5, [eax]
pmaxub xmm1, xmm4
pmaxub xmm4, xmm4
pmaxub xmm7, xmm4
pmaxub xmm1, xmm7
pmaxub xmm1, oword [eax]
pmaxub xmm1, oword [eax+ecx*2]
pmaxub xmm1, oword [ebx+esi*4+0x10]
pmaxub xmm1, oword [edi*8+0x1000]
pmaxub xmm1, oword [0x12345678]
pmaxub xmm1, [eax]
vpmaxub xmm0, xmm1, xmm4
vpmaxub xmm1, xmm1, xmm4
vpmaxub xmm4, xmm1, xmm4
vpmaxub xmm0, xmm4, xmm4
vpmaxub xmm0, xmm7, xmm4
vpmaxub xmm0, xmm1, xmm7
vpmaxub xmm0, xmm1, oword [eax]
vpmaxub xmm0, xmm1, oword [fs:0x20]
vpmaxub xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vpmaxub xmm0, xmm1, oword [ss:ebp+0x10]
vpmaxub xmm0, xmm1, oword [cs:eax]
vpmaxub xmm0, xmm1, [eax]
vpmaxub ymm7, ymm0, ymm1
vpmaxub ymm0, ymm0, ymm1
vpmaxub ymm1, ymm0, ymm1
vpmaxub ymm7, ymm1, ymm1
vpmaxub ymm7, ymm4, ymm1
vpmaxub ymm7, ymm0, ymm4
vpmaxub ymm7, ymm0, yword [eax]
vpmaxub ymm7, ymm0, yword [0x12]
vpmaxub ymm7, ymm0, yword [ebx+0x7f]
vpmaxub ymm7, ymm0, yword [ecx-0x80]
vpmaxub ymm7, ymm0, yword [edx+0x12345678]
vpmaxub ymm7, ymm0, [eax]
pandn mm7, mm0
pandn mm0, mm0
pandn mm1, mm0
pandn mm7, mm1
pandn mm7, qword [eax]
pandn mm7, qword [esp+0x8]
pandn mm7, qword [ebp]
pandn mm7, qword [ebp-0x4]
pandn mm7, qword [eax+ebx]
pandn mm7, [eax]
pandn xmm4, xmm7
pandn xmm7, xmm7
pandn xmm0, xmm7
pandn xmm4, xmm0
pandn xmm4, oword [eax]
pandn xmm4, oword [0x12345678]
pandn xmm4, oword [esi+0x80]
pandn xmm4, oword [esp+ebp*1-0x81]
pandn xmm4, oword [es:edi]
pandn xmm4, [eax]
vpandn xmm1, xmm4, xmm7
vpandn xmm4, xmm4, xmm7
vpandn xmm7, xmm4, xmm7
vpandn xmm1, xmm7, xmm7
vpandn xmm1, xmm0, xmm7
vpandn xmm1, xmm4, xmm0
vpandn xmm1, xmm4, oword [eax]
vpandn xmm1, xmm4, oword [cs:eax]
vpandn xmm1, xmm4, oword [bx+si]
vpandn xmm1, xmm4, oword [bp+di+0x4]
vpandn xmm1, xmm4, oword [bp+si+0x1234]
vpandn xmm1, xmm4, [eax]
vpandn ymm0, ymm1, ymm4
vpandn ymm1, ymm1, ymm4
vpandn ymm4, ymm1, ymm4
vpandn ymm0, ymm4, ymm4
vpandn ymm0, ymm7, ymm4
vpandn ymm0, ymm1, ymm7
vpandn ymm0, ymm1, yword [eax]
vpandn ymm0, ymm1, yword [edx+0x12345678]
vpandn ymm0, ymm1, yword [esp]
vpandn ymm0, ymm1, yword [esp+0x8]
vpandn ymm0, ymm1, yword [ebp]
vpandn ymm0, ymm1, [eax]
pavgb mm1, mm5
pavgb mm5, mm5
pavgb mm7, mm5
pavgb mm1, mm7
pavgb mm1, qword [eax]
pavgb mm1, qword [ebp]
pavgb mm1, qword [ebp-0x4]
pavgb mm1, qword [eax+ebx]
pavgb mm1, qword [eax+ecx*2]
pavgb mm1, [eax]
pavgb xmm0, xmm1
pavgb xmm1, xmm1
pavgb xmm4, xmm1
pavgb xmm0, xmm4
pavgb xmm0, oword [eax]
pavgb xmm0, oword [esi+0x80]
pavgb xmm0, oword [esp+ebp*1-0x81]
pavgb xmm0, oword [es:edi]
pavgb xmm0, oword [fs:0x20]
pavgb xmm0, [eax]
vpavgb xmm7, xmm0, xmm1
vpavgb xmm0, xmm0, xmm1
vpavgb xmm1, xmm0, xmm1
vpavgb xmm7, xmm1, xmm1
vpavgb xmm7, xmm4, xmm1
vpavgb xmm7, xmm0, xmm4
vpavgb xmm7, xmm0, oword [eax]
vpavgb xmm7, xmm0, oword [bx+si]
vpavgb xmm7, xmm0, oword [bp+di+0x4]
vpavgb xmm7, xmm0, oword [bp+si+0x1234]
vpavgb xmm7, xmm0, oword [0x12]
vpavgb xmm7, xmm0, [eax]
vpavgb ymm4, ymm7, ymm0
vpavgb ymm7, ymm7, ymm0
vpavgb ymm0, ymm7, ymm0
vpavgb ymm4, ymm0, ymm0
vpavgb ymm4, ymm1, ymm0
vpavgb ymm4, ymm7, ymm1
vpavgb ymm4, ymm7, yword [eax]
vpavgb ymm4, ymm7, yword [esp]
vpavgb ymm4, ymm7, yword [esp+0x8]
vpavgb ymm4, ymm7, yword [ebp]
vpavgb ymm4, ymm7, yword [ebp-0x4]
vpavgb ymm4, ymm7, [eax]
psraw mm5, mm7
psraw mm7, mm7
psraw mm0, mm7
psraw mm5, mm0
psraw mm5, qword [eax]
psraw mm5, qword [eax+ecx*2]
psraw mm5, qword [ebx+esi*4+0x10]
psraw mm5, qword [edi*8+0x1000]
psraw mm5, qword [0x12345678]
psraw mm5, [eax]
psraw xmm1, xmm4
psraw xmm4, xmm4
psraw xmm7, xmm4
psraw xmm1, xmm7
psraw xmm1, oword [eax]
psraw xmm1, oword [fs:0x20]
psraw xmm1, oword [gs:ebx+ecx*8+0x100]
psraw xmm1, oword [ss:ebp+0x10]
psraw xmm1, oword [cs:eax]
psraw xmm1, [eax]
vpsraw xmm0, xmm1, xmm4
vpsraw xmm1, xmm1, xmm4
vpsraw xmm4, xmm1, xmm4
vpsraw xmm0, xmm4, xmm4
vpsraw xmm0, xmm7, xmm4
vpsraw xmm0, xmm1, xmm7
vpsraw xmm0, xmm1, oword [eax]
vpsraw xmm0, xmm1, oword [0x12]
vpsraw xmm0, xmm1, oword [ebx+0x7f]
vpsraw xmm0, xmm1, oword [ecx-0x80]
vpsraw xmm0, xmm1, oword [edx+0x12345678]
vpsraw xmm0, xmm1, [eax]
vpsraw ymm7, ymm0, xmm1
vpsraw ymm0, ymm0, xmm1
vpsraw ymm1, ymm0, xmm1
vpsraw ymm7, ymm1, xmm1
vpsraw ymm7, ymm4, xmm1
vpsraw ymm7, ymm0, xmm4
vpsraw ymm7, ymm0, oword [eax]
vpsraw ymm7, ymm0, oword [ebp-0x4]
vpsraw ymm7, ymm0, oword [eax+ebx]
vpsraw ymm7, ymm0, oword [eax+ecx*2]
vpsraw ymm7, ymm0, oword [ebx+esi*4+0x10]
vpsraw ymm7, ymm0, [eax]
psrad mm7, mm0
psrad mm0, mm0
psrad mm1, mm0
psrad mm7, mm1
psrad mm7, qword [eax]
psrad mm7, qword [0x12345678]
psrad mm7, qword [esi+0x80]
psrad mm7, qword [esp+ebp*1-0x81]
psrad mm7, qword [es:edi]
psrad mm7, [eax]
psrad xmm4, xmm7
psrad xmm7, xmm7
psrad xmm0, xmm7
psrad xmm4, xmm0
psrad xmm4, oword [eax]
psrad xmm4, oword [cs:eax]
psrad xmm4, oword [bx+si]
psrad xmm4, oword [bp+di+0x4]
psrad xmm4, oword [bp+si+0x1234]
psrad xmm4, [eax]
vpsrad xmm1, xmm4, xmm7
vpsrad xmm4, xmm4, xmm7
vpsrad xmm7, xmm4, xmm7
vpsrad xmm1, xmm7, xmm7
vpsrad xmm1, xmm0, xmm7
vpsrad xmm1, xmm4, xmm0
vpsrad xmm1, xmm4, oword [eax]
vpsrad xmm1, xmm4, oword [edx+0x12345678]
vpsrad xmm1, xmm4, oword [esp]
vpsrad xmm1, xmm4, oword [esp+0x8]
vpsrad xmm1, xmm4, oword [ebp]
vpsrad xmm1, xmm4, [eax]
vpsrad ymm0, ymm1, xmm4
vpsrad ymm1, ymm1, xmm4
vpsrad ymm4, ymm1, xmm4
vpsrad ymm0, ymm4, xmm4
vpsrad ymm0, ymm7, xmm4
vpsrad ymm0, ymm1, xmm7
vpsrad ymm0, ymm1, oword [eax]
vpsrad ymm0, ymm1, oword [ebx+esi*4+0x10]
vpsrad ymm0, ymm1, oword [edi*8+0x1000]
vpsrad ymm0, ymm1, oword [0x12345678]
vpsrad ymm0, ymm1, oword [esi+0x80]
vpsrad ymm0, ymm1, [eax]
pavgw mm1, mm5
pavgw mm5, mm5
pavgw mm7, mm5
pavgw mm1, mm7
pavgw mm1, qword [eax]
pavgw mm1, qword [esi+0x80]
pavgw mm1, qword [esp+ebp*1-0x81]
pavgw mm1, qword [es:edi]
pavgw mm1, qword [fs:0x20]
pavgw mm1, [eax]
pavgw xmm0, xmm1
pavgw xmm1, xmm1
pavgw xmm4, xmm1
pavgw xmm0, xmm4
pavgw xmm0, oword [eax]
pavgw xmm0, oword [bx+si]
pavgw xmm0, oword [bp+di+0x4]
pavgw xmm0, oword [bp+si+0x1234]
pavgw xmm0, oword [0x12]
pavgw xmm0, [eax]
vpavgw xmm7, xmm0, xmm1
vpavgw xmm0, xmm0, xmm1
vpavgw xmm1, xmm0, xmm1
vpavgw xmm7, xmm1, xmm1
vpavgw xmm7, xmm4, xmm1
vpavgw xmm7, xmm0, xmm4
vpavgw xmm7, xmm0, oword [eax]
vpavgw xmm7, xmm0, oword [esp]
vpavgw xmm7, xmm0, oword [esp+0x8]
vpavgw xmm7, xmm0, oword [ebp]
vpavgw xmm7, xmm0, oword [ebp-0x4]
vpavgw xmm7, xmm0, [eax]
vpavgw ymm4, ymm7, ymm0
vpavgw ymm7, ymm7, ymm0
vpavgw ymm0, ymm7, ymm0
vpavgw ymm4, ymm0, ymm0
vpavgw ymm4, ymm1, ymm0
vpavgw ymm4, ymm7, ymm1
vpavgw ymm4, ymm7, yword [eax]
vpavgw ymm4, ymm7, yword [edi*8+0x1000]
vpavgw ymm4, ymm7, yword [0x12345678]
vpavgw ymm4, ymm7, yword [esi+0x80]
vpavgw ymm4, ymm7, yword [esp+ebp*1-0x81]
vpavgw ymm4, ymm7, [eax]
pmulhuw mm5, mm7
pmulhuw mm7, mm7
pmulhuw mm0, mm7
pmulhuw mm5, mm0
pmulhuw mm5, qword [eax]
pmulhuw mm5, qword [fs:0x20]
pmulhuw mm5, qword [gs:ebx+ecx*8+0x100]
pmulhuw mm5, qword [ss:ebp+0x10]
pmulhuw mm5, qword [cs:eax]
pmulhuw mm5, [eax]
pmulhuw xmm1, xmm4
pmulhuw xmm4, xmm4
pmulhuw xmm7, xmm4
pmulhuw xmm1, xmm7
pmulhuw xmm1, oword [eax]
pmulhuw xmm1, oword [0x12]
pmulhuw xmm1, oword [ebx+0x7f]
pmulhuw xmm1, oword [ecx-0x80]
pmulhuw xmm1, oword [edx+0x12345678]
pmulhuw xmm1, [eax]
vpmulhuw xmm0, xmm1, xmm4
vpmulhuw xmm1, xmm1, xmm4
vpmulhuw xmm4, xmm1, xmm4
vpmulhuw xmm0, xmm4, xmm4
vpmulhuw xmm0, xmm7, xmm4
vpmulhuw xmm0, xmm1, xmm7
vpmulhuw xmm0, xmm1, oword [eax]
vpmulhuw xmm0, xmm1, oword [ebp-0x4]
vpmulhuw xmm0, xmm1, oword [eax+ebx]
vpmulhuw xmm0, xmm1, oword [eax+ecx*2]
vpmulhuw xmm0, xmm1, oword [ebx+esi*4+0x10]
vpmulhuw xmm0, xmm1, [eax]
vpmulhuw ymm7, ymm0, ymm1
vpmulhuw ymm0, ymm0, ymm1
vpmulhuw ymm1, ymm0, ymm1
vpmulhuw ymm7, ymm1, ymm1
vpmulhuw ymm7, ymm4, ymm1
vpmulhuw ymm7, ymm0, ymm4
vpmulhuw ymm7, ymm0, yword [eax]
vpmulhuw ymm7, ymm0, yword [esp+ebp*1-0x81]
vpmulhuw ymm7, ymm0, yword [es:edi]
vpmulhuw ymm7, ymm0, yword [fs:0x20]
vpmulhuw ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vpmulhuw ymm7, ymm0, [eax]
pmulhw mm7, mm0
pmulhw mm0, mm0
pmulhw mm1, mm0
pmulhw mm7, mm1
pmulhw mm7, qword [eax]
pmulhw mm7, qword [cs:eax]
pmulhw mm7, qword [bx+si]
pmulhw mm7, qword [bp+di+0x4]
pmulhw mm7, qword [bp+si+0x1234]
pmulhw mm7, [eax]
pmulhw xmm4, xmm7
pmulhw xmm7, xmm7
pmulhw xmm0, xmm7
pmulhw xmm4, xmm0
pmulhw xmm4, oword [eax]
pmulhw xmm4, oword [edx+0x12345678]
pmulhw xmm4, oword [esp]
pmulhw xmm4, oword [esp+0x8]
pmulhw xmm4, oword [ebp]
pmulhw xmm4, [eax]
vpmulhw xmm1, xmm4, xmm7
vpmulhw xmm4, xmm4, xmm7
vpmulhw xmm7, xmm4, xmm7
vpmulhw xmm1, xmm7, xmm7
vpmulhw xmm1, xmm0, xmm7
vpmulhw xmm1, xmm4, xmm0
vpmulhw xmm1, xmm4, oword [eax]
vpmulhw xmm1, xmm4, oword [ebx+esi*4+0x10]
vpmulhw xmm1, xmm4, oword [edi*8+0x1000]
vpmulhw xmm1, xmm4, oword [0x12345678]
vpmulhw xmm1, xmm4, oword [esi+0x80]
vpmulhw xmm1, xmm4, [eax]
vpmulhw ymm0, ymm1, ymm4
vpmulhw ymm1, ymm1, ymm4
vpmulhw ymm4, ymm1, ymm4
vpmulhw ymm0, ymm4, ymm4
vpmulhw ymm0, ymm7, ymm4
vpmulhw ymm0, ymm1, ymm7
vpmulhw ymm0, ymm1, yword [eax]
vpmulhw ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vpmulhw ymm0, ymm1, yword [ss:ebp+0x10]
vpmulhw ymm0, ymm1, yword [cs:eax]
vpmulhw ymm0, ymm1, yword [bx+si]
vpmulhw ymm0, ymm1, [eax]
cvttpd2dq xmm0, xmm1
cvttpd2dq xmm1, xmm1
cvttpd2dq xmm4, xmm1
cvttpd2dq xmm0, xmm4
cvttpd2dq xmm0, oword [eax]
cvttpd2dq xmm0, oword [bp+si+0x1234]
cvttpd2dq xmm0, oword [0x12]
cvttpd2dq xmm0, oword [ebx+0x7f]
cvttpd2dq xmm0, oword [ecx-0x80]
cvttpd2dq xmm0, [eax]
vcvttpd2dq xmm7, xmm0
vcvttpd2dq xmm0, xmm0
vcvttpd2dq xmm1, xmm0
vcvttpd2dq xmm7, xmm1
vcvttpd2dq xmm7, oword [eax]
vcvttpd2dq xmm7, oword [ebp]
vcvttpd2dq xmm7, oword [ebp-0x4]
vcvttpd2dq xmm7, oword [eax+ebx]
vcvttpd2dq xmm7, oword [eax+ecx*2]
vcvttpd2dq xmm7, [eax]
vcvttpd2dq xmm4, ymm7
vcvttpd2dq xmm7, ymm7
vcvttpd2dq xmm0, ymm7
vcvttpd2dq xmm4, ymm0
vcvttpd2dq xmm4, yword [eax]
vcvttpd2dq xmm4, yword [esi+0x80]
vcvttpd2dq xmm4, yword [esp+ebp*1-0x81]
vcvttpd2dq xmm4, yword [es:edi]
vcvttpd2dq xmm4, yword [fs:0x20]
vcvttpd2dq xmm4, [eax]
cvtdq2pd xmm4, xmm7
cvtdq2pd xmm7, xmm7
cvtdq2pd xmm0, xmm7
cvtdq2pd xmm4, xmm0
cvtdq2pd xmm4, qword [eax]
cvtdq2pd xmm4, qword [ss:ebp+0x10]
cvtdq2pd xmm4, qword [cs:eax]
cvtdq2pd xmm4, qword [bx+si]
cvtdq2pd xmm4, qword [bp+di+0x4]
cvtdq2pd xmm4, [eax]
vcvtdq2pd xmm1, xmm4
vcvtdq2pd xmm4, xmm4
vcvtdq2pd xmm7, xmm4
vcvtdq2pd xmm1, xmm7
vcvtdq2pd xmm1, qword [eax]
vcvtdq2pd xmm1, qword [ecx-0x80]
vcvtdq2pd xmm1, qword [edx+0x12345678]
vcvtdq2pd xmm1, qword [esp]
vcvtdq2pd xmm1, qword [esp+0x8]
vcvtdq2pd xmm1, [eax]
vcvtdq2pd ymm0, xmm1
vcvtdq2pd ymm1, xmm1
vcvtdq2pd ymm4, xmm1
vcvtdq2pd ymm0, xmm4
vcvtdq2pd ymm0, oword [eax]
vcvtdq2pd ymm0, oword [eax+ecx*2]
vcvtdq2pd ymm0, oword [ebx+esi*4+0x10]
vcvtdq2pd ymm0, oword [edi*8+0x1000]
vcvtdq2pd ymm0, oword [0x12345678]
vcvtdq2pd ymm0, [eax]
cvtpd2dq xmm1, xmm4
cvtpd2dq xmm4, xmm4
cvtpd2dq xmm7, xmm4
cvtpd2dq xmm1, xmm7
cvtpd2dq xmm1, oword [eax]
cvtpd2dq xmm1, oword [0x12345678]
cvtpd2dq xmm1, oword [esi+0x80]
cvtpd2dq xmm1, oword [esp+ebp*1-0x81]
cvtpd2dq xmm1, oword [es:edi]
cvtpd2dq xmm1, [eax]
vcvtpd2dq xmm0, xmm1
vcvtpd2dq xmm1, xmm1
vcvtpd2dq xmm4, xmm1
vcvtpd2dq xmm0, xmm4
vcvtpd2dq xmm0, oword [eax]
vcvtpd2dq xmm0, oword [cs:eax]
vcvtpd2dq xmm0, oword [bx+si]
vcvtpd2dq xmm0, oword [bp+di+0x4]
vcvtpd2dq xmm0, oword [bp+si+0x1234]
vcvtpd2dq xmm0, [eax]
vcvtpd2dq xmm7, ymm0
vcvtpd2dq xmm0, ymm0
vcvtpd2dq xmm1, ymm0
vcvtpd2dq xmm7, ymm1
vcvtpd2dq xmm7, yword [eax]
vcvtpd2dq xmm7, yword [edx+0x12345678]
vcvtpd2dq xmm7, yword [esp]
vcvtpd2dq xmm7, yword [esp+0x8]
vcvtpd2dq xmm7, yword [ebp]
vcvtpd2dq xmm7, [eax]
movntq qword [eax], mm0
movntq qword [eax+ebx], mm0
movntq qword [eax+ecx*2], mm0
movntq qword [ebx+esi*4+0x10], mm0
movntq qword [edi*8+0x1000], mm0
movntq [eax], mm0
movntq qword [eax], mm1
movntq qword [eax], mm5
movntdq oword [eax], xmm7
movntdq oword [es:edi], xmm7
movntdq oword [fs:0x20], xmm7
movntdq oword [gs:ebx+ecx*8+0x100], xmm7
movntdq oword [ss:ebp+0x10], xmm7
movntdq [eax], xmm7
movntdq oword [eax], xmm0
movntdq oword [eax], xmm1
vmovntdq oword [eax], xmm4
vmovntdq oword [bp+si+0x1234], xmm4
vmovntdq oword [0x12], xmm4
vmovntdq oword [ebx+0x7f], xmm4
vmovntdq oword [ecx-0x80], xmm4
vmovntdq [eax], xmm4
vmovntdq oword [eax], xmm7
vmovntdq oword [eax], xmm0
vmovntdq yword [eax], ymm1
vmovntdq yword [ebp], ymm1
vmovntdq yword [ebp-0x4], ymm1
vmovntdq yword [eax+ebx], ymm1
vmovntdq yword [eax+ecx*2], ymm1
vmovntdq [eax], ymm1
vmovntdq yword [eax], ymm4
vmovntdq yword [eax], ymm7
psubsb mm0, mm1
psubsb mm1, mm1
psubsb mm5, mm1
psubsb mm0, mm5
psubsb mm0, qword [eax]
psubsb mm0, qword [edi*8+0x1000]
psubsb mm0, qword [0x12345678]
psubsb mm0, qword [esi+0x80]
psubsb mm0, qword [esp+ebp*1-0x81]
psubsb mm0, [eax]
psubsb xmm7, xmm0
psubsb xmm0, xmm0
psubsb xmm1, xmm0
psubsb xmm7, xmm1
psubsb xmm7, oword [eax]
psubsb xmm7, oword [ss:ebp+0x10]
psubsb xmm7, oword [cs:eax]
psubsb xmm7, oword [bx+si]
psubsb xmm7, oword [bp+di+0x4]
psubsb xmm7, [eax]
vpsubsb xmm4, xmm7, xmm0
vpsubsb xmm7, xmm7, xmm0
vpsubsb xmm0, xmm7, xmm0
vpsubsb xmm4, xmm0, xmm0
vpsubsb xmm4, xmm1, xmm0
vpsubsb xmm4, xmm7, xmm1
vpsubsb xmm4, xmm7, oword [eax]
vpsubsb xmm4, xmm7, oword [ecx-0x80]
vpsubsb xmm4, xmm7, oword [edx+0x12345678]
vpsubsb xmm4, xmm7, oword [esp]
vpsubsb xmm4, xmm7, oword [esp+0x8]
vpsubsb xmm4, xmm7, [eax]
vpsubsb ymm1, ymm4, ymm7
vpsubsb ymm4, ymm4, ymm7
vpsubsb ymm7, ymm4, ymm7
vpsubsb ymm1, ymm7, ymm7
vpsubsb ymm1, ymm0, ymm7
vpsubsb ymm1, ymm4, ymm0
vpsubsb ymm1, ymm4, yword [eax]
vpsubsb ymm1, ymm4, yword [eax+ecx*2]
vpsubsb ymm1, ymm4, yword [ebx+esi*4+0x10]
vpsubsb ymm1, ymm4, yword [edi*8+0x1000]
vpsubsb ymm1, ymm4, yword [0x12345678]
vpsubsb ymm1, ymm4, [eax]
psubsw mm1, mm5
psubsw mm5, mm5
psubsw mm7, mm5
psubsw mm1, mm7
psubsw mm1, qword [eax]
psubsw mm1, qword [esp+ebp*1-0x81]
psubsw mm1, qword [es:edi]
psubsw mm1, qword [fs:0x20]
psubsw mm1, qword [gs:ebx+ecx*8+0x100]
psubsw mm1, [eax]
psubsw xmm0, xmm1
psubsw xmm1, xmm1
psubsw xmm4, xmm1
psubsw xmm0, xmm4
psubsw xmm0, oword [eax]
psubsw xmm0, oword [bp+di+0x4]
psubsw xmm0, oword [bp+si+0x1234]
psubsw xmm0, oword [0x12]
psubsw xmm0, oword [ebx+0x7f]
psubsw xmm0, [eax]
vpsubsw xmm7, xmm0, xmm1
vpsubsw xmm0, xmm0, xmm1
vpsubsw xmm1, xmm0, xmm1
vpsubsw xmm7, xmm1, xmm1
vpsubsw xmm7, xmm4, xmm1
vpsubsw xmm7, xmm0, xmm4
vpsubsw xmm7, xmm0, oword [eax]
vpsubsw xmm7, xmm0, oword [esp+0x8]
vpsubsw xmm7, xmm0, oword [ebp]
vpsubsw xmm7, xmm0, oword [ebp-0x4]
vpsubsw xmm7, xmm0, oword [eax+ebx]
vpsubsw xmm7, xmm0, [eax]
vpsubsw ymm4, ymm7, ymm0
vpsubsw ymm7, ymm7, ymm0
vpsubsw ymm0, ymm7, ymm0
vpsubsw ymm4, ymm0, ymm0
vpsubsw ymm4, ymm1, ymm0
vpsubsw ymm4, ymm7, ymm1
vpsubsw ymm4, ymm7, yword [eax]
vpsubsw ymm4, ymm7, yword [0x12345678]
vpsubsw ymm4, ymm7, yword [esi+0x80]
vpsubsw ymm4, ymm7, yword [esp+ebp*1-0x81]
vpsubsw ymm4, ymm7, yword [es:edi]
vpsubsw ymm4, ymm7, [eax]
pminsw mm5, mm7
pminsw mm7, mm7
pminsw mm0, mm7
pminsw mm5, mm0
pminsw mm5, qword [eax]
pminsw mm5, qword [gs:ebx+ecx*8+0x100]
pminsw mm5, qword [ss:ebp+0x10]
pminsw mm5, qword [cs:eax]
pminsw mm5, qword [bx+si]
pminsw mm5, [eax]
pminsw xmm1, xmm4
pminsw xmm4, xmm4
pminsw xmm7, xmm4
pminsw xmm1, xmm7
pminsw xmm1, oword [eax]
pminsw xmm1, oword [ebx+0x7f]
pminsw xmm1, oword [ecx-0x80]
pminsw xmm1, oword [edx+0x12345678]
pminsw xmm1, oword [esp]
pminsw xmm1, [eax]
vpminsw xmm0, xmm1, xmm4
vpminsw xmm1, xmm1, xmm4
vpminsw xmm4, xmm1, xmm4
vpminsw xmm0, xmm4, xmm4
vpminsw xmm0, xmm7, xmm4
vpminsw xmm0, xmm1, xmm7
vpminsw xmm0, xmm1, oword [eax]
vpminsw xmm0, xmm1, oword [eax+ebx]
vpminsw xmm0, xmm1, oword [eax+ecx*2]
vpminsw xmm0, xmm1, oword [ebx+esi*4+0x10]
vpminsw xmm0, xmm1, oword [edi*8+0x1000]
vpminsw xmm0, xmm1, [eax]
vpminsw ymm7, ymm0, ymm1
vpminsw ymm0, ymm0, ymm1
vpminsw ymm1, ymm0, ymm1
vpminsw ymm7, ymm1, ymm1
vpminsw ymm7, ymm4, ymm1
vpminsw ymm7, ymm0, ymm4
vpminsw ymm7, ymm0, yword [eax]
vpminsw ymm7, ymm0, yword [es:edi]
vpminsw ymm7, ymm0, yword [fs:0x20]
vpminsw ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vpminsw ymm7, ymm0, yword [ss:ebp+0x10]
vpminsw ymm7, ymm0, [eax]
por mm7, mm0
por mm0, mm0
por mm1, mm0
por mm7, mm1
por mm7, qword [eax]
por mm7, qword [bx+si]
por mm7, qword [bp+di+0x4]
por mm7, qword [bp+si+0x1234]
por mm7, qword [0x12]
por mm7, [eax]
por xmm4, xmm7
por xmm7, xmm7
por xmm0, xmm7
por xmm4, xmm0
por xmm4, oword [eax]
por xmm4, oword [esp]
por xmm4, oword [esp+0x8]
por xmm4, oword [ebp]
por xmm4, oword [ebp-0x4]
por xmm4, [eax]
vpor xmm1, xmm4, xmm7
vpor xmm4, xmm4, xmm7
vpor xmm7, xmm4, xmm7
vpor xmm1, xmm7, xmm7
vpor xmm1, xmm0, xmm7
vpor xmm1, xmm4, xmm0
vpor xmm1, xmm4, oword [eax]
vpor xmm1, xmm4, oword [edi*8+0x1000]
vpor xmm1, xmm4, oword [0x12345678]
vpor xmm1, xmm4, oword [esi+0x80]
vpor xmm1, xmm4, oword [esp+ebp*1-0x81]
vpor xmm1, xmm4, [eax]
vpor ymm0, ymm1, ymm4
vpor ymm1, ymm1, ymm4
vpor ymm4, ymm1, ymm4
vpor ymm0, ymm4, ymm4
vpor ymm0, ymm7, ymm4
vpor ymm0, ymm1, ymm7
vpor ymm0, ymm1, yword [eax]
vpor ymm0, ymm1, yword [ss:ebp+0x10]
vpor ymm0, ymm1, yword [cs:eax]
vpor ymm0, ymm1, yword [bx+si]
vpor ymm0, ymm1, yword [bp+di+0x4]
vpor ymm0, ymm1, [eax]
paddsb mm1, mm5
paddsb mm5, mm5
paddsb mm7, mm5
paddsb mm1, mm7
paddsb mm1, qword [eax]
paddsb mm1, qword [bp+di+0x4]
paddsb mm1, qword [bp+si+0x1234]
paddsb mm1, qword [0x12]
paddsb mm1, qword [ebx+0x7f]
paddsb mm1, [eax]
paddsb xmm0, xmm1
paddsb xmm1, xmm1
paddsb xmm4, xmm1
paddsb xmm0, xmm4
paddsb xmm0, oword [eax]
paddsb xmm0, oword [esp+0x8]
paddsb xmm0, oword [ebp]
paddsb xmm0, oword [ebp-0x4]
paddsb xmm0, oword [eax+ebx]
paddsb xmm0, [eax]
vpaddsb xmm7, xmm0, xmm1
vpaddsb xmm0, xmm0, xmm1
vpaddsb xmm1, xmm0, xmm1
vpaddsb xmm7, xmm1, xmm1
vpaddsb xmm7, xmm4, xmm1
vpaddsb xmm7, xmm0, xmm4
vpaddsb xmm7, xmm0, oword [eax]
vpaddsb xmm7, xmm0, oword [0x12345678]
vpaddsb xmm7, xmm0, oword [esi+0x80]
vpaddsb xmm7, xmm0, oword [esp+ebp*1-0x81]
vpaddsb xmm7, xmm0, oword [es:edi]
vpaddsb xmm7, xmm0, [eax]
vpaddsb ymm4, ymm7, ymm0
vpaddsb ymm7, ymm7, ymm0
vpaddsb ymm0, ymm7, ymm0
vpaddsb ymm4, ymm0, ymm0
vpaddsb ymm4, ymm1, ymm0
vpaddsb ymm4, ymm7, ymm1
vpaddsb ymm4, ymm7, yword [eax]
vpaddsb ymm4, ymm7, yword [cs:eax]
vpaddsb ymm4, ymm7, yword [bx+si]
vpaddsb ymm4, ymm7, yword [bp+di+0x4]
vpaddsb ymm4, ymm7, yword [bp+si+0x1234]
vpaddsb ymm4, ymm7, [eax]
paddsw mm5, mm7
paddsw mm7, mm7
paddsw mm0, mm7
paddsw mm5, mm0
paddsw mm5, qword [eax]
paddsw mm5, qword [ebx+0x7f]
paddsw mm5, qword [ecx-0x80]
paddsw mm5, qword [edx+0x12345678]
paddsw mm5, qword [esp]
paddsw mm5, [eax]
paddsw xmm1, xmm4
paddsw xmm4, xmm4
paddsw xmm7, xmm4
paddsw xmm1, xmm7
paddsw xmm1, oword [eax]
paddsw xmm1, oword [eax+ebx]
paddsw xmm1, oword [eax+ecx*2]
paddsw xmm1, oword [ebx+esi*4+0x10]
paddsw xmm1, oword [edi*8+0x1000]
paddsw xmm1, [eax]
vpaddsw xmm0, xmm1, xmm4
vpaddsw xmm1, xmm1, xmm4
vpaddsw xmm4, xmm1, xmm4
vpaddsw xmm0, xmm4, xmm4
vpaddsw xmm0, xmm7, xmm4
vpaddsw xmm0, xmm1, xmm7
vpaddsw xmm0, xmm1, oword [eax]
vpaddsw xmm0, xmm1, oword [es:edi]
vpaddsw xmm0, xmm1, oword [fs:0x20]
vpaddsw xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vpaddsw xmm0, xmm1, oword [ss:ebp+0x10]
vpaddsw xmm0, xmm1, [eax]
vpaddsw ymm7, ymm0, ymm1
vpaddsw ymm0, ymm0, ymm1
vpaddsw ymm1, ymm0, ymm1
vpaddsw ymm7, ymm1, ymm1
vpaddsw ymm7, ymm4, ymm1
vpaddsw ymm7, ymm0, ymm4
vpaddsw ymm7, ymm0, yword [eax]
vpaddsw ymm7, ymm0, yword [bp+si+0x1234]
vpaddsw ymm7, ymm0, yword [0x12]
vpaddsw ymm7, ymm0, yword [ebx+0x7f]
vpaddsw ymm7, ymm0, yword [ecx-0x80]
vpaddsw ymm7, ymm0, [eax]
pmaxsw mm7, mm0
pmaxsw mm0, mm0
pmaxsw mm1, mm0
pmaxsw mm7, mm1
pmaxsw mm7, qword [eax]
pmaxsw mm7, qword [esp]
pmaxsw mm7, qword [esp+0x8]
pmaxsw mm7, qword [ebp]
pmaxsw mm7, qword [ebp-0x4]
pmaxsw mm7, [eax]
pmaxsw xmm4, xmm7
pmaxsw xmm7, xmm7
pmaxsw xmm0, xmm7
pmaxsw xmm4, xmm0
pmaxsw xmm4, oword [eax]
pmaxsw xmm4, oword [edi*8+0x1000]
pmaxsw xmm4, oword [0x12345678]
pmaxsw xmm4, oword [esi+0x80]
pmaxsw xmm4, oword [esp+ebp*1-0x81]
pmaxsw xmm4, [eax]
vpmaxsw xmm1, xmm4, xmm7
vpmaxsw xmm4, xmm4, xmm7
vpmaxsw xmm7, xmm4, xmm7
vpmaxsw xmm1, xmm7, xmm7
vpmaxsw xmm1, xmm0, xmm7
vpmaxsw xmm1, xmm4, xmm0
vpmaxsw xmm1, xmm4, oword [eax]
vpmaxsw xmm1, xmm4, oword [ss:ebp+0x10]
vpmaxsw xmm1, xmm4, oword [cs:eax]
vpmaxsw xmm1, xmm4, oword [bx+si]
vpmaxsw xmm1, xmm4, oword [bp+di+0x4]
vpmaxsw xmm1, xmm4, [eax]
vpmaxsw ymm0, ymm1, ymm4
vpmaxsw ymm1, ymm1, ymm4
vpmaxsw ymm4, ymm1, ymm4
vpmaxsw ymm0, ymm4, ymm4
vpmaxsw ymm0, ymm7, ymm4
vpmaxsw ymm0, ymm1, ymm7
vpmaxsw ymm0, ymm1, yword [eax]
vpmaxsw ymm0, ymm1, yword [ecx-0x80]
vpmaxsw ymm0, ymm1, yword [edx+0x12345678]
vpmaxsw ymm0, ymm1, yword [esp]
vpmaxsw ymm0, ymm1, yword [esp+0x8]
vpmaxsw ymm0, ymm1, [eax]
pxor mm0, mm1
pxor mm1, mm1
pxor mm5, mm1
pxor mm0, mm5
pxor mm0, qword [eax]
pxor mm0, qword [ebp-0x4]
pxor mm0, qword [eax+ebx]
pxor mm0, qword [eax+ecx*2]
pxor mm0, qword [ebx+esi*4+0x10]
pxor mm0, [eax]
pxor xmm7, xmm0
pxor xmm0, xmm0
pxor xmm1, xmm0
pxor xmm7, xmm1
pxor xmm7, oword [eax]
pxor xmm7, oword [esp+ebp*1-0x81]
pxor xmm7, oword [es:edi]
pxor xmm7, oword [fs:0x20]
pxor xmm7, oword [gs:ebx+ecx*8+0x100]
pxor xmm7, [eax]
vpxor xmm4, xmm7, xmm0
vpxor xmm7, xmm7, xmm0
vpxor xmm0, xmm7, xmm0
vpxor xmm4, xmm0, xmm0
vpxor xmm4, xmm1, xmm0
vpxor xmm4, xmm7, xmm1
vpxor xmm4, xmm7, oword [eax]
vpxor xmm4, xmm7, oword [bp+di+0x4]
vpxor xmm4, xmm7, oword [bp+si+0x1234]
vpxor xmm4, xmm7, oword [0x12]
vpxor xmm4, xmm7, oword [ebx+0x7f]
vpxor xmm4, xmm7, [eax]
vpxor ymm1, ymm4, ymm7
vpxor ymm4, ymm4, ymm7
vpxor ymm7, ymm4, ymm7
vpxor ymm1, ymm7, ymm7
vpxor ymm1, ymm0, ymm7
vpxor ymm1, ymm4, ymm0
vpxor ymm1, ymm4, yword [eax]
vpxor ymm1, ymm4, yword [esp+0x8]
vpxor ymm1, ymm4, yword [ebp]
vpxor ymm1, ymm4, yword [ebp-0x4]
vpxor ymm1, ymm4, yword [eax+ebx]
vpxor ymm1, ymm4, [eax]
lddqu xmm4, oword [eax]
lddqu xmm7, oword [eax]
lddqu xmm0, oword [eax]
lddqu xmm4, oword [eax+ebx]
lddqu xmm4, oword [eax+ecx*2]
lddqu xmm4, oword [ebx+esi*4+0x10]
lddqu xmm4, oword [edi*8+0x1000]
lddqu xmm4, [eax]
vlddqu xmm1, oword [eax]
vlddqu xmm4, oword [eax]
vlddqu xmm7, oword [eax]
vlddqu xmm1, oword [es:edi]
vlddqu xmm1, oword [fs:0x20]
vlddqu xmm1, oword [gs:ebx+ecx*8+0x100]
vlddqu xmm1, oword [ss:ebp+0x10]
vlddqu xmm1, [eax]
vlddqu ymm0, yword [eax]
vlddqu ymm1, yword [eax]
vlddqu ymm4, yword [eax]
vlddqu ymm0, yword [bp+si+0x1234]
vlddqu ymm0, yword [0x12]
vlddqu ymm0, yword [ebx+0x7f]
vlddqu ymm0, yword [ecx-0x80]
vlddqu ymm0, [eax]
psllw mm7, mm0
psllw mm0, mm0
psllw mm1, mm0
psllw mm7, mm1
psllw mm7, qword [eax]
psllw mm7, qword [ebp]
psllw mm7, qword [ebp-0x4]
psllw mm7, qword [eax+ebx]
psllw mm7, qword [eax+ecx*2]
psllw mm7, [eax]
psllw xmm4, xmm7
psllw xmm7, xmm7
psllw xmm0, xmm7
psllw xmm4, xmm0
psllw xmm4, oword [eax]
psllw xmm4, oword [esi+0x80]
psllw xmm4, oword [esp+ebp*1-0x81]
psllw xmm4, oword [es:edi]
psllw xmm4, oword [fs:0x20]
psllw xmm4, [eax]
vpsllw xmm1, xmm4, xmm7
vpsllw xmm4, xmm4, xmm7
vpsllw xmm7, xmm4, xmm7
vpsllw xmm1, xmm7, xmm7
vpsllw xmm1, xmm0, xmm7
vpsllw xmm1, xmm4, xmm0
vpsllw xmm1, xmm4, oword [eax]
vpsllw xmm1, xmm4, oword [bx+si]
vpsllw xmm1, xmm4, oword [bp+di+0x4]
vpsllw xmm1, xmm4, oword [bp+si+0x1234]
vpsllw xmm1, xmm4, oword [0x12]
vpsllw xmm1, xmm4, [eax]
vpsllw ymm0, ymm1, xmm4
vpsllw ymm1, ymm1, xmm4
vpsllw ymm4, ymm1, xmm4
vpsllw ymm0, ymm4, xmm4
vpsllw ymm0, ymm7, xmm4
vpsllw ymm0, ymm1, xmm7
vpsllw ymm0, ymm1, oword [eax]
vpsllw ymm0, ymm1, oword [esp]
vpsllw ymm0, ymm1, oword [esp+0x8]
vpsllw ymm0, ymm1, oword [ebp]
vpsllw ymm0, ymm1, oword [ebp-0x4]
vpsllw ymm0, ymm1, [eax]
pslld mm0, mm1
pslld mm1, mm1
pslld mm5, mm1
pslld mm0, mm5
pslld mm0, qword [eax]
pslld mm0, qword [eax+ecx*2]
pslld mm0, qword [ebx+esi*4+0x10]
pslld mm0, qword [edi*8+0x1000]
pslld mm0, qword [0x12345678]
pslld mm0, [eax]
pslld xmm7, xmm0
pslld xmm0, xmm0
pslld xmm1, xmm0
pslld xmm7, xmm1
pslld xmm7, oword [eax]
pslld xmm7, oword [fs:0x20]
pslld xmm7, oword [gs:ebx+ecx*8+0x100]
pslld xmm7, oword [ss:ebp+0x10]
pslld xmm7, oword [cs:eax]
pslld xmm7, [eax]
vpslld xmm4, xmm7, xmm0
vpslld xmm7, xmm7, xmm0
vpslld xmm0, xmm7, xmm0
vpslld xmm4, xmm0, xmm0
vpslld xmm4, xmm1, xmm0
vpslld xmm4, xmm7, xmm1
vpslld xmm4, xmm7, oword [eax]
vpslld xmm4, xmm7, oword [0x12]
vpslld xmm4, xmm7, oword [ebx+0x7f]
vpslld xmm4, xmm7, oword [ecx-0x80]
vpslld xmm4, xmm7, oword [edx+0x12345678]
vpslld xmm4, xmm7, [eax]
vpslld ymm1, ymm4, xmm7
vpslld ymm4, ymm4, xmm7
vpslld ymm7, ymm4, xmm7
vpslld ymm1, ymm7, xmm7
vpslld ymm1, ymm0, xmm7
vpslld ymm1, ymm4, xmm0
vpslld ymm1, ymm4, oword [eax]
vpslld ymm1, ymm4, oword [ebp-0x4]
vpslld ymm1, ymm4, oword [eax+ebx]
vpslld ymm1, ymm4, oword [eax+ecx*2]
vpslld ymm1, ymm4, oword [ebx+esi*4+0x10]
vpslld ymm1, ymm4, [eax]
psllq mm1, mm5
psllq mm5, mm5
psllq mm7, mm5
psllq mm1, mm7
psllq mm1, qword [eax]
psllq mm1, qword [0x12345678]
psllq mm1, qword [esi+0x80]
psllq mm1, qword [esp+ebp*1-0x81]
psllq mm1, qword [es:edi]
psllq mm1, [eax]
psllq xmm0, xmm1
psllq xmm1, xmm1
psllq xmm4, xmm1
psllq xmm0, xmm4
psllq xmm0, oword [eax]
psllq xmm0, oword [cs:eax]
psllq xmm0, oword [bx+si]
psllq xmm0, oword [bp+di+0x4]
psllq xmm0, oword [bp+si+0x1234]
psllq xmm0, [eax]
vpsllq xmm7, xmm0, xmm1
vpsllq xmm0, xmm0, xmm1
vpsllq xmm1, xmm0, xmm1
vpsllq xmm7, xmm1, xmm1
vpsllq xmm7, xmm4, xmm1
vpsllq xmm7, xmm0, xmm4
vpsllq xmm7, xmm0, oword [eax]
vpsllq xmm7, xmm0, oword [edx+0x12345678]
vpsllq xmm7, xmm0, oword [esp]
vpsllq xmm7, xmm0, oword [esp+0x8]
vpsllq xmm7, xmm0, oword [ebp]
vpsllq xmm7, xmm0, [eax]
vpsllq ymm4, ymm7, xmm0
vpsllq ymm7, ymm7, xmm0
vpsllq ymm0, ymm7, xmm0
vpsllq ymm4, ymm0, xmm0
vpsllq ymm4, ymm1, xmm0
vpsllq ymm4, ymm7, xmm1
vpsllq ymm4, ymm7, oword [eax]
vpsllq ymm4, ymm7, oword [ebx+esi*4+0x10]
vpsllq ymm4, ymm7, oword [edi*8+0x1000]
vpsllq ymm4, ymm7, oword [0x12345678]
vpsllq ymm4, ymm7, oword [esi+0x80]
vpsllq ymm4, ymm7, [eax]
pmuludq mm5, mm7
pmuludq mm7, mm7
pmuludq mm0, mm7
pmuludq mm5, mm0
pmuludq mm5, [eax]
pmuludq xmm1, xmm4
pmuludq xmm4, xmm4
pmuludq xmm7, xmm4
pmuludq xmm1, xmm7
pmuludq xmm1, oword [eax]
pmuludq xmm1, oword [bp+si+0x1234]
pmuludq xmm1, oword [0x12]
pmuludq xmm1, oword [ebx+0x7f]
pmuludq xmm1, oword [ecx-0x80]
pmuludq xmm1, [eax]
vpmuludq xmm0, xmm1, xmm4
vpmuludq xmm1, xmm1, xmm4
vpmuludq xmm4, xmm1, xmm4
vpmuludq xmm0, xmm4, xmm4
vpmuludq xmm0, xmm7, xmm4
vpmuludq xmm0, xmm1, xmm7
vpmuludq xmm0, xmm1, oword [eax]
vpmuludq xmm0, xmm1, oword [ebp]
vpmuludq xmm0, xmm1, oword [ebp-0x4]
vpmuludq xmm0, xmm1, oword [eax+ebx]
vpmuludq xmm0, xmm1, oword [eax+ecx*2]
vpmuludq xmm0, xmm1, [eax]
vpmuludq ymm7, ymm0, ymm1
vpmuludq ymm0, ymm0, ymm1
vpmuludq ymm1, ymm0, ymm1
vpmuludq ymm7, ymm1, ymm1
vpmuludq ymm7, ymm4, ymm1
vpmuludq ymm7, ymm0, ymm4
vpmuludq ymm7, ymm0, yword [eax]
vpmuludq ymm7, ymm0, yword [esi+0x80]
vpmuludq ymm7, ymm0, yword [esp+ebp*1-0x81]
vpmuludq ymm7, ymm0, yword [es:edi]
vpmuludq ymm7, ymm0, yword [fs:0x20]
vpmuludq ymm7, ymm0, [eax]
pmaddwd mm7, mm0
pmaddwd mm0, mm0
pmaddwd mm1, mm0
pmaddwd mm7, mm1
pmaddwd mm7, qword [eax]
pmaddwd mm7, qword [ss:ebp+0x10]
pmaddwd mm7, qword [cs:eax]
pmaddwd mm7, qword [bx+si]
pmaddwd mm7, qword [bp+di+0x4]
pmaddwd mm7, [eax]
pmaddwd xmm4, xmm7
pmaddwd xmm7, xmm7
pmaddwd xmm0, xmm7
pmaddwd xmm4, xmm0
pmaddwd xmm4, oword [eax]
pmaddwd xmm4, oword [ecx-0x80]
pmaddwd xmm4, oword [edx+0x12345678]
pmaddwd xmm4, oword [esp]
pmaddwd xmm4, oword [esp+0x8]
pmaddwd xmm4, [eax]
vpmaddwd xmm1, xmm4, xmm7
vpmaddwd xmm4, xmm4, xmm7
vpmaddwd xmm7, xmm4, xmm7
vpmaddwd xmm1, xmm7, xmm7
vpmaddwd xmm1, xmm0, xmm7
vpmaddwd xmm1, xmm4, xmm0
vpmaddwd xmm1, xmm4, oword [eax]
vpmaddwd xmm1, xmm4, oword [eax+ecx*2]
vpmaddwd xmm1, xmm4, oword [ebx+esi*4+0x10]
vpmaddwd xmm1, xmm4, oword [edi*8+0x1000]
vpmaddwd xmm1, xmm4, oword [0x12345678]
vpmaddwd xmm1, xmm4, [eax]
vpmaddwd ymm0, ymm1, ymm4
vpmaddwd ymm1, ymm1, ymm4
vpmaddwd ymm4, ymm1, ymm4
vpmaddwd ymm0, ymm4, ymm4
vpmaddwd ymm0, ymm7, ymm4
vpmaddwd ymm0, ymm1, ymm7
vpmaddwd ymm0, ymm1, yword [eax]
vpmaddwd ymm0, ymm1, yword [fs:0x20]
vpmaddwd ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vpmaddwd ymm0, ymm1, yword [ss:ebp+0x10]
vpmaddwd ymm0, ymm1, yword [cs:eax]
vpmaddwd ymm0, ymm1, [eax]
psadbw mm0, mm1
psadbw mm1, mm1
psadbw mm5, mm1
psadbw mm0, mm5
psadbw mm0, qword [eax]
psadbw mm0, qword [bp+di+0x4]
psadbw mm0, qword [bp+si+0x1234]
psadbw mm0, qword [0x12]
psadbw mm0, qword [ebx+0x7f]
psadbw mm0, [eax]
psadbw xmm7, xmm0
psadbw xmm0, xmm0
psadbw xmm1, xmm0
psadbw xmm7, xmm1
psadbw xmm7, oword [eax]
psadbw xmm7, oword [esp+0x8]
psadbw xmm7, oword [ebp]
psadbw xmm7, oword [ebp-0x4]
psadbw xmm7, oword [eax+ebx]
psadbw xmm7, [eax]
vpsadbw xmm4, xmm7, xmm0
vpsadbw xmm7, xmm7, xmm0
vpsadbw xmm0, xmm7, xmm0
vpsadbw xmm4, xmm0, xmm0
vpsadbw xmm4, xmm1, xmm0
vpsadbw xmm4, xmm7, xmm1
vpsadbw xmm4, xmm7, oword [eax]
vpsadbw xmm4, xmm7, oword [0x12345678]
vpsadbw xmm4, xmm7, oword [esi+0x80]
vpsadbw xmm4, xmm7, oword [esp+ebp*1-0x81]
vpsadbw xmm4, xmm7, oword [es:edi]
vpsadbw xmm4, xmm7, [eax]
vpsadbw ymm1, ymm4, ymm7
vpsadbw ymm4, ymm4, ymm7
vpsadbw ymm7, ymm4, ymm7
vpsadbw ymm1, ymm7, ymm7
vpsadbw ymm1, ymm0, ymm7
vpsadbw ymm1, ymm4, ymm0
vpsadbw ymm1, ymm4, yword [eax]
vpsadbw ymm1, ymm4, yword [cs:eax]
vpsadbw ymm1, ymm4, yword [bx+si]
vpsadbw ymm1, ymm4, yword [bp+di+0x4]
vpsadbw ymm1, ymm4, yword [bp+si+0x1234]
vpsadbw ymm1, ymm4, [eax]
maskmovq mm5, mm7
maskmovq mm7, mm7
maskmovq mm0, mm7
maskmovq mm5, mm0
maskmovq mm5, mm1
maskmovdqu xmm1, xmm4
maskmovdqu xmm4, xmm4
maskmovdqu xmm7, xmm4
maskmovdqu xmm1, xmm7
maskmovdqu xmm1, xmm0
vmaskmovdqu xmm0, xmm1
vmaskmovdqu xmm1, xmm1
vmaskmovdqu xmm4, xmm1
vmaskmovdqu xmm0, xmm4
vmaskmovdqu xmm0, xmm7
psubb mm5, mm7
psubb mm7, mm7
psubb mm0, mm7
psubb mm5, mm0
psubb mm5, qword [eax]
psubb mm5, qword [bp+si+0x1234]
psubb mm5, qword [0x12]
psubb mm5, qword [ebx+0x7f]
psubb mm5, qword [ecx-0x80]
psubb mm5, [eax]
psubb xmm1, xmm4
psubb xmm4, xmm4
psubb xmm7, xmm4
psubb xmm1, xmm7
psubb xmm1, oword [eax]
psubb xmm1, oword [ebp]
psubb xmm1, oword [ebp-0x4]
psubb xmm1, oword [eax+ebx]
psubb xmm1, oword [eax+ecx*2]
psubb xmm1, [eax]
vpsubb xmm0, xmm1, xmm4
vpsubb xmm1, xmm1, xmm4
vpsubb xmm4, xmm1, xmm4
vpsubb xmm0, xmm4, xmm4
vpsubb xmm0, xmm7, xmm4
vpsubb xmm0, xmm1, xmm7
vpsubb xmm0, xmm1, oword [eax]
vpsubb xmm0, xmm1, oword [esi+0x80]
vpsubb xmm0, xmm1, oword [esp+ebp*1-0x81]
vpsubb xmm0, xmm1, oword [es:edi]
vpsubb xmm0, xmm1, oword [fs:0x20]
vpsubb xmm0, xmm1, [eax]
vpsubb ymm7, ymm0, ymm1
vpsubb ymm0, ymm0, ymm1
vpsubb ymm1, ymm0, ymm1
vpsubb ymm7, ymm1, ymm1
vpsubb ymm7, ymm4, ymm1
vpsubb ymm7, ymm0, ymm4
vpsubb ymm7, ymm0, yword [eax]
vpsubb ymm7, ymm0, yword [bx+si]
vpsubb ymm7, ymm0, yword [bp+di+0x4]
vpsubb ymm7, ymm0, yword [bp+si+0x1234]
vpsubb ymm7, ymm0, yword [0x12]
vpsubb ymm7, ymm0, [eax]
psubw mm7, mm0
psubw mm0, mm0
psubw mm1, mm0
psubw mm7, mm1
psubw mm7, qword [eax]
psubw mm7, qword [ecx-0x80]
psubw mm7, qword [edx+0x12345678]
psubw mm7, qword [esp]
psubw mm7, qword [esp+0x8]
psubw mm7, [eax]
psubw xmm4, xmm7
psubw xmm7, xmm7
psubw xmm0, xmm7
psubw xmm4, xmm0
psubw xmm4, oword [eax]
psubw xmm4, oword [eax+ecx*2]
psubw xmm4, oword [ebx+esi*4+0x10]
psubw xmm4, oword [edi*8+0x1000]
psubw xmm4, oword [0x12345678]
psubw xmm4, [eax]
vpsubw xmm1, xmm4, xmm7
vpsubw xmm4, xmm4, xmm7
vpsubw xmm7, xmm4, xmm7
vpsubw xmm1, xmm7, xmm7
vpsubw xmm1, xmm0, xmm7
vpsubw xmm1, xmm4, xmm0
vpsubw xmm1, xmm4, oword [eax]
vpsubw xmm1, xmm4, oword [fs:0x20]
vpsubw xmm1, xmm4, oword [gs:ebx+ecx*8+0x100]
vpsubw xmm1, xmm4, oword [ss:ebp+0x10]
vpsubw xmm1, xmm4, oword [cs:eax]
vpsubw xmm1, xmm4, [eax]
vpsubw ymm0, ymm1, ymm4
vpsubw ymm1, ymm1, ymm4
vpsubw ymm4, ymm1, ymm4
vpsubw ymm0, ymm4, ymm4
vpsubw ymm0, ymm7, ymm4
vpsubw ymm0, ymm1, ymm7
vpsubw ymm0, ymm1, yword [eax]
vpsubw ymm0, ymm1, yword [0x12]
vpsubw ymm0, ymm1, yword [ebx+0x7f]
vpsubw ymm0, ymm1, yword [ecx-0x80]
vpsubw ymm0, ymm1, yword [edx+0x12345678]
vpsubw ymm0, ymm1, [eax]
psubd mm0, mm1
psubd mm1, mm1
psubd mm5, mm1
psubd mm0, mm5
psubd mm0, qword [eax]
psubd mm0, qword [esp+0x8]
psubd mm0, qword [ebp]
psubd mm0, qword [ebp-0x4]
psubd mm0, qword [eax+ebx]
psubd mm0, [eax]
psubd xmm7, xmm0
psubd xmm0, xmm0
psubd xmm1, xmm0
psubd xmm7, xmm1
psubd xmm7, oword [eax]
psubd xmm7, oword [0x12345678]
psubd xmm7, oword [esi+0x80]
psubd xmm7, oword [esp+ebp*1-0x81]
psubd xmm7, oword [es:edi]
psubd xmm7, [eax]
vpsubd xmm4, xmm7, xmm0
vpsubd xmm7, xmm7, xmm0
vpsubd xmm0, xmm7, xmm0
vpsubd xmm4, xmm0, xmm0
vpsubd xmm4, xmm1, xmm0
vpsubd xmm4, xmm7, xmm1
vpsubd xmm4, xmm7, oword [eax]
vpsubd xmm4, xmm7, oword [cs:eax]
vpsubd xmm4, xmm7, oword [bx+si]
vpsubd xmm4, xmm7, oword [bp+di+0x4]
vpsubd xmm4, xmm7, oword [bp+si+0x1234]
vpsubd xmm4, xmm7, [eax]
vpsubd ymm1, ymm4, ymm7
vpsubd ymm4, ymm4, ymm7
vpsubd ymm7, ymm4, ymm7
vpsubd ymm1, ymm7, ymm7
vpsubd ymm1, ymm0, ymm7
vpsubd ymm1, ymm4, ymm0
vpsubd ymm1, ymm4, yword [eax]
vpsubd ymm1, ymm4, yword [edx+0x12345678]
vpsubd ymm1, ymm4, yword [esp]
vpsubd ymm1, ymm4, yword [esp+0x8]
vpsubd ymm1, ymm4, yword [ebp]
vpsubd ymm1, ymm4, [eax]
psubq mm1, mm5
psubq mm5, mm5
psubq mm7, mm5
psubq mm1, mm7
psubq mm1, [eax]
psubq xmm0, xmm1
psubq xmm1, xmm1
psubq xmm4, xmm1
psubq xmm0, xmm4
psubq xmm0, oword [eax]
psubq xmm0, oword [es:edi]
psubq xmm0, oword [fs:0x20]
psubq xmm0, oword [gs:ebx+ecx*8+0x100]
psubq xmm0, oword [ss:ebp+0x10]
psubq xmm0, [eax]
vpsubq xmm7, xmm0, xmm1
vpsubq xmm0, xmm0, xmm1
vpsubq xmm1, xmm0, xmm1
vpsubq xmm7, xmm1, xmm1
vpsubq xmm7, xmm4, xmm1
vpsubq xmm7, xmm0, xmm4
vpsubq xmm7, xmm0, oword [eax]
vpsubq xmm7, xmm0, oword [bp+si+0x1234]
vpsubq xmm7, xmm0, oword [0x12]
vpsubq xmm7, xmm0, oword [ebx+0x7f]
vpsubq xmm7, xmm0, oword [ecx-0x80]
vpsubq xmm7, xmm0, [eax]
vpsubq ymm4, ymm7, ymm0
vpsubq ymm7, ymm7, ymm0
vpsubq ymm0, ymm7, ymm0
vpsubq ymm4, ymm0, ymm0
vpsubq ymm4, ymm1, ymm0
vpsubq ymm4, ymm7, ymm1
vpsubq ymm4, ymm7, yword [eax]
vpsubq ymm4, ymm7, yword [ebp]
vpsubq ymm4, ymm7, yword [ebp-0x4]
vpsubq ymm4, ymm7, yword [eax+ebx]
vpsubq ymm4, ymm7, yword [eax+ecx*2]
vpsubq ymm4, ymm7, [eax]
paddb mm5, mm7
paddb mm7, mm7
paddb mm0, mm7
paddb mm5, mm0
paddb mm5, qword [eax]
paddb mm5, qword [edi*8+0x1000]
paddb mm5, qword [0x12345678]
paddb mm5, qword [esi+0x80]
paddb mm5, qword [esp+ebp*1-0x81]
paddb mm5, [eax]
paddb xmm1, xmm4
paddb xmm4, xmm4
paddb xmm7, xmm4
paddb xmm1, xmm7
paddb xmm1, oword [eax]
paddb xmm1, oword [ss:ebp+0x10]
paddb xmm1, oword [cs:eax]
paddb xmm1, oword [bx+si]
paddb xmm1, oword [bp+di+0x4]
paddb xmm1, [eax]
vpaddb xmm0, xmm1, xmm4
vpaddb xmm1, xmm1, xmm4
vpaddb xmm4, xmm1, xmm4
vpaddb xmm0, xmm4, xmm4
vpaddb xmm0, xmm7, xmm4
vpaddb xmm0, xmm1, xmm7
vpaddb xmm0, xmm1, oword [eax]
vpaddb xmm0, xmm1, oword [ecx-0x80]
vpaddb xmm0, xmm1, oword [edx+0x12345678]
vpaddb xmm0, xmm1, oword [esp]
vpaddb xmm0, xmm1, oword [esp+0x8]
vpaddb xmm0, xmm1, [eax]
vpaddb ymm7, ymm0, ymm1
vpaddb ymm0, ymm0, ymm1
vpaddb ymm1, ymm0, ymm1
vpaddb ymm7, ymm1, ymm1
vpaddb ymm7, ymm4, ymm1
vpaddb ymm7, ymm0, ymm4
vpaddb ymm7, ymm0, yword [eax]
vpaddb ymm7, ymm0, yword [eax+ecx*2]
vpaddb ymm7, ymm0, yword [ebx+esi*4+0x10]
vpaddb ymm7, ymm0, yword [edi*8+0x1000]
vpaddb ymm7, ymm0, yword [0x12345678]
vpaddb ymm7, ymm0, [eax]
paddw mm7, mm0
paddw mm0, mm0
paddw mm1, mm0
paddw mm7, mm1
paddw mm7, qword [eax]
paddw mm7, qword [esp+ebp*1-0x81]
paddw mm7, qword [es:edi]
paddw mm7, qword [fs:0x20]
paddw mm7, qword [gs:ebx+ecx*8+0x100]
paddw mm7, [eax]
paddw xmm4, xmm7
paddw xmm7, xmm7
paddw xmm0, xmm7
paddw xmm4, xmm0
paddw xmm4, oword [eax]
paddw xmm4, oword [bp+di+0x4]
paddw xmm4, oword [bp+si+0x1234]
paddw xmm4, oword [0x12]
paddw xmm4, oword [ebx+0x7f]
paddw xmm4, [eax]
vpaddw xmm1, xmm4, xmm7
vpaddw xmm4, xmm4, xmm7
vpaddw xmm7, xmm4, xmm7
vpaddw xmm1, xmm7, xmm7
vpaddw xmm1, xmm0, xmm7
vpaddw xmm1, xmm4, xmm0
vpaddw xmm1, xmm4, oword [eax]
vpaddw xmm1, xmm4, oword [esp+0x8]
vpaddw xmm1, xmm4, oword [ebp]
vpaddw xmm1, xmm4, oword [ebp-0x4]
vpaddw xmm1, xmm4, oword [eax+ebx]
vpaddw xmm1, xmm4, [eax]
vpaddw ymm0, ymm1, ymm4
vpaddw ymm1, ymm1, ymm4
vpaddw ymm4, ymm1, ymm4
vpaddw ymm0, ymm4, ymm4
vpaddw ymm0, ymm7, ymm4
vpaddw ymm0, ymm1, ymm7
vpaddw ymm0, ymm1, yword [eax]
vpaddw ymm0, ymm1, yword [0x12345678]
vpaddw ymm0, ymm1, yword [esi+0x80]
vpaddw ymm0, ymm1, yword [esp+ebp*1-0x81]
vpaddw ymm0, ymm1, yword [es:edi]
vpaddw ymm0, ymm1, [eax]
paddd mm0, mm1
paddd mm1, mm1
paddd mm5, mm1
paddd mm0, mm5
paddd mm0, qword [eax]
paddd mm0, qword [gs:ebx+ecx*8+0x100]
paddd mm0, qword [ss:ebp+0x10]
paddd mm0, qword [cs:eax]
paddd mm0, qword [bx+si]
paddd mm0, [eax]
paddd xmm7, xmm0
paddd xmm0, xmm0
paddd xmm1, xmm0
paddd xmm7, xmm1
paddd xmm7, oword [eax]
paddd xmm7, oword [ebx+0x7f]
paddd xmm7, oword [ecx-0x80]
paddd xmm7, oword [edx+0x12345678]
paddd xmm7, oword [esp]
paddd xmm7, [eax]
vpaddd xmm4, xmm7, xmm0
vpaddd xmm7, xmm7, xmm0
vpaddd xmm0, xmm7, xmm0
vpaddd xmm4, xmm0, xmm0
vpaddd xmm4, xmm1, xmm0
vpaddd xmm4, xmm7, xmm1
vpaddd xmm4, xmm7, oword [eax]
vpaddd xmm4, xmm7, oword [eax+ebx]
vpaddd xmm4, xmm7, oword [eax+ecx*2]
vpaddd xmm4, xmm7, oword [ebx+esi*4+0x10]
vpaddd xmm4, xmm7, oword [edi*8+0x1000]
vpaddd xmm4, xmm7, [eax]
vpaddd ymm1, ymm4, ymm7
vpaddd ymm4, ymm4, ymm7
vpaddd ymm7, ymm4, ymm7
vpaddd ymm1, ymm7, ymm7
vpaddd ymm1, ymm0, ymm7
vpaddd ymm1, ymm4, ymm0
vpaddd ymm1, ymm4, yword [eax]
vpaddd ymm1, ymm4, yword [es:edi]
vpaddd ymm1, ymm4, yword [fs:0x20]
vpaddd ymm1, ymm4, yword [gs:ebx+ecx*8+0x100]
vpaddd ymm1, ymm4, yword [ss:ebp+0x10]
vpaddd ymm1, ymm4, [eax]
ud0 cx, dx
ud0 dx, dx
ud0 bx, dx
ud0 cx, bx
ud0 cx, word [eax]
ud0 cx, word [bx+si]
ud0 cx, word [bp+di+0x4]
ud0 cx, word [bp+si+0x1234]
ud0 cx, word [0x12]
ud0 cx, [eax]
o16 ud0 cx, dx
ud0 eax, ecx
ud0 ecx, ecx
ud0 edx, ecx
ud0 eax, edx
ud0 eax, dword [eax]
ud0 eax, dword [esp]
ud0 eax, dword [esp+0x8]
ud0 eax, dword [ebp]
ud0 eax, dword [ebp-0x4]
ud0 eax, [eax]
pshufb mm5, mm7
pshufb mm7, mm7
pshufb mm0, mm7
pshufb mm5, mm0
pshufb mm5, qword [eax]
pshufb mm5, qword [ss:ebp+0x10]
pshufb mm5, qword [cs:eax]
pshufb mm5, qword [bx+si]
pshufb mm5, qword [bp+di+0x4]
pshufb mm5, [eax]
pshufb xmm1, xmm4
pshufb xmm4, xmm4
pshufb xmm7, xmm4
pshufb xmm1, xmm7
pshufb xmm1, oword [eax]
pshufb xmm1, oword [ecx-0x80]
pshufb xmm1, oword [edx+0x12345678]
pshufb xmm1, oword [esp]
pshufb xmm1, oword [esp+0x8]
pshufb xmm1, [eax]
vpshufb xmm0, xmm1, xmm4
vpshufb xmm1, xmm1, xmm4
vpshufb xmm4, xmm1, xmm4
vpshufb xmm0, xmm4, xmm4
vpshufb xmm0, xmm7, xmm4
vpshufb xmm0, xmm1, xmm7
vpshufb xmm0, xmm1, oword [eax]
vpshufb xmm0, xmm1, oword [eax+ecx*2]
vpshufb xmm0, xmm1, oword [ebx+esi*4+0x10]
vpshufb xmm0, xmm1, oword [edi*8+0x1000]
vpshufb xmm0, xmm1, oword [0x12345678]
vpshufb xmm0, xmm1, [eax]
vpshufb ymm7, ymm0, ymm1
vpshufb ymm0, ymm0, ymm1
vpshufb ymm1, ymm0, ymm1
vpshufb ymm7, ymm1, ymm1
vpshufb ymm7, ymm4, ymm1
vpshufb ymm7, ymm0, ymm4
vpshufb ymm7, ymm0, yword [eax]
vpshufb ymm7, ymm0, yword [fs:0x20]
vpshufb ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vpshufb ymm7, ymm0, yword [ss:ebp+0x10]
vpshufb ymm7, ymm0, yword [cs:eax]
vpshufb ymm7, ymm0, [eax]
phaddw mm7, mm0
phaddw mm0, mm0
phaddw mm1, mm0
phaddw mm7, mm1
phaddw mm7, qword [eax]
phaddw mm7, qword [bp+di+0x4]
phaddw mm7, qword [bp+si+0x1234]
phaddw mm7, qword [0x12]
phaddw mm7, qword [ebx+0x7f]
phaddw mm7, [eax]
phaddw xmm4, xmm7
phaddw xmm7, xmm7
phaddw xmm0, xmm7
phaddw xmm4, xmm0
phaddw xmm4, oword [eax]
phaddw xmm4, oword [esp+0x8]
phaddw xmm4, oword [ebp]
phaddw xmm4, oword [ebp-0x4]
phaddw xmm4, oword [eax+ebx]
phaddw xmm4, [eax]
vphaddw xmm1, xmm4, xmm7
vphaddw xmm4, xmm4, xmm7
vphaddw xmm7, xmm4, xmm7
vphaddw xmm1, xmm7, xmm7
vphaddw xmm1, xmm0, xmm7
vphaddw xmm1, xmm4, xmm0
vphaddw xmm1, xmm4, oword [eax]
vphaddw xmm1, xmm4, oword [0x12345678]
vphaddw xmm1, xmm4, oword [esi+0x80]
vphaddw xmm1, xmm4, oword [esp+ebp*1-0x81]
vphaddw xmm1, xmm4, oword [es:edi]
vphaddw xmm1, xmm4, [eax]
vphaddw ymm0, ymm1, ymm4
vphaddw ymm1, ymm1, ymm4
vphaddw ymm4, ymm1, ymm4
vphaddw ymm0, ymm4, ymm4
vphaddw ymm0, ymm7, ymm4
vphaddw ymm0, ymm1, ymm7
vphaddw ymm0, ymm1, yword [eax]
vphaddw ymm0, ymm1, yword [cs:eax]
vphaddw ymm0, ymm1, yword [bx+si]
vphaddw ymm0, ymm1, yword [bp+di+0x4]
vphaddw ymm0, ymm1, yword [bp+si+0x1234]
vphaddw ymm0, ymm1, [eax]
phaddd mm7, mm0
phaddd mm0, mm0
phaddd mm1, mm0
phaddd mm7, mm1
phaddd mm7, qword [eax]
phaddd mm7, qword [edx+0x12345678]
phaddd mm7, qword [esp]
phaddd mm7, qword [esp+0x8]
phaddd mm7, qword [ebp]
phaddd mm7, [eax]
phaddd xmm4, xmm7
phaddd xmm7, xmm7
phaddd xmm0, xmm7
phaddd xmm4, xmm0
phaddd xmm4, oword [eax]
phaddd xmm4, oword [ebx+esi*4+0x10]
phaddd xmm4, oword [edi*8+0x1000]
phaddd xmm4, oword [0x12345678]
phaddd xmm4, oword [esi+0x80]
phaddd xmm4, [eax]
vphaddd xmm1, xmm4, xmm7
vphaddd xmm4, xmm4, xmm7
vphaddd xmm7, xmm4, xmm7
vphaddd xmm1, xmm7, xmm7
vphaddd xmm1, xmm0, xmm7
vphaddd xmm1, xmm4, xmm0
vphaddd xmm1, xmm4, oword [eax]
vphaddd xmm1, xmm4, oword [gs:ebx+ecx*8+0x100]
vphaddd xmm1, xmm4, oword [ss:ebp+0x10]
vphaddd xmm1, xmm4, oword [cs:eax]
vphaddd xmm1, xmm4, oword [bx+si]
vphaddd xmm1, xmm4, [eax]
vphaddd ymm0, ymm1, ymm4
vphaddd ymm1, ymm1, ymm4
vphaddd ymm4, ymm1, ymm4
vphaddd ymm0, ymm4, ymm4
vphaddd ymm0, ymm7, ymm4
vphaddd ymm0, ymm1, ymm7
vphaddd ymm0, ymm1, yword [eax]
vphaddd ymm0, ymm1, yword [ebx+0x7f]
vphaddd ymm0, ymm1, yword [ecx-0x80]
vphaddd ymm0, ymm1, yword [edx+0x12345678]
vphaddd ymm0, ymm1, yword [esp]
vphaddd ymm0, ymm1, [eax]
phaddsw mm7, mm0
phaddsw mm0, mm0
phaddsw mm1, mm0
phaddsw mm7, mm1
phaddsw mm7, qword [eax]
phaddsw mm7, qword [eax+ebx]
phaddsw mm7, qword [eax+ecx*2]
phaddsw mm7, qword [ebx+esi*4+0x10]
phaddsw mm7, qword [edi*8+0x1000]
phaddsw mm7, [eax]
phaddsw xmm4, xmm7
phaddsw xmm7, xmm7
phaddsw xmm0, xmm7
phaddsw xmm4, xmm0
phaddsw xmm4, oword [eax]
phaddsw xmm4, oword [es:edi]
phaddsw xmm4, oword [fs:0x20]
phaddsw xmm4, oword [gs:ebx+ecx*8+0x100]
phaddsw xmm4, oword [ss:ebp+0x10]
phaddsw xmm4, [eax]
vphaddsw xmm1, xmm4, xmm7
vphaddsw xmm4, xmm4, xmm7
vphaddsw xmm7, xmm4, xmm7
vphaddsw xmm1, xmm7, xmm7
vphaddsw xmm1, xmm0, xmm7
vphaddsw xmm1, xmm4, xmm0
vphaddsw xmm1, xmm4, oword [eax]
vphaddsw xmm1, xmm4, oword [bp+si+0x1234]
vphaddsw xmm1, xmm4, oword [0x12]
vphaddsw xmm1, xmm4, oword [ebx+0x7f]
vphaddsw xmm1, xmm4, oword [ecx-0x80]
vphaddsw xmm1, xmm4, [eax]
vphaddsw ymm0, ymm1, ymm4
vphaddsw ymm1, ymm1, ymm4
vphaddsw ymm4, ymm1, ymm4
vphaddsw ymm0, ymm4, ymm4
vphaddsw ymm0, ymm7, ymm4
vphaddsw ymm0, ymm1, ymm7
vphaddsw ymm0, ymm1, yword [eax]
vphaddsw ymm0, ymm1, yword [ebp]
vphaddsw ymm0, ymm1, yword [ebp-0x4]
vphaddsw ymm0, ymm1, yword [eax+ebx]
vphaddsw ymm0, ymm1, yword [eax+ecx*2]
vphaddsw ymm0, ymm1, [eax]
pmaddubsw mm7, mm0
pmaddubsw mm0, mm0
pmaddubsw mm1, mm0
pmaddubsw mm7, mm1
pmaddubsw mm7, qword [eax]
pmaddubsw mm7, qword [esi+0x80]
pmaddubsw mm7, qword [esp+ebp*1-0x81]
pmaddubsw mm7, qword [es:edi]
pmaddubsw mm7, qword [fs:0x20]
pmaddubsw mm7, [eax]
pmaddubsw xmm4, xmm7
pmaddubsw xmm7, xmm7
pmaddubsw xmm0, xmm7
pmaddubsw xmm4, xmm0
pmaddubsw xmm4, oword [eax]
pmaddubsw xmm4, oword [bx+si]
pmaddubsw xmm4, oword [bp+di+0x4]
pmaddubsw xmm4, oword [bp+si+0x1234]
pmaddubsw xmm4, oword [0x12]
pmaddubsw xmm4, [eax]
vpmaddubsw xmm1, xmm4, xmm7
vpmaddubsw xmm4, xmm4, xmm7
vpmaddubsw xmm7, xmm4, xmm7
vpmaddubsw xmm1, xmm7, xmm7
vpmaddubsw xmm1, xmm0, xmm7
vpmaddubsw xmm1, xmm4, xmm0
vpmaddubsw xmm1, xmm4, oword [eax]
vpmaddubsw xmm1, xmm4, oword [esp]
vpmaddubsw xmm1, xmm4, oword [esp+0x8]
vpmaddubsw xmm1, xmm4, oword [ebp]
vpmaddubsw xmm1, xmm4, oword [ebp-0x4]
vpmaddubsw xmm1, xmm4, [eax]
vpmaddubsw ymm0, ymm1, ymm4
vpmaddubsw ymm1, ymm1, ymm4
vpmaddubsw ymm4, ymm1, ymm4
vpmaddubsw ymm0, ymm4, ymm4
vpmaddubsw ymm0, ymm7, ymm4
vpmaddubsw ymm0, ymm1, ymm7
vpmaddubsw ymm0, ymm1, yword [eax]
vpmaddubsw ymm0, ymm1, yword [edi*8+0x1000]
vpmaddubsw ymm0, ymm1, yword [0x12345678]
vpmaddubsw ymm0, ymm1, yword [esi+0x80]
vpmaddubsw ymm0, ymm1, yword [esp+ebp*1-0x81]
vpmaddubsw ymm0, ymm1, [eax]
phsubw mm0, mm1
phsubw mm1, mm1
phsubw mm5, mm1
phsubw mm0, mm5
phsubw mm0, qword [eax]
phsubw mm0, qword [fs:0x20]
phsubw mm0, qword [gs:ebx+ecx*8+0x100]
phsubw mm0, qword [ss:ebp+0x10]
phsubw mm0, qword [cs:eax]
phsubw mm0, [eax]
phsubw xmm7, xmm0
phsubw xmm0, xmm0
phsubw xmm1, xmm0
phsubw xmm7, xmm1
phsubw xmm7, oword [eax]
phsubw xmm7, oword [0x12]
phsubw xmm7, oword [ebx+0x7f]
phsubw xmm7, oword [ecx-0x80]
phsubw xmm7, oword [edx+0x12345678]
phsubw xmm7, [eax]
vphsubw xmm4, xmm7, xmm0
vphsubw xmm7, xmm7, xmm0
vphsubw xmm0, xmm7, xmm0
vphsubw xmm4, xmm0, xmm0
vphsubw xmm4, xmm1, xmm0
vphsubw xmm4, xmm7, xmm1
vphsubw xmm4, xmm7, oword [eax]
vphsubw xmm4, xmm7, oword [ebp-0x4]
vphsubw xmm4, xmm7, oword [eax+ebx]
vphsubw xmm4, xmm7, oword [eax+ecx*2]
vphsubw xmm4, xmm7, oword [ebx+esi*4+0x10]
vphsubw xmm4, xmm7, [eax]
vphsubw ymm1, ymm4, ymm7
vphsubw ymm4, ymm4, ymm7
vphsubw ymm7, ymm4, ymm7
vphsubw ymm1, ymm7, ymm7
vphsubw ymm1, ymm0, ymm7
vphsubw ymm1, ymm4, ymm0
vphsubw ymm1, ymm4, yword [eax]
vphsubw ymm1, ymm4, yword [esp+ebp*1-0x81]
vphsubw ymm1, ymm4, yword [es:edi]
vphsubw ymm1, ymm4, yword [fs:0x20]
vphsubw ymm1, ymm4, yword [gs:ebx+ecx*8+0x100]
vphsubw ymm1, ymm4, [eax]
phsubd mm0, mm1
phsubd mm1, mm1
phsubd mm5, mm1
phsubd mm0, mm5
phsubd mm0, qword [eax]
phsubd mm0, qword [bp+di+0x4]
phsubd mm0, qword [bp+si+0x1234]
phsubd mm0, qword [0x12]
phsubd mm0, qword [ebx+0x7f]
phsubd mm0, [eax]
phsubd xmm7, xmm0
phsubd xmm0, xmm0
phsubd xmm1, xmm0
phsubd xmm7, xmm1
phsubd xmm7, oword [eax]
phsubd xmm7, oword [esp+0x8]
phsubd xmm7, oword [ebp]
phsubd xmm7, oword [ebp-0x4]
phsubd xmm7, oword [eax+ebx]
phsubd xmm7, [eax]
vphsubd xmm4, xmm7, xmm0
vphsubd xmm7, xmm7, xmm0
vphsubd xmm0, xmm7, xmm0
vphsubd xmm4, xmm0, xmm0
vphsubd xmm4, xmm1, xmm0
vphsubd xmm4, xmm7, xmm1
vphsubd xmm4, xmm7, oword [eax]
vphsubd xmm4, xmm7, oword [0x12345678]
vphsubd xmm4, xmm7, oword [esi+0x80]
vphsubd xmm4, xmm7, oword [esp+ebp*1-0x81]
vphsubd xmm4, xmm7, oword [es:edi]
vphsubd xmm4, xmm7, [eax]
vphsubd ymm1, ymm4, ymm7
vphsubd ymm4, ymm4, ymm7
vphsubd ymm7, ymm4, ymm7
vphsubd ymm1, ymm7, ymm7
vphsubd ymm1, ymm0, ymm7
vphsubd ymm1, ymm4, ymm0
vphsubd ymm1, ymm4, yword [eax]
vphsubd ymm1, ymm4, yword [cs:eax]
vphsubd ymm1, ymm4, yword [bx+si]
vphsubd ymm1, ymm4, yword [bp+di+0x4]
vphsubd ymm1, ymm4, yword [bp+si+0x1234]
vphsubd ymm1, ymm4, [eax]
phsubsw mm0, mm1
phsubsw mm1, mm1
phsubsw mm5, mm1
phsubsw mm0, mm5
phsubsw mm0, qword [eax]
phsubsw mm0, qword [edx+0x12345678]
phsubsw mm0, qword [esp]
phsubsw mm0, qword [esp+0x8]
phsubsw mm0, qword [ebp]
phsubsw mm0, [eax]
phsubsw xmm7, xmm0
phsubsw xmm0, xmm0
phsubsw xmm1, xmm0
phsubsw xmm7, xmm1
phsubsw xmm7, oword [eax]
phsubsw xmm7, oword [ebx+esi*4+0x10]
phsubsw xmm7, oword [edi*8+0x1000]
phsubsw xmm7, oword [0x12345678]
phsubsw xmm7, oword [esi+0x80]
phsubsw xmm7, [eax]
vphsubsw xmm4, xmm7, xmm0
vphsubsw xmm7, xmm7, xmm0
vphsubsw xmm0, xmm7, xmm0
vphsubsw xmm4, xmm0, xmm0
vphsubsw xmm4, xmm1, xmm0
vphsubsw xmm4, xmm7, xmm1
vphsubsw xmm4, xmm7, oword [eax]
vphsubsw xmm4, xmm7, oword [gs:ebx+ecx*8+0x100]
vphsubsw xmm4, xmm7, oword [ss:ebp+0x10]
vphsubsw xmm4, xmm7, oword [cs:eax]
vphsubsw xmm4, xmm7, oword [bx+si]
vphsubsw xmm4, xmm7, [eax]
vphsubsw ymm1, ymm4, ymm7
vphsubsw ymm4, ymm4, ymm7
vphsubsw ymm7, ymm4, ymm7
vphsubsw ymm1, ymm7, ymm7
vphsubsw ymm1, ymm0, ymm7
vphsubsw ymm1, ymm4, ymm0
vphsubsw ymm1, ymm4, yword [eax]
vphsubsw ymm1, ymm4, yword [ebx+0x7f]
vphsubsw ymm1, ymm4, yword [ecx-0x80]
vphsubsw ymm1, ymm4, yword [edx+0x12345678]
vphsubsw ymm1, ymm4, yword [esp]
vphsubsw ymm1, ymm4, [eax]
psignb mm0, mm1
psignb mm1, mm1
psignb mm5, mm1
psignb mm0, mm5
psignb mm0, qword [eax]
psignb mm0, qword [eax+ebx]
psignb mm0, qword [eax+ecx*2]
psignb mm0, qword [ebx+esi*4+0x10]
psignb mm0, qword [edi*8+0x1000]
psignb mm0, [eax]
psignb xmm7, xmm0
psignb xmm0, xmm0
psignb xmm1, xmm0
psignb xmm7, xmm1
psignb xmm7, oword [eax]
psignb xmm7, oword [es:edi]
psignb xmm7, oword [fs:0x20]
psignb xmm7, oword [gs:ebx+ecx*8+0x100]
psignb xmm7, oword [ss:ebp+0x10]
psignb xmm7, [eax]
vpsignb xmm4, xmm7, xmm0
vpsignb xmm7, xmm7, xmm0
vpsignb xmm0, xmm7, xmm0
vpsignb xmm4, xmm0, xmm0
vpsignb xmm4, xmm1, xmm0
vpsignb xmm4, xmm7, xmm1
vpsignb xmm4, xmm7, oword [eax]
vpsignb xmm4, xmm7, oword [bp+si+0x1234]
vpsignb xmm4, xmm7, oword [0x12]
vpsignb xmm4, xmm7, oword [ebx+0x7f]
vpsignb xmm4, xmm7, oword [ecx-0x80]
vpsignb xmm4, xmm7, [eax]
vpsignb ymm1, ymm4, ymm7
vpsignb ymm4, ymm4, ymm7
vpsignb ymm7, ymm4, ymm7
vpsignb ymm1, ymm7, ymm7
vpsignb ymm1, ymm0, ymm7
vpsignb ymm1, ymm4, ymm0
vpsignb ymm1, ymm4, yword [eax]
vpsignb ymm1, ymm4, yword [ebp]
vpsignb ymm1, ymm4, yword [ebp-0x4]
vpsignb ymm1, ymm4, yword [eax+ebx]
vpsignb ymm1, ymm4, yword [eax+ecx*2]
vpsignb ymm1, ymm4, [eax]
psignw mm0, mm1
psignw mm1, mm1
psignw mm5, mm1
psignw mm0, mm5
psignw mm0, qword [eax]
psignw mm0, qword [esi+0x80]
psignw mm0, qword [esp+ebp*1-0x81]
psignw mm0, qword [es:edi]
psignw mm0, qword [fs:0x20]
psignw mm0, [eax]
psignw xmm7, xmm0
psignw xmm0, xmm0
psignw xmm1, xmm0
psignw xmm7, xmm1
psignw xmm7, oword [eax]
psignw xmm7, oword [bx+si]
psignw xmm7, oword [bp+di+0x4]
psignw xmm7, oword [bp+si+0x1234]
psignw xmm7, oword [0x12]
psignw xmm7, [eax]
vpsignw xmm4, xmm7, xmm0
vpsignw xmm7, xmm7, xmm0
vpsignw xmm0, xmm7, xmm0
vpsignw xmm4, xmm0, xmm0
vpsignw xmm4, xmm1, xmm0
vpsignw xmm4, xmm7, xmm1
vpsignw xmm4, xmm7, oword [eax]
vpsignw xmm4, xmm7, oword [esp]
vpsignw xmm4, xmm7, oword [esp+0x8]
vpsignw xmm4, xmm7, oword [ebp]
vpsignw xmm4, xmm7, oword [ebp-0x4]
vpsignw xmm4, xmm7, [eax]
vpsignw ymm1, ymm4, ymm7
vpsignw ymm4, ymm4, ymm7
vpsignw ymm7, ymm4, ymm7
vpsignw ymm1, ymm7, ymm7
vpsignw ymm1, ymm0, ymm7
vpsignw ymm1, ymm4, ymm0
vpsignw ymm1, ymm4, yword [eax]
vpsignw ymm1, ymm4, yword [edi*8+0x1000]
vpsignw ymm1, ymm4, yword [0x12345678]
vpsignw ymm1, ymm4, yword [esi+0x80]
vpsignw ymm1, ymm4, yword [esp+ebp*1-0x81]
vpsignw ymm1, ymm4, [eax]
psignd mm0, mm1
psignd mm1, mm1
psignd mm5, mm1
psignd mm0, mm5
psignd mm0, qword [eax]
psignd mm0, qword [ss:ebp+0x10]
psignd mm0, qword [cs:eax]
psignd mm0, qword [bx+si]
psignd mm0, qword [bp+di+0x4]
psignd mm0, [eax]
psignd xmm7, xmm0
psignd xmm0, xmm0
psignd xmm1, xmm0
psignd xmm7, xmm1
psignd xmm7, oword [eax]
psignd xmm7, oword [ecx-0x80]
psignd xmm7, oword [edx+0x12345678]
psignd xmm7, oword [esp]
psignd xmm7, oword [esp+0x8]
psignd xmm7, [eax]
vpsignd xmm4, xmm7, xmm0
vpsignd xmm7, xmm7, xmm0
vpsignd xmm0, xmm7, xmm0
vpsignd xmm4, xmm0, xmm0
vpsignd xmm4, xmm1, xmm0
vpsignd xmm4, xmm7, xmm1
vpsignd xmm4, xmm7, oword [eax]
vpsignd xmm4, xmm7, oword [eax+ecx*2]
vpsignd xmm4, xmm7, oword [ebx+esi*4+0x10]
vpsignd xmm4, xmm7, oword [edi*8+0x1000]
vpsignd xmm4, xmm7, oword [0x12345678]
vpsignd xmm4, xmm7, [eax]
vpsignd ymm1, ymm4, ymm7
vpsignd ymm4, ymm4, ymm7
vpsignd ymm7, ymm4, ymm7
vpsignd ymm1, ymm7, ymm7
vpsignd ymm1, ymm0, ymm7
vpsignd ymm1, ymm4, ymm0
vpsignd ymm1, ymm4, yword [eax]
vpsignd ymm1, ymm4, yword [fs:0x20]
vpsignd ymm1, ymm4, yword [gs:ebx+ecx*8+0x100]
vpsignd ymm1, ymm4, yword [ss:ebp+0x10]
vpsignd ymm1, ymm4, yword [cs:eax]
vpsignd ymm1, ymm4, [eax]
pmulhrsw mm0, mm1
pmulhrsw mm1, mm1
pmulhrsw mm5, mm1
pmulhrsw mm0, mm5
pmulhrsw mm0, qword [eax]
pmulhrsw mm0, qword [0x12]
pmulhrsw mm0, qword [ebx+0x7f]
pmulhrsw mm0, qword [ecx-0x80]
pmulhrsw mm0, qword [edx+0x12345678]
pmulhrsw mm0, [eax]
pmulhrsw xmm7, xmm0
pmulhrsw xmm0, xmm0
pmulhrsw xmm1, xmm0
pmulhrsw xmm7, xmm1
pmulhrsw xmm7, oword [eax]
pmulhrsw xmm7, oword [ebp-0x4]
pmulhrsw xmm7, oword [eax+ebx]
pmulhrsw xmm7, oword [eax+ecx*2]
pmulhrsw xmm7, oword [ebx+esi*4+0x10]
pmulhrsw xmm7, [eax]
vpmulhrsw xmm4, xmm7, xmm0
vpmulhrsw xmm7, xmm7, xmm0
vpmulhrsw xmm0, xmm7, xmm0
vpmulhrsw xmm4, xmm0, xmm0
vpmulhrsw xmm4, xmm1, xmm0
vpmulhrsw xmm4, xmm7, xmm1
vpmulhrsw xmm4, xmm7, oword [eax]
vpmulhrsw xmm4, xmm7, oword [esp+ebp*1-0x81]
vpmulhrsw xmm4, xmm7, oword [es:edi]
vpmulhrsw xmm4, xmm7, oword [fs:0x20]
vpmulhrsw xmm4, xmm7, oword [gs:ebx+ecx*8+0x100]
vpmulhrsw xmm4, xmm7, [eax]
vpmulhrsw ymm1, ymm4, ymm7
vpmulhrsw ymm4, ymm4, ymm7
vpmulhrsw ymm7, ymm4, ymm7
vpmulhrsw ymm1, ymm7, ymm7
vpmulhrsw ymm1, ymm0, ymm7
vpmulhrsw ymm1, ymm4, ymm0
vpmulhrsw ymm1, ymm4, yword [eax]
vpmulhrsw ymm1, ymm4, yword [bp+di+0x4]
vpmulhrsw ymm1, ymm4, yword [bp+si+0x1234]
vpmulhrsw ymm1, ymm4, yword [0x12]
vpmulhrsw ymm1, ymm4, yword [ebx+0x7f]
vpmulhrsw ymm1, ymm4, [eax]
vpermilps xmm1, xmm4, xmm7
vpermilps xmm4, xmm4, xmm7
vpermilps xmm7, xmm4, xmm7
vpermilps xmm1, xmm7, xmm7
vpermilps xmm1, xmm0, xmm7
vpermilps xmm1, xmm4, xmm0
vpermilps xmm1, xmm4, oword [eax]
vpermilps xmm1, xmm4, oword [edx+0x12345678]
vpermilps xmm1, xmm4, oword [esp]
vpermilps xmm1, xmm4, oword [esp+0x8]
vpermilps xmm1, xmm4, oword [ebp]
vpermilps xmm1, xmm4, [eax]
vpermilps ymm0, ymm1, ymm4
vpermilps ymm1, ymm1, ymm4
vpermilps ymm4, ymm1, ymm4
vpermilps ymm0, ymm4, ymm4
vpermilps ymm0, ymm7, ymm4
vpermilps ymm0, ymm1, ymm7
vpermilps ymm0, ymm1, yword [eax]
vpermilps ymm0, ymm1, yword [ebx+esi*4+0x10]
vpermilps ymm0, ymm1, yword [edi*8+0x1000]
vpermilps ymm0, ymm1, yword [0x12345678]
vpermilps ymm0, ymm1, yword [esi+0x80]
vpermilps ymm0, ymm1, [eax]
vpermilpd xmm0, xmm1, xmm4
vpermilpd xmm1, xmm1, xmm4
vpermilpd xmm4, xmm1, xmm4
vpermilpd xmm0, xmm4, xmm4
vpermilpd xmm0, xmm7, xmm4
vpermilpd xmm0, xmm1, xmm7
vpermilpd xmm0, xmm1, oword [eax]
vpermilpd xmm0, xmm1, oword [es:edi]
vpermilpd xmm0, xmm1, oword [fs:0x20]
vpermilpd xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vpermilpd xmm0, xmm1, oword [ss:ebp+0x10]
vpermilpd xmm0, xmm1, [eax]
vpermilpd ymm7, ymm0, ymm1
vpermilpd ymm0, ymm0, ymm1
vpermilpd ymm1, ymm0, ymm1
vpermilpd ymm7, ymm1, ymm1
vpermilpd ymm7, ymm4, ymm1
vpermilpd ymm7, ymm0, ymm4
vpermilpd ymm7, ymm0, yword [eax]
vpermilpd ymm7, ymm0, yword [bp+si+0x1234]
vpermilpd ymm7, ymm0, yword [0x12]
vpermilpd ymm7, ymm0, yword [ebx+0x7f]
vpermilpd ymm7, ymm0, yword [ecx-0x80]
vpermilpd ymm7, ymm0, [eax]
vtestps xmm7, xmm0
vtestps xmm0, xmm0
vtestps xmm1, xmm0
vtestps xmm7, xmm1
vtestps xmm7, oword [eax]
vtestps xmm7, oword [esp]
vtestps xmm7, oword [esp+0x8]
vtestps xmm7, oword [ebp]
vtestps xmm7, oword [ebp-0x4]
vtestps xmm7, [eax]
vtestps ymm4, ymm7
vtestps ymm7, ymm7
vtestps ymm0, ymm7
vtestps ymm4, ymm0
vtestps ymm4, yword [eax]
vtestps ymm4, yword [edi*8+0x1000]
vtestps ymm4, yword [0x12345678]
vtestps ymm4, yword [esi+0x80]
vtestps ymm4, yword [esp+ebp*1-0x81]
vtestps ymm4, [eax]
vtestpd xmm1, xmm4
vtestpd xmm4, xmm4
vtestpd xmm7, xmm4
vtestpd xmm1, xmm7
vtestpd xmm1, oword [eax]
vtestpd xmm1, oword [ss:ebp+0x10]
vtestpd xmm1, oword [cs:eax]
vtestpd xmm1, oword [bx+si]
vtestpd xmm1, oword [bp+di+0x4]
vtestpd xmm1, [eax]
vtestpd ymm0, ymm1
vtestpd ymm1, ymm1
vtestpd ymm4, ymm1
vtestpd ymm0, ymm4
vtestpd ymm0, yword [eax]
vtestpd ymm0, yword [ecx-0x80]
vtestpd ymm0, yword [edx+0x12345678]
vtestpd ymm0, yword [esp]
vtestpd ymm0, yword [esp+0x8]
vtestpd ymm0, [eax]
pblendvb xmm7, xmm0
pblendvb xmm0, xmm0
pblendvb xmm1, xmm0
pblendvb xmm7, xmm1
pblendvb xmm7, oword [eax]
pblendvb xmm7, oword [eax+ecx*2]
pblendvb xmm7, oword [ebx+esi*4+0x10]
pblendvb xmm7, oword [edi*8+0x1000]
pblendvb xmm7, oword [0x12345678]
pblendvb xmm7, [eax]
vcvtph2ps xmm0, xmm1
vcvtph2ps xmm1, xmm1
vcvtph2ps xmm4, xmm1
vcvtph2ps xmm0, xmm4
vcvtph2ps xmm0, qword [eax]
vcvtph2ps xmm0, qword [esp]
vcvtph2ps xmm0, qword [esp+0x8]
vcvtph2ps xmm0, qword [ebp]
vcvtph2ps xmm0, qword [ebp-0x4]
vcvtph2ps xmm0, [eax]
vcvtph2ps ymm7, xmm0
vcvtph2ps ymm0, xmm0
vcvtph2ps ymm1, xmm0
vcvtph2ps ymm7, xmm1
vcvtph2ps ymm7, oword [eax]
vcvtph2ps ymm7, oword [edi*8+0x1000]
vcvtph2ps ymm7, oword [0x12345678]
vcvtph2ps ymm7, oword [esi+0x80]
vcvtph2ps ymm7, oword [esp+ebp*1-0x81]
vcvtph2ps ymm7, [eax]
blendvps xmm0, xmm1
blendvps xmm1, xmm1
blendvps xmm4, xmm1
blendvps xmm0, xmm4
blendvps xmm0, oword [eax]
blendvps xmm0, oword [esp+ebp*1-0x81]
blendvps xmm0, oword [es:edi]
blendvps xmm0, oword [fs:0x20]
blendvps xmm0, oword [gs:ebx+ecx*8+0x100]
blendvps xmm0, [eax]
blendvpd xmm4, xmm7
blendvpd xmm7, xmm7
blendvpd xmm0, xmm7
blendvpd xmm4, xmm0
blendvpd xmm4, oword [eax]
blendvpd xmm4, oword [es:edi]
blendvpd xmm4, oword [fs:0x20]
blendvpd xmm4, oword [gs:ebx+ecx*8+0x100]
blendvpd xmm4, oword [ss:ebp+0x10]
blendvpd xmm4, [eax]
vpermps ymm0, ymm1, ymm4
vpermps ymm1, ymm1, ymm4
vpermps ymm4, ymm1, ymm4
vpermps ymm0, ymm4, ymm4
vpermps ymm0, ymm7, ymm4
vpermps ymm0, ymm1, ymm7
vpermps ymm0, ymm1, yword [eax]
vpermps ymm0, ymm1, yword [fs:0x20]
vpermps ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vpermps ymm0, ymm1, yword [ss:ebp+0x10]
vpermps ymm0, ymm1, yword [cs:eax]
vpermps ymm0, ymm1, [eax]
ptest xmm7, xmm0
ptest xmm0, xmm0
ptest xmm1, xmm0
ptest xmm7, xmm1
ptest xmm7, oword [eax]
ptest xmm7, oword [esp+0x8]
ptest xmm7, oword [ebp]
ptest xmm7, oword [ebp-0x4]
ptest xmm7, oword [eax+ebx]
ptest xmm7, [eax]
vptest xmm4, xmm7
vptest xmm7, xmm7
vptest xmm0, xmm7
vptest xmm4, xmm0
vptest xmm4, oword [eax]
vptest xmm4, oword [0x12345678]
vptest xmm4, oword [esi+0x80]
vptest xmm4, oword [esp+ebp*1-0x81]
vptest xmm4, oword [es:edi]
vptest xmm4, [eax]
vptest ymm1, ymm4
vptest ymm4, ymm4
vptest ymm7, ymm4
vptest ymm1, ymm7
vptest ymm1, yword [eax]
vptest ymm1, yword [cs:eax]
vptest ymm1, yword [bx+si]
vptest ymm1, yword [bp+di+0x4]
vptest ymm1, yword [bp+si+0x1234]
vptest ymm1, [eax]
vbroadcastss xmm0, dword [eax]
vbroadcastss xmm1, dword [eax]
vbroadcastss xmm4, dword [eax]
vbroadcastss xmm0, dword [edx+0x12345678]
vbroadcastss xmm0, dword [esp]
vbroadcastss xmm0, dword [esp+0x8]
vbroadcastss xmm0, dword [ebp]
vbroadcastss xmm0, [eax]
vbroadcastss ymm7, dword [eax]
vbroadcastss ymm0, dword [eax]
vbroadcastss ymm1, dword [eax]
vbroadcastss ymm7, dword [ebx+esi*4+0x10]
vbroadcastss ymm7, dword [edi*8+0x1000]
vbroadcastss ymm7, dword [0x12345678]
vbroadcastss ymm7, dword [esi+0x80]
vbroadcastss ymm7, [eax]
vbroadcastsd ymm7, qword [eax]
vbroadcastsd ymm0, qword [eax]
vbroadcastsd ymm1, qword [eax]
vbroadcastsd ymm7, qword [es:edi]
vbroadcastsd ymm7, qword [fs:0x20]
vbroadcastsd ymm7, qword [gs:ebx+ecx*8+0x100]
vbroadcastsd ymm7, qword [ss:ebp+0x10]
vbroadcastsd ymm7, [eax]
vbroadcastf128 ymm4, oword [eax]
vbroadcastf128 ymm7, oword [eax]
vbroadcastf128 ymm0, oword [eax]
vbroadcastf128 ymm4, oword [esp]
vbroadcastf128 ymm4, oword [esp+0x8]
vbroadcastf128 ymm4, oword [ebp]
vbroadcastf128 ymm4, oword [ebp-0x4]
vbroadcastf128 ymm4, [eax]
pabsb mm7, mm0
pabsb mm0, mm0
pabsb mm1, mm0
pabsb mm7, mm1
pabsb mm7, qword [eax]
pabsb mm7, qword [ebp-0x4]
pabsb mm7, qword [eax+ebx]
pabsb mm7, qword [eax+ecx*2]
pabsb mm7, qword [ebx+esi*4+0x10]
pabsb mm7, [eax]
pabsb xmm4, xmm7
pabsb xmm7, xmm7
pabsb xmm0, xmm7
pabsb xmm4, xmm0
pabsb xmm4, oword [eax]
pabsb xmm4, oword [esp+ebp*1-0x81]
pabsb xmm4, oword [es:edi]
pabsb xmm4, oword [fs:0x20]
pabsb xmm4, oword [gs:ebx+ecx*8+0x100]
pabsb xmm4, [eax]
vpabsb xmm1, xmm4
vpabsb xmm4, xmm4
vpabsb xmm7, xmm4
vpabsb xmm1, xmm7
vpabsb xmm1, oword [eax]
vpabsb xmm1, oword [bp+di+0x4]
vpabsb xmm1, oword [bp+si+0x1234]
vpabsb xmm1, oword [0x12]
vpabsb xmm1, oword [ebx+0x7f]
vpabsb xmm1, [eax]
vpabsb ymm0, ymm1
vpabsb ymm1, ymm1
vpabsb ymm4, ymm1
vpabsb ymm0, ymm4
vpabsb ymm0, yword [eax]
vpabsb ymm0, yword [esp+0x8]
vpabsb ymm0, yword [ebp]
vpabsb ymm0, yword [ebp-0x4]
vpabsb ymm0, yword [eax+ebx]
vpabsb ymm0, [eax]
pabsw mm0, mm1
pabsw mm1, mm1
pabsw mm5, mm1
pabsw mm0, mm5
pabsw mm0, qword [eax]
pabsw mm0, qword [ebx+esi*4+0x10]
pabsw mm0, qword [edi*8+0x1000]
pabsw mm0, qword [0x12345678]
pabsw mm0, qword [esi+0x80]
pabsw mm0, [eax]
pabsw xmm7, xmm0
pabsw xmm0, xmm0
pabsw xmm1, xmm0
pabsw xmm7, xmm1
pabsw xmm7, oword [eax]
pabsw xmm7, oword [gs:ebx+ecx*8+0x100]
pabsw xmm7, oword [ss:ebp+0x10]
pabsw xmm7, oword [cs:eax]
pabsw xmm7, oword [bx+si]
pabsw xmm7, [eax]
vpabsw xmm4, xmm7
vpabsw xmm7, xmm7
vpabsw xmm0, xmm7
vpabsw xmm4, xmm0
vpabsw xmm4, oword [eax]
vpabsw xmm4, oword [ebx+0x7f]
vpabsw xmm4, oword [ecx-0x80]
vpabsw xmm4, oword [edx+0x12345678]
vpabsw xmm4, oword [esp]
vpabsw xmm4, [eax]
vpabsw ymm1, ymm4
vpabsw ymm4, ymm4
vpabsw ymm7, ymm4
vpabsw ymm1, ymm7
vpabsw ymm1, yword [eax]
vpabsw ymm1, yword [eax+ebx]
vpabsw ymm1, yword [eax+ecx*2]
vpabsw ymm1, yword [ebx+esi*4+0x10]
vpabsw ymm1, yword [edi*8+0x1000]
vpabsw ymm1, [eax]
pabsd mm1, mm5
pabsd mm5, mm5
pabsd mm7, mm5
pabsd mm1, mm7
pabsd mm1, qword [eax]
pabsd mm1, qword [esi+0x80]
pabsd mm1, qword [esp+ebp*1-0x81]
pabsd mm1, qword [es:edi]
pabsd mm1, qword [fs:0x20]
pabsd mm1, [eax]
pabsd xmm0, xmm1
pabsd xmm1, xmm1
pabsd xmm4, xmm1
pabsd xmm0, xmm4
pabsd xmm0, oword [eax]
pabsd xmm0, oword [bx+si]
pabsd xmm0, oword [bp+di+0x4]
pabsd xmm0, oword [bp+si+0x1234]
pabsd xmm0, oword [0x12]
pabsd xmm0, [eax]
vpabsd xmm7, xmm0
vpabsd xmm0, xmm0
vpabsd xmm1, xmm0
vpabsd xmm7, xmm1
vpabsd xmm7, oword [eax]
vpabsd xmm7, oword [esp]
vpabsd xmm7, oword [esp+0x8]
vpabsd xmm7, oword [ebp]
vpabsd xmm7, oword [ebp-0x4]
vpabsd xmm7, [eax]
vpabsd ymm4, ymm7
vpabsd ymm7, ymm7
vpabsd ymm0, ymm7
vpabsd ymm4, ymm0
vpabsd ymm4, yword [eax]
vpabsd ymm4, yword [edi*8+0x1000]
vpabsd ymm4, yword [0x12345678]
vpabsd ymm4, yword [esi+0x80]
vpabsd ymm4, yword [esp+ebp*1-0x81]
vpabsd ymm4, [eax]
pmovsxbw xmm7, xmm0
pmovsxbw xmm0, xmm0
pmovsxbw xmm1, xmm0
pmovsxbw xmm7, xmm1
pmovsxbw xmm7, qword [eax]
pmovsxbw xmm7, qword [esp+ebp*1-0x81]
pmovsxbw xmm7, qword [es:edi]
pmovsxbw xmm7, qword [fs:0x20]
pmovsxbw xmm7, qword [gs:ebx+ecx*8+0x100]
pmovsxbw xmm7, [eax]
vpmovsxbw xmm4, xmm7
vpmovsxbw xmm7, xmm7
vpmovsxbw xmm0, xmm7
vpmovsxbw xmm4, xmm0
vpmovsxbw xmm4, qword [eax]
vpmovsxbw xmm4, qword [bp+di+0x4]
vpmovsxbw xmm4, qword [bp+si+0x1234]
vpmovsxbw xmm4, qword [0x12]
vpmovsxbw xmm4, qword [ebx+0x7f]
vpmovsxbw xmm4, [eax]
vpmovsxbw ymm1, xmm4
vpmovsxbw ymm4, xmm4
vpmovsxbw ymm7, xmm4
vpmovsxbw ymm1, xmm7
vpmovsxbw ymm1, oword [eax]
vpmovsxbw ymm1, oword [esp+0x8]
vpmovsxbw ymm1, oword [ebp]
vpmovsxbw ymm1, oword [ebp-0x4]
vpmovsxbw ymm1, oword [eax+ebx]
vpmovsxbw ymm1, [eax]
pmovsxbd xmm4, xmm7
pmovsxbd xmm7, xmm7
pmovsxbd xmm0, xmm7
pmovsxbd xmm4, xmm0
pmovsxbd xmm4, dword [eax]
pmovsxbd xmm4, dword [eax+ebx]
pmovsxbd xmm4, dword [eax+ecx*2]
pmovsxbd xmm4, dword [ebx+esi*4+0x10]
pmovsxbd xmm4, dword [edi*8+0x1000]
pmovsxbd xmm4, [eax]
vpmovsxbd xmm1, xmm4
vpmovsxbd xmm4, xmm4
vpmovsxbd xmm7, xmm4
vpmovsxbd xmm1, xmm7
vpmovsxbd xmm1, dword [eax]
vpmovsxbd xmm1, dword [es:edi]
vpmovsxbd xmm1, dword [fs:0x20]
vpmovsxbd xmm1, dword [gs:ebx+ecx*8+0x100]
vpmovsxbd xmm1, dword [ss:ebp+0x10]
vpmovsxbd xmm1, [eax]
vpmovsxbd ymm0, xmm1
vpmovsxbd ymm1, xmm1
vpmovsxbd ymm4, xmm1
vpmovsxbd ymm0, xmm4
vpmovsxbd ymm0, qword [eax]
vpmovsxbd ymm0, qword [bp+si+0x1234]
vpmovsxbd ymm0, qword [0x12]
vpmovsxbd ymm0, qword [ebx+0x7f]
vpmovsxbd ymm0, qword [ecx-0x80]
vpmovsxbd ymm0, [eax]
pmovsxbq xmm1, xmm4
pmovsxbq xmm4, xmm4
pmovsxbq xmm7, xmm4
pmovsxbq xmm1, xmm7
pmovsxbq xmm1, word [eax]
pmovsxbq xmm1, word [ecx-0x80]
pmovsxbq xmm1, word [edx+0x12345678]
pmovsxbq xmm1, word [esp]
pmovsxbq xmm1, word [esp+0x8]
pmovsxbq xmm1, [eax]
vpmovsxbq xmm0, xmm1
vpmovsxbq xmm1, xmm1
vpmovsxbq xmm4, xmm1
vpmovsxbq xmm0, xmm4
vpmovsxbq xmm0, word [eax]
vpmovsxbq xmm0, word [eax+ecx*2]
vpmovsxbq xmm0, word [ebx+esi*4+0x10]
vpmovsxbq xmm0, word [edi*8+0x1000]
vpmovsxbq xmm0, word [0x12345678]
vpmovsxbq xmm0, [eax]
vpmovsxbq ymm7, xmm0
vpmovsxbq ymm0, xmm0
vpmovsxbq ymm1, xmm0
vpmovsxbq ymm7, xmm1
vpmovsxbq ymm7, dword [eax]
vpmovsxbq ymm7, dword [fs:0x20]
vpmovsxbq ymm7, dword [gs:ebx+ecx*8+0x100]
vpmovsxbq ymm7, dword [ss:ebp+0x10]
vpmovsxbq ymm7, dword [cs:eax]
vpmovsxbq ymm7, [eax]
pmovsxwd xmm0, xmm1
pmovsxwd xmm1, xmm1
pmovsxwd xmm4, xmm1
pmovsxwd xmm0, xmm4
pmovsxwd xmm0, qword [eax]
pmovsxwd xmm0, qword [cs:eax]
pmovsxwd xmm0, qword [bx+si]
pmovsxwd xmm0, qword [bp+di+0x4]
pmovsxwd xmm0, qword [bp+si+0x1234]
pmovsxwd xmm0, [eax]
vpmovsxwd xmm7, xmm0
vpmovsxwd xmm0, xmm0
vpmovsxwd xmm1, xmm0
vpmovsxwd xmm7, xmm1
vpmovsxwd xmm7, qword [eax]
vpmovsxwd xmm7, qword [edx+0x12345678]
vpmovsxwd xmm7, qword [esp]
vpmovsxwd xmm7, qword [esp+0x8]
vpmovsxwd xmm7, qword [ebp]
vpmovsxwd xmm7, [eax]
vpmovsxwd ymm4, xmm7
vpmovsxwd ymm7, xmm7
vpmovsxwd ymm0, xmm7
vpmovsxwd ymm4, xmm0
vpmovsxwd ymm4, oword [eax]
vpmovsxwd ymm4, oword [ebx+esi*4+0x10]
vpmovsxwd ymm4, oword [edi*8+0x1000]
vpmovsxwd ymm4, oword [0x12345678]
vpmovsxwd ymm4, oword [esi+0x80]
vpmovsxwd ymm4, [eax]
pmovsxwq xmm7, xmm0
pmovsxwq xmm0, xmm0
pmovsxwq xmm1, xmm0
pmovsxwq xmm7, xmm1
pmovsxwq xmm7, dword [eax]
pmovsxwq xmm7, dword [esi+0x80]
pmovsxwq xmm7, dword [esp+ebp*1-0x81]
pmovsxwq xmm7, dword [es:edi]
pmovsxwq xmm7, dword [fs:0x20]
pmovsxwq xmm7, [eax]
vpmovsxwq xmm4, xmm7
vpmovsxwq xmm7, xmm7
vpmovsxwq xmm0, xmm7
vpmovsxwq xmm4, xmm0
vpmovsxwq xmm4, dword [eax]
vpmovsxwq xmm4, dword [bx+si]
vpmovsxwq xmm4, dword [bp+di+0x4]
vpmovsxwq xmm4, dword [bp+si+0x1234]
vpmovsxwq xmm4, dword [0x12]
vpmovsxwq xmm4, [eax]
vpmovsxwq ymm1, xmm4
vpmovsxwq ymm4, xmm4
vpmovsxwq ymm7, xmm4
vpmovsxwq ymm1, xmm7
vpmovsxwq ymm1, qword [eax]
vpmovsxwq ymm1, qword [esp]
vpmovsxwq ymm1, qword [esp+0x8]
vpmovsxwq ymm1, qword [ebp]
vpmovsxwq ymm1, qword [ebp-0x4]
vpmovsxwq ymm1, [eax]
pmovsxdq xmm4, xmm7
pmovsxdq xmm7, xmm7
pmovsxdq xmm0, xmm7
pmovsxdq xmm4, xmm0
pmovsxdq xmm4, qword [eax]
pmovsxdq xmm4, qword [ebp-0x4]
pmovsxdq xmm4, qword [eax+ebx]
pmovsxdq xmm4, qword [eax+ecx*2]
pmovsxdq xmm4, qword [ebx+esi*4+0x10]
pmovsxdq xmm4, [eax]
vpmovsxdq xmm1, xmm4
vpmovsxdq xmm4, xmm4
vpmovsxdq xmm7, xmm4
vpmovsxdq xmm1, xmm7
vpmovsxdq xmm1, qword [eax]
vpmovsxdq xmm1, qword [esp+ebp*1-0x81]
vpmovsxdq xmm1, qword [es:edi]
vpmovsxdq xmm1, qword [fs:0x20]
vpmovsxdq xmm1, qword [gs:ebx+ecx*8+0x100]
vpmovsxdq xmm1, [eax]
vpmovsxdq ymm0, xmm1
vpmovsxdq ymm1, xmm1
vpmovsxdq ymm4, xmm1
vpmovsxdq ymm0, xmm4
vpmovsxdq ymm0, oword [eax]
vpmovsxdq ymm0, oword [bp+di+0x4]
vpmovsxdq ymm0, oword [bp+si+0x1234]
vpmovsxdq ymm0, oword [0x12]
vpmovsxdq ymm0, oword [ebx+0x7f]
vpmovsxdq ymm0, [eax]
pmuldq xmm1, xmm4
pmuldq xmm4, xmm4
pmuldq xmm7, xmm4
pmuldq xmm1, xmm7
pmuldq xmm1, oword [eax]
pmuldq xmm1, oword [eax+ebx]
pmuldq xmm1, oword [eax+ecx*2]
pmuldq xmm1, oword [ebx+esi*4+0x10]
pmuldq xmm1, oword [edi*8+0x1000]
pmuldq xmm1, [eax]
vpmuldq xmm0, xmm1, xmm4
vpmuldq xmm1, xmm1, xmm4
vpmuldq xmm4, xmm1, xmm4
vpmuldq xmm0, xmm4, xmm4
vpmuldq xmm0, xmm7, xmm4
vpmuldq xmm0, xmm1, xmm7
vpmuldq xmm0, xmm1, oword [eax]
vpmuldq xmm0, xmm1, oword [es:edi]
vpmuldq xmm0, xmm1, oword [fs:0x20]
vpmuldq xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vpmuldq xmm0, xmm1, oword [ss:ebp+0x10]
vpmuldq xmm0, xmm1, [eax]
vpmuldq ymm7, ymm0, ymm1
vpmuldq ymm0, ymm0, ymm1
vpmuldq ymm1, ymm0, ymm1
vpmuldq ymm7, ymm1, ymm1
vpmuldq ymm7, ymm4, ymm1
vpmuldq ymm7, ymm0, ymm4
vpmuldq ymm7, ymm0, yword [eax]
vpmuldq ymm7, ymm0, yword [bp+si+0x1234]
vpmuldq ymm7, ymm0, yword [0x12]
vpmuldq ymm7, ymm0, yword [ebx+0x7f]
vpmuldq ymm7, ymm0, yword [ecx-0x80]
vpmuldq ymm7, ymm0, [eax]
pcmpeqq xmm1, xmm4
pcmpeqq xmm4, xmm4
pcmpeqq xmm7, xmm4
pcmpeqq xmm1, xmm7
pcmpeqq xmm1, oword [eax]
pcmpeqq xmm1, oword [0x12]
pcmpeqq xmm1, oword [ebx+0x7f]
pcmpeqq xmm1, oword [ecx-0x80]
pcmpeqq xmm1, oword [edx+0x12345678]
pcmpeqq xmm1, [eax]
vpcmpeqq xmm0, xmm1, xmm4
vpcmpeqq xmm1, xmm1, xmm4
vpcmpeqq xmm4, xmm1, xmm4
vpcmpeqq xmm0, xmm4, xmm4
vpcmpeqq xmm0, xmm7, xmm4
vpcmpeqq xmm0, xmm1, xmm7
vpcmpeqq xmm0, xmm1, oword [eax]
vpcmpeqq xmm0, xmm1, oword [ebp-0x4]
vpcmpeqq xmm0, xmm1, oword [eax+ebx]
vpcmpeqq xmm0, xmm1, oword [eax+ecx*2]
vpcmpeqq xmm0, xmm1, oword [ebx+esi*4+0x10]
vpcmpeqq xmm0, xmm1, [eax]
vpcmpeqq ymm7, ymm0, ymm1
vpcmpeqq ymm0, ymm0, ymm1
vpcmpeqq ymm1, ymm0, ymm1
vpcmpeqq ymm7, ymm1, ymm1
vpcmpeqq ymm7, ymm4, ymm1
vpcmpeqq ymm7, ymm0, ymm4
vpcmpeqq ymm7, ymm0, yword [eax]
vpcmpeqq ymm7, ymm0, yword [esp+ebp*1-0x81]
vpcmpeqq ymm7, ymm0, yword [es:edi]
vpcmpeqq ymm7, ymm0, yword [fs:0x20]
vpcmpeqq ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vpcmpeqq ymm7, ymm0, [eax]
movntdqa xmm1, oword [eax]
movntdqa xmm4, oword [eax]
movntdqa xmm7, oword [eax]
movntdqa xmm1, oword [es:edi]
movntdqa xmm1, oword [fs:0x20]
movntdqa xmm1, oword [gs:ebx+ecx*8+0x100]
movntdqa xmm1, oword [ss:ebp+0x10]
movntdqa xmm1, [eax]
vmovntdqa xmm0, oword [eax]
vmovntdqa xmm1, oword [eax]
vmovntdqa xmm4, oword [eax]
vmovntdqa xmm0, oword [bp+si+0x1234]
vmovntdqa xmm0, oword [0x12]
vmovntdqa xmm0, oword [ebx+0x7f]
vmovntdqa xmm0, oword [ecx-0x80]
vmovntdqa xmm0, [eax]
vmovntdqa ymm7, yword [eax]
vmovntdqa ymm0, yword [eax]
vmovntdqa ymm1, yword [eax]
vmovntdqa ymm7, yword [ebp]
vmovntdqa ymm7, yword [ebp-0x4]
vmovntdqa ymm7, yword [eax+ebx]
vmovntdqa ymm7, yword [eax+ecx*2]
vmovntdqa ymm7, [eax]
packusdw xmm0, xmm1
packusdw xmm1, xmm1
packusdw xmm4, xmm1
packusdw xmm0, xmm4
packusdw xmm0, oword [eax]
packusdw xmm0, oword [eax+ecx*2]
packusdw xmm0, oword [ebx+esi*4+0x10]
packusdw xmm0, oword [edi*8+0x1000]
packusdw xmm0, oword [0x12345678]
packusdw xmm0, [eax]
vpackusdw xmm7, xmm0, xmm1
vpackusdw xmm0, xmm0, xmm1
vpackusdw xmm1, xmm0, xmm1
vpackusdw xmm7, xmm1, xmm1
vpackusdw xmm7, xmm4, xmm1
vpackusdw xmm7, xmm0, xmm4
vpackusdw xmm7, xmm0, oword [eax]
vpackusdw xmm7, xmm0, oword [fs:0x20]
vpackusdw xmm7, xmm0, oword [gs:ebx+ecx*8+0x100]
vpackusdw xmm7, xmm0, oword [ss:ebp+0x10]
vpackusdw xmm7, xmm0, oword [cs:eax]
vpackusdw xmm7, xmm0, [eax]
vpackusdw ymm4, ymm7, ymm0
vpackusdw ymm7, ymm7, ymm0
vpackusdw ymm0, ymm7, ymm0
vpackusdw ymm4, ymm0, ymm0
vpackusdw ymm4, ymm1, ymm0
vpackusdw ymm4, ymm7, ymm1
vpackusdw ymm4, ymm7, yword [eax]
vpackusdw ymm4, ymm7, yword [0x12]
vpackusdw ymm4, ymm7, yword [ebx+0x7f]
vpackusdw ymm4, ymm7, yword [ecx-0x80]
vpackusdw ymm4, ymm7, yword [edx+0x12345678]
vpackusdw ymm4, ymm7, [eax]
vmaskmovps xmm4, xmm7, oword [eax]
vmaskmovps xmm7, xmm7, oword [eax]
vmaskmovps xmm0, xmm7, oword [eax]
vmaskmovps xmm4, xmm0, oword [eax]
vmaskmovps xmm4, xmm1, oword [eax]
vmaskmovps xmm4, xmm7, oword [esp+0x8]
vmaskmovps xmm4, xmm7, oword [ebp]
vmaskmovps xmm4, xmm7, oword [ebp-0x4]
vmaskmovps xmm4, xmm7, oword [eax+ebx]
vmaskmovps xmm4, xmm7, [eax]
vmaskmovps ymm1, ymm4, yword [eax]
vmaskmovps ymm4, ymm4, yword [eax]
vmaskmovps ymm7, ymm4, yword [eax]
vmaskmovps ymm1, ymm7, yword [eax]
vmaskmovps ymm1, ymm0, yword [eax]
vmaskmovps ymm1, ymm4, yword [0x12345678]
vmaskmovps ymm1, ymm4, yword [esi+0x80]
vmaskmovps ymm1, ymm4, yword [esp+ebp*1-0x81]
vmaskmovps ymm1, ymm4, yword [es:edi]
vmaskmovps ymm1, ymm4, [eax]
vmaskmovpd xmm4, xmm7, oword [eax]
vmaskmovpd xmm7, xmm7, oword [eax]
vmaskmovpd xmm0, xmm7, oword [eax]
vmaskmovpd xmm4, xmm0, oword [eax]
vmaskmovpd xmm4, xmm1, oword [eax]
vmaskmovpd xmm4, xmm7, oword [es:edi]
vmaskmovpd xmm4, xmm7, oword [fs:0x20]
vmaskmovpd xmm4, xmm7, oword [gs:ebx+ecx*8+0x100]
vmaskmovpd xmm4, xmm7, oword [ss:ebp+0x10]
vmaskmovpd xmm4, xmm7, [eax]
vmaskmovpd ymm1, ymm4, yword [eax]
vmaskmovpd ymm4, ymm4, yword [eax]
vmaskmovpd ymm7, ymm4, yword [eax]
vmaskmovpd ymm1, ymm7, yword [eax]
vmaskmovpd ymm1, ymm0, yword [eax]
vmaskmovpd ymm1, ymm4, yword [bp+si+0x1234]
vmaskmovpd ymm1, ymm4, yword [0x12]
vmaskmovpd ymm1, ymm4, yword [ebx+0x7f]
vmaskmovpd ymm1, ymm4, yword [ecx-0x80]
vmaskmovpd ymm1, ymm4, [eax]
vmaskmovps oword [eax], xmm7, xmm0
vmaskmovps oword [bx+si], xmm7, xmm0
vmaskmovps oword [bp+di+0x4], xmm7, xmm0
vmaskmovps oword [bp+si+0x1234], xmm7, xmm0
vmaskmovps oword [0x12], xmm7, xmm0
vmaskmovps [eax], xmm7, xmm0
vmaskmovps oword [eax], xmm0, xmm0
vmaskmovps oword [eax], xmm1, xmm0
vmaskmovps oword [eax], xmm7, xmm1
vmaskmovps oword [eax], xmm7, xmm4
vmaskmovps yword [eax], ymm4, ymm7
vmaskmovps yword [esp], ymm4, ymm7
vmaskmovps yword [esp+0x8], ymm4, ymm7
vmaskmovps yword [ebp], ymm4, ymm7
vmaskmovps yword [ebp-0x4], ymm4, ymm7
vmaskmovps [eax], ymm4, ymm7
vmaskmovps yword [eax], ymm7, ymm7
vmaskmovps yword [eax], ymm0, ymm7
vmaskmovps yword [eax], ymm4, ymm0
vmaskmovps yword [eax], ymm4, ymm1
vmaskmovpd oword [eax], xmm1, xmm4
vmaskmovpd oword [edi*8+0x1000], xmm1, xmm4
vmaskmovpd oword [0x12345678], xmm1, xmm4
vmaskmovpd oword [esi+0x80], xmm1, xmm4
vmaskmovpd oword [esp+ebp*1-0x81], xmm1, xmm4
vmaskmovpd [eax], xmm1, xmm4
vmaskmovpd oword [eax], xmm4, xmm4
vmaskmovpd oword [eax], xmm7, xmm4
vmaskmovpd oword [eax], xmm1, xmm7
vmaskmovpd oword [eax], xmm1, xmm0
vmaskmovpd yword [eax], ymm0, ymm1
vmaskmovpd yword [ss:ebp+0x10], ymm0, ymm1
vmaskmovpd yword [cs:eax], ymm0, ymm1
vmaskmovpd yword [bx+si], ymm0, ymm1
vmaskmovpd yword [bp+di+0x4], ymm0, ymm1
vmaskmovpd [eax], ymm0, ymm1
vmaskmovpd yword [eax], ymm1, ymm1
vmaskmovpd yword [eax], ymm4, ymm1
vmaskmovpd yword [eax], ymm0, ymm4
vmaskmovpd yword [eax], ymm0, ymm7
pmovzxbw xmm4, xmm7
pmovzxbw xmm7, xmm7
pmovzxbw xmm0, xmm7
pmovzxbw xmm4, xmm0
pmovzxbw xmm4, qword [eax]
pmovzxbw xmm4, qword [ecx-0x80]
pmovzxbw xmm4, qword [edx+0x12345678]
pmovzxbw xmm4, qword [esp]
pmovzxbw xmm4, qword [esp+0x8]
pmovzxbw xmm4, [eax]
vpmovzxbw xmm1, xmm4
vpmovzxbw xmm4, xmm4
vpmovzxbw xmm7, xmm4
vpmovzxbw xmm1, xmm7
vpmovzxbw xmm1, qword [eax]
vpmovzxbw xmm1, qword [eax+ecx*2]
vpmovzxbw xmm1, qword [ebx+esi*4+0x10]
vpmovzxbw xmm1, qword [edi*8+0x1000]
vpmovzxbw xmm1, qword [0x12345678]
vpmovzxbw xmm1, [eax]
vpmovzxbw ymm0, xmm1
vpmovzxbw ymm1, xmm1
vpmovzxbw ymm4, xmm1
vpmovzxbw ymm0, xmm4
vpmovzxbw ymm0, oword [eax]
vpmovzxbw ymm0, oword [fs:0x20]
vpmovzxbw ymm0, oword [gs:ebx+ecx*8+0x100]
vpmovzxbw ymm0, oword [ss:ebp+0x10]
vpmovzxbw ymm0, oword [cs:eax]
vpmovzxbw ymm0, [eax]
pmovzxbd xmm1, xmm4
pmovzxbd xmm4, xmm4
pmovzxbd xmm7, xmm4
pmovzxbd xmm1, xmm7
pmovzxbd xmm1, dword [eax]
pmovzxbd xmm1, dword [cs:eax]
pmovzxbd xmm1, dword [bx+si]
pmovzxbd xmm1, dword [bp+di+0x4]
pmovzxbd xmm1, dword [bp+si+0x1234]
pmovzxbd xmm1, [eax]
vpmovzxbd xmm0, xmm1
vpmovzxbd xmm1, xmm1
vpmovzxbd xmm4, xmm1
vpmovzxbd xmm0, xmm4
vpmovzxbd xmm0, dword [eax]
vpmovzxbd xmm0, dword [edx+0x12345678]
vpmovzxbd xmm0, dword [esp]
vpmovzxbd xmm0, dword [esp+0x8]
vpmovzxbd xmm0, dword [ebp]
vpmovzxbd xmm0, [eax]
vpmovzxbd ymm7, xmm0
vpmovzxbd ymm0, xmm0
vpmovzxbd ymm1, xmm0
vpmovzxbd ymm7, xmm1
vpmovzxbd ymm7, qword [eax]
vpmovzxbd ymm7, qword [ebx+esi*4+0x10]
vpmovzxbd ymm7, qword [edi*8+0x1000]
vpmovzxbd ymm7, qword [0x12345678]
vpmovzxbd ymm7, qword [esi+0x80]
vpmovzxbd ymm7, [eax]
pmovzxbq xmm0, xmm1
pmovzxbq xmm1, xmm1
pmovzxbq xmm4, xmm1
pmovzxbq xmm0, xmm4
pmovzxbq xmm0, word [eax]
pmovzxbq xmm0, word [esi+0x80]
pmovzxbq xmm0, word [esp+ebp*1-0x81]
pmovzxbq xmm0, word [es:edi]
pmovzxbq xmm0, word [fs:0x20]
pmovzxbq xmm0, [eax]
vpmovzxbq xmm7, xmm0
vpmovzxbq xmm0, xmm0
vpmovzxbq xmm1, xmm0
vpmovzxbq xmm7, xmm1
vpmovzxbq xmm7, word [eax]
vpmovzxbq xmm7, word [bx+si]
vpmovzxbq xmm7, word [bp+di+0x4]
vpmovzxbq xmm7, word [bp+si+0x1234]
vpmovzxbq xmm7, word [0x12]
vpmovzxbq xmm7, [eax]
vpmovzxbq ymm4, xmm7
vpmovzxbq ymm7, xmm7
vpmovzxbq ymm0, xmm7
vpmovzxbq ymm4, xmm0
vpmovzxbq ymm4, dword [eax]
vpmovzxbq ymm4, dword [esp]
vpmovzxbq ymm4, dword [esp+0x8]
vpmovzxbq ymm4, dword [ebp]
vpmovzxbq ymm4, dword [ebp-0x4]
vpmovzxbq ymm4, [eax]
pmovzxwd xmm7, xmm0
pmovzxwd xmm0, xmm0
pmovzxwd xmm1, xmm0
pmovzxwd xmm7, xmm1
pmovzxwd xmm7, qword [eax]
pmovzxwd xmm7, qword [ebp-0x4]
pmovzxwd xmm7, qword [eax+ebx]
pmovzxwd xmm7, qword [eax+ecx*2]
pmovzxwd xmm7, qword [ebx+esi*4+0x10]
pmovzxwd xmm7, [eax]
vpmovzxwd xmm4, xmm7
vpmovzxwd xmm7, xmm7
vpmovzxwd xmm0, xmm7
vpmovzxwd xmm4, xmm0
vpmovzxwd xmm4, qword [eax]
vpmovzxwd xmm4, qword [esp+ebp*1-0x81]
vpmovzxwd xmm4, qword [es:edi]
vpmovzxwd xmm4, qword [fs:0x20]
vpmovzxwd xmm4, qword [gs:ebx+ecx*8+0x100]
vpmovzxwd xmm4, [eax]
vpmovzxwd ymm1, xmm4
vpmovzxwd ymm4, xmm4
vpmovzxwd ymm7, xmm4
vpmovzxwd ymm1, xmm7
vpmovzxwd ymm1, oword [eax]
vpmovzxwd ymm1, oword [bp+di+0x4]
vpmovzxwd ymm1, oword [bp+si+0x1234]
vpmovzxwd ymm1, oword [0x12]
vpmovzxwd ymm1, oword [ebx+0x7f]
vpmovzxwd ymm1, [eax]
pmovzxwq xmm4, xmm7
pmovzxwq xmm7, xmm7
pmovzxwq xmm0, xmm7
pmovzxwq xmm4, xmm0
pmovzxwq xmm4, dword [eax]
pmovzxwq xmm4, dword [ebx+0x7f]
pmovzxwq xmm4, dword [ecx-0x80]
pmovzxwq xmm4, dword [edx+0x12345678]
pmovzxwq xmm4, dword [esp]
pmovzxwq xmm4, [eax]
vpmovzxwq xmm1, xmm4
vpmovzxwq xmm4, xmm4
vpmovzxwq xmm7, xmm4
vpmovzxwq xmm1, xmm7
vpmovzxwq xmm1, dword [eax]
vpmovzxwq xmm1, dword [eax+ebx]
vpmovzxwq xmm1, dword [eax+ecx*2]
vpmovzxwq xmm1, dword [ebx+esi*4+0x10]
vpmovzxwq xmm1, dword [edi*8+0x1000]
vpmovzxwq xmm1, [eax]
vpmovzxwq ymm0, xmm1
vpmovzxwq ymm1, xmm1
vpmovzxwq ymm4, xmm1
vpmovzxwq ymm0, xmm4
vpmovzxwq ymm0, qword [eax]
vpmovzxwq ymm0, qword [es:edi]
vpmovzxwq ymm0, qword [fs:0x20]
vpmovzxwq ymm0, qword [gs:ebx+ecx*8+0x100]
vpmovzxwq ymm0, qword [ss:ebp+0x10]
vpmovzxwq ymm0, [eax]
pmovzxdq xmm1, xmm4
pmovzxdq xmm4, xmm4
pmovzxdq xmm7, xmm4
pmovzxdq xmm1, xmm7
pmovzxdq xmm1, qword [eax]
pmovzxdq xmm1, qword [ss:ebp+0x10]
pmovzxdq xmm1, qword [cs:eax]
pmovzxdq xmm1, qword [bx+si]
pmovzxdq xmm1, qword [bp+di+0x4]
pmovzxdq xmm1, [eax]
vpmovzxdq xmm0, xmm1
vpmovzxdq xmm1, xmm1
vpmovzxdq xmm4, xmm1
vpmovzxdq xmm0, xmm4
vpmovzxdq xmm0, qword [eax]
vpmovzxdq xmm0, qword [ecx-0x80]
vpmovzxdq xmm0, qword [edx+0x12345678]
vpmovzxdq xmm0, qword [esp]
vpmovzxdq xmm0, qword [esp+0x8]
vpmovzxdq xmm0, [eax]
vpmovzxdq ymm7, xmm0
vpmovzxdq ymm0, xmm0
vpmovzxdq ymm1, xmm0
vpmovzxdq ymm7, xmm1
vpmovzxdq ymm7, oword [eax]
vpmovzxdq ymm7, oword [eax+ecx*2]
vpmovzxdq ymm7, oword [ebx+esi*4+0x10]
vpmovzxdq ymm7, oword [edi*8+0x1000]
vpmovzxdq ymm7, oword [0x12345678]
vpmovzxdq ymm7, [eax]
vpermd ymm0, ymm1, ymm4
vpermd ymm1, ymm1, ymm4
vpermd ymm4, ymm1, ymm4
vpermd ymm0, ymm4, ymm4
vpermd ymm0, ymm7, ymm4
vpermd ymm0, ymm1, ymm7
vpermd ymm0, ymm1, yword [eax]
vpermd ymm0, ymm1, yword [0x12345678]
vpermd ymm0, ymm1, yword [esi+0x80]
vpermd ymm0, ymm1, yword [esp+ebp*1-0x81]
vpermd ymm0, ymm1, yword [es:edi]
vpermd ymm0, ymm1, [eax]
pcmpgtq xmm7, xmm0
pcmpgtq xmm0, xmm0
pcmpgtq xmm1, xmm0
pcmpgtq xmm7, xmm1
pcmpgtq xmm7, oword [eax]
pcmpgtq xmm7, oword [ebx+0x7f]
pcmpgtq xmm7, oword [ecx-0x80]
pcmpgtq xmm7, oword [edx+0x12345678]
pcmpgtq xmm7, oword [esp]
pcmpgtq xmm7, [eax]
vpcmpgtq xmm4, xmm7, xmm0
vpcmpgtq xmm7, xmm7, xmm0
vpcmpgtq xmm0, xmm7, xmm0
vpcmpgtq xmm4, xmm0, xmm0
vpcmpgtq xmm4, xmm1, xmm0
vpcmpgtq xmm4, xmm7, xmm1
vpcmpgtq xmm4, xmm7, oword [eax]
vpcmpgtq xmm4, xmm7, oword [eax+ebx]
vpcmpgtq xmm4, xmm7, oword [eax+ecx*2]
vpcmpgtq xmm4, xmm7, oword [ebx+esi*4+0x10]
vpcmpgtq xmm4, xmm7, oword [edi*8+0x1000]
vpcmpgtq xmm4, xmm7, [eax]
vpcmpgtq ymm1, ymm4, ymm7
vpcmpgtq ymm4, ymm4, ymm7
vpcmpgtq ymm7, ymm4, ymm7
vpcmpgtq ymm1, ymm7, ymm7
vpcmpgtq ymm1, ymm0, ymm7
vpcmpgtq ymm1, ymm4, ymm0
vpcmpgtq ymm1, ymm4, yword [eax]
vpcmpgtq ymm1, ymm4, yword [es:edi]
vpcmpgtq ymm1, ymm4, yword [fs:0x20]
vpcmpgtq ymm1, ymm4, yword [gs:ebx+ecx*8+0x100]
vpcmpgtq ymm1, ymm4, yword [ss:ebp+0x10]
vpcmpgtq ymm1, ymm4, [eax]
pminsb xmm1, xmm4
pminsb xmm4, xmm4
pminsb xmm7, xmm4
pminsb xmm1, xmm7
pminsb xmm1, oword [eax]
pminsb xmm1, oword [bx+si]
pminsb xmm1, oword [bp+di+0x4]
pminsb xmm1, oword [bp+si+0x1234]
pminsb xmm1, oword [0x12]
pminsb xmm1, [eax]
vpminsb xmm0, xmm1, xmm4
vpminsb xmm1, xmm1, xmm4
vpminsb xmm4, xmm1, xmm4
vpminsb xmm0, xmm4, xmm4
vpminsb xmm0, xmm7, xmm4
vpminsb xmm0, xmm1, xmm7
vpminsb xmm0, xmm1, oword [eax]
vpminsb xmm0, xmm1, oword [esp]
vpminsb xmm0, xmm1, oword [esp+0x8]
vpminsb xmm0, xmm1, oword [ebp]
vpminsb xmm0, xmm1, oword [ebp-0x4]
vpminsb xmm0, xmm1, [eax]
vpminsb ymm7, ymm0, ymm1
vpminsb ymm0, ymm0, ymm1
vpminsb ymm1, ymm0, ymm1
vpminsb ymm7, ymm1, ymm1
vpminsb ymm7, ymm4, ymm1
vpminsb ymm7, ymm0, ymm4
vpminsb ymm7, ymm0, yword [eax]
vpminsb ymm7, ymm0, yword [edi*8+0x1000]
vpminsb ymm7, ymm0, yword [0x12345678]
vpminsb ymm7, ymm0, yword [esi+0x80]
vpminsb ymm7, ymm0, yword [esp+ebp*1-0x81]
vpminsb ymm7, ymm0, [eax]
pminsd xmm1, xmm4
pminsd xmm4, xmm4
pminsd xmm7, xmm4
pminsd xmm1, xmm7
pminsd xmm1, oword [eax]
pminsd xmm1, oword [0x12345678]
pminsd xmm1, oword [esi+0x80]
pminsd xmm1, oword [esp+ebp*1-0x81]
pminsd xmm1, oword [es:edi]
pminsd xmm1, [eax]
vpminsd xmm0, xmm1, xmm4
vpminsd xmm1, xmm1, xmm4
vpminsd xmm4, xmm1, xmm4
vpminsd xmm0, xmm4, xmm4
vpminsd xmm0, xmm7, xmm4
vpminsd xmm0, xmm1, xmm7
vpminsd xmm0, xmm1, oword [eax]
vpminsd xmm0, xmm1, oword [cs:eax]
vpminsd xmm0, xmm1, oword [bx+si]
vpminsd xmm0, xmm1, oword [bp+di+0x4]
vpminsd xmm0, xmm1, oword [bp+si+0x1234]
vpminsd xmm0, xmm1, [eax]
vpminsd ymm7, ymm0, ymm1
vpminsd ymm0, ymm0, ymm1
vpminsd ymm1, ymm0, ymm1
vpminsd ymm7, ymm1, ymm1
vpminsd ymm7, ymm4, ymm1
vpminsd ymm7, ymm0, ymm4
vpminsd ymm7, ymm0, yword [eax]
vpminsd ymm7, ymm0, yword [edx+0x12345678]
vpminsd ymm7, ymm0, yword [esp]
vpminsd ymm7, ymm0, yword [esp+0x8]
vpminsd ymm7, ymm0, yword [ebp]
vpminsd ymm7, ymm0, [eax]
pminuw xmm4, xmm7
pminuw xmm7, xmm7
pminuw xmm0, xmm7
pminuw xmm4, xmm0
pminuw xmm4, oword [eax]
pminuw xmm4, oword [ecx-0x80]
pminuw xmm4, oword [edx+0x12345678]
pminuw xmm4, oword [esp]
pminuw xmm4, oword [esp+0x8]
pminuw xmm4, [eax]
vpminuw xmm1, xmm4, xmm7
vpminuw xmm4, xmm4, xmm7
vpminuw xmm7, xmm4, xmm7
vpminuw xmm1, xmm7, xmm7
vpminuw xmm1, xmm0, xmm7
vpminuw xmm1, xmm4, xmm0
vpminuw xmm1, xmm4, oword [eax]
vpminuw xmm1, xmm4, oword [eax+ecx*2]
vpminuw xmm1, xmm4, oword [ebx+esi*4+0x10]
vpminuw xmm1, xmm4, oword [edi*8+0x1000]
vpminuw xmm1, xmm4, oword [0x12345678]
vpminuw xmm1, xmm4, [eax]
vpminuw ymm0, ymm1, ymm4
vpminuw ymm1, ymm1, ymm4
vpminuw ymm4, ymm1, ymm4
vpminuw ymm0, ymm4, ymm4
vpminuw ymm0, ymm7, ymm4
vpminuw ymm0, ymm1, ymm7
vpminuw ymm0, ymm1, yword [eax]
vpminuw ymm0, ymm1, yword [fs:0x20]
vpminuw ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vpminuw ymm0, ymm1, yword [ss:ebp+0x10]
vpminuw ymm0, ymm1, yword [cs:eax]
vpminuw ymm0, ymm1, [eax]
pminud xmm1, xmm4
pminud xmm4, xmm4
pminud xmm7, xmm4
pminud xmm1, xmm7
pminud xmm1, oword [eax]
pminud xmm1, oword [cs:eax]
pminud xmm1, oword [bx+si]
pminud xmm1, oword [bp+di+0x4]
pminud xmm1, oword [bp+si+0x1234]
pminud xmm1, [eax]
vpminud xmm0, xmm1, xmm4
vpminud xmm1, xmm1, xmm4
vpminud xmm4, xmm1, xmm4
vpminud xmm0, xmm4, xmm4
vpminud xmm0, xmm7, xmm4
vpminud xmm0, xmm1, xmm7
vpminud xmm0, xmm1, oword [eax]
vpminud xmm0, xmm1, oword [edx+0x12345678]
vpminud xmm0, xmm1, oword [esp]
vpminud xmm0, xmm1, oword [esp+0x8]
vpminud xmm0, xmm1, oword [ebp]
vpminud xmm0, xmm1, [eax]
vpminud ymm7, ymm0, ymm1
vpminud ymm0, ymm0, ymm1
vpminud ymm1, ymm0, ymm1
vpminud ymm7, ymm1, ymm1
vpminud ymm7, ymm4, ymm1
vpminud ymm7, ymm0, ymm4
vpminud ymm7, ymm0, yword [eax]
vpminud ymm7, ymm0, yword [ebx+esi*4+0x10]
vpminud ymm7, ymm0, yword [edi*8+0x1000]
vpminud ymm7, ymm0, yword [0x12345678]
vpminud ymm7, ymm0, yword [esi+0x80]
vpminud ymm7, ymm0, [eax]
pmaxsb xmm0, xmm1
pmaxsb xmm1, xmm1
pmaxsb xmm4, xmm1
pmaxsb xmm0, xmm4
pmaxsb xmm0, oword [eax]
pmaxsb xmm0, oword [esi+0x80]
pmaxsb xmm0, oword [esp+ebp*1-0x81]
pmaxsb xmm0, oword [es:edi]
pmaxsb xmm0, oword [fs:0x20]
pmaxsb xmm0, [eax]
vpmaxsb xmm7, xmm0, xmm1
vpmaxsb xmm0, xmm0, xmm1
vpmaxsb xmm1, xmm0, xmm1
vpmaxsb xmm7, xmm1, xmm1
vpmaxsb xmm7, xmm4, xmm1
vpmaxsb xmm7, xmm0, xmm4
vpmaxsb xmm7, xmm0, oword [eax]
vpmaxsb xmm7, xmm0, oword [bx+si]
vpmaxsb xmm7, xmm0, oword [bp+di+0x4]
vpmaxsb xmm7, xmm0, oword [bp+si+0x1234]
vpmaxsb xmm7, xmm0, oword [0x12]
vpmaxsb xmm7, xmm0, [eax]
vpmaxsb ymm4, ymm7, ymm0
vpmaxsb ymm7, ymm7, ymm0
vpmaxsb ymm0, ymm7, ymm0
vpmaxsb ymm4, ymm0, ymm0
vpmaxsb ymm4, ymm1, ymm0
vpmaxsb ymm4, ymm7, ymm1
vpmaxsb ymm4, ymm7, yword [eax]
vpmaxsb ymm4, ymm7, yword [esp]
vpmaxsb ymm4, ymm7, yword [esp+0x8]
vpmaxsb ymm4, ymm7, yword [ebp]
vpmaxsb ymm4, ymm7, yword [ebp-0x4]
vpmaxsb ymm4, ymm7, [eax]
pmaxsd xmm4, xmm7
pmaxsd xmm7, xmm7
pmaxsd xmm0, xmm7
pmaxsd xmm4, xmm0
pmaxsd xmm4, oword [eax]
pmaxsd xmm4, oword [eax+ecx*2]
pmaxsd xmm4, oword [ebx+esi*4+0x10]
pmaxsd xmm4, oword [edi*8+0x1000]
pmaxsd xmm4, oword [0x12345678]
pmaxsd xmm4, [eax]
vpmaxsd xmm1, xmm4, xmm7
vpmaxsd xmm4, xmm4, xmm7
vpmaxsd xmm7, xmm4, xmm7
vpmaxsd xmm1, xmm7, xmm7
vpmaxsd xmm1, xmm0, xmm7
vpmaxsd xmm1, xmm4, xmm0
vpmaxsd xmm1, xmm4, oword [eax]
vpmaxsd xmm1, xmm4, oword [fs:0x20]
vpmaxsd xmm1, xmm4, oword [gs:ebx+ecx*8+0x100]
vpmaxsd xmm1, xmm4, oword [ss:ebp+0x10]
vpmaxsd xmm1, xmm4, oword [cs:eax]
vpmaxsd xmm1, xmm4, [eax]
vpmaxsd ymm0, ymm1, ymm4
vpmaxsd ymm1, ymm1, ymm4
vpmaxsd ymm4, ymm1, ymm4
vpmaxsd ymm0, ymm4, ymm4
vpmaxsd ymm0, ymm7, ymm4
vpmaxsd ymm0, ymm1, ymm7
vpmaxsd ymm0, ymm1, yword [eax]
vpmaxsd ymm0, ymm1, yword [0x12]
vpmaxsd ymm0, ymm1, yword [ebx+0x7f]
vpmaxsd ymm0, ymm1, yword [ecx-0x80]
vpmaxsd ymm0, ymm1, yword [edx+0x12345678]
vpmaxsd ymm0, ymm1, [eax]
pmaxuw xmm1, xmm4
pmaxuw xmm4, xmm4
pmaxuw xmm7, xmm4
pmaxuw xmm1, xmm7
pmaxuw xmm1, oword [eax]
pmaxuw xmm1, oword [edx+0x12345678]
pmaxuw xmm1, oword [esp]
pmaxuw xmm1, oword [esp+0x8]
pmaxuw xmm1, oword [ebp]
pmaxuw xmm1, [eax]
vpmaxuw xmm0, xmm1, xmm4
vpmaxuw xmm1, xmm1, xmm4
vpmaxuw xmm4, xmm1, xmm4
vpmaxuw xmm0, xmm4, xmm4
vpmaxuw xmm0, xmm7, xmm4
vpmaxuw xmm0, xmm1, xmm7
vpmaxuw xmm0, xmm1, oword [eax]
vpmaxuw xmm0, xmm1, oword [ebx+esi*4+0x10]
vpmaxuw xmm0, xmm1, oword [edi*8+0x1000]
vpmaxuw xmm0, xmm1, oword [0x12345678]
vpmaxuw xmm0, xmm1, oword [esi+0x80]
vpmaxuw xmm0, xmm1, [eax]
vpmaxuw ymm7, ymm0, ymm1
vpmaxuw ymm0, ymm0, ymm1
vpmaxuw ymm1, ymm0, ymm1
vpmaxuw ymm7, ymm1, ymm1
vpmaxuw ymm7, ymm4, ymm1
vpmaxuw ymm7, ymm0, ymm4
vpmaxuw ymm7, ymm0, yword [eax]
vpmaxuw ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vpmaxuw ymm7, ymm0, yword [ss:ebp+0x10]
vpmaxuw ymm7, ymm0, yword [cs:eax]
vpmaxuw ymm7, ymm0, yword [bx+si]
vpmaxuw ymm7, ymm0, [eax]
pmaxud xmm7, xmm0
pmaxud xmm0, xmm0
pmaxud xmm1, xmm0
pmaxud xmm7, xmm1
pmaxud xmm7, oword [eax]
pmaxud xmm7, oword [bp+si+0x1234]
pmaxud xmm7, oword [0x12]
pmaxud xmm7, oword [ebx+0x7f]
pmaxud xmm7, oword [ecx-0x80]
pmaxud xmm7, [eax]
vpmaxud xmm4, xmm7, xmm0
vpmaxud xmm7, xmm7, xmm0
vpmaxud xmm0, xmm7, xmm0
vpmaxud xmm4, xmm0, xmm0
vpmaxud xmm4, xmm1, xmm0
vpmaxud xmm4, xmm7, xmm1
vpmaxud xmm4, xmm7, oword [eax]
vpmaxud xmm4, xmm7, oword [ebp]
vpmaxud xmm4, xmm7, oword [ebp-0x4]
vpmaxud xmm4, xmm7, oword [eax+ebx]
vpmaxud xmm4, xmm7, oword [eax+ecx*2]
vpmaxud xmm4, xmm7, [eax]
vpmaxud ymm1, ymm4, ymm7
vpmaxud ymm4, ymm4, ymm7
vpmaxud ymm7, ymm4, ymm7
vpmaxud ymm1, ymm7, ymm7
vpmaxud ymm1, ymm0, ymm7
vpmaxud ymm1, ymm4, ymm0
vpmaxud ymm1, ymm4, yword [eax]
vpmaxud ymm1, ymm4, yword [esi+0x80]
vpmaxud ymm1, ymm4, yword [esp+ebp*1-0x81]
vpmaxud ymm1, ymm4, yword [es:edi]
vpmaxud ymm1, ymm4, yword [fs:0x20]
vpmaxud ymm1, ymm4, [eax]
pmulld xmm4, xmm7
pmulld xmm7, xmm7
pmulld xmm0, xmm7
pmulld xmm4, xmm0
pmulld xmm4, oword [eax]
pmulld xmm4, oword [fs:0x20]
pmulld xmm4, oword [gs:ebx+ecx*8+0x100]
pmulld xmm4, oword [ss:ebp+0x10]
pmulld xmm4, oword [cs:eax]
pmulld xmm4, [eax]
vpmulld xmm1, xmm4, xmm7
vpmulld xmm4, xmm4, xmm7
vpmulld xmm7, xmm4, xmm7
vpmulld xmm1, xmm7, xmm7
vpmulld xmm1, xmm0, xmm7
vpmulld xmm1, xmm4, xmm0
vpmulld xmm1, xmm4, oword [eax]
vpmulld xmm1, xmm4, oword [0x12]
vpmulld xmm1, xmm4, oword [ebx+0x7f]
vpmulld xmm1, xmm4, oword [ecx-0x80]
vpmulld xmm1, xmm4, oword [edx+0x12345678]
vpmulld xmm1, xmm4, [eax]
vpmulld ymm0, ymm1, ymm4
vpmulld ymm1, ymm1, ymm4
vpmulld ymm4, ymm1, ymm4
vpmulld ymm0, ymm4, ymm4
vpmulld ymm0, ymm7, ymm4
vpmulld ymm0, ymm1, ymm7
vpmulld ymm0, ymm1, yword [eax]
vpmulld ymm0, ymm1, yword [ebp-0x4]
vpmulld ymm0, ymm1, yword [eax+ebx]
vpmulld ymm0, ymm1, yword [eax+ecx*2]
vpmulld ymm0, ymm1, yword [ebx+esi*4+0x10]
vpmulld ymm0, ymm1, [eax]
phminposuw xmm1, xmm4
phminposuw xmm4, xmm4
phminposuw xmm7, xmm4
phminposuw xmm1, xmm7
phminposuw xmm1, oword [eax]
phminposuw xmm1, oword [ebx+esi*4+0x10]
phminposuw xmm1, oword [edi*8+0x1000]
phminposuw xmm1, oword [0x12345678]
phminposuw xmm1, oword [esi+0x80]
phminposuw xmm1, [eax]
vphminposuw xmm0, xmm1
vphminposuw xmm1, xmm1
vphminposuw xmm4, xmm1
vphminposuw xmm0, xmm4
vphminposuw xmm0, oword [eax]
vphminposuw xmm0, oword [gs:ebx+ecx*8+0x100]
vphminposuw xmm0, oword [ss:ebp+0x10]
vphminposuw xmm0, oword [cs:eax]
vphminposuw xmm0, oword [bx+si]
vphminposuw xmm0, [eax]
vpsrlvd xmm1, xmm4, xmm7
vpsrlvd xmm4, xmm4, xmm7
vpsrlvd xmm7, xmm4, xmm7
vpsrlvd xmm1, xmm7, xmm7
vpsrlvd xmm1, xmm0, xmm7
vpsrlvd xmm1, xmm4, xmm0
vpsrlvd xmm1, xmm4, oword [eax]
vpsrlvd xmm1, xmm4, oword [ebp-0x4]
vpsrlvd xmm1, xmm4, oword [eax+ebx]
vpsrlvd xmm1, xmm4, oword [eax+ecx*2]
vpsrlvd xmm1, xmm4, oword [ebx+esi*4+0x10]
vpsrlvd xmm1, xmm4, [eax]
vpsrlvd ymm0, ymm1, ymm4
vpsrlvd ymm1, ymm1, ymm4
vpsrlvd ymm4, ymm1, ymm4
vpsrlvd ymm0, ymm4, ymm4
vpsrlvd ymm0, ymm7, ymm4
vpsrlvd ymm0, ymm1, ymm7
vpsrlvd ymm0, ymm1, yword [eax]
vpsrlvd ymm0, ymm1, yword [esp+ebp*1-0x81]
vpsrlvd ymm0, ymm1, yword [es:edi]
vpsrlvd ymm0, ymm1, yword [fs:0x20]
vpsrlvd ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vpsrlvd ymm0, ymm1, [eax]
vpsrlvq xmm7, xmm0, xmm1
vpsrlvq xmm0, xmm0, xmm1
vpsrlvq xmm1, xmm0, xmm1
vpsrlvq xmm7, xmm1, xmm1
vpsrlvq xmm7, xmm4, xmm1
vpsrlvq xmm7, xmm0, xmm4
vpsrlvq xmm7, xmm0, oword [eax]
vpsrlvq xmm7, xmm0, oword [bp+di+0x4]
vpsrlvq xmm7, xmm0, oword [bp+si+0x1234]
vpsrlvq xmm7, xmm0, oword [0x12]
vpsrlvq xmm7, xmm0, oword [ebx+0x7f]
vpsrlvq xmm7, xmm0, [eax]
vpsrlvq ymm4, ymm7, ymm0
vpsrlvq ymm7, ymm7, ymm0
vpsrlvq ymm0, ymm7, ymm0
vpsrlvq ymm4, ymm0, ymm0
vpsrlvq ymm4, ymm1, ymm0
vpsrlvq ymm4, ymm7, ymm1
vpsrlvq ymm4, ymm7, yword [eax]
vpsrlvq ymm4, ymm7, yword [esp+0x8]
vpsrlvq ymm4, ymm7, yword [ebp]
vpsrlvq ymm4, ymm7, yword [ebp-0x4]
vpsrlvq ymm4, ymm7, yword [eax+ebx]
vpsrlvq ymm4, ymm7, [eax]
vpsravd xmm7, xmm0, xmm1
vpsravd xmm0, xmm0, xmm1
vpsravd xmm1, xmm0, xmm1
vpsravd xmm7, xmm1, xmm1
vpsravd xmm7, xmm4, xmm1
vpsravd xmm7, xmm0, xmm4
vpsravd xmm7, xmm0, oword [eax]
vpsravd xmm7, xmm0, oword [eax+ebx]
vpsravd xmm7, xmm0, oword [eax+ecx*2]
vpsravd xmm7, xmm0, oword [ebx+esi*4+0x10]
vpsravd xmm7, xmm0, oword [edi*8+0x1000]
vpsravd xmm7, xmm0, [eax]
vpsravd ymm4, ymm7, ymm0
vpsravd ymm7, ymm7, ymm0
vpsravd ymm0, ymm7, ymm0
vpsravd ymm4, ymm0, ymm0
vpsravd ymm4, ymm1, ymm0
vpsravd ymm4, ymm7, ymm1
vpsravd ymm4, ymm7, yword [eax]
vpsravd ymm4, ymm7, yword [es:edi]
vpsravd ymm4, ymm7, yword [fs:0x20]
vpsravd ymm4, ymm7, yword [gs:ebx+ecx*8+0x100]
vpsravd ymm4, ymm7, yword [ss:ebp+0x10]
vpsravd ymm4, ymm7, [eax]
vpsllvd xmm7, xmm0, xmm1
vpsllvd xmm0, xmm0, xmm1
vpsllvd xmm1, xmm0, xmm1
vpsllvd xmm7, xmm1, xmm1
vpsllvd xmm7, xmm4, xmm1
vpsllvd xmm7, xmm0, xmm4
vpsllvd xmm7, xmm0, oword [eax]
vpsllvd xmm7, xmm0, oword [ss:ebp+0x10]
vpsllvd xmm7, xmm0, oword [cs:eax]
vpsllvd xmm7, xmm0, oword [bx+si]
vpsllvd xmm7, xmm0, oword [bp+di+0x4]
vpsllvd xmm7, xmm0, [eax]
vpsllvd ymm4, ymm7, ymm0
vpsllvd ymm7, ymm7, ymm0
vpsllvd ymm0, ymm7, ymm0
vpsllvd ymm4, ymm0, ymm0
vpsllvd ymm4, ymm1, ymm0
vpsllvd ymm4, ymm7, ymm1
vpsllvd ymm4, ymm7, yword [eax]
vpsllvd ymm4, ymm7, yword [ecx-0x80]
vpsllvd ymm4, ymm7, yword [edx+0x12345678]
vpsllvd ymm4, ymm7, yword [esp]
vpsllvd ymm4, ymm7, yword [esp+0x8]
vpsllvd ymm4, ymm7, [eax]
vpsllvq xmm1, xmm4, xmm7
vpsllvq xmm4, xmm4, xmm7
vpsllvq xmm7, xmm4, xmm7
vpsllvq xmm1, xmm7, xmm7
vpsllvq xmm1, xmm0, xmm7
vpsllvq xmm1, xmm4, xmm0
vpsllvq xmm1, xmm4, oword [eax]
vpsllvq xmm1, xmm4, oword [eax+ecx*2]
vpsllvq xmm1, xmm4, oword [ebx+esi*4+0x10]
vpsllvq xmm1, xmm4, oword [edi*8+0x1000]
vpsllvq xmm1, xmm4, oword [0x12345678]
vpsllvq xmm1, xmm4, [eax]
vpsllvq ymm0, ymm1, ymm4
vpsllvq ymm1, ymm1, ymm4
vpsllvq ymm4, ymm1, ymm4
vpsllvq ymm0, ymm4, ymm4
vpsllvq ymm0, ymm7, ymm4
vpsllvq ymm0, ymm1, ymm7
vpsllvq ymm0, ymm1, yword [eax]
vpsllvq ymm0, ymm1, yword [fs:0x20]
vpsllvq ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vpsllvq ymm0, ymm1, yword [ss:ebp+0x10]
vpsllvq ymm0, ymm1, yword [cs:eax]
vpsllvq ymm0, ymm1, [eax]
vpbroadcastd xmm0, xmm1
vpbroadcastd xmm1, xmm1
vpbroadcastd xmm4, xmm1
vpbroadcastd xmm0, xmm4
vpbroadcastd xmm0, dword [eax]
vpbroadcastd xmm0, dword [0x12345678]
vpbroadcastd xmm0, dword [esi+0x80]
vpbroadcastd xmm0, dword [esp+ebp*1-0x81]
vpbroadcastd xmm0, dword [es:edi]
vpbroadcastd xmm0, [eax]
vpbroadcastd ymm7, xmm0
vpbroadcastd ymm0, xmm0
vpbroadcastd ymm1, xmm0
vpbroadcastd ymm7, xmm1
vpbroadcastd ymm7, dword [eax]
vpbroadcastd ymm7, dword [cs:eax]
vpbroadcastd ymm7, dword [bx+si]
vpbroadcastd ymm7, dword [bp+di+0x4]
vpbroadcastd ymm7, dword [bp+si+0x1234]
vpbroadcastd ymm7, [eax]
vpbroadcastq xmm7, xmm0
vpbroadcastq xmm0, xmm0
vpbroadcastq xmm1, xmm0
vpbroadcastq xmm7, xmm1
vpbroadcastq xmm7, qword [eax]
vpbroadcastq xmm7, qword [ebx+0x7f]
vpbroadcastq xmm7, qword [ecx-0x80]
vpbroadcastq xmm7, qword [edx+0x12345678]
vpbroadcastq xmm7, qword [esp]
vpbroadcastq xmm7, [eax]
vpbroadcastq ymm4, xmm7
vpbroadcastq ymm7, xmm7
vpbroadcastq ymm0, xmm7
vpbroadcastq ymm4, xmm0
vpbroadcastq ymm4, qword [eax]
vpbroadcastq ymm4, qword [eax+ebx]
vpbroadcastq ymm4, qword [eax+ecx*2]
vpbroadcastq ymm4, qword [ebx+esi*4+0x10]
vpbroadcastq ymm4, qword [edi*8+0x1000]
vpbroadcastq ymm4, [eax]
vbroadcasti128 ymm7, oword [eax]
vbroadcasti128 ymm0, oword [eax]
vbroadcasti128 ymm1, oword [eax]
vbroadcasti128 ymm7, oword [edi*8+0x1000]
vbroadcasti128 ymm7, oword [0x12345678]
vbroadcasti128 ymm7, oword [esi+0x80]
vbroadcasti128 ymm7, oword [esp+ebp*1-0x81]
vbroadcasti128 ymm7, [eax]
vpbroadcastb xmm4, xmm7
vpbroadcastb xmm7, xmm7
vpbroadcastb xmm0, xmm7
vpbroadcastb xmm4, xmm0
vpbroadcastb xmm4, byte [eax]
vpbroadcastb xmm4, byte [eax+ebx]
vpbroadcastb xmm4, byte [eax+ecx*2]
vpbroadcastb xmm4, byte [ebx+esi*4+0x10]
vpbroadcastb xmm4, byte [edi*8+0x1000]
vpbroadcastb xmm4, [eax]
vpbroadcastb ymm1, xmm4
vpbroadcastb ymm4, xmm4
vpbroadcastb ymm7, xmm4
vpbroadcastb ymm1, xmm7
vpbroadcastb ymm1, byte [eax]
vpbroadcastb ymm1, byte [es:edi]
vpbroadcastb ymm1, byte [fs:0x20]
vpbroadcastb ymm1, byte [gs:ebx+ecx*8+0x100]
vpbroadcastb ymm1, byte [ss:ebp+0x10]
vpbroadcastb ymm1, [eax]
vpbroadcastw xmm1, xmm4
vpbroadcastw xmm4, xmm4
vpbroadcastw xmm7, xmm4
vpbroadcastw xmm1, xmm7
vpbroadcastw xmm1, word [eax]
vpbroadcastw xmm1, word [bx+si]
vpbroadcastw xmm1, word [bp+di+0x4]
vpbroadcastw xmm1, word [bp+si+0x1234]
vpbroadcastw xmm1, word [0x12]
vpbroadcastw xmm1, [eax]
vpbroadcastw ymm0, xmm1
vpbroadcastw ymm1, xmm1
vpbroadcastw ymm4, xmm1
vpbroadcastw ymm0, xmm4
vpbroadcastw ymm0, word [eax]
vpbroadcastw ymm0, word [esp]
vpbroadcastw ymm0, word [esp+0x8]
vpbroadcastw ymm0, word [ebp]
vpbroadcastw ymm0, word [ebp-0x4]
vpbroadcastw ymm0, [eax]
invept edx, oword [eax]
invept ebx, oword [eax]
invept esp, oword [eax]
invept edx, oword [0x12345678]
invept edx, oword [esi+0x80]
invept edx, oword [esp+ebp*1-0x81]
invept edx, oword [es:edi]
invept edx, [eax]
invvpid eax, oword [eax]
invvpid ecx, oword [eax]
invvpid edx, oword [eax]
invvpid eax, oword [edx+0x12345678]
invvpid eax, oword [esp]
invvpid eax, oword [esp+0x8]
invvpid eax, oword [ebp]
invvpid eax, [eax]
invpcid esi, oword [eax]
invpcid edi, oword [eax]
invpcid eax, oword [eax]
invpcid esi, oword [gs:ebx+ecx*8+0x100]
invpcid esi, oword [ss:ebp+0x10]
invpcid esi, oword [cs:eax]
invpcid esi, oword [bx+si]
invpcid esi, [eax]
vpmaskmovd xmm1, xmm4, oword [eax]
vpmaskmovd xmm4, xmm4, oword [eax]
vpmaskmovd xmm7, xmm4, oword [eax]
vpmaskmovd xmm1, xmm7, oword [eax]
vpmaskmovd xmm1, xmm0, oword [eax]
vpmaskmovd xmm1, xmm4, oword [esi+0x80]
vpmaskmovd xmm1, xmm4, oword [esp+ebp*1-0x81]
vpmaskmovd xmm1, xmm4, oword [es:edi]
vpmaskmovd xmm1, xmm4, oword [fs:0x20]
vpmaskmovd xmm1, xmm4, [eax]
vpmaskmovd ymm0, ymm1, yword [eax]
vpmaskmovd ymm1, ymm1, yword [eax]
vpmaskmovd ymm4, ymm1, yword [eax]
vpmaskmovd ymm0, ymm4, yword [eax]
vpmaskmovd ymm0, ymm7, yword [eax]
vpmaskmovd ymm0, ymm1, yword [bx+si]
vpmaskmovd ymm0, ymm1, yword [bp+di+0x4]
vpmaskmovd ymm0, ymm1, yword [bp+si+0x1234]
vpmaskmovd ymm0, ymm1, yword [0x12]
vpmaskmovd ymm0, ymm1, [eax]
vpmaskmovq xmm7, xmm0, oword [eax]
vpmaskmovq xmm0, xmm0, oword [eax]
vpmaskmovq xmm1, xmm0, oword [eax]
vpmaskmovq xmm7, xmm1, oword [eax]
vpmaskmovq xmm7, xmm4, oword [eax]
vpmaskmovq xmm7, xmm0, oword [esp]
vpmaskmovq xmm7, xmm0, oword [esp+0x8]
vpmaskmovq xmm7, xmm0, oword [ebp]
vpmaskmovq xmm7, xmm0, oword [ebp-0x4]
vpmaskmovq xmm7, xmm0, [eax]
vpmaskmovq ymm4, ymm7, yword [eax]
vpmaskmovq ymm7, ymm7, yword [eax]
vpmaskmovq ymm0, ymm7, yword [eax]
vpmaskmovq ymm4, ymm0, yword [eax]
vpmaskmovq ymm4, ymm1, yword [eax]
vpmaskmovq ymm4, ymm7, yword [edi*8+0x1000]
vpmaskmovq ymm4, ymm7, yword [0x12345678]
vpmaskmovq ymm4, ymm7, yword [esi+0x80]
vpmaskmovq ymm4, ymm7, yword [esp+ebp*1-0x81]
vpmaskmovq ymm4, ymm7, [eax]
vpmaskmovd oword [eax], xmm0, xmm1
vpmaskmovd oword [esp+ebp*1-0x81], xmm0, xmm1
vpmaskmovd oword [es:edi], xmm0, xmm1
vpmaskmovd oword [fs:0x20], xmm0, xmm1
vpmaskmovd oword [gs:ebx+ecx*8+0x100], xmm0, xmm1
vpmaskmovd [eax], xmm0, xmm1
vpmaskmovd oword [eax], xmm1, xmm1
vpmaskmovd oword [eax], xmm4, xmm1
vpmaskmovd oword [eax], xmm0, xmm4
vpmaskmovd oword [eax], xmm0, xmm7
vpmaskmovd yword [eax], ymm7, ymm0
vpmaskmovd yword [bp+di+0x4], ymm7, ymm0
vpmaskmovd yword [bp+si+0x1234], ymm7, ymm0
vpmaskmovd yword [0x12], ymm7, ymm0
vpmaskmovd yword [ebx+0x7f], ymm7, ymm0
vpmaskmovd [eax], ymm7, ymm0
vpmaskmovd yword [eax], ymm0, ymm0
vpmaskmovd yword [eax], ymm1, ymm0
vpmaskmovd yword [eax], ymm7, ymm1
vpmaskmovd yword [eax], ymm7, ymm4
vpmaskmovq oword [eax], xmm4, xmm7
vpmaskmovq oword [esp+0x8], xmm4, xmm7
vpmaskmovq oword [ebp], xmm4, xmm7
vpmaskmovq oword [ebp-0x4], xmm4, xmm7
vpmaskmovq oword [eax+ebx], xmm4, xmm7
vpmaskmovq [eax], xmm4, xmm7
vpmaskmovq oword [eax], xmm7, xmm7
vpmaskmovq oword [eax], xmm0, xmm7
vpmaskmovq oword [eax], xmm4, xmm0
vpmaskmovq oword [eax], xmm4, xmm1
vpmaskmovq yword [eax], ymm1, ymm4
vpmaskmovq yword [0x12345678], ymm1, ymm4
vpmaskmovq yword [esi+0x80], ymm1, ymm4
vpmaskmovq yword [esp+ebp*1-0x81], ymm1, ymm4
vpmaskmovq yword [es:edi], ymm1, ymm4
vpmaskmovq [eax], ymm1, ymm4
vpmaskmovq yword [eax], ymm4, ymm4
vpmaskmovq yword [eax], ymm7, ymm4
vpmaskmovq yword [eax], ymm1, ymm7
vpmaskmovq yword [eax], ymm1, ymm0
vpgatherdd xmm0, [eax+xmm5*4+0x10], xmm4
vpgatherdd xmm1, [eax+xmm5*4+0x10], xmm4
vpgatherdd xmm0, [ebx+xmm5*8], xmm4
vpgatherdd xmm0, [xmm5*2+0x100], xmm4
vpgatherdd xmm0, [eax+xmm5*4+0x10], xmm7
vpgatherdd ymm7, [eax+ymm5*4+0x10], ymm1
vpgatherdd ymm0, [eax+ymm5*4+0x10], ymm1
vpgatherdd ymm7, [ebx+ymm5*8], ymm1
vpgatherdd ymm7, [ymm5*2+0x100], ymm1
vpgatherdd ymm7, [eax+ymm5*4+0x10], ymm4
vpgatherdq xmm4, [eax+xmm5*4+0x10], xmm0
vpgatherdq xmm7, [eax+xmm5*4+0x10], xmm0
vpgatherdq xmm4, [ebx+xmm5*8], xmm0
vpgatherdq xmm4, [xmm5*2+0x100], xmm0
vpgatherdq xmm4, [eax+xmm5*4+0x10], xmm1
vpgatherdq ymm1, [eax+xmm5*4+0x10], ymm7
vpgatherdq ymm4, [eax+xmm5*4+0x10], ymm7
vpgatherdq ymm1, [ebx+xmm5*8], ymm7
vpgatherdq ymm1, [xmm5*2+0x100], ymm7
vpgatherdq ymm1, [eax+xmm5*4+0x10], ymm0
vpgatherqd xmm4, [eax+xmm5*4+0x10], xmm0
vpgatherqd xmm7, [eax+xmm5*4+0x10], xmm0
vpgatherqd xmm4, [ebx+xmm5*8], xmm0
vpgatherqd xmm4, [xmm5*2+0x100], xmm0
vpgatherqd xmm4, [eax+xmm5*4+0x10], xmm1
vpgatherqd xmm1, [eax+ymm5*4+0x10], xmm7
vpgatherqd xmm4, [eax+ymm5*4+0x10], xmm7
vpgatherqd xmm1, [ebx+ymm5*8], xmm7
vpgatherqd xmm1, [ymm5*2+0x100], xmm7
vpgatherqd xmm1, [eax+ymm5*4+0x10], xmm0
vpgatherqq xmm0, [eax+xmm5*4+0x10], xmm4
vpgatherqq xmm1, [eax+xmm5*4+0x10], xmm4
vpgatherqq xmm0, [ebx+xmm5*8], xmm4
vpgatherqq xmm0, [xmm5*2+0x100], xmm4
vpgatherqq xmm0, [eax+xmm5*4+0x10], xmm7
vpgatherqq ymm7, [eax+ymm5*4+0x10], ymm1
vpgatherqq ymm0, [eax+ymm5*4+0x10], ymm1
vpgatherqq ymm7, [ebx+ymm5*8], ymm1
vpgatherqq ymm7, [ymm5*2+0x100], ymm1
vpgatherqq ymm7, [eax+ymm5*4+0x10], ymm4
vgatherdps xmm0, [eax+xmm5*4+0x10], xmm4
vgatherdps xmm1, [eax+xmm5*4+0x10], xmm4
vgatherdps xmm0, [ebx+xmm5*8], xmm4
vgatherdps xmm0, [xmm5*2+0x100], xmm4
vgatherdps xmm0, [eax+xmm5*4+0x10], xmm7
vgatherdps ymm7, [eax+ymm5*4+0x10], ymm1
vgatherdps ymm0, [eax+ymm5*4+0x10], ymm1
vgatherdps ymm7, [ebx+ymm5*8], ymm1
vgatherdps ymm7, [ymm5*2+0x100], ymm1
vgatherdps ymm7, [eax+ymm5*4+0x10], ymm4
vgatherdpd xmm4, [eax+xmm5*4+0x10], xmm0
vgatherdpd xmm7, [eax+xmm5*4+0x10], xmm0
vgatherdpd xmm4, [ebx+xmm5*8], xmm0
vgatherdpd xmm4, [xmm5*2+0x100], xmm0
vgatherdpd xmm4, [eax+xmm5*4+0x10], xmm1
vgatherdpd ymm1, [eax+xmm5*4+0x10], ymm7
vgatherdpd ymm4, [eax+xmm5*4+0x10], ymm7
vgatherdpd ymm1, [ebx+xmm5*8], ymm7
vgatherdpd ymm1, [xmm5*2+0x100], ymm7
vgatherdpd ymm1, [eax+xmm5*4+0x10], ymm0
vgatherqps xmm4, [eax+xmm5*4+0x10], xmm0
vgatherqps xmm7, [eax+xmm5*4+0x10], xmm0
vgatherqps xmm4, [ebx+xmm5*8], xmm0
vgatherqps xmm4, [xmm5*2+0x100], xmm0
vgatherqps xmm4, [eax+xmm5*4+0x10], xmm1
vgatherqps xmm1, [eax+ymm5*4+0x10], xmm7
vgatherqps xmm4, [eax+ymm5*4+0x10], xmm7
vgatherqps xmm1, [ebx+ymm5*8], xmm7
vgatherqps xmm1, [ymm5*2+0x100], xmm7
vgatherqps xmm1, [eax+ymm5*4+0x10], xmm0
vgatherqpd xmm0, [eax+xmm5*4+0x10], xmm4
vgatherqpd xmm1, [eax+xmm5*4+0x10], xmm4
vgatherqpd xmm0, [ebx+xmm5*8], xmm4
vgatherqpd xmm0, [xmm5*2+0x100], xmm4
vgatherqpd xmm0, [eax+xmm5*4+0x10], xmm7
vgatherqpd ymm7, [eax+ymm5*4+0x10], ymm1
vgatherqpd ymm0, [eax+ymm5*4+0x10], ymm1
vgatherqpd ymm7, [ebx+ymm5*8], ymm1
vgatherqpd ymm7, [ymm5*2+0x100], ymm1
vgatherqpd ymm7, [eax+ymm5*4+0x10], ymm4
vfmaddsub132ps xmm0, xmm1, xmm4
vfmaddsub132ps xmm1, xmm1, xmm4
vfmaddsub132ps xmm4, xmm1, xmm4
vfmaddsub132ps xmm0, xmm4, xmm4
vfmaddsub132ps xmm0, xmm7, xmm4
vfmaddsub132ps xmm0, xmm1, xmm7
vfmaddsub132ps xmm0, xmm1, oword [eax]
vfmaddsub132ps xmm0, xmm1, oword [bp+di+0x4]
vfmaddsub132ps xmm0, xmm1, oword [bp+si+0x1234]
vfmaddsub132ps xmm0, xmm1, oword [0x12]
vfmaddsub132ps xmm0, xmm1, oword [ebx+0x7f]
vfmaddsub132ps xmm0, xmm1, [eax]
vfmaddsub132ps ymm7, ymm0, ymm1
vfmaddsub132ps ymm0, ymm0, ymm1
vfmaddsub132ps ymm1, ymm0, ymm1
vfmaddsub132ps ymm7, ymm1, ymm1
vfmaddsub132ps ymm7, ymm4, ymm1
vfmaddsub132ps ymm7, ymm0, ymm4
vfmaddsub132ps ymm7, ymm0, yword [eax]
vfmaddsub132ps ymm7, ymm0, yword [esp+0x8]
vfmaddsub132ps ymm7, ymm0, yword [ebp]
vfmaddsub132ps ymm7, ymm0, yword [ebp-0x4]
vfmaddsub132ps ymm7, ymm0, yword [eax+ebx]
vfmaddsub132ps ymm7, ymm0, [eax]
vfmaddsub132pd xmm4, xmm7, xmm0
vfmaddsub132pd xmm7, xmm7, xmm0
vfmaddsub132pd xmm0, xmm7, xmm0
vfmaddsub132pd xmm4, xmm0, xmm0
vfmaddsub132pd xmm4, xmm1, xmm0
vfmaddsub132pd xmm4, xmm7, xmm1
vfmaddsub132pd xmm4, xmm7, oword [eax]
vfmaddsub132pd xmm4, xmm7, oword [0x12345678]
vfmaddsub132pd xmm4, xmm7, oword [esi+0x80]
vfmaddsub132pd xmm4, xmm7, oword [esp+ebp*1-0x81]
vfmaddsub132pd xmm4, xmm7, oword [es:edi]
vfmaddsub132pd xmm4, xmm7, [eax]
vfmaddsub132pd ymm1, ymm4, ymm7
vfmaddsub132pd ymm4, ymm4, ymm7
vfmaddsub132pd ymm7, ymm4, ymm7
vfmaddsub132pd ymm1, ymm7, ymm7
vfmaddsub132pd ymm1, ymm0, ymm7
vfmaddsub132pd ymm1, ymm4, ymm0
vfmaddsub132pd ymm1, ymm4, yword [eax]
vfmaddsub132pd ymm1, ymm4, yword [cs:eax]
vfmaddsub132pd ymm1, ymm4, yword [bx+si]
vfmaddsub132pd ymm1, ymm4, yword [bp+di+0x4]
vfmaddsub132pd ymm1, ymm4, yword [bp+si+0x1234]
vfmaddsub132pd ymm1, ymm4, [eax]
vfmsubadd132ps xmm4, xmm7, xmm0
vfmsubadd132ps xmm7, xmm7, xmm0
vfmsubadd132ps xmm0, xmm7, xmm0
vfmsubadd132ps xmm4, xmm0, xmm0
vfmsubadd132ps xmm4, xmm1, xmm0
vfmsubadd132ps xmm4, xmm7, xmm1
vfmsubadd132ps xmm4, xmm7, oword [eax]
vfmsubadd132ps xmm4, xmm7, oword [bp+si+0x1234]
vfmsubadd132ps xmm4, xmm7, oword [0x12]
vfmsubadd132ps xmm4, xmm7, oword [ebx+0x7f]
vfmsubadd132ps xmm4, xmm7, oword [ecx-0x80]
vfmsubadd132ps xmm4, xmm7, [eax]
vfmsubadd132ps ymm1, ymm4, ymm7
vfmsubadd132ps ymm4, ymm4, ymm7
vfmsubadd132ps ymm7, ymm4, ymm7
vfmsubadd132ps ymm1, ymm7, ymm7
vfmsubadd132ps ymm1, ymm0, ymm7
vfmsubadd132ps ymm1, ymm4, ymm0
vfmsubadd132ps ymm1, ymm4, yword [eax]
vfmsubadd132ps ymm1, ymm4, yword [ebp]
vfmsubadd132ps ymm1, ymm4, yword [ebp-0x4]
vfmsubadd132ps ymm1, ymm4, yword [eax+ebx]
vfmsubadd132ps ymm1, ymm4, yword [eax+ecx*2]
vfmsubadd132ps ymm1, ymm4, [eax]
vfmsubadd132pd xmm0, xmm1, xmm4
vfmsubadd132pd xmm1, xmm1, xmm4
vfmsubadd132pd xmm4, xmm1, xmm4
vfmsubadd132pd xmm0, xmm4, xmm4
vfmsubadd132pd xmm0, xmm7, xmm4
vfmsubadd132pd xmm0, xmm1, xmm7
vfmsubadd132pd xmm0, xmm1, oword [eax]
vfmsubadd132pd xmm0, xmm1, oword [esi+0x80]
vfmsubadd132pd xmm0, xmm1, oword [esp+ebp*1-0x81]
vfmsubadd132pd xmm0, xmm1, oword [es:edi]
vfmsubadd132pd xmm0, xmm1, oword [fs:0x20]
vfmsubadd132pd xmm0, xmm1, [eax]
vfmsubadd132pd ymm7, ymm0, ymm1
vfmsubadd132pd ymm0, ymm0, ymm1
vfmsubadd132pd ymm1, ymm0, ymm1
vfmsubadd132pd ymm7, ymm1, ymm1
vfmsubadd132pd ymm7, ymm4, ymm1
vfmsubadd132pd ymm7, ymm0, ymm4
vfmsubadd132pd ymm7, ymm0, yword [eax]
vfmsubadd132pd ymm7, ymm0, yword [bx+si]
vfmsubadd132pd ymm7, ymm0, yword [bp+di+0x4]
vfmsubadd132pd ymm7, ymm0, yword [bp+si+0x1234]
vfmsubadd132pd ymm7, ymm0, yword [0x12]
vfmsubadd132pd ymm7, ymm0, [eax]
vfmadd132ps xmm0, xmm1, xmm4
vfmadd132ps xmm1, xmm1, xmm4
vfmadd132ps xmm4, xmm1, xmm4
vfmadd132ps xmm0, xmm4, xmm4
vfmadd132ps xmm0, xmm7, xmm4
vfmadd132ps xmm0, xmm1, xmm7
vfmadd132ps xmm0, xmm1, oword [eax]
vfmadd132ps xmm0, xmm1, oword [0x12]
vfmadd132ps xmm0, xmm1, oword [ebx+0x7f]
vfmadd132ps xmm0, xmm1, oword [ecx-0x80]
vfmadd132ps xmm0, xmm1, oword [edx+0x12345678]
vfmadd132ps xmm0, xmm1, [eax]
vfmadd132ps ymm7, ymm0, ymm1
vfmadd132ps ymm0, ymm0, ymm1
vfmadd132ps ymm1, ymm0, ymm1
vfmadd132ps ymm7, ymm1, ymm1
vfmadd132ps ymm7, ymm4, ymm1
vfmadd132ps ymm7, ymm0, ymm4
vfmadd132ps ymm7, ymm0, yword [eax]
vfmadd132ps ymm7, ymm0, yword [ebp-0x4]
vfmadd132ps ymm7, ymm0, yword [eax+ebx]
vfmadd132ps ymm7, ymm0, yword [eax+ecx*2]
vfmadd132ps ymm7, ymm0, yword [ebx+esi*4+0x10]
vfmadd132ps ymm7, ymm0, [eax]
vfmadd132pd xmm4, xmm7, xmm0
vfmadd132pd xmm7, xmm7, xmm0
vfmadd132pd xmm0, xmm7, xmm0
vfmadd132pd xmm4, xmm0, xmm0
vfmadd132pd xmm4, xmm1, xmm0
vfmadd132pd xmm4, xmm7, xmm1
vfmadd132pd xmm4, xmm7, oword [eax]
vfmadd132pd xmm4, xmm7, oword [esp+ebp*1-0x81]
vfmadd132pd xmm4, xmm7, oword [es:edi]
vfmadd132pd xmm4, xmm7, oword [fs:0x20]
vfmadd132pd xmm4, xmm7, oword [gs:ebx+ecx*8+0x100]
vfmadd132pd xmm4, xmm7, [eax]
vfmadd132pd ymm1, ymm4, ymm7
vfmadd132pd ymm4, ymm4, ymm7
vfmadd132pd ymm7, ymm4, ymm7
vfmadd132pd ymm1, ymm7, ymm7
vfmadd132pd ymm1, ymm0, ymm7
vfmadd132pd ymm1, ymm4, ymm0
vfmadd132pd ymm1, ymm4, yword [eax]
vfmadd132pd ymm1, ymm4, yword [bp+di+0x4]
vfmadd132pd ymm1, ymm4, yword [bp+si+0x1234]
vfmadd132pd ymm1, ymm4, yword [0x12]
vfmadd132pd ymm1, ymm4, yword [ebx+0x7f]
vfmadd132pd ymm1, ymm4, [eax]
vfmadd132ss xmm4, xmm7, xmm0
vfmadd132ss xmm7, xmm7, xmm0
vfmadd132ss xmm0, xmm7, xmm0
vfmadd132ss xmm4, xmm0, xmm0
vfmadd132ss xmm4, xmm1, xmm0
vfmadd132ss xmm4, xmm7, xmm1
vfmadd132ss xmm4, xmm7, dword [eax]
vfmadd132ss xmm4, xmm7, dword [ebx+0x7f]
vfmadd132ss xmm4, xmm7, dword [ecx-0x80]
vfmadd132ss xmm4, xmm7, dword [edx+0x12345678]
vfmadd132ss xmm4, xmm7, dword [esp]
vfmadd132ss xmm4, xmm7, [eax]
vfmadd132sd xmm1, xmm4, xmm7
vfmadd132sd xmm4, xmm4, xmm7
vfmadd132sd xmm7, xmm4, xmm7
vfmadd132sd xmm1, xmm7, xmm7
vfmadd132sd xmm1, xmm0, xmm7
vfmadd132sd xmm1, xmm4, xmm0
vfmadd132sd xmm1, xmm4, qword [eax]
vfmadd132sd xmm1, xmm4, qword [eax+ebx]
vfmadd132sd xmm1, xmm4, qword [eax+ecx*2]
vfmadd132sd xmm1, xmm4, qword [ebx+esi*4+0x10]
vfmadd132sd xmm1, xmm4, qword [edi*8+0x1000]
vfmadd132sd xmm1, xmm4, [eax]
vfmsub132ps xmm4, xmm7, xmm0
vfmsub132ps xmm7, xmm7, xmm0
vfmsub132ps xmm0, xmm7, xmm0
vfmsub132ps xmm4, xmm0, xmm0
vfmsub132ps xmm4, xmm1, xmm0
vfmsub132ps xmm4, xmm7, xmm1
vfmsub132ps xmm4, xmm7, oword [eax]
vfmsub132ps xmm4, xmm7, oword [ebp]
vfmsub132ps xmm4, xmm7, oword [ebp-0x4]
vfmsub132ps xmm4, xmm7, oword [eax+ebx]
vfmsub132ps xmm4, xmm7, oword [eax+ecx*2]
vfmsub132ps xmm4, xmm7, [eax]
vfmsub132ps ymm1, ymm4, ymm7
vfmsub132ps ymm4, ymm4, ymm7
vfmsub132ps ymm7, ymm4, ymm7
vfmsub132ps ymm1, ymm7, ymm7
vfmsub132ps ymm1, ymm0, ymm7
vfmsub132ps ymm1, ymm4, ymm0
vfmsub132ps ymm1, ymm4, yword [eax]
vfmsub132ps ymm1, ymm4, yword [esi+0x80]
vfmsub132ps ymm1, ymm4, yword [esp+ebp*1-0x81]
vfmsub132ps ymm1, ymm4, yword [es:edi]
vfmsub132ps ymm1, ymm4, yword [fs:0x20]
vfmsub132ps ymm1, ymm4, [eax]
vfmsub132pd xmm0, xmm1, xmm4
vfmsub132pd xmm1, xmm1, xmm4
vfmsub132pd xmm4, xmm1, xmm4
vfmsub132pd xmm0, xmm4, xmm4
vfmsub132pd xmm0, xmm7, xmm4
vfmsub132pd xmm0, xmm1, xmm7
vfmsub132pd xmm0, xmm1, oword [eax]
vfmsub132pd xmm0, xmm1, oword [bx+si]
vfmsub132pd xmm0, xmm1, oword [bp+di+0x4]
vfmsub132pd xmm0, xmm1, oword [bp+si+0x1234]
vfmsub132pd xmm0, xmm1, oword [0x12]
vfmsub132pd xmm0, xmm1, [eax]
vfmsub132pd ymm7, ymm0, ymm1
vfmsub132pd ymm0, ymm0, ymm1
vfmsub132pd ymm1, ymm0, ymm1
vfmsub132pd ymm7, ymm1, ymm1
vfmsub132pd ymm7, ymm4, ymm1
vfmsub132pd ymm7, ymm0, ymm4
vfmsub132pd ymm7, ymm0, yword [eax]
vfmsub132pd ymm7, ymm0, yword [esp]
vfmsub132pd ymm7, ymm0, yword [esp+0x8]
vfmsub132pd ymm7, ymm0, yword [ebp]
vfmsub132pd ymm7, ymm0, yword [ebp-0x4]
vfmsub132pd ymm7, ymm0, [eax]
vfmsub132ss xmm7, xmm0, xmm1
vfmsub132ss xmm0, xmm0, xmm1
vfmsub132ss xmm1, xmm0, xmm1
vfmsub132ss xmm7, xmm1, xmm1
vfmsub132ss xmm7, xmm4, xmm1
vfmsub132ss xmm7, xmm0, xmm4
vfmsub132ss xmm7, xmm0, dword [eax]
vfmsub132ss xmm7, xmm0, dword [esp+ebp*1-0x81]
vfmsub132ss xmm7, xmm0, dword [es:edi]
vfmsub132ss xmm7, xmm0, dword [fs:0x20]
vfmsub132ss xmm7, xmm0, dword [gs:ebx+ecx*8+0x100]
vfmsub132ss xmm7, xmm0, [eax]
vfmsub132sd xmm4, xmm7, xmm0
vfmsub132sd xmm7, xmm7, xmm0
vfmsub132sd xmm0, xmm7, xmm0
vfmsub132sd xmm4, xmm0, xmm0
vfmsub132sd xmm4, xmm1, xmm0
vfmsub132sd xmm4, xmm7, xmm1
vfmsub132sd xmm4, xmm7, qword [eax]
vfmsub132sd xmm4, xmm7, qword [bp+di+0x4]
vfmsub132sd xmm4, xmm7, qword [bp+si+0x1234]
vfmsub132sd xmm4, xmm7, qword [0x12]
vfmsub132sd xmm4, xmm7, qword [ebx+0x7f]
vfmsub132sd xmm4, xmm7, [eax]
vfnmadd132ps xmm4, xmm7, xmm0
vfnmadd132ps xmm7, xmm7, xmm0
vfnmadd132ps xmm0, xmm7, xmm0
vfnmadd132ps xmm4, xmm0, xmm0
vfnmadd132ps xmm4, xmm1, xmm0
vfnmadd132ps xmm4, xmm7, xmm1
vfnmadd132ps xmm4, xmm7, oword [eax]
vfnmadd132ps xmm4, xmm7, oword [edx+0x12345678]
vfnmadd132ps xmm4, xmm7, oword [esp]
vfnmadd132ps xmm4, xmm7, oword [esp+0x8]
vfnmadd132ps xmm4, xmm7, oword [ebp]
vfnmadd132ps xmm4, xmm7, [eax]
vfnmadd132ps ymm1, ymm4, ymm7
vfnmadd132ps ymm4, ymm4, ymm7
vfnmadd132ps ymm7, ymm4, ymm7
vfnmadd132ps ymm1, ymm7, ymm7
vfnmadd132ps ymm1, ymm0, ymm7
vfnmadd132ps ymm1, ymm4, ymm0
vfnmadd132ps ymm1, ymm4, yword [eax]
vfnmadd132ps ymm1, ymm4, yword [ebx+esi*4+0x10]
vfnmadd132ps ymm1, ymm4, yword [edi*8+0x1000]
vfnmadd132ps ymm1, ymm4, yword [0x12345678]
vfnmadd132ps ymm1, ymm4, yword [esi+0x80]
vfnmadd132ps ymm1, ymm4, [eax]
vfnmadd132pd xmm0, xmm1, xmm4
vfnmadd132pd xmm1, xmm1, xmm4
vfnmadd132pd xmm4, xmm1, xmm4
vfnmadd132pd xmm0, xmm4, xmm4
vfnmadd132pd xmm0, xmm7, xmm4
vfnmadd132pd xmm0, xmm1, xmm7
vfnmadd132pd xmm0, xmm1, oword [eax]
vfnmadd132pd xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vfnmadd132pd xmm0, xmm1, oword [ss:ebp+0x10]
vfnmadd132pd xmm0, xmm1, oword [cs:eax]
vfnmadd132pd xmm0, xmm1, oword [bx+si]
vfnmadd132pd xmm0, xmm1, [eax]
vfnmadd132pd ymm7, ymm0, ymm1
vfnmadd132pd ymm0, ymm0, ymm1
vfnmadd132pd ymm1, ymm0, ymm1
vfnmadd132pd ymm7, ymm1, ymm1
vfnmadd132pd ymm7, ymm4, ymm1
vfnmadd132pd ymm7, ymm0, ymm4
vfnmadd132pd ymm7, ymm0, yword [eax]
vfnmadd132pd ymm7, ymm0, yword [ebx+0x7f]
vfnmadd132pd ymm7, ymm0, yword [ecx-0x80]
vfnmadd132pd ymm7, ymm0, yword [edx+0x12345678]
vfnmadd132pd ymm7, ymm0, yword [esp]
vfnmadd132pd ymm7, ymm0, [eax]
vfnmadd132ss xmm0, xmm1, xmm4
vfnmadd132ss xmm1, xmm1, xmm4
vfnmadd132ss xmm4, xmm1, xmm4
vfnmadd132ss xmm0, xmm4, xmm4
vfnmadd132ss xmm0, xmm7, xmm4
vfnmadd132ss xmm0, xmm1, xmm7
vfnmadd132ss xmm0, xmm1, dword [eax]
vfnmadd132ss xmm0, xmm1, dword [esp]
vfnmadd132ss xmm0, xmm1, dword [esp+0x8]
vfnmadd132ss xmm0, xmm1, dword [ebp]
vfnmadd132ss xmm0, xmm1, dword [ebp-0x4]
vfnmadd132ss xmm0, xmm1, [eax]
vfnmadd132sd xmm7, xmm0, xmm1
vfnmadd132sd xmm0, xmm0, xmm1
vfnmadd132sd xmm1, xmm0, xmm1
vfnmadd132sd xmm7, xmm1, xmm1
vfnmadd132sd xmm7, xmm4, xmm1
vfnmadd132sd xmm7, xmm0, xmm4
vfnmadd132sd xmm7, xmm0, qword [eax]
vfnmadd132sd xmm7, xmm0, qword [edi*8+0x1000]
vfnmadd132sd xmm7, xmm0, qword [0x12345678]
vfnmadd132sd xmm7, xmm0, qword [esi+0x80]
vfnmadd132sd xmm7, xmm0, qword [esp+ebp*1-0x81]
vfnmadd132sd xmm7, xmm0, [eax]
vfnmsub132ps xmm0, xmm1, xmm4
vfnmsub132ps xmm1, xmm1, xmm4
vfnmsub132ps xmm4, xmm1, xmm4
vfnmsub132ps xmm0, xmm4, xmm4
vfnmsub132ps xmm0, xmm7, xmm4
vfnmsub132ps xmm0, xmm1, xmm7
vfnmsub132ps xmm0, xmm1, oword [eax]
vfnmsub132ps xmm0, xmm1, oword [eax+ecx*2]
vfnmsub132ps xmm0, xmm1, oword [ebx+esi*4+0x10]
vfnmsub132ps xmm0, xmm1, oword [edi*8+0x1000]
vfnmsub132ps xmm0, xmm1, oword [0x12345678]
vfnmsub132ps xmm0, xmm1, [eax]
vfnmsub132ps ymm7, ymm0, ymm1
vfnmsub132ps ymm0, ymm0, ymm1
vfnmsub132ps ymm1, ymm0, ymm1
vfnmsub132ps ymm7, ymm1, ymm1
vfnmsub132ps ymm7, ymm4, ymm1
vfnmsub132ps ymm7, ymm0, ymm4
vfnmsub132ps ymm7, ymm0, yword [eax]
vfnmsub132ps ymm7, ymm0, yword [fs:0x20]
vfnmsub132ps ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vfnmsub132ps ymm7, ymm0, yword [ss:ebp+0x10]
vfnmsub132ps ymm7, ymm0, yword [cs:eax]
vfnmsub132ps ymm7, ymm0, [eax]
vfnmsub132pd xmm4, xmm7, xmm0
vfnmsub132pd xmm7, xmm7, xmm0
vfnmsub132pd xmm0, xmm7, xmm0
vfnmsub132pd xmm4, xmm0, xmm0
vfnmsub132pd xmm4, xmm1, xmm0
vfnmsub132pd xmm4, xmm7, xmm1
vfnmsub132pd xmm4, xmm7, oword [eax]
vfnmsub132pd xmm4, xmm7, oword [0x12]
vfnmsub132pd xmm4, xmm7, oword [ebx+0x7f]
vfnmsub132pd xmm4, xmm7, oword [ecx-0x80]
vfnmsub132pd xmm4, xmm7, oword [edx+0x12345678]
vfnmsub132pd xmm4, xmm7, [eax]
vfnmsub132pd ymm1, ymm4, ymm7
vfnmsub132pd ymm4, ymm4, ymm7
vfnmsub132pd ymm7, ymm4, ymm7
vfnmsub132pd ymm1, ymm7, ymm7
vfnmsub132pd ymm1, ymm0, ymm7
vfnmsub132pd ymm1, ymm4, ymm0
vfnmsub132pd ymm1, ymm4, yword [eax]
vfnmsub132pd ymm1, ymm4, yword [ebp-0x4]
vfnmsub132pd ymm1, ymm4, yword [eax+ebx]
vfnmsub132pd ymm1, ymm4, yword [eax+ecx*2]
vfnmsub132pd ymm1, ymm4, yword [ebx+esi*4+0x10]
vfnmsub132pd ymm1, ymm4, [eax]
vfnmsub132ss xmm4, xmm7, xmm0
vfnmsub132ss xmm7, xmm7, xmm0
vfnmsub132ss xmm0, xmm7, xmm0
vfnmsub132ss xmm4, xmm0, xmm0
vfnmsub132ss xmm4, xmm1, xmm0
vfnmsub132ss xmm4, xmm7, xmm1
vfnmsub132ss xmm4, xmm7, dword [eax]
vfnmsub132ss xmm4, xmm7, dword [ebx+esi*4+0x10]
vfnmsub132ss xmm4, xmm7, dword [edi*8+0x1000]
vfnmsub132ss xmm4, xmm7, dword [0x12345678]
vfnmsub132ss xmm4, xmm7, dword [esi+0x80]
vfnmsub132ss xmm4, xmm7, [eax]
vfnmsub132sd xmm1, xmm4, xmm7
vfnmsub132sd xmm4, xmm4, xmm7
vfnmsub132sd xmm7, xmm4, xmm7
vfnmsub132sd xmm1, xmm7, xmm7
vfnmsub132sd xmm1, xmm0, xmm7
vfnmsub132sd xmm1, xmm4, xmm0
vfnmsub132sd xmm1, xmm4, qword [eax]
vfnmsub132sd xmm1, xmm4, qword [gs:ebx+ecx*8+0x100]
vfnmsub132sd xmm1, xmm4, qword [ss:ebp+0x10]
vfnmsub132sd xmm1, xmm4, qword [cs:eax]
vfnmsub132sd xmm1, xmm4, qword [bx+si]
vfnmsub132sd xmm1, xmm4, [eax]
vfmaddsub213ps xmm4, xmm7, xmm0
vfmaddsub213ps xmm7, xmm7, xmm0
vfmaddsub213ps xmm0, xmm7, xmm0
vfmaddsub213ps xmm4, xmm0, xmm0
vfmaddsub213ps xmm4, xmm1, xmm0
vfmaddsub213ps xmm4, xmm7, xmm1
vfmaddsub213ps xmm4, xmm7, oword [eax]
vfmaddsub213ps xmm4, xmm7, oword [bp+si+0x1234]
vfmaddsub213ps xmm4, xmm7, oword [0x12]
vfmaddsub213ps xmm4, xmm7, oword [ebx+0x7f]
vfmaddsub213ps xmm4, xmm7, oword [ecx-0x80]
vfmaddsub213ps xmm4, xmm7, [eax]
vfmaddsub213ps ymm1, ymm4, ymm7
vfmaddsub213ps ymm4, ymm4, ymm7
vfmaddsub213ps ymm7, ymm4, ymm7
vfmaddsub213ps ymm1, ymm7, ymm7
vfmaddsub213ps ymm1, ymm0, ymm7
vfmaddsub213ps ymm1, ymm4, ymm0
vfmaddsub213ps ymm1, ymm4, yword [eax]
vfmaddsub213ps ymm1, ymm4, yword [ebp]
vfmaddsub213ps ymm1, ymm4, yword [ebp-0x4]
vfmaddsub213ps ymm1, ymm4, yword [eax+ebx]
vfmaddsub213ps ymm1, ymm4, yword [eax+ecx*2]
vfmaddsub213ps ymm1, ymm4, [eax]
vfmaddsub213pd xmm0, xmm1, xmm4
vfmaddsub213pd xmm1, xmm1, xmm4
vfmaddsub213pd xmm4, xmm1, xmm4
vfmaddsub213pd xmm0, xmm4, xmm4
vfmaddsub213pd xmm0, xmm7, xmm4
vfmaddsub213pd xmm0, xmm1, xmm7
vfmaddsub213pd xmm0, xmm1, oword [eax]
vfmaddsub213pd xmm0, xmm1, oword [esi+0x80]
vfmaddsub213pd xmm0, xmm1, oword [esp+ebp*1-0x81]
vfmaddsub213pd xmm0, xmm1, oword [es:edi]
vfmaddsub213pd xmm0, xmm1, oword [fs:0x20]
vfmaddsub213pd xmm0, xmm1, [eax]
vfmaddsub213pd ymm7, ymm0, ymm1
vfmaddsub213pd ymm0, ymm0, ymm1
vfmaddsub213pd ymm1, ymm0, ymm1
vfmaddsub213pd ymm7, ymm1, ymm1
vfmaddsub213pd ymm7, ymm4, ymm1
vfmaddsub213pd ymm7, ymm0, ymm4
vfmaddsub213pd ymm7, ymm0, yword [eax]
vfmaddsub213pd ymm7, ymm0, yword [bx+si]
vfmaddsub213pd ymm7, ymm0, yword [bp+di+0x4]
vfmaddsub213pd ymm7, ymm0, yword [bp+si+0x1234]
vfmaddsub213pd ymm7, ymm0, yword [0x12]
vfmaddsub213pd ymm7, ymm0, [eax]
vfmsubadd213ps xmm0, xmm1, xmm4
vfmsubadd213ps xmm1, xmm1, xmm4
vfmsubadd213ps xmm4, xmm1, xmm4
vfmsubadd213ps xmm0, xmm4, xmm4
vfmsubadd213ps xmm0, xmm7, xmm4
vfmsubadd213ps xmm0, xmm1, xmm7
vfmsubadd213ps xmm0, xmm1, oword [eax]
vfmsubadd213ps xmm0, xmm1, oword [0x12]
vfmsubadd213ps xmm0, xmm1, oword [ebx+0x7f]
vfmsubadd213ps xmm0, xmm1, oword [ecx-0x80]
vfmsubadd213ps xmm0, xmm1, oword [edx+0x12345678]
vfmsubadd213ps xmm0, xmm1, [eax]
vfmsubadd213ps ymm7, ymm0, ymm1
vfmsubadd213ps ymm0, ymm0, ymm1
vfmsubadd213ps ymm1, ymm0, ymm1
vfmsubadd213ps ymm7, ymm1, ymm1
vfmsubadd213ps ymm7, ymm4, ymm1
vfmsubadd213ps ymm7, ymm0, ymm4
vfmsubadd213ps ymm7, ymm0, yword [eax]
vfmsubadd213ps ymm7, ymm0, yword [ebp-0x4]
vfmsubadd213ps ymm7, ymm0, yword [eax+ebx]
vfmsubadd213ps ymm7, ymm0, yword [eax+ecx*2]
vfmsubadd213ps ymm7, ymm0, yword [ebx+esi*4+0x10]
vfmsubadd213ps ymm7, ymm0, [eax]
vfmsubadd213pd xmm4, xmm7, xmm0
vfmsubadd213pd xmm7, xmm7, xmm0
vfmsubadd213pd xmm0, xmm7, xmm0
vfmsubadd213pd xmm4, xmm0, xmm0
vfmsubadd213pd xmm4, xmm1, xmm0
vfmsubadd213pd xmm4, xmm7, xmm1
vfmsubadd213pd xmm4, xmm7, oword [eax]
vfmsubadd213pd xmm4, xmm7, oword [esp+ebp*1-0x81]
vfmsubadd213pd xmm4, xmm7, oword [es:edi]
vfmsubadd213pd xmm4, xmm7, oword [fs:0x20]
vfmsubadd213pd xmm4, xmm7, oword [gs:ebx+ecx*8+0x100]
vfmsubadd213pd xmm4, xmm7, [eax]
vfmsubadd213pd ymm1, ymm4, ymm7
vfmsubadd213pd ymm4, ymm4, ymm7
vfmsubadd213pd ymm7, ymm4, ymm7
vfmsubadd213pd ymm1, ymm7, ymm7
vfmsubadd213pd ymm1, ymm0, ymm7
vfmsubadd213pd ymm1, ymm4, ymm0
vfmsubadd213pd ymm1, ymm4, yword [eax]
vfmsubadd213pd ymm1, ymm4, yword [bp+di+0x4]
vfmsubadd213pd ymm1, ymm4, yword [bp+si+0x1234]
vfmsubadd213pd ymm1, ymm4, yword [0x12]
vfmsubadd213pd ymm1, ymm4, yword [ebx+0x7f]
vfmsubadd213pd ymm1, ymm4, [eax]
vfmadd213ps xmm4, xmm7, xmm0
vfmadd213ps xmm7, xmm7, xmm0
vfmadd213ps xmm0, xmm7, xmm0
vfmadd213ps xmm4, xmm0, xmm0
vfmadd213ps xmm4, xmm1, xmm0
vfmadd213ps xmm4, xmm7, xmm1
vfmadd213ps xmm4, xmm7, oword [eax]
vfmadd213ps xmm4, xmm7, oword [ebx+0x7f]
vfmadd213ps xmm4, xmm7, oword [ecx-0x80]
vfmadd213ps xmm4, xmm7, oword [edx+0x12345678]
vfmadd213ps xmm4, xmm7, oword [esp]
vfmadd213ps xmm4, xmm7, [eax]
vfmadd213ps ymm1, ymm4, ymm7
vfmadd213ps ymm4, ymm4, ymm7
vfmadd213ps ymm7, ymm4, ymm7
vfmadd213ps ymm1, ymm7, ymm7
vfmadd213ps ymm1, ymm0, ymm7
vfmadd213ps ymm1, ymm4, ymm0
vfmadd213ps ymm1, ymm4, yword [eax]
vfmadd213ps ymm1, ymm4, yword [eax+ebx]
vfmadd213ps ymm1, ymm4, yword [eax+ecx*2]
vfmadd213ps ymm1, ymm4, yword [ebx+esi*4+0x10]
vfmadd213ps ymm1, ymm4, yword [edi*8+0x1000]
vfmadd213ps ymm1, ymm4, [eax]
vfmadd213pd xmm0, xmm1, xmm4
vfmadd213pd xmm1, xmm1, xmm4
vfmadd213pd xmm4, xmm1, xmm4
vfmadd213pd xmm0, xmm4, xmm4
vfmadd213pd xmm0, xmm7, xmm4
vfmadd213pd xmm0, xmm1, xmm7
vfmadd213pd xmm0, xmm1, oword [eax]
vfmadd213pd xmm0, xmm1, oword [es:edi]
vfmadd213pd xmm0, xmm1, oword [fs:0x20]
vfmadd213pd xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vfmadd213pd xmm0, xmm1, oword [ss:ebp+0x10]
vfmadd213pd xmm0, xmm1, [eax]
vfmadd213pd ymm7, ymm0, ymm1
vfmadd213pd ymm0, ymm0, ymm1
vfmadd213pd ymm1, ymm0, ymm1
vfmadd213pd ymm7, ymm1, ymm1
vfmadd213pd ymm7, ymm4, ymm1
vfmadd213pd ymm7, ymm0, ymm4
vfmadd213pd ymm7, ymm0, yword [eax]
vfmadd213pd ymm7, ymm0, yword [bp+si+0x1234]
vfmadd213pd ymm7, ymm0, yword [0x12]
vfmadd213pd ymm7, ymm0, yword [ebx+0x7f]
vfmadd213pd ymm7, ymm0, yword [ecx-0x80]
vfmadd213pd ymm7, ymm0, [eax]
vfmadd213ss xmm0, xmm1, xmm4
vfmadd213ss xmm1, xmm1, xmm4
vfmadd213ss xmm4, xmm1, xmm4
vfmadd213ss xmm0, xmm4, xmm4
vfmadd213ss xmm0, xmm7, xmm4
vfmadd213ss xmm0, xmm1, xmm7
vfmadd213ss xmm0, xmm1, dword [eax]
vfmadd213ss xmm0, xmm1, dword [ecx-0x80]
vfmadd213ss xmm0, xmm1, dword [edx+0x12345678]
vfmadd213ss xmm0, xmm1, dword [esp]
vfmadd213ss xmm0, xmm1, dword [esp+0x8]
vfmadd213ss xmm0, xmm1, [eax]
vfmadd213sd xmm7, xmm0, xmm1
vfmadd213sd xmm0, xmm0, xmm1
vfmadd213sd xmm1, xmm0, xmm1
vfmadd213sd xmm7, xmm1, xmm1
vfmadd213sd xmm7, xmm4, xmm1
vfmadd213sd xmm7, xmm0, xmm4
vfmadd213sd xmm7, xmm0, qword [eax]
vfmadd213sd xmm7, xmm0, qword [eax+ecx*2]
vfmadd213sd xmm7, xmm0, qword [ebx+esi*4+0x10]
vfmadd213sd xmm7, xmm0, qword [edi*8+0x1000]
vfmadd213sd xmm7, xmm0, qword [0x12345678]
vfmadd213sd xmm7, xmm0, [eax]
vfmsub213ps xmm0, xmm1, xmm4
vfmsub213ps xmm1, xmm1, xmm4
vfmsub213ps xmm4, xmm1, xmm4
vfmsub213ps xmm0, xmm4, xmm4
vfmsub213ps xmm0, xmm7, xmm4
vfmsub213ps xmm0, xmm1, xmm7
vfmsub213ps xmm0, xmm1, oword [eax]
vfmsub213ps xmm0, xmm1, oword [ebp-0x4]
vfmsub213ps xmm0, xmm1, oword [eax+ebx]
vfmsub213ps xmm0, xmm1, oword [eax+ecx*2]
vfmsub213ps xmm0, xmm1, oword [ebx+esi*4+0x10]
vfmsub213ps xmm0, xmm1, [eax]
vfmsub213ps ymm7, ymm0, ymm1
vfmsub213ps ymm0, ymm0, ymm1
vfmsub213ps ymm1, ymm0, ymm1
vfmsub213ps ymm7, ymm1, ymm1
vfmsub213ps ymm7, ymm4, ymm1
vfmsub213ps ymm7, ymm0, ymm4
vfmsub213ps ymm7, ymm0, yword [eax]
vfmsub213ps ymm7, ymm0, yword [esp+ebp*1-0x81]
vfmsub213ps ymm7, ymm0, yword [es:edi]
vfmsub213ps ymm7, ymm0, yword [fs:0x20]
vfmsub213ps ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vfmsub213ps ymm7, ymm0, [eax]
vfmsub213pd xmm4, xmm7, xmm0
vfmsub213pd xmm7, xmm7, xmm0
vfmsub213pd xmm0, xmm7, xmm0
vfmsub213pd xmm4, xmm0, xmm0
vfmsub213pd xmm4, xmm1, xmm0
vfmsub213pd xmm4, xmm7, xmm1
vfmsub213pd xmm4, xmm7, oword [eax]
vfmsub213pd xmm4, xmm7, oword [bp+di+0x4]
vfmsub213pd xmm4, xmm7, oword [bp+si+0x1234]
vfmsub213pd xmm4, xmm7, oword [0x12]
vfmsub213pd xmm4, xmm7, oword [ebx+0x7f]
vfmsub213pd xmm4, xmm7, [eax]
vfmsub213pd ymm1, ymm4, ymm7
vfmsub213pd ymm4, ymm4, ymm7
vfmsub213pd ymm7, ymm4, ymm7
vfmsub213pd ymm1, ymm7, ymm7
vfmsub213pd ymm1, ymm0, ymm7
vfmsub213pd ymm1, ymm4, ymm0
vfmsub213pd ymm1, ymm4, yword [eax]
vfmsub213pd ymm1, ymm4, yword [esp+0x8]
vfmsub213pd ymm1, ymm4, yword [ebp]
vfmsub213pd ymm1, ymm4, yword [ebp-0x4]
vfmsub213pd ymm1, ymm4, yword [eax+ebx]
vfmsub213pd ymm1, ymm4, [eax]
vfmsub213ss xmm1, xmm4, xmm7
vfmsub213ss xmm4, xmm4, xmm7
vfmsub213ss xmm7, xmm4, xmm7
vfmsub213ss xmm1, xmm7, xmm7
vfmsub213ss xmm1, xmm0, xmm7
vfmsub213ss xmm1, xmm4, xmm0
vfmsub213ss xmm1, xmm4, dword [eax]
vfmsub213ss xmm1, xmm4, dword [es:edi]
vfmsub213ss xmm1, xmm4, dword [fs:0x20]
vfmsub213ss xmm1, xmm4, dword [gs:ebx+ecx*8+0x100]
vfmsub213ss xmm1, xmm4, dword [ss:ebp+0x10]
vfmsub213ss xmm1, xmm4, [eax]
vfmsub213sd xmm0, xmm1, xmm4
vfmsub213sd xmm1, xmm1, xmm4
vfmsub213sd xmm4, xmm1, xmm4
vfmsub213sd xmm0, xmm4, xmm4
vfmsub213sd xmm0, xmm7, xmm4
vfmsub213sd xmm0, xmm1, xmm7
vfmsub213sd xmm0, xmm1, qword [eax]
vfmsub213sd xmm0, xmm1, qword [bp+si+0x1234]
vfmsub213sd xmm0, xmm1, qword [0x12]
vfmsub213sd xmm0, xmm1, qword [ebx+0x7f]
vfmsub213sd xmm0, xmm1, qword [ecx-0x80]
vfmsub213sd xmm0, xmm1, [eax]
vfnmadd213ps xmm0, xmm1, xmm4
vfnmadd213ps xmm1, xmm1, xmm4
vfnmadd213ps xmm4, xmm1, xmm4
vfnmadd213ps xmm0, xmm4, xmm4
vfnmadd213ps xmm0, xmm7, xmm4
vfnmadd213ps xmm0, xmm1, xmm7
vfnmadd213ps xmm0, xmm1, oword [eax]
vfnmadd213ps xmm0, xmm1, oword [esp]
vfnmadd213ps xmm0, xmm1, oword [esp+0x8]
vfnmadd213ps xmm0, xmm1, oword [ebp]
vfnmadd213ps xmm0, xmm1, oword [ebp-0x4]
vfnmadd213ps xmm0, xmm1, [eax]
vfnmadd213ps ymm7, ymm0, ymm1
vfnmadd213ps ymm0, ymm0, ymm1
vfnmadd213ps ymm1, ymm0, ymm1
vfnmadd213ps ymm7, ymm1, ymm1
vfnmadd213ps ymm7, ymm4, ymm1
vfnmadd213ps ymm7, ymm0, ymm4
vfnmadd213ps ymm7, ymm0, yword [eax]
vfnmadd213ps ymm7, ymm0, yword [edi*8+0x1000]
vfnmadd213ps ymm7, ymm0, yword [0x12345678]
vfnmadd213ps ymm7, ymm0, yword [esi+0x80]
vfnmadd213ps ymm7, ymm0, yword [esp+ebp*1-0x81]
vfnmadd213ps ymm7, ymm0, [eax]
vfnmadd213pd xmm4, xmm7, xmm0
vfnmadd213pd xmm7, xmm7, xmm0
vfnmadd213pd xmm0, xmm7, xmm0
vfnmadd213pd xmm4, xmm0, xmm0
vfnmadd213pd xmm4, xmm1, xmm0
vfnmadd213pd xmm4, xmm7, xmm1
vfnmadd213pd xmm4, xmm7, oword [eax]
vfnmadd213pd xmm4, xmm7, oword [ss:ebp+0x10]
vfnmadd213pd xmm4, xmm7, oword [cs:eax]
vfnmadd213pd xmm4, xmm7, oword [bx+si]
vfnmadd213pd xmm4, xmm7, oword [bp+di+0x4]
vfnmadd213pd xmm4, xmm7, [eax]
vfnmadd213pd ymm1, ymm4, ymm7
vfnmadd213pd ymm4, ymm4, ymm7
vfnmadd213pd ymm7, ymm4, ymm7
vfnmadd213pd ymm1, ymm7, ymm7
vfnmadd213pd ymm1, ymm0, ymm7
vfnmadd213pd ymm1, ymm4, ymm0
vfnmadd213pd ymm1, ymm4, yword [eax]
vfnmadd213pd ymm1, ymm4, yword [ecx-0x80]
vfnmadd213pd ymm1, ymm4, yword [edx+0x12345678]
vfnmadd213pd ymm1, ymm4, yword [esp]
vfnmadd213pd ymm1, ymm4, yword [esp+0x8]
vfnmadd213pd ymm1, ymm4, [eax]
vfnmadd213ss xmm4, xmm7, xmm0
vfnmadd213ss xmm7, xmm7, xmm0
vfnmadd213ss xmm0, xmm7, xmm0
vfnmadd213ss xmm4, xmm0, xmm0
vfnmadd213ss xmm4, xmm1, xmm0
vfnmadd213ss xmm4, xmm7, xmm1
vfnmadd213ss xmm4, xmm7, dword [eax]
vfnmadd213ss xmm4, xmm7, dword [esp+0x8]
vfnmadd213ss xmm4, xmm7, dword [ebp]
vfnmadd213ss xmm4, xmm7, dword [ebp-0x4]
vfnmadd213ss xmm4, xmm7, dword [eax+ebx]
vfnmadd213ss xmm4, xmm7, [eax]
vfnmadd213sd xmm1, xmm4, xmm7
vfnmadd213sd xmm4, xmm4, xmm7
vfnmadd213sd xmm7, xmm4, xmm7
vfnmadd213sd xmm1, xmm7, xmm7
vfnmadd213sd xmm1, xmm0, xmm7
vfnmadd213sd xmm1, xmm4, xmm0
vfnmadd213sd xmm1, xmm4, qword [eax]
vfnmadd213sd xmm1, xmm4, qword [0x12345678]
vfnmadd213sd xmm1, xmm4, qword [esi+0x80]
vfnmadd213sd xmm1, xmm4, qword [esp+ebp*1-0x81]
vfnmadd213sd xmm1, xmm4, qword [es:edi]
vfnmadd213sd xmm1, xmm4, [eax]
vfnmsub213ps xmm4, xmm7, xmm0
vfnmsub213ps xmm7, xmm7, xmm0
vfnmsub213ps xmm0, xmm7, xmm0
vfnmsub213ps xmm4, xmm0, xmm0
vfnmsub213ps xmm4, xmm1, xmm0
vfnmsub213ps xmm4, xmm7, xmm1
vfnmsub213ps xmm4, xmm7, oword [eax]
vfnmsub213ps xmm4, xmm7, oword [ebx+esi*4+0x10]
vfnmsub213ps xmm4, xmm7, oword [edi*8+0x1000]
vfnmsub213ps xmm4, xmm7, oword [0x12345678]
vfnmsub213ps xmm4, xmm7, oword [esi+0x80]
vfnmsub213ps xmm4, xmm7, [eax]
vfnmsub213ps ymm1, ymm4, ymm7
vfnmsub213ps ymm4, ymm4, ymm7
vfnmsub213ps ymm7, ymm4, ymm7
vfnmsub213ps ymm1, ymm7, ymm7
vfnmsub213ps ymm1, ymm0, ymm7
vfnmsub213ps ymm1, ymm4, ymm0
vfnmsub213ps ymm1, ymm4, yword [eax]
vfnmsub213ps ymm1, ymm4, yword [gs:ebx+ecx*8+0x100]
vfnmsub213ps ymm1, ymm4, yword [ss:ebp+0x10]
vfnmsub213ps ymm1, ymm4, yword [cs:eax]
vfnmsub213ps ymm1, ymm4, yword [bx+si]
vfnmsub213ps ymm1, ymm4, [eax]
vfnmsub213pd xmm0, xmm1, xmm4
vfnmsub213pd xmm1, xmm1, xmm4
vfnmsub213pd xmm4, xmm1, xmm4
vfnmsub213pd xmm0, xmm4, xmm4
vfnmsub213pd xmm0, xmm7, xmm4
vfnmsub213pd xmm0, xmm1, xmm7
vfnmsub213pd xmm0, xmm1, oword [eax]
vfnmsub213pd xmm0, xmm1, oword [ebx+0x7f]
vfnmsub213pd xmm0, xmm1, oword [ecx-0x80]
vfnmsub213pd xmm0, xmm1, oword [edx+0x12345678]
vfnmsub213pd xmm0, xmm1, oword [esp]
vfnmsub213pd xmm0, xmm1, [eax]
vfnmsub213pd ymm7, ymm0, ymm1
vfnmsub213pd ymm0, ymm0, ymm1
vfnmsub213pd ymm1, ymm0, ymm1
vfnmsub213pd ymm7, ymm1, ymm1
vfnmsub213pd ymm7, ymm4, ymm1
vfnmsub213pd ymm7, ymm0, ymm4
vfnmsub213pd ymm7, ymm0, yword [eax]
vfnmsub213pd ymm7, ymm0, yword [eax+ebx]
vfnmsub213pd ymm7, ymm0, yword [eax+ecx*2]
vfnmsub213pd ymm7, ymm0, yword [ebx+esi*4+0x10]
vfnmsub213pd ymm7, ymm0, yword [edi*8+0x1000]
vfnmsub213pd ymm7, ymm0, [eax]
vfnmsub213ss xmm0, xmm1, xmm4
vfnmsub213ss xmm1, xmm1, xmm4
vfnmsub213ss xmm4, xmm1, xmm4
vfnmsub213ss xmm0, xmm4, xmm4
vfnmsub213ss xmm0, xmm7, xmm4
vfnmsub213ss xmm0, xmm1, xmm7
vfnmsub213ss xmm0, xmm1, dword [eax]
vfnmsub213ss xmm0, xmm1, dword [edi*8+0x1000]
vfnmsub213ss xmm0, xmm1, dword [0x12345678]
vfnmsub213ss xmm0, xmm1, dword [esi+0x80]
vfnmsub213ss xmm0, xmm1, dword [esp+ebp*1-0x81]
vfnmsub213ss xmm0, xmm1, [eax]
vfnmsub213sd xmm7, xmm0, xmm1
vfnmsub213sd xmm0, xmm0, xmm1
vfnmsub213sd xmm1, xmm0, xmm1
vfnmsub213sd xmm7, xmm1, xmm1
vfnmsub213sd xmm7, xmm4, xmm1
vfnmsub213sd xmm7, xmm0, xmm4
vfnmsub213sd xmm7, xmm0, qword [eax]
vfnmsub213sd xmm7, xmm0, qword [ss:ebp+0x10]
vfnmsub213sd xmm7, xmm0, qword [cs:eax]
vfnmsub213sd xmm7, xmm0, qword [bx+si]
vfnmsub213sd xmm7, xmm0, qword [bp+di+0x4]
vfnmsub213sd xmm7, xmm0, [eax]
vfmaddsub231ps xmm4, xmm7, xmm0
vfmaddsub231ps xmm7, xmm7, xmm0
vfmaddsub231ps xmm0, xmm7, xmm0
vfmaddsub231ps xmm4, xmm0, xmm0
vfmaddsub231ps xmm4, xmm1, xmm0
vfmaddsub231ps xmm4, xmm7, xmm1
vfmaddsub231ps xmm4, xmm7, oword [eax]
vfmaddsub231ps xmm4, xmm7, oword [0x12345678]
vfmaddsub231ps xmm4, xmm7, oword [esi+0x80]
vfmaddsub231ps xmm4, xmm7, oword [esp+ebp*1-0x81]
vfmaddsub231ps xmm4, xmm7, oword [es:edi]
vfmaddsub231ps xmm4, xmm7, [eax]
vfmaddsub231ps ymm1, ymm4, ymm7
vfmaddsub231ps ymm4, ymm4, ymm7
vfmaddsub231ps ymm7, ymm4, ymm7
vfmaddsub231ps ymm1, ymm7, ymm7
vfmaddsub231ps ymm1, ymm0, ymm7
vfmaddsub231ps ymm1, ymm4, ymm0
vfmaddsub231ps ymm1, ymm4, yword [eax]
vfmaddsub231ps ymm1, ymm4, yword [cs:eax]
vfmaddsub231ps ymm1, ymm4, yword [bx+si]
vfmaddsub231ps ymm1, ymm4, yword [bp+di+0x4]
vfmaddsub231ps ymm1, ymm4, yword [bp+si+0x1234]
vfmaddsub231ps ymm1, ymm4, [eax]
vfmaddsub231pd xmm0, xmm1, xmm4
vfmaddsub231pd xmm1, xmm1, xmm4
vfmaddsub231pd xmm4, xmm1, xmm4
vfmaddsub231pd xmm0, xmm4, xmm4
vfmaddsub231pd xmm0, xmm7, xmm4
vfmaddsub231pd xmm0, xmm1, xmm7
vfmaddsub231pd xmm0, xmm1, oword [eax]
vfmaddsub231pd xmm0, xmm1, oword [edx+0x12345678]
vfmaddsub231pd xmm0, xmm1, oword [esp]
vfmaddsub231pd xmm0, xmm1, oword [esp+0x8]
vfmaddsub231pd xmm0, xmm1, oword [ebp]
vfmaddsub231pd xmm0, xmm1, [eax]
vfmaddsub231pd ymm7, ymm0, ymm1
vfmaddsub231pd ymm0, ymm0, ymm1
vfmaddsub231pd ymm1, ymm0, ymm1
vfmaddsub231pd ymm7, ymm1, ymm1
vfmaddsub231pd ymm7, ymm4, ymm1
vfmaddsub231pd ymm7, ymm0, ymm4
vfmaddsub231pd ymm7, ymm0, yword [eax]
vfmaddsub231pd ymm7, ymm0, yword [ebx+esi*4+0x10]
vfmaddsub231pd ymm7, ymm0, yword [edi*8+0x1000]
vfmaddsub231pd ymm7, ymm0, yword [0x12345678]
vfmaddsub231pd ymm7, ymm0, yword [esi+0x80]
vfmaddsub231pd ymm7, ymm0, [eax]
vfmsubadd231ps xmm0, xmm1, xmm4
vfmsubadd231ps xmm1, xmm1, xmm4
vfmsubadd231ps xmm4, xmm1, xmm4
vfmsubadd231ps xmm0, xmm4, xmm4
vfmsubadd231ps xmm0, xmm7, xmm4
vfmsubadd231ps xmm0, xmm1, xmm7
vfmsubadd231ps xmm0, xmm1, oword [eax]
vfmsubadd231ps xmm0, xmm1, oword [esi+0x80]
vfmsubadd231ps xmm0, xmm1, oword [esp+ebp*1-0x81]
vfmsubadd231ps xmm0, xmm1, oword [es:edi]
vfmsubadd231ps xmm0, xmm1, oword [fs:0x20]
vfmsubadd231ps xmm0, xmm1, [eax]
vfmsubadd231ps ymm7, ymm0, ymm1
vfmsubadd231ps ymm0, ymm0, ymm1
vfmsubadd231ps ymm1, ymm0, ymm1
vfmsubadd231ps ymm7, ymm1, ymm1
vfmsubadd231ps ymm7, ymm4, ymm1
vfmsubadd231ps ymm7, ymm0, ymm4
vfmsubadd231ps ymm7, ymm0, yword [eax]
vfmsubadd231ps ymm7, ymm0, yword [bx+si]
vfmsubadd231ps ymm7, ymm0, yword [bp+di+0x4]
vfmsubadd231ps ymm7, ymm0, yword [bp+si+0x1234]
vfmsubadd231ps ymm7, ymm0, yword [0x12]
vfmsubadd231ps ymm7, ymm0, [eax]
vfmsubadd231pd xmm4, xmm7, xmm0
vfmsubadd231pd xmm7, xmm7, xmm0
vfmsubadd231pd xmm0, xmm7, xmm0
vfmsubadd231pd xmm4, xmm0, xmm0
vfmsubadd231pd xmm4, xmm1, xmm0
vfmsubadd231pd xmm4, xmm7, xmm1
vfmsubadd231pd xmm4, xmm7, oword [eax]
vfmsubadd231pd xmm4, xmm7, oword [esp]
vfmsubadd231pd xmm4, xmm7, oword [esp+0x8]
vfmsubadd231pd xmm4, xmm7, oword [ebp]
vfmsubadd231pd xmm4, xmm7, oword [ebp-0x4]
vfmsubadd231pd xmm4, xmm7, [eax]
vfmsubadd231pd ymm1, ymm4, ymm7
vfmsubadd231pd ymm4, ymm4, ymm7
vfmsubadd231pd ymm7, ymm4, ymm7
vfmsubadd231pd ymm1, ymm7, ymm7
vfmsubadd231pd ymm1, ymm0, ymm7
vfmsubadd231pd ymm1, ymm4, ymm0
vfmsubadd231pd ymm1, ymm4, yword [eax]
vfmsubadd231pd ymm1, ymm4, yword [edi*8+0x1000]
vfmsubadd231pd ymm1, ymm4, yword [0x12345678]
vfmsubadd231pd ymm1, ymm4, yword [esi+0x80]
vfmsubadd231pd ymm1, ymm4, yword [esp+ebp*1-0x81]
vfmsubadd231pd ymm1, ymm4, [eax]
vfmadd231ps xmm4, xmm7, xmm0
vfmadd231ps xmm7, xmm7, xmm0
vfmadd231ps xmm0, xmm7, xmm0
vfmadd231ps xmm4, xmm0, xmm0
vfmadd231ps xmm4, xmm1, xmm0
vfmadd231ps xmm4, xmm7, xmm1
vfmadd231ps xmm4, xmm7, oword [eax]
vfmadd231ps xmm4, xmm7, oword [esp+ebp*1-0x81]
vfmadd231ps xmm4, xmm7, oword [es:edi]
vfmadd231ps xmm4, xmm7, oword [fs:0x20]
vfmadd231ps xmm4, xmm7, oword [gs:ebx+ecx*8+0x100]
vfmadd231ps xmm4, xmm7, [eax]
vfmadd231ps ymm1, ymm4, ymm7
vfmadd231ps ymm4, ymm4, ymm7
vfmadd231ps ymm7, ymm4, ymm7
vfmadd231ps ymm1, ymm7, ymm7
vfmadd231ps ymm1, ymm0, ymm7
vfmadd231ps ymm1, ymm4, ymm0
vfmadd231ps ymm1, ymm4, yword [eax]
vfmadd231ps ymm1, ymm4, yword [bp+di+0x4]
vfmadd231ps ymm1, ymm4, yword [bp+si+0x1234]
vfmadd231ps ymm1, ymm4, yword [0x12]
vfmadd231ps ymm1, ymm4, yword [ebx+0x7f]
vfmadd231ps ymm1, ymm4, [eax]
vfmadd231pd xmm0, xmm1, xmm4
vfmadd231pd xmm1, xmm1, xmm4
vfmadd231pd xmm4, xmm1, xmm4
vfmadd231pd xmm0, xmm4, xmm4
vfmadd231pd xmm0, xmm7, xmm4
vfmadd231pd xmm0, xmm1, xmm7
vfmadd231pd xmm0, xmm1, oword [eax]
vfmadd231pd xmm0, xmm1, oword [esp+0x8]
vfmadd231pd xmm0, xmm1, oword [ebp]
vfmadd231pd xmm0, xmm1, oword [ebp-0x4]
vfmadd231pd xmm0, xmm1, oword [eax+ebx]
vfmadd231pd xmm0, xmm1, [eax]
vfmadd231pd ymm7, ymm0, ymm1
vfmadd231pd ymm0, ymm0, ymm1
vfmadd231pd ymm1, ymm0, ymm1
vfmadd231pd ymm7, ymm1, ymm1
vfmadd231pd ymm7, ymm4, ymm1
vfmadd231pd ymm7, ymm0, ymm4
vfmadd231pd ymm7, ymm0, yword [eax]
vfmadd231pd ymm7, ymm0, yword [0x12345678]
vfmadd231pd ymm7, ymm0, yword [esi+0x80]
vfmadd231pd ymm7, ymm0, yword [esp+ebp*1-0x81]
vfmadd231pd ymm7, ymm0, yword [es:edi]
vfmadd231pd ymm7, ymm0, [eax]
vfmadd231ss xmm0, xmm1, xmm4
vfmadd231ss xmm1, xmm1, xmm4
vfmadd231ss xmm4, xmm1, xmm4
vfmadd231ss xmm0, xmm4, xmm4
vfmadd231ss xmm0, xmm7, xmm4
vfmadd231ss xmm0, xmm1, xmm7
vfmadd231ss xmm0, xmm1, dword [eax]
vfmadd231ss xmm0, xmm1, dword [es:edi]
vfmadd231ss xmm0, xmm1, dword [fs:0x20]
vfmadd231ss xmm0, xmm1, dword [gs:ebx+ecx*8+0x100]
vfmadd231ss xmm0, xmm1, dword [ss:ebp+0x10]
vfmadd231ss xmm0, xmm1, [eax]
vfmadd231sd xmm7, xmm0, xmm1
vfmadd231sd xmm0, xmm0, xmm1
vfmadd231sd xmm1, xmm0, xmm1
vfmadd231sd xmm7, xmm1, xmm1
vfmadd231sd xmm7, xmm4, xmm1
vfmadd231sd xmm7, xmm0, xmm4
vfmadd231sd xmm7, xmm0, qword [eax]
vfmadd231sd xmm7, xmm0, qword [bp+si+0x1234]
vfmadd231sd xmm7, xmm0, qword [0x12]
vfmadd231sd xmm7, xmm0, qword [ebx+0x7f]
vfmadd231sd xmm7, xmm0, qword [ecx-0x80]
vfmadd231sd xmm7, xmm0, [eax]
vfmsub231ps xmm0, xmm1, xmm4
vfmsub231ps xmm1, xmm1, xmm4
vfmsub231ps xmm4, xmm1, xmm4
vfmsub231ps xmm0, xmm4, xmm4
vfmsub231ps xmm0, xmm7, xmm4
vfmsub231ps xmm0, xmm1, xmm7
vfmsub231ps xmm0, xmm1, oword [eax]
vfmsub231ps xmm0, xmm1, oword [bx+si]
vfmsub231ps xmm0, xmm1, oword [bp+di+0x4]
vfmsub231ps xmm0, xmm1, oword [bp+si+0x1234]
vfmsub231ps xmm0, xmm1, oword [0x12]
vfmsub231ps xmm0, xmm1, [eax]
vfmsub231ps ymm7, ymm0, ymm1
vfmsub231ps ymm0, ymm0, ymm1
vfmsub231ps ymm1, ymm0, ymm1
vfmsub231ps ymm7, ymm1, ymm1
vfmsub231ps ymm7, ymm4, ymm1
vfmsub231ps ymm7, ymm0, ymm4
vfmsub231ps ymm7, ymm0, yword [eax]
vfmsub231ps ymm7, ymm0, yword [esp]
vfmsub231ps ymm7, ymm0, yword [esp+0x8]
vfmsub231ps ymm7, ymm0, yword [ebp]
vfmsub231ps ymm7, ymm0, yword [ebp-0x4]
vfmsub231ps ymm7, ymm0, [eax]
vfmsub231pd xmm4, xmm7, xmm0
vfmsub231pd xmm7, xmm7, xmm0
vfmsub231pd xmm0, xmm7, xmm0
vfmsub231pd xmm4, xmm0, xmm0
vfmsub231pd xmm4, xmm1, xmm0
vfmsub231pd xmm4, xmm7, xmm1
vfmsub231pd xmm4, xmm7, oword [eax]
vfmsub231pd xmm4, xmm7, oword [edi*8+0x1000]
vfmsub231pd xmm4, xmm7, oword [0x12345678]
vfmsub231pd xmm4, xmm7, oword [esi+0x80]
vfmsub231pd xmm4, xmm7, oword [esp+ebp*1-0x81]
vfmsub231pd xmm4, xmm7, [eax]
vfmsub231pd ymm1, ymm4, ymm7
vfmsub231pd ymm4, ymm4, ymm7
vfmsub231pd ymm7, ymm4, ymm7
vfmsub231pd ymm1, ymm7, ymm7
vfmsub231pd ymm1, ymm0, ymm7
vfmsub231pd ymm1, ymm4, ymm0
vfmsub231pd ymm1, ymm4, yword [eax]
vfmsub231pd ymm1, ymm4, yword [ss:ebp+0x10]
vfmsub231pd ymm1, ymm4, yword [cs:eax]
vfmsub231pd ymm1, ymm4, yword [bx+si]
vfmsub231pd ymm1, ymm4, yword [bp+di+0x4]
vfmsub231pd ymm1, ymm4, [eax]
vfmsub231ss xmm4, xmm7, xmm0
vfmsub231ss xmm7, xmm7, xmm0
vfmsub231ss xmm0, xmm7, xmm0
vfmsub231ss xmm4, xmm0, xmm0
vfmsub231ss xmm4, xmm1, xmm0
vfmsub231ss xmm4, xmm7, xmm1
vfmsub231ss xmm4, xmm7, dword [eax]
vfmsub231ss xmm4, xmm7, dword [bp+di+0x4]
vfmsub231ss xmm4, xmm7, dword [bp+si+0x1234]
vfmsub231ss xmm4, xmm7, dword [0x12]
vfmsub231ss xmm4, xmm7, dword [ebx+0x7f]
vfmsub231ss xmm4, xmm7, [eax]
vfmsub231sd xmm1, xmm4, xmm7
vfmsub231sd xmm4, xmm4, xmm7
vfmsub231sd xmm7, xmm4, xmm7
vfmsub231sd xmm1, xmm7, xmm7
vfmsub231sd xmm1, xmm0, xmm7
vfmsub231sd xmm1, xmm4, xmm0
vfmsub231sd xmm1, xmm4, qword [eax]
vfmsub231sd xmm1, xmm4, qword [esp+0x8]
vfmsub231sd xmm1, xmm4, qword [ebp]
vfmsub231sd xmm1, xmm4, qword [ebp-0x4]
vfmsub231sd xmm1, xmm4, qword [eax+ebx]
vfmsub231sd xmm1, xmm4, [eax]
vfnmadd231ps xmm4, xmm7, xmm0
vfnmadd231ps xmm7, xmm7, xmm0
vfnmadd231ps xmm0, xmm7, xmm0
vfnmadd231ps xmm4, xmm0, xmm0
vfnmadd231ps xmm4, xmm1, xmm0
vfnmadd231ps xmm4, xmm7, xmm1
vfnmadd231ps xmm4, xmm7, oword [eax]
vfnmadd231ps xmm4, xmm7, oword [edx+0x12345678]
vfnmadd231ps xmm4, xmm7, oword [esp]
vfnmadd231ps xmm4, xmm7, oword [esp+0x8]
vfnmadd231ps xmm4, xmm7, oword [ebp]
vfnmadd231ps xmm4, xmm7, [eax]
vfnmadd231ps ymm1, ymm4, ymm7
vfnmadd231ps ymm4, ymm4, ymm7
vfnmadd231ps ymm7, ymm4, ymm7
vfnmadd231ps ymm1, ymm7, ymm7
vfnmadd231ps ymm1, ymm0, ymm7
vfnmadd231ps ymm1, ymm4, ymm0
vfnmadd231ps ymm1, ymm4, yword [eax]
vfnmadd231ps ymm1, ymm4, yword [ebx+esi*4+0x10]
vfnmadd231ps ymm1, ymm4, yword [edi*8+0x1000]
vfnmadd231ps ymm1, ymm4, yword [0x12345678]
vfnmadd231ps ymm1, ymm4, yword [esi+0x80]
vfnmadd231ps ymm1, ymm4, [eax]
vfnmadd231pd xmm0, xmm1, xmm4
vfnmadd231pd xmm1, xmm1, xmm4
vfnmadd231pd xmm4, xmm1, xmm4
vfnmadd231pd xmm0, xmm4, xmm4
vfnmadd231pd xmm0, xmm7, xmm4
vfnmadd231pd xmm0, xmm1, xmm7
vfnmadd231pd xmm0, xmm1, oword [eax]
vfnmadd231pd xmm0, xmm1, oword [gs:ebx+ecx*8+0x100]
vfnmadd231pd xmm0, xmm1, oword [ss:ebp+0x10]
vfnmadd231pd xmm0, xmm1, oword [cs:eax]
vfnmadd231pd xmm0, xmm1, oword [bx+si]
vfnmadd231pd xmm0, xmm1, [eax]
vfnmadd231pd ymm7, ymm0, ymm1
vfnmadd231pd ymm0, ymm0, ymm1
vfnmadd231pd ymm1, ymm0, ymm1
vfnmadd231pd ymm7, ymm1, ymm1
vfnmadd231pd ymm7, ymm4, ymm1
vfnmadd231pd ymm7, ymm0, ymm4
vfnmadd231pd ymm7, ymm0, yword [eax]
vfnmadd231pd ymm7, ymm0, yword [ebx+0x7f]
vfnmadd231pd ymm7, ymm0, yword [ecx-0x80]
vfnmadd231pd ymm7, ymm0, yword [edx+0x12345678]
vfnmadd231pd ymm7, ymm0, yword [esp]
vfnmadd231pd ymm7, ymm0, [eax]
vfnmadd231ss xmm0, xmm1, xmm4
vfnmadd231ss xmm1, xmm1, xmm4
vfnmadd231ss xmm4, xmm1, xmm4
vfnmadd231ss xmm0, xmm4, xmm4
vfnmadd231ss xmm0, xmm7, xmm4
vfnmadd231ss xmm0, xmm1, xmm7
vfnmadd231ss xmm0, xmm1, dword [eax]
vfnmadd231ss xmm0, xmm1, dword [esp]
vfnmadd231ss xmm0, xmm1, dword [esp+0x8]
vfnmadd231ss xmm0, xmm1, dword [ebp]
vfnmadd231ss xmm0, xmm1, dword [ebp-0x4]
vfnmadd231ss xmm0, xmm1, [eax]
vfnmadd231sd xmm7, xmm0, xmm1
vfnmadd231sd xmm0, xmm0, xmm1
vfnmadd231sd xmm1, xmm0, xmm1
vfnmadd231sd xmm7, xmm1, xmm1
vfnmadd231sd xmm7, xmm4, xmm1
vfnmadd231sd xmm7, xmm0, xmm4
vfnmadd231sd xmm7, xmm0, qword [eax]
vfnmadd231sd xmm7, xmm0, qword [edi*8+0x1000]
vfnmadd231sd xmm7, xmm0, qword [0x12345678]
vfnmadd231sd xmm7, xmm0, qword [esi+0x80]
vfnmadd231sd xmm7, xmm0, qword [esp+ebp*1-0x81]
vfnmadd231sd xmm7, xmm0, [eax]
vfnmsub231ps xmm0, xmm1, xmm4
vfnmsub231ps xmm1, xmm1, xmm4
vfnmsub231ps xmm4, xmm1, xmm4
vfnmsub231ps xmm0, xmm4, xmm4
vfnmsub231ps xmm0, xmm7, xmm4
vfnmsub231ps xmm0, xmm1, xmm7
vfnmsub231ps xmm0, xmm1, oword [eax]
vfnmsub231ps xmm0, xmm1, oword [eax+ecx*2]
vfnmsub231ps xmm0, xmm1, oword [ebx+esi*4+0x10]
vfnmsub231ps xmm0, xmm1, oword [edi*8+0x1000]
vfnmsub231ps xmm0, xmm1, oword [0x12345678]
vfnmsub231ps xmm0, xmm1, [eax]
vfnmsub231ps ymm7, ymm0, ymm1
vfnmsub231ps ymm0, ymm0, ymm1
vfnmsub231ps ymm1, ymm0, ymm1
vfnmsub231ps ymm7, ymm1, ymm1
vfnmsub231ps ymm7, ymm4, ymm1
vfnmsub231ps ymm7, ymm0, ymm4
vfnmsub231ps ymm7, ymm0, yword [eax]
vfnmsub231ps ymm7, ymm0, yword [fs:0x20]
vfnmsub231ps ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vfnmsub231ps ymm7, ymm0, yword [ss:ebp+0x10]
vfnmsub231ps ymm7, ymm0, yword [cs:eax]
vfnmsub231ps ymm7, ymm0, [eax]
vfnmsub231pd xmm4, xmm7, xmm0
vfnmsub231pd xmm7, xmm7, xmm0
vfnmsub231pd xmm0, xmm7, xmm0
vfnmsub231pd xmm4, xmm0, xmm0
vfnmsub231pd xmm4, xmm1, xmm0
vfnmsub231pd xmm4, xmm7, xmm1
vfnmsub231pd xmm4, xmm7, oword [eax]
vfnmsub231pd xmm4, xmm7, oword [0x12]
vfnmsub231pd xmm4, xmm7, oword [ebx+0x7f]
vfnmsub231pd xmm4, xmm7, oword [ecx-0x80]
vfnmsub231pd xmm4, xmm7, oword [edx+0x12345678]
vfnmsub231pd xmm4, xmm7, [eax]
vfnmsub231pd ymm1, ymm4, ymm7
vfnmsub231pd ymm4, ymm4, ymm7
vfnmsub231pd ymm7, ymm4, ymm7
vfnmsub231pd ymm1, ymm7, ymm7
vfnmsub231pd ymm1, ymm0, ymm7
vfnmsub231pd ymm1, ymm4, ymm0
vfnmsub231pd ymm1, ymm4, yword [eax]
vfnmsub231pd ymm1, ymm4, yword [ebp-0x4]
vfnmsub231pd ymm1, ymm4, yword [eax+ebx]
vfnmsub231pd ymm1, ymm4, yword [eax+ecx*2]
vfnmsub231pd ymm1, ymm4, yword [ebx+esi*4+0x10]
vfnmsub231pd ymm1, ymm4, [eax]
vfnmsub231ss xmm4, xmm7, xmm0
vfnmsub231ss xmm7, xmm7, xmm0
vfnmsub231ss xmm0, xmm7, xmm0
vfnmsub231ss xmm4, xmm0, xmm0
vfnmsub231ss xmm4, xmm1, xmm0
vfnmsub231ss xmm4, xmm7, xmm1
vfnmsub231ss xmm4, xmm7, dword [eax]
vfnmsub231ss xmm4, xmm7, dword [ebx+esi*4+0x10]
vfnmsub231ss xmm4, xmm7, dword [edi*8+0x1000]
vfnmsub231ss xmm4, xmm7, dword [0x12345678]
vfnmsub231ss xmm4, xmm7, dword [esi+0x80]
vfnmsub231ss xmm4, xmm7, [eax]
vfnmsub231sd xmm1, xmm4, xmm7
vfnmsub231sd xmm4, xmm4, xmm7
vfnmsub231sd xmm7, xmm4, xmm7
vfnmsub231sd xmm1, xmm7, xmm7
vfnmsub231sd xmm1, xmm0, xmm7
vfnmsub231sd xmm1, xmm4, xmm0
vfnmsub231sd xmm1, xmm4, qword [eax]
vfnmsub231sd xmm1, xmm4, qword [gs:ebx+ecx*8+0x100]
vfnmsub231sd xmm1, xmm4, qword [ss:ebp+0x10]
vfnmsub231sd xmm1, xmm4, qword [cs:eax]
vfnmsub231sd xmm1, xmm4, qword [bx+si]
vfnmsub231sd xmm1, xmm4, [eax]
sha1nexte xmm0, xmm1
sha1nexte xmm1, xmm1
sha1nexte xmm4, xmm1
sha1nexte xmm0, xmm4
sha1nexte xmm0, oword [eax]
sha1nexte xmm0, oword [eax+ebx]
sha1nexte xmm0, oword [eax+ecx*2]
sha1nexte xmm0, oword [ebx+esi*4+0x10]
sha1nexte xmm0, oword [edi*8+0x1000]
sha1nexte xmm0, [eax]
sha1msg1 xmm1, xmm4
sha1msg1 xmm4, xmm4
sha1msg1 xmm7, xmm4
sha1msg1 xmm1, xmm7
sha1msg1 xmm1, oword [eax]
sha1msg1 xmm1, oword [ebp]
sha1msg1 xmm1, oword [ebp-0x4]
sha1msg1 xmm1, oword [eax+ebx]
sha1msg1 xmm1, oword [eax+ecx*2]
sha1msg1 xmm1, [eax]
sha1msg2 xmm0, xmm1
sha1msg2 xmm1, xmm1
sha1msg2 xmm4, xmm1
sha1msg2 xmm0, xmm4
sha1msg2 xmm0, oword [eax]
sha1msg2 xmm0, oword [esi+0x80]
sha1msg2 xmm0, oword [esp+ebp*1-0x81]
sha1msg2 xmm0, oword [es:edi]
sha1msg2 xmm0, oword [fs:0x20]
sha1msg2 xmm0, [eax]
sha256rnds2 xmm1, xmm4
sha256rnds2 xmm4, xmm4
sha256rnds2 xmm7, xmm4
sha256rnds2 xmm1, xmm7
sha256rnds2 xmm1, oword [eax]
sha256rnds2 xmm1, oword [edi*8+0x1000]
sha256rnds2 xmm1, oword [0x12345678]
sha256rnds2 xmm1, oword [esi+0x80]
sha256rnds2 xmm1, oword [esp+ebp*1-0x81]
sha256rnds2 xmm1, [eax]
sha256msg1 xmm4, xmm7
sha256msg1 xmm7, xmm7
sha256msg1 xmm0, xmm7
sha256msg1 xmm4, xmm0
sha256msg1 xmm4, oword [eax]
sha256msg1 xmm4, oword [eax+ecx*2]
sha256msg1 xmm4, oword [ebx+esi*4+0x10]
sha256msg1 xmm4, oword [edi*8+0x1000]
sha256msg1 xmm4, oword [0x12345678]
sha256msg1 xmm4, [eax]
sha256msg2 xmm7, xmm0
sha256msg2 xmm0, xmm0
sha256msg2 xmm1, xmm0
sha256msg2 xmm7, xmm1
sha256msg2 xmm7, oword [eax]
sha256msg2 xmm7, oword [ebp-0x4]
sha256msg2 xmm7, oword [eax+ebx]
sha256msg2 xmm7, oword [eax+ecx*2]
sha256msg2 xmm7, oword [ebx+esi*4+0x10]
sha256msg2 xmm7, [eax]
gf2p8mulb xmm0, xmm1
gf2p8mulb xmm1, xmm1
gf2p8mulb xmm4, xmm1
gf2p8mulb xmm0, xmm4
gf2p8mulb xmm0, oword [eax]
gf2p8mulb xmm0, oword [esp+0x8]
gf2p8mulb xmm0, oword [ebp]
gf2p8mulb xmm0, oword [ebp-0x4]
gf2p8mulb xmm0, oword [eax+ebx]
gf2p8mulb xmm0, [eax]
vgf2p8mulb xmm7, xmm0, xmm1
vgf2p8mulb xmm0, xmm0, xmm1
vgf2p8mulb xmm1, xmm0, xmm1
vgf2p8mulb xmm7, xmm1, xmm1
vgf2p8mulb xmm7, xmm4, xmm1
vgf2p8mulb xmm7, xmm0, xmm4
vgf2p8mulb xmm7, xmm0, oword [eax]
vgf2p8mulb xmm7, xmm0, oword [0x12345678]
vgf2p8mulb xmm7, xmm0, oword [esi+0x80]
vgf2p8mulb xmm7, xmm0, oword [esp+ebp*1-0x81]
vgf2p8mulb xmm7, xmm0, oword [es:edi]
vgf2p8mulb xmm7, xmm0, [eax]
vgf2p8mulb ymm4, ymm7, ymm0
vgf2p8mulb ymm7, ymm7, ymm0
vgf2p8mulb ymm0, ymm7, ymm0
vgf2p8mulb ymm4, ymm0, ymm0
vgf2p8mulb ymm4, ymm1, ymm0
vgf2p8mulb ymm4, ymm7, ymm1
vgf2p8mulb ymm4, ymm7, yword [eax]
vgf2p8mulb ymm4, ymm7, yword [cs:eax]
vgf2p8mulb ymm4, ymm7, yword [bx+si]
vgf2p8mulb ymm4, ymm7, yword [bp+di+0x4]
vgf2p8mulb ymm4, ymm7, yword [bp+si+0x1234]
vgf2p8mulb ymm4, ymm7, [eax]
aesimc xmm4, xmm7
aesimc xmm7, xmm7
aesimc xmm0, xmm7
aesimc xmm4, xmm0
aesimc xmm4, oword [eax]
aesimc xmm4, oword [ebx+0x7f]
aesimc xmm4, oword [ecx-0x80]
aesimc xmm4, oword [edx+0x12345678]
aesimc xmm4, oword [esp]
aesimc xmm4, [eax]
vaesimc xmm1, xmm4
vaesimc xmm4, xmm4
vaesimc xmm7, xmm4
vaesimc xmm1, xmm7
vaesimc xmm1, oword [eax]
vaesimc xmm1, oword [eax+ebx]
vaesimc xmm1, oword [eax+ecx*2]
vaesimc xmm1, oword [ebx+esi*4+0x10]
vaesimc xmm1, oword [edi*8+0x1000]
vaesimc xmm1, [eax]
aesenc xmm0, xmm1
aesenc xmm1, xmm1
aesenc xmm4, xmm1
aesenc xmm0, xmm4
aesenc xmm0, oword [eax]
aesenc xmm0, oword [es:edi]
aesenc xmm0, oword [fs:0x20]
aesenc xmm0, oword [gs:ebx+ecx*8+0x100]
aesenc xmm0, oword [ss:ebp+0x10]
aesenc xmm0, [eax]
vaesenc xmm7, xmm0, xmm1
vaesenc xmm0, xmm0, xmm1
vaesenc xmm1, xmm0, xmm1
vaesenc xmm7, xmm1, xmm1
vaesenc xmm7, xmm4, xmm1
vaesenc xmm7, xmm0, xmm4
vaesenc xmm7, xmm0, oword [eax]
vaesenc xmm7, xmm0, oword [bp+si+0x1234]
vaesenc xmm7, xmm0, oword [0x12]
vaesenc xmm7, xmm0, oword [ebx+0x7f]
vaesenc xmm7, xmm0, oword [ecx-0x80]
vaesenc xmm7, xmm0, [eax]
vaesenc ymm4, ymm7, ymm0
vaesenc ymm7, ymm7, ymm0
vaesenc ymm0, ymm7, ymm0
vaesenc ymm4, ymm0, ymm0
vaesenc ymm4, ymm1, ymm0
vaesenc ymm4, ymm7, ymm1
vaesenc ymm4, ymm7, yword [eax]
vaesenc ymm4, ymm7, yword [ebp]
vaesenc ymm4, ymm7, yword [ebp-0x4]
vaesenc ymm4, ymm7, yword [eax+ebx]
vaesenc ymm4, ymm7, yword [eax+ecx*2]
vaesenc ymm4, ymm7, [eax]
aesenclast xmm4, xmm7
aesenclast xmm7, xmm7
aesenclast xmm0, xmm7
aesenclast xmm4, xmm0
aesenclast xmm4, oword [eax]
aesenclast xmm4, oword [edi*8+0x1000]
aesenclast xmm4, oword [0x12345678]
aesenclast xmm4, oword [esi+0x80]
aesenclast xmm4, oword [esp+ebp*1-0x81]
aesenclast xmm4, [eax]
vaesenclast xmm1, xmm4, xmm7
vaesenclast xmm4, xmm4, xmm7
vaesenclast xmm7, xmm4, xmm7
vaesenclast xmm1, xmm7, xmm7
vaesenclast xmm1, xmm0, xmm7
vaesenclast xmm1, xmm4, xmm0
vaesenclast xmm1, xmm4, oword [eax]
vaesenclast xmm1, xmm4, oword [ss:ebp+0x10]
vaesenclast xmm1, xmm4, oword [cs:eax]
vaesenclast xmm1, xmm4, oword [bx+si]
vaesenclast xmm1, xmm4, oword [bp+di+0x4]
vaesenclast xmm1, xmm4, [eax]
vaesenclast ymm0, ymm1, ymm4
vaesenclast ymm1, ymm1, ymm4
vaesenclast ymm4, ymm1, ymm4
vaesenclast ymm0, ymm4, ymm4
vaesenclast ymm0, ymm7, ymm4
vaesenclast ymm0, ymm1, ymm7
vaesenclast ymm0, ymm1, yword [eax]
vaesenclast ymm0, ymm1, yword [ecx-0x80]
vaesenclast ymm0, ymm1, yword [edx+0x12345678]
vaesenclast ymm0, ymm1, yword [esp]
vaesenclast ymm0, ymm1, yword [esp+0x8]
vaesenclast ymm0, ymm1, [eax]
aesdec xmm0, xmm1
aesdec xmm1, xmm1
aesdec xmm4, xmm1
aesdec xmm0, xmm4
aesdec xmm0, oword [eax]
aesdec xmm0, oword [ebp-0x4]
aesdec xmm0, oword [eax+ebx]
aesdec xmm0, oword [eax+ecx*2]
aesdec xmm0, oword [ebx+esi*4+0x10]
aesdec xmm0, [eax]
vaesdec xmm7, xmm0, xmm1
vaesdec xmm0, xmm0, xmm1
vaesdec xmm1, xmm0, xmm1
vaesdec xmm7, xmm1, xmm1
vaesdec xmm7, xmm4, xmm1
vaesdec xmm7, xmm0, xmm4
vaesdec xmm7, xmm0, oword [eax]
vaesdec xmm7, xmm0, oword [esp+ebp*1-0x81]
vaesdec xmm7, xmm0, oword [es:edi]
vaesdec xmm7, xmm0, oword [fs:0x20]
vaesdec xmm7, xmm0, oword [gs:ebx+ecx*8+0x100]
vaesdec xmm7, xmm0, [eax]
vaesdec ymm4, ymm7, ymm0
vaesdec ymm7, ymm7, ymm0
vaesdec ymm0, ymm7, ymm0
vaesdec ymm4, ymm0, ymm0
vaesdec ymm4, ymm1, ymm0
vaesdec ymm4, ymm7, ymm1
vaesdec ymm4, ymm7, yword [eax]
vaesdec ymm4, ymm7, yword [bp+di+0x4]
vaesdec ymm4, ymm7, yword [bp+si+0x1234]
vaesdec ymm4, ymm7, yword [0x12]
vaesdec ymm4, ymm7, yword [ebx+0x7f]
vaesdec ymm4, ymm7, [eax]
aesdeclast xmm4, xmm7
aesdeclast xmm7, xmm7
aesdeclast xmm0, xmm7
aesdeclast xmm4, xmm0
aesdeclast xmm4, oword [eax]
aesdeclast xmm4, oword [edx+0x12345678]
aesdeclast xmm4, oword [esp]
aesdeclast xmm4, oword [esp+0x8]
aesdeclast xmm4, oword [ebp]
aesdeclast xmm4, [eax]
vaesdeclast xmm1, xmm4, xmm7
vaesdeclast xmm4, xmm4, xmm7
vaesdeclast xmm7, xmm4, xmm7
vaesdeclast xmm1, xmm7, xmm7
vaesdeclast xmm1, xmm0, xmm7
vaesdeclast xmm1, xmm4, xmm0
vaesdeclast xmm1, xmm4, oword [eax]
vaesdeclast xmm1, xmm4, oword [ebx+esi*4+0x10]
vaesdeclast xmm1, xmm4, oword [edi*8+0x1000]
vaesdeclast xmm1, xmm4, oword [0x12345678]
vaesdeclast xmm1, xmm4, oword [esi+0x80]
vaesdeclast xmm1, xmm4, [eax]
vaesdeclast ymm0, ymm1, ymm4
vaesdeclast ymm1, ymm1, ymm4
vaesdeclast ymm4, ymm1, ymm4
vaesdeclast ymm0, ymm4, ymm4
vaesdeclast ymm0, ymm7, ymm4
vaesdeclast ymm0, ymm1, ymm7
vaesdeclast ymm0, ymm1, yword [eax]
vaesdeclast ymm0, ymm1, yword [gs:ebx+ecx*8+0x100]
vaesdeclast ymm0, ymm1, yword [ss:ebp+0x10]
vaesdeclast ymm0, ymm1, yword [cs:eax]
vaesdeclast ymm0, ymm1, yword [bx+si]
vaesdeclast ymm0, ymm1, [eax]
movbe sp, word [eax]
movbe bp, word [eax]
movbe si, word [eax]
movbe sp, word [bp+si+0x1234]
movbe sp, word [0x12]
movbe sp, word [ebx+0x7f]
movbe sp, word [ecx-0x80]
movbe sp, [eax]
o16 movbe sp, word [eax]
movbe ebx, dword [eax]
movbe esp, dword [eax]
movbe ebp, dword [eax]
movbe ebx, dword [ebp]
movbe ebx, dword [ebp-0x4]
movbe ebx, dword [eax+ebx]
movbe ebx, dword [eax+ecx*2]
movbe ebx, [eax]
crc32 ecx, dh
crc32 edx, dh
crc32 ebx, dh
crc32 ecx, bh
crc32 ecx, byte [eax]
crc32 ecx, byte [bx+si]
crc32 ecx, byte [bp+di+0x4]
crc32 ecx, byte [bp+si+0x1234]
crc32 ecx, byte [0x12]
movbe word [eax], ax
movbe word [edi*8+0x1000], ax
movbe word [0x12345678], ax
movbe word [esi+0x80], ax
movbe word [esp+ebp*1-0x81], ax
movbe [eax], ax
movbe word [eax], cx
movbe word [eax], dx
o16 movbe word [eax], ax
movbe dword [eax], edi
movbe dword [ss:ebp+0x10], edi
movbe dword [cs:eax], edi
movbe dword [bx+si], edi
movbe dword [bp+di+0x4], edi
movbe [eax], edi
movbe dword [eax], eax
movbe dword [eax], ecx
crc32 esp, bp
crc32 ebp, bp
crc32 esi, bp
crc32 esp, si
crc32 esp, word [eax]
crc32 esp, word [eax+ecx*2]
crc32 esp, word [ebx+esi*4+0x10]
crc32 esp, word [edi*8+0x1000]
crc32 esp, word [0x12345678]
o16 crc32 esp, bp
crc32 ebx, esp
crc32 esp, esp
crc32 ebp, esp
crc32 ebx, ebp
crc32 ebx, dword [eax]
crc32 ebx, dword [fs:0x20]
crc32 ebx, dword [gs:ebx+ecx*8+0x100]
crc32 ebx, dword [ss:ebp+0x10]
crc32 ebx, dword [cs:eax]
andn ecx, edx, ebx
andn edx, edx, ebx
andn ebx, edx, ebx
andn ecx, ebx, ebx
andn ecx, esp, ebx
andn ecx, edx, esp
andn ecx, edx, dword [eax]
andn ecx, edx, dword [ebp-0x4]
andn ecx, edx, dword [eax+ebx]
andn ecx, edx, dword [eax+ecx*2]
andn ecx, edx, dword [ebx+esi*4+0x10]
andn ecx, edx, [eax]
blsr edi, eax
blsr eax, eax
blsr ecx, eax
blsr edi, ecx
blsr edi, dword [eax]
blsr edi, dword [bp+di+0x4]
blsr edi, dword [bp+si+0x1234]
blsr edi, dword [0x12]
blsr edi, dword [ebx+0x7f]
blsr edi, [eax]
blsmsk ebp, esi
blsmsk esi, esi
blsmsk edi, esi
blsmsk ebp, edi
blsmsk ebp, dword [eax]
blsmsk ebp, dword [0x12345678]
blsmsk ebp, dword [esi+0x80]
blsmsk ebp, dword [esp+ebp*1-0x81]
blsmsk ebp, dword [es:edi]
blsmsk ebp, [eax]
blsi ebx, esp
blsi esp, esp
blsi ebp, esp
blsi ebx, ebp
blsi ebx, dword [eax]
blsi ebx, dword [edx+0x12345678]
blsi ebx, dword [esp]
blsi ebx, dword [esp+0x8]
blsi ebx, dword [ebp]
blsi ebx, [eax]
bzhi ecx, edx, ebx
bzhi edx, edx, ebx
bzhi ebx, edx, ebx
bzhi ecx, ebx, ebx
bzhi ecx, dword [eax], ebx
bzhi ecx, dword [gs:ebx+ecx*8+0x100], ebx
bzhi ecx, dword [ss:ebp+0x10], ebx
bzhi ecx, dword [cs:eax], ebx
bzhi ecx, dword [bx+si], ebx
bzhi ecx, [eax], ebx
bzhi ecx, edx, esp
bzhi ecx, edx, ebp
wrussd dword [eax], eax
wrussd dword [eax+ebx], eax
wrussd dword [eax+ecx*2], eax
wrussd dword [ebx+esi*4+0x10], eax
wrussd dword [edi*8+0x1000], eax
wrussd [eax], eax
wrussd dword [eax], ecx
wrussd dword [eax], edx
pext ebp, esi, edi
pext esi, esi, edi
pext edi, esi, edi
pext ebp, edi, edi
pext ebp, eax, edi
pext ebp, esi, eax
pext ebp, esi, dword [eax]
pext ebp, esi, dword [bp+si+0x1234]
pext ebp, esi, dword [0x12]
pext ebp, esi, dword [ebx+0x7f]
pext ebp, esi, dword [ecx-0x80]
pext ebp, esi, [eax]
pdep ebx, esp, ebp
pdep esp, esp, ebp
pdep ebp, esp, ebp
pdep ebx, ebp, ebp
pdep ebx, esi, ebp
pdep ebx, esp, esi
pdep ebx, esp, dword [eax]
pdep ebx, esp, dword [esi+0x80]
pdep ebx, esp, dword [esp+ebp*1-0x81]
pdep ebx, esp, dword [es:edi]
pdep ebx, esp, dword [fs:0x20]
pdep ebx, esp, [eax]
wrssd dword [eax], edx
wrssd dword [esp], edx
wrssd dword [esp+0x8], edx
wrssd dword [ebp], edx
wrssd dword [ebp-0x4], edx
wrssd [eax], edx
wrssd dword [eax], ebx
wrssd dword [eax], esp
adcx edi, eax
adcx eax, eax
adcx ecx, eax
adcx edi, ecx
adcx edi, dword [eax]
adcx edi, dword [ss:ebp+0x10]
adcx edi, dword [cs:eax]
adcx edi, dword [bx+si]
adcx edi, dword [bp+di+0x4]
adcx edi, [eax]
adox ebp, esi
adox esi, esi
adox edi, esi
adox ebp, edi
adox ebp, dword [eax]
adox ebp, dword [eax+ecx*2]
adox ebp, dword [ebx+esi*4+0x10]
adox ebp, dword [edi*8+0x1000]
adox ebp, dword [0x12345678]
adox ebp, [eax]
mulx ebx, esp, ebp
mulx esp, esp, ebp
mulx ebp, esp, ebp
mulx ebx, ebp, ebp
mulx ebx, esi, ebp
mulx ebx, esp, esi
mulx ebx, esp, dword [eax]
mulx ebx, esp, dword [0x12]
mulx ebx, esp, dword [ebx+0x7f]
mulx ebx, esp, dword [ecx-0x80]
mulx ebx, esp, dword [edx+0x12345678]
mulx ebx, esp, [eax]
bextr ecx, edx, ebx
bextr edx, edx, ebx
bextr ebx, edx, ebx
bextr ecx, ebx, ebx
bextr ecx, dword [eax], ebx
bextr ecx, dword [esp+ebp*1-0x81], ebx
bextr ecx, dword [es:edi], ebx
bextr ecx, dword [fs:0x20], ebx
bextr ecx, dword [gs:ebx+ecx*8+0x100], ebx
bextr ecx, [eax], ebx
bextr ecx, edx, esp
bextr ecx, edx, ebp
shlx edi, eax, ecx
shlx eax, eax, ecx
shlx ecx, eax, ecx
shlx edi, ecx, ecx
shlx edi, dword [eax], ecx
shlx edi, dword [esp+0x8], ecx
shlx edi, dword [ebp], ecx
shlx edi, dword [ebp-0x4], ecx
shlx edi, dword [eax+ebx], ecx
shlx edi, [eax], ecx
shlx edi, eax, edx
shlx edi, eax, ebx
sarx ebp, esi, edi
sarx esi, esi, edi
sarx edi, esi, edi
sarx ebp, edi, edi
sarx ebp, dword [eax], edi
sarx ebp, dword [cs:eax], edi
sarx ebp, dword [bx+si], edi
sarx ebp, dword [bp+di+0x4], edi
sarx ebp, dword [bp+si+0x1234], edi
sarx ebp, [eax], edi
sarx ebp, esi, eax
sarx ebp, esi, ecx
shrx ebx, esp, ebp
shrx esp, esp, ebp
shrx ebp, esp, ebp
shrx ebx, ebp, ebp
shrx ebx, dword [eax], ebp
shrx ebx, dword [ebx+esi*4+0x10], ebp
shrx ebx, dword [edi*8+0x1000], ebp
shrx ebx, dword [0x12345678], ebp
shrx ebx, dword [esi+0x80], ebp
shrx ebx, [eax], ebp
shrx ebx, esp, esi
shrx ebx, esp, edi
movdir64b cx, [bx+si]
movdir64b dx, [bx+si]
movdir64b bx, [bx+si]
movdir64b cx, [bp+di+0x4]
movdir64b cx, [bp+si+0x1234]
a16 movdir64b cx, [bx+si]
movdir64b eax, [eax]
movdir64b ecx, [eax]
movdir64b edx, [eax]
movdir64b eax, [eax+ecx*2]
movdir64b eax, [ebx+esi*4+0x10]
movdir64b eax, [edi*8+0x1000]
movdir64b eax, [0x12345678]
movdiri dword [eax], ecx
movdiri dword [ss:ebp+0x10], ecx
movdiri dword [cs:eax], ecx
movdiri dword [bx+si], ecx
movdiri dword [bp+di+0x4], ecx
movdiri [eax], ecx
movdiri dword [eax], edx
movdiri dword [eax], ebx
vpermq ymm4, ymm7, 0x12
vpermq ymm7, ymm7, 0x12
vpermq ymm0, ymm7, 0x12
vpermq ymm4, ymm0, 0x12
vpermq ymm4, yword [eax], 0x12
vpermq ymm4, yword [eax+ecx*2], 0x12
vpermq ymm4, yword [ebx+esi*4+0x10], 0x12
vpermq ymm4, yword [edi*8+0x1000], 0x12
vpermq ymm4, yword [0x12345678], 0x12
vpermq ymm4, [eax], 0x12
vpermq ymm4, ymm7, 0xf0
vpermpd ymm7, ymm0, 0x12
vpermpd ymm0, ymm0, 0x12
vpermpd ymm1, ymm0, 0x12
vpermpd ymm7, ymm1, 0x12
vpermpd ymm7, yword [eax], 0x12
vpermpd ymm7, yword [ebp-0x4], 0x12
vpermpd ymm7, yword [eax+ebx], 0x12
vpermpd ymm7, yword [eax+ecx*2], 0x12
vpermpd ymm7, yword [ebx+esi*4+0x10], 0x12
vpermpd ymm7, [eax], 0x12
vpermpd ymm7, ymm0, 0xf0
vpblendd xmm0, xmm1, xmm4, 0x12
vpblendd xmm1, xmm1, xmm4, 0x12
vpblendd xmm4, xmm1, xmm4, 0x12
vpblendd xmm0, xmm4, xmm4, 0x12
vpblendd xmm0, xmm7, xmm4, 0x12
vpblendd xmm0, xmm1, xmm7, 0x12
vpblendd xmm0, xmm1, oword [eax], 0x12
vpblendd xmm0, xmm1, oword [esp+0x8], 0x12
vpblendd xmm0, xmm1, oword [ebp], 0x12
vpblendd xmm0, xmm1, oword [ebp-0x4], 0x12
vpblendd xmm0, xmm1, oword [eax+ebx], 0x12
vpblendd xmm0, xmm1, [eax], 0x12
vpblendd xmm0, xmm1, xmm4, 0xf0
vpblendd ymm7, ymm0, ymm1, 0x12
vpblendd ymm0, ymm0, ymm1, 0x12
vpblendd ymm1, ymm0, ymm1, 0x12
vpblendd ymm7, ymm1, ymm1, 0x12
vpblendd ymm7, ymm4, ymm1, 0x12
vpblendd ymm7, ymm0, ymm4, 0x12
vpblendd ymm7, ymm0, yword [eax], 0x12
vpblendd ymm7, ymm0, yword [0x12345678], 0x12
vpblendd ymm7, ymm0, yword [esi+0x80], 0x12
vpblendd ymm7, ymm0, yword [esp+ebp*1-0x81], 0x12
vpblendd ymm7, ymm0, yword [es:edi], 0x12
vpblendd ymm7, ymm0, [eax], 0x12
vpblendd ymm7, ymm0, ymm1, 0xf0
vpermilps xmm0, xmm1, 0x12
vpermilps xmm1, xmm1, 0x12
vpermilps xmm4, xmm1, 0x12
vpermilps xmm0, xmm4, 0x12
vpermilps xmm0, oword [eax], 0x12
vpermilps xmm0, oword [es:edi], 0x12
vpermilps xmm0, oword [fs:0x20], 0x12
vpermilps xmm0, oword [gs:ebx+ecx*8+0x100], 0x12
vpermilps xmm0, oword [ss:ebp+0x10], 0x12
vpermilps xmm0, [eax], 0x12
vpermilps xmm0, xmm1, 0xf0
vpermilps ymm7, ymm0, 0x12
vpermilps ymm0, ymm0, 0x12
vpermilps ymm1, ymm0, 0x12
vpermilps ymm7, ymm1, 0x12
vpermilps ymm7, yword [eax], 0x12
vpermilps ymm7, yword [bp+si+0x1234], 0x12
vpermilps ymm7, yword [0x12], 0x12
vpermilps ymm7, yword [ebx+0x7f], 0x12
vpermilps ymm7, yword [ecx-0x80], 0x12
vpermilps ymm7, [eax], 0x12
vpermilps ymm7, ymm0, 0xf0
vpermilpd xmm7, xmm0, 0x12
vpermilpd xmm0, xmm0, 0x12
vpermilpd xmm1, xmm0, 0x12
vpermilpd xmm7, xmm1, 0x12
vpermilpd xmm7, oword [eax], 0x12
vpermilpd xmm7, oword [esp], 0x12
vpermilpd xmm7, oword [esp+0x8], 0x12
vpermilpd xmm7, oword [ebp], 0x12
vpermilpd xmm7, oword [ebp-0x4], 0x12
vpermilpd xmm7, [eax], 0x12
vpermilpd xmm7, xmm0, 0xf0
vpermilpd ymm4, ymm7, 0x12
vpermilpd ymm7, ymm7, 0x12
vpermilpd ymm0, ymm7, 0x12
vpermilpd ymm4, ymm0, 0x12
vpermilpd ymm4, yword [eax], 0x12
vpermilpd ymm4, yword [edi*8+0x1000], 0x12
vpermilpd ymm4, yword [0x12345678], 0x12
vpermilpd ymm4, yword [esi+0x80], 0x12
vpermilpd ymm4, yword [esp+ebp*1-0x81], 0x12
vpermilpd ymm4, [eax], 0x12
vpermilpd ymm4, ymm7, 0xf0
vperm2f128 ymm4, ymm7, ymm0, 0x12
vperm2f128 ymm7, ymm7, ymm0, 0x12
vperm2f128 ymm0, ymm7, ymm0, 0x12
vperm2f128 ymm4, ymm0, ymm0, 0x12
vperm2f128 ymm4, ymm1, ymm0, 0x12
vperm2f128 ymm4, ymm7, ymm1, 0x12
vperm2f128 ymm4, ymm7, yword [eax], 0x12
vperm2f128 ymm4, ymm7, yword [fs:0x20], 0x12
vperm2f128 ymm4, ymm7, yword [gs:ebx+ecx*8+0x100], 0x12
vperm2f128 ymm4, ymm7, yword [ss:ebp+0x10], 0x12
vperm2f128 ymm4, ymm7, yword [cs:eax], 0x12
vperm2f128 ymm4, ymm7, [eax], 0x12
vperm2f128 ymm4, ymm7, ymm0, 0xf0
roundps xmm1, xmm4, 0x12
roundps xmm4, xmm4, 0x12
roundps xmm7, xmm4, 0x12
roundps xmm1, xmm7, 0x12
roundps xmm1, oword [eax], 0x12
roundps xmm1, oword [0x12], 0x12
roundps xmm1, oword [ebx+0x7f], 0x12
roundps xmm1, oword [ecx-0x80], 0x12
roundps xmm1, oword [edx+0x12345678], 0x12
roundps xmm1, [eax], 0x12
roundps xmm1, xmm4, 0xf0
vroundps xmm0, xmm1, 0x12
vroundps xmm1, xmm1, 0x12
vroundps xmm4, xmm1, 0x12
vroundps xmm0, xmm4, 0x12
vroundps xmm0, oword [eax], 0x12
vroundps xmm0, oword [ebp-0x4], 0x12
vroundps xmm0, oword [eax+ebx], 0x12
vroundps xmm0, oword [eax+ecx*2], 0x12
vroundps xmm0, oword [ebx+esi*4+0x10], 0x12
vroundps xmm0, [eax], 0x12
vroundps xmm0, xmm1, 0xf0
vroundps ymm7, ymm0, 0x12
vroundps ymm0, ymm0, 0x12
vroundps ymm1, ymm0, 0x12
vroundps ymm7, ymm1, 0x12
vroundps ymm7, yword [eax], 0x12
vroundps ymm7, yword [esp+ebp*1-0x81], 0x12
vroundps ymm7, yword [es:edi], 0x12
vroundps ymm7, yword [fs:0x20], 0x12
vroundps ymm7, yword [gs:ebx+ecx*8+0x100], 0x12
vroundps ymm7, [eax], 0x12
vroundps ymm7, ymm0, 0xf0
roundpd xmm7, xmm0, 0x12
roundpd xmm0, xmm0, 0x12
roundpd xmm1, xmm0, 0x12
roundpd xmm7, xmm1, 0x12
roundpd xmm7, oword [eax], 0x12
roundpd xmm7, oword [cs:eax], 0x12
roundpd xmm7, oword [bx+si], 0x12
roundpd xmm7, oword [bp+di+0x4], 0x12
roundpd xmm7, oword [bp+si+0x1234], 0x12
roundpd xmm7, [eax], 0x12
roundpd xmm7, xmm0, 0xf0
vroundpd xmm4, xmm7, 0x12
vroundpd xmm7, xmm7, 0x12
vroundpd xmm0, xmm7, 0x12
vroundpd xmm4, xmm0, 0x12
vroundpd xmm4, oword [eax], 0x12
vroundpd xmm4, oword [edx+0x12345678], 0x12
vroundpd xmm4, oword [esp], 0x12
vroundpd xmm4, oword [esp+0x8], 0x12
vroundpd xmm4, oword [ebp], 0x12
vroundpd xmm4, [eax], 0x12
vroundpd xmm4, xmm7, 0xf0
vroundpd ymm1, ymm4, 0x12
vroundpd ymm4, ymm4, 0x12
vroundpd ymm7, ymm4, 0x12
vroundpd ymm1, ymm7, 0x12
vroundpd ymm1, yword [eax], 0x12
vroundpd ymm1, yword [ebx+esi*4+0x10], 0x12
vroundpd ymm1, yword [edi*8+0x1000], 0x12
vroundpd ymm1, yword [0x12345678], 0x12
vroundpd ymm1, yword [esi+0x80], 0x12
vroundpd ymm1, [eax], 0x12
vroundpd ymm1, ymm4, 0xf0
roundss xmm1, xmm4, 0x12
roundss xmm4, xmm4, 0x12
roundss xmm7, xmm4, 0x12
roundss xmm1, xmm7, 0x12
roundss xmm1, dword [eax], 0x12
roundss xmm1, dword [es:edi], 0x12
roundss xmm1, dword [fs:0x20], 0x12
roundss xmm1, dword [gs:ebx+ecx*8+0x100], 0x12
roundss xmm1, dword [ss:ebp+0x10], 0x12
roundss xmm1, [eax], 0x12
roundss xmm1, xmm4, 0xf0
vroundss xmm0, xmm1, xmm4, 0x12
vroundss xmm1, xmm1, xmm4, 0x12
vroundss xmm4, xmm1, xmm4, 0x12
vroundss xmm0, xmm4, xmm4, 0x12
vroundss xmm0, xmm7, xmm4, 0x12
vroundss xmm0, xmm1, xmm7, 0x12
vroundss xmm0, xmm1, dword [eax], 0x12
vroundss xmm0, xmm1, dword [bp+si+0x1234], 0x12
vroundss xmm0, xmm1, dword [0x12], 0x12
vroundss xmm0, xmm1, dword [ebx+0x7f], 0x12
vroundss xmm0, xmm1, dword [ecx-0x80], 0x12
vroundss xmm0, xmm1, [eax], 0x12
vroundss xmm0, xmm1, xmm4, 0xf0
roundsd xmm4, xmm7, 0x12
roundsd xmm7, xmm7, 0x12
roundsd xmm0, xmm7, 0x12
roundsd xmm4, xmm0, 0x12
roundsd xmm4, qword [eax], 0x12
roundsd xmm4, qword [esi+0x80], 0x12
roundsd xmm4, qword [esp+ebp*1-0x81], 0x12
roundsd xmm4, qword [es:edi], 0x12
roundsd xmm4, qword [fs:0x20], 0x12
roundsd xmm4, [eax], 0x12
roundsd xmm4, xmm7, 0xf0
vroundsd xmm1, xmm4, xmm7, 0x12
vroundsd xmm4, xmm4, xmm7, 0x12
vroundsd xmm7, xmm4, xmm7, 0x12
vroundsd xmm1, xmm7, xmm7, 0x12
vroundsd xmm1, xmm0, xmm7, 0x12
vroundsd xmm1, xmm4, xmm0, 0x12
vroundsd xmm1, xmm4, qword [eax], 0x12
vroundsd xmm1, xmm4, qword [bx+si], 0x12
vroundsd xmm1, xmm4, qword [bp+di+0x4], 0x12
vroundsd xmm1, xmm4, qword [bp+si+0x1234], 0x12
vroundsd xmm1, xmm4, qword [0x12], 0x12
vroundsd xmm1, xmm4, [eax], 0x12
vroundsd xmm1, xmm4, xmm7, 0xf0
blendps xmm7, xmm0, 0x12
blendps xmm0, xmm0, 0x12
blendps xmm1, xmm0, 0x12
blendps xmm7, xmm1, 0x12
blendps xmm7, oword [eax], 0x12
blendps xmm7, oword [edi*8+0x1000], 0x12
blendps xmm7, oword [0x12345678], 0x12
blendps xmm7, oword [esi+0x80], 0x12
blendps xmm7, oword [esp+ebp*1-0x81], 0x12
blendps xmm7, [eax], 0x12
blendps xmm7, xmm0, 0xf0
vblendps xmm4, xmm7, xmm0, 0x12
vblendps xmm7, xmm7, xmm0, 0x12
vblendps xmm0, xmm7, xmm0, 0x12
vblendps xmm4, xmm0, xmm0, 0x12
vblendps xmm4, xmm1, xmm0, 0x12
vblendps xmm4, xmm7, xmm1, 0x12
vblendps xmm4, xmm7, oword [eax], 0x12
vblendps xmm4, xmm7, oword [ss:ebp+0x10], 0x12
vblendps xmm4, xmm7, oword [cs:eax], 0x12
vblendps xmm4, xmm7, oword [bx+si], 0x12
vblendps xmm4, xmm7, oword [bp+di+0x4], 0x12
vblendps xmm4, xmm7, [eax], 0x12
vblendps xmm4, xmm7, xmm0, 0xf0
vblendps ymm1, ymm4, ymm7, 0x12
vblendps ymm4, ymm4, ymm7, 0x12
vblendps ymm7, ymm4, ymm7, 0x12
vblendps ymm1, ymm7, ymm7, 0x12
vblendps ymm1, ymm0, ymm7, 0x12
vblendps ymm1, ymm4, ymm0, 0x12
vblendps ymm1, ymm4, yword [eax], 0x12
vblendps ymm1, ymm4, yword [ecx-0x80], 0x12
vblendps ymm1, ymm4, yword [edx+0x12345678], 0x12
vblendps ymm1, ymm4, yword [esp], 0x12
vblendps ymm1, ymm4, yword [esp+0x8], 0x12
vblendps ymm1, ymm4, [eax], 0x12
vblendps ymm1, ymm4, ymm7, 0xf0
blendpd xmm0, xmm1, 0x12
blendpd xmm1, xmm1, 0x12
blendpd xmm4, xmm1, 0x12
blendpd xmm0, xmm4, 0x12
blendpd xmm0, oword [eax], 0x12
blendpd xmm0, oword [eax+ecx*2], 0x12
blendpd xmm0, oword [ebx+esi*4+0x10], 0x12
blendpd xmm0, oword [edi*8+0x1000], 0x12
blendpd xmm0, oword [0x12345678], 0x12
blendpd xmm0, [eax], 0x12
blendpd xmm0, xmm1, 0xf0
vblendpd xmm7, xmm0, xmm1, 0x12
vblendpd xmm0, xmm0, xmm1, 0x12
vblendpd xmm1, xmm0, xmm1, 0x12
vblendpd xmm7, xmm1, xmm1, 0x12
vblendpd xmm7, xmm4, xmm1, 0x12
vblendpd xmm7, xmm0, xmm4, 0x12
vblendpd xmm7, xmm0, oword [eax], 0x12
vblendpd xmm7, xmm0, oword [fs:0x20], 0x12
vblendpd xmm7, xmm0, oword [gs:ebx+ecx*8+0x100], 0x12
vblendpd xmm7, xmm0, oword [ss:ebp+0x10], 0x12
vblendpd xmm7, xmm0, oword [cs:eax], 0x12
vblendpd xmm7, xmm0, [eax], 0x12
vblendpd xmm7, xmm0, xmm1, 0xf0
vblendpd ymm4, ymm7, ymm0, 0x12
vblendpd ymm7, ymm7, ymm0, 0x12
vblendpd ymm0, ymm7, ymm0, 0x12
vblendpd ymm4, ymm0, ymm0, 0x12
vblendpd ymm4, ymm1, ymm0, 0x12
vblendpd ymm4, ymm7, ymm1, 0x12
vblendpd ymm4, ymm7, yword [eax], 0x12
vblendpd ymm4, ymm7, yword [0x12], 0x12
vblendpd ymm4, ymm7, yword [ebx+0x7f], 0x12
vblendpd ymm4, ymm7, yword [ecx-0x80], 0x12
vblendpd ymm4, ymm7, yword [edx+0x12345678], 0x12
vblendpd ymm4, ymm7, [eax], 0x12
vblendpd ymm4, ymm7, ymm0, 0xf0
pblendw xmm1, xmm4, 0x12
pblendw xmm4, xmm4, 0x12
pblendw xmm7, xmm4, 0x12
pblendw xmm1, xmm7, 0x12
pblendw xmm1, oword [eax], 0x12
pblendw xmm1, oword [ebp-0x4], 0x12
pblendw xmm1, oword [eax+ebx], 0x12
pblendw xmm1, oword [eax+ecx*2], 0x12
pblendw xmm1, oword [ebx+esi*4+0x10], 0x12
pblendw xmm1, [eax], 0x12
pblendw xmm1, xmm4, 0xf0
vpblendw xmm0, xmm1, xmm4, 0x12
vpblendw xmm1, xmm1, xmm4, 0x12
vpblendw xmm4, xmm1, xmm4, 0x12
vpblendw xmm0, xmm4, xmm4, 0x12
vpblendw xmm0, xmm7, xmm4, 0x12
vpblendw xmm0, xmm1, xmm7, 0x12
vpblendw xmm0, xmm1, oword [eax], 0x12
vpblendw xmm0, xmm1, oword [esp+ebp*1-0x81], 0x12
vpblendw xmm0, xmm1, oword [es:edi], 0x12
vpblendw xmm0, xmm1, oword [fs:0x20], 0x12
vpblendw xmm0, xmm1, oword [gs:ebx+ecx*8+0x100], 0x12
vpblendw xmm0, xmm1, [eax], 0x12
vpblendw xmm0, xmm1, xmm4, 0xf0
vpblendw ymm7, ymm0, ymm1, 0x12
vpblendw ymm0, ymm0, ymm1, 0x12
vpblendw ymm1, ymm0, ymm1, 0x12
vpblendw ymm7, ymm1, ymm1, 0x12
vpblendw ymm7, ymm4, ymm1, 0x12
vpblendw ymm7, ymm0, ymm4, 0x12
vpblendw ymm7, ymm0, yword [eax], 0x12
vpblendw ymm7, ymm0, yword [bp+di+0x4], 0x12
vpblendw ymm7, ymm0, yword [bp+si+0x1234], 0x12
vpblendw ymm7, ymm0, yword [0x12], 0x12
vpblendw ymm7, ymm0, yword [ebx+0x7f], 0x12
vpblendw ymm7, ymm0, [eax], 0x12
vpblendw ymm7, ymm0, ymm1, 0xf0
palignr mm5, mm7, 0x12
palignr mm7, mm7, 0x12
palignr mm0, mm7, 0x12
palignr mm5, mm0, 0x12
palignr mm5, qword [eax], 0x12
palignr mm5, qword [esp+0x8], 0x12
palignr mm5, qword [ebp], 0x12
palignr mm5, qword [ebp-0x4], 0x12
palignr mm5, qword [eax+ebx], 0x12
palignr mm5, [eax], 0x12
palignr mm5, mm7, 0xf0
palignr xmm1, xmm4, 0x12
palignr xmm4, xmm4, 0x12
palignr xmm7, xmm4, 0x12
palignr xmm1, xmm7, 0x12
palignr xmm1, [eax], 0x12
palignr xmm1, xmm4, 0xf0
vpalignr xmm0, xmm1, xmm4, 0x12
vpalignr xmm1, xmm1, xmm4, 0x12
vpalignr xmm4, xmm1, xmm4, 0x12
vpalignr xmm0, xmm4, xmm4, 0x12
vpalignr xmm0, xmm7, xmm4, 0x12
vpalignr xmm0, xmm1, xmm7, 0x12
vpalignr xmm0, xmm1, oword [eax], 0x12
vpalignr xmm0, xmm1, oword [cs:eax], 0x12
vpalignr xmm0, xmm1, oword [bx+si], 0x12
vpalignr xmm0, xmm1, oword [bp+di+0x4], 0x12
vpalignr xmm0, xmm1, oword [bp+si+0x1234], 0x12
vpalignr xmm0, xmm1, [eax], 0x12
vpalignr xmm0, xmm1, xmm4, 0xf0
vpalignr ymm7, ymm0, ymm1, 0x12
vpalignr ymm0, ymm0, ymm1, 0x12
vpalignr ymm1, ymm0, ymm1, 0x12
vpalignr ymm7, ymm1, ymm1, 0x12
vpalignr ymm7, ymm4, ymm1, 0x12
vpalignr ymm7, ymm0, ymm4, 0x12
vpalignr ymm7, ymm0, yword [eax], 0x12
vpalignr ymm7, ymm0, yword [edx+0x12345678], 0x12
vpalignr ymm7, ymm0, yword [esp], 0x12
vpalignr ymm7, ymm0, yword [esp+0x8], 0x12
vpalignr ymm7, ymm0, yword [ebp], 0x12
vpalignr ymm7, ymm0, [eax], 0x12
vpalignr ymm7, ymm0, ymm1, 0xf0
pextrb ebx, xmm0, 0x12
pextrb esp, xmm0, 0x12
pextrb byte [eax], xmm0, 0x12
pextrb byte [eax+ebx], xmm0, 0x12
pextrb byte [eax+ecx*2], xmm0, 0x12
pextrb byte [ebx+esi*4+0x10], xmm0, 0x12
pextrb byte [edi*8+0x1000], xmm0, 0x12
pextrb [eax], xmm0, 0x12
pextrb ebx, xmm1, 0x12
pextrb ebx, xmm4, 0x12
pextrb ebx, xmm0, 0xf0
vpextrb ecx, xmm4, 0x12
vpextrb edx, xmm4, 0x12
vpextrb byte [eax], xmm4, 0x12
vpextrb byte [bp+si+0x1234], xmm4, 0x12
vpextrb byte [0x12], xmm4, 0x12
vpextrb byte [ebx+0x7f], xmm4, 0x12
vpextrb byte [ecx-0x80], xmm4, 0x12
vpextrb [eax], xmm4, 0x12
vpextrb ecx, xmm7, 0x12
vpextrb ecx, xmm0, 0x12
vpextrb ecx, xmm4, 0xf0
pextrw ebp, xmm4, 0x12
pextrw esi, xmm4, 0x12
pextrw word [eax], xmm4, 0x12
pextrw word [esp], xmm4, 0x12
pextrw word [esp+0x8], xmm4, 0x12
pextrw word [ebp], xmm4, 0x12
pextrw word [ebp-0x4], xmm4, 0x12
pextrw [eax], xmm4, 0x12
pextrw ebp, xmm7, 0x12
pextrw ebp, xmm0, 0x12
pextrw ebp, xmm4, 0xf0
vpextrw ebx, xmm0, 0x12
vpextrw esp, xmm0, 0x12
vpextrw word [eax], xmm0, 0x12
vpextrw word [ss:ebp+0x10], xmm0, 0x12
vpextrw word [cs:eax], xmm0, 0x12
vpextrw word [bx+si], xmm0, 0x12
vpextrw word [bp+di+0x4], xmm0, 0x12
vpextrw [eax], xmm0, 0x12
vpextrw ebx, xmm1, 0x12
vpextrw ebx, xmm4, 0x12
vpextrw ebx, xmm0, 0xf0
pextrd edi, xmm0, 0x12
pextrd eax, xmm0, 0x12
pextrd dword [eax], xmm0, 0x12
pextrd dword [0x12], xmm0, 0x12
pextrd dword [ebx+0x7f], xmm0, 0x12
pextrd dword [ecx-0x80], xmm0, 0x12
pextrd dword [edx+0x12345678], xmm0, 0x12
pextrd [eax], xmm0, 0x12
pextrd edi, xmm1, 0x12
pextrd edi, xmm4, 0x12
pextrd edi, xmm0, 0xf0
vpextrd ebp, xmm4, 0x12
vpextrd esi, xmm4, 0x12
vpextrd dword [eax], xmm4, 0x12
vpextrd dword [esp+ebp*1-0x81], xmm4, 0x12
vpextrd dword [es:edi], xmm4, 0x12
vpextrd dword [fs:0x20], xmm4, 0x12
vpextrd dword [gs:ebx+ecx*8+0x100], xmm4, 0x12
vpextrd [eax], xmm4, 0x12
vpextrd ebp, xmm7, 0x12
vpextrd ebp, xmm0, 0x12
vpextrd ebp, xmm4, 0xf0
extractps ecx, xmm4, 0x12
extractps edx, xmm4, 0x12
extractps dword [eax], xmm4, 0x12
extractps dword [cs:eax], xmm4, 0x12
extractps dword [bx+si], xmm4, 0x12
extractps dword [bp+di+0x4], xmm4, 0x12
extractps dword [bp+si+0x1234], xmm4, 0x12
extractps [eax], xmm4, 0x12
extractps ecx, xmm7, 0x12
extractps ecx, xmm0, 0x12
extractps ecx, xmm4, 0xf0
vextractps edi, xmm0, 0x12
vextractps eax, xmm0, 0x12
vextractps dword [eax], xmm0, 0x12
vextractps dword [ebx+esi*4+0x10], xmm0, 0x12
vextractps dword [edi*8+0x1000], xmm0, 0x12
vextractps dword [0x12345678], xmm0, 0x12
vextractps dword [esi+0x80], xmm0, 0x12
vextractps [eax], xmm0, 0x12
vextractps edi, xmm1, 0x12
vextractps edi, xmm4, 0x12
vextractps edi, xmm0, 0xf0
vinsertf128 ymm7, ymm0, xmm1, 0x12
vinsertf128 ymm0, ymm0, xmm1, 0x12
vinsertf128 ymm1, ymm0, xmm1, 0x12
vinsertf128 ymm7, ymm1, xmm1, 0x12
vinsertf128 ymm7, ymm4, xmm1, 0x12
vinsertf128 ymm7, ymm0, xmm4, 0x12
vinsertf128 ymm7, ymm0, oword [eax], 0x12
vinsertf128 ymm7, ymm0, oword [es:edi], 0x12
vinsertf128 ymm7, ymm0, oword [fs:0x20], 0x12
vinsertf128 ymm7, ymm0, oword [gs:ebx+ecx*8+0x100], 0x12
vinsertf128 ymm7, ymm0, oword [ss:ebp+0x10], 0x12
vinsertf128 ymm7, ymm0, [eax], 0x12
vinsertf128 ymm7, ymm0, xmm1, 0xf0
vextractf128 xmm4, ymm7, 0x12
vextractf128 xmm7, ymm7, 0x12
vextractf128 oword [eax], ymm7, 0x12
vextractf128 oword [esp], ymm7, 0x12
vextractf128 oword [esp+0x8], ymm7, 0x12
vextractf128 oword [ebp], ymm7, 0x12
vextractf128 oword [ebp-0x4], ymm7, 0x12
vextractf128 [eax], ymm7, 0x12
vextractf128 xmm4, ymm0, 0x12
vextractf128 xmm4, ymm1, 0x12
vextractf128 xmm4, ymm7, 0xf0
vcvtps2ph xmm1, xmm4, 0x12
vcvtps2ph xmm4, xmm4, 0x12
vcvtps2ph qword [eax], xmm4, 0x12
vcvtps2ph qword [bp+di+0x4], xmm4, 0x12
vcvtps2ph qword [bp+si+0x1234], xmm4, 0x12
vcvtps2ph qword [0x12], xmm4, 0x12
vcvtps2ph qword [ebx+0x7f], xmm4, 0x12
vcvtps2ph [eax], xmm4, 0x12
vcvtps2ph xmm1, xmm7, 0x12
vcvtps2ph xmm1, xmm0, 0x12
vcvtps2ph xmm1, xmm4, 0xf0
vcvtps2ph xmm0, ymm1, 0x12
vcvtps2ph xmm1, ymm1, 0x12
vcvtps2ph oword [eax], ymm1, 0x12
vcvtps2ph oword [esp+0x8], ymm1, 0x12
vcvtps2ph oword [ebp], ymm1, 0x12
vcvtps2ph oword [ebp-0x4], ymm1, 0x12
vcvtps2ph oword [eax+ebx], ymm1, 0x12
vcvtps2ph [eax], ymm1, 0x12
vcvtps2ph xmm0, ymm4, 0x12
vcvtps2ph xmm0, ymm7, 0x12
vcvtps2ph xmm0, ymm1, 0xf0
pinsrb xmm0, ebp, 0x12
pinsrb xmm1, ebp, 0x12
pinsrb xmm4, ebp, 0x12
pinsrb xmm0, esi, 0x12
pinsrb xmm0, byte [eax], 0x12
pinsrb xmm0, byte [ecx-0x80], 0x12
pinsrb xmm0, byte [edx+0x12345678], 0x12
pinsrb xmm0, byte [esp], 0x12
pinsrb xmm0, byte [esp+0x8], 0x12
pinsrb xmm0, [eax], 0x12
pinsrb xmm0, ebp, 0xf0
vpinsrb xmm4, xmm7, esp, 0x12
vpinsrb xmm7, xmm7, esp, 0x12
vpinsrb xmm0, xmm7, esp, 0x12
vpinsrb xmm4, xmm0, esp, 0x12
vpinsrb xmm4, xmm1, esp, 0x12
vpinsrb xmm4, xmm7, ebp, 0x12
vpinsrb xmm4, xmm7, byte [eax], 0x12
vpinsrb xmm4, xmm7, byte [fs:0x20], 0x12
vpinsrb xmm4, xmm7, byte [gs:ebx+ecx*8+0x100], 0x12
vpinsrb xmm4, xmm7, byte [ss:ebp+0x10], 0x12
vpinsrb xmm4, xmm7, byte [cs:eax], 0x12
vpinsrb xmm4, xmm7, [eax], 0x12
vpinsrb xmm4, xmm7, esp, 0xf0
insertps xmm4, xmm7, 0x12
insertps xmm7, xmm7, 0x12
insertps xmm0, xmm7, 0x12
insertps xmm4, xmm0, 0x12
insertps xmm4, dword [eax], 0x12
insertps xmm4, dword [bp+di+0x4], 0x12
insertps xmm4, dword [bp+si+0x1234], 0x12
insertps xmm4, dword [0x12], 0x12
insertps xmm4, dword [ebx+0x7f], 0x12
insertps xmm4, [eax], 0x12
insertps xmm4, xmm7, 0xf0
vinsertps xmm1, xmm4, xmm7, 0x12
vinsertps xmm4, xmm4, xmm7, 0x12
vinsertps xmm7, xmm4, xmm7, 0x12
vinsertps xmm1, xmm7, xmm7, 0x12
vinsertps xmm1, xmm0, xmm7, 0x12
vinsertps xmm1, xmm4, xmm0, 0x12
vinsertps xmm1, xmm4, dword [eax], 0x12
vinsertps xmm1, xmm4, dword [esp+0x8], 0x12
vinsertps xmm1, xmm4, dword [ebp], 0x12
vinsertps xmm1, xmm4, dword [ebp-0x4], 0x12
vinsertps xmm1, xmm4, dword [eax+ebx], 0x12
vinsertps xmm1, xmm4, [eax], 0x12
vinsertps xmm1, xmm4, xmm7, 0xf0
pinsrd xmm7, esp, 0x12
pinsrd xmm0, esp, 0x12
pinsrd xmm1, esp, 0x12
pinsrd xmm7, ebp, 0x12
pinsrd xmm7, dword [eax], 0x12
pinsrd xmm7, dword [cs:eax], 0x12
pinsrd xmm7, dword [bx+si], 0x12
pinsrd xmm7, dword [bp+di+0x4], 0x12
pinsrd xmm7, dword [bp+si+0x1234], 0x12
pinsrd xmm7, [eax], 0x12
pinsrd xmm7, esp, 0xf0
vpinsrd xmm1, xmm4, ebx, 0x12
vpinsrd xmm4, xmm4, ebx, 0x12
vpinsrd xmm7, xmm4, ebx, 0x12
vpinsrd xmm1, xmm7, ebx, 0x12
vpinsrd xmm1, xmm0, ebx, 0x12
vpinsrd xmm1, xmm4, esp, 0x12
vpinsrd xmm1, xmm4, dword [eax], 0x12
vpinsrd xmm1, xmm4, dword [ebx+esi*4+0x10], 0x12
vpinsrd xmm1, xmm4, dword [edi*8+0x1000], 0x12
vpinsrd xmm1, xmm4, dword [0x12345678], 0x12
vpinsrd xmm1, xmm4, dword [esi+0x80], 0x12
vpinsrd xmm1, xmm4, [eax], 0x12
vpinsrd xmm1, xmm4, ebx, 0xf0
vinserti128 ymm7, ymm0, xmm1, 0x12
vinserti128 ymm0, ymm0, xmm1, 0x12
vinserti128 ymm1, ymm0, xmm1, 0x12
vinserti128 ymm7, ymm1, xmm1, 0x12
vinserti128 ymm7, ymm4, xmm1, 0x12
vinserti128 ymm7, ymm0, xmm4, 0x12
vinserti128 ymm7, ymm0, oword [eax], 0x12
vinserti128 ymm7, ymm0, oword [esi+0x80], 0x12
vinserti128 ymm7, ymm0, oword [esp+ebp*1-0x81], 0x12
vinserti128 ymm7, ymm0, oword [es:edi], 0x12
vinserti128 ymm7, ymm0, oword [fs:0x20], 0x12
vinserti128 ymm7, ymm0, [eax], 0x12
vinserti128 ymm7, ymm0, xmm1, 0xf0
vextracti128 xmm4, ymm7, 0x12
vextracti128 xmm7, ymm7, 0x12
vextracti128 oword [eax], ymm7, 0x12
vextracti128 oword [ecx-0x80], ymm7, 0x12
vextracti128 oword [edx+0x12345678], ymm7, 0x12
vextracti128 oword [esp], ymm7, 0x12
vextracti128 oword [esp+0x8], ymm7, 0x12
vextracti128 [eax], ymm7, 0x12
vextracti128 xmm4, ymm0, 0x12
vextracti128 xmm4, ymm1, 0x12
vextracti128 xmm4, ymm7, 0xf0
dpps xmm1, xmm4, 0x12
dpps xmm4, xmm4, 0x12
dpps xmm7, xmm4, 0x12
dpps xmm1, xmm7, 0x12
dpps xmm1, oword [eax], 0x12
dpps xmm1, oword [edi*8+0x1000], 0x12
dpps xmm1, oword [0x12345678], 0x12
dpps xmm1, oword [esi+0x80], 0x12
dpps xmm1, oword [esp+ebp*1-0x81], 0x12
dpps xmm1, [eax], 0x12
dpps xmm1, xmm4, 0xf0
vdpps xmm0, xmm1, xmm4, 0x12
vdpps xmm1, xmm1, xmm4, 0x12
vdpps xmm4, xmm1, xmm4, 0x12
vdpps xmm0, xmm4, xmm4, 0x12
vdpps xmm0, xmm7, xmm4, 0x12
vdpps xmm0, xmm1, xmm7, 0x12
vdpps xmm0, xmm1, oword [eax], 0x12
vdpps xmm0, xmm1, oword [ss:ebp+0x10], 0x12
vdpps xmm0, xmm1, oword [cs:eax], 0x12
vdpps xmm0, xmm1, oword [bx+si], 0x12
vdpps xmm0, xmm1, oword [bp+di+0x4], 0x12
vdpps xmm0, xmm1, [eax], 0x12
vdpps xmm0, xmm1, xmm4, 0xf0
vdpps ymm7, ymm0, ymm1, 0x12
vdpps ymm0, ymm0, ymm1, 0x12
vdpps ymm1, ymm0, ymm1, 0x12
vdpps ymm7, ymm1, ymm1, 0x12
vdpps ymm7, ymm4, ymm1, 0x12
vdpps ymm7, ymm0, ymm4, 0x12
vdpps ymm7, ymm0, yword [eax], 0x12
vdpps ymm7, ymm0, yword [ecx-0x80], 0x12
vdpps ymm7, ymm0, yword [edx+0x12345678], 0x12
vdpps ymm7, ymm0, yword [esp], 0x12
vdpps ymm7, ymm0, yword [esp+0x8], 0x12
vdpps ymm7, ymm0, [eax], 0x12
vdpps ymm7, ymm0, ymm1, 0xf0
dppd xmm4, xmm7, 0x12
dppd xmm7, xmm7, 0x12
dppd xmm0, xmm7, 0x12
dppd xmm4, xmm0, 0x12
dppd xmm4, oword [eax], 0x12
dppd xmm4, oword [eax+ecx*2], 0x12
dppd xmm4, oword [ebx+esi*4+0x10], 0x12
dppd xmm4, oword [edi*8+0x1000], 0x12
dppd xmm4, oword [0x12345678], 0x12
dppd xmm4, [eax], 0x12
dppd xmm4, xmm7, 0xf0
vdppd xmm1, xmm4, xmm7, 0x12
vdppd xmm4, xmm4, xmm7, 0x12
vdppd xmm7, xmm4, xmm7, 0x12
vdppd xmm1, xmm7, xmm7, 0x12
vdppd xmm1, xmm0, xmm7, 0x12
vdppd xmm1, xmm4, xmm0, 0x12
vdppd xmm1, xmm4, oword [eax], 0x12
vdppd xmm1, xmm4, oword [fs:0x20], 0x12
vdppd xmm1, xmm4, oword [gs:ebx+ecx*8+0x100], 0x12
vdppd xmm1, xmm4, oword [ss:ebp+0x10], 0x12
vdppd xmm1, xmm4, oword [cs:eax], 0x12
vdppd xmm1, xmm4, [eax], 0x12
vdppd xmm1, xmm4, xmm7, 0xf0
mpsadbw xmm0, xmm1, 0x12
mpsadbw xmm1, xmm1, 0x12
mpsadbw xmm4, xmm1, 0x12
mpsadbw xmm0, xmm4, 0x12
mpsadbw xmm0, oword [eax], 0x12
mpsadbw xmm0, oword [0x12], 0x12
mpsadbw xmm0, oword [ebx+0x7f], 0x12
mpsadbw xmm0, oword [ecx-0x80], 0x12
mpsadbw xmm0, oword [edx+0x12345678], 0x12
mpsadbw xmm0, [eax], 0x12
mpsadbw xmm0, xmm1, 0xf0
vmpsadbw xmm7, xmm0, xmm1, 0x12
vmpsadbw xmm0, xmm0, xmm1, 0x12
vmpsadbw xmm1, xmm0, xmm1, 0x12
vmpsadbw xmm7, xmm1, xmm1, 0x12
vmpsadbw xmm7, xmm4, xmm1, 0x12
vmpsadbw xmm7, xmm0, xmm4, 0x12
vmpsadbw xmm7, xmm0, oword [eax], 0x12
vmpsadbw xmm7, xmm0, oword [ebp-0x4], 0x12
vmpsadbw xmm7, xmm0, oword [eax+ebx], 0x12
vmpsadbw xmm7, xmm0, oword [eax+ecx*2], 0x12
vmpsadbw xmm7, xmm0, oword [ebx+esi*4+0x10], 0x12
vmpsadbw xmm7, xmm0, [eax], 0x12
vmpsadbw xmm7, xmm0, xmm1, 0xf0
vmpsadbw ymm4, ymm7, ymm0, 0x12
vmpsadbw ymm7, ymm7, ymm0, 0x12
vmpsadbw ymm0, ymm7, ymm0, 0x12
vmpsadbw ymm4, ymm0, ymm0, 0x12
vmpsadbw ymm4, ymm1, ymm0, 0x12
vmpsadbw ymm4, ymm7, ymm1, 0x12
vmpsadbw ymm4, ymm7, yword [eax], 0x12
vmpsadbw ymm4, ymm7, yword [esp+ebp*1-0x81], 0x12
vmpsadbw ymm4, ymm7, yword [es:edi], 0x12
vmpsadbw ymm4, ymm7, yword [fs:0x20], 0x12
vmpsadbw ymm4, ymm7, yword [gs:ebx+ecx*8+0x100], 0x12
vmpsadbw ymm4, ymm7, [eax], 0x12
vmpsadbw ymm4, ymm7, ymm0, 0xf0
pclmulqdq xmm4, xmm7, 0x12
pclmulqdq xmm7, xmm7, 0x12
pclmulqdq xmm0, xmm7, 0x12
pclmulqdq xmm4, xmm0, 0x12
pclmulqdq xmm4, oword [eax], 0x12
pclmulqdq xmm4, oword [ebx+0x7f], 0x12
pclmulqdq xmm4, oword [ecx-0x80], 0x12
pclmulqdq xmm4, oword [edx+0x12345678], 0x12
pclmulqdq xmm4, oword [esp], 0x12
pclmulqdq xmm4, [eax], 0x12
pclmulqdq xmm4, xmm7, 0xf0
vpclmulqdq xmm1, xmm4, xmm7, 0x12
vpclmulqdq xmm4, xmm4, xmm7, 0x12
vpclmulqdq xmm7, xmm4, xmm7, 0x12
vpclmulqdq xmm1, xmm7, xmm7, 0x12
vpclmulqdq xmm1, xmm0, xmm7, 0x12
vpclmulqdq xmm1, xmm4, xmm0, 0x12
vpclmulqdq xmm1, xmm4, oword [eax], 0x12
vpclmulqdq xmm1, xmm4, oword [eax+ebx], 0x12
vpclmulqdq xmm1, xmm4, oword [eax+ecx*2], 0x12
vpclmulqdq xmm1, xmm4, oword [ebx+esi*4+0x10], 0x12
vpclmulqdq xmm1, xmm4, oword [edi*8+0x1000], 0x12
vpclmulqdq xmm1, xmm4, [eax], 0x12
vpclmulqdq xmm1, xmm4, xmm7, 0xf0
vpclmulqdq ymm0, ymm1, ymm4, 0x12
vpclmulqdq ymm1, ymm1, ymm4, 0x12
vpclmulqdq ymm4, ymm1, ymm4, 0x12
vpclmulqdq ymm0, ymm4, ymm4, 0x12
vpclmulqdq ymm0, ymm7, ymm4, 0x12
vpclmulqdq ymm0, ymm1, ymm7, 0x12
vpclmulqdq ymm0, ymm1, yword [eax], 0x12
vpclmulqdq ymm0, ymm1, yword [es:edi], 0x12
vpclmulqdq ymm0, ymm1, yword [fs:0x20], 0x12
vpclmulqdq ymm0, ymm1, yword [gs:ebx+ecx*8+0x100], 0x12
vpclmulqdq ymm0, ymm1, yword [ss:ebp+0x10], 0x12
vpclmulqdq ymm0, ymm1, [eax], 0x12
vpclmulqdq ymm0, ymm1, ymm4, 0xf0
vperm2i128 ymm0, ymm1, ymm4, 0x12
vperm2i128 ymm1, ymm1, ymm4, 0x12
vperm2i128 ymm4, ymm1, ymm4, 0x12
vperm2i128 ymm0, ymm4, ymm4, 0x12
vperm2i128 ymm0, ymm7, ymm4, 0x12
vperm2i128 ymm0, ymm1, ymm7, 0x12
vperm2i128 ymm0, ymm1, yword [eax], 0x12
vperm2i128 ymm0, ymm1, yword [bx+si], 0x12
vperm2i128 ymm0, ymm1, yword [bp+di+0x4], 0x12
vperm2i128 ymm0, ymm1, yword [bp+si+0x1234], 0x12
vperm2i128 ymm0, ymm1, yword [0x12], 0x12
vperm2i128 ymm0, ymm1, [eax], 0x12
vperm2i128 ymm0, ymm1, ymm4, 0xf0
vblendvps xmm7, xmm0, xmm1, xmm4
vblendvps xmm0, xmm0, xmm1, xmm4
vblendvps xmm1, xmm0, xmm1, xmm4
vblendvps xmm7, xmm1, xmm1, xmm4
vblendvps xmm7, xmm4, xmm1, xmm4
vblendvps xmm7, xmm0, xmm4, xmm4
vblendvps xmm7, xmm0, oword [eax], xmm4
vblendvps xmm7, xmm0, oword [esp+ebp*1-0x81], xmm4
vblendvps xmm7, xmm0, oword [es:edi], xmm4
vblendvps xmm7, xmm0, oword [fs:0x20], xmm4
vblendvps xmm7, xmm0, oword [gs:ebx+ecx*8+0x100], xmm4
vblendvps xmm7, xmm0, [eax], xmm4
vblendvps xmm7, xmm0, xmm1, xmm7
vblendvps xmm7, xmm0, xmm1, xmm0
vblendvps ymm4, ymm7, ymm0, ymm1
vblendvps ymm7, ymm7, ymm0, ymm1
vblendvps ymm0, ymm7, ymm0, ymm1
vblendvps ymm4, ymm0, ymm0, ymm1
vblendvps ymm4, ymm1, ymm0, ymm1
vblendvps ymm4, ymm7, ymm1, ymm1
vblendvps ymm4, ymm7, yword [eax], ymm1
vblendvps ymm4, ymm7, yword [bp+di+0x4], ymm1
vblendvps ymm4, ymm7, yword [bp+si+0x1234], ymm1
vblendvps ymm4, ymm7, yword [0x12], ymm1
vblendvps ymm4, ymm7, yword [ebx+0x7f], ymm1
vblendvps ymm4, ymm7, [eax], ymm1
vblendvps ymm4, ymm7, ymm0, ymm4
vblendvps ymm4, ymm7, ymm0, ymm7
vblendvpd xmm1, xmm4, xmm7, xmm0
vblendvpd xmm4, xmm4, xmm7, xmm0
vblendvpd xmm7, xmm4, xmm7, xmm0
vblendvpd xmm1, xmm7, xmm7, xmm0
vblendvpd xmm1, xmm0, xmm7, xmm0
vblendvpd xmm1, xmm4, xmm0, xmm0
vblendvpd xmm1, xmm4, oword [eax], xmm0
vblendvpd xmm1, xmm4, oword [esp+0x8], xmm0
vblendvpd xmm1, xmm4, oword [ebp], xmm0
vblendvpd xmm1, xmm4, oword [ebp-0x4], xmm0
vblendvpd xmm1, xmm4, oword [eax+ebx], xmm0
vblendvpd xmm1, xmm4, [eax], xmm0
vblendvpd xmm1, xmm4, xmm7, xmm1
vblendvpd xmm1, xmm4, xmm7, xmm4
vblendvpd ymm0, ymm1, ymm4, ymm7
vblendvpd ymm1, ymm1, ymm4, ymm7
vblendvpd ymm4, ymm1, ymm4, ymm7
vblendvpd ymm0, ymm4, ymm4, ymm7
vblendvpd ymm0, ymm7, ymm4, ymm7
vblendvpd ymm0, ymm1, ymm7, ymm7
vblendvpd ymm0, ymm1, yword [eax], ymm7
vblendvpd ymm0, ymm1, yword [0x12345678], ymm7
vblendvpd ymm0, ymm1, yword [esi+0x80], ymm7
vblendvpd ymm0, ymm1, yword [esp+ebp*1-0x81], ymm7
vblendvpd ymm0, ymm1, yword [es:edi], ymm7
vblendvpd ymm0, ymm1, [eax], ymm7
vblendvpd ymm0, ymm1, ymm4, ymm0
vblendvpd ymm0, ymm1, ymm4, ymm1
vpblendvb xmm7, xmm0, xmm1, xmm4
vpblendvb xmm0, xmm0, xmm1, xmm4
vpblendvb xmm1, xmm0, xmm1, xmm4
vpblendvb xmm7, xmm1, xmm1, xmm4
vpblendvb xmm7, xmm4, xmm1, xmm4
vpblendvb xmm7, xmm0, xmm4, xmm4
vpblendvb xmm7, xmm0, oword [eax], xmm4
vpblendvb xmm7, xmm0, oword [cs:eax], xmm4
vpblendvb xmm7, xmm0, oword [bx+si], xmm4
vpblendvb xmm7, xmm0, oword [bp+di+0x4], xmm4
vpblendvb xmm7, xmm0, oword [bp+si+0x1234], xmm4
vpblendvb xmm7, xmm0, [eax], xmm4
vpblendvb xmm7, xmm0, xmm1, xmm7
vpblendvb xmm7, xmm0, xmm1, xmm0
vpblendvb ymm4, ymm7, ymm0, ymm1
vpblendvb ymm7, ymm7, ymm0, ymm1
vpblendvb ymm0, ymm7, ymm0, ymm1
vpblendvb ymm4, ymm0, ymm0, ymm1
vpblendvb ymm4, ymm1, ymm0, ymm1
vpblendvb ymm4, ymm7, ymm1, ymm1
vpblendvb ymm4, ymm7, yword [eax], ymm1
vpblendvb ymm4, ymm7, yword [edx+0x12345678], ymm1
vpblendvb ymm4, ymm7, yword [esp], ymm1
vpblendvb ymm4, ymm7, yword [esp+0x8], ymm1
vpblendvb ymm4, ymm7, yword [ebp], ymm1
vpblendvb ymm4, ymm7, [eax], ymm1
vpblendvb ymm4, ymm7, ymm0, ymm4
vpblendvb ymm4, ymm7, ymm0, ymm7
vfmaddsubps xmm1, xmm4, xmm7, xmm0
vfmaddsubps xmm4, xmm4, xmm7, xmm0
vfmaddsubps xmm7, xmm4, xmm7, xmm0
vfmaddsubps xmm1, xmm7, xmm7, xmm0
vfmaddsubps xmm1, xmm0, xmm7, xmm0
vfmaddsubps xmm1, xmm4, xmm0, xmm0
vfmaddsubps xmm1, xmm4, oword [eax], xmm0
vfmaddsubps xmm1, xmm4, oword [gs:ebx+ecx*8+0x100], xmm0
vfmaddsubps xmm1, xmm4, oword [ss:ebp+0x10], xmm0
vfmaddsubps xmm1, xmm4, oword [cs:eax], xmm0
vfmaddsubps xmm1, xmm4, oword [bx+si], xmm0
vfmaddsubps xmm1, xmm4, [eax], xmm0
vfmaddsubps xmm1, xmm4, xmm7, xmm1
vfmaddsubps xmm1, xmm4, xmm7, xmm4
vfmaddsubps ymm0, ymm1, ymm4, ymm7
vfmaddsubps ymm1, ymm1, ymm4, ymm7
vfmaddsubps ymm4, ymm1, ymm4, ymm7
vfmaddsubps ymm0, ymm4, ymm4, ymm7
vfmaddsubps ymm0, ymm7, ymm4, ymm7
vfmaddsubps ymm0, ymm1, ymm7, ymm7
vfmaddsubps ymm0, ymm1, yword [eax], ymm7
vfmaddsubps ymm0, ymm1, yword [ebx+0x7f], ymm7
vfmaddsubps ymm0, ymm1, yword [ecx-0x80], ymm7
vfmaddsubps ymm0, ymm1, yword [edx+0x12345678], ymm7
vfmaddsubps ymm0, ymm1, yword [esp], ymm7
vfmaddsubps ymm0, ymm1, [eax], ymm7
vfmaddsubps ymm0, ymm1, ymm4, ymm0
vfmaddsubps ymm0, ymm1, ymm4, ymm1
vfmaddsubps xmm7, xmm0, xmm1, xmm4
vfmaddsubps xmm0, xmm0, xmm1, xmm4
vfmaddsubps xmm1, xmm0, xmm1, xmm4
vfmaddsubps xmm7, xmm1, xmm1, xmm4
vfmaddsubps xmm7, xmm4, xmm1, xmm4
vfmaddsubps xmm7, xmm0, xmm4, xmm4
vfmaddsubps xmm7, xmm0, xmm7, xmm4
vfmaddsubps xmm7, xmm0, xmm1, xmm7
vfmaddsubps xmm7, xmm0, xmm1, oword [eax]
vfmaddsubps xmm7, xmm0, xmm1, oword [eax+ebx]
vfmaddsubps xmm7, xmm0, xmm1, oword [eax+ecx*2]
vfmaddsubps xmm7, xmm0, xmm1, oword [ebx+esi*4+0x10]
vfmaddsubps xmm7, xmm0, xmm1, oword [edi*8+0x1000]
vfmaddsubps xmm7, xmm0, xmm1, [eax]
vfmaddsubps ymm4, ymm7, ymm0, ymm1
vfmaddsubps ymm7, ymm7, ymm0, ymm1
vfmaddsubps ymm0, ymm7, ymm0, ymm1
vfmaddsubps ymm4, ymm0, ymm0, ymm1
vfmaddsubps ymm4, ymm1, ymm0, ymm1
vfmaddsubps ymm4, ymm7, ymm1, ymm1
vfmaddsubps ymm4, ymm7, ymm4, ymm1
vfmaddsubps ymm4, ymm7, ymm0, ymm4
vfmaddsubps ymm4, ymm7, ymm0, yword [eax]
vfmaddsubps ymm4, ymm7, ymm0, yword [es:edi]
vfmaddsubps ymm4, ymm7, ymm0, yword [fs:0x20]
vfmaddsubps ymm4, ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vfmaddsubps ymm4, ymm7, ymm0, yword [ss:ebp+0x10]
vfmaddsubps ymm4, ymm7, ymm0, [eax]
vfmaddsubpd xmm1, xmm4, xmm7, xmm0
vfmaddsubpd xmm4, xmm4, xmm7, xmm0
vfmaddsubpd xmm7, xmm4, xmm7, xmm0
vfmaddsubpd xmm1, xmm7, xmm7, xmm0
vfmaddsubpd xmm1, xmm0, xmm7, xmm0
vfmaddsubpd xmm1, xmm4, xmm0, xmm0
vfmaddsubpd xmm1, xmm4, oword [eax], xmm0
vfmaddsubpd xmm1, xmm4, oword [bp+si+0x1234], xmm0
vfmaddsubpd xmm1, xmm4, oword [0x12], xmm0
vfmaddsubpd xmm1, xmm4, oword [ebx+0x7f], xmm0
vfmaddsubpd xmm1, xmm4, oword [ecx-0x80], xmm0
vfmaddsubpd xmm1, xmm4, [eax], xmm0
vfmaddsubpd xmm1, xmm4, xmm7, xmm1
vfmaddsubpd xmm1, xmm4, xmm7, xmm4
vfmaddsubpd ymm0, ymm1, ymm4, ymm7
vfmaddsubpd ymm1, ymm1, ymm4, ymm7
vfmaddsubpd ymm4, ymm1, ymm4, ymm7
vfmaddsubpd ymm0, ymm4, ymm4, ymm7
vfmaddsubpd ymm0, ymm7, ymm4, ymm7
vfmaddsubpd ymm0, ymm1, ymm7, ymm7
vfmaddsubpd ymm0, ymm1, yword [eax], ymm7
vfmaddsubpd ymm0, ymm1, yword [ebp], ymm7
vfmaddsubpd ymm0, ymm1, yword [ebp-0x4], ymm7
vfmaddsubpd ymm0, ymm1, yword [eax+ebx], ymm7
vfmaddsubpd ymm0, ymm1, yword [eax+ecx*2], ymm7
vfmaddsubpd ymm0, ymm1, [eax], ymm7
vfmaddsubpd ymm0, ymm1, ymm4, ymm0
vfmaddsubpd ymm0, ymm1, ymm4, ymm1
vfmaddsubpd xmm7, xmm0, xmm1, xmm4
vfmaddsubpd xmm0, xmm0, xmm1, xmm4
vfmaddsubpd xmm1, xmm0, xmm1, xmm4
vfmaddsubpd xmm7, xmm1, xmm1, xmm4
vfmaddsubpd xmm7, xmm4, xmm1, xmm4
vfmaddsubpd xmm7, xmm0, xmm4, xmm4
vfmaddsubpd xmm7, xmm0, xmm7, xmm4
vfmaddsubpd xmm7, xmm0, xmm1, xmm7
vfmaddsubpd xmm7, xmm0, xmm1, oword [eax]
vfmaddsubpd xmm7, xmm0, xmm1, oword [esi+0x80]
vfmaddsubpd xmm7, xmm0, xmm1, oword [esp+ebp*1-0x81]
vfmaddsubpd xmm7, xmm0, xmm1, oword [es:edi]
vfmaddsubpd xmm7, xmm0, xmm1, oword [fs:0x20]
vfmaddsubpd xmm7, xmm0, xmm1, [eax]
vfmaddsubpd ymm4, ymm7, ymm0, ymm1
vfmaddsubpd ymm7, ymm7, ymm0, ymm1
vfmaddsubpd ymm0, ymm7, ymm0, ymm1
vfmaddsubpd ymm4, ymm0, ymm0, ymm1
vfmaddsubpd ymm4, ymm1, ymm0, ymm1
vfmaddsubpd ymm4, ymm7, ymm1, ymm1
vfmaddsubpd ymm4, ymm7, ymm4, ymm1
vfmaddsubpd ymm4, ymm7, ymm0, ymm4
vfmaddsubpd ymm4, ymm7, ymm0, yword [eax]
vfmaddsubpd ymm4, ymm7, ymm0, yword [bx+si]
vfmaddsubpd ymm4, ymm7, ymm0, yword [bp+di+0x4]
vfmaddsubpd ymm4, ymm7, ymm0, yword [bp+si+0x1234]
vfmaddsubpd ymm4, ymm7, ymm0, yword [0x12]
vfmaddsubpd ymm4, ymm7, ymm0, [eax]
vfmsubaddps xmm1, xmm4, xmm7, xmm0
vfmsubaddps xmm4, xmm4, xmm7, xmm0
vfmsubaddps xmm7, xmm4, xmm7, xmm0
vfmsubaddps xmm1, xmm7, xmm7, xmm0
vfmsubaddps xmm1, xmm0, xmm7, xmm0
vfmsubaddps xmm1, xmm4, xmm0, xmm0
vfmsubaddps xmm1, xmm4, oword [eax], xmm0
vfmsubaddps xmm1, xmm4, oword [esp], xmm0
vfmsubaddps xmm1, xmm4, oword [esp+0x8], xmm0
vfmsubaddps xmm1, xmm4, oword [ebp], xmm0
vfmsubaddps xmm1, xmm4, oword [ebp-0x4], xmm0
vfmsubaddps xmm1, xmm4, [eax], xmm0
vfmsubaddps xmm1, xmm4, xmm7, xmm1
vfmsubaddps xmm1, xmm4, xmm7, xmm4
vfmsubaddps ymm0, ymm1, ymm4, ymm7
vfmsubaddps ymm1, ymm1, ymm4, ymm7
vfmsubaddps ymm4, ymm1, ymm4, ymm7
vfmsubaddps ymm0, ymm4, ymm4, ymm7
vfmsubaddps ymm0, ymm7, ymm4, ymm7
vfmsubaddps ymm0, ymm1, ymm7, ymm7
vfmsubaddps ymm0, ymm1, yword [eax], ymm7
vfmsubaddps ymm0, ymm1, yword [edi*8+0x1000], ymm7
vfmsubaddps ymm0, ymm1, yword [0x12345678], ymm7
vfmsubaddps ymm0, ymm1, yword [esi+0x80], ymm7
vfmsubaddps ymm0, ymm1, yword [esp+ebp*1-0x81], ymm7
vfmsubaddps ymm0, ymm1, [eax], ymm7
vfmsubaddps ymm0, ymm1, ymm4, ymm0
vfmsubaddps ymm0, ymm1, ymm4, ymm1
vfmsubaddps xmm7, xmm0, xmm1, xmm4
vfmsubaddps xmm0, xmm0, xmm1, xmm4
vfmsubaddps xmm1, xmm0, xmm1, xmm4
vfmsubaddps xmm7, xmm1, xmm1, xmm4
vfmsubaddps xmm7, xmm4, xmm1, xmm4
vfmsubaddps xmm7, xmm0, xmm4, xmm4
vfmsubaddps xmm7, xmm0, xmm7, xmm4
vfmsubaddps xmm7, xmm0, xmm1, xmm7
vfmsubaddps xmm7, xmm0, xmm1, oword [eax]
vfmsubaddps xmm7, xmm0, xmm1, oword [ss:ebp+0x10]
vfmsubaddps xmm7, xmm0, xmm1, oword [cs:eax]
vfmsubaddps xmm7, xmm0, xmm1, oword [bx+si]
vfmsubaddps xmm7, xmm0, xmm1, oword [bp+di+0x4]
vfmsubaddps xmm7, xmm0, xmm1, [eax]
vfmsubaddps ymm4, ymm7, ymm0, ymm1
vfmsubaddps ymm7, ymm7, ymm0, ymm1
vfmsubaddps ymm0, ymm7, ymm0, ymm1
vfmsubaddps ymm4, ymm0, ymm0, ymm1
vfmsubaddps ymm4, ymm1, ymm0, ymm1
vfmsubaddps ymm4, ymm7, ymm1, ymm1
vfmsubaddps ymm4, ymm7, ymm4, ymm1
vfmsubaddps ymm4, ymm7, ymm0, ymm4
vfmsubaddps ymm4, ymm7, ymm0, yword [eax]
vfmsubaddps ymm4, ymm7, ymm0, yword [ecx-0x80]
vfmsubaddps ymm4, ymm7, ymm0, yword [edx+0x12345678]
vfmsubaddps ymm4, ymm7, ymm0, yword [esp]
vfmsubaddps ymm4, ymm7, ymm0, yword [esp+0x8]
vfmsubaddps ymm4, ymm7, ymm0, [eax]
vfmsubaddpd xmm1, xmm4, xmm7, xmm0
vfmsubaddpd xmm4, xmm4, xmm7, xmm0
vfmsubaddpd xmm7, xmm4, xmm7, xmm0
vfmsubaddpd xmm1, xmm7, xmm7, xmm0
vfmsubaddpd xmm1, xmm0, xmm7, xmm0
vfmsubaddpd xmm1, xmm4, xmm0, xmm0
vfmsubaddpd xmm1, xmm4, oword [eax], xmm0
vfmsubaddpd xmm1, xmm4, oword [eax+ecx*2], xmm0
vfmsubaddpd xmm1, xmm4, oword [ebx+esi*4+0x10], xmm0
vfmsubaddpd xmm1, xmm4, oword [edi*8+0x1000], xmm0
vfmsubaddpd xmm1, xmm4, oword [0x12345678], xmm0
vfmsubaddpd xmm1, xmm4, [eax], xmm0
vfmsubaddpd xmm1, xmm4, xmm7, xmm1
vfmsubaddpd xmm1, xmm4, xmm7, xmm4
vfmsubaddpd ymm0, ymm1, ymm4, ymm7
vfmsubaddpd ymm1, ymm1, ymm4, ymm7
vfmsubaddpd ymm4, ymm1, ymm4, ymm7
vfmsubaddpd ymm0, ymm4, ymm4, ymm7
vfmsubaddpd ymm0, ymm7, ymm4, ymm7
vfmsubaddpd ymm0, ymm1, ymm7, ymm7
vfmsubaddpd ymm0, ymm1, yword [eax], ymm7
vfmsubaddpd ymm0, ymm1, yword [fs:0x20], ymm7
vfmsubaddpd ymm0, ymm1, yword [gs:ebx+ecx*8+0x100], ymm7
vfmsubaddpd ymm0, ymm1, yword [ss:ebp+0x10], ymm7
vfmsubaddpd ymm0, ymm1, yword [cs:eax], ymm7
vfmsubaddpd ymm0, ymm1, [eax], ymm7
vfmsubaddpd ymm0, ymm1, ymm4, ymm0
vfmsubaddpd ymm0, ymm1, ymm4, ymm1
vfmsubaddpd xmm7, xmm0, xmm1, xmm4
vfmsubaddpd xmm0, xmm0, xmm1, xmm4
vfmsubaddpd xmm1, xmm0, xmm1, xmm4
vfmsubaddpd xmm7, xmm1, xmm1, xmm4
vfmsubaddpd xmm7, xmm4, xmm1, xmm4
vfmsubaddpd xmm7, xmm0, xmm4, xmm4
vfmsubaddpd xmm7, xmm0, xmm7, xmm4
vfmsubaddpd xmm7, xmm0, xmm1, xmm7
vfmsubaddpd xmm7, xmm0, xmm1, oword [eax]
vfmsubaddpd xmm7, xmm0, xmm1, oword [0x12]
vfmsubaddpd xmm7, xmm0, xmm1, oword [ebx+0x7f]
vfmsubaddpd xmm7, xmm0, xmm1, oword [ecx-0x80]
vfmsubaddpd xmm7, xmm0, xmm1, oword [edx+0x12345678]
vfmsubaddpd xmm7, xmm0, xmm1, [eax]
vfmsubaddpd ymm4, ymm7, ymm0, ymm1
vfmsubaddpd ymm7, ymm7, ymm0, ymm1
vfmsubaddpd ymm0, ymm7, ymm0, ymm1
vfmsubaddpd ymm4, ymm0, ymm0, ymm1
vfmsubaddpd ymm4, ymm1, ymm0, ymm1
vfmsubaddpd ymm4, ymm7, ymm1, ymm1
vfmsubaddpd ymm4, ymm7, ymm4, ymm1
vfmsubaddpd ymm4, ymm7, ymm0, ymm4
vfmsubaddpd ymm4, ymm7, ymm0, yword [eax]
vfmsubaddpd ymm4, ymm7, ymm0, yword [ebp-0x4]
vfmsubaddpd ymm4, ymm7, ymm0, yword [eax+ebx]
vfmsubaddpd ymm4, ymm7, ymm0, yword [eax+ecx*2]
vfmsubaddpd ymm4, ymm7, ymm0, yword [ebx+esi*4+0x10]
vfmsubaddpd ymm4, ymm7, ymm0, [eax]
pcmpestrm xmm1, xmm4, 0x12
pcmpestrm xmm4, xmm4, 0x12
pcmpestrm xmm7, xmm4, 0x12
pcmpestrm xmm1, xmm7, 0x12
pcmpestrm xmm1, oword [eax], 0x12
pcmpestrm xmm1, oword [esp+ebp*1-0x81], 0x12
pcmpestrm xmm1, oword [es:edi], 0x12
pcmpestrm xmm1, oword [fs:0x20], 0x12
pcmpestrm xmm1, oword [gs:ebx+ecx*8+0x100], 0x12
pcmpestrm xmm1, [eax], 0x12
pcmpestrm xmm1, xmm4, 0xf0
vpcmpestrm xmm7, xmm0, 0x12
vpcmpestrm xmm0, xmm0, 0x12
vpcmpestrm xmm1, xmm0, 0x12
vpcmpestrm xmm7, xmm1, 0x12
vpcmpestrm xmm7, oword [eax], 0x12
vpcmpestrm xmm7, oword [esp+0x8], 0x12
vpcmpestrm xmm7, oword [ebp], 0x12
vpcmpestrm xmm7, oword [ebp-0x4], 0x12
vpcmpestrm xmm7, oword [eax+ebx], 0x12
vpcmpestrm xmm7, [eax], 0x12
vpcmpestrm xmm7, xmm0, 0xf0
pcmpestri xmm1, xmm4, 0x12
pcmpestri xmm4, xmm4, 0x12
pcmpestri xmm7, xmm4, 0x12
pcmpestri xmm1, xmm7, 0x12
pcmpestri xmm1, oword [eax], 0x12
pcmpestri xmm1, oword [cs:eax], 0x12
pcmpestri xmm1, oword [bx+si], 0x12
pcmpestri xmm1, oword [bp+di+0x4], 0x12
pcmpestri xmm1, oword [bp+si+0x1234], 0x12
pcmpestri xmm1, [eax], 0x12
pcmpestri xmm1, xmm4, 0xf0
vpcmpestri xmm7, xmm0, 0x12
vpcmpestri xmm0, xmm0, 0x12
vpcmpestri xmm1, xmm0, 0x12
vpcmpestri xmm7, xmm1, 0x12
vpcmpestri xmm7, oword [eax], 0x12
vpcmpestri xmm7, oword [ebx+esi*4+0x10], 0x12
vpcmpestri xmm7, oword [edi*8+0x1000], 0x12
vpcmpestri xmm7, oword [0x12345678], 0x12
vpcmpestri xmm7, oword [esi+0x80], 0x12
vpcmpestri xmm7, [eax], 0x12
vpcmpestri xmm7, xmm0, 0xf0
pcmpistrm xmm1, xmm4, 0x12
pcmpistrm xmm4, xmm4, 0x12
pcmpistrm xmm7, xmm4, 0x12
pcmpistrm xmm1, xmm7, 0x12
pcmpistrm xmm1, oword [eax], 0x12
pcmpistrm xmm1, oword [ebx+0x7f], 0x12
pcmpistrm xmm1, oword [ecx-0x80], 0x12
pcmpistrm xmm1, oword [edx+0x12345678], 0x12
pcmpistrm xmm1, oword [esp], 0x12
pcmpistrm xmm1, [eax], 0x12
pcmpistrm xmm1, xmm4, 0xf0
vpcmpistrm xmm0, xmm1, 0x12
vpcmpistrm xmm1, xmm1, 0x12
vpcmpistrm xmm4, xmm1, 0x12
vpcmpistrm xmm0, xmm4, 0x12
vpcmpistrm xmm0, oword [eax], 0x12
vpcmpistrm xmm0, oword [eax+ebx], 0x12
vpcmpistrm xmm0, oword [eax+ecx*2], 0x12
vpcmpistrm xmm0, oword [ebx+esi*4+0x10], 0x12
vpcmpistrm xmm0, oword [edi*8+0x1000], 0x12
vpcmpistrm xmm0, [eax], 0x12
vpcmpistrm xmm0, xmm1, 0xf0
pcmpistri xmm7, xmm0, 0x12
pcmpistri xmm0, xmm0, 0x12
pcmpistri xmm1, xmm0, 0x12
pcmpistri xmm7, xmm1, 0x12
pcmpistri xmm7, oword [eax], 0x12
pcmpistri xmm7, oword [es:edi], 0x12
pcmpistri xmm7, oword [fs:0x20], 0x12
pcmpistri xmm7, oword [gs:ebx+ecx*8+0x100], 0x12
pcmpistri xmm7, oword [ss:ebp+0x10], 0x12
pcmpistri xmm7, [eax], 0x12
pcmpistri xmm7, xmm0, 0xf0
vpcmpistri xmm4, xmm7, 0x12
vpcmpistri xmm7, xmm7, 0x12
vpcmpistri xmm0, xmm7, 0x12
vpcmpistri xmm4, xmm0, 0x12
vpcmpistri xmm4, oword [eax], 0x12
vpcmpistri xmm4, oword [bp+si+0x1234], 0x12
vpcmpistri xmm4, oword [0x12], 0x12
vpcmpistri xmm4, oword [ebx+0x7f], 0x12
vpcmpistri xmm4, oword [ecx-0x80], 0x12
vpcmpistri xmm4, [eax], 0x12
vpcmpistri xmm4, xmm7, 0xf0
vfmaddps xmm1, xmm4, xmm7, xmm0
vfmaddps xmm4, xmm4, xmm7, xmm0
vfmaddps xmm7, xmm4, xmm7, xmm0
vfmaddps xmm1, xmm7, xmm7, xmm0
vfmaddps xmm1, xmm0, xmm7, xmm0
vfmaddps xmm1, xmm4, xmm0, xmm0
vfmaddps xmm1, xmm4, oword [eax], xmm0
vfmaddps xmm1, xmm4, oword [fs:0x20], xmm0
vfmaddps xmm1, xmm4, oword [gs:ebx+ecx*8+0x100], xmm0
vfmaddps xmm1, xmm4, oword [ss:ebp+0x10], xmm0
vfmaddps xmm1, xmm4, oword [cs:eax], xmm0
vfmaddps xmm1, xmm4, [eax], xmm0
vfmaddps xmm1, xmm4, xmm7, xmm1
vfmaddps xmm1, xmm4, xmm7, xmm4
vfmaddps ymm0, ymm1, ymm4, ymm7
vfmaddps ymm1, ymm1, ymm4, ymm7
vfmaddps ymm4, ymm1, ymm4, ymm7
vfmaddps ymm0, ymm4, ymm4, ymm7
vfmaddps ymm0, ymm7, ymm4, ymm7
vfmaddps ymm0, ymm1, ymm7, ymm7
vfmaddps ymm0, ymm1, yword [eax], ymm7
vfmaddps ymm0, ymm1, yword [0x12], ymm7
vfmaddps ymm0, ymm1, yword [ebx+0x7f], ymm7
vfmaddps ymm0, ymm1, yword [ecx-0x80], ymm7
vfmaddps ymm0, ymm1, yword [edx+0x12345678], ymm7
vfmaddps ymm0, ymm1, [eax], ymm7
vfmaddps ymm0, ymm1, ymm4, ymm0
vfmaddps ymm0, ymm1, ymm4, ymm1
vfmaddps xmm7, xmm0, xmm1, xmm4
vfmaddps xmm0, xmm0, xmm1, xmm4
vfmaddps xmm1, xmm0, xmm1, xmm4
vfmaddps xmm7, xmm1, xmm1, xmm4
vfmaddps xmm7, xmm4, xmm1, xmm4
vfmaddps xmm7, xmm0, xmm4, xmm4
vfmaddps xmm7, xmm0, xmm7, xmm4
vfmaddps xmm7, xmm0, xmm1, xmm7
vfmaddps xmm7, xmm0, xmm1, oword [eax]
vfmaddps xmm7, xmm0, xmm1, oword [ebp-0x4]
vfmaddps xmm7, xmm0, xmm1, oword [eax+ebx]
vfmaddps xmm7, xmm0, xmm1, oword [eax+ecx*2]
vfmaddps xmm7, xmm0, xmm1, oword [ebx+esi*4+0x10]
vfmaddps xmm7, xmm0, xmm1, [eax]
vfmaddps ymm4, ymm7, ymm0, ymm1
vfmaddps ymm7, ymm7, ymm0, ymm1
vfmaddps ymm0, ymm7, ymm0, ymm1
vfmaddps ymm4, ymm0, ymm0, ymm1
vfmaddps ymm4, ymm1, ymm0, ymm1
vfmaddps ymm4, ymm7, ymm1, ymm1
vfmaddps ymm4, ymm7, ymm4, ymm1
vfmaddps ymm4, ymm7, ymm0, ymm4
vfmaddps ymm4, ymm7, ymm0, yword [eax]
vfmaddps ymm4, ymm7, ymm0, yword [esp+ebp*1-0x81]
vfmaddps ymm4, ymm7, ymm0, yword [es:edi]
vfmaddps ymm4, ymm7, ymm0, yword [fs:0x20]
vfmaddps ymm4, ymm7, ymm0, yword [gs:ebx+ecx*8+0x100]
vfmaddps ymm4, ymm7, ymm0, [eax]
vfmaddpd xmm1, xmm4, xmm7, xmm0
vfmaddpd xmm4, xmm4, xmm7, xmm0
vfmaddpd xmm7, xmm4, xmm7, xmm0
vfmaddpd xmm1, xmm7, xmm7, xmm0
vfmaddpd xmm1, xmm0, xmm7, xmm0
vfmaddpd xmm1, xmm4, xmm0, xmm0
vfmaddpd xmm1, xmm4, oword [eax], xmm0
vfmaddpd xmm1, xmm4, oword [bp+di+0x4], xmm0
vfmaddpd xmm1, xmm4, oword [bp+si+0x1234], xmm0
vfmaddpd xmm1, xmm4, oword [0x12], xmm0
vfmaddpd xmm1, xmm4, oword [ebx+0x7f], xmm0
vfmaddpd xmm1, xmm4, [eax], xmm0
vfmaddpd xmm1, xmm4, xmm7, xmm1
vfmaddpd xmm1, xmm4, xmm7, xmm4
vfmaddpd ymm0, ymm1, ymm4, ymm7
vfmaddpd ymm1, ymm1, ymm4, ymm7
vfmaddpd ymm4, ymm1, ymm4, ymm7
vfmaddpd ymm0, ymm4, ymm4, ymm7
vfmaddpd ymm0, ymm7, ymm4, ymm7
vfmaddpd ymm0, ymm1, ymm7, ymm7
vfmaddpd ymm0, ymm1, yword [eax], ymm7
vfmaddpd ymm0, ymm1, yword [esp+0x8], ymm7
vfmaddpd ymm0, ymm1, yword [ebp], ymm7
vfmaddpd ymm0, ymm1, yword [ebp-0x4], ymm7
vfmaddpd ymm0, ymm1, yword [eax+ebx], ymm7
vfmaddpd ymm0, ymm1, [eax], ymm7
vfmaddpd ymm0, ymm1, ymm4, ymm0
vfmaddpd ymm0, ymm1, ymm4, ymm1
vfmaddpd xmm7, xmm0, xmm1, xmm4
vfmaddpd xmm0, xmm0, xmm1, xmm4
vfmaddpd xmm1, xmm0, xmm1, xmm4
vfmaddpd xmm7, xmm1, xmm1, xmm4
vfmaddpd xmm7, xmm4, xmm1, xmm4
vfmaddpd xmm7, xmm0, xmm4, xmm4
vfmaddpd xmm7, xmm0, xmm7, xmm4
vfmaddpd xmm7, xmm0, xmm1, xmm7
vfmaddpd xmm7, xmm0, xmm1, oword [eax]
vfmaddpd xmm7, xmm0, xmm1, oword [0x12345678]
vfmaddpd xmm7, xmm0, xmm1, oword [esi+0x80]
vfmaddpd xmm7, xmm0, xmm1, oword [esp+ebp*1-0x81]
vfmaddpd xmm7, xmm0, xmm1, oword [es:edi]
vfmaddpd xmm7, xmm0, xmm1, [eax]
vfmaddpd ymm4, ymm7, ymm0, ymm1
vfmaddpd ymm7, ymm7, ymm0, ymm1
vfmaddpd ymm0, ymm7, ymm0, ymm1
vfmaddpd ymm4, ymm0, ymm0, ymm1
vfmaddpd ymm4, ymm1, ymm0, ymm1
vfmaddpd ymm4, ymm7, ymm1, ymm1
vfmaddpd ymm4, ymm7, ymm4, ymm1
vfmaddpd ymm4, ymm7, ymm0, ymm4
vfmaddpd ymm4, ymm7, ymm0, yword [eax]
vfmaddpd ymm4, ymm7, ymm0, yword [cs:eax]
vfmaddpd ymm4, ymm7, ymm0, yword [bx+si]
vfmaddpd ymm4, ymm7, ymm0, yword [bp+di+0x4]
vfmaddpd ymm4, ymm7, ymm0, yword [bp+si+0x1234]
vfmaddpd ymm4, ymm7, ymm0, [eax]
vfmaddss xmm1, xmm4, xmm7, xmm0
vfmaddss xmm4, xmm4, xmm7, xmm0
vfmaddss xmm7, xmm4, xmm7, xmm0
vfmaddss xmm1, xmm7, xmm7, xmm0
vfmaddss xmm1, xmm0, xmm7, xmm0
vfmaddss xmm1, xmm4, xmm0, xmm0
vfmaddss xmm1, xmm4, dword [eax], xmm0
vfmaddss xmm1, xmm4, dword [edx+0x12345678], xmm0
vfmaddss xmm1, xmm4, dword [esp], xmm0
vfmaddss xmm1, xmm4, dword [esp+0x8], xmm0
vfmaddss xmm1, xmm4, dword [ebp], xmm0
vfmaddss xmm1, xmm4, [eax], xmm0
vfmaddss xmm1, xmm4, xmm7, xmm1
vfmaddss xmm1, xmm4, xmm7, xmm4
vfmaddss xmm0, xmm1, xmm4, xmm7
vfmaddss xmm1, xmm1, xmm4, xmm7
vfmaddss xmm4, xmm1, xmm4, xmm7
vfmaddss xmm0, xmm4, xmm4, xmm7
vfmaddss xmm0, xmm7, xmm4, xmm7
vfmaddss xmm0, xmm1, xmm7, xmm7
vfmaddss xmm0, xmm1, xmm0, xmm7
vfmaddss xmm0, xmm1, xmm4, xmm0
vfmaddss xmm0, xmm1, xmm4, dword [eax]
vfmaddss xmm0, xmm1, xmm4, dword [ebx+esi*4+0x10]
vfmaddss xmm0, xmm1, xmm4, dword [edi*8+0x1000]
vfmaddss xmm0, xmm1, xmm4, dword [0x12345678]
vfmaddss xmm0, xmm1, xmm4, dword [esi+0x80]
vfmaddss xmm0, xmm1, xmm4, [eax]
vfmaddsd xmm7, xmm0, xmm1, xmm4
vfmaddsd xmm0, xmm0, xmm1, xmm4
vfmaddsd xmm1, xmm0, xmm1, xmm4
vfmaddsd xmm7, xmm1, xmm1, xmm4
vfmaddsd xmm7, xmm4, xmm1, xmm4
vfmaddsd xmm7, xmm0, xmm4, xmm4
vfmaddsd xmm7, xmm0, qword [eax], xmm4
vfmaddsd xmm7, xmm0, qword [gs:ebx+ecx*8+0x100], xmm4
vfmaddsd xmm7, xmm0, qword [ss:ebp+0x10], xmm4
vfmaddsd xmm7, xmm0, qword [cs:eax], xmm4
vfmaddsd xmm7, xmm0, qword [bx+si], xmm4
vfmaddsd xmm7, xmm0, [eax], xmm4
vfmaddsd xmm7, xmm0, xmm1, xmm7
vfmaddsd xmm7, xmm0, xmm1, xmm0
vfmaddsd xmm4, xmm7, xmm0, xmm1
vfmaddsd xmm7, xmm7, xmm0, xmm1
vfmaddsd xmm0, xmm7, xmm0, xmm1
vfmaddsd xmm4, xmm0, xmm0, xmm1
vfmaddsd xmm4, xmm1, xmm0, xmm1
vfmaddsd xmm4, xmm7, xmm1, xmm1
vfmaddsd xmm4, xmm7, xmm4, xmm1
vfmaddsd xmm4, xmm7, xmm0, xmm4
vfmaddsd xmm4, xmm7, xmm0, qword [eax]
vfmaddsd xmm4, xmm7, xmm0, qword [ebx+0x7f]
vfmaddsd xmm4, xmm7, xmm0, qword [ecx-0x80]
vfmaddsd xmm4, xmm7, xmm0, qword [edx+0x12345678]
vfmaddsd xmm4, xmm7, xmm0, qword [esp]
vfmaddsd xmm4, xmm7, xmm0, [eax]
vfmsubps xmm1, xmm4, xmm7, xmm0
vfmsubps xmm4, xmm4, xmm7, xmm0
vfmsubps xmm7, xmm4, xmm7, xmm0
vfmsubps xmm1, xmm7, xmm7, xmm0
vfmsubps xmm1, xmm0, xmm7, xmm0
vfmsubps xmm1, xmm4, xmm0, xmm0
vfmsubps xmm1, xmm4, oword [eax], xmm0
vfmsubps xmm1, xmm4, oword [eax+ebx], xmm0
vfmsubps xmm1, xmm4, oword [eax+ecx*2], xmm0
vfmsubps xmm1, xmm4, oword [ebx+esi*4+0x10], xmm0
vfmsubps xmm1, xmm4, oword [edi*8+0x1000], xmm0
vfmsubps xmm1, xmm4, [eax], xmm0
vfmsubps xmm1, xmm4, xmm7, xmm1
vfmsubps xmm1, xmm4, xmm7, xmm4
vfmsubps ymm0, ymm1, ymm4, ymm7
vfmsubps ymm1, ymm1, ymm4, ymm7
vfmsubps ymm4, ymm1, ymm4, ymm7
vfmsubps ymm0, ymm4, ymm4, ymm7
vfmsubps ymm0, ymm7, ymm4, ymm7
vfmsubps ymm0, ymm1, ymm7, ymm7
vfmsubps ymm0, ymm1, yword [eax], ymm7
vfmsubps ymm0, ymm1, yword [es:edi], ymm7
vfmsubps ymm0, ymm1, yword [fs:0x20], ymm7
vfmsubps ymm0, ymm1, yword [gs:ebx+ecx*8+0x100], ymm7
vfmsubps ymm0, ymm1, yword [ss:ebp+0x10], ymm7
vfmsubps ymm0, ymm1, [eax], ymm7
vfmsubps ymm0, ymm1, ymm4, ymm0
vfmsubps ymm0, ymm1, ymm4, ymm1
vfmsubps xmm7, xmm0, xmm1, xmm4
vfmsubps xmm0, xmm0, xmm1, xmm4
vfmsubps xmm1, xmm0, xmm1, xmm4
vfmsubps xmm7, xmm1, xmm1, xmm4
vfmsubps xmm7, xmm4, xmm1, xmm4
vfmsubps xmm7, xmm0, xmm4, xmm4
vfmsubps xmm7, xmm0, xmm7, xmm4
vfmsubps xmm7, xmm0, xmm1, xmm7
vfmsubps xmm7, xmm0, xmm1, oword [eax]
vfmsubps xmm7, xmm0, xmm1, oword [bp+si+0x1234]
vfmsubps xmm7, xmm0, xmm1, oword [0x12]
vfmsubps xmm7, xmm0, xmm1, oword [ebx+0x7f]
vfmsubps xmm7, xmm0, xmm1, oword [ecx-0x80]
vfmsubps xmm7, xmm0, xmm1, [eax]
vfmsubps ymm4, ymm7, ymm0, ymm1
vfmsubps ymm7, ymm7, ymm0, ymm1
vfmsubps ymm0, ymm7, ymm0, ymm1
vfmsubps ymm4, ymm0, ymm0, ymm1
vfmsubps ymm4, ymm1, ymm0, ymm1
vfmsubps ymm4, ymm7, ymm1, ymm1
vfmsubps ymm4, ymm7, ymm4, ymm1
vfmsubps ymm4, ymm7, ymm0, ymm4
vfmsubps ymm4, ymm7, ymm0, yword [eax]
vfmsubps ymm4, ymm7, ymm0, yword [ebp]
vfmsubps ymm4, ymm7, ymm0, yword [ebp-0x4]
vfmsubps ymm4, ymm7, ymm0, yword [eax+ebx]
vfmsubps ymm4, ymm7, ymm0, yword [eax+ecx*2]
vfmsubps ymm4, ymm7, ymm0, [eax]
vfmsubpd xmm1, xmm4, xmm7, xmm0
vfmsubpd xmm4, xmm4, xmm7, xmm0
vfmsubpd xmm7, xmm4, xmm7, xmm0
vfmsubpd xmm1, xmm7, xmm7, xmm0
vfmsubpd xmm1, xmm0, xmm7, xmm0
vfmsubpd xmm1, xmm4, xmm0, xmm0
vfmsubpd xmm1, xmm4, oword [eax], xmm0
vfmsubpd xmm1, xmm4, oword [esi+0x80], xmm0
vfmsubpd xmm1, xmm4, oword [esp+ebp*1-0x81], xmm0
vfmsubpd xmm1, xmm4, oword [es:edi], xmm0
vfmsubpd xmm1, xmm4, oword [fs:0x20], xmm0
vfmsubpd xmm1, xmm4, [eax], xmm0
vfmsubpd xmm1, xmm4, xmm7, xmm1
vfmsubpd xmm1, xmm4, xmm7, xmm4
vfmsubpd ymm0, ymm1, ymm4, ymm7
vfmsubpd ymm1, ymm1, ymm4, ymm7
vfmsubpd ymm4, ymm1, ymm4, ymm7
vfmsubpd ymm0, ymm4, ymm4, ymm7
vfmsubpd ymm0, ymm7, ymm4, ymm7
vfmsubpd ymm0, ymm1, ymm7, ymm7
vfmsubpd ymm0, ymm1, yword [eax], ymm7
vfmsubpd ymm0, ymm1, yword [bx+si], ymm7
vfmsubpd ymm0, ymm1, yword [bp+di+0x4], ymm7
vfmsubpd ymm0, ymm1, yword [bp+si+0x1234], ymm7
vfmsubpd ymm0, ymm1, yword [0x12], ymm7
vfmsubpd ymm0, ymm1, [eax], ymm7
vfmsubpd ymm0, ymm1, ymm4, ymm0
vfmsubpd ymm0, ymm1, ymm4, ymm1
vfmsubpd xmm7, xmm0, xmm1, xmm4
vfmsubpd xmm0, xmm0, xmm1, xmm4
vfmsubpd xmm1, xmm0, xmm1, xmm4
vfmsubpd xmm7, xmm1, xmm1, xmm4
vfmsubpd xmm7, xmm4, xmm1, xmm4
vfmsubpd xmm7, xmm0, xmm4, xmm4
vfmsubpd xmm7, xmm0, xmm7, xmm4
vfmsubpd xmm7, xmm0, xmm1, xmm7
vfmsubpd xmm7, xmm0, xmm1, oword [eax]
vfmsubpd xmm7, xmm0, xmm1, oword [esp]
vfmsubpd xmm7, xmm0, xmm1, oword [esp+0x8]
vfmsubpd xmm7, xmm0, xmm1, oword [ebp]
vfmsubpd xmm7, xmm0, xmm1, oword [ebp-0x4]
vfmsubpd xmm7, xmm0, xmm1, [eax]
vfmsubpd ymm4, ymm7, ymm0, ymm1
vfmsubpd ymm7, ymm7, ymm0, ymm1
vfmsubpd ymm0, ymm7, ymm0, ymm1
vfmsubpd ymm4, ymm0, ymm0, ymm1
vfmsubpd ymm4, ymm1, ymm0, ymm1
vfmsubpd ymm4, ymm7, ymm1, ymm1
vfmsubpd ymm4, ymm7, ymm4, ymm1
vfmsubpd ymm4, ymm7, ymm0, ymm4
vfmsubpd ymm4, ymm7, ymm0, yword [eax]
vfmsubpd ymm4, ymm7, ymm0, yword [edi*8+0x1000]
vfmsubpd ymm4, ymm7, ymm0, yword [0x12345678]
vfmsubpd ymm4, ymm7, ymm0, yword [esi+0x80]
vfmsubpd ymm4, ymm7, ymm0, yword [esp+ebp*1-0x81]
vfmsubpd ymm4, ymm7, ymm0, [eax]
vfmsubss xmm1, xmm4, xmm7, xmm0
vfmsubss xmm4, xmm4, xmm7, xmm0
vfmsubss xmm7, xmm4, xmm7, xmm0
vfmsubss xmm1, xmm7, xmm7, xmm0
vfmsubss xmm1, xmm0, xmm7, xmm0
vfmsubss xmm1, xmm4, xmm0, xmm0
vfmsubss xmm1, xmm4, dword [eax], xmm0
vfmsubss xmm1, xmm4, dword [ss:ebp+0x10], xmm0
vfmsubss xmm1, xmm4, dword [cs:eax], xmm0
vfmsubss xmm1, xmm4, dword [bx+si], xmm0
vfmsubss xmm1, xmm4, dword [bp+di+0x4], xmm0
vfmsubss xmm1, xmm4, [eax], xmm0
vfmsubss xmm1, xmm4, xmm7, xmm1
vfmsubss xmm1, xmm4, xmm7, xmm4
vfmsubss xmm0, xmm1, xmm4, xmm7
vfmsubss xmm1, xmm1, xmm4, xmm7
vfmsubss xmm4, xmm1, xmm4, xmm7
vfmsubss xmm0, xmm4, xmm4, xmm7
vfmsubss xmm0, xmm7, xmm4, xmm7
vfmsubss xmm0, xmm1, xmm7, xmm7
vfmsubss xmm0, xmm1, xmm0, xmm7
vfmsubss xmm0, xmm1, xmm4, xmm0
vfmsubss xmm0, xmm1, xmm4, dword [eax]
vfmsubss xmm0, xmm1, xmm4, dword [ecx-0x80]
vfmsubss xmm0, xmm1, xmm4, dword [edx+0x12345678]
vfmsubss xmm0, xmm1, xmm4, dword [esp]
vfmsubss xmm0, xmm1, xmm4, dword [esp+0x8]
vfmsubss xmm0, xmm1, xmm4, [eax]
vfmsubsd xmm7, xmm0, xmm1, xmm4
vfmsubsd xmm0, xmm0, xmm1, xmm4
vfmsubsd xmm1, xmm0, xmm1, xmm4
vfmsubsd xmm7, xmm1, xmm1, xmm4
vfmsubsd xmm7, xmm4, xmm1, xmm4
vfmsubsd xmm7, xmm0, xmm4, xmm4
vfmsubsd xmm7, xmm0, qword [eax], xmm4
vfmsubsd xmm7, xmm0, qword [eax+ecx*2], xmm4
vfmsubsd xmm7, xmm0, qword [ebx+esi*4+0x10], xmm4
vfmsubsd xmm7, xmm0, qword [edi*8+0x1000], xmm4
vfmsubsd xmm7, xmm0, qword [0x12345678], xmm4
vfmsubsd xmm7, xmm0, [eax], xmm4
vfmsubsd xmm7, xmm0, xmm1, xmm7
vfmsubsd xmm7, xmm0, xmm1, xmm0
vfmsubsd xmm4, xmm7, xmm0, xmm1
vfmsubsd xmm7, xmm7, xmm0, xmm1
vfmsubsd xmm0, xmm7, xmm0, xmm1
vfmsubsd xmm4, xmm0, xmm0, xmm1
vfmsubsd xmm4, xmm1, xmm0, xmm1
vfmsubsd xmm4, xmm7, xmm1, xmm1
vfmsubsd xmm4, xmm7, xmm4, xmm1
vfmsubsd xmm4, xmm7, xmm0, xmm4
vfmsubsd xmm4, xmm7, xmm0, qword [eax]
vfmsubsd xmm4, xmm7, xmm0, qword [fs:0x20]
vfmsubsd xmm4, xmm7, xmm0, qword [gs:ebx+ecx*8+0x100]
vfmsubsd xmm4, xmm7, xmm0, qword [ss:ebp+0x10]
vfmsubsd xmm4, xmm7, xmm0, qword [cs:eax]
vfmsubsd xmm4, xmm7, xmm0, [eax]
vfnmaddps xmm7, xmm0, xmm1, xmm4
vfnmaddps xmm0, xmm0, xmm1, xmm4
vfnmaddps xmm1, xmm0, xmm1, xmm4
vfnmaddps xmm7, xmm1, xmm1, xmm4
vfnmaddps xmm7, xmm4, xmm1, xmm4
vfnmaddps xmm7, xmm0, xmm4, xmm4
vfnmaddps xmm7, xmm0, oword [eax], xmm4
vfnmaddps xmm7, xmm0, oword [edi*8+0x1000], xmm4
vfnmaddps xmm7, xmm0, oword [0x12345678], xmm4
vfnmaddps xmm7, xmm0, oword [esi+0x80], xmm4
vfnmaddps xmm7, xmm0, oword [esp+ebp*1-0x81], xmm4
vfnmaddps xmm7, xmm0, [eax], xmm4
vfnmaddps xmm7, xmm0, xmm1, xmm7
vfnmaddps xmm7, xmm0, xmm1, xmm0
vfnmaddps ymm4, ymm7, ymm0, ymm1
vfnmaddps ymm7, ymm7, ymm0, ymm1
vfnmaddps ymm0, ymm7, ymm0, ymm1
vfnmaddps ymm4, ymm0, ymm0, ymm1
vfnmaddps ymm4, ymm1, ymm0, ymm1
vfnmaddps ymm4, ymm7, ymm1, ymm1
vfnmaddps ymm4, ymm7, yword [eax], ymm1
vfnmaddps ymm4, ymm7, yword [ss:ebp+0x10], ymm1
vfnmaddps ymm4, ymm7, yword [cs:eax], ymm1
vfnmaddps ymm4, ymm7, yword [bx+si], ymm1
vfnmaddps ymm4, ymm7, yword [bp+di+0x4], ymm1
vfnmaddps ymm4, ymm7, [eax], ymm1
vfnmaddps ymm4, ymm7, ymm0, ymm4
vfnmaddps ymm4, ymm7, ymm0, ymm7
vfnmaddps xmm1, xmm4, xmm7, xmm0
vfnmaddps xmm4, xmm4, xmm7, xmm0
vfnmaddps xmm7, xmm4, xmm7, xmm0
vfnmaddps xmm1, xmm7, xmm7, xmm0
vfnmaddps xmm1, xmm0, xmm7, xmm0
vfnmaddps xmm1, xmm4, xmm0, xmm0
vfnmaddps xmm1, xmm4, xmm1, xmm0
vfnmaddps xmm1, xmm4, xmm7, xmm1
vfnmaddps xmm1, xmm4, xmm7, oword [eax]
vfnmaddps xmm1, xmm4, xmm7, oword [ecx-0x80]
vfnmaddps xmm1, xmm4, xmm7, oword [edx+0x12345678]
vfnmaddps xmm1, xmm4, xmm7, oword [esp]
vfnmaddps xmm1, xmm4, xmm7, oword [esp+0x8]
vfnmaddps xmm1, xmm4, xmm7, [eax]
vfnmaddps ymm0, ymm1, ymm4, ymm7
vfnmaddps ymm1, ymm1, ymm4, ymm7
vfnmaddps ymm4, ymm1, ymm4, ymm7
vfnmaddps ymm0, ymm4, ymm4, ymm7
vfnmaddps ymm0, ymm7, ymm4, ymm7
vfnmaddps ymm0, ymm1, ymm7, ymm7
vfnmaddps ymm0, ymm1, ymm0, ymm7
vfnmaddps ymm0, ymm1, ymm4, ymm0
vfnmaddps ymm0, ymm1, ymm4, yword [eax]
vfnmaddps ymm0, ymm1, ymm4, yword [eax+ecx*2]
vfnmaddps ymm0, ymm1, ymm4, yword [ebx+esi*4+0x10]
vfnmaddps ymm0, ymm1, ymm4, yword [edi*8+0x1000]
vfnmaddps ymm0, ymm1, ymm4, yword [0x12345678]
vfnmaddps ymm0, ymm1, ymm4, [eax]
vfnmaddpd xmm7, xmm0, xmm1, xmm4
vfnmaddpd xmm0, xmm0, xmm1, xmm4
vfnmaddpd xmm1, xmm0, xmm1, xmm4
vfnmaddpd xmm7, xmm1, xmm1, xmm4
vfnmaddpd xmm7, xmm4, xmm1, xmm4
vfnmaddpd xmm7, xmm0, xmm4, xmm4
vfnmaddpd xmm7, xmm0, oword [eax], xmm4
vfnmaddpd xmm7, xmm0, oword [fs:0x20], xmm4
vfnmaddpd xmm7, xmm0, oword [gs:ebx+ecx*8+0x100], xmm4
vfnmaddpd xmm7, xmm0, oword [ss:ebp+0x10], xmm4
vfnmaddpd xmm7, xmm0, oword [cs:eax], xmm4
vfnmaddpd xmm7, xmm0, [eax], xmm4
vfnmaddpd xmm7, xmm0, xmm1, xmm7
vfnmaddpd xmm7, xmm0, xmm1, xmm0
vfnmaddpd ymm4, ymm7, ymm0, ymm1
vfnmaddpd ymm7, ymm7, ymm0, ymm1
vfnmaddpd ymm0, ymm7, ymm0, ymm1
vfnmaddpd ymm4, ymm0, ymm0, ymm1
vfnmaddpd ymm4, ymm1, ymm0, ymm1
vfnmaddpd ymm4, ymm7, ymm1, ymm1
vfnmaddpd ymm4, ymm7, yword [eax], ymm1
vfnmaddpd ymm4, ymm7, yword [0x12], ymm1
vfnmaddpd ymm4, ymm7, yword [ebx+0x7f], ymm1
vfnmaddpd ymm4, ymm7, yword [ecx-0x80], ymm1
vfnmaddpd ymm4, ymm7, yword [edx+0x12345678], ymm1
vfnmaddpd ymm4, ymm7, [eax], ymm1
vfnmaddpd ymm4, ymm7, ymm0, ymm4
vfnmaddpd ymm4, ymm7, ymm0, ymm7
vfnmaddpd xmm1, xmm4, xmm7, xmm0
vfnmaddpd xmm4, xmm4, xmm7, xmm0
vfnmaddpd xmm7, xmm4, xmm7, xmm0
vfnmaddpd xmm1, xmm7, xmm7, xmm0
vfnmaddpd xmm1, xmm0, xmm7, xmm0
vfnmaddpd xmm1, xmm4, xmm0, xmm0
vfnmaddpd xmm1, xmm4, xmm1, xmm0
vfnmaddpd xmm1, xmm4, xmm7, xmm1
vfnmaddpd xmm1, xmm4, xmm7, oword [eax]
vfnmaddpd xmm1, xmm4, xmm7, oword [ebp-0x4]
vfnmaddpd xmm1, xmm4, xmm7, oword [eax+ebx]
vfnmaddpd xmm1, xmm4, xmm7, oword [eax+ecx*2]
vfnmaddpd xmm1, xmm4, xmm7, oword [ebx+esi*4+0x10]
vfnmaddpd xmm1, xmm4, xmm7, [eax]
vfnmaddpd ymm0, ymm1, ymm4, ymm7
vfnmaddpd ymm1, ymm1, ymm4, ymm7
vfnmaddpd ymm4, ymm1, ymm4, ymm7
vfnmaddpd ymm0, ymm4, ymm4, ymm7
vfnmaddpd ymm0, ymm7, ymm4, ymm7
vfnmaddpd ymm0, ymm1, ymm7, ymm7
vfnmaddpd ymm0, ymm1, ymm0, ymm7
vfnmaddpd ymm0, ymm1, ymm4, ymm0
vfnmaddpd ymm0, ymm1, ymm4, yword [eax]
vfnmaddpd ymm0, ymm1, ymm4, yword [esp+ebp*1-0x81]
vfnmaddpd ymm0, ymm1, ymm4, yword [es:edi]
vfnmaddpd ymm0, ymm1, ymm4, yword [fs:0x20]
vfnmaddpd ymm0, ymm1, ymm4, yword [gs:ebx+ecx*8+0x100]
vfnmaddpd ymm0, ymm1, ymm4, [eax]
vfnmaddss xmm7, xmm0, xmm1, xmm4
vfnmaddss xmm0, xmm0, xmm1, xmm4
vfnmaddss xmm1, xmm0, xmm1, xmm4
vfnmaddss xmm7, xmm1, xmm1, xmm4
vfnmaddss xmm7, xmm4, xmm1, xmm4
vfnmaddss xmm7, xmm0, xmm4, xmm4
vfnmaddss xmm7, xmm0, dword [eax], xmm4
vfnmaddss xmm7, xmm0, dword [bp+di+0x4], xmm4
vfnmaddss xmm7, xmm0, dword [bp+si+0x1234], xmm4
vfnmaddss xmm7, xmm0, dword [0x12], xmm4
vfnmaddss xmm7, xmm0, dword [ebx+0x7f], xmm4
vfnmaddss xmm7, xmm0, [eax], xmm4
vfnmaddss xmm7, xmm0, xmm1, xmm7
vfnmaddss xmm7, xmm0, xmm1, xmm0
vfnmaddss xmm4, xmm7, xmm0, xmm1
vfnmaddss xmm7, xmm7, xmm0, xmm1
vfnmaddss xmm0, xmm7, xmm0, xmm1
vfnmaddss xmm4, xmm0, xmm0, xmm1
vfnmaddss xmm4, xmm1, xmm0, xmm1
vfnmaddss xmm4, xmm7, xmm1, xmm1
vfnmaddss xmm4, xmm7, xmm4, xmm1
vfnmaddss xmm4, xmm7, xmm0, xmm4
vfnmaddss xmm4, xmm7, xmm0, dword [eax]
vfnmaddss xmm4, xmm7, xmm0, dword [esp+0x8]
vfnmaddss xmm4, xmm7, xmm0, dword [ebp]
vfnmaddss xmm4, xmm7, xmm0, dword [ebp-0x4]
vfnmaddss xmm4, xmm7, xmm0, dword [eax+ebx]
vfnmaddss xmm4, xmm7, xmm0, [eax]
vfnmaddsd xmm1, xmm4, xmm7, xmm0
vfnmaddsd xmm4, xmm4, xmm7, xmm0
vfnmaddsd xmm7, xmm4, xmm7, xmm0
vfnmaddsd xmm1, xmm7, xmm7, xmm0
vfnmaddsd xmm1, xmm0, xmm7, xmm0
vfnmaddsd xmm1, xmm4, xmm0, xmm0
vfnmaddsd xmm1, xmm4, qword [eax], xmm0
vfnmaddsd xmm1, xmm4, qword [0x12345678], xmm0
vfnmaddsd xmm1, xmm4, qword [esi+0x80], xmm0
vfnmaddsd xmm1, xmm4, qword [esp+ebp*1-0x81], xmm0
vfnmaddsd xmm1, xmm4, qword [es:edi], xmm0
vfnmaddsd xmm1, xmm4, [eax], xmm0
vfnmaddsd xmm1, xmm4, xmm7, xmm1
vfnmaddsd xmm1, xmm4, xmm7, xmm4
vfnmaddsd xmm0, xmm1, xmm4, xmm7
vfnmaddsd xmm1, xmm1, xmm4, xmm7
vfnmaddsd xmm4, xmm1, xmm4, xmm7
vfnmaddsd xmm0, xmm4, xmm4, xmm7
vfnmaddsd xmm0, xmm7, xmm4, xmm7
vfnmaddsd xmm0, xmm1, xmm7, xmm7
vfnmaddsd xmm0, xmm1, xmm0, xmm7
vfnmaddsd xmm0, xmm1, xmm4, xmm0
vfnmaddsd xmm0, xmm1, xmm4, qword [eax]
vfnmaddsd xmm0, xmm1, xmm4, qword [cs:eax]
vfnmaddsd xmm0, xmm1, xmm4, qword [bx+si]
vfnmaddsd xmm0, xmm1, xmm4, qword [bp+di+0x4]
vfnmaddsd xmm0, xmm1, xmm4, qword [bp+si+0x1234]
vfnmaddsd xmm0, xmm1, xmm4, [eax]
vfnmsubps xmm7, xmm0, xmm1, xmm4
vfnmsubps xmm0, xmm0, xmm1, xmm4
vfnmsubps xmm1, xmm0, xmm1, xmm4
vfnmsubps xmm7, xmm1, xmm1, xmm4
vfnmsubps xmm7, xmm4, xmm1, xmm4
vfnmsubps xmm7, xmm0, xmm4, xmm4
vfnmsubps xmm7, xmm0, oword [eax], xmm4
vfnmsubps xmm7, xmm0, oword [edx+0x12345678], xmm4
vfnmsubps xmm7, xmm0, oword [esp], xmm4
vfnmsubps xmm7, xmm0, oword [esp+0x8], xmm4
vfnmsubps xmm7, xmm0, oword [ebp], xmm4
vfnmsubps xmm7, xmm0, [eax], xmm4
vfnmsubps xmm7, xmm0, xmm1, xmm7
vfnmsubps xmm7, xmm0, xmm1, xmm0
vfnmsubps ymm4, ymm7, ymm0, ymm1
vfnmsubps ymm7, ymm7, ymm0, ymm1
vfnmsubps ymm0, ymm7, ymm0, ymm1
vfnmsubps ymm4, ymm0, ymm0, ymm1
vfnmsubps ymm4, ymm1, ymm0, ymm1
vfnmsubps ymm4, ymm7, ymm1, ymm1
vfnmsubps ymm4, ymm7, yword [eax], ymm1
vfnmsubps ymm4, ymm7, yword [ebx+esi*4+0x10], ymm1
vfnmsubps ymm4, ymm7, yword [edi*8+0x1000], ymm1
vfnmsubps ymm4, ymm7, yword [0x12345678], ymm1
vfnmsubps ymm4, ymm7, yword [esi+0x80], ymm1
vfnmsubps ymm4, ymm7, [eax], ymm1
vfnmsubps ymm4, ymm7, ymm0, ymm4
vfnmsubps ymm4, ymm7, ymm0, ymm7
vfnmsubps xmm1, xmm4, xmm7, xmm0
vfnmsubps xmm4, xmm4, xmm7, xmm0
vfnmsubps xmm7, xmm4, xmm7, xmm0
vfnmsubps xmm1, xmm7, xmm7, xmm0
vfnmsubps xmm1, xmm0, xmm7, xmm0
vfnmsubps xmm1, xmm4, xmm0, xmm0
vfnmsubps xmm1, xmm4, xmm1, xmm0
vfnmsubps xmm1, xmm4, xmm7, xmm1
vfnmsubps xmm1, xmm4, xmm7, oword [eax]
vfnmsubps xmm1, xmm4, xmm7, oword [gs:ebx+ecx*8+0x100]
vfnmsubps xmm1, xmm4, xmm7, oword [ss:ebp+0x10]
vfnmsubps xmm1, xmm4, xmm7, oword [cs:eax]
vfnmsubps xmm1, xmm4, xmm7, oword [bx+si]
vfnmsubps xmm1, xmm4, xmm7, [eax]
vfnmsubps ymm0, ymm1, ymm4, ymm7
vfnmsubps ymm1, ymm1, ymm4, ymm7
vfnmsubps ymm4, ymm1, ymm4, ymm7
vfnmsubps ymm0, ymm4, ymm4, ymm7
vfnmsubps ymm0, ymm7, ymm4, ymm7
vfnmsubps ymm0, ymm1, ymm7, ymm7
vfnmsubps ymm0, ymm1, ymm0, ymm7
vfnmsubps ymm0, ymm1, ymm4, ymm0
vfnmsubps ymm0, ymm1, ymm4, yword [eax]
vfnmsubps ymm0, ymm1, ymm4, yword [ebx+0x7f]
vfnmsubps ymm0, ymm1, ymm4, yword [ecx-0x80]
vfnmsubps ymm0, ymm1, ymm4, yword [edx+0x12345678]
vfnmsubps ymm0, ymm1, ymm4, yword [esp]
vfnmsubps ymm0, ymm1, ymm4, [eax]
vfnmsubpd xmm7, xmm0, xmm1, xmm4
vfnmsubpd xmm0, xmm0, xmm1, xmm4
vfnmsubpd xmm1, xmm0, xmm1, xmm4
vfnmsubpd xmm7, xmm1, xmm1, xmm4
vfnmsubpd xmm7, xmm4, xmm1, xmm4
vfnmsubpd xmm7, xmm0, xmm4, xmm4
vfnmsubpd xmm7, xmm0, oword [eax], xmm4
vfnmsubpd xmm7, xmm0, oword [eax+ebx], xmm4
vfnmsubpd xmm7, xmm0, oword [eax+ecx*2], xmm4
vfnmsubpd xmm7, xmm0, oword [ebx+esi*4+0x10], xmm4
vfnmsubpd xmm7, xmm0, oword [edi*8+0x1000], xmm4
vfnmsubpd xmm7, xmm0, [eax], xmm4
vfnmsubpd xmm7, xmm0, xmm1, xmm7
vfnmsubpd xmm7, xmm0, xmm1, xmm0
vfnmsubpd ymm4, ymm7, ymm0, ymm1
vfnmsubpd ymm7, ymm7, ymm0, ymm1
vfnmsubpd ymm0, ymm7, ymm0, ymm1
vfnmsubpd ymm4, ymm0, ymm0, ymm1
vfnmsubpd ymm4, ymm1, ymm0, ymm1
vfnmsubpd ymm4, ymm7, ymm1, ymm1
vfnmsubpd ymm4, ymm7, yword [eax], ymm1
vfnmsubpd ymm4, ymm7, yword [es:edi], ymm1
vfnmsubpd ymm4, ymm7, yword [fs:0x20], ymm1
vfnmsubpd ymm4, ymm7, yword [gs:ebx+ecx*8+0x100], ymm1
vfnmsubpd ymm4, ymm7, yword [ss:ebp+0x10], ymm1
vfnmsubpd ymm4, ymm7, [eax], ymm1
vfnmsubpd ymm4, ymm7, ymm0, ymm4
vfnmsubpd ymm4, ymm7, ymm0, ymm7
vfnmsubpd xmm1, xmm4, xmm7, xmm0
vfnmsubpd xmm4, xmm4, xmm7, xmm0
vfnmsubpd xmm7, xmm4, xmm7, xmm0
vfnmsubpd xmm1, xmm7, xmm7, xmm0
vfnmsubpd xmm1, xmm0, xmm7, xmm0
vfnmsubpd xmm1, xmm4, xmm0, xmm0
vfnmsubpd xmm1, xmm4, xmm1, xmm0
vfnmsubpd xmm1, xmm4, xmm7, xmm1
vfnmsubpd xmm1, xmm4, xmm7, oword [eax]
vfnmsubpd xmm1, xmm4, xmm7, oword [bp+si+0x1234]
vfnmsubpd xmm1, xmm4, xmm7, oword [0x12]
vfnmsubpd xmm1, xmm4, xmm7, oword [ebx+0x7f]
vfnmsubpd xmm1, xmm4, xmm7, oword [ecx-0x80]
vfnmsubpd xmm1, xmm4, xmm7, [eax]
vfnmsubpd ymm0, ymm1, ymm4, ymm7
vfnmsubpd ymm1, ymm1, ymm4, ymm7
vfnmsubpd ymm4, ymm1, ymm4, ymm7
vfnmsubpd ymm0, ymm4, ymm4, ymm7
vfnmsubpd ymm0, ymm7, ymm4, ymm7
vfnmsubpd ymm0, ymm1, ymm7, ymm7
vfnmsubpd ymm0, ymm1, ymm0, ymm7
vfnmsubpd ymm0, ymm1, ymm4, ymm0
vfnmsubpd ymm0, ymm1, ymm4, yword [eax]
vfnmsubpd ymm0, ymm1, ymm4, yword [ebp]
vfnmsubpd ymm0, ymm1, ymm4, yword [ebp-0x4]
vfnmsubpd ymm0, ymm1, ymm4, yword [eax+ebx]
vfnmsubpd ymm0, ymm1, ymm4, yword [eax+ecx*2]
vfnmsubpd ymm0, ymm1, ymm4, [eax]
vfnmsubss xmm7, xmm0, xmm1, xmm4
vfnmsubss xmm0, xmm0, xmm1, xmm4
vfnmsubss xmm1, xmm0, xmm1, xmm4
vfnmsubss xmm7, xmm1, xmm1, xmm4
vfnmsubss xmm7, xmm4, xmm1, xmm4
vfnmsubss xmm7, xmm0, xmm4, xmm4
vfnmsubss xmm7, xmm0, dword [eax], xmm4
vfnmsubss xmm7, xmm0, dword [esi+0x80], xmm4
vfnmsubss xmm7, xmm0, dword [esp+ebp*1-0x81], xmm4
vfnmsubss xmm7, xmm0, dword [es:edi], xmm4
vfnmsubss xmm7, xmm0, dword [fs:0x20], xmm4
vfnmsubss xmm7, xmm0, [eax], xmm4
vfnmsubss xmm7, xmm0, xmm1, xmm7
vfnmsubss xmm7, xmm0, xmm1, xmm0
vfnmsubss xmm4, xmm7, xmm0, xmm1
vfnmsubss xmm7, xmm7, xmm0, xmm1
vfnmsubss xmm0, xmm7, xmm0, xmm1
vfnmsubss xmm4, xmm0, xmm0, xmm1
vfnmsubss xmm4, xmm1, xmm0, xmm1
vfnmsubss xmm4, xmm7, xmm1, xmm1
vfnmsubss xmm4, xmm7, xmm4, xmm1
vfnmsubss xmm4, xmm7, xmm0, xmm4
vfnmsubss xmm4, xmm7, xmm0, dword [eax]
vfnmsubss xmm4, xmm7, xmm0, dword [bx+si]
vfnmsubss xmm4, xmm7, xmm0, dword [bp+di+0x4]
vfnmsubss xmm4, xmm7, xmm0, dword [bp+si+0x1234]
vfnmsubss xmm4, xmm7, xmm0, dword [0x12]
vfnmsubss xmm4, xmm7, xmm0, [eax]
vfnmsubsd xmm1, xmm4, xmm7, xmm0
vfnmsubsd xmm4, xmm4, xmm7, xmm0
vfnmsubsd xmm7, xmm4, xmm7, xmm0
vfnmsubsd xmm1, xmm7, xmm7, xmm0
vfnmsubsd xmm1, xmm0, xmm7, xmm0
vfnmsubsd xmm1, xmm4, xmm0, xmm0
vfnmsubsd xmm1, xmm4, qword [eax], xmm0
vfnmsubsd xmm1, xmm4, qword [esp], xmm0
vfnmsubsd xmm1, xmm4, qword [esp+0x8], xmm0
vfnmsubsd xmm1, xmm4, qword [ebp], xmm0
vfnmsubsd xmm1, xmm4, qword [ebp-0x4], xmm0
vfnmsubsd xmm1, xmm4, [eax], xmm0
vfnmsubsd xmm1, xmm4, xmm7, xmm1
vfnmsubsd xmm1, xmm4, xmm7, xmm4
vfnmsubsd xmm0, xmm1, xmm4, xmm7
vfnmsubsd xmm1, xmm1, xmm4, xmm7
vfnmsubsd xmm4, xmm1, xmm4, xmm7
vfnmsubsd xmm0, xmm4, xmm4, xmm7
vfnmsubsd xmm0, xmm7, xmm4, xmm7
vfnmsubsd xmm0, xmm1, xmm7, xmm7
vfnmsubsd xmm0, xmm1, xmm0, xmm7
vfnmsubsd xmm0, xmm1, xmm4, xmm0
vfnmsubsd xmm0, xmm1, xmm4, qword [eax]
vfnmsubsd xmm0, xmm1, xmm4, qword [edi*8+0x1000]
vfnmsubsd xmm0, xmm1, xmm4, qword [0x12345678]
vfnmsubsd xmm0, xmm1, xmm4, qword [esi+0x80]
vfnmsubsd xmm0, xmm1, xmm4, qword [esp+ebp*1-0x81]
vfnmsubsd xmm0, xmm1, xmm4, [eax]
sha1rnds4 xmm7, xmm0, 0x12
sha1rnds4 xmm0, xmm0, 0x12
sha1rnds4 xmm1, xmm0, 0x12
sha1rnds4 xmm7, xmm1, 0x12
sha1rnds4 xmm7, oword [eax], 0x12
sha1rnds4 xmm7, oword [ss:ebp+0x10], 0x12
sha1rnds4 xmm7, oword [cs:eax], 0x12
sha1rnds4 xmm7, oword [bx+si], 0x12
sha1rnds4 xmm7, oword [bp+di+0x4], 0x12
sha1rnds4 xmm7, [eax], 0x12
sha1rnds4 xmm7, xmm0, 0xf0
gf2p8affineqb xmm4, xmm7, 0x12
gf2p8affineqb xmm7, xmm7, 0x12
gf2p8affineqb xmm0, xmm7, 0x12
gf2p8affineqb xmm4, xmm0, 0x12
gf2p8affineqb xmm4, oword [eax], 0x12
gf2p8affineqb xmm4, oword [ecx-0x80], 0x12
gf2p8affineqb xmm4, oword [edx+0x12345678], 0x12
gf2p8affineqb xmm4, oword [esp], 0x12
gf2p8affineqb xmm4, oword [esp+0x8], 0x12
gf2p8affineqb xmm4, [eax], 0x12
gf2p8affineqb xmm4, xmm7, 0xf0
vgf2p8affineqb xmm1, xmm4, xmm7, 0x12
vgf2p8affineqb xmm4, xmm4, xmm7, 0x12
vgf2p8affineqb xmm7, xmm4, xmm7, 0x12
vgf2p8affineqb xmm1, xmm7, xmm7, 0x12
vgf2p8affineqb xmm1, xmm0, xmm7, 0x12
vgf2p8affineqb xmm1, xmm4, xmm0, 0x12
vgf2p8affineqb xmm1, xmm4, oword [eax], 0x12
vgf2p8affineqb xmm1, xmm4, oword [eax+ecx*2], 0x12
vgf2p8affineqb xmm1, xmm4, oword [ebx+esi*4+0x10], 0x12
vgf2p8affineqb xmm1, xmm4, oword [edi*8+0x1000], 0x12
vgf2p8affineqb xmm1, xmm4, oword [0x12345678], 0x12
vgf2p8affineqb xmm1, xmm4, [eax], 0x12
vgf2p8affineqb xmm1, xmm4, xmm7, 0xf0
vgf2p8affineqb ymm0, ymm1, ymm4, 0x12
vgf2p8affineqb ymm1, ymm1, ymm4, 0x12
vgf2p8affineqb ymm4, ymm1, ymm4, 0x12
vgf2p8affineqb ymm0, ymm4, ymm4, 0x12
vgf2p8affineqb ymm0, ymm7, ymm4, 0x12
vgf2p8affineqb ymm0, ymm1, ymm7, 0x12
vgf2p8affineqb ymm0, ymm1, yword [eax], 0x12
vgf2p8affineqb ymm0, ymm1, yword [fs:0x20], 0x12
vgf2p8affineqb ymm0, ymm1, yword [gs:ebx+ecx*8+0x100], 0x12
vgf2p8affineqb ymm0, ymm1, yword [ss:ebp+0x10], 0x12
vgf2p8affineqb ymm0, ymm1, yword [cs:eax], 0x12
vgf2p8affineqb ymm0, ymm1, [eax], 0x12
vgf2p8affineqb ymm0, ymm1, ymm4, 0xf0
gf2p8affineinvqb xmm0, xmm1, 0x12
gf2p8affineinvqb xmm1, xmm1, 0x12
gf2p8affineinvqb xmm4, xmm1, 0x12
gf2p8affineinvqb xmm0, xmm4, 0x12
gf2p8affineinvqb xmm0, oword [eax], 0x12
gf2p8affineinvqb xmm0, oword [bp+di+0x4], 0x12
gf2p8affineinvqb xmm0, oword [bp+si+0x1234], 0x12
gf2p8affineinvqb xmm0, oword [0x12], 0x12
gf2p8affineinvqb xmm0, oword [ebx+0x7f], 0x12
gf2p8affineinvqb xmm0, [eax], 0x12
gf2p8affineinvqb xmm0, xmm1, 0xf0
vgf2p8affineinvqb xmm7, xmm0, xmm1, 0x12
vgf2p8affineinvqb xmm0, xmm0, xmm1, 0x12
vgf2p8affineinvqb xmm1, xmm0, xmm1, 0x12
vgf2p8affineinvqb xmm7, xmm1, xmm1, 0x12
vgf2p8affineinvqb xmm7, xmm4, xmm1, 0x12
vgf2p8affineinvqb xmm7, xmm0, xmm4, 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [eax], 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [esp+0x8], 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [ebp], 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [ebp-0x4], 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [eax+ebx], 0x12
vgf2p8affineinvqb xmm7, xmm0, [eax], 0x12
vgf2p8affineinvqb xmm7, xmm0, xmm1, 0xf0
vgf2p8affineinvqb ymm4, ymm7, ymm0, 0x12
vgf2p8affineinvqb ymm7, ymm7, ymm0, 0x12
vgf2p8affineinvqb ymm0, ymm7, ymm0, 0x12
vgf2p8affineinvqb ymm4, ymm0, ymm0, 0x12
vgf2p8affineinvqb ymm4, ymm1, ymm0, 0x12
vgf2p8affineinvqb ymm4, ymm7, ymm1, 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [eax], 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [0x12345678], 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [esi+0x80], 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [esp+ebp*1-0x81], 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [es:edi], 0x12
vgf2p8affineinvqb ymm4, ymm7, [eax], 0x12
vgf2p8affineinvqb ymm4, ymm7, ymm0, 0xf0
aeskeygenassist xmm4, xmm7, 0x12
aeskeygenassist xmm7, xmm7, 0x12
aeskeygenassist xmm0, xmm7, 0x12
aeskeygenassist xmm4, xmm0, 0x12
aeskeygenassist xmm4, oword [eax], 0x12
aeskeygenassist xmm4, oword [gs:ebx+ecx*8+0x100], 0x12
aeskeygenassist xmm4, oword [ss:ebp+0x10], 0x12
aeskeygenassist xmm4, oword [cs:eax], 0x12
aeskeygenassist xmm4, oword [bx+si], 0x12
aeskeygenassist xmm4, [eax], 0x12
aeskeygenassist xmm4, xmm7, 0xf0
vaeskeygenassist xmm1, xmm4, 0x12
vaeskeygenassist xmm4, xmm4, 0x12
vaeskeygenassist xmm7, xmm4, 0x12
vaeskeygenassist xmm1, xmm7, 0x12
vaeskeygenassist xmm1, oword [eax], 0x12
vaeskeygenassist xmm1, oword [ebx+0x7f], 0x12
vaeskeygenassist xmm1, oword [ecx-0x80], 0x12
vaeskeygenassist xmm1, oword [edx+0x12345678], 0x12
vaeskeygenassist xmm1, oword [esp], 0x12
vaeskeygenassist xmm1, [eax], 0x12
vaeskeygenassist xmm1, xmm4, 0xf0
rorx eax, ecx, 0x12
rorx ecx, ecx, 0x12
rorx edx, ecx, 0x12
rorx eax, edx, 0x12
rorx eax, dword [eax], 0x12
rorx eax, dword [eax+ebx], 0x12
rorx eax, dword [eax+ecx*2], 0x12
rorx eax, dword [ebx+esi*4+0x10], 0x12
rorx eax, dword [edi*8+0x1000], 0x12
rorx eax, [eax], 0x12
rorx eax, ecx, 0xf0
a16 pvalidate
pvalidate
serialize
xsusldtrk
xresldtrk
vbroadcastss xmm4, xmm7
vbroadcastss xmm7, xmm7
vbroadcastss xmm0, xmm7
vbroadcastss xmm4, xmm0
vbroadcastss xmm4, xmm1
vbroadcastss ymm1, xmm4
vbroadcastss ymm4, xmm4
vbroadcastss ymm7, xmm4
vbroadcastss ymm1, xmm7
vbroadcastss ymm1, xmm0
vbroadcastsd ymm0, xmm1
vbroadcastsd ymm1, xmm1
vbroadcastsd ymm4, xmm1
vbroadcastsd ymm0, xmm4
vbroadcastsd ymm0, xmm7
hreset 0x12
hreset 0xf0
prefetchit1 byte [eax]
prefetchit1 byte [edi*8+0x1000]
prefetchit1 byte [0x12345678]
prefetchit1 byte [esi+0x80]
prefetchit1 byte [esp+ebp*1-0x81]
prefetchit1 [eax]
prefetchit0 byte [eax]
prefetchit0 byte [ss:ebp+0x10]
prefetchit0 byte [cs:eax]
prefetchit0 byte [bx+si]
prefetchit0 byte [bp+di+0x4]
prefetchit0 [eax]
aadd dword [eax], ecx
aadd dword [ecx-0x80], ecx
aadd dword [edx+0x12345678], ecx
aadd dword [esp], ecx
aadd dword [esp+0x8], ecx
aadd [eax], ecx
aadd dword [eax], edx
aadd dword [eax], ebx
aand dword [eax], edi
aand dword [fs:0x20], edi
aand dword [gs:ebx+ecx*8+0x100], edi
aand dword [ss:ebp+0x10], edi
aand dword [cs:eax], edi
aand [eax], edi
aand dword [eax], eax
aand dword [eax], ecx
axor dword [eax], ebp
axor dword [ebp-0x4], ebp
axor dword [eax+ebx], ebp
axor dword [eax+ecx*2], ebp
axor dword [ebx+esi*4+0x10], ebp
axor [eax], ebp
axor dword [eax], esi
axor dword [eax], edi
jmp 0x8:0x100000
jmp word 0x8:0x1000
call far [ebx+0x4]
retf 0x8
o16 retf
iretd
o16 iret
int 0x80
int 3
lidt [0x1000]
ltr ax
lldt ax
mov cr4, ebx
mov ds, ax
mov ds, eax
mov ax, ds
mov [eax], ds
push 0x12
push word 0x1234
push dword 0x12345678
pushad
popad
in al, 0x60
out 0x80, al
a16 rep movsb
o16 rep stosw
jmp short $
jecxz $+0x10
jcxz $+0x10
loop $-0x10
a16 loop $+0x4
lock add [eax], eax
lock xchg [eax], ecx
xchg [eax], ecx
mov eax, [eax+esp]
mov eax, [ebx*2]
mov eax, [ebx*3]
mov eax, [ebx*5]
mov eax, [ebx*9+0x10]
mov eax, [ebp*1]
mov eax, [esp*1]
lea eax, [eax+0x0]
mov eax, [si+bx]
cmpeqps xmm0, xmm1
cmpltsd xmm0, [eax]
vcmpngeps ymm0, ymm1, ymm2
