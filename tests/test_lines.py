from __future__ import annotations

import pytest

from kg.ingest import lines as L
from kg.ingest import parse_page
from kg.ingest.textmap import normalize_width


@pytest.mark.parametrize(
    "line",
    ["扫码关注重庆渝中APP图文报道", "扫码关注重庆渝中", "APP 图文报道", "扫码关注重庆渝中  ", "扫码关注 渝中发布", "长按识别二维码关注"],
)
def test_boilerplate(line: str) -> None:
    assert L.is_boilerplate(line)


@pytest.mark.parametrize("line", ["扫码关注重庆渝中APP图文报道的市民越来越多，渝中区的新媒体矩阵正在形成。", "APP开发大赛启动"])
def test_not_boilerplate(line: str) -> None:
    assert not L.is_boilerplate(line)


def test_user_boilerplate_pattern() -> None:
    assert not L.is_boilerplate("本版责任校对：某某某")
    assert L.is_boilerplate("本版责任校对：某某某", extra=("本版责任校对.{0,8}",))


@pytest.mark.parametrize(
    ("line", "direction", "page"),
    [("（上接1版）", "from", "1版"), ("(下转2版)", "to", "2版"), ("（紧接第3版）", "from", "3版"), ("（下转第十二版）", "to", "十二版")],
)
def test_markers(line: str, direction: str, page: str) -> None:
    [m] = L.find_markers(normalize_width(line))
    assert (m.direction, m.page) == (direction, page)


def credits(cs):
    return [(c.role, c.name, c.where) for c in cs] if cs is not None else None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("首席记者 刘 侃", [("首席记者", "刘侃", "byline")]),
        ("记者 徐潇", [("记者", "徐潇", "byline")]),
        ("记者 袁侨鸽", [("记者", "袁侨鸽", "byline")]),
        ("记者 张三 李四 通讯员 王五", [("记者", "张三", "byline"), ("记者", "李四", "byline"),
                                  ("通讯员", "王五", "byline")]),
        ("记者 姚延洋 摄", [("记者", "姚延洋", "photo")]),
        ("记者在现场看到", None),
        ("记者 徐潇说，活动很好", None),
        ("刘侃", None),  # a bare name is not a byline
    ],
)
def test_byline(line: str, expected) -> None:
    assert credits(L.parse_byline(normalize_width(line))) == expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("本报讯 (记者 徐 潇)10月21日,渝中区", [("记者", "徐潇")]),
        ("本报讯（首席记者 李一）日前，", [("首席记者", "李一")]),
        ("本报讯(记者 张三 通讯员 李四)近日", [("记者", "张三"), ("通讯员", "李四")]),
        ("本报讯 日前，区科协", []),
    ],
)
def test_lead(line: str, names) -> None:
    parsed = L.parse_lead(normalize_width(line))
    assert parsed is not None
    end, cs = parsed
    assert [(c.role, c.name) for c in cs] == names
    assert normalize_width(line)[:end].startswith("本报讯")


def test_not_a_lead() -> None:
    assert L.parse_lead("本报记者在现场看到，") is None
    assert L.parse_lead("据悉，本次培训为期两天") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("区卫生健康委供图", [("供图", "区卫生健康委", False)]),
        ("本报资料图片", []),
        ("张三 摄", [("摄影", "张三", True)]),
        ("记者 姚延洋 摄", [("记者", "姚延洋", True)]),
        ("家庭医生定期为老年人提供健康管理服务。", None),
    ],
)
def test_photo_credit(line: str, expected) -> None:
    got = L.parse_photo_credit(line)
    assert (None if got is None else [(c.role, c.name, c.person) for c in got]) == expected


def test_caption_and_credit_on_one_line() -> None:
    line = normalize_width("市民在小黄楼街区观展。 记者 姚延洋 摄")
    end, cs = L.split_caption_credit(line)
    assert line[:end] == "市民在小黄楼街区观展。"
    assert [(c.name, c.where) for c in cs] == [("姚延洋", "photo")]
    line = "医务人员为老年患者诊疗，守护银发群体身体健康。 本报资料图片"
    end, cs = L.split_caption_credit(line)
    assert line[:end].endswith("身体健康。") and cs == []
    assert L.split_caption_credit("黄茂军强调，要更加主动融入。会议还研究了其他事项。") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("编辑:冉建萍 美编:吕燕", [("编辑", "冉建萍"), ("美编", "吕燕")]),
        ("责任编辑：王 五  校对：赵六", [("责任编辑", "王五"), ("校对", "赵六")]),
        ("编辑部：欢迎投稿", None),
    ],
)
def test_editors(line: str, expected) -> None:
    got = L.parse_editors(normalize_width(line))
    assert (None if got is None else [(c.role, c.name) for c in got]) == expected


def test_masthead_one_line() -> None:
    m = L.parse_masthead("2025年10月24日 星期五")
    assert (m.year, m.month, m.day, m.weekday) == (2025, 10, 24, "星期五")
    m = L.parse_masthead("渝中报 第99期 总第2230期")
    assert (m.newspaper, m.issue, m.issue_total) == ("渝中报", 99, 2230)
    m = L.parse_masthead("第3版")
    assert m.page_number == "3版"


@pytest.mark.parametrize("line", ["自2025年4月27日启动以来", "2025年，国家基本公共卫生服务项目迎来15周年。", "会议还研究了其他事项。"])
def test_not_masthead(line: str) -> None:
    assert L.parse_masthead(line) is None


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("球迷力量成赛事“生命线”", True),
        ("首场客场作战 2000余名渝中球迷为渝中半岛队加油", True),
        ("会议还研究了其他事项。", False),
        ("队，启动第一批区级中医药专家学术经验继承工作", False),
        ("2025", False),
        ("“精准医学时代肿瘤的防与", False),  # an unclosed quote: part of a sentence
    ],
)
def test_heading_like(line: str, heading: bool) -> None:
    assert L.is_heading_like(line) is heading


