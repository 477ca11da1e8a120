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
SUB_PATH ?= /renkei/
APT_PACKAGES := chromium chromium-driver fonts-noto-cjk poppler-utils python3-openpyxl libreoffice-calc-nogui

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

setup: setup-build setup-test

setup-build:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -q "$(TRUNK_VERSION)" || cargo install --locked trunk --version $(TRUNK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -q "$(WBG_VERSION)" || cargo install wasm-bindgen-cli --version $(WBG_VERSION)
	@[ -f e2e/node_modules/.package-lock.json ] && [ e2e/node_modules/.package-lock.json -nt e2e/package-lock.json ] \
		|| (cd e2e && npm ci --no-audit --no-fund)
	@wasm-opt --version | grep -q "version $(BINARYEN_VERSION)" || { echo "wasm-opt $(BINARYEN_VERSION) missing"; exit 1; }
	@cargo fetch --quiet
	@# Release builds draw their first view in headless Chromium (e2e/prerender.mjs).
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get install -y --no-install-recommends $(APT_PACKAGES) \
		|| { $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends $(APT_PACKAGES); }; }

# Browser tests and the benchmark need nothing beyond what a release build needs.
setup-test: setup-build

## --- build and serve ------------------------------------------------------

serve: setup-build
	@echo "renkei: http://127.0.0.1:8080/"
	trunk serve --offline --address 127.0.0.1 --port 8080

dist: setup-build
	trunk build --offline --release --public-url "$(PUBLIC_URL)" --dist dist

# The same release build under a sub-path, as on a GitHub Pages project site.
dist-sub: setup-build
	trunk build --offline --release --public-url "$(SUB_PATH)" --dist target/dist-sub

## --- tests ----------------------------------------------------------------

lint: setup-build
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

unit: setup-build
	cargo test

web: setup
	cargo test --target wasm32-unknown-unknown --test 'web_*'

e2e: setup
	$(MAKE) dist PUBLIC_URL=/
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
