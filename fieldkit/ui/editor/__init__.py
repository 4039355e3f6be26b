"""The editor screens of the desktop app."""
