"""The ontology, the generated ``kg/vocab.py`` and the vocabulary spec agree."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import RDFS, Graph

import kg.vocab
from kg.config import ontology_file
from kg.vocab import ENTITY_CLASSES, KG, RELATIONS

ROOT = Path(__file__).resolve().parents[1]
SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "vocabulary.md"


def _load_script(name: str) -> ModuleType:
    """Import ``scripts/<name>.py`` by path: ``scripts`` is not a package."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec_table(heading: str) -> dict[str, list[str]]:
    """Rows of the markdown table under ``## heading``, keyed by the name in backticks."""
    if not SPEC.is_file():
        pytest.skip(f"{SPEC} not available")
    text = SPEC.read_text(encoding="utf-8")
    section = text.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        match = re.fullmatch(r"`(\w+)`", cells[0]) if line.startswith("|") else None
        if match:
            rows[match.group(1)] = cells[1:]
    assert rows, f"no table rows under '## {heading}' in {SPEC}"
    return rows


def _spec_classes(side: str) -> set[str]:
    """'Organization, Product or Facility' -> the class names; 'anything' -> every class."""
    side = side.strip()
    if side == "anything":
        return set(ENTITY_CLASSES)
    return {name.strip() for name in re.split(r",| or ", side) if name.strip()}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


@pytest.fixture(scope="module")
def spec_relations() -> dict[str, list[str]]:
    return _spec_table("Relations")


def test_vocab_is_generated_from_current_ontology(ontology: Graph) -> None:
    render = _load_script("generate_vocab").render
    generated = Path(kg.vocab.__file__).read_text(encoding="utf-8")
    assert render(ontology) == generated, "kg/vocab.py is stale: run python scripts/generate_vocab.py"


def test_vocab_namespace_rejects_unknown_terms() -> None:
    assert str(KG.partnersWith) == "https://w3id.org/kg-news/ontology#partnersWith"
    with pytest.raises(AttributeError):
        KG.partnerWith  # noqa: B018  (a typo must not mint a new IRI)


def test_vocab_has_every_spec_class() -> None:
    spec_classes = set(_spec_table("Entity classes"))
    assert spec_classes == {"Organization", "Person", "Place", "Product", "Facility", "Initiative", "Event"}
    assert spec_classes <= set(ENTITY_CLASSES)


def test_vocab_has_every_spec_relation(spec_relations: dict[str, list[str]]) -> None:
    assert len(spec_relations) == 29
    missing = set(spec_relations) - set(RELATIONS)
    assert not missing, f"relations of the spec missing from the ontology: {sorted(missing)}"


def test_vocab_symmetric_flags_match_spec(spec_relations: dict[str, list[str]]) -> None:
    expected = {name: "(symmetric)" in cells[0] for name, cells in spec_relations.items()}
    actual = {name: RELATIONS[name].symmetric for name in spec_relations}
    assert actual == expected
    assert {n for n, s in expected.items() if s} == {
        "partnersWith",
        "inTalksWith",
        "hasAgreementWith",
        "mergesWith",
        "competesWith",
    }


def test_vocab_domain_and_range_match_spec(spec_relations: dict[str, list[str]]) -> None:
    for name, cells in spec_relations.items():
        signature = re.sub(r"\(.*?\)", "", cells[0])
        domain, rng = re.split(r"[→↔]", signature)
        assert set(RELATIONS[name].domain) == _spec_classes(domain), name
        assert set(RELATIONS[name].range) == _spec_classes(rng), name


def test_vocab_supplies_to_and_customer_of_are_inverse() -> None:
    assert RELATIONS["suppliesTo"].inverse == "customerOf"
    assert RELATIONS["customerOf"].inverse == "suppliesTo"


@pytest.mark.parametrize(
    ("sub", "super_"),
    [
        ("chairmanOf", "boardMemberOf"),
        ("boardMemberOf", "worksFor"),
        ("ceoOf", "worksFor"),
        ("manufacturesFor", "suppliesTo"),
        ("ownsStakeIn", "investsIn"),
    ],
)
def test_vocab_sub_properties(sub: str, super_: str) -> None:
    assert super_ in RELATIONS[sub].super_properties


def test_vocab_chairman_of_is_transitively_works_for() -> None:
    ancestors, todo = set(), ["chairmanOf"]
    while todo:
        for parent in RELATIONS[todo.pop()].super_properties:
            if parent not in ancestors:
                ancestors.add(parent)
                todo.append(parent)
    assert ancestors == {"boardMemberOf", "worksFor"}


def test_ontology_documents_every_relation(ontology: Graph) -> None:
    for name in RELATIONS:
        prop = KG[name]
        for predicate in (RDFS.label, RDFS.comment, RDFS.domain, RDFS.range):
            assert ontology.value(prop, predicate) is not None, f"kg:{name} has no {predicate.n3()}"
