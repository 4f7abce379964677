"""The public entry: check every figure of a narrative report and say what was found."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from decimal import Decimal, localcontext

from chitieu.checker.grids import grid_claims
from chitieu.checker.judge import doubted_when_far
from chitieu.checker.model import CheckReport, Claim, ClaimNumber, Coverage, FigureKind, Role, Verdict
from chitieu.checker.rules import (
    RULES,
    BulletList,
    CellTable,
    Sections,
    added_to_a_total,
    average_per_period,
    average_per_unit,
    breaks_down_a_rate,
    carried_and_new,
    carried_to_the_next_period,
    change_of_two_years_said_before,
    changes_after_a_comparison,
    changes_against_an_earlier_year,
    changes_of_the_parts,
    compared_with_a_year_said_before,
    contributions_to_growth,
    count_of_the_body_in_the_title,
    count_said_again,
    differences_of_their_rates,
    excess_in_an_evaluation_cell,
    flattened_table,
    fractions_said_after,
    grades_beyond_their_whole,
    groups_said_after,
    growth_contribution,
    growth_of_a_whole_broken_down_after,
    growth_of_a_whole_said_before,
    kinds_left_in_turn,
    left_of_each_said_before,
    named_rate_of_earlier,
    noun_said_again,
    of_the_wholes_base,
    opens_with_breakdown,
    output_of_yield_and_area,
    pair_remainder,
    pairs_found_nearby,
    partition_by_verb,
    partition_of_earlier_total,
    parts_said_after,
    plan_said_before,
    rate_of_the_body_in_the_title,
    rate_said_again,
    rates_said_above_the_average,
    remainder_of_earlier_total,
    repeated_in_the_summary,
    rest_of_a_partition,
    rounded_in_the_summary,
    said_again,
    second_look,
    sector_shares_of_their_values,
    share_of_earlier_total,
    share_of_the_kinds_listed_before,
    shares_in_turn,
    shares_of_a_rate_broken_down,
    shares_of_a_whole_named_alike,
    shares_of_a_whole_named_before,
    shares_of_one_unprinted_whole,
    shares_of_their_parts_sum,
    trade_said_across,
    way_of_a_rate,
    what_the_others_leave,
    wholes_named_by_shares,
    words_around,
    worth_of_the_gifts_said_before,
    worth_saying_again,
    worth_saying_again_as_a_count,
    yields_of_output_and_area,
)
from chitieu.checker.tokens import (
    Document,
    Figure,
    Sentence,
    notation_of,
    read_document,
    read_sentence,
    read_sentences,
)
from chitieu.core.text import Bilingual, language_of

SAID_AGAIN = 3  # how many times a count printed again is said to be the one before
SUMMED_UP = 200  # how many sentences after a title, an opening paragraph or a heading it may sum up
EARLIER_FIGURES = 30  # how far back a share's whole is looked for (about two sentences of figures)


def check_text(text: str) -> CheckReport:
    """Find the claims of ``text``, recompute each one and judge it.

    Every printed figure is judged once, by the first rule (in ``RULES`` order) that
    recognises it. Claims are returned in text order; spans are offsets into ``text``. The figures are
    read in the text's notation: Vietnamese, or English where the text writes them so throughout.
    """
    document = read_document(text)
    with notation_of(document.text):  # (as read: cells a copy ran together parted, "2,5922,828" n2266)
        return _check_text(text, document)


def _check_text(text: str, document: Document) -> CheckReport:
    claims: list[Claim] = []
    sentences = numbers = 0
    earlier: list[Figure] = []  # the figures of the sentences before: wholes a share may refer to
    around: dict[int, tuple[str, str]] = {}  # the words before and after each ("đã xong là", "đủ điều kiện")
    years: dict[int, str] = {}  # the year each of them is said of ("Năm 2018, … 280 vụ")
    judged_before: set[int] = set()  # figures judged in the sentences before
    checked_before: set[int] = set()  # … and of them, those a reading recomputed
    bullets: BulletList | None = None  # a list being read line by line ("- 18 bệnh viện")
    sections: Sections | None = None  # "Cụ thể như sau:" and a paragraph for each kind ("Án hình sự: …")
    table: CellTable | None = None  # a table copied one cell per line, with a column of indices
    summed: set[int] = set()  # the figures such a table judged as the sum of the rows under them
    listed_parts: set[int] = set()  # the parts of the lists read as breakdowns
    recent: list[Sentence] = []  # the sentences just before: where the sections' totals are said
    previous_end = 0
    carried: tuple[Figure, str] | None = None  # the whole the last share of the sentence before was of
    named_wholes: dict[str, Figure] = {}  # the wholes shares were found of, by the words that named them
    wholes_by_name: dict[tuple[str, frozenset[str]], tuple[Figure, Figure]] = {}  # … and those never printed
    read: list[Sentence] = []  # every sentence, for the readings across them
    headline = _title(document.text)  # a title line: its figures are the body's, said again
    with localcontext() as context:
        context.prec = 34
        for sentence in read_sentences(document):
            if bullets is not None and not bullets.take(sentence):
                claims.extend(_listed(bullets, judged_before, document, text))
                bullets = None
            if table is not None and not table.take(sentence):
                claims.extend(_tabled(table, judged_before, document, text, summed))
                table = None
            new_paragraph = "\n" in document.text[previous_end : sentence.start]
            previous_end = sentence.end
            if sections is not None and not sections.take(sentence, new_paragraph):
                claims.extend(_sectioned(sections, judged_before, document, text))
                sections = None
            sentences += 1
            numbers += len(sentence.figures)
            read.append(sentence)
            judged: set[int] = set()
            found: list[Claim] = []
            for rule in RULES:
                for claim in rule(sentence):
                    if claim.printed.start in judged:
                        continue
                    judged.add(claim.printed.start)
                    found.append(claim)
            before = recent[-1] if recent else None  # the sentence before
            # a breakdown of a rate said alone in the sentence before: no whole said further back is its own
            rate_broken_down = breaks_down_a_rate(sentence, before)
            wholes = [] if rate_broken_down else earlier
            shares = list(
                shares_of_a_rate_broken_down(sentence, judged)
                if rate_broken_down
                else share_of_earlier_total(sentence, wholes, judged, around, carried, years)
            )
            shares = shares_of_one_unprinted_whole(sentence, shares, judged)
            shares = shares_of_their_parts_sum(sentence, shares, earlier)
            shares = shares_of_a_whole_named_before(sentence, shares, named_wholes)
            shares = shares_of_a_whole_named_alike(sentence, shares, wholes_by_name, judged)
            named_wholes.update(wholes_named_by_shares(sentence, shares, [*earlier, *sentence.figures]))
            for claim in shares:
                judged.add(claim.printed.start)
                found.append(claim)
            if shares or any(figure.kind == FigureKind.PERCENT for figure in sentence.figures):
                carried = _whole_of_the_last_share(shares, [*earlier, *sentence.figures])
            elif not opens_with_breakdown(sentence):
                carried = None
            # (… past a sentence that breaks the last part down, without a rate: "75 hộ nghèo, chiếm 1,9% tổng
            # số hộ dân. Trong đó, có 2 hộ nghèo mới bổ sung. Toàn xã có 118 hộ cận nghèo, chiếm 3,1%", n751)
            _take(remainder_of_earlier_total(sentence, earlier, judged, around), judged, found)
            _take(carried_to_the_next_period(sentence, earlier, judged, around), judged, found)
            _take(named_rate_of_earlier(sentence, earlier, judged, around), judged, found)
            _take(share_of_the_kinds_listed_before(sentence, before, judged), judged, found)
            _take(worth_of_the_gifts_said_before(sentence, before, judged), judged, found)
            _take(carried_and_new(sentence, earlier, judged, around), judged, found)
            _take(added_to_a_total(sentence, earlier, judged, around), judged, found)
            _take(pair_remainder(sentence, earlier, judged, around), judged, found)
            _take(left_of_each_said_before(sentence, earlier, judged, around), judged, found)
            _take(changes_after_a_comparison(sentence, earlier, judged, before, around), judged, found)
            found.extend(changes_against_an_earlier_year(sentence, recent, judged))
            _take(change_of_two_years_said_before(sentence, recent, judged), judged, found)
            for reading in (
                average_per_unit,
                output_of_yield_and_area,
                growth_contribution,
                sector_shares_of_their_values,
                shares_in_turn,
            ):
                _take(reading(sentence, earlier, judged, around), judged, found)
            _take(average_per_period(sentence, recent, earlier, judged), judged, found)
            for claim in contributions_to_growth(sentence, recent, checked_before):
                found.append(claim)  # of a growth said before: its claim "so với năm 2022" is replaced
            found.extend(growth_of_a_whole_said_before(sentence, recent, checked_before))
            found.extend(growth_of_a_whole_broken_down_after(sentence, recent, checked_before))
            found.extend(groups_said_after(sentence, recent, judged_before))
            _take(rates_said_above_the_average(sentence, recent), judged, found)
            found.extend(list(changes_of_the_parts(sentence, found, judged)))
            broken_down: set[int] = set()  # the parts of the lists read as those of a whole said before
            for claim in partition_of_earlier_total(sentence, wholes, judged_before, around):
                judged_before.add(claim.printed.start)
                found.append(claim)
                broken_down.update(number.start for number in claim.numbers if number.role == Role.PART)
            for claim in partition_by_verb(sentence, earlier, judged_before, around):
                if any(number.role == Role.PART and number.start in broken_down for number in claim.numbers):
                    # "Trong đó thành thị có 78.640 người; nông thôn có 247.864 người" read as the parts of
                    # the 326.504 said before: not of another "có … người" said further back (n1387's 250.788)
                    continue
                found.append(claim)
            found.extend(list(rest_of_a_partition([*recent[-3:], sentence], found, judged)))
            found.extend(list(differences_of_their_rates(sentence, found, judged)))
            judged_before |= judged
            checked_before.update(claim.printed.start for claim in found if claim.verdict.checked)
            listed_parts.update(  # the items of a list: no totals of the items after them
                number.start
                for claim in found
                if claim.template == "partition"
                for number in claim.numbers
                if number.role == Role.PART
            )
            found = [plan_said_before(claim, sentence, earlier, around) for claim in found]
            found = [second_look(claim, sentence, earlier) for claim in found]  # the figures before it
            found = [what_the_others_leave(claim, sentence, found) for claim in found]
            found = [compared_with_a_year_said_before(claim, sentence, recent) for claim in found]
            if bullets is None:
                bullets = BulletList.opened_by(sentence, before)
            if sections is None:
                sections = Sections.opened_by(sentence, recent)
            if table is None and (flat := flattened_table(sentence)) is not None:
                claims.extend(_tabled(flat, judged_before, document, text, summed))
            elif table is None:
                table = CellTable.opened_by(sentence, before)
            recent = [*recent[-3:], sentence]
            earlier = [*earlier[-EARLIER_FIGURES:], *sentence.figures]
            around = {figure.start: around[figure.start] for figure in earlier if figure.start in around}
            around.update(words_around(sentence))
            if years:
                years = {figure.start: years[figure.start] for figure in earlier if figure.start in years}
            years.update((start, year) for start, year in sentence.years_said.items() if year)
            found.sort(key=lambda claim: (claim.start, claim.printed.start))
            claims.extend(_to_original(claim, document, text) for claim in found)
        if bullets is not None:
            claims.extend(_listed(bullets, judged_before, document, text))
        if sections is not None:
            claims.extend(_sectioned(sections, judged_before, document, text))
        if table is not None:
            claims.extend(_tabled(table, judged_before, document, text, summed))
    told_after = list(parts_said_after(read, judged_before, listed_parts))
    for claim in [*told_after, *rest_of_a_partition(read, told_after, judged_before)]:
        claims.append(_to_original(claim, document, text))
    for claim in kinds_left_in_turn(read, judged_before):
        claims.append(_to_original(claim, document, text))
    for claim in excess_in_an_evaluation_cell(read, judged_before):
        claims.append(_to_original(claim, document, text))
    for claim in fractions_said_after(read, judged_before):
        claims.append(_to_original(claim, document, text))
    for claim in grades_beyond_their_whole(read, judged_before):
        claims.append(_to_original(claim, document, text))
    for claim in yields_of_output_and_area(read, judged_before):
        claims.append(_to_original(claim, document, text))
    for claim in trade_said_across(read, judged_before):
        claims.append(_to_original(claim, document, text))
    # a grid read whole knows which rows are parts of which better than rows read cell by cell: its
    # claims replace theirs
    figures = [figure for sentence in read for figure in sentence.figures]
    in_grids = judged_before - summed
    gridded = [_to_original(claim, document, text) for claim in grid_claims(document.text, in_grids, figures)]
    # … a cell the grid read, as a figure judged or as one a figure is worked from
    replaced = {number.start for claim in gridded for number in claim.numbers}
    claims = [
        claim
        for claim in claims
        if claim.template != "table_breakdown"
        or not any(number.start in replaced for number in claim.numbers)
    ]
    claims.extend(gridded)
    judged_before |= in_grids
    judged_anywhere = {claim.printed.start for claim in claims}  # offsets in ``text``
    checked = _checked_by_figure(claims)
    starts = [sentence.start for sentence in read]
    # (a title's figure no reading could check, "tăng 1,6% so với tháng trước", is the body's when said again)
    unchecked = {claim.printed.start for claim in claims if claim.verdict == Verdict.NOT_CHECKABLE}
    for summary, body_start, said in _summaries(headline, read, document.text):
        judged_here = judged_anywhere - unchecked
        repeated = list(
            _repeated_in_the_headline(summary, body_start, said, judged_here, checked, document, text)
        )
        claims.extend(repeated)
        judged_anywhere.update(claim.printed.start for claim in repeated)
        unchecked.difference_update(claim.printed.start for claim in repeated)
        for claim in repeated:
            checked.setdefault(claim.printed.text, []).append(claim)
        first = bisect.bisect_left(starts, body_start)  # what it sums up: the sentences after it
        summed_up = read[first : first + SUMMED_UP]
        for claim in [
            *rounded_in_the_summary(summary, summed_up, said),
            *repeated_in_the_summary(summary, summed_up, said),
        ]:
            claim = _to_original(claim, document, text)
            if claim.printed.start not in judged_anywhere:
                claims.append(claim)
                judged_anywhere.add(claim.printed.start)
    claims.extend(_said_again(read, claims, judged_anywhere, judged_before, document, text))
    claims.extend(_counts_said_again(read, judged_anywhere, judged_before, document, text, headline))
    unchecked = {claim.printed.start for claim in claims if not claim.verdict.checked}
    flagged = {claim.printed.start: claim for claim in claims if doubted_when_far(claim).verdict.alarm}
    claims.extend(
        _rates_said_again(read, judged_anywhere, judged_before, unchecked, document, text, headline, flagged)
    )
    judged_anywhere.update(claim.printed.start for claim in claims)

    def taken(figure: Figure) -> bool:
        return _original_start(figure, document, text) in judged_anywhere

    claims.extend(_to_original(claim, document, text) for claim in pairs_found_nearby(read, taken))
    claims = _recomputed_first([doubted_when_far(claim) for claim in claims])
    claims.sort(key=lambda claim: (claim.start, claim.printed.start))
    coverage = Coverage(
        sentences=sentences,
        numbers=numbers,
        claims_recognised=len(claims),
        claims_checked=sum(1 for claim in claims if claim.verdict.checked),
    )
    return CheckReport(claims=claims, coverage=coverage)


def _said_again(
    read: list[Sentence],
    claims: list[Claim],
    judged: set[int],
    judged_here: set[int],
    document: Document,
    text: str,
) -> Iterator[Claim]:
    """Rates the text worked out and found right, printed again further on (see :func:`said_again`);
    ``judged`` holds the figures judged already by their place in ``text``, ``judged_here`` by their
    place in the working text."""
    right = {
        (claim.printed.value, claim.printed.decimals, claim.printed.kind): claim
        for claim in sorted(claims, key=lambda claim: -claim.printed.start)
        if claim.verdict.fits
        and claim.template not in ("said_again", "repeated_in_the_summary")  # the body's own, not a title's
    }
    if not right:
        return
    for sentence in read:
        for figure in sentence.figures:
            before = right.get((figure.readings[0].value, figure.readings[0].decimals, figure.kind))
            if before is None or figure.start in judged_here or not worth_saying_again(figure):
                continue
            claim = _to_original(said_again(sentence, figure, before), document, text)
            if claim.printed.start > before.printed.start and claim.printed.start not in judged:
                judged.add(claim.printed.start)
                yield claim


def _counts_said_again(
    read: list[Sentence],
    judged: set[int],
    judged_here: set[int],
    document: Document,
    text: str,
    headline: Sentence | None = None,
) -> Iterator[Claim]:
    """Counts and amounts printed again further on with the same noun (see :func:`count_said_again`);
    ``judged`` and ``judged_here`` as for :func:`_said_again`. One first printed in the title
    (``headline``) is the title's claim too: the title repeats the body (see
    :func:`count_of_the_body_in_the_title`)."""
    # the first of each figure and the sentence it is in, by its value, scale and noun — and, for a bound, its
    # bound word: "hơn 47.000 tỷ đồng" in the lead, the body and a caption is one figure (n1363)
    first: dict[tuple[Decimal, Decimal, str, str], tuple[Figure, Sentence]] = {}
    said: dict[tuple[Decimal, Decimal, str, str], int] = {}  # a few times for each figure: bounded work
    for sentence in read:
        for figure in sentence.figures:
            if not worth_saying_again_as_a_count(sentence, figure, bounded=True):
                continue
            value = (figure.readings[0].value, figure.scale, noun_said_again(sentence, figure).split()[0])
            key = (*value, "")
            bound = (*value, str(figure.qualifier or ""))
            if (
                key in first
            ):  # a bound said again is judged as a bound of itself: only a title's figure is read
                may_say = figure.qualifier is None
            elif bound in first:
                key, may_say = bound, True
            else:
                first[bound] = (figure, sentence)
                continue
            before, its_sentence = first[key]
            if before.start >= sentence.start:
                continue  # said in a sentence before: "123/123 nhiệm vụ" says it twice, not again
            if headline is not None and before.start < headline.end and before.start not in judged_here:
                # "Cả nước huy động được 621.324 tỷ đồng …" over "… đã huy động được khoảng 621.324 tỷ đồng"
                # (n1333): the title's figure, said again in the body
                title = _to_original(
                    count_of_the_body_in_the_title(its_sentence, before, sentence), document, text
                )
                if title.printed.start not in judged:
                    judged.add(title.printed.start)
                    judged_here.add(before.start)
                    yield title
            if figure.start in judged_here or not may_say or said.get(key, 0) >= SAID_AGAIN:
                continue
            said[key] = said.get(key, 0) + 1
            claim = _to_original(count_said_again(sentence, figure, before), document, text)
            if claim.printed.start not in judged:
                judged.add(claim.printed.start)
                yield claim


def _rates_said_again(
    read: list[Sentence],
    judged: set[int],
    judged_here: set[int],
    unchecked: set[int],
    document: Document,
    text: str,
    headline: Sentence | None = None,
    flagged: dict[int, Claim] | None = None,
) -> Iterator[Claim]:
    """Precise rates printed again in a later paragraph, said the same way, that no reading judged or
    only a reading that could not recompute them ("thấp hơn 1,89% so với năm 2021", the year before not
    printed: see :func:`rate_said_again`); ``judged`` and ``judged_here`` as for :func:`_said_again`,
    ``unchecked`` the places in ``text`` of the figures judged only that way. A rate first printed in the
    title (``headline``) is the title's claim: the title repeats the body (see
    :func:`rate_of_the_body_in_the_title`). A rate said again after it was found a slip (``flagged``, by
    its place in ``text``) is the same slip: a caption under a crop table, "Diện tích gieo cấy lúa mùa đạt
    101,2% KH", after "26.410,28 ha/25.976 ha, đạt 101,2% KH" (n1216)."""
    first: dict[tuple[Decimal, int, int], tuple[Sentence, Figure]] = {}
    said: dict[tuple[Decimal, int, int], int] = {}  # a few times for each rate, as for counts: bounded work

    for sentence in read:
        for figure in sentence.figures:
            if not worth_saying_again(figure):
                continue
            key = (figure.readings[0].value, figure.readings[0].decimals, way_of_a_rate(sentence, figure))
            before, its_figure = first.setdefault(key, (sentence, figure))
            if before is sentence or said.get(key, 0) >= SAID_AGAIN:
                continue
            if "\n" not in document.text[before.end : sentence.start]:
                continue  # in one paragraph, the same rate twice is two things alike ("… 7,14%; … 7,14%")
            at = _original_start(figure, document, text)
            if figure.start in judged_here and at not in unchecked:
                continue
            said[key] = said.get(key, 0) + 1
            if (
                headline is not None
                and its_figure.start < headline.end
                and at not in unchecked
                and _original_start(its_figure, document, text) not in judged
            ):
                claim = _to_original(
                    rate_of_the_body_in_the_title(before, its_figure, sentence), document, text
                )
                judged.add(claim.printed.start)
                yield claim
                continue
            claim = _to_original(rate_said_again(sentence, figure, before), document, text)
            slip = (flagged or {}).get(_original_start(its_figure, document, text))
            if slip is not None and slip.printed.role != Role.TOTAL and len(sentence.figures) == 1:
                # (a line that says only it, a caption; not a total, whose slip may be its parts'; not among
                # other figures, where the same rate may be another one's: "năm 2014, thụ lý hòa giải 3.399
                # vụ việc, hòa giải thành 2.408 vụ việc, đạt tỷ lệ 73,5%", raw55/ue21)
                claim = _slip_said_again(slip, claim)
            if claim.printed.start not in judged or claim.printed.start in unchecked:
                judged.add(claim.printed.start)
                yield claim


