"""The `kg` command line."""

from __future__ import annotations

import logging
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from kg import __version__
from kg.export import FORMATS, write_all
from kg.export.articles import write_page_articles
from kg.export.atomic import atomic_write
from kg.export.rdf import DEFAULT_BASE
from kg.extract import ArticleFacts, extract_pages
from kg.graph import DEFAULT_MIN_COUNT, build_graph
from kg.ingest import IngestError, IngestOptions, bundled_corpus, discover, ingest
from kg.ingest.model import PageResult
from kg.nlp import load as load_pipeline
from kg.resolve import resolve

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build a knowledge graph from Chinese local-government news pages.")
log = logging.getLogger("kg")
PROGRESS_MIN_FILES = 20  # show a progress bar from this many input files on


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debugging detail.")] = False,
) -> None:
    """kg: newspaper pages in, knowledge graph out."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=Console(stderr=True), show_path=False, show_time=False)],
    )


@dataclass
class BuildStats:
    files: int = 0
    bytes: int = 0
    articles: int = 0
    paragraphs: int = 0
    duplicates: int = 0
    boilerplate: int = 0
    dated_pages: int = 0
    entities: int | None = None
    errors: list[IngestError] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    def add(self, page: PageResult) -> None:
        self.files += 1
        self.bytes += page.size
        self.articles += len(page.articles)
        self.paragraphs += sum(len(a.paragraphs) for a in page.articles)
        self.duplicates += page.duplicates_dropped
        self.boilerplate += page.boilerplate_lines
        self.dated_pages += page.meta.date is not None


def _read_patterns(path: Path | None) -> tuple[str, ...]:
    if path is None:
        return ()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise typer.BadParameter(f"{path}: cannot be read: {exc}") from exc
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


@app.command()
def build(
    inputs: Annotated[list[Path] | None, typer.Argument(
        help="Page files (.txt, .md) or directories (searched recursively). "
             "None: the bundled example corpus.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("output"),
    strict: Annotated[bool, typer.Option(help="Stop at the first bad file.")] = False,
    newspaper: Annotated[str | None, typer.Option(help="Newspaper name when the pages do not print it.")] = None,
    district: Annotated[str | None, typer.Option(help="The newspaper's district, e.g. 渝中区.")] = None,
    boilerplate: Annotated[Path | None, typer.Option(
        help="File of extra boilerplate line patterns (one regular expression a line).")] = None,
    progress: Annotated[bool | None, typer.Option(
        help="Show a progress bar (default: for long inputs on a terminal).")] = None,
    extract: Annotated[bool, typer.Option(help="Extract entities and relations and write the graph.")] = True,
    patterns: Annotated[list[Path] | None, typer.Option(
        "--patterns", help="Extra span-ruler pattern files (JSONL: label, pattern[, id]).")] = None,
    base: Annotated[str, typer.Option(help="Base IRI of the graph's instances.")] = DEFAULT_BASE,
    rdf_format: Annotated[list[str] | None, typer.Option(
        "--rdf-format", help="RDF serialisations to write: turtle (default), nt, json-ld, trig; repeatable.")] = None,
    html_max_nodes: Annotated[int, typer.Option(
        help="Entities shown in graph.html: the most connected ones (0: no HTML).")] = 300,
    cooccurrence: Annotated[list[str] | None, typer.Option(
        "--cooccurrence", help="WINDOW=N: keep pairs of entities seen together in at least N windows "
                               "(sentence=1, paragraph=2, article=2 by default); N=0 leaves a window out.")] = None,
) -> None:
    """Parse the pages into articles (OUT/articles.jsonl), extract entities and relations, and
    write the knowledge graph: graph.ttl (and other RDF formats), graph.graphml, nodes.csv,
    edges.csv, graph.json."""
    for fmt in rdf_format or []:
        if fmt not in FORMATS:
            raise typer.BadParameter(f"--rdf-format {fmt!r}: choose from {', '.join(FORMATS)}")
    min_count = dict(DEFAULT_MIN_COUNT)
    for item in cooccurrence or []:
        window, _, n = item.partition("=")
        if window not in min_count or not n.isdigit():
            raise typer.BadParameter(f"--cooccurrence {item!r}: expected WINDOW=N with WINDOW one of "
                                     f"{', '.join(min_count)}")
        min_count[window] = int(n)
    console = Console()
    err_console = Console(stderr=True)
    opts = IngestOptions(newspaper=newspaper, district=district, strict=strict,
                         boilerplate=_read_patterns(boilerplate))
    stats = BuildStats()
    started = time.perf_counter()
    with ExitStack() as stack:
        if inputs:
            try:
                files = discover(inputs)
            except IngestError as exc:
                err_console.print(f"[red]error:[/red] {exc}")
                raise typer.Exit(2) from exc
        else:
            files = discover([stack.enter_context(bundled_corpus())])
        show = progress if progress is not None else (len(files) >= PROGRESS_MIN_FILES and err_console.is_terminal)
        bar = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=err_console, disable=not show, transient=True)
        task = bar.add_task("ingest", total=len(files))
        stack.enter_context(bar)

        def on_error(exc: IngestError) -> None:
            stats.errors.append(exc)
            log.error("%s", exc)

        nlp = load_pipeline(patterns=patterns or ()) if extract else None
        extracted: list[ArticleFacts] = []
        try:
            with atomic_write(out / "articles.jsonl") as fh:
                for page in ingest(files, opts, on_error=on_error, on_file=lambda _p: bar.advance(task)):
                    write_page_articles(fh, page)
                    stats.add(page)
                    if nlp is not None:
                        extracted.extend(extract_pages([page], nlp))
        except IngestError as exc:  # --strict
            err_console.print(f"[red]error:[/red] {exc}")
            err_console.print(f"stopped (--strict): nothing in {out} was changed")
            raise typer.Exit(1) from exc
    if nlp is not None:
        windows = [w for w, n in min_count.items() if n > 0]
        graph = build_graph(resolve(extracted), windows=windows, min_count=min_count)
        stats.written += write_all(graph, out, rdf_format or ["turtle"], base, html_max_nodes)
        stats.entities = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "entity")
    _summary(console, stats, out, time.perf_counter() - started)
    if stats.errors:
        err_console.print(f"[red]{len(stats.errors)} file(s) could not be read:[/red]")
        for exc in stats.errors:
            err_console.print(f"  {exc}")
        raise typer.Exit(1)


@app.command()
def assemble(
    out: Annotated[Path, typer.Argument(help="Directory to write the pipeline to.")] = Path("models/kg_zh"),
) -> None:
    """Assemble the spaCy pipeline from the package's data into OUT (config.cfg, patterns)."""
    nlp = load_pipeline()
    nlp.meta.update({"name": "kg_zh", "version": __version__, "description": "kg's pipeline for Chinese "
                     "local-government news: LAC NER, span_ruler, gazetteers, rules, relations"})
    nlp.to_disk(out)
    Console().print(f"pipeline written to {out} ({', '.join(nlp.pipe_names)})")


