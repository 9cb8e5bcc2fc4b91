"""Speed and memory of the extraction (the whole spaCy pipeline) against LAC alone.

    python bench/extract_bench.py [--sizes 0.25,1] [--processes 2]

Text: paragraphs ingested from the bundled pages and ../shared/corpora/ (government
reports), repeated to each size (MB of UTF-8 text). Each size and mode runs in a fresh
process so its peak RSS is its own. "LAC" is the statistical NER alone on the same
paragraphs, in the same run; "kg" is the full pipeline (nlp.pipe, streamed); "kg xN"
splits the paragraphs over N worker processes.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def texts(shared: Path, mb: float) -> list[str]:
    from kg.ingest import discover, ingest

    files = discover([ROOT / "kg" / "data" / "corpus"])
    paras = [p.text for page in ingest(files) for a in page.articles for p in a.paragraphs]
    reports = shared / "corpora" / "gov_work_reports_wikisource" / "government_work_reports.jsonl"
    for line in reports.read_text(encoding="utf-8").splitlines()[-10:]:
        paras.extend(p.strip() for p in json.loads(line)["content"].split("\n") if len(p.strip()) > 10)
    out: list[str] = []
    size = 0
    while size < mb * 1e6:
        for p in paras:
            out.append(p)
            size += len(p.encode())
            if size >= mb * 1e6:
                break
    return out


_NLP = None


def _init() -> None:
    global _NLP
    from kg.nlp import load

    _NLP = load()


def _work(chunk: list[str]) -> int:
    assert _NLP is not None
    n = 0
    for doc in _NLP.pipe(chunk):
        n += len(doc.spans["kg"])
    return n


def child(mode: str, mb: float, shared: Path, processes: int) -> dict[str, float]:
    data = texts(shared, mb)
    chars = sum(map(len, data))
    if mode == "LAC":
        from kg.nlp.lac import get_lac

        lac = get_lac()
        t0 = time.perf_counter()
        for i in range(0, len(data), 128):
            lac.analyze(data[i:i + 128])
    elif mode == "kg":
        from kg.nlp import load

        nlp = load()
        t0 = time.perf_counter()
        for _ in nlp.pipe(data, batch_size=128):
            pass
    else:
        chunks = [data[i:i + 200] for i in range(0, len(data), 200)]
        with ProcessPoolExecutor(processes, initializer=_init) as pool:
            list(pool.map(_work, chunks[:processes]))  # load the models before timing
            t0 = time.perf_counter()
            list(pool.map(_work, chunks))
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"chars": chars, "secs": secs, "rss": rss}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0.25,1")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._child:
        print(json.dumps(child(args._child[0], float(args._child[1]), args.shared, args.processes)))
        return
    print(f"{'size MB':>8} {'mode':>6} {'chars':>10} {'seconds':>8} {'chars/s':>9} {'% of LAC':>8} "
          f"{'peak RSS MiB':>13}")
    for mb in map(float, args.sizes.split(",")):
        lac_rate = None
        for mode, label in (("LAC", "LAC"), ("kg", "kg"), ("pool", f"kg x{args.processes}")):
            cmd = [sys.executable, __file__, "--_child", mode, str(mb), "--processes", str(args.processes),
                   "--shared", str(args.shared)]
            r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
            rate = r["chars"] / r["secs"]
            lac_rate = lac_rate or rate
            rss = f"{r['rss']:13.0f}" if mode != "pool" else f"{'(workers)':>13}"
            print(f"{mb:8.2f} {label:>6} {r['chars']:10d} {r['secs']:8.2f} {rate:9,.0f} "
                  f"{100 * rate / lac_rate:7.0f}% {rss}")

if __name__ == "__main__":
    main()
