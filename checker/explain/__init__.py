"""Explanations for ``source-checker explain``: :mod:`~checker.explain.conflict` says why a
conflict is one, :mod:`~checker.explain.names` why two name forms are or are not flagged."""
