"""The review screens of the desktop app."""
