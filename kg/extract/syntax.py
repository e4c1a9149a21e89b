"""Grammar over spaCy's dependency parse: who is the subject of a verb through passives,
control verbs and coordination, what its objects are, which words a preposition governs.

Nothing here knows a relation or an entity type; ``relations`` and ``coref`` ask these
questions of the parse and decide what the answers mean.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "appos", "parataxis")
# Dependencies a noun trigger climbs through to reach its clause's verb.
CLIMB_DEPS = ("pobj", "prep", "dobj", "attr", "oprd", "acomp", "npadvmod", "appos", "agent")
# "Boise-based", "Seoul-headquartered": the words that seat a company in a place
SEAT_WORDS = frozenset({"based", "headquartered"})
RELATIVE_PRONOUNS = ("which", "who", "that", "whom", "whose")
# Entity labels of amounts, dates and nationalities: no company, person or place
NOT_THING_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP"})
SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "write", "explain"})
# Prepositions that start another event or a comparison inside a noun phrase.
_TIME_AND_COMPARISON = frozenset({"since", "after", "before", "until", "than", "like", "unlike", "despite"})


def word_children(token: Token) -> list[Token]:
    """The children of a hyphenated word's parts ("Nvidia's co-founder" parses as
    "co", "-", "founder", with the possessor on "co")."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    return [c for part in doc[start : token.i + 1] for c in part.children if not start <= c.i <= token.i]


def speaks_for(token: Token) -> bool:
    """"..., Chairman Akio Toyoda said", "the Taiwanese company said": the subject of a verb of saying."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERBS


def listens(token: Token) -> bool:
    """"CEO X told Reuters", "told analysts at Morgan Stanley", "told CNBC's Closing Bell":
    whom a speaker tells."""
    if token.dep_ == "poss":
        token = token.head
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    return token.dep_ in ("dobj", "dative", "pobj") and verb.lemma_.lower() in ("tell", "brief")


def cited(token: Token) -> bool:
    """"according to Handelsblatt", "information from Reuters", "as first reported by
    Bloomberg": the source a report is credited to, which is no party to what it reports."""
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    governor = preposition.head
    if preposition.lower_ == "to":
        return governor.lower_ == "according"
    if preposition.lower_ == "from":
        return governor.pos_ == "NOUN" and governor.lemma_.lower() in _SOURCE_NOUNS
    return preposition.lower_ == "by" and governor.lemma_.lower() in ("report", "publish")


_SOURCE_NOUNS = frozenset({"information", "report", "data", "reporting", "filing", "citation"})


def name_parts(span: Span) -> Iterator[Span]:
    """The shorter names inside a name, longest first: "New York Stock Exchange" gives
    "New York Stock", ..., "New York", ..., "Exchange"."""
    for size in range(min(len(span) - 1, 3), 0, -1):
        for start in range(span.start, span.end - size + 1):
            yield span.doc[start : start + size]


def is_possessor(token: Token) -> bool:
    """"X's" as a possessor, whichever apostrophe: spaCy parses "X’s" as nmod + case."""
    return token.dep_ == "poss" or (token.dep_ == "nmod" and any(c.dep_ == "case" for c in token.children))


_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBD", "CD", "$", "RB", "HYPH"})


def possessor_before(noun: Token, start: int) -> list[Token]:
    """"Gilead Sciences' planned $5.8 billion takeover": the owner right before the noun's
    modifiers, read from the words where the parser lost it (it made "planned" a verb);
    ``start`` is where the noun's sentence starts."""
    i = noun.i - 1
    while i > start and noun.doc[i].tag_ in _MODIFIER_TAGS:
        i -= 1
    return [noun.doc[i - 1]] if i > start and i < noun.i - 1 and noun.doc[i].tag_ == "POS" else []


def comma_conjunct(noun: Token, name_end: int) -> bool:
    """"Helios, AMD's AI platform", parsed as two conjuncts: a noun set off by a comma right
    after the name (ending at ``name_end``) it is a conjunct of, with no "and" between them,
    is an apposition."""
    return (
        noun.dep_ == "conj" and noun.left_edge.i - 1 == name_end and noun.doc[name_end].text == ","
        and not any(c.dep_ == "cc" for c in noun.head.children)
    )


