# nqgraph — the two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= data/turtle
BENCH_N ?= 10,100,1000

.PHONY: run test lint bench clean serve help

help:
	@echo "make run    set up .venv, build data/turtle from data/source, validate, summarise, answer"
	@echo "make test   lint (ruff), type-check (mypy) and run the test suite (pytest)"
	@echo "make bench  corpus benchmark (BENCH_N=10,100,1000 by default; BENCH_N=10000 for the big one),"
	@echo "           then the reader on long texts of shapes that once took quadratic time"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ needed"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

# Build times in the published provenance are the time of the last change to data/source
# (reproducible builds: the same sources give byte-identical output).
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct -- data/source 2>/dev/null)
export SOURCE_DATE_EPOCH

run: $(STAMP)
	@echo "== nqgraph build: data/source -> $(OUT) (Turtle, VoID, dump) and data/store (SPARQL)"
	$(BIN)/nqgraph build data/source --out $(OUT)
	@echo
	@echo "== nqgraph validate: is each resolution complete?"
	$(BIN)/nqgraph validate data/source --lang en
	@echo
	@echo "== nqgraph parse: what was read"
	$(BIN)/nqgraph parse data/source --format text | head -40
	@echo "== nqgraph query indicator-series: how did the GRDP growth target move?"
	$(BIN)/nqgraph query indicator-series --param "indicator=Tốc độ tăng trưởng kinh tế" \
	    --format table

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench --sizes $(BENCH_N)
	$(BIN)/python -m bench.shapes

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
