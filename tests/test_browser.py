"""The seed-000 HTML report in headless Chromium: loads without console errors, and clicking the
first finding brings its sentence into view and highlights it. Skipped when no Chromium binary
exists (CI installs Debian's chromium package; see .ci/run)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from finder.render import html as html_render
from test_render_html import SEED0

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("make_reports", ROOT / "scripts/make_reports.py")
make_reports = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_reports)

BINARY = make_reports.chromium_binary()
pytestmark = pytest.mark.skipif(BINARY is None, reason="no chromium binary on PATH (apt-get install -y chromium)")


def seed0_analysis():
    """The real pipeline's analysis of seed 000."""
    from finder.analysis import analyse

    return analyse([str(SEED0.relative_to(ROOT))])


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    page = tmp_path_factory.mktemp("html") / f"{SEED0.stem}.html"
    page.write_text(html_render.render(seed0_analysis()), "utf-8")
    b = make_reports.Chromium(BINARY)
    b.open(page)
    b.page_path = page
    yield b
    b.close()


def test_loads_without_console_errors(browser):
    assert browser.js("document.title").endswith("— finder")
    assert browser.js("document.querySelectorAll('.finding').length") > 0
    assert browser.js("document.querySelectorAll('#narrative .claim').length") > 0
    assert browser.console_errors() == []


def test_clicking_the_first_finding_shows_what_it_points_at(browser):
    assert browser.js("document.querySelector('.finding').dataset.severity") == "error"
    state = make_reports.click_finding(browser)
    assert state["finding"] == browser.js("document.querySelector('.finding').id")
    assert state["active"] and state["lit"] and state["visible"], state


def test_clicking_a_finding_brings_its_sentence_into_view(browser):
    state = make_reports.click_finding(browser, with_sentence=True)
    assert state is not None, "no finding of seed 000 points at a sentence"
    assert state["id"].startswith("s-") and state["text"].strip()
    assert state["active"] and state["lit"] and state["visible"], state
    assert browser.js("document.querySelectorAll('.target').length") >= 2   # the sentence and its claim or cell
    assert browser.console_errors() == []
    shot = browser.page_path.with_suffix(".png")
    browser.screenshot(shot)
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
