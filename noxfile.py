"""Sessions: `nox -s check` runs the checker on this repository's corpus; `nox -s tests` runs
the test suite; `nox -s lint` runs ruff and mypy; `nox -s extract` adds draft claims read from
the sources; `nox -s extract_eval` measures extraction against the reviewed claims; `nox -s
bench` prints the scale figures."""

from __future__ import annotations

import nox

nox.options.sessions = ["check", "tests", "lint"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True


@nox.session
def check(session: nox.Session) -> None:
    """Check the corpus in sources/ and claims/ (arguments after -- go to the CLI)."""
    session.install(".")
    session.run("python", "-m", "checker", "check", *session.posargs)


@nox.session
def extract(session: nox.Session) -> None:
    """Add draft claims read from sources/ to claims/ (arguments after -- go to the CLI)."""
    session.install(".")
    session.run("python", "-m", "checker", "extract", *session.posargs)


@nox.session
def extract_eval(session: nox.Session) -> None:
    """Measure extraction on the bundled corpus against its reviewed claims."""
    session.install(".")
    session.run("python", "-m", "checker.extract.evaluate", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Print the benchmark figures (arguments after -- go to python -m checker.bench)."""
    session.install(".", "numpy")  # rapidfuzz's cdist, the audit's all-pairs yardstick, needs it
    session.run("python", "-m", "checker.bench", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (arguments after -- go to pytest)."""
    session.install(".[dev]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Run ruff and mypy --strict on the package."""
    session.install(".[dev]", "numpy")  # the benchmark's all-pairs yardstick is type-checked too
    session.run("ruff", "check", "checker", "tests", "noxfile.py")
    session.run("mypy")
