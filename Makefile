# Two set-up commands: `make run` and `make test`. Both build .venv with a Python 3.12+ they find.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO   := projects/demo.annotator

.PHONY: run test bench soak lint format demo clean

$(STAMP): pyproject.toml
	@test -x $(PY) || "$$(tools/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/annotator gui --demo

test: $(STAMP)
	$(PY) -m pytest

soak: $(STAMP)
	HYPOTHESIS_PROFILE=soak $(PY) -m pytest -m slow tests/reliability

bench: $(STAMP)
	$(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check annotator tests bench
	$(VENV)/bin/ruff format --check annotator tests bench

format: $(STAMP)
	$(VENV)/bin/ruff format annotator tests bench
	$(VENV)/bin/ruff check --fix annotator tests bench

clean:
	rm -rf $(VENV) build *.egg-info
