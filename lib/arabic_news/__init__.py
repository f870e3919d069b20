"""arabic_news: read Arabic news articles and extract facts with their provenance.

The front door holds the few names notebooks use; everything else is reached
by module path (`arabic_news.dates`, `arabic_news.plotting`, …). Importing the
package does nothing but import: no network, no rcParams, no logging. The
heavier names (pandas behind them) are imported on first use.

Example:
    >>> from arabic_news import normalize, find_quantities
    >>> [(q.value, q.qualifier) for q in find_quantities("نحو 2500 جندي أمريكي")]
    [(2500, 'about')]
"""

from __future__ import annotations

from importlib import import_module

from arabic_news.errors import ArabicNewsError, ArticleError, CorpusError, ParameterError
from arabic_news.normalize import normalize, normalize_with_offsets

__version__ = "0.1.0"

# name -> module that defines it, imported when the name is first used
_LAZY = {
    "load_corpus": "arabic_news.corpus",
    "read_article": "arabic_news.corpus",
    "find_quantities": "arabic_news.numbers",
    "parse_number": "arabic_news.numbers",
    "parse_ordinal": "arabic_news.numbers",
    "find_dates": "arabic_news.dates",
    "parse_date": "arabic_news.dates",
    "extract_corpus": "arabic_news.extract",
    "check_params": "arabic_news.params",
}

__all__ = [
    "ArabicNewsError", "ArticleError", "CorpusError", "ParameterError",
    "normalize", "normalize_with_offsets", "__version__", *_LAZY,
]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'arabic_news' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
