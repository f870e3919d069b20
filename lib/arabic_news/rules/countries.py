"""Every country in Arabic: what the maintained source (CLDR, read through babel) lacks or gets
wrong for news text. `arabic_news.countries` builds the world table from CLDR's Arabic and
English territory names and these rows.

- CLDR gives each territory one Arabic name (``كولومبيا``), one English name and, in its time
  zones, a city for most countries (``Africa/Khartoum`` → الخرطوم). It has no nisba adjectives
  (كولومبي، كولومبيه، كولومبيين، كولومبيون), no spelling variants and no sense of which names are
  also common words. Those are ours, below.
- Nisba adjectives are derived from the name by `NISBA_DERIVATION` (the name without ال and
  without a final ا / يا / ه / و, plus the endings `NISBA_FORM_ENDINGS`), unless `NISBA_STEMS`
  gives the stems; `NO_NISBA` lists names whose nisba is the name itself or unusable.
- A form that is also a common word (مالي "financial", بنين "sons", عمان Oman and Amman) is in
  `AMBIGUOUS_FORMS` and never matched bare; `EXTRA_FORMS` gives its unambiguous contexts.

Forms are written as `normalize()` outputs them (`tests/test_rules_gazetteer.py` checks).
To add a country's variant: add it to EXTRA_FORMS (and a sentence to tests/test_countries.py).
"""

from __future__ import annotations

#: CLDR territory codes that are no country or territory a force can be in.
NOT_COUNTRIES: tuple[str, ...] = ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "UM")

#: The gazetteer's own country entities (`rules.gazetteer.ENTITIES`) by ISO code: their keys,
#: names and forms are kept as they are; CLDR adds only what they lack.
ENTITY_CODES: dict[str, str] = {
    "iraq": "IQ", "us": "US", "iran": "IR", "syria": "SY", "afghanistan": "AF", "kuwait": "KW",
    "uae": "AE", "saudi_arabia": "SA", "turkey": "TR", "russia": "RU", "israel": "IL", "jordan": "JO",
    "lebanon": "LB", "qatar": "QA", "yemen": "YE", "egypt": "EG", "palestine": "PS", "france": "FR",
    "uk": "GB", "germany": "DE", "australia": "AU", "china": "CN", "tunisia": "TN", "south_korea": "KR",
    "north_korea": "KP", "bahrain": "BH", "japan": "JP", "libya": "LY", "mali": "ML", "djibouti": "DJ",
    "italy": "IT", "norway": "NO", "denmark": "DK",
}

#: English names where CLDR's differ from the ones our tables and the gold use.
ENGLISH_NAMES: dict[str, str] = {
    "TR": "Turkey", "PS": "Palestine", "CD": "DR Congo", "CG": "Republic of the Congo", "MM": "Myanmar",
    "CI": "Ivory Coast", "CZ": "Czech Republic", "HK": "Hong Kong", "MO": "Macau", "CV": "Cape Verde",
    "BA": "Bosnia and Herzegovina", "AG": "Antigua and Barbuda", "KN": "Saint Kitts and Nevis",
    "TT": "Trinidad and Tobago", "ST": "Sao Tome and Principe", "VC": "Saint Vincent and the Grenadines",
    "LC": "Saint Lucia", "TC": "Turks and Caicos Islands", "PM": "Saint Pierre and Miquelon",
    "WF": "Wallis and Futuna", "SJ": "Svalbard and Jan Mayen", "EA": "Ceuta and Melilla",
    "GS": "South Georgia and the South Sandwich Islands", "HM": "Heard and McDonald Islands",
    "SH": "Saint Helena", "BL": "Saint Barthelemy", "MF": "Saint Martin", "VI": "US Virgin Islands",
}

