"""articles.jsonl: one parsed article per line, with page metadata and source offsets."""

from __future__ import annotations

import json
from typing import IO

from kg.ingest.model import PageResult

__all__ = ["write_page_articles"]


def write_page_articles(fh: IO[str], page: PageResult) -> int:
    """Write the page's articles as JSON lines; return how many were written."""
    for article in page.articles:
        fh.write(json.dumps(article.to_dict(page), ensure_ascii=False, sort_keys=False))
        fh.write("\n")
    return len(page.articles)
