"""A fact as the extractor states it: two arguments, a relation, the qualifiers the clause
around the trigger gives, a confidence and the provenance (sentence and character span).

Both readers of relations (trigger words and entity rules) make their facts here, so
hedging, confidence and provenance follow one policy, documented in docs/model.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from kg.extract.lexicon import Lexicon
from kg.extract.qualifiers import QualifierReader
from kg.model import Mention, Provenance, Relation
from kg.nlp import SOURCE_TEXT
from kg.vocab import RELATIONS


@dataclass(frozen=True)
class Arg:
    """An argument of a relation: the mention and the token that stood for it in the text."""

    mention: Mention
    token: Token
    via_coref: bool = False
    guessed: bool = False


class FactMaker:
    """Turns two arguments and a trigger into a ``Relation`` with qualifiers and provenance."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.qualifiers = QualifierReader(lexicon)

    def make(
        self,
        predicate: str,
        head: Arg,
        tail: Arg,
        trigger: Token,
        sent: Span,
        rule: str,
        confidence: float,
        document: str,
        date: str | None,
        *,
        modal: bool = True,
    ) -> Relation | None:
        """``modal=False`` for relations read off names and titles ("Microsoft Azure",
        "company chairman X"): the clause around them does not hedge them."""
        if modal and self.qualifiers.asked(trigger):
            return None  # "declined to say whether it had held talks with X": nothing stated
        qualifiers = self.qualifiers.read(
            trigger, sent, (head.token, tail.token), article_date=date, modal=modal,
            ended_is_negated=predicate not in self.lexicon.held_when_ended,
        )
        aim_of_talks = modal and self.qualifiers.aim_of_talks(trigger)
        if predicate in self.lexicon.blocked_when_potential and (qualifiers.status == "potential" or aim_of_talks):
            return None
        if aim_of_talks and qualifiers.status != "potential":
            qualifiers = replace(qualifiers, status="potential")  # "in talks to buy cells from X": not yet bought
        confidence *= self.lexicon.hedge_confidence.get(qualifiers.status or "", 1.0)
        if head.via_coref or tail.via_coref:
            confidence *= 0.9
        tokens = [trigger, head.token, tail.token]
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        provenance = Provenance(
            document=document,
            sentence=_source(sent).strip(),
            sentence_start=sent.start_char,
            start=start,
            end=end,
            rule=rule,
            confidence=round(confidence, 3),
        )
        return Relation(head.mention, predicate, tail.mention, provenance, qualifiers)


def _source(sent: Span) -> str:
    """The sentence as the article wrote it (the parser may have read it with straight apostrophes)."""
    source = sent.doc.user_data.get(SOURCE_TEXT)
    return source[sent.start_char : sent.end_char] if source is not None else sent.text


def last_word(relations: tuple[Relation, ...], name: Callable[[str], str]) -> tuple[Relation, ...]:
    """"Honda and Nissan began merger talks in December ... The two companies called off
    the talks in February": what a document says last about a pair stands, so a fact it
    later negates is dropped (the negation is kept). A negated possibility ("is not in talks
    to raise more money from X") undoes only possibilities, not what was stated as done
    ("X will invest $5 billion"). ``name`` maps a mention's text to the name it shares with
    the organization's shorter forms."""
    def key(relation: Relation) -> tuple[str, str, str]:
        head, tail = name(relation.head.text), name(relation.tail.text)
        if RELATIONS[relation.predicate].symmetric and tail < head:
            head, tail = tail, head
        return head, relation.predicate, tail

    undone: dict[tuple[str, str, str], int] = {}
    undone_possibilities: dict[tuple[str, str, str], int] = {}
    for relation in relations:
        if relation.qualifiers.negated:
            k = key(relation)
            if relation.qualifiers.status != "potential":
                undone[k] = max(undone.get(k, -1), relation.provenance.start)
            undone_possibilities[k] = max(undone_possibilities.get(k, -1), relation.provenance.start)
    if not undone_possibilities:
        return relations
    return tuple(
        r for r in relations
        if r.qualifiers.negated or (undone_possibilities if r.qualifiers.status == "potential" else undone).get(
            key(r), -1) < r.provenance.start
    )


def denied_reports(
    relations: tuple[Relation, ...], denials: tuple[set[str], set[int]], name: Callable[[str], str]
) -> tuple[Relation, ...]:
    """"The report claimed X held talks with Y ... X denied the report": what a report the
    document speaks of says about a company that denies a report is negated; what the
    journalist reports citing sources ("according to media reports") is not."""
    companies, reporting = denials
    if not companies:
        return relations
    deniers = {name(company) for company in companies}
    return tuple(
        _negated(r)
        if r.qualifiers.status == "reported" and not r.qualifiers.negated
        and r.provenance.sentence_start in reporting
        and (name(r.head.text) in deniers or name(r.tail.text) in deniers)
        else r
        for r in relations
    )


def _negated(relation: Relation) -> Relation:
    return replace(relation, qualifiers=replace(relation.qualifiers, negated=True))
