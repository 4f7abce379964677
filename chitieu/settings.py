"""One settings module, driven by environment variables (documented in .env.example).

Defaults are safe for production: DEBUG is off, and without CHITIEU_SECRET_KEY the server
refuses to start unless CHITIEU_DEBUG=1. The database is an embedded SQLite file in WAL mode
unless DATABASE_URL points at PostgreSQL.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("CHITIEU_DEBUG")

# The secret key: CHITIEU_SECRET_KEY, or the file CHITIEU_SECRET_KEY_FILE names (var/secret_key by
# default; `make demo` writes one, readable by its owner only, so that the chitieu commands run in
# any shell of that machine). Without either, only a development machine (CHITIEU_DEBUG=1) starts.
SECRET_KEY_FILE = Path(os.environ.get("CHITIEU_SECRET_KEY_FILE") or BASE_DIR / "var" / "secret_key")
SECRET_KEY = os.environ.get("CHITIEU_SECRET_KEY", "")
if not SECRET_KEY and SECRET_KEY_FILE.is_file():
    SECRET_KEY = SECRET_KEY_FILE.read_text(encoding="utf-8").strip()
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            f"CHITIEU_SECRET_KEY is not set and there is no key file {SECRET_KEY_FILE}. Set it (see "
            ".env.example), or set CHITIEU_DEBUG=1 for a development machine."
        )
    SECRET_KEY = "development-only-key-not-for-production"  # noqa: S105 - used only with DEBUG

ALLOWED_HOSTS = env_list("CHITIEU_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CHITIEU_CSRF_TRUSTED_ORIGINS")


def database_from_url(url: str) -> dict[str, object]:
    """A Django DATABASES entry from ``sqlite:///path`` or ``postgres://user:pw@host:port/name``."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        # sqlite:///relative/file or sqlite:////absolute/file, as dj-database-url reads them
        name = unquote(parsed.path)[1:]
        return _sqlite(Path(name) if name else BASE_DIR / "var" / "chitieu.sqlite3")
    if parsed.scheme in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": int(os.environ.get("CHITIEU_CONN_MAX_AGE", "60")),
            "CONN_HEALTH_CHECKS": True,
        }
    raise ImproperlyConfigured(f"DATABASE_URL scheme {parsed.scheme!r} is not supported (sqlite, postgres).")


def _sqlite(path: Path) -> dict[str, object]:
    path.parent.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": path,
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
            "transaction_mode": "IMMEDIATE",
        },
        # Tests run on a file too, as the embedded default does (an in-memory database shared
        # between threads reports "table is locked" where a file waits its turn): one per process.
        "TEST": {"NAME": str(Path(tempfile.gettempdir()) / f"chitieu-test-{os.getpid()}.sqlite3")},
    }


DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "var" / "chitieu.sqlite3"))
    )
}
# Read replicas (PostgreSQL streaming replicas of the default database): CHITIEU_REPLICA_URLS,
# comma-separated, adds the databases replica1, replica2, … and the router that sends reads there
# (see chitieu/replicas.py). Whoever wrote reads from the primary for CHITIEU_REPLICA_PIN_SECONDS
# after, which should exceed the replicas' usual lag. In tests the replicas mirror the default.
_replica_urls = env_list("CHITIEU_REPLICA_URLS")  # lower case: not a setting (URLs hold passwords)
for _number, _url in enumerate(_replica_urls, start=1):
    DATABASES[f"replica{_number}"] = {**database_from_url(_url), "TEST": {"MIRROR": "default"}}
DATABASE_ROUTERS = ["chitieu.replicas.ReplicaRouter"] if _replica_urls else []
# The development server answers each request on a new thread: a connection kept open per thread
# is never reused, and PostgreSQL soon runs out of connections. Only long-lived workers keep them.
if sys.argv[1:2] == ["runserver"]:
    for _database in DATABASES.values():
        _database["CONN_MAX_AGE"] = 0
REPLICA_PIN_SECONDS = int(os.environ.get("CHITIEU_REPLICA_PIN_SECONDS", "10"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "chitieu.orgunits",
    "chitieu.planning",
    "chitieu.monitoring",
    "chitieu.reporting",
    "chitieu.web",
    "chitieu.verification",
    "chitieu.imports",
    "chitieu.apitokens",
    "chitieu.dhis2",
    "chitieu.demo",
    "ninja",  # the API docs page, served from ninja's own static files (no CDN)
    "axes",  # login throttling, on every login form (the pages' and the admin's)
    "django_tasks",
    "django_tasks_db",  # the queue of long work (PDF reports), in the database: `chitieu db_worker`
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",  # last: it answers a locked-out login
]
if _replica_urls:
    # Outside the session middleware, so that a session saved on the way out counts as a write.
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
        "chitieu.replicas.PinAfterWriteMiddleware",
    )

