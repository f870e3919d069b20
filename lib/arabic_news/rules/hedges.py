"""Hedges that qualify a number, and how wide an interval each one implies.

Forms are written as `normalize()` outputs them. A hedge counts only when a
number (digits, number words or a vague amount such as عشرات) follows it
directly, or, for ``position="after"``, when it follows the number or its
counted noun: «نحو» is also the preposition "towards" and «حتى» also means
"until" and "even" («حتى نهاية 2026», «حتى في هذه المرحلة» are no quantities).

How a qualifier turns a value ``v`` into ``(low, high)`` is set by the named
widths below; they are defaults a reader can see and change, not hidden
constants. ``exact`` gives ``(v, v)``.

    about      (v * (1 - ABOUT_WIDTH), v * (1 + ABOUT_WIDTH))
    nearly     (v * (1 - NEARLY_WIDTH), v)          just under v
    more_than  (v, v * (1 + OPEN_WIDTH))
    at_least   (v, v * (1 + OPEN_WIDTH))
    less_than  (v * (1 - OPEN_WIDTH), v)
    up_to      (v * (1 - OPEN_WIDTH), v)

Integer values give integer bounds (rounded). ``approx`` is true for
``about`` and ``nearly`` (and for vague amounts).

To add a hedge: add a row here and a case in tests/cases/quantities.tsv.
"""

from __future__ import annotations

from typing import NamedTuple

QUALIFIERS = ("exact", "about", "nearly", "more_than", "less_than", "up_to", "at_least")
POSITIONS = ("before", "after")

ABOUT_WIDTH = 0.10
"""«نحو 2500» is taken to mean 2250–2750."""
NEARLY_WIDTH = 0.10
"""«ما يقرب من 2500» is taken to mean 2250–2500."""
OPEN_WIDTH = 0.25
"""The open side of more_than/at_least/less_than/up_to: «اكثر من 2500» is 2500–3125."""

APPROX_QUALIFIERS = ("about", "nearly")


class Hedge(NamedTuple):
    form: str        # normalized surface form
    qualifier: str   # one of QUALIFIERS
    position: str    # one of POSITIONS: "before" or "after" the number
    note: str = ""   # why, or where it misleads


