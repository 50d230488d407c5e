"""`kb check` (`make check`): the build itself, plus the rules that only read sources.

The configuration is loaded by MkDocs (load_config) and the site is built in this process, as
`mkdocs build` builds it (kb.local_site.build_in_process), with the kb plugin in its collecting
mode (scripts/kb/plugin/__init__.py): where the build would stop, it warns and goes on, so every
problem of every page is named at once. Each warning of the build becomes a problem at its file
and line: ours are written `file:line: message` already; MkDocs' own link and anchor validation
(mkdocs.yml `validation:`) names a page and a link, which are turned into the page's line and
the words contributors know ("broken anchor ...") here. Heading IDs therefore come from the
built pages, as readers get them, never from a second slug rule.

When the build has nothing to say, the links it wrote itself, which MkDocs does not validate
(navigation, language switcher, `hreflang` alternates, sitemaps, search results), are checked
in the built folder (kb.checks.site_links, lychee offline). Then the source rules
(kb.checks.content.check_docs: letters, terminology, parity, front matter, navigation...) add
theirs; a problem both find is printed once.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from kb.checks.content import Problem, check_docs
from kb.checks.site_links import check_site
from kb.content.navigation import nav_sources
from kb.languages import DEFAULT_LANGUAGE
from kb.local_site import build_in_process

# "docs/en/x.md:12: message", "overrides/assets/x.svg: message"
AT_FILE = re.compile(r"^(?P<path>[^:\n]+?)(?::(?P<line>\d+))?: (?P<message>.+)$", re.S)
# MkDocs' link validation (mkdocs/structure/pages.py, 1.6)
MKDOCS_LINK = re.compile(
    r"^Doc file '(?P<page>[^']+)' contains (?:a link|an unrecognized relative link|an absolute link) "
    r"'(?P<url>[^']*)',? (?P<rest>.*)$",
    re.S,
)
OTHER_DOC_ANCHOR = re.compile(r"^but the doc '[^']+' does not contain an anchor '#(?P<anchor>[^']*)'")
PLUGIN_LOGGER = "mkdocs.plugins."
MKDOCS_NAV = re.compile(r"^A reference to '(?P<target>[^']+)' is included in the 'nav' configuration")


@dataclass
class Collected:
    """What the check's build said: its warnings and errors, the files it left out, its URL."""

    messages: list[str] = field(default_factory=list)
    left_out: set[str] = field(default_factory=set)
    site_url: str = ""
    docs: Path | None = None
    site_dir: Path | None = None
    errors: int = 0  # messages at the level of errors: what stopped the build, if it stopped


class _Recorder(logging.Handler):
    def __init__(self, collected: Collected) -> None:
        super().__init__(logging.WARNING)
        self.collected = collected

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.name.startswith(PLUGIN_LOGGER):  # get_plugin_logger's prefix, "html_policy: "
            message = message.removeprefix(record.name.removeprefix(PLUGIN_LOGGER).split(".", 1)[0] + ": ")
        if message not in self.collected.messages:
            self.collected.messages.append(message)
        self.collected.errors += record.levelno >= logging.ERROR


