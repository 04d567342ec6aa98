"""The cache: what a check computed, kept by the content of what it was computed from, so a
check with nothing changed, or one file changed, redoes only what it must.

It lives in ``.checker-cache/`` beside the claims folder (a ``.gitignore`` inside keeps it out
of any repository) unless ``--cache-dir`` says otherwise; ``--no-cache`` does without it.

- An entry has a slot, what it is the result for (a claim file, the entities, the audit, the
  report of one way of running the check), and a key: a digest of all it depends on, the
  bytes of the files it was computed from and the tool's own code (so a new version never
  trusts an old entry). A slot holds one entry, the latest: the cache grows with the
  corpus, not with its history.
- A file's digest is its content's SHA-256. It is remembered with the file's size, times and
  inode, and computed again when any of them differ (the change time moves even when a tool
  puts the modification time back), or when the file changed too recently for its time stamp
  to tell (git's "racily clean" rule).
- An entry is a header (a magic line, the format version, the key, the payload's SHA-256)
  and the pickled payload. An entry with another key is not read; one that fails the other
  tests, or does not unpickle, is deleted and computed again: a corrupted cache costs time,
  never a wrong result.
- Entries refer to the sources, entities and claims of the run that reads them, by id, rather
  than holding copies: a source's text is read once per run, from the source.

The cache holds pickles: like the project's own files, its folder must only be writable by
people trusted to run code on the machine.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

FORMAT = 2
DEFAULT_FOLDER = ".checker-cache"
_MAGIC = b"source-checker cache\n"
_RACY_SECONDS = 2.0  # a file this close to the last save may have changed within a tick
_STATS = "stats.pickle"

PersistentId = Callable[[object], Any]
PersistentLoad = Callable[[Any], object]


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the package's code, so that an entry made by other code is never read:
    each module's name, size and modification time (reading and hashing every module would
    cost more than a warm check of a small corpus; installing or editing a module changes
    its time)."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    package = os.path.dirname(os.path.abspath(__file__))  # noqa: PTH100, PTH120
    modules = []
    for folder, _, names in os.walk(package):
        for name in names:
            if name.endswith(".py"):
                stat = os.stat(os.path.join(folder, name))  # noqa: PTH116, PTH118
                modules.append(f"{os.path.relpath(folder, package)}/{name} {stat.st_size} "
                               f"{stat.st_mtime_ns}\n")
    digest.update("".join(sorted(modules)).encode())
    return digest.hexdigest()


def _header(key: str, payload: bytes) -> bytes:
    return (_MAGIC + f"{FORMAT} {key} ".encode()
            + hashlib.sha256(payload).hexdigest().encode())


def key(*parts: str) -> str:
    """An entry's key: a digest of ``parts`` (what the entry depends on) and of the code."""
    digest = hashlib.sha256(code_digest().encode())
    for part in parts:
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()


class Cache:
    """The cache of one run: a file's digest is worked out once per run, so the files must
    not change while the run reads them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._stats: dict[str, tuple[int, int, int, int, str]] = {}
        self._saved_at = 0.0
        self._changed = False
        self._folders: set[Path] = set()
        self._known: dict[str, str] = {}  # this run's digests: a file is read once per run
        stats = self._read(self.folder / _STATS, "stats")
        if isinstance(stats, tuple) and len(stats) == 2:
            self._saved_at, self._stats = stats

    # -- digests of input files ----------------------------------------------------------

    def digest(self, path: Path) -> str:
        """The SHA-256 of ``path``'s bytes ("absent" when there is no such file)."""
        name = os.path.abspath(path)  # noqa: PTH100 - no system calls, unlike resolve()
        found = self._known.get(name)
        if found is not None:
            return found
        self._known[name] = found = self._digest(path, name)
        return found

    def _digest(self, path: Path, name: str) -> str:
        try:
            stat = path.stat()
        except OSError:
            return "absent"
        known = self._stats.get(name)
        racy = stat.st_mtime >= self._saved_at - _RACY_SECONDS
        identity = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
        if known and known[:4] == identity and not racy:
            return known[4]
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return "unreadable"
        self._stats[name] = (*identity, digest)
        self._changed = True
        return digest

    def digests(self, paths: Iterable[Path]) -> str:
        """One digest for many files, their names included."""
        digest = hashlib.sha256()
        for path in sorted(paths, key=str):  # strings sort faster than paths
            digest.update(f"{path.name}\0{self.digest(path)}\0".encode())
        return digest.hexdigest()

    # -- entries -------------------------------------------------------------------------

    def _path(self, kind: str, slot: str) -> Path:
        name = hashlib.sha256(slot.encode()).hexdigest()
        return self.folder / kind / name[:2] / name

    def _read(self, path: Path, key: str,
              persistent_load: PersistentLoad | None = None) -> Any:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        header, _, payload = data.partition(b"\n\n")
        if not header.startswith(_MAGIC + f"{FORMAT} {key} ".encode()):
            return None  # made from other files, or by other code: the next store replaces it
        if header != _header(key, payload):
            path.unlink(missing_ok=True)
            return None
        try:
            unpickler = pickle.Unpickler(io.BytesIO(payload))
            if persistent_load is not None:
                unpickler.persistent_load = persistent_load  # type: ignore[method-assign]
            return unpickler.load()
        except Exception:
            path.unlink(missing_ok=True)
            return None

    def load(self, kind: str, slot: str, key: str,
             persistent_load: PersistentLoad | None = None) -> Any:
        """The value in ``slot`` if it was stored under ``key`` (see :func:`key`), or None."""
        return self._read(self._path(kind, slot), key, persistent_load)

    def store(self, kind: str, slot: str, key: str, value: Any,
              persistent_id: PersistentId | None = None) -> None:
        """Keep ``value`` in ``slot``, under ``key``, in place of what the slot held."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        if persistent_id is not None:
            pickler.persistent_id = persistent_id  # type: ignore[method-assign]
        pickler.dump(value)
        self._write(self._path(kind, slot), key, buffer.getvalue())

    def save(self) -> None:
        """Remember the digests of the files this run read, for the next run."""
        kept = {name: self._stats[name] for name in self._known if name in self._stats}
        if self._changed or len(kept) != len(self._stats):
            self._stats = kept
            self._write(self.folder / _STATS, "stats", pickle.dumps(
                (time.time(), self._stats), protocol=pickle.HIGHEST_PROTOCOL))
            self._changed = False

    def _write(self, path: Path, key: str, payload: bytes) -> None:
        """Write an entry straight to its place: a torn write fails the header's digest and
        is then computed again, so the temporary file and rename of a person's files (which
        cost more than the entry) are not needed."""
        self._ensure_folder()
        # a cache that cannot be written makes a slower run, not a failed one
        with contextlib.suppress(OSError):
            if path.parent not in self._folders:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._folders.add(path.parent)
            path.write_bytes(_header(key, payload) + b"\n\n" + payload)

    def _ensure_folder(self) -> None:
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            with contextlib.suppress(OSError):
                self.folder.mkdir(parents=True, exist_ok=True)
                ignore.write_text("# made by source-checker: its cache, never to be committed\n"
                                  "*\n", encoding="utf-8")


def default_folder(claims_dir: Path) -> Path:
    return Path(os.path.abspath(claims_dir)).parent / DEFAULT_FOLDER  # noqa: PTH100
