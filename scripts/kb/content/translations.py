"""Which Arabic and Persian pages lag behind their English source: one answer for the
command line (`make status`) and the site (scripts/kb/plugin/features/translation_status.py).

A translated page records in its front matter which English text it was made from:

    source_hash: "1a2b3c4d5e6f"      sha256 of the English body, whitespace-normalised, 12 hex digits
    translated_from: "<commit>"      the commit holding that English text, when git had it

`source_hash` is the truth: it is a hash of content, so the status is the same in a full
clone, a shallow clone, a copy without .git and CI. `translated_from` only helps `--diff`
find the old English text; if it is missing, the git history of the English page is
searched for a version with the recorded hash. A page not translated yet says
`translation: needed` instead (`make new-page` writes it).
`make stamp PAGE=...` writes both lines once a translation is done.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kb.content.navigation import NavSource, nav_sources
from kb.content.pages import PageError, page_sources, parse_meta, read_source, split_front_matter
from kb.languages import (
    DEFAULT_LANGUAGE,
    TRANSLATED_LANGUAGES,
    Language,
    default_language,
    given_or_project,
    translated_languages,
)

UP_TO_DATE, STALE, UNTRANSLATED = "up to date", "stale", "untranslated"
STATES = (UP_TO_DATE, STALE, UNTRANSLATED)
HASH_LENGTH = 12


@dataclass(frozen=True)
class Status:
    lang: str
    source: str  # e.g. "tools/seo.md"
    state: str  # one of STATES
    reason: str  # why, for the command line
    recorded_hash: str | None  # source_hash in the translated page
    current_hash: str  # hash of the English body now
    translated_from: str | None


def body_hash(text: str) -> str:
    """Hash of a page's body (front matter left out) with all whitespace runs made one space,
    so re-wrapping lines or trailing spaces in English never make a translation stale."""
    try:
        _, _, body = split_front_matter(text)
    except PageError:
        body = text.splitlines()
    normalised = " ".join("\n".join(body).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def read_meta(path: Path) -> dict[str, object]:
    """A page's front matter; PageError when it is broken."""
    try:
        yaml_text, _, _ = split_front_matter(read_source(path))
    except PageError as error:
        error.path = path
        raise
    return parse_meta(yaml_text)[0]


def page_status(
    docs: Path,
    lang: str,
    source: str,
    meta: dict[str, object] | None = None,
    languages: Mapping[str, Language] | None = None,
) -> Status:
    """The state of docs/<lang>/<source> against docs/en/<source>. `meta`, the page's front
    matter if the caller has it parsed already (a build does), saves reading it again;
    `languages`, the build's (None: the project's), say which is the default language."""
    current = body_hash(read_source(docs / default_language(given_or_project(languages)) / source))
    path = docs / lang / source

    def status(state: str, reason: str, recorded: str | None = None, commit: str | None = None) -> Status:
        return Status(lang, source, state, reason, recorded, current, commit)

    if not path.exists():
        return status(UNTRANSLATED, f"docs/{lang}/{source} does not exist")
    try:
        meta = read_meta(path) if meta is None else meta
    except PageError as error:
        return status(STALE, f"front matter unreadable ({error}): run `make check`")
    if meta.get("translation") == "needed":
        return status(UNTRANSLATED, "marked 'translation: needed'")
    recorded = str(meta["source_hash"]) if meta.get("source_hash") is not None else None
    commit = str(meta["translated_from"]) if meta.get("translated_from") is not None else None
    if recorded is None:
        return status(
            STALE, "no source_hash: check it against the English page, then run `make stamp PAGE=...`", None, commit
        )
    if recorded != current:
        return status(
            STALE,
            f"English text changed since translation (source_hash {recorded}, English now {current})",
            recorded,
            commit,
        )
    return status(UP_TO_DATE, "matches the English text", recorded, commit)


def english_sources(docs: Path, nav: NavSource = None, languages: Mapping[str, Language] | None = None) -> list[str]:
    """English pages in navigation order (pages outside the navigation last, by path), among
    `languages` (a build's; None: the project's)."""
    pages = page_sources(docs, default_language(given_or_project(languages)))
    order = nav_sources(nav) if not isinstance(nav, Path) or nav.exists() else []
    rank = {source: index for index, source in enumerate(order)}
    return sorted(pages, key=lambda source: (rank.get(source, len(rank)), source))


def site_status(docs: Path, nav: NavSource = None, languages: Mapping[str, Language] | None = None) -> list[Status]:
    """Every translated language's status of every English page, among `languages` (a build's;
    None: the project's)."""
    languages = given_or_project(languages)
    sources = english_sources(docs, nav, languages)
    return [
        page_status(docs, lang, source, languages=languages)
        for lang in translated_languages(languages)
        for source in sources
    ]


# --- git: only for `stamp` (translated_from) and `status --diff`; never for the status itself.


def git(directory: Path, *args: str) -> str | None:
    """Output of a git command run in `directory`, or None when git or the answer is missing."""
    try:
        result = subprocess.run(["git", "-C", str(directory), *args], capture_output=True, text=True, check=False)
    except OSError:
        return None
    return result.stdout if result.returncode == 0 else None


def committed_text(path: Path, commit: str) -> str | None:
    """The file as it was in a commit (None: no git, unknown commit, or not in that commit)."""
    return git(path.parent, "show", f"{commit}:./{path.name}")


def head_commit_with(path: Path, wanted_hash: str) -> tuple[str | None, str]:
    """(HEAD's commit if the file there has this body hash, else None; why not, if not):
    the commit to record as translated_from."""
    head = git(path.parent, "rev-parse", "HEAD")
    if not head:
        return None, "no git repository with a commit here"
    text = committed_text(path, head.strip())
    if text is None or body_hash(text) != wanted_hash:
        return (
            None,
            "the English page has changes not committed yet; once they are, `status --diff` finds them in the history",
        )
    return head.strip(), ""


