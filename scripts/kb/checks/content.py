"""Content checks: every rule a contribution must follow, each failure naming file, line and fix.

Run them with `make check`; tests/unit/test_content_rules.py runs them on the site and
plants one fault of each kind in a copy to prove that each rule fires.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlparse

import yaml

from kb.content.data_text import data_text_problems
from kb.content.figures import FIGURES_FILE, Figure, FigureError, load_figures, unknown_figure
from kb.content.glossary import GLOSSARY_FILE, Glossary, GlossaryError, Replacement, Replacements, load_glossary
from kb.content.moves import MovesError, move_problems, moves_file, read_moves
from kb.content.navigation import nav_labels, nav_sources
from kb.content.owners import OWNERS_FILE, Owner, OwnersError, load_owners, unknown_owner
from kb.content.pages import (
    SAFE_LOADER,
    SKELETON_DESCRIPTION,
    SKELETON_TEXT,
    Page,
    checked_page,
    page_sources,
)
from kb.content.published_files import theme_folder, unpublishable_files, unpublishable_theme_files
from kb.content.reviews import REVIEW_KEYS
from kb.content.translations import UP_TO_DATE, page_status
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, LOCALES
from kb.markdown.forms import Declaration, FormSyntaxError, field_keys, page_declarations

ALLOWED_TAGS = tuple(LANGUAGES[DEFAULT_LANGUAGE].strings["tags"]["names"])  # kb/locales: tags.names
ANY_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")

# Text that follows other rules: another language's span, code, and link targets.
FOREIGN_SPAN = re.compile(r"<(span|bdi)\b[^>]*\blang=\"[^\"]+\"[^>]*>.*?</\1>", re.S)
CODE_SPAN = re.compile(r"`[^`]*`")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
HTML_TAG = re.compile(r"<[^>]+>")
ABBREVIATION = re.compile(r"^\*\[[^\]]+\]:")
FIELD_SYNTAX = re.compile(r"^\?> [a-z]+: \S+ \|")  # a template field's kind and ID (kb/markdown/forms.py)

MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\(")
HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.I)
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)")
PERSIAN_PREFIX_WITH_SPACE = re.compile(r"(?<![\w\u200c])(ن?می) (?=[\u0600-\u06FF])")


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        """`path:line: message`; `path: message` for line 0, a problem of the build as a whole."""
        path = self.path.relative_to(Path.cwd()) if self.path.is_relative_to(Path.cwd()) else self.path
        return f"{path}:{self.line}: {self.message}" if self.line else f"{path}: {self.message}"


def prose(text: str) -> str:
    """The text a reader sees as the page's own language, without exempt parts."""
    for pattern in (FIELD_SYNTAX, FOREIGN_SPAN, CODE_SPAN, LINK_TARGET, HTML_TAG):
        text = pattern.sub(" ", text)
    return text


def load_pages(docs: Path) -> tuple[dict[tuple[str, str], Page], list[Problem]]:
    """Every readable page, and a problem for each page that cannot be read or published."""
    pages: dict[tuple[str, str], Page] = {}
    problems = []
    for lang in LANGUAGES:
        for source in page_sources(docs, lang):
            path = docs / lang / source
            page, found = checked_page(path, docs / lang)
            problems += [Problem(path, line, message) for line, message in found]
            if page is not None:
                pages[(lang, source)] = page
    return pages, problems


def check_same_pages(docs: Path) -> Iterator[Problem]:
    sources = {lang: set(page_sources(docs, lang)) for lang in LANGUAGES}
    for lang in LANGUAGES:
        for source in sorted(set.union(*sources.values()) - sources[lang]):
            origin = next(other for other in LANGUAGES if source in sources[other])
            yield Problem(
                docs / lang / source,
                1,
                f"page missing in '{lang}': it exists as docs/{origin}/{source}; "
                "write the translation (or run `make new-page`)",
            )