def _who(credits: list | None) -> set[tuple[str, str, bool]]:
    return {(c.role, c.name, c.person) for c in credits or ()}


def test_a_byline_may_name_its_outlet_before_the_role() -> None:
    assert _who(L.parse_byline("大象新闻记者 申子仲 通讯员 刘晓婉")) == {
        ("记者", "申子仲", True), ("通讯员", "刘晓婉", True), ("媒体", "大象新闻", False)}
    assert L.parse_byline("大象新闻 申子仲") is None  # no role: not a byline


def test_leads_with_a_dateline_or_an_outlet() -> None:
    _, credits = L.parse_lead("中国青年报客户端重庆9月23日电(中青报·中青网记者 王俊秀 耿学清)今天，采访活动启动。")
    assert {n for _, n, p in _who(credits) if p} == {"王俊秀", "耿学清"}
    assert {n for _, n, p in _who(credits) if not p} == {"中国青年报客户端", "中青报", "中青网"}
    assert _who(L.parse_lead("华龙网讯 昨日下午，副市长带队调研。")[1]) == {("媒体", "华龙网", False)}
    assert _who(L.parse_lead("枝江融媒(记者 袁定平)7月27日，义诊进社区。")[1]) == {
        ("记者", "袁定平", True), ("媒体", "枝江融媒", False)}
    assert L.parse_lead("居民(记者 王五)说得好。") is None  # 居民 is no outlet
    assert L.parse_lead("志愿者服务队(3支)开展活动。") is None


def test_photo_credit_after_an_outlet_and_source_lines() -> None:
    assert _who(L.parse_photo_credit("第1眼TV-华龙网 董悠 摄")) >= {("摄影", "董悠", True), ("媒体", "华龙网", False)}
    assert _who(L.parse_source_line("来源: 华龙网 2006-04-18 03:48 编辑: 亦凡")) == {
        ("来源", "华龙网", False), ("编辑", "亦凡", True)}
    assert _who(L.parse_source_line("来源：郑州观察")) == {("来源", "郑州观察", False)}
    assert L.parse_source_line("来源于群众的意见，我们认真办理，确保件件有回音、事事有着落。") is None
    assert _who(L.parse_source_line("本文来源:人民网-湖北频道")) == {("来源", "人民网", False)}  # (its channel)
    assert _who(L.parse_source_line("来源丨区政府办")) == {("来源", "区政府办", False)}
    assert _who(L.parse_source_line("（供稿：人事代表工委）")) == {("供稿", "人事代表工委", False)}
    assert L.parse_source_line("供稿：区卫生健康委 王永平") is None  # a body and its writer: a byline


def test_credit_in_parentheses_at_the_end_of_a_paragraph() -> None:
    assert _who(L.split_tail_credit("力争做到“求破题”。(记者匡丽娜)")[1]) == {("记者", "匡丽娜", True)}
    assert _who(L.split_tail_credit("提升获得感。（文/刘侃）")[1]) == {("文", "刘侃", True)}
    assert _who(L.split_tail_credit("市有关部门负责人参加。(张珺)")[1]) == {("记者", "张珺", True)}
    assert _who(L.split_tail_credit("活动走向深入。(责任编辑:张圆)")[1]) == {("责任编辑", "张圆", True)}
    assert L.split_tail_credit("大会圆满结束。(完)") is None
    assert L.split_tail_credit("收入增长。(同比)") is None
    end, _ = L.split_tail_credit("力争做到“求破题”。(记者匡丽娜)")
    assert "力争做到“求破题”。(记者匡丽娜)"[:end] == "力争做到“求破题”。"


def test_credits_in_two_parentheses_and_a_reporter_who_sent_the_story() -> None:
    """…温暖。(通讯员 郭中华)(安徽日报记者何雪峰推送): each group read; 推送 closes no name."""
    text = "让老兵们切实感受到社会的尊重与温暖。(通讯员 郭中华)(安徽日报记者何雪峰推送)"
    end, credits = L.split_tail_credit(text)
    assert text[:end].endswith("温暖。")
    assert {("通讯员", "郭中华", True), ("记者", "何雪峰", True)} <= _who(credits)
    assert L.split_tail_credit("会议指出。(一)加强领导(二)落实责任") is None
    assert L.split_tail_credit("大会圆满结束。(记者 张三)(完)") is None  # (完) names no one: none read


def test_a_source_line_of_an_outlets_reporters_editors_and_maker() -> None:
    """来源:蔡甸融媒记者 王娟 喻萌 制作:万轶 | 编辑:方丹 熊霞 | 责编:方军 出品:…  版权声明:…: read past the
    page's notices; 万轶 produced the page (a person, no writer)."""
    line = ("来源:蔡甸融媒记者 王娟 喻萌 制作:万轶 | 编辑:方丹 熊霞 | 责编:方军 出品:蔡甸区融媒体中心 "
            "版权声明:此文为原创作品,转载须获授权。 您有新闻线索,请联系我们: 热线电话:027-84942678")
    found = _who(L.parse_source_line(line))
    assert {("记者", "王娟", True), ("记者", "喻萌", True), ("编辑", "方丹", True), ("责编", "方军", True),
            ("制作", "万轶", True), ("出品", "蔡甸区融媒体中心", False)} <= found


def test_a_photographers_name_after_the_last_sentence_a_suppliers_writer_and_a_writers_unit() -> None:
    assert _who(L.split_tail_credit("经济普查工作分为四个阶段。 白继开摄 |")[1]) == {("摄影", "白继开", True)}
    assert L.split_tail_credit("工作分为四个阶段。 工作 |") is None
    found = _who(L.split_tail_credit("提高覆盖面。(文广旅局供稿 文字:岳琼一 单位审核:余永选)")[1])
    assert {("供稿", "文广旅局", False), ("文字", "岳琼一", True)} <= found
    assert ("记者", "余永选", True) not in found and ("文字", "余永选", True) not in found
    assert {n for _r, n, p in _who(L.parse_byline("文/图丨周博韬(龙拱港)")) if p} == {"周博韬"}


