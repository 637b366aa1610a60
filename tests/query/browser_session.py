"""A headless Chromium session on an http page that a test drives step by step: type, press keys, click.

Built on tests/viz/browser.py (the DevTools pipe, the flags, how console errors and requests are
collected); that module loads one file:// page and reports, this one keeps a page open on the
endpoint so a test can use it as a person does. Keys and text go through DevTools' Input domain
(real key and input events, as from a keyboard), not through the page's own functions.
"""

from __future__ import annotations

import base64
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.viz.browser import BrowserError, PageReport, _close, _collect, _spawn, find_chromium

#: DevTools key descriptions: key, code, virtual key code
_KEYS = {"Enter": ("Enter", "Enter", 13), "Escape": ("Escape", "Escape", 27), "a": ("a", "KeyA", 65),
         "End": ("End", "End", 35), "Backspace": ("Backspace", "Backspace", 8)}
CTRL = 2


class Session:
    """One browser, one tab; ``report()`` has the console errors and the requests outside ``allowed``."""

    def __init__(self, *, width: int = 1280, height: int = 900) -> None:
        binary = find_chromium()
        if binary is None:
            raise BrowserError("no chromium binary found (apt-get install chromium)")
        self._profile = tempfile.TemporaryDirectory(prefix="kg-chromium-")
        self.pipe = _spawn(binary, self._profile.name, width, height)
        targets = self.pipe.call("Target.getTargets", session=False)["targetInfos"]
        pages = [t for t in targets if t.get("type") == "page"]
        target = pages[0]["targetId"] if pages else self.pipe.call(
            "Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.pipe.session = self.pipe.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                                           session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.pipe.call(f"{domain}.enable")
        self.pipe.call("Emulation.setDeviceMetricsOverride",
                       {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def open(self, url: str, *, ready: str = "document.body && document.body.dataset.ready === '1'",
             timeout: float = 30.0) -> None:
        self.pipe.call("Page.navigate", {"url": url}, timeout=timeout)
        self.wait_for(f"document.readyState === 'complete' && ({ready})", timeout=timeout)

    def evaluate(self, expression: str) -> Any:
        return self.pipe.evaluate(expression)

    def wait_for(self, expression: str, *, timeout: float = 15.0) -> Any:
        """The truthy value of ``expression``, polled; BrowserError when it stays falsy."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.pipe.evaluate(expression)
            except BrowserError:
                value = None  # the page is navigating: no context to evaluate in yet
            if value:
                return value
            self.pipe.pump(0.05)
        raise BrowserError(f"still false after {timeout:g} s: {expression}")

    def click(self, selector: str, *, shadow: str | None = None) -> None:
        """A real mouse click in the middle of the first element ``selector`` matches (in the shadow root of
        the element ``shadow`` matches, if given)."""
        scope = f"document.querySelector({shadow!r}).shadowRoot" if shadow else "document"
        box = self.wait_for(f"(() => {{ const e = {scope}.querySelector({selector!r}); if (!e) return null; "
                            "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect(); "
                            "return r.width ? {x: r.x + r.width / 2, y: r.y + r.height / 2} : null; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.pipe.call("Input.dispatchMouseEvent", {"type": kind, "x": box["x"], "y": box["y"],
                                                        "button": "left", "clickCount": 1})

    def key(self, name: str, modifiers: int = 0) -> None:
        key, code, vk = _KEYS[name]
        for kind in ("keyDown", "keyUp"):
            self.pipe.call("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": code, "modifiers": modifiers,
                                                      "windowsVirtualKeyCode": vk})

    def type(self, text: str) -> None:
        """Text as typed: one input event per character (the editor's completion reacts to typing)."""
        for char in text:
            self.pipe.call("Input.insertText", {"text": char})
        self.pipe.pump(0.05)

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        png = self.pipe.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(png))
        return path

    def report(self, allowed: str) -> PageReport:
        """Console errors and dialogs so far, and every request whose URL does not start with ``allowed``."""
        self.pipe.pump(0.3)
        report = PageReport(url=allowed)
        _collect(report, self.pipe.events)
        report.external_requests = [u for u in report.external_requests if not u.startswith(allowed)]
        report.dialogs = list(self.pipe.dialogs)
        return report

    def close(self) -> None:
        _close(self.pipe)
        self._profile.cleanup()
