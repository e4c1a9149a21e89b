"""Relations read off entity mentions rather than trigger words: possessives ("Microsoft's
Azure"), names built from names ("Hon Hai Tech Day", "Azure Taiwan region"), "X of Y" and
"X in Y", appositions ("Susan Cruzan, an FDA spokeswoman"), demonyms ("the Taiwanese
company") and places in titles ("Seattle Mayor Ed Murray").

The rules themselves (which relation, which entity types, which prepositions) are the
``entity_rules`` of ``relations.json``; this module knows only how each kind is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from kg.extract import syntax
from kg.extract.coref import Coreference
from kg.extract.facts import Arg, FactMaker
from kg.extract.lexicon import EntityRule, GazetteerEntry, Lexicon
from kg.extract.mentions import DocMentions, MentionFinder, sentence_of
from kg.model import AliasLink, Mention, Relation
from kg.vocab import RELATIONS

_POSSESSOR_DEPS = frozenset({get_string_id("poss"), get_string_id("nmod")})
# Prepositions that make a company the beneficiary of something, not a thing with a place
_PARTY_PREPS = frozenset({"for", "against"})


class EntityRuleReader:
    """Applies the lexicon's entity rules to one document's mentions."""

    def __init__(
        self,
        lexicon: Lexicon,
        finder: MentionFinder,
        facts: FactMaker,
        argument: Callable[[Token, DocMentions, None], Arg | None],
        coref: Coreference,
        *,
        trigger_lemmas: frozenset[str],
        title_heads: frozenset[str],
    ) -> None:
        """``argument`` resolves a token to the entity it stands for (a name, a pronoun, a
        description); ``trigger_lemmas`` and ``title_heads`` are the words of the trigger
        rules and job titles, which take precedence over a bare possessive or compound."""
        self.lexicon = lexicon
        self.finder = finder
        self.facts = facts
        self.argument = argument
        self.coref = coref
        self.trigger_lemmas = trigger_lemmas
        self.title_heads = title_heads
        self._possessor_cache: tuple[DocMentions, list[tuple[Arg, Token]]] | None = None

    def read(self, found: DocMentions, *, document: str, date: str | None) -> Iterator[Relation]:
        readers = {
            "possessive": self._possessive,
            "name_prefix": self._name_prefix,
            "name_contains": self._name_contains,
            "prep": self._prep_link,
            "appositive_role": self._appositive_role,
            "appos": self._appos,
            "demonym": self._demonym,
            "compound_place": self._compound_place,
            "described_place": self._described_place,
        }
        try:
            for rule in self.lexicon.entity_rules:
                yield from readers[rule.kind](rule, found, document, date)
        finally:
            self._possessor_cache = None  # the document's possessors are not kept past it

    def _possessors(self, rule: EntityRule, found: DocMentions) -> Iterator[tuple[Arg, Token]]:
        """Named possessors, and with ``through_coref`` also "its" and "the company's"."""
        for span in found.spans_of(rule.head_types):
            if found.type_of(span) in rule.head_types and syntax.is_possessor(span.root):
                yield Arg(found.mention(span), span.root), span.root
        if not rule.through_coref:
            return
        for arg, token in self._referring_possessors(found):
            if arg.mention.type in rule.head_types:
                yield arg, token

    def _referring_possessors(self, found: DocMentions) -> list[tuple[Arg, Token]]:
        """"its", "the company's" and whom they mean, once per document."""
        if self._possessor_cache is not None and self._possessor_cache[0] is found:
            return self._possessor_cache[1]
        doc = found.doc
        out: list[tuple[Arg, Token]] = []
        for i, dep in enumerate(doc.to_array(DEP).tolist()):
            if dep not in _POSSESSOR_DEPS:
                continue
            token = doc[i]
            if not (syntax.is_possessor(token) and found.at(token) is None and (token.pos_ in ("PRON", "NOUN") or token.lower_ == "whose")):
                continue
            owned = token.head
            if found.at(owned) is None and owned.dep_ != "appos" and not any(
                found.at(c) is not None
                for c in (*_naming_modifiers(owned), *(c for c in owned.children if c.dep_ == "appos" and c.i > owned.i))
            ):
                continue  # "its revenue": nothing named is owned; "its lead drug, atacicept" is
            arg = self.argument(token, found, None) if token.lower_ != "whose" else _whose(token, found)
            if arg is not None and arg.via_coref:
                out.append((arg, token))
        self._possessor_cache = (found, out)
        return out

    def _possessive(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        for possessor, token in self._possessors(rule, found):
            span = found.at(token)  # None for "its": nothing to tell apart from the target
            owned = token.head
            target = found.at(owned)
            if target is None and (holder := found.at(owned.head)) is not None and (
                owned.dep_ == "appos" or syntax.comma_conjunct(owned, holder.end)
            ):
                target = found.at(owned.head)  # "NovoCare, Novo's platform", also parsed as a conjunct
            if target is None and owned.dep_ == "pobj" and owned.head.lower_ == "as":
                # "marking Foxconn as Taiwan's first Nvidia cloud partner"
                target = next((found.at(h) for h in syntax.appos_holder(owned) if found.at(h) is not None), None)
            beside_kind = False
            if target is None and owned.pos_ == "NOUN" and owned.lemma_.lower() in self.lexicon.made_product_nouns:
                target = next((
                    found.at(c) for c in owned.children
                    if c.dep_ in ("appos", "npadvmod") and c.i > owned.i and found.at(c) is not None
                    and found.type_of(found.at(c)) != "Person"  # "Nvidia's chips, Chief Executive X said": no product
                ), None)
                beside_kind = target is not None  # "Vera's lead drug, atacicept": the thing named beside the possessed noun
            if target is None and rule.through_compound:
                # "Microsoft's Azure cloud"; but not "Taiwan's first Nvidia partner"
                target = next(
                    (found.at(c) for c in _naming_modifiers(owned) if found.at(c) is not None), None
                )
                if target is None and owned.dep_ == "compound" and owned.text in self.lexicon.title_words:
                    target = found.at(owned.head)  # "China's Premier Li Peng"
            if target is None or target is span or found.type_of(target) not in rule.tail_types:
                continue
            if owned.dep_ in ("dobj", "nsubjpass") and owned.head.lemma_.lower() in rule.not_governors:
                continue  # "Meta is building its Hyperion campus", "sold its Lordstown plant": not run by it now
            described = {t.lower_ for t in owned.subtree if t.i < owned.i}
            if (rule.modifier_words is not None and not described & rule.modifier_words) or described & rule.not_modifier_words:
                continue  # "Frontier, its planned campus": one it is building, not one it runs
            if not _kind_fits(rule, target, found, self.finder.gazetteer):
                continue
            if rule.listed_only and target.text not in self.finder.gazetteer:
                continue  # "Amazon's Jassy": an unknown name after a company's is as often its chief
            if not beside_kind and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.trigger_lemmas for c in owned.children if c.i < target.start
            ):
                continue  # "Apple's supplier Foxconn": the trigger noun says how they relate
            owner = found.at(possessor.token)
            place_s = owner is not None and found.type_of(owner) == "Place" and found.type_of(target) == "Organization"
            if found.at(owned) is None and owned.lemma_.lower() in self.trigger_lemmas and not place_s and not beside_kind:
                continue  # "T-Mobile, AT&T's main rival": so does a trigger noun in apposition (a
                # place has no rival: "Foxconn, Taiwan's first Nvidia partner", is Taiwanese)
            head = possessor
            tail = Arg(found.mention(target), target.root)
            if head.mention.text == tail.mention.text:
                continue
            if rule.reverse:
                head, tail = tail, head
            rel = self.facts.make(
                rule.relation, head, tail, owned, sentence_of(token), rule.name, rule.confidence, document, date, modal=False
            )
            if rel is not None:
                yield rel

    def _name_prefix(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"Microsoft Azure" -> Microsoft operates Azure; "Hon Hai Tech Day" -> organizes."""
        for span in found.spans_of(rule.tail_types):
            if found.type_of(span) not in rule.tail_types or not _kind_fits(rule, span, found, self.finder.gazetteer):
                continue
            maker = found.at(span.doc[span.start - 1]) if span.start > 0 else None
            prefixes = [span[:k] for k in range(len(span) - 1, 0, -1)]
            if maker is not None and found.type_of(maker) == "Organization" and maker.text in self.finder.gazetteer:
                prefixes.append(maker)  # "Nvidia GB300", the maker named right before the model
            for part in prefixes:
                prefix = part.text
                owner = found.org_names.get(prefix)
                if owner is None and prefix in self.finder.gazetteer:
                    entry = self.finder.gazetteer[prefix]
                    owner = part if entry.type == "Organization" else None
                if owner is None:
                    continue
                head_mention = Mention(part.text, part.start_char, part.end_char, "Organization")
                if owner is not part and owner.text != prefix:
                    head_mention = found.mention(owner)
                head = Arg(head_mention, part[0])
                tail = Arg(found.mention(span), span.root)
                rel = self.facts.make(
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
            if found.type_of(span) == "Place" and _ends_a_longer_name(span, found):
                continue  # "said at SEMICON India in New Delhi": the place ends an event's name
            if found.type_of(span) != "Person" and self._headline_made(span, found):
                continue  # "Samsung to Fab Tesla's AI6 Chips in Texas": a headline's capitals make no name
            hosts = [span.root] + [c for c in span.root.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "NUM"]
            objects = [p for host in hosts for p in syntax.prep_objects_of(host, rule.preps)]
            if found.type_of(span) in ("Place", "Facility"):
                objects += syntax.next_prep_objects(span, rule.preps)
                members = syntax.list_members(span.root)
                if not objects and all(found.at(t) is not None for t in members) and sum(
                    1 for t in members if syntax.prep_objects_of(t, rule.preps)
                ) <= 1:
                    # "Brazoria, Galveston and Harris Counties in southeast Texas"; not "Waymo
                    # in Austin and Atlanta, WeRide in Abu Dhabi", "capacity in Norway and the
                    # UK": a list of named places only
                    for member in members:
                        objects += syntax.prep_objects_of(member, rule.preps)
                        member_span = found.at(member)
                        if member_span is not None and member.i > span.root.i:
                            objects += syntax.next_prep_objects(member_span, rule.preps)
            for pobj in objects:
                if pobj.text in self.lexicon.demonyms:
                    continue  # "a broadcast in Spanish": a language, not a place
                target = found.at(pobj)
                if target is None and pobj.lemma_.lower() in self.lexicon.place_nominals:
                    # "in the southeastern part of Rwanda", "in the suburbs of Paris"
                    target = next((found.at(p) for p in syntax.prep_objects_of(pobj, frozenset({"of"})) if found.at(p)), None)
                if target is None or target is span or found.type_of(target) not in rule.tail_types:
                    continue
                yield from self._emit_entity_rule(rule, found, span, target, pobj.head, document, date)
                region = _region_after_comma(target, found)
                if region is not None and found.type_of(region) in rule.tail_types and found.type_of(span) != "Facility":
                    # "Jane Roe of Miami, Fla." lives in Florida too; "the plant in Aiken, S.C." is in
                    # Aiken, which is in South Carolina
                    yield from self._emit_entity_rule(rule, found, span, region, pobj.head, document, date)

    def _appositive_role(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"Susan Cruzan, an FDA spokeswoman", "Shelley Yeager, director of the camp",
        "X was acting comptroller at Y": a role noun said of a person, in apposition or
        after a copula, names where the person belongs."""
        for span in found.spans_of(rule.head_types):
            if found.type_of(span) not in rule.head_types or not _kind_fits(rule, span, found, self.finder.gazetteer):
                continue
            root = span.root
            children = list(root.children)
            roles = [c for c in children if c.dep_ == "appos"]
            dep, head = root.dep_, root.head
            if dep == "nsubj" and head.lemma_ == "be":
                roles += [c for c in head.children if c.dep_ == "attr"]
            titled = found.type_of(span) == "Person" and any(c.dep_ == "compound" and c.i < span.start for c in children)
            if dep == "appos" and found.at(head) is None and not titled:
                roles.append(head)  # not "Nvidia's chips, Chief Executive Jane Roe said": she has a title of her own
            doc = root.doc
            if found.type_of(span) == "Product" and span.end + 1 < len(doc) and doc[span.end].text == ",":
                # "rights to CRV-411, a once-monthly analog from X", the apposition hung on another noun
                roles += [
                    t for t in doc[span.end + 1 : min(span.end + 12, len(doc))]
                    if t.dep_ == "appos" and t.left_edge.i == span.end + 1 and t.head.i < span.start and t not in roles
                ]
            for clause in children:
                if clause.dep_ == "relcl" and clause.lemma_ == "be":
                    roles += [c for c in clause.children if c.dep_ == "attr"]  # "X, who is a major in Y"
            for noun in syntax.expand(roles):
                if found.at(noun) is not None or noun.pos_ not in ("NOUN", "PROPN"):
                    continue
                if rule.role_nouns is not None and noun.lemma_.lower() not in rule.role_nouns:
                    continue
                if noun.lemma_.lower() in rule.not_role_nouns:
                    continue
                if found.type_of(span) == "Person" and syntax.ended_role(noun, self.lexicon.ended_role_words):
                    continue  # "X, a former executive at Y": no longer Y's
                candidates = [
                    c for c in syntax.modifiers(noun) if c.dep_ == "compound" or syntax.is_possessor(c)
                ] if rule.through_compound else []  # "its own AI-RAN product, AITRAS": no maker named
                candidates += syntax.prep_objects_of(noun, rule.preps) or syntax.phrase_preps(noun, set(rule.preps))
                on_board = rule.relation == "worksFor" and any(
                    c.dep_ == "compound" and c.lemma_.lower() in self.lexicon.board_nouns for c in noun.children
                )  # "X, the Volkswagen board member responsible for China"
                for token in candidates:
                    target = found.at(token)
                    if target is not None and target is not span and found.type_of(target) in rule.tail_types:
                        yield from self._emit_entity_rule(
                            rule, found, span, target, noun, document, date, relation="boardMemberOf" if on_board else None
                        )
                        break

    def _described_place(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"the Santa Clara, Calif.-based toolmaker", "the San Diego biotech", "the New
        Brunswick, N.J., company": a place between "the" and a kind of company places the
        company the description means, read off the words whatever the parse."""
        doc = found.doc
        for span in found.spans_of(rule.tail_types):
            if found.type_of(span) not in rule.tail_types or span.start == 0 or doc[span.start - 1].lower_ != "the":
                continue
            if span.text in self.lexicon.demonyms:
                continue  # "the Danish drugmaker": read, where it can be, as a demonym
            i = span.end
            if i + 1 < len(doc) and doc[i].text == "," and (region := found.at(doc[i + 1])) is not None:
                if found.type_of(region) not in rule.tail_types:
                    continue
                i = region.end + (1 if region.end < len(doc) and doc[region.end].text == "," else 0)
            if i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in syntax.SEAT_WORDS:
                i += 2
            noun = None
            for t in doc[i : min(i + 4, len(doc))]:
                if t.lemma_.lower() in rule.role_nouns or t.lower_ in rule.role_nouns:
                    noun = t
                    break
                if found.at(t) is not None or not (t.pos_ in ("ADJ", "NOUN", "PROPN", "ADV") or t.text == "-"):
                    break
            if noun is None or noun.lemma_.lower() in rule.not_role_nouns:
                continue
            if noun.i + 1 < len(doc) and found.at(doc[noun.i + 1]) is not None:
                continue  # "the Brussels-based materials group Umicore": the name it goes with, read elsewhere
            head = self.argument(noun, found, None) if noun.dep_ == "appos" else None  # "Nscale, the UK-based start-up"
            if head is None or head.mention.type != "Organization":
                org = self.coref.organization(noun, found, described=True)
                if org is None:
                    continue
                head = Arg(found.mention(org), noun, via_coref=True)
            rel = self.facts.make(
                rule.relation, head, Arg(found.mention(span), span.root), noun, sentence_of(noun), rule.name,
                rule.confidence, document, date, modal=False,
            )
            if rel is not None:
                yield rel

    def _appos(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"Waxhaw, S.C.", "Oxford, England": a place set off by a comma after another."""
        for span in found.spans_of(rule.head_types):
            if found.type_of(span) not in rule.head_types:
                continue
            target = _region_after_comma(span, found) or _region_before_based(span, found)
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
            doc = span.doc
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in ("language", "speaking"):
                continue  # "the Chinese-language Economic Daily News": a language, not a place
            head = span.root.head
            path = [head]
            while head.dep_ == "compound" and head.head != head and found.at(head) is None:
                head = head.head
                path.append(head)
            if head.lemma_.lower() in self.lexicon.unit_nouns and any(syntax.is_possessor(c) for c in head.children):
                continue  # "CK Hutchison, whose UK arm, Three, ...": where the arm is, not the parent
            holder = self.argument(head, found, None)
            if holder is None or holder.guessed or holder.mention.type not in rule.head_types:
                continue
            if holder.mention.type == "Person" and any(t.lower_ in self.lexicon.business_titles for t in path):
                continue  # "Americas chief Antonio Filosa": the region he runs, not where he lives
            if holder.mention.text == span.text or (
                holder.via_coref and not syntax.speaks_for(head) and not self._only_company_before(head, holder, found)
            ):
                # "the Taiwanese company said" is the company the sentence is about, and so is
                # "sued Toyota, accusing the Japanese automaker" the one company named before; in
                # "Acme sued Beta, accusing the Danish company" which company is for the reader to say
                continue
            place = Arg(found.mention(span, "Place"), span.root)
            rel = self.facts.make(
                rule.relation, holder, place, span.root, sentence_of(span.root), rule.name, rule.confidence, document, date,
                modal=False,
            )
            if rel is not None:
                yield rel

    @staticmethod
    def _only_company_before(description: Token, holder: Arg, found: DocMentions) -> bool:
        """Whether the company a description was resolved to is the one organization named
        before it in its sentence, and the last name before it."""
        sent = sentence_of(description)
        named = [
            s for s in found.spans
            if sent.start <= s.start and s.end <= description.left_edge.i and found.type_of(s) != "Place"
        ]
        companies = {s.text for s in named if found.type_of(s) == "Organization"}
        return companies == {holder.mention.text} and named[-1].text == holder.mention.text

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
            if not all(t.text in self.lexicon.title_words or t.lower_ in self.title_heads for t in between):
                # "Rochester teacher union leader X", "Illinois-born X": common nouns ending in a title
                if not between or not (between[-1].lower_ in self.title_heads or between[-1].lower_ == "born") or not all(
                    (t.is_lower and t.is_alpha) or t.text == "-" or t.text in self.lexicon.title_words for t in between
                ):
                    continue
            yield from self._emit_entity_rule(rule, found, holder, span, span.root, document, date)

    def _emit_entity_rule(
        self, rule: EntityRule, found: DocMentions, head: Span, tail: Span, trigger: Token, document: str,
        date: str | None, *, relation: str | None = None,
    ) -> Iterator[Relation]:
        relation = relation or rule.relation
        if rule.reverse:
            head, tail = tail, head  # "CRV-411, an amylin analog from Corvana": the maker develops it
        if not RELATIONS[relation].accepts(found.type_of(head), found.type_of(tail)):
            return
        rel = self.facts.make(
            relation, Arg(found.mention(head), head.root), Arg(found.mention(tail), tail.root),
            trigger, sentence_of(head.root), rule.name, rule.confidence, document, date, modal=False,
        )
        if rel is not None:
            yield rel

    def _headline_made(self, span: Span, found: DocMentions) -> bool:
        """A name, not listed, that only a title-case headline makes (the text never writes
        it in a sentence of its own)."""
        return span.text not in self.finder.gazetteer and syntax.title_cased(sentence_of(span.root)) and not any(
            other.text == span.text and not syntax.title_cased(sentence_of(other.root)) for other in found.spans
        )

    def _name_contains(self, rule: EntityRule, found: DocMentions, document: str, date: str | None) -> Iterator[Relation]:
        """"Azure Taiwan region" -> located in Taiwan."""
        for span in found.spans_of(rule.head_types):
            if found.type_of(span) not in rule.head_types or self._headline_made(span, found):
                continue  # not "Weighs Second Hokkaido Fab" in a title-case headline
            for part in syntax.name_parts(span):
                entry = self.finder.gazetteer.get(part.text)
                if entry is None or entry.type not in rule.tail_types:
                    continue
                if part.text != entry.label or (
                    part.start == span.start and span[-1].lemma_.lower() in self.lexicon.facility_nominals
                ):
                    break  # "Metaplant America", "the Kyushu plant": a name, or where the site is, that the text says elsewhere
                place = Mention(part.text, part.start_char, part.end_char, entry.type)
                rel = self.facts.make(
                    rule.relation, Arg(found.mention(span), span.root), Arg(place, part.root),
                    span.root, sentence_of(span.root), rule.name, rule.confidence, document, date, modal=False,
                )
                if rel is not None:
                    yield rel
                break


def _region_after_comma(place: Span, found: DocMentions) -> Span | None:
    """"Aiken, S.C.", "SCI Financial Group, Cedar Rapids": the place named after a comma
    that places the name before it."""
    for child in place.root.children:
        region = found.at(child)
        if (
            region is not None
            and region is not place
            and (child.dep_ in ("appos", "npadvmod") or syntax.lone_conjunct(place.root, child))
            and syntax.comma_between(place, region)
            and found.doc[region.start - 1].lower_ not in ("the", "a", "an")  # "X, the Santa Clara-based company"
        ):
            return region
    return None


def _region_before_based(place: Span, found: DocMentions) -> Span | None:
    """"The Livingston, New Jersey-based company": the region between the comma and "-based"."""
    doc = place.doc
    if place.end + 1 >= len(doc) or doc[place.end].text != ",":
        return None
    region = found.at(doc[place.end + 1])
    if region is None or region.start != place.end + 1 or region.end + 1 >= len(doc):
        return None
    return region if doc[region.end].text == "-" and doc[region.end + 1].lower_ in syntax.SEAT_WORDS else None


def _whose(token: Token, found: DocMentions) -> Arg | None:
    """"Eli Lilly, whose rival pill orforglipron ...": whose is the name the clause is on."""
    clause = token.head
    for _ in range(4):
        if clause.dep_ == "relcl" or clause.head == clause:
            break
        clause = clause.head
    named = found.at(clause.head) if clause.dep_ == "relcl" else None
    return Arg(found.mention(named), clause.head, via_coref=True) if named is not None else None


def _kind_fits(rule: EntityRule, product: Span, found: DocMentions, gazetteer: Mapping[str, GazetteerEntry]) -> bool:
    """Whether the kind of thing a name is ("Blackwell GPUs": gpu) is one the rule reads,
    wherever the text says it ("the obesity drug Zepbound ... Lilly's Zepbound sales"), or
    as the gazetteer lists it (Azure: a cloud)."""
    if rule.kind_nouns is None and not rule.not_kind_nouns:
        return True
    kinds = {k for span in found.spans if span.text == product.text and (k := _kind(span)) is not None}
    listed = gazetteer.get(product.text)
    if listed is not None and listed.kind:
        kinds.add(listed.kind)
    if rule.kind_nouns is not None and not kinds & rule.kind_nouns:
        return False
    return not kinds & rule.not_kind_nouns


def _kind(product: Span) -> str | None:
    root = product.root
    if root.dep_ in ("compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head.lemma_.lower()
    if product.start > 0:
        before = product.doc[product.start - 1]
        if before.dep_ == "compound" and before.head == root and before.is_lower:
            return before.lemma_.lower()  # "its candidate BW-00112": the kind before the name
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return root.head.lemma_.lower()  # "the obesity drug Zepbound", parsed as an apposition
    described = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    return described.lemma_.lower() if described is not None else None  # "Zepbound, its obesity drug"


def _ends_a_longer_name(span: Span, found: DocMentions) -> bool:
    """"SEMICON India", "Capacity Asia": a place named right after a capitalized word of
    no name we found, hung on it, is the end of another name."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.pos_ == "PROPN" and before.text[:1].isupper() and found.at(before) is None
        and before.dep_ == "compound" and before.head.i in range(span.start, span.end)
    )


def _naming_modifiers(noun: Token) -> list[Token]:
    """The names before a noun: "its Comanche Peak plant", and one level down through a common
    noun, "its next-generation HBM4 memory chips"."""
    named = [c for c in noun.children if _names_it(c)]
    return named + [g for c in named if c.pos_ == "NOUN" for g in c.children if _names_it(g)]


def _names_it(modifier: Token) -> bool:
    """"its Comanche Peak plant": a name before the noun, hung on it as a compound or, by the
    parser, as a modifier that is no possessor."""
    return modifier.dep_ == "compound" or (modifier.dep_ == "nmod" and not syntax.is_possessor(modifier))