def _slip_said_again(slip: Claim, again: Claim) -> Claim:
    """A figure said again (``again``, where it stands) that was found a slip where it was first said: the
    same slip, its explanation saying where."""
    said = Bilingual(
        f"The text printed this figure before: “{slip.quote}”.",
        f"Văn bản đã nêu số này ở trên: “{slip.quote}”.",
    )
    span = (again.printed.start, again.printed.end)
    return _said_where(slip, again.sentence, again.sentence_start, span, said)


def _said_where(
    claim: Claim, sentence: str, sentence_start: int, span: tuple[int, int], said: Bilingual
) -> Claim:
    """``claim`` as judged, said of the same figure printed elsewhere (at ``span`` in ``sentence``): a
    title's, an opening paragraph's or a caption's — ``said`` saying where the text judged it."""
    start, end = span
    return dataclasses.replace(
        claim,
        sentence=sentence,
        sentence_start=sentence_start,
        start=start,
        end=end,
        numbers=(*claim.numbers[:-1], dataclasses.replace(claim.printed, start=start, end=end)),
        message=said + claim.message,
    )


def _original_start(figure: Figure, document: Document, text: str) -> int:
    """Where ``figure`` starts in ``text``, the text as given (the working text may differ from it)."""
    return figure.start if document.text is text else document.original_span(figure.start, figure.end)[0]