def group_antecedent(pronoun: Token) -> list[Token]:
    """"Honda and Nissan said they ...": the coordinated subject a plural pronoun stands
    for; "The two companies said they ...": the plural noun."""
    current = pronoun.head
    for _ in range(10):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c != pronoun]
        if subjects and subjects[0].conjuncts:
            return expand(subjects[:1])
        if subjects and subjects[0].tag_ == "NNS":
            return subjects[:1]
        if current.head == current:
            break
        current = current.head
    return []


def first_conjunct(token: Token) -> Token:
    """The first member of the coordination ``token`` is in ("A, B and C": A), or ``token``."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def gerund_subject(token: Token) -> bool:
    """"with Nvidia supplying the GPUs and Cisco providing the network", parsed with Cisco
    as a second object: a name in a list right before a gerund of the next clause that has
    no subject is that gerund's subject."""
    doc = token.doc
    if token.dep_ != "conj" or token.pos_ != "PROPN" or token.i + 1 >= len(doc):
        return False
    verb = doc[token.i + 1]
    return verb.tag_ == "VBG" and verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def list_members(token: Token) -> list[Token]:
    """The other members of the list a noun is in."""
    first = first_conjunct(token)
    return [t for t in (first, *first.conjuncts) if t != token]


def after_comma_and(conjunct: Token) -> bool:
    """"..., and C": the conjunction that introduces ``conjunct`` follows a comma."""
    doc = conjunct.doc
    cc = next((c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i), None)
    return cc is not None and cc.i > 0 and doc[cc.i - 1].text == ","


def comma_between(first: Span, second: Span) -> bool:
    """Only a comma, and the second name's own modifiers, stand between the two:
    "Waxhaw, S.C.", "Mohammadia, south-east Algeria"."""
    between = first.doc[first.end : second.start]
    if not len(between) or between[0].text != ",":
        return False
    return all(second.root.is_ancestor(t) for t in between[1:])


def lone_conjunct(head: Token, child: Token) -> bool:
    """"BANGKOK, Thailand" parsed as a list of one: no "and", no third member."""
    return (
        child.dep_ == "conj"
        and not any(c.dep_ in ("cc", "conj") for c in child.children)
        and sum(c.dep_ in ("cc", "conj") for c in head.children) == 1
    )


def next_prep_objects(span: Span, words: frozenset[str]) -> list[Token]:
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


