"""The spaCy components of kg's pipeline, each a registered factory.

Data flow inside a Doc (one paragraph or headline):

``kg_lac``            LAC words -> ``doc._.lac_words``; PER/ORG/LOC/TIME -> ``doc.spans["lac"]``
``span_ruler``        (spaCy's) known names from patterns JSONL -> ``doc.spans["patterns"]``
``kg_gazetteer``      streets, communities, districts (TSV) -> ``doc.spans["gazetteer"]``
``kg_regex_ruler``    regex patterns (JSONL) -> ``doc.spans["regex"]``
``kg_entity_rules``   suffix names, street lists, names after titles -> ``doc.spans["rules"]``
``kg_entity_filter``  all of the above, by priority -> ``doc.spans["kg"]`` (nesting allowed) and ``doc.ents``
``kg_relations``      posts, roles, located-in, aliases -> ``doc._.kg_posts`` ...
``kg_entity_scorer``  (``kg.nlp.entity_model``) drops the unlikely entities of ``doc.spans["kg"]`` and ``doc.ents``
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp import resources as R
from kg.nlp.lac import get_lac
from kg.nlp.rules import (
    AREA_UNITS,
    CONJUNCTION,
    COUNTED,
    GENERIC_FIRST,
    JOINER_OPENS_NAME,
    UNNAMED,
    AbbrCue,
    Cand,
    Lexicon,
    WordIndex,
    a_kind_to_build,
    abbreviated_places,
    area_bodies,
    bodies_cut_before_heads,
    counted_bodies,
    dedupe,
    foreign_names,
    foreign_places,
    hospital_lists,
    joined_names,
    longest_first,
    names_after_titles,
    names_in_departments,
    names_in_lists,
    orgs_before_titles,
    orgs_in_titles,
    outlet_names,
    place_org_names,
    programme_lists,
    quoted_runs,
    schools_of_universities,
    street_community_forms,
    street_offices,
    suffix_names,
    transliterated,
    units_before_titles,
    units_in_words,
)
from kg.nlp.textcache import text_of

__all__ = ["GEO", "LABELS", "register_extensions"]

LABELS = ("Person", "Organization", "Hospital", "Street", "Community", "Place", "Programme")
GEO = frozenset({"Place", "Street", "Community"})
NEST_OUTER = frozenset({"Hospital", "Organization"})  # names that may contain a place, street or community
LAC_LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
# labels whose statistical name replaces a shorter rule name inside it
# (区委 -> 区委社会工作部; 佳苑社区 -> 爱民佳苑社区)
_LAC_LONGER = frozenset({"Organization", "Street", "Community"})
# a body (委, 局, 部 ...) at the start of one of its departments' names (区委|宣传部, 商务部|流通发展司供应链处)
_PARENT_BODY = re.compile("^([\u4e00-\u9fff]{1,12}?(?:委员会|委|局|厅|部|署))"
                          "(?=[\u4e00-\u9fff]{2,}(?:处|科|室|司|中心|部|办公室|办|队|所|站)$)"
                          # 太原理工大学 of 太原理工大学体育与健康工程学院
                          "|^([\u4e00-\u9fff]{2,12}?(?:大学|学院))(?=[\u4e00-\u9fff]{2,}(?:学院|研究院|研究所|系|处|中心)$)"
                          # 巴州区法院 of 巴中市巴州区法院曾口人民法庭: a court's local tribunal
                          "|^([\u4e00-\u9fff]{2,12}?(?:法院|检察院))(?=[\u4e00-\u9fff]{2,}(?:法庭|检察室)$)")
# an area's name opening a longer name (渝中区|石油路社区): no street or community on its own
# 五横乡|曰公社区 read as one place: the area, and the community or street in it
# two bodies printed side by side, the second with its level (区纪委区监委, 市委社会工委市民政局)
_TWO_BODIES = re.compile("([\u4e00-\u9fff]{2,10}?[委局办部厅])"
                         "((?:区|市|县|省)(?:[\u4e00-\u9fff]{1,10}[委局办部厅]|政府))")  # (君山区委区政府)
# (an item after 以及/及 is named without it: ，以及|区级机关工委、)
_LIST_ITEM = re.compile("(?:(?<=[、，,：:])(?!以及|及)|(?<=[、，,：:]以及)|(?<=[、，,：:]及))"
                        "[\u4e00-\u9fff]{2,10}(?=[、等和及])|(?!以及|及)[\u4e00-\u9fff]{2,10}(?=、)"
                        # the last item before the persons who come for it (…、乡村振兴局主要负责同志)
                        "|(?<=、)[\u4e00-\u9fff]{2,8}?[局办委部厅](?=主要负责|负责同志|有关负责|相关负责|领导)")
_LISTED_COMMUNITY = re.compile("(?<=、)[\u4e00-\u9fff]{2,4}社区(?=[、等和及，,。])"
                               "|(?<=[，,：:、])[\u4e00-\u9fff]{2,4}社区(?=、)")
_PERSON_AND_BODY = re.compile(f"([\u4e00-\u9fff]{{2,3}})({CONJUNCTION.pattern})([\u4e00-\u9fff]{{2,}})")
# what may stand before a list's first body and is no part of it: verbs, adverbs, particles (not the
# adjectives and numerals that open bodies' names, 重工业部, 第一机械工业部, as rules' _LIST_LEAD_TAGS has them)
_LEAD_TAGS = frozenset({"v", "vd", "ad", "d", "p", "c", "u", "r"})
_UNITS = ("街道", "社区")
_WORKS_ENDS = ("厂", "公司", "集团", "所")
_BODY_ENDING = re.compile("(?:局|办|委|部|厅|公司|集团|协会|学会|联合会)$")
_DASH_AFTER = re.compile("\\s*[-－—]")
_HAN_BEFORE = re.compile("(?![省市州])[\u4e00-\u9fff]$")  # (安徽省和县: the county, after its province)
_PREPOSITIONS = frozenset("同与")  # what the model may read into a place's name (同|鱼河峁镇; not 和平, 向阳)
_AREA_UNIT_END = re.compile("(?:镇|乡|村|区|县|市|街道|社区)")
_HAN_CHAR = re.compile("[\u4e00-\u9fff]")
_MOTION_VERBS = frozenset("来到赴")  # 宋玫|来|婺城区: a verb of going before a place, no part of a name
_PARTY_GROUP_TITLES = ("书记", "副书记", "成员")  # 党组书记: the body's party group, a title
_TITLE_PREFIXES = "副原前代总"  # 瞿凯|副|支队长: the title's own first character, not the name's last
# what ends a list's item or a clause (七一路街道文明社区、小桥街道…: 文明社区 is the street's community)
_ITEM_ENDS = ("、", "，", ",", "。", "；", ";", "和", "及", "与")
# a road's ending right after the model's place, where the road's name ends (大坪|支路建设, 龙岭东|路段)
_ROAD_AFTER = re.compile("[东西南北中]?(?:支路|路|大道|大街|街|巷)(?=[^\u4e00-\u9fff]|[的和与及等上旁边口段沿两]|$)")
# a hospital's own bodies and departments (…党支部, …体检中心, …门诊部)
_HOSPITAL_UNIT = re.compile("(?:(?<=院|心|站|区)(?:党委|党总支|党支部|工会|团委)"  # (…院区|党总支: a campus's)
                            "|(?<=院|心|站)[\u4e00-\u9fff]{0,4}(?:体检中心|门诊部|住院部|病区|院区))$")
_FEDERATIONS = ("侨联", "妇联", "文联", "残联", "工商联", "科协", "总工会", "工会", "关工委")
_LONGER_PLACE_ENDS = ("半岛", "机场", "港", "湾", "岛", "市", "省", "州", "区", "县", "城", "河", "湖", "山",
                      "共和国", "王国")
# a page's debris before a name: ASCII ending in a lowercase letter or a symbol, then the name (or a year)
# (brands are capitals and digits: SK海力士, TCL, 3D打印)
_GLUED_LATIN = re.compile("(?![(\"《])[!-~]*[a-z!-/:-@\\[-`{-~](?=[0-9]*[\u4e00-\u9fff])")
# a community's committee (雅康社区居委会, 南城街道|中意社区党委: the community after its street)
_COMMUNITY_BODY = re.compile("^(?:中共)?(?:[\u4e00-\u9fff]*?(?:街道办事处|街道|办事处))?"
                             "((?!社区)(?:(?!街道|办事处)[\u4e00-\u9fff]){2,8}?社区)"
                             "(?:居委会|居民委员会|委员会|党委|党总支|党支部|团支部)$")
_VILLAGE_BODY = re.compile("^(?:[\u4e00-\u9fff]*?(?:县|区|市))?((?:(?!镇|乡)[\u4e00-\u9fff]){2,4}?(?:镇|乡))?"
                           "((?:(?!镇|乡|村)[\u4e00-\u9fff]){1,5}?村)(?:村委会|村民委员会|党支部|党委|党总支)$")
_QUOTED_OBSERVANCE = re.compile("[“‘]([\u4e00-\u9fff]{2,10}(?:日|节|周|月|季))[”’][\u4e00-\u9fff]{0,6}?活动$")
_BLOCK = "kg_block"  # a candidate that names nothing and keeps the spans inside it out (立体 of 立体社区)
# what the model reads into an organisation's name after it: its part in an event (漱玉…有限公司|协办), the
# first word of a title (柳州市关工委|驻会副主任: a member working at the body)
_TRAILING_WORDS = ("主办", "承办", "协办", "驻会")
_HEADS_OF_AREAS = ("区长", "县长", "市长", "镇长", "乡长", "省长", "州长")  # (a place never ends with its head)
QUOTED_HEAD = re.compile("[“‘\"]([^”’\"]+)[”’\"]")  # a name's first quoted part: “七夕”节 -> 七夕
_AN_AREA = re.compile("(?:区|县|市|镇|乡|街道)$")  # an area's or a town's name (港沿镇|港沿村: then its village)
# what ends the place a body is named by (锦江区|科协), or the place's committee (成华区委|社会工作部)
_PLACE_UNITS = frozenset({"区", "县", "市", "省", "镇", "乡", "街道", "区委", "县委", "市委", "省委"})
_AREA_OR_COMMITTEE = tuple(u for u in _PLACE_UNITS if u[0] in AREA_UNITS)  # (an area's, tagged ORG)
# an edition or a year before a programme's quoted name (第十届, 首届, 2023年, 2025)
_EDITION_OR_YEAR = re.compile("(?:第[一二三四五六七八九十百0-9]{1,4}届|首届|(?:19|20)[0-9]{2}年度?|(?:19|20)[0-9]{2})$")
_OPENED = frozenset("“‘第首0123456789")  # what follows an area opening a programme's name
_UNIT_AFTER_AREA = re.compile(
    "[\u4e00-\u9fff]{1,6}?(?<![社小街园])(?:区|县|市|省|乡|镇)([\u4e00-\u9fff]{2,6}(?:社区|街道))$")
# the county, town and village of a village's clinic (乐亭县古河乡李各庄村卫生室)
_VILLAGE_CLINIC = re.compile("(?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗))*[\u4e00-\u9fff]{1,6}?(?:乡|镇)"
                             "(?P<village>[\u4e00-\u9fff]{1,6}?村)卫生室$")
_CHAIN_UNITS = re.compile("[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|乡|镇)")
_AREA_NAME = "[\u4e00-\u9fff]{1,6}?(?<![社小街园])(?:区|县|市|省)"  # a district's, county's, city's or province's
_AREA_PREFIX = re.compile(_AREA_NAME + "(?=[\u4e00-\u9fff]{4})")
_STREET_VENUE_ENDS = ("小区", "街区", "景区", "花园", "公园", "家园", "广场", "苑", "里", "弄", "巷", "路", "街", "村")
# a street (and the areas before it) opening the model's place: 南长街道|发源小区, 新江湾城街道|国权北路街区
_STREET_PREFIX = re.compile(f"(?P<area>(?:{_AREA_NAME})?)"
                            "(?P<street>[\u4e00-\u9fff]{2,6}?街道)(?=[\u4e00-\u9fff0-9]{3})")


_LATIN_PAREN = re.compile("[A-Za-z][A-Za-z .&-]*[（(]$")


class OrgEvidence:
    """Whether a statistical organisation without an organisation's ending is one (lexicon/org_*)."""

    def __init__(self, data: R.Data | None = None) -> None:
        data = data or R.Data()
        ends = sorted(data.words("lexicon/org_endings.txt"), key=len, reverse=True)
        self.ending = re.compile("(?:" + "|".join(map(re.escape, ends)) + ")$")
        cues = data.tsv("lexicon/org_cues.tsv")
        before = sorted((r["cue"] for r in cues if r["side"] == "before"), key=len, reverse=True)
        after = sorted((r["cue"] for r in cues if r["side"] == "after"), key=len, reverse=True)
        self.before = re.compile("(?:" + "|".join(map(re.escape, before)) + ")$")
        self.after = re.compile("^(?:" + "|".join(map(re.escape, after)) + ")")
        self.translit = frozenset("".join(data.words("lexicon/transliteration_chars.txt")))
        self.abstract = tuple(data.words("lexicon/not_organisation_endings.txt"))
        self.ending_words_not = tuple(data.words("lexicon/org_ending_words_not.txt"))  # 全局, 场所
        self.known = data.words("gazetteers/bodies.txt")  # 北大, 华为, 致公党: names of their own

    def is_abstract(self, name: str) -> bool:
        """An abstract noun's ending (竞争力, 现代化): no organisation however sure the model is."""
        return name.endswith(self.abstract)

    def foreign(self, name: str) -> bool:
        """A transcribed foreign name of three characters or more: 英特尔, 欧佩克."""
        return len(name) >= 3 and transliterated(name, self.translit)

    def has_ending(self, name: str) -> bool:
        return bool(self.ending.search(name)) and not name.endswith(self.ending_words_not)

    def cue(self, text: str, start: int, end: int) -> bool:
        """A company named without 公司: 商业巨头华润, UNIQLO（优衣库）, 英特尔发表声明."""
        before, after = text[max(0, start - 12):start], text[end:end + 4]
        return bool(self.before.search(before) or self.after.match(after) or _LATIN_PAREN.search(before))


