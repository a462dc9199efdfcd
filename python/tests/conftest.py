"""Shared texts of the suite: written for these tests, none taken from an evaluation set."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# A short news story: the lead states the facts, the rest elaborates, the last line is filler.
NEWS = (
    "Harbour Town council approved a new flood barrier on Tuesday after a year of debate.\n\n"
    "The barrier will protect the old harbour from storm surges that flooded shops twice last "
    "winter. Council members said the flood barrier would cost twelve million pounds over "
    "three years. Shop owners in the old harbour welcomed the vote on the barrier. Some "
    "residents worried the barrier would spoil the view of the bay. Work on the flood barrier "
    "starts in the spring. The weather was mild and sunny all week."
)

# Many scripts and widths: accents (two bytes), CJK (three), emoji (four bytes, one code point),
# a combining accent (two code points), and a right-to-left script.
UNICODE = (
    "Zoë visited the café in Zürich on Monday. 東京の会議は三時間続いた。"
    "The émigré musicians played until midnight 🎻🎶 and the crowd cheered loudly. "
    "Cafe\u0301 owners said business had never been better. "
    "قال المدير إن المشروع سينتهي قريبا. "
    "Everyone agreed the evening was a great success for the whole town."
)


@pytest.fixture
def sample_path():
    """The article bundled with the crate."""
    return REPO / "examples" / "data" / "pakistan-russia-visit.txt"


@pytest.fixture
def sample(sample_path):
    return sample_path.read_text(encoding="utf-8")


def numbered_story(n, topic="river"):
    """A story of `n` distinct sentences about one topic."""
    return " ".join(
        f"Report {i} says the {topic} rose by {i} centimetres near bridge number {i % 7} today."
        for i in range(n)
    )
