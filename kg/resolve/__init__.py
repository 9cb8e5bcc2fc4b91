"""Entity resolution: mentions and facts from many articles become one entity per
real-world thing, with a stable id, a canonical name and the printed variants."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from kg.extract import ArticleFacts, Evidence, Fact, norm_name
from kg.nlp import resources as R

__all__ = ["Entity", "Resolution", "entity_id", "resolve"]

# when one name is typed differently in different places, the more specific reading wins
LABEL_ORDER = ("Hospital", "Street", "Community", "Programme", "Organization", "Person", "Place")


def entity_id(label: str, name: str) -> str:
    """Stable id: the same type and canonical name give the same id in every build."""
    return hashlib.sha1(f"{label}|{name}".encode()).hexdigest()[:16]


@dataclass(slots=True)
class Entity:
    id: str
    label: str
    name: str
    variants: Counter[str] = field(default_factory=Counter)  # printed forms and their counts
    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        return sorted(v for v in self.variants if v != self.name)

    @property
    def first_seen(self) -> str | None:
        return min(self.dates) if self.dates else None

    @property
    def last_seen(self) -> str | None:
        return max(self.dates) if self.dates else None


@dataclass(slots=True)
class ResolvedFact:
    kind: str
    args: dict[str, str | bool | None]  # entity ids where the args name entities
    evidence: Evidence | None


@dataclass(slots=True)
class Resolution:
    entities: dict[str, Entity]
    facts: list[ResolvedFact]
    articles: list[ArticleFacts]


@cache
def _place_shorts() -> dict[str, str]:
    """Unique short forms of administrative areas: 渝中 -> 渝中区, 重庆 -> 重庆市."""
    seen: dict[str, set[str]] = defaultdict(set)
    for r in R.tsv("gazetteers/admin_areas.tsv"):
        if r["short"] and r["short"] != r["name"]:
            seen[r["short"]].add(r["name"])
    return {s: next(iter(n)) for s, n in seen.items() if len(n) == 1}


def canonical(label: str, name: str) -> str:
    if label == "Place":
        return _place_shorts().get(name, name)
    return name


class _Builder:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.alias_of: dict[str, tuple[str, str]] = {}  # short name -> (label, full name)

    def get(self, label: str, name: str) -> Entity:
        if name in self.alias_of:
            label, name = self.alias_of[name]
        name = canonical(label, name)
        eid = entity_id(label, name)
        ent = self.entities.get(eid)
        if ent is None:
            ent = self.entities[eid] = Entity(eid, label, name)
        return ent

    def find(self, name: str, labels: tuple[str, ...]) -> Entity | None:
        for label in labels:
            eid = entity_id(label, canonical(label, self.alias_of.get(name, (label, name))[1]))
            if eid in self.entities:
                return self.entities[eid]
        return None


def resolve(articles: Iterable[ArticleFacts]) -> Resolution:
    arts = list(articles)
    b = _Builder()
    # aliases the text states: the short form names the full one
    for af in arts:
        for f in af.facts:
            if f.kind == "alias":
                b.alias_of[f.args["short"]] = (f.args["label"], f.args["full"])
    # one type per name: the most specific reading seen
    labels_of: dict[str, Counter[str]] = defaultdict(Counter)
    for af in arts:
        for m in af.mentions:
            labels_of[m.name][m.label] += 1
    best = {n: min(c, key=LABEL_ORDER.index) for n, c in labels_of.items()}
    for af in arts:
        for m in af.mentions:
            if len(m.name) < 2:
                continue  # 中俄 -> 俄: a one-character name is not resolved to an entity
            ent = b.get(best.get(m.name, m.label), m.name)
            ent.variants[norm_name(m.text)] += 1
            if m.name != ent.name:
                ent.variants[m.name] += 1
            ent.mentions += 1
            ent.articles.add(af.article.id)
            if m.evidence.date:
                ent.dates.add(m.evidence.date)
            ent.evidence.append(m.evidence)
    for short, (label, full) in b.alias_of.items():
        ent = b.get(label, full)
        ent.variants[short] += 0
        ent.variants.setdefault(short, 1)
    facts: list[ResolvedFact] = []
    for af in arts:
        for f in af.facts:
            rf = _resolve_fact(b, af, f)
            if rf is not None:
                facts.append(rf)
    return Resolution(b.entities, facts, arts)


def _person(b: _Builder, af: ArticleFacts, name: str, ev: Evidence | None) -> Entity:
    ent = b.get("Person", name)
    ent.variants[name] += 0
    ent.variants.setdefault(name, 1)
    ent.articles.add(af.article.id)
    if af.page.meta.date:
        ent.dates.add(af.page.meta.date)
    return ent


def _resolve_fact(b: _Builder, af: ArticleFacts, f: Fact) -> ResolvedFact | None:
    a = f.args
    if f.kind in ("reporter", "editor"):
        p = _person(b, af, str(a["person"]), f.evidence)
        return ResolvedFact(f.kind, {"person": p.id, "role": a["role"], "article": af.article.id}, f.evidence)
    if f.kind == "post":
        p = _person(b, af, str(a["person"]), f.evidence)
        org = None
        if a["org"]:
            o = b.find(str(a["org"]), ("Organization", "Hospital", "Street", "Community", "Place")) \
                or b.get("Organization", str(a["org"]))
            o.variants.setdefault(str(a["org"]), 1)
            org = o.id
        return ResolvedFact("post", {"person": p.id, "title": a["title"], "printed": a["printed"], "org": org,
                                     "org_name": a["org"], "former": a["former"], "article": af.article.id},
                            f.evidence)
    if f.kind == "role":
        p = _person(b, af, str(a["person"]), f.evidence)
        return ResolvedFact("role", {"person": p.id, "verb": a["verb"], "article": af.article.id}, f.evidence)
    if f.kind == "located_in":
        inner = b.get(str(a["inner_label"]), str(a["inner"]))
        outer = b.get(str(a["outer_label"]), str(a["outer"]))
        if inner.id == outer.id:
            return None
        return ResolvedFact("located_in", {"inner": inner.id, "outer": outer.id}, f.evidence)
    if f.kind == "alias":
        ent = b.get(str(a["label"]), str(a["full"]))
        return ResolvedFact("alias", {"entity": ent.id, "short": a["short"]}, f.evidence)
    return None
