"""End to end on the three bundled sample pages, against what a reader determined
(tests/data/expected_samples.json, written by hand from the pages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.ingest import PageResult, read_source
from kg.ingest.textmap import normalize_width


def test_all_pages_found(sample_pages: dict[str, PageResult], expected_samples: dict) -> None:
    assert set(sample_pages) == set(expected_samples["pages"])


@pytest.mark.parametrize("field", ["date", "weekday", "banner"])
def test_page_metadata(sample_pages, expected_samples, field: str) -> None:
    for pid, exp in expected_samples["pages"].items():
        assert getattr(sample_pages[pid].meta, field) == exp[field], pid


def test_editors_and_newspaper(sample_pages, expected_samples) -> None:
    for pid, exp in expected_samples["pages"].items():
        meta = sample_pages[pid].meta
        assert [[c.role, c.name] for c in meta.editors] == exp["editors"], pid
        assert meta.newspaper == "渝中报"  # from the corpus's corpus.json: the pages do not print it
        assert meta.district == "渝中区"


def test_headlines(sample_pages, expected_samples) -> None:
    for pid, exp in expected_samples["pages"].items():
        got = [a.headline for a in sample_pages[pid].articles if a.headline]
        want = [a["headline"] for a in exp["articles"] if not a.get("scrambled")]
        assert [h for h in got if h in want] == want, pid  # all found, in page order


def test_subheadlines_reporters_and_continuations(sample_pages, expected_samples) -> None:
    for pid, exp in expected_samples["pages"].items():
        by_headline = {a.headline: a for a in sample_pages[pid].articles}
        for want in exp["articles"]:
            if want.get("scrambled"):
                continue
            a = by_headline[want["headline"]]
            assert a.subheadlines == want.get("subheadlines", []), want["headline"]
            assert a.reporters == want["reporters"], want["headline"]
            assert a.continued_from == want.get("continued_from"), want["headline"]


def test_no_boilerplate_or_markers_left_in_text(sample_pages) -> None:
    for page in sample_pages.values():
        for a in page.articles:
            for p in a.paragraphs:
                assert "扫码关注" not in p.text and "图文报道" not in p.text
                assert not re.search(r"[（(]\s*(上接|下转)", p.text)
                assert "徐 潇" not in p.text and "刘 侃" not in p.text


def test_paragraphs_printed_twice_are_kept_once(sample_pages) -> None:
    for page in sample_pages.values():
        texts = [p.text for a in page.articles for p in a.paragraphs if p.kind in ("body", "lead")]
        assert len(texts) == len(set(texts)), page.page_id
        clauses: dict[str, str] = {}
        for t in texts:
            for c in re.split(r"[，。；！？]", t):
                if len(c) >= 25:  # long clauses are never legitimately repeated on a page
                    assert c not in clauses, (page.page_id, c)
                    clauses[c] = t
    whole = next(p for p in sample_pages.values() if p.page_id.endswith("000_a4d0a8b71a28f104"))
    kept = [p.text for a in whole.articles for p in a.paragraphs]
    assert sum("像李晓燕这样的家庭医生团队已有68支" in t for t in kept) == 1
    assert whole.duplicates_dropped >= 8


def test_words_broken_across_lines_are_whole(sample_pages) -> None:
    text = "\n".join(p.text for page in sample_pages.values() for a in page.articles for p in a.paragraphs)
    for word in ("持续完善师承教育机制", "其意义远超出对一支球队的支持", "“精准医学时代肿瘤的防与治”活动",
                 "坚持条块结合", "不断增强敢于斗争的勇气", "石油路社区综合服务体内"):
        assert word in text, word


def test_every_character_maps_back_to_its_source(sample_pages, corpus_dir: Path) -> None:
    for page in sample_pages.values():
        src = normalize_width(read_source(corpus_dir / page.source).text)
        for a in page.articles:
            assert 0 <= a.start < a.end <= len(src)
            for p in a.paragraphs:
                assert p.mapped.runs, p.text
                for i, ch in enumerate(p.text):
                    j = p.mapped.to_source(i)
                    if j is None:  # a separator the repair inserted (two heading lines joined)
                        assert ch == " ", (page.page_id, p.text[:20], i)
                        continue
                    assert src[j] == ch, (page.page_id, p.text[:20], i)
                s, e = p.source_span()
                assert a.start <= s < e <= a.end


def test_headline_span_quotes_the_source(sample_pages, corpus_dir: Path) -> None:
    for page in sample_pages.values():
        src = read_source(corpus_dir / page.source).text
        for a in page.articles:
            if a.headline and a.headline_span:
                quoted = normalize_width(src[slice(*a.headline_span)])
                assert re.sub(r"\s", "", quoted) == re.sub(r"\s", "", a.headline)
