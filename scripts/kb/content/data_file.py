"""The error of a data file the site cannot use (the glossary, figures, owners, moves), one for
all: each file's own error is a subclass, and `make check` and the build name it as file:line."""

from __future__ import annotations

from pathlib import Path


class DataFileError(ValueError):
    """A data file that cannot be used (the glossary, figures, owners, moves): str() is
    `path:line: message`, the file and the line to look at."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message
