"""A deterministic, realistic demo corpus (``fieldkit demo``); plain Python, no Qt."""

from fieldkit.demo.corpus import SCALES, DemoSummary, generate

__all__ = ["SCALES", "DemoSummary", "generate"]
