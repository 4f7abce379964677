from __future__ import annotations

from datetime import date

import pytest

from chitieu.core.evaluation import StatusCounts
from chitieu.core.numbers import Rounding
from chitieu.core.summary import group_sentence, share_sentence, work_item_sentence
from chitieu.core.workitems import WorkItemKind, WorkItemStatus, count_work_items, work_item_status

DEADLINE = date(2022, 6, 30)


@pytest.mark.parametrize(
    ("completed_on", "as_of", "expected"),
    [
        (date(2022, 6, 30), date(2022, 12, 31), WorkItemStatus.DONE_ON_TIME),
        (date(2022, 6, 1), date(2022, 12, 31), WorkItemStatus.DONE_ON_TIME),
        (date(2022, 7, 1), date(2022, 12, 31), WorkItemStatus.DONE_LATE),
        (None, date(2022, 6, 30), WorkItemStatus.IN_PROGRESS),
        (None, date(2022, 7, 1), WorkItemStatus.OVERDUE),
        (date(2022, 7, 5), date(2022, 7, 1), WorkItemStatus.OVERDUE),  # completion not yet known then
        (date(2022, 6, 20), date(2022, 6, 10), WorkItemStatus.IN_PROGRESS),
    ],
)
def test_work_item_status_as_of_a_date(completed_on, as_of, expected):
    assert work_item_status(DEADLINE, completed_on, as_of) == expected


def test_a_work_item_without_deadline_is_never_overdue():
    assert work_item_status(None, None, date(2030, 1, 1)) == WorkItemStatus.IN_PROGRESS
    assert work_item_status(None, date(2022, 1, 1), date(2030, 1, 1)) == WorkItemStatus.DONE_ON_TIME


def test_work_item_statuses_have_the_vietnamese_names():
    assert WorkItemStatus.DONE_LATE.label() == "hoàn thành quá hạn"
    assert WorkItemStatus.OVERDUE.label() == "quá hạn chưa hoàn thành"


def test_it_writes_the_article_sentences():
    programs = count_work_items(
        WorkItemKind.PROGRAM, [WorkItemStatus.DONE_ON_TIME] * 20 + [WorkItemStatus.DONE_LATE]
    )
    assert work_item_sentence(programs) == "hoàn thành 21/21 chương trình công tác"
    submissions = count_work_items(WorkItemKind.SUBMISSION, [WorkItemStatus.DONE_ON_TIME] * 18)
    assert (
        work_item_sentence(submissions, submitted_to="UBND Thành phố")
        == "tham mưu trình UBND Thành phố đạt 18/18 nội dung (đạt 100% kế hoạch năm)"
    )
    counts = StatusCounts(exceeded=12, met=10, not_met=1)
    assert share_sentence(counts) == "22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%"
    assert share_sentence(counts, rounding=Rounding.TRUNCATE).endswith("chiếm 95,6%")
    assert (
        group_sentence("kinh tế - xã hội", StatusCounts(exceeded=4))
        == "vượt kế hoạch 4/4 chỉ tiêu kinh tế - xã hội"
    )


def test_sentences_say_what_is_still_open_or_overdue():
    programs = count_work_items(WorkItemKind.PROGRAM, [WorkItemStatus.DONE_ON_TIME, WorkItemStatus.OVERDUE])
    assert work_item_sentence(programs) == "hoàn thành 1/2 chương trình công tác (1 quá hạn chưa hoàn thành)"
    counts = StatusCounts(exceeded=1, in_progress=3)
    assert share_sentence(counts).endswith("; 3 chỉ tiêu đang thực hiện")
    assert share_sentence(StatusCounts()) == "chưa có chỉ tiêu nào"


def test_english_sentences_have_english_numbers():
    counts = StatusCounts(exceeded=12, met=10, not_met=1)
    assert share_sentence(counts, "en") == "22/23 targets met or exceeded (95.7%)"
