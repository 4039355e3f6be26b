"""Alembic scripts for the sync server's database (see ``fieldkit.sync.server.migrate``)."""
