"""Resolution: names merge into entities, with a reason for every merge."""

from __future__ import annotations

import json

import pytest

from kg.extract.lexicon import DATA_DIR, load_lexicon
from kg.extract.names import SPELLED_OUT
from kg.model import AliasLink, Article, Extraction, Mention, Provenance, Relation
from kg.resolve import KnownEntity, Resolver, entity_key


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_lexicon())


def _mention(text: str, type_: str = "Organization", start: int = 0) -> Mention:
    return Mention(text, start, start + len(text), type_)


def _relation(head: Mention, predicate: str, tail: Mention, sentence_start: int = 0, confidence: float = 0.8) -> Relation:
    return Relation(head, predicate, tail, Provenance("doc", "A sentence.", sentence_start, 0, 5, "rule", confidence))


def _extraction(mentions, relations=(), aliases=()) -> Extraction:
    article = Article("doc", "text", "test")
    return Extraction(article, tuple(mentions), tuple(relations), tuple(aliases))


def test_resolve_alias_from_text_prefers_the_known_as_name(resolver):
    legal, short = _mention("Quillon Precision Works"), _mention("Quillon", start=40)
    link = AliasLink(short, legal, "text: 'better known as'")
    resolved = resolver.resolve(_extraction([legal, short], aliases=[link]))
    (entity,) = resolved.entities
    assert entity.label == "Quillon"
    assert entity.aliases == ("Quillon Precision Works",)
    assert any("better known as" in reason for reason in entity.merge_reasons)


def test_resolve_corporate_suffix(resolver):
    full, short = _mention("Zentrix Holdings"), _mention("Zentrix", start=30)
    resolved = resolver.resolve(_extraction([full, full, short]))
    assert len(resolved.entities) == 1
    assert "corporate suffix" in " ".join(resolved.entities[0].merge_reasons)


def test_a_name_joins_its_shorter_form_two_suffixes_down_but_not_a_place(resolver):
    mentions = [_mention("Fabrikam Outlet Holding Corp."), _mention("Fabrikam Outlet", start=40),
                _mention("Contoso Holdings Limited", start=80), _mention("Contoso", "Place", 120)]
    entities = resolver.resolve(_extraction(mentions)).entities
    fabrikam = [e for e in entities if e.label.startswith("Fabrikam")]
    assert len(fabrikam) == 1 and "Fabrikam Outlet" in {fabrikam[0].label, *fabrikam[0].aliases}
    assert {e.key for e in entities if e.label.startswith("Contoso")} == {
        "Organization/Contoso Holdings Limited", "Place/Contoso"}


def test_a_dateline_s_capitals_do_not_label_a_place(resolver):
    link = AliasLink(_mention("SPRINGDALE, Ark.", "Place"), _mention("SPRINGDALE", "Place"), "text: 'place, region'")
    mentions = [link.mention, link.alias_of, _mention("Springdale", "Place", 60)]
    (entity,) = [e for e in resolver.resolve(_extraction(mentions, aliases=[link])).entities]
    assert entity.label == "Springdale"


def test_resolve_surname_joins_full_name(resolver):
    full, surname = _mention("Ada Brennan", "Person"), _mention("Brennan", "Person", 50)
    resolved = resolver.resolve(_extraction([full, surname]))
    (entity,) = resolved.entities
    assert (entity.label, entity.type, entity.aliases) == ("Ada Brennan", "Person", ("Brennan",))


@pytest.mark.parametrize(("full", "family"), [("Song Ho-sung", "Song"), ("Jean-Pierre Dumas", "Dumas")])
def test_a_family_name_comes_first_before_a_hyphenated_given_name(resolver, full, family):
    other = "Ho-sung" if family == "Song" else "Jean-Pierre"
    mentions = [_mention(full, "Person"), _mention(family, "Person", 50), _mention(other, "Person", 90)]
    labels = sorted(e.label for e in resolver.resolve(_extraction(mentions)).entities)
    assert labels == sorted([full, other])


def test_a_person_is_labelled_by_the_name_in_full_however_often_the_surname_comes(resolver):
    full = _mention("Ada Brennan", "Person")
    short = [_mention("Brennan", "Person", start=40 * k) for k in range(1, 4)]
    resolved = resolver.resolve(_extraction([full, *short]))
    assert {e.label for e in resolved.entities if e.type == "Person"} == {"Ada Brennan"}


def test_resolve_surname_shared_by_two_people_stays_apart(resolver):
    a, b, c = _mention("Ada Brennan", "Person"), _mention("Tom Brennan", "Person", 20), _mention("Brennan", "Person", 40)
    resolved = resolver.resolve(_extraction([a, b, c]))
    assert len(resolved.entities) == 3


def test_resolve_kind_word_is_not_part_of_the_name(resolver):
    resolved = resolver.resolve(_extraction([_mention("Moonshot initiative", "Initiative")]))
    (entity,) = resolved.entities
    assert entity.label == "Moonshot"
    assert entity.aliases == ("Moonshot initiative",)


