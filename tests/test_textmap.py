from __future__ import annotations

import pytest

from kg.ingest.textmap import MappedText, normalize_width, remove_ocr_spaces


def mapped(s: str) -> MappedText:
    return MappedText.from_source(s, 0, len(s))


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("记者 徐 潇", "记者徐潇"),  # a name spelt letter by letter
        ("落 实 落 细市委要求", "落实落细市委要求"),
        ("首席记者 刘 侃", "首席记者刘侃"),
        ("黄茂军讲话 谢东主持 张焕伦出席", "黄茂军讲话 谢东主持 张焕伦出席"),  # headline phrases stay apart
        ("渝中区深度融入 西部陆海新通道建设培训班开班", "渝中区深度融入 西部陆海新通道建设培训班开班"),
        ("本报讯 （记者", "本报讯（记者"),
        ("UNIQLO 优衣库", "UNIQLO 优衣库"),  # Latin beside Chinese is left alone
    ],
)
def test_remove_ocr_spaces(raw: str, clean: str) -> None:
    assert remove_ocr_spaces(mapped(raw)).text == clean


def test_headline_keeps_space_before_quote() -> None:
    raw = "拓展合作“朋友圈” 绘就美好生活新图景"
    assert remove_ocr_spaces(mapped(raw), near_punct=False).text == raw
    assert remove_ocr_spaces(mapped(raw)).text == "拓展合作“朋友圈”绘就美好生活新图景"


def test_offsets_survive_deletions_and_joins() -> None:
    src = "xx家庭医生团\n\n队，徐 潇说"
    a = MappedText.from_source(src, 2, 7)
    b = MappedText.from_source(src, 9, len(src))
    joined = remove_ocr_spaces(MappedText.concat([a, b]))
    assert joined.text == "家庭医生团队，徐潇说"
    for i, ch in enumerate(joined.text):
        assert src[joined.to_source(i)] == ch
    assert joined.source_span(4, 6) == (6, 10)  # 团 ... 队 across the blank line
    i = joined.text.index("徐潇")
    assert src[slice(*joined.source_span(i, i + 2))] == "徐 潇"


def test_literal_separator_has_no_source() -> None:
    m = MappedText.concat([mapped("甲乙"), MappedText.literal(" "), MappedText.from_source("甲乙丙丁", 2, 4)])
    assert m.text == "甲乙 丙丁"
    assert m.to_source(2) is None
    assert m.to_source(3) == 2


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("本报讯 (记者 徐 潇)10月21日,", "本报讯 （记者 徐 潇）10月21日，"),
        ("编辑:冉建萍", "编辑：冉建萍"),
        ("（上接1版）", "（上接1版）"),
        ("比分3:2", "比分3:2"),  # digits on both sides: not Chinese punctuation
        ("１２３ＡＢｃ", "123ABc"),
        ("47.72%", "47.72%"),
    ],
)
def test_normalize_width(raw: str, norm: str) -> None:
    out = normalize_width(raw)
    assert out == norm
    assert len(out) == len(raw)


def test_translate_must_keep_length() -> None:
    with pytest.raises(ValueError):
        mapped("abc").translate("ab")
