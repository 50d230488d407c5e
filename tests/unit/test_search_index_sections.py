"""kb/plugin/features/search_index.py: how a page's HTML becomes index sections."""

from __future__ import annotations

from kb.plugin.features import search_index

page_sections = search_index.page_sections

PAGE = """<h1>Title</h1><p>Intro &amp; more<br>text</p>
<div class="kb-checklist__bar" data-search-exclude><div class="kb-progress"><div class="fill"></div></div>
<span>0 of 3 done</span></div><p>kept</p><img alt="" data-search-exclude>
<h2 id="a&amp;b">First <a class="headerlink" href="#a&amp;b" title="link">&para;</a></h2>
<ul><li>one</li><li>two</li></ul><script>var hidden = 1</script>
<h3 id="empty">Second</h3>
<h4>Minor</h4><p>body</p>
<h2 id="blank"></h2>
"""


def test_sections_split_at_h2_and_h3_with_anchors_and_plain_text() -> None:
    assert page_sections(PAGE) == [
        {"h": "", "a": "", "x": "Intro & more text kept"},
        {"h": "First", "a": "a&b", "x": "one two"},
        {"h": "Second", "a": "empty", "x": "Minor body"},
    ]


def test_an_unclosed_excluded_element_hides_the_rest_but_nothing_before() -> None:
    assert page_sections("<p>before</p><div data-search-exclude><p>after") == [{"h": "", "a": "", "x": "before"}]
