"""Find the named things of a document and what the text says about their names.

Mentions come from spaCy's entity recognizer, from the gazetteer and from name patterns
("X Tech Day" is an Event, "X initiative" an Initiative). Each surface form gets one type
per document (gazetteer first, then a vote), and the text's own alias statements
("A, better known as B", "Advanced Micro Devices (AMD)") become alias links.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import GazetteerEntry, Lexicon, listed_apart, short_name, shorter_names
from kg.extract.names import SPELLED_OUT, NameUnion, surname
from kg.extract.syntax import SEAT_WORDS, comma_conjunct, is_possessor, prep_objects_of
from kg.model import AliasLink, Mention

PRONOUNS_ORG = {"it", "its", "itself"}
PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "hers"}
_TRIM_LEFT = {"the", "The", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr."}
_HONORIFICS_WITHOUT_STOP = {"Mr", "Mrs", "Ms", "Dr", "Mdm"}  # British and Singapore style: "Mr Bill Chang"


@dataclass
class DocMentions:
    """The mentions of one document, indexed by token for the relation rules."""

    doc: Doc
    spans: list[Span] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)
    by_token: dict[int, Span] = field(default_factory=dict)
    aliases: list[AliasLink] = field(default_factory=list)
    org_names: dict[str, Span] = field(default_factory=dict)
    clusters: dict[str, str] = field(default_factory=dict)
    apart: set[tuple[str, str]] = field(default_factory=set)  # a unit and its parent, however alike named
    terms: set[str] = field(default_factory=set)  # "energy storage systems (ESS)": letters that are no name
    _span_types: dict[tuple[int, int], str] = field(default_factory=dict)
    _by_types: dict[tuple[str, ...], list[Span]] = field(default_factory=dict)

    def mention(self, span: Span, type_: str | None = None) -> Mention:
        return Mention(span.text, span.start_char, span.end_char, type_ or self.type_of(span))

    def spans_of(self, types: frozenset[str]) -> list[Span]:
        """The mentions of those classes, in text order (the entity rules ask once per rule)."""
        key = tuple(sorted(types))
        cached = self._by_types.get(key)
        if cached is None:
            cached = self._by_types[key] = [span for span in self.spans if self.type_of(span) in types]
        return cached

    def cluster_key(self, span: Span) -> str:
        """One name for every name this document gives one organization."""
        return self.key_of(span.text)

    def key_of(self, name: str) -> str:
        return self.clusters.get(name, name)

    def type_of(self, span: Span) -> str:
        key = (span.start, span.end)
        cached = self._span_types.get(key)
        if cached is None:
            cached = self._span_types[key] = self.types.get(span.text, "Organization")
        return cached

    def at(self, token: Token) -> Span | None:
        return self.by_token.get(token.i)

    def noun_chunk(self, token: Token) -> Span | None:
        """The noun chunk ``token`` heads, if any: spaCy's English ``noun_chunks`` rule
        asked of one token rather than run over the whole document."""
        if not _chunk_root(token):
            return None
        start = token.left_edge.i
        if any(_chunk_root(t) for t in self.doc[start : token.i]):
            return None  # nested in a chunk that starts earlier
        return self.doc[start : token.i + 1]


class MentionFinder:
    """Finds mentions with the lexicon's gazetteer and patterns; build once, reuse per doc."""

    def __init__(self, lexicon: Lexicon, nlp: Language) -> None:
        self.lexicon = lexicon
        self.gazetteer: dict[str, GazetteerEntry] = {}
        for entry in lexicon.gazetteer:
            for name in (entry.label, *entry.aliases):
                self.gazetteer.setdefault(name, entry)
        self.patterns_by_last: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for type_, words, _ in lexicon.name_patterns:
            self.patterns_by_last.setdefault(words[-1], []).append((type_, words))
        for form in lexicon.legal_forms:
            # "Vistra Corp" after a dateline the recognizer did not read as a name
            words = tuple(form.split())
            self.patterns_by_last.setdefault(words[-1], []).append(("Organization", words))
        self.places_upper = {
            name.upper(): entry for name, entry in self.gazetteer.items() if entry.type == "Place" and len(name) > 3
        }
        self._short_names: dict[str, str | None] = {}
        self.prefixes_by_first: dict[str, list[tuple[str, ...]]] = {}
        for prefix in lexicon.name_prefixes_to_trim:
            self.prefixes_by_first.setdefault(prefix[0], []).append(prefix)
        self.person_role_words = frozenset(phrase.split()[-1].lower() for phrase, _ in lexicon.person_titles)
        self._coded_cache: dict[int, str | None] = {}
        self._numbered_site_words = frozenset(get_string_id(w.capitalize()) for w in lexicon.facility_nominals)
        self._drug_shape_cache: dict[int, bool] = {}
        self.title_nouns = frozenset(w.lower() for w in lexicon.title_words)
        self._company_end_words = lexicon.organization_head_words | frozenset(lexicon.corporate_suffixes)
        self._unit_words = lexicon.unit_nouns | lexicon.business_nouns
        self._leader_words = frozenset(
            phrase.split()[-1].lower() for phrase, relation in lexicon.person_titles
            if relation in ("ceoOf", "chairmanOf", "founderOf")
        ) | {"president"}
        self._title_head_ids = frozenset(get_string_id(w) for w in self.person_role_words)
        self._capitalized_titles = self.lexicon.title_words | {
            form for w in self.person_role_words for form in (w.capitalize(), w.upper())
        }
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        names = sorted(self.gazetteer)
        if names:
            self.matcher.add("GAZ", list(nlp.tokenizer.pipe(names)))
        # "SK hynix" for "SK Hynix": a name of several words in another capitalization
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._by_lower = {name.lower(): name for name in names if len(name.split()) > 1}
        if self._by_lower:
            self.lower_matcher.add("GAZ", list(nlp.tokenizer.pipe(sorted(self._by_lower))))

    def find(self, doc: Doc) -> DocMentions:
        found = DocMentions(doc)
        candidates: list[tuple[Span, str | None, int]] = []
        suffixes = set(self.lexicon.corporate_suffixes) | self.lexicon.organization_head_words
        named_alone = {e.text for e in doc.ents}
        named_twice = {text for text, n in Counter(e.text for e in doc.ents).items() if n > 1}
        terms = found.terms = _abbreviated_terms(doc)
        for ent in (
            part for e in doc.ents for listed in _list_parts(e, named_alone, self.gazetteer, self.lexicon.legal_forms)
            for owned in self._possessive_parts(listed, named_alone, named_twice)
            for part in self._maker_and_model(owned)
        ):
            type_ = self.lexicon.ner_labels.get(ent.label_) or self._described_group_name(ent)
            span = self._trim(ent) if type_ else None
            if span is not None:
                if _named_with_possessive(span):
                    span, type_ = doc[span.start : span.end + 1], "Organization"  # "Lowe's agreed"
                elif len(span) > 1 and span[-1].text in suffixes and type_ in ("Person", "Place", "Facility"):
                    type_ = "Organization"
                elif type_ == "Person" and any(ch.isdigit() for ch in span.text):
                    type_ = "Product"  # "Instinct MI450": no person's name has digits
                elif type_ == "Person":
                    span = _with_hyphenated_given_name(self._with_first_name(span))
                if type_ == "Organization" and span.start > 0 and _initial_before(span):
                    span = doc[span.start - 1 : span.end]  # "L Catterton" tagged "Catterton"
                if type_ == "Place" and (start := _name_before_place(span)) is not None:
                    # "in talks with Telkom Indonesia": a name the recognizer left before a country's
                    candidates.append((doc[start : span.end], "Organization", 2))
                    continue
                candidates.append((span, type_, 1))
        named = list(candidates)
        surnames = {surname(span.text) for span, type_, _ in candidates if type_ == "Person" and len(span) > 1}
        matches = [(start, end, doc[start:end].text) for _, start, end in self.matcher(doc)]
        exact = {(start, end) for start, end, _ in matches}
        matches += [
            (start, end, self._by_lower[doc[start:end].text.lower()]) for _, start, end in self.lower_matcher(doc)
            if (start, end) not in exact and doc[start].text[:1].isupper()
        ]
        for start, end, listed_as in matches:
            span = doc[start:end]
            # the variant is the same entry wherever it is met again (same entry whatever the order)
            self.gazetteer.setdefault(span.text, self.gazetteer[listed_as])
            if span.text in self.lexicon.not_entities or _inside_longer_name(span, self.gazetteer[span.text].type, named):
                continue
            if len(span) == 2 and span[1].text in _POSSESSIVE and span[0].text in surnames:
                continue  # "CEO Calvin McDonald ... McDonald's exit": the person's, not the restaurant chain
            type_ = self.gazetteer[span.text].type
            if type_ == "Organization" and span.end < len(doc) and doc[span.end].text in self.lexicon.legal_forms:
                span = doc[start : span.end + 1]  # "Vistra Corp", listed as "Vistra": the name as written
                self.gazetteer.setdefault(span.text, self.gazetteer[listed_as])
            if type_ == "Product" and (maker := self._maker_before_model(span)) is not None:
                candidates.append((maker, "Organization", 2))  # "Nvidia GB300": the maker, then the listed model
                span = doc[maker.end : span.end]
            if type_ == "Initiative" and (local := self._local_edition(span)) is not None:
                span = local  # "Stargate UAE": the initiative's project in a country, a name of its own
            if type_ == "Product" and _model_number_after(span):
                span = doc[span.start : span.end + 1]  # "iPhone 17", "Windows 11"
            line = _product_line(span, type_, candidates)
            if line is not None:
                span = line  # "Snapdragon Digital Chassis", taken for a company: a product named after one
            candidates.append((span, type_, 2))
        tokens = list(doc)
        orths = doc.to_array(ORTH).tolist()
        candidates.extend(self._upper_case_places(doc, tokens))
        candidates.extend(self._coded_names(doc, tokens, orths))
        candidates.extend(self._numbered_sites(doc, tokens, orths))
        candidates.extend(_hyphenated_names(doc, tokens))
        candidates.extend(self._drug_names(doc, tokens))
        candidates.extend(self._names_with_s(doc, tokens))
        candidates.extend(self._described_people(doc, tokens, candidates))
        candidates.extend(self._governments(doc, candidates))
        candidates.extend(self._conjoined_companies(doc, candidates))
        listed = [c for c in candidates[len(named):] if c[0].text in self.gazetteer]
        candidates.extend(
            c for c in self._pattern_spans(doc, tokens)
            if (c[1] != "Place" or not _inside_longer_name(c[0], "Place", named)) and not any(
                _strictly_inside(c[0], other) for other, _, _ in listed
            )  # "Canada Pension Plan Investment Board", listed: no "Canada Pension Plan" initiative in it
        )
        chosen = [(self._without_prefix(span), type_, priority) for span, type_, priority in _non_overlapping(candidates)]
        chosen = [c for c in chosen if c[0].text not in self.lexicon.not_entities]  # "GLP-1", however found, is no name
        chosen = [
            (span[:-1] if len(span) > 1 and span[-1].text in terms and type_ != "Product" else span, type_, priority)
            for span, type_, priority in chosen if span.text not in terms or type_ == "Product"
        ]  # "Volkswagen ADAS chip deal": the company, then the term
        credits = self._credit_lines(doc)
        if credits:
            chosen = [c for c in chosen if sentence_of(c[0][0]).start not in credits]
        chosen = self._without_capitalized_words(tokens, chosen)
        repeated = self._repeated_names(doc, chosen)
        if repeated:
            chosen = _non_overlapping(chosen + repeated)
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        described_people: set[str] = set()
        for span, type_, priority in chosen:
            if type_:
                votes[span.text][type_] += priority
            if _followed_by_age(span) or _followed_by_who(span) or (
                self._described_as(span.root, span.end, self.person_role_words) and span[-1].text not in suffixes
            ) or self._after_title(span, suffixes):  # "Mitsubishi Motors, its partner": a company's name, whatever role it has
                votes[span.text]["Person"] += 3
                described_people.add(span.text)
            elif self._described_as(span.root, span.end, self.lexicon.place_nominals):
                votes[span.text]["Place"] += 3
            elif self._product_in_apposition(span):
                votes[span.text]["Product"] += 3  # "Quasar, its low-power AI chiplet, will be manufactured by ..."
            elif self._company_described(span) and not _city_before_region_based(span):
                votes[span.text]["Organization"] += 3  # not "The Boise, Idaho-based company"
                if self._described_as(span.root, span.end, self.lexicon.company_nouns):
                    # "Graza, the squeeze-bottle olive oil brand": what the text says it is
                    votes[span.text]["Organization"] += 7
            elif len(span) == 2 and span[0].lower_ in self.lexicon.facility_nominals and span[1].like_num:
                votes[span.text]["Facility"] += 3  # "its Plant 5", "Fab 21"
            elif self._described_as(span.root, span.end, self.lexicon.site_nouns):
                votes[span.text]["Facility"] += 3  # "Hyperion, a sprawling campus in Louisiana"
            elif _run_by_someone(span, self.lexicon.running_verbs):
                votes[span.text]["Organization"] += 3  # "Kering Beauté, run by CEO Raffaella Cornaggia"
            elif self._before_title_and_person(span):
                votes[span.text]["Organization"] += 3  # "Nanya president Lee Pei-ing": a company's title
            elif _chair(span) and len(span) > 1 and span.text not in self.gazetteer and span[-1].text not in suffixes:
                votes[span.text]["Person"] += 3  # "Renault, which is chaired by Jean-Dominique Senard"
            elif self._owned_facility(span):
                votes[span.text]["Facility"] += 3
            elif self._product_described(span):
                votes[span.text]["Product"] += 3
            if _city_before_region_based(span) or _before_based(span) or self._city_before_region_site(span) or (
                self._city_in_region(span) or self._where_a_site_is(span)
            ):
                votes[span.text]["Place"] += 3
        chosen = [c for c in chosen if not funding_series(c[0])]
        for span, _, _ in chosen:
            found.spans.append(span)
            for token in span:
                found.by_token[token.i] = span
        first_words = Counter(
            text.split()[0].removesuffix("'s").removesuffix("’s")
            for text, counter in votes.items() if " " in text and _vote(counter) == "Organization"
        )
        surnames = {surname(text) for text, counter in votes.items() if " " in text and _vote(counter) == "Person"}
        for text, counter in votes.items():
            if first_words.get(text) == 1 and " " not in text:
                counter["Organization"] += sum(counter.values()) + 1  # "Novo Nordisk ... Novo said"
            elif " " not in text and counter["Organization"] and text not in surnames and text not in described_people:
                # "Genmab said ... Genmab CEO Jan van de Winkel": a one-word "person" never named
                # in full, that something marks as a company, is one
                counter["Organization"] += counter["Person"]
            elif " " not in text and text in surnames and counter["Organization"] <= 1 and not counter["Person"]:
                counter["Person"] += 2  # "CEO Calvin McDonald ... McDonald will remain": the recognizer's company is him
            words = text.split()
            if (
                len(words) > 1 and _vote(counter) == "Person" and text not in self.gazetteer
                and (company := self.gazetteer.get(words[0])) is not None and company.type == "Organization"
            ):
                counter["Organization"] += counter["Person"] + 1  # "Samsung Foundry", tagged a person: a company's unit
            entry = self.gazetteer.get(text)
            if entry is not None and text in surnames and counter["Person"] > counter[entry.type]:
                entry = None  # "Brian Cornell ... Cornell, who has led Target": the person, not the university
            found.types[text] = entry.type if entry else _vote(counter)
        for text in votes:
            first = text.split()[0]
            if (
                found.types[text] == "Person" and " " in text and found.types.get(first) == "Organization"
                and text not in described_people and text not in self.gazetteer
            ):
                found.types[text] = "Organization"  # "Lululemon ... Lululemon Athletica said": the company in full
            elif (
                found.types[text] == "Organization" and " " in text and votes[text]["Organization"] <= 2
                and text.split()[-1] in described_people
                and text not in self.gazetteer and text.split()[-1] not in suffixes
            ):
                found.types[text] = "Person"  # "founded by Hailey Bieber ... Bieber, who launched it": her name in full
        for span in found.spans:
            text = span.text
            if (
                found.types.get(text) == "Organization" and 2 <= len(span) <= 3 and votes[text]["Organization"] <= 1
                and text not in self.gazetteer and not any(t.text in suffixes or not t.is_title for t in span)
                and any((other := found.by_token.get(c.i)) is not None and found.types.get(other.text) == "Person"
                        and len(other) > 1 for c in (*span.root.conjuncts,))
            ):
                found.types[text] = "Person"  # "founded by Arthur Mensch, ..., and Guillaume Lample": one of them
        self._named_again(doc, chosen, found)
        self._surnames_again(doc, found)
        self._alias_links(found)
        self._org_names(found)
        self._clusters(found)
        return found

    def _local_edition(self, span: Span) -> Span | None:
        """"Stargate UAE", "Stargate Norway": a listed initiative's name, then a listed country or
        region's, with nothing between, names the initiative's project there."""
        doc = span.doc
        for n in (3, 2, 1):
            place = doc[span.end : span.end + n]
            if len(place) < n or not place[0].text[:1].isupper():
                continue
            entry = self.gazetteer.get(place.text)
            if entry is not None and entry.type == "Place" and entry.label in self.lexicon.broad_places:
                return doc[span.start : place.end]
        return None

    def _maker_before_model(self, span: Span) -> Span | None:
        """"Nvidia GB300", "Microsoft Azure": a listed product name that starts with a listed
        company's, where the rest names the same product, is the company and its product."""
        entry = self.gazetteer[span.text]
        for k in range(1, len(span)):
            maker, model = span[:k], span[k:]
            listed = self.gazetteer.get(maker.text)
            if listed is not None and listed.type == "Organization" and self.gazetteer.get(model.text) is entry:
                return maker
        return None

    def _without_capitalized_words(
        self, tokens: list[Token], chosen: list[tuple[Span, str | None, int]]
    ) -> list[tuple[Span, str | None, int]]:
        """"Inference is where the money is," Raman said: a word capitalized only because it
        starts a sentence or a quote, which the text uses in lower case elsewhere and names
        nowhere else, is no name (one the gazetteer lists is)."""
        counts = Counter(span.text for span, _, _ in chosen)
        opening = [
            c for c in chosen
            if len(c[0]) == 1 and counts[c[0].text] == 1 and c[0].text not in self.gazetteer and (
                c[0][0].is_sent_start or (c[0].start > 0 and tokens[c[0].start - 1].is_quote)
            )
        ]
        if not opening:
            return chosen
        lower = {t.text for t in tokens if t.is_lower}
        named_lower = {span.text for span, _, _ in chosen if span.text.islower()}  # "petrelintide ... Petrelintide, a drug"
        return [c for c in chosen if c not in opening or c[0].text.lower() not in lower or c[0].text.lower() in named_lower]

    def _possessive_parts(self, ent: Span, named_alone: set[str], named_twice: set[str]) -> list[Span]:
        """"Contoso's Road Pilot software" taken for one name: where the text or the gazetteer
        names the possessor alone and a kind of product follows, the owner and the thing it
        owns are two names; a name the text repeats whole or the gazetteer lists ("Dick's
        Sporting Goods") stays one."""
        doc = ent.doc
        if ent.text in named_twice or ent.text in self.gazetteer or ent.end >= len(doc):
            return [ent]
        after = doc[ent.end]
        if not (after.is_lower and after.lemma_ in (self.lexicon.made_product_nouns | self.lexicon.software_nouns)):
            return [ent]
        for token in ent[1:-1]:
            if token.tag_ == "POS":
                owner = doc[ent.start : token.i]
                if owner.text in named_alone or owner.text in self.gazetteer:
                    return [Span(doc, ent.start, token.i, label="ORG"), Span(doc, token.i + 1, ent.end, label=ent.label_)]
        return [ent]

    def _drug_names(self, doc: Doc, tokens: list[Token]) -> list[tuple[Span, str | None, int]]:
        """Drugs go by lower-case names the recognizer misses: one set beside a kind of drug
        ("its lead drug, atacicept", "zimislecel, its experimental therapy") or one with a stem
        of drug names ("vopimetostat", "petosemtamab") is a product."""
        kinds, stems = self.lexicon.drug_nouns, self.lexicon.drug_name_stems
        cache = self._drug_shape_cache
        out: list[tuple[Span, str | None, int]] = []
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            shape = cache.get(orth)
            if shape is None:
                if len(cache) > 200_000:
                    cache.clear()
                text = doc.vocab.strings[orth]
                shape = cache[orth] = text.islower() and text.isalpha() and len(text) >= 6
            if not shape:
                continue
            token = tokens[i]
            text = token.text
            stemmed = len(text) >= 8 and text.endswith(stems)
            if token.ent_type_ or not (token.pos_ in ("NOUN", "PROPN") or (stemmed and token.pos_ == "ADJ")):
                continue  # "The centerpiece is domvanalimab", tagged an adjective
            if text in kinds or token.lemma_ in kinds:
                continue
            beside = [token.head] if token.dep_ == "appos" else []
            beside += [c for c in token.children if c.dep_ == "appos"]
            alone = token.dep_ != "compound" and not any(c.dep_ in ("compound", "amod") for c in token.children) and not (
                token.i > 0 and tokens[token.i - 1].is_lower and tokens[token.i - 1].is_alpha and tokens[token.i - 1].head == token
            )  # "ifinatamab deruxtecan" is one name
            kind_before = (
                token.dep_ != "compound" and i > 0 and tokens[i - 1].head == token and tokens[i - 1].lemma_.lower() in kinds
            )  # "the Dutch biotech's bispecific antibody petosemtamab"
            if (alone and (any(b.lemma_.lower() in kinds for b in beside) or stemmed)) or (kind_before and stemmed):
                out.append((doc[token.i : token.i + 1], "Product", 0))
        if out:  # "... for petrelintide. Petrelintide, an amylin analog, is ...": capitalized to open a sentence
            drugs = {span.text.capitalize() for span, _, _ in out}
            out += [
                (doc[t.i : t.i + 1], "Product", 0) for t in tokens
                if t.text in drugs and not t.ent_type_ and (t.is_sent_start or tokens[t.i - 1].is_space)
            ]
        return out

    def _credit_lines(self, doc: Doc) -> set[int]:
        """Where the sentences start that credit the journalists ("(Reporting by Jane Roe in
        New York; Editing by John Doe)"), which name no one the news is about."""
        starts = set()
        for sentence in sentences(doc)[0]:
            words = [t.lower_ for t in sentence if not t.is_punct and not t.is_space][:3]
            by = words.index("by") if "by" in words else -1
            if by > 0 and " ".join(words[:by]) in self.lexicon.credit_line_words:
                starts.add(sentence.start)
        return starts

    def _without_prefix(self, span: Span) -> Span:
        """"Rival Northwind Corp.", however the name was found: a leading word of
        ``name_prefixes_to_trim`` is no part of it."""
        first = span[0].text
        if len(span) > 1 and (first,) in self.prefixes_by_first.get(first, ()):
            return span[1:]
        return span

    def _names_with_s(self, doc: Doc, tokens: list[Token]) -> list[tuple[Span, str | None, int]]:
        """"Casey's", "Parker's Kitchen": a company named with an 's. A name the text never
        writes alone without its 's keeps it wherever it comes, with the capitalized words it
        heads ("Parker's Kitchen, a chain"), when the text shows it is a company's: named whole
        with the 's or the rest of the name taken for one ("Casey's General Stores"), a verb or
        a clause right after it ("Parker's has built", "Parker's, which ..."). Gazetteer names
        are owners ("Alphabet's Google"), and "Snowflake's chief" says nothing of the name."""
        owned: dict[str, list[tuple[int, int]]] = {}
        marks = {doc.vocab.strings["'s"], doc.vocab.strings["’s"]}
        for i in (i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in marks):
            token = tokens[i]
            if i == 0 or not tokens[i - 1].text[:1].isupper() or tokens[i - 1].pos_ != "PROPN":
                continue  # not "It's"
            start = proper_name_start(tokens[i - 1]) if token.tag_ == "POS" else i - 1
            owned.setdefault(doc[start:i].text, []).append((start, i))
        if not owned:
            return []
        last_words = {name.split()[-1] for name in owned}
        alone = Counter(
            doc[proper_name_start(t) : t.i + 1].text for t in tokens
            if t.text in last_words and t.pos_ == "PROPN" and (t.i + 1 == len(doc) or tokens[t.i + 1].text not in ("'s", "’s"))
            and (t.i + 1 == len(doc) or tokens[t.i + 1].dep_ != "compound" or tokens[t.i + 1].pos_ != "PROPN")
        )
        companies = {e.text for e in doc.ents if e.label_ == "ORG"}
        out: list[tuple[Span, str | None, int]] = []
        for name, places in owned.items():
            if name in self.gazetteer or name in self.lexicon.not_entities or alone[name]:
                continue
            last = tokens[places[0][1] - 1]
            if last.ent_type_ == "PERSON" and last.ent_iob_ == "I":
                continue  # "Brian Mulroney's Progressive Conservative Party": a person's
            shown = any(c.startswith((f"{name}'s ", f"{name}’s ")) for c in companies) or any(
                tokens[i].tag_ != "POS" or (i + 2 < len(doc) and (
                    tokens[i + 1].tag_ in ("VBD", "VBZ", "MD")
                    or (
                        tokens[i + 1].ent_iob_ == "B" and tokens[i + 1].ent_type_ == "ORG"
                        and tokens[i + 1].lower_ not in self.lexicon.company_nouns
                    )
                    or (tokens[i + 1].text == "," and tokens[i + 2].lower_ in ("which", "who"))
                )) for _, i in places
            )
            if not shown:
                continue
            for start, i in places:
                end = i + 1
                while (
                    tokens[i].tag_ == "POS" and end < len(doc) and tokens[end].pos_ == "PROPN"
                    and tokens[end].text[:1].isupper() and not (end == i + 1 and tokens[end].lower_ in self.lexicon.company_nouns)
                ):
                    end += 1  # not "Tokens.com's Subsidiary, Metaverse Group"
                person = next((k for k in range(i + 1, end) if tokens[k].ent_type_ == "PERSON"), None)
                if person is not None:  # "Dick's Executive Chairman Ed Stack": a title and a person follow
                    end = next((k for k in range(i + 1, person) if tokens[k].text in self._capitalized_titles), person)
                if end > i + 1 and tokens[end - 1].head.i > end - 1 and tokens[end - 1].head.pos_ == "NOUN":
                    end = i + 1  # "Parker's Savannah stores": a place of the company's, not its name
                out.append((doc[start:end], "Organization", 2))
        return out

    def _maker_and_model(self, ent: Span) -> list[Span]:
        """"Nvidia GB300", "AMD MI355X": a listed company's name, then a model code, are two
        names (the company and its product), not one company."""
        for cut in range(min(len(ent) - 1, 3), 0, -1):
            maker, model = ent[:cut], ent[cut:]
            entry = self.gazetteer.get(maker.text)
            if entry is not None and entry.type == "Organization" and _coded_kind(model[0].text) == "Product":
                return [Span(ent.doc, maker.start, maker.end, label="ORG"), Span(ent.doc, model.start, model.end, label="PRODUCT")]
        return [ent]

    def _trim(self, ent: Span) -> Span | None:
        """The name inside what the recognizer marked: without articles, kind words,
        ranks, board prefixes, page-title tails, possessives and trailing verbs; with
        the legal form after a comma ("Acme, Inc.")."""
        doc = ent.doc
        tokens = list(doc[ent.start : min(ent.end + 2, len(doc))])
        start, end = 0, len(ent)
        texts = [t.text for t in tokens]
        if texts[end - 1] in ("&", "+") and end < len(texts) and texts[end][:1].isupper():
            end += 1  # "Academy Sports + | Outdoors": a name does not end on its joining sign
        while start < end and (texts[start] in _TRIM_LEFT or tokens[start].is_punct or _blank(tokens[start])):
            start += 1
        if end - start > 1 and tokens[start].pos_ == "ADP" and tokens[start].is_sent_start and ent.label_ == "PERSON":
            start += 1  # "Beyond Singapore, X is building": a preposition opening the sentence
        for prefix in self.prefixes_by_first.get(texts[start], ()) if start < end else ():
            if end - start > len(prefix) and tuple(texts[start : start + len(prefix)]) == prefix:
                start += len(prefix)
                break
        if (
            ent.label_ == "ORG" and end - start > 2 and texts[start + 1] == "of" and texts[start + 2][:1].isupper()
            and tokens[start].lower_ in self.lexicon.company_possessions and tokens[start].lower_ != "board"
        ):
            start += 2  # "Shares of CoreWeave Inc. jumped": what belongs to the company, then its name
        while end - start > 1 and tokens[start].lower_ in self.lexicon.organization_nominals and not (
            tokens[start + 1].is_lower and tokens[start + 1].pos_ == "ADP"
        ):
            start += 1  # "Drugmaker Sanofi SA", not "Ministry of Science"
        while end - start > 1 and tokens[start].is_punct:
            start += 1  # "Subsidiary, Metaverse Group": the kind word's comma is no part of the name
        if ent.label_ in ("ORG", "PERSON"):
            for k in range(start, end - 1):
                if tokens[k].is_lower and tokens[k].lemma_ in self.lexicon.descriptor_nouns and texts[k + 1][:1].isupper():
                    start = k + 1  # "FPGA house Xilinx", "van start-up Kestrel Mobility": the kind of company, then its name
                    break
        while end - start > 1 and ent.label_ == "PERSON" and (
            (tokens[start].pos_ == "NOUN" and tokens[start + 1].pos_ == "PROPN")
            or (texts[start] in self.lexicon.title_words and texts[start] not in _HONORIFICS)
            or texts[start] in _HONORIFICS_WITHOUT_STOP
        ):
            start += 1  # "Composer Thomas", "Actress Helen Hayes", "Police Major X"
        while end - start > 1 and ent.label_ == "PERSON" and texts[end - 1] in self.lexicon.title_words:
            end -= 1  # "Gogoro Founder and CEO Horace Luke": the title is no part of a name
        if ent.label_ == "ORG":
            lead = start
            while lead < end and texts[lead] in self.lexicon.title_words:
                lead += 1
            if start < lead and end - lead >= 2 and tokens[lead - 1].lower_ in self.person_role_words and all(
                t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in tokens[lead:end]
            ) and texts[end - 1] not in self.lexicon.organization_head_words:
                start = lead  # "CSO Roopal Thakkar", tagged a company: a title, then a person
            for k in range(start + 1, end - 2):
                if texts[k] in self.lexicon.title_words and texts[k - 1] not in self.lexicon.title_words:
                    after = k
                    while after < end and texts[after] in self.lexicon.title_words:
                        after += 1
                    if end - after >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens[after:end]):
                        end = k  # "Cipher Chief Executive Tyler Page": the company, then its chief
                        break
        run = end
        while run - start > 1 and texts[run - 1] in self.lexicon.title_words:
            run -= 1
        if run < end and (texts[run - 1] in _POSSESSIVE or (
            ent.label_ == "ORG" and end < len(texts) and (
                texts[end] in self.lexicon.title_words
                or (texts[end] in ("and", "&") and end + 1 < len(texts) and texts[end + 1] in self.lexicon.title_words)
            )
            and not any(t in self.lexicon.corporate_suffixes for t in texts[run:end])
        )):
            end = run  # "Dick's Executive Chairman", "Iberdrola Executive | Chairman X", "GM Chair | and CEO X": a title
        for k in range(start + 1, end - 1):
            if texts[k] == "of" and texts[k - 1] in self.lexicon.legal_forms and ent.label_ == "ORG":
                end = k  # "Pittsburgh-Corning Corp. of Pittsburgh": the place is no part of the name
                break
        if "|" in texts[start:end]:
            end = texts.index("|", start)  # "LinkedIn | News Center"
        company_ends = self._company_end_words
        if ent.label_ == "ORG" and ent.text not in self.gazetteer and texts[end - 1] in company_ends:
            for k in range(start + 1, end - 1):
                if texts[k] == "and" and texts[k - 1] in company_ends and texts[k + 1][:1].isupper():
                    end = k  # "Mubadala Capital and Founders Fund": two companies; "Fidelity Management & Research Co." one
                    break
        for k in range(start + 1, end):
            if tokens[k].dep_ == "ROOT" and tokens[k].pos_ == "VERB" and tokens[k].tag_ in ("VBZ", "VBD"):
                end = k  # a headline's "Artémis Takes Minority Stake": the name, then its verb
                break
        for k in range(start + 1, end - 1):
            if texts[k] in ("that", "which", "who", "whom") and texts[k + 1][:1].isupper():
                start = k + 1  # "the plant in Chitose that Contoso Inc. has been building": the name after the clause opens
                break
        for k in range(start + 1, end - 1):
            if tokens[k].is_lower and tokens[k].pos_ == "ADP" and texts[k + 1][:1].isdigit():
                end = k  # "a deal with Pattern Energy for 300MW": the name, then what it is for
                break
        for k in range(start + 1, end - 1):
            if (
                texts[k] in _JOINING_PREPOSITIONS and texts[k - 1][:1].isupper() and texts[k + 1][:1].isupper()
                and texts[k - 1] not in self.lexicon.organization_head_words  # "Council on Foreign Relations"
            ):
                end = k  # "partnered with Nvidia on Mistral Compute": two names, not one
                break
        if end - start > 2 and texts[end - 2] in self.lexicon.legal_forms and texts[end - 1].isupper() and (
            texts[end - 1].isalpha() and 2 <= len(texts[end - 1]) <= 5
        ):
            end -= 1  # "Nvidia Corp. NVDA": the name, then its ticker
        if "(" in texts[start + 1 : end] and ")" not in texts[texts.index("(", start + 1) : end]:
            end = texts.index("(", start + 1)  # "Tata Consumer Products (TCPL": the name, then its acronym opening
        while end > start and (
            texts[end - 1] in _POSSESSIVE or tokens[end - 1].is_punct or _blank(tokens[end - 1])
            or tokens[end - 1].tag_ in ("VBD", "VBN", "VBZ")
            or (tokens[end - 1].is_lower and tokens[end - 1].pos_ in ("ADP", "CCONJ", "DET", "ADJ"))
        ) and not _hyphened_on(tokens, end - 1, start):
            end -= 1  # "Hilton Hotels Acquired by ...", "Orvane by"
        if start >= end:
            return None
        if end + 1 < len(texts) and texts[end] == "," and texts[end + 1] in self.lexicon.legal_forms:
            end += 2
        words = texts[start:end]
        span = doc[ent.start + start : ent.start + end]
        text = span.text
        capitalized = any(w[:1].isupper() or _CAMEL_NAME.match(w) for w in words)  # "atNorth", "eBay" too
        if text in self.lexicon.not_entities or not capitalized or "\n" in text:
            return None
        if text in self.lexicon.currencies or (
            texts[start] in self.lexicon.currencies and end - start > 1 and tokens[start + 1].like_num
        ) or (
            tokens[end - 1].lower_ in self.lexicon.currencies and not _hyphened_on(tokens, end - 1, start)
        ):
            return None  # "2 billion won", "SEK 8.9 billion"; "Kim Yu-won" is a name
        if len(words) == 1 and words[0].lower() in self.lexicon.organization_nominals:
            return None  # "Group Chief Executive Oliver Blume": a kind word, not a name
        titles = [w in self.lexicon.title_words for w in words]
        if any(titles) and all(t or not tok.is_alpha for t, tok in zip(titles, tokens[start:end])):
            return None
        return span

    def _pattern_spans(self, doc: Doc, tokens: list[Token]) -> list[tuple[Span, str | None, int]]:
        """Proper names ending in a kind word: "Hon Hai Tech Day", "Stargate initiative", "the
        Abilene campus"."""
        out: list[tuple[Span, str | None, int]] = []
        for token in tokens:
            for type_, words in self.patterns_by_last.get(token.text, ()):
                i = token.i - len(words) + 1
                if i < 0 or tuple(t.text for t in tokens[i : token.i + 1]) != words:
                    continue
                start = i
                if type_ == "Organization" and i > 0 and _opening_word(tokens[i - 1]):
                    start = i - 1  # "Seres Group and Avatr ...": a name that opens a sentence, tagged a common noun
                while start > 0 and _is_name_token(tokens[start - 1]):
                    start -= 1
                    if start > 1 and tokens[start - 1].text == "-" and not tokens[start - 1].whitespace_ and (
                        not tokens[start - 2].whitespace_ and tokens[start - 2].text[:1].isupper()
                    ):
                        start -= 2  # "HL-GA Battery Co."
                where = " ".join(t.text for t in tokens[start:i])
                if start == i or type_ == "Facility" and (where in self.lexicon.broad_places or where in self.lexicon.demonyms):
                    continue  # "its Texas fab", "a U.S. data center", "a European data centre": where a site is, not its name
                if tokens[start].text in self.lexicon.not_entities and start + 1 == i:
                    continue
                # a company name the recognizer found in full ("CSPC Pharmaceutical Group") wins
                out.append((doc[start : token.i + 1], type_, 1 if type_ == "Organization" else 3))
        return out

    def _before_title_and_person(self, span: Span) -> bool:
        """"Nanya president Lee Pei-ing": a name the gazetteer does not know, right before a job
        title and a person's name, is the company whose title it is (not "French president X")."""
        doc = span.doc
        if span.end + 1 >= len(doc) or span.text in self.gazetteer or doc[span.end].lower_ not in self._leader_words:
            return False  # "Whitefish City Manager Tom Muri" is a town's
        after = doc[span.end + 1]
        return after.ent_type_ == "PERSON" and after.ent_iob_ == "B"

    def _after_title(self, span: Span, suffixes: set[str] | frozenset[str]) -> bool:
        """"Renault Group CEO François Provost", tagged a company: a name of two words or more
        right after a job title is a person's; so is one the recognizer took for a person after a
        lower-case title, whatever verbs follow it."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        return (
            before is not None and len(span) > 1 and before.lower_ in self.person_role_words
            and (before.text[:1].isupper() or span.root.ent_type_ == "PERSON")  # "former Baidu executive Yu Kai"
            and all(t.text[:1].isupper() and t.is_alpha for t in span) and span[-1].text not in suffixes
            and span.text not in self.gazetteer
        )

    @staticmethod
    def _described_as(name: Token, after: int, nouns: frozenset[str]) -> bool:
        """"Harrington, a professor at Queens College", "Yerevan, the capital of Armenia":
        a job title or a kind of place in apposition tells what a name is."""
        return any(
            child.dep_ == "appos" and child.lemma_.lower() in nouns and child.i > after for child in name.children
        )

    def _city_before_region_site(self, span: Span) -> bool:
        """"Samsung's Taylor, Texas fab": a name before ", Region" and a kind of site is a city."""
        doc, end = span.doc, span.end
        if end + 2 >= len(doc) or doc[end].text != "," or not doc[end + 1].text[:1].isupper():
            return False
        after = end + 3 if doc[end + 2].text[:1].isupper() else end + 2  # "Livingston, New Jersey plant"
        return after < len(doc) and doc[after].is_lower and doc[after].lemma_.lower() in self.lexicon.facility_nominals

    def _where_a_site_is(self, span: Span) -> bool:
        """"The factory in Figueruelas, near Zaragoza, ...": where a site is, and what it is
        near, is a place (not "near Tesla's plant", a company's site)."""
        doc = span.doc
        if span.start < 2 or (span.end < len(doc) and doc[span.end].text in _POSSESSIVE):
            return False
        before = doc[span.start - 1].lower_
        return before == "near" or (before == "in" and doc[span.start - 2].lemma_.lower() in self.lexicon.facility_nominals)

    def _city_in_region(self, span: Span) -> bool:
        """"a plant in Devens, Massachusetts": a name after "in" and before ", Region" is a city."""
        doc, end = span.doc, span.end
        if span.start == 0 or doc[span.start - 1].lower_ not in ("in", "near") or end + 1 >= len(doc) or doc[end].text != ",":
            return False
        for size in (2, 1):
            region = doc[end + 1 : min(end + 1 + size, len(doc))]
            entry = self.gazetteer.get(region.text)
            if entry is not None and entry.type == "Place" and (region.end >= len(doc) or doc[region.end].text not in _POSSESSIVE):
                return True
        return False

    def _product_described(self, span: Span) -> bool:
        """"the obesity drug Zepbound", "Wayve's AI Driver software": a kind of made thing
        next to a name says the name is a product."""
        doc, root = span.doc, span.root
        kinds = self.lexicon.made_product_nouns
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_lower and before.lemma_ in kinds and before.head.i in range(span.start, span.end):
            return True
        if root.dep_ == "appos" and root.head.is_lower and root.head.lemma_ in kinds:
            return True
        after = doc[span.end] if span.end < len(doc) else None
        if (
            after is not None and root.dep_ == "compound" and root.head == after
            and _kind_word(after) in (kinds | self.lexicon.software_nouns)
            and span.start > 1 and doc[span.start - 1].tag_ == "POS"
        ):
            return True  # "Wayve's AI Driver software": a company's name for what it makes
        return False  # "Zepbound, its obesity drug": _product_in_apposition

    def _product_in_apposition(self, span: Span) -> bool:
        """"Quasar, its upcoming AI chiplet", "Helios, AMD's rack-scale AI system": a kind of
        made thing in apposition says more than the verbs around the name ("will be
        manufactured"), and a kind of software or system someone owns is a product too
        ("Faire, a wholesale platform" may be a company)."""
        made, owned, companies = self.lexicon.made_product_nouns, self.lexicon.software_nouns, self.lexicon.company_nouns
        return any(
            (child.dep_ == "appos" or (  # "Helios, AMD's AI platform", parsed as a conjunct
                comma_conjunct(child, span.end) and any(c.dep_ == "poss" for c in child.children)
            )) and child.i > span.end and child.is_lower and (
                child.lemma_ in made or (child.lemma_ in owned and any(c.dep_ == "poss" for c in child.children))
            ) and not any(t.lemma_.lower() in companies for t in span.doc[span.end : child.i])
            for child in span.root.children
        )  # not "Rapidus, the chipmaker developing semiconductors", misparsed

    def _company_described(self, span: Span) -> bool:
        """"Chinese automaker Leapmotor", "Metsera, a drug developer", "X, which is based
        in Y", "its X unit": a kind of company before the name, in apposition or named by
        it, or a verb only companies are the subject of (``company_verbs``), tells what it is."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_lower and before.lemma_ in self.lexicon.company_nouns and before.pos_ != "VERB":
            return True  # not "to fund Frontier"
        if (
            before is not None and before.is_lower and len(span) == 1 and before.lemma_ in self.lexicon.organization_nominals
            and any(c.dep_ in ("compound", "amod") for c in before.children)
        ):
            return True  # "software developer Momenta": a person would be introduced by a full name
        root = span.root
        verbs = self.lexicon.company_verbs
        if any(c.dep_ in ("relcl", "acl") and (c.lemma_ in verbs or any(
            x.lemma_ in verbs for x in c.children if x.dep_ in ("acomp", "xcomp", "oprd"))) for c in root.children
        ) or (root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in verbs):
            return True  # "Metsera, which is based in New York"; "X was acquired by Y"
        namer = root.head
        if root.dep_ in ("oprd", "attr", "dobj") and namer.lemma_.lower() in self.lexicon.naming_verbs and (
            namer.dep_ in ("acl", "relcl") and namer.head.lemma_.lower() in self.lexicon.company_nouns
        ):
            return True  # "The new company, to be named Anglo Teck, ..."
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lower_ in self.title_nouns and after.lower_ in self.lexicon.company_possessions and (
            span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper()
        ):
            return True  # "Genmab CEO Jan van de Winkel"
        if span.start > 1 and doc[span.start - 1].lower_ in SEAT_WORDS and doc[span.start - 2].text == "-":
            return True  # "Copenhagen-based Genmab"
        owned = root.head.lower_
        if owned in self.lexicon.company_possessions and (
            is_possessor(root) or (root.dep_ == "compound" and owned not in self.title_nouns)
        ):
            return True  # "Lululemon's stock", "Lululemon's executive chair", "Zorvex shares"; not "Ron Sargent chief executive"
        governor = root
        while governor.dep_ in ("compound", "amod", "nmod") and governor.head.i > governor.i and governor.head.pos_ == "NOUN":
            governor = governor.head
        if governor is not root and governor.lemma_.lower() in self.lexicon.unit_nouns:
            return True  # "its Altera programmable-chip unit"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in self.lexicon.unit_nouns:
            return True  # "a subsidiary of SK Square": what has units is a company
        if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() in self.lexicon.company_nouns for c in root.head.children
        ):
            return True  # "Arnold is the largest U.S. manufacturer of magnets"
        if root.dep_ == "appos" and root.head.lemma_.lower() in self.lexicon.organization_nominals and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in root.head.children
        ):
            return True  # "Kestrel's manufacturing partner, Lonza": a partner for a kind of work is a company
        return self._described_as(root, span.end, self.lexicon.company_nouns)

    def _owned_facility(self, span: Span) -> bool:
        """"Vistra's Comanche Peak nuclear plant", "its Spring Hill plant": an owned name on
        a kind of site names the site."""
        doc = span.doc
        if span.start == 0 or not (doc[span.start - 1].text in _POSSESSIVE or doc[span.start - 1].lower_ in ("its", "their")):
            return False
        governor = span.root
        while governor.dep_ in ("compound", "amod", "nmod") and governor.head.i > governor.i and governor.head.pos_ == "NOUN":
            governor = governor.head
        return (
            governor is not span.root and governor.lemma_.lower() in self.lexicon.facility_nominals
            and governor.lemma_.lower() not in ("office", "headquarters")
            and span.root.ent_type_ not in ("GPE", "LOC")  # "its Hiroshima plant": where the plant is
        )

    def _with_first_name(self, span: Span) -> Span:
        """"Acme CEO Christophe Fouquet" where the recognizer tagged only "Fouquet": the
        capitalized word before a one-word name, hung on it and tagged as nothing else, is
        the first name."""
        doc = span.doc
        if not 1 <= len(span) <= 2 or span.start == 0:
            return span  # "Harish C Mehta" tagged "C Mehta", "Maziar Mike Doustdar" tagged "Mike Doustdar"
        before = doc[span.start - 1]
        if (
            before.pos_ == "PROPN" and before.dep_ == "compound" and before.head == span.root
            and before.text[:1].isupper() and before.text.isalpha() and not before.ent_type_
            and before.text not in self.lexicon.title_words and before.lower_ not in self.person_role_words
            and before.text not in self.gazetteer and before.text not in _HONORIFICS_WITHOUT_STOP
            and (len(span) == 1 or span.start < 2 or not doc[span.start - 2].text[:1].isupper()
                 or doc[span.start - 2].text in self.lexicon.title_words)
        ):  # not "Soviet Navy Nikolai Kuznetsov"; "CEO Maziar Mike Doustdar" is one name
            return doc[span.start - 1 : span.end]
        return span

    def _repeated_names(
        self, doc: Doc, chosen: list[tuple[Span, str | None, int]]
    ) -> list[tuple[Span, str | None, int]]:
        """"Protagonist Therapeutics ... Protagonist Chief Executive Dinesh Patel": a company
        the recognizer found once is the same company where the text names it again, in
        full or without its legal form or kind word ("Therapeutics", "Motors"), also where
        the recognizer missed it. A shortened name two companies share names neither."""
        names: dict[tuple[str, ...], str | None] = {}
        shortened: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for span, type_, _ in chosen:
            if type_ != "Organization":
                continue
            names[tuple(t.text for t in span)] = type_
            words = span.text.split()
            short = self.short_name(span.text)
            if short is None and len(words) > 1 and words[-1] in self.lexicon.organization_head_words:
                short = " ".join(words[:-1])
            if short and short[:1].isupper() and len(short) > 2 and short not in self.lexicon.not_entities:
                entry = self.gazetteer.get(short)
                if entry is None or entry.type == "Organization":
                    shortened[tuple(short.split())].add(span.text)
        tagged = {span.text for span, _, _ in chosen}
        for span, type_, _ in chosen:
            if type_ == "Organization" and len(span) > 1 and span[0].text in tagged:
                shortened[(span[0].text,)].add(span.text)  # "Novo Nordisk ... Novo said"
        for key, owners in shortened.items():
            if len(owners) == 1:
                names.setdefault(key, "Organization")
        if not names:
            return []
        taken = {i for span, _, _ in chosen for i in range(span.start, span.end)}
        bounds = {i: (span.start, span.end) for span, _, _ in chosen for i in range(span.start, span.end)}
        # what the recognizer or the gazetteer found may be part of a longer name; what a rule found is not
        pieces = {i for span, _, priority in chosen if priority <= 2 for i in range(span.start, span.end)}
        starts = {span.start for span, _, _ in chosen} | {span.end for span, _, _ in chosen}
        whole = {(span.start, span.end) for span, _, _ in chosen}
        by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in names:
            by_first[key[0]].append(key)
        firsts = {get_string_id(word) for word in by_first}
        out: list[tuple[Span, str | None, int]] = []
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            if orth not in firsts:
                continue
            if i in taken and i not in starts:
                continue
            token = doc[i]
            for key in by_first[token.text]:
                end = token.i + len(key)
                if end > len(doc) or tuple(t.text for t in doc[token.i : end]) != key:
                    continue
                inside = range(token.i, end)
                if (token.i, end) in whole or any(k in taken for k in inside) and (
                    len(key) < 2 or i not in starts
                    or not all(k in pieces and token.i <= bounds[k][0] and bounds[k][1] <= end for k in inside if k in taken)
                ):
                    # "Dick's Sporting Goods" named again, recognized as "Dick" and "Sporting Goods";
                    # "Naver Cloud" named again, recognized as "Naver"
                    continue
                if (
                    end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                    and doc[end].text not in self.lexicon.title_words
                ):
                    continue  # part of a longer name; "Acme Chief Executive X" is no longer name
                if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].text[:1].isupper():
                    continue
                out.append((doc[token.i : end], "Organization", 1))
                break
        return out

    def _named_again(self, doc: Doc, chosen: list[tuple[Span, str | None, int]], found: DocMentions) -> None:
        """"Lambda, the GPU cloud startup ... Lambda's co-founder": a name the whole text
        makes a company is that company where the recognizer missed it or called it a
        nationality, not only where it first tagged it one."""
        final = [(span, found.types.get(span.text), priority) for span, _, priority in chosen]
        again = [
            span for span, _, _ in self._repeated_names(doc, final)
            if found.types.get(span.text) == "Organization" and all(
                span.start <= found.by_token[i].start and found.by_token[i].end <= span.end
                for i in range(span.start, span.end) if i in found.by_token
            )
        ]
        if not again:
            return
        for span in again:
            inside = {found.by_token[i] for i in range(span.start, span.end) if i in found.by_token}
            found.spans = [s for s in found.spans if s not in inside]
            found.spans.append(span)
            for token in span:
                found.by_token[token.i] = span
        found.spans.sort(key=lambda span: span.start)

    def _surnames_again(self, doc: Doc, found: DocMentions) -> None:
        """"Bruce Cozadd ... Cozadd remains chairman": a person named in full is the same
        person where the text later uses the surname alone and the recognizer missed it."""
        full = [s for s in found.spans if found.type_of(s) == "Person" and len(s) > 1]
        surnames: dict[str, Span] = {}
        for span in full:
            surnames.setdefault(surname(span.text), span)
        if not surnames:
            return
        retyped = False
        for span in found.spans:
            first = surnames.get(span.text)
            if (
                first is not None and len(span) == 1 and span.start >= first.end and span.text not in self.gazetteer
                and found.types.get(span.text) == "Organization" and not self._company_described(span)
            ):
                found.types[span.text] = "Person"  # "Atsuyoshi Koike ... Koike previously ran X", tagged a company
                retyped = True
        added = False
        for token in doc:
            first = surnames.get(token.text)
            if (
                first is None or token.i in found.by_token or token.i < first.end or token.pos_ != "PROPN"
                or found.types.get(token.text, "Person") != "Person" or token.text in self.gazetteer
                or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].text[:1].isupper())
                or (token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].text[:1].isupper())
            ):
                continue
            span = doc[token.i : token.i + 1]
            found.spans.append(span)
            found.by_token[token.i] = span
            found.types.setdefault(token.text, "Person")
            added = True
        if added:
            found.spans.sort(key=lambda span: span.start)
        if added or retyped:
            found._span_types.clear()

    def _governments(
        self, doc: Doc, candidates: list[tuple[Span, str | None, int]]
    ) -> list[tuple[Span, str | None, int]]:
        """"Taiwan's government", "the U.S. government": a place's government is an
        organization that invests, sues and signs; the name keeps the place in it."""
        out: list[tuple[Span, str | None, int]] = []
        for span, type_, _ in candidates:
            if type_ != "Place":
                continue
            end = span.end + 1 if span.end < len(doc) and doc[span.end].text in _POSSESSIVE else span.end
            if end < len(doc) and doc[end].lower_ in self.lexicon.government_nouns and doc[end].is_lower:
                out.append((doc[span.start : end + 1], "Organization", 3))
        return out

    def _conjoined_companies(
        self, doc: Doc, candidates: list[tuple[Span, str | None, int]]
    ) -> list[tuple[Span, str | None, int]]:
        """"Kroger and Albertsons": a proper noun coordinated with a company's name, that
        the recognizer missed, names a company too."""
        taken = {i for span, _, _ in candidates for i in range(span.start, span.end)}
        out: list[tuple[Span, str | None, int]] = []
        for span, type_, _ in candidates:
            if type_ != "Organization":
                continue
            for token in span.root.conjuncts:
                if (
                    token.i in taken or token.pos_ != "PROPN" or not token.text[:1].isupper()
                    or token.text in self.lexicon.not_entities or token.text in self.lexicon.title_words
                ):
                    continue
                end = token.i + 1
                while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                    end += 1  # "Arkhouse Management and Brigade Capital Management", parsed with "Brigade" as the conjunct
                name = doc[proper_name_start(token) : end]
                if any(t.i in taken for t in name):
                    continue
                unit = doc[end] if end < len(doc) else None
                if (
                    unit is not None and unit.tag_ == "NN" and span.root.head == unit and token.head == span.root
                    and unit.lemma_.lower() in self._unit_words
                ):
                    name = doc[span.start : end]  # "its Advanced Systems and Robotics business": one name
                    out.append((name, "Organization", 2))
                else:
                    out.append((name, "Organization", 1))
                taken.update(t.i for t in name)
        return out

    def _coded_names(self, doc: Doc, tokens: list[Token], orths: list[int]) -> list[tuple[Span, str | None, int]]:
        """Names the recognizer takes for numbers or misses: "3SBio", "BW-00112" (``_coded_kind``),
        looked up once per word form."""
        out: list[tuple[Span, str | None, int]] = []
        cache = self._coded_cache
        for i, orth in enumerate(orths):
            kind = cache.get(orth, "")
            if kind == "":
                if len(cache) > 200_000:
                    cache.clear()
                kind = cache[orth] = _coded_kind(doc.vocab.strings[orth])
            if kind is None:
                continue
            t = tokens[i]
            if kind == "Organization" and t.ent_type_ not in ("QUANTITY", "PERCENT", "DATE", "TIME"):
                out.append((doc[i : i + 1], kind, 1))
            elif kind == "Product" and t.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY") and not (
                t.ent_iob_ == "I" or (i + 1 < len(doc) and tokens[i + 1].ent_iob_ == "I")  # inside a longer name
            ):
                out.append((doc[i : i + 1], kind, 2))
            elif kind == _SHORT and i + 1 < len(doc) and tokens[i + 1].lemma_.lower() in self.lexicon.product_unit_nouns:
                out.append((doc[i : i + 1], "Product", 2))
            elif kind == _SHORT and (described := self._described_code(t)) is not None:
                out.append((doc[i : i + 1], described, 2))
        return out

    def _described_code(self, code: Token) -> str | None:
        """"the R2, its upcoming midsize SUV", "FRA7, its 81MW data center campus": a short code
        set beside a kind of made thing or of site is that thing's name."""
        doc = code.doc
        if code.i + 2 >= len(doc) or doc[code.i + 1].text != ",":
            return None
        chunk = next((c for c in doc.noun_chunks if c.start == code.i + 2), None)
        if chunk is None or chunk[0].dep_ not in ("poss", "det") or chunk.root.ent_type_:
            return None
        if chunk.root.lemma_.lower() in self.lexicon.made_product_nouns:
            return "Product"
        if chunk.root.lemma_.lower() in self.lexicon.facility_nominals:
            return "Facility"
        return None

    def _numbered_sites(self, doc: Doc, tokens: list[Token], orths: list[int]) -> list[tuple[Span, str | None, int]]:
        """"Plant 6", "Fab 21": a capitalized kind of site and its number name a facility,
        which the recognizer misses or takes for a number."""
        return [
            (doc[i : i + 2], "Facility", 3) for i, orth in enumerate(orths[:-1])
            if orth in self._numbered_site_words and tokens[i + 1].like_num
            and tokens[i + 1].ent_type_ not in ("MONEY", "PERCENT", "QUANTITY", "DATE", "TIME")
        ]

    def _described_people(
        self, doc: Doc, tokens: list[Token], candidates: list[tuple[Span, str | None, int]]
    ) -> list[tuple[Span, str | None, int]]:
        """"Lazutkin, former general director of ...": a proper noun the recognizer
        missed, described by a job title in apposition, names a person; described by a
        kind of company, a company."""
        taken = {i for span, _, _ in candidates for i in range(span.start, span.end)}
        out: list[tuple[Span, str | None, int]] = []
        for token in tokens:
            if token.pos_ != "PROPN" or token.i in taken or token.text in self.lexicon.not_entities:
                continue
            if self._described_as(token, token.i, self.person_role_words):
                type_ = "Person"
            elif self._described_as(token, token.i, self.lexicon.company_nouns) and token.dep_ in _CHUNK_DEPS:
                type_ = "Organization"  # "Exor, the Agnelli family's holding company"
            else:
                continue
            start = proper_name_start(token)
            while start < token.i and tokens[start].text in self.lexicon.title_words:
                start += 1
            span = doc[start : token.i + 1]
            if not any(t.text in self.lexicon.title_words for t in span) and span.text[:1].isupper():
                out.append((span, type_, 1))
                taken.update(range(span.start, span.end))
        # "Chief Executive Makoto Uchida will step down": two or three capitalized words right
        # after a title name a person the recognizer missed
        heads = self._title_head_ids
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            if lower not in heads or i + 2 > len(doc):
                continue
            token = tokens[i]
            end = token.i + 1
            while end < len(doc) and end - token.i <= 3 and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper() \
                    and end not in taken and tokens[end].lower_ not in self.title_nouns:
                end += 1
            if 2 <= end - token.i - 1 <= 3 and (end == len(doc) or tokens[end].pos_ != "PROPN"):
                out.append((doc[token.i + 1 : end], "Person", 1))
        return out

    def _upper_case_places(self, doc: Doc, tokens: list[Token]) -> list[tuple[Span, str | None, int]]:
        """Datelines write places in capitals ("BANGKOK, Thailand (AP)", "TAIPEI, Nov 24")."""
        out: list[tuple[Span, str | None, int]] = []
        upper = [t.is_upper and t.is_alpha for t in tokens]
        words = [t.text for t in tokens]
        i = 0
        while i < len(doc):
            if upper[i]:
                for n in (3, 2, 1):
                    if all(upper[i : i + n]) and i + n <= len(doc) and (
                        " ".join(words[i : i + n]) in self.places_upper or self._dateline_place(doc, i, i + n)
                    ):
                        out.append((doc[i : i + n], "Place", 2))
                        i += n - 1
                        break
            i += 1
        return out

    def _dateline_place(self, doc: Doc, start: int, end: int) -> bool:
        """"EMERYVILLE, Calif. —": capitals opening a line, then a comma and a listed place,
        are the place the story was filed from, whatever the gazetteer knows of them."""
        if end + 1 >= len(doc) or doc[end].text != "," or not (start == 0 or "\n" in doc[start - 1].text):
            return False
        region = self.gazetteer.get(doc[end + 1].text)
        return region is not None and region.type == "Place"

    def _alias_links(self, found: DocMentions) -> None:
        doc = found.doc
        spans = sorted(found.spans, key=lambda s: s.start)
        for left, right in zip(spans, spans[1:]):
            raw = doc[left.end : right.start].text
            between = raw.strip(" ,").lower()
            if (between in self.lexicon.alias_cues or between.rstrip(" ,") in self.lexicon.alias_cues) and (
                between != "or" or raw.lstrip().startswith(",")  # "Hon Hai, or Foxconn"; not "if Micron or AMD comment"
            ) and not self._listed_apart(left, right):
                found.aliases.append(AliasLink(found.mention(right), found.mention(left), f"text: '{between}'"))
            elif between == "(" and doc[right.end : right.end + 1].text == ")" and self._may_abbreviate(found, left, right):
                found.aliases.append(AliasLink(found.mention(right), found.mention(left), "text: parenthesis"))
        found.aliases.extend(self._possessive_names(found))
        found.aliases.extend(self._sites_by_name(found))
        for link in found.aliases:
            a, b = link.mention.text, link.alias_of.text
            merged = _vote(Counter({found.types.get(a, "Organization"): 1, found.types.get(b, "Organization"): 1}))
            if a not in self.gazetteer and b not in self.gazetteer:
                found.types[a] = found.types[b] = merged
        found._span_types.clear()

    def _sites_by_name(self, found: DocMentions) -> list[AliasLink]:
        """"the Metaplant America factory" goes by "Metaplant America" too, unless that is
        what the text or the gazetteer calls something else (a company, a town)."""
        names = {s.text for s in found.spans}
        links = []
        for span in found.spans:
            if len(span) < 2 or found.type_of(span) != "Facility" or span[-1].lemma_.lower() not in self.lexicon.facility_nominals:
                continue
            short = span[:-1]
            if short.text in names or short.text in self.gazetteer or not short[-1].text[:1].isalnum() or all(
                t.ent_type_ == "GPE" for t in short
            ):
                continue  # "the Lansing plant" is no Lansing
            alias = Mention(short.text, short.start_char, short.end_char, "Facility")
            found.types[short.text] = "Facility"
            links.append(AliasLink(found.mention(span), alias, "text: a site's name without its kind word"))
        return links

    def _possessive_names(self, found: DocMentions) -> list[AliasLink]:
        """"Dick's Sporting Goods ... Dick's portfolio": a company named after its founder
        goes by the founder's name alone, with or without the possessive."""
        full: dict[str, set[Span]] = defaultdict(set)
        for span in found.spans:
            if (
                len(span) > 2 and span[1].text in _POSSESSIVE and span[2].text[:1].isupper()
                and found.type_of(span) == "Organization"
            ):
                full[span[0].text].add(span)
        links = []
        seen: set[str] = set()
        for span in found.spans:
            named = full.get(span[0].text)
            if (
                named and len({n.text for n in named}) == 1 and len(span) <= 2 and span.text not in seen
                and found.type_of(span) == "Organization"
            ):
                if len(span) == 1 or span[1].text in _POSSESSIVE:
                    seen.add(span.text)
                    full_name = found.mention(next(iter(named)))  # the label: the name in full
                    links.append(AliasLink(full_name, found.mention(span), "text: possessive name"))
        return links

    def _described_group_name(self, ent: Span) -> str | None:
        """"AI cloud firm Lambda", tagged a nationality or group: a name after a kind of
        company is the company's, unless it names a people ("the automaker Chinese")."""
        doc = ent.doc
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            ent.label_ == "NORP" and before is not None and before.is_lower and before.lemma_ in self.lexicon.descriptor_nouns
            and all(t.pos_ == "PROPN" for t in ent) and ent.text not in self.lexicon.demonyms
        ):
            return "Organization"
        return None

    def _listed_apart(self, name: Span, other: Span) -> bool:
        return listed_apart(self.gazetteer.get(name.text), self.gazetteer.get(other.text))

    def _may_abbreviate(self, found: DocMentions, name: Span, short: Span) -> bool:
        """"Advanced Micro Devices (AMD)" names one company; "South Africa (AP)" names a
        place and the agency that reported from it."""
        if self._listed_apart(name, short):
            return False
        same_type = found.types.get(name.text) == found.types.get(short.text)
        shortened = set(short.text.split()) <= set(name.text.split())
        return same_type or shortened or is_acronym(short.text, name.text)

    def _org_names(self, found: DocMentions) -> None:
        """Every name an organization of this doc goes by, with suffixes stripped."""
        for span in found.spans:
            if found.type_of(span) != "Organization":
                continue
            for name in (span.text, self.short_name(span.text)):
                if name:
                    found.org_names.setdefault(name, span)
            entry = self.gazetteer.get(span.text)
            if entry:
                for alias in (entry.label, *entry.aliases):
                    found.org_names.setdefault(alias, span)
                    short = self.short_name(alias)
                    if short:
                        found.org_names.setdefault(short, span)

    def _clusters(self, found: DocMentions) -> None:
        """The names of one organization in this document: what the gazetteer lists as one,
        what the text says is one ("A, known as B", "Advanced Micro Devices (AMD)"), a name
        and itself without its legal form, and "Lululemon Athletica ... Lululemon"."""
        texts = sorted({s.text for s in found.spans if found.type_of(s) == "Organization"})
        if not texts:
            return
        names = NameUnion()
        for text in texts:
            names.add(text)

        def join(a: str, b: str) -> None:
            if a in names.parent and b in names.parent:
                names.union(a, b, "same company")

        by_label: dict[str, str] = {}
        units = found.apart = self._units_named(found)
        spelled_out = self._acronyms_spelled_out(texts)
        span_of = {s.text: s for s in reversed(found.spans)}
        for text, name in spelled_out.items():
            join(name, text)
            found.aliases.append(AliasLink(found.mention(span_of[name]), found.mention(span_of[text]), SPELLED_OUT))
        for text in texts:
            entry = self.gazetteer.get(text)
            if entry is not None and text not in spelled_out:
                join(by_label.setdefault(entry.label, text), text)
            shorter = next((
                n for k, n in enumerate(shorter_names(self.lexicon, text))
                if n in names.parent and (k == 0 or " " in n or self._listed_company(n))
            ), None)  # "Vertiv Holdings Co." is "Vertiv"; "Hong Kong Holdings Limited" no "Hong Kong"
            if shorter and (text, shorter) not in units:
                join(text, shorter)
        for link in found.aliases:
            join(link.alias_of.text, link.mention.text)
        firsts: dict[str, list[str]] = defaultdict(list)
        for text in texts:
            if " " in text:
                firsts[text.split()[0]].append(text)
        for text in texts:
            if " " not in text and len(firsts.get(text, ())) == 1 and (firsts[text][0], text) not in units:
                listed = self.gazetteer.get(text)
                if listed is not None and listed is not self.gazetteer.get(firsts[text][0]):
                    continue  # "Naver Cloud, the cloud arm of Naver": the listed company is the parent
                linked = names.find(text) == names.find(firsts[text][0])
                join(firsts[text][0], text)
                if (
                    listed is None and not text.isupper() and firsts[text][0].split()[-1] not in self.lexicon.affiliate_head_words
                    and not linked
                ):
                    # the graph merges them too, under the name in full; not a group's letters
                    # ("CMP KC, LLC ... a subsidiary of CMP") nor an affiliate ("Arcadia Capital")
                    full, short = span_of[firsts[text][0]], span_of[text]
                    found.aliases.append(AliasLink(found.mention(full), found.mention(short), "text: first word of the only name it starts"))
        for text in texts:
            root = names.find(text)
            entry = self.gazetteer.get(root) if root not in spelled_out else None
            found.clusters[text] = entry.label if entry else root

    def _acronyms_spelled_out(self, texts: list[str]) -> dict[str, str]:
        """"Credit Market Analysis Ltd. ... (collectively, CMA)": letters the text spells out
        with one of its own names are that name's, whatever else the gazetteer lists them as."""
        spelled: dict[str, str] = {}
        for short in texts:
            if not short.isupper() or " " in short or short not in self.gazetteer:
                continue
            names = [
                t for t in texts
                if " " in t and self.gazetteer.get(t) is not self.gazetteer[short]
                and is_acronym(short, self.short_name(t) or t)
            ]
            if len(names) == 1:
                spelled[short] = names[0]
        return spelled

    def _units_named(self, found: DocMentions) -> set[tuple[str, str]]:
        """"EDF's British arm, EDF Energy", "Zeta Energy, a unit of Zeta": the text says the
        two names are a unit and its parent, however alike they are."""
        pairs = set()
        for noun in found.doc:
            if noun.lemma_.lower() not in self.lexicon.unit_nouns or noun.pos_ != "NOUN" or found.at(noun) is not None:
                continue
            units = [found.at(c) for c in noun.children if c.dep_ == "appos"]
            if noun.dep_ == "appos":
                units.append(found.at(noun.head))
            units.append(unit_after(noun, found))
            owners = [found.at(c) for c in (*(c for c in noun.children if is_possessor(c)), *prep_objects_of(noun, frozenset({"of"})))]
            pairs.update((unit.text, owner.text) for unit in units for owner in owners if unit is not None and owner is not None)
        return pairs

    def _listed_company(self, name: str) -> bool:
        entry = self.gazetteer.get(name)
        return entry is not None and entry.type == "Organization"

    def short_name(self, name: str) -> str | None:
        if name not in self._short_names:
            if len(self._short_names) > 100_000:
                self._short_names.clear()
            self._short_names[name] = short_name(self.lexicon, name)
        return self._short_names[name]


