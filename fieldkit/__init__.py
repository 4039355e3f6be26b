"""fieldkit: offline-first field research with qualitative coding and team sync."""

__version__ = "0.1.0"
