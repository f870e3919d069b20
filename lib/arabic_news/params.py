"""Check a notebook's parameters and resolve its paths.

Every notebook calls :func:`check_params` in its first code cell, so a bad
parameter stops the run there with a message that names the parameter, the
value and the fix, instead of a traceback twenty cells later.

Relative paths resolve against the current directory first and, when nothing
is there, against the project root: the nearest ancestor of the current
directory holding both ``pyproject.toml`` and a ``notebooks/`` folder.  So a
notebook opened in JupyterLab from ``notebooks/`` with ``corpus_dir="seeds"``
finds ``<project>/seeds``.

``facts_dir`` must have been written by ``arabic-news extract`` from the same
corpus: ``facts_dir/manifest.json`` records the corpus fingerprint
(:func:`arabic_news.corpus.corpus_fingerprint`), and a mismatch stops the run.
This module guesses no missing value.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from arabic_news.corpus.metadata import CORRECTIONS_FILE as CORRECTIONS_NAME  # in the corpus folder
from arabic_news.errors import ParameterError
from arabic_news.rules.characters import CHAR_RULES
from arabic_news.rules.labels import LABEL_LANGUAGES  # chart label languages: Arabic, or English names
from arabic_news.schema import CLAIM_TABLES, FACT_TABLES, table_path


MANIFEST_NAME = "manifest.json"
REQUIRED_TABLES: tuple[str, ...] = FACT_TABLES + CLAIM_TABLES
"""The tables a facts_dir must hold: the five fact tables and the claim tables beside them."""

_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# Arabic-Indic and Extended Arabic-Indic digits, as a user may type them: normalize()'s digit rule.
_DIGITS = str.maketrans(next(rule.mapping for rule in CHAR_RULES if rule.name == "digits"))


@dataclass(frozen=True)
class Params:
    """A notebook's checked parameters.

    Attributes:
        corpus_dir: the folder of articles, absolute.
        facts_dir: the folder of fact tables written by ``arabic-news extract``, absolute.
        output_dir: where the notebook writes figures and tables, absolute (created if missing).
        label_language: ``"ar"`` or ``"en"``.
        date_from: the lower date limit, or ``None`` for none.
        date_to: the upper date limit, or ``None`` for none.
        corpus_fingerprint: the fingerprint recorded in facts_dir/manifest.json.
        project_root: the project root found from the current directory, or ``None``.
        notebook: the calling notebook's name, when it gave one.
    """

    corpus_dir: Path
    facts_dir: Path
    output_dir: Path
    label_language: str
    date_from: _dt.date | None
    date_to: _dt.date | None
    corpus_fingerprint: str = ""
    project_root: Path | None = None
    notebook: str | None = None

    def as_dict(self) -> dict[str, str]:
        """The parameters as strings, for a report's provenance.

        Example:
            >>> p = Params(Path("/c"), Path("/f"), Path("/o"), "ar", None, _dt.date(2021, 7, 29))
            >>> p.as_dict()["date_to"], p.as_dict()["date_from"]
            ('2021-07-29', '')
        """
        out: dict[str, str] = {}
        for key, value in asdict(self).items():
            if value is None:
                out[key] = ""
            elif isinstance(value, _dt.date):
                out[key] = value.isoformat()
            else:
                out[key] = str(value)
        return out


def find_project_root(start: str | Path | None = None) -> Path | None:
    """The nearest folder at or above `start` holding ``pyproject.toml`` and ``notebooks/``.

    Args:
        start: where to begin; the current directory when ``None``.
    Returns:
        The project root, or ``None`` when no ancestor qualifies.
    Example:
        >>> find_project_root("/") is None
        True
    """
    here = Path(start if start is not None else Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "notebooks").is_dir():
            return folder
    return None


def resolve_path(value: str | Path, root: Path | None = None) -> Path | None:
    """Resolve a path as a notebook parameter: against the current directory, then the project root.

    Args:
        value: an absolute or relative path.
        root: the project root; found from the current directory when ``None``.
    Returns:
        The absolute path of the first candidate that exists, or ``None`` when none does.
    Example:
        >>> resolve_path("/") == Path("/")
        True
        >>> resolve_path("no/such/folder/anywhere") is None
        True
    """
    path = Path(value).expanduser()
    if path.is_absolute():
        return path.resolve() if path.exists() else None
    candidate = (Path.cwd() / path).resolve()
    if candidate.exists():
        return candidate
    root = root if root is not None else find_project_root()
    if root is not None and (root / path).exists():
        return (root / path).resolve()
    return None


def parse_iso_date(name: str, value: object) -> _dt.date | None:
    """Parse a date parameter written as YYYY-MM-DD; empty means no limit.

    Args:
        name: the parameter's name, for the message.
        value: ``""``, ``None``, a :class:`datetime.date` or a string such as ``"2021-07-29"``
            (Arabic-Indic digits are accepted: ``"٢٠٢١-٠٧-٢٩"``).
    Returns:
        The date, or ``None`` for an empty value.
    Raises:
        ParameterError: the value is not a real date; the message says which part is wrong.
    Example:
        >>> parse_iso_date("date_from", "٢٠٢١-٠٧-٢٩")
        datetime.date(2021, 7, 29)
        >>> parse_iso_date("date_from", "2021-13-01")
        Traceback (most recent call last):
        ...
        arabic_news.errors.ParameterError: date_from='2021-13-01' is not a date (month 13). Use YYYY-MM-DD, e.g. date_from = "2021-01-01"
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip().translate(_DIGITS)
    if not text:
        return None
    hint = f'Use YYYY-MM-DD, e.g. {name} = "2021-01-01"'
    match = _ISO_DATE_RE.match(text)
    if not match:
        raise ParameterError(name, value, "is not a date (expected YYYY-MM-DD)", hint)
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        raise ParameterError(name, value, f"is not a date (month {month})", hint)
    if year < 1:
        raise ParameterError(name, value, f"is not a date (year {year})", hint)
    try:
        return _dt.date(year, month, day)
    except ValueError:
        raise ParameterError(
            name, value, f"is not a date (day {day}: {year}-{month:02d} has no such day)", hint
        ) from None


