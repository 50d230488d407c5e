"""Which files under docs/ the site may publish: its pages, and raster images kept in an
images/ folder of a language. Nothing else, and nothing through a symbolic link, which
could publish a file from outside the repository (MkDocs follows links when it reads docs/)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

IMAGE_TYPES = (".gif", ".jpeg", ".jpg", ".png", ".webp")  # no .svg: an SVG file can carry a script
IMAGE_FOLDER = "images"


def publishing_problem(docs: Path, path: Path) -> str | None:
    """Why `path` (a file or link under `docs`) must not be published, or None."""
    relative = path.relative_to(docs)
    current = docs
    for part in relative.parts:
        current = current / part
        if current.is_symlink():
            return (
                f"'{current.relative_to(docs).as_posix()}' is a symbolic link: the site publishes only files "
                "kept in docs/, so copy the file in instead"
            )
    if path.suffix == ".md" or (path.suffix.lower() in IMAGE_TYPES and IMAGE_FOLDER in relative.parts[1:-1]):
        return None
    return (
        f"only pages (.md) and images ({', '.join(IMAGE_TYPES)}) in an {IMAGE_FOLDER}/ folder are published: "
        "move or delete this file"
    )


def unpublishable_files(docs: Path) -> Iterator[tuple[Path, str]]:
    """(path, why) for each file or link under docs/ that must not be published; hidden
    files are skipped, as MkDocs skips them."""
    for folder, folders, names in os.walk(docs):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        base = Path(folder)
        links = [name for name in folders if (base / name).is_symlink()]
        for name in sorted(links + [name for name in names if not name.startswith(".")]):
            if (problem := publishing_problem(docs, base / name)) is not None:
                yield base / name, problem
