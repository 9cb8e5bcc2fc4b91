"""Ingest throughput and memory at growing corpus sizes; prints a table.

    python bench/ingest_bench.py [--sizes 6,12,25,50] [--shared ../shared]

The corpus is built once under bench/_corpus/ (git-ignored) from the bundled sample
pages and the government reports in ../shared/corpora/, copied until it reaches the
largest size (MB of source bytes). Each size runs in a fresh process, one core, so its
peak memory (max RSS) is its own. Throughput counts source bytes: parse = decode +
repair + segment; +write adds serialising articles.jsonl (to a temporary file).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "_corpus"
SAMPLES = ROOT / "kg" / "data" / "corpus" / "yuzhongbao"


def build_corpus(shared: Path, mb: float) -> list[Path]:
    """Files totalling at least `mb` MB: samples and reports, repeated under new names."""
    CORPUS.mkdir(exist_ok=True)
    base: list[tuple[str, bytes]] = [(p.stem, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    reports = shared / "corpora" / "gov_work_reports_wikisource"
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        path = reports / name
        if not path.is_file():
            sys.exit(f"missing {path}: pass --shared pointing at the shared/ folder")
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            base.append((f"{path.stem}_{i:03d}", f"{row['title']}\n\n{row['content']}\n".encode()))
    files: list[Path] = []
    total = 0
    copy = 0
    while total < mb * 1e6:
        for stem, data in base:
            f = CORPUS / f"c{copy:03d}" / f"{stem}.txt"
            if copy:  # each copy differs (its own article ids), as another issue's page would
                data = data + f"\n\n（副本{copy}）\n".encode()
            if not f.exists() or f.stat().st_size != len(data):
                f.parent.mkdir(exist_ok=True)
                f.write_bytes(data)
            files.append(f)
            total += len(data)
            if total >= mb * 1e6:
                break
        copy += 1
    return files


def run_one(list_file: Path, write: bool) -> dict[str, float]:
    """In this process: ingest the files listed, return the measurements."""
    from kg.export.articles import write_page_articles
    from kg.ingest import ingest

    files = [(Path(p), CORPUS) for p in list_file.read_text(encoding="utf-8").splitlines()]
    nbytes = sum(p.stat().st_size for p, _ in files)
    articles = 0
    start = time.perf_counter()
    cpu0 = time.process_time()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as fh:
        for page in ingest(files):
            articles += write_page_articles(fh, page) if write else len(page.articles)
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
    return {"bytes": nbytes, "files": len(files), "articles": articles, "wall": wall, "cpu": cpu, "rss_mb": rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="6,12,25,50", help="corpus sizes in MB, comma separated")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._child:
        print(json.dumps(run_one(Path(args._child[0]), args._child[1] == "write")))
        return
    sizes = [float(s) for s in args.sizes.split(",")]
    files = build_corpus(args.shared, max(sizes))
    print(f"corpus: {len(files)} files under {CORPUS.relative_to(ROOT)}; python {sys.version.split()[0]}, "
          f"1 process, {os.cpu_count()} cores on the machine")
    header = (f"{'size MB':>8} {'files':>6} {'articles':>9} {'mode':>7} {'wall s':>7} {'MB/s':>6} "
              f"{'cpu MB/s':>9} {'peak RSS MiB':>13}")
    print(header)
    print("-" * len(header))
    for mb in sizes:
        subset: list[Path] = []
        total = 0
        for f in files:
            if total >= mb * 1e6:
                break
            subset.append(f)
            total += f.stat().st_size
        with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
            lst.write("\n".join(map(str, subset)))
        try:
            for mode in ("parse", "+write"):
                out = subprocess.run(
                    [sys.executable, __file__, "--_child", lst.name, "write" if mode == "+write" else "parse"],
                    check=True, capture_output=True, text=True, cwd=ROOT,
                ).stdout
                r = json.loads(out)
                size = r["bytes"] / 1e6
                print(f"{size:8.1f} {r['files']:6d} {r['articles']:9d} {mode:>7} {r['wall']:7.2f} "
                      f"{size / r['wall']:6.2f} {size / r['cpu']:9.2f} {r['rss_mb']:13.0f}")
        finally:
            os.unlink(lst.name)


if __name__ == "__main__":
    main()
