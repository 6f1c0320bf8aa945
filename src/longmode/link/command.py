"""The GNU ld command line, as kernel builds and rustc write it.

GNU ld's own parser is getopt_long_only: long options take one dash or two, and
``=value`` or the next argument; some short options take their value attached
(``-Tfile``, ``-lc``, ``-Ldir``, ``-ofile``). Options that do not change a static
kernel link (``-static``, ``-nostdlib``, ``--build-id=none``, ``-O1``…) are
accepted; options this linker does not implement are an
error that names them, never ignored (ld's manual, "Command-line Options").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from longmode.link.model import LinkError

#: Emulations (``-m``) and the machine each means.
EMULATIONS = {"elf_x86_64": 64, "elf_i386": 32}
#: ``--oformat`` values.
OFORMATS = ("elf64-x86-64", "elf32-i386", "binary")


class InputArgument(NamedTuple):
    """A file or library on the command line, with the modes in force there."""

    #: "file", "library" (``-l``; ``-l:name`` keeps the colon), "start-group" or "end-group".
    kind: str
    value: str = ""
    whole_archive: bool = False


@dataclass(slots=True)
class LinkOptions:
    output: str = "a.out"
    scripts: list[str] = field(default_factory=list)
    entry: str | None = None
    emulation: str | None = None
    gc_sections: bool = False
    map_file: str | None = None
    max_page_size: int | None = None
    common_page_size: int | None = None
    library_paths: list[str] = field(default_factory=list)
    inputs: list[InputArgument] = field(default_factory=list)
    undefined: list[str] = field(default_factory=list)
    defsyms: list[tuple[str, str]] = field(default_factory=list)
    #: ``-Ttext=`` and friends, and ``--section-start=name=addr``: name -> address text.
    section_starts: dict[str, str] = field(default_factory=dict)
    pie: bool = False
    strip_all: bool = False
    strip_debug: bool = False
    exec_stack: bool | None = None
    relro: bool | None = None
    #: ``--eh-frame-hdr``: an .eh_frame_hdr table and its PT_GNU_EH_FRAME.
    eh_frame_hdr: bool = False
    print_gc_sections: bool = False
    no_undefined: bool = True
    #: ``--oformat``: None (ELF for the machine) or "binary".
    oformat: str | None = None


#: Options with no effect on a static kernel link, and why they are accepted.
_ACCEPTED = {
    "-static", "-Bstatic", "-dn", "-non_shared", "-Bdynamic", "-dy", "-call_shared",
    "-nostdlib", "--no-undefined",
    "--build-id=none", "-O0", "-O1", "-O2",
    "--no-dynamic-linker", "--as-needed", "--no-as-needed", "--fatal-warnings",
    "--no-fatal-warnings", "--color-diagnostics", "--no-color-diagnostics",
    "-Bsymbolic", "--hash-style=gnu", "--hash-style=sysv", "--hash-style=both",
    "--no-gc-sections", "--discard-none", "-X", "--discard-locals", "-nopie", "-no-pie",
    "--no-pie", "--warn-common", "--sort-common", "--no-relax", "--relax",
    "--no-rosegment", "--rosegment", "-znoexecstack", "--pic-veneer", "--no-warn-rwx-segments",
    "--no-warn-execstack", "-flavor",
}  # fmt: skip
#: ``-z`` keywords accepted without effect.
_Z_ACCEPTED = {"noexecstack", "execstack", "relro", "norelro", "now", "lazy", "text", "notext",
               "separate-code", "noseparate-code", "nognustack", "defs", "nodefs"}  # fmt: skip


def parse(arguments: list[str]) -> LinkOptions:
    """The options in ``arguments`` (what follows the command's name); LinkError for
    an option that is unknown, misses its value, or is not implemented."""
    options = LinkOptions()
    whole = False
    args = list(arguments)
    index = 0

    def value_of(option: str, inline: str | None) -> str:
        nonlocal index
        if inline is not None:
            return inline
        index += 1
        if index >= len(args):
            raise LinkError(f"option {option} needs a value")
        return args[index]

    while index < len(args):
        argument = args[index]
        if argument == "-flavor" and index + 1 < len(args):  # rust-lld's first option
            index += 2
            continue
        if not argument.startswith("-") or argument == "-":
            options.inputs.append(InputArgument("file", argument, whole))
            index += 1
            continue
        name, eq, inline = argument.partition("=")
        value: str | None = inline if eq else None
        bare = name.lstrip("-")
        if argument in _ACCEPTED or (name == "--build-id" and value == "none"):
            index += 1
            continue
        if argument in ("--eh-frame-hdr", "--no-eh-frame-hdr"):
            options.eh_frame_hdr = argument == "--eh-frame-hdr"
            index += 1
            continue
        if name == "--build-id":
            raise LinkError(
                f"{argument}: a build-id note is not done yet in longmode's linker "
                "(--build-id=none is accepted)"
            )
        if bare in ("o", "output"):
            options.output = value_of(argument, value)
        elif argument.startswith("-o") and len(argument) > 2 and not argument.startswith("--"):
            options.output = argument[2:]
        elif bare in ("T", "script"):
            options.scripts.append(value_of(argument, value))
        elif argument.startswith("-T") and bare[1:] in ("text", "data", "bss") and value:
            options.section_starts["." + bare[1:]] = value
        elif argument in ("-Ttext", "-Tdata", "-Tbss"):
            options.section_starts["." + argument[2:]] = value_of(argument, None)
        elif argument.startswith("-T") and len(argument) > 2 and not argument.startswith("--"):
            options.scripts.append(argument[2:])
        elif bare in ("e", "entry"):
            options.entry = value_of(argument, value)
        elif argument.startswith("-e") and len(argument) > 2 and not argument.startswith("--"):
            options.entry = argument[2:]
        elif bare == "m":
            options.emulation = value_of(argument, value)
        elif argument.startswith("-m") and argument[2:] in EMULATIONS:
            options.emulation = argument[2:]
        elif bare == "gc-sections":
            options.gc_sections = True
        elif bare == "print-gc-sections":
            options.print_gc_sections = True
        elif bare in ("Map", "M") and name != "-M":
            options.map_file = value_of(argument, value)
        elif bare == "z":
            _z_option(options, value_of(argument, value), argument)
        elif argument.startswith("-z") and len(argument) > 2:
            _z_option(options, argument[2:], argument)
        elif bare in ("L", "library-path"):
            options.library_paths.append(value_of(argument, value))
        elif argument.startswith("-L") and len(argument) > 2:
            options.library_paths.append(argument[2:])
        elif bare in ("l", "library"):
            options.inputs.append(InputArgument("library", value_of(argument, value), whole))
        elif argument.startswith("-l") and len(argument) > 2:
            options.inputs.append(InputArgument("library", argument[2:], whole))
        elif bare == "whole-archive":
            whole = True
        elif bare == "no-whole-archive":
            whole = False
        elif argument in ("--start-group", "-("):
            options.inputs.append(InputArgument("start-group"))
        elif argument in ("--end-group", "-)"):
            options.inputs.append(InputArgument("end-group"))
        elif bare in ("u", "undefined"):
            options.undefined.append(value_of(argument, value))
        elif argument.startswith("-u") and len(argument) > 2:
            options.undefined.append(argument[2:])
        elif bare == "defsym":
            symbol, sep, expression = value_of(argument, value).partition("=")
            if not sep or not symbol:
                raise LinkError(f"--defsym wants SYMBOL=EXPRESSION, not {argument!r}")
            options.defsyms.append((symbol.strip(), expression))
        elif bare == "section-start":
            section, sep, address = value_of(argument, value).partition("=")
            if not sep:
                raise LinkError(f"--section-start wants SECTION=ADDRESS, not {argument!r}")
            options.section_starts[section] = address
        elif bare == "oformat":
            fmt = value_of(argument, value)
            if fmt not in OFORMATS:
                raise LinkError(f"--oformat {fmt}: longmode link writes {', '.join(OFORMATS)}")
            options.oformat = "binary" if fmt == "binary" else None
        elif bare in ("pie", "static-pie"):
            options.pie = True
        elif bare in ("s", "strip-all"):
            options.strip_all = True
        elif bare in ("S", "strip-debug"):
            options.strip_debug = True
        else:
            raise LinkError(
                f"unknown or unsupported option {argument!r} (longmode link takes the GNU ld "
                "options kernel builds use: see `longmode link --help`)"
            )
        index += 1
    depth = 0
    for item in options.inputs:
        depth += {"start-group": 1, "end-group": -1}.get(item.kind, 0)
        if depth not in (0, 1):
            raise LinkError("--start-group/--end-group do not pair up (groups cannot nest)")
    if depth:
        raise LinkError("--start-group without --end-group")
    if options.emulation is not None and options.emulation not in EMULATIONS:
        raise LinkError(
            f"-m {options.emulation}: longmode link knows {', '.join(sorted(EMULATIONS))}"
        )
    return options


def _z_option(options: LinkOptions, keyword: str, argument: str) -> None:
    key, eq, text = keyword.partition("=")
    if key in ("max-page-size", "common-page-size") and eq:
        try:
            size = int(text, 0)
        except ValueError:
            raise LinkError(f"-z {keyword}: {text!r} is not a number") from None
        if size <= 0 or size & (size - 1):
            raise LinkError(f"-z {keyword}: the page size must be a power of two")
        if key == "max-page-size":
            options.max_page_size = size
        else:
            options.common_page_size = size
        return
    if keyword in _Z_ACCEPTED:
        if keyword in ("execstack", "noexecstack"):
            options.exec_stack = keyword == "execstack"
        if keyword in ("relro", "norelro"):
            options.relro = keyword == "relro"
        return
    raise LinkError(f"unknown or unsupported option '-z {keyword}' (in {argument!r})")
