"""Run the extractors in a worker process, so the crawl's reactor thread keeps fetching while another core extracts.

The crawl is CPU-bound on its one reactor thread and the extractors were a
third of it.  :class:`ExtractWorker` starts one child Python process
(``reactor.spawnProcess``) and talks to it over two pipes: jobs (URL, decoded
HTML, content type) go to the child's stdin, results (relevance, finding
values, findings with evidence, extractor errors) come back on its fd 3, each
a length-prefixed pickle.  Twisted reads and writes the pipes without
blocking, so nothing else in the crawl waits for the child.

The child parses the HTML once into a :class:`matrix.page.Page` and runs
:func:`matrix.extract.extract_all` on it: that parse is the extraction's only
one; the spider's parse (for the links, the title and the main text) stays in
the crawl process.

Robustness:

* the child ignores SIGINT (a Ctrl-C to the process group lets the crawl shut
  down gracefully and drain the jobs in flight) and exits at EOF on its stdin,
  so a crawl killed in any way (SIGKILL too) leaves no orphan behind;
* a child that dies (or takes longer than ``timeout`` seconds on one page, then
  it is killed) costs that one page its extraction: the page gets an error
  finding for every variable, as the non-strict inline path records a failing
  extractor; the other jobs in flight go to a new child;
* after ``max_restarts`` deaths the worker gives up and the pipeline
  extracts inline for the rest of the crawl;
* at most ``window`` jobs are in the pipes at once; more wait in a queue that
  Scrapy itself bounds (a response's items hold its slot until they are done).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import pickle
import resource
import signal
import struct
import sys
import time
from collections import OrderedDict, deque
from typing import Any

from matrix.extract import EXTRACTORS, Options, as_json, extract_all, values
from matrix.finding import Finding
from matrix.page import Page
from scrapers.procstats import process_cpu_seconds

log = logging.getLogger(__name__)
HEADER = struct.Struct(">Q")
F_SETPIPE_SZ = 1031  # Linux: a 1 MiB pipe holds several pages, so the child never waits for the next one
PIPE_SIZE = 1 << 20
RESULTS_FD = 3


def run_extractors(page: Page, options: Options) -> dict[str, Any]:
    """What the extract pipeline sets on an item, from one parsed page (inline and in the worker alike)."""
    findings = extract_all(page, options)
    doc = as_json(page, findings)
    return {"relevance": doc["relevance"], "findings": values(findings), "findings_json": doc["variables"],
            "errors": {name: f.details["error"] for name, f in findings.items() if "error" in f.details},
            "text": page.main_text}


def failed(message: str) -> dict[str, Any]:
    """The result of a page whose extraction could not run at all: every variable records the error."""
    findings = {name: Finding(name, None, (), {"error": message}) for name in EXTRACTORS}
    return {"relevance": 0.0, "findings": values(findings),
            "findings_json": {name: f.as_json() for name, f in findings.items()},
            "errors": {name: message for name in findings}}


def make_options(registry_path: str) -> Options:
    from matrix import registry

    return Options(kommun_index=registry.kommun_index(registry_path), strict=False) if registry_path else Options(
        strict=False)


# ---------------------------------------------------------------- the child


def _read_frame(stream: Any) -> Any:
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        return None  # EOF: the crawl closed the pipe or died
    size = HEADER.unpack(head)[0]
    body = stream.read(size)
    if len(body) < size:
        return None
    return pickle.loads(body)


def _write_frame(stream: Any, obj: Any) -> None:
    body = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(body)) + body)
    stream.flush()


def _die_with_parent() -> None:
    """Linux: SIGKILL us when the crawl dies, even in the middle of a page (EOF on stdin covers the rest)."""
    parent = os.getppid()
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the crawl died before prctl
        os._exit(0)


def child_main() -> int:
    """The worker process: read jobs until EOF, answer each on fd 3."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the crawl decides when to stop; EOF ends us
    _die_with_parent()
    for fd in (0, RESULTS_FD):
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, F_SETPIPE_SZ, PIPE_SIZE)
    logging.getLogger("matrix.extract").setLevel(logging.CRITICAL)  # the crawl logs the errors we return
    jobs = os.fdopen(0, "rb", buffering=PIPE_SIZE)
    out = os.fdopen(RESULTS_FD, "wb")
    config = _read_frame(jobs)
    if config is None:
        return 0
    options = make_options(config.get("registry", ""))
    fault = os.environ.get("VMATRIS_EXTRACT_WORKER_FAULT", "")  # tests: "crash:<url part>", "hang:<url part>"
    while True:
        job = _read_frame(jobs)
        if job is None:
            return 0
        job_id, url, html, content_type = job
        try:
            if fault:
                _inject(fault, url)
            result = (job_id, run_extractors(Page(url, html, content_type=content_type), options), *_usage())
            body = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - reported as the page's extraction error
            body = pickle.dumps((job_id, failed(f"{type(exc).__name__}: {exc}"), *_usage()),
                                protocol=pickle.HIGHEST_PROTOCOL)
        try:
            out.write(HEADER.pack(len(body)) + body)
            out.flush()
        except BrokenPipeError:
            return 0


