"""Extraction: run the spaCy pipeline over articles and collect entity mentions and
relation facts, each with its evidence (article, date, sentence, offsets, rule)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.language import Language

from kg.ingest.lines import outlets
from kg.ingest.model import Article, PageResult
from kg.nlp.textcache import text_of

__all__ = ["ArticleFacts", "Evidence", "Fact", "Mention", "extract_pages", "page_texts"]

CREDITS = -100  # the `part` of evidence read from credits and the masthead, not from a sentence
_SENT_END = re.compile("[。！？!?；;]+[”’」』]?")
_NOISE = re.compile(r"[\s“”\"‘’'《》「」]")


def norm_name(text: str) -> str:
    """A name as compared: quotes, 《》 and white space removed."""
    return _NOISE.sub("", text)


@dataclass(frozen=True, slots=True)
class Evidence:
    article: str
    date: str | None
    part: int  # -1 headline, -2.. sub-headlines, 0.. paragraph index
    sentence: str
    start: int  # offsets of the fact in `sentence`
    end: int
    sentence_start: int  # offset of `sentence` in its paragraph (or headline)
    source: str  # the page file
    source_start: int | None  # offsets of the fact in the decoded source file
    source_end: int | None
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(slots=True)
class Mention:
    text: str  # as printed (cleaned)
    name: str  # the name it stands for: canonical from a rule (朝天门街道) or the printed name
    label: str
    evidence: Evidence


@dataclass(slots=True)
class Fact:
    kind: str  # post | role | located_in | alias | reporter | editor
    args: dict[str, Any]
    evidence: Evidence | None


@dataclass(slots=True)
class ArticleFacts:
    article: Article
    page: PageResult
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence of `text` around [start, end) and its offset."""
    s = 0
    for m in _SENT_END.finditer(text, 0, start):
        s = m.end()
    m = _SENT_END.search(text, end)
    e = m.end() if m else len(text)
    return text[s:e], s


def _parts(article: Article) -> Iterator[tuple[int, str, Any]]:
    """(part index, text, mapped paragraph or None) for the headline block and paragraphs."""
    if article.headline:
        yield -1, article.headline, None
    for i, sub in enumerate(article.subheadlines):
        yield -2 - i, sub, None
    for i, p in enumerate(article.paragraphs):
        yield i, p.text, p


def page_texts(page: PageResult) -> Iterator[str]:
    """The texts of a page the pipeline reads, one per headline block and paragraph, in order."""
    for article in page.articles:
        for _, text, _ in _parts(article):
            if text.strip():
                yield text


def extract_pages(pages: Iterable[PageResult], nlp: Language, batch_size: int = 64) -> Iterator[ArticleFacts]:
    """Facts of every article of the pages, in order; streams (one page at a time)."""
    for page in pages:
        items = []
        for article in page.articles:
            for part, text, para in _parts(article):
                if text.strip():
                    items.append((text, (article, part, para)))
        by_article: dict[str, ArticleFacts] = {a.id: ArticleFacts(a, page) for a in page.articles}
        docs = nlp.pipe(((t, ctx) for t, ctx in items), as_tuples=True, batch_size=batch_size)
        for doc, (article, part, para) in docs:
            _collect(by_article[article.id], doc, article, part, para, page)
        light_page = replace(page, articles=[])  # what the graph needs of the page: its metadata
        for article in page.articles:
            af = by_article[article.id]
            _credits(af, article, page)
            _sole_street(af)
            # keep the article's metadata, not its text: a build's memory then grows with the
            # facts found, not with the corpus
            af.article = replace(article, paragraphs=[], dropped=[])
            af.page = light_page
            yield af


def _evidence(article: Article, page: PageResult, part: int, para: Any, text: str, start: int, end: int,
              rule: str) -> Evidence:
    sent, off = _sentence(text, start, end)
    src = para.source_span(start, end) if para is not None else None
    if src is None and part == -1 and article.headline_span:
        src = article.headline_span
    return Evidence(article.id, page.meta.date, part, sent, start - off, end - off, off, article.source,
                    src[0] if src else None, src[1] if src else None, rule)


def _in_title(text: str, start: int, end: int) -> bool:
    """[start, end) lies inside a longer document title: 中国 in 《中国共产党统一战线工作条例》
    is part of the title, not a place mentioned (《人民日报》, the whole title, is a name)."""
    opened = text.rfind("《", 0, start)
    if opened < 0 or text.rfind("》", 0, start) > opened:
        return False
    closed = text.find("》", end)
    return closed >= 0 and text.find("《", end, closed) < 0 and (opened + 1, closed) != (start, end)


