"""Website chrome that the corpus reader sets aside: one row per kind of line.

A row's `pattern` must match a WHOLE line (``re.fullmatch``), never part of
one, so a rule can only set aside a line that is chrome through and through:
it never cuts into a body sentence. The line is matched after

1. ``normalize()`` (alef forms unified, ى→ي, ة→ه, no diacritics, tatweel,
   zero-width or bidi marks; Arabic-Indic digits → ASCII),
2. collapsing every run of white space to one space and stripping both ends,
3. ignoring case (for the English chrome of Arabic sites).

So patterns are written as `normalize()` outputs them (``اقرا ايضا``, not
``اقرأ أيضاً``); `tests/test_boilerplate.py` checks that they are.

`may_open` is False for link captions that a headline may also look like
("شاهد.. <headline>" is a video story's own title when it opens the text).

`takes_next` is the number of following lines that go with the marker when
they look like linked headlines (short, not ending with a full stop): the
title under "Read Next", the list under a bare "اقرأ أيضاً:". A following
line that is a body sentence always stops the run.

To add a row: give it a new id, a pattern that matches only chrome, a note,
and add an example line (and a body sentence it must not touch) to
``tests/test_boilerplate.py``.
"""

from __future__ import annotations

from typing import NamedTuple


class BoilerplateRule(NamedTuple):
    id: str              # the label a set-aside span carries (`Span.label`)
    pattern: str         # regex over a whole normalized line (see the module docstring)
    note: str = ""       # what it catches, and what it must leave alone
    takes_next: int = 0  # how many following headline-like lines go with it
    may_open: bool = True  # False: never the text's first line (a headline may start the same way)


# Building blocks (regex text, not rules): the news agencies a credit line names.
_AGENCIES = (
    r"(?:فرانس ?24|ا ?ف ?ب|رويترز|د ?ب ?ا|الاناضول|وكاله الاناضول|وام|واس|وات|قنا|كونا|بنا|سانا|ارنا|"
    r"اسوشيتد برس|يو بي اي|سي ان ان|بي بي سي|afp|reuters|ap|dpa|cnn|bbc|france ?24)"
)
_SOCIAL = (
    r"(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|messenger|email|e-mail|print|"
    r"فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليجرام|لينكد ان|البريد الالكتروني|طباعه)"
)
_NO_ARABIC = r"[^\u0600-\u06FF]"

