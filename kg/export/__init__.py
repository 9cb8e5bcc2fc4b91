"""Exporters: each takes what an earlier stage produced and writes files atomically."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.export.rdf import DEFAULT_BASE, FORMATS, graph_to_dataset, graph_to_rdf, write_rdf
from kg.export.tables import write_csv, write_graphml, write_node_link

__all__ = ["FORMATS", "write_all"]


def write_all(g: nx.MultiDiGraph, out: Path, rdf_formats: Iterable[str] = ("turtle",),
              base: str = DEFAULT_BASE) -> list[Path]:
    """graph.<ttl|nt|jsonld|trig>, graph.graphml, nodes.csv, edges.csv, graph.json."""
    written = []
    formats = list(rdf_formats)
    union = graph_to_rdf(g, base) if any(f != "trig" for f in formats) else None
    for fmt in formats:
        target = out / f"graph.{FORMATS[fmt]}"
        if fmt == "trig":
            write_rdf(graph_to_dataset(g, base), target, fmt)
        else:
            assert union is not None
            write_rdf(union, target, fmt)
        written.append(target)
    write_graphml(g, out / "graph.graphml")
    write_csv(g, out / "nodes.csv", out / "edges.csv")
    write_node_link(g, out / "graph.json")
    written += [out / "graph.graphml", out / "nodes.csv", out / "edges.csv", out / "graph.json"]
    return written
