"""The rules a contribution must follow: content checks on the sources, link checks on the
built site, and the list of external links. Built on kb.content."""
