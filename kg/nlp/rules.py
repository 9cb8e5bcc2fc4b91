"""Entity rules over a text and its LAC words: pure functions returning candidate spans.

A candidate is ``Cand(start, end, label, rule, canonical)``: character offsets in the
text, one of the seven labels, the rule that produced it, and (for names the text
implies but does not print, such as ``朝天门街道`` from the list ``朝天门、南纪门等街道``)
the canonical name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from kg.nlp.lac import Word

__all__ = [
    "AbbrCue",
    "Cand",
    "Lexicon",
    "WordIndex",
    "abbreviated_places",
    "foreign_names",
    "names_after_titles",
    "org_head",
    "place_org_names",
    "street_community_forms",
    "suffix_names",
    "transliterated",
]

HAN = "\u4e00-\u9fff"
GENERIC_FIRST = frozenset("各每某该")  # characters that open no name: 各村, 各街镇, 每村, 某镇, 该镇
# LAC tags of words that can be part of a name read back from its suffix.
NAME_TAGS = frozenset({"n", "nz", "nw", "LOC", "ORG", "PER", "vn", "an", "j", "s", "f", "m", "a"})
_MODIFIER_TAGS = frozenset({"ad", "d", "a"})  # what LAC may misread a name as, before a verb (严广|汇报)
_NOT_NAME_TAGS = frozenset({"v", "vd", "d", "ad", "a", "u", "p", "c", "r", "xc", "w", "m", "q", "TIME"})
_SERVES_AS = "任兼为"  # verbs that put a person in a post: 负责人任组员, 局长兼组长
_MEMBERS = frozenset({"组员", "成员", "队员", "会员"})
_HAN_ONLY = re.compile(f"[{HAN}]+")
_TIME_UNITS = "年月日天时晚早午夜节期"  # (于|今天, 于|节日: a time, no given name)
# a list's first item after a sentence's or clause's opening, up to the 、 before the list's next name
_LIST_OPENING = re.compile(f"(?:^|(?<=[。，,：:；;\\s]))([{HAN}]{{2,3}})、$")
PROPER_TAGS = frozenset({"LOC", "ORG", "PER", "nz", "nw"})
MAX_NAME = 24
_ORDINAL = re.compile("第[0-9一二三四五六七八九十百]+[届期次批]?|[0-9一二三四五六七八九十百]+[届期]|(?:19|20)\\d\\d年?")


@dataclass(frozen=True, slots=True)
class Cand:
    start: int
    end: int
    label: str
    rule: str
    canonical: str | None = None


class WordIndex:
    """Character-offset lookups over LAC words."""

    def __init__(self, words: Sequence[Word], n_chars: int) -> None:
        self.words = list(words)
        self.start_of = [-1] * (n_chars + 1)  # char -> index of the word starting there
        self.end_of = [-1] * (n_chars + 1)  # char -> index of the word ending there
        self.word_at = [-1] * (n_chars + 1)  # char -> index of the word covering it
        for i, (s, e, _) in enumerate(self.words):
            self.start_of[s] = i
            self.end_of[e] = i
            for c in range(s, e):
                self.word_at[c] = i

    def is_start(self, c: int) -> bool:
        return 0 <= c < len(self.start_of) and self.start_of[c] >= 0

    def is_end(self, c: int) -> bool:
        return 0 <= c < len(self.end_of) and self.end_of[c] >= 0

    def covering(self, c: int) -> Word | None:
        i = self.word_at[c] if 0 <= c < len(self.word_at) else -1
        return self.words[i] if i >= 0 else None

    def ending_at(self, c: int) -> Word | None:
        i = self.end_of[c] if 0 <= c < len(self.end_of) else -1
        return self.words[i] if i >= 0 else None


def transliterated(name: str, chars: frozenset[str]) -> bool:
    """Whether `name` is made only of the characters of foreign-name transcription."""
    return bool(chars) and all(c in chars for c in name)


@dataclass(frozen=True, slots=True)
class AbbrCue:
    """A context that makes place abbreviations name places (lexicon/abbreviation_cues.tsv)."""

    cue: str
    side: str  # "before" (访华) or "after" (中美两国)
    min_run: int
    abbrs: frozenset[str]  # empty: any abbreviation


def longest_first(words: Iterable[str]) -> re.Pattern[str]:
    """An alternation of `words` that matches the longest one at a position (副秘书长 before 秘书长)."""
    return re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")")


@dataclass
class Lexicon:
    """The data the rules read (see kg/data/lexicon and kg/data/gazetteers)."""

    suffixes: list[tuple[str, str, int, bool, bool]]  # suffix, label, min_prefix, inside_word, needs_proper
    generic: frozenset[str]
    titles: dict[str, str]  # title -> implied organisation ('' if none)
    surnames: frozenset[str]
    streets: frozenset[str]  # full names: 七星岗街道
    communities: frozenset[str]  # full names: 石油路社区
    national_communities: frozenset[str] = frozenset()  # every 社区 name of the PRC (communities_cn.txt)
    org_ending_words_not: tuple[str, ...] = ()  # 干部, 场所: words that end as a body and are none
    abbr_use: dict[str, str] = field(default_factory=dict)  # 美 -> all | run | cue (place_abbreviations.tsv)
    abbr_cues: list[AbbrCue] = field(default_factory=list)
    abbr_not_runs: frozenset[str] = frozenset()  # 中华, 美德: words, not lists of places
    abbr_name_heads: tuple[str, ...] = ()  # 铁路, 高速: a run before them begins a name (京沪铁路)
    area_names: frozenset[str] = frozenset()  # 渝中, 渝中区: a run of abbreviations that is one place's name
    world_places: frozenset[str] = frozenset()  # 中国, 美国, 欧洲 (gazetteers/world_places.txt)
    vague_places: frozenset[str] = frozenset()  # 文化广场, 体育文化公园: kinds of venue, none named
    city_names: frozenset[str] = frozenset()  # 重庆, 北京市: provinces and cities (not 屏山 of 屏山县)
    org_heads: list[tuple[str, str, int]] = field(default_factory=list)  # head, word|end, min_len (org_heads.tsv)
    org_heads_not: frozenset[str] = frozenset()
    org_head_modifiers: frozenset[str] = frozenset()
    split_titles: dict[str, str] = field(default_factory=dict)  # 部长 -> 部 (split_titles.tsv)
    title_modifiers: frozenset[str] = frozenset()  # 代理, 常务: they modify a title (title_modifiers.txt)
    list_suffixes: tuple[str, ...] = ()  # 计划, 工程: a list of programmes sharing one (programme_list_suffixes.txt)
    # 项目 -> 重点 …: 重点项目 is a kind of project, no project (suffix_kinds.tsv)
    suffix_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    translit: frozenset[str] = frozenset()  # characters of transcribed foreign names (transliteration_chars.txt)
    name_end_words: frozenset[str] = frozenset()  # 主持, 传达, 及: a name after a title ends there
    name_tail_adverbs: frozenset[str] = frozenset()  # 刚, 就: not a name's third character
    title_adverbs: frozenset[str] = frozenset()  # 多次, 马上: adverbs after a title, no name (title_adverbs.txt)
    role_nouns: frozenset[str] = frozenset()  # 居民, 志愿者: a name may follow (person_role_nouns.txt)
    category_nouns: frozenset[str] = frozenset()  # 企业, 学校: a kind before a name, no part of it
    project_verbs: frozenset[str] = frozenset()  # 加装, 改造: verbs inside a project's name
    road_endings: frozenset[str] = frozenset()  # 路, 大道: a road's kind (a suffix's road is named by one word)
    street_offices: tuple[str, ...] = ()  # 城建办, 文化站: a street's own offices (street_office_tails.txt)
    # 网, 日报: an outlet's name in a web page's furniture; 报 only where 来源 does not precede it
    # (the furniture column of ingest/outlets.tsv: y, paper)
    outlet_endings: tuple[str, ...] = ()
    outlet_papers: tuple[str, ...] = ()

    def transliterated(self, name: str) -> bool:
        return transliterated(name, self.translit)

    def is_place(self, name: str) -> bool:
        """A known area's or world place's name (渝中区, 苏联)."""
        return name in self.area_names or name in self.world_places

    @cached_property
    def outlet_re(self) -> re.Pattern[str]:
        """An outlet named in a web page's furniture (人民网>>重庆频道, 技术支持:荆楚网)."""
        return re.compile(_OUTLET_BEFORE + _outlet_name(self.outlet_endings + self.outlet_papers) + _OUTLET_AFTER)

    @cached_property
    def outlet_source_re(self) -> re.Pattern[str]:
        """An outlet after 来源: (no paper by 报 alone there)."""
        return re.compile("(?<=来源[:：])\\s*" + _outlet_name(self.outlet_endings))

    @cached_property
    def dailies(self) -> tuple[str, ...]:
        """日报, 晚报 …: the furniture's endings of papers by more than 报."""
        return tuple(e for e in self.outlet_endings if e.endswith("报") and len(e) > 1)

    @cached_property
    def suffix_re(self) -> re.Pattern[str]:
        alts = sorted({s for s, *_ in self.suffixes}, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, alts)))

    @cached_property
    def suffix_info(self) -> dict[str, tuple[str, int, bool, bool]]:
        return {s: (label, mp, inside, proper) for s, label, mp, inside, proper in self.suffixes}

    def ends_as_body(self, text: str) -> bool:
        """Whether `text` ends as a body's or a hospital's name does (…委, …公司, …社康)."""
        return _BODY_END.search(text) is not None or text.endswith(self.hospital_suffixes)

    @cached_property
    def hospital_suffixes(self) -> tuple[str, ...]:
        return tuple(sfx for sfx, (label, *_rest) in self.suffix_info.items() if label == "Hospital")

    @cached_property
    def title_re(self) -> re.Pattern[str]:
        return longest_first(self.titles)

    @cached_property
    def programme_list_re(self) -> re.Pattern[str]:
        suffixes = "|".join(map(re.escape, self.list_suffixes))
        items = f"((?:[{HAN}]{{2,12}}、)+[{HAN}]{{2,12}})"
        return re.compile(f"{items}等(?:[0-9一二三四五六七八九十]+[个项大])?({suffixes})")

    @cached_property
    def foreign_after_title_re(self) -> re.Pattern[str]:
        tr = "".join(sorted(self.translit))
        name = f"[{tr}]{{2,8}}(?:·[{tr}]{{2,8}})*"
        return re.compile(f"(?:{self.title_re.pattern})({name})(?={self.name_end_re})")

    @cached_property
    def name_after_title_re(self) -> re.Pattern[str]:
        """A post title or a role noun (居民, 志愿者), then a surname and one or two characters."""
        roles = sorted(self.role_nouns, key=len, reverse=True)
        heads = self.title_re.pattern + "".join(f"|{re.escape(r)}" for r in roles)
        return re.compile(f"(?P<head>{heads})(?P<name>{self.surname_re}[{HAN}]{{1,2}})(?={self.name_end_re})")

    @cached_property
    def street_office_re(self) -> re.Pattern[str]:
        """街道 (a town's 镇 or 乡), a name of up to six characters, then a street office's ending (街道城建办,
        街道老旧小区改造办, 城桥镇社建办)."""
        tails = "|".join(map(re.escape, sorted(self.street_offices, key=len, reverse=True)))
        return re.compile(f"(?P<unit>街道|镇|乡)(?P<mid>[{HAN}]{{0,6}}?)(?:{tails})")

    @cached_property
    def department_name_re(self) -> re.Pattern[str]:
        """A clinical department (…科), a surname and one or two characters, then the doctor's title."""
        return re.compile(f"(?<=[{HAN}]科)(?P<name>{self.surname_re}[{HAN}]{{1,2}}?)(?={_CLINICAL_TITLE})")

    @cached_property
    def name_end_re(self) -> str:
        words = sorted(self.name_end_words, key=len, reverse=True)
        return "(?:" + _NAME_END_PUNCT + "".join(f"|{re.escape(w)}" for w in words) + ")"

    @cached_property
    def name_end(self) -> re.Pattern[str]:
        """What ends a name (name_end_re), compiled once."""
        return re.compile(self.name_end_re)

    @cached_property
    def listed_name_re(self) -> re.Pattern[str]:
        """A surname and one or two characters: a name in a list (张琳鑫、楼存根)."""
        return re.compile(f"{self.surname_re}[{HAN}]{{1,2}}")

    @cached_property
    def title_end_re(self) -> re.Pattern[str]:
        """A post title closing a string (黄浦区委|书记)."""
        return re.compile(f"(?:{self.title_re.pattern})$")

    @cached_property
    def surname_re(self) -> str:
        two = sorted((s for s in self.surnames if len(s) == 2), key=len, reverse=True)
        one = "".join(s for s in self.surnames if len(s) == 1)
        return "(?:" + "".join(f"{s}|" for s in two) + f"[{one}])"


