"""The audio screens of the desktop app."""