def infinitives(noun: Token) -> list[Token]:
    """The "to" verbs that complete a noun: "a deal to supply X", "talks to buy X", "a deal
    worth $2 billion to supply X" (hung on "worth")."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ == "VERB"]
    verbs += [x for c in noun.children if c.dep_ == "amod" for x in c.children if x.dep_ == "xcomp"]
    return [v for v in verbs if any(a.lower_ == "to" for a in v.children if a.dep_ == "aux")]


def modifiers(noun: Token) -> list[Token]:
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


def describing_nouns(name: Span) -> list[Token]:
    """Common nouns the text says a name is: "foundry TSMC", "TSMC, the contract chipmaker",
    "the contract chipmaker TSMC", "TSMC is a foundry"."""
    root = name.root
    out = [c for c in root.children if c.pos_ == "NOUN" and (c.dep_ == "appos" or (c.dep_ == "compound" and c.i < name.start))]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        out.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        out.extend(c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    return out


def expand(tokens: list[Token]) -> list[Token]:
    """Each token, its conjuncts, and the names a plural noun lists."""
    out: list[Token] = []
    tokens = [led for token in tokens for led in (leaders(token) or [token])]
    for token in tokens:
        # "MET-097i, a GLP-1 drug, and MET-233i": the next name hangs on the apposition
        described = [c for a in token.children if a.dep_ == "appos" for c in a.conjuncts if c.pos_ == "PROPN"]
        # "with German carmaker BMW, French advertising group Publicis and Grab": the second
        # described name parsed as an apposition to the first one's
        described += [
            x for a in token.children if a.dep_ == "appos" and a.pos_ == "NOUN"
            for p in a.children if p.dep_ == "appos" and p.pos_ == "PROPN" and p.i > a.i for x in (p, *p.conjuncts)
        ]
        # "led by Uber and Khosla Ventures", parsed with Uber as a modifier of Ventures
        joined = [
            c for c in token.children
            if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(x.dep_ == "cc" and x.i > c.i for x in c.children)
        ]
        # "rivals such as Nebius and Crusoe": every example after the first
        examples = [
            x for c in token.children if token.tag_ == "NNS" and c.dep_ == "prep" and c.lower_ in ("including", "like", "as")
            for p in c.children if p.dep_ == "pobj" for x in p.conjuncts
        ]
        if token.tag_ == "NNS" and token.dep_ == "pobj" and not examples:
            # "agreements with AI companies this year, including OpenAI", hung on the agreements
            # or on "a string of" them
            governors = [token.head.head]
            if governors[0].dep_ == "pobj" and governors[0].head.lower_ == "of":
                governors.append(governors[0].head.head)
            examples = [
                x for g in governors for c in g.children if c.dep_ == "prep" and c.lower_ == "including" and c.i > token.i
                for p in c.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)
            ]
        for t in (token, *token.conjuncts, *listed_names(token), *described, *joined, *examples):
            if t not in out and not (t != token and gerund_subject(t)):
                out.append(t)
    return out


_GROUP_NOUNS = frozenset({"group", "consortium", "syndicate"})


def participle_agents(noun: Token, lemma: str | None = None) -> list[Token]:
    """"a funding round led by X": the agents of a participle after the noun (of ``lemma``
    only, when given); "a venture 51% owned by X and 49% by Y" has Y too, its verb left out."""
    return [
        p for c in noun.children if c.dep_ == "acl" and (lemma is None or c.lemma_.lower() == lemma)
        for a in c.children if a.dep_ == "agent" or (a.dep_ == "conj" and a.pos_ in ("NOUN", "NUM"))
        for p in (a.children if a.dep_ == "agent" else prep_objects_of(a, frozenset({"by"}))) if p.dep_ == "pobj"
    ]


def leaders(noun: Token) -> list[Token]:
    """"a group of lenders led by JPMorgan and Blackstone", "a consortium led by X", "the
    consortium formed by X and Y": who leads or formed the group acts for it."""
    if noun.lemma_.lower() not in _GROUP_NOUNS or noun.pos_ != "NOUN":
        return []
    led = participle_agents(noun, "lead") or participle_agents(noun, "form") or [
        p for member in prep_objects_of(noun, frozenset({"of"})) for p in participle_agents(member, "lead")
    ]  # "the consortium formed by A, B and C": its members act for it
    # "The group, led by chief executive Pascal Soriot, ...": a company its chief runs
    return [t for p in led for t in (p, *p.conjuncts) if not _titled(t)]


def leads_group(token: Token) -> bool:
    """Whether ``token`` is one of the names :func:`leaders` gives for a group noun."""
    first = token
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    agent = first.head
    return (
        first.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.dep_ == "acl"
        and agent.head.head.lemma_.lower() in _GROUP_NOUNS
    )


def _titled(name: Token) -> bool:
    """"chief executive Pascal Soriot", "CEO Jane Roe": a title before a name."""
    return any(
        c.dep_ in ("compound", "amod") and (c.is_lower or (c.is_upper and len(c) > 1))
        for w in name.lefts for c in (w, *w.subtree)
    )


def listed_names(noun: Token) -> list[Token]:
    """"backers Thrive Capital and Andreessen Horowitz": the names set right after a plural
    noun, in apposition or, as the parser often has it, left hanging."""
    if noun.tag_ != "NNS":
        return []
    appos = next((c for c in noun.children if c.dep_ == "appos"), None)
    if appos is None:
        doc = noun.doc
        end = noun.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        if end == noun.i + 1 or doc[end - 1].dep_ not in ("dep", "appos"):
            return []
        appos = doc[end - 1]
    return [appos, *appos.conjuncts]


def clause_verb(token: Token) -> Token:
    """The verb a noun trigger belongs to: "is in talks with" -> "is"."""
    current = token
    for _ in range(8):
        if (current.pos_ in ("VERB", "AUX") and current.dep_ != "prep") or current.dep_ in SUBJECT_DEPS or current.head == current:
            return current  # "signed contracts with X, including a deal with Y": "including" is no clause of its own
        if current.dep_ not in CLIMB_DEPS and current.dep_ != "conj":
            return current
        current = current.head
    return current


