"""Handlers behind ``fieldkit`` subcommands; ``fieldkit.cli`` builds the parser."""
