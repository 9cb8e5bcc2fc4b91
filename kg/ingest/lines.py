"""Line-level recognisers for newspaper pages: mastheads, credits, markers, headings.

Every function here looks at one line of width-normalised text (see
:func:`kg.ingest.textmap.normalize_width`) and says what it is; none of them
keeps state. ``kg.ingest.page`` puts the lines together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.ingest.model import Credit
from kg.ingest.textmap import CJK

__all__ = [
    "ContinuationMarker",
    "MastheadInfo",
    "boilerplate_patterns",
    "ends_sentence",
    "find_markers",
    "has_clause_punct",
    "is_boilerplate",
    "is_heading_like",
    "parse_byline",
    "parse_editors",
    "parse_interviewer",
    "parse_lead",
    "parse_masthead",
    "parse_photo_credit",
    "parse_source_line",
    "split_caption_credit",
    "split_tail_credit",
]

_WS = re.compile(r"\s+")
_TERMINAL = frozenset("。！？!?…；;")
_CLOSERS = "”’」』）)】》\"' "
_CLAUSE_PUNCT = re.compile(r"[，。；！？]")


def squash(text: str) -> str:
    """Text with all white space removed."""
    return _WS.sub("", text)


def ends_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS)
    return bool(t) and t[-1] in _TERMINAL


def has_clause_punct(text: str) -> bool:
    return _CLAUSE_PUNCT.search(text) is not None


# ---------------------------------------------------------------------------
# Boilerplate (QR codes and the like): patterns are data, extendable by users.


def _data_lines(path: str) -> list[str]:
    """The non-empty, non-comment lines of a data file under kg/data."""
    text = resources.files("kg").joinpath("data", path).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def boilerplate_patterns(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    pats = _data_lines("ingest/boilerplate.txt")
    pats.extend(extra)
    return re.compile("|".join(f"(?:{p})" for p in pats))


def is_boilerplate(text: str, extra: tuple[str, ...] = ()) -> bool:
    return boilerplate_patterns(extra).fullmatch(squash(text)) is not None


# ---------------------------------------------------------------------------
# Continuation markers: (上接1版) （下转2版） (紧接第3版)

_MARKER = re.compile(
    r"[（(]\s*(?P<dir>上接|接上|紧接|承上|下转|转下|转)\s*(?:第\s*)?(?P<page>[0-9一二三四五六七八九十]{1,3})\s*版\s*[）)]"
)


@dataclass(frozen=True, slots=True)
class ContinuationMarker:
    direction: str  # "from" (上接) or "to" (下转)
    page: str  # as printed: "1版"
    start: int  # span in the line
    end: int


def find_markers(text: str) -> list[ContinuationMarker]:
    out = []
    for m in _MARKER.finditer(text):
        direction = "to" if m.group("dir") in ("下转", "转下", "转") else "from"
        out.append(ContinuationMarker(direction, f"{m.group('page')}版", m.start(), m.end()))
    return out


# ---------------------------------------------------------------------------
# Credits: bylines, leads, photo credits, editors

_REPORTER_ROLES = (
    "首席记者", "见习记者", "实习记者", "特约记者", "摄影记者", "融媒体记者", "全媒体记者", "本报记者", "本网记者",
    "记者",
    "特约通讯员", "通讯员", "实习生", "签约摄影师", "摄影师", "摄影", "摄像", "文/图", "文图", "图文", "撰稿人", "撰稿",
    "文稿", "撰文", "采写", "视频", "剪辑", "特约撰稿人", "主编", "执行主编", "信息员", "值班主任", "监审",
    "本期责任编辑", "本期编辑", "本版编辑", "编审",
    "文字", "作者", "责任编辑", "值班编辑", "美术编辑", "实习编辑", "见习编辑", "编辑", "责编", "美编", "审稿人",
    "审稿", "审核", "审读", "审校", "终审", "校对", "版式", "组版", "制图", "监制", "图片", "文", "图",
    "值班总编", "总编辑", "总编", "一审", "二审", "三审", "初审", "复审", "主审", "签发", "编校",
)
_ROLE_RE = "|".join(sorted(map(re.escape, _REPORTER_ROLES), key=len, reverse=True))
_ROLE_TOKEN = re.compile(rf"(?:{_ROLE_RE})")
_SPACED_ROLE = re.compile("(?:" + "|".join(r"[ \u3000]*".join(map(re.escape, r))
                                           for r in sorted(_REPORTER_ROLES, key=len, reverse=True)
                                           if len(r) >= 2 and "/" not in r) + r")(?=\s*[:：])")  # 编 辑:
_NAME_TOKEN = re.compile(rf"[{CJK}·]{{1,5}}")
_SEP = re.compile(r"[\s、，,/／：:|｜丨□]+")  # 图文 | 侯成柱, 文丨张三, 记者韩清华 □张丽 (a lost role)
# 审核:办公室, 图文:区人大 马自飞: a body, no name
_BODY_TAILS = ("办公室", "室", "办", "局", "委", "部", "处", "科", "中心", "人大", "政协", "政府", "厅", "署")
_UNIT_TAILS = ("街道", "街", "社区", "村", "镇", "乡", "区", "县", "市", "省", "站", "所", "院", "会", "团", "网",
               "报")  # (作者: 金水区杜岭街: a street, no two names)
_PLACE_UNITS = ("街道", "社区", "村", "镇", "乡")
_NON_NAMES = frozenset({"本报", "记者", "报道", "综合", "整理", "供图", "资料", "图片", "摄", "作者", "来源",
                        "文章", "稿件", "本文", "信息", "新闻", "消息", "融媒体", "融媒", "新媒体", "全媒体",
                        "编辑部", "小编", "佚名", "匿名", "网友", "管理员"})  # (文章来源: no 文章; 编辑:融媒体)


def _role_of(token: str) -> tuple[str | None, str]:
    """Split a leading role word off a token: '记者徐潇' -> ('记者', '徐潇')."""
    m = _ROLE_TOKEN.match(token)
    if m and _ROLE_TOKEN.fullmatch(token, m.end()):
        return token, ""  # 初审编辑: two role words, one role
    if m and not (len(m.group(0)) == 1 and (0 < len(token) - m.end() < 2 or token[:2] in _ROLE_CHAR_WORDS)):
        return m.group(0), token[m.end():]
    return None, token  # (文胜: a name, not 文 and 胜; 文化郯城, 图说重庆: a heading, no 文 or 图 glued to a name)


# words that open with a one-character role (文, 图) and are no credit: 文化郯城, 图说重庆
_ROLE_CHAR_WORDS = frozenset({"文化", "文明", "文艺", "文旅", "文体", "文创", "文物", "文件", "文章", "文献",
                              "图说", "图书", "图解", "图表"})


@cache
def _outlet_endings() -> tuple[str, ...]:
    """The endings of an outlet's name read in the credits (the ``byline`` column of ingest/outlets.tsv)."""
    header, *rows = (ln.split("\t") for ln in _data_lines("ingest/outlets.tsv"))
    col = header.index("byline")
    return tuple(sorted((r[0] for r in rows if len(r) > col and r[col] == "y"), key=len, reverse=True))


@cache
def _surnames() -> frozenset[str]:
    return frozenset(_data_lines("lexicon/surnames.txt"))


@cache
def _common_surnames() -> frozenset[str]:
    """The hundred most common single surnames (surnames.txt lists them by frequency first)."""
    return frozenset([s for s in _data_lines("lexicon/surnames.txt") if len(s) == 1][:100])


