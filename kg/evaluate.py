"""Score predicted facts against gold relations: micro precision, recall and F1.

The scorer knows nothing about how predictions are made. It reads gold records
(``load_gold``) and compares them with ``ResolvedDocument`` records keyed by gold document id
(``score``). Two gold formats are read, one JSON object a line:

* the hand-written seed gold: ``entities`` as ``{label, type, aliases}``, relations with
  ``core``, and a ``must_not`` list of triples the article does *not* state;
* the converted benchmarks (CoNLL04, FIRE): a ``dataset`` field, ``entities`` as
  ``{text, type, ...}``, relations with an optional ``also_accept`` list.

Matching, per document:

* Triples are distinct (head, relation, tail): names are compared case-insensitively, with
  whitespace collapsed and curly quotes made straight.
* A name matches through labels and aliases on both sides: a predicted entity answers a gold
  head (or tail) when one of its label/aliases equals the gold string or the label/aliases of
  the gold entity that string names.
* Symmetric relations match either way round; ``A suppliesTo B`` answers ``B customerOf A``.
* A sub-property answers its super-properties (transitively: ``chairmanOf`` answers
  ``boardMemberOf`` and ``worksFor``), never the reverse. ``also_accept`` adds names.
* Predictions and gold are de-duplicated after this folding, then paired one to one
  (maximum bipartite matching), so a prediction that answers several gold triples counts
  once and tp, fp and fn add up.
* A second reading of a pair already matched ("International Paper's chairman and chief
  executive" gives ``chairmanOf`` and ``ceoOf``; the gold says ``worksFor``) answers the
  same gold triple: it is no false positive, and it is not counted again (``redundant``).
* A negated fact ("called off its acquisition of X") is no prediction of the relation: the
  graph writes no direct triple for it either (docs/model.md).
* For a benchmark (records with ``dataset``) only predictions whose relation, or one of its
  super-properties or its inverse, is annotated somewhere in that dataset's gold count; the
  others are ignored, not false positives. The seed gold (no ``dataset``) is unrestricted.
* For a benchmark, a prediction that relates two parts of one gold entity, one of them no
  gold entity of its own ("Amherst locatedIn Mass." where the gold tags "Amherst, Mass." as
  one place), is ignored too: the gold cannot state it either way.

Per-relation rows count true positives and false negatives under the gold relation name as
written, and false positives under the predicted relation name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Entity, ResolvedDocument
from kg.vocab import RELATIONS, ancestors

__all__ = [
    "EvalReport",
    "Counts",
    "GoldDocument",
    "GoldEntity",
    "GoldRelation",
    "Match",
    "MustNot",
    "MustNotViolation",
    "RelationScore",
    "THRESHOLD_KEYS",
    "Triple",
    "load_gold",
    "normalize",
    "score",
    "super_properties",
    "thresholds_met",
]

THRESHOLD_KEYS = ("precision", "recall", "f1", "core_recall", "must_not")
_EPSILON = 1e-9


# --------------------------------------------------------------------------- gold records


@dataclass(frozen=True)
class GoldEntity:
    """A named thing in the gold: its label, its type and other names it goes by."""

    label: str
    type: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldRelation:
    """One gold triple, with the relation names a scorer also accepts for it."""

    head: str
    relation: str
    tail: str
    core: bool = False
    also_accept: tuple[str, ...] = ()
    qualifiers: tuple[tuple[str, str], ...] = ()
    evidence: str | None = None


@dataclass(frozen=True)
class MustNot:
    """A triple the document does not state: predicting it is a violation."""

    head: str
    relation: str
    tail: str
    why: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    """One gold record: the text, its entities, its relations and its forbidden triples."""

    id: str
    text: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    must_not: tuple[MustNot, ...] = ()
    dataset: str | None = None
    split: str | None = None


def load_gold(path: Path) -> list[GoldDocument]:
    """Read gold records from a JSON Lines file; a bad file or record raises ``InputError``."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as e:
        raise InputError(f"{path}: no such gold file") from e
    except IsADirectoryError as e:
        raise InputError(f"{path}: is a directory, expected a JSON Lines gold file") from e
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text") from e
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from e
    documents: list[GoldDocument] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not valid JSON ({e.msg})") from e
        document = _gold_document(record, where)
        if document.id in seen:
            raise InputError(f"{where}: duplicate document id {document.id!r}")
        seen.add(document.id)
        documents.append(document)
    if not documents:
        raise InputError(f"{path}: no gold records")
    return documents


