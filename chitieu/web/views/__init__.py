"""The web pages, a module per page: thin skins that read a request, make the domain call, show the answer."""
