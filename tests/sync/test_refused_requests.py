"""A correction or erasure the case system refused is counted where workers look, and a person
can send it again or mark it settled — in the window and from the command line.

A real reference server on 127.0.0.1 refuses the request (422); the desk's real store keeps it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from case_server.app import Fault
from desk_app.app import Desk
from desk_app.domain.record import Submission
from desk_app.services.privacy import CaseRequestState
from desk_app.services.sync import SyncService
from tests.conftest import complete_draft, desk_command
from tests.file_keyring import BACKEND, FILE_VARIABLE
from tests.sync.conftest import CaseServer, MemoryKeyring, raw_fields

NEW_EMAIL = "quillon.refused@example.se"


def refused_correction(desk: Desk, sync: SyncService, server: CaseServer) -> tuple[Submission, str]:
    """A delivered record whose contact correction the case system refused (422)."""
    saved = desk.service.save(complete_draft())
    assert sync.run_once().delivered == 1
    server.faults.add(Fault("status", path="/submissions/", code=422))
    outcome = desk.privacy.correct_contact(saved.reference, {"email": NEW_EMAIL})
    assert outcome is not None
    assert sync.run_once().requests_need_attention == 1
    server.faults.clear()
    return saved, outcome.request_id


def test_a_refused_request_is_counted_in_the_status_until_a_person_settles_it(
    synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    desk, sync = synced_desk
    assert desk.service.status().case_requests_refused == 0
    _saved, request_id = refused_correction(desk, sync, case_server)
    assert desk.service.status().case_requests_refused == 1
    assert NEW_EMAIL in raw_fields(desk, request_id)  # kept while it may be sent again

    assert desk.privacy.settle_case_request(request_id) is True

    assert desk.service.status().case_requests_refused == 0
    request = desk.privacy.case_request(request_id)
    assert request is not None and request.state is CaseRequestState.SETTLED_BY_PERSON
    assert NEW_EMAIL not in raw_fields(desk, request_id)  # the new details are forgotten
    assert sync.run_once(ignore_backoff=True).requests_sent == 0  # and never sent
    assert desk.privacy.settle_case_request(request_id) is False  # only a refused one
    assert desk.privacy.resend_case_request(request_id) is False


def test_the_command_line_names_refused_requests_and_resends_them(
    tmp_path: Path,
    synced_desk: tuple[Desk, SyncService],
    case_server: CaseServer,
    memory_keyring: MemoryKeyring,
) -> None:
    desk, sync = synced_desk
    saved, request_id = refused_correction(desk, sync, case_server)
    # No unencrypted allowance (IT's machine file): the command must use the keyring below.
    command, environ = desk_command(
        tmp_path / "desk", api_url=case_server.url, privacy_allow_without_keyring="false"
    )
    # The same OS user's keyring (the database key) for the command, as a file it can read.
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(
        json.dumps({f"{s}\n{u}": secret for (s, u), secret in memory_keyring.passwords.items()})
    )
    environ |= {"PYTHON_KEYRING_BACKEND": BACKEND, FILE_VARIABLE: str(keyring_file)}

    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *arguments], env=environ, capture_output=True, text=True, timeout=120
        )

    status = run("status")
    assert status.returncode == 0, status.stderr
    assert "Requests refused by the case system: 1" in status.stdout
    assert saved.reference in status.stdout and "person resend" in status.stdout
    assert NEW_EMAIL not in status.stdout + status.stderr

    other = desk.service.save(complete_draft())
    nothing = run("person", "resend", other.reference)
    assert nothing.returncode != 0 and "no request the case system refused" in nothing.stderr

    resent = run("person", "resend", saved.reference)
    assert resent.returncode == 0, resent.stderr
    assert "correction sent again" in resent.stdout
    assert '"case_requests_refused": 0' in run("status", "--json").stdout
    assert sync.run_once(ignore_backoff=True).requests_sent == 1
    request = desk.privacy.case_request(request_id)
    assert request is not None and request.state is CaseRequestState.SENT


def test_the_window_counts_a_refusal_and_the_person_dialog_sends_it_again(
    qtbot, window_with_sync, synced_desk: tuple[Desk, SyncService], case_server: CaseServer
) -> None:
    window, _controller = window_with_sync
    desk, sync = synced_desk
    saved, request_id = refused_correction(desk, sync, case_server)
    window.operations.records_changed.emit()
    status_text = window.status_bar.queue_status.text()
    assert "1 request refused by the case system" in status_text

    from desk_app.ui.dialogs.person import PersonDialog

    dialog = PersonDialog(desk.privacy, window.operations, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert saved.reference in dialog.status.text()  # where to look, by reference only
    dialog.search.setText(saved.reference)
    dialog.find_records()
    dialog.show_selected()
    resend = next(
        button
        for button in dialog.details.findChildren(type(dialog.find_button))
        if button.text().replace("&", "") == "Send again"
    )
    resend.click()

    qtbot.waitUntil(lambda: "refused" not in window.status_bar.queue_status.text())
    request = desk.privacy.case_request(request_id)
    assert request is not None and request.state is CaseRequestState.PENDING
    # The details were drawn again: no button is left for a request that is no longer refused.
    qtbot.waitUntil(
        lambda: (
            not [
                button
                for button in dialog.details.findChildren(type(dialog.find_button))
                if button.text().replace("&", "") == "Send again" and button.isVisible()
            ]
        )
    )
    assert sync.run_once(ignore_backoff=True).requests_sent == 1
