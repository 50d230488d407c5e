"""Point the repository link and every page's edit link at the real repository, or nowhere.

The repository is the plugin's `repo_url` (REPO_URL in mkdocs.yml; both workflows set it to the
repository they run in) or, when that is unset, the `origin` remote if it is a GitHub or GitLab
repository. With neither,
the site shows no repository or edit link at all, rather than a link to a made-up host.
Edit links open the page's own language file (docs/<lang>/...) on the default branch:
`repo_branch` (REPO_BRANCH), else origin's HEAD, else "main". The same repository receives the answers of
the "Was this page helpful?" question (partials/page-feedback.html): each page gets
`kb_report_url`, a new content-correction issue filled in with its title and address, or
nothing without a repository. Site search, when nothing matches, offers a new content-request
issue (.github/ISSUE_TEMPLATE/content-request.yml): `kb_request` gives partials/search.html its
address and field names, and assets/javascripts/search.js fills in the query and the page's
language only when the reader clicks; without a repository it is None and search offers no link.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.content.translations import git
from kb.languages import default_language, languages_of, page_language

# https://github.com/owner/name(.git), git@github.com:owner/name(.git), ssh://git@gitlab.com/group/name
REMOTE = re.compile(r"^(?:https://|ssh://git@|git@)(github\.com|gitlab\.com)[/:]([\w.-]+(?:/[\w.-]+)+?)(?:\.git)?/?$")
EDIT_PATH = {"github.com": "edit/{branch}/docs/", "gitlab.com": "-/edit/{branch}/docs/"}
# A new issue, and the query fields for its title and the page (GitHub fills the issue form's
# `page` field, .github/ISSUE_TEMPLATE/content-correction.yml; GitLab has a description).
NEW_ISSUE = {
    "github.com": ("issues/new", {"template": "content-correction.yml"}, "title", "page"),
    "gitlab.com": ("-/issues/new", {}, "issue[title]", "issue[description]"),
}
ISSUE_TITLE = "[Correction] "  # as the issue form's own title starts
# A new content request: path, fixed fields, and the fields for title, query and language
# (GitLab has a title and a description only: the query and language go in the description).
NEW_REQUEST = {
    "github.com": ("issues/new", {"template": "content-request.yml"}, "title", "query", "language"),
    "gitlab.com": ("-/issues/new", {}, "issue[title]", "issue[description]", ""),
}
REQUEST_TITLE = "[Request] "  # as content-request.yml's title starts


def repository(url: str) -> tuple[str, str] | None:
    """(host, "owner/name") of a GitHub or GitLab repository URL, else None."""
    match = REMOTE.match(url.strip())
    return (match.group(1), match.group(2)) if match else None


def default_branch(project: Path, branch: str | None) -> str:
    head = (git(project, "symbolic-ref", "--short", "refs/remotes/origin/HEAD") or "").strip()  # "origin/main"
    return branch or head.removeprefix("origin/") or "main"


def on_config(config: MkDocsConfig, repo_url: str | None, repo_branch: str | None) -> MkDocsConfig:
    project = Path(config.config_file_path).parent
    found = repository(repo_url or git(project, "remote", "get-url", "origin") or "")
    if found is None:
        config.repo_url = config.repo_name = config.edit_uri = None
        return config
    host, name = found
    config.repo_url = f"https://{host}/{name}"
    config.repo_name = name
    config.edit_uri = EDIT_PATH[host].format(branch=default_branch(project, repo_branch))
    return config


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: object) -> dict[str, Any]:
    found = repository(config.repo_url or "")  # on_config set it, or left none
    context["kb_report_url"] = context["kb_request"] = None
    if found:
        path, fields, title_field, query_field, language_field = NEW_REQUEST[found[0]]
        language = page_language(page.file.src_uri, config)
        english = languages_of(config)[default_language(languages_of(config))]  # the repository's language
        context["kb_request"] = {
            "url": f"{config.repo_url}/{path}" + (f"?{urlencode(fields)}" if fields else ""),
            "title": title_field,
            "title_start": REQUEST_TITLE,
            "query": query_field,
            "language": language_field,
            "language_name": f"{english.t('languages.' + language.code)} ({language.code})",
        }
        path, fields, title_field, page_field = NEW_ISSUE[found[0]]
        title = html.unescape(str(page.meta.get("title") or page.title or ""))  # front_matter_text.py escaped it
        query = {**fields, title_field: ISSUE_TITLE + title, page_field: page.canonical_url or page.url}
        context["kb_report_url"] = f"{config.repo_url}/{path}?{urlencode(query)}"
    return context
