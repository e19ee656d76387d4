"""Reference numbers: readable, checkable, unique without a server."""

from __future__ import annotations

import re

import pytest

from desk_app.domain.reference import (
    ALPHABET,
    ReferenceError,
    is_valid,
    new_reference,
    normalize,
)

SHAPE = re.compile(r"^VAS-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")


def _body(reference: str) -> str:
    return reference.split("-", 1)[1].replace("-", "")


def _with_body(reference: str, body: str) -> str:
    return f"VAS-{body[:4]}-{body[4:8]}-{body[8:]}"


def test_alphabet_has_no_look_alikes_and_a_prime_size():
    assert not set("01ILO") & set(ALPHABET)
    assert len(ALPHABET) == 31 and len(set(ALPHABET)) == 31


def test_new_reference_has_the_readable_shape_and_validates():
    for _ in range(200):
        reference = new_reference("VAS")
        assert SHAPE.match(reference), reference
        assert is_valid(reference)


# Fresh random references on every run, named by number so that parallel test workers
# (pytest-xdist) collect the same test IDs.
@pytest.mark.parametrize(
    "reference", [new_reference("VAS") for _ in range(20)], ids=[f"random-{i}" for i in range(20)]
)
def test_every_single_mistyped_character_is_caught(reference):
    body = _body(reference)
    for position in range(len(body)):
        for replacement in ALPHABET:
            if replacement == body[position]:
                continue
            typo = body[:position] + replacement + body[position + 1 :]
            assert not is_valid(_with_body(reference, typo)), (reference, typo)


# Fresh random references on every run, named by number so that parallel test workers
# (pytest-xdist) collect the same test IDs.
@pytest.mark.parametrize(
    "reference", [new_reference("VAS") for _ in range(20)], ids=[f"random-{i}" for i in range(20)]
)
def test_every_swap_of_two_characters_is_caught(reference):
    body = _body(reference)
    for first in range(len(body)):
        for second in range(first + 1, len(body)):
            if body[first] == body[second]:
                continue
            swapped = list(body)
            swapped[first], swapped[second] = swapped[second], swapped[first]
            assert not is_valid(_with_body(reference, "".join(swapped))), (reference, swapped)


def test_normalize_accepts_how_people_type_it():
    reference = new_reference("VAS")
    typed = reference.lower().replace("-", " ")
    assert normalize(typed) == reference
    assert normalize(reference.replace("-", "")) == reference


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("VAS-K7M2-9QX4-HT30", "no 0, 1, I, L or O"),
        ("VAS-K7M2", "is not a reference"),
        ("", "is not a reference"),
        ("V4S-K7M2-9QX4-HT3C", "is not a reference"),
    ],
)
def test_normalize_explains_what_is_wrong(text, message):
    with pytest.raises(ReferenceError, match=message):
        normalize(text)


def test_site_code_must_be_letters():
    with pytest.raises(ReferenceError):
        new_reference("vas1")


@pytest.mark.slow
def test_a_million_references_are_all_different():
    references = {new_reference("VAS") for _ in range(1_000_000)}
    assert len(references) == 1_000_000
