"""Run with ``python -m focuscheck``."""

from focuscheck.cli import main

if __name__ == "__main__":
    main()