def agent_objects(agent: Token) -> list[Token]:
    """Who "by" names: its object; in "owned by holding company X", parsed as a gerund
    ("by holding [company X]"), the name the gerund's object is."""
    return [p for p in agent.children if p.dep_ == "pobj"] + [
        o for g in agent.children if g.dep_ == "pcomp" and g.tag_ == "VBG" for o in g.children
        if o.dep_ == "dobj" and o.pos_ == "PROPN"
        and any(k.dep_ == "compound" and k.pos_ == "NOUN" and k.i == g.i + 1 for k in o.children)
    ]


def adjectival_passive_agents(trigger: Token) -> list[Token]:
    """"X is majority-owned by Y", "X, majority-owned by Y,": a participle parsed as an
    adjective, with its agent."""
    if trigger.dep_ not in ("acomp", "amod"):
        return []
    return [p for c in trigger.children if c.dep_ == "agent" for p in agent_objects(c)]


def subjects(trigger: Token, commitments: frozenset[str] = frozenset()) -> list[Token]:
    """Who does what ``trigger`` says, through passives, control verbs, coordination and
    gerunds; with ``commitments``, also through "signed a deal to supply X" (the one who
    signed), "Acme's plan to buy X" (Acme)."""
    agents = adjectival_passive_agents(trigger)
    if agents:
        return agents
    if trigger.pos_ == "ADV":
        # "X is running the study together with Y"; "X, together with Y, sued Z"
        current = trigger.head
        for _ in range(4):
            if current.dep_ in SUBJECT_DEPS and current.pos_ in ("PROPN", "NOUN", "PRON"):
                return [current]
            if current.pos_ in ("VERB", "AUX") or current.head == current:
                break
            current = current.head
        trigger = current
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else clause_verb(trigger)
    if verb.pos_ not in ("VERB", "AUX"):
        # "Albertsons already partners with X", parsed as a noun at the root with a subject
        return [c for c in verb.children if c.dep_ == "nsubj"] if verb.dep_ == "ROOT" and verb.tag_ == "NNS" else []
    active_conjunct = controlled = False
    for _ in range(4):
        if (
            verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN"
            and not any(c.dep_ in ("agent", "dobj", "nsubj") for c in verb.children)
            and any(c.dep_ == "prep" for c in verb.children)
        ):
            return [verb.head]  # "Uber partnered with Baidu ...", parsed as a name and its participle
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.dep_ in ("acl", "advcl", "csubj") and verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children)
        ) or _passive_conjunct(verb)
        if passive and not (active_conjunct or controlled):
            agents = [p for c in verb.children if c.dep_ == "agent" for p in agent_objects(c)] or [
                p for v in verb.children if v.dep_ == "conj" and v.tag_ == "VBN"  # "owned and controlled by X"
                for c in v.children if c.dep_ == "agent" for p in agent_objects(c)
            ]
            if agents and verb.dep_ == "acl" and verb.head.lower_ in PERCENT_WORDS:
                # "is 51 percent owned by X and 49 percent by Y", parsed with the second share on the first
                agents += [
                    p for share in verb.head.conjuncts for c in share.children
                    if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"
                ]
            if agents:
                return agents
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] or [
            c for c in verb.children if c.dep_ == "compound" and c.i < verb.i  # "Anysphere competes", misparsed
        ]
        if subjects and not passive:
            if verb.dep_ == "relcl" and verb.head.dep_ == "conj" and any(s.lower_ in ("which", "who") for s in subjects) and (
                (verb.tag_ == "VBP" and verb.lemma_ != "be") or any(c.lower_ in ("jointly", "together") for c in verb.children)
            ):
                subjects = subjects + [verb.head.head]  # "A and B, which jointly own C": both own it
            return subjects + [
                p for c in verb.children if c.dep_ == "prep" and (
                    c.lower_ == "alongside" or (c.lower_ == "with" and any(a.lower_ == "together" for a in c.children))
                ) for p in c.children if p.dep_ == "pobj"
            ] + [  # "X started the company together with Y", "X took Y private alongside Z": Y did too; "X took part, as did Y": so did Y
                p for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "do"
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for p in c.children if p.dep_ == "nsubj"
            ]
        if passive and (active_conjunct or controlled):
            # "X was founded in 2022 and has partnered with Y", "X is set to join": the
            # passive's subject does both
            return [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.i > 0 and gerund_subject(verb.doc[verb.i - 1]):
            return [verb.doc[verb.i - 1]]
        if verb.dep_ == "xcomp" and not passive:
            chosen = [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i < verb.i]
            if chosen:
                return chosen  # "Vodafone picked Ericsson to supply radio equipment": the one picked
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb:
            active_conjunct = verb.dep_ == "conj" and not passive
            controlled = verb.dep_ == "xcomp"
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
        if infinitive and noun.ent_type_ == "MONEY" and noun.head.lower_ == "worth" and noun.head.dep_ == "amod":
            noun = noun.head.head  # "an agreement worth $3 billion to supply X", the verb hung on the amount
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
        if (
            infinitive and not passive and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX")
            and (noun.pos_ == "NUM" or noun.ent_type_ == "MONEY")
        ):
            verb = noun.head  # "Acme is paying $2.1 billion to buy X": who pays buys
            continue
        if verb.dep_ in ("relcl", "acl") and not passive:
            return []
        break
    return []


def _passive_conjunct(verb: Token) -> bool:
    """"X, which is owned by Y and chaired by Z": a participle with its own agent, joined to
    a passive, is passive too."""
    return (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def objects(trigger: Token) -> list[Token]:
    if adjectival_passive_agents(trigger):
        if trigger.dep_ == "amod":
            return [trigger.head]
        return [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "auxpass" for c in trigger.children) or _passive_conjunct(trigger):
        done_to = [c for c in trigger.children if c.dep_ == "nsubjpass"] or [
            c for a in (trigger, *(a for a in trigger.children if a.dep_ == "auxpass"))
            for c in a.children if c.dep_ == "nsubj"
        ]  # "X is 20% owned by Y", parsed with an active subject, on the verb or on "is"
        if not done_to and trigger.dep_ == "conj":
            # "X, which was spun out of Y and is run by Z": the first passive's subject
            done_to = [c for c in trigger.head.children if c.dep_ == "nsubjpass"]
        return done_to
    objects = [measured(c) for c in trigger.children if c.dep_ in ("dobj", "attr")]
    # "Nvidia, whose chips Meta has bought": what the clause does is to the chips, not to its noun
    whose = trigger.dep_ == "relcl" and any(t.lower_ == "whose" for t in trigger.doc[trigger.left_edge.i : trigger.i])
    if (
        not objects and not whose and trigger.dep_ == "relcl" and trigger.pos_ == "VERB" and trigger.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "nsubj" for c in trigger.children)
        and not any(c.lower_ in RELATIVE_PRONOUNS for c in trigger.children)  # "which first bought into X": no gap
        and not any(
            c.dep_ in ("dative", "ccomp", "xcomp") or c.lower_ in ("where", "when", "why")
            or (c.dep_ == "prep" and not any(p.dep_ in ("pobj", "pcomp") for p in c.children))  # "the firm it partnered with"
            for c in trigger.children
        )
    ):
        return [trigger.head]  # "Hyperion, a data-center complex it is building": the clause's object is its noun
    if not objects and not whose and trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN":
        objects = [trigger.head]
        if trigger.head.lower_ in PERCENT_WORDS and trigger.head.dep_ == "attr":
            # "a venture that is 51 percent owned by X", parsed as "is [51 percent owned by X]"
            objects = [c for c in trigger.head.head.children if c.dep_ == "nsubj"] or objects
    elif (
        not objects and trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and trigger.i >= 2
        and trigger.doc[trigger.i - 1].text == "," and trigger.doc[trigger.i - 2].pos_ == "PROPN"
        and trigger.doc[trigger.i - 2].dep_ == "pobj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    ):
        objects = [trigger.doc[trigger.i - 2]]  # "For Orange, led by X since 2022, ...": the name the participle follows
    elif (
        not objects and trigger.dep_ in ("advcl", "csubj") and trigger.tag_ == "VBN" and trigger.i < trigger.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in trigger.children)
    ):
        # "Founded in 2016 by Jane Roe, Acme supplies ...": the clause's subject is what was founded
        objects = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return objects


PERCENT_WORDS = frozenset({"%", "percent", "cent", "pct"})  # "15 per cent", which the recognizer may call money


def measured(token: Token) -> Token:
    """"$100 million of its stock", "$350 million worth of Acme stock": what an amount
    measures is the object; the amount is a qualifier. A percentage of a company stays
    the object: it is the stake."""
    percentage = token.ent_type_ == "PERCENT" or token.lower_ in PERCENT_WORDS
    if not percentage and token.pos_ == "NUM":
        per_cent = [p for p in prep_objects_of(token, frozenset({"per"})) if p.lower_ in PERCENT_WORDS]
        if per_cent:
            return per_cent[0]  # "the remaining 80 per cent", parsed with "per cent" on the number
    if not percentage and (token.pos_ == "NUM" or token.lower_ == "worth" or token.ent_type_ == "MONEY"):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        measured_thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if measured_thing is not None:
            return measured_thing
    if token.pos_ == "ADJ" and token.lower_ in ("private", "public"):
        named = [c for c in token.children if c.dep_ == "compound"]
        if named:
            return named[-1]  # "took Zeta Systems private", the name parsed as the adjective's modifier
    return token


def prep_objects(trigger: Token, words: set[str]) -> list[Token]:
    """Objects of the trigger's prepositions; for a noun trigger also its verb's."""
    hosts = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "pobj", "attr"):
        hosts.append(trigger.head)
    if trigger.pos_ == "VERB":
        hosts.extend(c for c in trigger.children if c.dep_ in ("dobj", "oprd") or (
            c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == trigger.i + 1 and any(o.dep_ == "dobj" for o in c.children)
        ))  # "supplies cooling hardware to X", parsed with "cooling" as a verb
    out = []
    for host in hosts:
        for child in host.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in words:
                out.extend(agent_objects(child) if child.dep_ == "agent" else (p for p in child.children if p.dep_ == "pobj"))
                out.extend(
                    s for c in child.children if c.dep_ == "pcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN"
                )  # "signed contracts with Nokia to modernize its network", parsed as "with [Nokia to modernize]"
    if not out:
        for host in hosts[1:] if trigger.pos_ == "VERB" else hosts[:1]:
            out.extend(phrase_preps(host, words))
    if not out and trigger.pos_ in ("NOUN", "PROPN", "ADV") and trigger.i + 1 < len(trigger.doc):
        # "a briefing at NRC headquarters in Rockville": the parser hangs "in" on "briefing";
        # "together with X": on whatever "together" hangs on
        after = trigger.doc[trigger.i + 1]
        if after.dep_ == "prep" and after.lower_ in words:
            out.extend(p for p in after.children if p.dep_ == "pobj")
    if not out and trigger.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.lower_ in words and not any(p.dep_ == "pobj" for p in c.children) for c in trigger.children
    ):
        out.append(trigger.head)  # "the firm it partnered with": the preposition's object is what the clause is on
    if not out and trigger.dep_ == "relcl" and words & {"in", "at"} and any(
        c.lower_ == "where" and c.dep_ == "advmod" for c in trigger.children
    ):
        out.append(trigger.head)  # "in Suzhou, where the company is headquartered"
    if not out and trigger.dep_ == "pcomp" and trigger.head.lower_ == "with" and trigger.head.head.pos_ == "VERB":
        # "X owns 51 percent of Y, with Z holding the remaining 49 percent": of Y too
        out = prep_objects(trigger.head.head, words)
    return out