def _usage() -> tuple[int, float]:
    """The worker's own peak RSS (KiB) and CPU seconds so far: the crawl adds them to its stats, since
    /usr/bin/time on the crawl reports the larger of the two processes, not their sum."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, process_cpu_seconds()


def _inject(fault: str, url: str) -> None:
    """Tests only: misbehave on the pages whose URL contains the fault's part."""
    kind, _, part = fault.partition(":")
    if part and part in url:
        if kind == "crash":
            os._exit(13)
        if kind == "hang":
            time.sleep(3600)
        if kind == "raise":
            raise RuntimeError("injected")


BOOT = ("import json, sys; sys.path[:] = json.loads(sys.argv[1]); "
        "from scrapers.extract_worker import child_main; sys.exit(child_main())")


# ---------------------------------------------------------------- the crawl's side


def _protocol_class() -> type:
    from twisted.internet.protocol import ProcessProtocol

    class WorkerProtocol(ProcessProtocol):
        def __init__(self, owner: ExtractWorker) -> None:
            self.owner = owner
            self.buf = bytearray()
            self.gone = False
            self.timed_out = False

        def childDataReceived(self, childFD: int, data: bytes) -> None:  # noqa: N802 - Twisted's name
            if childFD != RESULTS_FD:
                return
            self.buf += data
            while len(self.buf) >= HEADER.size:
                size = HEADER.unpack_from(self.buf)[0]
                if len(self.buf) < HEADER.size + size:
                    break
                body = bytes(self.buf[HEADER.size:HEADER.size + size])
                del self.buf[:HEADER.size + size]
                self.owner._answered(self, *pickle.loads(body))

        def childConnectionLost(self, childFD: int) -> None:  # noqa: N802
            if childFD == RESULTS_FD:
                self._gone("its result pipe closed")

        def processExited(self, reason: Any) -> None:  # noqa: N802
            self._gone(str(reason.value))

        def processEnded(self, reason: Any) -> None:  # noqa: N802
            self._gone(str(reason.value))

        def _gone(self, why: str) -> None:
            if not self.gone:
                self.gone = True
                self.owner._died(self, why)

    return WorkerProtocol


class WorkerUnavailable(Exception):
    """The worker gave up after too many deaths: extract inline."""