def check_navigation(docs: Path, config_file: Path) -> Iterator[Problem]:
    in_nav = nav_sources(config_file)
    for source in page_sources(docs, DEFAULT_LANGUAGE):
        if source not in in_nav:
            yield Problem(
                docs / DEFAULT_LANGUAGE / source,
                1,
                f"no navigation entry reaches this page: add '{source}' to nav in mkdocs.yml",
            )
    config_lines = config_file.read_text(encoding="utf-8").splitlines()
    for source in in_nav:
        if not (docs / DEFAULT_LANGUAGE / source).is_file():
            line = next((n for n, text in enumerate(config_lines, start=1) if source in text), 1)
            yield Problem(
                config_file,
                line,
                f"the nav entry '{source}' names no file docs/{DEFAULT_LANGUAGE}/{source}: "
                "create the page (`make new-page`) or remove the entry",
            )


def check_skeleton_replaced(page: Page) -> Iterator[Problem]:
    """What `make new-page` wrote for the author to replace must not ship."""
    if page.meta.get("description") == SKELETON_DESCRIPTION:
        yield Problem(
            page.path,
            page.meta_lines.get("description", 1),
            "the description is still new-page's placeholder: write one sentence on what the reader gets",
        )
    for line in page.body:
        if any(placeholder in line.text for placeholder in SKELETON_TEXT):
            yield Problem(page.path, line.number, "this is still new-page's placeholder text: write the page")


def check_front_matter(page: Page) -> Iterator[Problem]:
    for key in ("title", "description"):
        value = page.meta.get(key)
        if not isinstance(value, str) or not value.strip():
            yield Problem(page.path, page.meta_lines.get(key, 1), f"front matter needs a non-empty '{key}'")
    tags = page.meta.get("tags")
    line = page.meta_lines.get("tags", 1)
    if not isinstance(tags, list) or not tags:
        yield Problem(page.path, line, f"front matter needs 'tags', a list from: {', '.join(ALLOWED_TAGS)}")
        return
    for tag in tags:
        if tag not in ALLOWED_TAGS:
            yield Problem(page.path, line, f"unknown tag '{tag}': use only {', '.join(ALLOWED_TAGS)}")


def check_review_facts(page: Page, lang: str, source: str, owners: dict[str, Owner], today: date) -> Iterator[Problem]:
    """An English page names its owner (a key of kb/owners.yml) and the day it was last reviewed,
    not a day to come; a translation takes both from its English page (kb/content/reviews.py)
    and writes neither. Values of the wrong type are the front-matter allowlist's (pages.py)."""
    if lang != DEFAULT_LANGUAGE:
        for key in REVIEW_KEYS:
            if key in page.meta:
                yield Problem(
                    page.path,
                    page.meta_lines.get(key, 1),
                    f"'{key}' belongs to the English page only: this page takes it from "
                    f"docs/{DEFAULT_LANGUAGE}/{source}; delete this line",
                )
        return
    owner = page.meta.get("owner")
    if owner is None or (isinstance(owner, str) and not owner.strip()):
        yield Problem(
            page.path,
            page.meta_lines.get("owner", 1),
            f"front matter needs 'owner': the team or role that answers for this page, one of {', '.join(owners)}",
        )
    elif isinstance(owner, str) and owner not in owners:
        yield Problem(page.path, page.meta_lines.get("owner", 1), unknown_owner(owner, owners))
    reviewed = page.meta.get("reviewed")
    if reviewed is None:
        yield Problem(
            page.path,
            page.meta_lines.get("reviewed", 1),
            f"front matter needs 'reviewed': the day the page was last checked, e.g. reviewed: {today.isoformat()}",
        )
    elif type(reviewed) is date and reviewed > today:
        yield Problem(
            page.path,
            page.meta_lines.get("reviewed", 1),
            f"'reviewed: {reviewed.isoformat()}' is a day to come (today is {today.isoformat()}): "
            "write the day the page was last checked",
        )


def check_image_alt_text(page: Page) -> Iterator[Problem]:
    for line in page.body:
        for alt in MARKDOWN_IMAGE.findall(line.text):
            if not alt.strip():
                yield Problem(page.path, line.number, "image without alt text: write ![what the image shows](...)")
        for tag in HTML_IMAGE.findall(line.text):
            if not re.search(r'\balt="[^"]+"', tag):
                yield Problem(page.path, line.number, 'image without alt text: add alt="what the image shows"')