def _run_by_someone(span: Span, verbs: frozenset[str]) -> bool:
    """"X, run by CEO Y", "X, founded by Y": a name someone runs, owns or founded is a company's."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs and any(a.dep_ == "agent" for a in c.children)
        for c in span.root.children
    )


def _chair(span: Span) -> bool:
    """"chaired by X": who chairs is a person."""
    root = span.root
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() == "chair"


_CAMEL_NAME = re.compile(r"[a-z]{1,3}[A-Z][a-z]+")


def _kind_word(token: Token) -> str | None:
    """"chips", "GPUs" (an acronym tagged a proper noun): the kind of thing a word names."""
    if token.is_lower:
        return token.lemma_
    if token.text[:3].isupper() and token.text.isalpha():
        return token.text.lower().removesuffix("s")
    return None


def _opening_word(token: Token) -> bool:
    """"Seres" opening "Seres Group and ...": a capitalized word the tagger took for a common noun."""
    return token.is_sent_start and token.is_title and token.is_alpha and not token.is_stop and token.pos_ != "PROPN"


def _is_name_token(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and token.pos_ in ("PROPN", "NOUN", "ADJ", "NUM")
        and not (token.is_sent_start and token.pos_ != "PROPN")
    )


def sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The sentences of ``doc`` and each token's sentence number, made once per document
    (``Token.sent`` walks the document on every call)."""
    table = doc.user_data.get(_SENTENCES)
    if table is None:
        spans = list(doc.sents)
        index = [0] * len(doc)
        for number, sentence in enumerate(spans):
            index[sentence.start : sentence.end] = [number] * len(sentence)
        table = doc.user_data[_SENTENCES] = (spans, index)
    return table


