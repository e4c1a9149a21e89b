"""Tests for kg.render: a self-contained, escaped, deterministic HTML graph."""

from __future__ import annotations

import functools
import json
import math
import random
import re
import sys
import tracemalloc
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError, KgError, QueryError
from kg.model import Entity, Fact, Provenance, Qualifiers
from kg.render import CLASS_COLOURS, kebab_case, render_html, write_html
from kg.vocab import ENTITY_CLASSES, RELATIONS

ARTIFACTS = Path(__file__).parents[1] / "test-artifacts"

HOSTILE_LABEL = (
    '</script><script>window.__kgPwned = 1</script>'
    '<img src=x onerror="window.__kgPwned = 2">'
)


# --- building graphs -------------------------------------------------------------------


def entity(key: str, label: str | None = None, type: str = "Organization", *aliases: str) -> Entity:
    return Entity(key=key, label=label if label is not None else key.title(), type=type,
                  aliases=aliases)


def fact(
    head: str,
    predicate: str,
    tail: str,
    sentence: str = "They did.",
    *,
    document: str = "doc1",
    start: int = 0,
    confidence: float = 0.9,
    status: str | None = None,
    negated: bool = False,
) -> Fact:
    provenance = Provenance(
        document=document,
        sentence=sentence,
        sentence_start=start,
        start=start,
        end=start + len(sentence),
        rule="test",
        confidence=confidence,
    )
    return Fact(head, predicate, tail, provenance, Qualifiers(status=status, negated=negated))


ORGS = ["Foxconn", "OpenAI", "Microsoft", "Nvidia", "SoftBank", "Oracle", "TSMC", "Apple",
        "Google", "Amazon"]
PEOPLE = ["Young Liu", "Sam Altman", "Satya Nadella", "Jensen Huang"]
PLACES = ["Taiwan", "Texas", "Japan"]
PRODUCTS = ["Azure", "GB200", "ChatGPT"]
FACILITIES = ["Kaohsiung plant", "Azure Taiwan region"]
INITIATIVES = ["Stargate"]
EVENTS = ["Hon Hai Tech Day"]


def synthetic_graph() -> tuple[list[Entity], list[Fact], int]:
    """25 entities of every class (one with a hostile label), 34 facts, 30 distinct edges."""
    entities: list[Entity] = []
    for kind, names in [("Organization", ORGS), ("Person", PEOPLE), ("Place", PLACES),
                        ("Product", PRODUCTS), ("Facility", FACILITIES),
                        ("Initiative", INITIATIVES), ("Event", EVENTS)]:
        for name in names:
            entities.append(entity(name.lower().replace(" ", "-"), name, kind))
    entities.append(entity("evil", HOSTILE_LABEL, "Organization", "<b>alias</b>"))

    def key(name: str) -> str:
        return name.lower().replace(" ", "-")

    facts: list[Fact] = []
    edges = 0
    for i, org in enumerate(ORGS):  # a ring of partnerships: 10 edges
        nxt = ORGS[(i + 1) % len(ORGS)]
        facts.append(fact(key(org), "partnersWith", key(nxt), f"{org} partners with {nxt}.",
                          start=i * 40))
        edges += 1
    for person, org in zip(PEOPLE, ORGS[: len(PEOPLE)], strict=True):  # 4 edges
        facts.append(fact(key(person), "ceoOf", key(org), f"{person} runs {org}.",
                          status="confirmed"))
        edges += 1
    for i, org in enumerate(ORGS):  # 10 edges
        place = PLACES[i % len(PLACES)]
        facts.append(fact(key(org), "locatedIn", key(place), f"{org} is based in {place}."))
        edges += 1
    facts.append(fact("microsoft", "operates", "azure", "Microsoft's Azure."))
    facts.append(fact("nvidia", "develops", "gb200", "Nvidia develops the GB200."))
    facts.append(fact("openai", "launches", "chatgpt", "OpenAI launched ChatGPT."))
    facts.append(fact("foxconn", "operates", "kaohsiung-plant", "Foxconn's Kaohsiung plant."))
    facts.append(fact("softbank", "participatesIn", "stargate", "SoftBank joins Stargate."))
    facts.append(fact("evil", "sues", "apple", HOSTILE_LABEL, status="reported"))
    edges += 6
    # Repeats and reversed symmetric statements merge into existing edges: +4 facts, +0 edges.
    facts.append(fact("openai", "partnersWith", "foxconn", "OpenAI and Foxconn team up.",
                      document="doc2"))
    facts.append(fact("microsoft", "partnersWith", "openai", "Microsoft is OpenAI's partner.",
                      document="doc2"))
    facts.append(fact("young-liu", "ceoOf", "foxconn", "Foxconn chairman Young Liu said.",
                      document="doc3"))
    facts.append(fact("foxconn", "locatedIn", "taiwan", "Taiwan's Foxconn.", document="doc3"))
    # Facility and Event are left unconnected on purpose: isolated nodes must still render.
    return entities, facts, edges


