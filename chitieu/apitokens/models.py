"""API tokens: a program calls the API as a user with ``Authorization: Bearer <token>``.

Only the SHA-256 digest of a token is stored; the token itself is shown once, when it is made.
A token is never deleted: revoking it stamps ``revoked_at`` and it stops working at once.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "ct_"  # noqa: S105 - not a secret: marks a chitieu token


def digest(token: str) -> str:
    """The stored form of a token: a random 256-bit secret needs no slow hash, SHA-256 suffices."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_secret() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True, user__is_active=True)


class ApiToken(models.Model):
    """A named, revocable credential of one user for programs calling the API."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("prefix"), max_length=12, editable=False)
    digest = models.CharField(_("digest"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["user", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "name"],
                condition=Q(revoked_at__isnull=True),
                name="apitoken_unique_active_name",
                violation_error_message=_("This user already has an active token with this name."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, *, user: models.Model, name: str) -> tuple[ApiToken, str]:
        """Make a token; returns the row and the secret, which is not stored and cannot be shown again."""
        secret = new_secret()
        with transaction.atomic():  # a duplicate name must not break the caller's transaction
            token = cls.objects.create(user=user, name=name, prefix=secret[:10], digest=digest(secret))
        return token, secret

    @classmethod
    def authenticate(cls, secret: str) -> ApiToken | None:
        """The active token with this secret, its use stamped; None for an unknown or revoked one."""
        if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
            return None
        token = cls.objects.active().select_related("user").filter(digest=digest(secret)).first()
        if token is not None:
            now = timezone.now()
            if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
                cls.objects.filter(pk=token.pk).update(last_used_at=now)  # at most once a minute
                token.last_used_at = now
        return token

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