_OUTLET_SPLIT = re.compile(r"[·・\-—－]+")
_OUTLET_CHARS = re.compile(rf"[{CJK}A-Za-z0-9·・\-—－]{{2,24}}")
_REPORTER_WORDS = ("首席记者", "见习记者", "实习记者", "特约记者", "摄影记者", "融媒体记者", "全媒体记者", "记者",
                   "特约通讯员", "通讯员", "签约摄影师", "摄影师")


def outlets(token: str) -> list[str] | None:
    """The outlets a token names (中青报·中青网 -> [中青报, 中青网]; 第1眼TV-华龙网 -> [第1眼TV, 华龙网]),
    None unless the token is made of outlet names only (each ending as data/ingest/outlets.tsv says)."""
    if not _OUTLET_CHARS.fullmatch(token):
        return None
    parts = [p for p in _OUTLET_SPLIT.split(token) if p]
    if not parts or not parts[-1].endswith(_outlet_endings()) or not all(
            2 <= len(p) <= 8 and (p.endswith(_outlet_endings()) or len(p) <= 4) for p in parts):
        return None
    return parts  # (新重庆-重庆日报: a brand before the newspaper)


def _outlet_role(token: str) -> tuple[list[str], str, str] | None:
    """'大象新闻记者' -> (['大象新闻'], '记者', ''); '中青报·中青网记者王五' -> (.., '记者', '王五')."""
    for word in _REPORTER_WORDS:
        i = token.find(word)
        if i >= 2 and (names := outlets(token[:i])) is not None:
            return names, word, token[i + len(word):]
    return None


# production roles named beside the credits (统筹：张三 文字：李四): read past, not credited
_SKIP_ROLES = frozenset({"统筹", "策划", "监制", "总监制", "出品", "出品人", "制作", "设计", "海报", "总策划",
                         "单位审核"})  # (单位审核:余永选: the supplying body's own reviewer)
_EDITOR_CODE = re.compile(r"[（(][A-Za-z]{0,4}\d{2,8}[）)]")  # 责任编辑：张三(JN010)
def _supplier(token: str) -> list[str] | None:
    """合川区沙鱼镇人大办, 区卫生健康委: a body named as an article's supplier (供稿)."""
    ok = 4 <= len(token) <= 20 and re.search("(?:办|委|局|院|中心|部|会|所|站|队|室|街道|社区|镇|政府)$", token)
    return [token] if ok else None


_NAME_SLASH_ROLE = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,4}})\s*[/／]\s*(文图|图文|文|图|摄影|摄|编辑)(?![{CJK}])")
_PAGE_BUTTONS = re.compile(rf"(?<=[{CJK}])\s*(?:联系记者|我要纠错|纠错|打印本页|打印|关闭窗口|关闭|分享到|分享)$")
_DECOR = re.compile(r"^[■□◆◇●○◎★☆▲△▶►※]+\s*")


_GLUED_META = re.compile(rf"(?<=[{CJK}])(来源|稿源)(?=[:：])")
_SPACED_OUT = re.compile(rf"[{CJK}](?: [{CJK}]){{3,}}")
_NAMES_THEN_WORDS_AND_PICTURES = re.compile(rf"([{CJK} ]{{2,16}}?)\s+(?:文/图|图/文|文／图|文图|图文)")
_WORDS_AND_PICTURES = re.compile(rf"(?<=[{CJK}])(?:文/图|图/文|文／图)$")
_LEAD_TIME = re.compile(r"^(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[|｜]?\s*")
_COUNTERS = "浏览量|浏览次数|点击量|点击数|阅读量|阅读数|访问量"  # a web page's counters
_PAGE_META = re.compile(rf"\s*(?:发布日期|发布时间|发稿时间|日期|时间|文字显示|文字大小|字号|字体|{_COUNTERS})"
                        r"\s*[:：].*$")  # (来源:海曙新闻网 文字显示:)


def _outlet_then_name(token: str) -> tuple[list[str], str] | None:
    """临渭频道于小欢 -> (['临渭频道'], '于小欢'): an outlet's name glued to a person's."""
    for k in (3, 2):
        if len(token) - k >= 2 and _is_bare_name(token[-k:]) and (named := outlets(token[:-k])) is not None:
            return named, token[-k:]
    return None


def _glued_names(run: str) -> list[str] | None:
    """周国和谷少传梅巍 (a credit's names printed without spaces) -> 周国和, 谷少传, 梅巍: the one way to
    cut five to nine characters into names of two or three, each a one-character surname and the
    rest (three-character names preferred); None when no cut or more than one is that good."""
    if not 5 <= len(run) <= 9:
        return None
    cuts: list[list[str]] = []

    def walk(pos: int, done: list[str]) -> None:
        if pos == len(run):
            cuts.append(done)
            return
        for k in (3, 2):
            piece = run[pos:pos + k]
            if len(piece) == k and piece[0] in _surnames() and piece[:2] not in _surnames() \
                    and piece[-1] not in "了的着过吗呢吧":  # (刘永林|关注了: a verb and its particle, no name)
                walk(pos + k, [*done, piece])
    walk(0, [])
    best = max((sum(len(p) == 3 for p in c) for c in cuts), default=-1)
    top = [c for c in cuts if sum(len(p) == 3 for p in c) == best]
    return top[0] if len(top) == 1 else None


def _one_or_two_names(name: str) -> list[str]:
    """李洁乐伟 (a byline's spaces lost) -> 李洁, 乐伟: four characters, each half a surname and a
    name, and no compound surname first (欧阳明华 stays one)."""
    if len(name) == 4 and _is_bare_name(name[:2]) and _is_bare_name(name[2:]) and name[:2] not in _surnames():
        return [name[:2], name[2:]]
    return [name]


def _role_first(m: re.Match[str]) -> str:
    """张三/文 -> 文 张三; 文胜/摄 -> 文胜 摄 (a photographer's credit keeps 摄 last)."""
    return f"{m.group(1)} 摄" if m.group(2).startswith("摄") else f"{m.group(2)} {m.group(1)}"


# a reporter's role glued to the name before it (记者冯佳志通讯员任永立): roles of two characters or more
# whose first character opens no role of their own (so 见习记者 is not cut before 记者)
_GLUED_ROLES = "|".join(re.escape(r) for r in sorted(
    (r for r in _REPORTER_ROLES if len(r) >= 3 or r in ("记者", "编辑", "责编", "摄影")), key=len, reverse=True))
_GLUED_ROLE = re.compile(rf"(?<=[{CJK}])(?P<role>{_GLUED_ROLES})(?=[{CJK}]{{2,}})")


def _credits_from_tokens(text: str, where: str, require_role: bool) -> list[Credit] | None:
    """Parse 'ROLE NAME NAME ROLE NAME [摄]' into credits; None when it is not such a list
    (``张三/文 李四/图``: a name before its role; ``■记者 张三``: a marker before a byline); a role glued
    to the name before it (记者冯佳志通讯员任永立) is read apart when the text does not parse as it is."""
    credits = _credits_from_spaced(text, where, require_role)
    if credits is None and (dashed := _ROLE_DASH.sub(r" \1 ", text)) != text:
        credits = _credits_from_spaced(dashed, where, require_role, strict=True)  # 文-王露图-但峰
    if credits is None and (spaced := _GLUED_ROLE.sub(_space_role, text)) != text:
        credits = _credits_from_spaced(spaced, where, require_role, strict=True)
    return credits


