"""Managing workers through IdentityService against a real desk database: only a supervisor
lists, adds, gives new PINs to and removes workers; a worker changes their own PIN only with
the present one, whose wrong tries count like a sign-in's; every change is audited without
the PIN."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.app import Desk, open_desk
from desk_app.domain.identity import Worker
from desk_app.services.identity import (
    IdentityError,
    IdentityService,
    NotPermitted,
    RefusalReason,
    SignInRefused,
)
from desk_app.settings import load_settings
from tests.conftest import isolated_environ


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def desk(tmp_path: Path):
    environ = isolated_environ(tmp_path, desk_sign_in="pin", desk_supervisors="anna.s")
    opened = open_desk(load_settings(environ=environ))
    yield opened
    opened.close()


def identity_of(desk: Desk, clock: Clock) -> IdentityService:
    identity = IdentityService(
        desk.store_handle, desk.settings, login=lambda: "desk01", clock=clock
    )
    identity.set_pin("anna.s", "2468", display_name="Anna Svensson", by=Worker("anna.s"))
    anna = identity.sign_in_with_pin("anna.s", "2468")
    identity.add_worker("bo.k", "Bo Karlsson", "1357", by=anna)
    return identity


def trail(desk: Desk) -> list[tuple[str, str, str]]:
    return [(e.kind.value, e.staff_id, e.detail) for e in desk.privacy.audit_trail()]


def test_the_supervisors_list_says_when_each_pin_was_set_and_who_is_kept_out(desk: Desk) -> None:
    clock = Clock()
    identity = identity_of(desk, clock)
    clock.now += timedelta(minutes=5)
    for wrong in ("0000", "1111", "2222"):
        with pytest.raises(SignInRefused):
            identity.check_pin("bo.k", wrong)

    accounts = {a.worker.worker_id: a for a in identity.accounts(identity.current)}
    assert accounts["anna.s"].worker.is_supervisor
    assert accounts["anna.s"].locked_out_until is None
    assert accounts["bo.k"].pin_set_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert accounts["bo.k"].wrong_tries == 3
    assert accounts["bo.k"].locked_out_until == clock.now + timedelta(seconds=30)

    clock.now += timedelta(seconds=31)  # the wait is over: no longer kept out
    accounts = {a.worker.worker_id: a for a in identity.accounts(identity.current)}
    assert accounts["bo.k"].locked_out_until is None


def test_a_desk_worker_may_not_list_add_reset_or_remove_workers(desk: Desk) -> None:
    identity = identity_of(desk, Clock())
    bo = identity.sign_in_with_pin("bo.k", "1357")
    for attempt in (
        lambda: identity.accounts(bo),
        lambda: identity.add_worker("eve", "", "1111", by=bo),
        lambda: identity.reset_pin("anna.s", "1111", by=bo),
        lambda: identity.remove_worker("anna.s", by=bo),
        lambda: identity.accounts(None),
    ):
        with pytest.raises(NotPermitted):
            attempt()
    assert [w.worker_id for w in identity.workers()] == ["anna.s", "bo.k"]
    assert identity.check_pin("anna.s", "2468").is_supervisor  # her PIN unchanged
    assert [d for k, _, d in trail(desk) if k == "desk.refused"] == [
        "not a supervisor: add workers and set PINs"
    ] * 5


def test_adding_keeps_the_cli_rules_and_refuses_a_taken_id(desk: Desk) -> None:
    identity = identity_of(desk, Clock())
    anna = identity.current
    with pytest.raises(IdentityError, match="already a worker"):
        identity.add_worker("bo.k", "", "9999", by=anna)
    assert identity.check_pin("bo.k", "1357")  # his PIN was not overwritten
    for pin in ("123", "123456789", "12a4", ""):
        with pytest.raises(IdentityError, match="4 to 8 digits"):
            identity.add_worker("cia.l", "", pin, by=anna)
    with pytest.raises(IdentityError, match="without spaces"):
        identity.add_worker("cia l", "", "1234", by=anna)
    with pytest.raises(IdentityError, match="no worker"):
        identity.reset_pin("nobody", "1234", by=anna)
    assert [w.worker_id for w in identity.workers()] == ["anna.s", "bo.k"]


def test_removing_a_worker_ends_their_pin_but_a_supervisor_cannot_remove_themselves(
    desk: Desk,
) -> None:
    identity = identity_of(desk, Clock())
    anna = identity.current
    with pytest.raises(IdentityError, match="cannot remove themselves"):
        identity.remove_worker("ANNA.S", by=anna)
    identity.remove_worker("bo.k", by=anna)
    with pytest.raises(SignInRefused) as refused:
        identity.check_pin("bo.k", "1357")
    assert refused.value.reason is RefusalReason.UNKNOWN_WORKER
    with pytest.raises(IdentityError, match="no worker"):
        identity.remove_worker("bo.k", by=anna)
    assert ("desk.worker_removed", "anna.s", "removed bo.k") in trail(desk)


def test_changing_ones_own_pin_needs_the_present_one_and_counts_wrong_tries(
    desk: Desk,
) -> None:
    clock = Clock()
    identity = identity_of(desk, clock)
    identity.sign_in_with_pin("bo.k", "1357")
    for wrong in ("0000", "1111"):
        with pytest.raises(SignInRefused) as refused:
            identity.change_own_pin(wrong, "8642")
        assert refused.value.reason is RefusalReason.WRONG_PIN
    with pytest.raises(IdentityError, match="4 to 8 digits"):
        identity.change_own_pin("1357", "86")
    with pytest.raises(SignInRefused) as third:
        identity.change_own_pin("2222", "8642")
    assert third.value.retry_at == clock.now + timedelta(seconds=30)
    with pytest.raises(SignInRefused) as waiting:  # even the right PIN waits, as at sign-in
        identity.change_own_pin("1357", "8642")
    assert waiting.value.reason is RefusalReason.WAIT

    clock.now += timedelta(seconds=31)
    identity.change_own_pin("1357", "8642")
    assert identity.check_pin("bo.k", "8642").worker_id == "bo.k"
    with pytest.raises(SignInRefused):
        identity.check_pin("bo.k", "1357")
    events = trail(desk)
    assert ("desk.worker_pin_set", "bo.k", "changed their own PIN") in events
    assert not any("8642" in detail or "1357" in detail for _, _, detail in events)


def test_nobody_changes_a_pin_while_the_desk_is_locked(desk: Desk) -> None:
    identity = identity_of(desk, Clock())
    identity.lock()
    with pytest.raises(IdentityError, match="nobody is signed in"):
        identity.change_own_pin("2468", "1234")
    assert identity.check_pin("anna.s", "2468").is_supervisor
