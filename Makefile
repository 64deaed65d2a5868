# The two commands: `make demo` and `make test`. Each sets up what it needs first.
VENV ?= .venv
PY := $(VENV)/bin/python
ARGS ?=

.PHONY: demo test bench lint setup clean

demo:
	@scripts/setup.sh demo
	$(PY) -m vmatris.cli demo $(ARGS)

test:
	@scripts/setup.sh test
	$(PY) -m pytest $(ARGS)

bench:
	@scripts/setup.sh bench
	$(PY) -m bench.run $(ARGS)

lint:
	@scripts/setup.sh test
	$(PY) -m ruff check .

setup:
	@scripts/setup.sh test

clean:
	rm -rf data/build .pytest_cache
