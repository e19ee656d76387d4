"""The log explains what happened without personal data: no names, contacts or descriptions."""

from __future__ import annotations

import getpass
import json
import logging

from desk_app.cli import main
from desk_app.ui.main_window import MainWindow
from tests.conftest import (
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
    complete_draft,
    isolated_environ,
)
from tests.ui.keyboard import type_complete_record

PERSONAL = (RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION, "Zorbulina")


def _log_text(desk) -> str:
    for handler in logging.getLogger("desk_app").handlers:
        handler.flush()
    return "\n".join(
        path.read_text(encoding="utf-8") for path in sorted(desk.paths.log_dir.glob("*.log*"))
    )


def test_saving_importing_and_exporting_log_no_personal_data(
    qtbot, desk, tmp_path, capsys, monkeypatch
):
    logging.getLogger("desk_app").setLevel(logging.DEBUG)
    saved = desk.service.save(complete_draft())
    desk.service.receipt_pdf(saved)

    window = MainWindow(desk.service)
    window.show()
    type_complete_record(qtbot, window.form)
    window.form.save()
    window.last_receipt_dialog.accept()

    line = complete_draft()
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps(
            {
                "kind": "complaint",
                "category": "streets.snow",
                "description": SECRET_DESCRIPTION,
                "reporter": {"anonymous": False, "name": RESIDENT_NAME, "phone": RESIDENT_PHONE},
                "consent": {"privacy_notice_given": True},
                "received_by": {"staff_id": line.received_by.staff_id},
            }
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    main(["import", str(source)])
    # IT names this login a supervisor (the machine file; a variable counts for nothing).
    isolated_environ(tmp_path, desk_supervisors=getpass.getuser())  # exports as one
    assert main(["export", "--csv", str(tmp_path / "out.csv"), "--with-personal-data"]) == 0
    window.close()

    log = _log_text(desk)
    assert saved.reference in log  # the log is useful: it names records by reference
    assert log.count("Saved record") == 3
    for secret in PERSONAL:
        assert secret not in log, secret