_ROLE_DASH = re.compile(rf"([文图摄])\s*[-－—]+\s*(?=[{CJK}])")


def _space_role(m: re.Match[str]) -> str:
    """' 记者' before a role glued to a name, but 全媒体记者 whole (a longer role ending there)."""
    text, end = m.string, m.end()
    if any(len(r) > len(m.group()) and text.endswith(r, 0, end) for r in _REPORTER_ROLES) \
            or text.endswith(("全媒体", "融媒体", "本报", "本网"), 0, m.start()):
        return m.group()
    return " " + m.group()


def _credits_from_spaced(text: str, where: str, require_role: bool, strict: bool = False) -> list[Credit] | None:
    """_credits_from_tokens, the text as it is (`strict`, for a text read apart: every name a bare name, and
    names printed without spaces only of three characters each, 任永立宁计永王立勇, not 胡巨|成河|南报业 of a
    name and an outlet)."""
    text = _NAME_SLASH_ROLE.sub(_role_first, _DECOR.sub("", _EDITOR_CODE.sub("", text.strip())))
    text = _PAGE_META.sub("", _GLUED_META.sub(r" \1", text))  # 作者:苏锋来源:… 发布日期:…
    text = _LEAD_TIME.sub("", text)  # 2019-02-07 10:35 | 浙江新闻客户端 | 记者 李华
    text = _WORDS_AND_PICTURES.sub("", text)  # 全媒体记者滕效宏文/图: the name wrote and photographed
    text = _PAGE_BUTTONS.sub("", text)  # 编辑:王淑联系记者: a page's button glued to the last name
    if (bare := _NAMES_THEN_WORDS_AND_PICTURES.fullmatch(text.strip())) is not None \
            and (named := bare_names(bare.group(1), most=4)) is not None:
        return [Credit("文图", n, where) for n in named]  # 张三 李四 文/图: names, then what they did
    if len(text) > 2 and text[0] in "（(【[" and text[-1] in "）)】]":
        text = text[1:-1]  # （张三 李四 摄）, 【记者 王荟文】: a credit alone in brackets
    if _SPACED_OUT.fullmatch(text.strip()):
        text = text.replace(" ", "")  # 通 讯 员 李 洁 乐 伟: every character spaced out
    tokens = [t for t in _SEP.split(text.strip()) if t]
    if not tokens:
        return None
    photo = False
    if len(tokens) > 1 and tokens[-1] == "报道":
        tokens.pop()  # 本报记者 赵六 通讯员 钱七 报道
    elif len(tokens[-1]) >= 4 and tokens[-1].endswith("报道") and not tokens[-1].endswith(("摄影报道", "图文报道")) \
            and _ROLE_TOKEN.match(tokens[0]) and ((bare := _role_of(tokens[-1][:-2])[1] or tokens[-1][:-2])
                                                  and (_is_bare_name(bare) or _glued_names(bare))):
        tokens[-1] = tokens[-1][:-2]  # 记者郭铭铭王方炎汪雪报道: the names and 报道 glued (not 记者节特别报道)
    if tokens[-1].endswith("报道摄影"):
        tokens[-1] = tokens[-1][:-4] + "摄"  # 全媒体记者周茜报道摄影
    if tokens[-1] in ("摄影报道", "图文报道"):
        tokens[-1] = "摄"  # 瞿明斌摄影报道
    elif tokens[-1].endswith("摄影报道") and len(tokens[-1]) > 4:
        tokens[-1] = tokens[-1][:-4] + "摄"
    if "摄" in tokens[:-1] and all(len(t) <= 8 for t in tokens[tokens.index("摄") + 1:]):
        tokens = tokens[:tokens.index("摄") + 1]  # 记者 尹诗语 摄/视觉重庆: the agency after the credit
    if tokens[-1] == "摄":
        photo = True
        tokens.pop()
    elif tokens[-1].endswith("摄") and len(tokens[-1]) > 2:
        photo = True
        tokens[-1] = tokens[-1][:-1]
    elif tokens[-1].endswith("摄影") and len(tokens[-1]) > 4 and _ROLE_TOKEN.fullmatch(tokens[-1]) is None:
        photo = True
        tokens[-1] = tokens[-1][:-2]  # 通讯员李健斌摄影(报道): the name photographed
    role: str | None = None
    names: list[tuple[str, str]] = []
    orgs: list[str] = []
    pending: list[str] = []  # single characters of a name split by OCR spaces
    if len(tokens) > 1 and photo and (lead := outlets(tokens[0])) is not None:
        orgs.extend(lead)  # 第1眼TV-华龙网 董悠 摄: the outlet, then the photographer
        tokens = tokens[1:]

    def flush() -> bool:
        if pending:
            name = "".join(pending)
            pending.clear()
            if not 2 <= len(name) <= 4:
                return False
            names.extend((role or "", n) for n in _one_or_two_names(name))
        return True

    for i, tok in enumerate(tokens):
        if tok in _SKIP_ROLES or tok in ("来源", "稿源", "供稿"):
            if not flush():
                return None
            role = tok  # 统筹：张三 (read past); 作者：张三 来源：渝中报 (an outlet)
            continue
        if role in ("供稿", "作者") and not names and not pending \
                and (named := outlets(tok) or _supplier(tok)) is not None:
            orgs.extend(named)  # 供稿 合川区沙鱼镇人大办 王永平: the body that supplied it, then its writer
            continue
        if role in ("来源", "稿源"):
            if (named := outlets(tok)) is None:
                if names:
                    continue  # 作者:刘明贤 来源:社区工作办公: the writer stands; the source is no outlet
                return None  # (来源: 发布日期:2021-08-16: page furniture)
            orgs.extend(named)
            continue
        r, rest = _role_of(tok)
        if r is None and (op := _outlet_role(tok)) is not None:
            orgs.extend(op[0])
            r, rest = op[1], op[2]
        if r is None and role is None and i + 1 < len(tokens) and (
                _role_of(tokens[i + 1])[0] is not None or _outlet_role(tokens[i + 1]) is not None) \
                and (named := outlets(tok)) is not None:  # (滨州日报/滨州网记者裴庆力: two outlets)
            orgs.extend(named)  # 沙坪坝融媒 记者 赵茜: the outlet, then its reporter
            continue
        if r is not None:
            if not flush():
                return None
            role = r
            if not rest:
                continue
            tok = rest
        if role is None and require_role:
            return None
        if len(tok) > 4 and (glued := _outlet_then_name(tok)) is not None:
            orgs.extend(glued[0])  # 编辑:临渭频道于小欢: the outlet, then the name
            tok = glued[1]
        glued = _glued_names(tok) if len(tok) > 4 and role and re.fullmatch(f"[{CJK}]+", tok) \
            and not tok.endswith(_BODY_TAILS + _UNIT_TAILS) else None  # (图片 / 南京东路街道: a body)
        if glued is not None and strict and any(len(n) != 3 for n in glued):
            return None
        if glued is not None:
            if not flush():
                return None
            names.extend((role or "", n) for n in glued)  # 记者周国和谷少传梅巍
            continue
        if i == len(tokens) - 1 and len(tok) >= 2 and tok[-1] in "了的着过" and names:
            break  # …通讯员 刘永林 关注了: a page's button after the credits, no name
        if not _NAME_TOKEN.fullmatch(tok) or tok in _NON_NAMES:
            return None
        if tok.endswith(_BODY_TAILS):
            continue  # 审核:办公室: an office, no person credited
        if len(tok) == 1:
            pending.append(tok)
            continue
        if not flush():
            return None
        if len(tok) > 4:
            return None
        names.extend((role or "", n) for n in _one_or_two_names(tok))
    if not flush() or not (names or (orgs and role in ("来源", "稿源"))):
        return None
    if strict and not all(_is_bare_name(n) for _r, n in names):
        return None  # (编辑部召开记者座谈会, 摄影家协会记者站成立: a heading, no credits, read apart)
    out = []
    for r, name in names:
        if r in _SKIP_ROLES:
            out.append(Credit(role=r, name=name, where="staff"))  # 统筹：张三: a person, no reporter
            continue
        if photo and r in ("", "记者", "摄影记者", "本报记者", "首席记者"):
            r = "摄影" if r == "" else r
        out.append(Credit(role=r or "记者", name=name, where="photo" if photo else where))
    out.extend(Credit(role="媒体", name=o, where="photo" if photo else where, person=False) for o in orgs)
    return out


