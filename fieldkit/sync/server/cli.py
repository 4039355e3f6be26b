"""``fieldkit-server``: set up and run the team sync server.

fieldkit-server [--data-dir DIR] [--db URL] init
fieldkit-server user add NAME [--can-create-studies]   (password on stdin)
fieldkit-server user revoke|disable|enable|passwd|grant-create|deny-create NAME
fieldkit-server study create NAME        (prints the study id)
fieldkit-server member add STUDY_ID USER --role lead|researcher|viewer
fieldkit-server member remove STUDY_ID USER;  member role STUDY_ID USER ROLE
fieldkit-server serve [--host H] [--port P] [--workers N] [--log-format json|text]
                      [--tls-cert FILE --tls-key FILE] [--token-idle-days N]
                      [--max-body-mb MB] [--limit-concurrency N] [--header-timeout S]
                      [--keep-alive S] [--db-connections N]

Changing what a user may do (remove, role, disable, passwd, revoke) revokes their device
tokens at once.

``--data-dir`` and ``--db`` (e.g. ``postgresql+psycopg://user@host/fieldkit``) go before or
after the command. ``init`` and ``serve`` bring the database to the newest schema first.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from fieldkit.errors import FieldkitError, ValidationError
from fieldkit.storage.durable import make_private_dir, tighten_tree
from fieldkit.sync.server.db import ROLES, default_db_url, make_engine
from fieldkit.sync.server.limits import DEFAULT_DB_CONNECTIONS, DEFAULT_MAX_BODY_MB, HttpLimits
from fieldkit.sync.server.logs import FORMATS, log_config
from fieldkit.sync.server.migrate import create_schema
from fieldkit.sync.server.store import DEFAULT_TOKEN_IDLE_DAYS, ServerStore

ENV_DATA_DIR = "FIELDKIT_SERVER_DATA_DIR"
ENV_DB = "FIELDKIT_SERVER_DB"
ENV_TOKEN_IDLE_DAYS = "FIELDKIT_SERVER_TOKEN_IDLE_DAYS"
ENV_MAX_BODY_MB = "FIELDKIT_SERVER_MAX_BODY_MB"
ENV_DB_POOL = "FIELDKIT_SERVER_DB_POOL"


def _location_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=f"server data folder (default: ${ENV_DATA_DIR}, else ./fieldkit-server-data)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help=f"database URL, e.g. postgresql+psycopg://USER@HOST/DB (default: ${ENV_DB}, "
        "else SQLite in DIR)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldkit-server", description="Set up and run the fieldkit team sync server."
    )
    _location_options(parser, None)
    # The same options after the command; given there, they win.
    common = argparse.ArgumentParser(add_help=False)
    _location_options(common, argparse.SUPPRESS)
    top = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    top.add_parser(
        "init", parents=[common], help="create the data folder and database, or upgrade it"
    )
    user = top.add_parser("user", help="users").add_subparsers(dest="sub", required=True)
    p = user.add_parser("add", parents=[common], help="add a user; the password is read from stdin")
    p.add_argument("name")
    p.add_argument(
        "--can-create-studies",
        action="store_true",
        help="may publish new studies (without it, only studies they are added to)",
    )
    for name, text in (
        ("revoke", "revoke every device token of a user (each laptop signs in again)"),
        ("disable", "refuse the user's sign-ins; every device token revoked at once"),
        ("enable", "let a disabled user sign in again"),
        ("passwd", "set a new password (read from stdin); every device token revoked"),
        ("grant-create", "let the user publish (create) new studies"),
        ("deny-create", "take back the right to create studies"),
    ):
        user.add_parser(name, parents=[common], help=text).add_argument("name")
    study = top.add_parser("study", help="studies").add_subparsers(dest="sub", required=True)
    p = study.add_parser(
        "create", parents=[common], help="create a study with the default codebook; prints its id"
    )
    p.add_argument("name")
    member = top.add_parser("member", help="memberships").add_subparsers(dest="sub", required=True)
    p = member.add_parser(
        "add", parents=[common], help="add a user to a study (or change their role)"
    )
    p.add_argument("study_id")
    p.add_argument("user")
    p.add_argument("--role", choices=ROLES, default="researcher")
    p = member.add_parser(
        "remove", parents=[common], help="take a user out of a study; their tokens revoked"
    )
    p.add_argument("study_id")
    p.add_argument("user")
    p = member.add_parser(
        "role", parents=[common], help="change a member's role; their tokens revoked"
    )
    p.add_argument("study_id")
    p.add_argument("user")
    p.add_argument("role", choices=ROLES)
    uploads = top.add_parser("uploads", help="file uploads in progress")
    p = uploads.add_subparsers(dest="sub", required=True).add_parser(
        "prune", parents=[common], help="abandon uploads idle for some days (frees disk space)"
    )
    p.add_argument("--days", type=float, default=30.0)
    p = top.add_parser("serve", parents=[common], help="run the server")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (more than 1 wants PostgreSQL; SQLite has one writer at a time)",
    )
    p.add_argument(
        "--log-format",
        choices=FORMATS,
        default="text",
        help="one JSON object per line (for log collectors) or text (default)",
    )
    p.add_argument("--tls-cert", metavar="FILE", help="serve HTTPS with this certificate (PEM)")
    p.add_argument("--tls-key", metavar="FILE", help="the certificate's private key (PEM)")
    p.add_argument(
        "--token-idle-days",
        type=_positive_days,
        default=DEFAULT_TOKEN_IDLE_DAYS,
        help="a laptop's sign-in unused this many days must sign in again (default: 30)",
    )
    _limit_options(p)
    return parser


def _positive_days(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days") from None
    if not 0 < value <= 36500:
        raise argparse.ArgumentTypeError("give a number of days above 0")
    return value


def _positive(kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value <= 0:
            raise argparse.ArgumentTypeError("give a number above 0")
        return value

    return parse


def _limit_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-body-mb",
        type=_positive(float),
        metavar="MB",
        default=DEFAULT_MAX_BODY_MB,
        help="largest sync request accepted, decompressed, in MiB (default: %(default)s; "
        "larger requests get 413)",
    )
    p.add_argument(
        "--limit-concurrency",
        type=_positive(int),
        metavar="N",
        default=HttpLimits.limit_concurrency,
        help="open connections per worker before new requests get 503 (default: %(default)s)",
    )
    p.add_argument(
        "--header-timeout",
        type=_positive(float),
        default=HttpLimits.header_timeout_s,
        metavar="S",
        help="seconds a request may take to send its headers before the connection is closed "
        "(default: %(default)s)",
    )
    p.add_argument(
        "--db-connections",
        type=_positive(int),
        default=DEFAULT_DB_CONNECTIONS,
        metavar="N",
        help="database connections the workers share, at most (PostgreSQL; default: "
        "%(default)s, under PostgreSQL's usual max_connections of 100)",
    )
    p.add_argument(
        "--keep-alive",
        type=_positive(int),
        default=HttpLimits.timeout_keep_alive_s,
        metavar="S",
        help="seconds an idle connection stays open between requests (default: %(default)s)",
    )


def _locations(args: argparse.Namespace) -> tuple[Path, str]:
    data_dir = Path(args.data_dir or os.environ.get(ENV_DATA_DIR) or "fieldkit-server-data")
    make_private_dir(data_dir)
    tighten_tree(data_dir)  # a folder from before the server kept its files owner-only
    return data_dir, args.db or os.environ.get(ENV_DB) or default_db_url(data_dir)


def read_password(stdin: IO[str]) -> str:
    line = stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise ValidationError("give the password on standard input")
    return password


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[str] | None = None,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
) -> int:
    args = _parser().parse_args(argv)
    stdin, out, err = stdin or sys.stdin, out or sys.stdout, err or sys.stderr
    db_url = ""
    try:
        data_dir, db_url = _locations(args)
        if args.command == "serve":
            return _serve(args, data_dir, db_url)
        engine = make_engine(db_url)
        try:
            create_schema(engine)
            store = ServerStore(engine)
            if args.command == "init":
                err.write(f"fieldkit-server: ready in {data_dir} (database {_shown(db_url)})\n")
            elif args.command == "user":
                _user_command(store, args, stdin, err)
            elif args.command == "uploads":
                from fieldkit.sync.server.media_routes import prune_idle_uploads

                count = prune_idle_uploads(store, data_dir, days=args.days)
                err.write(f"fieldkit-server: abandoned {count} idle uploads\n")
            elif args.command == "study":
                from fieldkit.sync.server.seed import study_seed

                study_id, device, seed = study_seed(name=args.name)
                store.create_study(study_id=study_id, name=args.name, seed=seed, seed_device=device)
                out.write(study_id + "\n")
            elif args.command == "member":
                _member_command(store, args, err)
        finally:
            engine.dispose()
    except FieldkitError as exc:
        err.write(f"fieldkit-server: error: {exc}\n")
        return 1
    except OSError as exc:
        err.write(f"fieldkit-server: error: {exc}\n")
        return 1
    except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        err.write(f"fieldkit-server: error: cannot use the database {_shown(db_url)}: {reason}\n")
        return 1
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
        err.write(f"fieldkit-server: error: the database URL is not usable: {exc}\n")
        return 1
    return 0


def _user_command(
    store: ServerStore, args: argparse.Namespace, stdin: IO[str], err: IO[str]
) -> None:
    name, sub = args.name, args.sub
    revoked: int | None = None
    if sub == "add":
        store.add_user(
            name=name, password=read_password(stdin), can_create_studies=args.can_create_studies
        )
    elif sub == "revoke":
        revoked = store.revoke_user_tokens(user_name=name)
    elif sub == "disable":
        revoked = store.disable_user(user_name=name)
    elif sub == "enable":
        store.enable_user(user_name=name)
    elif sub == "passwd":
        revoked = store.set_password(user_name=name, password=read_password(stdin))
    elif sub in ("grant-create", "deny-create"):
        store.set_create_right(user_name=name, allowed=sub == "grant-create")
    if revoked is not None:
        err.write(f"fieldkit-server: revoked {revoked} tokens of {name}\n")


def _member_command(store: ServerStore, args: argparse.Namespace, err: IO[str]) -> None:
    if args.sub == "add":
        store.add_member(study_id=args.study_id, user_name=args.user, role=args.role)
        return
    if args.sub == "remove":
        revoked = store.remove_member(study_id=args.study_id, user_name=args.user)
    else:
        revoked = store.set_role(study_id=args.study_id, user_name=args.user, role=args.role)
    err.write(f"fieldkit-server: revoked {revoked} tokens of {args.user}\n")


def _shown(db_url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return sa.engine.make_url(db_url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "(unreadable URL)"


def _serve(args: argparse.Namespace, data_dir: Path, db_url: str) -> int:
    import uvicorn

    cert, key = _tls_files(args)  # checked before anything starts
    from fieldkit.sync.server.http_limits import uvicorn_options

    # Migrate once here, before the workers start (each then finds the schema at head).
    engine = make_engine(db_url)
    try:
        create_schema(engine)
    finally:
        engine.dispose()
    os.environ[ENV_DATA_DIR] = str(data_dir)
    os.environ[ENV_DB] = db_url
    os.environ[ENV_TOKEN_IDLE_DAYS] = str(args.token_idle_days)
    os.environ[ENV_MAX_BODY_MB] = str(args.max_body_mb)
    os.environ[ENV_DB_POOL] = str(max(2, args.db_connections // max(1, args.workers)))
    limits = HttpLimits(
        header_timeout_s=args.header_timeout,
        timeout_keep_alive_s=args.keep_alive,
        limit_concurrency=args.limit_concurrency,
    )
    # Workers are separate processes: uvicorn imports the app factory in each of them.
    uvicorn.run(
        "fieldkit.sync.server.cli:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_config=log_config(args.log_format),
        access_log=False,  # the server's own request log has one line per request
        ssl_certfile=cert,
        ssl_keyfile=key,
        **uvicorn_options(limits),
    )
    return 0


def _tls_files(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """uvicorn's ssl options, after checking the files are there (a clear error, not a trace)."""
    if not args.tls_cert and not args.tls_key:
        return None, None
    if not (args.tls_cert and args.tls_key):
        raise ValidationError("give both --tls-cert and --tls-key (or neither)")
    for option, name in (("--tls-cert", args.tls_cert), ("--tls-key", args.tls_key)):
        if not Path(name).is_file():
            raise ValidationError(f"{option}: there is no file {name}")
    import ssl

    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(
            args.tls_cert, args.tls_key
        )
    except ssl.SSLError as exc:
        raise ValidationError(
            f"the certificate {args.tls_cert} and key {args.tls_key} cannot be used together "
            f"(PEM files, the key matching the certificate?): {exc.reason or exc}"
        ) from None
    return str(args.tls_cert), str(args.tls_key)


def app_from_env() -> object:
    """The app for uvicorn workers (each worker process builds its own)."""
    from fieldkit.sync.server.app import ServerConfig, create_app

    idle_days = float(os.environ.get(ENV_TOKEN_IDLE_DAYS) or DEFAULT_TOKEN_IDLE_DAYS)
    max_body_mb = float(os.environ.get(ENV_MAX_BODY_MB) or DEFAULT_MAX_BODY_MB)
    pool = os.environ.get(ENV_DB_POOL)
    config = ServerConfig(
        token_idle_days=idle_days,
        max_body_bytes=int(max_body_mb * 1024 * 1024),
        db_pool_size=int(pool) if pool and pool.isdigit() else None,
    )
    return create_app(os.environ.get(ENV_DB), os.environ.get(ENV_DATA_DIR), config=config)
