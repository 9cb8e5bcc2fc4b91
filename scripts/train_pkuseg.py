"""Train a spacy-pkuseg segmentation model offline on silver data: LAC's segmentation of
government text (../shared/corpora/) and the bundled pages.

    python scripts/train_pkuseg.py [--chars 400000] [--iter 10] [--out models/pkuseg]

spacy-pkuseg's published weights are downloaded at run time (impossible here); its
trainer works offline. The model it writes is what `kg.load(segmenter="pkuseg")` uses.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def sentences(shared: Path, limit: int) -> list[str]:
    from kg.ingest import discover, ingest

    out: list[str] = [p.text for page in ingest(discover([ROOT / "kg" / "data" / "corpus"]))
                      for a in page.articles for p in a.paragraphs]
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        path = shared / "corpora" / "gov_work_reports_wikisource" / name
        for line in path.read_text(encoding="utf-8").splitlines():
            out.extend(p.strip() for p in json.loads(line)["content"].split("\n") if len(p.strip()) > 8)
    sents = [s for p in out for s in re.split("(?<=[。！？；])", p) if len(s) > 4]
    random.Random(0).shuffle(sents)
    picked, n = [], 0
    for s in sents:
        picked.append(s)
        n += len(s)
        if n >= limit:
            break
    return picked


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--chars", type=int, default=400_000)
    ap.add_argument("--iter", type=int, default=10)
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "pkuseg")
    args = ap.parse_args()
    import spacy_pkuseg

    from kg.nlp.lac import get_lac

    sents = sentences(args.shared, args.chars)
    words = get_lac().analyze(sents)
    lines = [" ".join(s[a:b] for a, b, _ in ws if s[a:b].strip()) for s, ws in zip(sents, words, strict=True)]
    cut = len(lines) // 10
    with tempfile.TemporaryDirectory() as tmp:
        train, test = Path(tmp) / "train.txt", Path(tmp) / "test.txt"
        train.write_text("\n".join(lines[cut:]) + "\n", encoding="utf-8")
        test.write_text("\n".join(lines[:cut]) + "\n", encoding="utf-8")
        model = Path(tmp) / "model"
        spacy_pkuseg.train(str(train), str(test), str(model), train_iter=args.iter)
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(model, args.out)
    print(f"trained on {len(lines) - cut} sentences ({args.chars} characters) -> {args.out}")


if __name__ == "__main__":
    main()
