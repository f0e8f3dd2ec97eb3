# drill-judge: `make demo` and `make test` are the two commands the README promises.
PYTHON ?= python3
VENV   ?= .venv
JUDGE  := $(VENV)/bin/judge
DEMO_HOME := $(CURDIR)/.demo-home
DEMO_DIR  := problems/two-pointers/two-sum-ii/submissions

.PHONY: install image demo test test-unit lint bench bench-server mutants reports clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test,lint,service]'
	touch $@

# Build every runtime's sandbox image (bootstraps the Debian base with debootstrap when no registry answers).
image: install
	$(JUDGE) sandbox build --all

# Judge three sample submissions: one accepted, one wrong, one too slow. Verdicts, not exit codes, matter here.
# Exit status 1 (judged, not accepted) is the point of two of them; anything above 1 is a real failure.
DEMO_SUBMIT := JUDGE_HOME=$(DEMO_HOME) $(JUDGE) submit --problem two-sum-ii
demo: image
	@echo; echo "== an accepted solution"; $(DEMO_SUBMIT) $(DEMO_DIR)/accepted/two_pointers.py; test $$? -le 1
	@echo; echo "== an off-by-one (0-based positions)"; $(DEMO_SUBMIT) $(DEMO_DIR)/wrong_answer/zero_based.py; test $$? -le 1
	@echo; echo "== a quadratic scan"; $(DEMO_SUBMIT) $(DEMO_DIR)/time_limit/quadratic.py; test $$? -le 1

# The whole suite. When an engine answers, the sandbox image is built first; tests that need the engine
# skip without one, and fail instead under JUDGE_REQUIRE_DOCKER=1 (CI).
test: install
	@if docker info >/dev/null 2>&1; then $(JUDGE) sandbox build --all; else echo "no Docker engine: engine tests will skip"; fi
	$(VENV)/bin/pytest -q

# The lint and type gate (configured in pyproject.toml); .ci/run runs it before the tests.
lint: install
	$(VENV)/bin/ruff check judge
	$(VENV)/bin/mypy

test-unit: install
	$(VENV)/bin/pytest -q tests/unit

# Latency against the container floor, measured in the same run; writes bench/results.md.
bench: image
	$(VENV)/bin/python bench/latency.py --runs 7

# The cohort service on this machine (its own PostgreSQL and Redis): N users against 1 then 2 workers, and the
# idle service against the local CLI, measured in the same run; writes bench/server.md. Not part of `make test`.
bench-server: image
	$(VENV)/bin/python bench/server.py --users 20

# Mutation testing of every pack's tests; writes the per-problem summary to problems/MUTATION.md.
mutants: image
	$(JUDGE) pack validate problems --mutants --summary problems/MUTATION.md

# Every problem's reference submitted and measured: its complexity report against the target (problems/REPORTS.md).
reports: image
	$(VENV)/bin/python bench/reference_reports.py --out problems/REPORTS.md

clean:
	rm -rf $(VENV) $(DEMO_HOME) .pytest_cache *.egg-info build dist
