"""kg's spaCy pipeline for Chinese local-government news.

``kg.load()`` returns the assembled :class:`spacy.Language`: LAC segmentation and NER,
spaCy's span_ruler with the patterns in ``kg/data/patterns/entities.jsonl``, gazetteers,
regex and code rules, an entity filter deriving ``doc.ents``, relations, and a statistical
check of the entities kept (``kg_entity_scorer``).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from kg.nlp import components as _components  # noqa: F401  (registers the factories)
from kg.nlp import entity_model as _entity_model  # noqa: F401
from kg.nlp import relations as _relations  # noqa: F401
from kg.nlp import resources as R
from kg.nlp.components import LABELS

__all__ = ["LABELS", "build_pipeline", "load"]

log = logging.getLogger(__name__)

DEFAULT_PKUSEG = Path(__file__).resolve().parent.parent.parent / "models" / "pkuseg"
PIPE_NAMES = ("kg_lac", "span_ruler", "kg_gazetteer", "kg_regex_ruler", "kg_entity_rules", "kg_entity_filter",
              "kg_relations", "kg_entity_scorer")


def _blank(segmenter: str, pkuseg_model: str | Path | None) -> Language:
    if segmenter == "char":
        # character segmentation: every rule span aligns with tokens; LAC supplies the words
        return spacy.blank("zh")
    if segmenter != "pkuseg":
        raise ValueError(f"segmenter must be 'char' or 'pkuseg', not {segmenter!r}")
    model = Path(pkuseg_model) if pkuseg_model else DEFAULT_PKUSEG
    if not (model / "weights.npz").exists():
        raise FileNotFoundError(f"{model}: no pkuseg model here; train one with scripts/train_pkuseg.py")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    with tempfile.TemporaryDirectory() as tmp:  # our gazetteers as pkuseg's user dictionary
        user_dict = Path(tmp) / "user_dict.txt"
        names = {r["name"] for rel in ("gazetteers/streets.tsv", "gazetteers/communities.tsv",
                                       "gazetteers/admin_areas.tsv") for r in R.tsv(rel)}
        user_dict.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
        nlp.tokenizer.initialize(pkuseg_model=str(model), pkuseg_user_dict=str(user_dict))
    return nlp


def build_pipeline(patterns: Iterable[str | Path] = (), config: dict[str, dict[str, Any]] | None = None,
                   segmenter: str = "char", pkuseg_model: str | Path | None = None,
                   exclude: Iterable[str] = ()) -> Language:
    """Assemble the pipeline from the package's data (plus extra span-ruler pattern files).
    ``exclude``: components left out (``kg_entity_scorer`` while its training data is read).

    ``segmenter`` selects the tokens of the Doc: ``"char"`` (default) or ``"pkuseg"`` (the
    model trained by scripts/train_pkuseg.py in models/pkuseg, or ``pkuseg_model``)."""
    config = config or {}
    nlp = _blank(segmenter, pkuseg_model)
    nlp.add_pipe("kg_lac", config=config.get("kg_lac", {}))
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "patterns", "phrase_matcher_attr": "ORTH",
                                               "validate": True, "overwrite": True})
    rows = R.jsonl("patterns/entities.jsonl", patterns)
    for row in rows:
        if row.get("label") not in LABELS:
            raise ValueError(f"span_ruler pattern {row!r}: label must be one of {LABELS}")
    ruler.add_patterns(rows)
    for name in PIPE_NAMES[2:]:
        if name not in exclude:
            nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


def load(path: str | Path | None = None, patterns: Iterable[str | Path] = (), segmenter: str = "char",
         pkuseg_model: str | Path | None = None) -> Language:
    """The pipeline: from an assembled directory (``kg assemble``) if given, else built from
    the package's data. Extra span-ruler pattern files are added either way."""
    if path is None:
        return build_pipeline(patterns, segmenter=segmenter, pkuseg_model=pkuseg_model)
    nlp = spacy.load(path)
    extra = R.jsonl(None, patterns)
    if extra:
        nlp.get_pipe("span_ruler").add_patterns(extra)
    return nlp
