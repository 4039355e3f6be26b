"""UI tests share the real loopback sync server of tests/sync (one per test module)."""

import importlib.util

if importlib.util.find_spec("uvicorn") is not None:  # the server extra is installed
    from tests.sync.conftest import laptop, server, server_db  # noqa: F401  (fixtures)
    from tests.sync.test_tls import tls_server  # noqa: F401  (a real HTTPS server process)
