"""Settings passed down explicitly from the CLI to the stages; no module globals."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_BASE_IRI = "https://w3id.org/kg-news/id/"


@dataclass(frozen=True)
class Settings:
    """Everything a build needs to know beyond its inputs."""

    model: str | None = None
    base_iri: str = DEFAULT_BASE_IRI
    batch_size: int = 32
    processes: int = 1
    min_confidence: float = 0.5
