"""Remove Material's search index from the built site: no page ever fetches it.

Material's search plugin must stay enabled, because its header shows the search button
only then. But overrides/partials/search.html drives our own per-language search
(hooks/search_index.py), so Material's all-languages lunr index (about 1.1 MB) is dead
weight. static-i18n writes it at the very end of its own post-build (priority -100);
this runs after that.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

MATERIAL_INDEX = "search/search_index.json"


@event_priority(-110)
def on_post_build(config: MkDocsConfig) -> None:
    (Path(config.site_dir) / MATERIAL_INDEX).unlink(missing_ok=True)
