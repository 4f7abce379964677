"""``chitieu api-token create|list|revoke``: tokens with which programs call the API."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import IntegrityError

from chitieu.apitokens.models import ApiToken


class Command(BaseCommand):
    help = "Create, list or revoke a user's API tokens (the secret is printed once, at creation)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["create", "list", "revoke"])
        parser.add_argument("--user", required=True, help="the user name the token acts as")
        parser.add_argument("--name", help="the token's name, e.g. dhis2-sync (create, revoke)")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"Unknown user '{options['user']}'.")
        action, name = options["action"], options["name"]
        if action == "list":
            for token in ApiToken.objects.filter(user=user).order_by("created_at"):
                state = f"revoked {token.revoked_at:%Y-%m-%d}" if token.revoked_at else "active"
                used = f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never"
                self.stdout.write(f"{token.name}\t{token.prefix}…\t{state}\tlast used {used}")
            return
        if not name:
            raise CommandError(f"api-token {action} needs --name.")
        if action == "create":
            try:
                _token, secret = ApiToken.issue(user=user, name=name)
            except IntegrityError as error:
                raise CommandError(f"{user} already has an active token named '{name}'.") from error
            self.stdout.write(secret)
            self.stderr.write("Keep this token now: it is stored hashed and cannot be shown again.")
            return
        token = ApiToken.objects.filter(user=user, name=name, revoked_at__isnull=True).first()
        if token is None:
            raise CommandError(f"{user} has no active token named '{name}'.")
        token.revoke()
        self.stdout.write(f"Revoked {token.name} ({token.prefix}…).")
