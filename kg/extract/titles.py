"""Job titles: who holds which role at which company.

"company chairman Young Liu", "Tim Cook, chief executive of Apple", "Kroger named Ron Sargent
interim chief executive", "X will succeed Y as CEO". Which titles state which relation is
the lexicon's ``person_titles`` (and its title words, speaker titles and bare leader titles);
this module finds the title's holder and the company it is held at in the parse. Arguments
are resolved by the relation reader that owns this one, so a title's company is read the
way a trigger's object is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from kg.extract import syntax
from kg.extract.coref import Coreference
from kg.extract.facts import Arg, FactMaker
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import DocMentions, MentionFinder, sentence_of, unit_after
from kg.model import Mention, Relation

_ANNOUNCING_VERBS = frozenset({"say", "announce", "confirm"})
_PROMOTION_VERBS = frozenset({"promote", "elevate", "appoint", "elect", "name", "hire", "move"})
_LEADING_VERBS = frozenset({"lead", "head", "run"})
_JOINING_VERBS = frozenset({"return", "come", "move", "switch", "defect", "go"})  # "returned to Nike as CEO"
_EMPLOYER_PREPS = frozenset({"of", "at", "for", "with"})  # "a partner with KPMG"
_LEAVING_VERBS = frozenset({"leave", "quit", "depart", "exit", "resign", "retire"})

ArgumentOf = Callable[[Token, DocMentions, None], Arg | None]
FitArgument = Callable[..., Arg]


class TitleReader:
    """Reads the relations that job titles state in one parsed document."""

    def __init__(
        self,
        lexicon: Lexicon,
        finder: MentionFinder,
        facts: FactMaker,
        coref: Coreference,
        *,
        argument: ArgumentOf,
        fit: FitArgument,
        one_word_company: FitArgument,
    ) -> None:
        """``argument`` resolves a token to the entity it stands for; ``fit`` and
        ``one_word_company`` retype an argument for the slot it fills, as for triggers."""
        self.lexicon = lexicon
        self.finder = finder
        self.facts = facts
        self.coref = coref
        self.argument = argument
        self.fit = fit
        self.one_word_company = one_word_company
        self.titles_by_last: dict[str, list[tuple[str, str]]] = {}
        for phrase, relation in lexicon.person_titles:
            self.titles_by_last.setdefault(phrase.split()[-1].lower(), []).append((phrase, relation))
        for phrases in self.titles_by_last.values():
            phrases.sort(key=lambda item: -len(item[0].split()))  # "deputy chairman" before "chairman"
        self.title_heads = frozenset(self.titles_by_last)
        self.title_vocabulary = frozenset(
            w.lower() for phrase, _ in lexicon.person_titles
            for w in (*phrase.split(), *phrase.replace("-", " - ").split())
        ) | {w.lower() for w in lexicon.title_words} | {"and", "&", "-", ","}
        for word in lexicon.bare_leader_titles:
            # read only between a company's name and a person's, so no role noun elsewhere
            self.titles_by_last.setdefault(word, []).append((word, "ceoOf"))

    @property
    def last_words(self) -> frozenset[str]:
        """The words a title can end with: where the relation reader looks for one."""
        return frozenset(self.titles_by_last)

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

    def _right_before_title(self, org: Arg, title: Token) -> bool:
        """"EchoStar CEO X": only title words between the name and the title."""
        doc = title.doc
        span = doc.char_span(org.mention.start, org.mention.end, alignment_mode="expand")
        return span is not None and span.end <= title.i and all(
            t.lower_ in self.title_vocabulary for t in doc[span.end : title.i]
        )

    def _named_unit(self, noun: Token, found: DocMentions) -> Arg | None:
        """"chief executive of EDF's British arm, EDF Energy": the unit the apposition names,
        however the parser hangs it."""
        unit = unit_after(noun, found) if noun.lemma_.lower() in self.lexicon.unit_nouns else None
        if unit is None or found.type_of(unit) != "Organization":
            return None
        return Arg(found.mention(unit), unit.root)

    def _next_to_title(self, child: Token, title: Token, found: DocMentions) -> bool:
        """"who became Fabrikam chief executive": a name the parser hangs on the title as a
        modifier names the employer when only title words stand between them."""
        span = found.at(child)
        if child.dep_ != "nmod" or span is None or span.end > title.i:
            return False
        return all(t.lower_ in self.title_vocabulary for t in title.doc[span.end : title.i])

    def _names_a_deal(self, company: Span) -> bool:
        """"The ABL Bio agreement is the first deal under CEO X": the other party of a deal,
        named only to say which deal, is not where the title is held."""
        root = company.root
        return root.dep_ == "compound" and root.head.lemma_.lower() in self.lexicon.commitment_nouns

    @staticmethod
    def _between_company_and_person(title: Token, found: DocMentions) -> bool:
        """"Cariad chief Peter Bosch", not "finance chief X" or "chief financial officer"."""
        doc = title.doc
        before = found.at(doc[title.i - 1]) if title.i > 0 else None
        after = found.at(doc[title.i + 1]) if title.i + 1 < len(doc) else None
        return (
            before is not None and found.type_of(before) == "Organization"
            and after is not None and found.type_of(after) == "Person" and after.start == title.i + 1
        )

    def title(self, token: Token) -> str | None:
        for phrase, relation in self.titles_by_last.get(token.lower_, ()):
            size = len(phrase.split())
            if token.i >= size - 1 and token.doc[token.i - size + 1 : token.i + 1].text.lower() == phrase.lower():
                return relation
        return None

    def read(
        self, relation: str, title: Token, sent: Span, found: DocMentions, document: str, date: str | None
    ) -> Iterator[Relation]:
        if title.lower_ in self.lexicon.bare_leader_titles and not self._between_company_and_person(title, found):
            return
        person = None
        conjoined = title
        # "Nvidia's co-founder and chief executive": the first says whose and who; but not past a
        # name: "Randhir Thakur, chief executive and managing director of X", parsed as its conjuncts
        while title.dep_ == "conj" and found.at(title.head) is None and title.head != title:
            title = title.head
        listed_after = found.at(title.head) if title.dep_ == "conj" and not any(
            c.dep_ == "det" for c in title.children
        ) else None  # not "his wife, X, and the deputy secretary of Y, Z": another person
        if title.dep_ == "compound" or title.head.dep_ == "compound":
            head = title.head
            while head.dep_ == "compound" and head.head != head:
                head = head.head
            person = found.at(head)
        elif title.dep_ == "appos":
            person = found.at(title.head)
        elif title.dep_ == "pobj" and title.head.lower_ == "of" and title.head.head.lower_ == "one":
            # "X, the chief executive and one of its seven co-founders": one of them is the name's
            one = title.head.head
            while one.dep_ == "conj" and found.at(one.head) is None and one.head != one:
                one = one.head
            person = found.at(one.head) if one.dep_ == "appos" else None
        elif title.dep_ == "nsubj" and title.head.lemma_ == "be":
            # "Tenstorrent, whose chief executive is Jim Keller": the name the title is equated with
            person = next((span for c in title.head.children if c.dep_ == "attr" and (span := found.at(c)) is not None), None)
        elif title.dep_ == "attr":
            subjects = syntax.subjects(title)
            if subjects and subjects[0].lower_ in syntax.RELATIVE_PRONOUNS and subjects[0].head.dep_ == "relcl":
                subjects = [subjects[0].head.head]  # "X, who became Acme's chief executive"
                if found.at(subjects[0]) is None and subjects[0].dep_ == "appos":
                    subjects = [subjects[0].head]  # "X, a former Chrysler executive who became Slate's CEO"
            person = self._holder(subjects[0], found) if subjects else None
        elif (verb := self._appointing_verb(title)) is not None:
            # "X served as president of Y", "X was named as chief executive of Y"
            # "Target named Jane Roe, its COO, as its next chief executive": the object;
            # "X will succeed Y as chief executive": the subject
            holders = [*syntax.objects(verb), *(c for c in verb.children if c.dep_ == "oprd"), *syntax.subjects(verb)]
            if verb.lemma_.lower() in self.lexicon.succession_verbs:
                holders.reverse()
            # "X, who took over as Acme CEO": the one the relative pronoun stands for
            holders = [t.head.head if t.lower_ in syntax.RELATIVE_PRONOUNS and t.head.dep_ == "relcl" else t for t in holders]
            person = next(
                (span for t in holders if (span := self._holder(t, found)) is not None and found.type_of(span) == "Person"), None
            )
        if (person is None or found.type_of(person) != "Person") and listed_after is not None:
            person = listed_after
        if person is None or found.type_of(person) != "Person":
            person_appos = [c for c in title.children if c.dep_ == "appos" and found.at(c) is not None]
            person = found.at(person_appos[0]) if person_appos else person
        if person is None or found.type_of(person) != "Person":
            # "led by founder and CEO Xu Yangtian": the name after the second title holds both
            person = next((
                span for c in title.children
                if c.dep_ == "conj" and (span := found.at(c)) is not None and found.type_of(span) == "Person"
                and any(m.dep_ == "compound" and m.text in self.lexicon.title_words for m in c.children)
            ), person)
        if person is None or found.type_of(person) != "Person":
            # "President and CEO Hidetoshi Shibata has ...", parsed as three conjuncts: the name
            # right after the titles
            doc, end = conjoined.doc, conjoined.i + 1
            first = min(title.i, title.left_edge.i)
            opens = first == sent.start or doc[first - 1].text in ('"', "”", "''")  # also right after a quote
            while opens and end < len(doc) and (
                doc[end].lower_ == "and" or doc[end].lower_ in self.title_vocabulary
            ):
                end += 1  # "Chairman and CEO Jonathan Weis" opening a sentence: past the titles that follow
            after = found.at(doc[end]) if end < len(doc) else None
            if after is not None and after.start == end and found.type_of(after) == "Person":
                person = after
        if (person is None or found.type_of(person) != "Person") and title.dep_ == "oprd":
            # "Kroger named Ron Sargent interim chief executive": the name parsed into the title;
            # "Kelly Ortberg was named chief executive": the passive subject
            # "Kohl's named Michael Bender its permanent CEO": the name the parser made a second complement
            person = next(
                (span for c in (*title.children, *title.head.children) if c.dep_ in ("compound", "nmod", "nsubjpass", "oprd", "dobj")
                 and (c.dep_ in ("compound", "nmod") or c.head == title.head) and c != title
                 and (span := found.at(c)) is not None and found.type_of(span) == "Person"),
                person,
            )
        framed = self._title_frame(conjoined, found)
        if framed is not None:
            person = framed[1]  # "GM Chair and CEO Mary Barra and Hyundai Executive Chair Euisun Chung": the words say whose, however parsed
        named = next((found.at(c) for c in conjoined.children if c.dep_ == "appos" and found.at(c) is not None), None)
        if conjoined is not title and named is not None and found.type_of(named) == "Person":
            person = named  # "his wife, X, and the deputy secretary of Y, Z": the title's own name
        if person is None or found.type_of(person) != "Person":
            return
        orgs: list[Arg] = []
        via_board = False
        employers = syntax.prep_objects(conjoined, _EMPLOYER_PREPS) or syntax.prep_objects(title, _EMPLOYER_PREPS) or [
            p for c in title.conjuncts if c.i > title.i for p in syntax.prep_objects(c, _EMPLOYER_PREPS)
        ]  # "chief executive and managing director of Tata Electronics": the last title's "of" says whose
        for pobj in syntax.expand(employers):
            arg = self._named_unit(pobj, found) or self.argument(pobj, found, None)
            for _ in range(2):
                if arg is not None:
                    break
                # "Chairman of the Board of X", "member of the board of directors of X"
                via_board = via_board or pobj.lemma_.lower() == "board"
                if pobj.lemma_.lower() == "board":
                    # "the chair of Kohl's board"
                    arg = next((self.argument(c, found, None) for c in pobj.children if syntax.is_possessor(c)), None)
                    if arg is not None:
                        break
                deeper = syntax.prep_objects_of(pobj, frozenset({"of", "at", "for"}))
                pobj = deeper[0] if deeper else pobj
                arg = next((a for p in deeper if (a := self.argument(p, found, None))), None)
            if arg is not None:
                orgs.append(arg)
        after = title.doc[title.right_edge.i + 1] if title.right_edge.i + 1 < len(title.doc) else None
        if not orgs and title.dep_ == "appos" and after is not None and after.lower_ == "at" and after.dep_ == "prep" and (
            after.head.i < title.i
        ):  # "X, head of strategy at Acme, ...", the "at" parsed onto the verb
            orgs.extend(
                arg for p in after.children if p.dep_ == "pobj" and (arg := self.argument(p, found, None)) is not None
            )
        if via_board and relation == "worksFor":
            relation = "boardMemberOf"
        if not orgs:
            # "Intel CEO Lip-Bu Tan", "Rio Tinto's chief executive"; "of X" wins over a compound
            for child in syntax.word_children(title):
                if (
                    (child.dep_ == "compound" or syntax.is_possessor(child) or self._next_to_title(child, title, found))
                    and found.at(child) != person
                ):
                    arg = self.argument(child, found, None)
                    if arg is not None:
                        orgs.append(arg)
            if any(not o.via_coref for o in orgs):
                # "Vodafone's group chief executive": "group" is part of the title here
                orgs = [o for o in orgs if not o.via_coref or o.token.pos_ != "NOUN"]
        if title.dep_ == "compound":
            for sibling in title.head.children:
                if (sibling.dep_ == "compound" or syntax.is_possessor(sibling)) and sibling.i < title.i and found.at(sibling) is not person:
                    arg = self.argument(sibling, found, None)
                    if arg is not None:
                        orgs.append(arg)
        if not orgs and person.root.dep_ == "pobj" and person.root.head.dep_ == "agent":
            # "X, the chip designer headed by Chief Executive Jane Roe": what the title's holder leads
            verb = person.root.head.head
            if verb.lemma_.lower() in _LEADING_VERBS:
                orgs.extend(
                    arg for t in syntax.expand(syntax.objects(verb))
                    if (arg := self.argument(t, found, None)) is not None and arg.mention.type == "Organization"
                )
        if not orgs and framed is not None and framed[1] == person:
            # "Nvidia founder and CEO Jensen Huang", however the parser hangs it together
            orgs.append(Arg(found.mention(framed[0]), framed[0].root))
        appointer = self._appointing_verb(title) if title.dep_ == "pobj" and title.head.lower_ == "as" else (
            title.head if title.dep_ == "oprd" else None
        )
        if not orgs and appointer is not None and person.root in syntax.subjects(appointer):
            # "De Meo joined Kering as chief executive": the company the holder joins or leads
            orgs.extend(
                arg for t in syntax.expand(syntax.objects(appointer) or syntax.prep_objects_of(
                    appointer, frozenset({"at", "to"}) if appointer.lemma_.lower() in _JOINING_VERBS else frozenset({"at"})
                ))
                if (arg := self.argument(t, found, None)) is not None and arg.mention.type == "Organization"
            )  # "At Renault, X took over as chief executive"
            if not orgs and appointer.lemma_.lower() in (*_JOINING_VERBS, "join") and appointer.dep_ == "ccomp" and (
                appointer.head.lemma_.lower() in _ANNOUNCING_VERBS
            ):
                # "Humain said Jane Roe would join as CFO": the company that says she joins it
                orgs.extend(
                    arg for t in syntax.subjects(appointer.head)
                    if (arg := self.argument(t, found, None)) is not None and arg.mention.type == "Organization"
                )
        if not orgs and appointer is not None:
            # "Dell appointed Jeff Clarke as chief operating officer": who appoints employs
            for token in syntax.subjects(appointer):
                span = found.at(token)
                if span is None and token.lemma_.lower() in self.lexicon.board_nouns:
                    # "Acme's board named Jane Roe as CEO": the board's company
                    span = next((found.at(c) for c in token.children if syntax.is_possessor(c) and found.at(c)), None)
                if span is not None and span != person and found.type_of(span) == "Organization":
                    orgs.append(Arg(found.mention(span), token))
                elif span is None and (meant := self.argument(token, found, None)) is not None and (
                    meant.mention.type == "Organization"
                ):
                    orgs.append(meant)  # "The company has hired Jane Roe as CFO": the company meant
        if not orgs:
            orgs.extend(_unlisted_name(title, self.title_vocabulary))
        confidence = 0.85
        if not orgs and (titled := self.coref.titled_companies(person, person.start, found)):
            # "Ocado CEO Tim Steiner ... Chief Executive Tim Steiner said": the company a title gave them before
            orgs.append(Arg(found.mention(titled[-1]), titled[-1].root, via_coref=True))
            confidence = 0.6
        speaker = title.lower_ in self.lexicon.speaker_titles
        leader = relation in ("ceoOf", "chairmanOf", "founderOf")
        quoted_officer = title.text[:1].isupper() and (syntax.speaks_for(person.root) or syntax.speaks_for(title))
        if not orgs and (speaker or leader or quoted_officer):
            # "Becton Dickinson sells needle containers, said Linda Schmitt, a spokeswoman",
            # "..., Chairman Akio Toyoda said": a speaker of nobody named speaks for the one
            # company in the sentence; "Oracle grew under co-chief executives X and Y": so
            # does a company's leader
            told = {t.i for c in person.root.head.children if c.dep_ == "ccomp" for t in syntax.subjects(c)} if (
                syntax.speaks_for(person.root)
            ) else set()  # "CEO X told analysts that Naver would spend ...": the company the words are about
            companies = {found.cluster_key(s): s
                         for s in found.spans if sent.start <= s.start < sent.end and found.type_of(s) == "Organization"
                         and (speaker or s.end <= person.start or syntax.speaks_for(s.root) or _in_relative_of(s.root, person.root)
                              or s.root.i in told)
                         and syntax.quoted(s.root) == syntax.quoted(person.root) and not self._names_a_deal(s)
                         and not syntax.listens(s.root) and not _in_name_phrase(s, person)
                         and not _came_from(s.root, person.root)}
            described = next((
                t for t in sent if self.coref.refers(t) and t.lower_ not in ("who", "whom") and (
                    (t.i < person.start and t.dep_ in syntax.SUBJECT_DEPS)
                    or (leader and t.pos_ == "NOUN" and _in_relative_of(t, person.root))
                )
            ), None)  # "CEO X, who co-founded the company in 2017, told CNBC": the company meant
            if described is not None and (referent := self.coref.organization(described, found)) is not None:
                # "the company agreed to buy X ..., and CEO Jane Roe ...": the company the subject means
                companies = {found.cluster_key(referent): referent}
            if len(companies) > 1:
                # "Stellantis is considering a second Leapmotor model, CEO X told analysts"
                about = {key: s for key, s in companies.items() if s.root.i in told}
                if not about and leader:
                    # "Nebius will run Nvidia's chips, Chief Executive X said": the company that acts
                    about = {key: s for key, s in companies.items()
                             if s.root.dep_ == "nsubj" and s.root.head.pos_ in ("VERB", "AUX") and s.root.head.dep_ in ("ROOT", "ccomp")}
                companies = about if len(about) == 1 else companies
            if len(companies) == 1:
                only = next(iter(companies.values()))
                orgs.append(Arg(found.mention(only), only.root))
                confidence = 0.6
        if not orgs and (relation != "worksFor" or quoted_officer) and not any(
            sent.start <= s.start < sent.end and found.type_of(s) == "Organization" and not syntax.quoted(s.root)
            and not self._names_a_deal(s) and not syntax.listens(s.root) and not _came_from(s.root, person.root)
            and not _in_a_later_relative_clause(s, person)
            for s in found.spans
        ):
            # "..., chief executive Jane Roe said", "Chairman Greg Penner called ...", "X will
            # retire as chief executive" with no company in the sentence: the company the
            # article is about
            topic = self.coref.topic(person.root, found)
            if topic is None and leader and not syntax.quoted(person.root):
                # "Chief executive X, who co-founded the company in 2017, told CNBC": the one
                # company the sentence's descriptions mean
                meant = {
                    found.cluster_key(r): r for t in sent
                    if t.pos_ == "NOUN" and self.coref.refers(t) and not syntax.quoted(t)
                    and (r := self.coref.organization(t, found)) is not None
                }
                topic = next(iter(meant.values())) if len(meant) == 1 else None
            if topic is not None:
                orgs.append(Arg(found.mention(topic), topic.root, via_coref=True))
                confidence = 0.6
        elif not orgs and leader and title.i < person.start and not syntax.quoted(person.root):
            # "CEO X, who took over in August, has cut jobs as Novo tries to ...": a bare title's
            # company is the one the article is about when the sentence names it too
            topic = self.coref.topic(person.root, found, dominant=True)
            if topic is not None and any(
                sent.start <= s.start < sent.end and found.cluster_key(s) == found.cluster_key(topic) for s in found.spans
            ):
                orgs.append(Arg(found.mention(topic), topic.root, via_coref=True))
                confidence = 0.6
        people = [Arg(found.mention(person), person.root)]
        if title.tag_ == "NNS" or title.lower_.endswith("s"):
            # "co-chief executives Jane Roe and John Doe": a plural title names each of them
            people += [
                Arg(found.mention(span), c) for c in person.root.conjuncts
                if (span := found.at(c)) is not None and found.type_of(span) == "Person"
            ]
        people += [Arg(found.mention(span), span.root) for span in self._title_holders(title, person, found)]
        for person_arg, org in ((p, o) for o in (self.fit(o, ("Organization",)) for o in orgs) for p in people):
            if org.mention.type in ("Facility", "Person") and org.mention.text not in self.finder.gazetteer and org.token.dep_ == "pobj" and (
                org.mention.type == "Facility" or (
                    org.token.head.lower_ == "of" and relation in ("ceoOf", "chairmanOf") and not any(c.dep_ == "det" for c in org.token.children)
                )
            ):
                # "chief executive of Leapmotor International", "CEO of Staples US Retail": what has a chief executive is a company
                m = org.mention
                org = Arg(Mention(m.text, m.start, m.end, "Organization"), org.token, org.via_coref, org.guessed)
            if org.token.dep_ == "pobj" and not any(c.dep_ == "det" for c in org.token.children):
                # "Assistant Controller of Williams"
                org = self.one_word_company(org, ("Organization",), found, head=True)
            if (
                org.mention.type in ("Product", "Person", "Facility")
                and org.mention.text not in self.finder.gazetteer
                and (syntax.is_possessor(org.token) or self._right_before_title(org, conjoined))
            ):
                # "Rio Tinto's chief executive", "EchoStar CEO X": whoever has a chief
                # executive is an organization; a place with a governor stays a place.
                m = org.mention
                org = Arg(Mention(m.text, m.start, m.end, "Organization"), org.token, org.via_coref, org.guessed)
            if org.mention.type != "Organization" or org.mention.text == person_arg.mention.text:
                continue
            if syntax.ended_role(conjoined, self.lexicon.ended_role_words, person):
                continue  # "former CEO X": a role X no longer holds
            if _has_left(person_arg.token, org.mention.text, found, self.lexicon.succession_verbs):
                continue  # "X, who served as Acme's CTO, has left to join Y": a role X had
            rel = self.facts.make(
                relation, person_arg, org, conjoined, sent, "title-" + relation, confidence, document, date, modal=False
            )
            if rel is not None:
                yield rel

    def _holder(self, token: Token, found: DocMentions) -> Span | None:
        """The name a title's holder goes by: "he served as CEO of X" is the person "he" stands for."""
        return found.at(token) or self.coref.person(token, found)

    def _appointing_verb(self, title: Token) -> Token | None:
        """The verb of "served as president", "was promoted to chief executive", and of
        "will succeed Y as chief executive" however the parser hangs "as"."""
        if title.dep_ != "pobj":
            return None
        verb = title.head.head
        if verb.dep_ == "dobj" and title.head.lower_ == "as":
            verb = verb.head  # "Acme appoints Jane Roe as CEO", "as" hung on the one appointed
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if title.head.lower_ == "as" or (title.head.lower_ == "to" and verb.lemma_.lower() in _PROMOTION_VERBS):
            return verb
        return None

    def _title_holders(self, title: Token, person: Span, found: DocMentions) -> list[Span]:
        """"X will succeed Y as chief executive", "X will become Acme's CEO, succeeding Y",
        "Acme replaced chief executive Y with X": whoever is succeeded held the title too,
        and whoever replaces its holder takes it."""
        verbs = self.lexicon.succession_verbs
        if title.dep_ == "pobj" and title.head.lower_ == "as":
            clause = self._appointing_verb(title) or title.head.head
        elif title.dep_ in ("attr", "oprd"):
            clause = title.head
        elif title.dep_ == "compound" and person.root.dep_ == "dobj":
            clause = person.root.head
        elif title.dep_ == "compound" and person.root.dep_ in ("nsubj", "nsubjpass"):
            # "CEO Jane Roe will step down and be replaced by John Doe": whoever replaces her
            holders = [
                p for verb in (person.root.head, *(v for v in person.root.head.subtree if v.dep_ == "conj"))
                if verb.lemma_.lower() in verbs and any(c.dep_ == "auxpass" for c in verb.children)
                and (verb == person.root.head or not any(c.dep_ in syntax.SUBJECT_DEPS for c in verb.children))
                for a in verb.children if a.dep_ == "agent" for p in syntax.agent_objects(a)
            ]
            return [s for t in holders if (s := found.at(t)) is not None and s != person and found.type_of(s) == "Person"]
        else:
            return []
        tokens: list[Token] = []
        if clause.lemma_.lower() in verbs:
            tokens += syntax.prep_objects(clause, {"with", "by"}) if title.dep_ == "compound" else syntax.objects(clause)
        if title.dep_ != "compound" and _past(clause):
            return []  # "X took over as CEO in January, succeeding Y": Y held it until then
        for c in clause.children:
            if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in verbs:
                tokens += syntax.objects(c)
        holders: list[Span] = []
        for token in tokens:
            span = found.at(token)
            if span is not None and span != person and found.type_of(span) == "Person" and span not in holders:
                holders.append(span)
        return holders


