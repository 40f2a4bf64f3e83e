"""Regenerate docs/screenshots/ (story, dyad, network) from the real app in headless Chromium.

Codes the shared seed story (when ../shared is present), the project's
example stories and a few short Russia-China stories written for this
script into a temporary database, serves it, signs in, confirms the seed's
first CONSULT, and photographs the seed's story page, the RUS-CHN dyad and
the network at 1400x1000. With --every DIR it also photographs every page
(stories, story, dyads, dyad, network, an error page) at 1400x1000 and at
800x1000 into DIR, full length, for a look before a change is called done.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--every /tmp/pages]
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn

from wirecoder.config import Config
from wirecoder.ingest import ReadOptions, read_inputs
from wirecoder.ingest.readers import make_article
from wirecoder.pipeline import Coder
from wirecoder.store.base import open_store
from wirecoder.web import create_app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_7e8dc7e681b72be7.txt"
TOKEN = "screenshot-token"
STORIES = [  # (date, title, text): a year of Russia-China news, written for this script
    ("2025-02-04", "Russia and China vow closer energy ties",
     "Russian Energy Minister Sergei Tsivilev met Chinese officials in Beijing on Monday and the two sides "
     "agreed to expand oil deliveries."),
    ("2025-03-12", "Lavrov and Wang agree to expand energy ties",
     "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday, and "
     "the two sides agreed to expand energy cooperation.\n\"Our relations are at their best in history,\" "
     "Lavrov told reporters after the talks."),
    ("2025-06-20", "China rejects Russian pipeline route",
     "BEIJING (Reuters) - China rejected a Russian proposal on Friday to route a new gas pipeline through "
     "Mongolia, officials said.\nChinese Foreign Ministry spokeswoman Mao Ning accused Moscow of delaying "
     "talks on the price."),
    ("2025-09-02", "Russian and Chinese navies hold joint drills",
     "VLADIVOSTOK (AP) - Russian and Chinese warships began joint naval exercises in the Sea of Japan on "
     "Tuesday, the Russian Defense Ministry said.\nChina sent four destroyers to the drills."),
    ("2025-10-15", "Russia criticises Chinese banks over payments",
     "MOSCOW - Russia criticized Chinese banks on Wednesday for refusing payments from Russian companies, "
     "Kremlin spokesman Dmitry Peskov said."),
]


def build(db: Path) -> str:
    """Code everything into ``db``; return the id of the story page to photograph."""
    coder = Coder(Config())
    arts = [make_article(text, title, ReadOptions(default_date=day), title=title)
            for day, title, text in STORIES]
    for f in sorted((ROOT / "examples" / "stories").glob("*.txt")):
        arts += list(read_inputs([str(f)]))  # each dated by its file name
    shown = arts[1]
    if SEED.exists():
        (seed,) = read_inputs([str(SEED)], ReadOptions(default_date="2025-05-09"))
        arts.append(seed)
        shown = seed
    with open_store(str(db)) as store:
        for art in arts:
            if isinstance(art, Exception):
                print(f"skipped: {art}", file=sys.stderr)
                continue
            store.save(coder.code(art))
    return str(getattr(shown, "id", ""))


PAGES = {"stories": "/", "story": "/articles/{id}", "dyads": "/dyads", "dyad": "/dyads/RUS/CHN",
         "network": "/network", "error": "/articles/no-such-story"}


def shoot(base: str, article_id: str, out: Path, every: Path | None = None) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--headless", "--no-sandbox", "--disable-gpu",
                                          "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
        page.goto(f"{base}/login?next=/articles/{article_id}")
        page.fill('input[name="token"]', TOKEN)
        page.fill('input[name="reviewer"]', "Dana")
        page.click('#login-form button[type="submit"]')
        page.wait_for_url(f"**/articles/{article_id}")
        consult = page.locator("article.event", has=page.locator(".etype", has_text="CONSULT")).first
        if consult.count():
            consult.locator('button[data-action="confirm"]').click()
            page.wait_for_load_state()
        for name in ("story", "dyad", "network"):  # from the top, without an #event anchor
            page.goto(base + PAGES[name].format(id=article_id))
            page.screenshot(path=str(out / f"{name}.png"))
        if every:
            every.mkdir(parents=True, exist_ok=True)
            for width in (1400, 800):
                page.set_viewport_size({"width": width, "height": 1000})
                for name, path in PAGES.items():
                    page.goto(base + path.format(id=article_id))
                    page.screenshot(path=str(every / f"{name}-{width}.png"), full_page=True)
        browser.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--every", metavar="DIR", help="also photograph every page at 1400 and 800 wide here")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shots.db"
        article_id = build(db)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(db, TOKEN), host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            shoot(f"http://127.0.0.1:{port}", article_id, out, Path(args.every) if args.every else None)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    print(f"wrote story.png, dyad.png and network.png in {out}" + (f"; every page in {args.every}"
                                                                      if args.every else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