def _gold_document(record: object, where: str) -> GoldDocument:
    if not isinstance(record, dict):
        raise InputError(f"{where}: a gold record must be a JSON object")
    doc_id = record.get("id")
    if not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        raise InputError(f"{where}: a gold record needs a field 'id'")
    if not isinstance(record.get("text"), str):
        raise InputError(f"{where}: a gold record needs a string field 'text'")
    if not isinstance(record.get("relations"), list):
        raise InputError(f"{where}: a gold record needs a list field 'relations'")
    entities = record.get("entities", [])
    must_not = record.get("must_not", [])
    if not isinstance(entities, list):
        raise InputError(f"{where}: field 'entities' must be a list")
    if not isinstance(must_not, list):
        raise InputError(f"{where}: field 'must_not' must be a list")
    dataset = record.get("dataset")
    split = record.get("split")
    return GoldDocument(
        id=str(doc_id).strip(),
        text=record["text"],
        entities=tuple(_gold_entity(item, where) for item in entities),
        relations=tuple(_gold_relation(item, where) for item in record["relations"]),
        must_not=tuple(_must_not(item, where) for item in must_not),
        dataset=str(dataset) if dataset is not None else None,
        split=str(split) if split is not None else None,
    )


def _gold_entity(item: object, where: str) -> GoldEntity:
    if not isinstance(item, dict):
        raise InputError(f"{where}: an entity must be a JSON object")
    label = item.get("label", item.get("text"))
    if not isinstance(label, str) or not label.strip():
        raise InputError(f"{where}: an entity needs a string 'label' or 'text'")
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise InputError(f"{where}: entity {label!r}: 'aliases' must be a list of strings")
    kind = item.get("type")
    return GoldEntity(label=label, type=str(kind) if kind is not None else None,
                      aliases=tuple(aliases))


def _triple_fields(item: dict[str, Any], where: str, what: str) -> tuple[str, str, str]:
    values = []
    for key in ("head", "relation", "tail"):
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"{where}: a {what} needs a string field {key!r}")
        values.append(value)
    head, relation, tail = values
    if relation not in RELATIONS:
        raise InputError(f"{where}: unknown relation {relation!r} in a {what}")
    return head, relation, tail


def _gold_relation(item: object, where: str) -> GoldRelation:
    if not isinstance(item, dict):
        raise InputError(f"{where}: a relation must be a JSON object")
    head, relation, tail = _triple_fields(item, where, "relation")
    also = item.get("also_accept", [])
    if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
        raise InputError(f"{where}: 'also_accept' must be a list of relation names")
    for name in also:
        if name not in RELATIONS:
            raise InputError(f"{where}: unknown relation {name!r} in 'also_accept'")
    qualifiers = item.get("qualifiers") or {}
    if not isinstance(qualifiers, dict):
        raise InputError(f"{where}: 'qualifiers' must be a JSON object")
    evidence = item.get("evidence")
    return GoldRelation(
        head=head,
        relation=relation,
        tail=tail,
        core=bool(item.get("core", False)),
        also_accept=tuple(also),
        qualifiers=tuple(sorted((str(k), str(v)) for k, v in qualifiers.items())),
        evidence=evidence if isinstance(evidence, str) else None,
    )


def _must_not(item: object, where: str) -> MustNot:
    if not isinstance(item, dict):
        raise InputError(f"{where}: a must_not triple must be a JSON object")
    head, relation, tail = _triple_fields(item, where, "must_not triple")
    why = item.get("why")
    return MustNot(head=head, relation=relation, tail=tail,
                   why=why if isinstance(why, str) else None)


# --------------------------------------------------------------------------- report


@dataclass(frozen=True)
class Triple:
    """A (head, relation, tail) of one document, as written in the gold or the prediction."""

    document: str
    head: str
    relation: str
    tail: str

    def to_dict(self) -> dict[str, str]:
        return {"document": self.document, "head": self.head, "relation": self.relation,
                "tail": self.tail}