def _unlisted_name(title: Token, title_vocabulary: frozenset[str]) -> list[Arg]:
    """"Contoso CEO Maria Lopez", "Contoso Chief Executive Maria Lopez": a proper noun
    right before a title names the employer, even when the entity recognizer missed it."""
    doc = title.doc
    end = title.i
    while end > sentence_of(title).start and doc[end - 1].lower_ in title_vocabulary:
        end -= 1
    start = end
    while (
        start > sentence_of(title).start
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].lower_ not in title_vocabulary
    ):
        start -= 1
    if start == end:
        return []
    span = doc[start:end]
    if any(t.ent_type_ in ("NORP", "GPE", "LOC") or t.ent_type_ in syntax.NOT_THING_LABELS for t in span):
        return []  # "the Ecuadoran minister", "the Ohio senator": no company
    return [Arg(Mention(span.text, span.start_char, span.end_char, "Organization"), span.root)]


def _in_relative_of(token: Token, person: Token) -> bool:
    """"Cornell, who has led Target for 11 years, will become executive chair", "Fernandez,
    a 36-year Unilever veteran, replaced X as CEO": a name in a relative clause or an
    apposition on the person."""
    return any(a.dep_ in ("relcl", "appos") and a.head == person for a in token.ancestors)


def _in_a_later_relative_clause(company: Span, person: Span) -> bool:
    """"CEO X said ... for the company, which has lost subscribers to rivals KT and LG Uplus":
    a company named in a relative clause after the person's is no candidate employer."""
    return company.start > person.end and any(a.dep_ == "relcl" for a in company.root.ancestors)