def phrase_preps(host: Token, words: set[str]) -> list[Token]:
    """Prepositional objects deeper inside a noun phrase, not crossing into a clause:
    "a contract worth up to $11.9 billion with OpenAI"."""
    found: list[Token] = []
    todo = [c for c in host.children if c.dep_ not in CLAUSE_DEPS]
    while todo:
        token = todo.pop(0)
        if token.pos_ in ("VERB", "AUX") or token.lower_ in _TIME_AND_COMPARISON:
            continue  # "its biggest deal since its merger with X": that merger's partner
        if token.dep_ == "prep" and token.lower_ in words:
            found.extend(p for p in token.children if p.dep_ == "pobj")
            continue
        todo.extend(c for c in token.children if c.dep_ not in CLAUSE_DEPS)
    return found



def hung_on_governor(noun: Token, after: Token, words: set[str] | frozenset[str]) -> list[Token]:
    """"signed a deal to supply batteries worth $10 billion to X": the parser hangs "to X" on
    the verb the deal is the object of; the phrases after ``after`` there."""
    if noun.dep_ != "dobj":
        return []
    return [o for o in prep_objects(noun.head, set(words)) if o.i > after.i]


def prep_objects_of(token: Token, words: frozenset[str]) -> list[Token]:
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in words for p in expand([x for x in c.children if x.dep_ == "pobj"])]