def sentence_of(token: Token) -> Span:
    spans, index = sentences(token.doc)
    return spans[index[token.i]]


def sentence_number(token: Token) -> int:
    return sentences(token.doc)[1][token.i]


_SENTENCES = "kg_sentences"


def proper_name_start(token: Token) -> int:
    """Where the proper name ending at ``token`` starts: its proper-noun compounds, not a
    lower-case word tagged as one ("wholesaler UNFI")."""
    doc, start = token.doc, token.i
    first = sentence_of(token).start
    while start > first and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_lower:
        start -= 1
    return start


def _abbreviated_terms(doc: Doc) -> set[str]:
    """"energy storage systems (ESS)": capitals a text defines as the letters of lower-case
    words abbreviate a thing, not a company's name, wherever they come again."""
    terms: set[str] = set()
    for token in doc:
        text = token.text
        if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6) or token.i < 2 or token.i + 1 >= len(doc):
            continue
        if doc[token.i - 1].text != "(" or doc[token.i + 1].text != ")":
            continue
        words: list[str] = []
        for before in reversed(doc[max(0, token.i - 2 * len(text) - 3) : token.i - 1]):
            if not (before.is_lower or before.text == "-"):
                break
            words.insert(0, before.text)
            if is_acronym(text, " ".join(words)):
                terms.add(text)
                break
    return terms


