"""`kg eval`: precision, recall and F1 against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli._common import fail_cleanly
from kg.config import Settings


@click.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True)
@fail_cleanly
def evaluate(gold: tuple[Path, ...], model: str | None, as_json: bool, min_confidence: float) -> None:
    """Score the extractor against gold JSON Lines files: precision, recall and F1,
    overall and per relation.

    \b
    Example:
      kg eval ../shared/eval/seed-gold.jsonl
    """
    from kg import evaluate as kg_evaluate
    from kg.ingest import make_article
    from kg.pipeline import Pipeline

    documents = [d for path in gold for d in kg_evaluate.load_gold(path)]
    pipeline = Pipeline(Settings(model=model, min_confidence=min_confidence))
    articles = [make_article(d.text, source=d.id, id=d.id) for d in documents]
    predictions = {r.article.id: r for r in pipeline.resolve_articles(articles)}
    report = kg_evaluate.score(documents, predictions)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=1, sort_keys=True, default=str))
    else:
        click.echo(report.format_table())
