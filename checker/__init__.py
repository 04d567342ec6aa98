"""source-checker: find where a collection of articles disagrees."""

__version__ = "0.1.0"
