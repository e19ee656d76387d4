"""The PIN rules, the wait after wrong PINs and who is a supervisor (pure domain rules)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.domain.identity import (
    Role,
    pin_problem,
    role_of,
    supervisor_ids,
    wait_after_failures,
)


@pytest.mark.parametrize("pin", ["0000", "1234", "80241357"])
def test_four_to_eight_digits_make_a_pin(pin: str) -> None:
    assert pin_problem(pin) is None


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", " 1234", "١٢٣٤"])
def test_anything_else_is_not_a_pin(pin: str) -> None:
    assert pin_problem(pin) == "a PIN is 4 to 8 digits 0–9"


def test_wrong_pins_cost_nothing_at_first_then_a_wait_that_doubles_up_to_fifteen_minutes():
    waits = [wait_after_failures(count) for count in range(8)]
    assert waits[:3] == [timedelta(0)] * 3
    assert waits[3:6] == [timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2)]
    assert wait_after_failures(50) == timedelta(minutes=15)


def test_supervisors_are_named_by_id_or_login_in_any_case() -> None:
    named = supervisor_ids(" Anna.S ,it-admin,, ")
    assert named == {"anna.s", "it-admin"}
    assert role_of("ANNA.s", named) is Role.SUPERVISOR
    assert role_of("bo.k", named) is Role.DESK_WORKER
    assert role_of("", supervisor_ids("")) is Role.DESK_WORKER