def register_extensions() -> None:
    for name in ("lac_words", "lac_confidence", "kg_posts", "kg_roles", "kg_located_in", "kg_aliases"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def _span(doc: Doc, c: Cand, key_rule: bool = True) -> Span | None:
    sp = doc.char_span(c.start, c.end, label=c.label, kb_id=c.canonical or "",
                       span_id=c.rule if key_rule else "")
    return sp


# ---------------------------------------------------------------------------


class LacNer:
    """Statistical segmentation + NER (Baidu LAC). Batches equal-length texts in `pipe`.
    For the labels in `scored` (ORG and PER by default) each span's confidence goes to
    ``doc._.lac_confidence`` ({(start, end): probability})."""

    def __init__(self, nlp: Language, name: str, threads: int, spans_key: str, scored: list[str],
                 data: R.Data | None = None) -> None:
        self.name = name
        self.threads = threads
        self.spans_key = spans_key
        self.scored = frozenset(scored)
        self.org = OrgEvidence(data)  # an ORG that ends like an organisation (区委) needs no confidence

    def _skip(self, text: str, tag: str) -> bool:
        return tag == "ORG" and self.org.has_ending(text)

    def _set(self, doc: Doc, words: list[tuple[int, int, str]], conf: dict[tuple[int, int], float]) -> Doc:
        doc._.lac_words = words
        doc._.lac_confidence = conf
        spans = []
        for s, e, tag in words:
            if tag in ("PER", "ORG", "LOC", "TIME"):
                sp = doc.char_span(s, e, label=tag)
                if sp is not None:
                    spans.append(sp)
        doc.spans[self.spans_key] = spans
        return doc

    def __call__(self, doc: Doc) -> Doc:
        words, conf = get_lac(self.threads).analyze_scored([text_of(doc)], self.scored, self._skip)
        return self._set(doc, words[0], conf[0])

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._flush(batch)
                batch = []
        if batch:
            yield from self._flush(batch)

    def _flush(self, batch: list[Doc]) -> Iterator[Doc]:
        words, conf = get_lac(self.threads).analyze_scored([text_of(d) for d in batch], self.scored, self._skip)
        for doc, w, c in zip(batch, words, conf, strict=True):
            yield self._set(doc, w, c)


@Language.factory("kg_lac", default_config={"threads": 1, "spans_key": "lac", "scored": ["ORG", "PER"],
                                           "extra_data": {}})
def make_lac(nlp: Language, name: str, threads: int, spans_key: str, scored: list[str],
             extra_data: dict[str, list[str]]) -> LacNer:
    """``extra_data``: the user's files extending the organisation evidence (``lexicon/org_endings.txt``
    and the others `OrgEvidence` reads); give the filter the same files."""
    return LacNer(nlp, name, threads, spans_key, scored, R.Data(extra_data))


# ---------------------------------------------------------------------------


_TOWN_END = re.compile("[镇乡]")
# a paper or a site named with 中国, closed there or before its lead's 讯 (not 中国特色, 中国人民…会议: the news
# NER sets read 中国 there as a place; a wider rule cost them, stops 15 and 18)
_OUTLET_AFTER_NATION = re.compile("[\u4e00-\u9fff]{1,6}?(?:报|网)(?:(?![\u4e00-\u9fff])|(?=[\u4e00-\u9fff]{0,4}讯))")


class Gazetteer:
    """Phrase matching of administrative names from TSV gazetteers."""

    def __init__(self, nlp: Language, name: str, spans_key: str, extra_streets: list[str],
                 extra_communities: list[str], extra_areas: list[str], data: R.Data | None = None) -> None:
        data = data or R.Data()
        self.name = name
        self.spans_key = spans_key
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # two-character names (城区, 矿区) are too often plain words to match on their own
        areas = {r["name"] for r in data.tsv("gazetteers/admin_areas.tsv", extra_areas) if len(r["name"]) >= 3}
        areas |= {r["name"] for r in data.tsv("gazetteers/landmarks.tsv")}
        areas |= {w for w in data.words("gazetteers/world_places.txt") if len(w) >= 2}
        streets = {r["name"] for r in data.tsv("gazetteers/streets.tsv", extra_streets) if len(r["name"]) >= 4}
        communities = {r["name"] for r in data.tsv("gazetteers/communities.tsv", extra_communities)
                       if len(r["name"]) >= 4 and not r["name"].startswith("街道")}
        for label, names in (("Place", areas), ("Street", streets), ("Community", communities)):
            self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(names))))
        # towns and townships (前黄镇, 上盐湾镇: the model often cuts a first character that reads as a
        # word), looked up at each 镇 or 乡: tens of thousands of names, kept as strings, not patterns
        self.towns = frozenset(r["name"] for r in data.tsv("gazetteers/towns.tsv") if len(r["name"]) >= 3)
        self.town_lengths = sorted({len(t) for t in self.towns}, reverse=True)
        self.vague_places = data.words("lexicon/vague_places.txt")

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        text = text_of(doc)
        for m in _TOWN_END.finditer(text):
            end = m.end()
            name = next((text[end - k:end] for k in self.town_lengths if text[end - k:end] in self.towns), "")
            if name and (sp := doc.char_span(end - len(name), end, label="Place")) is not None:
                spans.append(sp)
                if (village := self._village_after(doc, text, end)) is not None:
                    spans.append(village)
        doc.spans[self.spans_key] = spans
        return doc

    def _village_after(self, doc: Doc, text: str, end: int) -> Span | None:
        """A village printed right after its town (叮咛店镇|南车寄村, 港沿镇|合兴村家门口养老服务站), which
        the model often misses or cuts (大张楼镇东|张楼村): two to four characters and 村, the words inside
        the name none that read as a verb, a particle or a pronoun (not 该镇|帮扶村, 镇|组织村干部)."""
        m = _VILLAGE.match(text, end)
        if m is None or text[end:m.end()] in self.vague_places or text.startswith(_NOT_VILLAGE_STARTS, end):
            return None  # (麦积镇|部分村, 该镇|各村: some villages, no village named)
        for s, e, tag in doc._.lac_words or []:
            if s < m.end() - 1 and e > end and tag not in _VILLAGE_WORD_TAGS:
                return None
        return doc.char_span(end, m.end(), label="Place")


# 2–4 characters and 村, not a word of villages (村民, 村级, 村干部, 村庄) nor an item's function word in the name
_VILLAGE = re.compile("[\u4e00-\u9fff]{2,4}?村(?![民级庄落干容貌规务情风里内史])")
_NOT_VILLAGE_STARTS = ("部分", "各", "全", "所", "每", "该", "本", "辖", "其", "此", "多", "一些", "有的")
_VILLAGE_WORD_TAGS = frozenset({"LOC", "ns", "n", "nz", "PER", "nr", "ORG", "nt"})


@Language.factory("kg_gazetteer", default_config={"spans_key": "gazetteer", "extra_streets": [],
                                                  "extra_communities": [], "extra_areas": [], "extra_data": {}})
def make_gazetteer(nlp: Language, name: str, spans_key: str, extra_streets: list[str],
                   extra_communities: list[str], extra_areas: list[str],
                   extra_data: dict[str, list[str]]) -> Gazetteer:
    """``extra_data``: the user's files extending any gazetteer the component reads
    (``{"gazetteers/world_places.txt": ["my_places.txt"]}``), as for ``kg_entity_rules``."""
    return Gazetteer(nlp, name, spans_key, extra_streets, extra_communities, extra_areas, R.Data(extra_data))


# ---------------------------------------------------------------------------


