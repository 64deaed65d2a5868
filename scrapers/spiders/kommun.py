"""The kommun spider: the registry's actors whose sektor maps to `kommun`."""

from scrapers.spiders.base import FocusedSpider


class KommunSpider(FocusedSpider):
    """Crawls kommun sites with the shared focused-crawl rules."""

    name = "kommun"
