"""Shared fixtures: one real spaCy pipeline per test session, real files, real SQLite.

Several test modules add their own fixtures below; keep this file to fixtures
that more than one module uses.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_7e8dc7e681b72be7.txt"


@pytest.fixture(scope="session")
def coder():
    """The real pipeline (en_core_web_sm), loaded once."""
    from wirecoder.config import Config
    from wirecoder.pipeline import Coder

    return Coder(Config())


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The canonical seed story; it is not ours, so it is read from ../shared when present."""
    if not SEED.exists():
        pytest.skip("the shared seed story is not available on this machine")
    return SEED


@pytest.fixture(scope="session")
def seed_coded(coder, seed_path):
    from wirecoder.ingest import ReadOptions, read_inputs

    (article,) = list(read_inputs([str(seed_path)], ReadOptions(default_date="2025-05-09")))
    return coder.code(article)


def wirecoder_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("wirecoder")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "wirecoder.cli"]


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed ``wirecoder`` command as a user would."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run([*wirecoder_cmd(), *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, timeout=600)


@pytest.fixture
def cli():
    return run_cli
