"""Merge the names of one article into entities, and entities across articles.

Names merge when the text says so ("A, better known as B", "Advanced Micro Devices
(AMD)"), when the gazetteer lists them as one entity, when one is the other without its
corporate suffix ("Hon Hai Precision Industry" -> "Hon Hai"), or when a lone surname is
the last word of a person named in full. Every merge keeps its reason, so ``kg entities``
can show why two names became one. Names already in the store keep their entity, so a new
article about "Hon Hai" joins the node an earlier article made for Foxconn.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from kg.extract.lexicon import GazetteerEntry, Lexicon, listed_apart, shorter_names
from kg.extract.names import SPELLED_OUT, NameUnion, surname
from kg.model import Entity, Extraction, Fact, ResolvedDocument
from kg.vocab import RELATIONS, ancestors

_KIND_WORDS = ("initiative", "project", "program", "programme", "venture")


@dataclass(frozen=True)
class KnownEntity:
    """An entity already in the store: its label and type, found by any of its names."""

    label: str
    type: str


def entity_key(type_: str, label: str) -> str:
    """The key (and the IRI path) of an entity: its class and canonical label."""
    return f"{type_}/{label}"


class Resolver:
    """Resolves extractions against the gazetteer and what the store already knows."""

    def __init__(self, lexicon: Lexicon, *, min_confidence: float = 0.0) -> None:
        """Facts below ``min_confidence`` are dropped before a more precise fact can stand
        for a broader one: a doubtful ceoOf must not hide a sure worksFor."""
        self.lexicon = lexicon
        self.min_confidence = min_confidence
        self.gazetteer: dict[str, GazetteerEntry] = {}
        for entry in lexicon.gazetteer:
            for name in (entry.label, *entry.aliases):
                self.gazetteer.setdefault(name.lower(), entry)

    def resolve(
        self, extraction: Extraction, *, known: Mapping[str, KnownEntity] | None = None
    ) -> ResolvedDocument:
        known = known or {}
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for mention in extraction.mentions:
            votes[mention.text][mention.type] += 1
        for relation in extraction.relations:
            for mention in (relation.head, relation.tail):
                votes[mention.text][mention.type] += 3
        names = NameUnion()
        for text in votes:
            names.add(text)
        preferred: set[str] = set()
        spelled_out: set[str] = set()
        for link in extraction.aliases:
            names.union(link.mention.text, link.alias_of.text, link.reason)
            preferred.add(link.mention.text)
            if link.reason == SPELLED_OUT:
                spelled_out.add(link.alias_of.text)
        self._merge_by_rules(names, votes, {frozenset(pair) for pair in extraction.apart}, spelled_out)

        label_of: dict[str, str] = {}
        type_of: dict[str, str] = {}
        entities: dict[str, Entity] = {}
        for root, members in names.groups().items():
            counter: Counter[str] = Counter()
            for member in members:
                counter.update(votes[member])
            entry = next((self.gazetteer[m.lower()] for m in members if m.lower() in self.gazetteer and m not in spelled_out), None)
            match = next((known[m.lower()] for m in members if m.lower() in known and not self._listed_as_other(m, known[m.lower()])), None)
            if match is not None:
                label, type_ = match.label, _known_type(match, counter)
            elif entry is not None:
                label, type_ = entry.label, entry.type
            else:
                type_ = max(sorted(counter), key=lambda t: counter[t])
                label = self._label(members, preferred, type_, counter=votes)
            all_names = set(members) | ({entry.label, *entry.aliases} if entry else set())
            aliases = sorted(all_names - {label})
            reasons = list(names.reasons.get(root, []))
            if entry is not None:
                reasons.append(f"gazetteer: {entry.label}" + (f" ({entry.wikidata})" if entry.wikidata else ""))
            same_as = (f"http://www.wikidata.org/entity/{entry.wikidata}",) if entry and entry.wikidata else ()
            key = entity_key(type_, label)
            for member in members:
                label_of[member] = key
                type_of[member] = type_
            previous = entities.get(key)
            if previous is not None:
                aliases = sorted(set(previous.aliases) | set(aliases))
                reasons = [*previous.merge_reasons, *reasons]
            entities[key] = Entity(key, label, type_, tuple(aliases), same_as, tuple(reasons))

        facts: dict[tuple[str, str, str, int], Fact] = {}
        for relation in extraction.relations:
            head, tail = label_of[relation.head.text], label_of[relation.tail.text]
            if head == tail or not RELATIONS[relation.predicate].accepts(entities[head].type, entities[tail].type):
                continue
            if relation.provenance.confidence < self.min_confidence:
                continue
            fact = Fact(head, relation.predicate, tail, relation.provenance, relation.qualifiers)
            fact_key = (head, relation.predicate, tail, relation.provenance.sentence_start)
            if fact_key not in facts or facts[fact_key].provenance.confidence < fact.provenance.confidence:
                facts[fact_key] = fact
        stated: dict[tuple[str, str], set[str]] = defaultdict(set)
        for head, predicate, tail, _ in facts:
            stated[head, tail].add(predicate)
        ordered = tuple(facts[k] for k in sorted(facts) if not _said_more_precisely(k[1], stated[k[0], k[2]]))
        return ResolvedDocument(
            article=extraction.article,
            entities=tuple(entities[k] for k in sorted(entities)),
            facts=ordered,
        )

    def _listed_as_other(self, name: str, known: KnownEntity) -> bool:
        """"CMA", spelled out as another company's letters in an earlier article, still
        means what the gazetteer lists it as in one that does not spell it out."""
        entry = self.gazetteer.get(name.lower())
        return entry is not None and entry.label != known.label

    def _merge_by_rules(
        self, names: NameUnion, votes: Mapping[str, Counter[str]], apart: set[frozenset[str]], spelled_out: set[str]
    ) -> None:
        """Names the rules say are one entity, but never a unit and its parent the text named apart."""
        texts = sorted(votes)
        lower = {t.lower(): t for t in texts}
        by_entry: dict[str, str] = {}
        for text in texts:
            if text.lower() != text and text.lower() in lower and lower[text.lower()] != text:
                names.union(lower[text.lower()], text, "same name, other case")
            entry = self.gazetteer.get(text.lower()) if text not in spelled_out else None
            if entry is not None:
                if entry.label in by_entry:
                    names.union(by_entry[entry.label], text, f"gazetteer lists both as {entry.label}")
                else:
                    by_entry[entry.label] = text
            short = next((
                n for k, n in enumerate(shorter_names(self.lexicon, text))
                if n in votes and (k == 0 or _vote(votes[n]) == _vote(votes[text]))
            ), None)  # "Hong Kong Holdings Limited" is no "Hong Kong"
            if short and not listed_apart(entry, self.gazetteer.get(short.lower())) and frozenset((text, short)) not in apart:
                names.union(text, short, "same name without its corporate suffix")
            stripped = _strip_kind_word(text)
            if stripped and stripped in votes:
                names.union(stripped, text, "same name without its kind word")

        for head_less, full in self._head_less_names(texts, votes).items():
            if frozenset((full, head_less)) not in apart:
                names.union(full, head_less, "same name without its kind of company")
        persons = [t for t in texts if votes[t].most_common(1)[0][0] == "Person"]
        for text in persons:
            if " " in text:
                continue
            full = [p for p in persons if " " in p and surname(p) == text]
            if len(full) == 1:
                names.union(full[0], text, "surname of a person named in full")

    def _head_less_names(self, texts: list[str], votes: Mapping[str, Counter[str]]) -> dict[str, str]:
        """"Kestrel Therapeutics ... Kestrel said": the name without its kind word, where
        one company alone is named so and the short name is no company the gazetteer knows
        ("Panasonic Energy" is Panasonic's unit) and the kind word names no affiliate of
        the same name ("Leapmotor International", "Intel Capital")."""
        fulls: dict[str, list[str]] = defaultdict(list)
        for text in texts:
            words = text.split()
            if (
                len(words) > 1 and words[-1] in self.lexicon.organization_head_words
                and words[-1] not in self.lexicon.affiliate_head_words
            ):
                fulls[" ".join(words[:-1])].append(text)
        return {
            short: full[0] for short, full in fulls.items()
            if len(full) == 1 and short in votes and short.lower() not in self.gazetteer
            and _vote(votes[short]) == _vote(votes[full[0]]) == "Organization"
        }

    def _label(self, members: list[str], preferred: set[str], type_: str, *, counter: Mapping[str, Counter[str]]) -> str:
        quiet = [m for m in members if not _shouted(m)]
        members = quiet or members  # "EMERYVILLE, Calif." in a dateline, "Emeryville" in the story
        chosen = [m for m in members if m in preferred]
        if chosen:
            return chosen[0]
        stripped = [s for s in (_strip_kind_word(m) for m in members) if s]
        if stripped:
            return stripped[0]
        if type_ == "Person":
            # "Antonio Filosa ... Filosa ... Filosa": a person goes by the name in full
            return max(members, key=lambda m: (len(m.split()), sum(counter[m].values()), len(m), m))
        return max(members, key=lambda m: (sum(counter[m].values()), len(m), m))


_OUTVOTED_BY = 3


def _known_type(match: KnownEntity, votes: Counter[str]) -> str:
    """The type the store knows a name by, unless this document says clearly otherwise
    (a relation's worth of votes more): one article that took a startup for a place
    must not make it a place in every later article."""
    if not votes:
        return match.type
    local = max(sorted(votes), key=lambda t: votes[t])
    return local if votes[local] >= votes[match.type] + _OUTVOTED_BY else match.type


def _vote(votes: Counter[str]) -> str:
    return max(sorted(votes), key=lambda t: votes[t]) if votes else ""


def _shouted(name: str) -> bool:
    """A name whose first word is in capitals, as datelines write them ("EMERYVILLE, Calif.");
    not an acronym alone ("AMD")."""
    first = name.split()[0].rstrip(",")
    return " " in name and len(first) > 3 and first.isupper()


def _strip_kind_word(text: str) -> str | None:
    """"Stargate initiative" -> "Stargate": a lower-case kind word is not part of the name."""
    words = text.split()
    if len(words) > 1 and words[-1] in _KIND_WORDS:
        return " ".join(words[:-1])
    return None


def _said_more_precisely(predicate: str, stated: set[str]) -> bool:
    """A worksFor of a pair the document also names a ceoOf adds nothing, nor a
    suppliesTo of a pair it names a manufacturesFor (``stated``: every relation the
    document reads between the pair). An investment said with a stake ("invest $1.3
    billion in X, taking an 11% stake") stays: it carries the amount, the stake the
    percentage."""
    return predicate != "investsIn" and any(predicate in ancestors(p) for p in stated if p != predicate)