def _join_spaced_roles(text: str) -> str:
    """编 辑:唐洪琼 -> 编辑:唐洪琼: a role word the OCR or the page spaced out."""
    return _SPACED_ROLE.sub(lambda m: re.sub(r"\s+", "", m.group(0)), text)


# a credit's key alone on its line (责编: / 何兰: the name on the next line)
KEY_ALONE = re.compile(rf"^\s*(?P<role>{_ROLE_RE})\s*[:：]\s*$")


def parse_byline(text: str) -> list[Credit] | None:
    """A line that is only a byline: ``首席记者 刘 侃``, ``记者 徐潇 通讯员 王五``, ``记者 姚延洋 摄``."""
    text = _join_spaced_roles(text)
    if len(text) > 48 or has_clause_punct(text):
        return None
    credits = _credits_from_tokens(text, "byline", require_role=True)
    if credits is None and (unit := _UNIT_AFTER_NAME.search(text)) is not None:
        credits = _credits_from_tokens(text[:unit.start()], "byline", require_role=True)  # 文/图丨周博韬(龙拱港)
    if credits is None and (alone := _TAIL_GROUP.fullmatch(text.strip())) is not None:
        credits = _tail_group_credits(alone.group(1).strip())  # (新生镇余小旺) on a line of its own
    return credits


_UNIT_AFTER_NAME = re.compile(rf"(?<=[{CJK}])\s*[（(][{CJK}]{{2,8}}[）)]\s*$")  # the writer's unit or place


_LEAD = re.compile(
    r"^\s*【?(?P<formula>本报讯|本报消息|本报[^\s（(，。]{0,8}电|新华社[^\s（(，。]{0,10}电"
    r"|[^\s（(，。【]{2,20}?\d{1,2}月\d{1,2}日(?:电|讯|消息)|(?P<outlet>[^\s（(，。【]{2,12}?)(?:讯|消息(?=\s*[（(])))】?"
    r"\s*(?:[（(](?P<credits>[^）)]{1,60})[）)])?"
)
# 本报讯 记者陈绍鹏 见习记者蔡霞报道：…; 本报讯 全媒体记者王予杰 通讯员李潇潇报道 为…: 报道 and a space close them
# (本网讯 通讯员刘小平 黄启勇 9月21日,…: the date opens the text)
_LEAD_BARE_CREDITS = re.compile(rf"\s*((?:{_ROLE_RE})[^:：，。（(]{{2,40}}?)"
                                rf"(?:(?:报道)?[:：]|报道(?=\s)|\s+(?=[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日))")
_GLUED_ROLE_NAME = re.compile(rf"(?P<role>{_ROLE_RE})(?P<name>[{CJK}]{{2,3}}?)(?={_ROLE_RE})")
_OUTLET_LEAD = re.compile(r"^\s*(?P<outlet>[^\s（(【，。、]{2,16}?)?\s*(?:[（(](?P<credits>[^）)]{1,60})[）)]"
                          r"|【(?P<bracketed>[^】]{1,60})】)")  # 【通讯员 汪涛基 石庆明 罗鸣】“欢迎…


def _names_then_roles(inside: str) -> list[Credit] | None:
    """(林红 实习生 黎大韬): a lead's reporters named bare before the credits with roles."""
    tokens = inside.split()
    k = next((i for i, t in enumerate(tokens) if _role_of(t)[0] is not None), 0)
    if k == 0 or not all(map(_is_bare_name, tokens[:k])):
        return None
    rest = _credits_from_tokens(" ".join(tokens[k:]), "lead", require_role=True)
    return [Credit("记者", n, "lead") for n in tokens[:k]] + rest if rest else None


def parse_lead(text: str) -> tuple[int, list[Credit]] | None:
    """``本报讯 （记者 徐 潇）10月21日，…``, ``华龙网讯 …``, ``中国青年报客户端重庆9月23日电(…记者 王五)``,
    ``枝江融媒(记者 袁定平)7月27日``, ``(沙坪坝融媒 记者 赵茜)在…``,
    ``央广网重庆3月29日消息(记者刘湛)``: the end of the lead formula and its credits (an outlet
    named in the formula is an organisation's credit)."""
    m = _LEAD.match(text)
    if not m:
        m2 = _OUTLET_LEAD.match(text)
        # (沙磁荟-沙坪坝融媒 记者 赵茜)在…: credits alone in parentheses open the lead
        if not m2:
            return None
        if (inside := m2.group("bracketed")) is not None:  # 【通讯员 汪涛基 石庆明 罗鸣】“欢迎…: a role word
            head = inside.split()[0] if inside.split() else ""  # alone, then names (not 【文明礼仪】: a rubric)
            credits = _credits_from_tokens(inside, "lead", require_role=True) \
                if len(head) >= 2 and _ROLE_TOKEN.fullmatch(head) and not m2.group("outlet") else None
            return (m2.end(), credits) if credits else None
        outlet = m2.group("outlet")  # (红网武冈(项庆湘 报道): an outlet's local edition is an outlet too)
        if outlet and outlet.endswith("供稿") and (body := _supplier(outlet[:-2])) is not None \
                and (writers := bare_names(m2.group("credits").strip())):
            # 先锋街道供稿(韩建)征集…: the body that supplied the article, and its writer
            # (a street or a town that supplied it is no organisation: the text names it as a place)
            return m2.end(), [Credit("供稿", n, "lead") for n in writers] + [
                Credit("媒体", b, "lead", person=False) for b in body if not b.endswith(_PLACE_UNITS)]
        named_by = (outlets(outlet) or ([outlet] if _outlet_prefix(outlet) else None)) if outlet else []
        if named_by is None:
            return None
        inside = m2.group("credits").strip().removesuffix("报道").strip()
        credits = _credits_from_tokens(inside, "lead", require_role=True)
        if not credits and (bare := bare_names(inside, most=4)):
            credits = [Credit("记者", n, "lead") for n in bare]  # (许翰文 孙月红)今年是…, 蕉城在线(陈皛婧 吴辉东)
        head, _, rest = inside.partition(" ")
        if not credits and not outlet and (inner := outlets(head)) is not None \
                and (bare := bare_names(rest, most=4)):
            credits = [Credit("记者", n, "lead") for n in bare]  # (深圳侨报 聂朦 陈极鹏)近日: the outlet inside
            named_by = inner
        if not credits:
            return None
        # (云上大冶报道(记者 …): the outlet is 云上大冶, which reports)
        named_by = [o.rstrip(":：") for o in named_by]  # (云上通山报道:(通讯员 韩眸果): the outlet, not its colon)
        return m2.end(), credits + [Credit("媒体", o[:-2] if len(o) > 4 and o.endswith("报道") else o, "lead",
                                           person=False) for o in named_by]
    named = m.group("outlet") or _outlet_prefix(m.group("formula"))
    own = [Credit("媒体", o, "lead", person=False) for o in outlets(named) or () if not o.startswith("本")]
    if m.group("credits") is None:
        if (bare := _LEAD_BARE_CREDITS.match(text, m.end())) is not None and \
                (credits := _credits_from_tokens(bare.group(1), "lead", require_role=True)):
            return bare.end(), credits + own  # 本报讯 记者陈绍鹏 见习记者蔡霞报道：…
        rest = text[m.end():].strip()
        if rest and len(rest) <= 40 and not re.search("[，。,；;！？]", rest) and \
                (credits := _credits_from_tokens(rest, "lead", require_role=True)):
            return len(text), credits + own  # 金华新闻客户端3月1日消息 记者 俞夏冰 文/摄: only credits follow
        if not (text.lstrip().startswith("本报") or own):
            return None
        glued = []  # 茂名晚报讯记者吴祖光通讯员彭诒健…: a name between two roles, all glued to the text
        pos = m.end()
        while (g := _GLUED_ROLE_NAME.match(text, pos)) is not None and _is_bare_name(g.group("name")):
            glued.append(Credit(g.group("role"), g.group("name"), "lead"))
            pos = g.end()
        return (pos, glued + own) if glued else (m.end(), own)
    credits = _credits_from_tokens(m.group("credits"), "lead", require_role=True) \
        or _names_then_roles(m.group("credits"))
    inside = m.group("credits").strip().removesuffix("报道")  # (李晓燕 报道)
    if credits is None and (listed := bare_names(re.sub("[、，,]", " ", inside), most=4)):
        credits = [Credit("记者", n, "lead") for n in listed]  # 中新网…电 (张旭), 河北新闻网讯(王岩军、陈友海)
    return m.end(), (credits or []) + own


