"""Domain errors that speak both languages: English for logs, Vietnamese for people."""

from __future__ import annotations

from typing import Any, ClassVar

from chitieu.core.text import Bilingual


class DomainError(Exception):
    """A refusal with a stable code and a message in English and Vietnamese.

    Subclasses set ``templates``: code -> (English, Vietnamese) ``str.format`` templates.
    ``str(error)`` is English (for logs); ``error.message("vi")`` is what a user reads.
    """

    templates: ClassVar[dict[str, tuple[str, str]]] = {}

    def __init__(self, code: str, /, **params: Any) -> None:
        if code not in self.templates:
            raise KeyError(f"{type(self).__name__} has no message for code {code!r}")
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "vi") -> str:
        template = Bilingual(*self.templates[self.code]).get(lang)
        return template.format(**self.params)