@app.command("query")
def query_cmd(
    graph: Annotated[Path, typer.Argument(help="An exported graph: .ttl, .nt, .jsonld, .trig.")],
    sparql: Annotated[str, typer.Argument(
        help="A .rq file, the name of a shipped query (posts, roles, programmes_by_place, cooccurring, "
             "mentions_in_range) or SPARQL text.")],
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", help="A parameter, NAME=VALUE, bound to ?NAME (never spliced into the query).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    engine: Annotated[str, typer.Option(help="rdflib or oxigraph.")] = "rdflib",
    store: Annotated[Path | None, typer.Option(
        help="With oxigraph: bulk-load into an on-disk store in this directory (for large graphs).")] = None,
) -> None:
    """Run a SPARQL query over an exported graph and print the answer."""
    from kg.query import load_graph, parameters, query, query_text

    err = Console(stderr=True)
    try:
        text = query_text(sparql)
        params = dict(_split_param(p) for p in param or [])
        missing = [n for n in parameters(text) if n not in params]
        if missing:
            raise ValueError(f"the query needs {', '.join('--param ' + n + '=…' for n in missing)}")
        result = query(load_graph(graph, "oxigraph" if store else engine, store), text, params)
    except (ValueError, SyntaxError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except Exception as exc:  # a parse error of the graph or the query, reported as such
        err.print(f"[red]error:[/red] {graph}: {type(exc).__name__}: {exc}")
        raise typer.Exit(1) from exc
    if fmt == "json":
        import json

        typer.echo(json.dumps([dict(zip(result.columns, r, strict=True)) for r in result.rows], ensure_ascii=False,
                              indent=1))
    elif fmt == "csv":
        import csv
        import sys

        w = csv.writer(sys.stdout)
        w.writerow(result.columns)
        w.writerows(result.rows)
    else:
        t = Table(*result.columns)
        for r in result.rows:
            t.add_row(*["" if v is None else str(v) for v in r])
        Console().print(t)
        err.print(f"{len(result.rows)} row(s)")


def _split_param(p: str) -> tuple[str, str]:
    if "=" not in p:
        raise ValueError(f"--param {p!r}: expected NAME=VALUE")
    k, v = p.split("=", 1)
    return k.strip().lstrip("?"), v


def _summary(console: Console, s: BuildStats, out: Path, seconds: float) -> None:
    t = Table(title="kg build", show_header=False, box=None)
    t.add_row("pages read", f"{s.files} ({s.bytes / 1e6:.2f} MB)")
    t.add_row("pages with a printed date", str(s.dated_pages))
    t.add_row("articles", str(s.articles))
    t.add_row("paragraphs", str(s.paragraphs))
    t.add_row("repeated paragraphs dropped", str(s.duplicates))
    t.add_row("boilerplate lines removed", str(s.boilerplate))
    if s.entities is not None:
        t.add_row("entities", str(s.entities))
    t.add_row("bad files", str(len(s.errors)))
    t.add_row("time", f"{seconds:.2f} s")
    t.add_row("written", ", ".join(p.name for p in [out / "articles.jsonl", *s.written]) + f" in {out}")
    console.print(t)


if __name__ == "__main__":  # pragma: no cover
    app()
