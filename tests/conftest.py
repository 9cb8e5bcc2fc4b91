from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.ingest import PageResult, bundled_corpus, discover, ingest_file

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def corpus_dir() -> Iterator[Path]:
    with bundled_corpus() as path:
        yield path


@pytest.fixture(scope="session")
def sample_pages(corpus_dir: Path) -> dict[str, PageResult]:
    pages = {}
    for path, root in discover([corpus_dir]):
        page = ingest_file(path, root)
        pages[page.page_id] = page
    return pages


@pytest.fixture(scope="session")
def expected_samples() -> dict:
    return json.loads((DATA / "expected_samples.json").read_text(encoding="utf-8"))
