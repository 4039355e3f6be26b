"""The codebook screens of the desktop app."""
