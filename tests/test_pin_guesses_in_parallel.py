"""Guessing a worker's PIN in parallel gains nothing: each try is claimed and counted in the
database before its PIN is checked, so of many guesses started at once only the free tries are
ever checked, and the rest are told to wait — in threads with their own connections to a real
desk database, and in real `desk-app` processes."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

from argon2 import PasswordHasher

from desk_app.app import Desk, open_desk
from desk_app.domain.identity import FREE_TRIES, Worker
from desk_app.services.identity import IdentityService, RefusalReason, SignInRefused
from desk_app.settings import load_settings
from desk_app.store.workers import WorkerStore
from tests.conftest import desk_command, isolated_environ

GUESSES = 8
PIN_DESK = {"desk_sign_in": "pin", "desk_supervisors": "anna.s"}


class GatedHasher(PasswordHasher):
    """argon2id as the desk uses it, except that each check first waits at a gate the test
    opens once every guess has either reached a check or been answered without one: the
    widest window between reading the count and counting a wrong PIN, made certain."""

    def __init__(self, gate: threading.Event, arrived: threading.Semaphore) -> None:
        super().__init__()
        self.gate = gate
        self.arrived = arrived

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.arrived.release()
        assert self.gate.wait(timeout=120), "the test never opened the gate"
        return super().verify(hash, password)


def pin_desk(tmp_path: Path) -> Desk:
    desk = open_desk(load_settings(environ=isolated_environ(tmp_path, **PIN_DESK)))
    desk.identity.set_pin("anna.s", "2468", display_name="Anna S", by=Worker("anna.s"))
    return desk


def test_parallel_wrong_pins_in_threads_check_only_the_free_tries(tmp_path: Path) -> None:
    desk = pin_desk(tmp_path)
    gate, arrived = threading.Event(), threading.Semaphore(0)
    answers: list[RefusalReason] = []

    def guess(number: int) -> None:
        # Its own service and so its own sessions, on connections of its own thread.
        identity = IdentityService(
            desk.store_handle, desk.settings, hasher=GatedHasher(gate, arrived)
        )
        try:
            identity.check_pin("anna.s", f"90{10 + number}")
        except SignInRefused as refused:
            answers.append(refused.reason)
            if refused.reason is RefusalReason.WAIT:
                arrived.release()  # answered without a check: it will not reach the gate

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(GUESSES)]
    for thread in threads:
        thread.start()
    for _ in range(GUESSES):  # every guess checked its count: at the gate, or sent away
        assert arrived.acquire(timeout=120)
    gate.set()
    for thread in threads:
        thread.join(timeout=120)

    assert sorted(answers) == sorted(
        [RefusalReason.WRONG_PIN] * FREE_TRIES + [RefusalReason.WAIT] * (GUESSES - FREE_TRIES)
    )
    stored = WorkerStore(desk.store).get("anna.s")
    assert stored is not None and stored.failed_tries == FREE_TRIES
    desk.close()


def test_the_right_pin_after_a_wrong_one_still_signs_in_and_starts_the_count_again(
    tmp_path: Path,
) -> None:
    desk = pin_desk(tmp_path)
    try:
        desk.identity.check_pin("anna.s", "1111")
    except SignInRefused as refused:
        assert refused.reason is RefusalReason.WRONG_PIN
    assert desk.identity.check_pin("anna.s", "2468").is_supervisor

    stored = WorkerStore(desk.store).get("anna.s")
    assert stored is not None and stored.failed_tries == 0
    desk.close()


def test_parallel_wrong_pins_from_desk_app_processes_check_only_the_free_tries(
    tmp_path: Path,
) -> None:
    pin_desk(tmp_path).close()
    command, environ = desk_command(tmp_path, **PIN_DESK)

    guesses = [
        subprocess.Popen(
            [*command, "audit", "show", "--worker", "anna.s"],
            env=environ,
            cwd=tmp_path,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for _ in range(GUESSES)
    ]
    errors = [guess.communicate(f"90{10 + n}\n", timeout=300)[1] for n, guess in enumerate(guesses)]

    wrong = [error for error in errors if error.strip() == "desk-app: wrong PIN"]
    waiting = [error for error in errors if "too many wrong PINs: try again after" in error]
    assert len(wrong) <= FREE_TRIES, errors
    assert len(wrong) + len(waiting) == GUESSES, errors
    assert all(guess.returncode == 4 for guess in guesses)
