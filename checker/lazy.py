"""A value computed on first use and kept on the object, without the lock that
:func:`functools.cached_property` takes on Python 3.11 (which costs more than computing a
passage's position). The values kept this way are functions of immutable data, so two
threads computing one at once would compute the same thing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

Value = TypeVar("Value")


class lazy(Generic[Value]):
    def __init__(self, compute: Callable[[Any], Value]) -> None:
        self.compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> lazy[Value]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> Value: ...

    def __get__(self, instance: object | None, owner: type | None = None
                ) -> Value | lazy[Value]:
        if instance is None:
            return self
        value = self.compute(instance)
        # into the instance's own dictionary, past a frozen dataclass's __setattr__: from
        # now on the attribute is found there, and this method is not called again
        instance.__dict__[self.name] = value
        return value
