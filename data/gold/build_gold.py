"""Build the gold tables in data/gold/{seeds,corpus}/ from the hand annotations in data/gold/source/.

We never type character offsets by hand. Each annotation names its article and
the exact expression as it appears in the raw text, plus, when the expression
occurs more than once, a `context` string: a longer exact substring that occurs
exactly once in the article and contains the expression exactly once. This
script finds the expression, computes `start`/`end` (Python str offsets into the
file decoded as UTF-8) and the `quote` (the sentence holding it, by the rule in
`sentence_bounds`), and fails loudly when an expression is missing or ambiguous.

Articles are read from seeds/ and from ../shared/corpus/ (never copied here).

Run from the project root:

    .venv/bin/python data/gold/build_gold.py          # rewrite the CSVs
    .venv/bin/python data/gold/build_gold.py --check  # fail if the CSVs are stale
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE = HERE / "source"
SEEDS = ROOT / "seeds"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

TROOP_COLUMNS = [
    "value", "value_low", "value_high", "approx", "qualifier", "force", "force_id", "location",
    "as_of_start", "as_of_end", "kind", "attribution", "note",
]
ATTACK_COLUMNS = [
    "count", "count_low", "count_high", "approx", "qualifier", "weapons",
    "period_start", "period_end", "target", "attribution", "note",
]
EVENT_COLUMNS = [
    "date_start", "date_end", "precision", "relative", "event_type", "status", "actors", "note",
]
MANIFEST_COLUMNS = [
    "article_id", "path", "outlet", "publication_date", "basis", "title", "tables",
    "n_troop_levels", "n_attacks", "n_events", "why", "batch",
]
TABLES = {"troop_levels": TROOP_COLUMNS, "attacks": ATTACK_COLUMNS, "events": EVENT_COLUMNS}

# A sentence ends at a line break, or after . ! ? ؟ (with any closing quotes or
# brackets right after it) when the next character is not a digit (so 2.5 stays whole).
_SENTENCE_END = re.compile(r"[.!?؟]+[”\"'’»)\]]*(?=\s|[^\d\s]|$)|\n")


class GoldError(Exception):
    """An annotation that cannot be placed in its article."""


def sentence_bounds(raw: str, start: int, end: int) -> tuple[int, int]:
    """Return (s, e) of the sentence of `raw` that holds raw[start:end], stripped of spaces."""
    s = 0
    for m in _SENTENCE_END.finditer(raw):
        if m.end() <= start:
            s = m.end()
        elif m.start() >= end:
            e = m.end() if m.group() != "\n" else m.start()
            break
    else:
        e = len(raw)
    while s < start and raw[s].isspace():
        s += 1
    while e > end and raw[e - 1].isspace():
        e -= 1
    return s, e


def _find_all(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def locate(raw: str, expr: str, context: str = "", occurrence: str = "", where: str = "") -> tuple[int, int]:
    """Offsets of `expr` in `raw`, disambiguated by `context` or a 1-based `occurrence`."""
    if not expr:
        raise GoldError(f"{where}: empty expression")
    if context:
        hits = _find_all(raw, context)
        if len(hits) != 1:
            raise GoldError(f"{where}: context {context!r} occurs {len(hits)} times (need exactly 1)")
        inner = _find_all(context, expr)
        if len(inner) != 1:
            raise GoldError(f"{where}: {expr!r} occurs {len(inner)} times in its context {context!r}")
        start = hits[0] + inner[0]
    else:
        hits = _find_all(raw, expr)
        if occurrence:
            k = int(occurrence)
            if not 1 <= k <= len(hits):
                raise GoldError(f"{where}: occurrence {k} of {expr!r} asked, {len(hits)} found")
            start = hits[k - 1]
        elif len(hits) != 1:
            raise GoldError(f"{where}: {expr!r} occurs {len(hits)} times; give a context or an occurrence")
        else:
            start = hits[0]
    return start, start + len(expr)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated annotation file (no quoting; '#' lines are comments)."""
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for n, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise GoldError(f"{path.name} line {n}: wrong number of fields: {row}")
        rows.append({k: v.strip() for k, v in row.items()})
    return rows


