"""The environment a server starts with: the settings .env.example recommends, nothing of the test run's."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def env_example() -> dict[str, str]:
    """The variables .env.example sets, as a production machine would have them."""
    values = {}
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def production_env() -> dict[str, str]:
    """This process's environment less chitieu's, Django's and the database's, plus .env.example's."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CHITIEU_", "DJANGO_")) and k != "DATABASE_URL"
    }
    return {**env, **env_example()}
