"""The central sync server: a FastAPI app over a store-and-forward feed (see fieldkit.sync)."""
