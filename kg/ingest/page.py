"""Parse one newspaper page (decoded text) into page metadata and articles.

Three steps, each a pure function over the previous one's output:

1. :func:`classify_lines` - every non-blank line gets a kind (masthead, boilerplate,
   heading, lead, body, byline, photo credit, caption+credit, editors, marker).
2. :func:`assemble_units` - lines become units: paragraphs joined across line and
   column breaks, headings merged, markers cut out; text keeps its source offsets.
3. :func:`drop_duplicates` then :func:`segment` - repeated paragraphs are dropped
   (and recorded), the units are split into articles.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date as Date

from kg.ingest import lines as L
from kg.ingest.model import Article, Credit, Dropped, PageMeta, PageResult, Paragraph
from kg.ingest.textmap import MappedText, has_markup, normalize_width, remove_markup, remove_ocr_spaces

__all__ = ["Line", "Unit", "assemble_units", "classify_lines", "drop_duplicates", "parse_page", "segment"]

MASTHEAD_ZONE = 12  # non-blank lines at the top of a page searched for the masthead
SHORT_FRAGMENT = 4  # a line this short after an unfinished paragraph continues it
CAPTION_MAX = 60
WRAP_EVIDENCE = 5  # wrapped lines needed before a page is taken to be hard-wrapped
WRAP_SLACK = 2  # characters a wrapped line may differ from the page's column width


@dataclass(slots=True)
class Line:
    kind: str
    mapped: MappedText  # content, width-normalised, stripped, markdown prefix removed
    gap: int  # blank lines before it
    level: int = 0  # markdown heading level
    credits: list[Credit] = field(default_factory=list)
    split: int = 0  # lead formula end / caption end within the text
    masthead: L.MastheadInfo | None = None

    @property
    def text(self) -> str:
        return self.mapped.text


@dataclass(slots=True)
class Unit:
    kind: str  # heading | lead | body | caption | credit | byline | marker | boiler | editors | dropped
    mapped: MappedText = field(default_factory=lambda: MappedText.literal(""))
    level: int = 0
    credits: list[Credit] = field(default_factory=list)
    marker: L.ContinuationMarker | None = None
    dropped: Dropped | None = None
    heading_lines: int = 1

    @property
    def text(self) -> str:
        return self.mapped.text


# ---------------------------------------------------------------------------
# 1. lines

_LINE = re.compile(r"[^\n]*")
_MD_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)


def _iter_lines(text: str) -> Iterator[tuple[int, int]]:
    for m in _LINE.finditer(text):
        s, e = m.span()
        if s == e and s > 0 and text[s - 1] != "\n":
            continue  # the empty match right after a line
        yield s, e


def classify_lines(text: str, boilerplate: tuple[str, ...] = ()) -> tuple[list[Line], int]:
    """Return the classified non-blank lines and the number of boilerplate lines."""
    out: list[Line] = []
    gap = 0
    boiler = 0
    # A page that marks its headings in markdown marks all of them: there a short
    # unpunctuated line is a fragment of body text, not a heading.
    plain_headings = _MD_HEADING_LINE.search(text) is None
    text = normalize_width(text)  # one for one: offsets are those of the source
    # (a web page's paragraphs in HTML: their tags are line breaks, the text keeps its offsets)
    whole = remove_markup(text) if has_markup(text) else None
    for s, e in _iter_lines(whole.text if whole is not None else text):
        mt = (whole.slice(s, e) if whole is not None else MappedText.from_source(text, s, e)).strip()
        if not mt.text:
            gap += 1
            continue
        level, prefix = L.markdown_level(mt.text)
        if prefix:
            mt = mt.slice(prefix, len(mt)).strip()
            mt = MappedText(mt.text.strip("#").rstrip(), mt.runs) if mt.text.endswith("#") else mt
            if not mt.text:
                gap += 1
                continue
        mt = MappedText(mt.text.replace("**", "  ") if "**" in mt.text else mt.text, mt.runs)
        if L.is_boilerplate(mt.text, boilerplate):
            boiler += 1
            # 主办单位：常州市新北区人大常委会 技术支持：…: the site's bodies, kept as the page's sources
            sponsors = L.parse_sponsor_line(mt.text)
            out.append(Line("source", mt, gap, credits=sponsors) if sponsors else Line("boiler", mt, gap))
            gap = 0
            continue
        out.append(_classify(mt, gap, level, plain_headings))
        gap = 0
    _unwrap_headings(out)
    _keys_then_names(out)
    _glued_tail_names(out)
    return out, boiler


def _glued_tail_names(lines: list[Line]) -> None:
    """…落到实处。何锋 / 稿件来源: 枞阳在线: a name glued to a paragraph's last sentence, the page's credits
    on the next line: the paragraph's writer."""
    for ln, nxt in itertools.pairwise(lines):
        if ln.kind == "body" and nxt.kind in ("source", "editors", "byline", "credit") \
                and (m := L.TAIL_GLUED_NAME.match(ln.text)) is not None \
                and (names := L.bare_names(m.group("credit"), most=1)) is not None:
            ln.kind, ln.split, ln.credits = "tail_credit", m.end("body"), [Credit("记者", names[0], "byline")]