# ---------------------------------------------------------------------------
# names read back from a suffix: 重庆仁品耳鼻喉医院, 区摄影家协会, 大田湾体育场


JOINERS = frozenset({"联合", "携手", "会同", "协同", "联手", "共同", "以及"})  # 新凤社区|联合|凤鸣山中学: two names
# what after a joiner makes it the start of one name (联合国, 联合会; a joint office or team: 联合计划署,
# 联合工作组), not two (联合|国家金融监督管理总局)
JOINER_OPENS_NAME = re.compile(f"国(?!家)|[会体党组社大队]|[{HAN}]{{2}}[署组]")
_TWO_NAMES = re.compile(f"[{HAN}]{{2,}}(?:{'|'.join(sorted(JOINERS))})(?!{JOINER_OPENS_NAME.pattern})[{HAN}]{{3,}}")


class Joint(NamedTuple):
    """Two names printed as one: the first ends at ``first_end``, the second starts at ``second``."""

    first_end: int
    second: int


def joined_names(name: str, body_end: Callable[[str], object] | None = None,
                 places: Callable[[str], object] | None = None) -> Joint | None:
    """Two names printed as one (even as one word of the model), or None for one name: joined by
    联合/携手 … (新凤社区|联合|凤鸣山中学; not 联合国, 欧洲联合会, 共同体), one organising the other
    (扎赉诺尔区科协|组织|区儿童科技馆科普志愿服务队), or by a conjunction after a body's or a unit's
    ending (渝中区人民法院|和|解放碑派出所, 中国科学院|同|苏联科学院, 七星岗街道|同|区城市管理局; the last such
    conjunction: the second name is the one that ends the text; not 市政协农业|和|农村委员会: a remit). 同 joins
    only before an area's unit or a place's name (苏联, 英国; ``places`` tests a name): 同济, 同仁 open names
    (华中科技大学同济医学院). ``body_end`` tests whether a text ends as a body's name (by default: ends so,
    ``_BODY_END``)."""
    if _TWO_NAMES.fullmatch(name) is not None:
        j = max((j for j in JOINERS if j in name), key=lambda j: name.rfind(j) + len(j))
        return Joint(name.rfind(j), name.rfind(j) + len(j))
    if (v := _BODY_ORGANISES.fullmatch(name)) is not None:
        return Joint(v.end(1), v.start(2))
    ends_body = body_end or _BODY_END.search
    for c in reversed([c.start() for c in CONJUNCTION.finditer(name, 2, len(name) - 2)]):
        if name[c] == "同" and name[c + 1] not in AREA_UNITS \
                and not (places is not None and any(places(name[c + 1:c + 1 + k]) for k in range(2, 7))):
            continue
        if name[c - 1:c + 1] == "协和" and name[c - 2:c] not in ("政协", "科协", "作协", "体协"):
            continue  # 北京协和医院, 华中科技大学同济医学院附属协和医院: one name (中国作协|和|…: two)
        if ends_body(name[:c]) or _UNIT_END.search(name, 0, c):
            return Joint(c, c + 1)
    return None


AREA_UNITS = "区市县省"  # 同|区城市管理局: a district's body

# (not 区委组织部, 社区社会组织孵化中心: 组织 inside one name)
_BODY_ORGANISES = re.compile(f"([{HAN}]{{2,}}?(?:科协|妇联|团委|工会|党委|党总支|党支部|居委会|委员会|局|中心))组织"
                             f"((?!部)[{HAN}]{{3,}})")
_VERBAL_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "w", "xc"})  # (部长强调，: no name)
_DATELINE = re.compile("本报讯|[报网台社]讯")
_PUNCT_IN_NAME = re.compile("[。，、；：！？,;:!?]+")
_PUNCT_OR_PLUS = re.compile("[。，、；：！？,;:!?+＋]+")  # (综治中心+|城区派出所: two bodies; “党建+”项目 a programme)
COUNTED = re.compile("[0-9一二两三四五六七八九十几多]+[家个所座]$")  # 4家, 285所: a count of bodies
# a body left unnamed: 广东某|鞋业有限公司, 重庆一家|科技公司, 曼谷一家|报社 (not 统一家居, 第一所)
UNNAMED = re.compile("某|(?<![统唯第])[一几][家所座]")
# a body's ending (社会, society, is none)
_BODY_END = re.compile("(?:委|政府|人大|政协|党组|部|局|厅|办|院|(?<!社)会|校|集团|公司|中心|大学|站|所|队)$")
CONJUNCTION = re.compile("[同和与及]")
_UNIT_END = re.compile("(?:街道|社区|村|镇|乡)$")
_CONTAINER_END = re.compile("(?:(?<![社小街园])区|县|市|镇|乡|村|街道|社区)$")


_VISIT_VERBS = frozenset("到看去赴访查抓搞推做引签谈建在上下进")  # (到江北区看光伏项目: a visit, no name)


def _read_back(text: str, widx: WordIndex, start: int, lex: Lexicon, programme: bool = False,
               place: bool = False, suffix_at: int | None = None, works: bool = False) -> int:
    """Leftmost start of a name whose last words end at `start`. A venue's name (``place``)
    stops after the area, street or community that contains it (南川区|凤嘴江滨河公园); a project's
    (``works``) holds a verb after a proper name (江苏|超|电项目)."""
    pos = start
    while pos > 0 and start - pos < MAX_NAME:
        w = widx.ending_at(pos)
        if w is None:
            break
        s, e, tag = w
        word = text[s:e]
        if place and tag in ("LOC", "ORG", "nz") and _CONTAINER_END.search(word) and (
                not word.endswith("村") or (suffix_at if suffix_at is not None else start) - pos >= 2):
            break  # (民主村小区: a compound named after its village, no venue of its own name)
        if programme and tag in ("LOC", "ORG", "nz") and _UNIT_END.search(word) and pos < start:
            break  # 玉祁街道玉东村|松涛苑小区电梯加装项目: the works lie in the village, not named by it
        if programme and tag == "v" and word in lex.project_verbs:
            tag = "vn"  # 开明巷|加装|电梯项目: a works' name holds its verb
        elif programme and works and tag == "v" and pos < start and e - s == 1 and word not in _VISIT_VERBS \
                and (prev := widx.ending_at(s)) is not None and prev[2] in ("LOC", "ORG", "nz") \
                and prev[1] - prev[0] >= 2:
            tag = "vn"  # 江苏|超|电项目: a verb of one character between a proper name and the works' nouns
            # (not 到江北区|看|光伏项目, 到重庆|考察|物流项目: a visit to a kind of project)
        if tag == "TIME" and re.fullmatch("(?:19|20)\\d\\d年?", word) and programme:
            tag = "m"  # a year opens a programme's name: 2025重庆城市足球超级联赛
        if tag not in NAME_TAGS or word in lex.generic or not re.search(f"[{HAN}A-Za-z0-9]", word) \
                or (len(word) >= 2 and word[0] in GENERIC_FIRST):
            break  # (各村|党总支: a word of the model's opened by 各 names none)
        if tag == "PER" and (prev := widx.ending_at(s)) is not None and text[prev[0]:prev[1]] in lex.titles:
            break  # 城郊镇党委书记刘振亚|同鱼河峁镇党委: a post's holder after the title is no part of a name
        if (tag == "f" and len(word) >= 2) or COUNTED.search(word) or word in JOINERS:
            break  # 疫情期间|武汉大学人民医院; 东湖高新区4家|社区卫生服务中心 (a count: no name)
        if word == "电" and text[s - 1:s] == "日":
            break  # a dateline ends there: 北京6月29日电|中国国家发展计划委员会
        if tag == "m" and not (_ORDINAL.fullmatch(word) and (programme or not word[:1].isdigit())):
            break  # 第一中学, 第十二届, (a programme's) 2025 yes; 11个, 一场 no
        pos = s
    return pos


_FACILITY_MODIFIERS = frozenset({"综合", "居家", "家门口", "老年人"})


def _unit_before(text: str, widx: WordIndex, start: int) -> int:
    """The start of a street, town, community or village right before `start`, across one modifier
    the model reads as a verb or an adverb (张庙街道|综合|为老服务中心, 合兴村|家门口|养老服务站); else `start`."""
    pos = start
    if (w := widx.ending_at(pos)) is not None and text[w[0]:w[1]] in _FACILITY_MODIFIERS:
        pos = w[0]
    u = widx.ending_at(pos)
    if u is not None and u[2] == "LOC" and _UNIT_END.search(text[u[0]:u[1]]):
        return u[0]
    return start


def _words_in(widx: WordIndex, start: int, end: int) -> list[Word]:
    out: list[Word] = []
    pos = start
    while pos < end:
        w = widx.covering(pos)
        if w is None:
            pos += 1
            continue
        out.append(w)
        pos = max(w[1], pos + 1)
    return out


# the nation or the world before a kind of venue (中国市场, 国际市场: no venue named)
_NATIONAL = frozenset({"中国", "全国", "国内", "国际", "海外", "全球", "境内", "境外"})
_AREA_KINDS = frozenset({"景区", "市场"})  # 渝中景区: the area's scenic parts, when the area names them


