"""Decode an HTTP body as it streams in, with bounded memory: Content-Encoding and the size cap.

Used by :mod:`ingest.fetch`. Servers get Content-Encoding wrong in every way, so decoding is lenient
where the body itself says what it is: a listed coding that is not a compression (``UTF-8``,
``none``, ``binary``) is ignored; several codings (``gzip, gzip``) are undone in reverse order; a
body that claims gzip/deflate/br but starts as plain markup (``<`` or ``{``) is taken as it is (one
that claims br or zstd but is gzip is gunzipped); a
body that is still gzip after decoding (a pre-compressed file served as is, or compressed twice) is
gunzipped again; gzip and deflate (zlib) swapped in the label are undone by the header the body has.
Every step stays under the cap.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

OUT_CHUNK = 256 * 1024  # most decompressed bytes produced per step (bounds memory on gzip bombs)
AUTO_WBITS = 32 + zlib.MAX_WBITS  # zlib detects a gzip or a zlib header itself
WBITS = {"gzip": AUTO_WBITS, "x-gzip": AUTO_WBITS, "deflate": AUTO_WBITS}
# Real codings we cannot undo: named in the error when the body is not markup (since round seventeen also the
# other registered ones and the compressions servers misconfigure with; they were dropped as no compression,
# and a bzip2 or xz body was "not a feed: binary data")
UNDECODABLE = frozenset(
    {"br", "zstd", "compress", "x-compress", "aes128gcm", "exi", "pack200-gzip", "dcb", "dcz", "sdch"}
    | {"bzip2", "x-bzip2", "xz", "x-xz", "lzma", "lz4", "snappy"}
)
GZIP_MAGIC = b"\x1f\x8b\x08"
MAX_EXTRA_GUNZIP = 2  # a body still gzip after decoding is gunzipped at most this often
HEAD_KEPT = 4096  # bytes kept to restart a deflate stream as raw deflate
MARKUP_STARTS = (b"<", b"{", b"\xff\xfe", b"\xfe\xff")  # plain XML/HTML/JSON, or a UTF-16 BOM


class BodyTooLargeError(Exception):
    """The body passed the cap; ``args[0]`` is the number of bytes read."""


class BodyDecodeError(Exception):
    """A body that cannot be decoded as its Content-Encoding says; the message is the fetch error."""


class UnsupportedEncodingError(BodyDecodeError, ValueError):
    """A Content-Encoding we cannot undo (br, zstd, compress) on a body that is not plain markup."""


class TruncatedBodyError(BodyDecodeError):
    """A compressed stream that ended before its end (no gzip trailer, no final deflate block): the
    transfer was cut, whatever the HTTP framing said."""


def parse_codings(header: str) -> list[str]:
    """The Content-Encoding codings to undo, in the order they were applied (``identity`` and tokens
    that are no compression at all dropped)."""
    tokens = [t.strip().lower() for t in header.split(",")]
    return [t for t in tokens if t in WBITS or t in UNDECODABLE]


def looks_like_markup(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(MARKUP_STARTS)


def decode_stream(chunks: Iterable[bytes], encoding: str, cap: int, check: Callable[[], None]) -> bytes:
    """Decode the body ``chunks`` per the Content-Encoding header ``encoding``; BodyTooLargeError
    once more than ``cap`` bytes come out; ``check`` (the deadline) runs after every step."""
    codings = parse_codings(encoding)
    last = codings.pop() if codings else ""
    body = inflate_stream(chunks, last, cap, check)
    for coding in reversed(codings):
        body = inflate_stream([body], coding, cap, check)
    for _ in range(MAX_EXTRA_GUNZIP):
        if not body.startswith(GZIP_MAGIC):
            break
        try:
            body = inflate_stream([body], "gzip", cap, check)
        except zlib.error:
            break  # gzip-like bytes that are not gzip: keep them, the parser will judge
    return body


def inflate_stream(chunks: Iterable[bytes], coding: str, cap: int, check: Callable[[], None]) -> bytes:
    """Undo one coding incrementally, at most OUT_CHUNK bytes per step, so a gzip bomb never takes
        more memory than the cap plus that. Concatenated gzip members are read; garbage after a complete
        member is ignored; ``deflate`` may be zlib-wrapped, gzip or raw, ``gzip`` zlib-wrapped or raw (a
    raw stream under a gzip label counts only when it decodes to its end); a first
        chunk that is plain markup and does not decode is taken as identity."""
    wbits = WBITS.get(coding, 0)
    decomp = zlib.decompressobj(wbits) if wbits else None
    body = bytearray()
    members_done = 0
    member_start = b""  # the first bytes of the member being decoded ("" before any)
    received = 0
    head = bytearray()  # every byte received while nothing came out (a raw deflate stream restarts on it)
    first = True
    header_error: zlib.error | None = None  # why the header did not decode (raw deflate tried then)
    for chunk in chunks:
        data = chunk
        if (
            decomp is None
            and coding in UNDECODABLE
            and first
            and not looks_like_markup(data)
            and not data.startswith(GZIP_MAGIC)
        ):
            raise UnsupportedEncodingError(
                f"unsupported Content-Encoding {coding!r} (we accept gzip, deflate)"
            )
        received += len(data)
        if not body and len(head) < HEAD_KEPT:
            head += data
        while data:
            check()
            if decomp is not None and len(member_start) < 2:
                member_start += data[: 2 - len(member_start)]
            if decomp is None:
                piece, data = data, b""
            else:
                try:
                    piece = decomp.decompress(data, OUT_CHUNK)
                except zlib.error as exc:
                    if members_done:  # trailing garbage after a complete gzip member
                        return finish_decoded(body, cap)
                    if not body and wbits == AUTO_WBITS and len(head) == received:
                        wbits, header_error = -zlib.MAX_WBITS, exc  # raw deflate without a header
                        decomp, data, member_start = zlib.decompressobj(wbits), bytes(head), b""
                        continue
                    if first and not body and looks_like_markup(chunk):
                        decomp, data = None, chunk  # labelled compressed, sent plain
                        continue
                    if header_error and coding != "deflate":
                        raise header_error from None  # gzip-labelled bytes that are no raw deflate either
                    raise
                data = decomp.unconsumed_tail
                if decomp.eof:
                    members_done += 1
                    data = decomp.unused_data + data
                    decomp = zlib.decompressobj(wbits)
                    member_start = b""
            body += piece
            if len(body) > cap:
                raise BodyTooLargeError(len(body))
        first = False
    if decomp is not None:
        body += decomp.flush()
        if header_error and coding != "deflate" and not decomp.eof and not members_done:
            raise header_error  # since round nine raw deflate under a gzip label counts only when whole
        if member_start and not decomp.eof and (not members_done or member_start == GZIP_MAGIC[:2]):
            raise TruncatedBodyError(  # a later member only counts when it starts like one
                f"compressed body cut short: {coding or 'gzip'} stream incomplete after {received} bytes "
                f"({len(body)} bytes decoded)"
            )
    return finish_decoded(body, cap)


def finish_decoded(body: bytearray | bytes, cap: int) -> bytes:
    if len(body) > cap:
        raise BodyTooLargeError(len(body))
    return bytes(body)


def read_local(path: Path, cap: int) -> bytes:
    with path.open("rb") as fh:
        return finish_decoded(bytearray(fh.read(cap + 1)), cap)
