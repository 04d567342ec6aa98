"""Benchmarks: a synthetic corpus generator and `python -m checker.bench`, run by `nox -s bench`."""
