"""Writing outputs whole or not at all: the one place that does it.

Every table, figure, report page and manifest the project writes goes through
`write_atomically`: the content is written to a temporary file in the target's
folder and renamed over the target, so a reader (or a crash) never sees half a
file, and a failed write leaves the previous version in place. The file gets
the permissions of an ordinary new file (the umask applies), not the private
0600 of a temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: str | Path, write: Callable[[str], object], *, suffix: str = ".part") -> Path:
    """Call ``write(temporary_path)``, then rename the temporary file to `path`.

    Args:
        path: the file to produce; its folder is created when missing.
        write: writes the whole content to the path it is given (e.g. ``frame.to_csv``).
        suffix: the temporary file's ending, for writers that check it (papermill wants ``.ipynb``).
    Returns:
        `path`, as a Path.
    Raises:
        Whatever `write` raises; the temporary file is removed and `path` is left as it was.
    Example:
        >>> import tempfile; folder = Path(tempfile.mkdtemp())
        >>> target = write_atomically(folder / "a.txt", lambda tmp: Path(tmp).write_text("نص", encoding="utf-8"))
        >>> target.read_text(encoding="utf-8"), sorted(p.name for p in folder.iterdir())
        ('نص', ['a.txt'])
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(handle)
    try:
        write(temporary)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return path


def write_text_atomically(path: str | Path, text: str) -> Path:
    """Write `text` as UTF-8 (line ends as given) to `path`, whole or not at all."""
    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    return write_atomically(path, write)
