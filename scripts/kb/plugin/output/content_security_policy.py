"""A Content-Security-Policy on every page: only this site's own scripts, styles, images and
fonts, and nothing a page could inject.

The policy goes into each page as a <meta http-equiv> right after <meta charset>, before any
script. Scripts must be files of the site, or one of the inline scripts the theme and this
project write, known at design time (kb/content/material_markup.py, KNOWN_INLINE_SCRIPTS, with
the Material version they were taken from), each allowed by its SHA-256 hash. Any other inline
script, wherever it is in the page, is never hashed, so it cannot run, and it is a warning
naming the page's file (so `mkdocs build --strict` fails). The same policy, with the hashes
of every page and the header-only directive frame-ancestors, is written to site/_headers for
hosts that read that file (Netlify, Cloudflare Pages); GitHub Pages sends no headers of its
own, so the meta tag is what applies there (CONTRIBUTING.md, "Safe content").
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page

from kb.content.material_markup import is_known_inline_script
from kb.content.partials import Markup, macro
from kb.languages import build_language

log = get_plugin_logger("content_security_policy")

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
PARTIAL = "kb-content-security-policy.html"  # overrides/partials/: the meta tag's markup

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/json\")[^>]*>(.*?)</script>", re.S)
_CHARSET = re.compile(r"<meta charset=[^>]*>")


def script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def unknown_inline_scripts(output: str) -> list[str]:
    """The page's inline scripts that are not in the known list, wherever they are."""
    return [script for script in _INLINE_SCRIPT.findall(output) if not is_known_inline_script(script)]


def theme_script_hashes(output: str) -> list[str]:
    """Hashes of the page's inline scripts that the theme or this project write (the known
    list); no other script is ever hashed, inside the article or outside it."""
    known = (script for script in _INLINE_SCRIPT.findall(output) if is_known_inline_script(script))
    return list(dict.fromkeys(script_hash(script) for script in known))


def unknown_script_messages(output: str, where: str) -> list[str]:
    return [
        f"{where}: an inline script that neither the theme nor this project writes is not allowed: "
        f"{script.strip()[:60]!r} is not in KNOWN_INLINE_SCRIPTS (scripts/kb/content/material_markup.py), "
        "so the Content-Security-Policy does not let it run"
        for script in unknown_inline_scripts(output)
    ]


def warn_unknown_scripts(output: str, where: str) -> None:
    for message in unknown_script_messages(output, where):
        log.warning(message)


def policy_text(policy: dict[str, list[str]]) -> str:
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


def with_policy(output: str, seen: set[str] | None = None) -> str:
    """The page with its policy; its scripts' hashes are added to `seen` (for site/_headers)."""
    hashes = theme_script_hashes(output)
    if seen is not None:
        seen.update(hashes)
    policy = policy_text({**POLICY, "script-src": POLICY["script-src"] + hashes})
    # Markup: the policy is this module's own words and base64 hashes, never " & or <; its
    # single quotes are CSP syntax, which escaping would needlessly turn into &#39;.
    meta = macro(PARTIAL, "meta")(Markup(policy))
    charset = _CHARSET.search(output)
    at = charset.end() if charset else output.index("<head>") + len("<head>")
    return output[:at] + meta + output[at:]


def on_post_page(output: str, page: Page, config: MkDocsConfig, seen: set[str]) -> str:
    """After html_policy.py (priority -160 and -150): the page as it ships."""
    warn_unknown_scripts(output, f"docs/{page.file.src_uri}")
    return with_policy(output, seen)


def on_post_template(output: str, template_name: str, config: MkDocsConfig, seen: set[str]) -> str:
    if not template_name.endswith(".html"):
        return output
    warn_unknown_scripts(output, f"overrides/{template_name} (the {build_language(config).code} page)")
    return with_policy(output, seen)


def write_headers(site_dir: Path, seen: set[str]) -> None:
    """site/_headers: the policy with the hashes of every page of the site."""
    policy = {**POLICY, "script-src": POLICY["script-src"] + sorted(seen), **HEADER_ONLY}
    headers = f"/*\n  Content-Security-Policy: {policy_text(policy)}\n"
    (site_dir / "_headers").write_text(headers, encoding="utf-8")


def on_post_build(config: MkDocsConfig, seen: set[str]) -> None:
    """After every language's build (priority -200; static-i18n runs them at -100): `seen` holds
    the hashes of every page of the site."""
    write_headers(Path(config.site_dir), seen)
