"""A rolling window of sites: the crawl works on at most ``VMATRIS_MAX_ACTIVE_SITES`` sites at once.

Why: with every start URL of the registry scheduled at once (and breadth first), every site is in
flight from the first minute to the last, and the crawl process's memory followed the number of
sites crawled at once (bench figure 4: its peak rose ~20 % from 67 to 500 sites while it stayed
flat over the pages).  A window keeps that number fixed whatever the size of the registry.  It is
a *rolling* window, not waves: a site that is done makes room for the next one at once, so under
politeness delays a slow site holds one place, never the whole crawl.

A site is done when none of its requests is waiting in the scheduler (counted by
:class:`SiteScheduler` as they go in and out) and none is in the engine's hands: the engine holds
a request from the moment it leaves the scheduler until the spider's callback or errback for it
has run and every request that yielded (or a redirect or retry made of it) is in the scheduler.
So the test is exact, not a guess from quiet time.  The spider's ``start()`` waits for a place
before it yields a site's start URLs, polling every ``POLL_SECONDS``; while it waits it is not
idle, so Scrapy keeps the crawl open.

The window is shared by the spiders of one process (``vmatris crawl`` runs one per kind of actor
in one reactor), so the limit is on the process's sites.  0 turns it off.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.core.scheduler import Scheduler

from scrapers.middlewares import actor_of

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)
POLL_SECONDS = 0.2


class SiteScheduler(Scheduler):
    """Scrapy's scheduler, counting the requests it holds per actor (its queues may be on disk, where
    they cannot be counted cheaply)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.queued: Counter[str] = Counter()

    def enqueue_request(self, request: Request) -> bool:
        accepted = super().enqueue_request(request)
        actor = actor_of(request)
        if accepted and actor:
            self.queued[actor] += 1
        return accepted

    def next_request(self) -> Request | None:
        request = super().next_request()
        actor = actor_of(request) if request is not None else None
        if actor and self.queued[actor] > 0:
            # (> 0: a resumed crawl's requests come back from the disk queue without being enqueued again)
            self.queued[actor] -= 1
            if not self.queued[actor]:
                del self.queued[actor]
        return request


class SiteWindow:
    """The places of one process: how many sites its spiders may crawl at once, and who holds them."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.trackers: list[SiteTracker] = []

    def in_use(self) -> int:
        return sum(len(t.active) for t in self.trackers)

    def sweep(self) -> None:
        """Every spider gives back the places of its finished sites (a spider whose ``start()`` is over
        does not poll by itself)."""
        for tracker in list(self.trackers):
            tracker.sweep()


_WINDOWS: WeakKeyDictionary[asyncio.AbstractEventLoop, SiteWindow] = WeakKeyDictionary()


def shared_window(limit: int) -> SiteWindow:
    """The window of the running event loop: one per reactor (tests may run several one after another)."""
    loop = asyncio.get_running_loop()
    window = _WINDOWS.get(loop)
    if window is None:
        window = _WINDOWS[loop] = SiteWindow(limit)
    return window


class SiteTracker:
    """One spider's sites that hold a place in the window."""

    def __init__(self, crawler: Crawler, limit: int) -> None:
        self.crawler = crawler
        self.limit = limit
        self.window: SiteWindow | None = None
        self.active: set[str] = set()
        self.peak = 0
        self.waited = 0.0
        crawler.signals.connect(self._closed, signal=signals.spider_closed)

    async def admit(self, actor: str) -> None:
        """Wait for a place in the window, then hold it for ``actor`` until the site is done."""
        if self.limit <= 0:
            return
        if self.window is None:
            if not isinstance(getattr(self._engine_slot(), "scheduler", None), SiteScheduler):
                log.warning("VMATRIS_MAX_ACTIVE_SITES needs SCHEDULER = 'scrapers.sitewindow.SiteScheduler' to "
                            "know when a site is done; crawling every site at once instead")
                self.limit = 0
                return
            self.window = shared_window(self.limit)
            self.window.trackers.append(self)
        loop = asyncio.get_running_loop()
        started = loop.time()
        while True:
            self.window.sweep()
            if self.window.in_use() < self.window.limit:
                break
            await asyncio.sleep(POLL_SECONDS)
        self.waited += loop.time() - started
        self.active.add(actor)
        self.peak = max(self.peak, self.window.in_use())

    def _engine_slot(self) -> Any:
        """The engine's slot (its scheduler and the requests in its hands), None when it is not running; Scrapy
        has no public accessor for either."""
        return getattr(getattr(self.crawler, "engine", None), "_slot", None)

    def busy(self) -> set[str]:
        """The actors with a request in the scheduler or in the engine's hands."""
        slot = self._engine_slot()
        if slot is None:
            return set()  # the engine is closed: nothing of ours is in flight
        return {a for a in map(actor_of, slot.inprogress) if a} | set(slot.scheduler.queued)

    def sweep(self) -> None:
        """Give back the places of the sites that are done."""
        if self.active:
            self.active &= self.busy()

    def _closed(self, spider: Any = None, reason: str = "") -> None:
        self.active.clear()
        if self.window is not None and self in self.window.trackers:
            self.window.trackers.remove(self)
        stats = self.crawler.stats
        if stats is not None and self.limit > 0:
            stats.set_value("vmatris/site_window", self.limit)
            stats.set_value("vmatris/sites_at_once_max", self.peak)
            stats.set_value("vmatris/site_window_wait_s", round(self.waited, 1))
