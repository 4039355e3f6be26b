"""The photos screens of the desktop app."""