class RegexRuler:
    """Regular-expression patterns (JSONL: label, pattern, boundary, id, word_tags) mapped back
    with ``Doc.char_span``. ``boundary: "word"`` requires the match to start a LAC word, ``"words"``
    to start one and end one (世界读书日, not 国际社会曾希望日|本);
    ``"word_or_place"`` also accepts a match that starts with the last character of a
    district's name (锦江区|科协) and takes the name in; ``word_tags`` lists the LAC tags
    the words inside the match may have; a group named ``name`` marks the name within the
    match, the rest being context (第十八个|爱国卫生月)."""

    def __init__(self, name: str, spans_key: str, extra: list[str]) -> None:
        self.name = name
        self.spans_key = spans_key
        titles = sorted((r["title"] for r in R.tsv("lexicon/titles.tsv")), key=len, reverse=True)
        self.title_re = re.compile("|".join(map(re.escape, titles)))
        self.patterns = []
        for row in R.jsonl("patterns/regex.jsonl", extra):
            if row.get("label") not in LABELS:
                raise ValueError(f"regex pattern {row.get('id')!r}: label must be one of {LABELS}")
            tags = frozenset(row["word_tags"]) if row.get("word_tags") else None
            self.patterns.append((re.compile(row["pattern"]), row["label"], row.get("boundary", "none"),
                                  row.get("id", "regex"), tags))

    def __call__(self, doc: Doc) -> Doc:
        words = doc._.lac_words or []
        text = text_of(doc)
        starts = {s for s, _, _ in words}
        ends = {e for _, e, _ in words}
        word_at: dict[int, tuple[int, int, str]] | None = None  # char -> the word covering it, when first asked
        loc_ending = {e: s for s, e, t in words if t == "LOC"}
        loc_covering = {c: (s, e) for s, e, t in words  # (重庆市渝中区, 成华区委: an area, or its committee,
                        if t == "LOC" or (t == "ORG" and text.endswith(_AREA_OR_COMMITTEE, s, e))  # tagged ORG)
                        for c in range(s, e)}
        spans = []
        for rx, label, boundary, pid, tags in self.patterns:
            pos = 0
            while (m := rx.search(text, pos)) is not None:
                # a match the checks below refuse is searched again one character on (近日来到|市文化和
                # 旅游局: the district's body after a time word the leftmost match took in)
                pos = m.start() + 1
                start = m.start()
                if tags is not None and any(t not in tags and not (t == "v" and e - s == 1)
                                            for s, e, t in words if s < m.end() and e > m.start()):
                    continue  # 青羊区立足发展大局: a verb inside is no name (市|创|城|办: one-character
                    # words of an abbreviated name are)
                if boundary == "word_or_place" and start not in starts and start in loc_covering \
                        and text[start:loc_covering[start][1]] in _PLACE_UNITS:
                    # 锦江区|科协, 定海路街道|关心下一代工作委员会: the agency of a named district or street; take
                    # the place's name (and the city before it)
                    start = loc_covering[start][0]
                    while start in loc_ending:
                        start = loc_ending[start]
                elif boundary in ("word", "words", "word_or_place") and start not in starts:
                    continue
                if boundary == "words" and m.end() not in ends:
                    continue
                if label == "Organization" and m.end() not in ends:
                    word_at = word_at if word_at is not None else {c: w for w in words for c in range(w[0], w[1])}
                    if (w := word_at.get(m.end())) is not None and w[2] in ("v", "vn") and w[0] < m.end():
                        continue  # 高校办|学: the body's last character opens a verb, no body
                end = m.end()
                if "name" in rx.groupindex:  # 第十八个|爱国卫生月: the pattern's context is no part of the name
                    start, end = m.span("name")
                if label == "Organization":  # 市轨道集团|党委副书记: the name stops where a post title starts
                    for k in (2, 1):
                        t = self.title_re.match(text, end - k)
                        if t is not None and t.end() > end:
                            end -= k
                            break
                sp = doc.char_span(start, end, label=label, span_id=f"regex:{pid}")
                if sp is not None:
                    spans.append(sp)
                    pos = max(m.end(), pos)  # (an empty match of a user's pattern still moves on)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("kg_regex_ruler", default_config={"spans_key": "regex", "extra": []})
def make_regex_ruler(nlp: Language, name: str, spans_key: str, extra: list[str]) -> RegexRuler:
    return RegexRuler(name, spans_key, extra)


# ---------------------------------------------------------------------------


def known_places(data: R.Data, areas: frozenset[str] | None = None,
                 world: frozenset[str] | None = None) -> frozenset[str]:
    """Areas, the countries and provinces the abbreviations stand for, world places (日本, 中国, 东京),
    China's regions and great waters (华北, 长江)."""
    areas = area_names(data)[0] if areas is None else areas
    world = data.words("gazetteers/world_places.txt") if world is None else world
    return areas | {r["name"] for r in data.tsv("lexicon/place_abbreviations.tsv")} | world \
        | data.words("gazetteers/regions.txt")


def area_names(data: R.Data) -> tuple[frozenset[str], frozenset[str]]:
    """Names and short names (two characters or more) of the administrative areas (渝中区, 渝中),
    and of the provinces and cities alone (重庆, 北京市; not 屏山 of 屏山县), from one reading."""
    every: set[str] = set()
    cities: set[str] = set()
    for r in data.tsv("gazetteers/admin_areas.tsv"):
        names = {n for n in (r["name"], r["short"]) if len(n) >= 2}
        every |= names
        if r["level"] in ("province", "city"):
            cities |= names
    return frozenset(every), frozenset(cities)


def load_lexicon(extra_titles: Iterable[str | Path] = (), extra_suffixes: Iterable[str | Path] = (),
                 data: R.Data | None = None) -> Lexicon:
    data = data or R.Data()
    areas, cities = area_names(data)
    outlets = data.tsv("ingest/outlets.tsv")
    return Lexicon(
        suffixes=[(r["suffix"], r["label"], int(r["min_prefix"] or 0), r["inside_word"] != "n",
                   r.get("needs_proper") == "y")
                  for r in data.tsv("lexicon/suffixes.tsv", extra_suffixes)],
        generic=data.words("lexicon/generic_modifiers.txt"),
        titles={r["title"]: r["implied_org"] for r in data.tsv("lexicon/titles.tsv", extra_titles)},
        surnames=data.words("lexicon/surnames.txt"),
        streets=frozenset(r["name"] for r in data.tsv("gazetteers/streets.tsv")),
        communities=frozenset(r["name"] for r in data.tsv("gazetteers/communities.tsv")),
        national_communities=data.words("gazetteers/communities_cn.txt"),
        org_ending_words_not=tuple(data.words("lexicon/org_ending_words_not.txt")),
        abbr_use={r["abbr"]: r["use"] for r in data.tsv("lexicon/place_abbreviations.tsv")},
        abbr_cues=[AbbrCue(r["cue"], r["side"], int(r["min_run"] or 1), frozenset(r["abbrs"]))
                   for r in data.tsv("lexicon/abbreviation_cues.tsv")],
        abbr_not_runs=data.words("lexicon/abbreviation_not_runs.txt"),
        abbr_name_heads=tuple(sorted(data.words("lexicon/abbreviation_name_heads.txt"), key=len, reverse=True)),
        area_names=areas,
        world_places=data.words("gazetteers/world_places.txt"),
        vague_places=data.words("lexicon/vague_places.txt"),
        city_names=cities,
        org_heads=[(r["head"], r["match"], int(r["min_len"] or 1)) for r in data.tsv("lexicon/org_heads.tsv")],
        org_heads_not=data.words("lexicon/org_heads_not.txt"),
        org_head_modifiers=data.words("lexicon/org_head_modifiers.txt"),
        translit=frozenset("".join(data.words("lexicon/transliteration_chars.txt"))),
        split_titles={r["title"]: r["org_end"] for r in data.tsv("lexicon/split_titles.tsv")},
        title_modifiers=data.words("lexicon/title_modifiers.txt"),
        list_suffixes=tuple(sorted(data.words("lexicon/programme_list_suffixes.txt"), key=len, reverse=True)),
        suffix_kinds={r["suffix"]: frozenset(r["kinds"].split("|")) for r in data.tsv("lexicon/suffix_kinds.tsv")},
        name_end_words=data.words("lexicon/name_end_words.txt"),
        name_tail_adverbs=data.words("lexicon/name_tail_adverbs.txt"),
        title_adverbs=data.words("lexicon/title_adverbs.txt"),
        role_nouns=data.words("lexicon/person_role_nouns.txt"),
        street_offices=tuple(data.words("lexicon/street_office_tails.txt")),
        category_nouns=data.words("lexicon/category_nouns.txt"),
        project_verbs=data.words("lexicon/project_verbs.txt"),
        road_endings=frozenset(data.words("lexicon/road_endings.txt")),
        outlet_endings=tuple(r["ending"] for r in outlets if r["furniture"] == "y"),
        outlet_papers=tuple(r["ending"] for r in outlets if r["furniture"] == "paper"),
    )


def _bodies_of_communities(text: str, cands: list[Cand]) -> list[Cand]:
    """A community's body read from its ending (社区党委) starts where the community the rules read
    starts (石马河街道|来鹿寺社区|党委, not 鹿寺社区党委: the model cut the name)."""
    community_start = {c.end: c.start for c in cands if c.label == "Community"}
    out = []
    for c in cands:
        k = text.find("社区", c.start, c.end) if c.label == "Organization" and c.rule.startswith("suffix:社区") else -1
        start = community_start.get(k + 2, c.start) if k >= 0 else c.start
        out.append(Cand(start, c.end, c.label, c.rule, c.canonical) if start < c.start else c)
    return out


# (not 枣庄市妇幼保健院|在新城院区: a preposition or a verb starts no branch's name)
_BRANCH = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,4}[)）]|(?![在的于到与和及对为将把从是])[\u4e00-\u9fff]{1,6}?)"
                     r"(?:分院|院区)")


