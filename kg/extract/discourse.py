"""Relations read across a document's sentences rather than inside one: "Under the deal, X
will pay ..." speaks of a deal named before, "Hotard, who replaced Pekka Lundmark" hands on a
title the text gave earlier. Both run after the sentence-level reading, on its relations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Span, Token

from kg.extract import syntax
from kg.extract.coref import PRONOUNS_PERSON, Coreference
from kg.extract.facts import Arg, FactMaker
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import DocMentions, sentence_of
from kg.extract.names import surname
from kg.model import Relation


class DiscourseReader:
    """Reads what a sentence says about facts read in other sentences of the document."""

    def __init__(
        self,
        lexicon: Lexicon,
        facts: FactMaker,
        coref: Coreference,
        argument: Callable[[Token, DocMentions, None], Arg | None],
    ) -> None:
        """``argument`` resolves a token to the entity it stands for (a name, a pronoun, a
        description), as the sentence-level reader does."""
        self.lexicon = lexicon
        self.facts = facts
        self.coref = coref
        self.argument = argument

    def successions(
        self, found: DocMentions, read: list[Relation], document: str, date: str | None
    ) -> Iterator[Relation]:
        """"Hotard, who replaced Pekka Lundmark in April", "Fiddelke will succeed Brian Cornell":
        where the text gives one of the two a company's top title and the sentence names no
        other ("as chief executive" is read with the title), the other held or takes it."""
        leaders: dict[str, list[Relation]] = {}
        for r in read:
            if r.predicate in ("ceoOf", "chairmanOf") and not r.qualifiers.negated:
                leaders.setdefault(surname(r.head.text), []).append(r)
        if not leaders:
            return
        doc = found.doc
        verbs = {doc.vocab.strings[v] for v in self.lexicon.succession_verbs}
        for i in (i for i, lemma in enumerate(doc.to_array(LEMMA).tolist()) if lemma in verbs):
            verb = doc[i]
            if verb.pos_ != "VERB":
                continue
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
                continue
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            before = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ == "relcl" and any(t.lower_ in ("who", "whom") for t in before):
                before = [verb.head.head if verb.head.dep_ == "appos" else verb.head]  # "X, a former Y executive who"
            after = [p for a in verb.children if a.dep_ == "agent" for p in syntax.agent_objects(a)] if passive \
                else [c for c in verb.children if c.dep_ == "dobj"]
            new, old = (after, before) if passive else (before, after)
            spans = [[found.at(t) for t in new], [found.at(t) or self.coref.person(t, found) for t in old]]
            if not all(len(side) == 1 and side[0] is not None and found.type_of(side[0]) == "Person" for side in spans):
                continue
            (successor,), (predecessor,) = spans
            told_before = any(t.lower_ in PRONOUNS_PERSON for t in old)
            for holder, other in ((successor, predecessor), (predecessor, successor)):
                held = {(r.predicate, r.tail.text): r for r in leaders.get(surname(holder.text), [])}
                if len(held) == 2 and len({tail for _, tail in held}) == 1:
                    held = {k: r for k, r in held.items() if k[0] == "ceoOf"}  # "chairman and CEO X ... succeeded by Y"
                if len(held) != 1 or leaders.get(surname(other.text)):
                    continue
                (title, _), source = next(iter(held.items()))
                org = next((s for s in found.spans if s.start_char == source.tail.start), None)
                if org is None or not (
                    self._spoken_of(org, sentence_of(verb), found)
                    or (told_before and holder == predecessor and not self._names_another(org, verb, found))
                ):
                    continue  # "Rørsted, who ran Adidas, will succeed Sturm" as Hugo Boss's chairman
                rel = self.facts.make(
                    title, Arg(found.mention(other), other.root), Arg(found.mention(org), verb, via_coref=True),
                    verb, sentence_of(verb), "succession", 0.65, document, date, modal=other == successor,
                )  # the predecessor's title is no plan
                if rel is not None:
                    yield rel

    @staticmethod
    def _names_another(org: Span, verb: Token, found: DocMentions) -> bool:
        """Whether the succession's clause names a company other than ``org``; what a
        relative clause on the successor tells ("Y, who ran Lilly's unit") does not count."""
        sent, key = sentence_of(verb), found.cluster_key(org)
        return any(
            sent.start <= s.start < sent.end and found.type_of(s) == "Organization" and found.cluster_key(s) != key
            and not any(a.dep_ in ("relcl", "acl") for a in s.root.ancestors if a.i != verb.i and verb in a.ancestors)
            for s in found.spans
        )

    def _spoken_of(self, org: Span, sent: Span, found: DocMentions) -> bool:
        """The company is named in the sentence, or a description in it means the company
        ("the Espoo-based company")."""
        key = found.cluster_key(org)
        if any(sent.start <= s.start < sent.end and found.cluster_key(s) == key for s in found.spans):
            return True
        return any(
            self.coref.refers(t) and (meant := self.coref.organization(t, found)) is not None
            and found.cluster_key(meant) == key
            for t in sent if t.pos_ == "NOUN"
        )

    def under_the_deal(
        self, found: DocMentions, read: list[Relation], document: str, date: str | None
    ) -> Iterator[Relation]:
        """"Under the deal, Biogen will pay $38.50 per share, a 41% premium to Dyne's close":
        who acts under a deal the text spoke of has an agreement with its other party, the one
        other company of the sentence or else the party of the first deal read about it."""
        doc = found.doc
        under = doc.vocab.strings["under"]
        for i in (i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower == under):
            token = doc[i]
            if token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
                continue
            deal = next((c for c in token.children if c.dep_ == "pobj"), None)
            if deal is None or deal.lemma_.lower() not in self.lexicon.deal_nouns or not any(
                c.lower_ in ("the", "that", "this", "its", "their") for c in deal.children
            ):
                continue
            party = next((a for s in syntax.subjects(token.head) if (a := self.argument(s, found, None)) is not None), None)
            if party is None or party.mention.type != "Organization":
                continue
            sent = sentence_of(token)
            key = found.cluster_key(found.by_token[party.token.i]) if party.token.i in found.by_token else party.mention.text
            others = {
                found.cluster_key(s): s for s in found.spans
                if sent.start <= s.start < sent.end and found.type_of(s) == "Organization"
                and found.cluster_key(s) != key and s.text != party.mention.text
                and not syntax.speaks_for(s.root) and not syntax.listens(s.root)
                and not any(a.dep_ in ("relcl", "acl", "appos") for a in s.root.ancestors)
                and s.root not in party.token.subtree
            }
            if len(others) == 1:
                other = next(iter(others.values()))
                partner = Arg(found.mention(other), other.root)
            else:
                partner = next((
                    Arg(m, deal, via_coref=True) for r in read
                    if r.provenance.start < sent.start_char and r.predicate in self.lexicon.deal_relations
                    for m, n in ((r.tail, r.head), (r.head, r.tail))
                    if n.text == party.mention.text and m.type == "Organization"
                ), None)
            if partner is not None:
                rel = self.facts.make("hasAgreementWith", party, partner, deal, sent, "under-the-deal", 0.6, document, date)
                if rel is not None:
                    yield rel
