"""Headless Chromium driven over the DevTools protocol through a pipe (no extra Python package).

Chromium's ``--remote-debugging-pipe`` reads NUL-terminated JSON commands on
fd 3 and writes replies and events on fd 4, so a few dozen lines replace
Selenium or a websocket client.  Every page's network requests are recorded
(``Network.requestWillBeSent``, also in auto-attached frames and workers) so a
test can prove nothing left 127.0.0.1; a dead proxy makes sure nothing could.
"""

from __future__ import annotations

import base64
import fcntl
import itertools
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
    "--disable-features=Translate,OptimizationHints,MediaRouter,InterestFeedContentSuggestions",
    "--metrics-recording-only", "--no-default-browser-check", "--mute-audio", "--hide-scrollbars",
    "--remote-debugging-pipe",
)
# by default every request goes to a closed port on loopback and fails: nothing can reach the internet
DEAD_PROXY = "http://127.0.0.1:9"


def chromium_path() -> str:
    """The Chromium binary (Debian's ``/usr/bin/chromium``, installed by scripts/setup.sh)."""
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("Chromium not found: run `make test` (scripts/setup.sh installs the Debian package)")


def _high(fd: int) -> int:
    """A copy of ``fd`` numbered 100 or more (the original is closed)."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 100)
    os.close(fd)
    return high


class CDPError(RuntimeError):
    """A DevTools command failed."""


class Browser:
    """One headless Chromium process and its pipe."""

    def __init__(self, proxy: str = DEAD_PROXY) -> None:
        """Start Chromium; every request goes through ``proxy`` (a dead one unless told otherwise)."""
        self.profile = tempfile.mkdtemp(prefix="vmatris-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # move Chromium's ends above 3 and 4, so the shell's redirections cannot close them
        to_chrome_r, from_chrome_w = (_high(fd) for fd in (to_chrome_r, from_chrome_w))
        args = [*FLAGS, f"--proxy-server={proxy}",
                f"--user-data-dir={self.profile}", "about:blank"]
        script = f'exec "$0" "$@" 3<&{to_chrome_r} 4>&{from_chrome_w} {to_chrome_r}<&- {from_chrome_w}>&-'
        self.proc = subprocess.Popen(["bash", "-c", script, chromium_path(), *args],
                                     pass_fds=(to_chrome_r, from_chrome_w), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._ids = itertools.count(1)
        self._waiting: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self.events: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_chrome, 65536)
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                self._dispatch(json.loads(raw))

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "id" in message:
            waiter = self._waiting.pop(message["id"], None)
            if waiter is not None:
                waiter.put(message)
            return
        self.events.append(message)
        params = message.get("params", {})
        if message.get("method") == "Network.requestWillBeSent":
            self.requests.append({"url": params["request"]["url"], "session": message.get("sessionId")})
        elif message.get("method") == "Target.attachedToTarget":
            # frames in their own process and workers: record their requests too
            session = params["sessionId"]
            for method, args in (("Network.enable", {}), ("Target.setAutoAttach", {
                    "autoAttach": True, "waitForDebuggerOnStart": False, "flatten": True}),
                    ("Runtime.runIfWaitingForDebugger", {})):
                self._post(method, args, session)

    def _post(self, method: str, params: dict[str, Any], session: str | None) -> int:
        msg_id = next(self._ids)
        message: dict[str, Any] = {"id": msg_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        with self._lock:
            os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        return msg_id

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float = 30) -> dict[str, Any]:
        """Send one command and return its result (raises :class:`CDPError`)."""
        waiter: queue.Queue[dict[str, Any]] = queue.Queue()
        msg_id = next(self._ids)
        self._waiting[msg_id] = waiter
        message: dict[str, Any] = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        with self._lock:
            os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        try:
            reply = waiter.get(timeout=timeout)
        except queue.Empty:
            raise CDPError(f"{method}: no reply in {timeout}s") from None
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def new_tab(self) -> Tab:
        """A fresh tab at about:blank with network recording on."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for method in ("Page.enable", "Network.enable", "Runtime.enable"):
            self.send(method, session=session)
        self.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": False, "flatten": True},
                  session=session)
        return Tab(self, session, target)

    def close(self) -> None:
        """Stop Chromium and remove its profile."""
        try:
            self.send("Browser.close", timeout=5)
        except (CDPError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)


class Tab:
    """One page: navigate, evaluate, type, click, read history, take screenshots."""

    def __init__(self, browser: Browser, session: str, target: str) -> None:
        self.browser, self.session, self.target = browser, session, target

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 30) -> dict[str, Any]:
        return self.browser.send(method, params, self.session, timeout)

    def evaluate(self, expression: str, await_promise: bool = False, timeout: float = 30) -> Any:
        """The JSON value of a JavaScript expression in the page."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": await_promise}, timeout)
        if "exceptionDetails" in result:
            raise CDPError(f"{expression[:80]}: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result["result"].get("value")

    def url(self) -> str:
        """The URL of the current history entry."""
        return self._current_url()

    def _current_url(self) -> str:
        history = self.send("Page.getNavigationHistory")
        return history["entries"][history["currentIndex"]]["url"]

    def wait_loaded(self, url_contains: str = "", timeout: float = 15) -> str:
        """Wait until the current entry's URL contains ``url_contains`` and the document has loaded."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                current = self._current_url()
                if url_contains in current and self.evaluate("document.readyState") == "complete" and \
                        url_contains in self.evaluate("location.href"):
                    return current
            except CDPError:
                pass
            time.sleep(0.05)
        raise CDPError(f"page with {url_contains!r} did not load (at {self._current_url()})")

    def goto(self, url: str) -> None:
        """Navigate (a new history entry) and wait for the load."""
        self.send("Page.navigate", {"url": url})
        self.wait_loaded(url.split("#")[0])

    def history(self) -> list[str]:
        """The URLs of the tab's session history."""
        return [e["url"] for e in self.send("Page.getNavigationHistory")["entries"]]

    def center(self, selector: str) -> tuple[float, float]:
        box = self.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); "
                            "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect(); "
                            "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        return box[0], box[1]

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element."""
        x, y = self.center(selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def press(self, key: str, code: int) -> None:
        """A real key press (keyDown + keyUp), e.g. ``press("Escape", 27)``."""
        for kind in ("rawKeyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": key,
                                                 "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code})

    def type_into(self, selector: str, text: str) -> None:
        """Focus a field and type ``text`` as a user would."""
        self.click(selector)
        self.evaluate(f"document.querySelector({json.dumps(selector)}).value = ''")
        self.send("Input.insertText", {"text": text})

    def run_axe(self, axe_source: str, tags: tuple[str, ...]) -> list[dict[str, Any]]:
        """axe-core's violations on the current page for the given rule tags."""
        self.evaluate(axe_source)
        result = self.evaluate(
            "axe.run(document, {runOnly: {type: 'tag', values: " + json.dumps(list(tags)) + "}})"
            ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, "
            "nodes: v.nodes.map(n => n.target.join(' '))})))", await_promise=True, timeout=60)
        return result

    def screenshot(self, path: Path, width: int, height: int, mobile: bool, max_height: int = 4000) -> None:
        """A PNG of the page from the top, at most ``max_height`` pixels high, at the given viewport."""
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": 1, "mobile": mobile})
        self.evaluate("window.scrollTo(0, 0)")
        metrics = self.send("Page.getLayoutMetrics")
        full = metrics.get("cssContentSize") or metrics["contentSize"]
        shot = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": {
            "x": 0, "y": 0, "width": width, "height": min(full["height"], max_height), "scale": 1}})
        path.write_bytes(base64.b64decode(shot["data"]))
