from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.export.atomic import atomic_write

runner = CliRunner()


def build(*args: str):
    """kg build, ingest only (the extraction has its own tests)."""
    return runner.invoke(app, ["build", "--no-extract", *args])


def articles(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def test_build_bundled_corpus(tmp_path: Path, expected_samples: dict) -> None:
    res = build("--out", str(tmp_path))
    assert res.exit_code == 0, res.output
    assert "articles" in res.output
    rows = articles(tmp_path)
    headlines = {r["headline"] for r in rows}
    for page in expected_samples["pages"].values():
        for a in page["articles"]:
            if not a.get("scrambled"):
                assert a["headline"] in headlines
    for r in rows:
        assert r["id"] and r["page"] and r["source"].endswith(".txt")
        assert r["newspaper"] == "渝中报"
        assert all(p["end"] > p["start"] for p in r["paragraphs"])
    assert len({r["id"] for r in rows}) == len(rows)


def test_build_is_deterministic(tmp_path: Path) -> None:
    assert build("--out", str(tmp_path / "a")).exit_code == 0
    assert build("--out", str(tmp_path / "b")).exit_code == 0
    assert (tmp_path / "a/articles.jsonl").read_bytes() == (tmp_path / "b/articles.jsonl").read_bytes()


@pytest.fixture
def mixed_dir(tmp_path: Path, corpus_dir: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    sample = next((corpus_dir / "yuzhongbao").glob("003_*.txt"))
    shutil.copy(sample, d / "a_good.txt")
    text = sample.read_text(encoding="utf-8")
    (d / "sub" / "b_gb18030.txt").write_bytes(text.encode("gb18030"))
    (d / "sub" / "c_utf16.md").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (d / "d_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    (d / "e_empty.txt").write_bytes(b"")
    (d / "ignored.pdf").write_bytes(b"%PDF-1.4")
    return d


def test_bad_files_are_reported_and_the_rest_is_built(tmp_path: Path, mixed_dir: Path) -> None:
    out = tmp_path / "out"
    res = build(str(mixed_dir), "--out", str(out))
    assert res.exit_code == 1
    assert "d_binary.txt" in res.output and "binary" in res.output
    assert "e_empty.txt" in res.output and "empty" in res.output
    rows = articles(out)
    by_source: dict[str, list[str]] = {}
    for r in rows:
        by_source.setdefault(r["source"], []).append(r["headline"])
    assert set(by_source) == {"a_good.txt", "sub/b_gb18030.txt", "sub/c_utf16.md"}
    assert by_source["a_good.txt"] == by_source["sub/b_gb18030.txt"] == by_source["sub/c_utf16.md"]
    assert {r["encoding"] for r in rows} == {"utf-8", "gb18030", "utf-16-le (BOM)"}


def test_strict_stops_and_keeps_previous_output(tmp_path: Path, mixed_dir: Path) -> None:
    out = tmp_path / "out"
    assert build("--out", str(out)).exit_code == 0
    before = (out / "articles.jsonl").read_bytes()
    res = build(str(mixed_dir), "--out", str(out), "--strict")
    assert res.exit_code == 1
    assert "d_binary.txt" in res.output
    assert (out / "articles.jsonl").read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["articles.jsonl"]  # no temporary file left


def test_missing_input(tmp_path: Path) -> None:
    res = build(str(tmp_path / "nope"), "--out", str(tmp_path))
    assert res.exit_code == 2
    assert "nope" in res.output and "no such file" in res.output


def test_user_boilerplate_file(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("标题甲\n\n本报讯 正文，内容。\n\n本版广告热线12345\n", encoding="utf-8")
    patterns = tmp_path / "extra.txt"
    patterns.write_text("# ours\n本版广告热线\\d+\n", encoding="utf-8")
    assert build(str(page), "--out", str(tmp_path / "o1")).exit_code == 0
    assert "广告" in json.dumps(articles(tmp_path / "o1"), ensure_ascii=False)
    assert build(str(page), "--out", str(tmp_path / "o2"), "--boilerplate", str(patterns)).exit_code == 0
    texts = [p["text"] for r in articles(tmp_path / "o2") for p in r["paragraphs"]]
    assert texts == ["本报讯 正文，内容。"]


def test_newspaper_option_overrides(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("标题甲\n\n本报讯 正文，内容。\n", encoding="utf-8")
    assert build(str(page), "--out", str(tmp_path), "--newspaper", "某某报", "--district", "某某区").exit_code == 0
    [row] = articles(tmp_path)
    assert (row["newspaper"], row["district"], row["date"]) == ("某某报", "某某区", None)


def test_atomic_write_keeps_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    target.write_text("good", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("half")
        raise RuntimeError("boom")
    assert target.read_text(encoding="utf-8") == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]
