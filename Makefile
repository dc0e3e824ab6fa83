# warta — the two commands of the README, and the rest.
#   make run     set up, build, ingest the bundled sample articles into warta.db, print who said what
#   make check   set up, build, run every test, then the suite again under ASan+UBSan
SHELL := /bin/bash
BUILD ?= build
ASAN ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SHARED ?= ../shared
FUZZ_SECONDS ?= 60

.PHONY: all setup build run check test asan eval heldout bench fuzz clean

all: build

setup:
	@bash scripts/setup.sh build

build: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j$(JOBS) >/dev/null

run: build
	@python3 tools/samples_jsonl.py samples | ./$(BUILD)/warta ingest --db warta.db -
	@./$(BUILD)/warta stats --db warta.db
	@echo
	@./$(BUILD)/warta speakers --db warta.db --limit 10 --quotes 3

check:
	@bash scripts/setup.sh check
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j$(JOBS) >/dev/null
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)
	@cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DWARTA_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN) -j$(JOBS) >/dev/null
	cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j$(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

eval: build
	@./$(BUILD)/warta extract --quiet --format jsonl $(SHARED)/eval/pfsa-id-dev.input.jsonl > $(BUILD)/eval.jsonl
	@python3 $(SHARED)/eval/score.py $(SHARED)/eval/pfsa-id-dev.jsonl $(BUILD)/eval.jsonl
	@echo
	@python3 tools/eval_entities.py $(SHARED)/eval/pfsa-id-dev.jsonl $(BUILD)/eval.jsonl

# the blind-written sets of tests/heldout (tools/heldout.py; docs/QUALITY.md)
heldout: build
	@python3 tools/heldout.py --by-set

bench: build
	@bash scripts/setup.sh bench
	@bash bench/run.sh

# every fuzz target (fuzz/fuzz_*.c) for FUZZ_SECONDS each, one after another (docs/RELIABILITY.md)
fuzz:
	@bash scripts/setup.sh check
	@FUZZ_SECONDS=$(FUZZ_SECONDS) bash fuzz/run.sh

clean:
	rm -rf $(BUILD) $(ASAN) build-fuzz

# scale-out on Dask (scale/warta_dask.py): its test alone
.PHONY: scale-test
scale-test: build
	@bash scripts/setup.sh check
	cd $(BUILD) && ctest --output-on-failure -R '^scale_'
