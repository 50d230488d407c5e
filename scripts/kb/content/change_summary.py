"""What a change to the pages means for readers and translators: `python -m kb pr-summary BASE`.

CI runs it on every pull request and appends its Markdown to the run's summary
($GITHUB_STEP_SUMMARY, which needs no write permission). It compares the working tree with
the commit BASE (the pull request's base) and says:
- which pages changed, per language (added, changed, removed, moved);
- which Arabic and Persian translations the change makes stale: up to date at BASE (their
  source_hash matched the English body, kb/content/translations.py), not any more;
- which checklist items get a new ID (kb/content/checklist_ids.py: the ID is a slug of the
  English item's text), so that readers' saved ticks for them are lost. A page moved with
  `kb move` keeps its ticks (checklists.js takes them over, see kb/content/moves.py), so it
  is compared with its new address;
- pages overdue for review (kb/content/reviews.py, as `make reviews` lists them).
Only git and the files are read; nothing is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from kb.content.checklist_ids import checklist_items, item_ids
from kb.content.moves import load_moves
from kb.content.owners import owner_name
from kb.content.pages import PageError, parse_meta, read_page, split_front_matter
from kb.content.reviews import OVERDUE, configured_interval, site_reviews
from kb.content.translations import STALE, body_hash, git, page_status
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, TRANSLATED_LANGUAGES

ADDED, CHANGED, REMOVED = "added", "changed", "removed"


class SummaryRefused(ValueError):
    """The summary cannot be made (no git, an unknown base); the message says what to do."""


@dataclass(frozen=True)
class PageChange:
    lang: str
    source: str  # "checklists/tool-adoption.md"
    change: str  # ADDED, CHANGED, REMOVED, or "moved from <source>"


@dataclass(frozen=True)
class LostTick:
    source: str  # the English page at BASE
    item_id: str
    text: str  # the item at BASE
    now: str | None  # the item at the same place now, if the page has one there


@dataclass
class Summary:
    base: str  # as given
    commit: str  # what it names
    changes: list[PageChange] = field(default_factory=list)
    made_stale: list[PageChange] = field(default_factory=list)  # translations, change = why
    lost_ticks: list[LostTick] = field(default_factory=list)
    overdue: list[str] = field(default_factory=list)  # one line per page past its review date


def overdue_pages(docs: Path, config_file: Path, today: date | None = None) -> list[str]:
    """The pages past their review date on `today` (UTC's by default), one line each with its
    due day, last review and owner: the review model's own facts (kb/content/reviews.py)."""
    today = today or datetime.now(UTC).date()
    return [
        f"{_code(f'docs/{DEFAULT_LANGUAGE}/{review.source}')}: due {review.due}, reviewed {review.reviewed}, "
        f"owner: {owner_name(review.owner, DEFAULT_LANGUAGE)}"
        for review in site_reviews(docs, configured_interval(config_file), config_file)
        if review.state(today) == OVERDUE
    ]


def _docs_git(docs: Path, *args: str) -> str | None:
    return git(docs, *args)


def changed_files(docs: Path, commit: str) -> list[tuple[str, str, str | None]]:
    """(status letter, docs-relative path, new path of a rename) for every file under docs/
    that differs between `commit` and the working tree, untracked files included."""
    diff = _docs_git(docs, "diff", "--name-status", "-M", "--relative", commit, "--", ".")
    if diff is None:
        raise SummaryRefused(f"git cannot compare {docs} with {commit}")
    found: list[tuple[str, str, str | None]] = []
    for line in diff.splitlines():
        parts = line.split("\t")
        if parts[0].startswith("R") and len(parts) == 3:
            found.append(("R", parts[1], parts[2]))
        elif len(parts) == 2:
            found.append((parts[0][:1], parts[1], None))
    untracked = _docs_git(docs, "ls-files", "--others", "--exclude-standard", "--", ".") or ""
    found += [("A", path, None) for path in untracked.splitlines() if path]
    return found


def _split(path: str) -> tuple[str, str] | None:
    """("fa", "tools/seo.md") for a page of a language tree, else None."""
    lang, _, source = path.partition("/")
    return (lang, source) if lang in LANGUAGES and source.endswith(".md") else None


def base_text(docs: Path, commit: str, lang: str, source: str) -> str | None:
    return _docs_git(docs, "show", f"{commit}:./{lang}/{source}")


def _up_to_date(english: str | None, translation: str | None) -> bool:
    """Whether a translation's text matched this English text (by its source_hash)."""
    if english is None or translation is None:
        return False
    try:
        meta = parse_meta(split_front_matter(translation)[0])[0]
    except PageError:
        return False
    return meta.get("translation") != "needed" and str(meta.get("source_hash")) == body_hash(english)


def _ids_and_texts(path: Path, text: str | None) -> tuple[list[str], list[str]]:
    if text is None:
        return [], []
    try:
        items = checklist_items(read_page(path, text))
    except PageError:
        return [], []
    return item_ids(items), items


def lost_ticks(docs: Path, commit: str, source: str, moved_to: str | None) -> list[LostTick]:
    """The English items of `source` at `commit` whose IDs the page (or the page it moved to)
    no longer has."""
    old_path = docs / DEFAULT_LANGUAGE / source
    old_ids, old_texts = _ids_and_texts(old_path, base_text(docs, commit, DEFAULT_LANGUAGE, source))
    now_path = docs / DEFAULT_LANGUAGE / (moved_to or source)
    now_text = now_path.read_text(encoding="utf-8") if now_path.is_file() else None
    new_ids, new_texts = _ids_and_texts(now_path, now_text)
    kept = set(new_ids)
    return [
        LostTick(source, item_id, text, new_texts[index] if index < len(new_texts) else None)
        for index, (item_id, text) in enumerate(zip(old_ids, old_texts, strict=True))
        if item_id not in kept
    ]


def summarize(docs: Path, config_file: Path, base: str) -> Summary:
    """What the working tree changes against the commit `base` names."""
    if _docs_git(docs, "rev-parse", "--git-dir") is None:
        raise SummaryRefused(f"{docs} is not in a git repository (or git is missing): the summary compares commits")
    commit = (_docs_git(docs, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}") or "").strip()
    if not commit:
        raise SummaryRefused(
            f"'{base}' names no commit in this repository: fetch it first (a shallow clone lacks it: "
            "`git fetch --depth=0 origin <branch>`, or check out with fetch-depth: 0)"
        )
    summary = Summary(base, commit)
    moves = {move.old: move.new for move in load_moves(config_file)}
    sources: dict[str, None] = {}  # every page path changed in some language, in order
    was_at: dict[str, str] = {}  # a page git saw moved: its path at BASE
    for status, path, renamed in changed_files(docs, commit):
        page = _split(path)
        if page is None:
            continue
        lang, source = page
        if status == "R" and renamed and (target := _split(renamed)):
            summary.changes.append(PageChange(target[0], target[1], f"moved from {source}"))
            was_at[target[1]] = source
            sources.setdefault(target[1])
            sources.setdefault(source)
            continue
        summary.changes.append(PageChange(lang, source, {"A": ADDED, "D": REMOVED}.get(status, CHANGED)))
        sources.setdefault(source)
    for source in sources:
        then = was_at.get(source, source)
        english_then = base_text(docs, commit, DEFAULT_LANGUAGE, then)
        english_now = docs / DEFAULT_LANGUAGE / source
        if english_then is not None and then == source:
            moved_to = moves.get(source) if not english_now.exists() else None
            summary.lost_ticks += lost_ticks(docs, commit, source, moved_to)
        if not english_now.exists():
            continue
        for lang in TRANSLATED_LANGUAGES:
            was_current = _up_to_date(english_then, base_text(docs, commit, lang, then))
            if was_current and (status := page_status(docs, lang, source)).state == STALE:
                summary.made_stale.append(PageChange(lang, source, status.reason))
    summary.overdue = overdue_pages(docs, config_file)
    return summary


def _code(text: str) -> str:
    return f"`{text.replace('`', '')}`"


def _quoted(text: str) -> str:
    return "“" + " ".join(text.split()).replace("|", "\\|") + "”"


def markdown(summary: Summary) -> str:
    """The summary as GitHub-flavoured Markdown, for $GITHUB_STEP_SUMMARY."""
    english = LANGUAGES[DEFAULT_LANGUAGE]
    lines = [
        "## Knowledge base: what this change means for readers",
        "",
        f"Compared with {_code(summary.base)} ({summary.commit[:12]}).",
        "",
        "### Pages changed",
        "",
    ]
    if not summary.changes:
        lines.append("No page changed.")
    for lang in LANGUAGES:
        ours = [change for change in summary.changes if change.lang == lang]
        if ours:
            lines.append(f"- **{english.t(f'languages.{lang}')}** (docs/{lang}): {len(ours)}")
            lines += [f"  - {_code(change.source)}: {change.change}" for change in ours]
    lines += ["", "### Translations this change makes stale", ""]
    if not summary.made_stale:
        lines.append("None: every translation that was up to date still is.")
    lines += [
        f"- {_code(f'docs/{page.lang}/{page.source}')} ({english.t(f'languages.{page.lang}')}): {page.change}"
        for page in summary.made_stale
    ]
    if summary.made_stale:
        lines += ["", "Readers of these pages now see a notice and a link to the English page until a translator "
                  "updates them and runs `make stamp`."]  # fmt: skip
    lines += ["", "### Saved ticks that would be lost", ""]
    if not summary.lost_ticks:
        lines.append("None: every checklist item keeps its ID.")
    for tick in summary.lost_ticks:
        now = f", now {_quoted(tick.now)}" if tick.now is not None else ", removed"
        lines.append(f"- {_code(tick.source)}: {_quoted(tick.text)} ({_code(tick.item_id)}){now}")
    if summary.lost_ticks:
        lines += ["", "An item's ID comes from its English text: a reworded item starts unticked for every reader "
                  "(and on its translations once they are updated)."]  # fmt: skip
    lines += ["", "### Pages overdue for review", ""]
    lines += [f"- {page}" for page in summary.overdue] or ["None: every page is within its review interval."]
    return "\n".join(lines) + "\n"
