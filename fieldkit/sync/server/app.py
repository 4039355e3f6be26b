"""``create_app(db_url, data_dir)``: the FastAPI application, its limits and error handling."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.requests import ClientDisconnect

from fieldkit.errors import (
    AuthenticationError,
    ChangeRefusedError,
    ConflictError,
    FieldkitError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from fieldkit.storage.durable import make_private_dir, tighten_tree
from fieldkit.sync.server.auth import RateLimitedError
from fieldkit.sync.server.config import ServerConfig
from fieldkit.sync.server.db import default_db_url, make_engine
from fieldkit.sync.server.edge import Edge
from fieldkit.sync.server.login_limiter import LoginLimiter
from fieldkit.sync.server.migrate import create_schema
from fieldkit.sync.server.openapi import install as install_openapi
from fieldkit.sync.server.request_log import request_id
from fieldkit.sync.server.store import ServerStore, now_ms

log = logging.getLogger("fieldkit.server")
errors = logging.getLogger("fieldkit.server.error")
__all__ = ["ServerConfig", "create_app"]  # ServerConfig lives in config.py (routes use it)


_STATUS = (
    (RateLimitedError, 429),
    (AuthenticationError, 401),
    (PermissionDeniedError, 403),
    (NotFoundError, 404),
    (ConflictError, 409),
    (ValidationError, 422),
)


def create_app(
    db_url: str | None = None,
    data_dir: Path | str | None = None,
    *,
    config: ServerConfig | None = None,
    clock: Callable[[], int] = now_ms,
) -> FastAPI:
    """The server app over ``db_url`` (default: SQLite in ``data_dir``), tables created.

    ``clock`` (ms since the epoch) drives token expiry and the login limiter (tests inject it).
    """
    from fieldkit.sync.server.device_routes import router as device_router
    from fieldkit.sync.server.media_routes import install_media
    from fieldkit.sync.server.routes import router

    if db_url is None:
        if data_dir is None:
            raise ValueError("give a database URL or a server data folder")
        make_private_dir(Path(data_dir))
        tighten_tree(Path(data_dir))  # a server folder from before it was kept owner-only
        db_url = default_db_url(Path(data_dir))
    cfg: ServerConfig = config or ServerConfig()
    engine = make_engine(db_url, pool_size=cfg.db_pool_size)
    create_schema(engine)
    app = FastAPI(
        title="fieldkit sync server",
        version="1",
        description="Store-and-forward sync of fieldkit studies (see fieldkit.sync).",
    )
    store = ServerStore(engine, token_idle_days=cfg.token_idle_days, clock=clock)
    app.state.store = store
    app.state.config = cfg
    # Created here, bound to the event loop that first waits on it.
    app.state.parse_slots = asyncio.Semaphore(cfg.parse_concurrency)
    app.state.limiter = LoginLimiter(store, cfg.login_limits, clock=clock)
    app.include_router(router)
    app.include_router(device_router)
    install_media(app, data_dir)

    @app.exception_handler(FieldkitError)
    async def _fieldkit_error(request: Request, exc: FieldkitError) -> JSONResponse:
        status = next((code for kind, code in _STATUS if isinstance(exc, kind)), 400)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        if isinstance(exc, RateLimitedError):
            headers = {"Retry-After": str(exc.retry_after_s)}
        body: dict[str, object] = {"detail": str(exc)}
        code = getattr(exc, "code", None)
        if isinstance(code, str):
            body["code"] = code  # for the client to act on (e.g. device_taken)
        if isinstance(exc, ChangeRefusedError):
            body.update(exc.details())  # which change, for the laptop to set it aside
            # For the team lead: the laptop holds it back, so it shows here once per cause.
            fields = {"request_id": request_id(request.scope), **exc.details()}
            errors.warning("pushed change refused: %s", exc.reason, extra={"fields": fields})
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in exc.errors()
        )
        return JSONResponse({"detail": f"the request is malformed: {problems}"}, status_code=422)

    @app.exception_handler(sa.exc.OperationalError)
    @app.exception_handler(sa.exc.InterfaceError)
    async def _database_down(request: Request, exc: sa.exc.DBAPIError) -> JSONResponse:
        errors.error(
            "database unavailable: %s",
            type(exc.orig).__name__,
            exc_info=exc,
            extra={"fields": {"request_id": request_id(request.scope)}},
        )
        detail = "the server's database is unavailable just now; try again in a minute"
        return JSONResponse({"detail": detail}, status_code=503, headers={"Retry-After": "30"})

    @app.exception_handler(sa.exc.TimeoutError)
    async def _pool_busy(request: Request, _exc: sa.exc.TimeoutError) -> JSONResponse:
        # Every database connection of this worker stayed busy for the pool's timeout.
        errors.warning(
            "no free database connection",
            extra={"fields": {"request_id": request_id(request.scope)}},
        )
        detail = "the server is very busy just now; try again in a few seconds"
        return JSONResponse({"detail": detail}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(ClientDisconnect)
    async def _client_gone(_request: Request, _exc: ClientDisconnect) -> Response:
        # The laptop went away mid-request (a dropped link, a killed app): nothing was stored,
        # nobody reads this reply; not a server error. 499 as nginx logs it.
        return Response(status_code=499)

    @app.exception_handler(sa.exc.DataError)
    async def _unstorable(request: Request, exc: sa.exc.DataError) -> JSONResponse:
        errors.warning(
            "unstorable value: %s",
            type(exc.orig).__name__,
            extra={"fields": {"request_id": request_id(request.scope)}},
        )
        detail = "the request holds a value the server cannot store (a NUL character?)"
        return JSONResponse({"detail": detail}, status_code=422)

    install_openapi(app)
    app.add_middleware(
        Edge,
        body_limit=cfg.max_request_bytes,
        small_body_limit=cfg.max_small_request_bytes,
        header_limit=cfg.max_header_bytes,
    )
    return app
