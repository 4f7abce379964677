"""Who is asking: the client's address, also behind the reverse proxy the deployment puts in front.

Login throttling counts failures per user name and client address. Behind a proxy every request
comes from the proxy's address, so the address must be read from ``X-Forwarded-For`` — but only
when the request really came through one of the proxies named in CHITIEU_TRUSTED_PROXIES (a
client can send that header itself). Each trusted proxy appends the address it received the
request from; the last address in the chain that is not a trusted proxy is the client's.
"""

from __future__ import annotations

import ipaddress
from functools import cache

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@cache
def _trusted(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _is_trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _trusted(tuple(settings.TRUSTED_PROXIES)))


def client_address(request: HttpRequest) -> str:
    """The client's IP address: the peer's, or behind trusted proxies the one they forwarded."""
    peer = request.META.get("REMOTE_ADDR", "")
    if not _is_trusted(peer):
        return peer
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for address in reversed([part for part in forwarded if part]):
        try:
            ipaddress.ip_address(address)
        except ValueError:
            return peer  # a chain we cannot read: count it against the proxy, never against a guess
        if not _is_trusted(address):
            return address
    return peer