DOCUMENTS = {"doc1": "Foxconn and OpenAI team up", "doc2": "Cloud deals", "doc3": "Tech Day"}


def page_data(html: str) -> dict[str, Any]:
    match = re.search(
        r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL
    )
    assert match, "the page has no kg-data block"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


class _Tags(HTMLParser):
    """Every start tag with its attributes, the text of <style> blocks, and the legend and
    relation filter items as text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self.legend: list[str] = []
        self.relations: list[str] = []
        self._in_style = False
        self._list: list[str] | None = None
        self._item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"
        if tag == "ul":
            self._list = {"kg-legend": self.legend, "kg-relations": self.relations}.get(
                dict(attrs).get("class") or "")
        if tag == "li" and self._list is not None:
            self._item = []

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        if tag == "li" and self._item is not None and self._list is not None:
            self._list.append(" ".join("".join(self._item).split()))
            self._item = None
        if tag == "ul":
            self._list = None

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)
        if self._item is not None:
            self._item.append(data)


@functools.cache
def tag_counts() -> tuple[int, int, int]:
    """How often a page from harmless input says ``<script``, ``</script`` and ``<style``.

    vis-network itself contains the text ``"<script>"`` once, so these are not 3, 3, 2.
    """
    lowered = render_html([entity("a")], [], title="t").lower()
    return lowered.count("<script"), lowered.count("</script"), lowered.count("<style")


def parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "p", "ul", "li",
             "span", "main", "script", "div", "aside", "label", "input", "datalist", "fieldset",
             "legend", "button"}
PAGE_ATTRIBUTES = {"lang", "charset", "http-equiv", "content", "name", "class", "style",
                   "aria-label", "id", "type", "role", "for", "list", "placeholder",
                   "autocomplete", "spellcheck", "checked", "data-kg-class", "data-kg-relation",
                   "aria-live"}


def assert_no_injected_markup(html: str) -> None:
    """Only the template's own tags and attributes exist: nothing from the input became markup."""
    lowered = html.lower()
    counts = lowered.count("<script"), lowered.count("</script"), lowered.count("<style")
    assert counts == tag_counts()
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", html, re.IGNORECASE), "an event handler attribute"
    for tag, attrs in parse(html).tags:
        assert tag in PAGE_TAGS, tag
        assert set(attrs) <= PAGE_ATTRIBUTES, (tag, attrs)
        if "style" in attrs:
            assert re.fullmatch(r"background-color: #[0-9A-F]{6}", attrs["style"] or "")


# --- unit tests ------------------------------------------------------------------------


