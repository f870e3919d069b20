"""Extract fact tables from articles: troop levels, attack counts, dated events, mentions.

This package owns the per-article orchestration: it runs the finders (`numbers`,
`dates`, `sentences`, `attribution`, `mentions`) over one article's body, decides which
figures are troop levels or attack counts, gives every fact its provenance (offsets
into `Article.raw`, the sentence, the rule that produced it, a stable id), and hands
rows to `arabic_news.schema`, which types and writes the tables. `extract_corpus` places undated
articles by the events dated ones report (`corpus_dates`) and applies the corpus folder's
``corrections.csv``; the claim tables `arabic_news.claims` builds from the fact tables (the same
figure across articles) are written beside them (`derived_tables`).

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
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from arabic_news.errors import CorpusError, ParameterError
from arabic_news.extract.attacks import attack_rows
from arabic_news.extract.context import ArticleContext
from arabic_news.extract.corpus_dates import place_undated_articles
from arabic_news.extract.days import iso
from arabic_news.extract.events import event_rows
from arabic_news.extract.publication import PublicationDate, publication_date
from arabic_news.extract.troops import troop_rows
from arabic_news.files import write_text_atomically
from arabic_news.schema import (ARTICLE_COLUMNS, ATTACK_COLUMNS, CLAIM_TABLES, EVENT_COLUMNS, FACT_TABLES,
                                MENTION_COLUMNS, TABLE_FORMATS, TABLES, TROOP_COLUMNS, frame_from_rows,
                                write_table)

__all__ = [
    "ARTICLE_COLUMNS", "TROOP_COLUMNS", "ATTACK_COLUMNS", "EVENT_COLUMNS", "MENTION_COLUMNS", "TABLES",
    "Facts", "WrittenTables", "ENGINES", "extract_article", "extract_articles", "extract_corpus", "write_tables",
    "derived_tables", "check_something_read", "publication_date", "PublicationDate",
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
    from arabic_news.numbers import find_quantities

    ctx = ArticleContext(article)
    pub = publication_date(article, ctx)
    dates = [d for d in ctx.dates(pub.ref_date) if ctx.sentence_of(d.start)]
    quantities = find_quantities(ctx.body, date_spans=[(d.start, d.end) for d in dates])
    entities = ctx.entities
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
        record_fields: the record field names given (``{"text_field": "body_ar"}``), recorded in
            manifest.json so the report reads a record's text back with them.
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
    record_fields: dict = field(default_factory=dict)
    corrections_applied: pd.DataFrame | None = None
    corrections_sha256: str | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five fact tables by name, in the documented order."""
        return {name: getattr(self, name) for name in FACT_TABLES}


@dataclass
class WrittenTables:
    """The fact tables `extract_corpus` wrote to a folder (rows never all held in memory).

    Attributes:
        out_dir: the folder; `paths`: each table's file and ``"manifest"``.
        format: ``"csv"`` or ``"parquet"``.
        counts: rows per table, the claim tables' too (``counts["articles"]`` is the number of
            articles extracted).
        skipped, corpus_dir, corpus_fingerprint, record_fields, corrections_applied,
        corrections_sha256: as in `Facts`.
    """

    out_dir: Path
    format: str
    paths: dict[str, Path]
    counts: dict[str, int]
    skipped: list = field(default_factory=list)
    corpus_dir: str | None = None
    corpus_fingerprint: str | None = None
    record_fields: dict = field(default_factory=dict)
    corrections_applied: pd.DataFrame | None = None
    corrections_sha256: str | None = None

    def read(self, name: str) -> pd.DataFrame:
        """One table read back with its types (`schema.read_table`)."""
        from arabic_news.schema import read_table

        return read_table(self.out_dir, name)

    def facts(self) -> Facts:
        """The five fact tables read back into memory, as `Facts`."""
        return Facts(**{name: self.read(name) for name in FACT_TABLES}, skipped=list(self.skipped),
                     corpus_dir=self.corpus_dir, corpus_fingerprint=self.corpus_fingerprint,
                     record_fields=dict(self.record_fields), corrections_applied=self.corrections_applied,
                     corrections_sha256=self.corrections_sha256)


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


