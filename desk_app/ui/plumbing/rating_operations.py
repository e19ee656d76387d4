"""The rating service's Qt face: a saved rating is announced once, after it is committed.

As DeskOperations does for records (plumbing/operations.py): the rating screen saves through
here, ``ratings_changed`` fires exactly once per saved visit, and views that count ratings
(the statistics tab) listen to it instead of being refreshed by hand. A saved rating also asks
the sync controller for a pass, so it leaves the desk as soon as the case system takes it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from desk_app.domain.rating import RatedVisit
from desk_app.domain.record import Submission
from desk_app.domain.statistics import Question
from desk_app.services.ratings import RatingService
from desk_app.ui.plumbing.sync_controller import SyncController


class RatingOperations(QObject):
    """Saves of rated visits for the screens, announced."""

    ratings_changed = Signal()

    def __init__(
        self,
        ratings: RatingService,
        sync: SyncController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ratings = ratings
        self.sync = sync

    def save(
        self,
        answers: Mapping[Question, int],
        *,
        language: str,
        comment: str = "",
        after: Submission | None = None,
    ) -> RatedVisit:
        """Store a visit's answers (RatingService.save), announce it and ask for a sync pass.

        Raises what the service raises (RatingInvalid, StoreError); nothing is announced then.
        """
        visit = self.ratings.save(answers, language=language, comment=comment, after=after)
        self.ratings_changed.emit()
        if self.sync is not None:
            self.sync.request(ignore_backoff=False)
        return visit
