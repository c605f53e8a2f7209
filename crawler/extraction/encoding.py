"""Bytes → text for HTML pages, getting German umlauts right.

Why a module of its own: mojibake is one of the most reported failures of peer tools (a ``<meta
charset>`` ignored, ISO-8859-1 bytes read as UTF-8). German regional sites are full of old CMS
installs that send Latin-1 or windows-1252 under the wrong label, so the order of evidence matters:
HTTP header, byte-order mark, in-document declaration, and only then statistics.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_XML_DECL = re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([\w.:-]+)", re.I)
# WHATWG: these labels mean windows-1252 in every browser; the C1 range then holds „“–€ instead
# of control characters, which is what mislabelled German pages actually contain.
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}
_SINGLE_BYTE = _AS_WINDOWS_1252 | {"windows-1252", "cp1252", "iso-8859-15", "latin-9", "latin9"}
# Multi-byte UTF-8 sequences: if the bytes contain these and decode cleanly, the page is UTF-8
# whatever its label says (Latin-1 text practically never forms valid UTF-8 by accident).
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_REPLACED_RUN = re.compile("\ufffd+")


def _normalise_label(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if Python does not know it."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _AS_WINDOWS_1252:
        return "windows-1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _declared(body: bytes, content_type: str | None) -> str | None:
    """The charset the server or the document claims, header first (as browsers do)."""
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and (name := _normalise_label(match.group(1))):
            return name
    head = body[:4096]
    for pattern in (_META_CHARSET, _XML_DECL):
        declared = pattern.search(head)
        if declared and (name := _normalise_label(declared.group(1).decode("ascii", "ignore"))):
            return name
    return None


def _looks_utf8(body: bytes) -> bool:
    if not _UTF8_MULTIBYTE.search(body):
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Charset from HTTP header, BOM, <meta charset>/<meta http-equiv>, else detect (charset-normalizer);
    windows-1252 for mislabeled latin-1.

    A declared single-byte charset loses to (mostly) valid multi-byte UTF-8 (servers often
    default to ISO-8859-1 in the header while the CMS writes UTF-8). A UTF-8 page with a few
    invalid bytes stays UTF-8, with U+FFFD at the bad bytes only (:func:`_mostly_utf8`): reading
    it as windows-1252 would turn every umlaut into mojibake ("SÃ¼derbrarup"). A declared UTF-8
    that is not UTF-8 at all (Latin-1 under the wrong label) falls through to detection. Never
    raises: the last resort is windows-1252 with replacement.
    """
    if not body:
        return ""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, errors="replace")
    declared = _declared(body, content_type)
    if declared in _SINGLE_BYTE or declared == "cp1252":
        if _looks_utf8(body):
            return body.decode("utf-8")
        if (mostly := _mostly_utf8(body)) is not None:
            return mostly
        return body.decode(declared, errors="replace")
    if declared and declared != "utf-8":
        try:
            return body.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if (mostly := _mostly_utf8(body)) is not None:
        return mostly
    return _detect(body)


def _mostly_utf8(body: bytes) -> str | None:
    """``body`` as UTF-8 with U+FFFD at the invalid bytes, if it is UTF-8 with a few bad spots:
    at least twice as many valid multi-byte characters as runs of invalid bytes. Latin-1 text
    (umlauts followed by ASCII) has almost no valid multi-byte sequences, so it is not taken."""
    text = body.decode("utf-8", errors="replace")
    written = body.count(b"\xef\xbf\xbd")  # U+FFFD the page itself contains (valid UTF-8)
    replaced = text.count("\ufffd") - written
    if replaced <= 0:
        return text
    spots = len(_REPLACED_RUN.findall(text)) - written
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    valid = non_ascii - replaced - written
    return text if valid >= 1 and valid >= 2 * max(spots, 1) else None


def _detect(body: bytes) -> str:
    """Statistical guess, biased to windows-1252 because that is what undeclared German pages use."""
    best = from_bytes(body[:200_000]).best()
    encoding = _normalise_label(best.encoding) if best is not None else None
    if encoding is None or encoding in _SINGLE_BYTE or encoding.startswith(("cp125", "iso8859")):
        # charset-normalizer likes to pick cp1250/latin-2 etc. for short German texts; the umlauts
        # and „quotes“ of German pages are windows-1252.
        encoding = "windows-1252"
    return body.decode(encoding, errors="replace")
