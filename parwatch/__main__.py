from parwatch.cli import app

app(prog_name="parwatch")
