"""Ingest: read newspaper pages (any common Chinese text encoding), repair OCR damage,
and split each page into articles whose text maps back to source offsets."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.ingest.decode import DecodedSource, IngestError, decode_bytes, read_source
from kg.ingest.model import Article, Credit, Dropped, PageMeta, PageResult, Paragraph
from kg.ingest.page import parse_page

__all__ = [
    "INPUT_SUFFIXES",
    "Article",
    "Credit",
    "DecodedSource",
    "Dropped",
    "IngestError",
    "IngestOptions",
    "PageMeta",
    "PageResult",
    "Paragraph",
    "bundled_corpus",
    "decode_bytes",
    "discover",
    "ingest",
    "ingest_file",
    "parse_page",
    "read_source",
]

log = logging.getLogger(__name__)

INPUT_SUFFIXES = (".txt", ".md")
CORPUS_CONFIG = "corpus.json"


@dataclass(slots=True)
class IngestOptions:
    newspaper: str | None = None  # overrides corpus.json and the masthead's absence
    district: str | None = None
    boilerplate: tuple[str, ...] = ()  # extra boilerplate regular expressions
    strict: bool = False  # stop at the first bad file
    _config_cache: dict[Path, dict[str, str]] = field(default_factory=dict, repr=False)


@contextmanager
def bundled_corpus() -> Iterator[Path]:
    """The example corpus shipped in the package (three pages of 渝中报)."""
    with resources.as_file(resources.files("kg").joinpath("data/corpus")) as path:
        yield Path(path)


def discover(inputs: Sequence[str | Path]) -> list[tuple[Path, Path]]:
    """Expand files and directories (recursively) into (file, root) pairs, sorted.
    A missing input raises IngestError naming it."""
    found: list[tuple[Path, Path]] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES)
            if not files:
                log.warning("%s: no %s files in this directory", p, "/".join(INPUT_SUFFIXES))
            found.extend((f, p) for f in files)
        elif p.is_file():
            found.append((p, p.parent))
        else:
            raise IngestError(p, "no such file or directory")
    return found


def _defaults_for(path: Path, root: Path, opts: IngestOptions) -> dict[str, str]:
    """corpus.json settings from the file's directory up to the input root (nearest wins)."""
    merged: dict[str, str] = {}
    d = path.parent
    chain = []
    while True:
        chain.append(d)
        if d == root or d == d.parent or root not in d.parents:
            break
        d = d.parent
    for directory in reversed(chain):
        if directory not in opts._config_cache:
            cfg = directory / CORPUS_CONFIG
            data: dict[str, str] = {}
            if cfg.is_file():
                try:
                    loaded = json.loads(cfg.read_text(encoding="utf-8"))
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    raise IngestError(cfg, f"is not valid JSON: {exc}") from exc
                if not isinstance(loaded, dict):
                    raise IngestError(cfg, "must hold a JSON object")
                data = {k: v for k, v in loaded.items() if isinstance(v, str)}
            opts._config_cache[directory] = data
        merged.update(opts._config_cache[directory])
    if opts.newspaper:
        merged["newspaper"] = opts.newspaper
    if opts.district:
        merged["district"] = opts.district
    return merged


def page_id_for(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def ingest_file(path: str | Path, root: str | Path | None = None,
                opts: IngestOptions | None = None) -> PageResult:
    """Read and parse one page file. Raises IngestError naming the file."""
    opts = opts or IngestOptions()
    p = Path(path)
    r = Path(root) if root is not None else p.parent
    src = read_source(p)
    if not src.text.strip():
        raise IngestError(p, "is empty")
    source = page_id_for(p, r) + p.suffix
    return parse_page(src.text, source=source, page_id=page_id_for(p, r), sha256=src.sha256,
                      encoding=src.encoding, size=src.size, defaults=_defaults_for(p, r, opts),
                      boilerplate=opts.boilerplate)


def ingest(files: Sequence[tuple[Path, Path]], opts: IngestOptions | None = None,
           on_error: Callable[[IngestError], None] | None = None,
           on_file: Callable[[Path], None] | None = None) -> Iterator[PageResult]:
    """Parse each file in turn. A bad file is reported to `on_error` and skipped;
    with `strict` the first one is raised instead."""
    opts = opts or IngestOptions()
    for path, root in files:
        try:
            yield ingest_file(path, root, opts)
        except IngestError as err:
            if opts.strict or on_error is None:
                raise
            on_error(err)
        finally:
            if on_file is not None:
                on_file(path)
