"""The knowledge base's own Python: one package in layers, each importing only those below it.

    kb.project, kb.languages      where the project lives; the languages (list, direction,
                                  digits, root URL, interface strings from kb/locales/*.yml)
    kb.content                    the content model: pages, navigation, translations, checklist IDs,
                                  moved pages, what a change means (pr-summary)
    kb.markdown                   the page transforms as Python-Markdown extensions (mkdocs.yml
                                  markdown_extensions), on the content model; the templates' form fields
    kb.checks                     the rules (`kb check`): the build collecting every problem, the
                                  source rules, the built site's own links
    kb.plugin                     the MkDocs plugin (`kb` in mkdocs.yml): features, workarounds
                                  and the output pass, on the model only (never the rules)
    kb.cli, kb.scaffold, kb.move  the contributors' tool (`python -m kb`, behind `make check` & co.)
    kb.local_site, kb.subset_font build-and-serve and font tools for tests, benchmarks and `make font`
    kb.bench                      benchmarks (`make bench`, `make bench-search`); nothing imports them

tests/unit/test_layers.py keeps the order.
"""
