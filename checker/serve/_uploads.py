"""Reading a multipart upload into the request's temporary folder, within the limits.

The body is parsed as it arrives: a file is written to disk chunk by chunk and
refused the moment it passes the size limit, so a 2 GB upload never sits in memory
or on disk. After a refusal the rest of the body is read and thrown away (up to the
limit of a whole request) so that the browser gets to show the refusal page instead
of a reset connection.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header

from checker.serve._limits import Limits
from checker.serve._names import safe_name

__all__ = ["FILE_FIELD", "Refusal", "UploadRefused", "UploadedForm", "receive_uploads"]

FILE_FIELD = "files"


class Refusal(enum.Enum):
    """Why a request was refused before any report was read."""

    TOO_LARGE = "too_large"
    TOO_MANY_FILES = "too_many_files"
    NOT_A_FORM = "not_a_form"

    @property
    def status(self) -> int:
        return 413 if self is Refusal.TOO_LARGE else 400


class UploadRefused(Exception):
    """The request breaks a limit or is no upload form."""

    def __init__(self, refusal: Refusal, name: str = "") -> None:
        super().__init__(refusal.name, name)
        self.refusal = refusal
        self.name = name


@dataclass(frozen=True)
class UploadedForm:
    """The files written (safe names inside the folder, in upload order) and the fields."""

    names: tuple[str, ...]
    fields: dict[str, str]


@dataclass
class _Part:
    field_name: str = ""
    file_name: str | None = None
    stream: BinaryIO | None = None
    size: int = 0
    data: bytearray = field(default_factory=bytearray)
    disposition: bytes = b""
    header_name: bytes = b""
    header_value: bytes = b""


class _FormWriter:
    """The parser's callbacks: each file part goes to its own file in ``folder``."""

    def __init__(self, folder: Path, limits: Limits) -> None:
        self.folder = folder
        self.limits = limits
        self.names: list[str] = []
        self.fields: dict[str, str] = {}
        self.part = _Part()

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self.on_part_begin,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
        }

    def on_part_begin(self) -> None:
        self.part = _Part()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.part.header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.part.header_value += data[start:end]

    def on_header_end(self) -> None:
        if self.part.header_name.lower() == b"content-disposition":
            self.part.disposition = self.part.header_value
        self.part.header_name = self.part.header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self.part.disposition)
        self.part.field_name = options.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" not in options:
            return
        sent = options[b"filename"].decode("utf-8", "replace")
        if not sent:
            return  # the browser's empty part for "no file chosen"
        if len(self.names) >= self.limits.max_files:
            raise UploadRefused(Refusal.TOO_MANY_FILES)
        name = safe_name(sent, self.names)
        self.part.file_name = name
        # "x": a fresh file in a fresh folder; the name never leaves the folder.
        self.part.stream = open(self.folder / name, "xb")  # noqa: SIM115 - closed in on_part_end
        self.names.append(name)

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        part = self.part
        part.size += end - start
        if part.stream is not None:
            if part.size > self.limits.max_file_bytes:
                raise UploadRefused(Refusal.TOO_LARGE, part.file_name or "")
            # A synchronous write of one chunk (at most the server's read size) costs
            # less than handing it to a thread.
            part.stream.write(data[start:end])
        elif part.file_name is None:
            if part.size > self.limits.max_field_bytes:
                raise UploadRefused(Refusal.NOT_A_FORM)
            part.data += data[start:end]

    def on_part_end(self) -> None:
        part = self.part
        if part.stream is not None:
            part.stream.close()
            part.stream = None
        elif part.file_name is None and part.field_name and part.field_name != FILE_FIELD:
            self.fields[part.field_name] = part.data.decode("utf-8", "replace")

    def close(self) -> None:
        if self.part.stream is not None:
            self.part.stream.close()


async def receive_uploads(headers: dict[str, str], body: AsyncIterator[bytes], folder: Path,
                          limits: Limits) -> UploadedForm:
    """Parse the multipart ``body`` into ``folder``; :class:`UploadRefused` on any limit."""
    content_type, options = parse_options_header(headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise UploadRefused(Refusal.NOT_A_FORM)
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_body_bytes:
        raise UploadRefused(Refusal.TOO_LARGE)
    writer = _FormWriter(folder, limits)
    parser = MultipartParser(boundary, writer.callbacks())  # type: ignore[arg-type]
    received = 0
    refused: UploadRefused | None = None
    try:
        async for chunk in body:
            received += len(chunk)
            if received > limits.max_body_bytes:
                raise refused or UploadRefused(Refusal.TOO_LARGE)
            if refused is None:
                try:
                    parser.write(chunk)
                except UploadRefused as exc:
                    refused = exc
                    writer.close()
        if refused is not None:
            raise refused
        parser.finalize()
    except FormParserError:
        raise UploadRefused(Refusal.NOT_A_FORM) from None
    finally:
        writer.close()
        if refused is not None and refused.name:
            with contextlib.suppress(OSError):
                (folder / refused.name).unlink()
    return UploadedForm(tuple(writer.names), writer.fields)
