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
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SDO, SKOS, NamespaceManager

from kg.export.atomic import atomic_write
from kg.extract import Evidence
from kg.vocab import KGO, KGO_IRI

__all__ = ["DEFAULT_BASE", "FORMATS", "export_rdf", "graph_to_dataset", "graph_to_rdf"]

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


# ingest reads ASCII punctuation next to Chinese as full-width; a name keeps both spellings
_HALF_PUNCT = str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"})


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


class _Sink:
    """Where the emitter's statements go: ``add(s, p, o, graph)`` with graph None for the
    default graph or an article id for that article's named graph."""

    def add(self, s: Any, p: Any, o: Any, graph: str | None = None) -> None:  # pragma: no cover
        raise NotImplementedError


class _DatasetSink(_Sink):
    def __init__(self, ns: Namespace) -> None:
        self.ns = ns
        self.ds = Dataset()
        self.ds.namespace_manager = NamespaceManager(self.ds, bind_namespaces="core")
        _bind(self.ds, ns)
        self.graphs: dict[str, Graph] = {}

    def add(self, s: Any, p: Any, o: Any, graph: str | None = None) -> None:
        if graph is None:
            self.ds.default_graph.add((s, p, o))
            return
        if graph not in self.graphs:
            self.graphs[graph] = self.ds.graph(self.ns[f"graph/article/{graph}"])
        self.graphs[graph].add((s, p, o))


class _NQuadsSink(_Sink):
    """Streams N-Quads to a file: memory does not grow with the graph."""

    def __init__(self, fh: IO[str], ns: Namespace) -> None:
        self.fh = fh
        self.ns = ns

    def add(self, s: Any, p: Any, o: Any, graph: str | None = None) -> None:
        g = f" <{self.ns}graph/article/{graph}>" if graph is not None else ""
        self.fh.write(f"{s.n3()} {p.n3()} {o.n3()}{g} .\n")