def _keys_then_names(lines: list[Line]) -> None:
    """责编: / 何兰: a credit's key alone on its line, the name alone on the next: one byline."""
    for ln, nxt in itertools.pairwise(lines):
        if (key := L.KEY_ALONE.match(ln.text)) is not None and nxt.kind in ("heading", "body") and not nxt.gap \
                and (names := L.bare_names(nxt.text)) is not None:
            ln.kind = nxt.kind = "source"  # (a credit among the page's furniture: it closes no article)
            nxt.credits = [Credit(key.group("role"), n, "byline") for n in names]


def _unwrap_headings(lines: list[Line]) -> None:
    """On a page whose paragraphs are hard-wrapped at a column width, a line of about that
    width with no punctuation, followed directly by more text, is wrapped body text."""
    widths = sorted(
        len(ln.text) for ln, nxt in itertools.pairwise(lines)
        if ln.kind == "body" and nxt.gap == 0 and nxt.kind == "body" and not L.ends_sentence(ln.text)
    )
    if len(widths) < WRAP_EVIDENCE:
        return
    width = widths[len(widths) // 2]
    for ln, nxt in itertools.pairwise(lines):
        if (ln.kind == "heading" and not ln.level and nxt.gap == 0 and nxt.kind in ("body", "heading")
                and abs(len(ln.text) - width) <= WRAP_SLACK):
            ln.kind = "body"


def _classify(mt: MappedText, gap: int, level: int, plain_headings: bool = True) -> Line:
    t = mt.text
    markers = L.find_markers(t)
    if markers and not L.squash(t[: markers[0].start] + "".join(
            t[a.end:b.start] for a, b in itertools.pairwise(markers)) + t[markers[-1].end:]):
        return Line("marker", mt, gap, level)
    if level:
        return Line("heading", mt, gap, level)
    if (mh := L.parse_masthead(t)) is not None:
        return Line("masthead", mt, gap, masthead=mh)
    if (eds := L.parse_editors(t)) is not None:
        return Line("editors", mt, gap, credits=eds)
    if (lead := L.parse_lead(t)) is not None:
        end, credits = lead
        return Line("lead", mt, gap, credits=credits, split=end)
    if (src := L.parse_source_line(t)) is not None:  # before bylines: 文章来源 is no 文 credit
        return Line("source", mt, gap, credits=src)
    if (by := L.parse_byline(t)) is not None:
        return Line("byline", mt, gap, credits=by)
    if (pc := L.parse_photo_credit(t)) is not None:
        return Line("credit", mt, gap, credits=pc)
    if (cc := L.split_caption_credit(t)) is not None:
        end, credits = cc
        return Line("caption_credit", mt, gap, credits=credits, split=end)
    if (tc := L.split_tail_credit(t)) is not None:
        end, credits = tc
        return Line("tail_credit", mt, gap, credits=credits, split=end)
    if L.is_heading_like(t):
        return Line("heading" if plain_headings else "body", mt, gap)
    return Line("body", mt, gap, credits=L.parse_interviewer(t) or L.parse_inline_lead(t) or [])


# ---------------------------------------------------------------------------
# masthead


def read_masthead(lines: list[Line]) -> tuple[PageMeta, int]:
    """Page metadata from the top of the page; returns it and how many lines it used.

    Masthead lines (date, issue, editors, newspaper) and the page banner before them
    are taken from the first MASTHEAD_ZONE lines, as long as nothing but headings
    stands between them. A date not printed there stays None."""
    meta = PageMeta()
    last = -1
    banner: list[str] = []
    for i, ln in enumerate(lines[:MASTHEAD_ZONE]):
        if ln.kind in ("masthead", "editors", "boiler"):
            last = i
        elif ln.kind == "heading" and not ln.gap and i and lines[i - 1].kind == "masthead":
            continue
        elif ln.kind != "heading":
            break
    if last < 0:
        return meta, 0
    parts: list[L.MastheadInfo] = []
    for ln in lines[: last + 1]:
        if ln.kind == "masthead" and ln.masthead:
            parts.append(ln.masthead)
        elif ln.kind == "editors":
            meta.editors.extend(ln.credits)
        elif ln.kind == "heading":
            banner.append(remove_ocr_spaces(ln.mapped, near_punct=False).text)
    _merge_masthead(meta, parts)
    meta.banner = " ".join(banner) or None
    return meta, last + 1


def _merge_masthead(meta: PageMeta, parts: list[L.MastheadInfo]) -> None:
    year = month = day = None
    for p in parts:
        if p.year is not None:
            year, month = p.year, p.month
            day = p.day if p.day is not None else day
        elif p.day is not None and year is not None:
            day = p.day
        meta.weekday = p.weekday or meta.weekday
        meta.issue = p.issue if p.issue is not None else meta.issue
        meta.issue_total = p.issue_total if p.issue_total is not None else meta.issue_total
        meta.page_number = p.page_number or meta.page_number
        meta.newspaper = p.newspaper or meta.newspaper
    if year and month and day:
        try:
            d = Date(year, month, day)
        except ValueError:
            return
        wd = L.weekday_index(meta.weekday)
        if wd is None or wd == d.weekday():
            meta.date = d.isoformat()


# ---------------------------------------------------------------------------
# 2. units


def assemble_units(lines: list[Line]) -> list[Unit]:
    units: list[Unit] = []
    para: list[MappedText] = []
    para_kind = "body"
    para_credits: list[Credit] = []
    pending: list[Unit] = []  # boilerplate and markers met while a paragraph may still continue

    def flush() -> None:
        nonlocal para, para_credits
        if para:
            mt = remove_ocr_spaces(MappedText.concat(para)).strip()
            if mt.text:
                units.append(Unit(para_kind, mt, credits=para_credits))
            para, para_credits = [], []
        units.extend(pending)
        pending.clear()

    def open_unfinished() -> bool:
        return bool(para) and not L.ends_sentence(para[-1].text)

    for i, ln in enumerate(lines):
        kind = ln.kind
        if kind == "boiler":
            pending.append(Unit("boiler", ln.mapped))
            continue
        if kind in ("body", "heading") and not ln.level and open_unfinished() and (
            ln.gap == 0 or L.has_clause_punct(ln.text) or len(L.squash(ln.text)) < SHORT_FRAGMENT
            or (kind == "body" and not pending)
        ):
            mt, markers = _cut_markers(ln.mapped)
            para.append(mt)
            pending.extend(Unit("marker", m, marker=mk) for m, mk in markers)
            continue
        if kind == "tail_credit":  # a paragraph (or its last line) and its article's credit
            mt, markers = _cut_markers(ln.mapped.slice(0, ln.split))
            if not (open_unfinished() and ln.gap == 0):
                flush()
                para_kind, para_credits = "body", []
            para.append(mt)
            pending.extend(Unit("marker", m, marker=mk) for m, mk in markers)
            flush()
            units.append(Unit("credit", ln.mapped.slice(ln.split, len(ln.mapped)).strip(), credits=ln.credits))
            continue
        if kind in ("body", "heading") and not para and units and units[-1].kind == "heading" \
                and i + 1 < len(lines) and lines[i + 1].kind in ("body", "lead") \
                and (names := L.bare_names(ln.text)) is not None:  # 标题 / 王丽金 / 正文: the headline's writer
            units.append(Unit("byline", ln.mapped, credits=[Credit("记者", n, "byline") for n in names]))
            continue
        if kind == "marker":
            flush()
            for m, mk in _cut_markers(ln.mapped)[1]:
                units.append(Unit("marker", m, marker=mk))
            continue
        if kind in ("body", "lead"):
            flush()
            mt, markers = _cut_markers(ln.mapped)
            head = [Unit("marker", m, marker=mk) for m, mk in markers if mk.start == 0]
            tail = [Unit("marker", m, marker=mk) for m, mk in markers if mk.start > 0]
            units.extend(head)
            para, para_kind, para_credits = [mt], kind, list(ln.credits)
            pending.extend(tail)
            continue
        flush()
        if kind == "heading":
            mt = remove_ocr_spaces(ln.mapped, near_punct=False)
            prev = units[-1] if units else None
            if prev and prev.kind == "heading" and ln.gap == 0 and not ln.level and not prev.level:
                units[-1] = Unit("heading", MappedText.concat([prev.mapped, MappedText.literal(" "), mt]),
                                 heading_lines=prev.heading_lines)
            else:
                units.append(Unit("heading", mt, level=ln.level))
        elif kind == "byline":
            units.append(Unit("byline", ln.mapped, credits=ln.credits))
        elif kind == "credit":
            _make_caption(units)
            units.append(Unit("credit", ln.mapped, credits=ln.credits))
        elif kind == "caption_credit":
            units.append(Unit("caption", remove_ocr_spaces(ln.mapped.slice(0, ln.split)).strip()))
            units.append(Unit("credit", ln.mapped.slice(ln.split, len(ln.mapped)).strip(), credits=ln.credits))
        elif kind == "editors":
            units.append(Unit("editors", ln.mapped, credits=ln.credits))
        elif kind == "source":
            units.append(Unit("credit", ln.mapped, credits=ln.credits))
        elif kind == "masthead":
            units.append(Unit("boiler", ln.mapped))  # a masthead line below the top: not article text
    flush()
    return units


def _cut_markers(mt: MappedText) -> tuple[MappedText, list[tuple[MappedText, L.ContinuationMarker]]]:
    markers = L.find_markers(mt.text)
    if not markers:
        return mt, []
    cut = [(mt.slice(m.start, m.end), m) for m in markers]
    return mt.delete([(m.start, m.end) for m in markers]).strip(), cut


def _make_caption(units: list[Unit]) -> None:
    """A short one-sentence paragraph just before a photo credit is its caption."""
    if units and units[-1].kind == "body":
        t = units[-1].text
        if len(t) <= CAPTION_MAX and L.ends_sentence(t) and not L.has_clause_punct(t[:-1]):
            units[-1].kind = "caption"


# ---------------------------------------------------------------------------
# 3a. duplicates

_CLAUSE_SPLIT = re.compile(r"[，。；！？、：,;!?]+")
_NOISE = re.compile(r"[\s“”\"‘’'「」『』《》（）()【】]")
_AFFIX = 6
MIN_DUP_CHARS = 10
DUP_COVERAGE = 0.8  # share of a paragraph's clauses printed elsewhere for it to be a repeat
DUP_MAX_NEW_CHARS = 6  # ... and what it says that is not printed elsewhere stays under this
DUP_NEW_RATIO = 0.05


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(_NOISE.sub("", text)) if len(c) >= 2]