ENGINES = ("local", "dask")


def _check_options(errors: str, engine: str, format: str) -> None:
    if errors not in ("report", "raise"):
        raise ParameterError("errors", errors, "is not an error mode", 'Use "report" or "raise"')
    if engine not in ENGINES:
        raise ParameterError("engine", engine, "is not an extraction engine", 'Use "local" or "dask"')
    if format not in TABLE_FORMATS:
        raise ParameterError("format", format, "is not a table format", 'Use "csv" or "parquet"')


def extract_corpus(folder: str | Path, *, errors: str = "report", progress: bool = False, on_skip=None,
                   out: str | Path | None = None, format: str = "csv", engine: str = "local",
                   scheduler: str | None = None, workers: int | None = None, text_field: str | None = None,
                   id_field: str | None = None, date_field: str | None = None, title_field: str | None = None,
                   run_articles: int | None = None, corrections: bool = True,
                   claim_rules: Mapping[str, object] | None = None) -> Facts | WrittenTables:
    """Read every article of `folder` and extract the five fact tables.

    Articles are read lazily, one at a time. Without `out`, the rows are kept and the tables
    returned in memory (a notebook's few hundred articles). With `out`, they are written as
    they come, a batch of articles at a time, and merged into ``out/<table>.<format>`` at the
    end (`extract.stream`): memory stays flat however large the folder, and the tables are the
    same bytes as `write_tables` of the in-memory run. Either way, undated articles are then placed
    by the events dated ones report (`corpus_dates.place_undated_articles`) and the folder's
    ``corrections.csv``, when there is one, is applied (`arabic_news.claims.corrections`).

    Args:
        folder: a corpus folder (its subfolders and an optional metadata.csv are read).
        errors: ``"report"`` skips an unreadable file and records it in `skipped`;
            ``"raise"`` stops at the first with its `ArticleError`.
        progress: show a tqdm progress bar (articles, articles/s, MB/s, skipped) on stderr.
        on_skip: called with each `ArticleError` as it is skipped (the CLI prints it).
        out: the folder to write the tables and manifest.json to (created).
        format: ``"csv"`` or ``"parquet"``, with `out`.
        engine: ``"local"`` (this process) or ``"dask"``: the same per-article function on a Dask
            cluster, over parts of the folder's files, each written as partitioned Parquet, then
            merged into the same tables (without `out`, they are read back into memory).
        scheduler: with ``engine="dask"``, the address of a running cluster's scheduler
            (``tcp://host:8786``); else a local cluster of `workers` processes is started.
        workers: with ``engine="dask"`` and no scheduler, the number of worker processes
            (default: one per core).
        text_field, id_field, date_field, title_field: the field names of records in .jsonl,
            .csv and .parquet files (see `corpus.load_corpus`); recorded in manifest.json.
        run_articles: articles held before their rows are written (default `stream.RUN_ARTICLES`).
        corrections: apply the folder's ``corrections.csv`` when there is one (False: ignore it).
        claim_rules: with `out`, keyword arguments for `claims.build_claims` (see `write_tables`).
    Returns:
        `Facts` without `out` (and with the local engine), else `WrittenTables`; the claim tables
        are written with `out` (`derived_tables`), or by `write_tables` of the `Facts`.
    Raises:
        CorpusError: the folder is missing or holds no articles, or a line of corrections.csv
            cannot be applied (naming the line and the fix); with `out`, also when every
            article was skipped (nothing is written then).
        ArticleError: with ``errors="raise"``, the first unreadable file.
        ParameterError: an unknown `errors`, `engine` or `format`, or an unreachable scheduler.
    """
    from arabic_news.corpus import load_corpus
    from arabic_news.corpus.records import current_fields

    _check_options(errors, engine, format)
    fields = current_fields(text_field, id_field, date_field, title_field)
    reader = load_corpus(folder, errors=errors, text_field=fields.text, id_field=fields.id,
                         date_field=fields.date, title_field=fields.title)
    options = dict(errors=errors, progress=progress, on_skip=on_skip, engine=engine, scheduler=scheduler,
                   workers=workers, run_articles=run_articles, corrections=corrections)
    if out is None and engine == "local":
        return _extract_in_memory(folder, reader, errors=errors, progress=progress, on_skip=on_skip,
                                  corrections=corrections)
    if out is not None:
        return _extract_streaming(folder, reader, Path(out), format, claim_rules=claim_rules, **options)
    with tempfile.TemporaryDirectory(prefix="arabic-news-") as scratch:
        return _extract_streaming(folder, reader, Path(scratch), "parquet", claim_rules=None, **options).facts()


