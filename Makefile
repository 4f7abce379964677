# The README's commands. `make demo` runs the system with demo data; `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: system-packages system-packages-test demo demo-reset test test-postgres check lint format typecheck bench bench-national install clean messages

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml chitieu/locale/vi/LC_MESSAGES/django.po
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "chitieu needs Python 3.11 or newer (found: $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m chitieu.locale.compile
	touch $(STAMP)

install: $(STAMP)

# The system packages (Pango and fonts for PDF; Chromium, poppler, nginx for the tests): installed
# with apt-get as root or with password-less sudo, else the one command that installs them.
system-packages:
	@deploy/system-packages run

system-packages-test:
	@deploy/system-packages test

# Re-extract the translatable strings (needs GNU gettext), then compile them with Babel.
messages: $(STAMP)
	CHITIEU_DEBUG=1 $(BIN)/chitieu makemessages -l vi --ignore=.venv --ignore=tests --ignore=var
	$(BIN)/python -m chitieu.locale.compile

# Development server on the embedded SQLite database (var/chitieu.sqlite3), with the demo data.
demo: system-packages $(STAMP)
	@mkdir -p var && test -s var/secret_key || (umask 077 && $(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key)
	CHITIEU_DEBUG=1 $(BIN)/chitieu migrate --verbosity 0
	CHITIEU_DEBUG=1 $(BIN)/chitieu demo-data --if-empty
	@echo ""
	@echo "chitieu chạy tại http://$(HOST):$(PORT)/  —  đăng nhập: so.duyet (hoặc admin, so.baocao, bennghe.baocao…) / chitieu-demo"
	@echo "  năm 2022 của Sở (bài báo):  http://$(HOST):$(PORT)/u/SO-LDTBXH/2022/?as_of=14/12/2022"
	@echo "  năm 2023 đến tháng 6:        http://$(HOST):$(PORT)/u/SO-LDTBXH/2023/?as_of=20/06/2023"
	@echo "  năm nay, hôm nay:            http://$(HOST):$(PORT)/u/SO-LDTBXH/$$(date +%Y)/"
	@echo "  quản trị:                    http://$(HOST):$(PORT)/admin/  (admin / chitieu-demo)"
	@echo "Thử: $(BIN)/chitieu scorecard --unit SO-LDTBXH --year 2022 --as-of 2022-12-14"
	@echo "Số liệu demo là số liệu minh họa (illustrative numbers), không phải số liệu thật."
	@echo ""
	@# the worker that writes PDF reports runs beside the server, and stops with it
	CHITIEU_DEBUG=1 $(BIN)/chitieu db_worker --no-reload --interval 1 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	CHITIEU_DEBUG=1 $(BIN)/chitieu runserver $(HOST):$(PORT)

demo-reset:
	rm -f var/chitieu.sqlite3 var/chitieu.sqlite3-wal var/chitieu.sqlite3-shm

# The whole suite on SQLite (or on the database DATABASE_URL names).
test: system-packages-test $(STAMP)
	CHITIEU_DEBUG=1 $(BIN)/python -m pytest

# The whole suite on PostgreSQL (a server on 127.0.0.1:5432 that trusts user postgres).
test-postgres: system-packages-test $(STAMP)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/chitieu} CHITIEU_DEBUG=1 $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check chitieu tests bench
	$(BIN)/ruff format --check chitieu tests bench

format: $(STAMP)
	$(BIN)/ruff format chitieu tests
	$(BIN)/ruff check --fix chitieu tests

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck $(STAMP)
	CHITIEU_DEBUG=1 $(BIN)/chitieu makemigrations --check --dry-run
	$(MAKE) test

bench: $(STAMP)
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.reports
	$(BIN)/python -m bench.web
	$(BIN)/python -m bench.imports
	$(BIN)/python -m bench.api
	$(BIN)/python -m chitieu.checker.measure

# A country on PostgreSQL (not in CI): 10.000 wards, 48 M values; about 15 GB and 15–25 minutes the first time.
bench-national: $(STAMP)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/chitieu_national} $(BIN)/python -m bench.national

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis
