# Quick start:  make run   (start the reference lesson)   |   make test   (the whole suite)
SWIFT ?= swift
BIN := .build/debug/pgcoach
LESSON ?= final-production-incident

.PHONY: deps build template run test bench clean

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

test: deps
	@PGCOACH_WITH_TEST_TOOLS=1 scripts/install-deps.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release
	scripts/bench --pgcoach .build/release/pgcoach

clean:
	rm -rf .build
