"""Lesson 06, drawing Arabic: the judges of exercises 6.1–6.5 (their words and data: ``lesson06.toml``)."""

from __future__ import annotations

from arabic_news.normalize import normalize
from arabic_news.teaching.checks import describe
from arabic_news.teaching.exercises.base import call, exercise, text


@exercise("6.1", names=("visual",))
def _visual_order(visual):
    from bidi.algorithm import get_display

    ex = text("6.1")
    label = ex.data["label"]
    if not isinstance(visual, (list, tuple)) or not all(isinstance(i, int) for i in visual):
        raise ex.hint("not_a_list", got=describe(visual))
    if sorted(visual) != list(range(len(label))):
        raise ex.hint("not_every_position", last=len(label) - 1)
    if "".join(label[i] for i in visual) == get_display(label):
        return ex.say("right")
    if list(visual) == list(range(len(label))):
        raise ex.hint("logical")
    if list(visual) == list(range(len(label)))[::-1]:
        raise ex.hint("reversed", backwards="".join(ch for ch in reversed(label) if ch.isdigit()))
    raise ex.hint("other")


@exercise("6.2", names=("right_line",))
def _which_line(right_line):
    from arabic_news.plotting import matplotlib_shapes_arabic

    ex = text("6.2")
    shapes = matplotlib_shapes_arabic()
    expected = "A" if shapes else "B"
    if not isinstance(right_line, str) or right_line.strip().upper() not in ("A", "B"):
        raise ex.hint("not_a_or_b", got=describe(right_line))
    if right_line.strip().upper() != expected:
        raise ex.hint("reversed_line", line=right_line.strip().upper())
    return ex.say("right_shapes" if shapes else "right_no_shaping", line=expected)


@exercise("6.3", names=("label_for",))
def _label_for(label_for):
    from arabic_news.plotting import shape_label

    ex = text("6.3")
    for native in (True, False):
        for label in ex.data["labels"]:
            got = call(label_for, label, native)
            expected = shape_label(label, native=native)
            if got == expected:
                continue
            if not isinstance(got, str):
                raise ex.hint("not_text", label=label, native=native, got=describe(got))
            if native:
                raise ex.hint("changed", label=label)
            if got == label and label != expected:
                raise ex.hint("unchanged", label=label)
            raise ex.hint("other", label=label, native=native, expected=expected)
    return ex.say("right")


@exercise("6.4", names=("to_english",))
def _to_english(to_english):
    from arabic_news.rules.gazetteer import ENTITIES

    ex = text("6.4")
    english = {normalize(e.name_ar): e.name_en for e in ENTITIES}
    for name in ex.data["names"]:
        expected = english.get(normalize(name))
        got = call(to_english, name)
        if got == expected:
            continue
        if expected is None:
            raise ex.hint("not_none", name=name, got=describe(got))
        if got is None and normalize(name) != name:
            raise ex.hint("not_normalized", name=name)
        raise ex.hint("other", name=name, got=describe(got))
    return ex.say("right")


@exercise("6.5", names=("fig",))
def _english_chart(fig):
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    from arabic_news.plotting import figure_data, has_arabic

    ex = text("6.5")
    if not isinstance(fig, Figure):
        raise ex.hint("not_a_figure", got=describe(fig))
    arabic = [t.get_text() for t in fig.findobj(Text) if has_arabic(t.get_text())]
    data = figure_data(fig)
    labels = [] if data is None else [str(v) for v in data["label"]]
    if any(has_arabic(label) for label in labels):
        raise ex.hint("arabic_bars")
    if arabic:
        raise ex.hint("arabic_text", arabic=arabic[0])
    if not labels:
        raise ex.hint("no_bars")
    return ex.say("right")