class _ClauseIndex:
    """Clauses of the live paragraphs, findable whole or as a truncated prefix/suffix."""

    def __init__(self) -> None:
        self.exact: dict[str, set[int]] = {}
        self.prefix: dict[str, list[tuple[str, int]]] = {}
        self.suffix: dict[str, list[tuple[str, int]]] = {}
        self.alive: set[int] = set()

    def add(self, pid: int, clauses: list[str]) -> None:
        self.alive.add(pid)
        for c in clauses:
            self.exact.setdefault(c, set()).add(pid)
            if len(c) >= _AFFIX:
                self.prefix.setdefault(c[:_AFFIX], []).append((c, pid))
                self.suffix.setdefault(c[-_AFFIX:], []).append((c, pid))

    def holder(self, c: str, me: int) -> int | None:
        """A live paragraph other than `me` that contains clause c (whole or truncated)."""
        for pid in self.exact.get(c, ()):
            if pid != me and pid in self.alive:
                return pid
        if len(c) >= _AFFIX:
            for d, pid in self.prefix.get(c[:_AFFIX], ()):
                if pid != me and pid in self.alive and d.startswith(c):
                    return pid
            for d, pid in self.suffix.get(c[-_AFFIX:], ()):
                if pid != me and pid in self.alive and d.endswith(c):
                    return pid
        return None


