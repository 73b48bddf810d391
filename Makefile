# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# `make run` installs what the app needs and no more; `make test` adds the test extra on top.
RUN_STAMP := $(VENV)/.run-stamp
TEST_STAMP := $(VENV)/.test-stamp

.PHONY: run test test-lowest-qt bench screenshots install-desktop uninstall-desktop bundle bundle-check clean

run: $(RUN_STAMP)
	$(BIN)/python main.py

test: $(TEST_STAMP)
	$(BIN)/ruff check gui tests main.py
	$(BIN)/ruff format --check gui tests main.py
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The suite again on the lowest PySide6 that pyproject.toml allows (make test gets the newest),
# in a venv of its own inside .venv.
LOWEST_QT := $(shell sed -n 's/.*"PySide6-Essentials>=\([0-9.]*\).*/\1/p' pyproject.toml)
LOWEST := $(VENV)/lowest-qt
test-lowest-qt: $(BIN)/python
	test -x $(LOWEST)/bin/python || $(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --upgrade pip
	$(LOWEST)/bin/python -m pip install --quiet -e '.[test]' 'PySide6-Essentials==$(LOWEST_QT)'
	$(LOWEST)/bin/python -c 'import PySide6; print("PySide6", PySide6.__version__)'
	QT_QPA_PLATFORM=offscreen $(LOWEST)/bin/python -m pytest -m "not soak"

# Figures against a bare PySide6 window and a bare proxy, measured in the same run; then every
# hostile text pattern at 0.25–2 MB through the loader, and the extractor's worst cases, each
# against 2 MB of ordinary news. Not tests: they print tables to read.
bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench.py
	$(BIN)/python tests/benchmarks/bench_hostile.py
	$(BIN)/python tests/benchmarks/bench_extractor.py

# README pictures from a real X window under Xvfb (Debian: xvfb), not the offscreen plugin.
# Each runs with its own empty settings, so the pictures show defaults, not this machine's choices.
XVFB_SHOT := QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python main.py
screenshots: $(RUN_STAMP)
	mkdir -p docs
	for tab in article quotes countdown; do \
		config=$$(mktemp -d) && XDG_CONFIG_HOME=$$config $(XVFB_SHOT) --tab $$tab --screenshot docs/$$tab.png || exit 1; \
	done
	for theme in sepia dark; do \
		config=$$(mktemp -d) && mkdir -p $$config/Reckoning && printf '[article]\ntheme=%s\n' $$theme > $$config/Reckoning/Reckoning.conf && \
		XDG_CONFIG_HOME=$$config $(XVFB_SHOT) --tab article --screenshot docs/article-$$theme.png || exit 1; \
	done

# The app in this user's application menu (freedesktop.org desktops), running this checkout's
# .venv: `reckoning --install-desktop` does it, and does the same for a pip or pipx install.
# `make clean` takes the entry out again if it runs the .venv it deletes.
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
APP_ID := app.reckoning_reader.Reckoning
install-desktop: $(RUN_STAMP)
	$(BIN)/reckoning --install-desktop

uninstall-desktop: $(RUN_STAMP)
	$(BIN)/reckoning --uninstall-desktop

# A one-folder desktop bundle in dist/reckoning/, made by PyInstaller (README › Packaging says why):
# the story's data, and the data files trafilatura and its helpers read at run time, go with it.
BUNDLE_STAMP := $(VENV)/.bundle-stamp
BUNDLE_DATA := trafilatura justext htmldate courlan
bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --name reckoning \
		--distpath dist --workpath build/pyinstaller --specpath build/pyinstaller \
		--add-data '$(abspath resources):resources' --hidden-import resources --collect-submodules gui \
		$(foreach package,$(BUNDLE_DATA),--collect-data $(package)) --exclude-module tkinter \
		main.py
	@du -sh dist/reckoning

# The bundle, moved elsewhere, runs; opens a saved web page; shows its window under Xvfb and exits 0.
bundle-check: bundle $(TEST_STAMP)
	RECKONING_BUNDLE=$(abspath dist/reckoning/reckoning) $(BIN)/python -m pytest -p no:cacheprovider tests/app/test_packaging_bundle.py

$(BUNDLE_STAMP): pyproject.toml $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $(BUNDLE_STAMP)

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Reckoning needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	@# Before it was reckoning-reader the distribution was called reckoning: a .venv from then keeps it.
	$(BIN)/python -m pip uninstall --quiet --yes reckoning 2>/dev/null || true
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(TEST_STAMP): pyproject.toml $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

clean:
	-grep -qsF '$(abspath $(BIN))/' $(DATA_HOME)/applications/$(APP_ID).desktop && $(BIN)/reckoning --uninstall-desktop
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