@dataclass(frozen=True)
class Match:
    """A gold triple and the prediction paired with it."""

    gold: Triple
    predicted: Triple

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold.to_dict(), "predicted": self.predicted.to_dict()}


@dataclass(frozen=True)
class MustNotViolation:
    """A prediction that states a triple the gold says the document does not state."""

    rule: Triple
    predicted: Triple
    why: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"must_not": self.rule.to_dict(), "predicted": self.predicted.to_dict(),
                "why": self.why}


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with P, R and F1.

    A ratio whose denominator is zero is 0.0 (nothing predicted means precision 0).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class RelationScore(Counts):
    """Counts of one relation: tp and fn by gold name, fp by predicted name."""

    relation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"relation": self.relation, **super().to_dict()}


@dataclass(frozen=True)
class EvalReport:
    """Everything ``score`` found: overall and per-relation counts, core recall, violations."""

    overall: Counts
    per_relation: tuple[RelationScore, ...]
    core_tp: int
    core_total: int
    must_not_violations: tuple[MustNotViolation, ...]
    true_positives: tuple[Match, ...]
    false_positives: tuple[Triple, ...]
    false_negatives: tuple[Triple, ...]
    documents: int
    ignored: int = 0
    redundant: int = 0
    unknown_documents: tuple[str, ...] = ()

    @property
    def tp(self) -> int:
        return self.overall.tp

    @property
    def fp(self) -> int:
        return self.overall.fp

    @property
    def fn(self) -> int:
        return self.overall.fn

    @property
    def precision(self) -> float:
        return self.overall.precision

    @property
    def recall(self) -> float:
        return self.overall.recall

    @property
    def f1(self) -> float:
        return self.overall.f1

    @property
    def core_recall(self) -> float | None:
        """Recall over gold relations marked ``core``; ``None`` when the gold marks none."""
        return self.core_tp / self.core_total if self.core_total else None

    def relation(self, name: str) -> RelationScore:
        """The row of one relation (all zeros when the relation never occurred)."""
        for row in self.per_relation:
            if row.relation == name:
                return row
        return RelationScore(relation=name)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary, lists included."""
        return {
            "documents": self.documents,
            "overall": self.overall.to_dict(),
            "per_relation": {row.relation: row.to_dict() for row in self.per_relation},
            "core": {"tp": self.core_tp, "total": self.core_total, "recall": self.core_recall},
            "must_not_violations": [v.to_dict() for v in self.must_not_violations],
            "ignored_predictions": self.ignored,
            "redundant_predictions": self.redundant,
            "unknown_documents": list(self.unknown_documents),
            "true_positives": [m.to_dict() for m in self.true_positives],
            "false_positives": [t.to_dict() for t in self.false_positives],
            "false_negatives": [t.to_dict() for t in self.false_negatives],
        }

    def format_table(self) -> str:
        """A plain-text table: overall row, one row per relation, core recall, must_not."""
        rows = [("overall", self.overall), *((row.relation, row) for row in self.per_relation)]
        width = max(len("relation"), *(len(name) for name, _ in rows))
        header = (f"{'relation':<{width}}  {'tp':>5} {'fp':>5} {'fn':>5}  "
                  f"{'P':>6} {'R':>6} {'F1':>6}")
        lines = [header, "-" * len(header)]
        for index, (name, counts) in enumerate(rows):
            lines.append(
                f"{name:<{width}}  {counts.tp:>5} {counts.fp:>5} {counts.fn:>5}  "
                f"{counts.precision:>6.3f} {counts.recall:>6.3f} {counts.f1:>6.3f}"
            )
            if index == 0 and len(rows) > 1:
                lines.append("-" * len(header))
        lines.append("")
        if self.core_recall is None:
            lines.append("core recall: n/a (no core relations in the gold)")
        else:
            lines.append(f"core recall: {self.core_recall:.3f} ({self.core_tp}/{self.core_total})")
        lines.append(f"must_not violations: {len(self.must_not_violations)}")
        for v in self.must_not_violations:
            p = v.predicted
            lines.append(f"  {p.document}: {p.head} {p.relation} {p.tail}"
                         + (f" ({v.why})" if v.why else ""))
        if self.ignored:
            lines.append(f"ignored predictions (relations the benchmark does not annotate): "
                         f"{self.ignored}")
        if self.redundant:
            lines.append(f"redundant predictions (second readings of a matched pair): {self.redundant}")
        return "\n".join(lines)


def thresholds_met(report: EvalReport, thresholds: Mapping[str, float]) -> list[str]:
    """The names of the thresholds the report fails; an empty list means all are met.

    ``precision``, ``recall``, ``f1`` and ``core_recall`` are minimums (``core_recall`` is
    not checked when the gold marks no relation as core); ``must_not`` is the largest
    number of must_not violations allowed. Unknown names raise ``InputError``.
    """
    failed: list[str] = []
    for name, limit in thresholds.items():
        if name not in THRESHOLD_KEYS:
            raise InputError(
                f"unknown threshold {name!r}; expected one of {', '.join(THRESHOLD_KEYS)}"
            )
        if name == "must_not":
            if len(report.must_not_violations) > limit:
                failed.append(name)
            continue
        value = report.core_recall if name == "core_recall" else getattr(report, name)
        if value is not None and value + _EPSILON < limit:
            failed.append(name)
    return failed


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class _Item:
    """A triple ready for matching: the names each side goes by, and how it was written."""

    heads: frozenset[str]
    relation: str
    tails: frozenset[str]
    shown: Triple
    core: bool = False
    accepts: frozenset[str] = frozenset()


def normalize(name: str) -> str:
    """The form names are compared in: NFKC, casefolded, straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", name.translate(_QUOTES)).casefold()
    return _SPACES.sub(" ", text).strip()


