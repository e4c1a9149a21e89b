"""Load and validate the extraction data files under ``kg/data/``.

Domain knowledge (relation triggers, entity name patterns, gazetteer, qualifier cues) is
data, not code: these files are read once, checked against the ontology, and handed to
the extractor as one frozen ``Lexicon``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ExtractionError
from kg.vocab import ENTITY_CLASSES, RELATIONS

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ENTITY_RULE_KINDS = {
    "possessive", "name_prefix", "name_contains", "prep", "appositive_role", "appos", "demonym", "compound_place",
    "described_place",
}
ROLE_NAMES = {
    "subject", "object", "possessor", "compound", "compound-party", "on-from", "for-share", "earlier-owned", "grantor", "maker-party", "client-party", "subject-employer", "self", "referent", "topic", "with-host", "supplier-party", "customer-party", "sibling-owned", "pair", "appos-holder",
    "governor", "xcomp-object", "xcomp-agent", "acl-object", "acl-agent", "npadvmod", "appos", "dative", "xcomp-party", "host-subject", "host-party", "round-company", "passive-agent", "acl-party", "chooser", "host-object", "host-in", "attr", "of-owner", "for-owner", "relcl-subject", "relcl-with", "under-party", "unit-maker-party", "holder-founder", "as-subject", "as-object", "object-maker", "on-maker", "receiver", "copula-subject", "object-owner", "dealer", "members", "hyphen-pair", "seller-party", "buyer-party",
}


@dataclass(frozen=True)
class Emit:
    relation: str
    head: tuple[str, ...]
    tail: tuple[str, ...]


@dataclass(frozen=True)
class TriggerRule:
    """A lexical trigger and the relations it states between its syntactic arguments."""

    name: str
    lemmas: frozenset[str]
    pos: frozenset[str]
    emits: tuple[Emit, ...]
    confidence: float
    head_types: frozenset[str] | None = None
    tail_types: frozenset[str] | None = None
    object_lemmas: frozenset[str] | None = None
    not_object_lemmas: frozenset[str] = frozenset()
    xcomp_lemmas: frozenset[str] | None = None
    modifier_lemmas: frozenset[str] | None = None
    not_modifier_lemmas: frozenset[str] = frozenset()
    undone_by: frozenset[str] = frozenset()
    governors: frozenset[str] | None = None
    not_governors: frozenset[str] = frozenset()
    not_habitual: bool = False
    not_owned_object: bool = False
    private_head: bool = False
    named_head: bool = False
    named_tail: bool = False
    phrase_any: tuple[str, ...] = ()
    tail_via_possessor: bool = False
    head_via_possessor: bool = False
    skips_product_units: bool = False
    not_unit_makers: bool = False
    not_with_preps: frozenset[str] = frozenset()
    tail_anywhere: bool = False
    tail_fallback: str | None = None
    fallback_habitual: bool = False
    fallback_with_amount: bool = False
    retype_tail: str | None = None


@dataclass(frozen=True)
class EntityRule:
    """A relation read off how entities are named or written together."""

    name: str
    kind: str
    head_types: frozenset[str]
    tail_types: frozenset[str]
    relation: str
    confidence: float
    preps: frozenset[str] = frozenset()
    reverse: bool = False
    role_nouns: frozenset[str] | None = None
    through_compound: bool = True
    listed_only: bool = False
    kind_nouns: frozenset[str] | None = None
    through_coref: bool = False
    not_kind_nouns: frozenset[str] = frozenset()
    not_role_nouns: frozenset[str] = frozenset()
    not_governors: frozenset[str] = frozenset()
    modifier_words: frozenset[str] | None = None
    not_modifier_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class GazetteerEntry:
    label: str
    type: str
    aliases: tuple[str, ...]
    wikidata: str | None
    headquarters: tuple[str, ...] = ()
    kind: str | None = None
    industries: tuple[str, ...] = ()
    within: tuple[str, ...] = ()
    maker: str | None = None  # a product's: the organization "the ChatGPT maker" means


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor knows about the language of news, loaded from data files."""

    ner_labels: dict[str, str]
    not_entities: frozenset[str]
    credit_line_words: frozenset[str]
    name_patterns: tuple[tuple[str, tuple[str, ...], str], ...]
    alias_cues: tuple[str, ...]
    corporate_suffixes: tuple[str, ...]
    organization_nominals: frozenset[str]
    descriptor_nouns: frozenset[str]
    company_nouns: frozenset[str]
    company_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    company_possessions: frozenset[str]
    place_nominals: frozenset[str]
    made_product_nouns: frozenset[str]
    product_owner_nouns: frozenset[str]
    business_titles: frozenset[str]
    government_nouns: frozenset[str]
    public_body_words: frozenset[str]
    title_words: frozenset[str]
    speaker_titles: frozenset[str]
    bare_leader_titles: frozenset[str]
    board_nouns: frozenset[str]
    deal_nouns: frozenset[str]
    deal_relations: frozenset[str]
    product_unit_nouns: frozenset[str]
    business_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    software_nouns: frozenset[str]
    drug_name_stems: tuple[str, ...]
    drug_nouns: frozenset[str]
    inclusion_verbs: frozenset[str]
    running_verbs: frozenset[str]
    designing_verbs: frozenset[str]
    owning_verbs: frozenset[str]
    founding_verbs: frozenset[str]
    contract_manufacturer_nouns: frozenset[str]
    organization_head_words: frozenset[str]
    affiliate_head_words: frozenset[str]
    not_products: frozenset[str]
    container_nouns: frozenset[str]
    commitment_nouns: frozenset[str]
    entitlement_nouns: frozenset[str]
    stake_nouns: frozenset[str]
    funding_nouns: frozenset[str]
    investor_nouns: frozenset[str]
    unit_nouns: frozenset[str]
    succession_verbs: frozenset[str]
    facility_nominals: frozenset[str]
    site_nouns: frozenset[str]
    broad_places: frozenset[str]
    industries: dict[str, str]
    legal_forms: frozenset[str]
    name_prefixes_to_trim: tuple[tuple[str, ...], ...]
    person_titles: tuple[tuple[str, str], ...]
    trigger_rules: tuple[TriggerRule, ...]
    entity_rules: tuple[EntityRule, ...]
    gazetteer: tuple[GazetteerEntry, ...]
    demonyms: dict[str, str]
    status_cues: dict[str, tuple[str, ...]]
    hedge_confidence: dict[str, float]
    blocked_when_potential: frozenset[str]
    negation_cues: frozenset[str]
    ending_cues: frozenset[str]
    held_when_ended: frozenset[str]
    ended_role_words: frozenset[str]
    denial_verbs: frozenset[str]
    report_nouns: frozenset[str]
    talks_nouns: frozenset[str]
    date_roles: dict[str, str]
    currencies: dict[str, str]
    scales: dict[str, float]
    vague_amounts: tuple[str, ...]


