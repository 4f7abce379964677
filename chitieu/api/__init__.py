"""The REST API (django-ninja): one package, its OpenAPI schema served at /api/v1/openapi.json."""
