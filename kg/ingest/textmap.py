"""Text that remembers where each character came from in the source file.

Repairs (removing OCR spaces, joining words broken across lines, cutting markers)
delete or concatenate characters; a :class:`MappedText` keeps, for every character
of the repaired text, its character offset in the decoded source, stored compactly
as runs ``(clean_start, source_start, length)``.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["MappedText", "has_markup", "normalize_width", "remove_markup", "remove_ocr_spaces"]

Run = tuple[int, int, int]

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width and CJK punctuation (not the ASCII forms).
CJK_PUNCT = (
    "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    "\u2014\u2026\u201c\u201d\u2018\u2019\u00b7"
)


@dataclass(frozen=True, slots=True)
class MappedText:
    text: str
    runs: tuple[Run, ...]

    @classmethod
    def from_source(cls, source: str, start: int, end: int) -> MappedText:
        return cls(source[start:end], ((0, start, end - start),) if end > start else ())

    @classmethod
    def literal(cls, text: str) -> MappedText:
        """Text with no source (a separator the repair inserts)."""
        return cls(text, ())

    def __len__(self) -> int:
        return len(self.text)

    # -- mapping ---------------------------------------------------------
    def to_source(self, i: int) -> int | None:
        """Source offset of clean character i, or None for inserted characters."""
        starts = [r[0] for r in self.runs]
        k = bisect_right(starts, i) - 1
        if k < 0:
            return None
        cs, ss, n = self.runs[k]
        return ss + (i - cs) if i < cs + n else None

    def source_span(self, i: int = 0, j: int | None = None) -> tuple[int, int] | None:
        """Smallest source span [start, end) covering clean characters [i, j)."""
        j = len(self.text) if j is None else j
        lo = hi = None
        for cs, ss, n in self.runs:
            a, b = max(i, cs), min(j, cs + n)
            if a >= b:
                continue
            s, e = ss + (a - cs), ss + (b - cs)
            lo = s if lo is None else min(lo, s)
            hi = e if hi is None else max(hi, e)
        return None if lo is None else (lo, hi)

    # -- edits -----------------------------------------------------------
    def slice(self, i: int, j: int) -> MappedText:
        runs: list[Run] = []
        for cs, ss, n in self.runs:
            a, b = max(i, cs), min(j, cs + n)
            if a < b:
                runs.append((a - i, ss + (a - cs), b - a))
        return MappedText(self.text[i:j], tuple(runs))

    def delete(self, spans: Iterable[tuple[int, int]]) -> MappedText:
        """Remove the clean-text spans (sorted, non-overlapping)."""
        parts: list[MappedText] = []
        pos = 0
        for a, b in spans:
            if a > pos:
                parts.append(self.slice(pos, a))
            pos = max(pos, b)
        if pos == 0:
            return self
        parts.append(self.slice(pos, len(self.text)))
        return MappedText.concat(parts)

    def strip(self) -> MappedText:
        t = self.text
        i, j = 0, len(t)
        while i < j and t[i].isspace():
            i += 1
        while j > i and t[j - 1].isspace():
            j -= 1
        return self if (i, j) == (0, len(t)) else self.slice(i, j)

    def translate(self, text: str) -> MappedText:
        """Same length, characters replaced one for one (e.g. width normalisation)."""
        if len(text) != len(self.text):
            raise ValueError("translate must keep the length")
        return MappedText(text, self.runs)

    @staticmethod
    def concat(parts: Iterable[MappedText]) -> MappedText:
        texts: list[str] = []
        runs: list[Run] = []
        offset = 0
        for p in parts:
            texts.append(p.text)
            for cs, ss, n in p.runs:
                if runs and runs[-1][0] + runs[-1][2] == offset + cs and runs[-1][1] + runs[-1][2] == ss:
                    pcs, pss, pn = runs[-1]
                    runs[-1] = (pcs, pss, pn + n)
                else:
                    runs.append((offset + cs, ss, n))
            offset += len(p.text)
        return MappedText("".join(texts), tuple(runs))


# ---------------------------------------------------------------------------
# Character-level normalisation (one for one: offsets are unchanged)

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # digits
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # A-Z
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # a-z
_FULLWIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0xFF0E: ord("."), 0xFF05: ord("%")})
_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_ASCII_PUNCT_NEAR_CJK = re.compile(
    rf"(?<=[{CJK}{CJK_PUNCT}])\s*[,:;?!()]|[,:;?!()](?=\s*[{CJK}{CJK_PUNCT}])"
)


def _fullwidth_punct(m: re.Match[str]) -> str:
    s = m.group(0)
    return s[:-1] + _TO_FULL[s[-1]] if s[-1] in _TO_FULL else _TO_FULL[s[0]] + s[1:]


_NEEDS_HALF = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0\uff0e\uff05]")


def normalize_width(text: str) -> str:
    """Full-width digits and Latin letters to ASCII; ASCII punctuation next to Chinese to
    full-width, so that ``(`` and ``（``, ``:`` and ``：`` read alike. Keeps the length."""
    if _NEEDS_HALF.search(text):
        text = text.translate(_FULLWIDTH)
    return _ASCII_PUNCT_NEAR_CJK.sub(_fullwidth_punct, text)


# ---------------------------------------------------------------------------
# OCR spaces

_WS_RUN = re.compile(r"[ \t]+")
_IS_CJK = re.compile(rf"[{CJK}]")
_IS_PUNCT = re.compile(rf"[{CJK_PUNCT}]")


def _single_cjk(t: str, i: int, step: int) -> bool:
    """Whether the Chinese run that ends (step=-1) or starts (step=1) at index i is one character."""
    j = i + step
    return not (0 <= j < len(t) and _IS_CJK.match(t, j))


def remove_ocr_spaces(mt: MappedText, near_punct: bool = True) -> MappedText:
    """Delete spaces the OCR put inside words: ``徐 潇`` -> ``徐潇``, ``落 实 落 细`` -> ``落实落细``.

    A space between two Chinese characters is removed when the character run on either
    side is a single character (a name or word split letter by letter); a space next to
    full-width punctuation is removed too unless ``near_punct`` is false (headlines).
    Spaces between longer runs are kept: headlines use them to separate phrases
    (``黄茂军讲话 谢东主持``)."""
    t = mt.text
    spans: list[tuple[int, int]] = []
    for m in _WS_RUN.finditer(t):
        a, b = m.span()
        if a == 0 or b == len(t):
            continue
        left_cjk, right_cjk = _IS_CJK.match(t, a - 1), _IS_CJK.match(t, b)
        if left_cjk and right_cjk:
            if _single_cjk(t, a - 1, -1) or _single_cjk(t, b, 1):
                spans.append((a, b))
        elif near_punct and (
            ((left_cjk or _IS_PUNCT.match(t, a - 1)) and _IS_PUNCT.match(t, b))
            or (_IS_PUNCT.match(t, a - 1) and right_cjk)
        ):
            spans.append((a, b))
    return mt.delete(spans) if spans else mt


# ---------------------------------------------------------------------------
# HTML markup left in a web page's text (<p class="ql-block">…</p>, &nbsp;)

_BLOCK_TAGS = "p|br|div|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|hr"
_INLINE_TAGS = "span|b|strong|em|i|u|font|a|img|td|th|sub|sup|small|big|label|tbody|thead"
_MARKUP = re.compile(
    rf"</?(?:(?P<block>{_BLOCK_TAGS})|{_INLINE_TAGS})"
    r"""(?:\s+[a-zA-Z_:][\w:.-]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=]+))?)*\s*/?>"""
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});)",
    re.IGNORECASE,
)


def has_markup(text: str) -> bool:
    """Whether the text holds HTML tags of a web page's paragraphs (not an author's ``<``)."""
    return any(m.group("entity") is None for m in _MARKUP.finditer(text))


def remove_markup(text: str) -> MappedText:
    """The text without its HTML tags: a paragraph's or a line break's tag becomes a line break,
    an inline tag goes, an entity becomes its character; every other character keeps its offset."""
    parts: list[MappedText] = []
    pos = 0
    for m in _MARKUP.finditer(text):
        parts.append(MappedText.from_source(text, pos, m.start()))
        if m.group("entity") is not None:
            char = html.unescape(m.group("entity")).replace("\xa0", " ")
            parts.append(MappedText(char, ((0, m.start(), 1),)) if len(char) == 1 else MappedText.literal(char))
        elif m.group("block") is not None:
            parts.append(MappedText.literal("\n"))
        pos = m.end()
    parts.append(MappedText.from_source(text, pos, len(text)))
    return MappedText.concat(parts)
