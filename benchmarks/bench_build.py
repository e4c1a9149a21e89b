"""Build throughput against raw spaCy parsing, measured in the same run.

The corpus (at least 1,000 documents) is made from the shared texts at run time: the seed
article and the sentences of the CoNLL04 and FIRE evaluation files, five consecutive
records to a document. Nothing from them is stored in the project.

Each phase runs in its own child process so its peak memory (ru_maxrss) is its own:
  baseline  nlp.pipe over the texts (the same model, batch size and process count)
  build     kg's pipeline end to end: ingest, parse, extract, resolve, RDF, store writes
The headline number is the throughput ratio build/baseline (1.0 = no cost beyond parsing),
in wall-clock time. With a second core the build parses in a child process while the main
one extracts, so its CPU time (all processes) is printed beside it: that is what the
extraction costs on top of parsing.
The phases run interleaved ``--repeat`` times and the fastest run of each counts, which
keeps a busy machine from deciding the ratio.

Run: make bench  (or: python benchmarks/bench_build.py --docs 1200 --processes 1)
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def make_corpus(path: Path, *, docs: int, per_doc: int = 5) -> tuple[int, int]:
    """Write a JSON Lines corpus of ``docs`` documents; return (documents, words)."""
    pool: list[str] = []
    for name in ("conll04-dev.jsonl", "conll04-test.jsonl", "fire-dev.jsonl", "fire-test.jsonl"):
        source = SHARED / "eval" / name
        if source.is_file():
            with source.open(encoding="utf-8") as handle:
                pool.extend(json.loads(line)["text"] for line in handle if line.strip())
    seed = (ROOT / "seeds" / "foxconn-openai-article.txt").read_text(encoding="utf-8")
    if not pool:
        raise SystemExit(f"no evaluation texts under {SHARED / 'eval'}")
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(docs):
            if i % 100 == 0:
                text = seed
            else:
                start = (i * per_doc) % len(pool)
                text = " ".join(pool[(start + k) % len(pool)] for k in range(per_doc))
                text = f"{text}\n(document {i})"
            words += len(text.split())
            out.write(json.dumps({"id": f"bench-{i:05d}", "text": text}) + "\n")
    return docs, words


def _child(phase: str, corpus: Path, processes: int, batch_size: int) -> dict[str, float]:
    code = f"""
import json, resource, sys, time, tempfile
from pathlib import Path
phase, corpus, processes, batch = {phase!r}, Path({str(corpus)!r}), {processes}, {batch_size}
from kg.nlp import load_model
nlp = load_model()
texts = [json.loads(l)["text"] for l in corpus.open(encoding="utf-8")]
cpu_before = sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))
started = time.perf_counter()
if phase == "baseline":
    for _ in nlp.pipe(texts, batch_size=batch, n_process=processes):
        pass
else:
    from kg.config import Settings
    from kg.pipeline import build
    from kg.store import open_store
    target = open_store(Path(tempfile.mkdtemp()) / "store")
    summary = build([str(corpus)], target=target, settings=Settings(batch_size=batch, processes=processes))
seconds = time.perf_counter() - started
usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
cpu = sum(u.ru_utime + u.ru_stime for u in usage) - cpu_before
peak = max(u.ru_maxrss for u in usage)
print(json.dumps({{"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak / 1024}}))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{phase} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1200)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2,
                        help="interleaved runs of each phase; the fastest of each counts (default 2)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, words = make_corpus(corpus, docs=args.docs)
        print(f"corpus: {docs} documents, {words:,} words; processes={args.processes} "
              f"batch={args.batch_size}", file=sys.stderr)
        runs: dict[str, list[dict[str, float]]] = {"baseline": [], "build": []}
        for _ in range(max(1, args.repeat)):
            for phase in runs:
                runs[phase].append(_child(phase, corpus, args.processes, args.batch_size))
        baseline = min(runs["baseline"], key=lambda r: r["seconds"])
        built = min(runs["build"], key=lambda r: r["seconds"])
        for phase, results in runs.items():
            print(f"{phase} runs (s): {', '.join(format(r['seconds'], '.1f') for r in results)}", file=sys.stderr)
    ratio = baseline["seconds"] / built["seconds"]
    rows = [("spaCy nlp.pipe (baseline)", baseline), ("kg build (end to end)", built)]
    print(f"{'phase':28} {'seconds':>8} {'words/s':>9} {'CPU s':>7} {'peak MB':>8}")
    for name, run in rows:
        print(f"{name:28} {run['seconds']:8.1f} {words / run['seconds']:9,.0f} "
              f"{run['cpu_seconds']:7.1f} {run['peak_mb']:8.0f}")
    print(f"throughput ratio (kg build / spaCy parse): {ratio:.2f}")
    print(f"CPU time ratio (kg build / spaCy parse): {built['cpu_seconds'] / baseline['cpu_seconds']:.2f} "
          "(the build parses in a process of its own while extraction runs on a second core)")
    if args.json:
        args.json.write_text(json.dumps({"documents": docs, "words": words, "baseline": baseline,
                                         "build": built, "ratio": ratio}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
