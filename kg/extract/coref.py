"""Within-document coreference: what "it", "its", "they", "the company", "the chipmaker"
or "he" stand for.

No model is trained here: the rules are those a reader applies. A pronoun in the same
sentence as a company means the subject of its clause; a definite description means the
company the text has been about (recent mentions, subjects and sentences whose subject is
itself "it" count more). The nouns that can describe a company are data
(``organization_nominals`` in ``entities.json``).
"""

from __future__ import annotations

from collections import Counter

import unicodedata

from collections.abc import Iterable
from typing import Literal

from spacy.tokens import Span, Token

from kg.extract import syntax
from kg.extract.lexicon import GazetteerEntry, Lexicon
from kg.extract.mentions import (
    PRONOUNS_ORG,
    PRONOUNS_PERSON,
    DocMentions,
    MentionFinder,
    sentence_number,
    sentence_of,
    sentences,
)
from kg.extract.names import surname


class Coreference:
    """Resolves pronouns and descriptions to mentions named earlier in the document."""

    def __init__(self, lexicon: Lexicon, finder: MentionFinder) -> None:
        self.lexicon = lexicon
        self.finder = finder
        self._public_cache: tuple[DocMentions, set[str]] | None = None
        self._industry_cache: tuple[DocMentions, dict[str, set[str]]] | None = None
        self._seat_cache: tuple[DocMentions, dict[str, set[str]]] | None = None

    def organization(
        self, token: Token, found: DocMentions, exclude: str | None = None, *, depth: int = 0,
        described: bool = False,
    ) -> Span | None:
        """"it"/"its" and "the company" point back to an organization named earlier
        (other than ``exclude``, the relation's other argument). With ``described``, the
        caller has read "the ... toolmaker" as a description however the parser tagged it."""
        lower = token.lower_
        nominal = (token.pos_ == "NOUN" or described or (token.pos_ == "PROPN" and (token.is_lower or token.is_upper))) and (
            token.lemma_.lower() in self.lexicon.organization_nominals
        ) and (
            described or _definite(token) or token.dep_ == "compound"
        )
        maker = self.product_maker(token, found) if token.pos_ == "NOUN" and _definite(token) else None
        if maker is not None:
            return maker or None
        if lower not in PRONOUNS_ORG and not nominal:
            return None
        joint = any(c.lower_ == "joint" for c in token.children)  # "the joint venture": a new company, or one called so
        if nominal and token.tag_ == "NNS" and not described:
            return None  # "acquired the Toys R Us and Babies R Us brands": more than one, and not one named before
        public = self._public_bodies(found) if nominal and token.lemma_.lower() in self.lexicon.company_nouns else set()
        earlier = [
            s for s in found.spans
            if s.end <= token.i and found.type_of(s) == "Organization" and s.text != exclude and s.text not in public
            and not syntax.cited(s.root)
        ]
        if nominal and token.lemma_.lower() in _NEW_COMPANY_NOUNS:
            # "the venture": a company the text called a venture, before any company named before;
            # "the joint venture" only one the text called so
            called = [s for s in earlier if _described_by(s, token.lemma_.lower())]
            earlier = called if joint else called or earlier
        elif joint:
            return None
        if nominal:
            # "the Alphabet subsidiary": a name inside the description is not what it means
            earlier = [s for s in earlier if s.start < token.left_edge.i]
            doer = self._own_subject(token)
            namesakes = self._holder_namesakes(earlier, token, found)
            doing = {  # "The chipmaker participated in the startup's round": what the subject means
                found.cluster_key(meant) for i in doer
                if (meant := found.at(token.doc[i]) or (
                    self.organization(token.doc[i], found, depth=depth + 1) if depth < 2 else None
                )) is not None
            }
            earlier = [
                s for s in earlier if (s.root.i not in doer and found.cluster_key(s) not in doing) or s in namesakes
            ] or earlier
            earlier = self._by_headquarters(earlier, self._description_places(token, found), found)
            earlier = self._by_industry(earlier, token, found)
            earlier = self._by_kind(earlier, token, found)
        if lower in PRONOUNS_ORG:
            antecedent = _relative_antecedent_end(token)
            if antecedent is not None:
                # "Automotive Cells Company (ACC), which it owns": neither of its names
                hung = {found.cluster_key(s) for s in earlier if s.end == antecedent}
                earlier = [s for s in earlier if s.end != antecedent and found.cluster_key(s) not in hung] or earlier
        holder = found.at(token.head.head) if token.dep_ == "poss" and token.head.dep_ == "appos" else None
        if holder is not None:
            # "T-Head, the group's chip design unit", "Waymo, its self-driving unit": whose unit
            # the name is, not the name itself
            earlier = [s for s in earlier if s.text != holder.text]
            earlier = self._holder_namesakes(earlier, token, found) or earlier
        if token.dep_ == "poss":
            # "X and Y are among its backers": what "its" means is neither of them
            described = {t.i for t in copula_subjects(token.head)}
            earlier = [s for s in earlier if s.root.i not in described]
        if not earlier:
            return None
        if lower in PRONOUNS_ORG:
            here = sentence_number(token)
            same_sentence = [s for s in earlier if sentence_number(s[0]) == here]
            if lower == "it" and token.dep_ == "pobj":
                # "X will spin off Y and sell a stake in it": not the subject of its own clause
                own = {t.i for t in syntax.expand(syntax.subjects(token))}
                others = [s for s in same_sentence if s.root.i not in own]
                if others and len(others) < len(same_sentence):
                    return others[-1]
            if holder is not None:  # "Waymo, its self-driving unit": the clause's company, or the salient one
                chosen = self._clause_subject(token, same_sentence)
                return chosen if isinstance(chosen, Span) else self._salient(earlier, token, found)
            if same_sentence:
                chosen = self._clause_subject(token, same_sentence)
                if isinstance(chosen, Token):
                    # "The Swiss drugmaker agreed to buy X, and it already sells Y": "it" is
                    # what the description means, not X
                    return self.organization(chosen, found, exclude, depth=depth + 1) if depth < 3 else None
                if chosen is None and depth < 3:
                    # "X pushed the Espoo-based company to ... following its acquisition of Y":
                    # a description named after the last name is what "its" means
                    described = next((
                        t for t in reversed(token.doc[same_sentence[-1].end : token.i])
                        if t.pos_ == "NOUN" and self.refers(t)
                    ), None)
                    if described is not None:
                        return self.organization(described, found, exclude, depth=depth + 1)
                return chosen or same_sentence[-1]
            if depth < 3 and isinstance(chosen := self._clause_subject(token, []), Token):
                # "The automaker has its own partner": what the description it belongs to means
                return self.organization(chosen, found, exclude, depth=depth + 1)
        else:
            if syntax.speaks_for(token):
                # "Mazda will use Arene, ..., the Hiroshima-based automaker said": who says it is
                # the company what it says is about
                said = [c for c in token.head.children if c.dep_ == "ccomp" and c.i < token.i]
                subjects = {t.i for c in said for t in syntax.subjects(c)}
                speaker = next((s for s in reversed(earlier) if s.root.i in subjects), None)
                topic = self.topic(token, found)
                if speaker is not None and (topic is None or found.cluster_key(topic) == found.cluster_key(speaker)):
                    return speaker  # unless the article is about another company that says it
            # "..., the San Francisco-based company said": the company the article is about;
            # "CEO X, who co-founded the company": so is "the company" in a story about one
            # company named half again as often as any other. Either must fit the description
            # ("the German carmaker said": not the Chinese topic).
            continued = self._continued_subject(token, earlier, found) or self._doer_s_company(token, earlier, found)
            if continued is not None:
                return continued
            topic = self.topic(token, found, dominant=not syntax.speaks_for(token))
            if topic is not None and topic.text != exclude and found.cluster_key(topic) in {
                found.cluster_key(s) for s in earlier
            }:
                return topic
        return self._salient(earlier, token, found)

    def product_maker(self, noun: Token, found: DocMentions) -> Span | Literal[False] | None:
        """"The ChatGPT maker", "the Facebook owner": the organization the gazetteer says
        makes the product, where the text names it before; False where it does not (no
        other company is meant); None for a description that names no listed product."""
        if noun.lemma_.lower() not in self.lexicon.product_owner_nouns:
            return None
        makers = {
            entry.maker for c in noun.children
            if c.dep_ in ("compound", "nmod") and (span := found.at(c)) is not None
            and (entry := self.finder.gazetteer.get(span.text)) is not None and entry.maker is not None
        }
        if len(makers) != 1:
            return None
        maker = makers.pop()
        named = [
            s for s in found.spans
            if s.end <= noun.i and found.type_of(s) == "Organization"
            and (s.text == maker or getattr(self.finder.gazetteer.get(s.text), "label", None) == maker)
        ]
        return named[-1] if named else False

    @staticmethod
    def _continued_subject(noun: Token, earlier: list[Span], found: DocMentions) -> Span | None:
        """"Stellantis, which builds cars near Zaragoza, denied the report. The automaker has its
        own Chinese partner": a description that opens a sentence as its subject goes on about
        the company the sentence before was about, its subject."""
        spans, here = sentences(noun.doc)[0], sentence_number(noun)
        if noun.dep_ not in syntax.SUBJECT_DEPS or noun.head.dep_ != "ROOT" or here == 0:
            return None
        if noun.left_edge.i != spans[here].start:
            return None
        before = spans[here - 1]
        return next((
            s for s in earlier
            if before.start <= s.start < before.end and _main_subject(s.root)
        ), None)

    def _doer_s_company(self, noun: Token, earlier: list[Span], found: DocMentions) -> Span | None:
        """"Jane Roe, CEO and co-founder of Fabrikam, ... Roe started the company in 2019": the
        company a person's title named before is the one the person acts on."""
        verb = noun.head
        if noun.dep_ == "nsubj" and verb.dep_ == "ccomp":
            verb = verb.head  # "Fabrikam CEO Jane Roe told shareholders that the company would ...": whose chief speaks
        elif noun.dep_ not in ("dobj", "pobj") or (noun.dep_ == "dobj" and verb.pos_ != "VERB"):
            return None
        elif noun.dep_ == "pobj":
            verb = verb.head
        people = [found.at(s) for s in syntax.subjects(verb)] if verb.pos_ in ("VERB", "AUX") else []
        person = next((p for p in people if p is not None and found.type_of(p) == "Person"), None)
        if person is None:
            return None
        keys = {found.cluster_key(s) for s in earlier}
        return next((c for c in self.titled_companies(person, noun.i, found) if found.cluster_key(c) in keys), None)

    def titled_companies(self, person: Span, before: int, found: DocMentions) -> list[Span]:
        """The companies titles gave the person (by surname) before token ``before``, in
        order: "Jane Roe, CEO of Fabrikam", "Fabrikam CEO Jane Roe"."""
        family = surname(person.text)
        titles = self.finder.title_nouns
        out: list[Span] = []
        for span in found.spans:
            if span.start >= before or found.type_of(span) != "Person" or surname(span.text) != family:
                continue
            root = span.root
            described = [a for a in root.children if a.dep_ == "appos" and a.lower_ in titles]
            described += [c for a in described for c in a.conjuncts]
            named = [
                p for a in described for c in a.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
                for p in c.children if p.dep_ == "pobj"
            ] + [c for a in described for c in a.children if syntax.is_possessor(c)]
            named += [  # "Fabrikam CEO Jane Roe"
                c for t in root.children if t.dep_ == "compound" and t.lower_ in titles
                for c in t.children if c.dep_ == "compound"
            ]
            flat = [c for c in root.children if c.dep_ == "compound"]
            first_title = next((c.i for c in flat if c.lower_ in titles), None)
            if first_title is not None:
                named += [c for c in flat if c.i < first_title]  # the same, every word hung on the name
            companies = [found.at(t) for t in named if found.at(t) is not None]
            company = next((c for c in companies if found.type_of(c) == "Organization"), None)
            if company is not None:
                out.append(company)
        return out

    @staticmethod
    def _own_subject(noun: Token) -> set[int]:
        """"Elliott built a stake in the retailer": a description is not the subject of its
        own clause."""
        while noun.dep_ == "compound":
            noun = noun.head  # "The UK pharma giant will hand X ...": part of the subject
        if noun.dep_ in syntax.SUBJECT_DEPS:
            return set()
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if owner is not None and owner.dep_ == "pobj" and owner.head.lower_ == "as" and owner.head.head.pos_ == "VERB":
            # "joining A and B as backers of the startup": the startup is none of its backers
            return {t.i for t in syntax.expand(syntax.objects(owner.head.head) + syntax.subjects(owner.head.head))}
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be":
            return set()  # "X is among the companies that ...": the copula's subject is what it describes
        return {t.i for t in syntax.expand(syntax.subjects(verb))}

    def _description_places(self, noun: Token, found: DocMentions) -> set[str]:
        """"the Santa Clara, California-based company", "the Danish drugmaker": the places
        the description names, by their gazetteer labels where listed."""
        start = _article(noun)
        if start is None:
            return set()
        places = set()
        for span in {found.by_token[i] for i in range(start + 1, noun.i) if i in found.by_token}:
            if start < span.start and span.end <= noun.i and found.type_of(span) == "Place":
                for name in (span.text, *span.text.split(", ")[:2]):  # "the Cambridge, UK-based company"
                    entry = self.finder.gazetteer.get(name)
                    places.add(entry.label if entry is not None else name)
        doc = noun.doc
        places.update(  # "the Icheon-based company", the town tagged a nationality and found as no place
            doc[i].text for i in range(start + 1, noun.i - 2)
            if i not in found.by_token and doc[i].pos_ == "PROPN" and doc[i + 1].text == "-" and doc[i + 2].lower_ in syntax.SEAT_WORDS
        )
        return places

    def _by_headquarters(self, candidates: list[Span], places: set[str], found: DocMentions) -> list[Span]:
        """Of the companies a "<place>-based company" may mean, those the gazetteer puts
        there; else those it does not put anywhere; else those it puts in the region or country
        the place lies in."""
        if not places:
            return candidates
        known: dict[int, set[str]] = {}
        seats = self._seats(found)
        for span in candidates:
            entry = self._listed(span, found)
            if entry is not None and entry.headquarters:
                known[span.start] = {_fold(h) for h in entry.headquarters}
            seat = seats.get(found.cluster_key(span))
            if seat:
                known.setdefault(span.start, set()).update(seat)
        wider = {_fold(w) for p in places if (entry := self.finder.gazetteer.get(p)) is not None for w in entry.within}
        places = {_fold(p) for p in places}
        there = [s for s in candidates if s.start in known and known[s.start] & places]
        unknown = [s for s in candidates if s.start not in known]
        # "the Seoul-based company", none named before known to be there or unknown: one based
        # elsewhere in South Korea
        nearby = [s for s in candidates if s.start in known and known[s.start] & wider]
        return there or unknown or nearby or candidates

    def _seats(self, found: DocMentions) -> dict[str, set[str]]:
        """Where the text says each company is based ("Schnucks will remain headquartered in
        St. Louis", "Y, which is based in X", "the X-based Y"), by cluster. Once per document."""
        if self._seat_cache is not None and self._seat_cache[0] is found:
            return self._seat_cache[1]
        seats: dict[str, set[str]] = {}
        doc = found.doc
        for word in doc:
            if word.lower_ not in syntax.SEAT_WORDS:
                continue
            places = [s for p in syntax.prep_objects(word, {"in"}) if (s := found.at(p)) is not None and found.type_of(s) == "Place"]
            if word.i > 1 and doc[word.i - 1].text == "-" and (before := found.at(doc[word.i - 2])) is not None:
                places.append(before)  # "the Osaka-based Y"
            companies = [found.at(t) for t in syntax.subjects(word)]
            if word.dep_ in ("acl", "relcl", "amod"):
                companies.append(found.at(word.head))
            for company in companies:
                if company is not None and found.type_of(company) == "Organization":
                    seats.setdefault(found.cluster_key(company), set()).update(
                        _fold(name) for place in places for name in place.text.split(", ")[:2]
                    )
        self._seat_cache = (found, seats)
        return seats

    def _listed(self, span: Span, found: DocMentions) -> GazetteerEntry | None:
        """The gazetteer's entry for the company a name means, by any name the document gives
        it ("Boehringer" after "Boehringer Ingelheim") or its name without a legal form."""
        key = found.cluster_key(span)
        names = [span.text, *(s.text for s in found.spans if s.text != span.text and found.cluster_key(s) == key)]
        for name in names:
            entry = self.finder.gazetteer.get(name)
            if entry is None and (short := self.finder.short_name(name)):
                entry = self.finder.gazetteer.get(short)
            if entry is not None:
                return entry
        return None

    def _holder_namesakes(self, candidates: list[Span], possessor: Token, found: DocMentions) -> list[Span]:
        """"X makes chips at Intel Foundry, the company's contract manufacturing arm": the
        company the unit, whose description the possessor is in, is named after, when only
        one is ("Hyundai Mobis, the group's affiliate" may be Hyundai Motor's or Hyundai
        Motor Group's)."""
        if possessor.dep_ != "poss" or possessor.head.dep_ != "appos" or (holder := found.at(possessor.head.head)) is None:
            return []
        named = [
            s for s in candidates
            if any(holder.text.startswith(name + " ") for name in (s.text, self.finder.short_name(s.text)) if name)
        ]
        return named if len({found.cluster_key(s) for s in named}) == 1 else []

    def industry(self, noun: Token) -> str | None:
        """The industry a description names: "the automaker", "the Chinese EV maker", "the
        chip designer" (entities.json's ``industries``)."""
        words = self.lexicon.industries
        industry = words.get(noun.lemma_.lower())
        if industry is not None:
            return industry
        return next((
            words[c.lower_] for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and c.lower_ in words
        ), None)

    def _by_industry(self, candidates: list[Span], noun: Token, found: DocMentions) -> list[Span]:
        """Of the companies "the automaker" may mean, those the text or the gazetteer does not
        put in other industries only (a chipmaker is not "the automaker")."""
        industry = self.industry(noun)
        if industry is None:
            return candidates
        known = self._industries(found)
        here = sentence_number(noun)
        fitting_here = [
            s for s in candidates if industry in known.get(found.cluster_key(s), ()) and sentence_number(s[0]) == here
        ]
        if fitting_here:
            return fitting_here  # "Nvidia's chips, which Oracle buys from the chipmaker"
        return [
            s for s in candidates if not (kinds := known.get(found.cluster_key(s))) or industry in kinds
        ] or candidates

    def _by_kind(self, candidates: list[Span], noun: Token, found: DocMentions) -> list[Span]:
        """Of the companies "the CDMO" or "the foundry" may mean, none the gazetteer lists
        without that kind when it lists one with it."""
        kinds = self.lexicon.contract_manufacturer_nouns
        if noun.text not in kinds and noun.lemma_.lower() not in kinds:
            return candidates
        listed = {s.start: self._listed(s, found) for s in candidates}
        if not any(entry is not None and entry.kind in kinds for entry in listed.values()):
            return candidates
        return [s for s in candidates if listed[s.start] is None or listed[s.start].kind in kinds]

    def industries_of(self, token: Token, found: DocMentions) -> set[str]:
        """The industries the text or the gazetteer puts the company named at ``token`` in."""
        span = found.at(token)
        return set(self._industries(found).get(found.cluster_key(span), ())) if span is not None else set()

    def _industries(self, found: DocMentions) -> dict[str, set[str]]:
        """The industries of each company, by cluster: its gazetteer entry's, and those of the
        descriptions the text gives its name ("Chinese automaker Leapmotor", "Leapmotor, the
        Chinese EV maker", "Leapmotor is an automaker"). Once per document."""
        if self._industry_cache is not None and self._industry_cache[0] is found:
            return self._industry_cache[1]
        known: dict[str, set[str]] = {}
        for span in found.spans:
            if found.type_of(span) != "Organization":
                continue
            industries = known.setdefault(found.cluster_key(span), set())
            entry = self._listed(span, found)
            if entry is not None:
                industries.update(entry.industries)
            root = span.root
            nouns = [c for c in root.children if c.dep_ == "appos" or (c.dep_ in ("compound", "nmod") and c.is_lower)]
            if root.dep_ == "appos":
                nouns.append(root.head)
            if root.dep_ == "nsubj" and root.head.lemma_ == "be":
                nouns += [c for c in root.head.children if c.dep_ == "attr"]
            industries.update(
                industry for n in nouns
                if n.pos_ == "NOUN" and n.lemma_.lower() in self.lexicon.organization_nominals
                and (industry := self.industry(n)) is not None
            )
        self._industry_cache = (found, known)
        return known

    def _public_bodies(self, found: DocMentions) -> set[str]:
        """Names of ministries, courts and regulators (and their acronyms): "the company"
        does not mean them."""
        if self._public_cache is None or self._public_cache[0] is not found:
            words = self.lexicon.public_body_words
            public = {s.text for s in found.spans if any(t.text in words for t in s)}
            public |= {a.mention.text for a in found.aliases if a.alias_of.text in public}
            self._public_cache = (found, public)  # once per document
        return self._public_cache[1]

    def topic(self, token: Token, found: DocMentions, *, dominant: bool = False) -> Span | None:
        """The organization the text before ``token`` is about: named more often than any
        other (twice at least) and the subject of a sentence once at least; none when two
        share the lead ("Acme will buy Beta. Beta shares rose." is about both)."""
        counts: Counter[str] = Counter()
        last: dict[str, Span] = {}
        subject: dict[str, None] = {}  # in the order first made a subject
        owner: set[str] = set()
        for key, span in self._named_before(token, found):
            counts[key] += 1
            last[key] = span
            root = span.root
            if root.dep_ in syntax.SUBJECT_DEPS:
                subject.setdefault(key)
            elif root.dep_ in ("compound", "poss") and root.head.dep_ in syntax.SUBJECT_DEPS:
                owner.add(key)  # "GM stock rose"
        if subject:
            counts[next(iter(subject))] += 1  # the article's first subject: "Graza ... has raised $40 million in a round led by VMG"
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        if dominant and (ranked[0] < 3 or (len(ranked) > 1 and 2 * ranked[0] < 3 * ranked[1])):
            return None
        best = max(counts, key=counts.__getitem__)
        # whose stock rose is the topic only when named often: a takeover target's shares rise too
        return last[best] if best in subject or (best in owner and counts[best] >= 3) else None

    def _clause_subject(self, pronoun: Token, candidates: list[Span]) -> Span | Token | None:
        """"SoftBank sold its stake in Nvidia to fund its bets": a possessive pronoun
        means the subject of its clause when that subject is one of the candidates; a
        subject pronoun, the subject of the clause that reports it ("X said it will").
        When that subject is itself a pronoun or a description of a company, the token."""
        owned = pronoun.head
        if syntax.is_possessor(pronoun) and (syntax.first_conjunct(owned).dep_ in ("attr", "oprd") or copula_subjects(owned)):
            return None  # "X remains its primary partner", "X is one of its partners": whose, not X
        if syntax.is_possessor(pronoun) and owned.dep_ == "conj":
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
            subject_tokens = [
                t for t in syntax.expand(syntax.subjects(verb, self.lexicon.commitment_nouns)) if t.i != pronoun.i
            ]
            if not subject_tokens and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < pronoun.i:
                # "the Boise-based company producing the stacks at its fab": the noun the participle is on
                named = next((s for s in reversed(candidates) if s.root == verb.head), None)
                if named is not None or (
                    verb.head.lemma_.lower() in self.lexicon.organization_nominals and _definite(verb.head)
                ):
                    return named or verb.head
            subjects = {t.i for t in subject_tokens}
            chosen = next((s for s in reversed(candidates) if s.root.i in subjects), None)
            if chosen is not None:
                return chosen
            if any(t.lower_ in ("who", "whom") for t in subject_tokens):
                return None  # "X, who founded Besi and remains its chief executive": "its" is no person's
            if verb.dep_ == "relcl" and any(t.lower_ in ("which", "that") for t in subject_tokens):
                # "a deal with Samsung Biologics, which will make it at its plant": the antecedent's
                antecedent = next((s for s in reversed(candidates) if s.root == verb.head), None)
                if antecedent is not None:
                    return antecedent
            described = next((t for t in subject_tokens if t.i < pronoun.i and self.refers(t)), None)
            if described is not None:
                return described
            owner = next((
                c for t in subject_tokens if t.i < pronoun.i for c in t.children
                if syntax.is_possessor(c) and c.lower_ in PRONOUNS_ORG
            ), None)
            if owner is not None:
                return owner  # "Its customers include A and B, and it rents capacity to C": whose customers
            if any(t.pos_ == "PROPN" and t.i < pronoun.i for t in subject_tokens):
                return subject_tokens[0]  # a name that is no company here: none of the candidates
            if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "relcl", "appos") or verb.head == verb:
                return None
            # "Stellantis, the maker of Jeep, said it will invest": the one who said it
            verb = verb.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head  # out of a relative clause: "Y, the drug it bought"
        return None

    def refers(self, token: Token) -> bool:
        """Whether ``token`` is "it" or "the company": a word that stands for a company named elsewhere."""
        return token.lower_ in PRONOUNS_ORG or (
            token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.organization_nominals
            and _own_article(token) is not None
        )

    def person(self, token: Token, found: DocMentions) -> Span | None:
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
            if previous.start <= s.start < previous.end and found.type_of(s) == "Person" and s.root.dep_ in syntax.SUBJECT_DEPS
        ]
        return subjects[0] if subjects else None

    def _names_a_maker(self, span: Span, found: DocMentions) -> bool:
        """"Nvidia Blackwell systems", "Nvidia chips": a company named only as the maker of a
        product the sentence is about."""
        doc = span.doc
        after = found.at(doc[span.end]) if span.end < len(doc) else None
        if after is not None and found.type_of(after) == "Product":
            return True
        root = span.root
        return root.dep_ == "compound" and root.head.lemma_.lower() in self.lexicon.product_unit_nouns and found.at(root.head) is None

    def _salient(self, earlier: list[Span], token: Token, found: DocMentions) -> Span:
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
                key = found.cluster_key(span)
                root = span.root
                if root.dep_ in ("compound", "poss", "nmod") and root.head.dep_ == "appos" and root.head.lower_ in self.finder.title_nouns:
                    continue  # "Jane Roe, a former Contoso executive, ...": her past, not the story's company
                if _in_description_of_person(root, found):
                    continue  # "Founded by X, a researcher who built Y at Contoso, the startup ...": his past
                if self._names_a_maker(span, found):
                    continue  # "to buy more Nvidia Blackwell systems": whose product, not whom the story follows
                subject = root.dep_ in syntax.SUBJECT_DEPS or (syntax.is_possessor(root) and root.head.dep_ in syntax.SUBJECT_DEPS)
                score[key] = score.get(key, 0.0) + (2.0 if subject else 1.0)
                last[key] = span
            if number < here and score and self._topic_subject(spans[number], by_sentence.get(number, ())):
                best = max(score, key=lambda key: (score[key], last[key].start))
                score[best] += 2.0
        if not score:
            return earlier[-1]
        best = max(score, key=lambda key: (score[key], last[key].start))
        return last[best]

    def _topic_subject(self, sentence: Span, named: Iterable[Span]) -> bool:
        """Whether the sentence's subject is "it" or "the company", with no company named as subject."""
        if any(span.root.dep_ in syntax.SUBJECT_DEPS for span in named):
            return False
        return any(
            t.dep_ in syntax.SUBJECT_DEPS and t.head.dep_ == "ROOT" and (
                t.lower_ in PRONOUNS_ORG
                or (t.pos_ == "NOUN" and t.lemma_.lower() in self.lexicon.organization_nominals
                    and any(c.lower_ == "the" for c in t.children if c.dep_ == "det"))
            )
            for t in sentence
        )

    def plural_nominal(self, token: Token) -> bool:
        """"the two companies", "both firms", "the pair": a plural company noun that means a pair."""
        if token.lower_ in ("two", "both") and token.dep_ in syntax.SUBJECT_DEPS:
            return token.lower_ == "both" or any(c.lower_ == "the" for c in token.children if c.dep_ == "det")  # "the two will"
        if token.lower_ in ("two", "pair") and (
            (token.dep_ == "pobj" and token.head.lower_ == "between") or token.dep_ == "poss"
        ):  # "a tie-up between the pair", "the pair's joint venture"
            return any(c.lower_ == "the" for c in token.children if c.dep_ == "det")
        return (
            token.tag_ == "NNS" and token.lemma_.lower() in self.lexicon.organization_nominals
            and any(c.lower_ in ("the", "both", "two") for c in token.children if c.dep_ in ("det", "nummod", "predet"))
        )

    def last_two_companies(self, token: Token, found: DocMentions) -> tuple[Span, Span] | None:
        """The two companies named last before ``token``, in its sentence or the one before;
        before the one before, the two the article is about when it names them far more than
        any other ("The two groups have also agreed to ..." after a paragraph on a third)."""
        here = sentence_number(token)
        spans = sentences(token.doc)[0]
        for number, sent in enumerate([spans[here], *spans[max(here - 1, 0) : here]]):
            if number == 1 and (pair := self.leading_pair(token, found)) is not None:
                return pair
            named: dict[str, Span] = {}
            for span in found.spans:
                company = found.type_of(span) == "Organization" or (
                    found.type_of(span) == "Place" and span.text not in self.finder.gazetteer
                )
                if sent.start <= span.start and span.end <= min(sent.end, token.i) and company:
                    named.pop(found.cluster_key(span), None)
                    named[found.cluster_key(span)] = span
            if len(named) >= 2:
                first, second = list(named.values())[-2:]
                return first, second
        return None


    @staticmethod
    def _named_before(token: Token, found: DocMentions) -> list[tuple[str, Span]]:
        """The organizations named before ``token``, each with the key of the company it names;
        "Meta (META)" names it once."""
        named: list[tuple[str, Span]] = []
        for s in found.spans:
            if s.end > token.i or found.type_of(s) != "Organization":
                continue
            key = found.cluster_key(s)
            if named and named[-1][0] == key and named[-1][1].end == s.start - 1 and s.doc[s.start - 1].text == "(":
                continue
            named.append((key, s))
        return named

    def leading_pair(self, token: Token, found: DocMentions) -> tuple[Span, Span] | None:
        """The two companies named before ``token`` three times at least and twice as often
        as any other, in the order last named."""
        counts: Counter[str] = Counter()
        last: dict[str, Span] = {}
        for key, span in self._named_before(token, found):
            counts[key] += 1
            last[key] = span
        ranked = counts.most_common(3)
        if len(ranked) < 2 or ranked[1][1] < 3 or (len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]):
            return None
        first, second = sorted((last[ranked[0][0]], last[ranked[1][0]]), key=lambda s: s.start)
        return first, second


