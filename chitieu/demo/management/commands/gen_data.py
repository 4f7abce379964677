"""``chitieu gen-data``: build a synthetic province for benchmarks and load tests."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.core.numbers import format_number
from chitieu.demo.synthetic import ProvinceSpec, SyntheticDataError, build_province


class Command(BaseCommand):
    help = (
        "Build a synthetic province (a city, its districts and wards, indicators, targets and monthly "
        "values), the same for the same seed. A benchmark fixture: never next to real figures."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--units",
            type=int,
            required=True,
            help="units in all, e.g. 220 = 1 city + 20 districts + 199 wards",
        )
        parser.add_argument("--indicators", type=int, required=True)
        parser.add_argument("--years", type=int, default=1)
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--start-year", type=int, default=2022)
        parser.add_argument("--prefix", default="SYN", help="first part of every code (default SYN)")
        parser.add_argument(
            "--force-into-existing",
            action="store_true",
            help="build even though the database already has units",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        spec = ProvinceSpec(
            units=options["units"],
            indicators=options["indicators"],
            years=options["years"],
            seed=options["seed"],
            start_year=options["start_year"],
            prefix=options["prefix"],
        )
        started = time.perf_counter()
        try:
            province = build_province(spec, into_existing=options["force_into_existing"])
        except SyntheticDataError as error:
            raise CommandError(f"{error} ({error.message('vi')})") from error
        seconds = time.perf_counter() - started

        def n(value: int) -> str:
            return format_number(value, 0)

        years = "–".join(str(y) for y in sorted({province.years[0], province.years[-1]}))
        self.stdout.write(
            self.style.SUCCESS(f"Đã tạo tỉnh tổng hợp (synthetic province), seed {spec.seed}, năm {years}:")
        )
        shown_seconds = format_number(Decimal(f"{seconds:.1f}"), 1)
        self.stdout.write(
            f"  {n(province.units)} đơn vị (1 thành phố, {n(province.districts)} quận, "
            f"{n(province.wards)} phường)\n"
            f"  {n(province.indicators)} chỉ tiêu, {n(province.targets)} chỉ tiêu giao (targets), "
            f"{n(province.values)} số liệu tháng (monthly values)\n"
            f"  thành phố: {province.city.code} — {shown_seconds} giây (seconds)"
        )