#: Arabic forms of a country's name CLDR does not give: spelling variants, older names, and the
#: unambiguous contexts of an ambiguous name (with the locative before it: «في مالي»).
EXTRA_FORMS: dict[str, tuple[str, ...]] = {
    "ML": ("جمهوريه مالي", "دوله مالي", "شمال مالي", "وسط مالي", "جنوب مالي", "شرق مالي", "غرب مالي",
           "في مالي", "الي مالي", "داخل مالي"),
    "OM": ("سلطنه عمان",),
    "BJ": ("جمهوريه بنين",),
    "CD": ("الكونغو الديمقراطيه", "جمهوريه الكونغو الديمقراطيه"),
    "CG": ("الكونغو برازافيل",),
    "MM": ("ميانمار", "بورما", "ماينمار"),
    "CI": ("كوت ديفوار",),
    "CF": ("افريقيا الوسطي",),
    "DK": ("الدنمارك",),
    "HU": ("المجر",),
    "BY": ("روسيا البيضاء",),
    "CZ": ("جمهوريه التشيك", "تشيكيا"),
    "TL": ("تيمور الشرقيه",),
    "SZ": ("سوازيلاند",),
    "MK": ("مقدونيا",),
    "NZ": ("نيوزيلاندا",),
    "TH": ("تايلندا",),
    "PH": ("الفيليبين",),
    "KR": ("كوريا الجنوبيه",),
    "HK": ("هونغ كونغ",),
    "MO": ("ماكاو",),
}

#: Places CLDR's time zones do not name (capitals where the zone names another city, and the
#: regions and cities the news names for the world's conflicts): (English name, country code, forms).
PLACES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Bamako", "ML", ("باماكو",)),
    ("Kinshasa", "CD", ("كينشاسا",)),
    ("Brazzaville", "CG", ("برازافيل",)),
    ("Bangui", "CF", ("بانغي",)),
    ("Mogadishu", "SO", ("مقديشو", "مقديشيو")),
    ("Juba", "SS", ("جوبا",)),
    ("Khartoum", "SD", ("الخرطوم",)),
    ("Darfur", "SD", ("دارفور", "اقليم دارفور")),
    ("Bogota", "CO", ("بوغوتا", "بوجوتا")),
    ("Helmand", "AF", ("هلمند",)),
    ("Kandahar", "AF", ("قندهار",)),
    ("Nangarhar", "AF", ("ننغرهار", "ننجرهار")),
    ("Sanaa", "YE", ("صنعاء",)),
    ("Hodeidah", "YE", ("الحديده",)),
    ("Aden", "YE", ("عدن",)),
    ("Taiz", "YE", ("تعز",)),
    ("Saada", "YE", ("صعده",)),
    ("Seoul", "KR", ("سيول",)),
    ("Pyongyang", "KP", ("بيونغ يانغ", "بيونغيانغ")),
    ("Hanoi", "VN", ("هانوي",)),
    ("Da Nang", "VN", ("دانانغ", "دا نانغ")),
    ("Niamey", "NE", ("نيامي",)),
    ("Ouagadougou", "BF", ("واغادوغو",)),
    ("N'Djamena", "TD", ("نجامينا", "انجامينا")),
    ("Nouakchott", "MR", ("نواكشوط",)),
    ("Abuja", "NG", ("ابوجا",)),
    ("Kyiv", "UA", ("كييف",)),
    ("Benghazi", "LY", ("بنغازي",)),
    ("Homs", "SY", ("حمص",)),
    ("Hama", "SY", ("حماه",)),
    ("Daraa", "SY", ("درعا",)),
    ("Latakia", "SY", ("اللاذقيه",)),
    ("Eastern Ghouta", "SY", ("الغوطه", "الغوطه الشرقيه")),
    ("Quneitra", "SY", ("القنيطره",)),
    ("Afrin", "SY", ("عفرين",)),
    ("Al-Bukamal", "SY", ("البوكمال",)),
    ("Hasakah", "SY", ("الحسكه",)),
    ("Qamishli", "SY", ("القامشلي",)),
    ("Sidon", "LB", ("صيدا",)),
    ("Beqaa", "LB", ("البقاع",)),
    ("South Lebanon", "LB", ("الجنوب اللبناني", "جنوب لبنان")),
    ("Istanbul", "TR", ("اسطنبول",)),
    ("Cairo", "EG", ("القاهره",)),
    ("Sinai", "EG", ("سيناء",)),
    ("Alexandria", "EG", ("الاسكندريه",)),
    ("Abu Dhabi", "AE", ("ابوظبي", "ابو ظبي")),
    ("Islamabad", "PK", ("اسلام اباد",)),
    ("New Delhi", "IN", ("نيودلهي",)),
    ("London", "GB", ("لندن",)),
    ("Paris", "FR", ("باريس",)),
    ("Berlin", "DE", ("برلين",)),
    ("Beijing", "CN", ("بكين",)),
    ("Tokyo", "JP", ("طوكيو",)),
)

