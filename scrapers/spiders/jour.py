"""The jour spider: the registry's actors whose sektor maps to `jour`."""

from scrapers.spiders.base import FocusedSpider


class JourSpider(FocusedSpider):
    """Crawls jour sites with the shared focused-crawl rules."""

    name = "jour"