def short_name(lexicon: Lexicon, name: str) -> str | None:
    """The name without its corporate suffix (``Hon Hai Precision Industry`` -> ``Hon Hai``);
    None when there is none, or when what is left is not a name."""
    for suffix in lexicon.corporate_suffixes:
        if name.endswith(" " + suffix):
            short = name[: -len(suffix) - 1].rstrip(" ,")
            return short if short and short not in lexicon.not_entities else None
    return None


def listed_apart(listed: GazetteerEntry | None, other: GazetteerEntry | None) -> bool:
    """Two names the gazetteer lists as two entities are never one ("SoftBank Corp." is no
    "SoftBank", the group)."""
    return listed is not None and other is not None and listed is not other


def shorter_names(lexicon: Lexicon, name: str) -> Iterator[str]:
    """Each shorter name, one corporate suffix off at a time: "Grocery Outlet Holding Corp."
    gives "Grocery Outlet Holding", then "Grocery Outlet"."""
    for _ in range(3):
        shorter = short_name(lexicon, name)
        if not shorter:
            return
        yield shorter
        name = shorter


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ExtractionError(f"{path.name}: cannot load extraction data ({e})") from e
    if not isinstance(data, dict):
        raise ExtractionError(f"{path.name}: expected a JSON object")
    return data


def _check_types(where: str, types: list[str] | None) -> frozenset[str] | None:
    if types is None:
        return None
    unknown = set(types) - set(ENTITY_CLASSES)
    if unknown:
        raise ExtractionError(f"{where}: unknown entity classes {sorted(unknown)}")
    return frozenset(types)


