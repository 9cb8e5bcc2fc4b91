"""RDF export of the graph with rdflib: schema.org, W3C ORG, SKOS, PROV-O and kgo:.

Contract (read by ../shared/eval/score.py; extend it, never contradict it):
  classes    schema:Person org:Organization schema:Hospital kgo:Street kgo:Community kgo:Programme schema:Place
  names      rdfs:label "…"@zh (canonical), skos:altLabel (every alias and printed variant)
  posts      ?person org:holds ?post . ?post a org:Post ; rdfs:label "区委书记"@zh ; org:postIn ?org
  articles   schema:NewsArticle, schema:headline, schema:datePublished, schema:author, schema:mentions
  roles      [] a kgo:Role ; kgo:agent ?person ; kgo:role "主持"@zh ; kgo:article ?article
  located-in ?a schema:containedInPlace ?b
  provenance prov:wasDerivedFrom a kgo:Quotation with the sentence and offsets
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SDO, SKOS

from kg.export.atomic import atomic_write
from kg.vocab import KGO

__all__ = ["DEFAULT_BASE", "FORMATS", "graph_to_rdf", "write_rdf"]

DEFAULT_BASE = "https://w3id.org/zhkg/id/"
FORMATS = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig"}
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


def graph_to_rdf(g: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Graph:
    ns = Namespace(base)
    rdf = Graph(bind_namespaces="core")
    rdf.bind("schema", SDO)
    rdf.bind("org", ORG)
    rdf.bind("skos", SKOS)
    rdf.bind("prov", PROV)
    rdf.bind("kgo", KGO)
    rdf.bind("kg", ns)

    def iri(node: str) -> URIRef:
        kind = g.nodes[node].get("kind")
        if kind == "article":
            return ns[f"article/{g.nodes[node]['id']}"]
        if kind == "post":
            return ns[f"post/{node.split(':', 1)[1]}"]
        return ns[f"entity/{node}"]

    def quote(ev: dict[str, Any]) -> URIRef:
        q = ns[f"quote/{_h(ev['article'], ev['part'], ev['sentence'], ev['start'], ev['end'])}"]
        if (q, RDF.type, KGO.Quotation) not in rdf:
            rdf.add((q, RDF.type, KGO.Quotation))
            rdf.add((q, KGO.sentence, _zh(ev["sentence"])))
            rdf.add((q, KGO.startOffset, Literal(ev["start"])))
            rdf.add((q, KGO.endOffset, Literal(ev["end"])))
            rdf.add((q, KGO.sourceFile, Literal(ev["source"])))
            if ev.get("source_start") is not None:
                rdf.add((q, KGO.sourceStart, Literal(ev["source_start"])))
                rdf.add((q, KGO.sourceEnd, Literal(ev["source_end"])))
            rdf.add((q, KGO.rule, Literal(ev["rule"])))
            rdf.add((q, PROV.wasDerivedFrom, ns[f"article/{ev['article']}"]))
        return q

    for node, d in g.nodes(data=True):
        s = iri(node)
        if d["kind"] == "article":
            rdf.add((s, RDF.type, SDO.NewsArticle))
            if d.get("headline"):
                rdf.add((s, SDO.headline, _zh(d["headline"])))
            if d.get("date"):
                rdf.add((s, SDO.datePublished, Literal(d["date"], datatype=XSD.date)))
            page = ns[f"page/{_h(d['page'])}"]
            rdf.add((s, SDO.isPartOf, page))
            rdf.add((page, RDF.type, SDO.PublicationIssue))
            rdf.add((page, RDFS.label, Literal(d["page"])))
        elif d["kind"] == "entity":
            rdf.add((s, RDF.type, CLASS[d["type"]]))
            rdf.add((s, RDFS.label, _zh(d["label"])))
            for alias in d.get("aliases", []):
                rdf.add((s, SKOS.altLabel, _zh(alias)))
            rdf.add((s, KGO.mentionCount, Literal(d.get("mentions", 0))))
            if d.get("first_seen"):
                rdf.add((s, KGO.firstSeen, Literal(d["first_seen"], datatype=XSD.date)))
                rdf.add((s, KGO.lastSeen, Literal(d["last_seen"], datatype=XSD.date)))
        elif d["kind"] == "post":
            rdf.add((s, RDF.type, ORG.Post))
            rdf.add((s, RDFS.label, _zh(d["label"])))
    for u, v, _key, d in g.edges(keys=True, data=True):
        su, sv = iri(u), iri(v)
        rel = d["rel"]
        if rel == "mentioned_in":
            rdf.add((sv, SDO.mentions, su))
        elif rel == "reported":
            rdf.add((sv, SDO.author, su))
        elif rel == "edited":
            rdf.add((sv, SDO.editor, su))
            rdf.add((sv, SDO.author, su))  # the page's editors count as its reporters (GUIDELINE)
        elif rel == "holds":
            rdf.add((su, ORG.holds, sv))
            for ev in d.get("evidence", []):
                rdf.add((sv, PROV.wasDerivedFrom, quote(ev)))
        elif rel == "post_in":
            rdf.add((su, ORG.postIn, sv))
        elif rel == "role":
            r = ns[f"role/{_h(u, d['verb'], v)}"]
            rdf.add((r, RDF.type, KGO.Role))
            rdf.add((r, KGO.agent, su))
            rdf.add((r, KGO.role, _zh(d["verb"])))
            rdf.add((r, KGO.article, sv))
            for ev in d.get("evidence", []):
                rdf.add((r, PROV.wasDerivedFrom, quote(ev)))
        elif rel == "located_in":
            rdf.add((su, SDO.containedInPlace, sv))
    return rdf


def write_rdf(rdf: Graph, path: str | Path, fmt: str = "turtle") -> Path:
    """Serialise atomically."""
    target = Path(path)
    with atomic_write(target, "wb", encoding=None) as fh:
        rdf.serialize(destination=fh, format=fmt)
    return target
