bits 16
add al, al
add cl, al
add byte [bx], al
add byte [bx+si], al
add byte [bp+di+0x7f], al
add byte [bx+di-0x80], al
add byte [bp+si+0x1234], al
add byte [si], al
add byte [di+0x10], al
add byte [bp+0x8], al
add byte [bp], al
add byte [0x1234], al
add byte [bx+0x80], al
add byte [si-0x2], al
add byte [es:bx+si], al
add byte [cs:di], al
add byte [ss:bp+0x4], al
add byte [fs:0x20], al
add byte [gs:bx+0x12], al
add byte [bx+0x7f], al
add byte [eax], al
add byte [ebx+ecx*4+0x10], al
add byte [esp+0x8], al
add byte [ebp-0x81], al
add byte [edi*8+0x1000], al
add byte [ds:esi+ebx*2], al
add byte [esp], al
add byte [ebp], al
add [bx], al
add al, cl
add al, dh
add al, bh
add al, bl
lock add byte [bx], al
lock add byte [bx+si], al
add dx, ax
add bx, ax
add word [bx], ax
add word [bx+si], ax
add word [bp+di+0x7f], ax
add word [bx+di-0x80], ax
add word [bp+si+0x1234], ax
add word [si], ax
add word [di+0x10], ax
add word [bp+0x8], ax
add word [bp], ax
add word [0x1234], ax
add word [bx+0x80], ax
add word [si-0x2], ax
add word [es:bx+si], ax
add word [cs:di], ax
add word [ss:bp+0x4], ax
add word [fs:0x20], ax
add word [gs:bx+0x12], ax
add word [bx+0x7f], ax
add word [eax], ax
add word [ebx+ecx*4+0x10], ax
add word [esp+0x8], ax
add word [ebp-0x81], ax
add word [edi*8+0x1000], ax
add word [ds:esi+ebx*2], ax
add word [esp], ax
add word [ebp], ax
add [bx], ax
add dx, cx
add dx, dx
add dx, bx
add dx, sp
add dx, bp
add dx, si
add dx, di
lock add word [bx], ax
lock add word [bx+si], ax
add ecx, eax
add edx, eax
add dword [bx], eax
add dword [bx+si], eax
add dword [bp+di+0x7f], eax
add dword [bx+di-0x80], eax
add dword [bp+si+0x1234], eax
add dword [si], eax
add dword [di+0x10], eax
add dword [bp+0x8], eax
add dword [bp], eax
add dword [0x1234], eax
add dword [bx+0x80], eax
add dword [si-0x2], eax
add dword [es:bx+si], eax
add dword [cs:di], eax
add dword [ss:bp+0x4], eax
add dword [fs:0x20], eax
add dword [gs:bx+0x12], eax
add dword [bx+0x7f], eax
add dword [eax], eax
add dword [ebx+ecx*4+0x10], eax
add dword [esp+0x8], eax
add dword [ebp-0x81], eax
add dword [edi*8+0x1000], eax
add dword [ds:esi+ebx*2], eax
add dword [esp], eax
add dword [ebp], eax
add [bx], eax
add ecx, ecx
add ecx, edx
add ecx, ebx
add ecx, esp
add ecx, ebp
add ecx, esi
add ecx, edi
o32 add ecx, eax
lock add dword [bx], eax
lock add dword [bx+si], eax
add cl, bl
add dh, bl
add bh, bl
add bl, bl
add al, byte [bx]
add al, byte [bx+si]
add al, byte [bp+di+0x7f]
add al, byte [bx+di-0x80]
add al, byte [bp+si+0x1234]
add al, byte [si]
add al, byte [di+0x10]
add al, byte [bp+0x8]
add al, byte [bp]
add al, byte [0x1234]
add al, byte [bx+0x80]
add al, byte [si-0x2]
add al, byte [es:bx+si]
add al, byte [cs:di]
add al, byte [ss:bp+0x4]
add al, byte [fs:0x20]
add al, byte [gs:bx+0x12]
add al, byte [bx+0x7f]
add al, byte [eax]
add al, byte [ebx+ecx*4+0x10]
add al, byte [esp+0x8]
add al, byte [ebp-0x81]
add al, byte [edi*8+0x1000]
add al, byte [ds:esi+ebx*2]
add al, byte [esp]
add al, byte [ebp]
add al, [bx]
add ax, di
add cx, di
add bx, di
add sp, di
add bp, di
add si, di
add di, di
add ax, ax
add ax, word [bx]
add ax, word [bx+si]
add ax, word [bp+di+0x7f]
add ax, word [bx+di-0x80]
add ax, word [bp+si+0x1234]
add ax, word [si]
add ax, word [di+0x10]
add ax, word [bp+0x8]
add ax, word [bp]
add ax, word [0x1234]
add ax, word [bx+0x80]
add ax, word [si-0x2]
add ax, word [es:bx+si]
add ax, word [cs:di]
add ax, word [ss:bp+0x4]
add ax, word [fs:0x20]
add ax, word [gs:bx+0x12]
add ax, word [bx+0x7f]
add ax, word [eax]
add ax, word [ebx+ecx*4+0x10]
add ax, word [esp+0x8]
add ax, word [ebp-0x81]
add ax, word [edi*8+0x1000]
add ax, word [ds:esi+ebx*2]
add ax, word [esp]
add ax, word [ebp]
add ax, [bx]
add eax, esi
add edx, esi
add ebx, esi
add esp, esi
add ebp, esi
add esi, esi
add edi, esi
add eax, edi
add eax, dword [bx]
add eax, dword [bx+si]
add eax, dword [bp+di+0x7f]
add eax, dword [bx+di-0x80]
add eax, dword [bp+si+0x1234]
add eax, dword [si]
add eax, dword [di+0x10]
add eax, dword [bp+0x8]
add eax, dword [bp]
add eax, dword [0x1234]
add eax, dword [bx+0x80]
add eax, dword [si-0x2]
add eax, dword [es:bx+si]
add eax, dword [cs:di]
add eax, dword [ss:bp+0x4]
add eax, dword [fs:0x20]
add eax, dword [gs:bx+0x12]
add eax, dword [bx+0x7f]
add eax, dword [eax]
add eax, dword [ebx+ecx*4+0x10]
add eax, dword [esp+0x8]
add eax, dword [ebp-0x81]
add eax, dword [edi*8+0x1000]
add eax, dword [ds:esi+ebx*2]
add eax, dword [esp]
add eax, dword [ebp]
add eax, [bx]
o32 add eax, esi
add al, 0x12
add al, 0xf0
add ax, 0x1234
add ax, 0x10
add ax, strict word 0x10
add eax, 0x12345678
add eax, 0x7f
add eax, -0x80
add eax, strict dword 0x7f
o32 add eax, 0x12345678
push es
o32 push es
pop es
o32 pop es
or dh, al
or bh, al
or byte [bx], al
or byte [bx+si], al
or byte [bp+di+0x7f], al
or byte [bx+di-0x80], al
or byte [bp+si+0x1234], al
or byte [si], al
or byte [di+0x10], al
or byte [bp+0x8], al
or byte [bp], al
or byte [0x1234], al
or byte [bx+0x80], al
or byte [si-0x2], al
or byte [es:bx+si], al
or byte [cs:di], al
or byte [ss:bp+0x4], al
or byte [fs:0x20], al
or byte [gs:bx+0x12], al
or byte [bx+0x7f], al
or byte [eax], al
or byte [ebx+ecx*4+0x10], al
or byte [esp+0x8], al
or byte [ebp-0x81], al
or byte [edi*8+0x1000], al
or byte [ds:esi+ebx*2], al
or byte [esp], al
or byte [ebp], al
or [bx], al
or dh, cl
or dh, dh
or dh, bh
or dh, bl
lock or byte [bx], al
lock or byte [bx+si], al
or dx, ax
or bx, ax
or word [bx], ax
or word [bx+si], ax
or word [bp+di+0x7f], ax
or word [bx+di-0x80], ax
or word [bp+si+0x1234], ax
or word [si], ax
or word [di+0x10], ax
or word [bp+0x8], ax
or word [bp], ax
or word [0x1234], ax
or word [bx+0x80], ax
or word [si-0x2], ax
or word [es:bx+si], ax
or word [cs:di], ax
or word [ss:bp+0x4], ax
or word [fs:0x20], ax
or word [gs:bx+0x12], ax
or word [bx+0x7f], ax
or word [eax], ax
or word [ebx+ecx*4+0x10], ax
or word [esp+0x8], ax
or word [ebp-0x81], ax
or word [edi*8+0x1000], ax
or word [ds:esi+ebx*2], ax
or word [esp], ax
or word [ebp], ax
or [bx], ax
or dx, cx
or dx, dx
or dx, bx
or dx, sp
or dx, bp
or dx, si
or dx, di
lock or word [bx], ax
lock or word [bx+si], ax
or ecx, eax
or edx, eax
or dword [bx], eax
or dword [bx+si], eax
or dword [bp+di+0x7f], eax
or dword [bx+di-0x80], eax
or dword [bp+si+0x1234], eax
or dword [si], eax
or dword [di+0x10], eax
or dword [bp+0x8], eax
or dword [bp], eax
or dword [0x1234], eax
or dword [bx+0x80], eax
or dword [si-0x2], eax
or dword [es:bx+si], eax
or dword [cs:di], eax
or dword [ss:bp+0x4], eax
or dword [fs:0x20], eax
or dword [gs:bx+0x12], eax
or dword [bx+0x7f], eax
or dword [eax], eax
or dword [ebx+ecx*4+0x10], eax
or dword [esp+0x8], eax
or dword [ebp-0x81], eax
or dword [edi*8+0x1000], eax
or dword [ds:esi+ebx*2], eax
or dword [esp], eax
or dword [ebp], eax
or [bx], eax
or ecx, ecx
or ecx, edx
or ecx, ebx
or ecx, esp
or ecx, ebp
or ecx, esi
or ecx, edi
lock or dword [bx], eax
lock or dword [bx+si], eax
or al, cl
or cl, cl
or bh, cl
or bl, cl
or al, dh
or al, byte [bx]
or al, byte [bx+si]
or al, byte [bp+di+0x7f]
or al, byte [bx+di-0x80]
or al, byte [bp+si+0x1234]
or al, byte [si]
or al, byte [di+0x10]
or al, byte [bp+0x8]
or al, byte [bp]
or al, byte [0x1234]
or al, byte [bx+0x80]
or al, byte [si-0x2]
or al, byte [es:bx+si]
or al, byte [cs:di]
or al, byte [ss:bp+0x4]
or al, byte [fs:0x20]
or al, byte [gs:bx+0x12]
or al, byte [bx+0x7f]
or al, byte [eax]
or al, byte [ebx+ecx*4+0x10]
or al, byte [esp+0x8]
or al, byte [ebp-0x81]
or al, byte [edi*8+0x1000]
or al, byte [ds:esi+ebx*2]
or al, byte [esp]
or al, byte [ebp]
or al, [bx]
or ax, di
or cx, di
or bx, di
or sp, di
or bp, di
or si, di
or di, di
or ax, ax
or ax, word [bx]
or ax, word [bx+si]
or ax, word [bp+di+0x7f]
or ax, word [bx+di-0x80]
or ax, word [bp+si+0x1234]
or ax, word [si]
or ax, word [di+0x10]
or ax, word [bp+0x8]
or ax, word [bp]
or ax, word [0x1234]
or ax, word [bx+0x80]
or ax, word [si-0x2]
or ax, word [es:bx+si]
or ax, word [cs:di]
or ax, word [ss:bp+0x4]
or ax, word [fs:0x20]
or ax, word [gs:bx+0x12]
or ax, word [bx+0x7f]
or ax, word [eax]
or ax, word [ebx+ecx*4+0x10]
or ax, word [esp+0x8]
or ax, word [ebp-0x81]
or ax, word [edi*8+0x1000]
or ax, word [ds:esi+ebx*2]
or ax, word [esp]
or ax, word [ebp]
or ax, [bx]
or eax, esi
or edx, esi
or ebx, esi
or esp, esi
or ebp, esi
or esi, esi
or edi, esi
or eax, edi
or eax, dword [bx]
or eax, dword [bx+si]
or eax, dword [bp+di+0x7f]
or eax, dword [bx+di-0x80]
or eax, dword [bp+si+0x1234]
or eax, dword [si]
or eax, dword [di+0x10]
or eax, dword [bp+0x8]
or eax, dword [bp]
or eax, dword [0x1234]
or eax, dword [bx+0x80]
or eax, dword [si-0x2]
or eax, dword [es:bx+si]
or eax, dword [cs:di]
or eax, dword [ss:bp+0x4]
or eax, dword [fs:0x20]
or eax, dword [gs:bx+0x12]
or eax, dword [bx+0x7f]
or eax, dword [eax]
or eax, dword [ebx+ecx*4+0x10]
or eax, dword [esp+0x8]
or eax, dword [ebp-0x81]
or eax, dword [edi*8+0x1000]
or eax, dword [ds:esi+ebx*2]
or eax, dword [esp]
or eax, dword [ebp]
or eax, [bx]
or al, 0x12
or al, 0xf0
or ax, 0x1234
or ax, 0x10
or ax, strict word 0x10
or eax, 0x12345678
or eax, 0x7f
or eax, -0x80
or eax, strict dword 0x7f
push cs
o32 push cs
adc dh, bh
adc bh, bh
adc byte [bx], bh
adc byte [bx+di-0x80], bh
adc byte [bp+si+0x1234], bh
adc byte [si], bh
adc byte [di+0x10], bh
adc [bx], bh
adc dh, bl
adc dh, al
lock adc byte [bx], bh
lock adc byte [bx+di-0x80], bh
adc bx, sp
adc sp, sp
adc word [bx], sp
adc word [bx+0x80], sp
adc word [si-0x2], sp
adc word [es:bx+si], sp
adc word [cs:di], sp
adc [bx], sp
adc bx, bp
adc bx, si
lock adc word [bx], sp
lock adc word [bx+0x80], sp
adc edx, ebx
adc ebx, ebx
adc dword [bx], ebx
adc dword [bx+0x7f], ebx
adc dword [eax], ebx
adc dword [ebx+ecx*4+0x10], ebx
adc dword [esp+0x8], ebx
adc [bx], ebx
adc edx, esp
adc edx, ebp
o32 adc edx, ebx
lock adc dword [bx], ebx
lock adc dword [bx+0x7f], ebx
adc al, cl
adc cl, cl
adc dh, cl
adc al, dh
adc al, byte [bx]
adc al, byte [di+0x10]
adc al, byte [bp+0x8]
adc al, byte [bp]
adc al, byte [0x1234]
adc al, [bx]
adc di, ax
adc ax, ax
adc cx, ax
adc di, cx
adc di, word [bx]
adc di, word [cs:di]
adc di, word [ss:bp+0x4]
adc di, word [fs:0x20]
adc di, word [gs:bx+0x12]
adc di, [bx]
adc esi, edi
adc edi, edi
adc eax, edi
adc esi, eax
adc esi, dword [bx]
adc esi, dword [esp+0x8]
adc esi, dword [ebp-0x81]
adc esi, dword [edi*8+0x1000]
adc esi, dword [ds:esi+ebx*2]
adc esi, [bx]
o32 adc esi, edi
adc al, 0x12
adc al, 0xf0
adc ax, 0x1234
adc ax, 0x10
adc ax, strict word 0x10
adc eax, 0x12345678
adc eax, 0x7f
adc eax, -0x80
adc eax, strict dword 0x7f
o32 adc eax, 0x12345678
push ss
o32 push ss
pop ss
o32 pop ss
sbb bl, al
sbb al, al
sbb byte [bx], al
sbb byte [fs:0x20], al
sbb byte [gs:bx+0x12], al
sbb byte [bx+0x7f], al
sbb byte [eax], al
sbb [bx], al
sbb bl, cl
sbb bl, dh
lock sbb byte [bx], al
lock sbb byte [fs:0x20], al
sbb bx, sp
sbb sp, sp
sbb word [bx], sp
sbb word [edi*8+0x1000], sp
sbb word [ds:esi+ebx*2], sp
sbb word [esp], sp
sbb word [ebp], sp
sbb [bx], sp
sbb bx, bp
sbb bx, si
lock sbb word [bx], sp
lock sbb word [edi*8+0x1000], sp
sbb edx, ebx
sbb ebx, ebx
sbb dword [bx], ebx
sbb dword [bp+si+0x1234], ebx
sbb dword [si], ebx
sbb dword [di+0x10], ebx
sbb dword [bp+0x8], ebx
sbb [bx], ebx
sbb edx, esp
sbb edx, ebp
o32 sbb edx, ebx
lock sbb dword [bx], ebx
lock sbb dword [bp+si+0x1234], ebx
sbb dh, bh
sbb bh, bh
sbb bl, bh
sbb dh, bl
sbb dh, byte [bx]
sbb dh, byte [eax]
sbb dh, byte [ebx+ecx*4+0x10]
sbb dh, byte [esp+0x8]
sbb dh, byte [ebp-0x81]
sbb dh, [bx]
sbb di, ax
sbb ax, ax
sbb cx, ax
sbb di, cx
sbb di, word [bx]
sbb di, word [ebp]
sbb di, word [bx+si]
sbb di, word [bp+di+0x7f]
sbb di, word [bx+di-0x80]
sbb di, [bx]
sbb esi, edi
sbb edi, edi
sbb eax, edi
sbb esi, eax
sbb esi, dword [bx]
sbb esi, dword [bp+0x8]
sbb esi, dword [bp]
sbb esi, dword [0x1234]
sbb esi, dword [bx+0x80]
sbb esi, [bx]
o32 sbb esi, edi
sbb al, 0x12
sbb al, 0xf0
sbb ax, 0x1234
sbb ax, 0x10
sbb ax, strict word 0x10
sbb eax, 0x12345678
sbb eax, 0x7f
sbb eax, -0x80
sbb eax, strict dword 0x7f
o32 sbb eax, 0x12345678
push ds
o32 push ds
pop ds
o32 pop ds
and cl, dh
and dh, dh
and byte [bx], dh
and byte [bp+di+0x7f], dh
and byte [bx+di-0x80], dh
and byte [bp+si+0x1234], dh
and byte [si], dh
and [bx], dh
and cl, bh
and cl, bl
lock and byte [bx], dh
lock and byte [bp+di+0x7f], dh
and bx, sp
and sp, sp
and word [bx], sp
and word [0x1234], sp
and word [bx+0x80], sp
and word [si-0x2], sp
and word [es:bx+si], sp
and [bx], sp
and bx, bp
and bx, si
lock and word [bx], sp
lock and word [0x1234], sp
and edx, ebx
and ebx, ebx
and dword [bx], ebx
and dword [gs:bx+0x12], ebx
and dword [bx+0x7f], ebx
and dword [eax], ebx
and dword [ebx+ecx*4+0x10], ebx
and [bx], ebx
and edx, esp
and edx, ebp
o32 and edx, ebx
lock and dword [bx], ebx
lock and dword [gs:bx+0x12], ebx
and bl, al
and al, al
and cl, al
and bl, cl
and bl, byte [bx]
and bl, byte [si]
and bl, byte [di+0x10]
and bl, byte [bp+0x8]
and bl, byte [bp]
and bl, [bx]
and di, ax
and ax, ax
and cx, ax
and di, cx
and di, word [bx]
and di, word [es:bx+si]
and di, word [cs:di]
and di, word [ss:bp+0x4]
and di, word [fs:0x20]
and di, [bx]
and esi, edi
and edi, edi
and eax, edi
and esi, eax
and esi, dword [bx]
and esi, dword [ebx+ecx*4+0x10]
and esi, dword [esp+0x8]
and esi, dword [ebp-0x81]
and esi, dword [edi*8+0x1000]
and esi, [bx]
o32 and esi, edi
and al, 0x12
and al, 0xf0
and ax, 0x1234
and ax, 0x10
and ax, strict word 0x10
and eax, 0x12345678
and eax, 0x7f
and eax, -0x80
and eax, strict dword 0x7f
o32 and eax, 0x12345678
daa
sub dh, bh
sub bh, bh
sub byte [bx], bh
sub byte [eax], bh
sub byte [ebx+ecx*4+0x10], bh
sub byte [esp+0x8], bh
sub byte [ebp-0x81], bh
sub [bx], bh
sub dh, bl
sub dh, al
lock sub byte [bx], bh
lock sub byte [eax], bh
sub si, di
sub di, di
sub word [bx], di
sub word [ebp], di
sub word [bx+si], di
sub word [bp+di+0x7f], di
sub word [bx+di-0x80], di
sub [bx], di
sub si, ax
sub si, cx
lock sub word [bx], di
lock sub word [ebp], di
sub ebp, esi
sub esi, esi
sub dword [bx], esi
sub dword [bp+0x8], esi
sub dword [bp], esi
sub dword [0x1234], esi
sub dword [bx+0x80], esi
sub [bx], esi
sub ebp, edi
sub ebp, eax
o32 sub ebp, esi
lock sub dword [bx], esi
lock sub dword [bp+0x8], esi
sub al, cl
sub cl, cl
sub dh, cl
sub al, dh
sub al, byte [bx]
sub al, byte [ebp-0x81]
sub al, byte [edi*8+0x1000]
sub al, byte [ds:esi+ebx*2]
sub al, byte [esp]
sub al, [bx]
sub dx, bx
sub bx, bx
sub sp, bx
sub dx, sp
sub dx, word [bx]
sub dx, word [bx+di-0x80]
sub dx, word [bp+si+0x1234]
sub dx, word [si]
sub dx, word [di+0x10]
sub dx, [bx]
sub ecx, edx
sub edx, edx
sub ebx, edx
sub ecx, ebx
sub ecx, dword [bx]
sub ecx, dword [bx+0x80]
sub ecx, dword [si-0x2]
sub ecx, dword [es:bx+si]
sub ecx, dword [cs:di]
sub ecx, [bx]
o32 sub ecx, edx
sub al, 0x12
sub al, 0xf0
sub ax, 0x1234
sub ax, 0x10
sub ax, strict word 0x10
sub eax, 0x12345678
sub eax, 0x7f
sub eax, -0x80
sub eax, strict dword 0x7f
o32 sub eax, 0x12345678
das
xor bh, bl
xor bl, bl
xor byte [bx], bl
xor byte [0x1234], bl
xor byte [bx+0x80], bl
xor byte [si-0x2], bl
xor byte [es:bx+si], bl
xor [bx], bl
xor bh, al
xor bh, cl
lock xor byte [bx], bl
lock xor byte [0x1234], bl
xor cx, dx
xor dx, dx
xor word [bx], dx
xor word [gs:bx+0x12], dx
xor word [bx+0x7f], dx
xor word [eax], dx
xor word [ebx+ecx*4+0x10], dx
xor [bx], dx
xor cx, bx
xor cx, sp
lock xor word [bx], dx
lock xor word [gs:bx+0x12], dx
xor eax, ecx
xor ecx, ecx
xor dword [bx], ecx
xor dword [ds:esi+ebx*2], ecx
xor dword [esp], ecx
xor dword [ebp], ecx
xor dword [bx+si], ecx
xor [bx], ecx
xor eax, edx
xor eax, ebx
o32 xor eax, ecx
lock xor dword [bx], ecx
lock xor dword [ds:esi+ebx*2], ecx
xor cl, dh
xor dh, dh
xor bh, dh
xor cl, bh
xor cl, byte [bx]
xor cl, byte [es:bx+si]
xor cl, byte [cs:di]
xor cl, byte [ss:bp+0x4]
xor cl, byte [fs:0x20]
xor cl, [bx]
xor bp, si
xor si, si
xor di, si
xor bp, di
xor bp, word [bx]
xor bp, word [ebx+ecx*4+0x10]
xor bp, word [esp+0x8]
xor bp, word [ebp-0x81]
xor bp, word [edi*8+0x1000]
xor bp, [bx]
xor esp, ebp
xor ebp, ebp
xor esi, ebp
xor esp, esi
xor esp, dword [bx]
xor esp, dword [bx+si]
xor esp, dword [bp+di+0x7f]
xor esp, dword [bx+di-0x80]
xor esp, dword [bp+si+0x1234]
xor esp, [bx]
o32 xor esp, ebp
xor al, 0x12
xor al, 0xf0
xor ax, 0x1234
xor ax, 0x10
xor ax, strict word 0x10
xor eax, 0x12345678
xor eax, 0x7f
xor eax, -0x80
xor eax, strict dword 0x7f
o32 xor eax, 0x12345678
aaa
cmp bl, al
cmp al, al
cmp byte [bx], al
cmp byte [bx+si], al
cmp byte [bp+di+0x7f], al
cmp byte [bx+di-0x80], al
cmp byte [bp+si+0x1234], al
cmp byte [si], al
cmp byte [di+0x10], al
cmp byte [bp+0x8], al
cmp byte [bp], al
cmp byte [0x1234], al
cmp byte [bx+0x80], al
cmp byte [si-0x2], al
cmp byte [es:bx+si], al
cmp byte [cs:di], al
cmp byte [ss:bp+0x4], al
cmp byte [fs:0x20], al
cmp byte [gs:bx+0x12], al
cmp byte [bx+0x7f], al
cmp byte [eax], al
cmp byte [ebx+ecx*4+0x10], al
cmp byte [esp+0x8], al
cmp byte [ebp-0x81], al
cmp byte [edi*8+0x1000], al
cmp byte [ds:esi+ebx*2], al
cmp byte [esp], al
cmp byte [ebp], al
cmp [bx], al
cmp bl, cl
cmp bl, dh
cmp bl, bh
cmp bl, bl
cmp sp, ax
cmp bp, ax
cmp word [bx], ax
cmp word [bx+si], ax
cmp word [bp+di+0x7f], ax
cmp word [bx+di-0x80], ax
cmp word [bp+si+0x1234], ax
cmp word [si], ax
cmp word [di+0x10], ax
cmp word [bp+0x8], ax
cmp word [bp], ax
cmp word [0x1234], ax
cmp word [bx+0x80], ax
cmp word [si-0x2], ax
cmp word [es:bx+si], ax
cmp word [cs:di], ax
cmp word [ss:bp+0x4], ax
cmp word [fs:0x20], ax
cmp word [gs:bx+0x12], ax
cmp word [bx+0x7f], ax
cmp word [eax], ax
cmp word [ebx+ecx*4+0x10], ax
cmp word [esp+0x8], ax
cmp word [ebp-0x81], ax
cmp word [edi*8+0x1000], ax
cmp word [ds:esi+ebx*2], ax
cmp word [esp], ax
cmp word [ebp], ax
cmp [bx], ax
cmp sp, cx
cmp sp, dx
cmp sp, bx
cmp sp, sp
cmp sp, bp
cmp sp, si
cmp sp, di
cmp ebx, eax
cmp esp, eax
cmp dword [bx], eax
cmp dword [bx+si], eax
cmp dword [bp+di+0x7f], eax
cmp dword [bx+di-0x80], eax
cmp dword [bp+si+0x1234], eax
cmp dword [si], eax
cmp dword [di+0x10], eax
cmp dword [bp+0x8], eax
cmp dword [bp], eax
cmp dword [0x1234], eax
cmp dword [bx+0x80], eax
cmp dword [si-0x2], eax
cmp dword [es:bx+si], eax
cmp dword [cs:di], eax
cmp dword [ss:bp+0x4], eax
cmp dword [fs:0x20], eax
cmp dword [gs:bx+0x12], eax
cmp dword [bx+0x7f], eax
cmp dword [eax], eax
cmp dword [ebx+ecx*4+0x10], eax
cmp dword [esp+0x8], eax
cmp dword [ebp-0x81], eax
cmp dword [edi*8+0x1000], eax
cmp dword [ds:esi+ebx*2], eax
cmp dword [esp], eax
cmp dword [ebp], eax
cmp [bx], eax
cmp ebx, ecx
cmp ebx, edx
cmp ebx, ebx
cmp ebx, esp
cmp ebx, ebp
cmp ebx, esi
cmp ebx, edi
o32 cmp ebx, eax
cmp al, bh
cmp cl, bh
cmp dh, bh
cmp bh, bh
cmp al, bl
cmp al, byte [bx]
cmp al, byte [bx+si]
cmp al, byte [bp+di+0x7f]
cmp al, byte [bx+di-0x80]
cmp al, byte [bp+si+0x1234]
cmp al, byte [si]
cmp al, byte [di+0x10]
cmp al, byte [bp+0x8]
cmp al, byte [bp]
cmp al, byte [0x1234]
cmp al, byte [bx+0x80]
cmp al, byte [si-0x2]
cmp al, byte [es:bx+si]
cmp al, byte [cs:di]
cmp al, byte [ss:bp+0x4]
cmp al, byte [fs:0x20]
cmp al, byte [gs:bx+0x12]
cmp al, byte [bx+0x7f]
cmp al, byte [eax]
cmp al, byte [ebx+ecx*4+0x10]
cmp al, byte [esp+0x8]
cmp al, byte [ebp-0x81]
cmp al, byte [edi*8+0x1000]
cmp al, byte [ds:esi+ebx*2]
cmp al, byte [esp]
cmp al, byte [ebp]
cmp al, [bx]
cmp ax, cx
cmp cx, cx
cmp dx, cx
cmp bx, cx
cmp bp, cx
cmp si, cx
cmp di, cx
cmp ax, dx
cmp ax, word [bx]
cmp ax, word [bx+si]
cmp ax, word [bp+di+0x7f]
cmp ax, word [bx+di-0x80]
cmp ax, word [bp+si+0x1234]
cmp ax, word [si]
cmp ax, word [di+0x10]
cmp ax, word [bp+0x8]
cmp ax, word [bp]
cmp ax, word [0x1234]
cmp ax, word [bx+0x80]
cmp ax, word [si-0x2]
cmp ax, word [es:bx+si]
cmp ax, word [cs:di]
cmp ax, word [ss:bp+0x4]
cmp ax, word [fs:0x20]
cmp ax, word [gs:bx+0x12]
cmp ax, word [bx+0x7f]
cmp ax, word [eax]
cmp ax, word [ebx+ecx*4+0x10]
cmp ax, word [esp+0x8]
cmp ax, word [ebp-0x81]
cmp ax, word [edi*8+0x1000]
cmp ax, word [ds:esi+ebx*2]
cmp ax, word [esp]
cmp ax, word [ebp]
cmp ax, [bx]
cmp eax, eax
cmp ecx, eax
cmp edx, eax
cmp ebp, eax
cmp esi, eax
cmp edi, eax
cmp eax, ecx
cmp eax, dword [bx]
cmp eax, dword [bx+si]
cmp eax, dword [bp+di+0x7f]
cmp eax, dword [bx+di-0x80]
cmp eax, dword [bp+si+0x1234]
cmp eax, dword [si]
cmp eax, dword [di+0x10]
cmp eax, dword [bp+0x8]
cmp eax, dword [bp]
cmp eax, dword [0x1234]
cmp eax, dword [bx+0x80]
cmp eax, dword [si-0x2]
cmp eax, dword [es:bx+si]
cmp eax, dword [cs:di]
cmp eax, dword [ss:bp+0x4]
cmp eax, dword [fs:0x20]
cmp eax, dword [gs:bx+0x12]
cmp eax, dword [bx+0x7f]
cmp eax, dword [eax]
cmp eax, dword [ebx+ecx*4+0x10]
cmp eax, dword [esp+0x8]
cmp eax, dword [ebp-0x81]
cmp eax, dword [edi*8+0x1000]
cmp eax, dword [ds:esi+ebx*2]
cmp eax, dword [esp]
cmp eax, dword [ebp]
cmp eax, [bx]
o32 cmp eax, eax
cmp al, 0x12
cmp al, 0xf0
cmp ax, 0x1234
cmp ax, 0x10
cmp ax, strict word 0x10
cmp eax, 0x12345678
cmp eax, 0x7f
cmp eax, -0x80
cmp eax, strict dword 0x7f
o32 cmp eax, 0x12345678
aas
inc ax
inc cx
inc dx
inc bx
inc sp
inc bp
inc si
inc di
inc eax
inc ecx
inc edx
inc ebx
inc esp
inc ebp
inc esi
inc edi
o32 inc eax
dec ax
dec cx
dec dx
dec bx
dec sp
dec bp
dec si
dec di
dec eax
dec ecx
dec edx
dec ebx
dec esp
dec ebp
dec esi
dec edi
o32 dec eax
push ax
push cx
push dx
push bx
push sp
push bp
push si
push di
push eax
push ecx
push edx
push ebx
push esp
push ebp
push esi
push edi
o32 push eax
pop ax
pop cx
pop dx
pop bx
pop sp
pop bp
pop si
pop di
pop eax
pop ecx
pop edx
pop ebx
pop esp
pop ebp
pop esi
pop edi
o32 pop eax
pusha
pushad
o32 pushad
popa
popad
o32 popad
bound dx, [bx]
bound bx, [bx]
bound sp, [bx]
bound dx, [ss:bp+0x4]
bound dx, [fs:0x20]
bound dx, [gs:bx+0x12]
bound dx, [bx+0x7f]
bound ecx, [bx]
bound edx, [bx]
bound ebx, [bx]
bound ecx, [ebp-0x81]
bound ecx, [edi*8+0x1000]
bound ecx, [ds:esi+ebx*2]
bound ecx, [esp]
o32 bound ecx, [bx]
arpl ax, cx
arpl cx, cx
arpl word [bx], cx
arpl word [bx+di-0x80], cx
arpl word [bp+si+0x1234], cx
arpl word [si], cx
arpl word [di+0x10], cx
arpl [bx], cx
arpl ax, dx
arpl ax, bx
push 0x1234
push 0x10
push strict word 0x10
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
imul ax, word [bx], 0x1234
imul ax, word [bx+si], 0x1234
imul ax, word [bp+di+0x7f], 0x1234
imul ax, word [bx+di-0x80], 0x1234
imul ax, word [bp+si+0x1234], 0x1234
imul ax, word [si], 0x1234
imul ax, word [di+0x10], 0x1234
imul ax, word [bp+0x8], 0x1234
imul ax, word [bp], 0x1234
imul ax, word [0x1234], 0x1234
imul ax, word [bx+0x80], 0x1234
imul ax, word [si-0x2], 0x1234
imul ax, word [es:bx+si], 0x1234
imul ax, word [cs:di], 0x1234
imul ax, word [ss:bp+0x4], 0x1234
imul ax, word [fs:0x20], 0x1234
imul ax, word [gs:bx+0x12], 0x1234
imul ax, word [bx+0x7f], 0x1234
imul ax, word [eax], 0x1234
imul ax, word [ebx+ecx*4+0x10], 0x1234
imul ax, word [esp+0x8], 0x1234
imul ax, word [ebp-0x81], 0x1234
imul ax, word [edi*8+0x1000], 0x1234
imul ax, word [ds:esi+ebx*2], 0x1234
imul ax, word [esp], 0x1234
imul ax, word [ebp], 0x1234
imul ax, [bx], 0x1234
imul ax, cx, 0x10
imul ax, cx, strict word 0x10
imul eax, eax, 0x12345678
imul ecx, eax, 0x12345678
imul edx, eax, 0x12345678
imul ebx, eax, 0x12345678
imul esp, eax, 0x12345678
imul ebp, eax, 0x12345678
imul esi, eax, 0x12345678
imul edi, eax, 0x12345678
imul eax, ecx, 0x12345678
imul eax, dword [bx], 0x12345678
imul eax, dword [bx+si], 0x12345678
imul eax, dword [bp+di+0x7f], 0x12345678
imul eax, dword [bx+di-0x80], 0x12345678
imul eax, dword [bp+si+0x1234], 0x12345678
imul eax, dword [si], 0x12345678
imul eax, dword [di+0x10], 0x12345678
imul eax, dword [bp+0x8], 0x12345678
imul eax, dword [bp], 0x12345678
imul eax, dword [0x1234], 0x12345678
imul eax, dword [bx+0x80], 0x12345678
imul eax, dword [si-0x2], 0x12345678
imul eax, dword [es:bx+si], 0x12345678
imul eax, dword [cs:di], 0x12345678
imul eax, dword [ss:bp+0x4], 0x12345678
imul eax, dword [fs:0x20], 0x12345678
imul eax, dword [gs:bx+0x12], 0x12345678
imul eax, dword [bx+0x7f], 0x12345678
imul eax, dword [eax], 0x12345678
imul eax, dword [ebx+ecx*4+0x10], 0x12345678
imul eax, dword [esp+0x8], 0x12345678
imul eax, dword [ebp-0x81], 0x12345678
imul eax, dword [edi*8+0x1000], 0x12345678
imul eax, dword [ds:esi+ebx*2], 0x12345678
imul eax, dword [esp], 0x12345678
imul eax, dword [ebp], 0x12345678
imul eax, [bx], 0x12345678
imul eax, eax, 0x7f
imul eax, eax, -0x80
imul eax, eax, strict dword 0x7f
o32 imul eax, eax, 0x12345678
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
imul ax, word [bx], -0x3
imul ax, word [bx+si], -0x3
imul ax, word [bp+di+0x7f], -0x3
imul ax, word [bx+di-0x80], -0x3
imul ax, word [bp+si+0x1234], -0x3
imul ax, word [si], -0x3
imul ax, word [di+0x10], -0x3
imul ax, word [bp+0x8], -0x3
imul ax, word [bp], -0x3
imul ax, word [0x1234], -0x3
imul ax, word [bx+0x80], -0x3
imul ax, word [si-0x2], -0x3
imul ax, word [es:bx+si], -0x3
imul ax, word [cs:di], -0x3
imul ax, word [ss:bp+0x4], -0x3
imul ax, word [fs:0x20], -0x3
imul ax, word [gs:bx+0x12], -0x3
imul ax, word [bx+0x7f], -0x3
imul ax, word [eax], -0x3
imul ax, word [ebx+ecx*4+0x10], -0x3
imul ax, word [esp+0x8], -0x3
imul ax, word [ebp-0x81], -0x3
imul ax, word [edi*8+0x1000], -0x3
imul ax, word [ds:esi+ebx*2], -0x3
imul ax, word [esp], -0x3
imul ax, word [ebp], -0x3
imul ax, [bx], -0x3
imul ax, bx, 0x7f
imul ax, bx, -0x80
imul eax, edx, -0x3
imul ecx, edx, -0x3
imul edx, edx, -0x3
imul ebx, edx, -0x3
imul esp, edx, -0x3
imul ebp, edx, -0x3
imul esi, edx, -0x3
imul edi, edx, -0x3
imul eax, ebx, -0x3
imul eax, dword [bx], -0x3
imul eax, dword [bx+si], -0x3
imul eax, dword [bp+di+0x7f], -0x3
imul eax, dword [bx+di-0x80], -0x3
imul eax, dword [bp+si+0x1234], -0x3
imul eax, dword [si], -0x3
imul eax, dword [di+0x10], -0x3
imul eax, dword [bp+0x8], -0x3
imul eax, dword [bp], -0x3
imul eax, dword [0x1234], -0x3
imul eax, dword [bx+0x80], -0x3
imul eax, dword [si-0x2], -0x3
imul eax, dword [es:bx+si], -0x3
imul eax, dword [cs:di], -0x3
imul eax, dword [ss:bp+0x4], -0x3
imul eax, dword [fs:0x20], -0x3
imul eax, dword [gs:bx+0x12], -0x3
imul eax, dword [bx+0x7f], -0x3
imul eax, dword [eax], -0x3
imul eax, dword [ebx+ecx*4+0x10], -0x3
imul eax, dword [esp+0x8], -0x3
imul eax, dword [ebp-0x81], -0x3
imul eax, dword [edi*8+0x1000], -0x3
imul eax, dword [ds:esi+ebx*2], -0x3
imul eax, dword [esp], -0x3
imul eax, dword [ebp], -0x3
imul eax, [bx], -0x3
imul eax, edx, 0x7f
imul eax, edx, -0x80
o32 imul eax, edx, -0x3
insb
a32 insb
rep insb
rep a32 insb
insw
a32 insw
rep insw
rep a32 insw
insd
a32 insd
rep insd
rep a32 insd
outsb
a32 outsb
rep outsb
fs outsb
es outsb
rep a32 outsb
outsw
a32 outsw
rep outsw
fs outsw
es outsw
rep a32 outsw
outsd
a32 outsd
rep outsd
fs outsd
es outsd
rep a32 outsd
jo short $+0x10
jo short $-0x20
jo $+0x7
o32 jo short $+0x10
o32 jo short $-0x20
o32 jo $+0x7
jno short $+0x10
jno short $-0x20
jno $+0x7
o32 jno short $+0x10
o32 jno short $-0x20
o32 jno $+0x7
jb short $+0x10
jb short $-0x20
jb $+0x7
jc short $+0x10
jnae short $+0x10
o32 jb short $+0x10
o32 jb short $-0x20
o32 jb $+0x7
o32 jc short $+0x10
o32 jnae short $+0x10
jae short $+0x10
jae short $-0x20
jae $+0x7
jnb short $+0x10
jnc short $+0x10
o32 jae short $+0x10
o32 jae short $-0x20
o32 jae $+0x7
o32 jnb short $+0x10
o32 jnc short $+0x10
je short $+0x10
je short $-0x20
je $+0x7
jz short $+0x10
o32 je short $+0x10
o32 je short $-0x20
o32 je $+0x7
o32 jz short $+0x10
jne short $+0x10
jne short $-0x20
jne $+0x7
jnz short $+0x10
o32 jne short $+0x10
o32 jne short $-0x20
o32 jne $+0x7
o32 jnz short $+0x10
jbe short $+0x10
jbe short $-0x20
jbe $+0x7
jna short $+0x10
o32 jbe short $+0x10
o32 jbe short $-0x20
o32 jbe $+0x7
o32 jna short $+0x10
ja short $+0x10
ja short $-0x20
ja $+0x7
jnbe short $+0x10
o32 ja short $+0x10
o32 ja short $-0x20
o32 ja $+0x7
o32 jnbe short $+0x10
js short $+0x10
js short $-0x20
js $+0x7
o32 js short $+0x10
o32 js short $-0x20
o32 js $+0x7
jns short $+0x10
jns short $-0x20
jns $+0x7
o32 jns short $+0x10
o32 jns short $-0x20
o32 jns $+0x7
jp short $+0x10
jp short $-0x20
jp $+0x7
jpe short $+0x10
o32 jp short $+0x10
o32 jp short $-0x20
o32 jp $+0x7
o32 jpe short $+0x10
jnp short $+0x10
jnp short $-0x20
jnp $+0x7
jpo short $+0x10
o32 jnp short $+0x10
o32 jnp short $-0x20
o32 jnp $+0x7
o32 jpo short $+0x10
jl short $+0x10
jl short $-0x20
jl $+0x7
jnge short $+0x10
o32 jl short $+0x10
o32 jl short $-0x20
o32 jl $+0x7
o32 jnge short $+0x10
jge short $+0x10
jge short $-0x20
jge $+0x7
jnl short $+0x10
o32 jge short $+0x10
o32 jge short $-0x20
o32 jge $+0x7
o32 jnl short $+0x10
jle short $+0x10
jle short $-0x20
jle $+0x7
jng short $+0x10
o32 jle short $+0x10
o32 jle short $-0x20
o32 jle $+0x7
o32 jng short $+0x10
jg short $+0x10
jg short $-0x20
jg $+0x7
jnle short $+0x10
o32 jg short $+0x10
o32 jg short $-0x20
o32 jg $+0x7
o32 jnle short $+0x10
add bl, 0x12
add byte [bx], 0x12
add byte [bx+si], 0x12
add byte [bp+di+0x7f], 0x12
add byte [bx+di-0x80], 0x12
add byte [bp+si+0x1234], 0x12
add byte [si], 0x12
add byte [di+0x10], 0x12
add byte [bp+0x8], 0x12
add byte [bp], 0x12
add byte [0x1234], 0x12
add byte [bx+0x80], 0x12
add byte [si-0x2], 0x12
add byte [es:bx+si], 0x12
add byte [cs:di], 0x12
add byte [ss:bp+0x4], 0x12
add byte [fs:0x20], 0x12
add byte [gs:bx+0x12], 0x12
add byte [bx+0x7f], 0x12
add byte [eax], 0x12
add byte [ebx+ecx*4+0x10], 0x12
add byte [esp+0x8], 0x12
add byte [ebp-0x81], 0x12
add byte [edi*8+0x1000], 0x12
add byte [ds:esi+ebx*2], 0x12
add byte [esp], 0x12
add byte [ebp], 0x12
add bl, 0xf0
lock add byte [bx], 0x12
lock add byte [bx+si], 0x12
or cl, 0x12
or dh, 0x12
or byte [bx], 0x12
or byte [bx+si], 0x12
or byte [bp+di+0x7f], 0x12
or byte [bx+di-0x80], 0x12
or byte [bp+si+0x1234], 0x12
or byte [si], 0x12
or byte [di+0x10], 0x12
or byte [bp+0x8], 0x12
or byte [bp], 0x12
or byte [0x1234], 0x12
or byte [bx+0x80], 0x12
or byte [si-0x2], 0x12
or byte [es:bx+si], 0x12
or byte [cs:di], 0x12
or byte [ss:bp+0x4], 0x12
or byte [fs:0x20], 0x12
or byte [gs:bx+0x12], 0x12
or byte [bx+0x7f], 0x12
or byte [eax], 0x12
or byte [ebx+ecx*4+0x10], 0x12
or byte [esp+0x8], 0x12
or byte [ebp-0x81], 0x12
or byte [edi*8+0x1000], 0x12
or byte [ds:esi+ebx*2], 0x12
or byte [esp], 0x12
or byte [ebp], 0x12
or cl, 0xf0
lock or byte [bx], 0x12
lock or byte [bx+si], 0x12
adc bh, 0x12
adc bl, 0x12
adc byte [bx], 0x12
adc byte [ss:bp+0x4], 0x12
adc byte [fs:0x20], 0x12
adc byte [gs:bx+0x12], 0x12
adc byte [bx+0x7f], 0x12
adc bh, 0xf0
lock adc byte [bx], 0x12
lock adc byte [ss:bp+0x4], 0x12
sbb cl, 0x12
sbb byte [bx], 0x12
sbb byte [ebp-0x81], 0x12
sbb byte [edi*8+0x1000], 0x12
sbb byte [ds:esi+ebx*2], 0x12
sbb byte [esp], 0x12
lock sbb byte [bx], 0x12
lock sbb byte [ebp-0x81], 0x12
and dh, 0x12
and bh, 0x12
and byte [bx], 0x12
and byte [bx+di-0x80], 0x12
and byte [bp+si+0x1234], 0x12
and byte [si], 0x12
and byte [di+0x10], 0x12
and dh, 0xf0
lock and byte [bx], 0x12
lock and byte [bx+di-0x80], 0x12
sub bl, 0x12
sub byte [bx], 0x12
sub byte [bx+0x80], 0x12
sub byte [si-0x2], 0x12
sub byte [es:bx+si], 0x12
sub byte [cs:di], 0x12
sub bl, 0xf0
lock sub byte [bx], 0x12
lock sub byte [bx+0x80], 0x12
xor cl, 0x12
xor dh, 0x12
xor byte [bx], 0x12
xor byte [bx+0x7f], 0x12
xor byte [eax], 0x12
xor byte [ebx+ecx*4+0x10], 0x12
xor byte [esp+0x8], 0x12
xor cl, 0xf0
lock xor byte [bx], 0x12
lock xor byte [bx+0x7f], 0x12
cmp bh, 0x12
cmp bl, 0x12
cmp byte [bx], 0x12
cmp byte [bx+si], 0x12
cmp byte [bp+di+0x7f], 0x12
cmp byte [bx+di-0x80], 0x12
cmp byte [bp+si+0x1234], 0x12
cmp byte [si], 0x12
cmp byte [di+0x10], 0x12
cmp byte [bp+0x8], 0x12
cmp byte [bp], 0x12
cmp byte [0x1234], 0x12
cmp byte [bx+0x80], 0x12
cmp byte [si-0x2], 0x12
cmp byte [es:bx+si], 0x12
cmp byte [cs:di], 0x12
cmp byte [ss:bp+0x4], 0x12
cmp byte [fs:0x20], 0x12
cmp byte [gs:bx+0x12], 0x12
cmp byte [bx+0x7f], 0x12
cmp byte [eax], 0x12
cmp byte [ebx+ecx*4+0x10], 0x12
cmp byte [esp+0x8], 0x12
cmp byte [ebp-0x81], 0x12
cmp byte [edi*8+0x1000], 0x12
cmp byte [ds:esi+ebx*2], 0x12
cmp byte [esp], 0x12
cmp byte [ebp], 0x12
cmp bh, 0xf0
add cx, 0x1234
add dx, 0x1234
add word [bx], 0x1234
add word [bx+si], 0x1234
add word [bp+di+0x7f], 0x1234
add word [bx+di-0x80], 0x1234
add word [bp+si+0x1234], 0x1234
add word [si], 0x1234
add word [di+0x10], 0x1234
add word [bp+0x8], 0x1234
add word [bp], 0x1234
add word [0x1234], 0x1234
add word [bx+0x80], 0x1234
add word [si-0x2], 0x1234
add word [es:bx+si], 0x1234
add word [cs:di], 0x1234
add word [ss:bp+0x4], 0x1234
add word [fs:0x20], 0x1234
add word [gs:bx+0x12], 0x1234
add word [bx+0x7f], 0x1234
add word [eax], 0x1234
add word [ebx+ecx*4+0x10], 0x1234
add word [esp+0x8], 0x1234
add word [ebp-0x81], 0x1234
add word [edi*8+0x1000], 0x1234
add word [ds:esi+ebx*2], 0x1234
add word [esp], 0x1234
add word [ebp], 0x1234
add cx, 0x10
add cx, strict word 0x10
lock add word [bx], 0x1234
lock add word [bx+si], 0x1234
add ecx, 0x12345678
add dword [bx], 0x12345678
add dword [bx+si], 0x12345678
add dword [bp+di+0x7f], 0x12345678
add dword [bx+di-0x80], 0x12345678
add dword [bp+si+0x1234], 0x12345678
add dword [si], 0x12345678
add dword [di+0x10], 0x12345678
add dword [bp+0x8], 0x12345678
add dword [bp], 0x12345678
add dword [0x1234], 0x12345678
add dword [bx+0x80], 0x12345678
add dword [si-0x2], 0x12345678
add dword [es:bx+si], 0x12345678
add dword [cs:di], 0x12345678
add dword [ss:bp+0x4], 0x12345678
add dword [fs:0x20], 0x12345678
add dword [gs:bx+0x12], 0x12345678
add dword [bx+0x7f], 0x12345678
add dword [eax], 0x12345678
add dword [ebx+ecx*4+0x10], 0x12345678
add dword [esp+0x8], 0x12345678
add dword [ebp-0x81], 0x12345678
add dword [edi*8+0x1000], 0x12345678
add dword [ds:esi+ebx*2], 0x12345678
add dword [esp], 0x12345678
add dword [ebp], 0x12345678
lock add dword [bx], 0x12345678
lock add dword [bx+si], 0x12345678
or si, 0x1234
or di, 0x1234
or word [bx], 0x1234
or word [bx+si], 0x1234
or word [bp+di+0x7f], 0x1234
or word [bx+di-0x80], 0x1234
or word [bp+si+0x1234], 0x1234
or word [si], 0x1234
or word [di+0x10], 0x1234
or word [bp+0x8], 0x1234
or word [bp], 0x1234
or word [0x1234], 0x1234
or word [bx+0x80], 0x1234
or word [si-0x2], 0x1234
or word [es:bx+si], 0x1234
or word [cs:di], 0x1234
or word [ss:bp+0x4], 0x1234
or word [fs:0x20], 0x1234
or word [gs:bx+0x12], 0x1234
or word [bx+0x7f], 0x1234
or word [eax], 0x1234
or word [ebx+ecx*4+0x10], 0x1234
or word [esp+0x8], 0x1234
or word [ebp-0x81], 0x1234
or word [edi*8+0x1000], 0x1234
or word [ds:esi+ebx*2], 0x1234
or word [esp], 0x1234
or word [ebp], 0x1234
or si, 0x10
or si, strict word 0x10
lock or word [bx], 0x1234
lock or word [bx+si], 0x1234
or ebp, 0x12345678
or esi, 0x12345678
or dword [bx], 0x12345678
or dword [bx+si], 0x12345678
or dword [bp+di+0x7f], 0x12345678
or dword [bx+di-0x80], 0x12345678
or dword [bp+si+0x1234], 0x12345678
or dword [si], 0x12345678
or dword [di+0x10], 0x12345678
or dword [bp+0x8], 0x12345678
or dword [bp], 0x12345678
or dword [0x1234], 0x12345678
or dword [bx+0x80], 0x12345678
or dword [si-0x2], 0x12345678
or dword [es:bx+si], 0x12345678
or dword [cs:di], 0x12345678
or dword [ss:bp+0x4], 0x12345678
or dword [fs:0x20], 0x12345678
or dword [gs:bx+0x12], 0x12345678
or dword [bx+0x7f], 0x12345678
or dword [eax], 0x12345678
or dword [ebx+ecx*4+0x10], 0x12345678
or dword [esp+0x8], 0x12345678
or dword [ebp-0x81], 0x12345678
or dword [edi*8+0x1000], 0x12345678
or dword [ds:esi+ebx*2], 0x12345678
or dword [esp], 0x12345678
or dword [ebp], 0x12345678
or ebp, 0x7f
or ebp, -0x80
or ebp, strict dword 0x7f
lock or dword [bx], 0x12345678
lock or dword [bx+si], 0x12345678
adc bx, 0x1234
adc sp, 0x1234
adc word [bx], 0x1234
adc word [ds:esi+ebx*2], 0x1234
adc word [esp], 0x1234
adc word [ebp], 0x1234
adc word [bx+si], 0x1234
adc bx, 0x10
adc bx, strict word 0x10
lock adc word [bx], 0x1234
lock adc word [ds:esi+ebx*2], 0x1234
adc edx, 0x12345678
adc ebx, 0x12345678
adc dword [bx], 0x12345678
adc dword [si], 0x12345678
adc dword [di+0x10], 0x12345678
adc dword [bp+0x8], 0x12345678
adc dword [bp], 0x12345678
adc edx, 0x7f
adc edx, -0x80
adc edx, strict dword 0x7f
o32 adc edx, 0x12345678
lock adc dword [bx], 0x12345678
lock adc dword [si], 0x12345678
sbb cx, 0x1234
sbb word [bx], 0x1234
sbb word [ebx+ecx*4+0x10], 0x1234
sbb word [esp+0x8], 0x1234
sbb word [ebp-0x81], 0x1234
sbb word [edi*8+0x1000], 0x1234
lock sbb word [bx], 0x1234
lock sbb word [ebx+ecx*4+0x10], 0x1234
sbb edi, 0x12345678
sbb dword [bx], 0x12345678
sbb dword [bx+si], 0x12345678
sbb dword [bp+di+0x7f], 0x12345678
sbb dword [bx+di-0x80], 0x12345678
sbb dword [bp+si+0x1234], 0x12345678
sbb edi, 0x7f
sbb edi, -0x80
sbb edi, strict dword 0x7f
o32 sbb edi, 0x12345678
lock sbb dword [bx], 0x12345678
lock sbb dword [bx+si], 0x12345678
and bp, 0x1234
and si, 0x1234
and word [bx], 0x1234
and word [fs:0x20], 0x1234
and word [gs:bx+0x12], 0x1234
and word [bx+0x7f], 0x1234
and word [eax], 0x1234
and bp, 0x10
and bp, strict word 0x10
lock and word [bx], 0x1234
lock and word [fs:0x20], 0x1234
and esp, 0x12345678
and ebp, 0x12345678
and dword [bx], 0x12345678
and dword [edi*8+0x1000], 0x12345678
and dword [ds:esi+ebx*2], 0x12345678
and dword [esp], 0x12345678
and dword [ebp], 0x12345678
and esp, 0x7f
and esp, -0x80
and esp, strict dword 0x7f
o32 and esp, 0x12345678
lock and dword [bx], 0x12345678
lock and dword [edi*8+0x1000], 0x12345678
sub dx, 0x1234
sub bx, 0x1234
sub word [bx], 0x1234
sub word [si-0x2], 0x1234
sub word [es:bx+si], 0x1234
sub word [cs:di], 0x1234
sub word [ss:bp+0x4], 0x1234
sub dx, 0x10
sub dx, strict word 0x10
lock sub word [bx], 0x1234
lock sub word [si-0x2], 0x1234
sub ecx, 0x12345678
sub edx, 0x12345678
sub dword [bx], 0x12345678
sub dword [eax], 0x12345678
sub dword [ebx+ecx*4+0x10], 0x12345678
sub dword [esp+0x8], 0x12345678
sub dword [ebp-0x81], 0x12345678
sub ecx, 0x7f
sub ecx, -0x80
sub ecx, strict dword 0x7f
o32 sub ecx, 0x12345678
lock sub dword [bx], 0x12345678
lock sub dword [eax], 0x12345678
xor di, 0x1234
xor word [bx], 0x1234
xor word [bp+0x8], 0x1234
xor word [bp], 0x1234
xor word [0x1234], 0x1234
xor word [bx+0x80], 0x1234
xor di, 0x10
xor di, strict word 0x10
lock xor word [bx], 0x1234
lock xor word [bp+0x8], 0x1234
xor esi, 0x12345678
xor edi, 0x12345678
xor dword [bx], 0x12345678
xor dword [ss:bp+0x4], 0x12345678
xor dword [fs:0x20], 0x12345678
xor dword [gs:bx+0x12], 0x12345678
xor dword [bx+0x7f], 0x12345678
xor esi, 0x7f
xor esi, -0x80
xor esi, strict dword 0x7f
o32 xor esi, 0x12345678
lock xor dword [bx], 0x12345678
lock xor dword [ss:bp+0x4], 0x12345678
cmp sp, 0x1234
cmp bp, 0x1234
cmp word [bx], 0x1234
cmp word [bx+si], 0x1234
cmp word [bp+di+0x7f], 0x1234
cmp word [bx+di-0x80], 0x1234
cmp word [bp+si+0x1234], 0x1234
cmp word [si], 0x1234
cmp word [di+0x10], 0x1234
cmp word [bp+0x8], 0x1234
cmp word [bp], 0x1234
cmp word [0x1234], 0x1234
cmp word [bx+0x80], 0x1234
cmp word [si-0x2], 0x1234
cmp word [es:bx+si], 0x1234
cmp word [cs:di], 0x1234
cmp word [ss:bp+0x4], 0x1234
cmp word [fs:0x20], 0x1234
cmp word [gs:bx+0x12], 0x1234
cmp word [bx+0x7f], 0x1234
cmp word [eax], 0x1234
cmp word [ebx+ecx*4+0x10], 0x1234
cmp word [esp+0x8], 0x1234
cmp word [ebp-0x81], 0x1234
cmp word [edi*8+0x1000], 0x1234
cmp word [ds:esi+ebx*2], 0x1234
cmp word [esp], 0x1234
cmp word [ebp], 0x1234
cmp sp, 0x10
cmp sp, strict word 0x10
cmp ebx, 0x12345678
cmp esp, 0x12345678
cmp dword [bx], 0x12345678
cmp dword [bx+si], 0x12345678
cmp dword [bp+di+0x7f], 0x12345678
cmp dword [bx+di-0x80], 0x12345678
cmp dword [bp+si+0x1234], 0x12345678
cmp dword [si], 0x12345678
cmp dword [di+0x10], 0x12345678
cmp dword [bp+0x8], 0x12345678
cmp dword [bp], 0x12345678
cmp dword [0x1234], 0x12345678
cmp dword [bx+0x80], 0x12345678
cmp dword [si-0x2], 0x12345678
cmp dword [es:bx+si], 0x12345678
cmp dword [cs:di], 0x12345678
cmp dword [ss:bp+0x4], 0x12345678
cmp dword [fs:0x20], 0x12345678
cmp dword [gs:bx+0x12], 0x12345678
cmp dword [bx+0x7f], 0x12345678
cmp dword [eax], 0x12345678
cmp dword [ebx+ecx*4+0x10], 0x12345678
cmp dword [esp+0x8], 0x12345678
cmp dword [ebp-0x81], 0x12345678
cmp dword [edi*8+0x1000], 0x12345678
cmp dword [ds:esi+ebx*2], 0x12345678
cmp dword [esp], 0x12345678
cmp dword [ebp], 0x12345678
cmp ebx, 0x7f
cmp ebx, -0x80
cmp ebx, strict dword 0x7f
o32 cmp ebx, 0x12345678
add bh, 0x12
add bh, 0xf0
adc dh, 0x12
adc byte [cs:di], 0x12
adc dh, 0xf0
lock adc byte [cs:di], 0x12
sbb bl, 0x12
sbb byte [esp+0x8], 0x12
sbb bl, 0xf0
lock sbb byte [esp+0x8], 0x12
and cl, 0x12
and byte [bp+di+0x7f], 0x12
and cl, 0xf0
lock and byte [bp+di+0x7f], 0x12
sub bh, 0x12
sub byte [0x1234], 0x12
sub bh, 0xf0
lock sub byte [0x1234], 0x12
xor byte [gs:bx+0x12], 0x12
lock xor byte [gs:bx+0x12], 0x12
cmp dh, 0x12
cmp dh, 0xf0
add cx, -0x3
add dx, -0x3
add word [bx], -0x3
add word [bx+si], -0x3
add word [bp+di+0x7f], -0x3
add word [bx+di-0x80], -0x3
add word [bp+si+0x1234], -0x3
add word [si], -0x3
add word [di+0x10], -0x3
add word [bp+0x8], -0x3
add word [bp], -0x3
add word [0x1234], -0x3
add word [bx+0x80], -0x3
add word [si-0x2], -0x3
add word [es:bx+si], -0x3
add word [cs:di], -0x3
add word [ss:bp+0x4], -0x3
add word [fs:0x20], -0x3
add word [gs:bx+0x12], -0x3
add word [bx+0x7f], -0x3
add word [eax], -0x3
add word [ebx+ecx*4+0x10], -0x3
add word [esp+0x8], -0x3
add word [ebp-0x81], -0x3
add word [edi*8+0x1000], -0x3
add word [ds:esi+ebx*2], -0x3
add word [esp], -0x3
add word [ebp], -0x3
add cx, 0x7f
add cx, -0x80
lock add word [bx], -0x3
lock add word [bx+si], -0x3
add eax, -0x3
add ecx, -0x3
add dword [bx], -0x3
add dword [bx+si], -0x3
add dword [bp+di+0x7f], -0x3
add dword [bx+di-0x80], -0x3
add dword [bp+si+0x1234], -0x3
add dword [si], -0x3
add dword [di+0x10], -0x3
add dword [bp+0x8], -0x3
add dword [bp], -0x3
add dword [0x1234], -0x3
add dword [bx+0x80], -0x3
add dword [si-0x2], -0x3
add dword [es:bx+si], -0x3
add dword [cs:di], -0x3
add dword [ss:bp+0x4], -0x3
add dword [fs:0x20], -0x3
add dword [gs:bx+0x12], -0x3
add dword [bx+0x7f], -0x3
add dword [eax], -0x3
add dword [ebx+ecx*4+0x10], -0x3
add dword [esp+0x8], -0x3
add dword [ebp-0x81], -0x3
add dword [edi*8+0x1000], -0x3
add dword [ds:esi+ebx*2], -0x3
add dword [esp], -0x3
add dword [ebp], -0x3
o32 add eax, -0x3
lock add dword [bx], -0x3
lock add dword [bx+si], -0x3
or si, -0x3
or di, -0x3
or word [bx], -0x3
or word [bx+si], -0x3
or word [bp+di+0x7f], -0x3
or word [bx+di-0x80], -0x3
or word [bp+si+0x1234], -0x3
or word [si], -0x3
or word [di+0x10], -0x3
or word [bp+0x8], -0x3
or word [bp], -0x3
or word [0x1234], -0x3
or word [bx+0x80], -0x3
or word [si-0x2], -0x3
or word [es:bx+si], -0x3
or word [cs:di], -0x3
or word [ss:bp+0x4], -0x3
or word [fs:0x20], -0x3
or word [gs:bx+0x12], -0x3
or word [bx+0x7f], -0x3
or word [eax], -0x3
or word [ebx+ecx*4+0x10], -0x3
or word [esp+0x8], -0x3
or word [ebp-0x81], -0x3
or word [edi*8+0x1000], -0x3
or word [ds:esi+ebx*2], -0x3
or word [esp], -0x3
or word [ebp], -0x3
or si, 0x7f
or si, -0x80
lock or word [bx], -0x3
lock or word [bx+si], -0x3
or ebp, -0x3
or esi, -0x3
or dword [bx], -0x3
or dword [bx+si], -0x3
or dword [bp+di+0x7f], -0x3
or dword [bx+di-0x80], -0x3
or dword [bp+si+0x1234], -0x3
or dword [si], -0x3
or dword [di+0x10], -0x3
or dword [bp+0x8], -0x3
or dword [bp], -0x3
or dword [0x1234], -0x3
or dword [bx+0x80], -0x3
or dword [si-0x2], -0x3
or dword [es:bx+si], -0x3
or dword [cs:di], -0x3
or dword [ss:bp+0x4], -0x3
or dword [fs:0x20], -0x3
or dword [gs:bx+0x12], -0x3
or dword [bx+0x7f], -0x3
or dword [eax], -0x3
or dword [ebx+ecx*4+0x10], -0x3
or dword [esp+0x8], -0x3
or dword [ebp-0x81], -0x3
or dword [edi*8+0x1000], -0x3
or dword [ds:esi+ebx*2], -0x3
or dword [esp], -0x3
or dword [ebp], -0x3
lock or dword [bx], -0x3
lock or dword [bx+si], -0x3
adc bx, -0x3
adc sp, -0x3
adc word [bx], -0x3
adc word [edi*8+0x1000], -0x3
adc word [ds:esi+ebx*2], -0x3
adc word [esp], -0x3
adc word [ebp], -0x3
adc bx, 0x7f
adc bx, -0x80
lock adc word [bx], -0x3
lock adc word [edi*8+0x1000], -0x3
adc edx, -0x3
adc ebx, -0x3
adc dword [bx], -0x3
adc dword [bp+si+0x1234], -0x3
adc dword [si], -0x3
adc dword [di+0x10], -0x3
adc dword [bp+0x8], -0x3
o32 adc edx, -0x3
lock adc dword [bx], -0x3
lock adc dword [bp+si+0x1234], -0x3
sbb ax, -0x3
sbb cx, -0x3
sbb word [bx], -0x3
sbb word [eax], -0x3
sbb word [ebx+ecx*4+0x10], -0x3
sbb word [esp+0x8], -0x3
sbb word [ebp-0x81], -0x3
sbb ax, 0x7f
sbb ax, -0x80
lock sbb word [bx], -0x3
lock sbb word [eax], -0x3
sbb edi, -0x3
sbb eax, -0x3
sbb dword [bx], -0x3
sbb dword [ebp], -0x3
sbb dword [bx+si], -0x3
sbb dword [bp+di+0x7f], -0x3
sbb dword [bx+di-0x80], -0x3
o32 sbb edi, -0x3
lock sbb dword [bx], -0x3
lock sbb dword [ebp], -0x3
and bp, -0x3
and si, -0x3
and word [bx], -0x3
and word [ss:bp+0x4], -0x3
and word [fs:0x20], -0x3
and word [gs:bx+0x12], -0x3
and word [bx+0x7f], -0x3
and bp, 0x7f
and bp, -0x80
lock and word [bx], -0x3
lock and word [ss:bp+0x4], -0x3
and esp, -0x3
and ebp, -0x3
and dword [bx], -0x3
and dword [ebp-0x81], -0x3
and dword [edi*8+0x1000], -0x3
and dword [ds:esi+ebx*2], -0x3
and dword [esp], -0x3
o32 and esp, -0x3
lock and dword [bx], -0x3
lock and dword [ebp-0x81], -0x3
sub dx, -0x3
sub bx, -0x3
sub word [bx], -0x3
sub word [bx+0x80], -0x3
sub word [si-0x2], -0x3
sub word [es:bx+si], -0x3
sub word [cs:di], -0x3
sub dx, 0x7f
sub dx, -0x80
lock sub word [bx], -0x3
lock sub word [bx+0x80], -0x3
sub ecx, -0x3
sub edx, -0x3
sub dword [bx], -0x3
sub dword [bx+0x7f], -0x3
sub dword [eax], -0x3
sub dword [ebx+ecx*4+0x10], -0x3
sub dword [esp+0x8], -0x3
o32 sub ecx, -0x3
lock sub dword [bx], -0x3
lock sub dword [bx+0x7f], -0x3
xor di, -0x3
xor ax, -0x3
xor word [bx], -0x3
xor word [di+0x10], -0x3
xor word [bp+0x8], -0x3
xor word [bp], -0x3
xor word [0x1234], -0x3
xor di, 0x7f
xor di, -0x80
lock xor word [bx], -0x3
lock xor word [di+0x10], -0x3
xor esi, -0x3
xor edi, -0x3
xor dword [bx], -0x3
xor dword [cs:di], -0x3
xor dword [ss:bp+0x4], -0x3
xor dword [fs:0x20], -0x3
xor dword [gs:bx+0x12], -0x3
o32 xor esi, -0x3
lock xor dword [bx], -0x3
lock xor dword [cs:di], -0x3
cmp sp, -0x3
cmp bp, -0x3
cmp word [bx], -0x3
cmp word [bx+si], -0x3
cmp word [bp+di+0x7f], -0x3
cmp word [bx+di-0x80], -0x3
cmp word [bp+si+0x1234], -0x3
cmp word [si], -0x3
cmp word [di+0x10], -0x3
cmp word [bp+0x8], -0x3
cmp word [bp], -0x3
cmp word [0x1234], -0x3
cmp word [bx+0x80], -0x3
cmp word [si-0x2], -0x3
cmp word [es:bx+si], -0x3
cmp word [cs:di], -0x3
cmp word [ss:bp+0x4], -0x3
cmp word [fs:0x20], -0x3
cmp word [gs:bx+0x12], -0x3
cmp word [bx+0x7f], -0x3
cmp word [eax], -0x3
cmp word [ebx+ecx*4+0x10], -0x3
cmp word [esp+0x8], -0x3
cmp word [ebp-0x81], -0x3
cmp word [edi*8+0x1000], -0x3
cmp word [ds:esi+ebx*2], -0x3
cmp word [esp], -0x3
cmp word [ebp], -0x3
cmp sp, 0x7f
cmp sp, -0x80
cmp ebx, -0x3
cmp esp, -0x3
cmp dword [bx], -0x3
cmp dword [bx+si], -0x3
cmp dword [bp+di+0x7f], -0x3
cmp dword [bx+di-0x80], -0x3
cmp dword [bp+si+0x1234], -0x3
cmp dword [si], -0x3
cmp dword [di+0x10], -0x3
cmp dword [bp+0x8], -0x3
cmp dword [bp], -0x3
cmp dword [0x1234], -0x3
cmp dword [bx+0x80], -0x3
cmp dword [si-0x2], -0x3
cmp dword [es:bx+si], -0x3
cmp dword [cs:di], -0x3
cmp dword [ss:bp+0x4], -0x3
cmp dword [fs:0x20], -0x3
cmp dword [gs:bx+0x12], -0x3
cmp dword [bx+0x7f], -0x3
cmp dword [eax], -0x3
cmp dword [ebx+ecx*4+0x10], -0x3
cmp dword [esp+0x8], -0x3
cmp dword [ebp-0x81], -0x3
cmp dword [edi*8+0x1000], -0x3
cmp dword [ds:esi+ebx*2], -0x3
cmp dword [esp], -0x3
cmp dword [ebp], -0x3
o32 cmp ebx, -0x3
test dh, al
test bh, al
test byte [bx], al
test byte [bx+si], al
test byte [bp+di+0x7f], al
test byte [bx+di-0x80], al
test byte [bp+si+0x1234], al
test byte [si], al
test byte [di+0x10], al
test byte [bp+0x8], al
test byte [bp], al
test byte [0x1234], al
test byte [bx+0x80], al
test byte [si-0x2], al
test byte [es:bx+si], al
test byte [cs:di], al
test byte [ss:bp+0x4], al
test byte [fs:0x20], al
test byte [gs:bx+0x12], al
test byte [bx+0x7f], al
test byte [eax], al
test byte [ebx+ecx*4+0x10], al
test byte [esp+0x8], al
test byte [ebp-0x81], al
test byte [edi*8+0x1000], al
test byte [ds:esi+ebx*2], al
test byte [esp], al
test byte [ebp], al
test [bx], al
test dh, cl
test dh, dh
test dh, bh
test dh, bl
test ax, ax
test cx, ax
test word [bx], ax
test word [bx+si], ax
test word [bp+di+0x7f], ax
test word [bx+di-0x80], ax
test word [bp+si+0x1234], ax
test word [si], ax
test word [di+0x10], ax
test word [bp+0x8], ax
test word [bp], ax
test word [0x1234], ax
test word [bx+0x80], ax
test word [si-0x2], ax
test word [es:bx+si], ax
test word [cs:di], ax
test word [ss:bp+0x4], ax
test word [fs:0x20], ax
test word [gs:bx+0x12], ax
test word [bx+0x7f], ax
test word [eax], ax
test word [ebx+ecx*4+0x10], ax
test word [esp+0x8], ax
test word [ebp-0x81], ax
test word [edi*8+0x1000], ax
test word [ds:esi+ebx*2], ax
test word [esp], ax
test word [ebp], ax
test [bx], ax
test ax, cx
test ax, dx
test ax, bx
test ax, sp
test ax, bp
test ax, si
test ax, di
test edi, eax
test eax, eax
test dword [bx], eax
test dword [bx+si], eax
test dword [bp+di+0x7f], eax
test dword [bx+di-0x80], eax
test dword [bp+si+0x1234], eax
test dword [si], eax
test dword [di+0x10], eax
test dword [bp+0x8], eax
test dword [bp], eax
test dword [0x1234], eax
test dword [bx+0x80], eax
test dword [si-0x2], eax
test dword [es:bx+si], eax
test dword [cs:di], eax
test dword [ss:bp+0x4], eax
test dword [fs:0x20], eax
test dword [gs:bx+0x12], eax
test dword [bx+0x7f], eax
test dword [eax], eax
test dword [ebx+ecx*4+0x10], eax
test dword [esp+0x8], eax
test dword [ebp-0x81], eax
test dword [edi*8+0x1000], eax
test dword [ds:esi+ebx*2], eax
test dword [esp], eax
test dword [ebp], eax
test [bx], eax
test edi, ecx
test edi, edx
test edi, ebx
test edi, esp
test edi, ebp
test edi, esi
test edi, edi
o32 test edi, eax
xchg al, al
xchg cl, al
xchg byte [bx], al
xchg byte [bx+si], al
xchg byte [bp+di+0x7f], al
xchg byte [bx+di-0x80], al
xchg byte [bp+si+0x1234], al
xchg byte [si], al
xchg byte [di+0x10], al
xchg byte [bp+0x8], al
xchg byte [bp], al
xchg byte [0x1234], al
xchg byte [bx+0x80], al
xchg byte [si-0x2], al
xchg byte [es:bx+si], al
xchg byte [cs:di], al
xchg byte [ss:bp+0x4], al
xchg byte [fs:0x20], al
xchg byte [gs:bx+0x12], al
xchg byte [bx+0x7f], al
xchg byte [eax], al
xchg byte [ebx+ecx*4+0x10], al
xchg byte [esp+0x8], al
xchg byte [ebp-0x81], al
xchg byte [edi*8+0x1000], al
xchg byte [ds:esi+ebx*2], al
xchg byte [esp], al
xchg byte [ebp], al
xchg [bx], al
xchg al, cl
xchg al, dh
xchg al, bh
xchg al, bl
lock xchg byte [bx], al
lock xchg byte [bx+si], al
xchg sp, ax
xchg bp, ax
xchg word [bx], ax
xchg word [bx+si], ax
xchg word [bp+di+0x7f], ax
xchg word [bx+di-0x80], ax
xchg word [bp+si+0x1234], ax
xchg word [si], ax
xchg word [di+0x10], ax
xchg word [bp+0x8], ax
xchg word [bp], ax
xchg word [0x1234], ax
xchg word [bx+0x80], ax
xchg word [si-0x2], ax
xchg word [es:bx+si], ax
xchg word [cs:di], ax
xchg word [ss:bp+0x4], ax
xchg word [fs:0x20], ax
xchg word [gs:bx+0x12], ax
xchg word [bx+0x7f], ax
xchg word [eax], ax
xchg word [ebx+ecx*4+0x10], ax
xchg word [esp+0x8], ax
xchg word [ebp-0x81], ax
xchg word [edi*8+0x1000], ax
xchg word [ds:esi+ebx*2], ax
xchg word [esp], ax
xchg word [ebp], ax
xchg [bx], ax
xchg sp, cx
xchg sp, dx
xchg sp, bx
xchg sp, sp
xchg sp, bp
xchg sp, si
xchg sp, di
lock xchg word [bx], ax
lock xchg word [bx+si], ax
xchg ebx, eax
xchg esp, eax
xchg dword [bx], eax
xchg dword [bx+si], eax
xchg dword [bp+di+0x7f], eax
xchg dword [bx+di-0x80], eax
xchg dword [bp+si+0x1234], eax
xchg dword [si], eax
xchg dword [di+0x10], eax
xchg dword [bp+0x8], eax
xchg dword [bp], eax
xchg dword [0x1234], eax
xchg dword [bx+0x80], eax
xchg dword [si-0x2], eax
xchg dword [es:bx+si], eax
xchg dword [cs:di], eax
xchg dword [ss:bp+0x4], eax
xchg dword [fs:0x20], eax
xchg dword [gs:bx+0x12], eax
xchg dword [bx+0x7f], eax
xchg dword [eax], eax
xchg dword [ebx+ecx*4+0x10], eax
xchg dword [esp+0x8], eax
xchg dword [ebp-0x81], eax
xchg dword [edi*8+0x1000], eax
xchg dword [ds:esi+ebx*2], eax
xchg dword [esp], eax
xchg dword [ebp], eax
xchg [bx], eax
xchg ebx, ecx
xchg ebx, edx
xchg ebx, ebx
xchg ebx, esp
xchg ebx, ebp
xchg ebx, esi
xchg ebx, edi
o32 xchg ebx, eax
lock xchg dword [bx], eax
lock xchg dword [bx+si], eax
mov bh, al
mov bl, al
mov byte [bx], al
mov byte [bx+si], al
mov byte [bp+di+0x7f], al
mov byte [bx+di-0x80], al
mov byte [bp+si+0x1234], al
mov byte [si], al
mov byte [di+0x10], al
mov byte [bp+0x8], al
mov byte [bp], al
mov byte [0x1234], al
mov byte [bx+0x80], al
mov byte [si-0x2], al
mov byte [es:bx+si], al
mov byte [cs:di], al
mov byte [ss:bp+0x4], al
mov byte [fs:0x20], al
mov byte [gs:bx+0x12], al
mov byte [bx+0x7f], al
mov byte [eax], al
mov byte [ebx+ecx*4+0x10], al
mov byte [esp+0x8], al
mov byte [ebp-0x81], al
mov byte [edi*8+0x1000], al
mov byte [ds:esi+ebx*2], al
mov byte [esp], al
mov byte [ebp], al
mov [bx], al
mov bh, cl
mov bh, dh
mov bh, bh
mov bh, bl
mov ax, ax
mov cx, ax
mov word [bx], ax
mov word [bx+si], ax
mov word [bp+di+0x7f], ax
mov word [bx+di-0x80], ax
mov word [bp+si+0x1234], ax
mov word [si], ax
mov word [di+0x10], ax
mov word [bp+0x8], ax
mov word [bp], ax
mov word [0x1234], ax
mov word [bx+0x80], ax
mov word [si-0x2], ax
mov word [es:bx+si], ax
mov word [cs:di], ax
mov word [ss:bp+0x4], ax
mov word [fs:0x20], ax
mov word [gs:bx+0x12], ax
mov word [bx+0x7f], ax
mov word [eax], ax
mov word [ebx+ecx*4+0x10], ax
mov word [esp+0x8], ax
mov word [ebp-0x81], ax
mov word [edi*8+0x1000], ax
mov word [ds:esi+ebx*2], ax
mov word [esp], ax
mov word [ebp], ax
mov [bx], ax
mov ax, cx
mov ax, dx
mov ax, bx
mov ax, sp
mov ax, bp
mov ax, si
mov ax, di
mov edi, eax
mov eax, eax
mov dword [bx], eax
mov dword [bx+si], eax
mov dword [bp+di+0x7f], eax
mov dword [bx+di-0x80], eax
mov dword [bp+si+0x1234], eax
mov dword [si], eax
mov dword [di+0x10], eax
mov dword [bp+0x8], eax
mov dword [bp], eax
mov dword [0x1234], eax
mov dword [bx+0x80], eax
mov dword [si-0x2], eax
mov dword [es:bx+si], eax
mov dword [cs:di], eax
mov dword [ss:bp+0x4], eax
mov dword [fs:0x20], eax
mov dword [gs:bx+0x12], eax
mov dword [bx+0x7f], eax
mov dword [eax], eax
mov dword [ebx+ecx*4+0x10], eax
mov dword [esp+0x8], eax
mov dword [ebp-0x81], eax
mov dword [edi*8+0x1000], eax
mov dword [ds:esi+ebx*2], eax
mov dword [esp], eax
mov dword [ebp], eax
mov [bx], eax
mov edi, ecx
mov edi, edx
mov edi, ebx
mov edi, esp
mov edi, ebp
mov edi, esi
mov edi, edi
o32 mov edi, eax
mov al, dh
mov cl, dh
mov dh, dh
mov bl, dh
mov al, bh
mov al, byte [bx]
mov al, byte [bx+si]
mov al, byte [bp+di+0x7f]
mov al, byte [bx+di-0x80]
mov al, byte [bp+si+0x1234]
mov al, byte [si]
mov al, byte [di+0x10]
mov al, byte [bp+0x8]
mov al, byte [bp]
mov al, byte [0x1234]
mov al, byte [bx+0x80]
mov al, byte [si-0x2]
mov al, byte [es:bx+si]
mov al, byte [cs:di]
mov al, byte [ss:bp+0x4]
mov al, byte [fs:0x20]
mov al, byte [gs:bx+0x12]
mov al, byte [bx+0x7f]
mov al, byte [eax]
mov al, byte [ebx+ecx*4+0x10]
mov al, byte [esp+0x8]
mov al, byte [ebp-0x81]
mov al, byte [edi*8+0x1000]
mov al, byte [ds:esi+ebx*2]
mov al, byte [esp]
mov al, byte [ebp]
mov al, [bx]
mov cx, bp
mov dx, bp
mov bx, bp
mov sp, bp
mov bp, bp
mov si, bp
mov di, bp
mov ax, word [bx]
mov ax, word [bx+si]
mov ax, word [bp+di+0x7f]
mov ax, word [bx+di-0x80]
mov ax, word [bp+si+0x1234]
mov ax, word [si]
mov ax, word [di+0x10]
mov ax, word [bp+0x8]
mov ax, word [bp]
mov ax, word [0x1234]
mov ax, word [bx+0x80]
mov ax, word [si-0x2]
mov ax, word [es:bx+si]
mov ax, word [cs:di]
mov ax, word [ss:bp+0x4]
mov ax, word [fs:0x20]
mov ax, word [gs:bx+0x12]
mov ax, word [bx+0x7f]
mov ax, word [eax]
mov ax, word [ebx+ecx*4+0x10]
mov ax, word [esp+0x8]
mov ax, word [ebp-0x81]
mov ax, word [edi*8+0x1000]
mov ax, word [ds:esi+ebx*2]
mov ax, word [esp]
mov ax, word [ebp]
mov ax, [bx]
mov eax, esp
mov ecx, esp
mov edx, esp
mov ebx, esp
mov esp, esp
mov ebp, esp
mov esi, esp
mov eax, ebp
mov eax, dword [bx]
mov eax, dword [bx+si]
mov eax, dword [bp+di+0x7f]
mov eax, dword [bx+di-0x80]
mov eax, dword [bp+si+0x1234]
mov eax, dword [si]
mov eax, dword [di+0x10]
mov eax, dword [bp+0x8]
mov eax, dword [bp]
mov eax, dword [0x1234]
mov eax, dword [bx+0x80]
mov eax, dword [si-0x2]
mov eax, dword [es:bx+si]
mov eax, dword [cs:di]
mov eax, dword [ss:bp+0x4]
mov eax, dword [fs:0x20]
mov eax, dword [gs:bx+0x12]
mov eax, dword [bx+0x7f]
mov eax, dword [eax]
mov eax, dword [ebx+ecx*4+0x10]
mov eax, dword [esp+0x8]
mov eax, dword [ebp-0x81]
mov eax, dword [edi*8+0x1000]
mov eax, dword [ds:esi+ebx*2]
mov eax, dword [esp]
mov eax, dword [ebp]
mov eax, [bx]
o32 mov eax, esp
mov cx, es
mov dx, es
mov word [bx], es
mov word [bx+si], es
mov word [bp+di+0x7f], es
mov word [bx+di-0x80], es
mov word [bp+si+0x1234], es
mov word [si], es
mov word [di+0x10], es
mov word [bp+0x8], es
mov word [bp], es
mov word [0x1234], es
mov word [bx+0x80], es
mov word [si-0x2], es
mov word [es:bx+si], es
mov word [cs:di], es
mov word [ss:bp+0x4], es
mov word [fs:0x20], es
mov word [gs:bx+0x12], es
mov word [bx+0x7f], es
mov word [eax], es
mov word [ebx+ecx*4+0x10], es
mov word [esp+0x8], es
mov word [ebp-0x81], es
mov word [edi*8+0x1000], es
mov word [ds:esi+ebx*2], es
mov word [esp], es
mov word [ebp], es
mov [bx], es
mov cx, cs
mov cx, ss
mov cx, ds
mov cx, fs
mov cx, gs
mov eax, es
mov ecx, es
mov eax, cs
mov eax, ss
mov eax, ds
mov eax, fs
mov eax, gs
o32 mov eax, es
lea ax, [bx]
lea cx, [bx]
lea dx, [bx]
lea bx, [bx]
lea sp, [bx]
lea bp, [bx]
lea si, [bx]
lea di, [bx]
lea ax, [bx+si]
lea ax, [bp+di+0x7f]
lea ax, [bx+di-0x80]
lea ax, [bp+si+0x1234]
lea ax, [si]
lea ax, [di+0x10]
lea ax, [bp+0x8]
lea ax, [bp]
lea ax, [0x1234]
lea ax, [bx+0x80]
lea ax, [si-0x2]
lea ax, [es:bx+si]
lea ax, [cs:di]
lea ax, [ss:bp+0x4]
lea ax, [fs:0x20]
lea ax, [gs:bx+0x12]
lea ax, [bx+0x7f]
lea ax, [eax]
lea ax, [ebx+ecx*4+0x10]
lea ax, [esp+0x8]
lea ax, [ebp-0x81]
lea ax, [edi*8+0x1000]
lea ax, [ds:esi+ebx*2]
lea ax, [esp]
lea ax, [ebp]
lea eax, [bx]
lea ecx, [bx]
lea edx, [bx]
lea ebx, [bx]
lea esp, [bx]
lea ebp, [bx]
lea esi, [bx]
lea edi, [bx]
lea eax, [bx+si]
lea eax, [bp+di+0x7f]
lea eax, [bx+di-0x80]
lea eax, [bp+si+0x1234]
lea eax, [si]
lea eax, [di+0x10]
lea eax, [bp+0x8]
lea eax, [bp]
lea eax, [0x1234]
lea eax, [bx+0x80]
lea eax, [si-0x2]
lea eax, [es:bx+si]
lea eax, [cs:di]
lea eax, [ss:bp+0x4]
lea eax, [fs:0x20]
lea eax, [gs:bx+0x12]
lea eax, [bx+0x7f]
lea eax, [eax]
lea eax, [ebx+ecx*4+0x10]
lea eax, [esp+0x8]
lea eax, [ebp-0x81]
lea eax, [edi*8+0x1000]
lea eax, [ds:esi+ebx*2]
lea eax, [esp]
lea eax, [ebp]
o32 lea eax, [bx]
mov es, sp
mov ss, sp
mov ds, sp
mov fs, sp
mov gs, sp
mov es, bp
mov es, word [bx]
mov es, word [bx+si]
mov es, word [bp+di+0x7f]
mov es, word [bx+di-0x80]
mov es, word [bp+si+0x1234]
mov es, word [si]
mov es, word [di+0x10]
mov es, word [bp+0x8]
mov es, word [bp]
mov es, word [0x1234]
mov es, word [bx+0x80]
mov es, word [si-0x2]
mov es, word [es:bx+si]
mov es, word [cs:di]
mov es, word [ss:bp+0x4]
mov es, word [fs:0x20]
mov es, word [gs:bx+0x12]
mov es, word [bx+0x7f]
mov es, word [eax]
mov es, word [ebx+ecx*4+0x10]
mov es, word [esp+0x8]
mov es, word [ebp-0x81]
mov es, word [edi*8+0x1000]
mov es, word [ds:esi+ebx*2]
mov es, word [esp]
mov es, word [ebp]
mov es, [bx]
mov es, ebx
mov ss, ebx
mov ds, ebx
mov fs, ebx
mov gs, ebx
mov es, esp
o32 mov es, ebx
pop word [bx]
pop word [bx+si]
pop word [bp+di+0x7f]
pop word [bx+di-0x80]
pop word [bp+si+0x1234]
pop word [si]
pop word [di+0x10]
pop word [bp+0x8]
pop word [bp]
pop word [0x1234]
pop word [bx+0x80]
pop word [si-0x2]
pop word [es:bx+si]
pop word [cs:di]
pop word [ss:bp+0x4]
pop word [fs:0x20]
pop word [gs:bx+0x12]
pop word [bx+0x7f]
pop word [eax]
pop word [ebx+ecx*4+0x10]
pop word [esp+0x8]
pop word [ebp-0x81]
pop word [edi*8+0x1000]
pop word [ds:esi+ebx*2]
pop word [esp]
pop word [ebp]
pop dword [bx]
pop dword [bx+si]
pop dword [bp+di+0x7f]
pop dword [bx+di-0x80]
pop dword [bp+si+0x1234]
pop dword [si]
pop dword [di+0x10]
pop dword [bp+0x8]
pop dword [bp]
pop dword [0x1234]
pop dword [bx+0x80]
pop dword [si-0x2]
pop dword [es:bx+si]
pop dword [cs:di]
pop dword [ss:bp+0x4]
pop dword [fs:0x20]
pop dword [gs:bx+0x12]
pop dword [bx+0x7f]
pop dword [eax]
pop dword [ebx+ecx*4+0x10]
pop dword [esp+0x8]
pop dword [ebp-0x81]
pop dword [edi*8+0x1000]
pop dword [ds:esi+ebx*2]
pop dword [esp]
pop dword [ebp]
o32 pop edi
nop
xchg ax, ax
xchg cx, ax
xchg dx, ax
xchg bx, ax
xchg si, ax
xchg di, ax
xchg eax, eax
xchg ecx, eax
xchg edx, eax
xchg ebp, eax
xchg esi, eax
xchg edi, eax
o32 xchg eax, eax
pause
cbw
cwde
o32 cwde
cwd
cdq
o32 cdq
call 0x1234:0x5678
call word 0x8:0x10
call 0xf000:0xfff0
call dword 0x10:0x1000
call 0x18:0x10
wait
pushf
pushfd
o32 pushfd
popf
popfd
o32 popfd
sahf
lahf
mov al, byte [es:0x10]
mov al, [0x1234]
mov al, [es:0x10]
mov ax, word [es:0x10]
mov ax, [0x1234]
mov ax, [es:0x10]
mov eax, dword [es:0x10]
mov eax, [0x1234]
mov eax, [es:0x10]
o32 mov eax, dword [0x1234]
mov byte [es:0x10], al
mov [0x1234], al
mov [es:0x10], al
mov word [es:0x10], ax
mov [0x1234], ax
mov [es:0x10], ax
mov dword [es:0x10], eax
mov [0x1234], eax
mov [es:0x10], eax
o32 mov dword [0x1234], eax
movsb
a32 movsb
rep movsb
fs movsb
es movsb
rep a32 movsb
movsw
a32 movsw
rep movsw
fs movsw
es movsw
rep a32 movsw
movsd
a32 movsd
rep movsd
fs movsd
es movsd
rep a32 movsd
cmpsb
a32 cmpsb
rep cmpsb
repe cmpsb
repz cmpsb
repne cmpsb
repnz cmpsb
fs cmpsb
es cmpsb
rep a32 cmpsb
cmpsw
a32 cmpsw
rep cmpsw
repe cmpsw
repz cmpsw
repne cmpsw
repnz cmpsw
fs cmpsw
es cmpsw
rep a32 cmpsw
cmpsd
a32 cmpsd
rep cmpsd
repe cmpsd
repz cmpsd
repne cmpsd
repnz cmpsd
fs cmpsd
es cmpsd
rep a32 cmpsd
test al, 0x12
test al, 0xf0
test ax, 0x1234
test ax, 0x10
test ax, strict word 0x10
test eax, 0x12345678
test eax, 0x7f
test eax, -0x80
test eax, strict dword 0x7f
o32 test eax, 0x12345678
stosb
a32 stosb
rep stosb
rep a32 stosb
stosw
a32 stosw
rep stosw
rep a32 stosw
stosd
a32 stosd
rep stosd
rep a32 stosd
lodsb
a32 lodsb
rep lodsb
fs lodsb
es lodsb
rep a32 lodsb
lodsw
a32 lodsw
rep lodsw
fs lodsw
es lodsw
rep a32 lodsw
lodsd
a32 lodsd
rep lodsd
fs lodsd
es lodsd
rep a32 lodsd
scasb
a32 scasb
rep scasb
repe scasb
repz scasb
repne scasb
repnz scasb
rep a32 scasb
scasw
a32 scasw
rep scasw
repe scasw
repz scasw
repne scasw
repnz scasw
rep a32 scasw
scasd
a32 scasd
rep scasd
repe scasd
repz scasd
repne scasd
repnz scasd
rep a32 scasd
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
o32 mov eax, 0x12345678
rol bh, 0x12
rol bl, 0x12
rol byte [bx], 0x12
rol byte [ss:bp+0x4], 0x12
rol byte [fs:0x20], 0x12
rol byte [gs:bx+0x12], 0x12
rol byte [bx+0x7f], 0x12
rol bh, 0xf0
ror al, 0x12
ror cl, 0x12
ror byte [bx], 0x12
ror byte [ebp-0x81], 0x12
ror byte [edi*8+0x1000], 0x12
ror byte [ds:esi+ebx*2], 0x12
ror byte [esp], 0x12
ror al, 0xf0
rcl dh, 0x12
rcl bh, 0x12
rcl byte [bx], 0x12
rcl byte [bx+di-0x80], 0x12
rcl byte [bp+si+0x1234], 0x12
rcl byte [si], 0x12
rcl byte [di+0x10], 0x12
rcl dh, 0xf0
rcr bl, 0x12
rcr al, 0x12
rcr byte [bx], 0x12
rcr byte [bx+0x80], 0x12
rcr byte [si-0x2], 0x12
rcr byte [es:bx+si], 0x12
rcr byte [cs:di], 0x12
rcr bl, 0xf0
shl cl, 0x12
shl dh, 0x12
shl byte [bx], 0x12
shl byte [bx+si], 0x12
shl byte [bp+di+0x7f], 0x12
shl byte [bx+di-0x80], 0x12
shl byte [bp+si+0x1234], 0x12
shl byte [si], 0x12
shl byte [di+0x10], 0x12
shl byte [bp+0x8], 0x12
shl byte [bp], 0x12
shl byte [0x1234], 0x12
shl byte [bx+0x80], 0x12
shl byte [si-0x2], 0x12
shl byte [es:bx+si], 0x12
shl byte [cs:di], 0x12
shl byte [ss:bp+0x4], 0x12
shl byte [fs:0x20], 0x12
shl byte [gs:bx+0x12], 0x12
shl byte [bx+0x7f], 0x12
shl byte [eax], 0x12
shl byte [ebx+ecx*4+0x10], 0x12
shl byte [esp+0x8], 0x12
shl byte [ebp-0x81], 0x12
shl byte [edi*8+0x1000], 0x12
shl byte [ds:esi+ebx*2], 0x12
shl byte [esp], 0x12
shl byte [ebp], 0x12
shl cl, 0xf0
shr bh, 0x12
shr bl, 0x12
shr byte [bx], 0x12
shr byte [esp], 0x12
shr byte [ebp], 0x12
shr byte [bx+si], 0x12
shr byte [bp+di+0x7f], 0x12
shr bh, 0xf0
sal al, 0x12
sal cl, 0x12
sal byte [bx], 0x12
sal byte [di+0x10], 0x12
sal byte [bp+0x8], 0x12
sal byte [bp], 0x12
sal byte [0x1234], 0x12
sal al, 0xf0
sar dh, 0x12
sar bh, 0x12
sar byte [bx], 0x12
sar byte [cs:di], 0x12
sar byte [ss:bp+0x4], 0x12
sar byte [fs:0x20], 0x12
sar byte [gs:bx+0x12], 0x12
sar dh, 0xf0
rol cx, 0x12
rol dx, 0x12
rol word [bx], 0x12
rol word [esp+0x8], 0x12
rol word [ebp-0x81], 0x12
rol word [edi*8+0x1000], 0x12
rol word [ds:esi+ebx*2], 0x12
rol cx, 0xf0
rol eax, 0x12
rol ecx, 0x12
rol dword [bx], 0x12
rol dword [bp+di+0x7f], 0x12
rol dword [bx+di-0x80], 0x12
rol dword [bp+si+0x1234], 0x12
rol dword [si], 0x12
rol eax, 0xf0
o32 rol eax, 0x12
ror si, 0x12
ror di, 0x12
ror word [bx], 0x12
ror word [gs:bx+0x12], 0x12
ror word [bx+0x7f], 0x12
ror word [eax], 0x12
ror word [ebx+ecx*4+0x10], 0x12
ror si, 0xf0
ror ebp, 0x12
ror esi, 0x12
ror dword [bx], 0x12
ror dword [ds:esi+ebx*2], 0x12
ror dword [esp], 0x12
ror dword [ebp], 0x12
ror dword [bx+si], 0x12
ror ebp, 0xf0
o32 ror ebp, 0x12
rcl bx, 0x12
rcl sp, 0x12
rcl word [bx], 0x12
rcl word [es:bx+si], 0x12
rcl word [cs:di], 0x12
rcl word [ss:bp+0x4], 0x12
rcl word [fs:0x20], 0x12
rcl bx, 0xf0
rcl edx, 0x12
rcl ebx, 0x12
rcl dword [bx], 0x12
rcl dword [ebx+ecx*4+0x10], 0x12
rcl dword [esp+0x8], 0x12
rcl dword [ebp-0x81], 0x12
rcl dword [edi*8+0x1000], 0x12
rcl edx, 0xf0
o32 rcl edx, 0x12
rcr ax, 0x12
rcr cx, 0x12
rcr word [bx], 0x12
rcr word [bp], 0x12
rcr word [0x1234], 0x12
rcr word [bx+0x80], 0x12
rcr word [si-0x2], 0x12
rcr ax, 0xf0
rcr edi, 0x12
rcr eax, 0x12
rcr dword [bx], 0x12
rcr dword [fs:0x20], 0x12
rcr dword [gs:bx+0x12], 0x12
rcr dword [bx+0x7f], 0x12
rcr dword [eax], 0x12
rcr edi, 0xf0
o32 rcr edi, 0x12
shl bp, 0x12
shl si, 0x12
shl word [bx], 0x12
shl word [bx+si], 0x12
shl word [bp+di+0x7f], 0x12
shl word [bx+di-0x80], 0x12
shl word [bp+si+0x1234], 0x12
shl word [si], 0x12
shl word [di+0x10], 0x12
shl word [bp+0x8], 0x12
shl word [bp], 0x12
shl word [0x1234], 0x12
shl word [bx+0x80], 0x12
shl word [si-0x2], 0x12
shl word [es:bx+si], 0x12
shl word [cs:di], 0x12
shl word [ss:bp+0x4], 0x12
shl word [fs:0x20], 0x12
shl word [gs:bx+0x12], 0x12
shl word [bx+0x7f], 0x12
shl word [eax], 0x12
shl word [ebx+ecx*4+0x10], 0x12
shl word [esp+0x8], 0x12
shl word [ebp-0x81], 0x12
shl word [edi*8+0x1000], 0x12
shl word [ds:esi+ebx*2], 0x12
shl word [esp], 0x12
shl word [ebp], 0x12
shl bp, 0xf0
shl esp, 0x12
shl ebp, 0x12
shl dword [bx], 0x12
shl dword [bx+si], 0x12
shl dword [bp+di+0x7f], 0x12
shl dword [bx+di-0x80], 0x12
shl dword [bp+si+0x1234], 0x12
shl dword [si], 0x12
shl dword [di+0x10], 0x12
shl dword [bp+0x8], 0x12
shl dword [bp], 0x12
shl dword [0x1234], 0x12
shl dword [bx+0x80], 0x12
shl dword [si-0x2], 0x12
shl dword [es:bx+si], 0x12
shl dword [cs:di], 0x12
shl dword [ss:bp+0x4], 0x12
shl dword [fs:0x20], 0x12
shl dword [gs:bx+0x12], 0x12
shl dword [bx+0x7f], 0x12
shl dword [eax], 0x12
shl dword [ebx+ecx*4+0x10], 0x12
shl dword [esp+0x8], 0x12
shl dword [ebp-0x81], 0x12
shl dword [edi*8+0x1000], 0x12
shl dword [ds:esi+ebx*2], 0x12
shl dword [esp], 0x12
shl dword [ebp], 0x12
shl esp, 0xf0
o32 shl esp, 0x12
shr dx, 0x12
shr bx, 0x12
shr word [bx], 0x12
shr word [ebp], 0x12
shr word [bx+si], 0x12
shr word [bp+di+0x7f], 0x12
shr word [bx+di-0x80], 0x12
shr dx, 0xf0
shr ecx, 0x12
shr edx, 0x12
shr dword [bx], 0x12
shr dword [bp+0x8], 0x12
shr dword [bp], 0x12
shr dword [0x1234], 0x12
shr dword [bx+0x80], 0x12
shr ecx, 0xf0
o32 shr ecx, 0x12
sal di, 0x12
sal ax, 0x12
sal word [bx], 0x12
sal word [ebp-0x81], 0x12
sal word [edi*8+0x1000], 0x12
sal word [ds:esi+ebx*2], 0x12
sal word [esp], 0x12
sal di, 0xf0
sal esi, 0x12
sal edi, 0x12
sal dword [bx], 0x12
sal dword [bx+di-0x80], 0x12
sal dword [bp+si+0x1234], 0x12
sal dword [si], 0x12
sal dword [di+0x10], 0x12
sal esi, 0xf0
o32 sal esi, 0x12
sar sp, 0x12
sar bp, 0x12
sar word [bx], 0x12
sar word [bx+0x7f], 0x12
sar word [eax], 0x12
sar word [ebx+ecx*4+0x10], 0x12
sar word [esp+0x8], 0x12
sar sp, 0xf0
sar ebx, 0x12
sar esp, 0x12
sar dword [bx], 0x12
sar dword [esp], 0x12
sar dword [ebp], 0x12
sar dword [bx+si], 0x12
sar dword [bp+di+0x7f], 0x12
sar ebx, 0xf0
o32 sar ebx, 0x12
ret 0x1234
ret 0x10
ret strict word 0x10
retd 0x1234
retd 0x10
retd strict word 0x10
o32 retd 0x1234
ret
retd
o32 retd
les bx, [bx]
les sp, [bx]
les bp, [bx]
les bx, [si]
les bx, [di+0x10]
les bx, [bp+0x8]
les bx, [bp]
les edx, [bx]
les ebx, [bx]
les esp, [bx]
les edx, [es:bx+si]
les edx, [cs:di]
les edx, [ss:bp+0x4]
les edx, [fs:0x20]
o32 les edx, [bx]
lds cx, [bx]
lds dx, [bx]
lds bx, [bx]
lds cx, [ebx+ecx*4+0x10]
lds cx, [esp+0x8]
lds cx, [ebp-0x81]
lds cx, [edi*8+0x1000]
lds eax, [bx]
lds ecx, [bx]
lds edx, [bx]
lds eax, [bx+si]
lds eax, [bp+di+0x7f]
lds eax, [bx+di-0x80]
lds eax, [bp+si+0x1234]
o32 lds eax, [bx]
mov byte [bx], 0x12
mov byte [bx+si], 0x12
mov byte [bp+di+0x7f], 0x12
mov byte [bx+di-0x80], 0x12
mov byte [bp+si+0x1234], 0x12
mov byte [si], 0x12
mov byte [di+0x10], 0x12
mov byte [bp+0x8], 0x12
mov byte [bp], 0x12
mov byte [0x1234], 0x12
mov byte [bx+0x80], 0x12
mov byte [si-0x2], 0x12
mov byte [es:bx+si], 0x12
mov byte [cs:di], 0x12
mov byte [ss:bp+0x4], 0x12
mov byte [fs:0x20], 0x12
mov byte [gs:bx+0x12], 0x12
mov byte [bx+0x7f], 0x12
mov byte [eax], 0x12
mov byte [ebx+ecx*4+0x10], 0x12
mov byte [esp+0x8], 0x12
mov byte [ebp-0x81], 0x12
mov byte [edi*8+0x1000], 0x12
mov byte [ds:esi+ebx*2], 0x12
mov byte [esp], 0x12
mov byte [ebp], 0x12
mov dh, 0xf0
xabort 0x12
xabort 0xf0
mov word [bx], 0x1234
mov word [bx+si], 0x1234
mov word [bp+di+0x7f], 0x1234
mov word [bx+di-0x80], 0x1234
mov word [bp+si+0x1234], 0x1234
mov word [si], 0x1234
mov word [di+0x10], 0x1234
mov word [bp+0x8], 0x1234
mov word [bp], 0x1234
mov word [0x1234], 0x1234
mov word [bx+0x80], 0x1234
mov word [si-0x2], 0x1234
mov word [es:bx+si], 0x1234
mov word [cs:di], 0x1234
mov word [ss:bp+0x4], 0x1234
mov word [fs:0x20], 0x1234
mov word [gs:bx+0x12], 0x1234
mov word [bx+0x7f], 0x1234
mov word [eax], 0x1234
mov word [ebx+ecx*4+0x10], 0x1234
mov word [esp+0x8], 0x1234
mov word [ebp-0x81], 0x1234
mov word [edi*8+0x1000], 0x1234
mov word [ds:esi+ebx*2], 0x1234
mov word [esp], 0x1234
mov word [ebp], 0x1234
mov bp, 0x10
mov bp, strict word 0x10
mov dword [bx], 0x12345678
mov dword [bx+si], 0x12345678
mov dword [bp+di+0x7f], 0x12345678
mov dword [bx+di-0x80], 0x12345678
mov dword [bp+si+0x1234], 0x12345678
mov dword [si], 0x12345678
mov dword [di+0x10], 0x12345678
mov dword [bp+0x8], 0x12345678
mov dword [bp], 0x12345678
mov dword [0x1234], 0x12345678
mov dword [bx+0x80], 0x12345678
mov dword [si-0x2], 0x12345678
mov dword [es:bx+si], 0x12345678
mov dword [cs:di], 0x12345678
mov dword [ss:bp+0x4], 0x12345678
mov dword [fs:0x20], 0x12345678
mov dword [gs:bx+0x12], 0x12345678
mov dword [bx+0x7f], 0x12345678
mov dword [eax], 0x12345678
mov dword [ebx+ecx*4+0x10], 0x12345678
mov dword [esp+0x8], 0x12345678
mov dword [ebp-0x81], 0x12345678
mov dword [edi*8+0x1000], 0x12345678
mov dword [ds:esi+ebx*2], 0x12345678
mov dword [esp], 0x12345678
mov dword [ebp], 0x12345678
mov esp, 0x7f
mov esp, -0x80
mov esp, strict dword 0x7f
o32 mov esp, 0x12345678
xbegin near $+0x1000
xbegin $+0x1234
xbegin near $-0x80
enter 0x1234, 0x12
enter 0x10, 0x12
enter 0x1234, 0xf0
o32 enter 0x1234, 0x12
o32 enter 0x10, 0x12
o32 enter 0x1234, 0xf0
leave
o32 leave
retf 0x1234
retf 0x10
retf strict word 0x10
retfd 0x1234
retfd 0x10
retfd strict word 0x10
o32 retfd 0x1234
retf
retfd
o32 retfd
int3
int 0x12
int 0xf0
into
iret
iretd
o32 iretd
rol dh, 1
rol bh, 1
rol byte [bx], 1
rol byte [bp], 1
rol byte [0x1234], 1
rol byte [bx+0x80], 1
rol byte [si-0x2], 1
ror bl, 1
ror al, 1
ror byte [bx], 1
ror byte [fs:0x20], 1
ror byte [gs:bx+0x12], 1
ror byte [bx+0x7f], 1
ror byte [eax], 1
rcl cl, 1
rcl dh, 1
rcl byte [bx], 1
rcl byte [edi*8+0x1000], 1
rcl byte [ds:esi+ebx*2], 1
rcl byte [esp], 1
rcl byte [ebp], 1
rcr bh, 1
rcr bl, 1
rcr byte [bx], 1
rcr byte [bp+si+0x1234], 1
rcr byte [si], 1
rcr byte [di+0x10], 1
rcr byte [bp+0x8], 1
shl al, 1
shl cl, 1
shl byte [bx], 1
shl byte [bx+si], 1
shl byte [bp+di+0x7f], 1
shl byte [bx+di-0x80], 1
shl byte [bp+si+0x1234], 1
shl byte [si], 1
shl byte [di+0x10], 1
shl byte [bp+0x8], 1
shl byte [bp], 1
shl byte [0x1234], 1
shl byte [bx+0x80], 1
shl byte [si-0x2], 1
shl byte [es:bx+si], 1
shl byte [cs:di], 1
shl byte [ss:bp+0x4], 1
shl byte [fs:0x20], 1
shl byte [gs:bx+0x12], 1
shl byte [bx+0x7f], 1
shl byte [eax], 1
shl byte [ebx+ecx*4+0x10], 1
shl byte [esp+0x8], 1
shl byte [ebp-0x81], 1
shl byte [edi*8+0x1000], 1
shl byte [ds:esi+ebx*2], 1
shl byte [esp], 1
shl byte [ebp], 1
shr dh, 1
shr bh, 1
shr byte [bx], 1
shr byte [eax], 1
shr byte [ebx+ecx*4+0x10], 1
shr byte [esp+0x8], 1
shr byte [ebp-0x81], 1
sal bl, 1
sal al, 1
sal byte [bx], 1
sal byte [ebp], 1
sal byte [bx+si], 1
sal byte [bp+di+0x7f], 1
sal byte [bx+di-0x80], 1
sar cl, 1
sar dh, 1
sar byte [bx], 1
sar byte [bp+0x8], 1
sar byte [bp], 1
sar byte [0x1234], 1
sar byte [bx+0x80], 1
rol si, 1
rol di, 1
rol word [bx], 1
rol word [ss:bp+0x4], 1
rol word [fs:0x20], 1
rol word [gs:bx+0x12], 1
rol word [bx+0x7f], 1
rol ebp, 1
rol esi, 1
rol dword [bx], 1
rol dword [ebp-0x81], 1
rol dword [edi*8+0x1000], 1
rol dword [ds:esi+ebx*2], 1
rol dword [esp], 1
o32 rol ebp, 1
ror bx, 1
ror sp, 1
ror word [bx], 1
ror word [bx+0x80], 1
ror word [si-0x2], 1
ror word [es:bx+si], 1
ror word [cs:di], 1
ror edx, 1
ror ebx, 1
ror dword [bx], 1
ror dword [bx+0x7f], 1
ror dword [eax], 1
ror dword [ebx+ecx*4+0x10], 1
ror dword [esp+0x8], 1
o32 ror edx, 1
rcl ax, 1
rcl cx, 1
rcl word [bx], 1
rcl word [di+0x10], 1
rcl word [bp+0x8], 1
rcl word [bp], 1
rcl word [0x1234], 1
rcl edi, 1
rcl eax, 1
rcl dword [bx], 1
rcl dword [cs:di], 1
rcl dword [ss:bp+0x4], 1
rcl dword [fs:0x20], 1
rcl dword [gs:bx+0x12], 1
o32 rcl edi, 1
rcr bp, 1
rcr si, 1
rcr word [bx], 1
rcr word [bp+di+0x7f], 1
rcr word [bx+di-0x80], 1
rcr word [bp+si+0x1234], 1
rcr word [si], 1
rcr esp, 1
rcr ebp, 1
rcr dword [bx], 1
rcr dword [0x1234], 1
rcr dword [bx+0x80], 1
rcr dword [si-0x2], 1
rcr dword [es:bx+si], 1
o32 rcr esp, 1
shl dx, 1
shl bx, 1
shl word [bx], 1
shl word [bx+si], 1
shl word [bp+di+0x7f], 1
shl word [bx+di-0x80], 1
shl word [bp+si+0x1234], 1
shl word [si], 1
shl word [di+0x10], 1
shl word [bp+0x8], 1
shl word [bp], 1
shl word [0x1234], 1
shl word [bx+0x80], 1
shl word [si-0x2], 1
shl word [es:bx+si], 1
shl word [cs:di], 1
shl word [ss:bp+0x4], 1
shl word [fs:0x20], 1
shl word [gs:bx+0x12], 1
shl word [bx+0x7f], 1
shl word [eax], 1
shl word [ebx+ecx*4+0x10], 1
shl word [esp+0x8], 1
shl word [ebp-0x81], 1
shl word [edi*8+0x1000], 1
shl word [ds:esi+ebx*2], 1
shl word [esp], 1
shl word [ebp], 1
shl ecx, 1
shl edx, 1
shl dword [bx], 1
shl dword [bx+si], 1
shl dword [bp+di+0x7f], 1
shl dword [bx+di-0x80], 1
shl dword [bp+si+0x1234], 1
shl dword [si], 1
shl dword [di+0x10], 1
shl dword [bp+0x8], 1
shl dword [bp], 1
shl dword [0x1234], 1
shl dword [bx+0x80], 1
shl dword [si-0x2], 1
shl dword [es:bx+si], 1
shl dword [cs:di], 1
shl dword [ss:bp+0x4], 1
shl dword [fs:0x20], 1
shl dword [gs:bx+0x12], 1
shl dword [bx+0x7f], 1
shl dword [eax], 1
shl dword [ebx+ecx*4+0x10], 1
shl dword [esp+0x8], 1
shl dword [ebp-0x81], 1
shl dword [edi*8+0x1000], 1
shl dword [ds:esi+ebx*2], 1
shl dword [esp], 1
shl dword [ebp], 1
o32 shl ecx, 1
shr di, 1
shr ax, 1
shr word [bx], 1
shr word [ebx+ecx*4+0x10], 1
shr word [esp+0x8], 1
shr word [ebp-0x81], 1
shr word [edi*8+0x1000], 1
shr esi, 1
shr edi, 1
shr dword [bx], 1
shr dword [bx+si], 1
shr dword [bp+di+0x7f], 1
shr dword [bx+di-0x80], 1
shr dword [bp+si+0x1234], 1
o32 shr esi, 1
sal sp, 1
sal bp, 1
sal word [bx], 1
sal word [fs:0x20], 1
sal word [gs:bx+0x12], 1
sal word [bx+0x7f], 1
sal word [eax], 1
sal ebx, 1
sal esp, 1
sal dword [bx], 1
sal dword [edi*8+0x1000], 1
sal dword [ds:esi+ebx*2], 1
sal dword [esp], 1
sal dword [ebp], 1
o32 sal ebx, 1
sar cx, 1
sar dx, 1
sar word [bx], 1
sar word [si-0x2], 1
sar word [es:bx+si], 1
sar word [cs:di], 1
sar word [ss:bp+0x4], 1
sar eax, 1
sar ecx, 1
sar dword [bx], 1
sar dword [eax], 1
sar dword [ebx+ecx*4+0x10], 1
sar dword [esp+0x8], 1
sar dword [ebp-0x81], 1
o32 sar eax, 1
rol cl, cl
rol dh, cl
rol byte [bx], cl
rol byte [bp+0x8], cl
rol byte [bp], cl
rol byte [0x1234], cl
rol byte [bx+0x80], cl
ror bh, cl
ror bl, cl
ror byte [bx], cl
ror byte [ss:bp+0x4], cl
ror byte [fs:0x20], cl
ror byte [gs:bx+0x12], cl
ror byte [bx+0x7f], cl
rcl al, cl
rcl cl, cl
rcl byte [bx], cl
rcl byte [ebp-0x81], cl
rcl byte [edi*8+0x1000], cl
rcl byte [ds:esi+ebx*2], cl
rcl byte [esp], cl
rcr dh, cl
rcr bh, cl
rcr byte [bx], cl
rcr byte [bx+di-0x80], cl
rcr byte [bp+si+0x1234], cl
rcr byte [si], cl
rcr byte [di+0x10], cl
shl bl, cl
shl al, cl
shl byte [bx], cl
shl byte [bx+si], cl
shl byte [bp+di+0x7f], cl
shl byte [bx+di-0x80], cl
shl byte [bp+si+0x1234], cl
shl byte [si], cl
shl byte [di+0x10], cl
shl byte [bp+0x8], cl
shl byte [bp], cl
shl byte [0x1234], cl
shl byte [bx+0x80], cl
shl byte [si-0x2], cl
shl byte [es:bx+si], cl
shl byte [cs:di], cl
shl byte [ss:bp+0x4], cl
shl byte [fs:0x20], cl
shl byte [gs:bx+0x12], cl
shl byte [bx+0x7f], cl
shl byte [eax], cl
shl byte [ebx+ecx*4+0x10], cl
shl byte [esp+0x8], cl
shl byte [ebp-0x81], cl
shl byte [edi*8+0x1000], cl
shl byte [ds:esi+ebx*2], cl
shl byte [esp], cl
shl byte [ebp], cl
shr cl, cl
shr dh, cl
shr byte [bx], cl
shr byte [bx+0x7f], cl
shr byte [eax], cl
shr byte [ebx+ecx*4+0x10], cl
shr byte [esp+0x8], cl
sal bh, cl
sal bl, cl
sal byte [bx], cl
sal byte [esp], cl
sal byte [ebp], cl
sal byte [bx+si], cl
sal byte [bp+di+0x7f], cl
sar al, cl
sar cl, cl
sar byte [bx], cl
sar byte [di+0x10], cl
sar byte [bp+0x8], cl
sar byte [bp], cl
sar byte [0x1234], cl
rol si, cl
rol di, cl
rol word [bx], cl
rol word [cs:di], cl
rol word [ss:bp+0x4], cl
rol word [fs:0x20], cl
rol word [gs:bx+0x12], cl
rol ebp, cl
rol esi, cl
rol dword [bx], cl
rol dword [esp+0x8], cl
rol dword [ebp-0x81], cl
rol dword [edi*8+0x1000], cl
rol dword [ds:esi+ebx*2], cl
o32 rol ebp, cl
ror bx, cl
ror sp, cl
ror word [bx], cl
ror word [0x1234], cl
ror word [bx+0x80], cl
ror word [si-0x2], cl
ror word [es:bx+si], cl
ror edx, cl
ror ebx, cl
ror dword [bx], cl
ror dword [gs:bx+0x12], cl
ror dword [bx+0x7f], cl
ror dword [eax], cl
ror dword [ebx+ecx*4+0x10], cl
o32 ror edx, cl
rcl ax, cl
rcl cx, cl
rcl word [bx], cl
rcl word [si], cl
rcl word [di+0x10], cl
rcl word [bp+0x8], cl
rcl word [bp], cl
rcl edi, cl
rcl eax, cl
rcl dword [bx], cl
rcl dword [es:bx+si], cl
rcl dword [cs:di], cl
rcl dword [ss:bp+0x4], cl
rcl dword [fs:0x20], cl
o32 rcl edi, cl
rcr bp, cl
rcr si, cl
rcr word [bx], cl
rcr word [bx+si], cl
rcr word [bp+di+0x7f], cl
rcr word [bx+di-0x80], cl
rcr word [bp+si+0x1234], cl
rcr esp, cl
rcr ebp, cl
rcr dword [bx], cl
rcr dword [bp], cl
rcr dword [0x1234], cl
rcr dword [bx+0x80], cl
rcr dword [si-0x2], cl
o32 rcr esp, cl
shl dx, cl
shl bx, cl
shl word [bx], cl
shl word [bx+si], cl
shl word [bp+di+0x7f], cl
shl word [bx+di-0x80], cl
shl word [bp+si+0x1234], cl
shl word [si], cl
shl word [di+0x10], cl
shl word [bp+0x8], cl
shl word [bp], cl
shl word [0x1234], cl
shl word [bx+0x80], cl
shl word [si-0x2], cl
shl word [es:bx+si], cl
shl word [cs:di], cl
shl word [ss:bp+0x4], cl
shl word [fs:0x20], cl
shl word [gs:bx+0x12], cl
shl word [bx+0x7f], cl
shl word [eax], cl
shl word [ebx+ecx*4+0x10], cl
shl word [esp+0x8], cl
shl word [ebp-0x81], cl
shl word [edi*8+0x1000], cl
shl word [ds:esi+ebx*2], cl
shl word [esp], cl
shl word [ebp], cl
shl ecx, cl
shl edx, cl
shl dword [bx], cl
shl dword [bx+si], cl
shl dword [bp+di+0x7f], cl
shl dword [bx+di-0x80], cl
shl dword [bp+si+0x1234], cl
shl dword [si], cl
shl dword [di+0x10], cl
shl dword [bp+0x8], cl
shl dword [bp], cl
shl dword [0x1234], cl
shl dword [bx+0x80], cl
shl dword [si-0x2], cl
shl dword [es:bx+si], cl
shl dword [cs:di], cl
shl dword [ss:bp+0x4], cl
shl dword [fs:0x20], cl
shl dword [gs:bx+0x12], cl
shl dword [bx+0x7f], cl
shl dword [eax], cl
shl dword [ebx+ecx*4+0x10], cl
shl dword [esp+0x8], cl
shl dword [ebp-0x81], cl
shl dword [edi*8+0x1000], cl
shl dword [ds:esi+ebx*2], cl
shl dword [esp], cl
shl dword [ebp], cl
o32 shl ecx, cl
shr di, cl
shr ax, cl
shr word [bx], cl
shr word [eax], cl
shr word [ebx+ecx*4+0x10], cl
shr word [esp+0x8], cl
shr word [ebp-0x81], cl
shr esi, cl
shr edi, cl
shr dword [bx], cl
shr dword [ebp], cl
shr dword [bx+si], cl
shr dword [bp+di+0x7f], cl
shr dword [bx+di-0x80], cl
o32 shr esi, cl
sal sp, cl
sal bp, cl
sal word [bx], cl
sal word [ss:bp+0x4], cl
sal word [fs:0x20], cl
sal word [gs:bx+0x12], cl
sal word [bx+0x7f], cl
sal ebx, cl
sal esp, cl
sal dword [bx], cl
sal dword [ebp-0x81], cl
sal dword [edi*8+0x1000], cl
sal dword [ds:esi+ebx*2], cl
sal dword [esp], cl
o32 sal ebx, cl
sar cx, cl
sar dx, cl
sar word [bx], cl
sar word [bx+0x80], cl
sar word [si-0x2], cl
sar word [es:bx+si], cl
sar word [cs:di], cl
sar eax, cl
sar ecx, cl
sar dword [bx], cl
sar dword [bx+0x7f], cl
sar dword [eax], cl
sar dword [ebx+ecx*4+0x10], cl
sar dword [esp+0x8], cl
o32 sar eax, cl
aam 0x12
aam 0xf0
aad 0x12
aad 0xf0
salc
xlatb
a32 xlatb
fs xlatb
es xlatb
rep a32 xlatb
fadd dword [bx]
fadd dword [0x1234]
fadd dword [bx+0x80]
fadd dword [si-0x2]
fadd dword [es:bx+si]
fmul dword [bx]
fmul dword [gs:bx+0x12]
fmul dword [bx+0x7f]
fmul dword [eax]
fmul dword [ebx+ecx*4+0x10]
fcom dword [bx]
fcom dword [ds:esi+ebx*2]
fcom dword [esp]
fcom dword [ebp]
fcom dword [bx+si]
fcomp dword [bx]
fcomp dword [si]
fcomp dword [di+0x10]
fcomp dword [bp+0x8]
fcomp dword [bp]
fsub dword [bx]
fsub dword [es:bx+si]
fsub dword [cs:di]
fsub dword [ss:bp+0x4]
fsub dword [fs:0x20]
fsubr dword [bx]
fsubr dword [ebx+ecx*4+0x10]
fsubr dword [esp+0x8]
fsubr dword [ebp-0x81]
fsubr dword [edi*8+0x1000]
fdiv dword [bx]
fdiv dword [bx+si]
fdiv dword [bp+di+0x7f]
fdiv dword [bx+di-0x80]
fdiv dword [bp+si+0x1234]
fdivr dword [bx]
fdivr dword [bp]
fdivr dword [0x1234]
fdivr dword [bx+0x80]
fdivr dword [si-0x2]
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
fld dword [bx]
fld dword [bx+si]
fld dword [bp+di+0x7f]
fld dword [bx+di-0x80]
fld dword [bp+si+0x1234]
fld dword [si]
fld dword [di+0x10]
fld dword [bp+0x8]
fld dword [bp]
fld dword [0x1234]
fld dword [bx+0x80]
fld dword [si-0x2]
fld dword [es:bx+si]
fld dword [cs:di]
fld dword [ss:bp+0x4]
fld dword [fs:0x20]
fld dword [gs:bx+0x12]
fld dword [bx+0x7f]
fld dword [eax]
fld dword [ebx+ecx*4+0x10]
fld dword [esp+0x8]
fld dword [ebp-0x81]
fld dword [edi*8+0x1000]
fld dword [ds:esi+ebx*2]
fld dword [esp]
fld dword [ebp]
fst dword [bx]
fst dword [bx+di-0x80]
fst dword [bp+si+0x1234]
fst dword [si]
fst dword [di+0x10]
fstp dword [bx]
fstp dword [bx+0x80]
fstp dword [si-0x2]
fstp dword [es:bx+si]
fstp dword [cs:di]
fldenv [bx]
fldenv [bx+0x7f]
fldenv [eax]
fldenv [ebx+ecx*4+0x10]
fldenv [esp+0x8]
o32 fldenv [bx]
o32 fldenv [esp]
o32 fldenv [ebp]
o32 fldenv [bx+si]
o32 fldenv [bp+di+0x7f]
fldcw word [bx]
fldcw word [di+0x10]
fldcw word [bp+0x8]
fldcw word [bp]
fldcw word [0x1234]
fldcw [bx]
fnstenv [bx]
fnstenv [cs:di]
fnstenv [ss:bp+0x4]
fnstenv [fs:0x20]
fnstenv [gs:bx+0x12]
fstenv [bx]
fstenv [esp+0x8]
fstenv [ebp-0x81]
fstenv [edi*8+0x1000]
fstenv [ds:esi+ebx*2]
o32 fnstenv [bx]
o32 fnstenv [bp+di+0x7f]
o32 fnstenv [bx+di-0x80]
o32 fnstenv [bp+si+0x1234]
o32 fnstenv [si]
o32 fstenv [bx]
o32 fstenv [0x1234]
o32 fstenv [bx+0x80]
o32 fstenv [si-0x2]
o32 fstenv [es:bx+si]
fnstcw word [bx]
fnstcw word [gs:bx+0x12]
fnstcw word [bx+0x7f]
fnstcw word [eax]
fnstcw word [ebx+ecx*4+0x10]
fnstcw [bx]
fstcw word [bx]
fstcw word [ds:esi+ebx*2]
fstcw word [esp]
fstcw word [ebp]
fstcw word [bx+si]
fstcw [bx]
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
fiadd dword [bx]
fiadd dword [edi*8+0x1000]
fiadd dword [ds:esi+ebx*2]
fiadd dword [esp]
fiadd dword [ebp]
fimul dword [bx]
fimul dword [bp+si+0x1234]
fimul dword [si]
fimul dword [di+0x10]
fimul dword [bp+0x8]
ficom dword [bx]
ficom dword [si-0x2]
ficom dword [es:bx+si]
ficom dword [cs:di]
ficom dword [ss:bp+0x4]
ficomp dword [bx]
ficomp dword [eax]
ficomp dword [ebx+ecx*4+0x10]
ficomp dword [esp+0x8]
ficomp dword [ebp-0x81]
fisub dword [bx]
fisub dword [ebp]
fisub dword [bx+si]
fisub dword [bp+di+0x7f]
fisub dword [bx+di-0x80]
fisubr dword [bx]
fisubr dword [bp+0x8]
fisubr dword [bp]
fisubr dword [0x1234]
fisubr dword [bx+0x80]
fidiv dword [bx]
fidiv dword [ss:bp+0x4]
fidiv dword [fs:0x20]
fidiv dword [gs:bx+0x12]
fidiv dword [bx+0x7f]
fidivr dword [bx]
fidivr dword [ebp-0x81]
fidivr dword [edi*8+0x1000]
fidivr dword [ds:esi+ebx*2]
fidivr dword [esp]
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
fild dword [bx]
fild dword [cs:di]
fild dword [ss:bp+0x4]
fild dword [fs:0x20]
fild dword [gs:bx+0x12]
fisttp dword [bx]
fisttp dword [esp+0x8]
fisttp dword [ebp-0x81]
fisttp dword [edi*8+0x1000]
fisttp dword [ds:esi+ebx*2]
fist dword [bx]
fist dword [bp+di+0x7f]
fist dword [bx+di-0x80]
fist dword [bp+si+0x1234]
fist dword [si]
fistp dword [bx]
fistp dword [0x1234]
fistp dword [bx+0x80]
fistp dword [si-0x2]
fistp dword [es:bx+si]
fld tword [bx]
fld tword [bx+si]
fld tword [bp+di+0x7f]
fld tword [bx+di-0x80]
fld tword [bp+si+0x1234]
fld tword [si]
fld tword [di+0x10]
fld tword [bp+0x8]
fld tword [bp]
fld tword [0x1234]
fld tword [bx+0x80]
fld tword [si-0x2]
fld tword [es:bx+si]
fld tword [cs:di]
fld tword [ss:bp+0x4]
fld tword [fs:0x20]
fld tword [gs:bx+0x12]
fld tword [bx+0x7f]
fld tword [eax]
fld tword [ebx+ecx*4+0x10]
fld tword [esp+0x8]
fld tword [ebp-0x81]
fld tword [edi*8+0x1000]
fld tword [ds:esi+ebx*2]
fld tword [esp]
fld tword [ebp]
fstp tword [bx]
fstp tword [ds:esi+ebx*2]
fstp tword [esp]
fstp tword [ebp]
fstp tword [bx+si]
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
fadd qword [bx]
fadd qword [esp]
fadd qword [ebp]
fadd qword [bx+si]
fadd qword [bp+di+0x7f]
fmul qword [bx]
fmul qword [di+0x10]
fmul qword [bp+0x8]
fmul qword [bp]
fmul qword [0x1234]
fcom qword [bx]
fcom qword [cs:di]
fcom qword [ss:bp+0x4]
fcom qword [fs:0x20]
fcom qword [gs:bx+0x12]
fcomp qword [bx]
fcomp qword [esp+0x8]
fcomp qword [ebp-0x81]
fcomp qword [edi*8+0x1000]
fcomp qword [ds:esi+ebx*2]
fsub qword [bx]
fsub qword [bp+di+0x7f]
fsub qword [bx+di-0x80]
fsub qword [bp+si+0x1234]
fsub qword [si]
fsubr qword [bx]
fsubr qword [0x1234]
fsubr qword [bx+0x80]
fsubr qword [si-0x2]
fsubr qword [es:bx+si]
fdiv qword [bx]
fdiv qword [gs:bx+0x12]
fdiv qword [bx+0x7f]
fdiv qword [eax]
fdiv qword [ebx+ecx*4+0x10]
fdivr qword [bx]
fdivr qword [ds:esi+ebx*2]
fdivr qword [esp]
fdivr qword [ebp]
fdivr qword [bx+si]
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
fld qword [bx]
fld qword [bx+si]
fld qword [bp+di+0x7f]
fld qword [bx+di-0x80]
fld qword [bp+si+0x1234]
fld qword [si]
fld qword [di+0x10]
fld qword [bp+0x8]
fld qword [bp]
fld qword [0x1234]
fld qword [bx+0x80]
fld qword [si-0x2]
fld qword [es:bx+si]
fld qword [cs:di]
fld qword [ss:bp+0x4]
fld qword [fs:0x20]
fld qword [gs:bx+0x12]
fld qword [bx+0x7f]
fld qword [eax]
fld qword [ebx+ecx*4+0x10]
fld qword [esp+0x8]
fld qword [ebp-0x81]
fld qword [edi*8+0x1000]
fld qword [ds:esi+ebx*2]
fld qword [esp]
fld qword [ebp]
fisttp qword [bx]
fisttp qword [eax]
fisttp qword [ebx+ecx*4+0x10]
fisttp qword [esp+0x8]
fisttp qword [ebp-0x81]
fst qword [bx]
fst qword [ebp]
fst qword [bx+si]
fst qword [bp+di+0x7f]
fst qword [bx+di-0x80]
fstp qword [bx]
fstp qword [bp+0x8]
fstp qword [bp]
fstp qword [0x1234]
fstp qword [bx+0x80]
frstor [bx]
frstor [ss:bp+0x4]
frstor [fs:0x20]
frstor [gs:bx+0x12]
frstor [bx+0x7f]
o32 frstor [bx]
o32 frstor [ebp-0x81]
o32 frstor [edi*8+0x1000]
o32 frstor [ds:esi+ebx*2]
o32 frstor [esp]
fnsave [bx]
fnsave [bx+di-0x80]
fnsave [bp+si+0x1234]
fnsave [si]
fnsave [di+0x10]
fsave [bx]
fsave [bx+0x80]
fsave [si-0x2]
fsave [es:bx+si]
fsave [cs:di]
o32 fnsave [bx]
o32 fnsave [bx+0x7f]
o32 fnsave [eax]
o32 fnsave [ebx+ecx*4+0x10]
o32 fnsave [esp+0x8]
o32 fsave [bx]
o32 fsave [esp]
o32 fsave [ebp]
o32 fsave [bx+si]
o32 fsave [bp+di+0x7f]
fnstsw word [bx]
fnstsw word [di+0x10]
fnstsw word [bp+0x8]
fnstsw word [bp]
fnstsw word [0x1234]
fnstsw [bx]
fstsw word [bx]
fstsw word [cs:di]
fstsw word [ss:bp+0x4]
fstsw word [fs:0x20]
fstsw word [gs:bx+0x12]
fstsw [bx]
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
fiadd word [bx]
fiadd word [es:bx+si]
fiadd word [cs:di]
fiadd word [ss:bp+0x4]
fiadd word [fs:0x20]
fimul word [bx]
fimul word [ebx+ecx*4+0x10]
fimul word [esp+0x8]
fimul word [ebp-0x81]
fimul word [edi*8+0x1000]
ficom word [bx]
ficom word [bx+si]
ficom word [bp+di+0x7f]
ficom word [bx+di-0x80]
ficom word [bp+si+0x1234]
ficomp word [bx]
ficomp word [bp]
ficomp word [0x1234]
ficomp word [bx+0x80]
ficomp word [si-0x2]
fisub word [bx]
fisub word [fs:0x20]
fisub word [gs:bx+0x12]
fisub word [bx+0x7f]
fisub word [eax]
fisubr word [bx]
fisubr word [edi*8+0x1000]
fisubr word [ds:esi+ebx*2]
fisubr word [esp]
fisubr word [ebp]
fidiv word [bx]
fidiv word [bp+si+0x1234]
fidiv word [si]
fidiv word [di+0x10]
fidiv word [bp+0x8]
fidivr word [bx]
fidivr word [si-0x2]
fidivr word [es:bx+si]
fidivr word [cs:di]
fidivr word [ss:bp+0x4]
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
fild word [bx]
fild word [esp]
fild word [ebp]
fild word [bx+si]
fild word [bp+di+0x7f]
fisttp word [bx]
fisttp word [di+0x10]
fisttp word [bp+0x8]
fisttp word [bp]
fisttp word [0x1234]
fist word [bx]
fist word [cs:di]
fist word [ss:bp+0x4]
fist word [fs:0x20]
fist word [gs:bx+0x12]
fistp word [bx]
fistp word [esp+0x8]
fistp word [ebp-0x81]
fistp word [edi*8+0x1000]
fistp word [ds:esi+ebx*2]
fbld tword [bx]
fbld tword [bp+di+0x7f]
fbld tword [bx+di-0x80]
fbld tword [bp+si+0x1234]
fbld tword [si]
fbld [bx]
fild qword [bx]
fild qword [0x1234]
fild qword [bx+0x80]
fild qword [si-0x2]
fild qword [es:bx+si]
fbstp tword [bx]
fbstp tword [gs:bx+0x12]
fbstp tword [bx+0x7f]
fbstp tword [eax]
fbstp tword [ebx+ecx*4+0x10]
fbstp [bx]
fistp qword [bx]
fistp qword [ds:esi+ebx*2]
fistp qword [esp]
fistp qword [ebp]
fistp qword [bx+si]
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
loopne $+0x7
o32 loopne $+0x7
loope $+0x7
o32 loope $+0x7
loop $+0x7
o32 loop $+0x7
jcxz $+0x7
o32 jcxz $+0x7
jecxz $+0x7
o32 jecxz $+0x7
in al, 0x12
in al, 0xf0
in ax, 0x12
in ax, 0xf0
in eax, 0x12
in eax, 0xf0
o32 in eax, 0x12
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
jmp dword 0x10:0x1000
jmp 0x18:0x10
jmp short $+0x10
jmp short $-0x20
jmp $+0x7
o32 jmp short $+0x10
o32 jmp short $-0x20
o32 jmp $+0x7
in al, dx
in ax, dx
in eax, dx
o32 in eax, dx
out dx, al
out dx, ax
out dx, eax
int1
hlt
cmc
test dh, 0x12
test bh, 0x12
test byte [bx], 0x12
test byte [bx+si], 0x12
test byte [bp+di+0x7f], 0x12
test byte [bx+di-0x80], 0x12
test byte [bp+si+0x1234], 0x12
test byte [si], 0x12
test byte [di+0x10], 0x12
test byte [bp+0x8], 0x12
test byte [bp], 0x12
test byte [0x1234], 0x12
test byte [bx+0x80], 0x12
test byte [si-0x2], 0x12
test byte [es:bx+si], 0x12
test byte [cs:di], 0x12
test byte [ss:bp+0x4], 0x12
test byte [fs:0x20], 0x12
test byte [gs:bx+0x12], 0x12
test byte [bx+0x7f], 0x12
test byte [eax], 0x12
test byte [ebx+ecx*4+0x10], 0x12
test byte [esp+0x8], 0x12
test byte [ebp-0x81], 0x12
test byte [edi*8+0x1000], 0x12
test byte [ds:esi+ebx*2], 0x12
test byte [esp], 0x12
test byte [ebp], 0x12
test dh, 0xf0
test bl, 0x12
test bl, 0xf0
not cl
not dh
not byte [bx]
not byte [bx+si]
not byte [bp+di+0x7f]
not byte [bx+di-0x80]
not byte [bp+si+0x1234]
not byte [si]
not byte [di+0x10]
not byte [bp+0x8]
not byte [bp]
not byte [0x1234]
not byte [bx+0x80]
not byte [si-0x2]
not byte [es:bx+si]
not byte [cs:di]
not byte [ss:bp+0x4]
not byte [fs:0x20]
not byte [gs:bx+0x12]
not byte [bx+0x7f]
not byte [eax]
not byte [ebx+ecx*4+0x10]
not byte [esp+0x8]
not byte [ebp-0x81]
not byte [edi*8+0x1000]
not byte [ds:esi+ebx*2]
not byte [esp]
not byte [ebp]
lock not byte [bx]
lock not byte [bx+si]
neg bh
neg bl
neg byte [bx]
neg byte [esp]
neg byte [ebp]
neg byte [bx+si]
neg byte [bp+di+0x7f]
lock neg byte [bx]
lock neg byte [esp]
mul al
mul cl
mul byte [bx]
mul byte [di+0x10]
mul byte [bp+0x8]
mul byte [bp]
mul byte [0x1234]
imul dh
imul bh
imul byte [bx]
imul byte [bx+si]
imul byte [bp+di+0x7f]
imul byte [bx+di-0x80]
imul byte [bp+si+0x1234]
imul byte [si]
imul byte [di+0x10]
imul byte [bp+0x8]
imul byte [bp]
imul byte [0x1234]
imul byte [bx+0x80]
imul byte [si-0x2]
imul byte [es:bx+si]
imul byte [cs:di]
imul byte [ss:bp+0x4]
imul byte [fs:0x20]
imul byte [gs:bx+0x12]
imul byte [bx+0x7f]
imul byte [eax]
imul byte [ebx+ecx*4+0x10]
imul byte [esp+0x8]
imul byte [ebp-0x81]
imul byte [edi*8+0x1000]
imul byte [ds:esi+ebx*2]
imul byte [esp]
imul byte [ebp]
div bl
div al
div byte [bx]
div byte [esp+0x8]
div byte [ebp-0x81]
div byte [edi*8+0x1000]
div byte [ds:esi+ebx*2]
idiv cl
idiv dh
idiv byte [bx]
idiv byte [bp+di+0x7f]
idiv byte [bx+di-0x80]
idiv byte [bp+si+0x1234]
idiv byte [si]
test cx, 0x1234
test dx, 0x1234
test word [bx], 0x1234
test word [bx+si], 0x1234
test word [bp+di+0x7f], 0x1234
test word [bx+di-0x80], 0x1234
test word [bp+si+0x1234], 0x1234
test word [si], 0x1234
test word [di+0x10], 0x1234
test word [bp+0x8], 0x1234
test word [bp], 0x1234
test word [0x1234], 0x1234
test word [bx+0x80], 0x1234
test word [si-0x2], 0x1234
test word [es:bx+si], 0x1234
test word [cs:di], 0x1234
test word [ss:bp+0x4], 0x1234
test word [fs:0x20], 0x1234
test word [gs:bx+0x12], 0x1234
test word [bx+0x7f], 0x1234
test word [eax], 0x1234
test word [ebx+ecx*4+0x10], 0x1234
test word [esp+0x8], 0x1234
test word [ebp-0x81], 0x1234
test word [edi*8+0x1000], 0x1234
test word [ds:esi+ebx*2], 0x1234
test word [esp], 0x1234
test word [ebp], 0x1234
test cx, 0x10
test cx, strict word 0x10
test ecx, 0x12345678
test dword [bx], 0x12345678
test dword [bx+si], 0x12345678
test dword [bp+di+0x7f], 0x12345678
test dword [bx+di-0x80], 0x12345678
test dword [bp+si+0x1234], 0x12345678
test dword [si], 0x12345678
test dword [di+0x10], 0x12345678
test dword [bp+0x8], 0x12345678
test dword [bp], 0x12345678
test dword [0x1234], 0x12345678
test dword [bx+0x80], 0x12345678
test dword [si-0x2], 0x12345678
test dword [es:bx+si], 0x12345678
test dword [cs:di], 0x12345678
test dword [ss:bp+0x4], 0x12345678
test dword [fs:0x20], 0x12345678
test dword [gs:bx+0x12], 0x12345678
test dword [bx+0x7f], 0x12345678
test dword [eax], 0x12345678
test dword [ebx+ecx*4+0x10], 0x12345678
test dword [esp+0x8], 0x12345678
test dword [ebp-0x81], 0x12345678
test dword [edi*8+0x1000], 0x12345678
test dword [ds:esi+ebx*2], 0x12345678
test dword [esp], 0x12345678
test dword [ebp], 0x12345678
test si, 0x1234
test di, 0x1234
test si, 0x10
test si, strict word 0x10
test ebp, 0x12345678
test esi, 0x12345678
test ebp, 0x7f
test ebp, -0x80
test ebp, strict dword 0x7f
o32 test ebp, 0x12345678
not bx
not sp
not word [bx]
not word [bx+si]
not word [bp+di+0x7f]
not word [bx+di-0x80]
not word [bp+si+0x1234]
not word [si]
not word [di+0x10]
not word [bp+0x8]
not word [bp]
not word [0x1234]
not word [bx+0x80]
not word [si-0x2]
not word [es:bx+si]
not word [cs:di]
not word [ss:bp+0x4]
not word [fs:0x20]
not word [gs:bx+0x12]
not word [bx+0x7f]
not word [eax]
not word [ebx+ecx*4+0x10]
not word [esp+0x8]
not word [ebp-0x81]
not word [edi*8+0x1000]
not word [ds:esi+ebx*2]
not word [esp]
not word [ebp]
lock not word [bx]
lock not word [bx+si]
not edx
not ebx
not dword [bx]
not dword [bx+si]
not dword [bp+di+0x7f]
not dword [bx+di-0x80]
not dword [bp+si+0x1234]
not dword [si]
not dword [di+0x10]
not dword [bp+0x8]
not dword [bp]
not dword [0x1234]
not dword [bx+0x80]
not dword [si-0x2]
not dword [es:bx+si]
not dword [cs:di]
not dword [ss:bp+0x4]
not dword [fs:0x20]
not dword [gs:bx+0x12]
not dword [bx+0x7f]
not dword [eax]
not dword [ebx+ecx*4+0x10]
not dword [esp+0x8]
not dword [ebp-0x81]
not dword [edi*8+0x1000]
not dword [ds:esi+ebx*2]
not dword [esp]
not dword [ebp]
o32 not edx
lock not dword [bx]
lock not dword [bx+si]
neg ax
neg cx
neg word [bx]
neg word [edi*8+0x1000]
neg word [ds:esi+ebx*2]
neg word [esp]
neg word [ebp]
lock neg word [bx]
lock neg word [edi*8+0x1000]
neg edi
neg eax
neg dword [bx]
neg dword [bp+si+0x1234]
neg dword [si]
neg dword [di+0x10]
neg dword [bp+0x8]
o32 neg edi
lock neg dword [bx]
lock neg dword [bp+si+0x1234]
mul bp
mul si
mul word [bx]
mul word [eax]
mul word [ebx+ecx*4+0x10]
mul word [esp+0x8]
mul word [ebp-0x81]
mul esp
mul ebp
mul dword [bx]
mul dword [ebp]
mul dword [bx+si]
mul dword [bp+di+0x7f]
mul dword [bx+di-0x80]
o32 mul esp
imul dx
imul bx
imul word [bx]
imul word [bx+si]
imul word [bp+di+0x7f]
imul word [bx+di-0x80]
imul word [bp+si+0x1234]
imul word [si]
imul word [di+0x10]
imul word [bp+0x8]
imul word [bp]
imul word [0x1234]
imul word [bx+0x80]
imul word [si-0x2]
imul word [es:bx+si]
imul word [cs:di]
imul word [ss:bp+0x4]
imul word [fs:0x20]
imul word [gs:bx+0x12]
imul word [bx+0x7f]
imul word [eax]
imul word [ebx+ecx*4+0x10]
imul word [esp+0x8]
imul word [ebp-0x81]
imul word [edi*8+0x1000]
imul word [ds:esi+ebx*2]
imul word [esp]
imul word [ebp]
imul ecx
imul edx
imul dword [bx]
imul dword [bx+si]
imul dword [bp+di+0x7f]
imul dword [bx+di-0x80]
imul dword [bp+si+0x1234]
imul dword [si]
imul dword [di+0x10]
imul dword [bp+0x8]
imul dword [bp]
imul dword [0x1234]
imul dword [bx+0x80]
imul dword [si-0x2]
imul dword [es:bx+si]
imul dword [cs:di]
imul dword [ss:bp+0x4]
imul dword [fs:0x20]
imul dword [gs:bx+0x12]
imul dword [bx+0x7f]
imul dword [eax]
imul dword [ebx+ecx*4+0x10]
imul dword [esp+0x8]
imul dword [ebp-0x81]
imul dword [edi*8+0x1000]
imul dword [ds:esi+ebx*2]
imul dword [esp]
imul dword [ebp]
o32 imul ecx
div di
div ax
div word [bx]
div word [bx+0x80]
div word [si-0x2]
div word [es:bx+si]
div word [cs:di]
div esi
div edi
div dword [bx]
div dword [bx+0x7f]
div dword [eax]
div dword [ebx+ecx*4+0x10]
div dword [esp+0x8]
o32 div esi
idiv sp
idiv bp
idiv word [bx]
idiv word [di+0x10]
idiv word [bp+0x8]
idiv word [bp]
idiv word [0x1234]
idiv ebx
idiv esp
idiv dword [bx]
idiv dword [cs:di]
idiv dword [ss:bp+0x4]
idiv dword [fs:0x20]
idiv dword [gs:bx+0x12]
o32 idiv ebx
clc
stc
cli
sti
cld
std
inc bh
inc bl
inc byte [bx]
inc byte [bx+si]
inc byte [bp+di+0x7f]
inc byte [bx+di-0x80]
inc byte [bp+si+0x1234]
inc byte [si]
inc byte [di+0x10]
inc byte [bp+0x8]
inc byte [bp]
inc byte [0x1234]
inc byte [bx+0x80]
inc byte [si-0x2]
inc byte [es:bx+si]
inc byte [cs:di]
inc byte [ss:bp+0x4]
inc byte [fs:0x20]
inc byte [gs:bx+0x12]
inc byte [bx+0x7f]
inc byte [eax]
inc byte [ebx+ecx*4+0x10]
inc byte [esp+0x8]
inc byte [ebp-0x81]
inc byte [edi*8+0x1000]
inc byte [ds:esi+ebx*2]
inc byte [esp]
inc byte [ebp]
lock inc byte [bx]
lock inc byte [bx+si]
dec al
dec cl
dec byte [bx]
dec byte [bx+si]
dec byte [bp+di+0x7f]
dec byte [bx+di-0x80]
dec byte [bp+si+0x1234]
lock dec byte [bx]
lock dec byte [bx+si]
inc word [bx]
inc word [bx+si]
inc word [bp+di+0x7f]
inc word [bx+di-0x80]
inc word [bp+si+0x1234]
inc word [si]
inc word [di+0x10]
inc word [bp+0x8]
inc word [bp]
inc word [0x1234]
inc word [bx+0x80]
inc word [si-0x2]
inc word [es:bx+si]
inc word [cs:di]
inc word [ss:bp+0x4]
inc word [fs:0x20]
inc word [gs:bx+0x12]
inc word [bx+0x7f]
inc word [eax]
inc word [ebx+ecx*4+0x10]
inc word [esp+0x8]
inc word [ebp-0x81]
inc word [edi*8+0x1000]
inc word [ds:esi+ebx*2]
inc word [esp]
inc word [ebp]
lock inc word [bx]
lock inc word [bx+si]
inc dword [bx]
inc dword [bx+si]
inc dword [bp+di+0x7f]
inc dword [bx+di-0x80]
inc dword [bp+si+0x1234]
inc dword [si]
inc dword [di+0x10]
inc dword [bp+0x8]
inc dword [bp]
inc dword [0x1234]
inc dword [bx+0x80]
inc dword [si-0x2]
inc dword [es:bx+si]
inc dword [cs:di]
inc dword [ss:bp+0x4]
inc dword [fs:0x20]
inc dword [gs:bx+0x12]
inc dword [bx+0x7f]
inc dword [eax]
inc dword [ebx+ecx*4+0x10]
inc dword [esp+0x8]
inc dword [ebp-0x81]
inc dword [edi*8+0x1000]
inc dword [ds:esi+ebx*2]
inc dword [esp]
inc dword [ebp]
lock inc dword [bx]
lock inc dword [bx+si]
dec word [bx]
dec word [bp+si+0x1234]
dec word [si]
dec word [di+0x10]
dec word [bp+0x8]
lock dec word [bx]
lock dec word [bp+si+0x1234]
dec dword [bx]
dec dword [si-0x2]
dec dword [es:bx+si]
dec dword [cs:di]
dec dword [ss:bp+0x4]
o32 dec ebp
lock dec dword [bx]
lock dec dword [si-0x2]
call bx
call sp
call word [bx]
call word [bx+si]
call word [bp+di+0x7f]
call word [bx+di-0x80]
call word [bp+si+0x1234]
call word [si]
call word [di+0x10]
call word [bp+0x8]
call word [bp]
call word [0x1234]
call word [bx+0x80]
call word [si-0x2]
call word [es:bx+si]
call word [cs:di]
call word [ss:bp+0x4]
call word [fs:0x20]
call word [gs:bx+0x12]
call word [bx+0x7f]
call word [eax]
call word [ebx+ecx*4+0x10]
call word [esp+0x8]
call word [ebp-0x81]
call word [edi*8+0x1000]
call word [ds:esi+ebx*2]
call word [esp]
call word [ebp]
call [bx]
call edx
call ebx
call dword [bx]
call dword [bx+si]
call dword [bp+di+0x7f]
call dword [bx+di-0x80]
call dword [bp+si+0x1234]
call dword [si]
call dword [di+0x10]
call dword [bp+0x8]
call dword [bp]
call dword [0x1234]
call dword [bx+0x80]
call dword [si-0x2]
call dword [es:bx+si]
call dword [cs:di]
call dword [ss:bp+0x4]
call dword [fs:0x20]
call dword [gs:bx+0x12]
call dword [bx+0x7f]
call dword [eax]
call dword [ebx+ecx*4+0x10]
call dword [esp+0x8]
call dword [ebp-0x81]
call dword [edi*8+0x1000]
call dword [ds:esi+ebx*2]
call dword [esp]
call dword [ebp]
o32 call edx
call far [bx]
call far [bx+si]
call far [bp+di+0x7f]
call far [bx+di-0x80]
call far [bp+si+0x1234]
call far [si]
call far [di+0x10]
call far [bp+0x8]
call far [bp]
call far [0x1234]
call far [bx+0x80]
call far [si-0x2]
call far [es:bx+si]
call far [cs:di]
call far [ss:bp+0x4]
call far [fs:0x20]
call far [gs:bx+0x12]
call far [bx+0x7f]
call far [eax]
call far [ebx+ecx*4+0x10]
call far [esp+0x8]
call far [ebp-0x81]
call far [edi*8+0x1000]
call far [ds:esi+ebx*2]
call far [esp]
call far [ebp]
call far word [bx]
call far dword [bx]
o32 call far [bx]
jmp bp
jmp si
jmp word [bx]
jmp word [bx+si]
jmp word [bp+di+0x7f]
jmp word [bx+di-0x80]
jmp word [bp+si+0x1234]
jmp word [si]
jmp word [di+0x10]
jmp word [bp+0x8]
jmp word [bp]
jmp word [0x1234]
jmp word [bx+0x80]
jmp word [si-0x2]
jmp word [es:bx+si]
jmp word [cs:di]
jmp word [ss:bp+0x4]
jmp word [fs:0x20]
jmp word [gs:bx+0x12]
jmp word [bx+0x7f]
jmp word [eax]
jmp word [ebx+ecx*4+0x10]
jmp word [esp+0x8]
jmp word [ebp-0x81]
jmp word [edi*8+0x1000]
jmp word [ds:esi+ebx*2]
jmp word [esp]
jmp word [ebp]
jmp [bx]
jmp esp
jmp ebp
jmp dword [bx]
jmp dword [bx+si]
jmp dword [bp+di+0x7f]
jmp dword [bx+di-0x80]
jmp dword [bp+si+0x1234]
jmp dword [si]
jmp dword [di+0x10]
jmp dword [bp+0x8]
jmp dword [bp]
jmp dword [0x1234]
jmp dword [bx+0x80]
jmp dword [si-0x2]
jmp dword [es:bx+si]
jmp dword [cs:di]
jmp dword [ss:bp+0x4]
jmp dword [fs:0x20]
jmp dword [gs:bx+0x12]
jmp dword [bx+0x7f]
jmp dword [eax]
jmp dword [ebx+ecx*4+0x10]
jmp dword [esp+0x8]
jmp dword [ebp-0x81]
jmp dword [edi*8+0x1000]
jmp dword [ds:esi+ebx*2]
jmp dword [esp]
jmp dword [ebp]
o32 jmp esp
jmp far [bx]
jmp far [bx+si]
jmp far [bp+di+0x7f]
jmp far [bx+di-0x80]
jmp far [bp+si+0x1234]
jmp far [si]
jmp far [di+0x10]
jmp far [bp+0x8]
jmp far [bp]
jmp far [0x1234]
jmp far [bx+0x80]
jmp far [si-0x2]
jmp far [es:bx+si]
jmp far [cs:di]
jmp far [ss:bp+0x4]
jmp far [fs:0x20]
jmp far [gs:bx+0x12]
jmp far [bx+0x7f]
jmp far [eax]
jmp far [ebx+ecx*4+0x10]
jmp far [esp+0x8]
jmp far [ebp-0x81]
jmp far [edi*8+0x1000]
jmp far [ds:esi+ebx*2]
jmp far [esp]
jmp far [ebp]
jmp far word [bx]
jmp far dword [bx]
o32 jmp far [bx]
push word [bx]
push word [bx+si]
push word [bp+di+0x7f]
push word [bx+di-0x80]
push word [bp+si+0x1234]
push word [si]
push word [di+0x10]
push word [bp+0x8]
push word [bp]
push word [0x1234]
push word [bx+0x80]
push word [si-0x2]
push word [es:bx+si]
push word [cs:di]
push word [ss:bp+0x4]
push word [fs:0x20]
push word [gs:bx+0x12]
push word [bx+0x7f]
push word [eax]
push word [ebx+ecx*4+0x10]
push word [esp+0x8]
push word [ebp-0x81]
push word [edi*8+0x1000]
push word [ds:esi+ebx*2]
push word [esp]
push word [ebp]
push dword [bx]
push dword [bx+si]
push dword [bp+di+0x7f]
push dword [bx+di-0x80]
push dword [bp+si+0x1234]
push dword [si]
push dword [di+0x10]
push dword [bp+0x8]
push dword [bp]
push dword [0x1234]
push dword [bx+0x80]
push dword [si-0x2]
push dword [es:bx+si]
push dword [cs:di]
push dword [ss:bp+0x4]
push dword [fs:0x20]
push dword [gs:bx+0x12]
push dword [bx+0x7f]
push dword [eax]
push dword [ebx+ecx*4+0x10]
push dword [esp+0x8]
push dword [ebp-0x81]
push dword [edi*8+0x1000]
push dword [ds:esi+ebx*2]
push dword [esp]
push dword [ebp]
o32 push esi
sldt sp
sldt bp
sldt word [bx]
sldt word [si]
sldt word [di+0x10]
sldt word [bp+0x8]
sldt word [bp]
sldt [bx]
sldt ebx
sldt esp
sldt word [es:bx+si]
sldt word [cs:di]
sldt word [ss:bp+0x4]
sldt word [fs:0x20]
o32 sldt ebx
str cx
str dx
str word [bx]
str word [bx+si]
str word [bp+di+0x7f]
str word [bx+di-0x80]
str word [bp+si+0x1234]
str [bx]
str eax
str ecx
str word [bp]
str word [0x1234]
str word [bx+0x80]
str word [si-0x2]
o32 str eax
lldt si
lldt di
lldt word [bx]
lldt word [edi*8+0x1000]
lldt word [ds:esi+ebx*2]
lldt word [esp]
lldt word [ebp]
lldt [bx]
lldt word [bp+si+0x1234]
lldt word [si]
lldt word [di+0x10]
lldt word [bp+0x8]
ltr bx
ltr sp
ltr word [bx]
ltr word [eax]
ltr word [ebx+ecx*4+0x10]
ltr word [esp+0x8]
ltr word [ebp-0x81]
ltr [bx]
ltr word [ebp]
ltr word [bx+si]
ltr word [bp+di+0x7f]
ltr word [bx+di-0x80]
verr ax
verr cx
verr word [bx]
verr word [ss:bp+0x4]
verr word [fs:0x20]
verr word [gs:bx+0x12]
verr word [bx+0x7f]
verr [bx]
verr word [ebp-0x81]
verr word [edi*8+0x1000]
verr word [ds:esi+ebx*2]
verr word [esp]
verw bp
verw si
verw word [bx]
verw word [bx+0x80]
verw word [si-0x2]
verw word [es:bx+si]
verw word [cs:di]
verw [bx]
verw word [bx+0x7f]
verw word [eax]
verw word [ebx+ecx*4+0x10]
verw word [esp+0x8]
sgdt [bx]
sgdt [esp+0x8]
sgdt [ebp-0x81]
sgdt [edi*8+0x1000]
sgdt [ds:esi+ebx*2]
sgdt [bp+di+0x7f]
sgdt [bx+di-0x80]
sgdt [bp+si+0x1234]
sgdt [si]
o32 sgdt [bx]
sidt [bx]
sidt [gs:bx+0x12]
sidt [bx+0x7f]
sidt [eax]
sidt [ebx+ecx*4+0x10]
sidt [ds:esi+ebx*2]
sidt [esp]
sidt [ebp]
sidt [bx+si]
o32 sidt [bx]
lgdt [bx]
lgdt [bx+si]
lgdt [bp+di+0x7f]
lgdt [bx+di-0x80]
lgdt [bp+si+0x1234]
lgdt [si]
lgdt [di+0x10]
lgdt [bp+0x8]
lgdt [bp]
lgdt [0x1234]
lgdt [bx+0x80]
lgdt [si-0x2]
lgdt [es:bx+si]
lgdt [cs:di]
lgdt [ss:bp+0x4]
lgdt [fs:0x20]
lgdt [gs:bx+0x12]
lgdt [bx+0x7f]
lgdt [eax]
lgdt [ebx+ecx*4+0x10]
lgdt [esp+0x8]
lgdt [ebp-0x81]
lgdt [edi*8+0x1000]
lgdt [ds:esi+ebx*2]
lgdt [esp]
lgdt [ebp]
o32 lgdt [bx]
lidt [bx]
lidt [bp]
lidt [0x1234]
lidt [bx+0x80]
lidt [si-0x2]
lidt [fs:0x20]
lidt [gs:bx+0x12]
lidt [bx+0x7f]
lidt [eax]
o32 lidt [bx]
smsw sp
smsw bp
smsw word [bx]
smsw word [bp+si+0x1234]
smsw word [si]
smsw word [di+0x10]
smsw word [bp+0x8]
smsw [bx]
smsw ebx
smsw esp
smsw word [si-0x2]
smsw word [es:bx+si]
smsw word [cs:di]
smsw word [ss:bp+0x4]
o32 smsw ebx
rstorssp qword [bx]
rstorssp qword [ebp]
rstorssp qword [bx+si]
rstorssp qword [bp+di+0x7f]
rstorssp qword [bx+di-0x80]
rstorssp [bx]
lmsw ax
lmsw cx
lmsw word [bx]
lmsw word [bp+0x8]
lmsw word [bp]
lmsw word [0x1234]
lmsw word [bx+0x80]
lmsw [bx]
lmsw word [ss:bp+0x4]
lmsw word [fs:0x20]
lmsw word [gs:bx+0x12]
lmsw word [bx+0x7f]
invlpg [bx]
invlpg [bx+si]
invlpg [bp+di+0x7f]
invlpg [bx+di-0x80]
invlpg [bp+si+0x1234]
invlpg [si]
invlpg [di+0x10]
invlpg [bp+0x8]
invlpg [bp]
invlpg [0x1234]
invlpg [bx+0x80]
invlpg [si-0x2]
invlpg [es:bx+si]
invlpg [cs:di]
invlpg [ss:bp+0x4]
invlpg [fs:0x20]
invlpg [gs:bx+0x12]
invlpg [bx+0x7f]
invlpg [eax]
invlpg [ebx+ecx*4+0x10]
invlpg [esp+0x8]
invlpg [ebp-0x81]
invlpg [edi*8+0x1000]
invlpg [ds:esi+ebx*2]
invlpg [esp]
invlpg [ebp]
enclv
vmcall
vmlaunch
vmresume
vmxoff
pconfig
monitor
a32 monitor
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
vmrun
a32 vmrun
vmmcall
vmload
a32 vmload
vmsave
a32 vmsave
stgi
clgi
invlpga
a32 invlpga
setssbsy
saveprevssp
rdtscp
monitorx
a32 monitorx
mwaitx
clzero
a32 clzero
lar dx, bx
lar bx, bx
lar sp, bx
lar dx, sp
lar dx, word [bx]
lar dx, word [bx+0x80]
lar dx, word [si-0x2]
lar dx, word [es:bx+si]
lar dx, word [cs:di]
lar dx, [bx]
lar ecx, edx
lar edx, edx
lar ebx, edx
lar ecx, ebx
lar ecx, word [bx]
lar ecx, word [bx+0x7f]
lar ecx, word [eax]
lar ecx, word [ebx+ecx*4+0x10]
lar ecx, word [esp+0x8]
lar ecx, [bx]
o32 lar ecx, edx
lsl di, ax
lsl ax, ax
lsl cx, ax
lsl di, cx
lsl di, word [bx]
lsl di, word [di+0x10]
lsl di, word [bp+0x8]
lsl di, word [bp]
lsl di, word [0x1234]
lsl di, [bx]
lsl esi, edi
lsl edi, edi
lsl eax, edi
lsl esi, eax
lsl esi, word [bx]
lsl esi, word [cs:di]
lsl esi, word [ss:bp+0x4]
lsl esi, word [fs:0x20]
lsl esi, word [gs:bx+0x12]
lsl esi, [bx]
o32 lsl esi, edi
syscall
clts
sysret
invd
wbinvd
wbnoinvd
ud2
prefetch [bx]
prefetchw [bx]
prefetchwt1 byte [bx]
prefetchwt1 byte [ebp-0x81]
prefetchwt1 byte [edi*8+0x1000]
prefetchwt1 byte [ds:esi+ebx*2]
prefetchwt1 byte [esp]
prefetchwt1 [bx]
movups xmm7, xmm0
movups xmm0, xmm0
movups xmm1, xmm0
movups xmm7, xmm1
movups xmm7, oword [bx]
movups xmm7, oword [bp+di+0x7f]
movups xmm7, oword [bx+di-0x80]
movups xmm7, oword [bp+si+0x1234]
movups xmm7, oword [si]
movups xmm7, [bx]
vmovups xmm4, xmm7
vmovups xmm7, xmm7
vmovups xmm0, xmm7
vmovups xmm4, xmm0
vmovups xmm4, oword [bx]
vmovups xmm4, oword [0x1234]
vmovups xmm4, oword [bx+0x80]
vmovups xmm4, oword [si-0x2]
vmovups xmm4, oword [es:bx+si]
vmovups xmm4, [bx]
vmovups ymm1, ymm4
vmovups ymm4, ymm4
vmovups ymm7, ymm4
vmovups ymm1, ymm7
vmovups ymm1, yword [bx]
vmovups ymm1, yword [gs:bx+0x12]
vmovups ymm1, yword [bx+0x7f]
vmovups ymm1, yword [eax]
vmovups ymm1, yword [ebx+ecx*4+0x10]
vmovups ymm1, [bx]
movupd xmm1, xmm4
movupd xmm4, xmm4
movupd xmm7, xmm4
movupd xmm1, xmm7
movupd xmm1, oword [bx]
movupd xmm1, oword [ebx+ecx*4+0x10]
movupd xmm1, oword [esp+0x8]
movupd xmm1, oword [ebp-0x81]
movupd xmm1, oword [edi*8+0x1000]
movupd xmm1, [bx]
vmovupd xmm0, xmm1
vmovupd xmm1, xmm1
vmovupd xmm4, xmm1
vmovupd xmm0, xmm4
vmovupd xmm0, oword [bx]
vmovupd xmm0, oword [bx+si]
vmovupd xmm0, oword [bp+di+0x7f]
vmovupd xmm0, oword [bx+di-0x80]
vmovupd xmm0, oword [bp+si+0x1234]
vmovupd xmm0, [bx]
vmovupd ymm7, ymm0
vmovupd ymm0, ymm0
vmovupd ymm1, ymm0
vmovupd ymm7, ymm1
vmovupd ymm7, yword [bx]
vmovupd ymm7, yword [bp]
vmovupd ymm7, yword [0x1234]
vmovupd ymm7, yword [bx+0x80]
vmovupd ymm7, yword [si-0x2]
vmovupd ymm7, [bx]
movss xmm7, xmm0
movss xmm0, xmm0
movss xmm1, xmm0
movss xmm7, xmm1
movss xmm7, dword [bx]
movss xmm7, dword [si-0x2]
movss xmm7, dword [es:bx+si]
movss xmm7, dword [cs:di]
movss xmm7, dword [ss:bp+0x4]
movss xmm7, [bx]
vmovss xmm4, xmm7, xmm0
vmovss xmm7, xmm7, xmm0
vmovss xmm0, xmm7, xmm0
vmovss xmm4, xmm0, xmm0
vmovss xmm4, xmm1, xmm0
vmovss xmm4, xmm7, xmm1
vmovss xmm4, xmm7, xmm4
vmovss xmm1, dword [bx]
vmovss xmm4, dword [bx]
vmovss xmm7, dword [bx]
vmovss xmm1, dword [ebp]
vmovss xmm1, dword [bx+si]
vmovss xmm1, dword [bp+di+0x7f]
vmovss xmm1, dword [bx+di-0x80]
vmovss xmm1, [bx]
movsd xmm4, xmm7
movsd xmm7, xmm7
movsd xmm0, xmm7
movsd xmm4, xmm0
movsd xmm4, qword [bx]
movsd xmm4, qword [ebp-0x81]
movsd xmm4, qword [edi*8+0x1000]
movsd xmm4, qword [ds:esi+ebx*2]
movsd xmm4, qword [esp]
movsd xmm4, [bx]
vmovsd xmm1, xmm4, xmm7
vmovsd xmm4, xmm4, xmm7
vmovsd xmm7, xmm4, xmm7
vmovsd xmm1, xmm7, xmm7
vmovsd xmm1, xmm0, xmm7
vmovsd xmm1, xmm4, xmm0
vmovsd xmm1, xmm4, xmm1
vmovsd xmm0, qword [bx]
vmovsd xmm1, qword [bx]
vmovsd xmm4, qword [bx]
vmovsd xmm0, qword [bx+0x80]
vmovsd xmm0, qword [si-0x2]
vmovsd xmm0, qword [es:bx+si]
vmovsd xmm0, qword [cs:di]
vmovsd xmm0, [bx]
movups xmm1, xmm4
movups xmm4, xmm4
movups oword [bx], xmm4
movups oword [di+0x10], xmm4
movups oword [bp+0x8], xmm4
movups oword [bp], xmm4
movups oword [0x1234], xmm4
movups [bx], xmm4
movups xmm1, xmm7
vmovups xmm0, xmm1
vmovups xmm1, xmm1
vmovups oword [bx], xmm1
vmovups oword [cs:di], xmm1
vmovups oword [ss:bp+0x4], xmm1
vmovups oword [fs:0x20], xmm1
vmovups oword [gs:bx+0x12], xmm1
vmovups [bx], xmm1
vmovups xmm0, xmm4
vmovups ymm7, ymm0
vmovups ymm0, ymm0
vmovups yword [bx], ymm0
vmovups yword [esp+0x8], ymm0
vmovups yword [ebp-0x81], ymm0
vmovups yword [edi*8+0x1000], ymm0
vmovups yword [ds:esi+ebx*2], ymm0
vmovups [bx], ymm0
vmovups ymm7, ymm1
movupd xmm7, xmm0
movupd xmm0, xmm0
movupd oword [bx], xmm0
movupd oword [ds:esi+ebx*2], xmm0
movupd oword [esp], xmm0
movupd oword [ebp], xmm0
movupd oword [bx+si], xmm0
movupd [bx], xmm0
movupd xmm7, xmm1
vmovupd xmm4, xmm7
vmovupd xmm7, xmm7
vmovupd oword [bx], xmm7
vmovupd oword [si], xmm7
vmovupd oword [di+0x10], xmm7
vmovupd oword [bp+0x8], xmm7
vmovupd oword [bp], xmm7
vmovupd [bx], xmm7
vmovupd xmm4, xmm0
vmovupd ymm1, ymm4
vmovupd ymm4, ymm4
vmovupd yword [bx], ymm4
vmovupd yword [es:bx+si], ymm4
vmovupd yword [cs:di], ymm4
vmovupd yword [ss:bp+0x4], ymm4
vmovupd yword [fs:0x20], ymm4
vmovupd [bx], ymm4
vmovupd ymm1, ymm7
movss xmm1, xmm4
movss xmm4, xmm4
movss dword [bx], xmm4
movss dword [fs:0x20], xmm4
movss dword [gs:bx+0x12], xmm4
movss dword [bx+0x7f], xmm4
movss dword [eax], xmm4
movss [bx], xmm4
movss xmm1, xmm7
vmovss xmm0, xmm1, xmm4
vmovss xmm1, xmm1, xmm4
vmovss xmm4, xmm1, xmm4
vmovss xmm0, xmm4, xmm4
vmovss xmm0, xmm7, xmm4
vmovss xmm0, xmm1, xmm7
vmovss xmm0, xmm1, xmm0
vmovss dword [bx], xmm0
vmovss dword [bp+si+0x1234], xmm0
vmovss dword [si], xmm0
vmovss dword [di+0x10], xmm0
vmovss dword [bp+0x8], xmm0
vmovss [bx], xmm0
vmovss dword [bx], xmm1
vmovss dword [bx], xmm4
movsd xmm0, xmm1
movsd xmm1, xmm1
movsd qword [bx], xmm1
movsd qword [ebp], xmm1
movsd qword [bx+si], xmm1
movsd qword [bp+di+0x7f], xmm1
movsd qword [bx+di-0x80], xmm1
movsd [bx], xmm1
movsd xmm0, xmm4
vmovsd xmm7, xmm0, xmm1
vmovsd xmm0, xmm0, xmm1
vmovsd xmm1, xmm0, xmm1
vmovsd xmm7, xmm1, xmm1
vmovsd xmm7, xmm4, xmm1
vmovsd xmm7, xmm0, xmm4
vmovsd xmm7, xmm0, xmm7
vmovsd qword [bx], xmm7
vmovsd qword [ss:bp+0x4], xmm7
vmovsd qword [fs:0x20], xmm7
vmovsd qword [gs:bx+0x12], xmm7
vmovsd qword [bx+0x7f], xmm7
vmovsd [bx], xmm7
vmovsd qword [bx], xmm0
vmovsd qword [bx], xmm1
movhlps xmm7, xmm0
movhlps xmm0, xmm0
movhlps xmm1, xmm0
movhlps xmm7, xmm1
movhlps xmm7, xmm4
movlps xmm4, qword [bx]
movlps xmm7, qword [bx]
movlps xmm0, qword [bx]
movlps xmm4, qword [bx+0x7f]
movlps xmm4, qword [eax]
movlps xmm4, qword [ebx+ecx*4+0x10]
movlps xmm4, qword [esp+0x8]
movlps xmm4, [bx]
vmovhlps xmm1, xmm4, xmm7
vmovhlps xmm4, xmm4, xmm7
vmovhlps xmm7, xmm4, xmm7
vmovhlps xmm1, xmm7, xmm7
vmovhlps xmm1, xmm0, xmm7
vmovhlps xmm1, xmm4, xmm0
vmovhlps xmm1, xmm4, xmm1
vmovlps xmm0, xmm1, qword [bx]
vmovlps xmm1, xmm1, qword [bx]
vmovlps xmm4, xmm1, qword [bx]
vmovlps xmm0, xmm4, qword [bx]
vmovlps xmm0, xmm7, qword [bx]
vmovlps xmm0, xmm1, qword [di+0x10]
vmovlps xmm0, xmm1, qword [bp+0x8]
vmovlps xmm0, xmm1, qword [bp]
vmovlps xmm0, xmm1, qword [0x1234]
vmovlps xmm0, xmm1, [bx]
movlpd xmm1, qword [bx]
movlpd xmm4, qword [bx]
movlpd xmm7, qword [bx]
movlpd xmm1, qword [bp+di+0x7f]
movlpd xmm1, qword [bx+di-0x80]
movlpd xmm1, qword [bp+si+0x1234]
movlpd xmm1, qword [si]
movlpd xmm1, [bx]
vmovlpd xmm0, xmm1, qword [bx]
vmovlpd xmm1, xmm1, qword [bx]
vmovlpd xmm4, xmm1, qword [bx]
vmovlpd xmm0, xmm4, qword [bx]
vmovlpd xmm0, xmm7, qword [bx]
vmovlpd xmm0, xmm1, qword [0x1234]
vmovlpd xmm0, xmm1, qword [bx+0x80]
vmovlpd xmm0, xmm1, qword [si-0x2]
vmovlpd xmm0, xmm1, qword [es:bx+si]
vmovlpd xmm0, xmm1, [bx]
movsldup xmm4, xmm7
movsldup xmm7, xmm7
movsldup xmm0, xmm7
movsldup xmm4, xmm0
movsldup xmm4, oword [bx]
movsldup xmm4, oword [ds:esi+ebx*2]
movsldup xmm4, oword [esp]
movsldup xmm4, oword [ebp]
movsldup xmm4, oword [bx+si]
movsldup xmm4, [bx]
vmovsldup xmm1, xmm4
vmovsldup xmm4, xmm4
vmovsldup xmm7, xmm4
vmovsldup xmm1, xmm7
vmovsldup xmm1, oword [bx]
vmovsldup xmm1, oword [si]
vmovsldup xmm1, oword [di+0x10]
vmovsldup xmm1, oword [bp+0x8]
vmovsldup xmm1, oword [bp]
vmovsldup xmm1, [bx]
vmovsldup ymm0, ymm1
vmovsldup ymm1, ymm1
vmovsldup ymm4, ymm1
vmovsldup ymm0, ymm4
vmovsldup ymm0, yword [bx]
vmovsldup ymm0, yword [es:bx+si]
vmovsldup ymm0, yword [cs:di]
vmovsldup ymm0, yword [ss:bp+0x4]
vmovsldup ymm0, yword [fs:0x20]
vmovsldup ymm0, [bx]
movddup xmm0, xmm1
movddup xmm1, xmm1
movddup xmm4, xmm1
movddup xmm0, xmm4
movddup xmm0, qword [bx]
movddup xmm0, qword [fs:0x20]
movddup xmm0, qword [gs:bx+0x12]
movddup xmm0, qword [bx+0x7f]
movddup xmm0, qword [eax]
movddup xmm0, [bx]
vmovddup xmm7, xmm0
vmovddup xmm0, xmm0
vmovddup xmm1, xmm0
vmovddup xmm7, xmm1
vmovddup xmm7, qword [bx]
vmovddup xmm7, qword [edi*8+0x1000]
vmovddup xmm7, qword [ds:esi+ebx*2]
vmovddup xmm7, qword [esp]
vmovddup xmm7, qword [ebp]
vmovddup xmm7, [bx]
vmovddup ymm4, ymm7
vmovddup ymm7, ymm7
vmovddup ymm0, ymm7
vmovddup ymm4, ymm0
vmovddup ymm4, yword [bx]
vmovddup ymm4, yword [bp+si+0x1234]
vmovddup ymm4, yword [si]
vmovddup ymm4, yword [di+0x10]
vmovddup ymm4, yword [bp+0x8]
vmovddup ymm4, [bx]
movlps qword [bx], xmm7
movlps qword [bp+0x8], xmm7
movlps qword [bp], xmm7
movlps qword [0x1234], xmm7
movlps qword [bx+0x80], xmm7
movlps [bx], xmm7
movlps qword [bx], xmm0
movlps qword [bx], xmm1
vmovlps qword [bx], xmm4
vmovlps qword [ss:bp+0x4], xmm4
vmovlps qword [fs:0x20], xmm4
vmovlps qword [gs:bx+0x12], xmm4
vmovlps qword [bx+0x7f], xmm4
vmovlps [bx], xmm4
vmovlps qword [bx], xmm7
vmovlps qword [bx], xmm0
movlpd qword [bx], xmm0
movlpd qword [bx+di-0x80], xmm0
movlpd qword [bp+si+0x1234], xmm0
movlpd qword [si], xmm0
movlpd qword [di+0x10], xmm0
movlpd [bx], xmm0
movlpd qword [bx], xmm1
movlpd qword [bx], xmm4
vmovlpd qword [bx], xmm7
vmovlpd qword [bx+0x80], xmm7
vmovlpd qword [si-0x2], xmm7
vmovlpd qword [es:bx+si], xmm7
vmovlpd qword [cs:di], xmm7
vmovlpd [bx], xmm7
vmovlpd qword [bx], xmm0
vmovlpd qword [bx], xmm1
unpcklps xmm0, xmm1
unpcklps xmm1, xmm1
unpcklps xmm4, xmm1
unpcklps xmm0, xmm4
unpcklps xmm0, oword [bx]
unpcklps xmm0, oword [esp]
unpcklps xmm0, oword [ebp]
unpcklps xmm0, oword [bx+si]
unpcklps xmm0, oword [bp+di+0x7f]
unpcklps xmm0, [bx]
vunpcklps xmm7, xmm0, xmm1
vunpcklps xmm0, xmm0, xmm1
vunpcklps xmm1, xmm0, xmm1
vunpcklps xmm7, xmm1, xmm1
vunpcklps xmm7, xmm4, xmm1
vunpcklps xmm7, xmm0, xmm4
vunpcklps xmm7, xmm0, oword [bx]
vunpcklps xmm7, xmm0, oword [di+0x10]
vunpcklps xmm7, xmm0, oword [bp+0x8]
vunpcklps xmm7, xmm0, oword [bp]
vunpcklps xmm7, xmm0, oword [0x1234]
vunpcklps xmm7, xmm0, [bx]
vunpcklps ymm4, ymm7, ymm0
vunpcklps ymm7, ymm7, ymm0
vunpcklps ymm0, ymm7, ymm0
vunpcklps ymm4, ymm0, ymm0
vunpcklps ymm4, ymm1, ymm0
vunpcklps ymm4, ymm7, ymm1
vunpcklps ymm4, ymm7, yword [bx]
vunpcklps ymm4, ymm7, yword [cs:di]
vunpcklps ymm4, ymm7, yword [ss:bp+0x4]
vunpcklps ymm4, ymm7, yword [fs:0x20]
vunpcklps ymm4, ymm7, yword [gs:bx+0x12]
vunpcklps ymm4, ymm7, [bx]
unpcklpd xmm4, xmm7
unpcklpd xmm7, xmm7
unpcklpd xmm0, xmm7
unpcklpd xmm4, xmm0
unpcklpd xmm4, oword [bx]
unpcklpd xmm4, oword [gs:bx+0x12]
unpcklpd xmm4, oword [bx+0x7f]
unpcklpd xmm4, oword [eax]
unpcklpd xmm4, oword [ebx+ecx*4+0x10]
unpcklpd xmm4, [bx]
vunpcklpd xmm1, xmm4, xmm7
vunpcklpd xmm4, xmm4, xmm7
vunpcklpd xmm7, xmm4, xmm7
vunpcklpd xmm1, xmm7, xmm7
vunpcklpd xmm1, xmm0, xmm7
vunpcklpd xmm1, xmm4, xmm0
vunpcklpd xmm1, xmm4, oword [bx]
vunpcklpd xmm1, xmm4, oword [ds:esi+ebx*2]
vunpcklpd xmm1, xmm4, oword [esp]
vunpcklpd xmm1, xmm4, oword [ebp]
vunpcklpd xmm1, xmm4, oword [bx+si]
vunpcklpd xmm1, xmm4, [bx]
vunpcklpd ymm0, ymm1, ymm4
vunpcklpd ymm1, ymm1, ymm4
vunpcklpd ymm4, ymm1, ymm4
vunpcklpd ymm0, ymm4, ymm4
vunpcklpd ymm0, ymm7, ymm4
vunpcklpd ymm0, ymm1, ymm7
vunpcklpd ymm0, ymm1, yword [bx]
vunpcklpd ymm0, ymm1, yword [si]
vunpcklpd ymm0, ymm1, yword [di+0x10]
vunpcklpd ymm0, ymm1, yword [bp+0x8]
vunpcklpd ymm0, ymm1, yword [bp]
vunpcklpd ymm0, ymm1, [bx]
unpckhps xmm0, xmm1
unpckhps xmm1, xmm1
unpckhps xmm4, xmm1
unpckhps xmm0, xmm4
unpckhps xmm0, oword [bx]
unpckhps xmm0, oword [bp]
unpckhps xmm0, oword [0x1234]
unpckhps xmm0, oword [bx+0x80]
unpckhps xmm0, oword [si-0x2]
unpckhps xmm0, [bx]
vunpckhps xmm7, xmm0, xmm1
vunpckhps xmm0, xmm0, xmm1
vunpckhps xmm1, xmm0, xmm1
vunpckhps xmm7, xmm1, xmm1
vunpckhps xmm7, xmm4, xmm1
vunpckhps xmm7, xmm0, xmm4
vunpckhps xmm7, xmm0, oword [bx]
vunpckhps xmm7, xmm0, oword [fs:0x20]
vunpckhps xmm7, xmm0, oword [gs:bx+0x12]
vunpckhps xmm7, xmm0, oword [bx+0x7f]
vunpckhps xmm7, xmm0, oword [eax]
vunpckhps xmm7, xmm0, [bx]
vunpckhps ymm4, ymm7, ymm0
vunpckhps ymm7, ymm7, ymm0
vunpckhps ymm0, ymm7, ymm0
vunpckhps ymm4, ymm0, ymm0
vunpckhps ymm4, ymm1, ymm0
vunpckhps ymm4, ymm7, ymm1
vunpckhps ymm4, ymm7, yword [bx]
vunpckhps ymm4, ymm7, yword [edi*8+0x1000]
vunpckhps ymm4, ymm7, yword [ds:esi+ebx*2]
vunpckhps ymm4, ymm7, yword [esp]
vunpckhps ymm4, ymm7, yword [ebp]
vunpckhps ymm4, ymm7, [bx]
unpckhpd xmm4, xmm7
unpckhpd xmm7, xmm7
unpckhpd xmm0, xmm7
unpckhpd xmm4, xmm0
unpckhpd xmm4, oword [bx]
unpckhpd xmm4, oword [ebp]
unpckhpd xmm4, oword [bx+si]
unpckhpd xmm4, oword [bp+di+0x7f]
unpckhpd xmm4, oword [bx+di-0x80]
unpckhpd xmm4, [bx]
vunpckhpd xmm1, xmm4, xmm7
vunpckhpd xmm4, xmm4, xmm7
vunpckhpd xmm7, xmm4, xmm7
vunpckhpd xmm1, xmm7, xmm7
vunpckhpd xmm1, xmm0, xmm7
vunpckhpd xmm1, xmm4, xmm0
vunpckhpd xmm1, xmm4, oword [bx]
vunpckhpd xmm1, xmm4, oword [bp+0x8]
vunpckhpd xmm1, xmm4, oword [bp]
vunpckhpd xmm1, xmm4, oword [0x1234]
vunpckhpd xmm1, xmm4, oword [bx+0x80]
vunpckhpd xmm1, xmm4, [bx]
vunpckhpd ymm0, ymm1, ymm4
vunpckhpd ymm1, ymm1, ymm4
vunpckhpd ymm4, ymm1, ymm4
vunpckhpd ymm0, ymm4, ymm4
vunpckhpd ymm0, ymm7, ymm4
vunpckhpd ymm0, ymm1, ymm7
vunpckhpd ymm0, ymm1, yword [bx]
vunpckhpd ymm0, ymm1, yword [ss:bp+0x4]
vunpckhpd ymm0, ymm1, yword [fs:0x20]
vunpckhpd ymm0, ymm1, yword [gs:bx+0x12]
vunpckhpd ymm0, ymm1, yword [bx+0x7f]
vunpckhpd ymm0, ymm1, [bx]
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
movhps xmm1, qword [bx]
movhps xmm4, qword [bx]
movhps xmm7, qword [bx]
movhps xmm1, qword [cs:di]
movhps xmm1, qword [ss:bp+0x4]
movhps xmm1, qword [fs:0x20]
movhps xmm1, qword [gs:bx+0x12]
movhps xmm1, [bx]
vmovhps xmm0, xmm1, qword [bx]
vmovhps xmm1, xmm1, qword [bx]
vmovhps xmm4, xmm1, qword [bx]
vmovhps xmm0, xmm4, qword [bx]
vmovhps xmm0, xmm7, qword [bx]
vmovhps xmm0, xmm1, qword [esp+0x8]
vmovhps xmm0, xmm1, qword [ebp-0x81]
vmovhps xmm0, xmm1, qword [edi*8+0x1000]
vmovhps xmm0, xmm1, qword [ds:esi+ebx*2]
vmovhps xmm0, xmm1, [bx]
movhpd xmm4, qword [bx]
movhpd xmm7, qword [bx]
movhpd xmm0, qword [bx]
movhpd xmm4, qword [0x1234]
movhpd xmm4, qword [bx+0x80]
movhpd xmm4, qword [si-0x2]
movhpd xmm4, qword [es:bx+si]
movhpd xmm4, [bx]
vmovhpd xmm1, xmm4, qword [bx]
vmovhpd xmm4, xmm4, qword [bx]
vmovhpd xmm7, xmm4, qword [bx]
vmovhpd xmm1, xmm7, qword [bx]
vmovhpd xmm1, xmm0, qword [bx]
vmovhpd xmm1, xmm4, qword [gs:bx+0x12]
vmovhpd xmm1, xmm4, qword [bx+0x7f]
vmovhpd xmm1, xmm4, qword [eax]
vmovhpd xmm1, xmm4, qword [ebx+ecx*4+0x10]
vmovhpd xmm1, xmm4, [bx]
movshdup xmm7, xmm0
movshdup xmm0, xmm0
movshdup xmm1, xmm0
movshdup xmm7, xmm1
movshdup xmm7, oword [bx]
movshdup xmm7, oword [si]
movshdup xmm7, oword [di+0x10]
movshdup xmm7, oword [bp+0x8]
movshdup xmm7, oword [bp]
movshdup xmm7, [bx]
vmovshdup xmm4, xmm7
vmovshdup xmm7, xmm7
vmovshdup xmm0, xmm7
vmovshdup xmm4, xmm0
vmovshdup xmm4, oword [bx]
vmovshdup xmm4, oword [es:bx+si]
vmovshdup xmm4, oword [cs:di]
vmovshdup xmm4, oword [ss:bp+0x4]
vmovshdup xmm4, oword [fs:0x20]
vmovshdup xmm4, [bx]
vmovshdup ymm1, ymm4
vmovshdup ymm4, ymm4
vmovshdup ymm7, ymm4
vmovshdup ymm1, ymm7
vmovshdup ymm1, yword [bx]
vmovshdup ymm1, yword [ebx+ecx*4+0x10]
vmovshdup ymm1, yword [esp+0x8]
vmovshdup ymm1, yword [ebp-0x81]
vmovshdup ymm1, yword [edi*8+0x1000]
vmovshdup ymm1, [bx]
movhps qword [bx], xmm4
movhps qword [edi*8+0x1000], xmm4
movhps qword [ds:esi+ebx*2], xmm4
movhps qword [esp], xmm4
movhps qword [ebp], xmm4
movhps [bx], xmm4
movhps qword [bx], xmm7
movhps qword [bx], xmm0
vmovhps qword [bx], xmm1
vmovhps qword [bp+si+0x1234], xmm1
vmovhps qword [si], xmm1
vmovhps qword [di+0x10], xmm1
vmovhps qword [bp+0x8], xmm1
vmovhps [bx], xmm1
vmovhps qword [bx], xmm4
vmovhps qword [bx], xmm7
movhpd qword [bx], xmm7
movhpd qword [eax], xmm7
movhpd qword [ebx+ecx*4+0x10], xmm7
movhpd qword [esp+0x8], xmm7
movhpd qword [ebp-0x81], xmm7
movhpd [bx], xmm7
movhpd qword [bx], xmm0
movhpd qword [bx], xmm1
vmovhpd qword [bx], xmm4
vmovhpd qword [ebp], xmm4
vmovhpd qword [bx+si], xmm4
vmovhpd qword [bp+di+0x7f], xmm4
vmovhpd qword [bx+di-0x80], xmm4
vmovhpd [bx], xmm4
vmovhpd qword [bx], xmm7
vmovhpd qword [bx], xmm0
prefetchnta byte [bx]
prefetchnta byte [bp+0x8]
prefetchnta byte [bp]
prefetchnta byte [0x1234]
prefetchnta byte [bx+0x80]
prefetchnta [bx]
prefetcht0 byte [bx]
prefetcht0 byte [ss:bp+0x4]
prefetcht0 byte [fs:0x20]
prefetcht0 byte [gs:bx+0x12]
prefetcht0 byte [bx+0x7f]
prefetcht0 [bx]
prefetcht1 byte [bx]
prefetcht1 byte [ebp-0x81]
prefetcht1 byte [edi*8+0x1000]
prefetcht1 byte [ds:esi+ebx*2]
prefetcht1 byte [esp]
prefetcht1 [bx]
prefetcht2 byte [bx]
prefetcht2 byte [bx+di-0x80]
prefetcht2 byte [bp+si+0x1234]
prefetcht2 byte [si]
prefetcht2 byte [di+0x10]
prefetcht2 [bx]
cldemote [bx]
rdsspd esp
rdsspd ebp
rdsspd esi
endbr64
endbr32
nop ax
nop cx
nop word [bx]
nop word [eax]
nop word [ebx+ecx*4+0x10]
nop word [esp+0x8]
nop word [ebp-0x81]
nop edi
nop eax
nop dword [bx]
nop dword [ebp]
nop dword [bx+si]
nop dword [bp+di+0x7f]
nop dword [bx+di-0x80]
o32 nop edi
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
movaps xmm0, oword [bx]
movaps xmm0, oword [bx+si]
movaps xmm0, oword [bp+di+0x7f]
movaps xmm0, oword [bx+di-0x80]
movaps xmm0, oword [bp+si+0x1234]
movaps xmm0, oword [si]
movaps xmm0, oword [di+0x10]
movaps xmm0, oword [bp+0x8]
movaps xmm0, oword [bp]
movaps xmm0, oword [0x1234]
movaps xmm0, oword [bx+0x80]
movaps xmm0, oword [si-0x2]
movaps xmm0, oword [es:bx+si]
movaps xmm0, oword [cs:di]
movaps xmm0, oword [ss:bp+0x4]
movaps xmm0, oword [fs:0x20]
movaps xmm0, oword [gs:bx+0x12]
movaps xmm0, oword [bx+0x7f]
movaps xmm0, oword [eax]
movaps xmm0, oword [ebx+ecx*4+0x10]
movaps xmm0, oword [esp+0x8]
movaps xmm0, oword [ebp-0x81]
movaps xmm0, oword [edi*8+0x1000]
movaps xmm0, oword [ds:esi+ebx*2]
movaps xmm0, oword [esp]
movaps xmm0, oword [ebp]
movaps xmm0, [bx]
vmovaps xmm4, xmm7
vmovaps xmm7, xmm7
vmovaps xmm0, xmm7
vmovaps xmm4, xmm0
vmovaps xmm4, oword [bx]
vmovaps xmm4, oword [gs:bx+0x12]
vmovaps xmm4, oword [bx+0x7f]
vmovaps xmm4, oword [eax]
vmovaps xmm4, oword [ebx+ecx*4+0x10]
vmovaps xmm4, [bx]
vmovaps ymm1, ymm4
vmovaps ymm4, ymm4
vmovaps ymm7, ymm4
vmovaps ymm1, ymm7
vmovaps ymm1, yword [bx]
vmovaps ymm1, yword [ds:esi+ebx*2]
vmovaps ymm1, yword [esp]
vmovaps ymm1, yword [ebp]
vmovaps ymm1, yword [bx+si]
vmovaps ymm1, [bx]
movapd xmm1, xmm4
movapd xmm4, xmm4
movapd xmm7, xmm4
movapd xmm1, xmm7
movapd xmm1, oword [bx]
movapd xmm1, oword [bx+si]
movapd xmm1, oword [bp+di+0x7f]
movapd xmm1, oword [bx+di-0x80]
movapd xmm1, oword [bp+si+0x1234]
movapd xmm1, [bx]
vmovapd xmm0, xmm1
vmovapd xmm1, xmm1
vmovapd xmm4, xmm1
vmovapd xmm0, xmm4
vmovapd xmm0, oword [bx]
vmovapd xmm0, oword [bp]
vmovapd xmm0, oword [0x1234]
vmovapd xmm0, oword [bx+0x80]
vmovapd xmm0, oword [si-0x2]
vmovapd xmm0, [bx]
vmovapd ymm7, ymm0
vmovapd ymm0, ymm0
vmovapd ymm1, ymm0
vmovapd ymm7, ymm1
vmovapd ymm7, yword [bx]
vmovapd ymm7, yword [fs:0x20]
vmovapd ymm7, yword [gs:bx+0x12]
vmovapd ymm7, yword [bx+0x7f]
vmovapd ymm7, yword [eax]
vmovapd ymm7, [bx]
movaps oword [bx], xmm0
movaps oword [bx+si], xmm0
movaps oword [bp+di+0x7f], xmm0
movaps oword [bx+di-0x80], xmm0
movaps oword [bp+si+0x1234], xmm0
movaps oword [si], xmm0
movaps oword [di+0x10], xmm0
movaps oword [bp+0x8], xmm0
movaps oword [bp], xmm0
movaps oword [0x1234], xmm0
movaps oword [bx+0x80], xmm0
movaps oword [si-0x2], xmm0
movaps oword [es:bx+si], xmm0
movaps oword [cs:di], xmm0
movaps oword [ss:bp+0x4], xmm0
movaps oword [fs:0x20], xmm0
movaps oword [gs:bx+0x12], xmm0
movaps oword [bx+0x7f], xmm0
movaps oword [eax], xmm0
movaps oword [ebx+ecx*4+0x10], xmm0
movaps oword [esp+0x8], xmm0
movaps oword [ebp-0x81], xmm0
movaps oword [edi*8+0x1000], xmm0
movaps oword [ds:esi+ebx*2], xmm0
movaps oword [esp], xmm0
movaps oword [ebp], xmm0
movaps [bx], xmm0
movaps xmm7, xmm1
movaps xmm7, xmm4
movaps xmm7, xmm7
vmovaps oword [bx], xmm7
vmovaps oword [ebp], xmm7
vmovaps oword [bx+si], xmm7
vmovaps oword [bp+di+0x7f], xmm7
vmovaps oword [bx+di-0x80], xmm7
vmovaps [bx], xmm7
vmovaps xmm4, xmm1
vmovaps yword [bx], ymm4
vmovaps yword [bp+0x8], ymm4
vmovaps yword [bp], ymm4
vmovaps yword [0x1234], ymm4
vmovaps yword [bx+0x80], ymm4
vmovaps [bx], ymm4
vmovaps ymm1, ymm0
movapd oword [bx], xmm4
movapd oword [bx+0x80], xmm4
movapd oword [si-0x2], xmm4
movapd oword [es:bx+si], xmm4
movapd oword [cs:di], xmm4
movapd [bx], xmm4
movapd xmm1, xmm0
vmovapd oword [bx], xmm1
vmovapd oword [bx+0x7f], xmm1
vmovapd oword [eax], xmm1
vmovapd oword [ebx+ecx*4+0x10], xmm1
vmovapd oword [esp+0x8], xmm1
vmovapd [bx], xmm1
vmovapd xmm0, xmm7
vmovapd yword [bx], ymm0
vmovapd yword [esp], ymm0
vmovapd yword [ebp], ymm0
vmovapd yword [bx+si], ymm0
vmovapd yword [bp+di+0x7f], ymm0
vmovapd [bx], ymm0
vmovapd ymm7, ymm4
cvtpi2ps xmm7, mm0
cvtpi2ps xmm0, mm0
cvtpi2ps xmm1, mm0
cvtpi2ps xmm7, mm1
cvtpi2ps xmm7, qword [bx]
cvtpi2ps xmm7, qword [bp+di+0x7f]
cvtpi2ps xmm7, qword [bx+di-0x80]
cvtpi2ps xmm7, qword [bp+si+0x1234]
cvtpi2ps xmm7, qword [si]
cvtpi2ps xmm7, [bx]
cvtpi2pd xmm4, mm7
cvtpi2pd xmm7, mm7
cvtpi2pd xmm0, mm7
cvtpi2pd xmm4, mm0
cvtpi2pd xmm4, qword [bx]
cvtpi2pd xmm4, qword [0x1234]
cvtpi2pd xmm4, qword [bx+0x80]
cvtpi2pd xmm4, qword [si-0x2]
cvtpi2pd xmm4, qword [es:bx+si]
cvtpi2pd xmm4, [bx]
cvtsi2ss xmm1, edx
cvtsi2ss xmm4, edx
cvtsi2ss xmm7, edx
cvtsi2ss xmm1, ebx
cvtsi2ss xmm1, dword [bx]
cvtsi2ss xmm1, dword [gs:bx+0x12]
cvtsi2ss xmm1, dword [bx+0x7f]
cvtsi2ss xmm1, dword [eax]
cvtsi2ss xmm1, dword [ebx+ecx*4+0x10]
cvtsi2ss xmm1, [bx]
vcvtsi2ss xmm7, xmm0, ecx
vcvtsi2ss xmm0, xmm0, ecx
vcvtsi2ss xmm1, xmm0, ecx
vcvtsi2ss xmm7, xmm1, ecx
vcvtsi2ss xmm7, xmm4, ecx
vcvtsi2ss xmm7, xmm0, edx
vcvtsi2ss xmm7, xmm0, dword [bx]
vcvtsi2ss xmm7, xmm0, dword [si]
vcvtsi2ss xmm7, xmm0, dword [di+0x10]
vcvtsi2ss xmm7, xmm0, dword [bp+0x8]
vcvtsi2ss xmm7, xmm0, dword [bp]
vcvtsi2ss xmm7, xmm0, [bx]
cvtsi2sd xmm7, esp
cvtsi2sd xmm0, esp
cvtsi2sd xmm1, esp
cvtsi2sd xmm7, ebp
cvtsi2sd xmm7, dword [bx]
cvtsi2sd xmm7, dword [bp]
cvtsi2sd xmm7, dword [0x1234]
cvtsi2sd xmm7, dword [bx+0x80]
cvtsi2sd xmm7, dword [si-0x2]
cvtsi2sd xmm7, [bx]
vcvtsi2sd xmm1, xmm4, ebx
vcvtsi2sd xmm4, xmm4, ebx
vcvtsi2sd xmm7, xmm4, ebx
vcvtsi2sd xmm1, xmm7, ebx
vcvtsi2sd xmm1, xmm0, ebx
vcvtsi2sd xmm1, xmm4, esp
vcvtsi2sd xmm1, xmm4, dword [bx]
vcvtsi2sd xmm1, xmm4, dword [edi*8+0x1000]
vcvtsi2sd xmm1, xmm4, dword [ds:esi+ebx*2]
vcvtsi2sd xmm1, xmm4, dword [esp]
vcvtsi2sd xmm1, xmm4, dword [ebp]
vcvtsi2sd xmm1, xmm4, [bx]
movntps oword [bx], xmm4
movntps oword [ebp], xmm4
movntps oword [bx+si], xmm4
movntps oword [bp+di+0x7f], xmm4
movntps oword [bx+di-0x80], xmm4
movntps [bx], xmm4
movntps oword [bx], xmm7
movntps oword [bx], xmm0
vmovntps oword [bx], xmm1
vmovntps oword [bp+0x8], xmm1
vmovntps oword [bp], xmm1
vmovntps oword [0x1234], xmm1
vmovntps oword [bx+0x80], xmm1
vmovntps [bx], xmm1
vmovntps oword [bx], xmm4
vmovntps oword [bx], xmm7
vmovntps yword [bx], ymm0
vmovntps yword [ss:bp+0x4], ymm0
vmovntps yword [fs:0x20], ymm0
vmovntps yword [gs:bx+0x12], ymm0
vmovntps yword [bx+0x7f], ymm0
vmovntps [bx], ymm0
vmovntps yword [bx], ymm1
vmovntps yword [bx], ymm4
movntpd oword [bx], xmm0
movntpd oword [bx+0x7f], xmm0
movntpd oword [eax], xmm0
movntpd oword [ebx+ecx*4+0x10], xmm0
movntpd oword [esp+0x8], xmm0
movntpd [bx], xmm0
movntpd oword [bx], xmm1
movntpd oword [bx], xmm4
vmovntpd oword [bx], xmm7
vmovntpd oword [esp], xmm7
vmovntpd oword [ebp], xmm7
vmovntpd oword [bx+si], xmm7
vmovntpd oword [bp+di+0x7f], xmm7
vmovntpd [bx], xmm7
vmovntpd oword [bx], xmm0
vmovntpd oword [bx], xmm1
vmovntpd yword [bx], ymm4
vmovntpd yword [di+0x10], ymm4
vmovntpd yword [bp+0x8], ymm4
vmovntpd yword [bp], ymm4
vmovntpd yword [0x1234], ymm4
vmovntpd [bx], ymm4
vmovntpd yword [bx], ymm7
vmovntpd yword [bx], ymm0
movntss dword [bx], xmm4
movntss dword [0x1234], xmm4
movntss dword [bx+0x80], xmm4
movntss dword [si-0x2], xmm4
movntss dword [es:bx+si], xmm4
movntss [bx], xmm4
movntss dword [bx], xmm7
movntss dword [bx], xmm0
movntsd qword [bx], xmm1
movntsd qword [gs:bx+0x12], xmm1
movntsd qword [bx+0x7f], xmm1
movntsd qword [eax], xmm1
movntsd qword [ebx+ecx*4+0x10], xmm1
movntsd [bx], xmm1
movntsd qword [bx], xmm4
movntsd qword [bx], xmm7
cvttps2pi mm7, xmm0
cvttps2pi mm0, xmm0
cvttps2pi mm1, xmm0
cvttps2pi mm7, xmm1
cvttps2pi mm7, qword [bx]
cvttps2pi mm7, qword [ds:esi+ebx*2]
cvttps2pi mm7, qword [esp]
cvttps2pi mm7, qword [ebp]
cvttps2pi mm7, qword [bx+si]
cvttps2pi mm7, [bx]
cvttpd2pi mm5, xmm7
cvttpd2pi mm7, xmm7
cvttpd2pi mm0, xmm7
cvttpd2pi mm5, xmm0
cvttpd2pi mm5, oword [bx]
cvttpd2pi mm5, oword [si]
cvttpd2pi mm5, oword [di+0x10]
cvttpd2pi mm5, oword [bp+0x8]
cvttpd2pi mm5, oword [bp]
cvttpd2pi mm5, [bx]
cvttss2si ebp, xmm4
cvttss2si esi, xmm4
cvttss2si edi, xmm4
cvttss2si ebp, xmm7
cvttss2si ebp, dword [bx]
cvttss2si ebp, dword [es:bx+si]
cvttss2si ebp, dword [cs:di]
cvttss2si ebp, dword [ss:bp+0x4]
cvttss2si ebp, dword [fs:0x20]
cvttss2si ebp, [bx]
vcvttss2si ebx, xmm0
vcvttss2si esp, xmm0
vcvttss2si ebp, xmm0
vcvttss2si ebx, xmm1
vcvttss2si ebx, dword [bx]
vcvttss2si ebx, dword [bx+si]
vcvttss2si ebx, dword [bp+di+0x7f]
vcvttss2si ebx, dword [bx+di-0x80]
vcvttss2si ebx, dword [bp+si+0x1234]
vcvttss2si ebx, [bx]
cvttsd2si edi, xmm0
cvttsd2si eax, xmm0
cvttsd2si ecx, xmm0
cvttsd2si edi, xmm1
cvttsd2si edi, qword [bx]
cvttsd2si edi, qword [bp+si+0x1234]
cvttsd2si edi, qword [si]
cvttsd2si edi, qword [di+0x10]
cvttsd2si edi, qword [bp+0x8]
cvttsd2si edi, [bx]
vcvttsd2si ebp, xmm4
vcvttsd2si esi, xmm4
vcvttsd2si edi, xmm4
vcvttsd2si ebp, xmm7
vcvttsd2si ebp, qword [bx]
vcvttsd2si ebp, qword [eax]
vcvttsd2si ebp, qword [ebx+ecx*4+0x10]
vcvttsd2si ebp, qword [esp+0x8]
vcvttsd2si ebp, qword [ebp-0x81]
vcvttsd2si ebp, [bx]
cvtps2pi mm1, xmm4
cvtps2pi mm5, xmm4
cvtps2pi mm7, xmm4
cvtps2pi mm1, xmm7
cvtps2pi mm1, qword [bx]
cvtps2pi mm1, qword [ebp-0x81]
cvtps2pi mm1, qword [edi*8+0x1000]
cvtps2pi mm1, qword [ds:esi+ebx*2]
cvtps2pi mm1, qword [esp]
cvtps2pi mm1, [bx]
cvtpd2pi mm0, xmm1
cvtpd2pi mm1, xmm1
cvtpd2pi mm5, xmm1
cvtpd2pi mm0, xmm4
cvtpd2pi mm0, oword [bx]
cvtpd2pi mm0, oword [bx+di-0x80]
cvtpd2pi mm0, oword [bp+si+0x1234]
cvtpd2pi mm0, oword [si]
cvtpd2pi mm0, oword [di+0x10]
cvtpd2pi mm0, [bx]
cvtss2si edi, xmm0
cvtss2si eax, xmm0
cvtss2si ecx, xmm0
cvtss2si edi, xmm1
cvtss2si edi, dword [bx]
cvtss2si edi, dword [bx+0x80]
cvtss2si edi, dword [si-0x2]
cvtss2si edi, dword [es:bx+si]
cvtss2si edi, dword [cs:di]
cvtss2si edi, [bx]
vcvtss2si ebp, xmm4
vcvtss2si esi, xmm4
vcvtss2si edi, xmm4
vcvtss2si ebp, xmm7
vcvtss2si ebp, dword [bx]
vcvtss2si ebp, dword [esp]
vcvtss2si ebp, dword [ebp]
vcvtss2si ebp, dword [bx+si]
vcvtss2si ebp, dword [bp+di+0x7f]
vcvtss2si ebp, [bx]
cvtsd2si ecx, xmm4
cvtsd2si edx, xmm4
cvtsd2si ebx, xmm4
cvtsd2si ecx, xmm7
cvtsd2si ecx, qword [bx]
cvtsd2si ecx, qword [bp+di+0x7f]
cvtsd2si ecx, qword [bx+di-0x80]
cvtsd2si ecx, qword [bp+si+0x1234]
cvtsd2si ecx, qword [si]
cvtsd2si ecx, [bx]
vcvtsd2si edi, xmm0
vcvtsd2si eax, xmm0
vcvtsd2si ecx, xmm0
vcvtsd2si edi, xmm1
vcvtsd2si edi, qword [bx]
vcvtsd2si edi, qword [gs:bx+0x12]
vcvtsd2si edi, qword [bx+0x7f]
vcvtsd2si edi, qword [eax]
vcvtsd2si edi, qword [ebx+ecx*4+0x10]
vcvtsd2si edi, [bx]
ucomiss xmm7, xmm0
ucomiss xmm0, xmm0
ucomiss xmm1, xmm0
ucomiss xmm7, xmm1
ucomiss xmm7, dword [bx]
ucomiss xmm7, dword [ebx+ecx*4+0x10]
ucomiss xmm7, dword [esp+0x8]
ucomiss xmm7, dword [ebp-0x81]
ucomiss xmm7, dword [edi*8+0x1000]
ucomiss xmm7, [bx]
vucomiss xmm4, xmm7
vucomiss xmm7, xmm7
vucomiss xmm0, xmm7
vucomiss xmm4, xmm0
vucomiss xmm4, dword [bx]
vucomiss xmm4, dword [bx+si]
vucomiss xmm4, dword [bp+di+0x7f]
vucomiss xmm4, dword [bx+di-0x80]
vucomiss xmm4, dword [bp+si+0x1234]
vucomiss xmm4, [bx]
ucomisd xmm0, xmm1
ucomisd xmm1, xmm1
ucomisd xmm4, xmm1
ucomisd xmm0, xmm4
ucomisd xmm0, qword [bx]
ucomisd xmm0, qword [fs:0x20]
ucomisd xmm0, qword [gs:bx+0x12]
ucomisd xmm0, qword [bx+0x7f]
ucomisd xmm0, qword [eax]
ucomisd xmm0, [bx]
vucomisd xmm7, xmm0
vucomisd xmm0, xmm0
vucomisd xmm1, xmm0
vucomisd xmm7, xmm1
vucomisd xmm7, qword [bx]
vucomisd xmm7, qword [edi*8+0x1000]
vucomisd xmm7, qword [ds:esi+ebx*2]
vucomisd xmm7, qword [esp]
vucomisd xmm7, qword [ebp]
vucomisd xmm7, [bx]
comiss xmm1, xmm4
comiss xmm4, xmm4
comiss xmm7, xmm4
comiss xmm1, xmm7
comiss xmm1, dword [bx]
comiss xmm1, dword [si-0x2]
comiss xmm1, dword [es:bx+si]
comiss xmm1, dword [cs:di]
comiss xmm1, dword [ss:bp+0x4]
comiss xmm1, [bx]
comisd xmm0, xmm1
comisd xmm1, xmm1
comisd xmm4, xmm1
comisd xmm0, xmm4
comisd xmm0, qword [bx]
comisd xmm0, qword [eax]
comisd xmm0, qword [ebx+ecx*4+0x10]
comisd xmm0, qword [esp+0x8]
comisd xmm0, qword [ebp-0x81]
comisd xmm0, [bx]
vcomiss xmm7, xmm0
vcomiss xmm0, xmm0
vcomiss xmm1, xmm0
vcomiss xmm7, xmm1
vcomiss xmm7, dword [bx]
vcomiss xmm7, dword [ebp]
vcomiss xmm7, dword [bx+si]
vcomiss xmm7, dword [bp+di+0x7f]
vcomiss xmm7, dword [bx+di-0x80]
vcomiss xmm7, [bx]
vcomisd xmm4, xmm7
vcomisd xmm7, xmm7
vcomisd xmm0, xmm7
vcomisd xmm4, xmm0
vcomisd xmm4, qword [bx]
vcomisd xmm4, qword [bp+0x8]
vcomisd xmm4, qword [bp]
vcomisd xmm4, qword [0x1234]
vcomisd xmm4, qword [bx+0x80]
vcomisd xmm4, [bx]
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
cmovo di, word [bx]
cmovo di, word [0x1234]
cmovo di, word [bx+0x80]
cmovo di, word [si-0x2]
cmovo di, word [es:bx+si]
cmovo di, [bx]
cmovo esi, edi
cmovo edi, edi
cmovo eax, edi
cmovo esi, eax
cmovo esi, dword [bx]
cmovo esi, dword [gs:bx+0x12]
cmovo esi, dword [bx+0x7f]
cmovo esi, dword [eax]
cmovo esi, dword [ebx+ecx*4+0x10]
cmovo esi, [bx]
o32 cmovo esi, edi
cmovno sp, bp
cmovno bp, bp
cmovno si, bp
cmovno sp, si
cmovno sp, word [bx]
cmovno sp, word [si]
cmovno sp, word [di+0x10]
cmovno sp, word [bp+0x8]
cmovno sp, word [bp]
cmovno sp, [bx]
cmovno ebx, esp
cmovno esp, esp
cmovno ebp, esp
cmovno ebx, ebp
cmovno ebx, dword [bx]
cmovno ebx, dword [es:bx+si]
cmovno ebx, dword [cs:di]
cmovno ebx, dword [ss:bp+0x4]
cmovno ebx, dword [fs:0x20]
cmovno ebx, [bx]
o32 cmovno ebx, esp
cmovb cx, dx
cmovb dx, dx
cmovb bx, dx
cmovb cx, bx
cmovb cx, word [bx]
cmovb cx, word [bx+si]
cmovb cx, word [bp+di+0x7f]
cmovb cx, word [bx+di-0x80]
cmovb cx, word [bp+si+0x1234]
cmovb cx, [bx]
cmovc cx, dx
cmovnae cx, dx
cmovb eax, ecx
cmovb ecx, ecx
cmovb edx, ecx
cmovb eax, edx
cmovb eax, dword [bx]
cmovb eax, dword [bp]
cmovb eax, dword [0x1234]
cmovb eax, dword [bx+0x80]
cmovb eax, dword [si-0x2]
cmovb eax, [bx]
cmovc eax, ecx
cmovnae eax, ecx
o32 cmovb eax, ecx
cmovae si, di
cmovae di, di
cmovae ax, di
cmovae si, ax
cmovae si, word [bx]
cmovae si, word [edi*8+0x1000]
cmovae si, word [ds:esi+ebx*2]
cmovae si, word [esp]
cmovae si, word [ebp]
cmovae si, [bx]
cmovnb si, di
cmovnc si, di
cmovae ebp, esi
cmovae esi, esi
cmovae edi, esi
cmovae ebp, edi
cmovae ebp, dword [bx]
cmovae ebp, dword [bp+si+0x1234]
cmovae ebp, dword [si]
cmovae ebp, dword [di+0x10]
cmovae ebp, dword [bp+0x8]
cmovae ebp, [bx]
cmovnb ebp, esi
cmovnc ebp, esi
o32 cmovae ebp, esi
cmove bx, sp
cmove sp, sp
cmove bp, sp
cmove bx, bp
cmove bx, word [bx]
cmove bx, word [eax]
cmove bx, word [ebx+ecx*4+0x10]
cmove bx, word [esp+0x8]
cmove bx, word [ebp-0x81]
cmove bx, [bx]
cmovz bx, sp
cmove edx, ebx
cmove ebx, ebx
cmove esp, ebx
cmove edx, esp
cmove edx, dword [bx]
cmove edx, dword [ebp]
cmove edx, dword [bx+si]
cmove edx, dword [bp+di+0x7f]
cmove edx, dword [bx+di-0x80]
cmove edx, [bx]
cmovz edx, ebx
o32 cmove edx, ebx
cmovne ax, cx
cmovne cx, cx
cmovne dx, cx
cmovne ax, dx
cmovne ax, word [bx]
cmovne ax, word [ss:bp+0x4]
cmovne ax, word [fs:0x20]
cmovne ax, word [gs:bx+0x12]
cmovne ax, word [bx+0x7f]
cmovne ax, [bx]
cmovnz ax, cx
cmovne edi, eax
cmovne eax, eax
cmovne ecx, eax
cmovne edi, ecx
cmovne edi, dword [bx]
cmovne edi, dword [ebp-0x81]
cmovne edi, dword [edi*8+0x1000]
cmovne edi, dword [ds:esi+ebx*2]
cmovne edi, dword [esp]
cmovne edi, [bx]
cmovnz edi, eax
o32 cmovne edi, eax
cmovbe bp, si
cmovbe si, si
cmovbe di, si
cmovbe bp, di
cmovbe bp, word [bx]
cmovbe bp, word [bx+0x80]
cmovbe bp, word [si-0x2]
cmovbe bp, word [es:bx+si]
cmovbe bp, word [cs:di]
cmovbe bp, [bx]
cmovna bp, si
cmovbe esp, ebp
cmovbe ebp, ebp
cmovbe esi, ebp
cmovbe esp, esi
cmovbe esp, dword [bx]
cmovbe esp, dword [bx+0x7f]
cmovbe esp, dword [eax]
cmovbe esp, dword [ebx+ecx*4+0x10]
cmovbe esp, dword [esp+0x8]
cmovbe esp, [bx]
cmovna esp, ebp
o32 cmovbe esp, ebp
cmova dx, bx
cmova bx, bx
cmova sp, bx
cmova dx, sp
cmova dx, word [bx]
cmova dx, word [di+0x10]
cmova dx, word [bp+0x8]
cmova dx, word [bp]
cmova dx, word [0x1234]
cmova dx, [bx]
cmovnbe dx, bx
cmova ecx, edx
cmova edx, edx
cmova ebx, edx
cmova ecx, ebx
cmova ecx, dword [bx]
cmova ecx, dword [cs:di]
cmova ecx, dword [ss:bp+0x4]
cmova ecx, dword [fs:0x20]
cmova ecx, dword [gs:bx+0x12]
cmova ecx, [bx]
cmovnbe ecx, edx
o32 cmova ecx, edx
cmovs di, ax
cmovs ax, ax
cmovs cx, ax
cmovs di, cx
cmovs di, word [bx]
cmovs di, word [bp+di+0x7f]
cmovs di, word [bx+di-0x80]
cmovs di, word [bp+si+0x1234]
cmovs di, word [si]
cmovs di, [bx]
cmovs esi, edi
cmovs edi, edi
cmovs eax, edi
cmovs esi, eax
cmovs esi, dword [bx]
cmovs esi, dword [0x1234]
cmovs esi, dword [bx+0x80]
cmovs esi, dword [si-0x2]
cmovs esi, dword [es:bx+si]
cmovs esi, [bx]
o32 cmovs esi, edi
cmovns sp, bp
cmovns bp, bp
cmovns si, bp
cmovns sp, si
cmovns sp, word [bx]
cmovns sp, word [ds:esi+ebx*2]
cmovns sp, word [esp]
cmovns sp, word [ebp]
cmovns sp, word [bx+si]
cmovns sp, [bx]
cmovns ebx, esp
cmovns esp, esp
cmovns ebp, esp
cmovns ebx, ebp
cmovns ebx, dword [bx]
cmovns ebx, dword [si]
cmovns ebx, dword [di+0x10]
cmovns ebx, dword [bp+0x8]
cmovns ebx, dword [bp]
cmovns ebx, [bx]
o32 cmovns ebx, esp
cmovp cx, dx
cmovp dx, dx
cmovp bx, dx
cmovp cx, bx
cmovp cx, word [bx]
cmovp cx, word [ebx+ecx*4+0x10]
cmovp cx, word [esp+0x8]
cmovp cx, word [ebp-0x81]
cmovp cx, word [edi*8+0x1000]
cmovp cx, [bx]
cmovpe cx, dx
cmovp eax, ecx
cmovp ecx, ecx
cmovp edx, ecx
cmovp eax, edx
cmovp eax, dword [bx]
cmovp eax, dword [bx+si]
cmovp eax, dword [bp+di+0x7f]
cmovp eax, dword [bx+di-0x80]
cmovp eax, dword [bp+si+0x1234]
cmovp eax, [bx]
cmovpe eax, ecx
o32 cmovp eax, ecx
cmovnp si, di
cmovnp di, di
cmovnp ax, di
cmovnp si, ax
cmovnp si, word [bx]
cmovnp si, word [fs:0x20]
cmovnp si, word [gs:bx+0x12]
cmovnp si, word [bx+0x7f]
cmovnp si, word [eax]
cmovnp si, [bx]
cmovpo si, di
cmovnp ebp, esi
cmovnp esi, esi
cmovnp edi, esi
cmovnp ebp, edi
cmovnp ebp, dword [bx]
cmovnp ebp, dword [edi*8+0x1000]
cmovnp ebp, dword [ds:esi+ebx*2]
cmovnp ebp, dword [esp]
cmovnp ebp, dword [ebp]
cmovnp ebp, [bx]
cmovpo ebp, esi
o32 cmovnp ebp, esi
cmovl bx, sp
cmovl sp, sp
cmovl bp, sp
cmovl bx, bp
cmovl bx, word [bx]
cmovl bx, word [si-0x2]
cmovl bx, word [es:bx+si]
cmovl bx, word [cs:di]
cmovl bx, word [ss:bp+0x4]
cmovl bx, [bx]
cmovnge bx, sp
cmovl edx, ebx
cmovl ebx, ebx
cmovl esp, ebx
cmovl edx, esp
cmovl edx, dword [bx]
cmovl edx, dword [eax]
cmovl edx, dword [ebx+ecx*4+0x10]
cmovl edx, dword [esp+0x8]
cmovl edx, dword [ebp-0x81]
cmovl edx, [bx]
cmovnge edx, ebx
o32 cmovl edx, ebx
cmovge ax, cx
cmovge cx, cx
cmovge dx, cx
cmovge ax, dx
cmovge ax, word [bx]
cmovge ax, word [bp+0x8]
cmovge ax, word [bp]
cmovge ax, word [0x1234]
cmovge ax, word [bx+0x80]
cmovge ax, [bx]
cmovnl ax, cx
cmovge edi, eax
cmovge eax, eax
cmovge ecx, eax
cmovge edi, ecx
cmovge edi, dword [bx]
cmovge edi, dword [ss:bp+0x4]
cmovge edi, dword [fs:0x20]
cmovge edi, dword [gs:bx+0x12]
cmovge edi, dword [bx+0x7f]
cmovge edi, [bx]
cmovnl edi, eax
o32 cmovge edi, eax
cmovle bp, si
cmovle si, si
cmovle di, si
cmovle bp, di
cmovle bp, word [bx]
cmovle bp, word [bx+di-0x80]
cmovle bp, word [bp+si+0x1234]
cmovle bp, word [si]
cmovle bp, word [di+0x10]
cmovle bp, [bx]
cmovng bp, si
cmovle esp, ebp
cmovle ebp, ebp
cmovle esi, ebp
cmovle esp, esi
cmovle esp, dword [bx]
cmovle esp, dword [bx+0x80]
cmovle esp, dword [si-0x2]
cmovle esp, dword [es:bx+si]
cmovle esp, dword [cs:di]
cmovle esp, [bx]
cmovng esp, ebp
o32 cmovle esp, ebp
cmovg dx, bx
cmovg bx, bx
cmovg sp, bx
cmovg dx, sp
cmovg dx, word [bx]
cmovg dx, word [esp]
cmovg dx, word [ebp]
cmovg dx, word [bx+si]
cmovg dx, word [bp+di+0x7f]
cmovg dx, [bx]
cmovnle dx, bx
cmovg ecx, edx
cmovg edx, edx
cmovg ebx, edx
cmovg ecx, ebx
cmovg ecx, dword [bx]
cmovg ecx, dword [di+0x10]
cmovg ecx, dword [bp+0x8]
cmovg ecx, dword [bp]
cmovg ecx, dword [0x1234]
cmovg ecx, [bx]
cmovnle ecx, edx
o32 cmovg ecx, edx
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
sqrtps xmm0, oword [bx]
sqrtps xmm0, oword [ebp-0x81]
sqrtps xmm0, oword [edi*8+0x1000]
sqrtps xmm0, oword [ds:esi+ebx*2]
sqrtps xmm0, oword [esp]
sqrtps xmm0, [bx]
vsqrtps xmm7, xmm0
vsqrtps xmm0, xmm0
vsqrtps xmm1, xmm0
vsqrtps xmm7, xmm1
vsqrtps xmm7, oword [bx]
vsqrtps xmm7, oword [bx+di-0x80]
vsqrtps xmm7, oword [bp+si+0x1234]
vsqrtps xmm7, oword [si]
vsqrtps xmm7, oword [di+0x10]
vsqrtps xmm7, [bx]
vsqrtps ymm4, ymm7
vsqrtps ymm7, ymm7
vsqrtps ymm0, ymm7
vsqrtps ymm4, ymm0
vsqrtps ymm4, yword [bx]
vsqrtps ymm4, yword [bx+0x80]
vsqrtps ymm4, yword [si-0x2]
vsqrtps ymm4, yword [es:bx+si]
vsqrtps ymm4, yword [cs:di]
vsqrtps ymm4, [bx]
sqrtpd xmm4, xmm7
sqrtpd xmm7, xmm7
sqrtpd xmm0, xmm7
sqrtpd xmm4, xmm0
sqrtpd xmm4, oword [bx]
sqrtpd xmm4, oword [cs:di]
sqrtpd xmm4, oword [ss:bp+0x4]
sqrtpd xmm4, oword [fs:0x20]
sqrtpd xmm4, oword [gs:bx+0x12]
sqrtpd xmm4, [bx]
vsqrtpd xmm1, xmm4
vsqrtpd xmm4, xmm4
vsqrtpd xmm7, xmm4
vsqrtpd xmm1, xmm7
vsqrtpd xmm1, oword [bx]
vsqrtpd xmm1, oword [esp+0x8]
vsqrtpd xmm1, oword [ebp-0x81]
vsqrtpd xmm1, oword [edi*8+0x1000]
vsqrtpd xmm1, oword [ds:esi+ebx*2]
vsqrtpd xmm1, [bx]
vsqrtpd ymm0, ymm1
vsqrtpd ymm1, ymm1
vsqrtpd ymm4, ymm1
vsqrtpd ymm0, ymm4
vsqrtpd ymm0, yword [bx]
vsqrtpd ymm0, yword [bp+di+0x7f]
vsqrtpd ymm0, yword [bx+di-0x80]
vsqrtpd ymm0, yword [bp+si+0x1234]
vsqrtpd ymm0, yword [si]
vsqrtpd ymm0, [bx]
sqrtss xmm0, xmm1
sqrtss xmm1, xmm1
sqrtss xmm4, xmm1
sqrtss xmm0, xmm4
sqrtss xmm0, dword [bx]
sqrtss xmm0, dword [si]
sqrtss xmm0, dword [di+0x10]
sqrtss xmm0, dword [bp+0x8]
sqrtss xmm0, dword [bp]
sqrtss xmm0, [bx]
vsqrtss xmm7, xmm0, xmm1
vsqrtss xmm0, xmm0, xmm1
vsqrtss xmm1, xmm0, xmm1
vsqrtss xmm7, xmm1, xmm1
vsqrtss xmm7, xmm4, xmm1
vsqrtss xmm7, xmm0, xmm4
vsqrtss xmm7, xmm0, dword [bx]
vsqrtss xmm7, xmm0, dword [es:bx+si]
vsqrtss xmm7, xmm0, dword [cs:di]
vsqrtss xmm7, xmm0, dword [ss:bp+0x4]
vsqrtss xmm7, xmm0, dword [fs:0x20]
vsqrtss xmm7, xmm0, [bx]
sqrtsd xmm1, xmm4
sqrtsd xmm4, xmm4
sqrtsd xmm7, xmm4
sqrtsd xmm1, xmm7
sqrtsd xmm1, qword [bx]
sqrtsd xmm1, qword [bx+si]
sqrtsd xmm1, qword [bp+di+0x7f]
sqrtsd xmm1, qword [bx+di-0x80]
sqrtsd xmm1, qword [bp+si+0x1234]
sqrtsd xmm1, [bx]
vsqrtsd xmm0, xmm1, xmm4
vsqrtsd xmm1, xmm1, xmm4
vsqrtsd xmm4, xmm1, xmm4
vsqrtsd xmm0, xmm4, xmm4
vsqrtsd xmm0, xmm7, xmm4
vsqrtsd xmm0, xmm1, xmm7
vsqrtsd xmm0, xmm1, qword [bx]
vsqrtsd xmm0, xmm1, qword [bp]
vsqrtsd xmm0, xmm1, qword [0x1234]
vsqrtsd xmm0, xmm1, qword [bx+0x80]
vsqrtsd xmm0, xmm1, qword [si-0x2]
vsqrtsd xmm0, xmm1, [bx]
rsqrtps xmm4, xmm7
rsqrtps xmm7, xmm7
rsqrtps xmm0, xmm7
rsqrtps xmm4, xmm0
rsqrtps xmm4, oword [bx]
rsqrtps xmm4, oword [edi*8+0x1000]
rsqrtps xmm4, oword [ds:esi+ebx*2]
rsqrtps xmm4, oword [esp]
rsqrtps xmm4, oword [ebp]
rsqrtps xmm4, [bx]
vrsqrtps xmm1, xmm4
vrsqrtps xmm4, xmm4
vrsqrtps xmm7, xmm4
vrsqrtps xmm1, xmm7
vrsqrtps xmm1, oword [bx]
vrsqrtps xmm1, oword [bp+si+0x1234]
vrsqrtps xmm1, oword [si]
vrsqrtps xmm1, oword [di+0x10]
vrsqrtps xmm1, oword [bp+0x8]
vrsqrtps xmm1, [bx]
vrsqrtps ymm0, ymm1
vrsqrtps ymm1, ymm1
vrsqrtps ymm4, ymm1
vrsqrtps ymm0, ymm4
vrsqrtps ymm0, yword [bx]
vrsqrtps ymm0, yword [si-0x2]
vrsqrtps ymm0, yword [es:bx+si]
vrsqrtps ymm0, yword [cs:di]
vrsqrtps ymm0, yword [ss:bp+0x4]
vrsqrtps ymm0, [bx]
rsqrtss xmm7, xmm0
rsqrtss xmm0, xmm0
rsqrtss xmm1, xmm0
rsqrtss xmm7, xmm1
rsqrtss xmm7, dword [bx]
rsqrtss xmm7, dword [eax]
rsqrtss xmm7, dword [ebx+ecx*4+0x10]
rsqrtss xmm7, dword [esp+0x8]
rsqrtss xmm7, dword [ebp-0x81]
rsqrtss xmm7, [bx]
vrsqrtss xmm4, xmm7, xmm0
vrsqrtss xmm7, xmm7, xmm0
vrsqrtss xmm0, xmm7, xmm0
vrsqrtss xmm4, xmm0, xmm0
vrsqrtss xmm4, xmm1, xmm0
vrsqrtss xmm4, xmm7, xmm1
vrsqrtss xmm4, xmm7, dword [bx]
vrsqrtss xmm4, xmm7, dword [ebp]
vrsqrtss xmm4, xmm7, dword [bx+si]
vrsqrtss xmm4, xmm7, dword [bp+di+0x7f]
vrsqrtss xmm4, xmm7, dword [bx+di-0x80]
vrsqrtss xmm4, xmm7, [bx]
rcpps xmm1, xmm4
rcpps xmm4, xmm4
rcpps xmm7, xmm4
rcpps xmm1, xmm7
rcpps xmm1, oword [bx]
rcpps xmm1, oword [bp+0x8]
rcpps xmm1, oword [bp]
rcpps xmm1, oword [0x1234]
rcpps xmm1, oword [bx+0x80]
rcpps xmm1, [bx]
vrcpps xmm0, xmm1
vrcpps xmm1, xmm1
vrcpps xmm4, xmm1
vrcpps xmm0, xmm4
vrcpps xmm0, oword [bx]
vrcpps xmm0, oword [ss:bp+0x4]
vrcpps xmm0, oword [fs:0x20]
vrcpps xmm0, oword [gs:bx+0x12]
vrcpps xmm0, oword [bx+0x7f]
vrcpps xmm0, [bx]
vrcpps ymm7, ymm0
vrcpps ymm0, ymm0
vrcpps ymm1, ymm0
vrcpps ymm7, ymm1
vrcpps ymm7, yword [bx]
vrcpps ymm7, yword [ebp-0x81]
vrcpps ymm7, yword [edi*8+0x1000]
vrcpps ymm7, yword [ds:esi+ebx*2]
vrcpps ymm7, yword [esp]
vrcpps ymm7, [bx]
rcpss xmm4, xmm7
rcpss xmm7, xmm7
rcpss xmm0, xmm7
rcpss xmm4, xmm0
rcpss xmm4, dword [bx]
rcpss xmm4, dword [bx+di-0x80]
rcpss xmm4, dword [bp+si+0x1234]
rcpss xmm4, dword [si]
rcpss xmm4, dword [di+0x10]
rcpss xmm4, [bx]
vrcpss xmm1, xmm4, xmm7
vrcpss xmm4, xmm4, xmm7
vrcpss xmm7, xmm4, xmm7
vrcpss xmm1, xmm7, xmm7
vrcpss xmm1, xmm0, xmm7
vrcpss xmm1, xmm4, xmm0
vrcpss xmm1, xmm4, dword [bx]
vrcpss xmm1, xmm4, dword [bx+0x80]
vrcpss xmm1, xmm4, dword [si-0x2]
vrcpss xmm1, xmm4, dword [es:bx+si]
vrcpss xmm1, xmm4, dword [cs:di]
vrcpss xmm1, xmm4, [bx]
andps xmm0, xmm1
andps xmm1, xmm1
andps xmm4, xmm1
andps xmm0, xmm4
andps xmm0, oword [bx]
andps xmm0, oword [bx+0x7f]
andps xmm0, oword [eax]
andps xmm0, oword [ebx+ecx*4+0x10]
andps xmm0, oword [esp+0x8]
andps xmm0, [bx]
vandps xmm7, xmm0, xmm1
vandps xmm0, xmm0, xmm1
vandps xmm1, xmm0, xmm1
vandps xmm7, xmm1, xmm1
vandps xmm7, xmm4, xmm1
vandps xmm7, xmm0, xmm4
vandps xmm7, xmm0, oword [bx]
vandps xmm7, xmm0, oword [esp]
vandps xmm7, xmm0, oword [ebp]
vandps xmm7, xmm0, oword [bx+si]
vandps xmm7, xmm0, oword [bp+di+0x7f]
vandps xmm7, xmm0, [bx]
vandps ymm4, ymm7, ymm0
vandps ymm7, ymm7, ymm0
vandps ymm0, ymm7, ymm0
vandps ymm4, ymm0, ymm0
vandps ymm4, ymm1, ymm0
vandps ymm4, ymm7, ymm1
vandps ymm4, ymm7, yword [bx]
vandps ymm4, ymm7, yword [di+0x10]
vandps ymm4, ymm7, yword [bp+0x8]
vandps ymm4, ymm7, yword [bp]
vandps ymm4, ymm7, yword [0x1234]
vandps ymm4, ymm7, [bx]
andpd xmm4, xmm7
andpd xmm7, xmm7
andpd xmm0, xmm7
andpd xmm4, xmm0
andpd xmm4, oword [bx]
andpd xmm4, oword [0x1234]
andpd xmm4, oword [bx+0x80]
andpd xmm4, oword [si-0x2]
andpd xmm4, oword [es:bx+si]
andpd xmm4, [bx]
vandpd xmm1, xmm4, xmm7
vandpd xmm4, xmm4, xmm7
vandpd xmm7, xmm4, xmm7
vandpd xmm1, xmm7, xmm7
vandpd xmm1, xmm0, xmm7
vandpd xmm1, xmm4, xmm0
vandpd xmm1, xmm4, oword [bx]
vandpd xmm1, xmm4, oword [gs:bx+0x12]
vandpd xmm1, xmm4, oword [bx+0x7f]
vandpd xmm1, xmm4, oword [eax]
vandpd xmm1, xmm4, oword [ebx+ecx*4+0x10]
vandpd xmm1, xmm4, [bx]
vandpd ymm0, ymm1, ymm4
vandpd ymm1, ymm1, ymm4
vandpd ymm4, ymm1, ymm4
vandpd ymm0, ymm4, ymm4
vandpd ymm0, ymm7, ymm4
vandpd ymm0, ymm1, ymm7
vandpd ymm0, ymm1, yword [bx]
vandpd ymm0, ymm1, yword [ds:esi+ebx*2]
vandpd ymm0, ymm1, yword [esp]
vandpd ymm0, ymm1, yword [ebp]
vandpd ymm0, ymm1, yword [bx+si]
vandpd ymm0, ymm1, [bx]
andnps xmm0, xmm1
andnps xmm1, xmm1
andnps xmm4, xmm1
andnps xmm0, xmm4
andnps xmm0, oword [bx]
andnps xmm0, oword [bx+si]
andnps xmm0, oword [bp+di+0x7f]
andnps xmm0, oword [bx+di-0x80]
andnps xmm0, oword [bp+si+0x1234]
andnps xmm0, [bx]
vandnps xmm7, xmm0, xmm1
vandnps xmm0, xmm0, xmm1
vandnps xmm1, xmm0, xmm1
vandnps xmm7, xmm1, xmm1
vandnps xmm7, xmm4, xmm1
vandnps xmm7, xmm0, xmm4
vandnps xmm7, xmm0, oword [bx]
vandnps xmm7, xmm0, oword [bp]
vandnps xmm7, xmm0, oword [0x1234]
vandnps xmm7, xmm0, oword [bx+0x80]
vandnps xmm7, xmm0, oword [si-0x2]
vandnps xmm7, xmm0, [bx]
vandnps ymm4, ymm7, ymm0
vandnps ymm7, ymm7, ymm0
vandnps ymm0, ymm7, ymm0
vandnps ymm4, ymm0, ymm0
vandnps ymm4, ymm1, ymm0
vandnps ymm4, ymm7, ymm1
vandnps ymm4, ymm7, yword [bx]
vandnps ymm4, ymm7, yword [fs:0x20]
vandnps ymm4, ymm7, yword [gs:bx+0x12]
vandnps ymm4, ymm7, yword [bx+0x7f]
vandnps ymm4, ymm7, yword [eax]
vandnps ymm4, ymm7, [bx]
andnpd xmm4, xmm7
andnpd xmm7, xmm7
andnpd xmm0, xmm7
andnpd xmm4, xmm0
andnpd xmm4, oword [bx]
andnpd xmm4, oword [eax]
andnpd xmm4, oword [ebx+ecx*4+0x10]
andnpd xmm4, oword [esp+0x8]
andnpd xmm4, oword [ebp-0x81]
andnpd xmm4, [bx]
vandnpd xmm1, xmm4, xmm7
vandnpd xmm4, xmm4, xmm7
vandnpd xmm7, xmm4, xmm7
vandnpd xmm1, xmm7, xmm7
vandnpd xmm1, xmm0, xmm7
vandnpd xmm1, xmm4, xmm0
vandnpd xmm1, xmm4, oword [bx]
vandnpd xmm1, xmm4, oword [ebp]
vandnpd xmm1, xmm4, oword [bx+si]
vandnpd xmm1, xmm4, oword [bp+di+0x7f]
vandnpd xmm1, xmm4, oword [bx+di-0x80]
vandnpd xmm1, xmm4, [bx]
vandnpd ymm0, ymm1, ymm4
vandnpd ymm1, ymm1, ymm4
vandnpd ymm4, ymm1, ymm4
vandnpd ymm0, ymm4, ymm4
vandnpd ymm0, ymm7, ymm4
vandnpd ymm0, ymm1, ymm7
vandnpd ymm0, ymm1, yword [bx]
vandnpd ymm0, ymm1, yword [bp+0x8]
vandnpd ymm0, ymm1, yword [bp]
vandnpd ymm0, ymm1, yword [0x1234]
vandnpd ymm0, ymm1, yword [bx+0x80]
vandnpd ymm0, ymm1, [bx]
orps xmm0, xmm1
orps xmm1, xmm1
orps xmm4, xmm1
orps xmm0, xmm4
orps xmm0, oword [bx]
orps xmm0, oword [bx+0x80]
orps xmm0, oword [si-0x2]
orps xmm0, oword [es:bx+si]
orps xmm0, oword [cs:di]
orps xmm0, [bx]
vorps xmm7, xmm0, xmm1
vorps xmm0, xmm0, xmm1
vorps xmm1, xmm0, xmm1
vorps xmm7, xmm1, xmm1
vorps xmm7, xmm4, xmm1
vorps xmm7, xmm0, xmm4
vorps xmm7, xmm0, oword [bx]
vorps xmm7, xmm0, oword [bx+0x7f]
vorps xmm7, xmm0, oword [eax]
vorps xmm7, xmm0, oword [ebx+ecx*4+0x10]
vorps xmm7, xmm0, oword [esp+0x8]
vorps xmm7, xmm0, [bx]
vorps ymm4, ymm7, ymm0
vorps ymm7, ymm7, ymm0
vorps ymm0, ymm7, ymm0
vorps ymm4, ymm0, ymm0
vorps ymm4, ymm1, ymm0
vorps ymm4, ymm7, ymm1
vorps ymm4, ymm7, yword [bx]
vorps ymm4, ymm7, yword [esp]
vorps ymm4, ymm7, yword [ebp]
vorps ymm4, ymm7, yword [bx+si]
vorps ymm4, ymm7, yword [bp+di+0x7f]
vorps ymm4, ymm7, [bx]
orpd xmm4, xmm7
orpd xmm7, xmm7
orpd xmm0, xmm7
orpd xmm4, xmm0
orpd xmm4, oword [bx]
orpd xmm4, oword [bp+di+0x7f]
orpd xmm4, oword [bx+di-0x80]
orpd xmm4, oword [bp+si+0x1234]
orpd xmm4, oword [si]
orpd xmm4, [bx]
vorpd xmm1, xmm4, xmm7
vorpd xmm4, xmm4, xmm7
vorpd xmm7, xmm4, xmm7
vorpd xmm1, xmm7, xmm7
vorpd xmm1, xmm0, xmm7
vorpd xmm1, xmm4, xmm0
vorpd xmm1, xmm4, oword [bx]
vorpd xmm1, xmm4, oword [0x1234]
vorpd xmm1, xmm4, oword [bx+0x80]
vorpd xmm1, xmm4, oword [si-0x2]
vorpd xmm1, xmm4, oword [es:bx+si]
vorpd xmm1, xmm4, [bx]
vorpd ymm0, ymm1, ymm4
vorpd ymm1, ymm1, ymm4
vorpd ymm4, ymm1, ymm4
vorpd ymm0, ymm4, ymm4
vorpd ymm0, ymm7, ymm4
vorpd ymm0, ymm1, ymm7
vorpd ymm0, ymm1, yword [bx]
vorpd ymm0, ymm1, yword [gs:bx+0x12]
vorpd ymm0, ymm1, yword [bx+0x7f]
vorpd ymm0, ymm1, yword [eax]
vorpd ymm0, ymm1, yword [ebx+ecx*4+0x10]
vorpd ymm0, ymm1, [bx]
xorps xmm0, xmm1
xorps xmm1, xmm1
xorps xmm4, xmm1
xorps xmm0, xmm4
xorps xmm0, oword [bx]
xorps xmm0, oword [ebx+ecx*4+0x10]
xorps xmm0, oword [esp+0x8]
xorps xmm0, oword [ebp-0x81]
xorps xmm0, oword [edi*8+0x1000]
xorps xmm0, [bx]
vxorps xmm7, xmm0, xmm1
vxorps xmm0, xmm0, xmm1
vxorps xmm1, xmm0, xmm1
vxorps xmm7, xmm1, xmm1
vxorps xmm7, xmm4, xmm1
vxorps xmm7, xmm0, xmm4
vxorps xmm7, xmm0, oword [bx]
vxorps xmm7, xmm0, oword [bx+si]
vxorps xmm7, xmm0, oword [bp+di+0x7f]
vxorps xmm7, xmm0, oword [bx+di-0x80]
vxorps xmm7, xmm0, oword [bp+si+0x1234]
vxorps xmm7, xmm0, [bx]
vxorps ymm4, ymm7, ymm0
vxorps ymm7, ymm7, ymm0
vxorps ymm0, ymm7, ymm0
vxorps ymm4, ymm0, ymm0
vxorps ymm4, ymm1, ymm0
vxorps ymm4, ymm7, ymm1
vxorps ymm4, ymm7, yword [bx]
vxorps ymm4, ymm7, yword [bp]
vxorps ymm4, ymm7, yword [0x1234]
vxorps ymm4, ymm7, yword [bx+0x80]
vxorps ymm4, ymm7, yword [si-0x2]
vxorps ymm4, ymm7, [bx]
xorpd xmm4, xmm7
xorpd xmm7, xmm7
xorpd xmm0, xmm7
xorpd xmm4, xmm0
xorpd xmm4, oword [bx]
xorpd xmm4, oword [si-0x2]
xorpd xmm4, oword [es:bx+si]
xorpd xmm4, oword [cs:di]
xorpd xmm4, oword [ss:bp+0x4]
xorpd xmm4, [bx]
vxorpd xmm1, xmm4, xmm7
vxorpd xmm4, xmm4, xmm7
vxorpd xmm7, xmm4, xmm7
vxorpd xmm1, xmm7, xmm7
vxorpd xmm1, xmm0, xmm7
vxorpd xmm1, xmm4, xmm0
vxorpd xmm1, xmm4, oword [bx]
vxorpd xmm1, xmm4, oword [eax]
vxorpd xmm1, xmm4, oword [ebx+ecx*4+0x10]
vxorpd xmm1, xmm4, oword [esp+0x8]
vxorpd xmm1, xmm4, oword [ebp-0x81]
vxorpd xmm1, xmm4, [bx]
vxorpd ymm0, ymm1, ymm4
vxorpd ymm1, ymm1, ymm4
vxorpd ymm4, ymm1, ymm4
vxorpd ymm0, ymm4, ymm4
vxorpd ymm0, ymm7, ymm4
vxorpd ymm0, ymm1, ymm7
vxorpd ymm0, ymm1, yword [bx]
vxorpd ymm0, ymm1, yword [ebp]
vxorpd ymm0, ymm1, yword [bx+si]
vxorpd ymm0, ymm1, yword [bp+di+0x7f]
vxorpd ymm0, ymm1, yword [bx+di-0x80]
vxorpd ymm0, ymm1, [bx]
addps xmm0, xmm1
addps xmm1, xmm1
addps xmm4, xmm1
addps xmm0, xmm4
addps xmm0, oword [bx]
addps xmm0, oword [bx+di-0x80]
addps xmm0, oword [bp+si+0x1234]
addps xmm0, oword [si]
addps xmm0, oword [di+0x10]
addps xmm0, [bx]
vaddps xmm0, xmm0, xmm1
vaddps xmm1, xmm0, xmm1
vaddps xmm4, xmm0, xmm1
vaddps xmm7, xmm0, xmm1
vaddps xmm0, xmm1, xmm1
vaddps xmm0, xmm4, xmm1
vaddps xmm0, xmm7, xmm1
vaddps xmm0, xmm0, xmm4
vaddps xmm0, xmm0, oword [bx]
vaddps xmm0, xmm0, oword [bx+si]
vaddps xmm0, xmm0, oword [bp+di+0x7f]
vaddps xmm0, xmm0, oword [bx+di-0x80]
vaddps xmm0, xmm0, oword [bp+si+0x1234]
vaddps xmm0, xmm0, oword [si]
vaddps xmm0, xmm0, oword [di+0x10]
vaddps xmm0, xmm0, oword [bp+0x8]
vaddps xmm0, xmm0, oword [bp]
vaddps xmm0, xmm0, oword [0x1234]
vaddps xmm0, xmm0, oword [bx+0x80]
vaddps xmm0, xmm0, oword [si-0x2]
vaddps xmm0, xmm0, oword [es:bx+si]
vaddps xmm0, xmm0, oword [cs:di]
vaddps xmm0, xmm0, oword [ss:bp+0x4]
vaddps xmm0, xmm0, oword [fs:0x20]
vaddps xmm0, xmm0, oword [gs:bx+0x12]
vaddps xmm0, xmm0, oword [bx+0x7f]
vaddps xmm0, xmm0, oword [eax]
vaddps xmm0, xmm0, oword [ebx+ecx*4+0x10]
vaddps xmm0, xmm0, oword [esp+0x8]
vaddps xmm0, xmm0, oword [ebp-0x81]
vaddps xmm0, xmm0, oword [edi*8+0x1000]
vaddps xmm0, xmm0, oword [ds:esi+ebx*2]
vaddps xmm0, xmm0, oword [esp]
vaddps xmm0, xmm0, oword [ebp]
vaddps xmm0, xmm0, [bx]
vaddps ymm0, ymm0, ymm0
vaddps ymm1, ymm0, ymm0
vaddps ymm4, ymm0, ymm0
vaddps ymm7, ymm0, ymm0
vaddps ymm0, ymm1, ymm0
vaddps ymm0, ymm4, ymm0
vaddps ymm0, ymm7, ymm0
vaddps ymm0, ymm0, ymm1
vaddps ymm0, ymm0, yword [bx]
vaddps ymm0, ymm0, yword [bx+si]
vaddps ymm0, ymm0, yword [bp+di+0x7f]
vaddps ymm0, ymm0, yword [bx+di-0x80]
vaddps ymm0, ymm0, yword [bp+si+0x1234]
vaddps ymm0, ymm0, yword [si]
vaddps ymm0, ymm0, yword [di+0x10]
vaddps ymm0, ymm0, yword [bp+0x8]
vaddps ymm0, ymm0, yword [bp]
vaddps ymm0, ymm0, yword [0x1234]
vaddps ymm0, ymm0, yword [bx+0x80]
vaddps ymm0, ymm0, yword [si-0x2]
vaddps ymm0, ymm0, yword [es:bx+si]
vaddps ymm0, ymm0, yword [cs:di]
vaddps ymm0, ymm0, yword [ss:bp+0x4]
vaddps ymm0, ymm0, yword [fs:0x20]
vaddps ymm0, ymm0, yword [gs:bx+0x12]
vaddps ymm0, ymm0, yword [bx+0x7f]
vaddps ymm0, ymm0, yword [eax]
vaddps ymm0, ymm0, yword [ebx+ecx*4+0x10]
vaddps ymm0, ymm0, yword [esp+0x8]
vaddps ymm0, ymm0, yword [ebp-0x81]
vaddps ymm0, ymm0, yword [edi*8+0x1000]
vaddps ymm0, ymm0, yword [ds:esi+ebx*2]
vaddps ymm0, ymm0, yword [esp]
vaddps ymm0, ymm0, yword [ebp]
vaddps ymm0, ymm0, [bx]
addpd xmm4, xmm7
addpd xmm7, xmm7
addpd xmm0, xmm7
addpd xmm4, xmm0
addpd xmm4, oword [bx]
addpd xmm4, oword [esp+0x8]
addpd xmm4, oword [ebp-0x81]
addpd xmm4, oword [edi*8+0x1000]
addpd xmm4, oword [ds:esi+ebx*2]
addpd xmm4, [bx]
vaddpd xmm1, xmm4, xmm7
vaddpd xmm4, xmm4, xmm7
vaddpd xmm7, xmm4, xmm7
vaddpd xmm1, xmm7, xmm7
vaddpd xmm1, xmm0, xmm7
vaddpd xmm1, xmm4, xmm0
vaddpd xmm1, xmm4, oword [bx]
vaddpd xmm1, xmm4, oword [bp+di+0x7f]
vaddpd xmm1, xmm4, oword [bx+di-0x80]
vaddpd xmm1, xmm4, oword [bp+si+0x1234]
vaddpd xmm1, xmm4, oword [si]
vaddpd xmm1, xmm4, [bx]
vaddpd ymm0, ymm1, ymm4
vaddpd ymm1, ymm1, ymm4
vaddpd ymm4, ymm1, ymm4
vaddpd ymm0, ymm4, ymm4
vaddpd ymm0, ymm7, ymm4
vaddpd ymm0, ymm1, ymm7
vaddpd ymm0, ymm1, yword [bx]
vaddpd ymm0, ymm1, yword [0x1234]
vaddpd ymm0, ymm1, yword [bx+0x80]
vaddpd ymm0, ymm1, yword [si-0x2]
vaddpd ymm0, ymm1, yword [es:bx+si]
vaddpd ymm0, ymm1, [bx]
addss xmm0, xmm1
addss xmm1, xmm1
addss xmm4, xmm1
addss xmm0, xmm4
addss xmm0, dword [bx]
addss xmm0, dword [es:bx+si]
addss xmm0, dword [cs:di]
addss xmm0, dword [ss:bp+0x4]
addss xmm0, dword [fs:0x20]
addss xmm0, [bx]
vaddss xmm7, xmm0, xmm1
vaddss xmm0, xmm0, xmm1
vaddss xmm1, xmm0, xmm1
vaddss xmm7, xmm1, xmm1
vaddss xmm7, xmm4, xmm1
vaddss xmm7, xmm0, xmm4
vaddss xmm7, xmm0, dword [bx]
vaddss xmm7, xmm0, dword [ebx+ecx*4+0x10]
vaddss xmm7, xmm0, dword [esp+0x8]
vaddss xmm7, xmm0, dword [ebp-0x81]
vaddss xmm7, xmm0, dword [edi*8+0x1000]
vaddss xmm7, xmm0, [bx]
addsd xmm1, xmm4
addsd xmm4, xmm4
addsd xmm7, xmm4
addsd xmm1, xmm7
addsd xmm1, qword [bx]
addsd xmm1, qword [bp]
addsd xmm1, qword [0x1234]
addsd xmm1, qword [bx+0x80]
addsd xmm1, qword [si-0x2]
addsd xmm1, [bx]
vaddsd xmm0, xmm1, xmm4
vaddsd xmm1, xmm1, xmm4
vaddsd xmm4, xmm1, xmm4
vaddsd xmm0, xmm4, xmm4
vaddsd xmm0, xmm7, xmm4
vaddsd xmm0, xmm1, xmm7
vaddsd xmm0, xmm1, qword [bx]
vaddsd xmm0, xmm1, qword [fs:0x20]
vaddsd xmm0, xmm1, qword [gs:bx+0x12]
vaddsd xmm0, xmm1, qword [bx+0x7f]
vaddsd xmm0, xmm1, qword [eax]
vaddsd xmm0, xmm1, [bx]
mulps xmm4, xmm7
mulps xmm7, xmm7
mulps xmm0, xmm7
mulps xmm4, xmm0
mulps xmm4, oword [bx]
mulps xmm4, oword [bp+si+0x1234]
mulps xmm4, oword [si]
mulps xmm4, oword [di+0x10]
mulps xmm4, oword [bp+0x8]
mulps xmm4, [bx]
vmulps xmm1, xmm4, xmm7
vmulps xmm4, xmm4, xmm7
vmulps xmm7, xmm4, xmm7
vmulps xmm1, xmm7, xmm7
vmulps xmm1, xmm0, xmm7
vmulps xmm1, xmm4, xmm0
vmulps xmm1, xmm4, oword [bx]
vmulps xmm1, xmm4, oword [si-0x2]
vmulps xmm1, xmm4, oword [es:bx+si]
vmulps xmm1, xmm4, oword [cs:di]
vmulps xmm1, xmm4, oword [ss:bp+0x4]
vmulps xmm1, xmm4, [bx]
vmulps ymm0, ymm1, ymm4
vmulps ymm1, ymm1, ymm4
vmulps ymm4, ymm1, ymm4
vmulps ymm0, ymm4, ymm4
vmulps ymm0, ymm7, ymm4
vmulps ymm0, ymm1, ymm7
vmulps ymm0, ymm1, yword [bx]
vmulps ymm0, ymm1, yword [eax]
vmulps ymm0, ymm1, yword [ebx+ecx*4+0x10]
vmulps ymm0, ymm1, yword [esp+0x8]
vmulps ymm0, ymm1, yword [ebp-0x81]
vmulps ymm0, ymm1, [bx]
mulpd xmm0, xmm1
mulpd xmm1, xmm1
mulpd xmm4, xmm1
mulpd xmm0, xmm4
mulpd xmm0, oword [bx]
mulpd xmm0, oword [ebp-0x81]
mulpd xmm0, oword [edi*8+0x1000]
mulpd xmm0, oword [ds:esi+ebx*2]
mulpd xmm0, oword [esp]
mulpd xmm0, [bx]
vmulpd xmm7, xmm0, xmm1
vmulpd xmm0, xmm0, xmm1
vmulpd xmm1, xmm0, xmm1
vmulpd xmm7, xmm1, xmm1
vmulpd xmm7, xmm4, xmm1
vmulpd xmm7, xmm0, xmm4
vmulpd xmm7, xmm0, oword [bx]
vmulpd xmm7, xmm0, oword [bx+di-0x80]
vmulpd xmm7, xmm0, oword [bp+si+0x1234]
vmulpd xmm7, xmm0, oword [si]
vmulpd xmm7, xmm0, oword [di+0x10]
vmulpd xmm7, xmm0, [bx]
vmulpd ymm4, ymm7, ymm0
vmulpd ymm7, ymm7, ymm0
vmulpd ymm0, ymm7, ymm0
vmulpd ymm4, ymm0, ymm0
vmulpd ymm4, ymm1, ymm0
vmulpd ymm4, ymm7, ymm1
vmulpd ymm4, ymm7, yword [bx]
vmulpd ymm4, ymm7, yword [bx+0x80]
vmulpd ymm4, ymm7, yword [si-0x2]
vmulpd ymm4, ymm7, yword [es:bx+si]
vmulpd ymm4, ymm7, yword [cs:di]
vmulpd ymm4, ymm7, [bx]
mulss xmm4, xmm7
mulss xmm7, xmm7
mulss xmm0, xmm7
mulss xmm4, xmm0
mulss xmm4, dword [bx]
mulss xmm4, dword [cs:di]
mulss xmm4, dword [ss:bp+0x4]
mulss xmm4, dword [fs:0x20]
mulss xmm4, dword [gs:bx+0x12]
mulss xmm4, [bx]
vmulss xmm1, xmm4, xmm7
vmulss xmm4, xmm4, xmm7
vmulss xmm7, xmm4, xmm7
vmulss xmm1, xmm7, xmm7
vmulss xmm1, xmm0, xmm7
vmulss xmm1, xmm4, xmm0
vmulss xmm1, xmm4, dword [bx]
vmulss xmm1, xmm4, dword [esp+0x8]
vmulss xmm1, xmm4, dword [ebp-0x81]
vmulss xmm1, xmm4, dword [edi*8+0x1000]
vmulss xmm1, xmm4, dword [ds:esi+ebx*2]
vmulss xmm1, xmm4, [bx]
mulsd xmm7, xmm0
mulsd xmm0, xmm0
mulsd xmm1, xmm0
mulsd xmm7, xmm1
mulsd xmm7, qword [bx]
mulsd xmm7, qword [0x1234]
mulsd xmm7, qword [bx+0x80]
mulsd xmm7, qword [si-0x2]
mulsd xmm7, qword [es:bx+si]
mulsd xmm7, [bx]
vmulsd xmm4, xmm7, xmm0
vmulsd xmm7, xmm7, xmm0
vmulsd xmm0, xmm7, xmm0
vmulsd xmm4, xmm0, xmm0
vmulsd xmm4, xmm1, xmm0
vmulsd xmm4, xmm7, xmm1
vmulsd xmm4, xmm7, qword [bx]
vmulsd xmm4, xmm7, qword [gs:bx+0x12]
vmulsd xmm4, xmm7, qword [bx+0x7f]
vmulsd xmm4, xmm7, qword [eax]
vmulsd xmm4, xmm7, qword [ebx+ecx*4+0x10]
vmulsd xmm4, xmm7, [bx]
cvtps2pd xmm0, xmm1
cvtps2pd xmm1, xmm1
cvtps2pd xmm4, xmm1
cvtps2pd xmm0, xmm4
cvtps2pd xmm0, qword [bx]
cvtps2pd xmm0, qword [si]
cvtps2pd xmm0, qword [di+0x10]
cvtps2pd xmm0, qword [bp+0x8]
cvtps2pd xmm0, qword [bp]
cvtps2pd xmm0, [bx]
vcvtps2pd xmm7, xmm0
vcvtps2pd xmm0, xmm0
vcvtps2pd xmm1, xmm0
vcvtps2pd xmm7, xmm1
vcvtps2pd xmm7, qword [bx]
vcvtps2pd xmm7, qword [es:bx+si]
vcvtps2pd xmm7, qword [cs:di]
vcvtps2pd xmm7, qword [ss:bp+0x4]
vcvtps2pd xmm7, qword [fs:0x20]
vcvtps2pd xmm7, [bx]
vcvtps2pd ymm4, xmm7
vcvtps2pd ymm7, xmm7
vcvtps2pd ymm0, xmm7
vcvtps2pd ymm4, xmm0
vcvtps2pd ymm4, oword [bx]
vcvtps2pd ymm4, oword [ebx+ecx*4+0x10]
vcvtps2pd ymm4, oword [esp+0x8]
vcvtps2pd ymm4, oword [ebp-0x81]
vcvtps2pd ymm4, oword [edi*8+0x1000]
vcvtps2pd ymm4, [bx]
cvtpd2ps xmm4, xmm7
cvtpd2ps xmm7, xmm7
cvtpd2ps xmm0, xmm7
cvtpd2ps xmm4, xmm0
cvtpd2ps xmm4, oword [bx]
cvtpd2ps xmm4, oword [edi*8+0x1000]
cvtpd2ps xmm4, oword [ds:esi+ebx*2]
cvtpd2ps xmm4, oword [esp]
cvtpd2ps xmm4, oword [ebp]
cvtpd2ps xmm4, [bx]
vcvtpd2ps xmm1, xmm4
vcvtpd2ps xmm4, xmm4
vcvtpd2ps xmm7, xmm4
vcvtpd2ps xmm1, xmm7
vcvtpd2ps xmm1, oword [bx]
vcvtpd2ps xmm1, oword [bp+si+0x1234]
vcvtpd2ps xmm1, oword [si]
vcvtpd2ps xmm1, oword [di+0x10]
vcvtpd2ps xmm1, oword [bp+0x8]
vcvtpd2ps xmm1, [bx]
vcvtpd2ps xmm0, ymm1
vcvtpd2ps xmm1, ymm1
vcvtpd2ps xmm4, ymm1
vcvtpd2ps xmm0, ymm4
vcvtpd2ps xmm0, yword [bx]
vcvtpd2ps xmm0, yword [si-0x2]
vcvtpd2ps xmm0, yword [es:bx+si]
vcvtpd2ps xmm0, yword [cs:di]
vcvtpd2ps xmm0, yword [ss:bp+0x4]
vcvtpd2ps xmm0, [bx]
cvtss2sd xmm0, xmm1
cvtss2sd xmm1, xmm1
cvtss2sd xmm4, xmm1
cvtss2sd xmm0, xmm4
cvtss2sd xmm0, dword [bx]
cvtss2sd xmm0, dword [ss:bp+0x4]
cvtss2sd xmm0, dword [fs:0x20]
cvtss2sd xmm0, dword [gs:bx+0x12]
cvtss2sd xmm0, dword [bx+0x7f]
cvtss2sd xmm0, [bx]
vcvtss2sd xmm7, xmm0, xmm1
vcvtss2sd xmm0, xmm0, xmm1
vcvtss2sd xmm1, xmm0, xmm1
vcvtss2sd xmm7, xmm1, xmm1
vcvtss2sd xmm7, xmm4, xmm1
vcvtss2sd xmm7, xmm0, xmm4
vcvtss2sd xmm7, xmm0, dword [bx]
vcvtss2sd xmm7, xmm0, dword [ebp-0x81]
vcvtss2sd xmm7, xmm0, dword [edi*8+0x1000]
vcvtss2sd xmm7, xmm0, dword [ds:esi+ebx*2]
vcvtss2sd xmm7, xmm0, dword [esp]
vcvtss2sd xmm7, xmm0, [bx]
cvtsd2ss xmm1, xmm4
cvtsd2ss xmm4, xmm4
cvtsd2ss xmm7, xmm4
cvtsd2ss xmm1, xmm7
cvtsd2ss xmm1, qword [bx]
cvtsd2ss xmm1, qword [bx+0x80]
cvtsd2ss xmm1, qword [si-0x2]
cvtsd2ss xmm1, qword [es:bx+si]
cvtsd2ss xmm1, qword [cs:di]
cvtsd2ss xmm1, [bx]
vcvtsd2ss xmm0, xmm1, xmm4
vcvtsd2ss xmm1, xmm1, xmm4
vcvtsd2ss xmm4, xmm1, xmm4
vcvtsd2ss xmm0, xmm4, xmm4
vcvtsd2ss xmm0, xmm7, xmm4
vcvtsd2ss xmm0, xmm1, xmm7
vcvtsd2ss xmm0, xmm1, qword [bx]
vcvtsd2ss xmm0, xmm1, qword [bx+0x7f]
vcvtsd2ss xmm0, xmm1, qword [eax]
vcvtsd2ss xmm0, xmm1, qword [ebx+ecx*4+0x10]
vcvtsd2ss xmm0, xmm1, qword [esp+0x8]
vcvtsd2ss xmm0, xmm1, [bx]
cvtdq2ps xmm4, xmm7
cvtdq2ps xmm7, xmm7
cvtdq2ps xmm0, xmm7
cvtdq2ps xmm4, xmm0
cvtdq2ps xmm4, oword [bx]
cvtdq2ps xmm4, oword [di+0x10]
cvtdq2ps xmm4, oword [bp+0x8]
cvtdq2ps xmm4, oword [bp]
cvtdq2ps xmm4, oword [0x1234]
cvtdq2ps xmm4, [bx]
vcvtdq2ps xmm1, xmm4
vcvtdq2ps xmm4, xmm4
vcvtdq2ps xmm7, xmm4
vcvtdq2ps xmm1, xmm7
vcvtdq2ps xmm1, oword [bx]
vcvtdq2ps xmm1, oword [cs:di]
vcvtdq2ps xmm1, oword [ss:bp+0x4]
vcvtdq2ps xmm1, oword [fs:0x20]
vcvtdq2ps xmm1, oword [gs:bx+0x12]
vcvtdq2ps xmm1, [bx]
vcvtdq2ps ymm0, ymm1
vcvtdq2ps ymm1, ymm1
vcvtdq2ps ymm4, ymm1
vcvtdq2ps ymm0, ymm4
vcvtdq2ps ymm0, yword [bx]
vcvtdq2ps ymm0, yword [esp+0x8]
vcvtdq2ps ymm0, yword [ebp-0x81]
vcvtdq2ps ymm0, yword [edi*8+0x1000]
vcvtdq2ps ymm0, yword [ds:esi+ebx*2]
vcvtdq2ps ymm0, [bx]
cvtps2dq xmm1, xmm4
cvtps2dq xmm4, xmm4
cvtps2dq xmm7, xmm4
cvtps2dq xmm1, xmm7
cvtps2dq xmm1, oword [bx]
cvtps2dq xmm1, oword [ebx+ecx*4+0x10]
cvtps2dq xmm1, oword [esp+0x8]
cvtps2dq xmm1, oword [ebp-0x81]
cvtps2dq xmm1, oword [edi*8+0x1000]
cvtps2dq xmm1, [bx]
vcvtps2dq xmm0, xmm1
vcvtps2dq xmm1, xmm1
vcvtps2dq xmm4, xmm1
vcvtps2dq xmm0, xmm4
vcvtps2dq xmm0, oword [bx]
vcvtps2dq xmm0, oword [bx+si]
vcvtps2dq xmm0, oword [bp+di+0x7f]
vcvtps2dq xmm0, oword [bx+di-0x80]
vcvtps2dq xmm0, oword [bp+si+0x1234]
vcvtps2dq xmm0, [bx]
vcvtps2dq ymm7, ymm0
vcvtps2dq ymm0, ymm0
vcvtps2dq ymm1, ymm0
vcvtps2dq ymm7, ymm1
vcvtps2dq ymm7, yword [bx]
vcvtps2dq ymm7, yword [bp]
vcvtps2dq ymm7, yword [0x1234]
vcvtps2dq ymm7, yword [bx+0x80]
vcvtps2dq ymm7, yword [si-0x2]
vcvtps2dq ymm7, [bx]
cvttps2dq xmm7, xmm0
cvttps2dq xmm0, xmm0
cvttps2dq xmm1, xmm0
cvttps2dq xmm7, xmm1
cvttps2dq xmm7, oword [bx]
cvttps2dq xmm7, oword [si-0x2]
cvttps2dq xmm7, oword [es:bx+si]
cvttps2dq xmm7, oword [cs:di]
cvttps2dq xmm7, oword [ss:bp+0x4]
cvttps2dq xmm7, [bx]
vcvttps2dq xmm4, xmm7
vcvttps2dq xmm7, xmm7
vcvttps2dq xmm0, xmm7
vcvttps2dq xmm4, xmm0
vcvttps2dq xmm4, oword [bx]
vcvttps2dq xmm4, oword [eax]
vcvttps2dq xmm4, oword [ebx+ecx*4+0x10]
vcvttps2dq xmm4, oword [esp+0x8]
vcvttps2dq xmm4, oword [ebp-0x81]
vcvttps2dq xmm4, [bx]
vcvttps2dq ymm1, ymm4
vcvttps2dq ymm4, ymm4
vcvttps2dq ymm7, ymm4
vcvttps2dq ymm1, ymm7
vcvttps2dq ymm1, yword [bx]
vcvttps2dq ymm1, yword [ebp]
vcvttps2dq ymm1, yword [bx+si]
vcvttps2dq ymm1, yword [bp+di+0x7f]
vcvttps2dq ymm1, yword [bx+di-0x80]
vcvttps2dq ymm1, [bx]
subps xmm1, xmm4
subps xmm4, xmm4
subps xmm7, xmm4
subps xmm1, xmm7
subps xmm1, oword [bx]
subps xmm1, oword [bx+di-0x80]
subps xmm1, oword [bp+si+0x1234]
subps xmm1, oword [si]
subps xmm1, oword [di+0x10]
subps xmm1, [bx]
vsubps xmm0, xmm1, xmm4
vsubps xmm1, xmm1, xmm4
vsubps xmm4, xmm1, xmm4
vsubps xmm0, xmm4, xmm4
vsubps xmm0, xmm7, xmm4
vsubps xmm0, xmm1, xmm7
vsubps xmm0, xmm1, oword [bx]
vsubps xmm0, xmm1, oword [bx+0x80]
vsubps xmm0, xmm1, oword [si-0x2]
vsubps xmm0, xmm1, oword [es:bx+si]
vsubps xmm0, xmm1, oword [cs:di]
vsubps xmm0, xmm1, [bx]
vsubps ymm7, ymm0, ymm1
vsubps ymm0, ymm0, ymm1
vsubps ymm1, ymm0, ymm1
vsubps ymm7, ymm1, ymm1
vsubps ymm7, ymm4, ymm1
vsubps ymm7, ymm0, ymm4
vsubps ymm7, ymm0, yword [bx]
vsubps ymm7, ymm0, yword [bx+0x7f]
vsubps ymm7, ymm0, yword [eax]
vsubps ymm7, ymm0, yword [ebx+ecx*4+0x10]
vsubps ymm7, ymm0, yword [esp+0x8]
vsubps ymm7, ymm0, [bx]
subpd xmm7, xmm0
subpd xmm0, xmm0
subpd xmm1, xmm0
subpd xmm7, xmm1
subpd xmm7, oword [bx]
subpd xmm7, oword [esp+0x8]
subpd xmm7, oword [ebp-0x81]
subpd xmm7, oword [edi*8+0x1000]
subpd xmm7, oword [ds:esi+ebx*2]
subpd xmm7, [bx]
vsubpd xmm4, xmm7, xmm0
vsubpd xmm7, xmm7, xmm0
vsubpd xmm0, xmm7, xmm0
vsubpd xmm4, xmm0, xmm0
vsubpd xmm4, xmm1, xmm0
vsubpd xmm4, xmm7, xmm1
vsubpd xmm4, xmm7, oword [bx]
vsubpd xmm4, xmm7, oword [bp+di+0x7f]
vsubpd xmm4, xmm7, oword [bx+di-0x80]
vsubpd xmm4, xmm7, oword [bp+si+0x1234]
vsubpd xmm4, xmm7, oword [si]
vsubpd xmm4, xmm7, [bx]
vsubpd ymm1, ymm4, ymm7
vsubpd ymm4, ymm4, ymm7
vsubpd ymm7, ymm4, ymm7
vsubpd ymm1, ymm7, ymm7
vsubpd ymm1, ymm0, ymm7
vsubpd ymm1, ymm4, ymm0
vsubpd ymm1, ymm4, yword [bx]
vsubpd ymm1, ymm4, yword [0x1234]
vsubpd ymm1, ymm4, yword [bx+0x80]
vsubpd ymm1, ymm4, yword [si-0x2]
vsubpd ymm1, ymm4, yword [es:bx+si]
vsubpd ymm1, ymm4, [bx]
subss xmm1, xmm4
subss xmm4, xmm4
subss xmm7, xmm4
subss xmm1, xmm7
subss xmm1, dword [bx]
subss xmm1, dword [es:bx+si]
subss xmm1, dword [cs:di]
subss xmm1, dword [ss:bp+0x4]
subss xmm1, dword [fs:0x20]
subss xmm1, [bx]
vsubss xmm0, xmm1, xmm4
vsubss xmm1, xmm1, xmm4
vsubss xmm4, xmm1, xmm4
vsubss xmm0, xmm4, xmm4
vsubss xmm0, xmm7, xmm4
vsubss xmm0, xmm1, xmm7
vsubss xmm0, xmm1, dword [bx]
vsubss xmm0, xmm1, dword [ebx+ecx*4+0x10]
vsubss xmm0, xmm1, dword [esp+0x8]
vsubss xmm0, xmm1, dword [ebp-0x81]
vsubss xmm0, xmm1, dword [edi*8+0x1000]
vsubss xmm0, xmm1, [bx]
subsd xmm4, xmm7
subsd xmm7, xmm7
subsd xmm0, xmm7
subsd xmm4, xmm0
subsd xmm4, qword [bx]
subsd xmm4, qword [bp]
subsd xmm4, qword [0x1234]
subsd xmm4, qword [bx+0x80]
subsd xmm4, qword [si-0x2]
subsd xmm4, [bx]
vsubsd xmm1, xmm4, xmm7
vsubsd xmm4, xmm4, xmm7
vsubsd xmm7, xmm4, xmm7
vsubsd xmm1, xmm7, xmm7
vsubsd xmm1, xmm0, xmm7
vsubsd xmm1, xmm4, xmm0
vsubsd xmm1, xmm4, qword [bx]
vsubsd xmm1, xmm4, qword [fs:0x20]
vsubsd xmm1, xmm4, qword [gs:bx+0x12]
vsubsd xmm1, xmm4, qword [bx+0x7f]
vsubsd xmm1, xmm4, qword [eax]
vsubsd xmm1, xmm4, [bx]
minps xmm7, xmm0
minps xmm0, xmm0
minps xmm1, xmm0
minps xmm7, xmm1
minps xmm7, oword [bx]
minps xmm7, oword [bp+si+0x1234]
minps xmm7, oword [si]
minps xmm7, oword [di+0x10]
minps xmm7, oword [bp+0x8]
minps xmm7, [bx]
vminps xmm4, xmm7, xmm0
vminps xmm7, xmm7, xmm0
vminps xmm0, xmm7, xmm0
vminps xmm4, xmm0, xmm0
vminps xmm4, xmm1, xmm0
vminps xmm4, xmm7, xmm1
vminps xmm4, xmm7, oword [bx]
vminps xmm4, xmm7, oword [si-0x2]
vminps xmm4, xmm7, oword [es:bx+si]
vminps xmm4, xmm7, oword [cs:di]
vminps xmm4, xmm7, oword [ss:bp+0x4]
vminps xmm4, xmm7, [bx]
vminps ymm1, ymm4, ymm7
vminps ymm4, ymm4, ymm7
vminps ymm7, ymm4, ymm7
vminps ymm1, ymm7, ymm7
vminps ymm1, ymm0, ymm7
vminps ymm1, ymm4, ymm0
vminps ymm1, ymm4, yword [bx]
vminps ymm1, ymm4, yword [eax]
vminps ymm1, ymm4, yword [ebx+ecx*4+0x10]
vminps ymm1, ymm4, yword [esp+0x8]
vminps ymm1, ymm4, yword [ebp-0x81]
vminps ymm1, ymm4, [bx]
minpd xmm1, xmm4
minpd xmm4, xmm4
minpd xmm7, xmm4
minpd xmm1, xmm7
minpd xmm1, oword [bx]
minpd xmm1, oword [ebp-0x81]
minpd xmm1, oword [edi*8+0x1000]
minpd xmm1, oword [ds:esi+ebx*2]
minpd xmm1, oword [esp]
minpd xmm1, [bx]
vminpd xmm0, xmm1, xmm4
vminpd xmm1, xmm1, xmm4
vminpd xmm4, xmm1, xmm4
vminpd xmm0, xmm4, xmm4
vminpd xmm0, xmm7, xmm4
vminpd xmm0, xmm1, xmm7
vminpd xmm0, xmm1, oword [bx]
vminpd xmm0, xmm1, oword [bx+di-0x80]
vminpd xmm0, xmm1, oword [bp+si+0x1234]
vminpd xmm0, xmm1, oword [si]
vminpd xmm0, xmm1, oword [di+0x10]
vminpd xmm0, xmm1, [bx]
vminpd ymm7, ymm0, ymm1
vminpd ymm0, ymm0, ymm1
vminpd ymm1, ymm0, ymm1
vminpd ymm7, ymm1, ymm1
vminpd ymm7, ymm4, ymm1
vminpd ymm7, ymm0, ymm4
vminpd ymm7, ymm0, yword [bx]
vminpd ymm7, ymm0, yword [bx+0x80]
vminpd ymm7, ymm0, yword [si-0x2]
vminpd ymm7, ymm0, yword [es:bx+si]
vminpd ymm7, ymm0, yword [cs:di]
vminpd ymm7, ymm0, [bx]
minss xmm7, xmm0
minss xmm0, xmm0
minss xmm1, xmm0
minss xmm7, xmm1
minss xmm7, dword [bx]
minss xmm7, dword [cs:di]
minss xmm7, dword [ss:bp+0x4]
minss xmm7, dword [fs:0x20]
minss xmm7, dword [gs:bx+0x12]
minss xmm7, [bx]
vminss xmm4, xmm7, xmm0
vminss xmm7, xmm7, xmm0
vminss xmm0, xmm7, xmm0
vminss xmm4, xmm0, xmm0
vminss xmm4, xmm1, xmm0
vminss xmm4, xmm7, xmm1
vminss xmm4, xmm7, dword [bx]
vminss xmm4, xmm7, dword [esp+0x8]
vminss xmm4, xmm7, dword [ebp-0x81]
vminss xmm4, xmm7, dword [edi*8+0x1000]
vminss xmm4, xmm7, dword [ds:esi+ebx*2]
vminss xmm4, xmm7, [bx]
minsd xmm0, xmm1
minsd xmm1, xmm1
minsd xmm4, xmm1
minsd xmm0, xmm4
minsd xmm0, qword [bx]
minsd xmm0, qword [0x1234]
minsd xmm0, qword [bx+0x80]
minsd xmm0, qword [si-0x2]
minsd xmm0, qword [es:bx+si]
minsd xmm0, [bx]
vminsd xmm7, xmm0, xmm1
vminsd xmm0, xmm0, xmm1
vminsd xmm1, xmm0, xmm1
vminsd xmm7, xmm1, xmm1
vminsd xmm7, xmm4, xmm1
vminsd xmm7, xmm0, xmm4
vminsd xmm7, xmm0, qword [bx]
vminsd xmm7, xmm0, qword [gs:bx+0x12]
vminsd xmm7, xmm0, qword [bx+0x7f]
vminsd xmm7, xmm0, qword [eax]
vminsd xmm7, xmm0, qword [ebx+ecx*4+0x10]
vminsd xmm7, xmm0, [bx]
divps xmm1, xmm4
divps xmm4, xmm4
divps xmm7, xmm4
divps xmm1, xmm7
divps xmm1, oword [bx]
divps xmm1, oword [si]
divps xmm1, oword [di+0x10]
divps xmm1, oword [bp+0x8]
divps xmm1, oword [bp]
divps xmm1, [bx]
vdivps xmm0, xmm1, xmm4
vdivps xmm1, xmm1, xmm4
vdivps xmm4, xmm1, xmm4
vdivps xmm0, xmm4, xmm4
vdivps xmm0, xmm7, xmm4
vdivps xmm0, xmm1, xmm7
vdivps xmm0, xmm1, oword [bx]
vdivps xmm0, xmm1, oword [es:bx+si]
vdivps xmm0, xmm1, oword [cs:di]
vdivps xmm0, xmm1, oword [ss:bp+0x4]
vdivps xmm0, xmm1, oword [fs:0x20]
vdivps xmm0, xmm1, [bx]
vdivps ymm7, ymm0, ymm1
vdivps ymm0, ymm0, ymm1
vdivps ymm1, ymm0, ymm1
vdivps ymm7, ymm1, ymm1
vdivps ymm7, ymm4, ymm1
vdivps ymm7, ymm0, ymm4
vdivps ymm7, ymm0, yword [bx]
vdivps ymm7, ymm0, yword [ebx+ecx*4+0x10]
vdivps ymm7, ymm0, yword [esp+0x8]
vdivps ymm7, ymm0, yword [ebp-0x81]
vdivps ymm7, ymm0, yword [edi*8+0x1000]
vdivps ymm7, ymm0, [bx]
divpd xmm7, xmm0
divpd xmm0, xmm0
divpd xmm1, xmm0
divpd xmm7, xmm1
divpd xmm7, oword [bx]
divpd xmm7, oword [edi*8+0x1000]
divpd xmm7, oword [ds:esi+ebx*2]
divpd xmm7, oword [esp]
divpd xmm7, oword [ebp]
divpd xmm7, [bx]
vdivpd xmm4, xmm7, xmm0
vdivpd xmm7, xmm7, xmm0
vdivpd xmm0, xmm7, xmm0
vdivpd xmm4, xmm0, xmm0
vdivpd xmm4, xmm1, xmm0
vdivpd xmm4, xmm7, xmm1
vdivpd xmm4, xmm7, oword [bx]
vdivpd xmm4, xmm7, oword [bp+si+0x1234]
vdivpd xmm4, xmm7, oword [si]
vdivpd xmm4, xmm7, oword [di+0x10]
vdivpd xmm4, xmm7, oword [bp+0x8]
vdivpd xmm4, xmm7, [bx]
vdivpd ymm1, ymm4, ymm7
vdivpd ymm4, ymm4, ymm7
vdivpd ymm7, ymm4, ymm7
vdivpd ymm1, ymm7, ymm7
vdivpd ymm1, ymm0, ymm7
vdivpd ymm1, ymm4, ymm0
vdivpd ymm1, ymm4, yword [bx]
vdivpd ymm1, ymm4, yword [si-0x2]
vdivpd ymm1, ymm4, yword [es:bx+si]
vdivpd ymm1, ymm4, yword [cs:di]
vdivpd ymm1, ymm4, yword [ss:bp+0x4]
vdivpd ymm1, ymm4, [bx]
divss xmm1, xmm4
divss xmm4, xmm4
divss xmm7, xmm4
divss xmm1, xmm7
divss xmm1, dword [bx]
divss xmm1, dword [ss:bp+0x4]
divss xmm1, dword [fs:0x20]
divss xmm1, dword [gs:bx+0x12]
divss xmm1, dword [bx+0x7f]
divss xmm1, [bx]
vdivss xmm0, xmm1, xmm4
vdivss xmm1, xmm1, xmm4
vdivss xmm4, xmm1, xmm4
vdivss xmm0, xmm4, xmm4
vdivss xmm0, xmm7, xmm4
vdivss xmm0, xmm1, xmm7
vdivss xmm0, xmm1, dword [bx]
vdivss xmm0, xmm1, dword [ebp-0x81]
vdivss xmm0, xmm1, dword [edi*8+0x1000]
vdivss xmm0, xmm1, dword [ds:esi+ebx*2]
vdivss xmm0, xmm1, dword [esp]
vdivss xmm0, xmm1, [bx]
divsd xmm4, xmm7
divsd xmm7, xmm7
divsd xmm0, xmm7
divsd xmm4, xmm0
divsd xmm4, qword [bx]
divsd xmm4, qword [bx+0x80]
divsd xmm4, qword [si-0x2]
divsd xmm4, qword [es:bx+si]
divsd xmm4, qword [cs:di]
divsd xmm4, [bx]
vdivsd xmm1, xmm4, xmm7
vdivsd xmm4, xmm4, xmm7
vdivsd xmm7, xmm4, xmm7
vdivsd xmm1, xmm7, xmm7
vdivsd xmm1, xmm0, xmm7
vdivsd xmm1, xmm4, xmm0
vdivsd xmm1, xmm4, qword [bx]
vdivsd xmm1, xmm4, qword [bx+0x7f]
vdivsd xmm1, xmm4, qword [eax]
vdivsd xmm1, xmm4, qword [ebx+ecx*4+0x10]
vdivsd xmm1, xmm4, qword [esp+0x8]
vdivsd xmm1, xmm4, [bx]
maxps xmm7, xmm0
maxps xmm0, xmm0
maxps xmm1, xmm0
maxps xmm7, xmm1
maxps xmm7, oword [bx]
maxps xmm7, oword [di+0x10]
maxps xmm7, oword [bp+0x8]
maxps xmm7, oword [bp]
maxps xmm7, oword [0x1234]
maxps xmm7, [bx]
vmaxps xmm4, xmm7, xmm0
vmaxps xmm7, xmm7, xmm0
vmaxps xmm0, xmm7, xmm0
vmaxps xmm4, xmm0, xmm0
vmaxps xmm4, xmm1, xmm0
vmaxps xmm4, xmm7, xmm1
vmaxps xmm4, xmm7, oword [bx]
vmaxps xmm4, xmm7, oword [cs:di]
vmaxps xmm4, xmm7, oword [ss:bp+0x4]
vmaxps xmm4, xmm7, oword [fs:0x20]
vmaxps xmm4, xmm7, oword [gs:bx+0x12]
vmaxps xmm4, xmm7, [bx]
vmaxps ymm1, ymm4, ymm7
vmaxps ymm4, ymm4, ymm7
vmaxps ymm7, ymm4, ymm7
vmaxps ymm1, ymm7, ymm7
vmaxps ymm1, ymm0, ymm7
vmaxps ymm1, ymm4, ymm0
vmaxps ymm1, ymm4, yword [bx]
vmaxps ymm1, ymm4, yword [esp+0x8]
vmaxps ymm1, ymm4, yword [ebp-0x81]
vmaxps ymm1, ymm4, yword [edi*8+0x1000]
vmaxps ymm1, ymm4, yword [ds:esi+ebx*2]
vmaxps ymm1, ymm4, [bx]
maxpd xmm1, xmm4
maxpd xmm4, xmm4
maxpd xmm7, xmm4
maxpd xmm1, xmm7
maxpd xmm1, oword [bx]
maxpd xmm1, oword [ds:esi+ebx*2]
maxpd xmm1, oword [esp]
maxpd xmm1, oword [ebp]
maxpd xmm1, oword [bx+si]
maxpd xmm1, [bx]
vmaxpd xmm0, xmm1, xmm4
vmaxpd xmm1, xmm1, xmm4
vmaxpd xmm4, xmm1, xmm4
vmaxpd xmm0, xmm4, xmm4
vmaxpd xmm0, xmm7, xmm4
vmaxpd xmm0, xmm1, xmm7
vmaxpd xmm0, xmm1, oword [bx]
vmaxpd xmm0, xmm1, oword [si]
vmaxpd xmm0, xmm1, oword [di+0x10]
vmaxpd xmm0, xmm1, oword [bp+0x8]
vmaxpd xmm0, xmm1, oword [bp]
vmaxpd xmm0, xmm1, [bx]
vmaxpd ymm7, ymm0, ymm1
vmaxpd ymm0, ymm0, ymm1
vmaxpd ymm1, ymm0, ymm1
vmaxpd ymm7, ymm1, ymm1
vmaxpd ymm7, ymm4, ymm1
vmaxpd ymm7, ymm0, ymm4
vmaxpd ymm7, ymm0, yword [bx]
vmaxpd ymm7, ymm0, yword [es:bx+si]
vmaxpd ymm7, ymm0, yword [cs:di]
vmaxpd ymm7, ymm0, yword [ss:bp+0x4]
vmaxpd ymm7, ymm0, yword [fs:0x20]
vmaxpd ymm7, ymm0, [bx]
maxss xmm7, xmm0
maxss xmm0, xmm0
maxss xmm1, xmm0
maxss xmm7, xmm1
maxss xmm7, dword [bx]
maxss xmm7, dword [fs:0x20]
maxss xmm7, dword [gs:bx+0x12]
maxss xmm7, dword [bx+0x7f]
maxss xmm7, dword [eax]
maxss xmm7, [bx]
vmaxss xmm4, xmm7, xmm0
vmaxss xmm7, xmm7, xmm0
vmaxss xmm0, xmm7, xmm0
vmaxss xmm4, xmm0, xmm0
vmaxss xmm4, xmm1, xmm0
vmaxss xmm4, xmm7, xmm1
vmaxss xmm4, xmm7, dword [bx]
vmaxss xmm4, xmm7, dword [edi*8+0x1000]
vmaxss xmm4, xmm7, dword [ds:esi+ebx*2]
vmaxss xmm4, xmm7, dword [esp]
vmaxss xmm4, xmm7, dword [ebp]
vmaxss xmm4, xmm7, [bx]
maxsd xmm0, xmm1
maxsd xmm1, xmm1
maxsd xmm4, xmm1
maxsd xmm0, xmm4
maxsd xmm0, qword [bx]
maxsd xmm0, qword [si-0x2]
maxsd xmm0, qword [es:bx+si]
maxsd xmm0, qword [cs:di]
maxsd xmm0, qword [ss:bp+0x4]
maxsd xmm0, [bx]
vmaxsd xmm7, xmm0, xmm1
vmaxsd xmm0, xmm0, xmm1
vmaxsd xmm1, xmm0, xmm1
vmaxsd xmm7, xmm1, xmm1
vmaxsd xmm7, xmm4, xmm1
vmaxsd xmm7, xmm0, xmm4
vmaxsd xmm7, xmm0, qword [bx]
vmaxsd xmm7, xmm0, qword [eax]
vmaxsd xmm7, xmm0, qword [ebx+ecx*4+0x10]
vmaxsd xmm7, xmm0, qword [esp+0x8]
vmaxsd xmm7, xmm0, qword [ebp-0x81]
vmaxsd xmm7, xmm0, [bx]
punpcklbw mm1, mm5
punpcklbw mm5, mm5
punpcklbw mm7, mm5
punpcklbw mm1, mm7
punpcklbw mm1, [bx]
punpcklbw xmm0, xmm1
punpcklbw xmm1, xmm1
punpcklbw xmm4, xmm1
punpcklbw xmm0, xmm4
punpcklbw xmm0, oword [bx]
punpcklbw xmm0, oword [ss:bp+0x4]
punpcklbw xmm0, oword [fs:0x20]
punpcklbw xmm0, oword [gs:bx+0x12]
punpcklbw xmm0, oword [bx+0x7f]
punpcklbw xmm0, [bx]
vpunpcklbw xmm7, xmm0, xmm1
vpunpcklbw xmm0, xmm0, xmm1
vpunpcklbw xmm1, xmm0, xmm1
vpunpcklbw xmm7, xmm1, xmm1
vpunpcklbw xmm7, xmm4, xmm1
vpunpcklbw xmm7, xmm0, xmm4
vpunpcklbw xmm7, xmm0, oword [bx]
vpunpcklbw xmm7, xmm0, oword [ebp-0x81]
vpunpcklbw xmm7, xmm0, oword [edi*8+0x1000]
vpunpcklbw xmm7, xmm0, oword [ds:esi+ebx*2]
vpunpcklbw xmm7, xmm0, oword [esp]
vpunpcklbw xmm7, xmm0, [bx]
vpunpcklbw ymm4, ymm7, ymm0
vpunpcklbw ymm7, ymm7, ymm0
vpunpcklbw ymm0, ymm7, ymm0
vpunpcklbw ymm4, ymm0, ymm0
vpunpcklbw ymm4, ymm1, ymm0
vpunpcklbw ymm4, ymm7, ymm1
vpunpcklbw ymm4, ymm7, yword [bx]
vpunpcklbw ymm4, ymm7, yword [bx+di-0x80]
vpunpcklbw ymm4, ymm7, yword [bp+si+0x1234]
vpunpcklbw ymm4, ymm7, yword [si]
vpunpcklbw ymm4, ymm7, yword [di+0x10]
vpunpcklbw ymm4, ymm7, [bx]
punpcklwd mm5, mm7
punpcklwd mm7, mm7
punpcklwd mm0, mm7
punpcklwd mm5, mm0
punpcklwd mm5, [bx]
punpcklwd xmm1, xmm4
punpcklwd xmm4, xmm4
punpcklwd xmm7, xmm4
punpcklwd xmm1, xmm7
punpcklwd xmm1, oword [bx]
punpcklwd xmm1, oword [cs:di]
punpcklwd xmm1, oword [ss:bp+0x4]
punpcklwd xmm1, oword [fs:0x20]
punpcklwd xmm1, oword [gs:bx+0x12]
punpcklwd xmm1, [bx]
vpunpcklwd xmm0, xmm1, xmm4
vpunpcklwd xmm1, xmm1, xmm4
vpunpcklwd xmm4, xmm1, xmm4
vpunpcklwd xmm0, xmm4, xmm4
vpunpcklwd xmm0, xmm7, xmm4
vpunpcklwd xmm0, xmm1, xmm7
vpunpcklwd xmm0, xmm1, oword [bx]
vpunpcklwd xmm0, xmm1, oword [esp+0x8]
vpunpcklwd xmm0, xmm1, oword [ebp-0x81]
vpunpcklwd xmm0, xmm1, oword [edi*8+0x1000]
vpunpcklwd xmm0, xmm1, oword [ds:esi+ebx*2]
vpunpcklwd xmm0, xmm1, [bx]
vpunpcklwd ymm7, ymm0, ymm1
vpunpcklwd ymm0, ymm0, ymm1
vpunpcklwd ymm1, ymm0, ymm1
vpunpcklwd ymm7, ymm1, ymm1
vpunpcklwd ymm7, ymm4, ymm1
vpunpcklwd ymm7, ymm0, ymm4
vpunpcklwd ymm7, ymm0, yword [bx]
vpunpcklwd ymm7, ymm0, yword [bp+di+0x7f]
vpunpcklwd ymm7, ymm0, yword [bx+di-0x80]
vpunpcklwd ymm7, ymm0, yword [bp+si+0x1234]
vpunpcklwd ymm7, ymm0, yword [si]
vpunpcklwd ymm7, ymm0, [bx]
punpckldq mm7, mm0
punpckldq mm0, mm0
punpckldq mm1, mm0
punpckldq mm7, mm1
punpckldq mm7, [bx]
punpckldq xmm4, xmm7
punpckldq xmm7, xmm7
punpckldq xmm0, xmm7
punpckldq xmm4, xmm0
punpckldq xmm4, oword [bx]
punpckldq xmm4, oword [es:bx+si]
punpckldq xmm4, oword [cs:di]
punpckldq xmm4, oword [ss:bp+0x4]
punpckldq xmm4, oword [fs:0x20]
punpckldq xmm4, [bx]
vpunpckldq xmm1, xmm4, xmm7
vpunpckldq xmm4, xmm4, xmm7
vpunpckldq xmm7, xmm4, xmm7
vpunpckldq xmm1, xmm7, xmm7
vpunpckldq xmm1, xmm0, xmm7
vpunpckldq xmm1, xmm4, xmm0
vpunpckldq xmm1, xmm4, oword [bx]
vpunpckldq xmm1, xmm4, oword [ebx+ecx*4+0x10]
vpunpckldq xmm1, xmm4, oword [esp+0x8]
vpunpckldq xmm1, xmm4, oword [ebp-0x81]
vpunpckldq xmm1, xmm4, oword [edi*8+0x1000]
vpunpckldq xmm1, xmm4, [bx]
vpunpckldq ymm0, ymm1, ymm4
vpunpckldq ymm1, ymm1, ymm4
vpunpckldq ymm4, ymm1, ymm4
vpunpckldq ymm0, ymm4, ymm4
vpunpckldq ymm0, ymm7, ymm4
vpunpckldq ymm0, ymm1, ymm7
vpunpckldq ymm0, ymm1, yword [bx]
vpunpckldq ymm0, ymm1, yword [bx+si]
vpunpckldq ymm0, ymm1, yword [bp+di+0x7f]
vpunpckldq ymm0, ymm1, yword [bx+di-0x80]
vpunpckldq ymm0, ymm1, yword [bp+si+0x1234]
vpunpckldq ymm0, ymm1, [bx]
packsswb mm0, mm1
packsswb mm1, mm1
packsswb mm5, mm1
packsswb mm0, mm5
packsswb mm0, qword [bx]
packsswb mm0, qword [bp+si+0x1234]
packsswb mm0, qword [si]
packsswb mm0, qword [di+0x10]
packsswb mm0, qword [bp+0x8]
packsswb mm0, [bx]
packsswb xmm7, xmm0
packsswb xmm0, xmm0
packsswb xmm1, xmm0
packsswb xmm7, xmm1
packsswb xmm7, oword [bx]
packsswb xmm7, oword [si-0x2]
packsswb xmm7, oword [es:bx+si]
packsswb xmm7, oword [cs:di]
packsswb xmm7, oword [ss:bp+0x4]
packsswb xmm7, [bx]
vpacksswb xmm4, xmm7, xmm0
vpacksswb xmm7, xmm7, xmm0
vpacksswb xmm0, xmm7, xmm0
vpacksswb xmm4, xmm0, xmm0
vpacksswb xmm4, xmm1, xmm0
vpacksswb xmm4, xmm7, xmm1
vpacksswb xmm4, xmm7, oword [bx]
vpacksswb xmm4, xmm7, oword [eax]
vpacksswb xmm4, xmm7, oword [ebx+ecx*4+0x10]
vpacksswb xmm4, xmm7, oword [esp+0x8]
vpacksswb xmm4, xmm7, oword [ebp-0x81]
vpacksswb xmm4, xmm7, [bx]
vpacksswb ymm1, ymm4, ymm7
vpacksswb ymm4, ymm4, ymm7
vpacksswb ymm7, ymm4, ymm7
vpacksswb ymm1, ymm7, ymm7
vpacksswb ymm1, ymm0, ymm7
vpacksswb ymm1, ymm4, ymm0
vpacksswb ymm1, ymm4, yword [bx]
vpacksswb ymm1, ymm4, yword [ebp]
vpacksswb ymm1, ymm4, yword [bx+si]
vpacksswb ymm1, ymm4, yword [bp+di+0x7f]
vpacksswb ymm1, ymm4, yword [bx+di-0x80]
vpacksswb ymm1, ymm4, [bx]
pcmpgtb mm1, mm5
pcmpgtb mm5, mm5
pcmpgtb mm7, mm5
pcmpgtb mm1, mm7
pcmpgtb mm1, qword [bx]
pcmpgtb mm1, qword [bx+di-0x80]
pcmpgtb mm1, qword [bp+si+0x1234]
pcmpgtb mm1, qword [si]
pcmpgtb mm1, qword [di+0x10]
pcmpgtb mm1, [bx]
pcmpgtb xmm0, xmm1
pcmpgtb xmm1, xmm1
pcmpgtb xmm4, xmm1
pcmpgtb xmm0, xmm4
pcmpgtb xmm0, oword [bx]
pcmpgtb xmm0, oword [bx+0x80]
pcmpgtb xmm0, oword [si-0x2]
pcmpgtb xmm0, oword [es:bx+si]
pcmpgtb xmm0, oword [cs:di]
pcmpgtb xmm0, [bx]
vpcmpgtb xmm7, xmm0, xmm1
vpcmpgtb xmm0, xmm0, xmm1
vpcmpgtb xmm1, xmm0, xmm1
vpcmpgtb xmm7, xmm1, xmm1
vpcmpgtb xmm7, xmm4, xmm1
vpcmpgtb xmm7, xmm0, xmm4
vpcmpgtb xmm7, xmm0, oword [bx]
vpcmpgtb xmm7, xmm0, oword [bx+0x7f]
vpcmpgtb xmm7, xmm0, oword [eax]
vpcmpgtb xmm7, xmm0, oword [ebx+ecx*4+0x10]
vpcmpgtb xmm7, xmm0, oword [esp+0x8]
vpcmpgtb xmm7, xmm0, [bx]
vpcmpgtb ymm4, ymm7, ymm0
vpcmpgtb ymm7, ymm7, ymm0
vpcmpgtb ymm0, ymm7, ymm0
vpcmpgtb ymm4, ymm0, ymm0
vpcmpgtb ymm4, ymm1, ymm0
vpcmpgtb ymm4, ymm7, ymm1
vpcmpgtb ymm4, ymm7, yword [bx]
vpcmpgtb ymm4, ymm7, yword [esp]
vpcmpgtb ymm4, ymm7, yword [ebp]
vpcmpgtb ymm4, ymm7, yword [bx+si]
vpcmpgtb ymm4, ymm7, yword [bp+di+0x7f]
vpcmpgtb ymm4, ymm7, [bx]
pcmpgtw mm5, mm7
pcmpgtw mm7, mm7
pcmpgtw mm0, mm7
pcmpgtw mm5, mm0
pcmpgtw mm5, qword [bx]
pcmpgtw mm5, qword [bp+di+0x7f]
pcmpgtw mm5, qword [bx+di-0x80]
pcmpgtw mm5, qword [bp+si+0x1234]
pcmpgtw mm5, qword [si]
pcmpgtw mm5, [bx]
pcmpgtw xmm1, xmm4
pcmpgtw xmm4, xmm4
pcmpgtw xmm7, xmm4
pcmpgtw xmm1, xmm7
pcmpgtw xmm1, oword [bx]
pcmpgtw xmm1, oword [0x1234]
pcmpgtw xmm1, oword [bx+0x80]
pcmpgtw xmm1, oword [si-0x2]
pcmpgtw xmm1, oword [es:bx+si]
pcmpgtw xmm1, [bx]
vpcmpgtw xmm0, xmm1, xmm4
vpcmpgtw xmm1, xmm1, xmm4
vpcmpgtw xmm4, xmm1, xmm4
vpcmpgtw xmm0, xmm4, xmm4
vpcmpgtw xmm0, xmm7, xmm4
vpcmpgtw xmm0, xmm1, xmm7
vpcmpgtw xmm0, xmm1, oword [bx]
vpcmpgtw xmm0, xmm1, oword [gs:bx+0x12]
vpcmpgtw xmm0, xmm1, oword [bx+0x7f]
vpcmpgtw xmm0, xmm1, oword [eax]
vpcmpgtw xmm0, xmm1, oword [ebx+ecx*4+0x10]
vpcmpgtw xmm0, xmm1, [bx]
vpcmpgtw ymm7, ymm0, ymm1
vpcmpgtw ymm0, ymm0, ymm1
vpcmpgtw ymm1, ymm0, ymm1
vpcmpgtw ymm7, ymm1, ymm1
vpcmpgtw ymm7, ymm4, ymm1
vpcmpgtw ymm7, ymm0, ymm4
vpcmpgtw ymm7, ymm0, yword [bx]
vpcmpgtw ymm7, ymm0, yword [ds:esi+ebx*2]
vpcmpgtw ymm7, ymm0, yword [esp]
vpcmpgtw ymm7, ymm0, yword [ebp]
vpcmpgtw ymm7, ymm0, yword [bx+si]
vpcmpgtw ymm7, ymm0, [bx]
pcmpgtd mm7, mm0
pcmpgtd mm0, mm0
pcmpgtd mm1, mm0
pcmpgtd mm7, mm1
pcmpgtd mm7, qword [bx]
pcmpgtd mm7, qword [bx+si]
pcmpgtd mm7, qword [bp+di+0x7f]
pcmpgtd mm7, qword [bx+di-0x80]
pcmpgtd mm7, qword [bp+si+0x1234]
pcmpgtd mm7, [bx]
pcmpgtd xmm4, xmm7
pcmpgtd xmm7, xmm7
pcmpgtd xmm0, xmm7
pcmpgtd xmm4, xmm0
pcmpgtd xmm4, oword [bx]
pcmpgtd xmm4, oword [bp]
pcmpgtd xmm4, oword [0x1234]
pcmpgtd xmm4, oword [bx+0x80]
pcmpgtd xmm4, oword [si-0x2]
pcmpgtd xmm4, [bx]
vpcmpgtd xmm1, xmm4, xmm7
vpcmpgtd xmm4, xmm4, xmm7
vpcmpgtd xmm7, xmm4, xmm7
vpcmpgtd xmm1, xmm7, xmm7
vpcmpgtd xmm1, xmm0, xmm7
vpcmpgtd xmm1, xmm4, xmm0
vpcmpgtd xmm1, xmm4, oword [bx]
vpcmpgtd xmm1, xmm4, oword [fs:0x20]
vpcmpgtd xmm1, xmm4, oword [gs:bx+0x12]
vpcmpgtd xmm1, xmm4, oword [bx+0x7f]
vpcmpgtd xmm1, xmm4, oword [eax]
vpcmpgtd xmm1, xmm4, [bx]
vpcmpgtd ymm0, ymm1, ymm4
vpcmpgtd ymm1, ymm1, ymm4
vpcmpgtd ymm4, ymm1, ymm4
vpcmpgtd ymm0, ymm4, ymm4
vpcmpgtd ymm0, ymm7, ymm4
vpcmpgtd ymm0, ymm1, ymm7
vpcmpgtd ymm0, ymm1, yword [bx]
vpcmpgtd ymm0, ymm1, yword [edi*8+0x1000]
vpcmpgtd ymm0, ymm1, yword [ds:esi+ebx*2]
vpcmpgtd ymm0, ymm1, yword [esp]
vpcmpgtd ymm0, ymm1, yword [ebp]
vpcmpgtd ymm0, ymm1, [bx]
packuswb mm0, mm1
packuswb mm1, mm1
packuswb mm5, mm1
packuswb mm0, mm5
packuswb mm0, qword [bx]
packuswb mm0, qword [ebp]
packuswb mm0, qword [bx+si]
packuswb mm0, qword [bp+di+0x7f]
packuswb mm0, qword [bx+di-0x80]
packuswb mm0, [bx]
packuswb xmm7, xmm0
packuswb xmm0, xmm0
packuswb xmm1, xmm0
packuswb xmm7, xmm1
packuswb xmm7, oword [bx]
packuswb xmm7, oword [bp+0x8]
packuswb xmm7, oword [bp]
packuswb xmm7, oword [0x1234]
packuswb xmm7, oword [bx+0x80]
packuswb xmm7, [bx]
vpackuswb xmm4, xmm7, xmm0
vpackuswb xmm7, xmm7, xmm0
vpackuswb xmm0, xmm7, xmm0
vpackuswb xmm4, xmm0, xmm0
vpackuswb xmm4, xmm1, xmm0
vpackuswb xmm4, xmm7, xmm1
vpackuswb xmm4, xmm7, oword [bx]
vpackuswb xmm4, xmm7, oword [ss:bp+0x4]
vpackuswb xmm4, xmm7, oword [fs:0x20]
vpackuswb xmm4, xmm7, oword [gs:bx+0x12]
vpackuswb xmm4, xmm7, oword [bx+0x7f]
vpackuswb xmm4, xmm7, [bx]
vpackuswb ymm1, ymm4, ymm7
vpackuswb ymm4, ymm4, ymm7
vpackuswb ymm7, ymm4, ymm7
vpackuswb ymm1, ymm7, ymm7
vpackuswb ymm1, ymm0, ymm7
vpackuswb ymm1, ymm4, ymm0
vpackuswb ymm1, ymm4, yword [bx]
vpackuswb ymm1, ymm4, yword [ebp-0x81]
vpackuswb ymm1, ymm4, yword [edi*8+0x1000]
vpackuswb ymm1, ymm4, yword [ds:esi+ebx*2]
vpackuswb ymm1, ymm4, yword [esp]
vpackuswb ymm1, ymm4, [bx]
punpckhbw mm1, mm5
punpckhbw mm5, mm5
punpckhbw mm7, mm5
punpckhbw mm1, mm7
punpckhbw mm1, qword [bx]
punpckhbw mm1, qword [esp]
punpckhbw mm1, qword [ebp]
punpckhbw mm1, qword [bx+si]
punpckhbw mm1, qword [bp+di+0x7f]
punpckhbw mm1, [bx]
punpckhbw xmm0, xmm1
punpckhbw xmm1, xmm1
punpckhbw xmm4, xmm1
punpckhbw xmm0, xmm4
punpckhbw xmm0, oword [bx]
punpckhbw xmm0, oword [di+0x10]
punpckhbw xmm0, oword [bp+0x8]
punpckhbw xmm0, oword [bp]
punpckhbw xmm0, oword [0x1234]
punpckhbw xmm0, [bx]
vpunpckhbw xmm7, xmm0, xmm1
vpunpckhbw xmm0, xmm0, xmm1
vpunpckhbw xmm1, xmm0, xmm1
vpunpckhbw xmm7, xmm1, xmm1
vpunpckhbw xmm7, xmm4, xmm1
vpunpckhbw xmm7, xmm0, xmm4
vpunpckhbw xmm7, xmm0, oword [bx]
vpunpckhbw xmm7, xmm0, oword [cs:di]
vpunpckhbw xmm7, xmm0, oword [ss:bp+0x4]
vpunpckhbw xmm7, xmm0, oword [fs:0x20]
vpunpckhbw xmm7, xmm0, oword [gs:bx+0x12]
vpunpckhbw xmm7, xmm0, [bx]
vpunpckhbw ymm4, ymm7, ymm0
vpunpckhbw ymm7, ymm7, ymm0
vpunpckhbw ymm0, ymm7, ymm0
vpunpckhbw ymm4, ymm0, ymm0
vpunpckhbw ymm4, ymm1, ymm0
vpunpckhbw ymm4, ymm7, ymm1
vpunpckhbw ymm4, ymm7, yword [bx]
vpunpckhbw ymm4, ymm7, yword [esp+0x8]
vpunpckhbw ymm4, ymm7, yword [ebp-0x81]
vpunpckhbw ymm4, ymm7, yword [edi*8+0x1000]
vpunpckhbw ymm4, ymm7, yword [ds:esi+ebx*2]
vpunpckhbw ymm4, ymm7, [bx]
punpckhwd mm5, mm7
punpckhwd mm7, mm7
punpckhwd mm0, mm7
punpckhwd mm5, mm0
punpckhwd mm5, qword [bx]
punpckhwd mm5, qword [ds:esi+ebx*2]
punpckhwd mm5, qword [esp]
punpckhwd mm5, qword [ebp]
punpckhwd mm5, qword [bx+si]
punpckhwd mm5, [bx]
punpckhwd xmm1, xmm4
punpckhwd xmm4, xmm4
punpckhwd xmm7, xmm4
punpckhwd xmm1, xmm7
punpckhwd xmm1, oword [bx]
punpckhwd xmm1, oword [si]
punpckhwd xmm1, oword [di+0x10]
punpckhwd xmm1, oword [bp+0x8]
punpckhwd xmm1, oword [bp]
punpckhwd xmm1, [bx]
vpunpckhwd xmm0, xmm1, xmm4
vpunpckhwd xmm1, xmm1, xmm4
vpunpckhwd xmm4, xmm1, xmm4
vpunpckhwd xmm0, xmm4, xmm4
vpunpckhwd xmm0, xmm7, xmm4
vpunpckhwd xmm0, xmm1, xmm7
vpunpckhwd xmm0, xmm1, oword [bx]
vpunpckhwd xmm0, xmm1, oword [es:bx+si]
vpunpckhwd xmm0, xmm1, oword [cs:di]
vpunpckhwd xmm0, xmm1, oword [ss:bp+0x4]
vpunpckhwd xmm0, xmm1, oword [fs:0x20]
vpunpckhwd xmm0, xmm1, [bx]
vpunpckhwd ymm7, ymm0, ymm1
vpunpckhwd ymm0, ymm0, ymm1
vpunpckhwd ymm1, ymm0, ymm1
vpunpckhwd ymm7, ymm1, ymm1
vpunpckhwd ymm7, ymm4, ymm1
vpunpckhwd ymm7, ymm0, ymm4
vpunpckhwd ymm7, ymm0, yword [bx]
vpunpckhwd ymm7, ymm0, yword [ebx+ecx*4+0x10]
vpunpckhwd ymm7, ymm0, yword [esp+0x8]
vpunpckhwd ymm7, ymm0, yword [ebp-0x81]
vpunpckhwd ymm7, ymm0, yword [edi*8+0x1000]
vpunpckhwd ymm7, ymm0, [bx]
punpckhdq mm7, mm0
punpckhdq mm0, mm0
punpckhdq mm1, mm0
punpckhdq mm7, mm1
punpckhdq mm7, qword [bx]
punpckhdq mm7, qword [edi*8+0x1000]
punpckhdq mm7, qword [ds:esi+ebx*2]
punpckhdq mm7, qword [esp]
punpckhdq mm7, qword [ebp]
punpckhdq mm7, [bx]
punpckhdq xmm4, xmm7
punpckhdq xmm7, xmm7
punpckhdq xmm0, xmm7
punpckhdq xmm4, xmm0
punpckhdq xmm4, oword [bx]
punpckhdq xmm4, oword [bp+si+0x1234]
punpckhdq xmm4, oword [si]
punpckhdq xmm4, oword [di+0x10]
punpckhdq xmm4, oword [bp+0x8]
punpckhdq xmm4, [bx]
vpunpckhdq xmm1, xmm4, xmm7
vpunpckhdq xmm4, xmm4, xmm7
vpunpckhdq xmm7, xmm4, xmm7
vpunpckhdq xmm1, xmm7, xmm7
vpunpckhdq xmm1, xmm0, xmm7
vpunpckhdq xmm1, xmm4, xmm0
vpunpckhdq xmm1, xmm4, oword [bx]
vpunpckhdq xmm1, xmm4, oword [si-0x2]
vpunpckhdq xmm1, xmm4, oword [es:bx+si]
vpunpckhdq xmm1, xmm4, oword [cs:di]
vpunpckhdq xmm1, xmm4, oword [ss:bp+0x4]
vpunpckhdq xmm1, xmm4, [bx]
vpunpckhdq ymm0, ymm1, ymm4
vpunpckhdq ymm1, ymm1, ymm4
vpunpckhdq ymm4, ymm1, ymm4
vpunpckhdq ymm0, ymm4, ymm4
vpunpckhdq ymm0, ymm7, ymm4
vpunpckhdq ymm0, ymm1, ymm7
vpunpckhdq ymm0, ymm1, yword [bx]
vpunpckhdq ymm0, ymm1, yword [eax]
vpunpckhdq ymm0, ymm1, yword [ebx+ecx*4+0x10]
vpunpckhdq ymm0, ymm1, yword [esp+0x8]
vpunpckhdq ymm0, ymm1, yword [ebp-0x81]
vpunpckhdq ymm0, ymm1, [bx]
packssdw mm0, mm1
packssdw mm1, mm1
packssdw mm5, mm1
packssdw mm0, mm5
packssdw mm0, qword [bx]
packssdw mm0, qword [ebp-0x81]
packssdw mm0, qword [edi*8+0x1000]
packssdw mm0, qword [ds:esi+ebx*2]
packssdw mm0, qword [esp]
packssdw mm0, [bx]
packssdw xmm7, xmm0
packssdw xmm0, xmm0
packssdw xmm1, xmm0
packssdw xmm7, xmm1
packssdw xmm7, oword [bx]
packssdw xmm7, oword [bx+di-0x80]
packssdw xmm7, oword [bp+si+0x1234]
packssdw xmm7, oword [si]
packssdw xmm7, oword [di+0x10]
packssdw xmm7, [bx]
vpackssdw xmm4, xmm7, xmm0
vpackssdw xmm7, xmm7, xmm0
vpackssdw xmm0, xmm7, xmm0
vpackssdw xmm4, xmm0, xmm0
vpackssdw xmm4, xmm1, xmm0
vpackssdw xmm4, xmm7, xmm1
vpackssdw xmm4, xmm7, oword [bx]
vpackssdw xmm4, xmm7, oword [bx+0x80]
vpackssdw xmm4, xmm7, oword [si-0x2]
vpackssdw xmm4, xmm7, oword [es:bx+si]
vpackssdw xmm4, xmm7, oword [cs:di]
vpackssdw xmm4, xmm7, [bx]
vpackssdw ymm1, ymm4, ymm7
vpackssdw ymm4, ymm4, ymm7
vpackssdw ymm7, ymm4, ymm7
vpackssdw ymm1, ymm7, ymm7
vpackssdw ymm1, ymm0, ymm7
vpackssdw ymm1, ymm4, ymm0
vpackssdw ymm1, ymm4, yword [bx]
vpackssdw ymm1, ymm4, yword [bx+0x7f]
vpackssdw ymm1, ymm4, yword [eax]
vpackssdw ymm1, ymm4, yword [ebx+ecx*4+0x10]
vpackssdw ymm1, ymm4, yword [esp+0x8]
vpackssdw ymm1, ymm4, [bx]
punpcklqdq xmm1, xmm4
punpcklqdq xmm4, xmm4
punpcklqdq xmm7, xmm4
punpcklqdq xmm1, xmm7
punpcklqdq xmm1, oword [bx]
punpcklqdq xmm1, oword [esp+0x8]
punpcklqdq xmm1, oword [ebp-0x81]
punpcklqdq xmm1, oword [edi*8+0x1000]
punpcklqdq xmm1, oword [ds:esi+ebx*2]
punpcklqdq xmm1, [bx]
vpunpcklqdq xmm0, xmm1, xmm4
vpunpcklqdq xmm1, xmm1, xmm4
vpunpcklqdq xmm4, xmm1, xmm4
vpunpcklqdq xmm0, xmm4, xmm4
vpunpcklqdq xmm0, xmm7, xmm4
vpunpcklqdq xmm0, xmm1, xmm7
vpunpcklqdq xmm0, xmm1, oword [bx]
vpunpcklqdq xmm0, xmm1, oword [bp+di+0x7f]
vpunpcklqdq xmm0, xmm1, oword [bx+di-0x80]
vpunpcklqdq xmm0, xmm1, oword [bp+si+0x1234]
vpunpcklqdq xmm0, xmm1, oword [si]
vpunpcklqdq xmm0, xmm1, [bx]
vpunpcklqdq ymm7, ymm0, ymm1
vpunpcklqdq ymm0, ymm0, ymm1
vpunpcklqdq ymm1, ymm0, ymm1
vpunpcklqdq ymm7, ymm1, ymm1
vpunpcklqdq ymm7, ymm4, ymm1
vpunpcklqdq ymm7, ymm0, ymm4
vpunpcklqdq ymm7, ymm0, yword [bx]
vpunpcklqdq ymm7, ymm0, yword [0x1234]
vpunpcklqdq ymm7, ymm0, yword [bx+0x80]
vpunpcklqdq ymm7, ymm0, yword [si-0x2]
vpunpcklqdq ymm7, ymm0, yword [es:bx+si]
vpunpcklqdq ymm7, ymm0, [bx]
punpckhqdq xmm7, xmm0
punpckhqdq xmm0, xmm0
punpckhqdq xmm1, xmm0
punpckhqdq xmm7, xmm1
punpckhqdq xmm7, oword [bx]
punpckhqdq xmm7, oword [es:bx+si]
punpckhqdq xmm7, oword [cs:di]
punpckhqdq xmm7, oword [ss:bp+0x4]
punpckhqdq xmm7, oword [fs:0x20]
punpckhqdq xmm7, [bx]
vpunpckhqdq xmm4, xmm7, xmm0
vpunpckhqdq xmm7, xmm7, xmm0
vpunpckhqdq xmm0, xmm7, xmm0
vpunpckhqdq xmm4, xmm0, xmm0
vpunpckhqdq xmm4, xmm1, xmm0
vpunpckhqdq xmm4, xmm7, xmm1
vpunpckhqdq xmm4, xmm7, oword [bx]
vpunpckhqdq xmm4, xmm7, oword [ebx+ecx*4+0x10]
vpunpckhqdq xmm4, xmm7, oword [esp+0x8]
vpunpckhqdq xmm4, xmm7, oword [ebp-0x81]
vpunpckhqdq xmm4, xmm7, oword [edi*8+0x1000]
vpunpckhqdq xmm4, xmm7, [bx]
vpunpckhqdq ymm1, ymm4, ymm7
vpunpckhqdq ymm4, ymm4, ymm7
vpunpckhqdq ymm7, ymm4, ymm7
vpunpckhqdq ymm1, ymm7, ymm7
vpunpckhqdq ymm1, ymm0, ymm7
vpunpckhqdq ymm1, ymm4, ymm0
vpunpckhqdq ymm1, ymm4, yword [bx]
vpunpckhqdq ymm1, ymm4, yword [bx+si]
vpunpckhqdq ymm1, ymm4, yword [bp+di+0x7f]
vpunpckhqdq ymm1, ymm4, yword [bx+di-0x80]
vpunpckhqdq ymm1, ymm4, yword [bp+si+0x1234]
vpunpckhqdq ymm1, ymm4, [bx]
movd mm0, esi
movd mm1, esi
movd mm5, esi
movd mm7, esi
movd mm0, edi
movd mm0, dword [bx]
movd mm0, dword [bx+si]
movd mm0, dword [bp+di+0x7f]
movd mm0, dword [bx+di-0x80]
movd mm0, dword [bp+si+0x1234]
movd mm0, dword [si]
movd mm0, dword [di+0x10]
movd mm0, dword [bp+0x8]
movd mm0, dword [bp]
movd mm0, dword [0x1234]
movd mm0, dword [bx+0x80]
movd mm0, dword [si-0x2]
movd mm0, dword [es:bx+si]
movd mm0, dword [cs:di]
movd mm0, dword [ss:bp+0x4]
movd mm0, dword [fs:0x20]
movd mm0, dword [gs:bx+0x12]
movd mm0, dword [bx+0x7f]
movd mm0, dword [eax]
movd mm0, dword [ebx+ecx*4+0x10]
movd mm0, dword [esp+0x8]
movd mm0, dword [ebp-0x81]
movd mm0, dword [edi*8+0x1000]
movd mm0, dword [ds:esi+ebx*2]
movd mm0, dword [esp]
movd mm0, dword [ebp]
movd mm0, [bx]
movd xmm0, esp
movd xmm1, esp
movd xmm4, esp
movd xmm7, esp
movd xmm0, ebp
movd xmm0, dword [bx]
movd xmm0, dword [bx+si]
movd xmm0, dword [bp+di+0x7f]
movd xmm0, dword [bx+di-0x80]
movd xmm0, dword [bp+si+0x1234]
movd xmm0, dword [si]
movd xmm0, dword [di+0x10]
movd xmm0, dword [bp+0x8]
movd xmm0, dword [bp]
movd xmm0, dword [0x1234]
movd xmm0, dword [bx+0x80]
movd xmm0, dword [si-0x2]
movd xmm0, dword [es:bx+si]
movd xmm0, dword [cs:di]
movd xmm0, dword [ss:bp+0x4]
movd xmm0, dword [fs:0x20]
movd xmm0, dword [gs:bx+0x12]
movd xmm0, dword [bx+0x7f]
movd xmm0, dword [eax]
movd xmm0, dword [ebx+ecx*4+0x10]
movd xmm0, dword [esp+0x8]
movd xmm0, dword [ebp-0x81]
movd xmm0, dword [edi*8+0x1000]
movd xmm0, dword [ds:esi+ebx*2]
movd xmm0, dword [esp]
movd xmm0, dword [ebp]
movd xmm0, [bx]
vmovd xmm1, edx
vmovd xmm4, edx
vmovd xmm7, edx
vmovd xmm1, ebx
vmovd xmm1, dword [bx]
vmovd xmm1, dword [bp+0x8]
vmovd xmm1, dword [bp]
vmovd xmm1, dword [0x1234]
vmovd xmm1, dword [bx+0x80]
vmovd xmm1, [bx]
movq mm1, mm5
movq mm5, mm5
movq mm7, mm5
movq mm1, mm7
movq mm1, qword [bx]
movq mm1, qword [bx+0x80]
movq mm1, qword [si-0x2]
movq mm1, qword [es:bx+si]
movq mm1, qword [cs:di]
movq mm1, [bx]
movdqa xmm0, xmm1
movdqa xmm1, xmm1
movdqa xmm4, xmm1
movdqa xmm0, xmm4
movdqa xmm0, oword [bx]
movdqa xmm0, oword [bx+0x7f]
movdqa xmm0, oword [eax]
movdqa xmm0, oword [ebx+ecx*4+0x10]
movdqa xmm0, oword [esp+0x8]
movdqa xmm0, [bx]
vmovdqa xmm7, xmm0
vmovdqa xmm0, xmm0
vmovdqa xmm1, xmm0
vmovdqa xmm7, xmm1
vmovdqa xmm7, oword [bx]
vmovdqa xmm7, oword [esp]
vmovdqa xmm7, oword [ebp]
vmovdqa xmm7, oword [bx+si]
vmovdqa xmm7, oword [bp+di+0x7f]
vmovdqa xmm7, [bx]
vmovdqa ymm4, ymm7
vmovdqa ymm7, ymm7
vmovdqa ymm0, ymm7
vmovdqa ymm4, ymm0
vmovdqa ymm4, yword [bx]
vmovdqa ymm4, yword [di+0x10]
vmovdqa ymm4, yword [bp+0x8]
vmovdqa ymm4, yword [bp]
vmovdqa ymm4, yword [0x1234]
vmovdqa ymm4, [bx]
movdqu xmm7, xmm0
movdqu xmm0, xmm0
movdqu xmm1, xmm0
movdqu xmm7, xmm1
movdqu xmm7, oword [bx]
movdqu xmm7, oword [si]
movdqu xmm7, oword [di+0x10]
movdqu xmm7, oword [bp+0x8]
movdqu xmm7, oword [bp]
movdqu xmm7, [bx]
vmovdqu xmm0, xmm7
vmovdqu xmm1, xmm7
vmovdqu xmm4, xmm7
vmovdqu xmm7, xmm7
vmovdqu xmm0, xmm0
vmovdqu xmm0, oword [bx]
vmovdqu xmm0, oword [bx+si]
vmovdqu xmm0, oword [bp+di+0x7f]
vmovdqu xmm0, oword [bx+di-0x80]
vmovdqu xmm0, oword [bp+si+0x1234]
vmovdqu xmm0, oword [si]
vmovdqu xmm0, oword [di+0x10]
vmovdqu xmm0, oword [bp+0x8]
vmovdqu xmm0, oword [bp]
vmovdqu xmm0, oword [0x1234]
vmovdqu xmm0, oword [bx+0x80]
vmovdqu xmm0, oword [si-0x2]
vmovdqu xmm0, oword [es:bx+si]
vmovdqu xmm0, oword [cs:di]
vmovdqu xmm0, oword [ss:bp+0x4]
vmovdqu xmm0, oword [fs:0x20]
vmovdqu xmm0, oword [gs:bx+0x12]
vmovdqu xmm0, oword [bx+0x7f]
vmovdqu xmm0, oword [eax]
vmovdqu xmm0, oword [ebx+ecx*4+0x10]
vmovdqu xmm0, oword [esp+0x8]
vmovdqu xmm0, oword [ebp-0x81]
vmovdqu xmm0, oword [edi*8+0x1000]
vmovdqu xmm0, oword [ds:esi+ebx*2]
vmovdqu xmm0, oword [esp]
vmovdqu xmm0, oword [ebp]
vmovdqu xmm0, [bx]
vmovdqu ymm0, ymm4
vmovdqu ymm1, ymm4
vmovdqu ymm4, ymm4
vmovdqu ymm7, ymm4
vmovdqu ymm0, ymm7
vmovdqu ymm0, yword [bx]
vmovdqu ymm0, yword [bx+si]
vmovdqu ymm0, yword [bp+di+0x7f]
vmovdqu ymm0, yword [bx+di-0x80]
vmovdqu ymm0, yword [bp+si+0x1234]
vmovdqu ymm0, yword [si]
vmovdqu ymm0, yword [di+0x10]
vmovdqu ymm0, yword [bp+0x8]
vmovdqu ymm0, yword [bp]
vmovdqu ymm0, yword [0x1234]
vmovdqu ymm0, yword [bx+0x80]
vmovdqu ymm0, yword [si-0x2]
vmovdqu ymm0, yword [es:bx+si]
vmovdqu ymm0, yword [cs:di]
vmovdqu ymm0, yword [ss:bp+0x4]
vmovdqu ymm0, yword [fs:0x20]
vmovdqu ymm0, yword [gs:bx+0x12]
vmovdqu ymm0, yword [bx+0x7f]
vmovdqu ymm0, yword [eax]
vmovdqu ymm0, yword [ebx+ecx*4+0x10]
vmovdqu ymm0, yword [esp+0x8]
vmovdqu ymm0, yword [ebp-0x81]
vmovdqu ymm0, yword [edi*8+0x1000]
vmovdqu ymm0, yword [ds:esi+ebx*2]
vmovdqu ymm0, yword [esp]
vmovdqu ymm0, yword [ebp]
vmovdqu ymm0, [bx]
pshufw mm0, mm1, 0x12
pshufw mm1, mm1, 0x12
pshufw mm5, mm1, 0x12
pshufw mm0, mm5, 0x12
pshufw mm0, [bx], 0x12
pshufw mm0, mm1, 0xf0
pshufd xmm7, xmm0, 0x12
pshufd xmm0, xmm0, 0x12
pshufd xmm1, xmm0, 0x12
pshufd xmm7, xmm1, 0x12
pshufd xmm7, [bx], 0x12
pshufd xmm7, xmm0, 0xf0
vpshufd xmm4, xmm7, 0x12
vpshufd xmm7, xmm7, 0x12
vpshufd xmm0, xmm7, 0x12
vpshufd xmm4, xmm0, 0x12
vpshufd xmm4, oword [bx], 0x12
vpshufd xmm4, oword [esp], 0x12
vpshufd xmm4, oword [ebp], 0x12
vpshufd xmm4, oword [bx+si], 0x12
vpshufd xmm4, oword [bp+di+0x7f], 0x12
vpshufd xmm4, [bx], 0x12
vpshufd xmm4, xmm7, 0xf0
vpshufd ymm1, ymm4, 0x12
vpshufd ymm4, ymm4, 0x12
vpshufd ymm7, ymm4, 0x12
vpshufd ymm1, ymm7, 0x12
vpshufd ymm1, yword [bx], 0x12
vpshufd ymm1, yword [di+0x10], 0x12
vpshufd ymm1, yword [bp+0x8], 0x12
vpshufd ymm1, yword [bp], 0x12
vpshufd ymm1, yword [0x1234], 0x12
vpshufd ymm1, [bx], 0x12
vpshufd ymm1, ymm4, 0xf0
pshufhw xmm1, xmm4, 0x12
pshufhw xmm4, xmm4, 0x12
pshufhw xmm7, xmm4, 0x12
pshufhw xmm1, xmm7, 0x12
pshufhw xmm1, [bx], 0x12
pshufhw xmm1, xmm4, 0xf0
vpshufhw xmm0, xmm1, 0x12
vpshufhw xmm1, xmm1, 0x12
vpshufhw xmm4, xmm1, 0x12
vpshufhw xmm0, xmm4, 0x12
vpshufhw xmm0, oword [bx], 0x12
vpshufhw xmm0, oword [gs:bx+0x12], 0x12
vpshufhw xmm0, oword [bx+0x7f], 0x12
vpshufhw xmm0, oword [eax], 0x12
vpshufhw xmm0, oword [ebx+ecx*4+0x10], 0x12
vpshufhw xmm0, [bx], 0x12
vpshufhw xmm0, xmm1, 0xf0
vpshufhw ymm7, ymm0, 0x12
vpshufhw ymm0, ymm0, 0x12
vpshufhw ymm1, ymm0, 0x12
vpshufhw ymm7, ymm1, 0x12
vpshufhw ymm7, yword [bx], 0x12
vpshufhw ymm7, yword [ds:esi+ebx*2], 0x12
vpshufhw ymm7, yword [esp], 0x12
vpshufhw ymm7, yword [ebp], 0x12
vpshufhw ymm7, yword [bx+si], 0x12
vpshufhw ymm7, [bx], 0x12
vpshufhw ymm7, ymm0, 0xf0
pshuflw xmm7, xmm0, 0x12
pshuflw xmm0, xmm0, 0x12
pshuflw xmm1, xmm0, 0x12
pshuflw xmm7, xmm1, 0x12
pshuflw xmm7, [bx], 0x12
pshuflw xmm7, xmm0, 0xf0
vpshuflw xmm4, xmm7, 0x12
vpshuflw xmm7, xmm7, 0x12
vpshuflw xmm0, xmm7, 0x12
vpshuflw xmm4, xmm0, 0x12
vpshuflw xmm4, oword [bx], 0x12
vpshuflw xmm4, oword [bp], 0x12
vpshuflw xmm4, oword [0x1234], 0x12
vpshuflw xmm4, oword [bx+0x80], 0x12
vpshuflw xmm4, oword [si-0x2], 0x12
vpshuflw xmm4, [bx], 0x12
vpshuflw xmm4, xmm7, 0xf0
vpshuflw ymm1, ymm4, 0x12
vpshuflw ymm4, ymm4, 0x12
vpshuflw ymm7, ymm4, 0x12
vpshuflw ymm1, ymm7, 0x12
vpshuflw ymm1, yword [bx], 0x12
vpshuflw ymm1, yword [fs:0x20], 0x12
vpshuflw ymm1, yword [gs:bx+0x12], 0x12
vpshuflw ymm1, yword [bx+0x7f], 0x12
vpshuflw ymm1, yword [eax], 0x12
vpshuflw ymm1, [bx], 0x12
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
pcmpeqb mm5, qword [bx]
pcmpeqb mm5, qword [esp]
pcmpeqb mm5, qword [ebp]
pcmpeqb mm5, qword [bx+si]
pcmpeqb mm5, qword [bp+di+0x7f]
pcmpeqb mm5, [bx]
pcmpeqb xmm1, xmm4
pcmpeqb xmm4, xmm4
pcmpeqb xmm7, xmm4
pcmpeqb xmm1, xmm7
pcmpeqb xmm1, oword [bx]
pcmpeqb xmm1, oword [di+0x10]
pcmpeqb xmm1, oword [bp+0x8]
pcmpeqb xmm1, oword [bp]
pcmpeqb xmm1, oword [0x1234]
pcmpeqb xmm1, [bx]
vpcmpeqb xmm0, xmm1, xmm4
vpcmpeqb xmm1, xmm1, xmm4
vpcmpeqb xmm4, xmm1, xmm4
vpcmpeqb xmm0, xmm4, xmm4
vpcmpeqb xmm0, xmm7, xmm4
vpcmpeqb xmm0, xmm1, xmm7
vpcmpeqb xmm0, xmm1, oword [bx]
vpcmpeqb xmm0, xmm1, oword [cs:di]
vpcmpeqb xmm0, xmm1, oword [ss:bp+0x4]
vpcmpeqb xmm0, xmm1, oword [fs:0x20]
vpcmpeqb xmm0, xmm1, oword [gs:bx+0x12]
vpcmpeqb xmm0, xmm1, [bx]
vpcmpeqb ymm7, ymm0, ymm1
vpcmpeqb ymm0, ymm0, ymm1
vpcmpeqb ymm1, ymm0, ymm1
vpcmpeqb ymm7, ymm1, ymm1
vpcmpeqb ymm7, ymm4, ymm1
vpcmpeqb ymm7, ymm0, ymm4
vpcmpeqb ymm7, ymm0, yword [bx]
vpcmpeqb ymm7, ymm0, yword [esp+0x8]
vpcmpeqb ymm7, ymm0, yword [ebp-0x81]
vpcmpeqb ymm7, ymm0, yword [edi*8+0x1000]
vpcmpeqb ymm7, ymm0, yword [ds:esi+ebx*2]
vpcmpeqb ymm7, ymm0, [bx]
pcmpeqw mm7, mm0
pcmpeqw mm0, mm0
pcmpeqw mm1, mm0
pcmpeqw mm7, mm1
pcmpeqw mm7, qword [bx]
pcmpeqw mm7, qword [ds:esi+ebx*2]
pcmpeqw mm7, qword [esp]
pcmpeqw mm7, qword [ebp]
pcmpeqw mm7, qword [bx+si]
pcmpeqw mm7, [bx]
pcmpeqw xmm4, xmm7
pcmpeqw xmm7, xmm7
pcmpeqw xmm0, xmm7
pcmpeqw xmm4, xmm0
pcmpeqw xmm4, oword [bx]
pcmpeqw xmm4, oword [si]
pcmpeqw xmm4, oword [di+0x10]
pcmpeqw xmm4, oword [bp+0x8]
pcmpeqw xmm4, oword [bp]
pcmpeqw xmm4, [bx]
vpcmpeqw xmm1, xmm4, xmm7
vpcmpeqw xmm4, xmm4, xmm7
vpcmpeqw xmm7, xmm4, xmm7
vpcmpeqw xmm1, xmm7, xmm7
vpcmpeqw xmm1, xmm0, xmm7
vpcmpeqw xmm1, xmm4, xmm0
vpcmpeqw xmm1, xmm4, oword [bx]
vpcmpeqw xmm1, xmm4, oword [es:bx+si]
vpcmpeqw xmm1, xmm4, oword [cs:di]
vpcmpeqw xmm1, xmm4, oword [ss:bp+0x4]
vpcmpeqw xmm1, xmm4, oword [fs:0x20]
vpcmpeqw xmm1, xmm4, [bx]
vpcmpeqw ymm0, ymm1, ymm4
vpcmpeqw ymm1, ymm1, ymm4
vpcmpeqw ymm4, ymm1, ymm4
vpcmpeqw ymm0, ymm4, ymm4
vpcmpeqw ymm0, ymm7, ymm4
vpcmpeqw ymm0, ymm1, ymm7
vpcmpeqw ymm0, ymm1, yword [bx]
vpcmpeqw ymm0, ymm1, yword [ebx+ecx*4+0x10]
vpcmpeqw ymm0, ymm1, yword [esp+0x8]
vpcmpeqw ymm0, ymm1, yword [ebp-0x81]
vpcmpeqw ymm0, ymm1, yword [edi*8+0x1000]
vpcmpeqw ymm0, ymm1, [bx]
pcmpeqd mm0, mm1
pcmpeqd mm1, mm1
pcmpeqd mm5, mm1
pcmpeqd mm0, mm5
pcmpeqd mm0, qword [bx]
pcmpeqd mm0, qword [edi*8+0x1000]
pcmpeqd mm0, qword [ds:esi+ebx*2]
pcmpeqd mm0, qword [esp]
pcmpeqd mm0, qword [ebp]
pcmpeqd mm0, [bx]
pcmpeqd xmm7, xmm0
pcmpeqd xmm0, xmm0
pcmpeqd xmm1, xmm0
pcmpeqd xmm7, xmm1
pcmpeqd xmm7, oword [bx]
pcmpeqd xmm7, oword [bp+si+0x1234]
pcmpeqd xmm7, oword [si]
pcmpeqd xmm7, oword [di+0x10]
pcmpeqd xmm7, oword [bp+0x8]
pcmpeqd xmm7, [bx]
vpcmpeqd xmm4, xmm7, xmm0
vpcmpeqd xmm7, xmm7, xmm0
vpcmpeqd xmm0, xmm7, xmm0
vpcmpeqd xmm4, xmm0, xmm0
vpcmpeqd xmm4, xmm1, xmm0
vpcmpeqd xmm4, xmm7, xmm1
vpcmpeqd xmm4, xmm7, oword [bx]
vpcmpeqd xmm4, xmm7, oword [si-0x2]
vpcmpeqd xmm4, xmm7, oword [es:bx+si]
vpcmpeqd xmm4, xmm7, oword [cs:di]
vpcmpeqd xmm4, xmm7, oword [ss:bp+0x4]
vpcmpeqd xmm4, xmm7, [bx]
vpcmpeqd ymm1, ymm4, ymm7
vpcmpeqd ymm4, ymm4, ymm7
vpcmpeqd ymm7, ymm4, ymm7
vpcmpeqd ymm1, ymm7, ymm7
vpcmpeqd ymm1, ymm0, ymm7
vpcmpeqd ymm1, ymm4, ymm0
vpcmpeqd ymm1, ymm4, yword [bx]
vpcmpeqd ymm1, ymm4, yword [eax]
vpcmpeqd ymm1, ymm4, yword [ebx+ecx*4+0x10]
vpcmpeqd ymm1, ymm4, yword [esp+0x8]
vpcmpeqd ymm1, ymm4, yword [ebp-0x81]
vpcmpeqd ymm1, ymm4, [bx]
emms
vzeroupper
vzeroall
vmread esi, edi
vmread edi, edi
vmread dword [bx], edi
vmread dword [bx+0x7f], edi
vmread dword [eax], edi
vmread dword [ebx+ecx*4+0x10], edi
vmread dword [esp+0x8], edi
vmread [bx], edi
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
vmwrite edx, dword [bx]
vmwrite edx, dword [bp+0x8]
vmwrite edx, dword [bp]
vmwrite edx, dword [0x1234]
vmwrite edx, dword [bx+0x80]
vmwrite edx, [bx]
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
haddpd xmm4, oword [bx]
haddpd xmm4, oword [eax]
haddpd xmm4, oword [ebx+ecx*4+0x10]
haddpd xmm4, oword [esp+0x8]
haddpd xmm4, oword [ebp-0x81]
haddpd xmm4, [bx]
vhaddpd xmm1, xmm4, xmm7
vhaddpd xmm4, xmm4, xmm7
vhaddpd xmm7, xmm4, xmm7
vhaddpd xmm1, xmm7, xmm7
vhaddpd xmm1, xmm0, xmm7
vhaddpd xmm1, xmm4, xmm0
vhaddpd xmm1, xmm4, oword [bx]
vhaddpd xmm1, xmm4, oword [ebp]
vhaddpd xmm1, xmm4, oword [bx+si]
vhaddpd xmm1, xmm4, oword [bp+di+0x7f]
vhaddpd xmm1, xmm4, oword [bx+di-0x80]
vhaddpd xmm1, xmm4, [bx]
vhaddpd ymm0, ymm1, ymm4
vhaddpd ymm1, ymm1, ymm4
vhaddpd ymm4, ymm1, ymm4
vhaddpd ymm0, ymm4, ymm4
vhaddpd ymm0, ymm7, ymm4
vhaddpd ymm0, ymm1, ymm7
vhaddpd ymm0, ymm1, yword [bx]
vhaddpd ymm0, ymm1, yword [bp+0x8]
vhaddpd ymm0, ymm1, yword [bp]
vhaddpd ymm0, ymm1, yword [0x1234]
vhaddpd ymm0, ymm1, yword [bx+0x80]
vhaddpd ymm0, ymm1, [bx]
haddps xmm7, xmm0
haddps xmm0, xmm0
haddps xmm1, xmm0
haddps xmm7, xmm1
haddps xmm7, oword [bx]
haddps xmm7, oword [ss:bp+0x4]
haddps xmm7, oword [fs:0x20]
haddps xmm7, oword [gs:bx+0x12]
haddps xmm7, oword [bx+0x7f]
haddps xmm7, [bx]
vhaddps xmm4, xmm7, xmm0
vhaddps xmm7, xmm7, xmm0
vhaddps xmm0, xmm7, xmm0
vhaddps xmm4, xmm0, xmm0
vhaddps xmm4, xmm1, xmm0
vhaddps xmm4, xmm7, xmm1
vhaddps xmm4, xmm7, oword [bx]
vhaddps xmm4, xmm7, oword [ebp-0x81]
vhaddps xmm4, xmm7, oword [edi*8+0x1000]
vhaddps xmm4, xmm7, oword [ds:esi+ebx*2]
vhaddps xmm4, xmm7, oword [esp]
vhaddps xmm4, xmm7, [bx]
vhaddps ymm1, ymm4, ymm7
vhaddps ymm4, ymm4, ymm7
vhaddps ymm7, ymm4, ymm7
vhaddps ymm1, ymm7, ymm7
vhaddps ymm1, ymm0, ymm7
vhaddps ymm1, ymm4, ymm0
vhaddps ymm1, ymm4, yword [bx]
vhaddps ymm1, ymm4, yword [bx+di-0x80]
vhaddps ymm1, ymm4, yword [bp+si+0x1234]
vhaddps ymm1, ymm4, yword [si]
vhaddps ymm1, ymm4, yword [di+0x10]
vhaddps ymm1, ymm4, [bx]
hsubpd xmm0, xmm1
hsubpd xmm1, xmm1
hsubpd xmm4, xmm1
hsubpd xmm0, xmm4
hsubpd xmm0, oword [bx]
hsubpd xmm0, oword [bx+0x80]
hsubpd xmm0, oword [si-0x2]
hsubpd xmm0, oword [es:bx+si]
hsubpd xmm0, oword [cs:di]
hsubpd xmm0, [bx]
vhsubpd xmm7, xmm0, xmm1
vhsubpd xmm0, xmm0, xmm1
vhsubpd xmm1, xmm0, xmm1
vhsubpd xmm7, xmm1, xmm1
vhsubpd xmm7, xmm4, xmm1
vhsubpd xmm7, xmm0, xmm4
vhsubpd xmm7, xmm0, oword [bx]
vhsubpd xmm7, xmm0, oword [bx+0x7f]
vhsubpd xmm7, xmm0, oword [eax]
vhsubpd xmm7, xmm0, oword [ebx+ecx*4+0x10]
vhsubpd xmm7, xmm0, oword [esp+0x8]
vhsubpd xmm7, xmm0, [bx]
vhsubpd ymm4, ymm7, ymm0
vhsubpd ymm7, ymm7, ymm0
vhsubpd ymm0, ymm7, ymm0
vhsubpd ymm4, ymm0, ymm0
vhsubpd ymm4, ymm1, ymm0
vhsubpd ymm4, ymm7, ymm1
vhsubpd ymm4, ymm7, yword [bx]
vhsubpd ymm4, ymm7, yword [esp]
vhsubpd ymm4, ymm7, yword [ebp]
vhsubpd ymm4, ymm7, yword [bx+si]
vhsubpd ymm4, ymm7, yword [bp+di+0x7f]
vhsubpd ymm4, ymm7, [bx]
hsubps xmm1, xmm4
hsubps xmm4, xmm4
hsubps xmm7, xmm4
hsubps xmm1, xmm7
hsubps xmm1, oword [bx]
hsubps xmm1, oword [di+0x10]
hsubps xmm1, oword [bp+0x8]
hsubps xmm1, oword [bp]
hsubps xmm1, oword [0x1234]
hsubps xmm1, [bx]
vhsubps xmm0, xmm1, xmm4
vhsubps xmm1, xmm1, xmm4
vhsubps xmm4, xmm1, xmm4
vhsubps xmm0, xmm4, xmm4
vhsubps xmm0, xmm7, xmm4
vhsubps xmm0, xmm1, xmm7
vhsubps xmm0, xmm1, oword [bx]
vhsubps xmm0, xmm1, oword [cs:di]
vhsubps xmm0, xmm1, oword [ss:bp+0x4]
vhsubps xmm0, xmm1, oword [fs:0x20]
vhsubps xmm0, xmm1, oword [gs:bx+0x12]
vhsubps xmm0, xmm1, [bx]
vhsubps ymm7, ymm0, ymm1
vhsubps ymm0, ymm0, ymm1
vhsubps ymm1, ymm0, ymm1
vhsubps ymm7, ymm1, ymm1
vhsubps ymm7, ymm4, ymm1
vhsubps ymm7, ymm0, ymm4
vhsubps ymm7, ymm0, yword [bx]
vhsubps ymm7, ymm0, yword [esp+0x8]
vhsubps ymm7, ymm0, yword [ebp-0x81]
vhsubps ymm7, ymm0, yword [edi*8+0x1000]
vhsubps ymm7, ymm0, yword [ds:esi+ebx*2]
vhsubps ymm7, ymm0, [bx]
movd esi, mm0
movd edi, mm0
movd dword [bx], mm0
movd dword [bx+si], mm0
movd dword [bp+di+0x7f], mm0
movd dword [bx+di-0x80], mm0
movd dword [bp+si+0x1234], mm0
movd dword [si], mm0
movd dword [di+0x10], mm0
movd dword [bp+0x8], mm0
movd dword [bp], mm0
movd dword [0x1234], mm0
movd dword [bx+0x80], mm0
movd dword [si-0x2], mm0
movd dword [es:bx+si], mm0
movd dword [cs:di], mm0
movd dword [ss:bp+0x4], mm0
movd dword [fs:0x20], mm0
movd dword [gs:bx+0x12], mm0
movd dword [bx+0x7f], mm0
movd dword [eax], mm0
movd dword [ebx+ecx*4+0x10], mm0
movd dword [esp+0x8], mm0
movd dword [ebp-0x81], mm0
movd dword [edi*8+0x1000], mm0
movd dword [ds:esi+ebx*2], mm0
movd dword [esp], mm0
movd dword [ebp], mm0
movd [bx], mm0
movd esi, mm1
movd esi, mm5
movd esi, mm7
movd esp, xmm0
movd ebp, xmm0
movd dword [bx], xmm0
movd dword [bx+si], xmm0
movd dword [bp+di+0x7f], xmm0
movd dword [bx+di-0x80], xmm0
movd dword [bp+si+0x1234], xmm0
movd dword [si], xmm0
movd dword [di+0x10], xmm0
movd dword [bp+0x8], xmm0
movd dword [bp], xmm0
movd dword [0x1234], xmm0
movd dword [bx+0x80], xmm0
movd dword [si-0x2], xmm0
movd dword [es:bx+si], xmm0
movd dword [cs:di], xmm0
movd dword [ss:bp+0x4], xmm0
movd dword [fs:0x20], xmm0
movd dword [gs:bx+0x12], xmm0
movd dword [bx+0x7f], xmm0
movd dword [eax], xmm0
movd dword [ebx+ecx*4+0x10], xmm0
movd dword [esp+0x8], xmm0
movd dword [ebp-0x81], xmm0
movd dword [edi*8+0x1000], xmm0
movd dword [ds:esi+ebx*2], xmm0
movd dword [esp], xmm0
movd dword [ebp], xmm0
movd [bx], xmm0
movd esp, xmm1
movd esp, xmm4
movd esp, xmm7
vmovd edx, xmm7
vmovd ebx, xmm7
vmovd dword [bx], xmm7
vmovd dword [si], xmm7
vmovd dword [di+0x10], xmm7
vmovd dword [bp+0x8], xmm7
vmovd dword [bp], xmm7
vmovd [bx], xmm7
vmovd edx, xmm0
vmovd edx, xmm1
movq xmm4, xmm7
movq xmm7, xmm7
movq xmm0, xmm7
movq xmm4, xmm0
movq xmm4, qword [bx]
movq xmm4, qword [bp]
movq xmm4, qword [0x1234]
movq xmm4, qword [bx+0x80]
movq xmm4, qword [si-0x2]
movq xmm4, [bx]
vmovq xmm1, xmm4
vmovq xmm4, xmm4
vmovq xmm7, xmm4
vmovq xmm1, xmm7
vmovq xmm1, qword [bx]
vmovq xmm1, qword [fs:0x20]
vmovq xmm1, qword [gs:bx+0x12]
vmovq xmm1, qword [bx+0x7f]
vmovq xmm1, qword [eax]
vmovq xmm1, [bx]
movq mm7, mm0
movq mm0, mm0
movq qword [bx], mm0
movq qword [bp+si+0x1234], mm0
movq qword [si], mm0
movq qword [di+0x10], mm0
movq qword [bp+0x8], mm0
movq [bx], mm0
movq mm7, mm1
movdqa xmm4, xmm7
movdqa xmm7, xmm7
movdqa oword [bx], xmm7
movdqa oword [si-0x2], xmm7
movdqa oword [es:bx+si], xmm7
movdqa oword [cs:di], xmm7
movdqa oword [ss:bp+0x4], xmm7
movdqa [bx], xmm7
movdqa xmm4, xmm0
vmovdqa xmm1, xmm4
vmovdqa xmm4, xmm4
vmovdqa oword [bx], xmm4
vmovdqa oword [eax], xmm4
vmovdqa oword [ebx+ecx*4+0x10], xmm4
vmovdqa oword [esp+0x8], xmm4
vmovdqa oword [ebp-0x81], xmm4
vmovdqa [bx], xmm4
vmovdqa xmm1, xmm7
vmovdqa ymm0, ymm1
vmovdqa ymm1, ymm1
vmovdqa yword [bx], ymm1
vmovdqa yword [ebp], ymm1
vmovdqa yword [bx+si], ymm1
vmovdqa yword [bp+di+0x7f], ymm1
vmovdqa yword [bx+di-0x80], ymm1
vmovdqa [bx], ymm1
vmovdqa ymm0, ymm4
movdqu xmm1, xmm4
movdqu xmm4, xmm4
movdqu oword [bx], xmm4
movdqu oword [esp], xmm4
movdqu oword [ebp], xmm4
movdqu oword [bx+si], xmm4
movdqu oword [bp+di+0x7f], xmm4
movdqu [bx], xmm4
movdqu xmm1, xmm7
vmovdqu xmm1, xmm0
vmovdqu oword [bx], xmm0
vmovdqu oword [bx+si], xmm0
vmovdqu oword [bp+di+0x7f], xmm0
vmovdqu oword [bx+di-0x80], xmm0
vmovdqu oword [bp+si+0x1234], xmm0
vmovdqu oword [si], xmm0
vmovdqu oword [di+0x10], xmm0
vmovdqu oword [bp+0x8], xmm0
vmovdqu oword [bp], xmm0
vmovdqu oword [0x1234], xmm0
vmovdqu oword [bx+0x80], xmm0
vmovdqu oword [si-0x2], xmm0
vmovdqu oword [es:bx+si], xmm0
vmovdqu oword [cs:di], xmm0
vmovdqu oword [ss:bp+0x4], xmm0
vmovdqu oword [fs:0x20], xmm0
vmovdqu oword [gs:bx+0x12], xmm0
vmovdqu oword [bx+0x7f], xmm0
vmovdqu oword [eax], xmm0
vmovdqu oword [ebx+ecx*4+0x10], xmm0
vmovdqu oword [esp+0x8], xmm0
vmovdqu oword [ebp-0x81], xmm0
vmovdqu oword [edi*8+0x1000], xmm0
vmovdqu oword [ds:esi+ebx*2], xmm0
vmovdqu oword [esp], xmm0
vmovdqu oword [ebp], xmm0
vmovdqu [bx], xmm0
vmovdqu xmm0, xmm1
vmovdqu xmm0, xmm4
vmovdqu ymm7, ymm0
vmovdqu ymm0, ymm0
vmovdqu yword [bx], ymm0
vmovdqu yword [bx+si], ymm0
vmovdqu yword [bp+di+0x7f], ymm0
vmovdqu yword [bx+di-0x80], ymm0
vmovdqu yword [bp+si+0x1234], ymm0
vmovdqu yword [si], ymm0
vmovdqu yword [di+0x10], ymm0
vmovdqu yword [bp+0x8], ymm0
vmovdqu yword [bp], ymm0
vmovdqu yword [0x1234], ymm0
vmovdqu yword [bx+0x80], ymm0
vmovdqu yword [si-0x2], ymm0
vmovdqu yword [es:bx+si], ymm0
vmovdqu yword [cs:di], ymm0
vmovdqu yword [ss:bp+0x4], ymm0
vmovdqu yword [fs:0x20], ymm0
vmovdqu yword [gs:bx+0x12], ymm0
vmovdqu yword [bx+0x7f], ymm0
vmovdqu yword [eax], ymm0
vmovdqu yword [ebx+ecx*4+0x10], ymm0
vmovdqu yword [esp+0x8], ymm0
vmovdqu yword [ebp-0x81], ymm0
vmovdqu yword [edi*8+0x1000], ymm0
vmovdqu yword [ds:esi+ebx*2], ymm0
vmovdqu yword [esp], ymm0
vmovdqu yword [ebp], ymm0
vmovdqu [bx], ymm0
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
seto byte [bx]
seto byte [fs:0x20]
seto byte [gs:bx+0x12]
seto byte [bx+0x7f]
seto byte [eax]
seto [bx]
setno cl
setno dh
setno byte [bx]
setno byte [edi*8+0x1000]
setno byte [ds:esi+ebx*2]
setno byte [esp]
setno byte [ebp]
setno [bx]
setb bh
setb bl
setb byte [bx]
setb byte [bp+si+0x1234]
setb byte [si]
setb byte [di+0x10]
setb byte [bp+0x8]
setb [bx]
setc bh
setnae bh
setae al
setae cl
setae byte [bx]
setae byte [si-0x2]
setae byte [es:bx+si]
setae byte [cs:di]
setae byte [ss:bp+0x4]
setae [bx]
setnb al
setnc al
sete dh
sete bh
sete byte [bx]
sete byte [eax]
sete byte [ebx+ecx*4+0x10]
sete byte [esp+0x8]
sete byte [ebp-0x81]
sete [bx]
setz dh
setne bl
setne al
setne byte [bx]
setne byte [ebp]
setne byte [bx+si]
setne byte [bp+di+0x7f]
setne byte [bx+di-0x80]
setne [bx]
setnz bl
setbe cl
setbe dh
setbe byte [bx]
setbe byte [bp+0x8]
setbe byte [bp]
setbe byte [0x1234]
setbe byte [bx+0x80]
setbe [bx]
setna cl
seta bh
seta bl
seta byte [bx]
seta byte [ss:bp+0x4]
seta byte [fs:0x20]
seta byte [gs:bx+0x12]
seta byte [bx+0x7f]
seta [bx]
setnbe bh
sets al
sets cl
sets byte [bx]
sets byte [ebp-0x81]
sets byte [edi*8+0x1000]
sets byte [ds:esi+ebx*2]
sets byte [esp]
sets [bx]
setns dh
setns bh
setns byte [bx]
setns byte [bx+di-0x80]
setns byte [bp+si+0x1234]
setns byte [si]
setns byte [di+0x10]
setns [bx]
setp bl
setp al
setp byte [bx]
setp byte [bx+0x80]
setp byte [si-0x2]
setp byte [es:bx+si]
setp byte [cs:di]
setp [bx]
setpe bl
setnp cl
setnp dh
setnp byte [bx]
setnp byte [bx+0x7f]
setnp byte [eax]
setnp byte [ebx+ecx*4+0x10]
setnp byte [esp+0x8]
setnp [bx]
setpo cl
setl bh
setl bl
setl byte [bx]
setl byte [esp]
setl byte [ebp]
setl byte [bx+si]
setl byte [bp+di+0x7f]
setl [bx]
setnge bh
setge al
setge cl
setge byte [bx]
setge byte [di+0x10]
setge byte [bp+0x8]
setge byte [bp]
setge byte [0x1234]
setge [bx]
setnl al
setle dh
setle bh
setle byte [bx]
setle byte [cs:di]
setle byte [ss:bp+0x4]
setle byte [fs:0x20]
setle byte [gs:bx+0x12]
setle [bx]
setng dh
setg bl
setg al
setg byte [bx]
setg byte [esp+0x8]
setg byte [ebp-0x81]
setg byte [edi*8+0x1000]
setg byte [ds:esi+ebx*2]
setg [bx]
setnle bl
push fs
o32 push fs
pop fs
o32 pop fs
cpuid
bt bx, ax
bt sp, ax
bt word [bx], ax
bt word [bx+si], ax
bt word [bp+di+0x7f], ax
bt word [bx+di-0x80], ax
bt word [bp+si+0x1234], ax
bt word [si], ax
bt word [di+0x10], ax
bt word [bp+0x8], ax
bt word [bp], ax
bt word [0x1234], ax
bt word [bx+0x80], ax
bt word [si-0x2], ax
bt word [es:bx+si], ax
bt word [cs:di], ax
bt word [ss:bp+0x4], ax
bt word [fs:0x20], ax
bt word [gs:bx+0x12], ax
bt word [bx+0x7f], ax
bt word [eax], ax
bt word [ebx+ecx*4+0x10], ax
bt word [esp+0x8], ax
bt word [ebp-0x81], ax
bt word [edi*8+0x1000], ax
bt word [ds:esi+ebx*2], ax
bt word [esp], ax
bt word [ebp], ax
bt [bx], ax
bt bx, cx
bt bx, dx
bt bx, bx
bt bx, sp
bt bx, bp
bt bx, si
bt bx, di
bt edx, eax
bt ebx, eax
bt dword [bx], eax
bt dword [bx+si], eax
bt dword [bp+di+0x7f], eax
bt dword [bx+di-0x80], eax
bt dword [bp+si+0x1234], eax
bt dword [si], eax
bt dword [di+0x10], eax
bt dword [bp+0x8], eax
bt dword [bp], eax
bt dword [0x1234], eax
bt dword [bx+0x80], eax
bt dword [si-0x2], eax
bt dword [es:bx+si], eax
bt dword [cs:di], eax
bt dword [ss:bp+0x4], eax
bt dword [fs:0x20], eax
bt dword [gs:bx+0x12], eax
bt dword [bx+0x7f], eax
bt dword [eax], eax
bt dword [ebx+ecx*4+0x10], eax
bt dword [esp+0x8], eax
bt dword [ebp-0x81], eax
bt dword [edi*8+0x1000], eax
bt dword [ds:esi+ebx*2], eax
bt dword [esp], eax
bt dword [ebp], eax
bt [bx], eax
bt edx, ecx
bt edx, edx
bt edx, ebx
bt edx, esp
bt edx, ebp
bt edx, esi
bt edx, edi
o32 bt edx, eax
shld ax, cx, 0x12
shld cx, cx, 0x12
shld word [bx], cx, 0x12
shld word [fs:0x20], cx, 0x12
shld word [gs:bx+0x12], cx, 0x12
shld word [bx+0x7f], cx, 0x12
shld word [eax], cx, 0x12
shld [bx], cx, 0x12
shld ax, dx, 0x12
shld ax, bx, 0x12
shld ax, cx, 0xf0
shld edi, eax, 0x12
shld eax, eax, 0x12
shld dword [bx], eax, 0x12
shld dword [edi*8+0x1000], eax, 0x12
shld dword [ds:esi+ebx*2], eax, 0x12
shld dword [esp], eax, 0x12
shld dword [ebp], eax, 0x12
shld [bx], eax, 0x12
shld edi, ecx, 0x12
shld edi, edx, 0x12
shld edi, eax, 0xf0
o32 shld edi, eax, 0x12
shld bp, si, cl
shld si, si, cl
shld word [bx], si, cl
shld word [si-0x2], si, cl
shld word [es:bx+si], si, cl
shld word [cs:di], si, cl
shld word [ss:bp+0x4], si, cl
shld [bx], si, cl
shld bp, di, cl
shld bp, ax, cl
shld esp, ebp, cl
shld ebp, ebp, cl
shld dword [bx], ebp, cl
shld dword [eax], ebp, cl
shld dword [ebx+ecx*4+0x10], ebp, cl
shld dword [esp+0x8], ebp, cl
shld dword [ebp-0x81], ebp, cl
shld [bx], ebp, cl
shld esp, esi, cl
shld esp, edi, cl
o32 shld esp, ebp, cl
push gs
o32 push gs
pop gs
o32 pop gs
rsm
bts cx, dx
bts dx, dx
bts word [bx], dx
bts word [ebx+ecx*4+0x10], dx
bts word [esp+0x8], dx
bts word [ebp-0x81], dx
bts word [edi*8+0x1000], dx
bts [bx], dx
bts cx, bx
bts cx, sp
lock bts word [bx], dx
lock bts word [ebx+ecx*4+0x10], dx
bts eax, ecx
bts ecx, ecx
bts dword [bx], ecx
bts dword [bx+si], ecx
bts dword [bp+di+0x7f], ecx
bts dword [bx+di-0x80], ecx
bts dword [bp+si+0x1234], ecx
bts [bx], ecx
bts eax, edx
bts eax, ebx
o32 bts eax, ecx
lock bts dword [bx], ecx
lock bts dword [bx+si], ecx
shrd si, di, 0x12
shrd di, di, 0x12
shrd word [bx], di, 0x12
shrd word [fs:0x20], di, 0x12
shrd word [gs:bx+0x12], di, 0x12
shrd word [bx+0x7f], di, 0x12
shrd word [eax], di, 0x12
shrd [bx], di, 0x12
shrd si, ax, 0x12
shrd si, cx, 0x12
shrd si, di, 0xf0
shrd ebp, esi, 0x12
shrd esi, esi, 0x12
shrd dword [bx], esi, 0x12
shrd dword [edi*8+0x1000], esi, 0x12
shrd dword [ds:esi+ebx*2], esi, 0x12
shrd dword [esp], esi, 0x12
shrd dword [ebp], esi, 0x12
shrd [bx], esi, 0x12
shrd ebp, edi, 0x12
shrd ebp, eax, 0x12
shrd ebp, esi, 0xf0
o32 shrd ebp, esi, 0x12
shrd bx, sp, cl
shrd sp, sp, cl
shrd word [bx], sp, cl
shrd word [si-0x2], sp, cl
shrd word [es:bx+si], sp, cl
shrd word [cs:di], sp, cl
shrd word [ss:bp+0x4], sp, cl
shrd [bx], sp, cl
shrd bx, bp, cl
shrd bx, si, cl
shrd edx, ebx, cl
shrd ebx, ebx, cl
shrd dword [bx], ebx, cl
shrd dword [eax], ebx, cl
shrd dword [ebx+ecx*4+0x10], ebx, cl
shrd dword [esp+0x8], ebx, cl
shrd dword [ebp-0x81], ebx, cl
shrd [bx], ebx, cl
shrd edx, esp, cl
shrd edx, ebp, cl
o32 shrd edx, ebx, cl
fxsave [bx]
fxsave [bp+0x8]
fxsave [bp]
fxsave [0x1234]
fxsave [bx+0x80]
fxrstor [bx]
fxrstor [bx+0x80]
fxrstor [si-0x2]
fxrstor [es:bx+si]
fxrstor [cs:di]
ldmxcsr dword [bx]
ldmxcsr dword [cs:di]
ldmxcsr dword [ss:bp+0x4]
ldmxcsr dword [fs:0x20]
ldmxcsr dword [gs:bx+0x12]
ldmxcsr [bx]
vldmxcsr dword [bx]
vldmxcsr dword [0x1234]
vldmxcsr dword [bx+0x80]
vldmxcsr dword [si-0x2]
vldmxcsr dword [es:bx+si]
vldmxcsr [bx]
stmxcsr dword [bx]
stmxcsr dword [gs:bx+0x12]
stmxcsr dword [bx+0x7f]
stmxcsr dword [eax]
stmxcsr dword [ebx+ecx*4+0x10]
stmxcsr [bx]
vstmxcsr dword [bx]
vstmxcsr dword [es:bx+si]
vstmxcsr dword [cs:di]
vstmxcsr dword [ss:bp+0x4]
vstmxcsr dword [fs:0x20]
vstmxcsr [bx]
xsave [bx]
xsave [ebx+ecx*4+0x10]
xsave [esp+0x8]
xsave [ebp-0x81]
xsave [edi*8+0x1000]
xrstor [bx]
xrstor [edi*8+0x1000]
xrstor [ds:esi+ebx*2]
xrstor [esp]
xrstor [ebp]
incsspd edx
incsspd ebx
incsspd esp
xsaveopt [bx]
xsaveopt [ebp]
xsaveopt [bx+si]
xsaveopt [bp+di+0x7f]
xsaveopt [bx+di-0x80]
clwb [bx]
tpause ebp
tpause esi
tpause edi
clrssbsy qword [bx]
clrssbsy qword [bx+0x80]
clrssbsy qword [si-0x2]
clrssbsy qword [es:bx+si]
clrssbsy qword [cs:di]
clrssbsy [bx]
umonitor dx
umonitor bx
umonitor sp
umonitor ecx
umonitor edx
umonitor ebx
a32 umonitor ecx
umwait edi
umwait eax
umwait ecx
clflush [bx]
clflushopt [bx]
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
imul ax, word [bx]
imul ax, word [bx+si]
imul ax, word [bp+di+0x7f]
imul ax, word [bx+di-0x80]
imul ax, word [bp+si+0x1234]
imul ax, word [si]
imul ax, word [di+0x10]
imul ax, word [bp+0x8]
imul ax, word [bp]
imul ax, word [0x1234]
imul ax, word [bx+0x80]
imul ax, word [si-0x2]
imul ax, word [es:bx+si]
imul ax, word [cs:di]
imul ax, word [ss:bp+0x4]
imul ax, word [fs:0x20]
imul ax, word [gs:bx+0x12]
imul ax, word [bx+0x7f]
imul ax, word [eax]
imul ax, word [ebx+ecx*4+0x10]
imul ax, word [esp+0x8]
imul ax, word [ebp-0x81]
imul ax, word [edi*8+0x1000]
imul ax, word [ds:esi+ebx*2]
imul ax, word [esp]
imul ax, word [ebp]
imul ax, [bx]
imul eax, edx
imul ecx, edx
imul edx, edx
imul ebx, edx
imul esp, edx
imul ebp, edx
imul esi, edx
imul edi, edx
imul eax, ebx
imul eax, dword [bx]
imul eax, dword [bx+si]
imul eax, dword [bp+di+0x7f]
imul eax, dword [bx+di-0x80]
imul eax, dword [bp+si+0x1234]
imul eax, dword [si]
imul eax, dword [di+0x10]
imul eax, dword [bp+0x8]
imul eax, dword [bp]
imul eax, dword [0x1234]
imul eax, dword [bx+0x80]
imul eax, dword [si-0x2]
imul eax, dword [es:bx+si]
imul eax, dword [cs:di]
imul eax, dword [ss:bp+0x4]
imul eax, dword [fs:0x20]
imul eax, dword [gs:bx+0x12]
imul eax, dword [bx+0x7f]
imul eax, dword [eax]
imul eax, dword [ebx+ecx*4+0x10]
imul eax, dword [esp+0x8]
imul eax, dword [ebp-0x81]
imul eax, dword [edi*8+0x1000]
imul eax, dword [ds:esi+ebx*2]
imul eax, dword [esp]
imul eax, dword [ebp]
imul eax, [bx]
o32 imul eax, edx
cmpxchg cl, dh
cmpxchg dh, dh
cmpxchg byte [bx], dh
cmpxchg byte [es:bx+si], dh
cmpxchg byte [cs:di], dh
cmpxchg byte [ss:bp+0x4], dh
cmpxchg byte [fs:0x20], dh
cmpxchg [bx], dh
cmpxchg cl, bh
cmpxchg cl, bl
lock cmpxchg byte [bx], dh
lock cmpxchg byte [es:bx+si], dh
cmpxchg si, di
cmpxchg di, di
cmpxchg word [bx], di
cmpxchg word [ebx+ecx*4+0x10], di
cmpxchg word [esp+0x8], di
cmpxchg word [ebp-0x81], di
cmpxchg word [edi*8+0x1000], di
cmpxchg [bx], di
cmpxchg si, ax
cmpxchg si, cx
lock cmpxchg word [bx], di
lock cmpxchg word [ebx+ecx*4+0x10], di
cmpxchg ebp, esi
cmpxchg esi, esi
cmpxchg dword [bx], esi
cmpxchg dword [bx+si], esi
cmpxchg dword [bp+di+0x7f], esi
cmpxchg dword [bx+di-0x80], esi
cmpxchg dword [bp+si+0x1234], esi
cmpxchg [bx], esi
cmpxchg ebp, edi
cmpxchg ebp, eax
o32 cmpxchg ebp, esi
lock cmpxchg dword [bx], esi
lock cmpxchg dword [bx+si], esi
lss bx, [bx]
lss sp, [bx]
lss bp, [bx]
lss bx, [fs:0x20]
lss bx, [gs:bx+0x12]
lss bx, [bx+0x7f]
lss bx, [eax]
lss edx, [bx]
lss ebx, [bx]
lss esp, [bx]
lss edx, [edi*8+0x1000]
lss edx, [ds:esi+ebx*2]
lss edx, [esp]
lss edx, [ebp]
o32 lss edx, [bx]
btr ax, cx
btr cx, cx
btr word [bx], cx
btr word [si-0x2], cx
btr word [es:bx+si], cx
btr word [cs:di], cx
btr word [ss:bp+0x4], cx
btr [bx], cx
btr ax, dx
btr ax, bx
lock btr word [bx], cx
lock btr word [si-0x2], cx
btr edi, eax
btr eax, eax
btr dword [bx], eax
btr dword [eax], eax
btr dword [ebx+ecx*4+0x10], eax
btr dword [esp+0x8], eax
btr dword [ebp-0x81], eax
btr [bx], eax
btr edi, ecx
btr edi, edx
o32 btr edi, eax
lock btr dword [bx], eax
lock btr dword [eax], eax
lfs bp, [bx]
lfs si, [bx]
lfs di, [bx]
lfs bp, [bp+0x8]
lfs bp, [bp]
lfs bp, [0x1234]
lfs bp, [bx+0x80]
lfs esp, [bx]
lfs ebp, [bx]
lfs esi, [bx]
lfs esp, [ss:bp+0x4]
lfs esp, [fs:0x20]
lfs esp, [gs:bx+0x12]
lfs esp, [bx+0x7f]
o32 lfs esp, [bx]
lgs dx, [bx]
lgs bx, [bx]
lgs sp, [bx]
lgs dx, [bx+di-0x80]
lgs dx, [bp+si+0x1234]
lgs dx, [si]
lgs dx, [di+0x10]
lgs ecx, [bx]
lgs edx, [bx]
lgs ebx, [bx]
lgs ecx, [bx+0x80]
lgs ecx, [si-0x2]
lgs ecx, [es:bx+si]
lgs ecx, [cs:di]
o32 lgs ecx, [bx]
movzx ax, bl
movzx cx, bl
movzx dx, bl
movzx bx, bl
movzx sp, bl
movzx bp, bl
movzx si, bl
movzx di, bl
movzx ax, al
movzx ax, byte [bx]
movzx ax, byte [bx+si]
movzx ax, byte [bp+di+0x7f]
movzx ax, byte [bx+di-0x80]
movzx ax, byte [bp+si+0x1234]
movzx ax, byte [si]
movzx ax, byte [di+0x10]
movzx ax, byte [bp+0x8]
movzx ax, byte [bp]
movzx ax, byte [0x1234]
movzx ax, byte [bx+0x80]
movzx ax, byte [si-0x2]
movzx ax, byte [es:bx+si]
movzx ax, byte [cs:di]
movzx ax, byte [ss:bp+0x4]
movzx ax, byte [fs:0x20]
movzx ax, byte [gs:bx+0x12]
movzx ax, byte [bx+0x7f]
movzx ax, byte [eax]
movzx ax, byte [ebx+ecx*4+0x10]
movzx ax, byte [esp+0x8]
movzx ax, byte [ebp-0x81]
movzx ax, byte [edi*8+0x1000]
movzx ax, byte [ds:esi+ebx*2]
movzx ax, byte [esp]
movzx ax, byte [ebp]
movzx ax, [bx]
movzx eax, cl
movzx ecx, cl
movzx edx, cl
movzx ebx, cl
movzx esp, cl
movzx ebp, cl
movzx esi, cl
movzx edi, cl
movzx eax, dh
movzx eax, byte [bx]
movzx eax, byte [bx+si]
movzx eax, byte [bp+di+0x7f]
movzx eax, byte [bx+di-0x80]
movzx eax, byte [bp+si+0x1234]
movzx eax, byte [si]
movzx eax, byte [di+0x10]
movzx eax, byte [bp+0x8]
movzx eax, byte [bp]
movzx eax, byte [0x1234]
movzx eax, byte [bx+0x80]
movzx eax, byte [si-0x2]
movzx eax, byte [es:bx+si]
movzx eax, byte [cs:di]
movzx eax, byte [ss:bp+0x4]
movzx eax, byte [fs:0x20]
movzx eax, byte [gs:bx+0x12]
movzx eax, byte [bx+0x7f]
movzx eax, byte [eax]
movzx eax, byte [ebx+ecx*4+0x10]
movzx eax, byte [esp+0x8]
movzx eax, byte [ebp-0x81]
movzx eax, byte [edi*8+0x1000]
movzx eax, byte [ds:esi+ebx*2]
movzx eax, byte [esp]
movzx eax, byte [ebp]
o32 movzx eax, cl
movzx eax, sp
movzx ecx, sp
movzx edx, sp
movzx ebx, sp
movzx esp, sp
movzx ebp, sp
movzx esi, sp
movzx edi, sp
movzx eax, bp
movzx eax, word [bx]
movzx eax, word [bx+si]
movzx eax, word [bp+di+0x7f]
movzx eax, word [bx+di-0x80]
movzx eax, word [bp+si+0x1234]
movzx eax, word [si]
movzx eax, word [di+0x10]
movzx eax, word [bp+0x8]
movzx eax, word [bp]
movzx eax, word [0x1234]
movzx eax, word [bx+0x80]
movzx eax, word [si-0x2]
movzx eax, word [es:bx+si]
movzx eax, word [cs:di]
movzx eax, word [ss:bp+0x4]
movzx eax, word [fs:0x20]
movzx eax, word [gs:bx+0x12]
movzx eax, word [bx+0x7f]
movzx eax, word [eax]
movzx eax, word [ebx+ecx*4+0x10]
movzx eax, word [esp+0x8]
movzx eax, word [ebp-0x81]
movzx eax, word [edi*8+0x1000]
movzx eax, word [ds:esi+ebx*2]
movzx eax, word [esp]
movzx eax, word [ebp]
o32 movzx eax, sp
popcnt di, ax
popcnt ax, ax
popcnt cx, ax
popcnt di, cx
popcnt di, word [bx]
popcnt di, word [si]
popcnt di, word [di+0x10]
popcnt di, word [bp+0x8]
popcnt di, word [bp]
popcnt di, [bx]
popcnt esi, edi
popcnt edi, edi
popcnt eax, edi
popcnt esi, eax
popcnt esi, dword [bx]
popcnt esi, dword [es:bx+si]
popcnt esi, dword [cs:di]
popcnt esi, dword [ss:bp+0x4]
popcnt esi, dword [fs:0x20]
popcnt esi, [bx]
o32 popcnt esi, edi
ud1 sp, bp
ud1 bp, bp
ud1 si, bp
ud1 sp, si
ud1 sp, word [bx]
ud1 sp, word [bx+si]
ud1 sp, word [bp+di+0x7f]
ud1 sp, word [bx+di-0x80]
ud1 sp, word [bp+si+0x1234]
ud1 sp, [bx]
ud1 ebx, esp
ud1 esp, esp
ud1 ebp, esp
ud1 ebx, ebp
ud1 ebx, dword [bx]
ud1 ebx, dword [bp]
ud1 ebx, dword [0x1234]
ud1 ebx, dword [bx+0x80]
ud1 ebx, dword [si-0x2]
ud1 ebx, [bx]
o32 ud1 ebx, esp
bt cx, 0x12
bt dx, 0x12
bt word [bx], 0x12
bt word [bx+si], 0x12
bt word [bp+di+0x7f], 0x12
bt word [bx+di-0x80], 0x12
bt word [bp+si+0x1234], 0x12
bt word [si], 0x12
bt word [di+0x10], 0x12
bt word [bp+0x8], 0x12
bt word [bp], 0x12
bt word [0x1234], 0x12
bt word [bx+0x80], 0x12
bt word [si-0x2], 0x12
bt word [es:bx+si], 0x12
bt word [cs:di], 0x12
bt word [ss:bp+0x4], 0x12
bt word [fs:0x20], 0x12
bt word [gs:bx+0x12], 0x12
bt word [bx+0x7f], 0x12
bt word [eax], 0x12
bt word [ebx+ecx*4+0x10], 0x12
bt word [esp+0x8], 0x12
bt word [ebp-0x81], 0x12
bt word [edi*8+0x1000], 0x12
bt word [ds:esi+ebx*2], 0x12
bt word [esp], 0x12
bt word [ebp], 0x12
bt cx, 0xf0
bt eax, 0x12
bt ecx, 0x12
bt dword [bx], 0x12
bt dword [bx+si], 0x12
bt dword [bp+di+0x7f], 0x12
bt dword [bx+di-0x80], 0x12
bt dword [bp+si+0x1234], 0x12
bt dword [si], 0x12
bt dword [di+0x10], 0x12
bt dword [bp+0x8], 0x12
bt dword [bp], 0x12
bt dword [0x1234], 0x12
bt dword [bx+0x80], 0x12
bt dword [si-0x2], 0x12
bt dword [es:bx+si], 0x12
bt dword [cs:di], 0x12
bt dword [ss:bp+0x4], 0x12
bt dword [fs:0x20], 0x12
bt dword [gs:bx+0x12], 0x12
bt dword [bx+0x7f], 0x12
bt dword [eax], 0x12
bt dword [ebx+ecx*4+0x10], 0x12
bt dword [esp+0x8], 0x12
bt dword [ebp-0x81], 0x12
bt dword [edi*8+0x1000], 0x12
bt dword [ds:esi+ebx*2], 0x12
bt dword [esp], 0x12
bt dword [ebp], 0x12
bt eax, 0xf0
o32 bt eax, 0x12
bts si, 0x12
bts di, 0x12
bts word [bx], 0x12
bts word [eax], 0x12
bts word [ebx+ecx*4+0x10], 0x12
bts word [esp+0x8], 0x12
bts word [ebp-0x81], 0x12
bts si, 0xf0
lock bts word [bx], 0x12
lock bts word [eax], 0x12
bts ebp, 0x12
bts esi, 0x12
bts dword [bx], 0x12
bts dword [ebp], 0x12
bts dword [bx+si], 0x12
bts dword [bp+di+0x7f], 0x12
bts dword [bx+di-0x80], 0x12
bts ebp, 0xf0
o32 bts ebp, 0x12
lock bts dword [bx], 0x12
lock bts dword [ebp], 0x12
btr bx, 0x12
btr sp, 0x12
btr word [bx], 0x12
btr word [ss:bp+0x4], 0x12
btr word [fs:0x20], 0x12
btr word [gs:bx+0x12], 0x12
btr word [bx+0x7f], 0x12
btr bx, 0xf0
lock btr word [bx], 0x12
lock btr word [ss:bp+0x4], 0x12
btr edx, 0x12
btr ebx, 0x12
btr dword [bx], 0x12
btr dword [ebp-0x81], 0x12
btr dword [edi*8+0x1000], 0x12
btr dword [ds:esi+ebx*2], 0x12
btr dword [esp], 0x12
btr edx, 0xf0
o32 btr edx, 0x12
lock btr dword [bx], 0x12
lock btr dword [ebp-0x81], 0x12
btc ax, 0x12
btc cx, 0x12
btc word [bx], 0x12
btc word [bx+0x80], 0x12
btc word [si-0x2], 0x12
btc word [es:bx+si], 0x12
btc word [cs:di], 0x12
btc ax, 0xf0
lock btc word [bx], 0x12
lock btc word [bx+0x80], 0x12
btc edi, 0x12
btc eax, 0x12
btc dword [bx], 0x12
btc dword [bx+0x7f], 0x12
btc dword [eax], 0x12
btc dword [ebx+ecx*4+0x10], 0x12
btc dword [esp+0x8], 0x12
btc edi, 0xf0
o32 btc edi, 0x12
lock btc dword [bx], 0x12
lock btc dword [bx+0x7f], 0x12
btc bp, si
btc si, si
btc word [bx], si
btc word [di+0x10], si
btc word [bp+0x8], si
btc word [bp], si
btc word [0x1234], si
btc [bx], si
btc bp, di
btc bp, ax
lock btc word [bx], si
lock btc word [di+0x10], si
btc esp, ebp
btc ebp, ebp
btc dword [bx], ebp
btc dword [cs:di], ebp
btc dword [ss:bp+0x4], ebp
btc dword [fs:0x20], ebp
btc dword [gs:bx+0x12], ebp
btc [bx], ebp
btc esp, esi
btc esp, edi
o32 btc esp, ebp
lock btc dword [bx], ebp
lock btc dword [cs:di], ebp
bsf dx, bx
bsf bx, bx
bsf sp, bx
bsf dx, sp
bsf dx, word [bx]
bsf dx, word [bp+di+0x7f]
bsf dx, word [bx+di-0x80]
bsf dx, word [bp+si+0x1234]
bsf dx, word [si]
bsf dx, [bx]
bsf ecx, edx
bsf edx, edx
bsf ebx, edx
bsf ecx, ebx
bsf ecx, dword [bx]
bsf ecx, dword [0x1234]
bsf ecx, dword [bx+0x80]
bsf ecx, dword [si-0x2]
bsf ecx, dword [es:bx+si]
bsf ecx, [bx]
o32 bsf ecx, edx
tzcnt di, ax
tzcnt ax, ax
tzcnt cx, ax
tzcnt di, cx
tzcnt di, word [bx]
tzcnt di, word [ds:esi+ebx*2]
tzcnt di, word [esp]
tzcnt di, word [ebp]
tzcnt di, word [bx+si]
tzcnt di, [bx]
tzcnt esi, edi
tzcnt edi, edi
tzcnt eax, edi
tzcnt esi, eax
tzcnt esi, dword [bx]
tzcnt esi, dword [si]
tzcnt esi, dword [di+0x10]
tzcnt esi, dword [bp+0x8]
tzcnt esi, dword [bp]
tzcnt esi, [bx]
o32 tzcnt esi, edi
bsr sp, bp
bsr bp, bp
bsr si, bp
bsr sp, si
bsr sp, word [bx]
bsr sp, word [ebx+ecx*4+0x10]
bsr sp, word [esp+0x8]
bsr sp, word [ebp-0x81]
bsr sp, word [edi*8+0x1000]
bsr sp, [bx]
bsr ebx, esp
bsr esp, esp
bsr ebp, esp
bsr ebx, ebp
bsr ebx, dword [bx]
bsr ebx, dword [bx+si]
bsr ebx, dword [bp+di+0x7f]
bsr ebx, dword [bx+di-0x80]
bsr ebx, dword [bp+si+0x1234]
bsr ebx, [bx]
o32 bsr ebx, esp
lzcnt cx, dx
lzcnt dx, dx
lzcnt bx, dx
lzcnt cx, bx
lzcnt cx, word [bx]
lzcnt cx, word [fs:0x20]
lzcnt cx, word [gs:bx+0x12]
lzcnt cx, word [bx+0x7f]
lzcnt cx, word [eax]
lzcnt cx, [bx]
lzcnt eax, ecx
lzcnt ecx, ecx
lzcnt edx, ecx
lzcnt eax, edx
lzcnt eax, dword [bx]
lzcnt eax, dword [edi*8+0x1000]
lzcnt eax, dword [ds:esi+ebx*2]
lzcnt eax, dword [esp]
lzcnt eax, dword [ebp]
lzcnt eax, [bx]
o32 lzcnt eax, ecx
movsx si, cl
movsx di, cl
movsx ax, cl
movsx si, dh
movsx si, byte [bx]
movsx si, byte [si-0x2]
movsx si, byte [es:bx+si]
movsx si, byte [cs:di]
movsx si, byte [ss:bp+0x4]
movsx si, [bx]
movsx ebp, bh
movsx esi, bh
movsx edi, bh
movsx ebp, bl
movsx ebp, byte [bx]
movsx ebp, byte [eax]
movsx ebp, byte [ebx+ecx*4+0x10]
movsx ebp, byte [esp+0x8]
movsx ebp, byte [ebp-0x81]
o32 movsx ebp, bh
movsx bx, [bx]
movsx edx, bx
movsx ebx, bx
movsx esp, bx
movsx edx, sp
movsx edx, word [bx]
movsx edx, word [ss:bp+0x4]
movsx edx, word [fs:0x20]
movsx edx, word [gs:bx+0x12]
movsx edx, word [bx+0x7f]
o32 movsx edx, bx
xadd dh, bh
xadd bh, bh
xadd byte [bx], bh
xadd byte [bx+di-0x80], bh
xadd byte [bp+si+0x1234], bh
xadd byte [si], bh
xadd byte [di+0x10], bh
xadd [bx], bh
xadd dh, bl
xadd dh, al
lock xadd byte [bx], bh
lock xadd byte [bx+di-0x80], bh
xadd di, ax
xadd ax, ax
xadd word [bx], ax
xadd word [bx+0x80], ax
xadd word [si-0x2], ax
xadd word [es:bx+si], ax
xadd word [cs:di], ax
xadd [bx], ax
xadd di, cx
xadd di, dx
lock xadd word [bx], ax
lock xadd word [bx+0x80], ax
xadd esi, edi
xadd edi, edi
xadd dword [bx], edi
xadd dword [bx+0x7f], edi
xadd dword [eax], edi
xadd dword [ebx+ecx*4+0x10], edi
xadd dword [esp+0x8], edi
xadd [bx], edi
xadd esi, eax
xadd esi, ecx
o32 xadd esi, edi
lock xadd dword [bx], edi
lock xadd dword [bx+0x7f], edi
cmpps xmm0, xmm1, 0x12
cmpps xmm1, xmm1, 0x12
cmpps xmm4, xmm1, 0x12
cmpps xmm0, xmm4, 0x12
cmpps xmm0, oword [bx], 0x12
cmpps xmm0, oword [di+0x10], 0x12
cmpps xmm0, oword [bp+0x8], 0x12
cmpps xmm0, oword [bp], 0x12
cmpps xmm0, oword [0x1234], 0x12
cmpps xmm0, [bx], 0x12
cmpps xmm0, xmm1, 0xf0
vcmpps xmm7, xmm0, xmm1, 0x12
vcmpps xmm0, xmm0, xmm1, 0x12
vcmpps xmm1, xmm0, xmm1, 0x12
vcmpps xmm7, xmm1, xmm1, 0x12
vcmpps xmm7, xmm4, xmm1, 0x12
vcmpps xmm7, xmm0, xmm4, 0x12
vcmpps xmm7, xmm0, oword [bx], 0x12
vcmpps xmm7, xmm0, oword [cs:di], 0x12
vcmpps xmm7, xmm0, oword [ss:bp+0x4], 0x12
vcmpps xmm7, xmm0, oword [fs:0x20], 0x12
vcmpps xmm7, xmm0, oword [gs:bx+0x12], 0x12
vcmpps xmm7, xmm0, [bx], 0x12
vcmpps xmm7, xmm0, xmm1, 0xf0
vcmpps ymm4, ymm7, ymm0, 0x12
vcmpps ymm7, ymm7, ymm0, 0x12
vcmpps ymm0, ymm7, ymm0, 0x12
vcmpps ymm4, ymm0, ymm0, 0x12
vcmpps ymm4, ymm1, ymm0, 0x12
vcmpps ymm4, ymm7, ymm1, 0x12
vcmpps ymm4, ymm7, yword [bx], 0x12
vcmpps ymm4, ymm7, yword [esp+0x8], 0x12
vcmpps ymm4, ymm7, yword [ebp-0x81], 0x12
vcmpps ymm4, ymm7, yword [edi*8+0x1000], 0x12
vcmpps ymm4, ymm7, yword [ds:esi+ebx*2], 0x12
vcmpps ymm4, ymm7, [bx], 0x12
vcmpps ymm4, ymm7, ymm0, 0xf0
cmppd xmm4, xmm7, 0x12
cmppd xmm7, xmm7, 0x12
cmppd xmm0, xmm7, 0x12
cmppd xmm4, xmm0, 0x12
cmppd xmm4, oword [bx], 0x12
cmppd xmm4, oword [ds:esi+ebx*2], 0x12
cmppd xmm4, oword [esp], 0x12
cmppd xmm4, oword [ebp], 0x12
cmppd xmm4, oword [bx+si], 0x12
cmppd xmm4, [bx], 0x12
cmppd xmm4, xmm7, 0xf0
vcmppd xmm1, xmm4, xmm7, 0x12
vcmppd xmm4, xmm4, xmm7, 0x12
vcmppd xmm7, xmm4, xmm7, 0x12
vcmppd xmm1, xmm7, xmm7, 0x12
vcmppd xmm1, xmm0, xmm7, 0x12
vcmppd xmm1, xmm4, xmm0, 0x12
vcmppd xmm1, xmm4, oword [bx], 0x12
vcmppd xmm1, xmm4, oword [si], 0x12
vcmppd xmm1, xmm4, oword [di+0x10], 0x12
vcmppd xmm1, xmm4, oword [bp+0x8], 0x12
vcmppd xmm1, xmm4, oword [bp], 0x12
vcmppd xmm1, xmm4, [bx], 0x12
vcmppd xmm1, xmm4, xmm7, 0xf0
vcmppd ymm0, ymm1, ymm4, 0x12
vcmppd ymm1, ymm1, ymm4, 0x12
vcmppd ymm4, ymm1, ymm4, 0x12
vcmppd ymm0, ymm4, ymm4, 0x12
vcmppd ymm0, ymm7, ymm4, 0x12
vcmppd ymm0, ymm1, ymm7, 0x12
vcmppd ymm0, ymm1, yword [bx], 0x12
vcmppd ymm0, ymm1, yword [es:bx+si], 0x12
vcmppd ymm0, ymm1, yword [cs:di], 0x12
vcmppd ymm0, ymm1, yword [ss:bp+0x4], 0x12
vcmppd ymm0, ymm1, yword [fs:0x20], 0x12
vcmppd ymm0, ymm1, [bx], 0x12
vcmppd ymm0, ymm1, ymm4, 0xf0
cmpss xmm0, xmm1, 0x12
cmpss xmm1, xmm1, 0x12
cmpss xmm4, xmm1, 0x12
cmpss xmm0, xmm4, 0x12
cmpss xmm0, dword [bx], 0x12
cmpss xmm0, dword [fs:0x20], 0x12
cmpss xmm0, dword [gs:bx+0x12], 0x12
cmpss xmm0, dword [bx+0x7f], 0x12
cmpss xmm0, dword [eax], 0x12
cmpss xmm0, [bx], 0x12
cmpss xmm0, xmm1, 0xf0
vcmpss xmm7, xmm0, xmm1, 0x12
vcmpss xmm0, xmm0, xmm1, 0x12
vcmpss xmm1, xmm0, xmm1, 0x12
vcmpss xmm7, xmm1, xmm1, 0x12
vcmpss xmm7, xmm4, xmm1, 0x12
vcmpss xmm7, xmm0, xmm4, 0x12
vcmpss xmm7, xmm0, [bx], 0x12
vcmpss xmm7, xmm0, xmm1, 0xf0
cmpsd xmm1, xmm4, 0x12
cmpsd xmm4, xmm4, 0x12
cmpsd xmm7, xmm4, 0x12
cmpsd xmm1, xmm7, 0x12
cmpsd xmm1, [bx], 0x12
cmpsd xmm1, xmm4, 0xf0
vcmpsd xmm0, xmm1, xmm4, 0x12
vcmpsd xmm1, xmm1, xmm4, 0x12
vcmpsd xmm4, xmm1, xmm4, 0x12
vcmpsd xmm0, xmm4, xmm4, 0x12
vcmpsd xmm0, xmm7, xmm4, 0x12
vcmpsd xmm0, xmm1, xmm7, 0x12
vcmpsd xmm0, xmm1, qword [bx], 0x12
vcmpsd xmm0, xmm1, qword [eax], 0x12
vcmpsd xmm0, xmm1, qword [ebx+ecx*4+0x10], 0x12
vcmpsd xmm0, xmm1, qword [esp+0x8], 0x12
vcmpsd xmm0, xmm1, qword [ebp-0x81], 0x12
vcmpsd xmm0, xmm1, [bx], 0x12
vcmpsd xmm0, xmm1, xmm4, 0xf0
movnti dword [bx], ebx
movnti dword [bp+0x8], ebx
movnti dword [bp], ebx
movnti dword [0x1234], ebx
movnti dword [bx+0x80], ebx
movnti [bx], ebx
movnti dword [bx], esp
movnti dword [bx], ebp
pinsrw mm0, ecx, 0x12
pinsrw mm1, ecx, 0x12
pinsrw mm5, ecx, 0x12
pinsrw mm0, edx, 0x12
pinsrw mm0, word [bx], 0x12
pinsrw mm0, word [ebp-0x81], 0x12
pinsrw mm0, word [edi*8+0x1000], 0x12
pinsrw mm0, word [ds:esi+ebx*2], 0x12
pinsrw mm0, word [esp], 0x12
pinsrw mm0, [bx], 0x12
pinsrw mm0, ecx, 0xf0
pinsrw xmm4, edi, 0x12
pinsrw xmm7, edi, 0x12
pinsrw xmm0, edi, 0x12
pinsrw xmm4, eax, 0x12
pinsrw xmm4, word [bx], 0x12
pinsrw xmm4, word [bx+0x80], 0x12
pinsrw xmm4, word [si-0x2], 0x12
pinsrw xmm4, word [es:bx+si], 0x12
pinsrw xmm4, word [cs:di], 0x12
pinsrw xmm4, [bx], 0x12
pinsrw xmm4, edi, 0xf0
vpinsrw xmm0, xmm1, esi, 0x12
vpinsrw xmm1, xmm1, esi, 0x12
vpinsrw xmm4, xmm1, esi, 0x12
vpinsrw xmm0, xmm4, esi, 0x12
vpinsrw xmm0, xmm7, esi, 0x12
vpinsrw xmm0, xmm1, edi, 0x12
vpinsrw xmm0, xmm1, word [bx], 0x12
vpinsrw xmm0, xmm1, word [esp], 0x12
vpinsrw xmm0, xmm1, word [ebp], 0x12
vpinsrw xmm0, xmm1, word [bx+si], 0x12
vpinsrw xmm0, xmm1, word [bp+di+0x7f], 0x12
vpinsrw xmm0, xmm1, [bx], 0x12
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
shufps xmm0, oword [bx], 0x12
shufps xmm0, oword [bp], 0x12
shufps xmm0, oword [0x1234], 0x12
shufps xmm0, oword [bx+0x80], 0x12
shufps xmm0, oword [si-0x2], 0x12
shufps xmm0, [bx], 0x12
shufps xmm0, xmm1, 0xf0
vshufps xmm7, xmm0, xmm1, 0x12
vshufps xmm0, xmm0, xmm1, 0x12
vshufps xmm1, xmm0, xmm1, 0x12
vshufps xmm7, xmm1, xmm1, 0x12
vshufps xmm7, xmm4, xmm1, 0x12
vshufps xmm7, xmm0, xmm4, 0x12
vshufps xmm7, xmm0, oword [bx], 0x12
vshufps xmm7, xmm0, oword [fs:0x20], 0x12
vshufps xmm7, xmm0, oword [gs:bx+0x12], 0x12
vshufps xmm7, xmm0, oword [bx+0x7f], 0x12
vshufps xmm7, xmm0, oword [eax], 0x12
vshufps xmm7, xmm0, [bx], 0x12
vshufps xmm7, xmm0, xmm1, 0xf0
vshufps ymm4, ymm7, ymm0, 0x12
vshufps ymm7, ymm7, ymm0, 0x12
vshufps ymm0, ymm7, ymm0, 0x12
vshufps ymm4, ymm0, ymm0, 0x12
vshufps ymm4, ymm1, ymm0, 0x12
vshufps ymm4, ymm7, ymm1, 0x12
vshufps ymm4, ymm7, yword [bx], 0x12
vshufps ymm4, ymm7, yword [edi*8+0x1000], 0x12
vshufps ymm4, ymm7, yword [ds:esi+ebx*2], 0x12
vshufps ymm4, ymm7, yword [esp], 0x12
vshufps ymm4, ymm7, yword [ebp], 0x12
vshufps ymm4, ymm7, [bx], 0x12
vshufps ymm4, ymm7, ymm0, 0xf0
shufpd xmm4, xmm7, 0x12
shufpd xmm7, xmm7, 0x12
shufpd xmm0, xmm7, 0x12
shufpd xmm4, xmm0, 0x12
shufpd xmm4, oword [bx], 0x12
shufpd xmm4, oword [ebp], 0x12
shufpd xmm4, oword [bx+si], 0x12
shufpd xmm4, oword [bp+di+0x7f], 0x12
shufpd xmm4, oword [bx+di-0x80], 0x12
shufpd xmm4, [bx], 0x12
shufpd xmm4, xmm7, 0xf0
vshufpd xmm1, xmm4, xmm7, 0x12
vshufpd xmm4, xmm4, xmm7, 0x12
vshufpd xmm7, xmm4, xmm7, 0x12
vshufpd xmm1, xmm7, xmm7, 0x12
vshufpd xmm1, xmm0, xmm7, 0x12
vshufpd xmm1, xmm4, xmm0, 0x12
vshufpd xmm1, xmm4, oword [bx], 0x12
vshufpd xmm1, xmm4, oword [bp+0x8], 0x12
vshufpd xmm1, xmm4, oword [bp], 0x12
vshufpd xmm1, xmm4, oword [0x1234], 0x12
vshufpd xmm1, xmm4, oword [bx+0x80], 0x12
vshufpd xmm1, xmm4, [bx], 0x12
vshufpd xmm1, xmm4, xmm7, 0xf0
vshufpd ymm0, ymm1, ymm4, 0x12
vshufpd ymm1, ymm1, ymm4, 0x12
vshufpd ymm4, ymm1, ymm4, 0x12
vshufpd ymm0, ymm4, ymm4, 0x12
vshufpd ymm0, ymm7, ymm4, 0x12
vshufpd ymm0, ymm1, ymm7, 0x12
vshufpd ymm0, ymm1, yword [bx], 0x12
vshufpd ymm0, ymm1, yword [ss:bp+0x4], 0x12
vshufpd ymm0, ymm1, yword [fs:0x20], 0x12
vshufpd ymm0, ymm1, yword [gs:bx+0x12], 0x12
vshufpd ymm0, ymm1, yword [bx+0x7f], 0x12
vshufpd ymm0, ymm1, [bx], 0x12
vshufpd ymm0, ymm1, ymm4, 0xf0
cmpxchg8b qword [bx]
cmpxchg8b qword [bx+0x7f]
cmpxchg8b qword [eax]
cmpxchg8b qword [ebx+ecx*4+0x10]
cmpxchg8b qword [esp+0x8]
cmpxchg8b [bx]
lock cmpxchg8b qword [bx]
lock cmpxchg8b qword [bx+0x7f]
xrstors [bx]
xrstors [di+0x10]
xrstors [bp+0x8]
xrstors [bp]
xrstors [0x1234]
xsavec [bx]
xsavec [esp+0x8]
xsavec [ebp-0x81]
xsavec [edi*8+0x1000]
xsavec [ds:esi+ebx*2]
xsaves [bx]
xsaves [0x1234]
xsaves [bx+0x80]
xsaves [si-0x2]
xsaves [es:bx+si]
vmptrld [bx]
vmclear [bx]
vmxon [bx]
rdrand cx
rdrand dx
rdrand bx
rdrand eax
rdrand ecx
rdrand edx
o32 rdrand eax
vmptrst [bx]
rdseed bp
rdseed si
rdseed di
rdseed esp
rdseed ebp
rdseed esi
o32 rdseed esp
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
o32 bswap eax
addsubpd xmm1, xmm4
addsubpd xmm4, xmm4
addsubpd xmm7, xmm4
addsubpd xmm1, xmm7
addsubpd xmm1, oword [bx]
addsubpd xmm1, oword [bx+di-0x80]
addsubpd xmm1, oword [bp+si+0x1234]
addsubpd xmm1, oword [si]
addsubpd xmm1, oword [di+0x10]
addsubpd xmm1, [bx]
vaddsubpd xmm0, xmm1, xmm4
vaddsubpd xmm1, xmm1, xmm4
vaddsubpd xmm4, xmm1, xmm4
vaddsubpd xmm0, xmm4, xmm4
vaddsubpd xmm0, xmm7, xmm4
vaddsubpd xmm0, xmm1, xmm7
vaddsubpd xmm0, xmm1, oword [bx]
vaddsubpd xmm0, xmm1, oword [bx+0x80]
vaddsubpd xmm0, xmm1, oword [si-0x2]
vaddsubpd xmm0, xmm1, oword [es:bx+si]
vaddsubpd xmm0, xmm1, oword [cs:di]
vaddsubpd xmm0, xmm1, [bx]
vaddsubpd ymm7, ymm0, ymm1
vaddsubpd ymm0, ymm0, ymm1
vaddsubpd ymm1, ymm0, ymm1
vaddsubpd ymm7, ymm1, ymm1
vaddsubpd ymm7, ymm4, ymm1
vaddsubpd ymm7, ymm0, ymm4
vaddsubpd ymm7, ymm0, yword [bx]
vaddsubpd ymm7, ymm0, yword [bx+0x7f]
vaddsubpd ymm7, ymm0, yword [eax]
vaddsubpd ymm7, ymm0, yword [ebx+ecx*4+0x10]
vaddsubpd ymm7, ymm0, yword [esp+0x8]
vaddsubpd ymm7, ymm0, [bx]
addsubps xmm4, xmm7
addsubps xmm7, xmm7
addsubps xmm0, xmm7
addsubps xmm4, xmm0
addsubps xmm4, oword [bx]
addsubps xmm4, oword [esp]
addsubps xmm4, oword [ebp]
addsubps xmm4, oword [bx+si]
addsubps xmm4, oword [bp+di+0x7f]
addsubps xmm4, [bx]
vaddsubps xmm1, xmm4, xmm7
vaddsubps xmm4, xmm4, xmm7
vaddsubps xmm7, xmm4, xmm7
vaddsubps xmm1, xmm7, xmm7
vaddsubps xmm1, xmm0, xmm7
vaddsubps xmm1, xmm4, xmm0
vaddsubps xmm1, xmm4, oword [bx]
vaddsubps xmm1, xmm4, oword [di+0x10]
vaddsubps xmm1, xmm4, oword [bp+0x8]
vaddsubps xmm1, xmm4, oword [bp]
vaddsubps xmm1, xmm4, oword [0x1234]
vaddsubps xmm1, xmm4, [bx]
vaddsubps ymm0, ymm1, ymm4
vaddsubps ymm1, ymm1, ymm4
vaddsubps ymm4, ymm1, ymm4
vaddsubps ymm0, ymm4, ymm4
vaddsubps ymm0, ymm7, ymm4
vaddsubps ymm0, ymm1, ymm7
vaddsubps ymm0, ymm1, yword [bx]
vaddsubps ymm0, ymm1, yword [cs:di]
vaddsubps ymm0, ymm1, yword [ss:bp+0x4]
vaddsubps ymm0, ymm1, yword [fs:0x20]
vaddsubps ymm0, ymm1, yword [gs:bx+0x12]
vaddsubps ymm0, ymm1, [bx]
psrlw mm7, mm0
psrlw mm0, mm0
psrlw mm1, mm0
psrlw mm7, mm1
psrlw mm7, qword [bx]
psrlw mm7, qword [esp+0x8]
psrlw mm7, qword [ebp-0x81]
psrlw mm7, qword [edi*8+0x1000]
psrlw mm7, qword [ds:esi+ebx*2]
psrlw mm7, [bx]
psrlw xmm4, xmm7
psrlw xmm7, xmm7
psrlw xmm0, xmm7
psrlw xmm4, xmm0
psrlw xmm4, oword [bx]
psrlw xmm4, oword [bp+di+0x7f]
psrlw xmm4, oword [bx+di-0x80]
psrlw xmm4, oword [bp+si+0x1234]
psrlw xmm4, oword [si]
psrlw xmm4, [bx]
vpsrlw xmm1, xmm4, xmm7
vpsrlw xmm4, xmm4, xmm7
vpsrlw xmm7, xmm4, xmm7
vpsrlw xmm1, xmm7, xmm7
vpsrlw xmm1, xmm0, xmm7
vpsrlw xmm1, xmm4, xmm0
vpsrlw xmm1, xmm4, oword [bx]
vpsrlw xmm1, xmm4, oword [0x1234]
vpsrlw xmm1, xmm4, oword [bx+0x80]
vpsrlw xmm1, xmm4, oword [si-0x2]
vpsrlw xmm1, xmm4, oword [es:bx+si]
vpsrlw xmm1, xmm4, [bx]
vpsrlw ymm0, ymm1, xmm4
vpsrlw ymm1, ymm1, xmm4
vpsrlw ymm4, ymm1, xmm4
vpsrlw ymm0, ymm4, xmm4
vpsrlw ymm0, ymm7, xmm4
vpsrlw ymm0, ymm1, xmm7
vpsrlw ymm0, ymm1, oword [bx]
vpsrlw ymm0, ymm1, oword [gs:bx+0x12]
vpsrlw ymm0, ymm1, oword [bx+0x7f]
vpsrlw ymm0, ymm1, oword [eax]
vpsrlw ymm0, ymm1, oword [ebx+ecx*4+0x10]
vpsrlw ymm0, ymm1, [bx]
psrld mm0, mm1
psrld mm1, mm1
psrld mm5, mm1
psrld mm0, mm5
psrld mm0, qword [bx]
psrld mm0, qword [ebx+ecx*4+0x10]
psrld mm0, qword [esp+0x8]
psrld mm0, qword [ebp-0x81]
psrld mm0, qword [edi*8+0x1000]
psrld mm0, [bx]
psrld xmm7, xmm0
psrld xmm0, xmm0
psrld xmm1, xmm0
psrld xmm7, xmm1
psrld xmm7, oword [bx]
psrld xmm7, oword [bx+si]
psrld xmm7, oword [bp+di+0x7f]
psrld xmm7, oword [bx+di-0x80]
psrld xmm7, oword [bp+si+0x1234]
psrld xmm7, [bx]
vpsrld xmm4, xmm7, xmm0
vpsrld xmm7, xmm7, xmm0
vpsrld xmm0, xmm7, xmm0
vpsrld xmm4, xmm0, xmm0
vpsrld xmm4, xmm1, xmm0
vpsrld xmm4, xmm7, xmm1
vpsrld xmm4, xmm7, oword [bx]
vpsrld xmm4, xmm7, oword [bp]
vpsrld xmm4, xmm7, oword [0x1234]
vpsrld xmm4, xmm7, oword [bx+0x80]
vpsrld xmm4, xmm7, oword [si-0x2]
vpsrld xmm4, xmm7, [bx]
vpsrld ymm1, ymm4, xmm7
vpsrld ymm4, ymm4, xmm7
vpsrld ymm7, ymm4, xmm7
vpsrld ymm1, ymm7, xmm7
vpsrld ymm1, ymm0, xmm7
vpsrld ymm1, ymm4, xmm0
vpsrld ymm1, ymm4, oword [bx]
vpsrld ymm1, ymm4, oword [fs:0x20]
vpsrld ymm1, ymm4, oword [gs:bx+0x12]
vpsrld ymm1, ymm4, oword [bx+0x7f]
vpsrld ymm1, ymm4, oword [eax]
vpsrld ymm1, ymm4, [bx]
psrlq mm1, mm5
psrlq mm5, mm5
psrlq mm7, mm5
psrlq mm1, mm7
psrlq mm1, qword [bx]
psrlq mm1, qword [eax]
psrlq mm1, qword [ebx+ecx*4+0x10]
psrlq mm1, qword [esp+0x8]
psrlq mm1, qword [ebp-0x81]
psrlq mm1, [bx]
psrlq xmm0, xmm1
psrlq xmm1, xmm1
psrlq xmm4, xmm1
psrlq xmm0, xmm4
psrlq xmm0, oword [bx]
psrlq xmm0, oword [ebp]
psrlq xmm0, oword [bx+si]
psrlq xmm0, oword [bp+di+0x7f]
psrlq xmm0, oword [bx+di-0x80]
psrlq xmm0, [bx]
vpsrlq xmm7, xmm0, xmm1
vpsrlq xmm0, xmm0, xmm1
vpsrlq xmm1, xmm0, xmm1
vpsrlq xmm7, xmm1, xmm1
vpsrlq xmm7, xmm4, xmm1
vpsrlq xmm7, xmm0, xmm4
vpsrlq xmm7, xmm0, oword [bx]
vpsrlq xmm7, xmm0, oword [bp+0x8]
vpsrlq xmm7, xmm0, oword [bp]
vpsrlq xmm7, xmm0, oword [0x1234]
vpsrlq xmm7, xmm0, oword [bx+0x80]
vpsrlq xmm7, xmm0, [bx]
vpsrlq ymm4, ymm7, xmm0
vpsrlq ymm7, ymm7, xmm0
vpsrlq ymm0, ymm7, xmm0
vpsrlq ymm4, ymm0, xmm0
vpsrlq ymm4, ymm1, xmm0
vpsrlq ymm4, ymm7, xmm1
vpsrlq ymm4, ymm7, oword [bx]
vpsrlq ymm4, ymm7, oword [ss:bp+0x4]
vpsrlq ymm4, ymm7, oword [fs:0x20]
vpsrlq ymm4, ymm7, oword [gs:bx+0x12]
vpsrlq ymm4, ymm7, oword [bx+0x7f]
vpsrlq ymm4, ymm7, [bx]
paddq mm5, mm7
paddq mm7, mm7
paddq mm0, mm7
paddq mm5, mm0
paddq mm5, qword [bx]
paddq mm5, qword [bx+0x7f]
paddq mm5, qword [eax]
paddq mm5, qword [ebx+ecx*4+0x10]
paddq mm5, qword [esp+0x8]
paddq mm5, [bx]
paddq xmm1, xmm4
paddq xmm4, xmm4
paddq xmm7, xmm4
paddq xmm1, xmm7
paddq xmm1, oword [bx]
paddq xmm1, oword [esp]
paddq xmm1, oword [ebp]
paddq xmm1, oword [bx+si]
paddq xmm1, oword [bp+di+0x7f]
paddq xmm1, [bx]
vpaddq xmm0, xmm1, xmm4
vpaddq xmm1, xmm1, xmm4
vpaddq xmm4, xmm1, xmm4
vpaddq xmm0, xmm4, xmm4
vpaddq xmm0, xmm7, xmm4
vpaddq xmm0, xmm1, xmm7
vpaddq xmm0, xmm1, oword [bx]
vpaddq xmm0, xmm1, oword [di+0x10]
vpaddq xmm0, xmm1, oword [bp+0x8]
vpaddq xmm0, xmm1, oword [bp]
vpaddq xmm0, xmm1, oword [0x1234]
vpaddq xmm0, xmm1, [bx]
vpaddq ymm7, ymm0, ymm1
vpaddq ymm0, ymm0, ymm1
vpaddq ymm1, ymm0, ymm1
vpaddq ymm7, ymm1, ymm1
vpaddq ymm7, ymm4, ymm1
vpaddq ymm7, ymm0, ymm4
vpaddq ymm7, ymm0, yword [bx]
vpaddq ymm7, ymm0, yword [cs:di]
vpaddq ymm7, ymm0, yword [ss:bp+0x4]
vpaddq ymm7, ymm0, yword [fs:0x20]
vpaddq ymm7, ymm0, yword [gs:bx+0x12]
vpaddq ymm7, ymm0, [bx]
pmullw mm7, mm0
pmullw mm0, mm0
pmullw mm1, mm0
pmullw mm7, mm1
pmullw mm7, qword [bx]
pmullw mm7, qword [gs:bx+0x12]
pmullw mm7, qword [bx+0x7f]
pmullw mm7, qword [eax]
pmullw mm7, qword [ebx+ecx*4+0x10]
pmullw mm7, [bx]
pmullw xmm4, xmm7
pmullw xmm7, xmm7
pmullw xmm0, xmm7
pmullw xmm4, xmm0
pmullw xmm4, oword [bx]
pmullw xmm4, oword [ds:esi+ebx*2]
pmullw xmm4, oword [esp]
pmullw xmm4, oword [ebp]
pmullw xmm4, oword [bx+si]
pmullw xmm4, [bx]
vpmullw xmm1, xmm4, xmm7
vpmullw xmm4, xmm4, xmm7
vpmullw xmm7, xmm4, xmm7
vpmullw xmm1, xmm7, xmm7
vpmullw xmm1, xmm0, xmm7
vpmullw xmm1, xmm4, xmm0
vpmullw xmm1, xmm4, oword [bx]
vpmullw xmm1, xmm4, oword [si]
vpmullw xmm1, xmm4, oword [di+0x10]
vpmullw xmm1, xmm4, oword [bp+0x8]
vpmullw xmm1, xmm4, oword [bp]
vpmullw xmm1, xmm4, [bx]
vpmullw ymm0, ymm1, ymm4
vpmullw ymm1, ymm1, ymm4
vpmullw ymm4, ymm1, ymm4
vpmullw ymm0, ymm4, ymm4
vpmullw ymm0, ymm7, ymm4
vpmullw ymm0, ymm1, ymm7
vpmullw ymm0, ymm1, yword [bx]
vpmullw ymm0, ymm1, yword [es:bx+si]
vpmullw ymm0, ymm1, yword [cs:di]
vpmullw ymm0, ymm1, yword [ss:bp+0x4]
vpmullw ymm0, ymm1, yword [fs:0x20]
vpmullw ymm0, ymm1, [bx]
movq xmm0, xmm1
movq xmm1, xmm1
movq qword [bx], xmm1
movq qword [fs:0x20], xmm1
movq qword [gs:bx+0x12], xmm1
movq qword [bx+0x7f], xmm1
movq qword [eax], xmm1
movq [bx], xmm1
movq xmm0, xmm4
vmovq xmm7, xmm0
vmovq xmm0, xmm0
vmovq qword [bx], xmm0
vmovq qword [edi*8+0x1000], xmm0
vmovq qword [ds:esi+ebx*2], xmm0
vmovq qword [esp], xmm0
vmovq qword [ebp], xmm0
vmovq [bx], xmm0
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
psubusb mm7, qword [bx]
psubusb mm7, qword [di+0x10]
psubusb mm7, qword [bp+0x8]
psubusb mm7, qword [bp]
psubusb mm7, qword [0x1234]
psubusb mm7, [bx]
psubusb xmm4, xmm7
psubusb xmm7, xmm7
psubusb xmm0, xmm7
psubusb xmm4, xmm0
psubusb xmm4, oword [bx]
psubusb xmm4, oword [cs:di]
psubusb xmm4, oword [ss:bp+0x4]
psubusb xmm4, oword [fs:0x20]
psubusb xmm4, oword [gs:bx+0x12]
psubusb xmm4, [bx]
vpsubusb xmm1, xmm4, xmm7
vpsubusb xmm4, xmm4, xmm7
vpsubusb xmm7, xmm4, xmm7
vpsubusb xmm1, xmm7, xmm7
vpsubusb xmm1, xmm0, xmm7
vpsubusb xmm1, xmm4, xmm0
vpsubusb xmm1, xmm4, oword [bx]
vpsubusb xmm1, xmm4, oword [esp+0x8]
vpsubusb xmm1, xmm4, oword [ebp-0x81]
vpsubusb xmm1, xmm4, oword [edi*8+0x1000]
vpsubusb xmm1, xmm4, oword [ds:esi+ebx*2]
vpsubusb xmm1, xmm4, [bx]
vpsubusb ymm0, ymm1, ymm4
vpsubusb ymm1, ymm1, ymm4
vpsubusb ymm4, ymm1, ymm4
vpsubusb ymm0, ymm4, ymm4
vpsubusb ymm0, ymm7, ymm4
vpsubusb ymm0, ymm1, ymm7
vpsubusb ymm0, ymm1, yword [bx]
vpsubusb ymm0, ymm1, yword [bp+di+0x7f]
vpsubusb ymm0, ymm1, yword [bx+di-0x80]
vpsubusb ymm0, ymm1, yword [bp+si+0x1234]
vpsubusb ymm0, ymm1, yword [si]
vpsubusb ymm0, ymm1, [bx]
psubusw mm0, mm1
psubusw mm1, mm1
psubusw mm5, mm1
psubusw mm0, mm5
psubusw mm0, qword [bx]
psubusw mm0, qword [si]
psubusw mm0, qword [di+0x10]
psubusw mm0, qword [bp+0x8]
psubusw mm0, qword [bp]
psubusw mm0, [bx]
psubusw xmm7, xmm0
psubusw xmm0, xmm0
psubusw xmm1, xmm0
psubusw xmm7, xmm1
psubusw xmm7, oword [bx]
psubusw xmm7, oword [es:bx+si]
psubusw xmm7, oword [cs:di]
psubusw xmm7, oword [ss:bp+0x4]
psubusw xmm7, oword [fs:0x20]
psubusw xmm7, [bx]
vpsubusw xmm4, xmm7, xmm0
vpsubusw xmm7, xmm7, xmm0
vpsubusw xmm0, xmm7, xmm0
vpsubusw xmm4, xmm0, xmm0
vpsubusw xmm4, xmm1, xmm0
vpsubusw xmm4, xmm7, xmm1
vpsubusw xmm4, xmm7, oword [bx]
vpsubusw xmm4, xmm7, oword [ebx+ecx*4+0x10]
vpsubusw xmm4, xmm7, oword [esp+0x8]
vpsubusw xmm4, xmm7, oword [ebp-0x81]
vpsubusw xmm4, xmm7, oword [edi*8+0x1000]
vpsubusw xmm4, xmm7, [bx]
vpsubusw ymm1, ymm4, ymm7
vpsubusw ymm4, ymm4, ymm7
vpsubusw ymm7, ymm4, ymm7
vpsubusw ymm1, ymm7, ymm7
vpsubusw ymm1, ymm0, ymm7
vpsubusw ymm1, ymm4, ymm0
vpsubusw ymm1, ymm4, yword [bx]
vpsubusw ymm1, ymm4, yword [bx+si]
vpsubusw ymm1, ymm4, yword [bp+di+0x7f]
vpsubusw ymm1, ymm4, yword [bx+di-0x80]
vpsubusw ymm1, ymm4, yword [bp+si+0x1234]
vpsubusw ymm1, ymm4, [bx]
pminub mm1, mm5
pminub mm5, mm5
pminub mm7, mm5
pminub mm1, mm7
pminub mm1, qword [bx]
pminub mm1, qword [bp+si+0x1234]
pminub mm1, qword [si]
pminub mm1, qword [di+0x10]
pminub mm1, qword [bp+0x8]
pminub mm1, [bx]
pminub xmm0, xmm1
pminub xmm1, xmm1
pminub xmm4, xmm1
pminub xmm0, xmm4
pminub xmm0, oword [bx]
pminub xmm0, oword [si-0x2]
pminub xmm0, oword [es:bx+si]
pminub xmm0, oword [cs:di]
pminub xmm0, oword [ss:bp+0x4]
pminub xmm0, [bx]
vpminub xmm7, xmm0, xmm1
vpminub xmm0, xmm0, xmm1
vpminub xmm1, xmm0, xmm1
vpminub xmm7, xmm1, xmm1
vpminub xmm7, xmm4, xmm1
vpminub xmm7, xmm0, xmm4
vpminub xmm7, xmm0, oword [bx]
vpminub xmm7, xmm0, oword [eax]
vpminub xmm7, xmm0, oword [ebx+ecx*4+0x10]
vpminub xmm7, xmm0, oword [esp+0x8]
vpminub xmm7, xmm0, oword [ebp-0x81]
vpminub xmm7, xmm0, [bx]
vpminub ymm4, ymm7, ymm0
vpminub ymm7, ymm7, ymm0
vpminub ymm0, ymm7, ymm0
vpminub ymm4, ymm0, ymm0
vpminub ymm4, ymm1, ymm0
vpminub ymm4, ymm7, ymm1
vpminub ymm4, ymm7, yword [bx]
vpminub ymm4, ymm7, yword [ebp]
vpminub ymm4, ymm7, yword [bx+si]
vpminub ymm4, ymm7, yword [bp+di+0x7f]
vpminub ymm4, ymm7, yword [bx+di-0x80]
vpminub ymm4, ymm7, [bx]
pand mm5, mm7
pand mm7, mm7
pand mm0, mm7
pand mm5, mm0
pand mm5, qword [bx]
pand mm5, qword [bx+di-0x80]
pand mm5, qword [bp+si+0x1234]
pand mm5, qword [si]
pand mm5, qword [di+0x10]
pand mm5, [bx]
pand xmm1, xmm4
pand xmm4, xmm4
pand xmm7, xmm4
pand xmm1, xmm7
pand xmm1, oword [bx]
pand xmm1, oword [bx+0x80]
pand xmm1, oword [si-0x2]
pand xmm1, oword [es:bx+si]
pand xmm1, oword [cs:di]
pand xmm1, [bx]
vpand xmm0, xmm1, xmm4
vpand xmm1, xmm1, xmm4
vpand xmm4, xmm1, xmm4
vpand xmm0, xmm4, xmm4
vpand xmm0, xmm7, xmm4
vpand xmm0, xmm1, xmm7
vpand xmm0, xmm1, oword [bx]
vpand xmm0, xmm1, oword [bx+0x7f]
vpand xmm0, xmm1, oword [eax]
vpand xmm0, xmm1, oword [ebx+ecx*4+0x10]
vpand xmm0, xmm1, oword [esp+0x8]
vpand xmm0, xmm1, [bx]
vpand ymm7, ymm0, ymm1
vpand ymm0, ymm0, ymm1
vpand ymm1, ymm0, ymm1
vpand ymm7, ymm1, ymm1
vpand ymm7, ymm4, ymm1
vpand ymm7, ymm0, ymm4
vpand ymm7, ymm0, yword [bx]
vpand ymm7, ymm0, yword [esp]
vpand ymm7, ymm0, yword [ebp]
vpand ymm7, ymm0, yword [bx+si]
vpand ymm7, ymm0, yword [bp+di+0x7f]
vpand ymm7, ymm0, [bx]
paddusb mm0, mm1
paddusb mm1, mm1
paddusb mm5, mm1
paddusb mm0, mm5
paddusb mm0, qword [bx]
paddusb mm0, qword [ds:esi+ebx*2]
paddusb mm0, qword [esp]
paddusb mm0, qword [ebp]
paddusb mm0, qword [bx+si]
paddusb mm0, [bx]
paddusb xmm7, xmm0
paddusb xmm0, xmm0
paddusb xmm1, xmm0
paddusb xmm7, xmm1
paddusb xmm7, oword [bx]
paddusb xmm7, oword [si]
paddusb xmm7, oword [di+0x10]
paddusb xmm7, oword [bp+0x8]
paddusb xmm7, oword [bp]
paddusb xmm7, [bx]
vpaddusb xmm4, xmm7, xmm0
vpaddusb xmm7, xmm7, xmm0
vpaddusb xmm0, xmm7, xmm0
vpaddusb xmm4, xmm0, xmm0
vpaddusb xmm4, xmm1, xmm0
vpaddusb xmm4, xmm7, xmm1
vpaddusb xmm4, xmm7, oword [bx]
vpaddusb xmm4, xmm7, oword [es:bx+si]
vpaddusb xmm4, xmm7, oword [cs:di]
vpaddusb xmm4, xmm7, oword [ss:bp+0x4]
vpaddusb xmm4, xmm7, oword [fs:0x20]
vpaddusb xmm4, xmm7, [bx]
vpaddusb ymm1, ymm4, ymm7
vpaddusb ymm4, ymm4, ymm7
vpaddusb ymm7, ymm4, ymm7
vpaddusb ymm1, ymm7, ymm7
vpaddusb ymm1, ymm0, ymm7
vpaddusb ymm1, ymm4, ymm0
vpaddusb ymm1, ymm4, yword [bx]
vpaddusb ymm1, ymm4, yword [ebx+ecx*4+0x10]
vpaddusb ymm1, ymm4, yword [esp+0x8]
vpaddusb ymm1, ymm4, yword [ebp-0x81]
vpaddusb ymm1, ymm4, yword [edi*8+0x1000]
vpaddusb ymm1, ymm4, [bx]
paddusw mm1, mm5
paddusw mm5, mm5
paddusw mm7, mm5
paddusw mm1, mm7
paddusw mm1, qword [bx]
paddusw mm1, qword [edi*8+0x1000]
paddusw mm1, qword [ds:esi+ebx*2]
paddusw mm1, qword [esp]
paddusw mm1, qword [ebp]
paddusw mm1, [bx]
paddusw xmm0, xmm1
paddusw xmm1, xmm1
paddusw xmm4, xmm1
paddusw xmm0, xmm4
paddusw xmm0, oword [bx]
paddusw xmm0, oword [bp+si+0x1234]
paddusw xmm0, oword [si]
paddusw xmm0, oword [di+0x10]
paddusw xmm0, oword [bp+0x8]
paddusw xmm0, [bx]
vpaddusw xmm7, xmm0, xmm1
vpaddusw xmm0, xmm0, xmm1
vpaddusw xmm1, xmm0, xmm1
vpaddusw xmm7, xmm1, xmm1
vpaddusw xmm7, xmm4, xmm1
vpaddusw xmm7, xmm0, xmm4
vpaddusw xmm7, xmm0, oword [bx]
vpaddusw xmm7, xmm0, oword [si-0x2]
vpaddusw xmm7, xmm0, oword [es:bx+si]
vpaddusw xmm7, xmm0, oword [cs:di]
vpaddusw xmm7, xmm0, oword [ss:bp+0x4]
vpaddusw xmm7, xmm0, [bx]
vpaddusw ymm4, ymm7, ymm0
vpaddusw ymm7, ymm7, ymm0
vpaddusw ymm0, ymm7, ymm0
vpaddusw ymm4, ymm0, ymm0
vpaddusw ymm4, ymm1, ymm0
vpaddusw ymm4, ymm7, ymm1
vpaddusw ymm4, ymm7, yword [bx]
vpaddusw ymm4, ymm7, yword [eax]
vpaddusw ymm4, ymm7, yword [ebx+ecx*4+0x10]
vpaddusw ymm4, ymm7, yword [esp+0x8]
vpaddusw ymm4, ymm7, yword [ebp-0x81]
vpaddusw ymm4, ymm7, [bx]
pmaxub mm5, mm7
pmaxub mm7, mm7
pmaxub mm0, mm7
pmaxub mm5, mm0
pmaxub mm5, qword [bx]
pmaxub mm5, qword [ebp-0x81]
pmaxub mm5, qword [edi*8+0x1000]
pmaxub mm5, qword [ds:esi+ebx*2]
pmaxub mm5, qword [esp]
pmaxub mm5, [bx]
pmaxub xmm1, xmm4
pmaxub xmm4, xmm4
pmaxub xmm7, xmm4
pmaxub xmm1, xmm7
pmaxub xmm1, oword [bx]
pmaxub xmm1, oword [bx+di-0x80]
pmaxub xmm1, oword [bp+si+0x1234]
pmaxub xmm1, oword [si]
pmaxub xmm1, oword [di+0x10]
pmaxub xmm1, [bx]
vpmaxub xmm0, xmm1, xmm4
vpmaxub xmm1, xmm1, xmm4
vpmaxub xmm4, xmm1, xmm4
vpmaxub xmm0, xmm4, xmm4
vpmaxub xmm0, xmm7, xmm4
vpmaxub xmm0, xmm1, xmm7
vpmaxub xmm0, xmm1, oword [bx]
vpmaxub xmm0, xmm1, oword [bx+0x80]
vpmaxub xmm0, xmm1, oword [si-0x2]
vpmaxub xmm0, xmm1, oword [es:bx+si]
vpmaxub xmm0, xmm1, oword [cs:di]
vpmaxub xmm0, xmm1, [bx]
vpmaxub ymm7, ymm0, ymm1
vpmaxub ymm0, ymm0, ymm1
vpmaxub ymm1, ymm0, ymm1
vpmaxub ymm7, ymm1, ymm1
vpmaxub ymm7, ymm4, ymm1
vpmaxub ymm7, ymm0, ymm4
vpmaxub ymm7, ymm0, yword [bx]
vpmaxub ymm7, ymm0, yword [bx+0x7f]
vpmaxub ymm7, ymm0, yword [eax]
vpmaxub ymm7, ymm0, yword [ebx+ecx*4+0x10]
vpmaxub ymm7, ymm0, yword [esp+0x8]
vpmaxub ymm7, ymm0, [bx]
pandn mm7, mm0
pandn mm0, mm0
pandn mm1, mm0
pandn mm7, mm1
pandn mm7, qword [bx]
pandn mm7, qword [esp+0x8]
pandn mm7, qword [ebp-0x81]
pandn mm7, qword [edi*8+0x1000]
pandn mm7, qword [ds:esi+ebx*2]
pandn mm7, [bx]
pandn xmm4, xmm7
pandn xmm7, xmm7
pandn xmm0, xmm7
pandn xmm4, xmm0
pandn xmm4, oword [bx]
pandn xmm4, oword [bp+di+0x7f]
pandn xmm4, oword [bx+di-0x80]
pandn xmm4, oword [bp+si+0x1234]
pandn xmm4, oword [si]
pandn xmm4, [bx]
vpandn xmm1, xmm4, xmm7
vpandn xmm4, xmm4, xmm7
vpandn xmm7, xmm4, xmm7
vpandn xmm1, xmm7, xmm7
vpandn xmm1, xmm0, xmm7
vpandn xmm1, xmm4, xmm0
vpandn xmm1, xmm4, oword [bx]
vpandn xmm1, xmm4, oword [0x1234]
vpandn xmm1, xmm4, oword [bx+0x80]
vpandn xmm1, xmm4, oword [si-0x2]
vpandn xmm1, xmm4, oword [es:bx+si]
vpandn xmm1, xmm4, [bx]
vpandn ymm0, ymm1, ymm4
vpandn ymm1, ymm1, ymm4
vpandn ymm4, ymm1, ymm4
vpandn ymm0, ymm4, ymm4
vpandn ymm0, ymm7, ymm4
vpandn ymm0, ymm1, ymm7
vpandn ymm0, ymm1, yword [bx]
vpandn ymm0, ymm1, yword [gs:bx+0x12]
vpandn ymm0, ymm1, yword [bx+0x7f]
vpandn ymm0, ymm1, yword [eax]
vpandn ymm0, ymm1, yword [ebx+ecx*4+0x10]
vpandn ymm0, ymm1, [bx]
pavgb mm1, mm5
pavgb mm5, mm5
pavgb mm7, mm5
pavgb mm1, mm7
pavgb mm1, qword [bx]
pavgb mm1, qword [fs:0x20]
pavgb mm1, qword [gs:bx+0x12]
pavgb mm1, qword [bx+0x7f]
pavgb mm1, qword [eax]
pavgb mm1, [bx]
pavgb xmm0, xmm1
pavgb xmm1, xmm1
pavgb xmm4, xmm1
pavgb xmm0, xmm4
pavgb xmm0, oword [bx]
pavgb xmm0, oword [edi*8+0x1000]
pavgb xmm0, oword [ds:esi+ebx*2]
pavgb xmm0, oword [esp]
pavgb xmm0, oword [ebp]
pavgb xmm0, [bx]
vpavgb xmm7, xmm0, xmm1
vpavgb xmm0, xmm0, xmm1
vpavgb xmm1, xmm0, xmm1
vpavgb xmm7, xmm1, xmm1
vpavgb xmm7, xmm4, xmm1
vpavgb xmm7, xmm0, xmm4
vpavgb xmm7, xmm0, oword [bx]
vpavgb xmm7, xmm0, oword [bp+si+0x1234]
vpavgb xmm7, xmm0, oword [si]
vpavgb xmm7, xmm0, oword [di+0x10]
vpavgb xmm7, xmm0, oword [bp+0x8]
vpavgb xmm7, xmm0, [bx]
vpavgb ymm4, ymm7, ymm0
vpavgb ymm7, ymm7, ymm0
vpavgb ymm0, ymm7, ymm0
vpavgb ymm4, ymm0, ymm0
vpavgb ymm4, ymm1, ymm0
vpavgb ymm4, ymm7, ymm1
vpavgb ymm4, ymm7, yword [bx]
vpavgb ymm4, ymm7, yword [si-0x2]
vpavgb ymm4, ymm7, yword [es:bx+si]
vpavgb ymm4, ymm7, yword [cs:di]
vpavgb ymm4, ymm7, yword [ss:bp+0x4]
vpavgb ymm4, ymm7, [bx]
psraw mm5, mm7
psraw mm7, mm7
psraw mm0, mm7
psraw mm5, mm0
psraw mm5, qword [bx]
psraw mm5, qword [ss:bp+0x4]
psraw mm5, qword [fs:0x20]
psraw mm5, qword [gs:bx+0x12]
psraw mm5, qword [bx+0x7f]
psraw mm5, [bx]
psraw xmm1, xmm4
psraw xmm4, xmm4
psraw xmm7, xmm4
psraw xmm1, xmm7
psraw xmm1, oword [bx]
psraw xmm1, oword [ebp-0x81]
psraw xmm1, oword [edi*8+0x1000]
psraw xmm1, oword [ds:esi+ebx*2]
psraw xmm1, oword [esp]
psraw xmm1, [bx]
vpsraw xmm0, xmm1, xmm4
vpsraw xmm1, xmm1, xmm4
vpsraw xmm4, xmm1, xmm4
vpsraw xmm0, xmm4, xmm4
vpsraw xmm0, xmm7, xmm4
vpsraw xmm0, xmm1, xmm7
vpsraw xmm0, xmm1, oword [bx]
vpsraw xmm0, xmm1, oword [bx+di-0x80]
vpsraw xmm0, xmm1, oword [bp+si+0x1234]
vpsraw xmm0, xmm1, oword [si]
vpsraw xmm0, xmm1, oword [di+0x10]
vpsraw xmm0, xmm1, [bx]
vpsraw ymm7, ymm0, xmm1
vpsraw ymm0, ymm0, xmm1
vpsraw ymm1, ymm0, xmm1
vpsraw ymm7, ymm1, xmm1
vpsraw ymm7, ymm4, xmm1
vpsraw ymm7, ymm0, xmm4
vpsraw ymm7, ymm0, oword [bx]
vpsraw ymm7, ymm0, oword [bx+0x80]
vpsraw ymm7, ymm0, oword [si-0x2]
vpsraw ymm7, ymm0, oword [es:bx+si]
vpsraw ymm7, ymm0, oword [cs:di]
vpsraw ymm7, ymm0, [bx]
psrad mm7, mm0
psrad mm0, mm0
psrad mm1, mm0
psrad mm7, mm1
psrad mm7, qword [bx]
psrad mm7, qword [cs:di]
psrad mm7, qword [ss:bp+0x4]
psrad mm7, qword [fs:0x20]
psrad mm7, qword [gs:bx+0x12]
psrad mm7, [bx]
psrad xmm4, xmm7
psrad xmm7, xmm7
psrad xmm0, xmm7
psrad xmm4, xmm0
psrad xmm4, oword [bx]
psrad xmm4, oword [esp+0x8]
psrad xmm4, oword [ebp-0x81]
psrad xmm4, oword [edi*8+0x1000]
psrad xmm4, oword [ds:esi+ebx*2]
psrad xmm4, [bx]
vpsrad xmm1, xmm4, xmm7
vpsrad xmm4, xmm4, xmm7
vpsrad xmm7, xmm4, xmm7
vpsrad xmm1, xmm7, xmm7
vpsrad xmm1, xmm0, xmm7
vpsrad xmm1, xmm4, xmm0
vpsrad xmm1, xmm4, oword [bx]
vpsrad xmm1, xmm4, oword [bp+di+0x7f]
vpsrad xmm1, xmm4, oword [bx+di-0x80]
vpsrad xmm1, xmm4, oword [bp+si+0x1234]
vpsrad xmm1, xmm4, oword [si]
vpsrad xmm1, xmm4, [bx]
vpsrad ymm0, ymm1, xmm4
vpsrad ymm1, ymm1, xmm4
vpsrad ymm4, ymm1, xmm4
vpsrad ymm0, ymm4, xmm4
vpsrad ymm0, ymm7, xmm4
vpsrad ymm0, ymm1, xmm7
vpsrad ymm0, ymm1, oword [bx]
vpsrad ymm0, ymm1, oword [0x1234]
vpsrad ymm0, ymm1, oword [bx+0x80]
vpsrad ymm0, ymm1, oword [si-0x2]
vpsrad ymm0, ymm1, oword [es:bx+si]
vpsrad ymm0, ymm1, [bx]
pavgw mm1, mm5
pavgw mm5, mm5
pavgw mm7, mm5
pavgw mm1, mm7
pavgw mm1, qword [bx]
pavgw mm1, qword [bp]
pavgw mm1, qword [0x1234]
pavgw mm1, qword [bx+0x80]
pavgw mm1, qword [si-0x2]
pavgw mm1, [bx]
pavgw xmm0, xmm1
pavgw xmm1, xmm1
pavgw xmm4, xmm1
pavgw xmm0, xmm4
pavgw xmm0, oword [bx]
pavgw xmm0, oword [fs:0x20]
pavgw xmm0, oword [gs:bx+0x12]
pavgw xmm0, oword [bx+0x7f]
pavgw xmm0, oword [eax]
pavgw xmm0, [bx]
vpavgw xmm7, xmm0, xmm1
vpavgw xmm0, xmm0, xmm1
vpavgw xmm1, xmm0, xmm1
vpavgw xmm7, xmm1, xmm1
vpavgw xmm7, xmm4, xmm1
vpavgw xmm7, xmm0, xmm4
vpavgw xmm7, xmm0, oword [bx]
vpavgw xmm7, xmm0, oword [edi*8+0x1000]
vpavgw xmm7, xmm0, oword [ds:esi+ebx*2]
vpavgw xmm7, xmm0, oword [esp]
vpavgw xmm7, xmm0, oword [ebp]
vpavgw xmm7, xmm0, [bx]
vpavgw ymm4, ymm7, ymm0
vpavgw ymm7, ymm7, ymm0
vpavgw ymm0, ymm7, ymm0
vpavgw ymm4, ymm0, ymm0
vpavgw ymm4, ymm1, ymm0
vpavgw ymm4, ymm7, ymm1
vpavgw ymm4, ymm7, yword [bx]
vpavgw ymm4, ymm7, yword [bp+si+0x1234]
vpavgw ymm4, ymm7, yword [si]
vpavgw ymm4, ymm7, yword [di+0x10]
vpavgw ymm4, ymm7, yword [bp+0x8]
vpavgw ymm4, ymm7, [bx]
pmulhuw mm5, mm7
pmulhuw mm7, mm7
pmulhuw mm0, mm7
pmulhuw mm5, mm0
pmulhuw mm5, qword [bx]
pmulhuw mm5, qword [bp+0x8]
pmulhuw mm5, qword [bp]
pmulhuw mm5, qword [0x1234]
pmulhuw mm5, qword [bx+0x80]
pmulhuw mm5, [bx]
pmulhuw xmm1, xmm4
pmulhuw xmm4, xmm4
pmulhuw xmm7, xmm4
pmulhuw xmm1, xmm7
pmulhuw xmm1, oword [bx]
pmulhuw xmm1, oword [ss:bp+0x4]
pmulhuw xmm1, oword [fs:0x20]
pmulhuw xmm1, oword [gs:bx+0x12]
pmulhuw xmm1, oword [bx+0x7f]
pmulhuw xmm1, [bx]
vpmulhuw xmm0, xmm1, xmm4
vpmulhuw xmm1, xmm1, xmm4
vpmulhuw xmm4, xmm1, xmm4
vpmulhuw xmm0, xmm4, xmm4
vpmulhuw xmm0, xmm7, xmm4
vpmulhuw xmm0, xmm1, xmm7
vpmulhuw xmm0, xmm1, oword [bx]
vpmulhuw xmm0, xmm1, oword [ebp-0x81]
vpmulhuw xmm0, xmm1, oword [edi*8+0x1000]
vpmulhuw xmm0, xmm1, oword [ds:esi+ebx*2]
vpmulhuw xmm0, xmm1, oword [esp]
vpmulhuw xmm0, xmm1, [bx]
vpmulhuw ymm7, ymm0, ymm1
vpmulhuw ymm0, ymm0, ymm1
vpmulhuw ymm1, ymm0, ymm1
vpmulhuw ymm7, ymm1, ymm1
vpmulhuw ymm7, ymm4, ymm1
vpmulhuw ymm7, ymm0, ymm4
vpmulhuw ymm7, ymm0, yword [bx]
vpmulhuw ymm7, ymm0, yword [bx+di-0x80]
vpmulhuw ymm7, ymm0, yword [bp+si+0x1234]
vpmulhuw ymm7, ymm0, yword [si]
vpmulhuw ymm7, ymm0, yword [di+0x10]
vpmulhuw ymm7, ymm0, [bx]
pmulhw mm7, mm0
pmulhw mm0, mm0
pmulhw mm1, mm0
pmulhw mm7, mm1
pmulhw mm7, qword [bx]
pmulhw mm7, qword [di+0x10]
pmulhw mm7, qword [bp+0x8]
pmulhw mm7, qword [bp]
pmulhw mm7, qword [0x1234]
pmulhw mm7, [bx]
pmulhw xmm4, xmm7
pmulhw xmm7, xmm7
pmulhw xmm0, xmm7
pmulhw xmm4, xmm0
pmulhw xmm4, oword [bx]
pmulhw xmm4, oword [cs:di]
pmulhw xmm4, oword [ss:bp+0x4]
pmulhw xmm4, oword [fs:0x20]
pmulhw xmm4, oword [gs:bx+0x12]
pmulhw xmm4, [bx]
vpmulhw xmm1, xmm4, xmm7
vpmulhw xmm4, xmm4, xmm7
vpmulhw xmm7, xmm4, xmm7
vpmulhw xmm1, xmm7, xmm7
vpmulhw xmm1, xmm0, xmm7
vpmulhw xmm1, xmm4, xmm0
vpmulhw xmm1, xmm4, oword [bx]
vpmulhw xmm1, xmm4, oword [esp+0x8]
vpmulhw xmm1, xmm4, oword [ebp-0x81]
vpmulhw xmm1, xmm4, oword [edi*8+0x1000]
vpmulhw xmm1, xmm4, oword [ds:esi+ebx*2]
vpmulhw xmm1, xmm4, [bx]
vpmulhw ymm0, ymm1, ymm4
vpmulhw ymm1, ymm1, ymm4
vpmulhw ymm4, ymm1, ymm4
vpmulhw ymm0, ymm4, ymm4
vpmulhw ymm0, ymm7, ymm4
vpmulhw ymm0, ymm1, ymm7
vpmulhw ymm0, ymm1, yword [bx]
vpmulhw ymm0, ymm1, yword [bp+di+0x7f]
vpmulhw ymm0, ymm1, yword [bx+di-0x80]
vpmulhw ymm0, ymm1, yword [bp+si+0x1234]
vpmulhw ymm0, ymm1, yword [si]
vpmulhw ymm0, ymm1, [bx]
cvttpd2dq xmm0, xmm1
cvttpd2dq xmm1, xmm1
cvttpd2dq xmm4, xmm1
cvttpd2dq xmm0, xmm4
cvttpd2dq xmm0, oword [bx]
cvttpd2dq xmm0, oword [si]
cvttpd2dq xmm0, oword [di+0x10]
cvttpd2dq xmm0, oword [bp+0x8]
cvttpd2dq xmm0, oword [bp]
cvttpd2dq xmm0, [bx]
vcvttpd2dq xmm7, xmm0
vcvttpd2dq xmm0, xmm0
vcvttpd2dq xmm1, xmm0
vcvttpd2dq xmm7, xmm1
vcvttpd2dq xmm7, oword [bx]
vcvttpd2dq xmm7, oword [es:bx+si]
vcvttpd2dq xmm7, oword [cs:di]
vcvttpd2dq xmm7, oword [ss:bp+0x4]
vcvttpd2dq xmm7, oword [fs:0x20]
vcvttpd2dq xmm7, [bx]
vcvttpd2dq xmm4, ymm7
vcvttpd2dq xmm7, ymm7
vcvttpd2dq xmm0, ymm7
vcvttpd2dq xmm4, ymm0
vcvttpd2dq xmm4, yword [bx]
vcvttpd2dq xmm4, yword [ebx+ecx*4+0x10]
vcvttpd2dq xmm4, yword [esp+0x8]
vcvttpd2dq xmm4, yword [ebp-0x81]
vcvttpd2dq xmm4, yword [edi*8+0x1000]
vcvttpd2dq xmm4, [bx]
cvtdq2pd xmm4, xmm7
cvtdq2pd xmm7, xmm7
cvtdq2pd xmm0, xmm7
cvtdq2pd xmm4, xmm0
cvtdq2pd xmm4, qword [bx]
cvtdq2pd xmm4, qword [edi*8+0x1000]
cvtdq2pd xmm4, qword [ds:esi+ebx*2]
cvtdq2pd xmm4, qword [esp]
cvtdq2pd xmm4, qword [ebp]
cvtdq2pd xmm4, [bx]
vcvtdq2pd xmm1, xmm4
vcvtdq2pd xmm4, xmm4
vcvtdq2pd xmm7, xmm4
vcvtdq2pd xmm1, xmm7
vcvtdq2pd xmm1, qword [bx]
vcvtdq2pd xmm1, qword [bp+si+0x1234]
vcvtdq2pd xmm1, qword [si]
vcvtdq2pd xmm1, qword [di+0x10]
vcvtdq2pd xmm1, qword [bp+0x8]
vcvtdq2pd xmm1, [bx]
vcvtdq2pd ymm0, xmm1
vcvtdq2pd ymm1, xmm1
vcvtdq2pd ymm4, xmm1
vcvtdq2pd ymm0, xmm4
vcvtdq2pd ymm0, oword [bx]
vcvtdq2pd ymm0, oword [si-0x2]
vcvtdq2pd ymm0, oword [es:bx+si]
vcvtdq2pd ymm0, oword [cs:di]
vcvtdq2pd ymm0, oword [ss:bp+0x4]
vcvtdq2pd ymm0, [bx]
cvtpd2dq xmm1, xmm4
cvtpd2dq xmm4, xmm4
cvtpd2dq xmm7, xmm4
cvtpd2dq xmm1, xmm7
cvtpd2dq xmm1, oword [bx]
cvtpd2dq xmm1, oword [bx+0x80]
cvtpd2dq xmm1, oword [si-0x2]
cvtpd2dq xmm1, oword [es:bx+si]
cvtpd2dq xmm1, oword [cs:di]
cvtpd2dq xmm1, [bx]
vcvtpd2dq xmm0, xmm1
vcvtpd2dq xmm1, xmm1
vcvtpd2dq xmm4, xmm1
vcvtpd2dq xmm0, xmm4
vcvtpd2dq xmm0, oword [bx]
vcvtpd2dq xmm0, oword [bx+0x7f]
vcvtpd2dq xmm0, oword [eax]
vcvtpd2dq xmm0, oword [ebx+ecx*4+0x10]
vcvtpd2dq xmm0, oword [esp+0x8]
vcvtpd2dq xmm0, [bx]
vcvtpd2dq xmm7, ymm0
vcvtpd2dq xmm0, ymm0
vcvtpd2dq xmm1, ymm0
vcvtpd2dq xmm7, ymm1
vcvtpd2dq xmm7, yword [bx]
vcvtpd2dq xmm7, yword [esp]
vcvtpd2dq xmm7, yword [ebp]
vcvtpd2dq xmm7, yword [bx+si]
vcvtpd2dq xmm7, yword [bp+di+0x7f]
vcvtpd2dq xmm7, [bx]
movntq qword [bx], mm0
movntq qword [bp+di+0x7f], mm0
movntq qword [bx+di-0x80], mm0
movntq qword [bp+si+0x1234], mm0
movntq qword [si], mm0
movntq [bx], mm0
movntq qword [bx], mm1
movntq qword [bx], mm5
movntdq oword [bx], xmm7
movntdq oword [0x1234], xmm7
movntdq oword [bx+0x80], xmm7
movntdq oword [si-0x2], xmm7
movntdq oword [es:bx+si], xmm7
movntdq [bx], xmm7
movntdq oword [bx], xmm0
movntdq oword [bx], xmm1
vmovntdq oword [bx], xmm4
vmovntdq oword [gs:bx+0x12], xmm4
vmovntdq oword [bx+0x7f], xmm4
vmovntdq oword [eax], xmm4
vmovntdq oword [ebx+ecx*4+0x10], xmm4
vmovntdq [bx], xmm4
vmovntdq oword [bx], xmm7
vmovntdq oword [bx], xmm0
vmovntdq yword [bx], ymm1
vmovntdq yword [ds:esi+ebx*2], ymm1
vmovntdq yword [esp], ymm1
vmovntdq yword [ebp], ymm1
vmovntdq yword [bx+si], ymm1
vmovntdq [bx], ymm1
vmovntdq yword [bx], ymm4
vmovntdq yword [bx], ymm7
psubsb mm0, mm1
psubsb mm1, mm1
psubsb mm5, mm1
psubsb mm0, mm5
psubsb mm0, qword [bx]
psubsb mm0, qword [bx+si]
psubsb mm0, qword [bp+di+0x7f]
psubsb mm0, qword [bx+di-0x80]
psubsb mm0, qword [bp+si+0x1234]
psubsb mm0, [bx]
psubsb xmm7, xmm0
psubsb xmm0, xmm0
psubsb xmm1, xmm0
psubsb xmm7, xmm1
psubsb xmm7, oword [bx]
psubsb xmm7, oword [bp]
psubsb xmm7, oword [0x1234]
psubsb xmm7, oword [bx+0x80]
psubsb xmm7, oword [si-0x2]
psubsb xmm7, [bx]
vpsubsb xmm4, xmm7, xmm0
vpsubsb xmm7, xmm7, xmm0
vpsubsb xmm0, xmm7, xmm0
vpsubsb xmm4, xmm0, xmm0
vpsubsb xmm4, xmm1, xmm0
vpsubsb xmm4, xmm7, xmm1
vpsubsb xmm4, xmm7, oword [bx]
vpsubsb xmm4, xmm7, oword [fs:0x20]
vpsubsb xmm4, xmm7, oword [gs:bx+0x12]
vpsubsb xmm4, xmm7, oword [bx+0x7f]
vpsubsb xmm4, xmm7, oword [eax]
vpsubsb xmm4, xmm7, [bx]
vpsubsb ymm1, ymm4, ymm7
vpsubsb ymm4, ymm4, ymm7
vpsubsb ymm7, ymm4, ymm7
vpsubsb ymm1, ymm7, ymm7
vpsubsb ymm1, ymm0, ymm7
vpsubsb ymm1, ymm4, ymm0
vpsubsb ymm1, ymm4, yword [bx]
vpsubsb ymm1, ymm4, yword [edi*8+0x1000]
vpsubsb ymm1, ymm4, yword [ds:esi+ebx*2]
vpsubsb ymm1, ymm4, yword [esp]
vpsubsb ymm1, ymm4, yword [ebp]
vpsubsb ymm1, ymm4, [bx]
psubsw mm1, mm5
psubsw mm5, mm5
psubsw mm7, mm5
psubsw mm1, mm7
psubsw mm1, qword [bx]
psubsw mm1, qword [ebp]
psubsw mm1, qword [bx+si]
psubsw mm1, qword [bp+di+0x7f]
psubsw mm1, qword [bx+di-0x80]
psubsw mm1, [bx]
psubsw xmm0, xmm1
psubsw xmm1, xmm1
psubsw xmm4, xmm1
psubsw xmm0, xmm4
psubsw xmm0, oword [bx]
psubsw xmm0, oword [bp+0x8]
psubsw xmm0, oword [bp]
psubsw xmm0, oword [0x1234]
psubsw xmm0, oword [bx+0x80]
psubsw xmm0, [bx]
vpsubsw xmm7, xmm0, xmm1
vpsubsw xmm0, xmm0, xmm1
vpsubsw xmm1, xmm0, xmm1
vpsubsw xmm7, xmm1, xmm1
vpsubsw xmm7, xmm4, xmm1
vpsubsw xmm7, xmm0, xmm4
vpsubsw xmm7, xmm0, oword [bx]
vpsubsw xmm7, xmm0, oword [ss:bp+0x4]
vpsubsw xmm7, xmm0, oword [fs:0x20]
vpsubsw xmm7, xmm0, oword [gs:bx+0x12]
vpsubsw xmm7, xmm0, oword [bx+0x7f]
vpsubsw xmm7, xmm0, [bx]
vpsubsw ymm4, ymm7, ymm0
vpsubsw ymm7, ymm7, ymm0
vpsubsw ymm0, ymm7, ymm0
vpsubsw ymm4, ymm0, ymm0
vpsubsw ymm4, ymm1, ymm0
vpsubsw ymm4, ymm7, ymm1
vpsubsw ymm4, ymm7, yword [bx]
vpsubsw ymm4, ymm7, yword [ebp-0x81]
vpsubsw ymm4, ymm7, yword [edi*8+0x1000]
vpsubsw ymm4, ymm7, yword [ds:esi+ebx*2]
vpsubsw ymm4, ymm7, yword [esp]
vpsubsw ymm4, ymm7, [bx]
pminsw mm5, mm7
pminsw mm7, mm7
pminsw mm0, mm7
pminsw mm5, mm0
pminsw mm5, qword [bx]
pminsw mm5, qword [esp]
pminsw mm5, qword [ebp]
pminsw mm5, qword [bx+si]
pminsw mm5, qword [bp+di+0x7f]
pminsw mm5, [bx]
pminsw xmm1, xmm4
pminsw xmm4, xmm4
pminsw xmm7, xmm4
pminsw xmm1, xmm7
pminsw xmm1, oword [bx]
pminsw xmm1, oword [di+0x10]
pminsw xmm1, oword [bp+0x8]
pminsw xmm1, oword [bp]
pminsw xmm1, oword [0x1234]
pminsw xmm1, [bx]
vpminsw xmm0, xmm1, xmm4
vpminsw xmm1, xmm1, xmm4
vpminsw xmm4, xmm1, xmm4
vpminsw xmm0, xmm4, xmm4
vpminsw xmm0, xmm7, xmm4
vpminsw xmm0, xmm1, xmm7
vpminsw xmm0, xmm1, oword [bx]
vpminsw xmm0, xmm1, oword [cs:di]
vpminsw xmm0, xmm1, oword [ss:bp+0x4]
vpminsw xmm0, xmm1, oword [fs:0x20]
vpminsw xmm0, xmm1, oword [gs:bx+0x12]
vpminsw xmm0, xmm1, [bx]
vpminsw ymm7, ymm0, ymm1
vpminsw ymm0, ymm0, ymm1
vpminsw ymm1, ymm0, ymm1
vpminsw ymm7, ymm1, ymm1
vpminsw ymm7, ymm4, ymm1
vpminsw ymm7, ymm0, ymm4
vpminsw ymm7, ymm0, yword [bx]
vpminsw ymm7, ymm0, yword [esp+0x8]
vpminsw ymm7, ymm0, yword [ebp-0x81]
vpminsw ymm7, ymm0, yword [edi*8+0x1000]
vpminsw ymm7, ymm0, yword [ds:esi+ebx*2]
vpminsw ymm7, ymm0, [bx]
por mm7, mm0
por mm0, mm0
por mm1, mm0
por mm7, mm1
por mm7, qword [bx]
por mm7, qword [ds:esi+ebx*2]
por mm7, qword [esp]
por mm7, qword [ebp]
por mm7, qword [bx+si]
por mm7, [bx]
por xmm4, xmm7
por xmm7, xmm7
por xmm0, xmm7
por xmm4, xmm0
por xmm4, oword [bx]
por xmm4, oword [si]
por xmm4, oword [di+0x10]
por xmm4, oword [bp+0x8]
por xmm4, oword [bp]
por xmm4, [bx]
vpor xmm1, xmm4, xmm7
vpor xmm4, xmm4, xmm7
vpor xmm7, xmm4, xmm7
vpor xmm1, xmm7, xmm7
vpor xmm1, xmm0, xmm7
vpor xmm1, xmm4, xmm0
vpor xmm1, xmm4, oword [bx]
vpor xmm1, xmm4, oword [es:bx+si]
vpor xmm1, xmm4, oword [cs:di]
vpor xmm1, xmm4, oword [ss:bp+0x4]
vpor xmm1, xmm4, oword [fs:0x20]
vpor xmm1, xmm4, [bx]
vpor ymm0, ymm1, ymm4
vpor ymm1, ymm1, ymm4
vpor ymm4, ymm1, ymm4
vpor ymm0, ymm4, ymm4
vpor ymm0, ymm7, ymm4
vpor ymm0, ymm1, ymm7
vpor ymm0, ymm1, yword [bx]
vpor ymm0, ymm1, yword [ebx+ecx*4+0x10]
vpor ymm0, ymm1, yword [esp+0x8]
vpor ymm0, ymm1, yword [ebp-0x81]
vpor ymm0, ymm1, yword [edi*8+0x1000]
vpor ymm0, ymm1, [bx]
paddsb mm1, mm5
paddsb mm5, mm5
paddsb mm7, mm5
paddsb mm1, mm7
paddsb mm1, qword [bx]
paddsb mm1, qword [eax]
paddsb mm1, qword [ebx+ecx*4+0x10]
paddsb mm1, qword [esp+0x8]
paddsb mm1, qword [ebp-0x81]
paddsb mm1, [bx]
paddsb xmm0, xmm1
paddsb xmm1, xmm1
paddsb xmm4, xmm1
paddsb xmm0, xmm4
paddsb xmm0, oword [bx]
paddsb xmm0, oword [ebp]
paddsb xmm0, oword [bx+si]
paddsb xmm0, oword [bp+di+0x7f]
paddsb xmm0, oword [bx+di-0x80]
paddsb xmm0, [bx]
vpaddsb xmm7, xmm0, xmm1
vpaddsb xmm0, xmm0, xmm1
vpaddsb xmm1, xmm0, xmm1
vpaddsb xmm7, xmm1, xmm1
vpaddsb xmm7, xmm4, xmm1
vpaddsb xmm7, xmm0, xmm4
vpaddsb xmm7, xmm0, oword [bx]
vpaddsb xmm7, xmm0, oword [bp+0x8]
vpaddsb xmm7, xmm0, oword [bp]
vpaddsb xmm7, xmm0, oword [0x1234]
vpaddsb xmm7, xmm0, oword [bx+0x80]
vpaddsb xmm7, xmm0, [bx]
vpaddsb ymm4, ymm7, ymm0
vpaddsb ymm7, ymm7, ymm0
vpaddsb ymm0, ymm7, ymm0
vpaddsb ymm4, ymm0, ymm0
vpaddsb ymm4, ymm1, ymm0
vpaddsb ymm4, ymm7, ymm1
vpaddsb ymm4, ymm7, yword [bx]
vpaddsb ymm4, ymm7, yword [ss:bp+0x4]
vpaddsb ymm4, ymm7, yword [fs:0x20]
vpaddsb ymm4, ymm7, yword [gs:bx+0x12]
vpaddsb ymm4, ymm7, yword [bx+0x7f]
vpaddsb ymm4, ymm7, [bx]
paddsw mm5, mm7
paddsw mm7, mm7
paddsw mm0, mm7
paddsw mm5, mm0
paddsw mm5, qword [bx]
paddsw mm5, qword [bx+0x7f]
paddsw mm5, qword [eax]
paddsw mm5, qword [ebx+ecx*4+0x10]
paddsw mm5, qword [esp+0x8]
paddsw mm5, [bx]
paddsw xmm1, xmm4
paddsw xmm4, xmm4
paddsw xmm7, xmm4
paddsw xmm1, xmm7
paddsw xmm1, oword [bx]
paddsw xmm1, oword [esp]
paddsw xmm1, oword [ebp]
paddsw xmm1, oword [bx+si]
paddsw xmm1, oword [bp+di+0x7f]
paddsw xmm1, [bx]
vpaddsw xmm0, xmm1, xmm4
vpaddsw xmm1, xmm1, xmm4
vpaddsw xmm4, xmm1, xmm4
vpaddsw xmm0, xmm4, xmm4
vpaddsw xmm0, xmm7, xmm4
vpaddsw xmm0, xmm1, xmm7
vpaddsw xmm0, xmm1, oword [bx]
vpaddsw xmm0, xmm1, oword [di+0x10]
vpaddsw xmm0, xmm1, oword [bp+0x8]
vpaddsw xmm0, xmm1, oword [bp]
vpaddsw xmm0, xmm1, oword [0x1234]
vpaddsw xmm0, xmm1, [bx]
vpaddsw ymm7, ymm0, ymm1
vpaddsw ymm0, ymm0, ymm1
vpaddsw ymm1, ymm0, ymm1
vpaddsw ymm7, ymm1, ymm1
vpaddsw ymm7, ymm4, ymm1
vpaddsw ymm7, ymm0, ymm4
vpaddsw ymm7, ymm0, yword [bx]
vpaddsw ymm7, ymm0, yword [cs:di]
vpaddsw ymm7, ymm0, yword [ss:bp+0x4]
vpaddsw ymm7, ymm0, yword [fs:0x20]
vpaddsw ymm7, ymm0, yword [gs:bx+0x12]
vpaddsw ymm7, ymm0, [bx]
pmaxsw mm7, mm0
pmaxsw mm0, mm0
pmaxsw mm1, mm0
pmaxsw mm7, mm1
pmaxsw mm7, qword [bx]
pmaxsw mm7, qword [gs:bx+0x12]
pmaxsw mm7, qword [bx+0x7f]
pmaxsw mm7, qword [eax]
pmaxsw mm7, qword [ebx+ecx*4+0x10]
pmaxsw mm7, [bx]
pmaxsw xmm4, xmm7
pmaxsw xmm7, xmm7
pmaxsw xmm0, xmm7
pmaxsw xmm4, xmm0
pmaxsw xmm4, oword [bx]
pmaxsw xmm4, oword [ds:esi+ebx*2]
pmaxsw xmm4, oword [esp]
pmaxsw xmm4, oword [ebp]
pmaxsw xmm4, oword [bx+si]
pmaxsw xmm4, [bx]
vpmaxsw xmm1, xmm4, xmm7
vpmaxsw xmm4, xmm4, xmm7
vpmaxsw xmm7, xmm4, xmm7
vpmaxsw xmm1, xmm7, xmm7
vpmaxsw xmm1, xmm0, xmm7
vpmaxsw xmm1, xmm4, xmm0
vpmaxsw xmm1, xmm4, oword [bx]
vpmaxsw xmm1, xmm4, oword [si]
vpmaxsw xmm1, xmm4, oword [di+0x10]
vpmaxsw xmm1, xmm4, oword [bp+0x8]
vpmaxsw xmm1, xmm4, oword [bp]
vpmaxsw xmm1, xmm4, [bx]
vpmaxsw ymm0, ymm1, ymm4
vpmaxsw ymm1, ymm1, ymm4
vpmaxsw ymm4, ymm1, ymm4
vpmaxsw ymm0, ymm4, ymm4
vpmaxsw ymm0, ymm7, ymm4
vpmaxsw ymm0, ymm1, ymm7
vpmaxsw ymm0, ymm1, yword [bx]
vpmaxsw ymm0, ymm1, yword [es:bx+si]
vpmaxsw ymm0, ymm1, yword [cs:di]
vpmaxsw ymm0, ymm1, yword [ss:bp+0x4]
vpmaxsw ymm0, ymm1, yword [fs:0x20]
vpmaxsw ymm0, ymm1, [bx]
pxor mm0, mm1
pxor mm1, mm1
pxor mm5, mm1
pxor mm0, mm5
pxor mm0, qword [bx]
pxor mm0, qword [fs:0x20]
pxor mm0, qword [gs:bx+0x12]
pxor mm0, qword [bx+0x7f]
pxor mm0, qword [eax]
pxor mm0, [bx]
pxor xmm7, xmm0
pxor xmm0, xmm0
pxor xmm1, xmm0
pxor xmm7, xmm1
pxor xmm7, oword [bx]
pxor xmm7, oword [edi*8+0x1000]
pxor xmm7, oword [ds:esi+ebx*2]
pxor xmm7, oword [esp]
pxor xmm7, oword [ebp]
pxor xmm7, [bx]
vpxor xmm4, xmm7, xmm0
vpxor xmm7, xmm7, xmm0
vpxor xmm0, xmm7, xmm0
vpxor xmm4, xmm0, xmm0
vpxor xmm4, xmm1, xmm0
vpxor xmm4, xmm7, xmm1
vpxor xmm4, xmm7, oword [bx]
vpxor xmm4, xmm7, oword [bp+si+0x1234]
vpxor xmm4, xmm7, oword [si]
vpxor xmm4, xmm7, oword [di+0x10]
vpxor xmm4, xmm7, oword [bp+0x8]
vpxor xmm4, xmm7, [bx]
vpxor ymm1, ymm4, ymm7
vpxor ymm4, ymm4, ymm7
vpxor ymm7, ymm4, ymm7
vpxor ymm1, ymm7, ymm7
vpxor ymm1, ymm0, ymm7
vpxor ymm1, ymm4, ymm0
vpxor ymm1, ymm4, yword [bx]
vpxor ymm1, ymm4, yword [si-0x2]
vpxor ymm1, ymm4, yword [es:bx+si]
vpxor ymm1, ymm4, yword [cs:di]
vpxor ymm1, ymm4, yword [ss:bp+0x4]
vpxor ymm1, ymm4, [bx]
lddqu xmm4, oword [bx]
lddqu xmm7, oword [bx]
lddqu xmm0, oword [bx]
lddqu xmm4, oword [bx+0x80]
lddqu xmm4, oword [si-0x2]
lddqu xmm4, oword [es:bx+si]
lddqu xmm4, oword [cs:di]
lddqu xmm4, [bx]
vlddqu xmm1, oword [bx]
vlddqu xmm4, oword [bx]
vlddqu xmm7, oword [bx]
vlddqu xmm1, oword [bx+0x7f]
vlddqu xmm1, oword [eax]
vlddqu xmm1, oword [ebx+ecx*4+0x10]
vlddqu xmm1, oword [esp+0x8]
vlddqu xmm1, [bx]
vlddqu ymm0, yword [bx]
vlddqu ymm1, yword [bx]
vlddqu ymm4, yword [bx]
vlddqu ymm0, yword [esp]
vlddqu ymm0, yword [ebp]
vlddqu ymm0, yword [bx+si]
vlddqu ymm0, yword [bp+di+0x7f]
vlddqu ymm0, [bx]
psllw mm7, mm0
psllw mm0, mm0
psllw mm1, mm0
psllw mm7, mm1
psllw mm7, qword [bx]
psllw mm7, qword [di+0x10]
psllw mm7, qword [bp+0x8]
psllw mm7, qword [bp]
psllw mm7, qword [0x1234]
psllw mm7, [bx]
psllw xmm4, xmm7
psllw xmm7, xmm7
psllw xmm0, xmm7
psllw xmm4, xmm0
psllw xmm4, oword [bx]
psllw xmm4, oword [cs:di]
psllw xmm4, oword [ss:bp+0x4]
psllw xmm4, oword [fs:0x20]
psllw xmm4, oword [gs:bx+0x12]
psllw xmm4, [bx]
vpsllw xmm1, xmm4, xmm7
vpsllw xmm4, xmm4, xmm7
vpsllw xmm7, xmm4, xmm7
vpsllw xmm1, xmm7, xmm7
vpsllw xmm1, xmm0, xmm7
vpsllw xmm1, xmm4, xmm0
vpsllw xmm1, xmm4, oword [bx]
vpsllw xmm1, xmm4, oword [esp+0x8]
vpsllw xmm1, xmm4, oword [ebp-0x81]
vpsllw xmm1, xmm4, oword [edi*8+0x1000]
vpsllw xmm1, xmm4, oword [ds:esi+ebx*2]
vpsllw xmm1, xmm4, [bx]
vpsllw ymm0, ymm1, xmm4
vpsllw ymm1, ymm1, xmm4
vpsllw ymm4, ymm1, xmm4
vpsllw ymm0, ymm4, xmm4
vpsllw ymm0, ymm7, xmm4
vpsllw ymm0, ymm1, xmm7
vpsllw ymm0, ymm1, oword [bx]
vpsllw ymm0, ymm1, oword [bp+di+0x7f]
vpsllw ymm0, ymm1, oword [bx+di-0x80]
vpsllw ymm0, ymm1, oword [bp+si+0x1234]
vpsllw ymm0, ymm1, oword [si]
vpsllw ymm0, ymm1, [bx]
pslld mm0, mm1
pslld mm1, mm1
pslld mm5, mm1
pslld mm0, mm5
pslld mm0, qword [bx]
pslld mm0, qword [si]
pslld mm0, qword [di+0x10]
pslld mm0, qword [bp+0x8]
pslld mm0, qword [bp]
pslld mm0, [bx]
pslld xmm7, xmm0
pslld xmm0, xmm0
pslld xmm1, xmm0
pslld xmm7, xmm1
pslld xmm7, oword [bx]
pslld xmm7, oword [es:bx+si]
pslld xmm7, oword [cs:di]
pslld xmm7, oword [ss:bp+0x4]
pslld xmm7, oword [fs:0x20]
pslld xmm7, [bx]
vpslld xmm4, xmm7, xmm0
vpslld xmm7, xmm7, xmm0
vpslld xmm0, xmm7, xmm0
vpslld xmm4, xmm0, xmm0
vpslld xmm4, xmm1, xmm0
vpslld xmm4, xmm7, xmm1
vpslld xmm4, xmm7, oword [bx]
vpslld xmm4, xmm7, oword [ebx+ecx*4+0x10]
vpslld xmm4, xmm7, oword [esp+0x8]
vpslld xmm4, xmm7, oword [ebp-0x81]
vpslld xmm4, xmm7, oword [edi*8+0x1000]
vpslld xmm4, xmm7, [bx]
vpslld ymm1, ymm4, xmm7
vpslld ymm4, ymm4, xmm7
vpslld ymm7, ymm4, xmm7
vpslld ymm1, ymm7, xmm7
vpslld ymm1, ymm0, xmm7
vpslld ymm1, ymm4, xmm0
vpslld ymm1, ymm4, oword [bx]
vpslld ymm1, ymm4, oword [bx+si]
vpslld ymm1, ymm4, oword [bp+di+0x7f]
vpslld ymm1, ymm4, oword [bx+di-0x80]
vpslld ymm1, ymm4, oword [bp+si+0x1234]
vpslld ymm1, ymm4, [bx]
psllq mm1, mm5
psllq mm5, mm5
psllq mm7, mm5
psllq mm1, mm7
psllq mm1, qword [bx]
psllq mm1, qword [bp+si+0x1234]
psllq mm1, qword [si]
psllq mm1, qword [di+0x10]
psllq mm1, qword [bp+0x8]
psllq mm1, [bx]
psllq xmm0, xmm1
psllq xmm1, xmm1
psllq xmm4, xmm1
psllq xmm0, xmm4
psllq xmm0, oword [bx]
psllq xmm0, oword [si-0x2]
psllq xmm0, oword [es:bx+si]
psllq xmm0, oword [cs:di]
psllq xmm0, oword [ss:bp+0x4]
psllq xmm0, [bx]
vpsllq xmm7, xmm0, xmm1
vpsllq xmm0, xmm0, xmm1
vpsllq xmm1, xmm0, xmm1
vpsllq xmm7, xmm1, xmm1
vpsllq xmm7, xmm4, xmm1
vpsllq xmm7, xmm0, xmm4
vpsllq xmm7, xmm0, oword [bx]
vpsllq xmm7, xmm0, oword [eax]
vpsllq xmm7, xmm0, oword [ebx+ecx*4+0x10]
vpsllq xmm7, xmm0, oword [esp+0x8]
vpsllq xmm7, xmm0, oword [ebp-0x81]
vpsllq xmm7, xmm0, [bx]
vpsllq ymm4, ymm7, xmm0
vpsllq ymm7, ymm7, xmm0
vpsllq ymm0, ymm7, xmm0
vpsllq ymm4, ymm0, xmm0
vpsllq ymm4, ymm1, xmm0
vpsllq ymm4, ymm7, xmm1
vpsllq ymm4, ymm7, oword [bx]
vpsllq ymm4, ymm7, oword [ebp]
vpsllq ymm4, ymm7, oword [bx+si]
vpsllq ymm4, ymm7, oword [bp+di+0x7f]
vpsllq ymm4, ymm7, oword [bx+di-0x80]
vpsllq ymm4, ymm7, [bx]
pmuludq mm5, mm7
pmuludq mm7, mm7
pmuludq mm0, mm7
pmuludq mm5, mm0
pmuludq mm5, [bx]
pmuludq xmm1, xmm4
pmuludq xmm4, xmm4
pmuludq xmm7, xmm4
pmuludq xmm1, xmm7
pmuludq xmm1, oword [bx]
pmuludq xmm1, oword [bx+0x80]
pmuludq xmm1, oword [si-0x2]
pmuludq xmm1, oword [es:bx+si]
pmuludq xmm1, oword [cs:di]
pmuludq xmm1, [bx]
vpmuludq xmm0, xmm1, xmm4
vpmuludq xmm1, xmm1, xmm4
vpmuludq xmm4, xmm1, xmm4
vpmuludq xmm0, xmm4, xmm4
vpmuludq xmm0, xmm7, xmm4
vpmuludq xmm0, xmm1, xmm7
vpmuludq xmm0, xmm1, oword [bx]
vpmuludq xmm0, xmm1, oword [bx+0x7f]
vpmuludq xmm0, xmm1, oword [eax]
vpmuludq xmm0, xmm1, oword [ebx+ecx*4+0x10]
vpmuludq xmm0, xmm1, oword [esp+0x8]
vpmuludq xmm0, xmm1, [bx]
vpmuludq ymm7, ymm0, ymm1
vpmuludq ymm0, ymm0, ymm1
vpmuludq ymm1, ymm0, ymm1
vpmuludq ymm7, ymm1, ymm1
vpmuludq ymm7, ymm4, ymm1
vpmuludq ymm7, ymm0, ymm4
vpmuludq ymm7, ymm0, yword [bx]
vpmuludq ymm7, ymm0, yword [esp]
vpmuludq ymm7, ymm0, yword [ebp]
vpmuludq ymm7, ymm0, yword [bx+si]
vpmuludq ymm7, ymm0, yword [bp+di+0x7f]
vpmuludq ymm7, ymm0, [bx]
pmaddwd mm7, mm0
pmaddwd mm0, mm0
pmaddwd mm1, mm0
pmaddwd mm7, mm1
pmaddwd mm7, qword [bx]
pmaddwd mm7, qword [bp+di+0x7f]
pmaddwd mm7, qword [bx+di-0x80]
pmaddwd mm7, qword [bp+si+0x1234]
pmaddwd mm7, qword [si]
pmaddwd mm7, [bx]
pmaddwd xmm4, xmm7
pmaddwd xmm7, xmm7
pmaddwd xmm0, xmm7
pmaddwd xmm4, xmm0
pmaddwd xmm4, oword [bx]
pmaddwd xmm4, oword [0x1234]
pmaddwd xmm4, oword [bx+0x80]
pmaddwd xmm4, oword [si-0x2]
pmaddwd xmm4, oword [es:bx+si]
pmaddwd xmm4, [bx]
vpmaddwd xmm1, xmm4, xmm7
vpmaddwd xmm4, xmm4, xmm7
vpmaddwd xmm7, xmm4, xmm7
vpmaddwd xmm1, xmm7, xmm7
vpmaddwd xmm1, xmm0, xmm7
vpmaddwd xmm1, xmm4, xmm0
vpmaddwd xmm1, xmm4, oword [bx]
vpmaddwd xmm1, xmm4, oword [gs:bx+0x12]
vpmaddwd xmm1, xmm4, oword [bx+0x7f]
vpmaddwd xmm1, xmm4, oword [eax]
vpmaddwd xmm1, xmm4, oword [ebx+ecx*4+0x10]
vpmaddwd xmm1, xmm4, [bx]
vpmaddwd ymm0, ymm1, ymm4
vpmaddwd ymm1, ymm1, ymm4
vpmaddwd ymm4, ymm1, ymm4
vpmaddwd ymm0, ymm4, ymm4
vpmaddwd ymm0, ymm7, ymm4
vpmaddwd ymm0, ymm1, ymm7
vpmaddwd ymm0, ymm1, yword [bx]
vpmaddwd ymm0, ymm1, yword [ds:esi+ebx*2]
vpmaddwd ymm0, ymm1, yword [esp]
vpmaddwd ymm0, ymm1, yword [ebp]
vpmaddwd ymm0, ymm1, yword [bx+si]
vpmaddwd ymm0, ymm1, [bx]
psadbw mm0, mm1
psadbw mm1, mm1
psadbw mm5, mm1
psadbw mm0, mm5
psadbw mm0, qword [bx]
psadbw mm0, qword [bx+si]
psadbw mm0, qword [bp+di+0x7f]
psadbw mm0, qword [bx+di-0x80]
psadbw mm0, qword [bp+si+0x1234]
psadbw mm0, [bx]
psadbw xmm7, xmm0
psadbw xmm0, xmm0
psadbw xmm1, xmm0
psadbw xmm7, xmm1
psadbw xmm7, oword [bx]
psadbw xmm7, oword [bp]
psadbw xmm7, oword [0x1234]
psadbw xmm7, oword [bx+0x80]
psadbw xmm7, oword [si-0x2]
psadbw xmm7, [bx]
vpsadbw xmm4, xmm7, xmm0
vpsadbw xmm7, xmm7, xmm0
vpsadbw xmm0, xmm7, xmm0
vpsadbw xmm4, xmm0, xmm0
vpsadbw xmm4, xmm1, xmm0
vpsadbw xmm4, xmm7, xmm1
vpsadbw xmm4, xmm7, oword [bx]
vpsadbw xmm4, xmm7, oword [fs:0x20]
vpsadbw xmm4, xmm7, oword [gs:bx+0x12]
vpsadbw xmm4, xmm7, oword [bx+0x7f]
vpsadbw xmm4, xmm7, oword [eax]
vpsadbw xmm4, xmm7, [bx]
vpsadbw ymm1, ymm4, ymm7
vpsadbw ymm4, ymm4, ymm7
vpsadbw ymm7, ymm4, ymm7
vpsadbw ymm1, ymm7, ymm7
vpsadbw ymm1, ymm0, ymm7
vpsadbw ymm1, ymm4, ymm0
vpsadbw ymm1, ymm4, yword [bx]
vpsadbw ymm1, ymm4, yword [edi*8+0x1000]
vpsadbw ymm1, ymm4, yword [ds:esi+ebx*2]
vpsadbw ymm1, ymm4, yword [esp]
vpsadbw ymm1, ymm4, yword [ebp]
vpsadbw ymm1, ymm4, [bx]
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
psubb mm5, qword [bx]
psubb mm5, qword [ebp-0x81]
psubb mm5, qword [edi*8+0x1000]
psubb mm5, qword [ds:esi+ebx*2]
psubb mm5, qword [esp]
psubb mm5, [bx]
psubb xmm1, xmm4
psubb xmm4, xmm4
psubb xmm7, xmm4
psubb xmm1, xmm7
psubb xmm1, oword [bx]
psubb xmm1, oword [bx+di-0x80]
psubb xmm1, oword [bp+si+0x1234]
psubb xmm1, oword [si]
psubb xmm1, oword [di+0x10]
psubb xmm1, [bx]
vpsubb xmm0, xmm1, xmm4
vpsubb xmm1, xmm1, xmm4
vpsubb xmm4, xmm1, xmm4
vpsubb xmm0, xmm4, xmm4
vpsubb xmm0, xmm7, xmm4
vpsubb xmm0, xmm1, xmm7
vpsubb xmm0, xmm1, oword [bx]
vpsubb xmm0, xmm1, oword [bx+0x80]
vpsubb xmm0, xmm1, oword [si-0x2]
vpsubb xmm0, xmm1, oword [es:bx+si]
vpsubb xmm0, xmm1, oword [cs:di]
vpsubb xmm0, xmm1, [bx]
vpsubb ymm7, ymm0, ymm1
vpsubb ymm0, ymm0, ymm1
vpsubb ymm1, ymm0, ymm1
vpsubb ymm7, ymm1, ymm1
vpsubb ymm7, ymm4, ymm1
vpsubb ymm7, ymm0, ymm4
vpsubb ymm7, ymm0, yword [bx]
vpsubb ymm7, ymm0, yword [bx+0x7f]
vpsubb ymm7, ymm0, yword [eax]
vpsubb ymm7, ymm0, yword [ebx+ecx*4+0x10]
vpsubb ymm7, ymm0, yword [esp+0x8]
vpsubb ymm7, ymm0, [bx]
psubw mm7, mm0
psubw mm0, mm0
psubw mm1, mm0
psubw mm7, mm1
psubw mm7, qword [bx]
psubw mm7, qword [esp+0x8]
psubw mm7, qword [ebp-0x81]
psubw mm7, qword [edi*8+0x1000]
psubw mm7, qword [ds:esi+ebx*2]
psubw mm7, [bx]
psubw xmm4, xmm7
psubw xmm7, xmm7
psubw xmm0, xmm7
psubw xmm4, xmm0
psubw xmm4, oword [bx]
psubw xmm4, oword [bp+di+0x7f]
psubw xmm4, oword [bx+di-0x80]
psubw xmm4, oword [bp+si+0x1234]
psubw xmm4, oword [si]
psubw xmm4, [bx]
vpsubw xmm1, xmm4, xmm7
vpsubw xmm4, xmm4, xmm7
vpsubw xmm7, xmm4, xmm7
vpsubw xmm1, xmm7, xmm7
vpsubw xmm1, xmm0, xmm7
vpsubw xmm1, xmm4, xmm0
vpsubw xmm1, xmm4, oword [bx]
vpsubw xmm1, xmm4, oword [0x1234]
vpsubw xmm1, xmm4, oword [bx+0x80]
vpsubw xmm1, xmm4, oword [si-0x2]
vpsubw xmm1, xmm4, oword [es:bx+si]
vpsubw xmm1, xmm4, [bx]
vpsubw ymm0, ymm1, ymm4
vpsubw ymm1, ymm1, ymm4
vpsubw ymm4, ymm1, ymm4
vpsubw ymm0, ymm4, ymm4
vpsubw ymm0, ymm7, ymm4
vpsubw ymm0, ymm1, ymm7
vpsubw ymm0, ymm1, yword [bx]
vpsubw ymm0, ymm1, yword [gs:bx+0x12]
vpsubw ymm0, ymm1, yword [bx+0x7f]
vpsubw ymm0, ymm1, yword [eax]
vpsubw ymm0, ymm1, yword [ebx+ecx*4+0x10]
vpsubw ymm0, ymm1, [bx]
psubd mm0, mm1
psubd mm1, mm1
psubd mm5, mm1
psubd mm0, mm5
psubd mm0, qword [bx]
psubd mm0, qword [ebx+ecx*4+0x10]
psubd mm0, qword [esp+0x8]
psubd mm0, qword [ebp-0x81]
psubd mm0, qword [edi*8+0x1000]
psubd mm0, [bx]
psubd xmm7, xmm0
psubd xmm0, xmm0
psubd xmm1, xmm0
psubd xmm7, xmm1
psubd xmm7, oword [bx]
psubd xmm7, oword [bx+si]
psubd xmm7, oword [bp+di+0x7f]
psubd xmm7, oword [bx+di-0x80]
psubd xmm7, oword [bp+si+0x1234]
psubd xmm7, [bx]
vpsubd xmm4, xmm7, xmm0
vpsubd xmm7, xmm7, xmm0
vpsubd xmm0, xmm7, xmm0
vpsubd xmm4, xmm0, xmm0
vpsubd xmm4, xmm1, xmm0
vpsubd xmm4, xmm7, xmm1
vpsubd xmm4, xmm7, oword [bx]
vpsubd xmm4, xmm7, oword [bp]
vpsubd xmm4, xmm7, oword [0x1234]
vpsubd xmm4, xmm7, oword [bx+0x80]
vpsubd xmm4, xmm7, oword [si-0x2]
vpsubd xmm4, xmm7, [bx]
vpsubd ymm1, ymm4, ymm7
vpsubd ymm4, ymm4, ymm7
vpsubd ymm7, ymm4, ymm7
vpsubd ymm1, ymm7, ymm7
vpsubd ymm1, ymm0, ymm7
vpsubd ymm1, ymm4, ymm0
vpsubd ymm1, ymm4, yword [bx]
vpsubd ymm1, ymm4, yword [fs:0x20]
vpsubd ymm1, ymm4, yword [gs:bx+0x12]
vpsubd ymm1, ymm4, yword [bx+0x7f]
vpsubd ymm1, ymm4, yword [eax]
vpsubd ymm1, ymm4, [bx]
psubq mm1, mm5
psubq mm5, mm5
psubq mm7, mm5
psubq mm1, mm7
psubq mm1, [bx]
psubq xmm0, xmm1
psubq xmm1, xmm1
psubq xmm4, xmm1
psubq xmm0, xmm4
psubq xmm0, oword [bx]
psubq xmm0, oword [ebp]
psubq xmm0, oword [bx+si]
psubq xmm0, oword [bp+di+0x7f]
psubq xmm0, oword [bx+di-0x80]
psubq xmm0, [bx]
vpsubq xmm7, xmm0, xmm1
vpsubq xmm0, xmm0, xmm1
vpsubq xmm1, xmm0, xmm1
vpsubq xmm7, xmm1, xmm1
vpsubq xmm7, xmm4, xmm1
vpsubq xmm7, xmm0, xmm4
vpsubq xmm7, xmm0, oword [bx]
vpsubq xmm7, xmm0, oword [bp+0x8]
vpsubq xmm7, xmm0, oword [bp]
vpsubq xmm7, xmm0, oword [0x1234]
vpsubq xmm7, xmm0, oword [bx+0x80]
vpsubq xmm7, xmm0, [bx]
vpsubq ymm4, ymm7, ymm0
vpsubq ymm7, ymm7, ymm0
vpsubq ymm0, ymm7, ymm0
vpsubq ymm4, ymm0, ymm0
vpsubq ymm4, ymm1, ymm0
vpsubq ymm4, ymm7, ymm1
vpsubq ymm4, ymm7, yword [bx]
vpsubq ymm4, ymm7, yword [ss:bp+0x4]
vpsubq ymm4, ymm7, yword [fs:0x20]
vpsubq ymm4, ymm7, yword [gs:bx+0x12]
vpsubq ymm4, ymm7, yword [bx+0x7f]
vpsubq ymm4, ymm7, [bx]
paddb mm5, mm7
paddb mm7, mm7
paddb mm0, mm7
paddb mm5, mm0
paddb mm5, qword [bx]
paddb mm5, qword [bx+0x7f]
paddb mm5, qword [eax]
paddb mm5, qword [ebx+ecx*4+0x10]
paddb mm5, qword [esp+0x8]
paddb mm5, [bx]
paddb xmm1, xmm4
paddb xmm4, xmm4
paddb xmm7, xmm4
paddb xmm1, xmm7
paddb xmm1, oword [bx]
paddb xmm1, oword [esp]
paddb xmm1, oword [ebp]
paddb xmm1, oword [bx+si]
paddb xmm1, oword [bp+di+0x7f]
paddb xmm1, [bx]
vpaddb xmm0, xmm1, xmm4
vpaddb xmm1, xmm1, xmm4
vpaddb xmm4, xmm1, xmm4
vpaddb xmm0, xmm4, xmm4
vpaddb xmm0, xmm7, xmm4
vpaddb xmm0, xmm1, xmm7
vpaddb xmm0, xmm1, oword [bx]
vpaddb xmm0, xmm1, oword [di+0x10]
vpaddb xmm0, xmm1, oword [bp+0x8]
vpaddb xmm0, xmm1, oword [bp]
vpaddb xmm0, xmm1, oword [0x1234]
vpaddb xmm0, xmm1, [bx]
vpaddb ymm7, ymm0, ymm1
vpaddb ymm0, ymm0, ymm1
vpaddb ymm1, ymm0, ymm1
vpaddb ymm7, ymm1, ymm1
vpaddb ymm7, ymm4, ymm1
vpaddb ymm7, ymm0, ymm4
vpaddb ymm7, ymm0, yword [bx]
vpaddb ymm7, ymm0, yword [cs:di]
vpaddb ymm7, ymm0, yword [ss:bp+0x4]
vpaddb ymm7, ymm0, yword [fs:0x20]
vpaddb ymm7, ymm0, yword [gs:bx+0x12]
vpaddb ymm7, ymm0, [bx]
paddw mm7, mm0
paddw mm0, mm0
paddw mm1, mm0
paddw mm7, mm1
paddw mm7, qword [bx]
paddw mm7, qword [gs:bx+0x12]
paddw mm7, qword [bx+0x7f]
paddw mm7, qword [eax]
paddw mm7, qword [ebx+ecx*4+0x10]
paddw mm7, [bx]
paddw xmm4, xmm7
paddw xmm7, xmm7
paddw xmm0, xmm7
paddw xmm4, xmm0
paddw xmm4, oword [bx]
paddw xmm4, oword [ds:esi+ebx*2]
paddw xmm4, oword [esp]
paddw xmm4, oword [ebp]
paddw xmm4, oword [bx+si]
paddw xmm4, [bx]
vpaddw xmm1, xmm4, xmm7
vpaddw xmm4, xmm4, xmm7
vpaddw xmm7, xmm4, xmm7
vpaddw xmm1, xmm7, xmm7
vpaddw xmm1, xmm0, xmm7
vpaddw xmm1, xmm4, xmm0
vpaddw xmm1, xmm4, oword [bx]
vpaddw xmm1, xmm4, oword [si]
vpaddw xmm1, xmm4, oword [di+0x10]
vpaddw xmm1, xmm4, oword [bp+0x8]
vpaddw xmm1, xmm4, oword [bp]
vpaddw xmm1, xmm4, [bx]
vpaddw ymm0, ymm1, ymm4
vpaddw ymm1, ymm1, ymm4
vpaddw ymm4, ymm1, ymm4
vpaddw ymm0, ymm4, ymm4
vpaddw ymm0, ymm7, ymm4
vpaddw ymm0, ymm1, ymm7
vpaddw ymm0, ymm1, yword [bx]
vpaddw ymm0, ymm1, yword [es:bx+si]
vpaddw ymm0, ymm1, yword [cs:di]
vpaddw ymm0, ymm1, yword [ss:bp+0x4]
vpaddw ymm0, ymm1, yword [fs:0x20]
vpaddw ymm0, ymm1, [bx]
paddd mm0, mm1
paddd mm1, mm1
paddd mm5, mm1
paddd mm0, mm5
paddd mm0, qword [bx]
paddd mm0, qword [fs:0x20]
paddd mm0, qword [gs:bx+0x12]
paddd mm0, qword [bx+0x7f]
paddd mm0, qword [eax]
paddd mm0, [bx]
paddd xmm7, xmm0
paddd xmm0, xmm0
paddd xmm1, xmm0
paddd xmm7, xmm1
paddd xmm7, oword [bx]
paddd xmm7, oword [edi*8+0x1000]
paddd xmm7, oword [ds:esi+ebx*2]
paddd xmm7, oword [esp]
paddd xmm7, oword [ebp]
paddd xmm7, [bx]
vpaddd xmm4, xmm7, xmm0
vpaddd xmm7, xmm7, xmm0
vpaddd xmm0, xmm7, xmm0
vpaddd xmm4, xmm0, xmm0
vpaddd xmm4, xmm1, xmm0
vpaddd xmm4, xmm7, xmm1
vpaddd xmm4, xmm7, oword [bx]
vpaddd xmm4, xmm7, oword [bp+si+0x1234]
vpaddd xmm4, xmm7, oword [si]
vpaddd xmm4, xmm7, oword [di+0x10]
vpaddd xmm4, xmm7, oword [bp+0x8]
vpaddd xmm4, xmm7, [bx]
vpaddd ymm1, ymm4, ymm7
vpaddd ymm4, ymm4, ymm7
vpaddd ymm7, ymm4, ymm7
vpaddd ymm1, ymm7, ymm7
vpaddd ymm1, ymm0, ymm7
vpaddd ymm1, ymm4, ymm0
vpaddd ymm1, ymm4, yword [bx]
vpaddd ymm1, ymm4, yword [si-0x2]
vpaddd ymm1, ymm4, yword [es:bx+si]
vpaddd ymm1, ymm4, yword [cs:di]
vpaddd ymm1, ymm4, yword [ss:bp+0x4]
vpaddd ymm1, ymm4, [bx]
ud0 cx, dx
ud0 dx, dx
ud0 bx, dx
ud0 cx, bx
ud0 cx, word [bx]
ud0 cx, word [ss:bp+0x4]
ud0 cx, word [fs:0x20]
ud0 cx, word [gs:bx+0x12]
ud0 cx, word [bx+0x7f]
ud0 cx, [bx]
ud0 eax, ecx
ud0 ecx, ecx
ud0 edx, ecx
ud0 eax, edx
ud0 eax, dword [bx]
ud0 eax, dword [ebp-0x81]
ud0 eax, dword [edi*8+0x1000]
ud0 eax, dword [ds:esi+ebx*2]
ud0 eax, dword [esp]
ud0 eax, [bx]
o32 ud0 eax, ecx
pshufb mm5, mm7
pshufb mm7, mm7
pshufb mm0, mm7
pshufb mm5, mm0
pshufb mm5, qword [bx]
pshufb mm5, qword [bx+0x80]
pshufb mm5, qword [si-0x2]
pshufb mm5, qword [es:bx+si]
pshufb mm5, qword [cs:di]
pshufb mm5, [bx]
pshufb xmm1, xmm4
pshufb xmm4, xmm4
pshufb xmm7, xmm4
pshufb xmm1, xmm7
pshufb xmm1, oword [bx]
pshufb xmm1, oword [bx+0x7f]
pshufb xmm1, oword [eax]
pshufb xmm1, oword [ebx+ecx*4+0x10]
pshufb xmm1, oword [esp+0x8]
pshufb xmm1, [bx]
vpshufb xmm0, xmm1, xmm4
vpshufb xmm1, xmm1, xmm4
vpshufb xmm4, xmm1, xmm4
vpshufb xmm0, xmm4, xmm4
vpshufb xmm0, xmm7, xmm4
vpshufb xmm0, xmm1, xmm7
vpshufb xmm0, xmm1, oword [bx]
vpshufb xmm0, xmm1, oword [esp]
vpshufb xmm0, xmm1, oword [ebp]
vpshufb xmm0, xmm1, oword [bx+si]
vpshufb xmm0, xmm1, oword [bp+di+0x7f]
vpshufb xmm0, xmm1, [bx]
vpshufb ymm7, ymm0, ymm1
vpshufb ymm0, ymm0, ymm1
vpshufb ymm1, ymm0, ymm1
vpshufb ymm7, ymm1, ymm1
vpshufb ymm7, ymm4, ymm1
vpshufb ymm7, ymm0, ymm4
vpshufb ymm7, ymm0, yword [bx]
vpshufb ymm7, ymm0, yword [di+0x10]
vpshufb ymm7, ymm0, yword [bp+0x8]
vpshufb ymm7, ymm0, yword [bp]
vpshufb ymm7, ymm0, yword [0x1234]
vpshufb ymm7, ymm0, [bx]
phaddw mm7, mm0
phaddw mm0, mm0
phaddw mm1, mm0
phaddw mm7, mm1
phaddw mm7, qword [bx]
phaddw mm7, qword [0x1234]
phaddw mm7, qword [bx+0x80]
phaddw mm7, qword [si-0x2]
phaddw mm7, qword [es:bx+si]
phaddw mm7, [bx]
phaddw xmm4, xmm7
phaddw xmm7, xmm7
phaddw xmm0, xmm7
phaddw xmm4, xmm0
phaddw xmm4, oword [bx]
phaddw xmm4, oword [gs:bx+0x12]
phaddw xmm4, oword [bx+0x7f]
phaddw xmm4, oword [eax]
phaddw xmm4, oword [ebx+ecx*4+0x10]
phaddw xmm4, [bx]
vphaddw xmm1, xmm4, xmm7
vphaddw xmm4, xmm4, xmm7
vphaddw xmm7, xmm4, xmm7
vphaddw xmm1, xmm7, xmm7
vphaddw xmm1, xmm0, xmm7
vphaddw xmm1, xmm4, xmm0
vphaddw xmm1, xmm4, oword [bx]
vphaddw xmm1, xmm4, oword [ds:esi+ebx*2]
vphaddw xmm1, xmm4, oword [esp]
vphaddw xmm1, xmm4, oword [ebp]
vphaddw xmm1, xmm4, oword [bx+si]
vphaddw xmm1, xmm4, [bx]
vphaddw ymm0, ymm1, ymm4
vphaddw ymm1, ymm1, ymm4
vphaddw ymm4, ymm1, ymm4
vphaddw ymm0, ymm4, ymm4
vphaddw ymm0, ymm7, ymm4
vphaddw ymm0, ymm1, ymm7
vphaddw ymm0, ymm1, yword [bx]
vphaddw ymm0, ymm1, yword [si]
vphaddw ymm0, ymm1, yword [di+0x10]
vphaddw ymm0, ymm1, yword [bp+0x8]
vphaddw ymm0, ymm1, yword [bp]
vphaddw ymm0, ymm1, [bx]
phaddd mm7, mm0
phaddd mm0, mm0
phaddd mm1, mm0
phaddd mm7, mm1
phaddd mm7, qword [bx]
phaddd mm7, qword [es:bx+si]
phaddd mm7, qword [cs:di]
phaddd mm7, qword [ss:bp+0x4]
phaddd mm7, qword [fs:0x20]
phaddd mm7, [bx]
phaddd xmm4, xmm7
phaddd xmm7, xmm7
phaddd xmm0, xmm7
phaddd xmm4, xmm0
phaddd xmm4, oword [bx]
phaddd xmm4, oword [ebx+ecx*4+0x10]
phaddd xmm4, oword [esp+0x8]
phaddd xmm4, oword [ebp-0x81]
phaddd xmm4, oword [edi*8+0x1000]
phaddd xmm4, [bx]
vphaddd xmm1, xmm4, xmm7
vphaddd xmm4, xmm4, xmm7
vphaddd xmm7, xmm4, xmm7
vphaddd xmm1, xmm7, xmm7
vphaddd xmm1, xmm0, xmm7
vphaddd xmm1, xmm4, xmm0
vphaddd xmm1, xmm4, oword [bx]
vphaddd xmm1, xmm4, oword [bx+si]
vphaddd xmm1, xmm4, oword [bp+di+0x7f]
vphaddd xmm1, xmm4, oword [bx+di-0x80]
vphaddd xmm1, xmm4, oword [bp+si+0x1234]
vphaddd xmm1, xmm4, [bx]
vphaddd ymm0, ymm1, ymm4
vphaddd ymm1, ymm1, ymm4
vphaddd ymm4, ymm1, ymm4
vphaddd ymm0, ymm4, ymm4
vphaddd ymm0, ymm7, ymm4
vphaddd ymm0, ymm1, ymm7
vphaddd ymm0, ymm1, yword [bx]
vphaddd ymm0, ymm1, yword [bp]
vphaddd ymm0, ymm1, yword [0x1234]
vphaddd ymm0, ymm1, yword [bx+0x80]
vphaddd ymm0, ymm1, yword [si-0x2]
vphaddd ymm0, ymm1, [bx]
phaddsw mm7, mm0
phaddsw mm0, mm0
phaddsw mm1, mm0
phaddsw mm7, mm1
phaddsw mm7, qword [bx]
phaddsw mm7, qword [fs:0x20]
phaddsw mm7, qword [gs:bx+0x12]
phaddsw mm7, qword [bx+0x7f]
phaddsw mm7, qword [eax]
phaddsw mm7, [bx]
phaddsw xmm4, xmm7
phaddsw xmm7, xmm7
phaddsw xmm0, xmm7
phaddsw xmm4, xmm0
phaddsw xmm4, oword [bx]
phaddsw xmm4, oword [edi*8+0x1000]
phaddsw xmm4, oword [ds:esi+ebx*2]
phaddsw xmm4, oword [esp]
phaddsw xmm4, oword [ebp]
phaddsw xmm4, [bx]
vphaddsw xmm1, xmm4, xmm7
vphaddsw xmm4, xmm4, xmm7
vphaddsw xmm7, xmm4, xmm7
vphaddsw xmm1, xmm7, xmm7
vphaddsw xmm1, xmm0, xmm7
vphaddsw xmm1, xmm4, xmm0
vphaddsw xmm1, xmm4, oword [bx]
vphaddsw xmm1, xmm4, oword [bp+si+0x1234]
vphaddsw xmm1, xmm4, oword [si]
vphaddsw xmm1, xmm4, oword [di+0x10]
vphaddsw xmm1, xmm4, oword [bp+0x8]
vphaddsw xmm1, xmm4, [bx]
vphaddsw ymm0, ymm1, ymm4
vphaddsw ymm1, ymm1, ymm4
vphaddsw ymm4, ymm1, ymm4
vphaddsw ymm0, ymm4, ymm4
vphaddsw ymm0, ymm7, ymm4
vphaddsw ymm0, ymm1, ymm7
vphaddsw ymm0, ymm1, yword [bx]
vphaddsw ymm0, ymm1, yword [si-0x2]
vphaddsw ymm0, ymm1, yword [es:bx+si]
vphaddsw ymm0, ymm1, yword [cs:di]
vphaddsw ymm0, ymm1, yword [ss:bp+0x4]
vphaddsw ymm0, ymm1, [bx]
pmaddubsw mm7, mm0
pmaddubsw mm0, mm0
pmaddubsw mm1, mm0
pmaddubsw mm7, mm1
pmaddubsw mm7, qword [bx]
pmaddubsw mm7, qword [eax]
pmaddubsw mm7, qword [ebx+ecx*4+0x10]
pmaddubsw mm7, qword [esp+0x8]
pmaddubsw mm7, qword [ebp-0x81]
pmaddubsw mm7, [bx]
pmaddubsw xmm4, xmm7
pmaddubsw xmm7, xmm7
pmaddubsw xmm0, xmm7
pmaddubsw xmm4, xmm0
pmaddubsw xmm4, oword [bx]
pmaddubsw xmm4, oword [ebp]
pmaddubsw xmm4, oword [bx+si]
pmaddubsw xmm4, oword [bp+di+0x7f]
pmaddubsw xmm4, oword [bx+di-0x80]
pmaddubsw xmm4, [bx]
vpmaddubsw xmm1, xmm4, xmm7
vpmaddubsw xmm4, xmm4, xmm7
vpmaddubsw xmm7, xmm4, xmm7
vpmaddubsw xmm1, xmm7, xmm7
vpmaddubsw xmm1, xmm0, xmm7
vpmaddubsw xmm1, xmm4, xmm0
vpmaddubsw xmm1, xmm4, oword [bx]
vpmaddubsw xmm1, xmm4, oword [bp+0x8]
vpmaddubsw xmm1, xmm4, oword [bp]
vpmaddubsw xmm1, xmm4, oword [0x1234]
vpmaddubsw xmm1, xmm4, oword [bx+0x80]
vpmaddubsw xmm1, xmm4, [bx]
vpmaddubsw ymm0, ymm1, ymm4
vpmaddubsw ymm1, ymm1, ymm4
vpmaddubsw ymm4, ymm1, ymm4
vpmaddubsw ymm0, ymm4, ymm4
vpmaddubsw ymm0, ymm7, ymm4
vpmaddubsw ymm0, ymm1, ymm7
vpmaddubsw ymm0, ymm1, yword [bx]
vpmaddubsw ymm0, ymm1, yword [ss:bp+0x4]
vpmaddubsw ymm0, ymm1, yword [fs:0x20]
vpmaddubsw ymm0, ymm1, yword [gs:bx+0x12]
vpmaddubsw ymm0, ymm1, yword [bx+0x7f]
vpmaddubsw ymm0, ymm1, [bx]
phsubw mm0, mm1
phsubw mm1, mm1
phsubw mm5, mm1
phsubw mm0, mm5
phsubw mm0, qword [bx]
phsubw mm0, qword [bx+0x7f]
phsubw mm0, qword [eax]
phsubw mm0, qword [ebx+ecx*4+0x10]
phsubw mm0, qword [esp+0x8]
phsubw mm0, [bx]
phsubw xmm7, xmm0
phsubw xmm0, xmm0
phsubw xmm1, xmm0
phsubw xmm7, xmm1
phsubw xmm7, oword [bx]
phsubw xmm7, oword [esp]
phsubw xmm7, oword [ebp]
phsubw xmm7, oword [bx+si]
phsubw xmm7, oword [bp+di+0x7f]
phsubw xmm7, [bx]
vphsubw xmm4, xmm7, xmm0
vphsubw xmm7, xmm7, xmm0
vphsubw xmm0, xmm7, xmm0
vphsubw xmm4, xmm0, xmm0
vphsubw xmm4, xmm1, xmm0
vphsubw xmm4, xmm7, xmm1
vphsubw xmm4, xmm7, oword [bx]
vphsubw xmm4, xmm7, oword [di+0x10]
vphsubw xmm4, xmm7, oword [bp+0x8]
vphsubw xmm4, xmm7, oword [bp]
vphsubw xmm4, xmm7, oword [0x1234]
vphsubw xmm4, xmm7, [bx]
vphsubw ymm1, ymm4, ymm7
vphsubw ymm4, ymm4, ymm7
vphsubw ymm7, ymm4, ymm7
vphsubw ymm1, ymm7, ymm7
vphsubw ymm1, ymm0, ymm7
vphsubw ymm1, ymm4, ymm0
vphsubw ymm1, ymm4, yword [bx]
vphsubw ymm1, ymm4, yword [cs:di]
vphsubw ymm1, ymm4, yword [ss:bp+0x4]
vphsubw ymm1, ymm4, yword [fs:0x20]
vphsubw ymm1, ymm4, yword [gs:bx+0x12]
vphsubw ymm1, ymm4, [bx]
phsubd mm0, mm1
phsubd mm1, mm1
phsubd mm5, mm1
phsubd mm0, mm5
phsubd mm0, qword [bx]
phsubd mm0, qword [esp+0x8]
phsubd mm0, qword [ebp-0x81]
phsubd mm0, qword [edi*8+0x1000]
phsubd mm0, qword [ds:esi+ebx*2]
phsubd mm0, [bx]
phsubd xmm7, xmm0
phsubd xmm0, xmm0
phsubd xmm1, xmm0
phsubd xmm7, xmm1
phsubd xmm7, oword [bx]
phsubd xmm7, oword [bp+di+0x7f]
phsubd xmm7, oword [bx+di-0x80]
phsubd xmm7, oword [bp+si+0x1234]
phsubd xmm7, oword [si]
phsubd xmm7, [bx]
vphsubd xmm4, xmm7, xmm0
vphsubd xmm7, xmm7, xmm0
vphsubd xmm0, xmm7, xmm0
vphsubd xmm4, xmm0, xmm0
vphsubd xmm4, xmm1, xmm0
vphsubd xmm4, xmm7, xmm1
vphsubd xmm4, xmm7, oword [bx]
vphsubd xmm4, xmm7, oword [0x1234]
vphsubd xmm4, xmm7, oword [bx+0x80]
vphsubd xmm4, xmm7, oword [si-0x2]
vphsubd xmm4, xmm7, oword [es:bx+si]
vphsubd xmm4, xmm7, [bx]
vphsubd ymm1, ymm4, ymm7
vphsubd ymm4, ymm4, ymm7
vphsubd ymm7, ymm4, ymm7
vphsubd ymm1, ymm7, ymm7
vphsubd ymm1, ymm0, ymm7
vphsubd ymm1, ymm4, ymm0
vphsubd ymm1, ymm4, yword [bx]
vphsubd ymm1, ymm4, yword [gs:bx+0x12]
vphsubd ymm1, ymm4, yword [bx+0x7f]
vphsubd ymm1, ymm4, yword [eax]
vphsubd ymm1, ymm4, yword [ebx+ecx*4+0x10]
vphsubd ymm1, ymm4, [bx]
phsubsw mm0, mm1
phsubsw mm1, mm1
phsubsw mm5, mm1
phsubsw mm0, mm5
phsubsw mm0, qword [bx]
phsubsw mm0, qword [ds:esi+ebx*2]
phsubsw mm0, qword [esp]
phsubsw mm0, qword [ebp]
phsubsw mm0, qword [bx+si]
phsubsw mm0, [bx]
phsubsw xmm7, xmm0
phsubsw xmm0, xmm0
phsubsw xmm1, xmm0
phsubsw xmm7, xmm1
phsubsw xmm7, oword [bx]
phsubsw xmm7, oword [si]
phsubsw xmm7, oword [di+0x10]
phsubsw xmm7, oword [bp+0x8]
phsubsw xmm7, oword [bp]
phsubsw xmm7, [bx]
vphsubsw xmm4, xmm7, xmm0
vphsubsw xmm7, xmm7, xmm0
vphsubsw xmm0, xmm7, xmm0
vphsubsw xmm4, xmm0, xmm0
vphsubsw xmm4, xmm1, xmm0
vphsubsw xmm4, xmm7, xmm1
vphsubsw xmm4, xmm7, oword [bx]
vphsubsw xmm4, xmm7, oword [es:bx+si]
vphsubsw xmm4, xmm7, oword [cs:di]
vphsubsw xmm4, xmm7, oword [ss:bp+0x4]
vphsubsw xmm4, xmm7, oword [fs:0x20]
vphsubsw xmm4, xmm7, [bx]
vphsubsw ymm1, ymm4, ymm7
vphsubsw ymm4, ymm4, ymm7
vphsubsw ymm7, ymm4, ymm7
vphsubsw ymm1, ymm7, ymm7
vphsubsw ymm1, ymm0, ymm7
vphsubsw ymm1, ymm4, ymm0
vphsubsw ymm1, ymm4, yword [bx]
vphsubsw ymm1, ymm4, yword [ebx+ecx*4+0x10]
vphsubsw ymm1, ymm4, yword [esp+0x8]
vphsubsw ymm1, ymm4, yword [ebp-0x81]
vphsubsw ymm1, ymm4, yword [edi*8+0x1000]
vphsubsw ymm1, ymm4, [bx]
psignb mm0, mm1
psignb mm1, mm1
psignb mm5, mm1
psignb mm0, mm5
psignb mm0, qword [bx]
psignb mm0, qword [bx+si]
psignb mm0, qword [bp+di+0x7f]
psignb mm0, qword [bx+di-0x80]
psignb mm0, qword [bp+si+0x1234]
psignb mm0, [bx]
psignb xmm7, xmm0
psignb xmm0, xmm0
psignb xmm1, xmm0
psignb xmm7, xmm1
psignb xmm7, oword [bx]
psignb xmm7, oword [bp]
psignb xmm7, oword [0x1234]
psignb xmm7, oword [bx+0x80]
psignb xmm7, oword [si-0x2]
psignb xmm7, [bx]
vpsignb xmm4, xmm7, xmm0
vpsignb xmm7, xmm7, xmm0
vpsignb xmm0, xmm7, xmm0
vpsignb xmm4, xmm0, xmm0
vpsignb xmm4, xmm1, xmm0
vpsignb xmm4, xmm7, xmm1
vpsignb xmm4, xmm7, oword [bx]
vpsignb xmm4, xmm7, oword [fs:0x20]
vpsignb xmm4, xmm7, oword [gs:bx+0x12]
vpsignb xmm4, xmm7, oword [bx+0x7f]
vpsignb xmm4, xmm7, oword [eax]
vpsignb xmm4, xmm7, [bx]
vpsignb ymm1, ymm4, ymm7
vpsignb ymm4, ymm4, ymm7
vpsignb ymm7, ymm4, ymm7
vpsignb ymm1, ymm7, ymm7
vpsignb ymm1, ymm0, ymm7
vpsignb ymm1, ymm4, ymm0
vpsignb ymm1, ymm4, yword [bx]
vpsignb ymm1, ymm4, yword [edi*8+0x1000]
vpsignb ymm1, ymm4, yword [ds:esi+ebx*2]
vpsignb ymm1, ymm4, yword [esp]
vpsignb ymm1, ymm4, yword [ebp]
vpsignb ymm1, ymm4, [bx]
psignw mm0, mm1
psignw mm1, mm1
psignw mm5, mm1
psignw mm0, mm5
psignw mm0, qword [bx]
psignw mm0, qword [bp+si+0x1234]
psignw mm0, qword [si]
psignw mm0, qword [di+0x10]
psignw mm0, qword [bp+0x8]
psignw mm0, [bx]
psignw xmm7, xmm0
psignw xmm0, xmm0
psignw xmm1, xmm0
psignw xmm7, xmm1
psignw xmm7, oword [bx]
psignw xmm7, oword [si-0x2]
psignw xmm7, oword [es:bx+si]
psignw xmm7, oword [cs:di]
psignw xmm7, oword [ss:bp+0x4]
psignw xmm7, [bx]
vpsignw xmm4, xmm7, xmm0
vpsignw xmm7, xmm7, xmm0
vpsignw xmm0, xmm7, xmm0
vpsignw xmm4, xmm0, xmm0
vpsignw xmm4, xmm1, xmm0
vpsignw xmm4, xmm7, xmm1
vpsignw xmm4, xmm7, oword [bx]
vpsignw xmm4, xmm7, oword [eax]
vpsignw xmm4, xmm7, oword [ebx+ecx*4+0x10]
vpsignw xmm4, xmm7, oword [esp+0x8]
vpsignw xmm4, xmm7, oword [ebp-0x81]
vpsignw xmm4, xmm7, [bx]
vpsignw ymm1, ymm4, ymm7
vpsignw ymm4, ymm4, ymm7
vpsignw ymm7, ymm4, ymm7
vpsignw ymm1, ymm7, ymm7
vpsignw ymm1, ymm0, ymm7
vpsignw ymm1, ymm4, ymm0
vpsignw ymm1, ymm4, yword [bx]
vpsignw ymm1, ymm4, yword [ebp]
vpsignw ymm1, ymm4, yword [bx+si]
vpsignw ymm1, ymm4, yword [bp+di+0x7f]
vpsignw ymm1, ymm4, yword [bx+di-0x80]
vpsignw ymm1, ymm4, [bx]
psignd mm0, mm1
psignd mm1, mm1
psignd mm5, mm1
psignd mm0, mm5
psignd mm0, qword [bx]
psignd mm0, qword [bp+0x8]
psignd mm0, qword [bp]
psignd mm0, qword [0x1234]
psignd mm0, qword [bx+0x80]
psignd mm0, [bx]
psignd xmm7, xmm0
psignd xmm0, xmm0
psignd xmm1, xmm0
psignd xmm7, xmm1
psignd xmm7, oword [bx]
psignd xmm7, oword [ss:bp+0x4]
psignd xmm7, oword [fs:0x20]
psignd xmm7, oword [gs:bx+0x12]
psignd xmm7, oword [bx+0x7f]
psignd xmm7, [bx]
vpsignd xmm4, xmm7, xmm0
vpsignd xmm7, xmm7, xmm0
vpsignd xmm0, xmm7, xmm0
vpsignd xmm4, xmm0, xmm0
vpsignd xmm4, xmm1, xmm0
vpsignd xmm4, xmm7, xmm1
vpsignd xmm4, xmm7, oword [bx]
vpsignd xmm4, xmm7, oword [ebp-0x81]
vpsignd xmm4, xmm7, oword [edi*8+0x1000]
vpsignd xmm4, xmm7, oword [ds:esi+ebx*2]
vpsignd xmm4, xmm7, oword [esp]
vpsignd xmm4, xmm7, [bx]
vpsignd ymm1, ymm4, ymm7
vpsignd ymm4, ymm4, ymm7
vpsignd ymm7, ymm4, ymm7
vpsignd ymm1, ymm7, ymm7
vpsignd ymm1, ymm0, ymm7
vpsignd ymm1, ymm4, ymm0
vpsignd ymm1, ymm4, yword [bx]
vpsignd ymm1, ymm4, yword [bx+di-0x80]
vpsignd ymm1, ymm4, yword [bp+si+0x1234]
vpsignd ymm1, ymm4, yword [si]
vpsignd ymm1, ymm4, yword [di+0x10]
vpsignd ymm1, ymm4, [bx]
pmulhrsw mm0, mm1
pmulhrsw mm1, mm1
pmulhrsw mm5, mm1
pmulhrsw mm0, mm5
pmulhrsw mm0, qword [bx]
pmulhrsw mm0, qword [bx+0x80]
pmulhrsw mm0, qword [si-0x2]
pmulhrsw mm0, qword [es:bx+si]
pmulhrsw mm0, qword [cs:di]
pmulhrsw mm0, [bx]
pmulhrsw xmm7, xmm0
pmulhrsw xmm0, xmm0
pmulhrsw xmm1, xmm0
pmulhrsw xmm7, xmm1
pmulhrsw xmm7, oword [bx]
pmulhrsw xmm7, oword [bx+0x7f]
pmulhrsw xmm7, oword [eax]
pmulhrsw xmm7, oword [ebx+ecx*4+0x10]
pmulhrsw xmm7, oword [esp+0x8]
pmulhrsw xmm7, [bx]
vpmulhrsw xmm4, xmm7, xmm0
vpmulhrsw xmm7, xmm7, xmm0
vpmulhrsw xmm0, xmm7, xmm0
vpmulhrsw xmm4, xmm0, xmm0
vpmulhrsw xmm4, xmm1, xmm0
vpmulhrsw xmm4, xmm7, xmm1
vpmulhrsw xmm4, xmm7, oword [bx]
vpmulhrsw xmm4, xmm7, oword [esp]
vpmulhrsw xmm4, xmm7, oword [ebp]
vpmulhrsw xmm4, xmm7, oword [bx+si]
vpmulhrsw xmm4, xmm7, oword [bp+di+0x7f]
vpmulhrsw xmm4, xmm7, [bx]
vpmulhrsw ymm1, ymm4, ymm7
vpmulhrsw ymm4, ymm4, ymm7
vpmulhrsw ymm7, ymm4, ymm7
vpmulhrsw ymm1, ymm7, ymm7
vpmulhrsw ymm1, ymm0, ymm7
vpmulhrsw ymm1, ymm4, ymm0
vpmulhrsw ymm1, ymm4, yword [bx]
vpmulhrsw ymm1, ymm4, yword [di+0x10]
vpmulhrsw ymm1, ymm4, yword [bp+0x8]
vpmulhrsw ymm1, ymm4, yword [bp]
vpmulhrsw ymm1, ymm4, yword [0x1234]
vpmulhrsw ymm1, ymm4, [bx]
vpermilps xmm1, xmm4, xmm7
vpermilps xmm4, xmm4, xmm7
vpermilps xmm7, xmm4, xmm7
vpermilps xmm1, xmm7, xmm7
vpermilps xmm1, xmm0, xmm7
vpermilps xmm1, xmm4, xmm0
vpermilps xmm1, xmm4, oword [bx]
vpermilps xmm1, xmm4, oword [0x1234]
vpermilps xmm1, xmm4, oword [bx+0x80]
vpermilps xmm1, xmm4, oword [si-0x2]
vpermilps xmm1, xmm4, oword [es:bx+si]
vpermilps xmm1, xmm4, [bx]
vpermilps ymm0, ymm1, ymm4
vpermilps ymm1, ymm1, ymm4
vpermilps ymm4, ymm1, ymm4
vpermilps ymm0, ymm4, ymm4
vpermilps ymm0, ymm7, ymm4
vpermilps ymm0, ymm1, ymm7
vpermilps ymm0, ymm1, yword [bx]
vpermilps ymm0, ymm1, yword [gs:bx+0x12]
vpermilps ymm0, ymm1, yword [bx+0x7f]
vpermilps ymm0, ymm1, yword [eax]
vpermilps ymm0, ymm1, yword [ebx+ecx*4+0x10]
vpermilps ymm0, ymm1, [bx]
vpermilpd xmm0, xmm1, xmm4
vpermilpd xmm1, xmm1, xmm4
vpermilpd xmm4, xmm1, xmm4
vpermilpd xmm0, xmm4, xmm4
vpermilpd xmm0, xmm7, xmm4
vpermilpd xmm0, xmm1, xmm7
vpermilpd xmm0, xmm1, oword [bx]
vpermilpd xmm0, xmm1, oword [ebx+ecx*4+0x10]
vpermilpd xmm0, xmm1, oword [esp+0x8]
vpermilpd xmm0, xmm1, oword [ebp-0x81]
vpermilpd xmm0, xmm1, oword [edi*8+0x1000]
vpermilpd xmm0, xmm1, [bx]
vpermilpd ymm7, ymm0, ymm1
vpermilpd ymm0, ymm0, ymm1
vpermilpd ymm1, ymm0, ymm1
vpermilpd ymm7, ymm1, ymm1
vpermilpd ymm7, ymm4, ymm1
vpermilpd ymm7, ymm0, ymm4
vpermilpd ymm7, ymm0, yword [bx]
vpermilpd ymm7, ymm0, yword [bx+si]
vpermilpd ymm7, ymm0, yword [bp+di+0x7f]
vpermilpd ymm7, ymm0, yword [bx+di-0x80]
vpermilpd ymm7, ymm0, yword [bp+si+0x1234]
vpermilpd ymm7, ymm0, [bx]
vtestps xmm7, xmm0
vtestps xmm0, xmm0
vtestps xmm1, xmm0
vtestps xmm7, xmm1
vtestps xmm7, oword [bx]
vtestps xmm7, oword [bp+si+0x1234]
vtestps xmm7, oword [si]
vtestps xmm7, oword [di+0x10]
vtestps xmm7, oword [bp+0x8]
vtestps xmm7, [bx]
vtestps ymm4, ymm7
vtestps ymm7, ymm7
vtestps ymm0, ymm7
vtestps ymm4, ymm0
vtestps ymm4, yword [bx]
vtestps ymm4, yword [si-0x2]
vtestps ymm4, yword [es:bx+si]
vtestps ymm4, yword [cs:di]
vtestps ymm4, yword [ss:bp+0x4]
vtestps ymm4, [bx]
vtestpd xmm1, xmm4
vtestpd xmm4, xmm4
vtestpd xmm7, xmm4
vtestpd xmm1, xmm7
vtestpd xmm1, oword [bx]
vtestpd xmm1, oword [eax]
vtestpd xmm1, oword [ebx+ecx*4+0x10]
vtestpd xmm1, oword [esp+0x8]
vtestpd xmm1, oword [ebp-0x81]
vtestpd xmm1, [bx]
vtestpd ymm0, ymm1
vtestpd ymm1, ymm1
vtestpd ymm4, ymm1
vtestpd ymm0, ymm4
vtestpd ymm0, yword [bx]
vtestpd ymm0, yword [ebp]
vtestpd ymm0, yword [bx+si]
vtestpd ymm0, yword [bp+di+0x7f]
vtestpd ymm0, yword [bx+di-0x80]
vtestpd ymm0, [bx]
pblendvb xmm7, xmm0
pblendvb xmm0, xmm0
pblendvb xmm1, xmm0
pblendvb xmm7, xmm1
pblendvb xmm7, oword [bx]
pblendvb xmm7, oword [bp+0x8]
pblendvb xmm7, oword [bp]
pblendvb xmm7, oword [0x1234]
pblendvb xmm7, oword [bx+0x80]
pblendvb xmm7, [bx]
vcvtph2ps xmm0, xmm1
vcvtph2ps xmm1, xmm1
vcvtph2ps xmm4, xmm1
vcvtph2ps xmm0, xmm4
vcvtph2ps xmm0, qword [bx]
vcvtph2ps xmm0, qword [fs:0x20]
vcvtph2ps xmm0, qword [gs:bx+0x12]
vcvtph2ps xmm0, qword [bx+0x7f]
vcvtph2ps xmm0, qword [eax]
vcvtph2ps xmm0, [bx]
vcvtph2ps ymm7, xmm0
vcvtph2ps ymm0, xmm0
vcvtph2ps ymm1, xmm0
vcvtph2ps ymm7, xmm1
vcvtph2ps ymm7, oword [bx]
vcvtph2ps ymm7, oword [edi*8+0x1000]
vcvtph2ps ymm7, oword [ds:esi+ebx*2]
vcvtph2ps ymm7, oword [esp]
vcvtph2ps ymm7, oword [ebp]
vcvtph2ps ymm7, [bx]
blendvps xmm0, xmm1
blendvps xmm1, xmm1
blendvps xmm4, xmm1
blendvps xmm0, xmm4
blendvps xmm0, oword [bx]
blendvps xmm0, oword [ebp-0x81]
blendvps xmm0, oword [edi*8+0x1000]
blendvps xmm0, oword [ds:esi+ebx*2]
blendvps xmm0, oword [esp]
blendvps xmm0, [bx]
blendvpd xmm4, xmm7
blendvpd xmm7, xmm7
blendvpd xmm0, xmm7
blendvpd xmm4, xmm0
blendvpd xmm4, oword [bx]
blendvpd xmm4, oword [gs:bx+0x12]
blendvpd xmm4, oword [bx+0x7f]
blendvpd xmm4, oword [eax]
blendvpd xmm4, oword [ebx+ecx*4+0x10]
blendvpd xmm4, [bx]
vpermps ymm0, ymm1, ymm4
vpermps ymm1, ymm1, ymm4
vpermps ymm4, ymm1, ymm4
vpermps ymm0, ymm4, ymm4
vpermps ymm0, ymm7, ymm4
vpermps ymm0, ymm1, ymm7
vpermps ymm0, ymm1, yword [bx]
vpermps ymm0, ymm1, yword [si-0x2]
vpermps ymm0, ymm1, yword [es:bx+si]
vpermps ymm0, ymm1, yword [cs:di]
vpermps ymm0, ymm1, yword [ss:bp+0x4]
vpermps ymm0, ymm1, [bx]
ptest xmm7, xmm0
ptest xmm0, xmm0
ptest xmm1, xmm0
ptest xmm7, xmm1
ptest xmm7, oword [bx]
ptest xmm7, oword [ebp-0x81]
ptest xmm7, oword [edi*8+0x1000]
ptest xmm7, oword [ds:esi+ebx*2]
ptest xmm7, oword [esp]
ptest xmm7, [bx]
vptest xmm4, xmm7
vptest xmm7, xmm7
vptest xmm0, xmm7
vptest xmm4, xmm0
vptest xmm4, oword [bx]
vptest xmm4, oword [bx+di-0x80]
vptest xmm4, oword [bp+si+0x1234]
vptest xmm4, oword [si]
vptest xmm4, oword [di+0x10]
vptest xmm4, [bx]
vptest ymm1, ymm4
vptest ymm4, ymm4
vptest ymm7, ymm4
vptest ymm1, ymm7
vptest ymm1, yword [bx]
vptest ymm1, yword [bx+0x80]
vptest ymm1, yword [si-0x2]
vptest ymm1, yword [es:bx+si]
vptest ymm1, yword [cs:di]
vptest ymm1, [bx]
vbroadcastss xmm0, dword [bx]
vbroadcastss xmm1, dword [bx]
vbroadcastss xmm4, dword [bx]
vbroadcastss xmm0, dword [bx+0x7f]
vbroadcastss xmm0, dword [eax]
vbroadcastss xmm0, dword [ebx+ecx*4+0x10]
vbroadcastss xmm0, dword [esp+0x8]
vbroadcastss xmm0, [bx]
vbroadcastss ymm7, dword [bx]
vbroadcastss ymm0, dword [bx]
vbroadcastss ymm1, dword [bx]
vbroadcastss ymm7, dword [esp]
vbroadcastss ymm7, dword [ebp]
vbroadcastss ymm7, dword [bx+si]
vbroadcastss ymm7, dword [bp+di+0x7f]
vbroadcastss ymm7, [bx]
vbroadcastsd ymm7, qword [bx]
vbroadcastsd ymm0, qword [bx]
vbroadcastsd ymm1, qword [bx]
vbroadcastsd ymm7, qword [bp+di+0x7f]
vbroadcastsd ymm7, qword [bx+di-0x80]
vbroadcastsd ymm7, qword [bp+si+0x1234]
vbroadcastsd ymm7, qword [si]
vbroadcastsd ymm7, [bx]
vbroadcastf128 ymm4, oword [bx]
vbroadcastf128 ymm7, oword [bx]
vbroadcastf128 ymm0, oword [bx]
vbroadcastf128 ymm4, oword [es:bx+si]
vbroadcastf128 ymm4, oword [cs:di]
vbroadcastf128 ymm4, oword [ss:bp+0x4]
vbroadcastf128 ymm4, oword [fs:0x20]
vbroadcastf128 ymm4, [bx]
pabsb mm7, mm0
pabsb mm0, mm0
pabsb mm1, mm0
pabsb mm7, mm1
pabsb mm7, qword [bx]
pabsb mm7, qword [si-0x2]
pabsb mm7, qword [es:bx+si]
pabsb mm7, qword [cs:di]
pabsb mm7, qword [ss:bp+0x4]
pabsb mm7, [bx]
pabsb xmm4, xmm7
pabsb xmm7, xmm7
pabsb xmm0, xmm7
pabsb xmm4, xmm0
pabsb xmm4, oword [bx]
pabsb xmm4, oword [eax]
pabsb xmm4, oword [ebx+ecx*4+0x10]
pabsb xmm4, oword [esp+0x8]
pabsb xmm4, oword [ebp-0x81]
pabsb xmm4, [bx]
vpabsb xmm1, xmm4
vpabsb xmm4, xmm4
vpabsb xmm7, xmm4
vpabsb xmm1, xmm7
vpabsb xmm1, oword [bx]
vpabsb xmm1, oword [ebp]
vpabsb xmm1, oword [bx+si]
vpabsb xmm1, oword [bp+di+0x7f]
vpabsb xmm1, oword [bx+di-0x80]
vpabsb xmm1, [bx]
vpabsb ymm0, ymm1
vpabsb ymm1, ymm1
vpabsb ymm4, ymm1
vpabsb ymm0, ymm4
vpabsb ymm0, yword [bx]
vpabsb ymm0, yword [bp+0x8]
vpabsb ymm0, yword [bp]
vpabsb ymm0, yword [0x1234]
vpabsb ymm0, yword [bx+0x80]
vpabsb ymm0, [bx]
pabsw mm0, mm1
pabsw mm1, mm1
pabsw mm5, mm1
pabsw mm0, mm5
pabsw mm0, qword [bx]
pabsw mm0, qword [bx+0x80]
pabsw mm0, qword [si-0x2]
pabsw mm0, qword [es:bx+si]
pabsw mm0, qword [cs:di]
pabsw mm0, [bx]
pabsw xmm7, xmm0
pabsw xmm0, xmm0
pabsw xmm1, xmm0
pabsw xmm7, xmm1
pabsw xmm7, oword [bx]
pabsw xmm7, oword [bx+0x7f]
pabsw xmm7, oword [eax]
pabsw xmm7, oword [ebx+ecx*4+0x10]
pabsw xmm7, oword [esp+0x8]
pabsw xmm7, [bx]
vpabsw xmm4, xmm7
vpabsw xmm7, xmm7
vpabsw xmm0, xmm7
vpabsw xmm4, xmm0
vpabsw xmm4, oword [bx]
vpabsw xmm4, oword [esp]
vpabsw xmm4, oword [ebp]
vpabsw xmm4, oword [bx+si]
vpabsw xmm4, oword [bp+di+0x7f]
vpabsw xmm4, [bx]
vpabsw ymm1, ymm4
vpabsw ymm4, ymm4
vpabsw ymm7, ymm4
vpabsw ymm1, ymm7
vpabsw ymm1, yword [bx]
vpabsw ymm1, yword [di+0x10]
vpabsw ymm1, yword [bp+0x8]
vpabsw ymm1, yword [bp]
vpabsw ymm1, yword [0x1234]
vpabsw ymm1, [bx]
pabsd mm1, mm5
pabsd mm5, mm5
pabsd mm7, mm5
pabsd mm1, mm7
pabsd mm1, qword [bx]
pabsd mm1, qword [0x1234]
pabsd mm1, qword [bx+0x80]
pabsd mm1, qword [si-0x2]
pabsd mm1, qword [es:bx+si]
pabsd mm1, [bx]
pabsd xmm0, xmm1
pabsd xmm1, xmm1
pabsd xmm4, xmm1
pabsd xmm0, xmm4
pabsd xmm0, oword [bx]
pabsd xmm0, oword [gs:bx+0x12]
pabsd xmm0, oword [bx+0x7f]
pabsd xmm0, oword [eax]
pabsd xmm0, oword [ebx+ecx*4+0x10]
pabsd xmm0, [bx]
vpabsd xmm7, xmm0
vpabsd xmm0, xmm0
vpabsd xmm1, xmm0
vpabsd xmm7, xmm1
vpabsd xmm7, oword [bx]
vpabsd xmm7, oword [ds:esi+ebx*2]
vpabsd xmm7, oword [esp]
vpabsd xmm7, oword [ebp]
vpabsd xmm7, oword [bx+si]
vpabsd xmm7, [bx]
vpabsd ymm4, ymm7
vpabsd ymm7, ymm7
vpabsd ymm0, ymm7
vpabsd ymm4, ymm0
vpabsd ymm4, yword [bx]
vpabsd ymm4, yword [si]
vpabsd ymm4, yword [di+0x10]
vpabsd ymm4, yword [bp+0x8]
vpabsd ymm4, yword [bp]
vpabsd ymm4, [bx]
pmovsxbw xmm7, xmm0
pmovsxbw xmm0, xmm0
pmovsxbw xmm1, xmm0
pmovsxbw xmm7, xmm1
pmovsxbw xmm7, qword [bx]
pmovsxbw xmm7, qword [bp+si+0x1234]
pmovsxbw xmm7, qword [si]
pmovsxbw xmm7, qword [di+0x10]
pmovsxbw xmm7, qword [bp+0x8]
pmovsxbw xmm7, [bx]
vpmovsxbw xmm4, xmm7
vpmovsxbw xmm7, xmm7
vpmovsxbw xmm0, xmm7
vpmovsxbw xmm4, xmm0
vpmovsxbw xmm4, qword [bx]
vpmovsxbw xmm4, qword [si-0x2]
vpmovsxbw xmm4, qword [es:bx+si]
vpmovsxbw xmm4, qword [cs:di]
vpmovsxbw xmm4, qword [ss:bp+0x4]
vpmovsxbw xmm4, [bx]
vpmovsxbw ymm1, xmm4
vpmovsxbw ymm4, xmm4
vpmovsxbw ymm7, xmm4
vpmovsxbw ymm1, xmm7
vpmovsxbw ymm1, oword [bx]
vpmovsxbw ymm1, oword [eax]
vpmovsxbw ymm1, oword [ebx+ecx*4+0x10]
vpmovsxbw ymm1, oword [esp+0x8]
vpmovsxbw ymm1, oword [ebp-0x81]
vpmovsxbw ymm1, [bx]
pmovsxbd xmm4, xmm7
pmovsxbd xmm7, xmm7
pmovsxbd xmm0, xmm7
pmovsxbd xmm4, xmm0
pmovsxbd xmm4, dword [bx]
pmovsxbd xmm4, dword [bx+0x7f]
pmovsxbd xmm4, dword [eax]
pmovsxbd xmm4, dword [ebx+ecx*4+0x10]
pmovsxbd xmm4, dword [esp+0x8]
pmovsxbd xmm4, [bx]
vpmovsxbd xmm1, xmm4
vpmovsxbd xmm4, xmm4
vpmovsxbd xmm7, xmm4
vpmovsxbd xmm1, xmm7
vpmovsxbd xmm1, dword [bx]
vpmovsxbd xmm1, dword [esp]
vpmovsxbd xmm1, dword [ebp]
vpmovsxbd xmm1, dword [bx+si]
vpmovsxbd xmm1, dword [bp+di+0x7f]
vpmovsxbd xmm1, [bx]
vpmovsxbd ymm0, xmm1
vpmovsxbd ymm1, xmm1
vpmovsxbd ymm4, xmm1
vpmovsxbd ymm0, xmm4
vpmovsxbd ymm0, qword [bx]
vpmovsxbd ymm0, qword [di+0x10]
vpmovsxbd ymm0, qword [bp+0x8]
vpmovsxbd ymm0, qword [bp]
vpmovsxbd ymm0, qword [0x1234]
vpmovsxbd ymm0, [bx]
pmovsxbq xmm1, xmm4
pmovsxbq xmm4, xmm4
pmovsxbq xmm7, xmm4
pmovsxbq xmm1, xmm7
pmovsxbq xmm1, word [bx]
pmovsxbq xmm1, word [si]
pmovsxbq xmm1, word [di+0x10]
pmovsxbq xmm1, word [bp+0x8]
pmovsxbq xmm1, word [bp]
pmovsxbq xmm1, [bx]
vpmovsxbq xmm0, xmm1
vpmovsxbq xmm1, xmm1
vpmovsxbq xmm4, xmm1
vpmovsxbq xmm0, xmm4
vpmovsxbq xmm0, word [bx]
vpmovsxbq xmm0, word [es:bx+si]
vpmovsxbq xmm0, word [cs:di]
vpmovsxbq xmm0, word [ss:bp+0x4]
vpmovsxbq xmm0, word [fs:0x20]
vpmovsxbq xmm0, [bx]
vpmovsxbq ymm7, xmm0
vpmovsxbq ymm0, xmm0
vpmovsxbq ymm1, xmm0
vpmovsxbq ymm7, xmm1
vpmovsxbq ymm7, dword [bx]
vpmovsxbq ymm7, dword [ebx+ecx*4+0x10]
vpmovsxbq ymm7, dword [esp+0x8]
vpmovsxbq ymm7, dword [ebp-0x81]
vpmovsxbq ymm7, dword [edi*8+0x1000]
vpmovsxbq ymm7, [bx]
pmovsxwd xmm0, xmm1
pmovsxwd xmm1, xmm1
pmovsxwd xmm4, xmm1
pmovsxwd xmm0, xmm4
pmovsxwd xmm0, qword [bx]
pmovsxwd xmm0, qword [eax]
pmovsxwd xmm0, qword [ebx+ecx*4+0x10]
pmovsxwd xmm0, qword [esp+0x8]
pmovsxwd xmm0, qword [ebp-0x81]
pmovsxwd xmm0, [bx]
vpmovsxwd xmm7, xmm0
vpmovsxwd xmm0, xmm0
vpmovsxwd xmm1, xmm0
vpmovsxwd xmm7, xmm1
vpmovsxwd xmm7, qword [bx]
vpmovsxwd xmm7, qword [ebp]
vpmovsxwd xmm7, qword [bx+si]
vpmovsxwd xmm7, qword [bp+di+0x7f]
vpmovsxwd xmm7, qword [bx+di-0x80]
vpmovsxwd xmm7, [bx]
vpmovsxwd ymm4, xmm7
vpmovsxwd ymm7, xmm7
vpmovsxwd ymm0, xmm7
vpmovsxwd ymm4, xmm0
vpmovsxwd ymm4, oword [bx]
vpmovsxwd ymm4, oword [bp+0x8]
vpmovsxwd ymm4, oword [bp]
vpmovsxwd ymm4, oword [0x1234]
vpmovsxwd ymm4, oword [bx+0x80]
vpmovsxwd ymm4, [bx]
pmovsxwq xmm7, xmm0
pmovsxwq xmm0, xmm0
pmovsxwq xmm1, xmm0
pmovsxwq xmm7, xmm1
pmovsxwq xmm7, dword [bx]
pmovsxwq xmm7, dword [di+0x10]
pmovsxwq xmm7, dword [bp+0x8]
pmovsxwq xmm7, dword [bp]
pmovsxwq xmm7, dword [0x1234]
pmovsxwq xmm7, [bx]
vpmovsxwq xmm4, xmm7
vpmovsxwq xmm7, xmm7
vpmovsxwq xmm0, xmm7
vpmovsxwq xmm4, xmm0
vpmovsxwq xmm4, dword [bx]
vpmovsxwq xmm4, dword [cs:di]
vpmovsxwq xmm4, dword [ss:bp+0x4]
vpmovsxwq xmm4, dword [fs:0x20]
vpmovsxwq xmm4, dword [gs:bx+0x12]
vpmovsxwq xmm4, [bx]
vpmovsxwq ymm1, xmm4
vpmovsxwq ymm4, xmm4
vpmovsxwq ymm7, xmm4
vpmovsxwq ymm1, xmm7
vpmovsxwq ymm1, qword [bx]
vpmovsxwq ymm1, qword [esp+0x8]
vpmovsxwq ymm1, qword [ebp-0x81]
vpmovsxwq ymm1, qword [edi*8+0x1000]
vpmovsxwq ymm1, qword [ds:esi+ebx*2]
vpmovsxwq ymm1, [bx]
pmovsxdq xmm4, xmm7
pmovsxdq xmm7, xmm7
pmovsxdq xmm0, xmm7
pmovsxdq xmm4, xmm0
pmovsxdq xmm4, qword [bx]
pmovsxdq xmm4, qword [ebx+ecx*4+0x10]
pmovsxdq xmm4, qword [esp+0x8]
pmovsxdq xmm4, qword [ebp-0x81]
pmovsxdq xmm4, qword [edi*8+0x1000]
pmovsxdq xmm4, [bx]
vpmovsxdq xmm1, xmm4
vpmovsxdq xmm4, xmm4
vpmovsxdq xmm7, xmm4
vpmovsxdq xmm1, xmm7
vpmovsxdq xmm1, qword [bx]
vpmovsxdq xmm1, qword [bx+si]
vpmovsxdq xmm1, qword [bp+di+0x7f]
vpmovsxdq xmm1, qword [bx+di-0x80]
vpmovsxdq xmm1, qword [bp+si+0x1234]
vpmovsxdq xmm1, [bx]
vpmovsxdq ymm0, xmm1
vpmovsxdq ymm1, xmm1
vpmovsxdq ymm4, xmm1
vpmovsxdq ymm0, xmm4
vpmovsxdq ymm0, oword [bx]
vpmovsxdq ymm0, oword [bp]
vpmovsxdq ymm0, oword [0x1234]
vpmovsxdq ymm0, oword [bx+0x80]
vpmovsxdq ymm0, oword [si-0x2]
vpmovsxdq ymm0, [bx]
pmuldq xmm1, xmm4
pmuldq xmm4, xmm4
pmuldq xmm7, xmm4
pmuldq xmm1, xmm7
pmuldq xmm1, oword [bx]
pmuldq xmm1, oword [ebp]
pmuldq xmm1, oword [bx+si]
pmuldq xmm1, oword [bp+di+0x7f]
pmuldq xmm1, oword [bx+di-0x80]
pmuldq xmm1, [bx]
vpmuldq xmm0, xmm1, xmm4
vpmuldq xmm1, xmm1, xmm4
vpmuldq xmm4, xmm1, xmm4
vpmuldq xmm0, xmm4, xmm4
vpmuldq xmm0, xmm7, xmm4
vpmuldq xmm0, xmm1, xmm7
vpmuldq xmm0, xmm1, oword [bx]
vpmuldq xmm0, xmm1, oword [bp+0x8]
vpmuldq xmm0, xmm1, oword [bp]
vpmuldq xmm0, xmm1, oword [0x1234]
vpmuldq xmm0, xmm1, oword [bx+0x80]
vpmuldq xmm0, xmm1, [bx]
vpmuldq ymm7, ymm0, ymm1
vpmuldq ymm0, ymm0, ymm1
vpmuldq ymm1, ymm0, ymm1
vpmuldq ymm7, ymm1, ymm1
vpmuldq ymm7, ymm4, ymm1
vpmuldq ymm7, ymm0, ymm4
vpmuldq ymm7, ymm0, yword [bx]
vpmuldq ymm7, ymm0, yword [ss:bp+0x4]
vpmuldq ymm7, ymm0, yword [fs:0x20]
vpmuldq ymm7, ymm0, yword [gs:bx+0x12]
vpmuldq ymm7, ymm0, yword [bx+0x7f]
vpmuldq ymm7, ymm0, [bx]
pcmpeqq xmm1, xmm4
pcmpeqq xmm4, xmm4
pcmpeqq xmm7, xmm4
pcmpeqq xmm1, xmm7
pcmpeqq xmm1, oword [bx]
pcmpeqq xmm1, oword [0x1234]
pcmpeqq xmm1, oword [bx+0x80]
pcmpeqq xmm1, oword [si-0x2]
pcmpeqq xmm1, oword [es:bx+si]
pcmpeqq xmm1, [bx]
vpcmpeqq xmm0, xmm1, xmm4
vpcmpeqq xmm1, xmm1, xmm4
vpcmpeqq xmm4, xmm1, xmm4
vpcmpeqq xmm0, xmm4, xmm4
vpcmpeqq xmm0, xmm7, xmm4
vpcmpeqq xmm0, xmm1, xmm7
vpcmpeqq xmm0, xmm1, oword [bx]
vpcmpeqq xmm0, xmm1, oword [gs:bx+0x12]
vpcmpeqq xmm0, xmm1, oword [bx+0x7f]
vpcmpeqq xmm0, xmm1, oword [eax]
vpcmpeqq xmm0, xmm1, oword [ebx+ecx*4+0x10]
vpcmpeqq xmm0, xmm1, [bx]
vpcmpeqq ymm7, ymm0, ymm1
vpcmpeqq ymm0, ymm0, ymm1
vpcmpeqq ymm1, ymm0, ymm1
vpcmpeqq ymm7, ymm1, ymm1
vpcmpeqq ymm7, ymm4, ymm1
vpcmpeqq ymm7, ymm0, ymm4
vpcmpeqq ymm7, ymm0, yword [bx]
vpcmpeqq ymm7, ymm0, yword [ds:esi+ebx*2]
vpcmpeqq ymm7, ymm0, yword [esp]
vpcmpeqq ymm7, ymm0, yword [ebp]
vpcmpeqq ymm7, ymm0, yword [bx+si]
vpcmpeqq ymm7, ymm0, [bx]
movntdqa xmm1, oword [bx]
movntdqa xmm4, oword [bx]
movntdqa xmm7, oword [bx]
movntdqa xmm1, oword [eax]
movntdqa xmm1, oword [ebx+ecx*4+0x10]
movntdqa xmm1, oword [esp+0x8]
movntdqa xmm1, oword [ebp-0x81]
movntdqa xmm1, [bx]
vmovntdqa xmm0, oword [bx]
vmovntdqa xmm1, oword [bx]
vmovntdqa xmm4, oword [bx]
vmovntdqa xmm0, oword [ebp]
vmovntdqa xmm0, oword [bx+si]
vmovntdqa xmm0, oword [bp+di+0x7f]
vmovntdqa xmm0, oword [bx+di-0x80]
vmovntdqa xmm0, [bx]
vmovntdqa ymm7, yword [bx]
vmovntdqa ymm0, yword [bx]
vmovntdqa ymm1, yword [bx]
vmovntdqa ymm7, yword [bp+0x8]
vmovntdqa ymm7, yword [bp]
vmovntdqa ymm7, yword [0x1234]
vmovntdqa ymm7, yword [bx+0x80]
vmovntdqa ymm7, [bx]
packusdw xmm0, xmm1
packusdw xmm1, xmm1
packusdw xmm4, xmm1
packusdw xmm0, xmm4
packusdw xmm0, oword [bx]
packusdw xmm0, oword [di+0x10]
packusdw xmm0, oword [bp+0x8]
packusdw xmm0, oword [bp]
packusdw xmm0, oword [0x1234]
packusdw xmm0, [bx]
vpackusdw xmm7, xmm0, xmm1
vpackusdw xmm0, xmm0, xmm1
vpackusdw xmm1, xmm0, xmm1
vpackusdw xmm7, xmm1, xmm1
vpackusdw xmm7, xmm4, xmm1
vpackusdw xmm7, xmm0, xmm4
vpackusdw xmm7, xmm0, oword [bx]
vpackusdw xmm7, xmm0, oword [cs:di]
vpackusdw xmm7, xmm0, oword [ss:bp+0x4]
vpackusdw xmm7, xmm0, oword [fs:0x20]
vpackusdw xmm7, xmm0, oword [gs:bx+0x12]
vpackusdw xmm7, xmm0, [bx]
vpackusdw ymm4, ymm7, ymm0
vpackusdw ymm7, ymm7, ymm0
vpackusdw ymm0, ymm7, ymm0
vpackusdw ymm4, ymm0, ymm0
vpackusdw ymm4, ymm1, ymm0
vpackusdw ymm4, ymm7, ymm1
vpackusdw ymm4, ymm7, yword [bx]
vpackusdw ymm4, ymm7, yword [esp+0x8]
vpackusdw ymm4, ymm7, yword [ebp-0x81]
vpackusdw ymm4, ymm7, yword [edi*8+0x1000]
vpackusdw ymm4, ymm7, yword [ds:esi+ebx*2]
vpackusdw ymm4, ymm7, [bx]
vmaskmovps xmm4, xmm7, oword [bx]
vmaskmovps xmm7, xmm7, oword [bx]
vmaskmovps xmm0, xmm7, oword [bx]
vmaskmovps xmm4, xmm0, oword [bx]
vmaskmovps xmm4, xmm1, oword [bx]
vmaskmovps xmm4, xmm7, oword [ds:esi+ebx*2]
vmaskmovps xmm4, xmm7, oword [esp]
vmaskmovps xmm4, xmm7, oword [ebp]
vmaskmovps xmm4, xmm7, oword [bx+si]
vmaskmovps xmm4, xmm7, [bx]
vmaskmovps ymm1, ymm4, yword [bx]
vmaskmovps ymm4, ymm4, yword [bx]
vmaskmovps ymm7, ymm4, yword [bx]
vmaskmovps ymm1, ymm7, yword [bx]
vmaskmovps ymm1, ymm0, yword [bx]
vmaskmovps ymm1, ymm4, yword [si]
vmaskmovps ymm1, ymm4, yword [di+0x10]
vmaskmovps ymm1, ymm4, yword [bp+0x8]
vmaskmovps ymm1, ymm4, yword [bp]
vmaskmovps ymm1, ymm4, [bx]
vmaskmovpd xmm4, xmm7, oword [bx]
vmaskmovpd xmm7, xmm7, oword [bx]
vmaskmovpd xmm0, xmm7, oword [bx]
vmaskmovpd xmm4, xmm0, oword [bx]
vmaskmovpd xmm4, xmm1, oword [bx]
vmaskmovpd xmm4, xmm7, oword [bp+si+0x1234]
vmaskmovpd xmm4, xmm7, oword [si]
vmaskmovpd xmm4, xmm7, oword [di+0x10]
vmaskmovpd xmm4, xmm7, oword [bp+0x8]
vmaskmovpd xmm4, xmm7, [bx]
vmaskmovpd ymm1, ymm4, yword [bx]
vmaskmovpd ymm4, ymm4, yword [bx]
vmaskmovpd ymm7, ymm4, yword [bx]
vmaskmovpd ymm1, ymm7, yword [bx]
vmaskmovpd ymm1, ymm0, yword [bx]
vmaskmovpd ymm1, ymm4, yword [si-0x2]
vmaskmovpd ymm1, ymm4, yword [es:bx+si]
vmaskmovpd ymm1, ymm4, yword [cs:di]
vmaskmovpd ymm1, ymm4, yword [ss:bp+0x4]
vmaskmovpd ymm1, ymm4, [bx]
vmaskmovps oword [bx], xmm7, xmm0
vmaskmovps oword [bp+0x8], xmm7, xmm0
vmaskmovps oword [bp], xmm7, xmm0
vmaskmovps oword [0x1234], xmm7, xmm0
vmaskmovps oword [bx+0x80], xmm7, xmm0
vmaskmovps [bx], xmm7, xmm0
vmaskmovps oword [bx], xmm0, xmm0
vmaskmovps oword [bx], xmm1, xmm0
vmaskmovps oword [bx], xmm7, xmm1
vmaskmovps oword [bx], xmm7, xmm4
vmaskmovps yword [bx], ymm4, ymm7
vmaskmovps yword [ss:bp+0x4], ymm4, ymm7
vmaskmovps yword [fs:0x20], ymm4, ymm7
vmaskmovps yword [gs:bx+0x12], ymm4, ymm7
vmaskmovps yword [bx+0x7f], ymm4, ymm7
vmaskmovps [bx], ymm4, ymm7
vmaskmovps yword [bx], ymm7, ymm7
vmaskmovps yword [bx], ymm0, ymm7
vmaskmovps yword [bx], ymm4, ymm0
vmaskmovps yword [bx], ymm4, ymm1
vmaskmovpd oword [bx], xmm1, xmm4
vmaskmovpd oword [ebp-0x81], xmm1, xmm4
vmaskmovpd oword [edi*8+0x1000], xmm1, xmm4
vmaskmovpd oword [ds:esi+ebx*2], xmm1, xmm4
vmaskmovpd oword [esp], xmm1, xmm4
vmaskmovpd [bx], xmm1, xmm4
vmaskmovpd oword [bx], xmm4, xmm4
vmaskmovpd oword [bx], xmm7, xmm4
vmaskmovpd oword [bx], xmm1, xmm7
vmaskmovpd oword [bx], xmm1, xmm0
vmaskmovpd yword [bx], ymm0, ymm1
vmaskmovpd yword [bx+di-0x80], ymm0, ymm1
vmaskmovpd yword [bp+si+0x1234], ymm0, ymm1
vmaskmovpd yword [si], ymm0, ymm1
vmaskmovpd yword [di+0x10], ymm0, ymm1
vmaskmovpd [bx], ymm0, ymm1
vmaskmovpd yword [bx], ymm1, ymm1
vmaskmovpd yword [bx], ymm4, ymm1
vmaskmovpd yword [bx], ymm0, ymm4
vmaskmovpd yword [bx], ymm0, ymm7
pmovzxbw xmm4, xmm7
pmovzxbw xmm7, xmm7
pmovzxbw xmm0, xmm7
pmovzxbw xmm4, xmm0
pmovzxbw xmm4, qword [bx]
pmovzxbw xmm4, qword [bx+0x80]
pmovzxbw xmm4, qword [si-0x2]
pmovzxbw xmm4, qword [es:bx+si]
pmovzxbw xmm4, qword [cs:di]
pmovzxbw xmm4, [bx]
vpmovzxbw xmm1, xmm4
vpmovzxbw xmm4, xmm4
vpmovzxbw xmm7, xmm4
vpmovzxbw xmm1, xmm7
vpmovzxbw xmm1, qword [bx]
vpmovzxbw xmm1, qword [bx+0x7f]
vpmovzxbw xmm1, qword [eax]
vpmovzxbw xmm1, qword [ebx+ecx*4+0x10]
vpmovzxbw xmm1, qword [esp+0x8]
vpmovzxbw xmm1, [bx]
vpmovzxbw ymm0, xmm1
vpmovzxbw ymm1, xmm1
vpmovzxbw ymm4, xmm1
vpmovzxbw ymm0, xmm4
vpmovzxbw ymm0, oword [bx]
vpmovzxbw ymm0, oword [esp]
vpmovzxbw ymm0, oword [ebp]
vpmovzxbw ymm0, oword [bx+si]
vpmovzxbw ymm0, oword [bp+di+0x7f]
vpmovzxbw ymm0, [bx]
pmovzxbd xmm1, xmm4
pmovzxbd xmm4, xmm4
pmovzxbd xmm7, xmm4
pmovzxbd xmm1, xmm7
pmovzxbd xmm1, dword [bx]
pmovzxbd xmm1, dword [ds:esi+ebx*2]
pmovzxbd xmm1, dword [esp]
pmovzxbd xmm1, dword [ebp]
pmovzxbd xmm1, dword [bx+si]
pmovzxbd xmm1, [bx]
vpmovzxbd xmm0, xmm1
vpmovzxbd xmm1, xmm1
vpmovzxbd xmm4, xmm1
vpmovzxbd xmm0, xmm4
vpmovzxbd xmm0, dword [bx]
vpmovzxbd xmm0, dword [si]
vpmovzxbd xmm0, dword [di+0x10]
vpmovzxbd xmm0, dword [bp+0x8]
vpmovzxbd xmm0, dword [bp]
vpmovzxbd xmm0, [bx]
vpmovzxbd ymm7, xmm0
vpmovzxbd ymm0, xmm0
vpmovzxbd ymm1, xmm0
vpmovzxbd ymm7, xmm1
vpmovzxbd ymm7, qword [bx]
vpmovzxbd ymm7, qword [es:bx+si]
vpmovzxbd ymm7, qword [cs:di]
vpmovzxbd ymm7, qword [ss:bp+0x4]
vpmovzxbd ymm7, qword [fs:0x20]
vpmovzxbd ymm7, [bx]
pmovzxbq xmm0, xmm1
pmovzxbq xmm1, xmm1
pmovzxbq xmm4, xmm1
pmovzxbq xmm0, xmm4
pmovzxbq xmm0, word [bx]
pmovzxbq xmm0, word [si-0x2]
pmovzxbq xmm0, word [es:bx+si]
pmovzxbq xmm0, word [cs:di]
pmovzxbq xmm0, word [ss:bp+0x4]
pmovzxbq xmm0, [bx]
vpmovzxbq xmm7, xmm0
vpmovzxbq xmm0, xmm0
vpmovzxbq xmm1, xmm0
vpmovzxbq xmm7, xmm1
vpmovzxbq xmm7, word [bx]
vpmovzxbq xmm7, word [eax]
vpmovzxbq xmm7, word [ebx+ecx*4+0x10]
vpmovzxbq xmm7, word [esp+0x8]
vpmovzxbq xmm7, word [ebp-0x81]
vpmovzxbq xmm7, [bx]
vpmovzxbq ymm4, xmm7
vpmovzxbq ymm7, xmm7
vpmovzxbq ymm0, xmm7
vpmovzxbq ymm4, xmm0
vpmovzxbq ymm4, dword [bx]
vpmovzxbq ymm4, dword [ebp]
vpmovzxbq ymm4, dword [bx+si]
vpmovzxbq ymm4, dword [bp+di+0x7f]
vpmovzxbq ymm4, dword [bx+di-0x80]
vpmovzxbq ymm4, [bx]
pmovzxwd xmm7, xmm0
pmovzxwd xmm0, xmm0
pmovzxwd xmm1, xmm0
pmovzxwd xmm7, xmm1
pmovzxwd xmm7, qword [bx]
pmovzxwd xmm7, qword [esp]
pmovzxwd xmm7, qword [ebp]
pmovzxwd xmm7, qword [bx+si]
pmovzxwd xmm7, qword [bp+di+0x7f]
pmovzxwd xmm7, [bx]
vpmovzxwd xmm4, xmm7
vpmovzxwd xmm7, xmm7
vpmovzxwd xmm0, xmm7
vpmovzxwd xmm4, xmm0
vpmovzxwd xmm4, qword [bx]
vpmovzxwd xmm4, qword [di+0x10]
vpmovzxwd xmm4, qword [bp+0x8]
vpmovzxwd xmm4, qword [bp]
vpmovzxwd xmm4, qword [0x1234]
vpmovzxwd xmm4, [bx]
vpmovzxwd ymm1, xmm4
vpmovzxwd ymm4, xmm4
vpmovzxwd ymm7, xmm4
vpmovzxwd ymm1, xmm7
vpmovzxwd ymm1, oword [bx]
vpmovzxwd ymm1, oword [cs:di]
vpmovzxwd ymm1, oword [ss:bp+0x4]
vpmovzxwd ymm1, oword [fs:0x20]
vpmovzxwd ymm1, oword [gs:bx+0x12]
vpmovzxwd ymm1, [bx]
pmovzxwq xmm4, xmm7
pmovzxwq xmm7, xmm7
pmovzxwq xmm0, xmm7
pmovzxwq xmm4, xmm0
pmovzxwq xmm4, dword [bx]
pmovzxwq xmm4, dword [es:bx+si]
pmovzxwq xmm4, dword [cs:di]
pmovzxwq xmm4, dword [ss:bp+0x4]
pmovzxwq xmm4, dword [fs:0x20]
pmovzxwq xmm4, [bx]
vpmovzxwq xmm1, xmm4
vpmovzxwq xmm4, xmm4
vpmovzxwq xmm7, xmm4
vpmovzxwq xmm1, xmm7
vpmovzxwq xmm1, dword [bx]
vpmovzxwq xmm1, dword [ebx+ecx*4+0x10]
vpmovzxwq xmm1, dword [esp+0x8]
vpmovzxwq xmm1, dword [ebp-0x81]
vpmovzxwq xmm1, dword [edi*8+0x1000]
vpmovzxwq xmm1, [bx]
vpmovzxwq ymm0, xmm1
vpmovzxwq ymm1, xmm1
vpmovzxwq ymm4, xmm1
vpmovzxwq ymm0, xmm4
vpmovzxwq ymm0, qword [bx]
vpmovzxwq ymm0, qword [bx+si]
vpmovzxwq ymm0, qword [bp+di+0x7f]
vpmovzxwq ymm0, qword [bx+di-0x80]
vpmovzxwq ymm0, qword [bp+si+0x1234]
vpmovzxwq ymm0, [bx]
pmovzxdq xmm1, xmm4
pmovzxdq xmm4, xmm4
pmovzxdq xmm7, xmm4
pmovzxdq xmm1, xmm7
pmovzxdq xmm1, qword [bx]
pmovzxdq xmm1, qword [ebp]
pmovzxdq xmm1, qword [bx+si]
pmovzxdq xmm1, qword [bp+di+0x7f]
pmovzxdq xmm1, qword [bx+di-0x80]
pmovzxdq xmm1, [bx]
vpmovzxdq xmm0, xmm1
vpmovzxdq xmm1, xmm1
vpmovzxdq xmm4, xmm1
vpmovzxdq xmm0, xmm4
vpmovzxdq xmm0, qword [bx]
vpmovzxdq xmm0, qword [bp+0x8]
vpmovzxdq xmm0, qword [bp]
vpmovzxdq xmm0, qword [0x1234]
vpmovzxdq xmm0, qword [bx+0x80]
vpmovzxdq xmm0, [bx]
vpmovzxdq ymm7, xmm0
vpmovzxdq ymm0, xmm0
vpmovzxdq ymm1, xmm0
vpmovzxdq ymm7, xmm1
vpmovzxdq ymm7, oword [bx]
vpmovzxdq ymm7, oword [ss:bp+0x4]
vpmovzxdq ymm7, oword [fs:0x20]
vpmovzxdq ymm7, oword [gs:bx+0x12]
vpmovzxdq ymm7, oword [bx+0x7f]
vpmovzxdq ymm7, [bx]
vpermd ymm0, ymm1, ymm4
vpermd ymm1, ymm1, ymm4
vpermd ymm4, ymm1, ymm4
vpermd ymm0, ymm4, ymm4
vpermd ymm0, ymm7, ymm4
vpermd ymm0, ymm1, ymm7
vpermd ymm0, ymm1, yword [bx]
vpermd ymm0, ymm1, yword [cs:di]
vpermd ymm0, ymm1, yword [ss:bp+0x4]
vpermd ymm0, ymm1, yword [fs:0x20]
vpermd ymm0, ymm1, yword [gs:bx+0x12]
vpermd ymm0, ymm1, [bx]
pcmpgtq xmm7, xmm0
pcmpgtq xmm0, xmm0
pcmpgtq xmm1, xmm0
pcmpgtq xmm7, xmm1
pcmpgtq xmm7, oword [bx]
pcmpgtq xmm7, oword [ds:esi+ebx*2]
pcmpgtq xmm7, oword [esp]
pcmpgtq xmm7, oword [ebp]
pcmpgtq xmm7, oword [bx+si]
pcmpgtq xmm7, [bx]
vpcmpgtq xmm4, xmm7, xmm0
vpcmpgtq xmm7, xmm7, xmm0
vpcmpgtq xmm0, xmm7, xmm0
vpcmpgtq xmm4, xmm0, xmm0
vpcmpgtq xmm4, xmm1, xmm0
vpcmpgtq xmm4, xmm7, xmm1
vpcmpgtq xmm4, xmm7, oword [bx]
vpcmpgtq xmm4, xmm7, oword [si]
vpcmpgtq xmm4, xmm7, oword [di+0x10]
vpcmpgtq xmm4, xmm7, oword [bp+0x8]
vpcmpgtq xmm4, xmm7, oword [bp]
vpcmpgtq xmm4, xmm7, [bx]
vpcmpgtq ymm1, ymm4, ymm7
vpcmpgtq ymm4, ymm4, ymm7
vpcmpgtq ymm7, ymm4, ymm7
vpcmpgtq ymm1, ymm7, ymm7
vpcmpgtq ymm1, ymm0, ymm7
vpcmpgtq ymm1, ymm4, ymm0
vpcmpgtq ymm1, ymm4, yword [bx]
vpcmpgtq ymm1, ymm4, yword [es:bx+si]
vpcmpgtq ymm1, ymm4, yword [cs:di]
vpcmpgtq ymm1, ymm4, yword [ss:bp+0x4]
vpcmpgtq ymm1, ymm4, yword [fs:0x20]
vpcmpgtq ymm1, ymm4, [bx]
pminsb xmm1, xmm4
pminsb xmm4, xmm4
pminsb xmm7, xmm4
pminsb xmm1, xmm7
pminsb xmm1, oword [bx]
pminsb xmm1, oword [fs:0x20]
pminsb xmm1, oword [gs:bx+0x12]
pminsb xmm1, oword [bx+0x7f]
pminsb xmm1, oword [eax]
pminsb xmm1, [bx]
vpminsb xmm0, xmm1, xmm4
vpminsb xmm1, xmm1, xmm4
vpminsb xmm4, xmm1, xmm4
vpminsb xmm0, xmm4, xmm4
vpminsb xmm0, xmm7, xmm4
vpminsb xmm0, xmm1, xmm7
vpminsb xmm0, xmm1, oword [bx]
vpminsb xmm0, xmm1, oword [edi*8+0x1000]
vpminsb xmm0, xmm1, oword [ds:esi+ebx*2]
vpminsb xmm0, xmm1, oword [esp]
vpminsb xmm0, xmm1, oword [ebp]
vpminsb xmm0, xmm1, [bx]
vpminsb ymm7, ymm0, ymm1
vpminsb ymm0, ymm0, ymm1
vpminsb ymm1, ymm0, ymm1
vpminsb ymm7, ymm1, ymm1
vpminsb ymm7, ymm4, ymm1
vpminsb ymm7, ymm0, ymm4
vpminsb ymm7, ymm0, yword [bx]
vpminsb ymm7, ymm0, yword [bp+si+0x1234]
vpminsb ymm7, ymm0, yword [si]
vpminsb ymm7, ymm0, yword [di+0x10]
vpminsb ymm7, ymm0, yword [bp+0x8]
vpminsb ymm7, ymm0, [bx]
pminsd xmm1, xmm4
pminsd xmm4, xmm4
pminsd xmm7, xmm4
pminsd xmm1, xmm7
pminsd xmm1, oword [bx]
pminsd xmm1, oword [esp]
pminsd xmm1, oword [ebp]
pminsd xmm1, oword [bx+si]
pminsd xmm1, oword [bp+di+0x7f]
pminsd xmm1, [bx]
vpminsd xmm0, xmm1, xmm4
vpminsd xmm1, xmm1, xmm4
vpminsd xmm4, xmm1, xmm4
vpminsd xmm0, xmm4, xmm4
vpminsd xmm0, xmm7, xmm4
vpminsd xmm0, xmm1, xmm7
vpminsd xmm0, xmm1, oword [bx]
vpminsd xmm0, xmm1, oword [di+0x10]
vpminsd xmm0, xmm1, oword [bp+0x8]
vpminsd xmm0, xmm1, oword [bp]
vpminsd xmm0, xmm1, oword [0x1234]
vpminsd xmm0, xmm1, [bx]
vpminsd ymm7, ymm0, ymm1
vpminsd ymm0, ymm0, ymm1
vpminsd ymm1, ymm0, ymm1
vpminsd ymm7, ymm1, ymm1
vpminsd ymm7, ymm4, ymm1
vpminsd ymm7, ymm0, ymm4
vpminsd ymm7, ymm0, yword [bx]
vpminsd ymm7, ymm0, yword [cs:di]
vpminsd ymm7, ymm0, yword [ss:bp+0x4]
vpminsd ymm7, ymm0, yword [fs:0x20]
vpminsd ymm7, ymm0, yword [gs:bx+0x12]
vpminsd ymm7, ymm0, [bx]
pminuw xmm4, xmm7
pminuw xmm7, xmm7
pminuw xmm0, xmm7
pminuw xmm4, xmm0
pminuw xmm4, oword [bx]
pminuw xmm4, oword [bp+si+0x1234]
pminuw xmm4, oword [si]
pminuw xmm4, oword [di+0x10]
pminuw xmm4, oword [bp+0x8]
pminuw xmm4, [bx]
vpminuw xmm1, xmm4, xmm7
vpminuw xmm4, xmm4, xmm7
vpminuw xmm7, xmm4, xmm7
vpminuw xmm1, xmm7, xmm7
vpminuw xmm1, xmm0, xmm7
vpminuw xmm1, xmm4, xmm0
vpminuw xmm1, xmm4, oword [bx]
vpminuw xmm1, xmm4, oword [si-0x2]
vpminuw xmm1, xmm4, oword [es:bx+si]
vpminuw xmm1, xmm4, oword [cs:di]
vpminuw xmm1, xmm4, oword [ss:bp+0x4]
vpminuw xmm1, xmm4, [bx]
vpminuw ymm0, ymm1, ymm4
vpminuw ymm1, ymm1, ymm4
vpminuw ymm4, ymm1, ymm4
vpminuw ymm0, ymm4, ymm4
vpminuw ymm0, ymm7, ymm4
vpminuw ymm0, ymm1, ymm7
vpminuw ymm0, ymm1, yword [bx]
vpminuw ymm0, ymm1, yword [eax]
vpminuw ymm0, ymm1, yword [ebx+ecx*4+0x10]
vpminuw ymm0, ymm1, yword [esp+0x8]
vpminuw ymm0, ymm1, yword [ebp-0x81]
vpminuw ymm0, ymm1, [bx]
pminud xmm1, xmm4
pminud xmm4, xmm4
pminud xmm7, xmm4
pminud xmm1, xmm7
pminud xmm1, oword [bx]
pminud xmm1, oword [bx+0x7f]
pminud xmm1, oword [eax]
pminud xmm1, oword [ebx+ecx*4+0x10]
pminud xmm1, oword [esp+0x8]
pminud xmm1, [bx]
vpminud xmm0, xmm1, xmm4
vpminud xmm1, xmm1, xmm4
vpminud xmm4, xmm1, xmm4
vpminud xmm0, xmm4, xmm4
vpminud xmm0, xmm7, xmm4
vpminud xmm0, xmm1, xmm7
vpminud xmm0, xmm1, oword [bx]
vpminud xmm0, xmm1, oword [esp]
vpminud xmm0, xmm1, oword [ebp]
vpminud xmm0, xmm1, oword [bx+si]
vpminud xmm0, xmm1, oword [bp+di+0x7f]
vpminud xmm0, xmm1, [bx]
vpminud ymm7, ymm0, ymm1
vpminud ymm0, ymm0, ymm1
vpminud ymm1, ymm0, ymm1
vpminud ymm7, ymm1, ymm1
vpminud ymm7, ymm4, ymm1
vpminud ymm7, ymm0, ymm4
vpminud ymm7, ymm0, yword [bx]
vpminud ymm7, ymm0, yword [di+0x10]
vpminud ymm7, ymm0, yword [bp+0x8]
vpminud ymm7, ymm0, yword [bp]
vpminud ymm7, ymm0, yword [0x1234]
vpminud ymm7, ymm0, [bx]
pmaxsb xmm0, xmm1
pmaxsb xmm1, xmm1
pmaxsb xmm4, xmm1
pmaxsb xmm0, xmm4
pmaxsb xmm0, oword [bx]
pmaxsb xmm0, oword [si]
pmaxsb xmm0, oword [di+0x10]
pmaxsb xmm0, oword [bp+0x8]
pmaxsb xmm0, oword [bp]
pmaxsb xmm0, [bx]
vpmaxsb xmm7, xmm0, xmm1
vpmaxsb xmm0, xmm0, xmm1
vpmaxsb xmm1, xmm0, xmm1
vpmaxsb xmm7, xmm1, xmm1
vpmaxsb xmm7, xmm4, xmm1
vpmaxsb xmm7, xmm0, xmm4
vpmaxsb xmm7, xmm0, oword [bx]
vpmaxsb xmm7, xmm0, oword [es:bx+si]
vpmaxsb xmm7, xmm0, oword [cs:di]
vpmaxsb xmm7, xmm0, oword [ss:bp+0x4]
vpmaxsb xmm7, xmm0, oword [fs:0x20]
vpmaxsb xmm7, xmm0, [bx]
vpmaxsb ymm4, ymm7, ymm0
vpmaxsb ymm7, ymm7, ymm0
vpmaxsb ymm0, ymm7, ymm0
vpmaxsb ymm4, ymm0, ymm0
vpmaxsb ymm4, ymm1, ymm0
vpmaxsb ymm4, ymm7, ymm1
vpmaxsb ymm4, ymm7, yword [bx]
vpmaxsb ymm4, ymm7, yword [ebx+ecx*4+0x10]
vpmaxsb ymm4, ymm7, yword [esp+0x8]
vpmaxsb ymm4, ymm7, yword [ebp-0x81]
vpmaxsb ymm4, ymm7, yword [edi*8+0x1000]
vpmaxsb ymm4, ymm7, [bx]
pmaxsd xmm4, xmm7
pmaxsd xmm7, xmm7
pmaxsd xmm0, xmm7
pmaxsd xmm4, xmm0
pmaxsd xmm4, oword [bx]
pmaxsd xmm4, oword [edi*8+0x1000]
pmaxsd xmm4, oword [ds:esi+ebx*2]
pmaxsd xmm4, oword [esp]
pmaxsd xmm4, oword [ebp]
pmaxsd xmm4, [bx]
vpmaxsd xmm1, xmm4, xmm7
vpmaxsd xmm4, xmm4, xmm7
vpmaxsd xmm7, xmm4, xmm7
vpmaxsd xmm1, xmm7, xmm7
vpmaxsd xmm1, xmm0, xmm7
vpmaxsd xmm1, xmm4, xmm0
vpmaxsd xmm1, xmm4, oword [bx]
vpmaxsd xmm1, xmm4, oword [bp+si+0x1234]
vpmaxsd xmm1, xmm4, oword [si]
vpmaxsd xmm1, xmm4, oword [di+0x10]
vpmaxsd xmm1, xmm4, oword [bp+0x8]
vpmaxsd xmm1, xmm4, [bx]
vpmaxsd ymm0, ymm1, ymm4
vpmaxsd ymm1, ymm1, ymm4
vpmaxsd ymm4, ymm1, ymm4
vpmaxsd ymm0, ymm4, ymm4
vpmaxsd ymm0, ymm7, ymm4
vpmaxsd ymm0, ymm1, ymm7
vpmaxsd ymm0, ymm1, yword [bx]
vpmaxsd ymm0, ymm1, yword [si-0x2]
vpmaxsd ymm0, ymm1, yword [es:bx+si]
vpmaxsd ymm0, ymm1, yword [cs:di]
vpmaxsd ymm0, ymm1, yword [ss:bp+0x4]
vpmaxsd ymm0, ymm1, [bx]
pmaxuw xmm1, xmm4
pmaxuw xmm4, xmm4
pmaxuw xmm7, xmm4
pmaxuw xmm1, xmm7
pmaxuw xmm1, oword [bx]
pmaxuw xmm1, oword [bx+0x80]
pmaxuw xmm1, oword [si-0x2]
pmaxuw xmm1, oword [es:bx+si]
pmaxuw xmm1, oword [cs:di]
pmaxuw xmm1, [bx]
vpmaxuw xmm0, xmm1, xmm4
vpmaxuw xmm1, xmm1, xmm4
vpmaxuw xmm4, xmm1, xmm4
vpmaxuw xmm0, xmm4, xmm4
vpmaxuw xmm0, xmm7, xmm4
vpmaxuw xmm0, xmm1, xmm7
vpmaxuw xmm0, xmm1, oword [bx]
vpmaxuw xmm0, xmm1, oword [bx+0x7f]
vpmaxuw xmm0, xmm1, oword [eax]
vpmaxuw xmm0, xmm1, oword [ebx+ecx*4+0x10]
vpmaxuw xmm0, xmm1, oword [esp+0x8]
vpmaxuw xmm0, xmm1, [bx]
vpmaxuw ymm7, ymm0, ymm1
vpmaxuw ymm0, ymm0, ymm1
vpmaxuw ymm1, ymm0, ymm1
vpmaxuw ymm7, ymm1, ymm1
vpmaxuw ymm7, ymm4, ymm1
vpmaxuw ymm7, ymm0, ymm4
vpmaxuw ymm7, ymm0, yword [bx]
vpmaxuw ymm7, ymm0, yword [esp]
vpmaxuw ymm7, ymm0, yword [ebp]
vpmaxuw ymm7, ymm0, yword [bx+si]
vpmaxuw ymm7, ymm0, yword [bp+di+0x7f]
vpmaxuw ymm7, ymm0, [bx]
pmaxud xmm7, xmm0
pmaxud xmm0, xmm0
pmaxud xmm1, xmm0
pmaxud xmm7, xmm1
pmaxud xmm7, oword [bx]
pmaxud xmm7, oword [bp+di+0x7f]
pmaxud xmm7, oword [bx+di-0x80]
pmaxud xmm7, oword [bp+si+0x1234]
pmaxud xmm7, oword [si]
pmaxud xmm7, [bx]
vpmaxud xmm4, xmm7, xmm0
vpmaxud xmm7, xmm7, xmm0
vpmaxud xmm0, xmm7, xmm0
vpmaxud xmm4, xmm0, xmm0
vpmaxud xmm4, xmm1, xmm0
vpmaxud xmm4, xmm7, xmm1
vpmaxud xmm4, xmm7, oword [bx]
vpmaxud xmm4, xmm7, oword [0x1234]
vpmaxud xmm4, xmm7, oword [bx+0x80]
vpmaxud xmm4, xmm7, oword [si-0x2]
vpmaxud xmm4, xmm7, oword [es:bx+si]
vpmaxud xmm4, xmm7, [bx]
vpmaxud ymm1, ymm4, ymm7
vpmaxud ymm4, ymm4, ymm7
vpmaxud ymm7, ymm4, ymm7
vpmaxud ymm1, ymm7, ymm7
vpmaxud ymm1, ymm0, ymm7
vpmaxud ymm1, ymm4, ymm0
vpmaxud ymm1, ymm4, yword [bx]
vpmaxud ymm1, ymm4, yword [gs:bx+0x12]
vpmaxud ymm1, ymm4, yword [bx+0x7f]
vpmaxud ymm1, ymm4, yword [eax]
vpmaxud ymm1, ymm4, yword [ebx+ecx*4+0x10]
vpmaxud ymm1, ymm4, [bx]
pmulld xmm4, xmm7
pmulld xmm7, xmm7
pmulld xmm0, xmm7
pmulld xmm4, xmm0
pmulld xmm4, oword [bx]
pmulld xmm4, oword [fs:0x20]
pmulld xmm4, oword [gs:bx+0x12]
pmulld xmm4, oword [bx+0x7f]
pmulld xmm4, oword [eax]
pmulld xmm4, [bx]
vpmulld xmm1, xmm4, xmm7
vpmulld xmm4, xmm4, xmm7
vpmulld xmm7, xmm4, xmm7
vpmulld xmm1, xmm7, xmm7
vpmulld xmm1, xmm0, xmm7
vpmulld xmm1, xmm4, xmm0
vpmulld xmm1, xmm4, oword [bx]
vpmulld xmm1, xmm4, oword [edi*8+0x1000]
vpmulld xmm1, xmm4, oword [ds:esi+ebx*2]
vpmulld xmm1, xmm4, oword [esp]
vpmulld xmm1, xmm4, oword [ebp]
vpmulld xmm1, xmm4, [bx]
vpmulld ymm0, ymm1, ymm4
vpmulld ymm1, ymm1, ymm4
vpmulld ymm4, ymm1, ymm4
vpmulld ymm0, ymm4, ymm4
vpmulld ymm0, ymm7, ymm4
vpmulld ymm0, ymm1, ymm7
vpmulld ymm0, ymm1, yword [bx]
vpmulld ymm0, ymm1, yword [bp+si+0x1234]
vpmulld ymm0, ymm1, yword [si]
vpmulld ymm0, ymm1, yword [di+0x10]
vpmulld ymm0, ymm1, yword [bp+0x8]
vpmulld ymm0, ymm1, [bx]
phminposuw xmm1, xmm4
phminposuw xmm4, xmm4
phminposuw xmm7, xmm4
phminposuw xmm1, xmm7
phminposuw xmm1, oword [bx]
phminposuw xmm1, oword [bx+di-0x80]
phminposuw xmm1, oword [bp+si+0x1234]
phminposuw xmm1, oword [si]
phminposuw xmm1, oword [di+0x10]
phminposuw xmm1, [bx]
vphminposuw xmm0, xmm1
vphminposuw xmm1, xmm1
vphminposuw xmm4, xmm1
vphminposuw xmm0, xmm4
vphminposuw xmm0, oword [bx]
vphminposuw xmm0, oword [bx+0x80]
vphminposuw xmm0, oword [si-0x2]
vphminposuw xmm0, oword [es:bx+si]
vphminposuw xmm0, oword [cs:di]
vphminposuw xmm0, [bx]
vpsrlvd xmm1, xmm4, xmm7
vpsrlvd xmm4, xmm4, xmm7
vpsrlvd xmm7, xmm4, xmm7
vpsrlvd xmm1, xmm7, xmm7
vpsrlvd xmm1, xmm0, xmm7
vpsrlvd xmm1, xmm4, xmm0
vpsrlvd xmm1, xmm4, oword [bx]
vpsrlvd xmm1, xmm4, oword [fs:0x20]
vpsrlvd xmm1, xmm4, oword [gs:bx+0x12]
vpsrlvd xmm1, xmm4, oword [bx+0x7f]
vpsrlvd xmm1, xmm4, oword [eax]
vpsrlvd xmm1, xmm4, [bx]
vpsrlvd ymm0, ymm1, ymm4
vpsrlvd ymm1, ymm1, ymm4
vpsrlvd ymm4, ymm1, ymm4
vpsrlvd ymm0, ymm4, ymm4
vpsrlvd ymm0, ymm7, ymm4
vpsrlvd ymm0, ymm1, ymm7
vpsrlvd ymm0, ymm1, yword [bx]
vpsrlvd ymm0, ymm1, yword [edi*8+0x1000]
vpsrlvd ymm0, ymm1, yword [ds:esi+ebx*2]
vpsrlvd ymm0, ymm1, yword [esp]
vpsrlvd ymm0, ymm1, yword [ebp]
vpsrlvd ymm0, ymm1, [bx]
vpsrlvq xmm7, xmm0, xmm1
vpsrlvq xmm0, xmm0, xmm1
vpsrlvq xmm1, xmm0, xmm1
vpsrlvq xmm7, xmm1, xmm1
vpsrlvq xmm7, xmm4, xmm1
vpsrlvq xmm7, xmm0, xmm4
vpsrlvq xmm7, xmm0, oword [bx]
vpsrlvq xmm7, xmm0, oword [bp+si+0x1234]
vpsrlvq xmm7, xmm0, oword [si]
vpsrlvq xmm7, xmm0, oword [di+0x10]
vpsrlvq xmm7, xmm0, oword [bp+0x8]
vpsrlvq xmm7, xmm0, [bx]
vpsrlvq ymm4, ymm7, ymm0
vpsrlvq ymm7, ymm7, ymm0
vpsrlvq ymm0, ymm7, ymm0
vpsrlvq ymm4, ymm0, ymm0
vpsrlvq ymm4, ymm1, ymm0
vpsrlvq ymm4, ymm7, ymm1
vpsrlvq ymm4, ymm7, yword [bx]
vpsrlvq ymm4, ymm7, yword [si-0x2]
vpsrlvq ymm4, ymm7, yword [es:bx+si]
vpsrlvq ymm4, ymm7, yword [cs:di]
vpsrlvq ymm4, ymm7, yword [ss:bp+0x4]
vpsrlvq ymm4, ymm7, [bx]
vpsravd xmm7, xmm0, xmm1
vpsravd xmm0, xmm0, xmm1
vpsravd xmm1, xmm0, xmm1
vpsravd xmm7, xmm1, xmm1
vpsravd xmm7, xmm4, xmm1
vpsravd xmm7, xmm0, xmm4
vpsravd xmm7, xmm0, oword [bx]
vpsravd xmm7, xmm0, oword [bx+0x80]
vpsravd xmm7, xmm0, oword [si-0x2]
vpsravd xmm7, xmm0, oword [es:bx+si]
vpsravd xmm7, xmm0, oword [cs:di]
vpsravd xmm7, xmm0, [bx]
vpsravd ymm4, ymm7, ymm0
vpsravd ymm7, ymm7, ymm0
vpsravd ymm0, ymm7, ymm0
vpsravd ymm4, ymm0, ymm0
vpsravd ymm4, ymm1, ymm0
vpsravd ymm4, ymm7, ymm1
vpsravd ymm4, ymm7, yword [bx]
vpsravd ymm4, ymm7, yword [bx+0x7f]
vpsravd ymm4, ymm7, yword [eax]
vpsravd ymm4, ymm7, yword [ebx+ecx*4+0x10]
vpsravd ymm4, ymm7, yword [esp+0x8]
vpsravd ymm4, ymm7, [bx]
vpsllvd xmm7, xmm0, xmm1
vpsllvd xmm0, xmm0, xmm1
vpsllvd xmm1, xmm0, xmm1
vpsllvd xmm7, xmm1, xmm1
vpsllvd xmm7, xmm4, xmm1
vpsllvd xmm7, xmm0, xmm4
vpsllvd xmm7, xmm0, oword [bx]
vpsllvd xmm7, xmm0, oword [gs:bx+0x12]
vpsllvd xmm7, xmm0, oword [bx+0x7f]
vpsllvd xmm7, xmm0, oword [eax]
vpsllvd xmm7, xmm0, oword [ebx+ecx*4+0x10]
vpsllvd xmm7, xmm0, [bx]
vpsllvd ymm4, ymm7, ymm0
vpsllvd ymm7, ymm7, ymm0
vpsllvd ymm0, ymm7, ymm0
vpsllvd ymm4, ymm0, ymm0
vpsllvd ymm4, ymm1, ymm0
vpsllvd ymm4, ymm7, ymm1
vpsllvd ymm4, ymm7, yword [bx]
vpsllvd ymm4, ymm7, yword [ds:esi+ebx*2]
vpsllvd ymm4, ymm7, yword [esp]
vpsllvd ymm4, ymm7, yword [ebp]
vpsllvd ymm4, ymm7, yword [bx+si]
vpsllvd ymm4, ymm7, [bx]
vpsllvq xmm1, xmm4, xmm7
vpsllvq xmm4, xmm4, xmm7
vpsllvq xmm7, xmm4, xmm7
vpsllvq xmm1, xmm7, xmm7
vpsllvq xmm1, xmm0, xmm7
vpsllvq xmm1, xmm4, xmm0
vpsllvq xmm1, xmm4, oword [bx]
vpsllvq xmm1, xmm4, oword [si]
vpsllvq xmm1, xmm4, oword [di+0x10]
vpsllvq xmm1, xmm4, oword [bp+0x8]
vpsllvq xmm1, xmm4, oword [bp]
vpsllvq xmm1, xmm4, [bx]
vpsllvq ymm0, ymm1, ymm4
vpsllvq ymm1, ymm1, ymm4
vpsllvq ymm4, ymm1, ymm4
vpsllvq ymm0, ymm4, ymm4
vpsllvq ymm0, ymm7, ymm4
vpsllvq ymm0, ymm1, ymm7
vpsllvq ymm0, ymm1, yword [bx]
vpsllvq ymm0, ymm1, yword [es:bx+si]
vpsllvq ymm0, ymm1, yword [cs:di]
vpsllvq ymm0, ymm1, yword [ss:bp+0x4]
vpsllvq ymm0, ymm1, yword [fs:0x20]
vpsllvq ymm0, ymm1, [bx]
vpbroadcastd xmm0, xmm1
vpbroadcastd xmm1, xmm1
vpbroadcastd xmm4, xmm1
vpbroadcastd xmm0, xmm4
vpbroadcastd xmm0, dword [bx]
vpbroadcastd xmm0, dword [bx+si]
vpbroadcastd xmm0, dword [bp+di+0x7f]
vpbroadcastd xmm0, dword [bx+di-0x80]
vpbroadcastd xmm0, dword [bp+si+0x1234]
vpbroadcastd xmm0, [bx]
vpbroadcastd ymm7, xmm0
vpbroadcastd ymm0, xmm0
vpbroadcastd ymm1, xmm0
vpbroadcastd ymm7, xmm1
vpbroadcastd ymm7, dword [bx]
vpbroadcastd ymm7, dword [bp]
vpbroadcastd ymm7, dword [0x1234]
vpbroadcastd ymm7, dword [bx+0x80]
vpbroadcastd ymm7, dword [si-0x2]
vpbroadcastd ymm7, [bx]
vpbroadcastq xmm7, xmm0
vpbroadcastq xmm0, xmm0
vpbroadcastq xmm1, xmm0
vpbroadcastq xmm7, xmm1
vpbroadcastq xmm7, qword [bx]
vpbroadcastq xmm7, qword [si-0x2]
vpbroadcastq xmm7, qword [es:bx+si]
vpbroadcastq xmm7, qword [cs:di]
vpbroadcastq xmm7, qword [ss:bp+0x4]
vpbroadcastq xmm7, [bx]
vpbroadcastq ymm4, xmm7
vpbroadcastq ymm7, xmm7
vpbroadcastq ymm0, xmm7
vpbroadcastq ymm4, xmm0
vpbroadcastq ymm4, qword [bx]
vpbroadcastq ymm4, qword [eax]
vpbroadcastq ymm4, qword [ebx+ecx*4+0x10]
vpbroadcastq ymm4, qword [esp+0x8]
vpbroadcastq ymm4, qword [ebp-0x81]
vpbroadcastq ymm4, [bx]
vbroadcasti128 ymm7, oword [bx]
vbroadcasti128 ymm0, oword [bx]
vbroadcasti128 ymm1, oword [bx]
vbroadcasti128 ymm7, oword [bx+0x7f]
vbroadcasti128 ymm7, oword [eax]
vbroadcasti128 ymm7, oword [ebx+ecx*4+0x10]
vbroadcasti128 ymm7, oword [esp+0x8]
vbroadcasti128 ymm7, [bx]
vpbroadcastb xmm4, xmm7
vpbroadcastb xmm7, xmm7
vpbroadcastb xmm0, xmm7
vpbroadcastb xmm4, xmm0
vpbroadcastb xmm4, byte [bx]
vpbroadcastb xmm4, byte [es:bx+si]
vpbroadcastb xmm4, byte [cs:di]
vpbroadcastb xmm4, byte [ss:bp+0x4]
vpbroadcastb xmm4, byte [fs:0x20]
vpbroadcastb xmm4, [bx]
vpbroadcastb ymm1, xmm4
vpbroadcastb ymm4, xmm4
vpbroadcastb ymm7, xmm4
vpbroadcastb ymm1, xmm7
vpbroadcastb ymm1, byte [bx]
vpbroadcastb ymm1, byte [ebx+ecx*4+0x10]
vpbroadcastb ymm1, byte [esp+0x8]
vpbroadcastb ymm1, byte [ebp-0x81]
vpbroadcastb ymm1, byte [edi*8+0x1000]
vpbroadcastb ymm1, [bx]
vpbroadcastw xmm1, xmm4
vpbroadcastw xmm4, xmm4
vpbroadcastw xmm7, xmm4
vpbroadcastw xmm1, xmm7
vpbroadcastw xmm1, word [bx]
vpbroadcastw xmm1, word [edi*8+0x1000]
vpbroadcastw xmm1, word [ds:esi+ebx*2]
vpbroadcastw xmm1, word [esp]
vpbroadcastw xmm1, word [ebp]
vpbroadcastw xmm1, [bx]
vpbroadcastw ymm0, xmm1
vpbroadcastw ymm1, xmm1
vpbroadcastw ymm4, xmm1
vpbroadcastw ymm0, xmm4
vpbroadcastw ymm0, word [bx]
vpbroadcastw ymm0, word [bp+si+0x1234]
vpbroadcastw ymm0, word [si]
vpbroadcastw ymm0, word [di+0x10]
vpbroadcastw ymm0, word [bp+0x8]
vpbroadcastw ymm0, [bx]
invept edx, oword [bx]
invept ebx, oword [bx]
invept esp, oword [bx]
invept edx, oword [bx+0x7f]
invept edx, oword [eax]
invept edx, oword [ebx+ecx*4+0x10]
invept edx, oword [esp+0x8]
invept edx, [bx]
invvpid eax, oword [bx]
invvpid ecx, oword [bx]
invvpid edx, oword [bx]
invvpid eax, oword [di+0x10]
invvpid eax, oword [bp+0x8]
invvpid eax, oword [bp]
invvpid eax, oword [0x1234]
invvpid eax, [bx]
invpcid esi, oword [bx]
invpcid edi, oword [bx]
invpcid eax, oword [bx]
invpcid esi, oword [esp+0x8]
invpcid esi, oword [ebp-0x81]
invpcid esi, oword [edi*8+0x1000]
invpcid esi, oword [ds:esi+ebx*2]
invpcid esi, [bx]
vpmaskmovd xmm1, xmm4, oword [bx]
vpmaskmovd xmm4, xmm4, oword [bx]
vpmaskmovd xmm7, xmm4, oword [bx]
vpmaskmovd xmm1, xmm7, oword [bx]
vpmaskmovd xmm1, xmm0, oword [bx]
vpmaskmovd xmm1, xmm4, oword [ds:esi+ebx*2]
vpmaskmovd xmm1, xmm4, oword [esp]
vpmaskmovd xmm1, xmm4, oword [ebp]
vpmaskmovd xmm1, xmm4, oword [bx+si]
vpmaskmovd xmm1, xmm4, [bx]
vpmaskmovd ymm0, ymm1, yword [bx]
vpmaskmovd ymm1, ymm1, yword [bx]
vpmaskmovd ymm4, ymm1, yword [bx]
vpmaskmovd ymm0, ymm4, yword [bx]
vpmaskmovd ymm0, ymm7, yword [bx]
vpmaskmovd ymm0, ymm1, yword [si]
vpmaskmovd ymm0, ymm1, yword [di+0x10]
vpmaskmovd ymm0, ymm1, yword [bp+0x8]
vpmaskmovd ymm0, ymm1, yword [bp]
vpmaskmovd ymm0, ymm1, [bx]
vpmaskmovq xmm7, xmm0, oword [bx]
vpmaskmovq xmm0, xmm0, oword [bx]
vpmaskmovq xmm1, xmm0, oword [bx]
vpmaskmovq xmm7, xmm1, oword [bx]
vpmaskmovq xmm7, xmm4, oword [bx]
vpmaskmovq xmm7, xmm0, oword [es:bx+si]
vpmaskmovq xmm7, xmm0, oword [cs:di]
vpmaskmovq xmm7, xmm0, oword [ss:bp+0x4]
vpmaskmovq xmm7, xmm0, oword [fs:0x20]
vpmaskmovq xmm7, xmm0, [bx]
vpmaskmovq ymm4, ymm7, yword [bx]
vpmaskmovq ymm7, ymm7, yword [bx]
vpmaskmovq ymm0, ymm7, yword [bx]
vpmaskmovq ymm4, ymm0, yword [bx]
vpmaskmovq ymm4, ymm1, yword [bx]
vpmaskmovq ymm4, ymm7, yword [ebx+ecx*4+0x10]
vpmaskmovq ymm4, ymm7, yword [esp+0x8]
vpmaskmovq ymm4, ymm7, yword [ebp-0x81]
vpmaskmovq ymm4, ymm7, yword [edi*8+0x1000]
vpmaskmovq ymm4, ymm7, [bx]
vpmaskmovd oword [bx], xmm0, xmm1
vpmaskmovd oword [eax], xmm0, xmm1
vpmaskmovd oword [ebx+ecx*4+0x10], xmm0, xmm1
vpmaskmovd oword [esp+0x8], xmm0, xmm1
vpmaskmovd oword [ebp-0x81], xmm0, xmm1
vpmaskmovd [bx], xmm0, xmm1
vpmaskmovd oword [bx], xmm1, xmm1
vpmaskmovd oword [bx], xmm4, xmm1
vpmaskmovd oword [bx], xmm0, xmm4
vpmaskmovd oword [bx], xmm0, xmm7
vpmaskmovd yword [bx], ymm7, ymm0
vpmaskmovd yword [ebp], ymm7, ymm0
vpmaskmovd yword [bx+si], ymm7, ymm0
vpmaskmovd yword [bp+di+0x7f], ymm7, ymm0
vpmaskmovd yword [bx+di-0x80], ymm7, ymm0
vpmaskmovd [bx], ymm7, ymm0
vpmaskmovd yword [bx], ymm0, ymm0
vpmaskmovd yword [bx], ymm1, ymm0
vpmaskmovd yword [bx], ymm7, ymm1
vpmaskmovd yword [bx], ymm7, ymm4
vpmaskmovq oword [bx], xmm4, xmm7
vpmaskmovq oword [bp+0x8], xmm4, xmm7
vpmaskmovq oword [bp], xmm4, xmm7
vpmaskmovq oword [0x1234], xmm4, xmm7
vpmaskmovq oword [bx+0x80], xmm4, xmm7
vpmaskmovq [bx], xmm4, xmm7
vpmaskmovq oword [bx], xmm7, xmm7
vpmaskmovq oword [bx], xmm0, xmm7
vpmaskmovq oword [bx], xmm4, xmm0
vpmaskmovq oword [bx], xmm4, xmm1
vpmaskmovq yword [bx], ymm1, ymm4
vpmaskmovq yword [ss:bp+0x4], ymm1, ymm4
vpmaskmovq yword [fs:0x20], ymm1, ymm4
vpmaskmovq yword [gs:bx+0x12], ymm1, ymm4
vpmaskmovq yword [bx+0x7f], ymm1, ymm4
vpmaskmovq [bx], ymm1, ymm4
vpmaskmovq yword [bx], ymm4, ymm4
vpmaskmovq yword [bx], ymm7, ymm4
vpmaskmovq yword [bx], ymm1, ymm7
vpmaskmovq yword [bx], ymm1, ymm0
vpgatherdd xmm0, [eax+xmm5*4+0x10], xmm4
vpgatherdd xmm1, [eax+xmm5*4+0x10], xmm4
vpgatherdd xmm0, [eax+xmm5*4+0x10], xmm7
vpgatherdd ymm7, [eax+ymm5*4+0x10], ymm1
vpgatherdd ymm0, [eax+ymm5*4+0x10], ymm1
vpgatherdd ymm7, [eax+ymm5*4+0x10], ymm4
vpgatherdq xmm4, [eax+xmm5*4+0x10], xmm0
vpgatherdq xmm7, [eax+xmm5*4+0x10], xmm0
vpgatherdq xmm4, [eax+xmm5*4+0x10], xmm1
vpgatherdq ymm1, [eax+xmm5*4+0x10], ymm7
vpgatherdq ymm4, [eax+xmm5*4+0x10], ymm7
vpgatherdq ymm1, [eax+xmm5*4+0x10], ymm0
vpgatherqd xmm4, [eax+xmm5*4+0x10], xmm0
vpgatherqd xmm7, [eax+xmm5*4+0x10], xmm0
vpgatherqd xmm4, [eax+xmm5*4+0x10], xmm1
vpgatherqd xmm1, [eax+ymm5*4+0x10], xmm7
vpgatherqd xmm4, [eax+ymm5*4+0x10], xmm7
vpgatherqd xmm1, [eax+ymm5*4+0x10], xmm0
vpgatherqq xmm0, [eax+xmm5*4+0x10], xmm4
vpgatherqq xmm1, [eax+xmm5*4+0x10], xmm4
vpgatherqq xmm0, [eax+xmm5*4+0x10], xmm7
vpgatherqq ymm7, [eax+ymm5*4+0x10], ymm1
vpgatherqq ymm0, [eax+ymm5*4+0x10], ymm1
vpgatherqq ymm7, [eax+ymm5*4+0x10], ymm4
vgatherdps xmm0, [eax+xmm5*4+0x10], xmm4
vgatherdps xmm1, [eax+xmm5*4+0x10], xmm4
vgatherdps xmm0, [eax+xmm5*4+0x10], xmm7
vgatherdps ymm7, [eax+ymm5*4+0x10], ymm1
vgatherdps ymm0, [eax+ymm5*4+0x10], ymm1
vgatherdps ymm7, [eax+ymm5*4+0x10], ymm4
vgatherdpd xmm4, [eax+xmm5*4+0x10], xmm0
vgatherdpd xmm7, [eax+xmm5*4+0x10], xmm0
vgatherdpd xmm4, [eax+xmm5*4+0x10], xmm1
vgatherdpd ymm1, [eax+xmm5*4+0x10], ymm7
vgatherdpd ymm4, [eax+xmm5*4+0x10], ymm7
vgatherdpd ymm1, [eax+xmm5*4+0x10], ymm0
vgatherqps xmm4, [eax+xmm5*4+0x10], xmm0
vgatherqps xmm7, [eax+xmm5*4+0x10], xmm0
vgatherqps xmm4, [eax+xmm5*4+0x10], xmm1
vgatherqps xmm1, [eax+ymm5*4+0x10], xmm7
vgatherqps xmm4, [eax+ymm5*4+0x10], xmm7
vgatherqps xmm1, [eax+ymm5*4+0x10], xmm0
vgatherqpd xmm0, [eax+xmm5*4+0x10], xmm4
vgatherqpd xmm1, [eax+xmm5*4+0x10], xmm4
vgatherqpd xmm0, [eax+xmm5*4+0x10], xmm7
vgatherqpd ymm7, [eax+ymm5*4+0x10], ymm1
vgatherqpd ymm0, [eax+ymm5*4+0x10], ymm1
vgatherqpd ymm7, [eax+ymm5*4+0x10], ymm4
vfmaddsub132ps xmm0, xmm1, xmm4
vfmaddsub132ps xmm1, xmm1, xmm4
vfmaddsub132ps xmm4, xmm1, xmm4
vfmaddsub132ps xmm0, xmm4, xmm4
vfmaddsub132ps xmm0, xmm7, xmm4
vfmaddsub132ps xmm0, xmm1, xmm7
vfmaddsub132ps xmm0, xmm1, oword [bx]
vfmaddsub132ps xmm0, xmm1, oword [edi*8+0x1000]
vfmaddsub132ps xmm0, xmm1, oword [ds:esi+ebx*2]
vfmaddsub132ps xmm0, xmm1, oword [esp]
vfmaddsub132ps xmm0, xmm1, oword [ebp]
vfmaddsub132ps xmm0, xmm1, [bx]
vfmaddsub132ps ymm7, ymm0, ymm1
vfmaddsub132ps ymm0, ymm0, ymm1
vfmaddsub132ps ymm1, ymm0, ymm1
vfmaddsub132ps ymm7, ymm1, ymm1
vfmaddsub132ps ymm7, ymm4, ymm1
vfmaddsub132ps ymm7, ymm0, ymm4
vfmaddsub132ps ymm7, ymm0, yword [bx]
vfmaddsub132ps ymm7, ymm0, yword [bp+si+0x1234]
vfmaddsub132ps ymm7, ymm0, yword [si]
vfmaddsub132ps ymm7, ymm0, yword [di+0x10]
vfmaddsub132ps ymm7, ymm0, yword [bp+0x8]
vfmaddsub132ps ymm7, ymm0, [bx]
vfmaddsub132pd xmm4, xmm7, xmm0
vfmaddsub132pd xmm7, xmm7, xmm0
vfmaddsub132pd xmm0, xmm7, xmm0
vfmaddsub132pd xmm4, xmm0, xmm0
vfmaddsub132pd xmm4, xmm1, xmm0
vfmaddsub132pd xmm4, xmm7, xmm1
vfmaddsub132pd xmm4, xmm7, oword [bx]
vfmaddsub132pd xmm4, xmm7, oword [si-0x2]
vfmaddsub132pd xmm4, xmm7, oword [es:bx+si]
vfmaddsub132pd xmm4, xmm7, oword [cs:di]
vfmaddsub132pd xmm4, xmm7, oword [ss:bp+0x4]
vfmaddsub132pd xmm4, xmm7, [bx]
vfmaddsub132pd ymm1, ymm4, ymm7
vfmaddsub132pd ymm4, ymm4, ymm7
vfmaddsub132pd ymm7, ymm4, ymm7
vfmaddsub132pd ymm1, ymm7, ymm7
vfmaddsub132pd ymm1, ymm0, ymm7
vfmaddsub132pd ymm1, ymm4, ymm0
vfmaddsub132pd ymm1, ymm4, yword [bx]
vfmaddsub132pd ymm1, ymm4, yword [eax]
vfmaddsub132pd ymm1, ymm4, yword [ebx+ecx*4+0x10]
vfmaddsub132pd ymm1, ymm4, yword [esp+0x8]
vfmaddsub132pd ymm1, ymm4, yword [ebp-0x81]
vfmaddsub132pd ymm1, ymm4, [bx]
vfmsubadd132ps xmm4, xmm7, xmm0
vfmsubadd132ps xmm7, xmm7, xmm0
vfmsubadd132ps xmm0, xmm7, xmm0
vfmsubadd132ps xmm4, xmm0, xmm0
vfmsubadd132ps xmm4, xmm1, xmm0
vfmsubadd132ps xmm4, xmm7, xmm1
vfmsubadd132ps xmm4, xmm7, oword [bx]
vfmsubadd132ps xmm4, xmm7, oword [bx+0x7f]
vfmsubadd132ps xmm4, xmm7, oword [eax]
vfmsubadd132ps xmm4, xmm7, oword [ebx+ecx*4+0x10]
vfmsubadd132ps xmm4, xmm7, oword [esp+0x8]
vfmsubadd132ps xmm4, xmm7, [bx]
vfmsubadd132ps ymm1, ymm4, ymm7
vfmsubadd132ps ymm4, ymm4, ymm7
vfmsubadd132ps ymm7, ymm4, ymm7
vfmsubadd132ps ymm1, ymm7, ymm7
vfmsubadd132ps ymm1, ymm0, ymm7
vfmsubadd132ps ymm1, ymm4, ymm0
vfmsubadd132ps ymm1, ymm4, yword [bx]
vfmsubadd132ps ymm1, ymm4, yword [esp]
vfmsubadd132ps ymm1, ymm4, yword [ebp]
vfmsubadd132ps ymm1, ymm4, yword [bx+si]
vfmsubadd132ps ymm1, ymm4, yword [bp+di+0x7f]
vfmsubadd132ps ymm1, ymm4, [bx]
vfmsubadd132pd xmm0, xmm1, xmm4
vfmsubadd132pd xmm1, xmm1, xmm4
vfmsubadd132pd xmm4, xmm1, xmm4
vfmsubadd132pd xmm0, xmm4, xmm4
vfmsubadd132pd xmm0, xmm7, xmm4
vfmsubadd132pd xmm0, xmm1, xmm7
vfmsubadd132pd xmm0, xmm1, oword [bx]
vfmsubadd132pd xmm0, xmm1, oword [di+0x10]
vfmsubadd132pd xmm0, xmm1, oword [bp+0x8]
vfmsubadd132pd xmm0, xmm1, oword [bp]
vfmsubadd132pd xmm0, xmm1, oword [0x1234]
vfmsubadd132pd xmm0, xmm1, [bx]
vfmsubadd132pd ymm7, ymm0, ymm1
vfmsubadd132pd ymm0, ymm0, ymm1
vfmsubadd132pd ymm1, ymm0, ymm1
vfmsubadd132pd ymm7, ymm1, ymm1
vfmsubadd132pd ymm7, ymm4, ymm1
vfmsubadd132pd ymm7, ymm0, ymm4
vfmsubadd132pd ymm7, ymm0, yword [bx]
vfmsubadd132pd ymm7, ymm0, yword [cs:di]
vfmsubadd132pd ymm7, ymm0, yword [ss:bp+0x4]
vfmsubadd132pd ymm7, ymm0, yword [fs:0x20]
vfmsubadd132pd ymm7, ymm0, yword [gs:bx+0x12]
vfmsubadd132pd ymm7, ymm0, [bx]
vfmadd132ps xmm0, xmm1, xmm4
vfmadd132ps xmm1, xmm1, xmm4
vfmadd132ps xmm4, xmm1, xmm4
vfmadd132ps xmm0, xmm4, xmm4
vfmadd132ps xmm0, xmm7, xmm4
vfmadd132ps xmm0, xmm1, xmm7
vfmadd132ps xmm0, xmm1, oword [bx]
vfmadd132ps xmm0, xmm1, oword [es:bx+si]
vfmadd132ps xmm0, xmm1, oword [cs:di]
vfmadd132ps xmm0, xmm1, oword [ss:bp+0x4]
vfmadd132ps xmm0, xmm1, oword [fs:0x20]
vfmadd132ps xmm0, xmm1, [bx]
vfmadd132ps ymm7, ymm0, ymm1
vfmadd132ps ymm0, ymm0, ymm1
vfmadd132ps ymm1, ymm0, ymm1
vfmadd132ps ymm7, ymm1, ymm1
vfmadd132ps ymm7, ymm4, ymm1
vfmadd132ps ymm7, ymm0, ymm4
vfmadd132ps ymm7, ymm0, yword [bx]
vfmadd132ps ymm7, ymm0, yword [ebx+ecx*4+0x10]
vfmadd132ps ymm7, ymm0, yword [esp+0x8]
vfmadd132ps ymm7, ymm0, yword [ebp-0x81]
vfmadd132ps ymm7, ymm0, yword [edi*8+0x1000]
vfmadd132ps ymm7, ymm0, [bx]
vfmadd132pd xmm4, xmm7, xmm0
vfmadd132pd xmm7, xmm7, xmm0
vfmadd132pd xmm0, xmm7, xmm0
vfmadd132pd xmm4, xmm0, xmm0
vfmadd132pd xmm4, xmm1, xmm0
vfmadd132pd xmm4, xmm7, xmm1
vfmadd132pd xmm4, xmm7, oword [bx]
vfmadd132pd xmm4, xmm7, oword [bx+si]
vfmadd132pd xmm4, xmm7, oword [bp+di+0x7f]
vfmadd132pd xmm4, xmm7, oword [bx+di-0x80]
vfmadd132pd xmm4, xmm7, oword [bp+si+0x1234]
vfmadd132pd xmm4, xmm7, [bx]
vfmadd132pd ymm1, ymm4, ymm7
vfmadd132pd ymm4, ymm4, ymm7
vfmadd132pd ymm7, ymm4, ymm7
vfmadd132pd ymm1, ymm7, ymm7
vfmadd132pd ymm1, ymm0, ymm7
vfmadd132pd ymm1, ymm4, ymm0
vfmadd132pd ymm1, ymm4, yword [bx]
vfmadd132pd ymm1, ymm4, yword [bp]
vfmadd132pd ymm1, ymm4, yword [0x1234]
vfmadd132pd ymm1, ymm4, yword [bx+0x80]
vfmadd132pd ymm1, ymm4, yword [si-0x2]
vfmadd132pd ymm1, ymm4, [bx]
vfmadd132ss xmm4, xmm7, xmm0
vfmadd132ss xmm7, xmm7, xmm0
vfmadd132ss xmm0, xmm7, xmm0
vfmadd132ss xmm4, xmm0, xmm0
vfmadd132ss xmm4, xmm1, xmm0
vfmadd132ss xmm4, xmm7, xmm1
vfmadd132ss xmm4, xmm7, dword [bx]
vfmadd132ss xmm4, xmm7, dword [bp+0x8]
vfmadd132ss xmm4, xmm7, dword [bp]
vfmadd132ss xmm4, xmm7, dword [0x1234]
vfmadd132ss xmm4, xmm7, dword [bx+0x80]
vfmadd132ss xmm4, xmm7, [bx]
vfmadd132sd xmm1, xmm4, xmm7
vfmadd132sd xmm4, xmm4, xmm7
vfmadd132sd xmm7, xmm4, xmm7
vfmadd132sd xmm1, xmm7, xmm7
vfmadd132sd xmm1, xmm0, xmm7
vfmadd132sd xmm1, xmm4, xmm0
vfmadd132sd xmm1, xmm4, qword [bx]
vfmadd132sd xmm1, xmm4, qword [ss:bp+0x4]
vfmadd132sd xmm1, xmm4, qword [fs:0x20]
vfmadd132sd xmm1, xmm4, qword [gs:bx+0x12]
vfmadd132sd xmm1, xmm4, qword [bx+0x7f]
vfmadd132sd xmm1, xmm4, [bx]
vfmsub132ps xmm4, xmm7, xmm0
vfmsub132ps xmm7, xmm7, xmm0
vfmsub132ps xmm0, xmm7, xmm0
vfmsub132ps xmm4, xmm0, xmm0
vfmsub132ps xmm4, xmm1, xmm0
vfmsub132ps xmm4, xmm7, xmm1
vfmsub132ps xmm4, xmm7, oword [bx]
vfmsub132ps xmm4, xmm7, oword [bx+0x80]
vfmsub132ps xmm4, xmm7, oword [si-0x2]
vfmsub132ps xmm4, xmm7, oword [es:bx+si]
vfmsub132ps xmm4, xmm7, oword [cs:di]
vfmsub132ps xmm4, xmm7, [bx]
vfmsub132ps ymm1, ymm4, ymm7
vfmsub132ps ymm4, ymm4, ymm7
vfmsub132ps ymm7, ymm4, ymm7
vfmsub132ps ymm1, ymm7, ymm7
vfmsub132ps ymm1, ymm0, ymm7
vfmsub132ps ymm1, ymm4, ymm0
vfmsub132ps ymm1, ymm4, yword [bx]
vfmsub132ps ymm1, ymm4, yword [bx+0x7f]
vfmsub132ps ymm1, ymm4, yword [eax]
vfmsub132ps ymm1, ymm4, yword [ebx+ecx*4+0x10]
vfmsub132ps ymm1, ymm4, yword [esp+0x8]
vfmsub132ps ymm1, ymm4, [bx]
vfmsub132pd xmm0, xmm1, xmm4
vfmsub132pd xmm1, xmm1, xmm4
vfmsub132pd xmm4, xmm1, xmm4
vfmsub132pd xmm0, xmm4, xmm4
vfmsub132pd xmm0, xmm7, xmm4
vfmsub132pd xmm0, xmm1, xmm7
vfmsub132pd xmm0, xmm1, oword [bx]
vfmsub132pd xmm0, xmm1, oword [esp]
vfmsub132pd xmm0, xmm1, oword [ebp]
vfmsub132pd xmm0, xmm1, oword [bx+si]
vfmsub132pd xmm0, xmm1, oword [bp+di+0x7f]
vfmsub132pd xmm0, xmm1, [bx]
vfmsub132pd ymm7, ymm0, ymm1
vfmsub132pd ymm0, ymm0, ymm1
vfmsub132pd ymm1, ymm0, ymm1
vfmsub132pd ymm7, ymm1, ymm1
vfmsub132pd ymm7, ymm4, ymm1
vfmsub132pd ymm7, ymm0, ymm4
vfmsub132pd ymm7, ymm0, yword [bx]
vfmsub132pd ymm7, ymm0, yword [di+0x10]
vfmsub132pd ymm7, ymm0, yword [bp+0x8]
vfmsub132pd ymm7, ymm0, yword [bp]
vfmsub132pd ymm7, ymm0, yword [0x1234]
vfmsub132pd ymm7, ymm0, [bx]
vfmsub132ss xmm7, xmm0, xmm1
vfmsub132ss xmm0, xmm0, xmm1
vfmsub132ss xmm1, xmm0, xmm1
vfmsub132ss xmm7, xmm1, xmm1
vfmsub132ss xmm7, xmm4, xmm1
vfmsub132ss xmm7, xmm0, xmm4
vfmsub132ss xmm7, xmm0, dword [bx]
vfmsub132ss xmm7, xmm0, dword [es:bx+si]
vfmsub132ss xmm7, xmm0, dword [cs:di]
vfmsub132ss xmm7, xmm0, dword [ss:bp+0x4]
vfmsub132ss xmm7, xmm0, dword [fs:0x20]
vfmsub132ss xmm7, xmm0, [bx]
vfmsub132sd xmm4, xmm7, xmm0
vfmsub132sd xmm7, xmm7, xmm0
vfmsub132sd xmm0, xmm7, xmm0
vfmsub132sd xmm4, xmm0, xmm0
vfmsub132sd xmm4, xmm1, xmm0
vfmsub132sd xmm4, xmm7, xmm1
vfmsub132sd xmm4, xmm7, qword [bx]
vfmsub132sd xmm4, xmm7, qword [ebx+ecx*4+0x10]
vfmsub132sd xmm4, xmm7, qword [esp+0x8]
vfmsub132sd xmm4, xmm7, qword [ebp-0x81]
vfmsub132sd xmm4, xmm7, qword [edi*8+0x1000]
vfmsub132sd xmm4, xmm7, [bx]
vfnmadd132ps xmm4, xmm7, xmm0
vfnmadd132ps xmm7, xmm7, xmm0
vfnmadd132ps xmm0, xmm7, xmm0
vfnmadd132ps xmm4, xmm0, xmm0
vfnmadd132ps xmm4, xmm1, xmm0
vfnmadd132ps xmm4, xmm7, xmm1
vfnmadd132ps xmm4, xmm7, oword [bx]
vfnmadd132ps xmm4, xmm7, oword [edi*8+0x1000]
vfnmadd132ps xmm4, xmm7, oword [ds:esi+ebx*2]
vfnmadd132ps xmm4, xmm7, oword [esp]
vfnmadd132ps xmm4, xmm7, oword [ebp]
vfnmadd132ps xmm4, xmm7, [bx]
vfnmadd132ps ymm1, ymm4, ymm7
vfnmadd132ps ymm4, ymm4, ymm7
vfnmadd132ps ymm7, ymm4, ymm7
vfnmadd132ps ymm1, ymm7, ymm7
vfnmadd132ps ymm1, ymm0, ymm7
vfnmadd132ps ymm1, ymm4, ymm0
vfnmadd132ps ymm1, ymm4, yword [bx]
vfnmadd132ps ymm1, ymm4, yword [bp+si+0x1234]
vfnmadd132ps ymm1, ymm4, yword [si]
vfnmadd132ps ymm1, ymm4, yword [di+0x10]
vfnmadd132ps ymm1, ymm4, yword [bp+0x8]
vfnmadd132ps ymm1, ymm4, [bx]
vfnmadd132pd xmm0, xmm1, xmm4
vfnmadd132pd xmm1, xmm1, xmm4
vfnmadd132pd xmm4, xmm1, xmm4
vfnmadd132pd xmm0, xmm4, xmm4
vfnmadd132pd xmm0, xmm7, xmm4
vfnmadd132pd xmm0, xmm1, xmm7
vfnmadd132pd xmm0, xmm1, oword [bx]
vfnmadd132pd xmm0, xmm1, oword [si-0x2]
vfnmadd132pd xmm0, xmm1, oword [es:bx+si]
vfnmadd132pd xmm0, xmm1, oword [cs:di]
vfnmadd132pd xmm0, xmm1, oword [ss:bp+0x4]
vfnmadd132pd xmm0, xmm1, [bx]
vfnmadd132pd ymm7, ymm0, ymm1
vfnmadd132pd ymm0, ymm0, ymm1
vfnmadd132pd ymm1, ymm0, ymm1
vfnmadd132pd ymm7, ymm1, ymm1
vfnmadd132pd ymm7, ymm4, ymm1
vfnmadd132pd ymm7, ymm0, ymm4
vfnmadd132pd ymm7, ymm0, yword [bx]
vfnmadd132pd ymm7, ymm0, yword [eax]
vfnmadd132pd ymm7, ymm0, yword [ebx+ecx*4+0x10]
vfnmadd132pd ymm7, ymm0, yword [esp+0x8]
vfnmadd132pd ymm7, ymm0, yword [ebp-0x81]
vfnmadd132pd ymm7, ymm0, [bx]
vfnmadd132ss xmm0, xmm1, xmm4
vfnmadd132ss xmm1, xmm1, xmm4
vfnmadd132ss xmm4, xmm1, xmm4
vfnmadd132ss xmm0, xmm4, xmm4
vfnmadd132ss xmm0, xmm7, xmm4
vfnmadd132ss xmm0, xmm1, xmm7
vfnmadd132ss xmm0, xmm1, dword [bx]
vfnmadd132ss xmm0, xmm1, dword [bx+0x7f]
vfnmadd132ss xmm0, xmm1, dword [eax]
vfnmadd132ss xmm0, xmm1, dword [ebx+ecx*4+0x10]
vfnmadd132ss xmm0, xmm1, dword [esp+0x8]
vfnmadd132ss xmm0, xmm1, [bx]
vfnmadd132sd xmm7, xmm0, xmm1
vfnmadd132sd xmm0, xmm0, xmm1
vfnmadd132sd xmm1, xmm0, xmm1
vfnmadd132sd xmm7, xmm1, xmm1
vfnmadd132sd xmm7, xmm4, xmm1
vfnmadd132sd xmm7, xmm0, xmm4
vfnmadd132sd xmm7, xmm0, qword [bx]
vfnmadd132sd xmm7, xmm0, qword [esp]
vfnmadd132sd xmm7, xmm0, qword [ebp]
vfnmadd132sd xmm7, xmm0, qword [bx+si]
vfnmadd132sd xmm7, xmm0, qword [bp+di+0x7f]
vfnmadd132sd xmm7, xmm0, [bx]
vfnmsub132ps xmm0, xmm1, xmm4
vfnmsub132ps xmm1, xmm1, xmm4
vfnmsub132ps xmm4, xmm1, xmm4
vfnmsub132ps xmm0, xmm4, xmm4
vfnmsub132ps xmm0, xmm7, xmm4
vfnmsub132ps xmm0, xmm1, xmm7
vfnmsub132ps xmm0, xmm1, oword [bx]
vfnmsub132ps xmm0, xmm1, oword [esp+0x8]
vfnmsub132ps xmm0, xmm1, oword [ebp-0x81]
vfnmsub132ps xmm0, xmm1, oword [edi*8+0x1000]
vfnmsub132ps xmm0, xmm1, oword [ds:esi+ebx*2]
vfnmsub132ps xmm0, xmm1, [bx]
vfnmsub132ps ymm7, ymm0, ymm1
vfnmsub132ps ymm0, ymm0, ymm1
vfnmsub132ps ymm1, ymm0, ymm1
vfnmsub132ps ymm7, ymm1, ymm1
vfnmsub132ps ymm7, ymm4, ymm1
vfnmsub132ps ymm7, ymm0, ymm4
vfnmsub132ps ymm7, ymm0, yword [bx]
vfnmsub132ps ymm7, ymm0, yword [bp+di+0x7f]
vfnmsub132ps ymm7, ymm0, yword [bx+di-0x80]
vfnmsub132ps ymm7, ymm0, yword [bp+si+0x1234]
vfnmsub132ps ymm7, ymm0, yword [si]
vfnmsub132ps ymm7, ymm0, [bx]
vfnmsub132pd xmm4, xmm7, xmm0
vfnmsub132pd xmm7, xmm7, xmm0
vfnmsub132pd xmm0, xmm7, xmm0
vfnmsub132pd xmm4, xmm0, xmm0
vfnmsub132pd xmm4, xmm1, xmm0
vfnmsub132pd xmm4, xmm7, xmm1
vfnmsub132pd xmm4, xmm7, oword [bx]
vfnmsub132pd xmm4, xmm7, oword [0x1234]
vfnmsub132pd xmm4, xmm7, oword [bx+0x80]
vfnmsub132pd xmm4, xmm7, oword [si-0x2]
vfnmsub132pd xmm4, xmm7, oword [es:bx+si]
vfnmsub132pd xmm4, xmm7, [bx]
vfnmsub132pd ymm1, ymm4, ymm7
vfnmsub132pd ymm4, ymm4, ymm7
vfnmsub132pd ymm7, ymm4, ymm7
vfnmsub132pd ymm1, ymm7, ymm7
vfnmsub132pd ymm1, ymm0, ymm7
vfnmsub132pd ymm1, ymm4, ymm0
vfnmsub132pd ymm1, ymm4, yword [bx]
vfnmsub132pd ymm1, ymm4, yword [gs:bx+0x12]
vfnmsub132pd ymm1, ymm4, yword [bx+0x7f]
vfnmsub132pd ymm1, ymm4, yword [eax]
vfnmsub132pd ymm1, ymm4, yword [ebx+ecx*4+0x10]
vfnmsub132pd ymm1, ymm4, [bx]
vfnmsub132ss xmm4, xmm7, xmm0
vfnmsub132ss xmm7, xmm7, xmm0
vfnmsub132ss xmm0, xmm7, xmm0
vfnmsub132ss xmm4, xmm0, xmm0
vfnmsub132ss xmm4, xmm1, xmm0
vfnmsub132ss xmm4, xmm7, xmm1
vfnmsub132ss xmm4, xmm7, dword [bx]
vfnmsub132ss xmm4, xmm7, dword [fs:0x20]
vfnmsub132ss xmm4, xmm7, dword [gs:bx+0x12]
vfnmsub132ss xmm4, xmm7, dword [bx+0x7f]
vfnmsub132ss xmm4, xmm7, dword [eax]
vfnmsub132ss xmm4, xmm7, [bx]
vfnmsub132sd xmm1, xmm4, xmm7
vfnmsub132sd xmm4, xmm4, xmm7
vfnmsub132sd xmm7, xmm4, xmm7
vfnmsub132sd xmm1, xmm7, xmm7
vfnmsub132sd xmm1, xmm0, xmm7
vfnmsub132sd xmm1, xmm4, xmm0
vfnmsub132sd xmm1, xmm4, qword [bx]
vfnmsub132sd xmm1, xmm4, qword [edi*8+0x1000]
vfnmsub132sd xmm1, xmm4, qword [ds:esi+ebx*2]
vfnmsub132sd xmm1, xmm4, qword [esp]
vfnmsub132sd xmm1, xmm4, qword [ebp]
vfnmsub132sd xmm1, xmm4, [bx]
vfmaddsub213ps xmm4, xmm7, xmm0
vfmaddsub213ps xmm7, xmm7, xmm0
vfmaddsub213ps xmm0, xmm7, xmm0
vfmaddsub213ps xmm4, xmm0, xmm0
vfmaddsub213ps xmm4, xmm1, xmm0
vfmaddsub213ps xmm4, xmm7, xmm1
vfmaddsub213ps xmm4, xmm7, oword [bx]
vfmaddsub213ps xmm4, xmm7, oword [si-0x2]
vfmaddsub213ps xmm4, xmm7, oword [es:bx+si]
vfmaddsub213ps xmm4, xmm7, oword [cs:di]
vfmaddsub213ps xmm4, xmm7, oword [ss:bp+0x4]
vfmaddsub213ps xmm4, xmm7, [bx]
vfmaddsub213ps ymm1, ymm4, ymm7
vfmaddsub213ps ymm4, ymm4, ymm7
vfmaddsub213ps ymm7, ymm4, ymm7
vfmaddsub213ps ymm1, ymm7, ymm7
vfmaddsub213ps ymm1, ymm0, ymm7
vfmaddsub213ps ymm1, ymm4, ymm0
vfmaddsub213ps ymm1, ymm4, yword [bx]
vfmaddsub213ps ymm1, ymm4, yword [eax]
vfmaddsub213ps ymm1, ymm4, yword [ebx+ecx*4+0x10]
vfmaddsub213ps ymm1, ymm4, yword [esp+0x8]
vfmaddsub213ps ymm1, ymm4, yword [ebp-0x81]
vfmaddsub213ps ymm1, ymm4, [bx]
vfmaddsub213pd xmm0, xmm1, xmm4
vfmaddsub213pd xmm1, xmm1, xmm4
vfmaddsub213pd xmm4, xmm1, xmm4
vfmaddsub213pd xmm0, xmm4, xmm4
vfmaddsub213pd xmm0, xmm7, xmm4
vfmaddsub213pd xmm0, xmm1, xmm7
vfmaddsub213pd xmm0, xmm1, oword [bx]
vfmaddsub213pd xmm0, xmm1, oword [ebp]
vfmaddsub213pd xmm0, xmm1, oword [bx+si]
vfmaddsub213pd xmm0, xmm1, oword [bp+di+0x7f]
vfmaddsub213pd xmm0, xmm1, oword [bx+di-0x80]
vfmaddsub213pd xmm0, xmm1, [bx]
vfmaddsub213pd ymm7, ymm0, ymm1
vfmaddsub213pd ymm0, ymm0, ymm1
vfmaddsub213pd ymm1, ymm0, ymm1
vfmaddsub213pd ymm7, ymm1, ymm1
vfmaddsub213pd ymm7, ymm4, ymm1
vfmaddsub213pd ymm7, ymm0, ymm4
vfmaddsub213pd ymm7, ymm0, yword [bx]
vfmaddsub213pd ymm7, ymm0, yword [bp+0x8]
vfmaddsub213pd ymm7, ymm0, yword [bp]
vfmaddsub213pd ymm7, ymm0, yword [0x1234]
vfmaddsub213pd ymm7, ymm0, yword [bx+0x80]
vfmaddsub213pd ymm7, ymm0, [bx]
vfmsubadd213ps xmm0, xmm1, xmm4
vfmsubadd213ps xmm1, xmm1, xmm4
vfmsubadd213ps xmm4, xmm1, xmm4
vfmsubadd213ps xmm0, xmm4, xmm4
vfmsubadd213ps xmm0, xmm7, xmm4
vfmsubadd213ps xmm0, xmm1, xmm7
vfmsubadd213ps xmm0, xmm1, oword [bx]
vfmsubadd213ps xmm0, xmm1, oword [di+0x10]
vfmsubadd213ps xmm0, xmm1, oword [bp+0x8]
vfmsubadd213ps xmm0, xmm1, oword [bp]
vfmsubadd213ps xmm0, xmm1, oword [0x1234]
vfmsubadd213ps xmm0, xmm1, [bx]
vfmsubadd213ps ymm7, ymm0, ymm1
vfmsubadd213ps ymm0, ymm0, ymm1
vfmsubadd213ps ymm1, ymm0, ymm1
vfmsubadd213ps ymm7, ymm1, ymm1
vfmsubadd213ps ymm7, ymm4, ymm1
vfmsubadd213ps ymm7, ymm0, ymm4
vfmsubadd213ps ymm7, ymm0, yword [bx]
vfmsubadd213ps ymm7, ymm0, yword [cs:di]
vfmsubadd213ps ymm7, ymm0, yword [ss:bp+0x4]
vfmsubadd213ps ymm7, ymm0, yword [fs:0x20]
vfmsubadd213ps ymm7, ymm0, yword [gs:bx+0x12]
vfmsubadd213ps ymm7, ymm0, [bx]
vfmsubadd213pd xmm4, xmm7, xmm0
vfmsubadd213pd xmm7, xmm7, xmm0
vfmsubadd213pd xmm0, xmm7, xmm0
vfmsubadd213pd xmm4, xmm0, xmm0
vfmsubadd213pd xmm4, xmm1, xmm0
vfmsubadd213pd xmm4, xmm7, xmm1
vfmsubadd213pd xmm4, xmm7, oword [bx]
vfmsubadd213pd xmm4, xmm7, oword [esp+0x8]
vfmsubadd213pd xmm4, xmm7, oword [ebp-0x81]
vfmsubadd213pd xmm4, xmm7, oword [edi*8+0x1000]
vfmsubadd213pd xmm4, xmm7, oword [ds:esi+ebx*2]
vfmsubadd213pd xmm4, xmm7, [bx]
vfmsubadd213pd ymm1, ymm4, ymm7
vfmsubadd213pd ymm4, ymm4, ymm7
vfmsubadd213pd ymm7, ymm4, ymm7
vfmsubadd213pd ymm1, ymm7, ymm7
vfmsubadd213pd ymm1, ymm0, ymm7
vfmsubadd213pd ymm1, ymm4, ymm0
vfmsubadd213pd ymm1, ymm4, yword [bx]
vfmsubadd213pd ymm1, ymm4, yword [bp+di+0x7f]
vfmsubadd213pd ymm1, ymm4, yword [bx+di-0x80]
vfmsubadd213pd ymm1, ymm4, yword [bp+si+0x1234]
vfmsubadd213pd ymm1, ymm4, yword [si]
vfmsubadd213pd ymm1, ymm4, [bx]
vfmadd213ps xmm4, xmm7, xmm0
vfmadd213ps xmm7, xmm7, xmm0
vfmadd213ps xmm0, xmm7, xmm0
vfmadd213ps xmm4, xmm0, xmm0
vfmadd213ps xmm4, xmm1, xmm0
vfmadd213ps xmm4, xmm7, xmm1
vfmadd213ps xmm4, xmm7, oword [bx]
vfmadd213ps xmm4, xmm7, oword [bx+si]
vfmadd213ps xmm4, xmm7, oword [bp+di+0x7f]
vfmadd213ps xmm4, xmm7, oword [bx+di-0x80]
vfmadd213ps xmm4, xmm7, oword [bp+si+0x1234]
vfmadd213ps xmm4, xmm7, [bx]
vfmadd213ps ymm1, ymm4, ymm7
vfmadd213ps ymm4, ymm4, ymm7
vfmadd213ps ymm7, ymm4, ymm7
vfmadd213ps ymm1, ymm7, ymm7
vfmadd213ps ymm1, ymm0, ymm7
vfmadd213ps ymm1, ymm4, ymm0
vfmadd213ps ymm1, ymm4, yword [bx]
vfmadd213ps ymm1, ymm4, yword [bp]
vfmadd213ps ymm1, ymm4, yword [0x1234]
vfmadd213ps ymm1, ymm4, yword [bx+0x80]
vfmadd213ps ymm1, ymm4, yword [si-0x2]
vfmadd213ps ymm1, ymm4, [bx]
vfmadd213pd xmm0, xmm1, xmm4
vfmadd213pd xmm1, xmm1, xmm4
vfmadd213pd xmm4, xmm1, xmm4
vfmadd213pd xmm0, xmm4, xmm4
vfmadd213pd xmm0, xmm7, xmm4
vfmadd213pd xmm0, xmm1, xmm7
vfmadd213pd xmm0, xmm1, oword [bx]
vfmadd213pd xmm0, xmm1, oword [fs:0x20]
vfmadd213pd xmm0, xmm1, oword [gs:bx+0x12]
vfmadd213pd xmm0, xmm1, oword [bx+0x7f]
vfmadd213pd xmm0, xmm1, oword [eax]
vfmadd213pd xmm0, xmm1, [bx]
vfmadd213pd ymm7, ymm0, ymm1
vfmadd213pd ymm0, ymm0, ymm1
vfmadd213pd ymm1, ymm0, ymm1
vfmadd213pd ymm7, ymm1, ymm1
vfmadd213pd ymm7, ymm4, ymm1
vfmadd213pd ymm7, ymm0, ymm4
vfmadd213pd ymm7, ymm0, yword [bx]
vfmadd213pd ymm7, ymm0, yword [edi*8+0x1000]
vfmadd213pd ymm7, ymm0, yword [ds:esi+ebx*2]
vfmadd213pd ymm7, ymm0, yword [esp]
vfmadd213pd ymm7, ymm0, yword [ebp]
vfmadd213pd ymm7, ymm0, [bx]
vfmadd213ss xmm0, xmm1, xmm4
vfmadd213ss xmm1, xmm1, xmm4
vfmadd213ss xmm4, xmm1, xmm4
vfmadd213ss xmm0, xmm4, xmm4
vfmadd213ss xmm0, xmm7, xmm4
vfmadd213ss xmm0, xmm1, xmm7
vfmadd213ss xmm0, xmm1, dword [bx]
vfmadd213ss xmm0, xmm1, dword [ebp-0x81]
vfmadd213ss xmm0, xmm1, dword [edi*8+0x1000]
vfmadd213ss xmm0, xmm1, dword [ds:esi+ebx*2]
vfmadd213ss xmm0, xmm1, dword [esp]
vfmadd213ss xmm0, xmm1, [bx]
vfmadd213sd xmm7, xmm0, xmm1
vfmadd213sd xmm0, xmm0, xmm1
vfmadd213sd xmm1, xmm0, xmm1
vfmadd213sd xmm7, xmm1, xmm1
vfmadd213sd xmm7, xmm4, xmm1
vfmadd213sd xmm7, xmm0, xmm4
vfmadd213sd xmm7, xmm0, qword [bx]
vfmadd213sd xmm7, xmm0, qword [bx+di-0x80]
vfmadd213sd xmm7, xmm0, qword [bp+si+0x1234]
vfmadd213sd xmm7, xmm0, qword [si]
vfmadd213sd xmm7, xmm0, qword [di+0x10]
vfmadd213sd xmm7, xmm0, [bx]
vfmsub213ps xmm0, xmm1, xmm4
vfmsub213ps xmm1, xmm1, xmm4
vfmsub213ps xmm4, xmm1, xmm4
vfmsub213ps xmm0, xmm4, xmm4
vfmsub213ps xmm0, xmm7, xmm4
vfmsub213ps xmm0, xmm1, xmm7
vfmsub213ps xmm0, xmm1, oword [bx]
vfmsub213ps xmm0, xmm1, oword [esp]
vfmsub213ps xmm0, xmm1, oword [ebp]
vfmsub213ps xmm0, xmm1, oword [bx+si]
vfmsub213ps xmm0, xmm1, oword [bp+di+0x7f]
vfmsub213ps xmm0, xmm1, [bx]
vfmsub213ps ymm7, ymm0, ymm1
vfmsub213ps ymm0, ymm0, ymm1
vfmsub213ps ymm1, ymm0, ymm1
vfmsub213ps ymm7, ymm1, ymm1
vfmsub213ps ymm7, ymm4, ymm1
vfmsub213ps ymm7, ymm0, ymm4
vfmsub213ps ymm7, ymm0, yword [bx]
vfmsub213ps ymm7, ymm0, yword [di+0x10]
vfmsub213ps ymm7, ymm0, yword [bp+0x8]
vfmsub213ps ymm7, ymm0, yword [bp]
vfmsub213ps ymm7, ymm0, yword [0x1234]
vfmsub213ps ymm7, ymm0, [bx]
vfmsub213pd xmm4, xmm7, xmm0
vfmsub213pd xmm7, xmm7, xmm0
vfmsub213pd xmm0, xmm7, xmm0
vfmsub213pd xmm4, xmm0, xmm0
vfmsub213pd xmm4, xmm1, xmm0
vfmsub213pd xmm4, xmm7, xmm1
vfmsub213pd xmm4, xmm7, oword [bx]
vfmsub213pd xmm4, xmm7, oword [cs:di]
vfmsub213pd xmm4, xmm7, oword [ss:bp+0x4]
vfmsub213pd xmm4, xmm7, oword [fs:0x20]
vfmsub213pd xmm4, xmm7, oword [gs:bx+0x12]
vfmsub213pd xmm4, xmm7, [bx]
vfmsub213pd ymm1, ymm4, ymm7
vfmsub213pd ymm4, ymm4, ymm7
vfmsub213pd ymm7, ymm4, ymm7
vfmsub213pd ymm1, ymm7, ymm7
vfmsub213pd ymm1, ymm0, ymm7
vfmsub213pd ymm1, ymm4, ymm0
vfmsub213pd ymm1, ymm4, yword [bx]
vfmsub213pd ymm1, ymm4, yword [esp+0x8]
vfmsub213pd ymm1, ymm4, yword [ebp-0x81]
vfmsub213pd ymm1, ymm4, yword [edi*8+0x1000]
vfmsub213pd ymm1, ymm4, yword [ds:esi+ebx*2]
vfmsub213pd ymm1, ymm4, [bx]
vfmsub213ss xmm1, xmm4, xmm7
vfmsub213ss xmm4, xmm4, xmm7
vfmsub213ss xmm7, xmm4, xmm7
vfmsub213ss xmm1, xmm7, xmm7
vfmsub213ss xmm1, xmm0, xmm7
vfmsub213ss xmm1, xmm4, xmm0
vfmsub213ss xmm1, xmm4, dword [bx]
vfmsub213ss xmm1, xmm4, dword [bx+si]
vfmsub213ss xmm1, xmm4, dword [bp+di+0x7f]
vfmsub213ss xmm1, xmm4, dword [bx+di-0x80]
vfmsub213ss xmm1, xmm4, dword [bp+si+0x1234]
vfmsub213ss xmm1, xmm4, [bx]
vfmsub213sd xmm0, xmm1, xmm4
vfmsub213sd xmm1, xmm1, xmm4
vfmsub213sd xmm4, xmm1, xmm4
vfmsub213sd xmm0, xmm4, xmm4
vfmsub213sd xmm0, xmm7, xmm4
vfmsub213sd xmm0, xmm1, xmm7
vfmsub213sd xmm0, xmm1, qword [bx]
vfmsub213sd xmm0, xmm1, qword [bp]
vfmsub213sd xmm0, xmm1, qword [0x1234]
vfmsub213sd xmm0, xmm1, qword [bx+0x80]
vfmsub213sd xmm0, xmm1, qword [si-0x2]
vfmsub213sd xmm0, xmm1, [bx]
vfnmadd213ps xmm0, xmm1, xmm4
vfnmadd213ps xmm1, xmm1, xmm4
vfnmadd213ps xmm4, xmm1, xmm4
vfnmadd213ps xmm0, xmm4, xmm4
vfnmadd213ps xmm0, xmm7, xmm4
vfnmadd213ps xmm0, xmm1, xmm7
vfnmadd213ps xmm0, xmm1, oword [bx]
vfnmadd213ps xmm0, xmm1, oword [si-0x2]
vfnmadd213ps xmm0, xmm1, oword [es:bx+si]
vfnmadd213ps xmm0, xmm1, oword [cs:di]
vfnmadd213ps xmm0, xmm1, oword [ss:bp+0x4]
vfnmadd213ps xmm0, xmm1, [bx]
vfnmadd213ps ymm7, ymm0, ymm1
vfnmadd213ps ymm0, ymm0, ymm1
vfnmadd213ps ymm1, ymm0, ymm1
vfnmadd213ps ymm7, ymm1, ymm1
vfnmadd213ps ymm7, ymm4, ymm1
vfnmadd213ps ymm7, ymm0, ymm4
vfnmadd213ps ymm7, ymm0, yword [bx]
vfnmadd213ps ymm7, ymm0, yword [eax]
vfnmadd213ps ymm7, ymm0, yword [ebx+ecx*4+0x10]
vfnmadd213ps ymm7, ymm0, yword [esp+0x8]
vfnmadd213ps ymm7, ymm0, yword [ebp-0x81]
vfnmadd213ps ymm7, ymm0, [bx]
vfnmadd213pd xmm4, xmm7, xmm0
vfnmadd213pd xmm7, xmm7, xmm0
vfnmadd213pd xmm0, xmm7, xmm0
vfnmadd213pd xmm4, xmm0, xmm0
vfnmadd213pd xmm4, xmm1, xmm0
vfnmadd213pd xmm4, xmm7, xmm1
vfnmadd213pd xmm4, xmm7, oword [bx]
vfnmadd213pd xmm4, xmm7, oword [ebp]
vfnmadd213pd xmm4, xmm7, oword [bx+si]
vfnmadd213pd xmm4, xmm7, oword [bp+di+0x7f]
vfnmadd213pd xmm4, xmm7, oword [bx+di-0x80]
vfnmadd213pd xmm4, xmm7, [bx]
vfnmadd213pd ymm1, ymm4, ymm7
vfnmadd213pd ymm4, ymm4, ymm7
vfnmadd213pd ymm7, ymm4, ymm7
vfnmadd213pd ymm1, ymm7, ymm7
vfnmadd213pd ymm1, ymm0, ymm7
vfnmadd213pd ymm1, ymm4, ymm0
vfnmadd213pd ymm1, ymm4, yword [bx]
vfnmadd213pd ymm1, ymm4, yword [bp+0x8]
vfnmadd213pd ymm1, ymm4, yword [bp]
vfnmadd213pd ymm1, ymm4, yword [0x1234]
vfnmadd213pd ymm1, ymm4, yword [bx+0x80]
vfnmadd213pd ymm1, ymm4, [bx]
vfnmadd213ss xmm4, xmm7, xmm0
vfnmadd213ss xmm7, xmm7, xmm0
vfnmadd213ss xmm0, xmm7, xmm0
vfnmadd213ss xmm4, xmm0, xmm0
vfnmadd213ss xmm4, xmm1, xmm0
vfnmadd213ss xmm4, xmm7, xmm1
vfnmadd213ss xmm4, xmm7, dword [bx]
vfnmadd213ss xmm4, xmm7, dword [di+0x10]
vfnmadd213ss xmm4, xmm7, dword [bp+0x8]
vfnmadd213ss xmm4, xmm7, dword [bp]
vfnmadd213ss xmm4, xmm7, dword [0x1234]
vfnmadd213ss xmm4, xmm7, [bx]
vfnmadd213sd xmm1, xmm4, xmm7
vfnmadd213sd xmm4, xmm4, xmm7
vfnmadd213sd xmm7, xmm4, xmm7
vfnmadd213sd xmm1, xmm7, xmm7
vfnmadd213sd xmm1, xmm0, xmm7
vfnmadd213sd xmm1, xmm4, xmm0
vfnmadd213sd xmm1, xmm4, qword [bx]
vfnmadd213sd xmm1, xmm4, qword [cs:di]
vfnmadd213sd xmm1, xmm4, qword [ss:bp+0x4]
vfnmadd213sd xmm1, xmm4, qword [fs:0x20]
vfnmadd213sd xmm1, xmm4, qword [gs:bx+0x12]
vfnmadd213sd xmm1, xmm4, [bx]
vfnmsub213ps xmm4, xmm7, xmm0
vfnmsub213ps xmm7, xmm7, xmm0
vfnmsub213ps xmm0, xmm7, xmm0
vfnmsub213ps xmm4, xmm0, xmm0
vfnmsub213ps xmm4, xmm1, xmm0
vfnmsub213ps xmm4, xmm7, xmm1
vfnmsub213ps xmm4, xmm7, oword [bx]
vfnmsub213ps xmm4, xmm7, oword [0x1234]
vfnmsub213ps xmm4, xmm7, oword [bx+0x80]
vfnmsub213ps xmm4, xmm7, oword [si-0x2]
vfnmsub213ps xmm4, xmm7, oword [es:bx+si]
vfnmsub213ps xmm4, xmm7, [bx]
vfnmsub213ps ymm1, ymm4, ymm7
vfnmsub213ps ymm4, ymm4, ymm7
vfnmsub213ps ymm7, ymm4, ymm7
vfnmsub213ps ymm1, ymm7, ymm7
vfnmsub213ps ymm1, ymm0, ymm7
vfnmsub213ps ymm1, ymm4, ymm0
vfnmsub213ps ymm1, ymm4, yword [bx]
vfnmsub213ps ymm1, ymm4, yword [gs:bx+0x12]
vfnmsub213ps ymm1, ymm4, yword [bx+0x7f]
vfnmsub213ps ymm1, ymm4, yword [eax]
vfnmsub213ps ymm1, ymm4, yword [ebx+ecx*4+0x10]
vfnmsub213ps ymm1, ymm4, [bx]
vfnmsub213pd xmm0, xmm1, xmm4
vfnmsub213pd xmm1, xmm1, xmm4
vfnmsub213pd xmm4, xmm1, xmm4
vfnmsub213pd xmm0, xmm4, xmm4
vfnmsub213pd xmm0, xmm7, xmm4
vfnmsub213pd xmm0, xmm1, xmm7
vfnmsub213pd xmm0, xmm1, oword [bx]
vfnmsub213pd xmm0, xmm1, oword [ds:esi+ebx*2]
vfnmsub213pd xmm0, xmm1, oword [esp]
vfnmsub213pd xmm0, xmm1, oword [ebp]
vfnmsub213pd xmm0, xmm1, oword [bx+si]
vfnmsub213pd xmm0, xmm1, [bx]
vfnmsub213pd ymm7, ymm0, ymm1
vfnmsub213pd ymm0, ymm0, ymm1
vfnmsub213pd ymm1, ymm0, ymm1
vfnmsub213pd ymm7, ymm1, ymm1
vfnmsub213pd ymm7, ymm4, ymm1
vfnmsub213pd ymm7, ymm0, ymm4
vfnmsub213pd ymm7, ymm0, yword [bx]
vfnmsub213pd ymm7, ymm0, yword [si]
vfnmsub213pd ymm7, ymm0, yword [di+0x10]
vfnmsub213pd ymm7, ymm0, yword [bp+0x8]
vfnmsub213pd ymm7, ymm0, yword [bp]
vfnmsub213pd ymm7, ymm0, [bx]
vfnmsub213ss xmm0, xmm1, xmm4
vfnmsub213ss xmm1, xmm1, xmm4
vfnmsub213ss xmm4, xmm1, xmm4
vfnmsub213ss xmm0, xmm4, xmm4
vfnmsub213ss xmm0, xmm7, xmm4
vfnmsub213ss xmm0, xmm1, xmm7
vfnmsub213ss xmm0, xmm1, dword [bx]
vfnmsub213ss xmm0, xmm1, dword [bp+si+0x1234]
vfnmsub213ss xmm0, xmm1, dword [si]
vfnmsub213ss xmm0, xmm1, dword [di+0x10]
vfnmsub213ss xmm0, xmm1, dword [bp+0x8]
vfnmsub213ss xmm0, xmm1, [bx]
vfnmsub213sd xmm7, xmm0, xmm1
vfnmsub213sd xmm0, xmm0, xmm1
vfnmsub213sd xmm1, xmm0, xmm1
vfnmsub213sd xmm7, xmm1, xmm1
vfnmsub213sd xmm7, xmm4, xmm1
vfnmsub213sd xmm7, xmm0, xmm4
vfnmsub213sd xmm7, xmm0, qword [bx]
vfnmsub213sd xmm7, xmm0, qword [si-0x2]
vfnmsub213sd xmm7, xmm0, qword [es:bx+si]
vfnmsub213sd xmm7, xmm0, qword [cs:di]
vfnmsub213sd xmm7, xmm0, qword [ss:bp+0x4]
vfnmsub213sd xmm7, xmm0, [bx]
vfmaddsub231ps xmm4, xmm7, xmm0
vfmaddsub231ps xmm7, xmm7, xmm0
vfmaddsub231ps xmm0, xmm7, xmm0
vfmaddsub231ps xmm4, xmm0, xmm0
vfmaddsub231ps xmm4, xmm1, xmm0
vfmaddsub231ps xmm4, xmm7, xmm1
vfmaddsub231ps xmm4, xmm7, oword [bx]
vfmaddsub231ps xmm4, xmm7, oword [esp]
vfmaddsub231ps xmm4, xmm7, oword [ebp]
vfmaddsub231ps xmm4, xmm7, oword [bx+si]
vfmaddsub231ps xmm4, xmm7, oword [bp+di+0x7f]
vfmaddsub231ps xmm4, xmm7, [bx]
vfmaddsub231ps ymm1, ymm4, ymm7
vfmaddsub231ps ymm4, ymm4, ymm7
vfmaddsub231ps ymm7, ymm4, ymm7
vfmaddsub231ps ymm1, ymm7, ymm7
vfmaddsub231ps ymm1, ymm0, ymm7
vfmaddsub231ps ymm1, ymm4, ymm0
vfmaddsub231ps ymm1, ymm4, yword [bx]
vfmaddsub231ps ymm1, ymm4, yword [di+0x10]
vfmaddsub231ps ymm1, ymm4, yword [bp+0x8]
vfmaddsub231ps ymm1, ymm4, yword [bp]
vfmaddsub231ps ymm1, ymm4, yword [0x1234]
vfmaddsub231ps ymm1, ymm4, [bx]
vfmaddsub231pd xmm0, xmm1, xmm4
vfmaddsub231pd xmm1, xmm1, xmm4
vfmaddsub231pd xmm4, xmm1, xmm4
vfmaddsub231pd xmm0, xmm4, xmm4
vfmaddsub231pd xmm0, xmm7, xmm4
vfmaddsub231pd xmm0, xmm1, xmm7
vfmaddsub231pd xmm0, xmm1, oword [bx]
vfmaddsub231pd xmm0, xmm1, oword [cs:di]
vfmaddsub231pd xmm0, xmm1, oword [ss:bp+0x4]
vfmaddsub231pd xmm0, xmm1, oword [fs:0x20]
vfmaddsub231pd xmm0, xmm1, oword [gs:bx+0x12]
vfmaddsub231pd xmm0, xmm1, [bx]
vfmaddsub231pd ymm7, ymm0, ymm1
vfmaddsub231pd ymm0, ymm0, ymm1
vfmaddsub231pd ymm1, ymm0, ymm1
vfmaddsub231pd ymm7, ymm1, ymm1
vfmaddsub231pd ymm7, ymm4, ymm1
vfmaddsub231pd ymm7, ymm0, ymm4
vfmaddsub231pd ymm7, ymm0, yword [bx]
vfmaddsub231pd ymm7, ymm0, yword [esp+0x8]
vfmaddsub231pd ymm7, ymm0, yword [ebp-0x81]
vfmaddsub231pd ymm7, ymm0, yword [edi*8+0x1000]
vfmaddsub231pd ymm7, ymm0, yword [ds:esi+ebx*2]
vfmaddsub231pd ymm7, ymm0, [bx]
vfmsubadd231ps xmm0, xmm1, xmm4
vfmsubadd231ps xmm1, xmm1, xmm4
vfmsubadd231ps xmm4, xmm1, xmm4
vfmsubadd231ps xmm0, xmm4, xmm4
vfmsubadd231ps xmm0, xmm7, xmm4
vfmsubadd231ps xmm0, xmm1, xmm7
vfmsubadd231ps xmm0, xmm1, oword [bx]
vfmsubadd231ps xmm0, xmm1, oword [ebx+ecx*4+0x10]
vfmsubadd231ps xmm0, xmm1, oword [esp+0x8]
vfmsubadd231ps xmm0, xmm1, oword [ebp-0x81]
vfmsubadd231ps xmm0, xmm1, oword [edi*8+0x1000]
vfmsubadd231ps xmm0, xmm1, [bx]
vfmsubadd231ps ymm7, ymm0, ymm1
vfmsubadd231ps ymm0, ymm0, ymm1
vfmsubadd231ps ymm1, ymm0, ymm1
vfmsubadd231ps ymm7, ymm1, ymm1
vfmsubadd231ps ymm7, ymm4, ymm1
vfmsubadd231ps ymm7, ymm0, ymm4
vfmsubadd231ps ymm7, ymm0, yword [bx]
vfmsubadd231ps ymm7, ymm0, yword [bx+si]
vfmsubadd231ps ymm7, ymm0, yword [bp+di+0x7f]
vfmsubadd231ps ymm7, ymm0, yword [bx+di-0x80]
vfmsubadd231ps ymm7, ymm0, yword [bp+si+0x1234]
vfmsubadd231ps ymm7, ymm0, [bx]
vfmsubadd231pd xmm4, xmm7, xmm0
vfmsubadd231pd xmm7, xmm7, xmm0
vfmsubadd231pd xmm0, xmm7, xmm0
vfmsubadd231pd xmm4, xmm0, xmm0
vfmsubadd231pd xmm4, xmm1, xmm0
vfmsubadd231pd xmm4, xmm7, xmm1
vfmsubadd231pd xmm4, xmm7, oword [bx]
vfmsubadd231pd xmm4, xmm7, oword [bp]
vfmsubadd231pd xmm4, xmm7, oword [0x1234]
vfmsubadd231pd xmm4, xmm7, oword [bx+0x80]
vfmsubadd231pd xmm4, xmm7, oword [si-0x2]
vfmsubadd231pd xmm4, xmm7, [bx]
vfmsubadd231pd ymm1, ymm4, ymm7
vfmsubadd231pd ymm4, ymm4, ymm7
vfmsubadd231pd ymm7, ymm4, ymm7
vfmsubadd231pd ymm1, ymm7, ymm7
vfmsubadd231pd ymm1, ymm0, ymm7
vfmsubadd231pd ymm1, ymm4, ymm0
vfmsubadd231pd ymm1, ymm4, yword [bx]
vfmsubadd231pd ymm1, ymm4, yword [fs:0x20]
vfmsubadd231pd ymm1, ymm4, yword [gs:bx+0x12]
vfmsubadd231pd ymm1, ymm4, yword [bx+0x7f]
vfmsubadd231pd ymm1, ymm4, yword [eax]
vfmsubadd231pd ymm1, ymm4, [bx]
vfmadd231ps xmm4, xmm7, xmm0
vfmadd231ps xmm7, xmm7, xmm0
vfmadd231ps xmm0, xmm7, xmm0
vfmadd231ps xmm4, xmm0, xmm0
vfmadd231ps xmm4, xmm1, xmm0
vfmadd231ps xmm4, xmm7, xmm1
vfmadd231ps xmm4, xmm7, oword [bx]
vfmadd231ps xmm4, xmm7, oword [ss:bp+0x4]
vfmadd231ps xmm4, xmm7, oword [fs:0x20]
vfmadd231ps xmm4, xmm7, oword [gs:bx+0x12]
vfmadd231ps xmm4, xmm7, oword [bx+0x7f]
vfmadd231ps xmm4, xmm7, [bx]
vfmadd231ps ymm1, ymm4, ymm7
vfmadd231ps ymm4, ymm4, ymm7
vfmadd231ps ymm7, ymm4, ymm7
vfmadd231ps ymm1, ymm7, ymm7
vfmadd231ps ymm1, ymm0, ymm7
vfmadd231ps ymm1, ymm4, ymm0
vfmadd231ps ymm1, ymm4, yword [bx]
vfmadd231ps ymm1, ymm4, yword [ebp-0x81]
vfmadd231ps ymm1, ymm4, yword [edi*8+0x1000]
vfmadd231ps ymm1, ymm4, yword [ds:esi+ebx*2]
vfmadd231ps ymm1, ymm4, yword [esp]
vfmadd231ps ymm1, ymm4, [bx]
vfmadd231pd xmm0, xmm1, xmm4
vfmadd231pd xmm1, xmm1, xmm4
vfmadd231pd xmm4, xmm1, xmm4
vfmadd231pd xmm0, xmm4, xmm4
vfmadd231pd xmm0, xmm7, xmm4
vfmadd231pd xmm0, xmm1, xmm7
vfmadd231pd xmm0, xmm1, oword [bx]
vfmadd231pd xmm0, xmm1, oword [bx+di-0x80]
vfmadd231pd xmm0, xmm1, oword [bp+si+0x1234]
vfmadd231pd xmm0, xmm1, oword [si]
vfmadd231pd xmm0, xmm1, oword [di+0x10]
vfmadd231pd xmm0, xmm1, [bx]
vfmadd231pd ymm7, ymm0, ymm1
vfmadd231pd ymm0, ymm0, ymm1
vfmadd231pd ymm1, ymm0, ymm1
vfmadd231pd ymm7, ymm1, ymm1
vfmadd231pd ymm7, ymm4, ymm1
vfmadd231pd ymm7, ymm0, ymm4
vfmadd231pd ymm7, ymm0, yword [bx]
vfmadd231pd ymm7, ymm0, yword [bx+0x80]
vfmadd231pd ymm7, ymm0, yword [si-0x2]
vfmadd231pd ymm7, ymm0, yword [es:bx+si]
vfmadd231pd ymm7, ymm0, yword [cs:di]
vfmadd231pd ymm7, ymm0, [bx]
vfmadd231ss xmm0, xmm1, xmm4
vfmadd231ss xmm1, xmm1, xmm4
vfmadd231ss xmm4, xmm1, xmm4
vfmadd231ss xmm0, xmm4, xmm4
vfmadd231ss xmm0, xmm7, xmm4
vfmadd231ss xmm0, xmm1, xmm7
vfmadd231ss xmm0, xmm1, dword [bx]
vfmadd231ss xmm0, xmm1, dword [0x1234]
vfmadd231ss xmm0, xmm1, dword [bx+0x80]
vfmadd231ss xmm0, xmm1, dword [si-0x2]
vfmadd231ss xmm0, xmm1, dword [es:bx+si]
vfmadd231ss xmm0, xmm1, [bx]
vfmadd231sd xmm7, xmm0, xmm1
vfmadd231sd xmm0, xmm0, xmm1
vfmadd231sd xmm1, xmm0, xmm1
vfmadd231sd xmm7, xmm1, xmm1
vfmadd231sd xmm7, xmm4, xmm1
vfmadd231sd xmm7, xmm0, xmm4
vfmadd231sd xmm7, xmm0, qword [bx]
vfmadd231sd xmm7, xmm0, qword [gs:bx+0x12]
vfmadd231sd xmm7, xmm0, qword [bx+0x7f]
vfmadd231sd xmm7, xmm0, qword [eax]
vfmadd231sd xmm7, xmm0, qword [ebx+ecx*4+0x10]
vfmadd231sd xmm7, xmm0, [bx]
vfmsub231ps xmm0, xmm1, xmm4
vfmsub231ps xmm1, xmm1, xmm4
vfmsub231ps xmm4, xmm1, xmm4
vfmsub231ps xmm0, xmm4, xmm4
vfmsub231ps xmm0, xmm7, xmm4
vfmsub231ps xmm0, xmm1, xmm7
vfmsub231ps xmm0, xmm1, oword [bx]
vfmsub231ps xmm0, xmm1, oword [es:bx+si]
vfmsub231ps xmm0, xmm1, oword [cs:di]
vfmsub231ps xmm0, xmm1, oword [ss:bp+0x4]
vfmsub231ps xmm0, xmm1, oword [fs:0x20]
vfmsub231ps xmm0, xmm1, [bx]
vfmsub231ps ymm7, ymm0, ymm1
vfmsub231ps ymm0, ymm0, ymm1
vfmsub231ps ymm1, ymm0, ymm1
vfmsub231ps ymm7, ymm1, ymm1
vfmsub231ps ymm7, ymm4, ymm1
vfmsub231ps ymm7, ymm0, ymm4
vfmsub231ps ymm7, ymm0, yword [bx]
vfmsub231ps ymm7, ymm0, yword [ebx+ecx*4+0x10]
vfmsub231ps ymm7, ymm0, yword [esp+0x8]
vfmsub231ps ymm7, ymm0, yword [ebp-0x81]
vfmsub231ps ymm7, ymm0, yword [edi*8+0x1000]
vfmsub231ps ymm7, ymm0, [bx]
vfmsub231pd xmm4, xmm7, xmm0
vfmsub231pd xmm7, xmm7, xmm0
vfmsub231pd xmm0, xmm7, xmm0
vfmsub231pd xmm4, xmm0, xmm0
vfmsub231pd xmm4, xmm1, xmm0
vfmsub231pd xmm4, xmm7, xmm1
vfmsub231pd xmm4, xmm7, oword [bx]
vfmsub231pd xmm4, xmm7, oword [bx+si]
vfmsub231pd xmm4, xmm7, oword [bp+di+0x7f]
vfmsub231pd xmm4, xmm7, oword [bx+di-0x80]
vfmsub231pd xmm4, xmm7, oword [bp+si+0x1234]
vfmsub231pd xmm4, xmm7, [bx]
vfmsub231pd ymm1, ymm4, ymm7
vfmsub231pd ymm4, ymm4, ymm7
vfmsub231pd ymm7, ymm4, ymm7
vfmsub231pd ymm1, ymm7, ymm7
vfmsub231pd ymm1, ymm0, ymm7
vfmsub231pd ymm1, ymm4, ymm0
vfmsub231pd ymm1, ymm4, yword [bx]
vfmsub231pd ymm1, ymm4, yword [bp]
vfmsub231pd ymm1, ymm4, yword [0x1234]
vfmsub231pd ymm1, ymm4, yword [bx+0x80]
vfmsub231pd ymm1, ymm4, yword [si-0x2]
vfmsub231pd ymm1, ymm4, [bx]
vfmsub231ss xmm4, xmm7, xmm0
vfmsub231ss xmm7, xmm7, xmm0
vfmsub231ss xmm0, xmm7, xmm0
vfmsub231ss xmm4, xmm0, xmm0
vfmsub231ss xmm4, xmm1, xmm0
vfmsub231ss xmm4, xmm7, xmm1
vfmsub231ss xmm4, xmm7, dword [bx]
vfmsub231ss xmm4, xmm7, dword [bp+0x8]
vfmsub231ss xmm4, xmm7, dword [bp]
vfmsub231ss xmm4, xmm7, dword [0x1234]
vfmsub231ss xmm4, xmm7, dword [bx+0x80]
vfmsub231ss xmm4, xmm7, [bx]
vfmsub231sd xmm1, xmm4, xmm7
vfmsub231sd xmm4, xmm4, xmm7
vfmsub231sd xmm7, xmm4, xmm7
vfmsub231sd xmm1, xmm7, xmm7
vfmsub231sd xmm1, xmm0, xmm7
vfmsub231sd xmm1, xmm4, xmm0
vfmsub231sd xmm1, xmm4, qword [bx]
vfmsub231sd xmm1, xmm4, qword [ss:bp+0x4]
vfmsub231sd xmm1, xmm4, qword [fs:0x20]
vfmsub231sd xmm1, xmm4, qword [gs:bx+0x12]
vfmsub231sd xmm1, xmm4, qword [bx+0x7f]
vfmsub231sd xmm1, xmm4, [bx]
vfnmadd231ps xmm4, xmm7, xmm0
vfnmadd231ps xmm7, xmm7, xmm0
vfnmadd231ps xmm0, xmm7, xmm0
vfnmadd231ps xmm4, xmm0, xmm0
vfnmadd231ps xmm4, xmm1, xmm0
vfnmadd231ps xmm4, xmm7, xmm1
vfnmadd231ps xmm4, xmm7, oword [bx]
vfnmadd231ps xmm4, xmm7, oword [bx+0x80]
vfnmadd231ps xmm4, xmm7, oword [si-0x2]
vfnmadd231ps xmm4, xmm7, oword [es:bx+si]
vfnmadd231ps xmm4, xmm7, oword [cs:di]
vfnmadd231ps xmm4, xmm7, [bx]
vfnmadd231ps ymm1, ymm4, ymm7
vfnmadd231ps ymm4, ymm4, ymm7
vfnmadd231ps ymm7, ymm4, ymm7
vfnmadd231ps ymm1, ymm7, ymm7
vfnmadd231ps ymm1, ymm0, ymm7
vfnmadd231ps ymm1, ymm4, ymm0
vfnmadd231ps ymm1, ymm4, yword [bx]
vfnmadd231ps ymm1, ymm4, yword [bx+0x7f]
vfnmadd231ps ymm1, ymm4, yword [eax]
vfnmadd231ps ymm1, ymm4, yword [ebx+ecx*4+0x10]
vfnmadd231ps ymm1, ymm4, yword [esp+0x8]
vfnmadd231ps ymm1, ymm4, [bx]
vfnmadd231pd xmm0, xmm1, xmm4
vfnmadd231pd xmm1, xmm1, xmm4
vfnmadd231pd xmm4, xmm1, xmm4
vfnmadd231pd xmm0, xmm4, xmm4
vfnmadd231pd xmm0, xmm7, xmm4
vfnmadd231pd xmm0, xmm1, xmm7
vfnmadd231pd xmm0, xmm1, oword [bx]
vfnmadd231pd xmm0, xmm1, oword [esp]
vfnmadd231pd xmm0, xmm1, oword [ebp]
vfnmadd231pd xmm0, xmm1, oword [bx+si]
vfnmadd231pd xmm0, xmm1, oword [bp+di+0x7f]
vfnmadd231pd xmm0, xmm1, [bx]
vfnmadd231pd ymm7, ymm0, ymm1
vfnmadd231pd ymm0, ymm0, ymm1
vfnmadd231pd ymm1, ymm0, ymm1
vfnmadd231pd ymm7, ymm1, ymm1
vfnmadd231pd ymm7, ymm4, ymm1
vfnmadd231pd ymm7, ymm0, ymm4
vfnmadd231pd ymm7, ymm0, yword [bx]
vfnmadd231pd ymm7, ymm0, yword [di+0x10]
vfnmadd231pd ymm7, ymm0, yword [bp+0x8]
vfnmadd231pd ymm7, ymm0, yword [bp]
vfnmadd231pd ymm7, ymm0, yword [0x1234]
vfnmadd231pd ymm7, ymm0, [bx]
vfnmadd231ss xmm0, xmm1, xmm4
vfnmadd231ss xmm1, xmm1, xmm4
vfnmadd231ss xmm4, xmm1, xmm4
vfnmadd231ss xmm0, xmm4, xmm4
vfnmadd231ss xmm0, xmm7, xmm4
vfnmadd231ss xmm0, xmm1, xmm7
vfnmadd231ss xmm0, xmm1, dword [bx]
vfnmadd231ss xmm0, xmm1, dword [si]
vfnmadd231ss xmm0, xmm1, dword [di+0x10]
vfnmadd231ss xmm0, xmm1, dword [bp+0x8]
vfnmadd231ss xmm0, xmm1, dword [bp]
vfnmadd231ss xmm0, xmm1, [bx]
vfnmadd231sd xmm7, xmm0, xmm1
vfnmadd231sd xmm0, xmm0, xmm1
vfnmadd231sd xmm1, xmm0, xmm1
vfnmadd231sd xmm7, xmm1, xmm1
vfnmadd231sd xmm7, xmm4, xmm1
vfnmadd231sd xmm7, xmm0, xmm4
vfnmadd231sd xmm7, xmm0, qword [bx]
vfnmadd231sd xmm7, xmm0, qword [es:bx+si]
vfnmadd231sd xmm7, xmm0, qword [cs:di]
vfnmadd231sd xmm7, xmm0, qword [ss:bp+0x4]
vfnmadd231sd xmm7, xmm0, qword [fs:0x20]
vfnmadd231sd xmm7, xmm0, [bx]
vfnmsub231ps xmm0, xmm1, xmm4
vfnmsub231ps xmm1, xmm1, xmm4
vfnmsub231ps xmm4, xmm1, xmm4
vfnmsub231ps xmm0, xmm4, xmm4
vfnmsub231ps xmm0, xmm7, xmm4
vfnmsub231ps xmm0, xmm1, xmm7
vfnmsub231ps xmm0, xmm1, oword [bx]
vfnmsub231ps xmm0, xmm1, oword [bp]
vfnmsub231ps xmm0, xmm1, oword [0x1234]
vfnmsub231ps xmm0, xmm1, oword [bx+0x80]
vfnmsub231ps xmm0, xmm1, oword [si-0x2]
vfnmsub231ps xmm0, xmm1, [bx]
vfnmsub231ps ymm7, ymm0, ymm1
vfnmsub231ps ymm0, ymm0, ymm1
vfnmsub231ps ymm1, ymm0, ymm1
vfnmsub231ps ymm7, ymm1, ymm1
vfnmsub231ps ymm7, ymm4, ymm1
vfnmsub231ps ymm7, ymm0, ymm4
vfnmsub231ps ymm7, ymm0, yword [bx]
vfnmsub231ps ymm7, ymm0, yword [fs:0x20]
vfnmsub231ps ymm7, ymm0, yword [gs:bx+0x12]
vfnmsub231ps ymm7, ymm0, yword [bx+0x7f]
vfnmsub231ps ymm7, ymm0, yword [eax]
vfnmsub231ps ymm7, ymm0, [bx]
vfnmsub231pd xmm4, xmm7, xmm0
vfnmsub231pd xmm7, xmm7, xmm0
vfnmsub231pd xmm0, xmm7, xmm0
vfnmsub231pd xmm4, xmm0, xmm0
vfnmsub231pd xmm4, xmm1, xmm0
vfnmsub231pd xmm4, xmm7, xmm1
vfnmsub231pd xmm4, xmm7, oword [bx]
vfnmsub231pd xmm4, xmm7, oword [edi*8+0x1000]
vfnmsub231pd xmm4, xmm7, oword [ds:esi+ebx*2]
vfnmsub231pd xmm4, xmm7, oword [esp]
vfnmsub231pd xmm4, xmm7, oword [ebp]
vfnmsub231pd xmm4, xmm7, [bx]
vfnmsub231pd ymm1, ymm4, ymm7
vfnmsub231pd ymm4, ymm4, ymm7
vfnmsub231pd ymm7, ymm4, ymm7
vfnmsub231pd ymm1, ymm7, ymm7
vfnmsub231pd ymm1, ymm0, ymm7
vfnmsub231pd ymm1, ymm4, ymm0
vfnmsub231pd ymm1, ymm4, yword [bx]
vfnmsub231pd ymm1, ymm4, yword [bp+si+0x1234]
vfnmsub231pd ymm1, ymm4, yword [si]
vfnmsub231pd ymm1, ymm4, yword [di+0x10]
vfnmsub231pd ymm1, ymm4, yword [bp+0x8]
vfnmsub231pd ymm1, ymm4, [bx]
vfnmsub231ss xmm4, xmm7, xmm0
vfnmsub231ss xmm7, xmm7, xmm0
vfnmsub231ss xmm0, xmm7, xmm0
vfnmsub231ss xmm4, xmm0, xmm0
vfnmsub231ss xmm4, xmm1, xmm0
vfnmsub231ss xmm4, xmm7, xmm1
vfnmsub231ss xmm4, xmm7, dword [bx]
vfnmsub231ss xmm4, xmm7, dword [bx+di-0x80]
vfnmsub231ss xmm4, xmm7, dword [bp+si+0x1234]
vfnmsub231ss xmm4, xmm7, dword [si]
vfnmsub231ss xmm4, xmm7, dword [di+0x10]
vfnmsub231ss xmm4, xmm7, [bx]
vfnmsub231sd xmm1, xmm4, xmm7
vfnmsub231sd xmm4, xmm4, xmm7
vfnmsub231sd xmm7, xmm4, xmm7
vfnmsub231sd xmm1, xmm7, xmm7
vfnmsub231sd xmm1, xmm0, xmm7
vfnmsub231sd xmm1, xmm4, xmm0
vfnmsub231sd xmm1, xmm4, qword [bx]
vfnmsub231sd xmm1, xmm4, qword [bx+0x80]
vfnmsub231sd xmm1, xmm4, qword [si-0x2]
vfnmsub231sd xmm1, xmm4, qword [es:bx+si]
vfnmsub231sd xmm1, xmm4, qword [cs:di]
vfnmsub231sd xmm1, xmm4, [bx]
sha1nexte xmm0, xmm1
sha1nexte xmm1, xmm1
sha1nexte xmm4, xmm1
sha1nexte xmm0, xmm4
sha1nexte xmm0, oword [bx]
sha1nexte xmm0, oword [bx+0x80]
sha1nexte xmm0, oword [si-0x2]
sha1nexte xmm0, oword [es:bx+si]
sha1nexte xmm0, oword [cs:di]
sha1nexte xmm0, [bx]
sha1msg1 xmm1, xmm4
sha1msg1 xmm4, xmm4
sha1msg1 xmm7, xmm4
sha1msg1 xmm1, xmm7
sha1msg1 xmm1, oword [bx]
sha1msg1 xmm1, oword [di+0x10]
sha1msg1 xmm1, oword [bp+0x8]
sha1msg1 xmm1, oword [bp]
sha1msg1 xmm1, oword [0x1234]
sha1msg1 xmm1, [bx]
sha1msg2 xmm0, xmm1
sha1msg2 xmm1, xmm1
sha1msg2 xmm4, xmm1
sha1msg2 xmm0, xmm4
sha1msg2 xmm0, oword [bx]
sha1msg2 xmm0, oword [cs:di]
sha1msg2 xmm0, oword [ss:bp+0x4]
sha1msg2 xmm0, oword [fs:0x20]
sha1msg2 xmm0, oword [gs:bx+0x12]
sha1msg2 xmm0, [bx]
sha256rnds2 xmm1, xmm4
sha256rnds2 xmm4, xmm4
sha256rnds2 xmm7, xmm4
sha256rnds2 xmm1, xmm7
sha256rnds2 xmm1, oword [bx]
sha256rnds2 xmm1, oword [0x1234]
sha256rnds2 xmm1, oword [bx+0x80]
sha256rnds2 xmm1, oword [si-0x2]
sha256rnds2 xmm1, oword [es:bx+si]
sha256rnds2 xmm1, [bx]
sha256msg1 xmm4, xmm7
sha256msg1 xmm7, xmm7
sha256msg1 xmm0, xmm7
sha256msg1 xmm4, xmm0
sha256msg1 xmm4, oword [bx]
sha256msg1 xmm4, oword [si]
sha256msg1 xmm4, oword [di+0x10]
sha256msg1 xmm4, oword [bp+0x8]
sha256msg1 xmm4, oword [bp]
sha256msg1 xmm4, [bx]
sha256msg2 xmm7, xmm0
sha256msg2 xmm0, xmm0
sha256msg2 xmm1, xmm0
sha256msg2 xmm7, xmm1
sha256msg2 xmm7, oword [bx]
sha256msg2 xmm7, oword [bx+si]
sha256msg2 xmm7, oword [bp+di+0x7f]
sha256msg2 xmm7, oword [bx+di-0x80]
sha256msg2 xmm7, oword [bp+si+0x1234]
sha256msg2 xmm7, [bx]
gf2p8mulb xmm0, xmm1
gf2p8mulb xmm1, xmm1
gf2p8mulb xmm4, xmm1
gf2p8mulb xmm0, xmm4
gf2p8mulb xmm0, oword [bx]
gf2p8mulb xmm0, oword [edi*8+0x1000]
gf2p8mulb xmm0, oword [ds:esi+ebx*2]
gf2p8mulb xmm0, oword [esp]
gf2p8mulb xmm0, oword [ebp]
gf2p8mulb xmm0, [bx]
vgf2p8mulb xmm7, xmm0, xmm1
vgf2p8mulb xmm0, xmm0, xmm1
vgf2p8mulb xmm1, xmm0, xmm1
vgf2p8mulb xmm7, xmm1, xmm1
vgf2p8mulb xmm7, xmm4, xmm1
vgf2p8mulb xmm7, xmm0, xmm4
vgf2p8mulb xmm7, xmm0, oword [bx]
vgf2p8mulb xmm7, xmm0, oword [bp+si+0x1234]
vgf2p8mulb xmm7, xmm0, oword [si]
vgf2p8mulb xmm7, xmm0, oword [di+0x10]
vgf2p8mulb xmm7, xmm0, oword [bp+0x8]
vgf2p8mulb xmm7, xmm0, [bx]
vgf2p8mulb ymm4, ymm7, ymm0
vgf2p8mulb ymm7, ymm7, ymm0
vgf2p8mulb ymm0, ymm7, ymm0
vgf2p8mulb ymm4, ymm0, ymm0
vgf2p8mulb ymm4, ymm1, ymm0
vgf2p8mulb ymm4, ymm7, ymm1
vgf2p8mulb ymm4, ymm7, yword [bx]
vgf2p8mulb ymm4, ymm7, yword [si-0x2]
vgf2p8mulb ymm4, ymm7, yword [es:bx+si]
vgf2p8mulb ymm4, ymm7, yword [cs:di]
vgf2p8mulb ymm4, ymm7, yword [ss:bp+0x4]
vgf2p8mulb ymm4, ymm7, [bx]
aesimc xmm4, xmm7
aesimc xmm7, xmm7
aesimc xmm0, xmm7
aesimc xmm4, xmm0
aesimc xmm4, oword [bx]
aesimc xmm4, oword [ss:bp+0x4]
aesimc xmm4, oword [fs:0x20]
aesimc xmm4, oword [gs:bx+0x12]
aesimc xmm4, oword [bx+0x7f]
aesimc xmm4, [bx]
vaesimc xmm1, xmm4
vaesimc xmm4, xmm4
vaesimc xmm7, xmm4
vaesimc xmm1, xmm7
vaesimc xmm1, oword [bx]
vaesimc xmm1, oword [ebp-0x81]
vaesimc xmm1, oword [edi*8+0x1000]
vaesimc xmm1, oword [ds:esi+ebx*2]
vaesimc xmm1, oword [esp]
vaesimc xmm1, [bx]
aesenc xmm0, xmm1
aesenc xmm1, xmm1
aesenc xmm4, xmm1
aesenc xmm0, xmm4
aesenc xmm0, oword [bx]
aesenc xmm0, oword [bx+di-0x80]
aesenc xmm0, oword [bp+si+0x1234]
aesenc xmm0, oword [si]
aesenc xmm0, oword [di+0x10]
aesenc xmm0, [bx]
vaesenc xmm7, xmm0, xmm1
vaesenc xmm0, xmm0, xmm1
vaesenc xmm1, xmm0, xmm1
vaesenc xmm7, xmm1, xmm1
vaesenc xmm7, xmm4, xmm1
vaesenc xmm7, xmm0, xmm4
vaesenc xmm7, xmm0, oword [bx]
vaesenc xmm7, xmm0, oword [bx+0x80]
vaesenc xmm7, xmm0, oword [si-0x2]
vaesenc xmm7, xmm0, oword [es:bx+si]
vaesenc xmm7, xmm0, oword [cs:di]
vaesenc xmm7, xmm0, [bx]
vaesenc ymm4, ymm7, ymm0
vaesenc ymm7, ymm7, ymm0
vaesenc ymm0, ymm7, ymm0
vaesenc ymm4, ymm0, ymm0
vaesenc ymm4, ymm1, ymm0
vaesenc ymm4, ymm7, ymm1
vaesenc ymm4, ymm7, yword [bx]
vaesenc ymm4, ymm7, yword [bx+0x7f]
vaesenc ymm4, ymm7, yword [eax]
vaesenc ymm4, ymm7, yword [ebx+ecx*4+0x10]
vaesenc ymm4, ymm7, yword [esp+0x8]
vaesenc ymm4, ymm7, [bx]
aesenclast xmm4, xmm7
aesenclast xmm7, xmm7
aesenclast xmm0, xmm7
aesenclast xmm4, xmm0
aesenclast xmm4, oword [bx]
aesenclast xmm4, oword [esp+0x8]
aesenclast xmm4, oword [ebp-0x81]
aesenclast xmm4, oword [edi*8+0x1000]
aesenclast xmm4, oword [ds:esi+ebx*2]
aesenclast xmm4, [bx]
vaesenclast xmm1, xmm4, xmm7
vaesenclast xmm4, xmm4, xmm7
vaesenclast xmm7, xmm4, xmm7
vaesenclast xmm1, xmm7, xmm7
vaesenclast xmm1, xmm0, xmm7
vaesenclast xmm1, xmm4, xmm0
vaesenclast xmm1, xmm4, oword [bx]
vaesenclast xmm1, xmm4, oword [bp+di+0x7f]
vaesenclast xmm1, xmm4, oword [bx+di-0x80]
vaesenclast xmm1, xmm4, oword [bp+si+0x1234]
vaesenclast xmm1, xmm4, oword [si]
vaesenclast xmm1, xmm4, [bx]
vaesenclast ymm0, ymm1, ymm4
vaesenclast ymm1, ymm1, ymm4
vaesenclast ymm4, ymm1, ymm4
vaesenclast ymm0, ymm4, ymm4
vaesenclast ymm0, ymm7, ymm4
vaesenclast ymm0, ymm1, ymm7
vaesenclast ymm0, ymm1, yword [bx]
vaesenclast ymm0, ymm1, yword [0x1234]
vaesenclast ymm0, ymm1, yword [bx+0x80]
vaesenclast ymm0, ymm1, yword [si-0x2]
vaesenclast ymm0, ymm1, yword [es:bx+si]
vaesenclast ymm0, ymm1, [bx]
aesdec xmm0, xmm1
aesdec xmm1, xmm1
aesdec xmm4, xmm1
aesdec xmm0, xmm4
aesdec xmm0, oword [bx]
aesdec xmm0, oword [es:bx+si]
aesdec xmm0, oword [cs:di]
aesdec xmm0, oword [ss:bp+0x4]
aesdec xmm0, oword [fs:0x20]
aesdec xmm0, [bx]
vaesdec xmm7, xmm0, xmm1
vaesdec xmm0, xmm0, xmm1
vaesdec xmm1, xmm0, xmm1
vaesdec xmm7, xmm1, xmm1
vaesdec xmm7, xmm4, xmm1
vaesdec xmm7, xmm0, xmm4
vaesdec xmm7, xmm0, oword [bx]
vaesdec xmm7, xmm0, oword [ebx+ecx*4+0x10]
vaesdec xmm7, xmm0, oword [esp+0x8]
vaesdec xmm7, xmm0, oword [ebp-0x81]
vaesdec xmm7, xmm0, oword [edi*8+0x1000]
vaesdec xmm7, xmm0, [bx]
vaesdec ymm4, ymm7, ymm0
vaesdec ymm7, ymm7, ymm0
vaesdec ymm0, ymm7, ymm0
vaesdec ymm4, ymm0, ymm0
vaesdec ymm4, ymm1, ymm0
vaesdec ymm4, ymm7, ymm1
vaesdec ymm4, ymm7, yword [bx]
vaesdec ymm4, ymm7, yword [bx+si]
vaesdec ymm4, ymm7, yword [bp+di+0x7f]
vaesdec ymm4, ymm7, yword [bx+di-0x80]
vaesdec ymm4, ymm7, yword [bp+si+0x1234]
vaesdec ymm4, ymm7, [bx]
aesdeclast xmm4, xmm7
aesdeclast xmm7, xmm7
aesdeclast xmm0, xmm7
aesdeclast xmm4, xmm0
aesdeclast xmm4, oword [bx]
aesdeclast xmm4, oword [bp+si+0x1234]
aesdeclast xmm4, oword [si]
aesdeclast xmm4, oword [di+0x10]
aesdeclast xmm4, oword [bp+0x8]
aesdeclast xmm4, [bx]
vaesdeclast xmm1, xmm4, xmm7
vaesdeclast xmm4, xmm4, xmm7
vaesdeclast xmm7, xmm4, xmm7
vaesdeclast xmm1, xmm7, xmm7
vaesdeclast xmm1, xmm0, xmm7
vaesdeclast xmm1, xmm4, xmm0
vaesdeclast xmm1, xmm4, oword [bx]
vaesdeclast xmm1, xmm4, oword [si-0x2]
vaesdeclast xmm1, xmm4, oword [es:bx+si]
vaesdeclast xmm1, xmm4, oword [cs:di]
vaesdeclast xmm1, xmm4, oword [ss:bp+0x4]
vaesdeclast xmm1, xmm4, [bx]
vaesdeclast ymm0, ymm1, ymm4
vaesdeclast ymm1, ymm1, ymm4
vaesdeclast ymm4, ymm1, ymm4
vaesdeclast ymm0, ymm4, ymm4
vaesdeclast ymm0, ymm7, ymm4
vaesdeclast ymm0, ymm1, ymm7
vaesdeclast ymm0, ymm1, yword [bx]
vaesdeclast ymm0, ymm1, yword [eax]
vaesdeclast ymm0, ymm1, yword [ebx+ecx*4+0x10]
vaesdeclast ymm0, ymm1, yword [esp+0x8]
vaesdeclast ymm0, ymm1, yword [ebp-0x81]
vaesdeclast ymm0, ymm1, [bx]
movbe sp, word [bx]
movbe bp, word [bx]
movbe si, word [bx]
movbe sp, word [ebp-0x81]
movbe sp, word [edi*8+0x1000]
movbe sp, word [ds:esi+ebx*2]
movbe sp, word [esp]
movbe sp, [bx]
movbe ebx, dword [bx]
movbe esp, dword [bx]
movbe ebp, dword [bx]
movbe ebx, dword [bx+di-0x80]
movbe ebx, dword [bp+si+0x1234]
movbe ebx, dword [si]
movbe ebx, dword [di+0x10]
movbe ebx, [bx]
o32 movbe ebx, dword [bx]
crc32 ecx, dh
crc32 edx, dh
crc32 ebx, dh
crc32 ecx, bh
crc32 ecx, byte [bx]
crc32 ecx, byte [bx+0x7f]
crc32 ecx, byte [eax]
crc32 ecx, byte [ebx+ecx*4+0x10]
crc32 ecx, byte [esp+0x8]
movbe word [bx], ax
movbe word [di+0x10], ax
movbe word [bp+0x8], ax
movbe word [bp], ax
movbe word [0x1234], ax
movbe [bx], ax
movbe word [bx], cx
movbe word [bx], dx
movbe dword [bx], edi
movbe dword [cs:di], edi
movbe dword [ss:bp+0x4], edi
movbe dword [fs:0x20], edi
movbe dword [gs:bx+0x12], edi
movbe [bx], edi
movbe dword [bx], eax
movbe dword [bx], ecx
o32 movbe dword [bx], edi
crc32 esp, bp
crc32 ebp, bp
crc32 esi, bp
crc32 esp, si
crc32 esp, word [bx]
crc32 esp, word [bp+di+0x7f]
crc32 esp, word [bx+di-0x80]
crc32 esp, word [bp+si+0x1234]
crc32 esp, word [si]
crc32 ebx, esp
crc32 esp, esp
crc32 ebp, esp
crc32 ebx, ebp
crc32 ebx, dword [bx]
crc32 ebx, dword [0x1234]
crc32 ebx, dword [bx+0x80]
crc32 ebx, dword [si-0x2]
crc32 ebx, dword [es:bx+si]
o32 crc32 ebx, esp
andn ecx, edx, ebx
andn edx, edx, ebx
andn ebx, edx, ebx
andn ecx, ebx, ebx
andn ecx, esp, ebx
andn ecx, edx, esp
andn ecx, edx, dword [bx]
andn ecx, edx, dword [ds:esi+ebx*2]
andn ecx, edx, dword [esp]
andn ecx, edx, dword [ebp]
andn ecx, edx, dword [bx+si]
andn ecx, edx, [bx]
blsr edi, eax
blsr eax, eax
blsr ecx, eax
blsr edi, ecx
blsr edi, dword [bx]
blsr edi, dword [es:bx+si]
blsr edi, dword [cs:di]
blsr edi, dword [ss:bp+0x4]
blsr edi, dword [fs:0x20]
blsr edi, [bx]
blsmsk ebp, esi
blsmsk esi, esi
blsmsk edi, esi
blsmsk ebp, edi
blsmsk ebp, dword [bx]
blsmsk ebp, dword [bx+si]
blsmsk ebp, dword [bp+di+0x7f]
blsmsk ebp, dword [bx+di-0x80]
blsmsk ebp, dword [bp+si+0x1234]
blsmsk ebp, [bx]
blsi ebx, esp
blsi esp, esp
blsi ebp, esp
blsi ebx, ebp
blsi ebx, dword [bx]
blsi ebx, dword [fs:0x20]
blsi ebx, dword [gs:bx+0x12]
blsi ebx, dword [bx+0x7f]
blsi ebx, dword [eax]
blsi ebx, [bx]
bzhi ecx, edx, ebx
bzhi edx, edx, ebx
bzhi ebx, edx, ebx
bzhi ecx, ebx, ebx
bzhi ecx, dword [bx], ebx
bzhi ecx, dword [bp+si+0x1234], ebx
bzhi ecx, dword [si], ebx
bzhi ecx, dword [di+0x10], ebx
bzhi ecx, dword [bp+0x8], ebx
bzhi ecx, [bx], ebx
bzhi ecx, edx, esp
bzhi ecx, edx, ebp
wrussd dword [bx], eax
wrussd dword [eax], eax
wrussd dword [ebx+ecx*4+0x10], eax
wrussd dword [esp+0x8], eax
wrussd dword [ebp-0x81], eax
wrussd [bx], eax
wrussd dword [bx], ecx
wrussd dword [bx], edx
pext ebp, esi, edi
pext esi, esi, edi
pext edi, esi, edi
pext ebp, edi, edi
pext ebp, eax, edi
pext ebp, esi, eax
pext ebp, esi, dword [bx]
pext ebp, esi, dword [bp+0x8]
pext ebp, esi, dword [bp]
pext ebp, esi, dword [0x1234]
pext ebp, esi, dword [bx+0x80]
pext ebp, esi, [bx]
pdep ebx, esp, ebp
pdep esp, esp, ebp
pdep ebp, esp, ebp
pdep ebx, ebp, ebp
pdep ebx, esi, ebp
pdep ebx, esp, esi
pdep ebx, esp, dword [bx]
pdep ebx, esp, dword [ebp-0x81]
pdep ebx, esp, dword [edi*8+0x1000]
pdep ebx, esp, dword [ds:esi+ebx*2]
pdep ebx, esp, dword [esp]
pdep ebx, esp, [bx]
adcx edi, eax
adcx eax, eax
adcx ecx, eax
adcx edi, ecx
adcx edi, dword [bx]
adcx edi, dword [esp]
adcx edi, dword [ebp]
adcx edi, dword [bx+si]
adcx edi, dword [bp+di+0x7f]
adcx edi, [bx]
adox ebp, esi
adox esi, esi
adox edi, esi
adox ebp, edi
adox ebp, dword [bx]
adox ebp, dword [cs:di]
adox ebp, dword [ss:bp+0x4]
adox ebp, dword [fs:0x20]
adox ebp, dword [gs:bx+0x12]
adox ebp, [bx]
mulx ebx, esp, ebp
mulx esp, esp, ebp
mulx ebp, esp, ebp
mulx ebx, ebp, ebp
mulx ebx, esi, ebp
mulx ebx, esp, esi
mulx ebx, esp, dword [bx]
mulx ebx, esp, dword [bp+di+0x7f]
mulx ebx, esp, dword [bx+di-0x80]
mulx ebx, esp, dword [bp+si+0x1234]
mulx ebx, esp, dword [si]
mulx ebx, esp, [bx]
bextr ecx, edx, ebx
bextr edx, edx, ebx
bextr ebx, edx, ebx
bextr ecx, ebx, ebx
bextr ecx, dword [bx], ebx
bextr ecx, dword [gs:bx+0x12], ebx
bextr ecx, dword [bx+0x7f], ebx
bextr ecx, dword [eax], ebx
bextr ecx, dword [ebx+ecx*4+0x10], ebx
bextr ecx, [bx], ebx
bextr ecx, edx, esp
bextr ecx, edx, ebp
shlx edi, eax, ecx
shlx eax, eax, ecx
shlx ecx, eax, ecx
shlx edi, ecx, ecx
shlx edi, dword [bx], ecx
shlx edi, dword [si], ecx
shlx edi, dword [di+0x10], ecx
shlx edi, dword [bp+0x8], ecx
shlx edi, dword [bp], ecx
shlx edi, [bx], ecx
shlx edi, eax, edx
shlx edi, eax, ebx
sarx ebp, esi, edi
sarx esi, esi, edi
sarx edi, esi, edi
sarx ebp, edi, edi
sarx ebp, dword [bx], edi
sarx ebp, dword [ebx+ecx*4+0x10], edi
sarx ebp, dword [esp+0x8], edi
sarx ebp, dword [ebp-0x81], edi
sarx ebp, dword [edi*8+0x1000], edi
sarx ebp, [bx], edi
sarx ebp, esi, eax
sarx ebp, esi, ecx
shrx ebx, esp, ebp
shrx esp, esp, ebp
shrx ebp, esp, ebp
shrx ebx, ebp, ebp
shrx ebx, dword [bx], ebp
shrx ebx, dword [bp], ebp
shrx ebx, dword [0x1234], ebp
shrx ebx, dword [bx+0x80], ebp
shrx ebx, dword [si-0x2], ebp
shrx ebx, [bx], ebp
shrx ebx, esp, esi
shrx ebx, esp, edi
movdir64b cx, [bx]
movdir64b dx, [bx]
movdir64b bx, [bx]
movdir64b cx, [ss:bp+0x4]
movdir64b cx, [fs:0x20]
movdir64b cx, [gs:bx+0x12]
movdir64b cx, [bx+0x7f]
movdir64b eax, [eax]
movdir64b ecx, [eax]
movdir64b edx, [eax]
movdir64b eax, [ebx+ecx*4+0x10]
movdir64b eax, [esp+0x8]
movdir64b eax, [ebp-0x81]
movdir64b eax, [edi*8+0x1000]
a32 movdir64b eax, [eax]
movdiri dword [bx], ecx
movdiri dword [bx+0x80], ecx
movdiri dword [si-0x2], ecx
movdiri dword [es:bx+si], ecx
movdiri dword [cs:di], ecx
movdiri [bx], ecx
movdiri dword [bx], edx
movdiri dword [bx], ebx
vpermq ymm4, ymm7, 0x12
vpermq ymm7, ymm7, 0x12
vpermq ymm0, ymm7, 0x12
vpermq ymm4, ymm0, 0x12
vpermq ymm4, yword [bx], 0x12
vpermq ymm4, yword [esp], 0x12
vpermq ymm4, yword [ebp], 0x12
vpermq ymm4, yword [bx+si], 0x12
vpermq ymm4, yword [bp+di+0x7f], 0x12
vpermq ymm4, [bx], 0x12
vpermq ymm4, ymm7, 0xf0
vpermpd ymm7, ymm0, 0x12
vpermpd ymm0, ymm0, 0x12
vpermpd ymm1, ymm0, 0x12
vpermpd ymm7, ymm1, 0x12
vpermpd ymm7, yword [bx], 0x12
vpermpd ymm7, yword [esp+0x8], 0x12
vpermpd ymm7, yword [ebp-0x81], 0x12
vpermpd ymm7, yword [edi*8+0x1000], 0x12
vpermpd ymm7, yword [ds:esi+ebx*2], 0x12
vpermpd ymm7, [bx], 0x12
vpermpd ymm7, ymm0, 0xf0
vpblendd xmm0, xmm1, xmm4, 0x12
vpblendd xmm1, xmm1, xmm4, 0x12
vpblendd xmm4, xmm1, xmm4, 0x12
vpblendd xmm0, xmm4, xmm4, 0x12
vpblendd xmm0, xmm7, xmm4, 0x12
vpblendd xmm0, xmm1, xmm7, 0x12
vpblendd xmm0, xmm1, oword [bx], 0x12
vpblendd xmm0, xmm1, oword [gs:bx+0x12], 0x12
vpblendd xmm0, xmm1, oword [bx+0x7f], 0x12
vpblendd xmm0, xmm1, oword [eax], 0x12
vpblendd xmm0, xmm1, oword [ebx+ecx*4+0x10], 0x12
vpblendd xmm0, xmm1, [bx], 0x12
vpblendd xmm0, xmm1, xmm4, 0xf0
vpblendd ymm7, ymm0, ymm1, 0x12
vpblendd ymm0, ymm0, ymm1, 0x12
vpblendd ymm1, ymm0, ymm1, 0x12
vpblendd ymm7, ymm1, ymm1, 0x12
vpblendd ymm7, ymm4, ymm1, 0x12
vpblendd ymm7, ymm0, ymm4, 0x12
vpblendd ymm7, ymm0, yword [bx], 0x12
vpblendd ymm7, ymm0, yword [ds:esi+ebx*2], 0x12
vpblendd ymm7, ymm0, yword [esp], 0x12
vpblendd ymm7, ymm0, yword [ebp], 0x12
vpblendd ymm7, ymm0, yword [bx+si], 0x12
vpblendd ymm7, ymm0, [bx], 0x12
vpblendd ymm7, ymm0, ymm1, 0xf0
vpermilps xmm0, xmm1, 0x12
vpermilps xmm1, xmm1, 0x12
vpermilps xmm4, xmm1, 0x12
vpermilps xmm0, xmm4, 0x12
vpermilps xmm0, oword [bx], 0x12
vpermilps xmm0, oword [edi*8+0x1000], 0x12
vpermilps xmm0, oword [ds:esi+ebx*2], 0x12
vpermilps xmm0, oword [esp], 0x12
vpermilps xmm0, oword [ebp], 0x12
vpermilps xmm0, [bx], 0x12
vpermilps xmm0, xmm1, 0xf0
vpermilps ymm7, ymm0, 0x12
vpermilps ymm0, ymm0, 0x12
vpermilps ymm1, ymm0, 0x12
vpermilps ymm7, ymm1, 0x12
vpermilps ymm7, yword [bx], 0x12
vpermilps ymm7, yword [bp+si+0x1234], 0x12
vpermilps ymm7, yword [si], 0x12
vpermilps ymm7, yword [di+0x10], 0x12
vpermilps ymm7, yword [bp+0x8], 0x12
vpermilps ymm7, [bx], 0x12
vpermilps ymm7, ymm0, 0xf0
vpermilpd xmm7, xmm0, 0x12
vpermilpd xmm0, xmm0, 0x12
vpermilpd xmm1, xmm0, 0x12
vpermilpd xmm7, xmm1, 0x12
vpermilpd xmm7, oword [bx], 0x12
vpermilpd xmm7, oword [bp+0x8], 0x12
vpermilpd xmm7, oword [bp], 0x12
vpermilpd xmm7, oword [0x1234], 0x12
vpermilpd xmm7, oword [bx+0x80], 0x12
vpermilpd xmm7, [bx], 0x12
vpermilpd xmm7, xmm0, 0xf0
vpermilpd ymm4, ymm7, 0x12
vpermilpd ymm7, ymm7, 0x12
vpermilpd ymm0, ymm7, 0x12
vpermilpd ymm4, ymm0, 0x12
vpermilpd ymm4, yword [bx], 0x12
vpermilpd ymm4, yword [ss:bp+0x4], 0x12
vpermilpd ymm4, yword [fs:0x20], 0x12
vpermilpd ymm4, yword [gs:bx+0x12], 0x12
vpermilpd ymm4, yword [bx+0x7f], 0x12
vpermilpd ymm4, [bx], 0x12
vpermilpd ymm4, ymm7, 0xf0
vperm2f128 ymm4, ymm7, ymm0, 0x12
vperm2f128 ymm7, ymm7, ymm0, 0x12
vperm2f128 ymm0, ymm7, ymm0, 0x12
vperm2f128 ymm4, ymm0, ymm0, 0x12
vperm2f128 ymm4, ymm1, ymm0, 0x12
vperm2f128 ymm4, ymm7, ymm1, 0x12
vperm2f128 ymm4, ymm7, yword [bx], 0x12
vperm2f128 ymm4, ymm7, yword [bx+0x7f], 0x12
vperm2f128 ymm4, ymm7, yword [eax], 0x12
vperm2f128 ymm4, ymm7, yword [ebx+ecx*4+0x10], 0x12
vperm2f128 ymm4, ymm7, yword [esp+0x8], 0x12
vperm2f128 ymm4, ymm7, [bx], 0x12
vperm2f128 ymm4, ymm7, ymm0, 0xf0
roundps xmm1, xmm4, 0x12
roundps xmm4, xmm4, 0x12
roundps xmm7, xmm4, 0x12
roundps xmm1, xmm7, 0x12
roundps xmm1, oword [bx], 0x12
roundps xmm1, oword [esp], 0x12
roundps xmm1, oword [ebp], 0x12
roundps xmm1, oword [bx+si], 0x12
roundps xmm1, oword [bp+di+0x7f], 0x12
roundps xmm1, [bx], 0x12
roundps xmm1, xmm4, 0xf0
vroundps xmm0, xmm1, 0x12
vroundps xmm1, xmm1, 0x12
vroundps xmm4, xmm1, 0x12
vroundps xmm0, xmm4, 0x12
vroundps xmm0, oword [bx], 0x12
vroundps xmm0, oword [di+0x10], 0x12
vroundps xmm0, oword [bp+0x8], 0x12
vroundps xmm0, oword [bp], 0x12
vroundps xmm0, oword [0x1234], 0x12
vroundps xmm0, [bx], 0x12
vroundps xmm0, xmm1, 0xf0
vroundps ymm7, ymm0, 0x12
vroundps ymm0, ymm0, 0x12
vroundps ymm1, ymm0, 0x12
vroundps ymm7, ymm1, 0x12
vroundps ymm7, yword [bx], 0x12
vroundps ymm7, yword [cs:di], 0x12
vroundps ymm7, yword [ss:bp+0x4], 0x12
vroundps ymm7, yword [fs:0x20], 0x12
vroundps ymm7, yword [gs:bx+0x12], 0x12
vroundps ymm7, [bx], 0x12
vroundps ymm7, ymm0, 0xf0
roundpd xmm7, xmm0, 0x12
roundpd xmm0, xmm0, 0x12
roundpd xmm1, xmm0, 0x12
roundpd xmm7, xmm1, 0x12
roundpd xmm7, oword [bx], 0x12
roundpd xmm7, oword [gs:bx+0x12], 0x12
roundpd xmm7, oword [bx+0x7f], 0x12
roundpd xmm7, oword [eax], 0x12
roundpd xmm7, oword [ebx+ecx*4+0x10], 0x12
roundpd xmm7, [bx], 0x12
roundpd xmm7, xmm0, 0xf0
vroundpd xmm4, xmm7, 0x12
vroundpd xmm7, xmm7, 0x12
vroundpd xmm0, xmm7, 0x12
vroundpd xmm4, xmm0, 0x12
vroundpd xmm4, oword [bx], 0x12
vroundpd xmm4, oword [ds:esi+ebx*2], 0x12
vroundpd xmm4, oword [esp], 0x12
vroundpd xmm4, oword [ebp], 0x12
vroundpd xmm4, oword [bx+si], 0x12
vroundpd xmm4, [bx], 0x12
vroundpd xmm4, xmm7, 0xf0
vroundpd ymm1, ymm4, 0x12
vroundpd ymm4, ymm4, 0x12
vroundpd ymm7, ymm4, 0x12
vroundpd ymm1, ymm7, 0x12
vroundpd ymm1, yword [bx], 0x12
vroundpd ymm1, yword [si], 0x12
vroundpd ymm1, yword [di+0x10], 0x12
vroundpd ymm1, yword [bp+0x8], 0x12
vroundpd ymm1, yword [bp], 0x12
vroundpd ymm1, [bx], 0x12
vroundpd ymm1, ymm4, 0xf0
roundss xmm1, xmm4, 0x12
roundss xmm4, xmm4, 0x12
roundss xmm7, xmm4, 0x12
roundss xmm1, xmm7, 0x12
roundss xmm1, dword [bx], 0x12
roundss xmm1, dword [bp], 0x12
roundss xmm1, dword [0x1234], 0x12
roundss xmm1, dword [bx+0x80], 0x12
roundss xmm1, dword [si-0x2], 0x12
roundss xmm1, [bx], 0x12
roundss xmm1, xmm4, 0xf0
vroundss xmm0, xmm1, xmm4, 0x12
vroundss xmm1, xmm1, xmm4, 0x12
vroundss xmm4, xmm1, xmm4, 0x12
vroundss xmm0, xmm4, xmm4, 0x12
vroundss xmm0, xmm7, xmm4, 0x12
vroundss xmm0, xmm1, xmm7, 0x12
vroundss xmm0, xmm1, dword [bx], 0x12
vroundss xmm0, xmm1, dword [fs:0x20], 0x12
vroundss xmm0, xmm1, dword [gs:bx+0x12], 0x12
vroundss xmm0, xmm1, dword [bx+0x7f], 0x12
vroundss xmm0, xmm1, dword [eax], 0x12
vroundss xmm0, xmm1, [bx], 0x12
vroundss xmm0, xmm1, xmm4, 0xf0
roundsd xmm4, xmm7, 0x12
roundsd xmm7, xmm7, 0x12
roundsd xmm0, xmm7, 0x12
roundsd xmm4, xmm0, 0x12
roundsd xmm4, qword [bx], 0x12
roundsd xmm4, qword [bp+si+0x1234], 0x12
roundsd xmm4, qword [si], 0x12
roundsd xmm4, qword [di+0x10], 0x12
roundsd xmm4, qword [bp+0x8], 0x12
roundsd xmm4, [bx], 0x12
roundsd xmm4, xmm7, 0xf0
vroundsd xmm1, xmm4, xmm7, 0x12
vroundsd xmm4, xmm4, xmm7, 0x12
vroundsd xmm7, xmm4, xmm7, 0x12
vroundsd xmm1, xmm7, xmm7, 0x12
vroundsd xmm1, xmm0, xmm7, 0x12
vroundsd xmm1, xmm4, xmm0, 0x12
vroundsd xmm1, xmm4, qword [bx], 0x12
vroundsd xmm1, xmm4, qword [si-0x2], 0x12
vroundsd xmm1, xmm4, qword [es:bx+si], 0x12
vroundsd xmm1, xmm4, qword [cs:di], 0x12
vroundsd xmm1, xmm4, qword [ss:bp+0x4], 0x12
vroundsd xmm1, xmm4, [bx], 0x12
vroundsd xmm1, xmm4, xmm7, 0xf0
blendps xmm7, xmm0, 0x12
blendps xmm0, xmm0, 0x12
blendps xmm1, xmm0, 0x12
blendps xmm7, xmm1, 0x12
blendps xmm7, oword [bx], 0x12
blendps xmm7, oword [ebp], 0x12
blendps xmm7, oword [bx+si], 0x12
blendps xmm7, oword [bp+di+0x7f], 0x12
blendps xmm7, oword [bx+di-0x80], 0x12
blendps xmm7, [bx], 0x12
blendps xmm7, xmm0, 0xf0
vblendps xmm4, xmm7, xmm0, 0x12
vblendps xmm7, xmm7, xmm0, 0x12
vblendps xmm0, xmm7, xmm0, 0x12
vblendps xmm4, xmm0, xmm0, 0x12
vblendps xmm4, xmm1, xmm0, 0x12
vblendps xmm4, xmm7, xmm1, 0x12
vblendps xmm4, xmm7, oword [bx], 0x12
vblendps xmm4, xmm7, oword [bp+0x8], 0x12
vblendps xmm4, xmm7, oword [bp], 0x12
vblendps xmm4, xmm7, oword [0x1234], 0x12
vblendps xmm4, xmm7, oword [bx+0x80], 0x12
vblendps xmm4, xmm7, [bx], 0x12
vblendps xmm4, xmm7, xmm0, 0xf0
vblendps ymm1, ymm4, ymm7, 0x12
vblendps ymm4, ymm4, ymm7, 0x12
vblendps ymm7, ymm4, ymm7, 0x12
vblendps ymm1, ymm7, ymm7, 0x12
vblendps ymm1, ymm0, ymm7, 0x12
vblendps ymm1, ymm4, ymm0, 0x12
vblendps ymm1, ymm4, yword [bx], 0x12
vblendps ymm1, ymm4, yword [ss:bp+0x4], 0x12
vblendps ymm1, ymm4, yword [fs:0x20], 0x12
vblendps ymm1, ymm4, yword [gs:bx+0x12], 0x12
vblendps ymm1, ymm4, yword [bx+0x7f], 0x12
vblendps ymm1, ymm4, [bx], 0x12
vblendps ymm1, ymm4, ymm7, 0xf0
blendpd xmm0, xmm1, 0x12
blendpd xmm1, xmm1, 0x12
blendpd xmm4, xmm1, 0x12
blendpd xmm0, xmm4, 0x12
blendpd xmm0, oword [bx], 0x12
blendpd xmm0, oword [ebp-0x81], 0x12
blendpd xmm0, oword [edi*8+0x1000], 0x12
blendpd xmm0, oword [ds:esi+ebx*2], 0x12
blendpd xmm0, oword [esp], 0x12
blendpd xmm0, [bx], 0x12
blendpd xmm0, xmm1, 0xf0
vblendpd xmm7, xmm0, xmm1, 0x12
vblendpd xmm0, xmm0, xmm1, 0x12
vblendpd xmm1, xmm0, xmm1, 0x12
vblendpd xmm7, xmm1, xmm1, 0x12
vblendpd xmm7, xmm4, xmm1, 0x12
vblendpd xmm7, xmm0, xmm4, 0x12
vblendpd xmm7, xmm0, oword [bx], 0x12
vblendpd xmm7, xmm0, oword [bx+di-0x80], 0x12
vblendpd xmm7, xmm0, oword [bp+si+0x1234], 0x12
vblendpd xmm7, xmm0, oword [si], 0x12
vblendpd xmm7, xmm0, oword [di+0x10], 0x12
vblendpd xmm7, xmm0, [bx], 0x12
vblendpd xmm7, xmm0, xmm1, 0xf0
vblendpd ymm4, ymm7, ymm0, 0x12
vblendpd ymm7, ymm7, ymm0, 0x12
vblendpd ymm0, ymm7, ymm0, 0x12
vblendpd ymm4, ymm0, ymm0, 0x12
vblendpd ymm4, ymm1, ymm0, 0x12
vblendpd ymm4, ymm7, ymm1, 0x12
vblendpd ymm4, ymm7, yword [bx], 0x12
vblendpd ymm4, ymm7, yword [bx+0x80], 0x12
vblendpd ymm4, ymm7, yword [si-0x2], 0x12
vblendpd ymm4, ymm7, yword [es:bx+si], 0x12
vblendpd ymm4, ymm7, yword [cs:di], 0x12
vblendpd ymm4, ymm7, [bx], 0x12
vblendpd ymm4, ymm7, ymm0, 0xf0
pblendw xmm1, xmm4, 0x12
pblendw xmm4, xmm4, 0x12
pblendw xmm7, xmm4, 0x12
pblendw xmm1, xmm7, 0x12
pblendw xmm1, oword [bx], 0x12
pblendw xmm1, oword [bx+0x7f], 0x12
pblendw xmm1, oword [eax], 0x12
pblendw xmm1, oword [ebx+ecx*4+0x10], 0x12
pblendw xmm1, oword [esp+0x8], 0x12
pblendw xmm1, [bx], 0x12
pblendw xmm1, xmm4, 0xf0
vpblendw xmm0, xmm1, xmm4, 0x12
vpblendw xmm1, xmm1, xmm4, 0x12
vpblendw xmm4, xmm1, xmm4, 0x12
vpblendw xmm0, xmm4, xmm4, 0x12
vpblendw xmm0, xmm7, xmm4, 0x12
vpblendw xmm0, xmm1, xmm7, 0x12
vpblendw xmm0, xmm1, oword [bx], 0x12
vpblendw xmm0, xmm1, oword [esp], 0x12
vpblendw xmm0, xmm1, oword [ebp], 0x12
vpblendw xmm0, xmm1, oword [bx+si], 0x12
vpblendw xmm0, xmm1, oword [bp+di+0x7f], 0x12
vpblendw xmm0, xmm1, [bx], 0x12
vpblendw xmm0, xmm1, xmm4, 0xf0
vpblendw ymm7, ymm0, ymm1, 0x12
vpblendw ymm0, ymm0, ymm1, 0x12
vpblendw ymm1, ymm0, ymm1, 0x12
vpblendw ymm7, ymm1, ymm1, 0x12
vpblendw ymm7, ymm4, ymm1, 0x12
vpblendw ymm7, ymm0, ymm4, 0x12
vpblendw ymm7, ymm0, yword [bx], 0x12
vpblendw ymm7, ymm0, yword [di+0x10], 0x12
vpblendw ymm7, ymm0, yword [bp+0x8], 0x12
vpblendw ymm7, ymm0, yword [bp], 0x12
vpblendw ymm7, ymm0, yword [0x1234], 0x12
vpblendw ymm7, ymm0, [bx], 0x12
vpblendw ymm7, ymm0, ymm1, 0xf0
palignr mm5, mm7, 0x12
palignr mm7, mm7, 0x12
palignr mm0, mm7, 0x12
palignr mm5, mm0, 0x12
palignr mm5, qword [bx], 0x12
palignr mm5, qword [cs:di], 0x12
palignr mm5, qword [ss:bp+0x4], 0x12
palignr mm5, qword [fs:0x20], 0x12
palignr mm5, qword [gs:bx+0x12], 0x12
palignr mm5, [bx], 0x12
palignr mm5, mm7, 0xf0
palignr xmm1, xmm4, 0x12
palignr xmm4, xmm4, 0x12
palignr xmm7, xmm4, 0x12
palignr xmm1, xmm7, 0x12
palignr xmm1, [bx], 0x12
palignr xmm1, xmm4, 0xf0
vpalignr xmm0, xmm1, xmm4, 0x12
vpalignr xmm1, xmm1, xmm4, 0x12
vpalignr xmm4, xmm1, xmm4, 0x12
vpalignr xmm0, xmm4, xmm4, 0x12
vpalignr xmm0, xmm7, xmm4, 0x12
vpalignr xmm0, xmm1, xmm7, 0x12
vpalignr xmm0, xmm1, oword [bx], 0x12
vpalignr xmm0, xmm1, oword [bp+di+0x7f], 0x12
vpalignr xmm0, xmm1, oword [bx+di-0x80], 0x12
vpalignr xmm0, xmm1, oword [bp+si+0x1234], 0x12
vpalignr xmm0, xmm1, oword [si], 0x12
vpalignr xmm0, xmm1, [bx], 0x12
vpalignr xmm0, xmm1, xmm4, 0xf0
vpalignr ymm7, ymm0, ymm1, 0x12
vpalignr ymm0, ymm0, ymm1, 0x12
vpalignr ymm1, ymm0, ymm1, 0x12
vpalignr ymm7, ymm1, ymm1, 0x12
vpalignr ymm7, ymm4, ymm1, 0x12
vpalignr ymm7, ymm0, ymm4, 0x12
vpalignr ymm7, ymm0, yword [bx], 0x12
vpalignr ymm7, ymm0, yword [0x1234], 0x12
vpalignr ymm7, ymm0, yword [bx+0x80], 0x12
vpalignr ymm7, ymm0, yword [si-0x2], 0x12
vpalignr ymm7, ymm0, yword [es:bx+si], 0x12
vpalignr ymm7, ymm0, [bx], 0x12
vpalignr ymm7, ymm0, ymm1, 0xf0
pextrb ebx, xmm0, 0x12
pextrb esp, xmm0, 0x12
pextrb byte [bx], xmm0, 0x12
pextrb byte [es:bx+si], xmm0, 0x12
pextrb byte [cs:di], xmm0, 0x12
pextrb byte [ss:bp+0x4], xmm0, 0x12
pextrb byte [fs:0x20], xmm0, 0x12
pextrb [bx], xmm0, 0x12
pextrb ebx, xmm1, 0x12
pextrb ebx, xmm4, 0x12
pextrb ebx, xmm0, 0xf0
vpextrb ecx, xmm4, 0x12
vpextrb edx, xmm4, 0x12
vpextrb byte [bx], xmm4, 0x12
vpextrb byte [bx+si], xmm4, 0x12
vpextrb byte [bp+di+0x7f], xmm4, 0x12
vpextrb byte [bx+di-0x80], xmm4, 0x12
vpextrb byte [bp+si+0x1234], xmm4, 0x12
vpextrb [bx], xmm4, 0x12
vpextrb ecx, xmm7, 0x12
vpextrb ecx, xmm0, 0x12
vpextrb ecx, xmm4, 0xf0
pextrw ebp, xmm4, 0x12
pextrw esi, xmm4, 0x12
pextrw word [bx], xmm4, 0x12
pextrw word [bp+si+0x1234], xmm4, 0x12
pextrw word [si], xmm4, 0x12
pextrw word [di+0x10], xmm4, 0x12
pextrw word [bp+0x8], xmm4, 0x12
pextrw [bx], xmm4, 0x12
pextrw ebp, xmm7, 0x12
pextrw ebp, xmm0, 0x12
pextrw ebp, xmm4, 0xf0
vpextrw ebx, xmm0, 0x12
vpextrw esp, xmm0, 0x12
vpextrw word [bx], xmm0, 0x12
vpextrw word [eax], xmm0, 0x12
vpextrw word [ebx+ecx*4+0x10], xmm0, 0x12
vpextrw word [esp+0x8], xmm0, 0x12
vpextrw word [ebp-0x81], xmm0, 0x12
vpextrw [bx], xmm0, 0x12
vpextrw ebx, xmm1, 0x12
vpextrw ebx, xmm4, 0x12
vpextrw ebx, xmm0, 0xf0
pextrd edi, xmm0, 0x12
pextrd eax, xmm0, 0x12
pextrd dword [bx], xmm0, 0x12
pextrd dword [ebp-0x81], xmm0, 0x12
pextrd dword [edi*8+0x1000], xmm0, 0x12
pextrd dword [ds:esi+ebx*2], xmm0, 0x12
pextrd dword [esp], xmm0, 0x12
pextrd [bx], xmm0, 0x12
pextrd edi, xmm1, 0x12
pextrd edi, xmm4, 0x12
pextrd edi, xmm0, 0xf0
vpextrd ebp, xmm4, 0x12
vpextrd esi, xmm4, 0x12
vpextrd dword [bx], xmm4, 0x12
vpextrd dword [bx+0x80], xmm4, 0x12
vpextrd dword [si-0x2], xmm4, 0x12
vpextrd dword [es:bx+si], xmm4, 0x12
vpextrd dword [cs:di], xmm4, 0x12
vpextrd [bx], xmm4, 0x12
vpextrd ebp, xmm7, 0x12
vpextrd ebp, xmm0, 0x12
vpextrd ebp, xmm4, 0xf0
extractps ecx, xmm4, 0x12
extractps edx, xmm4, 0x12
extractps dword [bx], xmm4, 0x12
extractps dword [cs:di], xmm4, 0x12
extractps dword [ss:bp+0x4], xmm4, 0x12
extractps dword [fs:0x20], xmm4, 0x12
extractps dword [gs:bx+0x12], xmm4, 0x12
extractps [bx], xmm4, 0x12
extractps ecx, xmm7, 0x12
extractps ecx, xmm0, 0x12
extractps ecx, xmm4, 0xf0
vextractps edi, xmm0, 0x12
vextractps eax, xmm0, 0x12
vextractps dword [bx], xmm0, 0x12
vextractps dword [bp+di+0x7f], xmm0, 0x12
vextractps dword [bx+di-0x80], xmm0, 0x12
vextractps dword [bp+si+0x1234], xmm0, 0x12
vextractps dword [si], xmm0, 0x12
vextractps [bx], xmm0, 0x12
vextractps edi, xmm1, 0x12
vextractps edi, xmm4, 0x12
vextractps edi, xmm0, 0xf0
vinsertf128 ymm7, ymm0, xmm1, 0x12
vinsertf128 ymm0, ymm0, xmm1, 0x12
vinsertf128 ymm1, ymm0, xmm1, 0x12
vinsertf128 ymm7, ymm1, xmm1, 0x12
vinsertf128 ymm7, ymm4, xmm1, 0x12
vinsertf128 ymm7, ymm0, xmm4, 0x12
vinsertf128 ymm7, ymm0, oword [bx], 0x12
vinsertf128 ymm7, ymm0, oword [si], 0x12
vinsertf128 ymm7, ymm0, oword [di+0x10], 0x12
vinsertf128 ymm7, ymm0, oword [bp+0x8], 0x12
vinsertf128 ymm7, ymm0, oword [bp], 0x12
vinsertf128 ymm7, ymm0, [bx], 0x12
vinsertf128 ymm7, ymm0, xmm1, 0xf0
vextractf128 xmm4, ymm7, 0x12
vextractf128 xmm7, ymm7, 0x12
vextractf128 oword [bx], ymm7, 0x12
vextractf128 oword [fs:0x20], ymm7, 0x12
vextractf128 oword [gs:bx+0x12], ymm7, 0x12
vextractf128 oword [bx+0x7f], ymm7, 0x12
vextractf128 oword [eax], ymm7, 0x12
vextractf128 [bx], ymm7, 0x12
vextractf128 xmm4, ymm0, 0x12
vextractf128 xmm4, ymm1, 0x12
vextractf128 xmm4, ymm7, 0xf0
vcvtps2ph xmm1, xmm4, 0x12
vcvtps2ph xmm4, xmm4, 0x12
vcvtps2ph qword [bx], xmm4, 0x12
vcvtps2ph qword [bx+di-0x80], xmm4, 0x12
vcvtps2ph qword [bp+si+0x1234], xmm4, 0x12
vcvtps2ph qword [si], xmm4, 0x12
vcvtps2ph qword [di+0x10], xmm4, 0x12
vcvtps2ph [bx], xmm4, 0x12
vcvtps2ph xmm1, xmm7, 0x12
vcvtps2ph xmm1, xmm0, 0x12
vcvtps2ph xmm1, xmm4, 0xf0
vcvtps2ph xmm0, ymm1, 0x12
vcvtps2ph xmm1, ymm1, 0x12
vcvtps2ph oword [bx], ymm1, 0x12
vcvtps2ph oword [bx+0x80], ymm1, 0x12
vcvtps2ph oword [si-0x2], ymm1, 0x12
vcvtps2ph oword [es:bx+si], ymm1, 0x12
vcvtps2ph oword [cs:di], ymm1, 0x12
vcvtps2ph [bx], ymm1, 0x12
vcvtps2ph xmm0, ymm4, 0x12
vcvtps2ph xmm0, ymm7, 0x12
vcvtps2ph xmm0, ymm1, 0xf0
pinsrb xmm0, ebp, 0x12
pinsrb xmm1, ebp, 0x12
pinsrb xmm4, ebp, 0x12
pinsrb xmm0, esi, 0x12
pinsrb xmm0, byte [bx], 0x12
pinsrb xmm0, byte [edi*8+0x1000], 0x12
pinsrb xmm0, byte [ds:esi+ebx*2], 0x12
pinsrb xmm0, byte [esp], 0x12
pinsrb xmm0, byte [ebp], 0x12
pinsrb xmm0, [bx], 0x12
pinsrb xmm0, ebp, 0xf0
vpinsrb xmm4, xmm7, esp, 0x12
vpinsrb xmm7, xmm7, esp, 0x12
vpinsrb xmm0, xmm7, esp, 0x12
vpinsrb xmm4, xmm0, esp, 0x12
vpinsrb xmm4, xmm1, esp, 0x12
vpinsrb xmm4, xmm7, ebp, 0x12
vpinsrb xmm4, xmm7, byte [bx], 0x12
vpinsrb xmm4, xmm7, byte [si-0x2], 0x12
vpinsrb xmm4, xmm7, byte [es:bx+si], 0x12
vpinsrb xmm4, xmm7, byte [cs:di], 0x12
vpinsrb xmm4, xmm7, byte [ss:bp+0x4], 0x12
vpinsrb xmm4, xmm7, [bx], 0x12
vpinsrb xmm4, xmm7, esp, 0xf0
insertps xmm4, xmm7, 0x12
insertps xmm7, xmm7, 0x12
insertps xmm0, xmm7, 0x12
insertps xmm4, xmm0, 0x12
insertps xmm4, dword [bx], 0x12
insertps xmm4, dword [ss:bp+0x4], 0x12
insertps xmm4, dword [fs:0x20], 0x12
insertps xmm4, dword [gs:bx+0x12], 0x12
insertps xmm4, dword [bx+0x7f], 0x12
insertps xmm4, [bx], 0x12
insertps xmm4, xmm7, 0xf0
vinsertps xmm1, xmm4, xmm7, 0x12
vinsertps xmm4, xmm4, xmm7, 0x12
vinsertps xmm7, xmm4, xmm7, 0x12
vinsertps xmm1, xmm7, xmm7, 0x12
vinsertps xmm1, xmm0, xmm7, 0x12
vinsertps xmm1, xmm4, xmm0, 0x12
vinsertps xmm1, xmm4, dword [bx], 0x12
vinsertps xmm1, xmm4, dword [ebp-0x81], 0x12
vinsertps xmm1, xmm4, dword [edi*8+0x1000], 0x12
vinsertps xmm1, xmm4, dword [ds:esi+ebx*2], 0x12
vinsertps xmm1, xmm4, dword [esp], 0x12
vinsertps xmm1, xmm4, [bx], 0x12
vinsertps xmm1, xmm4, xmm7, 0xf0
pinsrd xmm7, esp, 0x12
pinsrd xmm0, esp, 0x12
pinsrd xmm1, esp, 0x12
pinsrd xmm7, ebp, 0x12
pinsrd xmm7, dword [bx], 0x12
pinsrd xmm7, dword [bx+0x80], 0x12
pinsrd xmm7, dword [si-0x2], 0x12
pinsrd xmm7, dword [es:bx+si], 0x12
pinsrd xmm7, dword [cs:di], 0x12
pinsrd xmm7, [bx], 0x12
pinsrd xmm7, esp, 0xf0
vpinsrd xmm1, xmm4, ebx, 0x12
vpinsrd xmm4, xmm4, ebx, 0x12
vpinsrd xmm7, xmm4, ebx, 0x12
vpinsrd xmm1, xmm7, ebx, 0x12
vpinsrd xmm1, xmm0, ebx, 0x12
vpinsrd xmm1, xmm4, esp, 0x12
vpinsrd xmm1, xmm4, dword [bx], 0x12
vpinsrd xmm1, xmm4, dword [esp], 0x12
vpinsrd xmm1, xmm4, dword [ebp], 0x12
vpinsrd xmm1, xmm4, dword [bx+si], 0x12
vpinsrd xmm1, xmm4, dword [bp+di+0x7f], 0x12
vpinsrd xmm1, xmm4, [bx], 0x12
vpinsrd xmm1, xmm4, ebx, 0xf0
vinserti128 ymm7, ymm0, xmm1, 0x12
vinserti128 ymm0, ymm0, xmm1, 0x12
vinserti128 ymm1, ymm0, xmm1, 0x12
vinserti128 ymm7, ymm1, xmm1, 0x12
vinserti128 ymm7, ymm4, xmm1, 0x12
vinserti128 ymm7, ymm0, xmm4, 0x12
vinserti128 ymm7, ymm0, oword [bx], 0x12
vinserti128 ymm7, ymm0, oword [0x1234], 0x12
vinserti128 ymm7, ymm0, oword [bx+0x80], 0x12
vinserti128 ymm7, ymm0, oword [si-0x2], 0x12
vinserti128 ymm7, ymm0, oword [es:bx+si], 0x12
vinserti128 ymm7, ymm0, [bx], 0x12
vinserti128 ymm7, ymm0, xmm1, 0xf0
vextracti128 xmm4, ymm7, 0x12
vextracti128 xmm7, ymm7, 0x12
vextracti128 oword [bx], ymm7, 0x12
vextracti128 oword [ebx+ecx*4+0x10], ymm7, 0x12
vextracti128 oword [esp+0x8], ymm7, 0x12
vextracti128 oword [ebp-0x81], ymm7, 0x12
vextracti128 oword [edi*8+0x1000], ymm7, 0x12
vextracti128 [bx], ymm7, 0x12
vextracti128 xmm4, ymm0, 0x12
vextracti128 xmm4, ymm1, 0x12
vextracti128 xmm4, ymm7, 0xf0
dpps xmm1, xmm4, 0x12
dpps xmm4, xmm4, 0x12
dpps xmm7, xmm4, 0x12
dpps xmm1, xmm7, 0x12
dpps xmm1, oword [bx], 0x12
dpps xmm1, oword [gs:bx+0x12], 0x12
dpps xmm1, oword [bx+0x7f], 0x12
dpps xmm1, oword [eax], 0x12
dpps xmm1, oword [ebx+ecx*4+0x10], 0x12
dpps xmm1, [bx], 0x12
dpps xmm1, xmm4, 0xf0
vdpps xmm0, xmm1, xmm4, 0x12
vdpps xmm1, xmm1, xmm4, 0x12
vdpps xmm4, xmm1, xmm4, 0x12
vdpps xmm0, xmm4, xmm4, 0x12
vdpps xmm0, xmm7, xmm4, 0x12
vdpps xmm0, xmm1, xmm7, 0x12
vdpps xmm0, xmm1, oword [bx], 0x12
vdpps xmm0, xmm1, oword [ds:esi+ebx*2], 0x12
vdpps xmm0, xmm1, oword [esp], 0x12
vdpps xmm0, xmm1, oword [ebp], 0x12
vdpps xmm0, xmm1, oword [bx+si], 0x12
vdpps xmm0, xmm1, [bx], 0x12
vdpps xmm0, xmm1, xmm4, 0xf0
vdpps ymm7, ymm0, ymm1, 0x12
vdpps ymm0, ymm0, ymm1, 0x12
vdpps ymm1, ymm0, ymm1, 0x12
vdpps ymm7, ymm1, ymm1, 0x12
vdpps ymm7, ymm4, ymm1, 0x12
vdpps ymm7, ymm0, ymm4, 0x12
vdpps ymm7, ymm0, yword [bx], 0x12
vdpps ymm7, ymm0, yword [si], 0x12
vdpps ymm7, ymm0, yword [di+0x10], 0x12
vdpps ymm7, ymm0, yword [bp+0x8], 0x12
vdpps ymm7, ymm0, yword [bp], 0x12
vdpps ymm7, ymm0, [bx], 0x12
vdpps ymm7, ymm0, ymm1, 0xf0
dppd xmm4, xmm7, 0x12
dppd xmm7, xmm7, 0x12
dppd xmm0, xmm7, 0x12
dppd xmm4, xmm0, 0x12
dppd xmm4, oword [bx], 0x12
dppd xmm4, oword [es:bx+si], 0x12
dppd xmm4, oword [cs:di], 0x12
dppd xmm4, oword [ss:bp+0x4], 0x12
dppd xmm4, oword [fs:0x20], 0x12
dppd xmm4, [bx], 0x12
dppd xmm4, xmm7, 0xf0
vdppd xmm1, xmm4, xmm7, 0x12
vdppd xmm4, xmm4, xmm7, 0x12
vdppd xmm7, xmm4, xmm7, 0x12
vdppd xmm1, xmm7, xmm7, 0x12
vdppd xmm1, xmm0, xmm7, 0x12
vdppd xmm1, xmm4, xmm0, 0x12
vdppd xmm1, xmm4, oword [bx], 0x12
vdppd xmm1, xmm4, oword [ebx+ecx*4+0x10], 0x12
vdppd xmm1, xmm4, oword [esp+0x8], 0x12
vdppd xmm1, xmm4, oword [ebp-0x81], 0x12
vdppd xmm1, xmm4, oword [edi*8+0x1000], 0x12
vdppd xmm1, xmm4, [bx], 0x12
vdppd xmm1, xmm4, xmm7, 0xf0
mpsadbw xmm0, xmm1, 0x12
mpsadbw xmm1, xmm1, 0x12
mpsadbw xmm4, xmm1, 0x12
mpsadbw xmm0, xmm4, 0x12
mpsadbw xmm0, oword [bx], 0x12
mpsadbw xmm0, oword [bx+si], 0x12
mpsadbw xmm0, oword [bp+di+0x7f], 0x12
mpsadbw xmm0, oword [bx+di-0x80], 0x12
mpsadbw xmm0, oword [bp+si+0x1234], 0x12
mpsadbw xmm0, [bx], 0x12
mpsadbw xmm0, xmm1, 0xf0
vmpsadbw xmm7, xmm0, xmm1, 0x12
vmpsadbw xmm0, xmm0, xmm1, 0x12
vmpsadbw xmm1, xmm0, xmm1, 0x12
vmpsadbw xmm7, xmm1, xmm1, 0x12
vmpsadbw xmm7, xmm4, xmm1, 0x12
vmpsadbw xmm7, xmm0, xmm4, 0x12
vmpsadbw xmm7, xmm0, oword [bx], 0x12
vmpsadbw xmm7, xmm0, oword [bp], 0x12
vmpsadbw xmm7, xmm0, oword [0x1234], 0x12
vmpsadbw xmm7, xmm0, oword [bx+0x80], 0x12
vmpsadbw xmm7, xmm0, oword [si-0x2], 0x12
vmpsadbw xmm7, xmm0, [bx], 0x12
vmpsadbw xmm7, xmm0, xmm1, 0xf0
vmpsadbw ymm4, ymm7, ymm0, 0x12
vmpsadbw ymm7, ymm7, ymm0, 0x12
vmpsadbw ymm0, ymm7, ymm0, 0x12
vmpsadbw ymm4, ymm0, ymm0, 0x12
vmpsadbw ymm4, ymm1, ymm0, 0x12
vmpsadbw ymm4, ymm7, ymm1, 0x12
vmpsadbw ymm4, ymm7, yword [bx], 0x12
vmpsadbw ymm4, ymm7, yword [fs:0x20], 0x12
vmpsadbw ymm4, ymm7, yword [gs:bx+0x12], 0x12
vmpsadbw ymm4, ymm7, yword [bx+0x7f], 0x12
vmpsadbw ymm4, ymm7, yword [eax], 0x12
vmpsadbw ymm4, ymm7, [bx], 0x12
vmpsadbw ymm4, ymm7, ymm0, 0xf0
pclmulqdq xmm4, xmm7, 0x12
pclmulqdq xmm7, xmm7, 0x12
pclmulqdq xmm0, xmm7, 0x12
pclmulqdq xmm4, xmm0, 0x12
pclmulqdq xmm4, oword [bx], 0x12
pclmulqdq xmm4, oword [ebp-0x81], 0x12
pclmulqdq xmm4, oword [edi*8+0x1000], 0x12
pclmulqdq xmm4, oword [ds:esi+ebx*2], 0x12
pclmulqdq xmm4, oword [esp], 0x12
pclmulqdq xmm4, [bx], 0x12
pclmulqdq xmm4, xmm7, 0xf0
vpclmulqdq xmm1, xmm4, xmm7, 0x12
vpclmulqdq xmm4, xmm4, xmm7, 0x12
vpclmulqdq xmm7, xmm4, xmm7, 0x12
vpclmulqdq xmm1, xmm7, xmm7, 0x12
vpclmulqdq xmm1, xmm0, xmm7, 0x12
vpclmulqdq xmm1, xmm4, xmm0, 0x12
vpclmulqdq xmm1, xmm4, oword [bx], 0x12
vpclmulqdq xmm1, xmm4, oword [bx+di-0x80], 0x12
vpclmulqdq xmm1, xmm4, oword [bp+si+0x1234], 0x12
vpclmulqdq xmm1, xmm4, oword [si], 0x12
vpclmulqdq xmm1, xmm4, oword [di+0x10], 0x12
vpclmulqdq xmm1, xmm4, [bx], 0x12
vpclmulqdq xmm1, xmm4, xmm7, 0xf0
vpclmulqdq ymm0, ymm1, ymm4, 0x12
vpclmulqdq ymm1, ymm1, ymm4, 0x12
vpclmulqdq ymm4, ymm1, ymm4, 0x12
vpclmulqdq ymm0, ymm4, ymm4, 0x12
vpclmulqdq ymm0, ymm7, ymm4, 0x12
vpclmulqdq ymm0, ymm1, ymm7, 0x12
vpclmulqdq ymm0, ymm1, yword [bx], 0x12
vpclmulqdq ymm0, ymm1, yword [bx+0x80], 0x12
vpclmulqdq ymm0, ymm1, yword [si-0x2], 0x12
vpclmulqdq ymm0, ymm1, yword [es:bx+si], 0x12
vpclmulqdq ymm0, ymm1, yword [cs:di], 0x12
vpclmulqdq ymm0, ymm1, [bx], 0x12
vpclmulqdq ymm0, ymm1, ymm4, 0xf0
vperm2i128 ymm0, ymm1, ymm4, 0x12
vperm2i128 ymm1, ymm1, ymm4, 0x12
vperm2i128 ymm4, ymm1, ymm4, 0x12
vperm2i128 ymm0, ymm4, ymm4, 0x12
vperm2i128 ymm0, ymm7, ymm4, 0x12
vperm2i128 ymm0, ymm1, ymm7, 0x12
vperm2i128 ymm0, ymm1, yword [bx], 0x12
vperm2i128 ymm0, ymm1, yword [cs:di], 0x12
vperm2i128 ymm0, ymm1, yword [ss:bp+0x4], 0x12
vperm2i128 ymm0, ymm1, yword [fs:0x20], 0x12
vperm2i128 ymm0, ymm1, yword [gs:bx+0x12], 0x12
vperm2i128 ymm0, ymm1, [bx], 0x12
vperm2i128 ymm0, ymm1, ymm4, 0xf0
vblendvps xmm7, xmm0, xmm1, xmm4
vblendvps xmm0, xmm0, xmm1, xmm4
vblendvps xmm1, xmm0, xmm1, xmm4
vblendvps xmm7, xmm1, xmm1, xmm4
vblendvps xmm7, xmm4, xmm1, xmm4
vblendvps xmm7, xmm0, xmm4, xmm4
vblendvps xmm7, xmm0, oword [bx], xmm4
vblendvps xmm7, xmm0, oword [bx+si], xmm4
vblendvps xmm7, xmm0, oword [bp+di+0x7f], xmm4
vblendvps xmm7, xmm0, oword [bx+di-0x80], xmm4
vblendvps xmm7, xmm0, oword [bp+si+0x1234], xmm4
vblendvps xmm7, xmm0, [bx], xmm4
vblendvps xmm7, xmm0, xmm1, xmm7
vblendvps xmm7, xmm0, xmm1, xmm0
vblendvps ymm4, ymm7, ymm0, ymm1
vblendvps ymm7, ymm7, ymm0, ymm1
vblendvps ymm0, ymm7, ymm0, ymm1
vblendvps ymm4, ymm0, ymm0, ymm1
vblendvps ymm4, ymm1, ymm0, ymm1
vblendvps ymm4, ymm7, ymm1, ymm1
vblendvps ymm4, ymm7, yword [bx], ymm1
vblendvps ymm4, ymm7, yword [bp], ymm1
vblendvps ymm4, ymm7, yword [0x1234], ymm1
vblendvps ymm4, ymm7, yword [bx+0x80], ymm1
vblendvps ymm4, ymm7, yword [si-0x2], ymm1
vblendvps ymm4, ymm7, [bx], ymm1
vblendvps ymm4, ymm7, ymm0, ymm4
vblendvps ymm4, ymm7, ymm0, ymm7
vblendvpd xmm1, xmm4, xmm7, xmm0
vblendvpd xmm4, xmm4, xmm7, xmm0
vblendvpd xmm7, xmm4, xmm7, xmm0
vblendvpd xmm1, xmm7, xmm7, xmm0
vblendvpd xmm1, xmm0, xmm7, xmm0
vblendvpd xmm1, xmm4, xmm0, xmm0
vblendvpd xmm1, xmm4, oword [bx], xmm0
vblendvpd xmm1, xmm4, oword [fs:0x20], xmm0
vblendvpd xmm1, xmm4, oword [gs:bx+0x12], xmm0
vblendvpd xmm1, xmm4, oword [bx+0x7f], xmm0
vblendvpd xmm1, xmm4, oword [eax], xmm0
vblendvpd xmm1, xmm4, [bx], xmm0
vblendvpd xmm1, xmm4, xmm7, xmm1
vblendvpd xmm1, xmm4, xmm7, xmm4
vblendvpd ymm0, ymm1, ymm4, ymm7
vblendvpd ymm1, ymm1, ymm4, ymm7
vblendvpd ymm4, ymm1, ymm4, ymm7
vblendvpd ymm0, ymm4, ymm4, ymm7
vblendvpd ymm0, ymm7, ymm4, ymm7
vblendvpd ymm0, ymm1, ymm7, ymm7
vblendvpd ymm0, ymm1, yword [bx], ymm7
vblendvpd ymm0, ymm1, yword [edi*8+0x1000], ymm7
vblendvpd ymm0, ymm1, yword [ds:esi+ebx*2], ymm7
vblendvpd ymm0, ymm1, yword [esp], ymm7
vblendvpd ymm0, ymm1, yword [ebp], ymm7
vblendvpd ymm0, ymm1, [bx], ymm7
vblendvpd ymm0, ymm1, ymm4, ymm0
vblendvpd ymm0, ymm1, ymm4, ymm1
vpblendvb xmm7, xmm0, xmm1, xmm4
vpblendvb xmm0, xmm0, xmm1, xmm4
vpblendvb xmm1, xmm0, xmm1, xmm4
vpblendvb xmm7, xmm1, xmm1, xmm4
vpblendvb xmm7, xmm4, xmm1, xmm4
vpblendvb xmm7, xmm0, xmm4, xmm4
vpblendvb xmm7, xmm0, oword [bx], xmm4
vpblendvb xmm7, xmm0, oword [bp+si+0x1234], xmm4
vpblendvb xmm7, xmm0, oword [si], xmm4
vpblendvb xmm7, xmm0, oword [di+0x10], xmm4
vpblendvb xmm7, xmm0, oword [bp+0x8], xmm4
vpblendvb xmm7, xmm0, [bx], xmm4
vpblendvb xmm7, xmm0, xmm1, xmm7
vpblendvb xmm7, xmm0, xmm1, xmm0
vpblendvb ymm4, ymm7, ymm0, ymm1
vpblendvb ymm7, ymm7, ymm0, ymm1
vpblendvb ymm0, ymm7, ymm0, ymm1
vpblendvb ymm4, ymm0, ymm0, ymm1
vpblendvb ymm4, ymm1, ymm0, ymm1
vpblendvb ymm4, ymm7, ymm1, ymm1
vpblendvb ymm4, ymm7, yword [bx], ymm1
vpblendvb ymm4, ymm7, yword [si-0x2], ymm1
vpblendvb ymm4, ymm7, yword [es:bx+si], ymm1
vpblendvb ymm4, ymm7, yword [cs:di], ymm1
vpblendvb ymm4, ymm7, yword [ss:bp+0x4], ymm1
vpblendvb ymm4, ymm7, [bx], ymm1
vpblendvb ymm4, ymm7, ymm0, ymm4
vpblendvb ymm4, ymm7, ymm0, ymm7
vfmaddsubps xmm1, xmm4, xmm7, xmm0
vfmaddsubps xmm4, xmm4, xmm7, xmm0
vfmaddsubps xmm7, xmm4, xmm7, xmm0
vfmaddsubps xmm1, xmm7, xmm7, xmm0
vfmaddsubps xmm1, xmm0, xmm7, xmm0
vfmaddsubps xmm1, xmm4, xmm0, xmm0
vfmaddsubps xmm1, xmm4, oword [bx], xmm0
vfmaddsubps xmm1, xmm4, oword [si-0x2], xmm0
vfmaddsubps xmm1, xmm4, oword [es:bx+si], xmm0
vfmaddsubps xmm1, xmm4, oword [cs:di], xmm0
vfmaddsubps xmm1, xmm4, oword [ss:bp+0x4], xmm0
vfmaddsubps xmm1, xmm4, [bx], xmm0
vfmaddsubps xmm1, xmm4, xmm7, xmm1
vfmaddsubps xmm1, xmm4, xmm7, xmm4
vfmaddsubps ymm0, ymm1, ymm4, ymm7
vfmaddsubps ymm1, ymm1, ymm4, ymm7
vfmaddsubps ymm4, ymm1, ymm4, ymm7
vfmaddsubps ymm0, ymm4, ymm4, ymm7
vfmaddsubps ymm0, ymm7, ymm4, ymm7
vfmaddsubps ymm0, ymm1, ymm7, ymm7
vfmaddsubps ymm0, ymm1, yword [bx], ymm7
vfmaddsubps ymm0, ymm1, yword [eax], ymm7
vfmaddsubps ymm0, ymm1, yword [ebx+ecx*4+0x10], ymm7
vfmaddsubps ymm0, ymm1, yword [esp+0x8], ymm7
vfmaddsubps ymm0, ymm1, yword [ebp-0x81], ymm7
vfmaddsubps ymm0, ymm1, [bx], ymm7
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
vfmaddsubps xmm7, xmm0, xmm1, oword [bx]
vfmaddsubps xmm7, xmm0, xmm1, oword [ebp]
vfmaddsubps xmm7, xmm0, xmm1, oword [bx+si]
vfmaddsubps xmm7, xmm0, xmm1, oword [bp+di+0x7f]
vfmaddsubps xmm7, xmm0, xmm1, oword [bx+di-0x80]
vfmaddsubps xmm7, xmm0, xmm1, [bx]
vfmaddsubps ymm4, ymm7, ymm0, ymm1
vfmaddsubps ymm7, ymm7, ymm0, ymm1
vfmaddsubps ymm0, ymm7, ymm0, ymm1
vfmaddsubps ymm4, ymm0, ymm0, ymm1
vfmaddsubps ymm4, ymm1, ymm0, ymm1
vfmaddsubps ymm4, ymm7, ymm1, ymm1
vfmaddsubps ymm4, ymm7, ymm4, ymm1
vfmaddsubps ymm4, ymm7, ymm0, ymm4
vfmaddsubps ymm4, ymm7, ymm0, yword [bx]
vfmaddsubps ymm4, ymm7, ymm0, yword [bp+0x8]
vfmaddsubps ymm4, ymm7, ymm0, yword [bp]
vfmaddsubps ymm4, ymm7, ymm0, yword [0x1234]
vfmaddsubps ymm4, ymm7, ymm0, yword [bx+0x80]
vfmaddsubps ymm4, ymm7, ymm0, [bx]
vfmaddsubpd xmm1, xmm4, xmm7, xmm0
vfmaddsubpd xmm4, xmm4, xmm7, xmm0
vfmaddsubpd xmm7, xmm4, xmm7, xmm0
vfmaddsubpd xmm1, xmm7, xmm7, xmm0
vfmaddsubpd xmm1, xmm0, xmm7, xmm0
vfmaddsubpd xmm1, xmm4, xmm0, xmm0
vfmaddsubpd xmm1, xmm4, oword [bx], xmm0
vfmaddsubpd xmm1, xmm4, oword [ss:bp+0x4], xmm0
vfmaddsubpd xmm1, xmm4, oword [fs:0x20], xmm0
vfmaddsubpd xmm1, xmm4, oword [gs:bx+0x12], xmm0
vfmaddsubpd xmm1, xmm4, oword [bx+0x7f], xmm0
vfmaddsubpd xmm1, xmm4, [bx], xmm0
vfmaddsubpd xmm1, xmm4, xmm7, xmm1
vfmaddsubpd xmm1, xmm4, xmm7, xmm4
vfmaddsubpd ymm0, ymm1, ymm4, ymm7
vfmaddsubpd ymm1, ymm1, ymm4, ymm7
vfmaddsubpd ymm4, ymm1, ymm4, ymm7
vfmaddsubpd ymm0, ymm4, ymm4, ymm7
vfmaddsubpd ymm0, ymm7, ymm4, ymm7
vfmaddsubpd ymm0, ymm1, ymm7, ymm7
vfmaddsubpd ymm0, ymm1, yword [bx], ymm7
vfmaddsubpd ymm0, ymm1, yword [ebp-0x81], ymm7
vfmaddsubpd ymm0, ymm1, yword [edi*8+0x1000], ymm7
vfmaddsubpd ymm0, ymm1, yword [ds:esi+ebx*2], ymm7
vfmaddsubpd ymm0, ymm1, yword [esp], ymm7
vfmaddsubpd ymm0, ymm1, [bx], ymm7
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
vfmaddsubpd xmm7, xmm0, xmm1, oword [bx]
vfmaddsubpd xmm7, xmm0, xmm1, oword [bx+di-0x80]
vfmaddsubpd xmm7, xmm0, xmm1, oword [bp+si+0x1234]
vfmaddsubpd xmm7, xmm0, xmm1, oword [si]
vfmaddsubpd xmm7, xmm0, xmm1, oword [di+0x10]
vfmaddsubpd xmm7, xmm0, xmm1, [bx]
vfmaddsubpd ymm4, ymm7, ymm0, ymm1
vfmaddsubpd ymm7, ymm7, ymm0, ymm1
vfmaddsubpd ymm0, ymm7, ymm0, ymm1
vfmaddsubpd ymm4, ymm0, ymm0, ymm1
vfmaddsubpd ymm4, ymm1, ymm0, ymm1
vfmaddsubpd ymm4, ymm7, ymm1, ymm1
vfmaddsubpd ymm4, ymm7, ymm4, ymm1
vfmaddsubpd ymm4, ymm7, ymm0, ymm4
vfmaddsubpd ymm4, ymm7, ymm0, yword [bx]
vfmaddsubpd ymm4, ymm7, ymm0, yword [bx+0x80]
vfmaddsubpd ymm4, ymm7, ymm0, yword [si-0x2]
vfmaddsubpd ymm4, ymm7, ymm0, yword [es:bx+si]
vfmaddsubpd ymm4, ymm7, ymm0, yword [cs:di]
vfmaddsubpd ymm4, ymm7, ymm0, [bx]
vfmsubaddps xmm1, xmm4, xmm7, xmm0
vfmsubaddps xmm4, xmm4, xmm7, xmm0
vfmsubaddps xmm7, xmm4, xmm7, xmm0
vfmsubaddps xmm1, xmm7, xmm7, xmm0
vfmsubaddps xmm1, xmm0, xmm7, xmm0
vfmsubaddps xmm1, xmm4, xmm0, xmm0
vfmsubaddps xmm1, xmm4, oword [bx], xmm0
vfmsubaddps xmm1, xmm4, oword [bx+0x7f], xmm0
vfmsubaddps xmm1, xmm4, oword [eax], xmm0
vfmsubaddps xmm1, xmm4, oword [ebx+ecx*4+0x10], xmm0
vfmsubaddps xmm1, xmm4, oword [esp+0x8], xmm0
vfmsubaddps xmm1, xmm4, [bx], xmm0
vfmsubaddps xmm1, xmm4, xmm7, xmm1
vfmsubaddps xmm1, xmm4, xmm7, xmm4
vfmsubaddps ymm0, ymm1, ymm4, ymm7
vfmsubaddps ymm1, ymm1, ymm4, ymm7
vfmsubaddps ymm4, ymm1, ymm4, ymm7
vfmsubaddps ymm0, ymm4, ymm4, ymm7
vfmsubaddps ymm0, ymm7, ymm4, ymm7
vfmsubaddps ymm0, ymm1, ymm7, ymm7
vfmsubaddps ymm0, ymm1, yword [bx], ymm7
vfmsubaddps ymm0, ymm1, yword [esp], ymm7
vfmsubaddps ymm0, ymm1, yword [ebp], ymm7
vfmsubaddps ymm0, ymm1, yword [bx+si], ymm7
vfmsubaddps ymm0, ymm1, yword [bp+di+0x7f], ymm7
vfmsubaddps ymm0, ymm1, [bx], ymm7
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
vfmsubaddps xmm7, xmm0, xmm1, oword [bx]
vfmsubaddps xmm7, xmm0, xmm1, oword [di+0x10]
vfmsubaddps xmm7, xmm0, xmm1, oword [bp+0x8]
vfmsubaddps xmm7, xmm0, xmm1, oword [bp]
vfmsubaddps xmm7, xmm0, xmm1, oword [0x1234]
vfmsubaddps xmm7, xmm0, xmm1, [bx]
vfmsubaddps ymm4, ymm7, ymm0, ymm1
vfmsubaddps ymm7, ymm7, ymm0, ymm1
vfmsubaddps ymm0, ymm7, ymm0, ymm1
vfmsubaddps ymm4, ymm0, ymm0, ymm1
vfmsubaddps ymm4, ymm1, ymm0, ymm1
vfmsubaddps ymm4, ymm7, ymm1, ymm1
vfmsubaddps ymm4, ymm7, ymm4, ymm1
vfmsubaddps ymm4, ymm7, ymm0, ymm4
vfmsubaddps ymm4, ymm7, ymm0, yword [bx]
vfmsubaddps ymm4, ymm7, ymm0, yword [cs:di]
vfmsubaddps ymm4, ymm7, ymm0, yword [ss:bp+0x4]
vfmsubaddps ymm4, ymm7, ymm0, yword [fs:0x20]
vfmsubaddps ymm4, ymm7, ymm0, yword [gs:bx+0x12]
vfmsubaddps ymm4, ymm7, ymm0, [bx]
vfmsubaddpd xmm1, xmm4, xmm7, xmm0
vfmsubaddpd xmm4, xmm4, xmm7, xmm0
vfmsubaddpd xmm7, xmm4, xmm7, xmm0
vfmsubaddpd xmm1, xmm7, xmm7, xmm0
vfmsubaddpd xmm1, xmm0, xmm7, xmm0
vfmsubaddpd xmm1, xmm4, xmm0, xmm0
vfmsubaddpd xmm1, xmm4, oword [bx], xmm0
vfmsubaddpd xmm1, xmm4, oword [esp+0x8], xmm0
vfmsubaddpd xmm1, xmm4, oword [ebp-0x81], xmm0
vfmsubaddpd xmm1, xmm4, oword [edi*8+0x1000], xmm0
vfmsubaddpd xmm1, xmm4, oword [ds:esi+ebx*2], xmm0
vfmsubaddpd xmm1, xmm4, [bx], xmm0
vfmsubaddpd xmm1, xmm4, xmm7, xmm1
vfmsubaddpd xmm1, xmm4, xmm7, xmm4
vfmsubaddpd ymm0, ymm1, ymm4, ymm7
vfmsubaddpd ymm1, ymm1, ymm4, ymm7
vfmsubaddpd ymm4, ymm1, ymm4, ymm7
vfmsubaddpd ymm0, ymm4, ymm4, ymm7
vfmsubaddpd ymm0, ymm7, ymm4, ymm7
vfmsubaddpd ymm0, ymm1, ymm7, ymm7
vfmsubaddpd ymm0, ymm1, yword [bx], ymm7
vfmsubaddpd ymm0, ymm1, yword [bp+di+0x7f], ymm7
vfmsubaddpd ymm0, ymm1, yword [bx+di-0x80], ymm7
vfmsubaddpd ymm0, ymm1, yword [bp+si+0x1234], ymm7
vfmsubaddpd ymm0, ymm1, yword [si], ymm7
vfmsubaddpd ymm0, ymm1, [bx], ymm7
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
vfmsubaddpd xmm7, xmm0, xmm1, oword [bx]
vfmsubaddpd xmm7, xmm0, xmm1, oword [0x1234]
vfmsubaddpd xmm7, xmm0, xmm1, oword [bx+0x80]
vfmsubaddpd xmm7, xmm0, xmm1, oword [si-0x2]
vfmsubaddpd xmm7, xmm0, xmm1, oword [es:bx+si]
vfmsubaddpd xmm7, xmm0, xmm1, [bx]
vfmsubaddpd ymm4, ymm7, ymm0, ymm1
vfmsubaddpd ymm7, ymm7, ymm0, ymm1
vfmsubaddpd ymm0, ymm7, ymm0, ymm1
vfmsubaddpd ymm4, ymm0, ymm0, ymm1
vfmsubaddpd ymm4, ymm1, ymm0, ymm1
vfmsubaddpd ymm4, ymm7, ymm1, ymm1
vfmsubaddpd ymm4, ymm7, ymm4, ymm1
vfmsubaddpd ymm4, ymm7, ymm0, ymm4
vfmsubaddpd ymm4, ymm7, ymm0, yword [bx]
vfmsubaddpd ymm4, ymm7, ymm0, yword [gs:bx+0x12]
vfmsubaddpd ymm4, ymm7, ymm0, yword [bx+0x7f]
vfmsubaddpd ymm4, ymm7, ymm0, yword [eax]
vfmsubaddpd ymm4, ymm7, ymm0, yword [ebx+ecx*4+0x10]
vfmsubaddpd ymm4, ymm7, ymm0, [bx]
pcmpestrm xmm1, xmm4, 0x12
pcmpestrm xmm4, xmm4, 0x12
pcmpestrm xmm7, xmm4, 0x12
pcmpestrm xmm1, xmm7, 0x12
pcmpestrm xmm1, oword [bx], 0x12
pcmpestrm xmm1, oword [ds:esi+ebx*2], 0x12
pcmpestrm xmm1, oword [esp], 0x12
pcmpestrm xmm1, oword [ebp], 0x12
pcmpestrm xmm1, oword [bx+si], 0x12
pcmpestrm xmm1, [bx], 0x12
pcmpestrm xmm1, xmm4, 0xf0
vpcmpestrm xmm7, xmm0, 0x12
vpcmpestrm xmm0, xmm0, 0x12
vpcmpestrm xmm1, xmm0, 0x12
vpcmpestrm xmm7, xmm1, 0x12
vpcmpestrm xmm7, oword [bx], 0x12
vpcmpestrm xmm7, oword [es:bx+si], 0x12
vpcmpestrm xmm7, oword [cs:di], 0x12
vpcmpestrm xmm7, oword [ss:bp+0x4], 0x12
vpcmpestrm xmm7, oword [fs:0x20], 0x12
vpcmpestrm xmm7, [bx], 0x12
vpcmpestrm xmm7, xmm0, 0xf0
pcmpestri xmm1, xmm4, 0x12
pcmpestri xmm4, xmm4, 0x12
pcmpestri xmm7, xmm4, 0x12
pcmpestri xmm1, xmm7, 0x12
pcmpestri xmm1, oword [bx], 0x12
pcmpestri xmm1, oword [bx+si], 0x12
pcmpestri xmm1, oword [bp+di+0x7f], 0x12
pcmpestri xmm1, oword [bx+di-0x80], 0x12
pcmpestri xmm1, oword [bp+si+0x1234], 0x12
pcmpestri xmm1, [bx], 0x12
pcmpestri xmm1, xmm4, 0xf0
vpcmpestri xmm7, xmm0, 0x12
vpcmpestri xmm0, xmm0, 0x12
vpcmpestri xmm1, xmm0, 0x12
vpcmpestri xmm7, xmm1, 0x12
vpcmpestri xmm7, oword [bx], 0x12
vpcmpestri xmm7, oword [fs:0x20], 0x12
vpcmpestri xmm7, oword [gs:bx+0x12], 0x12
vpcmpestri xmm7, oword [bx+0x7f], 0x12
vpcmpestri xmm7, oword [eax], 0x12
vpcmpestri xmm7, [bx], 0x12
vpcmpestri xmm7, xmm0, 0xf0
pcmpistrm xmm1, xmm4, 0x12
pcmpistrm xmm4, xmm4, 0x12
pcmpistrm xmm7, xmm4, 0x12
pcmpistrm xmm1, xmm7, 0x12
pcmpistrm xmm1, oword [bx], 0x12
pcmpistrm xmm1, oword [bp+si+0x1234], 0x12
pcmpistrm xmm1, oword [si], 0x12
pcmpistrm xmm1, oword [di+0x10], 0x12
pcmpistrm xmm1, oword [bp+0x8], 0x12
pcmpistrm xmm1, [bx], 0x12
pcmpistrm xmm1, xmm4, 0xf0
vpcmpistrm xmm0, xmm1, 0x12
vpcmpistrm xmm1, xmm1, 0x12
vpcmpistrm xmm4, xmm1, 0x12
vpcmpistrm xmm0, xmm4, 0x12
vpcmpistrm xmm0, oword [bx], 0x12
vpcmpistrm xmm0, oword [si-0x2], 0x12
vpcmpistrm xmm0, oword [es:bx+si], 0x12
vpcmpistrm xmm0, oword [cs:di], 0x12
vpcmpistrm xmm0, oword [ss:bp+0x4], 0x12
vpcmpistrm xmm0, [bx], 0x12
vpcmpistrm xmm0, xmm1, 0xf0
pcmpistri xmm7, xmm0, 0x12
pcmpistri xmm0, xmm0, 0x12
pcmpistri xmm1, xmm0, 0x12
pcmpistri xmm7, xmm1, 0x12
pcmpistri xmm7, oword [bx], 0x12
pcmpistri xmm7, oword [eax], 0x12
pcmpistri xmm7, oword [ebx+ecx*4+0x10], 0x12
pcmpistri xmm7, oword [esp+0x8], 0x12
pcmpistri xmm7, oword [ebp-0x81], 0x12
pcmpistri xmm7, [bx], 0x12
pcmpistri xmm7, xmm0, 0xf0
vpcmpistri xmm4, xmm7, 0x12
vpcmpistri xmm7, xmm7, 0x12
vpcmpistri xmm0, xmm7, 0x12
vpcmpistri xmm4, xmm0, 0x12
vpcmpistri xmm4, oword [bx], 0x12
vpcmpistri xmm4, oword [ebp], 0x12
vpcmpistri xmm4, oword [bx+si], 0x12
vpcmpistri xmm4, oword [bp+di+0x7f], 0x12
vpcmpistri xmm4, oword [bx+di-0x80], 0x12
vpcmpistri xmm4, [bx], 0x12
vpcmpistri xmm4, xmm7, 0xf0
vfmaddps xmm1, xmm4, xmm7, xmm0
vfmaddps xmm4, xmm4, xmm7, xmm0
vfmaddps xmm7, xmm4, xmm7, xmm0
vfmaddps xmm1, xmm7, xmm7, xmm0
vfmaddps xmm1, xmm0, xmm7, xmm0
vfmaddps xmm1, xmm4, xmm0, xmm0
vfmaddps xmm1, xmm4, oword [bx], xmm0
vfmaddps xmm1, xmm4, oword [cs:di], xmm0
vfmaddps xmm1, xmm4, oword [ss:bp+0x4], xmm0
vfmaddps xmm1, xmm4, oword [fs:0x20], xmm0
vfmaddps xmm1, xmm4, oword [gs:bx+0x12], xmm0
vfmaddps xmm1, xmm4, [bx], xmm0
vfmaddps xmm1, xmm4, xmm7, xmm1
vfmaddps xmm1, xmm4, xmm7, xmm4
vfmaddps ymm0, ymm1, ymm4, ymm7
vfmaddps ymm1, ymm1, ymm4, ymm7
vfmaddps ymm4, ymm1, ymm4, ymm7
vfmaddps ymm0, ymm4, ymm4, ymm7
vfmaddps ymm0, ymm7, ymm4, ymm7
vfmaddps ymm0, ymm1, ymm7, ymm7
vfmaddps ymm0, ymm1, yword [bx], ymm7
vfmaddps ymm0, ymm1, yword [esp+0x8], ymm7
vfmaddps ymm0, ymm1, yword [ebp-0x81], ymm7
vfmaddps ymm0, ymm1, yword [edi*8+0x1000], ymm7
vfmaddps ymm0, ymm1, yword [ds:esi+ebx*2], ymm7
vfmaddps ymm0, ymm1, [bx], ymm7
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
vfmaddps xmm7, xmm0, xmm1, oword [bx]
vfmaddps xmm7, xmm0, xmm1, oword [bp+di+0x7f]
vfmaddps xmm7, xmm0, xmm1, oword [bx+di-0x80]
vfmaddps xmm7, xmm0, xmm1, oword [bp+si+0x1234]
vfmaddps xmm7, xmm0, xmm1, oword [si]
vfmaddps xmm7, xmm0, xmm1, [bx]
vfmaddps ymm4, ymm7, ymm0, ymm1
vfmaddps ymm7, ymm7, ymm0, ymm1
vfmaddps ymm0, ymm7, ymm0, ymm1
vfmaddps ymm4, ymm0, ymm0, ymm1
vfmaddps ymm4, ymm1, ymm0, ymm1
vfmaddps ymm4, ymm7, ymm1, ymm1
vfmaddps ymm4, ymm7, ymm4, ymm1
vfmaddps ymm4, ymm7, ymm0, ymm4
vfmaddps ymm4, ymm7, ymm0, yword [bx]
vfmaddps ymm4, ymm7, ymm0, yword [0x1234]
vfmaddps ymm4, ymm7, ymm0, yword [bx+0x80]
vfmaddps ymm4, ymm7, ymm0, yword [si-0x2]
vfmaddps ymm4, ymm7, ymm0, yword [es:bx+si]
vfmaddps ymm4, ymm7, ymm0, [bx]
vfmaddpd xmm1, xmm4, xmm7, xmm0
vfmaddpd xmm4, xmm4, xmm7, xmm0
vfmaddpd xmm7, xmm4, xmm7, xmm0
vfmaddpd xmm1, xmm7, xmm7, xmm0
vfmaddpd xmm1, xmm0, xmm7, xmm0
vfmaddpd xmm1, xmm4, xmm0, xmm0
vfmaddpd xmm1, xmm4, oword [bx], xmm0
vfmaddpd xmm1, xmm4, oword [gs:bx+0x12], xmm0
vfmaddpd xmm1, xmm4, oword [bx+0x7f], xmm0
vfmaddpd xmm1, xmm4, oword [eax], xmm0
vfmaddpd xmm1, xmm4, oword [ebx+ecx*4+0x10], xmm0
vfmaddpd xmm1, xmm4, [bx], xmm0
vfmaddpd xmm1, xmm4, xmm7, xmm1
vfmaddpd xmm1, xmm4, xmm7, xmm4
vfmaddpd ymm0, ymm1, ymm4, ymm7
vfmaddpd ymm1, ymm1, ymm4, ymm7
vfmaddpd ymm4, ymm1, ymm4, ymm7
vfmaddpd ymm0, ymm4, ymm4, ymm7
vfmaddpd ymm0, ymm7, ymm4, ymm7
vfmaddpd ymm0, ymm1, ymm7, ymm7
vfmaddpd ymm0, ymm1, yword [bx], ymm7
vfmaddpd ymm0, ymm1, yword [ds:esi+ebx*2], ymm7
vfmaddpd ymm0, ymm1, yword [esp], ymm7
vfmaddpd ymm0, ymm1, yword [ebp], ymm7
vfmaddpd ymm0, ymm1, yword [bx+si], ymm7
vfmaddpd ymm0, ymm1, [bx], ymm7
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
vfmaddpd xmm7, xmm0, xmm1, oword [bx]
vfmaddpd xmm7, xmm0, xmm1, oword [si]
vfmaddpd xmm7, xmm0, xmm1, oword [di+0x10]
vfmaddpd xmm7, xmm0, xmm1, oword [bp+0x8]
vfmaddpd xmm7, xmm0, xmm1, oword [bp]
vfmaddpd xmm7, xmm0, xmm1, [bx]
vfmaddpd ymm4, ymm7, ymm0, ymm1
vfmaddpd ymm7, ymm7, ymm0, ymm1
vfmaddpd ymm0, ymm7, ymm0, ymm1
vfmaddpd ymm4, ymm0, ymm0, ymm1
vfmaddpd ymm4, ymm1, ymm0, ymm1
vfmaddpd ymm4, ymm7, ymm1, ymm1
vfmaddpd ymm4, ymm7, ymm4, ymm1
vfmaddpd ymm4, ymm7, ymm0, ymm4
vfmaddpd ymm4, ymm7, ymm0, yword [bx]
vfmaddpd ymm4, ymm7, ymm0, yword [es:bx+si]
vfmaddpd ymm4, ymm7, ymm0, yword [cs:di]
vfmaddpd ymm4, ymm7, ymm0, yword [ss:bp+0x4]
vfmaddpd ymm4, ymm7, ymm0, yword [fs:0x20]
vfmaddpd ymm4, ymm7, ymm0, [bx]
vfmaddss xmm1, xmm4, xmm7, xmm0
vfmaddss xmm4, xmm4, xmm7, xmm0
vfmaddss xmm7, xmm4, xmm7, xmm0
vfmaddss xmm1, xmm7, xmm7, xmm0
vfmaddss xmm1, xmm0, xmm7, xmm0
vfmaddss xmm1, xmm4, xmm0, xmm0
vfmaddss xmm1, xmm4, dword [bx], xmm0
vfmaddss xmm1, xmm4, dword [ebx+ecx*4+0x10], xmm0
vfmaddss xmm1, xmm4, dword [esp+0x8], xmm0
vfmaddss xmm1, xmm4, dword [ebp-0x81], xmm0
vfmaddss xmm1, xmm4, dword [edi*8+0x1000], xmm0
vfmaddss xmm1, xmm4, [bx], xmm0
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
vfmaddss xmm0, xmm1, xmm4, dword [bx]
vfmaddss xmm0, xmm1, xmm4, dword [bx+si]
vfmaddss xmm0, xmm1, xmm4, dword [bp+di+0x7f]
vfmaddss xmm0, xmm1, xmm4, dword [bx+di-0x80]
vfmaddss xmm0, xmm1, xmm4, dword [bp+si+0x1234]
vfmaddss xmm0, xmm1, xmm4, [bx]
vfmaddsd xmm7, xmm0, xmm1, xmm4
vfmaddsd xmm0, xmm0, xmm1, xmm4
vfmaddsd xmm1, xmm0, xmm1, xmm4
vfmaddsd xmm7, xmm1, xmm1, xmm4
vfmaddsd xmm7, xmm4, xmm1, xmm4
vfmaddsd xmm7, xmm0, xmm4, xmm4
vfmaddsd xmm7, xmm0, qword [bx], xmm4
vfmaddsd xmm7, xmm0, qword [bp], xmm4
vfmaddsd xmm7, xmm0, qword [0x1234], xmm4
vfmaddsd xmm7, xmm0, qword [bx+0x80], xmm4
vfmaddsd xmm7, xmm0, qword [si-0x2], xmm4
vfmaddsd xmm7, xmm0, [bx], xmm4
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
vfmaddsd xmm4, xmm7, xmm0, qword [bx]
vfmaddsd xmm4, xmm7, xmm0, qword [fs:0x20]
vfmaddsd xmm4, xmm7, xmm0, qword [gs:bx+0x12]
vfmaddsd xmm4, xmm7, xmm0, qword [bx+0x7f]
vfmaddsd xmm4, xmm7, xmm0, qword [eax]
vfmaddsd xmm4, xmm7, xmm0, [bx]
vfmsubps xmm1, xmm4, xmm7, xmm0
vfmsubps xmm4, xmm4, xmm7, xmm0
vfmsubps xmm7, xmm4, xmm7, xmm0
vfmsubps xmm1, xmm7, xmm7, xmm0
vfmsubps xmm1, xmm0, xmm7, xmm0
vfmsubps xmm1, xmm4, xmm0, xmm0
vfmsubps xmm1, xmm4, oword [bx], xmm0
vfmsubps xmm1, xmm4, oword [edi*8+0x1000], xmm0
vfmsubps xmm1, xmm4, oword [ds:esi+ebx*2], xmm0
vfmsubps xmm1, xmm4, oword [esp], xmm0
vfmsubps xmm1, xmm4, oword [ebp], xmm0
vfmsubps xmm1, xmm4, [bx], xmm0
vfmsubps xmm1, xmm4, xmm7, xmm1
vfmsubps xmm1, xmm4, xmm7, xmm4
vfmsubps ymm0, ymm1, ymm4, ymm7
vfmsubps ymm1, ymm1, ymm4, ymm7
vfmsubps ymm4, ymm1, ymm4, ymm7
vfmsubps ymm0, ymm4, ymm4, ymm7
vfmsubps ymm0, ymm7, ymm4, ymm7
vfmsubps ymm0, ymm1, ymm7, ymm7
vfmsubps ymm0, ymm1, yword [bx], ymm7
vfmsubps ymm0, ymm1, yword [bp+si+0x1234], ymm7
vfmsubps ymm0, ymm1, yword [si], ymm7
vfmsubps ymm0, ymm1, yword [di+0x10], ymm7
vfmsubps ymm0, ymm1, yword [bp+0x8], ymm7
vfmsubps ymm0, ymm1, [bx], ymm7
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
vfmsubps xmm7, xmm0, xmm1, oword [bx]
vfmsubps xmm7, xmm0, xmm1, oword [si-0x2]
vfmsubps xmm7, xmm0, xmm1, oword [es:bx+si]
vfmsubps xmm7, xmm0, xmm1, oword [cs:di]
vfmsubps xmm7, xmm0, xmm1, oword [ss:bp+0x4]
vfmsubps xmm7, xmm0, xmm1, [bx]
vfmsubps ymm4, ymm7, ymm0, ymm1
vfmsubps ymm7, ymm7, ymm0, ymm1
vfmsubps ymm0, ymm7, ymm0, ymm1
vfmsubps ymm4, ymm0, ymm0, ymm1
vfmsubps ymm4, ymm1, ymm0, ymm1
vfmsubps ymm4, ymm7, ymm1, ymm1
vfmsubps ymm4, ymm7, ymm4, ymm1
vfmsubps ymm4, ymm7, ymm0, ymm4
vfmsubps ymm4, ymm7, ymm0, yword [bx]
vfmsubps ymm4, ymm7, ymm0, yword [eax]
vfmsubps ymm4, ymm7, ymm0, yword [ebx+ecx*4+0x10]
vfmsubps ymm4, ymm7, ymm0, yword [esp+0x8]
vfmsubps ymm4, ymm7, ymm0, yword [ebp-0x81]
vfmsubps ymm4, ymm7, ymm0, [bx]
vfmsubpd xmm1, xmm4, xmm7, xmm0
vfmsubpd xmm4, xmm4, xmm7, xmm0
vfmsubpd xmm7, xmm4, xmm7, xmm0
vfmsubpd xmm1, xmm7, xmm7, xmm0
vfmsubpd xmm1, xmm0, xmm7, xmm0
vfmsubpd xmm1, xmm4, xmm0, xmm0
vfmsubpd xmm1, xmm4, oword [bx], xmm0
vfmsubpd xmm1, xmm4, oword [ebp], xmm0
vfmsubpd xmm1, xmm4, oword [bx+si], xmm0
vfmsubpd xmm1, xmm4, oword [bp+di+0x7f], xmm0
vfmsubpd xmm1, xmm4, oword [bx+di-0x80], xmm0
vfmsubpd xmm1, xmm4, [bx], xmm0
vfmsubpd xmm1, xmm4, xmm7, xmm1
vfmsubpd xmm1, xmm4, xmm7, xmm4
vfmsubpd ymm0, ymm1, ymm4, ymm7
vfmsubpd ymm1, ymm1, ymm4, ymm7
vfmsubpd ymm4, ymm1, ymm4, ymm7
vfmsubpd ymm0, ymm4, ymm4, ymm7
vfmsubpd ymm0, ymm7, ymm4, ymm7
vfmsubpd ymm0, ymm1, ymm7, ymm7
vfmsubpd ymm0, ymm1, yword [bx], ymm7
vfmsubpd ymm0, ymm1, yword [bp+0x8], ymm7
vfmsubpd ymm0, ymm1, yword [bp], ymm7
vfmsubpd ymm0, ymm1, yword [0x1234], ymm7
vfmsubpd ymm0, ymm1, yword [bx+0x80], ymm7
vfmsubpd ymm0, ymm1, [bx], ymm7
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
vfmsubpd xmm7, xmm0, xmm1, oword [bx]
vfmsubpd xmm7, xmm0, xmm1, oword [ss:bp+0x4]
vfmsubpd xmm7, xmm0, xmm1, oword [fs:0x20]
vfmsubpd xmm7, xmm0, xmm1, oword [gs:bx+0x12]
vfmsubpd xmm7, xmm0, xmm1, oword [bx+0x7f]
vfmsubpd xmm7, xmm0, xmm1, [bx]
vfmsubpd ymm4, ymm7, ymm0, ymm1
vfmsubpd ymm7, ymm7, ymm0, ymm1
vfmsubpd ymm0, ymm7, ymm0, ymm1
vfmsubpd ymm4, ymm0, ymm0, ymm1
vfmsubpd ymm4, ymm1, ymm0, ymm1
vfmsubpd ymm4, ymm7, ymm1, ymm1
vfmsubpd ymm4, ymm7, ymm4, ymm1
vfmsubpd ymm4, ymm7, ymm0, ymm4
vfmsubpd ymm4, ymm7, ymm0, yword [bx]
vfmsubpd ymm4, ymm7, ymm0, yword [ebp-0x81]
vfmsubpd ymm4, ymm7, ymm0, yword [edi*8+0x1000]
vfmsubpd ymm4, ymm7, ymm0, yword [ds:esi+ebx*2]
vfmsubpd ymm4, ymm7, ymm0, yword [esp]
vfmsubpd ymm4, ymm7, ymm0, [bx]
vfmsubss xmm1, xmm4, xmm7, xmm0
vfmsubss xmm4, xmm4, xmm7, xmm0
vfmsubss xmm7, xmm4, xmm7, xmm0
vfmsubss xmm1, xmm7, xmm7, xmm0
vfmsubss xmm1, xmm0, xmm7, xmm0
vfmsubss xmm1, xmm4, xmm0, xmm0
vfmsubss xmm1, xmm4, dword [bx], xmm0
vfmsubss xmm1, xmm4, dword [bx+di-0x80], xmm0
vfmsubss xmm1, xmm4, dword [bp+si+0x1234], xmm0
vfmsubss xmm1, xmm4, dword [si], xmm0
vfmsubss xmm1, xmm4, dword [di+0x10], xmm0
vfmsubss xmm1, xmm4, [bx], xmm0
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
vfmsubss xmm0, xmm1, xmm4, dword [bx]
vfmsubss xmm0, xmm1, xmm4, dword [bx+0x80]
vfmsubss xmm0, xmm1, xmm4, dword [si-0x2]
vfmsubss xmm0, xmm1, xmm4, dword [es:bx+si]
vfmsubss xmm0, xmm1, xmm4, dword [cs:di]
vfmsubss xmm0, xmm1, xmm4, [bx]
vfmsubsd xmm7, xmm0, xmm1, xmm4
vfmsubsd xmm0, xmm0, xmm1, xmm4
vfmsubsd xmm1, xmm0, xmm1, xmm4
vfmsubsd xmm7, xmm1, xmm1, xmm4
vfmsubsd xmm7, xmm4, xmm1, xmm4
vfmsubsd xmm7, xmm0, xmm4, xmm4
vfmsubsd xmm7, xmm0, qword [bx], xmm4
vfmsubsd xmm7, xmm0, qword [bx+0x7f], xmm4
vfmsubsd xmm7, xmm0, qword [eax], xmm4
vfmsubsd xmm7, xmm0, qword [ebx+ecx*4+0x10], xmm4
vfmsubsd xmm7, xmm0, qword [esp+0x8], xmm4
vfmsubsd xmm7, xmm0, [bx], xmm4
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
vfmsubsd xmm4, xmm7, xmm0, qword [bx]
vfmsubsd xmm4, xmm7, xmm0, qword [esp]
vfmsubsd xmm4, xmm7, xmm0, qword [ebp]
vfmsubsd xmm4, xmm7, xmm0, qword [bx+si]
vfmsubsd xmm4, xmm7, xmm0, qword [bp+di+0x7f]
vfmsubsd xmm4, xmm7, xmm0, [bx]
vfnmaddps xmm7, xmm0, xmm1, xmm4
vfnmaddps xmm0, xmm0, xmm1, xmm4
vfnmaddps xmm1, xmm0, xmm1, xmm4
vfnmaddps xmm7, xmm1, xmm1, xmm4
vfnmaddps xmm7, xmm4, xmm1, xmm4
vfnmaddps xmm7, xmm0, xmm4, xmm4
vfnmaddps xmm7, xmm0, oword [bx], xmm4
vfnmaddps xmm7, xmm0, oword [bp+0x8], xmm4
vfnmaddps xmm7, xmm0, oword [bp], xmm4
vfnmaddps xmm7, xmm0, oword [0x1234], xmm4
vfnmaddps xmm7, xmm0, oword [bx+0x80], xmm4
vfnmaddps xmm7, xmm0, [bx], xmm4
vfnmaddps xmm7, xmm0, xmm1, xmm7
vfnmaddps xmm7, xmm0, xmm1, xmm0
vfnmaddps ymm4, ymm7, ymm0, ymm1
vfnmaddps ymm7, ymm7, ymm0, ymm1
vfnmaddps ymm0, ymm7, ymm0, ymm1
vfnmaddps ymm4, ymm0, ymm0, ymm1
vfnmaddps ymm4, ymm1, ymm0, ymm1
vfnmaddps ymm4, ymm7, ymm1, ymm1
vfnmaddps ymm4, ymm7, yword [bx], ymm1
vfnmaddps ymm4, ymm7, yword [ss:bp+0x4], ymm1
vfnmaddps ymm4, ymm7, yword [fs:0x20], ymm1
vfnmaddps ymm4, ymm7, yword [gs:bx+0x12], ymm1
vfnmaddps ymm4, ymm7, yword [bx+0x7f], ymm1
vfnmaddps ymm4, ymm7, [bx], ymm1
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
vfnmaddps xmm1, xmm4, xmm7, oword [bx]
vfnmaddps xmm1, xmm4, xmm7, oword [ebp-0x81]
vfnmaddps xmm1, xmm4, xmm7, oword [edi*8+0x1000]
vfnmaddps xmm1, xmm4, xmm7, oword [ds:esi+ebx*2]
vfnmaddps xmm1, xmm4, xmm7, oword [esp]
vfnmaddps xmm1, xmm4, xmm7, [bx]
vfnmaddps ymm0, ymm1, ymm4, ymm7
vfnmaddps ymm1, ymm1, ymm4, ymm7
vfnmaddps ymm4, ymm1, ymm4, ymm7
vfnmaddps ymm0, ymm4, ymm4, ymm7
vfnmaddps ymm0, ymm7, ymm4, ymm7
vfnmaddps ymm0, ymm1, ymm7, ymm7
vfnmaddps ymm0, ymm1, ymm0, ymm7
vfnmaddps ymm0, ymm1, ymm4, ymm0
vfnmaddps ymm0, ymm1, ymm4, yword [bx]
vfnmaddps ymm0, ymm1, ymm4, yword [bx+di-0x80]
vfnmaddps ymm0, ymm1, ymm4, yword [bp+si+0x1234]
vfnmaddps ymm0, ymm1, ymm4, yword [si]
vfnmaddps ymm0, ymm1, ymm4, yword [di+0x10]
vfnmaddps ymm0, ymm1, ymm4, [bx]
vfnmaddpd xmm7, xmm0, xmm1, xmm4
vfnmaddpd xmm0, xmm0, xmm1, xmm4
vfnmaddpd xmm1, xmm0, xmm1, xmm4
vfnmaddpd xmm7, xmm1, xmm1, xmm4
vfnmaddpd xmm7, xmm4, xmm1, xmm4
vfnmaddpd xmm7, xmm0, xmm4, xmm4
vfnmaddpd xmm7, xmm0, oword [bx], xmm4
vfnmaddpd xmm7, xmm0, oword [bx+0x80], xmm4
vfnmaddpd xmm7, xmm0, oword [si-0x2], xmm4
vfnmaddpd xmm7, xmm0, oword [es:bx+si], xmm4
vfnmaddpd xmm7, xmm0, oword [cs:di], xmm4
vfnmaddpd xmm7, xmm0, [bx], xmm4
vfnmaddpd xmm7, xmm0, xmm1, xmm7
vfnmaddpd xmm7, xmm0, xmm1, xmm0
vfnmaddpd ymm4, ymm7, ymm0, ymm1
vfnmaddpd ymm7, ymm7, ymm0, ymm1
vfnmaddpd ymm0, ymm7, ymm0, ymm1
vfnmaddpd ymm4, ymm0, ymm0, ymm1
vfnmaddpd ymm4, ymm1, ymm0, ymm1
vfnmaddpd ymm4, ymm7, ymm1, ymm1
vfnmaddpd ymm4, ymm7, yword [bx], ymm1
vfnmaddpd ymm4, ymm7, yword [bx+0x7f], ymm1
vfnmaddpd ymm4, ymm7, yword [eax], ymm1
vfnmaddpd ymm4, ymm7, yword [ebx+ecx*4+0x10], ymm1
vfnmaddpd ymm4, ymm7, yword [esp+0x8], ymm1
vfnmaddpd ymm4, ymm7, [bx], ymm1
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
vfnmaddpd xmm1, xmm4, xmm7, oword [bx]
vfnmaddpd xmm1, xmm4, xmm7, oword [esp]
vfnmaddpd xmm1, xmm4, xmm7, oword [ebp]
vfnmaddpd xmm1, xmm4, xmm7, oword [bx+si]
vfnmaddpd xmm1, xmm4, xmm7, oword [bp+di+0x7f]
vfnmaddpd xmm1, xmm4, xmm7, [bx]
vfnmaddpd ymm0, ymm1, ymm4, ymm7
vfnmaddpd ymm1, ymm1, ymm4, ymm7
vfnmaddpd ymm4, ymm1, ymm4, ymm7
vfnmaddpd ymm0, ymm4, ymm4, ymm7
vfnmaddpd ymm0, ymm7, ymm4, ymm7
vfnmaddpd ymm0, ymm1, ymm7, ymm7
vfnmaddpd ymm0, ymm1, ymm0, ymm7
vfnmaddpd ymm0, ymm1, ymm4, ymm0
vfnmaddpd ymm0, ymm1, ymm4, yword [bx]
vfnmaddpd ymm0, ymm1, ymm4, yword [di+0x10]
vfnmaddpd ymm0, ymm1, ymm4, yword [bp+0x8]
vfnmaddpd ymm0, ymm1, ymm4, yword [bp]
vfnmaddpd ymm0, ymm1, ymm4, yword [0x1234]
vfnmaddpd ymm0, ymm1, ymm4, [bx]
vfnmaddss xmm7, xmm0, xmm1, xmm4
vfnmaddss xmm0, xmm0, xmm1, xmm4
vfnmaddss xmm1, xmm0, xmm1, xmm4
vfnmaddss xmm7, xmm1, xmm1, xmm4
vfnmaddss xmm7, xmm4, xmm1, xmm4
vfnmaddss xmm7, xmm0, xmm4, xmm4
vfnmaddss xmm7, xmm0, dword [bx], xmm4
vfnmaddss xmm7, xmm0, dword [cs:di], xmm4
vfnmaddss xmm7, xmm0, dword [ss:bp+0x4], xmm4
vfnmaddss xmm7, xmm0, dword [fs:0x20], xmm4
vfnmaddss xmm7, xmm0, dword [gs:bx+0x12], xmm4
vfnmaddss xmm7, xmm0, [bx], xmm4
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
vfnmaddss xmm4, xmm7, xmm0, dword [bx]
vfnmaddss xmm4, xmm7, xmm0, dword [esp+0x8]
vfnmaddss xmm4, xmm7, xmm0, dword [ebp-0x81]
vfnmaddss xmm4, xmm7, xmm0, dword [edi*8+0x1000]
vfnmaddss xmm4, xmm7, xmm0, dword [ds:esi+ebx*2]
vfnmaddss xmm4, xmm7, xmm0, [bx]
vfnmaddsd xmm1, xmm4, xmm7, xmm0
vfnmaddsd xmm4, xmm4, xmm7, xmm0
vfnmaddsd xmm7, xmm4, xmm7, xmm0
vfnmaddsd xmm1, xmm7, xmm7, xmm0
vfnmaddsd xmm1, xmm0, xmm7, xmm0
vfnmaddsd xmm1, xmm4, xmm0, xmm0
vfnmaddsd xmm1, xmm4, qword [bx], xmm0
vfnmaddsd xmm1, xmm4, qword [bp+di+0x7f], xmm0
vfnmaddsd xmm1, xmm4, qword [bx+di-0x80], xmm0
vfnmaddsd xmm1, xmm4, qword [bp+si+0x1234], xmm0
vfnmaddsd xmm1, xmm4, qword [si], xmm0
vfnmaddsd xmm1, xmm4, [bx], xmm0
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
vfnmaddsd xmm0, xmm1, xmm4, qword [bx]
vfnmaddsd xmm0, xmm1, xmm4, qword [0x1234]
vfnmaddsd xmm0, xmm1, xmm4, qword [bx+0x80]
vfnmaddsd xmm0, xmm1, xmm4, qword [si-0x2]
vfnmaddsd xmm0, xmm1, xmm4, qword [es:bx+si]
vfnmaddsd xmm0, xmm1, xmm4, [bx]
vfnmsubps xmm7, xmm0, xmm1, xmm4
vfnmsubps xmm0, xmm0, xmm1, xmm4
vfnmsubps xmm1, xmm0, xmm1, xmm4
vfnmsubps xmm7, xmm1, xmm1, xmm4
vfnmsubps xmm7, xmm4, xmm1, xmm4
vfnmsubps xmm7, xmm0, xmm4, xmm4
vfnmsubps xmm7, xmm0, oword [bx], xmm4
vfnmsubps xmm7, xmm0, oword [gs:bx+0x12], xmm4
vfnmsubps xmm7, xmm0, oword [bx+0x7f], xmm4
vfnmsubps xmm7, xmm0, oword [eax], xmm4
vfnmsubps xmm7, xmm0, oword [ebx+ecx*4+0x10], xmm4
vfnmsubps xmm7, xmm0, [bx], xmm4
vfnmsubps xmm7, xmm0, xmm1, xmm7
vfnmsubps xmm7, xmm0, xmm1, xmm0
vfnmsubps ymm4, ymm7, ymm0, ymm1
vfnmsubps ymm7, ymm7, ymm0, ymm1
vfnmsubps ymm0, ymm7, ymm0, ymm1
vfnmsubps ymm4, ymm0, ymm0, ymm1
vfnmsubps ymm4, ymm1, ymm0, ymm1
vfnmsubps ymm4, ymm7, ymm1, ymm1
vfnmsubps ymm4, ymm7, yword [bx], ymm1
vfnmsubps ymm4, ymm7, yword [ds:esi+ebx*2], ymm1
vfnmsubps ymm4, ymm7, yword [esp], ymm1
vfnmsubps ymm4, ymm7, yword [ebp], ymm1
vfnmsubps ymm4, ymm7, yword [bx+si], ymm1
vfnmsubps ymm4, ymm7, [bx], ymm1
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
vfnmsubps xmm1, xmm4, xmm7, oword [bx]
vfnmsubps xmm1, xmm4, xmm7, oword [si]
vfnmsubps xmm1, xmm4, xmm7, oword [di+0x10]
vfnmsubps xmm1, xmm4, xmm7, oword [bp+0x8]
vfnmsubps xmm1, xmm4, xmm7, oword [bp]
vfnmsubps xmm1, xmm4, xmm7, [bx]
vfnmsubps ymm0, ymm1, ymm4, ymm7
vfnmsubps ymm1, ymm1, ymm4, ymm7
vfnmsubps ymm4, ymm1, ymm4, ymm7
vfnmsubps ymm0, ymm4, ymm4, ymm7
vfnmsubps ymm0, ymm7, ymm4, ymm7
vfnmsubps ymm0, ymm1, ymm7, ymm7
vfnmsubps ymm0, ymm1, ymm0, ymm7
vfnmsubps ymm0, ymm1, ymm4, ymm0
vfnmsubps ymm0, ymm1, ymm4, yword [bx]
vfnmsubps ymm0, ymm1, ymm4, yword [es:bx+si]
vfnmsubps ymm0, ymm1, ymm4, yword [cs:di]
vfnmsubps ymm0, ymm1, ymm4, yword [ss:bp+0x4]
vfnmsubps ymm0, ymm1, ymm4, yword [fs:0x20]
vfnmsubps ymm0, ymm1, ymm4, [bx]
vfnmsubpd xmm7, xmm0, xmm1, xmm4
vfnmsubpd xmm0, xmm0, xmm1, xmm4
vfnmsubpd xmm1, xmm0, xmm1, xmm4
vfnmsubpd xmm7, xmm1, xmm1, xmm4
vfnmsubpd xmm7, xmm4, xmm1, xmm4
vfnmsubpd xmm7, xmm0, xmm4, xmm4
vfnmsubpd xmm7, xmm0, oword [bx], xmm4
vfnmsubpd xmm7, xmm0, oword [ebx+ecx*4+0x10], xmm4
vfnmsubpd xmm7, xmm0, oword [esp+0x8], xmm4
vfnmsubpd xmm7, xmm0, oword [ebp-0x81], xmm4
vfnmsubpd xmm7, xmm0, oword [edi*8+0x1000], xmm4
vfnmsubpd xmm7, xmm0, [bx], xmm4
vfnmsubpd xmm7, xmm0, xmm1, xmm7
vfnmsubpd xmm7, xmm0, xmm1, xmm0
vfnmsubpd ymm4, ymm7, ymm0, ymm1
vfnmsubpd ymm7, ymm7, ymm0, ymm1
vfnmsubpd ymm0, ymm7, ymm0, ymm1
vfnmsubpd ymm4, ymm0, ymm0, ymm1
vfnmsubpd ymm4, ymm1, ymm0, ymm1
vfnmsubpd ymm4, ymm7, ymm1, ymm1
vfnmsubpd ymm4, ymm7, yword [bx], ymm1
vfnmsubpd ymm4, ymm7, yword [bx+si], ymm1
vfnmsubpd ymm4, ymm7, yword [bp+di+0x7f], ymm1
vfnmsubpd ymm4, ymm7, yword [bx+di-0x80], ymm1
vfnmsubpd ymm4, ymm7, yword [bp+si+0x1234], ymm1
vfnmsubpd ymm4, ymm7, [bx], ymm1
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
vfnmsubpd xmm1, xmm4, xmm7, oword [bx]
vfnmsubpd xmm1, xmm4, xmm7, oword [bp]
vfnmsubpd xmm1, xmm4, xmm7, oword [0x1234]
vfnmsubpd xmm1, xmm4, xmm7, oword [bx+0x80]
vfnmsubpd xmm1, xmm4, xmm7, oword [si-0x2]
vfnmsubpd xmm1, xmm4, xmm7, [bx]
vfnmsubpd ymm0, ymm1, ymm4, ymm7
vfnmsubpd ymm1, ymm1, ymm4, ymm7
vfnmsubpd ymm4, ymm1, ymm4, ymm7
vfnmsubpd ymm0, ymm4, ymm4, ymm7
vfnmsubpd ymm0, ymm7, ymm4, ymm7
vfnmsubpd ymm0, ymm1, ymm7, ymm7
vfnmsubpd ymm0, ymm1, ymm0, ymm7
vfnmsubpd ymm0, ymm1, ymm4, ymm0
vfnmsubpd ymm0, ymm1, ymm4, yword [bx]
vfnmsubpd ymm0, ymm1, ymm4, yword [fs:0x20]
vfnmsubpd ymm0, ymm1, ymm4, yword [gs:bx+0x12]
vfnmsubpd ymm0, ymm1, ymm4, yword [bx+0x7f]
vfnmsubpd ymm0, ymm1, ymm4, yword [eax]
vfnmsubpd ymm0, ymm1, ymm4, [bx]
vfnmsubss xmm7, xmm0, xmm1, xmm4
vfnmsubss xmm0, xmm0, xmm1, xmm4
vfnmsubss xmm1, xmm0, xmm1, xmm4
vfnmsubss xmm7, xmm1, xmm1, xmm4
vfnmsubss xmm7, xmm4, xmm1, xmm4
vfnmsubss xmm7, xmm0, xmm4, xmm4
vfnmsubss xmm7, xmm0, dword [bx], xmm4
vfnmsubss xmm7, xmm0, dword [edi*8+0x1000], xmm4
vfnmsubss xmm7, xmm0, dword [ds:esi+ebx*2], xmm4
vfnmsubss xmm7, xmm0, dword [esp], xmm4
vfnmsubss xmm7, xmm0, dword [ebp], xmm4
vfnmsubss xmm7, xmm0, [bx], xmm4
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
vfnmsubss xmm4, xmm7, xmm0, dword [bx]
vfnmsubss xmm4, xmm7, xmm0, dword [bp+si+0x1234]
vfnmsubss xmm4, xmm7, xmm0, dword [si]
vfnmsubss xmm4, xmm7, xmm0, dword [di+0x10]
vfnmsubss xmm4, xmm7, xmm0, dword [bp+0x8]
vfnmsubss xmm4, xmm7, xmm0, [bx]
vfnmsubsd xmm1, xmm4, xmm7, xmm0
vfnmsubsd xmm4, xmm4, xmm7, xmm0
vfnmsubsd xmm7, xmm4, xmm7, xmm0
vfnmsubsd xmm1, xmm7, xmm7, xmm0
vfnmsubsd xmm1, xmm0, xmm7, xmm0
vfnmsubsd xmm1, xmm4, xmm0, xmm0
vfnmsubsd xmm1, xmm4, qword [bx], xmm0
vfnmsubsd xmm1, xmm4, qword [si-0x2], xmm0
vfnmsubsd xmm1, xmm4, qword [es:bx+si], xmm0
vfnmsubsd xmm1, xmm4, qword [cs:di], xmm0
vfnmsubsd xmm1, xmm4, qword [ss:bp+0x4], xmm0
vfnmsubsd xmm1, xmm4, [bx], xmm0
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
vfnmsubsd xmm0, xmm1, xmm4, qword [bx]
vfnmsubsd xmm0, xmm1, xmm4, qword [eax]
vfnmsubsd xmm0, xmm1, xmm4, qword [ebx+ecx*4+0x10]
vfnmsubsd xmm0, xmm1, xmm4, qword [esp+0x8]
vfnmsubsd xmm0, xmm1, xmm4, qword [ebp-0x81]
vfnmsubsd xmm0, xmm1, xmm4, [bx]
sha1rnds4 xmm7, xmm0, 0x12
sha1rnds4 xmm0, xmm0, 0x12
sha1rnds4 xmm1, xmm0, 0x12
sha1rnds4 xmm7, xmm1, 0x12
sha1rnds4 xmm7, oword [bx], 0x12
sha1rnds4 xmm7, oword [ebp], 0x12
sha1rnds4 xmm7, oword [bx+si], 0x12
sha1rnds4 xmm7, oword [bp+di+0x7f], 0x12
sha1rnds4 xmm7, oword [bx+di-0x80], 0x12
sha1rnds4 xmm7, [bx], 0x12
sha1rnds4 xmm7, xmm0, 0xf0
gf2p8affineqb xmm4, xmm7, 0x12
gf2p8affineqb xmm7, xmm7, 0x12
gf2p8affineqb xmm0, xmm7, 0x12
gf2p8affineqb xmm4, xmm0, 0x12
gf2p8affineqb xmm4, oword [bx], 0x12
gf2p8affineqb xmm4, oword [bp+0x8], 0x12
gf2p8affineqb xmm4, oword [bp], 0x12
gf2p8affineqb xmm4, oword [0x1234], 0x12
gf2p8affineqb xmm4, oword [bx+0x80], 0x12
gf2p8affineqb xmm4, [bx], 0x12
gf2p8affineqb xmm4, xmm7, 0xf0
vgf2p8affineqb xmm1, xmm4, xmm7, 0x12
vgf2p8affineqb xmm4, xmm4, xmm7, 0x12
vgf2p8affineqb xmm7, xmm4, xmm7, 0x12
vgf2p8affineqb xmm1, xmm7, xmm7, 0x12
vgf2p8affineqb xmm1, xmm0, xmm7, 0x12
vgf2p8affineqb xmm1, xmm4, xmm0, 0x12
vgf2p8affineqb xmm1, xmm4, oword [bx], 0x12
vgf2p8affineqb xmm1, xmm4, oword [ss:bp+0x4], 0x12
vgf2p8affineqb xmm1, xmm4, oword [fs:0x20], 0x12
vgf2p8affineqb xmm1, xmm4, oword [gs:bx+0x12], 0x12
vgf2p8affineqb xmm1, xmm4, oword [bx+0x7f], 0x12
vgf2p8affineqb xmm1, xmm4, [bx], 0x12
vgf2p8affineqb xmm1, xmm4, xmm7, 0xf0
vgf2p8affineqb ymm0, ymm1, ymm4, 0x12
vgf2p8affineqb ymm1, ymm1, ymm4, 0x12
vgf2p8affineqb ymm4, ymm1, ymm4, 0x12
vgf2p8affineqb ymm0, ymm4, ymm4, 0x12
vgf2p8affineqb ymm0, ymm7, ymm4, 0x12
vgf2p8affineqb ymm0, ymm1, ymm7, 0x12
vgf2p8affineqb ymm0, ymm1, yword [bx], 0x12
vgf2p8affineqb ymm0, ymm1, yword [ebp-0x81], 0x12
vgf2p8affineqb ymm0, ymm1, yword [edi*8+0x1000], 0x12
vgf2p8affineqb ymm0, ymm1, yword [ds:esi+ebx*2], 0x12
vgf2p8affineqb ymm0, ymm1, yword [esp], 0x12
vgf2p8affineqb ymm0, ymm1, [bx], 0x12
vgf2p8affineqb ymm0, ymm1, ymm4, 0xf0
gf2p8affineinvqb xmm0, xmm1, 0x12
gf2p8affineinvqb xmm1, xmm1, 0x12
gf2p8affineinvqb xmm4, xmm1, 0x12
gf2p8affineinvqb xmm0, xmm4, 0x12
gf2p8affineinvqb xmm0, oword [bx], 0x12
gf2p8affineinvqb xmm0, oword [esp], 0x12
gf2p8affineinvqb xmm0, oword [ebp], 0x12
gf2p8affineinvqb xmm0, oword [bx+si], 0x12
gf2p8affineinvqb xmm0, oword [bp+di+0x7f], 0x12
gf2p8affineinvqb xmm0, [bx], 0x12
gf2p8affineinvqb xmm0, xmm1, 0xf0
vgf2p8affineinvqb xmm7, xmm0, xmm1, 0x12
vgf2p8affineinvqb xmm0, xmm0, xmm1, 0x12
vgf2p8affineinvqb xmm1, xmm0, xmm1, 0x12
vgf2p8affineinvqb xmm7, xmm1, xmm1, 0x12
vgf2p8affineinvqb xmm7, xmm4, xmm1, 0x12
vgf2p8affineinvqb xmm7, xmm0, xmm4, 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [bx], 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [di+0x10], 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [bp+0x8], 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [bp], 0x12
vgf2p8affineinvqb xmm7, xmm0, oword [0x1234], 0x12
vgf2p8affineinvqb xmm7, xmm0, [bx], 0x12
vgf2p8affineinvqb xmm7, xmm0, xmm1, 0xf0
vgf2p8affineinvqb ymm4, ymm7, ymm0, 0x12
vgf2p8affineinvqb ymm7, ymm7, ymm0, 0x12
vgf2p8affineinvqb ymm0, ymm7, ymm0, 0x12
vgf2p8affineinvqb ymm4, ymm0, ymm0, 0x12
vgf2p8affineinvqb ymm4, ymm1, ymm0, 0x12
vgf2p8affineinvqb ymm4, ymm7, ymm1, 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [bx], 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [cs:di], 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [ss:bp+0x4], 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [fs:0x20], 0x12
vgf2p8affineinvqb ymm4, ymm7, yword [gs:bx+0x12], 0x12
vgf2p8affineinvqb ymm4, ymm7, [bx], 0x12
vgf2p8affineinvqb ymm4, ymm7, ymm0, 0xf0
aeskeygenassist xmm4, xmm7, 0x12
aeskeygenassist xmm7, xmm7, 0x12
aeskeygenassist xmm0, xmm7, 0x12
aeskeygenassist xmm4, xmm0, 0x12
aeskeygenassist xmm4, oword [bx], 0x12
aeskeygenassist xmm4, oword [gs:bx+0x12], 0x12
aeskeygenassist xmm4, oword [bx+0x7f], 0x12
aeskeygenassist xmm4, oword [eax], 0x12
aeskeygenassist xmm4, oword [ebx+ecx*4+0x10], 0x12
aeskeygenassist xmm4, [bx], 0x12
aeskeygenassist xmm4, xmm7, 0xf0
vaeskeygenassist xmm1, xmm4, 0x12
vaeskeygenassist xmm4, xmm4, 0x12
vaeskeygenassist xmm7, xmm4, 0x12
vaeskeygenassist xmm1, xmm7, 0x12
vaeskeygenassist xmm1, oword [bx], 0x12
vaeskeygenassist xmm1, oword [ds:esi+ebx*2], 0x12
vaeskeygenassist xmm1, oword [esp], 0x12
vaeskeygenassist xmm1, oword [ebp], 0x12
vaeskeygenassist xmm1, oword [bx+si], 0x12
vaeskeygenassist xmm1, [bx], 0x12
vaeskeygenassist xmm1, xmm4, 0xf0
rorx eax, ecx, 0x12
rorx ecx, ecx, 0x12
rorx edx, ecx, 0x12
rorx eax, edx, 0x12
rorx eax, dword [bx], 0x12
rorx eax, dword [si], 0x12
rorx eax, dword [di+0x10], 0x12
rorx eax, dword [bp+0x8], 0x12
rorx eax, dword [bp], 0x12
rorx eax, [bx], 0x12
rorx eax, ecx, 0xf0
pvalidate
a32 pvalidate
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
prefetchit1 byte [bx]
prefetchit1 byte [bx+0x7f]
prefetchit1 byte [eax]
prefetchit1 byte [ebx+ecx*4+0x10]
prefetchit1 byte [esp+0x8]
prefetchit1 [bx]
prefetchit0 byte [bx]
prefetchit0 byte [esp]
prefetchit0 byte [ebp]
prefetchit0 byte [bx+si]
prefetchit0 byte [bp+di+0x7f]
prefetchit0 [bx]
aadd dword [bx], ecx
aadd dword [di+0x10], ecx
aadd dword [bp+0x8], ecx
aadd dword [bp], ecx
aadd dword [0x1234], ecx
aadd [bx], ecx
aadd dword [bx], edx
aadd dword [bx], ebx
aand dword [bx], edi
aand dword [esp+0x8], edi
aand dword [ebp-0x81], edi
aand dword [edi*8+0x1000], edi
aand dword [ds:esi+ebx*2], edi
aand [bx], edi
aand dword [bx], eax
aand dword [bx], ecx
axor dword [bx], ebp
axor dword [0x1234], ebp
axor dword [bx+0x80], ebp
axor dword [si-0x2], ebp
axor dword [es:bx+si], ebp
axor [bx], ebp
axor dword [bx], esi
axor dword [bx], edi
jmp 0x0:0x7c00
call far [si+0x4]
retf 0x4
o32 retf
o32 iret
int 0x10
int 3
icebp
lgdt [0x500]
lidt [bp+si]
mov ds, ax
mov ax, cs
push word 0x1234
push dword 0x12345678
push 0x12
in al, 0x60
out 0x80, al
cs nop
a32 nop
o32 nop
a32 rep stosb
jmp short $
jcxz $+0x10
jecxz $+0x10
loop $-0x10
a32 loop $+0x4
call dword $+0x10
mov ax, [si+bx]
mov ax, [di+bp+0x2]
mov ax, [bp]
lea ax, [bx+si+0x0]
mov ax, [bx+0x0]
mov ax, [byte bx+0x0]
mov ax, [word bx+0x0]
