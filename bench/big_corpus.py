"""A large corpus for `make bench`: the shared corpus's articles repeated under new names, in a folder.

`build_corpus(dest, n)` writes `n` articles to ``dest/articles/`` by copying the files of
``../shared/corpus/ant-multisource-2018/articles`` in sorted order, round after round, the k-th
round's copy of ``X.txt`` named ``X-r<k>.txt`` (round 0 keeps the name), with a matching
``metadata.csv`` (each copy gets its original's row, the file column renamed). About 3 KB an
article: 100,000 take ~300 MB on disk, so the folder is temporary and never committed.
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MULTISOURCE = ROOT.parent / "shared" / "corpus" / "ant-multisource-2018"


def _copy_name(name: str, round_: int) -> str:
    return name if round_ == 0 else f"{name[:-4]}-r{round_}.txt"


def build_corpus(dest: str | Path, n: int, source: Path = MULTISOURCE) -> Path:
    """Write `n` articles (the source's, repeated under new names) and their metadata.csv to `dest`.

    Files are hard-linked when the file system allows it (same bytes, no extra space), else copied.
    """
    dest = Path(dest)
    (dest / "articles").mkdir(parents=True, exist_ok=True)
    names = sorted(p.name for p in (source / "articles").glob("*.txt"))
    with open(source / "metadata.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fieldnames = list(reader.fieldnames or [])
        rows = {row["file"]: row for row in reader}
    with open(dest / "metadata.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames)
        writer.writeheader()
        for i in range(n):
            round_, name = divmod(i, len(names))[0], names[i % len(names)]
            copy = _copy_name(name, round_)
            target = dest / "articles" / copy
            if not target.exists():
                try:
                    os.link(source / "articles" / name, target)
                except OSError:
                    shutil.copyfile(source / "articles" / name, target)
            row = dict(rows.get(f"articles/{name}", {"file": f"articles/{name}"}))
            row["file"] = f"articles/{copy}"
            if "docno" in row:
                row["docno"] = copy[:-4]
            writer.writerow(row)
    return dest


if __name__ == "__main__":  # python bench/big_corpus.py DEST N
    import sys

    print(build_corpus(sys.argv[1], int(sys.argv[2])))
