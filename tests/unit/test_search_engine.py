"""The search normalisation (overrides/assets/javascripts/search-normalize.js), run in Node.

The browser runs that very file; here Node loads it, so there is one definition of the
folding. Tables per language: spellings people type that must fold together, and words that
look alike but must stay apart. The matcher (search.js) is checked on a tiny index for
half-space joining and for ranking title > heading > body.
"""

from __future__ import annotations

import pytest

from tests.support.search_engine import node
from tests.support.search_engine import search as urls_found

# (typed, canonical): both must fold to the same string.
FOLD_TOGETHER = {
    "en": [
        ("SEO", "seo"),
        ("Email Marketing", "email marketing"),
        ("CMO\u200e Council", "cmo council"),  # a stray left-to-right mark
        ("403", "٤٠٣"),
    ],
    "ar": [
        ("مدیر التسویق", "مدير التسويق"),  # yeh: Persian ی for Arabic ي
        ("علی", "على"),  # alef maksura ى as Persian ی
        ("علي", "على"),  # alef maksura ى as Arabic ي
        ("الشرکة", "الشركة"),  # kaf: Persian ک for Arabic ك
        ("التَّعَاطُف", "التعاطف"),  # tashkeel: shadda, fatha, damma
        ("معاً", "معا"),  # tanween
        ("هٰذا", "هذا"),  # superscript alef
        ("التعـــاطف", "التعاطف"),  # tatweel
        ("الاسبوعية", "الأسبوعية"),  # alef with hamza above
        ("الاشعارات", "الإشعارات"),  # alef with hamza below
        ("الة", "آلة"),  # alef with madda
        ("ٱلتسويق", "التسويق"),  # alef wasla
        ("ا\u0654داة", "أداة"),  # hamza above written as a separate mark
        ("خارطه", "خارطة"),  # teh marbuta written as heh
        ("مسوول", "مسؤول"),  # waw with hamza
        ("رییس", "رئيس"),  # yeh with hamza
        ("403", "٤٠٣"),  # Arabic-Indic digits
        ("۴۰۳", "٤٠٣"),  # Persian digits
        ("\u200fالتسويق", "التسويق"),  # right-to-left mark
    ],
    "fa": [
        ("میشود", "می\u200cشود"),  # ZWNJ (half-space) left out
        ("شبکههای", "شبکه\u200cهای"),
        ("چکلیست", "چک\u200cلیست"),
        ("می\u200dشود", "می\u200cشود"),  # ZWJ typed for ZWNJ
        ("تبليغات", "تبلیغات"),  # yeh: Arabic ي for Persian ی
        ("كليك", "کلیک"),  # kaf: Arabic ك for Persian ک
        ("همـــدلی", "همدلی"),  # tatweel
        ("هَمدِلی", "همدلی"),  # tashkeel
        ("معمولا", "معمولاً"),  # tanween
        ("اگهی", "آگهی"),  # alef with madda
        ("برنامه", "برنامۀ"),  # heh with yeh above
        ("برنامه", "برنامهٔ"),  # hamza above written as a mark
        ("شبكة", "شبکه"),  # typed on an Arabic keyboard: ك and ة
        ("403", "۴۰۳"),  # ASCII digits
        ("٤٠٣", "۴۰۳"),  # Arabic-Indic digits
    ],
}

# Words that differ in letters people do not confuse: folding must keep them apart.
STAY_DISTINCT = {
    "en": [("seo", "sea"), ("roadmap", "road map"), ("403", "4030")],
    "ar": [
        ("حمل", "جمل"),  # dots make different letters
        ("مدير", "مدبر"),
        ("خارطة", "خارطت"),  # teh marbuta folds to heh, not teh
        ("التعاطف", "التعاطي"),
        ("٤٠٣", "٤٠٥"),
    ],
    "fa": [
        ("پارس", "بارس"),  # Persian letters are not folded to Arabic look-alikes
        ("چت", "جت"),
        ("ژاله", "زاله"),
        ("گل", "کل"),
        ("می شود", "میشود"),  # a space stays a word break; the matcher joins words instead
        ("۴۰۳", "۴۳۰"),
    ],
}


