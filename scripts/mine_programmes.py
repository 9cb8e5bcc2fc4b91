"""Candidate national programme names mined from raw government text.

    python scripts/mine_programmes.py [--shared ../shared] [--min-docs 3] > candidates.tsv

Reads ../shared/corpora/gov_work_reports_wikisource (State Council work reports, CPC congress
reports: unlabelled public-domain text), finds phrases that end like a programme
(战略, 工程, 计划, 行动, 建设, 政策, 试点, 改革 ...) and are read back over LAC's words,
and prints those that recur in at least --min-docs different documents, with their counts:
a phrase every year's report names again is a named programme, a generic one varies. The
documents the held-out pages were cut from (tests/heldout) are left out. The output is
a candidate list to review by hand before it goes into kg/data/patterns/programmes.jsonl.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.nlp.lac import get_lac  # noqa: E402

HELD_OUT = ("2017年中华人民共和国国务院政府工作报告", "2009年中华人民共和国国务院政府工作报告", "十八大")
SUFFIX = re.compile("(战略|工程|计划|行动|建设|政策|试点|改革|攻坚战|保卫战)$")
NAME_TAGS = {"n", "nz", "vn", "LOC", "ORG", "j", "an", "m", "a", "s", "nw", "f", "v"}
STOP = {"的", "和", "与", "及", "等", "在", "对", "把", "是", "了"}


def candidates(text: str, words: list[tuple[int, int, str]]) -> set[str]:
    out: set[str] = set()
    for i, (s, e, _tag) in enumerate(words):
        if not SUFFIX.search(text[s:e]):
            continue
        # read back up to 4 words of name-like tags
        j = i
        while j > 0 and i - j < 4:
            ps, pe, ptag = words[j - 1]
            w = text[ps:pe]
            if ptag not in NAME_TAGS or w in STOP or not re.fullmatch("[\u4e00-\u9fff“”]+", w):
                break
            j -= 1
        for k in range(j, i):
            name = text[words[k][0]:e]
            if 4 <= len(name) <= 16:
                out.add(name)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--min-docs", type=int, default=3)
    args = ap.parse_args()
    d = args.shared / "corpora" / "gov_work_reports_wikisource"
    docs = []
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        for line in (d / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if any(h in row["title"] for h in HELD_OUT) or "决议" in row["title"]:
                continue
            docs.append(row["content"])
    lac = get_lac()
    seen: dict[str, set[int]] = defaultdict(set)
    total: Counter[str] = Counter()
    for di, content in enumerate(docs):
        paras = [p for p in content.split("\n") if p.strip()]
        for para, words in zip(paras, lac.analyze(paras), strict=True):
            for c in candidates(para, words):
                seen[c].add(di)
                total[c] += 1
    for name, ds in sorted(seen.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(ds) >= args.min_docs:
            print(f"{name}\t{len(ds)}\t{total[name]}")


if __name__ == "__main__":
    main()
