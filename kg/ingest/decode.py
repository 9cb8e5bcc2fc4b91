"""Read a source file as text: detect its encoding, reject binary or undecodable files.

Offsets everywhere in kg are character offsets into the decoded text returned here
(a byte-order mark is not part of the text).
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

__all__ = ["DecodedSource", "IngestError", "decode_bytes", "read_source"]

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Encodings charset-normalizer may name for Chinese text that GB18030 decodes as well.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "hz", "euc_cn"}
_MAX_CONTROL_RATIO = 0.01


class IngestError(Exception):
    """A source file that cannot be read as a newspaper page; the message names the file."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True, slots=True)
class DecodedSource:
    path: str
    text: str
    encoding: str
    sha256: str
    size: int


_BAD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_BAD_CONTROL.findall(sample)) / len(sample)


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding name). Raise IngestError for binary or undecodable input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), f"{encoding} (BOM)"
            except UnicodeDecodeError as exc:
                raise IngestError(path, f"has a {encoding} byte-order mark but is not valid {encoding} "
                                        f"at byte {exc.start + len(bom)}") from exc
    if b"\x00" in data[:65536]:
        raise IngestError(path, "looks binary (contains NUL bytes) and has no UTF-16/32 byte-order mark")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect(data, path)
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise IngestError(path, f"looks binary (too many control characters after decoding as {encoding})")
    return text, encoding


def _detect(data: bytes, path: str | Path) -> tuple[str, str]:
    # GB18030 first: it is the usual non-UTF-8 encoding of mainland Chinese text and a
    # strict decode of it fails on most binary data.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        if _cjk_ratio(text) > 0.2:
            return text, "gb18030"
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise IngestError(path, "cannot be decoded: not UTF-8, UTF-16 with BOM, GB18030 or another "
                                "detectable text encoding")
    encoding = "gb18030" if best.encoding.lower().replace("-", "") in _GB_FAMILY else best.encoding
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise IngestError(path, f"cannot be decoded as detected encoding {encoding}: {exc}") from exc


def _cjk_ratio(text: str) -> float:
    sample = text[:20000]
    letters = [ch for ch in sample if not ch.isspace()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff") / len(letters)


def read_source(path: str | Path) -> DecodedSource:
    """Read and decode one file. Raise IngestError naming the file on any problem."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise IngestError(p, f"cannot be read: {exc.strerror or exc}") from exc
    text, encoding = decode_bytes(data, p)
    return DecodedSource(str(p), text, encoding, hashlib.sha256(data).hexdigest(), len(data))