def test_render_fetches_nothing_from_the_network() -> None:
    entities, facts, _ = synthetic_graph()
    html = render_html(entities, facts, title="Graph", documents=DOCUMENTS)
    page = parse(html)

    remote = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
    for tag, attrs in page.tags:
        assert tag not in {"link", "iframe", "object", "embed", "base"}, tag
        for name in ("src", "href", "srcset", "data", "action", "poster"):
            value = attrs.get(name)
            assert value is None or not remote.match(value), (tag, name, value)
        if tag == "script":
            assert "src" not in attrs, "scripts must be inline"
    css = "\n".join(page.styles)
    assert css, "vis-network's CSS is inlined"
    assert "@import" not in css
    for target in re.findall(r"url\(\s*['\"]?([^'\")]*)", css):
        assert target.startswith("data:"), target
    assert re.search(r"<script>\s*/\*\*\s*\n \* vis-network", html), "vis-network is inlined"
    csp = next(
        a["content"] for _, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp is not None and "default-src 'none'" in csp


def test_render_is_deterministic() -> None:
    entities, facts, _ = synthetic_graph()
    first = render_html(entities, facts, title="Graph", documents=DOCUMENTS)
    assert render_html(entities, facts, title="Graph", documents=DOCUMENTS) == first
    shuffled_entities, shuffled_facts = entities[:], facts[:]
    random.Random(3).shuffle(shuffled_entities)
    random.Random(4).shuffle(shuffled_facts)
    again = render_html(shuffled_entities, shuffled_facts, title="Graph", documents=DOCUMENTS)
    assert again == first


def test_render_counts_nodes_and_merged_edges() -> None:
    entities, facts, edges = synthetic_graph()
    html = render_html(entities, facts, title="Graph", documents=DOCUMENTS)
    data = page_data(html)
    assert len(data["nodes"]) == len(entities)
    assert len(data["edges"]) == edges
    summary = f"{len(entities)} entities, {edges} relations ({len(facts)} facts from 3 documents)"
    assert summary in html


def test_render_merges_facts_between_the_same_pair() -> None:
    entities = [entity("a", "Acme"), entity("b", "Globex")]
    facts = [
        fact("a", "partnersWith", "b", "Acme partners with Globex.", document="d1"),
        fact("b", "partnersWith", "a", "Globex and Acme are partners.", document="d2",
             status="confirmed", confidence=0.75),
        fact("a", "acquires", "b", "Acme buys Globex.", document="d1", status="planned"),
        fact("b", "acquires", "a", "Globex buys Acme.", document="d2"),
        fact("a", "acquires", "b", "Acme to acquire Globex.", document="d2", start=50),
    ]
    data = page_data(render_html(entities, facts, title="t", documents={"d1": "First story"}))
    edges = {(e["from"], e["predicate"], e["to"]): e for e in data["edges"]}
    assert set(edges) == {(0, "partnersWith", 1), (0, "acquires", 1), (1, "acquires", 0)}

    partners = edges[(0, "partnersWith", 1)]["tip"]
    assert [ev["sentence"] for ev in partners["evidence"]] == [
        "Acme partners with Globex.",
        "Globex and Acme are partners.",
    ]
    assert partners["evidence"][0]["meta"] == "First story · status: not stated · confidence 0.90"
    assert partners["evidence"][1]["meta"] == "d2 · status: confirmed · confidence 0.75"
    acquires = edges[(0, "acquires", 1)]["tip"]
    assert [ev["sentence"] for ev in acquires["evidence"]] == [
        "Acme buys Globex.",
        "Acme to acquire Globex.",
    ]
    assert "status: planned" in acquires["evidence"][0]["meta"]
    # Three edges between one pair: at most one is drawn straight, the others bend apart.
    # vis bends curvedCW edges to the right of their own direction, so flip reversed edges.
    bends = set()
    for e in data["edges"]:
        smooth = e["smooth"]
        side = 0.0
        if smooth["enabled"]:
            side = smooth["roundness"] * (1 if smooth["type"] == "curvedCW" else -1)
            side *= 1 if e["from"] < e["to"] else -1
        bends.add(side)
    assert len(bends) == 3


@pytest.mark.parametrize("predicate", sorted(RELATIONS))
def test_render_labels_edges_kebab_case_with_arrows_only_when_directed(predicate: str) -> None:
    html = render_html([entity("a"), entity("b")], [fact("a", predicate, "b")], title="t")
    data = page_data(html)
    (edge,) = data["edges"]
    assert edge["label"] == kebab_case(predicate)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", edge["label"])
    assert edge["arrows"]["to"]["enabled"] is not RELATIONS[predicate].symmetric


def test_render_kebab_case_examples() -> None:
    assert kebab_case("partnersWith") == "partners-with"
    assert kebab_case("hasRightOfFirstRefusal") == "has-right-of-first-refusal"
    assert kebab_case("ceoOf") == "ceo-of"
    assert kebab_case("sues") == "sues"


def test_render_legend_lists_every_class_present() -> None:
    entities = [entity("a", type="Person"), entity("b", type="Place"), entity("c", type="Person"),
                entity("d", type="Organization"), entity("e", type="<i>Gadget</i>")]
    html = render_html(entities, [], title="t")
    legend = parse(html).legend
    assert legend == ["Organization (1)", "Person (2)", "Place (1)", "<i>Gadget</i> (1)"]
    assert "&lt;i&gt;Gadget&lt;/i&gt;" in html
    assert set(CLASS_COLOURS) == set(ENTITY_CLASSES)
    colours = {a.get("style") for t, a in parse(html).tags if a.get("class") == "kg-swatch"}
    assert f"background-color: {CLASS_COLOURS['Person']}" in colours


def test_render_legend_covers_all_seven_classes() -> None:
    entities = [entity(c.lower(), type=c) for c in ENTITY_CLASSES]
    legend = parse(render_html(entities, [], title="t")).legend
    assert legend == [f"{c} (1)" for c in ENTITY_CLASSES]


def test_render_node_size_grows_with_degree_and_colour_follows_class() -> None:
    entities = [entity("hub"), entity("a", type="Person"), entity("b"), entity("c"), entity("lone")]
    facts = [fact("hub", "partnersWith", x) for x in ("b", "c")] + [fact("a", "ceoOf", "hub")]
    nodes = {n["key"]: n for n in page_data(render_html(entities, facts, title="t"))["nodes"]}
    assert nodes["hub"]["size"] > nodes["b"]["size"] > nodes["lone"]["size"]
    assert nodes["a"]["color"]["background"] == CLASS_COLOURS["Person"]
    assert nodes["hub"]["color"]["background"] == CLASS_COLOURS["Organization"]


def test_render_tooltips_carry_label_class_aliases_and_evidence() -> None:
    entities = [entity("a", "Hon Hai", "Organization", "Foxconn", "Hon Hai Precision"),
                entity("b", "Taiwan", "Place")]
    facts = [fact("a", "locatedIn", "b", "Taiwan's Hon Hai.", status="reported")]
    data = page_data(render_html(entities, facts, title="t", documents={"doc1": "Story"}))
    assert data["nodes"][0]["tip"] == {
        "label": "Hon Hai", "type": "Organization", "aliases": ["Foxconn", "Hon Hai Precision"],
        "relations": "1 relation", "focus": False}
    tip = data["edges"][0]["tip"]
    assert tip["relation"] == "located-in" and tip["head"] == "Hon Hai" and tip["tail"] == "Taiwan"
    assert tip["sources"] == "Stated in 1 document"
    assert tip["evidence"] == [{"sentence": "Taiwan's Hon Hai.",
                                "meta": "Story · status: reported · confidence 0.90"}]
    assert data["options"]["physics"]["enabled"] is False


def test_render_escapes_hostile_title_labels_and_sentences() -> None:
    entities = [entity("evil", HOSTILE_LABEL, "Organization", HOSTILE_LABEL), entity("b")]
    facts = [fact("evil", "sues", "b", HOSTILE_LABEL, document="d")]
    html = render_html(entities, facts, title=HOSTILE_LABEL, documents={"d": HOSTILE_LABEL})
    assert HOSTILE_LABEL not in html
    assert "<title>&lt;/script&gt;&lt;script&gt;window.__kgPwned = 1" in html
    assert "<h1>&lt;/script&gt;" in html
    assert_no_injected_markup(html)
    data = page_data(html)
    nodes = {n["key"]: n for n in data["nodes"]}
    assert nodes["evil"]["label"] == HOSTILE_LABEL
    assert nodes["evil"]["tip"]["aliases"] == [HOSTILE_LABEL]
    assert data["edges"][0]["tip"]["evidence"][0]["sentence"] == HOSTILE_LABEL


_FRAGMENTS = st.sampled_from([
    "<script>", "</script>", "<SCRIPT src=//x>", "</ScRiPt >", "<img src=x onerror=alert(1)>",
    "onerror=", "<!--", "-->", "<![CDATA[", "]]>", "</style>", "<style>", '"', "'", "&", "&amp;",
    "&lt;", "\\", "\\u003c", "\n", "\r\n", "\u2028", "\u2029", "\u202e", "\x00", "{{", "}}",
    "{%", "${x}", "`", "javascript:", "url(http://x)", "@import 'http://x';",
])
HOSTILE = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=8)), max_size=8).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=HOSTILE, alias=HOSTILE, sentence=HOSTILE, document=HOSTILE, title=HOSTILE,
       kind=HOSTILE)
