"""`scrapy bench` as a reference for the crawl bench (issue 17: report the ratio in the same run).

`scrapy bench` itself binds the fixed port 8998 and, run inside this project, would take the
project's settings (robots.txt, delays); so this runs its two halves ourselves: Scrapy's own bench
server (`scrapy.utils.benchserver.Root`) in one process on a free loopback port, and Scrapy's own
bench spider (`scrapy.commands.bench._BenchSpider`, follows every link) with Scrapy's default
settings in another, for `seconds` (CLOSESPIDER_TIMEOUT, as `scrapy bench` does). Pages/s is
responses received over the spider's elapsed time."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile

SERVER = """
from twisted.internet import reactor
from twisted.web.server import Site
from scrapy.utils.benchserver import Root
port = reactor.listenTCP(0, Site(Root()), interface="127.0.0.1")
print(port.getHost().port, flush=True)
reactor.run()
"""

SPIDER = """
import json, sys
from scrapy.crawler import CrawlerProcess
from scrapy.commands.bench import _BenchSpider
port, seconds = sys.argv[1], float(sys.argv[2])
proc = CrawlerProcess({"LOG_LEVEL": "ERROR", "CLOSESPIDER_TIMEOUT": seconds, "TELNETCONSOLE_ENABLED": False})
crawler = proc.create_crawler(_BenchSpider)
proc.crawl(crawler, total=100000, baseurl=f"http://127.0.0.1:{port}")
proc.start()
st = crawler.stats.get_stats()
print(json.dumps({"responses": st.get("response_received_count", 0), "seconds": st.get("elapsed_time_seconds")}))
"""


def pages_per_second(seconds: float = 10.0) -> dict:
    """{"pages_per_s", "responses", "seconds"} of Scrapy's bench spider against Scrapy's bench server."""
    with tempfile.TemporaryDirectory() as cwd:    # no scrapy.cfg here: Scrapy's defaults, not ours
        server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, cwd=cwd, text=True)
        try:
            port = int(server.stdout.readline())
            out = subprocess.run([sys.executable, "-c", SPIDER, str(port), str(seconds)], capture_output=True,
                                 text=True, cwd=cwd, timeout=seconds + 60, check=True)
        finally:
            server.kill()
            server.wait()
    got = json.loads(out.stdout.strip().splitlines()[-1])
    return {**got, "pages_per_s": round(got["responses"] / got["seconds"], 1) if got["seconds"] else 0.0}


if __name__ == "__main__":
    print(pages_per_second())
