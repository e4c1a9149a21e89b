"""Relations from the dependency parse, driven by the trigger rules in ``relations.json``.

A rule names trigger lemmas and, for each relation it states, the syntactic roles that
hold its head and tail (``subject``, ``object``, ``prep:with``, ``possessor``...). The code
here only knows English grammar: how to find a verb's subject through passives, control
verbs and coordination, how "it" or "the company" points back to a named organization.
Which words state which relation is all in the data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from kg.extract.lexicon import EntityRule, Lexicon, TriggerRule
from kg.extract.mentions import (
    PRONOUNS_ORG,
    PRONOUNS_PERSON,
    DocMentions,
    MentionFinder,
    proper_name_start,
    sentence_number,
    sentence_of,
    sentences,
)
from kg.extract.qualifiers import QualifierReader
from kg.model import AliasLink, Mention, Provenance, Relation
from kg.vocab import RELATIONS

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = ("which", "who", "that", "whom")
# Prepositions that make a company the beneficiary of something, not a thing with a place
_PARTY_PREPS = frozenset({"for", "against"})
# Parts of speech no trigger or job title has: skipped without a lookup.
_NEVER_TRIGGERS = frozenset({"PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "SYM", "SPACE", "PRON", "X"})
_CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "appos", "parataxis")
_CLIMB = ("pobj", "prep", "dobj", "attr", "oprd", "acomp", "npadvmod", "appos", "agent")


@dataclass(frozen=True)
class Arg:
    """An argument of a relation: the mention and the token that stood for it in the text."""

    mention: Mention
    token: Token
    via_coref: bool = False
    guessed: bool = False


class RelationReader:
    """Applies the lexicon's trigger and entity rules to one parsed document."""

    def __init__(self, lexicon: Lexicon, finder: MentionFinder) -> None:
        self.lexicon = lexicon
        self.finder = finder
        self.qualifiers = QualifierReader(lexicon)
        self.by_lemma: dict[str, list[TriggerRule]] = {}
        for rule in lexicon.trigger_rules:
            for lemma in rule.lemmas:
                self.by_lemma.setdefault(lemma.lower(), []).append(rule)
        self.titles_by_last: dict[str, list[tuple[str, str]]] = {}
        for phrase, relation in lexicon.person_titles:
            self.titles_by_last.setdefault(phrase.split()[-1].lower(), []).append((phrase, relation))
        self.title_vocabulary = frozenset(
            w.lower() for phrase, _ in lexicon.person_titles for w in phrase.replace("-", " - ").split()
        ) | {w.lower() for w in lexicon.title_words} | {"and", "&", "-", ","}

    def read(self, found: DocMentions, *, document: str, article_date: str | None) -> Iterator[Relation]:
        doc = found.doc
        for sent in doc.sents:
            for token in sent:
                if token.pos_ in _NEVER_TRIGGERS:
                    continue
                lemma, lower = token.lemma_.lower(), token.lower_
                rules = self.by_lemma.get(lemma, [])
                if lower != lemma:
                    rules = rules + self.by_lemma.get(lower, [])
                if token.pos_ == "VERB":
                    # phrasal verbs and set phrases: "rolled out", "took over", "taking part", "joined forces"
                    for particle in token.children:
                        if particle.dep_ in ("prt", "dobj", "oprd", "acomp"):
                            rules = rules + self.by_lemma.get(f"{lemma} {particle.lower_}", [])
                for rule in rules:
                    if token.pos_ in rule.pos or (token.pos_ == "PROPN" and "NOUN" in rule.pos):
                        yield from self._apply(rule, token, sent, found, document, article_date)
                title = self._title(token)
                if title:
                    yield from self._titles(title, token, sent, found, document, article_date)
        yield from self._entity_rules(found, document, article_date)

    # -- trigger rules

    def _apply(
        self, rule: TriggerRule, trigger: Token, sent: Span, found: DocMentions, document: str, date: str | None
    ) -> Iterator[Relation]:
        objects = [c.lemma_.lower() for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and found.at(c) is None]
        if rule.object_lemmas and not any(lemma in rule.object_lemmas or "*" in rule.object_lemmas for lemma in objects):
            return  # "*": any object that is no name ("buys GPUs from X", not "buys Acme from X")
        if rule.not_object_lemmas and any(lemma in rule.not_object_lemmas for lemma in objects):
            return  # "buy Intel common stock" is no takeover; "buy Fabrikam Holding" is
        if rule.xcomp_lemmas and not any(
            c.lemma_.lower() in rule.xcomp_lemmas for c in trigger.children if c.dep_ in ("xcomp", "acl")
        ) and not any(v.lemma_.lower() in rule.xcomp_lemmas for v in _infinitives(trigger)):
            return
        if rule.modifier_lemmas and not any(
            c.lemma_.lower() in rule.modifier_lemmas for c in trigger.children if c.dep_ in ("amod", "compound", "advmod")
        ):
            return
        if rule.phrase_any:
            window = sent.doc[max(trigger.i - 3, sent.start) : min(trigger.i + 4, sent.end)].text.lower()
            if not any(p in window for p in rule.phrase_any):
                return
        seen_rel: set[tuple[str, int, int, str]] = set()
        for emit in rule.emits:
            if emit.head == ("pair",):
                # "an employment agreement between Acme Inc. and Jane Roe": the pair in either order
                spec = RELATIONS[emit.relation]
                fitted = [
                    (self._fit(h, spec.domain, found), self._fit(t, spec.range, found))
                    for h, t in self._pairs(emit.tail, trigger, found)
                ]
                pairs = [(h, t) if spec.accepts(h.mention.type, t.mention.type) else (t, h) for h, t in fitted]
            else:
                heads = self._role_args(emit.head, trigger, found, rule, is_tail=False)
                tails = self._role_args(emit.tail, trigger, found, rule, is_tail=True)
                pairs = [(h, t) for h in heads for t in tails]
            spec = RELATIONS[emit.relation]
            for head, tail in pairs:
                if tail.via_coref and not tail.guessed and tail.mention.text == head.mention.text:
                    # "SoftBank also invested in the company": another company than the investor
                    other = self._coref(tail.token, found, exclude=head.mention.text)
                    if other is None:
                        continue
                    tail = Arg(found.mention(other), tail.token, via_coref=True)
                if head.mention.start == tail.mention.start or head.mention.text == tail.mention.text:
                    continue
                head, tail = self._fit(head, spec.domain, found), self._fit(tail, spec.range, found)
                head = self._one_word_company(head, spec.domain, found, head=True)
                tail = self._one_word_company(tail, spec.range, found)
                if head.mention.text == tail.mention.text:
                    continue  # "AWS, Amazon's cloud unit": the product stood for its owner
                if rule.retype_tail and tail.mention.type not in (rule.tail_types or ()) and tail.mention.text not in self.finder.gazetteer:
                    tail = Arg(Mention(tail.mention.text, tail.mention.start, tail.mention.end, rule.retype_tail), tail.token, tail.via_coref)
                if rule.head_types and head.mention.type not in rule.head_types:
                    continue
                if rule.tail_types and tail.mention.type not in rule.tail_types:
                    continue
                if not RELATIONS[emit.relation].accepts(head.mention.type, tail.mention.type):
                    continue
                key = (emit.relation, head.mention.start, tail.mention.start, head.mention.text)
                if key in seen_rel:
                    continue
                seen_rel.add(key)
                relation = self._relation(
                    emit.relation, head, tail, trigger, sent, rule.name, rule.confidence, document, date
                )
                if relation is not None and rule.undone_by and _clause_verb(trigger).lemma_.lower() in rule.undone_by:
                    # "sold its stake in X": the stake is no more
                    relation = replace(relation, qualifiers=replace(relation.qualifiers, negated=True))
                if relation is not None:
                    yield relation

    def _relation(
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
        qualifiers = self.qualifiers.read(trigger, sent, (head.token, tail.token), article_date=date, modal=modal)
        if qualifiers.status == "potential" and predicate in self.lexicon.blocked_when_potential:
            return None
        confidence *= self.lexicon.hedge_confidence.get(qualifiers.status or "", 1.0)
        if head.via_coref or tail.via_coref:
            confidence *= 0.9
        tokens = [trigger, head.token, tail.token]
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        provenance = Provenance(
            document=document,
            sentence=sent.text.strip(),
            sentence_start=sent.start_char,
            start=start,
            end=end,
            rule=rule,
            confidence=round(confidence, 3),
        )
        return Relation(head.mention, predicate, tail.mention, provenance, qualifiers)

    def _role_args(
        self, roles: tuple[str, ...], trigger: Token, found: DocMentions, rule: TriggerRule, *, is_tail: bool
    ) -> list[Arg]:
        for role in roles:
            tokens = self._role_tokens(role, trigger, found, deep=is_tail and rule.tail_anywhere)
            args = []
            for token in tokens:
                arg = self._arg(token, found, rule if is_tail else None)
                if arg is not None:
                    args.append(arg)
                    if arg.token.head == token and arg.token.dep_ in ("compound", "nmod"):
                        # "its AI200 and AI250 chips": every name before the noun
                        args.extend(
                            Arg(found.mention(span), c) for c in arg.token.conjuncts
                            if (span := found.at(c)) is not None and found.type_of(span) == arg.mention.type
                        )
            if role == "self":
                span = found.at(trigger) or _left_name(trigger, found)
                if span is not None:
                    args = [Arg(found.mention(span), trigger)]
            if args:
                return args
        return []

    def _role_tokens(self, role: str, trigger: Token, found: DocMentions, *, deep: bool = False) -> list[Token]:
        if role == "subject":
            return _expand(_subjects(trigger, self.lexicon.commitment_nouns))
        if role == "object":
            objects = _objects(trigger)
            if trigger.dep_ in ("acl", "relcl") and objects == [trigger.head]:
                # "A, B (acquired by C) and D": the participle describes what precedes it
                return [t for o in objects for t in (o, *o.conjuncts) if t.i < trigger.i]
            return _expand(objects)
        if role == "possessor":
            owners = [c for c in trigger.children if is_possessor(c)]
            if not owners and trigger.dep_ == "compound":
                owners = [c for c in trigger.head.children if is_possessor(c)]
            return owners
        if role == "compound":
            own = found.at(trigger)
            compounds = [c for c in trigger.children if c.dep_ == "compound" and (own is None or found.at(c) is not own)]
            # "obesity drug developer": the modifiers make one phrase, named by the last
            return [c for c in compounds if not (c.i + 1 < trigger.i and trigger.doc[c.i + 1] in compounds and found.at(c) is None)]
        if role == "appos-holder":
            holders = _appos_holder(trigger)
            if trigger.dep_ == "appos":
                # "A, a unit of C, and B": the apposition describes A alone
                return [t for h in holders for t in (h, *h.conjuncts) if t.i < trigger.i]
            return _expand(holders)
        if role == "appos":
            named = _appos_children(trigger, found)
            return _expand(named) if trigger.dep_ != "compound" else named
        if role == "npadvmod":
            return [c for c in trigger.children if c.dep_ in ("npadvmod", "compound")]
        if role == "governor":
            return [trigger.head] if trigger.dep_ in ("acl", "amod", "relcl") else []
        if role == "xcomp-object":
            return _expand([o for x in trigger.children if x.dep_ == "xcomp" for o in _objects(x)])
        if role == "acl-object":
            # "in talks to acquire X", "a deal to supply X", "a deal worth $2 billion to supply X"
            return _expand([o for v in _infinitives(trigger) for o in _objects(v)])
        if role == "acl-agent":
            # "a funding round led by X": who does what the participle after the noun says
            return _expand([
                p for c in trigger.children if c.dep_ == "acl"
                for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
            ])
        if role == "xcomp-agent":
            # "agreed to be acquired by X"
            return _expand([
                p for x in trigger.children if x.dep_ == "xcomp"
                for a in x.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
            ])
        if role.startswith("prep:"):
            words = set(role[5:].split("|"))
            objects = _prep_objects(trigger, words)
            if not objects and deep:
                objects = [o for t in trigger.subtree if t != trigger for o in _prep_objects(t, words)]
            if trigger.dep_ == "appos":
                # "between A, a unit of B, and C": ", and" closes the apposition, C is not B's peer
                return [t for o in objects for t in (o, *o.conjuncts) if t is o or not _after_comma_and(t)]
            return _expand(objects)
        return []

    def _arg(self, token: Token, found: DocMentions, rule: TriggerRule | None, *, depth: int = 0) -> Arg | None:
        """The entity a role token stands for: a mention, what a pronoun, relative
        pronoun, definite description or apposition refers to, or a proper noun the
        entity recognizer missed."""
        span = found.at(token)
        named = self._named_after_descriptor(token, span, found)
        if named is not None:
            return named
        if span is not None:
            return Arg(found.mention(span), token)
        if depth < 2 and token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
            antecedent = self._arg(token.head.head, found, None, depth=depth + 1)
            if antecedent is not None:
                return Arg(antecedent.mention, token, via_coref=True)
        if depth < 2 and token.dep_ == "appos":
            # "IREN, the Australian data center operator": the name it describes, not a coreference
            holder = self._arg(token.head, found, None, depth=depth + 1)
            if holder is not None:
                return holder
        coref = self._coref(token, found) or self._person_coref(token, found)
        if coref is not None:
            return Arg(found.mention(coref), token, via_coref=True)
        if depth < 2 and token.dep_ == "attr" and token.head.lemma_ == "be" and token.pos_ == "NOUN":
            # "X is an American company headquartered in Y"
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            holder = self._arg(subjects[0], found, None, depth=depth + 1) if subjects else None
            if holder is not None:
                return holder
        unit = token.lemma_.lower() in self.lexicon.descriptor_nouns  # "its Altera unit": no place
        named = [
            found.at(c) for c in token.children
            if c.dep_ in ("compound", "nmod") and found.at(c) is not None
            and (unit or found.type_of(found.at(c)) != "Place")
        ]
        if named and token.pos_ in ("NOUN", "PROPN"):
            return Arg(found.mention(named[-1]), named[-1].root)
        described = [found.at(c) for c in token.children if c.dep_ == "appos" and found.at(c) is not None]
        if described and token.pos_ in ("NOUN", "PROPN"):
            # "the 34th president, Dwight Eisenhower, was born in ..."
            return Arg(found.mention(described[0]), described[0].root)
        guessed = self._unlisted_proper_noun(token, found)
        if guessed is not None:
            return guessed
        if rule is None:
            return None
        if rule.tail_via_possessor:
            for child in token.children:
                if is_possessor(child):
                    inner = found.at(child) or self._coref(child, found)
                    if inner is not None:
                        return Arg(found.mention(inner), child, via_coref=found.at(child) is None)
        if rule.tail_anywhere:
            for inner in token.subtree:
                span = found.at(inner)
                if span is not None and found.type_of(span) == "Organization":
                    return Arg(found.mention(span), inner)
        if rule.tail_fallback and depth < 2 and token.lemma_.lower() in self.lexicon.container_nouns:
            # "offers a wide range of project control services"
            inner = _prep_objects_of(token, frozenset({"of"}))
            if inner:
                return self._arg(inner[0], found, rule, depth=depth + 1)
        if (
            rule.tail_fallback and token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() not in self.lexicon.not_products
            and token.ent_type_ not in _NOT_THINGS
        ):
            chunk = _noun_chunk(token, found)
            if chunk is not None:
                return Arg(Mention(chunk.text, chunk.start_char, chunk.end_char, rule.tail_fallback), token)
        return None

    def _named_after_descriptor(self, token: Token, span: Span | None, found: DocMentions) -> Arg | None:
        """"invested in AI startup Anthropic", "acquired streaming service Tubi": the
        parser often hangs the name after a descriptive noun elsewhere, or leaves it out;
        the argument is the name, not the words that describe it."""
        if token.dep_ in ("compound", "amod", "nmod", "poss"):
            return None
        doc, end = token.doc, sentence_of(token).end
        described = span is None and token.lower_ in self.lexicon.descriptor_nouns
        i = span.end if span is not None else token.i + 1
        while i < end and i - token.i <= 4:
            word = doc[i]
            if word.is_lower and (word.lower_ in self.lexicon.descriptor_nouns or word.lemma_ in self.lexicon.descriptor_nouns):
                described = True
            elif described or not (word.is_lower and word.pos_ in ("NOUN", "ADJ")):
                break
            i += 1
        if not described or i >= end or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            return None
        name = found.at(doc[i])
        if name is not None:
            return Arg(found.mention(name), doc[i])
        last = i
        while last + 1 < end and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper():
            last += 1
        words = doc[i : last + 1]
        if any(t.text in self.lexicon.not_entities or t.text in self.lexicon.title_words for t in words):
            return None
        return Arg(Mention(words.text, words.start_char, words.end_char, "Organization"), doc[last], True, True)

    def _unlisted_proper_noun(self, token: Token, found: DocMentions | None = None) -> Arg | None:
        """"Amazon agreed to buy iRobot": a proper noun in an argument slot names an
        organization even when the entity recognizer missed it; so does a capitalized
        noun right after a descriptive one ("drug developer Orbexa"). The surname of a
        person named before ("Michael Fiddelke ... Fiddelke, who ...") names that person."""
        doc = token.doc
        described = (
            token.pos_ == "NOUN" and token.text[:1].isupper() and token.i > sentence_of(token).start
            and doc[token.i - 1].is_lower and doc[token.i - 1].lemma_ in self.lexicon.descriptor_nouns
        )
        if (token.pos_ != "PROPN" and not described) or token.text in self.lexicon.not_entities or not token.text[:1].isalpha():
            return None
        if token.ent_type_ in _NOT_THINGS:
            return None
        start = proper_name_start(token)
        while start > sentence_of(token).start and not doc[start - 1].whitespace_ and doc[start - 1].text.isalnum():
            start -= 1  # "3G Capital": the tokenizer split a name written as one word
        span = doc[start : token.i + 1]
        if not any(ch.isupper() for ch in span.text) or any(t.text in self.lexicon.title_words for t in span):
            return None
        surname = found is not None and len(span) == 1 and any(
            s.end <= token.i and len(s) > 1 and s[-1].text == token.text and found.type_of(s) == "Person"
            for s in found.spans
        )
        type_ = "Person" if surname else "Organization"
        return Arg(Mention(span.text, span.start_char, span.end_char, type_), token, True, True)

    def _fit(self, arg: Arg, allowed: tuple[str, ...], found: DocMentions | None = None) -> Arg:
        """The recognizer often calls an unknown company a place ("Seagen", "Nvidia");
        a name the gazetteer does not list as a place can fill an organization slot.
        A product named after its company ("partnered with Google Cloud") stands for
        the company where only an organization fits: the graph keeps one type per entity."""
        mention = arg.mention
        if found is not None and mention.type == "Product" and "Product" not in allowed and "Organization" in allowed:
            owner = self._owner_prefix(mention, found)
            if owner is not None:
                return Arg(owner, arg.token, arg.via_coref, arg.guessed)
        if arg.guessed and "Organization" not in allowed and "Person" in allowed:
            return Arg(Mention(mention.text, mention.start, mention.end, "Person"), arg.token, arg.via_coref, arg.guessed)
        if mention.type == "Place" and "Place" not in allowed and "Organization" in allowed and (
            mention.text not in self.finder.gazetteer and arg.token.ent_type_ != "NORP"
        ):
            return Arg(Mention(mention.text, mention.start, mention.end, "Organization"), arg.token, arg.via_coref)
        return arg

    def _one_word_company(
        self, arg: Arg, allowed: tuple[str, ...], found: DocMentions | None = None, *, head: bool = False
    ) -> Arg:
        """"Myogen was acquired by Gilead": what is bought or sold (the relations whose
        objects are companies or products) is not a person, nor is who buys, partners or
        sells (the relations only an organization does): a one-word name the recognizer
        took for a surname is a company there, unless the text names a person so
        ("Elon Musk ... Musk")."""
        mention = arg.mention
        only_organizations = "Place" not in allowed if head else "Product" in allowed
        if (
            mention.type == "Person" and "Person" not in allowed and "Organization" in allowed and only_organizations
            and " " not in mention.text and mention.text not in self.finder.gazetteer
            and not self._titled(arg)
            and not (found is not None and any(
                s.text.endswith(" " + mention.text) and found.type_of(s) == "Person" for s in found.spans
            ))
        ):
            return Arg(Mention(mention.text, mention.start, mention.end, "Organization"), arg.token, arg.via_coref, arg.guessed)
        return arg

    def _titled(self, arg: Arg) -> bool:
        """"Mr. Cline", "CEO Smith": a title right before the name makes it a person's."""
        doc = arg.token.doc
        span = doc.char_span(arg.mention.start, arg.mention.end, alignment_mode="expand")
        return span is not None and span.start > 0 and doc[span.start - 1].text in self.lexicon.title_words

    def _owner_prefix(self, mention: Mention, found: DocMentions) -> Mention | None:
        words = mention.text.split()
        for k in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:k])
            entry = self.finder.gazetteer.get(prefix)
            if prefix in found.org_names or (entry is not None and entry.type == "Organization"):
                return Mention(prefix, mention.start, mention.start + len(prefix), "Organization")
        return None

    def _coref(self, token: Token, found: DocMentions, exclude: str | None = None) -> Span | None:
        """"it"/"its" and "the company" point back to an organization named earlier
        (other than ``exclude``, the relation's other argument)."""
        lower = token.lower_
        nominal = token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.organization_nominals and (
            any(c.lower_ in ("the", "this", "that") for c in token.children if c.dep_ == "det")
            or token.dep_ == "compound"
        )
        if lower not in PRONOUNS_ORG and not nominal:
            return None
        earlier = [
            s for s in found.spans
            if s.end <= token.i and found.type_of(s) == "Organization" and s.text != exclude
        ]
        if not earlier:
            return None
        if lower in PRONOUNS_ORG:
            here = sentence_number(token)
            same_sentence = [s for s in earlier if sentence_number(s[0]) == here]
            if same_sentence:
                return self._clause_subject(token, same_sentence) or same_sentence[-1]
        return self._salient(earlier, token)

    @staticmethod
    def _clause_subject(pronoun: Token, candidates: list[Span]) -> Span | None:
        """"SoftBank sold its stake in Nvidia to fund its bets": a possessive pronoun
        means the subject of its clause when that subject is one of the candidates; a
        subject pronoun, the subject of the clause that reports it ("X said it will")."""
        owned = pronoun.head
        if is_possessor(pronoun) and owned.dep_ == "conj":
            # "both Acme Corp. and its bank subsidiary": the conjunct before it
            partner = next((s for s in reversed(candidates) if s.root == owned.head), None)
            if partner is not None:
                return partner
        verb = pronoun
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        for _ in range(3):
            if verb.pos_ not in ("VERB", "AUX"):
                return None
            subjects = {t.i for t in _expand(_subjects(verb))} - {pronoun.i}
            chosen = next((s for s in reversed(candidates) if s.root.i in subjects), None)
            if chosen is not None or verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or verb.head == verb:
                return chosen
            # "Stellantis, the maker of Jeep, said it will invest": the one who said it
            verb = verb.head
        return None

    def _person_coref(self, token: Token, found: DocMentions) -> Span | None:
        """"he", "his home", "her hometown": the last person named in this sentence,
        else the subject of the sentence before."""
        if token.lower_ not in PRONOUNS_PERSON:
            return None
        sent = sentence_of(token)
        people = [s for s in found.spans if sent.start <= s.start and s.end <= token.i and found.type_of(s) == "Person"]
        if people:
            return people[-1]
        if sent.start == 0:
            return None
        previous = sentence_of(token.doc[sent.start - 1])
        subjects = [
            s for s in found.spans
            if previous.start <= s.start < previous.end and found.type_of(s) == "Person" and s.root.dep_ in _SUBJ
        ]
        return subjects[0] if subjects else None

    def _salient(self, earlier: list[Span], token: Token) -> Span:
        """The organization a definite description most likely means: recent mentions
        count more, and subjects (or their possessors) more than other mentions. A
        sentence whose subject is itself "it" or "the company" keeps the topic of the
        sentences before ("Micron said ... The memory chipmaker expects ... The chipmaker
        signed")."""
        here = sentence_number(token)
        by_sentence: dict[int, list[Span]] = {}
        for span in earlier:
            by_sentence.setdefault(sentence_number(span[0]), []).append(span)
        spans = sentences(token.doc)[0]
        score: dict[str, float] = {}
        last: dict[str, Span] = {}
        for number in range(min(by_sentence), here + 1):
            score = {key: value * 0.5 for key, value in score.items()}
            for span in by_sentence.get(number, ()):
                key = self.finder.cluster_key(span)
                root = span.root
                subject = root.dep_ in _SUBJ or (is_possessor(root) and root.head.dep_ in _SUBJ)
                score[key] = score.get(key, 0.0) + (2.0 if subject else 1.0)
                last[key] = span
            if number < here and score and self._topic_subject(spans[number], by_sentence.get(number, ())):
                best = max(score, key=lambda key: (score[key], last[key].start))
                score[best] += 2.0
        best = max(score, key=lambda key: (score[key], last[key].start))
        return last[best]

    def _topic_subject(self, sentence: Span, named: Iterable[Span]) -> bool:
        """Whether the sentence's subject is "it" or "the company", with no company named as subject."""
        if any(span.root.dep_ in _SUBJ for span in named):
            return False
        return any(
            t.dep_ in _SUBJ and t.head.dep_ == "ROOT" and (
                t.lower_ in PRONOUNS_ORG
                or (t.pos_ == "NOUN" and t.lemma_.lower() in self.lexicon.organization_nominals
                    and any(c.lower_ == "the" for c in t.children if c.dep_ == "det"))
            )
            for t in sentence
        )

    def _pairs(self, roles: tuple[str, ...], trigger: Token, found: DocMentions) -> list[tuple[Arg, Arg]]:
        for role in roles:
            tokens = self._role_tokens(role, trigger, found)
            if len(tokens) < 2 and role.startswith("prep:"):
                # "Agreement, dated as of May 1, between X and Y": the phrase hangs on "dated"
                tokens = _expand([
                    p for t in trigger.children if t.dep_ == "acl" for p in _prep_objects_of(t, frozenset(role[5:].split("|")))
                ]) or tokens
            if len(tokens) == 1 and tokens[0].lower_ in ("they", "their"):
                tokens = _group_antecedent(tokens[0]) or tokens
            if len(tokens) == 1 and self._plural_nominal(tokens[0]):
                # "Nvidia will invest in Intel and the two companies will co-develop chips"
                args = self._last_two_companies(tokens[0], found)
                if args:
                    return [args]
            args = [a for a in (self._arg(t, found, None) for t in tokens) if a is not None]
            if len(args) >= 2:
                return [(args[i], args[j]) for i in range(len(args)) for j in range(i + 1, len(args))]
        return []

    def _plural_nominal(self, token: Token) -> bool:
        """"the two companies", "both firms": a plural company noun that means a pair."""
        return (
            token.tag_ == "NNS" and token.lemma_.lower() in self.lexicon.organization_nominals
            and any(c.lower_ in ("the", "both", "two") for c in token.children if c.dep_ in ("det", "nummod", "predet"))
        )

    def _last_two_companies(self, token: Token, found: DocMentions) -> tuple[Arg, Arg] | None:
        """The two companies named last before ``token``, in its sentence or the one before."""
        here = sentence_number(token)
        spans = sentences(token.doc)[0]
        for sent in [spans[here], *spans[max(here - 1, 0) : here]]:
            named: dict[str, Span] = {}
            for span in found.spans:
                company = found.type_of(span) == "Organization" or (
                    found.type_of(span) == "Place" and span.text not in self.finder.gazetteer
                )
                if sent.start <= span.start and span.end <= min(sent.end, token.i) and company:
                    named.pop(self.finder.cluster_key(span), None)
                    named[self.finder.cluster_key(span)] = span
            if len(named) >= 2:
                first, second = list(named.values())[-2:]
                return Arg(found.mention(first), first.root, True), Arg(found.mention(second), second.root, True)
        return None

    # -- titles: "company chairman Young Liu", "Tim Cook, chief executive of Apple"

    def _title_frame(self, title: Token, found: DocMentions) -> tuple[Span, Span] | None:
        """"ORG title (and title) PERSON" read off the words: the company named right
        before a run of title words, the person right after it."""
        doc, sent = title.doc, sentence_of(title)
        start = title.i
        while start > sent.start and found.at(doc[start - 1]) is None and doc[start - 1].lower_ in self.title_vocabulary:
            start -= 1
        end = title.i + 1
        while end < sent.end and found.at(doc[end]) is None and doc[end].lower_ in self.title_vocabulary:
            end += 1
        if start == sent.start or end >= sent.end:
            return None
        org, person = found.at(doc[start - 1]), found.at(doc[end])
        if org is None or person is None or found.type_of(org) != "Organization" or found.type_of(person) != "Person":
            return None
        return org, person

    def _title(self, token: Token) -> str | None:
        for phrase, relation in self.titles_by_last.get(token.lower_, ()):
            size = len(phrase.split())
            if token.i >= size - 1 and token.doc[token.i - size + 1 : token.i + 1].text.lower() == phrase.lower():
                return relation
        return None

    def _titles(
        self, relation: str, title: Token, sent: Span, found: DocMentions, document: str, date: str | None
    ) -> Iterator[Relation]:
        person = None
        conjoined = title
        while title.dep_ == "conj" and title.head != title:
            # "Nvidia's co-founder and chief executive": the first title says whose and who
            title = title.head
        if title.dep_ == "compound" or title.head.dep_ == "compound":
            head = title.head
            while head.dep_ == "compound" and head.head != head:
                head = head.head
            person = found.at(head)
        elif title.dep_ == "appos":
            person = found.at(title.head)
        elif title.dep_ == "attr":
            subjects = _subjects(title)
            person = found.at(subjects[0]) if subjects else None
        elif title.dep_ == "pobj" and title.head.head.pos_ in ("VERB", "AUX") and (
            title.head.lower_ == "as"
            or (title.head.lower_ == "to" and title.head.head.lemma_.lower() in _PROMOTION_VERBS)
        ):
            # "X served as president of Y", "X was named as chief executive of Y"
            # "Target named Jane Roe, its COO, as its next chief executive": the object
            verb = title.head.head
            person = next(
                (span for t in (*_objects(verb), *_subjects(verb))
                 if (span := found.at(t)) is not None and found.type_of(span) == "Person"),
                None,
            )
        if person is None or found.type_of(person) != "Person":
            person_appos = [c for c in title.children if c.dep_ == "appos" and found.at(c) is not None]
            person = found.at(person_appos[0]) if person_appos else person
        if (person is None or found.type_of(person) != "Person") and title.dep_ == "oprd":
            # "Kroger named Ron Sargent interim chief executive": the name parsed into the title
            person = next(
                (span for c in title.children if c.dep_ == "compound"
                 and (span := found.at(c)) is not None and found.type_of(span) == "Person"),
                person,
            )
        framed = self._title_frame(conjoined, found)
        if (person is None or found.type_of(person) != "Person") and framed is not None:
            person = framed[1]
        if person is None or found.type_of(person) != "Person":
            return
        orgs: list[Arg] = []
        via_board = False
        for pobj in _expand(_prep_objects(conjoined, {"of", "at", "for"}) or _prep_objects(title, {"of", "at", "for"})):
            arg = self._arg(pobj, found, None)
            for _ in range(2):
                if arg is not None:
                    break
                # "Chairman of the Board of X", "member of the board of directors of X"
                via_board = via_board or pobj.lemma_.lower() == "board"
                deeper = _prep_objects_of(pobj, frozenset({"of", "at", "for"}))
                pobj = deeper[0] if deeper else pobj
                arg = next((a for p in deeper if (a := self._arg(p, found, None))), None)
            if arg is not None:
                orgs.append(arg)
        if via_board and relation == "worksFor":
            relation = "boardMemberOf"
        if not orgs:
            # "Intel CEO Lip-Bu Tan", "Rio Tinto's chief executive"; "of X" wins over a compound
            for child in _word_children(title):
                if (child.dep_ == "compound" or is_possessor(child)) and found.at(child) != person:
                    arg = self._arg(child, found, None)
                    if arg is not None:
                        orgs.append(arg)
        if title.dep_ == "compound":
            for sibling in title.head.children:
                if (sibling.dep_ == "compound" or is_possessor(sibling)) and sibling.i < title.i and found.at(sibling) is not person:
                    arg = self._arg(sibling, found, None)
                    if arg is not None:
                        orgs.append(arg)
        if not orgs and framed is not None and framed[1] == person:
            # "Nvidia founder and CEO Jensen Huang", however the parser hangs it together
            orgs.append(Arg(found.mention(framed[0]), framed[0].root))
        appointer = title.head.head if title.dep_ == "pobj" and title.head.lower_ == "as" else (
            title.head if title.dep_ == "oprd" else None
        )
        if not orgs and appointer is not None:
            # "Dell appointed Jeff Clarke as chief operating officer": who appoints employs
            for token in _subjects(appointer):
                span = found.at(token)
                if span is not None and span != person and found.type_of(span) == "Organization":
                    orgs.append(Arg(found.mention(span), token))
        if not orgs:
            orgs.extend(_unlisted_name(title, self.lexicon.title_words))
        confidence = 0.85
        speaker = title.lower_ in self.lexicon.speaker_titles
        if not orgs and (speaker or (title.text[:1].isupper() and _speaks_for(person.root))):
            # "Becton Dickinson sells needle containers, said Linda Schmitt, a spokeswoman",
            # "..., Chairman Akio Toyoda said": a speaker of nobody named speaks for the one
            # company in the sentence
            companies = {self.finder.cluster_key(s): s
                         for s in found.spans if sent.start <= s.start < sent.end and found.type_of(s) == "Organization"
                         and (speaker or s.end <= person.start)}
            if len(companies) == 1:
                only = next(iter(companies.values()))
                orgs.append(Arg(found.mention(only), only.root))
                confidence = 0.6
        person_arg = Arg(found.mention(person), person.root)
        for org in (self._fit(o, ("Organization",)) for o in orgs):
            if org.token.dep_ == "pobj" and not any(c.dep_ == "det" for c in org.token.children):
                # "Assistant Controller of Williams"
                org = self._one_word_company(org, ("Organization",), found, head=True)
            if (
                org.mention.type != "Organization"
                and org.mention.text not in self.finder.gazetteer
                and is_possessor(org.token)
            ):
                # "Rio Tinto's chief executive": whoever has a chief executive is an organization.
                m = org.mention
                org = Arg(Mention(m.text, m.start, m.end, "Organization"), org.token, org.via_coref, org.guessed)
            if org.mention.type != "Organization" or org.mention.text == person.text:
                continue
            rel = self._relation(
                relation, person_arg, org, conjoined, sent, "title-" + relation, confidence, document, date, modal=False
            )
            if rel is not None:
                yield rel

    # -- entity rules: possessives and names built from other names

    def _entity_rules(self, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        readers = {
            "possessive": self._possessive,
            "name_prefix": self._name_prefix,
            "name_contains": self._name_contains,
            "prep": self._prep_link,
            "appositive_role": self._appositive_role,
            "appos": self._appos,
            "demonym": self._demonym,
            "compound_place": self._compound_place,
        }
        for rule in self.lexicon.entity_rules:
            yield from readers[rule.kind](rule, found, document, date)

    def _possessive(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        for span in found.spans_of(rule.head_types):
            if found.type_of(span) not in rule.head_types or not is_possessor(span.root):
                continue
            owned = span.root.head
            target = found.at(owned)
            if target is None and rule.through_compound:
                # "Microsoft's Azure cloud"; but not "Taiwan's first Nvidia partner"
                target = next(
                    (found.at(c) for c in owned.children if c.dep_ == "compound" and found.at(c) is not None), None
                )
                if target is None and owned.dep_ == "compound" and owned.text in self.lexicon.title_words:
                    target = found.at(owned.head)  # "China's Premier Li Peng"
            if target is None or target is span or found.type_of(target) not in rule.tail_types:
                continue
            if rule.listed_only and target.text not in self.finder.gazetteer:
                continue  # "Amazon's Jassy": an unknown name after a company's is as often its chief
            if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.by_lemma for c in owned.children if c.i < target.start):
                continue  # "Apple's supplier Foxconn": the trigger noun says how they relate
            head = Arg(found.mention(span), span.root)
            tail = Arg(found.mention(target), target.root)
            if rule.reverse:
                head, tail = tail, head
            rel = self._relation(
                rule.relation, head, tail, owned, sentence_of(span.root), rule.name, rule.confidence, document, date, modal=False
            )
            if rel is not None:
                yield rel

    def _name_prefix(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"Microsoft Azure" -> Microsoft operates Azure; "Hon Hai Tech Day" -> organizes."""
        for span in found.spans_of(rule.tail_types):
            if found.type_of(span) not in rule.tail_types:
                continue
            for k in range(len(span) - 1, 0, -1):
                prefix = span[:k].text
                owner = found.org_names.get(prefix)
                if owner is None and prefix in self.finder.gazetteer:
                    entry = self.finder.gazetteer[prefix]
                    owner = span[:k] if entry.type == "Organization" else None
                if owner is None:
                    continue
                head_mention = Mention(span[:k].text, span[:k].start_char, span[:k].end_char, "Organization")
                if owner is not span[:k] and owner.text != prefix:
                    head_mention = found.mention(owner)
                head = Arg(head_mention, span[0])
                tail = Arg(found.mention(span), span.root)
                rel = self._relation(
                    rule.relation, head, tail, span.root, sentence_of(span.root), rule.name, rule.confidence, document, date,
                    modal=False,
                )
                if rel is not None:
                    yield rel
                break

    def _prep_link(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"Oxford in central Massachusetts", "Scott Hinton of Elders Futures Inc."."""
        for span in found.spans_of(rule.head_types):
            if found.type_of(span) not in rule.head_types:
                continue
            if found.type_of(span) == "Organization" and span.root.dep_ == "pobj" and span.root.head.lower_ in _PARTY_PREPS:
                continue  # "servers for Nvidia in Mexico": the place is where the work happens
            hosts = [span.root] + [c for c in span.root.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "NUM"]
            objects = [p for host in hosts for p in _prep_objects_of(host, rule.preps)]
            if found.type_of(span) in ("Place", "Facility"):
                objects += _next_prep_objects(span, rule.preps)
                if not objects:
                    # "Brazoria, Galveston and Harris Counties in southeast Texas"
                    for member in _list_members(span.root):
                        objects += _prep_objects_of(member, rule.preps)
                        member_span = found.at(member)
                        if member_span is not None and member.i > span.root.i:
                            objects += _next_prep_objects(member_span, rule.preps)
            for pobj in objects:
                if pobj.text in self.lexicon.demonyms:
                    continue  # "a broadcast in Spanish": a language, not a place
                target = found.at(pobj)
                if target is None and pobj.lemma_.lower() in self.lexicon.place_nominals:
                    # "in the southeastern part of Rwanda", "in the suburbs of Paris"
                    target = next((found.at(p) for p in _prep_objects_of(pobj, frozenset({"of"})) if found.at(p)), None)
                if target is None or target is span or found.type_of(target) not in rule.tail_types:
                    continue
                yield from self._emit_entity_rule(rule, found, span, target, pobj.head, document, date)
                region = _region_after_comma(target, found)
                if region is not None and found.type_of(region) in rule.tail_types:
                    # "the plant in Aiken, S.C." is in South Carolina too; "Jane Roe of Miami, Fla." lives there
                    yield from self._emit_entity_rule(rule, found, span, region, pobj.head, document, date)

    def _appositive_role(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"Susan Cruzan, an FDA spokeswoman", "Shelley Yeager, director of the camp",
        "X was acting comptroller at Y": a role noun said of a person, in apposition or
        after a copula, names where the person belongs."""
        for span in found.spans_of(rule.head_types):
            if found.type_of(span) not in rule.head_types:
                continue
            roles = [c for c in span.root.children if c.dep_ == "appos"]
            if span.root.dep_ == "nsubj" and span.root.head.lemma_ == "be":
                roles += [c for c in span.root.head.children if c.dep_ == "attr"]
            if span.root.dep_ == "appos" and found.at(span.root.head) is None:
                roles.append(span.root.head)
            for clause in span.root.children:
                if clause.dep_ == "relcl" and clause.lemma_ == "be":
                    roles += [c for c in clause.children if c.dep_ == "attr"]  # "X, who is a major in Y"
            for noun in _expand(roles):
                if found.at(noun) is not None or noun.pos_ not in ("NOUN", "PROPN"):
                    continue
                if rule.role_nouns is not None and noun.lemma_.lower() not in rule.role_nouns:
                    continue
                candidates = [c for c in _modifiers(noun) if c.dep_ == "compound" or is_possessor(c)]
                candidates += _prep_objects_of(noun, rule.preps) or _phrase_preps(noun, set(rule.preps))
                for token in candidates:
                    target = found.at(token)
                    if target is not None and target is not span and found.type_of(target) in rule.tail_types:
                        yield from self._emit_entity_rule(rule, found, span, target, noun, document, date)
                        break

    def _appos(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"Waxhaw, S.C.", "Oxford, England": a place set off by a comma after another."""
        for span in found.spans_of(rule.head_types):
            if found.type_of(span) not in rule.head_types:
                continue
            target = _region_after_comma(span, found)
            if target is None or found.type_of(target) not in rule.tail_types:
                continue
            if found.type_of(span) == "Place":
                whole = found.doc[span.start : target.end]
                combined = Mention(whole.text, whole.start_char, whole.end_char, "Place")
                found.aliases.append(AliasLink(combined, found.mention(span), "text: 'place, region'"))
            yield from self._emit_entity_rule(rule, found, span, target, target.root, document, date)

    def _demonym(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"the Taiwanese company", "Soviet pianist Ivan Petrov", "the Hong Kong property
        firm X", "the U.S. Navy": an adjective of place, or a place name used as a
        modifier, on an organization or a person."""
        for span in found.spans:
            demonym = span.text in self.lexicon.demonyms
            if not demonym and not (found.type_of(span) == "Place" and span.root.dep_ == "compound"):
                continue
            if span.root.dep_ not in ("amod", "compound", "nmod"):
                continue
            head = span.root.head
            while head.dep_ == "compound" and head.head != head and found.at(head) is None:
                head = head.head
            holder = self._arg(head, found, None)
            if holder is None or holder.guessed or holder.mention.type not in rule.head_types:
                continue
            if holder.mention.text == span.text or (holder.via_coref and not _speaks_for(head)):
                # "the Taiwanese company said" is the company the sentence is about; in "alleging
                # the Danish company's offer" which company is for the reader to say
                continue
            place = Arg(found.mention(span, "Place"), span.root)
            rel = self._relation(
                rule.relation, holder, place, span.root, sentence_of(span.root), rule.name, rule.confidence, document, date,
                modal=False,
            )
            if rel is not None:
                yield rel

    def _compound_place(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"U.S. Ambassador Herbert Okun", "Seattle Mayor Ed Murray": a place named in the
        title before a person's name."""
        for span in found.spans_of(rule.tail_types):
            if found.type_of(span) not in rule.tail_types or span.root.dep_ not in ("compound", "nmod"):
                continue
            head = span.root.head
            while head.dep_ == "compound" and head.head != head and found.at(head) is None:
                head = head.head
            holder = found.at(head)
            if holder is None or holder is span or found.type_of(holder) not in rule.head_types:
                continue
            between = found.doc[span.end : holder.start]
            if not all(t.text in self.lexicon.title_words or t.lower_ in self.titles_by_last for t in between):
                # "Rochester teacher union leader X", "Illinois-born X": common nouns ending in a title
                if not between or not (between[-1].lower_ in self.titles_by_last or between[-1].lower_ == "born") or not all(
                    (t.is_lower and t.is_alpha) or t.text == "-" or t.text in self.lexicon.title_words for t in between
                ):
                    continue
            yield from self._emit_entity_rule(rule, found, holder, span, span.root, document, date)

    def _emit_entity_rule(
        self, rule: EntityRule, found: DocMentions, head: Span, tail: Span, trigger: Token, document: str,
        date: str | None,
    ) -> Iterator[Relation]:
        if not RELATIONS[rule.relation].accepts(found.type_of(head), found.type_of(tail)):
            return
        rel = self._relation(
            rule.relation, Arg(found.mention(head), head.root), Arg(found.mention(tail), tail.root),
            trigger, sentence_of(head.root), rule.name, rule.confidence, document, date, modal=False,
        )
        if rel is not None:
            yield rel

    def _name_contains(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"Azure Taiwan region" -> located in Taiwan."""
        for span in found.spans_of(rule.head_types):
            if found.type_of(span) not in rule.head_types:
                continue
            for part in _name_parts(span):
                entry = self.finder.gazetteer.get(part.text)
                if entry is None or entry.type not in rule.tail_types:
                    continue
                place = Mention(part.text, part.start_char, part.end_char, entry.type)
                rel = self._relation(
                    rule.relation, Arg(found.mention(span), span.root), Arg(place, part.root),
                    span.root, sentence_of(span.root), rule.name, rule.confidence, document, date, modal=False,
                )
                if rel is not None:
                    yield rel
                break


def _word_children(token: Token) -> list[Token]:
    """The children of a hyphenated word's parts ("Nvidia's co-founder" parses as
    "co", "-", "founder", with the possessor on "co")."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    return [c for part in doc[start : token.i + 1] for c in part.children if not start <= c.i <= token.i]


_NOT_THINGS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP"})
_PROMOTION_VERBS = frozenset({"promote", "elevate", "appoint", "elect", "name", "hire", "move"})
_SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "write", "explain"})


def _speaks_for(token: Token) -> bool:
    """"..., Chairman Akio Toyoda said", "the Taiwanese company said": the subject of a verb of saying."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _SPEECH_VERBS


def _name_parts(span: Span) -> Iterator[Span]:
    """The shorter names inside a name, longest first: "New York Stock Exchange" gives
    "New York Stock", ..., "New York", ..., "Exchange"."""
    for size in range(min(len(span) - 1, 3), 0, -1):
        for start in range(span.start, span.end - size + 1):
            yield span.doc[start : start + size]


def is_possessor(token: Token) -> bool:
    """"X's" as a possessor, whichever apostrophe: spaCy parses "X’s" as nmod + case."""
    return token.dep_ == "poss" or (token.dep_ == "nmod" and any(c.dep_ == "case" for c in token.children))


def _group_antecedent(pronoun: Token) -> list[Token]:
    """"Honda and Nissan said they ...": the coordinated subject a plural pronoun stands for."""
    current = pronoun.head
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c != pronoun]
        if subjects and subjects[0].conjuncts:
            return _expand(subjects[:1])
        if current.head == current:
            break
        current = current.head
    return []


def _list_members(token: Token) -> list[Token]:
    """The other members of the list a noun is in."""
    first = token
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return [t for t in (first, *first.conjuncts) if t != token]


def _region_after_comma(place: Span, found: DocMentions) -> Span | None:
    """"Aiken, S.C.", "SCI Financial Group, Cedar Rapids": the place named after a comma
    that places the name before it."""
    for child in place.root.children:
        region = found.at(child)
        if (
            region is not None
            and region is not place
            and (child.dep_ in ("appos", "npadvmod") or _lone_conjunct(place.root, child))
            and _comma_between(place, region)
        ):
            return region
    return None


def _after_comma_and(conjunct: Token) -> bool:
    """"..., and C": the conjunction that introduces ``conjunct`` follows a comma."""
    doc = conjunct.doc
    cc = next((c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i), None)
    return cc is not None and cc.i > 0 and doc[cc.i - 1].text == ","


def _comma_between(first: Span, second: Span) -> bool:
    """Only a comma, and the second name's own modifiers, stand between the two:
    "Waxhaw, S.C.", "Mohammadia, south-east Algeria"."""
    between = first.doc[first.end : second.start]
    if not len(between) or between[0].text != ",":
        return False
    return all(second.root.is_ancestor(t) for t in between[1:])


def _lone_conjunct(head: Token, child: Token) -> bool:
    """"BANGKOK, Thailand" parsed as a list of one: no "and", no third member."""
    return (
        child.dep_ == "conj"
        and not any(c.dep_ in ("cc", "conj") for c in child.children)
        and sum(c.dep_ in ("cc", "conj") for c in head.children) == 1
    )


def _next_prep_objects(span: Span, words: frozenset[str]) -> list[Token]:
    """"a flight from Kassala in eastern Sudan", "at the River Plant, in Aiken": the parser
    hangs the second phrase on "flight", but a place right before "in" is what it locates."""
    doc = span.doc
    if span.end >= len(doc) or span.root.dep_ not in ("pobj", "dobj", "conj"):
        return []
    after = span.end + 1 if doc[span.end].text == "," and span.end + 1 < len(doc) else span.end
    prep = doc[after]
    if prep.dep_ != "prep" or prep.lower_ not in words or prep.head == span.root or not prep.head.is_ancestor(span.root):
        return []
    return [p for p in prep.children if p.dep_ == "pobj"]


def _infinitives(noun: Token) -> list[Token]:
    """The "to" verbs that complete a noun: "a deal to supply X", "talks to buy X", "a deal
    worth $2 billion to supply X" (hung on "worth")."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    verbs += [x for c in noun.children if c.dep_ == "amod" for x in c.children if x.dep_ == "xcomp"]
    return [v for v in verbs if any(a.lower_ == "to" for a in v.children if a.dep_ == "aux")]


def _modifiers(noun: Token) -> list[Token]:
    """The compounds and possessors before a noun, also those of its compounds:
    "a former Yale University law professor" reaches "Yale University"."""
    out: list[Token] = []
    todo = [c for c in noun.lefts]
    while todo:
        token = todo.pop(0)
        out.append(token)
        if token.dep_ == "compound":
            todo.extend(token.lefts)
    return out


def _expand(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        for t in (token, *token.conjuncts):
            if t not in out:
                out.append(t)
    return out


def _clause_verb(token: Token) -> Token:
    """The verb a noun trigger belongs to: "is in talks with" -> "is"."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") or current.dep_ in _SUBJ or current.head == current:
            return current
        if current.dep_ not in _CLIMB and current.dep_ != "conj":
            return current
        current = current.head
    return current


def _adjectival_passive_agents(trigger: Token) -> list[Token]:
    """"X is majority-owned by Y": a participle parsed as an adjective, with its agent."""
    if trigger.dep_ != "acomp":
        return []
    return [p for c in trigger.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _subjects(trigger: Token, commitments: frozenset[str] = frozenset()) -> list[Token]:
    """Who does what ``trigger`` says, through passives, control verbs, coordination and
    gerunds; with ``commitments``, also through "signed a deal to supply X" (the one who
    signed), "Acme's plan to buy X" (Acme)."""
    agents = _adjectival_passive_agents(trigger)
    if agents:
        return agents
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _clause_verb(trigger)
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    for _ in range(4):
        if (
            verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN"
            and not any(c.dep_ in ("agent", "dobj", "nsubj") for c in verb.children)
            and any(c.dep_ == "prep" for c in verb.children)
        ):
            return [verb.head]  # "Uber partnered with Baidu ...", parsed as a name and its participle
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children)
        )
        if passive:
            agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if agents:
                return agents
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects and not passive:
            return subjects
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb:
            verb = verb.head
            continue
        if verb.dep_ == "pcomp":
            # "prior to joining X, she ...", "after buying X, it ...": the main clause's subject
            ancestor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if ancestor is not None:
                verb = ancestor
                continue
        noun = verb.head
        infinitive = verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if (infinitive or verb.dep_ == "amod") and not passive and noun.lemma_.lower() in commitments:
            # "a deal to supply X", "a deal worth $2 billion to supply X"
            owners = [c for c in noun.children if is_possessor(c)]
            if owners:
                return owners
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ == "pobj" and governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "attr"):
                governor = governor.head  # "signed letters of intent to supply X"
            if noun.dep_ in ("dobj", "pobj", "attr") and governor.pos_ in ("VERB", "AUX"):
                verb = governor
                continue
        if verb.dep_ in ("relcl", "acl") and not passive:
            return []
        break
    return []


def _objects(trigger: Token) -> list[Token]:
    if _adjectival_passive_agents(trigger):
        return [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "auxpass" for c in trigger.children):
        return [c for c in trigger.children if c.dep_ == "nsubjpass"]
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "attr")]
    if not objects and trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN":
        objects = [trigger.head]
    return objects


def _prep_objects(trigger: Token, words: set[str]) -> list[Token]:
    """Objects of the trigger's prepositions; for a noun trigger also its verb's."""
    hosts = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "pobj", "attr"):
        hosts.append(trigger.head)
    if trigger.pos_ == "VERB":
        hosts.extend(c for c in trigger.children if c.dep_ in ("dobj", "oprd"))
    out = []
    for host in hosts:
        for child in host.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in words:
                out.extend(p for p in child.children if p.dep_ == "pobj")
    if not out:
        for host in hosts[1:] if trigger.pos_ == "VERB" else hosts[:1]:
            out.extend(_phrase_preps(host, words))
    if not out and trigger.pos_ in ("NOUN", "PROPN") and trigger.i + 1 < len(trigger.doc):
        # "a briefing at NRC headquarters in Rockville": the parser hangs "in" on "briefing"
        after = trigger.doc[trigger.i + 1]
        if after.dep_ == "prep" and after.lower_ in words:
            out.extend(p for p in after.children if p.dep_ == "pobj")
    return out


def _phrase_preps(host: Token, words: set[str]) -> list[Token]:
    """Prepositional objects deeper inside a noun phrase, not crossing into a clause:
    "a contract worth up to $11.9 billion with OpenAI"."""
    found: list[Token] = []
    todo = [c for c in host.children if c.dep_ not in _CLAUSES]
    while todo:
        token = todo.pop(0)
        if token.pos_ in ("VERB", "AUX"):
            continue
        if token.dep_ == "prep" and token.lower_ in words:
            found.extend(p for p in token.children if p.dep_ == "pobj")
            continue
        todo.extend(c for c in token.children if c.dep_ not in _CLAUSES)
    return found


def _prep_objects_of(token: Token, words: frozenset[str]) -> list[Token]:
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in words for p in _expand([x for x in c.children if x.dep_ == "pobj"])]


def _appos_holder(trigger: Token) -> list[Token]:
    """Who the noun describes: "X, a unit of Y", "X is a unit of Y", "marking X as Y's partner"."""
    if trigger.dep_ == "appos":
        return [trigger.head]
    if trigger.dep_ == "attr":
        return _subjects(trigger.head) if trigger.head.pos_ in ("VERB", "AUX") else []
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "as":
        governor = trigger.head.head
        return [c for c in governor.children if c.dep_ == "dobj"]
    return []


def _appos_children(trigger: Token, found: DocMentions) -> list[Token]:
    """Whom the noun names: "its subsidiary, Halozyme Inc.", "its bank subsidiary Regions Bank"."""
    named = [c for c in trigger.children if c.dep_ == "appos"]
    if trigger.dep_ == "compound" and found.at(trigger.head) is not None:
        named.append(trigger.head)
    return named


def _noun_chunk(token: Token, found: DocMentions) -> Span | None:
    chunk = found.noun_chunk(token)
    if chunk is not None:
        start = chunk.start
        while start < chunk.end and (chunk.doc[start].dep_ in ("det", "poss") or chunk.doc[start].pos_ == "PRON"):
            start += 1
        return chunk.doc[start : chunk.end] if start < chunk.end else None
    if token.dep_ == "compound":
        # "sensor manufacturer X", "obesity drug developer X": the modifier phrase names the product
        start = token.left_edge.i
        while start > sentence_of(token).start and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head == token.head:
            start = token.doc[start - 1].left_edge.i
        phrase = token.doc[start : token.i + 1]
        if all(t.pos_ in ("NOUN", "PROPN", "ADJ") or t.text == "-" for t in phrase):
            return phrase
    return None


def _unlisted_name(title: Token, title_words: frozenset[str]) -> list[Arg]:
    """"Contoso CEO Maria Lopez": a proper noun right before a title names the employer,
    even when the entity recognizer missed it."""
    doc = title.doc
    end = title.i - len(title.text.split()) + 1
    start = end
    while (
        start > sentence_of(title).start
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].text not in title_words
    ):
        start -= 1
    if start == end:
        return []
    span = doc[start:end]
    if any(t.ent_type_ in ("NORP", "GPE", "LOC") or t.ent_type_ in _NOT_THINGS for t in span):
        return []  # "the Ecuadoran minister", "the Ohio senator": no company
    return [Arg(Mention(span.text, span.start_char, span.end_char, "Organization"), span.root)]


def _left_name(trigger: Token, found: DocMentions) -> Span | None:
    for child in trigger.children:
        if child.dep_ in ("compound", "amod") and child.i == trigger.i - 1:
            return found.at(child)
    return None