def _recomputed_first(claims: list[Claim]) -> list[Claim]:
    """One claim per printed figure: a reading that recomputed it over one that could not ("tăng 7,25%
    so với năm 2022", the year before not printed, is the sum of the sectors' contributions after it)."""
    kept: dict[int, Claim] = {}
    for claim in claims:
        other = kept.get(claim.printed.start)
        if other is None or (claim.verdict.checked and not other.verdict.checked):
            kept[claim.printed.start] = claim
    return list(kept.values())


def _take(claims: Iterator[Claim], judged: set[int], found: list[Claim]) -> None:
    """Keep each claim of a reading, its figure judged before the reading looks at the next one."""
    for claim in claims:
        judged.add(claim.printed.start)
        found.append(claim)


def _title(text: str) -> Sentence | None:
    """The text's first line when it is a title: short, on a line of its own, without a full stop."""
    end = text.find("\n")
    line = text[:end].rstrip()
    if (
        end < 0
        or not line.strip()
        or len(line) > 160
        or line.endswith((".", ":", ";"))
        or not text[end:].strip()
    ):
        return None
    return read_sentence(line)


_TITLE_SAYS = Bilingual("The title repeats the figure of the text", "Tiêu đề nhắc lại số liệu trong bài")
_HEADING_SAYS = Bilingual("The heading repeats the figure of the text", "Đề mục nhắc lại số liệu trong bài")
_LEDE_SAYS = Bilingual(
    "The opening paragraph repeats the figure of the text", "Đoạn mở đầu nhắc lại số liệu trong bài"
)


