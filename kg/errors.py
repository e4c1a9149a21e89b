"""One exception hierarchy for the library; only ``kg.cli`` turns these into exit codes.

    KgError
     ├── InputError        bad or unreadable input (missing, empty, binary, malformed)
     ├── ExtractionError   the NLP model or the patterns could not be loaded
     ├── StoreError        the store cannot be opened, read or written
     ├── QueryError        a SPARQL query or a query argument is invalid
     └── OntologyError     the ontology or the shapes are inconsistent
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(KgError):
    """An input file, stream or record cannot be used."""


class ExtractionError(KgError):
    """The NLP model or the extraction patterns cannot be loaded."""


class StoreError(KgError):
    """The RDF store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query or a query argument is invalid."""


class OntologyError(KgError):
    """The ontology or the SHACL shapes are missing or inconsistent."""
