"""Extract fact tables from articles: troop levels, attack counts, dated events, mentions.

This package owns the per-article orchestration: it runs the finders (`numbers`,
`dates`, `sentences`, `attribution`, `mentions`) over one article's body, decides which
figures are troop levels or attack counts, gives every fact its provenance (offsets
into `Article.raw`, the sentence, the rule that produced it, a stable id), and hands
rows to `arabic_news.schema`, which types and writes the tables. `extract_corpus` applies the
corpus folder's ``corrections.csv``, and `write_tables` writes, beside the five fact tables, the
claim tables `arabic_news.claims` builds from them (the same figure across articles).

The road through it, one module a step:

- `context`: the article's body normalized once, sentences, and every cue table's hits
  (`ArticleContext`);
- `publication`: when the article was published, or the narrowest window its text allows;
- `troops` (with `owners` for whose troops and `places` for where), `attacks`, `events`:
  the rows of each table; `rows`: the provenance columns every row shares;
- `status`, `days`: helpers those share.

The language rules they apply live in tables under `rules/`: `forces` (whose troops,
personnel nouns, elision and anaphora cues), `events` (triggers, status cues),
`weapons` (weapons and targets), `known_events` (dated events articles name without a
date, dateline cues), `units` (what a number counts), `clauses` (punctuation and
function words around a figure) and `windows` (how far each cue reaches).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from arabic_news.errors import ArticleError, ParameterError
from arabic_news.extract.attacks import attack_rows
from arabic_news.extract.context import ArticleContext
from arabic_news.extract.days import iso
from arabic_news.extract.events import event_rows
from arabic_news.extract.corpus_dates import place_undated_articles
from arabic_news.extract.publication import PublicationDate, publication_date
from arabic_news.extract.troops import troop_rows
from arabic_news.files import write_text_atomically
from arabic_news.schema import (ARTICLE_COLUMNS, ATTACK_COLUMNS, CLAIM_TABLES, EVENT_COLUMNS, FACT_TABLES,
                                MENTION_COLUMNS, TABLES, TROOP_COLUMNS, frame_from_rows, write_table)

__all__ = [
    "ARTICLE_COLUMNS", "TROOP_COLUMNS", "ATTACK_COLUMNS", "EVENT_COLUMNS", "MENTION_COLUMNS", "TABLES",
    "Facts", "extract_article", "extract_articles", "extract_corpus", "write_tables", "publication_date",
    "PublicationDate",
]


def _article_row(article, pub: PublicationDate) -> dict:
    meta = getattr(article, "metadata", None) or {}
    return {
        "article_id": article.article_id,
        "title": article.title,
        # An inferred date is the day relative expressions resolved against, inside the window the
        # next two columns report: the basis says it was inferred, so it is never a silent guess.
        "publication_date": iso(pub.date or pub.ref_date),
        "publication_date_basis": pub.basis,
        "date_window_start": iso(pub.window_start),
        "date_window_end": iso(pub.window_end),
        "outlet": meta.get("outlet") or None,
        "n_paragraphs": len(getattr(article, "paragraphs", ()) or ()),
        "n_chars": len(article.raw),
        "encoding": article.encoding,
        "path": str(getattr(article, "relpath", None) or article.path),
        "publication_date_note": pub.note or None,
        "url": meta.get("url") or None,
        "sha1": article.sha1,
        "n_boilerplate": len(getattr(article, "boilerplate", None) or ()),  # site chrome set aside
    }


def _mention_rows(article_id: str, entities) -> list[dict]:
    """One row per entity named, as `mentions.count_mentions` counts them (no second scan)."""
    counts: dict[tuple[str, str, str], int] = {}
    for e in entities:
        counts[(e.entity, e.entity_en, e.type)] = counts.get((e.entity, e.entity_en, e.type), 0) + 1
    return [{"article_id": article_id, "entity": k[0], "entity_en": k[1], "type": k[2], "count": n}
            for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))]


def extract_article(article) -> dict[str, list[dict]]:
    """Extract every fact of one article, as rows of the five tables.

    Args:
        article: an `arabic_news.corpus.Article` (from `read_article` or `load_corpus`).
    Returns:
        ``{"articles": [one row], "troop_levels": [...], "attacks": [...], "events": [...],
        "mentions": [...]}``; each row a dict keyed by the table's columns (`schema.TABLES`).
        Every fact's ``article.raw[start:end]`` is its expression and ``quote`` its whole sentence.
    Example:
        >>> from arabic_news.corpus import article_from_text
        >>> article = article_from_text("خبر\\n\\nويوجد في العراق حاليا نحو 2500 عسكري أميركي.\\n",
        ...                             article_id="news/a", metadata={"published": "2021-07-29"})
        >>> rows = extract_article(article)
        >>> [(r["value"], r["qualifier"], r["force"], r["location"]) for r in rows["troop_levels"]]
        [(2500, 'about', 'us', 'Iraq')]
    """
    from arabic_news.mentions import find_entities
    from arabic_news.numbers import find_quantities

    ctx = ArticleContext(article)
    pub = publication_date(article, ctx)
    dates = [d for d in ctx.dates(pub.ref_date) if ctx.sentence_of(d.start)]
    quantities = find_quantities(ctx.body, date_spans=[(d.start, d.end) for d in dates])
    entities = find_entities(ctx.body)
    return {
        "articles": [_article_row(article, pub)],
        "troop_levels": troop_rows(ctx, pub, quantities, dates, entities),
        "attacks": attack_rows(ctx, pub, quantities, dates),
        "events": event_rows(ctx, pub, dates, entities),
        "mentions": _mention_rows(article.article_id, entities),
    }


@dataclass
class Facts:
    """The five fact tables of a corpus, with what was skipped and what was corrected.

    Attributes:
        articles, troop_levels, attacks, events, mentions: pandas DataFrames with the
            columns of `schema.TABLES`, rows sorted by article and offset.
        skipped: the `ArticleError` of every file that could not be read.
        corpus_dir: the folder read.
        corpus_fingerprint: `arabic_news.corpus.corpus_fingerprint` of the folder.
        corrections_applied: the `corrections_applied` table (`claims.apply_corrections`) when the
            corpus folder has a corrections.csv, else None.
        corrections_sha256: the SHA-256 of that corrections.csv (recorded in manifest.json), else None.
    """

    articles: pd.DataFrame
    troop_levels: pd.DataFrame
    attacks: pd.DataFrame
    events: pd.DataFrame
    mentions: pd.DataFrame
    skipped: list = field(default_factory=list)
    corpus_dir: str | None = None
    corpus_fingerprint: str | None = None
    corrections_applied: pd.DataFrame | None = None
    corrections_sha256: str | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by name, in the documented order."""
        return {name: getattr(self, name) for name in FACT_TABLES}


