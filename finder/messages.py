"""Message templates per check code, zh and en; checks format them with named arguments."""
from __future__ import annotations

from typing import Any

TEMPLATES: dict[str, dict[str, str]] = {}


def add(templates: dict[str, dict[str, str]]) -> None:
    """Register templates {code or code.variant: {"zh": ..., "en": ...}} (once per module)."""
    for key, t in templates.items():
        if key in TEMPLATES and TEMPLATES[key] != t:
            raise ValueError(f"duplicate message template {key!r}")
        TEMPLATES[key] = t


def msg(key: str, lang: str = "zh", **args: Any) -> str:
    """The template for `key` in `lang` (falls back to zh), formatted with `args`."""
    t = TEMPLATES.get(key)
    if t is None:
        raise KeyError(f"no message template {key!r}")
    return (t.get(lang) or t["zh"]).format(**args)
