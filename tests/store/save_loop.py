"""Child process for the crash test: saves records forever, printing each reference only
after ``save`` has returned (that is the desk's promise that the record is safe)."""

from __future__ import annotations

import sys

from desk_app.app import open_desk
from desk_app.settings import load_settings
from tests.conftest import complete_draft


def main() -> None:
    desk = open_desk(load_settings())
    print("READY", flush=True)
    number = 0
    while True:
        number += 1
        submission = desk.service.save(complete_draft(description=f"Crash test record {number}"))
        sys.stdout.write(f"ACK {submission.reference}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