def extract_articles(articles: Iterable) -> Facts:
    """The five fact tables of any articles (e.g. a chosen few read with `read_article`).

    Args:
        articles: `Article` objects.
    Returns:
        `Facts` with nothing skipped and no corpus folder or fingerprint.
    Example:
        >>> from arabic_news.corpus import article_from_text
        >>> a = article_from_text("عنوان\\n\\nيوجد نحو 900 جندي أمريكي في سوريا.", metadata={"published": "2018-04-01"})
        >>> extract_articles([a]).troop_levels[["value", "force", "location"]].values.tolist()
        [[900, 'us', 'Syria']]
    """
    rows: dict[str, list[dict]] = {name: [] for name in FACT_TABLES}
    for article in articles:
        for name, table_rows in extract_article(article).items():
            rows[name].extend(table_rows)
    return Facts(**{name: frame_from_rows(name, table_rows) for name, table_rows in rows.items()})


class _Skips:
    """Reports skipped files to `on_skip` as the reader finds them, and collects them."""

    def __init__(self, reader, on_skip):
        self.reader, self.on_skip, self.seen = reader, on_skip, 0
        self.failed: list[ArticleError] = []   # articles read but not extracted (a bug of ours, reported)

    def flush(self) -> None:
        skipped = getattr(self.reader, "skipped", [])
        while self.seen < len(skipped):
            if self.on_skip is not None:
                self.on_skip(skipped[self.seen])
            self.seen += 1

    def fail(self, article, exc: Exception) -> None:
        error = ArticleError(article.path, f"extraction failed ({type(exc).__name__}: {exc}); "
                                           "the other articles were extracted. Please report this article")
        self.failed.append(error)
        if self.on_skip is not None:
            self.on_skip(error)

    def all(self) -> list:
        self.flush()
        return list(getattr(self.reader, "skipped", [])) + self.failed