BOILERPLATE_RULES: tuple[BoilerplateRule, ...] = (
    BoilerplateRule(
        "share_button",
        r"(?:شارك|شاركوا|شاركها|مشاركه|share)(?: (?:الخبر|المقال|الموضوع|القصه|هذا الخبر|هذا المقال|this|this article|this story|the article))?"
        r"(?: (?:علي|عبر|on|via) " + _SOCIAL + r")?\W*",
        note="a share button's caption: شارك الخبر, Share this, شارك على فيسبوك",
    ),
    BoilerplateRule(
        "social_buttons",
        r"(?:" + _SOCIAL + r"[\s|,/·•\-–]*){1,8}",
        note="a row of social-network button names and nothing else",
    ),
    BoilerplateRule(
        "follow_us",
        r"\W*(?:تابعونا|تابعنا|تابعوا|follow us)(?: (?:علي|عبر|في|on))? (?:" + _SOCIAL
        + r"|حساباتنا|صفحتنا|صفحاتنا|قناتنا|موقعنا|our)\W*.{0,40}",
        note="follow-us lines naming a network or 'our page'; 'تابعنا الموقف' (a body verb) is not matched",
    ),
    BoilerplateRule(
        "read_previous_next",
        r"(?:read |go to |view )?(?:previous|next|prev)(?: (?:article|post|story|news))?\W*"
        r"|(?:المقال|الخبر|الموضوع|المنشور) (?:السابق|التالي)\W*",
        note="'Read Previous' / 'Read Next' and the linked headline under it",
        takes_next=1,
    ),
    BoilerplateRule(
        "read_also_list",
        r"\W*(?:اقرا|اقرئي|اقرءوا) (?:ايضا|المزيد|كذلك)\s*[:.\-–]*\s*|(?:read|see) (?:also|more)\s*:?\s*|(?:related|related articles|مواضيع ذات صله|اخبار ذات صله|مقالات ذات صله)\s*:?",
        note="a bare 'Read also:' marker and the linked headlines listed under it",
        takes_next=3,
    ),
    BoilerplateRule(
        "read_also_link",
        r"\W*(?:(?:اقرا|اقرئي) (?:ايضا|المزيد)|للمزيد|شاهد ايضا|شاهد)\s*(?:\.\.+|…|:|-|–)\s*.{3,160}",
        note="'اقرأ أيضاً: <headline>', 'للمزيد: <headline>', 'شاهد.. <headline>' on one line; "
             "'شاهد' as a body verb has no colon or dots after it; a headline may itself start "
             "with 'شاهد..' (a video story), so never the first line",
        may_open=False,
    ),
    BoilerplateRule(
        "click_here",
        r".{0,80}(?:اضغط|انقر|click) (?:هنا|علي الرابط|علي العنوان التالي|here)\W*.{0,40}",
        note="'… اضغط هنا' / 'click here' link captions",
    ),
    BoilerplateRule(
        "comment_form",
        r"leave a (?:reply|comment)\W*|(?:post|submit) comment|cancel reply"
        r"|your email address will not be published\.?.{0,60}|required fields are marked \*?"
        r"|save my name, email, and website in this browser for the next time i comment\.?"
        r"|(?:name|email|website|comment) ?\*"
        r"|(?:اترك|اكتب|اضف) (?:تعليقا|تعليق|ردا|رد|تعليقك)\W*|(?:ارسال|نشر) التعليق"
        r"|لن يتم نشر عنوان بريدك الالكتروني\W*.{0,80}|الحقول (?:الالزاميه|المطلوبه) مشار اليها\W*.{0,10}"
        r"|(?:الاسم|البريد الالكتروني|الموقع الالكتروني|التعليق) ?\*",
        note="the comment form under an article (English and Arabic WordPress captions)",
    ),
    BoilerplateRule(
        "cookie_notice",
        _NO_ARABIC + r"*\bcookies?\b" + _NO_ARABIC + r"*"
        r"|.{0,120}(?:يستخدم|نستخدم|يستعمل|نستعمل) (?:هذا الموقع |موقعنا )?(?:ملفات تعريف الارتباط|الكوكيز|ملفات الكوكيز|ملفات كوكيز).{0,200}"
        r"|.{0,40}(?:باستمرارك|بمواصلتك|باستخدامك|بمتابعتك) (?:في )?(?:استخدام|تصفح)? ?(?:هذا الموقع|موقعنا|الموقع).{0,200}",
        note="cookie banners: an English line about cookies, or an Arabic line saying the site uses them; "
             "a news sentence about cookie rules names no 'this site'",
    ),
    BoilerplateRule(
        "privacy_notice",
        _NO_ARABIC + r"*\bprivacy (?:policy|notice|settings)\b" + _NO_ARABIC + r"*"
        r"|(?:اقرا |راجع |اطلع علي )?سياسه الخصوصيه(?: (?:و|\||-)? ?(?:شروط|اتفاقيه) الاستخدام)?\W*",
        note="privacy-policy links; an Arabic body sentence about a privacy policy is longer than the link",
    ),
    BoilerplateRule(
        "disclaimer",
        r"\W*(?:تنويه|اخلاء مسؤوليه|disclaimer)\s*:.{0,200}"
        r"|\W*(?:جميع |كل )?(?:المقالات|الاراء|المواد) (?:المنشوره )?(?:تمثل|تعبر عن) (?:راي|اراء) (?:كتابها|اصحابها|كاتبها|كتابها فقط).{0,80}",
        note="'تنويه: …' lines and the opinion disclaimer (جميع المقالات المنشورة تمثل رأي كتابها فقط)",
    ),
    BoilerplateRule(
        "copyright",
        r"\W*(?:©|\(c\)|copyright|all rights reserved).{0,150}"
        r"|\W*(?:جميع )?(?:حقوق (?:النشر|الطبع|الطبع والنشر|النشر والطبع) |الحقوق )محفوظه.{0,150}",
        note="copyright footers",
    ),
    BoilerplateRule(
        "photo_note",
        r"\W*(?:ملاحظه\s*:\s*)?(?:الصوره|الصور|صوره) (?:توضيحيه|من الارشيف|ارشيفيه|تعبيريه)\W*",
        note="'الصورة توضيحية' / 'صورة أرشيفية' under a picture",
    ),
    BoilerplateRule(
        "agency_credit",
        r"\W*(?:(?:المصدر|المصادر|source)\s*:?\s*)?" + _AGENCIES
        + r"(?:\s*(?:/|,|،|-|–|\+|و|and|&)\s*" + _AGENCIES + r")*\W*",
        note="a line that is only a news-agency credit (فرانس24/ أ ف ب, -رويترز-): its digits are no quantity",
    ),
    BoilerplateRule(
        "close_button",
        r"close|اغلاق|×|✕|x",
        note="a lone 'Close' caption of a pop-up",
    ),
    BoilerplateRule(
        "lone_punctuation",
        r"[\W_]*",
        note="lines with no letter or digit: separators (-----, ____, ***), a stray comma",
    ),
)