def test_a_photo_sets_credit() -> None:
    assert _who(L.parse_photo_credit("(本组图片 本网记者 金玲慧 摄)")) == {("本网记者", "金玲慧", True)}


def test_web_page_furniture_is_boilerplate() -> None:
    for line in ("扫一扫在手机打开当前页", "您当前的位置: 首页  >  要闻动态", "当前位置：首页>新闻中心>政务要闻",
                 "国务院部门网站", "![]() |"):
        assert L.is_boilerplate(line), line
    assert not L.is_boilerplate("当前位置在渝中区的居民可以报名参加活动，名额有限。")


def test_more_credit_forms_of_web_news() -> None:
    assert _who(L.parse_lead("中新网重庆4月16日电 (张旭)记者16日获悉，邻里节开幕。")[1]) == {
        ("记者", "张旭", True), ("媒体", "中新网", False)}
    assert _who(L.parse_source_line("发布日期:2025-01-30 20:21 来源:视界网/重庆网络广播电视台")) == {
        ("来源", "视界网", False), ("来源", "重庆网络广播电视台", False)}
    assert _who(L.parse_interviewer("记者韩紫嫣:爷爷们好，中午吃的什么呀?")) == {("记者", "韩紫嫣", True)}
    assert L.parse_interviewer("记者了解到，今年以来全区新增岗位3000个。") is None
    assert _who(L.parse_editors("视觉 | 编辑:金小茜、贾伊宁")) == {("编辑", "金小茜", True), ("编辑", "贾伊宁", True)}
    assert _who(L.parse_editors("【编辑:邵婉云】")) == {("编辑", "邵婉云", True)}


def test_a_source_names_an_outlet_in_words() -> None:
    assert L.parse_source_line("发布时间:2024-11-01 18:49:20 来源: sp20241101") is None


def test_photo_sources_dates_after_a_source_and_site_footers() -> None:
    assert _who(L.parse_source_line("来源:光明网2024-08-07 22:25")) == {("来源", "光明网", False)}
    assert _who(L.parse_photo_credit("图源沙坪坝区融媒体中心")) == {("供图", "沙坪坝区融媒体中心", False)}
    assert L.parse_photo_credit("图片来源：网络") == []
    assert L.is_boilerplate("ICP备案号:渝ICP备15010887号    渝公网安备 50019002501404号")
    assert L.is_boilerplate("版权所有:重庆两江新区管理委员会")


def test_writers_and_article_sources() -> None:
    assert _who(L.parse_byline("文稿:童话 苏虹")) == {("文稿", "童话", True), ("文稿", "苏虹", True)}
    assert _who(L.parse_source_line("文章来源:大手笔网 作者:")) == {("来源", "大手笔网", False)}


def test_an_article_source_is_no_byline_and_an_interviewee_no_organisation() -> None:
    page = parse_page("报道\n\n文章来源:大手笔网 作者:\n\n居民踊跃参加活动。\n", source="t.txt", page_id="t",
                      sha256="0" * 64)
    credits = {(c.name, c.person) for a in page.articles for c in a.credits}
    assert ("大手笔网", False) in credits and not any(p for _, p in credits)
    assert L.parse_photo_credit("受访者供图") == []
    assert _who(L.parse_photo_credit("区卫生健康委供图")) == {("供图", "区卫生健康委", False)}


def test_photo_credits_with_an_agency_or_a_photo_report() -> None:
    _, credits = L.split_tail_credit("目前已建成29个“口袋公园”。(记者 尹诗语 摄/视觉重庆)")
    assert _who(credits) == {("记者", "尹诗语", True)}
    assert _who(L.parse_photo_credit("上游新闻签约摄影师瞿明斌摄影报道")) == {
        ("签约摄影师", "瞿明斌", True), ("媒体", "上游新闻", False)}


def test_a_brand_before_the_newspaper_in_a_byline() -> None:
    assert ("记者", "王翔", True) in _who(L.parse_byline("新重庆-重庆日报记者 王翔"))
    assert L.parse_byline("居民代表记者 王翔") is None  # 居民代表 is no outlet


def test_more_bylines_authors_reviewers_and_reports() -> None:
    assert _who(L.parse_byline("作者：张三")) == {("作者", "张三", True)}
    assert _who(L.split_tail_credit("会议召开。(撰稿人:邓亮 审稿人:何宏伟)")[1]) == {
        ("撰稿人", "邓亮", True), ("审稿人", "何宏伟", True)}
    assert _who(L.parse_byline("本报记者 赵六 通讯员 钱七 报道")) == {("本报记者", "赵六", True), ("通讯员", "钱七", True)}
    assert _who(L.parse_byline("文字：周九 摄影：吴十")) == {("文字", "周九", True), ("摄影", "吴十", True)}
    assert ("作者", "郑十一", True) in _who(L.parse_source_line("(来源：渝中区融媒体中心 作者：郑十一)"))
    assert _who(L.parse_editors("编辑：卫十五 审核：蒋十六")) == {("编辑", "卫十五", True), ("审核", "蒋十六", True)}
    assert L.parse_byline("记者在现场看到") is None


def test_a_photo_sent_by_an_agency_and_two_bare_names_closing_an_article() -> None:
    assert _who(L.parse_photo_credit("新华网发(刘馨元 摄)")) == {("摄影", "刘馨元", True), ("媒体", "新华网", False)}
    assert _who(L.split_tail_credit("为老百姓健康文明生活服务。(李纬 张利)")[1]) == {
        ("记者", "李纬", True), ("记者", "张利", True)}
    assert L.split_tail_credit("收入增长。(同比 环比)") is None


def test_a_source_naming_two_outlets_with_a_dash() -> None:
    assert _who(L.parse_source_line("来源:华龙网-新重庆客户端2021-05-24")) == {
        ("来源", "华龙网", False), ("来源", "新重庆客户端", False)}