def check_headings(page: Page) -> Iterator[Problem]:
    level = 1  # the title, printed by the theme
    for depth, text, line in page.headings:
        if depth == 1:
            yield Problem(
                page.path, line, f"heading '# {text}': the title comes from front matter; start sections at ##"
            )
        elif depth > level + 1:
            yield Problem(
                page.path, line, f"heading level skips from h{level} to h{depth} ('{text}'): use {'#' * (level + 1)}"
            )
        level = depth


def check_checklist_items_unique(page: Page) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for checklist in page.checklists:
        for text, _, line in checklist:
            if text in seen:
                yield Problem(
                    page.path, line, f"checklist item repeats line {seen[text]}; every item on a page must differ"
                )
            seen.setdefault(text, line)


def check_letters(page: Page, lang: str) -> Iterator[Problem]:
    """Persian pages use Persian letters and digits, Arabic pages Arabic ones."""
    if lang == DEFAULT_LANGUAGE:
        return
    forbidden = LANGUAGES[lang].foreign_letters
    language = LANGUAGES[DEFAULT_LANGUAGE].t(f"languages.{lang}")
    for line in page.body:
        if ABBREVIATION.match(line.text):
            continue
        text = prose(line.text)
        for letter, replacement in forbidden.items():
            if letter in text:
                fix = (
                    f"write «{replacement}» (U+{ord(replacement):04X})"
                    if replacement
                    else 'wrap other-language words in <span lang="..">'
                )
                yield Problem(
                    page.path,
                    line.number,
                    f"letter «{letter}» (U+{ord(letter):04X}) does not belong in a {language} page; {fix}",
                )
        for digit in sorted(set(ANY_DIGIT.findall(text)) - set(LANGUAGES[lang].digits)):
            yield Problem(
                page.path,
                line.number,
                f"digit «{digit}» in a {language} page: {language} pages write numbers with "
                f"{LANGUAGES[lang].digits[:3]}…",
            )
        if lang == "fa" and (match := PERSIAN_PREFIX_WITH_SPACE.search(text)):
            yield Problem(
                page.path,
                line.number,
                f"«{match.group(1)} » is followed by a space: join it with a half-space (ZWNJ, U+200C), e.g. «می‌شود»",
            )


# Style rules a check can see (CONTRIBUTING.md, "Style guide"): (language, pattern, message).
STYLE_RULES = [
    (
        "fa",
        re.compile(r"([اآأإدذرزژو])\u200c"),
        "no half-space after «{0}»: it never joins the next letter, so write the word without it",
    ),
    ("fa", re.compile(r"ه\u200cی(?=[\s،.؛:)])"), "write the ezafe after a silent «ه» as «هٔ» (U+0654), not «ه‌ی»"),
    ("ar", re.compile(r"اً"), "write the tanween on the letter before the alif («ًا», as in «شكرًا»), not «اً»"),
    (
        "ar",
        re.compile(r"(?<![\w\u0600-\u06FF])و (?=[A-Za-z])"),
        "write «و» joined to the Latin word after it («SEO وPPC»), not «و» and a space",
    ),
]


def prose_lines(page: Page) -> Iterator[tuple[int, str]]:
    """(line, reader-visible text in the page's language): title, description and body."""
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            yield page.meta_lines.get(key, 1), str(page.meta[key])
    for line in page.body:
        if not ABBREVIATION.match(line.text):
            yield line.number, prose(line.text)


def replacement_message(rule: Replacement) -> str:
    return f"write «{rule.write}», not «{rule.avoid}» ({rule.source})"


def wording_problems(text: str, lang: str, replacements: Replacements) -> Iterator[str]:
    """What a text in `lang` writes that the glossary or the style rules ask to write otherwise."""
    if replacements.variants.search(text):
        for rule in replacements:
            if next(rule.hits(text), None):
                yield replacement_message(rule)
    for rule_lang, pattern, message in STYLE_RULES:
        if rule_lang == lang and (match := pattern.search(text)):
            yield message.format(*match.groups())


