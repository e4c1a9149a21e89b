"""Extraction: a parsed ``Doc`` in, the article's mentions, aliases and relations out.

``Extractor`` is built once (it loads and validates the data files) and is a pure
function of each document after that.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.facts import denied_reports, last_word
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.mentions import MentionFinder
from kg.extract.relations import RelationReader
from kg.model import Article, Extraction

__all__ = ["Extractor", "load_lexicon"]


class Extractor:
    """Turns parsed documents into ``Extraction`` records."""

    def __init__(self, nlp: Language, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.finder = MentionFinder(self.lexicon, nlp)
        self.reader = RelationReader(self.lexicon, self.finder)

    def __call__(self, doc: Doc, article: Article) -> Extraction:
        found = self.finder.find(doc)
        def name(text: str) -> str:
            return self.finder.short_name(text) or text

        relations = last_word(tuple(self.reader.read(found, document=article.id, article_date=article.date)), name)
        relations = denied_reports(relations, self.reader.denials(found), name)
        mentions = tuple(found.mention(span) for span in found.spans)
        return Extraction(
            article=article, mentions=mentions, relations=relations, aliases=tuple(found.aliases),
            apart=tuple(sorted(found.apart)),
        )
