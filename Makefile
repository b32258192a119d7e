# Credit Desk — the two commands a newcomer needs are `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

# Debian packages: python3-venv (Debian's python3 cannot make the .venv without it), fonts for letters and the
# Chinese UI, poppler for PDF checks, Qt's runtime libraries.
TEST_DEBS := python3-venv fonts-arphic-uming fonts-noto-cjk fontconfig poppler-utils libegl1 libgl1 libxkbcommon0 \
             libfontconfig1 libdbus-1-3
RUN_DEBS := $(TEST_DEBS) libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
            libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1

# make dist / dist-test: Debian packaging tools, dpkg-shlibdeps (Depends), Xvfb for the installed GUI's screenshot.
DIST_DEBS := $(RUN_DEBS) dpkg-dev binutils desktop-file-utils xvfb x11-utils xauth
DIST_STAMP := $(VENV)/.dist-stamp

TS := resources/i18n/credit_desk_zh_CN.ts
QM := resources/i18n/credit_desk_zh_CN.qm

.PHONY: run test bench lint sysdeps-test sysdeps-run sysdeps-dist clean schema i18n translations dist dist-test

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

## translations: the .qm the app loads, compiled from the committed .ts with the venv's lrelease.
$(QM): $(TS) $(STAMP)
	$(BIN)/python packaging/i18n.py compile

translations: $(QM)

## make i18n: re-extract the UI strings into the .ts (then translate what is unfinished).
i18n: $(STAMP)
	$(BIN)/python packaging/i18n.py update

define install_debs
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

sysdeps-test:
	$(call install_debs,$(TEST_DEBS))

sysdeps-run:
	$(call install_debs,$(RUN_DEBS))

sysdeps-dist:
	$(call install_debs,$(DIST_DEBS))

$(DIST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,dist]'
	touch $(DIST_STAMP)

## make run: install what is missing and start Credit Desk on the embedded SQLite database.
run: sysdeps-run $(STAMP) translations
	$(BIN)/credit-desk

## make test: install what the tests need and run the whole suite headless, then ruff.
test: sysdeps-test $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests --ignore=tests/bench
	$(BIN)/ruff check credit_desk tests packaging

## make bench: benchmarks (not part of make test); results go to docs/benchmarks.md.
bench: sysdeps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/run_benchmarks.py --out docs/benchmarks.md

## make dist: the one-folder app (PyInstaller, build.spec) and dist/<appid>_<version>_<arch>.deb (统信UOS layout).
dist: sysdeps-dist $(DIST_STAMP) translations
	rm -rf build/dist dist/*.deb
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/pyinstaller build.spec
	$(BIN)/python packaging/linux/build_deb.py --app build/dist/credit-desk --out dist

## make dist-test: install the .deb here (root), installed --self-test, GUI screenshot, upgrade keeps data, remove.
dist-test: sysdeps-dist $(DIST_STAMP)
	@ls dist/*.deb >/dev/null 2>&1 || $(MAKE) dist
	$(BIN)/python packaging/linux/dist_test.py

lint: $(STAMP)
	$(BIN)/ruff check credit_desk tests packaging

## make schema: regenerate resources/schema/case-1.schema.json from the case model.
schema: $(STAMP)
	$(BIN)/python -m credit_desk.domain.case_file > resources/schema/case-1.schema.json

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