def _summaries(
    headline: Sentence | None, read: list[Sentence], text: str
) -> Iterator[tuple[Sentence, int, Bilingual]]:
    """The sentences that sum the text up before it says it in full — its title, and the opening
    paragraph of a text that goes on after it ("(Dân trí) - … tỉ lệ đỗ tốt nghiệp … đạt 90,7%") —
    each with where the body after it starts (working-text offsets) and what to call it."""
    if headline is not None:
        yield headline, headline.end, _TITLE_SAYS
    opening = headline.end if headline is not None else 0
    while opening < len(text) and text[opening] in "\n ":
        opening += 1
    end = text.find("\n", opening)
    if end < 0 or not text[end:].strip():
        return  # one paragraph: no body to repeat
    for sentence in read:
        if opening <= sentence.start < end and (headline is None or sentence.start >= headline.end):
            yield sentence, end, _LEDE_SAYS
        elif sentence.start >= end and sentence.figures and _is_a_heading(sentence, text):
            yield sentence, sentence.end, _HEADING_SAYS  # "Tiếp hơn 305 ngàn người, xử lý hơn 330 ngàn đơn …"


def _is_a_heading(sentence: Sentence, text: str) -> bool:
    """A line of its own between blank lines, short and without a full stop: a section's heading."""
    before, after = text[max(0, sentence.start - 2) : sentence.start], text[sentence.end : sentence.end + 2]
    line = sentence.text.strip()
    return (
        before.endswith("\n\n")
        and after.startswith("\n\n")
        and 3 <= len(line.split()) <= 25
        and not line.endswith((".", ":", ";"))
        and not line.startswith(("-", "+", "•", "*"))
    )


