"""Decode a fetched page so that å, ä and ö come out intact whatever the page declared.

Swedish municipal sites still serve ISO-8859-1 and Windows-1252, often
declared wrongly (a ``charset=utf-8`` header over Latin-1 bytes, a
``<meta charset=iso-8859-1>`` left in a template that now writes UTF-8) or
not at all.  Scrapy's ``TextResponse`` and w3lib's ``html_to_unicode`` trust
the declaration and decode with replacement characters, so a wrong label
turns "våld" into "v\ufffdld" or "vÃ¥ld".  The bytes themselves are the better
witness: text with non-ASCII bytes that is valid UTF-8 is practically never
anything else, and text that is not valid UTF-8 is, on a Swedish site,
Windows-1252 (the WHATWG reading of every "latin1" label) unless it
declares some other single-byte encoding.
"""

from __future__ import annotations

import codecs

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

UTF8 = ("utf-8", "utf8")
WIDE = ("utf-16", "utf-32")  # need a BOM or a trusted label; their bytes are valid "UTF-8" with NULs
FALLBACK = "cp1252"


def declared_encoding(body: bytes, content_type: str | None) -> str | None:
    """The encoding the page claims: HTTP header first, then ``<meta>``; normalised by w3lib."""
    enc = http_content_type_encoding(content_type or "") or html_body_declared_encoding(body)
    return resolve_encoding(enc) if enc else None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding used)``: BOM, then the bytes' own evidence, then the declaration."""
    bom, bom_enc = read_bom(body)
    if bom:
        return body[len(bom_enc):].decode(bom, errors="replace"), bom
    declared = declared_encoding(body, content_type)
    if declared and codecs.lookup(declared).name.startswith(WIDE):
        return body.decode(declared, errors="replace"), declared
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if body.isascii() and declared:
            return body.decode(declared, errors="replace"), declared  # ASCII reads the same in all of them
        return text, "utf-8"
    if declared and codecs.lookup(declared).name.replace("_", "-") not in UTF8:
        return body.decode(declared, errors="replace"), declared
    return body.decode(FALLBACK, errors="replace"), FALLBACK
