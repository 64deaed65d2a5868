"""Scrapy settings for vmatris: polite by default.

Custom settings share the ``VMATRIS_`` prefix.  Live crawls obey robots.txt,
name vmatris and a contact URL in the User-Agent, throttle per domain
(AutoThrottle) and cap pages and depth per site.  The demo and the tests
lower the delays through ``vmatris crawl --fast`` (127.0.0.1 only).
"""

BOT_NAME = "vmatris"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

VMATRIS_CONTACT_URL = "https://github.com/vmatris/vmatris#kontakt"
USER_AGENT = f"vmatris/0.1 (+{VMATRIS_CONTACT_URL}; service-matrix research crawler)"
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "vmatris"

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DEPTH_LIMIT = 5
DEPTH_PRIORITY = 1  # breadth first: the pages nearest the start matter most
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
DUPEFILTER_CLASS = "scrapers.dupefilter.ActorDupeFilter"
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no listening ports besides what the crawl needs
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

# re-crawling an unchanged site downloads nothing again: conditional requests (ETag / Last-Modified)
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapers.httpcache.RevalidatePolicy"
HTTPCACHE_STORAGE = "scrapers.httpcache.CompactCacheStorage"  # one file per response, zlib level 1
HTTPCACHE_GZIP = True  # only for entries of Scrapy's own layout, still read
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]
HTTPCACHE_DIR = "httpcache"  # `vmatris crawl` sets data/build/httpcache/<registry>

# a site's unknown host name fails at once for RFC 6761's .invalid; tests map fictional hosts to 127.0.0.1
TWISTED_DNS_RESOLVER = "scrapers.resolver.MappedResolver"
DNS_TIMEOUT = 20
VMATRIS_RESOLVE: dict[str, str] = {}

# per-site caps and budgets: one bad site never stops or starves the others
VMATRIS_MAX_SECONDS_PER_SITE = 30 * 60
VMATRIS_MAX_BYTES_PER_SITE = 50 * 1024 * 1024
VMATRIS_MAX_URLS_PER_SHAPE = 15  # calendars, faceted search: URLs of one shape per site
VMATRIS_MAX_QUERY_PARAMS = 3
VMATRIS_MAX_CRAWL_DELAY = 30.0  # robots.txt Crawl-delay is obeyed up to this many seconds
VMATRIS_MAX_RETRY_AFTER = 60.0  # a 503's Retry-After is waited for up to this many seconds
VMATRIS_RESUME = False
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

VMATRIS_MAX_PAGES_PER_SITE = 150
# sites crawled at once by the whole process (a rolling window, scrapers/sitewindow.py): memory stays flat
# whatever the registry's size; 64 sites at 2 requests each keep CONCURRENT_REQUESTS busy. 0: no window
VMATRIS_MAX_ACTIVE_SITES = 64
SCHEDULER = "scrapers.sitewindow.SiteScheduler"  # Scrapy's, counting what it holds per site for the window
VMATRIS_RUN_DB = ""  # set by `vmatris crawl`
VMATRIS_RUN_ID = ""
VMATRIS_YEAR = 0
VMATRIS_REGISTRY = ""
VMATRIS_PROXY = ""  # the demo web's proxy on 127.0.0.1
VMATRIS_STORE_ENABLED = True
VMATRIS_EXTRACT_ENABLED = True
# extraction in one worker process beside the reactor (scrapers/extract_worker.py); 0: inline
VMATRIS_EXTRACT_WORKERS = 1
VMATRIS_ARCHIVE_ENABLED = True

SPIDER_MIDDLEWARES = {
    "scrapers.middlewares.TrapGuardMiddleware": 560,  # before the page cap: trap links cost no pages
    "scrapers.middlewares.SitePageCapMiddleware": 550,
}
DOWNLOADER_MIDDLEWARES = {
    "scrapers.middlewares.ReplayMiddleware": 40,
    "scrapers.middlewares.SiteBudgetMiddleware": 90,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapers.middlewares.CrawlDelayRobotsMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapers.middlewares.RetryAfterMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "scrapers.middlewares.MetaRefreshMiddleware": 580,
    "scrapers.middlewares.RedirectLoopMiddleware": 610,
    "scrapers.middlewares.LocalProxyMiddleware": 740,
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
    "scrapers.httpcache.NoStaleCacheMiddleware": 900,
    "scrapers.middlewares.NetworkBytesMiddleware": 950,
}
EXTENSIONS = {
    "scrapers.procstats.ProcessStats": 0,
}
ITEM_PIPELINES = {
    "scrapers.pipelines.archive.WarcArchivePipeline": 50,
    "scrapers.pipelines.normalise.NormalisePipeline": 100,
    "scrapers.pipelines.extract.ExtractPipeline": 200,
    "scrapers.pipelines.store.StorePipeline": 900,
}