def _in_book_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a 《…》 title."""
    opened = text.rfind("《", max(0, start - 40), start + 1)
    if opened < 0 or text.rfind("》", opened, start) >= 0:
        return False
    closed = text.find("》", end - 1, end + 40)
    return closed >= 0 and text.find("《", end, closed) < 0


def _hospital_branches(text: str, cands: list[Cand]) -> list[Cand]:
    """A hospital's branch or campus printed after it (湖州市第一人民医院|吴兴第二分院, 四川省妇幼保健院|
    天府院区, 齐鲁医院|(青岛)院区): the branch is a hospital named with its hospital."""
    out = []
    for c in cands:
        if c.label == "Hospital" and (m := _BRANCH.match(text, c.end)) is not None:
            out.append(Cand(c.start, m.end(), "Hospital", "hospital:branch"))
    return cands + out


class EntityRules:
    def __init__(self, name: str, spans_key: str, lexicon: Lexicon) -> None:
        self.name = name
        self.spans_key = spans_key
        self.lex = lexicon

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        widx = WordIndex(doc._.lac_words or [], len(text))
        cands = suffix_names(text, widx, self.lex)
        cands += street_community_forms(text, widx, self.lex)
        cands += names_after_titles(text, widx, self.lex)
        cands += names_in_departments(text, widx, self.lex)
        cands += names_in_lists(text, widx, self.lex)
        cands += abbreviated_places(text, widx, self.lex)
        cands += place_org_names(text, widx, self.lex)
        cands += bodies_cut_before_heads(text, widx, self.lex)
        cands += foreign_names(text, widx, self.lex)
        cands += foreign_places(text, widx, self.lex)
        cands += orgs_in_titles(text, widx, self.lex)
        cands += orgs_before_titles(text, widx, self.lex)
        cands += area_bodies(text, widx, self.lex)
        cands += schools_of_universities(text, widx, self.lex)
        cands += units_before_titles(text, widx, self.lex)
        cands += outlet_names(text, widx, self.lex)
        cands += street_offices(text, widx, self.lex)
        cands += units_in_words(text, widx, self.lex)
        cands += quoted_runs(text, widx, self.lex)
        cands += programme_lists(text, widx, self.lex)
        cands += hospital_lists(text, widx, self.lex)
        counted = counted_bodies(text, widx, self.lex)
        listed = {(c.start, c.end) for c in counted}  # (苏坡、公王庄等10个村: villages the text counts, no names)
        cands = [c for c in cands if c.label != "Person" or (c.start, c.end) not in listed] + counted
        cands = _hospital_branches(text, _bodies_of_communities(text, cands))
        doc.spans[self.spans_key] = [sp for c in dedupe(cands) if (sp := _span(doc, c)) is not None]
        return doc


@Language.factory("kg_entity_rules", default_config={"spans_key": "rules", "extra_titles": [],
                                                     "extra_suffixes": [], "extra_data": {}})
def make_entity_rules(nlp: Language, name: str, spans_key: str, extra_titles: list[str],
                      extra_suffixes: list[str], extra_data: dict[str, list[str]]) -> EntityRules:
    """``extra_data`` maps a data file under kg/data (``"lexicon/place_abbreviations.tsv"``)
    to the user's files of the same format that extend it."""
    return EntityRules(name, spans_key, load_lexicon(extra_titles, extra_suffixes, R.Data(extra_data)))


# ---------------------------------------------------------------------------


_HOUSE_NUMBER = re.compile("[0-9０-９一二三四五六七八九十百]+号$")  # (大纸坊街72号院, 2号楼: a compound, a building)
# A people's congress or a political consultative conference at a level (区人大, 省人大, 全国人大,
# 绵阳市政协) before the word for its members.
_LEVEL_MEMBERS = re.compile(r"(?:全国|[\u4e00-\u9fff]{0,4}?[省市区县镇乡])(人大|政协)")
_MEMBER_WORDS = {"人大": "代表", "政协": "委员"}


@dataclass(frozen=True)
class _FilterContext:
    """What the filter reads of one Doc, computed once."""
    text: str
    confidence: dict[tuple[int, int], float]
    words_at: dict[int, tuple[int, str]]
    word_at: Callable[[int], tuple[int, int, str] | None]  # the model's word covering a character

    def covering_tag(self, c: int) -> str:
        """The tag of the model's word covering character `c` ('' if none)."""
        return w[2] if (w := self.word_at(c)) is not None else ""


