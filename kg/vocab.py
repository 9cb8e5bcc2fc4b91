"""kg's RDF vocabulary (``kgo:``); the terms are declared in kg/data/ontology/kgo.ttl."""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["KGO", "KGO_IRI"]

KGO_IRI = "https://w3id.org/zhkg/ontology#"


class KGO(DefinedNamespace):
    _NS = Namespace(KGO_IRI)
    _fail = True

    Street: URIRef  # a 街道 subdistrict
    Community: URIRef  # a 社区 residents' community
    Programme: URIRef  # a named initiative, programme, campaign, service model or plan
    Role: URIRef  # what a person did at an event an article reports
    CoOccurrence: URIRef
    Quotation: URIRef  # the sentence a fact was read from
    agent: URIRef
    role: URIRef
    article: URIRef
    window: URIRef
    count: URIRef
    weight: URIRef
    coOccursWith: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sourceStart: URIRef
    sourceEnd: URIRef
    sourceFile: URIRef
    rule: URIRef
    former: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    mentionCount: URIRef
    post: URIRef
    issueTotal: URIRef
    participant: URIRef
