"""Use case "a visitor rates their visit": which questions to ask, and saving the answers.

The rating screen calls this and never touches SQL. The service decides what a rating may
carry: a staff ID only where the site's settings allow staff follow-up (a local agreement),
the record's ID only when the visit is rated right after that record was saved. Ratings are
anonymous: no name or contact of the visitor ever reaches this service.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from desk_app.domain.rating import Answer, RatedVisit
from desk_app.domain.record import Submission
from desk_app.domain.statistics import Question
from desk_app.services.settings import SettingsService
from desk_app.services.store_handle import StoreHandle

logger = logging.getLogger(__name__)
__all__ = ["RatingService"]


class RatingService:
    """Ratings of visits to one desk, configured by the ``[rating]`` settings in force."""

    def __init__(
        self,
        store: StoreHandle,
        settings: SettingsService,
        *,
        staff_id: Callable[[], str],
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._handle = store
        self._settings = settings
        # Who is at the desk now (the signed-in worker, else desk.staff_id): read at each
        # save, since workers change during the day.
        self._staff_id = staff_id
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))

    @property
    def questions(self) -> tuple[Question, ...]:
        """The questions this site asks, in the order the screen asks them."""
        return self._settings.current.rating.asked

    @property
    def offer_after_save(self) -> bool:
        """True when the screen turns to the visitor after every saved record."""
        return self._settings.current.rating.offer_after_save

    @property
    def return_after_seconds(self) -> int:
        """Idle seconds before the rating screen gives the desk back to the worker."""
        return self._settings.current.rating.return_after_seconds

    def save(
        self,
        answers: Mapping[Question, int],
        *,
        language: str,
        comment: str = "",
        after: Submission | None = None,
    ) -> RatedVisit:
        """Store one visit's answers durably (one row per answer, one transaction).

        ``answers`` in the order given; ``after``: the record saved just before the visitor
        rated, if any. Raises RatingInvalid (nothing stored) for answers the desk cannot keep
        and StoreError when the disk refuses the write.
        """
        from desk_app.store.ratings import save_rated_visit  # SQLAlchemy: at the first save

        settings = self._settings.current
        staff_id: str | None = None
        if settings.rating.attach_staff_id:
            # The worker who served this visitor: the record's, when rated right after it.
            staff_id = (after.received_by.staff_id if after is not None else "") or (
                self._staff_id()
            )
        visit = RatedVisit(
            visit_id=str(uuid.uuid4()),
            given_at=self.clock(),
            language=language,
            answers=tuple(Answer(question, score) for question, score in answers.items()),
            comment=comment.strip(),
            staff_id=staff_id or None,
            submission_id=str(after.id) if after is not None else None,
        )
        save_rated_visit(self._handle.get(), visit, site_id=settings.site.id)
        # Counts only: never the comment, which is the visitor's own words.
        logger.info(
            "Saved a rated visit (%d answers%s)",
            len(visit.answers),
            ", after a record" if after is not None else "",
        )
        return visit
