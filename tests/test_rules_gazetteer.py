"""The gazetteer and the vocabularies are well-formed tables."""

from __future__ import annotations

import re

from arabic_news.normalize import normalize
from arabic_news.rules.gazetteer import DEMONYMS, ENTITIES, PLACE_COUNTRY, Entity
from arabic_news.rules.vocabularies import ENTITY_TYPES, VOCABULARIES


def test_every_form_is_normalized():
    for entity in ENTITIES:
        for form in entity.forms:
            assert form == normalize(form), (entity.key, form)
            assert form == form.strip() and "  " not in form, (entity.key, form)


def test_no_form_names_two_entities():
    owner: dict[str, str] = {}
    for entity in ENTITIES:
        assert len(set(entity.forms)) == len(entity.forms), entity.key
        for form in entity.forms:
            assert owner.setdefault(form, entity.key) == entity.key, (form, owner[form], entity.key)


def test_keys_are_unique_stable_ids():
    keys = [e.key for e in ENTITIES]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", key), key


def test_types_are_known_and_names_present():
    for entity in ENTITIES:
        assert isinstance(entity, Entity)
        assert entity.type in ENTITY_TYPES, entity
        assert entity.name_ar and entity.name_en and entity.forms, entity
        assert normalize(entity.name_ar) != "", entity


def test_every_place_has_a_country_and_every_country_key_is_a_place():
    places = {e.key for e in ENTITIES if e.type == "place"}
    assert places == set(PLACE_COUNTRY)
    for place, country in PLACE_COUNTRY.items():
        assert country == "" or PLACE_COUNTRY.get(country) == country, (place, country)
    assert set(DEMONYMS) <= places


def test_the_coverage_the_project_needs_is_there():
    keys = {e.key for e in ENTITIES}
    for key in ("iraq", "us", "iran", "syria", "afghanistan", "kuwait", "uae", "baghdad", "erbil", "anbar",
                "ain_al_asad", "harir", "victoria", "kabul", "gaza", "washington", "tehran", "kurdistan",
                "joe_biden", "donald_trump", "barack_obama", "mustafa_al_kadhimi", "mohammed_shia_al_sudani",
                "lloyd_austin", "john_kirby", "qasem_soleimani", "mitch_mcconnell", "joni_ernst", "jen_psaki",
                "fuad_hussein", "qasim_al_araji", "mara_karlin", "ian_mccary", "pentagon", "white_house",
                "state_department", "nato", "coalition", "isis", "pmf", "kataib_hezbollah", "iraqi_parliament",
                "congress", "senate", "reuters", "afp", "ap", "politico", "wall_street_journal",
                "washington_post", "new_york_times", "cnn", "bbc", "al_arabiya", "sky_news_arabia",
                "france_24", "al_araby_al_jadeed", "defense_one", "ina", "tap"):
        assert key in keys, key


def test_vocabularies_are_unique_lowercase_snake_case():
    for name, values in VOCABULARIES.items():
        assert isinstance(values, tuple) and values, name
        assert len(set(values)) == len(values), name
        for value in values:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", value), (name, value)
    for name in ("force", "event_type", "target", "weapon"):
        assert VOCABULARIES[name][-1] == "other", name
    assert VOCABULARIES["force"] == ("us", "coalition", "foreign", "iraqi", "militia", "other")
    assert VOCABULARIES["kind"] == ("current", "planned", "past")
    assert VOCABULARIES["status"] == ("happened", "planned", "expected")
    assert VOCABULARIES["entity_type"] == ("person", "organization", "outlet", "place")


def test_regions_and_countries_added_for_held_out_articles_resolve():
    from arabic_news.mentions import place_country

    assert place_country("norway") == "norway"
    assert place_country("sahel") is None and place_country("eastern_europe") is None


def test_nationality_adjectives_are_told_from_place_names():
    from arabic_news.mentions import find_entities, is_adjective_form

    text = "وأكدت الوزارة الصينية أن قواتها ستصل إلى الصين ثم إلى جيبوتي، بحسب مسؤولين عراقيين."
    got = [(m.key, is_adjective_form(m.key, text[m.start:m.end])) for m in find_entities(text)]
    assert got == [("china", True), ("china", False), ("djibouti", False), ("iraq", True)]


def test_the_sahel_force_names_the_sahel():
    from arabic_news.mentions import find_entities

    assert [m.entity_en for m in find_entities("ويبلغ عديد قوة مجموعة الساحل خمسة آلاف عسكري")] == ["Sahel"]
