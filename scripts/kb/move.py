"""Move a page in every language without breaking anything: `python -m kb move OLD NEW`.

- The page's file moves in English, Arabic and Persian (`git mv` in a git repository, so the
  history follows; a plain rename otherwise).
- Every link to it, in every page of every language, is rewritten relative to where each page
  is (#anchors kept), and so are the moved page's own relative links if its folder changes;
  its menu entry in mkdocs.yml's nav keeps its place and label (so nav_translations still
  apply), and the glossary's `pages:` entry names the new path.
- Translation stamps stay valid: a translation that matched its English page before the move
  still does. The body hash (kb/content/translations.py) covers links, so where the move
  rewrote links in an English page, its up-to-date translations get the new hash and keep
  their translated_from; a translation that was stale stays stale.
- The move is recorded in the moves file (kb/content/moves.py): the build serves the old
  address in every language with a page that sends readers on, and a checklist's saved ticks
  follow the page.
Everything is checked before anything is written: OLD must be a page of every language, NEW
no page of any and inside the language trees.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kb.content.moves import MovesError, is_page_path, moves_file, moves_text, read_moves, with_move
from kb.content.pages import FENCE, PageError, parse_meta, split_front_matter
from kb.content.translations import body_hash, set_front_matter
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, TRANSLATED_LANGUAGES, page_path

INLINE_LINK = re.compile(r"(\]\()([^)\s]+)")  # [text](target "title"): the target
REFERENCE = re.compile(r"^(\s{0,3}\[[^\]]+\]:\s*)(\S+)")  # [id]: target
NAV_ENTRY = re.compile(r"^(\s*-\s+(?:[^:]+:\s+)?)([\w./-]+\.md)(\s*(?:#.*)?)$")
GLOSSARY_PAGE = re.compile(r"^(\s*-?\s*page:\s*)([\w./-]+\.md)(\s*(?:#.*)?)$")


class MoveRefused(ValueError):
    """The page cannot be moved; the message says why and what to do."""


@dataclass(frozen=True)
class MoveReport:
    moved: list[str]  # "docs/en/a.md -> docs/en/b.md"
    relinked: list[str]  # files whose links changed
    restamped: list[str]  # translations given the English page's new hash
    nav: bool  # whether mkdocs.yml's nav named the page
    moves_file: Path


def move_source(argument: str, which: str) -> str:
    """'checklists/x.md', 'checklists/x' or 'docs/en/checklists/x.md' -> 'checklists/x.md'."""
    value = argument.strip().removeprefix("./")
    if value.startswith("/") or ".." in value.split("/"):
        raise MoveRefused(
            f"{which} '{argument}' is outside the language trees "
            f"({', '.join(f'docs/{lang}' for lang in LANGUAGES)}): give the page's path without language, "
            "e.g. checklists/weekly-leadership-meeting.md"
        )
    if value.startswith("docs/"):
        lang, _, rest = value.removeprefix("docs/").partition("/")
        if lang not in LANGUAGES or not rest:
            raise MoveRefused(
                f"{which} '{argument}' is outside the language trees "
                f"({', '.join(f'docs/{code}' for code in LANGUAGES)}): give the page's path without language, "
                "e.g. checklists/weekly-leadership-meeting.md"
            )
        value = rest
    elif value.split("/", 1)[0] in LANGUAGES and "/" in value:
        value = value.split("/", 1)[1]  # "fa/checklists/x.md": a language folder, named without docs/
    source = value if value.endswith(".md") else f"{value}.md"
    if not is_page_path(source):
        raise MoveRefused(
            f"{which} '{argument}' is not a page path: lowercase words, digits and hyphens, folders separated "
            "by '/', e.g. checklists/weekly-leadership-meeting.md"
        )
    return source


def relinked_target(target: str, page_was: str, page_is: str, old: str, new: str) -> str:
    """A link target of the page now at `page_is` (at `page_was` before the move), pointing where
    it pointed before: at `new` if it pointed at `old`."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith(("/", "#")):
        return target
    file_part, hash_sign, anchor = target.partition("#")
    if not file_part.endswith(".md"):
        return target
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_was), file_part))
    if resolved.startswith("../"):
        return target
    if resolved == old:
        resolved = new
    elif page_was == page_is:
        return target
    relative = posixpath.relpath(f"/{resolved}", f"/{posixpath.dirname(page_is)}")
    return relative + hash_sign + anchor


def relinked(text: str, page_was: str, page_is: str, old: str, new: str) -> str:
    """The page's text with its Markdown links (inline and reference definitions, outside
    fenced code and front matter) leading where they led before the move."""
    lines = text.split("\n")
    try:
        _, body_start, _ = split_front_matter(text)
    except PageError:
        body_start = 1
    fenced = False
    for index in range(body_start - 1, len(lines)):
        line = lines[index]
        if FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue

        def swap(match: re.Match[str]) -> str:
            return match.group(1) + relinked_target(match.group(2), page_was, page_is, old, new)

        lines[index] = REFERENCE.sub(swap, INLINE_LINK.sub(swap, line))
    return "\n".join(lines)


def renamed_entries(text: str, pattern: re.Pattern[str], old: str, new: str, section: str | None) -> tuple[str, bool]:
    """`text` with the page path `old` replaced by `new` on the lines `pattern` matches (only
    inside the top-level `section:` when one is named); whether any was."""
    lines = text.split("\n")
    inside = section is None
    found = False
    for index, line in enumerate(lines):
        if section is not None and line and not line.startswith((" ", "-", "#")):
            inside = re.match(rf"^{section}\s*:", line) is not None
            continue
        if inside and (match := pattern.match(line)) and match.group(2) == old:
            lines[index] = match.group(1) + new + match.group(3)
            found = True
    return "\n".join(lines), found


