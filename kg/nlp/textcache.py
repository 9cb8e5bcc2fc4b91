"""The text of a Doc, read once.

``Doc.text`` joins every token's text each time it is read; with one token per character
that costs as much as the statistical model over a page. Components read the text through
:func:`text_of`, which keeps it in ``doc.user_data`` (a Doc's text never changes)."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["text_of"]

_KEY = "kg:text"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