def is_acronym(short: str, name: str) -> bool:
    """Whether ``short`` is made of the initials of ``name``'s words ("AMD", "IBM")."""
    letters = [c for c in short if c.isalpha()]
    initials = [w[0] for w in name.replace("-", " ").split() if w[:1].isalpha() and w.lower() not in _MINOR_WORDS]
    return len(letters) >= 2 and [c.upper() for c in letters] == [c.upper() for c in initials]


_MINOR_WORDS = frozenset({"of", "and", "the", "for", "de", "&"})


def _followed_by_who(span: Span) -> bool:
    """"Cornell, who has led Target": "who" follows a person's name."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "who":
        return False
    clause = doc[span.end + 1].head
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("at", "of", "for", "with", "from"):
        return False  # "managing director at GlobalData Retail, who said": the director
    return clause.dep_ == "relcl" and clause.head == root


def _followed_by_age(span: Span) -> bool:
    """"Jane Roe, 50, of Springfield": a name followed by an age is a person's."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 2].text != ",":
        return False
    age = doc[span.end + 1].text
    return age.isdigit() and 0 < int(age) < 120


def _with_hyphenated_given_name(span: Span) -> Span:
    """"Kim Dong-myung", tagged "Kim Dong-": the given name's second syllable, glued to
    the hyphen, is part of the name."""
    doc, end = span.doc, span.end
    if (
        end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
        and doc[end + 1].is_alpha and doc[end + 1].is_lower and doc[end + 1].pos_ in ("PROPN", "NOUN", "X")
        and not doc[end + 1].text.endswith("ed")  # not "Bezos-backed", "Clichy-based"
    ):
        return doc[span.start : end + 2]
    return span