def drop_duplicates(units: list[Unit]) -> int:
    """Replace paragraphs printed twice (whole, in part, or spliced from two) by 'dropped'
    units pointing at the copy that is kept. Shorter paragraphs are judged first, so a
    fragment goes and the whole paragraph stays; of two equal copies the first stays."""
    paras = [i for i, u in enumerate(units) if u.kind in ("body", "lead", "caption")]
    clauses = {i: _clauses(units[i].text) for i in paras}
    index = _ClauseIndex()
    for i in paras:
        index.add(i, clauses[i])
    dropped = 0
    for i in sorted(paras, key=lambda i: (sum(map(len, clauses[i])), -i)):
        cs = clauses[i]
        total = sum(map(len, cs))
        if total < MIN_DUP_CHARS:
            continue
        covered = 0
        first_holder = None
        for c in cs:
            h = index.holder(c, i)
            if h is not None:
                covered += len(c)
                first_holder = h if first_holder is None else first_holder
        if first_holder is not None and covered >= DUP_COVERAGE * total and total - covered <= max(
                DUP_MAX_NEW_CHARS, DUP_NEW_RATIO * total):
            index.alive.discard(i)
            _replace_with_dropped(units, i, "duplicate", units[first_holder].mapped.source_span())
            dropped += 1
    # headings repeated right after themselves (a subhead printed in two forms)
    prev = None
    for i, u in enumerate(units):
        if u.kind == "heading":
            if prev is not None and L.squash(units[prev].text) == L.squash(u.text):
                _replace_with_dropped(units, i, "duplicate", units[prev].mapped.source_span())
                dropped += 1
                continue
            prev = i
        elif u.kind not in ("boiler", "dropped"):
            prev = None
    return dropped