def test_credits_after_a_bar_an_outlet_alone_and_a_bare_name_after_a_space() -> None:
    assert _who(L.parse_byline("图文 | 侯成柱")) == {("图文", "侯成柱", True)}
    assert _who(L.parse_byline("版式 | 卜冬晨")) == {("版式", "卜冬晨", True)}
    assert _who(L.parse_byline("责编 | 董 婷")) == {("责编", "董婷", True)}
    assert _who(L.parse_byline("新华社记者 任超 摄")) == {("记者", "任超", True), ("媒体", "新华社", False)}
    assert _who(L.parse_byline("沙坪坝融媒 记者 赵茜")) == {("记者", "赵茜", True), ("媒体", "沙坪坝融媒", False)}
    assert L.parse_byline("沙坪坝融媒 赵茜") is None  # no role: not a byline
    end, credits = L.parse_lead("(沙坪坝融媒 记者 赵茜)在第62个“学雷锋纪念日”到来之际")
    assert end == len("(沙坪坝融媒 记者 赵茜)") and _who(credits) == {("记者", "赵茜", True), ("媒体", "沙坪坝融媒", False)}
    assert L.parse_lead("(2024年3月)会议召开") is None
    end, credits = L.parse_lead("央广网重庆3月29日消息(记者刘湛 通讯员郭小勇)3月27日，开州区")
    assert _who(credits) == {("记者", "刘湛", True), ("通讯员", "郭小勇", True), ("媒体", "央广网", False)}
    assert _who(L.split_tail_credit("为高质量发展贡献力量。 马达")[1]) == {("记者", "马达", True)}
    assert L.split_tail_credit("为高质量发展贡献力量。 工作") is None  # no surname: no name
    end, credits = L.split_caption_credit("居民在嘉西村社区文化小广场休憩。(资料图片)记者 张锦辉 摄视觉重庆")
    assert _who(credits) == {("记者", "张锦辉", True)}
    assert _who(L.parse_photo_credit("记者 尹诗语 摄/视觉重庆")) == {("记者", "尹诗语", True)}


def test_a_name_before_its_role_a_marker_before_a_byline_and_more_roles() -> None:
    assert _who(L.parse_byline("张三/文 李四/图")) == {("文", "张三", True), ("图", "李四", True)}
    assert _who(L.parse_byline("■记者 张三")) == {("记者", "张三", True)}
    assert _who(L.parse_byline("撰文：张三 摄像：李四")) == {("撰文", "张三", True), ("摄像", "李四", True)}
    assert L.parse_byline("张三/李四") is None  # no role
    assert _who(L.parse_byline("文丨张三 图丨李四")) == {("文", "张三", True), ("图", "李四", True)}
    # a production role: its person is named, as staff, no writer
    assert _who(L.parse_byline("统筹：张三 文字：李四")) == {("文字", "李四", True), ("统筹", "张三", True)}
    assert [c.where for c in L.parse_byline("统筹：张三 文字：李四") if c.name == "张三"] == ["staff"]
    assert _who(L.parse_byline("作者：张三 来源：渝中报")) == {("作者", "张三", True), ("媒体", "渝中报", False)}
    assert _who(L.parse_editors("责任编辑：张三(JN010)") or L.parse_byline("责任编辑：张三(JN010)")) == {
        ("责任编辑", "张三", True)}
    assert _who(L.parse_photo_credit("（张三 李四 摄）")) == {("摄影", "张三", True), ("摄影", "李四", True)}
    assert ("记者", "张三", True) in _who(L.parse_source_line("来源：重庆日报  记者 张三"))
    assert L.parse_byline("来源:       发布日期:2021-08-16       浏览次数:") is None


def test_credits_in_brackets_a_supplier_bare_names_opening_a_lead_and_a_timestamped_source() -> None:
    assert _who(L.parse_byline("【记者 王荟文】")) == {("记者", "王荟文", True)}
    _end, credits = L.split_tail_credit("服务。（供稿 合川区沙鱼镇人大办 王永平 编辑 高爽）")
    assert {("供稿", "王永平", True), ("编辑", "高爽", True), ("媒体", "合川区沙鱼镇人大办", False)} == _who(credits)
    _end, credits = L.parse_lead("（许翰文 孙月红）今年是家庭医生签约服务工作开展的第二年。")
    assert _who(credits) == {("记者", "许翰文", True), ("记者", "孙月红", True)}
    assert L.parse_lead("（图为活动现场）今年是第二年。") is None
    assert ("责任编辑", "蔡秀明", True) in _who(L.parse_source_line("2019-12-25 15:50:22 来源:东南网 责任编辑:蔡秀明"))
    assert _who(L.parse_byline("信息员：叶秋希、程越")) == {("信息员", "叶秋希", True), ("信息员", "程越", True)}


def test_a_photographer_after_a_slash_a_body_and_its_writer_and_a_name_between_dots() -> None:
    assert _who(L.split_tail_credit("双方进行深入交流。（记者 文胜/摄）")[1]) == {("记者", "文胜", True)}
    assert ("供稿", "王瑾玺", True) in _who(L.split_tail_credit("治理能力。（共青团枝江市委 王瑾玺）")[1])
    assert _who(L.split_tail_credit("尽其心、履其职。 ·仇纳川·")[1]) == {("记者", "仇纳川", True)}
    assert _who(L.parse_byline("作者:刘明贤 来源:社区工作办公")) == {("作者", "刘明贤", True)}
    assert _who(L.parse_byline("本期责任编辑:邹亚琴")) == {("本期责任编辑", "邹亚琴", True)}


def test_credits_after_the_last_sentence_on_its_line_and_a_writer_under_the_headline() -> None:
    _end, credits = L.split_tail_credit("再上新台阶。 文:柯腾峰 编辑:陈静峰 责编:黄浩洋 周贵毓 编审:贾继业 |")
    assert {n for _r, n, _p in _who(credits)} == {"柯腾峰", "陈静峰", "黄浩洋", "周贵毓", "贾继业"}
    assert L.split_tail_credit("他说。 文化：繁荣发展") is None
    assert L.bare_names("王丽金") == ["王丽金"] and L.bare_names("繁荣发展") is None


