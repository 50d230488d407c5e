"""The page transforms as Python-Markdown extensions, listed under `markdown_extensions` in
mkdocs.yml (`- kb.markdown.checklists` and so on), so that any generator that runs
Python-Markdown's extensions runs them (MkDocs today; Zensical, which reads mkdocs.yml and runs
the extensions listed there but no hooks and no plugin it does not know).

One module per transform: glossary (the glossary table), figures (charts and diagrams), tags
(the tags page's list), booklet (every checklist in one page), checklists (task lists become
checklists, and the health check's score chart), progress (the checklists page's table), forms
(the templates' fillable fields: `?> text: id | Label` lines become labelled form controls).
What they share (the page a transform works on) is in page.py, whose docstring says why it is
handed in rather than guessed.
"""