HEDGES: tuple[Hedge, ...] = (
    Hedge("نحو", "about", "before", note="also the preposition 'towards': needs a number after it"),
    Hedge("حوالي", "about", "before", note="حوالى and حوالي normalize alike"),
    Hedge("زهاء", "about", "before"),
    Hedge("قرابه", "about", "before", note="'close to', used as 'about' in the press"),
    Hedge("ما يقارب", "nearly", "before"),
    Hedge("ما يقارب من", "nearly", "before"),
    Hedge("يقارب", "nearly", "before", note="«عددهم يقارب 3000»"),
    Hedge("ما يقرب من", "nearly", "before"),
    Hedge("ما يناهز", "nearly", "before"),
    Hedge("يناهز", "nearly", "before"),
    Hedge("اكثر من", "more_than", "before", note="«اكثر من مره» has no number and is skipped"),
    Hedge("ما يزيد علي", "more_than", "before"),
    Hedge("ما يزيد عن", "more_than", "before"),
    Hedge("يزيد علي", "more_than", "before"),
    Hedge("يزيد عن", "more_than", "before"),
    Hedge("ما يربو علي", "more_than", "before"),
    Hedge("يربو علي", "more_than", "before"),
    Hedge("ازيد من", "more_than", "before", note="Maghrebi usage"),
    Hedge("ما فوق", "more_than", "before"),
    Hedge("اقل من", "less_than", "before"),
    Hedge("ما دون", "less_than", "before"),
    Hedge("ما لا يقل عن", "at_least", "before"),
    Hedge("لا يقل عن", "at_least", "before"),
    Hedge("لا تقل عن", "at_least", "before", note="feminine: «قوه لا تقل عن 8 الاف جندي»"),
    Hedge("ما لا تقل عن", "at_least", "before"),
    Hedge("لا يقل عددهم عن", "at_least", "before"),
    Hedge("لا يقل عددها عن", "at_least", "before"),
    # negated hedges: «not less than» is at least, «not more than» / «does not exceed» is up to
    Hedge("لا اقل من", "at_least", "before"),
    Hedge("ليس اقل من", "at_least", "before"),
    Hedge("لا يزيد عن", "up_to", "before", note="the negation of يزيد عن (more_than)"),
    Hedge("لا يزيد علي", "up_to", "before"),
    Hedge("ما لا يزيد عن", "up_to", "before"),
    Hedge("ما لا يزيد علي", "up_to", "before"),
    Hedge("لا تزيد عن", "up_to", "before"),
    Hedge("لا تزيد علي", "up_to", "before"),
    Hedge("لا يتجاوز", "up_to", "before", note="the negation of يتجاوز (more_than)"),
    Hedge("لا تتجاوز", "up_to", "before"),
    Hedge("ما لا يتجاوز", "up_to", "before"),
    Hedge("لا يتعدي", "up_to", "before"),
    Hedge("لا تتعدي", "up_to", "before"),
    Hedge("علي الاقل", "at_least", "after", note="«20 قتيلا علي الاقل»"),
    Hedge("علي الاقل", "at_least", "before", note="«علي الاقل 20 قتيلا»: the same form on both sides"),
    Hedge("حتي", "up_to", "before", note="only before a number: «حتى نهايه 2026» is a date, «حتى في» is 'even'"),
    Hedge("ما يصل الي", "up_to", "before"),
    Hedge("يصل الي", "up_to", "before"),
    Hedge("تصل الي", "up_to", "before"),
    # estimated at: «والمقدره بـ2500 جندي», «يقدر عددهم بـ5000»; ب may be glued to the number
    Hedge("المقدره ب", "about", "before", note="estimated at"),
    Hedge("المقدر ب", "about", "before"),
    Hedge("يقدر ب", "about", "before"),
    Hedge("تقدر ب", "about", "before"),
    Hedge("يقدر عددهم ب", "about", "before"),
    Hedge("يقدر عددها ب", "about", "before"),
    Hedge("يقدر عدده ب", "about", "before"),
    # exceeded (a verb): «تخطي عددها عتبه 200 الف», «يتجاوز عددهم 5000», «يفوق 300»
    Hedge("تخطي", "more_than", "before", note="exceeded"),
    Hedge("تخطت", "more_than", "before"),
    Hedge("تخطي عددها عتبه", "more_than", "before"),
    Hedge("تخطي عددهم عتبه", "more_than", "before"),
    Hedge("تجاوز", "more_than", "before"),
    Hedge("تجاوزت", "more_than", "before"),
    Hedge("يتجاوز", "more_than", "before"),
    Hedge("يتجاوز عددهم", "more_than", "before"),
    Hedge("يتجاوز عددها", "more_than", "before"),
    Hedge("تجاوز عددهم", "more_than", "before"),
    Hedge("تجاوز حاجز", "more_than", "before"),
    Hedge("يفوق", "more_than", "before", note="surpasses"),
    Hedge("يفوق عددهم", "more_than", "before"),
    Hedge("يفوق عددها", "more_than", "before"),
    Hedge("ما يفوق", "more_than", "before"),
    Hedge("تفوق", "more_than", "before", note="also the noun 'superiority' (تفوق عسكري): only before a number"),
    Hedge("فاقت", "more_than", "before", note="فاق is left out: it ends اتفاق (agreement), a scan cost for no gain"),
    Hedge("تتجاوز", "more_than", "before"),
    Hedge("ما يتجاوز", "more_than", "before"),
    Hedge("تزيد علي", "more_than", "before"),
    Hedge("تزيد عن", "more_than", "before"),
    Hedge("زاد علي", "more_than", "before", note="«زاد علي 300»; «زاد عددهم من … الي» is a change (CHANGE_WORDS)"),
    Hedge("زاد عن", "more_than", "before"),
    Hedge("زادت علي", "more_than", "before"),
    Hedge("زادت عن", "more_than", "before"),
    Hedge("يتخطي", "more_than", "before"),
    Hedge("تتخطي", "more_than", "before"),
    Hedge("يتخطي قوامها", "more_than", "before", note="«قوه يتخطي قوامها 2000 جندي»"),
    Hedge("تخطي عددهم", "more_than", "before"),
    Hedge("تربو علي", "more_than", "before"),
    Hedge("ونيف", "more_than", "after", note="'and some': «300 ونيف»"),
    Hedge("ونيفا", "more_than", "after"),
    Hedge("كحد اقصي", "up_to", "after", note="'as a maximum': «5000 جندي امريكي كحد اقصي»"),
    Hedge("كحد اقصي", "up_to", "before", note="«كحد اقصي 5000 جندي»: the same form on both sides"),
    Hedge("علي الاكثر", "up_to", "after", note="'at most': «ثلاثه هجمات علي الاكثر»"),
    Hedge("علي اقصي تقدير", "up_to", "after", note="'at the highest estimate'"),
    Hedge("كحد ادني", "at_least", "after", note="'as a minimum'"),
    Hedge("علي اقل تقدير", "at_least", "after", note="'at the lowest estimate'"),
    Hedge("تقريبا", "about", "after"),
    Hedge("تقريبا", "about", "before", note="«تقريبا 2500 جندي»: the same form on both sides"),
    Hedge("فقط", "exact", "after", note="'only': the figure is exact"),
)
