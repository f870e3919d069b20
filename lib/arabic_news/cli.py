"""The command line: `arabic-news COMMAND …` (or `python -m arabic_news COMMAND …`).

Argparse over the library's functions, nothing the API cannot do. Each command
is a subparser with a ``run_<command>`` function; to add one, write its
``_add_<command>`` and ``run_<command>`` and register it in `COMMANDS`.

Our errors (`ArabicNewsError`) print their message on stderr without a
traceback and exit with status 2; any other exception keeps its traceback,
because that is a bug.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

from arabic_news.errors import ArabicNewsError, CorpusError, ParameterError
from arabic_news.rules.labels import LABEL_LANGUAGES


def _add_extract(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "extract",
        help="read a folder of articles and write the fact tables",
        description="Read every article of CORPUS_DIR (and its subfolders) and write five fact tables to "
                    "OUT_DIR: articles, troop_levels, attacks, events, mentions; the claim tables built from "
                    "them (claims, conflicts, figure_history, citations, wire_copies, corrections_applied); "
                    "and manifest.json. A corrections.csv in CORPUS_DIR is applied first.",
    )
    parser.add_argument("corpus_dir", metavar="CORPUS_DIR",
                        help="folder of articles (.txt, .html, .jsonl, .csv, .tsv, .parquet)")
    parser.add_argument("--out", required=True, metavar="OUT_DIR", help="folder for the tables (created)")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv",
                        help="table format (default csv: UTF-8 with a BOM)")
    parser.add_argument("--errors", choices=("report", "raise"), default="report",
                        help="report: skip unreadable files and name them (default); raise: stop at the first")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_engine(parser)
    _add_record_fields(parser)
    return parser


def _add_engine(parser: argparse.ArgumentParser) -> None:
    """The flags choosing where the articles are extracted: this process, or a Dask cluster."""
    group = parser.add_argument_group(
        "engine", "the same per-article extraction in this process (default) or on a Dask cluster; "
                  "the tables are the same")
    group.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: this process (default); dask: parts of the folder's files on Dask workers")
    where = group.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: a running cluster's scheduler (tcp://HOST:8786); its workers "
                            "must see CORPUS_DIR and OUT_DIR at the same paths")
    where.add_argument("--workers", type=_positive_int, metavar="N",
                       help="with --engine dask: start a local cluster of N worker processes (default: one per core)")


def _check_engine(args: argparse.Namespace) -> None:
    if args.engine != "dask" and (args.scheduler or args.workers):
        flag = "--scheduler" if args.scheduler else "--workers"
        raise ParameterError(flag, args.scheduler or args.workers, "needs --engine dask",
                             f"Add --engine dask, or leave {flag} out")


def _add_record_fields(parser: argparse.ArgumentParser) -> None:
    """The flags naming the fields of JSON Lines, CSV and Parquet records (else recognised by common names)."""
    group = parser.add_argument_group(
        "record fields", "for .jsonl, .csv, .tsv and .parquet files of many articles; each flag not given is "
                         "recognised by its common names")
    group.add_argument("--text-field", metavar="NAME", help="the article text (default: text, body, content, …)")
    group.add_argument("--id-field", metavar="NAME", help="the record's id (default: id, article_id, …)")
    group.add_argument("--date-field", metavar="NAME",
                       help="the publication date (default: published, publication_date, date, …)")
    group.add_argument("--title-field", metavar="NAME", help="the headline (default: title, headline)")


def _record_fields(args: argparse.Namespace):
    """A `with` block in which the corpus is read with the record field names given on the command line."""
    from arabic_news.corpus import record_fields

    return record_fields(text_field=args.text_field, id_field=args.id_field,
                         date_field=args.date_field, title_field=args.title_field)


def _progress(quiet: bool = False) -> bool:
    """Draw a progress bar only for a person watching (stderr is a terminal), never into a log file."""
    return not quiet and sys.stderr.isatty()


def _say_skipped(progress: bool) -> Callable[[Exception], None]:
    """A callback printing one line per skipped file: its path and the reason (above the bar, if any)."""
    def report_skip(error) -> None:
        line = f"skipped {getattr(error, 'path', '?')}: {getattr(error, 'reason', error)}"
        if progress:
            from tqdm import tqdm

            tqdm.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    return report_skip


def _write_outputs(name: str, folder, write: Callable[[], object]):
    """Run `write`; an OSError (no permission, disk full, a file in the way) becomes a message naming `name`."""
    try:
        return write()
    except OSError as error:
        where = error.filename or folder
        raise ParameterError(name, str(folder), f"cannot be written ({error.strerror or error}: {where})",
                             "Give a folder you can write to") from error


def run_extract(args: argparse.Namespace) -> int:
    """`extract`: the fact tables of a corpus, written as they come, with progress, skipped files and a summary."""
    from arabic_news.extract import extract_corpus
    from arabic_news.report import check_output_dir
    from arabic_news.schema import FACT_TABLES

    check_output_dir("--out", args.out)
    _check_engine(args)
    progress = _progress(args.quiet)
    started = time.perf_counter()
    with _record_fields(args):
        written = _write_outputs("--out", args.out, lambda: extract_corpus(
            args.corpus_dir, errors=args.errors, progress=progress, on_skip=_say_skipped(progress),
            out=args.out, format=args.format, engine=args.engine, scheduler=args.scheduler,
            workers=args.workers))
    seconds = time.perf_counter() - started
    n_articles = written.counts["articles"]
    lines = [
        f"read {n_articles} article{'s' * (n_articles != 1)} from {args.corpus_dir} in {seconds:.1f} s; "
        f"skipped {len(written.skipped)}",
    ]
    counts = written.counts
    for name in FACT_TABLES[1:]:
        lines.append(f"  {name:<13} {counts[name]:>7} rows")
    lines.append(f"  claims        {counts['claims']:>7} rows ({counts['conflicts']} conflicts, "
                 f"{counts['wire_copies']} sentences copied across articles)")
    if written.corrections_applied is not None:
        lines.append(f"  corrections   {len(written.corrections_applied):>7} applied (corrections.csv)")
    lines.append(f"tables written to {Path(args.out)} ({args.format}; {written.paths['manifest'].name})")
    print("\n".join(lines), file=sys.stderr)
    return 0


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is less than 1")
    return value


def _add_report(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "report",
        help="extract the facts of a folder of articles and render every notebook as HTML",
        description="Extract the fact tables of CORPUS_DIR, run every notebook on them with papermill, and "
                    "write OUT_DIR/index.html, one HTML report per notebook, the executed notebooks, figures "
                    "and one page per article with each figure highlighted.",
    )
    parser.add_argument("corpus_dir", metavar="CORPUS_DIR",
                        help="folder of articles (.txt, .html, .jsonl, .csv, .tsv, .parquet)")
    parser.add_argument("--out", required=True, metavar="OUT_DIR", help="folder for the reports (created)")
    parser.add_argument("--facts", metavar="FACTS_DIR", default=None,
                        help="folder for the fact tables (default OUT_DIR/facts)")
    parser.add_argument("--label-language", choices=LABEL_LANGUAGES, default="ar",
                        help="chart labels in Arabic (ar, default) or English (en)")
    parser.add_argument("--show-code", action="store_true", help="show the code cells (for a class)")
    parser.add_argument("--date-from", default="", metavar="YYYY-MM-DD", help="show facts from this date")
    parser.add_argument("--date-to", default="", metavar="YYYY-MM-DD", help="show facts up to this date")
    parser.add_argument("--jobs", type=_positive_int, default=2, help="notebooks run at the same time (default 2)")
    parser.add_argument("--notebooks", metavar="NOTEBOOKS_DIR", default=None,
                        help="the notebooks to run (default: the project's notebooks/)")
    _add_record_fields(parser)
    return parser


def run_report(args: argparse.Namespace) -> int:
    """`report`: extract, then every notebook into OUT_DIR; a failing notebook fails the command by name."""
    from arabic_news.extract import extract_corpus
    from arabic_news.report import build_report, check_report_arguments
    from arabic_news.schema import FACT_TABLES

    started = time.perf_counter()
    facts_dir = Path(args.facts) if args.facts else Path(args.out) / "facts"
    if Path(args.corpus_dir).is_dir():  # a missing corpus gets the reader's own message below
        # Every argument is checked before the extraction, which takes minutes on a large folder.
        check_report_arguments(args.corpus_dir, args.out, facts_dir=facts_dir,
                               label_language=args.label_language, notebooks_dir=args.notebooks,
                               date_from=args.date_from, date_to=args.date_to)
    progress = _progress()
    with _record_fields(args):   # pages of records read their text with the same field names
        facts = _write_outputs("--facts" if args.facts else "--out", facts_dir, lambda: extract_corpus(
            args.corpus_dir, progress=progress, on_skip=_say_skipped(progress), out=facts_dir))
        n_skipped = len(facts.skipped)
        print(f"extracted {facts.counts['articles']} articles into {facts_dir} "
              f"({', '.join(f'{name} {facts.counts[name]}' for name in FACT_TABLES[1:])}, "
              f"claims {facts.counts['claims']}); "
              f"skipped {n_skipped} file{'s' * (n_skipped != 1)}", file=sys.stderr)
        result = build_report(args.corpus_dir, args.out, facts_dir=facts_dir, extract=False,
                              label_language=args.label_language, show_code=args.show_code,
                              notebooks_dir=args.notebooks, date_from=args.date_from, date_to=args.date_to,
                              jobs=args.jobs)
    print(f"report written to {Path(args.out) / 'index.html'} in {time.perf_counter() - started:.0f} s "
          f"({len(getattr(result, 'notebooks', []) or [])} notebooks)", file=sys.stderr)
    return 0


COMMANDS: tuple[tuple[str, Callable, Callable[[argparse.Namespace], int]], ...] = (
    ("extract", _add_extract, run_extract),
    ("report", _add_report, run_report),
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one subparser per command of `COMMANDS`."""
    from arabic_news import __version__

    parser = argparse.ArgumentParser(
        prog="arabic-news",
        description="Extract troop levels, attack counts and dated events from Arabic news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name, add, run in COMMANDS:
        add(subparsers).set_defaults(run=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 done, 2 our error or bad usage).

    Example:
        >>> main(["extract", "/no/such/folder", "--out", "/tmp/x", "--quiet"])  # doctest: +SKIP
        2
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except ArabicNewsError as error:
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