def _outlet_prefix(formula: str) -> str:
    """The outlet that opens a dateline: 中新网|重庆4月16日电 -> 中新网 ('' if none)."""
    for n in range(min(len(formula), 12), 1, -1):
        if outlets(formula[:n]) is not None:
            return formula[:n]
    return ""


def bare_names(text: str, most: int = 3) -> list[str] | None:
    """One to `most` names alone (王丽金; 张箭 叶帅 丁厚祥; 刘 婧 spaced out), each a surname and one or
    two characters; None otherwise."""
    names = text.split()
    if 2 <= len(names) <= 3 and all(len(n) == 1 for n in names):
        names = ["".join(names)]  # (刘 婧), 徐 潇: one name printed with spaces between its characters
    return names if 1 <= len(names) <= most and all(map(_is_bare_name, names)) else None


def _is_bare_name(text: str) -> bool:
    """Two or three characters, a surname first: a reporter credited by name alone (张珺); four with
    two surnames first (a compound surname, or a married name of Hong Kong or Macao: 高吕艳杏)."""
    if len(text) == 3 and text.endswith(_BODY_TAILS):
        return False  # (宣传科): a body's credit, 宣 a surname
    if len(text) == 4 and re.fullmatch(f"[{CJK}]{{4}}", text):
        common = _common_surnames()
        return text[:2] in _surnames() or (text[0] in common and text[1] in common)
    return bool(_BARE_NAME.fullmatch(text)) and (text[0] in _surnames() or text[:2] in _surnames())


_SOURCE = re.compile(r"^\s*(?:字体\s*[:：]\s*大\s*中\s*小\s*)?"  # 字体:大 中 小 编辑日期:2016/11/24 来源:岔口镇
                     r"(?:(?:(?:发布|发稿|编辑|更新)?(?:日期|时间)\s*[:：]\s*)?[\d\-/: 年月日]{5,24}\s*[|｜]?\s*)?"
                     rf"(?:(?:{_COUNTERS})\s*[:：]\s*\d*\s*)?"  # 浏览量:252 来源:…
                     r"(?:本文|文章|稿件|信息|新闻)?(?P<kw>来源|稿源|供稿单位|供稿)\s*[:：丨|｜]\s*"
                     r"(?P<src>[^\s:：]{2,24}?)(?=\s|$|(?:19|20)\d\d[-/.年]|(?<=[网报台站社局委心府办刊])(?:(?:责任)?编辑|作者)\s*[:：])"
                     r"(?P<rest>.*)$")  # (来源:…官方网站编辑:魏梓濠: the next field's key glued on to a body's name)


# a source's name, with a short note in parentheses inside it (完美体育·(中国)官方网站)
_SOURCE_NAME = re.compile(rf"[{CJK}A-Za-z0-9·・\-]{{2,16}}|[{CJK}·]{{1,8}}[（(][{CJK}]{{2,4}}[）)][{CJK}]{{2,8}}")
_OWN_SITE = ("本站", "本网", "原创")  # 来源:本站原创: the site itself
# 作者:佘孝平、郑可; 作者:孟娇 李迎春 责任编辑:… (a word before a colon is the next field's key)
_AUTHORS = re.compile(rf"作者\s*[:：]\s*([{CJK}]{{2,4}}(?:(?:、|\s+)(?![{CJK}]+\s*[:：])[{CJK}]{{2,4}})*)"
                      rf"(?![{CJK}]|\s*[:：])")  # (作者:时间:2024…: a key, no name)


# a web page's notices after the credits of a source line (版权声明:…, 您有新闻线索,请联系我们:…)
_SOURCE_FURNITURE = re.compile(r"\s+(?:版权声明|您有新闻线索|新闻线索|热线电话|投稿邮箱).*$")
_MAKER = re.compile(rf"\s*出品\s*[:：]\s*(?P<name>[{CJK}]{{4,20}})\s*$")


