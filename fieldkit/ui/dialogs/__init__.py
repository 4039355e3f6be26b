"""The dialogs screens of the desktop app."""