def test_resolve_type_vote_prefers_relation_arguments(resolver):
    name = _mention("Velora")
    as_product = _mention("Velora", "Product", 60)
    maker = _mention("Brightwell Ltd", start=80)
    resolved = resolver.resolve(
        _extraction([name, name, maker], relations=[_relation(maker, "launches", as_product)])
    )
    types = {e.label: e.type for e in resolved.entities}
    assert types["Velora"] == "Product"
    assert [f.predicate for f in resolved.facts] == ["launches"]


def test_resolve_known_entities_keep_their_identity(resolver):
    known = {"hollis group": KnownEntity("Hollis", "Organization")}
    resolved = resolver.resolve(_extraction([_mention("Hollis Group")]), known=known)
    (entity,) = resolved.entities
    assert entity.key == entity_key("Organization", "Hollis")


def test_resolve_gazetteer_merges_and_links_wikidata(resolver):
    lexicon = load_lexicon()
    entry = next((e for e in lexicon.gazetteer if e.aliases and e.wikidata and e.type == "Organization"), None)
    if entry is None:
        pytest.skip("gazetteer has no organization with aliases and a Wikidata id")
    resolved = resolver.resolve(_extraction([_mention(entry.aliases[0]), _mention(entry.label, start=50)]))
    (entity,) = resolved.entities
    assert entity.label == entry.label
    assert entity.same_as == (f"http://www.wikidata.org/entity/{entry.wikidata}",)


def test_resolve_drops_facts_outside_domain_and_range(resolver):
    person, org = _mention("Ada Brennan", "Person"), _mention("Zentrix Holdings", start=30)
    resolved = resolver.resolve(
        _extraction([person, org], relations=[_relation(org, "ceoOf", person), _relation(person, "ceoOf", org)])
    )
    assert [(f.head, f.predicate, f.tail) for f in resolved.facts] == [
        (entity_key("Person", "Ada Brennan"), "ceoOf", entity_key("Organization", "Zentrix Holdings"))
    ]


def test_resolve_one_fact_per_sentence_keeps_the_most_confident(resolver):
    a, b = _mention("Zentrix Holdings"), _mention("Brightwell Ltd", start=30)
    resolved = resolver.resolve(
        _extraction([a, b], relations=[_relation(a, "hasAgreementWith", b, confidence=0.6),
                                       _relation(a, "hasAgreementWith", b, confidence=0.9),
                                       _relation(a, "hasAgreementWith", b, sentence_start=100)])
    )
    assert sorted(f.provenance.confidence for f in resolved.facts) == [0.8, 0.9]


def test_a_super_property_of_a_pair_said_more_precisely_in_the_document_is_dropped(resolver):
    person, org = _mention("Ada Brennan", "Person"), _mention("Zentrix Holdings", start=30)
    maker, buyer = _mention("Brightwell Ltd", start=60), _mention("Quillon Works", start=90)
    resolved = resolver.resolve(
        _extraction([person, org, maker, buyer], relations=[
            _relation(person, "worksFor", org), _relation(person, "chairmanOf", org),
            _relation(person, "worksFor", org, sentence_start=100),
            _relation(maker, "suppliesTo", buyer), _relation(maker, "manufacturesFor", buyer, sentence_start=200),
            _relation(buyer, "suppliesTo", org),
        ])
    )
    assert sorted((f.predicate, f.provenance.sentence_start) for f in resolved.facts) == [
        ("chairmanOf", 0), ("manufacturesFor", 200), ("suppliesTo", 0)
    ]


def test_a_doubtful_title_below_the_threshold_hides_no_sure_employment():
    person, org = _mention("Ada Brennan", "Person"), _mention("Zentrix Holdings", start=30)
    extraction = _extraction([person, org], relations=[_relation(person, "worksFor", org, confidence=0.8),
                                                       _relation(person, "ceoOf", org, confidence=0.45)])
    resolved = Resolver(load_lexicon(), min_confidence=0.5).resolve(extraction)
    assert [(f.predicate, f.provenance.confidence) for f in resolved.facts] == [("worksFor", 0.8)]
    assert [f.predicate for f in Resolver(load_lexicon(), min_confidence=0.4).resolve(extraction).facts] == ["ceoOf"]


def test_an_investment_said_with_its_stake_stays_beside_the_stake(resolver):
    a, b = _mention("Zentrix Holdings"), _mention("Brightwell Ltd", start=30)
    resolved = resolver.resolve(
        _extraction([a, b], relations=[_relation(a, "investsIn", b), _relation(a, "ownsStakeIn", b)])
    )
    assert sorted(f.predicate for f in resolved.facts) == ["investsIn", "ownsStakeIn"]


def test_a_known_type_gives_way_to_a_document_that_says_clearly_otherwise(resolver):
    known = {"zentrix": KnownEntity("Zentrix", "Place")}
    zentrix, contoso = _mention("Zentrix"), _mention("Contoso", start=30)
    relations = [_relation(zentrix, "inTalksWith", contoso), _relation(zentrix, "partnersWith", contoso, 40)]
    resolved = resolver.resolve(_extraction([zentrix, contoso], relations), known=known)
    assert entity_key("Organization", "Zentrix") in {e.key for e in resolved.entities}
    assert {f.predicate for f in resolved.facts} == {"inTalksWith", "partnersWith"}


