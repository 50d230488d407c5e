"""Python-Markdown extensions of this project, registered under `markdown_extensions` in mkdocs.yml,
so that `mkdocs build` and `kb check` (kb/checks/rendered_html.py) render pages the same way.

    forms    fillable template fields: `?> text: id | Label` lines become labelled form controls
"""