def test_credits_glued_to_outlets_page_meta_and_a_lead_without_parentheses() -> None:
    assert _who(L.parse_byline("编辑:临渭频道于小欢")) == {("编辑", "于小欢", True), ("媒体", "临渭频道", False)}
    assert _who(L.parse_byline("半岛全媒体记者邱云")) == {("记者", "邱云", True), ("媒体", "半岛全媒体", False)}
    assert ("作者", "苏锋", True) in _who(L.parse_byline("作者:苏锋来源:安康市疾病预防控制中心发布日期:2022-08-11"))
    _end, credits = L.parse_lead("本报讯 记者陈绍鹏 见习记者蔡霞报道:为深入开展活动")
    assert {("记者", "陈绍鹏", True), ("见习记者", "蔡霞", True)} <= _who(credits)
    end, credits = L.parse_lead("本报讯 全媒体记者王予杰 通讯员李潇潇报道 为进一步加强医保政策宣传,不断提升知晓度。")
    assert {("全媒体记者", "王予杰", True), ("通讯员", "李潇潇", True)} <= _who(credits)  # 报道, then a space
    assert end == len("本报讯 全媒体记者王予杰 通讯员李潇潇报道")
    _end, credits = L.parse_lead("中国经济新闻网讯(记者韩清华 □张丽 莫婧)“我们社区有基地。”")
    assert {n for _r, n, p in _who(credits) if p} == {"韩清华", "张丽", "莫婧"}
    assert _who(L.parse_byline("编 辑:唐洪琼")) == {("编辑", "唐洪琼", True)}  # a role spaced out
    assert ("责任编辑", "荆晓强", True) in _who(L.parse_source_line("2023-05-10 11:30 | 来源: 中国网 | 作者: | 责任编辑: 荆晓强"))
    _end, credits = L.parse_lead("柳州日报消息(全媒体记者周茜报道摄影)4月24日，雅儒街道与医院签约。")
    assert ("周茜", True) in {(c.name, c.person) for c in credits}
    assert {"杨朝爱", "孟君", "和树芸"} <= {n for _r, n, p in _who(L.parse_byline("供稿:计划生育办公室 作者:杨朝爱 摄影:孟君 编辑:和树芸")) if p}
    assert {n for _r, n, p in _who(L.parse_byline("2019-02-07 10:35 | 浙江新闻客户端 | 记者 李华 通讯员 胡谷怀")) if p} == {
        "李华", "胡谷怀"}
    assert [c.name for c in L.parse_byline("通 讯 员 李 洁 乐 伟")] == ["李洁", "乐伟"]  # spaced out, two names
    assert [c.name for c in L.parse_byline("记者 欧 阳 明 华")] == ["欧阳明华"]  # a compound surname: one
    assert ("全媒体记者", "滕效宏", True) in _who(L.parse_byline("兰州日报社全媒体记者滕效宏文/图"))


def test_lead_credits_after_an_outlet_and_alone_after_the_dateline() -> None:
    end, credits = L.parse_lead("蕉城在线(陈皛婧 吴辉东)1月5日上午，蕉城区召开会议。")
    assert end == len("蕉城在线(陈皛婧 吴辉东)")
    assert _who(credits) == {("记者", "陈皛婧", True), ("记者", "吴辉东", True), ("媒体", "蕉城在线", False)}
    _end, credits = L.parse_lead("金华新闻客户端3月1日消息 记者 俞夏冰 文/摄")
    assert ("俞夏冰", True) in {(c.name, c.person) for c in credits}
    found = L.parse_lead("金华新闻客户端3月1日消息 记者俞夏冰在现场看到，居民很多。")  # a sentence, not credits
    assert found is None or not any("现场" in c.name for c in found[1])


def test_an_outlets_local_edition_before_a_writer_who_reports() -> None:
    _end, credits = L.parse_lead("红网武冈(项庆湘 报道) 9月17日，水西门街道卫生服务中心挂牌成立。")
    assert _who(credits) == {("记者", "项庆湘", True), ("媒体", "红网武冈", False)}
    assert L.parse_lead("据说(张三)今天到了。") is None


def test_an_outlet_as_the_author_and_the_word_before_laiyuan() -> None:
    found = L.parse_byline("作者:蕉城在线     文章来源:蕉城在线    更新时间:2009-1-6 14:54:31")
    assert not found or not any(c.person for c in found)  # (no person 蕉城在线, no person 文章)


def test_listed_lead_credits_a_caption_with_its_photographer_and_words_and_pictures() -> None:
    _end, credits = L.parse_lead("河北新闻网讯(王岩军、陈友海)“把体检服务送到家门口”")
    assert {("记者", "王岩军", True), ("记者", "陈友海", True)} <= _who(credits)
    end, credits = L.split_caption_credit("服务站启动仪式(张多山 摄)")
    assert _who(credits) == {("摄影", "张多山", True)} and "服务站启动仪式(张多山 摄)"[:end] == "服务站启动仪式"
    assert L.split_caption_credit("活动现场(资料图)") is None  # no photographer named
    assert _who(L.parse_byline("(彭小峻/文图)")) == {("文图", "彭小峻", True)}


def test_a_photographer_credited_for_pictures_an_office_no_person_and_an_outlet_that_reports() -> None:
    assert _who(L.parse_byline("图片:陈兴祥")) == {("图片", "陈兴祥", True)}
    assert L.parse_byline("审核:办公室") is None  # an office, no person credited
    assert L.parse_byline("图片、消息来源:珠江街道办事处") is None
    _end, credits = L.parse_lead("中国报道讯(李晓燕 报道)4月29日,旅游节开幕")
    assert ("记者", "李晓燕", True) in _who(credits)
    _end, credits = L.parse_lead("云上大冶报道(记者 乔绮曼 通讯员 罗婷婷)今年暑期,")
    assert ("媒体", "云上大冶", False) in _who(credits)


