"""The summary sentences of a scorecard, in the words Vietnamese reports use.

"hoàn thành 21/21 chương trình công tác"; "vượt kế hoạch 4/4 chỉ tiêu kinh tế - xã hội";
"22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%". Every sentence states counts the data
supports and nothing else.
"""

from __future__ import annotations

from decimal import Decimal

from chitieu.core.evaluation import StatusCounts
from chitieu.core.numbers import Notation, Rounding, format_percent
from chitieu.core.text import language_of
from chitieu.core.workitems import WorkItemCounts, WorkItemKind


def share_sentence(
    counts: StatusCounts,
    lang: str = "vi",
    decimals: int = 1,
    rounding: Rounding = Rounding.HALF_UP,
    estimated: int = 0,
) -> str:
    """ "22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%"."""
    share = counts.share_met_or_exceeded()
    if share is None:
        return "chưa có chỉ tiêu nào" if language_of(lang) == "vi" else "no targets"
    pct = format_percent(share, decimals, rounding, Notation.for_language(lang))
    n, total = counts.met_or_exceeded, counts.total
    if language_of(lang) == "vi":
        sentence = f"{n}/{total} chỉ tiêu đạt và vượt kế hoạch, chiếm {pct}"
        if estimated:
            sentence += f" (trong đó {estimated} chỉ tiêu đánh giá theo số ước thực hiện)"
        if counts.in_progress:
            sentence += f"; {counts.in_progress} chỉ tiêu đang thực hiện"
        return sentence
    sentence = f"{n}/{total} targets met or exceeded ({pct})"
    if estimated:
        sentence += f", {estimated} of them judged on estimates"
    if counts.in_progress:
        sentence += f"; {counts.in_progress} in progress"
    return sentence


def progress_sentence(
    counts: StatusCounts, on_track: int | None = None, behind: int | None = None, lang: str = "vi"
) -> str:
    """While a year runs: "2/23 chỉ tiêu đã đạt và vượt kế hoạch năm; 21 chỉ tiêu đang thực hiện,
    trong đó 12 chỉ tiêu đúng tiến độ, 5 chỉ tiêu chậm tiến độ" — not "chiếm 8,7%", which in June
    says nothing. Targets in progress with no pace to judge (a rate, a stock) are in neither; without
    paces (units below, counted only) the sentence stops at those in progress."""
    n, total = counts.met_or_exceeded, counts.total
    paced = on_track is not None and behind is not None
    if language_of(lang) == "vi":
        sentence = (
            f"{n}/{total} chỉ tiêu đã đạt và vượt kế hoạch năm; {counts.in_progress} chỉ tiêu đang thực hiện"
        )
        if paced:
            sentence += f", trong đó {on_track} chỉ tiêu đúng tiến độ, {behind} chỉ tiêu chậm tiến độ"
        if counts.not_met:
            sentence += f"; {counts.not_met} chỉ tiêu không đạt"
        if counts.no_data:
            sentence += f"; {counts.no_data} chỉ tiêu chưa có số liệu"
        return sentence
    verb = "is" if counts.in_progress == 1 else "are"
    sentence = (
        f"{n}/{total} targets have met or exceeded the year's plan; {counts.in_progress} {verb} in progress"
    )
    if paced:
        sentence += f", {on_track} of them on track and {behind} behind pace"
    if counts.not_met:
        sentence += f"; {counts.not_met} not met"
    if counts.no_data:
        sentence += f"; {counts.no_data} without figures"
    return sentence


def standing_sentence(
    counts: StatusCounts,
    lang: str = "vi",
    paces: tuple[int, int] | None = None,
    estimated: int = 0,
    decimals: int = 1,
    rounding: Rounding = Rounding.HALF_UP,
) -> str:
    """Where targets stand: :func:`progress_sentence` while some are in progress (with ``paces``,
    on track and behind, when known), :func:`share_sentence` once all are judged."""
    if counts.in_progress:
        on_track, behind = paces if paces is not None else (None, None)
        return progress_sentence(counts, on_track, behind, lang)
    return share_sentence(counts, lang, decimals, rounding, estimated)


def group_sentence(group_name: str, counts: StatusCounts, lang: str = "vi") -> str:
    """ "vượt kế hoạch 4/4 chỉ tiêu kinh tế - xã hội", or the đạt-và-vượt count of a group."""
    total = counts.total
    if language_of(lang) == "vi":
        if total and counts.exceeded == total:
            return f"vượt kế hoạch {total}/{total} chỉ tiêu {group_name}"
        return f"{group_name}: {counts.met_or_exceeded}/{total} chỉ tiêu đạt và vượt kế hoạch"
    if total and counts.exceeded == total:
        return f"exceeded the plan on {total}/{total} {group_name} targets"
    return f"{group_name}: {counts.met_or_exceeded}/{total} targets met or exceeded"


def work_item_sentence(counts: WorkItemCounts, lang: str = "vi", submitted_to: str = "") -> str:
    """ "hoàn thành 21/21 chương trình công tác"; "trình UBND Thành phố đạt 18/18 nội dung"."""
    done, total = counts.done, counts.total
    vi = language_of(lang) == "vi"
    if counts.kind == WorkItemKind.SUBMISSION:
        share = format_percent(
            Decimal(done) / total * 100 if total else 0, 0, notation=Notation.for_language(lang)
        )
        if vi:
            to = f" {submitted_to}" if submitted_to else ""
            return f"tham mưu trình{to} đạt {done}/{total} nội dung (đạt {share} kế hoạch năm)"
        to = f" to {submitted_to}" if submitted_to else ""
        return f"submitted{to} {done}/{total} planned items ({share} of the annual plan)"
    if counts.kind == WorkItemKind.RESOLUTION:
        planned_vi = f" (kế hoạch {total})" if total != done else ""
        planned_en = f" (planned {total})" if total != done else ""
        if vi:
            to = f" trình {submitted_to}" if submitted_to else ""
            return f"tham mưu{to} ban hành {done} nghị quyết{planned_vi}"
        to = f" to {submitted_to}" if submitted_to else ""
        return f"prepared {done} resolutions for adoption{to}{planned_en}"
    noun = counts.kind.label(lang)
    if vi:
        overdue = f" ({counts.overdue} quá hạn chưa hoàn thành)" if counts.overdue else ""
        return f"hoàn thành {done}/{total} {noun}{overdue}"
    overdue = f" ({counts.overdue} overdue)" if counts.overdue else ""
    return f"completed {done}/{total} {noun}s{overdue}"
