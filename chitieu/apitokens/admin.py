"""Admin for API tokens: listed and revoked here; made with ``chitieu api-token create`` (shown once)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from chitieu.apitokens.models import ApiToken
from chitieu.orgunits.admin import UnitScopedAdmin


@admin.register(ApiToken)
class ApiTokenAdmin(UnitScopedAdmin):
    """Someone who is not a superuser sees and revokes only the tokens of people they may manage
    (never a superuser's); revoking takes the right to change tokens."""

    unit_lookup = None
    user_lookup = "user"
    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "user__username", "prefix"]
    readonly_fields = ["user", "name", "prefix", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # the secret must be shown once to its owner: use the command

    def has_delete_permission(self, request: HttpRequest, obj: ApiToken | None = None) -> bool:
        return False

    @admin.action(description=_("Revoke the selected tokens"), permissions=["change"])
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        for token in queryset.filter(revoked_at__isnull=True):
            token.revoke()
        self.message_user(request, _("The tokens are revoked."), messages.SUCCESS)
