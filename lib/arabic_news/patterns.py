"""Compiling word tables into fast regular expressions: the one helper the finders share.

`numbers` and `dates` each turn their tables' forms into one alternation. A
flat alternation of hundreds of forms makes Python's regex engine try every
form at every position; the same forms factored as a character trie let it
give up after one character almost everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(forms: Iterable[str], *, space: str = r"\s+") -> str:
    """One regex alternation of `forms`, factored as a character trie; longer forms win.

    Args:
        forms: the surface forms (already normalized).
        space: what a space inside a form matches (any run of whitespace by default).
    Returns:
        A pattern without anchors or groups that capture; "" for no forms.
    Example:
        >>> p = trie_pattern(["نحو", "نحوا", "ما يقرب من"])
        >>> [m.group() for m in re.finditer(p, "نحوا ما  يقرب من")]
        ['نحوا', 'ما  يقرب من']
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: (-_depth(node[c]), c)):
            piece = space if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _depth(node: dict) -> int:
    return max((1 + _depth(child) for key, child in node.items() if key), default=0)