def _collect(af: ArticleFacts, doc: Any, article: Article, part: int, para: Any, page: PageResult) -> None:
    text = text_of(doc)
    for sp in doc.spans.get("kg", []):
        if _in_title(text, sp.start_char, sp.end_char):
            continue
        ev = _evidence(article, page, part, para, text, sp.start_char, sp.end_char, sp.id_ or "ner:lac")
        af.mentions.append(Mention(sp.text, sp.kb_id_ or norm_name(sp.text), sp.label_, ev))
    for p in doc._.kg_posts or ():
        ev = _evidence(article, page, part, para, text, p["start"], p["end"], p["rule"])
        af.facts.append(Fact("post", {"person": text[p["person"][0]:p["person"][1]], "title": p["title"],
                                      "org": p["org"], "printed": p["printed"], "former": p["former"],
                                      "org_printed": p.get("org_printed", ""),
                                      "org_implied": p.get("org_implied", "")}, ev))
    for r in doc._.kg_roles or ():
        s, e = min(r["person"][0], r["verb_span"][0]), max(r["person"][1], r["verb_span"][1])
        ev = _evidence(article, page, part, para, text, s, e, r["rule"])
        af.facts.append(Fact("role", {"person": text[r["person"][0]:r["person"][1]], "verb": r["verb"]}, ev))
    for loc in doc._.kg_located_in or ():
        (a0, a1, alab, akb), (b0, b1, blab, bkb) = loc["inner"], loc["outer"]
        ev = _evidence(article, page, part, para, text, min(a0, b0), max(a1, b1), loc["rule"])
        af.facts.append(Fact("located_in", {
            "inner": akb or norm_name(text[a0:a1]), "inner_label": alab,
            "outer": bkb or norm_name(text[b0:b1]), "outer_label": blab}, ev))
    for al in doc._.kg_aliases or ():
        f0, f1, flab = al["full"]
        ev = _evidence(article, page, part, para, text, min(f0, al["short_span"][0]),
                       max(f1, al["short_span"][1]), al["rule"])
        af.facts.append(Fact("alias", {"full": norm_name(text[f0:f1]), "label": flab,
                                       "short": norm_name(al["short"])}, ev))


def _top_mentions(mentions: list[Mention]) -> list[Mention]:
    """The mentions inside no longer mention of the same part (猫儿石社区 of 猫儿石社区卫生服务中心 is none)."""
    spans = [(m.evidence.part, m.evidence.sentence_start + m.evidence.start,
              m.evidence.sentence_start + m.evidence.end) for m in mentions]
    return [m for m, (p, s, e) in zip(mentions, spans, strict=True)
            if not any(q == p and t <= s and e <= u and (u - t) > (e - s) for q, t, u in spans)]


def _sole_street(af: ArticleFacts) -> None:
    """An article that names one street only (西园街道…走访了美虹社区、光明社区): each community it lists
    (joined to another by 、) lies in that street, unless the text places it elsewhere (莲湖区十里铺社区)."""
    streets = {m.name for m in af.mentions if m.label == "Street"}
    if len(streets) != 1:
        return
    street = next(iter(streets))
    placed = {f.args["inner"] for f in af.facts if f.kind == "located_in"}  # (and those this rule placed)
    communities = [m for m in _top_mentions([m for m in af.mentions if m.evidence.part != CREDITS])
                   if m.label == "Community"]
    ends = {(m.evidence.part, m.evidence.sentence_start + m.evidence.end) for m in communities}
    starts = {(m.evidence.part, m.evidence.sentence_start + m.evidence.start) for m in communities}
    for m in communities:
        ev = m.evidence
        at = ev.sentence_start
        listed = ((ev.part, at + ev.start - 1) in ends and ev.sentence[ev.start - 1:ev.start] == "、") \
            or ((ev.part, at + ev.end + 1) in starts and ev.sentence[ev.end:ev.end + 1] == "、")
        if listed and m.name not in placed:
            placed.add(m.name)
            af.facts.append(Fact("located_in", {"inner": m.name, "inner_label": "Community", "outer": street,
                                                "outer_label": "Street"},
                                 replace(m.evidence, rule="located:sole-street")))


def _credits(af: ArticleFacts, article: Article, page: PageResult) -> None:
    """Reporters, photographers and the page's editors, from ingest's credits."""
    for c in article.credits:
        if c.person and outlets(c.name):
            c = replace(c, person=False)  # 作者:蕉城在线: an outlet credited as the author
        if not c.person:  # 区卫生健康委供图: the organisation is named on the page
            ev = Evidence(article.id, page.meta.date, CREDITS, f"{c.name}{c.role}", 0, len(c.name), 0, article.source,
                          None, None, f"credit:{c.where}")
            af.mentions.append(Mention(c.name, c.name, "Organization", ev))
        if c.person and c.where == "staff":  # 制作:万轶, 统筹:张三: a person named, who wrote nothing
            ev = Evidence(article.id, page.meta.date, CREDITS, f"{c.role} {c.name}", len(c.role) + 1,
                          len(c.role) + 1 + len(c.name), 0, article.source, None, None, "credit:staff")
            af.mentions.append(Mention(c.name, c.name, "Person", ev))
        elif c.person:
            ev = Evidence(article.id, page.meta.date, CREDITS, f"{c.role} {c.name}", 0, 0, 0, article.source, None,
                          None, f"credit:{c.where}")
            af.facts.append(Fact("reporter", {"person": c.name, "role": c.role}, ev))
    for c in page.meta.editors:
        if c.where == "staff":
            continue
        ev = Evidence(article.id, page.meta.date, CREDITS, f"{c.role}:{c.name}", 0, 0, 0, article.source, None, None,
                      "credit:masthead")
        af.facts.append(Fact("editor", {"person": c.name, "role": c.role}, ev))
