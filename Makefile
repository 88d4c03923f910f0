# Quick start:  make run   (start the reference lesson)   |   make test   (lint, then the whole suite)
SWIFT ?= swift
BIN := .build/debug/pgcoach
LESSON ?= final-production-incident
# What swift-format keeps in the style of .swift-format (make format rewrites, make lint checks).
FORMATTED := Package.swift Sources Tests

.PHONY: deps build template run lint format test bench clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build
	@$(MAKE) --no-print-directory template

# initdb once per machine, at build time, like a container image: the first lesson start then
# copies the cached template instead of running initdb. Lazy as well: a start that finds no
# template builds it itself, no slower than before.
template:
	@echo 'select 1;' | $(BIN) connect > /dev/null && echo "sandbox template ready"

run: build
	$(BIN) start $(LESSON)

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMATTED)

format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMATTED)

# Warnings are errors in debug builds (Package.swift), so the test build has none; a target that
# imports another without declaring it is an error too.
test: deps lint
	@PGCOACH_WITH_TEST_TOOLS=1 scripts/install-deps.sh
	$(SWIFT) build --build-tests --explicit-target-dependency-import-check error
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release
	scripts/bench --pgcoach .build/release/pgcoach

clean:
	rm -rf .build
