"""Tests for kg.analysis on small hand-built graph views (no spaCy, no store) and, at the
end, on a view loaded back from an in-memory store."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

import networkx as nx
import pytest
from pyoxigraph import Store

from kg import analysis
from kg.errors import QueryError
from kg.model import Entity, Fact, Provenance, Qualifiers, ResolvedDocument
from kg.query import DocumentInfo, GraphView, format_result, load_view

# --- a small world ------------------------------------------------------------------------
#
#   Acme --partnersWith-- Globex (doc a, 2024-03; and stated Globex->Acme in doc b, 2025-01)
#   Acme --suppliesTo--> Initech (doc b)           Jane --chairmanOf--> Acme (doc a)
#   Globex --inTalksWith-- Initech (doc c, undated) Initech --locatedIn--> Ohio (doc c)
#   Acme --acquires--> Umbrella NEGATED (doc c)    Hooli: no facts


def ent(type_: str, label: str, *aliases: str, reasons: tuple[str, ...] = ()) -> Entity:
    return Entity(f"{type_}/{label}", label, type_, aliases, (), reasons)


ACME = ent("Organization", "Acme", "Acme Corp", "ACME Corporation", reasons=("corporate suffix",))
GLOBEX = ent("Organization", "Globex", "Globex Inc.")
INITECH = ent("Organization", "Initech")
UMBRELLA = ent("Organization", "Umbrella")
HOOLI = ent("Organization", "Hooli")
JANE = ent("Person", "Jane Roe", "Roe", reasons=("surname of a person named in full",))
OHIO = ent("Place", "Ohio")
ENTITIES = (ACME, GLOBEX, INITECH, UMBRELLA, HOOLI, JANE, OHIO)

DOCS = {
    "a": DocumentInfo("a", "a.txt", "Acme and Globex team up", "2024-03"),
    "b": DocumentInfo("b", "b.txt", None, "2025-01-15"),
    "c": DocumentInfo("c", "c.txt", "Talks", None),
}


def fact(head: Entity, predicate: str, tail: Entity, doc: str, sentence: str, *, confidence: float = 0.9,
         start: int = 0, **qualifiers: object) -> Fact:
    provenance = Provenance(doc, sentence, start, start, start + len(sentence), "rule", confidence)
    return Fact(head.key, predicate, tail.key, provenance, Qualifiers(**qualifiers))  # type: ignore[arg-type]


FACTS = (
    fact(ACME, "partnersWith", GLOBEX, "a", "Acme partnered with Globex.", start_date="2024"),
    fact(JANE, "chairmanOf", ACME, "a", "Jane Roe chairs Acme.", start=40, confidence=0.75),
    fact(GLOBEX, "partnersWith", ACME, "b", "Globex and Acme deepened their partnership.", confidence=0.8),
    fact(ACME, "suppliesTo", INITECH, "b", "Acme supplies chips to Initech.", start=50,
         amount=Decimal(1000000), currency="USD"),
    fact(GLOBEX, "inTalksWith", INITECH, "c", "Globex is reportedly in talks with Initech.", status="reported"),
    fact(INITECH, "locatedIn", OHIO, "c", "Initech, based in Ohio, said so.", start=60),
    fact(ACME, "acquires", UMBRELLA, "c", "Acme did not acquire Umbrella.", start=90, negated=True),
)


def make_view(entities: tuple[Entity, ...] = ENTITIES, facts: tuple[Fact, ...] = FACTS) -> GraphView:
    return GraphView(entities, facts, {k: d.title or d.source for k, d in DOCS.items()}, dict(DOCS))


@pytest.fixture
def view() -> GraphView:
    return make_view()


def labels(entities: object) -> list[str]:
    return [e.label for e in entities]  # type: ignore[attr-defined]


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Acme", "acme", "  ACME  ", "Acme Corp", "acme corporation",
                                  "Organization/Acme", "organization/acme corp", "ORGANIZATION / ACME"])
def test_analysis_resolve_by_label_alias_and_case(view: GraphView, name: str) -> None:
    assert analysis.resolve_name(view, name) == ACME


def test_analysis_resolve_by_key_and_entity(view: GraphView) -> None:
    assert analysis.resolve_name(view, "Person/Jane Roe") == JANE
    assert analysis.resolve_name(view, JANE) is JANE


def test_analysis_resolve_curly_quotes() -> None:
    macys = ent("Organization", "Macy's")
    assert analysis.resolve_name(make_view((macys,), ()), "macy\u2019s") == macys


def test_analysis_resolve_unknown_names_closest_matches(view: GraphView) -> None:
    with pytest.raises(QueryError) as error:
        analysis.resolve_name(view, "Acmee")
    assert str(error.value) == "unknown entity 'Acmee'; did you mean: Acme?"
    with pytest.raises(QueryError, match=r"did you mean: Globex Inc\., Globex\?$"):
        analysis.resolve_name(view, "Globex Inc")
    with pytest.raises(QueryError, match=r"^unknown entity 'Zzyzx' \(no similar name in the graph\)$"):
        analysis.resolve_name(view, "Zzyzx")
    with pytest.raises(QueryError, match="empty entity name"):
        analysis.resolve_name(view, "  ")


def test_analysis_resolve_ambiguous_lists_candidates() -> None:
    apple_org = ent("Organization", "Apple", "Apple Inc.")
    apple_fruit = ent("Product", "Apple")
    view = make_view((apple_org, apple_fruit), ())
    with pytest.raises(QueryError) as error:
        analysis.resolve_name(view, "apple")
    assert str(error.value) == ("ambiguous entity 'apple': it names Organization/Apple, Product/Apple; "
                                "write one of these")
    assert analysis.resolve_name(view, "Product/Apple") == apple_fruit
    assert analysis.resolve_name(view, "Apple Inc.") == apple_org


def test_analysis_resolve_label_wins_over_alias() -> None:
    liu = ent("Person", "Liu")
    young = ent("Person", "Young Liu", "Liu")
    view = make_view((young, liu), ())
    assert analysis.resolve_name(view, "liu") == liu


def test_analysis_resolve_shared_alias_is_ambiguous() -> None:
    young, mark = ent("Person", "Young Liu", "Liu"), ent("Person", "Mark Liu", "Liu")
    with pytest.raises(QueryError, match="it names Person/Mark Liu, Person/Young Liu"):
        analysis.resolve_name(make_view((young, mark), ()), "Liu")


@pytest.mark.parametrize("name", ["partnersWith", "partners-with", "partners_with", "PartnersWith",
                                  "PARTNERS-WITH"])
def test_analysis_relation_name_spellings(name: str) -> None:
    assert analysis.relation_name(name) == "partnersWith"


def test_analysis_relation_name_unknown() -> None:
    with pytest.raises(QueryError, match=r"^unknown relation 'partner'; did you mean: partnersWith\?$"):
        analysis.relation_name("partner")
    with pytest.raises(QueryError, match=r"^unknown relation 'xyz'; choose one of: acquires, .*worksFor$"):
        analysis.relation_name("xyz")


# --- neighbors -------------------------------------------------------------------------------


def rows(found: list[analysis.Neighbor]) -> list[tuple[int, str, str, str, str]]:
    return [(n.depth, n.link.source.label, n.link.relation, n.link.direction, n.link.target.label)
            for n in found]


def test_analysis_neighbors_depth_one_every_relation(view: GraphView) -> None:
    assert rows(analysis.neighbors(view, "acme corp")) == [
        (1, "Acme", "partnersWith", "<->", "Globex"),
        (1, "Acme", "suppliesTo", "->", "Initech"),
        (1, "Acme", "chairmanOf", "<-", "Jane Roe"),
    ]


def test_analysis_neighbors_symmetric_counts_both_ways(view: GraphView) -> None:
    # Globex stated "Globex partnersWith Acme" once and was the object once: one link, two sources.
    found = analysis.neighbors(view, "Globex", relation="partners-with")
    assert rows(found) == [(1, "Globex", "partnersWith", "<->", "Acme")]
    assert found[0].link.corroboration == analysis.Corroboration(("a", "b"), "2024-03", "2025-01-15")
    assert [e.fact.provenance.document for e in found[0].link.evidence] == ["a", "b"]
    assert found[0].link.best is not None and found[0].link.best.fact.provenance.document == "a"


def test_analysis_neighbors_relation_filter_and_depth(view: GraphView) -> None:
    assert rows(analysis.neighbors(view, "Ohio", depth=3)) == [
        (1, "Ohio", "locatedIn", "<-", "Initech"),
        (2, "Initech", "suppliesTo", "<-", "Acme"),
        (2, "Initech", "inTalksWith", "<->", "Globex"),
        (3, "Acme", "chairmanOf", "<-", "Jane Roe"),
    ]
    # Each entity once, at its shortest distance; a filter applies to every hop.
    assert rows(analysis.neighbors(view, "Acme", relation="partnersWith", depth=5)) == [
        (1, "Acme", "partnersWith", "<->", "Globex")]
    assert analysis.neighbors(view, "Hooli", depth=2) == []


def test_analysis_neighbors_super_property_and_inverse(view: GraphView) -> None:
    assert rows(analysis.neighbors(view, "Acme", relation="worksFor")) == [
        (1, "Acme", "worksFor", "<-", "Jane Roe")]
    assert rows(analysis.neighbors(view, "Initech", relation="customer-of")) == [
        (1, "Initech", "customerOf", "->", "Acme")]


def test_analysis_neighbors_negated_is_no_link(view: GraphView) -> None:
    assert analysis.neighbors(view, "Umbrella") == []
    assert analysis.neighbors(view, "Acme", relation="acquires") == []


def test_analysis_neighbors_errors(view: GraphView) -> None:
    with pytest.raises(QueryError, match="depth must be at least 1"):
        analysis.neighbors(view, "Acme", depth=0)
    with pytest.raises(QueryError, match="unknown relation 'friends'"):
        analysis.neighbors(view, "Acme", relation="friends")
    with pytest.raises(QueryError, match="did you mean: Acme"):
        analysis.neighbors(view, "Acmme")


# --- paths -----------------------------------------------------------------------------------


def steps(path: analysis.Path) -> list[list[tuple[str, str, str, str]]]:
    return [[(link.source.label, link.relation, link.direction, link.target.label) for link in step]
            for step in path.steps]


def test_analysis_paths_shortest_with_direction(view: GraphView) -> None:
    found = analysis.paths(view, "Jane Roe", "Ohio")
    assert len(found) == 1
    assert labels(found[0].entities) == ["Jane Roe", "Acme", "Initech", "Ohio"]
    assert steps(found[0]) == [
        [("Jane Roe", "chairmanOf", "->", "Acme")],
        [("Acme", "suppliesTo", "->", "Initech")],
        [("Initech", "locatedIn", "->", "Ohio")],
    ]
    back = analysis.paths(view, "Ohio", "Jane Roe")
    assert steps(back[0])[0] == [("Ohio", "locatedIn", "<-", "Initech")]


def test_analysis_paths_several_sorted_and_capped(view: GraphView) -> None:
    # Acme-Initech is one hop; Globex-Ohio? Globex-Initech-Ohio. Jane-Globex: Jane-Acme-Globex.
    square = FACTS + (fact(GLOBEX, "locatedIn", OHIO, "c", "Globex is in Ohio.", start=120),)
    found = analysis.paths(make_view(facts=square), "Acme", "Ohio")
    assert [labels(p.entities) for p in found] == [["Acme", "Globex", "Ohio"], ["Acme", "Initech", "Ohio"]]
    assert len(analysis.paths(make_view(facts=square), "Acme", "Ohio", max_paths=1)) == 1


def test_analysis_paths_step_with_several_relations() -> None:
    facts = (fact(ACME, "partnersWith", GLOBEX, "a", "s1."), fact(ACME, "competesWith", GLOBEX, "b", "s2."))
    (found,) = analysis.paths(make_view(facts=facts), "Globex", "Acme")
    assert steps(found) == [[("Globex", "competesWith", "<->", "Acme"), ("Globex", "partnersWith", "<->", "Acme")]]


def test_analysis_paths_none_and_errors(view: GraphView) -> None:
    assert analysis.paths(view, "Acme", "Hooli") == []
    assert analysis.paths(view, "Acme", "Umbrella") == []  # only a negated statement
    with pytest.raises(QueryError, match="same entity"):
        analysis.paths(view, "Acme", "acme corp")
    with pytest.raises(QueryError, match="max_paths"):
        analysis.paths(view, "Acme", "Globex", max_paths=0)


# --- explain and corroboration ---------------------------------------------------------------


def stated(answer: analysis.Explanation) -> list[tuple[str, str, str, str]]:
    return [(e.head.label, e.fact.predicate, e.tail.label, e.fact.provenance.document) for e in answer.statements]


def test_analysis_explain_direct(view: GraphView) -> None:
    answer = analysis.explain(view, "Globex", "in-talks-with", "Initech")
    assert (answer.head, answer.relation, answer.tail) == (GLOBEX, "inTalksWith", INITECH)
    (evidence,) = answer.statements
    assert evidence.sentence == "Globex is reportedly in talks with Initech."
    assert evidence.title == "Talks" and evidence.document.source == "c.txt" and evidence.document.date is None
    assert evidence.fact.qualifiers.status == "reported"
    assert answer.corroboration == analysis.Corroboration(("c",), None, None)


def test_analysis_explain_folds_symmetric(view: GraphView) -> None:
    answer = analysis.explain(view, "Acme", "partnersWith", "Globex")
    assert stated(answer) == [("Acme", "partnersWith", "Globex", "a"), ("Globex", "partnersWith", "Acme", "b")]
    assert stated(analysis.explain(view, "Globex", "partnersWith", "Acme")) == stated(answer)
    assert answer.corroboration.count == 2
    assert (answer.corroboration.first_seen, answer.corroboration.last_seen) == ("2024-03", "2025-01-15")


def test_analysis_explain_folds_inverse(view: GraphView) -> None:
    answer = analysis.explain(view, "Initech", "customerOf", "Acme")
    assert stated(answer) == [("Acme", "suppliesTo", "Initech", "b")]
    assert analysis.explain(view, "Acme", "customerOf", "Initech").statements == ()


def test_analysis_explain_sub_property_answers_super(view: GraphView) -> None:
    for relation in ("worksFor", "boardMemberOf", "chairmanOf"):
        assert stated(analysis.explain(view, "Roe", relation, "Acme")) == [("Jane Roe", "chairmanOf", "Acme", "a")]
    # ... but not the other way round.
    facts = (fact(JANE, "worksFor", ACME, "b", "Jane Roe works at Acme."),)
    assert analysis.explain(make_view(facts=facts), "Jane Roe", "chairmanOf", "Acme").statements == ()


def test_analysis_explain_negated_listed_not_corroborating(view: GraphView) -> None:
    answer = analysis.explain(view, "Acme", "acquires", "Umbrella")
    assert stated(answer) == [("Acme", "acquires", "Umbrella", "c")]
    assert answer.statements[0].fact.qualifiers.negated
    assert answer.corroboration.count == 0


def test_analysis_explain_nothing_says_how_they_are_linked(view: GraphView) -> None:
    answer = analysis.explain(view, "Globex", "competesWith", "Acme")
    assert answer.statements == ()
    assert answer.linked_by == ("partnersWith",)


def test_analysis_corroboration_documents_and_dates(view: GraphView) -> None:
    seen = analysis.corroboration(view)
    partners = analysis.Corroboration(("a", "b"), "2024-03", "2025-01-15")
    assert seen[(ACME.key, "partnersWith", GLOBEX.key)] == partners
    assert seen[(GLOBEX.key, "partnersWith", ACME.key)] == partners
    assert seen[(INITECH.key, "customerOf", ACME.key)] == analysis.Corroboration(("b",), "2025-01-15", "2025-01-15")
    assert seen[(JANE.key, "worksFor", ACME.key)].count == 1
    assert (ACME.key, "acquires", UMBRELLA.key) not in seen
    # An undated document counts as a source but not for first/last seen.
    assert seen[(GLOBEX.key, "inTalksWith", INITECH.key)] == analysis.Corroboration(("c",), None, None)


def test_analysis_corroboration_same_document_counts_once() -> None:
    facts = (fact(ACME, "partnersWith", GLOBEX, "a", "One."), fact(ACME, "partnersWith", GLOBEX, "a", "Two.", start=9),
             fact(ACME, "partnersWith", GLOBEX, "c", "Three."))
    seen = analysis.corroboration(make_view(facts=facts))[(ACME.key, "partnersWith", GLOBEX.key)]
    assert seen == analysis.Corroboration(("a", "c"), "2024-03", "2024-03")
    answer = analysis.explain(make_view(facts=facts), "Acme", "partnersWith", "Globex")
    assert [e.sentence for e in answer.statements] == ["One.", "Two.", "Three."]  # dated first, in order


def test_analysis_corroboration_in_explanation_output(view: GraphView) -> None:
    answer = analysis.explain(view, "Acme", "partnersWith", "Globex")
    text = analysis.format_explanation(answer)
    assert text.startswith("Acme partnersWith Globex\nstated in 2 documents, first seen 2024-03, last seen 2025-01-15\n")
    assert "sentence:   Acme partnered with Globex." in text
    assert "qualifiers: start 2024" in text
    table = analysis.explanation_rows(answer)
    assert table.columns[-3:] == ("documents", "first_seen", "last_seen")
    assert [row[-3:] for row in table.rows] == [("2", "2024-03", "2025-01-15")] * 2
    assert table.rows[1][4] == "b.txt"  # untitled: the document is named by its source


def test_analysis_qualifier_text(view: GraphView) -> None:
    assert analysis.qualifier_text(FACTS[3]) == "amount 1000000 USD"
    assert analysis.qualifier_text(FACTS[1]) == ""


# --- entities, stats, the networkx graph -----------------------------------------------------


def test_analysis_entities_all_and_by_type(view: GraphView) -> None:
    found = analysis.entities(view)
    assert [(s.entity.type, s.entity.label, s.facts) for s in found] == [
        ("Organization", "Acme", 3), ("Organization", "Globex", 2), ("Organization", "Hooli", 0),
        ("Organization", "Initech", 3), ("Organization", "Umbrella", 0),
        ("Person", "Jane Roe", 1), ("Place", "Ohio", 1)]
    people = analysis.entities(view, type="person")
    assert [s.entity for s in people] == [JANE]
    table = analysis.entity_rows(people)
    assert table.rows == (("Jane Roe", "Person", "1", "Roe", "", "surname of a person named in full"),)
    with pytest.raises(QueryError, match="unknown entity type 'Robot'; choose one of: Event, "):
        analysis.entities(view, type="Robot")


def test_analysis_stats_counts_and_ordering(view: GraphView) -> None:
    result = analysis.stats(view)
    assert (result.documents, result.entities, result.statements, result.facts) == (3, 7, 7, 5)
    assert result.classes == (("Organization", 5), ("Person", 1), ("Place", 1))
    assert result.relations == (("chairmanOf", 1), ("inTalksWith", 1), ("locatedIn", 1),
                                ("partnersWith", 1), ("suppliesTo", 1))
    # Acme and Initech tie on degree 3: by label.
    assert [(e.label, d) for e, d in result.by_degree] == [
        ("Acme", 3), ("Initech", 3), ("Globex", 2), ("Jane Roe", 1), ("Ohio", 1)]
    ranked = [e.label for e, _ in result.by_pagerank]
    assert set(ranked) == {e.label for e in ENTITIES}
    # Nothing points at Hooli, Jane Roe or Umbrella: they tie last, ordered by label.
    assert ranked[-3:] == ["Hooli", "Jane Roe", "Umbrella"]
    assert ranked.index("Ohio") < ranked.index("Jane Roe")
    scores = [score for _, score in result.by_pagerank]
    assert scores == sorted(scores, reverse=True) and abs(sum(scores) - 1) < 1e-6
    assert len(analysis.stats(view, top=2).by_degree) == 2
    table = analysis.stats_rows(analysis.stats(view, top=1))
    assert table.rows[:4] == (("total", "documents", "3"), ("total", "entities", "7"),
                              ("total", "statements", "7"), ("total", "facts", "5"))
    assert ("degree", "Acme", "3") in table.rows


def test_analysis_stats_empty_view() -> None:
    result = analysis.stats(GraphView((), (), {}))
    assert (result.documents, result.entities, result.facts, result.by_pagerank) == (0, 0, 0, ())


def test_analysis_pagerank_without_scipy_matches(monkeypatch: pytest.MonkeyPatch, view: GraphView) -> None:
    with_default = analysis.stats(view).by_pagerank

    def no_scipy(*args: object, **kwargs: object) -> None:
        raise ImportError("scipy")

    monkeypatch.setattr(nx, "pagerank", no_scipy)
    fallback = analysis.stats(view).by_pagerank
    assert [e for e, _ in fallback] == [e for e, _ in with_default]
    assert all(abs(a - b) < 1e-4 for (_, a), (_, b) in zip(fallback, with_default))


def test_analysis_relation_graph(view: GraphView) -> None:
    graph = analysis.relation_graph(view)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_nodes() == len(ENTITIES)
    assert graph.nodes[ACME.key]["label"] == "Acme" and graph.nodes[OHIO.key]["type"] == "Place"
    # The partnership stated both ways is one edge carrying both statements.
    (edge,) = [d for _, _, k, d in graph.edges(keys=True, data=True) if k == "partnersWith"]
    assert edge["documents"] == 2 and len(edge["facts"]) == 2
    assert (edge["first_seen"], edge["last_seen"]) == ("2024-03", "2025-01-15")
    assert not graph.has_edge(ACME.key, UMBRELLA.key)


def shuffled(seed: int) -> GraphView:
    rng = random.Random(seed)
    entities, facts, docs = list(ENTITIES), list(FACTS), list(DOCS.items())
    rng.shuffle(entities)
    rng.shuffle(facts)
    rng.shuffle(docs)
    return GraphView(tuple(entities), tuple(facts), {k: d.source for k, d in docs}, dict(docs))


@pytest.mark.parametrize("question", [
    lambda v: analysis.neighbor_rows(analysis.neighbors(v, "Ohio", depth=3), evidence=True),
    lambda v: analysis.path_rows(analysis.paths(v, "Jane Roe", "Globex"), evidence=True),
    lambda v: analysis.explanation_rows(analysis.explain(v, "Acme", "partnersWith", "Globex")),
    lambda v: analysis.entity_rows(analysis.entities(v)),
    lambda v: analysis.stats_rows(analysis.stats(v)),
    lambda v: sorted(analysis.corroboration(v).items()),
])
def test_analysis_deterministic_whatever_the_input_order(question: Callable[[GraphView], object]) -> None:
    answers = [question(shuffled(seed)) for seed in range(5)]
    assert all(answer == answers[0] for answer in answers)


def test_analysis_rows_evidence_columns(view: GraphView) -> None:
    found = analysis.neighbors(view, "Jane Roe")
    plain = analysis.neighbor_rows(found)
    assert plain.columns == ("depth", "from", "relation", "direction", "to", "type", "documents",
                             "first_seen", "last_seen")
    with_evidence = analysis.neighbor_rows(found, evidence=True)
    assert with_evidence.columns[-3:] == ("sentence", "document", "source")
    assert with_evidence.rows[0][-3:] == ("Jane Roe chairs Acme.", "Acme and Globex team up", "a.txt")
    paths = analysis.path_rows(analysis.paths(view, "Jane Roe", "Globex"), evidence=True)
    assert [row[:6] for row in paths.rows] == [("1", "1", "Jane Roe", "chairmanOf", "->", "Acme"),
                                               ("1", "2", "Acme", "partnersWith", "<->", "Globex")]
    assert paths.rows[1][-3:] == ("Acme partnered with Globex.", "Acme and Globex team up", "a.txt")
    assert "Acme partnered with Globex." in format_result(paths, "csv")


# --- a view loaded from a store: dates, merge reasons and same-as come back ------------------


def test_analysis_on_a_loaded_view(make_resolved: Callable[..., ResolvedDocument]) -> None:
    from kg.graph import document_quads

    store = Store()
    older = make_resolved(doc_id="old", date="2024-05-01", title="Old news")
    newer = make_resolved("Foxconn partners with Nvidia again. Jane Doe chairs Foxconn.", doc_id="new",
                          date="2025-02", title=None)
    merged = Entity("Organization/Foxconn", "Foxconn", "Organization", ("Hon Hai",),
                    ("http://www.wikidata.org/entity/Q463094",), ("gazetteer: Foxconn (Q463094)",))
    newer = ResolvedDocument(newer.article, (merged, *newer.entities[1:]), newer.facts)
    for resolved in (older, newer):
        store.extend(document_quads(resolved, base_iri="https://x.org/kg/"))
    view = load_view(store)
    assert sorted((d.source, d.title, d.date) for d in view.document_info.values()) == [
        ("new.txt", None, "2025-02"), ("old.txt", "Old news", "2024-05-01")]
    foxconn = analysis.resolve_name(view, "hon hai")
    assert foxconn.merge_reasons == ("gazetteer: Foxconn (Q463094)",)
    assert foxconn.same_as == ("http://www.wikidata.org/entity/Q463094",)
    answer = analysis.explain(view, "Nvidia", "partnersWith", "Foxconn")
    assert answer.corroboration.count == 2
    assert (answer.corroboration.first_seen, answer.corroboration.last_seen) == ("2024-05-01", "2025-02")
    assert [e.document.date for e in answer.statements] == ["2024-05-01", "2025-02"]
    assert [e.title for e in answer.statements] == ["Old news", "new.txt"]