_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|prof|sir|the)\.?\s+")
_LEGAL_FORM = re.compile(
    r",?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.l\.c|plc|sa|s\.a|ag|se|nv|n\.v|"
    r"gmbh|s\.p\.a|spa)\.?$"
)
_PARENTHETICAL = re.compile(r"\s*\(([^()]*)\)")


def name_variants(name: str) -> frozenset[str]:
    """The normalized name and the forms it also answers to: without a parenthetical
    alias ("CME Group Inc. (CME Group)" also answers to "CME Group"), without an honorific
    ("Mr. Lathrop"), without a legal form ("Sanofi SA") or a final full stop, and a place
    written as an adjective of location ("US-based") as the place."""
    base = normalize(name)
    variants = {base}
    for match in _PARENTHETICAL.finditer(base):
        variants.add(match.group(1).strip())
    variants.add(_PARENTHETICAL.sub("", base).strip())
    for variant in list(variants):
        shorter = _HONORIFIC.sub("", variant)
        shorter = _LEGAL_FORM.sub("", shorter).rstrip(" .,")
        variants.add(shorter)
        variants.add(variant.rstrip(" ."))
        if variant.endswith("-based"):
            variants.add(variant[: -len("-based")])
    return frozenset(v for v in variants if v)


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'",
                         "\u2032": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u201f": '"'})
_SPACES = re.compile(r"\s+")


def super_properties(relation: str) -> frozenset[str]:
    """The relation and every relation it implies through ``super_properties``."""
    return frozenset({relation}) | (ancestors(relation) if relation in RELATIONS else frozenset())


def _readings(relation: str) -> list[tuple[str, bool]]:
    """Every (relation, reversed) a predicted relation also states, exact reading first."""
    readings: list[tuple[str, bool]] = [(relation, False)]
    for name in [relation, *sorted(super_properties(relation) - {relation})]:
        spec = RELATIONS.get(name)
        candidates = [(name, False)]
        if spec is not None and spec.symmetric:
            candidates.append((name, True))
        if spec is not None and spec.inverse:
            candidates.append((spec.inverse, True))
        readings.extend(c for c in candidates if c not in readings)
    return readings


def _fold_key(head: object, relation: str, tail: object) -> tuple[object, str, object]:
    """One key for the readings of a triple that say the same thing (inverse, symmetric)."""
    spec = RELATIONS.get(relation)
    if spec is not None and spec.inverse and spec.inverse < relation:
        return tail, spec.inverse, head
    if spec is not None and spec.symmetric and repr(tail) < repr(head):
        return tail, relation, head
    return head, relation, tail


