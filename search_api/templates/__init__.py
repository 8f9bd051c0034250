"""Jinja2 templates of the pages (a package so that wheels carry the *.html files)."""
