"""A statistical check of the entities the rules and the model propose (``kg_entity_scorer``).

The entity filter keeps every candidate it has no rule against; many of those that are wrong look
alike (a two-character place the model read inside a longer name, an organisation cut after a
verb). A logistic model over general features of each candidate — which components proposed it,
the rule that named it, its length, first and last characters, the characters and the model's
word tags around it, the model's confidence, whether it is nested in a longer entity — gives the
probability that the candidate is an entity of its type; one below the threshold is dropped from
``doc.spans["kg"]`` and ``doc.ents``.

The weights are data, ``kg/data/models/entity_scorer.json``, trained by
``scripts/train_entity_scorer.py`` on annotated pages (scikit-learn's logistic regression; at run
time the score is a sum of weights, no scikit-learn needed). No feature is a whole name: what the
model learns is how the genre's true and false candidates look, not a list of strings.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp import resources as R
from kg.nlp.components import known_places
from kg.nlp.rules import org_head, transliterated
from kg.nlp.textcache import text_of

__all__ = ["EntityScorer", "KnownBodies", "ScorerWeights", "doc_candidates", "load_weights", "related"]

DEFAULT_WEIGHTS = "models/entity_scorer.json"
SOURCE_KEYS = ("lac", "patterns", "gazetteer", "regex", "rules")


@dataclass(frozen=True)
class ScorerWeights:
    bias: float
    weights: dict[str, float]
    threshold: float
    labels: frozenset[str]

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))  # (a user's weights may be large)


def load_weights(path: str | Path | None = None) -> ScorerWeights:
    """The packaged weights, or the user's file of the same format."""
    if path:
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"{path}: cannot be read as the entity scorer's JSON: {exc}") from exc
        where = str(path)
    else:
        raw, where = json.loads(R.package_text(DEFAULT_WEIGHTS)), f"kg/data/{DEFAULT_WEIGHTS}"
    try:
        return ScorerWeights(float(raw["bias"]), {str(k): float(v) for k, v in raw["weights"].items()},
                             float(raw["threshold"]), frozenset(raw["labels"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{where}: not the entity scorer's format (bias, weights, threshold, labels): {exc}") from exc


@dataclass(frozen=True)
class KnownBodies:
    """Organisations the data name: national bodies (``gazetteers/bodies.txt``: 致公党, 九三学社,
    外交部; not looked up in the text), and a country, province or world place (``gazetteers/world_places.txt``, the
    names of ``lexicon/place_abbreviations.tsv``) with a head of ``lexicon/org_heads.tsv``, through the
    modifiers of ``lexicon/org_head_modifiers.txt`` (中国队, 印尼女队, 伊朗议会, 美国代表团, 德国男子网球队: the
    head test of the rule that finds them, ``rules.org_head``). The local pages the scorer is fitted to
    rarely print them, so it has no evidence on them; they are kept as the data name them. So is a
    person's name of four characters or more, all of foreign-name transcription
    (``lexicon/transliteration_chars.txt``: 基里延科, 阿·德米特里延科), which those pages rarely print either."""

    names: frozenset[str]
    world: frozenset[str]
    heads: tuple[tuple[str, str, int], ...]  # (head, word|end, min_len) as org_heads.tsv
    not_heads: frozenset[str] = frozenset()  # (words that end so and are none: 部队, 球队; not 足球队)
    modifiers: tuple[str, ...] = ()  # 男子, 国家: between the place and the head
    translit: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: R.Data) -> KnownBodies:
        world = data.words("gazetteers/world_places.txt") \
            | {r["name"] for r in data.tsv("lexicon/place_abbreviations.tsv")}
        return cls(data.words("gazetteers/bodies.txt"), frozenset(world),
                   tuple((r["head"], r["match"], int(r["min_len"] or 1)) for r in data.tsv("lexicon/org_heads.tsv")),
                   data.words("lexicon/org_heads_not.txt"),
                   tuple(sorted(data.words("lexicon/org_head_modifiers.txt"), key=len, reverse=True)),
                   frozenset("".join(data.words("lexicon/transliteration_chars.txt"))))

    def __contains__(self, name: str) -> bool:
        if name in self.names:
            return True
        for i in range(2, min(len(name), 9)):
            if name[:i] in self.world:
                rest = name[i:]
                while (m := next((m for m in self.modifiers if rest.startswith(m) and len(rest) > len(m)), "")):
                    rest = rest[len(m):]  # 德国|男子|网球队
                head = org_head(rest, self.heads, self.not_heads)
                if head is not None and len(rest) <= len(head) + 2:  # (a word ending with the head: 网球队)
                    return True
        return False

    def foreign_person(self, name: str) -> bool:
        """A transcribed foreign person's name (four characters or more, a separating dot aside)."""
        core = name.replace("·", "")
        return len(core) >= 4 and transliterated(core, self.translit)


def _length(n: int) -> str:
    return str(min(n, 12))


class _DocView:
    """What the features read of one doc, computed once."""

    def __init__(self, doc: Doc) -> None:
        self.text = text_of(doc)
        self.groups = {k: {(s.start_char, s.end_char, s.label_) for s in doc.spans.get(k, [])} for k in SOURCE_KEYS}
        self.offsets = {k: {(a, b) for a, b, _ in v} for k, v in self.groups.items()}
        self.confidence: dict[tuple[int, int], float] = doc._.lac_confidence or {}
        words = doc._.lac_words or ()
        self.word_from = {w[0]: w for w in words}
        self.word_to = {w[1]: w for w in words}
        self.kg = [(s.start_char, s.end_char) for s in doc.spans.get("kg", [])]
        self.ents = {(e.start_char, e.end_char) for e in doc.ents}


def _features(view: _DocView, span: Span) -> list[str]:
    """The features of one candidate; each also conjoined with its label."""
    a, b, label, t = span.start_char, span.end_char, span.label_, span.text
    text = view.text
    out: list[str] = ["rule=" + (span.id_ or "ner:lac").split(":")[0], "rulefull=" + (span.id_ or "ner:lac")]
    src = [k for k in SOURCE_KEYS if (a, b, label) in view.groups[k]]
    out += ["src=" + k for k in src]
    out += ["srcany=" + k for k in SOURCE_KEYS if (a, b) in view.offsets[k]]
    out += [f"nsrc={len(src)}", "len=" + _length(len(t)), "last=" + t[-1], "last2=" + t[-2:], "first=" + t[0],
            "prev=" + (text[a - 1] if a else "^"), "next=" + (text[b] if b < len(text) else "$")]
    conf = view.confidence.get((a, b))
    if conf is not None:
        out.append(f"conf={int(conf * 10)}")
    first, last = view.word_from.get(a), view.word_to.get(b)
    after, before = view.word_from.get(b), view.word_to.get(a)
    out += [f"al={int(first is not None)}{int(last is not None)}", "tf=" + (first[2] if first else "-"),
            "tl=" + (last[2] if last else "-"), "tn=" + (after[2] if after else "-"),
            "tp=" + (before[2] if before else "-")]
    if first is not None and first[1] == b:
        out.append("oneword")
    if any(s <= a and b <= e and (e - s) > (b - a) for s, e in view.kg):
        out.append("nested")
    if any(a <= s and e <= b and (e - s) < (b - a) for s, e in view.kg):
        out.append("contains")
    if (a, b) in view.ents:
        out.append("inent")
    if any(c.isdigit() for c in t):
        out.append("digit")
    if any("a" <= c.lower() <= "z" for c in t):
        out.append("latin")
    return ["bias", *out, *(f"{label}|{f}" for f in ["bias", *out])]


def doc_candidates(doc: Doc, places: frozenset[str] = frozenset(), labels: frozenset[str] | None = None,
                   bodies: KnownBodies | None = None) -> Iterator[tuple[Span, list[str] | None]]:
    """Each span of ``doc.spans["kg"]``, in order, with its features if the check judges it (also
    what the trainer reads), None if not: a name the data files list (a pattern's or a
    gazetteer's, with its label; a place of ``places``, the known areas, countries and world places;
    an organisation of ``bodies``, a national body, a country's team; a foreign person's name) is kept, and
    so is one of a single character, and one of a label not in ``labels`` (if given)."""
    view = _DocView(doc)
    for sp in doc.spans.get("kg", []):
        key = (sp.start_char, sp.end_char, sp.label_)
        if (labels is None or sp.label_ in labels) and len(sp.text) > 1 \
                and key not in view.groups["patterns"] and key not in view.groups["gazetteer"] \
                and not (sp.label_ == "Place" and sp.text in places) \
                and not (sp.label_ == "Organization" and bodies is not None and sp.text in bodies) \
                and not (sp.label_ == "Person" and bodies is not None and bodies.foreign_person(sp.text)):
            yield sp, _features(view, sp)
        else:
            yield sp, None


def related(doc: Doc) -> set[tuple[int, int]]:
    """Offsets of the entities a relation found by the rules names: a person holding a post or
    acting, the body a post names (inside the post's printed chain), the two sides of a
    containment, the full name of an alias. The relation is evidence of the entity."""
    out: set[tuple[int, int]] = set()
    spans = list(doc.spans.get("kg", []))
    for p in doc._.kg_posts or ():
        out.add(tuple(p["person"]))
        out.update((s.start_char, s.end_char) for s in spans
                   if s.label_ != "Person" and p["start"] <= s.start_char and s.end_char <= p["end"]
                   and s.text in (p["org"], p.get("org_printed")))
    out.update(tuple(r["person"]) for r in doc._.kg_roles or ())
    for loc in doc._.kg_located_in or ():
        out.update({tuple(loc["inner"][:2]), tuple(loc["outer"][:2])})
    out.update(tuple(a["full"][:2]) for a in doc._.kg_aliases or ())
    return out


class EntityScorer:
    """Drops the candidates of the scored labels whose probability is below the threshold, unless a
    relation names them (the component runs after ``kg_relations``), the data files list them, or
    they are one character (中美 gives 中 and 美: abbreviations the annotated pages, scored on names
    of two characters or more, say nothing about)."""

    def __init__(self, name: str, weights: ScorerWeights, threshold: float | None = None,
                 places: frozenset[str] = frozenset(), bodies: KnownBodies | None = None) -> None:
        self.name = name
        self.model = weights
        self.threshold = weights.threshold if threshold is None else threshold
        self.places = places
        self.bodies = bodies

    def __call__(self, doc: Doc) -> Doc:
        keep = related(doc)
        kept = [sp for sp, feats in doc_candidates(doc, self.places, self.model.labels, self.bodies)
                if feats is None or (sp.start_char, sp.end_char) in keep
                or self.model.probability(feats) >= self.threshold]
        if len(kept) < len(doc.spans["kg"]):
            doc.spans["kg"] = kept
            doc.ents = filter_spans(kept)
        return doc


@Language.factory("kg_entity_scorer", default_config={"weights": None, "threshold": None, "extra_data": {}})
def make_entity_scorer(nlp: Language, name: str, weights: str | None, threshold: float | None,
                       extra_data: dict[str, list[str]]) -> EntityScorer:
    """``weights``: a JSON file of the trainer's format instead of the packaged one; ``threshold``:
    the probability below which a candidate is dropped (the file's own, chosen by cross-validation,
    if not given; 0 keeps every candidate); ``extra_data``: the user's files extending the known
    places and bodies (``gazetteers/world_places.txt``, ``gazetteers/bodies.txt`` …), as for the
    entity filter."""
    data = R.Data(extra_data)
    return EntityScorer(name, load_weights(weights), threshold, known_places(data), KnownBodies.from_data(data))
