"""Benchmarks: extraction quality (body P/R/F1) and speed, for pressarchive and trafilatura."""
