"""API tokens: named, revocable secrets with which programs call the API as a user."""
