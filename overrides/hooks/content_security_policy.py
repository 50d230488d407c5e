"""A Content-Security-Policy on every page: only this site's own scripts, styles, images and
fonts, and nothing a page could inject.

The policy goes into each page as a <meta http-equiv> right after <meta charset>, before any
script. Scripts must be files of the site, or one of the inline scripts Material's templates
write (its scope and colour-palette setup), each allowed by its SHA-256 hash; inline
scripts inside the article are never hashed, so one that slipped past html_policy.py still
cannot run. The same policy, with the hashes of every page and the header-only directive
frame-ancestors, is written to site/_headers for hosts that read that file (Netlify,
Cloudflare Pages); GitHub Pages sends no headers of its own, so the meta tag is what applies
there (CONTRIBUTING.md, "Safe content").
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],  # plus the hashes of the theme's inline scripts
    "style-src": ["'self'", "'unsafe-inline'"],  # Material and checklists.js set style attributes
    "img-src": ["'self'", "data:"],  # Material's icons are data: SVGs inside its stylesheet
    "font-src": ["'self'"],
    "connect-src": ["'self'"],  # the search index
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],  # the search and palette forms are never submitted
}
HEADER_ONLY = {"frame-ancestors": ["'none'"]}  # browsers ignore it in a meta tag

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/json\")[^>]*>(.*?)</script>", re.S)
_ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
_CHARSET = re.compile(r"<meta charset=[^>]*>")
_all_hashes: set[str] = set()


def script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def theme_script_hashes(output: str) -> list[str]:
    """Hashes of the page's inline scripts, leaving out any inside the article."""
    outside_article = _ARTICLE.sub("", output)
    return list(dict.fromkeys(script_hash(script) for script in _INLINE_SCRIPT.findall(outside_article)))


def policy_text(policy: dict[str, list[str]]) -> str:
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


def with_policy(output: str) -> str:
    hashes = theme_script_hashes(output)
    _all_hashes.update(hashes)
    policy = policy_text({**POLICY, "script-src": POLICY["script-src"] + hashes})
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    charset = _CHARSET.search(output)
    at = charset.end() if charset else output.index("<head>") + len("<head>")
    return output[:at] + meta + output[at:]


@event_priority(-160)  # after html_policy.py (-150): the page as it ships
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return with_policy(output)


@event_priority(-160)
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    return with_policy(output) if template_name.endswith(".html") else output


@event_priority(-200)  # after every language's build (static-i18n runs them at -100)
def on_post_build(config: MkDocsConfig) -> None:
    policy = {**POLICY, "script-src": POLICY["script-src"] + sorted(_all_hashes), **HEADER_ONLY}
    headers = f"/*\n  Content-Security-Policy: {policy_text(policy)}\n"
    (Path(config.site_dir) / "_headers").write_text(headers, encoding="utf-8")
