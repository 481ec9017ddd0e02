"""The layers import only downwards: engine, store, game, front-ends, composition roots.

Read from the source (imports under `if TYPE_CHECKING:` are for the type checker
only and do not count), so a cycle or an upward import fails here by name.
"""

from __future__ import annotations

import ast
from pathlib import Path

from bot.exts import EXTENSIONS as LOADED

ROOT = Path(__file__).resolve().parents[1] / "bot"

# Which top-level parts of `bot` each part may import at run time (besides itself).
ALLOWED: dict[str, set[str]] = {
    "engine": set(),
    "store": {"engine"},
    # Settings name the database; the URL grammar lives with the stores.
    "settings": {"engine", "settings_errors", "store"},
    "settings_errors": set(),
    "authoring": {"engine"},
    "game": {"engine", "store", "settings", "authoring"},
    # Pictures shared by the front-ends: drawn from store and game records.
    "charts": {"engine", "store", "game"},
    "exts": {"engine", "store", "settings", "authoring", "game", "charts"},
    "terminal": {"engine", "store", "settings", "authoring", "game", "charts"},
    # Which gateway shards a process runs: pure, imports nothing of ours.
    "sharding": set(),
    "client": {"engine", "store", "settings", "authoring", "game", "exts", "sharding"},
}
# Every extension the bot loads, by its package name under bot.exts.
EXTENSIONS = tuple(name.rsplit(".", 1)[1] for name in LOADED)


def part_of(module: str) -> str:
    return module.split(".")[1] if module.count(".") else ""


def runtime_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            for child in ast.walk(node):
                if isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                    found.append(child.module)
                elif isinstance(child, ast.Import):
                    found.extend(alias.name for alias in child.names)

    visit(tree.body)
    return [name for name in found if name == "bot" or name.startswith("bot.")]


def modules() -> list[tuple[str, Path]]:
    result = []
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        result.append((".".join(parts), path))
    return result


def test_each_layer_imports_only_the_layers_below_it() -> None:
    wrong = []
    for module, path in modules():
        part = part_of(module)
        if part not in ALLOWED:
            continue  # launcher, cli, __main__: the composition roots may import anything
        for imported in runtime_imports(path):
            other = part_of(imported)
            if other and other != part and other not in ALLOWED[part]:
                wrong.append(f"{module} imports {imported}")
    assert not wrong, "\n".join(wrong)


def test_no_extension_imports_another() -> None:
    wrong = []
    for module, path in modules():
        if not module.startswith("bot.exts."):
            continue
        own = module.split(".")[2]
        for imported in runtime_imports(path):
            if imported.startswith("bot.exts."):
                other = imported.split(".")[2]
                if other != own and other in EXTENSIONS:
                    wrong.append(f"{module} imports {imported}")
    assert not wrong, "\n".join(wrong)
