"""Verifying a written report against the data: its file read, its figures set beside the scorecard's.

The claim checker itself (:mod:`chitieu.checker`) is pure; this app is its Django side: the facts
come from the one read model (:mod:`chitieu.monitoring.scorecard`).
"""
