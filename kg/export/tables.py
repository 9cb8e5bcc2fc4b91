"""Exports for analysts: GraphML (Gephi), nodes.csv and edges.csv, node-link JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.atomic import atomic_write

__all__ = ["scalar_graph", "write_csv", "write_graphml", "write_node_link"]

NODE_FIELDS = ["id", "kind", "type", "label", "aliases", "mentions", "first_seen", "last_seen", "headline", "date",
               "page", "title", "org"]
EDGE_FIELDS = ["source", "target", "key", "rel", "role", "verb", "window", "count", "weight", "first_seen",
               "last_seen", "evidence_count", "first_sentence"]


_EVIDENCE_ATTRS = frozenset({"alias_evidence"})  # evidence lives in graph.json and the RDF, not in tables


def _scalar(v: Any) -> str | int | float | bool | None:
    if v is None or isinstance(v, str | int | float | bool):
        return v
    if isinstance(v, list | tuple | set):
        return "|".join(str(x) for x in v if not isinstance(x, dict))
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def _edge_row(u: Any, v: Any, k: Any, d: dict[str, Any]) -> dict[str, Any]:
    ev = d.get("evidence") or []
    row = {f: _scalar(d.get(f)) for f in EDGE_FIELDS if f in d and f != "evidence"}
    row.update(source=u, target=v, key=k, evidence_count=len(ev),
               first_sentence=next((e.sentence for e in ev if e.sentence), None))
    return row


def scalar_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only (GraphML allows nothing else); evidence becomes a
    count and the first sentence, lists become '|'-joined strings, None is left out."""
    out = nx.MultiDiGraph()
    for n, d in sorted(g.nodes(data=True), key=lambda x: str(x[0])):
        out.add_node(n, **{k: _scalar(v) for k, v in d.items()
                           if k not in _EVIDENCE_ATTRS and v is not None and _scalar(v) is not None})
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        row = _edge_row(u, v, k, d)
        out.add_edge(u, v, key=k, **{a: b for a, b in row.items() if a not in ("source", "target", "key")
                                     and b is not None})
    return out


def _jsonable(v: Any) -> Any:
    if hasattr(v, "to_dict"):
        return v.to_dict()  # Evidence
    raise TypeError(f"cannot write {type(v).__name__} as JSON")


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """GraphML through lxml's incremental writer, so the XML is not built in memory."""
    with atomic_write(path, "wb", encoding=None) as fh:
        nx.write_graphml_lxml(scalar_graph(g), fh, encoding="utf-8")
    return Path(path)


def write_csv(g: nx.MultiDiGraph, nodes_path: str | Path, edges_path: str | Path) -> None:
    with atomic_write(nodes_path) as fh:
        w = csv.DictWriter(fh, fieldnames=NODE_FIELDS, extrasaction="ignore")
        w.writeheader()
        for n, d in sorted(g.nodes(data=True), key=lambda x: str(x[0])):
            w.writerow({"id": n, **{k: _scalar(v) for k, v in d.items() if k in NODE_FIELDS and k != "id"}})
    with atomic_write(edges_path) as fh:
        w = csv.DictWriter(fh, fieldnames=EDGE_FIELDS, extrasaction="ignore")
        w.writeheader()
        for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
            w.writerow(_edge_row(u, v, k, d))


def write_node_link(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """networkx node-link JSON, evidence included: `nx.node_link_graph(json.load(f), edges="links")`.
    Written a node and an edge at a time (the same document `nx.node_link_data` gives)."""

    def dumps(obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=_jsonable)

    with atomic_write(path) as fh:
        fh.write('{"directed": true, "graph": ' + dumps(g.graph) + ', "links": [')
        edges = sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
        for i, (u, v, k, d) in enumerate(edges):
            fh.write(("" if i == 0 else ", ") + dumps({**d, "source": u, "target": v, "key": k}))
        fh.write('], "multigraph": true, "nodes": [')
        for i, (n, d) in enumerate(sorted(g.nodes(data=True), key=lambda x: str(x[0]))):
            fh.write(("" if i == 0 else ", ") + dumps({**d, "id": n}))
        fh.write("]}")
    return Path(path)
