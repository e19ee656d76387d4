"""Signing in with a PIN against a real desk database: wrong PINs are counted and then make
the next try wait, even across a restart; the wait ends; a right PIN starts the count again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.app import open_desk
from desk_app.domain.identity import Worker
from desk_app.services.identity import IdentityService, RefusalReason, SignInRefused
from desk_app.settings import load_settings
from tests.conftest import isolated_environ


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def identity_at(tmp_path: Path, clock: Clock) -> IdentityService:
    environ = isolated_environ(tmp_path, desk_sign_in="pin", desk_supervisors="anna.s")
    desk = open_desk(load_settings(environ=environ))
    return IdentityService(desk.store_handle, desk.settings, login=lambda: "desk01", clock=clock)


def refusal(identity: IdentityService, pin: str) -> SignInRefused:
    with pytest.raises(SignInRefused) as raised:
        identity.sign_in_with_pin("anna.s", pin)
    return raised.value


def test_wrong_pins_make_the_next_try_wait_even_after_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    identity = identity_at(tmp_path, clock)
    identity.set_pin("anna.s", "2468", by=Worker("anna.s"))

    assert refusal(identity, "1111").retry_at is None
    assert refusal(identity, "2222").retry_at is None
    third = refusal(identity, "3333")
    assert third.reason is RefusalReason.WRONG_PIN
    assert third.retry_at == clock.now + timedelta(seconds=30)

    restarted = identity_at(tmp_path, clock)  # quitting the app buys no new tries
    clock.now += timedelta(seconds=29)
    waiting = refusal(restarted, "2468")  # even the right PIN, until the wait is over
    assert waiting.reason is RefusalReason.WAIT

    clock.now += timedelta(seconds=2)
    assert restarted.sign_in_with_pin("anna.s", "2468").is_supervisor
    assert refusal(restarted, "1111").retry_at is None  # the count started again


def test_an_unknown_worker_is_refused_and_nobody_is_signed_in(tmp_path: Path) -> None:
    identity = identity_at(tmp_path, Clock())
    with pytest.raises(SignInRefused) as raised:
        identity.sign_in_with_pin("nobody", "1234")
    assert raised.value.reason is RefusalReason.UNKNOWN_WORKER
    assert identity.current is None and identity.locked
