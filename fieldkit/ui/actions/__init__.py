"""The actions screens of the desktop app."""
