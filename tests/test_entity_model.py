"""kg_entity_scorer: the statistical check of the entities the rules and the model propose."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from kg.nlp import LABELS, build_pipeline, load
from kg.nlp.entity_model import EntityScorer, doc_candidates, load_weights

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def full() -> Language:
    return load()


@pytest.fixture(scope="module")
def raw() -> Language:
    return build_pipeline(exclude=("kg_entity_scorer",))


def kg_spans(nlp: Language, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(s.text, s.label_) for s in doc.spans["kg"]}


def test_packaged_weights_and_the_factory(full: Language) -> None:
    w = load_weights()
    assert 0.0 < w.threshold < 1.0 and w.labels <= set(LABELS) and len(w.weights) > 100
    scorer = full.get_pipe("kg_entity_scorer")
    assert isinstance(scorer, EntityScorer) and scorer.threshold == w.threshold
    assert full.pipe_names[-1] == "kg_entity_scorer"  # after the relations, which it reads


@pytest.mark.parametrize(("text", "dropped"), [
    ("游客来到田坝茶海观光。", ("田坝茶海", "Person")),  # a tea garden the model reads as a name
    ("学生们斗智斗勇，乐在其中。", ("斗勇", "Person")),  # an idiom's half
    ("他在库库区工作。", ("库库区", "Place")),  # no district of the gazetteers, a word the model misreads
])
def test_unlikely_candidates_are_dropped(raw: Language, full: Language, text: str,
                                         dropped: tuple[str, str]) -> None:
    assert dropped in kg_spans(raw, text)  # the rules and the model propose it
    doc = full(text)
    assert dropped not in {(s.text, s.label_) for s in doc.spans["kg"]}
    assert dropped not in {(e.text, e.label_) for e in doc.ents}
    keep_all = build_pipeline(config={"kg_entity_scorer": {"threshold": 0.0}})
    assert dropped in kg_spans(keep_all, text)  # threshold 0 keeps every candidate


def test_related_listed_and_one_character_names_are_never_judged(tmp_path: Path) -> None:
    """With weights that reject every candidate judged, what stays is what a relation names
    (a post's person and body, a containment's two sides), a gazetteer's or pattern's name, a
    known place, a one-character place."""
    weights = tmp_path / "reject.json"
    weights.write_text(json.dumps({"bias": -50, "weights": {}, "threshold": 0.5, "labels": list(LABELS)}),
                       encoding="utf-8")
    nlp = build_pipeline(config={"kg_entity_scorer": {"weights": str(weights)}})
    raw = build_pipeline(exclude=("kg_entity_scorer",))
    got = kg_spans(nlp, "区委书记黄茂军在石油路街道石油路社区调研，中美学者参加。")
    assert {("黄茂军", "Person"), ("区委", "Organization"), ("石油路街道", "Street"),
            ("石油路社区", "Community"), ("中", "Place"), ("美", "Place")} <= got
    assert ("黄茂军", "Person") in kg_spans(raw, "黄茂军感到很高兴。")
    assert not kg_spans(nlp, "黄茂军感到很高兴。")  # the same name in no relation: rejected
    text = "思科发布了新的操作系统。"  # the model's organisation, in no relation: judged, rejected
    assert ("思科", "Organization") in kg_spans(raw, text) and not kg_spans(nlp, text)
    assert kg_spans(nlp, "代表团访问日本。") == {("日本", "Place")}  # a known place
    # a country's team, delegation or parliament (a place and a head of org_heads.tsv), and the
    # national and international bodies of gazetteers/bodies.txt: known, so never judged
    got = kg_spans(nlp, "中国女队战胜印尼女队，美国代表团和伊朗议会致电，致公党、欧盟和北约表示祝贺。")
    assert {("中国女队", "Organization"), ("印尼女队", "Organization"), ("美国代表团", "Organization"),
            ("伊朗议会", "Organization"), ("致公党", "Organization"), ("欧盟", "Organization"),
            ("北约", "Organization")} <= got
    # China's regions and great waters (gazetteers/regions.txt) are known places
    assert {("华北", "Place"), ("东北", "Place"), ("渤海", "Place")} <= kg_spans(nlp, "华北、东北有小到中雨，渤海有大风。")
    # a place and a general noun that ends like a head (部队, 球队) is no such body: judged, rejected
    assert ("西藏部队", "Organization") not in kg_spans(nlp, "他们将走上西藏部队的指挥岗位。")
    assert not any(label == "Organization" for _, label in kg_spans(nlp, "非洲球队被淘汰。"))


def test_known_bodies_from_the_data() -> None:
    from kg.nlp import resources as R
    from kg.nlp.entity_model import KnownBodies
    bodies = KnownBodies.from_data(R.Data({}))
    for name in ("中国队", "中国男队", "日本内阁", "法国国民议会", "四川队", "致公党", "外交部", "九三学社", "巴西足球队", "新四军",
                 "中国男子网球队", "中国国家队"):  # (through the modifiers of org_head_modifiers.txt, as the rule)
        assert name in bodies
    for name in ("中国", "西藏部队", "美国军队", "中国男子部队", "渝中区志愿服务队", "团队", "民革市委", "公安部门",
                 "中国男子", "中国足球协会青年队"):
        assert name not in bodies
    for name in ("基里延科", "阿·德米特里延科", "内塔尼亚胡"):
        assert bodies.foreign_person(name)
    for name in ("亚罗", "黄茂军", "林文华", "上清寺"):  # (three characters or fewer: a Chinese name may be all of them)
        assert not bodies.foreign_person(name)


def test_foreign_persons_are_not_judged(raw: Language, full: Language, tmp_path: Path) -> None:
    """A transcribed foreign name of four characters or more the model reads as a person is kept even by
    weights that reject everything; a Chinese name is not."""
    weights = tmp_path / "w.json"
    weights.write_text(json.dumps({"bias": -50.0, "weights": {}, "threshold": 0.5,
                                   "labels": ["Person", "Organization", "Place"]}), encoding="utf-8")
    from kg.nlp.entity_model import make_entity_scorer
    scorer = make_entity_scorer(raw, "s", str(weights), None, {})
    doc = scorer(raw("叶利钦第三次仍坚持提名基里延科，张伟也表示支持。"))
    names = {e.text for e in doc.ents if e.label_ == "Person"}
    assert "基里延科" in names and "张伟" not in names


def test_features_are_general_not_names(raw: Language) -> None:
    doc = raw("重庆市渝中区七星岗街道社区卫生服务中心开展义诊，区委书记黄茂军出席。")
    cands = list(doc_candidates(doc))
    assert len(cands) == len(doc.spans["kg"])
    judged = [(sp, f) for sp, f in cands if f is not None]
    assert judged
    for sp, feats in judged:
        assert all(sp.text not in f for f in feats if len(sp.text) > 2)  # no feature is the whole name
        assert "bias" in feats and f"{sp.label_}|bias" in feats


def test_a_bad_weights_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "w.json"
    bad.write_text('{"bias": 0}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"w\.json"):
        build_pipeline(config={"kg_entity_scorer": {"weights": str(bad)}})
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"w\.json"):
        load_weights(bad)


def test_trainer_writes_weights_the_pipeline_reads(tmp_path: Path) -> None:
    """scripts/train_entity_scorer.py on the three sample pages and their gold (three folds)."""
    pytest.importorskip("sklearn")
    out = tmp_path / "w.json"
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_entity_scorer.py"),
                          "--gold", str(ROOT / "tests" / "gold"),
                          "--pages", str(ROOT / "kg" / "data" / "corpus" / "yuzhongbao"),
                          "--folds", "3", "--out", str(out)], capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert "3 pages" in res.stdout and "threshold" in res.stdout
    w = load_weights(out)
    assert w.weights and set(w.labels) <= set(LABELS)
    nlp = build_pipeline(config={"kg_entity_scorer": {"weights": str(out)}})
    assert nlp("区委书记黄茂军出席。").ents
