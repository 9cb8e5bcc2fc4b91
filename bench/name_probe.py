"""How many of the annotated names of a gold split the pipeline finds when each is printed alone in a
neutral sentence: a check of the rules' coverage of name forms, while the pages' texts are missing.

    python bench/name_probe.py [--gold bench/newsheld/gold/dev] [--types Organization,Community]
                               [--show N]

For every distinct non-optional gold name of a type, each template below is filled with it and run through
the whole pipeline; a hit is an entity of that type whose text (or canonical name) is the gold name. The
table gives hits per template. It says nothing of precision (no text around the names), and a template
is not the pages' context: read it as a probe of forms (communities of other cities, bodies with 和 in
their names, quoted programmes), not as a score. Use the dev split for analysis; the test split's names
are for numbers only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kg.nlp import load  # noqa: E402

TYPES = ("Person", "Organization", "Hospital", "Street", "Community", "Place", "Programme")
TEMPLATES = ("记者近日来到{}采访。", "{}开展了丰富多彩的活动。")


def gold_names(gold: Path, kind: str) -> list[str]:
    names: Counter[str] = Counter()
    for path in sorted(gold.glob("*.json")):
        for e in json.loads(path.read_text(encoding="utf-8")).get("entities", []):
            if e.get("type") == kind and not e.get("optional"):
                names[e["name"]] += 1
    return [n for n, _ in names.most_common()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=HERE / "newsheld" / "gold" / "dev")
    ap.add_argument("--types", default=",".join(t for t in TYPES if t != "Person"))
    ap.add_argument("--show", type=int, default=0, help="list this many missed names per type (first template)")
    args = ap.parse_args()
    nlp = load()
    print(f"{'type':<13} {'names':>6} " + " ".join(f"{t.format('…'):>22}" for t in TEMPLATES))
    for kind in args.types.split(","):
        names = gold_names(args.gold, kind)
        hits, missed = [], []
        for t in TEMPLATES:
            n = 0
            for name, doc in zip(names, nlp.pipe(t.format(x) for x in names), strict=True):
                if any(e.label_ == kind and name in (e.text, e.kb_id_) for e in doc.ents):
                    n += 1
                elif t == TEMPLATES[0]:
                    missed.append((name, [(e.text, e.label_) for e in doc.ents]))
            hits.append(n)
        print(f"{kind:<13} {len(names):>6} " + " ".join(f"{h:>22}" for h in hits))
        for name, got in missed[:args.show]:
            print(f"    {name}\t{got}")


if __name__ == "__main__":
    main()
