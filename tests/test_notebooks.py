"""The notebooks run top to bottom on the bundled corpus (nbclient), in a copy so the
repository's output/ is not touched; a notebook that breaks fails the suite."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


@pytest.mark.parametrize("name", ["01_explore.ipynb", "02_sparql.ipynb"])
def test_notebook_runs(name: str, tmp_path: Path) -> None:
    work = tmp_path / "notebooks"
    work.mkdir()
    shutil.copy(NOTEBOOKS / name, work / name)
    nb = nbformat.read(work / name, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(work)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert errors == []
    shown = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
             if o.get("output_type") in ("execute_result", "display_data")]
    assert len(shown) >= 5  # tables and charts were produced
    assert (tmp_path / "output" / "graph.ttl").exists()
