"""The house keeps its shape: imports point one way (docs/ARCHITECTURE.md), no cycles, no
imports of the package's own modules hidden inside functions."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "translate"
pytest.importorskip("importlinter")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """Run import-linter's contracts from pyproject.toml against the package under `root`."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
         " sys.exit(lint_imports_command())", str(REPO / "pyproject.toml"), "--no-cache"],
        cwd=root, env=env, capture_output=True, text=True, timeout=120,
    )


def test_imports_follow_the_layers():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_a_wrong_way_import_is_caught(tmp_path):
    """Plant `text.normalize → pipeline` (a stage importing a workflow) in a copy: the
    contract must break and name the import."""
    copy = tmp_path / "translate"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "text" / "normalize.py"
    target.write_text(target.read_text(encoding="utf-8")
                      + "\nfrom translate.pipeline import run_batch  # noqa\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "translate.text.normalize -> translate.pipeline" in result.stdout


def _imports(tree: ast.AST) -> list[tuple[ast.AST, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            found.append((node, "." * node.level + (node.module or "")))
        elif isinstance(node, ast.Import):
            found += [(node, alias.name) for alias in node.names]
    return found


def test_own_imports_are_absolute_and_at_module_level():
    nested: list[str] = []
    relative: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = {id(node) for node in tree.body}
        for node, module in _imports(tree):
            where = f"{path.relative_to(REPO)}:{node.lineno} {module}"
            if module.startswith("."):
                relative.append(where)
            elif module.split(".")[0] == "translate" and id(node) not in top_level:
                nested.append(where)
    assert not relative, "relative imports: " + ", ".join(relative)
    assert not nested, "own modules imported inside functions: " + ", ".join(nested)


def test_no_import_cycles():
    """Strongly connected components of the module graph are single modules."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = {module for _, module in _imports(tree)
                       if module.split(".")[0] == "translate"}
    modules = set(graph)
    # `from translate.x import y` may name a module `translate.x.y`; edges go to modules only
    edges = {m: {d if d in modules else d.rsplit(".", 1)[0] for d in deps} & modules - {m}
             for m, deps in graph.items()}
    # package __init__ files that re-export their modules are not cycles of the modules
    edges = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in edges.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for dep in edges[node]:
            if dep not in index:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in on_stack:
                low[node] = min(low[node], index[dep])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    assert not cycles, f"import cycles: {cycles}"


def test_modules_stay_small():
    """No module over ~500 lines (docs/ARCHITECTURE.md): a big one does several jobs."""
    big = {str(p.relative_to(REPO)): n for p in PACKAGE.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 540}
    assert not big, f"modules over 540 lines: {big}"


def test_every_module_is_in_the_architecture_document():
    """docs/ARCHITECTURE.md stays true: a module added, moved or renamed is listed there."""
    document = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = [rel for p in sorted(PACKAGE.rglob("*.py"))
               if "data" not in p.relative_to(PACKAGE).parts
               and f"`{(rel := p.relative_to(REPO).as_posix())}`" not in document]
    assert not missing, f"modules not listed in docs/ARCHITECTURE.md 'Every module': {missing}"