NEW_BLOCK = re.compile(r"^\s*(?:[-*+|#>]|\d+[.)]|!!!|\?\?\?)")


def check_terminology(page: Page, lang: str, replacements: Replacements) -> Iterator[Problem]:
    """The glossary's preferred terms and spellings (kb/glossary.yml), the names of the site's
    pages and the style rules. A phrase broken across two lines of one paragraph is named at
    the line where it starts."""
    lines = list(prose_lines(page))
    variants = replacements.variants
    for number, text in lines:
        yield from (Problem(page.path, number, message) for message in wording_problems(text, lang, replacements))
    for (number, text), (next_number, next_text) in zip(lines, lines[1:], strict=False):
        if next_number != number + 1 or not text.strip() or not next_text.strip() or NEW_BLOCK.match(next_text):
            continue
        joined, seam = f"{text.rstrip()}\n{next_text.lstrip()}", len(text.rstrip())
        if not variants.search(joined):
            continue
        for rule in replacements:
            if any(start < seam < end for start, end in rule.hits(joined)):
                yield Problem(page.path, number, replacement_message(rule))


def data_strings(path: Path) -> Iterator[tuple[tuple[str, ...], int, str]]:
    """(keys leading to it, line, text) for every string value of a YAML data file."""
    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    stack: list[tuple[tuple[str, ...], yaml.Node]] = [((), root)] if root is not None else []
    while stack:
        keys, node = stack.pop()
        if isinstance(node, yaml.ScalarNode) and isinstance(node.value, str) and keys:
            yield keys, node.start_mark.line + 1, node.value
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((keys, item) for item in reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(((*keys, str(key.value)), value) for key, value in reversed(node.value))


def check_data_text(path: Path, replacements: dict[str, Replacements]) -> Iterator[Problem]:
    """Text in a data file (a value under `ar:`, `fa:` or `en:`, as in figures.yml) follows the
    wording rules of its language: the given replacements and the style rules."""
    for keys, number, text in data_strings(path):
        lang = keys[-1]
        if lang in LANGUAGES:
            yield from (Problem(path, number, why) for why in wording_problems(text, lang, replacements[lang]))


def check_locale_text(path: Path, lang: str, replacements: Replacements) -> Iterator[Problem]:
    """The interface strings of a locale file (kb/locales/<lang>.yml `strings:`) follow the
    wording rules of its language, as pages do."""
    for keys, number, text in data_strings(path):
        if keys[0] == "strings":
            yield from (Problem(path, number, why) for why in wording_problems(text, lang, replacements))


def check_glossary_text(glossary: Glossary, replacements: dict[str, Replacements]) -> Iterator[Problem]:
    """The glossary's own terms, variants and meanings follow the wording rules of their
    language. What it lists as things to avoid (a concept's `avoid`, a page's discouraged
    names, the spellings' `not`) is not held against it."""
    others = {
        lang: Replacements(rule for rule in rules if not rule.source.startswith("glossary: "))
        for lang, rules in replacements.items()
    }
    for keys, number, text in data_strings(GLOSSARY_FILE):
        if keys[0] != "concepts" or "avoid" in keys:
            continue
        lang = next((key for key in reversed(keys) if key in LANGUAGES), None)
        if lang is not None:
            yield from (Problem(GLOSSARY_FILE, number, why) for why in wording_problems(text, lang, others[lang]))


ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640\u200c]")
ARABIC_ARTICLE = re.compile(r"(?<!\S)ال")
FOLD = str.maketrans("أإآةىۀكي", "اااهیهکی")


def folded(form: str, lang: str) -> str:
    """A form as readers would consider it the same: without diacritics and half-spaces, one
    alif, «ة» as «ه», and in Arabic without the article («المحتوى الممول» = «محتوى مموّل»)."""
    form = ARABIC_MARKS.sub("", form).translate(FOLD).casefold()
    return " ".join(ARABIC_ARTICLE.sub("", form).split() if lang == "ar" else form.split())


