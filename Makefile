# Checkpoint Desk: `make run` starts the app on a demo case file, `make test` runs every test.
# Both create .venv and install what they need, Debian packages included when run as root.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast check gates format sysdeps lint typecheck bench screenshots installers clean translations translations-update

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

sysdeps:
	@bash scripts/sysdeps.sh

run: sysdeps $(STAMP) translations
	$(BIN)/checkpoint-desk gui

test: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The edit loop: everything but the tests marked slow (installers, Xvfb, PostgreSQL, big stores).
test-fast: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -q

# The habits as gates (CI runs `make gates` then `make test`; `make check` is both).
gates: sysdeps lint typecheck
	$(BIN)/ruff format --check desktop tests benchmarks scripts

check: gates test

format: $(STAMP)
	$(BIN)/ruff format desktop tests benchmarks scripts
	$(BIN)/ruff check --fix desktop tests benchmarks scripts

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks scripts

typecheck: $(STAMP)
	$(BIN)/mypy desktop/domain desktop/storage desktop/services
	$(BIN)/mypy desktop/ui desktop/app desktop/cli

bench: sysdeps $(STAMP)
	@for b in benchmarks/*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

screenshots: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py --out docs/screenshots

# Translations: the Qt Linguist sources resources/translations/checkpoint_{en,cy}.ts are kept in git (without
# line numbers, so parallel edits merge); `make translations` compiles them into .qm next to them (not in git; the
# installers bundle them with resources/). `make translations-update` re-extracts every tr() string from desktop/.
# Welsh strings marked unfinished (not yet reviewed) are left out of the .qm, so the GUI shows the English instead.
TS_DIR := resources/translations

translations: $(STAMP)
	$(BIN)/pyside6-lrelease -nounfinished $(TS_DIR)/checkpoint_en.ts $(TS_DIR)/checkpoint_cy.ts

translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -source-language en -target-language en $$(find desktop -name '*.py' | sort) -ts $(TS_DIR)/checkpoint_en.ts
	$(BIN)/pyside6-lupdate -locations none -source-language en -target-language cy $$(find desktop -name '*.py' | sort) -ts $(TS_DIR)/checkpoint_cy.ts

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Installers: the PyInstaller one-folder build in dist/checkpoint-desk, then this platform's package in dist/
# (.deb on Linux, .dmg on macOS; Windows builds in CI, see docs/install.md). DEB_COMPRESSION=zstd packs the .deb
# in seconds instead of minutes (dpkg >= 1.21.18 installs it); DEB_GPG_KEY signs it.
INSTALLERS_STAMP := $(VENV)/.installers-extra

$(INSTALLERS_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,installers]'
	@touch $(INSTALLERS_STAMP)

installers: sysdeps $(INSTALLERS_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installers/checkpoint-desk.spec
	@if [ "$$(uname -s)" = Darwin ]; then bash installers/macos/build_dmg.sh; \
	else PYTHON=$(BIN)/python bash installers/linux/build_deb.sh; fi