def parse_source_line(text: str) -> list[Credit] | None:
    """``来源：郑州观察``, ``来源: 华龙网 2006-04-18 03:48 编辑: 亦凡``, ``本文来源:人民网-湖北频道``,
    ``来源丨区政府办``, ``供稿单位:区创城办``: the outlet or body an article comes from (an
    organisation) and any editor named on the line."""
    text = _SOURCE_FURNITURE.sub("", text)  # (…责编:方军 出品:… 版权声明:此文为原创作品,…)
    m = _SOURCE.match(text.strip().removeprefix("(").removeprefix("（").removesuffix(")").removesuffix("）"))
    if not m or len(text) > 60:
        return None
    rest, maker = m.group("rest"), _MAKER.search(m.group("rest"))
    if maker is not None:
        rest = rest[:maker.start()]
    if _outlet_role(m.group("src")) is not None and rest.strip() and (
            byline := _credits_from_tokens(f"{m.group('src')} {rest}", "source", require_role=True)):
        # 来源:蔡甸融媒记者 王娟 喻萌 制作:万轶 | 编辑:方丹 熊霞 | 责编:方军 出品:蔡甸区融媒体中心: the outlet,
        # its reporters and editors, and the body that made the page
        return byline + ([Credit("出品", maker.group("name"), "source", person=False)] if maker else [])
    srcs = [x for x in re.split(r"[/／、]", m.group("src")) if x]
    srcs = [o for x in srcs for o in (outlets(x) or [x])]  # 华龙网-新重庆客户端: two outlets
    srcs = [o for i, o in enumerate(srcs) if not (i and o.endswith("频道"))]  # 人民网-湖北频道: its channel
    if m.group("kw").startswith("供稿") and m.group("rest").strip():
        return None  # 供稿：区卫生健康委 王永平: a body and its writer, read as a byline
    if srcs and all(x.startswith(_OWN_SITE) for x in srcs):
        srcs = []  # 来源:本站原创 作者:孟娇: the site itself, no body named
        if not m.group("rest").strip():
            return []
    elif not srcs or not all(_SOURCE_NAME.fullmatch(x) and re.search(f"[{CJK}]", x) for x in srcs):
        return None
    role = "供稿" if m.group("kw").startswith("供稿") else "来源"
    # 来源:付永乐 2026-01-08 …: a person's name, not a body's, is the article's writer
    # (not 区人大, 市政协: an area's body; 区 a rare surname)
    kept = [x for x in srcs if not x.endswith(_PLACE_UNITS)]  # (来源:岔口镇: a place, no organisation)
    credits = [Credit("作者", x, "source") if len(srcs) == 1 and _is_bare_name(x) and not outlets(x)
               and not x.endswith(_UNIT_TAILS + _BODY_TAILS) and x[0] not in "区市县省镇乡村"
               else Credit(role, x, "source", person=False)
               for x in kept] + _editor_credits(m.group("rest"), "source")
    if (a := _AUTHORS.search(m.group("rest"))) is not None:
        names = re.split(r"、|\s+", a.group(1))  # (来源：…… 作者：郑十一; 作者:佘孝平、郑可)
        credits += [Credit("作者", n, "source") for n in names if len(names) == 1 or _is_bare_name(n)]
    if len(credits) == len(kept) and m.group("rest").strip() and \
            (more := _credits_from_tokens(m.group("rest"), "source", require_role=True)) is not None:
        credits += more  # 来源：重庆日报 记者 张三
    return credits


_SPONSOR_KEYS = "主办单位|主办|承办单位|承办|技术支持|版权所有"
_SPONSOR = re.compile(rf"(?:{_SPONSOR_KEYS})\s*[:：]\s*(?P<name>[{CJK}（）()·]{{4,30}}?)"
                      rf"(?=\s|$|[:：,，;；|｜]|(?:{_SPONSOR_KEYS}|地址|邮编|电话)[:：])")
_SPONSOR_ENDS = ("委员会", "人民政府", "政府", "办公室", "人大常委会", "政协", "局", "委", "公司", "中心", "报社",
                 "医院", "协会", "联合会")


def parse_sponsor_line(text: str) -> list[Credit]:
    """``主办单位：常州市卫生健康委员会``, ``版权所有：重庆市梁平区人民政府``: the bodies a web page names as
    its sponsor, maker or owner (organisations; the line is no body text)."""
    out = []
    for m in _SPONSOR.finditer(text):
        name = m.group("name")
        if name.endswith(_SPONSOR_ENDS) and not any(c.name == name for c in out):
            out.append(Credit("主办", name, "source", person=False))
    if not out and (owner := _OWNER.match(text)) is not None and (named := outlets(owner.group("name"))):
        out = [Credit("主办", n, "source", person=False) for n in named]  # 德阳网版权所有 1997-2012 蜀ICP备…
    return out


# an outlet's copyright notice opening a line: 德阳网版权所有, 中华龙都网版权所有,未经授权不得转载
_OWNER = re.compile(rf"^\s*(?:©|\(c\)|Copyright\s*)?\s*(?P<name>[{CJK}·\-]{{2,16}}?)\s*(?:网站)?版权所有")


_INTERVIEWER = re.compile(rf"^\s*(?P<role>记者|主持人)\s*(?P<name>[{CJK}]{{2,4}}?)\s*[:：]\s*\S")


def parse_interviewer(text: str) -> list[Credit] | None:
    """``记者韩紫嫣：爷爷们好…``: a reporter speaking in an interview (the line stays body text)."""
    m = _INTERVIEWER.match(text)
    if not m or not _is_bare_name(m.group("name")):
        return None
    return [Credit("记者", m.group("name"), "byline")]


# 东南网12月25日讯(本网记者 陈星宇 通讯员 陈方昌)近日…, …【本报讯】(记者…)昨日…: a lead formula
# inside a line (a web page runs the caption or the headline into the lead)
_INLINE_LEAD = re.compile(r"(?:[。！？）)】\s]|^)"
                          r"(?:【?本报讯】?|[^\s（(，。、：:]{2,10}?(?:\d{1,2}月\d{1,2}日)?(?:讯|电))"
                          r"\s*[（(](?P<credits>[^（）()]{2,40})[）)]")


def parse_inline_lead(text: str) -> list[Credit] | None:
    """Credits of a lead formula printed inside a body line, with their roles (``东南网12月25日讯
    (本网记者 陈星宇 通讯员 陈方昌)``); None if there is none."""
    for m in _INLINE_LEAD.finditer(text):
        if m.start() == 0:
            continue  # (a lead at the line's start is parse_lead's)
        credits = _credits_from_tokens(m.group("credits"), "lead", require_role=True)
        if credits:
            return [c for c in credits if c.person]
    return None


# (…任务。 ?(张晓东) ? |: a web page's lost spaces as ?, a table cell's bar after the credit)
# (通讯员 郭中华)(安徽日报记者何雪峰推送): credits in parentheses after the last sentence, one or more
_TAIL_CREDIT = re.compile(r"^(?P<body>.*[。！？!?”\"])(?P<more>(?:[\s?？]*[（(][^（）()]{2,40}[）)])*)"
                          r"[\s?？]*[（(](?P<credit>[^（）()]{2,40})[）)][\s?？|｜]*$")
_TAIL_GROUP = re.compile(r"[（(]([^（）()]{2,40})[）)]")
_SUPPLIED_THEN = re.compile(rf"(?P<body>[{CJK}]{{2,16}}?)供稿\s+(?=\S)")  # a body supplied it, the writers follow
_PUSHED = ("推送", "报道", "供稿")  # (安徽日报记者何雪峰推送, 宜昌市西陵区易波供稿): the credited one sent it
# …贡献力量。 马达, …履其职。 ·仇纳川·: a bare name after a space closes the paragraph
# (…准备阶段。 白继开摄 |: the photographer's name and 摄, a table's bar after it)
_TAIL_NAME = re.compile(rf"^(?P<body>.*[。！？!?”\"])[ \u3000\t]+[·•]?(?P<credit>[{CJK}]{{2,3}})(?P<photo>摄)?[·•]?"
                        r"\s*(?(photo)[|｜]?)\s*$")
# …新台阶。 文:柯腾峰 编辑:陈静峰 |: credits with their roles after the last sentence, on its line
_TAIL_ROLES = re.compile(
    rf"^(?P<body>.*[。！？!?”\"])[ \u3000\t]+(?P<credit>(?:{_ROLE_RE})\s*[:：]\s*[^。！？]{{2,80}})$")
_BARE_NAME = re.compile(rf"[{CJK}]{{2,3}}")
# …确保村庄整治工作落到实处。何锋: a name glued to the last sentence, no sentence of its own (no end mark);
# read only where the page's credits follow (kg.ingest.page)
TAIL_GLUED_NAME = re.compile(rf"^(?P<body>.*[。！？!?])(?P<credit>[{CJK}]{{2,3}})$")


