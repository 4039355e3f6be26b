"""Local research store: SQLite tables, services, change log, blobs and search. No Qt here."""
