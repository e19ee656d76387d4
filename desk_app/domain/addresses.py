"""Network addresses the desk treats specially: this machine's own (loopback)."""

from __future__ import annotations

import ipaddress


def is_loopback_host(host: str) -> bool:
    """True for this machine's own addresses (localhost, 127.0.0.0/8, ::1)."""
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
