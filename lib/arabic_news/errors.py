"""The project's errors: one base class and a few specific ones.

Every message names the thing, the reason and, where there is one, the fix.
The CLI prints these messages without a traceback and exits with status 2.
"""

from __future__ import annotations

from pathlib import Path


class ArabicNewsError(Exception):
    """Base class of every error this package raises on purpose."""


class ArticleError(ArabicNewsError):
    """One article file cannot be read (empty, binary, undecodable, not Arabic).

    Attributes:
        path: the file.
        reason: why it was refused, in plain words.
    """

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):
        return type(self), (self.path, self.reason)   # pickled whole (errors come back from Dask workers)


class CorpusError(ArabicNewsError):
    """A corpus folder cannot be used (missing, not a folder, no articles).

    Attributes:
        folder: the folder.
        reason: why it was refused.
    """

    def __init__(self, folder: str | Path, reason: str):
        self.folder = str(folder)
        self.reason = reason
        super().__init__(f"{self.folder}: {reason}")

    def __reduce__(self):
        return type(self), (self.folder, self.reason)


class ParameterError(ArabicNewsError):
    """A parameter (of a notebook, the CLI or a function) has a value we cannot use.

    Attributes:
        name: the parameter's name.
        value: the value given.
        hint: what to do instead.
    """

    def __init__(self, name: str, value: object, reason: str, hint: str = ""):
        self.name = name
        self.value = value
        self.reason = reason
        self.hint = hint
        message = f"{name}={value!r} {reason}"
        if hint:
            message += f". {hint}"
        super().__init__(message)

    def __reduce__(self):
        return type(self), (self.name, self.value, self.reason, self.hint)