_NAMING_VERBS = frozenset({"name", "call", "make", "choose", "pick", "select"})


def copula_subjects(noun: Token) -> list[Token]:
    """The subjects that "be" says ``noun`` is: "X and Y are (among) its backers", "X is one
    of its partners"; and whom a verb names so: "has named X its primary partner"."""
    first = syntax.first_conjunct(noun)
    if first.dep_ == "pobj" and first.head.lower_ == "among":
        first = first.head
    elif first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ == "one":
        first = first.head.head
    if first.dep_ == "oprd" and first.head.lemma_ in _NAMING_VERBS:
        return syntax.expand([c for c in first.head.children if c.dep_ == "dobj"])
    if first.dep_ not in ("attr", "prep") or first.head.lemma_ not in ("be", "remain", "become"):
        return []
    return syntax.expand([c for c in first.head.children if c.dep_ == "nsubj"])


def _relative_antecedent_end(pronoun: Token) -> int | None:
    """"Nvidia, to which it is the main supplier": a pronoun in a relative clause that the
    relative word does not stand for as subject is not what the clause hangs on. Where the
    name before the clause ends."""
    verb = pronoun.head
    if pronoun.dep_ not in syntax.SUBJECT_DEPS or verb.dep_ != "relcl":
        return None
    relative = next((t for t in verb.subtree if t.tag_ in ("WDT", "WP", "WP$") and t.i < pronoun.i), None)
    if relative is None or relative.dep_ in syntax.SUBJECT_DEPS:
        return None
    end = verb.left_edge.i
    while end > 0 and pronoun.doc[end - 1].is_punct:
        end -= 1
    return end


