"""Loads the data files in lexicons/ once per process (concepts, tables, units, directions)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_DEV_DIR = Path(__file__).resolve().parent.parent / "lexicons"


_INSTALLED_DIR = Path(__file__).resolve().parent / "_lexicons"   # `pip install .` puts lexicons/ here

# libyaml's safe loader builds the same values as yaml.safe_load about eight times faster (every
# process reads ~180 kB of lexicons: ~0.5 s in pure Python); PyYAML without libyaml falls back.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def lexicon_dir() -> Path:
    """The checkout's lexicons/ when running from source, else the installed copy."""
    if _DEV_DIR.is_dir():
        return _DEV_DIR
    return _INSTALLED_DIR


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Parsed lexicons/<name>.yml; raises ValueError naming the file when it is malformed."""
    path = lexicon_dir() / f"{name}.yml"
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_LOADER)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"lexicon {path.name}: {exc}") from exc
    if data is None:
        raise ValueError(f"lexicon {path.name} is empty")
    return data


def alternation(words) -> str:
    """Lexicon words as one regex alternation, escaped, longest first (so '决算数' wins over '决算');
    a pattern that never matches when there are none."""
    import regex

    words = sorted({str(w) for w in words or () if w}, key=len, reverse=True)
    return "|".join(regex.escape(w) for w in words) if words else "(?!)"


def path(name: str) -> Path:
    return lexicon_dir() / name
