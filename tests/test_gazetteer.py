"""The gazetteer and demonym data files are valid on their own terms."""

from __future__ import annotations

import json
import re

from kg.extract.lexicon import DATA_DIR
from kg.vocab import ENTITY_CLASSES

GAZETTEER = json.loads((DATA_DIR / "gazetteer.json").read_text(encoding="utf-8"))
DEMONYMS = json.loads((DATA_DIR / "demonyms.json").read_text(encoding="utf-8"))


def test_gazetteer_entries_have_known_classes_and_wikidata_ids():
    for entry in GAZETTEER["entries"]:
        assert entry["type"] in ENTITY_CLASSES, entry
        assert entry["label"].strip() == entry["label"] and entry["label"], entry
        assert entry["wikidata"] is None or re.fullmatch(r"Q[1-9]\d*", entry["wikidata"]), entry


def test_gazetteer_names_are_unique_across_entries():
    seen: dict[str, str] = {}
    for entry in GAZETTEER["entries"]:
        for name in (entry["label"], *entry["aliases"]):
            key = name.casefold()
            assert key not in seen or seen[key] == entry["label"], (name, seen.get(key), entry["label"])
            seen[key] = entry["label"]


def test_gazetteer_wikidata_ids_are_unique():
    ids = [e["wikidata"] for e in GAZETTEER["entries"] if e["wikidata"]]
    assert len(ids) == len(set(ids))


def test_demonyms_point_at_gazetteer_places_and_do_not_clash():
    places = {e["label"] for e in GAZETTEER["entries"] if e["type"] == "Place"}
    names = {n.casefold() for e in GAZETTEER["entries"] for n in (e["label"], *e["aliases"])}
    for word, place in DEMONYMS["demonyms"].items():
        assert place in places, (word, place)
        assert word.casefold() not in names, word


def test_a_listed_kind_is_one_the_extractor_reads():
    entities = json.loads((DATA_DIR / "entities.json").read_text(encoding="utf-8"))
    readable = {"Product": set(entities["service_product_nouns"]), "Organization": set(entities["contract_manufacturer_nouns"])}
    kinds = [e for e in GAZETTEER["entries"] if "kind" in e]
    assert {e["type"] for e in kinds} == set(readable)
    for entry in kinds:
        assert entry["kind"] in readable[entry["type"]], entry


def test_what_a_place_lies_in_and_where_a_company_is_based_end_in_a_listed_place():
    places = {n for e in GAZETTEER["entries"] if e["type"] == "Place" for n in (e["label"], *e["aliases"])}
    for entry in GAZETTEER["entries"]:
        if "within" in entry:
            assert entry["type"] == "Place" and entry["within"], entry
            assert entry["label"] not in entry["within"] and entry["within"][-1] in places, entry
        if entry.get("headquarters"):
            assert entry["type"] == "Organization" and entry["headquarters"][-1] in places, entry


def test_a_product_s_maker_is_an_organization_the_gazetteer_lists():
    organizations = {e["label"] for e in GAZETTEER["entries"] if e["type"] == "Organization"}
    made = [e for e in GAZETTEER["entries"] if "maker" in e]
    assert made and {e["type"] for e in made} == {"Product"}
    for entry in made:
        assert entry["maker"] in organizations, entry