def _came_from(token: Token, person: Token) -> bool:
    """"CEO Jane Roe, who joined from Contoso in 2022": where the person was before;
    "X, who left Contoso in October, will report to CEO Y": where anyone was before."""
    return (token.dep_ == "pobj" and token.head.lower_ == "from" and _in_relative_of(token, person)) or (
        token.dep_ == "dobj" and token.head.lemma_.lower() in _LEAVING_VERBS
    )


def _has_left(person: Token, company: str, found: DocMentions, succession_verbs: frozenset[str]) -> bool:
    """"X, who served as Acme's CTO, has left to join Y", "X has stepped down": who has
    left holds none of the roles the sentence gives them, or, when it says what they left,
    none there; nor does one who was replaced."""
    verb = person.head
    if person.dep_ == "dobj" and verb.lemma_.lower() in succession_verbs and _past(verb):
        return True  # "Acme replaced chief executive X with Y", "Y succeeded X as CEO"
    stepped_down = verb.lemma_.lower() == "step" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "aside") for c in verb.children
    )
    if person.dep_ != "nsubj" or (verb.lemma_.lower() not in _LEAVING_VERBS and not stepped_down):
        return False
    if not _past(verb):
        return False  # "will leave at the end of the year": holds them still
    left = [found.at(t) for t in syntax.objects(verb)]
    return not left or any(span is not None and span.text == company for span in left)


def _past(verb: Token) -> bool:
    """"left", "has left", "had stepped down": done, not to come."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _in_name_phrase(company: Span, person: Span) -> bool:
    """"former Amgen scientist Rachel Okafor, who serves as CEO": a company in the words
    before the person's name goes with the title written there, not with another."""
    return company.end <= person.start and person.root in company.root.ancestors
