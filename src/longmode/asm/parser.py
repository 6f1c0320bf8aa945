"""Parse preprocessed lines into statements: labels, instructions, data and directives."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from longmode.asm.diagnostics import INTERNAL_ERRORS, DiagnosticSink, LineError
from longmode.asm.encode import Prefixes
from longmode.asm.expr import Node, parse_expr
from longmode.asm.lexer import Token, split_commas, tokenize
from longmode.asm.operands import FarOp, ImmOp, MemOp, Operand, parse_operand
from longmode.asm.optable import REGISTERS, foreign_instruction, is_mnemonic
from longmode.asm.sourcelines import SourceLine
from longmode.asm.statements import Data, Directive, Equ, Instr, Label, Reserve, Stmt

DATA_WIDTHS = {"db": 1, "dw": 2, "dd": 4, "dq": 8, "dt": 10, "do": 16, "dy": 32, "dz": 64}
RES_WIDTHS = {
    "resb": 1, "resw": 2, "resd": 4, "resq": 8, "rest": 10, "reso": 16, "resy": 32, "resz": 64,
}  # fmt: skip
PREFIXES = {
    "rep", "repe", "repz", "repne", "repnz", "lock", "o16", "o32", "o64", "a16", "a32", "a64",
    "cs", "ds", "es", "ss", "fs", "gs", "xacquire", "xrelease",
}  # fmt: skip
# NASM's prefixes that longmode does not encode: refused by name, never taken for labels
_UNSUPPORTED_PREFIXES = {
    "osp": "write o16 or o32", "asp": "write a16 or a32", "bnd": "MPX is not supported",
    "nobnd": "MPX is not supported",
}  # fmt: skip
# Words NASM never takes for a label or an instruction at the start of a line
_NOT_LABELS = {
    "byte", "word", "dword", "qword", "tword", "oword", "yword", "zword", "far", "near",
    "short", "strict", "to", "abs", "rel", "seg", "wrt", "nosplit",
}  # fmt: skip
DIRECTIVES = {
    "bits", "use16", "use32", "use64", "org", "section", "segment", "global", "extern",
    "common", "absolute", "default", "align", "alignb", "incbin", "struc", "endstruc",
    "istruc", "at", "iend", "cpu", "static", "float", "warning", "sectalign", "gprefix",
    "lprefix", "gpostfix", "lpostfix", "required", "list", "map",
}  # fmt: skip
# Directives NASM knows only in brackets (`[warning -x]'): elsewhere they are names
BRACKET_ONLY = {"warning", "gprefix", "lprefix", "gpostfix", "lpostfix", "list", "map"}
KEYWORDS = DIRECTIVES | PREFIXES | set(DATA_WIDTHS) | set(RES_WIDTHS) | {"times", "equ"}
# Registers that NASM takes for names at the start of a line
_NAME_REGISTERS = {f"r{n}l" for n in range(8, 16)}


_RELATIVE = ("j", "call", "loop", "xbegin")
#: A plain line (see :meth:`Parser._plain_line`): a name and a colon, or a name and
#: what follows it, without strings, comments or braces.
_PLAIN_RE = re.compile(r"([A-Za-z_.][A-Za-z0-9_.]*)(?:(:)|\s+([^\"'`;{}:][^\"'`;{}]*))?$")
#: Words a plain line leaves to the general path (prefixes, names that are not
#: labels, refused prefixes, bracket-only directives).
_NOT_PLAIN = {"wait", "times", *_NOT_LABELS, *_UNSUPPORTED_PREFIXES, *BRACKET_ONLY}
#: The prefixes of a line without any (shared: a line's prefixes are never changed).
_NO_PREFIXES = Prefixes()
_SECTION_RE = re.compile(r"\s*(?:section|segment)\s+([^\s\]]+)(.*)$", re.I | re.A)
# ELF symbol types NASM accepts after `global name:' (STT_* values), visibilities
# (STV_*) and bindings; a size expression may follow them.
_SYMBOL_TYPES = {"function": 2, "func": 2, "data": 1, "object": 1, "notype": 0}
_VISIBILITIES = {"default": 0, "internal": 1, "hidden": 2, "protected": 3}
_BINDINGS = {"weak": True, "strong": False}


def _is_word(name: str) -> bool:
    lower = name.lower()
    return lower in KEYWORDS or is_mnemonic(lower)


def _is_register(name: str) -> bool:
    """Whether ``name`` is a register, never a label (segment registers are prefixes)."""
    lower = name.lower()
    return lower in REGISTERS and lower not in PREFIXES and lower not in _NAME_REGISTERS


def _is_instruction_word(name: str) -> bool:
    """Whether NASM scans ``name`` as an instruction (its TOKEN_INSN): a mnemonic,
    a data or reserve word or ``equ``, never a prefix such as ``wait``. At the start
    of a line and followed by a colon, such a word is a label, as in NASM."""
    lower = name.lower()
    if lower in PREFIXES or lower == "wait":
        return False
    return lower in DATA_WIDTHS or lower in RES_WIDTHS or lower == "equ" or is_mnemonic(lower)


class Parser:
    """Turns :class:`SourceLine` s into statements; keeps the local-label base."""

    def __init__(self, sink: DiagnosticSink) -> None:
        self.sink = sink
        self.base_label = ""
        self.statements: list[Stmt] = []
        self.bracketed = False  # the line is a `[directive ...]'
        self.istruc = ""  # the structure an `istruc' is building, for `at .field'
        self.warned = False  # the current line added a warning
        #: Instruction lines already parsed, by their text: what they became (the same
        #: text is the same instruction, unless it names a local label or warned).
        self.seen: dict[str, Instr] = {}
        #: The operands of plain lines, by their text, and whether each is constant
        #: (see :meth:`_plain_line`).
        self.operands: dict[str, tuple[Operand, bool]] = {}
        #: As :attr:`seen` and :attr:`operands`, the texts with a dot (a local label's
        #: full name depends on the label before): kept until the base label changes.
        self.seen_here: dict[str, Instr] = {}
        self.operands_here: dict[str, tuple[Operand, bool]] = {}
        #: The bytes of relative branches that differ in their target alone, by what
        #: else they are (see :meth:`_share_encodings`).
        self.branches: dict[tuple[Any, ...], dict[tuple[Any, ...], bytes]] = {}

    def parse(self, lines: list[SourceLine]) -> list[Stmt]:
        """Parse every line; errors are recorded and the line skipped."""
        for src in lines:
            try:
                known = self.seen.get(src.text)
                if known is None and "." in src.text:
                    known = self.seen_here.get(src.text)
                if known is not None:
                    self.statements.append(_again(known, src))
                    continue
                self._line(src)
            except LineError as err:
                self.sink.add(src.filename, src.line, err.severity, err.message)
            except INTERNAL_ERRORS as err:  # never a traceback
                message = f"cannot parse this line ({type(err).__name__}: {err})"
                self.sink.add(src.filename, src.line, "error", message)
        return self.statements

    def qualify(self, name: str) -> str:
        """The full name of a label: ``.x`` after ``foo`` is ``foo.x``."""
        if name.startswith(".") and not name.startswith(".."):
            return self.base_label + name
        return name

    def _line(self, src: SourceLine) -> None:
        text = src.text
        if self._plain_line(src):
            return
        self.bracketed = False
        if text[0] == "[" and text.rstrip()[-1] == "]":
            inner = text.strip()[1:-1].strip()
            word = inner.split(None, 1)[0].lower() if inner else ""
            if word in DIRECTIVES:
                text = inner
                self.bracketed = True
        m = _SECTION_RE.match(text)
        if m is not None:  # section names may hold `-' and other non-identifier characters
            attrs = self._section_attrs(tokenize(m.group(2)))
            self.statements.append(
                Directive(src.filename, src.line, name="section", args=[m.group(1), attrs])
            )
            return
        tokens = tokenize(text)
        if not tokens:
            return
        before = len(self.statements)
        self.warned = False
        self._statement(tokens, src, line_start=True)
        if (
            len(self.statements) == before + 1
            and not self.warned
            and not self.bracketed
            and "." not in text  # no local label (nor anything else with a dot)
        ):
            stmt = self.statements[-1]
            if isinstance(stmt, Instr) and stmt.times is None:
                self._share_encodings(stmt)  # (with the lines of the same text too)
                self.seen[src.text] = stmt

    def _plain_line(self, src: SourceLine) -> bool:
        """The commonest lines at once: a label alone (``name:``), or a mnemonic and
        its operands (``mov eax, [rbx+8]``) with no string, comment, brace or label
        in them. False for any other line, or one with an error: the general path
        takes it, as if this one had not looked at it."""
        text = src.text
        m = _PLAIN_RE.match(text)
        if m is None:
            return False
        word, colon, rest = m.groups()
        lower = word.lower()
        if colon:
            if not _plain_label(lower):
                return False
            self._label(word, src)
            return True
        if not _plain_mnemonic(lower):
            return False
        ops: list[Operand] = []
        constant = True
        if rest is not None:
            head = rest[:3].lower()
            if head == "equ" or head[:2] == "to":
                return False  # perhaps `name equ value' or `fadd to st1'
            operands = self.operands
            for part in rest.split(","):
                known = operands.get(part) or self._plain_operand(part)
                if known is None:
                    return False
                ops.append(known[0])
                constant = constant and known[1]
        stmt = _instruction(src, lower, ops, _NO_PREFIXES, constant)
        self.statements.append(stmt)
        if not stmt.constant:
            self._share_encodings(stmt)
        if "." not in text:  # no local label: the same text is the same instruction
            self.seen[text] = stmt
        else:  # (under the same label before)
            self.seen_here[text] = stmt
        return True

    def _share_encodings(self, stmt: Instr) -> None:
        """Give a line that names something the table of its bytes by address and
        operand values (see :meth:`Layout._instruction`): the lines of its text share
        it, and so do the relative branches that differ in their target alone (their
        bytes take the target from its distance: ``jne .next`` and ``jne .done`` are
        the same bytes when their targets are as far)."""
        if stmt.constant:
            return
        ops = stmt.operands
        if (
            len(ops) != 1
            or not isinstance(ops[0], ImmOp)
            or not stmt.mnemonic.startswith(_RELATIVE)
        ):
            stmt.encoded = {}
            return
        op = ops[0]
        key = (stmt.mnemonic, stmt.prefixes, op.size, op.strict, op.jump)
        stmt.encoded = self.branches.setdefault(key, {})

    def _plain_operand(self, text: str) -> tuple[Operand, bool] | None:
        """One operand of a plain line (parsed once for each text) and whether it is
        constant, or None when it is not one (a comma between brackets, nothing, an
        error)."""
        known = self.operands.get(text)
        if known is None and "." in text:
            known = self.operands_here.get(text)
        if known is not None:
            return known
        if text.count("[") != text.count("]") or text.count("(") != text.count(")"):
            return None
        try:
            tokens = tokenize(text)
            if not tokens:
                return None
            op = parse_operand(self._qualify_tokens(tokens))
        except LineError:
            return None
        known = (op, _constant_operand(op))
        if "." not in text:
            self.operands[text] = known
        else:  # (a local label's full name depends on the label before)
            self.operands_here[text] = known
        return known

    def _statement(self, tokens: list[Token], src: SourceLine, line_start: bool = False) -> None:
        first = tokens[0]
        if (
            line_start
            and len(tokens) > 1
            and first[0] == "id"
            and first[2][0] != "$"
            and tokens[1] == ("op", ":", ":")
            and _is_instruction_word(first[1])
        ):  # `loop:' at the start of a line is a label (NASM's "instruction as label")
            rest = tokens[2:]
            if rest and rest[0][0] == "id" and rest[0][1].lower() == "equ":
                name = self.qualify(first[1])
                self.statements.append(
                    Equ(src.filename, src.line, name=name, expr=parse_expr(rest[1:]))
                )
                return
            self._label(first[1], src)
            if rest:
                self._after_label(rest, src)
            return
        if (
            first[0] == "id"
            and len(tokens) > 2
            and tokens[1] == ("op", ":", ":")
            and tokens[2][0] == "id"
            and tokens[2][1].lower() == "equ"
        ):
            tokens = [first, *tokens[2:]]  # `name: equ value'
        if (
            first[0] == "id"
            and len(tokens) > 1
            and tokens[1][0] == "id"
            and tokens[1][1].lower() == "equ"
        ):
            name = self.qualify(first[1])
            self.statements.append(
                Equ(src.filename, src.line, name=name, expr=parse_expr(tokens[2:]))
            )
            return
        if first[0] == "id" and first[2][0] != "$":
            lower = first[1].lower()
            if _is_register(lower) or lower in _NOT_LABELS:
                raise LineError("label or instruction expected at start of line")
            if lower in _UNSUPPORTED_PREFIXES:
                why = _UNSUPPORTED_PREFIXES[lower]
                raise LineError(f"the `{lower}' prefix is not supported ({why})")
            if lower in BRACKET_ONLY and not self.bracketed:  # a name, as in NASM
                first = ("id", first[1], "$" + first[2])
                tokens = [first, *tokens[1:]]
        if first[0] == "id" and (first[2][0] == "$" or not _is_word(first[1])):
            colon = len(tokens) > 1 and tokens[1][0] == "op" and tokens[1][1] == ":"
            if first[1] in ("$", "$$"):
                raise LineError("label or instruction expected at start of line")
            rest = tokens[2:] if colon else tokens[1:]
            if not colon and first[2][0] != "$":
                _refuse_foreign(first[1])
            if not colon and rest and not (rest[0][0] == "id" and _is_word(rest[0][1])):
                if rest[0][0] == "id" or (rest[0][0] == "op" and rest[0][1] in ("[",)):
                    raise LineError(f"parser: instruction expected, found `{first[2]}'")
                raise LineError("label or instruction expected at start of line")
            if not colon and not rest:
                self._warn(src, "label alone on a line without a colon might be in error")
            self._label(first[1], src)
            if rest:
                self._after_label(rest, src)
            return
        if first == ("op", "{", "{") and len(tokens) > 2 and tokens[2][1] == "}":
            raise LineError(f"`{{{tokens[1][2]}}}' instruction prefixes are not supported")
        if first[0] != "id":
            raise LineError("label or instruction expected at start of line")
        word = first[1].lower()
        if word == "times":
            self._times(tokens[1:], src)
            return
        stmt = self._body(word, tokens, src)
        if stmt is not None:
            self.statements.append(stmt)

    def _warn(self, src: SourceLine, message: str) -> None:
        self.warned = True
        self.sink.add(src.filename, src.line, "warning", message)

    def _after_label(self, tokens: list[Token], src: SourceLine) -> None:
        """What follows a label: an instruction or data, never a second label."""
        if len(tokens) > 1 and tokens[0][0] == "id" and tokens[1] == ("op", ":", ":"):
            raise LineError("parser: instruction expected")
        self._statement(tokens, src)

    def _label(self, name: str, src: SourceLine) -> None:
        if name.startswith("..") and not name.startswith("..@"):
            raise LineError(f"unrecognised special symbol `{name}'")
        full = self.qualify(name)
        if not name.startswith(".") and name != self.base_label:
            self.base_label = name
            self.seen_here.clear()
            self.operands_here.clear()
        if name.startswith("..@"):
            full = name
        self.statements.append(Label(src.filename, src.line, None, full))

    def _times(self, tokens: list[Token], src: SourceLine) -> None:
        depth = 0
        for i, tok in enumerate(tokens):
            if tok[0] == "op" and tok[1] in "([":
                depth += 1
            elif tok[0] == "op" and tok[1] in ")]":
                depth -= 1
            elif tok[0] == "id" and depth == 0 and i > 0 and _is_word(tok[1]):
                prev = tokens[i - 1]
                if prev[0] != "op" or prev[1] in (")",):
                    count = parse_expr(tokens[:i])
                    stmt = self._body(tok[1].lower(), tokens[i:], src)
                    if stmt is None:
                        return
                    if isinstance(stmt, (Label, Equ, Directive)):
                        raise LineError("`times' cannot be applied to a directive")
                    stmt.times = count
                    self.statements.append(stmt)
                    return
        raise LineError("`times' expects a count and an instruction or data")

    def _body(self, word: str, tokens: list[Token], src: SourceLine) -> Stmt | None:
        fn, ln = src.filename, src.line
        if word in DATA_WIDTHS:
            return self._data(DATA_WIDTHS[word], tokens[1:], src)
        if word in RES_WIDTHS:
            return Reserve(fn, ln, width=RES_WIDTHS[word], count=parse_expr(tokens[1:]))
        if word in DIRECTIVES:
            return self._directive(word, tokens[1:], src)
        if word == "wait" and len(tokens) > 1 and tokens[1][0] == "id" and _is_word(tokens[1][1]):
            # NASM's `wait' prefix: 9B before the instruction
            wait = Instr(fn, ln, mnemonic="wait", operands=[], prefixes=Prefixes(), constant=True)
            self.statements.append(wait)
            return self._body(tokens[1][1].lower(), tokens[1:], src)
        prefixes, i = self._prefixes(tokens, src)
        if i >= len(tokens):  # prefixes alone: NASM writes their bytes
            if prefixes.opsize == 64:
                raise LineError("instruction expected after prefix")
            return Instr(fn, ln, mnemonic="", operands=[], prefixes=prefixes, constant=True)
        tok = tokens[i]
        if tok[0] != "id" or not is_mnemonic(tok[1].lower()):
            if tok[0] == "id":
                _refuse_foreign(tok[1])
            found = tok[2]
            raise LineError(f"parser: instruction expected, found `{found}'")
        mnemonic = tok[1].lower()
        ops = []
        rest = tokens[i + 1 :]
        if rest and rest[0][0] == "id" and rest[0][1].lower() == "to":
            # `fadd to st1': NASM's form of `fadd st1, st0'
            if mnemonic not in _FPU_TO or len(rest) != 2:
                raise LineError("invalid combination of opcode and operands")
            rest = [rest[1], ("op", ",", ","), ("id", "st0", "st0")]
        if rest:
            for part in split_commas(rest):
                if not part:
                    raise LineError("expression syntax error: empty operand")
                ops.append(parse_operand(self._qualify_tokens(part)))
        return _instruction(src, mnemonic, ops, prefixes)

    def _prefixes(self, tokens: list[Token], src: SourceLine) -> tuple[Prefixes, int]:
        """The prefixes that start ``tokens`` and how many tokens they take; two of
        one slot are NASM's error (or its warning, when they are the same word)."""
        prefixes = Prefixes()
        slots: dict[str, str] = {}
        i = 0
        while i < len(tokens) and tokens[i][0] == "id" and tokens[i][1].lower() in PREFIXES:
            p = tokens[i][1].lower()
            if p in _SEGMENTS and i + 1 < len(tokens) and tokens[i + 1][0] != "id":
                break  # `es:' and the like are not prefixes
            slot = _prefix_slot(p)
            if slots.get(slot, p) != p:
                raise LineError("instruction has conflicting prefixes")
            if slot in slots:
                self._warn(src, "instruction has redundant prefixes")
            slots[slot] = p
            if slot == "rep":  # xacquire and xrelease too: the rep slot's bytes (F2, F3)
                prefixes.rep = p
            elif slot == "seg":
                prefixes.seg = p
            elif slot == "lock":
                prefixes.lock = True
            elif slot == "opsize":
                prefixes.opsize = int(p[1:])
            else:
                prefixes.addrsize = int(p[1:])
            i += 1
        return prefixes, i

    def _qualify_tokens(self, tokens: list[Token]) -> list[Token]:
        out = []
        for tok in tokens:
            if tok[0] == "id" and tok[1].startswith(".") and not tok[1].startswith(".."):
                out.append(("id", self.base_label + tok[1], tok[2]))
            else:
                out.append(tok)
        return out

    def _expr(self, tokens: list[Token]) -> Node:
        return parse_expr(self._qualify_tokens(tokens))

    def _symbol_spec(self, tokens: list[Token]) -> tuple[int, Node | None, int, bool]:
        """What follows ``name:`` in `global' or `extern': type, size expression,
        visibility and weak binding (``function hidden weak (end - start)``)."""
        kind, visibility, weak = 0, 0, False
        while tokens and tokens[0][0] == "id":
            word = tokens[0][1].lower()
            if word in _SYMBOL_TYPES:
                kind = _SYMBOL_TYPES[word]
            elif word in _VISIBILITIES:
                visibility = _VISIBILITIES[word]
            elif word in _BINDINGS:
                weak = _BINDINGS[word]
            else:
                raise LineError(f"unrecognised symbol type `{tokens[0][1]}'")
            tokens = tokens[1:]
        return kind, (self._expr(tokens) if tokens else None), visibility, weak

    def _section_attrs(self, tokens: list[Token]) -> dict[str, object]:
        attrs: dict[str, object] = {}
        i = 0
        while i < len(tokens):
            key = tokens[i][2].lower()
            if i + 2 < len(tokens) and tokens[i + 1][1] == "=":
                value = tokens[i + 2]
                attrs[key] = value[1] if value[0] != "id" else value[2]
                i += 3
            else:
                attrs[key] = True
                i += 1
        return attrs

    def _data(self, width: int, tokens: list[Token], src: SourceLine) -> Data:
        items: list[tuple[str, object]] = []
        if not tokens:
            raise LineError("no operand for data declaration")
        for part in split_commas(tokens):
            if not part:
                raise LineError("expression syntax error: empty data item")
            if len(part) == 1 and part[0][0] == "str":
                items.append(("s", part[0][1]))
            elif len(part) == 1 and part[0][0] == "op" and part[0][1] == "?":
                items.append(("?", None))
            elif (
                len(part) <= 2
                and part[-1][0] == "num"
                and isinstance(part[-1][1], float)
                and (len(part) == 1 or part[0][1] in ("-", "+"))
            ):
                items.append(("f", (part[-1][2], part[0][1] == "-")))
            else:
                items.append(("e", self._expr(part)))
        stmt = Data(src.filename, src.line, None, width, items)
        return stmt

    def _directive(self, word: str, tokens: list[Token], src: SourceLine) -> Stmt | None:
        fn, ln = src.filename, src.line
        args: list[object] = []
        if word in ("use16", "use32", "use64"):
            return Directive(fn, ln, name="bits", args=[("n", int(word[3:]))])
        if word in ("bits", "org", "absolute", "alignb", "align", "sectalign"):
            parts = split_commas(tokens)
            if not tokens:
                raise LineError(f"`{word}' expects an argument")
            args = [self._expr(parts[0])]
            if len(parts) > 1:
                args.append(parts[1])
            if word in ("align", "alignb"):  # NASM quotes the argument as written
                args += [None] * (2 - len(args)) + [_argument_text(src.text, word)]
            return Directive(fn, ln, name=word, args=args)
        if word in ("section", "segment"):
            raise LineError("`section' expects a section name")
        if word in ("global", "extern", "static", "required"):
            names = []
            types = []
            for part in split_commas(tokens):
                if not part or part[0][0] != "id":
                    raise LineError(f"`{word}' expects symbol names")
                name = self.qualify(part[0][1])
                names.append(name)
                if len(part) >= 3 and part[1][1] == ":":
                    types.append((name, *self._symbol_spec(part[2:])))
                elif len(part) > 1:
                    raise LineError(f"`{word}' expects `name' or `name:type [size]'")
            return Directive(fn, ln, name=word, args=[names, types])
        if word == "common":
            parts = split_commas(tokens)
            if not parts[0] or parts[0][0][0] != "id" or len(parts[0]) < 2:
                raise LineError("`common' expects a symbol name and a size")
            amount = parts[0][1:]  # `common name size[:alignment]'
            colon = next((i for i, t in enumerate(amount) if t == ("op", ":", ":")), len(amount))
            align = self._expr(amount[colon + 1 :]) if colon < len(amount) else ("n", 0)
            args = [parts[0][0][1], self._expr(amount[:colon]), align]
            return Directive(fn, ln, name=word, args=args)
        if word == "default":
            mode = tokens[0][1].lower() if tokens else ""
            if mode not in ("rel", "abs", "bnd", "nobnd"):
                raise LineError("`default' expects `rel' or `abs'")
            return Directive(fn, ln, name=word, args=[mode])
        if word == "incbin":
            parts = split_commas(tokens)
            if not parts[0] or parts[0][0][0] != "str":
                raise LineError("`incbin' expects a file name")
            args = [parts[0][0][1].decode("utf-8", "surrogateescape")]
            args += [self._expr(p) for p in parts[1:3]]
            return Directive(fn, ln, name=word, args=args)
        if word == "struc":
            parts = split_commas(tokens)
            if not parts[0] or parts[0][0][0] != "id":
                raise LineError("`struc' expects a structure name")
            name = parts[0][0][1]
            offset = self._expr(parts[1]) if len(parts) > 1 else ("n", 0)
            stmt = Directive(fn, ln, name=word, args=[name, offset])
            self.statements.append(stmt)
            self._label(name, src)
            return None
        if word in ("endstruc", "iend"):
            if word == "iend":
                self.istruc = ""
            return Directive(fn, ln, name=word, args=[])
        if word == "istruc":
            if not tokens or tokens[0][0] != "id":
                raise LineError("`istruc' expects a structure name")
            self.istruc = tokens[0][1]
            return Directive(fn, ln, name=word, args=[tokens[0][1]])
        if word == "at":
            parts = split_commas(tokens)
            first = parts[0][0] if parts[0] else ("", "", "")
            if self.istruc and first[0] == "id" and re.match(r"\.[^.]", first[1]):
                # NASM's `at .field' names a field of the structure being built
                parts[0] = [("id", self.istruc + first[1], first[2]), *parts[0][1:]]
            field = self._expr(parts[0])
            self.statements.append(Directive(fn, ln, name="at", args=[field]))
            if len(tokens) > len(parts[0]) + 1:
                rest = tokens[len(parts[0]) + 1 :]
                if rest and rest[0][0] == "id" and rest[0][1].lower() in DATA_WIDTHS:
                    return self._data(DATA_WIDTHS[rest[0][1].lower()], rest[1:], src)
                raise LineError("`at' expects a field and data")
            return None
        if word == "list":
            flag = tokens[0][1] if tokens else ""
            if flag not in ("-", "+"):
                raise LineError("`[list]' expects `+' or `-'")
            return Directive(fn, ln, name=word, args=[flag])
        if word == "map":
            raise LineError("`[map]' is not supported: longmode's assembler writes no map file")
        if word == "cpu":  # only whether the CPU is older than the 386 matters
            return Directive(fn, ln, name=word, args=[tokens[0][2] if tokens else ""])
        return None  # float, warning, ...: accepted and ignored


