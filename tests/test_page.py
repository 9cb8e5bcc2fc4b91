"""Page parsing: each repair on cases from the samples and cases of our own."""

from __future__ import annotations

from kg.ingest import parse_page
from kg.ingest.model import PageResult


def parse(text: str) -> PageResult:
    return parse_page(text, source="t.txt", page_id="t", sha256="0" * 64)


def body(page: PageResult) -> list[str]:
    return [p.text for a in page.articles for p in a.paragraphs if p.kind in ("lead", "body")]


def test_word_broken_across_blank_line() -> None:
    page = parse("标题一行在这里\n\n在渝中，像李晓燕这样的家庭医生团\n\n队已有68支，签约服务覆盖率47.72%。\n")
    assert body(page) == ["在渝中，像李晓燕这样的家庭医生团队已有68支，签约服务覆盖率47.72%。"]


def test_short_fragment_after_unfinished_paragraph() -> None:
    page = parse("今年以来，开展全国文明城市建设三个月整\n\n改提升工作，成效明显。\n")
    assert body(page) == ["今年以来，开展全国文明城市建设三个月整改提升工作，成效明显。"]


def test_hard_wrapped_lines_join() -> None:
    para1 = ("会议强调，要深入贯彻落实习近平总书记关于安全生产的重要论述，落实落细市委、市政府工作要求，进一步完善风险清单，"
             "系统梳理、全面摸清风险底数，明晰判定标准，推进风险点位分级分类落图，确保全量归集、尽数入库、动态管控。")
    para2 = "要强化数智赋能，发挥三级治理中心作用，将风险清单管控与基层治理体系结合起来，坚持条块结合、协同联动。"
    wrapped = "\n".join(p[i:i + 16] for p in (para1, para2) for i in range(0, len(p), 16))
    assert body(parse("会议标题在此\n\n" + wrapped + "\n")) == [para1, para2]


def test_finished_paragraph_is_not_joined() -> None:
    page = parse("第一段说完了。\n\n第二段开始，接着说。\n")
    assert body(page) == ["第一段说完了。", "第二段开始，接着说。"]


def test_names_with_spaces_and_spaced_words() -> None:
    page = parse("本报讯 (记者 徐 潇)10月21日,区委要求落 实 落 细各项工作。\n")
    [a] = page.articles
    assert a.paragraphs[0].text == "本报讯（记者徐潇）10月21日，区委要求落实落细各项工作。"
    assert a.reporters == ["徐潇"]


def test_paragraph_printed_twice_is_dropped_and_recorded() -> None:
    p = "据了解，截至目前，我区已有104家餐饮单位完成了企业端注册，初步构建起了风险共治新格局。"
    page = parse(f"标题甲在这里\n\n{p}\n\n另一段话，说的是别的事情。\n\n{p}\n")
    assert body(page).count(p) == 1
    assert page.duplicates_dropped == 1
    [d] = [d for a in page.articles for d in a.dropped if d.reason == "duplicate"]
    assert d.text == p
    assert d.duplicate_of is not None and d.duplicate_of[0] < d.start


def test_fragment_printed_before_the_whole_paragraph_is_dropped() -> None:
    whole = "会议强调，要深学笃行习近平总书记关于党的自我革命的重要思想，不断增强敢于斗争的勇气和善于斗争的本领。"
    fragment = "会议强调，要深学笃行习近平总书记关于党的自我革命的重要思想，不断增强敢"
    page = parse(f"{fragment}\n\n某某标题在此处\n\n别的内容，不相干的。\n\n{whole}\n")
    assert whole in body(page)
    assert fragment not in body(page)


def test_paragraph_spliced_from_two_printed_ones_is_dropped() -> None:
    a = "在渝中，像李晓燕这样的家庭医生团队已有68支，居民电子健康档案建档率89%。"
    b = "人才培养方面，持续完善师承教育机制，启动第一批区级中医药专家学术经验继承工作，新增区级带教老师7名。"
    spliced = "在渝中，像李晓燕这样的家庭医生团队，启动第一批区级中医药专家学术经验继承工作，新增区级带教老师7名。"
    assert body(parse(f"{a}\n\n{b}\n\n{spliced}\n")) == [a, b]


def test_short_repeated_phrases_are_kept() -> None:
    page = parse("一段话，说了要点。\n\n好的。\n\n另一段，说了别的。\n\n好的。\n")
    assert body(page).count("好的。") == 2


def test_qr_boilerplate_removed() -> None:
    text = ("标题一\n\n本报讯（记者 徐潇）第一篇正文，内容。\n\n扫码关注重庆渝中  \nAPP 图文报道\n\n"
            "标题二\n\n本报讯（记者 李一）第二篇正文，内容。\n\n扫码关注重庆渝中APP图文报道\n")
    page = parse(text)
    assert page.boilerplate_lines == 3
    assert all("扫码" not in p and "APP" not in p for p in body(page))
    assert [a.headline for a in page.articles] == ["标题一", "标题二"]