class _GoldNames:
    """Resolves gold head/tail strings to the names of the gold entity they denote."""

    def __init__(self, entities: Iterable[GoldEntity]) -> None:
        self._groups: list[frozenset[str]] = []
        self._index: dict[str, int] = {}
        for entity in entities:
            names = frozenset(v for n in (entity.label, *entity.aliases) for v in name_variants(n))
            self._groups.append(names)
            for name in names:
                self._index.setdefault(name, len(self._groups) - 1)

    def names(self, text: str) -> frozenset[str]:
        keys = name_variants(text)
        found = set(keys)
        for group in self._groups:
            if keys & group:
                found |= group
        return frozenset(found)

    def identity(self, text: str) -> object:
        key = normalize(text)
        return self._index.get(key, key)


def _gold_items(document: GoldDocument) -> list[_Item]:
    names = _GoldNames(document.entities)
    merged: dict[tuple[object, str, object], _Item] = {}
    for relation in document.relations:
        key = _fold_key(names.identity(relation.head), relation.relation,
                        names.identity(relation.tail))
        accepts = frozenset({relation.relation, *relation.also_accept})
        previous = merged.get(key)
        if previous is not None:
            merged[key] = _Item(previous.heads, previous.relation, previous.tails,
                                previous.shown, previous.core or relation.core,
                                previous.accepts | accepts)
            continue
        merged[key] = _Item(
            heads=names.names(relation.head),
            relation=relation.relation,
            tails=names.names(relation.tail),
            shown=Triple(document.id, relation.head, relation.relation, relation.tail),
            core=relation.core,
            accepts=accepts,
        )
    return list(merged.values())


def _must_not_items(document: GoldDocument) -> list[tuple[_Item, str | None]]:
    names = _GoldNames(document.entities)
    return [
        (_Item(heads=names.names(rule.head), relation=rule.relation,
               tails=names.names(rule.tail),
               shown=Triple(document.id, rule.head, rule.relation, rule.tail),
               accepts=frozenset({rule.relation})), rule.why)
        for rule in document.must_not
    ]


def _predicted_items(document_id: str, prediction: ResolvedDocument | None) -> list[_Item]:
    if prediction is None:
        return []
    entities: dict[str, Entity] = {entity.key: entity for entity in prediction.entities}
    merged: dict[tuple[object, str, object], _Item] = {}
    for fact in prediction.facts:
        if fact.qualifiers.negated:
            continue  # "the acquisition was cancelled": the graph states no such triple either
        ends = []
        for entity_key in (fact.head, fact.tail):
            entity = entities.get(entity_key)
            if entity is None:
                raise InputError(
                    f"{document_id}: a fact refers to unknown entity {entity_key!r}")
            ends.append(entity)
        head, tail = ends
        heads = frozenset(v for n in (head.label, *head.aliases) for v in name_variants(n))
        tails = frozenset(v for n in (tail.label, *tail.aliases) for v in name_variants(n))
        key = _fold_key(normalize(head.label), fact.predicate, normalize(tail.label))
        previous = merged.get(key)
        if previous is not None:
            same_way = normalize(previous.shown.head) == normalize(head.label)
            merged[key] = _Item(previous.heads | (heads if same_way else tails),
                                previous.relation,
                                previous.tails | (tails if same_way else heads),
                                previous.shown)
            continue
        merged[key] = _Item(heads, fact.predicate, tails,
                            Triple(document_id, head.label, fact.predicate, tail.label))
    return list(merged.values())


def _answers(predicted: _Item, gold: _Item) -> int | None:
    """How well a prediction answers a gold triple: a rank (lower is closer) or ``None``."""
    for rank, (relation, reverse) in enumerate(_readings(predicted.relation)):
        if relation not in gold.accepts:
            continue
        heads, tails = (predicted.tails, predicted.heads) if reverse else (
            predicted.heads, predicted.tails)
        if heads & gold.heads and tails & gold.tails:
            # Prefer the gold triple written with exactly the predicted relation.
            return rank if relation == gold.relation else rank + 1000
    return None


