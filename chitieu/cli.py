"""The ``chitieu`` console script: Django management commands, with chitieu's listed first."""

from __future__ import annotations

import os
import sys

COMMANDS = {
    "scorecard": "where every target of a unit stands for a year (--estimate: on its year-end estimate)",
    "term": "where a unit's term stands: term targets, forecast to its end, programmes and projects",
    "enter-value": "record one result (with the same checks as the web pages)",
    "check-report": "verify the figures of a written report",
    "export-template": "write the Excel template to fill in a unit's results for a period",
    "import-values": "import results from a filled-in Excel template or CSV file (dry run first)",
    "gen-data": "build a synthetic province for benchmarks and load tests",
    "demo-data": "load the illustrative demo data (the article's department, 2022 and 2023)",
    "remind": "e-mail reporters and approvers before report deadlines (run daily from cron)",
    "api-token": "create, list or revoke a user's API tokens (Authorization: Bearer)",
    "dhis2-export": "write stored values as a DHIS2 dataValueSet (JSON)",
    "dhis2-import": "import a DHIS2 dataValueSet (JSON), all or nothing, with --dry-run",
    "aggregates": "verify or rebuild the kept figures (verify|rebuild)",
    "backup": "copy the database to a file (SQLite online backup; pg_dump for PostgreSQL)",
    "restore": "replace the database with a backup file (--yes to confirm)",
    "check": "Django's system checks (--deploy: the production settings)",
    "migrate": "create or update the database tables",
    "runserver": "start the development server",
    "createsuperuser": "create an administrator account",
}


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
    if not args or (args[0] in {"help", "-h", "--help"} and len(args) == 1):
        print("chitieu — plan, track and report an agency's year.\n")
        print("Usage: chitieu <command> [options]   (chitieu help <command> for its options)\n")
        width = max(len(name) for name in COMMANDS)
        for name, text in COMMANDS.items():
            print(f"  {name.ljust(width)}  {text}")
        print("\nEvery Django management command is available too (chitieu help --all).")
        return
    if args[:2] == ["help", "--all"]:
        args = ["help"]
    args[0] = _command_name(args[0])
    if args[0] == "help" and len(args) > 1:
        args[1] = _command_name(args[1])

    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 - reads chitieu.settings: a misconfiguration stops here
    except ImproperlyConfigured as error:
        sys.exit(f"chitieu: {error}")  # one clear line on standard error, not a traceback
    execute_from_command_line(["chitieu", *args])


def _command_name(name: str) -> str:
    """The management command behind one of chitieu's commands ("enter-value" -> "enter_value")."""
    if name not in COMMANDS:
        return name
    return name.replace("-", "_")


if __name__ == "__main__":
    main()
