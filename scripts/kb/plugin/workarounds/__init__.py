"""Workarounds for upstream limits; each module says which, and can go when its limit does."""
