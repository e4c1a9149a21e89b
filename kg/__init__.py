"""kg: news articles in, a provenance-first RDF knowledge graph out.

The package is the pipeline: ingest -> nlp -> extract -> resolve -> graph -> store ->
export / render / query. Each stage is a module with a small typed API.
"""

from __future__ import annotations

import os

# spaCy's small model multiplies small matrices, for which OpenBLAS's extra threads spin
# more than they compute: one thread parsed the bench corpus 13% faster here, and leaves
# the second core to extraction (see kg.nlp.parse). Set before numpy loads; a user's own
# setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"

__all__ = ["__version__"]
