"""Character rules of `normalize()`: one row per rule, each switchable by its keyword.

Each rule maps single characters to one replacement character, or to "" to
delete them. No rule maps one character to several, so every normalized
character comes from exactly one raw character and offsets map back exactly
(the same design as CAMeL Tools' character maps).

To add a rule: add a row here, a keyword with the same name is created for
`normalize()`, and add cases to tests/cases/normalize.tsv.
"""

from __future__ import annotations

from typing import NamedTuple


class CharRule(NamedTuple):
    name: str                 # keyword argument of normalize()
    mapping: dict[str, str]   # raw character -> replacement ("" deletes it)
    note: str = ""


def _range(first: int, last: int, to: str = "") -> dict[str, str]:
    return {chr(c): to for c in range(first, last + 1)}


CHAR_RULES: tuple[CharRule, ...] = (
    CharRule(
        "diacritics",
        {**_range(0x064B, 0x065F), "\u0670": ""},
        note="tashkeel (fatha, damma, kasra, sukun, shadda, tanwin …) and the dagger alef, in any order",
    ),
    CharRule("tatweel", {"\u0640": ""}, note="kashida, the stretching stroke: ـ"),
    CharRule(
        "alef",
        {"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627"},
        note="أ إ آ ٱ → ا; ؤ ئ ء are kept",
    ),
    CharRule("alef_maqsura", {"\u0649": "\u064A"}, note="ى → ي"),
    CharRule("taa_marbuta", {"\u0629": "\u0647"}, note="ة → ه"),
    CharRule(
        "persian_letters",
        {"\u06CC": "\u064A", "\u06A9": "\u0643"},
        note="Persian yeh ی → ي and keheh ک → ك, typed on Persian keyboards in Arabic text",
    ),
    CharRule(
        "digits",
        {**{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)}},
        note="Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9",
    ),
    CharRule("separators", {"\u066B": ".", "\u066C": ","}, note="Arabic decimal ٫ and thousands ٬ separators"),
    CharRule("nbsp", {"\u00A0": " ", "\u202F": " ", "\u2007": " "}, note="no-break spaces → space"),
    CharRule(
        "invisible",
        {
            **_range(0x200B, 0x200F),   # zero-width space/joiners, LRM, RLM
            **_range(0x202A, 0x202E),   # bidi embeddings and overrides
            **_range(0x2066, 0x2069),   # bidi isolates
            "\u061C": "",               # Arabic letter mark
            "\u2060": "",               # word joiner
            "\uFEFF": "",               # BOM / zero-width no-break space
            "\u00AD": "",               # soft hyphen
        },
        note="zero-width and bidi control characters are removed",
    ),
)

RULE_NAMES: tuple[str, ...] = tuple(rule.name for rule in CHAR_RULES)

ARABIC_BLOCKS: tuple[tuple[int, int], ...] = (
    (0x0600, 0x06FF),   # Arabic
    (0x0750, 0x077F),   # Arabic Supplement
    (0x08A0, 0x08FF),   # Arabic Extended-A
    (0xFB50, 0xFDFF),   # Arabic Presentation Forms-A (what the old reshaper recipe writes)
    (0xFE70, 0xFEFF),   # Arabic Presentation Forms-B
)
"""The Unicode blocks of the Arabic script: a character in one of them is Arabic (a chart label
needs shaping, a table cell reads right to left)."""

ARABIC_LETTERS = (
    "[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF"
    "\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]"
)
"""A regex character class: the Arabic letters of those blocks (marks, digits, punctuation and
tatweel are not letters). The corpus reader refuses a file with none («is this the English
edition?») and accepts a guessed legacy encoding only when most of its letters are Arabic."""