def test_render_hostile_strings_never_appear_raw(
    label: str, alias: str, sentence: str, document: str, title: str, kind: str
) -> None:
    entities = [entity("x", label, kind, alias), entity("y", "Safe", "Place")]
    facts = [fact("x", "locatedIn", "y", sentence, document="d")]
    html = render_html(entities, facts, title=title, documents={"d": document})
    assert_no_injected_markup(html)
    assert "<img" not in html.lower()
    data = page_data(html)
    assert data["nodes"][0]["label"] == (label or "x")
    assert data["nodes"][0]["tip"]["aliases"] == [alias]
    evidence = data["edges"][0]["tip"]["evidence"][0]
    assert evidence["sentence"] == sentence
    assert evidence["meta"].startswith(document)


def test_render_empty_graph() -> None:
    html = render_html([], [], title="Nothing")
    assert "0 entities, 0 relations (0 facts from 0 documents)" in html
    assert page_data(html)["nodes"] == []


def test_render_isolated_and_self_loop_nodes_are_placed() -> None:
    entities = [entity(f"n{i}") for i in range(12)]
    facts = [fact("n0", "partnersWith", "n1"), fact("n2", "investsIn", "n2")]
    nodes = page_data(render_html(entities, facts, title="t"))["nodes"]
    positions = {(n["x"], n["y"]) for n in nodes}
    assert len(positions) == len(nodes)
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes)