def split_tail_credit(text: str) -> tuple[int, list[Credit]] | None:
    """``…求破题”。(记者匡丽娜)``, ``…获得感。(文/刘侃)``, ``…参加。（张珺）``, ``…(责任编辑:张圆)``: a
    paragraph that ends with its article's credit in parentheses; the end of the body and the
    credits (``…贡献力量。 马达``: a bare name after a space, no parentheses). A bare name counts
    only with two or three characters and a surname first."""
    m = _TAIL_CREDIT.match(text)
    if m is None and (m := _TAIL_NAME.match(text)) is not None:
        if not _is_bare_name(m.group("credit")) or not m.group("body").strip():
            return None
        if m.group("photo"):
            return m.end("body"), [Credit("摄影", m.group("credit"), "photo")]
    if m is None and (m := _TAIL_ROLES.match(text)) is not None:  # …新台阶。 文:柯腾峰 编辑:陈静峰 |
        credits = _credits_from_tokens(m.group("credit").rstrip("|｜ "), "byline", require_role=True)
        return (m.end("body"), credits) if credits and m.group("body").strip() else None
    if not m or not m.group("body").strip():
        return None
    more = [g.group(1) for g in _TAIL_GROUP.finditer(m.group("more"))] if "more" in m.groupdict() else []
    credits = []
    for credit in [*more, m.group("credit")]:
        found = _tail_group_credits(credit.strip())
        if not found:
            return None
        credits += found
    return m.end("body"), credits


def _tail_group_credits(credit: str) -> list[Credit] | None:
    """The credits of one parenthesised group at a paragraph's end (记者匡丽娜, 张珺, 文/刘侃)."""
    if credit.endswith(_PUSHED) and (len(credit) > 4 or credit.endswith("供稿")):
        credit = credit[:-2]  # (张三供稿: the writer who supplied it)
    supplied: list[Credit] = []
    if (sup := _SUPPLIED_THEN.match(credit)) is not None and _supplier(sup.group("body")):
        supplied = [Credit("供稿", sup.group("body"), "byline", person=False)]  # (文广旅局供稿 文字:岳琼一 …)
        credit = credit[sup.end():]
    credits = _credits_from_tokens(credit, "byline", require_role=True)
    if credits and supplied:
        return supplied + credits
    if credits is None:
        credits = _editor_credits(credit, "byline") or None
    names = credit.split()
    if credits is None and (listed := bare_names(credit, most=4)):
        credits = [Credit("记者", n, "byline") for n in listed]  # (张珺), (李纬 张利)
    if credits is None and len(names) >= 2 and (body := _supplier(names[0])) and \
            (writers := bare_names(" ".join(names[1:]))):  # (共青团枝江市委 王瑾玺): a body and its writer
        credits = [Credit("供稿", n, "byline") for n in writers] + [Credit("媒体", body[0], "byline", person=False)]
    if len(names) >= 3 and all(len(n) == 1 for n in names[1:]):
        names, credit = ["".join(names)], "".join(names)  # (宜昌市西陵区  易 波  供稿): a name spaced out
    if credits is None and len(names) == 1 and (glued := _UNIT_THEN_NAME.fullmatch(credit)) is not None \
            and _is_bare_name(glued.group("name")) and not glued.group("name").endswith(_UNIT_TAILS):
        # (新生镇余小旺): the unit, its writer glued on (not 新生镇杨家村: a village)
        credits = [Credit("供稿", glued.group("name"), "byline")]  # (the unit a place, no body credited)
    return credits or None


_UNIT_THEN_NAME = re.compile(rf"(?P<unit>[{CJK}]{{2,10}}(?:{'|'.join((*_PLACE_UNITS, '区', '县', '市'))}))"
                             rf"(?P<name>[{CJK}]{{2,3}})")  # (新生镇余小旺, 宜昌市西陵区易波)


_ORG_CREDIT = re.compile(rf"^(?P<who>[{CJK}A-Za-z0-9]{{2,24}}?)\s*(?:供图|提供图片|图片由\S*提供)$"
                         rf"|^(?:图源|图片来源)\s*[:：]?\s*(?P<src>[{CJK}A-Za-z0-9]{{2,24}})$")
_STOCK = re.compile(r"^(?:本报|本刊)?资料(?:图片|图)$|^(?:网络|资料)图片$|^图片来源[:：].{1,20}$"
                    r"|^(?:受访者|受访单位|网友|本人|读者)(?:供图|提供)$")


_SENT_BY = re.compile(r"^(?P<outlet>[^\s（(]{2,10}?)发\s*[（(](?P<credit>[^）)]{2,30})[）)]$")


# 本文图片均为…, 本组图片 本网记者 金玲慧 摄: the article's photographs, all by the one credited
_PHOTOS_ALL_BY = re.compile("^(?:(?:本文|文中|本期)?(?:图片|照片)(?:均为|均由|由|为)|本组图片|组图)")


def parse_photo_credit(text: str) -> list[Credit] | None:
    """A photo credit: ``记者 姚延洋 摄``, ``张三 摄``, ``区卫生健康委供图``, ``本报资料图片``,
    ``新华网发（刘馨元 摄）``."""
    t = text.strip()
    if len(t) > 2 and t[0] in "（(" and t[-1] in "）)" and t.endswith(("摄）", "摄)")):
        t = t[1:-1].strip()  # （张三 李四 摄）
    if (all_by := _PHOTOS_ALL_BY.match(t)) is not None and t.endswith(("摄", "图")) and not t.endswith("供图"):
        t = t[all_by.end():].strip()  # 本文图片均为澎湃新闻记者 李佳蔚 图: the article's photographs, one credit
        t = t[:-1] + "摄" if t.endswith("图") and not t.endswith(("制图", "地图")) else t
    if len(t) > 40:
        return None
    if (sb := _SENT_BY.match(t)) is not None and (agency := outlets(sb.group("outlet"))) is not None:
        inner = parse_photo_credit(sb.group("credit"))
        if inner:
            return inner + [Credit("媒体", o, "photo", person=False) for o in agency]
    stock = _STOCK.match(squash(t)) is not None
    m = _ORG_CREDIT.match(t)
    if m is not None and (stock or m.group("src") in ("网络", "资料", "本报", "网络图片", "资料图片")):
        m = None
    if m is None and stock:
        return []
    if m:
        return [Credit(role="供图", name=squash(m.group("who") or m.group("src")), where="photo", person=False)]
    if not (t.endswith(("摄", "摄影报道")) or t.startswith(("图/", "图／", "摄影", "摄影：", "摄影:"))
            or _AGENCY_AFTER.search(t)):
        return None
    credits = _credits_from_tokens(t, "photo", require_role=False)
    if credits is None:
        return None
    for c in credits:
        c.where = "photo"
    return credits


_AGENCY_AFTER = re.compile(r"\s摄[\s/／]+[^\s/／]{2,8}$")  # 记者 尹诗语 摄/视觉重庆
_STOCK_NOTE = re.compile(r"^[（(](?:本报)?(?:资料图片|资料图|资料照片|图片)[）)]\s*")
_CAPTION_CREDIT = re.compile(r"^(?P<caption>.{2,120}?[。！？!?])\s*(?P<credit>\S.{1,40})$")
_CAPTION_PHOTO = re.compile(r"^(?P<caption>.{2,120}?[^\s（(])\s*[（(](?P<credit>[^（）()]{2,30}?摄)[）)]$")
# 杨涛在“滨江汇调中心”为群众调处 竺捷 摄: a caption without its full stop, a space, a name and 摄
_CAPTION_NAME_PHOTO = re.compile(rf"^(?P<caption>.{{4,120}}?[^\s])\s+(?P<credit>[{CJK}]{{2,4}}\s*摄)$")


