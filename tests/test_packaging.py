"""Packaging: every finder package is listed in pyproject.toml, and lexicons load from data."""
from pathlib import Path
import pytest

from finder import lexicon

tomllib = pytest.importorskip("tomllib")  # Python >= 3.11

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "finder").rglob("__init__.py")}
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"


def test_lexicons_load_as_data():
    units = lexicon.load("units")
    assert units["money"]["亿元"] == 10000
    assert units["operators"]["》"] == ">="