_SEGMENTS = ("cs", "ds", "es", "ss", "fs", "gs")
# the x87 instructions that take `to stN' (NASM's TO operands)
_FPU_TO = ("fadd", "fsub", "fsubr", "fmul", "fdiv", "fdivr")


def _prefix_slot(prefix: str) -> str:
    """NASM's slot for a prefix: rep (and HLE), lock, segment, operand or address size."""
    if prefix.startswith("rep") or prefix in ("xacquire", "xrelease"):
        return "rep"
    if prefix in _SEGMENTS:
        return "seg"
    if prefix == "lock":
        return "lock"
    return "opsize" if prefix[0] == "o" else "addrsize"


def _argument_text(line: str, word: str) -> str:
    """The first argument of the directive ``word`` on ``line``, as written."""
    m = re.search(rf"\b{word}\b\s*([^,\]]*)", line, re.I | re.A)
    return m.group(1).strip() if m else ""


def _constant_operand(op: object) -> bool:
    if isinstance(op, ImmOp):
        return bool(op.expr[0] == "n")
    if isinstance(op, MemOp):
        return op.disp is None or bool(op.disp[0] == "n")
    if isinstance(op, FarOp):
        return bool(op.seg[0] == "n" and op.off[0] == "n")
    return True


def _refuse_foreign(word: str) -> None:
    """Refuse an x86 instruction this assembler does not encode (NASM does), naming
    what it is, where it would be an unknown name (taken for a label, alone)."""
    family = foreign_instruction(word.lower())
    if family is not None:
        raise LineError(
            f"`{word}' is an instruction longmode's assembler does not encode ({family})"
        )


