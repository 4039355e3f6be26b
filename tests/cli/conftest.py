from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldkit.cli import main
from tests.storage.encrypted_demo import cheap_kdf, demo_copy, plain_demo  # noqa: F401


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def fk(data_dir: Path) -> Run:
    """Run the CLI in-process on the test's data folder."""

    def run(*argv: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--data-dir", str(data_dir), *argv], out=out, err=err)
        return Result(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def ok(fk: Run) -> Callable[..., str]:
    """Run a command that must succeed; return its stdout stripped."""

    def run(*argv: str) -> str:
        result = fk(*argv)
        assert result.code == 0, result.err
        return result.out.strip()

    return run
