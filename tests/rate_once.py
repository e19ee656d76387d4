"""Child process for the SIGKILL test of ratings: rates one visit through the service, says
so only after ``save`` has returned (the desk's promise that it is kept), then waits to be
killed."""

from __future__ import annotations

import sys
import time

from desk_app.app import open_desk
from desk_app.domain.statistics import Question
from desk_app.settings import load_settings


def main() -> None:
    desk = open_desk(load_settings())
    visit = desk.ratings.save(
        {Question.TREATMENT: 4, Question.WAIT: 2}, language="sv", comment="Snabbt och vänligt"
    )
    sys.stdout.write(f"RATED {visit.visit_id}\n")
    sys.stdout.flush()
    while True:  # the parent kills this process now: nothing after the save may be needed
        time.sleep(1)


if __name__ == "__main__":
    main()
