"""Helpers the tests share: where built pages are (site.py), the browser (browser.py), and
loading a hook module from overrides/hooks/ (hooks.py)."""
