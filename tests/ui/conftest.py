"""UI tests share the real loopback sync server of tests/sync (one per test module)."""

import importlib.util
from collections.abc import Iterator
from typing import Any

import pytest

from fieldkit.ui.translations import install_plurals, remove_translators

if importlib.util.find_spec("uvicorn") is not None:  # the server extra is installed
    from tests.sync.conftest import laptop, server, server_db  # noqa: F401  (fixtures)
    from tests.sync.test_tls import tls_server  # noqa: F401  (a real HTTPS server process)


@pytest.fixture
def english_plurals(qapp: Any) -> Iterator[None]:
    """The English plural forms the app installs at start ("1 change", "2 changes"), for tests
    that read a ``%n`` string's English text."""
    install_plurals(qapp)
    yield
    remove_translators(qapp)
