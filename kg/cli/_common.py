"""Shared pieces of the commands: error handling, store options, where a graph is read."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import KgError, QueryError

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_OUT = Path("out")


def fail_cleanly(func: F) -> F:
    """Turn library errors into one-line messages and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as e:
            release_locals(e)
            raise click.ClickException(str(e)) from e
        except OSError as e:
            release_locals(e)
            raise click.ClickException(f"{e.filename or ''}: {e.strerror or e}".lstrip(": ")) from e

    return wrapper  # type: ignore[return-value]


def release_locals(error: BaseException) -> None:
    """Drop the locals of the frames an error passed through.

    The chained error keeps its traceback, and the traceback keeps every frame's locals,
    among them an open Store whose lock would outlive a failed command when ``kg`` runs
    in-process (CliRunner, a notebook): the next command on that store would then fail
    with "in use by another kg process".
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__


def store_options(func: F) -> F:
    """``--out``, ``--store`` and ``--rdf``: where a command reads the graph from."""
    func = click.option(
        "--rdf", "rdf_file", type=click.Path(dir_okay=False, path_type=Path),
        help="Read this RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD) instead of a store.",
    )(func)
    func = click.option(
        "--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
        help="The store directory (default: OUT/store).",
    )(func)
    func = click.option(
        "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
        show_default=True, help="The build directory whose store is read.",
    )(func)
    return func


@contextmanager
def graph_source(out_dir: Path, store_path: Path | None, rdf_file: Path | None) -> Iterator[Any]:
    from kg import store as kg_store

    if rdf_file is not None:
        yield kg_store.load_rdf_file(rdf_file)
        return
    yield kg_store.open_store(store_path or out_dir / "store", create=False)


# --- shared by the analyst commands (neighbors, path, explain, entities, stats)


class RelationType(click.ParamType):
    """A relation of the ontology, camelCase or kebab-case, any case; a usage error (exit 2)
    naming the closest relations otherwise."""

    name = "relation"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from kg.analysis import relation_name

        try:
            return relation_name(str(value))
        except QueryError as e:
            self.fail(str(e), param, ctx)


class EntityClassType(click.ParamType):
    """An entity class of the ontology (Organization, Person, ...), any case; a usage error
    (exit 2) listing the classes otherwise."""

    name = "type"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from kg.analysis import entity_class

        try:
            return entity_class(str(value))
        except QueryError as e:
            self.fail(str(e), param, ctx)


RELATION = RelationType()
ENTITY_CLASS = EntityClassType()


def format_option(func: F) -> F:
    """``--format table|csv|tsv|json``."""
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
                        default="table", show_default=True, help="Output format.")(func)


def evidence_option(func: F) -> F:
    """``--evidence``: the sentence and document behind every row."""
    return click.option("--evidence", is_flag=True,
                        help="Add the sentence and document behind each row (the most confident "
                        "statement; `kg explain` lists them all).")(func)


def read_view(out_dir: Path, store_path: Path | None, rdf_file: Path | None) -> Any:
    """The graph view (entities, facts, documents) of the store or RDF file."""
    from kg.query import load_view

    with graph_source(out_dir, store_path, rdf_file) as source:
        return load_view(source)
