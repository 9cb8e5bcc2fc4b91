"""Exporters: each takes what an earlier stage produced and writes files atomically."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.export.html import write_html
from kg.export.rdf import DEFAULT_BASE, FORMATS, export_rdf
from kg.export.tables import write_csv, write_graphml, write_node_link

__all__ = ["FORMATS", "write_all"]


def write_all(g: nx.MultiDiGraph, out: Path, rdf_formats: Iterable[str] = ("turtle",),
              base: str = DEFAULT_BASE, html_max_nodes: int = 300) -> list[Path]:
    """graph.<ttl|nt|jsonld|trig>, graph.graphml, nodes.csv, edges.csv, graph.json, graph.html."""
    written = export_rdf(g, out, rdf_formats, base)
    if html_max_nodes > 0:
        written.append(write_html(g, out / "graph.html", max_nodes=html_max_nodes))
    write_graphml(g, out / "graph.graphml")
    write_csv(g, out / "nodes.csv", out / "edges.csv")
    write_node_link(g, out / "graph.json")
    return [*written, out / "graph.graphml", out / "nodes.csv", out / "edges.csv", out / "graph.json"]
