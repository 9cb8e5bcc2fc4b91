"""Entity resolution: mentions and facts from many articles become one entity per
real-world thing, with a stable id, a canonical name and the printed variants."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from kg.extract import ArticleFacts, Evidence, Fact, norm_name
from kg.nlp import resources as R
from kg.nlp.components import QUOTED_HEAD, area_names

__all__ = ["Entity", "Resolution", "entity_id", "resolve"]

# when one name is typed differently in different places, the more specific reading wins
LABEL_ORDER = ("Hospital", "Street", "Community", "Programme", "Organization", "Person", "Place")


# an organisation named with the areas that hold its street, town or community before it
_AREA_BEFORE_UNIT = re.compile(
    "(?:[\u4e00-\u9fff]{2,7}?(?:省|市|区|县))+(?=[\u4e00-\u9fff]{2,8}?(?:街道|镇|乡|社区)[\u4e00-\u9fff]{2,})")

# an institution named with its areas before it (成都青白江区|大同小学, 江北区|人民医院)
_AREA_BEFORE_INSTITUTION = re.compile(
    "(?:[\u4e00-\u9fff]{2,7}?(?:省|市|区|县))+(?=[\u4e00-\u9fff]{2,12}(?:小学|中学|学校|幼儿园|大学|学院|医院"
    "|卫生院|公司|集团|协会|商会|图书馆|博物馆|纪念馆|文化馆)$)")

# a community's body named with its street before it (石马河街道|来鹿寺社区党委)
_STREET_BEFORE_UNIT = re.compile(
    "[\u4e00-\u9fff]{2,8}?街道(?:办事处)?(?=[\u4e00-\u9fff]{2,8}?(?:社区|村)[\u4e00-\u9fff]{2,})")


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


@cache
def _city_of() -> dict[str, str]:
    """District or county -> the city it belongs to (渝中区 -> 重庆市)."""
    rows = R.tsv("gazetteers/admin_areas.tsv")
    return {r["name"]: r["parent"] for r in rows if r["level"] == "county" and r["parent"]}


@cache
def _area_words() -> frozenset[str]:
    """Names and short forms of administrative areas (渝中区, 渝中, 重庆市, 重庆): the filter's own."""
    return area_names(R.Data())[0]


def _is_areas(text: str) -> bool:
    """`text` is a chain of area names (重庆市綦江区, 江北区, 江北), 中共 allowed before it."""
    text = text.removeprefix("中共")
    ok = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        ok[end] = any(ok[start] and text[start:end] in _area_words() for start in range(max(0, end - 12), end - 1))
    return bool(text) and ok[-1]


# a body printed with its level but without its area (区委, 市政府, 县人大常委会, 政协)
_BARE_LEVEL = re.compile("(?:[省市区县](?:委|政府|人民政府|人大|人大常委会|政协|纪委|监委)|政协)")


# a party committee's department printed bare (宣传部 of 省委常委、宣传部部长)
_BARE_DEPARTMENT = re.compile("宣传部|组织部|统战部|政法委|社会工作部|社工部")
_COMMITTEE = re.compile("(?:中共)?(?P<areas>[\u4e00-\u9fff]*?)[省市区县]委")


def _full_form(bare: str, names: Iterable[str]) -> str | None:
    """The one body of the names that is `bare` with its area (区委 -> 江北区委 or 江北区区委;
    宣传部 -> 省委宣传部), or None where there is none or more than one."""
    def owner_ok(owner: str) -> bool:
        if _BARE_DEPARTMENT.fullmatch(bare):
            m = _COMMITTEE.fullmatch(owner)
            return m is not None and (not m.group("areas") or _is_areas(m.group("areas") + owner[m.end("areas")]))
        return _is_areas(owner) or _is_areas(owner + bare[0])
    found = {n for n in names if len(n) > len(bare) and n.endswith(bare) and owner_ok(n[: -len(bare)])}
    return found.pop() if len(found) == 1 else None


