"""Records that flow between the stages.

Stages exchange these frozen dataclasses, never Click contexts or file handles. Offsets are
character offsets into ``Article.text``, end exclusive, so every fact points back at the
exact words it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known about where it came from."""

    id: str
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Mention:
    """A named thing as written in one article."""

    text: str
    start: int
    end: int
    type: str


@dataclass(frozen=True)
class Qualifiers:
    """What a statement says beyond its three terms (dates, amounts, modality)."""

    start_date: str | None = None
    end_date: str | None = None
    point_in_time: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    amount_text: str | None = None
    percentage: Decimal | None = None
    status: str | None = None
    negated: bool = False


@dataclass(frozen=True)
class Provenance:
    """Where a statement was read: document, sentence, span, rule and confidence."""

    document: str
    sentence: str
    sentence_start: int
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Relation:
    """A relation between two mentions, as one article states it."""

    head: Mention
    predicate: str
    tail: Mention
    provenance: Provenance
    qualifiers: Qualifiers = field(default_factory=Qualifiers)


@dataclass(frozen=True)
class AliasLink:
    """Two mentions the text says name the same thing, and the evidence for it."""

    mention: Mention
    alias_of: Mention
    reason: str


@dataclass(frozen=True)
class Extraction:
    """Everything the extractor found in one article."""

    article: Article
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    aliases: tuple[AliasLink, ...] = ()
    apart: tuple[tuple[str, str], ...] = ()  # names the text says are a unit and its parent


@dataclass(frozen=True)
class Entity:
    """A resolved entity: one canonical label, its aliases and why they were merged."""

    key: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    merge_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """A relation between resolved entities, with its qualifiers and provenance."""

    head: str
    predicate: str
    tail: str
    provenance: Provenance
    qualifiers: Qualifiers = field(default_factory=Qualifiers)


@dataclass(frozen=True)
class ResolvedDocument:
    """One article after resolution: the entities it mentions and the facts it states."""

    article: Article
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