class _Emitter:
    """Walks the networkx graph in a fixed order and emits each statement once."""

    def __init__(self, g: nx.MultiDiGraph, base: str, sink: _Sink) -> None:
        self.g = g
        self.ns = Namespace(base)
        self.sink = sink
        self.quotes: set[str] = set()
        self.pages: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()

    def add(self, s: Any, p: Any, o: Any, graph: str | None = None) -> None:
        self.sink.add(s, p, o, graph)

    def iri(self, node: str) -> URIRef:
        d = self.g.nodes[node]
        if d.get("kind") == "article":
            return self.ns[f"article/{d['id']}"]
        if d.get("kind") == "post":
            return self.ns[f"post/{node.split(':', 1)[1]}"]
        return self.ns[f"entity/{node}"]

    def quote(self, ev: Evidence) -> URIRef:
        ns = self.ns
        key = _h(ev.article, ev.part, ev.sentence, ev.start, ev.end)
        q = ns[f"quote/{key}"]
        if key not in self.quotes:
            self.quotes.add(key)
            a = ev.article
            self.add(q, RDF.type, KGO.Quotation, a)
            self.add(q, KGO.sentence, _zh(ev.sentence), a)
            self.add(q, KGO.startOffset, Literal(ev.start), a)
            self.add(q, KGO.endOffset, Literal(ev.end), a)
            self.add(q, KGO.sourceFile, Literal(ev.source), a)
            if ev.source_start is not None:
                self.add(q, KGO.sourceStart, Literal(ev.source_start), a)
                self.add(q, KGO.sourceEnd, Literal(ev.source_end), a)
            self.add(q, KGO.rule, Literal(ev.rule), a)
            self.add(q, PROV.wasDerivedFrom, ns[f"article/{a}"], a)
        return q

    def reify(self, s: URIRef, p: URIRef, o: URIRef | Literal, evidence: list[Evidence], graph: str | None) -> None:
        """The statement (s p o), reified, derived from the quotations of its evidence."""
        if not evidence:
            return
        st = self.ns[f"statement/{_h(s, p, o)}"]
        self.add(st, RDF.type, RDF.Statement, graph)
        self.add(st, RDF.subject, s, graph)
        self.add(st, RDF.predicate, p, graph)
        self.add(st, RDF.object, o, graph)
        for ev in evidence:
            self.add(st, PROV.wasDerivedFrom, self.quote(ev), ev.article)

    def node(self, node: str, d: dict[str, Any]) -> None:
        s, ns = self.iri(node), self.ns
        if d["kind"] == "article":
            a = d["id"]
            self.add(s, RDF.type, SDO.NewsArticle, a)
            if d.get("headline"):
                self.add(s, SDO.headline, _zh(d["headline"]), a)
            if d.get("date"):
                self.add(s, SDO.datePublished, Literal(d["date"], datatype=XSD.date), a)
            page = ns[f"page/{_h(d['page'])}"]
            self.add(s, SDO.isPartOf, page, a)
            if d["page"] not in self.pages:
                self.pages.add(d["page"])
                self.add(page, RDF.type, SDO.PublicationIssue)
                self.add(page, RDFS.label, Literal(d["page"]))
                if d.get("newspaper"):
                    self.add(page, SDO.name, _zh(d["newspaper"]))
                    # the issue (newspaper and date) the page belongs to, and the newspaper itself
                    paper = ns[f"periodical/{_h(d['newspaper'])}"]
                    if d.get("date"):
                        issue = ns[f"issue/{_h(d['newspaper'], d['date'])}"]
                        self.add(page, SDO.isPartOf, issue)
                        if issue not in self.pages:
                            self.pages.add(str(issue))
                            self.add(issue, RDF.type, SDO.PublicationIssue)
                            self.add(issue, SDO.datePublished, Literal(d["date"], datatype=XSD.date))
                            if d.get("issue") is not None:
                                self.add(issue, SDO.issueNumber, Literal(str(d["issue"])))
                            if d.get("issue_total") is not None:
                                self.add(issue, KGO.issueTotal, Literal(d["issue_total"]))
                            self.add(issue, SDO.isPartOf, paper)
                    if str(paper) not in self.pages:
                        self.pages.add(str(paper))
                        self.add(paper, RDF.type, SDO.Periodical)
                        self.add(paper, SDO.name, _zh(d["newspaper"]))
        elif d["kind"] == "entity":
            self.add(s, RDF.type, CLASS[d["type"]])
            self.add(s, RDFS.label, _zh(d["label"]))
            for alias in d.get("aliases", []):
                self.add(s, SKOS.altLabel, _zh(alias))
            for name in {d["label"], *d.get("aliases", [])}:
                if (ascii_form := name.translate(_HALF_PUNCT)) != name:
                    self.add(s, SKOS.altLabel, _zh(ascii_form))  # 三磊实业（集团） as pages print it: (集团)
            for alias, evs in sorted(d.get("alias_evidence", {}).items()):
                self.reify(s, SKOS.altLabel, _zh(alias), evs[:1], None)  # an alias the text states
            self.add(s, KGO.mentionCount, Literal(d.get("mentions", 0)))
            if d.get("first_seen"):
                self.add(s, KGO.firstSeen, Literal(d["first_seen"], datatype=XSD.date))
                self.add(s, KGO.lastSeen, Literal(d["last_seen"], datatype=XSD.date))
        elif d["kind"] == "post":
            self.add(s, RDF.type, ORG.Post)
            self.add(s, RDFS.label, _zh(d["label"]))

    def edge(self, u: str, v: str, d: dict[str, Any]) -> None:
        su, sv, ns = self.iri(u), self.iri(v), self.ns
        rel = d["rel"]
        evidence: list[Evidence] = d.get("evidence") or []
        if rel == "mentioned_in":
            a = self.g.nodes[v]["id"]
            self.add(sv, SDO.mentions, su, a)
            self.reify(sv, SDO.mentions, su, evidence, a)
        elif rel in ("reported", "edited"):
            a = self.g.nodes[v]["id"]
            self.add(sv, SDO.author, su, a)  # the page's editors count as its reporters (GUIDELINE)
            self.reify(sv, SDO.author, su, evidence, a)
            if rel == "edited":
                self.add(sv, SDO.editor, su, a)
        elif rel == "holds":
            self.add(su, ORG.holds, sv)
            org = self.g.nodes[v].get("org")
            m = ns[f"membership/{_h(u, v)}"]
            self.add(m, RDF.type, ORG.Membership)
            self.add(m, ORG.member, su)
            self.add(m, KGO.post, sv)
            if org:
                self.add(m, ORG.organization, self.iri(org))
            if d.get("former"):
                self.add(m, KGO.former, Literal(True))
            if d.get("first_seen"):
                self.add(m, KGO.firstSeen, Literal(d["first_seen"], datatype=XSD.date))
                self.add(m, KGO.lastSeen, Literal(d["last_seen"], datatype=XSD.date))
            for ev in evidence:
                self.add(m, PROV.wasDerivedFrom, self.quote(ev), ev.article)
        elif rel == "post_in":
            self.add(su, ORG.postIn, sv)
        elif rel == "role":
            a = self.g.nodes[v]["id"]
            r = ns[f"role/{_h(u, d['verb'], v)}"]
            self.add(r, RDF.type, KGO.Role, a)
            self.add(r, KGO.agent, su, a)
            self.add(r, KGO.role, _zh(d["verb"]), a)
            self.add(r, KGO.article, sv, a)
            for ev in evidence:
                self.add(r, PROV.wasDerivedFrom, self.quote(ev), a)
        elif rel == "located_in":
            self.add(su, SDO.containedInPlace, sv)
            self.reify(su, SDO.containedInPlace, sv, evidence, None)
        elif rel == "co_occurs":
            if (u, v) not in self.pairs:
                self.pairs.add((u, v))
                self.add(su, KGO.coOccursWith, sv)
                self.add(sv, KGO.coOccursWith, su)
            c = ns[f"cooccurrence/{_h(u, v, d['window'])}"]
            self.add(c, RDF.type, KGO.CoOccurrence)
            self.add(c, KGO.participant, su)
            self.add(c, KGO.participant, sv)
            self.add(c, KGO.window, Literal(d["window"]))
            self.add(c, KGO.count, Literal(d["count"]))
            self.add(c, KGO.weight, Literal(float(d["weight"]), datatype=XSD.double))
            for art in sorted({ev.article for ev in evidence}):
                self.add(c, PROV.wasDerivedFrom, ns[f"article/{art}"])

    def run(self) -> None:
        for node in sorted(self.g.nodes, key=str):
            self.node(node, self.g.nodes[node])
        for u, v, _k, d in sorted(self.g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), e[2])):
            self.edge(u, v, d)