def english_when_translated(docs: Path, status: Status) -> tuple[str | None, str]:
    """(the English page as it was when translated, where it came from or why it is unknown)."""
    if status.recorded_hash is None:
        return None, "no source_hash is recorded, so the English text it was translated from is unknown"
    english = docs / DEFAULT_LANGUAGE / status.source
    candidates = [status.translated_from] if status.translated_from else []
    history = git(english.parent, "log", "--format=%H", "--", english.name)
    if history is None:
        return None, "git is not available here, and the old English text is only in git history"
    candidates += (history or "").split()
    for commit in candidates:
        text = committed_text(english, commit)
        if text is not None and body_hash(text) == status.recorded_hash:
            return text, f"commit {commit[:12]}"
    return None, (
        "no commit in the available git history holds the English text with source_hash "
        f"{status.recorded_hash} (a shallow clone, or the English page was not committed when stamped)"
    )


def english_diff(docs: Path, status: Status) -> str:
    """Unified diff of the English body since the translation, or a sentence saying why there is none."""
    old_text, origin = english_when_translated(docs, status)
    if old_text is None:
        return f"no diff: {origin}"
    english = docs / DEFAULT_LANGUAGE / status.source
    _, _, old_body = split_front_matter(old_text)
    _, _, new_body = split_front_matter(english.read_text(encoding="utf-8"))
    name = f"docs/{DEFAULT_LANGUAGE}/{status.source}"
    lines = difflib.unified_diff(
        old_body, new_body, f"{name} ({origin}, translated from)", f"{name} (now)", lineterm=""
    )
    return "\n".join(lines) or "no diff: the English text differs only in whitespace"


# --- stamping: a translator says "this translation matches the English page now".

TOP_LEVEL_KEY = re.compile(r"^(\w+)\s*:")


class StampRefused(ValueError):
    """The page cannot be stamped; the message says what to do."""


def set_front_matter(text: str, values: dict[str, str | None]) -> str:
    """Set (or, for None, remove) one-line `key: "value"` entries, leaving every other line as it is."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---" or "---" not in (line.strip() for line in lines[1:]):
        raise StampRefused("the page has no front matter; run `make check`")
    end = next(index for index, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    kept = [line for line in lines[1:end] if not ((key := TOP_LEVEL_KEY.match(line)) and key.group(1) in values)]
    added = [f'{key}: "{value}"' for key, value in values.items() if value is not None]
    return "\n".join([lines[0], *kept, *added, *lines[end:]])


def translation_when_current(docs: Path, status: Status) -> str | None:
    """The translation as it was in the newest commit whose English page still had the hash
    the translation records, i.e. just before it went stale; None when git cannot tell."""
    if status.recorded_hash is None:
        return None
    english, translation = docs / DEFAULT_LANGUAGE / status.source, docs / status.lang / status.source
    history = git(
        docs, "log", "--format=%H", "--", f"{DEFAULT_LANGUAGE}/{status.source}", f"{status.lang}/{status.source}"
    )
    for commit in (history or "").split():
        text = committed_text(english, commit)
        if text is not None and body_hash(text) == status.recorded_hash:
            return committed_text(translation, commit)
    return None


def unchanged_since_stale(docs: Path, status: Status) -> str | None:
    """Why a stale translation may not be stamped yet (None: it was edited since, so it may)."""
    if status.recorded_hash is None:  # never stamped: stamping is how it starts to be tracked
        return None
    name = f"docs/{status.lang}/{status.source}"
    before = translation_when_current(docs, status)
    if before is None:
        return (
            f"{name}: git history cannot tell whether it changed since its English page did; "
            "compare it with `make status DIFF=1`, then stamp it with --force"
        )
    now = (docs / status.lang / status.source).read_text(encoding="utf-8")
    if body_hash(before) == body_hash(now):
        return (
            f"{name} has not changed since its English page did (`make status DIFF=1` shows how); "
            "update the translation first, or stamp it with --force if it needs no change"
        )
    return None


def stamp(docs: Path, lang: str, source: str, force: bool = False) -> str:
    """Record on docs/<lang>/<source> the English text it now matches; return what was done.
    A stale translation that was not edited since it went stale is refused unless `force`."""
    path = docs / lang / source
    if lang not in TRANSLATED_LANGUAGES:
        raise StampRefused(f"'{lang}' is not a translated language: use one of {', '.join(TRANSLATED_LANGUAGES)}")
    if not (docs / DEFAULT_LANGUAGE / source).exists():
        raise StampRefused(
            f"docs/{DEFAULT_LANGUAGE}/{source} does not exist: only translations of an English page are stamped"
        )
    if not path.exists():
        raise StampRefused(f"docs/{lang}/{source} does not exist")
    status = page_status(docs, lang, source)
    if status.state == UNTRANSLATED:
        raise StampRefused(
            f"docs/{lang}/{source} is still marked 'translation: needed': translate it, "
            "delete that line from its front matter, then stamp it"
        )
    if status.state == UP_TO_DATE and not force:
        return f"docs/{lang}/{source} is already up to date (--force records translated_from again)"
    if not force and (why := unchanged_since_stale(docs, status)):
        raise StampRefused(why)
    commit, why_not = head_commit_with(docs / DEFAULT_LANGUAGE / source, status.current_hash)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        set_front_matter(text, {"source_hash": status.current_hash, "translated_from": commit}), encoding="utf-8"
    )
    note = f", translated_from {commit[:12]}" if commit else f" (no translated_from: {why_not})"
    return f"stamped docs/{lang}/{source}: source_hash {status.current_hash}{note}"