def check_glossary_collisions(glossary: Glossary, path: Path = GLOSSARY_FILE) -> Iterator[Problem]:
    """A term or variant belongs to one concept: the same words under two concepts (an
    advertorial's «محتوى مموّل» and sponsored content's «المحتوى الممول») would send search
    to both and let a page pass with either meaning."""
    text = path.read_text(encoding="utf-8")
    for lang in LANGUAGES:
        owner: dict[str, tuple[str, str]] = {}
        for concept in glossary.concepts:
            terms = concept.terms[lang]
            for form in dict.fromkeys((terms.term, *terms.also, *terms.avoid)):
                key = folded(form, lang)
                if key in owner and owner[key][0] != concept.id:
                    other, written = owner[key]
                    index = text.find(f"- id: {concept.id}\n")
                    yield Problem(
                        path,
                        text.count("\n", 0, index) + 1,
                        f"«{form}» ({lang}) of '{concept.id}' is «{written}» of '{other}': "
                        "a term or variant belongs to one concept; remove it from one of them",
                    )
                owner.setdefault(key, (concept.id, form))


def page_names(
    pages: dict[tuple[str, str], Page], labels: dict[str, dict[str, str]]
) -> dict[str, dict[str, list[str]]]:
    """Per language, each page's accepted names: its title, then its menu label if it has one."""
    names: dict[str, dict[str, list[str]]] = {lang: {} for lang in LANGUAGES}
    for (lang, source), page in pages.items():
        title = page.meta.get("title")
        accepted = [str(title)] if isinstance(title, str) and title.strip() else []
        if (label := labels.get(lang, {}).get(source)) and label not in accepted:
            accepted.append(label)
        names[lang][source] = accepted
    return names


def check_page_names(
    glossary: Glossary, names: dict[str, dict[str, list[str]]], path: Path = GLOSSARY_FILE
) -> Iterator[Problem]:
    """Every page `pages:` lists exists, and no discouraged name is one of its accepted names."""
    for entry in glossary.pages:
        for lang, avoided in entry.avoid.items():
            if entry.source not in names[lang]:
                yield Problem(path, entry.line, f"pages: no page docs/{lang}/{entry.source}: write the path of a page")
                continue
            for name in avoided:
                if folded(name, lang) in {folded(accepted, lang) for accepted in names[lang][entry.source]}:
                    yield Problem(
                        path,
                        entry.line,
                        f"pages: «{name}» is the name of docs/{lang}/{entry.source} (its title or menu label), "
                        "so it cannot be a discouraged one: remove it",
                    )


def check_data_is_text(config_file: Path) -> Iterator[Problem]:
    """No markup in the locales, the glossary, the figures or mkdocs.yml (kb/content/data_text.py),
    named by the YAML file and line."""
    yield from (Problem(path, line, message) for path, line, message in data_text_problems(config_file))


def check_figures(page: Page, figures: dict[str, Figure]) -> Iterator[Problem]:
    """Every figure a page places is one that kb/figures.yml draws."""
    for name, line in page.figures:
        if name not in figures:
            yield Problem(page.path, line, unknown_figure(name, figures))


TOOL_PAGES = re.compile(r"^tools/(?!index\.md$)[^/]+\.md$")


def check_tool_sections(pages: dict[tuple[str, str], Page]) -> Iterator[Problem]:
    """Every tool page of a language has the same sections, word for word (the tools index
    promises them): a page whose `##` headings differ from most tool pages' is named."""
    for lang in LANGUAGES:
        tools = [
            page
            for (code, source), page in sorted(pages.items())
            if code == lang and TOOL_PAGES.match(source) and not any(check_skeleton_replaced(page))
        ]  # a page still holding new-page's placeholders is told so, not this
        sections = [tuple(text for level, text, _ in page.headings if level == 2) for page in tools]
        if not sections:
            continue
        usual = Counter(sections).most_common(1)[0][0]
        for page, found in zip(tools, sections, strict=True):
            for position, (heading, expected) in enumerate(zip(found, usual, strict=False)):
                if heading != expected:
                    line = [line for level, _, line in page.headings if level == 2][position]
                    yield Problem(page.path, line, f"tool pages share their sections: write '## {expected}' here")
                    break


