"""Drive a real headless Chromium over the DevTools protocol, standard library only.

Why a pipe and not ``--remote-debugging-port`` + websocket: Chromium's
``--remote-debugging-pipe`` speaks the same DevTools protocol as NUL-separated
JSON on file descriptors 3 (commands in) and 4 (replies and events out). That
needs no websocket client (nothing to add to the test extras), no free TCP
port (no race between parallel test runs) and nothing listening on the
network.

``load_page(path)`` opens one ``file://`` page in a fresh browser with a
throw-away profile and reports what a person and a security review would want
to know: console errors, every request the page tried that is not
``file:``/``data:``, any ``alert``/``confirm``/``prompt`` dialog (they are
dismissed so the page cannot hang), whether the page signalled that the graph
was drawn (``document.body.dataset.ready == "1"``, set by ``kg.viz.html``),
how many nodes and edges vis-network drew, how long that took, and an optional
PNG screenshot.
"""

from __future__ import annotations

import base64
import json
import os
import fcntl
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Sequence
from typing import Any

#: The flags the project agreed on for headless runs; the pipe and window size are ours.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
    "--hide-scrollbars",
    "--mute-audio",
)


def find_chromium() -> str | None:
    """Path of a Chromium binary, or None when none is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None


class BrowserError(RuntimeError):
    """Chromium died, or did not answer in time."""


@dataclass
class PageReport:
    """What one page load showed."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    #: every request the page tried whose URL is not file: or data:
    external_requests: list[str] = field(default_factory=list)
    #: messages of alert/confirm/prompt/beforeunload dialogs that opened
    dialogs: list[str] = field(default_factory=list)
    ready: bool = False
    nodes_drawn: int | None = None
    edges_drawn: int | None = None
    #: page-side milliseconds from navigation start to "drawn" (performance.now())
    ready_ms: float | None = None
    #: wall-clock seconds from Page.navigate to "drawn" as seen from Python
    wall_s: float | None = None
    screenshot: Path | None = None
    page_text: str = ""
    #: text of the visible vis-network tooltip after ``hover`` (None: none shown)
    tooltip: str | None = None
    #: value of the ``probe`` expression, evaluated once the page is drawn
    probe: Any = None
    #: the values of the ``("js", expr)`` steps, in order
    steps: list[Any] = field(default_factory=list)