def test_names_printed_without_spaces_in_a_bracketed_lead() -> None:
    _end, credits = L.parse_lead("【本报讯】（记者周国和谷少传梅巍）昨日上午，龙岗区布吉街道")
    assert _who(credits) == {("记者", "周国和", True), ("记者", "谷少传", True), ("记者", "梅巍", True)}
    assert L._glued_names("张三李四") is None  # (four characters: _one_or_two_names reads them)
    assert {n for _r, n, _p in _who(L.parse_byline("记者 宋梅 图片 / 南京东路街道") or [])} <= {"宋梅"}


def test_roles_glued_to_the_names_before_them_in_a_lead() -> None:
    _end, credits = L.parse_lead("本报讯(记者冯佳志通讯员任永立宁计永王立勇)10月30日,武陟县")
    assert _who(credits) == {("记者", "冯佳志", True), ("通讯员", "任永立", True), ("通讯员", "宁计永", True),
                             ("通讯员", "王立勇", True)}
    _end, credits = L.parse_lead("本报讯(全媒体记者滕效宏见习记者王五)10月")  # 全媒体记者 stays one role
    assert _who(credits) == {("全媒体记者", "滕效宏", True), ("见习记者", "王五", True)}
    # names run into an outlet's are not cut into names of two characters (胡巨|成河|南报业)
    assert L.parse_lead("本报讯(记者胡巨成河南报业全媒体记者刘宏冰)10月")[1] == []


def test_a_lead_formula_run_into_a_body_line() -> None:
    line = "傅柒生局长参加仪式(通讯员供图) 东南网12月25日讯(本网记者 陈星宇 通讯员 陈方昌)近日,福建省文物局"
    assert _who(L.parse_inline_lead(line)) == {("本网记者", "陈星宇", True), ("通讯员", "陈方昌", True)}
    assert {n for _r, n, _p in _who(L.parse_inline_lead("市领导出席 【本报讯】(记者周国和谷少传梅巍)昨日上午") or [])} \
        == {"周国和", "谷少传", "梅巍"}
    assert L.parse_inline_lead("居民们(三人)参加了活动，他说(记者 王五)很好") is None  # no formula before it


def test_an_outlet_and_bare_names_inside_the_leads_parentheses() -> None:
    _end, credits = L.parse_lead("  (深圳侨报 聂朦 陈极鹏)近日,吉华街道举行聘任仪式")
    assert _who(credits) == {("记者", "聂朦", True), ("记者", "陈极鹏", True), ("媒体", "深圳侨报", False)}


def test_a_name_spaced_out_in_a_closing_credit_and_a_supplier_before_its_writer() -> None:
    _, credits = L.split_tail_credit("各街道(镇)主要负责同志参加会议。          (刘 婧)")
    assert [(c.role, c.name) for c in credits] == [("记者", "刘婧")]
    assert L.bare_names("张 三 李 四") is None  # (four characters apart: which two names is unknown)
    _, credits = L.parse_lead("先锋街道供稿(韩建)征集优质兵员,铸就钢铁长城。")
    assert [(c.name, c.person) for c in credits] == [("韩建", True)]  # (a street supplies it: no organisation)
    _, credits = L.parse_lead("区卫生健康委供稿(王永平)近日,")
    assert [(c.name, c.person) for c in credits] == [("王永平", True), ("区卫生健康委", False)]


def test_reviewers_and_chief_editors_and_two_role_words_as_one_role() -> None:
    got = L.parse_byline("一审：张志雄 二审：刘泽发 三审：陈勇")
    assert [(c.role, c.name) for c in got] == [("一审", "张志雄"), ("二审", "刘泽发"), ("三审", "陈勇")]
    assert [(c.role, c.name) for c in L.parse_byline("值班总编：刘明")] == [("值班总编", "刘明")]
    assert [(c.role, c.name) for c in L.parse_byline("初审编辑:郭九涛")] == [("初审编辑", "郭九涛")]  # not 编辑 a name


def test_a_photographers_credit_before_baodao_names_before_roles_and_two_outlets() -> None:
    _, credits = L.parse_lead("火灾现场羊城晚报讯记者郑诚、通讯员李健斌摄影报道:工地集体宿舍存在隐患")
    assert [(c.role, c.name) for c in credits if c.person] == [("记者", "郑诚"), ("通讯员", "李健斌")]
    _, credits = L.parse_lead("华龙网讯(林红 实习生 黎大韬)9月20日上午10时，活动启动。")
    assert [(c.role, c.name) for c in credits if c.person] == [("记者", "林红"), ("实习生", "黎大韬")]
    credits = L.parse_byline("滨州日报/滨州网记者裴庆力")
    assert [(c.name, c.person) for c in credits] == [("裴庆力", True), ("滨州日报", False), ("滨州网", False)]
    assert L.parse_byline("记者 张三 摄影")[0].name == "张三"  # (摄影 alone is a role)


def test_names_before_wentu_and_a_writers_body_before_the_writer() -> None:
    assert [(c.role, c.name) for c in L.parse_byline("张三 李四 文/图")] == [("文图", "张三"), ("文图", "李四")]
    credits = L.parse_byline("作者：区融媒体中心 张三")
    assert [(c.name, c.person) for c in credits] == [("张三", True), ("区融媒体中心", False)]


def test_a_source_named_by_a_person_editors_with_roles_and_a_married_name() -> None:
    """来源:付永乐: a person's name as the source is the writer; 实习编辑 among the editors' names credits
    the name after it; (程卓 高吕艳杏): a married name of Macao (two common surnames) credited bare."""
    found = _who(L.parse_source_line("来源:付永乐 2026-01-08 15:20:41 责编:胡明兵 喻寒松 实习编辑 孙畅"))
    assert found == {("作者", "付永乐", True), ("责编", "胡明兵", True), ("责编", "喻寒松", True),
                     ("实习编辑", "孙畅", True)}
    assert _who(L.parse_source_line("来源:区人大")) == {("来源", "区人大", False)}
    assert _who(L.parse_source_line("来源：郑州观察")) == {("来源", "郑州观察", False)}
    _end, credits = L.split_tail_credit("让工作室发挥应有作用,彰显政协作为。(程卓 高吕艳杏)")
    assert {c.name for c in credits} == {"程卓", "高吕艳杏"}
    assert L.bare_names("文明和谐") is None  # (two rarer surnames: words, not a name)