ROOT_URLCONF = "chitieu.urls"
WSGI_APPLICATION = "chitieu.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "chitieu" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "chitieu.web.context.menu",
            ],
        },
    },
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "chitieu" / "locale"]
USE_I18N = True
TIME_ZONE = os.environ.get("CHITIEU_TIME_ZONE", "Asia/Ho_Chi_Minh")
USE_TZ = True

LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/login/"
STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("CHITIEU_STATIC_ROOT", BASE_DIR / "var" / "static"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sessions expire; cookies are HTTPS-only unless running in development.
SESSION_COOKIE_AGE = int(os.environ.get("CHITIEU_SESSION_SECONDS", str(8 * 3600)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SECURE = env_bool("CHITIEU_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("CHITIEU_UPLOAD_MAX_BYTES", str(10 * 1024 * 1024)))
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE

# The cache holds pages' figures under the data version (see chitieu/monitoring/versions.py). The
# default (memory of one process) is right for one process; with several workers, point it at a
# shared cache, e.g. CHITIEU_CACHE_BACKEND=django.core.cache.backends.redis.RedisCache and
# CHITIEU_CACHE_LOCATION=redis://127.0.0.1:6379/1, or a file-based cache on one machine.
CACHES = {
    "default": {
        "BACKEND": os.environ.get("CHITIEU_CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache"),
        "LOCATION": os.environ.get("CHITIEU_CACHE_LOCATION", "chitieu"),
    }
}

# Login throttling (django-axes, failures kept in the database, so shared by every worker): after
# this many failed logins for one user name from one client address — on the login page or the
# admin's — that pair is locked out for this many minutes, even with the right password. Another
# address can still log in as that user, so nobody can lock out somebody else.
LOGIN_MAX_FAILURES = int(os.environ.get("CHITIEU_LOGIN_MAX_FAILURES", "5"))
LOGIN_LOCK_MINUTES = int(os.environ.get("CHITIEU_LOGIN_LOCK_MINUTES", "15"))
# The reverse proxies in front of chitieu (addresses or networks, comma-separated): behind them the
# client address is read from X-Forwarded-For (chitieu/web/addresses.py). Empty: no proxy trusted.
TRUSTED_PROXIES = env_list("CHITIEU_TRUSTED_PROXIES")
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = LOGIN_MAX_FAILURES
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCK_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "chitieu.web.addresses.client_address"
AXES_LOCKOUT_CALLABLE = "chitieu.web.views.home.locked_out"
AXES_VERBOSE = False

# HTTPS: behind a proxy that terminates TLS, set CHITIEU_SECURE_PROXY_HEADER=1 (the proxy sends
# X-Forwarded-Proto), CHITIEU_SSL_REDIRECT=1 and CHITIEU_HSTS_SECONDS (e.g. 31536000) once HTTPS
# works for the host and every subdomain (CHITIEU_HSTS_SUBDOMAINS, CHITIEU_HSTS_PRELOAD).
if env_bool("CHITIEU_SECURE_PROXY_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("CHITIEU_SSL_REDIRECT")
SECURE_HSTS_SECONDS = int(os.environ.get("CHITIEU_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("CHITIEU_HSTS_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_bool("CHITIEU_HSTS_PRELOAD")

# Content Security Policy: pages load scripts, styles, images and fonts from chitieu itself only
# (no CDN: intranets have no internet); no inline scripts, no <style> elements (style attributes
# are allowed: tables' column widths and the admin's own widgets use them); no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Long work runs on a queue kept in the database (django-tasks): the pages enqueue it and answer
# at once; `chitieu db_worker` (started by `make demo`, a systemd unit in production) does it.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Report files, kept under the data version so that a report is written once per change of its data.
REPORT_DIR = Path(os.environ.get("CHITIEU_REPORT_DIR") or BASE_DIR / "var" / "reports")
# A confirmed import of this many values or more is applied by the worker, not in the request.
IMPORT_QUEUE_ROWS = int(os.environ.get("CHITIEU_IMPORT_QUEUE_ROWS", "1000"))

# DHIS2 exchange: a JSON file mapping DHIS2 ids to chitieu codes (see chitieu/dhis2/mapping.py);
# empty means identity by code.
DHIS2_MAPPING_FILE = os.environ.get("CHITIEU_DHIS2_MAPPING", "")

EMAIL_BACKEND = os.environ.get("CHITIEU_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("CHITIEU_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("CHITIEU_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("CHITIEU_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("CHITIEU_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("CHITIEU_EMAIL_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("CHITIEU_FROM_EMAIL", "chitieu@localhost")
# The address people open chitieu at, for the links in its e-mails (https://chitieu.example.gov.vn).
SITE_URL = os.environ.get("CHITIEU_SITE_URL", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"chitieu": {"handlers": ["console"], "level": os.environ.get("CHITIEU_LOG_LEVEL", "INFO")}},
}
