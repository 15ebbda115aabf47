"""Outbound requests to URLs that users name (webhooks): resolve the host, refuse every
address that is not public, and connect to exactly the address that was checked.

An IP literal has many spellings (`127.1`, `0x7f000001`, `017700000001`, `2130706433`,
`0`, `[::ffff:127.0.0.1]`); they are all read as the address the OS would connect to.
The check runs on what the resolver answered, and the request then goes to that address
(with the Host header and TLS SNI set to the name), so a DNS answer that changes between
the check and the connection (rebinding) cannot send it elsewhere. Operators list the
networks they do want reachable (their own receivers) in WEBHOOK_ALLOW_NETWORKS.
"""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network

import httpx

from mission_control.core.errors import Unprocessable

IPAddress = IPv4Address | IPv6Address
IPNetwork = IPv4Network | IPv6Network
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]

RESOLVE_TIMEOUT_SECONDS = 5.0
NAT64 = ip_network("64:ff9b::/96")


class DestinationRefused(Unprocessable):
    code = "destination_refused"
    message = (
        "The URL's host must resolve to public addresses only; an operator can allow a "
        "network with WEBHOOK_ALLOW_NETWORKS."
    )


def parse_networks(value: str | Sequence[str | IPNetwork] | None) -> tuple[IPNetwork, ...]:
    """CIDRs from a comma- or space-separated string or a list (a bare address is a /32 or
    /128); raises ValueError on a bad one."""
    if value is None:
        return ()
    items = value.replace(",", " ").split() if isinstance(value, str) else list(value)
    return tuple(
        item if isinstance(item, IPv4Network | IPv6Network) else ip_network(item, strict=False)
        for item in items
    )


_PART = re.compile(r"0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*", re.ASCII)


def _legacy_ipv4(host: str) -> IPv4Address | None:
    """inet_aton's forms: 1 to 4 parts, each decimal, 0x-hex or 0-octal, the last part
    filling the remaining bytes (`127.1`, `0x7f.0.0.1`, `2130706433`, `0`)."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_PART.fullmatch(part) for part in parts):
        return None
    numbers = [
        int(part, 16) if part[:2] in ("0x", "0X") else int(part, 8 if part[0] == "0" else 10)
        for part in parts
    ]
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return IPv4Address(value)


def ip_literal(host: str) -> IPAddress | None:
    """The address a host names by itself (any spelling), or None for a name."""
    bare = host.strip("[]")
    if "%" in bare:  # an IPv6 zone id: link-local by nature
        bare = bare.split("%", 1)[0]
    try:
        return ip_address(bare)
    except ValueError:
        return _legacy_ipv4(bare)


def _embedded_ipv4(address: IPv6Address) -> IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in NAT64:
        return IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal(address: IPAddress, allow: Sequence[IPNetwork] = ()) -> str | None:
    """Why `address` may not be reached ("loopback", "private", ...), or None if it may."""
    if any(address.version == net.version and address in net for net in allow):
        return None
    if isinstance(address, IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:  # ::ffff:a.b.c.d and 64:ff9b::a.b.c.d reach a.b.c.d
            return refusal(embedded, allow)
        if address.sixtofour is not None and refusal(address.sixtofour, allow):
            return "6to4 of a non-public address"
        if address.is_site_local:
            return "site-local"
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
    )
    for reason, hit in checks:
        if hit:
            return reason
    if not address.is_global:
        return "not globally reachable"
    return None


async def system_resolver(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


_resolver: Resolver = system_resolver


@contextmanager
def use_resolver(resolver: Resolver) -> Iterator[None]:
    """Answer names with `resolver` (tests: a DNS they control) until the block ends."""
    global _resolver
    previous, _resolver = _resolver, resolver
    try:
        yield
    finally:
        _resolver = previous


@dataclass(frozen=True, slots=True)
class Destination:
    """A URL whose host resolved to these addresses, every one of them allowed."""

    url: httpx.URL
    addresses: tuple[IPAddress, ...]

    def pinned(self, address: IPAddress) -> tuple[httpx.URL, dict[str, str], dict[str, str]]:
        """(URL to `address`, the Host header, the request extensions with TLS SNI): the
        request goes to the checked address while naming the host it was made for."""
        headers = {"Host": self.url.netloc.decode("ascii")}
        extensions = {}
        if self.url.scheme == "https" and ip_literal(self.url.host) is None:
            extensions["sni_hostname"] = self.url.raw_host.decode("ascii")
        return self.url.copy_with(host=str(address)), headers, extensions


async def check_url(
    url: str, allow: Sequence[IPNetwork] = (), resolver: Resolver | None = None
) -> Destination:
    """Resolve the URL's host and return its addresses, or raise DestinationRefused when
    the URL is not plain http(s), does not resolve, or any address is not allowed."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise DestinationRefused("The URL is not valid.") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise DestinationRefused("The URL must be http:// or https:// with a host.")
    if parsed.userinfo:
        raise DestinationRefused("The URL may not carry a user name or password.")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    literal = ip_literal(parsed.host)
    if literal is not None:
        reason = refusal(literal, allow)
        if reason is not None:
            raise DestinationRefused(details={"reason": reason})
        return Destination(parsed.copy_with(host=str(literal)), (literal,))
    host = parsed.raw_host.decode("ascii")
    try:
        async with asyncio.timeout(RESOLVE_TIMEOUT_SECONDS):
            answers = await (resolver or _resolver)(host, port)
        addresses = tuple(dict.fromkeys(ip_address(a.split("%", 1)[0]) for a in answers))
    except (OSError, TimeoutError, ValueError, UnicodeError) as exc:
        raise DestinationRefused() from exc
    # One message whatever the cause: the answer must not map the internal DNS.
    if not addresses or any(refusal(a, allow) is not None for a in addresses):
        raise DestinationRefused()
    return Destination(parsed, addresses)