def _checked_by_figure(claims: list[Claim]) -> dict[str, list[Claim]]:
    """The claims whose figure was recomputed, by the figure as printed, in text order."""
    found: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.verdict.checked:
            found.setdefault(claim.printed.text, []).append(claim)
    return found


def _repeated_in_the_headline(
    headline: Sentence,
    body_start: int,
    says: Bilingual,
    judged: set[int],
    checked: dict[str, list[Claim]],
    document: Document,
    text: str,
) -> Iterator[Claim]:
    """A title's (or an opening paragraph's) figure that the body says again (judged there), with the
    same word before it ("tăng 113%" in the title and in the body), or opening the title when the body
    judges that figure once ("91,2% số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"): judged as the
    body's claim is, its explanation saying so. ``judged``: the figures judged already, by their place in
    ``text``; ``checked``: the claims recomputed, by their figure (see :func:`_checked_by_figure`)."""
    line_start, line_end = document.original_span(headline.start, headline.end)
    body, _ = document.original_span(body_start, body_start)
    for figure in headline.figures:
        start, end = document.original_span(figure.start, figure.end)
        if start in judged:
            continue
        before = _word_before(text, start)
        if before is not None and ":" in text[before[1] : start]:
            before = None  # "Thành phố Ngã Bảy: 97,18% hộ đạt chuẩn …" (n1266): a place, then what it did
        said_again = [claim for claim in checked.get(text[start:end], ()) if claim.start >= body]
        # (a rate with decimals the body judges once is that rate, whatever word comes before it: "có 56,1%
        # trường đạt chuẩn quốc gia" in the title, "109/196 trường …, chiếm tỉ lệ 56,1%" in the body, n2003)
        precise = figure.kind == FigureKind.PERCENT and figure.decimals > 0 and len(said_again) == 1
        if before is None or precise:
            said_again = said_again if len(said_again) == 1 else []
            if not precise and sum(character.isdigit() for character in text[start:end]) < 2:
                # (not a one-digit count with no word before it: "… Quảng Ngãi: 6)" in an opening paragraph is
                # no "giảm 6 ngày" the body judges)
                said_again = []
        else:
            said_again = [
                claim
                for claim in said_again
                if (_word_before(text, claim.printed.start) or ("",))[0] == before[0]
                # "giảm 25,3%" in a heading, "giảm 454 vụ (25,3%)" in the body: the word, in the claim, before
                or re.search(
                    rf"(?<!\w){re.escape(before[0])}(?!\w)", text[claim.start : claim.printed.start].lower()
                )
            ]
        if not said_again:
            continue
        claim = said_again[0]
        said = Bilingual(f"{says.en}: “{claim.quote}”.", f"{says.vi}: “{claim.quote}”.")
        repeated = _said_where(claim, text[line_start:line_end], line_start, (start, end), said)
        if before is not None:
            repeated = dataclasses.replace(repeated, start=before[1])  # marked from the word before it
        if claim.verdict.alarm and claim.printed.role == Role.TOTAL:
            # the title says again a total the body's parts do not add up to: which of them is wrong is not
            # known — the total may be right — so the slip is flagged once, where the parts are (a rate said
            # again in the title is as wrong as in the body, and flagged in both)
            flagged = Bilingual(
                f" The figure is flagged where the text says it: {claim.message.en}",
                f" Số liệu này được đánh dấu ở chỗ văn bản nêu nó: {claim.message.vi}",
            )
            repeated = dataclasses.replace(
                repeated, verdict=Verdict.CONSISTENT, slip=None, correct=None, message=said + flagged
            )
        yield repeated