def line_of(path: Path, *texts: str) -> int:
    """The first line of a file that holds the first of `texts` found in it (a link as written), else 1."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    for text in texts:
        if found := next((number for number, line in enumerate(lines, start=1) if text in line), None):
            return found
    return 1


def link_problem(match: re.Match[str], project: Path, docs: Path, left_out: set[str]) -> Problem | None:
    """A problem at the page's line in the words `make check` uses, for one of MkDocs' link
    warnings; None for a link to a file the build left out (its own problem says why)."""
    page, url, rest = docs / match["page"], match["url"], match["rest"]
    lang = match["page"].split("/", 1)[0]
    file_part, _, anchor = url.partition("#")
    if rest.startswith("but there is no such anchor on this page"):
        message = f"broken anchor '{url}': this page has no heading with that ID"
    elif found := OTHER_DOC_ANCHOR.match(rest):
        message = f"broken anchor '{url}': {file_part} has no heading with the ID '{found['anchor']}'"
    elif "is not found among documentation files" in rest:
        target = (page.parent / unquote(file_part)).resolve()
        inside = target.is_relative_to(docs.resolve())
        if inside and target.relative_to(docs.resolve()).as_posix() in left_out:
            return None
        if target.is_file() and inside and not target.is_relative_to((docs / lang).resolve()):
            message = f"link '{url}' leaves the '{lang}' tree; link to the page in the same language"
        else:
            shown = target.relative_to(project.resolve()) if target.is_relative_to(project.resolve()) else target
            message = f"broken link '{url}': no file {shown}"
    elif rest.startswith("it was left as is") and "unrecognized relative link" in match.group():
        message = f"link '{url}' should point at a .md file, e.g. ../tools/seo.md"
    else:
        message = f"link '{url}': {rest}"
    return Problem(page, line_of(page, f"]({url}", url), message)


def problem_of(message: str, project: Path, docs: Path, config_file: Path, left_out: set[str]) -> Problem | None:
    """The problem a warning of the build names, at its file and line where it has them."""
    if link := MKDOCS_LINK.match(message):
        return link_problem(link, project, docs, left_out)
    if nav := MKDOCS_NAV.match(message):
        source = nav["target"]
        if any(source == uri or uri.endswith(f"/{source}") for uri in left_out):
            return None
        if source in nav_sources(config_file):  # as the source rule words it (check_navigation)
            return Problem(
                config_file,
                line_of(config_file, source),
                f"the nav entry '{source}' names no file docs/{DEFAULT_LANGUAGE}/{source}: "
                "create the page (`make new-page`) or remove the entry",
            )
    if (at := AT_FILE.match(message)) and (project / at["path"].split("/", 1)[0].split(" (")[0]).exists():
        return Problem(project / at["path"], int(at["line"] or 1), at["message"])
    return Problem(config_file, 0, message)


def build_problems(config_file: Path) -> list[Problem]:
    """Every problem the build of `config_file` names, built in collecting mode into its
    site_dir (`site/`, as `make build` does); then, if there is none, every broken link in what
    it wrote."""
    project = config_file.parent
    collected = Collected()
    plugins: list[Any] = []

    def prepare(config: Any) -> None:
        plugin = config.plugins.get("kb")
        if plugin is None:
            collected.messages.append("the kb plugin is not listed under plugins: in mkdocs.yml")
        else:
            plugin.collecting, plugin.left_out = True, collected.left_out
            plugins.append(plugin)
        collected.site_url = config.site_url or "http://127.0.0.1:8000/"
        collected.docs, collected.site_dir = Path(config.docs_dir), Path(config.site_dir)
        logging.getLogger("mkdocs").addHandler(_Recorder(collected))

    try:
        result = build_in_process(project, None, "", strict=False, prepare=prepare)
    finally:
        for plugin in plugins:  # MkDocs keeps the instance for later builds in this process
            plugin.collecting, plugin.left_out = False, set()
    docs = collected.docs or project / "docs"
    problems = [
        problem
        for message in collected.messages
        if (problem := problem_of(message, project, docs, config_file, collected.left_out)) is not None
    ]
    if result.returncode != 0 and not collected.errors:  # else the error logged says why
        last = next((line for line in reversed(result.stderr.splitlines()) if line.strip()), "no message")
        problems.append(Problem(config_file, 0, f"the build stopped: {last.strip()}"))
    elif not problems and collected.site_dir is not None:
        for text in check_site(collected.site_dir, collected.site_url):
            at = AT_FILE.match(text)
            path, line, message = (at["path"], int(at["line"] or 0), at["message"]) if at else ("", 0, text)
            problems.append(Problem(collected.site_dir / path, line, message))
    return problems


def check_project(docs: Path, config_file: Path) -> list[Problem]:
    """Every problem: the build's and the source rules', sorted, each once. Where both name
    the same file with the same words (an unknown owner, a bad moves entry), the source rule's
    line is the one shown: the build does not always know it."""
    sources = check_docs(docs, config_file)
    said = {(p.path.resolve(), p.message) for p in sources}
    problems = [p for p in build_problems(config_file) if (p.path.resolve(), p.message) not in said] + sources
    unique = {(str(p.path.resolve()), p.line, p.message): p for p in problems}
    return sorted(unique.values(), key=lambda p: (str(p.path), p.line, p.message))
