"""The HTML graph at scale: a synthetic graph of N entities and M co-occurrence edges,
written with kg.export.html and loaded in headless chromium; prints the file size, the
time until the layout settles (physics stops) and whether the page stays responsive.

    python bench/html_bench.py [--sizes 300:1500,2000:10000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kg.export.html import write_html  # noqa: E402
from kg.extract import Evidence  # noqa: E402

TYPES = ["Person", "Organization", "Hospital", "Street", "Community", "Place", "Programme"]


def synthetic(n: int, m: int, seed: int = 0) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    g.add_node("article:a", kind="article", id="a", headline="标题", date="2025-10-24", page="p", newspaper="渝中报",
               source="p.txt", position=0)
    ev = Evidence("a", "2025-10-24", 0, "一句话。", 0, 2, 0, "p.txt", 0, 2, "bench")
    for i in range(n):
        g.add_node(f"e{i}", kind="entity", type=rnd.choice(TYPES), label=f"实体{i}", aliases=[],
                   mentions=rnd.randint(1, 20), first_seen="2025-10-24", last_seen="2025-10-24")
        g.add_edge(f"e{i}", "article:a", key="mentioned_in", rel="mentioned_in", count=1, evidence=[ev])
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < m:
        a, b = sorted(rnd.sample(range(n), 2))
        pairs.add((a, b))
    for a, b in sorted(pairs):
        g.add_edge(f"e{a}", f"e{b}", key="co:sentence", rel="co_occurs", window="sentence", count=rnd.randint(1, 5),
                   weight=rnd.uniform(0, 5), evidence=[ev])
    return g


def main() -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="300:1500,2000:10000")
    args = ap.parse_args()
    opts = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--window-size=1400,900", "--proxy-server=http://127.0.0.1:9"):
        opts.add_argument(a)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    print(f"{'nodes':>6} {'edges':>7} {'file MB':>8} {'settled s':>10} {'search s':>9}")
    try:
        for size in args.sizes.split(","):
            n, m = map(int, size.split(":"))
            with tempfile.TemporaryDirectory() as tmp:
                path = write_html(synthetic(n, m), Path(tmp) / "g.html", max_nodes=n)
                t0 = time.perf_counter()
                driver.get(path.as_uri())
                while not driver.execute_script("return window.kgStable === true"):
                    if time.perf_counter() - t0 > 300:
                        raise SystemExit("did not settle in 300 s")
                    time.sleep(0.2)
                settled = time.perf_counter() - t0
                t1 = time.perf_counter()
                box = driver.find_element("id", "kg-search")
                box.send_keys(f"实体{n // 2}")
                driver.find_element("id", "kg-go").click()
                assert driver.execute_script("return window.kgFocused") == f"e{n // 2}"
                search = time.perf_counter() - t1
                print(f"{n:6d} {m:7d} {path.stat().st_size / 1e6:8.2f} {settled:10.1f} {search:9.2f}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
