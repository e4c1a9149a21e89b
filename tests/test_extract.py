"""Extraction behaviour on sentences written for these tests (never the seed's).

Each test names one grammatical construction the rules must handle, so a failure says
which construction broke. The model is loaded once per module.
"""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from spacy.tokens import Span

from kg.config import Settings
from kg.errors import ExtractionError
from kg.extract import Extractor
from kg.extract.lexicon import DATA_DIR, load_lexicon
from kg.extract.qualifiers import normalize_date
from kg.ingest import make_article
from kg.model import Extraction
from kg.nlp import load_model, parse_here

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extract():
    nlp = load_model()
    extractor = Extractor(nlp)

    def run(text: str, date: str | None = "2025-06-15") -> Extraction:
        article = make_article(text, source="test", date=date)
        return extractor(parse_here(nlp, article), article)

    return run


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    """Each fact as (head, relation, tail); a symmetric relation reads both ways."""
    from kg.vocab import RELATIONS

    found = {(r.head.text, r.predicate, r.tail.text) for r in extraction.relations}
    return found | {(t, p, h) for h, p, t in found if RELATIONS[p].symmetric}


def stated(extraction: Extraction) -> set[tuple[str, str, str]]:
    """The triples and what each implies: "TSMC manufacturesFor Apple" states that it supplies it."""
    from kg.vocab import RELATIONS

    return triples(extraction) | {(h, s, t) for h, p, t in triples(extraction) for s in RELATIONS[p].super_properties}


def only(extraction: Extraction, predicate: str):
    found = [r for r in extraction.relations if r.predicate == predicate]
    assert len(found) == 1, [(r.head.text, r.predicate, r.tail.text) for r in extraction.relations]
    return found[0]


def test_extract_verb_with_coordinated_objects(extract):
    result = extract("Northwind Corp. has partnered with Contoso Ltd and Fabrikam Inc. to build warehouse robots.")
    assert triples(result) >= {
        ("Northwind Corp.", "partnersWith", "Contoso Ltd"),
        ("Northwind Corp.", "partnersWith", "Fabrikam Inc."),
    }


def test_extract_passive_voice_swaps_arguments(extract):
    result = extract("Fabrikam Inc. was acquired by Contoso Ltd in 2023.")
    relation = only(result, "acquires")
    assert (relation.head.text, relation.tail.text) == ("Contoso Ltd", "Fabrikam Inc.")
    assert relation.qualifiers.point_in_time == "2023"


def test_extract_talks_are_not_partnerships(extract):
    result = extract("Northwind Corp. is in advanced talks with Contoso Ltd over a chip supply deal.")
    assert ("Northwind Corp.", "inTalksWith", "Contoso Ltd") in triples(result)
    assert not {p for _, p, _ in triples(result)} & {"partnersWith", "hasAgreementWith"}


def test_extract_potential_partnership_is_no_fact(extract):
    result = extract("A potential partnership between Northwind Corp. and Contoso Ltd could reshape the market.")
    assert all(r.predicate != "partnersWith" for r in result.relations)


def test_extract_title_before_name(extract):
    result = extract("Contoso CEO Maria Lopez said the company would expand.")
    assert ("Maria Lopez", "ceoOf", "Contoso") in triples(result)


def test_extract_title_in_apposition(extract):
    result = extract("John Smith, chief executive of Fabrikam Inc., said sales rose.")
    assert ("John Smith", "ceoOf", "Fabrikam Inc.") in triples(result)


def test_extract_possessive_nominalization_with_end_date(extract):
    relation = only(extract("Contoso Ltd's agreement with Fabrikam Inc. runs until 2028."), "hasAgreementWith")
    assert (relation.head.text, relation.tail.text) == ("Contoso Ltd", "Fabrikam Inc.")
    assert relation.qualifiers.end_date == "2028"


def test_extract_planned_investment_with_amount(extract):
    relation = only(extract("Northwind Corp. plans to invest $2.5 billion in new factories by 2027."), "investsIn")
    assert relation.head.text == "Northwind Corp."
    assert relation.qualifiers.amount == Decimal("2.5E9")
    assert relation.qualifiers.currency == "USD"
    assert relation.qualifiers.status == "planned"
    assert relation.qualifiers.end_date == "2027"


def test_extract_negation_is_kept(extract):
    relation = only(extract("Contoso Ltd did not acquire Fabrikam Inc."), "acquires")
    assert relation.qualifiers.negated is True


def test_extract_alias_statements(extract):
    result = extract("Contoso Holdings, better known as Contoso, sells software.")
    assert [(a.mention.text, a.alias_of.text) for a in result.aliases] == [("Contoso", "Contoso Holdings")]
    result = extract("Advanced Micro Devices (AMD) unveiled a new accelerator.")
    assert ("AMD", "Advanced Micro Devices") in [(a.mention.text, a.alias_of.text) for a in result.aliases]


def test_extract_launch_with_relative_weekday(extract):
    relation = only(extract("Advanced Micro Devices unveiled its Instinct MI400 accelerator on Monday."), "launches")
    assert relation.head.text == "Advanced Micro Devices"
    assert relation.tail.type == "Product"
    assert relation.qualifiers.point_in_time == "2025-06-09"


def test_extract_located_in_participle(extract):
    assert ("Fabrikam Inc.", "locatedIn", "Berlin") in triples(extract("Fabrikam Inc., based in Berlin, makes sensors."))


def test_extract_subsidiary_and_stake(extract):
    assert ("Fabrikam Inc.", "subsidiaryOf", "Contoso Ltd.") in triples(extract("Fabrikam Inc. is a subsidiary of Contoso Ltd."))
    relation = only(extract("Northwind Corp. acquired a 25% stake in Fabrikam Inc. for $300 million."), "ownsStakeIn")
    assert relation.qualifiers.percentage == Decimal("25")
    assert relation.qualifiers.amount == Decimal("3E8")


def test_extract_lawsuit_and_residence(extract):
    assert ("Contoso Ltd", "sues", "Northwind Corp.") in triples(extract("Contoso Ltd sued Northwind Corp. over patent claims."))
    assert ("Maria Lopez", "livesIn", "Madrid") in triples(extract("Maria Lopez lives in Madrid."))


def test_extract_company_coreference(extract):
    text = "Northwind Corp. reported strong sales. The company has partnered with Fabrikam Inc. on batteries."
    assert ("Northwind Corp.", "partnersWith", "Fabrikam Inc.") in triples(extract(text))


def test_extract_provenance_points_into_text(extract):
    text = "Shares rose on Tuesday. Fabrikam Inc. was acquired by Contoso Ltd in 2023."
    relation = only(extract(text), "acquires")
    p = relation.provenance
    assert text[p.sentence_start:].startswith(p.sentence)
    assert p.sentence == "Fabrikam Inc. was acquired by Contoso Ltd in 2023."
    assert 0 <= p.start < p.end <= len(text)
    assert "acquired" in text[p.start:p.end]
    assert 0.0 < p.confidence <= 1.0
    assert p.rule == "verb-acquire"


def test_extract_relations_respect_the_ontology(extract):
    from kg.vocab import RELATIONS

    text = ("Maria Lopez founded Contoso Ltd in Madrid. Contoso Ltd, based in Madrid, "
            "hired John Smith. The firm sued Fabrikam Inc.")
    for relation in extract(text).relations:
        assert RELATIONS[relation.predicate].accepts(relation.head.type, relation.tail.type)


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        ("November 21, 2025", None, "2025-11-21"),
        ("the end of 2026", None, "2026-12-31"),
        ("March 2024", None, "2024-03"),
        ("early 2025", None, "2025"),
        ("Monday", "2025-06-15", "2025-06-09"),
        ("next year", "2025-06-15", "2026"),
        ("Monday", None, None),
        ("soon", "2025-06-15", None),
    ],
)
def test_extract_normalize_date(text, article_date, expected):
    assert normalize_date(text, article_date=article_date) == expected


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_lexicon_loads_and_names_only_ontology_terms():
    lexicon = load_lexicon()
    assert lexicon.trigger_rules and lexicon.entity_rules
    from kg.vocab import RELATIONS

    for rule in lexicon.trigger_rules:
        assert all(emit.relation in RELATIONS for emit in rule.emits)


@pytest.mark.parametrize(
    ("filename", "change", "message"),
    [
        ("relations.json", lambda d: d["trigger_rules"][0]["emit"][0].update(relation="befriends"), "not in the ontology"),
        ("relations.json", lambda d: d["trigger_rules"][0]["emit"][0].update(head="nobody"), "unknown argument role"),
        ("relations.json", lambda d: d["trigger_rules"][0].update(confidence=1.5), "confidence"),
        ("entities.json", lambda d: d["ner_labels"].update(ORG="Company"), "unknown entity classes"),
        ("qualifiers.json", lambda d: d.pop("currencies"), "malformed"),
        ("relations.json", lambda d: d["entity_rules"][0].update(kind="telepathy"), "unknown entity rule kind"),
        ("relations.json", lambda d: d["entity_rules"][0].update(role_nouns="verbs"), "not a word list"),
        ("entities.json", lambda d: d["industries"].update(chipmaker=["car"]), "names two industries"),
        ("entities.json", lambda d: d.update(industries=["automaker"]), "'industries' must map"),
        ("gazetteer.json", lambda d: d["entries"][0].update(industries=["wizardry"]), "'industries' must list"),
    ],
)
def test_lexicon_rejects_bad_data(tmp_path, filename, change, message):
    data = _copy_data(tmp_path)
    _edit(data / filename, change)
    with pytest.raises(ExtractionError, match=message):
        load_lexicon(data)


def test_lexicon_rejects_unparsable_file(tmp_path):
    data = _copy_data(tmp_path)
    (data / "relations.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ExtractionError, match="relations.json"):
        load_lexicon(data)


def test_extract_relative_pronoun_takes_its_antecedent(extract):
    result = extract("Northwind Corp., which assembles servers for Contoso Ltd, will open a plant.")
    assert ("Northwind Corp.", "manufacturesFor", "Contoso Ltd") in triples(result)


def test_extract_joint_venture_of_coordinated_subjects(extract):
    result = extract("Volkswagen and Rivian announced a joint venture to develop software.")
    assert {("Volkswagen", "partnersWith", "Rivian"), ("Rivian", "partnersWith", "Volkswagen")} & triples(result)


def test_extract_denied_report_negates_the_fact(extract):
    relation = only(extract("Contoso Ltd denied a report that it had agreed to supply chips to Fabrikam Inc."), "suppliesTo")
    assert relation.qualifiers.negated is True


def test_extract_reduced_relative_passive(extract):
    result = extract("Anthropic, the startup backed by Amazon, released a new model.")
    assert ("Amazon", "investsIn", "Anthropic") in triples(result)


def test_extract_proper_noun_the_recognizer_missed(extract):
    result = extract("Amazon agreed to buy iRobot for about $1.7 billion in cash.")
    relation = only(result, "acquires") if len([r for r in result.relations if r.predicate == "acquires"]) == 1 else next(
        r for r in result.relations if r.predicate == "acquires" and r.qualifiers.amount is not None
    )
    assert (relation.head.text, relation.tail.text) == ("Amazon", "iRobot")
    assert relation.qualifiers.amount == Decimal("1.7E9")


def test_extract_owned_participle(extract):
    assert ("Arm Holdings", "subsidiaryOf", "SoftBank") in triples(
        extract("SoftBank-owned Arm Holdings unveiled a new family of chips.")
    )


def test_extract_job_title_words_are_not_employers(extract):
    result = extract("Douglas Wenger, age 56, has been Senior Vice President of the Company since 2001.")
    assert all(r.tail.text.split()[0] not in ("Senior", "Vice") for r in result.relations)


def test_extract_adjective_of_place_locates_the_company(extract):
    result = extract("Northwind Corp. will open a plant in Ohio, the Taiwanese company said.")
    relation = only(result, "locatedIn")
    assert (relation.head.text, relation.tail.text, relation.tail.type) == ("Northwind Corp.", "Taiwanese", "Place")


def test_lexicon_demonyms_join_their_place():
    lexicon = load_lexicon()
    taiwan = next(e for e in lexicon.gazetteer if e.label == "Taiwan")
    assert "Taiwanese" in taiwan.aliases
    assert lexicon.demonyms["Taiwanese"] == "Taiwan"


def test_lexicon_rejects_demonym_of_unknown_place(tmp_path):
    data = _copy_data(tmp_path)
    _edit(data / "demonyms.json", lambda d: d["demonyms"].update(Atlantean="Atlantis"))
    with pytest.raises(ExtractionError, match="Atlantis"):
        load_lexicon(data)


def test_lexicon_user_gazetteer_wins(tmp_path):
    user = tmp_path / "mine.json"
    user.write_text(json.dumps({"entries": [
        {"label": "Zentrix", "type": "Organization", "aliases": ["Zentrix Robotics Group"], "wikidata": None},
        {"label": "Taiwan Island", "type": "Place", "aliases": ["Taiwan"], "wikidata": None},
    ]}), encoding="utf-8")
    lexicon = load_lexicon(DATA_DIR, (user,))
    from kg.resolve import Resolver

    resolver = Resolver(lexicon)
    assert resolver.gazetteer["zentrix robotics group"].label == "Zentrix"
    assert resolver.gazetteer["taiwan"].label == "Taiwan Island"


def test_lexicon_user_gazetteer_errors(tmp_path):
    with pytest.raises(ExtractionError, match="no such gazetteer"):
        load_lexicon(DATA_DIR, (tmp_path / "missing.json",))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"entries": [{"label": "X", "type": "Company"}]}), encoding="utf-8")
    with pytest.raises(ExtractionError, match="unknown entity classes"):
        load_lexicon(DATA_DIR, (bad,))


def test_extract_reported_future_is_planned_not_potential(extract):
    relation = only(extract("Northwind Corp. said it would acquire Fabrikam Holding for $3 billion."), "acquires")
    assert relation.tail.text == "Fabrikam Holding" and relation.tail.type == "Organization"
    assert relation.qualifiers.status == "planned"


def test_extract_proposed_merger_is_no_fact(extract):
    result = extract("Contoso Ltd's proposed merger with Fabrikam Inc. was blocked by a federal judge.")
    assert all(r.predicate != "mergesWith" for r in result.relations)


def test_extract_possessive_parent_company(extract):
    assert ("Google", "subsidiaryOf", "Alphabet") in triples(extract("Alphabet's Google is investing in robotics."))


def test_extract_preposition_deep_in_the_noun_phrase(extract):
    result = extract("Northwind Corp. signed a contract worth up to $2 billion with Contoso Ltd.")
    relation = next(r for r in result.relations if r.predicate == "hasAgreementWith")
    assert (relation.head.text, relation.tail.text) == ("Northwind Corp.", "Contoso Ltd.")
    assert relation.qualifiers.amount == Decimal("2E9")


def test_extract_rivalry_verb(extract):
    assert ("BYD", "competesWith", "Tesla") in triples(extract("BYD overtook Tesla as the largest seller of electric cars."))


def test_extract_place_in_a_title_and_city_state(extract):
    assert ("Ed Murray", "livesIn", "Seattle") in triples(extract("Seattle Mayor Ed Murray resigned."))
    result = extract("Marie Ferraro, 50, of Bethany, Conn., was hurt Thursday.")
    assert {("Marie Ferraro", "livesIn", "Bethany"), ("Bethany", "locatedIn", "Conn.")} <= triples(result)
    assert ("Bethany, Conn.", "Bethany") in [(a.mention.text, a.alias_of.text) for a in result.aliases]


def test_extract_company_makes_a_generic_product(extract):
    result = extract("Zentrix Corp. manufactures flexible electronic film products.")
    assert ("Zentrix Corp.", "develops", "flexible electronic film products") in triples(result)
    result = extract("Zentrix Corp. sold its stake to Contoso Ltd.")
    assert all(r.predicate != "develops" for r in result.relations)


def test_extract_origin_in_apposition_and_possessive_place(extract):
    assert ("Derwinski", "livesIn", "Chicago") in triples(extract("Derwinski, a Republican from Chicago, denied it."))


def test_extract_description_of_the_other_argument_is_not_a_self_loop(extract):
    result = extract("Contoso Ltd, Fabrikam Inc.'s largest investor, holds a 27% stake in the software maker.")
    assert ("Contoso Ltd", "investsIn", "Fabrikam Inc.") in triples(result)
    assert all(r.head.text != r.tail.text for r in result.relations)


def test_extract_role_after_a_copula_and_service(extract):
    result = extract("Joseph Brennan was acting comptroller at Contoso University when he left.")
    assert ("Joseph Brennan", "worksFor", "Contoso University") in triples(result)
    result = extract("Jeremy Rifkin, director of the Zentrix Foundation and a member of the Contoso Network, spoke.")
    assert {("Jeremy Rifkin", "boardMemberOf", "Zentrix Foundation"), ("Jeremy Rifkin", "worksFor", "Contoso Network")} & triples(result)


def test_extract_cancelled_deal_is_negated(extract):
    relation = only(extract("Contoso Ltd's acquisition of Fabrikam Inc. was cancelled by regulators."), "acquires")
    assert relation.qualifiers.negated is True


@pytest.mark.parametrize("sentence", [
    "Fabrikam's bid to buy Contoso Ltd collapsed in May.",
    "Fabrikam's offer to buy Contoso Ltd was rejected.",
])
def test_a_bid_its_verb_undoes_negates_what_it_was_for(extract, sentence):
    assert only(extract(sentence), "acquires").qualifiers.negated is True


def test_the_second_owner_of_a_gapped_passive_holds_its_own_share(extract):
    found = extract("The combined business, Northwind Telecom Ltd, is 51% owned by Contoso Ltd and 49% by Fabrikam Inc.")
    shares = {(r.head.text, r.qualifiers.percentage) for r in found.relations if r.predicate == "ownsStakeIn"}
    assert shares == {("Contoso Ltd", 51), ("Fabrikam Inc.", 49)}


def test_extract_job_title_alone_is_no_entity(extract):
    result = extract("Gary Helton has been the Owner and General Manager of Volunteer Motors in Sevierville.")
    assert all(m.text not in ("Owner", "General Manager") for m in result.mentions)


def test_extract_industry_head_word_makes_an_organization(extract):
    result = extract("Northwind Corp. agreed to acquire Verona Pharma for about $10 billion.")
    assert {(r.tail.text, r.tail.type) for r in result.relations if r.predicate == "acquires"} == {
        ("Verona Pharma", "Organization")
    }


def test_extract_possessor_of_a_chief_executive_is_an_organization(extract):
    assert ("Jakob Stausholm", "ceoOf", "Rio Tinto") in triples(
        extract("Rio Tinto's chief executive Jakob Stausholm will step down later this year.")
    )


def test_extract_listed_place_inside_a_longer_name_stays_part_of_it(extract):
    result = extract("Barrett is a member of the Illinois Commerce Commission, the agency said.")
    assert ("Barrett", "worksFor", "Illinois Commerce Commission") in triples(result)
    assert "Illinois" not in {m.text for m in result.mentions}


def test_extract_currency_names_are_no_entities(extract):
    result = extract("The cabinet set aside billions of New Taiwan dollars for power grids in Taiwan.")
    assert all("dollars" not in m.text for m in result.mentions)


def test_extract_company_described_with_a_place_modifier(extract):
    result = extract("Contoso Holdings, a Hong Kong construction firm, holds a 27 percent share.")
    assert ("Contoso Holdings", "locatedIn", "Hong Kong") in triples(result)
    result = extract("Fabrikam, 53, is a former chief and charge in Addis Ababa, Ethiopia.")
    assert ("Fabrikam", "locatedIn", "Addis Ababa") not in triples(result)


def test_extract_place_named_before_a_role_and_a_person(extract):
    assert ("Neil Estes", "livesIn", "Atlanta") in triples(extract('"We played for hours," said Atlanta businessman Neil Estes.'))


def test_extract_place_right_before_in_is_what_in_locates(extract):
    result = extract("The plane crashed during a flight to Khartoum from Kassala in eastern Sudan.")
    assert ("Kassala", "locatedIn", "Sudan") in triples(result)
    assert ("Khartoum", "locatedIn", "Sudan") not in triples(result)


def test_extract_agreeing_to_do_something_else_is_no_acquisition(extract):
    result = extract("Northwind Corp. and its subsidiary agreed to indemnify Fabrikam Inc. against the claims.")
    assert all(r.predicate != "acquires" for r in result.relations)
    result = extract("Northwind Corp. agreed to buy Fabrikam Inc. for $2 billion.")
    assert ("Northwind Corp.", "acquires", "Fabrikam Inc.") in triples(result)


def test_extract_teaching_at_a_university_and_an_unknown_name_as_person(extract):
    result = extract("Harrington taught at Harvard University and the National War College.")
    assert {("Harrington", "worksFor", "Harvard University"), ("Harrington", "worksFor", "National War College")} <= triples(result)
    assert {r.head.type for r in result.relations} == {"Person"}


def test_extract_dateline_in_capitals(extract):
    assert ("BANGKOK", "locatedIn", "Thailand") in triples(extract("BANGKOK, Thailand (AP)"))
    result = extract("JOHANNESBURG, South Africa (AP)")
    assert ("JOHANNESBURG", "locatedIn", "South Africa") in triples(result)
    assert all({a.mention.text, a.alias_of.text} != {"South Africa", "AP"} for a in result.aliases)


def test_extract_a_list_of_places_is_no_containment(extract):
    result = extract("Floods hit Tokyo, Osaka and Kyoto on Monday.")
    assert all(r.predicate != "locatedIn" for r in result.relations)


def test_extract_parenthesis_alias_needs_the_same_kind_or_initials(extract):
    result = extract("Advanced Micro Devices (AMD) and North Central Surgical Center, L.L.P. (North Central) grew.")
    pairs = {(a.mention.text, a.alias_of.text) for a in result.aliases}
    assert ("AMD", "Advanced Micro Devices") in pairs
    assert ("North Central", "North Central Surgical Center, L.L.P.") in pairs


def test_extract_served_as_a_title_of_an_organization(extract):
    result = extract("Mr. Deese previously served as Chairman, President and Chief Executive Officer of Flowers Foods.")
    assert ("Deese", "chairmanOf", "Flowers Foods") in triples(result)
    result = extract("Aldo Petersen has been Chairman of the Board of LiqTech International, Inc. since August 2011.")
    assert ("Aldo Petersen", "chairmanOf", "LiqTech International, Inc.") in triples(result)
    assert all(not m.text.startswith("Board") for m in result.mentions)


def test_extract_of_organization_wins_over_a_department_before_the_title(extract):
    result = extract("From 1993 to 1999, Mr. Jaksch served as International Subsidiaries Manager of Phenomenex, a supplier.")
    assert {r.tail.text for r in result.relations if r.head.text == "Jaksch"} == {"Phenomenex"}


def test_extract_company_comma_city_and_x_based(extract):
    result = extract("Mr. Ernst served as Senior Vice President of SCI Financial Group, Cedar Rapids, Iowa, until 2002.")
    assert ("SCI Financial Group", "locatedIn", "Cedar Rapids") in triples(result)
    assert all(a.alias_of.text != "SCI Financial Group" for a in result.aliases)
    result = extract("Northwind completed its acquisition of Bermuda-based Fabrikam Inc. for $2.9 billion.")
    assert ("Fabrikam Inc.", "locatedIn", "Bermuda") in triples(result)


def test_extract_names_lose_leading_kind_words_trailing_verbs_and_page_titles(extract):
    result = extract("Drugmaker Sanofi SA agreed to buy Amunix Pharmaceuticals Inc for $1 billion.")
    assert ("Sanofi SA", "acquires", "Amunix Pharmaceuticals Inc") in triples(result)
    result = extract("Microsoft to acquire LinkedIn | News Center")
    assert "LinkedIn" in {m.text for m in result.mentions}


def test_extract_his_home_and_a_job_title_in_apposition_make_a_person(extract):
    result = extract("Harrington, a professor at Queens College, died Monday night at his home in suburban Larchmont.")
    assert ("Harrington", "livesIn", "Larchmont") in triples(result)
    assert {m.type for m in result.mentions if m.text == "Harrington"} == {"Person"}


def test_extract_general_director_is_a_job_not_a_board_seat(extract):
    result = extract("Voskresensky, first deputy general director of Kestrel Television, was questioned.")
    assert {r.predicate for r in result.relations if r.tail.text == "Kestrel Television"} == {"worksFor"}


def test_extract_where_a_site_is_and_what_it_is_near_are_places(extract):
    result = extract("The factory in Figueruelas, near Zaragoza, is being built by a joint venture.")
    assert {m.text: m.type for m in result.mentions} == {"Figueruelas": "Place", "Zaragoza": "Place"}


def test_extract_a_name_ending_in_an_organization_head_word_is_a_company(extract):
    result = extract("ITV rejected approaches from Pacific Global and Tasman Network last year.")
    types = {m.text: m.type for m in result.mentions}
    assert types.get("Pacific Global") == types.get("Tasman Network") == "Organization"


def test_extract_listed_publishers_and_brands_are_companies(extract):
    result = extract("Jon Hale told Handelsblatt that Kioxia sells through Primark and Kering.")
    types = {m.text: m.type for m in result.mentions}
    assert types.get("Handelsblatt") == types.get("Primark") == types.get("Kering") == "Organization"


def test_extract_ranks_are_not_part_of_a_persons_name(extract):
    result = extract("Police Major Pramot Pansakun, the commander of the Border Patrol Police, spoke.")
    assert "Pramot Pansakun" in {m.text for m in result.mentions if m.type == "Person"}


def test_extract_apposition_describes_only_the_name_before_it(extract):
    result = extract("Contoso Ltd. signed an agreement with Fabrikam Inc., a subsidiary of Northwind Corp., and Litware Inc.")
    assert ("Fabrikam Inc.", "subsidiaryOf", "Northwind Corp.") in triples(result)
    assert ("Litware Inc.", "subsidiaryOf", "Northwind Corp.") not in triples(result)
    result = extract("Fabrikam Inc. and Litware Inc., both subsidiaries of Northwind Corp., fell.")
    assert ("Litware Inc.", "subsidiaryOf", "Northwind Corp.") in triples(result)


def test_extract_owned_by_is_a_subsidiary_but_a_stake_is_not(extract):
    assert ("Fabrikam Inc.", "subsidiaryOf", "Northwind Corp.") in triples(extract("Fabrikam Inc. is owned by Northwind Corp."))
    result = extract("Northwind owns a 20% stake in Fabrikam Inc.")
    assert all(r.predicate != "subsidiaryOf" for r in result.relations)


def test_extract_possessive_place_locates_what_it_owns(extract):
    result = extract("Demonstrators gathered in Beijing's Tiananmen Square on May 30.")
    assert ("Tiananmen Square", "locatedIn", "Beijing") in triples(result)
    result = extract("Samsung became Korea's biggest Nvidia memory supplier last year.")
    assert ("Nvidia", "locatedIn", "Korea") not in triples(result)
    assert ("Korea", "locatedIn", "Nvidia") not in triples(result)


def test_extract_place_kind_words_make_places(extract):
    result = extract("Officials in southwest Louisiana's Cameron Parish ordered an evacuation.")
    assert ("Cameron Parish", "locatedIn", "Louisiana") in triples(result)
    assert {m.type for m in result.mentions if m.text == "Cameron Parish"} == {"Place"}


def test_extract_place_kind_word_inside_a_company_name_stays_a_company(extract):
    result = extract("Mr. Falcon worked at Silicon Valley Group as Director of Operations.")
    assert "Silicon Valley Group" in {m.text for m in result.mentions if m.type == "Organization"}


def test_extract_spokesperson_of_nobody_named_speaks_for_the_one_company(extract):
    result = extract("Northwind Corp. will cut 500 jobs in Ohio, said Linda Schmitt, a spokeswoman.")
    assert ("Linda Schmitt", "worksFor", "Northwind Corp.") in triples(result)
    assert not [r for r in extract("Apple shares fell 3%, said Dan Ives, an analyst.").relations if r.predicate == "worksFor"]
    assert not [r for r in extract("Apple and Google shares fell, said Jane Roe, a spokeswoman.").relations if r.predicate == "worksFor"]


def test_extract_employment_agreement_between_a_company_and_a_person(extract):
    result = extract("Employment Agreement, dated as of October 9, 2008, between Contoso Mining Corp. and David Flint.")
    assert ("David Flint", "worksFor", "Contoso Mining Corp.") in triples(result)
    result = extract("The supply agreement between Contoso Mining Corp. and Fabrikam Inc. runs until 2030.")
    assert ("Contoso Mining Corp.", "hasAgreementWith", "Fabrikam Inc.") in triples(result)
    assert all(r.predicate != "worksFor" for r in result.relations)


def test_extract_one_word_name_bought_is_a_company_not_a_person(extract):
    result = extract("In 2006, Myogen was acquired by Gilead Sciences, Inc.")
    assert ("Gilead Sciences, Inc.", "acquires", "Myogen") in triples(result)
    assert {r.tail.type for r in result.relations if r.predicate == "acquires"} == {"Organization"}


def test_extract_participle_describes_only_what_precedes_it(extract):
    result = extract("Competitors include Contoso Ltd. (acquired by Northwind in 2019), Fabrikam Inc. and Litware Inc.")
    assert {(r.head.text, r.tail.text) for r in result.relations if r.predicate == "acquires"} == {("Northwind", "Contoso Ltd.")}


def test_extract_possessive_with_a_relation_noun_is_not_ownership(extract):
    result = extract("Apple's supplier Foxconn reported record revenue for October.")
    assert {p for h, p, t in triples(result) if (h, t) == ("Foxconn", "Apple")} & {"suppliesTo", "manufacturesFor"}
    assert all(r.predicate != "subsidiaryOf" for r in result.relations)
    result = extract("Nvidia's partner Foxconn and Samsung's rival TSMC grew.")
    assert ("TSMC", "partnersWith", "Nvidia") not in triples(result)
    assert ("TSMC", "subsidiaryOf", "Samsung") not in triples(result)


def test_extract_investment_in_a_plant_is_not_in_the_country_named_before_it(extract):
    result = extract("Toyota Motor Corp said it would invest $13.9 billion in its US battery plant in North Carolina.")
    assert ("Toyota Motor Corp", "investsIn", "US") not in triples(result)


def test_extract_majority_owned_by_and_work_for_a_company_somewhere(extract):
    result = extract("Arm Holdings, which is majority-owned by SoftBank, plans to launch its own chip.")
    assert ("SoftBank", "ownsStakeIn", "Arm Holdings") in triples(result)  # vocabulary.md: "majority-owned by"
    result = extract("Foxconn will build servers for Nvidia in Mexico.")
    assert ("Nvidia", "locatedIn", "Mexico") not in triples(result)


def test_extract_talks_to_acquire_are_talks_with_the_target(extract):
    result = extract("Qualcomm is in early talks to acquire Intel, Reuters reported.")
    assert ("Qualcomm", "inTalksWith", "Intel") in triples(result)
    assert all(r.predicate != "partnersWith" for r in result.relations)


def test_extract_companies_that_develop_jointly_are_partners(extract):
    result = extract("OpenAI and Broadcom said they would jointly develop custom chips.")
    assert ("OpenAI", "partnersWith", "Broadcom") in triples(result)
    assert all(r.predicate != "partnersWith" for r in extract("Apple designed the chip in-house.").relations)


# Sentences of our own and facts each must yield: one row a construction the rules read.
READS = [
    pytest.param(
        "He reported from Kandahar, a city of Afghanistan.",
        {("Kandahar", "locatedIn", "Afghanistan")},
        id="place_described_in_apposition-1",
    ),
    pytest.param(
        "The quake leveled much of Leninakan, Armenia's second-largest city.",
        {("Leninakan", "locatedIn", "Armenia")},
        id="place_described_in_apposition-2",
    ),
    pytest.param(
        "Bosnia's capital, Sarajevo, is calm.",
        {("Sarajevo", "locatedIn", "Bosnia")},
        id="place_described_in_apposition-3",
    ),
    pytest.param(
        "Manufacturers Hanover Trust Co. of New York said it will file a plan.",
        {("Manufacturers Hanover Trust Co.", "locatedIn", "New York")},
        id="company_of_a_city_and_a_person_with_an_age-1",
    ),
    pytest.param(
        "Marta Magdefrau Olszewska, 50, of Bethany was hurt Thursday.",
        {("Marta Magdefrau Olszewska", "livesIn", "Bethany")},
        id="company_of_a_city_and_a_person_with_an_age-2",
    ),
    pytest.param(
        "In 1890, the 34th president of the club, Walter Brennan, was born in Denison, Texas.",
        {("Walter Brennan", "livesIn", "Denison")},
        id="birthplace_through_an_apposition_and_a_second_name-1",
    ),
    pytest.param(
        "In 1936, singer Buddy Holly was born Charles Hardin Holley in Lubbock, Texas.",
        {("Buddy Holly", "livesIn", "Lubbock")},
        id="birthplace_through_an_apposition_and_a_second_name-2",
    ),
    pytest.param(
        "Northwind Corp. and its subsidiary, Fabrikam Inc., have agreed to pay the fine.",
        {("Fabrikam Inc.", "subsidiaryOf", "Northwind Corp.")},
        id="subsidiary_named_after_the_noun_and_parent_company-1",
    ),
    pytest.param(
        "Contoso Holdings, Inc. is the parent company of wholly-owned Contoso Retail, Inc.",
        {("Contoso Retail, Inc.", "subsidiaryOf", "Contoso Holdings, Inc.")},
        id="subsidiary_named_after_the_noun_and_parent_company-2",
    ),
    pytest.param(
        "The results cover both Regions Financial Corporation and its primary bank subsidiary Regions Bank.",
        {("Regions Bank", "subsidiaryOf", "Regions Financial Corporation")},
        id="subsidiary_named_after_the_noun_and_parent_company-3",
    ),
    pytest.param(
        "Northwind, a manufacturer of fiber optic equipment, is acquiring sensor maker Fabrikam Systems.",
        {("Northwind", "develops", "fiber optic equipment")},
        id="maker_of_a_product_in_apposition",
    ),
    pytest.param(
        "Contoso Technologies Inc. is an American multinational technology company headquartered in Round Rock, Texas.",
        {("Contoso Technologies Inc.", "locatedIn", "Round Rock"), ("Contoso Technologies Inc.", "locatedIn", "American")},
        id="description_after_a_copula_stands_for_the_subject",
    ),
    pytest.param(
        "The Contoso Center, a large, multipurpose arena in Philadelphia, was sold.",
        {("Contoso Center", "locatedIn", "Philadelphia")},
        id="facility_described_in_apposition_and_headquarters-1",
    ),
    pytest.param(
        "Fabrikam Inc. was set up in 2013 and has its headquarters in San Francisco.",
        {("Fabrikam Inc.", "locatedIn", "San Francisco")},
        id="facility_described_in_apposition_and_headquarters-2",
    ),
    pytest.param(
        "In 2000, Wells Fargo Bank acquired National Bank of Alaska.",
        {("Wells Fargo Bank", "acquires", "National Bank of Alaska")},
        id="longer_company_name_wins_over_a_listed_short_one",
    ),
    pytest.param(
        "Apple's Tim Cook made $98 million in 2021.",
        {("Tim Cook", "worksFor", "Apple")},
        id="possessive_people_and_their_organizations-1",
    ),
    pytest.param(
        "Brian Mulroney's Progressive Conservative Party won its second majority.",
        {("Brian Mulroney", "worksFor", "Progressive Conservative Party")},
        id="possessive_people_and_their_organizations-2",
    ),
    pytest.param(
        "Jo Ann Emmerich, vice president of daytime programs for ABC Entertainment, said it was unavailable.",
        {("Jo Ann Emmerich", "worksFor", "ABC Entertainment")},
        id="title_of_a_department_for_an_organization",
    ),
    pytest.param(
        "The reactors, all at the Savannah River Plant, in Aiken, S.C., have been shut down.",
        {("Savannah River Plant", "locatedIn", "Aiken"), ("Aiken", "locatedIn", "S.C.")},
        id="site_in_a_city_and_state_is_in_the_city_in_the_state",
    ),
    pytest.param(
        "Rebels attacked Kibungo in the southeastern part of Rwanda on Monday.",
        {("Kibungo", "locatedIn", "Rwanda")},
        id="place_in_a_part_of_another",
    ),
    pytest.param(
        "Flipkart has partnered with Microsoft Azure to build AI tools.",
        {("Flipkart", "partnersWith", "Microsoft")},
        id="product_named_after_its_company_stands_for_it_as_a_partner",
    ),
    pytest.param(
        "Flooding was reported throughout Brazoria, Galveston and southern Harris Counties in southeast Texas.",
        {("Brazoria", "locatedIn", "Texas"), ("Galveston", "locatedIn", "Texas")},
        id="place_list_shares_its_in_phrase",
    ),
    pytest.param(
        "The agency said in a report from Yerevan, the capital of Armenia.",
        {("Yerevan", "locatedIn", "Armenia")},
        id="kind_of_place_in_apposition_makes_a_place",
    ),
    pytest.param(
        "Contoso Group offers a wide range of project control services to utilities.",
        {("Contoso Group", "develops", "project control services")},
        id="container_nouns_lead_to_the_product",
    ),
    pytest.param(
        "VMI have agreed to be acquired by Liberty Global.",
        {("Liberty Global", "acquires", "VMI")},
        id="agreed_to_be_acquired_and_purchase_by-1",
    ),
    pytest.param(
        "In connection with the purchase of Harsco GasServ by Taylor-Wharton International LLC, he served.",
        {("Taylor-Wharton International LLC", "acquires", "Harsco GasServ")},
        id="agreed_to_be_acquired_and_purchase_by-2",
    ),
    pytest.param(
        "Genzyme, now part of Sanofi, sells the drug.",
        {("Genzyme", "subsidiaryOf", "Sanofi")},
        id="part_of_and_consolidated_by_make_subsidiaries-1",
    ),
    pytest.param(
        "North Central Surgical Center, which is consolidated by Contoso Health, grew.",
        {("North Central Surgical Center", "subsidiaryOf", "Contoso Health")},
        id="part_of_and_consolidated_by_make_subsidiaries-2",
    ),
    pytest.param(
        "Kevin M. Charlton is a member of the board of directors of Macquarie Holdings.",
        {("Kevin M. Charlton", "boardMemberOf", "Macquarie Holdings")},
        id="member_of_the_board_of_directors",
    ),
    pytest.param(
        "China's Premier Li Peng signed the treaty on Friday.",
        {("Li Peng", "livesIn", "China")},
        id="possessive_place_before_a_title_and_a_name",
    ),
    pytest.param(
        "Gerald Przenislawski, who operates the Contoso Military Museum, laughed.",
        {("Gerald Przenislawski", "worksFor", "Contoso Military Museum")},
        id="person_who_heads_an_organization_works_for_it",
    ),
    pytest.param(
        "General Motors and Hyundai Motor signed an agreement to explore co-developing vehicles.",
        {("General Motors", "hasAgreementWith", "Hyundai Motor")},
        id="coordinated_subjects_sign_talk_and_venture-1",
    ),
    pytest.param(
        "Honda and Nissan said they have begun merger talks.",
        {("Honda", "inTalksWith", "Nissan")},
        id="coordinated_subjects_sign_talk_and_venture-2",
    ),
    pytest.param(
        "Volkswagen will invest up to $5 billion in a joint venture with Rivian.",
        {("Volkswagen", "partnersWith", "Rivian")},
        id="coordinated_subjects_sign_talk_and_venture-3",
    ),
    pytest.param(
        "Samsung Electronics will begin mass production of its HBM4 chips next year.",
        {("Samsung Electronics", "develops", "HBM4")},
        id="production_of_a_product_and_a_moved_headquarters-1",
    ),
    pytest.param(
        "Shein, the fast-fashion retailer, has moved its headquarters to Singapore.",
        {("Shein", "locatedIn", "Singapore")},
        id="production_of_a_product_and_a_moved_headquarters-2",
    ),
    pytest.param(
        "Yahia Bouguettaya, the former mayor of Mohammadia, south-east Algeria, was killed.",
        {("Mohammadia", "locatedIn", "Algeria")},
        id="city_comma_modified_region_and_person_of_city_state-1",
    ),
    pytest.param(
        "One of the lawyers, Andrew Hall of Miami, Fla., confirmed it Tuesday.",
        {("Andrew Hall", "livesIn", "Miami"), ("Andrew Hall", "livesIn", "Fla.")},
        id="city_comma_modified_region_and_person_of_city_state-2",
    ),
    pytest.param(
        "Northwind acquired Contoso Analysis Ltd., a private company incorporated in the United Kingdom.",
        {("Contoso Analysis Ltd.", "locatedIn", "United Kingdom")},
        id="incorporated_in_a_place",
    ),
    pytest.param(
        "Panasonic supplies batteries to Tesla from its factory in Nevada.",
        {("Panasonic", "suppliesTo", "Tesla")},
        id="supplies_something_to_a_dative",
    ),
    pytest.param(
        "Northwind Traders invested $2 billion in AI startup Quillon.",
        {("Northwind Traders", "investsIn", "Quillon")},
        id="name_after_a_descriptive_noun-1",
    ),
    pytest.param(
        "Fabrikam acquired streaming service Vidora for $300 million.",
        {("Fabrikam", "acquires", "Vidora")},
        id="name_after_a_descriptive_noun-2",
    ),
    pytest.param(
        "Litware has entered into an agreement to acquire Tailspin, subject to regulatory review.",
        {("Litware", "acquires", "Tailspin")},
        id="agreement_to_acquire",
    ),
    pytest.param(
        "Expenses stopped on May 16, 2011, the date of the acquisition of Zentrix by Halvorsen.",
        {("Halvorsen", "acquires", "Zentrix")},
        id="one_word_buyer_is_a_company",
    ),
    pytest.param(
        "From 2008, after the purchase of Orvane by Fabrikam Corp., Mr. Brandt served as a consultant.",
        {("Fabrikam Corp.", "acquires", "Orvane")},
        id="buyer_named_by_by_before_the_clause_subject",
    ),
    pytest.param(
        "Northwind Corp. agreed to buy cancer drug developer Orbexa for $2 billion.",
        {("Northwind Corp.", "acquires", "Orbexa")},
        id="capitalized_noun_after_a_descriptive_noun",
    ),
    pytest.param(
        "Qualcomm unveiled its AI200 and AI250 chips on Monday.",
        {("Qualcomm", "launches", "AI200"), ("Qualcomm", "launches", "AI250")},
        id="every_name_before_the_product_noun",
    ),
    pytest.param(
        "Apple supplier Pegatron plans to open a plant in Vietnam.",
        {("Pegatron", "suppliesTo", "Apple")},
        id="customer_before_supplier_noun",
    ),
    pytest.param(
        "Intel rival AMD reported higher sales.",
        {("AMD", "competesWith", "Intel")},
        id="rival_before_rival_noun",
    ),
    pytest.param(
        "Stellantis is in talks with Chinese automaker Leapmotor to expand their partnership.",
        {("Stellantis", "inTalksWith", "Leapmotor")},
        id="kind_of_company_before_a_name_makes_it_a_company",
    ),
    pytest.param(
        "Broadcom is working with Meta to develop a new AI chip.",
        {("Broadcom", "partnersWith", "Meta")},
        id="working_with",
    ),
    pytest.param(
        "The U.S. government took a 10% stake in Intel in August.",
        {("U.S. government", "ownsStakeIn", "Intel")},
        id="a_place_s_government_is_an_organization",
    ),
    pytest.param(
        "Berkshire Hathaway sold its entire stake in Paramount to help fund its investment in Occidental Petroleum.",
        {("Berkshire Hathaway", "divests", "Paramount"), ("Berkshire Hathaway", "investsIn", "Occidental Petroleum")},
        id="its_means_the_subject_of_its_clause",
    ),
    pytest.param(
        "The report covers both Fifth Third Bancorp and its bank subsidiary Fifth Third Bank.",
        {("Fifth Third Bank", "subsidiaryOf", "Fifth Third Bancorp")},
        id="its_after_and_means_the_conjunct_before",
    ),
    pytest.param(
        "Lisa Su, AMD's co-founder and chief executive, spoke at the conference in Austin.",
        {("Lisa Su", "founderOf", "AMD"), ("Lisa Su", "ceoOf", "AMD")},
        id="conjoined_titles_share_whose_and_who",
    ),
    pytest.param(
        "Target named Michael Fiddelke, its chief operating officer, as its next chief executive.",
        {("Michael Fiddelke", "ceoOf", "Target")},
        id="named_as_a_title",
    ),
    pytest.param(
        "Toyota Motor Corp. will invest $10 billion in the United States, Chairman Akio Toyoda said.",
        {("Akio Toyoda", "chairmanOf", "Toyota Motor Corp.")},
        id="titled_speaker_of_the_company_named_before",
    ),
    pytest.param(
        "OpenAI will deploy AMD's Instinct MI450 chips starting next year.",
        {("OpenAI", "uses", "Instinct MI450")},
        id="a_name_with_digits_is_no_person",
    ),
    pytest.param(
        "Cisco and Nutanix announced a multi-year deal on Monday.",
        {("Cisco", "hasAgreementWith", "Nutanix")},
        id="announced_a_deal",
    ),
    pytest.param(
        "Honda and Nissan said their merger would create a giant.",
        {("Honda", "mergesWith", "Nissan")},
        id="their_merger",
    ),
    pytest.param(
        "Prior to joining Kellogg, Ms. Barnes worked in commercial banking.",
        {("Barnes", "worksFor", "Kellogg")},
        id="joining_a_company_before_the_main_clause",
    ),
    pytest.param(
        "Tom Reilly has been promoted to president of Tillamook Foods, the dairy unit of Daisy Brands, Inc.",
        {("Tom Reilly", "worksFor", "Tillamook Foods")},
        id="promoted_to_a_title",
    ),
    pytest.param(
        "Airbnb co-founder and CEO Brian Chesky spoke on Monday.",
        {("Brian Chesky", "founderOf", "Airbnb"), ("Brian Chesky", "ceoOf", "Airbnb")},
        id="company_titles_person_read_off_the_words",
    ),
    pytest.param(
        "Gogoro will expand in India, Gogoro Founder and CEO Horace Luke said.",
        {("Horace Luke", "ceoOf", "Gogoro")},
        id="a_title_is_no_part_of_a_person_name",
    ),
    pytest.param(
        "Corvel Corp. was founded in 1987 in Irvine, California.",
        {("Corvel Corp.", "locatedIn", "Irvine")},
        id="founded_in_a_place",
    ),
    pytest.param(
        "Brightline Data Lab was set up in 2013 and has its headquarters in Denver.",
        {("Brightline Data Lab", "locatedIn", "Denver")},
        id="a_lab_is_an_organization_with_headquarters",
    ),
    pytest.param(
        "Arnold is the largest U.S. manufacturer of engineered magnets.",
        {("Arnold", "develops", "engineered magnets")},
        id="described_as_a_manufacturer_makes_a_company",
    ),
    pytest.param(
        "The historical society in Beaumont, Texas, Richardson's hometown, plans to raise two statues.",
        {("Richardson", "livesIn", "Beaumont")},
        id="a_place_described_as_someone_s_hometown",
    ),
    pytest.param(
        "Nebius signed a deal to supply Meta with GPU capacity.",
        {("Nebius", "hasAgreementWith", "Meta"), ("Nebius", "suppliesTo", "Meta")},
        id="a_deal_to_supply_someone",
    ),
    pytest.param(
        "Samsung Electronics won a contract to make chips for Tesla at its Texas plant.",
        {("Samsung Electronics", "manufacturesFor", "Tesla")},
        id="a_contract_to_make_things_for_someone",
    ),
    pytest.param(
        "USEC sold its NAC unit to Hitachi Zosen for $42 million.",
        {("USEC", "divests", "NAC"), ("Hitachi Zosen", "acquires", "NAC")},
        id="sold_to_a_buyer",
    ),
    pytest.param(
        "Lenovo will invest in Nutanix. The two companies will collaborate on servers.",
        {("Lenovo", "partnersWith", "Nutanix")},
        id="the_two_companies_are_the_last_two_named",
    ),
    pytest.param(
        "Lenovo and Intel will co-develop data center chips.",
        {("Lenovo", "partnersWith", "Intel")},
        id="co_develop_is_a_partnership",
    ),
    pytest.param(
        "Contoso Corp. will buy Fabrikam Inc. common stock at $23 per share.",
        {("Contoso Corp.", "ownsStakeIn", "Fabrikam Inc.")},
        id="buying_stock_is_a_stake",
    ),
    pytest.param(
        "Google introduced Gemini 3, its most capable AI model, on Tuesday.",
        {("Google", "launches", "Gemini 3")},
        id="a_model_number_is_part_of_a_product_name-1",
    ),
    pytest.param(
        "Apple unveiled the iPhone 17 at an event in Cupertino.",
        {("Apple", "launches", "iPhone 17")},
        id="a_model_number_is_part_of_a_product_name-2",
    ),
    pytest.param(
        "Vodafone took over Mannesmann in 2000.",
        {("Vodafone", "acquires", "Mannesmann")},
        id="phrasal_verb_take_over",
    ),
    pytest.param(
        "Honeywell will spin off Solstice Advanced Materials next year.",
        {("Honeywell", "divests", "Solstice Advanced Materials")},
        id="phrasal_verb_spin_off",
    ),
    pytest.param(
        "Alphabet, the parent of Google, reported strong cloud growth.",
        {("Google", "subsidiaryOf", "Alphabet")},
        id="the_parent_of_a_company",
    ),
    pytest.param(
        "Dell appointed Jeff Clarke as chief operating officer.",
        {("Jeff Clarke", "worksFor", "Dell")},
        id="appointed_as_a_title_by_the_company",
    ),
    pytest.param(
        "Lockheed Martin won a $30 billion contract from the Pentagon.",
        {("Lockheed Martin", "hasAgreementWith", "Pentagon")},
        id="won_a_contract_from",
    ),
    pytest.param(
        "Samsung Electronics and SK Hynix signed letters of intent to supply memory chips for OpenAI's Stargate project.",
        {("Samsung Electronics", "suppliesTo", "Stargate project"), ("SK Hynix", "suppliesTo", "Stargate project")},
        id="letters_of_intent_to_supply_a_project",
    ),
    pytest.param(
        "Anthropic will use more Google chips under an expanded partnership with Alphabet's cloud unit.",
        {("Anthropic", "partnersWith", "Alphabet")},
        id="a_partnership_with_a_company_s_unit",
    ),
    pytest.param(
        "At a briefing at FDA headquarters in nearby Silver Spring, Dr. Jones said the drug was safe.",
        {("FDA", "locatedIn", "Silver Spring")},
        id="headquarters_in_read_off_the_next_words",
    ),
    pytest.param(
        "Lakeside Steel Corp. of Cleveland said it would close a mill.",
        {("Lakeside Steel Corp.", "locatedIn", "Cleveland")},
        id="the_place_after_a_legal_form_is_no_part_of_the_name",
    ),
    pytest.param(
        "Kroger named Ron Sargent interim chief executive after Rodney McMullen resigned.",
        {("Ron Sargent", "ceoOf", "Kroger")},
        id="named_someone_a_title_by_the_company",
    ),
    pytest.param(
        "The state took a 10% stake in Intel in August. SoftBank Group also invested $2 billion in the company.",
        {("SoftBank Group", "investsIn", "Intel")},
        id="the_company_is_another_company_than_the_subject",
    ),
    pytest.param(
        "Novelist Bryce is a native of Duluth, Minn.",
        {("Bryce", "livesIn", "Duluth")},
        id="an_occupation_before_a_name_is_no_part_of_it",
    ),
    pytest.param(
        "Nvidia has invested in xAI, Mistral and Perplexity.",
        {("Nvidia", "investsIn", "Mistral"), ("Nvidia", "investsIn", "Perplexity")},
        id="the_last_two_names_of_a_list_are_two",
    ),
    pytest.param(
        "Lowe's agreed to buy Foundation Building Materials for $8.8 billion.",
        {("Lowe's", "acquires", "Foundation Building Materials")},
        id="an_apostrophe_s_before_a_verb_ends_a_company_name",
    ),
    pytest.param(
        "Fabrikam Labs, majority-owned by Contoso Inc., makes medical imaging equipment.",
        {("Contoso Inc.", "ownsStakeIn", "Fabrikam Labs")},
        id="majority_owned_by",
    ),
    pytest.param(
        "Uber partnered with Baidu to deploy robotaxis in Asia.",
        {("Uber", "partnersWith", "Baidu")},
        id="a_sentence_parsed_as_a_name_and_its_participle",
    ),
    pytest.param(
        "Netflix co-CEO Ted Sarandos said the streamer would not buy studios.",
        {("Ted Sarandos", "ceoOf", "Netflix")},
        id="co_ceo",
    ),
    pytest.param(
        "Microsoft will hold a stake of about 27% in OpenAI's new for-profit company.",
        {("Microsoft", "ownsStakeIn", "OpenAI")},
        id="a_stake_in_a_company_s_entity",
    ),
    pytest.param(
        "Rio Tinto is in advanced talks to buy Arcadium Lithium, people familiar with the matter said.",
        {("Rio Tinto", "inTalksWith", "Arcadium Lithium")},
        id="a_listed_miner_is_a_company",
    ),
    pytest.param(
        "Anthropic said it had raised $13 billion in a funding round led by Iconiq.",
        {("Iconiq", "investsIn", "Anthropic")},
        id="a_funding_round_led_by_an_investor",
    ),
    pytest.param(
        "Mistral raised 1.7 billion euros in funding from ASML and Nvidia.",
        {("ASML", "investsIn", "Mistral"), ("Nvidia", "investsIn", "Mistral")},
        id="funding_from_investors",
    ),
    pytest.param(
        "Micron Technology said it would build a chip complex near Syracuse. The memory chipmaker expects "
        "federal grants. The Boise-based company supplies memory chips to Apple and Nvidia. "
        "The chipmaker also signed a supply agreement with SK Hynix last year.",
        {("Micron Technology", "hasAgreementWith", "SK Hynix")},
        id="the_company_as_subject_keeps_the_topic",
    ),
    pytest.param(
        "MGX, the Abu Dhabi investment firm, is taking part in the Stargate initiative.",
        {("MGX", "participatesIn", "Stargate initiative")},
        id="taking_part_in",
    ),
    pytest.param(
        "Walgreens was taken private by Sycamore Partners in a $10 billion deal.",
        {("Sycamore Partners", "acquires", "Walgreens")},
        id="taken_private_by",
    ),
    pytest.param(
        "Microsoft buys GPUs from Nvidia and AMD.",
        {("Nvidia", "suppliesTo", "Microsoft"), ("AMD", "suppliesTo", "Microsoft")},
        id="buying_goods_from_suppliers",
    ),
    pytest.param(
        "Microsoft, a major Nvidia customer, builds data centers.",
        {("Nvidia", "suppliesTo", "Microsoft")},
        id="a_company_s_customer",
    ),
    pytest.param(
        "CATL will supply batteries to Ford's Michigan plant.",
        {("CATL", "suppliesTo", "Ford")},
        id="supplying_a_company_s_plant",
    ),
    pytest.param(
        "Skechers has been acquired by 3G Capital.",
        {("3G Capital", "acquires", "Skechers")},
        id="a_name_the_tokenizer_split_stays_whole",
    ),
    pytest.param(
        "Orbital Grid is backing Helio Labs, the Austin-based developer of grid software, the companies said.",
        {("Helio Labs", "locatedIn", "Austin")},
        id="a_description_after_a_name_and_comma_is_that_name_s",
    ),
    pytest.param(
        "Quanta Bioworks, a unit of Meridian Health, said it disagreed with the ruling.",
        {("Quanta Bioworks", "subsidiaryOf", "Meridian Health")},
        id="a_unit_is_a_company",
    ),
    pytest.param(
        "Atlas Motors, in which Vance Holdings owns a 19 percent stake, reported a loss.",
        {("Vance Holdings", "ownsStakeIn", "Atlas Motors")},
        id="relative_pronoun_after_a_preposition",
    ),
    pytest.param(
        "Fabrikam Inc. is putting in $200 million, which gives it a stake of about 8% in Contoso Robotics.",
        {("Fabrikam Inc.", "ownsStakeIn", "Contoso Robotics")},
        id="whom_a_verb_gives_a_stake",
    ),
    pytest.param(
        "Maria Okafor, who became Fabrikam chief executive in May, cut costs.",
        {("Maria Okafor", "ceoOf", "Fabrikam")},
        id="title_in_a_relative_clause",
    ),
    pytest.param(
        "The Securities and Exchange Commission reached a settlement with Fabrikam Inc. in March.",
        {("Securities and Exchange Commission", "hasAgreementWith", "Fabrikam Inc.")},
        id="a_settlement_is_an_agreement",
    ),
    pytest.param(
        "Kestrel Therapeutics said on Monday it would cut 200 jobs. "
        "Kestrel Chief Executive Dana Whitfield said the cuts were painful.",
        {("Dana Whitfield", "ceoOf", "Kestrel")},
        id="a_company_named_once_is_found_again_without_its_kind_word",
    ),
    pytest.param(
        "Greyhawk Systems said profit fell. The Sydney-headquartered outfit will cut costs.",
        {("Greyhawk Systems", "locatedIn", "Sydney")},
        id="a_company_described_by_its_seat",
    ),
    pytest.param(
        "Demand is strong for Qualcomm's Snapdragon processors this year.",
        {("Qualcomm", "develops", "Snapdragon")},
        id="a_company_s_named_chips_are_developed",
    ),
    pytest.param(
        '"We are growing fast," Airbnb co-founder and co-CEO Brian Chesky told investors on a call.',
        {("Brian Chesky", "founderOf", "Airbnb"), ("Brian Chesky", "ceoOf", "Airbnb")},
        id="conjoined_hyphenated_titles_before_a_name",
    ),
    pytest.param(
        "Vertex is also developing suzetrigine for acute pain.",
        {("Vertex", "develops", "suzetrigine")},
        id="a_bare_lowercase_drug_name",
    ),
    pytest.param(
        "Pfizer and BioNTech reported strong sales. The two companies said they would jointly develop a flu vaccine.",
        {("Pfizer", "partnersWith", "BioNTech")},
        id="they_after_the_two_companies",
    ),
    pytest.param(
        "Hyundai launched its long-awaited Ioniq 9 electric SUV on Monday.",
        {("Hyundai", "launches", "Ioniq 9")},
        id="a_name_among_the_modifiers_of_modifiers",
    ),
    pytest.param(
        "Toyota, which owns about 20 per cent of Subaru, declined to comment.",
        {("Toyota", "ownsStakeIn", "Subaru")},
        id="owning_a_percentage_of_a_company",
    ),
    pytest.param(
        "Stellantis is selling its stake in ACC, a venture with Mercedes-Benz and TotalEnergies. TotalEnergies declined to comment.",
        {("Stellantis", "partnersWith", "Mercedes-Benz"), ("Stellantis", "partnersWith", "TotalEnergies")},
        id="two_names_the_recognizer_joined_split_where_one_is_named_alone",
    ),
    pytest.param(
        "Sequoia is leading a $300 million Series B round in Perplexity, the companies said.",
        {("Sequoia", "investsIn", "Perplexity")},
        id="leading_a_round_in_a_company",
    ),
    pytest.param(
        "Rapidus was founded in 2022 with backing from eight Japanese companies and has partnered with IBM.",
        {("Rapidus", "partnersWith", "IBM")},
        id="an_active_verb_after_a_passive_shares_its_subject",
    ),
    pytest.param(
        "Brookfield agreed to acquire Neoen from Impala for $6 billion.",
        {("Brookfield", "acquires", "Neoen"), ("Impala", "divests", "Neoen")},
        id="who_a_company_is_bought_from_sells_it",
    ),
    pytest.param(
        "Foxconn won orders from Apple for the new iPhone.",
        {("Foxconn", "suppliesTo", "Apple")},
        id="orders_from_a_customer",
    ),
    pytest.param(
        "Boost will rely on AT&T's network for much of its traffic, EchoStar CEO Hamid Akhavan said.",
        {("Hamid Akhavan", "ceoOf", "EchoStar")},
        id="the_name_right_before_a_title_is_an_organization",
    ),
    pytest.param(
        "Vodafone and Three have completed their £15bn merger.",
        {("Vodafone", "mergesWith", "Three")},
        id="a_merger_of_the_subjects",
    ),
    pytest.param(
        "Vantage Data Centers, the operator of the Frontier campus in Texas, raised $1 billion.",
        {("Vantage Data Centers", "operates", "Frontier campus")},
        id="the_operator_of_a_site",
    ),
    pytest.param(
        "Toyota vice chairman Shigeru Hayakawa said sales rose.",
        {("Shigeru Hayakawa", "boardMemberOf", "Toyota")},
        id="a_vice_chairman_sits_on_the_board",
    ),
    pytest.param(
        "Kroger said it would close centers built with Ocado Group, the U.K.-based grocery technology firm.",
        {("Ocado Group", "locatedIn", "U.K.")},
        id="an_abbreviated_place_before_based",
    ),
    pytest.param(
        "A GM spokesperson said Tuesday that the lawsuit against the Detroit automaker was still pending.",
        {("GM", "locatedIn", "Detroit")},
        id="a_place_on_a_description_of_the_one_company_named_before",
    ),
    pytest.param(
        "Unilever said it had agreed to buy Dr. Squatch from private equity firm Summit Partners for $1.5 billion.",
        {("Unilever", "hasAgreementWith", "Summit Partners")},
        id="agreeing_to_buy_from_a_seller_is_an_agreement_with_it",
    ),
    pytest.param(
        "Microsoft has already agreed to pay Nebius up to $19.4 billion for capacity.",
        {("Microsoft", "hasAgreementWith", "Nebius")},
        id="agreeing_to_pay_a_company",
    ),
    pytest.param(
        "Glencore and Xstrata have agreed to combine in a merger of equals.",
        {("Glencore", "hasAgreementWith", "Xstrata"), ("Glencore", "mergesWith", "Xstrata")},
        id="agreeing_to_combine",
    ),
    pytest.param(
        "Volkswagen has taken an equity stake in Rivian as part of the deal.",
        {("Volkswagen", "hasAgreementWith", "Rivian")},
        id="a_stake_taken_as_part_of_a_deal",
    ),
    pytest.param(
        "Pfizer bought Seagen for $43 billion in a deal announced in March.",
        {("Pfizer", "hasAgreementWith", "Seagen")},
        id="bought_in_a_deal",
    ),
    pytest.param(
        "Novo has been under pressure after losing ground to Lilly in the U.S. obesity market.",
        {("Novo", "competesWith", "Lilly")},
        id="losing_ground_to_a_rival",
    ),
    pytest.param(
        "Intel faces stiff competition from AMD in data center chips.",
        {("Intel", "competesWith", "AMD")},
        id="competition_from_a_rival",
    ),
    pytest.param(
        "ASE said on Monday it plans to spend about $1 billion on equipment for its K28 plant in Kaohsiung.",
        {("ASE", "operates", "K28 plant")},
        id="its_named_plant",
    ),
    pytest.param(
        "Rapidus President Atsuyoshi Koike spoke to reporters at the company's IIM-1 plant in Chitose.",
        {("Rapidus", "operates", "IIM-1 plant")},
        id="the_company_s_named_plant",
    ),
    pytest.param(
        "Mistral AI raised €1.7 billion in a round led by ASML. Mistral AI said the money would fund research. "
        "Existing investors Andreessen Horowitz and Nvidia also participated in the round.",
        {("Andreessen Horowitz", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI")},
        id="participating_in_the_round_of_the_article_s_company",
    ),
    pytest.param(
        "Sequoia also joined Perplexity's latest funding round.",
        {("Sequoia", "investsIn", "Perplexity")},
        id="joining_a_company_s_round",
    ),
    pytest.param(
        "Rapidus is building its first plant, called IIM-1, in Chitose, Hokkaido.",
        {("Rapidus", "develops", "IIM-1")},
        id="a_thing_called_by_its_name",
    ),
    pytest.param(
        "Rapidus licensed its 2nm process technology from IBM.",
        {("Rapidus", "hasAgreementWith", "IBM")},
        id="licensing_from_a_company",
    ),
    pytest.param(
        "OpenAI, the company behind ChatGPT, said it would open an office in Seoul.",
        {("OpenAI", "develops", "ChatGPT")},
        id="the_company_behind_a_product",
    ),
    pytest.param(
        "Rapidus said costs rose. The company is in discussions with private lenders, including MUFG Bank, about loans.",
        {("Rapidus", "inTalksWith", "MUFG Bank")},
        id="a_company_given_as_an_example_of_a_group",
    ),
    pytest.param(
        "Oracle has emerged as a key supplier of AI infrastructure under co-Chief Executive Officers Clay Magouyrk and Mike Sicilia.",
        {("Clay Magouyrk", "ceoOf", "Oracle"), ("Mike Sicilia", "ceoOf", "Oracle")},
        id="a_plural_title_for_each_person_of_the_one_company",
    ),
    pytest.param(
        "Databricks has raised $10 billion in a funding round, the company said on Tuesday. "
        "The round was led by Thrive Capital and Andreessen Horowitz, the company said in a statement.",
        {("Thrive Capital", "investsIn", "Databricks"), ("Andreessen Horowitz", "investsIn", "Databricks")},
        id="the_round_was_led_by",
    ),
    pytest.param(
        "Perplexity raised $500 million in a new round. The round was led by IVP, "
        "with participation from existing backers Lightspeed Venture Partners and Index Ventures.",
        {("Lightspeed Venture Partners", "investsIn", "Perplexity"), ("Index Ventures", "investsIn", "Perplexity")},
        id="participation_from_backers_listed_in_apposition",
    ),
    pytest.param(
        "Mistral AI raised €600 million in a Series B round. Samsung and Salesforce joined as new investors.",
        {("Samsung", "investsIn", "Mistral AI"), ("Salesforce", "investsIn", "Mistral AI")},
        id="joining_as_investors",
    ),
    pytest.param(
        "Rakuten raised $1 billion in a funding round. SoftBank will invest again, while Fujitsu and Hitachi are set to join as new investors.",
        {("Fujitsu", "investsIn", "Rakuten"), ("Hitachi", "investsIn", "Rakuten")},
        id="the_passive_subject_of_is_set_to",
    ),
    pytest.param(
        "Fabrikam said Monday that finance chief Dana Whitfield will succeed Omar Reyes as chief executive on March 1.",
        {("Dana Whitfield", "ceoOf", "Fabrikam"), ("Omar Reyes", "ceoOf", "Fabrikam")},
        id="succeeding_someone_as_chief_executive",
    ),
    pytest.param(
        "Lena Park, a former Contoso executive, will become Northwind's CEO in May, succeeding Victor Hale.",
        {("Lena Park", "ceoOf", "Northwind"), ("Victor Hale", "ceoOf", "Northwind")},
        id="becoming_ceo_succeeding_someone",
    ),
    pytest.param(
        "Northwind has replaced chief executive Victor Hale with Lena Park, who has announced job cuts.",
        {("Lena Park", "ceoOf", "Northwind")},
        id="replacing_a_titled_holder_with_someone",
    ),
    pytest.param(
        "Contoso and Fabrikam will invest $2 billion in Northwind, the companies said Monday, in a deal that deepens their ties.",
        {("Contoso", "hasAgreementWith", "Northwind"), ("Fabrikam", "hasAgreementWith", "Northwind")},
        id="a_deal_attached_to_the_verb_of_saying",
    ),
    pytest.param(
        "GlobalFoundries has signed a $3 billion contract to make modems for Qualcomm.",
        {("GlobalFoundries", "hasAgreementWith", "Qualcomm")},
        id="a_contract_to_do_something_for_a_party",
    ),
    pytest.param(
        "Micron has begun volume shipments of its new memory chips to AMD for its next accelerators.",
        {("Micron", "suppliesTo", "AMD")},
        id="shipments_to_a_customer",
    ),
    pytest.param(
        "Jane Roe, the board's lead director, will serve as chairwoman and interim CEO while the board searches, Fabrikam said in a statement.",
        {("Jane Roe", "ceoOf", "Fabrikam"), ("Jane Roe", "chairmanOf", "Fabrikam")},
        id="a_leader_named_by_the_company_that_speaks",
    ),
    pytest.param("Fabrikam Inc. is headquartered in Vancouver.", {("Fabrikam Inc.", "locatedIn", "Vancouver")}, id="is_headquartered_in"),
    pytest.param("Northwind Traders Ltd is based in Oslo, the company said.", {("Northwind Traders Ltd", "locatedIn", "Oslo")}, id="is_based_in"),
    pytest.param(
        "Contoso said Fabrikam Inc. will keep its brand and its Greensboro, North Carolina, headquarters.",
        {("Fabrikam Inc.", "locatedIn", "Greensboro")},
        id="its_city_headquarters",
    ),
    pytest.param(
        "The new company, to be named Borealis Teck, will be headquartered in Vancouver, Canada.",
        {("Borealis Teck", "locatedIn", "Vancouver")},
        id="the_company_to_be_named",
    ),
    pytest.param("Dana Whitfield joined the board of Contoso Ltd in May.", {("Dana Whitfield", "boardMemberOf", "Contoso Ltd")}, id="joining_the_board"),
    pytest.param("Contoso Ltd received a $5 billion investment from Fabrikam Inc.", {("Fabrikam Inc.", "investsIn", "Contoso Ltd")}, id="an_investment_received_from"),
    pytest.param(
        "Anthropic raised $13 billion from investors including Fidelity.", {("Fidelity", "investsIn", "Anthropic")},
        id="raising_money_from_investors",
    ),
    pytest.param("Kelly Ortberg was named chief executive of Boeing.", {("Kelly Ortberg", "ceoOf", "Boeing")}, id="was_named_chief_executive"),
    pytest.param("Sam Altman co-founded OpenAI in 2015.", {("Sam Altman", "founderOf", "OpenAI")}, id="co_founded"),
    pytest.param("Amazon-backed Anthropic released a new model.", {("Amazon", "investsIn", "Anthropic")}, id="x_backed"),
    pytest.param("Samsung and Apple are fierce rivals in smartphones.", {("Samsung", "competesWith", "Apple")}, id="a_pair_of_rivals"),
    pytest.param("OpenAI faces a lawsuit from The New York Times.", {("The New York Times", "sues", "OpenAI")}, id="a_lawsuit_from"),
    pytest.param(
        "Nvidia relies on TSMC to make its chips.", {("TSMC", "suppliesTo", "Nvidia")}, id="relying_on_a_supplier",
    ),
    pytest.param(
        "Vodafone picked Ericsson to supply radio equipment.", {("Ericsson", "suppliesTo", "Vodafone")}, id="picked_to_supply",
    ),
    pytest.param("Apple is one of TSMC's biggest customers.", {("TSMC", "suppliesTo", "Apple")}, id="one_of_the_customers"),
    pytest.param(
        "OpenAI is part of the Stargate project with SoftBank and Oracle.", {("OpenAI", "participatesIn", "Stargate project")},
        id="part_of_a_project",
    ),
    pytest.param(
        "Novartis is paying Argo Biopharmaceutical $160 million upfront for rights to its programs.",
        {("Novartis", "hasAgreementWith", "Argo Biopharmaceutical")}, id="paying_a_company_for_rights",
    ),
    pytest.param(
        "Amazon.com, which has committed $8 billion to Anthropic, remains its primary training partner.",
        {("Amazon.com", "investsIn", "Anthropic")}, id="committing_money_to_a_company",
    ),
    pytest.param(
        "The move puts Contoso in more direct competition with Tesla and Ford Motor.",
        {("Contoso", "competesWith", "Tesla"), ("Contoso", "competesWith", "Ford Motor")}, id="put_in_competition_with",
    ),
    pytest.param(
        "Nissan in turn owns about 27% of Mitsubishi Motors, its partner in the three-way alliance.",
        {("Nissan", "ownsStakeIn", "Mitsubishi Motors"), ("Mitsubishi Motors", "partnersWith", "Nissan")},
        id="a_company_described_as_a_partner_is_no_person",
    ),
    pytest.param(
        "Pfizer sued Novo, whose chief executive Mike Doustdar took over in August.",
        {("Mike Doustdar", "ceoOf", "Novo")}, id="whose_chief_executive",
    ),
    pytest.param(
        "Amazon.com, which has committed $8 billion to Anthropic, remains its primary training partner, Anthropic said.",
        {("Amazon.com", "partnersWith", "Anthropic")}, id="its_partner_is_not_itself",
    ),
    pytest.param(
        "Meta signed a deal with Google to rent cloud servers.", {("Google", "suppliesTo", "Meta")}, id="a_deal_to_rent_from_a_party",
    ),
    pytest.param(
        "Anthropic is expanding its use of Google's tensor processing units.", {("Google", "suppliesTo", "Anthropic")},
        id="using_a_company_s_product",
    ),
    pytest.param(
        "Metsera is developing MET-097i, a once-monthly injectable drug, and MET-233i, an amylin analogue.",
        {("Metsera", "develops", "MET-097i"), ("Metsera", "develops", "MET-233i")}, id="a_name_after_an_apposition_is_listed_too",
    ),
    pytest.param("Regeneron bought 23andMe for $256 million.", {("Regeneron", "acquires", "23andMe")}, id="a_name_that_starts_with_a_digit"),
    pytest.param(
        "Under the agreement, Fabrikam will get exclusive rights to develop and sell NX-101 outside China.",
        {("Fabrikam", "hasExclusiveAccessTo", "NX-101")}, id="exclusive_rights_to_develop_a_product",
    ),
    pytest.param(
        "Fabrikam will retain the remaining 49% of Northwind Traders, the company said.",
        {("Fabrikam", "ownsStakeIn", "Northwind Traders")},
        id="a_share_retained_is_a_stake",
    ),
    pytest.param(
        "Fabrikam is paying $2.1 billion to buy Contoso Ltd, bringing its drug in-house.",
        {("Fabrikam", "acquires", "Contoso Ltd")},
        id="who_pays_an_amount_to_buy_buys",
    ),
    pytest.param(
        "\"This lease validates our strategy,\" Cipher Chief Executive Tyler Page said on a call.",
        {("Tyler Page", "ceoOf", "Cipher")},
        id="a_company_name_the_recognizer_ran_into_its_chief_s_title_and_name",
    ),
    pytest.param(
        "\"We will grow,\" said Harish C Mehta, chief executive of Fabrikam Inc.",
        {("Harish C Mehta", "ceoOf", "Fabrikam Inc.")},
        id="a_middle_initial_without_a_stop_keeps_the_first_name",
    ),
    pytest.param(
        "Fabrikam Inc. said it would close three centers built with Contoso Group, the U.K.-based firm it "
        "partnered with in 2018.",
        {("Fabrikam Inc.", "partnersWith", "Contoso Group")},
        id="the_company_a_relative_clause_partnered_with_is_the_one_it_is_on",
    ),
    pytest.param(
        "The funds will be used to build a training cluster in Suzhou, where Fabrikam Inc. is headquartered.",
        {("Fabrikam Inc.", "locatedIn", "Suzhou")},
        id="where_a_company_is_headquartered_is_the_place_the_clause_is_on",
    ),
    pytest.param(
        "HRS-9821, which Fabrikam Inc. designed as a dry-powder inhaled drug, would enter a crowded market.",
        {("Fabrikam Inc.", "develops", "HRS-9821")},
        id="a_coded_product_a_relative_clause_says_the_company_designed",
    ),
    pytest.param(
        "Jane Roe named a new team. Roe, a 36-year Fabrikam Inc. veteran who was previously its finance "
        "chief, replaced Tom Reyes as CEO in March.",
        {("Tom Reyes", "ceoOf", "Fabrikam Inc.")},
        id="a_company_in_the_title_holder_s_apposition_is_where_the_title_is_held",
    ),
    pytest.param(
        "\"We wanted a partner,\" said Chris Barman, a former Chrysler executive who became Fabrikam Inc.'s CEO in 2023.",
        {("Chris Barman", "ceoOf", "Fabrikam Inc.")},
        id="a_title_taken_in_a_relative_clause_on_a_person_s_description",
    ),
    pytest.param(
        "At Fabrikam Inc., Jane Roe took over as chief executive in July from Tom Reyes.",
        {("Jane Roe", "ceoOf", "Fabrikam Inc.")},
        id="a_title_taken_over_at_a_company",
    ),
    pytest.param(
        "Northwind Traders agreed to buy electricity from Contoso's new solar farm in Nevada for 20 years.",
        {("Contoso", "suppliesTo", "Northwind Traders")},
        id="bought_from_a_company_s_facility-1",
    ),
    pytest.param(
        "Fabrikam will source battery cells from Contoso's Ohio factory.",
        {("Contoso", "suppliesTo", "Fabrikam")},
        id="bought_from_a_company_s_facility-2",
    ),
    pytest.param(
        "Fabrikam supplies cold plates and pumps to Contoso Industries, Quanta Computer and Wistron.",
        {("Fabrikam", "suppliesTo", "Contoso Industries"), ("Fabrikam", "suppliesTo", "Wistron")},
        id="supplied_to_after_two_objects_the_parser_split",
    ),
    pytest.param(
        "Fabrikam Inc.'s board named Jane Roe as president and CEO.",
        {("Jane Roe", "ceoOf", "Fabrikam Inc.")},
        id="a_company_s_board_appoints",
    ),
    pytest.param(
        "Fabrikam said on Monday it would fight the claims. Fabrikam shares fell 3%. "
        "Chief Executive Jane Roe told Contoso News the technology was developed independently.",
        {("Jane Roe", "ceoOf", "Fabrikam")},
        id="whom_a_chief_executive_tells_is_not_her_company",
    ),
    pytest.param(
        "Fabrikam will invest $250 million in Northwind Energy, joining Contoso, Litware and Tailspin as "
        "backers of the Boston-based startup.",
        {("Contoso", "investsIn", "Northwind Energy"), ("Litware", "investsIn", "Northwind Energy"),
         ("Tailspin", "investsIn", "Northwind Energy"), ("Northwind Energy", "locatedIn", "Boston")},
        id="backers_of_the_startup_are_not_the_startup",
    ),
    pytest.param(
        "Contoso Ltd is putting $320 million into Fabrikam Inc. for a roughly 4% stake.",
        {("Contoso Ltd", "ownsStakeIn", "Fabrikam Inc."), ("Contoso Ltd", "investsIn", "Fabrikam Inc.")},
        id="money_put_in_for_a_stake",
    ),
    pytest.param(
        "Fabrikam Inc. denied the report on Monday. The Contoso Exchange halted trading in the stock. "
        "Shares of the Springfield-based company fell 4% when trading resumed.",
        {("Fabrikam Inc.", "locatedIn", "Springfield")},
        id="the_company_is_no_stock_exchange",
    ),
    pytest.param(
        "Contoso Biosciences' experimental therapy, zimislecel, is in a phase 3 trial.",
        {("Contoso Biosciences", "develops", "zimislecel")},
        id="a_company_s_drug_named_beside_it",
    ),
    pytest.param(
        "Fabrikam Inc. is in talks with a group of lenders led by Contoso Bank and Litware Capital to raise $1.5 billion.",
        {("Fabrikam Inc.", "inTalksWith", "Contoso Bank"), ("Fabrikam Inc.", "inTalksWith", "Litware Capital")},
        id="who_leads_a_group_acts_for_it-1",
    ),
    pytest.param(
        "A consortium led by Contoso Capital agreed to buy Fabrikam Inc. for $2 billion.",
        {("Contoso Capital", "acquires", "Fabrikam Inc.")},
        id="who_leads_a_group_acts_for_it-2",
    ),
    pytest.param(
        "Mazda will build its next crossovers on Arene, a software platform developed by Toyota unit Woven by Toyota, "
        "the Hiroshima-based automaker said on Monday.",
        {("Mazda", "locatedIn", "Hiroshima")},
        id="the_description_that_speaks_is_the_company_it_speaks_of",
    ),
    pytest.param(
        "Contoso Ltd, based in Ogaki, Gifu Prefecture, will buy newly issued Fabrikam shares.",
        {("Contoso Ltd", "locatedIn", "Ogaki")},
        id="based_in_a_city_and_its_region",
    ),
    pytest.param(
        "Fabrikam Inc. signed a supply deal with Contoso Ltd, which will deliver battery cells from 2027.",
        {("Contoso Ltd", "suppliesTo", "Fabrikam Inc.")},
        id="the_party_a_relative_clause_says_supplies_supplies_the_signer-1",
    ),
    pytest.param(
        "Northwind Pharma signed a long-term manufacturing agreement with Contoso Biologics, which will produce "
        "the drug substance at its Plant 5 in Songdo, South Korea.",
        {("Contoso Biologics", "manufacturesFor", "Northwind Pharma"), ("Contoso Biologics", "operates", "Plant 5")},
        id="the_party_a_relative_clause_says_supplies_supplies_the_signer-2",
    ),
    pytest.param(
        '"Demand will double," Fabrikam Executive Chairman Jane Roe said on a call with reporters.',
        {("Jane Roe", "chairmanOf", "Fabrikam")},
        id="a_title_word_the_recognizer_glued_to_a_company_is_no_part_of_its_name",
    ),
    pytest.param(
        "Fabrikam Inc. will license Contoso Ltd's driving software for its next models.",
        {("Fabrikam Inc.", "hasAgreementWith", "Contoso Ltd")},
        id="licensing_a_company_s_product_is_an_agreement_with_it",
    ),
    pytest.param(
        "Fabrikam Inc. cut its forecast on Monday. Fabrikam shares fell 5%. Fabrikam has lost ground to rivals. "
        "CEO Jane Roe, who took over in August, has cut 9,000 jobs as Fabrikam tries to win back share from Contoso Ltd.",
        {("Jane Roe", "ceoOf", "Fabrikam")},
        id="a_bare_title_s_company_is_the_topic_named_in_its_sentence",
    ),
    pytest.param(
        "Fabrikam Inc. was awarded $407 million in funding from the Contoso Agency.",
        {("Contoso Agency", "investsIn", "Fabrikam Inc.")},
        id="funding_received_from_a_body-1",
    ),
    pytest.param(
        "Fabrikam Inc. has received about 1.7 trillion yen in subsidies from Japan's Ministry of Economy, Trade and Industry.",
        {("Ministry of Economy, Trade and Industry", "investsIn", "Fabrikam Inc.")},
        id="funding_received_from_a_body-2",
    ),
    pytest.param(
        "Fabrikam Inc. said it supplies HBM3E for Nvidia's Blackwell GPUs.",
        {("Fabrikam Inc.", "suppliesTo", "Nvidia")},
        id="supplies_for_a_company_s_product_supplies_the_company",
    ),
    pytest.param(
        "Fabrikam CEO Kim Reynolds will step down when the deal closes and be replaced by Peter Whitsett, a Contoso executive.",
        {("Peter Whitsett", "ceoOf", "Fabrikam"), ("Kim Reynolds", "ceoOf", "Fabrikam")},
        id="whoever_replaces_the_title_holder_takes_the_title-1",
    ),
    pytest.param(
        "Fabrikam Inc. said Chief Executive Kim Reynolds will be succeeded by Peter Whitsett.",
        {("Peter Whitsett", "ceoOf", "Fabrikam Inc.")},
        id="whoever_replaces_the_title_holder_takes_the_title-2",
    ),
    pytest.param(
        "Northwind, the Harlow family's holding company and Contoso's largest shareholder with a stake of about "
        "15 percent, backs the plan.",
        {("Northwind", "ownsStakeIn", "Contoso")},
        id="a_second_description_joined_to_an_apposition_describes_the_name_too",
    ),
    pytest.param(
        "Fabrikam Bio's lead drug, zolantacept, is under FDA review.",
        {("Fabrikam Bio", "develops", "zolantacept")},
        id="a_company_s_lead_drug_named_beside_it_is_one_it_develops-1",
    ),
    pytest.param(
        "Fabrikam Bio said on Monday that its lead drug, zolantacept, is under FDA review.",
        {("Fabrikam Bio", "develops", "zolantacept")},
        id="a_company_s_lead_drug_named_beside_it_is_one_it_develops-2",
    ),
    pytest.param(
        "Liu noted that Fabrikam Corp. has partnered with Contoso, marking Fabrikam Corp. as Taiwan's first Contoso "
        "cloud partner.",
        {("Fabrikam Corp.", "locatedIn", "Taiwan")},
        id="a_company_marked_as_a_place_s_partner_is_in_that_place",
    ),
    pytest.param(
        "Fabrikam, which is backed by Northwind Capital, supplies cooling hardware to Contoso Inc. and Litware Inc.",
        {("Fabrikam", "suppliesTo", "Contoso Inc."), ("Fabrikam", "suppliesTo", "Litware Inc.")},
        id="supplies_an_ing_word_s_thing_to_a_company",
    ),
    pytest.param(
        "Jane Roe, a board member at Contoso Group who also chairs Fabrikam's supervisory board, backed the deal.",
        {("Jane Roe", "chairmanOf", "Fabrikam")},
        id="who_chairs_a_company_s_board_chairs_the_company",
    ),
    pytest.param(
        "Contoso Pharma said its cancer blockbuster Zentoxa faces generic rivals from 2028.",
        {("Contoso Pharma", "develops", "Zentoxa")},
        id="a_company_s_blockbuster_is_a_drug_it_develops",
    ),
    pytest.param(
        "Fabrikam has signed a 15-year power purchase agreement with Contoso Energy for 300MW of wind generation.",
        {("Fabrikam", "hasAgreementWith", "Contoso Energy")},
        id="a_name_ends_before_a_preposition_and_a_quantity",
    ),
    pytest.param(
        "Contoso Inc. bought Fabrikam Motor in 2021.",
        {("Contoso Inc.", "acquires", "Fabrikam Motor")},
        id="a_company_named_like_a_product_unit_is_bought_whole",
    ),
    pytest.param(
        "Fabrikam CSO Jane Roe said the company would grow.",
        {("Jane Roe", "worksFor", "Fabrikam")},
        id="a_chief_officer_acronym_is_a_title",
    ),
    pytest.param(
        "Contoso Ltd said on Monday that Contoso Ltd's Northwind Traders unit will build the plant.",
        {("Northwind Traders", "subsidiaryOf", "Contoso Ltd")},
        id="a_named_unit_of_a_possessor_is_its_subsidiary",
    ),
    pytest.param(
        "Microsoft signed a GPU deal with Contoso Ltd on Monday. Microsoft said the deal would help Microsoft grow. "
        "Contoso Ltd raised $1.1bn in September in a funding round led by Aker, with Nvidia and Nokia also taking part.",
        {("Aker", "investsIn", "Contoso Ltd"), ("Nokia", "investsIn", "Contoso Ltd"), ("Nvidia", "investsIn", "Contoso Ltd")},
        id="those_taking_part_in_a_round_invest_in_the_company_that_raised_it",
    ),
    pytest.param(
        "Contoso Ltd supplies Microsoft with GPU capacity. The company raised $1.1bn in September in a funding round led by Aker.",
        {("Aker", "investsIn", "Contoso Ltd")},
        id="a_name_the_recognizer_missed_pairs_with_a_description",
    ),
    pytest.param(
        "Jane Roe, a former gas trader who cofounded Contoso Ltd in 2017, spoke on Monday.",
        {("Jane Roe", "founderOf", "Contoso Ltd")},
        id="cofounded_without_a_hyphen_founds",
    ),
    pytest.param(
        "Jane Roe, Contoso Ltd's chief executive and one of its seven co-founders, said sales rose.",
        {("Jane Roe", "ceoOf", "Contoso Ltd"), ("Jane Roe", "founderOf", "Contoso Ltd")},
        id="one_of_its_founders_is_a_founder",
    ),
    pytest.param(
        "Contoso Ltd signed an agreement to buy cells from Fabrikam Inc.'s plants.",
        {("Contoso Ltd", "hasAgreementWith", "Fabrikam Inc.")},
        id="an_agreement_to_buy_from_a_company_s_plants_is_with_the_company",
    ),
    pytest.param(
        "Northwind Group said sales rose. Litware, the group's in-house chip design unit, has developed a new inference chip.",
        {("Litware", "subsidiaryOf", "Northwind Group")},
        id="the_possessor_in_a_name_s_apposition_is_another_company",
    ),
    pytest.param(
        "Contoso Ltd reported earnings on Tuesday. Litware, its self-driving unit, will expand to Miami.",
        {("Litware", "subsidiaryOf", "Contoso Ltd")},
        id="its_in_a_name_s_apposition_is_another_company",
    ),
    pytest.param(
        "Since Jane Roe returned to Contoso Ltd as CEO last year, the company has grown.",
        {("Jane Roe", "ceoOf", "Contoso Ltd")},
        id="returned_to_a_company_as_its_chief",
    ),
    pytest.param(
        "Fabrikam Inc. Chair and CEO Jane Roe and Northwind Executive Chair John Smith first announced the partnership in 2024.",
        {("Jane Roe", "ceoOf", "Fabrikam Inc."), ("Jane Roe", "chairmanOf", "Fabrikam Inc."), ("John Smith", "chairmanOf", "Northwind")},
        id="two_companies_titles_and_people_in_a_row",
    ),
    pytest.param(
        "Contoso Ltd is now developing Hyperion, a sprawling campus in Richland Parish, Louisiana.",
        {("Contoso Ltd", "develops", "Hyperion")},
        id="a_name_described_as_a_campus_is_a_site",
    ),
    pytest.param(
        "Contoso Ltd already rents capacity from Fabrikam Inc. under a $14.2 billion agreement signed in September.",
        {("Contoso Ltd", "hasAgreementWith", "Fabrikam Inc.")},
        id="what_a_company_does_under_an_agreement_is_done_with_the_other_party",
    ),
    pytest.param(
        "Contoso Ltd has signed multiyear contracts worth about £2 billion ($2.7 billion) with Sweden's Ericsson and "
        "Finland's Nokia to modernize its network.",
        {("Contoso Ltd", "hasAgreementWith", "Nokia")},
        id="a_party_the_parser_made_the_subject_of_what_the_deal_is_for",
    ),
    pytest.param(
        "Contoso Ltd remains Fabrikam Inc.'s primary training partner and its largest investor.",
        {("Contoso Ltd", "investsIn", "Fabrikam Inc."), ("Contoso Ltd", "partnersWith", "Fabrikam Inc.")},
        id="its_in_a_second_predicate_noun_is_the_first_one_s_possessor",
    ),
    pytest.param(
        "The cells will come from the Kestrel Battery Company plant in Ellabell, Georgia, which Contoso Ltd and "
        "Fabrikam Inc. are building as a joint venture.",
        {("Contoso Ltd", "develops", "Kestrel Battery Company plant"), ("Fabrikam Inc.", "develops", "Kestrel Battery Company plant")},
        id="a_relative_clause_hung_on_the_place_of_a_site_is_on_the_site",
    ),
    pytest.param(
        "Weeks later, Contoso Ltd and Fabrikam Inc. said they would invest up to $5 billion and $10 billion, respectively, in Litware.",
        {("Contoso Ltd", "investsIn", "Litware"), ("Fabrikam Inc.", "investsIn", "Litware")},
        id="they_after_two_named_subjects_is_each_of_them",
    ),
    pytest.param(
        "The operator is also in discussions with Danantara, Indonesia's sovereign wealth fund, about co-investing in the site. "
        "Fabrikam Inc. runs the operator.",
        {("Danantara", "locatedIn", "Indonesia")},
        id="a_name_described_as_a_fund_is_an_organization",
    ),
    pytest.param(
        "The B10 will be built for Leapmotor International, the Amsterdam-based joint venture that is 51 percent owned by "
        "Stellantis and 49 percent by Zhejiang Leapmotor Technology.",
        {("Stellantis", "ownsStakeIn", "Leapmotor International"),
         ("Zhejiang Leapmotor Technology", "ownsStakeIn", "Leapmotor International")},
        id="a_venture_that_is_percent_owned_by_two_companies",
    ),
    pytest.param(
        "Renault, which is chaired by Jean-Dominique Senard, said it would examine any option.",
        {("Jean-Dominique Senard", "chairmanOf", "Renault")},
        id="who_chairs_a_company_is_a_person",
    ),
    pytest.param(
        "The move pits Contoso Ltd against Fabrikam Inc. in the cloud market.",
        {("Contoso Ltd", "competesWith", "Fabrikam Inc.")},
        id="pitted_against_is_rivalry",
    ),
    pytest.param(
        "Flipkart has partnered with Google Cloud to build AI tools.",
        {("Flipkart", "partnersWith", "Google Cloud")},
        id="a_cloud_business_that_signs_deals_is_an_organization",
    ),
    pytest.param(
        "Contoso Ltd is also considering building a second Fabrikam model in Europe, CEO Jane Roe told analysts.",
        {("Jane Roe", "ceoOf", "Contoso Ltd")},
        id="a_bare_chief_speaks_for_the_company_the_words_are_about",
    ),
    pytest.param(
        "Chief Executive Jane Roe told analysts last month that Contoso Ltd would spend about $680 million on AI.",
        {("Jane Roe", "ceoOf", "Contoso Ltd")},
        id="a_bare_chief_who_tells_what_a_company_will_do_is_its_chief",
    ),
    pytest.param(
        "The sale comes a year after Macy's broke off talks with Arkhouse Management and Brigade Capital Management, "
        "which had offered $6.9 billion.",
        {("Macy's", "inTalksWith", "Arkhouse Management"), ("Macy's", "inTalksWith", "Brigade Capital Management")},
        id="two_company_names_joined_by_and_are_two",
    ),
    pytest.param(
        "The tie-up between Contoso Ltd and Fabrikam Inc. will create jobs.",
        {("Contoso Ltd", "partnersWith", "Fabrikam Inc.")},
        id="a_tie_up_is_one_word",
    ),
    pytest.param(
        "Bloomberg has also reported that Contoso Ltd held preliminary discussions about investing in Fabrikam Inc.",
        {("Contoso Ltd", "inTalksWith", "Fabrikam Inc.")},
        id="discussions_about_investing_in_a_company_are_talks_with_it",
    ),
    pytest.param(
        "Contoso Ltd reported earnings. The company plans to spend $72 billion this year, including Kestrel, a data-center "
        "complex it is building in Louisiana.",
        {("Contoso Ltd", "develops", "Kestrel")},
        id="the_noun_a_clause_without_a_relative_pronoun_is_about_is_its_object",
    ),
    pytest.param(
        "Walmart has also built its own AI shopping assistant, Sparky, which now appears in the retailer's app.",
        {("Walmart", "develops", "Sparky")},
        id="a_name_set_beside_an_assistant_is_a_product",
    ),
    pytest.param(
        "Whitefish City Manager Tom Muri said the town grew.",
        {("Tom Muri", "livesIn", "Whitefish City")},
        id="a_town_before_a_manager_s_title_stays_a_town",
    ),
    pytest.param(
        "SiTime, based in Santa Clara, California, makes MEMS-based timing chips and competes with Renesas in oscillators.",
        {("SiTime", "competesWith", "Renesas")},
        id="a_verb_the_tagger_took_for_a_plural_noun",
    ),
    pytest.param(
        "Contoso Ltd invested about 1.5 billion euros in Fabrikam Inc. in 2023 for a roughly 21% stake.",
        {("Contoso Ltd", "ownsStakeIn", "Fabrikam Inc.")},
        id="a_stake_bought_with_money_put_in_a_company_the_parser_hung_on_the_money",
    ),
    pytest.param(
        "Halcyon Sciences' planned $5.8 billion takeover of Tessaly Bio has drawn a second request from the "
        "Federal Trade Commission, pushing the deal's expected close into the second half of 2026.",
        {("Halcyon Sciences", "acquires", "Tessaly Bio")},
        id="a_possessor_the_parser_lost_before_the_deal_s_modifiers",
    ),
    pytest.param(
        "Tom Alder will run the chain. He previously served as chief executive of Brookfield Retail Holdings.",
        {("Tom Alder", "ceoOf", "Brookfield Retail Holdings")},
        id="a_title_held_by_a_pronoun_is_held_by_the_person_it_stands_for",
    ),
    pytest.param(
        "Jane Roe previously served as CEO of Staples US Retail.",
        {("Jane Roe", "ceoOf", "Staples US Retail")},
        id="what_a_chief_executive_leads_is_a_company_whatever_the_tagger_said",
    ),
    pytest.param(
        "Brookfield Partners took Zeta Systems private in August.",
        {("Brookfield Partners", "acquires", "Zeta Systems")},
        id="taking_a_company_private_the_parser_read_as_taking_private",
    ),
    pytest.param(
        "Brookfield Partners agreed to take Zeta Systems private for $10 billion.",
        {("Brookfield Partners", "acquires", "Zeta Systems")},
        id="taking_a_company_private_with_private_parsed_onto_the_name",
    ),
    pytest.param(
        "Ridgeline Capital Partners, which owns about 9% of Zeta Systems' shares, has agreed to vote in favor of the "
        "transaction.",
        {("Ridgeline Capital Partners", "ownsStakeIn", "Zeta Systems")},
        id="a_percentage_of_a_company_s_shares_is_a_stake_in_it",
    ),
    pytest.param(
        "Halvern Pharmaceutical has licensed HV-204 to a partner. Nordvolt said on Monday that the two will jointly "
        "develop HV-204.",
        {("Nordvolt", "develops", "HV-204"), ("Halvern Pharmaceutical", "develops", "HV-204")},
        id="the_two_one_named_here_one_in_the_sentence_before",
    ),
    pytest.param(
        "Kioxia, which already supplies most of the memory used in Nordvolt's servers, plans to raise output.",
        {("Kioxia", "suppliesTo", "Nordvolt")},
        id="what_is_supplied_is_used_in_the_customer_s_things",
    ),
    pytest.param(
        "Brightline supplies the automation systems used in all 42 of Carrefour's distribution centers.",
        {("Brightline", "suppliesTo", "Carrefour")},
        id="what_is_supplied_is_used_in_a_part_of_the_customer_s_things",
    ),
    pytest.param(
        "Kioxia supplies the chips used by Zeta Systems.",
        {("Kioxia", "suppliesTo", "Zeta Systems")},
        id="what_is_supplied_is_used_by_the_customer",
    ),
    pytest.param(
        "Fabrikam will be one of the first companies to sell Zephyr, Kioxia's rack-scale AI platform, which packs 72 GPUs.",
        {("Kioxia", "develops", "Zephyr")},
        id="a_company_s_platform_beside_a_name_parsed_as_a_conjunct",
    ),
    pytest.param(
        "Nordvolt has signed a deal with Kioxia to supply cells for the R2, its upcoming midsize SUV.",
        {("Nordvolt", "develops", "R2"), ("Nordvolt", "suppliesTo", "Kioxia")},
        id="a_short_code_set_beside_a_kind_of_made_thing_names_it",
    ),
    pytest.param(
        "Brightwater has struck a licensing deal with Chinese drugmaker Tessaly Pharmaceuticals for exclusive global "
        "rights to TSL-9823, an oral GLP-1 receptor agonist.",
        {("Tessaly Pharmaceuticals", "develops", "TSL-9823"), ("Brightwater", "hasExclusiveAccessTo", "TSL-9823")},
        id="who_a_licensing_deal_is_with_grants_the_rights_to_its_drug",
    ),
    pytest.param(
        "Nordvolt Bio licensed the rights to VX-880 from Zeta Therapeutics.",
        {("Zeta Therapeutics", "develops", "VX-880")},
        id="who_grants_rights_that_are_not_exclusive_has_the_thing_too",
    ),
    pytest.param(
        "Kioxia aims to make 2nm chips by 2027. Kioxia is backed by Toyota. Kioxia said the process technology comes "
        "from a partnership with Zeta Systems, which has trained 100 engineers.",
        {("Kioxia", "partnersWith", "Zeta Systems")},
        id="a_partnership_no_one_in_its_clause_holds_is_the_article_s_company_s",
    ),
    pytest.param(
        "Nordvolt founder Ana Lindqvist has called the partnership with Carrefour a template.",
        {("Nordvolt", "partnersWith", "Carrefour")},
        id="a_partnership_a_company_s_founder_speaks_of_is_the_company_s",
    ),
    pytest.param(
        "Carrefour wants shoppers to buy in chat. Carrefour said sales rose. Carrefour shares gained. Under an agreement "
        "with Zeta Systems, shoppers will be able to buy most Carrefour items in the chatbot.",
        {("Carrefour", "hasAgreementWith", "Zeta Systems")},
        id="an_agreement_no_one_in_its_clause_holds_is_the_article_s_company_s",
    ),
]

OWNERSHIP = [
    ("The new company, Northwind Energy, is 60% owned by Contoso.", ("Contoso", "ownsStakeIn", "Northwind Energy")),
    ("Fabrikam is majority-owned by Contoso.", ("Contoso", "ownsStakeIn", "Fabrikam")),
    ("Fabrikam is owned by Contoso.", ("Fabrikam", "subsidiaryOf", "Contoso")),
    (
        "Contoso Inc. owns 51 percent of Northwind Energy, with Fabrikam Corp. holding the remaining 49 percent.",
        ("Fabrikam Corp.", "ownsStakeIn", "Northwind Energy"),
    ),
    ("Fabrikam, majority owned by Contoso Inc., makes chips.", ("Contoso Inc.", "ownsStakeIn", "Fabrikam")),
    (
        "Fabrikam Biologics, which is majority owned by Contoso Inc., competes with Lonza.",
        ("Contoso Inc.", "ownsStakeIn", "Fabrikam Biologics"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), OWNERSHIP)
def test_a_share_of_ownership_is_a_stake_and_the_whole_a_subsidiary(extract, sentence, fact):
    found = triples(extract(sentence))
    assert fact in found
    other = "subsidiaryOf" if fact[1] == "ownsStakeIn" else "ownsStakeIn"
    assert not {t for t in found if t[1] == other}


@pytest.mark.parametrize(("sentence", "expected"), READS)
def test_extract_reads(extract, sentence, expected):
    assert expected <= stated(extract(sentence))


# (sentence, facts it must yield, facts it must not yield)
READS_NOT = [
    pytest.param(
        "The plan was announced by the Department for Science, Innovation and Technology, which signed the "
        "contract with Contoso Inc.",
        {("Department for Science, Innovation and Technology", "hasAgreementWith", "Contoso Inc.")},
        {("Department", "hasAgreementWith", "Contoso Inc.")},
        id="a_department_for_something_is_one_name",
    ),
    pytest.param(
        "Primark, which competes with T.J. Maxx, Burlington and Ross Stores for shoppers, is opening 20 stores.",
        {("Primark", "competesWith", "T.J. Maxx"), ("Primark", "competesWith", "Ross Stores")},
        set(),
        id="names_listed_with_a_company_as_rivals_are_companies",
    ),
    pytest.param(
        "10.5 Employment Agreement, dated as of May 1, 2020, between Contoso Holdings, Inc. and Peter Ross.",
        {("Peter Ross", "worksFor", "Contoso Holdings, Inc.")},
        {("Contoso Holdings, Inc.", "hasAgreementWith", "Peter Ross")},
        id="a_person_party_to_an_agreement_between_a_company_and_him_stays_a_person",
    ),
    pytest.param(
        "Contoso Inc. is in talks to acquire Fabrikam, people familiar with the matter said.",
        {("Contoso Inc.", "inTalksWith", "Fabrikam")},
        {("Contoso Inc.", "acquires", "Fabrikam")},
        id="what_talks_are_about_has_not_happened-1",
    ),
    pytest.param(
        "Contoso Inc. said it is in talks to sell its Litware unit to the Swiss drugmaker Fabrikam AG.",
        {("Contoso Inc.", "inTalksWith", "Fabrikam AG")},
        {("Contoso Inc.", "divests", "Litware"), ("Fabrikam AG", "acquires", "Litware"),
         ("Contoso Inc.", "inTalksWith", "Litware")},
        id="what_talks_are_about_has_not_happened-2",
    ),
    pytest.param(
        "Contoso Inc. named Jane Roe its chief executive in March. Roe, a former Fabrikam executive who "
        "replaced John Doe in April, has pushed Contoso Inc. into data centers.",
        {("John Doe", "ceoOf", "Contoso Inc.")},
        set(),
        id="whom_the_chief_executive_replaced_was_chief_executive",
    ),
    pytest.param(
        "Contoso Inc. nominated Jane Roe, who ran Fabrikam Ltd as chief executive, to chair its board. "
        "Roe will succeed John Doe, who has chaired the board since 2021.",
        set(),
        {("John Doe", "ceoOf", "Fabrikam Ltd")},
        id="whom_a_former_chief_executive_succeeds_elsewhere_held_no_title_there",
    ),
    pytest.param(
        "Fabrikam Inc. said it had signed an agreement with British startup Contoso to use Contoso's Road Pilot "
        "software in its next cars.",
        {("Fabrikam Inc.", "uses", "Road Pilot"), ("Contoso", "develops", "Road Pilot")},
        {("Fabrikam Inc.", "hasAgreementWith", "Road Pilot")},
        id="a_company_s_name_before_software_is_a_product",
    ),
    pytest.param(
        "The Wall Street Journal reported the lawsuit on Monday. "
        "The Springfield-based company holds about 13% of Contoso Ltd, a filing showed.",
        set(),
        {("The Wall Street Journal", "ownsStakeIn", "Contoso Ltd"), ("The Wall Street Journal", "locatedIn", "Springfield")},
        id="the_company_is_no_newspaper",
    ),
    pytest.param(
        "Its partners include Waymo in Austin and Atlanta, WeRide in Abu Dhabi and Zoox in Las Vegas.",
        {("WeRide", "locatedIn", "Abu Dhabi")},
        {("Austin", "locatedIn", "Abu Dhabi"), ("Atlanta", "locatedIn", "Abu Dhabi"), ("Austin", "locatedIn", "Las Vegas")},
        id="a_list_of_companies_each_in_its_city_is_no_list_of_places",
    ),
    pytest.param(
        "Fabrikam Inc. raised $300 million in a round led by Contoso Capital. Fabrikam said it would hire engineers. "
        "Northwind Ventures and Litware Partners are also investors. CEO Jane Roe told investors the money would last.",
        {("Northwind Ventures", "investsIn", "Fabrikam Inc."), ("Litware Partners", "investsIn", "Fabrikam Inc.")},
        {("Jane Roe", "investsIn", "Fabrikam Inc."), ("Jane Roe", "investsIn", "Fabrikam")},
        id="who_are_also_investors_invest_in_the_round_s_company",
    ),
    pytest.param(
        "Jane Roe joined Fabrikam Inc. in 1999 and spent much of her career in Brazil and Argentina.",
        set(),
        {("Jane Roe", "investsIn", "Brazil"), ("Jane Roe", "investsIn", "Argentina")},
        id="spending_a_career_somewhere_is_no_investment",
    ),
    pytest.param(
        "Fabrikam Inc. paid $11 billion to buy three Contoso fill-finish plants from Northwind Holdings.",
        set(),
        {("Fabrikam Inc.", "acquires", "Contoso"), ("Northwind Holdings", "suppliesTo", "Fabrikam Inc."),
         ("Northwind Holdings", "divests", "Contoso")},
        id="plants_bought_are_no_company_bought_and_no_supply",
    ),
    pytest.param(
        "Contoso Ltd is buying Fabrikam Inc. for $2 billion. Under the deal, Contoso Ltd will pay "
        "$40 per share, a 30% premium to Fabrikam Inc.'s closing price.",
        {("Contoso Ltd", "hasAgreementWith", "Fabrikam Inc.")},
        set(),
        id="who_acts_under_the_deal_has_an_agreement_with_its_other_party-1",
    ),
    pytest.param(
        "Litware signed a power purchase agreement with Contoso Ltd. Under the deal, Northwind Energy Resources, a "
        "subsidiary of Northwind Energy, will deliver up to 1 gigawatt of capacity to the site.",
        set(),
        {("Northwind Energy Resources", "hasAgreementWith", "Northwind Energy")},
        id="who_acts_under_the_deal_has_an_agreement_with_its_other_party-2",
    ),
    pytest.param(
        "Contoso Inc., the owner of Fabrikam Ltd and Litware Ltd, agreed to buy Northwind Corp.",
        {("Fabrikam Ltd", "subsidiaryOf", "Contoso Inc."), ("Litware Ltd", "subsidiaryOf", "Contoso Inc.")},
        {("Contoso Inc.", "ownsStakeIn", "Fabrikam Ltd")},
        id="the_owner_of_a_company_is_its_parent",
    ),
    pytest.param(
        "Contoso Inc., a minority owner of Fabrikam Ltd, said on Monday it would sell.",
        {("Contoso Inc.", "ownsStakeIn", "Fabrikam Ltd")},
        {("Fabrikam Ltd", "subsidiaryOf", "Contoso Inc.")},
        id="a_minority_owner_holds_a_stake",
    ),
    pytest.param(
        "Fabrikam Inc. will buy 20,000 Nvidia GB300 systems.",
        {("Nvidia", "suppliesTo", "Fabrikam Inc.")},
        {("Fabrikam Inc.", "acquires", "GB300"), ("Fabrikam Inc.", "acquires", "Nvidia")},
        id="units_bought_are_supplied_by_their_maker-1",
    ),
    pytest.param(
        "Fabrikam Inc. committed to buy 18,000 of Nvidia's Blackwell chips.",
        {("Nvidia", "suppliesTo", "Fabrikam Inc.")},
        {("Fabrikam Inc.", "acquires", "Blackwell")},
        id="units_bought_are_supplied_by_their_maker-2",
    ),
    pytest.param(
        "Northwind Motors also buys Fabrikam chassis for its electric motorhomes.",
        {("Fabrikam", "suppliesTo", "Northwind Motors")},
        {("Northwind Motors", "acquires", "Fabrikam")},
        id="units_bought_are_supplied_by_their_maker-3",
    ),
    pytest.param(
        "Fabrikam, which was spun out of Contoso in 2024 and is run by Dana Whitfield, makes chips.",
        {("Dana Whitfield", "ceoOf", "Fabrikam")},
        {("Dana Whitfield", "ceoOf", "Contoso")},
        id="a_second_passive_shares_the_first_one_s_subject",
    ),
    pytest.param(
        "Contoso, which already has an agreement to buy computing capacity from Vexcale in Norway and the UK, "
        "is expected to be a tenant at Lahti.",
        set(),
        {("UK", "locatedIn", "Norway")},
        id="a_place_joined_to_a_thing_in_a_place_is_not_in_that_place",
    ),
    pytest.param(
        "Fabrikam, the UK-based cloud start-up, signed the deal.",
        {("Fabrikam", "locatedIn", "UK")},
        set(),
        id="a_start_up_is_one_word",
    ),
    pytest.param(
        "Contoso placed a $40 million order for bonding tools with Fabrikam.",
        {("Fabrikam", "suppliesTo", "Contoso")},
        {("Contoso", "suppliesTo", "Fabrikam")},
        id="whom_an_order_is_placed_with_supplies_the_buyer",
    ),
    pytest.param(
        "Founded in 2016 by Dana Whitfield, a former researcher at Contoso Research Asia, Orbita supplies "
        "driver-assistance software to more than a dozen carmakers.",
        {("Dana Whitfield", "founderOf", "Orbita")},
        set(),
        id="founded_by_before_the_clause_parsed_as_its_subject",
    ),
    pytest.param(
        "Northwind Bio has signed a clinical trial collaboration and supply agreement with Fabrikam.",
        {("Northwind Bio", "partnersWith", "Fabrikam"), ("Northwind Bio", "hasAgreementWith", "Fabrikam")},
        set(),
        id="a_collaboration_agreement_is_a_partnership-1",
    ),
    pytest.param(
        "Contoso signed a memorandum of understanding with Fabrikam in 2024 to collaborate on advanced packaging.",
        {("Contoso", "partnersWith", "Fabrikam"), ("Contoso", "hasAgreementWith", "Fabrikam")},
        set(),
        id="a_collaboration_agreement_is_a_partnership-2",
    ),
    pytest.param(
        "Contoso, which also supplies chips to rivals such as Fabrikam and Northwind, is both a vendor and an investor.",
        {("Contoso", "suppliesTo", "Fabrikam"), ("Contoso", "suppliesTo", "Northwind")},
        set(),
        id="every_example_a_plural_noun_lists_takes_its_place",
    ),
    pytest.param(
        "Fabrikam reported results on Thursday. The Santa Clara, Calif.-based toolmaker derived 37% of its sales from China.",
        {("Fabrikam", "locatedIn", "Santa Clara")},
        set(),
        id="a_place_before_a_description_places_the_company_it_means-1",
    ),
    pytest.param(
        "Contoso agreed to buy Fabrikam Bio on Sunday. The Swiss drugmaker will pay $72 a share in cash for the San Diego biotech.",
        {("Fabrikam Bio", "locatedIn", "San Diego")},
        {("Contoso", "locatedIn", "San Diego")},
        id="a_place_before_a_description_places_the_company_it_means-2",
    ),
    pytest.param(
        "Contoso Pharma reported sales. Chief Executive Jane Roe has said the New Brunswick, N.J., company is looking for deals.",
        {("Contoso Pharma", "locatedIn", "New Brunswick")},
        set(),
        id="a_place_before_a_description_places_the_company_it_means-3",
    ),
    pytest.param(
        "Fabrikam Energy, the battery unit of the Contoso Group, has signed a long-term agreement with the "
        "Brussels-based materials group Umicore.",
        {("Umicore", "locatedIn", "Brussels")},
        {("Fabrikam Energy", "locatedIn", "Brussels"), ("Contoso Group", "locatedIn", "Brussels")},
        id="a_place_before_a_description_with_its_name_places_that_name_only",
    ),
    pytest.param(
        "Fabrikam Bio co-commercializes the drug in the U.S. with Contoso under a 2024 collaboration.",
        {("Fabrikam Bio", "partnersWith", "Contoso")},
        set(),
        id="co_commercializing_with_a_company_is_partnering",
    ),
    pytest.param(
        "Contoso has gained exclusive global rights to Fabrikam Bio's oral receptor agonist FB-204 in a licensing deal "
        "worth up to $1 billion.",
        {("Contoso", "hasAgreementWith", "Fabrikam Bio"), ("Contoso", "hasExclusiveAccessTo", "FB-204")},
        {("Contoso", "hasExclusiveAccessTo", "Fabrikam Bio")},
        id="a_deal_for_a_company_s_product_is_a_deal_with_the_company",
    ),
    pytest.param(
        "The two automakers swapped shares in 2017: Contoso took 5 percent of Fabrikam, which in turn took 0.25 percent "
        "of Contoso.",
        {("Contoso", "ownsStakeIn", "Fabrikam"), ("Fabrikam", "ownsStakeIn", "Contoso")},
        {("Contoso", "acquires", "Fabrikam")},
        id="taking_a_percentage_of_a_company_is_a_stake",
    ),
    pytest.param(
        "Contoso and Fabrikam signed a deal. The two companies said Tuesday that Northwind Cells LLC, their 50-50 joint "
        "venture, will convert production lines.",
        {("Contoso", "ownsStakeIn", "Northwind Cells LLC"), ("Fabrikam", "ownsStakeIn", "Northwind Cells LLC")},
        set(),
        id="their_venture_is_each_one_s_when_they_are_the_two_companies",
    ),
    pytest.param(
        "Contoso Corp. said Monday it has signed a deal to supply cylindrical batteries worth about 15 trillion won "
        "($10.8 billion) to Fabrikam Inc. over seven years.",
        {("Contoso Corp.", "suppliesTo", "Fabrikam Inc."), ("Contoso Corp.", "hasAgreementWith", "Fabrikam Inc.")},
        set(),
        id="a_deal_to_supply_to_x_however_to_is_hung",
    ),
    pytest.param(
        "Nordvolt has signed a five-year agreement worth about $3 billion to supply Tessaly Motors with battery cells.",
        {("Nordvolt", "suppliesTo", "Tessaly Motors")},
        set(),
        id="an_agreement_worth_an_amount_to_supply_someone",
    ),
    pytest.param(
        "Tessaly Energy, the Kioxia-Nordvolt joint venture, builds battery plants in Ohio.",
        {("Kioxia", "ownsStakeIn", "Tessaly Energy"), ("Nordvolt", "ownsStakeIn", "Tessaly Energy"),
         ("Kioxia", "partnersWith", "Nordvolt")},
        set(),
        id="a_venture_named_by_its_two_owners_joined_by_a_hyphen",
    ),
    pytest.param(
        "Tessaly Energy, a US-China joint venture, builds battery plants in Ohio.",
        set(),
        {("US", "ownsStakeIn", "Tessaly Energy"), ("China", "ownsStakeIn", "Tessaly Energy")},
        id="a_venture_named_by_two_countries_has_no_owners_there",
    ),
    pytest.param(
        "Halcyon, a joint venture among Brookfield, Kioxia and Nordvolt, aims to build ten plants.",
        {("Brookfield", "ownsStakeIn", "Halcyon"), ("Kioxia", "ownsStakeIn", "Halcyon"),
         ("Nordvolt", "ownsStakeIn", "Halcyon"), ("Kioxia", "partnersWith", "Nordvolt")},
        set(),
        id="a_venture_among_three_companies",
    ),
    pytest.param(
        "Mara Voss, the former head of Tessaly, took over as chief executive of Kestrel on Monday.",
        {("Mara Voss", "ceoOf", "Kestrel")},
        {("Mara Voss", "worksFor", "Tessaly"), ("Mara Voss", "ceoOf", "Tessaly")},
        id="a_former_head_leads_only_the_new_company",
    ),
    pytest.param(
        "Kestrel has rebuilt its ties with retailers after years of direct sales under former CEO Jon Hale.",
        set(),
        {("Jon Hale", "ceoOf", "Kestrel"), ("Jon Hale", "worksFor", "Kestrel")},
        id="a_former_chief_executive_is_none_now",
    ),
    pytest.param(
        "Jon Hale, a former executive at Halcyon Foods, told reporters the chain would grow.",
        set(),
        {("Jon Hale", "worksFor", "Halcyon Foods")},
        id="a_former_executive_at_a_company_works_there_no_more",
    ),
    pytest.param(
        "Kestrel's former executive chairman Jon Hale retains a stake in the group.",
        set(),
        {("Jon Hale", "chairmanOf", "Kestrel"), ("Jon Hale", "worksFor", "Kestrel")},
        id="a_former_chairman_before_the_name",
    ),
    pytest.param(
        "Halcyon, which counts Nordvolt as a $1.5bn minority investor, is building a campus in Ohio.",
        {("Nordvolt", "ownsStakeIn", "Halcyon")},
        {("Halcyon", "investsIn", "Nordvolt"), ("Halcyon", "ownsStakeIn", "Nordvolt")},
        id="a_company_counts_another_as_its_minority_investor",
    ),
    pytest.param(
        "Kioxia counts Nordvolt as an investor.",
        {("Nordvolt", "investsIn", "Kioxia")},
        {("Nordvolt", "ownsStakeIn", "Kioxia")},
        id="a_company_counts_another_as_its_investor",
    ),
    pytest.param(
        "Kioxia joined Halcyon as an investor in 2024.",
        set(),
        {("Halcyon", "investsIn", "Kioxia")},
        id="who_joins_as_an_investor_is_not_invested_in",
    ),
    pytest.param(
        "Kioxia took Halcyon private alongside Nordvolt in an $11 billion transaction in 2022.",
        {("Kioxia", "acquires", "Halcyon"), ("Nordvolt", "acquires", "Halcyon")},
        set(),
        id="who_acts_alongside_the_subject_does_it_too",
    ),
    pytest.param(
        "Kioxia is working alongside Nordvolt on the drug.",
        {("Kioxia", "partnersWith", "Nordvolt")},
        set(),
        id="working_alongside_a_company",
    ),
    pytest.param(
        "Its first application will be in the Zeta 5, a hatchback that Kioxia plans to introduce in 2027.",
        {("Kioxia", "launches", "Zeta 5")},
        set(),
        id="what_a_relative_clause_plans_to_introduce_is_its_antecedent",
    ),
    pytest.param(
        "Jon Hale will remain on the board of Kioxia as a director.",
        {("Jon Hale", "boardMemberOf", "Kioxia")},
        set(),
        id="who_remains_on_a_board_sits_on_it",
    ),
    pytest.param(
        "Kioxia, led by founder and Chief Executive Officer Mara Voss, is preparing to start deliveries.",
        {("Mara Voss", "founderOf", "Kioxia"), ("Mara Voss", "ceoOf", "Kioxia")},
        set(),
        id="led_by_its_founder_and_a_title_of_several_words",
    ),
    pytest.param(
        "The Vellora facility, which Kioxia bought from Nordvolt for $1.2 billion in 2024, is one of the largest plants.",
        set(),
        {("Nordvolt", "suppliesTo", "Kioxia")},
        id="who_sells_a_plant_a_relative_clause_names_is_no_supplier",
    ),
    pytest.param(
        "Kioxia uses memory chips, which it buys from Nordvolt.",
        {("Nordvolt", "suppliesTo", "Kioxia")},
        set(),
        id="who_sells_the_things_a_relative_clause_names_supplies_them",
    ),
    pytest.param(
        "Kioxia has signed a 20-year power purchase agreement with Nordvolt Energy for the output of its wind farm.",
        {("Nordvolt Energy", "suppliesTo", "Kioxia")},
        {("Kioxia", "suppliesTo", "Nordvolt Energy")},
        id="a_power_purchase_agreement_buys_from_the_other_side",
    ),
    pytest.param(
        "Nordvolt Energy said it had signed a 20-year power purchase agreement with Kioxia.",
        {("Nordvolt Energy", "suppliesTo", "Kioxia")},
        {("Kioxia", "suppliesTo", "Nordvolt Energy")},
        id="a_power_purchase_agreement_a_power_company_signs_sells_power",
    ),
    pytest.param(
        "Nordvolt Power signed a PPA with Kioxia.",
        {("Nordvolt Power", "suppliesTo", "Kioxia")},
        set(),
        id="a_ppa_is_a_power_purchase_agreement",
    ),
    pytest.param(
        "The talks pose a threat to Kioxia, whose graphics processing units Nordvolt has bought by the hundreds of "
        "thousands.",
        set(),
        {("Nordvolt", "acquires", "Kioxia"), ("Nordvolt", "subsidiaryOf", "Kioxia")},
        id="what_a_company_bought_of_another_s_is_not_the_company",
    ),
    pytest.param(
        "Kioxia, led by chairman Jon Hale, opened an inquiry.",
        {("Jon Hale", "chairmanOf", "Kioxia")},
        {("Jon Hale", "ceoOf", "Kioxia")},
        id="led_by_a_chairman_is_chaired_not_run",
    ),
    pytest.param(
        "Kioxia, led by former chairman Jon Hale, opened an inquiry.",
        set(),
        {("Jon Hale", "ceoOf", "Kioxia"), ("Jon Hale", "chairmanOf", "Kioxia")},
        id="led_by_a_former_chairman_is_led_by_him_no_more",
    ),
    pytest.param(
        "Kioxia sold part of its stake in Halcyon to Nordvolt.",
        {("Nordvolt", "ownsStakeIn", "Halcyon"), ("Kioxia", "ownsStakeIn", "Halcyon")},
        {("Kioxia", "divests", "Halcyon")},
        id="selling_part_of_a_stake_divests_nothing",
    ),
    pytest.param(
        "Kioxia sold the rest of its stake in Halcyon to Nordvolt.",
        {("Kioxia", "divests", "Halcyon"), ("Nordvolt", "ownsStakeIn", "Halcyon")},
        set(),
        id="selling_the_rest_of_a_stake_divests_it",
    ),
    pytest.param(
        "Kioxia is to invest $2 billion in Halcyon, its chip unit.",
        {("Halcyon", "subsidiaryOf", "Kioxia")},
        {("Kioxia", "subsidiaryOf", "Halcyon")},
        id="the_noun_after_is_to_and_a_comma_describes_the_name_before_it",
    ),
    pytest.param(
        "For Kioxia, led by Jon Hale since 2022, the operation would be its first acquisition in France.",
        {("Jon Hale", "ceoOf", "Kioxia")},
        set(),
        id="a_participle_after_a_name_and_a_comma_is_said_of_the_name",
    ),
    pytest.param(
        "For Kioxia, which is led by CEO and MD Jon Hale, the agreement adds to a growing book of deals.",
        {("Jon Hale", "ceoOf", "Kioxia")},
        set(),
        id="md_is_a_title",
    ),
    pytest.param(
        "Kioxia is ramping up production of its Zeta 910C processors, which are made by Nordvolt.",
        {("Nordvolt", "manufacturesFor", "Kioxia")},
        set(),
        id="who_makes_a_company_s_things_a_relative_clause_names_makes_them_for_it",
    ),
    pytest.param(
        "Kioxia said it has started mass shipments of its memory chips to Halcyon. The deal extends Kioxia's lead over "
        "crosstown rival Nordvolt in the memory market.",
        {("Nordvolt", "competesWith", "Kioxia")},
        set(),
        id="a_rival_the_tagger_read_as_an_adjective_rivals_the_article_s_company",
    ),
    pytest.param(
        "Kioxia counts Nordvolt and Halcyon among its partners.",
        {("Kioxia", "partnersWith", "Nordvolt"), ("Kioxia", "partnersWith", "Halcyon")},
        set(),
        id="a_company_counts_others_among_its_partners",
    ),
    pytest.param(
        "The consortium formed by Kioxia, Nordvolt and Halcyon has resumed talks with Tessaly over a revised offer.",
        {("Kioxia", "inTalksWith", "Tessaly"), ("Nordvolt", "inTalksWith", "Tessaly"), ("Halcyon", "inTalksWith", "Tessaly"),
         ("Kioxia", "partnersWith", "Nordvolt"), ("Nordvolt", "partnersWith", "Halcyon")},
        {("Kioxia", "inTalksWith", "Nordvolt"), ("Nordvolt", "inTalksWith", "Halcyon")},
        id="a_consortium_s_members_talk_with_the_other_side_not_with_each_other",
    ),
    pytest.param(
        "Halcyon, which was founded by Jon Hale and acquired by Kioxia in 2020, makes chips.",
        {("Jon Hale", "founderOf", "Halcyon"), ("Kioxia", "acquires", "Halcyon")},
        {("Halcyon", "acquires", "Kioxia")},
        id="a_participle_with_its_own_agent_joined_to_a_passive_is_passive",
    ),
    pytest.param(
        "For Kioxia, which is led by CEO and MD Jon Hale, the agreement adds to a growing book of deals.",
        {("Jon Hale", "ceoOf", "Kioxia")},
        set(),
        id="led_by_a_ceo_who_holds_a_second_title",
    ),
    pytest.param(
        "Jon Hale, Kioxia's founder, is pouring money into the Halcyon Initiative data center venture with Nordvolt.",
        set(),
        {("Jon Hale", "investsIn", "Kioxia")},
        id="the_named_venture_is_no_company_a_description_means",
    ),
    pytest.param(
        "Contoso Corp. agreed to buy a 20% stake in Fabrikam Inc. on Monday. Contoso said it would pay cash, and Fabrikam "
        "shares rose as Fabrikam investors cheered. Contoso will also fund Fabrikam research. The seller, Northwind "
        "Capital, keeps 9%, ahead of Litware Partners. The two groups have also agreed to co-develop skin treatments.",
        {("Contoso", "partnersWith", "Fabrikam")},
        {("Northwind Capital", "partnersWith", "Litware Partners")},
        id="the_two_groups_are_the_two_the_article_is_about",
    ),
    pytest.param(
        "Fabrikam Inc. makes chips for data centers. Its customers include Contoso Inc. and Northwind Corp.",
        {("Fabrikam Inc.", "suppliesTo", "Contoso Inc."), ("Fabrikam Inc.", "suppliesTo", "Northwind Corp.")},
        set(),
        id="the_members_a_plural_noun_includes-1",
    ),
    pytest.param(
        "At home, Fabrikam counts Contoso Motors and Northwind Motors among its customers.",
        {("Fabrikam", "suppliesTo", "Contoso Motors"), ("Fabrikam", "suppliesTo", "Northwind Motors")},
        set(),
        id="the_members_a_plural_noun_includes-2",
    ),
    pytest.param(
        "Fabrikam has raised $40 million in a round led by Contoso Partners, the company said. The round values the brand "
        "at about $300 million. Contoso now holds a stake of around 20%, the person said. Co-founder and CEO Jane Roe said "
        "most of the money will go toward securing supply.",
        set(),
        {("Jane Roe", "ceoOf", "Contoso"), ("Jane Roe", "founderOf", "Contoso")},
        id="the_article_s_first_subject_weighs_in_what_it_is_about",
    ),
    pytest.param(
        "Fabrikam raised $600 million in a Series C financing. Contoso Capital led the financing, with existing backers "
        "Northwind Ventures joining.",
        {("Contoso Capital", "investsIn", "Fabrikam"), ("Northwind Ventures", "investsIn", "Fabrikam")},
        set(),
        id="who_leads_or_joins_a_round_invests_in_its_company-1",
    ),
    pytest.param(
        "Contoso Capital, which co-led Fabrikam's $305 million Series B in February, is expected to invest again.",
        {("Contoso Capital", "investsIn", "Fabrikam")},
        set(),
        id="who_leads_or_joins_a_round_invests_in_its_company-2",
    ),
    pytest.param(
        "Fabrikam signed a deal with Contoso. Contoso shares rose. Chief executive Jane Roe, who co-founded the company in "
        "2017, told Litware News that demand for Northwind's chips still outstrips supply.",
        {("Jane Roe", "ceoOf", "Fabrikam"), ("Jane Roe", "founderOf", "Fabrikam")},
        {("Jane Roe", "ceoOf", "Northwind")},
        id="a_bare_title_s_company_is_the_one_its_relative_clause_means",
    ),
    pytest.param(
        "Contoso signed an agreement to lease graphics processors to Fabrikam Inc., the cloud provider.",
        {("Contoso", "suppliesTo", "Fabrikam Inc.")},
        {("Fabrikam Inc.", "suppliesTo", "Contoso")},
        id="who_leases_things_to_a_company_supplies_it",
    ),
    pytest.param(
        "Shares rose, said Mark Weller, the Northwind Athletics owner.",
        set(),
        {("Mark Weller", "worksFor", "Northwind Athletics")},
        id="an_owner_in_apposition_is_no_employee",
    ),
    pytest.param(
        "Fabrikam Inc. will rent 20,000 AMD chips from Contoso Ltd.",
        {("Contoso Ltd.", "suppliesTo", "Fabrikam Inc.")},
        {("AMD", "suppliesTo", "Fabrikam Inc.")},
        id="units_rented_from_a_seller_are_the_seller_s_supply",
    ),
    pytest.param(
        "Northwind, a manufacturer of fiber optic equipment, is acquiring sensor maker Fabrikam Systems.",
        {("Northwind", "develops", "fiber optic equipment")},
        {("Fabrikam Systems", "develops", "sensor")},
        id="a_kind_of_maker_before_the_name_describes_it",
    ),
    pytest.param(
        "The loan was signed by Contoso AB, a wholly owned subsidiary of Contoso, Inc., and Northwind Bank.",
        {("Contoso AB", "subsidiaryOf", "Contoso, Inc.")},
        {("Contoso AB", "subsidiaryOf", "Northwind Bank")},
        id="comma_and_closes_an_apposition-1",
    ),
    pytest.param(
        "The lease was signed by Contoso BV, a wholly owned Dutch subsidiary of Contoso, Inc., and Northwind Bank.",
        {("Contoso BV", "subsidiaryOf", "Contoso, Inc.")},
        {("Contoso BV", "subsidiaryOf", "Northwind Bank")},
        id="comma_and_closes_an_apposition-2",
    ),
    pytest.param(
        "After the purchase of Orvane in 2008, Mr. Brandt served as a consultant to the buyers.",
        set(),
        {("Brandt", "acquires", "Orvane")},
        id="a_titled_name_stays_a_person",
    ),
    pytest.param(
        "Pfizer agreed to acquire obesity drug developer Metsera for up to $4.9 billion.",
        {("Pfizer", "acquires", "Metsera")},
        {("Metsera", "develops", "obesity drug"), ("Metsera", "develops", "obesity"), ("Metsera", "develops", "drug")},
        id="a_kind_of_developer_names_no_product",
    ),
    pytest.param(
        "But trustee Daniel Smith said he will not let the settlement interfere with his work on Enron's assets.",
        set(),
        {("Daniel Smith", "worksFor", "Enron")},
        id="a_lowercase_title_speaks_for_no_company_named_after_it",
    ),
    pytest.param(
        "Microsoft established a new research lab in Taipei.",
        set(),
        {("Microsoft", "locatedIn", "Taipei")},
        id="who_establishes_something_somewhere_is_not_there",
    ),
    pytest.param(
        "Microsoft agreed to buy cloud capacity from IREN, the Australian data center operator said on Monday.",
        {("IREN", "locatedIn", "Australian")},
        {("Microsoft", "locatedIn", "Australian")},
        id="an_apposition_describes_its_name_before_any_coreference",
    ),
    pytest.param(
        "Contoso Corp. will buy Fabrikam Inc. common stock at $23 per share.",
        set(),
        {("Contoso Corp.", "acquires", "Fabrikam Inc.")},
        id="buying_stock_is_no_takeover",
    ),
    pytest.param(
        "Contoso Corp. invested $2 billion in Fabrikam Inc. in August.",
        {("Contoso Corp.", "investsIn", "Fabrikam Inc.")},
        {("Contoso Corp.", "investsIn", "August")},
        id="a_month_is_no_investment",
    ),
    pytest.param(
        "Pfizer had sued Novo Nordisk in Delaware, alleging the Danish company's offer violated antitrust law.",
        {("Pfizer", "sues", "Novo Nordisk")},
        {("Pfizer", "locatedIn", "Danish"), ("Novo Nordisk", "locatedIn", "Danish")},
        id="a_described_company_is_not_guessed",
    ),
    pytest.param(
        "Apple sold iPhone 17 million times last year.",
        set(),
        {("Apple", "launches", "iPhone 17")},
        id="a_quantity_after_a_product_is_no_model_number",
    ),
    pytest.param(
        "Alphabet, the parent of Google, reported strong cloud growth.",
        set(),
        {("Alphabet", "investsIn", "Google")},
        id="a_parent_is_no_mere_investor",
    ),
    pytest.param(
        "Oracle is building a massive data center in Abilene, Texas, for OpenAI.",
        set(),
        {("Oracle", "manufacturesFor", "OpenAI")},
        id="building_a_site_for_someone_is_no_contract_manufacturing",
    ),
    pytest.param(
        "Juan Perez, the Ecuadoran minister of industry, said the summit was delayed.",
        set(),
        {("Juan Perez", "worksFor", "Ecuadoran")},
        id="a_nationality_before_a_title_is_no_employer",
    ),
    pytest.param(
        "The Bogota Radio Network in Spanish reported the news at noon.",
        set(),
        {("Bogota Radio Network", "locatedIn", "Spain"), ("Bogota Radio Network", "locatedIn", "Spanish")},
        id="in_a_language_is_no_place",
    ),
    pytest.param(
        "Stellantis, the maker of Jeep and Ram, said on Tuesday it will invest $13 billion in its U.S. plants.",
        {("Stellantis", "investsIn", "U.S. plants")},
        {("Jeep", "investsIn", "U.S. plants")},
        id="it_in_a_reported_clause_is_who_reports",
    ),
    pytest.param(
        "Amazon's Jassy said the company would keep investing in AI.",
        set(),
        {("Jassy", "subsidiaryOf", "Amazon")},
        id="an_unlisted_name_after_a_company_s_is_no_subsidiary",
    ),
    pytest.param(
        "Intel reached an agreement to sell its Altera business to SK Hynix.",
        {("Intel", "divests", "Altera"), ("SK Hynix", "acquires", "Altera")},
        {("Intel", "hasAgreementWith", "Altera")},
        id="an_agreement_to_sell_something_is_not_one_with_it",
    ),
    pytest.param(
        "Microsoft bought Activision from its shareholders.",
        {("Microsoft", "acquires", "Activision")},
        {("Activision", "suppliesTo", "Microsoft")},
        id="buying_a_company_from_someone_is_no_supply",
    ),
    pytest.param(
        "Lumora, a Denver, Colorado-based software maker, raised $40 million.",
        {("Lumora", "locatedIn", "Denver")},
        {("Lumora", "locatedIn", "Colorado")},
        id="city_region_based_locates_in_the_city",
    ),
    pytest.param(
        "Quanta Bioworks, a unit of Meridian Health, said it disagreed with the ruling.",
        {("Quanta Bioworks", "subsidiaryOf", "Meridian Health")},
        {("Quanta Bioworks", "worksFor", "Meridian Health")},
        id="a_unit_is_no_employee",
    ),
    pytest.param(
        "Orbital Grid is backing Helio Labs, the Austin-based developer of grid software, the companies said.",
        {("Helio Labs", "locatedIn", "Austin")},
        {("Orbital Grid", "locatedIn", "Austin")},
        id="a_description_after_a_name_is_not_the_subject_s",
    ),
    pytest.param(
        "Demand is strong for Qualcomm's Snapdragon processors this year.",
        {("Qualcomm", "develops", "Snapdragon")},
        {("Qualcomm", "operates", "Snapdragon")},
        id="named_chips_are_not_operated",
    ),
    pytest.param(
        "TSMC plans to spend about $1 billion on equipment this year. Vertex makes the tablets in Ohio.",
        set(),
        {("TSMC", "investsIn", "equipment"), ("Vertex", "develops", "tablets")},
        id="one_common_noun_names_no_thing",
    ),
    pytest.param(
        "Microsoft said it would expand in Texas. BlackRock took a 60% stake in the joint venture that owns the campus.",
        set(),
        {("BlackRock", "ownsStakeIn", "Microsoft")},
        id="a_joint_venture_is_not_a_company_named_before",
    ),
    pytest.param(
        "BMW said profit rose. The German carmaker agreed to buy Northvolt last month, and it already owns a stake in Rimac.",
        {("BMW", "ownsStakeIn", "Rimac")},
        {("Northvolt", "ownsStakeIn", "Rimac")},
        id="it_after_a_description_means_what_the_description_means",
    ),
    pytest.param(
        "Sanofi sells Dupixent in 60 countries. Sanofi will sell its Opella stake to Clayton Dubilier & Rice.",
        set(),
        {("Sanofi", "divests", "Dupixent")},
        id="selling_a_product_is_trade_not_a_divestment",
    ),
    pytest.param(
        "Fortescue Metals Group said exports rose. Fortescue, which is based in Perth, will hire 500 workers.",
        {("Fortescue", "locatedIn", "Perth")},
        {("Perth", "locatedIn", "Fortescue")},
        id="a_company_s_first_word_is_the_company",
    ),
    pytest.param(
        "Li Ka-shing, the deputy chairman of CK Hutchison, will retire.",
        {("Li Ka-shing", "boardMemberOf", "CK Hutchison")},
        {("Li Ka-shing", "chairmanOf", "CK Hutchison")},
        id="a_deputy_chairman_is_no_chairman",
    ),
    pytest.param(
        "Johnson & Johnson has sued Samsung Bioepis, accusing the South Korean biosimilar maker of breaching a deal.",
        {("Johnson & Johnson", "sues", "Samsung Bioepis")},
        {("Johnson & Johnson", "locatedIn", "South Korea"), ("Johnson & Johnson", "locatedIn", "South Korean")},
        id="a_description_after_another_name_is_not_the_subject_s",
    ),
    pytest.param(
        "GIP and MGX have agreed to acquire Aligned Data Centers from Macquarie Asset Management.",
        {("GIP", "hasAgreementWith", "Macquarie Asset Management")},
        {("GIP", "hasAgreementWith", "MGX")},
        id="co_buyers_are_not_said_to_agree_with_each_other",
    ),
    pytest.param(
        "Under the deal, E-Mart will contribute its entire stake in Gmarket to the venture.",
        set(),
        {("E-Mart", "hasAgreementWith", "Gmarket")},
        id="under_the_deal_named_before",
    ),
    pytest.param(
        "In November, Novo Nordisk agreed with the Trump administration to cut prices.",
        set(),
        {("Novo Nordisk", "hasAgreementWith", "Trump")},
        id="a_person_s_name_modifying_a_noun_is_no_company",
    ),
    pytest.param(
        "Apple lost a key supplier to Samsung.",
        set(),
        {("Apple", "competesWith", "Samsung")},
        id="losing_a_supplier_is_no_rivalry",
    ),
    pytest.param(
        "Meta is in talks with Google. It would also put Google in more direct competition with Nvidia.",
        set(),
        {("Meta", "competesWith", "Nvidia")},
        id="a_rival_is_named_not_inferred",
    ),
    pytest.param(
        "T-Mobile US and Verizon, AT&T's main rivals, have each spent heavily on spectrum.",
        {("T-Mobile US", "competesWith", "AT&T")},
        {("T-Mobile US", "subsidiaryOf", "AT&T")},
        id="a_rival_in_apposition_is_no_subsidiary",
    ),
    pytest.param(
        "Constellation Energy has signed a power purchase agreement with Microsoft to restart a reactor at its Crane Clean Energy Center.",
        set(),
        {("Microsoft", "operates", "Crane Clean Energy Center")},
        id="its_after_a_commitment_is_the_signer_s",
    ),
    pytest.param(
        "Albertsons sued Kroger, accusing it of failing to make its best efforts to win approval.",
        {("Albertsons", "sues", "Kroger")},
        {("Albertsons", "develops", "best efforts"), ("Kroger", "develops", "best efforts")},
        id="making_an_effort_makes_no_product",
    ),
    pytest.param(
        "Perplexity raised $500 million in a new round. Samsung joined Perplexity's board.",
        set(),
        {("Samsung", "investsIn", "Perplexity")},
        id="joining_a_board_is_no_investment",
    ),
    pytest.param(
        "Rakuten raised $1 billion in a funding round. Nomura stayed cautious, while Fujitsu and Hitachi are set to join as new investors.",
        {("Fujitsu", "investsIn", "Rakuten")},
        {("Nomura", "investsIn", "Rakuten")},
        id="the_main_clause_subject_does_not_join",
    ),
    pytest.param(
        "Snowflake Is Said to Be in Talks on $1 Billion Data Deal With Adobe",
        set(),
        {("Snowflake", "hasAgreementWith", "Adobe")},
        id="a_deal_in_talks_is_no_agreement",
    ),
    pytest.param(
        "Amkor Technology has secured packaging orders from TSMC.", set(), {("TSMC", "investsIn", "Amkor Technology")},
        id="orders_secured_are_no_investment",
    ),
    pytest.param(
        "The committee engaged Towers Watson, a consulting firm, to provide advice on pay.", set(),
        {("Towers Watson", "develops", "advice")}, id="advice_is_no_product",
    ),
    pytest.param(
        "Dana Whitfield criticized the board of Contoso Ltd.", set(), {("Dana Whitfield", "boardMemberOf", "Contoso Ltd")},
        id="speaking_of_a_board_is_no_seat_on_it",
    ),
    pytest.param(
        "Under the agreement, Fabrikam will get exclusive rights to develop and sell NX-101 outside China.",
        {("Fabrikam", "hasExclusiveAccessTo", "NX-101")}, {("Fabrikam", "divests", "NX-101")},
        id="what_a_right_allows_is_not_done",
    ),
    pytest.param(
        "Amazon remains Anthropic's primary cloud provider.", {("Amazon", "suppliesTo", "Anthropic")},
        {("Amazon", "develops", "cloud")}, id="a_cloud_provider_makes_no_cloud",
    ),
    pytest.param(
        "Contoso signed a deal with Fabrikam Inc. to develop chips.", {("Contoso", "hasAgreementWith", "Fabrikam Inc.")},
        {("Fabrikam Inc.", "suppliesTo", "Contoso")}, id="a_deal_to_develop_is_no_purchase",
    ),
    pytest.param(
        "Northwind Energy is nearing an agreement with Contoso Power to supply electricity to its campus.",
        {("Northwind Energy", "inTalksWith", "Contoso Power")},
        {("Northwind Energy", "hasAgreementWith", "Contoso Power")},
        id="a_deal_neared_is_talks_not_a_deal",
    ),
    pytest.param(
        "Dana Whitfield was hurt on a road near her hometown of Tulsa, Okla.",
        {("Dana Whitfield", "livesIn", "Tulsa")}, set(), id="near_a_place_hedges_nothing",
    ),
    pytest.param(
        "Tailspin Cells is a 50-50 joint venture between Contoso Motors and Fabrikam Energy.",
        {("Contoso Motors", "ownsStakeIn", "Tailspin Cells"), ("Fabrikam Energy", "ownsStakeIn", "Tailspin Cells")},
        {("Tailspin Cells", "subsidiaryOf", "Contoso Motors")}, id="the_parties_to_a_joint_venture_own_it",
    ),
    pytest.param(
        "Tailspin Robotics, whose chief executive is Dana Whitfield, relies on Contoso to make its chips.",
        {("Dana Whitfield", "ceoOf", "Tailspin Robotics")}, set(), id="a_title_equated_with_a_name",
    ),
    pytest.param(
        "Tailspin Robotics and Northwind Motors are in early talks about bringing the Fabrikam Inc. subsidiary's "
        "mapping software to cars.",
        {("Tailspin Robotics", "subsidiaryOf", "Fabrikam Inc.")}, {("Northwind Motors", "subsidiaryOf", "Fabrikam Inc.")},
        id="a_subsidiary_described_by_its_owner",
    ),
    pytest.param(
        "Contoso bought Litware last year. Dana Whitfield will serve as president of the Litware unit and report "
        "to the Contoso chief executive.",
        set(), {("Contoso", "subsidiaryOf", "Litware")}, id="a_unit_named_by_its_own_name",
    ),
    pytest.param(
        "Contoso Foods opened ten stores. The Fresno, California-based retailer is in talks with Fabrikam Inc. "
        "about displays.",
        {("Contoso Foods", "inTalksWith", "Fabrikam Inc.")}, {("Fresno", "inTalksWith", "Fabrikam Inc.")},
        id="a_city_based_description_parsed_under_its_city",
    ),
    pytest.param(
        "Fabrikam Bio's manufacturing partner, Harlow, will keep producing the drug under an existing contract.",
        {("Harlow", "partnersWith", "Fabrikam Bio")}, {("Harlow", "worksFor", "Fabrikam Bio")},
        id="a_partner_for_a_kind_of_work_is_a_company",
    ),
    pytest.param(
        "Founded in 2019 by former Contoso Inc. scientist Dana Whitfield, who serves as CEO, Fabrikam Bio "
        "raised $90 million.",
        {("Dana Whitfield", "founderOf", "Fabrikam Bio")}, {("Dana Whitfield", "ceoOf", "Contoso Inc.")},
        id="a_company_before_a_name_goes_with_the_title_there",
    ),
    pytest.param(
        "Contoso Inc. is expected to outsource part of its packaging to Fabrikam Inc. and Northwind Corp.",
        {("Fabrikam Inc.", "suppliesTo", "Contoso Inc."), ("Northwind Corp.", "suppliesTo", "Contoso Inc.")},
        {("Contoso Inc.", "suppliesTo", "Fabrikam Inc.")}, id="whom_work_is_outsourced_to_supplies_it",
    ),
    pytest.param(
        "Contoso Inc. signed a 15-year lease with Fabrikam Inc. for the campus.",
        {("Contoso Inc.", "hasAgreementWith", "Fabrikam Inc.")}, set(), id="a_lease_is_an_agreement",
    ),
    pytest.param(
        "Dana Whitfield started Fabrikam Robotics in 2020 with John Doe, a former engineer.",
        {("Dana Whitfield", "founderOf", "Fabrikam Robotics"), ("John Doe", "founderOf", "Fabrikam Robotics")},
        set(), id="who_founds_a_company_with_someone_founds_it_with_them",
    ),
    pytest.param(
        "Contoso Bank extended its cloud contract. The deal builds on the partnership the Tulsa-based lender "
        "struck with Fabrikam Inc. in 2020.",
        {("Contoso Bank", "partnersWith", "Fabrikam Inc.")}, set(), id="a_partnership_struck_in_a_relative_clause",
    ),
    pytest.param(
        "Contoso Inc. invested in Fabrikam Inc. The two companies also signed a multi-year partnership agreement.",
        {("Contoso Inc.", "partnersWith", "Fabrikam Inc.")}, set(), id="a_partnership_agreement_signed_by_two",
    ),
    pytest.param(
        "Contoso Foods developed the program with Fabrikam Health, a weight-loss app maker.",
        {("Contoso Foods", "partnersWith", "Fabrikam Health")}, set(), id="developed_with_a_company_is_a_partnership",
    ),
    pytest.param(
        "Contoso Inc. builds its servers with Nvidia chips.", set(), {("Contoso Inc.", "partnersWith", "Nvidia")},
        id="built_with_a_company_s_products_is_no_partnership",
    ),
    pytest.param(
        "Fabrikam Bio's lead program, FB-207, cut weight by 12% in a mid-stage study.",
        {("Fabrikam Bio", "develops", "FB-207")}, set(), id="a_company_s_lead_program_named_beside_it",
    ),
    pytest.param(
        "Contoso Inc. will ship 20,000 of its Falcon X1 chips to Fabrikam Inc. next year.",
        {("Contoso Inc.", "suppliesTo", "Fabrikam Inc.")}, {("Contoso Inc.", "suppliesTo", "Contoso Inc.")},
        id="what_a_company_ships_of_its_own_goes_to_whom_it_ships_to",
    ),
    pytest.param(
        "Northwind Robotics, which counts Contoso Inc., Fabrikam Inc. and Litware Corp. among its shareholders, "
        "plans to list next year.",
        {("Contoso Inc.", "ownsStakeIn", "Northwind Robotics"), ("Fabrikam Inc.", "ownsStakeIn", "Northwind Robotics"),
         ("Litware Corp.", "ownsStakeIn", "Northwind Robotics")},
        set(), id="shareholders_a_company_counts_among_its_own",
    ),
    pytest.param(
        "Tailspin Robotics raised $500 million in a round led by Contoso Capital. Existing investors, including "
        "Fabrikam Ventures and Northwind Partners, also took part.",
        {("Fabrikam Ventures", "investsIn", "Tailspin Robotics"), ("Northwind Partners", "investsIn", "Tailspin Robotics")},
        set(), id="investors_named_as_examples_take_part_in_the_round",
    ),
    pytest.param(
        "Tailspin Robotics raised $500 million in a round led by Contoso Capital. Fabrikam Inc. also took part "
        "in the talks.",
        set(), {("Fabrikam Inc.", "investsIn", "Tailspin Robotics")}, id="taking_part_is_no_investment_by_itself",
    ),
    pytest.param(
        "Contoso Inc., which bought FPGA house Tessaron for $4 billion in 2022, is growing.",
        {("Contoso Inc.", "acquires", "Tessaron")}, {("Contoso Inc.", "acquires", "FPGA")},
        id="the_name_a_description_introduces_not_a_name_in_it",
    ),
    pytest.param(
        "Contoso Inc. makes memory chips. Contoso Inc. said demand is strong. Contoso Inc. hired 500 engineers. "
        "Rivals Fabrikam Inc. and Northwind Corp. are also expanding.",
        {("Fabrikam Inc.", "competesWith", "Contoso Inc."), ("Northwind Corp.", "competesWith", "Contoso Inc.")},
        set(), id="rivals_of_the_company_the_article_is_about",
    ),
    pytest.param(
        "Rival Northwind Corp. held early talks with Fabrikam Inc. about a similar deal.",
        {("Northwind Corp.", "inTalksWith", "Fabrikam Inc.")}, {("Rival Northwind Corp.", "inTalksWith", "Fabrikam Inc.")},
        id="rival_is_no_part_of_a_name",
    ),
    pytest.param(
        "Contoso Inc. has placed an order for four lithography machines from Fabrikam Inc., a report said.",
        {("Fabrikam Inc.", "suppliesTo", "Contoso Inc.")}, {("Contoso Inc.", "suppliesTo", "Fabrikam Inc.")},
        id="who_places_an_order_is_the_customer",
    ),
    pytest.param(
        "Contoso Inc. won orders from Fabrikam Inc. for servers.",
        {("Contoso Inc.", "suppliesTo", "Fabrikam Inc.")}, {("Fabrikam Inc.", "suppliesTo", "Contoso Inc.")},
        id="who_wins_orders_is_the_supplier",
    ),
    pytest.param(
        "Contoso Inc. opened 40 stores. Fabrikam Inc., which acquired the Northwind and Tailspin brands in 2021, "
        "is growing.",
        set(), {("Fabrikam Inc.", "acquires", "Contoso Inc.")}, id="brands_in_the_plural_are_no_company_named_before",
    ),
    pytest.param(
        "Contoso Inc. will build a data center in Ohio, with Fabrikam Inc. supplying the GPUs.",
        {("Fabrikam Inc.", "suppliesTo", "Contoso Inc.")}, set(), id="who_supplies_in_a_with_clause_supplies_the_builder",
    ),
    pytest.param(
        "Contoso Inc. is owned by Fabrikam Inc. and Northwind Corp.",
        {("Fabrikam Inc.", "ownsStakeIn", "Contoso Inc."), ("Northwind Corp.", "ownsStakeIn", "Contoso Inc.")},
        {("Contoso Inc.", "subsidiaryOf", "Fabrikam Inc.")}, id="a_company_with_two_owners_is_neither_s_subsidiary",
    ),
    pytest.param(
        "Tailspin Telecom, which is jointly controlled by Fabrikam Inc. and Northwind Corp., added subscribers.",
        {("Fabrikam Inc.", "ownsStakeIn", "Tailspin Telecom"), ("Northwind Corp.", "ownsStakeIn", "Tailspin Telecom")},
        set(), id="joint_control_is_a_stake",
    ),
    pytest.param(
        "Project Falcon, a venture formed by Contoso Inc. and Fabrikam Inc., will build data centers.",
        {("Contoso Inc.", "ownsStakeIn", "Project Falcon"), ("Fabrikam Inc.", "ownsStakeIn", "Project Falcon")},
        set(), id="the_companies_that_formed_a_venture_own_it",
    ),
    pytest.param(
        '"Lead times are long," Jane Roe said at SEMICON India in New Delhi in September.',
        set(), {("India", "locatedIn", "New Delhi")}, id="a_place_ending_an_event_s_name_is_in_no_city",
    ),
    pytest.param(
        "Contoso Inc. licensed Fabrikam Bio's oral obesity drug FB-101 in 2023.",
        {("Contoso Inc.", "hasAgreementWith", "Fabrikam Bio")}, set(), id="licensing_a_named_product_from_its_owner",
    ),
    pytest.param(
        "Contoso Motors has signed an agreement with Fabrikam Energy, a battery maker, to supply battery cells for its cheaper cars.",
        {("Fabrikam Energy", "suppliesTo", "Contoso Motors")}, {("Contoso Motors", "suppliesTo", "Fabrikam Energy")},
        id="a_deal_with_a_maker_of_the_supplies_to_supply_no_one_named",
    ),
    pytest.param(
        "Contoso Inc., a chipmaker, has signed an agreement with Fabrikam Corp. to supply memory chips.",
        {("Contoso Inc.", "suppliesTo", "Fabrikam Corp.")}, {("Fabrikam Corp.", "suppliesTo", "Contoso Inc.")},
        id="a_maker_s_deal_with_a_party_to_supply_no_one_named",
    ),
    pytest.param(
        "Northwind Cloud Inc. has signed a five-year agreement with Fabrikam Corp. to provide computing capacity.",
        {("Northwind Cloud Inc.", "suppliesTo", "Fabrikam Corp.")}, {("Fabrikam Corp.", "suppliesTo", "Northwind Cloud Inc.")},
        id="a_deal_with_a_party_to_supply_no_one_named_the_signer_supplies",
    ),
    pytest.param(
        "Fabrikam Corp. will open a plant in Ohio, with Contoso Inc. supplying the chips and Northwind Traders providing the software.",
        {("Contoso Inc.", "suppliesTo", "Fabrikam Corp."), ("Northwind Traders", "suppliesTo", "Fabrikam Corp.")},
        {("Contoso Inc.", "suppliesTo", "Northwind Traders")},
        id="a_name_before_the_second_gerund_of_a_with_clause_is_its_subject",
    ),
    pytest.param(
        "Contoso Inc. signed a contract with Fabrikam Inc. to supply chips to Northwind Corp.",
        {("Contoso Inc.", "suppliesTo", "Northwind Corp.")}, {("Fabrikam Inc.", "suppliesTo", "Contoso Inc.")},
        id="a_deal_to_supply_someone_named",
    ),
    pytest.param(
        "Tailspin Robotics has closed a $180 million funding round led by Contoso Inc. The round also drew money "
        "from existing investors, including Northwind Partners and Fabrikam Capital, Tailspin said.",
        {("Northwind Partners", "investsIn", "Tailspin Robotics"), ("Fabrikam Capital", "investsIn", "Tailspin Robotics")},
        set(), id="the_money_a_round_drew_from_investors",
    ),
    pytest.param(
        "Contoso Inc. owns about 12% of Fabrikam Inc., and Northwind Corp. holds a smaller stake.",
        {("Northwind Corp.", "ownsStakeIn", "Fabrikam Inc.")}, {("Northwind Corp.", "ownsStakeIn", "Contoso Inc.")},
        id="a_stake_in_what_the_clause_before_says_is_owned",
    ),
    pytest.param(
        "Contoso Power is in advanced talks to sell power from its Granite Peak nuclear plant in Ohio to Fabrikam Inc.",
        {("Contoso Power", "operates", "Granite Peak")}, set(), id="its_named_plant_however_the_name_is_hung",
    ),
    pytest.param(
        "Contoso Inc., by contrast, took delivery of the first lithography system from Fabrikam Inc. in late 2023.",
        {("Fabrikam Inc.", "suppliesTo", "Contoso Inc.")}, {("Contoso Inc.", "suppliesTo", "Fabrikam Inc.")},
        id="who_takes_delivery_from_a_company_is_its_customer",
    ),
    pytest.param(
        "Contoso Cells will supply its battery cells exclusively to Fabrikam Motors for five years.",
        {("Contoso Cells", "suppliesTo", "Fabrikam Motors")}, set(), id="supplying_its_own_things_to_a_company",
    ),
    pytest.param(
        "Contoso Semiconductor will produce Fabrikam Motors' next-generation AI chips from 2027.",
        {("Contoso Semiconductor", "manufacturesFor", "Fabrikam Motors")}, set(),
        id="who_produces_a_company_s_chips_manufactures_for_it",
    ),
    pytest.param(
        "Contoso Cloud has built Fabrikam AI's technology into its business software.",
        set(), {("Contoso Cloud", "manufacturesFor", "Fabrikam AI")}, id="building_in_a_company_s_technology_is_no_contract_work",
    ),
    pytest.param(
        "The Tamarack AI Data Center is being developed by Contoso Telecom and Fabrikam Cloud and will open in 2027.",
        {("Contoso Telecom", "develops", "Tamarack AI Data Center"), ("Fabrikam Cloud", "develops", "Tamarack AI Data Center")},
        set(), id="a_named_data_center_is_a_site",
    ),
    pytest.param(
        "Contoso Inc. last year bought Fabrikam Energy's Tamarack data centre campus in Ohio for $650mn.",
        {("Contoso Inc.", "acquires", "Tamarack data centre campus")}, set(), id="a_named_data_centre_campus_is_one_site",
    ),
    pytest.param(
        "Contoso Motors has 20 partners. Contoso Motors makes cars. Contoso Motors sells robotaxis.\n"
        "- CEO Jane Roe has argued that demand is what AV developers need most.",
        {("Jane Roe", "ceoOf", "Contoso Motors")}, set(), id="av_is_no_company_beside_a_bare_title",
    ),
    pytest.param(
        "Contoso Inc. wants to sell servers to Fabrikam Inc. The companies have been negotiating for months over "
        "a multiyear contract.",
        {("Contoso Inc.", "inTalksWith", "Fabrikam Inc.")}, set(), id="companies_negotiating_together",
    ),
    pytest.param(
        "Contoso Inc. and Fabrikam Inc. discussed the results with analysts.",
        set(), {("Contoso Inc.", "inTalksWith", "Fabrikam Inc.")}, id="discussing_results_together_is_no_talks",
    ),
    pytest.param(
        "Contoso Labs operates as a subsidiary of Fabrikam Inc.",
        {("Contoso Labs", "subsidiaryOf", "Fabrikam Inc.")}, set(), id="what_a_company_operates_as",
    ),
    pytest.param(
        "Tailspin Robotics, the company set up this month as a wholly owned unit of Fabrikam Inc., bought chips.",
        {("Tailspin Robotics", "subsidiaryOf", "Fabrikam Inc.")}, set(), id="what_a_company_was_set_up_as",
    ),
    pytest.param(
        "Contoso Ltd said that Litware Inc., Contoso Ltd's ICT subsidiary, will run the site.",
        {("Litware Inc.", "subsidiaryOf", "Contoso Ltd")},
        {("ICT", "subsidiaryOf", "Contoso Ltd")},
        id="the_kind_of_a_subsidiary_is_no_name",
    ),
    pytest.param(
        "Walmart Expands Drone Delivery to 100 More Stores With Wing",
        set(),
        {("Walmart", "suppliesTo", "Stores")},
        id="a_capitalized_word_in_a_title_case_headline_is_no_name",
    ),
    pytest.param(
        "Fidelity Management & Research Co. invested in Contoso Ltd. last year.",
        {("Fidelity Management & Research Co.", "investsIn", "Contoso Ltd.")},
        {("Research Co.", "investsIn", "Contoso Ltd.")},
        id="a_company_name_joined_by_an_ampersand_is_one",
    ),
    pytest.param(
        "Gubra shares rose. AbbVie waded into obesity in March with a $350 million upfront deal for the Danish biotech's "
        "long-acting amylin analog.",
        set(),
        {("AbbVie", "hasAgreementWith", "Danish biotech")},
        id="a_lower_case_word_tagged_a_proper_noun_is_no_name",
    ),
    pytest.param(
        "Contoso Ltd is developing a GLP-1 pill and a PD-1 antibody.",
        set(),
        {("Contoso Ltd", "develops", "GLP-1"), ("Contoso Ltd", "develops", "PD-1")},
        id="a_drug_class_or_target_is_no_product_name",
    ),
    pytest.param(
        "The family now holds a 50.1% stake, while Liverpool owns the remaining 49.9%. That is a big step up for the "
        "Mexico City-based operator, which first bought into Nordstrom in 2022.",
        set(),
        {("Liverpool", "acquires", "El Puerto de Liverpool"), ("Liverpool", "acquires", "Liverpool")},
        id="a_relative_pronoun_subject_leaves_no_object_gap",
    ),
    pytest.param(
        "Intel sold 51 percent of Altera, the FPGA biz it bought for $16.7 billion in 2015, to private equity outfit "
        "Silver Lake in September.",
        set(),
        {("Intel", "acquires", "FPGA"), ("Silver Lake", "acquires", "FPGA"), ("Intel", "divests", "FPGA")},
        id="a_kind_of_chip_is_no_company",
    ),
    pytest.param(
        "Samsung Electronics agreed on Tuesday to buy new shares of Nokia, which counts Toyota and Denso among its "
        "customers. The Korean chipmaker will hold 5% of the Finnish company, and the two will jointly develop "
        "network chips.",
        {("Samsung Electronics", "partnersWith", "Nokia")},
        {("Toyota", "partnersWith", "Denso")},
        id="the_two_are_the_companies_the_clause_before_describes",
    ),
    pytest.param(
        "Samsung Electronics agreed on Tuesday to buy new shares of Nokia, which counts Toyota and Denso among its "
        "customers. The Korean chipmaker will hold 5% of the Finnish company. The two will jointly develop "
        "network chips.",
        {("Samsung Electronics", "partnersWith", "Nokia")},
        {("Toyota", "partnersWith", "Denso")},
        id="the_two_are_the_companies_the_sentence_before_describes",
    ),
    pytest.param(
        "Contoso Therapeutics raised $90 million on Monday. Chief Executive Jane Roe, who joined from Fabrikam Pharma "
        "in 2022, told reporters the money will fund two trials.",
        {("Jane Roe", "ceoOf", "Contoso Therapeutics")},
        {("Jane Roe", "ceoOf", "Fabrikam Pharma")},
        id="a_leader_who_joined_from_a_company_leads_another",
    ),
    pytest.param(
        "Litware Cloud Inc. is in advanced talks to provide Fabrikam Inc. with computing capacity.",
        {("Litware Cloud Inc.", "inTalksWith", "Fabrikam Inc.")}, set(),
        id="talks_to_provide_a_party_with_something",
    ),
    pytest.param(
        "Litware Capital is in talks to invest about $2 billion in Contoso Labs, people familiar with the matter said.",
        {("Litware Capital", "inTalksWith", "Contoso Labs")}, set(),
        id="talks_to_invest_in_a_company",
    ),
    pytest.param(
        "Contoso Labs builds data centers. Fabrikam Inc. and Litware Capital are among its existing backers.",
        {("Fabrikam Inc.", "investsIn", "Contoso Labs"), ("Litware Capital", "investsIn", "Contoso Labs")},
        {("Fabrikam Inc.", "investsIn", "Litware Capital"), ("Litware Capital", "investsIn", "Fabrikam Inc.")},
        id="companies_among_its_backers",
    ),
    pytest.param(
        "Fabrikam Biologics will spend 1.8 trillion won to build Plant 6, a facility in Songdo.",
        {("Fabrikam Biologics", "develops", "Plant 6")}, set(),
        id="a_numbered_plant_is_a_facility",
    ),
    pytest.param(
        "Contoso Telecom and Fabrikam Cloud broke ground on the Northwind AI Data Center on Thursday.",
        {("Contoso Telecom", "develops", "Northwind AI Data Center"), ("Fabrikam Cloud", "develops", "Northwind AI Data Center")},
        set(),
        id="companies_that_break_ground_on_a_site_develop_it",
    ),
    pytest.param(
        "Contoso Energy is building Plant 2 with Fabrikam Capital.",
        {("Contoso Energy", "develops", "Plant 2"), ("Fabrikam Capital", "develops", "Plant 2")},
        set(),
        id="who_builds_a_site_with_a_company",
    ),
    pytest.param(
        "Fabrikam Memory Inc. is 20% owned by Contoso Holdings.",
        {("Contoso Holdings", "ownsStakeIn", "Fabrikam Memory Inc.")}, {("Fabrikam Memory Inc.", "subsidiaryOf", "Contoso Holdings")},
        id="a_share_owned_by_a_company_with_the_subject_on_is",
    ),
    pytest.param(
        "Under an agreement signed with Fabrikam Inc. in October, Contoso Packaging Corp. will test chips in Arizona.",
        {("Contoso Packaging Corp.", "hasAgreementWith", "Fabrikam Inc.")}, set(),
        id="an_agreement_signed_with_a_party",
    ),
    pytest.param(
        "Contoso Cloud Corp. has signed a string of capacity agreements with AI companies this year, including Fabrikam Inc., "
        "as it races to catch up.",
        {("Contoso Cloud Corp.", "hasAgreementWith", "Fabrikam Inc.")}, set(),
        id="agreements_with_companies_including_one_hung_on_the_agreements",
    ),
    pytest.param(
        "The plant will make Contoso Inc.'s next-generation XK7 chip.",
        {("Contoso Inc.", "develops", "XK7")}, set(),
        id="a_one_digit_code_before_a_chip_is_a_product",
    ),
    pytest.param(
        "CO2 emissions at Contoso fell.",
        set(), {("Contoso", "develops", "CO2")},
        id="a_one_digit_code_before_no_product_noun_is_no_name",
    ),
    pytest.param(
        "The Abilene campus, which Contoso Energy Inc. is building, will open in 2027.",
        {("Contoso Energy Inc.", "develops", "Abilene campus")}, set(),
        id="a_town_before_a_kind_of_site_names_the_site",
    ),
    pytest.param(
        "Contoso Inc.'s current XK4 chip is made by Fabrikam Foundry Corp.",
        {("Fabrikam Foundry Corp.", "manufacturesFor", "Contoso Inc."), ("Contoso Inc.", "develops", "XK4")},
        {("Fabrikam Foundry Corp.", "develops", "XK4")},
        id="who_makes_a_named_company_s_product_makes_it_for_that_company",
    ),
    pytest.param(
        "Contoso Energy Inc. unveiled the Northwind campus on Monday. Contoso Energy plans to invest $2 billion in the campus.",
        {("Contoso Energy", "investsIn", "Northwind campus")}, set(),
        id="the_site_of_a_kind_named_before",
    ),
    pytest.param(
        "Contoso Energy Inc. unveiled the Northwind campus on Monday. Contoso Energy plans to invest $2 billion in the new plant.",
        set(), {("Contoso Energy", "investsIn", "Northwind campus")},
        id="a_site_of_another_kind_is_not_the_one_named_before",
    ),
    pytest.param(
        "Contoso Motors will shift output to its Kyushu plant and its Northwind America factory.",
        set(), {("Kyushu plant", "locatedIn", "Kyushu"), ("Northwind America factory", "locatedIn", "United States")},
        id="a_town_that_names_a_site_or_an_alias_inside_a_name_places_nothing",
    ),
    pytest.param(
        "Contoso Cloud Inc. opened its Northwind Taiwan region in Taipei.",
        {("Northwind Taiwan region", "locatedIn", "Taiwan")}, set(),
        id="a_place_inside_a_site_s_name_places_it",
    ),
    pytest.param(
        "Contoso Motors will build the pickup at its Northwind Works factory in Ellabell, Georgia.",
        {("Northwind Works factory", "locatedIn", "Ellabell")},
        {("Northwind Works factory", "locatedIn", "Georgia")},
        id="a_site_in_a_town_and_region_is_in_the_town",
    ),
    pytest.param(
        "Contoso Inc.'s next XK5 chip will be built by Fabrikam Foundry Corp. in Arizona.",
        {("Contoso Inc.", "develops", "XK5")}, {("Fabrikam Foundry Corp.", "develops", "XK5")},
        id="who_builds_a_named_company_s_chip_does_not_develop_it",
    ),
    pytest.param(
        "Contoso Inc. cut its forecast. Contoso Inc. will close a plant. President and CEO Jane Roe has also frozen "
        "plans to begin production.",
        {("Jane Roe", "ceoOf", "Contoso Inc.")}, set(),
        id="a_name_right_after_two_titles_parsed_as_conjuncts",
    ),
    pytest.param(
        "Contoso Telecom Inc. signed a pact with Fabrikam. Contoso Telecom Inc. also holds a stake in Litware. CEO Jane Roe "
        "said AI would be a growth engine for the company, which has lost subscribers to rivals Northwind Corp. and "
        "Tailspin Inc.",
        {("Jane Roe", "ceoOf", "Contoso Telecom Inc.")}, {("Jane Roe", "ceoOf", "Northwind Corp.")},
        id="companies_in_a_later_relative_clause_are_no_employer",
    ),
    pytest.param(
        "Contoso Inc. cut its forecast. Contoso Inc. will close a plant. Chairman and CEO Jane Roe has also frozen "
        "plans to begin production.",
        {("Jane Roe", "ceoOf", "Contoso Inc."), ("Jane Roe", "chairmanOf", "Contoso Inc.")}, set(),
        id="a_name_after_a_run_of_titles_that_opens_the_sentence_holds_each",
    ),
    pytest.param(
        "Contoso Labs is in advanced talks to raise as much as $5 billion in a funding round led by investment firm "
        "Fabrikam Capital, people familiar with the matter said.",
        {("Contoso Labs", "inTalksWith", "Fabrikam Capital")}, set(),
        id="talks_to_raise_money_in_a_round_led_by_an_investor",
    ),
    pytest.param(
        "Contoso Labs currently relies on Fabrikam Foundry Corp. to produce its chips.",
        {("Fabrikam Foundry Corp.", "manufacturesFor", "Contoso Labs")}, set(),
        id="relying_on_a_company_to_produce_its_chips",
    ),
    pytest.param(
        "Contoso Inc., meanwhile, is pouring money into its own assistant, Rufina, which shoppers used this year.",
        {("Contoso Inc.", "develops", "Rufina")}, {("Contoso Inc.", "operates", "Rufina")},
        id="a_company_s_own_assistant_is_one_it_develops",
    ),
    pytest.param(
        "Fabrikam Foundry Corp. said on Monday that Contoso Inc. is one of its most important partners.",
        {("Contoso Inc.", "partnersWith", "Fabrikam Foundry Corp.")},
        set(),
        id="one_of_its_partners_is_a_partner_of_whom_its_means",
    ),
    pytest.param(
        "Contoso Inc. has named Fabrikam Foundry Corp. its primary cloud partner.",
        {("Fabrikam Foundry Corp.", "partnersWith", "Contoso Inc.")},
        set(),
        id="naming_a_company_a_partner",
    ),
    pytest.param(
        "Analysts say Contoso Inc. is a key supplier to Fabrikam Foundry Corp.",
        {("Contoso Inc.", "suppliesTo", "Fabrikam Foundry Corp.")},
        set(),
        id="a_company_that_is_a_supplier_to_another",
    ),
    pytest.param(
        "Fabrikam Foundry Corp. sells chips to carmakers, and Contoso Inc. is its biggest customer.",
        {("Fabrikam Foundry Corp.", "suppliesTo", "Contoso Inc.")},
        {("Contoso Inc.", "suppliesTo", "Fabrikam Foundry Corp.")},
        id="a_company_that_is_its_customer",
    ),
    pytest.param(
        "Ørsted signed a supply deal with Contoso Inc. on Monday.",
        {("Ørsted", "hasAgreementWith", "Contoso Inc.")},
        set(),
        id="a_name_that_starts_with_a_capital_outside_ascii",
    ),
    pytest.param(
        "Contoso Inc. is in talks with Fabrikam Foundry Corp. to supply its next-generation HBM4 memory chips.",
        {("Contoso Inc.", "develops", "HBM4")},
        set(),
        id="its_product_named_before_a_common_noun_before_the_owned_noun",
    ),
    pytest.param(
        "The deal adds to Contoso Inc.'s business with Fabrikam Foundry Corp., to which it is the main supplier of memory.",
        set(),
        {("Fabrikam Foundry Corp.", "suppliesTo", "Contoso Inc.")},
        id="it_in_a_relative_clause_of_to_which_is_not_the_antecedent",
    ),
    pytest.param(
        "Contoso Inc. is a subsidiary of Vexa Square, which owns 20% of it.",
        {("Contoso Inc.", "subsidiaryOf", "Vexa Square"), ("Vexa Square", "ownsStakeIn", "Contoso Inc.")},
        set(),
        id="what_a_subsidiary_is_of_is_a_company_though_tagged_a_facility",
    ),
    pytest.param(
        "Contoso Inc. is a subsidiary of Litware Hall, which owns 20% of it.",
        {("Contoso Inc.", "subsidiaryOf", "Litware Hall")},
        set(),
        id="what_a_subsidiary_is_of_is_a_company_though_tagged_a_person",
    ),
    pytest.param(
        "Contoso stock jumps after $6 billion Fabrikam deal\nShares of Contoso Inc. jumped 9% on Tuesday after the cloud "
        "provider said it had signed a $6.1 billion agreement to supply computing capacity to Fabrikam Foundry Corp.",
        {("Contoso Inc.", "suppliesTo", "Fabrikam Foundry Corp.")},
        {("Shares of Contoso Inc.", "suppliesTo", "Fabrikam Foundry Corp.")},
        id="shares_of_a_company_are_no_part_of_its_name",
    ),
    pytest.param(
        'Contoso Inc. will buy servers from Fabrikam Foundry Corp. (FBK), the companies said. Contoso Inc. plans to use '
        'them in Texas. Fabrikam Foundry Corp. shares rose 3%. "We are pleased," Chief Executive Jane Roe said.',
        {("Jane Roe", "ceoOf", "Contoso Inc.")},
        set(),
        id="a_ticker_in_brackets_after_a_name_does_not_name_the_company_again",
    ),
    pytest.param(
        "Contoso Inc. has landed the biggest contract in its history, agreeing to manufacture biologics for Fabrikam "
        "Foundry Corp. in a deal worth about $1.2 billion.",
        {("Contoso Inc.", "hasAgreementWith", "Fabrikam Foundry Corp."), ("Contoso Inc.", "manufacturesFor", "Fabrikam Foundry Corp.")},
        set(),
        id="a_deal_in_which_one_makes_something_for_another",
    ),
    pytest.param(
        "A big part of the turnaround rests on Contoso Inc., which supplies roughly 60 percent of Fabrikam Foundry Corp.'s inventory.",
        {("Contoso Inc.", "suppliesTo", "Fabrikam Foundry Corp.")},
        {("Fabrikam Foundry Corp.", "suppliesTo", "Contoso Inc.")},
        id="supplying_a_share_of_a_company_s_inventory",
    ),
    pytest.param(
        "Contoso Inc. and Fabrikam Foundry Corp. are increasing their investment in Northwind Battery Co., their joint "
        "venture in Georgia.",
        {("Contoso Inc.", "partnersWith", "Fabrikam Foundry Corp."), ("Fabrikam Foundry Corp.", "investsIn", "Northwind Battery Co.")},
        set(),
        id="their_joint_venture_further_down_the_clause_is_both_subjects",
    ),
    pytest.param(
        "Northwind also led Fabrikam’s $1.1 billion Series B round in September.",
        {("Northwind", "investsIn", "Fabrikam")},
        {("Northwind", "ceoOf", "Fabrikam")},
        id="a_possessive_with_a_curly_apostrophe_reads_as_one_with_a_straight_one",
    ),
    pytest.param(
        "Contoso Inc. is in early talks with Fabrikam Corp. about making some of Fabrikam Corp.'s chips at Contoso "
        "Foundry, the company's contract manufacturing arm.",
        {("Contoso Foundry", "subsidiaryOf", "Contoso Inc.")},
        {("Contoso Foundry", "subsidiaryOf", "Fabrikam Corp.")},
        id="a_unit_named_after_a_company_is_the_unit_of_that_company",
    ),
    pytest.param(
        "Contoso Inc. and Fabrikam Corp. have signed an agreement to jointly develop five vehicles.",
        {("Contoso Inc.", "hasAgreementWith", "Fabrikam Corp.")},
        {("Contoso Inc.", "develops", "five vehicles")},
        id="things_counted_in_words_are_no_named_product",
    ),
    pytest.param(
        "Contoso Inc. plans to invest $2 billion in a new memory fab in Idaho.",
        set(),
        {("Contoso Inc.", "investsIn", "new memory fab")},
        id="one_of_a_kind_in_common_words_is_no_named_site",
    ),
    pytest.param(
        "SK Hynix said on Monday it would expand. Fabrikam Corp. will buy more memory this year. The Icheon-based company "
        "already supplies its chips to Northwind Traders Inc.",
        {("SK Hynix", "suppliesTo", "Northwind Traders Inc.")},
        {("Fabrikam Corp.", "suppliesTo", "Northwind Traders Inc.")},
        id="a_town_before_based_tagged_no_place_still_says_where_the_company_is",
    ),
    pytest.param(
        "Fabrikam Corp. said on Monday it had signed a lease. Much of that capacity runs on Nvidia's Blackwell chips, which "
        "Contoso Inc. buys directly from the chipmaker in large quantities.",
        {("Nvidia", "suppliesTo", "Contoso Inc.")},
        {("Nvidia", "divests", "Blackwell"), ("Contoso Inc.", "acquires", "Blackwell")},
        id="chips_a_company_buys_through_a_relative_pronoun_are_no_takeover",
    ),
    pytest.param(
        "Microsoft said on Monday that it had signed a cloud deal. Microsoft also said it would buy Nvidia's chips, which "
        "the chipmaker will ship to Contoso Inc. in Texas.",
        {("Nvidia", "suppliesTo", "Contoso Inc.")},
        {("Microsoft", "suppliesTo", "Contoso Inc.")},
        id="the_chipmaker_is_the_company_of_that_industry_named_in_its_sentence",
    ),
    pytest.param(
        "Fabrikam AI, the inference startup founded in 2022 by Jane Roe and a group of engineers, has raised $350 million "
        "in a Series D round led by Contoso Ventures.",
        {("Contoso Ventures", "investsIn", "Fabrikam AI")},
        set(),
        id="a_name_ending_in_ai_is_a_company_s",
    ),
    pytest.param(
        "The chips will be made at IIM-1, the plant in Chitose that Contoso Inc. has been building since 2023.",
        {("Contoso Inc.", "develops", "IIM-1")},
        set(),
        id="a_name_after_that_in_a_recognized_span_is_the_name",
    ),
    pytest.param(
        "Fabrikam Corp. relies on Ultra, the packaging technology that Contoso Inc. developed.",
        {("Contoso Inc.", "develops", "Ultra")},
        set(),
        id="what_a_company_developed_said_in_a_clause_on_its_description",
    ),
    pytest.param(
        "Fabrikam CEO Jane Roe told analysts the payment protects returns. Contoso Inc. will pay Fabrikam $350 million. "
        "Contoso Inc. shares rose. Contoso Inc. said on Monday it would close stores. Chief Executive Jane Roe said the "
        "partnership remains important.",
        {("Jane Roe", "ceoOf", "Fabrikam")},
        {("Jane Roe", "ceoOf", "Contoso Inc.")},
        id="a_bare_title_later_is_at_the_company_a_title_gave_the_person_before",
    ),
    pytest.param(
        "Contoso Inc. has raised $1.4 billion in a round led by Northwind Ventures. Existing backers Tailspin Capital and "
        "Woodgrove Partners also participated in the round, as did Fabrikam Capital.",
        {("Fabrikam Capital", "investsIn", "Contoso Inc."), ("Tailspin Capital", "investsIn", "Contoso Inc.")},
        set(),
        id="as_did_y_says_y_did_it_too",
    ),
    pytest.param(
        "Contoso Therapeutics signed an agreement that gives Fabrikam Corp. exclusive rights to CRV-201.",
        {("Fabrikam Corp.", "hasExclusiveAccessTo", "CRV-201")},
        set(),
        id="exclusive_rights_given_to_a_company_are_that_company_s",
    ),
    pytest.param(
        "The memory talks come months after Contoso Inc.'s foundry business signed a $16.5 billion contract to make AI "
        "chips for Fabrikam Corp. at its new plant.",
        {("Contoso Inc.", "hasAgreementWith", "Fabrikam Corp."), ("Contoso Inc.", "manufacturesFor", "Fabrikam Corp.")},
        set(),
        id="what_a_company_s_business_does_as_subject_the_company_does",
    ),
    pytest.param(
        "Stargate, the venture formed in January by Contoso Inc., Fabrikam Corp. and Northwind Corp., has pledged to "
        "spend $500 billion.",
        {("Fabrikam Corp.", "participatesIn", "Stargate"), ("Northwind Corp.", "participatesIn", "Stargate")},
        set(),
        id="a_name_then_its_description_as_subject_though_parsed_apart",
    ),
    pytest.param(
        "Contoso Inc. held talks last year about buying battery packs from Fabrikam Corp., but those discussions ended.",
        {("Contoso Inc.", "inTalksWith", "Fabrikam Corp.")},
        set(),
        id="talks_about_buying_from_a_company_are_talks_with_it",
    ),
    pytest.param(
        "The move follows similar tie-ups that Contoso Inc. struck with Fabrikam Corp. and Northwind Corp. earlier this fall.",
        {("Contoso Inc.", "partnersWith", "Fabrikam Corp."), ("Contoso Inc.", "partnersWith", "Northwind Corp.")},
        set(),
        id="a_relative_clause_parsed_as_a_participle_still_has_its_subject",
    ),
    pytest.param(
        "The agreement was signed after Contoso CEO Jane Roe met with SK Group Chairman Chey Tae-won in Seoul on Wednesday.",
        {("Chey Tae-won", "chairmanOf", "SK Group")},
        {("Chey Tae", "chairmanOf", "SK Group")},
        id="a_hyphenated_given_name_ending_in_a_word_tagged_a_verb",
    ),
    pytest.param(
        "Contoso Auto, the Jeff Bezos-backed EV startup, has raised $700 million.",
        set(),
        {("Jeff Bezos-backed", "investsIn", "Contoso Auto")},
        id="a_name_before_backed_is_no_longer_name",
    ),
    pytest.param(
        "Contoso Inc. will spend about 20 trillion won on its new Fab 9 in Ohio.",
        {("Contoso Inc.", "investsIn", "Fab 9")},
        set(),
        id="an_amount_in_won_parsed_as_a_verb_keeps_what_it_is_spent_on",
    ),
    pytest.param(
        "Contoso Inc. and Fabrikam Corp. on Wednesday signed letters of intent with Northwind Traders to supply memory chips.",
        {("Contoso Inc.", "hasAgreementWith", "Northwind Traders"), ("Fabrikam Corp.", "suppliesTo", "Northwind Traders")},
        set(), id="a_letter_of_intent_signed_with_a_party_is_an_agreement",
    ),
    pytest.param(
        "Northwind Capital will infuse an additional Rs 1,500 crore into Fabrikam Corp., its portfolio company.",
        {("Northwind Capital", "investsIn", "Fabrikam Corp.")}, set(), id="money_infused_into_a_company_in_crore",
    ),
    pytest.param(
        "Tailspin Robotics raised $200 million in a round led by Contoso Ventures. Fabrikam Capital also joined the round, "
        "alongside existing investors Northwind Capital and Litware Ventures.",
        {("Northwind Capital", "investsIn", "Tailspin Robotics"), ("Litware Ventures", "investsIn", "Tailspin Robotics")},
        set(), id="investors_alongside_whom_a_round_was_joined",
    ),
    pytest.param(
        "Contoso Inc. completed the sale of Fabrikam Corp. to Northwind Traders last year.",
        {("Contoso Inc.", "divests", "Fabrikam Corp."), ("Northwind Traders", "acquires", "Fabrikam Corp.")},
        {("Contoso Inc.", "acquires", "Fabrikam Corp.")}, id="the_sale_of_a_company_to_a_buyer",
    ),
    pytest.param(
        "Contoso Inc.'s sale of its Fabrikam H20 chips to Northwind Traders fell.",
        set(), {("Contoso Inc.", "divests", "Fabrikam H20")}, id="selling_a_product_is_no_divestment",
    ),
    pytest.param(
        "Tailspin Robotics raised $90 million in a round led by Contoso Ventures. Fabrikam Capital also joined the round, "
        "alongside existing investors Lux Capital and Conviction.",
        {("Lux Capital", "investsIn", "Tailspin Robotics"), ("Conviction", "investsIn", "Tailspin Robotics")},
        {("Lux Capital and Conviction", "investsIn", "Tailspin Robotics")}, id="two_names_a_plural_noun_introduces",
    ),
    pytest.param(
        "Contoso Inc. has a data-sharing agreement with wholesaler UNFI.",
        {("Contoso Inc.", "hasAgreementWith", "UNFI")}, {("Contoso Inc.", "hasAgreementWith", "wholesaler UNFI")},
        id="a_lower_case_word_tagged_a_proper_noun_is_no_part_of_the_name",
    ),
    pytest.param(
        "Fabrikam Corp. runs two data centers. Its customers include Contoso Inc. and Litware Corp., and it rents "
        "capacity to Northwind Traders.",
        {("Fabrikam Corp.", "suppliesTo", "Northwind Traders")}, {("Litware Corp.", "suppliesTo", "Northwind Traders")},
        id="it_in_the_second_clause_is_whose_customers_the_first_names",
    ),
    pytest.param(
        "The group, led by chief executive Jane Roe, has pledged to invest $2.5 billion in Fabrikam Corp.",
        set(), {("Jane Roe", "investsIn", "Fabrikam Corp.")}, id="a_group_its_chief_leads_is_no_consortium",
    ),
    pytest.param(
        "Contoso Inc. has agreed to sell its Fabrikam unit to Northwind Traders for $200 million.",
        {("Contoso Inc.", "hasAgreementWith", "Northwind Traders")}, {("Contoso Inc.", "hasAgreementWith", "Fabrikam")},
        id="agreeing_to_sell_a_unit_to_a_buyer_is_a_deal_with_the_buyer",
    ),
    pytest.param(
        "Contoso Inc. has agreed to sell its Advanced Systems and Robotics business to Northwind Traders.",
        {("Contoso Inc.", "divests", "Advanced Systems and Robotics")}, {("Contoso Inc.", "divests", "Robotics")},
        id="a_business_named_with_and_is_one_name",
    ),
    pytest.param(
        "Jane Roe, Contoso Inc.'s chief eCommerce officer, said the deal would help.",
        {("Jane Roe", "worksFor", "Contoso Inc.")}, {("Jane Roe", "worksFor", "eCommerce")},
        id="a_word_between_title_words_is_part_of_the_title",
    ),
    pytest.param(
        "Fabrikam Corp. raised money in May. Contoso Inc. became the start-up's largest shareholder in September.",
        {("Contoso Inc.", "ownsStakeIn", "Fabrikam Corp.")}, set(), id="the_start_up_tagged_a_proper_noun_refers",
    ),
    pytest.param(
        "Contoso Inc. is taking a 12% stake in Fabrikam Bio and securing a right of first refusal on the biotech's lead drug.",
        {("Contoso Inc.", "hasRightOfFirstRefusal", "Fabrikam Bio")}, set(), id="a_right_of_first_refusal_on_the_described_company_s_drug",
    ),
    pytest.param(
        "Separately, Contoso Inc. is in talks with Telkom Indonesia over a joint data centre in Batam, according to people "
        "familiar with the matter.",
        {("Contoso Inc.", "inTalksWith", "Telkom Indonesia")}, {("Contoso Inc.", "inTalksWith", "Indonesia")},
        id="a_company_named_for_its_country",
    ),
    pytest.param(
        "Toyota Motor North America, the Plano, Texas-based arm of Toyota Motor Corp., said the plant will open in May.",
        {("Toyota Motor North America", "subsidiaryOf", "Toyota Motor Corp.")},
        {("Motor North America", "subsidiaryOf", "Toyota Motor Corp.")}, id="a_company_named_for_its_region_in_full",
    ),
    pytest.param(
        "Fabrikam Corp. is raising money. Its eight original shareholders -- Contoso Inc., Northwind Traders and Litware "
        "Corp. -- will also add to their holdings.",
        {("Contoso Inc.", "ownsStakeIn", "Fabrikam Corp."), ("Litware Corp.", "ownsStakeIn", "Fabrikam Corp.")}, set(),
        id="shareholders_listed_in_apposition",
    ),
    pytest.param(
        "Fabrikam Corp. has secured new equity from its backers Contoso Capital and Northwind Partners to fund the campus.",
        {("Contoso Capital", "investsIn", "Fabrikam Corp."), ("Northwind Partners", "investsIn", "Fabrikam Corp.")}, set(),
        id="backers_listed_in_apposition",
    ),
    pytest.param(
        "Contoso Inc. has agreed to acquire Walmart's Advanced Systems and Robotics business for $200 million.",
        {("Contoso Inc.", "hasAgreementWith", "Walmart")},
        {("Contoso Inc.", "hasAgreementWith", "Advanced Systems and Robotics")}, id="agreeing_to_buy_a_company_s_business_is_a_deal_with_the_company",
    ),
    pytest.param(
        "Contoso Inc. will buy chips from Fabrikam Corp. in a deal worth $2 billion. It's the second tie-up between the pair "
        "in under a year.",
        {("Contoso Inc.", "partnersWith", "Fabrikam Corp.")}, set(), id="a_tie_up_between_the_pair",
    ),
    pytest.param(
        "Contoso Inc. has developed its own inference chip to cut its dependence on Fabrikam Corp.",
        set(), {("Contoso Inc.", "develops", "own inference chip")}, id="common_words_in_news_of_one_thing_name_no_product",
    ),
    pytest.param(
        "Fabrikam Corp. makes suspension products. Contoso Inc., a maker of engineered magnets, agreed to buy it.",
        {("Contoso Inc.", "develops", "engineered magnets"), ("Fabrikam Corp.", "develops", "suspension products")}, set(),
        id="common_words_in_a_company_profile_name_its_product_line",
    ),
    pytest.param(
        "Contoso Inc. sold its Lordstown plant in Ohio to Fabrikam Corp. in 2025.",
        {("Contoso Inc.", "divests", "Lordstown plant")}, {("Contoso Inc.", "operates", "Lordstown plant")},
        id="a_plant_a_company_sold_is_not_run_by_it",
    ),
    pytest.param(
        "Contoso Inc., which is building its $10 billion Hyperion data center campus in Louisiana, signed a deal.",
        {("Contoso Inc.", "develops", "Hyperion data center campus")}, {("Contoso Inc.", "operates", "Hyperion data center campus")},
        id="a_campus_a_company_is_building_is_not_yet_run_by_it",
    ),
    pytest.param(
        "Contoso Inc. confirmed that Quasar, its low-power AI chiplet, will be manufactured by Fabrikam Corp. on its 4nm process.",
        {("Contoso Inc.", "develops", "Quasar"), ("Fabrikam Corp.", "manufacturesFor", "Contoso Inc.")}, set(),
        id="a_kind_of_made_thing_in_apposition_names_a_product_and_its_owner",
    ),
    pytest.param(
        "Contoso Inc. will sell Quasar, Fabrikam's rack-scale AI system, to cloud providers.",
        {("Fabrikam", "develops", "Quasar")}, {("Contoso Inc.", "divests", "Quasar")},
        id="selling_a_named_product_is_no_divestment",
    ),
    pytest.param(
        "Contoso Inc. signed a licensing deal with Fabrikam Corp. for ZX-101, a once-weekly amylin analog. Under the pact, "
        "the two will jointly develop ZX-101 and split costs.",
        {("Contoso Inc.", "develops", "ZX-101"), ("Fabrikam Corp.", "develops", "ZX-101")}, set(),
        id="the_two_as_a_subject_are_each_of_them",
    ),
    pytest.param(
        "Northwind Mobility is a joint venture that is 51% owned by Contoso and 49% by Fabrikam.",
        {("Fabrikam", "ownsStakeIn", "Northwind Mobility")}, set(), id="a_venture_s_second_owner_its_verb_left_out",
    ),
    pytest.param(
        "Alibaba Cloud said it had signed agreements with German carmaker BMW, French advertising group Publicis and "
        "Singapore's Grab to deploy its models.",
        {("Alibaba Cloud", "hasAgreementWith", "Publicis"), ("Alibaba Cloud", "hasAgreementWith", "Grab")}, set(),
        id="a_list_of_described_names",
    ),
    pytest.param(
        "Contoso Inc. has handed Fabrikam Corp. $150 million upfront for exclusive rights to ZX-101.",
        {("Contoso Inc.", "hasAgreementWith", "Fabrikam Corp.")}, set(), id="money_handed_to_a_company_for_rights_is_a_deal",
    ),
    pytest.param(
        "Contoso Inc. discovered ZX-101 in-house and has dosed 200 patients.",
        {("Contoso Inc.", "develops", "ZX-101")}, set(), id="a_company_that_discovered_a_drug_develops_it",
    ),
    pytest.param(
        "Analysts said Kroger's Instacart deal could lift sales.",
        {("Kroger", "hasAgreementWith", "Instacart")}, set(), id="a_company_s_deal_named_by_its_partner",
    ),
    pytest.param(
        "Dell Technologies has its own AI Factory partnership with Nvidia. It's Kroger's second Big Pharma pact this year.",
        {("Dell Technologies", "partnersWith", "Nvidia")},
        {("Dell Technologies", "partnersWith", "AI Factory"), ("Kroger", "hasAgreementWith", "Big Pharma")},
        id="a_kind_of_deal_named_before_it_is_no_party",
    ),
    pytest.param(
        "The Japanese government has committed roughly 1.72 trillion yen in subsidies to Rapidus so far. The Fabrikam "
        "Foundation voiced support for Contoso Inc.",
        {("Japanese government", "investsIn", "Rapidus")}, {("Fabrikam Foundation", "investsIn", "Contoso Inc.")},
        id="money_committed_in_subsidies_to_a_company_is_invested",
    ),
    pytest.param(
        "The Japanese government will provide an additional 100 billion yen to Rapidus Corp., the ministry said.",
        {("Japanese government", "investsIn", "Rapidus Corp.")}, {("Japanese government", "suppliesTo", "Rapidus Corp.")},
        id="money_provided_is_invested_not_supplied",
    ),
    pytest.param(
        "Contoso Inc.'s board approved a capital injection of $500 million into its subsidiary Fabrikam Corp.",
        {("Contoso Inc.", "investsIn", "Fabrikam Corp.")}, set(), id="a_capital_injection_a_company_s_board_approved",
    ),
    pytest.param(
        "JPMorgan provided a $2 billion loan to Contoso Inc.",
        {("JPMorgan", "investsIn", "Contoso Inc.")}, {("JPMorgan", "suppliesTo", "Contoso Inc.")}, id="a_loan_is_money_not_supply",
    ),
    pytest.param(
        "Walmart signed a deal that lets shoppers buy its products inside OpenAI's ChatGPT.",
        {("OpenAI", "operates", "ChatGPT")}, {("OpenAI", "develops", "ChatGPT")}, id="a_listed_app_is_run_by_its_owner",
    ),
    pytest.param(
        "Kroger said it would close three sheds it runs with Ocado Group. Both grocers compete with Walmart.",
        set(), {("Ocado Group", "competesWith", "Walmart")}, id="both_grocers_are_two_companies_known_to_be_grocers",
    ),
    pytest.param(
        "Contoso Inc. relies heavily on chips from Fabrikam Corp., though it has also developed its own accelerator.",
        {("Fabrikam Corp.", "suppliesTo", "Contoso Inc.")}, set(), id="what_a_company_relies_on_comes_from_its_supplier",
    ),
    pytest.param(
        "Contoso Inc. is paying Fabrikam Corp. $150 million upfront for exclusive global rights outside Greater China to "
        "SYH2086, an oral drug.",
        {("Fabrikam Corp.", "develops", "SYH2086"), ("Contoso Inc.", "hasExclusiveAccessTo", "SYH2086")},
        {("Contoso Inc.", "develops", "SYH2086")}, id="who_is_paid_for_rights_to_a_drug_develops_it",
    ),
    pytest.param(
        "Contoso Inc. licensed exclusive rights to ZX-101 from Fabrikam Corp.",
        {("Fabrikam Corp.", "develops", "ZX-101")}, {("Contoso Inc.", "develops", "ZX-101")},
        id="who_licenses_out_the_rights_develops_the_drug",
    ),
    pytest.param(
        "The Swiss pharma giant agreed to license exclusive global rights to CRV-411, a once-monthly amylin analog from "
        "Boston biotech Fabrikam Therapeutics, for $180 million upfront.",
        {("Fabrikam Therapeutics", "develops", "CRV-411")}, set(), id="a_drug_from_a_biotech_in_apposition_hung_elsewhere",
    ),
    pytest.param(
        "Contoso Inc., which has been testing its own AI-RAN product, AITRAS, is one of few operators doing so.",
        {("Contoso Inc.", "develops", "AITRAS")}, {("AI-RAN", "develops", "AITRAS")},
        id="a_word_before_a_kind_of_product_names_no_maker",
    ),
    pytest.param(
        "Contoso Inc. said its orforglipron pill would launch next year, and Fabrikam Corp. will build its chips on Intel's 18A process.",
        {("Contoso Inc.", "develops", "orforglipron"), ("Intel", "develops", "18A")}, set(),
        id="products_the_gazetteer_lists_are_named_in_lower_case_and_by_their_short_names",
    ),
    pytest.param(
        "Contoso Inc. raised $100 million on Monday. The company will use the money to buy more Nvidia Blackwell systems. "
        "It has also signed a multi-year power purchase agreement with Fabrikam Corp.",
        {("Contoso Inc.", "hasAgreementWith", "Fabrikam Corp.")}, {("Nvidia", "hasAgreementWith", "Fabrikam Corp.")},
        id="a_maker_named_before_its_product_is_not_what_it_means",
    ),
    pytest.param(
        "Flipkart has partnered with Microsoft Azure to build AI tools, and Fabrikam Inc. will buy 20,000 Nvidia GB300 systems.",
        {("Flipkart", "partnersWith", "Microsoft"), ("Microsoft", "operates", "Azure"), ("Nvidia", "suppliesTo", "Fabrikam Inc.")},
        set(), id="a_listed_product_named_with_its_maker_is_two_names",
    ),
    pytest.param(
        "Contoso Inc.'s accelerators compete with Nvidia's Rubin GPUs, and Broadcom designs the TPU for Google.",
        {("Nvidia", "develops", "Rubin"), ("Broadcom", "develops", "TPU")}, {("Rubin", "worksFor", "Nvidia")},
        id="a_name_before_an_acronym_kind_of_chip_is_a_product",
    ),
    pytest.param(
        "Contoso Inc. is chasing Fabrikam Corp. and Northwind Traders, which have carved up the market. Contoso Inc. is "
        "also chasing growth in China.",
        {("Contoso Inc.", "competesWith", "Fabrikam Corp."), ("Contoso Inc.", "competesWith", "Northwind Traders")}, set(),
        id="a_company_chasing_others_competes_with_them",
    ),
    pytest.param(
        "Contoso Inc. has signed a contract for Fabrikam Corp. to manufacture AI processors it designs. Litware Inc., a "
        "contract chipmaker, has signed an agreement with Northwind Traders to manufacture its processors.",
        {("Fabrikam Corp.", "manufacturesFor", "Contoso Inc."), ("Litware Inc.", "manufacturesFor", "Northwind Traders")},
        {("Northwind Traders", "manufacturesFor", "Litware Inc.")}, id="a_deal_to_manufacture_names_the_maker",
    ),
    pytest.param(
        "Contoso Inc. has signed a multi-year agreement with Lonza, the Swiss contract manufacturer, to manufacture the "
        "drug's active ingredient.",
        {("Lonza", "manufacturesFor", "Contoso Inc.")}, set(), id="the_contract_manufacturer_a_deal_is_with_makes_for_the_signer",
    ),
    pytest.param(
        "Samsung Foundry, TSMC's closest rival at the leading edge, has been courting Qualcomm.",
        {("Samsung Foundry", "competesWith", "TSMC")}, set(), id="a_listed_company_s_name_first_is_no_person",
    ),
    pytest.param(
        "Fabrikam Corp. remains Contoso Inc.'s primary cloud provider and training partner, and Northwind agreed to supply chips.",
        {("Fabrikam Corp.", "partnersWith", "Contoso Inc."), ("Fabrikam Corp.", "suppliesTo", "Contoso Inc.")}, set(),
        id="a_possessor_of_two_roles_owns_both",
    ),
    pytest.param(
        "Contoso Inc. and Fabrikam Corp. signed a supply deal in 2024. The two companies extended that collaboration in June.",
        {("Contoso Inc.", "partnersWith", "Fabrikam Corp.")}, set(), id="the_two_companies_collaboration_is_theirs",
    ),
    pytest.param(
        "Contoso Inc. raised $1.1 billion in a Series B round in September led by Fabrikam Capital, with participation from "
        "Northwind Traders.",
        {("Fabrikam Capital", "investsIn", "Contoso Inc."), ("Northwind Traders", "investsIn", "Contoso Inc.")}, set(),
        id="a_round_leader_hung_on_the_raising_verb",
    ),
    pytest.param(
        "Jane Roe, Fabrikam Corp.'s chief strategy officer, held talks with Contoso Inc. late last year. John Doe held talks "
        "with Northwind Traders.",
        {("Fabrikam Corp.", "inTalksWith", "Contoso Inc.")}, {("Fabrikam Corp.", "inTalksWith", "Northwind Traders")},
        id="an_officer_holds_talks_for_the_company",
    ),
    pytest.param(
        "Contoso Inc. and Fabrikam Corp. met on Monday. It is the largest agreement the two companies have struck.",
        {("Contoso Inc.", "hasAgreementWith", "Fabrikam Corp.")}, set(), id="an_agreement_the_two_companies_struck",
    ),
    pytest.param(
        "Contoso Inc. has booked more than half of Fabrikam Corp.'s projected capacity for next year. Northwind Traders "
        "bought half of Litware Inc.'s shares.",
        {("Fabrikam Corp.", "suppliesTo", "Contoso Inc.")}, {("Litware Inc.", "suppliesTo", "Northwind Traders")},
        id="capacity_booked_is_supplied_by_its_owner",
    ),
    pytest.param(
        "Contoso Negotiates With Fabrikam to Rent Nvidia Chips in Europe\nContoso Inc. is in talks with Fabrikam Corp.",
        set(), {("Rent Nvidia Chips", "locatedIn", "Europe")}, id="a_headline_s_capitals_make_no_place_s_resident",
    ),
    pytest.param(
        "Contoso Inc. said it would spend $3 billion on new data centers next year, much of it on Nvidia processors.",
        {("Nvidia", "suppliesTo", "Contoso Inc.")},
        {("Contoso Inc.", "investsIn", "Nvidia")},
        id="money_spent_on_a_maker_s_units_buys_from_it_and_takes_no_stake",
    ),
    pytest.param(
        "SK Hynix is in talks with Wayfair to supply memory. Wayfair declined to comment. The Seoul-based company "
        "competes with Kioxia.",
        {("SK Hynix", "competesWith", "Kioxia")},
        {("Wayfair", "competesWith", "Kioxia")},
        id="a_city_based_company_is_one_based_in_that_city_s_country_when_none_is_based_in_the_city",
    ),
    pytest.param(
        "Boehringer Ingelheim signed a licensing deal with Fabrikam Pharma on Monday. Boehringer will pay $90 million "
        "upfront. The Seoul-based company is majority owned by Contoso Holdings.",
        {("Contoso Holdings", "ownsStakeIn", "Fabrikam Pharma")},
        {("Contoso Holdings", "ownsStakeIn", "Boehringer")},
        id="a_listed_company_named_short_is_still_known_to_be_based_elsewhere",
    ),
    pytest.param(
        "Contoso Inc. controls roughly half of the global market for industrial sensors and competes with Fabrikam Corp.",
        {("Contoso Inc.", "competesWith", "Fabrikam Corp.")},
        set(),
        id="a_verb_tagged_a_plural_noun_after_a_prepositional_object_is_still_a_verb",
    ),
    pytest.param(
        "Shares of Contoso Inc., which is about 20% owned by holding company Fabrikam Group, rose 2% on Tuesday.",
        {("Fabrikam Group", "ownsStakeIn", "Contoso Inc.")},
        set(),
        id="owned_by_holding_company_x_parsed_as_a_gerund_still_names_the_owner",
    ),
    pytest.param(
        "Contoso Networks is 80 per cent owned by Fabrikam Telecom.",
        {("Fabrikam Telecom", "ownsStakeIn", "Contoso Networks")},
        {("Contoso Networks", "subsidiaryOf", "Fabrikam Telecom")},
        id="per_cent_owned_is_a_stake",
    ),
    pytest.param(
        "Fabrikam Telecom said its data centre arm Contoso Networks would expand. Contoso Networks is 80% owned by the telco.",
        {("Fabrikam Telecom", "ownsStakeIn", "Contoso Networks")},
        set(),
        id="the_telco_is_a_company_named_before",
    ),
    pytest.param(
        "“Power is key,” said Mr Bill Tan, chief executive of Contoso Networks. Mr Tan joined in 2019.",
        {("Bill Tan", "ceoOf", "Contoso Networks")},
        {("Mr Bill Tan", "ceoOf", "Contoso Networks")},
        id="an_honorific_without_a_stop_is_no_part_of_the_name",
    ),
    pytest.param(
        "Fabrikam Bio will produce drug substance for zelavotide at its plant.\nZelavotide, a long-acting amylin analog, "
        "is being co-developed by Contoso Pharma and Northwind Therapeutics.",
        {("Contoso Pharma", "develops", "Zelavotide"), ("Northwind Therapeutics", "develops", "Zelavotide")},
        set(),
        id="a_drug_named_in_lower_case_is_the_same_drug_capitalized_to_open_a_sentence",
    ),
    pytest.param(
        "Boehringer Ingelheim signed a deal with Samsung Biologics. Fabrikam Holdings owns about 43% of the CDMO. "
        "The Phase 2b data are expected in 2026.",
        {("Fabrikam Holdings", "ownsStakeIn", "Samsung Biologics")},
        {("Fabrikam Holdings", "ownsStakeIn", "Boehringer Ingelheim"), ("Fabrikam Holdings", "ownsStakeIn", "CDMO")},
        id="the_cdmo_is_the_contract_manufacturer_named_before",
    ),
    pytest.param(
        "Arm said on Monday it would expand. Wayfair declined to comment. The Cambridge, UK-based company sued Contoso Ltd "
        "on Friday.",
        {("Arm", "sues", "Contoso Ltd")},
        {("Wayfair", "sues", "Contoso Ltd")},
        id="a_city_and_country_based_company_is_one_based_in_that_city",
    ),
    pytest.param(
        "Under the agreement, Contoso Semiconductor will manufacture AI processors designed by Fabrikam Labs at its plant "
        "in Chitose, starting in 2027.",
        {("Contoso Semiconductor", "manufacturesFor", "Fabrikam Labs")},
        set(),
        id="making_what_another_designed_is_making_it_for_them",
    ),
    pytest.param(
        "Fabrikam Labs raised $90 million in a Series B round. Contoso Ventures said demand was strong. The venture firm "
        "participated in the startup's round in September, alongside Northwind Capital and Globex Partners.",
        {("Northwind Capital", "investsIn", "Fabrikam Labs")},
        {("Northwind Capital", "investsIn", "Contoso Ventures")},
        id="a_description_in_a_clause_means_no_company_its_subject_means",
    ),
    pytest.param(
        "Contoso Motors, the world's fourth-largest carmaker by sales, paid 1.5 billion euros in 2023 for about 21% of "
        "Fabrikam Auto and set up a joint venture with it.",
        {("Contoso Motors", "ownsStakeIn", "Fabrikam Auto")},
        set(),
        id="paying_for_a_share_of_a_company_holds_it",
    ),
    pytest.param(
        "Contoso Foods has agreed to acquire 38 Fabrikam Markets stores in Maryland, Virginia and Delaware for about "
        "$410 million, the companies said Tuesday.",
        {("Contoso Foods", "hasAgreementWith", "Fabrikam Markets")},
        {("Contoso Foods", "acquires", "Fabrikam Markets")},
        id="agreeing_to_buy_a_company_s_stores_is_no_takeover_of_it",
    ),
    pytest.param(
        "Kioxia makes Trainium2 chips for Wayfair at its plant in Arizona.",
        {("Kioxia", "manufacturesFor", "Wayfair")},
        {("Kioxia", "develops", "Trainium2")},
        id="what_is_made_for_a_client_is_not_developed_by_its_maker",
    ),
    pytest.param(
        "Contoso in Talks With Fabrikam on $10 Billion Louisiana Data Center Financing\n"
        "Contoso Inc. is in talks with Fabrikam Corp. about financing a data center in Louisiana.",
        {("Contoso Inc.", "inTalksWith", "Fabrikam Corp.")},
        {("Billion Louisiana Data Center", "locatedIn", "Louisiana")},
        id="a_headline_s_capitals_make_no_site_named_after_a_place",
    ),
    pytest.param(
        "KKR is in advanced talks to buy a 25 per cent stake in Kioxia, people familiar with the matter said.",
        {("KKR", "inTalksWith", "Kioxia")},
        set(),
        id="talks_to_buy_a_stake_are_with_the_company_not_yet_a_stake",
    ),
    pytest.param(
        "Wayfair is in talks to buy 15% of Kioxia.",
        {("Wayfair", "inTalksWith", "Kioxia")},
        set(),
        id="talks_to_buy_a_percentage_of_a_company",
    ),
    pytest.param(
        "Wayfair signed an agreement to acquire a 60% stake in Kioxia from SK Hynix.",
        {("Wayfair", "ownsStakeIn", "Kioxia")},
        {("Wayfair", "hasAgreementWith", "Kioxia")},
        id="a_deal_to_buy_a_stake_is_with_its_seller",
    ),
    pytest.param(
        "Harbor Sports + Outdoors to buy Wayfair for $185M",
        {("Harbor Sports + Outdoors", "acquires", "Wayfair")},
        set(),
        id="a_name_does_not_end_on_its_plus_sign",
    ),
    pytest.param(
        "The consortium includes Wayfair and Kioxia, a subsidiary of SoftBank.",
        {("Kioxia", "subsidiaryOf", "SoftBank")},
        {("Wayfair", "subsidiaryOf", "SoftBank")},
        id="an_apposition_after_two_names_describes_the_nearer",
    ),
    pytest.param(
        "The consortium includes Wayfair and Kioxia, both subsidiaries of SoftBank.",
        {("Kioxia", "subsidiaryOf", "SoftBank"), ("Wayfair", "subsidiaryOf", "SoftBank")},
        set(),
        id="a_plural_apposition_after_two_names_describes_both",
    ),
    pytest.param(
        "Kioxia already has a cell joint venture in Europe: Flash Partners (FP), which it owns together with Wayfair.",
        {("Kioxia", "ownsStakeIn", "FP"), ("Wayfair", "ownsStakeIn", "FP")},
        {("FP", "subsidiaryOf", "Kioxia")},
        id="owned_together_with_another_is_a_stake",
    ),
    pytest.param(
        "Kioxia has a venture: Flash Partners Company (FPC), which it owns together with Wayfair.",
        {("Kioxia", "partnersWith", "Wayfair")},
        {("Flash Partners Company", "partnersWith", "Wayfair")},
        id="a_pronoun_in_a_relative_clause_is_neither_name_of_what_it_hangs_on",
    ),
    pytest.param(
        "Wayfair and Kioxia are among the eight companies that hold stakes in Rapidus.",
        {("Wayfair", "ownsStakeIn", "Rapidus"), ("Kioxia", "ownsStakeIn", "Rapidus")},
        set(),
        id="names_among_the_companies_that_do_something_each_do_it",
    ),
    pytest.param(
        "Wayfair is one of the companies that invested in Rapidus.",
        {("Wayfair", "investsIn", "Rapidus")},
        set(),
        id="one_of_the_companies_that_do_something_does_it",
    ),
    pytest.param(
        "Wayfair bought roughly a fifth of Kioxia for about 1.5 billion euros.",
        {("Wayfair", "ownsStakeIn", "Kioxia")},
        {("Wayfair", "acquires", "Kioxia")},
        id="a_fraction_of_a_company_is_a_stake",
    ),
    pytest.param(
        "Kioxia makes flash memory. The company has also hired Daniel Park as chief financial officer.",
        {("Daniel Park", "worksFor", "Kioxia")},
        set(),
        id="a_company_meant_by_a_description_employs_whom_it_hires",
    ),
    pytest.param(
        "Separately, Kioxia said Priya Raman would join as chief financial officer on Jan. 1.",
        {("Priya Raman", "worksFor", "Kioxia")},
        set(),
        id="who_joins_as_a_title_works_for_the_company_that_says_so",
    ),
    pytest.param(
        "Kioxia rotating chairman Eric Ma said the company would grow.",
        {("Eric Ma", "chairmanOf", "Kioxia")},
        set(),
        id="a_rotating_chairman_is_a_chairman",
    ),
    pytest.param(
        "Kioxia, Wayfair and Hy-Vee are already partners in Project Kuiper.",
        {("Kioxia", "participatesIn", "Project Kuiper"), ("Hy-Vee", "participatesIn", "Project Kuiper")},
        set(),
        id="partners_in_an_initiative_take_part_in_it",
    ),
    pytest.param(
        "Kioxia is building Project Kuiper India, a ground network.",
        {("Kioxia", "develops", "Project Kuiper India")},
        {("Kioxia", "develops", "Project Kuiper")},
        id="an_initiative_s_name_then_a_country_s_is_its_local_project",
    ),
    pytest.param(
        "Zeta Memory has landed a contract to supply memory stacks for AMD's accelerators. Samsung supplied the bulk "
        "of the memory used in the current series.\nPer the report, the agreement covers shipments beginning in 2026, "
        "with the Boise, Idaho-based company producing the stacks at its Hiroshima fab in Japan.",
        {("Zeta Memory", "operates", "Hiroshima fab")},
        {("Samsung", "operates", "Hiroshima fab")},
        id="its_in_a_participle_on_a_description_is_what_the_description_means",
    ),
    pytest.param(
        "Zeta Bio licensed ZX-221 from Boehringer Ingelheim in 2021 and holds exclusive rights to the molecule "
        "outside Korea.",
        {("Zeta Bio", "hasExclusiveAccessTo", "ZX-221")},
        set(),
        id="the_molecule_is_the_drug_named_before",
    ),
    pytest.param(
        "Zeta Bio licensed ZX-221 from Boehringer Ingelheim. Analysts expect sales to grow. Investors cheered. "
        "Zeta Bio holds exclusive rights to the drug.",
        set(),
        {("Zeta Bio", "hasExclusiveAccessTo", "ZX-221")},
        id="a_drug_named_three_sentences_before_is_too_far_back",
    ),
    pytest.param(
        "The plant is being built by Flash Forward Energy, a 50:50 joint venture of Kioxia and Wayfair.",
        {("Kioxia", "ownsStakeIn", "Flash Forward Energy"), ("Wayfair", "ownsStakeIn", "Flash Forward Energy")},
        set(),
        id="a_joint_venture_of_two_companies_is_owned_by_each",
    ),
    pytest.param(
        "The site will supply Flash Forward Energy, the 50-50 joint venture Kioxia formed with Wayfair in February.",
        {("Kioxia", "ownsStakeIn", "Flash Forward Energy"), ("Wayfair", "ownsStakeIn", "Flash Forward Energy")},
        set(),
        id="a_joint_venture_one_company_formed_with_another_is_owned_by_each",
    ),
    pytest.param(
        "Kioxia and Wayfair will inject 2 trillion won into HL-GA Battery Company, their 50-50 joint venture.",
        {("Kioxia", "ownsStakeIn", "HL-GA Battery Company"), ("Wayfair", "ownsStakeIn", "HL-GA Battery Company")},
        set(),
        id="a_name_ending_in_company_is_a_company",
    ),
    pytest.param(
        "Zeta Data Centers has signed Kioxia as the anchor tenant for the first 54MW phase.",
        {("Zeta Data Centers", "suppliesTo", "Kioxia")},
        set(),
        id="who_signs_a_company_as_its_tenant_supplies_it",
    ),
    pytest.param(
        "Flash Forward Company is a joint venture of Kioxia and Wayfair. The joint venture will supply its cells "
        "exclusively to Hy-Vee.",
        {("Flash Forward Company", "suppliesTo", "Hy-Vee")},
        set(),
        id="the_joint_venture_is_the_company_called_a_joint_venture",
    ),
    pytest.param(
        "Kioxia and Wayfair agreed to form a company. The joint venture will supply its cells exclusively to Hy-Vee.",
        set(),
        {("Kioxia", "suppliesTo", "Hy-Vee"), ("Wayfair", "suppliesTo", "Hy-Vee")},
        id="the_joint_venture_is_none_of_its_owners",
    ),
    pytest.param(
        "Kioxia is building Frontier, a campus in Texas. Kioxia plans to invest more than $25 billion in the campus.",
        {("Kioxia", "investsIn", "Frontier")},
        set(),
        id="the_campus_is_the_site_named_just_before_whatever_its_name",
    ),
    pytest.param(
        "Kioxia is building the Kitakami Memory Fab with Wayfair. Wayfair will invest about $5 billion in the project.",
        {("Wayfair", "investsIn", "Kitakami Memory Fab")},
        set(),
        id="the_project_is_the_site_named_just_before",
    ),
    pytest.param(
        "The alliance's other members include Kioxia, Wayfair and Hy-Vee, each of which co-develops a separate brand "
        "with Rapidus.",
        {("Kioxia", "partnersWith", "Rapidus"), ("Wayfair", "partnersWith", "Rapidus"), ("Hy-Vee", "partnersWith", "Rapidus")},
        set(),
        id="each_of_which_is_each_of_the_names_before",
    ),
    pytest.param(
        "Rapidus was founded with money from Kioxia, Wayfair and Hy-Vee, each of which holds a small stake in Rapidus.",
        {("Kioxia", "ownsStakeIn", "Rapidus"), ("Hy-Vee", "ownsStakeIn", "Rapidus")},
        set(),
        id="each_of_which_however_the_clause_is_hung",
    ),
    pytest.param(
        "Zeta competes with Kioxia and Wayfair, both of which have signed multibillion-dollar contracts with Rapidus.",
        {("Kioxia", "hasAgreementWith", "Rapidus"), ("Wayfair", "hasAgreementWith", "Rapidus")},
        set(),
        id="both_of_which_is_both_names_before",
    ),
    pytest.param(
        "Kioxia holds a right of first refusal over any sale of Wayfair.",
        {("Kioxia", "hasRightOfFirstRefusal", "Wayfair")},
        {("Kioxia", "divests", "Wayfair")},
        id="any_sale_is_no_sale",
    ),
    pytest.param(
        "Kioxia raised $700 million in a round led by Wayfair. Nvidia, Founders Fund, and Fidelity also participated "
        "in the round.",
        {("Nvidia", "investsIn", "Kioxia"), ("Founders Fund", "investsIn", "Kioxia")},
        set(),
        id="a_list_s_first_two_names_before_a_serial_comma_are_two",
    ),
    pytest.param(
        "Kioxia and Wayfair formed Nordvolt Compute, a 50-50 joint venture, this year to sell AI tools.",
        {("Kioxia", "ownsStakeIn", "Nordvolt Compute"), ("Wayfair", "ownsStakeIn", "Nordvolt Compute")},
        set(),
        id="who_formed_a_company_called_a_joint_venture_owns_it",
    ),
    pytest.param(
        "Kioxia sold Nordvolt, a joint venture with Zeta Capital, in 2021.",
        {("Zeta Capital", "ownsStakeIn", "Nordvolt")},
        {("Kioxia", "ownsStakeIn", "Nordvolt")},
        id="who_sold_a_joint_venture_did_not_form_it",
    ),
    pytest.param(
        "Kioxia will carve out its timing business into a standalone company called Nordvolt and sell a 60% stake "
        "in it to private-equity firm Zeta Capital.",
        {("Zeta Capital", "ownsStakeIn", "Nordvolt")},
        {("Zeta Capital", "ownsStakeIn", "Kioxia")},
        id="it_after_a_preposition_is_not_the_subject_of_its_own_clause",
    ),
    pytest.param(
        "Kioxia will build the cells at Nordvolt America, its US subsidiary in Commerce, Georgia, which already "
        "supplies Wayfair and Hy-Vee.",
        {("Nordvolt America", "suppliesTo", "Wayfair"), ("Nordvolt America", "suppliesTo", "Hy-Vee")},
        {("Commerce, Georgia", "suppliesTo", "Wayfair"), ("Commerce", "suppliesTo", "Wayfair")},
        id="a_clause_on_a_place_a_company_is_in_says_what_the_company_does",
    ),
    pytest.param(
        "Cloud firm Aztec has signed a multi-year colocation agreement with Nordvolt Data Centers.",
        {("Aztec", "hasAgreementWith", "Nordvolt Data Centers")},
        set(),
        id="a_name_after_a_kind_of_company_is_a_company_though_tagged_a_people",
    ),
    pytest.param(
        "Zeta Robotics trains its Claude models on Kioxia's Trainium chips at a cluster in Indiana.",
        {("Zeta Robotics", "uses", "Trainium")},
        {("Zeta Robotics", "uses", "Claude")},
        id="who_trains_its_models_on_chips_uses_the_chips_not_the_models",
    ),
    pytest.param(
        "Zeta Robotics will scale its assistant on Kioxia's Azure cloud.",
        {("Zeta Robotics", "uses", "Azure")},
        set(),
        id="who_scales_a_service_on_a_cloud_uses_the_cloud",
    ),
    pytest.param(
        "Nordvolt Japan, the joint venture that Kioxia formed with Wayfair in February, will sell AI tools.",
        {("Kioxia", "ownsStakeIn", "Nordvolt Japan"), ("Wayfair", "ownsStakeIn", "Nordvolt Japan")},
        set(),
        id="who_formed_a_joint_venture_with_whom_both_own_it",
    ),
    pytest.param(
        "The site will supply computing power to Nordvolt Japan, the 50-50 joint venture Kioxia formed with Wayfair "
        "in February.",
        {("Kioxia", "ownsStakeIn", "Nordvolt Japan"), ("Wayfair", "ownsStakeIn", "Nordvolt Japan")},
        set(),
        id="a_joint_venture_a_name_formed_parsed_as_the_name_s_participle",
    ),
    pytest.param(
        "Kioxia and Wayfair have signed an agreement to inject an additional 2 trillion won into Nordvolt Battery "
        "Company, their 50-50 joint venture in the US state of Georgia.",
        {("Kioxia", "ownsStakeIn", "Nordvolt Battery Company"), ("Wayfair", "ownsStakeIn", "Nordvolt Battery Company")},
        set(),
        id="their_joint_venture_is_owned_by_each_of_the_subjects_far_up",
    ),
    pytest.param(
        "Kioxia agreed to make chips for Hy-Vee.",
        {("Kioxia", "hasAgreementWith", "Hy-Vee"), ("Kioxia", "manufacturesFor", "Hy-Vee")},
        set(),
        id="who_agreed_to_make_things_for_a_company_has_an_agreement_with_it",
    ),
    pytest.param(
        "Zeta Robotics is unveiling a $210 million Series B on Thursday led by Kioxia Partners.",
        {("Kioxia Partners", "investsIn", "Zeta Robotics")},
        set(),
        id="a_series_letter_names_a_funding_round_and_who_led_it_invests",
    ),
    pytest.param(
        "Kioxia said Monday it will spend roughly $2 billion to retool its Louisville Assembly Plant in Kentucky.",
        {("Kioxia", "investsIn", "Louisville Assembly Plant")},
        set(),
        id="money_spent_to_retool_a_plant_is_invested_in_it",
    ),
    pytest.param(
        "Kioxia will spend $2 billion to buy Zeta Robotics.",
        {("Kioxia", "acquires", "Zeta Robotics")},
        {("Kioxia", "investsIn", "Zeta Robotics")},
        id="money_spent_to_buy_a_company_is_no_investment_in_it",
    ),
    pytest.param(
        "Five Below will also buy sponsored listings through Wayfair's Carrot Ads network.",
        set(),
        {("Carrot Ads", "worksFor", "Wayfair")},
        id="a_name_before_a_noun_a_company_owns_is_no_employee",
    ),
    pytest.param(
        "Wayfair's Priya Nandakumar, who heads delivery in the Americas, said grocery is growing.",
        {("Priya Nandakumar", "worksFor", "Wayfair")},
        set(),
        id="a_person_a_company_s_possessive_names_works_there",
    ),
    pytest.param(
        "The Wayfair contract follows an agreement that Kioxia struck with Zeta Robotics in March.",
        {("Kioxia", "hasAgreementWith", "Zeta Robotics")},
        {("Wayfair", "hasAgreementWith", "Zeta Robotics")},
        id="one_deal_is_no_party_to_another",
    ),
    pytest.param(
        "In July, Kioxia clinched a 22.8 trillion-won order from Zeta Motors to make the carmaker's AI6 chips.",
        {("Kioxia", "manufacturesFor", "Zeta Motors")},
        set(),
        id="an_order_to_make_things_is_manufacturing_for_who_placed_it",
    ),
    pytest.param(
        "Kioxia is paying Wayfair $275 million upfront for exclusive global rights, outside Greater China, to "
        "KX-4729, an oral amylin receptor agonist in Phase 1 development.",
        {("Kioxia", "hasExclusiveAccessTo", "KX-4729"), ("Wayfair", "develops", "KX-4729")},
        set(),
        id="rights_to_a_drug_past_a_territory_set_off_by_commas",
    ),
    pytest.param(
        "Kioxia holds exclusive rights in Japan, according to Reuters.",
        set(),
        {("Kioxia", "hasExclusiveAccessTo", "Reuters")},
        id="rights_are_not_to_whom_the_news_is_attributed",
    ),
    pytest.param(
        "Analysts said Kioxia's larger rival Zeta Semiconductor still dominates.",
        {("Zeta Semiconductor", "competesWith", "Kioxia")},
        set(),
        id="a_company_s_rival_parsed_as_the_rival_s_modifier",
    ),
    pytest.param(
        "Brookfield has pledged $2bn to Kioxia's new campus. The Toronto-based investor has been in discussions with "
        "Wayfair for several weeks about a joint venture.",
        {("Brookfield", "inTalksWith", "Wayfair")},
        set(),
        id="the_investor_a_description_names_is_a_company",
    ),
    pytest.param(
        "Kioxia, whose chips are manufactured by Zeta Foundry, declined to comment.",
        {("Zeta Foundry", "manufacturesFor", "Kioxia")},
        set(),
        id="whose_thing_a_passive_maker_makes",
    ),
    pytest.param(
        "Carrefour already partners with Instacart and DoorDash.",
        {("Carrefour", "partnersWith", "Instacart"), ("Carrefour", "partnersWith", "DoorDash")},
        set(),
        id="a_verb_at_the_root_tagged_a_plural_noun",
    ),
    pytest.param(
        "Zeta Electronics Co. has signed a deal to supply its sixth-generation high bandwidth memory (HBM4) chips to "
        "Kioxia Corp., industry sources said Wednesday.",
        {("Zeta Electronics Co.", "suppliesTo", "Kioxia Corp.")},
        set(),
        id="a_recipient_hung_on_the_object_s_apposition",
    ),
    pytest.param(
        "Separately, Kioxia said it had appointed Ruth Adeyemi to its board.",
        {("Ruth Adeyemi", "boardMemberOf", "Kioxia")},
        {("Ruth Adeyemi", "worksFor", "Kioxia")},
        id="appointed_to_a_company_s_board",
    ),
    pytest.param(
        "Brookfield has committed up to $5 billion to Kioxia's memory business.",
        {("Brookfield", "investsIn", "Kioxia")},
        set(),
        id="money_committed_to_a_company_s_business",
    ),
    pytest.param(
        "Zeta Technology Group agreed to build electric vans for Kioxia Motors Corp., deepening its push into autos.",
        {("Zeta Technology Group", "hasAgreementWith", "Kioxia Motors Corp."),
         ("Zeta Technology Group", "manufacturesFor", "Kioxia Motors Corp.")},
        set(),
        id="agreed_to_build_things_for_a_company",
    ),
    pytest.param(
        "Nordvolt, the Oslo-based cloud provider, will use the space to run clusters of Kioxia's Zeta chips, Chief "
        "Executive Ingrid Dahl said in a statement.",
        {("Ingrid Dahl", "ceoOf", "Nordvolt")},
        {("Ingrid Dahl", "worksFor", "Kioxia"), ("Ingrid Dahl", "ceoOf", "Kioxia")},
        id="a_titled_speaker_after_another_company_s_product",
    ),
    pytest.param(
        "Zeta Holdings is separately in talks to acquire Kioxia's Yokkaichi plant in Mie prefecture.",
        {("Zeta Holdings", "inTalksWith", "Kioxia")},
        set(),
        id="talks_to_buy_a_company_s_plant_are_with_it",
    ),
    pytest.param(
        "Zeta Holdings is in talks to buy Kioxia's stake in Wayfair Logistics.",
        {("Zeta Holdings", "inTalksWith", "Kioxia")},
        {("Zeta Holdings", "inTalksWith", "Wayfair Logistics")},
        id="talks_to_buy_a_company_s_stake_are_with_the_seller",
    ),
    pytest.param(
        "Kioxia has signed a deal under which Zeta Power will supply electricity to its plants, the company confirmed.",
        {("Kioxia", "hasAgreementWith", "Zeta Power")},
        set(),
        id="a_deal_under_which_another_company_acts",
    ),
    pytest.param(
        "Carrefour has signed a string of contracts with logistics firms, including a $2 billion deal with Zeta Freight "
        "and a smaller agreement with Kioxia Logistics.",
        {("Carrefour", "hasAgreementWith", "Zeta Freight")},
        set(),
        id="a_deal_among_those_a_company_signed",
    ),
    pytest.param(
        "Jane Roe, the chief executive of Kioxia's British arm, Kioxia Energy, said the contract showed demand.",
        {("Jane Roe", "ceoOf", "Kioxia Energy")},
        {("Jane Roe", "ceoOf", "Kioxia")},
        id="the_chief_of_a_company_s_arm_the_apposition_names",
    ),
    pytest.param(
        "Shares of Kioxia Corp. KXIA rallied 11% Friday after the company said it had signed a deal with Zeta Power Inc.",
        {("Kioxia Corp.", "hasAgreementWith", "Zeta Power Inc.")},
        set(),
        id="a_ticker_after_a_company_s_legal_name",
    ),
    pytest.param(
        "Nordvolt has secured new equity to fund Frostvik Campus, its planned 200MW data center campus in Narvik, Norway.",
        {("Nordvolt", "develops", "Frostvik Campus")},
        {("Nordvolt", "operates", "Frostvik Campus")},
        id="a_company_s_planned_campus_is_one_it_develops",
    ),
    pytest.param(
        "Nordvolt has secured new equity to expand Frostvik Campus, its 200MW data center campus in Narvik, Norway.",
        {("Nordvolt", "operates", "Frostvik Campus")},
        {("Nordvolt", "develops", "Frostvik Campus")},
        id="a_company_s_campus_is_one_it_runs",
    ),
    pytest.param(
        "Kioxia raised $200 million in a Series B round led by Zeta Capital. Brookfield, Founders Fund and Wayfair "
        "Ventures also participated.",
        {("Brookfield", "investsIn", "Kioxia"), ("Founders Fund", "investsIn", "Kioxia")},
        set(),
        id="taking_part_right_after_a_round_is_told",
    ),
    pytest.param(
        "Kioxia makes memory chips. Brookfield also participated.",
        set(),
        {("Brookfield", "investsIn", "Kioxia")},
        id="taking_part_in_nothing_told",
    ),
    pytest.param(
        "Kioxia raised $200 million in a round led by Zeta Capital. Existing backers Nexus Venture Partners, Glade "
        "Brook Capital and StepStone Group also put money into the round.",
        {("Nexus Venture Partners", "investsIn", "Kioxia"), ("StepStone Group", "investsIn", "Kioxia")},
        set(),
        id="money_put_into_a_round_told_before",
    ),
    pytest.param(
        "For now, Zeta Foundry makes nearly all of Kioxia's controllers, including its newest one.",
        {("Zeta Foundry", "manufacturesFor", "Kioxia")},
        set(),
        id="making_all_of_a_company_s_things",
    ),
    pytest.param(
        "Kioxia, which signed a multi-year deal with Zeta Compute in October to deploy 6 gigawatts of Zeta GPUs, is "
        "expected to be among the first customers.",
        {("Zeta Compute", "suppliesTo", "Kioxia")},
        set(),
        id="a_deal_to_deploy_the_party_s_units",
    ),
    pytest.param(
        "Kioxia signed a deal with Zeta Robotics to install Wayfair systems at its plants.",
        {("Kioxia", "hasAgreementWith", "Zeta Robotics")},
        {("Zeta Robotics", "suppliesTo", "Kioxia")},
        id="a_deal_to_install_another_maker_s_units",
    ),
    pytest.param(
        "Kioxia said it will produce cells with Zeta Energy, its longtime battery partner, at the Spring Hill factory of "
        "Nordvolt Cells LLC, the pair's joint venture.",
        {("Kioxia", "ownsStakeIn", "Nordvolt Cells LLC"), ("Zeta Energy", "ownsStakeIn", "Nordvolt Cells LLC")},
        {("Kioxia", "partnersWith", "Nordvolt Cells LLC")},
        id="the_pair_s_joint_venture",
    ),
    pytest.param(
        "A Kioxia spokesperson declined to say whether the company had held similar discussions with Zeta Foundry.",
        set(),
        {("Kioxia", "inTalksWith", "Zeta Foundry")},
        id="whether_asks_and_states_nothing",
    ),
    pytest.param(
        "A spokesperson declined to say whether Zeta Holdings, which agreed this year to acquire Kioxia for about "
        "$1.7 billion, had also bid for the contract.",
        {("Zeta Holdings", "acquires", "Kioxia")},
        set(),
        id="a_relative_clause_inside_whether_is_still_stated",
    ),
    pytest.param(
        "The Kioxia talks are being led by Park Min-jun, head of semiconductor strategy at Nordvolt, who joined the "
        "automaker in 2023.",
        {("Park Min-jun", "worksFor", "Nordvolt")},
        {("Park Min-jun", "ceoOf", "Kioxia"), ("Park Min-jun", "worksFor", "Kioxia")},
        id="leading_talks_with_a_company_is_not_leading_the_company",
    ),
    pytest.param(
        "Kioxia said it hired Jane Roe. \"Jane has built plants,\" Kioxia's chief wrote in a LinkedIn post. Nordvolt "
        "will supply cells to the plant under a contract the two companies signed last year.",
        {("Kioxia", "hasAgreementWith", "Nordvolt")},
        {("Kioxia", "hasAgreementWith", "LinkedIn")},
        id="a_name_that_only_modifies_a_noun_is_not_one_of_the_two",
    ),
    pytest.param(
        "Zeta Hynix, the chip-making arm of Zeta Group, has been working with Taiwan Semiconductor Manufacturing Co. "
        "(TSMC) to produce the base die, under a partnership the two companies announced in April.",
        {("Zeta Hynix", "partnersWith", "Taiwan Semiconductor Manufacturing Co.")},
        {("Zeta Group", "partnersWith", "Taiwan Semiconductor Manufacturing Co."), ("Zeta Group", "partnersWith", "TSMC")},
        id="a_parent_named_in_an_apposition_is_not_one_of_the_two",
    ),
    pytest.param(
        "Kioxia will license its CPU core to Nordvolt, along with its cache and interconnect IP. This isn't the first "
        "time the two firms have worked together.",
        {("Nordvolt", "partnersWith", "Kioxia")},
        {("Kioxia", "partnersWith", "IP")},
        id="intellectual_property_is_no_company",
    ),
    pytest.param(
        "Fabrikam said on Monday that Fabrikam would file next year. Fabrikam shares rose. Fabrikam will compete with "
        "Zeptol, the therapy developed by Kioxia and commercialised in partnership with Nordvolt.",
        {("Fabrikam", "competesWith", "Zeptol")},
        {("Fabrikam", "partnersWith", "Nordvolt")},
        id="something_done_in_partnership_is_not_the_article_s_company_s_partnership",
    ),
    pytest.param(
        "Kioxia is in talks with Nordvolt. Kioxia said talks continue. Kioxia shares rose. The talks follow preliminary "
        "agreements Zeta Systems signed in October with Brightline and Halvern for the supply of memory chips.",
        {("Zeta Systems", "hasAgreementWith", "Brightline"), ("Zeta Systems", "hasAgreementWith", "Halvern")},
        {("Kioxia", "hasAgreementWith", "Brightline"), ("Kioxia", "hasAgreementWith", "Halvern")},
        id="agreements_a_relative_clause_says_who_signed_are_not_the_article_s_company_s",
    ),
]


def test_a_company_goes_by_the_first_word_of_its_name(extract):
    result = extract("Nordvolt Compute runs two sites in Norway. Nordvolt said it would build a third.")
    links = {(a.mention.text, a.alias_of.text) for a in result.aliases if "first word" in a.reason}
    assert links == {("Nordvolt Compute", "Nordvolt")}


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia Capital led the round. Arcadia also said it would hire.",
        "The deal closed. CMP Holdings, an indirect subsidiary of CMP, said it would hire.",
    ],
    ids=["an_affiliate_is_not_its_parent", "a_group_s_letters_name_the_group"],
)
def test_a_first_word_is_not_the_company_when_it_names_another(extract, text):
    result = extract(text)
    assert not [a for a in result.aliases if "first word" in a.reason]


def test_a_city_before_a_region_headquartered_is_a_place(extract):
    result = extract(
        "Zeta Memory supplies Samsung. The agreement covers shipments, with the Boise, Idaho-headquartered company "
        "producing the stacks in Japan."
    )
    assert {m.type for m in result.mentions if m.text.startswith("Boise")} == {"Place"}
    assert ("Zeta Memory", "locatedIn", "Boise") in triples(result)


@pytest.mark.parametrize(
    "text",
    ["We will update this article if Kioxia or Wayfair comment.", "Kioxia, or Micron, said so."],
    ids=["names_joined_by_or", "two_listed_companies"],
)
def test_or_between_two_names_makes_no_alias(extract, text):
    assert not extract(text).aliases


def test_or_after_a_comma_introduces_an_alias(extract):
    result = extract("Zeta Holdings, or Zeta, said so.")
    assert [(a.mention.text, a.alias_of.text) for a in result.aliases] == [("Zeta", "Zeta Holdings")]


def test_a_stake_talks_are_to_buy_is_only_potential(extract):
    result = extract("Wayfair is in talks to buy a minority stake in Kioxia.")
    stakes = [r for r in result.relations if r.predicate == "ownsStakeIn"]
    assert stakes and all(r.qualifiers.status == "potential" for r in stakes)


@pytest.mark.parametrize(("sentence", "expected", "forbidden"), READS_NOT)
def test_extract_reads_not(extract, sentence, expected, forbidden):
    found = triples(extract(sentence))
    assert expected <= found
    assert not forbidden & found


def test_titles_listed_after_a_name_as_its_conjuncts_are_read_off_their_own_of(extract):
    result = extract(
        '"Lead times are long," Ravi Menon, chief executive and managing director of Contoso Electronics, said at a '
        "Fabrikam Inc. event."
    )
    ceo = only(result, "ceoOf")
    assert (ceo.head.text, ceo.tail.text) == ("Ravi Menon", "Contoso Electronics")
    assert ceo.provenance.confidence > 0.8  # the title's own "of", not a guess from the sentence's companies


def test_a_company_name_that_opens_a_sentence_tagged_a_common_noun_is_a_name(extract):
    result = extract("Seres Group and Contoso Inc. each paid $2 billion for a 10 per cent stake in Fabrikam Corp.")
    assert ("Seres Group", "ownsStakeIn", "Fabrikam Corp.") in triples(result)
    assert not [m for m in extract("The Group said sales rose.").mentions if m.text.endswith("Group")]


def test_a_kind_of_made_thing_hung_on_a_company_s_description_does_not_retype_it(extract):
    result = extract(
        "The government will provide 100 billion yen to Rapidus Corp., the state-backed chipmaker developing cutting-edge "
        "2-nanometer semiconductors, the ministry said."
    )
    assert {m.type for m in result.mentions if m.text.startswith("Rapidus")} == {"Organization"}


def test_amounts_listed_respectively_go_to_each_investor_in_order(extract):
    result = extract("Contoso Inc. and Fabrikam Corp. will invest up to $5 billion and $10 billion, respectively, in Northwind Traders.")
    amounts = {r.head.text: r.qualifiers.amount for r in result.relations if r.predicate == "investsIn"}
    assert amounts == {"Contoso Inc.": Decimal("5000000000"), "Fabrikam Corp.": Decimal("10000000000")}
    single = only(extract("Contoso Inc. will invest $5 billion and more later in Northwind Traders."), "investsIn")
    assert single.qualifiers.amount == Decimal("5000000000")


def test_the_remaining_share_is_of_the_company_whose_shares_were_counted(extract):
    result = extract(
        "Contoso Inc. and Fabrikam Corp. each paid $1.6 billion for a 10 per cent stake in Northwind Traders last year. "
        "Litware Inc. holds the remaining 80 per cent."
    )
    stake = next(r for r in result.relations if r.predicate == "ownsStakeIn" and r.head.text == "Litware Inc.")
    assert stake.tail.text == "Northwind Traders"
    assert stake.qualifiers.percentage == Decimal("80") and stake.qualifiers.amount is None
    other = extract("Contoso Inc. bought a 10% stake in Fabrikam Corp. Litware Inc. holds 20% of its own shares.")
    assert not [r for r in other.relations if r.head.text == "Litware Inc."]


def test_a_verb_before_a_name_is_no_kind_of_company(extract):
    result = extract("Contoso Inc. has secured new equity to fund Frontier, its planned 1.4GW data center campus in Texas.")
    assert {m.type for m in result.mentions if m.text == "Frontier"} == {"Facility"}


def test_a_person_before_a_city_based_company_is_no_city(extract):
    result = extract("Founded in 2007 by Jane Roe and Marco DeGeorge, Tulsa-based Contoso Inc. has grown rapidly.")
    assert not [m.text for m in result.mentions if m.text.startswith("Marco") and m.type == "Place"]


def test_a_title_after_another_person_s_name_holds_its_own_name(extract):
    result = extract(
        "The minister was joined by his wife, Dana Whitfield, and the deputy secretary of the Foreign Ministry, John Doe."
    )
    titled = {(r.head.text, r.tail.text) for r in result.relations if r.provenance.rule == "title-worksFor"}
    assert titled == {("John Doe", "Foreign Ministry")}


def test_a_kind_of_company_before_a_name_and_a_scale_glued_to_an_amount(extract):
    result = extract(
        "UK electric van start-up Fabrikam Mobility has closed a £180m funding round led by Contoso Capital, "
        "the startup said."
    )
    investment = only(result, "investsIn")
    assert (investment.head.text, investment.tail.text) == ("Contoso Capital", "Fabrikam Mobility")
    assert (investment.qualifiers.amount, investment.qualifiers.currency) == (Decimal("180000000"), "GBP")


def test_a_negation_after_so_is_another_clause(extract):
    result = extract("Contoso Inc. already works with Fabrikam Inc. and Litware Inc., so the new deal isn't exclusive.")
    partners = [r for r in result.relations if r.predicate == "partnersWith"]
    assert {r.tail.text for r in partners} == {"Fabrikam Inc.", "Litware Inc."}
    assert not any(r.qualifiers.negated for r in partners)


def test_a_sold_stake_is_no_longer_held(extract):
    stake = only(extract("Berkshire Hathaway sold its entire stake in Paramount last year."), "ownsStakeIn")
    assert stake.qualifiers.negated
    held = only(extract("Berkshire Hathaway holds a 10% stake in Paramount."), "ownsStakeIn")
    assert not held.qualifiers.negated


@pytest.mark.parametrize(("sentence", "predicate"), [
    ("Contoso Ltd called off its acquisition of Fabrikam Inc. in February.", "acquires"),
    ("Kroger and Albertsons abandoned their merger after a judge blocked the deal.", "mergesWith"),
    ("Contoso Inc. resets after its failed $24.6 billion merger with Fabrikam Corp., which a judge blocked.", "mergesWith"),
    ("Contoso Inc. failed to win approval for its takeover of Fabrikam Corp.", "acquires"),
])
def test_undone_deals_are_negated(extract, sentence, predicate):
    assert only(extract(sentence), predicate).qualifiers.negated


@pytest.mark.parametrize(("sentence", "predicate"), [
    ("Kioxia said on Thursday it will dissolve its battery joint venture with Nordvolt.", "partnersWith"),
    ("Kioxia will open a data center in Vellora. Asked about media reports that Kioxia was in talks with Nordvolt about "
     "hosting its models there, a company spokesperson denied that any such discussion had taken place.", "inTalksWith"),
])
def test_dissolved_and_denied_relations_are_negated_however_read(extract, sentence, predicate):
    read = [r for r in extract(sentence).relations if r.predicate == predicate]
    assert read and all(r.qualifiers.negated for r in read)


def test_a_product_standing_for_its_owner_is_not_its_own_unit(extract):
    found = triples(extract("Amazon Web Services, Amazon's cloud unit, will invest $50 billion."))
    assert not {(h, t) for h, _, t in found if h == t}


def test_interest_in_taking_a_stake_is_potential(extract):
    stake = only(extract("Fabrikam has expressed interest in taking a stake in Contoso Ltd."), "ownsStakeIn")
    assert stake.qualifiers.status == "potential"
    assert stake.provenance.confidence < 0.5
    held = only(extract("Fabrikam holds a 27% interest in Contoso Ltd."), "ownsStakeIn")
    assert held.qualifiers.status is None


def test_a_description_is_not_hedged_by_its_clause(extract):
    result = extract("Northwind said it would cut jobs at the Cleveland-based retailer.")
    located = [r for r in result.relations if r.predicate == "locatedIn"]
    assert located and all(r.qualifiers.status is None for r in located)


def test_a_surname_after_the_full_name_is_the_person(extract):
    result = extract("Incoming chief executive Michael Fiddelke spoke. "
                     "Fiddelke, who has worked at Target for more than 20 years, will succeed Brian Cornell.")
    works = [r for r in result.relations if r.predicate == "worksFor" and r.tail.text == "Target"]
    assert works and all(r.head.text == "Fiddelke" and r.head.type == "Person" for r in works)


def test_a_first_name_the_recognizer_left_out_joins_the_surname():
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Acme CEO Christophe Fouquet said the deal would close.")
    surname = next(t.i for t in doc if t.text == "Fouquet")
    doc.ents = [Span(doc, surname, surname + 1, label="PERSON")]
    found = extractor.finder.find(doc)
    assert [s.text for s in found.spans if found.type_of(s) == "Person"] == ["Christophe Fouquet"]


def test_an_initial_the_recognizer_left_out_is_part_of_a_company_s_name():
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Private equity firm L Catterton said it would exit, and J Crew agreed.")
    starts = [t.i for t in doc if t.text in ("Catterton", "Crew")]
    doc.ents = [Span(doc, i, i + 1, label="ORG") for i in starts]
    found = extractor.finder.find(doc)
    assert {s.text for s in found.spans} >= {"L Catterton", "J Crew"}


def test_a_negated_possibility_leaves_what_was_stated_and_a_negated_statement_undoes_it(extract) -> None:
    def held(text: str) -> set[tuple[str, str, str]]:
        return {(r.head.text, r.predicate, r.tail.text) for r in extract(text).relations if not r.qualifiers.negated}

    stated = "Contoso Inc. will invest $5 billion in Northwind Traders."
    invests = ("Contoso Inc.", "investsIn", "Northwind Traders")
    assert invests in held(stated + " Northwind Traders said it is not in talks to raise further money from Contoso Inc.")
    assert invests not in held(stated + " Contoso Inc. later scrapped its investment in Northwind Traders.")


@pytest.mark.parametrize("text", [
    'Contoso builds clusters for inference. "Inference is where the money is," Roe said.',
    "Contoso builds clusters for inference. Inference is where the money is, Roe said.",
])
def test_a_word_capitalized_only_where_a_sentence_or_quote_starts_is_no_name(text: str):
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in ("Contoso", "Inference")]
    found = extractor.finder.find(doc)
    assert {s.text for s in found.spans} == {"Contoso"}


def test_a_listed_company_capitalized_where_a_sentence_starts_stays_a_name():
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Its shares hit a record. Oracle said the oracle of Omaha had called.")
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "Oracle"]
    assert "Oracle" in {s.text for s in extractor.finder.find(doc).spans}


def test_an_unlisted_dateline_city_is_a_place():
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("SPRINGDALE, Calif. — Fabrikam Inc. agreed to buy Contoso Ltd on Monday.")
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    found = extractor.finder.find(doc)
    assert [found.type_of(s) for s in found.spans if s.text == "SPRINGDALE"] == ["Place"]


def test_a_name_conjoined_with_people_and_taken_for_a_company_is_a_person():
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Fabrikam was founded in 2023 by Arthur Mensch, a former researcher, and Guillaume Lample and Timothee Lacroix.")
    found = extractor.finder.find(doc)
    people = {s.text for s in found.spans if found.type_of(s) == "Person"}
    assert {"Arthur Mensch", "Guillaume Lample", "Timothee Lacroix"} <= people


def test_a_three_word_name_after_a_title_keeps_its_first_name():
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Fabrikam Inc. said CEO Maziar Mike Doustdar would step down.")
    start = next(t.i for t in doc if t.text == "Mike")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    found = extractor.finder.find(doc)
    assert "Maziar Mike Doustdar" in {s.text for s in found.spans}


def test_two_capitalized_words_joined_by_a_hyphen_are_a_company_s_name():
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Sun-Vale is expanding its partnership with Contoso Ltd to offer grocery delivery.")
    doc.ents = []
    found = extractor.finder.find(doc)
    assert [(s.text, found.type_of(s)) for s in found.spans if "Vale" in s.text] == [("Sun-Vale", "Organization")]


@pytest.mark.parametrize("sentence", [
    "Contoso Bio said vopimetostat shrank tumors in a small trial.",
    "Fabrikam Inc. will manufacture zimislecel, its experimental islet therapy.",
    "The centerpiece is domvanalimab, an antibody that Contoso Bio is testing in gastric cancer.",
    "Contoso Bio's hepcidin mimetic rusfertide is partnered with Fabrikam.",
])
def test_a_lower_case_drug_name_is_a_product(sentence):
    nlp = load_model()
    extractor = Extractor(nlp)
    found = extractor.finder.find(nlp(sentence))
    drugs = [s.text for s in found.spans if found.type_of(s) == "Product"]
    assert drugs and drugs[0] in sentence and drugs[0].islower()


def test_a_preposition_between_two_names_splits_them():
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("ServiceNow partnered with Nvidia on Apriel Nemotron this year.")
    start = next(t.i for t in doc if t.text == "Nvidia")
    doc.ents = [Span(doc, start, start + 4, label="ORG")]
    found = extractor.finder.find(doc)
    assert "Nvidia" in {s.text for s in found.spans}
    assert not any(" on " in s.text for s in found.spans)
    kept = nlp("He joined the Council on Foreign Relations.")
    kept.ents = [Span(kept, 3, 7, label="ORG")]
    assert "Council on Foreign Relations" in {s.text for s in extractor.finder.find(kept).spans}


def test_weighing_a_sale_of_part_of_a_stake_keeps_the_stake_and_sells_nothing(extract):
    found = extract("Sony is weighing selling part of its stake in Kadokawa.")
    assert not [r for r in found.relations if r.predicate == "divests"]
    assert not only(found, "ownsStakeIn").qualifiers.negated


def test_a_speaker_with_a_title_and_no_company_speaks_for_the_article_s_company(extract):
    text = (
        "Salesforce said on Monday that revenue grew 30%. Salesforce shares rose.\n"
        '"We are thrilled with the results," chief executive Marc Benioff said.'
    )
    assert ("Marc Benioff", "ceoOf", "Salesforce") in triples(extract(text))
    tied = (
        "Salesforce said on Monday that it would buy Informatica. Informatica shares rose.\n"
        '"We are thrilled with the results," chief executive Marc Benioff said.'
    )
    assert not {t for t in triples(extract(tied)) if t[0] == "Marc Benioff"}


def test_the_company_that_speaks_is_the_article_s_company(extract):
    text = (
        "Databricks has raised $10 billion, the company said on Tuesday. Databricks will hire researchers.\n"
        "The round was led by Thrive Capital, with participation from Andreessen Horowitz, "
        "the San Francisco-based company said in a statement."
    )
    found = triples(extract(text))
    assert ("Databricks", "locatedIn", "San Francisco") in found
    assert ("Andreessen Horowitz", "locatedIn", "San Francisco") not in found


def test_a_titled_person_with_no_company_in_the_sentence_works_for_the_article_s_company(extract):
    text = (
        "Walmart said on Friday that sales rose. Walmart also raised its forecast.\n"
        "Chairman Greg Penner called the results strong."
    )
    assert ("Greg Penner", "chairmanOf", "Walmart") in triples(extract(text))


def test_no_fact_between_two_words_that_only_point_back(extract):
    text = "Google has invested in Anthropic. It owns a 14 percent stake in the company."
    found = triples(extract(text))
    assert ("Anthropic", "ownsStakeIn", "Google") not in found


@pytest.mark.parametrize(("sentence", "predicate"), [
    ("The Cincinnati-based grocer said it would buy The Fresh Market. Kroger shares rose. It is the supermarket "
     "giant's biggest deal since its merger with Albertsons collapsed in late 2024 after a judge blocked it.", "mergesWith"),
    ("Hansoh Pharmaceutical said profit rose. A Hansoh spokesperson denied a media report that the company "
     "had discussed the drug with Merck.", "inTalksWith"),
])
def test_collapsed_and_denied_are_negations(extract, sentence, predicate):
    assert only(extract(sentence), predicate).qualifiers.negated


def test_a_deal_since_another_deal_is_not_with_its_partner(extract):
    found = triples(extract("It is Kroger's biggest deal since its merger with Albertsons collapsed in 2024."))
    assert ("Kroger", "hasAgreementWith", "Albertsons") not in found


def test_a_company_named_again_in_full_is_one_name_where_the_recognizer_split_it(extract):
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Wendy's Restaurant Group said so. Wendy's Restaurant Group agreed.")
    full, split = doc[0:4], [doc[7:8], doc[9:11]]
    again = extractor.finder._repeated_names(doc, [(full, "Organization", 1)] + [(s, "Person", 1) for s in split])
    assert [(s.start, s.end) for s, _, _ in again] == [(7, 11)]
    kept = extractor.finder._repeated_names(doc, [(full, "Organization", 1), (doc[7:9], "Organization", 3)])
    assert kept == []


def test_a_company_named_after_its_founder_goes_by_the_founder_s_name(extract):
    result = extract(
        "Dillard's Fashion Group said on Monday it would buy Crate Barrel. "
        "The deal will make Crate Barrel a unit within Dillard's portfolio. "
        "Dillard's Executive Chairman Ann Ward called it a good fit."
    )
    assert ("Ann Ward", "chairmanOf", "Dillard's") in triples(result)
    assert {a.mention.text for a in result.aliases if a.alias_of.text == "Dillard's"} == {"Dillard's Fashion Group"}


def test_a_place_possessive_is_no_company_name(extract):
    result = extract("Taiwan's government will spend more on power. Taiwan's Ministry said so in Taiwan.")
    assert not [a for a in result.aliases if a.mention.text == "Taiwan"]


def test_a_name_on_a_unit_is_a_company(extract):
    result = extract(
        "Intel agreed to sell a 51% stake in its Altera programmable-chip unit to Silver Lake. "
        "Altera makes field-programmable gate arrays."
    )
    assert {m.type for m in result.mentions if m.text == "Altera"} == {"Organization"}


def test_a_place_in_the_speaker_s_description_is_not_the_named_company_s(extract):
    found = triples(extract(
        "Intel will retain the remaining 49% of Altera, the Santa Clara, California-based company said in a statement."
    ))
    assert ("Altera", "locatedIn", "Santa Clara") not in found


def test_a_place_based_description_however_parsed_points_back(extract):
    found = triples(extract(
        "Fabrikam is in talks with Contoso about a cloud deal. "
        "The Menlo Park, California-based company is building a data center campus in Ohio."
    ))
    assert ("Fabrikam", "locatedIn", "Menlo Park") in found
    assert ("Menlo Park", "develops", "data center campus") not in found


def test_the_company_is_no_ministry(extract):
    found = triples(extract(
        "Northwind will receive 100 billion yen in funding, the Ministry of Economy, Trade and Industry (METI) said on Friday. "
        "The latest tranche brings total support committed to the Tokyo-based company to 1.8 trillion yen."
    ))
    assert ("Northwind", "locatedIn", "Tokyo") in found
    assert not {t for t in found if t[1] == "locatedIn" and t[2] == "Tokyo" and t[0] != "Northwind"}


def test_the_companies_that_formed_an_initiative_take_part_in_it(tmp_path):
    user = tmp_path / "mine.json"
    user.write_text(json.dumps({"entries": [
        {"label": "Polaris", "type": "Initiative", "aliases": [], "wikidata": None},
    ]}), encoding="utf-8")
    nlp = load_model()
    extractor = Extractor(nlp, load_lexicon(DATA_DIR, (user,)))
    text = "Polaris is a venture formed by Contoso Inc. and Fabrikam Inc. to build data centers."
    facts = triples(extractor(nlp(text), make_article(text, source="test")))
    assert {("Contoso Inc.", "participatesIn", "Polaris"), ("Fabrikam Inc.", "participatesIn", "Polaris")} <= facts


def test_a_place_based_description_means_the_company_the_gazetteer_puts_there(tmp_path):
    user = tmp_path / "mine.json"
    user.write_text(json.dumps({"entries": [
        {"label": "Zentrix", "type": "Organization", "aliases": [], "wikidata": None, "headquarters": ["Oulu", "Finland"]},
        {"label": "Borealis Chips", "type": "Organization", "aliases": [], "wikidata": None,
         "headquarters": ["Eindhoven", "Netherlands"]},
    ]}), encoding="utf-8")
    nlp = load_model()
    extractor = Extractor(nlp, load_lexicon(DATA_DIR, (user,)))
    text = (
        "Zentrix is in talks to buy chips from Borealis Chips. Borealis Chips shares rose 4%. "
        "The Oulu, Finland-based company declined to comment. "
        "The Dutch chipmaker said demand was strong."
    )
    facts = triples(extractor(nlp(text), make_article(text, source="test", date="2025-06-15")))
    assert ("Zentrix", "locatedIn", "Oulu") in facts
    assert ("Borealis Chips", "locatedIn", "Oulu") not in facts


@pytest.mark.parametrize(("type_", "key"), [("Organization", "headquarters"), ("Place", "within")])
def test_gazetteer_headquarters_and_what_a_place_lies_in_must_be_place_names(tmp_path, type_, key):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"entries": [
        {"label": "X", "type": type_, "aliases": [], key: "Oulu"},
    ]}), encoding="utf-8")
    with pytest.raises(ExtractionError, match=key):
        load_lexicon(DATA_DIR, (bad,))


def test_what_a_name_owns_or_is_based_in_tells_its_type(extract):
    result = extract(
        "Zorvex is looking for a new CEO. Zorvex's stock has fallen 45% this year, "
        "and Zorvex's executive chair will take on a larger role. "
        "The Kirkland-based company also sued Costco in June."
    )
    types = {m.text: m.type for m in result.mentions}
    assert types["Zorvex"] == "Organization"
    assert types["Kirkland"] == "Place"


def test_a_description_is_not_the_subject_of_its_own_clause(extract):
    found = triples(extract(
        "Zorvex Apparel said on Thursday its chief executive would step down. Zorvex Apparel shares fell. "
        "Activist investor Harlow Capital Management built a stake in the Vancouver-based retailer."
    ))
    assert ("Harlow Capital Management", "ownsStakeIn", "Zorvex Apparel") in found
    assert ("Zorvex Apparel", "locatedIn", "Vancouver") in found
    assert ("Harlow Capital Management", "locatedIn", "Vancouver") not in found


def test_its_after_a_description_means_the_description(extract):
    found = triples(extract(
        "Nordlink Networks named a new chief executive. Nordlink Networks shares rose. "
        "Jane Roe, a former Contoso executive, has pushed the Espoo-based company into data centers "
        "following its acquisition of Infinera."
    ))
    assert ("Nordlink Networks", "acquires", "Infinera") in found
    assert ("Contoso", "acquires", "Infinera") not in found


def test_a_person_s_surname_with_a_possessive_is_no_listed_company(extract):
    result = extract("CEO Calvin McDonald will step down. Investors welcomed McDonald's exit.")
    assert "McDonald's" not in {m.text for m in result.mentions}


def test_a_kind_word_inside_a_title_names_no_second_company(extract):
    found = triples(extract(
        "Northwind Mobile will be run by Max Taylor. Northwind Mobile will invest $1 billion in its network. "
        "Dana Whitfield, Contoso's group chief executive, said it was a great day."
    ))
    assert ("Dana Whitfield", "ceoOf", "Contoso") in found
    assert ("Dana Whitfield", "ceoOf", "Northwind Mobile") not in found


def test_a_negation_in_one_clause_does_not_negate_a_clause_with_its_own_subject(extract):
    relations = extract(
        "But it won't be the only one: Contoso Ltd has also signed an agreement to buy cells from Fabrikam Inc.'s plants."
    ).relations
    deals = [r for r in relations if r.predicate == "hasAgreementWith"]
    assert deals and not any(r.qualifiers.negated for r in deals)
    assert all(r.qualifiers.negated for r in extract("Contoso Ltd has not signed an agreement with Fabrikam Inc.").relations)


def test_calling_off_one_thing_does_not_negate_the_next(extract):
    relations = extract("Contoso then called off the merger and sued Fabrikam, accusing it of bad faith.").relations
    sued = [r for r in relations if r.predicate == "sues"]
    assert sued and not sued[0].qualifiers.negated
    bought = [r for r in extract("Contoso called off the acquisition of Fabrikam in May.").relations if r.predicate == "acquires"]
    assert bought and bought[0].qualifiers.negated


def test_a_kind_word_before_a_title_is_part_of_the_title(extract):
    found = triples(extract("Group Chief Executive Oliver Blume told reporters the plan would work."))
    assert not {t for t in found if t[2] == "Group"}


def test_a_city_before_its_region_fills_no_company_slot(extract):
    found = triples(extract("Contoso sold its stake in a battery plant under construction in Lansing, Michigan, to Fabrikam."))
    assert not {t for t in found if t[2] in ("Lansing", "Lansing, Michigan") and t[1] != "locatedIn"}


def test_an_owned_name_on_a_kind_of_site_names_the_site(extract):
    result = extract("Meta signed a deal to buy power from Vistra's Comanche Peak nuclear plant in Texas.")
    assert {m.type for m in result.mentions if m.text == "Comanche Peak"} == {"Facility"}
    # "its Hiroshima plant": a town's name on a kind of site names the site, which does not
    # go by the town's name
    result = extract("Micron will expand its Hiroshima plant in Japan.")
    assert {m.type for m in result.mentions if m.text == "Hiroshima plant"} == {"Facility"}
    assert all(a.alias_of.text != "Hiroshima" for a in result.aliases)


def test_units_that_start_with_a_digit_are_no_names(extract):
    result = extract("The chip uses 3nm transistors, 1Gbps links and 5GHz radios.")
    assert not [m for m in result.mentions if m.text[:1].isdigit()]


def test_a_company_kind_word_names_a_company_the_recognizer_missed(extract):
    result = extract("Novartis is paying Argo Biopharmaceutical $160 million upfront.")
    assert ("Argo Biopharmaceutical", "Organization") in {(m.text, m.type) for m in result.mentions}
    result = extract("AstraZeneca signed a deal with CSPC Pharmaceutical Group on Friday.")
    assert "CSPC Pharmaceutical Group" in {m.text for m in result.mentions}


def test_terms_under_discussion_are_no_agreement(extract):
    found = triples(extract(
        "Under the terms being discussed, Contoso would pay Fabrikam Inc. roughly $150 million upfront for rights to the drug."
    ))
    assert ("Contoso", "hasAgreementWith", "Fabrikam Inc.") not in found


def test_a_shot_named_in_a_relative_clause_is_not_the_company(extract):
    found = triples(extract(
        "Eli Lilly reported strong sales. Eli Lilly shares rose. "
        "The Indianapolis-based drugmaker, whose weight-loss shot Zepbound has become a best seller, is hunting for deals."
    ))
    assert ("Eli Lilly", "locatedIn", "Indianapolis") in found
    assert ("Zepbound", "locatedIn", "Indianapolis") not in found


def test_a_place_spelled_with_or_without_its_letters_is_one_place(tmp_path):
    user = tmp_path / "mine.json"
    user.write_text(json.dumps({"entries": [
        {"label": "Zentrix", "type": "Organization", "aliases": [], "wikidata": None, "headquarters": ["Bagsvaerd", "Denmark"]},
    ]}), encoding="utf-8")
    nlp = load_model()
    extractor = Extractor(nlp, load_lexicon(DATA_DIR, (user,)))
    text = "Zentrix made an offer for Borealis Bio. Borealis Bio rejected it. The Bagsværd, Denmark-based company said it would persist."
    facts = triples(extractor(nlp(text), make_article(text, source="test", date="2025-06-15")))
    assert ("Zentrix", "locatedIn", "Bagsværd") in facts


def test_what_a_document_says_last_about_a_pair_stands(extract):
    relations = extract(
        "Contoso agreed to buy Fabrikam Inc. in December. Contoso formally called off the acquisition of Fabrikam Inc. on Feb. 13."
    ).relations
    bought = [r for r in relations if r.predicate == "acquires"]
    assert bought and all(r.qualifiers.negated for r in bought)
    relations = extract(
        "Contoso called off its acquisition of Fabrikam Inc. in 2023. Contoso agreed to acquire Fabrikam Inc. in May."
    ).relations
    assert any(r.predicate == "acquires" and not r.qualifiers.negated for r in relations)


def test_talks_to_license_from_a_company_are_talks_with_it(extract):
    found = triples(extract("Eli Lilly is in advanced talks to license an obesity pill from Jiangsu Hengrui Pharmaceuticals."))
    assert ("Eli Lilly", "inTalksWith", "Jiangsu Hengrui Pharmaceuticals") in found


def test_a_function_inside_a_title_names_no_company(extract):
    found = triples(extract("Nissan Motor said Chief Planning Officer Ivan Espinosa will become CEO."))
    assert not {t for t in found if t[2] == "Planning"}


def test_a_one_word_name_marked_as_a_company_is_one(extract):
    result = extract(
        "Zorvex is splashing $8 billion on Merus. Copenhagen-based Zorvex will pay $97 per share. "
        "Zorvex plans to fund the deal with cash. Zorvex expects approval in 2027. "
        '"It fits our strategy," Zorvex CEO Jan van de Winkel said.'
    )
    assert {m.type for m in result.mentions if m.text == "Zorvex"} == {"Organization"}
    assert ("Jan van de Winkel", "ceoOf", "Zorvex") in triples(result)


def test_a_name_right_after_a_title_is_a_person(extract):
    found = triples(extract("Nissan Motor said on Tuesday that Chief Executive Makoto Uchida will step down in March."))
    assert ("Makoto Uchida", "ceoOf", "Nissan Motor") in found


def test_the_company_named_most_is_the_topic_though_never_a_bare_subject(extract):
    found = triples(extract(
        "General Motors stock rose on Wednesday. Investors cheered the plan by General Motors. "
        "The move puts General Motors ahead of rivals. CEO Mary Barra has been walking a fine line."
    ))
    assert ("Mary Barra", "ceoOf", "General Motors") in found


def test_a_code_of_capitals_and_digits_names_a_product(extract):
    result = extract(
        "Novartis is paying Argo Biopharmaceutical $160 million upfront. "
        "Novartis gets exclusive ex-China rights to Argo's phase 1/2a candidate BW-00112, which targets a gene."
    )
    assert ("BW-00112", "Product") in {(m.text, m.type) for m in result.mentions}
    found = triples(result)
    assert ("Novartis", "hasExclusiveAccessTo", "BW-00112") in found
    assert ("Argo", "develops", "BW-00112") in found
    result = extract("Sales rose in FY2025 as the G20 met after COVID-19.")
    assert not {m.text for m in result.mentions if m.type == "Product"} & {"FY2025", "G20"}


def test_who_in_a_relative_clause_is_no_company_for_its(extract):
    found = triples(extract("Richard Blickman, who founded Contoso Ltd in 1995 and remains its chief executive, spoke."))
    assert ("Richard Blickman", "ceoOf", "Contoso Ltd") in found


def test_a_leader_of_the_company_the_subject_means(extract):
    found = triples(extract(
        "Qualcomm reported strong sales. Qualcomm shares rose. "
        "The company agreed in June to buy Alphawave IP Group for $2.4 billion, and CEO Cristiano Amon has diversified its business."
    ))
    assert ("Cristiano Amon", "ceoOf", "Qualcomm") in found
    assert ("Cristiano Amon", "ceoOf", "Alphawave IP Group") not in found


def test_abbreviations_of_kinds_are_no_names(extract):
    result = extract("Volkswagen has committed up to $5.8 billion to the JV, which will make LFP cells.")
    assert not {m.text for m in result.mentions} & {"JV", "LFP"}


CORWINS = (
    "Corwin's to acquire Dalton's Kitchen in $800 million deal\n\n"
    "Corwin's General Stores has agreed to acquire Dalton's Kitchen, a Savannah, Ga.-based convenience store chain, "
    "for $800 million, the retailer said Tuesday. The deal is Corwin's largest since it bought Fikes Wholesale in 2024. "
    "Dalton's, which competes with QuikTrip, generated $1.4 billion in revenue last year."
)


def test_a_company_named_with_an_s_keeps_it_and_the_words_it_heads(extract):
    result = extract(CORWINS)
    assert ("Corwin's General Stores", "acquires", "Dalton's Kitchen") in triples(result)
    assert {"Corwin's", "Dalton's"} <= {m.text for m in result.mentions if m.type == "Organization"}
    assert not {m.text for m in result.mentions} & {"Corwin", "Dalton", "Kitchen", "General Stores"}


def test_what_an_apposition_says_a_name_is_outweighs_the_recognizer_s_guesses(extract):
    result = extract(
        "Zaruba, the squeeze-bottle olive oil brand that became a fixture on TikTok, has raised $40 million. Zaruba's "
        "products are now sold in about 9,000 doors. Zaruba signed a five-year supply agreement with Contoso Inc. last "
        "month. Zaruba made its name with two oils."
    )
    assert {m.type for m in result.mentions if m.text == "Zaruba"} == {"Organization"}


def test_a_hyphenated_given_name_is_part_of_the_name(extract):
    result = extract("NWES CEO Kim Dong-myung called Contoso a strategic partner. Jeff Bezos-backed Northwind grew.")
    names = {m.text for m in result.mentions if m.type == "Person"}
    assert "Kim Dong-myung" in names
    assert not [n for n in names if n.endswith("-backed")]


def test_a_bare_title_with_no_topic_takes_the_company_the_sentence_s_description_means(extract):
    result = extract(
        "Northwind Holdings agreed to sell Litware to Fabrikam Brands. Fabrikam Brands owns Tailspin Toys. Contoso Inc. "
        "also bid for Litware. Founder Jane Roe will become executive chairman on April 1, and John Doe, the company's "
        "president, will succeed her as chief executive."
    )
    meant = {r.tail.text for r in result.relations if r.head.text == "John Doe" and r.predicate == "worksFor"}
    chaired = {r.tail.text for r in result.relations if r.head.text == "Jane Roe" and r.predicate == "chairmanOf"}
    assert len(meant) == 1 and chaired == meant


def test_a_pronoun_with_an_s_is_no_company(extract):
    result = extract("It's a deal that Fabrikam signed with Contoso. It's expected to close soon, and it's worth $2 billion.")
    assert not [m for m in result.mentions if m.text.lower().startswith("it")]


def test_a_company_s_possessive_is_no_name_with_an_s(extract):
    result = extract("Fabrikam's chief financial officer, Jane Roe, said sales rose. Fabrikam's shares fell 3%.")
    assert "Fabrikam" in {m.text for m in result.mentions if m.type == "Organization"}
    assert "Fabrikam's" not in {m.text for m in result.mentions}
    result = extract("Contoso's Fabrikam unit will cut jobs. Contoso's shares fell.", )
    assert "Contoso's Fabrikam" not in {m.text for m in result.mentions}


def test_what_a_newspaper_reported_is_negated_when_the_company_denies_the_report(extract):
    result = extract(
        "The Wall Street Journal reported last month, citing people familiar with the matter, that Contoso Inc. "
        "had held talks to buy Fabrikam. Contoso denied the report on Tuesday."
    )
    talks = only(result, "inTalksWith")
    assert talks.qualifiers.negated
    assert all(r.qualifiers.negated for r in result.relations if r.tail.text == "Fabrikam")


def test_a_longer_name_starting_with_a_listed_product_names_a_product_of_that_line(extract):
    result = extract("Northwind has signed an agreement to use the Snapdragon Digital Chassis as its computing backbone.")
    assert {m.text: m.type for m in result.mentions}.get("Snapdragon Digital Chassis") == "Product"
    assert "Snapdragon" not in {m.text for m in result.mentions}


def test_a_label_is_a_kind_of_company(extract):
    result = extract("Fabrikam has taken a 30 per cent minority stake in New York label Zorvane.")
    assert {m.type for m in result.mentions if m.text == "Zorvane"} == {"Organization"}


def test_a_headline_s_verb_is_no_part_of_the_name_before_it(extract):
    result = extract("Verlaine Takes Minority Stake in Fabrikam")
    assert "Verlaine" in {m.text for m in result.mentions if m.type == "Organization"}
    assert not [m for m in result.mentions if "Takes" in m.text]


def test_a_drug_name_after_its_kind_is_a_product(extract):
    result = extract("Northwind is betting that the biotech's bispecific antibody varnelimab can become a backbone therapy.")
    assert {m.type for m in result.mentions if m.text == "varnelimab"} == {"Product"}


def test_a_name_the_recognizer_missed_described_as_a_kind_of_company_is_one(extract):
    result = extract("Northwind, the Harlow family's holding company, backs the plan.")
    assert {m.type for m in result.mentions if m.text == "Northwind"} == {"Organization"}


def test_whoever_succeeds_the_title_holder_he_stands_for_takes_the_title(extract):
    result = extract(
        "Fabrikam said Kim Reynolds will step down as chief executive at the end of March. "
        "He will be succeeded by Peter Whitsett, who until recently ran Contoso's cloud unit."
    )
    successor = next(r for r in result.relations if r.predicate == "ceoOf" and r.head.text == "Peter Whitsett")
    assert successor.tail.text == "Fabrikam"
    assert successor.provenance.confidence >= Settings().min_confidence
    assert ("Peter Whitsett", "ceoOf", "Contoso") not in triples(result)


def test_a_surname_followed_by_who_is_the_person_named_before(extract):
    found = triples(extract(
        "Target named Michael Fiddelke to succeed Brian Cornell. "
        "Cornell, who has led Target for 11 years, will become executive chair of the board."
    ))
    assert ("Cornell", "chairmanOf", "Target") in found or ("Brian Cornell", "chairmanOf", "Target") in found
    found = triples(extract(
        '"We need change," said Neil Saunders, managing director at GlobalData Retail, who said he expected more.'
    ))
    assert ("Neil Saunders", "worksFor", "GlobalData Retail") in found


def test_the_two_companies_named_before_in_a_relative_clause_or_as_the_two(extract):
    found = triples(extract(
        "Novartis agreed to pay Argo Biopharmaceutical $160 million upfront. "
        "The pact expands a collaboration the two companies struck in January."
    ))
    assert ("Novartis", "partnersWith", "Argo Biopharmaceutical") in found or ("Argo Biopharmaceutical", "partnersWith", "Novartis") in found
    relations = extract("Nvidia will invest $1 billion in Nokia. As part of the tie-up, the two will co-develop radio products.").relations
    assert any(r.predicate == "partnersWith" and {r.head.text, r.tail.text} == {"Nvidia", "Nokia"} for r in relations)


def test_a_name_the_text_makes_a_company_is_one_where_the_recognizer_missed_it(extract) -> None:
    nlp = load_model()
    extractor = Extractor(nlp)
    text = (
        "Zelkora in Talks With Fabrikam Over Cloud Deal\n\nZelkora, the GPU cloud startup, is in talks with "
        "Fabrikam about a multiyear deal. Zelkora said it does not comment on negotiations. Ada Brennan, "
        "Zelkora's co-founder and chief executive, wrote that Zelkora would keep growing."
    )
    doc = nlp(text)
    found = extractor.finder.find(doc)
    occurrences = [t.i for t in doc if t.text == "Zelkora"]
    mentions = [found.at(doc[i]) for i in occurrences]
    assert all(m is not None and found.type_of(m) == "Organization" for m in mentions)
    assert ("Zelkora", "inTalksWith", "Fabrikam") in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Fabrikam will also buy $100 million of Northwind Traders’ stock.", ("Fabrikam", "ownsStakeIn", "Northwind Traders")),
    ("Northwind Traders received $350 million worth of Fabrikam stock as part of the deal.",
     ("Northwind Traders", "ownsStakeIn", "Fabrikam")),
])
def test_an_amount_of_a_company_s_stock_is_a_stake_in_it(extract, text: str, expected) -> None:
    assert expected in triples(extract(text))


def test_an_amount_of_goods_bought_is_no_stake(extract) -> None:
    assert not [r for r in extract("Fabrikam bought $40 million of equipment from Litware.").relations if r.predicate == "ownsStakeIn"]


def test_two_companies_investing_together_are_partners(extract) -> None:
    found = triples(extract("Fabrikam and Litware will together invest $2 billion in the plant."))
    assert ("Litware", "partnersWith", "Fabrikam") in found or ("Fabrikam", "partnersWith", "Litware") in found


def test_founder_and_ceo_before_a_name_are_both_that_person_s(extract) -> None:
    found = triples(extract("Northwind Traders, which is led by founder and CEO Ada Brennan, has been trying to go public."))
    assert {("Ada Brennan", "founderOf", "Northwind Traders"), ("Ada Brennan", "ceoOf", "Northwind Traders")} <= found


def test_a_company_named_in_full_and_by_its_first_word_is_one_topic(extract) -> None:
    text = (
        "Lululemon CEO Dana Whitfield to leave in March\n\nLululemon Athletica said on Monday that CEO Dana "
        "Whitfield would leave in March. Whitfield will remain with the company as an adviser.\n\n"
        "Board Chair Paul Okafor said the company was thankful."
    )
    result = extract(text)
    assert {m.type for m in result.mentions if m.text == "Lululemon Athletica"} == {"Organization"}
    chaired = {r.tail.text for r in result.relations if r.head.text == "Paul Okafor" and r.predicate == "chairmanOf"}
    assert chaired and chaired <= {"Lululemon", "Lululemon Athletica"}


def test_the_company_means_the_story_s_company_when_it_dominates(extract) -> None:
    text = (
        "Fabrikam lines up $2 billion loan\n\nFabrikam has secured a $2 billion loan, the company said on Tuesday. "
        "The facility supports its contract with Northwind Traders, which agreed to pay Fabrikam $5 billion. "
        "Northwind Traders also received $100 million worth of Fabrikam stock. Chief executive Ada Brennan, who "
        "co-founded the company in 2017, said demand was strong."
    )
    founded = {r.tail.text for r in extract(text).relations if r.head.text == "Ada Brennan" and r.predicate == "founderOf"}
    assert founded == {"Fabrikam"}


def test_a_full_name_the_recognizer_called_a_company_is_a_person_whose_surname_is_described_as_one(extract) -> None:
    from spacy.tokens import Span

    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Acme Beauty is buying Rhode, the makeup brand founded by Hailey Bieber, in a cash deal. "
              "Bieber, who launched Rhode in 2022, will stay on as chief creative officer.")
    full = next(t.i for t in doc if t.text == "Hailey")
    alone = next(t.i for t in doc if t.text == "Bieber" and t.i > full + 1)
    named = {full, full + 1, alone}
    doc.ents = sorted(
        [e for e in doc.ents if not any(e.start <= i < e.end for i in named)]
        + [Span(doc, full, full + 2, label="ORG"), Span(doc, alone, alone + 1, label="PERSON")],
        key=lambda e: e.start,
    )
    found = extractor.finder.find(doc)
    assert found.types["Hailey Bieber"] == "Person"


@pytest.mark.parametrize("text, expected", [
    ("Founded in 2016 by Ada Brennan, Fabrikam supplies software to carmakers.", ("Ada Brennan", "founderOf", "Fabrikam")),
    ("Acquired by Fabrikam in 2019, Northwind Traders now makes chips.", ("Fabrikam", "acquires", "Northwind Traders")),
])
def test_a_participle_before_the_subject_says_what_was_done_to_it(extract, text: str, expected) -> None:
    assert expected in triples(extract(text))


def test_a_company_inside_a_quotation_is_not_the_speaker_s(extract) -> None:
    result = extract("\"Northwind Traders brings proven technology, and we bring scale,\" CEO Ada Brennan said in a statement.")
    assert not [r for r in result.relations if r.predicate == "ceoOf" and r.tail.text == "Northwind Traders"]


def test_the_chair_of_a_company_s_board_chairs_it(extract) -> None:
    result = extract("\"We are growing,\" said Ada Brennan, the chair of Fabrikam's board.")
    assert ("Ada Brennan", "chairmanOf", "Fabrikam") in triples(result)


def test_a_state_abbreviated_before_based_is_the_place_of_the_company_described(extract) -> None:
    result = extract("Applied Materials said demand was strong. The Santa Clara, Calif.-based company derived "
                     "37% of its sales from China.")
    assert ("Applied Materials", "locatedIn", "Santa Clara") in triples(result)
    assert "Calif." in {m.text for m in result.mentions if m.type == "Place"}


@pytest.mark.parametrize("text", [
    "Fabrikam won approval for the obesity drug Zepbound in May. Sales of Fabrikam's Zepbound doubled.",
    "Zepbound, Fabrikam's obesity drug, won approval. Fabrikam's Zepbound sales doubled.",
])
def test_a_name_the_text_calls_a_drug_is_a_product_its_owner_develops(extract, text: str) -> None:
    result = extract(text)
    assert {m.type for m in result.mentions if m.text == "Zepbound"} == {"Product"}
    owned = {(r.predicate, r.tail.text) for r in result.relations if r.head.text == "Fabrikam"}
    assert ("develops", "Zepbound") in owned and ("operates", "Zepbound") not in owned


def test_a_deal_for_a_company_s_drug_is_a_deal_with_the_company(extract) -> None:
    result = extract("Fabrikam has struck a $1.25 billion upfront licensing deal for Northwind Traders' bispecific NT-707.")
    assert ("Fabrikam", "hasAgreementWith", "Northwind Traders") in triples(result)
    assert ("Northwind Traders", "develops", "NT-707") in triples(result)


def test_money_put_into_a_company_is_an_investment(extract) -> None:
    assert ("Fabrikam", "investsIn", "Northwind Traders") in triples(extract("Fabrikam put $2 billion into Northwind Traders in August."))
    assert not [r for r in extract("Fabrikam put Ada Brennan into the top job at Northwind Traders.").relations if r.predicate == "investsIn"]


def test_a_place_before_a_business_title_is_the_region_run_not_a_home(extract) -> None:
    result = extract("Fabrikam named Americas chief Ada Brennan as chief executive on Monday.")
    assert not [r for r in result.relations if r.predicate == "livesIn"]
    assert ("Ivan Petrov", "livesIn", "Soviet") in triples(extract("Soviet pianist Ivan Petrov played in Paris."))


def test_a_title_holder_who_heads_a_described_company_holds_the_title_there(extract) -> None:
    result = extract("Fabrikam is also working with Northwind Traders, the Toronto-based chip designer headed by Chief Executive Ada Brennan.")
    assert ("Ada Brennan", "ceoOf", "Northwind Traders") in triples(result)


def test_a_name_before_a_region_and_a_kind_of_site_is_a_city(extract) -> None:
    result = extract("The chips will be built at Fabrikam's Taylor, Texas fab, according to two people.")
    assert {m.type for m in result.mentions if m.text == "Taylor"} == {"Place"}
    assert not [r for r in result.relations if r.head.text == "Taylor" and r.predicate in ("livesIn", "worksFor")]


@pytest.mark.parametrize("code", ["WSE-4", "BW-00112", "MI450", "HRS-9821"])
def test_a_code_of_capitals_and_digits_names_a_product(code: str) -> None:
    from kg.extract.mentions import _coded_kind

    assert _coded_kind(code) == "Product"


@pytest.mark.parametrize("word", ["COVID-19", "G-7", "Q3", "FY2025", "H1", "H2"])
def test_codes_that_name_no_product(word: str) -> None:
    from kg.extract.mentions import _coded_kind

    assert _coded_kind(word) is None


def test_a_kind_of_maker_is_a_description_not_a_product(extract) -> None:
    described = extract("Chinese battery maker Fabrikam agreed to supply Northwind Traders.")
    assert not [r for r in described.relations if r.predicate == "develops"]
    profiled = extract("Fabrikam, a maker of decorative ceiling fans, agreed to supply Northwind Traders.")
    assert ("Fabrikam", "develops", "decorative ceiling fans") in triples(profiled)


def test_an_unnamed_thing_made_is_a_product_only_as_a_company_s_habit(extract) -> None:
    assert ("Fabrikam", "develops", "decorative ceiling fans") in triples(extract("Fabrikam makes decorative ceiling fans."))
    news = extract("Fabrikam has been designing its own accelerators to cut costs.")
    assert not [r for r in news.relations if r.predicate == "develops"]
    assert ("Fabrikam", "develops", "rusfertide") in triples(extract("Fabrikam is also developing rusfertide with Litware."))


def test_investors_in_a_round_named_after_its_company_invest_in_that_company(extract) -> None:
    result = extract("Hyundai and its sister carmaker Kia put $50 million into Tenstorrent's $693 million Series D last "
                     "December, a round led by Samsung Securities and AFW Partners.")
    found = {(h, t) for h, p, t in triples(result) if p == "investsIn"}
    assert {("Hyundai", "Tenstorrent"), ("Samsung Securities", "Tenstorrent"), ("AFW Partners", "Tenstorrent")} <= found
    assert not {t for h, t in found} & {"Hyundai", "Kia", "D"}


def test_no_stake_is_no_stake(extract) -> None:
    for text in ("Northwind Traders, in which Fabrikam holds no stake, competes with Litware.",
                 "Fabrikam holds no stake in Northwind Traders."):
        stakes = [r for r in extract(text).relations if r.predicate == "ownsStakeIn"]
        assert stakes and all(r.qualifiers.negated for r in stakes)


def test_money_poured_into_its_own_facilities_is_no_investment_in_another(extract) -> None:
    from kg.extract.lexicon import TriggerRule

    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Meta said demand was strong. Meta, for its part, is also pouring money into its own facilities.")
    found = extractor.finder.find(doc)
    facilities = next(t for t in doc if t.text == "facilities")
    rule = TriggerRule("r", frozenset(), frozenset(), (), 0.5, tail_via_possessor=True)
    assert extractor.reader._arg(facilities, found, rule) is None or extractor.reader._arg(facilities, found, rule).mention.text != "Meta"


def test_a_hyphened_given_name_is_whole_and_an_amount_in_won_no_name(extract) -> None:
    result = extract("\"We are growing,\" Naver Cloud CEO Kim Yu-won said in a statement.")
    assert ("Kim Yu-won", "ceoOf", "Naver Cloud") in triples(result)
    assert not [m for m in extract("Fabrikam will invest 60 trillion won in the plant.").mentions if "won" in m.text]
    assert "Jeff Bezos" in {m.text for m in extract("Slate Auto is a Jeff Bezos-backed startup.").mentions}


def test_whose_product_is_the_named_company_s(extract) -> None:
    result = extract("Fabrikam, whose obesity drug Zepbound is selling fast, raised its forecast.")
    assert ("Fabrikam", "develops", "Zepbound") in triples(result)


@pytest.mark.parametrize("text", [
    "Fabrikam appoints Ada Brennan as CEO, replacing Tom Reyes",
    "Kroger taps former Walmart US boss Greg Foran as CEO.",
])
def test_as_hung_on_the_one_appointed_still_names_the_appointer_s_title(extract, text: str) -> None:
    appointed = {(h, t) for h, p, t in triples(extract(text)) if p == "ceoOf"}
    assert appointed & {("Ada Brennan", "Fabrikam"), ("Greg Foran", "Kroger")}


def test_owned_and_controlled_by_shares_its_agent(extract) -> None:
    result = extract("In 2006, Litware Inc. was acquired by Northwind Capital Group, Inc., which is indirectly wholly "
                     "owned and controlled by Fabrikam.")
    assert ("Northwind Capital Group, Inc.", "subsidiaryOf", "Fabrikam") in triples(result)


def test_a_title_with_a_company_is_held_there(extract) -> None:
    result = extract("Jane Roe, a managing director with Goldman Sachs, said demand was strong.")
    assert any(r.provenance.rule.startswith("title-") for r in result.relations if r.tail.text == "Goldman Sachs")


@pytest.mark.parametrize(("text", "expected"), [
    ("Fabrikam boss Ada Brennan said sales rose.", ("Ada Brennan", "Fabrikam")),
    ("Fabrikam Inc. chief Tom Reyes will leave the company at the end of March.", ("Tom Reyes", "Fabrikam Inc.")),
])
def test_a_company_s_bare_chief_or_boss_is_its_head(extract, text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "ceoOf", expected[1]) in triples(extract(text))


def test_a_bare_chief_of_a_function_or_before_another_title_is_no_head(extract) -> None:
    for text in ("Fabrikam finance chief Ada Brennan said sales rose.",
                 "Fabrikam chief financial officer Ada Brennan said sales rose."):
        assert not [r for r in extract(text).relations if r.predicate == "ceoOf"]
    result = extract("Fabrikam named former Litware US boss Ada Brennan as chief executive.")
    assert not [r for r in result.relations if r.predicate == "livesIn"]


@pytest.mark.parametrize("text", [
    "Fabrikam on Monday named Ada Brennan its permanent CEO, dropping the interim tag.",
    "Fabrikam Corp named Ada Brennan chief executive on Monday.",
    "Ada Brennan, who took over as Fabrikam CEO in June, said the plan works.",
    "Ada Brennan joined Fabrikam as chief executive officer in September.",
])
def test_a_title_taken_given_or_joined_with_is_held_at_that_company(extract, text: str) -> None:
    held = {(h, t) for h, p, t in triples(extract(text)) if p == "ceoOf"}
    assert held & {("Ada Brennan", "Fabrikam"), ("Ada Brennan", "Fabrikam Corp")}


def test_a_shareholder_owns_a_stake_and_an_investor_invests(extract) -> None:
    assert ("Fabrikam", "ownsStakeIn", "Northwind Traders") in triples(extract("Fabrikam is Northwind Traders' largest shareholder."))
    investor = extract("Fabrikam, an early investor in Northwind Traders, rose.")
    assert {p for h, p, t in triples(investor) if (h, t) == ("Fabrikam", "Northwind Traders")} == {"investsIn"}


def test_a_name_ending_in_a_legal_form_is_a_company_where_the_recognizer_missed_it(extract) -> None:
    result = extract("HOUSTON, Sept 16 (Reuters) - Vistra Corp is in advanced talks with Contoso Ltd to supply power.")
    assert ("Vistra Corp", "inTalksWith", "Contoso Ltd") in triples(result)
    assert not [r for r in result.relations if r.head.text == "HOUSTON"]


def test_a_listed_company_s_arm_named_after_it_is_the_arm_in_full_and_not_the_parent(extract) -> None:
    result = extract("Naver Cloud to build data center in Thailand\n\n"
                     "SEOUL -- Naver Cloud, the cloud unit of Naver, agreed to buy Fabrikam Inc. on Monday.")
    assert ("Naver Cloud", "subsidiaryOf", "Naver") in triples(result)
    assert ("Naver Cloud", "acquires", "Fabrikam Inc.") in triples(result)
    assert not [r for r in result.relations if r.head.text == "Naver" and r.predicate == "acquires"]


def test_a_kind_word_heading_a_name_with_of_stays_in_the_name(extract) -> None:
    result = extract("Fabrikam has signed an agreement with the Ministry of Science to provide capacity.")
    assert "Ministry of Science" in {m.text for m in result.mentions}
    assert "Sanofi SA" in {m.text for m in extract("Drugmaker Sanofi SA agreed to buy Fabrikam Inc.").mentions}


def test_a_percentage_held_in_a_company_is_a_stake_and_the_venture_is_the_one_called_so(extract) -> None:
    result = extract("Northwind Mobility Ltd, the fuels and mobility joint venture of Fabrikam Inc. and Contoso Ltd, "
                     "named a chairman on Monday. Litware Corp said it would bid. Fabrikam Inc. holds 51% in the venture.")
    stakes = {(h, t) for h, p, t in triples(result) if p == "ownsStakeIn"}
    assert ("Fabrikam Inc.", "Northwind Mobility Ltd") in stakes and not {t for _, t in stakes} & {"Litware Corp"}


def test_who_chairs_a_company_is_its_chairman(extract) -> None:
    result = extract("Ada Brennan, who chaired Fabrikam Inc. from 2017 to 2020, joined Contoso Ltd.")
    assert ("Ada Brennan", "chairmanOf", "Fabrikam Inc.") in triples(result)
    assert ("Ada Brennan", "worksFor", "Fabrikam Inc.") not in triples(result)


def test_an_active_verb_joined_to_a_passive_one_has_the_passive_s_subject(extract) -> None:
    result = extract("Fabrikam Inc., which was founded by Ada Brennan and also owns stakes in Contoso Ltd and Litware Corp, "
                     "said it had no plans.")
    stakes = {(h, t) for h, p, t in triples(result) if p == "ownsStakeIn"}
    assert {("Fabrikam Inc.", "Contoso Ltd"), ("Fabrikam Inc.", "Litware Corp")} <= stakes
    assert not {h for h, _ in stakes} & {"Ada Brennan"}


def test_an_owner_operates_a_service_and_develops_any_other_product(extract) -> None:
    result = extract("Fabrikam said Microsoft's Azure and Nvidia's Blackwell chips were in demand.")
    assert {("Microsoft", "operates", "Azure"), ("Nvidia", "develops", "Blackwell")} <= triples(result)
    network = extract("Fabrikam Inc. expanded Voltra, its electric vehicle charging network, to 70 cities.")
    assert ("Fabrikam Inc.", "operates", "Voltra") in triples(network)


def test_who_leads_a_company_heads_it_and_who_leads_its_unit_does_not(extract) -> None:
    result = extract("Ada Brennan, who has led Fabrikam Inc. since 2019, will step down in March.")
    assert ("Ada Brennan", "ceoOf", "Fabrikam Inc.") in triples(result)
    unit = extract("Ada Brennan will join Fabrikam Inc. to lead its combined obesity unit, a person said.")
    assert not [r for r in unit.relations if r.predicate == "ceoOf"]


def test_companies_that_each_signed_deals_signed_none_with_each_other(extract) -> None:
    for text in ("Fabrikam, Contoso and Litware have all signed nuclear power deals in the past year.",
                 "Fabrikam and Contoso signed supply contracts last year."):
        assert not [r for r in extract(text).relations if r.predicate == "hasAgreementWith"]
    together = extract("Fabrikam and Contoso signed an agreement on Monday.")
    assert {frozenset((r.head.text, r.tail.text)) for r in together.relations if r.predicate == "hasAgreementWith"} == {
        frozenset(("Fabrikam", "Contoso"))}
    joint = extract("Fabrikam Inc. and Contoso Ltd will co-develop radio network products.")
    assert [r for r in joint.relations if r.predicate == "partnersWith"]


@pytest.mark.parametrize("text", [
    "Fabrikam Inc. relies on TSMC for nearly all of its chips.",
    "Wistron, a contract manufacturer, will supply Fabrikam Inc. with servers.",
])
def test_what_a_foundry_or_contract_manufacturer_supplies_it_manufactures(extract, text: str) -> None:
    made = [r for r in extract(text).relations if r.predicate == "manufacturesFor"]
    assert made and all(r.tail.text == "Fabrikam Inc." for r in made)


def test_what_any_other_company_supplies_it_supplies(extract) -> None:
    result = extract("Fabrikam Inc. will supply Contoso Ltd with servers.")
    assert {r.predicate for r in result.relations if r.tail.text == "Contoso Ltd"} == {"suppliesTo"}


def test_money_spent_on_an_unnamed_thing_is_an_investment_and_heavy_spending_is_not(extract) -> None:
    spent = extract("Fabrikam Inc. plans to spend $4 billion on warehouse robots this year.")
    assert ("Fabrikam Inc.", "investsIn", "warehouse robots") in triples(spent)
    heavy = extract("Fabrikam Inc. has spent heavily on warehouse robots.")
    assert not [r for r in heavy.relations if r.predicate == "investsIn"]


def test_a_city_and_region_before_based_place_the_company_described(extract) -> None:
    result = extract("Fabrikam Inc. signed a deal on Monday. The Livingston, New Jersey-based company has leaned on few buyers.")
    assert {m.text: m.type for m in result.mentions}.get("Livingston") == "Place"
    found = triples(result)
    assert ("Fabrikam Inc.", "locatedIn", "Livingston") in found and ("Livingston", "locatedIn", "New Jersey") in found


def test_a_company_s_joint_venture_with_another_is_owned_by_both(extract) -> None:
    result = extract("Ultium Cells LLC, Fabrikam's joint venture with Contoso Ltd, will spend $2 billion on new lines.")
    owners = {h for h, p, t in triples(result) if p == "ownsStakeIn" and t == "Ultium Cells LLC"}
    assert owners == {"Fabrikam", "Contoso Ltd"}


def test_a_second_description_after_a_comma_describes_the_name_before_it(extract) -> None:
    result = extract("Fabrikam Inc. is also a shareholder in Ultium Cells LLC, a battery venture with Contoso Ltd.")
    assert ("Fabrikam Inc.", "ownsStakeIn", "Ultium Cells LLC") in triples(result)
    assert not [r for r in result.relations if r.predicate == "ownsStakeIn" and r.tail.text == "Fabrikam Inc."]


def test_stakes_taken_with_an_investment_sold_to_a_buyer_or_held_as_one_of_the_largest(extract) -> None:
    taken = extract("Fabrikam Inc. agreed to invest $5 billion in Contoso Ltd, taking a roughly 4% stake.")
    assert ("Fabrikam Inc.", "ownsStakeIn", "Contoso Ltd") in triples(taken)
    sold = extract("Fabrikam Inc. agreed to sell a 51% stake in Contoso Ltd to private equity firm Litware Partners.")
    assert ("Litware Partners", "ownsStakeIn", "Contoso Ltd") in triples(sold)
    one_of = extract("Fabrikam Inc. is also one of Contoso Ltd's largest shareholders.")
    assert ("Fabrikam Inc.", "ownsStakeIn", "Contoso Ltd") in triples(one_of)
    own = extract("Fabrikam Inc. will invest $1 billion in Contoso Ltd, while Litware Corp will tender its stake.")
    assert ("Litware Corp", "ownsStakeIn", "Contoso Ltd") not in triples(own)


@pytest.mark.parametrize("text", [
    "Fabrikam Inc. has been running the Phase 3 study together with Contoso Ltd.",
    "Fabrikam Inc., together with Contoso Ltd, sued Litware.",
])
def test_what_a_company_does_together_with_another_makes_them_partners(extract, text: str) -> None:
    assert {(h, t) for h, p, t in triples(extract(text)) if p == "partnersWith"} & {
        ("Fabrikam Inc.", "Contoso Ltd"), ("Fabrikam Inc.", "Contoso Ltd.")}


def test_a_one_word_name_after_a_kind_of_maker_or_developer_is_a_company(extract) -> None:
    result = extract("Chinese autonomous-driving software developer Zorvana has closed a $600 million round.")
    assert {m.text: m.type for m in result.mentions}.get("Zorvana") == "Organization"
    person = extract("Veteran game developer Jane Roe has joined Fabrikam Inc.")
    assert {m.text: m.type for m in person.mentions}.get("Jane Roe") == "Person"


def test_a_company_named_only_to_say_which_deal_holds_no_title(extract) -> None:
    result = extract("The Contoso Ltd agreement is the first licensing deal under Jane Roe, who succeeded co-founder Tom Reyes "
                     "as chief executive in March.")
    assert not [r for r in result.relations if r.tail.text == "Contoso Ltd" and r.predicate in ("ceoOf", "founderOf")]


def test_a_listed_name_of_several_words_in_another_capitalization_is_that_entry(extract) -> None:
    result = extract("Kwak Noh-jung will stay on as CEO of SK hynix, while Kim Ju-seon was promoted to president.")
    assert ("Kwak Noh-jung", "ceoOf", "SK hynix") in triples(result)
    assert not [m for m in extract("The bus stopped at the home depot in town.").mentions if m.text.lower() == "home depot"]


def test_a_name_of_two_words_after_a_job_title_is_a_person(extract) -> None:
    result = extract("\"Brazil is a strategic market,\" Fabrikam Group CEO François Provost said in a statement.")
    assert {m.text: m.type for m in result.mentions}.get("François Provost") == "Person"
    assert ("François Provost", "ceoOf", "Fabrikam Group") in triples(result)


def test_a_company_in_a_person_s_description_is_not_what_the_company_means() -> None:
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Fabrikam Inc. said on Monday it had raised $1 billion. Jane Roe, a researcher who previously worked at "
              "Contoso Ltd, said the company would open a lab in Boston.")
    found = extractor.finder.find(doc)
    company = next(t for t in doc if t.text == "company")
    assert extractor.reader.coref.organization(company, found).text == "Fabrikam Inc."


def test_a_surname_alone_after_the_name_in_full_is_that_person(extract) -> None:
    result = extract("Fabrikam Inc. named Jane Roe chief executive, succeeding co-founder Tom Reyes. Reyes remains chairman "
                     "of Fabrikam Inc.'s board.")
    assert ("Reyes", "chairmanOf", "Fabrikam Inc.") in triples(result)
    assert {m.text: m.type for m in result.mentions}.get("Reyes") == "Person"


def test_a_name_the_parser_hung_on_the_next_as_a_modifier_is_still_listed(extract) -> None:
    result = extract("The announcement comes a few months after Fabrikam Inc. closed a $200 million Series B round led by "
                     "Uber and Khosla Ventures, with Nvidia also participating.")
    investors = {h for h, p, t in triples(result) if p == "investsIn" and t == "Fabrikam Inc."}
    assert {"Uber", "Khosla Ventures"} <= investors


def test_what_a_company_s_customer_or_shareholder_is_said_to_be(extract) -> None:
    assert ("Contoso Ltd", "ownsStakeIn", "Fabrikam Inc.") in triples(extract("Fabrikam Inc.'s largest shareholder is Contoso Ltd, a fund."))
    customer = extract("Fabrikam Inc.'s first commercial customer is Contoso Ltd, which has hauled loads since 2023.")
    assert ("Fabrikam Inc.", "suppliesTo", "Contoso Ltd") in triples(customer)


def test_a_site_named_after_a_word_of_a_company_is_not_that_company_s(extract) -> None:
    result = extract("Fabrikam Inc. will open the Contoso campus in May. Contoso Ltd said it was pleased.")
    assert not [r for r in result.relations if r.predicate == "operates" and r.tail.text == "Contoso campus"]


def test_what_a_company_delivers_to_another_it_supplies(extract) -> None:
    result = extract("Fabrikam Inc. will deliver up to 1.2GW of generation capacity to Contoso Ltd from 2027.")
    assert ("Fabrikam Inc.", "suppliesTo", "Contoso Ltd") in triples(result)
    assert not [r for r in extract("Fabrikam Inc. delivered strong results to shareholders.").relations if r.predicate == "suppliesTo"]


def test_a_denied_report_s_claims_are_negated_and_sourced_reporting_stands(extract) -> None:
    denied = extract("The report, which appeared in a business daily on Monday, claimed Fabrikam Inc. had held talks with "
                     "Contoso Ltd about an investment. Fabrikam Inc. denied the report on Tuesday.")
    talks = [r for r in denied.relations if r.predicate == "inTalksWith"]
    assert talks and all(r.qualifiers.negated for r in talks)
    other = extract("Fabrikam Inc. is in talks with Contoso Ltd over a chip order, according to local media reports. "
                    "Separately, Fabrikam Inc. on Friday denied a report that it was considering a sale of its foundry unit.")
    talks = [r for r in other.relations if r.predicate == "inTalksWith"]
    assert talks and not any(r.qualifiers.negated for r in talks)


@pytest.mark.parametrize(("text", "going_on"), [
    ("Contoso Ltd had itself held talks with Fabrikam Inc. about a merger in 2023, but the discussions were broken off.", False),
    ("Contoso Ltd and Fabrikam Inc. called off merger talks in February.", False),
    ("Contoso Ltd and Fabrikam Inc. abandoned merger talks in February.", False),
    ("Contoso Ltd held discussions with Fabrikam Inc., but those talks ended without a deal.", False),
    ("Contoso Ltd is in talks with Fabrikam Inc. about a merger. The talks are at an early stage.", True),
    ("Contoso Ltd is not in talks with Fabrikam Inc., a spokesperson said.", False),
    ("Contoso Ltd denied that it had held talks with Fabrikam Inc.", False),
])
def test_talks_that_ended_or_were_denied_are_not_going_on(extract, text: str, going_on: bool) -> None:
    talks = [r for r in extract(text).relations if r.predicate == "inTalksWith"]
    assert talks and all(r.qualifiers.negated != going_on for r in talks)


@pytest.mark.parametrize("text", [
    "Kioxia and Nordvolt have held preliminary talks with Halcyon about ordering chips, people familiar said.",
    "Kioxia and Nordvolt signed a supply deal with Halcyon on Monday.",
])
def test_companies_named_together_before_with_are_one_side(extract, text):
    found = triples(extract(text))
    assert {("Kioxia", "Halcyon"), ("Nordvolt", "Halcyon")} <= {(h, t) for h, _, t in found}
    assert not [t for t in found if {t[0], t[2]} == {"Kioxia", "Nordvolt"}]


def test_a_first_name_before_a_two_word_name_is_part_of_it_but_not_a_title_before_that(extract) -> None:
    result = extract("Novo, whose chief executive Maziar Mike Doustdar took over in August, rejected the claims.")
    assert "Maziar Mike Doustdar" in {m.text for m in result.mentions if m.type == "Person"}
    navy = extract("Soviet Navy Nikolai Kuznetsov visited Paris.")
    assert "Navy Nikolai Kuznetsov" not in {m.text for m in navy.mentions}


def test_names_joined_by_or_are_two_and_discussions_about_a_deal_are_no_deal(extract) -> None:
    result = extract("Fabrikam Inc. had held internal discussions about acquiring Mistral or Perplexity, the reports said.")
    assert {"Mistral", "Perplexity"} <= {m.text for m in result.mentions}
    assert not [r for r in result.relations if r.predicate == "acquires"]


def test_a_place_on_a_company_s_unit_places_the_unit_not_the_company(extract) -> None:
    result = extract("Fabrikam Inc., the Hong Kong conglomerate whose UK arm, Contoso Ltd, had long argued for the deal, agreed.")
    assert ("Fabrikam Inc.", "locatedIn", "UK") not in triples(result)
    unit = extract("Litware AB, a wholly owned Swedish subsidiary of Fabrikam Inc., signed the agreement.")
    assert ("Litware AB", "locatedIn", "Swedish") in triples(unit)


def test_a_listed_company_s_name_with_two_legal_forms_is_that_company(extract) -> None:
    text = (
        "Nebius to buy Contoso for $1 billion\n"
        "Nebius Group N.V. said on Tuesday it has agreed to buy Contoso, a Dutch maker of servers, for $1 billion. "
        "The deal, which Nebius expects to close in May, would add Contoso's racks to its lineup.\n"
        "\u201cEvery customer wants more capacity,\u201d Chief Executive Ada Brennan said on a call with analysts."
    )
    led = {r.tail.text for r in extract(text).relations if r.head.text == "Ada Brennan" and r.predicate == "ceoOf"}
    assert led and led <= {"Nebius", "Nebius Group N.V."}


def test_a_description_opening_a_sentence_goes_on_about_the_subject_before(extract) -> None:
    text = (
        "Contoso Motors picks Spain for its third European plant\n"
        "Contoso Motors has chosen Spain for its third European plant, two people said. Contoso Motors already "
        "builds cars in Hungary, and Contoso Motors shares rose 2% on Monday.\n"
        "Fabrikam Auto, which builds cars near Zaragoza, denied a report that it was in talks to sell part of its "
        "site to Contoso Motors. The automaker has its own Chinese partner, Northwind Auto Co., in which it holds "
        "a roughly 21% stake."
    )
    found = triples(extract(text))
    assert ("Fabrikam Auto", "ownsStakeIn", "Northwind Auto Co.") in found
    assert ("Northwind Auto Co.", "partnersWith", "Fabrikam Auto") in found
    assert not {t for t in found if "Northwind Auto Co." in (t[0], t[2]) and "Contoso Motors" in (t[0], t[2])}


def test_a_listed_company_s_name_with_international_is_its_own_company(extract) -> None:
    result = extract(
        "Leapmotor International, the joint venture between Stellantis and Chinese EV maker Leapmotor, "
        "will start building the B10 in Spain."
    )
    assert {m.type for m in result.mentions if m.text == "Leapmotor International"} == {"Organization"}


@pytest.mark.parametrize("sentence", [
    "Contoso Ltd. said it has agreed to acquire atNorth, a Reykjavik-based operator of data centers.",
    "Jane Roe, atNorth's chief executive, will continue to run the business as a unit of Contoso Ltd.",
])
def test_a_name_in_camel_case_is_a_name(sentence):
    nlp = load_model()
    found = Extractor(nlp).finder.find(nlp(sentence))
    assert ("atNorth", "Organization") in {(s.text, found.type_of(s)) for s in found.spans}


def test_what_an_apposition_says_is_not_hedged_by_its_clause(extract) -> None:
    rivalry = only(extract("Contoso could put pressure on Fabrikam, Litware's main rival."), "competesWith")
    assert (rivalry.head.text, rivalry.tail.text) == ("Fabrikam", "Litware")
    assert rivalry.qualifiers.status is None


def test_an_amount_in_a_currency_code_is_no_name():
    nlp = load_model()
    found = Extractor(nlp).finder.find(nlp("Contoso will pay SEK 8.9 billion in cash."))
    assert not [s.text for s in found.spans if "billion" in s.text]


def test_a_name_someone_runs_is_a_company_s(extract) -> None:
    result = extract("Kering Beauté, run by CEO Raffaella Cornaggia, was set up in 2023.")
    assert {m.type for m in result.mentions if m.text == "Kering Beauté"} == {"Organization"}
    assert ("Raffaella Cornaggia", "ceoOf", "Kering Beauté") in triples(result)


def test_the_company_a_person_acts_on_is_the_one_the_person_s_title_named(extract) -> None:
    text = (
        "Contoso Pharma and Fabrikam Bio team up on cancer drugs\n"
        "Contoso Pharma has struck a co-development agreement with Fabrikam Bio, paying $90 million upfront. "
        "Contoso Pharma will split costs with Fabrikam Bio.\n"
        "\u201cContoso Pharma brings the late-stage muscle we need,\u201d said Jane Roe, CEO and co-founder of "
        "Fabrikam Bio. Roe started the company in 2019 together with John Doe and Ann Lee."
    )
    found = triples(extract(text))
    assert {("John Doe", "founderOf", "Fabrikam Bio"), ("Ann Lee", "founderOf", "Fabrikam Bio")} <= found
    assert not {t for t in found if t[1] == "founderOf" and t[2] == "Contoso Pharma"}


def test_a_name_in_a_region_after_in_is_a_place():
    nlp = load_model()
    doc = nlp("Swiss contract manufacturer Lonza has agreed to buy Contoso's biologics facility in Devens, Massachusetts.")
    found = Extractor(nlp).finder.find(doc)
    assert {found.type_of(s) for s in found.spans if s.text.startswith("Devens")} == {"Place"}


def test_a_kind_of_site_and_a_number_is_a_site():
    nlp = load_model()
    doc = nlp(
        "Under the contract, which runs until the end of 2035, Samsung Biologics will manufacture commercial supplies "
        "of an undisclosed biologic for the US drugmaker at Plant 5, a 180,000-litre facility that began operating in "
        "April."
    )
    found = Extractor(nlp).finder.find(doc)
    assert {found.type_of(s) for s in found.spans if s.text == "Plant 5"} == {"Facility"}


def test_a_hyphenated_capital_prefix_is_part_of_a_company_s_name():
    nlp = load_model()
    doc = nlp("HL-GA Battery Co., owned by Contoso and Fabrikam, has completed its plant in Bryan County, Georgia.")
    found = Extractor(nlp).finder.find(doc)
    assert "HL-GA Battery Co." in {s.text for s in found.spans}


def test_a_name_before_a_leader_s_title_and_a_person_is_a_company(extract) -> None:
    result = extract("Nanya president Lee Pei-ing said demand for older memory chips rose.")
    assert {m.type for m in result.mentions if m.text == "Nanya"} == {"Organization"}
    result = extract("French president Emmanuel Macron visited the plant.")
    assert "Organization" not in {m.type for m in result.mentions if m.text == "French"}


def test_extract_a_site_goes_by_its_name_without_its_kind_word(extract):
    result = extract("Contoso Motors is expanding its Northwind Works factory in Lansing.")
    links = [(a.mention.text, a.alias_of.text) for a in result.aliases]
    assert ("Northwind Works factory", "Northwind Works") in links
    # "the Lansing plant": the town stays a town, no alias of the site
    result = extract("Contoso Motors is expanding the Lansing plant, which opened in 2019.")
    assert all("Lansing" != a.alias_of.text for a in result.aliases)
    assert ("Contoso Motors", "operates", "Lansing plant") in triples(result) or any(
        m.text == "Lansing plant" and m.type == "Facility" for m in result.mentions
    )


def test_extract_a_state_or_country_before_a_site_says_where_it_is(extract):
    result = extract("Contoso Inc. is expanding its Texas fab and a U.S. data center, and plans a European data centre.")
    facilities = {m.text for m in result.mentions if m.type == "Facility"}
    assert not facilities & {"Texas fab", "U.S. data center", "European data centre"}


def test_it_in_a_relative_clause_that_hangs_on_a_company_through_to_which_is_another_company() -> None:
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("The deal adds to Contoso Inc.'s business with Fabrikam Foundry Corp., to which it is the main supplier of memory.")
    found = extractor.finder.find(doc)
    it = next(t for t in doc if t.text == "it")
    assert extractor.reader.coref.organization(it, found).text == "Contoso Inc."


@pytest.mark.parametrize(("text", "owned"), [
    ("Contoso Inc., a chipmaker, supplies Fabrikam Motors, a Chinese automaker. Northwind Capital Corp. bought a 5% stake "
     "in the automaker on Monday.", "Fabrikam Motors"),
    ("Tesla has bought parts from Contoso Inc. for years. Northwind Capital Corp. bought a 5% stake in the chipmaker on "
     "Monday.", "Contoso Inc."),
])
def test_a_description_of_an_industry_does_not_mean_a_company_known_to_be_in_another(extract, text: str, owned: str) -> None:
    stakes = {t[2] for t in triples(extract(text)) if t[:2] == ("Northwind Capital Corp.", "ownsStakeIn")}
    assert stakes == {owned}


def test_what_talks_are_about_is_only_potential(extract) -> None:
    result = extract("Contoso Inc. is in talks to buy battery packs from Fabrikam Corp.")
    assert ("Contoso Inc.", "inTalksWith", "Fabrikam Corp.") in triples(result)
    supplies = [r for r in result.relations if r.predicate == "suppliesTo"]
    assert supplies and all(r.qualifiers.status == "potential" for r in supplies)


def test_a_surname_the_recognizer_calls_a_company_is_the_person_named_before(extract) -> None:
    result = extract(
        '"We are trying to be the fastest," Contoso President and CEO Atsuyoshi Koike said in an interview. Koike would '
        "not name prospective customers, and Koike previously ran Fabrikam Corp.'s Japanese unit."
    )
    assert {m.text: m.type for m in result.mentions}.get("Koike") == "Person"


def test_the_company_in_what_a_titled_chief_told_is_the_chief_s_company() -> None:
    nlp = load_model()
    extractor = Extractor(nlp)
    doc = nlp("Fabrikam Corp. said it does not comment on rumours, and Fabrikam Corp. designs its accelerators "
              "in-house. Contoso Inc. Chief Executive Jane Roe told shareholders in March that the company would spend "
              "about $2 billion on its new Fab 9.")
    found = extractor.finder.find(doc)
    company = next(t for t in doc if t.text == "company")
    assert extractor.reader.coref.organization(company, found).text == "Contoso Inc."


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(extract) -> None:
    result = extract(
        "Fabrikam Corp. counts Wayfair among its customers in Singapore.\n"
        "Beyond Singapore, Contoso Networks is building a 30MW campus in Batam together with Telkom Indonesia."
    )
    types = {m.text: m.type for m in result.mentions}
    assert "Beyond Singapore" not in types
    assert types["Singapore"] == "Place"


def test_no_plans_to_buy_negates_the_takeover(extract) -> None:
    result = extract('Fabrikam Corp. told reporters it has "no plans" to buy Contoso Ltd this year.')
    assert only(result, "acquires").qualifiers.negated
    assert not only(extract("Fabrikam Corp. has plans to buy Contoso Ltd this year."), "acquires").qualifiers.negated


def test_a_stake_sold_to_a_buyer_is_the_buyer_s_and_no_more_the_seller_s(extract) -> None:
    result = extract(
        "Contoso Ltd agreed to sell a 51% stake in its chip unit Fabrikam Labs to private equity firm Northwind Capital, "
        "in a deal valuing the unit at $8 billion. Globex Corp. sold its stake in Initech Inc. in May."
    )
    stakes = {(r.head.text, r.tail.text): r.qualifiers.negated for r in result.relations if r.predicate == "ownsStakeIn"}
    assert stakes[("Northwind Capital", "Fabrikam Labs")] is False
    assert stakes[("Globex Corp.", "Initech Inc.")] is True


def test_a_rule_s_named_word_list_is_spelled_out_and_an_unknown_one_is_an_error(tmp_path) -> None:
    spend = next(r for r in load_lexicon().trigger_rules if r.name == "verb-spend-on")
    assert {"billion", "yen", "crore", "€"} <= spend.object_lemmas and "@money" not in spend.object_lemmas
    data = _copy_data(tmp_path)
    _edit(data / "relations.json", lambda d: d["trigger_rules"][0].update(object_lemmas=["@cash_words"]))
    with pytest.raises(ExtractionError, match="@cash_words"):
        load_lexicon(data)


def test_a_capital_the_recognizer_calls_a_company_is_a_place_the_gazetteer_lists(extract):
    result = extract("Kioxia will manufacture the product at its facility in Reykjavik and supply it to Wayfair.")
    assert {m.type for m in result.mentions if m.text == "Reykjavik"} == {"Place"}


def test_a_name_pattern_inside_a_longer_listed_name_is_part_of_it(tmp_path):
    user = tmp_path / "mine.json"
    user.write_text(json.dumps({"entries": [
        {"label": "Zentrix Pension Plan Investment Board", "type": "Organization", "aliases": [], "wikidata": None},
    ]}), encoding="utf-8")
    nlp = load_model()
    extractor = Extractor(nlp, load_lexicon(DATA_DIR, (user,)))
    article = make_article("Nordvolt is owned by Kioxia Inc. and Zentrix Pension Plan Investment Board.", source="test")
    result = extractor(parse_here(nlp, article), article)
    assert "Zentrix Pension Plan Investment Board" in {m.text for m in result.mentions}
    assert "Zentrix Pension Plan" not in {m.text for m in result.mentions}


def test_an_opening_parenthesis_is_no_part_of_a_name(extract):
    result = extract(
        "MUMBAI: Kioxia Consumer Products (KCPL) is in advanced talks to acquire a 51% stake in Pune-based Zeta Foods."
    )
    assert not [m.text for m in result.mentions if "(" in m.text]
    assert ("Kioxia Consumer Products", "inTalksWith", "Zeta Foods") in triples(result)


@pytest.mark.parametrize("text", [
    "Zeta's European unit, Zeta Energy, said the contract showed demand.",
    "Jane Roe, the chief executive of Zeta's British arm, Zeta Energy, said the contract showed demand.",
], ids=["in_apposition", "in_apposition_hung_on_another_name"])
def test_a_unit_named_like_its_parent_is_kept_apart_from_it(extract, text):
    from kg.resolve import Resolver

    result = extract(text)
    assert ("Zeta Energy", "Zeta") in result.apart
    assert {"Zeta", "Zeta Energy"} <= {e.label for e in Resolver(load_lexicon()).resolve(result).entities}


@pytest.mark.parametrize("text", [
    "Kioxia also pushed back on a report this week that it had held talks with Zeta Motors about licensing its design.",
    "Kioxia dismissed as groundless market talk that it was negotiating with Zeta Motors to assemble servers.",
    "Kioxia did, however, deny a separate rumor that it has been in talks with Zeta Motors about a joint venture, "
    "calling it categorically false.",
    "We have seen no evidence that Kioxia is negotiating with Zeta Motors to outsource the die.",
    "Local media reported that Kioxia was in talks with Zeta Motors, but Kioxia denied the reports.",
], ids=["a_report_pushed_back_on", "market_talk_dismissed", "a_rumor_denied", "no_evidence", "reports_denied_after"])
def test_talks_a_denied_report_or_no_evidence_tells_of_are_negated(extract, text):
    talks = [r for r in extract(text).relations if r.predicate == "inTalksWith"]
    assert talks and all(r.qualifiers.negated for r in talks)
    assert {(r.head.text, r.tail.text) for r in talks} == {("Kioxia", "Zeta Motors")}


@pytest.mark.parametrize(
    ("sentence", "code", "type_"),
    [
        ("Brightline has secured financing for FRA7, its 81MW data center campus in Frankfurt.", "FRA7", "Facility"),
        ("Nordvolt will build the R2, its upcoming midsize SUV, in Georgia.", "R2", "Product"),
    ],
)
def test_a_short_code_beside_a_kind_of_thing_is_that_thing(extract, sentence, code, type_):
    types = {m.text: m.type for m in extract(sentence).mentions}
    assert types.get(code) == type_


def test_a_short_code_beside_no_kind_of_thing_is_no_name(extract):
    types = {m.text for m in extract("Fabrikam reported Q3, its best quarter, and hired M5, a consultancy.").mentions}
    assert "Q3" not in types


def test_talks_a_report_tells_of_stand_when_the_report_is_confirmed(extract):
    talks = [r for r in extract(
        "Local media reported that Kioxia was in talks with Zeta Motors, and Kioxia confirmed the reports."
    ).relations if r.predicate == "inTalksWith"]
    assert talks and not any(r.qualifiers.negated for r in talks)


def test_letters_the_text_spells_out_name_its_company_not_the_one_the_gazetteer_lists(extract):
    from kg.extract.names import SPELLED_OUT
    from kg.resolve import Resolver

    resolver = Resolver(load_lexicon())
    listed = resolver.gazetteer["aep"].label
    result = extract(
        "On March 3, Kioxia acquired Aldane Elm Partners Ltd., a private firm based in Leeds, "
        "and its wholly-owned subsidiaries (collectively, AEP)."
    )
    assert ("Aldane Elm Partners Ltd.", "AEP", SPELLED_OUT) in [(a.mention.text, a.alias_of.text, a.reason) for a in result.aliases]
    labels = {e.label for e in resolver.resolve(result).entities}
    assert "Aldane Elm Partners Ltd." in labels and listed not in labels
    assert listed in {e.label for e in resolver.resolve(extract("AEP said demand rose in Ohio.")).entities}


@pytest.mark.parametrize("text", [
    "Vantora.io's Subsidiary, Halcyon Group, Partners with Nordvolt to Launch Start-Up Contest.",
    "Vantora.io's Subsidiary, Halcyon Group, Signs Deal with Nordvolt.",
])
def test_a_headline_s_kind_word_and_possessive_are_no_part_of_a_name(extract, text):
    result = extract(text)
    names = {m.text for m in result.mentions}
    assert {"Vantora.io", "Halcyon Group"} <= names
    assert not [n for n in names if n[:1] in ",;" or n.endswith(("'s", "’s"))]


@pytest.mark.parametrize("text, predicate", [
    ("Kioxia and Nordvolt revive their software alliance but rule out new merger talks.", "inTalksWith"),
    ("Kioxia has ruled out a merger with Nordvolt, its chief executive said on Monday.", "mergesWith"),
])
def test_what_a_company_rules_out_is_negated(extract, text, predicate):
    assert only(extract(text), predicate).qualifiers.negated is True


def test_letters_that_abbreviate_lower_case_words_name_no_company(extract):
    result = extract(
        "Kioxia is in talks with Nordvolt to supply batteries for energy storage systems (ESS), a deal worth "
        "$2 billion. Its rival Halcyon signed a contract to supply batteries for ESS."
    )
    assert "ESS" not in {m.text for m in result.mentions}
    assert not [t for t in triples(result) if "ESS" in t]
    assert ("Kioxia", "inTalksWith", "Nordvolt") in triples(result)


@pytest.mark.parametrize("source", [
    "According to information from Handelsblatt,", "According to Reuters,", "As first reported by Bloomberg,",
])
def test_the_source_a_report_is_credited_to_is_not_the_company_it_reports_on(extract, source):
    result = extract(f"Nordvolt said it needs new customers. {source} the company is in talks with Kioxia, among others.")
    talks = {(h, t) for h, p, t in triples(result) if p == "inTalksWith"}
    assert ("Nordvolt", "Kioxia") in talks
    assert not [pair for pair in talks if "Nordvolt" not in pair]


@pytest.mark.parametrize("text, gone", [
    ("Kioxia also agreed to buy Nordvolt, its onetime COVID-19 vaccine rival, for $1.2 billion.",
     ("Nordvolt", "competesWith", "Kioxia")),
    ("Nordvolt, a former supplier of Kioxia, said it had signed a deal with Halcyon.",
     ("Nordvolt", "suppliesTo", "Kioxia")),
])
def test_a_role_noun_said_of_the_past_states_no_relation_now(extract, text, gone):
    result = extract(text)
    assert gone not in triples(result)
    assert triples(result), "the sentence's other fact is still read"


def test_taking_over_a_plant_named_for_its_product_acquires_no_product(extract):
    result = extract("Kioxia bought a 60% stake in Nordvolt India in 2024, taking over its only iPad plant in the country.")
    assert ("Kioxia", "ownsStakeIn", "Nordvolt India") in triples(result)
    assert not [t for t in triples(result) if t[1] == "acquires"]


@pytest.mark.parametrize("text, gone", [
    ("Jon Hale, who served as Kioxia's chief technology officer for less than a year, has left to join Nordvolt.",
     ("Jon Hale", "worksFor", "Kioxia")),
    ("Mara Voss, who left Kioxia in October, will report to co-founder and CEO Jon Hale.",
     ("Jon Hale", "ceoOf", "Kioxia")),
])
def test_a_role_at_a_company_someone_has_left_is_no_role_now(extract, text, gone):
    assert gone not in triples(extract(text))


def test_who_will_leave_holds_the_role_still(extract):
    assert ("Jon Hale", "ceoOf", "Kioxia") in triples(extract("Jon Hale, Kioxia's chief executive, will leave at the end of the year."))


def test_a_city_named_after_a_state_is_one_place(extract):
    result = extract("Nordvolt will supply the capacity from a new campus in Oklahoma City, Oklahoma, the people said.")
    assert "Oklahoma City" in {m.text for m in result.mentions}
    assert not [t for t in triples(result) if t[0] == "Oklahoma"]


@pytest.mark.parametrize("maker, kind", [
    ({"label": "Vantor Chat", "type": "Product", "maker": "Zentrovia Labs"}, "unknown organization"),
    ({"label": "Vantor", "type": "Organization", "maker": "Nordvolt"}, "organization of a product"),
])
def test_a_gazetteer_maker_must_be_a_listed_organization_of_a_product(tmp_path, maker, kind):
    user = tmp_path / "mine.json"
    user.write_text(json.dumps({"entries": [{"aliases": [], "wikidata": None, **maker},
                                            {"label": "Nordvolt", "type": "Organization", "aliases": [], "wikidata": None}]}),
                    encoding="utf-8")
    with pytest.raises(ExtractionError, match="maker"):
        load_lexicon(DATA_DIR, (user,))


@pytest.fixture(scope="module")
def extract_with_maker(tmp_path_factory):
    user = tmp_path_factory.mktemp("gazetteer") / "mine.json"
    user.write_text(json.dumps({"entries": [
        {"label": "Nordvolt", "type": "Organization", "aliases": [], "wikidata": None},
        {"label": "Vantor Chat", "type": "Product", "aliases": [], "wikidata": None, "maker": "Nordvolt"},
    ]}), encoding="utf-8")
    nlp = load_model()
    extractor = Extractor(nlp, load_lexicon(DATA_DIR, (user,)))

    def run(text: str) -> Extraction:
        article = make_article(text, source="test", date="2025-06-15")
        return extractor(parse_here(nlp, article), article)

    return run


def test_a_description_by_a_product_means_its_maker_and_no_other_company(extract_with_maker):
    named = extract_with_maker("Nordvolt and Kioxia met in May. Halcyon is big. The Vantor Chat maker signed a deal with AMD.")
    assert ("Nordvolt", "hasAgreementWith", "AMD") in triples(named)
    unnamed = extract_with_maker("Kioxia and Halcyon met in May. The Vantor Chat maker signed a deal with AMD.")
    assert not [t for t in triples(unnamed) if t[1] == "hasAgreementWith"]


@pytest.mark.parametrize("text, fact", [
    ("Kioxia has won control of drug developer Nordvolt after raising its offer to $10 billion.", ("Kioxia", "acquires", "Nordvolt")),
    ("Kioxia took control of Nordvolt in 2024.", ("Kioxia", "acquires", "Nordvolt")),
])
def test_taking_control_of_a_company_acquires_it(extract, text, fact):
    assert fact in triples(extract(text))


def test_a_government_that_takes_control_of_a_company_buys_nothing(extract):
    result = extract("The Dutch government took control of Nordvolt in October under a Cold War-era law.")
    assert not [t for t in triples(result) if t[1] == "acquires"]


def test_who_supplies_a_described_company_s_parts_supplies_it(extract):
    result = extract("Nordvolt rents out servers. Kioxia, which supplies nearly all of the company's processors, also owns a stake in it.")
    assert ("Kioxia", "suppliesTo", "Nordvolt") in triples(result)
    assert ("Kioxia", "suppliesTo", "Nordvolt") not in triples(extract("Kioxia ships its processors to Halcyon every week."))


@pytest.mark.parametrize("text", [
    "Kioxia has secured more than 60% of Nordvolt's memory orders for 2026.",
    "Kioxia won Nordvolt's order for 500 turbines.",
])
def test_who_wins_a_company_s_orders_supplies_it(extract, text):
    assert ("Kioxia", "suppliesTo", "Nordvolt") in triples(extract(text))


@pytest.mark.parametrize("text, gone, kept", [
    ("Jon Hale took over as chief executive of Kioxia on January 1, succeeding Mara Voss, who will now focus on Nordvolt.",
     ("Mara Voss", "ceoOf", "Kioxia"), ("Jon Hale", "ceoOf", "Kioxia")),
    ("Kioxia replaced chief executive Mara Voss with Jon Hale.", ("Mara Voss", "ceoOf", "Kioxia"), ("Jon Hale", "ceoOf", "Kioxia")),
    ("Northwind has replaced chief executive Victor Hale with Lena Park, who has announced job cuts.",
     ("Victor Hale", "ceoOf", "Northwind"), ("Lena Park", "ceoOf", "Northwind")),
    ("Mara Voss, Kioxia's chief executive since 2022, has stepped down.", ("Mara Voss", "ceoOf", "Kioxia"), None),
])
def test_who_was_succeeded_or_stepped_down_holds_the_title_no_more(extract, text, gone, kept):
    found = triples(extract(text))
    assert gone not in found
    assert kept is None or kept in found


@pytest.mark.parametrize("text", [
    "Jon Hale will succeed Mara Voss as chief executive of Kioxia in March.",
    "Kioxia will replace chief executive Mara Voss with Jon Hale in March.",
    "Mara Voss, Kioxia's chief executive, will step down in March.",
])
def test_who_will_be_succeeded_holds_the_title_still(extract, text):
    assert ("Mara Voss", "ceoOf", "Kioxia") in triples(extract(text))


def test_whose_product_a_foundry_makes_is_the_owner_s_however_whose_is_parsed():
    """The parser hangs "whose" on "flagship", which it reads as the object, on the real
    sentence this came from; the test builds that parse on invented names."""
    nlp = load_model()
    extractor = Extractor(nlp)
    article = make_article("Kioxia, whose flagship Xeon chips are currently made by Nordvolt, declined to comment.", source="test")
    doc = parse_here(nlp, article)
    assert [t.text for t in doc[2:6]] == ["whose", "flagship", "Xeon", "chips"]
    doc[2].head, doc[2].dep_ = doc[3], "poss"
    doc[3].head, doc[3].dep_ = doc[8], "dobj"
    doc[5].head, doc[5].dep_ = doc[8], "nsubjpass"
    found = triples(extractor(doc, article))
    assert not [t for t in found if t[0] == "Nordvolt" and t[1] == "develops"]


def test_a_title_after_a_company_s_name_and_its_chinese_gloss_is_the_company_s(extract):
    result = extract("Meanwhile, Kioxia Corp (鎧俠) president Jon Hale (海瓊) on Tuesday denied a report that the company was in talks with Nordvolt.")
    assert ("Jon Hale", "worksFor", "Kioxia Corp") in triples(result)
    assert not [m.text for m in result.mentions if m.text != m.text.strip()]


def test_a_language_is_no_place_a_publisher_is_in(extract):
    result = extract("Kioxia denied a report by the Chinese-language Halcyon Daily News that it was in talks with Nordvolt.")
    assert not [t for t in triples(result) if t[1] == "locatedIn"]


def test_an_officer_quoted_with_no_company_named_speaks_for_the_article_s(extract):
    text = ('Kioxia signed a deal with Nordvolt on Thursday. Kioxia said demand was strong. "We are shipping at a pace we '
            'have never seen before," Vice Chairman and Chief Operating Officer Jon Hale told CNBC\'s "Closing Bell."')
    found = triples(extract(text))
    assert ("Jon Hale", "worksFor", "Kioxia") in found
    assert not [t for t in found if t[0] == "Jon Hale" and t[2] == "CNBC"]


def test_who_a_funding_round_included_invests_in_the_company(extract):
    found = triples(extract("Kioxia raised $750 million in September at a $6.9 billion valuation, in a round that also "
                            "included Nordvolt, Halcyon and BlackRock."))
    assert {("Nordvolt", "investsIn", "Kioxia"), ("Halcyon", "investsIn", "Kioxia"), ("BlackRock", "investsIn", "Kioxia")} <= found


@pytest.mark.parametrize("text, fact", [
    ("Nordvolt already designs custom silicon for Kioxia.", ("Nordvolt", "suppliesTo", "Kioxia")),
    ("Kioxia has picked Nordvolt to assemble the first device to come out of its hardware group.",
     ("Nordvolt", "manufacturesFor", "Kioxia")),
])
def test_who_designs_or_is_picked_to_assemble_for_a_company_works_for_it(extract, text, fact):
    assert fact in triples(extract(text))


def test_designing_a_product_for_people_supplies_no_company(extract):
    assert not [t for t in triples(extract("Kioxia designed the car for families.")) if t[1] == "suppliesTo"]


def test_a_deal_under_which_a_company_acts_binds_it_also_after_a_date(extract):
    found = triples(extract("Kioxia signed an agreement in 2024 under which Nordvolt will supply batteries for its U.S. plants."))
    assert ("Kioxia", "hasAgreementWith", "Nordvolt") in found


def test_what_two_companies_named_together_jointly_own_each_holds_a_stake_in(extract):
    found = triples(extract("Kioxia has held discussions with Nordvolt Group Inc. and Halcyon Investors, which jointly own Vantor Labs Inc."))
    assert {("Nordvolt Group Inc.", "ownsStakeIn", "Vantor Labs Inc."), ("Halcyon Investors", "ownsStakeIn", "Vantor Labs Inc.")} <= found
    single = triples(extract("Kioxia signed deals with Nordvolt and Halcyon, which owns Vantor Labs."))
    assert ("Nordvolt", "ownsStakeIn", "Vantor Labs") not in single and ("Nordvolt", "subsidiaryOf", "Vantor Labs") not in single


def test_who_wins_orders_for_a_company_s_products_supplies_it(extract):
    assert ("Kioxia", "suppliesTo", "Nordvolt") in triples(extract("Kioxia won orders for Nordvolt's new chips."))


def test_a_description_by_place_means_the_company_the_text_puts_there(extract):
    result = extract("Nordvolt agreed to buy Kioxia last week for $2 billion. Kioxia will remain headquartered in St. Louis, "
                     "the companies said. Nordvolt is growing fast. The St. Louis grocer held talks with Meijer last year.")
    talks = {(h, t) for h, p, t in triples(result) if p == "inTalksWith"}
    assert ("Kioxia", "Meijer") in talks and ("Nordvolt", "Meijer") not in talks


def test_a_credit_line_names_no_one_the_news_is_about(extract):
    result = extract("Kioxia agreed to buy Nordvolt for $2 billion.\n"
                     "(Reporting by Mara Voss in New York and Jon Hale in London; Editing by Tom Reed)")
    assert {m.text for m in result.mentions} >= {"Kioxia", "Nordvolt"}
    assert not {m.text for m in result.mentions} & {"Mara Voss", "Jon Hale", "New York", "London", "Tom Reed"}
    assert "Halcyon" in {m.text for m in extract("Research by Halcyon shows demand for chips rose.").mentions}


def test_a_term_the_text_abbreviates_is_no_part_of_a_company_s_name(extract):
    result = extract("Nordvolt wins Kioxia ADAS chip deal\n"
                     "Nordvolt will supply its processor for advanced driver assistance systems (ADAS) in Kioxia models.")
    names = {m.text for m in result.mentions}
    assert "Kioxia ADAS" not in names and "ADAS" not in names


def test_a_board_member_in_apposition_sits_on_the_board(extract):
    found = triples(extract('"Speed requires partners," said Jon Hale, the Kioxia board member responsible for China.'))
    assert ("Jon Hale", "boardMemberOf", "Kioxia") in found


def test_a_person_after_a_lower_case_title_stays_a_person_whatever_verbs_follow(extract):
    result = extract("Nordvolt, founded in 2015 by former Kioxia executive Mara Voss, listed in Hong Kong in October 2024 "
                     "and counts Halcyon among its customers.")
    assert ("Mara Voss", "Person") in {(m.text, m.type) for m in result.mentions}
    assert not [t for t in triples(result) if t[0] == "Mara Voss" and t[1] == "suppliesTo"]
