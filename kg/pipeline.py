"""The main job: articles in, documents written to the store, one at a time.

This module only wires the stages together (ingest -> nlp -> extract -> resolve ->
graph -> store); each stage does its own work. Inputs are checked before anything is
written, so a missing, empty or binary file stops the build with the store untouched.
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

from pyoxigraph import Store

from kg import graph, ingest, nlp, store
from kg.config import Settings
from kg.extract import Extractor, load_lexicon
from kg.model import Article, ResolvedDocument
from kg.resolve import KnownEntity, Resolver


@dataclass(frozen=True)
class BuildSummary:
    """What a build did, for the summary table."""

    documents: int
    words: int
    entities: int
    facts: int
    relations: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


class Pipeline:
    """The loaded model, extractor and resolver; build once, run over many articles."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = nlp.load_model(settings.model)
        self.extractor = Extractor(self.nlp, load_lexicon(extra_gazetteers=settings.gazetteers))
        self.resolver = Resolver(self.extractor.lexicon, min_confidence=settings.min_confidence)

    def resolve_articles(
        self, articles: Iterable[Article], *, known: dict[str, KnownEntity] | None = None
    ) -> Iterator[ResolvedDocument]:
        """Parse, extract and resolve each article; ``known`` grows as entities appear."""
        known = {} if known is None else known
        parsed = nlp.parse(
            self.nlp, articles, batch_size=self.settings.batch_size, processes=self.settings.processes
        )
        for doc, article in parsed:
            resolved = self.resolver.resolve(self.extractor(doc, article), known=known)
            for entity in resolved.entities:
                for name in (entity.label, *entity.aliases):
                    known.setdefault(name.lower(), KnownEntity(entity.label, entity.type))
            yield resolved


def check_inputs(inputs: Iterable[str]) -> int:
    """Fail before any write when an input file is missing, empty, binary or not UTF-8;
    return how many articles the inputs hold (stdin counts as one)."""
    total = 0
    for path in ingest.iter_input_files(inputs):
        total += 1 if path is None else ingest.check_file(path)
    return total


def build(
    inputs: list[str],
    *,
    target: Store,
    settings: Settings,
    stdin: TextIO | None = None,
    on_document: Callable[[ResolvedDocument], None] | None = None,
) -> BuildSummary:
    """Read, extract and write every input article into ``target``; return a summary."""
    graph.check_base_iri(settings.base_iri)
    check_inputs(inputs)
    started = time.perf_counter()
    pipeline = Pipeline(settings)
    known = {
        name.lower(): KnownEntity(label, type_) for name, label, type_ in store.known_names(target)
    }
    documents = words = 0
    entities: set[str] = set()
    relations: Counter[str] = Counter()
    articles = ingest.read_articles(inputs, stdin=stdin)
    with _model_frozen(), store.DocumentWriter(target) as writer:
        for resolved in pipeline.resolve_articles(articles, known=known):
            quads = graph.document_quads(resolved, base_iri=settings.base_iri)
            writer.put(graph.document_iri(settings.base_iri, resolved.article.id), quads)
            documents += 1
            words += len(resolved.article.text.split())
            entities.update(e.key for e in resolved.entities)
            relations.update(f.predicate for f in resolved.facts)
            if on_document is not None:
                on_document(resolved)
    return BuildSummary(
        documents=documents,
        words=words,
        entities=len(entities),
        facts=sum(relations.values()),
        relations=dict(sorted(relations.items())),
        seconds=time.perf_counter() - started,
    )


@contextmanager
def _model_frozen() -> Iterator[None]:
    """The model and the lexicon outlive the build: keep the garbage collector from
    walking them again on every collection while thousands of documents go through."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
