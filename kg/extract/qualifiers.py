"""Qualifiers of a statement: dates, amounts, percentages, status and negation.

Dates are normalized against the article's date where the text is relative ("on Monday",
"next year"); amounts become a decimal value and an ISO 4217 currency, with the words
kept when they are vague ("hundreds of billions of New Taiwan dollars").
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from spacy.tokens import Span, Token

from kg.extract import syntax
from kg.extract.lexicon import Lexicon
from kg.model import Qualifiers

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_DATE_FIELDS = {"startDate": "start_date", "endDate": "end_date", "pointInTime": "point_in_time"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def normalize_date(text: str, *, article_date: str | None = None) -> str | None:
    """An ISO date, year-month or year for a date expression, or None.

    >>> normalize_date("November 21, 2025")
    '2025-11-21'
    >>> normalize_date("the end of 2026")
    '2026-12-31'
    >>> normalize_date("early 2025")
    '2025'
    >>> normalize_date("Monday", article_date="2025-11-06")
    '2025-11-03'
    """
    lower = text.lower().replace(",", " ")
    words = lower.split()
    year_match = _YEAR.search(lower)
    month = next((MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS), None)
    if year_match:
        year = int(year_match.group(0))
        if "end of" in lower and month is None:
            return f"{year}-12-31"
        if month is not None:
            day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31 and len(w) <= 2), None)
            if day is not None:
                try:
                    return dt.date(year, month, day).isoformat()
                except ValueError:
                    return None
            return f"{year}-{month:02d}"
        return str(year)
    base = _parse_iso(article_date)
    if base is None:
        return None
    for index, name in enumerate(WEEKDAYS):
        if name in words and isinstance(base, dt.date):
            delta = (base.weekday() - index) % 7
            return (base - dt.timedelta(days=delta)).isoformat()
    year = base.year
    if "next year" in lower:
        return str(year + 1)
    if "last year" in lower or "previous year" in lower:
        return str(year - 1)
    if "this year" in lower:
        return str(year)
    return None


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        return None


class QualifierReader:
    """Reads the qualifiers that attach to one trigger in its sentence."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._doc: object = None
        self._ents: dict[int, tuple[Span, ...]] = {}
        self._texts: dict[int, str] = {}
        self._currencies = sorted(lexicon.currencies.items(), key=lambda kv: -len(kv[0]))

    def _sentence_ents(self, sent: Span) -> tuple[Span, ...]:
        """The entities of a sentence, computed once per sentence of the current document."""
        if sent.doc is not self._doc:
            self._doc, self._ents, self._texts = sent.doc, {}, {}
        if sent.start not in self._ents:
            self._ents[sent.start] = tuple(sent.ents)
        return self._ents[sent.start]

    def _sentence_text(self, sent: Span) -> str:
        self._sentence_ents(sent)
        if sent.start not in self._texts:
            self._texts[sent.start] = sent.text.lower()
        return self._texts[sent.start]

    def read(
        self, trigger: Token, sent: Span, args: tuple[Token, ...], *, article_date: str | None, modal: bool = True,
        ended_is_negated: bool = True,
    ) -> Qualifiers:
        """``ended_is_negated=False`` for relations an end does not undo: talks that ended were held."""
        own = {trigger.i}
        verb = _governing_verb(trigger) if modal else None
        if verb is not None:
            own.add(verb.i)
        anchors = own | {a.i for a in args}
        fields: dict[str, object] = {}
        gapped = {
            a.head.head.i for a in args
            if a.dep_ == "pobj" and a.head.lower_ == "by" and a.head.head.dep_ == "conj"
            and a.head.head.pos_ in ("NOUN", "NUM") and a.head.head.head in (trigger, trigger.head)
        }  # "51% owned by Vodafone and 49% by CK Hutchison": CK Hutchison's is the 49%
        for ent in self._sentence_ents(sent) if gapped else ():
            number = _NUMBER.search(ent.text) if ent.label_ == "PERCENT" else None
            if number and _attached(ent, gapped):
                fields["percentage"] = Decimal(number.group(0).replace(",", ""))
        respective = _respective_amount(self._sentence_ents(sent), args, own) if (
            "respectively" in self._sentence_text(sent)
        ) else None
        for ent in self._sentence_ents(sent):
            if not _attached(ent, anchors if ent.label_ == "DATE" else own):
                continue
            if respective is not None and ent.label_ == "MONEY":
                ent = respective
            if ent.label_ == "DATE":
                role = self._date_role(ent)
                value = normalize_date(ent.text, article_date=article_date)
                field_name = _DATE_FIELDS.get(role or "")
                if value and field_name and field_name not in fields:
                    fields[field_name] = value
            elif ent.label_ == "MONEY" and ent[-1].lower_ in ("cent", "percent") and "percentage" not in fields:
                number = _NUMBER.search(ent.text)  # "80 per cent", which the recognizer may call money
                if number:
                    fields["percentage"] = Decimal(number.group(0).replace(",", ""))
            elif ent.label_ == "MONEY" and "amount" not in fields and "amount_text" not in fields:
                doc = sent.doc
                before = doc[ent.start - 1].text if ent.start > sent.start else ""
                glued = doc[ent.end].text if ent.end < sent.end and not ent[-1].whitespace_ and doc[ent.end].is_alpha else ""  # "£180m"
                fields.update(self.amount(ent.text + glued, following=doc[ent.end : ent.end + 4].text, preceding=before))
            elif ent.label_ == "PERCENT" and "percentage" not in fields:
                number = _NUMBER.search(ent.text)
                if number:
                    fields["percentage"] = Decimal(number.group(0).replace(",", ""))
        if modal:
            words = _modality_words(trigger)
            fields["status"] = self.status(trigger, sent, words)
            fields["negated"] = self.negated(trigger, words, self._cues(ended_is_negated))
        return Qualifiers(**fields)  # type: ignore[arg-type]

    def _date_role(self, ent: Span) -> str | None:
        head = ent.root.head
        if head.dep_ == "prep" and head.head.lemma_.lower() in ("start", "begin", "launch", "commence"):
            return "startDate"
        for _ in range(3):
            word = head.lower_
            if word in self.lexicon.date_roles:
                return self.lexicon.date_roles[word]
            if head.lemma_.lower() in ("start", "begin"):
                return "startDate"
            if head.dep_ in ("pobj", "prep") or head.lower_ in ("end", "the"):
                head = head.head
                continue
            break
        return "pointInTime" if ent.root.dep_ in ("npadvmod", "tmod", "pobj") else None

    def amount(self, text: str, *, following: str = "", preceding: str = "") -> dict[str, object]:
        """Value and currency of a money expression; vague amounts keep their words. The
        recognizer may leave a symbol or a scale outside the expression ("£180m" as "180")."""
        out: dict[str, object] = {}
        joined = f"{preceding} {text} {following}"
        for symbol, code in self._currencies:
            if symbol in joined:
                out["currency"] = code
                break
        lower = text.lower()
        if any(v in lower for v in self.lexicon.vague_amounts) or not _NUMBER.search(text):
            out["amount_text"] = text
            return out
        number = _NUMBER.search(text)
        assert number is not None
        try:
            value = Decimal(number.group(0).replace(",", ""))
        except InvalidOperation:
            out["amount_text"] = text
            return out
        scale = next((w for w in lower.replace("$", " ").split() if w in self.lexicon.scales), None)
        glued = re.match(r"[a-z]+", lower[number.end() :])
        if scale is None and glued is not None and glued.group(0) in self.lexicon.scales:
            scale = glued.group(0)  # "$2bn", "£180m"
        if scale is not None:
            value *= Decimal(str(self.lexicon.scales[scale]))
        out["amount"] = value.normalize() if value == value.to_integral() else value
        if lower.startswith(("up to", "about", "around", "nearly", "almost", "more than", "over")):
            out["amount_text"] = text
        return out

    def status(self, trigger: Token, sent: Span, words: set[str] | None = None) -> str | None:
        """Status from the trigger's own modifiers and the verbs it depends on."""
        cues = self.lexicon.status_cues
        words = _modality_words(trigger) if words is None else words
        sentence = self._sentence_text(sent)
        for status in ("potential", "planned"):
            if any(cue in words for cue in cues[status]):
                return status
        if any(cue in sentence for cue in cues["reported"] if " " in cue) or any(
            cue in words for cue in cues["reported"]
        ):
            return "reported"
        if any(cue in words for cue in cues["confirmed"]):
            return "confirmed"
        return None

    def aim_of_talks(self, trigger: Token) -> bool:
        """"X is in talks to acquire Y", "talks on selling Y to Z": what the talks are about
        has not happened; nor has a stake the talks are to buy ("in talks to buy a stake in Y")."""
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.lemma_.lower() in self.lexicon.stake_nouns:
            trigger = trigger.head
        if trigger.pos_ != "VERB" or trigger.dep_ not in ("acl", "pcomp", "xcomp"):
            return False
        talked = trigger.head.head if trigger.dep_ == "pcomp" and trigger.head.pos_ == "ADP" else trigger.head
        if trigger.dep_ == "pcomp" and talked.pos_ == "VERB":
            # "held talks last year about buying X", the "about" hung on the verb
            return any(c.dep_ == "dobj" and c.lower_ in self.lexicon.talks_nouns for c in talked.children)
        return talked.lower_ in self.lexicon.talks_nouns

    def _cues(self, ended_is_negated: bool) -> frozenset[str]:
        lexicon = self.lexicon
        return lexicon.negation_cues | lexicon.ending_cues if ended_is_negated else lexicon.negation_cues

    def undone_by_its_verb(self, noun: Token, cues: frozenset[str]) -> bool:
        """"Nvidia's acquisition of Arm was cancelled": the verb of a noun in subject position
        can undo it, though it cannot hedge it ("have not been finalized" is no end)."""
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = noun.head
        said = {verb.lemma_.lower(), verb.lower_} | {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
        return bool(said & cues)

    def negated(self, trigger: Token, words: set[str], cues: frozenset[str]) -> bool:
        if any(c.dep_ == "neg" for c in trigger.children) or any(w in cues for w in words if w not in ("no",)):
            return True
        if self._in_denied_report(trigger):
            return True
        if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            return True  # "Alchip, in which TSMC holds no stake"
        if trigger.dep_ == "acl" and trigger.tag_ == "VB" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.head.children):
            return True  # "has no plans to buy X"
        if trigger.lower_ in self.lexicon.talks_nouns and any(
            t.lower_ in self.lexicon.talks_nouns and t != trigger and self.undone_by_its_verb(t, cues)
            for t in trigger.sent
        ):
            return True  # "held talks with X, but the discussions were broken off"
        if self.undone_by_its_verb(trigger, cues) or (
            trigger.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "neg" for c in trigger.head.children)
        ):
            return True
        if trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VB" and self.undone_by_its_verb(trigger.head, cues):
            return True  # "whose bid to buy Capri collapsed": the bid's verb undoes what it was for
        # "since its merger with X collapsed", parsed without a subject for "collapsed"
        after = trigger.right_edge.i + 1
        if trigger.pos_ == "NOUN" and after < len(trigger.doc):
            verb = trigger.doc[after]
            return verb.pos_ == "VERB" and verb.lemma_.lower() in cues and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
            )
        return False

    def asked(self, trigger: Token) -> bool:
        """Whether ``trigger`` is in a clause opened by "whether" ("declined to say whether the
        company had held discussions with X"): a question, of which nothing is stated."""
        clause = trigger
        for _ in range(8):
            if clause.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" for c in clause.children):
                return any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)
            if clause.dep_ == "relcl" or clause.head == clause:
                return False  # "whether Toyota, which has a stake in Uber, pushes ...": the stake is stated
            clause = clause.head
        return False

    def _in_denied_report(self, trigger: Token) -> bool:
        """"Intel denied a rumor that it was in talks with TSMC", "Wistron dismissed as
        groundless market talk that it was negotiating with AMD", "Rivian pushed back on a
        report that it had held talks with Hyundai", "no evidence that X is negotiating with
        Y": a "that" clause on a report its subject denies, or on evidence there is none of;
        "Media reported that ..., but X denied the reports": a report denied right after."""
        clause = trigger
        for _ in range(8):
            if clause.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                break
            if (clause.dep_ == "relcl" and not any(c.dep_ == "mark" for c in clause.children)) or clause.head == clause:
                return False  # a relative clause inside the report is stated, not reported
            clause = clause.head
        else:
            return False
        if clause.dep_ in ("acl", "relcl"):
            report = clause.head
        elif clause.dep_ == "ccomp":  # "pushed back on a report this week that ...", the clause hung on the verb
            report = next((p for p in syntax.prep_objects(clause.head, {"on", "as"}) if p.i < clause.i), None)
            if report is None and any(
                c.dep_ == "conj" and c.lemma_.lower() in self.lexicon.denial_verbs
                and any(o.lemma_.lower() in self.lexicon.report_nouns for o in syntax.objects(c))
                for c in clause.head.children
            ):
                return True  # "Local media reported that ..., but Samsung denied the reports"
        else:
            return False
        if report is None or (report.lemma_.lower() not in self.lexicon.report_nouns and report.lower_ not in ("talk", "evidence")):
            return False
        if any(c.dep_ == "det" and c.lower_ == "no" for c in report.children):
            return True  # "no evidence that ..."
        verb = report.head.head if report.dep_ == "pobj" else report.head
        verbs = [verb, verb.head] if verb.dep_ == "advcl" else [verb]  # "Asked about reports that ..., X denied"
        said = {v.lemma_.lower() for v in verbs} | {
            f"{v.lemma_.lower()} {c.lower_}" for v in verbs for c in v.children if c.dep_ in ("prt", "advmod")
        }
        return bool(said & self.lexicon.denial_verbs)


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head == current:
            return None
        current = current.head
    return None


