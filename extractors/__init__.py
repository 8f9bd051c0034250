"""Pure Vietnamese text understanding: text in, data out (no network, no database)."""
from extractors.types import Citation, DocRef, Facts, Period, Target  # noqa: F401
