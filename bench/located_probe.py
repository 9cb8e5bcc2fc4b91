"""How many of the located-in pairs of a gold split the pipeline finds when the outer unit and the inner one
are printed together in a neutral sentence (记者来到津南区万盈社区采访。; an inner name that holds its outer
one, 七星岗街道社区卫生服务中心, 巴南区花溪街道社区养老服务中心, is printed alone): a check of the containment
rules' coverage of forms, while the pages' texts are missing.

    python bench/located_probe.py [--gold bench/newsheld/gold/dev] [--show N]

It says nothing of precision, nor of containment stated in other words (家住…, 位于…); use the dev split for
analysis, the test split's pairs for numbers only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kg.nlp import load  # noqa: E402

TEMPLATE = "记者来到{}采访。"


def gold_pairs(gold: Path) -> list[tuple[str, str]]:
    pairs = {(r["inner"], r["outer"]) for path in sorted(gold.glob("*.json"))
             for r in json.loads(path.read_text(encoding="utf-8")).get("located_in", []) if not r.get("optional")}
    return sorted(pairs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=HERE / "newsheld" / "gold" / "dev")
    ap.add_argument("--show", type=int, default=0, help="list this many missed pairs per form (endings)")
    args = ap.parse_args()
    nlp = load()
    pairs = gold_pairs(args.gold)
    texts = [TEMPLATE.format(i if o in i else o + i) for i, o in pairs]
    missed: Counter[tuple[str, str]] = Counter()
    examples: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for (inner, outer), doc in zip(pairs, nlp.pipe(texts), strict=True):
        def names(x: tuple[int, int, str, str], d=doc) -> set[str]:
            return {d.text[x[0]:x[1]], x[3]} - {""}
        found = {(a, b) for r in doc._.kg_located_in or [] for a in names(r["inner"]) for b in names(r["outer"])}
        if (inner, outer) not in found:
            form = (inner[-2:], outer[-2:])
            missed[form] += 1
            examples[form].append(f"{inner} in {outer}")
    print(f"{'pairs':>6} {'found':>6}\n{len(pairs):>6} {len(pairs) - sum(missed.values()):>6}")
    if args.show:
        for form, n in missed.most_common():
            print(f"    …{form[0]} in …{form[1]}: {n}  " + "; ".join(examples[form][:args.show]))


if __name__ == "__main__":
    main()
