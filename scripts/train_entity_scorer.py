"""Train the entity scorer (``kg_entity_scorer``) on annotated pages.

    python scripts/train_entity_scorer.py --gold bench/newsheld/gold/dev --pages PAGES \\
        [--out kg/data/models/entity_scorer.json] [--C 0.3]

Runs the pipeline without the scorer over each page that has a gold file, labels each candidate
of ``doc.spans["kg"]`` by the gold file (an entity of its type by name or variant: positive; an
optional one: left out; none: negative), fits scikit-learn's logistic regression (``pip install
-e '.[train]'``) and chooses the threshold by cross-validation over pages (folds of pages, so a
page never scores itself): the one that maximises the entity F1 the scorer would see, each page's
entities counted once as `tests/eval/score.py` counts them. Prints the cross-validated table and
writes the weights (rounded, the negligible ones left out) as JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import page_texts  # noqa: E402
from kg.ingest import IngestOptions, ingest_file  # noqa: E402
from kg.nlp import LABELS, build_pipeline  # noqa: E402
from kg.nlp.components import known_places  # noqa: E402
from kg.nlp.entity_model import KnownBodies, doc_candidates  # noqa: E402
from kg.nlp.resources import Data  # noqa: E402

log = logging.getLogger("train_entity_scorer")
THRESHOLDS = [round(0.3 + 0.05 * i, 2) for i in range(9)]


def norm(s: str) -> str:  # the scorer's normalisation
    return re.sub(r"[“”\"‘’'《》「」\s]", "", s)


def page_rows(nlp: Any, gold: Path, pages: Path, places: frozenset[str],
              bodies: KnownBodies | None = None) -> list[dict[str, Any]]:
    page = pages / f"{gold.stem}.txt"
    g = json.loads(gold.read_text(encoding="utf-8"))
    names: dict[tuple[str, str], set[int]] = defaultdict(set)
    optional: set[tuple[str, str]] = set()
    for i, e in enumerate(g["entities"]):
        for n in [e["name"], *e.get("variants", [])]:
            n = norm(n)
            if len(n) >= 2:
                (optional.add((e["type"], n)) if e.get("optional") else names[(e["type"], n)].add(i))
    rows = []
    result = ingest_file(page, opts=IngestOptions(district=""))
    for doc in nlp.pipe(page_texts(result)):
        for sp, feats in doc_candidates(doc, places, bodies=bodies):
            keys = {(sp.label_, norm(sp.kb_id_ or sp.text)), (sp.label_, norm(sp.text))}
            hit = set().union(*(names.get(k, set()) for k in keys))
            rows.append({"page": gold.stem, "label": sp.label_, "name": norm(sp.kb_id_ or sp.text),
                         "features": feats, "hit": hit,  # (features None: a name the check keeps)
                         "gold": "core" if hit else ("optional" if keys & optional else "no")})
    for label in LABELS:
        rows.append({"page": gold.stem, "label": label,
                     "core": sum(1 for e in g["entities"] if not e.get("optional") and e["type"] == label)})
    return rows


def entity_f1(rows: list[dict[str, Any]], prob: list[float], threshold: float,
              cores: int) -> tuple[float, float, float]:
    """P, R, F1 over pages as the scorer counts them: an entity (page, label, name) is kept when any
    of its mentions is; a true positive is a gold entity any kept one matches."""
    best: dict[tuple[str, str, str], float] = {}
    info: dict[tuple[str, str, str], tuple[str, set[tuple[str, int]]]] = {}
    for r, p in zip(rows, prob, strict=True):
        k = (r["page"], r["label"], r["name"])
        best[k] = max(best.get(k, 0.0), p)
        g, hit = info.get(k, ("no", set()))
        info[k] = ("core" if "core" in (g, r["gold"]) else ("optional" if "optional" in (g, r["gold"]) else "no"),
                   hit | {(r["page"], i) for i in r["hit"]})
    kept = [k for k, p in best.items() if p >= threshold]
    tp = len(set().union(*(info[k][1] for k in kept))) if kept else 0
    fp = sum(1 for k in kept if info[k][0] == "no")
    prec, rec = tp / max(tp + fp, 1), tp / max(cores, 1)
    return prec, rec, 2 * prec * rec / max(prec + rec, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files (the scorer's format)")
    ap.add_argument("--pages", type=Path, required=True, help="folder of the pages' texts, <id>.txt")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "models" / "entity_scorer.json")
    ap.add_argument("--C", type=float, default=0.3, help="inverse regularisation strength")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--tie", type=float, default=0.0,
                    help="take the lowest threshold whose cross-validated F1 is within this of the best")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        sys.exit("scikit-learn is needed to train: pip install -e '.[train]'")
    nlp = build_pipeline(exclude=("kg_entity_scorer",))
    places = known_places(Data())
    bodies = KnownBodies.from_data(Data())  # (never judged at run time either)
    golds = [g for g in sorted(args.gold.glob("*.json")) if (args.pages / f"{g.stem}.txt").exists()]
    if not golds:
        sys.exit(f"{args.gold}: no gold file with its page in {args.pages}")
    rows: list[dict[str, Any]] = []
    cores: dict[str, int] = dict.fromkeys(LABELS, 0)
    for n, gold in enumerate(golds, 1):
        for r in page_rows(nlp, gold, args.pages, places, bodies):
            if "core" in r:
                cores[r["label"]] += r["core"]
            else:
                rows.append(r)
        if n % 100 == 0:
            log.info("%d / %d pages", n, len(golds))
    rows = [r for r in rows if len(r["name"]) >= 2]  # (the scorer reads no shorter name)
    train = [r for r in rows if r["gold"] != "optional" and r["features"] is not None]
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["features"], 1) for r in train])
    y = [r["gold"] == "core" for r in train]
    groups = [r["page"] for r in train]
    cv = [0.0] * len(train)
    for fit, held in GroupKFold(args.folds).split(x, y, groups):
        model = LogisticRegression(C=args.C, max_iter=3000).fit(x[fit], [y[i] for i in fit])
        for i, p in zip(held, model.predict_proba(x[held])[:, 1], strict=True):
            cv[i] = float(p)
    # optional matches are neither kept nor lost in the count, and the names the check keeps are
    # kept: score them 1
    prob = iter(cv)
    scored = [next(prob) if r["gold"] != "optional" and r["features"] is not None else 1.0 for r in rows]
    print(f"{len(golds)} pages, {len(rows)} candidates ({sum(y)} of gold entities), "
          f"{sum(cores.values())} gold entities")
    # per label, F1 (cross-validated over pages) with every candidate kept and at each threshold
    per = {label: {t: entity_f1([r for r in rows if r["label"] == label],
                                [p for r, p in zip(rows, scored, strict=True) if r["label"] == label],
                                t, cores[label])[2] for t in [0.0, *THRESHOLDS]} for label in LABELS}
    print(f"{'threshold':>10}" + "".join(f"{label[:10]:>11}" for label in LABELS) + f"{'all':>8}")
    table: dict[float, tuple[float, float, float]] = {}
    for t in [0.0, *THRESHOLDS]:
        table[t] = entity_f1(rows, scored, t, sum(cores.values()))
        print(f"{t:>10.2f}" + "".join(f"{per[label][t]:>11.3f}" for label in LABELS) + f"{table[t][2]:>8.3f}")
    # the lowest threshold within --tie of the best: the check drops a name only where dropping it
    # clearly helps (a tie of folds is no reason to drop more)
    best = max(table[t][2] for t in THRESHOLDS)
    threshold = min(t for t in THRESHOLDS if table[t][2] >= best - args.tie)
    # the labels the check serves at that threshold (the others keep every candidate)
    labels = [label for label in LABELS if per[label][threshold] > per[label][0.0]]
    kept_all = {label: per[label][0.0] for label in LABELS}
    model = LogisticRegression(C=args.C, max_iter=3000).fit(x, y)
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
               if abs(w) >= 5e-3}
    out = {"bias": round(float(model.intercept_[0]), 4), "threshold": threshold, "labels": labels,
           "trained_on": {"pages": len(golds), "candidates": len(train), "C": args.C,
                          "cv_f1": {label: [round(kept_all[label], 4), round(per[label][threshold], 4)]
                                    for label in LABELS}},
           "weights": dict(sorted(weights.items()))}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"threshold {threshold}: F1 {table[0.0][2]:.3f} -> {table[threshold][2]:.3f}; labels scored: "
          f"{', '.join(labels)}; {len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
