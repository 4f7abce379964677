"""Illustrative data: the seed article's department (make demo) and a synthetic province (benchmarks).

Written through the same services as real data; nothing here is used by the product itself.
"""