def extract_corpus(folder: str | Path, *, errors: str = "report", progress: bool = False,
                   on_skip=None, corrections: bool = True) -> Facts:
    """Read every article of `folder` and extract the five fact tables.

    Articles are read lazily, one at a time; only the rows are kept. When the folder holds a
    ``corrections.csv`` (`arabic_news.claims.corrections`), it is applied to the tables.

    Args:
        folder: a corpus folder (its subfolders and an optional metadata.csv are read).
        errors: ``"report"`` skips an unreadable file and records it in `Facts.skipped`;
            ``"raise"`` stops at the first with its `ArticleError`.
        progress: show a tqdm progress bar (articles, articles/s) on stderr.
        on_skip: called with each `ArticleError` as it is skipped (the CLI prints it).
        corrections: apply the folder's ``corrections.csv`` when there is one (False: ignore it).
    Returns:
        `Facts` with the five tables (corrected) and the corrections applied.
    Raises:
        CorpusError: the folder is missing or holds no articles, or a line of corrections.csv
            cannot be applied (naming the line and the fix).
        ArticleError: with ``errors="raise"``, the first unreadable file.
        ParameterError: `errors` is neither "report" nor "raise".
    """
    from arabic_news.corpus import corpus_fingerprint, load_corpus

    if errors not in ("report", "raise"):
        raise ParameterError("errors", errors, "is not an error mode", 'Use "report" or "raise"')
    reader = load_corpus(folder, errors=errors)
    rows: dict[str, list[dict]] = {name: [] for name in FACT_TABLES}
    skips = _Skips(reader, on_skip)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(reader, total=getattr(reader, "total", None), unit="article", file=sys.stderr,
                   dynamic_ncols=True, desc="extract")
    for article in bar if bar is not None else reader:
        try:
            article_rows = extract_article(article)
        except Exception as exc:  # one article never stops a batch; errors="raise" re-raises it
            if errors == "raise":
                raise
            skips.fail(article, exc)
            continue
        for name, table_rows in article_rows.items():
            rows[name].extend(table_rows)
        skips.flush()
    skipped = skips.all()
    if bar is not None:
        bar.close()
    frames = {name: frame_from_rows(name, table_rows) for name, table_rows in rows.items()}
    # the corpus-level step: undated articles placed by events that dated ones report (one place)
    frames["articles"], frames["events"] = place_undated_articles(frames["articles"], frames["events"])
    facts = Facts(**frames, skipped=skipped, corpus_dir=str(folder), corpus_fingerprint=corpus_fingerprint(folder))
    return _corrected(facts, Path(folder)) if corrections else facts


def _corrected(facts: Facts, folder: Path) -> Facts:
    """`facts` with the folder's corrections.csv applied (unchanged when there is none)."""
    import hashlib

    from arabic_news.claims import CORRECTIONS_FILE, apply_corrections

    path = folder / CORRECTIONS_FILE
    if not path.is_file():
        return facts
    tables, applied = apply_corrections(facts.tables(), path)
    for name, frame in tables.items():
        setattr(facts, name, frame)
    facts.corrections_applied = applied
    facts.corrections_sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    return facts


def write_tables(facts: Facts, out_dir: str | Path, format: str = "csv", *,
                 claim_rules: Mapping[str, object] | None = None) -> dict[str, Path]:
    """Write the five fact tables, the claim tables and a manifest.json to `out_dir`, each file whole.

    The claim tables (`schema.CLAIM_TABLES`: claims, conflicts, figure_history, citations,
    wire_copies, corrections_applied) are built here from the (corrected) fact tables by
    `arabic_news.claims.build_claims`. Tables go through `schema.write_table` (CSV: UTF-8 with a
    BOM, integers without a decimal point, booleans true/false, missing values empty, dates
    YYYY-MM-DD). The manifest records the corpus fingerprint, the row counts, the claim rules used
    and the corrections file's SHA-256, so a notebook can tell stale tables.

    Args:
        facts: from `extract_corpus`.
        out_dir: the folder (created when missing).
        format: ``"csv"`` or ``"parquet"``.
        claim_rules: keyword arguments for `build_claims` (e.g. ``{"window_days": 0}``); its defaults otherwise.
    Returns:
        The path written for each table name, and ``"manifest"``.
    Raises:
        ParameterError: an unknown format, or a claim rule out of range.
    """
    from arabic_news import __version__
    from arabic_news.claims import CORRECTIONS_FILE, build_claims

    if format not in ("csv", "parquet"):
        raise ParameterError("format", format, "is not a table format", 'Use "csv" or "parquet"')
    claims = build_claims(facts.tables(), corrections_applied=facts.corrections_applied, **dict(claim_rules or {}))
    tables = {**facts.tables(), **claims.tables()}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {name: write_table(frame, out / f"{name}.{format}", format)
                                for name, frame in tables.items()}
    manifest = {
        "corpus_fingerprint": facts.corpus_fingerprint,
        "corpus_dir": facts.corpus_dir,
        "library_version": __version__,
        "n_articles": int(len(facts.articles)),
        "skipped": [{"path": str(getattr(e, "path", "")), "reason": str(getattr(e, "reason", e))}
                    for e in facts.skipped],
        "tables": {name: int(len(frame)) for name, frame in tables.items()},
        "claim_tables": list(CLAIM_TABLES),
        "claim_rules": claims.rules,
        "corrections": ({"file": CORRECTIONS_FILE, "sha256": facts.corrections_sha256,
                         "n_applied": int(len(facts.corrections_applied))}
                        if facts.corrections_sha256 else None),
        "format": format,
    }
    path = out / "manifest.json"
    write_text_atomically(path, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    written["manifest"] = path
    return written