def fold(strings: list[str]) -> list[str]:
    return node("output = input.map(N.fold)", strings)


@pytest.mark.parametrize("lang", FOLD_TOGETHER)
def test_variants_fold_to_the_same_form(lang: str) -> None:
    pairs = FOLD_TOGETHER[lang]
    folded = fold([text for pair in pairs for text in pair])
    wrong = [
        f"{a!r} -> {fa!r} but {b!r} -> {fb!r}"
        for (a, b), fa, fb in zip(pairs, folded[::2], folded[1::2], strict=True)
        if fa != fb
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", STAY_DISTINCT)
def test_distinct_words_stay_distinct(lang: str) -> None:
    pairs = STAY_DISTINCT[lang]
    folded = fold([text for pair in pairs for text in pair])
    wrong = [
        f"{a!r} and {b!r} both fold to {fa!r}"
        for (a, b), fa, fb in zip(pairs, folded[::2], folded[1::2], strict=True)
        if fa == fb
    ]
    assert not wrong, "\n".join(wrong)


def test_folding_is_idempotent() -> None:
    texts = [text for table in FOLD_TOGETHER.values() for pair in table for text in pair]
    once = fold(texts)
    assert fold(once) == once


def test_folded_words_map_back_to_the_original_spelling() -> None:
    """Highlights use the map: each folded word must cover exactly the word as written."""
    texts = ["هذه الأسبوعيّة فقط", "این چک‌لیست کمک می‌کند.", "Push Notifications, 403 ٤٠٣", "التعـــاطف معاً"]
    found = node(
        "output = input.map(t => { const m = N.foldWithMap(t);"
        " return N.tokens(m.text).map(k => t.slice(m.map[k.start], m.map[k.end])) })",
        texts,
    )
    assert found == [
        ["هذه", "الأسبوعيّة", "فقط"],
        ["این", "چک‌لیست", "کمک", "می‌کند"],
        ["Push", "Notifications", "403", "٤٠٣"],
        ["التعـــاطف", "معاً"],
    ]


TINY_INDEX = {
    "lang": "en",
    "pages": [
        {"u": "passing/", "t": "Weekly notes", "s": [{"h": "", "a": "", "x": "We also keep a roadmap, in passing."}]},
        {
            "u": "heading/",
            "t": "Planning",
            "s": [
                {"h": "", "a": "", "x": "How we plan."},
                {"h": "The roadmap", "a": "the-roadmap", "x": "Kept by both teams."},
            ],
        },
        {"u": "title/", "t": "Roadmap", "s": [{"h": "", "a": "", "x": "One plan for marketing and IT."}]},
        {"u": "sample/", "t": "نمونه", "s": [{"h": "", "a": "", "x": "این چک‌لیست کمک می‌کند."}]},
    ],
}


def search(queries: list[str]) -> list[list[str]]:
    return node(
        "const e = open(build(input.index)); output = [];"
        "for (const q of input.queries) output.push((await e.search(q)).map(r => e.pages[r.page].u))",
        {"index": TINY_INDEX, "queries": queries},
    )


def test_title_ranks_above_heading_above_passing_mention_also_while_typing() -> None:
    assert search(["roadmap", "road", "ROADM"]) == [["title/", "heading/", "passing/"]] * 3


def test_every_query_word_must_match_or_the_results_are_partial() -> None:
    assert search(["roadmap teams", "roadmap nowhere"]) == [["heading/"], ["title/", "heading/", "passing/"]]
    partial = node(
        "const e = open(build(input.index)); output = [];"
        "for (const q of input.queries) output.push((await e.search(q)).partial)",
        {"index": TINY_INDEX, "queries": ["roadmap teams", "roadmap nowhere", "nowhere", "qqxzv zzqv"]},
    )
    assert partial == [False, True, False, False], "partial only when some, not all, words are on the site"
    assert search(["nowhere", "qqxzv zzqv"]) == [[], []]


FORMS_INDEX = {
    "lang": "en",
    "pages": [
        {"u": "stem-title/", "t": "Evaluating technology", "s": [{"h": "", "a": "", "x": "How we do it."}]},
        {"u": "exact-body/", "t": "Notes", "s": [{"h": "", "a": "", "x": "We evaluate technologies."}]},
        {
            "u": "exact-heading/",
            "t": "Notes",
            "s": [{"h": "", "a": "", "x": "."}, {"h": "Evaluate", "a": "e", "x": ""}],
        },
        {"u": "some/", "t": "Weekly sync", "s": [{"h": "", "a": "", "x": "The weekly meeting of leaders."}]},
        {"u": "fewer/", "t": "Leadership", "s": [{"h": "", "a": "", "x": "Who leads."}]},
    ],
}


def test_another_form_of_a_word_finds_the_page_but_ranks_below_the_word_as_typed() -> None:
    found = node(
        "const e = open(build(input.index)); output = [];"
        "for (const q of input.queries) output.push((await e.search(q)).map(r => e.pages[r.page].u))",
        {"index": FORMS_INDEX, "queries": ["evaluate", "evaluating technologies"]},
    )
    # "evaluate": the word in a heading, then in a title as "Evaluating", then in a text.
    assert found[0] == ["exact-heading/", "stem-title/", "exact-body/"]
    # Both words in another form, in the title, beat both as typed in a text.
    assert found[1][:2] == ["stem-title/", "exact-body/"]


def test_partial_results_rank_by_how_many_words_a_page_holds() -> None:
    found = node(
        "const e = open(build(input.index)); const r = await e.search(input.query);"
        "output = [r.partial, r.map(x => e.pages[x.page].u)]",
        {"index": FORMS_INDEX, "query": "weekly leadership meeting agenda"},
    )
    assert found == [True, ["some/", "fewer/"]], "two words (weekly, meeting) before one (leadership, a title)"


def test_words_typed_apart_match_a_half_space_word() -> None:
    assert search(["می کند", "میکند", "می‌کند", "چک لیست کمک"]) == [["sample/"]] * 4
    assert search(["کند"]) == [[]]  # the half-space word is one word, not its tail


SYNONYM_INDEX = {
    "lang": "fa",
    "pages": [
        {"u": "seo/", "t": "سئو", "s": [{"h": "", "a": "", "x": "بهینه‌سازی سایت برای موتورهای جستجو."}]},
        {"u": "typed/", "t": "Search engine optimization", "s": [{"h": "", "a": "", "x": "یادداشت."}]},
    ],
    "syn": [{"f": ["SEO", "Search engine optimization", "تحسين محركات البحث", "سئو"], "t": ["سئو", "SEO"]}],
}


def test_a_glossary_form_in_any_language_finds_the_pages_terms_ranked_below_the_words_typed() -> None:
    found = node(
        "const e = open(build(input.index)); output = [];"
        "for (const q of input.queries) output.push((await e.search(q)).map(r => [e.pages[r.page].u, r.score]))",
        {"index": SYNONYM_INDEX, "queries": ["تحسين محركات البحث", "SEO", "Search engine optimization", "سئو"]},
    )
    arabic, latin, english, persian = found
    assert [url for url, _ in arabic] == ["seo/"] and [url for url, _ in latin] == ["seo/"]
    assert [url for url, _ in english] == ["typed/", "seo/"], "a title as typed ranks above a title by synonym"
    assert english[1][1] < english[0][1] and [url for url, _ in persian] == ["seo/"]


def test_a_one_letter_slip_in_a_long_word_still_finds_the_page_below_exact_matches() -> None:
    slips = ["roadmpa", "raodmap", "roadmaps", "rodmap", "roadnap", "roadm4p"]
    assert search(slips) == [["title/", "heading/", "passing/"]] * len(slips)
    assert search(["rodm", "roadmpas"]) == [[], []], "short words and two slips find nothing"
    found = node(
        "const e = open(build(input));"
        "output = [(await e.search('marketing'))[0].score, (await e.search('markteing'))[0].score]",
        TINY_INDEX,
    )
    assert found[1] < 5 <= found[0], "a typo match ranks below any match of the words typed, even in a body"


PHRASE_INDEX = {
    "lang": "en",
    "pages": [
        {"u": "scattered/", "t": "Notes", "s": [{"h": "", "a": "", "x": "The marketing team and the manager met."}]},
        {"u": "phrase/", "t": "Notes", "s": [{"h": "", "a": "", "x": "Ask the marketing manager first."}]},
        {"u": "heading/", "t": "Roles", "s": [{"h": "The marketing manager", "a": "m", "x": "Who decides."}]},
    ],
}


def test_an_exact_phrase_beats_the_same_words_scattered() -> None:
    found = urls_found(PHRASE_INDEX, "marketing manager")
    assert found == ["heading/", "phrase/", "scattered/"]


def many_pages(count: int) -> dict[str, object]:
    """`count` pages of 20 made-up words each (w0, w1, ...), two of them about the roadmap."""
    pages = [
        {"u": f"p{n}/", "t": f"Page {n}", "s": [{"h": "", "a": "", "x": " ".join(f"w{n * 20 + k}" for k in range(20))}]}
        for n in range(count)
    ]
    pages[7]["t"] = "The shared roadmap"
    pages[9]["s"][0]["x"] += " a shared roadmap"
    return {"lang": "en", "pages": pages}


def test_a_query_fetches_only_the_pieces_of_the_index_it_needs() -> None:
    found = node(
        "const files = build(input); const fetched = [];"
        "const e = new Engine(files['kb-index.json'], name => (fetched.push(name.split('/')[1]), "
        "Promise.resolve(files[name])));"
        "const results = await e.search('shared roadmap'); const searched = fetched.slice();"
        "await e.loadPages(results.slice(0, 10)); const drawn = fetched.slice(searched.length);"
        "await e.search('shared roadmapp'); const typo = fetched.slice(searched.length + drawn.length);"
        "output = {chunks: Object.keys(files).filter(n => n.includes('/words-')).length,"
        " searched, drawn, typo, urls: results.map(r => e.pages[r.page].u)}",
        many_pages(600),
    )
    assert found["urls"] == ["p7/", "p9/"], "the title phrase first, then the phrase in a text"
    assert found["chunks"] > 10
    assert all(name.startswith(("words-", "pairs-", "stems-")) for name in found["searched"]), found["searched"]
    assert len(found["searched"]) <= 6, f"fetched {found['searched']} of {found['chunks']} word chunks"
    assert sorted(found["drawn"]) == ["page-7.json", "page-9.json"], "only the results' own pages"
    assert "words.json" in found["typo"], "a word that starts no indexed word looks for words one slip away"


ABOUT_INDEX = {
    "lang": "en",
    "pages": [
        {"u": "mentions/", "t": "Marketing notes", "s": [{"h": "", "a": "", "x": "Ask a manager."}]},
        {"u": "about/", "t": "Ownership", "s": [{"h": "The marketing manager decides", "a": "m", "x": "Why."}]},
    ],
}


def test_a_page_about_the_query_beats_a_title_that_holds_only_one_of_its_words() -> None:
    found = urls_found(ABOUT_INDEX, "marketing manager")
    assert found == ["about/", "mentions/"]


PARTICLE_INDEX = {
    "lang": "ar",
    "pages": [
        {"u": "empathy/", "t": "التعاطف", "s": [{"h": "", "a": "", "x": "أن تفهم زميلك."}]},
        {"u": "team/", "t": "فريق واحد", "s": [{"h": "", "a": "", "x": "نعمل معًا."}]},
        {"u": "way/", "t": "ريق", "s": [{"h": "", "a": "", "x": "كلمة."}]},
    ],
}


def test_an_arabic_particle_on_a_word_is_tried_off_only_when_the_word_finds_nothing() -> None:
    found = node(
        "const e = open(build(input.index)); output = [];"
        "for (const q of input.queries) output.push((await e.search(q)).map(r => e.pages[r.page].u))",
        {"index": PARTICLE_INDEX, "queries": ["وتعاطف", "بالتعاطف", "فريق", "وفريق"]},
    )
    assert found == [["empathy/"], ["empathy/"], ["team/"], ["team/"]], "فريق is found as typed: never «ريق»"
