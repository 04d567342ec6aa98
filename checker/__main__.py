from checker.cli import entry

raise SystemExit(entry())
