"""``python -m bench.api``: one bulk write of 10.000 values through the API, timed.

A throwaway SQLite database under var/bench-api/ (made anew each run): a district with 100 wards,
100 indicators planned for one year, and a reporter of the district. The request is one POST
/api/v1/datavalues of 100 wards × 100 indicators for one month, all new values, sent with a
bearer token through Django's test Client (no network). Goal: under 5 s. A benchmark, not a test:
a missed goal is printed, not failed.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "var" / "bench-api"
GOAL_SECONDS = 5.0
YEAR = 2099  # no deadline has passed
WARDS = INDICATORS = int(os.environ.get("BENCH_API_SIDE", "100"))


def main() -> int:
    shutil.rmtree(ROOT, ignore_errors=True)
    ROOT.mkdir(parents=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{ROOT / 'bench.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "chitieu.settings"
    os.environ.setdefault("CHITIEU_SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ.setdefault("CHITIEU_ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("CHITIEU_LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from chitieu.apitokens.models import ApiToken
    from chitieu.orgunits.models import Role, UnitKind, UnitRole
    from chitieu.orgunits.services import create_unit
    from chitieu.planning.models import Indicator, IndicatorGroup, Target

    call_command("migrate", verbosity=0)
    district = create_unit(code="D", name="Quận", kind=UnitKind.DISTRICT)
    wards = [create_unit(code=f"W{n:03}", name=f"Phường {n}", parent=district) for n in range(WARDS)]
    group = IndicatorGroup.objects.create(code="G", name="Nhóm")
    indicators = Indicator.objects.bulk_create(
        Indicator(code=f"I{n:03}", name=f"Chỉ tiêu {n}", group=group, unit_of_measure="người")
        for n in range(INDICATORS)
    )
    Target.objects.bulk_create(  # every ward is given every indicator: a ward enters its own targets
        Target(indicator=indicator, unit=unit, year=YEAR, target=1000)
        for unit in (district, *wards)
        for indicator in indicators
    )
    user = get_user_model().objects.create_user("bench", "bench@example.invalid", "x-long-password-1")
    UnitRole.objects.create(user=user, unit=district, role=Role.REPORTER)
    _token, secret = ApiToken.issue(user=user, name="bench")
    values = [
        {"indicator": ind.code, "unit": ward.code, "period": f"{YEAR}M01", "value": str(n), "version": None}
        for n, (ward, ind) in enumerate((w, i) for w in wards for i in indicators)
    ]
    body = json.dumps({"values": values, "reason": "bench"})

    client = Client()
    started = time.perf_counter()
    response = client.post(
        "/api/v1/datavalues",
        data=body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        print(f"FAILED: {response.status_code} {response.content[:500]!r}")
        return 1
    count = response.json()["count"]
    verdict = "ok" if elapsed < GOAL_SECONDS else "MISSED"
    print(
        f"bulk upsert via API: {count} values in one request ({len(body) / 1e6:.1f} MB): {elapsed:.2f} s "
        f"(goal < {GOAL_SECONDS:.0f} s: {verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