def test_continuation_markers_are_metadata() -> None:
    page = parse("区政府召开第139次常务会议\n\n(上接1版)着力推动清单成果向实战能力转化。\n\n会议指出，要抓好落实。（下转4版）\n")
    [a] = page.articles
    assert a.continued_from == "1版"
    assert a.continued_to == "4版"
    assert body(page) == ["着力推动清单成果向实战能力转化。", "会议指出，要抓好落实。"]
    assert sorted(d.text for d in a.dropped if d.reason == "marker") == ["(上接1版)".replace("(", "（").replace(")", "）"),
                                                                          "（下转4版）"]


def test_continuation_marker_alone_starts_an_article() -> None:
    page = parse("标题甲\n\n本报讯 正文甲，内容。\n\n（上接1版）\n\n15日，考察团参观了产业园。\n")
    assert len(page.articles) == 2
    assert page.articles[1].headline is None
    assert page.articles[1].continued_from == "1版"


def test_markdown_headings() -> None:
    text = ("# 版面口号\n\n编辑:冉建萍 美编:吕燕  \n2025年10月24日 星期五\n\n## 第一篇标题\n\n本报讯 正文，一。\n\n"
            "### 小标题\n\n正文，二。\n\n## 第二篇标题\n\n### 第二篇副题\n\n正文，三。\n")
    page = parse(text)
    assert page.meta.banner == "版面口号"
    assert page.meta.date == "2025-10-24"
    assert [a.headline for a in page.articles] == ["第一篇标题", "第二篇标题"]
    assert page.articles[1].subheadlines == ["第二篇副题"]
    assert [p.kind for p in page.articles[0].paragraphs] == ["lead", "subheading", "body"]


def test_fullwidth_and_halfwidth_read_alike() -> None:
    a = parse("本报讯(记者 徐潇)10月21日,开班。\n")
    b = parse("本报讯（记者 徐潇）10月21日，开班。\n")
    assert body(a) == body(b)
    assert a.articles[0].reporters == b.articles[0].reporters == ["徐潇"]


def test_masthead_on_separate_lines() -> None:
    page = parse("渝中报\n\n2025年10月\n\n24\n\n星期五\n\n第99期 总第2230期\n\n标题甲\n\n本报讯 正文，内容。\n")
    m = page.meta
    assert (m.newspaper, m.date, m.weekday, m.issue, m.issue_total) == ("渝中报", "2025-10-24", "星期五", 99, 2230)
    assert [a.headline for a in page.articles] == ["标题甲"]


def test_date_not_on_page_is_null() -> None:
    page = parse("标题甲\n\n据了解，第十二届大赛自2025年4月27日启动以来，收到近万幅作品。\n")
    assert page.meta.date is None


def test_inconsistent_weekday_gives_no_date() -> None:
    page = parse("2025年10月24日 星期一\n\n标题甲\n\n正文，内容。\n")
    assert page.meta.date is None


def test_byline_caption_and_credit() -> None:
    text = ("第一篇标题\n\n首篇正文，讲了一件事。\n\n家庭医生定期为老年人提供健康管理服务。\n\n区卫生健康委供图\n\n"
            "后文，又讲了一件事。\n\n首席记者 刘 侃\n\n第二篇标题\n\n市民在小黄楼街区观展。 记者 姚延洋 摄\n\n"
            "本报讯 (记者 姚延洋)青春赋能城市，艺术点亮街区。\n")
    page = parse(text)
    a, b = page.articles
    assert a.reporters == ["刘侃"]
    assert [p.kind for p in a.paragraphs] == ["body", "caption", "body"]
    assert [(c.role, c.name, c.person) for c in a.credits if c.role == "供图"] == [("供图", "区卫生健康委", False)]
    assert b.headline == "第二篇标题"
    assert b.reporters == ["姚延洋"]
    assert [p.kind for p in b.paragraphs] == ["caption", "lead"]


def test_headline_and_subheadline_block() -> None:
    page = parse("家庭医生“签约一件事” 守护群众“健康一辈子”\n\n我区多举措提升家医签约服务质效\n\n正文，内容。\n\n"
                 "系统整合 从“单兵作战”到“团队协同”\n\n正文，第二段。\n")
    [a] = page.articles
    assert a.headline == "家庭医生“签约一件事” 守护群众“健康一辈子”"
    assert a.subheadlines == ["我区多举措提升家医签约服务质效"]
    assert [p.kind for p in a.paragraphs] == ["body", "subheading", "body"]