LISTED_PAGE = re.compile(r"^\s*[-*+] \[([^\]]+)\]\(([^)#\s]+\.md)\)")


def check_listed_page_names(
    page: Page, docs: Path, lang: str, labels: dict[str, str], titles: dict[str, object]
) -> Iterator[Problem]:
    """A list item that starts with a link to a page names that page as the site does: its
    title or its menu label, or the start of either."""
    for line in page.body:
        if not (match := LISTED_PAGE.match(line.text)):
            continue
        text, target = match.group(1).strip(), (page.path.parent / match.group(2)).resolve()
        if not target.is_file() or not target.is_relative_to((docs / lang).resolve()):
            continue  # the build reports it (missing, or in another language's tree: kb/checks/build.py)
        source = target.relative_to((docs / lang).resolve()).as_posix()
        title = str(titles.get(source, ""))
        label = labels.get(source)
        if not (title.startswith(text) or (label and label.startswith(text))):
            named = f"'[{title}]'" + (f" or its menu label '[{label}]'" if label else "")
            yield Problem(page.path, line.number, f"name the linked page as the site does: {named}, not '[{text}]'")


def check_translated_paragraphs(page: Page, lang: str) -> Iterator[Problem]:
    """A paragraph in an Arabic or Persian page written mostly in Latin letters is untranslated."""
    if lang == DEFAULT_LANGUAGE:
        return
    for line in page.body:
        if ABBREVIATION.match(line.text) or TABLE_ROW_OR_HEADING.match(line.text):
            continue
        text = prose(line.text)
        if len(LATIN_LETTER.findall(text)) <= 10:
            continue  # cannot be mostly Latin with 20 letters or more: skip the count
        letters = [c for c in text if c.isalpha()]
        latin = sum(c.isascii() for c in letters)
        if len(letters) >= 20 and latin > len(letters) / 2:
            yield Problem(
                page.path,
                line.number,
                'this line is mostly Latin letters: translate it, or wrap foreign words in <span lang="en">',
            )


TABLE_ROW_OR_HEADING = re.compile(r"^\s*(\||#)")
LATIN_LETTER = re.compile("[A-Za-z]")

HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)


def check_external_links(page: Page) -> Iterator[Problem]:
    """A link to another site names a host (MkDocs leaves such links alone; `make external-links`
    fetches them with lychee). Other schemes are the HTML policy's to judge, in the build."""
    for line in page.body:
        for target in LINK.findall(line.text):
            parsed = urlparse(target)
            if parsed.scheme.lower() not in ("http", "https"):
                continue
            if not HOSTNAME.match(parsed.hostname or "") or not target.lower().startswith(("http://", "https://")):
                yield Problem(
                    page.path, line.number, f"malformed external link '{target}': write https://host.example/..."
                )


def heading_of(page: Page, line: int) -> str:
    """The text of the last heading before a line ("" if none)."""
    before = [text for _, text, heading_line in page.headings if heading_line < line]
    return before[-1] if before else ""


