"""Who answers for a page, read from kb/owners.yml: teams and roles, each with its name in
every language. English pages name one in their front matter (`owner`); the build shows its
name in the reader's language (scripts/kb/plugin/features/reviews.py), `make reviews` lists it,
and `make check` names a page whose owner the file does not list (kb/checks/content.py).
A file that cannot be used stops both with its line (OwnersError)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from kb.content.data_file import DataFileError
from kb.content.pages import SAFE_LOADER
from kb.languages import LANGUAGES

OWNERS_FILE = Path(__file__).resolve().parent.parent / "owners.yml"
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class OwnersError(DataFileError):
    """An owners file that cannot be used, with the line to look at."""


@dataclass(frozen=True)
class Owner:
    key: str  # what front matter writes: "kb-editors"
    names: dict[str, str]  # language -> the team's or role's name


def _owners(path: Path) -> dict[str, Owner]:
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as error:
        mark = getattr(error, "problem_mark", None)
        raise OwnersError(path, mark.line + 1 if mark else 1, f"cannot be read: {error}") from None
    entries = next(
        (
            value
            for key, value in getattr(root, "value", [])
            if isinstance(root, yaml.MappingNode) and key.value == "owners"
        ),
        None,
    )
    if not isinstance(entries, yaml.MappingNode) or not entries.value:
        raise OwnersError(path, 1, "write an `owners:` mapping: each owner's key, then its name in en, ar and fa")
    owners: dict[str, Owner] = {}
    for key_node, value in entries.value:
        key, line = str(key_node.value), key_node.start_mark.line + 1
        if not KEY.match(key):
            raise OwnersError(
                path, line, f"the owner key '{key}' must be lowercase words and hyphens, e.g. it-leadership"
            )
        names = {
            str(lang.value): name.value
            for lang, name in (value.value if isinstance(value, yaml.MappingNode) else [])
            if isinstance(name, yaml.ScalarNode)
        }
        for lang in LANGUAGES:
            if not str(names.get(lang, "")).strip():
                raise OwnersError(path, line, f"{key}: no {lang} name: add '{lang}: ...' beside the others")
        if extra := sorted(set(names) - set(LANGUAGES)):
            raise OwnersError(path, line, f"{key}: '{extra[0]}' is not a language of the site ({', '.join(LANGUAGES)})")
        owners[key] = Owner(key, {lang: str(names[lang]).strip() for lang in LANGUAGES})
    return owners


@cache
def load_owners(path: Path = OWNERS_FILE) -> dict[str, Owner]:
    """Every owner by key, in the file's order; OwnersError for a file that cannot be used."""
    return _owners(path)


def unknown_owner(key: object, owners: dict[str, Owner]) -> str:
    """The message for an owner the file does not list."""
    return f"unknown owner '{key}': write one of {', '.join(owners)} (scripts/kb/owners.yml lists them)"


def owner_name(key: str | None, lang: str) -> str:
    """The owner's name in `lang` for the tools' lists (`make reviews`, pr-summary); an owner the
    file does not list shows as its key (`make check` names it)."""
    owners = load_owners()
    return owners[key].names[lang] if key in owners else str(key)
