"""The sync screens of the desktop app."""
