# Quick start:  make run   (start the reference lesson)   |   make test   (the whole suite)
SWIFT ?= swift
BIN := .build/debug/pgcoach
LESSON ?= final-production-incident

.PHONY: deps build run test bench clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

run: build
	$(BIN) start $(LESSON)

test: deps
	@PGCOACH_WITH_TEST_TOOLS=1 scripts/install-deps.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release
	scripts/bench --pgcoach .build/release/pgcoach

clean:
	rm -rf .build
