"""Reference numbers a resident can read aloud on the phone, made on the desk with no server.

Shape: ``VAS-K7M2-9QX4-HT3C`` — the site's code, then eleven random characters and one check
character in groups of four.

Why this shape:
- The alphabet has 31 characters: digits 2–9 and the letters A–Z without I, L and O, so
  nothing looks like 0/O or 1/I/L when written by hand or read on a receipt.
- 31 is prime, so a weighted check (position i has weight i) catches every single mistyped
  character and every swap of two characters, adjacent or not: a substitution changes the sum
  by ``i·d`` and a swap of positions i, j by ``(j−i)·d`` — never a multiple of 31.
- Eleven random characters (about 54 bits, from ``secrets``) make two desks that never talk to
  each other unlikely to ever meet: a city making ten million records has about a 0.2 % chance
  of one clash in its whole lifetime. The store also refuses a reference it has seen, so one
  desk can never reuse a number.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_BASE = len(ALPHABET)  # 31, a prime: see the module docstring
_VALUE = {char: value for value, char in enumerate(ALPHABET)}
PAYLOAD_LENGTH = 11
GROUP = 4
_SITE_CODE = re.compile(r"^[A-Z]{2,6}$")


class ReferenceError(ValueError):
    """A reference that is malformed or whose check character does not match."""


def check_character(payload: str) -> str:
    """The character that makes the weighted sum of payload + check divisible by 31."""
    total = sum((position + 1) * _VALUE[char] for position, char in enumerate(payload))
    weight = len(payload) + 1
    # Solve total + weight·c ≡ 0 (mod 31); pow(x, -1, m) is the modular inverse.
    check_value = (-total * pow(weight, -1, _BASE)) % _BASE
    return ALPHABET[check_value]


def is_valid_site_code(code: str) -> bool:
    """A site code is two to six letters A–Z (it starts every reference)."""
    return bool(_SITE_CODE.match(code))


def new_reference(site_code: str) -> str:
    """A fresh reference for ``site_code``, e.g. ``VAS-K7M2-9QX4-HT3C``."""
    if not is_valid_site_code(site_code):
        raise ReferenceError(f"Site code {site_code!r} must be 2 to 6 letters A–Z.")
    payload = "".join(secrets.choice(ALPHABET) for _ in range(PAYLOAD_LENGTH))
    body = payload + check_character(payload)
    groups = [body[i : i + GROUP] for i in range(0, len(body), GROUP)]
    return "-".join([site_code, *groups])


def normalize(text: str) -> str:
    """Turn what someone typed (any case, spaces, missing dashes) into the canonical form.

    Raises ReferenceError with a message a desk worker can act on.
    """
    compact = re.sub(r"[\s\-]", "", text.upper())
    body_length = PAYLOAD_LENGTH + 1
    site_code, body = compact[:-body_length], compact[-body_length:]
    if len(compact) <= body_length or not is_valid_site_code(site_code):
        raise ReferenceError(
            f"{text.strip()!r} is not a reference: it starts with the site code, "
            "then 12 letters and digits."
        )
    bad = sorted({char for char in body if char not in _VALUE})
    if bad:
        raise ReferenceError(
            f"A reference never contains {', '.join(bad)} (no 0, 1, I, L or O): check the number."
        )
    if check_character(body[:-1]) != body[-1]:
        raise ReferenceError("This reference has a typo: its check character does not match.")
    groups = [body[i : i + GROUP] for i in range(0, len(body), GROUP)]
    return "-".join([site_code, *groups])


def is_valid(text: str) -> bool:
    """True when ``text`` normalizes to a reference with a matching check character."""
    try:
        normalize(text)
    except ReferenceError:
        return False
    return True
