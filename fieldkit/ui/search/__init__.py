"""The search screens of the desktop app."""
