"""Imported by the extraction pool's forkserver on start (``set_forkserver_preload``): the
forkserver dies with its crawl (``crawler.reading.lifeline``)."""

from crawler.reading.lifeline import guard_forkserver

guard_forkserver()
