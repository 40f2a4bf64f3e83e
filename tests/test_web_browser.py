"""The review web UI in Debian's headless Chromium, driven by Playwright against the real server."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("WIRECODER_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []  # console errors, CSP violations included
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    yield pg
    context.close()


def story_id(web_server) -> str:
    return web_server.ids.get("seed") or web_server.ids["lavrov-wang"]


def test_story_page_marks_spans_and_keeps_a_confirmed_review(page, web_server):
    page.goto(web_server.url(f"/articles/{story_id(web_server)}"))
    marks = {k: page.locator(f'#story-text [data-kind="{k}"]').count()
             for k in ("event", "actor", "quote", "amount", "place")}
    assert marks["event"] and marks["actor"], marks
    if "seed" in web_server.ids:
        assert sum(marks.values()) >= 10, marks
    first = page.locator('#story-text mark[data-kind="event"][data-event-id]').first
    eid = first.get_attribute("data-event-id")
    first.click()  # app.js takes a click on a trigger to its card
    page.wait_for_function(f"location.hash === '#ev-{eid}'")

    page.get_by_role("link", name="sign in to review").click()
    page.fill('input[name="token"]', web_server.token)
    page.fill('input[name="reviewer"]', "Dana")
    page.click('#login-form button[type="submit"]')
    page.wait_for_url(f"**/articles/{story_id(web_server)}")
    assert page.locator(".who").inner_text().startswith("signed in as Dana")

    card = page.locator(f"#ev-{eid}")
    card.locator('button[data-action="confirm"]').click()
    page.wait_for_load_state()
    page.reload()
    card = page.locator(f"#ev-{eid}")
    review = card.locator('li.review[data-verdict="confirm"]').last
    assert "confirmed" in review.inner_text() and "Dana" in review.inner_text()
    assert card.locator(".machine").count() == 1  # the machine coding is still shown beside it
    kept = httpx.get(web_server.url(f"/api/events/{eid}/reviews")).json()
    assert any(r["verdict"] == "confirm" and r["reviewer"] == "Dana" for r in kept)
    assert not page.problems, page.problems


def test_correcting_an_event_from_the_panel(page, web_server):
    page.goto(web_server.url("/login?next=/articles/" + web_server.ids["pipeline-row"]))
    page.fill('input[name="token"]', web_server.token)
    page.click('#login-form button[type="submit"]')
    page.wait_for_url("**/articles/*")
    card = page.locator("article.event").first
    eid = card.get_attribute("data-event-id")
    was = card.locator(".etype").inner_text()
    new = "THREATEN" if was != "THREATEN" else "ACCUSE"
    card.locator("summary").click()
    card.locator('select[name="type"]').select_option(new)
    card.locator('input[name="note"]').fill("a warning, not a refusal")
    card.locator('button[data-action="correct"]').click()
    page.wait_for_load_state()
    review = page.locator(f'#ev-{eid} li.review[data-verdict="correct"]').last
    assert new in review.inner_text() and "a warning" in review.inner_text()
    machine = httpx.get(web_server.url(f"/api/events/{eid}")).json()
    assert machine["event_type"] == was and machine["review"]["changes"] == {"event_type": new}


def test_dyad_page_draws_the_timeline(page, web_server):
    page.goto(web_server.url("/dyads"))
    page.fill('#dyad-picker input[name="a"]', "RUS")
    page.fill('#dyad-picker input[name="b"]', "CHN")
    page.click('#dyad-picker button[type="submit"]')
    page.wait_for_url("**/dyads/RUS/CHN")
    chart = page.locator("svg.timeline")
    assert chart.is_visible()
    assert chart.locator("rect.bar").count() >= 2
    assert chart.locator("circle.point").count() >= 2  # March and June at least
    assert page.locator("#dyad-events tbody tr").count() >= 2
    assert not page.problems, page.problems


def test_a_story_with_a_script_shows_it_as_text(page, web_server):
    evil = '<script>document.title="pwned"</script> Russia and China held talks in Beijing on Monday.'
    art = httpx.post(web_server.url("/api/articles"), json={"text": evil, "date": "2025-05-12", "title": "t"},
                     headers={"Authorization": f"Bearer {web_server.token}"}, timeout=60).json()
    page.goto(web_server.url(f"/articles/{art['id']}"))
    assert page.title() != "pwned"
    assert "<script>document.title" in page.locator("#story-text").inner_text()


def test_network_page(page, web_server):
    page.goto(web_server.url("/network"))
    assert page.locator("svg.network circle.node").count() >= 3
    assert page.locator("svg.network path.edge").count() >= 1
    assert not page.problems, page.problems


# ---- the bundled examples, as the demo leaves them ----------------------------------------------
@pytest.fixture(scope="module")
def examples(tmp_path_factory, coder):
    """The example stories (each dated by its file name) coded and served, as after ./scripts/demo."""
    from conftest import serving
    from wirecoder.ingest import read_inputs
    from wirecoder.store.base import open_store
    from wirecoder.web import create_app

    db = tmp_path_factory.mktemp("examples") / "examples.db"
    with open_store(str(db)) as store:
        for art in read_inputs([str(Path(__file__).resolve().parent.parent / "examples")]):
            store.save(coder.code(art))
    with serving(create_app(db, "examples-token", coder_factory=lambda: coder)) as base:
        yield base


def boxes(locator) -> list[dict]:
    return [locator.nth(i).bounding_box() for i in range(locator.count())]


def overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and \
        a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]


@pytest.mark.parametrize("width", [1400, 800])
def test_network_first_view_has_no_overlapping_nodes(browser, examples, width):
    page = browser.new_page(viewport={"width": width, "height": 1000})
    page.goto(examples + "/network")
    nodes = page.locator("svg.network circle.node")
    assert 10 <= nodes.count() <= 20
    circles = [(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2, b["width"] / 2) for b in boxes(nodes)]
    for i, (x1, y1, r1) in enumerate(circles):
        for x2, y2, r2 in circles[i + 1:]:
            assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 > r1 + r2, "two actors' circles overlap"
    svg = page.locator("svg.network").bounding_box()
    assert all(svg["x"] <= x - r and x + r <= svg["x"] + svg["width"] for x, _, r in circles)
    edges = page.locator("svg.network path.edge")
    assert edges.count() >= 10
    assert edges.first.locator("xpath=..").locator("title").text_content().count("→") == 1  # hover details
    page.close()


def test_clicking_a_node_opens_its_dyad(page, examples):
    page.goto(examples + "/network")
    node = page.locator("svg.network circle.node").first
    actor = node.get_attribute("data-actor")
    node.click()
    page.wait_for_url(f"**/dyads/{actor}/*")
    assert page.locator("h1").inner_text().startswith(f"{actor} –")
    assert page.locator("svg.timeline").is_visible()  # the busiest pair has dated events
    assert not page.problems, page.problems


def test_network_filters(page, examples):
    page.goto(examples + "/network?actor=russia&type=")
    assert page.locator('svg.network circle.node.focus[data-actor="RUS"]').count() == 1
    assert all("RUS" in (e.get_attribute("data-source"), e.get_attribute("data-target"))
               for e in page.locator("svg.network path.edge").all())
    page.goto(examples + "/network?type=sanctions")
    assert page.locator("svg.network path.edge").count() >= 1
    page.goto(examples + "/network?actor=Atlantis")
    assert "not an actor" in page.locator("p.error").inner_text()


def test_dyad_chart_labels_do_not_collide_and_years_stay_years(page, examples):
    for path in ("/dyads/RUS/UKR", "/dyads/USA/CHN", "/dyads/USA/PRK", "/dyads/IRN/SAU"):
        page.goto(examples + path)
        labels = boxes(page.locator("svg.timeline text"))
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert not overlap(a, b), f"{path}: chart labels collide"
    page.goto(examples + "/dyads/USA/CHN")  # the Bali meeting, dated only to 2022
    band = page.locator('svg.timeline g.span[data-precision="year"]')
    assert band.count() == 1 and band.get_attribute("data-period") == "2022-01-01"
    assert page.locator("#dyad-events time", has_text="2022").count() >= 1
    assert page.locator("#dyad-events time", has_text="2022-01-01").count() == 0
    assert not page.problems, page.problems


def test_a_missing_page_is_a_page(page, examples):
    page.goto(examples + "/articles/no-such-story")
    assert "Error 404" in page.locator("h1").inner_text()
    assert "no-such-story" in page.locator("p.error").inner_text()
