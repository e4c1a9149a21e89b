"""The analysis notebook runs from top to bottom (nbclient), so it never rots."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from nbformat import NotebookNode

NOTEBOOK = Path(__file__).parents[1] / "notebooks" / "analysis.ipynb"


def _read() -> NotebookNode:
    import nbformat

    return nbformat.read(NOTEBOOK, as_version=4)


def test_notebook_is_stored_without_outputs() -> None:
    notebook = _read()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code), \
        "clear the notebook's outputs before committing it"


def test_notebook_kernel_is_this_python() -> None:
    """The python3 kernel runs this interpreter: jupyter_client swaps a bare "python" in the
    kernel spec for sys.executable, and an absolute path must be the venv's own."""
    from jupyter_client.kernelspec import KernelSpecManager

    argv0 = KernelSpecManager().get_kernel_spec("python3").argv[0]
    bare = {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}
    assert argv0 in bare or Path(argv0).resolve() == Path(sys.executable).resolve(), argv0


@pytest.mark.model
def test_notebook_analysis_runs() -> None:
    from nbclient import NotebookClient

    notebook = _read()
    client = NotebookClient(notebook, kernel_name="python3", timeout=300,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.outputs]
    text = "".join(output.get("text", "") for output in outputs if output.output_type == "stream")
    assert "Foxconn" in text and "Nvidia" in text
    assert "partnersWith" in text  # the SPARQL answer
    assert "pagerank" in text  # the ranking table
    html = [output["data"]["text/html"] for output in outputs
            if output.output_type == "display_data" and "text/html" in output.get("data", {})]
    assert len(html) == 1 and html[0].startswith("<div><iframe srcdoc=") and "Nvidia" in html[0]