def graph_to_dataset(g: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Dataset:
    """The graph as an rdflib Dataset: a named graph per article, the rest in the default
    graph. For analysis of small graphs; exports stream (`export_rdf`)."""
    sink = _DatasetSink(Namespace(base))
    _Emitter(g, base, sink).run()
    return sink.ds


def graph_to_rdf(g: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Graph:
    """All triples in one rdflib Graph (the union of the dataset's graphs)."""
    ds = graph_to_dataset(g, base)
    out = Graph(bind_namespaces="core")
    _bind(out, Namespace(base))
    for s, p, o, _c in ds.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


# instance IRIs are <base>kind/hash: a prefix per kind keeps local names plain
INSTANCE_PREFIXES = {"entity": "entity/", "article": "article/", "post": "post/", "quote": "quote/",
                     "role": "role/", "membership": "membership/", "cooc": "cooccurrence/",
                     "statement": "statement/", "page": "page/", "issue": "issue/", "periodical": "periodical/",
                     "graph": "graph/article/"}
PREFIXES = {"schema": str(SDO), "org": str(ORG), "skos": str(SKOS), "prov": str(PROV), "kgo": KGO_IRI,
            "rdfs": str(RDFS), "rdf": str(RDF), "xsd": str(XSD)}


def export_rdf(g: nx.MultiDiGraph, out: str | Path, formats: Iterable[str] = ("turtle",),
               base: str = DEFAULT_BASE) -> list[Path]:
    """Write graph.<ttl|nt|jsonld|trig> into `out`, streaming: statements go to an N-Quads
    file as they are produced and pyoxigraph serialises each format from it, so memory
    does not grow with the graph. The order is fixed, so equal graphs give equal files.
    Turtle, N-Triples and JSON-LD hold the union of the graphs; TriG keeps the named graphs."""
    import pyoxigraph as ox

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    prefixes = {**PREFIXES, **{name: base + path for name, path in INSTANCE_PREFIXES.items()}}
    written = []
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        nq = Path(tmp) / "graph.nq"
        with nq.open("w", encoding="utf-8") as fh:
            _Emitter(g, base, _NQuadsSink(fh, Namespace(base))).run()
        for fmt in formats:
            if fmt not in FORMATS:
                raise ValueError(f"unknown RDF format {fmt!r}: choose from {', '.join(FORMATS)}")
            target = out / f"graph.{FORMATS[fmt]}"
            quads = ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS)
            with atomic_write(target, "wb", encoding=None) as fh:
                if fmt == "trig":
                    ox.serialize(quads, fh, format=ox.RdfFormat.TRIG, prefixes=prefixes)
                else:
                    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
                    ox_fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                              "json-ld": ox.RdfFormat.JSON_LD}[fmt]
                    ox.serialize(triples, fh, format=ox_fmt,
                                 prefixes=prefixes if fmt in ("turtle", "json-ld") else None)
            written.append(target)
    return written
