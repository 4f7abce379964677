"""Zip archives from outside (an uploaded .xlsx, a .docx to check), refused before they are unpacked.

An .xlsx or .docx file is a zip archive. Its table of contents says how large each member is
once unpacked; an archive with too many members, a member compressed suspiciously well, or a
total beyond a limit is refused before anything reads it (a zip bomb). Python's zipfile never
inflates a member beyond the size its header declares, so a header that lies cannot get round
the check.
"""

from __future__ import annotations

import io
import math
import zipfile
from dataclasses import dataclass

from chitieu.core.errors import DomainError

MEGABYTE = 1024 * 1024


class ArchiveRefused(DomainError, ValueError):
    """An archive that would unpack to far more than is safe; nothing was unpacked."""

    templates = {
        "zip_bomb": (
            "“{name}” would unpack to far more than its size: refused as a possible zip bomb.",
            "Tệp “{name}” khi giải nén lớn bất thường so với dung lượng của nó: "
            "từ chối vì có thể là tệp nén độc hại (zip bomb).",
        ),
        "unpacked_too_large": (
            "“{name}” would unpack to {size} MB; at most {limit} MB is allowed.",
            "Tệp “{name}” khi giải nén có dung lượng {size} MB, vượt giới hạn {limit} MB.",
        ),
    }


@dataclass(frozen=True)
class ArchiveLimits:
    """How much an archive may hold: members, bytes once unpacked, and compression of a large member."""

    max_members: int
    max_unpacked_bytes: int
    max_compression_ratio: int = 100  # office files compress 3 to 20 times; bombs a thousand times


def checked_members(data: bytes, name: str, limits: ArchiveLimits) -> list[zipfile.ZipInfo]:
    """The members of the zip archive ``data``, read from its table of contents only.

    Raises :class:`ArchiveRefused` for a zip bomb, and :class:`zipfile.BadZipFile` (or
    ``EOFError``, ``OSError``) for bytes that are not a readable zip archive: the caller says
    what kind of file it expected.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
    if len(members) > limits.max_members:
        raise ArchiveRefused("zip_bomb", name=name)
    unpacked = 0
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > MEGABYTE and ratio > limits.max_compression_ratio:
            raise ArchiveRefused("zip_bomb", name=name)
        unpacked += member.file_size
    if unpacked > limits.max_unpacked_bytes:
        raise ArchiveRefused(
            "unpacked_too_large",
            name=name,
            size=megabytes(unpacked),
            limit=megabytes(limits.max_unpacked_bytes),
        )
    return members


def megabytes(size: int) -> int:
    """A size in whole megabytes, rounded up (what a person reads in a refusal)."""
    return math.ceil(size / MEGABYTE)
