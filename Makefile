# mtaudit — `make demo` audits seeds/ into reports/, `make test` runs the test suite.
# Both set up .venv first (`make install`): Python packages from PyPI, torch pinned to 2.13.0
# (on the project's machines pip finds a local CPU build of that version; elsewhere pass
# TORCH_INDEX=<an index that serves CPU wheels> to install from it), and — when run as root on Debian — the optional system engines (Grammalecte, hunspell,
# Apertium). Everything still runs without the system engines; the reports say what ran.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
TORCH  ?= torch==2.13.0
TORCH_INDEX ?=
SYSTEM_PACKAGES := python3-grammalecte hunspell-fr apertium apertium-fr-es apertium-eng-spa apertium-eng-cat apertium-fra-cat wordnet-base lttoolbox-dev dict-freedict-eng-fra dict-freedict-fra-eng dict-freedict-eng-deu dict-freedict-deu-fra dict-gcide dict-freedict-fra-deu dict-freedict-fra-ita dict-freedict-fra-spa dict-freedict-fra-por debian-reference-fr debian-faq-fr developers-reference-fr

LOCALES := $(wildcard mtaudit/locale/*/LC_MESSAGES/mtaudit.po)

.PHONY: install editable bytecode system-deps demo test bench clean help messages

help:
	@echo "make demo     set up, then audit seeds/ into reports/ and print the summary"
	@echo "make test     set up, then run the test suite"
	@echo "make install  set up .venv (and system engines when root on Debian)"
	@echo "make bench    run the benchmarks in bench/ (on demand)"

install: $(VENV)/.installed editable $(LOCALES:.po=.mo) system-deps bytecode

# the environment's mtaudit must be this checkout's: an environment reused from another folder (a moved
# clone, a git worktree) would run that folder's code, or none. Where the environment finds the package,
# without running it; -I: not this folder's files by way of the current directory
editable: $(VENV)/.installed
	@$(BIN)/python -I -c "import sys, pathlib, importlib.util as u; \
	sys.exit(pathlib.Path(u.find_spec('mtaudit').origin).resolve().parents[1] != pathlib.Path(sys.argv[1]).resolve())" \
	  "$(CURDIR)" 2>/dev/null || { echo "linking $(VENV) to this checkout ($(CURDIR))"; \
	  $(BIN)/python -m pip install --quiet --no-deps -e .; }

# an editable install has no bytecode until Python writes it, and Python never does when
# PYTHONDONTWRITEBYTECODE is set: compiled here once (a fresh process then starts ~0.4 s sooner)
bytecode: $(VENV)/.installed
	@$(BIN)/python -m compileall -q mtaudit

# message catalogues: compiled at install time with mtaudit's own Babel compile (mtaudit/i18n.py, which
# also compiles a missing one in memory). Not `pybabel compile`: its printf check reads rule docs that
# mention %s or "30 %" as format strings and refuses them; mtaudit's messages use {named} fields.
mtaudit/locale/%/LC_MESSAGES/mtaudit.mo: mtaudit/locale/%/LC_MESSAGES/mtaudit.po $(VENV)/.installed
	$(BIN)/python -c "import sys; from pathlib import Path; from mtaudit.i18n import compile_po; \
	Path(sys.argv[2]).write_bytes(compile_po(Path(sys.argv[1])).read())" $< $@

# after changing user-facing strings: refresh the template and the catalogues, then translate the new entries
messages: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output --omit-header -w 100 -o mtaudit/locale/mtaudit.pot .
	$(BIN)/pybabel update -D mtaudit -d mtaudit/locale -i mtaudit/locale/mtaudit.pot -w 100 --no-fuzzy-matching --ignore-obsolete

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet $(if $(TORCH_INDEX),--extra-index-url $(TORCH_INDEX)) "$(TORCH)"
	$(BIN)/python -m pip install --quiet -e ".[all]"
	@touch $@

system-deps:
	@if [ -f $(VENV)/.system-deps ]; then exit 0; fi; \
	missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then touch $(VENV)/.system-deps; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing system engines:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	    && touch $(VENV)/.system-deps || echo "warning: could not install$$missing; mtaudit runs without them"; \
	else \
	  echo "Optional system engines missing:$$missing"; \
	  echo "  On Debian/Ubuntu: sudo apt-get install$$missing"; \
	  echo "  mtaudit runs without them (fallback engines); reports say which engine ran."; \
	fi

demo: install
	@# exit 1 means an article crossed the gate (seeds 002 and 004 fail, as meant; 001 goes to review); 2 is a real error
	$(BIN)/mtaudit audit seeds --out reports --roundtrip auto --force || [ $$? -eq 1 ]

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/audit_speed.py
	$(BIN)/python bench/serve_load.py

clean:
	@# everything mtaudit wrote into reports/, but not the tracked reports/README.md
	find reports -mindepth 1 -maxdepth 1 ! -name README.md ! -name .gitkeep -exec rm -rf {} +
	rm -rf .pytest_cache