#: Forms never matched bare, each with what else it means; the country is found by EXTRA_FORMS.
AMBIGUOUS_FORMS: dict[str, str] = {
    "مالي": "Mali, and the adjective 'financial'",
    "عمان": "Oman, and Amman (Jordan's capital)",
    "بنين": "Benin, and 'sons'",
    "الجبل الاسود": "Montenegro, and any black mountain",
    "القدس": "CLDR's time zone puts it in Israel: a contested city, we name no country for it",
    "طرابلس": "Tripoli in Libya and in Lebanon",
    "ماهي": "Mahé (Seychelles), and 'what is it'",
    "سول": "Seoul as CLDR spells it, and a common syllable; the news writes سيول",
}

#: How a regular nisba stem is read off a name without ال: the first ending that fits is cut
#: («سوريا» → سور, «فرنسا» → فرنس, «سنغافوره» → سنغافور, «كوسوفو» → كوسوف); a name with no such
#: ending is its own stem («العراق» → عراق).
NISBA_DERIVATION: tuple[tuple[str, str], ...] = (("يا", ""), ("يه", ""), ("ا", ""), ("ه", ""), ("و", ""))

#: The endings of a nisba adjective written on the stem: masculine, feminine, plural (oblique and
#: nominative) and the masculine accusative with tanwin («خبيرا ايرانيا»; «روسيا» is also the name).
NISBA_FORM_ENDINGS: tuple[str, ...] = ("ي", "يه", "يين", "يون", "يا")

#: Countries whose nisba is not read off their name (irregular, or the name has several words).
NISBA_STEMS: dict[str, tuple[str, ...]] = {
    "US": ("امريك", "اميرك", "اميريك"),
    "AL": ("البان",),   # «البانيا»: its ال is no article
    "DE": ("المان",),
    "GB": ("بريطان",),
    "PS": ("فلسطين",),
    "AE": ("امارات",),
    "SA": ("سعود",),
    "AF": ("افغان",),
    "DK": ("دنمارك", "دانمرك", "دانمارك"),
    "HU": ("مجر", "هنغار"),
    "AT": ("نمساو",),
    "SS": ("جنوب سودان",),
    "ZA": ("جنوب افريق",),
    "CD": ("كونغول",),
    "CG": ("كونغول",),
    "CI": ("ايفوار",),
    "PE": ("بيروف",),
    "TG": ("توغول",),
    "BF": ("بوركين",),
    "AM": ("ارمن", "ارمين"),
    "UZ": ("اوزبك", "اوزبكستان"),
    "MK": ("مقدون",),
    "BA": ("بوسن",),
    "NL": ("هولند",),
    "MM": ("ميانمار", "بورم"),
    "KR": (),   # «كوري جنوبي»: two words, in rules.forces and the gazetteer
    "KP": (),
    "ML": (),   # «مالي» is also 'financial': the Malian army is in MALI_FORMS
    "BY": ("بيلاروس",),
    "NZ": ("نيوزيلند",),
}

#: Names that take no nisba in news text (a name ending in ي, جيبوتي، تشيلي، مالي, is its own nisba
#: and takes none either).
NO_NISBA: tuple[str, ...] = ("سيشل", "انتاركتيكا", "توكيلاو", "بالاو", "توفالو", "ناورو", "مايوت", "غوام")

#: Forms of the Malian forces, whose bare nisba «مالي» is 'financial'.
MALI_FORMS: tuple[str, ...] = ("الجيش المالي", "القوات الماليه", "جنود ماليين", "ماليين", "ماليون")

#: CLDR's time zones name a city for a country; only countries with at most this many zone
#: cities take them (a country's single zone is nearly always its capital or largest city; the
#: many zones of the US or Russia name small towns whose names are also common words).
MAX_ZONE_CITIES = 2