def _given_fields(reader) -> dict[str, str]:
    fields = reader.fields
    names = {"text_field": fields.text, "id_field": fields.id, "date_field": fields.date,
             "title_field": fields.title}
    return {key: value for key, value in names.items() if value}


def _extract_in_memory(folder, reader, *, errors: str, progress: bool, on_skip, corrections: bool) -> Facts:
    from arabic_news.corpus import corpus_fingerprint
    from arabic_news.extract.engines import Progress, RowCollector, extract_part

    bar = Progress(progress, reader.total if progress else None)
    collector = RowCollector()
    try:
        part = extract_part(reader, collector, errors=errors, on_article=lambda n, size: bar.advance(n, size),
                            on_skip=_counting(on_skip, bar))
    finally:
        bar.close()
    frames = {name: frame_from_rows(name, rows) for name, rows in collector.rows.items()}
    # the corpus-level step: undated articles placed by events that dated ones report (one place)
    frames["articles"], frames["events"] = place_undated_articles(frames["articles"], frames["events"])
    facts = Facts(**frames, skipped=part.skipped + part.failed, corpus_dir=str(folder),
                  corpus_fingerprint=corpus_fingerprint(folder), record_fields=_given_fields(reader))
    if corrections:
        _correct(facts, Path(folder))
    return facts


@dataclass
class _Corrected:
    """What the folder's corrections.csv changed: the corrected tables, the applied table, its SHA-256."""

    tables: dict[str, pd.DataFrame]
    applied: pd.DataFrame
    sha256: str


def _corrections(tables: dict[str, pd.DataFrame], folder: Path) -> _Corrected | None:
    """The fact tables with the folder's corrections.csv applied; None when the folder has none."""
    import hashlib

    from arabic_news.claims import CORRECTIONS_FILE, apply_corrections

    path = folder / CORRECTIONS_FILE
    if not path.is_file():
        return None
    corrected, applied = apply_corrections(tables, path)
    return _Corrected(corrected, applied, hashlib.sha256(path.read_bytes()).hexdigest())


def _correct(facts: Facts, folder: Path) -> None:
    """Apply the folder's corrections.csv to the tables held in memory."""
    done = _corrections(facts.tables(), folder)
    if done is not None:
        for name, frame in done.tables.items():
            setattr(facts, name, frame)
        facts.corrections_applied, facts.corrections_sha256 = done.applied, done.sha256


def _corpus_level_steps(out: Path, format: str, folder: Path, corrections: bool) -> tuple[_Corrected | None, dict]:
    """The written tables with undated articles placed and corrections applied, as in memory.

    Only the articles' date bases are read, unless an article's date was inferred (then the articles
    and events tables, whole) or the folder has a corrections.csv (then every fact table); a table
    that changes is written again, whole.

    Returns:
        The corrections applied (None without a corrections.csv), and the rows of each table written again.
    """
    from arabic_news.claims import CORRECTIONS_FILE
    from arabic_news.schema import read_table

    changed: dict[str, pd.DataFrame] = {}
    if "inferred" in set(read_table(out, "articles", columns=["publication_date_basis"])["publication_date_basis"]):
        articles, events = read_table(out, "articles"), read_table(out, "events")
        placed, placed_events = place_undated_articles(articles, events)
        if placed is not articles or placed_events is not events:
            changed.update(articles=placed, events=placed_events)
    done = None
    if corrections and (folder / CORRECTIONS_FILE).is_file():
        tables = {name: changed[name] if name in changed else read_table(out, name) for name in FACT_TABLES}
        done = _corrections(tables, folder)
        changed.update(done.tables)
    for name in sorted(changed):
        write_table(changed[name], out / f"{name}.{format}", format, table=name)
    return done, {name: int(len(frame)) for name, frame in changed.items()}


