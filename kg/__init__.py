"""kg: news articles in, a provenance-first RDF knowledge graph out.

The package is the pipeline: ingest -> nlp -> extract -> resolve -> graph -> store ->
export / render / query. Each stage is a module with a small typed API.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
