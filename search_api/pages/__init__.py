"""Server-rendered pages (Vietnamese) over the same services the JSON API uses.

`views` gathers the data of each page, `render` turns it into HTML with Jinja2 (autoescape on),
`highlight` marks extracted facts in a document's text. Templates and static files are found
relative to this package, so an editable install and a wheel both work."""
