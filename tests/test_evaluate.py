"""Tests of the scoring stage on small hand-built gold documents and predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import (
    EvalReport,
    GoldDocument,
    GoldEntity,
    GoldRelation,
    MustNot,
    load_gold,
    normalize,
    score,
    super_properties,
    thresholds_met,
)
from kg.model import Article, Entity, Fact, Provenance, ResolvedDocument

SHARED_EVAL = Path(__file__).parents[2] / "shared" / "eval"

Names = dict[str, tuple[str, ...]]


def gold(
    *relations: tuple[str, str, str],
    doc_id: str = "d1",
    entities: Names | None = None,
    core: tuple[int, ...] = (),
    also_accept: dict[int, tuple[str, ...]] | None = None,
    must_not: tuple[tuple[str, str, str], ...] = (),
    dataset: str | None = None,
) -> GoldDocument:
    """A gold document; ``core`` and ``also_accept`` refer to relations by position."""
    also_accept = also_accept or {}
    return GoldDocument(
        id=doc_id,
        text="(text not needed by the scorer)",
        entities=tuple(
            GoldEntity(label, None, aliases) for label, aliases in (entities or {}).items()
        ),
        relations=tuple(
            GoldRelation(h, r, t, core=i in core, also_accept=also_accept.get(i, ()))
            for i, (h, r, t) in enumerate(relations)
        ),
        must_not=tuple(MustNot(h, r, t, why="not stated") for h, r, t in must_not),
        dataset=dataset,
    )


def predicted(*facts: tuple[str, str, str], doc_id: str = "d1",
              aliases: Names | None = None) -> ResolvedDocument:
    """A prediction: one entity per distinct label, keyed by its label, with optional aliases."""
    aliases = aliases or {}
    labels = list(dict.fromkeys(name for h, _, t in facts for name in (h, t)))
    labels += [name for name in aliases if name not in labels]
    entities = tuple(
        Entity(key=f"e{i}", label=label, type="Organization", aliases=aliases.get(label, ()))
        for i, label in enumerate(labels)
    )
    keys = {entity.label: entity.key for entity in entities}
    provenance = Provenance(doc_id, "s", 0, 0, 1, "test", 1.0)
    return ResolvedDocument(
        article=Article(id=doc_id, text="t", source="test"),
        entities=entities,
        facts=tuple(Fact(keys[h], r, keys[t], provenance) for h, r, t in facts),
    )


def run(gold_docs: GoldDocument | list[GoldDocument],
        *predictions: ResolvedDocument) -> EvalReport:
    docs = gold_docs if isinstance(gold_docs, list) else [gold_docs]
    return score(docs, {p.article.id: p for p in predictions})


def counts(report: EvalReport) -> tuple[int, int, int]:
    return report.tp, report.fp, report.fn


# ------------------------------------------------------------------ matching


def test_evaluate_exact_match() -> None:
    report = run(gold(("Acme", "acquires", "Widgetco"), ("Acme", "locatedIn", "Ohio")),
                 predicted(("Acme", "acquires", "Widgetco")))
    assert counts(report) == (1, 0, 1)
    assert report.precision == 1.0
    assert report.recall == 0.5
    assert report.f1 == pytest.approx(2 / 3)


def test_evaluate_wrong_relation_or_direction_is_a_miss() -> None:
    report = run(gold(("Acme", "acquires", "Widgetco")),
                 predicted(("Widgetco", "acquires", "Acme"), ("Acme", "divests", "Widgetco")))
    assert counts(report) == (0, 2, 1)


def test_evaluate_alias_on_the_gold_side() -> None:
    doc = gold(("Hon Hai", "partnersWith", "Nvidia"),
               entities={"Foxconn": ("Hon Hai", "Hon Hai Precision Industry")})
    report = run(doc, predicted(("Foxconn", "partnersWith", "Nvidia")))
    assert counts(report) == (1, 0, 0)


def test_evaluate_alias_on_the_predicted_side() -> None:
    report = run(gold(("Foxconn", "partnersWith", "Nvidia")),
                 predicted(("Hon Hai Precision Industry", "partnersWith", "NVIDIA Corp."),
                           aliases={"Hon Hai Precision Industry": ("Foxconn",),
                                    "NVIDIA Corp.": ("Nvidia",)}))
    assert counts(report) == (1, 0, 0)


def test_evaluate_alias_meets_alias() -> None:
    doc = gold(("Foxconn", "partnersWith", "Nvidia"), entities={"Foxconn": ("Hon Hai",)})
    report = run(doc, predicted(("Hon Hai Group", "partnersWith", "Nvidia"),
                                aliases={"Hon Hai Group": ("Hon Hai",)}))
    assert counts(report) == (1, 0, 0)


def test_evaluate_names_ignore_case_whitespace_and_curly_apostrophes() -> None:
    doc = gold(("Taiwan's government", "investsIn", "AI infrastructure"))
    report = run(doc, predicted(("TAIWAN\u2019S  Government", "investsIn", " ai\ninfrastructure")))
    assert counts(report) == (1, 0, 0)
    assert normalize("  O\u2019Brien \t Ltd ") == "o'brien ltd"


def test_evaluate_symmetric_relation_folds() -> None:
    report = run(gold(("Acme", "partnersWith", "Globex")),
                 predicted(("Globex", "partnersWith", "Acme")))
    assert counts(report) == (1, 0, 0)


def test_evaluate_inverse_relation_folds() -> None:
    report = run(gold(("Acme", "suppliesTo", "Globex"), ("Initech", "customerOf", "Hooli")),
                 predicted(("Globex", "customerOf", "Acme"), ("Hooli", "suppliesTo", "Initech")))
    assert counts(report) == (2, 0, 0)


def test_evaluate_inverse_does_not_flip_a_plain_relation() -> None:
    report = run(gold(("Acme", "subsidiaryOf", "Globex")),
                 predicted(("Globex", "subsidiaryOf", "Acme")))
    assert counts(report) == (0, 1, 1)


def test_evaluate_sub_property_answers_super_property() -> None:
    assert super_properties("chairmanOf") == {"chairmanOf", "boardMemberOf", "worksFor"}
    doc = gold(("Ann Lee", "worksFor", "Acme"), ("Bo Chen", "boardMemberOf", "Acme"),
               ("Cy Park", "suppliesTo", "Acme"))
    report = run(doc, predicted(("Ann Lee", "chairmanOf", "Acme"),
                                ("Bo Chen", "chairmanOf", "Acme"),
                                ("Acme", "customerOf", "Cy Park")))
    assert counts(report) == (3, 0, 0)


def test_evaluate_sub_property_through_an_inverse() -> None:
    # manufacturesFor is a sub-property of suppliesTo, whose inverse is customerOf.
    report = run(gold(("Globex", "customerOf", "Acme")),
                 predicted(("Acme", "manufacturesFor", "Globex")))
    assert counts(report) == (1, 0, 0)


def test_evaluate_super_property_does_not_answer_sub_property() -> None:
    report = run(gold(("Ann Lee", "chairmanOf", "Acme")),
                 predicted(("Ann Lee", "worksFor", "Acme")))
    assert counts(report) == (0, 1, 1)


def test_evaluate_also_accept_adds_relation_names() -> None:
    doc = gold(("Ann Lee", "worksFor", "Acme"), ("Bo Chen", "worksFor", "Acme"),
               also_accept={0: ("founderOf",)})
    report = run(doc, predicted(("Ann Lee", "founderOf", "Acme"),
                                ("Bo Chen", "founderOf", "Acme")))
    # founderOf is not a sub-property of worksFor: only the first relation accepts it.
    assert counts(report) == (1, 1, 1)


# ------------------------------------------------------------------ restriction


def test_evaluate_benchmark_ignores_relations_the_dataset_does_not_annotate() -> None:
    docs = [
        gold(("Ann Lee", "worksFor", "Acme"), doc_id="b1", dataset="bench",
             also_accept={0: ("ceoOf",)}),
        gold(("Acme", "locatedIn", "Ohio"), doc_id="b2", dataset="bench"),
        gold(doc_id="b3", dataset="bench"),
    ]
    report = run(
        docs,
        predicted(("Ann Lee", "ceoOf", "Acme"), ("Acme", "partnersWith", "Globex"), doc_id="b1"),
        # locatedIn is annotated in b2 only, but the scope is the whole dataset.
        predicted(("Globex", "locatedIn", "Utah"), ("Acme", "sues", "Globex"), doc_id="b3"),
        # boardMemberOf is not annotated, but its super-property worksFor is: it counts.
        predicted(("Bo Chen", "boardMemberOf", "Acme"), doc_id="b2"),
    )
    assert counts(report) == (1, 2, 1)
    assert report.ignored == 2
    assert {t.relation for t in report.false_positives} == {"locatedIn", "boardMemberOf"}


def test_evaluate_scope_is_per_dataset() -> None:
    docs = [gold(("Acme", "locatedIn", "Ohio"), doc_id="a", dataset="one"),
            gold(("Ann Lee", "livesIn", "Ohio"), doc_id="b", dataset="two")]
    report = run(docs, predicted(("Ann Lee", "livesIn", "Ohio"), doc_id="a"))
    assert counts(report) == (0, 0, 2)
    assert report.ignored == 1


def test_evaluate_seed_gold_is_unrestricted() -> None:
    report = run(gold(("Ann Lee", "worksFor", "Acme")),
                 predicted(("Ann Lee", "worksFor", "Acme"), ("Acme", "sues", "Globex")))
    assert counts(report) == (1, 1, 0)
    assert report.ignored == 0


# ------------------------------------------------------------------ dedupe


def test_evaluate_dedupes_predictions_after_folding() -> None:
    report = run(
        gold(("Acme", "partnersWith", "Globex"), ("Acme", "suppliesTo", "Initech")),
        predicted(("Acme", "partnersWith", "Globex"), ("Globex", "partnersWith", "Acme"),
                  ("Acme", "suppliesTo", "Initech"), ("Initech", "customerOf", "Acme"),
                  ("Acme", "suppliesTo", "Initech")),
    )
    assert counts(report) == (2, 0, 0)


def test_evaluate_dedupes_predictions_by_text_not_by_key() -> None:
    provenance = Provenance("d1", "s", 0, 0, 1, "test", 1.0)
    prediction = ResolvedDocument(
        article=Article(id="d1", text="t", source="test"),
        entities=(Entity("k1", "Acme", "Organization"), Entity("k2", "ACME", "Organization"),
                  Entity("k3", "Ohio", "Place")),
        facts=(Fact("k1", "locatedIn", "k3", provenance),
               Fact("k2", "locatedIn", "k3", provenance)),
    )
    assert counts(run(gold(("Acme", "locatedIn", "Ohio")), prediction)) == (1, 0, 0)


def test_evaluate_dedupes_gold_triples() -> None:
    doc = gold(("Acme", "locatedIn", "Ohio"), ("ACME", "locatedIn", "ohio"),
               ("Acme", "suppliesTo", "Globex"), ("Globex", "customerOf", "Acme"),
               ("Hon Hai", "partnersWith", "Nvidia"), ("Foxconn", "partnersWith", "Nvidia"),
               entities={"Foxconn": ("Hon Hai",)})
    report = run(doc, predicted())
    assert counts(report) == (0, 0, 3)


def test_evaluate_prediction_matching_several_gold_counts_once() -> None:
    # Two gold surface forms the prediction's aliases both cover; one prediction, one tp.
    doc = gold(("Reagan", "livesIn", "California"), ("President Reagan", "livesIn", "California"))
    report = run(doc, predicted(("Ronald Reagan", "livesIn", "California"),
                                aliases={"Ronald Reagan": ("Reagan", "President Reagan")}))
    assert counts(report) == (1, 0, 1)


def test_evaluate_pairing_prefers_the_exact_relation() -> None:
    doc = gold(("Ann Lee", "worksFor", "Acme"), ("Ann Lee", "chairmanOf", "Acme"))
    report = run(doc, predicted(("Ann Lee", "chairmanOf", "Acme")))
    assert counts(report) == (1, 0, 1)
    assert report.relation("chairmanOf").tp == 1
    assert report.relation("worksFor").fn == 1


def test_evaluate_pairing_is_maximal() -> None:
    # A greedy pairing could give chairmanOf the worksFor gold and leave nothing for worksFor.
    doc = gold(("Ann Lee", "chairmanOf", "Acme"), ("Ann Lee", "worksFor", "Acme"))
    report = run(doc, predicted(("Ann Lee", "chairmanOf", "Acme"), ("Ann Lee", "worksFor", "Acme")))
    assert counts(report) == (2, 0, 0)


# ------------------------------------------------------------------ must_not, core, per relation


def test_evaluate_must_not_violations() -> None:
    doc = gold(("Foxconn", "inTalksWith", "OpenAI"),
               entities={"Foxconn": ("Hon Hai",)},
               must_not=(("Foxconn", "partnersWith", "OpenAI"),
                         ("Microsoft", "competesWith", "Foxconn"),
                         ("Ann Lee", "worksFor", "Foxconn")))
    report = run(doc, predicted(("OpenAI", "partnersWith", "Hon Hai"),
                                ("Ann Lee", "ceoOf", "Foxconn"),
                                ("Foxconn", "inTalksWith", "OpenAI")))
    assert len(report.must_not_violations) == 2
    hit = {v.rule.relation: v for v in report.must_not_violations}
    assert hit["partnersWith"].predicted.head == "OpenAI"
    assert hit["partnersWith"].why == "not stated"
    assert hit["worksFor"].predicted.relation == "ceoOf"
    assert "must_not violations: 2" in report.format_table()


def test_evaluate_core_recall() -> None:
    doc = gold(("Acme", "acquires", "Widgetco"), ("Acme", "locatedIn", "Ohio"),
               ("Acme", "sues", "Globex"), core=(0, 1))
    report = run(doc, predicted(("Acme", "acquires", "Widgetco"), ("Acme", "sues", "Globex")))
    assert (report.core_tp, report.core_total) == (1, 2)
    assert report.core_recall == 0.5
    assert run(gold(("Acme", "sues", "Globex")), predicted()).core_recall is None


def test_evaluate_per_relation_numbers() -> None:
    doc = gold(("Ann Lee", "worksFor", "Acme"), ("Bo Chen", "worksFor", "Acme"),
               ("Acme", "locatedIn", "Ohio"))
    report = run(doc, predicted(("Ann Lee", "ceoOf", "Acme"), ("Cy Park", "ceoOf", "Acme"),
                                ("Acme", "locatedIn", "Ohio"), ("Acme", "locatedIn", "Utah")))
    assert counts(report) == (2, 2, 1)
    works = report.relation("worksFor")
    assert (works.tp, works.fp, works.fn) == (1, 0, 1)  # tp and fn under the gold name
    ceo = report.relation("ceoOf")
    assert (ceo.tp, ceo.fp, ceo.fn) == (0, 1, 0)  # fp under the predicted name
    located = report.relation("locatedIn")
    assert (located.tp, located.fp, located.fn) == (1, 1, 0)
    assert located.precision == 0.5 and located.recall == 1.0
    assert [row.relation for row in report.per_relation] == ["ceoOf", "locatedIn", "worksFor"]
    assert report.true_positives[0].predicted.relation == "ceoOf"


def test_evaluate_missing_and_unknown_predictions() -> None:
    docs = [gold(("Acme", "sues", "Globex"), doc_id="a"),
            gold(("Acme", "sues", "Hooli"), doc_id="b")]
    report = run(docs, predicted(("Acme", "sues", "Globex"), doc_id="a"),
                 predicted(("Acme", "sues", "Hooli"), doc_id="zzz"))
    assert counts(report) == (1, 0, 1)
    assert report.unknown_documents == ("zzz",)
    assert report.false_negatives[0].document == "b"


def test_evaluate_fact_with_unknown_entity_key() -> None:
    prediction = predicted(("Acme", "sues", "Globex"))
    broken = ResolvedDocument(prediction.article, prediction.entities[:1], prediction.facts)
    with pytest.raises(InputError, match="unknown entity"):
        score([gold(("Acme", "sues", "Globex"))], {"d1": broken})


def test_evaluate_report_outputs() -> None:
    doc = gold(("Acme", "acquires", "Widgetco"), ("Acme", "locatedIn", "Ohio"), core=(0,))
    report = run(doc, predicted(("Acme", "acquires", "Widgetco"), ("Acme", "sues", "Globex")))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["overall"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5,
                               "f1": 0.5}
    assert data["per_relation"]["sues"]["fp"] == 1
    assert data["core"] == {"tp": 1, "total": 1, "recall": 1.0}
    assert data["false_negatives"] == [
        {"document": "d1", "head": "Acme", "relation": "locatedIn", "tail": "Ohio"}]
    table = report.format_table().splitlines()
    assert table[0].split() == ["relation", "tp", "fp", "fn", "P", "R", "F1"]
    assert table[2].split() == ["overall", "1", "1", "1", "0.500", "0.500", "0.500"]
    assert ["acquires", "1", "0", "0", "1.000", "1.000", "1.000"] in [r.split() for r in table]
    assert "core recall: 1.000 (1/1)" in table
    assert "must_not violations: 0" in table


# ------------------------------------------------------------------ thresholds


def test_evaluate_thresholds_met() -> None:
    doc = gold(("Acme", "acquires", "Widgetco"), ("Acme", "locatedIn", "Ohio"),
               core=(0,), must_not=(("Acme", "sues", "Globex"),))
    report = run(doc, predicted(("Acme", "acquires", "Widgetco"), ("Acme", "sues", "Globex")))
    # P = 0.5, R = 0.5, F1 = 0.5, core recall = 1.0, one violation
    assert thresholds_met(report, {"precision": 0.5, "recall": 0.5, "f1": 0.5,
                                   "core_recall": 1.0, "must_not": 1}) == []
    assert thresholds_met(report, {"precision": 0.6, "recall": 0.4, "f1": 0.51,
                                   "core_recall": 0.9, "must_not": 0}) == [
        "precision", "f1", "must_not"]
    no_core = run(gold(("Acme", "sues", "Globex")), predicted(("Acme", "sues", "Globex")))
    assert thresholds_met(no_core, {"core_recall": 0.9}) == []
    with pytest.raises(InputError, match="unknown threshold 'accuracy'"):
        thresholds_met(report, {"accuracy": 0.5})


def test_evaluate_thresholds_tolerate_float_rounding() -> None:
    docs = gold(*[("Acme", "sues", f"Co{i}") for i in range(10)])
    report = run(docs, predicted(*[("Acme", "sues", f"Co{i}") for i in range(7)]))
    assert thresholds_met(report, {"recall": 0.7}) == []


# ------------------------------------------------------------------ load_gold


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_reads_both_formats(tmp_path: Path) -> None:
    seed = {"id": "s1", "text": "Acme, also called Acme Corp, bought Widgetco.",
            "entities": [{"label": "Acme", "type": "Organization", "aliases": ["Acme Corp"]},
                         {"label": "Widgetco", "type": "Organization", "aliases": []}],
            "relations": [{"head": "Acme", "relation": "acquires", "tail": "Widgetco",
                           "core": True, "qualifiers": {"pointInTime": "2024"},
                           "evidence": "Acme bought Widgetco."}],
            "must_not": [{"head": "Acme", "relation": "mergesWith", "tail": "Widgetco",
                          "why": "a purchase"}]}
    bench = {"id": "b1", "dataset": "bench", "split": "dev", "text": "Ann Lee works at Acme.",
             "entities": [{"text": "Ann Lee", "type": "Person", "start": 0, "end": 7},
                          {"text": "Acme", "type": "Organization", "start": 17, "end": 21}],
             "relations": [{"head": "Ann Lee", "relation": "worksFor", "tail": "Acme",
                            "also_accept": ["ceoOf"], "head_span": [0, 7]}]}
    docs = load_gold(write(tmp_path, json.dumps(seed), "", json.dumps(bench)))
    assert [d.id for d in docs] == ["s1", "b1"]
    first, second = docs
    assert first.dataset is None
    assert first.entities[0] == GoldEntity("Acme", "Organization", ("Acme Corp",))
    assert first.relations[0].core and first.relations[0].qualifiers == (("pointInTime", "2024"),)
    assert first.must_not == (MustNot("Acme", "mergesWith", "Widgetco", "a purchase"),)
    assert second.dataset == "bench" and second.split == "dev"
    assert second.entities[0] == GoldEntity("Ann Lee", "Person", ())
    assert second.relations[0].also_accept == ("ceoOf",)
    assert not second.relations[0].core


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "nope.jsonl")


def test_load_gold_bad_json_names_the_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": "x", "relations": []})
    path = write(tmp_path, good, "", "{not json")
    with pytest.raises(InputError, match=r"gold\.jsonl:3: not valid JSON") as info:
        load_gold(path)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a", "relations": []}, "needs a string field 'text'"),
        ({"id": "a", "text": "x"}, "needs a list field 'relations'"),
        ({"text": "x", "relations": []}, "needs a field 'id'"),
        (["not", "an", "object"], "must be a JSON object"),
        ({"id": "a", "text": "x", "relations": [{"head": "A", "relation": "owns", "tail": "B"}]},
         "unknown relation 'owns'"),
        ({"id": "a", "text": "x", "relations": [{"head": "A", "relation": "worksFor"}]},
         "needs a string field 'tail'"),
        ({"id": "a", "text": "x", "relations": [
            {"head": "A", "relation": "worksFor", "tail": "B", "also_accept": ["bossOf"]}]},
         "unknown relation 'bossOf' in 'also_accept'"),
        ({"id": "a", "text": "x", "relations": [], "entities": [{"type": "Person"}]},
         "needs a string 'label' or 'text'"),
    ],
)
def test_load_gold_bad_records(tmp_path: Path, record: object, message: str) -> None:
    with pytest.raises(InputError, match=r"gold\.jsonl:1: .*" + message.replace("(", r"\(")):
        load_gold(write(tmp_path, json.dumps(record)))


def test_load_gold_rejects_empty_file_and_duplicate_ids(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no gold records"):
        load_gold(write(tmp_path, ""))
    record = json.dumps({"id": "a", "text": "x", "relations": []})
    with pytest.raises(InputError, match=r":2: duplicate document id 'a'"):
        load_gold(write(tmp_path, record, record))


# ------------------------------------------------------------------ the real gold files


def prediction_from_gold(document: GoldDocument) -> ResolvedDocument:
    """Turn gold entities and relations into a prediction, as a perfect extractor would."""
    entities: list[Entity] = []
    keys: dict[str, str] = {}
    for entity in document.entities:
        key = f"e{len(entities)}"
        entities.append(Entity(key, entity.label, entity.type or "Other", entity.aliases))
        for name in (entity.label, *entity.aliases):
            keys.setdefault(normalize(name), key)
    facts = []
    for relation in document.relations:
        for name in (relation.head, relation.tail):
            if normalize(name) not in keys:
                keys[normalize(name)] = f"e{len(entities)}"
                entities.append(Entity(keys[normalize(name)], name, "Other"))
        provenance = Provenance(document.id, "", 0, 0, 0, "gold", 1.0)
        facts.append(Fact(keys[normalize(relation.head)], relation.relation,
                          keys[normalize(relation.tail)], provenance))
    return ResolvedDocument(
        article=Article(id=document.id, text=document.text, source="gold"),
        entities=tuple(entities),
        facts=tuple(facts),
    )


@pytest.mark.parametrize("name", ["seed-gold.jsonl", "conll04-dev.jsonl"])
def test_evaluate_real_gold_scores_itself_perfectly(name: str) -> None:
    path = SHARED_EVAL / name
    if not path.is_file():
        pytest.skip(f"{path} not available")
    docs = load_gold(path)
    assert docs and all(d.text for d in docs)
    report = score(docs, {d.id: prediction_from_gold(d) for d in docs})
    assert report.tp > 0
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.must_not_violations == ()
    assert report.ignored == 0
    if name == "seed-gold.jsonl":
        assert docs[0].dataset is None and docs[0].must_not
        assert report.core_recall == 1.0
    else:
        assert {d.dataset for d in docs} == {"conll04"}
        assert report.core_recall is None


def test_evaluate_name_variants_drop_parenthetical_honorific_and_legal_form():
    from kg.evaluate import name_variants

    assert "cme group" in name_variants("CME Group Inc. (CME Group)")
    assert "lathrop" in name_variants("Mr. Lathrop")
    assert "sanofi" in name_variants("Sanofi SA")
    assert "wells fargo bank" in name_variants("Wells Fargo Bank")
    assert "wells fargo" not in name_variants("Wells Fargo Bank")
    assert "us" in name_variants("US-based")
    assert "based" not in name_variants("US-based")


def test_evaluate_negated_fact_is_no_prediction() -> None:
    from dataclasses import replace

    from kg.model import Qualifiers

    prediction = predicted(("Acme", "acquires", "Widgetco"), ("Acme", "partnersWith", "Globex"))
    negated = replace(prediction.facts[0], qualifiers=Qualifiers(negated=True))
    prediction = replace(prediction, facts=(negated, prediction.facts[1]))
    report = run(gold(("Acme", "partnersWith", "Globex"), must_not=(("Acme", "acquires", "Widgetco"),)), prediction)
    assert counts(report) == (1, 0, 0)
    assert not report.must_not_violations


def test_evaluate_second_reading_of_a_matched_pair_is_redundant() -> None:
    # "Acme's chairman and chief executive": two readings, one annotated worksFor.
    doc = gold(("Ann Lee", "worksFor", "Acme"), ("Bo Chen", "worksFor", "Acme"))
    report = run(doc, predicted(("Ann Lee", "chairmanOf", "Acme"), ("Ann Lee", "ceoOf", "Acme"),
                                ("Bo Chen", "worksFor", "Globex")))
    assert counts(report) == (1, 1, 1)
    assert report.redundant == 1
    assert report.to_dict()["redundant_predictions"] == 1
    assert "redundant predictions" in report.format_table()


def test_evaluate_reading_a_pair_no_gold_accepts_is_still_wrong() -> None:
    doc = gold(("Ann Lee", "chairmanOf", "Acme"))
    report = run(doc, predicted(("Ann Lee", "chairmanOf", "Acme"), ("Ann Lee", "worksFor", "Acme"),
                                ("Ann Lee", "founderOf", "Acme")))
    assert counts(report) == (1, 2, 0)
    assert report.redundant == 0


def test_evaluate_benchmark_ignores_a_relation_between_parts_of_one_gold_entity() -> None:
    doc = gold(("Emily Dickinson", "livesIn", "Amherst, Mass."), dataset="conll04",
               entities={"Emily Dickinson": (), "Amherst, Mass.": (), "Boston": ()})
    other = gold(("Acme", "locatedIn", "Ohio"), doc_id="d2", dataset="conll04")
    report = run([doc, other],
                 predicted(("Emily Dickinson", "livesIn", "Amherst"),
                           ("Amherst", "locatedIn", "Mass."),
                           ("Acme", "locatedIn", "Mass."),
                           ("Boston", "locatedIn", "Amherst, Mass."),
                           aliases={"Amherst": ("Amherst, Mass.",)}),
                 predicted(("Acme", "locatedIn", "Ohio"), doc_id="d2"))
    # The gold could state neither "Amherst locatedIn Mass." nor deny it; the others count.
    assert counts(report) == (2, 2, 0)
    assert report.ignored == 1


def test_evaluate_seed_gold_does_not_ignore_parts_of_an_entity() -> None:
    doc = gold(("Emily Dickinson", "livesIn", "Amherst, Mass."),
               entities={"Emily Dickinson": (), "Amherst, Mass.": ()})
    report = run(doc, predicted(("Amherst", "locatedIn", "Mass.")))
    assert counts(report) == (0, 1, 1)
