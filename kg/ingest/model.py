"""Records produced by ingest: pages, articles and paragraphs with source offsets."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kg.ingest.textmap import MappedText

__all__ = ["Article", "Credit", "Dropped", "PageMeta", "PageResult", "Paragraph"]


@dataclass(slots=True)
class Paragraph:
    """One cleaned paragraph. ``start``/``end`` bound it in the decoded source;
    ``runs`` map every character of ``text`` back to its source offset."""

    kind: str  # lead | body | subheading | caption
    mapped: MappedText

    @property
    def text(self) -> str:
        return self.mapped.text

    def source_span(self, i: int = 0, j: int | None = None) -> tuple[int, int] | None:
        return self.mapped.source_span(i, j)

    def to_dict(self) -> dict[str, Any]:
        span = self.mapped.source_span() or (None, None)
        return {
            "kind": self.kind,
            "text": self.text,
            "start": span[0],
            "end": span[1],
            "runs": [list(r) for r in self.mapped.runs],
        }


@dataclass(slots=True)
class Credit:
    role: str  # 记者, 首席记者, 通讯员, 摄影, 供图, 编辑, 美编 ...
    name: str
    where: str  # lead | byline | photo | masthead | source | staff (统筹, 制作: named, no writer)
    person: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Dropped:
    """Text removed from the article: a repeated paragraph, boilerplate or a marker."""

    reason: str  # duplicate | boilerplate | marker
    text: str
    start: int
    end: int
    duplicate_of: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["duplicate_of"] = list(self.duplicate_of) if self.duplicate_of else None
        return d


@dataclass(slots=True)
class PageMeta:
    newspaper: str | None = None
    district: str | None = None  # the newspaper's jurisdiction, from corpus.json or config
    date: str | None = None  # ISO yyyy-mm-dd, only when printed on the page
    weekday: str | None = None
    issue: int | None = None  # 第99期
    issue_total: int | None = None  # 总第2230期
    page_number: str | None = None  # 第3版 / 03版
    banner: str | None = None
    editors: list[Credit] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    id: str
    source: str
    position: int  # index of the article on its page
    start: int
    end: int
    headline: str | None = None
    subheadlines: list[str] = field(default_factory=list)
    headline_span: tuple[int, int] | None = None
    credits: list[Credit] = field(default_factory=list)
    continued_from: str | None = None
    continued_to: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)

    @property
    def reporters(self) -> list[str]:
        seen: dict[str, None] = {}
        for c in self.credits:
            if c.person and c.where not in ("masthead", "staff"):
                seen.setdefault(c.name, None)
        return list(seen)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def to_dict(self, page: PageResult) -> dict[str, Any]:
        m = page.meta
        return {
            "id": self.id,
            "source": self.source,
            "source_sha256": page.sha256,
            "encoding": page.encoding,
            "page": page.page_id,
            "position": self.position,
            "start": self.start,
            "end": self.end,
            "newspaper": m.newspaper,
            "district": m.district,
            "date": m.date,
            "weekday": m.weekday,
            "issue": m.issue,
            "issue_total": m.issue_total,
            "page_number": m.page_number,
            "headline": self.headline,
            "subheadlines": self.subheadlines,
            "headline_span": list(self.headline_span) if self.headline_span else None,
            "reporters": self.reporters,
            "credits": [c.to_dict() for c in self.credits],
            "editors": [c.to_dict() for c in m.editors],
            "continued_from": self.continued_from,
            "continued_to": self.continued_to,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "dropped": [d.to_dict() for d in self.dropped],
        }


@dataclass(slots=True)
class PageResult:
    source: str
    page_id: str
    sha256: str
    encoding: str
    size: int
    meta: PageMeta
    articles: list[Article]
    boilerplate_lines: int = 0
    duplicates_dropped: int = 0