def _bare_bodies(arts: list[ArticleFacts]) -> dict[str, dict[str, str]]:
    """Per article, the bodies printed bare on a page with no district of its own (区委) that
    the article, or else its page, names once with their area (江北区委): the bare form is
    that body."""
    orgs_of: dict[str, set[str]] = defaultdict(set)
    for af in arts:
        if af.page.meta.district:
            continue
        named = [m.name for m in af.mentions if m.label == "Organization"]
        named += [str(f.args["org"]) for f in af.facts if f.kind == "post" and f.args.get("org")]
        for name in named:  # (a post's body counts: 省委宣传部 of 省委常委、宣传部部长)
            orgs_of[af.article.id].add(name)
            orgs_of[af.article.source].add(name)
    out: dict[str, dict[str, str]] = {}
    for af in arts:
        names = orgs_of.get(af.article.id, set())
        for bare in names:
            if _BARE_LEVEL.fullmatch(bare) or _BARE_DEPARTMENT.fullmatch(bare):
                full = _full_form(bare, names) or _full_form(bare, orgs_of[af.article.source])
                if full:
                    out.setdefault(af.article.id, {})[bare] = full
    return out


@cache
def _jurisdiction() -> dict[str, str]:
    return {r["printed"]: r["canonical"] for r in R.tsv("resolve/jurisdiction.tsv")}


