"""The one table of checks: code -> CheckSpec; checks register here with @register."""
from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator


CODE = re.compile(r"[A-Z]{2}\d{2}")
SECTIONS = ("**Anti-pattern**", "**Best practice**")
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class CheckOptions:
    """Options every check may read; defaults are the documented behaviour."""

    lang: str = "zh"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckSpec:
    code: str
    name: str                         # kebab-case, names the defect
    groups: tuple[str, ...]           # always includes "all"
    kind: str                         # gold taxonomy: percent_recompute, unit_slip, ...
    run: Callable[..., Iterator[Any]]     # yields Finding, and Settlement records (checks/ledger.py)
    doc: str = ""

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else self.name


_CHECKS: dict[str, CheckSpec] = {}


def register(code: str, *, name: str, groups: tuple[str, ...] = (), kind: str = "other"):
    """Decorator: add a check `fn(analysis, opts) -> Iterator[Finding | Settlement]` under `code`.

    A check never mutates the model: it yields Findings, and Settlements (its verdict on a claim)
    that finder.checks.run applies to the claim ledger once every check has run."""

    def add(fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        doc = inspect.getdoc(fn) or ""
        if not CODE.fullmatch(code) or code in _CHECKS:
            raise ValueError(f"invalid or duplicate check code {code!r}")
        missing = [s for s in SECTIONS if s not in doc]
        if missing:
            raise ValueError(f"{code}: docstring needs {missing}")
        _CHECKS[code] = CheckSpec(code, name, ("all", *groups), kind, fn, doc)
        return fn

    return add


def all_checks() -> list[CheckSpec]:
    return [_CHECKS[c] for c in sorted(_CHECKS)]


def get(code: str) -> CheckSpec:
    try:
        return _CHECKS[code]
    except KeyError:
        raise KeyError(f"unknown check {code!r}; known: {', '.join(sorted(_CHECKS))}") from None


def select(include: Iterable[str] = ("all",), exclude: Iterable[str] = ()) -> list[CheckSpec]:
    """Codes, code prefixes, names or groups, like `--select AR,TX01 --ignore TX03`."""

    def hit(spec: CheckSpec, keys: Iterable[str]) -> bool:
        return any(k == spec.code or spec.code.startswith(k) or k == spec.name or k in spec.groups
                   for k in keys)

    inc, exc = list(include), list(exclude)
    return [s for s in all_checks() if hit(s, inc) and not hit(s, exc)]
