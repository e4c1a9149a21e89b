"""Settings passed down explicitly from the CLI to the stages; no module globals."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError

DEFAULT_BASE_IRI = "https://w3id.org/kg-news/id/"


@dataclass(frozen=True)
class Settings:
    """Everything a build needs to know beyond its inputs."""

    model: str | None = None
    base_iri: str = DEFAULT_BASE_IRI
    batch_size: int = 32
    processes: int = 1
    min_confidence: float = 0.5
    gazetteers: tuple[Path, ...] = ()


def ontology_file(name: str) -> Path:
    """Path of a file of the ontology: ``kg/ontology/`` in a wheel, ``ontology/`` in a checkout."""
    for folder in (Path(__file__).parent / "ontology", Path(__file__).parent.parent / "ontology"):
        if (folder / name).is_file():
            return folder / name
    raise OntologyError(f"ontology file {name!r} not found; reinstall kg")
