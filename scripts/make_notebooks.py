"""Write notebooks/01_explore.ipynb and notebooks/02_sparql.ipynb (the sources of the
notebooks live here, so they are reviewed as code); then execute them in place:

    python scripts/make_notebooks.py [--execute]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
NOTEBOOKS = HERE.parent / "notebooks"

SETUP = '''import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd

OUT = Path("..") / "output"
if not (OUT / "graph.json").exists():  # build the bundled corpus, as `make demo` does
    subprocess.run([sys.executable, "-m", "kg.cli", "build", "--out", str(OUT)], check=True)
G = nx.node_link_graph(json.loads((OUT / "graph.json").read_text(encoding="utf-8")), edges="links")
label = {n: d.get("label") or d.get("headline") for n, d in G.nodes(data=True)}
print(G)'''

FONT = '''import matplotlib
import matplotlib.pyplot as plt
from matplotlib import font_manager

# Chinese labels need a CJK font; use one if the machine has it
for name in ("Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei"):
    if any(f.name == name for f in font_manager.fontManager.ttflist):
        matplotlib.rcParams["font.family"] = name
        break
%matplotlib inline'''

EXPLORE = [
    new_markdown_cell("# Exploring the graph of the bundled pages\n\n"
                      "This notebook loads the graph `kg build` wrote (`output/graph.json`, networkx node-link "
                      "JSON with all evidence) and looks at the officials, their posts, the programmes named "
                      "with each street and community, and mentions over time. Run it top to bottom; it "
                      "builds the bundled corpus first if `output/` is empty."),
    new_code_cell(SETUP),
    new_code_cell(FONT),
    new_markdown_cell("## Officials ranked by degree and betweenness\n\n"
                      "Officials are the people seen holding a post. The ranking is on the entity graph: "
                      "entities linked by a post, a located-in or a co-occurrence in one sentence "
                      "(undirected)."),
    new_code_cell('''E = nx.Graph()
for u, v, d in G.edges(data=True):
    if d["rel"] == "co_occurs" and d.get("window") != "sentence":
        continue
    if d["rel"] == "holds":
        v = G.nodes[v].get("org")
    if d["rel"] in ("co_occurs", "holds", "located_in") and v in G and G.nodes[v].get("kind") == "entity":
        E.add_edge(u, v)
# officials: people seen holding a post
people = [n for n in E if G.nodes[n].get("type") == "Person"
          and any(k == "holds" for _, _, k in G.out_edges(n, keys=True))]
betweenness = nx.betweenness_centrality(E)
officials = pd.DataFrame({
    "name": [label[n] for n in people],
    "degree": [E.degree(n) for n in people],
    "betweenness": [round(betweenness[n], 4) for n in people],
    "mentions": [G.nodes[n].get("mentions", 0) for n in people],
}).sort_values(["degree", "betweenness"], ascending=False).reset_index(drop=True)
officials.head(15)'''),
    new_markdown_cell("## Posts with tenure\n\nEach post a person was seen holding, with the first and last "
                      "issue dates it was seen (the pages carry one or two dates here; a corpus of years gives "
                      "real tenures)."),
    new_code_cell('''rows = []
for u, v, k, d in G.edges(keys=True, data=True):
    if k == "holds":
        org = G.nodes[v].get("org")
        rows.append({"person": label[u], "post": G.nodes[v].get("title"), "organisation": label.get(org),
                     "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"),
                     "former": d.get("former", False), "evidence": len(d.get("evidence", []))})
posts = pd.DataFrame(rows).sort_values(["person", "post"]).reset_index(drop=True)
posts'''),
    new_markdown_cell("## The neighbourhood of one official"),
    new_code_cell('''official = officials.iloc[0]["name"]
node = next(n for n in people if label[n] == official)
ego = nx.ego_graph(E, node, radius=1)
colours = {"Person": "#e15759", "Organization": "#4e79a7", "Hospital": "#59a14f", "Street": "#f28e2b",
           "Community": "#edc948", "Place": "#76b7b2", "Programme": "#b07aa1"}
plt.figure(figsize=(8, 6))
pos = nx.spring_layout(ego, seed=1)
nx.draw_networkx(ego, pos, labels={n: label[n] for n in ego}, font_size=9,
                 font_family=matplotlib.rcParams["font.family"][0],
                 node_color=[colours.get(G.nodes[n].get("type"), "#bbb") for n in ego], node_size=300)
plt.title(f"{official}: neighbourhood")
plt.axis("off")
plt.show()'''),
    new_markdown_cell("## Programmes by street and community\n\nProgrammes named in the same sentence, "
                      "paragraph or article (pairs seen twice) as a street or community."),
    new_code_cell('''rows = []
for u, v, d in G.edges(data=True):
    if d["rel"] != "co_occurs":
        continue
    types = {G.nodes[u]["type"], G.nodes[v]["type"]}
    if "Programme" in types and types & {"Street", "Community"}:
        place, programme = (u, v) if G.nodes[v]["type"] == "Programme" else (v, u)
        rows.append({"place": label[place], "type": G.nodes[place]["type"], "programme": label[programme],
                     "window": d["window"], "count": d["count"]})
programmes = (pd.DataFrame(rows, columns=["place", "type", "programme", "window", "count"])
              .sort_values(["place", "count"], ascending=[True, False]).reset_index(drop=True))
programmes'''),
    new_code_cell('''by_place = programmes.groupby("place")["programme"].nunique().sort_values(ascending=False)
ax = by_place.plot.bar(figsize=(8, 4), color="#b07aa1")
ax.set_ylabel("programmes named with it")
ax.set_title("Programmes by street and community")
plt.tight_layout()
plt.show()'''),
    new_markdown_cell("## Mentions over time\n\nEntity mentions per issue date (pages without a printed "
                      "date are left out)."),
    new_code_cell('''dates = {n: d.get("date") for n, d in G.nodes(data=True) if d.get("kind") == "article"}
rows = [{"date": dates[v], "type": G.nodes[u]["type"], "mentions": d.get("count", 1)}
        for u, v, k, d in G.edges(keys=True, data=True) if k == "mentioned_in" and dates.get(v)]
over_time = pd.DataFrame(rows).pivot_table(index="date", columns="type", values="mentions", aggfunc="sum",
                                             fill_value=0)
over_time.plot.bar(stacked=True, figsize=(8, 4), title="Mentions per issue date by type")
plt.tight_layout()
plt.show()
over_time'''),
]

SPARQL = [
    new_markdown_cell(
        "# SPARQL over the exported RDF\n\n"
        "`kg build` writes the graph as RDF (`output/graph.ttl`). If RDF is new to you: the graph is a set of "
        "statements *subject – predicate – object*. Every entity is an IRI such as "
        "`https://w3id.org/zhkg/id/entity/…` with a type (`rdf:type`) and names:\n\n"
        "| what | vocabulary |\n|---|---|\n"
        "| a person, organisation, hospital, place | `schema:Person`, `org:Organization`, `schema:Hospital`, "
        "`schema:Place` (schema.org, W3C ORG) |\n"
        "| a street, community, programme | `kgo:Street`, `kgo:Community`, `kgo:Programme` (kg's ontology) |\n"
        "| names | `rdfs:label` (the canonical name, e.g. 中共重庆市渝中区委员会), `skos:altLabel` (printed "
        "forms such as 区委) |\n"
        "| posts | `?person org:holds ?post . ?post rdfs:label \"常务副区长\"@zh ; org:postIn ?org`; an "
        "`org:Membership` carries the dates seen |\n"
        "| roles | a `kgo:Role` node: `kgo:agent` (the person), `kgo:role` (主持, 出席 …), `kgo:article` |\n"
        "| articles | `schema:NewsArticle` with `schema:headline`, `schema:datePublished`, `schema:mentions` |\n"
        "| co-occurrence | `kgo:CoOccurrence` with two `kgo:participant`s, `kgo:window`, `kgo:count`, "
        "`kgo:weight` (PMI) |\n"
        "| provenance | `prov:wasDerivedFrom` a `kgo:Quotation`: the sentence and its offsets |\n\n"
        "SPARQL queries match patterns of such statements. kg ships five queries (`queries/`); "
        "`kg.query` runs them with rdflib or pyoxigraph and binds parameters safely."),
    new_code_cell('''import subprocess
import sys
from pathlib import Path

import pandas as pd

from kg.query import load_graph, query, shipped_queries

OUT = Path("..") / "output"
if not (OUT / "graph.ttl").exists():
    subprocess.run([sys.executable, "-m", "kg.cli", "build", "--out", str(OUT)], check=True)
graph = load_graph(OUT / "graph.ttl")  # rdflib; load_graph(..., "oxigraph") for large graphs


def df(query_name, **params):
    result = query(graph, shipped_queries()[query_name], params)
    return pd.DataFrame(result.rows, columns=result.columns)


print(sorted(shipped_queries()))'''),
    new_markdown_cell("## The posts each official holds, with the dates seen"),
    new_code_cell('''df("posts")'''),
    new_markdown_cell("## Who chaired, attended or spoke at what, and when"),
    new_code_cell('''df("roles")'''),
    new_markdown_cell("## Programmes named with each street or community"),
    new_code_cell('''df("programmes_by_place")'''),
    new_markdown_cell("## The strongest co-occurring entities of one entity\n\nThe parameter is bound, "
                      "never pasted into the query."),
    new_code_cell('''df("cooccurring", name="邓光怀").head(10)'''),
    new_markdown_cell("## Articles that mention an entity in a date range"),
    new_code_cell('''df("mentions_in_range", name="区委", **{"from": "2025-10-01", "to": "2025-10-31"})'''),
    new_markdown_cell("## Your own query\n\nThe query text is SPARQL; `query` accepts any SELECT."),
    new_code_cell('''mine = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?name (GROUP_CONCAT(?alias; separator="、") AS ?printed) WHERE {
  ?o a org:Organization ; rdfs:label ?name ; skos:altLabel ?alias .
} GROUP BY ?name ORDER BY ?name
"""
pd.DataFrame(query(graph, mine).rows, columns=["canonical name", "printed forms"])'''),
]


def write(name: str, cells: list) -> Path:
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                            "language": "python"},
                                             "language_info": {"name": "python"}})
    path = NOTEBOOKS / name
    nbformat.write(nb, path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--execute", action="store_true", help="run them and keep the outputs")
    args = ap.parse_args()
    paths = [write("01_explore.ipynb", EXPLORE), write("02_sparql.ipynb", SPARQL)]
    if args.execute:
        from nbclient import NotebookClient

        for path in paths:
            nb = nbformat.read(path, as_version=4)
            NotebookClient(nb, timeout=600, kernel_name="python3",
                           resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
            nbformat.write(nb, path)
    for p in paths:
        print(p)


if __name__ == "__main__":
    main()