# the word before a figure, past "tỷ lệ" and "là": "đạt 90,7%" and "đạt tỉ lệ 90,7%" say it alike
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:\W+(?:tỷ lệ|tỉ lệ|là))?[^\w]*$")


def _word_before(text: str, at: int) -> tuple[str, int] | None:
    """The word right before offset ``at`` (lower case) and where it starts, if one is near."""
    window = max(0, at - 30)
    found = _WORD_BEFORE.search(text, window, at)
    if found is None or "\n" in text[found.end(1) : at]:
        return None
    return found.group(1).lower(), found.start(1)


def _whole_of_the_last_share(shares: list[Claim], figures: list[Figure]) -> tuple[Figure, str] | None:
    """The whole the sentence's last share was found to be of, with what its part counts; None when
    that share was not found consistent with one whole, or a slip of the hand away from it (a digit, the
    last one's rounding: "3989 người – Chiếm 61,7%" of 6.453, 61,8%, n492 — the whole is still the one)."""
    if not shares or not shares[-1].verdict.checked:
        return None
    if shares[-1].verdict.alarm and not (shares[-1].slip and shares[-1].slip.of_the_hand):
        return None
    if of_the_wholes_base(shares[-1]):
        return None  # of the base its whole's own rate was of: the whole is not what the shares are of
    numbers = {number.role: number for number in shares[-1].numbers}
    total, part = numbers.get(Role.TOTAL), numbers.get(Role.PART)
    whole = next((figure for figure in figures if total and figure.start == total.start), None)
    return None if whole is None or part is None else (whole, part.noun)


