"""Boot sectors that draw: enter 32-bit protected mode (flat segments) and fill
rectangles in the linear framebuffer at 0xFD000000, then ``cli; hlt``.

``graphics_sector(setup, pitch, pixel_bytes, rectangles)``: ``setup`` is
real-mode code that chooses the mode (a VBE call, or nothing); ``pitch`` the
bytes per scan line; ``rectangles`` (x, y, width, height, colour) in the
mode's pixel format. :func:`expected_image` draws the same rectangles with
Pillow, in RGB, for the tests to compare with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PIL import Image, ImageDraw

Rectangle = tuple[int, int, int, int, int]

#: 800x600x32: a dark background, red, green, blue to the last line and column,
#: a one-pixel-wide white line.
RECTANGLES_32: Sequence[Rectangle] = (
    (0, 0, 800, 600, 0x203040),
    (40, 30, 200, 150, 0xFF0000),
    (300, 200, 250, 100, 0x00FF00),
    (600, 400, 200, 200, 0x0000FF),
    (100, 500, 1, 50, 0xFFFFFF),
)

#: Real mode: VBE 4F02h mode 143h (800x600x32) with the linear framebuffer; a
#: failure halts at once (the screen stays in text mode).
VBE_800X600X32 = """
    mov ax, 0x4F02
    mov bx, 0x4143
    int 0x10
    cmp ax, 0x004F
    jne halt
"""

TEMPLATE = """
bits 16
org 0x7C00
    xor ax, ax
    mov ds, ax
{setup}
    cli
    lgdt [gdt_pointer]
    mov eax, cr0
    or eax, 1
    mov cr0, eax
    jmp 0x08:protected
halt:
    cli
    hlt
bits 32
protected:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x7000
{protected_setup}
    mov esi, rectangles
.next:
    cmp esi, rectangles_end
    je .done
    lodsd                       ; x | y << 16
    movzx ebx, ax
    shr eax, 16
    imul edi, eax, {pitch}
    imul ebx, ebx, {pixel_bytes}
    lea edi, [edi + ebx + 0xFD000000]
    lodsd                       ; width | height << 16
    movzx ecx, ax
    shr eax, 16
    mov edx, eax
    lodsd                       ; colour
.row:
    push edi
    push ecx
    rep {store}
    pop ecx
    pop edi
    add edi, {pitch}
    dec edx
    jnz .row
    jmp .next
.done:
    cli
    hlt
align 4
rectangles:
{rectangles}
rectangles_end:
align 8
gdt:
    dq 0
    dq 0x00CF9A000000FFFF       ; 0x08: flat 32-bit code
    dq 0x00CF92000000FFFF       ; 0x10: flat data
gdt_pointer:
    dw gdt_pointer - gdt - 1
    dd gdt
    times 510 - ($ - $$) db 0
    dw 0xAA55
"""


def graphics_sector(
    rectangles: Sequence[Rectangle],
    *,
    pitch: int,
    pixel_bytes: int,
    setup: str = "",
    protected_setup: str = "",
) -> str:
    """The source of a boot sector that sets a mode and draws ``rectangles``."""
    store = {4: "stosd", 2: "stosw", 1: "stosb"}[pixel_bytes]
    table = "\n".join(
        f"    dw {x}, {y}, {width}, {height}\n    dd {colour:#x}"
        for x, y, width, height, colour in rectangles
    )
    return TEMPLATE.format(
        setup=setup,
        protected_setup=protected_setup,
        pitch=pitch,
        pixel_bytes=pixel_bytes,
        store=store,
        rectangles=table,
    )


def expected_image(
    size: tuple[int, int],
    rectangles: Sequence[Rectangle],
    to_rgb: Callable[[int], tuple[int, int, int]],
) -> Image.Image:
    """The rectangles drawn by Pillow on black, each colour turned into RGB by ``to_rgb``."""
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for x, y, width, height, colour in rectangles:
        draw.rectangle((x, y, x + width - 1, y + height - 1), fill=to_rgb(colour))
    return image


def rgb32(colour: int) -> tuple[int, int, int]:
    """A 32 bpp pixel (0x00RRGGBB) as RGB."""
    return colour >> 16 & 0xFF, colour >> 8 & 0xFF, colour & 0xFF


def rgb565(colour: int) -> tuple[int, int, int]:
    """A 16 bpp 5:6:5 pixel as QEMU's display widens it (top bits repeated below)."""
    red, green, blue = colour >> 11 & 0x1F, colour >> 5 & 0x3F, colour & 0x1F
    return red << 3 | red >> 2, green << 2 | green >> 4, blue << 3 | blue >> 2
