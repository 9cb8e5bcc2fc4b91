"""SPARQL over the exported graph, with rdflib or pyoxigraph, parameters always bound
(rdflib ``initBindings`` / oxigraph substitutions), never spliced into the query text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["QueryResult", "load_graph", "query", "query_text", "shipped_queries"]

SUFFIX_FORMAT = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PARAM = re.compile(r"\?(\w+)")


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]  # python values: str, int, float, date, or None


def shipped_queries() -> dict[str, str]:
    """The queries shipped in kg/data/queries (also ./queries in the repository): name -> text."""
    folder = resources.files("kg").joinpath("data", "queries")
    return {p.name.removesuffix(".rq"): p.read_text(encoding="utf-8") for p in folder.iterdir()
            if p.name.endswith(".rq")}


def query_text(q: str) -> str:
    """A .rq file, the name of a shipped query, or SPARQL text."""
    path = Path(q)
    if q.endswith(".rq") and path.is_file():
        return path.read_text(encoding="utf-8")
    shipped = shipped_queries()
    if q in shipped:
        return shipped[q]
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", q, re.IGNORECASE):
        return q
    raise ValueError(f"{q!r} is neither a .rq file, a shipped query ({', '.join(sorted(shipped))}) nor SPARQL")


def _typed(value: str) -> tuple[str, str | None]:
    if _DATE.fullmatch(value):
        return value, "http://www.w3.org/2001/XMLSchema#date"
    if re.fullmatch(r"-?\d+", value):
        return value, "http://www.w3.org/2001/XMLSchema#integer"
    return value, None


def load_graph(path: str | Path, engine: str = "rdflib", store: str | Path | None = None) -> Any:
    p = Path(path)
    fmt = SUFFIX_FORMAT.get(p.suffix)
    if fmt is None:
        raise ValueError(f"{p}: unknown RDF file type (expected {', '.join(SUFFIX_FORMAT)})")
    if not p.is_file():
        raise ValueError(f"{p}: no such file")
    if engine == "rdflib":
        from rdflib import Dataset, Graph

        g: Any = Dataset(default_union=True) if fmt in ("trig", "nquads") else Graph()
        g.parse(p, format=fmt)
        return g
    if engine == "oxigraph":
        import pyoxigraph as ox

        ox_fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
                  "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}[fmt]
        s = ox.Store(str(store)) if store else ox.Store()
        if store:
            s.bulk_load(path=str(p), format=ox_fmt)  # on disk, without holding the file in memory
        else:
            s.load(path=str(p), format=ox_fmt)
        return s
    raise ValueError(f"engine must be rdflib or oxigraph, not {engine!r}")


def _py(term: Any) -> Any:
    if term is None:
        return None
    value = getattr(term, "value", None)
    if hasattr(term, "toPython"):  # rdflib
        v = term.toPython()
        return v.isoformat() if isinstance(v, date) else (str(v) if not isinstance(v, int | float) else v)
    dtype = getattr(getattr(term, "datatype", None), "value", "")
    if dtype.endswith(("#integer", "#int", "#long")):
        return int(value)
    if dtype.endswith(("#double", "#decimal", "#float")):
        return float(value)
    return value


def query(graph: Any, sparql: str, params: dict[str, str] | None = None) -> QueryResult:
    params = params or {}
    if hasattr(graph, "query") and type(graph).__module__.startswith("rdflib"):
        from rdflib import Literal, URIRef, Variable
        from rdflib.plugins.sparql import prepareQuery

        q = prepareQuery(sparql)
        bindings = {}
        for k, v in params.items():
            text, dtype = _typed(v)
            bindings[Variable(k)] = Literal(text, datatype=URIRef(dtype) if dtype else None)
        res = graph.query(q, initBindings=bindings)
        cols = [str(v) for v in res.vars]
        return QueryResult(cols, [[_py(row[c]) for c in cols] for row in res])
    import pyoxigraph as ox

    subs = {}
    for k, v in params.items():
        text, dtype = _typed(v)
        subs[ox.Variable(k)] = ox.Literal(text, datatype=ox.NamedNode(dtype)) if dtype else ox.Literal(text)
    res = graph.query(sparql, substitutions=subs, use_default_graph_as_union=True)
    cols = [v.value for v in res.variables]
    return QueryResult(cols, [[_py(sol[c]) for c in cols] for sol in res])


def parameters(sparql: str) -> list[str]:
    """Parameters a shipped query names in its header ('# Parameters: ?name ...')."""
    head = "\n".join(line for line in sparql.splitlines() if line.startswith("#"))
    m = re.search(r"Parameters:(.*)", head)
    return _PARAM.findall(m.group(1)) if m else []