def _replace_with_dropped(units: list[Unit], i: int, reason: str, of: tuple[int, int] | None) -> None:
    u = units[i]
    span = u.mapped.source_span() or (0, 0)
    units[i] = Unit("dropped", u.mapped, dropped=Dropped(reason, u.text, span[0], span[1], of))


# ---------------------------------------------------------------------------
# 3b. articles


def segment(units: list[Unit], source: str, sha256: str) -> list[Article]:
    articles: list[Article] = []
    cur: Article | None = None
    cur_level = 0
    closed = True  # page start, or after a byline: the next content opens an article
    after_byline = False
    i = 0

    def new(start_unit: Unit) -> Article:
        nonlocal cur, closed, after_byline
        span = start_unit.mapped.source_span() or (0, 0)
        cur = Article(id="", source=source, position=len(articles), start=span[0], end=span[1])
        articles.append(cur)
        closed = after_byline = False
        return cur

    def empty(a: Article | None) -> bool:
        return a is not None and not any(p.kind in ("lead", "body") for p in a.paragraphs)

    while i < len(units):
        u = units[i]
        k = u.kind
        if k == "heading":
            j = i
            run: list[Unit] = []
            while j < len(units) and units[j].kind in ("heading", "boiler", "dropped"):
                if units[j].kind == "heading":
                    run.append(units[j])
                j += 1
            nxt = j
            while nxt < len(units) and units[nxt].kind in ("caption", "credit", "boiler", "dropped"):
                nxt += 1
            follower = units[nxt] if nxt < len(units) else None
            md = any(h.level for h in run)
            starts = (
                cur is None or closed
                or (follower is not None and follower.kind == "lead")
                or (follower is not None and follower.kind == "marker" and follower.marker is not None
                    and follower.marker.direction == "from")
                or (md and min(h.level for h in run if h.level) <= cur_level)
                or (not md and sum(h.heading_lines for h in run) >= 2)
            )
            if starts and cur is not None and empty(cur) and not closed and cur.headline and not md:
                starts = False  # a headline block split by a blank line: keep one article
                cur.subheadlines.extend(h.text for h in run)
                for h in run:
                    _extend(cur, h.mapped)
            elif starts:
                a = new(run[0])
                a.headline = run[0].text
                a.subheadlines = [h.text for h in run[1:]]
                a.headline_span = run[0].mapped.source_span()
                for h in run:
                    _extend(a, h.mapped)
                cur_level = run[0].level
            else:
                assert cur is not None
                for h in run:
                    cur.paragraphs.append(Paragraph("subheading", h.mapped))
                    _extend(cur, h.mapped)
            for x in units[i:j]:
                if x.kind == "dropped" and x.dropped and cur is not None:
                    cur.dropped.append(x.dropped)
            i = j
            continue
        if k == "lead":
            if cur is None or closed or not empty(cur) or any(p.kind == "lead" for p in cur.paragraphs):
                new(u)
            assert cur is not None
            cur.paragraphs.append(Paragraph("lead", u.mapped))
            cur.credits.extend(u.credits)
            _extend(cur, u.mapped)
        elif k == "marker" and u.marker is not None:
            if u.marker.direction == "from":
                if cur is None or not empty(cur) or closed:
                    new(u)
                assert cur is not None
                cur.continued_from = u.marker.page
            else:
                if cur is None:
                    new(u)
                assert cur is not None
                cur.continued_to = u.marker.page
            assert cur is not None
            cur.dropped.append(_as_dropped(u, "marker"))
        elif k in ("body", "caption"):
            if cur is None or (closed and after_byline):
                new(u)
            assert cur is not None
            cur.paragraphs.append(Paragraph(k, u.mapped))
            cur.credits.extend(c for c in u.credits if c not in cur.credits)  # 记者韩紫嫣：…
            _extend(cur, u.mapped)
        elif k == "credit":
            if cur is None:
                new(u)
            assert cur is not None
            cur.credits.extend(u.credits)
            _extend(cur, u.mapped)
        elif k == "byline":
            if cur is None:
                new(u)
            assert cur is not None
            cur.credits.extend(u.credits)
            _extend(cur, u.mapped)
            # a byline closes its article, unless it opens it (标题 / 记者 王丽金 / 正文, or a page's first line)
            closed = after_byline = bool(cur.paragraphs)
        elif k == "boiler":
            if cur is not None:
                cur.dropped.append(_as_dropped(u, "boilerplate"))
                closed = True
        elif k == "dropped" and u.dropped is not None:
            if cur is None:
                new(u)
            assert cur is not None
            cur.dropped.append(u.dropped)
        i += 1
    kept = [a for a in articles if a.headline or a.paragraphs]
    for pos, a in enumerate(kept):
        a.position = pos
        a.id = hashlib.sha1(f"{sha256}:{a.start}".encode()).hexdigest()[:16]
    return kept


def _extend(a: Article, mt: MappedText) -> None:
    span = mt.source_span()
    if span:
        a.start = min(a.start, span[0]) if a.end > a.start else span[0]
        a.end = max(a.end, span[1])


def _as_dropped(u: Unit, reason: str) -> Dropped:
    span = u.mapped.source_span() or (0, 0)
    return Dropped(reason, u.text, span[0], span[1])


# ---------------------------------------------------------------------------


def parse_page(text: str, *, source: str, page_id: str, sha256: str, encoding: str = "utf-8",
               size: int = 0, defaults: Mapping[str, str] | None = None,
               boilerplate: tuple[str, ...] = ()) -> PageResult:
    """Parse the decoded text of one page."""
    lines, boiler = classify_lines(text, boilerplate)
    meta, used = read_masthead(lines)
    units = assemble_units(lines[used:])
    for u in units:
        if u.kind == "editors":
            meta.editors.extend(u.credits)
    dups = drop_duplicates(units)
    articles = segment(units, source, sha256)
    if defaults:
        meta.newspaper = meta.newspaper or defaults.get("newspaper")
        meta.district = meta.district or defaults.get("district")
    return PageResult(source, page_id, sha256, encoding, size, meta, articles, boiler, dups)