def _listed(bullets: BulletList, judged: set[int], document: Document, text: str) -> list[Claim]:
    """The claims of a finished bulleted list (its total's, and that of a total said with it), unless their
    totals were judged already."""
    found = []
    for claim in (bullets.claim(), bullets.paired_claim()):
        if claim is None or claim.printed.start in judged:
            continue
        judged.add(claim.printed.start)
        found.append(_to_original(claim, document, text))
    return found


def _sectioned(sections: Sections, judged: set[int], document: Document, text: str) -> list[Claim]:
    """The claims of finished sections, on totals not judged already."""
    found = []
    for claim in sections.claims(judged):
        judged.add(claim.printed.start)
        found.append(_to_original(claim, document, text))
    return found


def _tabled(
    table: CellTable, judged: set[int], document: Document, text: str, summed: set[int]
) -> list[Claim]:
    """The claims of a finished table, on indices not judged already; ``summed`` gathers the figures
    judged as the sum of the rows under them (a reading a grid may make better: see :func:`grid_claims`)."""
    found = []
    for claim in table.claims():
        if claim.printed.start not in judged:
            judged.add(claim.printed.start)
            if claim.template == "table_breakdown":
                summed.add(claim.printed.start)
            found.append(_to_original(claim, document, text))
    return found


def _to_original(claim: Claim, document: Document, text: str) -> Claim:
    """Move a claim's offsets from the working text back to the original text."""
    if document.text is text:
        return claim
    start, end = document.original_span(claim.start, claim.end)
    sentence_start, sentence_end = document.original_span(
        claim.sentence_start, claim.sentence_start + len(claim.sentence)
    )
    numbers = tuple(_number_to_original(number, document, text) for number in claim.numbers)
    return dataclasses.replace(
        claim,
        sentence=text[sentence_start:sentence_end],
        sentence_start=sentence_start,
        start=start,
        end=end,
        numbers=numbers,
    )


