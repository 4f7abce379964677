"""Small helpers shared by the checker tests."""

from __future__ import annotations

from chitieu.checker import Claim, Verdict, check_text


def claims_of(text: str, template: str | None = None) -> list[Claim]:
    """The claims found in ``text`` (only those of ``template`` when given)."""
    return [c for c in check_text(text).claims if template is None or c.template == template]


def the_claim(text: str, template: str | None = None) -> Claim:
    """The one claim of ``text``; fails when there is not exactly one."""
    found = claims_of(text, template)
    assert len(found) == 1, [(c.template, c.printed.text, c.verdict) for c in found]
    return found[0]


def verdict_of(text: str, figure: str) -> Verdict | None:
    """The verdict on the claim whose printed figure is ``figure``, or None if none was found."""
    for claim in check_text(text).claims:
        if claim.printed.text == figure:
            return claim.verdict
    return None