def _place_names(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    """A gazetteer entry's list of place names: where a company is based, what a place lies in."""
    names = raw.get(key) or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ExtractionError(f"gazetteer {raw['label']!r}: {key!r} must be a list of place names")
    return tuple(names)


def _industries(raw: Any) -> dict[str, str]:
    """entities.json's industries, {"automaker": ["carmaker", "EV", ...]}, as a map from
    each word to its industry."""
    if not isinstance(raw, dict) or not all(
        isinstance(words, list) and all(isinstance(w, str) for w in words) for words in raw.values()
    ):
        raise ExtractionError("entities.json: 'industries' must map each industry to a list of words")
    by_word: dict[str, str] = {}
    for industry, words in raw.items():
        for word in (industry, *words):
            if by_word.setdefault(word.lower(), industry) != industry:
                raise ExtractionError(f"entities.json: {word!r} names two industries")
    return by_word


def _check_relation(where: str, name: str) -> str:
    if name not in RELATIONS:
        raise ExtractionError(f"{where}: relation {name!r} is not in the ontology")
    return name


def _roles(where: str, spec: str) -> tuple[str, ...]:
    roles = tuple(spec.split("|"))
    for role in roles:
        if role not in ROLE_NAMES and not role.startswith("prep:"):
            raise ExtractionError(f"{where}: unknown argument role {role!r}")
    return roles


def _expand_preps(roles: tuple[str, ...]) -> tuple[str, ...]:
    """``prep:on|in`` arrives split as ``prep:on``, ``in``: a bare word right after a
    preposition role is another preposition; anywhere else it is an unknown role."""
    out: list[str] = []
    for role in roles:
        if role in ROLE_NAMES or role.startswith("prep:"):
            out.append(role)
        elif out and out[-1].startswith("prep:"):
            out.append("prep:" + role)
        else:
            out.append(role)
    return tuple(out)


def _lemmas(raw: dict[str, Any], key: str, named: dict[str, frozenset[str]]) -> frozenset[str]:
    """A rule's list of lemmas, with any named word list ("@money") spelled out."""
    words: set[str] = set()
    for word in raw.get(key, ()):
        if word.startswith("@"):
            if word not in named:
                raise ExtractionError(f"{raw['name']}: {key} names no word list {word!r}")
            words |= named[word]
        else:
            words.add(word)
    return frozenset(words)


def _trigger_rule(raw: dict[str, Any], named: dict[str, frozenset[str]]) -> TriggerRule:
    name = raw["name"]
    emits = []
    for emit in raw["emit"]:
        head = _expand_preps(tuple(emit["head"].split("|")))
        tail = _expand_preps(tuple(emit["tail"].split("|")))
        _roles(name, "|".join(head))
        _roles(name, "|".join(tail))
        emits.append(Emit(_check_relation(name, emit["relation"]), head, tail))
    confidence = float(raw["confidence"])
    if not 0.0 < confidence <= 1.0:
        raise ExtractionError(f"{name}: confidence must be in (0, 1]")
    optional = {k: _lemmas(raw, k, named) for k in ("object_lemmas", "xcomp_lemmas", "modifier_lemmas") if k in raw}
    return TriggerRule(
        name=name,
        lemmas=frozenset(raw["lemmas"]),
        pos=frozenset(raw["pos"]),
        emits=tuple(emits),
        confidence=confidence,
        head_types=_check_types(name, raw.get("head_types")),
        tail_types=_check_types(name, raw.get("tail_types")),
        phrase_any=tuple(raw.get("phrase_any", ())),
        undone_by=frozenset(raw.get("undone_by", ())),
        governors=frozenset(raw["governors"]) if "governors" in raw else None,
        not_governors=frozenset(raw.get("not_governors", ())),
        not_habitual=bool(raw.get("not_habitual", False)),
        not_owned_object=bool(raw.get("not_owned_object", False)),
        private_head=bool(raw.get("private_head", False)),
        named_head=bool(raw.get("named_head", False)),
        named_tail=bool(raw.get("named_tail", False)),
        not_object_lemmas=_lemmas(raw, "not_object_lemmas", named),
        not_modifier_lemmas=frozenset(raw.get("not_modifier_lemmas", ())),
        tail_via_possessor=bool(raw.get("tail_via_possessor", False)),
        head_via_possessor=bool(raw.get("head_via_possessor", False)),
        skips_product_units=bool(raw.get("skips_product_units", False)),
        not_unit_makers=bool(raw.get("not_unit_makers", False)),
        not_with_preps=frozenset(raw.get("not_with_preps", ())),
        tail_anywhere=bool(raw.get("tail_anywhere", False)),
        tail_fallback=next(iter(_check_types(name, [raw["tail_fallback"]]) or ()), None)
        if "tail_fallback" in raw
        else None,
        fallback_habitual=bool(raw.get("fallback_habitual", False)),
        fallback_with_amount=bool(raw.get("fallback_with_amount", False)),
        retype_tail=raw.get("retype_tail"),
        **optional,
    )


def _role_nouns(rule: dict[str, Any], entities: dict[str, Any], key: str = "role_nouns") -> frozenset[str] | None:
    """An entity rule may only read role nouns of one word list of entities.json
    ("a Hong Kong construction firm" names a company's place, "a former chief in X" does not),
    or, with ``not_role_nouns``, read any but those ("a Yandex co-founder" is no employee);
    ``kind_nouns`` and ``not_kind_nouns`` name the lists of kinds of products it reads or
    leaves ("Nvidia's Blackwell GPUs" are developed, "Microsoft's Azure" is operated)."""
    name = rule.get(key)
    if name is None:
        return None
    words = entities.get(name)
    if not isinstance(words, list):
        raise ExtractionError(f"{rule['name']}: {key} {name!r} is not a word list of entities.json")
    return frozenset(words)


@lru_cache(maxsize=4)
def load_lexicon(data_dir: Path = DATA_DIR, extra_gazetteers: tuple[Path, ...] = ()) -> Lexicon:
    """Read and validate every extraction data file; raise ExtractionError on a bad one.

    ``extra_gazetteers`` are the user's own gazetteer files (same format as
    ``gazetteer.json``); their entries come first, so they win over the built-in ones.
    """
    entities = _read(data_dir / "entities.json")
    relations = _read(data_dir / "relations.json")
    qualifiers = _read(data_dir / "qualifiers.json")
    gazetteer_path = data_dir / "gazetteer.json"
    gazetteer = _read(gazetteer_path) if gazetteer_path.exists() else {"entries": []}
    user_entries: list[Any] = []
    for extra in extra_gazetteers:
        if not extra.is_file():
            raise ExtractionError(f"{extra}: no such gazetteer file")
        entries_of = _read(extra).get("entries")
        if not isinstance(entries_of, list):
            raise ExtractionError(f"{extra.name}: a gazetteer needs a list 'entries'")
        user_entries.extend(entries_of)
    gazetteer = {"entries": [*user_entries, *gazetteer["entries"]]}
    try:
        ner_labels = dict(entities["ner_labels"])
        _check_types("entities.json ner_labels", list(ner_labels.values()))
        patterns = []
        for group in entities["name_patterns"]:
            _check_types("entities.json name_patterns", [group["type"]])
            for suffix in group["suffixes"]:
                label = "prefix" if suffix in ("initiative", "project", "program", "programme", "venture") else "full"
                patterns.append((group["type"], tuple(suffix.split()), label))
        titles = []
        for relation, words in entities["person_titles"].items():
            _check_relation("entities.json person_titles", relation)
            titles.extend((w, relation) for w in words)
        money_words = frozenset(  # "@money" in a rule's lemma lists: currencies and scales of qualifiers.json
            {c.lower() for c in qualifiers["currencies"] if " " not in c} | set(qualifiers["scales"])
        )
        trigger_rules = tuple(_trigger_rule(r, {"@money": money_words}) for r in relations["trigger_rules"])
        for r in relations["entity_rules"]:
            if r["kind"] not in ENTITY_RULE_KINDS:
                raise ExtractionError(f"{r['name']}: unknown entity rule kind {r['kind']!r}")
        entity_rules = tuple(
            EntityRule(
                name=r["name"],
                kind=r["kind"],
                head_types=_check_types(r["name"], r["head_types"]) or frozenset(),
                tail_types=_check_types(r["name"], r["tail_types"]) or frozenset(),
                relation=_check_relation(r["name"], r["relation"]),
                confidence=float(r["confidence"]),
                preps=frozenset(r.get("preps", ())),
                reverse=bool(r.get("reverse", False)),
                role_nouns=_role_nouns(r, entities),
                kind_nouns=_role_nouns(r, entities, "kind_nouns"),
                through_coref=bool(r.get("through_coref", False)),
                not_kind_nouns=_role_nouns(r, entities, "not_kind_nouns") or frozenset(),
                not_role_nouns=_role_nouns(r, entities, "not_role_nouns") or frozenset(),
                through_compound=bool(r.get("through_compound", True)),
                listed_only=bool(r.get("listed_only", False)),
                not_governors=frozenset(r.get("not_governors", ())),
                modifier_words=frozenset(r["modifier_words"]) if "modifier_words" in r else None,
                not_modifier_words=frozenset(r.get("not_modifier_words", ())),
            )
            for r in relations["entity_rules"]
        )
        demonyms_path = data_dir / "demonyms.json"
        demonyms = dict(_read(demonyms_path)["demonyms"]) if demonyms_path.exists() else {}
        by_place: dict[str, list[str]] = {}
        for word, place in demonyms.items():
            by_place.setdefault(place, []).append(word)
        industries = _industries(entities.get("industries", {}))
        industry_names = frozenset(industries.values())
        entries = []
        for raw in gazetteer["entries"]:
            if not isinstance(raw, dict) or not isinstance(raw.get("label"), str):
                raise ExtractionError(f"gazetteer entry without a label: {raw!r}"[:200])
            _check_types(f"gazetteer {raw.get('label')!r}", [raw["type"]])
            aliases = tuple(raw.get("aliases") or ())
            if raw["type"] == "Place":
                aliases += tuple(sorted(by_place.pop(raw["label"], ())))
            headquarters = _place_names(raw, "headquarters")
            within = _place_names(raw, "within")
            kind = raw.get("kind")
            if kind is not None and not isinstance(kind, str):
                raise ExtractionError(f"gazetteer {raw['label']!r}: 'kind' must be a word")
            listed = raw.get("industries") or []
            if not isinstance(listed, list) or not set(listed) <= industry_names:
                raise ExtractionError(
                    f"gazetteer {raw['label']!r}: 'industries' must list industries of entities.json, not {listed!r}"
                )
            maker = raw.get("maker")
            if maker is not None and (not isinstance(maker, str) or raw["type"] != "Product"):
                raise ExtractionError(f"gazetteer {raw['label']!r}: 'maker' names the organization of a product")
            entries.append(GazetteerEntry(
                raw["label"], raw["type"], aliases, raw.get("wikidata"), headquarters, kind, tuple(listed), within, maker
            ))
        labels = {e.label: e.type for e in entries}
        for entry in entries:
            if entry.maker is not None and labels.get(entry.maker) != "Organization":
                raise ExtractionError(f"gazetteer {entry.label!r}: its maker {entry.maker!r} is no organization the gazetteer lists")
        if by_place:
            raise ExtractionError(f"demonyms.json: places not in the gazetteer: {sorted(by_place)}")
        for rel in (*qualifiers["blocked_when_potential"], *qualifiers["held_when_ended"]):
            _check_relation("qualifiers.json", rel)
        return Lexicon(
            ner_labels=ner_labels,
            not_entities=frozenset(entities["not_entities"]),
            credit_line_words=frozenset(entities.get("credit_line_words", ())),
            name_patterns=tuple(sorted(patterns, key=lambda p: -len(p[1]))),
            alias_cues=tuple(sorted(entities["alias_cues"], key=len, reverse=True)),
            corporate_suffixes=tuple(sorted(entities["corporate_suffixes"], key=len, reverse=True)),
            organization_nominals=frozenset(entities["organization_nominals"]),
            descriptor_nouns=frozenset(entities["organization_nominals"]) | frozenset(entities.get("descriptor_nouns", ())),
            company_nouns=frozenset(entities["organization_nominals"]) - frozenset(entities.get("person_or_company_nouns", ())),
            company_verbs=frozenset(entities.get("company_verbs", ())),
            naming_verbs=frozenset(entities.get("naming_verbs", ())),
            company_possessions=frozenset(entities.get("company_possessions", ())),
            place_nominals=frozenset(entities.get("place_nominals", ())),
            made_product_nouns=frozenset(entities.get("made_product_nouns", ())),
            product_owner_nouns=frozenset(entities.get("product_owner_nouns", ())),
            business_titles=frozenset(entities.get("business_titles", ())),
            government_nouns=frozenset(entities.get("government_nouns", ())),
            public_body_words=frozenset(entities.get("public_body_words", ())),
            title_words=frozenset(entities["title_words"]),
            speaker_titles=frozenset(entities.get("speaker_titles", ())),
            bare_leader_titles=frozenset(entities.get("bare_leader_titles", ())),
            board_nouns=frozenset(entities.get("board_nouns", ())),
            deal_nouns=frozenset(entities.get("deal_nouns", ())),
            deal_relations=frozenset(entities.get("deal_relations", ())),
            product_unit_nouns=frozenset(entities.get("product_unit_nouns", ())),
            business_nouns=frozenset(entities.get("business_nouns", ())),
            receiving_verbs=frozenset(entities.get("receiving_verbs", ())),
            software_nouns=frozenset(entities.get("software_nouns", ())),
            drug_name_stems=tuple(entities.get("drug_name_stems", ())),
            drug_nouns=frozenset(entities.get("drug_nouns", ())),
            inclusion_verbs=frozenset(entities.get("inclusion_verbs", ())),
            running_verbs=frozenset(entities.get("running_verbs", ())),
            designing_verbs=frozenset(entities.get("designing_verbs", ())),
            owning_verbs=frozenset(entities.get("owning_verbs", ())),
            founding_verbs=frozenset(entities.get("founding_verbs", ())),
            contract_manufacturer_nouns=frozenset(entities.get("contract_manufacturer_nouns", ())),
            organization_head_words=frozenset(entities.get("organization_head_words", ())),
            affiliate_head_words=frozenset(entities.get("affiliate_head_words", ())),
            not_products=frozenset(entities.get("not_products", ())),
            container_nouns=frozenset(entities.get("container_nouns", ())),
            commitment_nouns=frozenset(entities.get("commitment_nouns", ())),
            entitlement_nouns=frozenset(entities.get("entitlement_nouns", ())),
            stake_nouns=frozenset(entities.get("stake_nouns", ())),
            funding_nouns=frozenset(entities.get("funding_nouns", ())),
            investor_nouns=frozenset(entities.get("investor_nouns", ())),
            unit_nouns=frozenset(entities.get("unit_nouns", ())),
            succession_verbs=frozenset(entities.get("succession_verbs", ())),
            facility_nominals=frozenset(entities.get("facility_nominals", ())),
            site_nouns=frozenset(entities["site_nouns"]),
            broad_places=frozenset(entities.get("broad_places", ())) | frozenset(demonyms.values()),
            industries=industries,
            legal_forms=frozenset(entities["legal_forms"]),
            name_prefixes_to_trim=tuple(
                sorted((tuple(p.split()) for p in entities.get("name_prefixes_to_trim", ())), key=len, reverse=True)
            ),
            person_titles=tuple(sorted(titles, key=lambda t: -len(t[0]))),
            trigger_rules=trigger_rules,
            entity_rules=entity_rules,
            gazetteer=tuple(entries),
            demonyms=demonyms,
            status_cues={k: tuple(v) for k, v in qualifiers["status_cues"].items()},
            hedge_confidence={k: float(v) for k, v in qualifiers["hedge_confidence"].items()},
            blocked_when_potential=frozenset(qualifiers["blocked_when_potential"]),
            negation_cues=frozenset(qualifiers["negation_cues"]),
            ending_cues=frozenset(qualifiers["ending_cues"]),
            held_when_ended=frozenset(qualifiers["held_when_ended"]),
            ended_role_words=frozenset(w.lower() for w in qualifiers.get("ended_role_words", ())),
            denial_verbs=frozenset(qualifiers.get("denial_verbs", ())),
            report_nouns=frozenset(qualifiers.get("report_nouns", ())),
            talks_nouns=frozenset(qualifiers.get("talks_nouns", ())),
            date_roles=dict(qualifiers["date_roles"]),
            currencies=dict(qualifiers["currencies"]),
            scales={k: float(v) for k, v in qualifiers["scales"].items()},
            vague_amounts=tuple(qualifiers["vague_amounts"]),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise ExtractionError(f"extraction data is malformed: {e!r}") from e
