"""Checklist item IDs: stable under insertion, reordering and language; new when the text changes."""

from __future__ import annotations

from kb.content.checklist_ids import item_ids, item_key, slug
from kb.languages import LANGUAGES
from kb.markdown import checklists

render_checklists = checklists.render_checklists

ITEMS = ["Agree the goal and the owners", "Book the room", "Send the agenda a day ahead"]


def test_slug_is_readable_and_stable() -> None:
    assert slug("Agree the goal & the owners!") == slug("agree the goal & the owners!")
    assert slug("Agree the goal and the owners").startswith("agree-the-goal-and-the-owners-")


def test_inserting_an_item_leaves_the_other_ids_alone() -> None:
    before = dict(zip(ITEMS, item_ids(ITEMS), strict=True))
    after = dict(zip(["A brand new first step", *ITEMS], item_ids(["A brand new first step", *ITEMS]), strict=True))
    assert all(after[text] == before[text] for text in ITEMS)


def test_removing_or_reordering_items_leaves_ids_alone() -> None:
    before = dict(zip(ITEMS, item_ids(ITEMS), strict=True))
    reordered = list(reversed(ITEMS[1:]))
    assert dict(zip(reordered, item_ids(reordered), strict=True)) == {text: before[text] for text in reordered}


def test_changing_an_items_text_gives_it_a_new_id() -> None:
    assert slug("Book the room") != slug("Book the large room")
    assert slug("Cancel the room") not in item_ids(ITEMS)


def test_long_items_that_start_alike_get_different_ids() -> None:
    start = "Check that the vendor's data processing agreement covers "
    assert slug(start + "customer data") != slug(start + "employee data")


def task_list(texts: list[str]) -> str:
    items = "\n".join(
        f'<li class="task-list-item"><label class="task-list-control"><input type="checkbox"/>'
        f'<span class="task-list-indicator"></span></label> {text}</li>'
        for text in texts
    )
    return f'<h2>Steps</h2>\n<ul class="task-list">\n{items}\n</ul>'


def test_translations_take_the_english_ids_in_order() -> None:
    english = item_ids(ITEMS)
    persian = render_checklists(
        task_list(["هدف را توافق کنید", "اتاق را رزرو کنید", "دستور جلسه را بفرستید"]),
        "checklists/x.md",
        LANGUAGES["fa"],
        english,
        "http://x/fa/checklists/x/",
    )
    for item_id in english:
        assert f'data-kb-item="{item_id}"' in persian
    assert persian.index(english[0]) < persian.index(english[1]) < persian.index(english[2])


def test_the_item_text_is_inside_the_label() -> None:
    html = render_checklists(task_list(["Book the room"]), "checklists/x.md", LANGUAGES["en"], None, "http://x/")
    label = html[html.index("<label") : html.index("</label>")]
    assert "Book the room" in label and 'name="book-the-room-' in label


def test_an_items_key_is_the_hash_that_ends_its_id_and_the_page_carries_it() -> None:
    """A shared link carries each item's key (checklists.js reads it from data-kb-key): the
    hash of the English text, and the number of a repeated item, whatever the words."""
    ids = item_ids(["Book the room", "Book the room", "Agree 5d41a4 and more"])
    assert [item_key(item_id) for item_id in ids] == [ids[0][-6:], ids[0][-6:] + "-2", ids[2][-6:]]
    html = (
        '<h2>Steps</h2><ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
        '<input type="checkbox"/><span class="task-list-indicator"></span></label> Book the room</li></ul>'
    )
    rendered = render_checklists(html, "tools/page.md", LANGUAGES["en"], None, "http://127.0.0.1/")
    assert f'data-kb-item="{ids[0]}" data-kb-key="{ids[0][-6:]}"' in rendered
