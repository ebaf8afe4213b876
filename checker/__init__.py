"""lkjip-checker: a rules-as-code compliance checker for LKjIP reports."""

__all__ = ["__version__"]

__version__ = "0.1.0"
