"""The region spider: the registry's actors whose sektor maps to `region`."""

from scrapers.spiders.base import FocusedSpider


class RegionSpider(FocusedSpider):
    """Crawls region sites with the shared focused-crawl rules."""

    name = "region"