def appos_holder(trigger: Token) -> list[Token]:
    """Who the noun describes: "X, a unit of Y", "X is a unit of Y", "marking X as Y's partner"."""
    if trigger.dep_ == "appos":
        return [trigger.head]
    if trigger.dep_ == "conj" and trigger.pos_ == "NOUN" and trigger.head.dep_ == "appos":
        return [trigger.head.head]  # "X, a holding company and Y's largest shareholder"
    if trigger.dep_ == "attr":
        if any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.i < trigger.i for c in trigger.head.children):
            return []  # "X is a shareholder in Y, a venture with Z": the second is Y's apposition, misparsed
        doc, left = trigger.doc, trigger.left_edge.i
        if left >= 2 and doc[left - 1].text == "," and any(c.dep_ == "xcomp" and c.i < left for c in trigger.head.children):
            # "X is to inject ¥80 billion into Y, its subsidiary": Y's apposition, misparsed
            before = doc[left - 2] if doc[left - 2].text != ")" else doc[left - 3]
            return [before] if before.pos_ == "PROPN" else []
        return subjects(trigger.head) if trigger.head.pos_ in ("VERB", "AUX") else []
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ == "one":
        return appos_holder(trigger.head.head)  # "X is one of Y's largest shareholders"
    if trigger.dep_ in SUBJECT_DEPS and (left := trigger.left_edge.i) >= 2:
        doc = trigger.doc
        name = doc[left - 2]
        if doc[left - 1].text == "," and name.pos_ == "PROPN" and name.head == trigger.head and name.dep_ in ("advcl", "npadvmod", "dep"):
            return [name]  # "Stargate, the venture formed by ..., has pledged", the name parsed as a clause of its own
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "as":
        governor = trigger.head.head
        objects = [c for c in governor.children if c.dep_ == "dobj"]
        if objects or governor.pos_ not in ("VERB", "AUX"):
            return objects
        if governor.dep_ == "acl":
            return [governor.head]  # "the AI company set up as a unit of Y": the company
        return subjects(governor)  # "X operates as a unit of Y", "X was set up as a unit of Y"
    return []


