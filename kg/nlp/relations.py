"""Relations between the entities of a Doc: posts, roles, located-in, aliases.

Each fact is a small dict with character offsets into the Doc's text and the rule that
produced it; ``kg.extract`` turns them into facts with evidence.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import resources as R
from kg.nlp.textcache import text_of

__all__ = ["Relations"]

HAN = "\u4e00-\u9fff"
CLAUSE_END = re.compile("[。！？!?]")
# …在全会上的重要讲话: the verb a noun of what was said (no role)
_NOMINAL_VERB = re.compile("的(?:重要|主旨|书面|专题|简要|详细)?$")
# (做了简略的介绍: what was made, a role)
_MADE = re.compile("(?:作|做|发表)了?[\u4e00-\u9fff]{0,4}" + _NOMINAL_VERB.pattern)
# the rest of a clause and a comma, then what may open the next clause before its verb
_NEXT_CLAUSE = re.compile("[^，。；！？,;!?]{0,20}[，,](?:并|还|又|随后|同时|实地|现场|详细|深入|先后|分别|重点)*")
_SPEAKER_TITLES = "总书记|书记|主席|总理|委员长"  # a title printed after a name (习近平总书记在…考察)
# a visit's verb before a role verb, its own word or one with it (一行首先参观|考察了…, 参观考察)
_VISIT_VERBS = ("参观", "视察", "检查", "察看", "查看", "督导", "指导", "慰问")
# what may stand between a person and the role verb: 在讲话中 / 为获奖作品 / 还 / 并
_BETWEEN_ROLE = re.compile(
    "^(?:等|同志|等同志|等人|一行|等[\u4e00-\u9fff]{0,8}?(?:领导|同志|负责人|成员|代表))?"  # 等区政协领导参加
    "(?:[0-9一二三四五六七八九十]{1,3}日|昨日|昨天|今天|当天|日前|近日)?"  # 王卫11日在…介绍
    f"(?:{_SPEAKER_TITLES}|同志)?"  # 习近平总书记在重庆考察
    # 安文哲及区委各常委参加: a group named after 及/和 (not 陈敏尔与来渝出席会议的陈竺: that verb is another's)
    "(?:(?:及|和|与|以及)[\u4e00-\u9fff]{0,12}?(?:常委|委员|负责人|代表|领导|同志|成员|干部|群众|居民|志愿者))?"
    # 肖丰逸，区委办、区政府办…主要负责同志参加; 李响及区级街道包保领导、相关单位主要负责同志参加
    # (groups in a row: …等单位主要负责同志，各镇(街道)行政正职，企业代表参加; …以及部分区人大代表共15人参加)
    # (…，10个街道党工委书记，区委办、组织部…负责人参加: a counted group)
    "(?:(?:[，,；;、]|及|和|以及)[\u4e00-\u9fff、()（）0-9]{0,60}?(?:(?:负责人|负责同志|同志|代表|干部|领导|正职|人员|成员|嘉宾|职工|人士|群众|书记|主任|志愿者|居民|党员|师生|学员|学生|教师|村民|市民|网格员)"
    "(?:等?(?:共计|共|合计|近|约)?[0-9一二三四五六七八九十百余多]+人|等|全体|全部)?"  # (…街道班子领导全体出席)
    "|(?:共计|共|合计)[0-9一二三四五六七八九十百余多]+人))*"
    "(?:日前|近日|当天|昨日|昨天|今天)?"  # 董秀芳副馆长以及辅导部负责同志日前来到回龙观调研
    # 萧剑忠率领部分政协委员到南区、横栏和大涌三镇政协工作室走访: a leader and the group led
    # (郁旦星分别率集团管理团队参加了调研)
    # (李昌栋带领高新技术科一行到…; 王建国带领…部分委员及社会和法制委员会工作人员，深入一线调研)
    "(?:(?:分别|先后)?(?:率领|带领|率)[\u4e00-\u9fff、0-9]{0,48}?(?:委员|代表|干部|人员|负责人|成员|同志|专家|志愿者|队员|组|团|团队|工委"
    "|一行)人?[，,]?"
    "(?:[0-9一二三四五六七八九十百余多]+人)?)?"  # 刘栋带领镇村干部40余人赴外地考察
    "(?:(?:分别|先后)?(?:带队|率队|一行(?:[0-9一二三四五六七八九十]+人)?)[，,]?)?(?:与[\u4e00-\u9fff]{1,10}?一行)?(?:先后|分别|还|也|专程|一同|共同|一起)*"
    # (戴志华带队赴前黄镇、南夏墅街道调研; 张坤一行来北辛街道调研; 带队与区侨联一行到…; 一行4人先后到…)
    "(?:(?:实地|现场)?(?:来到|深入|走进|前往|[到赴来])[^，。；,;！？]{0,30}?(?:[，,](?:实地|现场|深入|详细|专题|重点)?)?"
    # (在为…送上新春祝福的同时，实地调研; not 到区信访局开展调研，区信访局领导班子成员参加: another clause's)
    "|[在为向对给到赴][^\\s，。；,;！？]{0,20}?(?:的同时[，,]?)?)?"  # 胡拥军率队前往任港街道，实地调研
    "(?:(?:代表|作为)[\u4e00-\u9fff]{1,12}?)?"  # 黄茂军代表区委区政府致辞; …王友春作为投资方代表介绍
    # 就人大工作等方面进行调研; 围绕“…”作了简短讲话
    "(?:(?:就|围绕)[^，。；,;！？]{0,40}?(?:进行|开展)(?:专题|深入|集体)?|(?:就|围绕|对)[^，。；,;！？]{0,60}?(?=作|做|发表))?"
    "(?:还|也|亲自|一同|共同|分别|先后|专门|并|随后|应邀|带队|率队|一行|简要|详细|重点|具体|全面|认真|实地|现场|首先|最后|依次|随即|全程|专题"
    "|再次)*"
    f"(?:{'|'.join(_VISIT_VERBS)})?"
    "(?:进行了?|开展了?)?"  # 一同到…家中进行了走访
    # 并作重要讲话; 李惠做项目介绍: what was presented, between 做 and the verb
    "(?:(?:作|发表)了?(?:重要|书面|热情洋溢的|动员|总结|主旨|专题)?|(?:作|做)了?[\u4e00-\u9fff]{1,4}?)?$"
)
# 出席会议的还有…, 参加活动的区领导有…: the verb first, the persons listed after 有
# (参加考察人员还有…: the persons the verb names, without 的)
_VERB_FIRST = re.compile("(?P<verb>出席|参加)(?:[\u4e00-\u9fff]{0,20}?的[\u4e00-\u9fff]{0,8}?"
                         "|[\u4e00-\u9fff]{0,6}?(?:人员|领导|嘉宾|同志))(?:还有|有|是)")
_SEMICOLON = re.compile("[；;]")
# what a visit's subject says before a person it visits (一同到…家庭|陆渊家中进行了走访; 来到|张大爷家)
_PLACE_OF_VISIT = re.compile(f"(?:一同|一起|共同|先后|分别|专程)*(?:来到|走进|前往|深入|[到赴])[{HAN}]*$")
_GROUP_JOIN = "(?:[、，,；;]|和|及|与|以及|率领|带领|率(?!队))"  # what joins the persons of one verb
_NEXT_PERSON = ("、", "，", ",")  # what separates one person's posts from the next person's
_CONGRESSES = ("人大", "人大常委会", "党代会")  # the bodies whose members are 代表
# a post one person holds (常务副区长王铮、袁景涛…: the names after are other leaders, not more of them)
_ONE_HOLDER = ("常务副", "第一副")
_SENTENCE_OPEN = frozenset("。！？!?\n \u3000")  # what a sentence (and a chain of posts at its start) follows
_MASKED_PARTY = re.compile(r"[*＊](?=组|委|支部|总支|工委)")
_NOTE = re.compile("[（(][^（()）]{0,12}[）)]")
_REPORT = re.compile("作了?(?!报告)[\u4e00-\u9fff]{1,10}?报告")  # 作政府工作报告, 作专题辅导报告
_SIBLING_BODIES = frozenset({"居委会", "居民委员会", "办事处", "党工委", "党委", "党总支", "党支部", "村委会"})
# an office or a department printed bare before its head's title, its body left to the context
# (市侨联党组成员、办公室主任关树峰; 率办公室主任晏先华、权益部部长陈艳): the post is 办公室主任, 权益部部长
_BARE_DEPT = re.compile(f"(?:(?<=[^{HAN}])|(?<=率))(?:办公室|研究室|秘书处|[{HAN}]{{2,4}}(?:部|科|处))$")
_UNIT_NAME = re.compile(f"[{HAN}]+(?:社区|街道|村)")  # (the innermost: 城厢街道铁牛街社区)
_LIES_IN = ("位于", "地处", "坐落于", "坐落在")  # 该中心位于渝中区, 地处渝中区的…
_BARE_UNIT_BEFORE = re.compile("(?:街道|社区)(?:党工委|党委|办事处|居委会)$")
_STREET_OFFICES = ("办事处", "街道办", "党工委")  # what a street's name opens: its office, its committee
# (以下简称“研究院”), (简称"渝超"), (以下简称嘉西村), (以下简称2024“发现重庆之美”): the short form, quoted or not
_ALIAS = re.compile("[（(](?:(?:以下)?简称|以下称)为?[:：]?(?:“(?P<curly>[^“”]{1,20})”|\"(?P<straight>[^\"]{1,20})\""
                    "|(?P<bare>[^“\"（）()，,。；;\\s][^（）()，,。；;\\s]{0,19}?))[）)]")
_NICK = re.compile("[“\"]([^”\"]{2,5})[”\"]$")
# an administrative area's name (not 松涛苑小区, 景区, 片区, 园区: places, not areas)
_AREA = re.compile(f"[{HAN}]{{1,8}}(?:(?<![社小街园景片校])区|县|市|省|州|旗|镇|乡)")
# 江北区|猫儿石社区卫生服务中心 (not 上清寺街道社区|卫生服务中心: 社区, 小区, 街区, 园区 are no areas)
# (a city's name before a hospital's is its owner, 重庆市中医骨科医院, not counted)
_AREA_HEAD = re.compile(f"(?:(?!街道)[{HAN}]){{2,6}}?(?<![社小街园])(?:区|县)(?=[{HAN}A-Za-z0-9]{{4}})")
_TITLE_LEADS = ("常务副", "副", "代", "执行", "常务")  # what opens a title the lexicon lists without it
_AREA_LEVEL = {"省": 1, "市": 2, "州": 2, "区": 3, "县": 3, "旗": 3, "镇": 4, "乡": 4}  # who contains whom
_ADMINISTERS = re.compile("(?P<bare>街道|社区)?(?P<cue>下辖|所辖|辖区内)的?")
# a facility's name (not a committee's): what a street, community or town names first lies in it
_FACILITY_ENDS = ("中心", "站", "馆", "室", "所", "院", "基地", "书屋", "驿站", "食堂", "公寓", "之家")
_LIST_SEP = re.compile("、|和|及|与")  # 铁西街道春阳社区和崇文社区: the list goes on in the street
# 该区|淤溪镇、沈高镇, 该镇|咸宜社区, 全区|王畈闸: the area the text named last, by its unit
_THIS_AREA = re.compile("(?:该|全)(?P<unit>区|县|市|镇|乡|街道)$")
_NAMED_BY_ENDING = frozenset({"Street", "Community", "Hospital"})
_LOCATED_THINGS = frozenset({"Place", "Street", "Community", "Hospital", "Organization"})
# a body's party committee, printed before a post it closes (街道党工委副书记 = 党工委副书记 of the street)
_PARTY_BODIES = ("党工委", "党委", "党组", "党总支", "党支部")
_JURISDICTION = re.compile("^(?:中共)?(?:区|市|县|省|镇|乡|团区|团市|团县)")
_CLAUSE_TAGS = frozenset({"v", "p", "c", "u", "d", "r", "w"})  # words of a clause, not of a body's name
_DEPT_OF_COMMITTEE = re.compile("^(?:宣传部|组织部|统战部|政法委|社会工作部|办公室|编办|网信办|纪委)")
# 任命赵海洋、董冲为区人民政府副区长; 申永杰等3名同志为…委员
_APPOINTED = re.compile(f"(?:等[0-9一二三四五六七八九十]+名同志|同志)?(?:当选)?为"
                        f"(?P<chain>[{HAN}A-Za-z0-9]{{2,30}}?)(?=[，,；;。]|$)")
_POST_AFTER = re.compile(f"(?:同志)?(?:[（(](?P<open>)|担任|出任|兼任|任)(?P<chain>[{HAN}A-Za-z0-9、]{{3,40}}?)"
                         "(?(open)[）)]|(?=[，,；;。）)]))")
_APPOINT_CUE = re.compile("任命|任免|当选|选举|推选|聘任|提名|增补|补选|决定")
# a street's or community's own body printed without its name (上清寺街道…，街道党工委书记杨沁): the one named last
_UNIT_BODY = re.compile("^(?:(?P<unit>街道|社区)(?P<body>党工委|党委|党总支|党支部|办事处|居委会|居民委员会)?"
                        "|(?P<street_body>党工委|办事处|街道办))$")  # (党工委, 办事处 alone: a street's)


def _in_area(implied: str, printed: str) -> str:
    """The body a title implies (区政府) in the area `printed` opens (江北区, 黄浦区委 -> 江北区政府,
    黄浦区政府); '' when it names no area of that level."""
    level = implied[:1]
    m = re.match(f"(?:中共)?((?!该|本|全|我|各|此|外|省)(?:(?!街道|社区)[{HAN}]){{1,8}}?{level})", printed) \
        if level in _AREA_LEVEL else None
    return m.group(1) + implied[1:] if m is not None and len(m.group(1)) >= 2 else ""


def _post_items(chain: str) -> list[str]:
    return [p for p in re.split("[、,，兼]", chain) if p]


class Relations:
    def __init__(self, name: str, titles: dict[str, str], role_verbs: list[str],
                 short_levels: dict[str, int] | None = None, areas: frozenset[str] = frozenset()) -> None:
        self.name = name
        # a province's or a city's name printed without its unit (江苏|徐州市, 深圳|罗湖区): its level
        self.short_levels = short_levels or {}
        self.areas = areas  # the administrative areas' names (许昌市, 魏都区)
        self.titles = titles
        self.role_verbs = role_verbs
        alts = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
        # an apposition item: [organisation][原/前]title ; items are joined by 、 (or ，inside a list of one person)
        self.item_re = re.compile(f"(?P<org>[{HAN}A-Za-z0-9“”]*?)(?P<former>原|前)?(?P<title>{alts})$")
        self.chain_re = re.compile(
            f"((?:[{HAN}A-Za-z0-9“”]{{0,20}}?(?:原|前)?(?:{alts})[、兼])*[{HAN}A-Za-z0-9“”]{{0,20}}?(?:原|前)?(?:{alts}))$")
        self.verb_re = re.compile("|".join(map(re.escape, sorted(role_verbs, key=len, reverse=True))))
        # a title right after a name, not the start of a longer word (王焕清书记应邀, not 王五主任委员会)
        self.title_after_re = re.compile(f"(?:{alts})(?![{HAN}]{{0,1}}(?:会|部|处|室|组)|医师|护师|药师|技师)")
        self.title_any_re = re.compile(alts)

    # -- posts -------------------------------------------------------------
    def posts(self, doc: Doc, persons: list[Span], orgs: list[Span]) -> list[dict[str, Any]]:
        out = []
        # 工商联*组书记: 党 masked by the web page (one character for one: the offsets hold)
        text = _MASKED_PARTY.sub("党", text_of(doc))
        chain_orgs: dict[int, str] = {}  # a person's end -> the body of the last post printed before the name
        for p in persons:
            left = text[max(0, p.start_char - 60):p.start_char]
            gap = 1 if left.endswith((" ", "\u3000")) and not left[:-1].endswith((" ", "\u3000")) else 0
            left = left[:len(left) - gap]  # 居委会副主任 赵连升: one space between the title and the name
            # the chain must start after a clause boundary or a non-name word
            m = self.chain_re.search(left)
            if not m:
                continue
            chain_start = p.start_char - gap - len(left) + m.start(1)
            chain = m.group(1)
            c = self.chain_re.search(text, max(0, chain_start - 41), chain_start - 1) \
                if text[chain_start - 1:chain_start] in (",", "，") else None
            cs = c.start(1) + (text[c.start(1)] == "”") if c is not None else 0  # (“…。”|区政协委员)
            if c is not None and (cs == 0 or text[cs - 1] in _SENTENCE_OPEN
                                  or text[cs - 2:cs] in ("。”", "！”", "？”")) \
                    and self._bodies_only(text[cs:c.end(1)], cs, orgs):
                # 区政协委员,北京恒祐科技有限公司董事长徐大海 (a sentence opening with posts): one person's
                chain, chain_start = text[cs:c.end(1)] + text[chain_start - 1] + chain, cs
            # trim leading words that belong to the sentence, not the chain: keep from an entity start
            org_starts = sorted(o.start_char for o in orgs if chain_start <= o.start_char < p.start_char)
            items = _post_items(chain)
            parsed = []
            pos = chain_start
            for item in items:
                im = self.item_re.search(item)
                if im is None:
                    parsed = []
                    break
                org = im.group("org")
                ostart = pos + im.start("org")
                tstart = pos + im.start("title")
                lead = next((m for m in _TITLE_LEADS if org.endswith(m)), "")
                title_lead = lead  # 全国人大常委会副|委员长: 副 belongs to the title
                org = org[:len(org) - len(lead)] if lead else org
                tstart -= len(lead)
                former_lead = org[-1] if lead and org.endswith(("原", "前")) else ""
                org = org[:-1] if former_lead else org  # 北京大学|原|常务副|校长
                bare = ""  # the body as printed, when its name was left out (街道党工委)
                raw = org
                before = [q for q in persons if ostart <= q.start_char and q.end_char <= tstart]
                if before and before[-1].end_char == tstart:
                    parsed = []  # 县人民医院孔雷院长、县人社局副局长孙培元: that title is 孔雷's, printed after him
                    pos += len(item) + 1
                    continue
                if before:  # 区委书记黄茂军和区长谢东: the item starts after the other person
                    # (…同志及台江县南林村|原|第一书记杨荣鹏: the former post's 原 is no part of the body)
                    org_end = pos + im.start("former") if im.group("former") else tstart
                    org = text[before[-1].end_char:org_end].lstrip("和及与以")
                    ostart = org_end - len(org)
                # an organisation must be a recognised entity (or nothing): cut words before its start
                if org:
                    inside = [s for s in org_starts if ostart <= s < pos + im.start("title")]
                    named = max((o.end_char for o in orgs if inside and o.start_char == inside[0]), default=0)
                    if inside and pos + im.start("title") - named > 6 and any(
                            named <= w0 and w1 <= pos + im.start("title") and tag in _CLAUSE_TAGS
                            for w0, w1, tag in doc._.lac_words or ()):
                        org = ""  # 街道老年人协会|第三届新班子成员们在荣誉|会长: a clause between body and title
                    elif inside:
                        cut = inside[0] - ostart
                        org = org[cut:]
                    elif (unit := self._named_unit(org, im.group("title"), orgs, chain_start)) is not None:
                        bare = org if org not in ("街道", "社区") else ""  # (社区|党委书记: no body printed)
                        org = unit
                    elif not _JURISDICTION.match(org) and not _DEPT_OF_COMMITTEE.match(org):
                        org = ""
                title = title_lead + im.group("title")
                dept = _BARE_DEPT.search(text, max(0, tstart - 8), tstart)
                if dept is not None and not _JURISDICTION.match(dept.group()) and dept.group() not in _SIBLING_BODIES \
                        and (dept.group() == "办公室" or not _DEPT_OF_COMMITTEE.match(dept.group())):
                    # (宣传部部长: the committee's department, named with its committee below)
                    title = dept.group() + title  # 办公室|主任: the department's head, its body's post
                    org = "" if org == dept.group() else org  # (the body is the chain's, 市侨联)
                printed = org
                if org and not im.group("former"):  # 美国财政|部长: the organisation 美国财政部 ends inside the title
                    ts, te = pos + im.start("title"), pos + im.end("title")
                    closing = [o for o in orgs if ts < o.end_char < te and ts - len(org) <= o.start_char < ts]
                    if closing:
                        o = max(closing, key=lambda o: o.end_char)
                        rest = text[o.end_char:te]
                        if o.end_char == ts + 1:
                            org = o.text
                            if _DEPT_OF_COMMITTEE.match(org):  # 宣传部长 as printed (a 宣传部's 部长)
                                title, printed = title_lead + text[o.start_char:te], ""
                        elif rest in self.titles and not o.text.endswith(_PARTY_BODIES):
                            org = printed = o.text  # 区纪委|书记 (not 区|纪委书记)
                            title = title_lead + rest
                parsed.append((org, im.group("former") or former_lead, title, pos, printed, bare, raw))
                pos += len(item) + 1
            # 区卫健委主任张三、副主任李四: a title after another's post, no body of its own, is in that body
            first_printed = parsed[0][6] if parsed else ""  # what the first post prints before its title
            prev_org = chain_orgs.get(chain_start - 1, "") \
                if text[chain_start - 1:chain_start] in _NEXT_PERSON and parsed and not first_printed else ""
            for org, former, title, ipos, printed, bare, raw in parsed:
                implied = self.titles.get(title, "")
                unit = _UNIT_NAME.match(prev_org) if not org and raw in _SIBLING_BODIES else None
                if unit is not None:
                    use_org = unit.group(0) + raw  # 石油路社区党委书记、居委会主任: the community's 居委会
                elif org:
                    if _DEPT_OF_COMMITTEE.match(org) and prev_org.endswith("委") and not _JURISDICTION.match(org):
                        bare, org = org, prev_org + org  # 区委常委、宣传部部长 -> 区委宣传部 (printed 宣传部)
                        if title.startswith(bare) and title[len(bare):] in self.titles:
                            title = title[len(bare):]  # (the department named, 主任 is its head's title)
                    use_org = org
                generic = ""  # the body the title implies, as a title alone names it (区政府)
                if unit is None and not org and implied:
                    # 江北区|区长, 黄浦区委书记杲云、副区长王鼐: the area printed names the body the title implies
                    use_org = _in_area(implied, raw) or _in_area(implied, prev_org) or implied
                    generic = implied if use_org != implied else ""
                elif unit is None and not org:
                    use_org = "" if raw and not raw.startswith(_TITLE_LEADS) and not title.startswith(raw) \
                        else prev_org  # (党组成员、办公室主任关树峰: the chain's office, in its body)
                    # (副县长、公安局长石伟: a remit printed, a body of its own, not the county's government)
                as_printed = title
                party = next((w for w in _PARTY_BODIES if org and org == use_org and org.endswith(w)), "")
                if party and not title.startswith(party):
                    title = party + title  # 上清寺街道党工委|副书记: the post is 党工委副书记 in that body
                led = next((w for w in _PARTY_BODIES if title.startswith(w)), "")
                if led and use_org.endswith(("社区", "街道", "村", "镇", "乡")):
                    use_org += led  # 嘉西村社区|党委书记: the community's party committee
                out.append({
                    "person": (p.start_char, p.end_char), "title": former + title, "org": use_org or None,
                    "printed": (printed + former + as_printed) if org else former + title, "start": ipos,
                    "end": p.end_char, "former": bool(former), "rule": "post:apposition",
                    "org_printed": bare if org and org == use_org else "", "org_implied": generic,
                })
                prev_org = use_org or prev_org
            if parsed and prev_org:
                chain_orgs[p.end_char] = prev_org
        out += self._deputies(text, persons, orgs, out)
        return out + self._shared_titles(text, persons, out) + self._titles_after_names(text, persons, orgs, out) \
            + self._appointed(text, persons, orgs) + self._titles_after(text, persons, orgs)

    @staticmethod
    def _deputies(text: str, persons: list[Span], orgs: list[Span],
                  found: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """区人大代表唐倩: a deputy of a people's congress (代表 is no title of its own: 代表区委致辞 is a
        verb, 居民代表 a role); the names listed after share it."""
        out: list[dict[str, Any]] = []
        have = {f["person"] for f in found}
        ends = {o.end_char: o for o in orgs if o.text.endswith(_CONGRESSES)}
        for p in persons:
            o = ends.get(p.start_char - 2)
            if o is None or not text.startswith("代表", p.start_char - 2) or (p.start_char, p.end_char) in have:
                continue
            out.append({"person": (p.start_char, p.end_char), "title": "代表", "org": o.text,
                        "printed": o.text + "代表", "start": o.start_char, "end": p.end_char, "former": False,
                        "rule": "post:deputy", "org_printed": "", "org_implied": ""})
        return out

    def _bodies_only(self, chain: str, start: int, orgs: list[Span]) -> bool:
        """Whether each post of `chain` (at `start`) is a title alone or one after a recognised body or
        a jurisdiction (区政协委员, 常委), no clause (他调任副区长)."""
        starts = {o.start_char for o in orgs}
        pos = start
        for item in _post_items(chain):
            im = self.item_re.fullmatch(item)
            org = im.group("org") if im is not None else None
            if org is None or (org and pos not in starts and not _JURISDICTION.match(org)):
                return False
            pos += len(item) + 1
        return True

    def _titles_after(self, text: str, persons: list[Span], orgs: list[Span]) -> list[dict[str, Any]]:
        """张三（区卫生健康委主任）, 张三担任区卫生健康委主任: a post printed after the name."""
        out: list[dict[str, Any]] = []
        for p in persons:
            m = _POST_AFTER.match(text, p.end_char)
            if m is None:
                continue
            prev = ""
            for item in _post_items(m.group("chain")):
                post = self._item_post(item, m.start("chain") + m.group("chain").index(item), orgs, prev)
                if post is None:
                    break
                title, prev, printed = post
                out.append({"person": (p.start_char, p.end_char), "title": title, "org": prev or None,
                            "printed": printed, "start": p.start_char, "end": m.end("chain"),
                            "former": False, "rule": "post:after-name", "org_printed": ""})
        return out

    def _appointed(self, text: str, persons: list[Span], orgs: list[Span]) -> list[dict[str, Any]]:
        """任命赵海洋、董冲为区人民政府副区长，张东方为区教育体育局局长: the persons an appointment
        or an election names (任命, 当选, 选举 … earlier in the sentence) hold the post after 为."""
        out: list[dict[str, Any]] = []
        group: list[Span] = []
        for i, p in enumerate(persons):
            if group and text[group[-1].end_char:p.start_char] not in ("、", "和", "及"):
                group = []
            group.append(p)
            if i + 1 < len(persons) and text[p.end_char:persons[i + 1].start_char] in ("、", "和", "及"):
                continue  # the group goes on
            m = _APPOINTED.match(text, p.end_char)
            sentence = text[max(0, text.rfind("。", 0, group[0].start_char) + 1):group[0].start_char]
            if m is None or not _APPOINT_CUE.search(sentence):
                group = []
                continue
            post = self._item_post(m.group("chain"), m.start("chain"), orgs)
            if post is not None:
                title, use, printed = post
                for q in group:
                    out.append({"person": (q.start_char, q.end_char), "title": title, "org": use or None,
                                "printed": printed, "start": q.start_char, "end": m.end("chain"),
                                "former": False, "rule": "post:appointed", "org_printed": ""})
            group = []
        return out

    def _item_post(self, item: str, start: int, orgs: list[Span], prev: str = "") -> tuple[str, str, str] | None:
        """One printed post (区人民政府副区长) at `start`: its title, its organisation (a recognised
        one, a jurisdiction's, the one the title implies, or `prev`) and the post as printed."""
        im = self.item_re.fullmatch(item)
        if im is None:
            return None
        org, title = im.group("org"), im.group("title")
        known = any(o.start_char == start and o.end_char == start + len(org) for o in orgs)
        use = org if org and (known or _JURISDICTION.match(org)) else self.titles.get(title, "") or prev
        return title, use, (org if use == org else "") + title

    @staticmethod
    def _named_unit(org: str, title: str, orgs: list[Span], before: int) -> str | None:
        """街道党工委 printed bare: the body of the street (社区…: the community) named last before it
        (社区|党委书记: the community's 党委)."""
        m = _UNIT_BODY.match(org)
        if m is None:
            return None
        body = m.group("body") or m.group("street_body") or next((w for w in _PARTY_BODIES if title.startswith(w)), "")
        label = "Community" if m.group("unit") == "社区" else "Street"
        named = [o for o in orgs if o.label_ == label and o.end_char <= before]
        if not named:
            return None
        return max(named, key=lambda o: o.end_char).text + body

    def _titles_after_names(self, text: str, persons: list[Span], orgs: list[Span],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """区委王焕清书记: an organisation, a name, then the title (the spoken order); 张世阳院长代表…:
        a name and the title alone (no organisation printed)."""
        out: list[dict[str, Any]] = []
        have = {f["person"] for f in found}
        ends = {o.end_char: o for o in orgs if o.label_ in ("Organization", "Hospital")}
        for p in persons:
            org = ends.get(p.start_char)
            m = self.title_after_re.match(text, p.end_char)
            if m is None or (p.start_char, p.end_char) in have:
                continue
            name, bare = (org.text, "") if org else ("", "")
            if org is None and (u := _BARE_UNIT_BEFORE.search(text, max(0, p.start_char - 6), p.start_char)):
                # 街道党工委沈雄伟副书记: the street's committee, the street named last before it
                named = self._named_unit(u.group(0), m.group(0), orgs, u.start())
                name, bare = (named, u.group(0)) if named else ("", "")
            out.append({"person": (p.start_char, p.end_char), "title": m.group(0), "org": name or None,
                        "printed": (bare or name) + m.group(0),
                        "start": org.start_char if org else p.start_char, "end": m.end(),
                        "former": False, "rule": "post:name-title", "org_printed": bare})
        return out

    @staticmethod
    def _shared_titles(text: str, persons: list[Span], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """副主席曹斌、周春然、吴月华: names listed after one title all hold it (the last post of the
        first name, when it was printed right before that name)."""
        out: list[dict[str, Any]] = []
        last_of = {f["person"]: f for f in found}  # each person's last (innermost) post
        prev: dict[str, Any] | None = None
        for p, q in itertools.pairwise(persons):
            prev = last_of.get((p.start_char, p.end_char), prev)
            if text[p.end_char:q.start_char] != "、":
                prev = None
                continue
            if prev is not None and (q.start_char, q.end_char) not in last_of \
                    and not prev["title"].startswith(_ONE_HOLDER):
                out.append({**prev, "person": (q.start_char, q.end_char), "end": q.end_char,
                            "rule": "post:shared-title"})
        return out

    # -- roles -------------------------------------------------------------
    def roles(self, doc: Doc, persons: list[Span], headline: bool) -> list[dict[str, Any]]:
        out = []
        text = text_of(doc)
        words = {(s, e) for s, e, _ in doc._.lac_words or ()}
        verb_starts = {s for s, _e, tag in doc._.lac_words or () if tag in ("v", "vn")}
        # a role verb compounded after another in one word (考察调研): its start -> the word's start
        verb_ends_inside = {s + k: s for s, e, tag in doc._.lac_words or () if tag in ("v", "vn")
                            for k in range(2, e - s - 1)}
        first = self._verb_first(text, persons)
        out.extend(first)
        listed_first = {r["person"] for r in first}  # (参加活动的有…: the persons a verb before them names)
        found = [(m.start(), m.end(), m.group(0), False) for m in self.verb_re.finditer(text)]
        found += [(m.start(), m.end(), "作报告", True) for m in _REPORT.finditer(text)]  # 作政府工作报告
        for v0, v1, verb, spread in sorted(found):
            if not spread and words and (v0, v1) not in words and v0 not in verb_starts and not (
                    v0 in verb_ends_inside and (self.verb_re.fullmatch(text[verb_ends_inside[v0]:v0])
                                                or text[verb_ends_inside[v0]:v0] in _VISIT_VERBS)):
                continue  # 考察 in 考察团 is not the verb; 主持 in 主持会议 is, and 调研 in 考察调研
            # persons before the verb in the same clause chain
            clause_start = 0
            for cm in CLAUSE_END.finditer(text, 0, v0):
                clause_start = cm.end()
            before = [p for p in persons if clause_start <= p.start_char and p.end_char <= v0]
            if not before:
                continue
            last = before[-1]
            if not self._subject_of(text, last, v0, headline):
                # 钱惠芳一同到…家庭陆渊家中进行了走访: the last name is the visit's object, an earlier its subject
                last = next((p for p in reversed(before[:-1]) if self._subject_of(text, p, v0, headline)
                             and _PLACE_OF_VISIT.match(text, p.end_char, before[-1].start_char)), None)
                if last is None:
                    continue
                before = before[:before.index(last) + 1]
            group = [last]
            # a list of persons: names separated by 、，； with only titles or organisations between
            for p in reversed(before[:-1]):
                if (p.start_char, p.end_char) in listed_first:
                    break  # 参加活动的有…王品,…张朝华主持会议: the list is the earlier verb's, the last name this one's
                # (a note in parentheses is no verb: 副部长(主持工作)沈岚; 同志 may close a name: 宋茂强同志；…)
                gap = re.sub(r"\s+", "", _NOTE.sub("", text[p.end_char:group[0].start_char]))
                if (tm := self.title_after_re.match(gap)) is not None:
                    gap = gap[tm.end():]  # 李爱武副主任、昌平图书馆董秀芳副馆长…调研: a title after the name
                # (徐春莲率省妇联权益部部长杨世强等一行4人到…调研: the leader and the led)
                if re.fullmatch(f"(?:同志)?{_GROUP_JOIN}?[{HAN}“”、()（），,]{{0,60}}", gap) and \
                        re.match(f"(?:同志)?{_GROUP_JOIN}", gap) and \
                        not self.verb_re.search(self.title_any_re.sub("", gap)):  # (副调研员: a title, no verb)
                    group.insert(0, p)
                else:
                    break
            for p in group:
                out.append({"person": (p.start_char, p.end_char), "verb": verb,
                            "verb_span": (v0, v1), "rule": "role:subject-verb"})
        return out + self._next_clauses(text, out, persons, words, verb_starts)

    def _subject_of(self, text: str, person: Span, v0: int, headline: bool) -> bool:
        """Whether what stands between the person and the role verb at v0 leaves the verb the person's."""
        between = text[person.end_char:v0]
        if not headline:
            between = re.sub(r"\s+", "", between)  # 韩雄 一行 到我区…调研: spaces a web page puts around names
        if (tm := self.title_after_re.match(between)) is not None and not between.startswith(_SPEAKER_TITLES):
            between = between[tm.end():]  # 杨春萌科长及…负责人参加: a title printed after the name
        # 主持并讲话, 出席活动并为获奖单位颁奖: an earlier role verb of the same person, joined by 并
        # (…等相关领导同志出席此次活动并发表讲话: a group named after the name, then both verbs)
        chained = re.match(f"^(?:等|同志|等[{HAN}]{{0,8}}?(?:领导|同志|负责人|成员|代表))?(?:{_SPEAKER_TITLES})?"
                           f"(?:应邀)?(?:{self.verb_re.pattern})"
                           f"[^，。；！？,;]{{0,10}}?(?:并|和|、)", between)
        ok = bool(_BETWEEN_ROLE.match(between[chained.end():] if chained else between)) \
            and (_NOMINAL_VERB.search(between) is None or _MADE.search(between) is not None)
        return ok and not (headline and " " in between)

    def _next_clauses(self, text: str, found: list[dict[str, Any]], persons: list[Span],
                      words: set[tuple[int, int]], verb_starts: set[int]) -> list[dict[str, Any]]:
        """走访慰问百岁老人,调研养老服务机构: a clause that opens with a role verb after a comma goes on
        with the subject of the clause before it (not 会议由…主持: that clause has its own subject)."""
        out: list[dict[str, Any]] = []
        have = {(r["person"], r["verb_span"]) for r in found}
        starts = sorted(p.start_char for p in persons)
        for r in found:
            end = r["verb_span"][1]
            while (m := _NEXT_CLAUSE.match(text, end)) is not None \
                    and (v := self.verb_re.match(text, m.end())) is not None:
                if any(end <= s < v.start() for s in starts) or (
                        words and v.span() not in words and v.start() not in verb_starts):
                    break  # (another person named on the way; 主持人: no verb)
                if (r["person"], v.span()) not in have:
                    have.add((r["person"], v.span()))
                    out.append({"person": r["person"], "verb": v.group(0), "verb_span": v.span(),
                                "rule": "role:next-clause"})
                end = v.end()
        return out

    def _verb_first(self, text: str, persons: list[Span]) -> list[dict[str, Any]]:
        """出席会议的还有区领导张三、李四; 参加活动的区领导有张三、李四: the verb, then who did it."""
        out: list[dict[str, Any]] = []
        for m in _VERB_FIRST.finditer(text):
            end = CLAUSE_END.search(text, m.end())
            stop = min(end.start() if end else len(text), m.end() + 200)
            if (semi := _SEMICOLON.search(text, m.end(), stop)) is not None:
                stop = semi.start()
            for p in persons:
                if m.end() <= p.start_char and p.end_char <= stop:
                    out.append({"person": (p.start_char, p.end_char), "verb": m.group("verb"),
                                "verb_span": m.span("verb"), "rule": "role:verb-first"})
        return out

    # -- located in --------------------------------------------------------
    def located_in(self, doc: Doc, ents: list[Span]) -> list[dict[str, Any]]:
        out = []
        streets = [e for e in ents if e.label_ == "Street"]
        text = text_of(doc)
        by_start = {e.start_char: e for e in ents if e.label_ in ("Community", "Place")}
        nested_at: dict[int, list[Span]] = {}
        for e in ents:
            if e.label_ in ("Place", "Street", "Community"):
                nested_at.setdefault(e.start_char, []).append(e)
        offices = [e for e in ents if e.label_ == "Organization" and e.text.endswith("办事处")]
        for inner in ents:
            if inner.label_ == "Community":
                for o in offices:  # 九龙办事处|宇通社区: a subdistrict named by its office (no 街道 printed)
                    if o.end_char == inner.start_char and "街道" not in o.text:
                        out.append({"inner": inner, "outer": o, "rule": "located:office-community"})
                for s in streets:
                    if s.end_char == inner.start_char or text[s.end_char:inner.start_char] in ("办", "办事处"):
                        # 石油路街道石油路社区; 东南街道办|南门坝社区
                        out.append({"inner": inner, "outer": s, "rule": "located:street-community"})
                        nxt = inner  # 合阳城街道较场坝社区、花果山社区、长兴村: the list goes on in the street
                        while (sep := _LIST_SEP.match(text, nxt.end_char)) is not None \
                                and (nxt := by_start.get(sep.end())) \
                                is not None and (nxt.label_ == "Community" or nxt.text.endswith("村")):
                            out.append({"inner": nxt, "outer": s, "rule": "located:street-community-list"})
            if inner.label_ == "Hospital":
                for s in streets:
                    if s.start_char >= inner.start_char and s.end_char <= inner.end_char and \
                            (inner.kb_id_ or inner.text).endswith(("社区卫生服务中心", "社区卫生服务站")):
                        out.append({"inner": inner, "outer": s, "rule": "located:street-centre"})
                    elif inner.kb_id_ and s.start_char == inner.start_char and s.end_char == inner.end_char:
                        out.append({"inner": inner, "outer": s, "rule": "located:street-centre-list"})
            if inner.label_ in ("Hospital", "Community"):  # 大栅栏社区卫生服务中心 with 大栅栏街道 in the text
                head = inner.text.removesuffix("社区卫生服务中心").removesuffix("社区卫生服务站") \
                    if inner.label_ == "Hospital" else inner.text
                for s in streets:
                    short = s.text.removesuffix("街道")
                    if len(short) >= 2 and head.startswith(short) and not inner.text.startswith(s.text) and (
                            inner.label_ == "Community" or head == short) \
                            and not (s.start_char <= inner.start_char < s.end_char) and s.end_char != inner.start_char:
                        out.append({"inner": inner, "outer": s, "rule": "located:named-after-street"})
            facility = inner.label_ == "Organization" and inner.id_ != "org:street-office" \
                and inner.text.endswith(_FACILITY_ENDS)
            if inner.label_ in ("Place", "Hospital") or facility:
                # (a street's own office, 新城街道文化站, is the street's body, no facility in it)
                # 东湖街道|社区养老服务中心, 龙溪社区|党群服务中心, 湖塘镇|市民茶室; the last unit of a chain
                # the name opens with (安陆市|烟店镇|卫生院, 港沿镇|合兴村|家门口养老服务站)
                # (a venue named with its district or county, 市中区|档案馆, 电白区|青少年活动中心: in it too)
                unit = self._last_unit(inner, nested_at, areas=inner.label_ == "Place")
                if unit is not None and not (inner.label_ == "Hospital" and unit.label_ == "Street"):
                    out.append({"inner": inner, "outer": unit, "rule": "located:unit-named-first"})
        out.extend(self._area_containment(doc, ents))
        return [{"inner": (r["inner"].start_char, r["inner"].end_char, r["inner"].label_, r["inner"].kb_id_),
                 "outer": (r["outer"].start_char, r["outer"].end_char, r["outer"].label_, r["outer"].kb_id_),
                 "rule": r["rule"]} for r in out]

    @staticmethod
    def _last_unit(inner: Span, nested_at: dict[int, list[Span]], areas: bool = False) -> Span | None:
        """The street, community, town or village that a name's chain of places ends with, the chain
        opening the name (an area may come first: 安陆市|烟店镇|卫生院); with `areas`, a district or county
        too where no finer unit follows (市中区|档案馆); None if the chain holds no unit."""
        unit = None
        pos = inner.start_char
        while True:
            nxt = max((e for e in nested_at.get(pos, ()) if e.end_char < inner.end_char), key=len, default=None)
            if nxt is None or (nxt.label_ == "Place" and not (
                    nxt.text.endswith(("镇", "乡", "村")) or _AREA.fullmatch(nxt.text))):
                return unit
            if nxt.label_ != "Place" or nxt.text.endswith(("镇", "乡", "村")):
                unit = nxt
            elif areas and (unit is None or (unit.label_ == "Place" and _AREA.fullmatch(unit.text))):
                unit = nxt  # (a district or county, the finest area yet: 市中区|档案馆)
            pos = nxt.end_char

    def _area_containment(self, doc: Doc, ents: list[Span]) -> list[dict[str, Any]]:
        """Containment the text states: a place printed right before a street or a community
        (渝中区上清寺街道, 乌达区爱民佳苑社区), an area before a hospital (江北区|猫儿石社区卫生服务中心,
        also when the area is inside the hospital's name), a district after its city (重庆市|南川区),
        a venue after its street, community or known area (石桥铺街道仁悦天地, 百佳园社区幸福里公园),
        an area in parentheses after a name (…重庆医院(綦江区)), and 位于 (位于沙坪坝区的…)."""
        out: list[dict[str, Any]] = []
        by_start: dict[int, list[Span]] = {}
        for e in ents:
            by_start.setdefault(e.start_char, []).append(e)
        top = {(e.start_char, e.end_char) for e in doc.ents}
        text = text_of(doc)
        top_ents = [e for e in ents if (e.start_char, e.end_char) in top]
        by_start_top = {e.start_char: e for e in top_ents}
        for outer in ents:
            nested = (outer.start_char, outer.end_char) not in top
            office = next((w for w in _STREET_OFFICES if text.startswith(w, outer.end_char)), "") \
                if outer.label_ == "Street" else ""
            if office:  # 东南街道办事处|下中坝社区: the street's office stands for the street
                c = by_start_top.get(outer.end_char + len(office))
                if c is not None and c.label_ == "Community":
                    out.append({"inner": c, "outer": outer, "rule": "located:street-office"})
            outer_level = self._level(outer.text) if outer.label_ == "Place" else 0
            for inner in by_start.get(outer.end_char, ()):
                unit = outer_level and inner.label_ == "Place" and (
                    inner.text in self.areas or inner.text.endswith(("村", "镇", "乡")))
                if nested and inner.label_ != "Street" and not unit:
                    continue  # 猫儿石社区 inside 江北区猫儿石社区卫生服务中心 is part of a name, not a community
                # (渝北区|龙溪街道 inside 渝北区龙溪街道嘉州社区养老服务中心, 许昌市|魏都区 inside 许昌市魏都区妇联:
                # an address chain all the same)
                if outer.label_ == "Place" and (inner.label_ in ("Street", "Community") or (
                        inner.label_ == "Hospital" and _AREA.fullmatch(outer.text))):
                    out.append({"inner": inner, "outer": outer, "rule": "located:area-prefix"})
                elif outer.label_ == inner.label_ == "Place" and outer_level and _AREA.fullmatch(inner.text) \
                        and outer_level < _AREA_LEVEL.get(inner.text[-1], 0):
                    out.append({"inner": inner, "outer": outer, "rule": "located:area-in-area"})  # 重庆市|南川区
                elif inner.label_ == "Place" and not _AREA.fullmatch(inner.text) and (
                        outer.label_ == "Street" or (outer.label_ in ("Place", "Community")
                                                     and inner.id_ == "place:venue-in-area")
                        or (inner.text.endswith("村") and outer_level)):  # 罗岭镇|花元村, 肥西县|周楼村
                    out.append({"inner": inner, "outer": outer, "rule": "located:area-venue"})
                    nxt = inner  # 阜川镇唐湾村、小河庙村: the list of villages goes on in the town
                    while inner.text.endswith("村") and (sep := _LIST_SEP.match(text, nxt.end_char)) is not None \
                            and (nxt := by_start_top.get(sep.end())) is not None and nxt.label_ == "Place" \
                            and nxt.text.endswith("村"):
                        out.append({"inner": nxt, "outer": outer, "rule": "located:area-village-list"})
        for outer in top_ents:  # 在明水街道的利民社区: a street's community, an area's street, joined by 的
            inner = by_start_top.get(outer.end_char + 1)
            area = outer.label_ == "Place" and _AREA.fullmatch(outer.text) is not None
            if inner is not None and text[outer.end_char:outer.end_char + 1] == "的" and (
                    (outer.label_ == "Street" and inner.label_ == "Community")
                    or (area and inner.label_ in ("Street", "Community"))):
                out.append({"inner": inner, "outer": outer, "rule": "located:de"})
        for inner in top_ents:  # 江苏省人民医院重庆医院(綦江区): the area in parentheses after a name
            if inner.label_ in _LOCATED_THINGS and text.startswith(("(", "（"), inner.end_char):
                area = by_start_top.get(inner.end_char + 1)
                if area is not None and area.label_ == "Place" and _AREA.fullmatch(area.text) \
                        and text.startswith((")", "）"), area.end_char):
                    out.append({"inner": inner, "outer": area, "rule": "located:area-in-parentheses"})
        for outer in top_ents:  # 位于沙坪坝区的重庆内陆国际物流枢纽展示中心; 该中心位于渝中区
            if outer.label_ not in ("Place", "Street", "Community"):
                continue
            cue = next((c for c in _LIES_IN if text.endswith(c, 0, outer.start_char)), "")
            if cue:
                first = outer
                while (nxt := by_start_top.get(outer.end_char)) is not None and \
                        nxt.label_ in ("Place", "Street", "Community"):
                    outer = nxt  # 位于重庆市九龙坡区: the last, innermost area of the chain
                after = text[outer.end_char:outer.end_char + 1] == "的"
                ends = text.startswith(("，", "。", "；", ",", ";", "！", "？", "境内", "辖区", " "), outer.end_char) \
                    or outer.end_char == len(text) or re.match("[0-9０-９]+号", text[outer.end_char:]) is not None
                # (兴业路76号: an address; not 渝中区地处长江、嘉陵江交汇处)
                for inner in top_ents:
                    if inner is outer or inner.label_ not in _LOCATED_THINGS:
                        continue
                    # (not 重庆 of 重庆内陆国际物流枢纽展示中心: a whole name, or one with its own ending)
                    whole = not re.match(f"[{HAN}]", text[inner.end_char:inner.end_char + 1]) or \
                        text[inner.end_char] in "是有为占建于始总" or inner.label_ in _NAMED_BY_ENDING \
                        or inner.id_.startswith("suffix:")  # (…体育文化公园: a name read back from its ending)
                    if (after and inner.start_char == outer.end_char + 1 and whole) or (
                            not after and ends and inner.end_char == first.start_char - len(cue)):
                        out.append({"inner": inner, "outer": outer, "rule": "located:weiyu"})
        out.extend(self._administered(text, top_ents))
        out.extend(self._this_area(text, ents, top_ents))
        for inner in ents:
            m = _AREA_HEAD.match(inner.text) if inner.label_ == "Hospital" and not inner.kb_id_ else None
            if m:
                area = doc.char_span(inner.start_char, inner.start_char + m.end(), label="Place")
                if area is not None:
                    out.append({"inner": inner, "outer": area, "rule": "located:area-in-name"})
        return out

    def _level(self, name: str) -> int:
        """An area's level (1 a province … 4 a town) by its unit or, printed without one, by its name
        (江苏, 深圳); 0 for no area."""
        if _AREA.fullmatch(name):
            return _AREA_LEVEL.get(name[-1], 9)
        return self.short_levels.get(name, 0)

    def _this_area(self, text: str, ents: list[Span], top_ents: list[Span]) -> list[dict[str, Any]]:
        """该区淤溪镇、沈高镇、三水街道, 该镇咸宜社区、李坪村, 全区王畈闸: what 该/全 + a unit opens (and the
        list it opens) lies in the area of that unit the text named last before it (率队到姜堰区…该区)."""
        out: list[dict[str, Any]] = []
        by_start_top = {e.start_char: e for e in top_ents}
        for first in top_ents:
            m = _THIS_AREA.search(text, max(0, first.start_char - 4), first.start_char)
            if m is None or first.label_ not in ("Place", "Street", "Community"):
                continue
            unit = m.group("unit")
            named = [e for e in ents if e.end_char <= m.start() and e.text.endswith(unit)
                     and e.label_ == ("Street" if unit == "街道" else "Place") and len(e.text) > len(unit)]
            if not named:
                continue
            outer = max(named, key=lambda e: (e.end_char, -e.start_char))
            level = 5 if unit == "街道" else _AREA_LEVEL[unit]
            inner: Span | None = first
            while inner is not None and inner.label_ in ("Place", "Street", "Community"):
                finer = inner.label_ == "Community" or (inner.label_ == "Street" and level < 4) or (
                    inner.label_ == "Place" and (self._level(inner.text) or 9) > level)
                if not finer:
                    break
                out.append({"inner": inner, "outer": outer, "rule": "located:this-area"})
                sep = _LIST_SEP.match(text, inner.end_char)
                inner = by_start_top.get(sep.end()) if sep is not None else None
        return out

    @staticmethod
    def _administered(text: str, top_ents: list[Span]) -> list[dict[str, Any]]:
        """两路口街道…依托街道下辖的铁路坡社区, 大坪街道所辖的石油路社区: what a street or an area
        administers lies in it (a bare 街道 is the street named last before it)."""
        out: list[dict[str, Any]] = []
        for inner in top_ents:
            if inner.label_ not in _LOCATED_THINGS:
                continue
            m = _ADMINISTERS.search(text, max(0, inner.start_char - 12), inner.start_char)
            if m is None or m.end() != inner.start_char:
                continue
            cue = m.start("cue")
            before = [e for e in top_ents if e.end_char <= cue and e is not inner
                      and e.label_ in ("Street", "Place", "Community")]
            outer = next((e for e in before if e.end_char == cue), None)  # 大坪街道|下辖的
            if outer is None and m.group("bare"):  # 街道下辖的: the street named last
                named = [e for e in before if e.label_ == ("Street" if m.group("bare") == "街道" else "Community")]
                outer = named[-1] if named else None
            if outer is not None and (outer.label_ != inner.label_ or inner.label_ == "Place"):
                out.append({"inner": inner, "outer": outer, "rule": "located:administers"})
        return out

    # -- aliases -----------------------------------------------------------
    def aliases(self, doc: Doc, ents: list[Span]) -> list[dict[str, Any]]:
        out = []
        text = text_of(doc)
        for m in _ALIAS.finditer(text):
            full = [e for e in ents if e.end_char <= m.start() and m.start() - e.end_char <= 2]
            if full:
                f = full[-1]
                group = next(g for g in ("curly", "straight", "bare") if m.group(g) is not None)
                out.append({"full": (f.start_char, f.end_char, f.label_), "short": m.group(group),
                            "short_span": m.span(group), "rule": "alias:jiancheng"})
        for e in ents:
            if e.label_ != "Person":
                continue
            nm = _NICK.search(text[max(0, e.start_char - 8):e.start_char])
            if nm:
                s0 = e.start_char - (len(text[max(0, e.start_char - 8):e.start_char]) - nm.start(1))
                out.append({"full": (e.start_char, e.end_char, e.label_), "short": nm.group(1),
                            "short_span": (s0, s0 + len(nm.group(1))), "rule": "alias:nickname"})
        return out

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans.get("kg", []))
        persons = [s for s in spans if s.label_ == "Person"]
        # (a village holds its posts itself: 九摆村|第一书记; an area's are its government's: 江北区|区长)
        orgs = [s for s in spans if s.label_ in ("Organization", "Hospital", "Street", "Community")
                or (s.label_ == "Place" and s.text.endswith("村"))]
        headline = bool(doc.user_data.get("headline"))
        doc._.kg_posts = self.posts(doc, persons, orgs)
        _name_printed_bodies(doc, spans, doc._.kg_posts)
        doc._.kg_roles = self.roles(doc, persons, headline)
        doc._.kg_located_in = self.located_in(doc, spans)
        doc._.kg_aliases = self.aliases(doc, spans)
        return doc


def _name_printed_bodies(doc: Doc, spans: list[Span], posts: list[dict[str, Any]]) -> None:
    """区委常委、宣传部部长: the 宣传部 printed is the post's body, 区委宣传部; its span (of `spans`, the
    doc's "kg" group) names it so."""
    full: dict[tuple[int, int], str] = {}
    for p in posts:
        short, org = p.get("org_printed", ""), p["org"]
        if short and org and org != short and org.endswith(short):
            for s in spans:
                if s.label_ == "Organization" and s.text == short and not s.kb_id_ \
                        and p["start"] <= s.start_char and s.end_char <= p["person"][0]:
                    full[(s.start_char, s.end_char)] = org
    if full:
        doc.spans["kg"] = [Span(doc, s.start, s.end, label=s.label_, span_id=s.id_,
                                kb_id=full.get((s.start_char, s.end_char), s.kb_id_)) for s in spans]


@Language.factory("kg_relations", default_config={"extra_titles": [], "extra_role_verbs": []})
def make_relations(nlp: Language, name: str, extra_titles: list[str], extra_role_verbs: list[str]) -> Relations:
    titles = {r["title"]: r["implied_org"] for r in R.tsv("lexicon/titles.tsv", extra_titles)}
    verbs = sorted(R.word_list("lexicon/role_verbs.txt", extra_role_verbs))
    levels = {"province": 1, "city": 2}
    rows = R.tsv("gazetteers/admin_areas.tsv")
    short_levels = {r["short"]: levels[r["level"]] for r in rows if r["level"] in levels and len(r["short"]) >= 2}
    return Relations(name, titles, verbs, short_levels, frozenset(r["name"] for r in rows))