def _product_line(span: Span, type_: str | None, named: list[tuple[Span, str | None, int]]) -> Span | None:
    """The longer name the recognizer found starting with a listed product and going on in
    capitalized words ("Snapdragon Digital Chassis"): the name of a product of that line."""
    if type_ != "Product":
        return None
    for other, other_type, _ in named:
        if (
            other_type == "Organization" and other.start == span.start and other.end > span.end
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in other[len(span):])
        ):
            return other
    return None


def _strictly_inside(span: Span, other: Span) -> bool:
    """``span`` lies within ``other``, which is longer."""
    return other.start <= span.start and span.end <= other.end and len(other) > len(span)


def unit_after(noun: Token, found: DocMentions) -> Span | None:
    """"EDF's British arm, EDF Energy": the name right after a unit noun and its comma, the
    unit's, however the parser hangs it."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    unit = found.at(doc[noun.i + 2])
    return unit if unit is not None and unit.start == noun.i + 2 else None


def _inside_longer_name(span: Span, type_: str, named: list[tuple[Span, str | None, int]]) -> bool:
    """A listed name inside a longer recognized name is part of that name: the place in
    "Illinois Commerce Commission" or "Tennessee Williams", the company in "Michael Dell"
    or "Wells Fargo Bank", the product in "Gemini 3". A possessive ("Alphabet's Google")
    names two."""
    for other, other_type, _ in named:
        if _strictly_inside(span, other):
            if any(t.text in _POSSESSIVE for t in other):
                continue
            if other_type == "Person" or (type_ in ("Place", "Organization") and other_type == "Organization"):
                return True
            if type_ == "Product" and other_type == "Product":
                return True  # "Gemini 3", "iPhone 17": the model number is part of the name
            if type_ == "Place" and (other_type != "Place" or other[-1].text in _PLACE_KIND_WORDS):
                return True  # "Kansas City", "Santa Clara County": a place named after another
    return False


_PLACE_KIND_WORDS = frozenset({"City", "County", "Province", "Prefecture", "District", "Township", "Parish"})


def _city_before_region_based(span: Span) -> bool:
    """"The Boise, Idaho-based company": a name before ", Region-based" is a city."""
    doc, end = span.doc, span.end
    if end + 4 > len(doc) or doc[end].text != "," or (span.root.ent_type_ == "PERSON" and len(span) > 1):
        return False  # not "Founded by Jane Roe, Los Angeles-based Alo ..."
    k = end + 1
    while k < min(end + 4, len(doc)) and doc[k].text[:1].isupper():
        k += 1  # "New Jersey", "N.J."
    return k > end + 1 and k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ in SEAT_WORDS


_CHUNK_DEPS = frozenset({"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"})


def _chunk_root(word: Token) -> bool:
    if word.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if word.dep_ in _CHUNK_DEPS:
        return True
    if word.dep_ != "conj":
        return False
    head = word.head
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.dep_ in _CHUNK_DEPS


_DIGIT_NAME = re.compile(r"\d+[A-Za-z]*[A-Z][A-Za-z]*\Z")
_MODEL_CODE = re.compile(r"[A-Z]{1,5}-?\d{2,6}[a-z]?\Z|[A-Z]{2,5}-\d[A-Z]?\Z")  # "MI450", "BW-00112", "WSE-4"
_NOT_MODEL_PREFIXES = ("FY", "COVID", "G", "Q", "H", "CY", "SARS")
_SHORT_CODE = re.compile(r"[A-Z]{1,4}\d\Z")
_CAPITALS = re.compile(r"[A-Z]*")  # "Ørsted": none of them
_SHORT = "short code"


def _coded_kind(text: str) -> str | None:
    """"3SBio", "23andMe": a company name that starts with a digit; "BW-00112", "SSGJ-707",
    "MI450": a code of capitals and digits, a product (a drug candidate, a chip)."""
    if text[:1].isdigit():
        if len(text) > 3 and any(c.islower() for c in text) and _DIGIT_NAME.match(text) and (
            text.lstrip("0123456789").lower() not in _UNITS
        ):
            return "Organization"
    elif text[:1].isupper() and _CAPITALS.match(text).group() not in _NOT_MODEL_PREFIXES:
        if _MODEL_CODE.match(text):
            return "Product"  # "HRS-9821" is a code; "H1", "Q3", "FY2025" are periods
        if _SHORT_CODE.match(text):
            return _SHORT  # "AI6", "M5": a product only before what it is ("the AI6 chip")
    return None


_UNITS = frozenset({"gbps", "mbps", "kbps", "tbps", "ghz", "mhz", "khz", "kwh", "mwh", "gwh", "twh", "gw", "mw", "kw", "gb", "tb", "mb", "kb", "pb", "nm", "mm", "cm", "km", "kg", "mah", "fps"})


def _hyphened_on(tokens: list[Token], i: int, start: int) -> bool:
    """"Kim Yu-won": a word joined by a hyphen to the name before it is part of the name."""
    return i - 2 >= start and tokens[i - 1].text == "-" and not tokens[i - 2].whitespace_ and not tokens[i - 1].whitespace_ and (
        tokens[i - 2].text[:1].isupper() and (
            tokens[i].tag_ in ("NNP", "NNPS")
            or (tokens[i].ent_type_ == tokens[i - 2].ent_type_ == "PERSON" and not tokens[i].text.endswith(("ed", "ing")))
            # "Chey Tae-won", the last syllable tagged a verb; not "Jeff Bezos-backed"
        )
    )


def funding_series(span: Span) -> bool:
    """"its $693 million Series D": the letter names a funding round, not a company."""
    return len(span) == 1 and len(span.text) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "series"


def _before_based(span: Span) -> bool:
    """"the Espoo-based company": a name right before "-based" is a place."""
    doc, end = span.doc, span.end
    return end + 2 <= len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in SEAT_WORDS


def _list_parts(
    ent: Span, named_alone: set[str], listed: Mapping[str, object], legal_forms: frozenset[str]
) -> list[Span]:
    """"invested in xAI, Mistral and Perplexity": at the end of a list the recognizer often
    takes the last two names for one; split it at the "and". So it does where the text or the
    gazetteer names one of the two alone ("a venture with Mercedes-Benz and TotalEnergies"),
    where a legal form ends the first ("Contoso Ltd and Litware Corp"), and where a plural
    noun introduces them ("investors Lux Capital and Conviction"). Names joined by "or"
    ("acquiring Mistral or Perplexity") are always two."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == "," and t.i + 1 < ent.end and doc[t.i + 1].text not in legal_forms]
    after = ent.end + 1 if ent.end + 1 < len(doc) and doc[ent.end].text == "," else ent.end
    if ent.label_ == "ORG" and len(commas) == 1 and after < len(doc) and doc[after].lower_ in ("and", "or"):
        # "joining Mercedes-Benz, Stellantis(,) and Hyundai": a list's first two names taken for one
        return [Span(doc, ent.start, commas[0], label=ent.label_), Span(doc, commas[0] + 1, ent.end, label=ent.label_)]
    if " and " not in ent.text_with_ws and " or " not in ent.text_with_ws:
        return [ent]
    ands = [t.i for t in ent if t.lower_ in ("and", "or") and t.pos_ == "CCONJ"]
    if len(ands) != 1:
        return [ent]
    cut = ands[0]
    if cut == ent.start or cut + 1 >= ent.end or not doc[cut + 1].text[:1].isupper():
        return [ent]
    first, second = Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)
    listed_end = (
        (ent.start > 0 and doc[ent.start - 1].text == ",")
        or (ent.start > 0 and doc[ent.start - 1].tag_ == "NNS")  # "existing investors Lux Capital and Conviction"
        or doc[cut - 1].text in legal_forms or doc[cut].lower_ == "or"
    )
    if not listed_end and not any(part.text in named_alone or part.text in listed for part in (first, second)):
        return [ent]
    return [first, second]


