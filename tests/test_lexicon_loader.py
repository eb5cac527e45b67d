"""lexicon.load reads every lexicon with libyaml's safe loader when PyYAML has it: the same values as
yaml.safe_load, and a malformed or empty file is still a ValueError naming it."""
from __future__ import annotations

import pytest
import yaml

from finder import lexicon


def test_libyaml_loader_when_available():
    want = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader
    assert lexicon._LOADER is want


@pytest.mark.parametrize("path", sorted(lexicon.lexicon_dir().glob("*.yml")), ids=lambda p: p.stem)
def test_same_values_as_safe_load(path):
    assert lexicon.load(path.stem) == yaml.safe_load(path.read_text("utf-8"))


@pytest.mark.parametrize("body, says", [("a: [1, 2\nb: 3\n", "broken.yml"), ("", "is empty")])
def test_bad_lexicon_is_a_value_error_naming_it(tmp_path, monkeypatch, body, says):
    (tmp_path / "broken.yml").write_text(body, encoding="utf-8")
    monkeypatch.setattr(lexicon, "lexicon_dir", lambda: tmp_path)
    with pytest.raises(ValueError, match=says):
        lexicon.load.__wrapped__("broken")       # uncached: the process's lexicons stay as read