class ExtractWorker:
    """One extraction child process shared by the spiders of a crawl process (refcounted like the run writer)."""

    shared: dict[str, ExtractWorker] = {}

    def __init__(self, registry_path: str, window: int = 8, timeout: float = 120.0, max_restarts: int = 10,
                 stats: Any = None) -> None:
        self.registry_path, self.window, self.timeout, self.max_restarts = registry_path, max(1, window), timeout, \
            max_restarts
        self.stats = stats
        self.users = 0
        self.proto: Any = None
        self.next_id = 0
        self.inflight: OrderedDict[int, tuple[Any, tuple]] = OrderedDict()  # sent, not answered: FIFO
        self.backlog: deque[tuple[int, Any, tuple]] = deque()
        self.head_since = 0.0  # when the oldest job in flight became the one the child works on
        self.restarts = 0
        self.closed = False
        self.ended: list[Any] = []  # Deferreds waiting for the child to be gone (shutdown)
        self.watch: Any = None
        self.high = 2 * self.window  # pages queued for the worker above which the crawls stop fetching
        self.engines: list[Any] = []  # the users' Scrapy engines: paused while too much waits here
        self.paused = False

    @classmethod
    def acquire(cls, registry_path: str, engine: Any = None, **kw: Any) -> ExtractWorker:
        worker = cls.shared.get(registry_path)
        if worker is None or worker.closed:
            worker = cls.shared[registry_path] = cls(registry_path, **kw)
        worker.users += 1
        if engine is not None:
            worker.engines.append(engine)
        if worker.proto is None:
            worker._start()  # the child imports the extractors while the crawl fetches robots.txt
        return worker

    def _flow(self) -> None:
        """Backpressure: pause the crawls' engines (no new downloads) while more than ``high`` pages wait
        for extraction, resume them below half of it.  Every page that waits holds its response and HTML."""
        queued = len(self.backlog) + len(self.inflight)
        if not self.paused and queued > self.high:
            self.paused = True
            self._inc("vmatris/extract_worker/paused")
            for engine in self.engines:
                with contextlib.suppress(Exception):
                    engine.pause()
        elif self.paused and queued <= self.high // 2:
            self.paused = False
            for engine in self.engines:
                with contextlib.suppress(Exception):
                    engine.unpause()
                    engine._slot.nextcall.schedule()  # at once, not at the next 5 s heartbeat

    def release(self, engine: Any = None) -> Any:
        """Drop one user; the last one shuts the child down.  Returns a Deferred fired when it is gone."""
        from twisted.internet import defer

        if engine in self.engines:
            self.engines.remove(engine)
        self.users -= 1
        if self.users > 0:
            return defer.succeed(None)
        if self.shared.get(self.registry_path) is self:
            del self.shared[self.registry_path]
        return self.shutdown()

    @property
    def pid(self) -> int | None:
        return self.proto.transport.pid if self.proto is not None and self.proto.transport else None

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)

    def _start(self) -> None:
        from twisted.internet import reactor, task

        self.proto = _protocol_class()(self)
        reactor.spawnProcess(self.proto, sys.executable, [sys.executable, "-c", BOOT, json.dumps(sys.path)],
                             env=dict(os.environ), childFDs={0: "w", 1: 2, 2: 2, RESULTS_FD: "r"})
        self._send({"registry": self.registry_path})
        if self.watch is None and self.timeout:
            self.watch = task.LoopingCall(self._check_timeout)
            self.watch.start(min(1.0, self.timeout / 4), now=False)

    def _send(self, obj: Any) -> None:
        body = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        self.proto.transport.write(HEADER.pack(len(body)) + body)

    def submit(self, url: str, html: str, content_type: str | None) -> Any:
        """A Deferred firing with :func:`run_extractors`' dict (or :func:`failed`'s), or failing with
        :class:`WorkerUnavailable`."""
        from twisted.internet import defer

        if self.closed or self.restarts > self.max_restarts:
            return defer.fail(WorkerUnavailable())
        done: Any = defer.Deferred()
        self.next_id += 1
        self.backlog.append((self.next_id, done, (url, html, content_type)))
        self._pump()
        if self.stats is not None:
            self.stats.max_value("vmatris/extract_worker/max_queued", len(self.backlog) + len(self.inflight))
        self._flow()
        return done

    def _pump(self) -> None:
        if self.proto is None and self.backlog:
            self._start()
        while self.backlog and len(self.inflight) < self.window:
            job_id, done, job = self.backlog.popleft()
            if not self.inflight:
                self.head_since = time.monotonic()
            self.inflight[job_id] = (done, job)
            self._send((job_id, *job))

    def _answered(self, proto: Any, job_id: int, result: dict[str, Any], rss_kb: int = 0, cpu_s: float = 0.0) -> None:
        if proto is not self.proto:
            return
        if self.stats is not None and rss_kb:
            self.stats.max_value("vmatris/extract_worker/peak_rss_kb", rss_kb)
            self.stats.max_value("vmatris/extract_worker/cpu_s", round(cpu_s, 3))
        entry = self.inflight.pop(job_id, None)
        self.head_since = time.monotonic()
        self._pump()
        self._flow()
        if entry is not None:
            entry[0].callback(result)

    def _check_timeout(self) -> None:
        if self.proto is not None and self.inflight and time.monotonic() - self.head_since > self.timeout:
            log.warning("extraction worker: no answer in %.0f s on %s; killing it", self.timeout,
                        next(iter(self.inflight.values()))[1][0])
            self.proto.timed_out = True
            with contextlib.suppress(Exception):
                self.proto.transport.signalProcess("KILL")

    def _died(self, proto: Any, why: str) -> None:
        """The child is gone: blame the page it was on, send the others to a new child."""
        if proto is not self.proto:
            return
        self.proto = None
        with contextlib.suppress(Exception):
            proto.transport.loseConnection()
        if self.closed:
            self._fail_all("the extraction worker was shut down")
            ended, self.ended = self.ended, []
            for d in ended:
                d.callback(None)
            return
        self.restarts += 1
        self._inc("vmatris/extract_worker/restarts")
        waiting = list(self.inflight.items())
        self.inflight.clear()
        if waiting:
            job_id, (done, job) = waiting[0]
            reason = f"timed out after {self.timeout:.0f} s" if proto.timed_out else \
                f"the worker process died ({why})"
            log.warning("extraction worker: %s on %s; restarting it", reason, job[0])
            self._inc("vmatris/extract_worker/failed_pages")
            for job_id, (d, j) in reversed(waiting[1:]):
                self.backlog.appendleft((job_id, d, j))
            self._flow()
            done.callback(failed(f"WorkerCrash: {reason}"))
        if self.restarts > self.max_restarts:
            log.error("extraction worker died %d times; extracting inline from now on", self.restarts)
            self._fail_all(None)
            return
        self._pump()

    def _fail_all(self, message: str | None) -> None:
        pending = [d for d, _ in self.inflight.values()] + [d for _, d, _ in self.backlog]
        self.inflight.clear()
        self.backlog.clear()
        self._flow()
        for d in pending:
            d.errback(WorkerUnavailable(message or "the extraction worker gave up"))

    def shutdown(self, grace: float = 10.0) -> Any:
        """Close the child's stdin (it exits at EOF); kill it if it is still there after ``grace`` seconds."""
        from twisted.internet import defer, reactor

        self.closed = True
        if self.watch is not None and self.watch.running:
            self.watch.stop()
        self.watch = None
        if self.proto is None:
            self._fail_all("the extraction worker was shut down")
            return defer.succeed(None)
        proto = self.proto
        done: Any = defer.Deferred()
        self.ended.append(done)
        with contextlib.suppress(Exception):
            proto.transport.closeStdin()

        def kill() -> None:
            if self.proto is proto:
                with contextlib.suppress(Exception):
                    proto.transport.signalProcess("KILL")

        timer = reactor.callLater(grace, kill)
        done.addBoth(lambda r: (timer.cancel() if timer.active() else None, r)[1])
        return done
