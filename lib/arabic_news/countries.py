"""Every country in Arabic: names, cities and nisba adjectives, for the gazetteer and the force words.

The names come from a maintained source, CLDR (the Unicode Common Locale Data Repository) read
through `babel`: each territory's Arabic and English name, and the city CLDR's time zones name
for it (``Africa/Khartoum`` → الخرطوم). What CLDR lacks is our table `rules.countries`: nisba
adjectives (derived from the name by its rules, or given as stems), spelling variants, the
places the news names that CLDR does not, and the forms that are also common words (مالي
"financial"), which are never matched bare.

The table is built once, on first use (`countries`, `world_entities`), never at import: importing
`arabic_news` stays fast. Every form is normalized as `arabic_news.normalize.normalize` writes it.

The gazetteer's own country entities (`rules.gazetteer.ENTITIES`) keep their keys, names and forms:
CLDR only adds the forms they lack. A country CLDR adds gets the key of its English name in
snake_case («كولومبيا» → ``colombia``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from arabic_news.normalize import normalize
from arabic_news.rules import clitics
from arabic_news.rules import countries as rules
from arabic_news.rules.gazetteer import ENTITIES, PLACE_COUNTRY, Entity

__all__ = ["Country", "countries", "country_by_code", "code_of_key", "code_of_name", "world_entities",
           "world_place_country", "nisba_forms"]

_ISO_RE = re.compile(r"[A-Z]{2}")
_PARENTHESES_RE = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Country:
    """One country or territory.

    Attributes:
        code: ISO 3166-1 alpha-2 code (``CO``), the `force_id` of its armed forces.
        key: the gazetteer key (``colombia``; ``iraq`` for the gazetteer's own entities).
        name_ar: the Arabic name as CLDR writes it (or the gazetteer's), for display.
        name_en: the English name (`rules.countries.ENGLISH_NAMES` where CLDR's differs).
        names: normalized forms of its name (never an ambiguous form).
        nisba: normalized nisba adjectives (كولومبي، كولومبيه، كولومبيين، كولومبيون).
    """

    code: str
    key: str
    name_ar: str
    name_en: str
    names: tuple[str, ...]
    nisba: tuple[str, ...]


def _slug(name_en: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name_en).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def _english(code: str, cldr: str) -> str:
    return rules.ENGLISH_NAMES.get(code) or cldr.replace(" & ", " and ")


def _name_forms(name: str) -> list[str]:
    """A CLDR name's usable form: without what it adds in parentheses («ميانمار (بورما)»), the
    « - » of «الكونغو - كينشاسا» read as a space; none when it is ambiguous."""
    plain = normalize(_PARENTHESES_RE.sub("", name).replace(" - ", " ")).strip()
    return [plain] if plain and plain not in rules.AMBIGUOUS_FORMS else []


def nisba_forms(code: str, name: str) -> tuple[str, ...]:
    """The nisba adjectives of a country (`rules.countries`: stems given or read off the name).

    Args:
        code: ISO code.
        name: its normalized Arabic name.
    Returns:
        Normalized forms, stem + each of `rules.countries.NISBA_FORM_ENDINGS`; () when it takes none.
    Example:
        >>> nisba_forms("CO", "كولومبيا")
        ('كولومبي', 'كولومبيه', 'كولومبيين', 'كولومبيون', 'كولومبيا')
        >>> nisba_forms("SD", "السودان")[:2], nisba_forms("ML", "مالي")
        (('سوداني', 'سودانيه'), ())
    """
    if code in rules.NISBA_STEMS:
        stems = rules.NISBA_STEMS[code]
    else:
        bare = name[len(clitics.ARTICLE):] if name.startswith(clitics.ARTICLE) else name
        if " " in bare or bare.endswith(rules.NISBA_FORM_ENDINGS[0]) or bare in rules.NO_NISBA:
            return ()
        stem = bare
        for ending, replacement in rules.NISBA_DERIVATION:
            if bare.endswith(ending) and len(bare) > len(ending) + 1:
                stem = bare[: len(bare) - len(ending)] + replacement
                break
        stems = (stem,)
    return tuple(stem + ending for stem in stems for ending in rules.NISBA_FORM_ENDINGS)


@lru_cache(maxsize=1)
def _cldr() -> tuple[dict[str, str], dict[str, str], dict[str, list[tuple[str, str]]]]:
    """CLDR's Arabic and English territory names, and its time-zone cities by territory."""
    from babel import Locale
    from babel.core import get_global

    ar, en = Locale("ar"), Locale("en")
    names_ar = {c: n for c, n in ar.territories.items() if _ISO_RE.fullmatch(c) and c not in rules.NOT_COUNTRIES}
    names_en = {c: en.territories.get(c, c) for c in names_ar}
    zone_territory = get_global("zone_territories")
    cities: dict[str, list[tuple[str, str]]] = {}
    for zone, info in ar.time_zones.items():
        city, territory = info.get("city"), zone_territory.get(zone)
        if city and territory in names_ar:
            city_en = (en.time_zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            cities.setdefault(territory, []).append((city, city_en))
    return names_ar, names_en, cities


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country and territory CLDR names (and the gazetteer's), sorted by code.

    Example:
        >>> c = country_by_code("SS")
        >>> c.key, c.name_en, c.names[0], c.nisba[0]
        ('south_sudan', 'South Sudan', 'جنوب السودان', 'جنوب سوداني')
    """
    names_ar, names_en, _ = _cldr()
    own = {code: key for key, code in rules.ENTITY_CODES.items()}
    by_key = {e.key: e for e in ENTITIES}
    taken = {e.key for e in ENTITIES}
    out = []
    for code in sorted(names_ar):
        forms = _name_forms(names_ar[code]) + list(rules.EXTRA_FORMS.get(code, ()))
        if code in own:
            entity = by_key[own[code]]
            key, name_ar, name_en = entity.key, entity.name_ar, entity.name_en
            forms = [entity.forms[0]] + forms
        else:
            key, name_ar, name_en = _slug(_english(code, names_en[code])), names_ar[code], _english(code, names_en[code])
            if key in taken:
                key += "_country"
        nisba = nisba_forms(code, normalize(_PARENTHESES_RE.sub("", names_ar[code])).strip())
        if code == "ML":
            nisba = rules.MALI_FORMS
        names = tuple(dict.fromkeys(forms))
        nisba = tuple(f for f in nisba if f not in names)   # «روسيا»: the name, not an adjective
        out.append(Country(code, key, name_ar, name_en, names, nisba))
    return tuple(out)


@lru_cache(maxsize=None)
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in countries()}


def country_by_code(code: str) -> Country | None:
    """The country of an ISO code, or None."""
    return _by_code().get(code)


@lru_cache(maxsize=None)
def _codes() -> tuple[dict[str, str], dict[str, str]]:
    by_key = {c.key: c.code for c in countries()}
    by_name = {c.name_en: c.code for c in countries()}
    return by_key, by_name


def code_of_key(key: str) -> str | None:
    """The ISO code of a gazetteer country key (``iraq`` → ``IQ``), or None.

    Example:
        >>> code_of_key("iraq"), code_of_key("colombia"), code_of_key("baghdad")
        ('IQ', 'CO', None)
    """
    return _codes()[0].get(key)


def code_of_name(name_en: str) -> str | None:
    """The ISO code of a country's English name (``"Turkey"`` → ``TR``), or None."""
    return _codes()[1].get(name_en)


@lru_cache(maxsize=1)
def _world() -> tuple[tuple[Entity, ...], dict[str, str]]:
    names_ar, names_en, cities = _cldr()
    entities = {e.key: e for e in ENTITIES}
    place_country = dict(PLACE_COUNTRY)
    used = {f for e in ENTITIES for f in e.forms}
    for c in countries():
        if c.key in entities:   # the gazetteer's own: add CLDR's name forms it lacks
            e = entities[c.key]
            extra = tuple(f for f in c.names if f not in used)
            entities[c.key] = e._replace(forms=e.forms + extra)
        else:
            forms = tuple(f for f in c.names + c.nisba if f not in used)
            if not forms:
                continue
            entities[c.key] = Entity(c.key, c.name_ar, c.name_en, "place", forms,
                                     note=f"country {c.code} (CLDR; nisba from rules.countries)")
            place_country[c.key] = c.key
        used.update(entities[c.key].forms)
    key_of_code = {c.code: c.key for c in countries()}
    for name_en, code, forms in rules.PLACES:
        key = "place_" + _slug(name_en)
        new = tuple(f for f in forms if f not in used)
        if new and key not in entities:
            entities[key] = Entity(key, forms[0], name_en, "place", new, note=f"in {code} (rules.countries.PLACES)")
            place_country[key] = key_of_code[code]
            used.update(new)
    for code, found in sorted(cities.items()):
        if len(found) > rules.MAX_ZONE_CITIES:
            continue
        for city, city_en in found:
            forms = tuple(f for f in _name_forms(city) if f not in used)
            key = "city_" + _slug(city_en)
            if forms and key not in entities:
                entities[key] = Entity(key, city, city_en, "place", forms, note=f"in {code} (CLDR time zone city)")
                place_country[key] = key_of_code[code]
                used.update(forms)
    return tuple(entities.values()), place_country


def world_entities() -> tuple[Entity, ...]:
    """The gazetteer's entities with every country, its nisba adjectives and cities added.

    Example:
        >>> by_key = {e.key: e for e in world_entities()}
        >>> by_key["colombia"].name_en, "كولومبي" in by_key["colombia"].forms, by_key["iraq"].name_en
        ('Colombia', True, 'Iraq')
    """
    return _world()[0]


def world_place_country() -> dict[str, str]:
    """`rules.gazetteer.PLACE_COUNTRY` with every country CLDR adds and its cities.

    Example:
        >>> world_place_country()["city_nairobi"], world_place_country()["colombia"]
        ('kenya', 'colombia')
    """
    return _world()[1]
