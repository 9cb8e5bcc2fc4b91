"""The HTML graph in a real browser: Debian's chromium, headless, with the network cut off."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
INJECTION = ("“<svg/onload=window.__pwned=3>”行动启动 <script>window.__pwned=1</script>\n\n"
             "本报讯（记者 王五）区委书记李四出席<img src=x onerror=window.__pwned=2>“<svg/onload=window.__pwned=3>”行动"
             "启动仪式并讲话。区委副书记赵六主持。\n")


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMEDRIVER).exists():
        pytest.fail("chromium and chromium-driver are needed (apt-get install chromium chromium-driver; "
                    "`make test` installs them where it can)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"):  # no network
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


def open_page(driver, path: Path) -> None:
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(path.as_uri())
    for _ in range(120):
        if driver.execute_script("return window.kgStable === true"):
            return
        time.sleep(0.25)
    raise AssertionError("the layout did not settle")


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("html")
    assert runner.invoke(app, ["build", "--out", str(out)]).exit_code == 0
    return out / "graph.html"


def test_offline_no_requests_no_errors_and_drawn(browser, sample_html: Path) -> None:
    open_page(browser, sample_html)
    urls = set()
    for entry in browser.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.add(msg["params"]["request"]["url"])
    assert urls and all(u.startswith(("file:", "data:", "blob:")) for u in urls), urls
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    assert browser.execute_script("return window.kgStable === true")  # physics settled and stopped
    assert not browser.execute_script("return window.kgNetwork.physics.physicsEnabled")
    coloured = browser.execute_script("""
        var c = document.querySelector('#kg-graph canvas'); var ctx = c.getContext('2d');
        var d = ctx.getImageData(0, 0, c.width, c.height).data, n = 0;
        for (var i = 0; i < d.length; i += 4) { if (d[i+3] > 0 && (d[i] < 240 || d[i+1] < 240 || d[i+2] < 240)) n++; }
        return n;""")
    assert coloured > 500  # the canvas is not blank
    png = browser.get_screenshot_as_png()
    assert len(png) > 10_000


def test_search_focuses_the_node(browser, sample_html: Path) -> None:
    open_page(browser, sample_html)
    box = browser.find_element("id", "kg-search")
    box.clear()
    box.send_keys("黄茂军")
    browser.find_element("id", "kg-go").click()
    focused = browser.execute_script("return window.kgFocused")
    assert browser.execute_script("return window.kgNodes.get(arguments[0]).label", focused) == "黄茂军"
    assert browser.execute_script("return window.kgNetwork.getSelectedNodes()") == [focused]
    assert "黄茂军" in browser.find_element("id", "kg-panel").text


def test_type_filter_hides_nodes(browser, sample_html: Path) -> None:
    open_page(browser, sample_html)
    count = "return window.kgNodes.get().filter(function (n) { return n.kgtype === 'Person' && !n.hidden; }).length"
    assert browser.execute_script(count) > 0
    browser.find_element("css selector", "#kg-types input[data-key='Person']").click()
    assert browser.execute_script(count) == 0
    others = "return window.kgNodes.get().filter(function (n) { return n.kgtype !== 'Person' && !n.hidden; }).length"
    assert browser.execute_script(others) > 0
    browser.find_element("css selector", "#kg-rels input[data-key='co-occurrence']").click()
    hidden = "return window.kgEdges.get().filter(function (e) { return e.rel === 'co-occurrence' && !e.hidden; }).length"
    assert browser.execute_script(hidden) == 0


PAYLOADS = ["<script>window.__pwned=1</script>", "<img src=x onerror=window.__pwned=2>",
            "<svg/onload=window.__pwned=3>", "\"><iframe src=javascript:window.__pwned=4>"]


def evil_graph():
    """A graph whose every newspaper string carries markup."""
    import networkx as nx

    from kg.extract import Evidence

    g = nx.MultiDiGraph()
    ev = Evidence("a1", "2025-10-24", 0, "他说" + PAYLOADS[1] + "。", 0, 2, 0, "p.txt", 0, 2, "test")
    g.add_node("article:a1", kind="article", id="a1", headline="标题" + PAYLOADS[0], date="2025-10-24", page="p",
               newspaper="渝中报", source="p.txt", position=0)
    for i, (typ, payload) in enumerate(zip(["Person", "Organization", "Programme", "Place"], PAYLOADS, strict=True)):
        g.add_node(f"e{i}", kind="entity", type=typ, label=f"名{i}{payload}", aliases=[payload], mentions=2,
                   first_seen="2025-10-24", last_seen="2025-10-24")
        g.add_edge(f"e{i}", "article:a1", key="mentioned_in", rel="mentioned_in", count=1, evidence=[ev])
    g.add_edge("e0", "article:a1", key="role:出席", rel="role", verb="出席", evidence=[ev])
    g.add_edge("e0", "e1", key="co:sentence", rel="co_occurs", window="sentence", count=1, weight=1.0, evidence=[ev])
    g.add_edge("e2", "e3", key="co:sentence", rel="co_occurs", window="sentence", count=2, weight=2.0, evidence=[ev])
    return g


def test_injection_runs_nothing(browser, tmp_path: Path) -> None:
    from kg.export.html import write_html

    path = write_html(evil_graph(), tmp_path / "evil.html")
    html = path.read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in html  # nothing of it reaches the page as markup
    open_page(browser, path)
    browser.execute_script("""
        var net = window.kgNetwork;
        window.kgNodes.getIds().forEach(function (id) {
            net.selectNodes([id]);
            net.body.emitter.emit('click', {nodes: [id], edges: [], pointer: {DOM: {x: 0, y: 0}, canvas: {x: 0, y: 0}}});
            var p = net.getPositions([id])[id], dom = net.canvasToDOM(p);
            net.body.emitter.emit('hoverNode', {node: id});
            net.interactionHandler._checkShowPopup(dom);
        });""")
    box = browser.find_element("id", "kg-search")
    box.send_keys("名0")
    browser.find_element("id", "kg-go").click()
    time.sleep(0.5)
    assert browser.execute_script("return window.__pwned === undefined")
    panel = browser.find_element("id", "kg-panel").text
    assert "名0" + PAYLOADS[0] in panel  # the name, shown as text
    assert PAYLOADS[1] in panel  # the evidence sentence, shown as text
    assert browser.execute_script("return document.querySelectorAll('#kg-panel script, #kg-panel img, "
                                  "#kg-panel svg, #kg-panel iframe, .vis-tooltip script, .vis-tooltip img').length") == 0


def test_evidence_from_the_pipeline_is_text(browser, tmp_path: Path) -> None:
    page = tmp_path / "evil.txt"
    page.write_text(INJECTION, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(page), "--out", str(out), "--district", "渝中区"]).exit_code == 0
    open_page(browser, out / "graph.html")
    box = browser.find_element("id", "kg-search")
    box.send_keys("李四")
    browser.find_element("id", "kg-go").click()
    assert "<img src=x onerror=window.__pwned=2>" in browser.find_element("id", "kg-panel").text
    assert browser.execute_script("return window.__pwned === undefined")