def _instruction(
    src: SourceLine,
    mnemonic: str,
    ops: list[Operand],
    prefixes: Prefixes,
    constant_operands: bool | None = None,
) -> Instr:
    """The statement of an instruction line, noting whether its bytes can change
    (``constant_operands``: whether no operand names anything, when known)."""
    # a relative branch's bytes depend on where it is, even to a constant target
    relative = mnemonic.startswith(_RELATIVE) and any(isinstance(o, ImmOp) for o in ops)
    if constant_operands is None:
        constant_operands = all(_constant_operand(o) for o in ops)
    constant = not relative and constant_operands
    return Instr(src.filename, src.line, None, mnemonic, ops, prefixes, constant)


@cache
def _plain_mnemonic(lower: str) -> bool:
    """Whether ``lower`` is a mnemonic that a plain line may start with."""
    return lower not in KEYWORDS and lower not in _NOT_PLAIN and is_mnemonic(lower)


def _plain_label(lower: str) -> bool:
    """Whether ``lower`` (a name followed by a colon alone on its line) is a label
    that the general path would take as one, with no warning or error."""
    return not (
        lower in KEYWORDS
        or is_mnemonic(lower)
        or lower in REGISTERS
        or lower in _NOT_PLAIN
        or lower.startswith("..")
    )


def _again(known: Instr, src: SourceLine) -> Instr:
    """The statement of a line whose text was parsed before: the same instruction,
    sharing its encodings (they depend on the text, the mode and the values only)."""
    return known.at(src.filename, src.line)
