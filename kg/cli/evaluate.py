"""`kg eval`: precision, recall and F1 against gold files, and the quality gate."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.cli._common import fail_cleanly
from kg.config import Settings
from kg.errors import InputError


@click.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True)
@click.option("--thresholds", "thresholds_file", type=click.Path(dir_okay=False, path_type=Path),
              help="JSON file mapping gold file names to minimum scores; each gold file is then "
              "scored on its own and the command exits 1 if any score is below its minimum.")
@click.option("--gazetteer", "gazetteers", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own gazetteer (JSON); its entries win. Repeatable.")
@fail_cleanly
def evaluate(gold: tuple[Path, ...], model: str | None, as_json: bool, min_confidence: float,
             thresholds_file: Path | None, gazetteers: tuple[Path, ...]) -> None:
    """Score the extractor against gold JSON Lines files: precision, recall and F1,
    overall and per relation, core recall and must_not violations.

    \b
    Example:
      kg eval ../shared/eval/seed-gold.jsonl
      kg eval ../shared/eval/*-dev.jsonl ../shared/eval/seed-gold.jsonl \\
          --thresholds benchmarks/quality-thresholds.json
    """
    from kg import evaluate as kg_evaluate
    from kg.ingest import make_article
    from kg.pipeline import Pipeline

    pipeline = Pipeline(Settings(model=model, min_confidence=min_confidence, gazetteers=gazetteers))

    def report_for(documents: list) -> kg_evaluate.EvalReport:
        articles = [make_article(d.text, source=d.id, id=d.id) for d in documents]
        predictions = {r.article.id: r for r in pipeline.resolve_articles(articles)}
        return kg_evaluate.score(documents, predictions)

    if thresholds_file is None:
        report = report_for([d for path in gold for d in kg_evaluate.load_gold(path)])
        if as_json:
            click.echo(json.dumps(report.to_dict(), indent=1, sort_keys=True, default=str))
        else:
            click.echo(report.format_table())
        return

    thresholds = _read_thresholds(thresholds_file)
    failures, results = [], {}
    for path in gold:
        report = report_for(kg_evaluate.load_gold(path))
        limits = thresholds.get(path.name, {})
        failed = kg_evaluate.thresholds_met(report, limits)
        results[path.name] = {"report": report.to_dict(), "thresholds": limits, "failed": failed}
        failures += [f"{path.name}: {name}" for name in failed]
        if not as_json:
            values = ", ".join(f"{k} {_value(report, k)} (min {v})" if k != "must_not" else
                               f"must_not {len(report.must_not_violations)} (max {v})"
                               for k, v in sorted(limits.items())) or "no thresholds"
            click.echo(f"{'FAIL' if failed else 'ok  '}  {path.name}: P {report.precision:.3f} "
                       f"R {report.recall:.3f} F1 {report.f1:.3f}; {values}")
    if as_json:
        click.echo(json.dumps(results, indent=1, sort_keys=True, default=str))
    if failures:
        click.echo(f"below threshold: {'; '.join(failures)}", err=True)
        sys.exit(1)


def _value(report: object, name: str) -> str:
    value = getattr(report, name)
    return "n/a" if value is None else f"{value:.3f}"


def _read_thresholds(path: Path) -> dict[str, dict[str, float]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"{path}: cannot read thresholds ({e})") from e
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if not k.startswith("_")}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(f"{path}: expected {{\"gold-file.jsonl\": {{\"precision\": 0.9, ...}}}}")
    return data
