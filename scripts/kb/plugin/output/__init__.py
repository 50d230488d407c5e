"""The output pass over each finished page: compaction, then the HTML policy, then the
Content-Security-Policy (kb.plugin runs them in that order)."""
