"""No SSRF into the crawl machine's own network.

A crawler run on a server must not be steered by a public site — a link, a redirect, a
``meta refresh``, a host name that resolves to ``127.0.0.1`` — into the loopback interface, the
private networks or link-local addresses (cloud metadata at 169.254.169.254). Requests there are
refused with a reason (``blocked/private-address``) unless the site itself lives on such an
address (an intranet site, a test server on 127.0.0.1).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from functools import lru_cache
from urllib.parse import urlsplit

BLOCKED_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "127.0.0.0/8",  # loopback
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",  # private
        "169.254.0.0/16",  # link-local (cloud metadata)
        "0.0.0.0/8",  # "this host"
        "100.64.0.0/10",  # carrier-grade NAT
        "::1/128",  # loopback
        "::/128",
        "fc00::/7",  # unique local
        "fe80::/10",  # link-local
    )
)
# Host names that mean this machine whatever DNS says (RFC 6761).
_LOCAL_NAME = re.compile(r"^(?:localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)$|\.localhost$")
# Legacy IPv4 spellings getaddrinfo still accepts: 2130706433, 0x7f000001, 127.1, 0177.0.0.1
_LEGACY_IPV4 = re.compile(r"^(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}$", re.I)


def blocked_address(address: str) -> bool:
    """Whether an IP address lies in a network a public site may not send us into."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in BLOCKED_NETWORKS if net.version == ip.version)


def literal_address(host: str) -> str | None:
    """The IP address a host name spells directly (also legacy forms like ``2130706433``), or None."""
    host = host.strip("[]").rstrip(".").lower()
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        pass
    if _LEGACY_IPV4.match(host):
        try:
            return socket.inet_ntoa(socket.inet_aton(host))
        except OSError:
            return None
    return None


def private_host(host: str | None) -> bool:
    """Whether the host, as written, is this machine or a private network (no DNS lookup)."""
    if not host:
        return False
    host = host.strip("[]").rstrip(".").lower()
    if _LOCAL_NAME.search(host):
        return True
    address = literal_address(host)
    return address is not None and blocked_address(address)


@lru_cache(maxsize=256)
def resolves_private(host: str) -> bool:
    """Whether any address the host name resolves to is private (False if it does not resolve)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    return any(blocked_address(str(info[4][0])) for info in infos)


def private_url(url: str, *, resolve: bool = False) -> bool:
    """Whether ``url`` points into a private network: by its host as written, or (``resolve``)
    by the addresses its host name resolves to."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    if private_host(host):
        return True
    return resolve and literal_address(host) is None and resolves_private(host)
