"""Rules, lexicons and gazetteers as data files.

Every file lives under ``kg/data/`` and is read with :mod:`importlib.resources`; a
component also accepts extra files of the same format from the user (config or
``--patterns``), so rules can be extended without touching code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["Data", "data_lines", "jsonl", "package_text", "tsv", "word_list"]


def package_text(rel: str) -> str:
    return resources.files("kg").joinpath("data", *rel.split("/")).read_text(encoding="utf-8")


def _sources(rel: str | None, extra: Iterable[str | Path]) -> Iterator[tuple[str, str]]:
    if rel:
        yield f"kg/data/{rel}", package_text(rel)
    for p in extra:
        path = Path(p)
        try:
            yield str(path), path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: cannot be read as UTF-8 text: {exc}") from exc


def data_lines(rel: str | None, extra: Iterable[str | Path] = ()) -> Iterator[tuple[str, int, str]]:
    """Non-blank, non-comment lines: (file, line number, text)."""
    for name, text in _sources(rel, extra):
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                yield name, n, line.rstrip("\r\n")


def word_list(rel: str | None, extra: Iterable[str | Path] = ()) -> frozenset[str]:
    return frozenset(line.strip() for _, _, line in data_lines(rel, extra))


def tsv(rel: str | None, extra: Iterable[str | Path] = ()) -> list[dict[str, str]]:
    """Rows of a TSV file whose first non-comment line is the header."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    current = None
    for name, n, line in data_lines(rel, extra):
        if name != current:
            current, header = name, line.split("\t")
            continue
        assert header is not None
        cells = line.split("\t")
        if len(cells) > len(header):
            raise ValueError(f"{name}:{n}: {len(cells)} columns, header has {len(header)}")
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)))
    return rows


def jsonl(rel: str | None, extra: Iterable[str | Path] = ()) -> list[dict[str, Any]]:
    rows = []
    for name, n, line in data_lines(rel, extra):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{name}:{n}: not a JSON object: {exc}") from exc
        if not isinstance(row, dict):
            raise ValueError(f"{name}:{n}: not a JSON object")
        rows.append(row)
    return rows



class Data:
    """The package's data files, each extended by the user's files of the same format.

    ``extra`` maps a data file's path under ``kg/data/`` (``"lexicon/vague_places.txt"``) to
    files that add rows or words to it; components take it as their ``extra_data`` config."""

    def __init__(self, extra: dict[str, list[str]] | None = None) -> None:
        self.extra = dict(extra or {})
        for rel in self.extra:
            try:
                package_text(rel)
            except (FileNotFoundError, IsADirectoryError) as exc:
                raise ValueError(f"extra_data: kg/data has no data file {rel!r} to extend") from exc

    def tsv(self, rel: str, more: Iterable[str | Path] = ()) -> list[dict[str, str]]:
        return tsv(rel, [*more, *self.extra.get(rel, [])])

    def words(self, rel: str) -> frozenset[str]:
        return word_list(rel, self.extra.get(rel, []))
