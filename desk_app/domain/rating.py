"""A visitor's rating of their visit to the desk (issue 11, "Insight"): the answers they gave,
one score per question, and an optional comment.

Pure Python: no Qt, SQL or HTTP. The store keeps one row per answer (contract 1.1 feature
``ratings`` sends each answer as its own item); this value is what one visit amounts to before
it is split into rows. Ratings are anonymous: a visit carries no name or contact, and a staff
ID only where the site's settings allow it (the service decides; this value only carries it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_app.domain.statistics import Question

LOWEST_SCORE = 1  # "very bad"
HIGHEST_SCORE = 5  # "very good"
# A comment is a few sentences at a touch screen, not a complaint: that is what a record is
# for. Longer text is refused, never cut (the visitor sees the count before sending).
MAX_COMMENT_CHARS = 1000


class RatingInvalid(ValueError):
    """A rating that cannot be stored as given; the message says what is wrong."""


@dataclass(frozen=True)
class Answer:
    """One question answered with a score from 1 (very bad) to 5 (very good)."""

    question: Question
    score: int


@dataclass(frozen=True)
class RatedVisit:
    """One visit's rating: its answers in the order they were asked, and how it was given.

    Raises RatingInvalid when built with no answer, a question twice or unknown, a score
    outside 1..5, an over-long comment or a time without a time zone.
    """

    visit_id: str
    given_at: datetime  # UTC, with time zone
    language: str  # the language the visitor chose on the screen
    answers: tuple[Answer, ...]
    comment: str = ""
    staff_id: str | None = None  # only where the site allows staff follow-up
    submission_id: str | None = None  # only when rated right after that record was saved

    def __post_init__(self) -> None:
        problem = rating_problem(self)
        if problem:
            raise RatingInvalid(problem)

    def score_of(self, question: Question) -> int | None:
        """The score given to ``question``, or None when it was not answered."""
        return next((a.score for a in self.answers if a.question is question), None)


def rating_problem(visit: RatedVisit) -> str | None:
    """Why ``visit`` cannot be stored, or None."""
    if not visit.visit_id:
        return "a rated visit needs an ID"
    if visit.given_at.tzinfo is None:
        return "the time a rating was given needs a time zone"
    if not visit.language:
        return "a rated visit needs the language it was given in"
    if not visit.answers:
        return "a rated visit needs at least one answer"
    seen: set[Question] = set()
    for answer in visit.answers:
        if not isinstance(answer.question, Question):
            return f"unknown question {answer.question!r}"
        if answer.question in seen:
            return f"the question {answer.question.value} is answered twice"
        seen.add(answer.question)
        score = answer.score
        # bool is an int to Python: True must not pass for a score of 1.
        if isinstance(score, bool) or not isinstance(score, int):
            return f"a score must be a whole number, not {score!r}"
        if not LOWEST_SCORE <= score <= HIGHEST_SCORE:
            return f"a score must be from {LOWEST_SCORE} to {HIGHEST_SCORE}, not {score}"
    if len(visit.comment) > MAX_COMMENT_CHARS:
        return f"a comment may be at most {MAX_COMMENT_CHARS} characters"
    if visit.staff_id is not None and not visit.staff_id.strip():
        return "a staff ID, when given, may not be empty"
    return None


def parse_questions(text: str) -> tuple[Question, ...]:
    """The questions a site asks, in order, from ``"treatment, answer, wait, overall"``.

    Raises RatingInvalid for an unknown name, a name given twice or an empty list.
    """
    names = [part.strip() for part in text.split(",")]
    if not any(names):
        raise RatingInvalid("name at least one question")
    known = {question.value: question for question in Question}
    chosen: list[Question] = []
    for name in names:
        if name not in known:
            raise RatingInvalid(f"has the unknown question {name!r} (known: {', '.join(known)})")
        if known[name] in chosen:
            raise RatingInvalid(f"names the question {name!r} twice")
        chosen.append(known[name])
    return tuple(chosen)
