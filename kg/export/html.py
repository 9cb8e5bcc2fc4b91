"""The interactive HTML graph: one self-contained file, drawn with pyvis/vis-network.

pyvis builds the nodes, edges and options; the page comes from our template
(kg/data/html/graph.html.j2), which inlines vis-network's script and style from the
pyvis wheel, so the file opens offline and requests nothing from any other host (its
Content-Security-Policy forbids it). Every string from the newspaper reaches the page
as JSON data or as vis-network's plain-text tooltip and is shown with ``textContent``:
none of it is parsed as HTML.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.export.atomic import atomic_write

__all__ = ["TYPE_STYLE", "build_network", "write_html"]

TYPE_STYLE = {  # colour, shape, legend
    "Person": ("#e15759", "dot", "人物 Person"),
    "Organization": ("#4e79a7", "square", "机构 Organization"),
    "Hospital": ("#59a14f", "triangle", "医院 Hospital"),
    "Street": ("#f28e2b", "diamond", "街道 Street"),
    "Community": ("#edc948", "diamond", "社区 Community"),
    "Place": ("#76b7b2", "triangleDown", "地点 Place"),
    "Programme": ("#b07aa1", "star", "项目 Programme"),
    "Article": ("#bab0ac", "box", "报道 Article"),
}
REL_STYLE = {  # colour, dashes, legend
    "post": ("#4e79a7", False, "职务 post"),
    "role": ("#e15759", False, "角色 role"),
    "located-in": ("#f28e2b", True, "位于 located in"),
    "co-occurrence": ("#c7c7c7", True, "共现 co-occurrence"),
}
MAX_EVIDENCE = 3


def _lib(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _evidence_text(ev: Any, headlines: dict[str, tuple[str, str | None]]) -> str:
    headline, date = headlines.get(ev.article, ("", None))
    where = "，".join(x for x in (date, headline) if x)
    return f"{ev.sentence}（{where}）" if where else ev.sentence


def build_network(g: nx.MultiDiGraph, max_nodes: int = 300, window: str = "sentence",
                  heading: str = "kg 知识图谱") -> tuple[Network, dict[str, Any]]:
    """A pyvis Network of the graph's most connected entities (top `max_nodes` by degree over
    posts, roles, located-in and co-occurrence in `window`), and the page's panel data."""
    headlines = {d["id"]: (d.get("headline") or "", d.get("date")) for _, d in g.nodes(data=True)
                 if d.get("kind") == "article"}
    entities = {n for n, d in g.nodes(data=True) if d.get("kind") == "entity"}
    links: list[tuple[str, str, str, str, dict[str, Any]]] = []  # from, to, rel, label, data
    for u, v, d in g.edges(data=True):
        rel = d.get("rel")
        if rel == "holds":
            org = g.nodes[v].get("org")
            if org in entities:
                links.append((u, org, "post", str(g.nodes[v].get("label", "")), d))
        elif rel == "role":
            links.append((u, v, "role", str(d.get("verb", "")), d))
        elif rel == "located_in":
            links.append((u, v, "located-in", "", d))
        elif rel == "co_occurs" and d.get("window") == window:
            links.append((u, v, "co-occurrence", "", d))
    degree: Counter[str] = Counter()
    for u, v, _, _, _ in links:
        degree[u] += 1
        degree[v] += 1
    keep_entities = set(sorted(entities, key=lambda n: (-degree[n], str(n)))[:max_nodes])
    links = [x for x in links if x[0] in keep_entities and (x[1] in keep_entities or x[2] == "role")]
    articles = {v for _, v, rel, _, _ in links if rel == "role"}

    net = Network(height="100vh", width="100%", directed=True, heading=heading, cdn_resources="local")
    panel_nodes: dict[str, Any] = {}
    posts: dict[str, list[str]] = defaultdict(list)
    for u, v, d in g.edges(data=True):
        if d.get("rel") == "holds" and u in keep_entities:
            org = g.nodes[v].get("org")
            org_label = g.nodes[org]["label"] if org in g else ""
            dates = f"（{d['first_seen']} – {d['last_seen']}）" if d.get("first_seen") else ""
            posts[u].append(f"{org_label} {g.nodes[v].get('label', '')}{dates}".strip())
    co: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for u, v, _, rel, d in links:
        if rel == "co-occurrence":
            co[u].append((d["weight"], g.nodes[v]["label"]))
            co[v].append((d["weight"], g.nodes[u]["label"]))
    mention_ev: dict[str, list[Any]] = defaultdict(list)
    for u, _v, k, d in g.edges(keys=True, data=True):
        if k == "mentioned_in" and u in keep_entities and len(mention_ev[u]) < MAX_EVIDENCE:
            mention_ev[u].extend(d.get("evidence", [])[: MAX_EVIDENCE - len(mention_ev[u])])
    for n in sorted(keep_entities, key=str):
        d = g.nodes[n]
        color, shape, _ = TYPE_STYLE[d["type"]]
        size = 10 + 4 * math.log1p(d.get("mentions", 0) + degree[n])
        title = f"{d['label']}\n{TYPE_STYLE[d['type']][2]}"
        if d.get("aliases"):
            title += "\n别名：" + "、".join(d["aliases"][:6])
        net.add_node(n, label=d["label"], title=title, color=color, shape=shape, size=size, kgtype=d["type"])
        panel_nodes[n] = {
            "label": d["label"], "type": TYPE_STYLE[d["type"]][2], "aliases": list(d.get("aliases", [])),
            "mentions": d.get("mentions", 0), "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"),
            "posts": posts.get(n, []),
            "cooccurring": [f"{name}（{w:.2f}）" for w, name in sorted(co.get(n, []), reverse=True)[:5]],
            "evidence": [_evidence_text(ev, headlines) for ev in mention_ev.get(n, [])],
        }
    for a in sorted(articles, key=str):
        d = g.nodes[a]
        label = (d.get("headline") or "（无标题）")[:16]
        net.add_node(a, label=label, title=f"{d.get('headline') or ''}\n{d.get('date') or ''}",
                     color=TYPE_STYLE["Article"][0], shape="box", size=8, kgtype="Article")
        panel_nodes[a] = {"label": d.get("headline") or "", "type": TYPE_STYLE["Article"][2], "aliases": [],
                          "mentions": None, "first_seen": d.get("date"), "last_seen": d.get("date"), "posts": [],
                          "cooccurring": [], "evidence": []}
    weights = [d["weight"] for _, _, rel, _, d in links if rel == "co-occurrence"]
    lo, hi = (min(weights), max(weights)) if weights else (0.0, 1.0)
    panel_edges: dict[str, Any] = {}
    for i, (u, v, rel, label, d) in enumerate(sorted(links, key=lambda x: (str(x[0]), str(x[1]), x[2], x[3]))):
        color, dashes, legend = REL_STYLE[rel]
        eid = f"e{i}"
        attrs: dict[str, Any] = {"id": eid, "color": color, "dashes": dashes, "rel": rel, "title": legend}
        if label:
            attrs["label"] = label
        if rel == "co-occurrence":
            norm = (d["weight"] - lo) / (hi - lo) if hi > lo else 1.0
            attrs.update(width=1 + 4 * norm, weight_norm=round(norm, 4), arrows={"to": {"enabled": False}})
            attrs["title"] = f"{legend}：{d['count']} 次，PMI {d['weight']:.2f}"
        net.add_edge(u, v, **attrs)
        evs = (d.get("evidence") or [])[:MAX_EVIDENCE]
        panel_edges[eid] = {"relation": legend + (f"：{label}" if label else ""),
                            "evidence": [_evidence_text(ev, headlines) for ev in evs]}
    big = len(keep_entities) > 300
    net.set_options(json.dumps({
        "layout": {"improvedLayout": not big},  # vis-network's clustering start is slow on big graphs
        "physics": {"enabled": True, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -8000, "springLength": 120, "damping": 0.4},
                    "stabilization": {"enabled": True, "iterations": 200 if big else 400, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "font": {"size": 10}},
        "nodes": {"font": {"size": 14, "face": "Noto Sans CJK SC, Microsoft YaHei, sans-serif"}},
    }))
    present = {d["type"] for n, d in g.nodes(data=True) if n in keep_entities} | ({"Article"} if articles else set())
    panel = {
        "nodes": panel_nodes, "edges": panel_edges,
        "types": [{"key": t, "label": s[2], "color": s[0]} for t, s in TYPE_STYLE.items() if t in present],
        "relations": [{"key": r, "label": s[2], "color": s[0]} for r, s in REL_STYLE.items()],
    }
    return net, panel


def write_html(g: nx.MultiDiGraph, path: str | Path, max_nodes: int = 300, window: str = "sentence",
               heading: str = "kg 知识图谱") -> Path:
    net, panel = build_network(g, max_nodes=max_nodes, window=window, heading=heading)
    template = resources.files("kg").joinpath("data", "html")
    with resources.as_file(template) as folder:
        net.set_template_dir(str(folder), "graph.html.j2")
        html = net.generate_html(notebook=False)
    data = json.dumps(panel, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e")
    html = (html.replace("/*__KG_VIS_CSS__*/", _lib("vis-network.css"))
            .replace("/*__KG_VIS_JS__*/", _lib("vis-network.min.js").replace("</script", "<\\/script"))
            .replace("__KG_DATA__", data.replace("&", "\\u0026")))
    with atomic_write(path) as fh:
        fh.write(html)
    return Path(path)
