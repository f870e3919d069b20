"""The 300-article sample of the shared multi-source corpus that `make bench` times claims on.

The sample is the first `n` files of ``../shared/corpus/ant-multisource-2018/articles`` whose names contain
``middleEast`` or ``internationalNews``, ordered by the SHA-1 (hex) of the file name. `build_sample` links
them into a folder of its own (``articles/``) with the matching rows of the corpus's ``metadata.csv``, so
the corpus files are never copied into the project (their licence asks that they not be redistributed).
"""

from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "ant-multisource-2018"
CATEGORIES = ("middleEast", "internationalNews")
N_ARTICLES = 300


def sample_names(corpus: Path = CORPUS, n: int = N_ARTICLES) -> list[str]:
    """The file names of the sample, in SHA-1 order (empty when the corpus is absent)."""
    folder = corpus / "articles"
    if not folder.is_dir():
        return []
    names = [p.name for p in folder.iterdir() if any(c in p.name for c in CATEGORIES)]
    return sorted(names, key=lambda name: hashlib.sha1(name.encode("utf-8")).hexdigest())[:n]


def build_sample(out: str | Path, corpus: Path = CORPUS, n: int = N_ARTICLES) -> Path:
    """Link the sample's articles into `out`/articles and write their metadata.csv rows to `out`.

    Args:
        out: a folder (created); it becomes a corpus folder for `arabic-news extract`.
        corpus: the multi-source corpus (``articles/`` and ``metadata.csv``).
        n: how many articles.
    Returns:
        `out`, as a Path.
    Raises:
        FileNotFoundError: the corpus is absent.
    """
    names = sample_names(corpus, n)
    if not names:
        raise FileNotFoundError(f"{corpus}/articles is missing: the sample is drawn from it")
    out = Path(out)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    for name in names:
        target = out / "articles" / name
        if not target.exists():
            os.symlink(corpus / "articles" / name, target)
    wanted = {f"articles/{name}" for name in names}
    with open(corpus / "metadata.csv", encoding="utf-8", newline="") as source:
        reader = csv.DictReader(source)
        rows = [row for row in reader if row["file"] in wanted]
        fields = reader.fieldnames
    with open(out / "metadata.csv", "w", encoding="utf-8", newline="") as sink:
        writer = csv.DictWriter(sink, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda row: row["file"]))
    return out