def _counting(on_skip, bar):
    """`on_skip`, also counting the skip on the progress bar (and printing above it)."""
    def skip(error) -> None:
        if bar.bar is not None:
            bar.advance(0, 0, 1)
        if on_skip is not None:
            on_skip(error)

    return skip


def _extract_streaming(folder, reader, out: Path, format: str, *, errors: str, progress: bool, on_skip,
                       engine: str, scheduler: str | None, workers: int | None, run_articles: int | None,
                       corrections: bool, claim_rules: Mapping[str, object] | None) -> WrittenTables:
    """Extract into runs in a scratch folder beside `out`, then merge them into the tables."""
    import shutil

    from arabic_news.corpus import corpus_fingerprint
    from arabic_news.extract.stream import DuplicateArticleId, merge_runs, system_allocator

    # Beside `out`, on the file system the tables go to (Dask workers write into it too); `out`
    # itself is made only when there is something to write.
    out.absolute().parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{out.name}.runs-", dir=out.absolute().parent))
    fingerprint = corpus_fingerprint(folder, reader.relpaths)   # before the caches fill: a lower peak
    try:
        with system_allocator():
            parts = _extract_runs(reader, scratch, errors=errors, progress=progress, on_skip=on_skip,
                                  engine=engine, scheduler=scheduler, workers=workers, run_articles=run_articles)
            skipped = [e for part in parts for e in part.skipped] + [e for part in parts for e in part.failed]
            check_something_read(folder, sum(part.n_articles for part in parts), skipped)
            runs = [run for part in parts for run in part.runs]
            try:
                paths = merge_runs(scratch, runs, out, format)
            except DuplicateArticleId:
                runs = None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if runs is None:
        # Two files in different parts gave one article id: only reading in order says which one is
        # skipped, so the corpus is read again in this process.
        return _extract_streaming(folder, reader, out, format, errors=errors, progress=progress, on_skip=None,
                                  engine="local", scheduler=None, workers=None, run_articles=run_articles,
                                  corrections=corrections, claim_rules=claim_rules)
    corrected, rewritten = _corpus_level_steps(out, format, Path(folder), corrections)
    counts = {name: sum(run.rows.get(name, 0) for run in runs) for name in FACT_TABLES}
    counts.update(rewritten)
    written = WrittenTables(out, format, dict(paths), counts, skipped, str(folder), fingerprint,
                            _given_fields(reader), corrected.applied if corrected else None,
                            corrected.sha256 if corrected else None)
    written.paths.update(_finish(out, format, written, claim_rules))
    return written


def _extract_runs(reader, scratch: Path, *, errors: str, progress: bool, on_skip, engine: str,
                  scheduler: str | None, workers: int | None, run_articles: int | None) -> list:
    """The corpus's rows as sorted runs in `scratch`, by the engine asked for; each part's `PartResult`."""
    from arabic_news.extract.engines import Progress, extract_part, run_dask
    from arabic_news.extract.stream import RUN_ARTICLES, RunWriter

    per_run = run_articles or RUN_ARTICLES
    bar = Progress(progress, reader.total if progress else None)
    try:
        if engine == "dask":
            return run_dask(reader, scratch, errors=errors, run_articles=per_run, scheduler=scheduler,
                            workers=workers, progress=bar, on_skip=on_skip)
        return [extract_part(reader, RunWriter(scratch, "run", per_run), errors=errors,
                             on_article=lambda n, size: bar.advance(n, size), on_skip=_counting(on_skip, bar))]
    finally:
        bar.close()


def check_something_read(folder, n_articles: int, skipped: list) -> None:
    """Stop (writing nothing) when every article of the corpus was skipped: there is nothing to report on.

    Raises:
        CorpusError: no article was read and at least one was skipped.
    """
    if not n_articles and skipped:
        n = len(skipped)
        raise CorpusError(folder, f"none of its {n} file{'s' * (n != 1)} could be read (reasons above); "
                                  "nothing was written")