def test_a_known_type_stands_against_a_single_mention_of_another(resolver):
    known = {"zentrix": KnownEntity("Zentrix", "Organization")}
    resolved = resolver.resolve(_extraction([_mention("Zentrix", "Place")]), known=known)
    assert [e.key for e in resolved.entities] == [entity_key("Organization", "Zentrix")]


def test_holland_is_a_town_of_its_own_not_the_netherlands(resolver):
    resolved = resolver.resolve(_extraction([_mention("Holland", "Place")]))
    assert [e.label for e in resolved.entities] == ["Holland"]


def test_a_company_named_without_its_kind_word_is_the_same_company(resolver):
    full, short = _mention("Quillon Therapeutics"), _mention("Quillon", start=40)
    (entity,) = resolver.resolve(_extraction([full, short])).entities
    assert {entity.label, *entity.aliases} == {"Quillon Therapeutics", "Quillon"}
    assert "kind of company" in " ".join(entity.merge_reasons)


@pytest.mark.parametrize(
    "names",
    [
        ("Zentrix Pharma", "Zentrix Robotics", "Zentrix"),  # two companies shorten to one name
        ("Zentrix International", "Zentrix"),  # an affiliate named after its parent
        ("Microsoft Energy", "Microsoft"),  # a unit of a company the gazetteer knows
    ],
)
def test_a_shortened_name_joins_no_company_it_could_not_tell_apart(resolver, names):
    mentions = [_mention(name, start=40 * k) for k, name in enumerate(names)]
    entities = resolver.resolve(_extraction(mentions)).entities
    assert len(entities) == len(names)


def test_a_name_without_its_suffix_joins_no_other_company_the_gazetteer_lists(tmp_path):
    user = tmp_path / "mine.json"
    user.write_text(json.dumps({"entries": [
        {"label": "Zentrix Group", "type": "Organization", "aliases": ["Zentrix", "Zentrix Group Corp."], "wikidata": None},
        {"label": "Zentrix Corp.", "type": "Organization", "aliases": [], "wikidata": None},
    ]}), encoding="utf-8")
    resolver = Resolver(load_lexicon(DATA_DIR, (user,)))
    mentions = [_mention("Zentrix Corp."), _mention("Zentrix Group Corp.", start=30), _mention("Zentrix", start=60)]
    entities = resolver.resolve(_extraction(mentions)).entities
    assert sorted(e.label for e in entities) == ["Zentrix Corp.", "Zentrix Group"]


def test_a_unit_the_text_names_apart_from_its_parent_stays_apart(resolver):
    parent, unit = _mention("Zentrix"), _mention("Zentrix Energy", start=20)
    extraction = Extraction(Article("doc", "text", "test"), (parent, unit), (), (), apart=(("Zentrix Energy", "Zentrix"),))
    assert {e.label for e in resolver.resolve(extraction).entities} == {"Zentrix", "Zentrix Energy"}
    assert len(resolver.resolve(_extraction([parent, unit])).entities) == 1


def _gazetteer_acronym(resolver: Resolver) -> tuple[str, str]:
    """Letters the gazetteer lists as some organization's name, and that organization."""
    return next(
        (name.upper(), entry.label) for name, entry in sorted(resolver.gazetteer.items())
        if name.isalpha() and len(name) == 3 and name.upper() in entry.aliases and entry.type == "Organization"
    )


def test_letters_the_text_spells_out_are_its_company_not_what_the_gazetteer_lists(resolver):
    letters, listed = _gazetteer_acronym(resolver)
    name = " ".join(f"{c}{w}" for c, w in zip(letters, ("orvane", "ellis", "udson"))) + " Ltd."
    full, short = _mention(name), _mention(letters, start=60)
    resolved = resolver.resolve(_extraction([full, short], aliases=[AliasLink(full, short, SPELLED_OUT)]))
    (entity,) = resolved.entities
    assert entity.label == name and listed not in {entity.label, *entity.aliases}
    plain = resolver.resolve(_extraction([full, short], aliases=[AliasLink(full, short, "text: another reason")]))
    assert [e.label for e in plain.entities] == [listed]


def test_letters_spelled_out_in_one_article_keep_their_gazetteer_meaning_in_the_next(resolver):
    letters, listed = _gazetteer_acronym(resolver)
    known = {letters.lower(): KnownEntity("Corvane Ellis Hudson Ltd.", "Organization")}
    (entity,) = resolver.resolve(_extraction([_mention(letters)]), known=known).entities
    assert entity.label == listed
    known = {"hollis": KnownEntity("Hollis Group", "Organization")}
    (entity,) = resolver.resolve(_extraction([_mention("Hollis")]), known=known).entities
    assert entity.label == "Hollis Group"