def test_a_body_before_a_writer_is_no_name() -> None:
    """图文:区人大 马自飞: the district's congress supplied the pictures and text; 区 is a rare surname."""
    assert {n for _r, n, p in _who(L.parse_byline("图文:区人大 马自飞 审核:张卫东 编辑:申杨 赵凯")) if p} == {
        "马自飞", "张卫东", "申杨", "赵凯"}


def test_an_outlets_colon_and_a_trainee_editor() -> None:
    """云上通山报道:(通讯员 韩眸果): the outlet without its colon; (实习编辑:刘熙 二审:唐成): a trainee editor."""
    _end, credits = L.parse_lead("云上通山报道:(通讯员 韩眸果)为进一步加大环境卫生整治力度,12月5日上午,社区开展活动。")
    assert _who(credits) == {("通讯员", "韩眸果", True), ("媒体", "云上通山", False)}
    assert _who(L.parse_byline("(实习编辑:刘熙 二审:唐成 终审:唐尚伟)")) == {
        ("实习编辑", "刘熙", True), ("二审", "唐成", True), ("终审", "唐尚伟", True)}


def test_a_leads_bare_credits_closed_by_the_date() -> None:
    """本网讯 通讯员刘小平 黄启勇 9月21日,…: the date opens the text."""
    _end, credits = L.parse_lead("本网讯 通讯员刘小平 黄启勇 9月21日,安陆市烟店镇卫生院在烟店镇集市上开展了义诊活动。")
    assert {n for _r, n, p in _who(credits) if p} == {"刘小平", "黄启勇"}


def test_a_caption_without_its_full_stop_then_a_photographer() -> None:
    """杨涛在“滨江汇调中心”为群众调处 竺捷 摄: the caption, a space, the photographer's name and 摄."""
    end, credits = L.split_caption_credit("杨涛在“滨江汇调中心”为群众调处 竺捷 摄")
    assert _who(credits) == {("摄影", "竺捷", True)} and end == len("杨涛在“滨江汇调中心”为群众调处")


def test_a_bodys_credit_is_no_name() -> None:
    """(宣传科): a department's credit at the article's end; 宣 is a surname, 宣传科 no name."""
    assert L.bare_names("宣传科") is None
    assert L.split_tail_credit("老百姓感受到了一份久违的温暖。(宣传科)") is None


def test_credits_with_a_dash_after_the_role_and_a_byline_run_into_its_report() -> None:
    assert _who(L.parse_byline("(文 - 王露 图 - 但峰)")) == {("文", "王露", True), ("图", "但峰", True)}
    assert _who(L.split_tail_credit("区人大常委会副主任肖建红参加调研。(文-王露图-但峰)")[1]) == {
        ("文", "王露", True), ("图", "但峰", True)}
    assert _who(L.parse_byline("记者郭铭铭王方炎汪雪报道")) == {
        ("记者", "郭铭铭", True), ("记者", "王方炎", True), ("记者", "汪雪", True)}
    assert _who(L.parse_byline("记者 赵六报道")) == {("记者", "赵六", True)}
    # a writer who supplied the article, after the district it writes from
    assert _who(L.split_tail_credit("全程参加调研座谈。(宜昌市西陵区易波供稿)")[1]) == {("供稿", "易波", True)}
    assert _who(L.split_tail_credit("活动圆满结束。(张三供稿)")[1]) == {("记者", "张三", True)}
    assert L.split_tail_credit("活动圆满结束。(重庆市江北区)") is None
    assert _who(L.parse_byline("      (宜昌市西陵区  易 波  供稿)")) == {("供稿", "易波", True)}  # spaced out
    assert _who(L.parse_source_line("本文来源: 农业厅")) == {("来源", "农业厅", False)}  # a department, no writer
    # headings are not credits read apart (编辑部|召开|记者座谈会), nor 文 or 图 glued to a word (文化郯城)
    assert _who(L.parse_byline("文张三")) == {("文", "张三", True)}
    for heading in ("编辑部召开记者座谈会", "摄影家协会记者站成立", "文明实践站记者走基层", "区融媒体中心记者编辑培训班",
                    "记者节特别报道", "文化郯城", "图说重庆"):
        assert L.parse_byline(heading) is None, heading


def test_a_source_after_page_furniture_a_place_as_source_and_an_outlets_copyright() -> None:
    credits = L.parse_source_line("字体:大 中 小 编辑日期:2016/11/24 来源:岔口镇 作者:程春燕")
    assert _who(credits) == {("作者", "程春燕", True)}  # a town as the source: a place, no organisation
    assert ("来源", "郑州观察", False) in _who(L.parse_source_line("编辑日期:2016/11/24 来源:郑州观察"))
    assert _who(L.parse_sponsor_line("德阳网版权所有 1997-2012 蜀ICP备12026989号")) == {("主办", "德阳网", False)}
    assert L.parse_sponsor_line("本站版权所有,未经授权不得转载") == []


def test_a_sites_sponsors_in_its_furniture() -> None:
    """主办单位：…, 版权所有:…主办:…, 技术支持：…: the bodies a page's furniture names are organisations'
    credits; an address or a plain word is none."""
    assert [c.name for c in L.parse_sponsor_line("版权所有:重庆市梁平区人民政府主办:重庆市梁平区人民政府办公室")] == [
        "重庆市梁平区人民政府", "重庆市梁平区人民政府办公室"]
    found = L.parse_sponsor_line("主办单位：常州市新北区人大常委会   技术支持：常州市风讯网络科技有限公司")
    assert {(c.name, c.person) for c in found} == {("常州市新北区人大常委会", False), ("常州市风讯网络科技有限公司", False)}
    assert L.parse_sponsor_line("主办单位：郑州市人民政府办公室 地址：郑州市中原路233号 邮编：450007")[0].name == "郑州市人民政府办公室"
    assert L.parse_sponsor_line("版权所有：翻印必究") == []


