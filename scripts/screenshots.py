"""Screenshots of the public search page at desktop and phone width, for the README.

    .venv/bin/python scripts/screenshots.py [--db data/build/vmatris.db] [--kommun Norrby] [--out docs/screenshots]

Without ``--db`` it builds the small test county of ``tests/datasette/testweb.py``
(real extraction, fictional sites) in a temporary folder.  Datasette and
headless Chromium run on 127.0.0.1 only; the clock is fixed (``VMATRIS_NOW``) so
the "öppet nu" labels are the same every time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.datasette import testweb  # noqa: E402
from tests.datasette.conftest import start_datasette  # noqa: E402
from vmatris.browser import Browser  # noqa: E402

# width, height of the picture, phone emulation: enough to show the form and the first results
SIZES = {"dator": (1280, 1500, False), "mobil": (390, 1900, True)}


def main() -> None:
    """Build or open the database, start Datasette, and save one PNG per width."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=None, help="database to show (default: build the test county)")
    parser.add_argument("--kommun", default="Norrby", help="kommun to search for")
    parser.add_argument("--roll", default="utsatt", help="role: utsatt, barn or utovare")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    import os

    os.environ.setdefault("VMATRIS_NOW", "2026-11-25T10:00:00")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or testweb.build(Path(tmp) / "testlan")
        proc, base = start_datasette(db, "https://www.google.se/")
        browser = Browser()
        try:
            args.out.mkdir(parents=True, exist_ok=True)
            for name, (width, height, mobile) in SIZES.items():
                tab = browser.new_tab()
                tab.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                                "deviceScaleFactor": 1, "mobile": mobile})
                tab.goto(f"{base}/hitta-stod?kommun={args.kommun}&roll={args.roll}&sprak=")
                path = args.out / f"hitta-stod-{name}.png"
                tab.screenshot(path, width, height, mobile, max_height=height)
                print(f"wrote {path}")
        finally:
            browser.close()
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