def _main_subject(token: Token) -> bool:
    """The subject of the sentence's main verb, or whose it is ("a Stellantis spokesperson said")."""
    if token.dep_ in ("compound", "poss") and token.head.pos_ == "NOUN":
        token = token.head
    return token.dep_ in syntax.SUBJECT_DEPS and token.head.dep_ == "ROOT"


def _definite(noun: Token) -> bool:
    """"the company", and "the Menlo Park, California-based company" however the parser
    hangs the article: "the" before the words that modify the noun."""
    return _article(noun) is not None


def _article(noun: Token) -> int | None:
    """Where the noun's definite article is: its own determiner, or the "the" before the
    words that modify it."""
    own = _own_article(noun)
    if own is not None:
        return own
    doc = noun.doc
    i = noun.i - 1
    while i >= 0 and noun.i - i <= 8 and (
        doc[i].pos_ in ("PROPN", "ADJ", "NOUN", "VERB", "PUNCT") and doc[i].lower_ not in ("a", "an")
        and not (doc[i].pos_ == "PUNCT" and doc[i].text not in (",", "-"))
    ):
        i -= 1
    return i if i >= 0 and i < noun.i - 1 and doc[i].lower_ == "the" else None


def _fold(name: str) -> str:
    """"Bagsværd" and "Bagsvaerd", "Zürich" and "Zurich": one place, however spelled."""
    name = name.lower().replace("æ", "ae").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _own_article(noun: Token) -> int | None:
    """The noun's own definite determiner ("the", "this", "that"), where it has one."""
    return next((c.i for c in noun.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")), None)


_NEW_COMPANY_NOUNS = frozenset({"venture", "jv"})


def _described_by(span: Span, lemma: str) -> bool:
    """"Acme Mobility, the fuels joint venture", "Acme is a venture of X and Y": the text
    called the company so."""
    root = span.root
    for t in sentence_of(root):
        if t.lemma_.lower() != lemma:
            continue
        t = syntax.first_conjunct(t)  # "the fuels and mobility joint venture"
        if (t.head == root and t.dep_ in ("appos", "attr")) or root.head == t or (
            t.dep_ == "attr" and root.dep_ == "nsubj" and root.head == t.head
        ):
            return True
    return False


def _in_description_of_person(token: Token, found: DocMentions) -> bool:
    """Whether ``token`` is inside an apposition that describes a person."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "appos":
            holder = found.at(ancestor.head)
            if holder is not None and found.type_of(holder) == "Person":
                return True
    return False
