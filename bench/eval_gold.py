"""Score kg's RDF export of each page against its gold file with the project's scorer.

    python bench/eval_gold.py [--gold tests/gold] [--pages kg/data/corpus/yuzhongbao] [--show]
                              [--segmenter char|pkuseg] [--pkuseg-model DIR]

For each GOLD/<stem>.json the page PAGES/<stem>.txt is built on its own (ingest ->
extract -> resolve -> graph -> RDF, as `kg build PAGE` does) and scored with
tests/eval/score.py. Prints F1 per type and relation, per page, and the micro average
over the pages (true/false positives summed).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib.util
import io
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import rdflib  # noqa: E402
from rdflib.namespace import RDFS  # noqa: E402

from kg.eval import build_page_graph  # noqa: E402
from kg.nlp import load  # noqa: E402

SCORER = ROOT / "tests" / "eval" / "score.py"
KEYS = ["Person", "Organization", "Hospital", "Street", "Community", "Place", "Programme", "ALL",
        "posts", "reporters", "roles", "located_in", "aliases"]


@functools.cache
def _scorer() -> tuple[Any, Callable[[int, int, int], tuple[float, float, float]]]:
    """The project's scorer, loaded once, with `prf` returning the counts; and its own `prf`."""
    spec = importlib.util.spec_from_file_location("kg_bench_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    own = mod.prf
    mod.prf = lambda tp, fp, fn: (tp, fp, fn)
    return mod, own


def counts(gold: Path, ttl: Path, show: bool) -> dict:
    """The scorer's true positives, false positives and misses per key (its own matching, run
    in-process), for a page's scores and the micro average over pages; `show` prints its lists."""
    mod, _ = _scorer()
    argv, sys.argv = sys.argv, [str(SCORER), str(gold), str(ttl), "--json"] + (["--show"] if show else [])
    try:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            mod.main()
    finally:
        sys.argv = argv
    lines = out.getvalue().strip().splitlines()
    if show:  # (entities named by their labels, not by their IRIs)
        names = _labels(ttl)
        print(_IRI.sub(lambda m: names.get(m.group(0), m.group(0)), "\n".join(lines[:-1])))
    res = json.loads(lines[-1])
    return {**res["entities"], **{k: v for k, v in res.items() if k != "entities"}}


_IRI = re.compile(r"https://w3id\.org/zhkg/id/entity/[0-9a-f]+")


def _labels(ttl: Path) -> dict[str, str]:
    g = rdflib.Graph()
    g.parse(ttl)
    return {str(s): str(o) for s, o in g.subject_objects(RDFS.label)}


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("--pages", type=Path, default=ROOT / "kg" / "data" / "corpus" / "yuzhongbao")
    ap.add_argument("--district", default="渝中区")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--segmenter", default="char", choices=["char", "pkuseg"])
    ap.add_argument("--pkuseg-model", type=Path, default=None)
    args = ap.parse_args()
    nlp = load(segmenter=args.segmenter, pkuseg_model=args.pkuseg_model)
    rows = {}
    total = {k: [0, 0, 0] for k in KEYS}
    with tempfile.TemporaryDirectory() as tmp:
        for gold in sorted(args.gold.glob("*.json")):
            page = args.pages / f"{gold.stem}.txt"
            if not page.exists():
                print(f"skip {gold.name}: no page {page}")
                continue
            ttl = Path(tmp) / f"{gold.stem}.ttl"
            build_page_graph(page, ttl, district=args.district, nlp=nlp)
            if args.show:
                print(f"== {gold.stem}")
            page_counts = counts(gold, ttl, args.show)
            rows[gold.stem] = {k: _scorer()[1](*c) for k, c in page_counts.items()}  # the scorer's own P, R, F1
            for k, c in page_counts.items():
                total[k] = [a + b for a, b in zip(total[k], c, strict=True)]
    print(f"{'page':<24}" + "".join(f"{k[:10]:>11}" for k in KEYS))
    for stem, r in rows.items():
        print(f"{stem:<24}" + "".join(f"{r[k][2]:>11.3f}" for k in KEYS))
    if len(rows) > 1:
        print(f"{'micro':<24}" + "".join(f"{f1(*total[k]):>11.3f}" for k in KEYS))
        print(f"{'(gold core items)':<24}" + "".join(f"{total[k][0] + total[k][2]:>11d}" for k in KEYS))


if __name__ == "__main__":
    main()