def derived_tables(out_dir: Path, format: str, *, corrections_applied: pd.DataFrame | None = None,
                   claim_rules: Mapping[str, object] | None = None) -> tuple[dict[str, Path], dict]:
    """The claim tables, built from the fact tables once they are written, beside them.

    They read back what they need of the written fact tables (`claims.CLAIM_INPUTS`: never the
    texts or the mentions, and of the events only who is cited), so they are the same bytes whether the facts were held in memory
    (`write_tables`) or streamed (`extract_corpus(out=…)`, either engine).
    `arabic_news.claims.build_claims` builds them (claims, conflicts, figure_history, citations,
    wire_copies, corrections_applied: `schema.CLAIM_TABLES`) and `schema.write_table` writes them.
    Both writers call it after the five fact tables and before manifest.json.

    Returns:
        The path of each claim table by name, and the claim rules used (for manifest.json).
    Raises:
        ParameterError: a claim rule out of range.
    """
    from arabic_news.claims import CLAIM_INPUTS, build_claims
    from arabic_news.schema import read_table

    inputs = {name: read_table(out_dir, name, columns=columns, present=present)
              for name, (columns, present) in CLAIM_INPUTS.items()}
    claims = build_claims(inputs, corrections_applied=corrections_applied,
                          **dict(claim_rules or {}))
    written = {name: write_table(frame, out_dir / f"{name}.{format}", format, table=name)
               for name, frame in claims.tables().items()}
    return written, claims.rules


def _finish(out: Path, format: str, facts, claim_rules: Mapping[str, object] | None) -> dict[str, Path]:
    """The claim tables, then manifest.json (every table's rows, skipped files, record fields, claim rules)."""
    from arabic_news import __version__
    from arabic_news.claims import CORRECTIONS_FILE
    from arabic_news.schema import read_table

    written, rules = derived_tables(out, format, corrections_applied=facts.corrections_applied,
                                    claim_rules=claim_rules)
    counts = dict(getattr(facts, "counts", None) or {name: int(len(frame)) for name, frame in facts.tables().items()})
    counts.update({name: int(len(read_table(out, name))) for name in written if name not in counts})
    manifest = {
        "corpus_fingerprint": facts.corpus_fingerprint,
        "corpus_dir": facts.corpus_dir,
        "library_version": __version__,
        "n_articles": int(counts["articles"]),
        "skipped": [{"path": str(getattr(e, "path", "")), "reason": str(getattr(e, "reason", e))}
                    for e in facts.skipped],
        "tables": counts,
        "claim_tables": list(CLAIM_TABLES),
        "claim_rules": rules,
        "corrections": ({"file": CORRECTIONS_FILE, "sha256": facts.corrections_sha256,
                         "n_applied": int(len(facts.corrections_applied))}
                        if facts.corrections_sha256 else None),
        "format": format,
        "record_fields": dict(facts.record_fields or {}),
    }
    if hasattr(facts, "counts"):
        facts.counts = counts
    path = out / "manifest.json"
    write_text_atomically(path, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return {**written, "manifest": path}


def write_tables(facts: Facts, out_dir: str | Path, format: str = "csv", *,
                 claim_rules: Mapping[str, object] | None = None) -> dict[str, Path]:
    """Write the five fact tables, the claim tables and a manifest.json to `out_dir`, each file whole.

    Tables go through `schema.write_table` (CSV: UTF-8 with a BOM, integers without a
    decimal point, booleans true/false, missing values empty, dates YYYY-MM-DD), then the claim
    tables (`derived_tables`: claims, conflicts, figure_history, citations, wire_copies,
    corrections_applied), then manifest.json, which records the corpus fingerprint, the row
    counts, the claim rules used and the corrections file's SHA-256, so a notebook can tell
    stale tables.

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
    if format not in TABLE_FORMATS:
        raise ParameterError("format", format, "is not a table format", 'Use "csv" or "parquet"')
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {name: write_table(frame, out / f"{name}.{format}", format, table=name)
                                for name, frame in facts.tables().items()}
    written.update(_finish(out, format, facts, claim_rules))
    return written
