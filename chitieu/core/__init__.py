"""The rules of chitieu in pure Python: no Django, no database, no clock.

Everything here works on frozen dataclasses, enums and ``Decimal``; the date "now" is always
passed in as ``as_of``. A boundary test keeps Django out of this package.
"""
