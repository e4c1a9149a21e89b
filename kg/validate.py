"""Check a graph against the SHACL shapes of the ontology (``ontology/shapes.ttl``).

The shapes are generated from ``ontology/kg.ttl`` by ``scripts/generate_shapes.py``, so a
graph that conforms uses only the ontology's classes and relations, with their domains and
ranges, and every statement carries its provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import pyshacl
from pyshacl.errors import ReportableRuntimeError
from rdflib import RDF, SH, Graph
from rdflib.term import Node

from kg.config import ontology_file
from kg.errors import OntologyError

__all__ = ["ValidationReport", "Violation", "return_code", "validate_graph"]


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, reduced to what a reader needs to fix the data."""

    focus_node: Node
    path: Node | None
    message: str
    severity: str
    value: Node | None = None


@dataclass(frozen=True)
class ValidationReport:
    """Outcome of :func:`validate_graph`; ``text`` is pyshacl's human-readable report."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str


def _parse(name: str) -> Graph:
    path = ontology_file(name)
    try:
        return Graph().parse(path, format="turtle")
    except (SyntaxError, ValueError, OSError) as e:
        raise OntologyError(f"cannot parse {path}: {e}") from e


def _violations(results: Graph) -> tuple[Violation, ...]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        found.append(
            Violation(
                # SHACL gives every result a focus node.
                focus_node=cast(Node, results.value(result, SH.focusNode)),
                path=results.value(result, SH.resultPath),
                message="; ".join(messages),
                severity=str(severity).rpartition("#")[2] if severity else "Violation",
                value=results.value(result, SH.value),
            )
        )
    # pyshacl reports in set order; sort so the same graph always gives the same report.
    return tuple(sorted(found, key=lambda v: (str(v.focus_node), str(v.path), v.message, str(v.value))))


def validate_graph(data: Graph) -> ValidationReport:
    """Validate ``data`` against the kg shapes; ``data`` itself is not modified.

    Types in kg graphs are explicit, so no inference runs; the ontology is mixed in only so
    that ``sh:class`` sees the class hierarchy.
    """
    shapes = _parse("shapes.ttl")
    ontology = _parse("kg.ttl")
    try:
        conforms, results, text = pyshacl.validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            advanced=False,
            meta_shacl=False,
        )
    except ReportableRuntimeError as e:
        raise OntologyError(f"the SHACL shapes cannot be used: {e}") from e
    return ValidationReport(conforms=bool(conforms), violations=_violations(results), text=str(text))


def return_code(report: ValidationReport) -> int:
    """Exit status of ``kg validate``: 0 when the graph conforms, 1 when it has violations.

    This is the one place that maps a report to an exit code; usage errors (2) and other
    failures are the CLI's business.
    """
    return 0 if report.conforms else 1
