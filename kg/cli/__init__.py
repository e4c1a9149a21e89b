"""The ``kg`` command line: parse options, call one library function, print the result.

Data goes to stdout, progress and messages to stderr. Expected failures exit 1 with one
line (``click.ClickException``); usage errors exit 2. One module per command; each is
registered on the group below.
"""

from __future__ import annotations

import click

from kg import __version__
from kg.cli.build import build
from kg.cli.diff import diff
from kg.cli.entities import entities
from kg.cli.evaluate import evaluate
from kg.cli.explain import explain
from kg.cli.export import export
from kg.cli.neighbors import neighbors
from kg.cli.path import path
from kg.cli.query import query
from kg.cli.remove import remove
from kg.cli.render import render
from kg.cli.serve import serve
from kg.cli.stats import stats
from kg.cli.validate import validate


@click.group(name="kg", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Turn news articles into an RDF knowledge graph you can query and look at.

    \b
    Quick start:
      kg build seeds/ --out out/      # Turtle + HTML in out/
      kg query 'SELECT ?a ?b WHERE { ?a kg:partnersWith ?b }'
    """


for command in (build, export, render, query, validate, evaluate):
    cli.add_command(command)
for command in (diff, remove):
    cli.add_command(command)
for command in (neighbors, path, explain, entities, stats):
    cli.add_command(command)
cli.add_command(serve)

__all__ = ["cli"]