def test_render_rejects_facts_about_unknown_entities() -> None:
    with pytest.raises(InputError, match="'ghost'"):
        render_html([entity("a")], [fact("a", "partnersWith", "ghost")], title="t")


def test_render_rejects_duplicate_keys() -> None:
    with pytest.raises(InputError, match="'a'"):
        render_html([entity("a"), entity("a", "Other")], [], title="t")


def test_render_write_html_is_atomic_and_leaves_the_cwd_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cwd = tmp_path / "cwd"
    out = tmp_path / "out"
    cwd.mkdir()
    out.mkdir()
    monkeypatch.chdir(cwd)
    target = out / "graph.html"
    target.write_text("old", encoding="utf-8")
    write_html("<!DOCTYPE html>\n<p>é</p>\n", target)
    assert target.read_text(encoding="utf-8") == "<!DOCTYPE html>\n<p>é</p>\n"
    assert sorted(p.name for p in out.iterdir()) == ["graph.html"]
    assert list(cwd.iterdir()) == []


def test_render_write_html_failure_is_a_kg_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="cannot write"):
        write_html("x", tmp_path / "missing" / "graph.html")
    assert list(tmp_path.iterdir()) == []


def test_render_page_has_search_and_filters_for_every_class_and_relation() -> None:
    entities, facts, _ = synthetic_graph()
    html = render_html(entities, facts, title="t", documents=DOCUMENTS)
    page = parse(html)
    data = page_data(html)
    assert ("input", {"id": "kg-search", "type": "search", "list": "kg-names",
                      "placeholder": "Name or alias, then Enter", "autocomplete": "off",
                      "spellcheck": "false"}) in page.tags
    boxes = [a for t, a in page.tags if t == "input" and a.get("type") == "checkbox"]
    class_boxes = [a["data-kg-class"] for a in boxes if "data-kg-class" in a]
    relation_boxes = [a["data-kg-relation"] for a in boxes if "data-kg-relation" in a]
    # Checkboxes carry indexes into the data's lists, never a name from an article.
    assert class_boxes == [str(i) for i in range(len(ENTITY_CLASSES))]
    assert data["classes"] == list(ENTITY_CLASSES)
    predicates = {e["predicate"] for e in data["edges"]}
    assert sorted(data["relations"], key=kebab_case) == data["relations"]
    assert set(data["relations"]) == predicates
    assert relation_boxes == [str(i) for i in range(len(predicates))]
    assert all("checked" in a for a in boxes)
    per_relation = {kebab_case(p): sum(e["predicate"] == p for e in data["edges"])
                    for p in predicates}
    assert page.relations == [f"{name} ({count})" for name, count in sorted(per_relation.items())]