@cache
def _abbreviations() -> list[tuple[str, str]]:
    rows = [(r["short"], r["full"]) for r in R.tsv("resolve/abbreviations.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


def _expand(rest: str) -> str:
    """Complete an abbreviated ending: 卫生健康委 -> 卫生健康委员会, 科协 -> 科学技术协会."""
    for short, full in _abbreviations():
        if rest.endswith(short) and not rest.endswith(full):
            return rest[: -len(short)] + full
    return rest


def canonical_body(name: str, district: str | None) -> str:
    """The full name of a body as a district paper prints it (区委 -> 中共重庆市渝中区委员会)."""
    whole = dict(_abbreviations())
    if name in whole and len(name) > 3:
        return whole[name]
    if not district:
        return name
    city = _city_of().get(district, "")
    if name in _jurisdiction():
        return _jurisdiction()[name].format(district=district, city=city)
    for printed, prefix in ((district, district), (city, city), ("区", district), ("市", city)):
        if printed and prefix and name.startswith(printed) and len(name) > len(printed) + 1:
            rest = name[len(printed):]
            if printed in ("区", "市") and rest[:1] in ("域", "级", "属", "内", "外"):
                return name
            short = printed if printed in ("区", "市") else printed[-1]
            if short + rest in _jurisdiction():
                return _jurisdiction()[short + rest].format(district=district, city=city)
            return prefix + _expand(rest)
    return name


def canonical(label: str, name: str, district: str | None = None) -> str:
    if label == "Place":
        return _place_shorts().get(name, name)
    if label in ("Organization", "Hospital"):
        return canonical_body(name, district)
    return name


def _key(label: str, name: str, district: str | None) -> str:
    """What identifies an entity: its type and canonical name; a person's name is scoped by
    the newspaper's district (two officials of one name in two districts stay apart)."""
    if label == "Person" and district:
        return f"{name}@{district}"
    return name


_KIND_AFTER = re.compile("(?:工作|活动)$")


class _Builder:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.alias_of: dict[str, tuple[str, str]] = {}  # short name -> (label, full name)
        self.full_names: dict[str, dict[str, str]] = {}  # per article: a cut name -> the name it cuts

    def get(self, label: str, name: str, district: str | None = None) -> Entity:
        if name in self.alias_of:
            label, name = self.alias_of[name]
        name = canonical(label, name, district)
        eid = entity_id(label, _key(label, name, district))
        ent = self.entities.get(eid)
        if ent is None:
            ent = self.entities[eid] = Entity(eid, label, name)
        return ent

    def find(self, name: str, labels: tuple[str, ...], district: str | None = None) -> Entity | None:
        for label in labels:
            full = canonical(label, self.alias_of.get(name, (label, name))[1], district)
            eid = entity_id(label, _key(label, full, district))
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
    bare = _bare_bodies(arts)
    # per article: a body's printed name -> its full name (区委 -> 江北区委; 烟店镇卫生院 -> 安陆市烟店镇卫生院)
    bodies: dict[str, dict[str, str]] = {}
    for af in arts:
        b.full_names[af.article.id] = _cut_names(af)
        bodies[af.article.id] = {**_area_cut_names(af), **bare.get(af.article.id, {})}
    for af in arts:
        full_of = bodies[af.article.id]
        cut_of = b.full_names[af.article.id]
        for m in af.mentions:
            if len(m.name) < 2:
                continue  # 中俄 -> 俄: a one-character name is not resolved to an entity
            name = full_of.get(m.name, m.name) if m.label in ("Organization", "Hospital") else \
                cut_of.get(m.name, m.name) if m.label == "Person" else m.name
            ent = b.get(best.get(name, m.label), name, af.page.meta.district)
            if not m.evidence.rule.endswith("list-centre"):  # 菜园坝 in a list names the street, not its centre
                ent.variants[norm_name(m.text)] += 1
            if m.label == "Programme" and (q := QUOTED_HEAD.match(m.text)) is not None \
                    and len(q.group(1)) >= 2 and norm_name(q.group(1)) != ent.name:
                ent.variants[norm_name(q.group(1))] += 0  # “大共治”工作: the quoted name alone names it too
            if m.name != ent.name:
                ent.variants[m.name] += 1
            ent.mentions += 1
            ent.articles.add(af.article.id)
            if m.evidence.date:
                ent.dates.add(m.evidence.date)
            ent.evidence.append(m.evidence)
    for short, (label, full) in b.alias_of.items():
        ent = b.find(full, (label,)) or b.get(label, full)
        ent.variants[short] += 0  # the stated form is a variant, whether or not it was printed alone
    facts: list[ResolvedFact] = []
    for af in arts:
        for f in af.facts:
            rf = _resolve_fact(b, af, f, bodies[af.article.id])
            if rf is not None:
                facts.append(rf)
    facts = _restated_posts(facts)
    for ent in b.entities.values():  # 温江区柳城街道党工委 is also 柳城街道党工委
        if ent.label == "Programme" and (k := _KIND_AFTER.search(ent.name)) is not None and k.start() >= 4:
            ent.variants[ent.name[:k.start()]] += 0  # 文明城市创建工作: the work of 文明城市创建
        if ent.label not in ("Organization", "Hospital"):
            continue
        name = ent.name
        if (short := _without_areas(name)) is not None:
            name = short
            ent.variants[name] += 0
        if (m := _STREET_BEFORE_UNIT.match(name)) is not None:  # 石马河街道来鹿寺社区党委 is 来鹿寺社区党委
            ent.variants[name[m.end():]] += 0
    return Resolution(b.entities, facts, arts)


def _restated_posts(facts: list[ResolvedFact]) -> list[ResolvedFact]:
    """冯玲书记 on a page that names 省妇联党组书记冯玲: a title printed without a body that ends one
    post of the same person on the same page is that post again (its evidence joins it), not another
    post; where two of the person's posts end so (党委书记, 党组书记 of two bodies), it stays apart."""
    full: dict[tuple[str, str], list[dict[str, str | bool | None]]] = defaultdict(list)
    for f in facts:
        if f.kind == "post" and f.args["org"] is not None and f.evidence is not None:
            full[(f.evidence.source, str(f.args["person"]))].append(f.args)
    out = []
    for f in facts:
        if f.kind == "post" and f.args["org"] is None and f.evidence is not None:
            title = str(f.args["title"])
            held = {(a["title"], a["org"]): a for a in full.get((f.evidence.source, str(f.args["person"])), ())
                    if str(a["title"]).endswith(title)}
            if len(held) == 1:
                [a] = held.values()
                f = ResolvedFact("post", {**f.args, "title": a["title"], "printed": a["printed"], "org": a["org"],
                                          "org_name": a["org_name"], "former": a["former"]}, f.evidence)
        out.append(f)
    return out


def _area_cut_names(af: ArticleFacts) -> dict[str, str]:
    """A body or a hospital the article names with its areas and also without them (安陆市烟店镇卫生院
    and 烟店镇卫生院, 江北区人民医院 and 人民医院 no: only after a unit or as an institution's name):
    the short form is that one."""
    names = {(m.label, m.name) for m in af.mentions if m.label in ("Organization", "Hospital")}
    out: dict[str, str] = {}
    for label, name in names:
        if (short := _without_areas(name)) is not None and (label, short) in names:
            out[short] = name
    return out


def _without_areas(name: str) -> str | None:
    """A body's name without the areas printed before it (温江区|柳城街道党工委, 江北区|人民医院), or None."""
    m = _AREA_BEFORE_UNIT.match(name) or _AREA_BEFORE_INSTITUTION.match(name)
    return name[m.end():] if m is not None else None


def _cut_names(af: ArticleFacts) -> dict[str, str]:
    """A two-character name the statistical model cut from a three-character name the same article
    prints (方洪|有今年44岁 beside 社区工作者方洪有): the short form is that person, when one name
    alone could be cut so."""
    names = {m.name for m in af.mentions if m.label == "Person"}
    out = {}
    for short in (n for n in names if len(n) == 2):
        longer = [n for n in names if len(n) == 3 and n.startswith(short)]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _person(b: _Builder, af: ArticleFacts, name: str, ev: Evidence | None) -> Entity:
    name = b.full_names.get(af.article.id, {}).get(name, name)
    ent = b.get("Person", name, af.page.meta.district)
    ent.variants[name] += 0  # a form named in a credit or title, not a counted mention
    ent.articles.add(af.article.id)
    if af.page.meta.date:
        ent.dates.add(af.page.meta.date)
    return ent


def _resolve_fact(b: _Builder, af: ArticleFacts, f: Fact, full_of: dict[str, str]) -> ResolvedFact | None:
    a = f.args
    if f.kind in ("reporter", "editor"):
        p = _person(b, af, str(a["person"]), f.evidence)
        return ResolvedFact(f.kind, {"person": p.id, "role": a["role"], "article": af.article.id}, f.evidence)
    if f.kind == "post":
        p = _person(b, af, str(a["person"]), f.evidence)
        org = None
        if a["org"]:
            district = af.page.meta.district
            org_name = full_of.get(str(a["org"]), str(a["org"]))
            o = b.find(org_name, ("Organization", "Hospital", "Street", "Community", "Place"), district) \
                or b.get("Organization", org_name, district)
            o.variants.setdefault(str(a["org"]), 1)
            if a.get("org_printed"):  # 街道党工委, printed without the street's name
                o.variants.setdefault(str(a["org_printed"]), 1)
            if a.get("org_implied"):  # 江北区政府 of 江北区区长: named 区政府 by a title alone
                o.variants.setdefault(str(a["org_implied"]), 0)
            org = o.id
        return ResolvedFact("post", {"person": p.id, "title": a["title"], "printed": a["printed"], "org": org,
                                     "org_name": a["org"], "former": a["former"], "article": af.article.id},
                            f.evidence)
    if f.kind == "role":
        p = _person(b, af, str(a["person"]), f.evidence)
        return ResolvedFact("role", {"person": p.id, "verb": a["verb"], "article": af.article.id}, f.evidence)
    if f.kind == "located_in":
        district = af.page.meta.district
        def body(label: str, name: str) -> str:
            return full_of.get(name, name) if label in ("Organization", "Hospital") else name
        inner = b.get(str(a["inner_label"]), body(str(a["inner_label"]), str(a["inner"])), district)
        outer = b.get(str(a["outer_label"]), body(str(a["outer_label"]), str(a["outer"])), district)
        if inner.id == outer.id:
            return None
        if f.evidence.rule == "located:area-in-area":  # 嘉兴市秀洲区: the district printed after its city
            inner.variants[str(a["outer"]) + str(a["inner"])] += 0  # is also named by the two
        return ResolvedFact("located_in", {"inner": inner.id, "outer": outer.id}, f.evidence)
    if f.kind == "alias":
        ent = b.get(str(a["label"]), str(a["full"]), af.page.meta.district)
        return ResolvedFact("alias", {"entity": ent.id, "short": a["short"]}, f.evidence)
    return None
