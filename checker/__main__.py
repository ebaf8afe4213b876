"""``python -m checker``: the ``lkjip`` command line."""

from checker.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
