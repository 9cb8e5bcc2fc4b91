"""RDF export of the graph with rdflib: schema.org, W3C ORG, SKOS, PROV-O and kgo:.

Contract (read by ../shared/eval/score.py; extend it, never contradict it):
  classes    schema:Person org:Organization schema:Hospital kgo:Street kgo:Community kgo:Programme schema:Place
  names      rdfs:label "…"@zh (canonical), skos:altLabel (every alias and printed variant)
  posts      ?person org:holds ?post . ?post a org:Post ; rdfs:label "区委书记"@zh ; org:postIn ?org ;
             plus org:Membership (org:member, org:organization, kgo:post, kgo:firstSeen, kgo:lastSeen)
  articles   schema:NewsArticle, schema:headline, schema:datePublished, schema:author, schema:editor,
             schema:mentions, schema:isPartOf (the page)
  roles      [] a kgo:Role ; kgo:agent ?person ; kgo:role "主持"@zh ; kgo:article ?article
  located-in ?a schema:containedInPlace ?b
  co-occur   ?a kgo:coOccursWith ?b (both ways); kgo:CoOccurrence with kgo:window, kgo:count, kgo:weight
  provenance prov:wasDerivedFrom a kgo:Quotation (kgo:sentence, offsets, kgo:sourceFile, kgo:rule)

Facts read from one article go to that article's named graph (``…/graph/article/ID``);
entity, post and co-occurrence descriptions to the default graph. Turtle, N-Triples and
JSON-LD hold the union; TriG keeps the named graphs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SDO, SKOS, NamespaceManager

from kg.export.atomic import atomic_write
from kg.vocab import KGO

__all__ = ["DEFAULT_BASE", "FORMATS", "graph_to_dataset", "graph_to_rdf", "write_rdf"]

DEFAULT_BASE = "https://w3id.org/zhkg/id/"
FORMATS = {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld", "trig": "trig"}
CLASS = {
    "Person": SDO.Person,
    "Organization": ORG.Organization,
    "Hospital": SDO.Hospital,
    "Street": KGO.Street,
    "Community": KGO.Community,
    "Programme": KGO.Programme,
    "Place": SDO.Place,
}


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _h(*parts: Any) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _bind(g: Graph, ns: Namespace) -> None:
    g.bind("schema", SDO)
    g.bind("org", ORG)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("kgo", KGO)
    g.bind("kg", ns)


class _Emitter:
    def __init__(self, g: nx.MultiDiGraph, base: str) -> None:
        self.g = g
        self.ns = Namespace(base)
        self.ds = Dataset()
        self.ds.namespace_manager = NamespaceManager(self.ds, bind_namespaces="core")
        _bind(self.ds, self.ns)
        self.default = self.ds.default_graph
        self.graphs: dict[str, Graph] = {}

    def article_graph(self, article_id: str) -> Graph:
        if article_id not in self.graphs:
            self.graphs[article_id] = self.ds.graph(self.ns[f"graph/article/{article_id}"])
        return self.graphs[article_id]

    def iri(self, node: str) -> URIRef:
        d = self.g.nodes[node]
        if d.get("kind") == "article":
            return self.ns[f"article/{d['id']}"]
        if d.get("kind") == "post":
            return self.ns[f"post/{node.split(':', 1)[1]}"]
        return self.ns[f"entity/{node}"]

    def quote(self, ev: dict[str, Any]) -> URIRef:
        ns = self.ns
        q = ns[f"quote/{_h(ev['article'], ev['part'], ev['sentence'], ev['start'], ev['end'])}"]
        g = self.article_graph(ev["article"])
        if (q, RDF.type, KGO.Quotation) not in g:
            g.add((q, RDF.type, KGO.Quotation))
            g.add((q, KGO.sentence, _zh(ev["sentence"])))
            g.add((q, KGO.startOffset, Literal(ev["start"])))
            g.add((q, KGO.endOffset, Literal(ev["end"])))
            g.add((q, KGO.sourceFile, Literal(ev["source"])))
            if ev.get("source_start") is not None:
                g.add((q, KGO.sourceStart, Literal(ev["source_start"])))
                g.add((q, KGO.sourceEnd, Literal(ev["source_end"])))
            g.add((q, KGO.rule, Literal(ev["rule"])))
            g.add((q, PROV.wasDerivedFrom, ns[f"article/{ev['article']}"]))
        return q

    def node(self, node: str, d: dict[str, Any]) -> None:
        s, g, ns = self.iri(node), self.default, self.ns
        if d["kind"] == "article":
            ag = self.article_graph(d["id"])
            ag.add((s, RDF.type, SDO.NewsArticle))
            if d.get("headline"):
                ag.add((s, SDO.headline, _zh(d["headline"])))
            if d.get("date"):
                ag.add((s, SDO.datePublished, Literal(d["date"], datatype=XSD.date)))
            page = ns[f"page/{_h(d['page'])}"]
            ag.add((s, SDO.isPartOf, page))
            g.add((page, RDF.type, SDO.PublicationIssue))
            g.add((page, RDFS.label, Literal(d["page"])))
            if d.get("newspaper"):
                g.add((page, SDO.name, _zh(d["newspaper"])))
        elif d["kind"] == "entity":
            g.add((s, RDF.type, CLASS[d["type"]]))
            g.add((s, RDFS.label, _zh(d["label"])))
            for alias in d.get("aliases", []):
                g.add((s, SKOS.altLabel, _zh(alias)))
            g.add((s, KGO.mentionCount, Literal(d.get("mentions", 0))))
            if d.get("first_seen"):
                g.add((s, KGO.firstSeen, Literal(d["first_seen"], datatype=XSD.date)))
                g.add((s, KGO.lastSeen, Literal(d["last_seen"], datatype=XSD.date)))
        elif d["kind"] == "post":
            g.add((s, RDF.type, ORG.Post))
            g.add((s, RDFS.label, _zh(d["label"])))

    def edge(self, u: str, v: str, d: dict[str, Any]) -> None:
        su, sv, ns = self.iri(u), self.iri(v), self.ns
        rel = d["rel"]
        if rel == "mentioned_in":
            self.article_graph(self.g.nodes[v]["id"]).add((sv, SDO.mentions, su))
        elif rel in ("reported", "edited"):
            ag = self.article_graph(self.g.nodes[v]["id"])
            ag.add((sv, SDO.author, su))  # the page's editors count as its reporters (GUIDELINE)
            if rel == "edited":
                ag.add((sv, SDO.editor, su))
        elif rel == "holds":
            self.default.add((su, ORG.holds, sv))
            org = self.g.nodes[v].get("org")
            m = ns[f"membership/{_h(u, v)}"]
            self.default.add((m, RDF.type, ORG.Membership))
            self.default.add((m, ORG.member, su))
            self.default.add((m, KGO.post, sv))
            if org:
                self.default.add((m, ORG.organization, self.iri(org)))
            if d.get("former"):
                self.default.add((m, KGO.former, Literal(True)))
            if d.get("first_seen"):
                self.default.add((m, KGO.firstSeen, Literal(d["first_seen"], datatype=XSD.date)))
                self.default.add((m, KGO.lastSeen, Literal(d["last_seen"], datatype=XSD.date)))
            for ev in d.get("evidence", []):
                self.article_graph(ev["article"]).add((m, PROV.wasDerivedFrom, self.quote(ev)))
        elif rel == "post_in":
            self.default.add((su, ORG.postIn, sv))
        elif rel == "role":
            ag = self.article_graph(self.g.nodes[v]["id"])
            r = ns[f"role/{_h(u, d['verb'], v)}"]
            ag.add((r, RDF.type, KGO.Role))
            ag.add((r, KGO.agent, su))
            ag.add((r, KGO.role, _zh(d["verb"])))
            ag.add((r, KGO.article, sv))
            for ev in d.get("evidence", []):
                ag.add((r, PROV.wasDerivedFrom, self.quote(ev)))
        elif rel == "located_in":
            self.default.add((su, SDO.containedInPlace, sv))
            for ev in d.get("evidence", []):
                q = self.quote(ev)
                self.article_graph(ev["article"]).add((ns[f"located/{_h(u, v)}"], PROV.wasDerivedFrom, q))
        elif rel == "co_occurs":
            g = self.default
            g.add((su, KGO.coOccursWith, sv))
            g.add((sv, KGO.coOccursWith, su))
            c = ns[f"cooccurrence/{_h(u, v, d['window'])}"]
            g.add((c, RDF.type, KGO.CoOccurrence))
            g.add((c, KGO.participant, su))
            g.add((c, KGO.participant, sv))
            g.add((c, KGO.window, Literal(d["window"])))
            g.add((c, KGO.count, Literal(d["count"])))
            g.add((c, KGO.weight, Literal(float(d["weight"]), datatype=XSD.double)))
            for ev in d.get("evidence", []):
                g.add((c, PROV.wasDerivedFrom, ns[f"article/{ev['article']}"]))


def graph_to_dataset(g: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Dataset:
    """The graph as an rdflib Dataset: a named graph per article, the rest in the default graph."""
    em = _Emitter(g, base)
    for node in sorted(g.nodes, key=str):
        em.node(node, g.nodes[node])
    for u, v, _k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), e[2])):
        em.edge(u, v, d)
    return em.ds


def graph_to_rdf(g: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Graph:
    """All triples in one rdflib Graph (the union of the dataset's graphs)."""
    ds = graph_to_dataset(g, base)
    out = Graph(bind_namespaces="core")
    _bind(out, Namespace(base))
    for s, p, o, _c in ds.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def _trig(ds: Dataset) -> str:
    """TriG with the named graphs in IRI order, each written as (sorted) Turtle."""
    ns = list(ds.namespace_manager.namespaces())
    parts = [f"@prefix {p}: <{u}> ." for p, u in sorted(ns) if p]
    parts.append("")

    def body(g: Graph) -> str:
        tg = Graph()
        for p, u in ns:
            tg.bind(p, u, override=True, replace=True)
        for t in g:
            tg.add(t)
        text = tg.serialize(format="turtle")
        return "\n".join(line for line in text.splitlines() if not line.startswith("@prefix")).strip()

    parts.append(body(ds.default_graph))
    for ctx in sorted((c for c in ds.graphs() if c.identifier != ds.default_graph.identifier),
                      key=lambda c: str(c.identifier)):
        if len(ctx):
            parts.append(f"\n<{ctx.identifier}> {{\n{body(ctx)}\n}}")
    return "\n".join(parts) + "\n"


def _sorted_jsonld(text: str) -> str:
    import json

    data = json.loads(text)
    nodes = data.get("@graph", data) if isinstance(data, dict) else data

    def canon(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: canon(x) for k, x in v.items()}
        if isinstance(v, list):
            return sorted((canon(x) for x in v), key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True))
        return v

    out = canon(nodes)
    if isinstance(data, dict) and "@graph" in data:
        data["@graph"] = out
        out = data
    return json.dumps(out, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def write_rdf(rdf: Graph | Dataset, path: str | Path, fmt: str = "turtle") -> Path:
    """Serialise atomically, in a stable order: equal graphs give byte-identical files."""
    target = Path(path)
    if fmt == "nt":
        data = rdf.serialize(format="nt", encoding="utf-8")
        lines = sorted(set(data.decode("utf-8").splitlines()))
        text = "\n".join(line for line in lines if line) + "\n"
    elif fmt == "trig":
        if not isinstance(rdf, Dataset):
            raise TypeError("TriG needs the Dataset (graph_to_dataset)")
        text = _trig(rdf)
    elif fmt == "json-ld":
        text = _sorted_jsonld(rdf.serialize(format="json-ld", auto_compact=True))
    else:
        text = rdf.serialize(format=fmt)
    with atomic_write(target) as fh:
        fh.write(text)
    return target