def suffix_names(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    out: list[Cand] = []
    for m in lex.suffix_re.finditer(text):
        s, e = m.span()
        label, min_prefix, inside_ok, needs_proper = lex.suffix_info[m.group(0)]
        if not widx.is_end(e) or (label == "Programme" and text.startswith("师", e)):
            continue  # (高级工程|师范洪水: an engineer, the model's words cut wrong)
        w = widx.covering(s)
        if w is None or (w[1] == e and w[2] in ("v", "vd", "ad", "d")):
            continue  # 学会 in 在超市里学会 is a verb
        if w[0] < s:  # the suffix starts inside a word: 耳鼻喉医院, 团队
            if not inside_ok and w[2] not in PROPER_TAGS:
                continue
            if w[2] == "PER" and w[1] == e and w[1] - w[0] <= 4:
                continue  # 副书记李大道: a person's name ends as the kind does (not 颜龙山水小区, no name)
            head = w[0]
            if text[head:s] in lex.generic:
                continue
        else:
            head = s
        start = _read_back(text, widx, head, lex, programme=label == "Programme", place=label == "Place",
                           suffix_at=s, works=m.group(0) == "项目")
        if label == "Organization" and s - start < min_prefix:
            start = _unit_before(text, widx, start)  # 张庙街道|综合|为老服务中心: the unit names the facility
        if label == "Place" and m.group(0) in lex.road_endings:  # 项目|龙岗|大道, 机场|大道: a road is named
            # by the one word before it
            one = widx.ending_at(head) if head == s else None  # (三井小学|龙城大道: by the model's word)
            start = max(start, one[0] if one is not None else head)
        if m.group(0) == "委员会" and text[start - 1:start] == "和" and s - start >= 2 \
                and start - 1 - (before := _read_back(text, widx, start - 1, lex)) >= 2 \
                and not _BODY_END.search(text, 0, start - 1) \
                and not any(text.endswith(t, before, start - 1) for t in lex.titles):
            # (…委员会|和|常委会代表工作委员会, 党支部书记|和|业主委员会: two bodies, or a person and a body)
            start = before  # 市政协农业|和|农村委员会, 港澳台侨|和|外事委员会: two remits joined by 和
        # (跃进村街道|革新文化广场: a venue right after the street or area it lies in keeps its first word)
        unit = widx.ending_at(start) if label == "Place" else None  # the place's word before the venue
        if unit is not None and text[unit[0]:unit[1]] == "社区" and (u0 := widx.ending_at(unit[0])) is not None \
                and u0[2] in ("LOC", "ORG", "nz"):
            unit = (u0[0], unit[1], "LOC")  # 逢源街|社区|文化广场: the model reads the community's name apart
        unit = unit if unit is not None and unit[2] == "LOC" else None
        in_unit = unit is not None and text.endswith(("街道", "社区", "镇", "乡", "区", "县"), unit[0], unit[1]) \
            and s - start >= 2
        if unit is not None and text[start:e] in lex.vague_places and text.endswith(("社区", "村", "镇", "乡"),
                                                                                   unit[0], unit[1]) \
                and text[unit[0]:unit[1] - 2] not in lex.area_names:  # (重庆|社区体育文化公园: a kind in a city)
            start = unit[0]  # 赵家山社区|体育文化公园: a kind of venue the community (or village, town) names
        while not in_unit and start < head and (w0 := widx.covering(start)) is not None and w0[1] <= head and (
                w0[2] in ("vn", "v", "a", "f") or text[w0[0]:w0[1]] in lex.category_nouns):
            start = w0[1]  # a name does not start with a verb, a modifier or a kind: 联合天骄智慧服务集团, 企业|伯乐…
        if label == "Organization" and re.search("[)）]", text[start:s]) and not re.search("[(（]", text[start:s]) \
                and text[start - 1:start] in ("(", "（"):
            before = _read_back(text, widx, start - 1, lex)  # 青岛啤酒|(潍坊)|制造有限公司: a place in
            if before < start - 1:  # parentheses inside a company's name
                start = before
        if label == "Hospital" and text.startswith("院", start) and text.endswith(("我", "本", "该"), 0, start):
            start += 1  # 我院|新城社区卫生服务中心: the writer's hospital, then the centre's name
        if text.startswith("区", start) and text.endswith(("开发", "经开", "高新"), 0, start):
            start -= 2  # 开发|区党工委: the zone's name, no verb
        q = text.rfind("“", max(0, start - 18), start) if text[start - 1:start] == "”" else -1
        if label == "Programme" and q >= 0 and "”" not in text[q:start - 1] \
                and not re.search("[，。、；：\\s]", text[q:start]):
            start = q  # “爱满京城”|学雷锋志愿服务月: the quoted name opens the programme's
        while (joint := joined_names(text[start:e], lex.ends_as_body, lex.is_place)) is not None \
                and start + joint.second <= s:
            start += joint.second  # 新凤社区联合|凤鸣山中学, 中国科学院同|苏联科学院: the second name
        for c in reversed([c.start() for c in CONJUNCTION.finditer(text, start + 2, s)]):
            if (b := widx.ending_at(c)) is not None and b[2] == "ORG" \
                    and widx.covering(c) in ((c, c + 1, "c"), (c, c + 1, "p")):
                start = c + 1  # 人民解放军西藏军区|和|西藏自治区筹备委员会: the model's body, then a conjunction
                break
        if (stops := list((_PUNCT_IN_NAME if label == "Programme" else _PUNCT_OR_PLUS).finditer(text, start, s))):
            start = stops[-1].end()  # 北京大学|。和平医院 (the model's one "word"): no name runs over a stop
        if (lines := list(_DATELINE.finditer(text, start, s))):
            start = lines[-1].end()  # 创造条件本报讯|沈铁通辽分局 (a line break lost): the dateline opens the news
        if label in ("Organization", "Hospital") and text.startswith(("社区", "街道"), start) \
                and not m.group(0).startswith("社区"):  # (社区联合医院: a community's hospital, unnamed)
            continue  # 社区党群服务中心, 街道综治中心: a community's or a street's (unnamed) body
        if label == "Organization" and (m.group(0).startswith("社区") or text.endswith("社区", 0, s)) \
                and "街道" in text[start:s] and not text.startswith("中共", start):
            # 朝天门街道|棉花街社区党委, 碧鸡街道办事处|西华社区居委会 (not 中共长安街道长宁社区委员会: a full name)
            cut = text[start:s].rindex("街道") + 2
            cut += 3 if text.startswith("办事处", start + cut) else 0
            if text[start + cut:s] not in ("", "社区"):  # (花溪街道|社区养老服务中心: the street's, no community
                start += cut  # named)
        if label == "Place" and m.group(0) in _AREA_KINDS and (
                text[start:s] in lex.area_names or text[start:s] in lex.world_places or text[start:s] in _NATIONAL):
            continue  # 渝中景区, 中国市场: the area's scenic parts, its market, no venue named
        if m.group(0) in ("公司", "企业") and (text[start:s] in lex.world_places or text[start:s] in _NATIONAL):
            continue  # 美国公司“消肿”, 国内企业: a country's companies, none named
        if m.group(0) == "商会" and text[s - 1:s] == "协":
            continue  # 小区改造协商会: a consultation meeting, no chamber of commerce
        if m.group(0) == "办公室" and (who := widx.ending_at(s)) is not None and who[2] == "PER" and who[0] <= start:
            continue  # 来到刘延宇|办公室: a person's office, no body named
        if m.group(0) == "指挥部" and text.endswith(("项目", "工程"), 0, s):
            continue  # 汇通农商城建设项目|指挥部: the project's headquarters; the project is what is named
        if s - start < min_prefix or text[s - 1:s] == "类" or UNNAMED.search(text, max(0, start - 1), s):
            continue  # (民生服务类项目: a kind of project, not one; 广东某|鞋业有限公司: a company left unnamed)
        if ((kind := widx.ending_at(s)) is not None and text[kind[0]:s] in lex.suffix_kinds.get(m.group(0), ())) \
                or (head < s and text[head:s] in lex.suffix_kinds.get(m.group(0), ())):  # (金融市场 one word)
            continue  # 惠济区重点项目, 公租房小区: a kind of project or compound, not one
        if label == "Organization" and (t := lex.title_re.match(text, s)) is not None and t.end() > e \
                and _BODY_END.search(text[start:s]):
            continue  # 党委 in 市卫生健康委党委委员 is part of the title 党委委员 (开发区|党工委委员: a zone's body)
        prefix = text[start:s]
        if needs_proper and not any(w[2] in PROPER_TAGS and w[0] >= start for w in _words_in(widx, start, s)):
            continue  # 健康重庆行动 yes (a place names it); 高质量发展行动 no
        if m.group(0).startswith("社区卫生服务") and not (
                re.search("(?:街道|镇|乡|区)$", prefix) or prefix + "街道" in lex.streets
                or any(w[2] in PROPER_TAGS for w in _words_in(widx, start, s))):
            continue  # a street's (大坪), a place's (猫儿石) centre; not 全市 or 各
        out.append(Cand(start, e, label, f"suffix:{m.group(0)}"))
    return out


# ---------------------------------------------------------------------------
# streets and communities: 七星岗街道, 石油路社区, 朝天门、南纪门、上清寺等7个街道

_FORM = re.compile(f"([{HAN}]{{2,5}}?)(街道|社区)")
_LIST = re.compile(
    f"((?:[{HAN}]{{2,5}}?、)+(?:[{HAN}]{{2,5}}?))(?:(?:等|和|及)?\\s*[0-9一二两三四五六七八九十]*个?)(街道|社区)"
)
_ITEM_SPLIT = re.compile("、")
_NUMERALS = {**{c: i for i, c in enumerate("一二三四五六七八九十", 1)}, "两": 2, **{str(i): i for i in range(2, 10)}}
_JOINED = re.compile(f"((?:[{HAN}]{{2,5}}?、)*[{HAN}]{{2,5}}?)(和|及|与|以及)([{HAN}]{{2,5}}?)(街道|社区)")
_LIST_TAIL = re.compile(r"(?:等|和|及)\s*[0-9一二三四五六七八九十]*个?$")


_JOINER_WORDS = frozenset({"与", "和", "同", "及", "会同", "联合", "跟"})  # (not 沿 of 西河沿, a name)
_NOT_UNIT_NAME = re.compile("(?:区|县|市|省|委|局|办|部|所)$")  # (新华街派出所|社区民警: a station's)
# a compound's part or a numbered courtyard names a community though it ends as an area does
# (玉林里二区社区, 朱家坟南区社区, 189号院社区; not 渝中区社区, 市中区社区: known areas)
_SUBDIVISION = re.compile("(?:[东西南北中一二三四五六七八九十]区|[0-9]+号院)$")
# 民主|村社区, 海边|街社区, 东里|北|社区, 振|中|社区: a one-character tail of a place's name
_PLACE_NAME_TAILS = frozenset("村街苑园里坊湾坝巷路桥坡东南西北中")


_NUMERAL_TAILS = frozenset("一二三四五六七八九")
_AREA_UNIT_END = re.compile("[区县市省镇乡]$")


def _items_before(text: str, s: int) -> int:
    """How many items of a list separated by 、 end right before `s` (荷花池、金槐、|翠岗: 2)."""
    m = _ITEMS_BEFORE.search(text, max(0, s - 60), s)
    return m.group().count("、") if m is not None else 0


_ITEMS_BEFORE = re.compile(f"(?:[{HAN}]{{1,8}}、)+$")


def _all_proper(widx: WordIndex, s: int, e: int, text: str) -> bool:
    """Whether [s, e) is made of whole words that are all proper names (LOC, ORG, nz ...); the
    last may be a one-character place-name tail after them (民主|村)."""
    pos = s
    while pos < e:
        w = widx.covering(pos)
        if w is None or w[0] != pos or w[1] > e:
            return False
        tail = pos > s and w[1] == e == pos + 1 and (text[pos:e] in _PLACE_NAME_TAILS or (
            text[pos:e] in _NUMERAL_TAILS and not _AREA_UNIT_END.search(text, s, pos)
            and not 0 < _items_before(text, s) == _NUMERALS[text[pos]] - 1))
        # (清|一社区, 红星|二社区: a numeral closing a community's name after a place's; not 渝中区|一社区,
        # nor the count of a list, 荷花池、金槐、桂香苑、翠岗|四社区)
        if w[2] not in PROPER_TAGS and not tail:
            return False
        pos = w[1]
    return True


_BESIDE = re.compile(f"(?<=[、到赴])([{HAN}]{{2,3}})社区(?=、)")


def _listed_beside(text: str, widx: WordIndex, lex: Lexicon, found: list[Cand]) -> list[Cand]:
    """到至善社区、樱花苑社区: a community listed before another the rules name, its name one word the
    model reads otherwise (至善: a verb)."""
    starts = {c.start for c in found if c.label == "Community"}
    ends = {c.end for c in found}
    ends_of_communities = {c.end for c in found if c.label == "Community"}
    out = []
    for m in _BESIDE.finditer(text):
        s, e = m.start(1), m.end()
        w = widx.covering(s)
        if s in starts or e in ends or w is None or (w[0], w[1]) != (s, m.end(1)) \
                or w[2] in _NOT_NAME_TAGS - {"v", "a"} or m.group(1) in lex.generic \
                or not (e + 1 in starts or (text[s - 1] == "、" and (s - 1 in ends_of_communities or (
                    (x := widx.ending_at(s - 1)) is not None and x[2] == "LOC")))):
            continue  # (龙河小区、玉带社区、: after a named place too)
        out.append(Cand(s, e, "Community", "社区:listed-beside"))
    return out


def _street_short_before(text: str, end: int, lex: Lexicon) -> bool:
    """A street printed in its short form right before `end` (洪山区关山街|葛光社区, 汉阳区晴川街|国棉社区:
    关山街道 of the gazetteer, as Wuhan and Guangzhou print their streets)."""
    return text.endswith("街", 0, end) and not text.startswith("道", end) \
        and any(text[end - k:end] + "道" in lex.streets for k in range(3, 7))


def _an_area_or_body(name: str, lex: Lexicon) -> bool:
    """Whether a name before 社区 ends as an area or a body does (中原区|社区, 派出所|社区), not as a
    compound's part (玉林里二区社区)."""
    return _NOT_UNIT_NAME.search(name) is not None and (
        _SUBDIVISION.search(name) is None or name in lex.area_names or name in lex.city_names)


_BUILD_VERBS = ("打造", "建设", "建成", "建好", "创建", "争创", "创成", "共建", "构建", "营造", "培育")
_BUILT_AFTER = re.compile("(?:示范)?(?:建设|创建)")


def a_kind_to_build(text: str, start: int, end: int) -> bool:
    """A community's name printed as a kind to build: a verb of building right before it or building
    right after it (打造|幸福社区, 建设|平安社区, 阳光社区|创建: names that communities bear too, read by the
    model as one place)."""
    return text.endswith(_BUILD_VERBS, 0, start) or _BUILT_AFTER.match(text, end) is not None


_COMMUNITY_NAME_TAGS = frozenset({"n", "nz", "s", "ns", "nw", "LOC", "ORG", "PER"})
_TO_A_COMMUNITY = ("来到", "走进", "走访", "前往", "深入", "到", "在", "家住", "住在", "位于", "街道", "镇", "乡")
_COMMUNITY_AFTER = re.compile("党|居委|居民|书记|主任|网格|工作人员|志愿|负责人|辖区|卫生服务|文明实践|服务站|服务中心"
                              "|开展|举办|组织|召开|联合|邀请")


def street_community_forms(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    out: list[Cand] = []
    label_of = {"街道": "Street", "社区": "Community"}
    known = {"街道": lex.streets, "社区": lex.communities}
    for m in _FORM.finditer(text):
        kind = m.group(2)
        # try the longest name that starts at a word boundary
        best = None
        for k in range(min(6, m.start(2)), 1, -1):
            s = m.start(2) - k
            name = text[s:m.start(2)]
            if k == 6 and not ((w6 := widx.covering(s)) is not None and w6[0] == s and w6[1] == m.start(2)
                               and w6[2] == "LOC"):
                continue  # (a six-character name only as one place word of the model: 南站铁路二村|社区)
            # 骅中街道|文化路社区 (one word to the model): a community's name after its street's
            # (东南街道办事处|下中坝社区: after the street's office too)
            after_street = kind == "社区" and (text.endswith(("街道", "办事处", "街道办"), 0, s)
                                              or _street_short_before(text, s, lex)) \
                and "街道" not in name and not name.startswith(("办", "事处", "处")) \
                and not any(text[w[0]:w[1]] in _JOINER_WORDS for w in _words_in(widx, s, m.start(2))) \
                and "委" not in name
            # (街道办|事处…: no name; 街道团工委与|社区, 街道团工委会同社区: a body, then a joiner)
            if not (widx.is_start(s) or after_street) or name in lex.generic or not re.fullmatch(f"[{HAN}]+", name) \
                    or (kind == "社区" and "街道" in name):
                continue  # (沙嘴街道沙嘴|社区: the street's name and the community's, not one name)
            full = name + kind
            if full in known[kind]:
                if best is None or best[1] != "after-street" or (
                        widx.is_start(s) and widx.is_start(best[0]) and s - best[0] >= 2
                        and all(w[2] in ("n", "vn") for w in _words_in(widx, best[0], s))):
                    best = (s, "gazetteer")  # (下中坝社区 read after its street, not 中坝社区; but 香山街道|筹备组|
                    # 香山社区: a common word before the known community is no part of its name)
                break
            if best is None and after_street and (w := widx.covering(s)) is not None and w[0] == s \
                    and w[1] == m.end():
                best = (s, "after-street")  # 南苑街道|新梅社区: the model reads name and 社区 as one word
                continue
            if best is None and widx.is_end(m.start(2)) and _all_proper(widx, s, m.start(2), text) \
                    and name not in lex.city_names and not _an_area_or_body(name, lex) \
                    and not (kind == "社区" and any(
                        w[2] in ("LOC", "ORG") and text.endswith(("镇", "乡", "区", "县", "市"), w[0], w[1])
                        and not text.endswith(("小区", "社区", "园区", "景区"), w[0], w[1]) and w[1] - w[0] >= 3
                        and w[1] <= m.start(2) - 2 for w in _words_in(widx, s, m.start(2)))):
                # (菱湖镇|西栅社区, 津南区|万盈社区: the town or the district, then the community's name)
                best = (s, "form")  # (not 重庆社区, 中原区社区, 市卫健委社区处: an area's or a body's 社区)
            elif best is None and kind == "社区" and full in lex.national_communities \
                    and full not in lex.vague_places and widx.is_start(s) and widx.is_end(m.start(2)) \
                    and name not in lex.area_names and not _an_area_or_body(name, lex) \
                    and all(w[2] in _COMMUNITY_NAME_TAGS for w in _words_in(widx, s, m.start(2))) \
                    and (text.endswith(_TO_A_COMMUNITY, 0, s) or _COMMUNITY_AFTER.match(text, m.end())):
                best = (s, "national")  # 来到|朝晖社区, 鸿福社区|党委: a community's name of the PRC, of common
                # nouns, where the text treats it as one place (not 打造|书香社区, 花园社区|建设: kinds to
                # build; nor 发展|社区服务, a verb; nor 城乡社区, a kind: vague_places.txt; nor 中原区|社区卫生
                # 服务机构: an area's)
            elif best is None and after_street and k >= 2 and (not widx.is_start(s) or (k >= 3 and any(
                    w[2] in PROPER_TAGS for w in _words_in(widx, s, m.end()))
                    and (w0 := widx.covering(s)) is not None and (w0[2] not in _NOT_NAME_TAGS or (
                        w0[1] == s + 1 and w0[2] == "v" and text[s] not in "到去赴至为"
                        and (w1 := widx.covering(s + 1)) is not None and w1[0] == s + 1
                        and w1[2] in PROPER_TAGS)))):
                best = (s, "after-street")  # (上清寺街道上|清寺路社区: the model's place, cut wrong;
                # 石马河街道来|鹿寺社区: a name's first character the model reads as a verb)
            elif best is None and after_street and k >= 2 and (w := widx.covering(s)) is not None and w[0] == s \
                    and w[1] > m.end() and w[2] in ("ORG", "LOC"):
                best = (s, "after-street")  # 九龙办事处|宇通社区联合和谐家园…: two bodies the model joined;
                # 南站街道|铁二社区邻里中心: the community's venue the model reads as one place
            elif best is None and after_street and k == 3 and text[m.start(2) - 1] in "一二三四五六七八九十" \
                    and (w1 := widx.covering(s)) is not None and w1[0] == s and w1[1] == m.start(2) - 1 \
                    and w1[2] in ("n", "nz", "s", "a", "an", "LOC", "ORG"):
                best = (s, "after-street")  # 茶山街道|清凉|一|社区: a name and its number after the street
            elif best is None and after_street and k in (2, 3) and (w1 := widx.covering(s)) is not None \
                    and w1[0] == s and w1[1] == m.start(2) and widx.is_start(m.start(2)) and (
                        w1[2] in ("n", "nz", "s") or (w1[2] in ("a", "an", "vn") and (
                            (w2 := widx.covering(m.end())) is None or w2[2] not in ("n", "vn", "nz")))):
                # 西市街道|渡口|社区: a common word names the street's community; so does an adjective when
                # nothing follows that 社区 could qualify (骆驼街道宁静社区学习, not 街道和谐社区建设)
                best = (s, "after-street")
            elif best is None and after_street and k in (3, 4) and widx.is_start(s) \
                    and widx.is_start(m.start(2)) and len(ws := _words_in(widx, s, m.start(2))) == 2 \
                    and all(w[2] in ("n", "nz", "s") for w in ws):
                best = (s, "after-street")  # 鹅山街道|车辆|厂|社区: two common words name it too
        if best is not None:
            s, how = best
            if (v := widx.ending_at(s)) is not None and v[0] == s - 1 and v[2] == "v" \
                    and text[:s - 1].endswith(_GOING_TO) and how == "form":
                s -= 1  # 来到|聚|新家园社区: a one-character verb after a verb of going opens the name
            out.append(Cand(s, m.end(), label_of[kind], f"{kind}:{how}"))
    out.extend(_listed_beside(text, widx, lex, out))
    for m in _LIST.finditer(text):
        kind = m.group(2)
        items, pos = _first_item_from_word(text, widx, m.group(1), m.start(1))
        if any(i in lex.generic or (len(items) < 2 and i + kind not in known[kind]) for i in items):
            continue
        listed = _item_cands(items, pos, kind, label_of[kind])
        # every item must be a known street/community for the list reading to hold, or the list
        # counts its items (等7个街道, 两个街道) and the model reads one of them as a place
        count = text[m.end(1):m.start(2)].strip().removeprefix("等").removeprefix("和").removeprefix("及")
        # (荷花池、金槐、桂香苑、翠岗四社区: a count without 个 that is the number of items)
        counted = re.search("[0-9一二两三四五六七八九十]+个$", count) is not None or _NUMERALS.get(count) == len(items)
        proper = any(w[2] in ("LOC", "ORG", "nz") for c in listed for w in _words_in(widx, c.start, c.end))
        named = all(text[c.start:c.end][-1] in _PLACE_NAME_TAILS and c.end - c.start >= 3 for c in listed)
        if all(c.canonical in known[kind] for c in listed) or (counted and proper) or named:
            # (花园里、联合里社区: each item a place's name by its ending)
            out.extend(listed)
            tail = text[m.end():m.end() + 8]
            if kind == "街道" and tail.startswith("社区卫生服务中心"):
                centre = "社区卫生服务中心"
                out.extend(Cand(c.start, c.end, "Hospital", "街道:list-centre", canonical=f"{c.canonical}{centre}")
                           for c in listed)
    out.extend(_joined_lists(text, widx, lex, known, label_of))
    out.extend(jie_streets(text, widx, lex))
    return out


def street_offices(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """A street's own office, after the street's name or a bare 街道 (黄桷坪街道城管大队, 邀请街道城建办,
    娄葑街道老旧小区改造办): an organisation. A bare 街道 must not end another word's name."""
    out: list[Cand] = []
    if not lex.street_offices:
        return out
    for m in lex.street_office_re.finditer(text):
        s, e = m.start(), m.end()
        if not widx.is_end(e) and (w := widx.covering(e - 1)) is not None and w[1] > e:
            continue  # (the ending inside a longer word)
        if "办事处" in m.group() or any(w[2] in _NOT_NAME_TAGS | {"vn"} for w in _words_in(widx, *m.span("mid"))):
            continue  # (街道办事处对街道关工委, 街道和商会, 街道调研商会: a verb or a joiner between, no office)
        if _A_BODY_INSIDE.search(m.group("mid")):
            continue  # (红旗镇卫生院|外科, 红旗镇派出所|户籍科: a body's department, not the street's or town's)
        w = widx.covering(s)
        if w is not None and w[0] < s and w[2] in ("LOC", "ORG", "nz") and w[1] >= s + 2:
            s = w[0]  # 黄桷坪街道: the street named in the model's word
        elif (prev := widx.ending_at(s)) is not None and prev[2] in PROPER_TAGS | {"n", "ns"} \
                and m.group("unit") == "街道" and text[prev[0]:prev[1]] + "街道" in lex.streets:
            s = prev[0]  # 新城|街道: the street's name, then 街道
        elif s > 0 and re.match(f"[{HAN}]", text[s - 1]) and (prev is None or prev[2] not in _NOT_NAME_TAGS):
            continue  # (a name's end before 街道 that no street is known by)
        out.append(Cand(s, e, "Organization", "org:street-office"))
    return out


_A_BODY_INSIDE = re.compile("院|所|站|局|委|中心|队|校")
_JIE_STREET = re.compile(f"(?<=[{HAN}])街(?!道)(?=党工委|办事处|(?!派出所)[{HAN}]{{2,5}}社区)")


def jie_streets(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """A subdistrict printed as X街 (Guangdong, Hubei: 粮道街东龙社区, 白源街荷塘社区, 珠江街党工委): a
    street when its community or its street office follows."""
    out: list[Cand] = []
    for m in _JIE_STREET.finditer(text):
        e = m.end()
        for s in (e - 4, e - 3):  # a name of two or three characters, then 街
            if s >= 0 and widx.is_start(s) and re.fullmatch(f"[{HAN}]+", text[s:e - 1]) \
                    and text[s:e - 1] not in lex.generic and (w := widx.covering(s)) is not None \
                    and w[2] not in _NOT_NAME_TAGS:
                out.append(Cand(s, e, "Street", "街道:jie", canonical=text[s:e]))
                break
    known = []  # 到南沙街、珠江街探访: known subdistricts printed as X街, two or more listed with 、
    for m in _JIE_END.finditer(text):
        e = m.end()
        s0 = next((e - 1 - k for k in (3, 2) if e - 1 - k >= 0 and text[e - 1 - k:e - 1] + "街道" in lex.streets
                   and widx.is_start(e - 1 - k)), None)
        if s0 is not None:
            known.append((s0, e))
    for (s1, e1), (s2, e2) in itertools.pairwise(known):
        if text[e1:s2] == "、":
            out.extend(Cand(a, b, "Street", "街道:jie-list") for a, b in ((s1, e1), (s2, e2)))
    return out


_JIE_END = re.compile(f"(?<=[{HAN}])街(?!道)")


def _first_item_from_word(text: str, widx: WordIndex, run: str, start: int) -> tuple[list[str], int]:
    """The items of a list the regular expression found, its first item cut to the words that end
    at the first separator (走访了|新谊、新兴 -> 新谊, 新兴); no items if no word ends there."""
    items = _ITEM_SPLIT.split(run)
    first_end = start + len(items[0])
    s = first_end
    while s > start and (w := widx.ending_at(s)) is not None and w[0] >= start and w[2] not in _NOT_NAME_TAGS:
        s = w[0]
    if first_end - s < 2 and len(items) > 1:
        return [], start
    if widx.words and s != start:
        items[0] = text[s:first_end]
    return items, s


_GOING_TO = ("来到", "走进", "深入", "前往", "到", "赴")
_BODY_ITEM = re.compile("(?:委|会|学|校|局|办|部|所|院|队|站|组|处|科|中心|馆|室)$")
_PERSON_GROUP_WORDS = frozenset({"负责人", "负责同志", "领导", "干部", "代表", "同志", "居民", "群众", "党员"})


def _joined_lists(text: str, widx: WordIndex, lex: Lexicon, known: dict[str, frozenset[str]],
                  label_of: dict[str, str]) -> list[Cand]:
    """新谊、新兴、水库和新秀社区: a list joined by 和/及/与 before its last item, which carries the
    suffix for all. The last item must be a street or community on its own (known, or one word
    of the model's), so that 文化、体育和社区 is no list."""
    out: list[Cand] = []
    for m in _JOINED.finditer(text):
        kind = m.group(4)
        last_s, last_e = m.start(3), m.end(4)
        w = widx.covering(last_s)
        whole = text[last_s:last_e]
        if text[last_s:m.start(4)] in lex.generic:
            continue  # 公安、城管、工商及街道|社区: the generic word, no list of names (a 街道社区 exists in 大足)
        if not (whole in known[kind] or (w is not None and w[0] == last_s and w[1] == last_e and w[2] == "LOC")):
            continue
        items, pos = _first_item_from_word(text, widx, m.group(1), m.start(1))
        if not items or any(i in lex.generic or not 2 <= len(i) <= 5 or i.endswith(("街道", "社区", "镇", "乡"))
                            or _BODY_ITEM.search(i) for i in items):
            continue  # (大坪街道辖区社区和朝天门街道, 普利桥、牛角坝镇和曲河街道: an item with its own unit is no
            # item of the list, the list one of places of several kinds; 院党委与
            # 海淀街道, 曹村小学和子午街道: a body met, no street; 老年人活动中心和中华社区: a venue)
        words = _words_in(widx, m.start(1), m.end(1))
        if any(text[w[0]:w[1]] in lex.titles or text[w[0]:w[1]] in _PERSON_GROUP_WORDS for w in words):
            continue  # (场站公司总经理何波与长安街道: a post's holder, then the street he meets; 主要负责人与方兴社区)
        if len(items) == 1 and any(w[2] == "PER" for w in words):
            continue  # (新裕花苑吴大惠和北港街道运河花园…: a resident named, then another street; in a longer
            # list the model's person is one of the names listed: 新谊、…、罗芳和文华社区)
        out.extend(_item_cands(items, pos, kind, label_of[kind]))
        out.append(Cand(last_s, last_e, label_of[kind], f"{kind}:list"))
    return out


def _item_starts(items: list[str], pos: int) -> list[tuple[int, str]]:
    """Each item of a list separated by single characters, with its start."""
    out = []
    for item in items:
        out.append((pos, item))
        pos += len(item) + 1
    return out


def _item_cands(items: list[str], pos: int, kind: str, label: str) -> list[Cand]:
    """One candidate per list item from `pos` on (items one separator apart), named with the suffix
    the list shares (朝天门 -> 朝天门街道)."""
    return [Cand(p, p + len(item), label, f"{kind}:list", canonical=item + kind)
            for p, item in _item_starts(items, pos)]


# ---------------------------------------------------------------------------
# names after post titles: 副区长陈平, 团市委副书记杨春渝

_NAME_END_PUNCT = "[、，。；：！？,;:]|$|\\s|[0-9０-９]{1,2}日"  # or the day: 总理内塔尼亚胡24日说


def names_after_titles(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    out: list[Cand] = []
    for m in lex.name_after_title_re.finditer(text):
        s, e = m.span("name")
        name = m.group("name")
        if len(name) == 3 and name[2] in lex.name_end_words:
            e -= 1
        if name[0] in _SERVES_AS and (name[1:] in lex.titles or name[1:] in _MEMBERS):
            continue  # 主要负责人|任组员: a verb (任, 兼, 为) and a post, no name
        w = widx.covering(s)
        lac_name = w is not None and w[2] == "PER" and w[0] == s
        if m.group("head") in lex.role_nouns and not lac_name and w is not None and w[0] == s \
                and w[1] - w[0] >= 2 and (w[2] in ("n", "vn", "a", "an", "s", "f")
                                          or (w[2] == "v" and w[1] - w[0] == 2)):
            continue  # 群众|幸福感, 党员|干部: after a role noun the model reads a common word, no name
        if not lac_name and w is not None and (w[0], w[1]) == (s, s + 1) and w[2] in ("c", "p") and (
                m.group("head") in lex.role_nouns or lex.title_re.match(text, s + 1) is not None
                or ((x := widx.covering(s + 1)) is not None and (x[0], x[1]) == (s + 1, e) and x[2] in ("n", "vn"))):
            continue  # 党员|和|干部, 董事|和|监事: a conjunction between role nouns or titles, no surname
        if m.group("head") in lex.role_nouns and w is not None and w[0] < s:
            continue  # 领导干部: the role noun and what follows are one word to the model, no name
        if m.group("head") in lex.role_nouns and w is not None and not lac_name and w[0] == s and w[1] == s + 1 \
                and w[2] in ("v", "p", "d") and (x1 := widx.covering(s + 1)) is not None and x1[0] == s + 1 \
                and x1[2] in ("v", "vn"):
            continue  # 方便群众|来|构思: a verb and what it does after a role noun, no name
        nxt = widx.covering(e)
        verb_next = nxt is not None and nxt[0] == e and nxt[1] - e >= 2 and (
            text[e:nxt[1]] in lex.name_end_words  # (书记曾宝柱|出席会议: a verb the model reads with its object)
            or (nxt[2] in ("v", "vn") and nxt[1] - e >= 3 and text[e:e + 2] in lex.name_end_words))
        if m.group("head") in lex.role_nouns and not lac_name and w is not None and (w[0], w[1]) == (s, e) \
                and e - s == 3 and w[2] in ("v", "vn", "a") and not verb_next:
            continue  # 同群众|相结合: a verb of three characters after a role noun, no name
        third = widx.covering(s + 2)
        if lac_name and e - s == 3 and w[1] == s + 2 and text[s + 2] not in lex.name_tail_adverbs \
                and text[s + 2:s + 4] not in lex.name_end_words \
                and not (third is not None and third[0] == s + 2 and third[1] - third[0] >= 2
                         and third[2] in ("p", "c")):
            pass  # 李文|起传达: the model cut the name's third character off as a verb (not 刘颖|认为,
            # 张沛|针对: the third character opens a preposition; not 单骏|初等区政协: a noun swallowing 等)
        elif lac_name and w[1] - w[0] == 1 and (given := widx.covering(w[1])) is not None \
                and given[0] == w[1] and given[1] - given[0] <= 2 and (given[2] in ("PER", "LOC") or (
                    given[2] == "TIME" and _HAN_ONLY.fullmatch(text[given[0]:given[1]])
                    and text[given[1] - 1] not in _TIME_UNITS)):
            e = given[1]  # 副区长那|慧敏: the model read the surname and the given name apart (署长于|广洲:
            # the given name read as a place; 所长于|国庆: as a day, not 于|今天)
        elif lac_name:
            e = w[1]  # LAC read the name: trust its extent (侯继作|率: the filter cuts a verb read into it)
        elif w is not None and w[0] == s and w[1] == e == s + 3 and w[2] == "v" and verb_next:
            pass  # 居民任福贵告诉: the model reads the three-character name as a verb (任)
        elif text[s] == "任" and w is not None and w[0] == s and w[2] == "v" and (
                (w[1] == s + 1 and (g := widx.covering(s + 1)) is not None and g[0] == s + 1 and g[1] == e
                 and g[2] in ("n", "nz", "PER", "LOC")) or (w[1] == e == s + 2 and (
                    (text[e:e + 1] == "等" and text[e + 1:e + 3] in lex.name_end_words)
                    or (text[e:e + 1] in ("、", "，", ",") and (p := widx.covering(e + 1)) is not None
                        and p[2] == "PER")))):
            pass  # 局长任|善义同志, 副书记任营等参加: the surname 任 the model reads as the verb (to serve as)
            # (not 主任任职等事项)
        elif any((x := widx.covering(c)) is not None and x[2] in _NOT_NAME_TAGS
                 and not (verb_next and (x[2] in _MODIFIER_TAGS or (x[2] == "p" and x[0] == s)))
                 for c in range(s, e)) \
                and not (e - s == 3 and (text[e:e + 1] in ("等", "、", "，", ",", "和")
                                         or text.startswith("一行", e))) \
                and not (e - s == 2 and text[s] in lex.surnames and text[e:e + 1] in ("、", "，", ",")
                         and (x := widx.covering(s)) is not None and x[0] == s and x[1] == e
                         and (x[2] not in _VERBAL_TAGS or (x[2] == "a" and m.group("head") not in lex.role_nouns))
                         and text[s:e] not in lex.name_end_words):
            continue  # 队长商量过: LAC reads a verb or an adverb there, not a name (局长严广汇报: a name;
            # 秘书长尤在晶等, 镇长高明标，, 副区长方嗣兴一行: a full name before 等, 、, a comma or 一行, whatever
            # the model reads inside it; 党组成员何方、, 副市长高洁，: two characters the model reads as one word
            # (after a post's title, an adjective too), a surname first; 区委书记于|会文率队: a surname the model
            # reads as a preposition)
        if (e - s == 3 and text[s + 1:e] in lex.title_adverbs and (x := widx.covering(s + 1)) is not None
                and x[2] in ("d", "ad") and x[1] == e) or (
                e - s == 2 and text[s:e] in lex.title_adverbs and (x := widx.covering(s)) is not None
                and x[2] in ("d", "ad") and (x[0], x[1]) == (s, e)):
            continue  # 县长曾|先后出席, 书记曾多次主持, 会长都亲自, 书记马上参加: adverbs the model reads, no
            # name (not 曾穿云)
        if e - s >= 2:
            out.append(Cand(s, e, "Person", "title-name"))
    if lex.translit:  # a transcribed foreign name after a title: 总理基里延科, 总理内塔尼亚胡
        for m in lex.foreign_after_title_re.finditer(text):
            s, e = m.span(1)
            w = widx.covering(s)
            if w is None or w[0] >= m.start():  # the name or the title begins a word: 总理|基里延科, 总理基里延科
                out.append(Cand(s, e, "Person", "title-foreign-name"))
    return out


_NOT_HAN = re.compile(f"[^{HAN}]")


def names_in_lists(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """区领导宋泓、赵文明、封波、谢嘉、代江、王元其参加会议: in a list of names joined by 、 that the
    model reads mostly as persons, the items it missed (封波) are persons too, and the last name
    keeps a third character cut off before a word that ends a name (王元|其参加)."""
    out: list[Cand] = []
    item_re = lex.listed_name_re
    pers = [w for w in widx.words if w[2] == "PER"]
    for w in pers:  # 管文军、应|盛华、吴旧生: a listed name whose surname the model read apart (应: a verb)
        if w[1] - w[0] == 2 and w[0] >= 2 and text[w[0] - 1] in lex.surnames and text[w[0] - 2] in "、，," \
                and text[w[1]:w[1] + 1] in ("、", "，", ",", "等") \
                and (x := widx.covering(w[0] - 1)) is not None and x[0] == w[0] - 1 and x[2] != "PER":
            out.append(Cand(w[0] - 1, w[1], "Person", "name-in-list"))
        if w[1] - w[0] == 1 and text[w[0]] in lex.surnames and (g := widx.covering(w[1])) is not None \
                and g[0] == w[1] and g[2] == "PER" and g[1] - g[0] <= 2 \
                and text[g[1]:g[1] + 1] in ("、", "，", ",", "等") and (text[w[0] - 1:w[0]] in ("、", "，", ",")
                                                                    or text[g[1]:g[1] + 1] == "、"):
            out.append(Cand(w[0], g[1], "Person", "name-in-list"))  # 邓小雨、左|小翠、李英: both read as names
    done = -1
    for w in pers:
        if w[0] < done:
            continue
        # the list: items between 、 from this name on
        items = [(w[0], w[1])]
        pos = w[1]
        while text.startswith("、", pos):
            nxt = text.find("、", pos + 1)
            stop = _NOT_HAN.search(text, pos + 1)
            end = min(x for x in (nxt, stop.start() if stop else len(text)) if x > pos)
            nw = widx.covering(pos + 1)
            if nw is not None and nw[2] == "PER" and nw[0] == pos + 1:
                end = nw[1] if end == nxt or not text.startswith("、", nw[1]) else end
            items.append((pos + 1, end))
            pos = end
        done = pos
        if len(items) >= 2 and (t := widx.ending_at(w[0])) is not None and text[t[0]:t[1]] in lex.titles \
                and not ((x := widx.covering(items[1][0])) is not None and x[2] == "PER"):
            s = items[1][0]  # 副区长郭俊、石时和…: a title's second name, which the model missed
            for n in (3, 2):
                if item_re.fullmatch(text, s, s + n) and widx.is_end(s + n) \
                        and text[s + n - 1] not in lex.name_end_words and lex.name_end.match(text[s + n:s + n + 4]):
                    out.append(Cand(s, s + n, "Person", "name-in-list"))
                    break
        if len(items) < 3:
            continue
        known = [it for it in items if (x := widx.covering(it[0])) is not None and x[2] == "PER" and x[0] == it[0]]
        if 2 * len(known) < len(items):
            continue
        first = _LIST_OPENING.search(text, max(0, w[0] - 5), w[0])
        if first is not None and item_re.fullmatch(first.group(1)) \
                and not any(x[2] == "PER" for c in range(first.start(1), first.end(1))
                            if (x := widx.covering(c)) is not None):
            # 。漆平、张大成、杨敏…: the first name of a list of names, which the model missed
            out.append(Cand(first.start(1), first.end(1), "Person", "name-in-list"))
        for k, (s, e) in enumerate(items):
            last = k == len(items) - 1
            x = widx.covering(s)
            if x is not None and x[2] == "PER" and x[0] == s:
                if last and x[1] - s == 2 and lex.name_end.match(text[x[1] + 1:x[1] + 5]) and \
                        text[x[1]] not in lex.name_tail_adverbs and re.fullmatch(f"[{HAN}]", text[x[1]]) \
                        and text[x[1]] not in lex.name_end_words:
                    out.append(Cand(s, x[1] + 1, "Person", "name-in-list"))  # 王元|其参加
                continue
            if not last and 2 <= e - s <= 3 and item_re.fullmatch(text, s, e):
                out.append(Cand(s, e, "Person", "name-in-list"))
            elif last:  # 张琳鑫、楼存根等: the last name ends before a word that ends a name
                for n in (3, 2):
                    if item_re.fullmatch(text, s, s + n) and text[s + n - 1] not in lex.name_end_words \
                            and lex.name_end.match(text[s + n:s + n + 4]):  # (苗地|等在: 等 ends the name)
                        out.append(Cand(s, s + n, "Person", "name-in-list"))
                        break
    return out


# ---------------------------------------------------------------------------
# one-character abbreviations of places: 中美两国, 巴以谈判, 访华, 在京, 中方, 黄淮北部


def _runs(text: str, abbr: dict[str, str]) -> Iterable[list[int]]:
    """Maximal runs of abbreviation characters, optionally separated by 、 (中、阿)."""
    run: list[int] = []
    i = 0
    while i <= len(text):
        ch = text[i] if i < len(text) else ""
        if ch in abbr and ch:
            run.append(i)
        elif ch == "、" and run and i + 1 < len(text) and text[i + 1] in abbr and run[-1] == i - 1:
            pass
        else:
            if run:
                yield run
            run = []
        i += 1


def _words_inside(widx: WordIndex, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether every LAC word overlapping [s, e) lies within [lo, hi)."""
    return all(lo <= w[0] and w[1] <= hi for w in _words_in(widx, s, e))


_COUNTS = "两三四五双"  # cues that count the run's places (两国, 三方, 双方)


def _abbr_reading(text: str, widx: WordIndex, lex: Lexicon, pos: list[int]) -> str | None:
    """The rule by which the abbreviations at `pos` name places, or None."""
    s, e = pos[0], pos[-1] + 1
    chars = "".join(text[p] for p in pos)
    n = len(pos)
    if n > 1 and any(lex.abbr_use[c] not in ("all", "run") for c in chars):
        return None
    if text[s:e] in lex.area_names:
        return None  # 渝中 is one district, not 渝 and 中
    word = chars in lex.abbr_not_runs  # 中华, 拉美, 中意 are words, unless a count of places follows (中意两国)
    if n > 1 and any(text.startswith(w, e) for w in lex.abbr_name_heads):
        return None  # 京沪铁路, 成渝高速: the run begins a name
    for cue in lex.abbr_cues:
        if n < cue.min_run or (cue.abbrs and not set(chars) <= cue.abbrs) or (word and cue.cue[0] not in _COUNTS):
            continue
        if n == 1 and not cue.abbrs and lex.abbr_use[chars] not in ("all", "cue"):
            continue  # a cue that names its abbreviations may take one that is otherwise only read in runs
        if cue.side == "after" and text.startswith(cue.cue, e):
            lo, hi = s, e + len(cue.cue)
        elif cue.side == "before" and text[max(0, s - len(cue.cue)):s] == cue.cue:
            lo, hi = s - len(cue.cue), e
        else:
            continue
        if _words_inside(widx, s, e, lo, hi):
            return f"abbreviation:{cue.side}:{cue.cue}"
    if n > 1 and "、" not in text[s:e] and not word:
        w = widx.covering(s)
        if w is not None and w[0] == s and w[1] == e and w[2] == "LOC":
            return "abbreviation:run"  # LAC reads 中美 as one place: it is two
    return None


def abbreviated_places(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """Each abbreviation a place (中美两国 -> 中, 美), where a cue or LAC says the run names places.
    The longest reading of a run wins; a run that has none may still hold a shorter one (全美华人 -> 华)."""
    if not lex.abbr_use:
        return []
    out: list[Cand] = []
    for run in _runs(text, lex.abbr_use):
        i = 0
        while i < len(run):
            for j in range(len(run), i, -1):
                rule = _abbr_reading(text, widx, lex, run[i:j])
                if rule:
                    out.extend(Cand(p, p + 1, "Place", rule) for p in run[i:j])
                    i = j
                    break
            else:
                i += 1
    return out


# ---------------------------------------------------------------------------
# a place and an organisation's head: 中国队, 古巴代表团, 日本内阁, 法国国民议会


def org_head(word: str, heads: Sequence[tuple[str, str, int]], not_heads: frozenset[str]) -> str | None:
    """The head of ``lexicon/org_heads.tsv`` (rows head, match, min_len) that makes `word` an
    organisation's head word (队 of 足球队, 议会), None if none does (团队, 部队: org_heads_not.txt)."""
    if word in not_heads:
        return None
    return next((h for h, how, n in heads
                 if ((word == h) if how == "word" else (word.endswith(h) and len(word) >= n))), None)


def _is_head(word: str, lex: Lexicon) -> bool:
    return org_head(word, lex.org_heads, lex.org_heads_not) is not None


def place_org_names(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """A place (the model's, or a world place it tags otherwise: 巴西/ORG) followed (through 国家,
    男子 ...) by an organisation's head word."""
    out: list[Cand] = []
    words = widx.words
    place = [tag == "LOC" or text[s:e] in lex.world_places for s, e, tag in words]
    for i, (s, e, _tag) in enumerate(words):
        if not place[i]:
            word = text[s:e]  # 牙买加队/n: a world place and a head the model reads as one word
            if any(word[:k] in lex.world_places and _is_head(word[k:], lex) for k in range(2, len(word))):
                out.append(Cand(s, e, "Organization", "place+head"))
            continue
        if i > 0 and place[i - 1] and words[i - 1][1] == s:
            continue
        j = i + 1
        while j < len(words) and place[j] and words[j][0] == words[j - 1][1]:
            j += 1  # 中国香港队: places in a row
        while j < len(words) and text[words[j][0]:words[j][1]] in lex.org_head_modifiers:
            j += 1
        if j < len(words) and words[j][0] == words[j - 1][1] and words[j][2] not in ("v", "vd", "p", "c") \
                and _is_head(text[words[j][0]:words[j][1]], lex):  # (陶丽社区党总支|组织盈峰国际小区党支部:
            out.append(Cand(s, words[j][1], "Organization", "place+head"))  # a verb the model reads whole)
    return out


# the model's organisation cut before its head: 对外贸易经济|合作部, 郑州铁路|分局, 亚行|理事会 (a head of two
# characters only from _SHORT_HEADS: 部署, 干部, 全部, 主办 are none; nor a longer word of
# org_ending_words_not.txt: 村干部, 公共场所)
_CUT_HEAD = re.compile("(?:部|局|厅|署|司|办|所|处|理事会|组委会)$")
_SHORT_HEADS = frozenset({"分局", "总局", "分部", "总署", "分所"})


def bodies_cut_before_heads(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """The model's organisation that ends as no body, right before a common word of three or four
    characters (or a short head) that ends as one: the body's name read whole (对外贸易经济|合作部; not
    人武部|干部, 党中央|部署)."""
    out: list[Cand] = []
    words = widx.words
    for i, (s, e, tag) in enumerate(words[:-1]):
        s2, e2, tag2 = words[i + 1]
        if i + 2 < len(words) and words[i + 2][1] - words[i + 2][0] == 1 and words[i + 2][2] in ("n", "nz") \
                and _CUT_HEAD.fullmatch(text, words[i + 2][0], words[i + 2][1]):
            e2 = words[i + 2][1]  # 中共成华区委社会|工作|部: the head read by the model as two words
        head = text[s2:e2]
        if tag == "ORG" and e == s2 and tag2 in ("n", "vn", "nz") and (3 <= len(head) <= 4 or head in _SHORT_HEADS) \
                and not _BODY_END.search(text, s, e) and _CUT_HEAD.search(head) \
                and not head.endswith(lex.org_ending_words_not):
            out.append(Cand(s, e2, "Organization", "org+head"))
    return out


# ---------------------------------------------------------------------------
# programmes that share a suffix: 实施就业促进、创业引领、基层成长等计划


_LIST_LEAD_TAGS = frozenset({"v", "vd", "p", "c", "d", "u", "r", "a", "ad", "xc", "w", "m", "q"})


def programme_lists(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """Each item of a list that shares a programme suffix, named with it (canonical name):
    实施就业促进、创业引领、基层成长等计划 -> 就业促进计划, 创业引领计划, 基层成长计划."""
    if not lex.list_suffixes:
        return []
    out: list[Cand] = []
    for m in lex.programme_list_re.finditer(text):
        if not widx.is_end(m.end()) or text.startswith("在内", m.end()):
            continue  # 等战略性新兴产业: the suffix is part of a longer word; 包括血脂、肝功等项目在内: parts
        start, first_end = m.start(1), m.start(1) + m.group(1).index("、")
        while start < first_end and not widx.is_start(start):
            start += 1  # the first item starts at a word
        cut = [w[1] for w in _words_in(widx, start, first_end) if w[2] in ("v", "p") and w[1] < first_end]
        if cut and first_end - start > 6:
            start = cut[-1]  # 为辖区老年人提供|理发、洗衣: the list starts after the verb before its first item
            # (not inside a short first item: 创新|驱动、乡村振兴等战略)
        while (w := widx.covering(start)) is not None and w[2] in _LIST_LEAD_TAGS and w[1] < first_end:
            start = w[1]  # 要|实施好|就业促进, 签约|的|鼓楼区…: verbs and particles before the list are no part of it
        pos = start
        items = m.group(1)[start - m.start(1):].split("、")
        if len(items) < 2 or any(len(i) < 2 for i in items) or all(len(i) == 2 for i in items):
            continue  # (理发、洗衣、助餐、理疗等项目: services of a word each, no programme named)
        out.extend(Cand(p, p + len(item), "Programme", "programme:list", canonical=item + m.group(2))
                   for p, item in _item_starts(items, pos))
    return out


_HOSPITAL_LIST = re.compile(f"((?:[{HAN}]{{2,5}}、)+)([{HAN}]{{2,5}}?)(社区卫生服务中心|社区卫生服务站|卫生院)")


def hospital_lists(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """小寨路、大雁塔、长延堡社区卫生服务中心: each listed place has its centre (named with the suffix
    the list shares), as a list of streets names theirs (GUIDELINE); the items must be places'
    names (a place, a street or community the gazetteers know)."""
    out: list[Cand] = []
    for m in _HOSPITAL_LIST.finditer(text):
        w0 = widx.ending_at(m.start(1) + m.group(1).index("、"))
        if w0 is None or w0[0] < m.start(1):
            continue
        first = w0[0]  # 来到|小寨路、: the first item is the word before the first 、
        items = [*text[first:m.end(1)].rstrip("、").split("、"), m.group(2)]
        pos = first
        cands = []
        for item in items:
            w = widx.covering(pos)
            proper = w is not None and w[2] in ("LOC", "ORG", "nz") and (w[0], w[1]) == (pos, pos + len(item))
            if not (proper or item + "街道" in lex.streets or item + "社区" in lex.communities) or len(item) < 2:
                cands = []
                break
            cands.append(Cand(pos, pos + len(item), "Hospital", "hospital:list", canonical=item + m.group(3)))
            pos += len(item) + 1
        out.extend(cands[:-1])  # (the last item's centre is named in full by the suffix rule)
    return out


_COUNTED_BODIES = re.compile(
    f"((?:[{HAN}A-Za-z0-9]{{2,12}}、)+[{HAN}A-Za-z0-9]{{2,12}}?)(?P<deng>等)?([0-9一二三四五六七八九十两]+)"
    f"(?P<more>余|多)?[个家所](?P<mod>[{HAN}]{{0,4}}?)"
    "(?P<kind>重点企业|企业|公司|单位|商户|学校|医院|医疗机构|村(?![委庄民级落镇干部组]))")
# kinds whose items may be fewer than the count (等22家企业, 等10个村: the list names some of them)
_SOME_OF = frozenset({"重点企业", "企业", "公司", "村"})
_TWO_JOINED = re.compile(f"[{HAN}]{{3}}(?:和|及|与)[{HAN}]{{3}}")
_COMMON_WORD_TAGS = frozenset({"n", "vn", "v", "a", "an", "nw", "f", "s"})


def counted_bodies(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """走访了森马集团、蓝图包装、兴机电器、南捷企业、钟铮锁业等5个企业: a list of bodies the text counts
    by their kind; the count must be the number of items (each item then names one body), or, for
    companies and villages after 等, more than the items when no item is a common word (乡韵鲁锦、
    鑫俸源汽车制造、水润灯具等22家企业, 陈大下、魏王许、苏坡等10个村; not 餐饮、零售等50家企业). A village
    printed bare keeps its printed name (河西、神直、石庄3个村)."""
    out: list[Cand] = []
    for m in _COUNTED_BODIES.finditer(text):
        items, pos = _first_item_from_word(text, widx, m.group(1), m.start(1))
        count = _NUMERALS.get(m.group(3)) or (int(m.group(3)) if m.group(3).isdigit() else 0)
        kind = m.group("kind")
        if len(items) < 2 or any(i in lex.generic or len(i) < 2 or _TWO_JOINED.search(i) for i in items) or (
                m.group("mod") and kind not in _SOME_OF):
            continue  # (县民族高级中学和寨岗中学等5所中小学校: two items joined, a kind qualified)
        if count != len(items) or m.group("more"):
            some = kind in _SOME_OF and m.group("deng") and count > len(items)
            if not some or any(_one_common_word(widx, p, p + len(i)) for p, i in _item_starts(items, pos)):
                continue
        elif m.group("mod") and not m.group("deng"):
            continue  # (9家重点企业 counts the list; 3个村级组织 is no kind of the list)
        label = "Hospital" if kind in ("医院", "医疗机构") else "Place" if kind == "村" else "Organization"
        for p, item in _item_starts(items, pos):
            out.append(Cand(p, p + len(item), label, "place:counted-list" if label == "Place" else "org:counted-list"))
    return out


def _one_common_word(widx: WordIndex, s: int, e: int) -> bool:
    """Whether [s, e) is one word of the model's tagged as a common word (餐饮, 房地产)."""
    w = widx.covering(s)
    return w is not None and w[0] == s and w[1] == e and w[2] in _COMMON_WORD_TAGS


# ---------------------------------------------------------------------------
# an organisation that a title closes: 外交部长 -> 外交部, 美国财政部长 -> 美国财政部

_DOMAIN_TAGS = frozenset({"n", "vn", "nz", "an", "j"})


def orgs_in_titles(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """The organisation a split title closes (split_titles.tsv): its remit read back over
    the nouns before the title (财政|部长, 农业和土地开发|部长), with a place before them."""
    out: list[Cand] = []
    for title, org_end in lex.split_titles.items():
        pos = text.find(title)
        while pos >= 0:
            end = pos + len(org_end)
            start = pos
            before = widx.ending_at(pos)
            if not widx.is_end(pos + len(title)) or text.startswith("级", pos + len(title)) or (
                    before is not None and text[before[0]:pos] in lex.title_modifiers):
                pos = text.find(title, pos + 1)
                continue  # 部长级会议: no title; 内务部代理部长: 代理 is part of the title
            if text.endswith(org_end, 0, pos):
                end = pos  # 组织部|部长, 民政局|局长: the body closes before the title
            w = widx.covering(pos)
            if w is not None and w[0] < pos and w[1] == pos + len(title) and w[2] in _DOMAIN_TAGS:
                start = w[0]  # 财政部长 read as one word
            else:
                for _ in range(5):  # 农业|和|土地|开发|部长
                    prev = widx.ending_at(start)
                    if prev is None or text[prev[0]:prev[1]] in lex.generic or (
                            text[prev[0]:prev[1]] == "电" and text[prev[0] - 1:prev[0]] == "日"):
                        break
                    if prev[2] in _DOMAIN_TAGS or (text[prev[0]:prev[1]] == "和" and start < pos):
                        start = prev[0]
                    elif prev[2] == "PER" and start == pos and prev[1] - prev[0] == 2 and \
                            (nxt := widx.covering(pos + len(title))) is not None and nxt[0] == pos + len(title) \
                            and nxt[2] == "PER":
                        start = prev[0]  # 民宗|局长|荆英姿: the remit the model reads as a name, a name after
                        break
                    else:
                        break
                while start < pos and (text.startswith("和", start) or (
                        (w0 := widx.covering(start)) is not None and w0[2] in ("v", "vn") and w0[1] < pos)):
                    start = start + 1 if text.startswith("和", start) else w0[1]  # 弹劾|内政部长, 代理|部长
            if (cut := _BEFORE_LEVEL.search(text, start, end)) is not None:
                start = cut.end()  # 仪式上|区民政局局长 (one word to the model): the body starts at its level
            if pos - start >= 2:
                prev = widx.ending_at(start)
                if prev is not None and prev[2] == "LOC":
                    start = prev[0]  # 芬兰|农林部长
                out.append(Cand(start, end, "Organization", f"title-org:{title}"))
            pos = text.find(title, pos + 1)
    return out


_BEFORE_LEVEL = re.compile("[上的在](?=[区市县省])")
_ORG_BEFORE_TITLE = re.compile("(?:委|政府|人大|政协|常委会|党组|党工委|部|局|厅|办|院|会|校)$")


def orgs_before_titles(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """黄浦区委书记, 万州区委书记: an organisation the model reads with the title after it as one
    name; the organisation ends where the title begins."""
    out: list[Cand] = []
    title_end = lex.title_end_re
    for s, e, tag in widx.words:
        if tag != "ORG" or e - s < 5:
            continue
        for cut in range(s + 3, e - 1):  # the longest title that closes the word
            if title_end.fullmatch(text, cut, e) and _ORG_BEFORE_TITLE.search(text[s:cut]):
                out.append(Cand(s, cut, "Organization", "org-before-title"))
                break
    return out


_UNIT_TITLE = re.compile(
    "(?:办|处|局|工委|科|所|站|队|中心)(?=(?:常务)?(?:副)?(?:主任|处长|局长|书记|科长|站长|所长|队长))")
_LISTED_WORKING_COMMITTEE = re.compile(f"(?:^|[、，,；;：:])([{HAN}]{{2,8}})$")
_UNIT_STOP_TAGS = frozenset({"PER", "TIME", "w", "p", "c", "u", "r", "m", "q", "d", "f", "xc"})
_UNIT_NOT_PREFIXES = frozenset({"街道", "社区", "居委", "村委", "党政", "综合", "服务", "办事", "管理", "工作"})


def units_before_titles(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """社建办主任王希佳, 教科文卫处处长张金娟, 街道安监中心主任: a department's short name closed by
    its unit and followed by its head's title; read back to the clause's start, a name, a verb
    or another title."""
    out: list[Cand] = []
    hospital = lex.hospital_suffixes
    for m in _UNIT_TITLE.finditer(text):
        start = pos = m.start()
        while pos > 0 and m.end() - pos < 10:
            w = widx.ending_at(pos)
            if w is None:
                break
            word, tag = text[w[0]:w[1]], w[2]
            if word in ("街道", "社区") and pos < m.start():
                start = w[0]  # 街道|综治办: the street's office
                break
            if tag in _UNIT_STOP_TAGS or (tag in ("v", "vd", "ad") and len(word) >= 2) \
                    or lex.title_re.fullmatch(word) or word in lex.generic:
                break
            pos = w[0]
            start = pos
        item = _LISTED_WORKING_COMMITTEE.search(text, 0, m.start()) if m.group() == "工委" else None
        if item is not None and start == m.start() and text[item.start(1)] not in "各该本此全" \
                and not any(w[2] in ("PER", "LOC", "ORG") for w in _words_in(widx, item.start(1), m.start())):
            start = item.start(1)  # 、选联任免工委主任: a congress's working committee named by its remits (verbs too)
        prefix = text[start:m.start()]
        if len(prefix) < 2 or prefix in _UNIT_NOT_PREFIXES or prefix in lex.generic \
                or text[start:m.end()].endswith(hospital) or not re.fullmatch(f"[{HAN}]+", prefix):
            continue
        out.append(Cand(start, m.end(), "Organization", "unit-before-title"))
    return out


# an outlet named in a web page's furniture: 人民网>>重庆频道, 中工网微信, 技术支持:荆楚网, 作者:西山网,
# 您现在的位置:四会文明网 >, 华声在线3月5日讯, 本文来源:福州新闻网, 华龙网-新重庆客户端讯
def _outlet_name(endings: Iterable[str]) -> str:
    """The pattern of an outlet's name by its endings (longest first; none: a pattern that matches nothing)."""
    alts = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True)) or "(?!)"
    return f"(?P<name>(?!本)[\u4e00-\u9fff]{{1,8}}?(?:{alts}))"


_OUTLET_BEFORE = ("(?:^|(?<=[\\s「【（(_|｜@-])|(?<=(?:来源|作者|支持|位置|出品|发布|阅读|声明)[:：])"
                  "|(?<=来源为[“\"]))")
_OUTLET_AFTER = (
    "(?=\\s*(?:>|＞|»|[|｜/]|[-—][\u4e00-\u9fff]{2,6}频道|当前位置|首页|微信|微博|客户端|记者|讯|消息|[(（]|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:电|讯)"
    "|[」】”\"\\n]|(?:网站|内容)?版权所有|LOGO|$)|\\s+(?:发布|时间|日期|编辑|责编|作者|来源|点击))")
_OUTLET_WORD_TAGS = frozenset({"ORG", "LOC", "nz", "nw", "n", "j", "PER"})


def outlet_names(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """News outlets in a web page's furniture and datelines (人民网>>, 中工网微信, 技术支持:荆楚网); a paper
    other than a 日报 by four characters or more (中国文化报, not 简报)."""
    out: list[Cand] = []
    matches = list(lex.outlet_re.finditer(text))
    # after 来源: the name ends where a word ends, whatever follows (来源:湖北文明网为巩固…: the line joined on)
    matches += [m for m in lex.outlet_source_re.finditer(text) if widx.is_end(m.end("name"))]
    for m in matches:
        s, e = m.span("name")
        words = _words_in(widx, s, e)
        short_paper = text[s:e].endswith("报") and not text[s:e].endswith(lex.dailies) and e - s < 4
        tags = _OUTLET_WORD_TAGS | {"a"} if text.endswith("客户端", s, e) else _OUTLET_WORD_TAGS  # (新|重庆|客户端)
        if e - s < 2 or text[s:e] in lex.generic or not widx.is_start(s) or short_paper or \
                any(w[2] not in tags for w in words if w[1] <= e - 2):
            continue  # (我们看…, 本文图片均为…: no outlet's name; 本网 is the page's own)
        out.append(Cand(s, e, "Organization", "outlet"))
    return out


_CHAIN_UNIT = re.compile("[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|镇|乡|街道|社区|村(?:委会|民委员会)?)")
# a village committee (石门村委会) administers villages of its own (…|草果丁村): finer than a town, not a village
_CHAIN_LEVEL = {"省": 2, "市": 4, "区": 6, "县": 6, "镇": 8, "乡": 8, "道": 8, "会": 9, "村": 10}


def _chain_level(text: str, end: int) -> int:
    """How fine the unit ending at `end` is: 2 a province … 10 a community or a village."""
    return 10 if text.endswith("社区", 0, end) else _CHAIN_LEVEL.get(text[end - 1], 0)


def _chain_unit_end(text: str, pos: int, end: int, level: int) -> int | None:
    """Where the next unit of an address chain from `pos` ends: the shortest one finer than the unit
    before it (大鹿庄乡|寺市邑村, not 寺市: no city inside a township)."""
    return next((k for k in range(pos + 2, min(end, pos + 9) + 1)
                 if _CHAIN_UNIT.fullmatch(text, pos, k) is not None and _chain_level(text, k) > level), None)


_VILLAGE_BODY = re.compile("(?:村委会|村民委员会|居委会|居民委员会|党委|党总支|党支部)$")


def units_in_words(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """The towns and villages of an address the model reads as one word (兴安区红旗镇永新村村委会 ->
    红旗镇, 永新村, and the village's committee 永新村村委会)."""
    out: list[Cand] = []
    for s, e, tag in widx.words:
        if tag not in ("LOC", "ORG") or e - s < 6:
            continue
        pos, units = s, []
        while (k := _chain_unit_end(text, pos, e, _chain_level(text, pos) if units else 0)) is not None:
            units.append((pos, k))
            pos = k
        if len(units) < 2 or units[0][1] - units[0][0] < 2 or \
                not (pos == e or _VILLAGE_BODY.fullmatch(text, pos, e)):
            continue  # (the word must be the chain, or the chain and its last unit's committee)
        for us, ue in units[1:]:
            if text[ue - 1] in "镇乡村" and ue - us >= 2 and text[us:ue] not in lex.generic:
                out.append(Cand(us, ue, "Place", "place:unit-in-word"))
        if pos < e and text[units[-1][1] - 1] in "村社区" and units[-1][1] - units[-1][0] >= 2:
            out.append(Cand(units[-1][0], e, "Organization", "org:unit-body-in-word"))
    return out


_QUOTED_RUN = re.compile("(?:开展|举办|打造|推出|实施|推进|创新)(?:((?:“[^“”\\s，。、]{2,16}”){2,6})(?=[等、，。；]|$)"
                         "|((?:“[^“”\\s，。、]{2,16}”(?:、|和|及|与)){1,5}“[^“”\\s，。、]{2,16}”)"
                         "(?=[等、，。；,;]|$|创建|工作|活动|行动))"
                         "|((?:“[^“”\\s，。、]{2,16}”){2,6})(?=等[\u4e00-\u9fff]{0,4}?(?:项目|活动|行动|品牌))")
# (在“烟头换奶茶”“井上添花”“小小馆长”等常态化项目中: a run the text calls projects or activities)
# (开展“清洁农家”、“清洁村庄”和“清洁集镇”创建工作: a run with its separators, before a kind of work;
# not 推出“汽车下乡”、“宜荆荆”电商直播邀请赛, the last quote opening a longer name)
_ONE_QUOTE = re.compile("“[^“”]+”")


def quoted_runs(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """举办“我的书屋·我的梦”“名师大讲堂”等活动: each quoted name of a run a verb undertakes."""
    out: list[Cand] = []
    for m in _QUOTED_RUN.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        base = m.start(g)
        out.extend(Cand(base + q.start(), base + q.end(), "Programme", "programme:quoted-run")
                   for q in _ONE_QUOTE.finditer(m.group(g)))
    return out


_LEVEL_BODY = re.compile("[省市区县](?:委|人民政府|政府|人大常委会|人大|政协|纪委监委|纪委|监委)")


def area_bodies(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """黄浦|区委书记, 江北区|区委: an area's name and its body printed after it, which the model
    reads apart; one organisation (中共 or 共青团 before it included: 中共重庆市委, 共青团五华区委)."""
    out: list[Cand] = []
    for m in _LEVEL_BODY.finditer(text):
        s = m.start()
        area = next((s - k for k in range(8, 1, -1) if s - k >= 0 and text[s - k:s] in lex.area_names
                     and widx.is_start(s - k)), None)
        party = next((p for p in ("中共", "共青团") if text.endswith(p, 0, area)), "") if area is not None else ""
        if area is None or not (widx.is_start(s) or party):
            continue  # (黄浦区委 read as one word: the model names it)
        out.append(Cand(area - len(party), m.end(), "Organization", "area+body"))  # (共青团五华区委)
    return out


_SCHOOL_UNIT = re.compile(f"[{HAN}]{{2,12}}?(?:学院|研究院|研究所|研究中心|系|处|中心)")


def schools_of_universities(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """太原理工大学|体育与健康工程学院, 华东理工大学|后勤保障处: a university and its school or office,
    which the model reads apart (and cuts at 与); one organisation (its university named too)."""
    out: list[Cand] = []
    for s, e, tag in widx.words:
        if tag != "ORG" or not text.endswith(("大学", "学院"), s, e) or e - s < 4 \
                or "大学" in text[s:e - 2] or "学院" in text[s:e - 2]:
            continue  # (青岛大学政治与公共管理学院|社会学系: a school already, the model's own)
        m = _SCHOOL_UNIT.match(text, e) if not CONJUNCTION.match(text, e) else None  # (科学院|同|…: two bodies)
        if m is None or not widx.is_end(m.end()) or any(w[2] in ("v", "PER", "w") for w in _words_in(widx, e, m.end())):
            continue  # (the school's name is words of the model, ending where one ends; no verb or person inside)
        out.append(Cand(s, m.end(), "Organization", "org:school-of-university"))
    return out


_CLINICAL_TITLE = "(?:副主任医师|主任医师|主治医师|副主任|主任|副教授|教授|医师|医生|护士长)"


def names_in_departments(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """心血管科苗华为教授, 中医科余亚信副主任: a doctor named between the clinical department and the
    title (the model misses names it cannot tell from the department's words)."""
    out: list[Cand] = []
    rx = lex.department_name_re
    for m in rx.finditer(text):
        s, e = m.span("name")
        if text[s:e].endswith(("委", "局", "办")):
            continue  # (教科|文卫委主任: a committee, no name)
        out.append(Cand(s, e, "Person", "department-name"))
    return out


# ---------------------------------------------------------------------------
# a foreign name LAC splits: 差猜·春哈旺, 彼得·皮奥, 亚斯特任布斯基

_NAME_DOT = frozenset("·•・‧-－—")


def foreign_names(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """Join LAC's person parts across a name dot, or directly when the parts are transcribed
    foreign names (all their characters from the transcription table)."""
    out: list[Cand] = []
    words = widx.words
    i = 0
    while i < len(words):
        s, e, tag = words[i]
        if tag != "PER":
            i += 1
            continue
        j, end = i, e
        while j + 1 < len(words):
            ns, ne, ntag = words[j + 1]
            word = text[ns:ne]
            if ns == end and ntag == "PER" and lex.transliterated(text[s:end].strip("".join(_NAME_DOT))) \
                    and lex.transliterated("".join(c for c in word if c not in _NAME_DOT)):
                j, end = j + 1, ne  # 亚斯特|任布斯基
            elif ns == end and ntag == "PER" and word[0] in _NAME_DOT and len(word) > 1:
                j, end = j + 1, ne  # 彼得|·皮奥
            elif ns == end and text[end - 1] in _NAME_DOT and ntag == "PER":
                j, end = j + 1, ne  # 彼得·|皮奥
            elif ns == end and word in _NAME_DOT and j + 2 < len(words) and words[j + 2][2] == "PER" \
                    and words[j + 2][0] == ne:
                j, end = j + 2, words[j + 2][1]  # 差猜|·|春哈旺
            else:
                break
        if j > i:
            out.append(Cand(s, end, "Person", "foreign-name"))
        i = j + 1
    return out


# ---------------------------------------------------------------------------
# a foreign place LAC splits: 塔|科马市, 莱克|伍德县

_ADMIN_SUFFIX = ("市", "县", "州", "省", "镇", "村", "区", "郡")


def foreign_places(text: str, widx: WordIndex, lex: Lexicon) -> list[Cand]:
    """Join adjacent statistical places that together are one transcribed name with an
    administrative suffix; neither part may be a Chinese area's name (重庆|渝中区 stay two)."""
    out: list[Cand] = []
    words = widx.words
    for i in range(len(words) - 1):
        (s, e, t1), (s2, e2, t2) = words[i], words[i + 1]
        if t1 != "LOC" or t2 != "LOC" or e != s2:
            continue
        whole = text[s:e2]
        if not whole.endswith(_ADMIN_SUFFIX) or text[s:e] in lex.area_names or text[s2:e2] in lex.area_names:
            continue
        if e - s <= 3 and lex.transliterated(whole[:-1]):
            out.append(Cand(s, e2, "Place", "foreign-place"))
    return out


def dedupe(cands: Iterable[Cand]) -> list[Cand]:
    seen: dict[tuple[int, int, str, str | None], Cand] = {}
    for c in cands:
        seen.setdefault((c.start, c.end, c.label, c.canonical), c)
    return list(seen.values())
