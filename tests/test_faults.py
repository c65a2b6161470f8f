"""The fault suite: bad inputs beside good ones, through the real command, in one process
and in two. Every bad input is reported once by name, the over-long article is parsed in
chunks and stored, every good article is stored, no traceback, exit 1."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

PARAGRAPH = ("Le ministre des Affaires étrangères a rappelé mardi le rôle des Nations unies "
             "dans la région, lors d'une conférence de presse à Paris.")
ACT = "La Pologne a rappelé jeudi son ambassadeur en Biélorussie pour consultations."


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    d = tmp_path_factory.mktemp("faults")
    (d / "good1.txt").write_text("---\nid: good1\nlang: fr\npublished: 2024-11-12\n---\n"
                                 + ACT + "\n", "utf-8")
    (d / "good2.jsonl").write_text(
        '{"id": "good2", "lang": "en", "published": "2024-11-12", "text": '
        '"Japan summoned the Chinese ambassador on Monday."}\n{"id": broken\n', "utf-8")
    (d / "binary.txt").write_bytes(b"\x89PNG\x00\x00binary")
    (d / "latin1.txt").write_bytes("café au lait à Paris".encode("latin-1"))
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("  \n\n\t\n", "utf-8")
    (d / "empty.html").write_text("<html><head><title>t</title></head><body></body></html>",
                                  "utf-8")
    (d / "badfm.md").write_text("---\nid x1\n---\nTexte.\n", "utf-8")
    (d / "loop").symlink_to(d, target_is_directory=True)
    # over spaCy's max_length (1,000,000 characters): parsed in chunks, offsets kept
    long = "\n\n".join([PARAGRAPH] * 7000 + [ACT] + [PARAGRAPH] * 500)
    assert len(long) > 1_000_000
    (d / "long.txt").write_text(
        f"---\nid: long\nlang: fr\npublished: 2024-11-12\n---\n{long}\n", "utf-8")
    bad = {"binary.txt": "binary", "latin1.txt": "not UTF-8", "empty.txt": "empty",
           "blank.txt": "empty", "empty.html": "no article text", "badfm.md": "front matter",
           "good2.jsonl:2": "malformed JSON", "loop": "link loop"}
    return d, bad


@pytest.mark.parametrize("workers", ["1", "2"])
def test_faults_bad_inputs_cost_only_themselves(corpus, tmp_path, workers):
    d, bad = corpus
    db = tmp_path / "kg.db"
    r = subprocess.run([sys.executable, "-m", "kgbuild.cli", "ingest", "-q", "--db", str(db),
                        "--workers", workers, str(d)], capture_output=True, text=True,
                       env=dict(os.environ, PYTHONWARNINGS="ignore"), timeout=900)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "Traceback" not in out
    skipped = [line for line in out.splitlines() if line.startswith("skipped ")]
    for name, reason in bad.items():
        hits = [s for s in skipped if s.startswith(f"skipped {d / name}:")]
        assert len(hits) == 1 and reason in hits[0], (name, skipped)
    assert len(skipped) == len(bad), skipped
    with sqlite3.connect(db) as conn:
        ids = {i for (i,) in conn.execute("SELECT id FROM articles")}
        long_events = conn.execute(
            "SELECT e.relation, v.start, v.\"end\" FROM evidence v JOIN events e"
            " ON e.id = v.event_id WHERE v.article_id = 'long'").fetchall()
    assert ids == {"good1", "good2", "long"}
    text = (d / "long.txt").read_text("utf-8").split("---\n", 2)[2].strip("\n")
    assert [(rel, text[s:e]) for rel, s, e in long_events] == [("RECALL_AMBASSADOR", ACT)]
