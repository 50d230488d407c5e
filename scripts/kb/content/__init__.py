"""The content model: pages and their parts, the navigation, translation status, checklist IDs.
It imports kb.languages and kb.project only; no rule, tool or part of the MkDocs plugin."""
