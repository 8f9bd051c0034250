"""SSRF guard for webhook URLs: only public addresses, checked after DNS resolution and again
on every redirect hop; the request then goes to the very address that was checked (no second
lookup an attacker's DNS could answer differently)."""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import Callable, Sequence

import httpx

from alerts.models import AlertError

IP = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254"),
             ipaddress.ip_address("100.100.100.200")}


class UnsafeURL(AlertError, ValueError):
    """A webhook URL the guard refuses; never retried until the subscription or settings change."""


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def why_forbidden(ip: IP, allowed: Sequence[ipaddress.IPv4Network | ipaddress.IPv6Network] = ()) -> str | None:
    """None when the address may be called, else what it is ("loopback", "private", ...)."""
    if any(ip in net for net in allowed):
        return None
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded:
            # 6to4, Teredo and mapped forms reach the IPv4 hosts they embed: judge those hosts
            for v4 in embedded:
                why = why_forbidden(v4, allowed)
                if why:
                    return why
            return None
        if ip.is_site_local:
            return "a site-local address"
    if ip in _METADATA:
        return "a cloud metadata address"
    for attr, label in (("is_unspecified", "an unspecified address"), ("is_loopback", "a loopback address"),
                        ("is_link_local", "a link-local address"), ("is_multicast", "a multicast address"),
                        ("is_private", "a private address"), ("is_reserved", "a reserved address")):
        if getattr(ip, attr):
            return label
    if not ip.is_global:
        return "not a public address"
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    if ip.sixtofour is not None:
        return [ip.sixtofour]
    if ip.teredo is not None:
        return list(ip.teredo)  # (server, client): both take part in the tunnel
    return []


@dataclass(frozen=True)
class Target:
    url: httpx.URL        # as given
    ip: str               # the checked address the request goes to
    pinned: httpx.URL     # url with the host replaced by ip


def check_url(url: str, allowed=(), resolver: Resolver | None = None, *, resolve: bool = True) -> Target | None:
    """Refuse (UnsafeURL) anything but http(s) to public addresses. With resolve=False only the
    syntax and literal addresses are checked (used when saving a subscription offline)."""
    try:
        u = httpx.URL(url)
    except Exception as e:
        raise UnsafeURL(f"webhook URL {url!r} is not a valid URL ({e})") from None
    if u.scheme not in ("http", "https"):
        raise UnsafeURL(f"webhook URL {url!r} must use http or https")
    host = u.host
    if not host:
        raise UnsafeURL(f"webhook URL {url!r} has no host")
    port = u.port or (443 if u.scheme == "https" else 80)
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [str(literal)]
    elif not resolve:
        if host.rstrip(".").lower() in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
            why = why_forbidden(ipaddress.ip_address("127.0.0.1"), allowed)
            if why:
                raise UnsafeURL(f"webhook URL {url} refused: {host} is {why}")
        return None
    else:
        try:
            addresses = list((resolver or system_resolver)(host, port))
        except (OSError, UnicodeError) as e:
            raise UnsafeURL(f"webhook URL {url}: cannot resolve {host} ({e})") from None
        if not addresses:
            raise UnsafeURL(f"webhook URL {url}: {host} has no address")
    checked = []
    for a in addresses:
        try:
            ip = ipaddress.ip_address(a.split("%")[0])
        except ValueError:
            raise UnsafeURL(f"webhook URL {url}: {host} resolved to {a!r}, not an IP address") from None
        why = why_forbidden(ip, allowed)
        if why:
            via = "" if literal is not None else f" ({host} resolves to {ip})"
            raise UnsafeURL(f"webhook URL {url} refused: {ip} is {why}{via}; "
                            f"allow it with PARWATCH_ALERTS_WEBHOOK_ALLOW_NETWORKS if it is meant")
        checked.append(ip)
    ip = checked[0]
    return Target(url=u, ip=str(ip), pinned=u.copy_with(host=str(ip)))
