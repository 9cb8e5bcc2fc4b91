"""Build the graph of one page on its own, as scored against a gold file."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from kg.export.rdf import export_rdf
from kg.extract import extract_pages
from kg.graph import build_graph
from kg.ingest import IngestOptions, ingest_file
from kg.nlp import load
from kg.resolve import resolve

__all__ = ["build_page_graph"]

_NLP: list[Language] = []


def build_page_graph(page: str | Path, out: str | Path, district: str | None = None,
                     nlp: Language | None = None) -> Path:
    """ingest -> extract -> resolve -> graph -> RDF (Turtle) for one page file."""
    if nlp is None:
        if not _NLP:
            _NLP.append(load())
        nlp = _NLP[0]
    result = ingest_file(page, opts=IngestOptions(district=district))
    graph = build_graph(resolve(extract_pages([result], nlp)))
    out = Path(out)
    [ttl] = export_rdf(graph, out.parent, ["turtle"])
    return ttl.rename(out) if ttl != out else ttl
