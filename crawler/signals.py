"""The crawl's own signals: how its components hand each other plain values.

Scrapy's components take their inputs in ``from_crawler`` and talk through signals, stats and
``request.meta``, never by setting attributes on each other. These are the few things
pressarchive's components have to tell each other (sent with ``crawler.signals.send_catch_log``):

- ``memory_loaded`` (spider → archive pipeline, when the spider opens): ``state``, what earlier
  runs saw (``CrawlState``; the run's figures are counted against it), and ``learner``, the
  site's boilerplate learner (stored again when the crawl closes);
- ``failure_noticed`` (spider → pipeline): ``failure``, a ``CrawlFailure`` noticed outside a
  callback (a redirect loop, a redirect off the site), and ``unresolved``, the URLs of its
  chain, which never got a response of their own;
- ``warc_opened`` (WARC extension → pipeline): ``path``, the run's WARC file;
- ``trap_found`` (spider → trap middleware): ``shape``, a URL shape recognised as an endless
  link space (requests of it already queued are dropped).

The pipeline owns the run id and publishes it in the stats (``RUN_ID_STAT``).
"""

from __future__ import annotations

memory_loaded = object()
failure_noticed = object()
warc_opened = object()
trap_found = object()

RUN_ID_STAT = "pressarchive/run_id"
