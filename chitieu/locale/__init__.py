"""Translations: the gettext catalogs, and ``compile`` that builds them with Babel."""