def test_render_edge_tips_count_sources_and_show_dates() -> None:
    entities = [entity("a", "Acme"), entity("b", "Globex")]
    facts = [
        fact("a", "partnersWith", "b", "Acme partners with Globex.", document="d1"),
        fact("b", "partnersWith", "a", "Globex and Acme team up.", document="d2", start=40),
        fact("a", "partnersWith", "b", "Acme and Globex, again.", document="d2", start=80),
        fact("a", "acquires", "b", "Acme buys Globex.", document="d3"),
    ]
    html = render_html(entities, facts, title="t", documents={"d1": "First", "d2": "Second"},
                       dates={"d1": "2025-03-01", "d2": "2025-01", "d3": "2025-02-02"})
    edges = {e["predicate"]: e for e in page_data(html)["edges"]}
    partners = edges["partnersWith"]
    assert partners["sources"] == 2
    assert partners["tip"]["sources"] == "Stated in 2 documents, first seen 2025-01, last seen 2025-03-01"
    assert partners["tip"]["evidence"][0]["meta"] == (
        "First · published 2025-03-01 · status: not stated · confidence 0.90")
    assert partners["width"] > edges["acquires"]["width"]
    assert edges["acquires"]["tip"]["sources"] == "Stated in 1 document, published 2025-02-02"
    undated = page_data(render_html(entities, facts[:1], title="t"))["edges"][0]["tip"]
    assert undated["sources"] == "Stated in 1 document"


# A path a - b - c - d with a leaf f on a, a hub with four leaves, a pair and a loner.
def small_world() -> tuple[list[Entity], list[Fact]]:
    entities = [entity("a", "Alpha", "Organization", "The A Company"), entity("b", "Beta"),
                entity("c", "Gamma", "Person"), entity("d", "Delta", "Place"),
                entity("f", "Phi", "Product"), entity("hub", "Hub"), entity("p", "Pi"),
                entity("q", "Qoppa"), entity("z", "Zeta")]
    entities += [entity(f"leaf{i}", f"Leaf {i}", "Person") for i in range(1, 5)]
    facts = [fact("a", "partnersWith", "b"), fact("c", "worksFor", "b"),
             fact("c", "livesIn", "d"), fact("a", "develops", "f"),
             fact("p", "partnersWith", "q")]
    facts += [fact(f"leaf{i}", "worksFor", "hub") for i in range(1, 5)]
    return entities, facts


def shown_keys(html: str) -> set[str]:
    return {n["key"] for n in page_data(html)["nodes"]}


@pytest.mark.parametrize(("name", "depth", "expected"), [
    ("Alpha", 0, {"a"}),
    ("alpha", 1, {"a", "b", "f"}),
    ("THE A COMPANY", 2, {"a", "b", "c", "f"}),  # by alias; c -> b is followed backwards
    ("Alpha", 9, {"a", "b", "c", "d", "f"}),
    ("Leaf 3", 2, {"hub", "leaf1", "leaf2", "leaf3", "leaf4"}),
])
def test_render_focus_keeps_the_neighbourhood(name: str, depth: int, expected: set[str]) -> None:
    entities, facts = small_world()
    html = render_html(entities, facts, title="t", focus=name, depth=depth)
    assert shown_keys(html) == expected
    data = page_data(html)
    keys = {n["id"]: n["key"] for n in data["nodes"]}
    assert all(keys[e["from"]] in expected and keys[e["to"]] in expected for e in data["edges"])
    centre = next(n for n in data["nodes"] if n["tip"]["focus"])
    assert centre["borderWidth"] == 3 and [n["tip"]["focus"] for n in data["nodes"]].count(True) == 1
    left = len(entities) - len(expected)
    assert f"Left out: {left} entities" in html or f"Left out: {left} entity " in html
    assert html == render_html(entities[::-1], facts[::-1], title="t", focus=name, depth=depth)


def test_render_focus_names_the_closest_matches_for_an_unknown_name() -> None:
    entities, facts = small_world()
    with pytest.raises(QueryError) as caught:
        render_html(entities, facts, title="t", focus="Alpah")
    assert str(caught.value) == "no entity named 'Alpah'; closest: Alpha"
    with pytest.raises(QueryError, match=r"^no entity named 'xyzzy\\nplugh'$"):
        render_html(entities, facts, title="t", focus="xyzzy\nplugh")