def _modality_words(trigger: Token) -> set[str]:
    """Lemmas that can change the trigger's modality: its own modifiers and auxiliaries,
    and those of the verbs it depends on, stopping at a subject (a presupposed noun phrase)."""
    words: set[str] = set()
    current = trigger
    coordinated = False
    for _ in range(6):
        for child in current.children:
            if child.dep_ in ("aux", "amod", "advmod", "neg", "auxpass", "det"):
                words.add(child.lower_)
                words.add(child.lemma_.lower())
        if current != trigger and not coordinated:
            if current.pos_ != "ADP":  # "nearing a deal" hedges it, "a road near her hometown" does not
                words.add(current.lemma_.lower())
            # phrasal verbs: "called off", "walked away", "gave up"
            words.update(f"{current.lemma_.lower()} {c.lower_}" for c in current.children if c.dep_ in ("prt", "advmod"))
            # "is in talks on a deal with X": the deal is still being negotiated
            words.update(f"in {o.lower_}" for c in current.children if c.dep_ == "prep" and c.lower_ == "in" and trigger not in c.subtree
                         for o in c.children)
        # "Under the terms being discussed, X would pay Y": terms not yet agreed
        words.update(
            m.lemma_.lower() for c in current.children if c.dep_ == "prep" and c.lower_ == "under"
            for o in c.children for m in o.children if m.dep_ in ("acl", "amod")
        )
        if current.dep_ in ("nsubj", "nsubjpass", "ROOT", "relcl") or current.head == current:
            break
        if current == trigger and (trigger.dep_ in _DESCRIBES or trigger.dep_ == "appos" or (
            trigger.dep_ == "acl" and trigger.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in trigger.children)
        )):
            break  # "the Minneapolis-based retailer would cut jobs": the plan is not the base;
            # "could put pressure on X, Y's main rival": what an apposition says is no plan either
        if current.dep_ == "ccomp" and current.head.i > current.i and current.head.lemma_ == "be":
            break  # "X works with Y, so the deal isn't exclusive": a clause the parser hung on the next one
        if current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            break  # "it won't be the only one: Lucid has also signed a deal": a clause of its own
        coordinated = current.dep_ == "conj" and current.pos_ in ("VERB", "AUX")
        current = current.head  # "called off the merger and sued X": calling off is another event
    return words