def structure_differences(page: Page, english: Page) -> Iterator[tuple[int, str]]:
    """(line, the first difference in words) for each part of the structure that must match."""
    ours, theirs = page.headings, english.headings
    for index, ((level, text, line), (english_level, english_text, _)) in enumerate(zip(ours, theirs, strict=False)):
        if level != english_level:
            yield (
                line,
                (
                    f"heading {index + 1}, '{text}', is a level-{level} heading here and "
                    f"level {english_level} in English ('{english_text}')"
                ),
            )
            break
    else:
        if len(ours) != len(theirs):
            line = ours[-1][2] if ours else 1
            extra = (
                f"heading {len(theirs) + 1} here, '{ours[len(theirs)][1]}', has no English counterpart"
                if len(ours) > len(theirs)
                else f"heading {len(ours) + 1} in English is '{theirs[len(ours)][1]}'"
            )
            yield line, f"this page has {len(ours)} headings and the English page {len(theirs)}; {extra}"
    for index, (items, english_items) in enumerate(zip(page.checklists, english.checklists, strict=False)):
        if len(items) != len(english_items):
            name = heading_of(page, items[0][2]) or f"number {index + 1}"
            count = min(len(items), len(english_items))
            extra = (
                f"item {count + 1} here, '{items[count][0]}', has no English counterpart"
                if len(items) > count
                else f"item {count + 1} in English is '{english_items[count][0]}'"
            )
            yield (
                items[-1][2],
                f"checklist '{name}' has {len(items)} items here and {len(english_items)} in English; {extra}",
            )
            break
    else:
        if len(page.checklists) != len(english.checklists):
            line = page.checklists[-1][0][2] if page.checklists else 1
            yield (
                line,
                f"this page has {len(page.checklists)} checklists and the English page {len(english.checklists)}",
            )
    if len(page.table_rows) != len(english.table_rows):
        line = page.table_rows[-1] if page.table_rows else 1
        yield line, f"this page has {len(page.table_rows)} table rows and the English page {len(english.table_rows)}"
    names, english_names = [name for name, _ in page.figures], [name for name, _ in english.figures]
    if names != english_names:
        line = page.figures[0][1] if page.figures else 1
        yield line, f"this page shows the figures {names or 'none'} and the English page {english_names or 'none'}"
    kinds, english_kinds = [kind for kind, _ in page.admonitions], [kind for kind, _ in english.admonitions]
    if kinds != english_kinds:
        index = next(
            (i for i, (a, b) in enumerate(zip(kinds, english_kinds, strict=False)) if a != b),
            min(len(kinds), len(english_kinds)),
        )
        line = page.admonitions[min(index, len(kinds) - 1)][1] if kinds else 1
        here = f"'!!! {kinds[index]}'" if index < len(kinds) else "missing"
        there = f"'!!! {english_kinds[index]}'" if index < len(english_kinds) else "missing"
        yield line, f"admonition {index + 1} is {here} here and {there} in English"


def check_parity(pages: dict[tuple[str, str], Page], docs: Path) -> Iterator[Problem]:
    """An up-to-date translation keeps its English page's structure. A stale one may differ:
    the English page changed after it was translated, which is a state (`make status`), not
    a mistake, so an English-only change never fails here."""
    for (lang, source), page in sorted(pages.items()):
        english = pages.get((DEFAULT_LANGUAGE, source))
        if lang == DEFAULT_LANGUAGE or english is None:
            continue
        if page_status(docs, lang, source, page.meta).state != UP_TO_DATE:
            continue
        for line, difference in structure_differences(page, english):
            yield Problem(page.path, line, f"{difference}: keep the structure of docs/{DEFAULT_LANGUAGE}/{source}")
        if sorted(map(str, page.meta.get("tags") or [])) != sorted(map(str, english.meta.get("tags") or [])):
            yield Problem(
                page.path, page.meta_lines.get("tags", 1), f"tags differ from docs/{DEFAULT_LANGUAGE}/{source}"
            )


def check_moves(docs: Path, config_file: Path) -> Iterator[Problem]:
    """The moves file (kb/content/moves.py): page paths only, each new page present in every
    language, no old address a page's again."""
    path = moves_file(config_file)
    try:
        moves = read_moves(path)
    except MovesError as error:
        yield Problem(error.path, error.line, error.message)
        return
    yield from (Problem(error.path, error.line, error.message) for error in move_problems(moves, docs, path))


