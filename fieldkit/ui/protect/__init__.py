"""The protect screens of the desktop app."""
