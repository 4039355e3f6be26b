"""The bundle's entry point: the same ``fieldkit`` command as the installed package's script."""

import sys

from fieldkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
