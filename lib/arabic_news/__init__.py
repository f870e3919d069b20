"""arabic_news: read Arabic news articles and extract facts with their provenance.

The front door holds the few names notebooks use; everything else is reached
by module path (`arabic_news.dates`, `arabic_news.plotting`, …).
Importing the package does nothing but import: no network, no rcParams, no logging.
"""

from arabic_news.errors import ArabicNewsError, ArticleError, CorpusError, ParameterError
from arabic_news.normalize import normalize, normalize_with_offsets

__version__ = "0.1.0"

__all__ = [
    "ArabicNewsError",
    "ArticleError",
    "CorpusError",
    "ParameterError",
    "normalize",
    "normalize_with_offsets",
    "__version__",
]
