"""Helpers the tests share: where built pages are (site.py), the browser (browser.py), small
projects to build (projects.py)."""
