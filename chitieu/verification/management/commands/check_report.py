"""``chitieu check-report FILE|-`` (``manage.py check_report``): verify the figures of a written report.

Named ``check_report`` so that Django's own ``manage.py check`` (the system checks) stays as it is;
the ``chitieu`` script maps ``check`` to it.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _

from chitieu.checker.matching import DataCheck
from chitieu.core.errors import DomainError
from chitieu.core.periods import PeriodError
from chitieu.orgunits.models import OrgUnit
from chitieu.verification.checks import check_report
from chitieu.verification.files import read_report_file, read_report_stream
from chitieu.verification.html import render_html


class Command(BaseCommand):
    help = (
        "Verify the figures of a written report (.txt or .docx): recompute every ratio it prints and, "
        "with --unit and --period, compare its figures with the unit's stored data."
    )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        """Usage lines say ``chitieu check-report``, the name people type."""
        return super().create_parser(
            prog_name, "check-report" if prog_name == "chitieu" else subcommand, **kwargs
        )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a .txt or .docx file, or - to read text from standard input")
        parser.add_argument(
            "--unit", help="unit code whose data the figures are compared with, e.g. SO-LDTBXH"
        )
        parser.add_argument("--period", help="period id of the report, e.g. 2022, 2022S1, 2022Q3")
        parser.add_argument(
            "--as-of",
            type=date.fromisoformat,
            help="YYYY-MM-DD: the data as known that day (default: the window's close, or today)",
        )
        parser.add_argument("--format", choices=["text", "json", "html"], default="text")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args: Any, **options: Any) -> None:
        lang = options["lang"]
        with translation.override(lang):
            text = self._read(options["file"], lang)
            unit = self._unit(options["unit"], options["period"])
            try:
                check = check_report(text, unit=unit, period_id=options["period"], as_of=options["as_of"])
            except PeriodError as error:
                raise CommandError(error.message(lang)) from error
            self.stdout.write(self._render(check, options["format"], lang, text))

    def _read(self, name: str, lang: str) -> str:
        try:
            if name == "-":
                stream = getattr(sys.stdin, "buffer", None)
                if stream is None:  # a text stream without bytes underneath (tests, some shells)
                    stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
                return read_report_stream(stream)
            return read_report_file(Path(name))
        except DomainError as error:  # the file, or its archive (a zip bomb)
            raise CommandError(error.message(lang)) from error

    def _unit(self, code: str | None, period: str | None) -> OrgUnit | None:
        if code is None and period is None:
            return None
        if code is None or period is None:
            raise CommandError(_("Give --unit and --period together to compare the figures with the data."))
        unit = OrgUnit.objects.filter(code=code).first()
        if unit is None:
            raise CommandError(_("There is no unit with code “%(code)s”.") % {"code": code})
        return unit

    def _render(self, check: DataCheck, format_name: str, lang: str, text: str) -> str:
        if format_name == "json":
            return json.dumps(check.to_dict(), ensure_ascii=False, indent=2)
        if format_name == "html":
            return render_html(check, lang, text=text)
        return check.render_text(lang)
