"""Reports: a format-neutral :class:`~chitieu.rendering.report.Report` and one renderer per format.

Imports the core only (no Django), so a report can be rendered anywhere.
"""