def _number_to_original(number: ClaimNumber, document: Document, text: str) -> ClaimNumber:
    start, end = document.original_span(number.start, number.end)
    return ClaimNumber(
        role=number.role,
        text=text[start:end],
        start=start,
        end=end,
        value=number.value,
        decimals=number.decimals,
        kind=number.kind,
        noun=number.noun,
        qualifier=number.qualifier,
    )


_VERDICT_WORDS = {
    Verdict.CONSISTENT: ("consistent", "khớp"),
    Verdict.CONSISTENT_BY_TRUNCATION: ("consistent by truncation", "khớp (làm tròn xuống)"),
    Verdict.INCONSISTENT: ("INCONSISTENT", "KHÔNG KHỚP"),
    Verdict.WORDING_CONTRADICTION: ("WORDING CONTRADICTS THE NUMBERS", "LỜI VĂN MÂU THUẪN SỐ LIỆU"),
    Verdict.AMBIGUOUS: ("ambiguous", "chưa rõ nghĩa"),
    Verdict.NOT_CHECKABLE: ("not checkable", "không kiểm tra được"),
}


def verdict_words(verdict: Verdict, lang: str = "vi") -> str:
    """A verdict as a reader would say it."""
    en, vi = _VERDICT_WORDS[verdict]
    return vi if language_of(lang) == "vi" else en


def confidence_words(claim: Claim, lang: str = "vi") -> str:
    """ " (độ tin cậy cao)": how far the verdict can be trusted, when something was recomputed."""
    confidence = claim.confidence
    if confidence is None:
        return ""
    if language_of(lang) == "en":
        return f" ({confidence.words('en')} confidence)"
    return f" (độ tin cậy {confidence.words('vi')})"


def render_text(report: CheckReport, lang: str = "vi") -> str:
    """The report as plain text: one paragraph per claim, then the coverage."""
    lines: list[str] = []
    for number, claim in enumerate(report.claims, start=1):
        lines.append(
            f"{number}. [{verdict_words(claim.verdict, lang)}{confidence_words(claim, lang)}] “{claim.quote}”"
        )
        lines.append(f"   {claim.explanation(lang)}")
    coverage = report.coverage
    alarms = sum(1 for claim in report.claims if claim.verdict.alarm)
    if language_of(lang) == "vi":
        lines.append(
            f"Đã đọc {coverage.sentences} câu, {coverage.numbers} số liệu; nhận diện "
            f"{coverage.claims_recognised} nhận định, kiểm tra được {coverage.claims_checked}; "
            f"{alarms} chỗ cần xem lại."
        )
    else:
        lines.append(
            f"Read {coverage.sentences} sentences and {coverage.numbers} numbers; recognised "
            f"{coverage.claims_recognised} claims, checked {coverage.claims_checked}; "
            f"{alarms} to look at again."
        )
    return "\n".join(lines)