def test_article_ids_are_stable_and_distinct() -> None:
    text = "标题甲\n\n本报讯 正文甲，内容。\n\n标题乙\n\n本报讯 正文乙，内容。\n"
    one, two = parse(text), parse(text)
    assert [a.id for a in one.articles] == [a.id for a in two.articles]
    assert len({a.id for a in one.articles}) == 2
    other = parse_page(text, source="t.txt", page_id="t", sha256="1" * 64)
    assert {a.id for a in other.articles}.isdisjoint(a.id for a in one.articles)


def test_a_paragraphs_tail_credit_and_the_source_line_credit_the_article() -> None:
    page = parse("调研活动\n\n副市长带队调研社区卫生服务工作，要求找问题、出措施。(记者匡丽娜)\n来源: 华龙网 编辑: 亦凡\n")
    [article] = page.articles
    assert {(c.name, c.person) for c in article.credits} == {("匡丽娜", True), ("华龙网", False), ("亦凡", True)}
    assert article.paragraphs[-1].text.endswith("出措施。")


def test_a_name_alone_under_the_headline_is_its_writer() -> None:
    page = parse("“小梅花港湾”助力幼有所育\n\n王丽金\n\n新梅社区开展亲子活动，居民踊跃参加。\n")
    [article] = page.articles
    assert {(c.name, c.role) for c in article.credits} == {("王丽金", "记者")}
    assert [p.text for p in article.paragraphs] == ["新梅社区开展亲子活动，居民踊跃参加。"]


def test_a_byline_on_the_pages_first_line_opens_its_article() -> None:
    page = parse("新重庆-重庆日报 记者 张珺 周尤\n城市治理的很多工作要靠基层党组织去落实。\n区卫生健康委在大坪街道开展义诊活动。\n")
    [article] = page.articles
    assert {c.name for c in article.credits if c.person} == {"张珺", "周尤"} and len(article.paragraphs) == 2


def test_a_credits_key_alone_then_the_name_on_the_next_line() -> None:
    """责编: / 何兰: one credit; the article goes on (a date line before it is no article of its own)."""
    page = parse("开展食品安全专项检查\n来源:\n2025-09-09 11:32:43\n责编:\n何兰\n近期，市场监督管理所联合社区开展检查。\n"
                 "此次检查压实了主体责任。(陈正 孙雨静)\n")
    [article] = page.articles
    assert {(c.role, c.name) for c in article.credits} >= {("责编", "何兰")}
    assert article.paragraphs[-1].text.startswith("此次检查")
    other = parse("开展检查\n\n责编:\n近期，市场监督管理所联合社区开展检查。\n")  # no name after the key
    assert not any(c.person for a in other.articles for c in a.credits)


def test_a_name_glued_to_the_last_sentence_before_the_pages_credits() -> None:
    """…落到实处。何锋 / 稿件来源: 枞阳在线: the writer; without the credits after it, no name is read."""
    page = parse("开展村庄整治\n\n汪曙光来到横山村庄整治点调研。确保村庄整治工作落到实处。何锋\n稿件来源: 枞阳在线\n")
    [article] = page.articles
    assert ("记者", "何锋") in {(c.role, c.name) for c in article.credits}
    assert article.paragraphs[-1].text.endswith("落到实处。")
    other = parse("开展村庄整治\n\n汪曙光来到横山村庄整治点调研。确保村庄整治工作落到实处。何锋\n")
    assert not any(c.person for a in other.articles for c in a.credits)


def test_a_units_writer_in_parentheses_on_a_line_and_a_sites_notice() -> None:
    page = parse("人居环境整治\n\n刘伟要求各村压实责任。\n\n(新生镇余小旺)\n\n声明:绵阳市场信息网内容版权所有,未经许可不得转载。\n")
    [article] = page.articles
    assert {(c.name, c.person) for c in article.credits} == {("余小旺", True)}


def test_html_paragraphs_of_a_web_page() -> None:
    src = ("调研关心下一代工作\n\n<p class=\"ql-block\">&nbsp;3月18日，柳州市关工委副主任王俊英到车辆厂社区调研。</p>"
           "<p class=\"ql-block\"> 鼓励社区丰富“<span style=\"font-size:18px;\">雷锋街市</span>”活动内容。"
           "（阳昕芷）</p>")
    page = parse(src)
    assert body(page) == ["3月18日，柳州市关工委副主任王俊英到车辆厂社区调研。", "鼓励社区丰富“雷锋街市”活动内容。"]
    assert [(c.role, c.name) for c in page.articles[0].credits] == [("记者", "阳昕芷")]
    para = page.articles[0].paragraphs[-1]
    i = para.text.index("雷锋街市")
    a, b = para.source_span(i, i + 4)
    assert src[a:b] == "雷锋街市"  # the offsets are the source's, tags left out
    assert body(parse("区委书记说：a<b，且 x > y 时成立。\n")) == ["区委书记说：a<b，且 x > y 时成立。"]  # no markup
