"""Relations from the dependency parse, driven by the trigger rules in ``relations.json``.

A rule names trigger lemmas and, for each relation it states, the syntactic roles that
hold its head and tail (``subject``, ``object``, ``prep:with``, ``possessor``...). This
module fills those roles; the grammar it asks is in ``syntax``, what "it" or "the company"
stands for in ``coref``, job titles in ``titles``, the relations read off names alone in
``entity_rules``, and how a fact gets its qualifiers and confidence in ``facts``. Which words
state which relation is all in the data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from kg.extract import syntax
from kg.extract.coref import Coreference, copula_subjects
from kg.extract.discourse import DiscourseReader
from kg.extract.entity_rules import EntityRuleReader
from kg.extract.facts import Arg, FactMaker
from kg.extract.lexicon import Lexicon, TriggerRule
from kg.extract.mentions import DocMentions, MentionFinder, funding_series, proper_name_start, sentence_number, sentence_of, sentences
from kg.extract.titles import TitleReader
from kg.model import Mention, Relation
from kg.vocab import RELATIONS

# Parts of speech no trigger or job title has: skipped without a lookup.
_NEVER_TRIGGERS = frozenset({"PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "SYM", "SPACE", "PRON", "X"})


class RelationReader:
    """Applies the lexicon's trigger and entity rules to one parsed document."""

    def __init__(self, lexicon: Lexicon, finder: MentionFinder) -> None:
        self.lexicon = lexicon
        self.finder = finder
        self.facts = FactMaker(lexicon)
        self.coref = Coreference(lexicon, finder)
        self.by_lemma: dict[str, list[TriggerRule]] = {}
        for rule in lexicon.trigger_rules:
            for lemma in rule.lemmas:
                self.by_lemma.setdefault(lemma.lower(), []).append(rule)
        self.titles = TitleReader(
            lexicon, finder, self.facts, self.coref,
            argument=self._arg, fit=self._fit, one_word_company=self._one_word_company,
        )
        self.entity_rules = EntityRuleReader(
            lexicon, finder, self.facts, self._arg, self.coref,
            trigger_lemmas=frozenset(self.by_lemma), title_heads=self.titles.title_heads,
        )
        self.discourse = DiscourseReader(lexicon, self.facts, self.coref, self._arg)
        first_words = {key.split()[0] for key in self.by_lemma} | self.titles.last_words
        self._trigger_word_ids = frozenset(get_string_id(w) for w in first_words)

    def read(self, found: DocMentions, *, document: str, article_date: str | None) -> Iterator[Relation]:
        makers: set[str] | None = None
        read: list[Relation] = []
        for relation in self._read(found, document=document, article_date=article_date):
            if relation.predicate == "suppliesTo":
                makers = self._contract_manufacturers(found) if makers is None else makers
                if relation.head.text in makers:
                    relation = replace(relation, predicate="manufacturesFor")  # "TSMC supplies Apple": it makes its chips
            read.append(relation)
            yield relation
        yield from self.discourse.under_the_deal(found, read, document, article_date)
        yield from self.discourse.successions(found, read, document, article_date)

    def denials(self, found: DocMentions) -> tuple[set[str], set[int]]:
        """The companies that deny a report ("Tenstorrent has denied a report that it hired
        bankers", "The company dismissed the reports"), and the sentences (by start) a report
        speaks in: the denial's own, those whose subject is a report ("The report claimed
        X held talks with Y") and those a named source reports in ("The Journal reported that
        ..."), not those that only cite reports ("according to media reports")."""
        deniers: set[str] = set()
        for token in found.doc:
            if token.pos_ != "VERB" or token.lemma_.lower() not in self.lexicon.denial_verbs:
                continue
            if not any(o.lemma_.lower() in self.lexicon.report_nouns for o in syntax.objects(token)):
                continue
            for subject in syntax.subjects(token):
                arg = self._arg(subject, found, None)
                if arg is not None and arg.mention.type == "Organization":
                    deniers.add(arg.mention.text)
        if not deniers:
            return deniers, set()
        reporting = {
            sentence_of(t).start_char for t in found.doc
            if (t.dep_ in syntax.SUBJECT_DEPS and t.lemma_.lower() in self.lexicon.report_nouns)
            or (t.pos_ == "VERB" and t.lemma_.lower() in self.lexicon.denial_verbs)
            or (t.pos_ == "VERB" and t.lemma_.lower() in self.lexicon.report_nouns and any(
                c.dep_ == "nsubj" and found.at(c) is not None for c in t.children
            ))  # "The Wall Street Journal reported that X held talks": the report denied
        }
        return deniers, reporting

    def _hyphen_pair(self, trigger: Token, found: DocMentions) -> list[Arg]:
        """"the Stellantis-Samsung SDI joint venture": the two companies joined before the
        noun, also when the whole phrase was read as the venture's name."""
        doc, first = trigger.doc, trigger.left_edge.i
        for dash in doc[first + 1 : trigger.i - 1]:
            if dash.text not in _JOINING_DASHES or dash.whitespace_ or doc[dash.i - 1].whitespace_:
                continue
            start, end = dash.i, dash.i + 1
            while start > first and doc[start - 1].pos_ == "PROPN":
                start -= 1
            while end < trigger.i and doc[end].pos_ == "PROPN":
                end += 1
            sides = (doc[start : dash.i], doc[dash.i + 1 : end])
            if any(not side or side.root.ent_type_ in _PLACE_LABELS or self._known_place(side) for side in sides):
                return []  # "a US-China venture": places, not owners
            args = []
            for side in sides:
                span = found.at(side.root)
                if span is None or span.start < side.start or span.end > side.end:
                    args.append(Arg(Mention(side.text, side.start_char, side.end_char, "Organization"), side.root))
                else:
                    args.append(Arg(found.mention(span), side.root))
            return args
        return []

    def _contract_manufacturers(self, found: DocMentions) -> set[str]:
        """Names of the companies this document or the gazetteer says make what others design:
        "Samsung Foundry", "the foundry TSMC", "Wistron, a contract manufacturer"."""
        kinds = self.lexicon.contract_manufacturer_nouns
        makers = set()
        for span in found.spans:
            if found.type_of(span) != "Organization":
                continue
            listed = self.finder.gazetteer.get(span.text)
            if (listed is not None and listed.kind in kinds) or span[-1].lower_ in kinds or any(
                _described_kind(noun, kinds) for noun in syntax.describing_nouns(span)
            ):
                makers.add(span.text)
        return makers

    def _read(self, found: DocMentions, *, document: str, article_date: str | None) -> Iterator[Relation]:
        doc = found.doc
        words = doc.to_array([LEMMA, LOWER]).tolist()
        ids = self._trigger_word_ids
        series = False
        for i, (lemma_id, lower_id) in enumerate(words):
            after_series, series = series, lower_id == _SERIES_ID
            if lemma_id not in ids and lower_id not in ids and not after_series:
                continue  # only words that can start a trigger or end a title
            token = doc[i]
            sent = sentence_of(token)
            if token.pos_ in _NEVER_TRIGGERS:
                continue
            lemma, lower = token.lemma_.lower(), token.lower_
            if after_series and funding_series(doc[i : i + 1]):
                lemma = lower = "round"  # "a $210 million Series B led by X": a funding round
            rules = self.by_lemma.get(lemma, [])
            if lower != lemma:
                rules = rules + self.by_lemma.get(lower, [])
            if token.pos_ == "VERB":
                # phrasal verbs and set phrases: "rolled out", "took over", "taking part", "joined forces"
                for particle in token.children:
                    if particle.dep_ in ("prt", "dobj", "oprd", "acomp"):
                        rules = rules + self.by_lemma.get(f"{lemma} {particle.lower_}", [])
                    if particle.dep_ == "dobj":  # "take Zeta Systems private", "private" parsed onto the name
                        for after in (c for c in particle.children if c.dep_ == "amod" and c.i > particle.i):
                            rules = rules + self.by_lemma.get(f"{lemma} {after.lower_}", [])
            for rule in rules:
                if token.pos_ in rule.pos or (token.pos_ == "PROPN" and "NOUN" in rule.pos) or (
                    "VERB" in rule.pos and _verb_read_as_noun(token)
                ):
                    yield from self._apply(rule, token, sent, found, document, article_date)
            title = self.titles.title(token)
            if title:
                yield from self.titles.read(title, token, sent, found, document, article_date)
        yield from self.entity_rules.read(found, document=document, date=article_date)

    # -- trigger rules

    def _apply(
        self, rule: TriggerRule, trigger: Token, sent: Span, found: DocMentions, document: str, date: str | None
    ) -> Iterator[Relation]:
        if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
            return  # "a right of first refusal over any sale of X": no sale that happened
        measured = (_relative_antecedent(syntax.measured(c)) for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))
        objects = [o.lemma_.lower() for o in measured if found.at(o) is None]  # "the plant, which X bought": the plant
        if rule.object_lemmas and not any(lemma in rule.object_lemmas or "*" in rule.object_lemmas for lemma in objects):
            return  # "*": any object that is no name ("buys GPUs from X", not "buys Acme from X")
        if rule.not_object_lemmas and any(lemma in rule.not_object_lemmas for lemma in objects):
            return  # "buy Intel common stock" is no takeover; "buy Fabrikam Holding" is
        if rule.xcomp_lemmas and not any(
            c.lemma_.lower() in rule.xcomp_lemmas for c in trigger.children if c.dep_ in ("xcomp", "acl")
        ) and not any(
            v.lemma_.lower() in rule.xcomp_lemmas  # "signed a deal with X to rent servers", however hung
            for v in (*syntax.infinitives(trigger), *(syntax.infinitives(trigger.head) if trigger.dep_ == "dobj" else ()))
        ):
            return
        if rule.modifier_lemmas or rule.not_modifier_lemmas:
            modifiers = {c.lemma_.lower() for c in trigger.children if c.dep_ in ("amod", "compound", "advmod", "npadvmod", "nmod")}
            if trigger.dep_ == "acl" and trigger.head.i == trigger.i - 1:
                modifiers.add(trigger.head.lemma_.lower())  # "X, majority owned by Y", hung on "majority"
            if any(c.dep_ == "npadvmod" and c.pos_ == "NUM" for c in trigger.children):
                modifiers.add("%")  # "owned 50-50 by X and Y"
            if rule.modifier_lemmas and not modifiers & rule.modifier_lemmas:
                return
            if modifiers & rule.not_modifier_lemmas:
                return  # "51% owned by X", "majority-owned by X": a stake, not the whole
        if trigger.pos_ == "NOUN" and syntax.ended_role(trigger, self.lexicon.ended_role_words):
            return  # "CureVac, its onetime rival", "a former supplier of X": a tie of the past
        if rule.governors is not None or rule.not_governors:
            governor = syntax.clause_verb(trigger).lemma_.lower()
            if governor in rule.not_governors or (rule.governors is not None and governor not in rule.governors):
                return  # "placed an order from ASML": the one ordering is the customer, not the supplier
        if rule.not_with_preps and any(found.at(p) is not None for p in syntax.prep_objects(trigger, set(rule.not_with_preps))):
            return  # "Maia chips are manufactured for Microsoft by TSMC": made for a client, not developed
        if self._entitled(trigger):
            return  # "exclusive rights to develop and sell X": what one may do, not what one does
        if rule.not_owned_object and self._role_tokens("object-owner", trigger, found):
            return  # "Tesla's AI4 chip is made by Samsung": Samsung makes it for Tesla, which develops it
        if rule.not_habitual and trigger.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") or (c.dep_ in ("prep", "dative") and c.lower_ == "to") for c in trigger.children
        ):
            return  # "it sells Leqvio": trade, not the sale of a business ("sells its unit to X" is)
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
                if "subject" in emit.tail and _each_their_own(trigger, rule):
                    pairs = []  # "Amazon, Microsoft and Google have all signed nuclear power deals"
                if "subject" in emit.tail and any(
                    found.at(o) is not None for o in syntax.prep_objects(trigger, {"with"})
                ):
                    pairs = []  # "Alibaba and ByteDance have held talks with Nvidia": one side
            else:
                heads = self._role_args(emit.head, trigger, found, rule, is_tail=False)
                tails = self._role_args(emit.tail, trigger, found, rule, is_tail=True)
                pairs = [(h, t) for h in heads for t in tails]
                if emit.relation == "subsidiaryOf" and len({t.mention.text for t in tails}) > 1:
                    # "X is owned by A and B": a company with two owners is neither's subsidiary; each holds a stake
                    pairs = [(t, h) for h, t in pairs]
                    emit = replace(emit, relation="ownsStakeIn")
            spec = RELATIONS[emit.relation]
            for head, tail in pairs:
                if tail.via_coref and not tail.guessed and tail.mention.text == head.mention.text:
                    # "SoftBank also invested in the company": another company than the investor
                    other = self.coref.organization(tail.token, found, exclude=head.mention.text)
                    if other is None:
                        continue
                    tail = Arg(found.mention(other), tail.token, via_coref=True)
                elif head.via_coref and not head.guessed and head.mention.text == tail.mention.text:
                    # "Ocado, the firm it partnered with": "it" is another company than the firm
                    other = self.coref.organization(head.token, found, exclude=tail.mention.text)
                    if other is None:
                        continue
                    head = Arg(found.mention(other), head.token, via_coref=True)
                if head.mention.start == tail.mention.start or head.mention.text == tail.mention.text:
                    continue
                if (
                    head.via_coref and tail.via_coref and not head.guessed and not tail.guessed and emit.head != ("pair",)
                    and head.token.lower_ not in syntax.RELATIVE_PRONOUNS and tail.token.lower_ not in syntax.RELATIVE_PRONOUNS
                ):
                    continue  # "It owns a stake in the company": neither side named, too easily reversed
                if rule.named_head and head.via_coref:
                    continue  # "it would put Google in competition with X": "it" is not the rival
                if rule.named_tail and (tail.via_coref or tail.token.dep_ in ("compound", "poss", "nmod")):
                    continue  # "builds its servers with Nvidia chips": a name that only says whose thing
                head, tail = self._fit(head, spec.domain, found), self._fit(tail, spec.range, found)
                head = self._one_word_company(head, spec.domain, found, head=True)
                tail = self._one_word_company(tail, spec.range, found)
                if head.mention.text == tail.mention.text:
                    continue  # "AWS, Amazon's cloud unit": the product stood for its owner
                if rule.retype_tail and tail.mention.type not in (rule.tail_types or ()) and tail.mention.text not in self.finder.gazetteer:
                    tail = Arg(Mention(tail.mention.text, tail.mention.start, tail.mention.end, rule.retype_tail), tail.token, tail.via_coref)
                if rule.head_types and head.mention.type not in rule.head_types:
                    continue
                if rule.private_head and self._public_body(head.mention.text):
                    continue  # "the Dutch government took control of X" under a law: no purchase
                if rule.tail_types and tail.mention.type not in rule.tail_types:
                    continue
                if not RELATIONS[emit.relation].accepts(head.mention.type, tail.mention.type):
                    continue
                if head.mention.type == "Person" and emit.relation in _LEADING_RELATIONS and (
                    (titles := self._titles_before(head)) and emit.relation not in titles
                ):
                    # "X, led by chairman Jane Roe": she chairs it, whatever "led" says, and the title
                    # reader says so; "led by former CEO John Doe": a role he no longer holds
                    continue
                key = (emit.relation, head.mention.start, tail.mention.start, head.mention.text)
                if key in seen_rel:
                    continue
                seen_rel.add(key)
                relation = self.facts.make(
                    emit.relation, head, tail, trigger, sent, rule.name, rule.confidence, document, date
                )
                if (
                    relation is not None and rule.undone_by
                    and syntax.clause_verb(trigger).lemma_.lower() in rule.undone_by
                    and relation.qualifiers.status not in ("planned", "potential")
                    and not (trigger.dep_ == "pobj" and trigger.head.head.lemma_.lower() in _PARTS)
                    and not _sold_to(head.token)
                ):
                    # "sold its stake in X": the stake is no more; not so after "considering
                    # selling" or "sold part of its stake"
                    relation = replace(relation, qualifiers=replace(relation.qualifiers, negated=True))
                if relation is not None:
                    yield relation

    def _role_args(
        self, roles: tuple[str, ...], trigger: Token, found: DocMentions, rule: TriggerRule, *, is_tail: bool
    ) -> list[Arg]:
        for role in roles:
            tokens = self._role_tokens(role, trigger, found, deep=is_tail and rule.tail_anywhere)
            args = []
            for token in tokens:
                if is_tail and rule.skips_product_units and any(
                    found.at(t) is None and (
                        t.pos_ == "NUM" or t.lemma_.lower() in self.lexicon.product_unit_nouns
                        or (t.tag_ == "NNS" and t.lemma_.lower() not in self.lexicon.business_nouns)
                    )
                    for t in (token, token.head if token.dep_ == "appos" else token, _relative_antecedent(token))
                ):
                    continue  # "buy 18,000 of its chips", "buy Nvidia GB300 systems", "its chips, which X buys": units, not the product
                if is_tail and rule.skips_product_units and found.at(token) is None and token.is_lower and (
                    token.lemma_.lower() in self.lexicon.facility_nominals
                ) and any(c.dep_ in ("compound", "nmod") and found.at(c) is not None for c in token.children):
                    continue  # "taking over its iPhone plant": the plant, not the phone
                if is_tail and rule.not_unit_makers and self._unit_makers(token, found):
                    continue  # "spend $2 billion on Nvidia processors": buying from Nvidia, no stake in it
                listed = _each_of_which(token)
                each = [a for t in syntax.expand([listed]) if (a := self._arg(t, found, None)) is not None] if listed else []
                if each:  # "A, B and C, each of which co-develops a brand with X": each of them
                    args.extend(each)
                    continue
                described = _relative_antecedent(token)
                if described is not token and found.at(described) is None and described.pos_ == "NOUN" and (
                    named := copula_subjects(described)
                ):
                    # "X and Y are among the companies that hold stakes in Z": each of them
                    args.extend(a for t in named if (a := self._arg(t, found, None)) is not None)
                    continue
                if token.lower_ in ("they", "their") and len(named := syntax.group_antecedent(token)) > 1:
                    # "Microsoft and Nvidia said they would invest in X": each of them
                    args.extend(a for t in named if (a := self._arg(t, found, None)) is not None)
                    continue
                if not is_tail and found.at(token) is None and self.coref.plural_nominal(token):
                    group = self._group(token, found)
                    industry = self.coref.industry(token)
                    if group and len(group) >= 2 and (
                        industry is None or all(industry in self.coref.industries_of(a.token, found) for a in group)
                    ):  # "Both grocers compete with X": two companies known to be grocers
                        args.extend(group)  # "the two will jointly develop HM19042": each of them
                        continue
                arg = self._arg(token, found, rule if is_tail else None, no_place=not any(
                    "Place" in (RELATIONS[emit.relation].range if is_tail else RELATIONS[emit.relation].domain)
                    for emit in rule.emits
                ))
                if not is_tail and arg is None and token.pos_ == "NOUN" and token.dep_ in syntax.SUBJECT_DEPS and (
                    token.lemma_.lower() in self.lexicon.unit_nouns or token.lemma_.lower() in self.lexicon.business_nouns
                    or token.lemma_.lower() in self.lexicon.board_nouns
                ):  # "Samsung's foundry business signed a contract", "Wistron's board approved ...": the company did
                    arg = self._possessor_arg(token, found)
                if not is_tail and rule.head_via_possessor and (arg is None or arg.mention.type == "Facility"):
                    # "buys power from Vistra's Comanche Peak plant": the plant's owner sells
                    arg = self._possessor_arg(token, found) or arg
                if is_tail and rule.tail_via_possessor and arg is not None and not any(
                    arg.mention.type in RELATIONS[emit.relation].range for emit in rule.emits
                ):
                    # "rights to Sciwind's XW004 in a licensing deal": the deal is also with the owner
                    owner = self._named_possessor(token, found)
                    if owner is not None:
                        args.append(owner)
                if arg is not None:
                    args.append(arg)
                    if arg.token.dep_ == "pobj" and arg.token.head.lower_ in ("including", "like") and arg.token.head.head == token:
                        # "Existing investors, including Nvidia, a16z and Lightspeed, took part": each example
                        args.extend(
                            Arg(found.mention(span), c) for c in arg.token.conjuncts
                            if c not in tokens and (span := found.at(c)) is not None and found.type_of(span) == arg.mention.type
                        )
                    if arg.token.head == token and arg.token.dep_ in ("compound", "nmod"):
                        # "its AI200 and AI250 chips": every name before the noun
                        args.extend(
                            Arg(found.mention(span), c) for c in arg.token.conjuncts
                            if (span := found.at(c)) is not None and found.type_of(span) == arg.mention.type
                        )
            if role == "hyphen-pair":
                args = self._hyphen_pair(trigger, found)
            if role == "self":
                span = found.at(trigger) or _left_name(trigger, found)
                if span is not None:
                    args = [Arg(found.mention(span), trigger)]
            if role == "referent" and found.at(trigger) is None and self.coref.refers(trigger):
                # "the Alphabet subsidiary's technology": the company the description means
                span = self.coref.organization(trigger, found)
                if span is not None:
                    args = [Arg(found.mention(span), trigger, via_coref=True)]
            allowed = rule.tail_types if is_tail else rule.head_types
            if args and allowed and "Product" not in allowed and all(
                a.mention.type == "Product" and self._owner_prefix(a.mention, found) is None for a in args
            ):
                continue  # "supplies HBM3E for Nvidia's GPUs": the product is no customer, the next role may name one
            if args:
                return args
        return []

    def _role_tokens(self, role: str, trigger: Token, found: DocMentions, *, deep: bool = False) -> list[Token]:
        if role == "subject":
            if (
                trigger.dep_ == "npadvmod" and trigger.lemma_.lower() in self.lexicon.funding_nouns
                and trigger.head.lemma_.lower() not in _RAISING_VERBS
            ):
                return []  # "Y put $50 million into X's Series D, a round led by Z": Y gave, X raised
            subjects = syntax.subjects(trigger, self.lexicon.commitment_nouns)
            if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in self.lexicon.deal_nouns:
                # "The Meta contract follows an agreement with X": one deal is no party to another
                subjects = [t for t in subjects if t.lemma_.lower() not in self.lexicon.deal_nouns]
            if trigger.pos_ in ("VERB", "ADJ") and any(c.dep_ == "agent" for c in trigger.children):
                # "60% owned by Grab and 40% by WeRide": the second agent, its verb left out
                subjects += [p for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM")
                             for p in syntax.prep_objects_of(c, frozenset({"by"}))]
            return syntax.expand(subjects)
        if role == "object":
            objects = syntax.objects(trigger)
            if trigger.dep_ in ("acl", "relcl") and objects == [trigger.head]:
                described = trigger.head
                if trigger.dep_ == "relcl" and described.dep_ == "appos" and found.at(described) is None and found.at(described.head):
                    return [described.head]  # "CoWoS, the packaging technology it developed": what the description names
                # "A, B (acquired by C) and D": the participle describes what precedes it
                return [t for o in objects for t in (o, *o.conjuncts) if t.i < trigger.i]
            return syntax.expand(objects)
        if role == "possessor":
            owners = [c for c in trigger.children if syntax.is_possessor(c)]
            if not owners and (trigger.dep_ == "compound" or (trigger.dep_ == "amod" and trigger.pos_ == "NOUN")):
                # "Samsung's larger rival TSMC", the noun parsed as the name's modifier
                owners = [c for c in trigger.head.children if syntax.is_possessor(c)]
            if not owners and trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN" and not any(
                c.dep_ == "det" for c in trigger.children
            ):  # "Anthropic's primary cloud provider and training partner": the partner's too
                owners = [c for c in trigger.head.children if syntax.is_possessor(c)]
            if not owners and trigger.pos_ == "NOUN":
                owners = syntax.possessor_before(trigger, sentence_of(trigger).start)
            # "Ford and SK On plan to dissolve BlueOval SK, their joint venture", "The two companies
            # said Ultium Cells, their joint venture, ...": both of them
            return [
                t for o in owners
                for t in ([a.token for a in self._group(o, found) or []] or [o] if o.lower_ == "their" else [o])
            ]
        if role == "subject-employer":
            # "Jun Seki, Foxconn's chief strategy officer, held talks with Renault": whose
            # officer speaks for it
            out = []
            for subject in syntax.subjects(trigger, self.lexicon.commitment_nouns):
                person = found.at(subject)
                if person is not None and found.type_of(person) == "Person":
                    out += [c.root for c in self.coref.titled_companies(person, trigger.i, found)[-1:]]
            return out
        if role in ("maker-party", "client-party"):
            # "signed an agreement with Lonza to manufacture the drug": the contract manufacturer
            # makes it for the other side, whichever side it is; "a contract for Rapidus to
            # manufacture AI processors": the one the infinitive names makes them
            verbs = _infinitives(trigger)
            if not verbs:
                return []
            own = [c for v in verbs for c in v.children if c.dep_ == "nsubj" and found.at(c) is not None]
            own += [
                p for p in syntax.prep_objects_of(trigger, frozenset({"for"}))
                if found.at(p) is not None and p.i + 1 < len(p.doc) and p.doc[p.i + 1].lower_ == "to" and p.doc[p.i + 1].head in verbs
            ]  # the same, "for" parsed as a preposition
            if own:
                return own if role == "maker-party" else []
            parties = syntax.expand(syntax.prep_objects(trigger, {"with"}))
            makers = self._contract_manufacturers(found)

            def makes(tokens: list[Token]) -> bool:
                return any((a := self._arg(t, found, None)) is not None and a.mention.text in makers for t in tokens)

            party_makes = makes(parties)
            signer_makes = makes(syntax.subjects(trigger, self.lexicon.commitment_nouns))
            if party_makes == signer_makes:
                return []
            return parties if party_makes == (role == "maker-party") else []
        if role == "grantor":
            # "paying CSPC $150 million for exclusive rights to SYH2086", "licensed the rights
            # to X from Y": who grants the rights is who has the thing
            verb = syntax.clause_verb(trigger)
            parties = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
            parties += [p for c in verb.children if c.dep_ == "dative" and c.pos_ == "ADP" for p in c.children if p.dep_ == "pobj"]
            if verb.lemma_.lower() in _PAYING_VERBS:
                parties += [o for o in syntax.objects(verb) if found.at(o) is not None]
            parties += syntax.prep_objects(trigger, {"from"})
            if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
                # "a licensing deal with Y for rights to X", also with "for" hung on the verb
                host = trigger.head.head
                deals = [host] if host.lemma_.lower() in self.lexicon.deal_nouns else [
                    o for o in syntax.objects(host) if o.lemma_.lower() in self.lexicon.deal_nouns
                ] if host.pos_ == "VERB" else []
                parties += [p for d in deals for p in syntax.prep_objects_of(d, frozenset({"with"}))]
            return syntax.expand([p for p in parties if found.at(p) is not None])
        if role == "earlier-owned":
            # "A and B each paid $1.6 billion for a 10% stake in Yinwang. Huawei holds the
            # remaining 80%": the company whose shares the text was counting
            if not any(w.lower_ in _REMAINDER_WORDS for o in trigger.children if o.dep_ == "dobj" for w in o.subtree):
                return []
            here = sentence_of(trigger)
            before = [sentence_of(trigger.doc[here.start - 1])] if here.start > 0 else []
            for sent in (trigger.doc[here.start : trigger.i], *before):
                for word in reversed(sent):
                    if word.lemma_.lower() in _SHARE_WORDS:
                        owned = [p for p in syntax.prep_objects_of(word, frozenset({"in", "of"})) if found.at(p) is not None]
                        if owned:
                            return owned[:1]
            return []
        if role == "for-share":
            # "paid 1.5 billion euros for about 21% of Leapmotor": whose shares were paid for
            return syntax.expand([
                p for o in syntax.prep_objects(trigger, {"for"}) if o.lemma_.lower() in _SHARE_WORDS
                for p in syntax.prep_objects_of(o, frozenset({"of", "in"}))
            ])
        if role == "on-from":
            # "relies heavily on chips from Nvidia": whom what is relied on comes from
            return syntax.expand([
                p for o in syntax.prep_objects(trigger, {"on", "upon"}) if found.at(o) is None
                for p in syntax.prep_objects_of(o, frozenset({"from"}))
            ])
        if role == "compound-party":
            # "Walmart's OpenAI deal": the party named before the noun, where no "with" names one
            # ("its own AI Factory partnership with Nvidia")
            if syntax.prep_objects(trigger, {"with", "between"}):
                return []
            return [
                c for c in trigger.children
                if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" and not syntax.is_possessor(c) and found.at(c) is not None
            ]
        if role == "compound":
            own = found.at(trigger)
            compounds = [
                c for c in trigger.children
                if (c.dep_ == "compound" or (c.dep_ == "nmod" and not syntax.is_possessor(c))) and (own is None or found.at(c) is not own)
            ]
            # "obesity drug developer": the modifiers make one phrase, named by the last
            return [c for c in compounds if not (c.i + 1 < trigger.i and trigger.doc[c.i + 1] in compounds and found.at(c) is None)]
        if role == "appos-holder":
            holders = syntax.appos_holder(trigger)
            if trigger.dep_ == "appos":
                # "A, a unit of C, and B": the apposition describes A alone; "A and B, a unit of
                # C" describes B alone, "A and B, both units of C" both
                before = [t for h in holders for t in (h, *h.conjuncts) if t.i < trigger.i]
                if trigger.tag_ == "NNS" or len(before) < 2 or any(found.at(t) is None for t in before):
                    return before
                return [max(before, key=lambda t: t.i)]
            return syntax.expand(holders)
        if role == "appos":
            named = _appos_children(trigger, found)
            # "Rivals SK hynix and Samsung": a plural noun before names is each of them's
            return syntax.expand(named) if trigger.dep_ != "compound" or trigger.tag_ == "NNS" else named
        if role == "dative":
            # "which gives it a stake in X": whom the noun's verb gives it; "paying Y $2 billion": whom the verb pays
            if trigger.pos_ in ("VERB", "AUX"):
                return syntax.expand([c for c in trigger.children if c.dep_ == "dative"])
            return syntax.expand([c for c in trigger.head.children if c.dep_ == "dative"]) if trigger.dep_ == "dobj" else []
        if role == "npadvmod":
            # "the Irvine, California-based automaker": the city before ", Region-based"
            return [self._city_before(c, found) for c in trigger.children if c.dep_ in ("npadvmod", "compound")]
        if role == "governor":
            if any(c.lower_ == "where" for c in trigger.children):
                return []  # "Suzhou, where the company is headquartered": the place, not who is based
            return [trigger.head] if trigger.dep_ in ("acl", "amod", "relcl") else []
        if role == "xcomp-object":
            return syntax.expand([o for x in trigger.children if x.dep_ == "xcomp" for o in syntax.objects(x)])
        if role == "round-company":
            return self._round_company(trigger, found)
        if role == "sibling-owned":
            # "Ford owns 12% of Arcadia, and Mitsubishi holds a smaller stake": the company the
            # clause before says is owned
            verb = syntax.clause_verb(trigger)
            first = verb.head if verb.dep_ == "conj" else None
            if first is None or first.lemma_.lower() not in self.lexicon.owning_verbs:
                return []
            return syntax.expand([
                p for o in syntax.objects(first) for p in syntax.prep_objects(o, {"of", "in"})
            ] + syntax.prep_objects(first, {"in"}))
        if role == "with-host":
            # "X will build a plant, with Nvidia supplying the GPUs": whom the "with" clause serves
            first = syntax.first_conjunct(trigger)
            if first.dep_ == "pcomp" and first.head.lower_ == "with" and first.head.head.pos_ in ("VERB", "AUX"):
                return syntax.subjects(first.head.head)
            return []
        if role == "topic":
            # "Rival Ericsson said ...": a rival of the company the article is about; but
            # "a therapy developed by X and sold in partnership with Y" is X's
            if trigger.dep_ == "pobj" and trigger.head.lower_ == "in":
                return []
            topic = self.coref.topic(trigger, found, dominant=True)
            return [topic.root] if topic is not None else []
        if role == "passive-agent":
            # "The round was led by Accel and Coatue": who did what was done to the noun
            if trigger.dep_ != "nsubjpass":
                return []
            return syntax.expand([p for a in trigger.head.children if a.dep_ == "agent" for p in syntax.agent_objects(a)])
        if role in ("host-subject", "host-party"):
            # "invested in X in a deal that ...", "took a stake in X as part of the deal": the
            # deal is between who does what the deal is attached to and whom it is done with;
            # "Under the deal, A will ..." speaks of a deal named before
            host = _deal_host(trigger)
            if host is None:
                return []
            if role == "host-subject":
                return syntax.expand(syntax.subjects(host))
            return syntax.expand(
                [o for o in syntax.objects(host) if found.at(o) is not None]
                + syntax.prep_objects(host, {"in", "with", "from", "to", "for"})
            )
        if role == "xcomp-party":
            # "agreed to buy X from Y" (Y), "agreed to pay Y $2 billion" (Y), "agreed to buy X" (X)
            parties: list[Token] = []
            for x in (c for c in trigger.children if c.dep_ == "xcomp"):
                named = [
                    t for t in [c for c in x.children if c.dep_ == "dative" and c.pos_ != "ADP"] + [
                        p for c in (*x.children, *(c for o in syntax.objects(x) for c in o.children))
                        if c.dep_ in ("prep", "dative") and c.lower_ in _PARTY_WORDS
                        for p in c.children if p.dep_ == "pobj"
                    ]  # "agreed to sell its unit to X", the "to" parsed as a dative; "to make chips for X"
                    if found.at(t) is not None or syntax.is_possessor(t) or any(syntax.is_possessor(c) for c in t.children)
                ]
                parties.extend(named or [
                    next((c for c in o.children if syntax.is_possessor(c) and found.at(c) is not None), o)
                    for o in syntax.objects(x)
                ])  # "agreed to acquire Walmart's robotics business": the deal is with Walmart
            return syntax.expand(parties)
        if role == "relcl-subject":
            # "a collaboration the two companies struck": who made what the noun names
            return [t for c in trigger.children if _relative_clause(c) for t in syntax.subjects(c)] + [
                name for name, _ in _named_doer_clauses(trigger)
            ]
        if role == "under-party":
            # "signed a deal under which X will supply cells": whoever the deal binds to act;
            # "signed a deal in 2024 under which ...", the clause parsed onto the date
            clauses = [c for c in trigger.children if _relative_clause(c)] + [
                c for t in sentence_of(trigger) if t.i > trigger.i and t.ent_type_ == "DATE" and t.dep_ == "pobj"
                and t.head.head == trigger.head for c in t.children if _relative_clause(c)
            ]
            return [
                t for c in clauses if any(
                    p.dep_ == "prep" and p.lower_ in ("under", "through") and any(w.lower_ == "which" for w in p.children)
                    for p in c.children
                ) for t in syntax.subjects(c)
            ]
        if role == "relcl-with":
            # "the joint venture SoftBank formed with OpenAI": with whom they made it
            clauses = [c for c in trigger.children if _relative_clause(c)] + [c for _, c in _named_doer_clauses(trigger)]
            return [o for c in clauses for o in syntax.prep_objects(c, {"with"})]
        if role in ("of-owner", "for-owner"):
            # "its use of Google's chips": whose thing is used; "a licensing deal for 3SBio's
            # drug": whose thing the deal is for
            word = "of" if role == "of-owner" else "for"
            return [c for o in syntax.prep_objects(trigger, {word}) for c in o.children if syntax.is_possessor(c)]
        if role == "holder-founder":
            # "Kioxia and Wayfair formed Nordvolt, a joint venture": who made the company the noun describes
            holders = syntax.appos_holder(trigger) if trigger.dep_ == "appos" else []
            return syntax.expand([
                s for h in holders if h.dep_ == "dobj" and h.head.lemma_.lower() in self.lexicon.founding_verbs
                for s in syntax.subjects(h.head)
            ])
        if role in ("as-subject", "as-object"):
            # "CyrusOne has signed Microsoft as the anchor tenant": who takes whom on as the noun says
            verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "as" else None
            if verb is None or verb.pos_ != "VERB":
                return []
            return syntax.expand(syntax.subjects(verb) if role == "as-subject" else syntax.objects(verb))
        if role == "attr":
            # "Waabi's first customer is Uber Freight": what the noun, as subject of "be", is said to be
            if trigger.dep_ != "nsubj" or trigger.head.lemma_ != "be":
                return []
            return syntax.expand([c for c in trigger.head.children if c.dep_ == "attr"])
        if role == "host-in":
            # "agreed to invest $5 billion in Intel, taking a 4% stake": what the clause the
            # stake's clause hangs on puts money in
            if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.pos_ == "VERB" and not any(
                syntax.is_possessor(c) for c in trigger.children
            ):
                # "is putting $320 million into X for a 4% stake", "invested €1.5 billion in X in 2023 for a 21% stake"
                return syntax.expand(syntax.prep_objects(trigger.head.head, {"in", "into"}))
            verb = trigger.head if trigger.dep_ == "dobj" else None
            if (
                verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head == verb
                or any(syntax.is_possessor(c) for c in trigger.children)
            ):
                return []  # not "will tender its stake", a stake of its own in something else
            return syntax.expand(syntax.prep_objects_of(verb.head, frozenset({"in"})))
        if role == "dealer":
            # "signed an agreement with Samsung Biologics, which will produce the drug": for the
            # one who signed with the company the relative clause is about
            antecedent = trigger.head
            if trigger.dep_ != "relcl" or antecedent.dep_ != "pobj" or antecedent.head.lower_ != "with":
                return []
            deal = antecedent.head.head
            if deal.pos_ == "VERB":  # "signed a deal with X", "with" hung on the verb
                deal = next((o for o in syntax.objects(deal) if o.lemma_.lower() in self.lexicon.deal_nouns), deal)
            if deal.lemma_.lower() not in self.lexicon.deal_nouns:
                return []
            owners = [c for c in deal.children if syntax.is_possessor(c)]
            return syntax.expand(owners or syntax.subjects(deal, self.lexicon.commitment_nouns))
        if role == "object-owner":
            # "Mazda will license Woven's software": whose thing the object is
            # "Quasar, its AI chiplet, will be made by X": the owner the apposition names
            owners = []
            for o in syntax.objects(trigger):
                antecedent = _relative_antecedent(o)  # "its processors, which are made by X": the processors
                relative = antecedent is not o and found.at(antecedent) is None
                o = antecedent if relative else o
                if found.at(o) is None and (o.pos_ == "NUM" or o.lemma_.lower() in _PARTS):
                    o = next(iter(syntax.prep_objects_of(o, frozenset({"of"}))), o)  # "half of TSMC's capacity"
                if found.at(o) is None or found.type_of(found.at(o)) == "Product":
                    owners += [c for c in syntax.modifiers(o) if syntax.is_possessor(c) and (
                        found.at(c) is not None or ((o.dep_ == "nsubjpass" or relative) and c.lower_ in ("its", "their", "whose"))
                    )]  # "Cambricon, whose chips are made by X"; not "Rapidus is building its plant"
                    if o.dep_ == "nsubjpass" and trigger.dep_ == "relcl" and not owners:
                        # "Qualcomm, whose flagship Snapdragon processors are made by X", "whose" parsed elsewhere
                        owners += [t for t in trigger.subtree if t.lower_ == "whose" and t.i < o.i]
                    owners += [  # "AI processors designed by Tenstorrent"
                        p for a in o.children
                        if a.dep_ == "acl" and a.tag_ == "VBN" and a != trigger and a.lemma_.lower() in self.lexicon.designing_verbs
                        for b in a.children if b.dep_ == "agent" for p in syntax.agent_objects(b) if found.at(p) is not None
                    ]
                    if found.at(o) is not None:
                        owners += [c for a in o.children if a.dep_ == "appos" for c in syntax.modifiers(a)
                                   if syntax.is_possessor(c) and (found.at(c) is not None or c.lower_ in ("its", "their"))]
            return owners
        if role == "members":
            # "Its customers include A, B and C", "counts A and B among its customers"
            verb = trigger.head
            if trigger.dep_ == "pobj" and verb.lower_ == "among":
                verb = verb.head
            elif (relative := next((
                c for c in trigger.children if _relative_clause(c) and c.lemma_.lower() in self.lexicon.inclusion_verbs
                and any(s.lower_ in syntax.RELATIVE_PRONOUNS for s in syntax.subjects(c))
            ), None)) is not None:
                verb = relative  # "a round that also included BlackRock, Samsung and Cisco"
            elif trigger.dep_ not in ("nsubj", "nsubjpass"):
                return []
            if verb.lemma_.lower() not in self.lexicon.inclusion_verbs:
                return []
            return syntax.expand([o for o in syntax.objects(verb) if o.i != trigger.i])
        if role == "copula-subject":
            # "MGX and Bpifrance are also investors": who the noun, after "be", says they are
            # "X remains Y's primary partner and its largest investor": the first conjunct's verb
            # "X and Y are among its backers": each of them
            return copula_subjects(trigger)
        if role == "receiver":
            # "X received $1 billion in subsidies", "X was awarded $407 million in funding": who gets it
            verb = syntax.clause_verb(trigger)
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.lexicon.receiving_verbs:
                return []
            return syntax.expand([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
        if role == "object-maker":
            # "buy Nvidia GB300 systems", "buy 18,000 of Nvidia's chips": who makes what is bought
            makers = []
            if syntax.prep_objects(trigger, frozenset({"from"})):
                return []  # "rent Nvidia chips from Nscale": the seller supplies them
            for thing in syntax.objects(trigger):
                if thing.pos_ == "NUM":
                    thing = next(iter(syntax.prep_objects_of(thing, frozenset({"of"}))), thing)
                makers.extend(m for m in self._unit_makers(thing, found) if m not in makers)
            return makers
        if role == "unit-maker-party":
            # "signed a deal with AMD to deploy 6 gigawatts of AMD GPUs": the party whose units
            # the deal is to deploy, install or use supplies them
            makers = set()
            for verb in _infinitives(trigger):
                for thing in syntax.objects(verb):
                    if not self._product_units(thing):
                        thing = next(iter(syntax.prep_objects_of(thing, frozenset({"of"}))), thing)
                    makers.update(found.cluster_key(found.at(m)) for m in self._unit_makers(thing, found))
            parties = syntax.expand(syntax.prep_objects(trigger, {"with"}))
            return [p for p in parties if (span := found.at(p)) is not None and found.cluster_key(span) in makers]
        if role == "on-maker":
            # "spend $80 billion on data centers, much of it on Nvidia processors": who makes what
            # the money goes to
            spent_on = syntax.prep_objects(trigger, {"on"}) + [  # ", much of it on ...", hung on the amount
                p for o in syntax.objects(trigger) for a in o.children if a.dep_ == "appos"
                for p in syntax.prep_objects_of(a, frozenset({"on"}))
            ]
            return [m for o in spent_on for m in self._unit_makers(o, found)]
        if role == "host-object":
            # "The move puts GM in competition with Tesla": whom the verb puts in that state;
            # "appointed Jane Roe to its board": whom it puts there
            host = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "to") else None
            return [o for o in syntax.objects(host) if found.at(o) is not None] if host is not None and host.pos_ == "VERB" else []
        if role == "chooser":
            # "Vodafone picked Ericsson to supply radio equipment": who picked the subject
            chooser = trigger.head
            if trigger.dep_ != "xcomp" or not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in chooser.children):
                return []
            return syntax.expand(syntax.subjects(chooser))
        if role == "acl-party":
            # "a contract to make chips for Tesla", "a deal to sell its stake to X", "in talks
            # to license a pill from X"
            verbs = _infinitives(trigger) + self._talked_gerunds(trigger)
            parties = [o for v in verbs for o in syntax.prep_objects(v, _PARTY_WORDS)]
            parties += [p for v in verbs for o in syntax.objects(v) for p in syntax.prep_objects_of(o, frozenset({"from"}))]
            parties += [
                # "in talks to raise $5 billion in a round led by X": with whoever leads the round
                a for v in verbs if v.lemma_.lower() in _RAISING_VERBS for r in syntax.prep_objects(v, {"in"})
                if r.lemma_.lower() in self.lexicon.funding_nouns for a in syntax.participle_agents(r)
            ]
            if verbs and not parties:
                parties = syntax.hung_on_governor(trigger, verbs[0], {"to", "from"})
            return syntax.expand([
                o for o in parties if found.at(o) is not None
                or any(found.at(c) for c in o.children if c.dep_ == "appos" or syntax.is_possessor(c))
            ])  # "to the Chinese e-commerce group JD.com", "to buy cells from Panasonic's plants"
        if role == "acl-object":
            # "in talks to acquire X", "a deal to supply X", "a deal worth $2 billion to supply X"
            # but not "in talks to sell its unit (to X)": what is sold is no party to the talks
            verbs = _infinitives(trigger) + self._talked_gerunds(trigger)
            objects = [o for v in verbs for w in (v, *v.conjuncts) if not syntax.prep_objects(w, {"to"}) for o in syntax.objects(w)]
            sellers = [
                c for o in objects if o.head.lemma_.lower() in _BUYING_VERBS
                for c in o.children if c.dep_ == "poss" and found.at(c) is not None
            ]  # "in talks to acquire Nissan's Oppama plant", "to buy X's stake in Y": with the seller
            if sellers:
                return syntax.expand(sellers)
            return syntax.expand([
                o for v in verbs for w in (v, *v.conjuncts)
                if not syntax.prep_objects(w, {"to"})
                for o in (*syntax.objects(w), *(syntax.prep_objects(w, {"in"}) if w.lemma_ == "invest" else ()),
                          *self._staked(trigger, syntax.objects(w), found))
                if not any(c.dep_ == "poss" for c in o.children)
            ])  # "talks to invest in X", "talks to buy a stake in X": X is whom the talks are with
        if role in ("seller-party", "buyer-party"):
            # "Meta signed a power purchase agreement with Constellation Energy": the side in
            # the industry of what is bought sells it, whichever side signed; with neither or
            # both in it, the one the agreement is with
            parties = syntax.expand(syntax.prep_objects(trigger, {"with"}))
            signers = [c for c in trigger.children if syntax.is_possessor(c)] or syntax.subjects(
                trigger, self.lexicon.commitment_nouns
            )
            if not parties or not signers:
                return []
            sold = {i for c in trigger.children if c.dep_ in ("compound", "amod") and (i := self.coref.industry(c))}
            if trigger.lower_ in ("ppa", "ppas") and "power" in self.lexicon.industries:
                sold.add(self.lexicon.industries["power"])  # a power purchase agreement
            party_sells, signer_sells = (
                any(sold & self._industries_named(t, found) for t in side) for side in (parties, signers)
            )
            seller_is_party = party_sells or not signer_sells
            return parties if seller_is_party == (role == "seller-party") else signers
        if role in ("supplier-party", "customer-party"):
            # "signed an agreement with LGES to supply battery cells": with no one named to
            # receive them, the other party supplies the signer when its industry makes what
            # is supplied (LGES, a battery maker); else the signer supplies it ("SK Hynix
            # signed an agreement with OpenAI to supply memory chips")
            verbs = _infinitives(trigger)
            named = [
                t for v in verbs for t in (*syntax.objects(v), *syntax.prep_objects(v, {"to", "for"}),
                                           *(c for c in v.children if c.dep_ == "dative"))
                if found.at(t) is not None and found.type_of(found.at(t)) != "Product"  # "cells for the R2": no recipient
            ]
            if not verbs or named:
                return []
            parties = syntax.expand(syntax.prep_objects(trigger, {"with"}))
            party_supplies = self._party_makes_supplies(trigger, verbs, parties, found)
            return parties if party_supplies == (role == "supplier-party") else []
        if role == "acl-agent":
            # "a funding round led by X": who does what the participle after the noun says
            agents = syntax.participle_agents(trigger)
            if not agents and (
                (trigger.dep_ == "pobj" and trigger.head.head.lemma_.lower() in _RAISING_VERBS) or trigger.dep_ == "dobj"
            ):
                # "raised $1.1 billion in a round in September led by Aker", "is unveiling a Series B
                # on Thursday led by Aker": the participle hung on the verb
                verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
                agents = [
                    p for c in verb.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.i > trigger.i
                    for a in c.children if a.dep_ == "agent" for p in syntax.agent_objects(a)
                ]
            return syntax.expand(agents)
        if role == "xcomp-agent":
            # "agreed to be acquired by X"
            return syntax.expand([
                p for x in trigger.children if x.dep_ == "xcomp"
                for a in x.children if a.dep_ == "agent" for p in syntax.agent_objects(a)
            ])
        if role.startswith("prep:"):
            words = set(role[5:].split("|"))
            objects = syntax.prep_objects(trigger, words)
            if not objects and trigger.pos_ == "VERB":
                # "supplies plates and pumps to X": "to" hung on the last object, on its
                # apposition, or on the object the parser made the verb's conjunct
                nouns = [c for o in syntax.objects(trigger) for c in (*o.conjuncts, *(a for a in o.children if a.dep_ == "appos"))]
                nouns += [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
                # "spend 20 trillion won on its fab", the currency parsed as a verb of its own
                nouns += [c for c in trigger.children if c.lower_ in self.lexicon.currencies and c.i > 0 and c.doc[c.i - 1].like_num]
                objects = [o for n in nouns for o in syntax.prep_objects(n, words)]
                if not objects and trigger.dep_ in ("relcl", "acl") and trigger.head.lemma_.lower() in self.lexicon.commitment_nouns:
                    objects = syntax.hung_on_governor(trigger.head, trigger, words)
            if not objects and trigger.pos_ == "NOUN":
                # "the partnership the lender struck with Google": said in a relative clause on
                # the noun; "an agreement signed with TSMC": in a participle after it
                objects = [
                    o for c in trigger.children if (
                        _relative_clause(c) and not any(x.lower_ in syntax.RELATIVE_PRONOUNS for x in syntax.subjects(c))
                    ) or (c.dep_ == "acl" and c.tag_ == "VBN")
                    for o in syntax.prep_objects(c, words)
                ]
            if not objects and "to" in words and trigger.pos_ == "NOUN" and trigger.lemma_.lower() in self.lexicon.entitlement_nouns:
                # "rights outside Greater China to SYH2086", the code parsed as a verb; "rights,
                # outside Greater China, to X", the "to" hung on the verb
                sentence = sentence_of(trigger)
                for word in trigger.doc[trigger.i + 1 : min(trigger.i + 12, sentence.end - 1)]:
                    if (word.is_punct and word.text != ",") or word.lower_ == "according":
                        break
                    if word.lower_ == "to" and (named := found.at(word.doc[word.i + 1])) is not None:
                        objects = [named.root]
                        break
            if not objects and deep:
                objects = [o for t in trigger.subtree if t != trigger for o in syntax.prep_objects(t, words)]
            if trigger.dep_ == "appos":
                # "between A, a unit of B, and C": ", and" closes the apposition, C is not B's peer
                return [t for o in objects for t in (o, *o.conjuncts) if t is o or not syntax.after_comma_and(t)]
            return syntax.expand(objects)
        return []

    def _arg(
        self, token: Token, found: DocMentions, rule: TriggerRule | None, *, depth: int = 0, no_place: bool = False
    ) -> Arg | None:
        """The entity a role token stands for: a mention, what a pronoun, relative
        pronoun, definite description or apposition refers to, or a proper noun the
        entity recognizer missed. ``no_place``: the argument cannot be a place."""
        span = found.at(token)
        named = self._named_after_descriptor(token, span, found)
        if named is not None:
            return named
        if span is not None:
            if found.type_of(span) == "Place" and rule is not None and rule.tail_types and "Place" in rule.tail_types:
                city = next((
                    c for c in span.root.children if c.dep_ in ("nmod", "compound", "appos") and c.i < span.start
                    and (p := found.at(c)) is not None and found.type_of(p) == "Place" and found.doc[p.end].text == ","
                ), None)
                if city is not None:  # "based in Ogaki, Gifu Prefecture", parsed with the prefecture as head
                    return Arg(found.mention(found.at(city)), city)
            described = self._seat_description(token, span, found)
            if described is not None:
                return described
            return Arg(found.mention(span), token)
        clause = token.head.head if token.dep_ == "pobj" else token.head  # "X, in which Y owns a stake"
        if token.lower_ == "whose":
            while clause.dep_ != "relcl" and clause.head != clause and clause.pos_ != "VERB":
                clause = clause.head  # "Novo, whose chief executive X took over": the relative clause
        if token.lower_ in syntax.RELATIVE_PRONOUNS:
            clause = _above_controlled(clause)
        if depth < 2 and token.lower_ in syntax.RELATIVE_PRONOUNS and clause.dep_ == "relcl":
            antecedent = self._arg(clause.head, found, None, depth=depth + 1)
            if antecedent is not None and antecedent.mention.type == "Place" and (
                no_place or (rule is not None and rule.tail_types and "Place" not in rule.tail_types)
            ):
                # "the battery plant in Ellabell, Georgia, which X is building": the clause is on
                # the plant; "its unit in Commerce, Georgia, which supplies X": on the unit
                place = clause.head
                while place.dep_ == "appos":
                    place = place.head
                if place.dep_ == "pobj" and place.head.lower_ in ("in", "at", "near") and place.head.head.pos_ in ("NOUN", "PROPN"):
                    antecedent = self._arg(place.head.head, found, None, depth=depth + 1) or antecedent
            if antecedent is not None:
                return Arg(antecedent.mention, token, via_coref=True)
        if depth < 2 and token.dep_ == "appos":
            # "IREN, the Australian data center operator": the name it describes, not a
            # coreference; "the Menlo Park, California-based company" is no apposition of a city
            holder = self._arg(token.head, found, None, depth=depth + 1)
            if holder is not None and not (holder.mention.type == "Place" and token.lemma_.lower() in self.lexicon.company_nouns):
                return holder
            if holder is None and token.head.pos_ == "PROPN":
                return None  # "atmos, the Tokyo-based chain that X acquired": a name we do not know, not another company
        if token.tag_ == "NNS":
            # "private lenders, including MUFG Bank", "customers such as Anthropic"
            for example in (p for c in token.children if c.dep_ == "prep" and c.lower_ in ("including", "like", "as")
                            for p in c.children if p.dep_ == "pobj"):
                named = found.at(example)
                if named is not None and found.type_of(named) == "Organization":
                    return Arg(found.mention(named), example)
        for acl in (c for c in token.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lexicon.naming_verbs):
            # "its first plant, called IIM-1": the name it is given
            given = [c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj")]
            named = next((found.at(c) for c in given if found.at(c)), None)
            if named is not None:
                return Arg(found.mention(named), named.root)
            unlisted = next((c for c in given if c.pos_ == "PROPN" and c.text[:1].isupper()), None)
            if unlisted is not None and token.pos_ == "NOUN":
                words = token.doc[proper_name_start(unlisted) : unlisted.i + 1]
                kind = "Facility" if token.lemma_.lower() in self.lexicon.facility_nominals else "Product"
                return Arg(Mention(words.text, words.start_char, words.end_char, kind), unlisted, False, True)
        apposed = self._apposed_name(token, found) if depth < 2 else None
        if apposed is not None:
            return apposed
        described = [
            found.at(c) for c in token.children
            if c.dep_ == "appos" and found.at(c) is not None and (token.pos_ == "NOUN" or found.type_of(found.at(c)) != "Place")
        ]
        if described and token.pos_ in ("NOUN", "PROPN") and (
            token.lemma_.lower() not in self.lexicon.organization_nominals or found.type_of(described[0]) == "Organization"
        ):
            # "the combined business, VodafoneThree,", "the 34th president, Dwight Eisenhower,";
            # not "the drugmaker, whose shot Zepbound ...", misparsed as an apposition
            return Arg(found.mention(described[0]), described[0].root)
        if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            named = [
                span for c in token.children
                if c.dep_ in ("compound", "nmod") and (span := found.at(c)) is not None and found.type_of(span) in ("Initiative", "Facility")
            ]
            if named:
                return Arg(found.mention(named[-1]), named[-1].root)  # "the Stargate data center venture": Stargate's, no company meant
        coref = self.coref.organization(token, found) or self.coref.person(token, found) or self._described_thing(token, found)
        if coref is not None:
            return Arg(found.mention(coref), token, via_coref=True)
        if depth < 2 and token.dep_ == "attr" and token.head.lemma_ == "be" and token.pos_ == "NOUN":
            # "X is an American company headquartered in Y"
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            holder = self._arg(subjects[0], found, None, depth=depth + 1) if subjects else None
            if holder is not None:
                return holder
        if token.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.is_lower and c.lemma_.lower() in self.lexicon.descriptor_nouns for c in token.children
        ):
            # "bought FPGA house Xilinx": the name the description introduces, not a name in it
            guessed = self._unlisted_proper_noun(token, found)
            if guessed is not None:
                return guessed
        unit = token.lemma_.lower() in self.lexicon.descriptor_nouns  # "its Altera unit": no place
        named = [
            found.at(c) for c in syntax.modifiers(token)  # "its R2 midsize SUV": compounds of compounds too
            if c.dep_ in ("compound", "nmod") and found.at(c) is not None
            and (found.type_of(found.at(c)) != "Place" or (unit and not self._known_place(found.at(c))))
        ]
        if named and token.pos_ in ("NOUN", "PROPN"):
            if rule is not None and rule.tail_via_possessor and rule.tail_types and (
                found.type_of(named[-1]) not in rule.tail_types
            ):
                owner = self._named_possessor(token, found)  # "HBM for Nvidia's Blackwell GPUs": for Nvidia
                if owner is not None:
                    return owner
            return Arg(found.mention(named[-1]), named[-1].root)
        guessed = self._unlisted_proper_noun(token, found)
        if guessed is not None:
            return guessed
        if rule is None:
            return None
        if rule.tail_via_possessor:
            owner = self._named_possessor(token, found)
            if owner is None:
                # "supplies roughly 60 percent of Foot Locker's inventory": whose the whole is
                owner = next((o for p in _wholes(token) if (o := self._named_possessor(p, found))), None)
            if owner is None:
                owner = self._user(token, found)
            if owner is not None:
                return owner
        if rule.tail_anywhere:
            for inner in token.subtree:
                span = found.at(inner)
                if span is not None and found.type_of(span) == "Organization":
                    return Arg(found.mention(span), inner)
                if span is None and syntax.is_possessor(inner) and (meant := self.coref.organization(inner, found)):
                    return Arg(found.mention(meant), inner, via_coref=True)  # "on the biotech's lead drug"
        if rule.tail_fallback and depth < 2 and token.lemma_.lower() in self.lexicon.container_nouns:
            # "offers a wide range of project control services"
            inner = syntax.prep_objects_of(token, frozenset({"of"}))
            if inner:
                return self._arg(inner[0], found, rule, depth=depth + 1)
        if (
            rule.tail_fallback and token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() not in self.lexicon.not_products
            and token.ent_type_ not in syntax.NOT_THING_LABELS and (not rule.fallback_habitual or _habitual(token))
            and (not rule.fallback_with_amount or _with_amount(token))
        ):
            chunk = _noun_chunk(token, found)
            if chunk is not None and chunk.text not in self.lexicon.not_entities and (
                not chunk[0].is_lower or (
                    (_profile(token) or _with_amount(token)) if len(chunk) > 1 else _bare_object(token)
                )
            ) and not any(
                t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") for t in chunk
            ) and not _some_of_a_kind(token, chunk):
                # "spend $1 billion on equipment", "makes the tablets": one common noun names no
                # thing; a bare singular object may ("is developing rusfertide"); common words
                # name what money goes to ("invest $4 billion in warehouse robots") and a
                # product line where a company profile says what it makes ("Fox makes
                # suspension products", "a maker of engineered magnets"), not in news of one
                # thing ("its own inference chip")
                return Arg(Mention(chunk.text, chunk.start_char, chunk.end_char, rule.tail_fallback), token)
        return None

    def _product_units(self, noun: Token) -> bool:
        """"chips", "servers", and "GPUs", which the tagger takes for a name and leaves plural."""
        lemma = noun.lemma_.lower()
        units = self.lexicon.product_unit_nouns
        return lemma in units or (noun.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in units)

    def _unit_makers(self, thing: Token, found: DocMentions) -> list[Token]:
        """The companies named as makers of the units a noun names: "*Nvidia* GB300 systems",
        "*Nvidia*'s chips"; none for "Nvidia" itself or "Acme's plants" (no product units)."""
        if found.at(thing) is not None or not self._product_units(thing):
            return []
        makers: list[Token] = []
        for word in syntax.modifiers(thing):
            span = found.at(word)
            if span is not None and found.type_of(span) == "Product" and span.start > 0:
                span = found.at(span.doc[span.start - 1])  # the maker named before its model
            if span is not None and found.type_of(span) == "Organization" and span.root not in makers:
                makers.append(span.root)
        return makers

    def _industries_named(self, token: Token, found: DocMentions) -> set[str]:
        """The industries of the company at ``token``: those the text and the gazetteer give
        it, and those its own name's words name ("Constellation Energy")."""
        arg = self._arg(token, found, None)
        if arg is None:
            return set()
        span = found.at(token) or found.org_names.get(arg.mention.text)
        words = self.lexicon.industries
        named = {words[w] for w in arg.mention.text.lower().split() if w in words}
        return named | (self.coref.industries_of(span.root, found) if span is not None else set())

    def _party_makes_supplies(self, trigger: Token, verbs: list[Token], parties: list[Token], found: DocMentions) -> bool:
        """Whether the party a deal is with is in the industry of what the deal supplies and
        the signer is not ("with LGES to supply battery cells": LGES, a battery maker)."""
        supplied = {
            i for v in verbs for o in syntax.objects(v) for n in (o, *(a for a in o.children if a.dep_ == "appos"))
            if (i := self.coref.industry(n)) is not None
        }  # "lithium iron phosphate (LFP) battery cells", the cells parsed as an apposition
        if not supplied:
            return False
        signers = {i for t in syntax.subjects(trigger, self.lexicon.commitment_nouns) for i in self.coref.industries_of(t, found)}
        return any(supplied & self.coref.industries_of(p, found) for p in parties) and not supplied & signers

    def _described_thing(self, noun: Token, found: DocMentions) -> Span | None:
        """"the campus", "the project", "the drug": a site, initiative or product named before."""
        lemma = noun.lemma_.lower()
        if lemma in self.lexicon.facility_nominals:
            return _described_site(noun, found)
        if lemma == "project":
            return _described_site(noun, found, kinds=("Facility", "Initiative"))
        if lemma in self.lexicon.drug_nouns:
            return _described_drug(noun, found)
        return None

    def _staked(self, talks: Token, objects: list[Token], found: DocMentions) -> list[Token]:
        """"in talks to buy a 40% stake in X", "... 20% of X": the company whose shares are
        bought, when named; a deal to buy a stake is with its sellers, not the company."""
        if talks.lower_ not in self.lexicon.talks_nouns:
            return []
        return [
            c for o in objects for c in syntax.prep_objects(o, {"in", "of"})
            if (o.lemma_.lower() in self.lexicon.stake_nouns or o.lower_ in ("%", "percent")) and found.at(c) is not None
        ]

    def _talked_gerunds(self, talks: Token) -> list[Token]:
        """"discussions about investing in Intel", "talks on buying packs from X": what the talks are about."""
        if talks.lower_ not in self.lexicon.talks_nouns:
            return []
        hosts = [talks, talks.head] if talks.dep_ == "dobj" else [talks]  # "held talks last year about buying X"
        return [
            g for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in ("about", "on", "over")
            for g in p.children if g.dep_ == "pcomp" and g.pos_ == "VERB"
        ]

    def _entitled(self, verb: Token) -> bool:
        """Whether ``verb`` says what a right, license or option allows ("rights to sell X")."""
        if verb.pos_ != "VERB":
            return False
        verb = syntax.first_conjunct(verb)
        return verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in self.lexicon.entitlement_nouns and any(
            a.lower_ == "to" for a in verb.children if a.dep_ == "aux"
        )

    def _round_just_told(self, trigger: Token) -> bool:
        """"X raised $200 million in a round led by Y. Z also participated": taking part, with
        nothing named to take part in, right after a round is told of."""
        if trigger.lemma_.lower() != "participate" or any(c.dep_ == "prep" for c in trigger.children):
            return False
        sentence = sentence_of(trigger)
        before = trigger.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        return any(t.lemma_.lower() in self.lexicon.funding_nouns for t in trigger.doc[before.start : trigger.i])

    def _round_company(self, trigger: Token, found: DocMentions) -> list[Token]:
        """"X also participated in the round", "X joined as an investor", "with participation
        from X": the company whose round it is, named with the round ("a round in Y", "Y's
        round"), with an earlier round ("Y raised $2 billion in a round"), or else the company
        the article is about."""
        def funding(token: Token) -> bool:
            return token.lemma_.lower() in self.lexicon.funding_nouns or any(
                c.dep_ == "compound" and c.lower_ == "series" for c in token.children
            )  # "co-led Fabrikam's Series B"

        governor = trigger.head.head if trigger.dep_ == "pcomp" and trigger.head.lower_ == "with" else trigger
        rounds = [trigger] if funding(trigger) else [
            o for v in dict.fromkeys((trigger, governor))
            for o in (*syntax.objects(v), *syntax.prep_objects(v, {"in", "into"}), *syntax.subjects(v)) if funding(o)
        ]  # "X led the financing, with Y joining": Y joined the round X led; "The round drew money from Y"
        if rounds:
            named = syntax.prep_objects(rounds[0], {"in", "for"}) + [
                c for c in rounds[0].children if syntax.is_possessor(c)
            ]
            if not named and rounds[0].dep_ == "appos":
                # "Y's $693 million Series D, a round led by X"
                named = [c for c in rounds[0].head.children if syntax.is_possessor(c)]
            if named:
                return syntax.expand(named)
            host = _deal_host(rounds[0])
            if host is not None and host.lemma_.lower() in _RAISING_VERBS and syntax.subjects(host):
                return syntax.expand(syntax.subjects(host))  # "The company raised $1bn in a round led by X, with Y taking part"
        elif trigger.pos_ != "NOUN" and not any(
            o.lemma_.lower() in self.lexicon.investor_nouns
            for o in (*syntax.prep_objects(trigger, {"as"}), *syntax.subjects(trigger))
        ) and not self._round_just_told(trigger):
            return []  # "X joined": no round; "X joined as an investor", "Existing investors took part": one
        for earlier in reversed(found.doc[: trigger.i]):  # "a Series C round in X" said before
            if earlier.lemma_.lower() in self.lexicon.funding_nouns and earlier not in rounds:
                host = _deal_host(earlier)  # "X has raised $2 billion in a funding round"
                owner = earlier.head if earlier.dep_ == "compound" else earlier  # "Y's Series D"
                named = [
                    t for t in syntax.prep_objects(earlier, {"in", "for"})
                    + [c for c in owner.children if syntax.is_possessor(c)]
                    + (syntax.subjects(host) if host is not None and host.lemma_.lower() in _RAISING_VERBS else [])
                    if found.at(t) is not None
                ]
                if named:
                    return named[:1]
        topic = self.coref.topic(trigger, found)
        if topic is None or topic.root in syntax.expand(syntax.subjects(trigger)):
            return []  # "X and Y also participated": the round is not X's
        return [topic.root]

    def _seat_description(self, token: Token, span: Span, found: DocMentions) -> Arg | None:
        """"The Boise, Idaho-based grocer is in talks with X", parsed with the city as the
        subject and the description as its apposition: the company the description means."""
        if found.type_of(span) != "Place" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        for noun in (c for c in token.children if c.dep_ == "appos" and c.lemma_.lower() in self.lexicon.organization_nominals):
            if any(m.dep_ == "amod" and m.lower_ in syntax.SEAT_WORDS for m in noun.children):
                referent = self.coref.organization(noun, found, described=True)
                if referent is not None:
                    return Arg(found.mention(referent), noun, via_coref=True)
        return None

    def _user(self, token: Token, found: DocMentions) -> Arg | None:
        """"supplies most of the memory used in Nvidia's processors", "the systems used by
        Walmart": whoever uses the thing, named after "used in" or "used by"."""
        for thing in (token, *_wholes(token)):
            for used in (c for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() == "use" and c.tag_ == "VBN"):
                for place in [*syntax.prep_objects_of(used, frozenset({"in", "at"})), *(
                    p for c in used.children if c.dep_ == "agent" for p in syntax.agent_objects(c)
                )]:
                    place = next(iter(_wholes(place)), place)  # "used in all 42 of Walmart's centers"
                    span = found.at(place)
                    if span is not None and found.type_of(span) == "Organization":
                        return Arg(found.mention(span), place)
                    owner = self._named_possessor(place, found)
                    if owner is not None:
                        return owner
        return None

    def _public_body(self, name: str) -> bool:
        """A government, ministry, court or regulator, by the words of its name."""
        return any(w in self.lexicon.public_body_words or w.lower() in self.lexicon.government_nouns for w in name.split())

    def _named_possessor(self, token: Token, found: DocMentions) -> Arg | None:
        """Whose thing the token is, when the text names the owner ("HBM for Nvidia's GPUs")
        or describes it ("supplies the company's processors"): "ships its chips to X",
        "supply its cells to X": "its" is the subject's own, no party."""
        owner = self._possessor_arg(token, found)
        return owner if owner is not None and (not owner.via_coref or owner.token.pos_ == "NOUN") else None

    def _possessor_arg(self, token: Token, found: DocMentions) -> Arg | None:
        """"Vistra's nuclear plant", "its factories": whose thing it is (not after "its own")."""
        if any(c.lower_ == "own" for c in token.children):
            return None
        for child in token.children:
            if syntax.is_possessor(child):
                inner = found.at(child) or self.coref.organization(child, found)
                if inner is not None:
                    return Arg(found.mention(inner), child, via_coref=found.at(child) is None)
        return None

    def _apposed_name(self, token: Token, found: DocMentions) -> Arg | None:
        """"Mistral AI, the Paris-based developer of ...": a description set off by a comma
        right after a company's name describes that company, also where the parser did not
        hang it there as an apposition."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.lexicon.organization_nominals or token.dep_ == "poss":
            return None  # "T-Head, the group's chip design unit": the group is whose unit T-Head is
        if syntax.speaks_for(token):
            return None  # "..., with Y, the San Francisco-based company said": the speaker, not Y
        left = token.left_edge.i
        doc = token.doc
        if left < 2 or doc[left].lower_ not in ("the", "a", "an") or doc[left - 1].text != ",":
            return None
        name = found.at(doc[left - 2])
        if name is None or found.type_of(name) != "Organization" or name.end != left - 1 or syntax.cited(name.root):
            return None  # "According to Reuters, the company is ...": the source, then what it says
        return Arg(found.mention(name), name.root)

    def _known_place(self, span: Span) -> bool:
        """A place name the gazetteer lists as one, or one set off by a comma ("Irvine, California")."""
        entry = self.finder.gazetteer.get(span.text)
        followed = span.end < len(span.doc) and span.doc[span.end].text == ","
        return followed or (entry is not None and entry.type == "Place")

    def _city_before(self, token: Token, found: DocMentions) -> Token:
        """The city of "City, Region" when ``token`` is the region."""
        region = found.at(token)
        doc = token.doc
        if region is None or region.start < 2 or doc[region.start - 1].text != ",":
            return token
        city = found.at(doc[region.start - 2])
        if city is None or found.type_of(city) != "Place" or found.type_of(region) != "Place":
            return token
        return city.root

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
        if token.is_lower and token.is_alpha:
            return None  # "the Danish biotech's", tagged a proper noun: a name has a capital
        titles = self.finder.title_nouns
        if 0 < token.i < len(doc) - 1 and doc[token.i - 1].lower_ in titles and doc[token.i + 1].lower_ in titles:
            return None  # "chief eCommerce officer": part of the title
        if funding_series(doc[token.i : token.i + 1]) or syntax.title_cased(sentence_of(token)):
            return None
        if token.ent_type_ in syntax.NOT_THING_LABELS:
            return None
        start = proper_name_start(token)
        while start > sentence_of(token).start and not doc[start - 1].whitespace_ and doc[start - 1].text.isalnum():
            start -= 1  # "3G Capital": the tokenizer split a name written as one word
        span = doc[start : token.i + 1]
        if not any(ch.isupper() for ch in span.text) or any(t.text in self.lexicon.title_words for t in span):
            return None
        if span.text in self.lexicon.not_entities or (found is not None and span.text in found.terms):
            return None  # "its second Big Pharma pact", "batteries for ESS"
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
            and not (found is not None and _region_follows(arg.token, found))
        ):
            return Arg(Mention(mention.text, mention.start, mention.end, "Organization"), arg.token, arg.via_coref)
        if mention.type == "Person" and "Person" not in allowed and "Organization" in allowed and found is not None and any(
            (span := found.at(c)) is not None and found.type_of(span) == "Organization" for c in arg.token.conjuncts
        ) and mention.text not in self.finder.gazetteer and not _between(arg.token):
            # "competes with T.J. Maxx, Burlington and Ross Stores": listed with companies in a
            # company's slot, a name the recognizer called a person is a company too (not so
            # "an agreement between Acme Corp. and Jane Roe")
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
        only_organizations = "Place" not in allowed if head else ("Product" in allowed or set(allowed) == {"Organization"})
        if (
            mention.type == "Person" and "Person" not in allowed and "Organization" in allowed and only_organizations
            and " " not in mention.text and mention.text not in self.finder.gazetteer
            and not self._titled(arg)
            and not (  # "the Trump administration": a person's name modifying another noun
                arg.token.dep_ in ("compound", "nmod") and arg.token.head.pos_ == "NOUN"
                and arg.token.head.lemma_.lower() not in self.lexicon.descriptor_nouns
                and arg.token.head.lemma_.lower() not in self.lexicon.organization_nominals
            )
            and not (found is not None and any(
                s.text.endswith(" " + mention.text) and found.type_of(s) == "Person" for s in found.spans
            ))
        ):
            return Arg(Mention(mention.text, mention.start, mention.end, "Organization"), arg.token, arg.via_coref, arg.guessed)
        return arg

    def _titles_before(self, arg: Arg) -> set[str]:
        """The role relations the titles right before a person's name state ("chairman Jane
        Roe": chairmanOf; "CEO and MD X": ceoOf and worksFor; the longest title wins,
        "executive chairman"); "" for a title held no more ("former chairman Jane Roe")."""
        doc = arg.token.doc
        span = doc.char_span(arg.mention.start, arg.mention.end, alignment_mode="expand")
        if span is None:
            return set()
        before = " " + doc[max(0, span.start - 8) : span.start].text.lower()
        found: set[str] = set()
        while True:
            phrase, titled = next(
                ((p, t) for p, t in self.lexicon.person_titles if before.endswith(" " + p.lower())), (None, None)
            )
            if phrase is None:
                return found
            before = before[: -len(phrase) - 1]
            words = before.split()
            if words and words[-1] in self.lexicon.ended_role_words:
                return {""}  # "former CEO X"
            found.add(titled)
            if not words or words[-1] not in ("and", "&", ","):
                return found
            before = " " + " ".join(words[:-1])

    def _titled(self, arg: Arg) -> bool:
        """"Mr. Cline", "CEO Smith": a title right before the name makes it a person's."""
        doc = arg.token.doc
        span = doc.char_span(arg.mention.start, arg.mention.end, alignment_mode="expand")
        return span is not None and span.start > 0 and doc[span.start - 1].text in self.lexicon.title_words

    def _owner_prefix(self, mention: Mention, found: DocMentions) -> Mention | None:
        """The company a product's name starts with ("Google Cloud"), or the listed maker
        right before it that the listed name includes ("Microsoft Azure", read as two names)."""
        span = found.doc.char_span(mention.start, mention.end)
        if span is not None and span.start > 0 and (maker := found.at(found.doc[span.start - 1])) is not None:
            listed = self.finder.gazetteer.get(mention.text)
            if found.type_of(maker) == "Organization" and listed is not None and (
                self.finder.gazetteer.get(found.doc[maker.start : span.end].text) is listed
            ):
                return found.mention(maker)
        words = mention.text.split()
        for k in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:k])
            entry = self.finder.gazetteer.get(prefix)
            if prefix in found.org_names or (entry is not None and entry.type == "Organization"):
                return Mention(prefix, mention.start, mention.start + len(prefix), "Organization")
        return None

    def _group(self, token: Token, found: DocMentions) -> list[Arg] | None:
        """"they", "their", "the two companies": the companies a plural word stands for,
        named together as a subject ("Honda and Nissan said they ...") or the last two named
        ("Nvidia will invest in Intel and the two companies will co-develop chips")."""
        if token.lower_ in ("they", "their"):
            antecedent = syntax.group_antecedent(token)
            if len(antecedent) > 1:
                return [a for t in antecedent if (a := self._arg(t, found, None)) is not None]
            token = antecedent[0] if antecedent else token
        if self.coref.plural_nominal(token):
            # "the two": two companies the sentence names or describes before it; else the
            # two the article is about; else the last two of it and the sentence before
            here = sentence_of(token)
            described = self._companies_before(token, here, found)
            described_by = {a.head for a in token.ancestors if a.dep_ == "appos"}
            # "Ultium Cells, the pair's joint venture", "X, a 50:50 joint venture of the two companies":
            # the pair are not the venture itself
            described = [a for a in described if a.token not in described_by]
            if len(described) < 2 and self.coref.leading_pair(token, found) is None and here.start:
                # "X has licensed the drug. Y said the two will develop it": with the sentence before
                before = sentence_of(token.doc[here.start - 1])
                later = {found.key_of(a.mention.text) for a in described}
                described = [
                    a for a in self._companies_before(token, before, found) if found.key_of(a.mention.text) not in later
                ] + described
            if len(described) >= 2:
                return [replace(arg, via_coref=True) for arg in described[-2:]]
            pair = self.coref.last_two_companies(token, found)
            if pair:
                return [Arg(found.mention(span), span.root, True) for span in pair]
        return None

    def _companies_before(self, token: Token, sentence: Span, found: DocMentions) -> list[Arg]:
        """The companies named or described in ``sentence`` before ``token``, each once, in
        the order last mentioned: "The chipmaker is taking a stake in the Finnish vendor, and
        the two will co-develop ..." means the two the clause before describes."""
        by_name: dict[str, Arg] = {}
        for word in sentence:
            if word.i >= token.i:
                break
            span = found.at(word)
            if (span is None or span.root != word) and not self.coref.refers(word):
                continue
            if (word.dep_ == "compound" and word.head.pos_ == "NOUN") or any(
                a.dep_ == "appos" and found.at(a.head) is not None for a in word.ancestors
            ):
                continue  # "in a LinkedIn post", "X, the chip-making arm of Y": no party, only said of one
            arg = self._arg(word, found, None)
            if arg is not None and arg.mention.type == "Organization":
                key = found.key_of(arg.mention.text)
                by_name.pop(key, None)
                by_name[key] = arg
        return list(by_name.values())

    def _pairs(self, roles: tuple[str, ...], trigger: Token, found: DocMentions) -> list[tuple[Arg, Arg]]:
        for role in roles:
            if role == "hyphen-pair":
                named = self._hyphen_pair(trigger, found)
                if len(named) == 2:
                    return [(named[0], named[1])]
                continue
            tokens = self._role_tokens(role, trigger, found)
            if role == "subject" and any(syntax.leads_group(t) for t in tokens):
                continue  # "a consortium formed by A and B is in talks with C": A and B are on one side
            if len(tokens) < 2 and role.startswith("prep:"):
                # "Agreement, dated as of May 1, between X and Y": the phrase hangs on "dated"
                tokens = syntax.expand([
                    p for t in trigger.children if t.dep_ == "acl" for p in syntax.prep_objects_of(t, frozenset(role[5:].split("|")))
                ]) or tokens
            group = self._group(tokens[0], found) if len(tokens) == 1 else None
            args = group if group and len(group) >= 2 else [
                a for a in (self._arg(t, found, None) for t in tokens) if a is not None
            ]
            if len(args) >= 2:
                return [(args[i], args[j]) for i in range(len(args)) for j in range(i + 1, len(args))]
        return []