def test_render_max_nodes_keeps_the_most_connected() -> None:
    entities, facts = small_world()
    html = render_html(entities, facts, title="t", max_nodes=3)
    # The hub (4 relations), Alpha and Beta (2 each; ties would go by label).
    assert shown_keys(html) == {"hub", "a", "b"}
    data = page_data(html)
    assert len(data["edges"]) == 1
    assert "3 entities, 1 relation (1 fact from 1 document)" in html
    assert ("Showing 3 of 13 entities and 1 of 9 relations: the 3 most connected entities. "
            "Left out: 10 entities and 8 relations.") in html
    hub = next(n for n in data["nodes"] if n["key"] == "hub")
    assert hub["tip"]["relations"] == "4 relations (0 shown)"
    assert hub["size"] == page_data(render_html(entities, facts, title="t"))["nodes"][
        [e.key for e in sorted(entities, key=lambda e: e.key)].index("hub")]["size"]
    # Ties by label: of the degree-1 nodes, Delta and Leaf 1 come first.
    assert shown_keys(render_html(entities, facts, title="t", max_nodes=6)) == {
        "hub", "a", "b", "c", "d", "leaf1"}
    again = render_html(entities[::-1], facts[::-1], title="t", max_nodes=3)
    assert again == html
    everything = render_html(entities, facts, title="t", max_nodes=len(entities))
    assert everything == render_html(entities, facts, title="t")
    assert "Left out" not in everything


def test_render_max_nodes_always_keeps_the_focus() -> None:
    entities, facts = small_world()
    html = render_html(entities, facts, title="t", focus="Leaf 3", depth=2, max_nodes=2)
    assert shown_keys(html) == {"leaf3", "hub"}
    assert ("Leaf 3 and everything within 2 relations of it; of these, "
            "the 2 most connected entities. Left out: 11 entities and 8 relations.") in html


def test_render_rejects_bad_depth_and_max_nodes() -> None:
    with pytest.raises(ValueError, match="depth"):
        render_html([entity("a")], [], title="t", focus="A", depth=-1)
    with pytest.raises(ValueError, match="max_nodes"):
        render_html([entity("a")], [], title="t", max_nodes=0)


def node_boxes(html: str) -> list[tuple[int, int]]:
    return [(n["x"], n["y"]) for n in page_data(html)["nodes"]]


def test_render_small_graph_layout_is_compact_and_uncrowded() -> None:
    """The seed-sized graph fills a window-shaped box and no two nodes sit on each other."""
    entities, facts, _ = synthetic_graph()
    points = node_boxes(render_html(entities, facts, title="t", documents=DOCUMENTS))
    closest = min(math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1:])
    assert closest >= 60, closest
    xs, ys = [x for x, _ in points], [y for _, y in points]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert 0.8 <= width / height <= 3.0, (width, height)
    # Packed, not strewn: about the area of a browser window for 25 nodes.
    assert width * height <= 2200 * 1500, (width, height)


def test_render_large_component_needs_no_scipy_and_no_quadratic_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """3,000 connected nodes: a float matrix of n x n alone would take 72 MB."""
    monkeypatch.setitem(sys.modules, "scipy", None)  # any import of SciPy now fails
    rng = random.Random(5)
    entities = [entity(f"n{i:04d}", f"Node {i}") for i in range(3000)]
    facts = [fact(f"n{i:04d}", "partnersWith", f"n{rng.randrange(i):04d}") for i in range(1, 3000)]
    facts += [fact(f"n{rng.randrange(3000):04d}", "investsIn", f"n{rng.randrange(3000):04d}")
              for _ in range(1500)]
    render_html(entities[:2], [], title="warm up")
    tracemalloc.start()
    try:
        html = render_html(entities, facts, title="t")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60e6, f"{peak / 1e6:.0f} MB"
    points = node_boxes(html)
    assert len(points) == 3000
    assert len(set(points)) > 2990  # spread out, not piled up
    assert page_data(html)["options"]["interaction"]["hideEdgesOnZoom"] is True


