"""A real sync server (uvicorn on a free loopback port) per test module, and client helpers."""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from argon2 import PasswordHasher
from fastapi import FastAPI

from fieldkit.storage.db import Store
from fieldkit.sync.client import login
from fieldkit.sync.server import auth
from fieldkit.sync.server.app import ServerConfig, create_app
from fieldkit.sync.server.cli import main as server_main
from fieldkit.sync.server.seed import study_seed
from fieldkit.sync.server.store import ServerStore
from tests.sync.postgres import SKIP_REASON, PostgresDatabases, configured_url

PASSWORD = "correct horse battery"
USERS = {"alice": "researcher", "bob": "researcher", "lena": "lead", "vera": "viewer"}
CAN_CREATE = ["--can-create-studies"]  # these users may publish studies; mallory may not


@dataclass
class Server:
    url: str
    data_dir: Path
    store: ServerStore
    study_id: str
    app: FastAPI
    db_url: str | None = None  # None: SQLite in data_dir

    def cli_args(self) -> list[str]:
        """``fieldkit-server`` options that reach this server's database."""
        return [*(["--db", self.db_url] if self.db_url else []), "--data-dir", str(self.data_dir)]

    def add_user(self, name: str, role: str | None = None, study_id: str | None = None) -> None:
        self.store.add_user(name=name, password=PASSWORD)
        if role is not None:
            self.store.add_member(study_id=study_id or self.study_id, user_name=name, role=role)

    def new_study(self, name: str = "Another study") -> str:
        study_id, device, seed = study_seed(name=name)
        self.store.create_study(study_id=study_id, name=name, seed=seed, seed_device=device)
        return study_id


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[PostgresDatabases]:
    """Fresh PostgreSQL databases (skips when FIELDKIT_TEST_POSTGRES_URL is unset)."""
    url = configured_url()
    if url is None:
        pytest.skip(SKIP_REASON)
    databases = PostgresDatabases(url)
    databases.check_reachable()
    databases.drop_stale()
    yield databases
    databases.drop_all()


BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(scope="module")
def server_db(request: pytest.FixtureRequest) -> str | None:
    """The server's database URL: None for SQLite in its data folder (the default).

    A module runs its tests on both with
    ``pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")``.
    """
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        return None
    databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
    return databases.create()


@contextmanager
def cheap_password_hashing() -> Iterator[None]:
    """Argon2id at its smallest cost for a server in this process (users added, sign-ins).

    Each user added and each sign-in runs argon2 once; at the production cost (64 MiB, three
    passes) that is a second or more on a loaded 2-core CI machine, and the suite does hundreds:
    minutes spent on cost, not on behaviour. The hashing and checking code and the hash format
    stay the real ones; servers started as their own process keep the full cost.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        yield


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, server_db: str | None) -> Iterator[Server]:
    with cheap_password_hashing():
        yield from _server(tmp_path_factory, server_db)


def _server(
    tmp_path_factory: pytest.TempPathFactory,
    server_db: str | None,
    config: ServerConfig | None = None,
) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("server")
    db_args = ["--db", server_db] if server_db else []
    # The admin CLI creates the study, as a team lead would.
    out = io.StringIO()
    init = [*db_args, "--data-dir", str(data_dir), "init"]
    assert server_main(init, out=out, err=io.StringIO()) == 0
    code = server_main(
        [*db_args, "--data-dir", str(data_dir), "study", "create", "Learning ecosystems"],
        out=out,
        err=io.StringIO(),
    )
    assert code == 0
    study_id = out.getvalue().strip()
    for name, role in USERS.items():
        assert (
            server_main(
                [*db_args, "--data-dir", str(data_dir), "user", "add", name, *CAN_CREATE],
                stdin=io.StringIO(PASSWORD + "\n"),
                err=io.StringIO(),
            )
            == 0
        )
        args = [*db_args, "--data-dir", str(data_dir), "member", "add", study_id, name]
        args += ["--role", role]
        assert server_main(args, err=io.StringIO()) == 0
    assert (
        server_main(
            [*db_args, "--data-dir", str(data_dir), "user", "add", "mallory"],
            stdin=io.StringIO(PASSWORD + "\n"),
            err=io.StringIO(),
        )
        == 0
    )
    if config is None:
        config = ServerConfig(max_request_bytes=2 * 1024 * 1024, max_body_bytes=8 * 1024 * 1024)
    app = create_app(server_db, data_dir, config=config)
    port = _free_port()
    uv = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60  # seconds on a loaded machine; usually well under one
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield Server(
            f"http://127.0.0.1:{port}", data_dir, app.state.store, study_id, app, server_db
        )
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        app.state.store.engine.dispose()


@dataclass
class Laptop:
    store: Store
    token: str
    url: str


OpenLaptop = Callable[[str], Laptop]


@pytest.fixture
def laptop(server: Server, tmp_path: Path) -> Iterator[OpenLaptop]:
    """Open a fresh data folder signed in as ``user``."""
    opened: list[Store] = []

    def open_laptop(user: str) -> Laptop:
        store = Store.open(tmp_path / f"laptop-{user}-{len(opened)}")
        opened.append(store)
        token = login(store, server_url=server.url, user=user, password=PASSWORD)
        return Laptop(store, token, server.url)

    yield open_laptop
    for store in opened:
        store.close()
