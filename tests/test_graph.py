"""Resolution, the graph, its exports, SHACL and SPARQL, on the bundled sample corpus."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from pyshacl import validate
from rdflib import RDFS, Graph, Literal, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.extract import extract_pages
from kg.graph import build_graph, cooccurrence
from kg.ingest import bundled_corpus, discover, ingest, parse_page
from kg.nlp import build_pipeline, load
from kg.query import load_graph, parameters, query, shipped_queries
from kg.resolve import Resolution, canonical_body, entity_id, resolve

runner = CliRunner()
FORMATS = ["turtle", "nt", "json-ld", "trig"]
SHAPES = Path(__file__).resolve().parent.parent / "kg" / "data" / "shapes" / "kg-shapes.ttl"
PARAMS = {"cooccurring": {"name": "邓光怀"}, "mentions_in_range": {"name": "区委", "from": "2025-10-01",
                                                                   "to": "2025-10-31"}}


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def rule_nlp():
    """The pipeline without its statistical check of entities (which may drop a cut form of a name)."""
    return build_pipeline(exclude=("kg_entity_scorer",))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    args = ["build", "--out", str(out)] + [a for f in FORMATS for a in ("--rdf-format", f)]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="module")
def sample_graph(nlp) -> nx.MultiDiGraph:
    with bundled_corpus() as corpus:
        return build_graph(resolve(extract_pages(ingest(discover([corpus])), nlp)))


def page(text: str, district: str | None, name: str = "p") -> object:
    return parse_page(text, source=f"{name}.txt", page_id=name, sha256=name * 8,
                      defaults={"district": district} if district else None)


# -- resolution ---------------------------------------------------------------

def test_jurisdiction_gives_full_names() -> None:
    assert canonical_body("区委", "渝中区") == "中共重庆市渝中区委员会"
    assert canonical_body("区政府", "渝中区") == "渝中区人民政府"
    assert canonical_body("区卫生健康委", "渝中区") == "渝中区卫生健康委员会"
    assert canonical_body("市卫健委", "渝中区") == "重庆市卫生健康委员会"
    assert canonical_body("区委", "青羊区") == "中共成都市青羊区委员会"
    assert canonical_body("区委", None) == "区委"  # no district known: no guess
    assert canonical_body("重医大附一院", None) == "重庆医科大学附属第一医院"


def test_printed_forms_are_aliases_and_no_false_merges(sample_graph: nx.MultiDiGraph) -> None:
    by_label = {d["label"]: d for _, d in sample_graph.nodes(data=True) if d["kind"] == "entity"}
    assert "区委" in by_label["中共重庆市渝中区委员会"]["aliases"]
    assert by_label["中共重庆市渝中区委员会"]["type"] == "Organization"
    assert by_label["解放碑"]["type"] == "Place"
    assert by_label["解放碑街道"]["type"] == "Street"  # the landmark is not the street
    assert by_label["重庆市"]["type"] == "Place" and "重庆" in by_label["重庆市"]["aliases"]


def test_a_district_printed_after_its_city_is_named_by_both(nlp) -> None:
    """嘉兴市秀洲区: the district lies in the city and the printed chain is one of its names."""
    res = resolve(extract_pages([page("标题\n\n本报讯 嘉兴市秀洲区四套班子领导近日上门慰问老干部。\n", None)], nlp))
    district = next(e for e in res.entities.values() if e.name == "秀洲区")
    assert "嘉兴市秀洲区" in district.variants
    city = next(e for e in res.entities.values() if e.name == "嘉兴市")
    assert any(f.kind == "located_in" and f.args == {"inner": district.id, "outer": city.id} for f in res.facts)


def test_a_credited_producer_is_a_person_but_no_reporter(nlp) -> None:
    text = "社区开展义诊\n\n正街社区开展义诊活动，居民踊跃参加。\n来源:蔡甸融媒记者 王娟 制作:万轶 | 编辑:方丹\n"
    res = resolve(extract_pages([page(text, None)], nlp))
    people = {e.name: e.id for e in res.entities.values() if e.label == "Person"}
    assert {"王娟", "万轶", "方丹"} <= set(people)
    reporters = {f.args["person"] for f in res.facts if f.kind in ("reporter", "editor")}
    assert people["王娟"] in reporters and people["万轶"] not in reporters


def test_a_name_cut_by_the_model_is_the_articles_longer_name(rule_nlp) -> None:
    """鲁月、孙冠|一分别带队 beside 区长孙冠一: one person, the cut form a variant of the full name (the
    rules' candidates: the entity scorer may drop the cut form before resolution sees it)."""
    text = ("鲁月、孙冠一分别带队赴天津、深圳开展合作交流及招商活动\n\n"
            "近日，南关区委书记鲁月、区长孙冠一分别带队随省市党政代表团赴天津开展活动。\n")
    res = resolve(extract_pages([page(text, None)], rule_nlp))
    people = sorted(e.name for e in res.entities.values() if e.label == "Person")
    assert people == ["孙冠一", "鲁月"]
    assert "孙冠" in next(e for e in res.entities.values() if e.name == "孙冠一").variants


def test_an_articles_one_street_holds_the_communities_it_lists(nlp) -> None:
    """西园街道 named once, then 走访了美虹社区、光明社区: each listed community lies in that street; a
    community placed by the text elsewhere (莲湖区十里铺社区) and one named alone do not."""
    text = ("西园街道召开基层党建工作推进会\n\n"
            "本报讯 近日，西园街道召开基层党建工作推进会。\n"
            "会后，陈成朝一行先后实地走访了美虹社区、光明社区、莲湖区十里铺社区，查看便民服务场所。\n"
            "怡康社区的志愿者参加了活动。\n")
    facts = [f for af in extract_pages([page(text, None)], nlp) for f in af.facts if f.kind == "located_in"]
    got = {(f.args["inner"], f.args["outer"]) for f in facts}
    assert {("美虹社区", "西园街道"), ("光明社区", "西园街道")} <= got
    assert ("十里铺社区", "西园街道") not in got and ("怡康社区", "西园街道") not in got
    sole = next(f for f in facts if f.args["inner"] == "美虹社区")
    assert sole.evidence.rule == "located:sole-street" and "美虹社区" in sole.evidence.sentence
    two = text.replace("怡康社区的志愿者", "天平街道的志愿者")  # a second street: no article-wide street
    facts = [f for af in extract_pages([page(two, None)], nlp) for f in af.facts if f.kind == "located_in"]
    assert not any(f.evidence.rule == "located:sole-street" for f in facts)


def test_a_body_printed_with_and_without_its_areas_is_one(nlp) -> None:
    """安陆市烟店镇卫生院 and, later, 烟店镇卫生院: one hospital, in its town."""
    text = "标题\n\n9月21日,安陆市烟店镇卫生院在烟店镇集镇开展义诊。烟店镇卫生院院长介绍了情况。\n"
    res = resolve(extract_pages([page(text, None)], nlp))
    hospitals = [e for e in res.entities.values() if e.label == "Hospital"]
    assert [e.name for e in hospitals] == ["安陆市烟店镇卫生院"] and "烟店镇卫生院" in hospitals[0].variants
    town = next(e for e in res.entities.values() if e.name == "烟店镇")
    assert {f.args["outer"] for f in res.facts if f.kind == "located_in" and f.args["inner"] == hospitals[0].id} \
        == {town.id}


def test_a_titles_body_in_its_area_is_also_named_as_the_title_implies(nlp) -> None:
    """江北区区长陶长海: the post is in 江北区政府, which the title alone calls 区政府."""
    res = resolve(extract_pages([page("标题\n\n江北区区长陶长海表示，将推动文化品牌建设。\n", None)], nlp))
    gov = next(e for e in res.entities.values() if e.name == "江北区政府")
    assert "区政府" in gov.variants and not any(e.name == "区政府" for e in res.entities.values())


def test_a_quoted_programme_is_also_named_by_its_quote(nlp) -> None:
    """“大共治”工作: the programme printed with its kind after the quote is also named by the quote;
    文明城市创建工作 by the name before 工作."""
    text = "标题\n\n本报讯 8月4日上午，区委常委王旭东一行到方兴社区实地调研“大共治”工作。\n"
    res = resolve(extract_pages([page(text, None)], nlp))
    programme = next(e for e in res.entities.values() if e.label == "Programme")
    assert "大共治" in programme.variants and programme.name != "大共治"
    text = "标题\n\n本报讯 区委书记张伟主持召开会议，部署文明城市创建工作。\n"
    res = resolve(extract_pages([page(text, None)], nlp))
    names = {e.name: e for e in res.entities.values() if e.label == "Programme"}
    assert "文明城市创建" in names["文明城市创建工作"].variants  # the work of 文明城市创建


def test_a_sites_sponsor_is_an_organisation(nlp) -> None:
    """主办单位：常州市卫生健康委员会 in the page's furniture: an organisation of the graph."""
    text = "标题\n\n本报讯 区委书记张伟主持会议，部署卫生工作。\n\n主办单位：常州市卫生健康委员会\n"
    res = resolve(extract_pages([page(text, None)], nlp))
    assert ("常州市卫生健康委员会", "Organization") in {(e.name, e.label) for e in res.entities.values()}


def test_same_name_in_two_districts_stays_apart(nlp) -> None:
    a = page("标题甲\n\n本报讯 区委书记张伟主持会议。\n", "渝中区", "a")
    b = page("标题乙\n\n本报讯 区委书记张伟主持会议。\n", "青羊区", "b")
    res = resolve(extract_pages([a, b], nlp))
    people = [e for e in res.entities.values() if e.label == "Person" and e.name == "张伟"]
    assert len(people) == 2
    same = resolve(extract_pages([page("标题甲\n\n本报讯 区委书记张伟主持会议。\n", "渝中区", "c"), a], nlp))
    assert len([e for e in same.entities.values() if e.name == "张伟"]) == 1


def test_ids_are_stable_across_corpora(nlp) -> None:
    one = resolve(extract_pages([page("标题甲\n\n本报讯 区委书记张伟主持会议。\n", "渝中区", "a")], nlp))
    two = resolve(extract_pages([page("标题乙\n\n本报讯 区委召开会议，区委书记张伟讲话。\n", "渝中区", "b"),
                                 page("标题甲\n\n本报讯 区委书记张伟主持会议。\n", "渝中区", "a")], nlp))
    ids_one = {(e.label, e.name): e.id for e in one.entities.values()}
    ids_two = {(e.label, e.name): e.id for e in two.entities.values()}
    for key, eid in ids_one.items():
        assert ids_two[key] == eid
    assert ids_one[("Organization", "中共重庆市渝中区委员会")] == entity_id("Organization", "中共重庆市渝中区委员会")


# -- graph --------------------------------------------------------------------

def test_graph_nodes_and_typed_edges(sample_graph: nx.MultiDiGraph) -> None:
    kinds = {d["kind"] for _, d in sample_graph.nodes(data=True)}
    assert kinds == {"entity", "article", "post"}
    rels = {d["rel"] for _, _, d in sample_graph.edges(data=True)}
    assert {"mentioned_in", "holds", "post_in", "reported", "edited", "role", "located_in", "co_occurs"} <= rels
    for _, _, d in sample_graph.edges(data=True):
        if d["rel"] in ("holds", "role", "located_in", "mentioned_in"):
            assert d["evidence"] and all(e.article and e.sentence and e.rule for e in d["evidence"])
    holds = [d for _, _, k, d in sample_graph.edges(keys=True, data=True) if k == "holds"]
    assert all(d["first_seen"] and d["first_seen"] <= d["last_seen"] for d in holds)


def test_cooccurrence_counts_and_weights(nlp) -> None:
    p = page("标题甲\n\n本报讯 区委书记张伟在解放碑调研。张伟还走访了石油路街道。\n\n次日，张伟再到解放碑。\n",
             "渝中区")
    res = resolve(extract_pages([p], nlp))
    name = {e.id: e.name for e in res.entities.values()}
    sent = {(name[r["a"]], name[r["b"]]): r for r in cooccurrence(res, "sentence")}
    para = {(name[r["a"]], name[r["b"]]): r for r in cooccurrence(res, "paragraph")}
    pair = next(k for k in sent if set(k) == {"张伟", "解放碑"})
    assert sent[pair]["count"] == 2  # two sentences name both
    assert para[pair]["count"] == 2  # two paragraphs
    assert not any(set(k) == {"解放碑", "石油路街道"} for k in sent)  # never in one sentence
    assert any(set(k) == {"解放碑", "石油路街道"} for k in para)
    assert all(isinstance(r["weight"], float) for r in sent.values())


# -- exports ------------------------------------------------------------------

def test_all_exports_written_and_readable(built: Path) -> None:
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig", "graph.graphml", "nodes.csv", "edges.csv",
                 "graph.json"):
        assert (built / name).stat().st_size > 0, name
    gml = nx.read_graphml(built / "graph.graphml")
    for _, d in gml.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())
    with (built / "nodes.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["label"] == "中共重庆市渝中区委员会" for r in rows)
    back = nx.node_link_graph(json.loads((built / "graph.json").read_text(encoding="utf-8")), edges="links")
    with (built / "edges.csv").open(encoding="utf-8") as fh:
        assert back.number_of_edges() == sum(1 for _ in csv.DictReader(fh))


def test_rdf_formats_hold_the_same_triples(built: Path) -> None:
    import pyoxigraph as ox

    sizes = {}
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES),
                      ("graph.jsonld", ox.RdfFormat.JSON_LD), ("graph.trig", ox.RdfFormat.TRIG)):
        store = ox.Store()
        store.load(path=str(built / name), format=fmt)
        sizes[name] = len(set((q.subject, q.predicate, q.object) for q in store))
    assert len(set(sizes.values())) == 1, sizes
    store = ox.Store()
    store.load(path=str(built / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert len(list(store.named_graphs())) == 19  # a named graph per article


def test_stated_alias_has_provenance(built: Path) -> None:
    res = query(load_graph(built / "graph.ttl"), """
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX kgo: <https://w3id.org/zhkg/ontology#>
        SELECT ?alias ?sentence WHERE {
          ?st a rdf:Statement ; rdf:predicate skos:altLabel ; rdf:object ?a ; prov:wasDerivedFrom ?q .
          ?q kgo:sentence ?s . BIND(STR(?a) AS ?alias) BIND(STR(?s) AS ?sentence) }""")
    rows = {r[0]: r[1] for r in res.rows}
    assert "渝超" in rows and "简称" in rows["渝超"]
    assert "刘皮匠" in rows


def test_rdflib_view_matches_the_export(built: Path, sample_graph: nx.MultiDiGraph) -> None:
    from kg.export.rdf import graph_to_rdf

    exported = Graph().parse(built / "graph.ttl")
    assert len(graph_to_rdf(sample_graph)) == len(exported)


def test_builds_are_byte_identical(built: Path, tmp_path: Path) -> None:
    args = ["build", "--out", str(tmp_path)] + [a for f in FORMATS for a in ("--rdf-format", f)]
    assert runner.invoke(app, args).exit_code == 0
    for f in built.iterdir():
        assert (tmp_path / f.name).read_bytes() == f.read_bytes(), f.name


def test_shacl_shapes_validate_every_export(built: Path) -> None:
    shapes = Graph().parse(SHAPES)
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        ok, _, report = validate(Graph().parse(built / name, format=fmt), shacl_graph=shapes, inference="none")
        assert ok, (name, report[:2000])


def test_shacl_catches_a_broken_graph(built: Path) -> None:
    data = Graph().parse(built / "graph.ttl")
    person = next(s for s in data.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                           URIRef("https://schema.org/Person")))
    data.add((person, RDFS.label, Literal("second label", lang="zh")))
    ok, _, _ = validate(data, shacl_graph=Graph().parse(SHAPES), inference="none")
    assert not ok


# -- SPARQL -------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_shipped_queries_agree_on_two_engines(built: Path, name: str) -> None:
    text = shipped_queries()[name]
    params = PARAMS.get(name, {})
    assert set(parameters(text)) == set(params)
    a = query(load_graph(built / "graph.ttl", "rdflib"), text, params)
    b = query(load_graph(built / "graph.ttl", "oxigraph"), text, params)
    assert a.rows, name
    assert a.columns == b.columns
    assert sorted(map(repr, a.rows)) == sorted(map(repr, b.rows)), name


def test_posts_query_answers_with_tenure(built: Path) -> None:
    res = query(load_graph(built / "graph.trig", "rdflib"), shipped_queries()["posts"])
    rows = [dict(zip(res.columns, r, strict=True)) for r in res.rows]
    assert {"name": "邓光怀", "post": "常务副区长", "organisation": "渝中区人民政府", "first_seen": "2025-10-24",
            "last_seen": "2025-10-24"} in rows


def test_query_cli_formats_params_and_injection(built: Path, tmp_path: Path) -> None:
    ttl = str(built / "graph.ttl")
    res = runner.invoke(app, ["query", ttl, "cooccurring", "-p", "name=邓光怀", "-f", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)[0]["name"] == "邓光怀"
    res = runner.invoke(app, ["query", ttl, "roles", "-f", "csv"])
    assert res.stdout.splitlines()[0] == "name,verb,headline,date"
    assert runner.invoke(app, ["query", ttl, "mentions_in_range"]).exit_code == 2  # parameters missing
    evil = '区委") } UNION { ?e ?p ?n . FILTER("x'
    res = runner.invoke(app, ["query", ttl, "cooccurring", "-p", f"name={evil}", "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout) == []  # bound as a value, never parsed as SPARQL
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/NewsArticle> }", encoding="utf-8")
    res = runner.invoke(app, ["query", ttl, str(rq), "-f", "csv", "--engine", "oxigraph"])
    assert res.stdout.splitlines()[1] == "19"
    store = tmp_path / "store"
    res = runner.invoke(app, ["query", str(built / "graph.nt"), str(rq), "-f", "csv", "--store", str(store)])
    assert res.exit_code == 0 and res.stdout.splitlines()[1] == "19" and store.is_dir()


def test_cooccurrence_option(tmp_path: Path) -> None:
    res = runner.invoke(app, ["build", "--out", str(tmp_path), "--cooccurrence", "sentence=0",
                              "--cooccurrence", "paragraph=0", "--cooccurrence", "article=0"])
    assert res.exit_code == 0, res.output
    assert "CoOccurrence" not in (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert runner.invoke(app, ["build", "--out", str(tmp_path), "--cooccurrence", "week=3"]).exit_code == 2


def test_a_name_with_full_width_punctuation_keeps_its_ascii_spelling(nlp, tmp_path: Path) -> None:
    from kg.export.rdf import export_rdf

    p = page("标题\n\n本报讯 重庆三磊实业(集团)有限公司董事长洪忠进出席会议。\n", None)
    [ttl] = export_rdf(build_graph(resolve(extract_pages([p], nlp))), tmp_path, ["turtle"])
    g = Graph().parse(ttl)
    names = {str(o) for o in g.objects(None, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert "重庆三磊实业（集团）有限公司" in labels and "重庆三磊实业(集团)有限公司" in names


def _resolved(nlp, body: str) -> Resolution:
    """One article of a page with no district (a headline, then 本报讯 and `body`), resolved."""
    return resolve(extract_pages([page(f"标题\n\n本报讯 {body}\n", None)], nlp))


@pytest.mark.parametrize(("body", "name", "alias"), [
    ("温江区柳城街道党工委副书记彭小英表示，活动很成功。", "温江区柳城街道党工委", "柳城街道党工委"),  # its areas
    ("石马河街道来鹿寺社区党委副书记陈一菲说，活动很成功。", "石马河街道来鹿寺社区党委", "来鹿寺社区党委"),  # its street
    ("这是成都青白江区大同小学5年级学生写的作文。", "成都青白江区大同小学", "大同小学"),  # an institution's areas
])
def test_an_organisation_named_with_what_holds_it_is_also_named_without(nlp, body: str, name: str,
                                                                        alias: str) -> None:
    [org] = [e for e in _resolved(nlp, body).entities.values() if e.name == name]
    assert alias in org.aliases


def test_a_body_printed_bare_is_the_one_its_page_names_with_its_area(nlp) -> None:
    res = _resolved(nlp, "江北区委召开会议。区委书记张伟讲话，区政府区长李强出席。")
    names = {e.name for e in res.entities.values() if e.label == "Organization"}
    assert "江北区委" in names and "区委" not in names, names
    [org] = [e for e in res.entities.values() if e.name == "江北区委"]
    assert "区委" in org.aliases
    [post] = [f for f in res.facts if f.kind == "post" and f.args["title"] == "书记"]
    assert post.args["org"] == org.id
    assert "区政府" in names  # no area is printed with it: it stays as printed
    # two districts' bodies on one page: the bare form names neither
    names = {e.name for e in _resolved(nlp, "江北区委和渝北区委召开联席会议。区委书记张伟讲话。").entities.values()}
    assert "区委" in names, names


def test_a_name_inside_a_document_title_is_no_mention(nlp) -> None:
    res = _resolved(nlp, "会议学习了《中国共产党统一战线工作条例》，《人民日报》作了报道。中国各地都在学习。")
    [china] = [e for e in res.entities.values() if e.name == "中国"]
    assert china.mentions == 1  # the country named in the last sentence, not the one in the title
    assert "共产党" not in {e.name for e in res.entities.values()}


def test_a_department_printed_bare_is_the_committees_the_page_names(nlp) -> None:
    res = _resolved(nlp, "省委常委、宣传部部长许正中出席。宣传部负责同志介绍了情况。")
    names = {e.name for e in res.entities.values() if e.label == "Organization"}
    assert "省委宣传部" in names and "宣传部" not in names, names


def test_a_title_after_a_name_restates_the_post_its_page_names(nlp) -> None:
    res = _resolved(nlp, "省妇联党组书记冯玲到黄外社区调研。冯玲书记参观了妇女之家。")
    posts = {(f.args["title"], f.args["org"] is None) for f in res.facts if f.kind == "post"}
    assert posts == {("党组书记", False)}, posts  # the evidence of 冯玲书记 joins that post
    assert len([f for f in res.facts if f.kind == "post"]) == 2
    # two posts that end so: the bare title names neither
    res = _resolved(nlp, "区委书记张伟、区政协党组书记张伟出席。张伟书记讲话。")
    assert any(f.kind == "post" and f.args["org"] is None for f in res.facts)
