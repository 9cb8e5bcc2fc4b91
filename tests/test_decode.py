from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import IngestError, read_source

TEXT = "2025年10月24日 星期五\n\n本报讯（记者 徐潇）渝中区深度融入西部陆海新通道建设培训班开班。区委常委、常务副区长邓光怀出席。\n"


@pytest.mark.parametrize(
    ("encoding", "bom", "label"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8 (BOM)"),
        ("utf-16-le", b"\xff\xfe", "utf-16-le (BOM)"),
        ("utf-16-be", b"\xfe\xff", "utf-16-be (BOM)"),
        ("gb18030", b"", "gb18030"),
        ("gbk", b"", "gb18030"),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes, label: str) -> None:
    f = tmp_path / "page.txt"
    f.write_bytes(bom + TEXT.encode(encoding))
    src = read_source(f)
    assert src.text == TEXT  # the BOM is not part of the text: offsets start after it
    assert src.encoding == label


def test_gb18030_only_characters(tmp_path: Path) -> None:
    text = "㐀㐁䶵是扩展A区的字，GBK 没有它们。" * 3
    f = tmp_path / "ext.txt"
    f.write_bytes(text.encode("gb18030"))
    assert read_source(f).text == text


def test_binary_file_is_named(tmp_path: Path) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(IngestError) as err:
        read_source(f)
    assert "image.txt" in str(err.value)
    assert "binary" in str(err.value)


def test_undecodable_bytes(tmp_path: Path) -> None:
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes([0x80, 0xFF, 0x81, 0xFE, 0x07, 0x08, 0x1B]) * 400)
    with pytest.raises(IngestError) as err:
        read_source(f)
    assert "noise.txt" in str(err.value)


def test_bad_utf16_after_bom(tmp_path: Path) -> None:
    f = tmp_path / "odd.txt"
    f.write_bytes(b"\xff\xfe" + "你好".encode("utf-16-le") + b"\x00")
    with pytest.raises(IngestError, match=r"odd\.txt"):
        read_source(f)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot be read"):
        read_source(tmp_path / "nope.txt")