def _pair(predicted: Sequence[_Item], gold: Sequence[_Item]) -> dict[int, int]:
    """A maximum one-to-one pairing of predictions to gold triples: {gold index: pred index}."""
    options: list[list[int]] = []
    for item in predicted:
        ranked = [(rank, j) for j, g in enumerate(gold) if (rank := _answers(item, g)) is not None]
        options.append([j for _, j in sorted(ranked)])
    owner: dict[int, int] = {}

    def augment(i: int, visited: set[int]) -> bool:
        for j in options[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or augment(owner[j], visited):
                owner[j] = i
                return True
        return False

    for i in range(len(predicted)):
        augment(i, set())
    return owner


def _annotated_relations(gold: Iterable[GoldDocument]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for document in gold:
        if document.dataset is None:
            continue
        names = found.setdefault(document.dataset, set())
        for relation in document.relations:
            names.add(relation.relation)
            names.update(relation.also_accept)
    return {dataset: frozenset(names) for dataset, names in found.items()}


def _in_scope(relation: str, annotated: frozenset[str]) -> bool:
    return any(name in annotated for name, _ in _readings(relation))


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", normalize(name)))


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    size = len(inner)
    return 0 < size <= len(outer) and any(outer[i : i + size] == inner for i in range(len(outer) - size + 1))


def _inside_one_entity(item: _Item, entities: Sequence[tuple[str, ...]]) -> bool:
    """Whether both sides of a prediction are words of one gold entity, one side being
    no gold entity itself ("Amherst" and "Mass." inside the gold's "Amherst, Mass.")."""
    names = set(entities)
    heads = [_words(h) for h in item.heads]
    tails = [_words(t) for t in item.tails]
    if any(h in names for h in heads) and any(t in names for t in tails):
        return False
    return any(
        any(_contains(outer, h) for h in heads) and any(_contains(outer, t) for t in tails)
        for outer in entities
    )


def score(gold: Sequence[GoldDocument],
          predictions: Mapping[str, ResolvedDocument]) -> EvalReport:
    """Score predictions, keyed by gold document id, against the gold documents.

    A gold document without a prediction counts as one that predicted nothing; predictions
    for ids not in the gold are not scored and are listed in ``unknown_documents``.
    """
    annotated = _annotated_relations(gold)
    true_positives: list[Match] = []
    false_positives: list[Triple] = []
    false_negatives: list[Triple] = []
    violations: list[MustNotViolation] = []
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    core_tp = core_total = ignored = redundant = 0
    for document in gold:
        predicted = _predicted_items(document.id, predictions.get(document.id))
        for rule, why in _must_not_items(document):
            violations.extend(
                MustNotViolation(rule=rule.shown, predicted=item.shown, why=why)
                for item in predicted if _answers(item, rule) is not None
            )
        gold_items = _gold_items(document)
        if document.dataset is not None:
            scope = annotated[document.dataset]
            entity_words = [_words(e.label) for e in document.entities]
            kept = [item for item in predicted if _in_scope(item.relation, scope) and (
                any(_answers(item, g) is not None for g in gold_items)
                or not _inside_one_entity(item, entity_words)
            )]
            ignored += len(predicted) - len(kept)
            predicted = kept
        owner = _pair(predicted, gold_items)
        for j, item in enumerate(gold_items):
            core_total += item.core
            if j in owner:
                tp[item.relation] = tp.get(item.relation, 0) + 1
                core_tp += item.core
                true_positives.append(Match(item.shown, predicted[owner[j]].shown))
            else:
                fn[item.relation] = fn.get(item.relation, 0) + 1
                false_negatives.append(item.shown)
        matched = set(owner.values())
        for i, item in enumerate(predicted):
            if i in matched:
                continue
            if any(_answers(item, gold_items[j]) is not None for j in owner):
                redundant += 1
                continue
            fp[item.relation] = fp.get(item.relation, 0) + 1
            false_positives.append(item.shown)
    per_relation = tuple(
        RelationScore(relation=name, tp=tp.get(name, 0), fp=fp.get(name, 0), fn=fn.get(name, 0))
        for name in sorted({*tp, *fp, *fn})
    )
    known = {document.id for document in gold}
    return EvalReport(
        overall=Counts(tp=sum(tp.values()), fp=sum(fp.values()), fn=sum(fn.values())),
        per_relation=per_relation,
        core_tp=core_tp,
        core_total=core_total,
        must_not_violations=tuple(violations),
        true_positives=tuple(true_positives),
        false_positives=tuple(false_positives),
        false_negatives=tuple(false_negatives),
        documents=len(gold),
        ignored=ignored,
        redundant=redundant,
        unknown_documents=tuple(sorted(key for key in predictions if key not in known)),
    )


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0