def _hyphenated_names(doc: Doc, tokens: list[Token]) -> list[tuple[Span, str | None, int]]:
    """"Hy-Vee", "Jewel-Osco": two capitalized words joined by a hyphen, which the tokenizer
    splits and the recognizer then misses, are a company's name (a weak guess: any name the
    recognizer found there wins)."""
    out: list[tuple[Span, str | None, int]] = []
    hyphen_id = doc.vocab.strings["-"]
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth != hyphen_id or i == 0 or i + 1 >= len(doc):
            continue
        left, hyphen, right = tokens[i - 1], tokens[i], tokens[i + 1]
        if (
            not left.whitespace_ and not hyphen.whitespace_
            and left.is_title and right.is_title and left.is_alpha and right.is_alpha
            and not left.ent_type_ and not right.ent_type_ and left.pos_ == "PROPN" and right.pos_ == "PROPN"
            and (i + 2 >= len(doc) or tokens[i + 2].text != "-")
        ):
            out.append((doc[i - 1 : i + 2], "Organization", 0))
    return out


def _name_before_place(span: Span) -> int | None:
    """Where a company's name starts that ends in a place's: "Telkom Indonesia", "Toyota
    Motor North America" (capitalized proper nouns hung on the place, none a person's or a
    place's of its own)."""
    doc, start = span.doc, span.start
    while (
        start > 0 and (t := doc[start - 1]).pos_ == "PROPN" and t.ent_type_ in ("", "ORG") and t.is_title
        and t.dep_ == "compound" and span.start <= t.head.i < span.end
    ):
        start -= 1
    return start if start < span.start else None


