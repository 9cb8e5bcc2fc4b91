"""The knowledge graph as a networkx MultiDiGraph, built by pure functions (no I/O).

Nodes: entities (``kind="entity"``), articles (``kind="article"``), posts
(``kind="post"``). Edges carry ``rel`` (mentioned_in, holds, post_in, reported, edited,
role, located_in, co_occurs) and ``evidence`` (a list of :class:`kg.extract.Evidence`:
article, date, sentence, offsets, rule).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
from networkx.algorithms import bipartite

from kg.extract import CREDITS, Evidence
from kg.resolve import Resolution

__all__ = ["DEFAULT_MIN_COUNT", "WINDOWS", "article_node", "build_graph", "cooccurrence", "post_node"]

WINDOWS = ("sentence", "paragraph", "article")
# pairs kept per window: every pair named in one sentence; paragraph and article pairs seen twice or more
DEFAULT_MIN_COUNT = {"sentence": 1, "paragraph": 2, "article": 2}
MAX_EVIDENCE = 3  # sentences kept as evidence of a mention in an article, or of a co-occurrence


def article_node(article_id: str) -> str:
    return f"article:{article_id}"


def post_node(org: str | None, title: str) -> str:
    return "post:" + hashlib.sha1(f"{org or ''}|{title}".encode()).hexdigest()[:16]


def _ev(evs: Iterable[Evidence | None]) -> list[Evidence]:
    return [e for e in evs if e is not None]


def _window(ev: Evidence, window: str) -> tuple[Any, ...] | None:
    if window == "article":
        return (ev.article,)
    if ev.part == CREDITS:
        return None  # a credit line is no paragraph or sentence
    if window == "paragraph":
        return (ev.article, ev.part)
    return (ev.article, ev.part, ev.sentence_start)


def cooccurrence(res: Resolution, window: str, min_count: int = 1) -> list[dict[str, Any]]:
    """Pairs of entities named in the same window, with how many windows they share and
    their pointwise mutual information over the windows of that kind.

    Built as the weighted projection of the bipartite entity–window graph."""
    b = nx.Graph()
    sentences: dict[tuple[Any, ...], Evidence] = {}
    for ent in res.entities.values():
        for ev in ent.evidence:
            w = _window(ev, window)
            if w is None:
                continue
            b.add_edge(ent.id, ("w", *w))
            sentences.setdefault(w, ev)
    ents = [n for n in b if not isinstance(n, tuple)]
    n_windows = b.number_of_nodes() - len(ents)
    if not ents:
        return []
    proj = bipartite.weighted_projected_graph(b, ents)
    out = []
    for u, v, d in proj.edges(data=True):
        c = d["weight"]
        if c < min_count:
            continue
        pmi = math.log(c * n_windows / (b.degree(u) * b.degree(v)))
        shared = sorted(set(b[u]) & set(b[v]))[:MAX_EVIDENCE]
        evidence = [sentences[w[1:]] for w in shared]
        a, z = sorted((u, v))
        out.append({"a": a, "b": z, "window": window, "count": c, "weight": round(pmi, 6), "evidence": evidence})
    out.sort(key=lambda r: (r["a"], r["b"]))
    return out


def build_graph(res: Resolution, windows: Iterable[str] = WINDOWS, min_count: dict[str, int] | None = None
                ) -> nx.MultiDiGraph:
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
                       evidence=_ev(evs[:MAX_EVIDENCE]))  # the first sentences; `count` has them all
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
            node.setdefault("alias_evidence", {}).setdefault(str(a["short"]), []).extend(ev)
    for window in windows:
        for r in cooccurrence(res, window, {**DEFAULT_MIN_COUNT, **(min_count or {})}.get(window, 1)):
            g.add_edge(r["a"], r["b"], key=f"co:{window}", rel="co_occurs", window=window, count=r["count"],
                       weight=r["weight"], evidence=r["evidence"])
    _tenure(g)
    return g


def _tenure(g: nx.MultiDiGraph) -> None:
    """First and last issue dates on which each person was seen holding each post."""
    dates: dict[tuple[Any, Any], list[str]] = defaultdict(list)
    for u, v, k, d in g.edges(keys=True, data=True):
        if k == "holds":
            dates[(u, v)].extend(e.date for e in d["evidence"] if e.date)
    for (u, v), ds in dates.items():
        data = g.edges[u, v, "holds"]
        data["first_seen"] = min(ds) if ds else None
        data["last_seen"] = max(ds) if ds else None


def _add_or_extend(g: nx.MultiDiGraph, u: Any, v: Any, key: str, evidence: list[Evidence],
                   rel: str | None = None, **attrs: Any) -> None:
    if g.has_edge(u, v, key):
        data = g.edges[u, v, key]
        data["evidence"].extend(evidence)
        for k, val in attrs.items():
            if isinstance(val, list):
                data[k] = sorted(set(data.get(k, [])) | set(val))
        return
    g.add_edge(u, v, key=key, rel=rel or key, evidence=list(evidence), **attrs)