_LEADING_RELATIONS = frozenset({"ceoOf"})  # what "led by", "run by" read, which a title before the name may contradict
_JOINING_DASHES = frozenset({"-", "\u2013"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_PAYING_VERBS = frozenset({"pay", "hand"})
_BUYING_VERBS = frozenset({"buy", "acquire", "purchase"})
_REMAINDER_WORDS = frozenset({"remaining", "rest", "remainder", "balance"})
_SHARE_WORDS = frozenset({"stake", "share", "holding", "interest"}) | syntax.PERCENT_WORDS


def _infinitives(trigger: Token) -> list[Token]:
    """The infinitives that say what a deal or talks are for: "a deal to supply X", and
    "is in talks to provide X with ...", which the parser hangs on the verb."""
    verbs = syntax.infinitives(trigger)
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and trigger.head.head.pos_ in ("VERB", "AUX"):
        verbs += [v for v in syntax.infinitives(trigger.head.head) if v.dep_ == "advcl"]
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        # "signed an agreement with X last month to supply Y", the purpose hung on the verb
        verbs += [v for v in syntax.infinitives(trigger.head) if v.dep_ == "advcl" and v.i > trigger.i]
    return verbs


_SERIES_ID = get_string_id("series")
_RAISING_VERBS = frozenset({"raise", "close", "secure", "complete", "announce"})
_PARTY_WORDS = frozenset({"from", "to", "with", "for"})
_PARTS = frozenset({"part", "portion", "half", "some", "most", "all", "many", "bulk", "third", "quarter"})
_PORTION_WORDS = _PARTS | {"percent", "%", "majority", "share"}


def _wholes(token: Token) -> list[Token]:
    """"60 percent of X's inventory", "all 42 of X's centers": what a portion is of; none
    for a word that is no portion."""
    if token.pos_ != "NUM" and token.lemma_.lower() not in _PORTION_WORDS:
        return []
    return syntax.prep_objects_of(token, frozenset({"of"}))


def _appos_children(trigger: Token, found: DocMentions) -> list[Token]:
    """Whom the noun names: "its subsidiary, Halozyme Inc.", "its bank subsidiary Regions Bank"."""
    named = [c for c in trigger.children if c.dep_ == "appos"]
    if (trigger.dep_ == "compound" or (trigger.dep_ == "amod" and trigger.pos_ == "NOUN")) and found.at(trigger.head) is not None:
        named.append(trigger.head)
    return named


def _noun_chunk(token: Token, found: DocMentions) -> Span | None:
    chunk = found.noun_chunk(token)
    if chunk is not None:
        start = chunk.start
        while start < chunk.end and (
            chunk.doc[start].dep_ in ("det", "poss", "case") or chunk.doc[start].pos_ in ("PRON", "PART")
        ):
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




def _sold_to(token: Token) -> bool:
    """"sold a stake in X to *Y*": the one a stake is sold to holds it now."""
    while token.dep_ == "compound":
        token = token.head
    return token.lower_ == "to" or (token.dep_ == "pobj" and token.head.lower_ == "to")


def _verb_read_as_noun(token: Token) -> bool:
    """"SiTime makes timing chips and competes with Renesas", "X controls half of the market
    for memory and competes with Y": a verb the tagger took for a plural noun joined to the
    object of the verb before it, or of that verb's preposition, with a preposition of its own;
    or the root of a sentence, with a subject and a preposition of its own."""
    if token.tag_ == "NNS" and token.dep_ == "ROOT" and token.lower_ != token.lemma_.lower() and not any(
        c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in token.children
    ):  # "Albertsons already partners with DoorDash": a sentence with a subject has a verb
        return any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "prep" for c in token.children)
    joined = token.head
    for _ in range(6):  # "half [of the market [for sensors]]": up to what hangs on the verb
        if joined.head.pos_ == "VERB" or joined.dep_ not in ("pobj", "prep"):
            break
        joined = joined.head
    return (
        token.tag_ == "NNS" and token.dep_ == "conj" and joined.dep_ in ("dobj", "prep") and joined.head.pos_ == "VERB"
        and token.lower_ != token.lemma_.lower() and any(c.dep_ == "prep" for c in token.children)
    )


def _between(token: Token) -> bool:
    first = syntax.first_conjunct(token)
    return first.dep_ == "pobj" and first.head.lower_ == "between"


def _habitual(thing: Token) -> bool:
    """"Weihe makes ceiling fans": what a company does as a rule (present simple), the
    way a company profile says it; "has built a lineup", "is designing its own chips"
    are news of one thing, where an unnamed thing is no product worth a node."""
    verb = next((a for a in thing.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _profile(thing: Token) -> bool:
    """"Fox makes suspension products", "Arnold, a maker of engineered magnets": what a
    company makes as a rule, said by a verb or by the noun that describes the company."""
    return _habitual(thing) or (thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.pos_ == "NOUN")


def _with_amount(thing: Token) -> bool:
    """"spend $1 billion on AI servers", "allocated hundreds of billions toward AI": money
    said to go to an unnamed thing makes it an investment worth a node; "spent heavily on
    spectrum" does not."""
    verb = next((a for a in thing.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "dobj" and any(t.ent_type_ == "MONEY" for t in c.subtree) for c in verb.children
    )


def _region_follows(token: Token, found: DocMentions) -> bool:
    """"Lansing, Michigan": a name followed by a comma and a place is a place."""
    span = found.at(token)
    doc = token.doc
    if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    region = found.at(doc[span.end + 1])
    return region is not None and found.type_of(region) == "Place"


def _described_site(noun: Token, found: DocMentions, kinds: tuple[str, ...] = ("Facility",)) -> Span | None:
    """"will invest $25 billion in the campus": the site of that kind named last before, or
    any site named in this sentence or the two before; "the project", a site or initiative."""
    named = _named_before(noun, found, kinds, ("compound", "poss", "amod", "nmod"))
    kind, here = noun.lemma_.lower(), sentence_number(noun)
    same_kind = [span for span in named if span[-1].lemma_.lower() == kind]
    near = [span for span in named if here - sentence_number(span[0]) <= 2]
    return max(same_kind or near, key=lambda span: span.start, default=None)


def _described_drug(noun: Token, found: DocMentions) -> Span | None:
    """"holds exclusive rights to the molecule": the product named last before, in this
    sentence or the two before it."""
    here = sentence_number(noun)
    named = [span for span in _named_before(noun, found, ("Product",), ("compound", "poss")) if here - sentence_number(span[0]) <= 2]
    return max(named, key=lambda span: span.start, default=None)


def _named_before(noun: Token, found: DocMentions, kinds: tuple[str, ...], unnamed_by: tuple[str, ...]) -> list[Span]:
    """The names of those kinds before "the <noun>", one thing named before; none when a
    modifier of ``unnamed_by`` or "of" says which ("the Texas plant", "the company's drug")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    if any(c.dep_ in unnamed_by or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    return [span for span in found.spans if span.end <= noun.i and found.type_of(span) in kinds]


def _deal_host(deal: Token) -> Token | None:
    """The verb a deal is attached to by "in", "through" or "as part of"."""
    if deal.dep_ != "pobj":
        return None
    prep = deal.head
    if prep.lower_ == "of" and prep.head.lower_ == "part" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "as part of the deal"
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in deal.children)
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "as") and not (prep.lower_ == "under" and indefinite):
        return None  # "rents capacity from X under a $14 billion agreement"; "under the deal" is one named before
    host = prep.head
    if host.dep_ == "dobj" and host.pos_ in ("NUM", "NOUN"):
        host = host.head  # "raised $600 million in a round", parsed with the amount
    said = [c for c in host.children if c.dep_ == "ccomp"]
    if said and not any(c.dep_ == "dobj" for c in host.children):
        host = said[0]  # "X will invest in Y, the companies announced, in a deal that ..."
    return host if host.pos_ in ("VERB", "AUX") else None


def _each_of_which(token: Token) -> Token | None:
    """"A, B and C, each of which holds a stake": the first of the names the clause is on,
    however the parser hangs the clause."""
    if token.lower_ not in ("each", "both", "all") or not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in syntax.RELATIVE_PRONOUNS for p in c.children)
        for c in token.children
    ):
        return None
    before = token.doc[token.i - 2] if token.i > 1 and token.doc[token.i - 1].text == "," else None
    if before is not None and before.pos_ in ("PROPN", "NOUN"):
        return syntax.first_conjunct(before)
    return syntax.first_conjunct(token.head.head) if token.head.dep_ == "relcl" else None


def _named_doer_clauses(noun: Token) -> list[tuple[Token, Token]]:
    """"the joint venture SoftBank Group formed with OpenAI", parsed as a name in apposition
    with a participle of its own: the name and the verb, a relative clause's subject and verb."""
    return [
        (name, verb) for name in noun.children if name.dep_ == "appos" and name.pos_ == "PROPN" and name.i > noun.i
        for verb in name.children if verb.dep_ == "acl" and verb.tag_ == "VBD"
    ]


def _relative_clause(clause: Token) -> bool:
    """A relative clause on a noun, also one the parser calls a participle though it has a
    subject of its own ("similar tie-ups that OpenAI struck with X")."""
    return clause.dep_ == "relcl" or (clause.dep_ == "acl" and any(c.dep_ == "nsubj" for c in clause.children))


def _relative_antecedent(token: Token) -> Token:
    """What a relative pronoun stands for ("Nvidia's chips, which Oracle buys": the chips); any
    other token itself."""
    if token.lower_ in syntax.RELATIVE_PRONOUNS and (clause := _above_controlled(token.head)).dep_ == "relcl":
        return clause.head
    return token


def _above_controlled(verb: Token) -> Token:
    """"a hatchback that X plans to introduce": the clause a controlled verb stands in."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return verb


def _some_of_a_kind(token: Token, chunk: Span) -> bool:
    """"develop five vehicles", "develop a data center in Pohang": things of a kind, counted or
    one of many, in common words, not a thing with a name."""
    if any(t.dep_ == "nummod" and t.is_alpha for t in token.children):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) and all(
        t.is_lower or not t.is_alpha for t in chunk
    )


def _bare_object(token: Token) -> bool:
    """A singular direct object with no determiner or possessor ("developing rusfertide"),
    or the kind before a maker noun ("sensor maker X")."""
    if token.dep_ == "compound":
        return True
    return token.dep_ == "dobj" and token.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in token.children)


def _left_name(trigger: Token, found: DocMentions) -> Span | None:
    for child in trigger.children:
        if child.dep_ in ("compound", "amod") and child.i == trigger.i - 1:
            return found.at(child)
    return None


def _each_their_own(verb: Token, rule: TriggerRule) -> bool:
    """"X and Y have each signed deals", "... have all signed deals": companies named together
    doing the same thing each with someone else, not with each other."""
    if any(c.lower_ in ("each", "all", "separately", "respectively") and c.dep_ in ("advmod", "det", "appos", "dep", "nsubj")
           for c in verb.children):
        return True
    return rule.object_lemmas is not None and any(
        c.dep_ in ("dobj", "attr") and c.tag_ == "NNS" and c.lemma_.lower() in rule.object_lemmas for c in verb.children
    )


def _described_kind(noun: Token, kinds: frozenset[str]) -> bool:
    """"foundry", "contract chipmaker": the noun, alone or with the words before it."""
    words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i] + [noun.lemma_.lower()]
    return any(" ".join(words[k:]) in kinds for k in range(len(words)))