_DESCRIBES = frozenset({"amod", "npadvmod", "compound", "poss"})


def _respective_amount(ents: tuple[Span, ...], args: tuple[Token, ...], own: set[int]) -> Span | None:
    """"A and B will invest $5 billion and $10 billion, respectively": each its own amount,
    in the order the names and the amounts are listed."""
    amounts = [
        piece for ent in ents if ent.label_ == "MONEY" and _attached(ent, own)
        for piece in _listed_pieces(ent)
    ]  # "$5 billion and $10 billion", one entity to the recognizer
    if len(amounts) < 2:
        return None
    for arg in args:
        listed = sorted({arg, *arg.conjuncts}, key=lambda t: t.i)
        if len(listed) == len(amounts):
            return amounts[listed.index(arg)]
    return None


def _listed_pieces(ent: Span) -> list[Span]:
    """"$5 billion and $10 billion": the amounts one entity lists."""
    bounds, start = [], ent.start
    for token in ent:
        if token.lower_ in ("and", ",", "or"):
            bounds.append((start, token.i))
            start = token.i + 1
    bounds.append((start, ent.end))
    pieces = [Span(ent.doc, a, b, label=ent.label_) for a, b in bounds if a < b]
    return [p for p in pieces if any(t.like_num for t in p)]


def _attached(ent: Span, anchors: set[int]) -> bool:
    token = ent.root
    for _ in range(5):
        if token.i in anchors:
            return True
        if token.head == token or (token.pos_ == "VERB" and token != ent.root):
            return False
        token = token.head
    return token.i in anchors
