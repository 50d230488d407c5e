"""The rules a contribution must follow (`kb check`): the build in collecting mode (build.py),
the rules that read only the sources (content.py) and the built site's own links
(site_links.py). Built on kb.content and kb.local_site."""