def test_a_desk_credited_as_editor_is_no_person() -> None:
    assert L.parse_byline("编辑:融媒体") is None and L.parse_byline("作者:佚名") is None
    assert [(c.role, c.name) for c in L.parse_byline("编辑:张晓梅")] == [("编辑", "张晓梅")]
    assert L.parse_editors("编辑:融媒体") is None
    assert [(c.role, c.name) for c in L.parse_editors("编辑:冉建萍 美编:吕燕")] == [("编辑", "冉建萍"), ("美编", "吕燕")]


def test_a_source_lines_authors_listed_with_dunhao() -> None:
    found = L.parse_source_line("来源:京山市融媒体中心   作者:佘孝平、郑可   发布时间:2024-10-31")
    assert [(c.role, c.name) for c in found if c.person] == [("作者", "佘孝平"), ("作者", "郑可")]


def test_a_note_that_all_photographs_are_one_reporters() -> None:
    found = L.parse_photo_credit("本文图片均为澎湃新闻记者 李佳蔚 图")
    assert [(c.name, c.person) for c in found] == [("李佳蔚", True), ("澎湃新闻", False)]
    assert [c.name for c in L.parse_photo_credit("区卫生健康委供图")] == ["区卫生健康委"]


def test_a_source_line_of_the_site_itself_authors_by_spaces_and_a_page_counter() -> None:
    """来源:本站原创 names no body; authors listed with spaces end at the next field's key (责任编辑:,
    发布时间: is no editor); a page counter before 来源 keeps the line a source line."""
    found = L.parse_source_line("来源:本站原创 作者:孟娇 李迎春 责任编辑:王小宁 发布时间:2020-05-20 15:24:54 浏览次数:")
    assert sorted((c.role, c.name, c.person) for c in found) == [
        ("作者", "孟娇", True), ("作者", "李迎春", True), ("责任编辑", "王小宁", True)]
    assert L.parse_source_line("来源:本站") == []
    found = L.parse_source_line("日期: 2023-02-23 浏览量:252 来源:太平区教育局 责任编辑:安睿 文字大小: 大 中 小")
    assert sorted((c.name, c.person) for c in found) == [("太平区教育局", False), ("安睿", True)]
    # the next field's key glued to a body's name; a key with no value names nobody
    found = L.parse_source_line("2024-05-20 16:04来源:完美体育·(中国)官方网站编辑:魏梓濠")
    assert sorted((c.name, c.person) for c in found) == [("完美体育·(中国)官方网站", False), ("魏梓濠", True)]
    found = L.parse_source_line("来源:保定晚报作者:时间:2024-09-27 08:27")
    assert [(c.name, c.person) for c in found] == [("保定晚报", False)]
    found = L.parse_source_line("来源:大众网青岛收集编辑:大众网青岛") or []
    assert not any(c.person for c in found)  # (no name of more than four characters)


def test_a_role_and_names_alone_in_square_brackets_open_a_lead() -> None:
    """【通讯员 汪涛基 石庆明 罗鸣】“欢迎…: the article's writers; a rubric in the same brackets names none."""
    end, credits = L.parse_lead("【通讯员 汪涛基 石庆明 罗鸣】“欢迎大家来到我们的直播间")
    assert end == 16 and [(c.role, c.name) for c in credits] == [("通讯员", "汪涛基"), ("通讯员", "石庆明"), ("通讯员", "罗鸣")]
    assert L.parse_lead("【文明礼仪】深化文明城市建设,从你我文明驾驶做起") is None
    assert L.parse_lead("【工作动态】近日,区委召开会议") is None


def test_a_pages_button_after_the_credits_is_no_name() -> None:
    found = L.parse_byline("茂名日报记者 董玉奎 通讯员 刘永林 关注了")
    assert [(c.name, c.person) for c in found] == [("董玉奎", True), ("刘永林", True), ("茂名日报", False)]


def test_a_button_glued_to_the_last_name_and_a_street_credited_as_author() -> None:
    assert [(c.role, c.name) for c in L.parse_byline("编辑:王淑联系记者")] == [("编辑", "王淑")]
    assert [c.name for c in L.parse_byline("编辑:王淑 联系记者")] == ["王淑"]
    assert L.parse_byline("作者: 金水区杜岭街") is None  # a street (杜岭街), not the names 金水区 and 杜岭街


def test_a_long_outlets_lead_glued_names_and_a_tail_credit_before_a_bar() -> None:
    _, found = L.parse_lead("第1眼TV-华龙网讯 (何媛 通讯员 高雪梅 谢明珠)近日，建胜司法所开展活动。")
    assert {(c.role, c.name) for c in found if c.person} == {("记者", "何媛"), ("通讯员", "高雪梅"), ("通讯员", "谢明珠")}
    end, found = L.parse_lead("茂名晚报讯记者吴祖光通讯员彭诒健莫颖华春回大地，生机勃勃。")  # a name between two roles
    assert [(c.role, c.name) for c in found if c.person] == [("记者", "吴祖光")] and end == 10
    _, found = L.parse_lead("央广网开封5月21日消息(记者 王勇生)5月16日上午，举行签约仪式。")  # a date: no outlet of 12
    assert {c.name for c in found} == {"王勇生", "央广网"}
    assert L.split_tail_credit("确保圆满完成财税工作任务。 ?(张晓东) ? |")[1][0].name == "张晓东"
    assert L.split_tail_credit("设施设备情况。 (责任编辑:朱林) |")[1][0].name == "朱林"