def check_template_fields(pages: dict[tuple[str, str], Page], docs: Path) -> Iterator[Problem]:
    """Template fields (kb/markdown/forms.py): lines that read; each value's ID once in a
    language (the browser keeps values by ID, kb check's twin of the build's per-page check);
    and an up-to-date translation declares the same fields, of the same kinds, in the same
    order as its English page, so that values follow a reader from one language to another."""
    declared: dict[tuple[str, str], list[Declaration]] = {}
    for (lang, source), page in sorted(pages.items()):
        try:
            declared[(lang, source)] = page_declarations(page.path.read_text(encoding="utf-8").splitlines())
        except FormSyntaxError as error:
            yield Problem(page.path, error.line, error.message)
    first: dict[tuple[str, str], str] = {}
    for (lang, source), found in declared.items():
        path = pages[(lang, source)].path
        for key, line in field_keys(found):
            if (lang, key) in first:
                yield Problem(
                    path,
                    line,
                    f"the field '{key}' is declared again (first in {first[(lang, key)]}): "
                    "give each field an ID of its own in the whole site",
                )
            else:
                first[(lang, key)] = f"docs/{lang}/{source}:{line}"
    for (lang, source), found in declared.items():
        english = declared.get((DEFAULT_LANGUAGE, source))
        page = pages[(lang, source)]
        if (
            lang == DEFAULT_LANGUAGE
            or english is None
            or page_status(docs, lang, source, page.meta).state != UP_TO_DATE
        ):
            continue
        ours, theirs = [(d.kind, d.id) for d in found], [(d.kind, d.id) for d in english]
        if ours != theirs:
            index = next(
                (i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b), min(len(ours), len(theirs))
            )
            line = found[min(index, len(found) - 1)].line if found else 1
            here = f"'{ours[index][0]}: {ours[index][1]}'" if index < len(ours) else "missing"
            there = f"'{theirs[index][0]}: {theirs[index][1]}'" if index < len(theirs) else "missing"
            yield Problem(
                page.path,
                line,
                f"field {index + 1} is {here} here and {there} in docs/{DEFAULT_LANGUAGE}/"
                f"{source}: keep the English page's field IDs, kinds and order",
            )


def check_docs(docs: Path, config_file: Path, today: date | None = None) -> list[Problem]:
    """Every problem the source rules find, in file order; `today` (UTC's by default) is the last
    day a page may say it was reviewed. Links, anchors and the HTML policy are judged by the
    build (kb/checks/build.py, which runs both)."""
    today = today or datetime.now(UTC).date()
    pages, problems = load_pages(docs)
    try:
        glossary = load_glossary()
        figures = load_figures()
        owners = load_owners()
    except (GlossaryError, FigureError, OwnersError) as error:
        return [Problem(error.path, error.line, error.message)]
    problems += [Problem(path, 1, why) for path, why in unpublishable_files(docs)]
    if (theme := theme_folder(config_file)) is not None:
        problems += [Problem(path, 1, why) for path, why in unpublishable_theme_files(theme)]
    labels = nav_labels(config_file)
    names = page_names(pages, labels)
    replacements = {lang: glossary.replacements(lang, names[lang]) for lang in LANGUAGES}
    titles: dict[str, dict[str, object]] = {lang: {} for lang in LANGUAGES}
    for (lang, source), page in pages.items():
        titles[lang][source] = page.meta.get("title")
    problems += check_same_pages(docs)
    problems += check_navigation(docs, config_file)
    for (lang, _), page in pages.items():
        for rule in (
            check_front_matter,
            check_skeleton_replaced,
            check_image_alt_text,
            check_headings,
            check_checklist_items_unique,
        ):
            problems += rule(page)
        problems += check_letters(page, lang)
        problems += check_terminology(page, lang, replacements[lang])
        problems += check_listed_page_names(page, docs, lang, labels.get(lang, {}), titles[lang])
        problems += check_translated_paragraphs(page, lang)
        problems += check_external_links(page)
        problems += check_figures(page, figures)
    for (lang, source), page in pages.items():
        problems += check_review_facts(page, lang, source, owners, today)
    problems += check_parity(pages, docs)
    problems += check_template_fields(pages, docs)
    problems += check_tool_sections(pages)
    problems += check_glossary_text(glossary, replacements)
    problems += check_glossary_collisions(glossary)
    problems += check_page_names(glossary, names)
    problems += check_data_text(FIGURES_FILE, replacements)
    problems += check_data_text(OWNERS_FILE, replacements)
    for lang in LANGUAGES:
        problems += check_locale_text(LOCALES / f"{lang}.yml", lang, replacements[lang])
    problems += check_data_is_text(config_file)
    problems += check_moves(docs, config_file)
    return sorted(set(problems), key=lambda p: (str(p.path), p.line, p.message))