def _blank(token: Token) -> bool:
    """Spaces inside a line, as a blanked gloss leaves ("Inventec Corp (英業達)"); a line
    break still ends what the recognizer took for a name."""
    return token.is_space and "\n" not in token.text


def _initial_before(span: Span) -> bool:
    """"L Catterton", "J Crew": a lone capital letter hung on the name is part of it."""
    before = span.doc[span.start - 1]
    return (
        len(before.text) == 1 and before.text.isupper() and before.pos_ == "PROPN" and before.dep_ == "compound"
        and before.head.i in range(span.start, span.end) and (span.start < 2 or span.doc[span.start - 2].is_punct
                                                              or span.doc[span.start - 2].is_lower)
    )


def _named_with_possessive(span: Span) -> bool:
    """"Lowe's agreed to buy", "McDonald's said": an 's right before a verb owns nothing,
    it ends a company's name."""
    doc, end = span.doc, span.end
    return (
        end + 1 < len(doc) and doc[end].text in ("'s", "’s") and doc[end].tag_ == "POS"
        and doc[end + 1].tag_ in ("VBD", "VBZ", "MD")
    )


_SCALES = frozenset({"million", "billion", "trillion", "thousand", "percent", "%", "bn", "m"})


def _model_number_after(span: Span) -> bool:
    """A number right after a product's name is its model ("iPhone 17"), not a quantity
    ("iPhone 17 million units")."""
    doc, end = span.doc, span.end
    if end >= len(doc) or not doc[end].text.isdigit() or len(doc[end].text) > 4 or span[-1].whitespace_ != " ":
        return False
    return end + 1 >= len(doc) or doc[end + 1].lower_ not in _SCALES


def _vote(counter: Counter[str]) -> str:
    order = ("Organization", "Person", "Place", "Product", "Facility", "Initiative", "Event")
    return max(counter, key=lambda t: (counter[t], -order.index(t)))


# Lowercase words that join two names into a phrase but are no part of a name ("of", "for"
# and "and" are: "Bank of America", "Society for Science", "Johnson and Johnson").
_JOINING_PREPOSITIONS = frozenset({"on", "with", "at", "in", "to", "from", "by", "over", "into", "after", "via", "for"})


def _non_overlapping(
    candidates: list[tuple[Span, str | None, int]],
) -> list[tuple[Span, str | None, int]]:
    """Keep the best span where candidates overlap: higher priority, then longer."""
    ranked = sorted(candidates, key=lambda c: (-c[2], -(c[0].end - c[0].start), c[0].start))
    taken: set[int] = set()
    kept = []
    for span, type_, priority in ranked:
        tokens = set(range(span.start, span.end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append((span, type_, priority))
    return sorted(kept, key=lambda c: c[0].start)
