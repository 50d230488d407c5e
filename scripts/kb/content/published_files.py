"""Which files under docs/ the site may publish: its pages, and raster images kept in an
images/ folder of a language. Nothing else, and nothing through a symbolic link, which
could publish a file from outside the repository (MkDocs follows links when it reads docs/).

The theme folder (overrides/) follows the same rules: MkDocs publishes every file of it that
is not a template or Python, and follows links there too (a link to /proc/self/environ
published the build's environment); a linked template would be rendered into every page."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from kb.languages import LANGUAGES
from kb.project import mkdocs_settings

IMAGE_TYPES = (".gif", ".jpeg", ".jpg", ".png", ".webp")  # no .svg: an SVG file can carry a script
IMAGE_FOLDER = "images"


def publishing_problem(docs: Path, path: Path) -> str | None:
    """Why `path` (a file or link under `docs`) must not be published, or None."""
    relative = path.relative_to(docs)
    if len(relative.parts) < 2 or relative.parts[0] not in LANGUAGES:  # the build names pages by that folder
        return (
            f"'{relative.as_posix()}' is outside the language folders: a page or image goes in "
            f"{' or '.join(f'docs/{code}/' for code in LANGUAGES)}"
        )
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


# overrides/: its templates (read by the build, never published as they are) and what its
# pages load. No .svg, as in docs/.
THEME_TYPES = {
    ".html": "",  # templates
    ".css": "assets",
    ".js": "assets",
    ".woff2": "assets",
    ".txt": "assets",  # a font's licence
    **dict.fromkeys(IMAGE_TYPES, "assets"),
}


def theme_problem(theme: Path, path: Path) -> str | None:
    """Why `path` (a file or link under the theme folder `theme`) must not be there, or None."""
    relative = path.relative_to(theme)
    if path.is_symlink():
        return (
            f"'{theme.name}/{relative.as_posix()}' is a symbolic link: the theme folder publishes only "
            "files kept in it, so copy the file in instead"
        )
    folder = THEME_TYPES.get(path.suffix.lower())
    if folder is None or (folder and relative.parts[0] != folder):
        places = {suffix: f"{where}/" if where else "anywhere" for suffix, where in THEME_TYPES.items()}
        listed = ", ".join(f"{suffix} ({where})" for suffix, where in places.items())
        return f"the theme folder holds only {listed}: move or delete this file"
    return None


def unpublishable_theme_files(theme: Path) -> Iterator[tuple[Path, str]]:
    """(path, why) for each file or link under the theme folder that must not be there.
    Hidden files are not published, but a hidden link is still refused: a template could
    include what it points at."""
    for folder, folders, names in os.walk(theme):
        base = Path(folder)
        links = sorted(name for name in folders if (base / name).is_symlink())
        folders[:] = sorted(name for name in folders if name not in links and not name.startswith("."))
        for name in sorted(links + names):
            if name.startswith(".") and not (base / name).is_symlink():
                continue
            if (problem := theme_problem(theme, base / name)) is not None:
                yield base / name, problem


def theme_folder(config_file: Path) -> Path | None:
    """The theme folder mkdocs.yml names (theme: custom_dir:), if any."""
    theme = mkdocs_settings(config_file).get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    return config_file.parent / str(custom) if custom else None
