"""display: escaping, direction by majority script, links from figures to article pages."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from arabic_news import display
from arabic_news.display import (
    KEY_FIGURES_MIME,
    article_page_name,
    interactive_table_html,
    rtl_html,
    script_direction,
    table_html,
)

XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"


class _Tags(HTMLParser):
    """Collects start tags with their attributes."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(markup: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(markup)
    return parser.tags


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ISIS تبنت الهجوم على القاعدة", "rtl"),  # starts with Latin, mostly Arabic
        ("BBC: قالت الوزارة إن القوات باقية", "rtl"),
        ("The Pentagon said قال", "ltr"),
        ("2500 - 3000", None),
        ("", None),
    ],
)
def test_direction_follows_the_majority_script_not_the_first_letter(text, expected):
    assert script_direction(text) == expected


def test_article_page_names_are_safe_deterministic_and_distinct():
    ids = ["2019/mada-0412", "2019-mada-0412", "2019 mada 0412", "بغداد/خبر 1", "../../etc/passwd", "a" * 300]
    names = [article_page_name(i) for i in ids]
    assert len(set(names)) == len(names)
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9._-]+\.html", name)
        assert not name.startswith(".") and "/" not in name and len(name) < 90
    assert names == [article_page_name(i) for i in ids]


def test_table_html_escapes_every_cell_and_header():
    frame = pd.DataFrame({"<b>col</b>": [XSS], "النص": ["قال <i>مسؤول</i>"]})
    markup = table_html(frame, caption="<u>cap</u>")
    assert "<script>" not in markup and "<img" not in markup and "<b>" not in markup and "<u>" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert [t for t, _ in _tags(markup)] == ["div", "table", "caption", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]


def test_arabic_headers_make_the_table_right_to_left_and_cells_take_their_own_direction():
    frame = pd.DataFrame({"المصدر": ["BBC News", "وكالة الأنباء"], "العدد": [2500, 900]})
    tags = _tags(table_html(frame))
    table = tags[1][1]
    assert table["dir"] == "rtl" and table["lang"] == "ar"
    cells = [attrs for tag, attrs in tags if tag == "td"]
    assert cells[0].get("dir") == "ltr"  # BBC News
    assert "dir" not in cells[1]  # a number has no letters: it inherits
    assert cells[2].get("dir") == "rtl"


def test_english_headers_keep_the_table_left_to_right():
    tags = _tags(table_html(pd.DataFrame({"quote": ["نحو 2500 جندي"]})))
    assert tags[1][1]["dir"] == "ltr"


def test_a_fact_table_shows_its_figure_linked_not_its_hash_ids_and_long_text_wraps():
    frame = pd.DataFrame({"fact_id": ["f1"], "article_id": ["a"], "text": ["نحو 2500 جندي"],
                          "quote": ["قال مسؤول أمريكي إن نحو 2500 جندي سيبقون في العراق بعد نهاية المهمة القتالية"]})
    tags = _tags(table_html(frame))
    assert [a for t, a in tags if t == "th"] and [h for h in ("fact_id", "article_id") if f">{h}<" in table_html(frame)] == []
    assert any("an-long" in a.get("class", "") for t, a in tags if t == "td")


def test_fact_tables_link_each_figure_to_its_article_page_at_the_fact():
    frame = pd.DataFrame({"fact_id": ["f1", "f2"], "article_id": ["2021/a b", "x"], "value": [2500, None]})
    tags = _tags(table_html(frame))
    links = [attrs["href"] for tag, attrs in tags if tag == "a"]
    assert links == [f"articles/{article_page_name('2021/a b')}#f1", f"articles/{article_page_name('x')}#f2"]
    markup = table_html(frame)
    assert ">2500</a>" in markup  # integral floats lose their '.0'
    assert ">source</a>" in markup  # an empty figure still links


def test_link_facts_false_and_frames_without_ids_have_no_links():
    frame = pd.DataFrame({"fact_id": ["f1"], "article_id": ["a"], "value": [1]})
    assert "<a " not in table_html(frame, link_facts=False)
    assert "<a " not in table_html(pd.DataFrame({"value": [1]}))


def test_interactive_table_is_offline_escaped_and_classed_by_script():
    frame = pd.DataFrame({"النص العربي": [f"جملة رقم {i}" for i in range(30)], "n": range(30), "raw": [XSS] * 30})
    markup = interactive_table_html(frame, caption="جدول")
    assert "unpkg" not in markup and "https://cdn" not in markup
    assert "<script>alert" not in markup and "<img src=x" not in markup
    assert "&lt;script&gt;alert(1)" in markup
    assert '{"className": "an-rtl", "targets": 0}' in markup
    assert '{"className": "an-ltr", "targets": 2}' in markup
    assert '\\u0645 0\\", 0, ' in markup  # the numeric column stays numeric, so it sorts as numbers
    table = next(attrs for tag, attrs in _tags(markup) if tag == "table")
    assert table["dir"] == "rtl"
    # Deterministic: same frame, same table id.
    assert markup == interactive_table_html(frame, caption="جدول")


def test_rtl_html_escapes_and_gives_each_paragraph_its_direction():
    markup = rtl_html("ISIS تبنت الهجوم على القاعدة الجوية في غرب البلاد <script>\n\nThe Pentagon confirmed it.")
    assert "<script>" not in markup
    tags = _tags(markup)
    assert tags[0] == ("div", {"class": "an-prose", "dir": "rtl", "lang": "ar"})
    assert tags[1][1]["dir"] == "rtl" and tags[2][1]["dir"] == "ltr"


def test_show_table_uses_itables_only_for_long_tables(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, **kw: shown.append(obj))
    monkeypatch.setattr(display, "_ITABLES_READY", True)
    display.show_table(pd.DataFrame({"a": range(3)}))
    display.show_table(pd.DataFrame({"a": range(50)}))
    assert shown[0].data.startswith('<div class="an-table-wrap"><table class="an-table"')
    assert 'class="an-itable-wrap"' in shown[1].data


def test_show_key_figures_carries_a_machine_readable_copy(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, **kw: shown.append((obj, kw)))
    display.show_key_figures({"troop levels": 4, "أكثر رقم": 2500.0})
    bundle, kwargs = shown[0]
    assert kwargs.get("raw") is True
    # pairs in the order given: saved notebooks sort mapping keys, so a mapping would lose it
    assert bundle[KEY_FIGURES_MIME] == {"figures": [["troop levels", "4"], ["أكثر رقم", "2500"]]}
    assert "<dt" in bundle["text/html"]


def test_the_exact_phrase_column_carries_the_link_when_present():
    frame = pd.DataFrame({"fact_id": ["f1"], "article_id": ["a"], "text": ["نحو 2500 جندي"], "value": [2500]})
    markup = table_html(frame)
    assert f'href="articles/{article_page_name("a")}#f1"' in markup
    assert ">نحو 2500 جندي</a>" in markup and ">2500</a>" not in markup


def test_show_figure_displays_a_png_of_a_figure_made_without_pyplot(monkeypatch):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 1))
    FigureCanvasAgg(fig)
    fig.add_subplot().plot([1, 2, 3])
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, **kw: shown.append(obj))
    display.show_figure(fig)
    assert shown[0].data[:8] == b"\x89PNG\r\n\x1a\n"
    assert display.figure_png(fig) == display.figure_png(fig)
