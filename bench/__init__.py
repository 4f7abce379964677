"""Benchmarks (``make bench``): measurements to read, not tests to pass."""