def split_caption_credit(text: str) -> tuple[int, list[Credit]] | None:
    """``市民在小黄楼街区观展。 记者 姚延洋 摄``, ``服务站启动仪式(张多山 摄)``: end of the caption and
    the credits."""
    m = _CAPTION_CREDIT.match(text) or _CAPTION_PHOTO.match(text) or _CAPTION_NAME_PHOTO.match(text)
    if not m:
        return None
    # …休憩。(资料图片)记者 张锦辉 摄视觉重庆: a stock-photo note before the credit, an agency glued to 摄
    credit = _STOCK_NOTE.sub("", m.group("credit"))
    credit = re.sub(r"(\S)\s+摄(?=[^\s，,。]{2,8}$)", r"\1 摄 ", credit)
    credits = parse_photo_credit(credit)
    if credits is None:
        return None
    return m.end("caption"), credits


_EDITOR_ROLES = ("责任编辑", "值班编辑", "美术编辑", "编辑", "责编", "美编", "校对", "审读", "审校",
                 "审核", "终审", "审稿", "版式", "组版", "制图", "监制")
_EDITOR_ROLE_RE = "|".join(_EDITOR_ROLES)
_EDITOR_ITEM = re.compile(
    rf"(?P<role>{_EDITOR_ROLE_RE})\s*[:：]\s*"
    rf"(?P<names>[{CJK}·]{{1,4}}(?:\s*[、 ]\s*(?![{CJK}]+\s*[:：])[{CJK}·]{{1,4}})*)(?![{CJK}])"  # (…王小宁 发布时间:)
)  # (编辑:大众网青岛: no name of more than four characters)


def _editor_credits(text: str, where: str) -> list[Credit]:
    """The editors named anywhere in `text` (编辑: 亦凡, 责任编辑:张圆); a role word among the names
    credits the names after it (责编:胡明兵 喻寒松 实习编辑 孙畅)."""
    out = []
    for e in _EDITOR_ITEM.finditer(text):
        role = e.group("role")
        for n in re.split(r"[\s、]+", e.group("names")):
            if _ROLE_TOKEN.fullmatch(n):
                role = n
            elif 2 <= len(n) <= 4 and n not in _NON_NAMES:
                out.append(Credit(role, n, where))
    return out


_EDITOR_DECOR = re.compile(r"^(?:视觉|设计|统筹|策划|出品)?\s*[|｜]\s*")


def parse_editors(text: str) -> list[Credit] | None:
    """A line of editors: ``编辑:冉建萍 美编:吕燕``."""
    credits: list[Credit] = []
    pos = 0
    t = _EDITOR_DECOR.sub("", text.strip().strip("【】[]")).strip()
    for m in _EDITOR_ITEM.finditer(t):
        if t[pos:m.start()].strip():
            return None
        names = [n for n in re.split(r"[\s、]+", m.group("names")) if n]
        # OCR-split names: '冉 建 萍' -> single characters to join
        if all(len(n) == 1 for n in names):
            names = ["".join(names)]
        for n in names:
            if not 2 <= len(n) <= 4 or n in _NON_NAMES:
                return None  # (编辑:融媒体: a desk, no editor named)
            credits.append(Credit(role=m.group("role"), name=n, where="masthead"))
        pos = m.end()
    if not credits or t[pos:].strip():
        return None
    return credits


# ---------------------------------------------------------------------------
# Masthead: date, weekday, issue numbers, page number, newspaper name

_CN_DIGIT = "〇一二三四五六七八九十"
_MASTHEAD_TOKENS = re.compile(
    r"(?P<date>(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日?)?)"
    r"|(?P<weekday>星期[一二三四五六日天]|周[一二三四五六日])"
    r"|(?P<total>总\s*第\s*(?P<total_n>\d+)\s*期)"
    r"|(?P<issue>第\s*(?P<issue_n>\d+)\s*期)"
    r"|(?P<page>第\s*(?P<page_n>[0-9一二三四五六七八九十]{1,3})\s*版|(?P<page_n2>[0-9]{1,2})\s*版)"
    r"|(?P<lunar>农历[^\s]{2,12})"
    r"|(?P<cn>(?:国内统一连续出版物号|刊号)?\s*[:：]?\s*CN\s*\d{2}\s*[-－]\s*\d{4}(?:/[A-Z])?)"
    r"|(?P<paper>[" + CJK + r"]{1,8}(?:日报|晚报|早报|商报|报))"
    r"|(?P<day>^\s*\d{1,2}\s*日?\s*$)"
)
_WEEKDAYS = {"星期日": 6, "星期天": 6, "周日": 6}
for _i, _c in enumerate("一二三四五六"):
    _WEEKDAYS[f"星期{_c}"] = _i
    _WEEKDAYS[f"周{_c}"] = _i


@dataclass(slots=True)
class MastheadInfo:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    issue: int | None = None
    issue_total: int | None = None
    page_number: str | None = None
    newspaper: str | None = None


def parse_masthead(text: str) -> MastheadInfo | None:
    """Read a line made only of masthead items; None if anything else is on it."""
    t = text.strip()
    if not t or len(t) > 80:
        return None
    info = MastheadInfo()
    pos = 0
    found = False
    for m in _MASTHEAD_TOKENS.finditer(t):
        gap = t[pos:m.start()]
        if gap.strip(" \t·|丨/,，"):
            return None
        pos = m.end()
        found = True
        if m.group("date"):
            info.year, info.month = int(m.group("y")), int(m.group("m"))
            if m.group("d"):
                info.day = int(m.group("d"))
        elif m.group("weekday"):
            info.weekday = m.group("weekday")
        elif m.group("total"):
            info.issue_total = int(m.group("total_n"))
        elif m.group("issue"):
            info.issue = int(m.group("issue_n"))
        elif m.group("page"):
            info.page_number = f"{m.group('page_n') or m.group('page_n2')}版"
        elif m.group("paper"):
            info.newspaper = m.group("paper")
        elif m.group("day"):
            info.day = int(re.sub(r"\D", "", m.group("day")))
    if not found or t[pos:].strip(" \t·|丨/,，"):
        return None
    return info


def weekday_index(weekday: str | None) -> int | None:
    return _WEEKDAYS.get(weekday) if weekday else None


# ---------------------------------------------------------------------------
# Headings

_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_HAS_CJK = re.compile(rf"[{CJK}]")


def markdown_level(text: str) -> tuple[int, int]:
    """(level, length of the '## ' prefix), or (0, 0)."""
    m = _MD_HEADING.match(text)
    return (len(m.group(1)), m.end()) if m else (0, 0)


def is_heading_like(text: str, max_len: int = 64) -> bool:
    """A short line with Chinese text and no clause punctuation, not ending a sentence."""
    t = squash(text)
    return (
        2 <= len(t) <= max_len
        and not has_clause_punct(t)
        and _HAS_CJK.search(t) is not None
        and not ends_sentence(t)
        and t.count("“") == t.count("”")  # an open quote: a fragment of a sentence
        and t.count("《") == t.count("》")
    )
