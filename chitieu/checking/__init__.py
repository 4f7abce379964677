"""Checking a written report: reading its file, comparing its figures with a unit's data, showing the result.

The claim checker itself (``chitieu.checker``) is pure; this app is its Django side.
"""
