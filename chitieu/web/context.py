"""What every page's menu needs to know of the person: which parts of chitieu are theirs to use."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from chitieu.orgunits.models import enters_anywhere
from chitieu.web.views.common import roles_of


def menu(request: HttpRequest) -> dict[str, object]:
    """``enters``: the person reports or approves somewhere (the import menu is shown to them only).

    Read lazily, from the roles the page itself read (one query per request, shared).
    """
    return {"enters": SimpleLazyObject(lambda: enters_anywhere(roles_of(request)))}