def fingerprint_of(corpus_dir: Path) -> str:
    """The corpus fingerprint, as `arabic-news extract` records it (patched in tests)."""
    from arabic_news.corpus import corpus_fingerprint

    return corpus_fingerprint(corpus_dir)


def read_manifest(facts_dir: str | Path) -> dict:
    """Read ``facts_dir/manifest.json`` as written by ``arabic-news extract``.

    Args:
        facts_dir: the folder of fact tables.
    Returns:
        The manifest: corpus_fingerprint, corpus_dir, library_version, n_articles, tables.
    Raises:
        FileNotFoundError: there is no manifest.
        ValueError: the manifest is not a JSON object.
    """
    path = Path(facts_dir) / MANIFEST_NAME
    with open(path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    if not isinstance(manifest, dict):
        raise ValueError(f"{path}: not a JSON object")
    return manifest


def _folder(name: str, value: object, root: Path | None, what: str, hint: str) -> Path:
    if value is None or not str(value).strip():
        raise ParameterError(name, value, f"is empty: it must name {what}", hint)
    path = resolve_path(str(value).strip(), root)
    if path is None:
        where = "the current directory"
        if root is not None and not Path(str(value)).is_absolute():
            where += f" or the project root {root}"
        raise ParameterError(name, value, f"is not a folder (not found in {where})", hint)
    if not path.is_dir():
        raise ParameterError(name, value, f"is a file, not a folder ({path})", hint)
    return path


def _check_facts_match(corpus: Path, corpus_dir, facts: Path, facts_dir, extract_hint: str) -> str:
    """The corpus's fingerprint, once `facts` is known to hold every table extracted from it.

    Raises:
        ParameterError: the manifest is missing or unreadable, a table is missing, or the
            tables come from another corpus.
    """
    try:
        manifest = read_manifest(facts)
    except FileNotFoundError:
        raise ParameterError(
            "facts_dir", facts_dir, f"has no {MANIFEST_NAME} (it was not written by `arabic-news extract`)",
            extract_hint,
        ) from None
    except ValueError as exc:
        raise ParameterError("facts_dir", facts_dir, f"has an unreadable {MANIFEST_NAME} ({exc})", extract_hint) from None

    missing = [t for t in FACT_TABLES if table_path(facts, t) is None]
    if missing:
        raise ParameterError(
            "facts_dir", facts_dir, f"lacks the fact table(s) {', '.join(missing)}", extract_hint
        )
    _check_claims_and_corrections(manifest, corpus, facts_dir, facts, extract_hint.replace(" first", " again"))

    recorded = str(manifest.get("corpus_fingerprint", ""))
    actual = fingerprint_of(corpus)
    if recorded != actual:
        source = manifest.get("corpus_dir", "another corpus")
        raise ParameterError(
            "facts_dir", facts_dir,
            f"was extracted from a different corpus ({source}, fingerprint {recorded[:12] or 'none'}) "
            f"than corpus_dir={corpus_dir!r} (fingerprint {actual[:12]})",
            extract_hint.replace(" first", " again"),
        )
    return actual


def _check_claims_and_corrections(manifest: dict, corpus: Path, facts_dir, facts: Path, again_hint: str) -> None:
    """The claim tables are there, and were built with the corpus's corrections.csv as it is now.

    Raises:
        ParameterError: claim tables missing (a folder written by an older arabic-news), or
            corrections.csv added, changed or removed since the extraction.
    """
    missing = [t for t in CLAIM_TABLES if table_path(facts, t) is None]
    if missing:
        version = manifest.get("library_version", "an older version")
        raise ParameterError(
            "facts_dir", facts_dir,
            f"lacks the claim table(s) {', '.join(missing)}: it was written by arabic-news {version}, "
            "before claims were built beside the fact tables", again_hint)
    recorded = (manifest.get("corrections") or {}).get("sha256")
    path = corpus / CORRECTIONS_NAME
    actual = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    if recorded != actual:
        what = ("was added" if recorded is None else "was removed" if actual is None else "changed")
        raise ParameterError(
            "facts_dir", facts_dir, f"was extracted before {CORRECTIONS_NAME} of the corpus {what}", again_hint)


def check_params(
    *,
    corpus_dir: str | Path,
    facts_dir: str | Path,
    output_dir: str | Path,
    label_language: str,
    date_from: str | _dt.date | None,
    date_to: str | _dt.date | None,
    notebook: str | None = None,
) -> Params:
    """Check a notebook's parameters and resolve its folders.

    Args:
        corpus_dir: folder of articles, absolute or relative (to the current directory, else the project root).
        facts_dir: folder where ``arabic-news extract`` wrote the fact tables from `corpus_dir`.
        output_dir: where figures and tables go; created (with its parents) when missing.
        label_language: ``"ar"`` or ``"en"``.
        date_from: ISO date (YYYY-MM-DD) or empty for no lower limit.
        date_to: ISO date or empty for no upper limit.
        notebook: the calling notebook's name, quoted in messages.
    Returns:
        The checked :class:`Params`, with absolute paths and dates as :class:`datetime.date`.
    Raises:
        ParameterError: a folder is missing, a date does not parse or is out of order, the
            language is unknown, or facts_dir is missing tables or comes from another corpus.
            The message names the parameter, its value and the fix.
    Example:
        >>> check_params(corpus_dir="/no/such/corpus", facts_dir="/tmp", output_dir="/tmp",
        ...              label_language="ar", date_from="", date_to="")
        Traceback (most recent call last):
        ...
        arabic_news.errors.ParameterError: corpus_dir='/no/such/corpus' is not a folder (not found in the current directory). Give a folder of articles (.txt), absolute or relative to the project root, e.g. corpus_dir = "seeds"
    """
    where = f" in the parameters cell of {notebook}" if notebook else ""
    root = find_project_root()

    corpus = _folder(
        "corpus_dir", corpus_dir, root, "a folder of articles",
        'Give a folder of articles (.txt), absolute or relative to the project root, e.g. corpus_dir = "seeds"'
        + where,
    )
    extract_hint = f"Run `arabic-news extract {corpus_dir} --out {facts_dir}` first"
    facts = _folder("facts_dir", facts_dir, root, "the folder of fact tables", extract_hint)

    language = str(label_language).strip().lower() if label_language is not None else ""
    if language not in LABEL_LANGUAGES:
        raise ParameterError(
            "label_language", label_language, "is not a label language",
            'Use "ar" for Arabic chart labels or "en" for English ones' + where,
        )

    start = parse_iso_date("date_from", date_from)
    end = parse_iso_date("date_to", date_to)
    if start is not None and end is not None and start > end:
        raise ParameterError(
            "date_from", date_from, f"is after date_to={date_to!r}",
            "Swap them, or leave one empty for no limit" + where,
        )

    out = _output_folder(output_dir, root, where)

    actual = _check_facts_match(corpus, corpus_dir, facts, facts_dir, extract_hint)
    return Params(
        corpus_dir=corpus,
        facts_dir=facts,
        output_dir=out,
        label_language=language,
        date_from=start,
        date_to=end,
        corpus_fingerprint=actual,
        project_root=root,
        notebook=notebook,
    )


def _output_folder(value: object, root: Path | None, where: str) -> Path:
    hint = 'Give a folder to write into, e.g. output_dir = "reports"' + where
    if value is None or not str(value).strip():
        raise ParameterError("output_dir", value, "is empty: it must name a folder to write into", hint)
    path = resolve_path(str(value).strip(), root)
    if path is None:
        raw = Path(str(value).strip()).expanduser()
        if raw.is_absolute():
            path = raw
        elif root is not None:
            path = root / raw
        else:
            path = Path.cwd() / raw
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ParameterError("output_dir", value, f"cannot be created ({exc.strerror})", hint) from None
        path = path.resolve()
    if not path.is_dir():
        raise ParameterError("output_dir", value, f"is a file, not a folder ({path})", hint)
    return path