# --- the command -----------------------------------------------------------------------


@pytest.fixture
def small_rdf(tmp_path: Path, make_resolved: Any) -> Path:
    """An N-Quads file of two hand-built documents (no spaCy): Foxconn, Nvidia, Jane Doe."""
    import pyoxigraph

    from kg.config import DEFAULT_BASE_IRI
    from kg.graph import document_quads

    quads = []
    for resolved in (make_resolved(doc_id="doc1"),
                     make_resolved("Nvidia partners with Foxconn. Jane Doe chairs Foxconn.",
                                   doc_id="doc2", date="2025")):
        quads += document_quads(resolved, base_iri=DEFAULT_BASE_IRI)
    path = tmp_path / "graph.nq"
    path.write_bytes(pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS) or b"")
    return path


def kg_render(*args: Any) -> Any:
    from click.testing import CliRunner

    from kg.cli import cli

    return CliRunner().invoke(cli, ["render", *map(str, args)])


def test_render_cli_focus_and_max_nodes(small_rdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "focus.html"
    result = kg_render("--rdf", small_rdf, "--focus", "hon hai", "--depth", "1", "-o", target)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr == f"wrote {target}\n"
    labels = {n["label"] for n in page_data(target.read_text(encoding="utf-8"))["nodes"]}
    assert labels == {"Foxconn", "Nvidia", "Jane Doe"}

    result = kg_render("--rdf", small_rdf, "--max-nodes", "1", "-o", target)
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert [n["label"] for n in page_data(html)["nodes"]] == ["Foxconn"]
    assert "Left out: 2 entities and 2 relations." in html


def test_render_cli_unknown_focus_is_one_line_and_exit_1(small_rdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "none.html"
    result = kg_render("--rdf", small_rdf, "--focus", "Foxcon", "-o", target)
    assert result.exit_code == 1
    assert result.stderr == "Error: no entity named 'Foxcon'; closest: Foxconn\n"
    assert not target.exists()


@pytest.mark.parametrize("args", [["--max-nodes", "0"], ["--depth", "-1"]])
def test_render_cli_bad_numbers_are_usage_errors(small_rdf: Path, args: list[str]) -> None:
    assert kg_render("--rdf", small_rdf, *args).exit_code == 2


# --- in a real browser -----------------------------------------------------------------


@pytest.mark.browser
def test_render_browser_offline_counts_and_no_script_injection(
    browser_page: Any, tmp_path: Path
) -> None:
    entities, facts, edges = synthetic_graph()
    assert len(entities) >= 20 and len(facts) >= 25
    html = render_html(entities, facts, title="Synthetic graph <test>", documents=DOCUMENTS)
    path = tmp_path / "graph.html"
    write_html(html, path)

    url = browser_page.open(path)
    page = browser_page.page
    page.wait_for_function("window.kgReady === true", timeout=30_000)

    counts = page.evaluate("[window.kgData.nodes.length, window.kgData.edges.length]")
    assert counts == [len(entities), edges]
    assert page.evaluate("typeof window.kgNetwork.getPositions") == "function"
    assert page.evaluate("window.__kgPwned") is None
    assert page.locator("h1").inner_text() == "Synthetic graph <test>"
    assert page.locator(".kg-legend li").count() == 7
    assert page.locator(".kg-legend").is_visible()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "render.png"))

    # Hover the hostile node: its tooltip shows the label as text and creates no element.
    evil = page.evaluate("window.kgData.nodes.get({filter: n => n.key === 'evil'})[0].id")
    box = page.locator("#kg-graph").bounding_box()
    point = page.evaluate(
        "id => window.kgNetwork.canvasToDOM(window.kgNetwork.getPosition(id))", evil
    )
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tooltip = page.locator("div.vis-tooltip")
    page.wait_for_function(
        "() => { const t = document.querySelector('div.vis-tooltip');"
        " return t && t.style.visibility === 'visible'; }",
        timeout=5_000,
    )
    assert HOSTILE_LABEL in tooltip.inner_text()
    assert tooltip.locator("img, script").count() == 0
    assert page.evaluate("window.__kgPwned") is None

    assert browser_page.requests == [url]
    assert browser_page.console_errors == []
    assert browser_page.page_errors == []
