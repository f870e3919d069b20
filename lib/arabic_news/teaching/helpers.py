"""Small tools the lessons call, so that their code cells stay a line or two."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["code_points", "character_rules", "large", "gold_from_values", "DOTTED_CIRCLE", "Prose", "count_words",
           "number_word", "sentence_list", "sentence_outcome", "sentence_outcomes", "mistakes_phrase", "score_note", "claims_note"]

DOTTED_CIRCLE = "\u25cc"
"""◌: the base Unicode draws a lone combining mark on, so a mark can be shown by itself."""


def code_points(text: str):
    """One row per code point of `text`: position, character, number and Unicode name.

    A combining mark (a vowel sign, the shadda) is shown on a dotted circle so it can be
    seen on its own; the other columns describe the mark itself.

    Args:
        text: any string.
    Returns:
        A DataFrame indexed by position, with columns char, code_point (``U+0627``), name, category
        (Unicode's general category: ``Lo`` a letter, ``Mn`` a non-spacing mark, ``Nd`` a digit).
    Example:
        >>> code_points("بٌ")[["char", "code_point", "name"]].values.tolist()
        [['ب', 'U+0628', 'ARABIC LETTER BEH'], ['◌ٌ', 'U+064C', 'ARABIC DAMMATAN']]
    """
    import pandas as pd

    rows = []
    for ch in text:
        category = unicodedata.category(ch)
        rows.append({"char": _shown(ch), "code_point": f"U+{ord(ch):04X}",
                     "name": unicodedata.name(ch, "(no name)"), "category": category})
    frame = pd.DataFrame(rows, columns=["char", "code_point", "name", "category"])
    frame.index.name = "index"
    return frame


def _shown(ch: str) -> str:
    return DOTTED_CIRCLE + ch if unicodedata.category(ch) == "Mn" else ch


def character_rules():
    """The rules of `normalize()` as a table: what each one changes, and into what.

    Read from `arabic_news.rules.characters`; marks are shown on a dotted circle, and
    invisible characters by their code point.

    Returns:
        A DataFrame with columns rule, characters (how many it changes) and examples (the
        first three as ``from → to`` pairs, each character with its code point).
    Example:
        >>> character_rules().set_index("rule").loc["taa_marbuta", "examples"]
        'U+0629 ة → U+0647 ه'
    """
    import pandas as pd

    from arabic_news.rules.characters import CHAR_RULES

    def show(ch: str) -> str:
        if not ch:
            return "(deleted)"
        visible = unicodedata.category(ch)[0] in "LNPS" or unicodedata.category(ch) == "Mn"
        return f"U+{ord(ch):04X} {_shown(ch)}" if visible else f"U+{ord(ch):04X}"

    rows = []
    for rule in CHAR_RULES:
        pairs = list(rule.mapping.items())
        examples = ", ".join(f"{show(a)} → {show(b)}" for a, b in pairs[:3])
        rows.append({"rule": rule.name, "characters": len(pairs),
                     "examples": examples + (", …" if len(pairs) > 3 else "")})
    return pd.DataFrame(rows, columns=["rule", "characters", "examples"])


def large(text: str):
    """Show `text` in large type, in its own direction (letter shapes, marks): an IPython HTML object.

    Example:
        >>> large("ب ـبـ").data
        '<div dir="auto" style="font-size: 2.6em; line-height: 1.6">ب ـبـ</div>'
    """
    import html

    from IPython.display import HTML

    return HTML(f'<div dir="auto" style="font-size: 2.6em; line-height: 1.6">{html.escape(text)}</div>')


def gold_from_values(articles, values):
    """A hand annotation of one-sentence articles as the gold `score_tables` reads: troop levels and articles.

    Lesson 04 annotates sentence ``n`` (the article ``s<n>``) with the figure of its troop level,
    or None. The annotation names a sentence, not a span, so each gold row spans the article's
    body: a predicted fact there with the same value matches it (`arabic_news.evaluation`'s rule).
    Every annotated sentence is an annotated article, those marked None included: a fact the
    extractor finds there is a false positive, as it is for the lesson's own `precision_recall`.

    Args:
        articles: the `Article` objects, with ids ``s1``, ``s2`` ….
        values: ``{sentence number: figure or None}``. Anything else (``...`` while the exercise
            is not done) gives empty tables, so a notebook still runs.
    Returns:
        ``{"troop_levels": …, "articles": …}``: DataFrames with columns article_id, start, end, value,
        and article_id, tables (``troop_levels``: the table annotated).
    Example:
        >>> from arabic_news.corpus import article_from_text
        >>> a = article_from_text("خبر\\n\\nيوجد نحو 900 جندي أمريكي في سوريا.", article_id="s1")
        >>> b = article_from_text("خبر\\n\\nقتل ثلاثة جنود.", article_id="s2")
        >>> gold = gold_from_values([a, b], {1: 900, 2: None})
        >>> gold["troop_levels"].values.tolist(), gold["articles"]["article_id"].tolist()
        ([['s1', 5, 39, 900]], ['s1', 's2'])
    """
    import pandas as pd

    troops, annotated = [], []
    by_id = {a.article_id: a for a in articles}
    for number, value in sorted(values.items(), key=lambda kv: str(kv[0])) if isinstance(values, dict) else []:
        article = by_id.get(f"s{number}")
        if article is None or not article.paragraphs:
            continue
        annotated.append((article.article_id, "troop_levels"))
        if value is not None:
            troops.append((article.article_id, article.paragraphs[0].start, article.paragraphs[-1].end, value))
    return {"troop_levels": pd.DataFrame(troops, columns=["article_id", "start", "end", "value"]),
            "articles": pd.DataFrame(annotated, columns=["article_id", "tables"])}


# --------------------------------------------------------------------------- prose computed from the data


@dataclass(frozen=True)
class Prose:
    """Paragraphs of English a lesson computes from its data instead of typing them; a notebook shows them.

    Backticks mark code and Arabic runs are isolated, as in a check's hint.

    Example:
        >>> print(Prose(("Precision 0.80.", "One `troops` row too many.")))
        Precision 0.80.
        <BLANKLINE>
        One `troops` row too many.
    """

    paragraphs: tuple[str, ...]

    def __str__(self) -> str:
        return "\n\n".join(self.paragraphs)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        from arabic_news.teaching.checks import inline_html

        inner = "".join(f"<p>{inline_html(p)}</p>" for p in self.paragraphs)
        return (f'<div class="an-computed" dir="ltr" lang="en" style="border-left: 3px solid #90a4ae; '
                f'padding: 0.1em 0.9em; margin: 0.4em 0; line-height: 1.5">{inner}</div>')


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_word(n: int) -> str:
    """A whole number as prose writes it: a word up to ten, digits above.

    Example:
        >>> number_word(3), number_word(12), number_word(2500)
        ('three', '12', '2,500')
    """
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else f"{n:,}"


def count_words(n: int, noun: str) -> str:
    """`n` and `noun` as a sentence says them: words up to ten, an s for the plural.

    Example:
        >>> count_words(1, "false positive"), count_words(3, "sentence"), count_words(12, "sentence")
        ('one false positive', 'three sentences', '12 sentences')
    """
    return f"{number_word(n)} {noun}{'' if n == 1 else 's'}"


def sentence_list(numbers) -> str:
    """Sentence numbers as a sentence says them.

    Example:
        >>> sentence_list([5]), sentence_list([6, 2]), sentence_list([1, 2, 5])
        ('sentence 5', 'sentences 2 and 6', 'sentences 1, 2 and 5')
    """
    ordered = [str(n) for n in sorted(numbers)]
    if len(ordered) == 1:
        return f"sentence {ordered[0]}"
    return f"sentences {', '.join(ordered[:-1])} and {ordered[-1]}"


def _by_sentence(pairs) -> dict:
    found: dict = {}
    for sentence, figure in pairs:
        found.setdefault(sentence, set()).add(figure)
    return found


def _are_sets(*values) -> bool:
    return all(isinstance(v, (set, frozenset)) for v in values)


_NOT_YET = Prose(("This compares the two sets of exercise 4.3, `gold` and `predicted`: answer it, and run this "
                  "cell again.",))


def sentence_outcome(gold_figures: set, predicted_figures: set) -> str:
    """How one sentence scores: its true and false positives and false negatives, in words.

    Example:
        >>> sentence_outcome({2500}, {2500}), sentence_outcome(set(), {400}), sentence_outcome({2500}, set())
        ('true positive', 'false positive', 'false negative')
        >>> sentence_outcome({900}, {90}), sentence_outcome(set(), set())
        ('false positive and false negative', 'no troop level in either')
    """
    words = ["true positive"] * len(gold_figures & predicted_figures)
    words += ["false positive"] * len(predicted_figures - gold_figures)
    words += ["false negative"] * len(gold_figures - predicted_figures)
    return " and ".join(words) or "no troop level in either"


def sentence_outcomes(gold, predicted, n_sentences: int):
    """Your annotation and the extractor's answer side by side, one row per sentence.

    Args:
        gold, predicted: sets of pairs ``(sentence number, figure)`` (lesson 04's exercise 4.3).
        n_sentences: how many sentences there are (numbered from 1).
    Returns:
        While `gold` or `predicted` is not a set yet (``...``), a `Prose` line saying so; else a DataFrame indexed by sentence, with the columns ``your figure``, ``extractor's figure`` (text, empty
        when there is none) and ``outcome`` (`sentence_outcome`).
    Example:
        >>> sentence_outcomes({(1, 2500)}, {(1, 2500), (2, 400)}, 3)["outcome"].tolist()
        ['true positive', 'false positive', 'no troop level in either']
    """
    import pandas as pd

    if not _are_sets(gold, predicted):
        return _NOT_YET
    gold_by, predicted_by = _by_sentence(gold), _by_sentence(predicted)
    rows = []
    for n in range(1, n_sentences + 1):
        mine, found = gold_by.get(n, set()), predicted_by.get(n, set())
        rows.append({"sentence": n, "your figure": ", ".join(f"{v:,}" for v in sorted(mine)),
                     "extractor's figure": ", ".join(f"{v:,}" for v in sorted(found)),
                     "outcome": sentence_outcome(mine, found)})
    frame = pd.DataFrame(rows).set_index("sentence")
    frame.index.name, frame.columns.name = None, "sentence"   # the label in the header's corner, on one line
    return frame


def mistakes_phrase(gold, predicted) -> str:
    """The extractor's mistakes against an annotation, in words ("" when there are none).

    Example:
        >>> mistakes_phrase({(1, 2500), (6, 2500)}, {(1, 2500), (5, 400)})
        'one false positive (sentence 5: found, but not in your annotation) and one false negative (sentence 6: in your annotation, but not found)'
        >>> mistakes_phrase({(4, 900)}, {(4, 90)})
        'a figure other than yours in sentence 4 (a false positive and a false negative at once)'
    """
    gold_by, predicted_by = _by_sentence(gold), _by_sentence(predicted)
    wrong = sorted(n for n in gold_by.keys() & predicted_by.keys() if predicted_by[n] - gold_by[n]
                   and gold_by[n] - predicted_by[n])
    extra = sorted(n for n, figures in predicted_by.items() if n not in wrong and figures - gold_by.get(n, set()))
    missed = sorted(n for n, figures in gold_by.items() if n not in wrong and figures - predicted_by.get(n, set()))
    parts = []
    if extra:
        parts.append(f"{count_words(len(extra), 'false positive')} ({sentence_list(extra)}: found, but not in your "
                     "annotation)")
    if missed:
        parts.append(f"{count_words(len(missed), 'false negative')} ({sentence_list(missed)}: in your annotation, "
                     "but not found)")
    if wrong:
        parts.append(f"a figure other than yours in {sentence_list(wrong)} (a false positive and a false negative "
                     "at once)")
    return " and ".join(parts) if len(parts) < 3 else f"{parts[0]}, {parts[1]} and {parts[2]}"


def score_note(gold, predicted, n_sentences: int) -> Prose:
    """What the score of lesson 04 says and what it cannot say, computed from the two sets of facts.

    A perfect score is said to be one, with what it is worth on so few sentences; otherwise the
    mistakes are named, sentence by sentence. Either way, how far one sentence moves each score.

    Example:
        >>> print(score_note({(1, 2500), (4, 900)}, {(1, 2500), (4, 900)}, 3))  # doctest: +NORMALIZE_WHITESPACE
        The extractor agrees with your annotation on all three sentences: precision and recall are both 1.00.
        That says it handles these three sentences, not that it handles the next one.
        <BLANKLINE>
        With two troop levels in your annotation, each one found or missed moves recall by 0.50; with two facts
        predicted, each one right or wrong moves precision by 0.50. On a handful of sentences a score is coarse:
        it shows which rules worked here, not how often they work.
    """
    if not _are_sets(gold, predicted):
        return _NOT_YET
    gold, predicted = set(gold), set(predicted)
    mistakes = mistakes_phrase(gold, predicted)
    if not mistakes:
        sentences = count_words(n_sentences, "sentence")
        first = (f"The extractor agrees with your annotation on all {sentences}: precision and recall are both "
                 f"1.00. That says it handles these {sentences}, not that it handles the next one.")
    else:
        wrong = {n for n, _ in gold ^ predicted}
        first = (f"The extractor and your annotation disagree on {number_word(len(wrong))} of the "
                 f"{count_words(n_sentences, 'sentence')}: "
                 f"{mistakes}. Each of these is a rule to look at.")
    steps = []
    if gold:
        steps.append(f"with {count_words(len(gold), 'troop level')} in your annotation, each one found or missed "
                     f"moves recall by {1 / len(gold):.2f}")
    if predicted:
        steps.append(f"with {count_words(len(predicted), 'fact')} predicted, each one right or wrong moves precision "
                     f"by {1 / len(predicted):.2f}")
    second = ("; ".join(steps).capitalize() + ". On a handful of sentences a score is coarse: it shows which rules "
              "worked here, not how often they work.") if steps else ""
    return Prose(tuple(p for p in (first, second) if p))


def _number(value) -> str:
    import pandas as pd

    return "a range" if value is None or pd.isna(value) else f"{int(value):,}"


def _parts(joined) -> list[str]:
    import pandas as pd

    if joined is None or (not isinstance(joined, str) and pd.isna(joined)):
        return []
    return [part for part in str(joined).split(";") if part]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def claims_note(library) -> Prose:
    """What a few articles say, from the claim tables `build_claims` made of them (lesson 05's close).

    One paragraph per claim (best attested first, `claims.by_evidence`) with its outlets and the
    speakers it quotes, one per conflict, and the best-attested claim counted three ways: rows,
    articles, independent articles.

    Args:
        library: the `ClaimTables` of `arabic_news.claims.build_claims`.
    Example:
        >>> import pandas as pd
        >>> from arabic_news.claims import build_claims
        >>> troops = pd.DataFrame({"fact_id": ["f1", "f2"], "article_id": ["a", "b"], "value": [2500, 2500],
        ...     "qualifier": ["about", "exact"], "force": ["us"] * 2, "location": ["Iraq"] * 2, "kind": ["current"] * 2,
        ...     "as_of_start": ["2021-07-29"] * 2, "as_of_end": ["2021-07-29"] * 2, "attribution_en": ["Pentagon", None]})
        >>> print(claims_note(build_claims({"troop_levels": troops})))
        About 2,500 US troops in Iraq, July 2021, reported by 2 articles (2 independent), quoting “Pentagon”.
        <BLANKLINE>
        Counting rows, the figure of 2,500 was reported two times; it stands in two articles, two of them independent of each other.
    """
    from arabic_news.analysis import claim_sentence
    from arabic_news.claims import by_evidence

    claims = by_evidence(library.claims)
    if claims.empty:
        return Prose(("The library found no claim in these articles: no figure to compare.",))
    paragraphs = []
    for claim in claims.to_dict("records"):
        sentence = claim_sentence(claim)
        outlets, speakers = _parts(claim["outlets"]), _parts(claim["attributions"])
        paragraphs.append(sentence[:1].upper() + sentence[1:]
                          + (f": {_and(outlets)}" if outlets else "")
                          + (f", quoting {_and([f'“{s}”' for s in speakers])}" if speakers else ", quoting no one")
                          + ".")
    for conflict in library.conflicts.to_dict("records"):
        sides = [f"{_number(conflict[f'value_{side}'])} ({_and(_parts(conflict[f'outlets_{side}']) or ['no outlet'])})"
                 for side in "ab"]
        paragraphs.append(f"{sides[0]} and {sides[1]} cannot both be right: a conflict to report, with who says what.")
    top = claims.iloc[0]
    paragraphs.append(f"Counting rows, the figure of {_number(top['value'])} was reported "
                      f"{count_words(int(top['n_facts']), 'time')}; it stands in "
                      f"{count_words(int(top['n_articles']), 'article')}, {number_word(int(top['n_independent']))} "
                      "of them independent of each other.")
    return Prose(tuple(paragraphs))