class EntityFilter:
    """Merge candidate spans by priority into ``doc.spans[spans_key]`` and ``doc.ents``.

    A span that crosses a better one is dropped. A span nested in another is kept only
    when it is a place, street or community inside an organisation or hospital name
    (七星岗街道 in 七星岗街道社区卫生服务中心); a person's name inside an organisation
    or place name (王琦美术馆) is not a person. A longer rule span replaces a shorter
    one of the same type inside it (区委 -> 区委社会工作部)."""

    def __init__(self, name: str, spans_key: str, priorities: dict[str, int], org_confidence: float = 0.85,
                 min_confidence: float = 0.3, data: R.Data | None = None) -> None:
        data = data or R.Data()
        self.name = name
        self.org_confidence = org_confidence
        self.min_confidence = min_confidence
        self.not_orgs = data.words("lexicon/not_organisations.txt")
        self.spans_key = spans_key
        self.priorities = priorities
        self.honorifics = data.words("lexicon/honorifics.txt")
        self.not_names = data.words("lexicon/not_names.txt")
        self.not_programmes = data.words("lexicon/not_programmes.txt")
        self.not_name_endings = tuple(data.words("lexicon/not_name_endings.txt"))
        self.role_nouns = data.words("lexicon/person_role_nouns.txt")
        self.hospital_suffixes = tuple(r["suffix"] for r in data.tsv("lexicon/suffixes.tsv")
                                       if r["label"] == "Hospital")
        self.place_suffixes = tuple(r["suffix"] for r in data.tsv("lexicon/suffixes.tsv")
                                    if r["label"] == "Place")
        self.vague_places = data.words("lexicon/vague_places.txt")
        self.generic_bodies = data.words("lexicon/generic_bodies.txt")
        self.bare_suffixes = frozenset(r["suffix"] for r in data.tsv("lexicon/suffixes.tsv"))
        self.area_names, self.city_names = area_names(data)
        self.world_places = data.words("gazetteers/world_places.txt")
        self.known_places = known_places(data, self.area_names, self.world_places)
        self.generic_starts = tuple(sorted(g for g in data.words("lexicon/generic_modifiers.txt") if len(g) >= 2))
        self.national_starts = tuple(data.words("lexicon/national_body_starts.txt"))
        self.bare_bodies = {r["body"]: tuple(r["followers"].split("|")) for r in data.tsv("lexicon/bare_bodies.tsv")}
        self.org = OrgEvidence(data)
        self.titles = frozenset(r["title"] for r in data.tsv("lexicon/titles.tsv"))
        self.title_re = longest_first(self.titles)
        # what LAC may take into a person's name: a post or an honorific (费舍尔议长, 江泽民同志)
        self.name_tails = sorted({t for t in self.titles if len(t) >= 2} | {h for h in self.honorifics if len(h) >= 2},
                                 key=len, reverse=True)
        self.name_tails_tuple = tuple(self.name_tails)
        self.org_title_tails = tuple(t for t in self.name_tails if t in self.titles and len(t) >= 2)
        self.surnames = data.words("lexicon/surnames.txt")
        self.name_end_chars = frozenset(w for w in data.words("lexicon/name_end_words.txt") if len(w) == 1)
        # 兰州日报, 西山网: a name the model reads as a person that ends so is an outlet (ingest/outlets.tsv)
        self.outlet_person_ends = tuple(r["ending"] for r in data.tsv("ingest/outlets.tsv") if r["person"] == "y")
        # what is no name's third character: a word that ends a name, an adverb, a verb of taking a post,
        # a body's ending (区红会|秘书长: the red cross's short name), a title's first character (唐军|副总裁)
        self.third_not = self.name_end_chars | data.words("lexicon/name_tail_adverbs.txt") \
            | frozenset("任兼为是会委局办部所院处科队站厅" + _TITLE_PREFIXES)
        self.place_tails = sorted(data.words("lexicon/place_tails.txt"), key=len, reverse=True)
        self.org_head_ends = tuple(r["head"] for r in data.tsv("lexicon/org_heads.tsv") if r.get("relabel") == "y")
        self.org_heads_not = tuple(data.words("lexicon/org_heads_not.txt"))
        self.adjective_tails = tuple(data.words("lexicon/place_adjective_tails.txt"))
        self.name_endings = tuple(data.words("lexicon/place_name_endings.txt"))
        self.generic_tails = data.words("lexicon/generic_place_tails.txt")
        self.road_endings = tuple(data.words("lexicon/road_endings.txt"))
        chars = "".join(data.words("lexicon/region_abbreviation_chars.txt"))
        self.region_pair = re.compile(f"[{re.escape(chars)}]{{2}}")
        self.abbreviations = frozenset(chars) | {r["abbr"] for r in data.tsv("lexicon/place_abbreviations.tsv")}

    def _area_head(self, text: str) -> int:
        """Length of an administrative area's name that starts `text` and is followed by
        something that is not part of a place name; 0 if there is none."""
        for n in range(len(text) - 1, 1, -1):
            rest = text[n:]
            if rest.startswith(self.road_endings):
                continue  # 兴业|路76号: a road named like a county (兴业县), not the county
            if text[:n] in self.area_names and (rest in self.generic_tails or not rest.endswith(self.name_endings)):
                return n
        return 0

    def _bad_person(self, text: str) -> bool:
        if len(text) < 2 or text in self.not_names or not re.fullmatch("[\u4e00-\u9fff·]+", text):
            return True
        if text in self.surnames or text.endswith(self.not_name_endings):
            return True  # 欧阳 (of 欧阳女士): a surname alone; 卫健委: a body
        if len(text) == 3 and (text[2] in "了的们着过吗呢吧" or text[1:] in self.role_nouns):
            return True  # 居民都走了, 向居民群众: a particle or a role noun read into a name
        if len(text) >= 4 and text.endswith(("师", "员")) and "·" not in text:
            return True  # 心理咨询师, 网格管理员: a profession, no name
        if (text[0] in "小老阿" or text[0] == text[1] or text[1] == "副") and len(text) == 2:
            return True  # 小曹; 月月, 周周 (周周有课程); 萧副 (萧副主席): no full name
        if any(text[k:] in self.titles for k in (1, 2) if len(text) > k + 1):
            return True  # 毛主席, 唐外长: a surname and a post, no full name
        return any(text.endswith(h) and len(text) - len(h) <= 2 for h in self.honorifics)

    def _org_supported(self, sp: Span, text: str, confidence: dict[tuple[int, int], float]) -> bool:
        """Whether a statistical organisation is one: its ending (区委), a cue around it (商业巨头华润),
        a transcribed name (英特尔), a known body's name (清华, bodies.txt), or LAC's certainty for a
        name that is no field or abstraction."""
        name = sp.text
        if name in self.not_orgs:
            return False  # 新时代, 新时代党 (of 新时代党的建设): whatever its ending
        if self.org.has_ending(name) or self.org.cue(text, sp.start_char, sp.end_char) or self.org.foreign(name) \
                or name in self.org.known:
            return True
        return (confidence.get((sp.start_char, sp.end_char), 0.0) >= self.org_confidence
                and len(name) >= 2 and not self.org.is_abstract(name))

    def _city_before_venue(self, name: str, start: int, words_at: dict[int, tuple[int, str]]) -> int:
        """The length of a city's or a country's name (重庆, 上海, 英国: no unit printed) opening a venue's
        name whose own name is a proper one, a word the model tags so (上海|虹口体育馆, 香港|伊丽莎白体育馆; not
        重庆自然博物馆, 香港展览中心: the city is part of the name); 0 if none."""
        for k in range(min(len(name) - 4, 6), 1, -1):
            if (name[:k] in self.city_names or name[:k] in self.world_places) \
                    and words_at.get(start + k, (0, ""))[1] in ("LOC", "PER", "ORG", "nz"):
                return k
        return 0

    def _person_like(self, name: str) -> bool:
        """A surname and one or two characters (not an area's 区, 市 …: 区文化|和|旅游发展委员会 is one body)."""
        return len(name) <= 3 and name[0] in self.surnames and name[0] not in AREA_UNITS

    def _joined_bodies(self, name: str, statistical: bool) -> list[tuple[int, int]] | None:
        """The bodies of a name that is several printed as one (``rules.joined_names``, an ending by
        ``org_endings.txt``), as offsets in it; None for one name. Joined by a conjunction: each part with an
        organisation's ending, not a street or community (七星岗街道|同|区城市管理局: the gazetteer's and the
        rules') nor, in the model's name, a person's (黄茂军|同|区政协: 军 ends 解放军 too); None when the last
        part is no body (the longer name stays). Joined by 联合, 组织 …: the parts when the first is a body
        (区科协|联合|区卫健委), else none (新凤社区|联合|凤鸣山中学, 斯洛伐克|联合|登山队: the rules name what is
        named)."""
        ends = self.org.has_ending
        parts: list[tuple[int, int]] = []
        end, joiner = len(name), False
        while (joint := joined_names(name[:end], ends, self.known_places.__contains__)) is not None:
            second = name[joint.second:end]
            body = ends(second) and second not in self.bare_suffixes and second not in self.generic_bodies
            # (北京协|和|医院, 银行与|信托公司: a kind names none)
            if not CONJUNCTION.fullmatch(name, joint.first_end, joint.second):
                joiner = True
            elif not body:
                break
            if body:
                parts.append((joint.second, end))
            end = joint.first_end
        if end == len(name):
            pair = _PERSON_AND_BODY.fullmatch(name) if statistical else None
            if pair is not None and self._person_like(pair.group(1)) and ends(pair.group(3)):
                return [(pair.start(3), len(name))]  # a name no body's ending closes
            return None
        first = name[:end]
        if ends(first) and not first.endswith(_UNITS) and first not in self.generic_bodies \
                and not (statistical and self._person_like(first)):
            parts.append((0, end))
        elif joiner:
            return []
        return sorted(parts)

    def _relabel(self, key: str, label: str, name: str) -> str:
        """The label a statistical span's own name calls for."""
        if key == "regex" and label == "Organization" and any(
                name.endswith(h) and len(name) > len(h) for h in self.hospital_suffixes):
            return "Hospital"  # 市急救医疗中心: a local body's pattern names a hospital by its ending
        if key != "lac":
            return label
        if label in ("Organization", "Place") and any(
                name.endswith(h) and len(name) > len(h) + 1 for h in self.hospital_suffixes):
            return "Hospital"  # 江北区猫儿石社区卫生服务中心: the model's ORG is a hospital by its name
        if label == "Organization" and self._hospital_branch(name):
            return "Hospital"  # 湖州市第一人民医院吴兴第二分院: a hospital's branch
        if label == "Place" and len(name) >= 4 and name.endswith(("报", "网")):
            return "Organization"  # 中国青年报: a newspaper the model reads as a place
        if label == "Place" and len(name) >= 4 and name.endswith(_WORKS_ENDS) \
                and not name.endswith((*self.org.ending_words_not, "工厂")):
            return "Organization"  # 衡阳有色冶金机械总厂, 成都地质所: a works or an institute, not a place (not 场所,
            # nor 工厂: org_ending_words_not.txt, a kind)
        if label == "Place" and name.endswith(("社区", "街道")) and len(name) >= 4 \
                and not _AREA_PREFIX.match(name) and name[:-2] not in ("街道", "社区") \
                and name[:-2] not in self.city_names:  # (重庆社区食堂: a city and the word 社区; 荷塘社区 yes)
            return "Community" if name.endswith("社区") else "Street"  # 爱民佳苑社区, 望城街道
        return label

    def _hospital_branch(self, name: str) -> bool:
        """Whether `name` is a hospital's name, then its branch's or campus's (…医院吴兴第二分院)."""
        return name.endswith(("分院", "院区")) and any(
            (k := name.find(h, 2)) > 0 and _BRANCH.fullmatch(name, k + len(h)) is not None
            for h in self.hospital_suffixes)

    def _not_a_programme(self, name: str) -> bool:
        """“七夕”节, “五一”国际劳动节, “家门口”服务: a holiday or a manner of service, alone or with a short
        kind after its quotes (not_programmes.txt); not “牛皮癣”专项整治行动, a campaign named after one."""
        q = QUOTED_HEAD.match(name)
        head, rest = (q.group(1), name[q.end():]) if q is not None else (name, "")
        return head in self.not_programmes and (len(rest) <= 2 or rest.endswith("节"))

    @staticmethod
    def _opens_programme(place: Span, programme: Span) -> bool:
        """Whether `place` is an area among the edition and year that open `programme`'s name, before its
        quoted part (柯桥区|“情暖山乡”大型志愿活动, 第十届|重庆市|“爱在公租房”社区邻里节)."""
        before = programme.doc.text[programme.start_char:place.start_char]
        after = programme.doc.text[place.end_char:programme.end_char]
        return place.label_ == "Place" and (not before or _EDITION_OR_YEAR.fullmatch(before) is not None) \
            and after[:1] in _OPENED

    def _programme_opening(self, text: str, start: int) -> int:
        """Where a programme's name printed from its quoted part opens: over an edition or a year right
        before the quote, and a known area next to them (六安市2023年|“春风行动”专项活动, 第十届重庆市|“爱在公租房”
        社区邻里节, 重庆市首届|“渝善渝美”志愿服务项目大赛), the guideline's fullest form. An area alone before the
        quote is where the programme runs, no part of its name (保定|“四快一无”交警改革)."""
        pos, dated = start, False
        for _ in range(4):
            if (m := _EDITION_OR_YEAR.search(text, max(0, pos - 8), pos)) is not None:
                pos, dated = m.start(), True
            elif (area := self._area_before(text, pos, towns=False)) and (
                    dated or _EDITION_OR_YEAR.search(text, max(0, pos - len(area) - 8), pos - len(area))):
                pos -= len(area)
            else:
                break
        return pos

    def _area_before(self, text: str, start: int, towns: bool = True) -> str:
        """The known area (县, 区, 市), or with `towns` the town or village, printed right before `start`
        ('' if none)."""
        before = text[max(0, start - 8):start]
        return next((before[-k:] for k in range(len(before), 1, -1) if before[-k:] in self.area_names
                     or (towns and before.endswith(("镇", "乡", "村")) and k == 3)), "")

    def _after_container(self, text: str, start: int) -> bool:
        """Whether a known area, a town, a street or a community is printed right before `start`
        (南川区|凤嘴江滨河公园, 百佳园社区|幸福里公园, 万安镇|金路小区): the venue lies in it."""
        before = text[max(0, start - 8):start]
        return before.endswith(("街道", "社区", "村", "镇", "乡")) or any(before[-k:] in self.area_names
                                                      for k in range(2, len(before) + 1))

    @staticmethod
    def _misplaced_geo(key: str, label: str, sp: Span, text: str, words_at: dict[int, tuple[int, str]],
                       covering_tag: Callable[[int], str]) -> bool:
        """A gazetteer name inside a common word, a community that is a compound's part or a title."""
        if key == "gazetteer" and words_at and sp.start_char not in words_at and \
                covering_tag(sp.start_char) not in ("LOC", "ORG", "nz", "nw"):
            return True  # 成|立新社区: a gazetteer name starts a word (or inside a name: 顺庆区|东南街道办事处)
        if sp.text.endswith("社区") and text.startswith(("卫生服务中心", "卫生服务站"), sp.end_char):
            return True  # 七里山|社区卫生服务中心: 社区 opens the centre's kind, no community named
        if label == "Place" and text.startswith(("社区卫生服务中心", "社区卫生服务站"), sp.end_char):
            return True  # 大坪|社区卫生服务中心: the centre's own name (its street's), no place of its own
        if label not in ("Community", "Street") and not sp.text.endswith(("街道", "社区")):
            return False  # (the model's place 幸福街道 is relabelled a street later)
        if words_at.get(sp.start_char, ("", ""))[1] in ("v", "a", "an") \
                and words_at[sp.start_char][0] == sp.end_char - 2 \
                and words_at.get(sp.end_char, ("", ""))[1] in ("vn", "n") \
                and not re.search("(?:街道|区|县|市|镇)$", text[:sp.start_char]):  # (跃进村街道革新社区居民)
            return True  # 创新社区管理, 和谐社区等: a verb or an adjective and 社区, not the community 创新社区
        # 建设“五优社区”: a title to earn, not a community; “幸福街道·品质华大”: a slogan
        return sp.start_char > 0 and sp.end_char < len(text) and text[sp.start_char - 1] in "“\"‘" \
            and text[sp.end_char] in "”\"’·・"

    def _select(self, cands: list[tuple[int, Span]]) -> list[Span]:
        """Overlapping candidates resolved: the higher priority, then the longer one wins; places
        nest in the names that contain them (七星岗街道 in 七星岗街道社区卫生服务中心)."""
        cands.sort(key=lambda t: (-t[0], -(t[1].end - t[1].start), t[1].start))
        lac_prio = self.priorities.get("lac")
        kept: list[Span] = []
        for prio, sp in cands:
            ok = True
            replaced: list[Span] = []
            for k in kept:
                if k.start == sp.start and k.end == sp.end:
                    if sp.kb_id_ and k.kb_id_ and sp.kb_id_ != k.kb_id_:
                        continue  # two names a list item implies: 朝天门 -> 朝天门街道, its centre
                    ok = False  # same extent: the better label won
                    break
                if sp.end <= k.start or k.end <= sp.start:
                    continue
                inside = k.start <= sp.start and sp.end <= k.end
                if inside and sp.label_ in GEO and (k.label_ in NEST_OUTER or (
                        (k.label_ == "Place" and sp.start == k.start and prio != lac_prio) or
                        (k.label_ == "Place" and sp.start == k.start and sp.text.endswith(self.road_endings)) or
                        (k.label_ == "Programme" and sp.start == k.start and sp.text.endswith(self.place_suffixes)) or
                        (k.label_ == "Programme" and self._opens_programme(sp, k)))):
                    continue  # 七星岗街道 in 七星岗街道社区卫生服务中心; 解放西路 in 解放西路中药材市场; 松涛苑小区 in
                    # 松涛苑小区电梯加装项目 (the works' site, named first); 柯桥区 in 柯桥区“情暖山乡”大型志愿活动
                contains = sp.start <= k.start and k.end <= sp.end
                if contains and k.label_ == _BLOCK and (k.start, k.end) != (sp.start, sp.end):
                    continue  # 万科物业公司 holds the kind 物业公司: the longer name stands
                if contains and prio == lac_prio and sp.label_ == "Organization" and k.label_ == "Organization" \
                        and sum(1 for o in kept if o.label_ == "Organization" and sp.start <= o.start
                                and o.end <= sp.end) >= 2:
                    ok = False  # 党中央国务院: two known bodies side by side, not one
                    break
                if contains and k.label_ == sp.label_ and (prio != lac_prio or sp.label_ in _LAC_LONGER):
                    if not (k.label_ == "Organization" and k.start == sp.start and k.end < sp.end):
                        replaced.append(k)  # 佳苑社区 -> 爱民佳苑社区: the longer name of the same kind
                    continue  # (区委 in 区委社会工作部 stays, nested: the department's body is named too)
                if contains and k.label_ in GEO and sp.label_ in NEST_OUTER:
                    continue
                ok = False
                break
            if ok:
                kept = [k for k in kept if not any(k is r for r in replaced)]
                kept.append(sp)
        return kept

    def _listed_bodies(self, doc: Doc, text: str, kept: list[Span]) -> list[Span]:
        """区委办、区政府办、区发改委、商务局、科工局: an item of a list of bodies, printed between
        named ones, ending as a body does, is a body too (商务局, 科工局 the model missed)."""
        word_from = {w[0]: w for w in doc._.lac_words or ()}
        items = []
        for m in _LIST_ITEM.finditer(text):
            s, e = m.span()
            while (w := word_from.get(s)) is not None and w[2] in _LEAD_TAGS and w[1] < e:
                s = w[1]  # 认真|办好|保险公司、信托公司: verbs before the first item are no part of it
            items.append((s, e))
        item_starts = {s for s, _ in items}
        orgs = {(k.start_char, k.end_char) for k in kept if k.label_ == "Organization"}
        # (a body named at the item's start stays, nested: 区委 of 区委办)
        taken = [(k.start_char, k.end_char) for k in kept
                 if not (k.label_ == "Organization" and k.start_char in item_starts)]
        found: list[Span] = []
        for _ in range(3):  # 市委改革办、组织部: each body found makes its neighbour one
            added = False
            for i, (s, e) in enumerate(items):
                if (s, e) in orgs or not _BODY_ENDING.search(text, s, e) \
                        or text[s:e].endswith(self.org.ending_words_not) \
                        or any(a < e and s < b for a, b in taken):  # (工人、农民、干部: 干部 ends like a body)
                    continue
                near = [items[j] for j in (i - 1, i + 1) if 0 <= j < len(items)]
                if any(n in orgs and (text[n[1]:s] == "、" or text[e:n[0]] == "、") for n in near):
                    sp = doc.char_span(s, e, label="Organization", span_id="org:listed-body")
                    if sp is not None:
                        found.append(sp)
                        orgs.add((s, e))
                        added = True
            if not added:
                break
        return found

    @staticmethod
    def _listed_communities(doc: Doc, text: str, kept: list[Span]) -> list[Span]:
        """东鑫社区、怡和社区、馨园社区、开元社区等: an item of a list of communities, printed beside a
        named one, is a community too (开元社区 the model missed)."""
        found: list[Span] = []
        taken = [(k.start_char, k.end_char) for k in kept]
        starts = {k.start_char for k in kept if k.label_ == "Community"}
        ends = {k.end_char for k in kept if k.label_ == "Community"}
        for m in _LISTED_COMMUNITY.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            if (text[s - 1:s] == "、" and s - 1 in ends) or (text[e:e + 1] == "、" and e + 1 in starts):
                sp = doc.char_span(s, e, label="Community", span_id="community:listed")
                if sp is not None:
                    found.append(sp)
        return found

    def _with_parents(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """四川省卫健委 of 四川省卫健委宣传处: the body a department belongs to is named too; so are the
        hospital of a hospital's party committee or department (石泉社区卫生服务中心|党支部, …医院|体检中心),
        the community of a community's committee and the town and village of a village's."""

        def name(start: int, end: int, label: str) -> None:
            if not any(o.start_char == start and o.end_char == end for o in kept):
                sp = doc.char_span(start, end, label=label, span_id="org:parent")
                if sp is not None:
                    kept.append(sp)

        for k in [k for k in kept if k.label_ == "Organization"]:
            at = k.start_char
            unit = _HOSPITAL_UNIT.search(k.text)
            body = k.text[:unit.start()] if unit else ""
            if body and (any(body.endswith(h) and len(body) > len(h) + 1 for h in self.hospital_suffixes)
                         or self._hospital_branch(body)):
                name(at, at + len(body), "Hospital")  # (…保健院天府院区|党总支: the branch's)
                continue
            if (village := _VILLAGE_BODY.match(k.text)) is not None:
                for g in (1, 2):  # 罗岭镇|花元村|村委会: the town and the village the committee serves
                    if village.group(g):
                        name(at + village.start(g), at + village.end(g), "Place")
            if (community := _COMMUNITY_BODY.match(k.text)) is not None:
                name(at + community.start(1), at + community.end(1), "Community")  # 雅康社区 of 雅康社区居委会
                continue
            if (m := _PARENT_BODY.match(k.text)) is not None:
                name(at, at + len(m.group(m.lastindex or 0)), "Organization")  # 四川省卫健委 of …宣传处
        return kept

    def _candidate(self, doc: Doc, key: str, prio: int, sp: Span, ctx: _FilterContext) -> list[tuple[int, Span]]:
        """What one span of `key` contributes to the entities: nothing (noise), itself relabelled or
        trimmed, or an area and the venue in it."""
        out: list[tuple[int, Span]] = []
        text, confidence, words_at, covering_tag = ctx.text, ctx.confidence, ctx.words_at, ctx.covering_tag
        label = LAC_LABELS.get(sp.label_, sp.label_) if key == "lac" else sp.label_
        if label not in LABELS:
            return out
        if key == "gazetteer" and sp.text.endswith("乡") and text.startswith(("村", "镇", "土", "亲", "愁"),
                                                                             sp.end_char):
            return out  # 高质量发展|乡村: 乡 opens a word (乡村, 乡镇), no township named 发展乡
        if key == "gazetteer" and words_at and sp.start_char not in words_at:
            w0 = next((c for c in range(sp.start_char - 1, max(-1, sp.start_char - 9), -1) if c in words_at), None)
            if w0 is not None and words_at[w0][0] > sp.start_char and any(
                    text[w0:k] in self.known_places for k in range(sp.start_char + 1, sp.end_char)):
                return out  # 上|海城市|建设, 上|海城市|更新中心: the name crosses the end of a known place the
                # model's word starts with (上海|城市)
        if self._misplaced_geo(key, label, sp, text, words_at, covering_tag):
            return out
        if label in ("Organization", "Hospital") and sp.text[:1] in AREA_UNITS + "乡镇" \
                and COUNTED.search(text, max(0, sp.start_char - 8), sp.start_char):
            return out  # 285所|县中医院, 12个|区级部门: a body of each county the text counts, no one named
        if label in GEO and sp.text.endswith("社区") and a_kind_to_build(text, sp.start_char, sp.end_char):
            return out  # 打造|幸福社区, 平安社区|创建: a kind to build, though a community bears the name
        if key in ("lac", "rules") and label in ("Organization", "Hospital") \
                and (parts := self._joined_bodies(sp.text, key == "lac")) is not None:
            for a, b in parts:  # 中国科学院同苏联科学院, 市委和市政府, 区科协联合区卫健委: bodies read as one
                if (part := doc.char_span(sp.start_char + a, sp.start_char + b, label=label)) is not None:
                    out.append((prio, part))
            return out
        if key == "lac" and label in GEO and any(
                g.end_char == sp.end_char and g.label_ == "Street" and sp.start_char < g.start_char
                and text[sp.start_char:g.start_char] in self.area_names for g in doc.spans.get("gazetteer", ())):
            return out  # 西城|椿树街道: an area's name before a known street is no part of its name
            # (but 爱民佳苑社区, 东城花园社区: a community may be named after an area)
        if key == "gazetteer" and label == "Place" and (w := ctx.word_at(sp.start_char)) is not None \
                and w[0] == sp.start_char and w[1] > sp.end_char and w[2] == "LOC" \
                and text.endswith(("社区", "街道", "村"), w[0], w[1]) and not _AN_AREA.search(sp.text):
            return out  # 上清寺|路社区: a landmark opening the model's longer community (its own span)
        if key == "patterns" and label == "Organization" and (w := ctx.word_at(sp.end_char - 1)) is not None \
                and w[1] > sp.end_char and (w[0] > sp.start_char or w[2] == "LOC"):
            return out  # 新华社|区 (新华社区), 红|网格, 中国|网络: the name ends inside the model's word
        if key == "patterns" and label == "Organization" and any(
                sp.start_char < c.start_char < sp.end_char < c.end_char and c.label_ in ("Organization", "Hospital")
                for k in ("rules", "regex") for c in doc.spans.get(k, ())):
            return out  # 党委联合|国家金融监督管理总局…分局: the name runs into a longer body the rules found
        if (junk := _GLUED_LATIN.match(sp.text)) is not None and label != "Person":
            sp = doc.char_span(sp.start_char + junk.end(), sp.end_char, label=sp.label_, kb_id=sp.kb_id_,
                               span_id=sp.id_) or sp  # v东门社区党委, jpg区侨联: a page's debris glued on
        longer = words_at.get(sp.start_char, (0, ""))
        if key == "gazetteer" and sp.text in self.world_places and longer[0] > sp.end_char and longer[1] == "LOC" \
                and text[sp.start_char:longer[0]].endswith(_LONGER_PLACE_ENDS):
            return out  # 朝鲜|半岛, 德黑兰|机场, 维也纳|市: the model's longer place holds the world place's name
        if key == "lac" and label == "Place" and (unit := _UNIT_AFTER_AREA.match(sp.text)) is not None:
            area = doc.char_span(sp.start_char, sp.start_char + unit.start(1), label="Place")
            named = doc.char_span(sp.start_char + unit.start(1), sp.end_char, label="Place")
            if area is not None and named is not None:  # 五横乡|曰公社区: an area and the community in it
                out.append((prio, area))
                sp = named
        label = self._relabel(key, label, sp.text)
        if key == "lac" and label == "Person" and sp.text in self.area_names \
                and text[sp.end_char:sp.end_char + 1] in ("：", ":"):
            label = "Place"  # 垫江：调研… 彭水：建言…: a county heading its news, no person
        if key == "lac" and label == "Person" and \
                confidence.get((sp.start_char, sp.end_char), 1.0) < self.min_confidence:
            return out  # LAC itself is unsure of the name: 殷红, 毛手毛
        if key == "lac" and label == "Organization" and sp.text.endswith("所") and self.org.has_ending(sp.text[:-1]) \
                and words_at.get(sp.end_char, (0, ""))[1] in ("v", "vn"):
            sp = doc.char_span(sp.start_char, sp.end_char - 1, label=label) or sp  # 共产党|所|领导的: a particle
        if key == "lac" and label == "Organization" and sp.text.endswith("办事") and text.startswith("处", sp.end_char):
            sp = doc.char_span(sp.start_char, sp.end_char + 1, label=label) or sp  # 建章路街道办事|处在: the office
        if key == "lac" and label in ("Place", "Community", "Street") and sp.text.endswith(("社区", "街道", "村")) \
                and sp.start_char >= 1 and words_at.get(sp.start_char - 1) == (sp.start_char, "LOC") \
                and _HAN_CHAR.match(text, sp.start_char - 1):
            sp = doc.char_span(sp.start_char - 1, sp.end_char, label=label) or sp  # 和|兴园社区: one name, cut
        if key == "lac" and label == "Person" and sp.text.startswith("丨") and len(sp.text) > 2:
            sp = doc.char_span(sp.start_char + 1, sp.end_char, label="Person") or sp  # 值班主任丨章璋: a separator
        if key == "lac" and label == "Person":
            name = text[sp.start_char:sp.end_char]
            title = next((t for t in self.name_tails
                          if name.endswith(t) and len(name) - len(t) >= 2
                          and name[:-len(t)] not in self.surnames), None) \
                if name.endswith(self.name_tails_tuple) else None
            cut = doc.char_span(sp.start_char, sp.end_char - len(title), label="Person") if title else None
            if cut is not None:
                sp = cut  # 费舍尔议长, 李明女士: LAC took a title or an honorific into the name
        if key == "lac" and label == "Person" and len(sp.text) == 3 and sp.text[2] in _MOTION_VERBS \
                and sp.text[0] in self.surnames and words_at.get(sp.end_char, (0, ""))[1] == "LOC":
            sp = doc.char_span(sp.start_char, sp.end_char - 1, label=label) or sp  # 宋玫|来|婺城区调研
        if label == "Person" and len(sp.text) == 4 and sp.text[0] in self.surnames \
                and sp.text[:2] not in self.surnames and sp.text[3] in self.name_end_chars:
            # 侯继作|率各民主党派: a verb read into the name (by the model, or by a rule trusting its extent)
            sp = doc.char_span(sp.start_char, sp.end_char - 1, label=label) or sp
        if key == "lac" and label == "Person" and len(sp.text) == 2 and sp.text[0] in self.surnames \
                and _HAN_CHAR.match(text, sp.end_char) \
                and text[sp.end_char] not in self.third_not and (
                    (t := self.title_re.match(text, sp.end_char + 1)) is not None and t.end() - t.start() >= 2
                    and not self.title_re.match(text, sp.end_char)):
            # 杨志|有|副秘书长, 袁宝|成|市长: the name's third character the model cut off before a title
            sp = doc.char_span(sp.start_char, sp.end_char + 1, label=label) or sp
        if key == "lac" and label == "Person" and sp.text.endswith(self.outlet_person_ends) and len(sp.text) >= 3:
            label = "Organization"  # 兰州日报, 西山网: an outlet the model reads as a person
        if label == "Person" and len(sp.text) == 3 and text.startswith("以及", sp.end_char - 1):
            sp = doc.char_span(sp.start_char, sp.end_char - 1, label=label) or sp  # 贺宇|以及东莞海关
        if key == "lac" and label == "Person" and sp.text.endswith(("文", "图")) and len(sp.text) >= 3 \
                and (text.startswith(("/", "／"), sp.end_char) or _DASH_AFTER.match(text, sp.end_char)):
            sp = doc.char_span(sp.start_char, sp.end_char - 1, label=label) or sp  # 俞夏冰|文/摄: a credit
            # (王露|图 - 但峰: the next credit's role, a dash, its name)
        if key == "regex" and words_at.get(sp.end_char - 1, (0, ""))[1] == "PER" \
                and words_at[sp.end_char - 1][0] > sp.end_char:
            return out  # 全国人大代表|周立成: the match ends inside a person's name
        if key == "regex" and label == "Programme" and sp.id_.startswith("regex:quoted") \
                and (close := max(sp.text.rfind("”"), sp.text.rfind("’"))) > 0 and close < len(sp.text) - 1:
            tail = range(sp.start_char + close + 1, sp.end_char)
            if any(words_at.get(c, (0, ""))[1] == "PER" for c in tail):
                return out  # “新居民”俞女士参加完亲子活动: the quote names a person's kind, no programme
            first_end, first_tag = words_at.get(tail[0], (0, ""))
            if first_tag in ("v", "p", "r") and first_end - tail[0] >= 2 and first_end < sp.end_char:
                # “三色工作法”|推进这次加装电梯项目: a verb after the quote begins the sentence, not the name
                # (“五社”联动: the suffix itself a verb)
                sp = doc.char_span(sp.start_char, sp.start_char + close + 1, label=label, span_id=sp.id_) or sp
        if key == "lac" and label == "Person" and len(sp.text) == 2 and sp.text[0] in self.surnames \
                and words_at.get(sp.end_char, (0, ""))[0] == sp.end_char + 1 \
                and words_at[sp.end_char][1] in ("a", "n", "ng") and _HAN_CHAR.match(text, sp.end_char) \
                and text[sp.end_char] not in _TITLE_PREFIXES and text.startswith(self.org_title_tails, sp.end_char + 1):
            sp = doc.char_span(sp.start_char, sp.end_char + 1, label=label) or sp  # 刘玉|新|副主席: 刘玉新
        if label == "Programme" and self._not_a_programme(sp.text):
            return out
        if label == "Programme" and _in_book_title(text, sp.start_char, sp.end_char):
            return out  # 《开封市医疗保障局新闻宣传工作计划》: a document's title, no programme (GUIDELINE)
        if label == "Person" and self._bad_person(sp.text):
            return out
        if len(sp.text) < 2 and not (label == "Place" and ((key == "lac" and sp.text in self.abbreviations)
                                                           or sp.id_.startswith("abbreviation"))):
            return out  # (a one-character place, 中俄 -> 俄, stays in doc.ents; the graph skips it; the model's
            # 驻|南, 怒|江州: a verb or a name's first character, no abbreviation of a place)
        listed_after_street = sp.id_ == "社区:after-street" and text[sp.end_char:sp.end_char + 1] in _ITEM_ENDS
        if key == "lac" and label == "Place" and sp.text in self.vague_places \
                and sp.text.endswith(self.place_suffixes) and (area := self._area_before(text, sp.start_char)):
            # 鲁山县|文化广场: a kind of venue named by the area printed before it (鲁山县文化广场), in it
            return [(prio, Span(doc, sp.start, sp.end, label=label, kb_id=area + sp.text,
                                 span_id="place:venue-in-area"))]
        if (label in ("Place", "Community", "Street") and sp.text in self.vague_places
                and not listed_after_street) or (
                label in ("Organization", "Hospital") and sp.text in self.generic_bodies):
            # 城中村, 和谐社区, 物业公司: a kind of place or body, none named; nor any part of it (立体社区)
            return [(prio, Span(doc, sp.start, sp.end, label=_BLOCK))]
        if key == "lac" and label == "Place" and sp.text == "中国" and _OUTLET_AFTER_NATION.match(text, sp.end_char):
            return out  # 中国消费者报福州讯, 中国医疗健康网: an outlet's name opens with the country's, no place
        if sp.text in self.bare_suffixes:
            return out  # 社区卫生服务中心 alone names nothing
        if key == "lac" and label == "Place" and len(sp.text) == 2 and sp.text[0] in "和与及或" \
                and sp.text[1] in "县区市乡镇" and _HAN_BEFORE.search(text, 0, sp.start_char):
            return out  # 各乡镇|和|县产业集聚区, 班子成员|和|县、乡: a conjunction and a bare unit, no 和县
        if label == "Organization" and sp.text in self.bare_bodies \
                and text.startswith(self.bare_bodies[sp.text], sp.end_char):
            return out  # 人大代表、政协委员: members of a body, not the body named
        if label == "Organization" and (member := _LEVEL_MEMBERS.fullmatch(sp.text)) is not None \
                and text.startswith(_MEMBER_WORDS[member.group(1)], sp.end_char) \
                and words_at.get(sp.end_char + 2, (0, ""))[1] != "PER":
            return out  # 走访部分区人大代表, 驻宜省人大代表: members, no body named (区人大代表申珅 names it)
        if key in ("lac", "rules") and label in ("Place", "Organization") and sp.text[:1] in _PREPOSITIONS \
                and len(sp.text) >= 4 and (unit := _AREA_UNIT_END.search(sp.text, 1, 6)) is not None \
                and sp.text[:unit.end()] not in self.area_names:  # (同心县, 同江市: names)
            sp = doc.char_span(sp.start_char + 1, sp.end_char, label=sp.label_) or sp  # 同|鱼河峁镇党委
        if label in ("Organization", "Hospital") and (
                UNNAMED.search(sp.text) or text[sp.start_char - 1:sp.start_char] == "某"):
            return out  # 重庆某科技有限公司, 重庆一家科技公司: a body left unnamed
        if key == "patterns" and label == "Organization" and words_at \
                and sp.start_char not in words_at and covering_tag(sp.start_char) \
                and sp.end_char not in words_at and covering_tag(sp.end_char) \
                and any(sp.start_char < w < sp.end_char for w in words_at):
            return out  # 社[区委]员: the known name straddles two words of the model, no body
        if key == "lac" and label == "Organization" and sp.text.endswith(("村委", "居委", "监委")) \
                and text.startswith("会", sp.end_char):
            sp = doc.char_span(sp.start_char, sp.end_char + 1, label=label) or sp  # 哨上村村委|会: the committee
        if key == "lac" and label == "Organization" and sp.text.endswith(("报讯", "网讯")) and len(sp.text) > 3:
            sp = doc.char_span(sp.start_char, sp.end_char - 1, label=label) or sp  # 珠江时报|讯: a dateline
        if label == "Organization" and key in ("lac", "regex") and (two := _TWO_BODIES.fullmatch(sp.text)):
            first = doc.char_span(sp.start_char, sp.start_char + two.end(1), label=label)
            second = doc.char_span(sp.start_char + two.end(1), sp.end_char, label=label)
            if first is not None and second is not None:  # 区纪委|区监委, 市委社会工委|市民政局: two bodies
                out.append((prio, first))
                sp = second
        if key == "lac" and label == "Organization" and not self._org_supported(sp, text, confidence):
            return out  # LAC's ORG without an organisation's ending, a company cue or LAC's certainty is noise
        if key == "lac" and label == "Organization" and sp.text.startswith(("联合", "携手", "会同")) \
                and len(sp.text) > 4 and not JOINER_OPENS_NAME.match(sp.text, 2) and self.org.has_ending(sp.text[2:]):
            sp = doc.char_span(sp.start_char + 2, sp.end_char, label=label) or sp  # 联合|县卫健委: a verb first
        if key == "lac" and label == "Organization" and len(sp.text) > 4 and (
                (sp.text.endswith("党组") and text.startswith(_PARTY_GROUP_TITLES, sp.end_char))
                or (sp.text.endswith("党") and text.startswith(_PARTY_GROUP_TITLES, sp.end_char + 1)
                    and text.startswith("组", sp.end_char))):
            body_end = sp.end_char - (2 if sp.text.endswith("党组") else 1)  # 区工商联|党组书记, 区工商联党|组成员
            sp = doc.char_span(sp.start_char, body_end, label=label) or sp
        if key == "lac" and label == "Organization" and sp.text.endswith("组织") and not sp.text.endswith("党组织") \
                and len(sp.text) > 4 and self.org.has_ending(sp.text[:-2]) and _HAN_CHAR.match(text, sp.end_char):
            sp = doc.char_span(sp.start_char, sp.end_char - 2, label=label) or sp  # 川汇区政协|组织|部分委员: a verb
        if key == "lac" and label == "Place" and sp.text.endswith(_FEDERATIONS) and len(sp.text) > 4:
            label = "Organization"  # 石泉路街道侨联: a street's federation the model reads as a place
        if key == "lac" and label == "Organization" and sp.text.endswith(_TRAILING_WORDS) and len(sp.text) > 4:
            sp = doc.char_span(sp.start_char, sp.end_char - 2, label=label) or sp  # 漱玉…有限公司|协办
        if key == "lac" and label == "Organization" and any(
                sp.text.endswith(t) and len(sp.text) - len(t) >= 3 for t in self.org_title_tails):
            return out  # 济南市委会|主委: a post title closes it (the rules name the body before it)
        name = text[sp.start_char:sp.end_char]
        national = label == "Organization" and any(
            name.startswith(n) and len(name) >= len(n) + 2 for n in self.national_starts)
        if key == "lac" and (name.startswith(self.generic_starts) or (
                label == "Place" and name[:1] in GENERIC_FIRST)) and not national:
            return out  # 街道社区卫生服务中心, 第三方公司: a generic word is no name (nor 各街镇, 各村)
        if label == "Place" and sp.text.endswith(_HEADS_OF_AREAS):
            return out  # 徐区长, 王镇长: a head of an area named by the surname, no place
        if label == "Place" and self.region_pair.fullmatch(sp.text) and sp.text not in self.area_names:
            return out  # 川渝, 成渝: two provinces' one-character names, a region adjective
        if key == "lac" and label == "Place" and len(sp.text) > 2 and sp.text.endswith(self.org_head_ends) \
                and not sp.text.endswith(self.org_heads_not):
            label = "Organization"  # 八一队, 古巴代表团: a team or a delegation (org_heads.tsv), not a place
        if (key == "lac" or (key == "gazetteer" and sp.text in self.world_places)) and label == "Place" \
                and text.startswith(self.adjective_tails, sp.end_char):
            return out  # 中国式现代化, 中国特色社会主义: the place is an adjective of a slogan; 挪威克朗: a currency
        if key == "lac" and label == "Place" and any(
                sp.text.endswith(t) and sp.text[:-len(t)] in self.world_places for t in self.adjective_tails):
            return out  # 智利比索: the model reads the currency with its country, no place
        chain = _VILLAGE_CLINIC.match(name) if label == "Hospital" else None
        if chain is not None and chain.start("village") > 0:  # 乐亭县古河乡|李各庄村卫生室: a village's clinic
            for unit in _CHAIN_UNITS.finditer(name, 0, chain.start("village")):
                area = doc.char_span(sp.start_char + unit.start(), sp.start_char + unit.end(), label="Place")
                if area is not None:
                    out.append((prio, area))
            sp = doc.char_span(sp.start_char + chain.start("village"), sp.end_char, label=label, span_id=sp.id_) or sp
        street = _STREET_PREFIX.match(name) if key in ("lac", "rules") and label == "Place" else None
        if street is not None and name.endswith(_STREET_VENUE_ENDS) and "街道" not in name[street.end():]:
            parts = [doc.char_span(sp.start_char + street.start(g), sp.start_char + street.end(g),
                                   label="Place" if g == "area" else "Street") for g in ("area", "street")
                     if street.group(g)]
            venue = doc.char_span(sp.start_char + street.end(), sp.end_char, label="Place")
            if venue is not None and all(p is not None for p in parts):
                out.extend((prio, p) for p in parts)
                sp, name = venue, venue.text
        k = 0  # the length of an area's name opening a venue's: 江北区|溉澜溪体育公园, 上海|虹口体育馆
        if key in ("lac", "rules") and label == "Place":
            k = cut.end() if (cut := _AREA_PREFIX.match(name)) is not None \
                else self._city_before_venue(name, sp.start_char, words_at)
        if k and name.endswith(self.place_suffixes) and k < len(name):
            area = doc.char_span(sp.start_char, sp.start_char + k, label="Place")
            known = name[:k] in self.area_names  # an administrative area, not a zone (经开区)
            # (the fuller printed form, 鹤岗市人民广场, is the venue's canonical name; 人民广场 its variant)
            venue = doc.char_span(sp.start_char + k, sp.end_char, label="Place",
                                  kb_id=re.sub(r"\s", "", name), span_id="place:venue-in-area" if known else "")
            if area is not None and venue is not None:  # 江北区|溉澜溪体育公园: an area and a venue in it
                out.append((prio, area))
                sp = venue
        elif key in ("lac", "rules") and label == "Place" and name.endswith(self.place_suffixes) \
                and self._after_container(text, sp.start_char):
            area = self._area_before(text, sp.start_char)
            area = area if area.endswith(("省", "市", "区", "县")) else ""
            full = re.sub(r"\s", "", area + name) if area else sp.kb_id_  # 鹤岗市|人民广场: 鹤岗市人民广场
            sp = Span(doc, sp.start, sp.end, label=label, kb_id=full, span_id="place:venue-in-area")
        if key == "lac" and label == "Place" and (road := _ROAD_AFTER.match(text, sp.end_char)) is not None \
                and not sp.text.endswith(("路", "街", "巷", "道")) and len(sp.text) >= 2:
            sp = doc.char_span(sp.start_char, road.end(), label=label) or sp  # 大坪|支路, 龙岭东|路段: the road
        if key == "lac" and label == "Place" and len(sp.text) == 2 and sp.text not in self.known_places \
                and not transliterated(sp.text, self.org.translit) \
                and words_at.get(sp.end_char, (0, ""))[1] in ("n", "nz") \
                and not text.startswith(self.place_suffixes, sp.end_char):
            return out  # 南粤|家政, 安琪|酵母, 奥北|公元: the start of a longer name the model cut, no place
        if key == "lac" and label == "Place":
            house = _HOUSE_NUMBER.search(sp.text)  # 兴业路|76号: the road, not the address
            head = (house.start() if house and sp.text[:house.start()].endswith(self.road_endings) else 0) \
                or self._area_head(sp.text) or next(
                (len(sp.text) - len(t) for t in self.place_tails
                 if sp.text.endswith(t) and len(sp.text) - len(t) >= 2), 0)
            trimmed = doc.char_span(sp.start_char, sp.start_char + head, label="Place") if head else None
            if trimmed is not None:  # 渝中老年, 重庆地区, 渝中景区: the area's name and a common noun
                sp = trimmed
            if sp.text in self.vague_places:
                return out  # 北方地区 -> 北方: still no named place
        if key == "regex" and label == "Programme" and sp.id_ == "regex:quoted_activity" \
                and (q := _QUOTED_OBSERVANCE.match(sp.text)) is not None:
            # “全民健身日”系列活动: the observance is the programme's name, the activities its printed form
            sp = Span(doc, sp.start, sp.end, label=label, kb_id=q.group(1), span_id=sp.id_)
        if key == "regex" and label == "Programme" and any(
                r.id_ == "programme:quoted-run" and r.start == sp.start and r.end < sp.end
                for r in doc.spans.get("rules", ())):
            return out  # 开展“清洁农家”、“清洁村庄”和|“清洁集镇”创建工作: the kind is the run's, each quote one name
        if label == "Programme" and sp.text[:1] in "“‘" \
                and (opening := self._programme_opening(text, sp.start_char)) < sp.start_char:
            sp = doc.char_span(opening, sp.end_char, label=label, kb_id=sp.kb_id_, span_id=sp.id_) or sp
        if key == "rules" and label == "Programme":
            opener = next((p for p in doc.spans.get("patterns", []) if p.label_ == "Programme"
                           and p.start < sp.start < p.end <= sp.end), None)
            if opener is not None:  # 健康中国|璧山行动: a known programme's name opens a longer one
                sp = Span(doc, opener.start, sp.end, label=label, span_id=sp.id_)
        if key == "patterns":  # span_ruler keeps a pattern's id in span.id_: it is the canonical name
            sp = Span(doc, sp.start, sp.end, label=label, kb_id=sp.id_, span_id="pattern")
        elif sp.label_ != label:
            sp = Span(doc, sp.start, sp.end, label=label, kb_id=sp.kb_id, span_id=sp.id)
        out.append((prio, sp))
        return out

    def __call__(self, doc: Doc) -> Doc:
        cands: list[tuple[int, Span]] = []
        confidence = doc._.lac_confidence or {}
        text = text_of(doc)
        words_at = {w[0]: (w[1], w[2]) for w in doc._.lac_words or ()}
        starts = sorted(words_at)

        def word_at(c: int) -> tuple[int, int, str] | None:
            i = bisect.bisect_right(starts, c) - 1
            return (starts[i], *words_at[starts[i]]) if i >= 0 and words_at[starts[i]][0] > c else None
        ctx = _FilterContext(text, confidence, words_at, word_at)
        for key, prio in self.priorities.items():
            for sp in doc.spans.get(key, []):
                cands.extend(self._candidate(doc, key, prio, sp, ctx))
        kept = self._with_parents(doc, [k for k in self._select(cands) if k.label_ != _BLOCK])
        kept += self._listed_bodies(doc, text, kept)
        kept += self._listed_communities(doc, text, kept)
        kept.sort(key=lambda s: (s.start, -s.end))
        doc.spans[self.spans_key] = kept
        doc.ents = filter_spans(kept)
        return doc


@Language.factory("kg_entity_filter", default_config={
    "spans_key": "kg",
    "priorities": {"patterns": 100, "rules": 90, "regex": 80, "gazetteer": 70, "lac": 30},
    "org_confidence": 0.85,
    "min_confidence": 0.3,
    "extra_data": {},
})
def make_entity_filter(nlp: Language, name: str, spans_key: str, priorities: dict[str, int],
                       org_confidence: float, min_confidence: float,
                       extra_data: dict[str, list[str]]) -> EntityFilter:
    """``org_confidence``: LAC's least per-character probability above which an organisation
    it finds is kept without an organisation's ending or a cue (微软 0.99, 联合国 0.99);
    ``min_confidence``: below it a statistical person is dropped; ``extra_data``: as for
    ``kg_entity_rules`` (``"lexicon/vague_places.txt"``, ``"lexicon/not_organisations.txt"`` …)."""
    return EntityFilter(name, spans_key, priorities, org_confidence, min_confidence, R.Data(extra_data))