def title_cased(sent: Span) -> bool:
    """"GM Is Selling Its Share of the Plant to LG": a headline in title case, where a
    capital letter does not tell a name."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words) and any(
        t.is_stop and t.text[:1].isupper() and t.i > sent.start and t.pos_ != "PROPN" for t in sent
    )  # "Harrington taught at Harvard University" is no headline: it has no capitalized "Is", "Its" or "With"


def quoted(token: Token) -> bool:
    """Whether ``token`` is inside a quotation of its sentence ("... Pony.ai brings
    technology," CEO X said): what a speaker quotes is not who the speaker is."""
    opened = False
    for t in token.sent[: token.i - token.sent.start]:
        if t.text in ("“", "”", '"'):
            opened = t.text == "“" or (t.text == '"' and not opened)
    return opened


def ended_role(noun: Token, words: frozenset[str], holder: Span | None = None) -> bool:
    """Whether a title or role noun is said of the past: "former CEO X", "the former head of
    Y", "a onetime Nike executive", also when the parser hung "former" on the holder's name
    or on the noun a compound title modifies."""
    near = [c for n in (noun, *noun.conjuncts) for c in n.children]
    near += [g for c in near if c.dep_ == "compound" and c.i < noun.i for g in c.children if g.i < c.i]  # "its onetime COVID-19 vaccine rival"
    head = noun
    while head.dep_ == "compound" and head.head != head:
        head = head.head
        near += [c for c in head.children if c.i < noun.i]
    if holder is not None:
        near += [c for c in holder.root.children if c.i < holder.start]
    return any(c.dep_ in _ROLE_MODIFIER_DEPS and c.lower_ in words for c in near)


_ROLE_MODIFIER_DEPS = frozenset({"amod", "advmod", "compound", "nmod"})
