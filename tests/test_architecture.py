"""The layering ARCHITECTURE.md promises, checked on the source: no import cycles
(module-level, in functions, or for type checking only), lower layers that do not
import higher ones, and a QEMU back end that never loads unicorn."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src"


def _modules() -> dict[str, Path]:
    modules = {}
    for path in (SOURCE / "longmode").rglob("*.py"):
        parts = path.relative_to(SOURCE).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The longmode modules ``name`` imports anywhere in its source. Its own parent
    packages are left out: Python runs them before any of their modules, always."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            submodules = {f"{module}.{alias.name}" for alias in node.names} & modules.keys()
            found.update(submodules or {module})
    parents = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    return {m for m in found if m in modules and m != name and m not in parents}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_of_longmode_imports_itself_through_others() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_lower_layers_do_not_import_higher_ones() -> None:
    graph = _graph()
    rules = {
        # (importer prefix, forbidden prefix)
        ("longmode.asm", "longmode.machine"),
        ("longmode.elf", "longmode.machine"),
        ("longmode.check", "longmode.machine"),
        ("longmode.boot", "longmode.machine"),
        ("longmode.machine.devices", "longmode.machine.board"),
        ("longmode.machine.devices", "longmode.machine.machine"),
        ("longmode.machine.bios", "longmode.machine.machine"),
        ("longmode.machine.board", "longmode.machine.machine"),
        ("longmode.machine", "longmode.run"),
        ("longmode.machine", "longmode.debug"),
    }
    broken = sorted(
        f"{importer} imports {imported}"
        for importer, imports in graph.items()
        for imported in imports
        for low, high in rules
        if importer.startswith(low) and imported.startswith(high)
    )
    assert broken == []


def test_the_qemu_back_end_and_the_cli_load_no_unicorn() -> None:
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys, longmode.cli, longmode.run.qemu, longmode.run.command; "
         "print(sorted(m for m in sys.modules if m.split('.')[0] == 'unicorn'))"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "[]"