class _Pipe:
    """One DevTools session over Chromium's fd 3/4 pipe."""

    def __init__(self, proc: subprocess.Popen[bytes], to_browser: int, from_browser: int) -> None:
        self.proc = proc
        self.wfd = to_browser
        self.rfd = from_browser
        self.buf = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None
        self.dialogs: list[str] = []

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool | str = True) -> int:
        """``session``: True for the page's session, False for the browser, or a session id (an iframe's)."""
        self.next_id += 1
        msg: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if isinstance(session, str):
            msg["sessionId"] = session
        elif session and self.session:
            msg["sessionId"] = self.session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            n = os.write(self.wfd, data)
            data = data[n:]
        return self.next_id

    def _read_one(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("chromium did not answer in time")
            ready, _, _ = select.select([self.rfd], [], [], min(left, 0.5))
            if not ready:
                if self.proc.poll() is not None:
                    raise BrowserError(f"chromium exited with code {self.proc.returncode}")
                continue
            chunk = os.read(self.rfd, 1 << 20)
            if not chunk:
                raise BrowserError("chromium closed the DevTools pipe")
            self.buf += chunk
        raw, _, self.buf = self.buf.partition(b"\0")
        msg: dict[str, Any] = json.loads(raw)
        # A dialog blocks the page's JavaScript (and so any pending evaluate):
        # record it and dismiss it at once, whatever we are waiting for.
        if msg.get("method") == "Page.javascriptDialogOpening":
            self.dialogs.append(str(msg["params"].get("message", "")))
            self.send("Page.handleJavaScriptDialog", {"accept": False})
        return msg

    def call(self, method: str, params: dict[str, Any] | None = None, *, timeout: float = 30.0,
             session: bool | str = True) -> dict[str, Any]:
        """Send a command and wait for its reply, keeping events for later."""
        cid = self.send(method, params, session=session)
        deadline = time.monotonic() + timeout
        while True:
            msg = self._read_one(deadline)
            if msg.get("id") == cid:
                if "error" in msg:
                    raise BrowserError(f"{method}: {msg['error']}")
                return dict(msg.get("result", {}))
            if "method" in msg:
                self.events.append(msg)

    def pump(self, seconds: float) -> None:
        """Collect events for a while (used while waiting for the page)."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read_one(deadline))
        except BrowserError as err:
            if "in time" not in str(err):
                raise

    def evaluate(self, expression: str, timeout: float = 30.0, session: bool | str = True) -> Any:
        res = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                        timeout=timeout, session=session)
        if "exceptionDetails" in res:
            raise BrowserError(f"evaluate {expression!r}: {res['exceptionDetails']}")
        return res.get("result", {}).get("value")


def _spawn(binary: str, profile: str, width: int, height: int) -> _Pipe:
    # Our end writes to the browser's fd 3 and reads the browser's fd 4.
    cmd_r, cmd_w = os.pipe()
    out_r, out_w = os.pipe()

    def child_fds() -> None:  # runs in the child between fork and exec
        # Move both ends to fds >= 10 first, so dup2 onto 3/4 cannot clobber the other one.
        a = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 10)
        b = fcntl.fcntl(out_w, fcntl.F_DUPFD, 10)
        os.dup2(a, 3)
        os.dup2(b, 4)

    args = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe",
            f"--window-size={width},{height}", "about:blank"]
    proc = subprocess.Popen(
        args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        pass_fds=(3, 4), preexec_fn=child_fds,
    )
    os.close(cmd_r)
    os.close(out_w)
    return _Pipe(proc, cmd_w, out_r)


def _close(pipe: _Pipe) -> None:
    try:
        pipe.send("Browser.close", session=False)
    except OSError:
        pass
    try:
        pipe.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pipe.proc.kill()  # only the process we started, by its handle
        pipe.proc.wait(timeout=10)
    for fd in (pipe.wfd, pipe.rfd):
        try:
            os.close(fd)
        except OSError:
            pass


def _collect(report: PageReport, events: list[dict[str, Any]]) -> None:
    for ev in events:
        method, p = ev.get("method"), ev.get("params", {})
        if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
            report.console_errors.append(f"console.{p['type']}: {text}")
        elif method == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            desc = d.get("exception", {}).get("description") or d.get("text", "")
            report.console_errors.append(f"exception: {desc}")
        elif method == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            e = p["entry"]
            report.console_errors.append(f"log/{e.get('source')}: {e.get('text')} {e.get('url', '')}".strip())
        elif method == "Network.requestWillBeSent":
            url = p.get("request", {}).get("url", "")
            if not (url.startswith("file:") or url.startswith("data:")):
                report.external_requests.append(url)


def load_page(path: str | Path, *, screenshot: str | Path | None = None, timeout: float = 60.0,
              width: int = 1280, height: int = 800, settle: float = 0.3,
              hover: str | None = None, probe: str | None = None, frame: bool = False,
              steps: Sequence[tuple[str, str]] = ()) -> PageReport:
    """Load ``path`` in a fresh headless Chromium and report what happened.

    Waits until the page sets ``document.body.dataset.ready = "1"`` or
    ``timeout`` seconds pass (``ready`` stays False then), then waits
    ``settle`` seconds more for late console errors or requests.
    ``hover``: a JS expression giving ``{x, y}`` in viewport pixels; the real
    mouse is moved there (DevTools Input events) before the screenshot, and
    the visible tooltip's text is reported. ``probe``: any JS expression,
    its JSON value is reported as ``probe``.
    ``frame=True``: the graph is inside an ``<iframe>`` of ``path`` (the
    Jupyter view): readiness, counts, page text and ``probe`` are read in
    that frame (the first one), whatever its origin; console errors and
    requests are collected from both documents. Chromium runs a sandboxed
    iframe in its own process, so it is reached as its own DevTools target
    (auto-attach); an in-process frame through an isolated world.
    ``steps`` (not with ``frame``), run in order once the page is drawn, as a person would:
    ``("click", expr)`` a real mouse click at the ``{x, y}`` viewport point ``expr`` gives;
    ``("type", text)`` text typed into the focused element; ``("key", name)`` one key press
    (``Enter``); ``("js", expr)`` evaluates ``expr`` and appends its value to ``report.steps``.
    """
    binary = find_chromium()
    if binary is None:
        raise BrowserError("no chromium binary found (apt-get install chromium)")
    url = Path(path).resolve().as_uri()
    report = PageReport(url=url)
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        pipe = _spawn(binary, profile, width, height)
        try:
            targets = pipe.call("Target.getTargets", session=False, timeout=30)["targetInfos"]
            pages = [t for t in targets if t.get("type") == "page"]
            if pages:
                target_id = pages[0]["targetId"]
            else:
                target_id = pipe.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
            pipe.session = pipe.call("Target.attachToTarget", {"targetId": target_id, "flatten": True},
                                     session=False)["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                pipe.call(f"{domain}.enable")
            pipe.call("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
            if frame:
                pipe.call("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": False,
                                                   "flatten": True})
            frame_sessions: list[str] = []

            def evaluate(expression: str) -> Any:
                """In the page, or (frame=True) in its first iframe; None while that frame is not there yet."""
                if not frame:
                    return pipe.evaluate(expression)
                if not frame_sessions:
                    for ev in list(pipe.events):
                        info = ev.get("params", {}).get("targetInfo", {})
                        if ev.get("method") == "Target.attachedToTarget" and info.get("type") == "iframe":
                            sid = ev["params"]["sessionId"]
                            for domain in ("Runtime", "Log", "Network"):
                                pipe.call(f"{domain}.enable", session=sid)
                            frame_sessions.append(sid)
                            break
                if frame_sessions:
                    return pipe.evaluate(expression, session=frame_sessions[0])
                children = pipe.call("Page.getFrameTree")["frameTree"].get("childFrames") or []
                if not children:
                    return None
                try:
                    world = pipe.call("Page.createIsolatedWorld", {"frameId": children[0]["frame"]["id"],
                                                                   "worldName": "kg-test"})
                    res = pipe.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                         "contextId": world["executionContextId"]})
                except BrowserError:
                    # An out-of-process frame whose target is not attached yet, or a frame
                    # that navigated (srcdoc loading) and took its context with it: try again.
                    return None
                return res.get("result", {}).get("value")

            start = time.monotonic()
            pipe.call("Page.navigate", {"url": url}, timeout=timeout)
            deadline = start + timeout
            while time.monotonic() < deadline:
                if evaluate("document.readyState === 'complete' && !!document.body "
                            "&& document.body.dataset.ready === '1'"):
                    report.ready = True
                    report.wall_s = time.monotonic() - start
                    break
                pipe.pump(0.05)
            pipe.pump(settle)
            state = evaluate(
                "(() => { const d = document.body ? document.body.dataset : {};"
                " return {nodes: d.nodesDrawn, edges: d.edgesDrawn, ms: d.readyMs,"
                " text: document.body ? document.body.innerText.slice(0, 2000) : ''}; })()"
            ) or {}
            report.nodes_drawn = int(state["nodes"]) if state.get("nodes") is not None else None
            report.edges_drawn = int(state["edges"]) if state.get("edges") is not None else None
            report.ready_ms = float(state["ms"]) if state.get("ms") is not None else None
            report.page_text = str(state.get("text", ""))
            for kind, arg in steps if report.ready and not frame else ():
                if kind == "click":
                    point = pipe.evaluate(arg) or {}
                    for event in ("mouseMoved", "mousePressed", "mouseReleased"):
                        pipe.call("Input.dispatchMouseEvent", {"type": event, "x": point["x"], "y": point["y"],
                                                               "button": "left", "clickCount": 1})
                elif kind == "type":
                    pipe.call("Input.insertText", {"text": arg})
                elif kind == "key":
                    for event in ("keyDown", "keyUp"):
                        pipe.call("Input.dispatchKeyEvent", {"type": event, "key": arg, "code": arg,
                                                             "windowsVirtualKeyCode": 13 if arg == "Enter" else 0})
                elif kind == "js":
                    report.steps.append(pipe.evaluate(arg))
                else:
                    raise ValueError(f"unknown step {kind!r}")
                pipe.pump(0.3)  # let the page react (vis redraws on the next animation frame)
            if probe is not None:
                report.probe = evaluate(probe)
            if hover is not None and report.ready and not frame:
                point = pipe.evaluate(hover) or {}
                for dx in (-3, 0):  # two moves: vis reacts to movement, not to a position
                    pipe.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": point["x"] + dx,
                                                           "y": point["y"]})
                pipe.pump(0.8)  # > vis tooltipDelay
                report.tooltip = pipe.evaluate(
                    "(() => { const t = document.querySelector('div.vis-tooltip');"
                    " return t && t.style.visibility !== 'hidden' ? t.innerText : null; })()")
            if screenshot is not None:
                shot = Path(screenshot)
                shot.parent.mkdir(parents=True, exist_ok=True)
                png = pipe.call("Page.captureScreenshot", {"format": "png"}, timeout=timeout)["data"]
                shot.write_bytes(base64.b64decode(png))
                report.screenshot = shot
            report.dialogs = list(pipe.dialogs)
            _collect(report, pipe.events)
        finally:
            _close(pipe)
    return report
