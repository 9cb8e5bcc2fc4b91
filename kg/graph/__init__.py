"""The knowledge graph as a networkx MultiDiGraph, built by pure functions (no I/O).

Nodes: entities (``kind="entity"``), articles (``kind="article"``), posts
(``kind="post"``). Edges carry ``rel`` (mentioned_in, holds, post_in, reported, edited,
role, located_in) and ``evidence`` (a list of dicts: article, date, sentence, offsets,
rule).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.extract import Evidence
from kg.resolve import Resolution

__all__ = ["article_node", "build_graph", "post_node"]


def article_node(article_id: str) -> str:
    return f"article:{article_id}"


def post_node(org: str | None, title: str) -> str:
    return "post:" + hashlib.sha1(f"{org or ''}|{title}".encode()).hexdigest()[:16]


def _ev(evs: Iterable[Evidence | None]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in evs if e is not None]


def build_graph(res: Resolution) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for af in res.articles:
        a, m = af.article, af.page.meta
        g.add_node(article_node(a.id), kind="article", id=a.id, headline=a.headline or "", date=m.date,
                   newspaper=m.newspaper, page=af.page.page_id, source=a.source, position=a.position,
                   issue=m.issue, issue_total=m.issue_total)
    for ent in res.entities.values():
        g.add_node(ent.id, kind="entity", type=ent.label, label=ent.name, aliases=ent.aliases,
                   mentions=ent.mentions, first_seen=ent.first_seen, last_seen=ent.last_seen)
        by_article: dict[str, list[Evidence]] = {}
        for ev in ent.evidence:
            by_article.setdefault(ev.article, []).append(ev)
        for art, evs in sorted(by_article.items()):
            g.add_edge(ent.id, article_node(art), key="mentioned_in", rel="mentioned_in", count=len(evs),
                       evidence=_ev(evs))
    for f in res.facts:
        a = f.args
        ev = _ev([f.evidence])
        if f.kind in ("reporter", "editor"):
            rel = "reported" if f.kind == "reporter" else "edited"
            g.add_edge(a["person"], article_node(str(a["article"])), key=f"{rel}:{a['role']}", rel=rel,
                       role=a["role"], evidence=ev)
        elif f.kind == "post":
            pid = post_node(a["org"] if isinstance(a["org"], str) else None, str(a["title"]))
            if pid not in g:
                g.add_node(pid, kind="post", label=a["printed"] if a["org"] is None else a["title"],
                           title=a["title"], org=a["org"], printed=a["printed"])
            _add_or_extend(g, a["person"], pid, "holds", ev, former=bool(a["former"]),
                           dates=[f.evidence.date] if f.evidence and f.evidence.date else [])
            if a["org"]:
                _add_or_extend(g, pid, str(a["org"]), "post_in", [])
        elif f.kind == "role":
            _add_or_extend(g, a["person"], article_node(str(a["article"])), f"role:{a['verb']}", ev,
                           rel="role", verb=a["verb"])
        elif f.kind == "located_in":
            _add_or_extend(g, a["inner"], a["outer"], "located_in", ev)
        elif f.kind == "alias":
            node = g.nodes[a["entity"]]
            node["aliases"] = sorted(set(node.get("aliases", [])) | {str(a["short"])})
            node.setdefault("stated_aliases", [])
            node["stated_aliases"] = sorted(set(node["stated_aliases"]) | {str(a["short"])})
    return g


def _add_or_extend(g: nx.MultiDiGraph, u: Any, v: Any, key: str, evidence: list[dict[str, Any]],
                   rel: str | None = None, **attrs: Any) -> None:
    if g.has_edge(u, v, key):
        data = g.edges[u, v, key]
        data["evidence"].extend(evidence)
        for k, val in attrs.items():
            if isinstance(val, list):
                data[k] = sorted(set(data.get(k, [])) | set(val))
        return
    g.add_edge(u, v, key=key, rel=rel or key, evidence=list(evidence), **attrs)