def read_article(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        raise GoldError(f"{path}: has a BOM; offsets would be ambiguous")
    return data.decode("utf-8")


def resolve(rows: list[dict[str, str]], raws: dict[str, str], key: str, columns: list[str],
            name: str) -> list[dict[str, object]]:
    out = []
    seen: set[tuple[str, int, int]] = set()
    for i, row in enumerate(rows, start=1):
        aid = row[key]
        where = f"{name} row {i} ({aid})"
        if aid not in raws:
            raise GoldError(f"{where}: unknown article")
        raw = raws[aid]
        start, end = locate(raw, row["expr"], row.get("context", ""), row.get("occurrence", ""), where)
        if (aid, start, end) in seen:
            raise GoldError(f"{where}: the span {start}:{end} is annotated twice")
        seen.add((aid, start, end))
        qs, qe = sentence_bounds(raw, start, end)
        rec: dict[str, object] = {}
        if key == "path":
            rec["article_id"] = aid[: -len(".txt")] if aid.endswith(".txt") else aid
            rec["path"] = aid
        else:
            rec["article_id"] = aid
        rec.update(start=start, end=end, text=raw[start:end], quote=raw[qs:qe])
        for c in columns:
            rec[c] = row.get(c, "")
        out.append(rec)
    out.sort(key=lambda r: (r["article_id"], r["start"], r["end"]))
    return out


def to_csv(rows: list[dict[str, object]], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return "\ufeff" + buf.getvalue()


def build() -> dict[Path, str]:
    """Every gold CSV as {path: text}; raises GoldError on the first bad annotation."""
    files: dict[Path, str] = {}

    # Seeds.
    seed_raws = {p.stem: read_article(p) for p in sorted(SEEDS.glob("*.txt"))}
    for table, columns in TABLES.items():
        rows = resolve(read_tsv(SOURCE / f"seeds_{table}.tsv"), seed_raws, "article_id", columns, f"seeds_{table}")
        files[HERE / "seeds" / f"{table}.csv"] = to_csv(rows, ["article_id", "start", "end", "text", "quote", *columns])
    arts = read_tsv(SOURCE / "seeds_articles.tsv")
    if sorted(a["article_id"] for a in arts) != sorted(seed_raws):
        raise GoldError("seeds_articles.tsv must list every seed exactly once")
    for a in arts:
        a["title"] = seed_raws[a["article_id"]].split("\n", 1)[0].strip()
        a["path"] = a["article_id"] + ".txt"
        a["tables"] = "troop_levels;attacks;events"
    files[HERE / "seeds" / "articles.csv"] = to_csv(
        sorted(arts, key=lambda a: a["article_id"]),
        ["article_id", "path", "title", "publication_date", "basis", "date_window_start", "date_window_end",
         "tables", "note"],
    )

    # Corpus: articles named by path relative to ../shared/corpus.
    manifest = read_tsv(SOURCE / "corpus_manifest.tsv")
    if not SHARED_CORPUS.is_dir():
        raise GoldError(f"{SHARED_CORPUS} is missing: the corpus gold is built from the articles there")
    corpus_raws = {m["path"]: read_article(SHARED_CORPUS / m["path"]) for m in manifest}
    counts: dict[str, dict[str, int]] = {m["path"]: {} for m in manifest}
    for table in ("troop_levels", "attacks", "events"):
        columns = TABLES[table]
        rows = resolve(read_tsv(SOURCE / f"corpus_{table}.tsv"), corpus_raws, "path", columns, f"corpus_{table}")
        for r in rows:
            tables = next(m["tables"] for m in manifest if m["path"] == r["path"]).split(";")
            if table not in tables:
                raise GoldError(f"corpus_{table}: {r['path']} has a {table} row but the manifest does not list it")
            counts[str(r["path"])][table] = counts[str(r["path"])].get(table, 0) + 1
        files[HERE / "corpus" / f"{table}.csv"] = to_csv(
            rows, ["article_id", "path", "start", "end", "text", "quote", *columns])
    meta = _corpus_metadata()
    out = []
    for m in manifest:
        md = meta.get(m["path"])
        if md is None:
            raise GoldError(f"corpus_manifest: {m['path']} is not in its folder's metadata.csv")
        out.append({
            "article_id": m["path"][: -len(".txt")],
            "path": m["path"],
            "outlet": md["outlet"],
            "publication_date": md["published"],
            "basis": "metadata",
            "title": md["title"],
            "tables": m["tables"],
            "n_troop_levels": counts[m["path"]].get("troop_levels", 0),
            "n_attacks": counts[m["path"]].get("attacks", 0),
            "n_events": counts[m["path"]].get("events", 0),
            "why": m["why"],
            "batch": m.get("batch", ""),
        })
    out.sort(key=lambda r: r["path"])
    files[HERE / "corpus" / "manifest.csv"] = to_csv(out, MANIFEST_COLUMNS)
    return files


def _corpus_metadata() -> dict[str, dict[str, str]]:
    meta: dict[str, dict[str, str]] = {}
    for md in sorted(SHARED_CORPUS.glob("*/metadata.csv")):
        with md.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                meta[f"{md.parent.name}/{row['file']}"] = row
    return meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed CSVs, write nothing")
    args = ap.parse_args(argv)
    try:
        files = build()
    except GoldError as exc:
        print(f"build_gold: {exc}", file=sys.stderr)
        return 2
    stale = []
    for path, text in files.items():
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            stale.append(path)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_text(text, encoding="utf-8")
                tmp.replace(path)
    for path in stale:
        print(("stale: " if args.check else "wrote: ") + str(path.relative_to(ROOT)))
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
