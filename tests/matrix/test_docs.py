"""The variable documentation is generated from the variable list and must stay in step with it."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def test_variables_doc_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("variables_doc", ROOT / "scripts" / "variables_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "docs" / "VARIABLES.md").read_text(encoding="utf-8") == module.render(), (
        "run: .venv/bin/python scripts/variables_doc.py")
