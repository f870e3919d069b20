"""Fixed, documented samples of the shared corpus (../shared/corpus, never committed), built in a folder.

`sample_300`: the report and bench sample of issues 10, 13 and 15. The first 300 files of
`ant-multisource-2018/articles` whose names contain `middleEast` or `internationalNews`,
ordered by the SHA-1 (hex) of the file name; the files are copied with their metadata.csv
rows, or without metadata.csv (`with_metadata=False`: a user's folder of bare files).
"""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
MULTISOURCE = SHARED_CORPUS / "ant-multisource-2018"
SAMPLE_300_CATEGORIES = ("middleEast", "internationalNews")


def sample_300_names(n: int = 300) -> list[str]:
    """The file names of the sample, in their SHA-1 order."""
    names = [p.name for p in (MULTISOURCE / "articles").glob("*.txt")
             if any(c in p.name for c in SAMPLE_300_CATEGORIES)]
    return sorted(names, key=lambda name: hashlib.sha1(name.encode("utf-8")).hexdigest())[:n]


def build_sample(dest: str | Path, names: list[str], *, with_metadata: bool = True) -> Path:
    """Copy `names` from the multi-source corpus into `dest/articles/` (and their metadata.csv rows)."""
    dest = Path(dest)
    (dest / "articles").mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(MULTISOURCE / "articles" / name, dest / "articles" / name)
    if with_metadata:
        keep = {f"articles/{name}" for name in names}
        with open(MULTISOURCE / "metadata.csv", encoding="utf-8", newline="") as source, \
                open(dest / "metadata.csv", "w", encoding="utf-8", newline="") as target:
            reader = csv.DictReader(source)
            writer = csv.DictWriter(target, reader.fieldnames)
            writer.writeheader()
            writer.writerows(row for row in reader if row["file"] in keep)
    return dest


def sample_300(dest: str | Path, *, with_metadata: bool = True, n: int = 300) -> Path:
    """Build the 300-article sample (see the module docstring) in `dest`; returns `dest`."""
    return build_sample(dest, sample_300_names(n), with_metadata=with_metadata)