def _git(docs: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(docs), *args], capture_output=True, text=True, check=False)


def tracked(docs: Path, path: Path) -> bool:
    """Whether git tracks the file (so `git mv` can move it)."""
    try:
        return _git(docs, "ls-files", "--error-unmatch", "--", str(path)).returncode == 0
    except OSError:  # no git on this machine
        return False


def move_file(docs: Path, old: Path, new: Path) -> None:
    new.parent.mkdir(parents=True, exist_ok=True)
    if tracked(docs, old):
        result = _git(docs, "mv", "--", str(old), str(new))
        if result.returncode != 0:
            raise MoveRefused(f"git mv {old} {new} failed: {result.stderr.strip()}")
    else:
        old.rename(new)


def _source_hash(text: str) -> str | None:
    try:
        meta = parse_meta(split_front_matter(text)[0])[0]
    except PageError:
        return None
    value = meta.get("source_hash")
    return str(value) if value is not None and meta.get("translation") != "needed" else None


def refusal(docs: Path, old: str, new: str) -> str | None:
    """Why the page cannot move, or None."""
    if old == new:
        return f"'{old}' is where the page is already"
    if old == "index.md":
        return "the home page (index.md) is every language's root: it cannot move"
    if missing := [f"docs/{lang}/{old}" for lang in LANGUAGES if not (docs / lang / old).is_file()]:
        return (
            f"{', '.join(missing)} does not exist: kb move moves a page that exists in every language "
            f"({', '.join(LANGUAGES)}); create the missing page (`make new-page`) or check the path"
        )
    if existing := [f"docs/{lang}/{new}" for lang in LANGUAGES if (docs / lang / new).exists()]:
        return f"{', '.join(existing)} exists already: kb move never overwrites a page; choose another path"
    addresses = {
        page_path(p.relative_to(docs / DEFAULT_LANGUAGE).as_posix()) for p in (docs / DEFAULT_LANGUAGE).rglob("*.md")
    }
    if page_path(new) in addresses:
        return f"'{new}' would have the address /{page_path(new)} of another page: choose another path"
    return None


def move_page(docs: Path, config_file: Path, old_argument: str, new_argument: str) -> MoveReport:
    """Move the page OLD to NEW in every language (the module's docstring says what follows)."""
    old, new = move_source(old_argument, "OLD"), move_source(new_argument, "NEW")
    if why := refusal(docs, old, new):
        raise MoveRefused(why)
    moves_path = moves_file(config_file)
    try:
        moves = read_moves(moves_path)
    except MovesError as error:
        raise MoveRefused(f"{error} (fix the moves file first)") from None

    # Every page's text before, and which translations match their English page.
    pages = {
        (lang, path.relative_to(docs / lang).as_posix()): path.read_text(encoding="utf-8")
        for lang in LANGUAGES
        for path in sorted((docs / lang).rglob("*.md"))
    }
    current = {
        (lang, source)
        for (lang, source), text in pages.items()
        if lang in TRANSLATED_LANGUAGES
        and (english := pages.get((DEFAULT_LANGUAGE, source))) is not None
        and _source_hash(text) == body_hash(english)
    }
    config_text, in_nav = renamed_entries(config_file.read_text(encoding="utf-8"), NAV_ENTRY, old, new, "nav")

    moved = []
    for lang in LANGUAGES:
        move_file(docs, docs / lang / old, docs / lang / new)
        moved.append(f"docs/{lang}/{old} -> docs/{lang}/{new}")
    relinked_files: list[str] = []
    texts: dict[tuple[str, str], str] = {}
    for (lang, source), text in pages.items():
        now = new if source == old else source
        texts[(lang, now)] = relinked(text, source, now, old, new)
        if texts[(lang, now)] != text:
            relinked_files.append(f"docs/{lang}/{now}")
    restamped = []
    for (lang, source), text in texts.items():
        was = old if source == new else source
        if (lang, was) in current:
            english_hash = body_hash(texts[(DEFAULT_LANGUAGE, source)])
            if _source_hash(text) != english_hash:
                text = set_front_matter(text, {"source_hash": english_hash})
                texts[(lang, source)] = text
                restamped.append(f"docs/{lang}/{source}")
    for (lang, source), text in texts.items():
        was = old if source == new else source
        if text != pages[(lang, was)]:
            (docs / lang / source).write_text(text, encoding="utf-8")

    config_file.write_text(config_text, encoding="utf-8")
    glossary = config_file.parent / "scripts" / "kb" / "glossary.yml"  # the project's (kb/content/glossary.py)
    if glossary.is_file():
        glossary_text, named = renamed_entries(glossary.read_text(encoding="utf-8"), GLOSSARY_PAGE, old, new, "pages")
        if named:
            glossary.write_text(glossary_text, encoding="utf-8")
    existing = moves_path.read_text(encoding="utf-8") if moves_path.exists() else None
    moves_path.parent.mkdir(parents=True, exist_ok=True)
    moves_path.write_text(moves_text(existing, with_move(moves, old, new)), encoding="utf-8")
    return MoveReport(moved, sorted(relinked_files), restamped, in_nav, moves_path)
