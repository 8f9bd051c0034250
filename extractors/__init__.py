"""Pure Vietnamese text understanding: text in, data out (no network, no database)."""
from extractors.types import Citation, DocRef, Facts, Period, Target  # noqa: F401
from extractors.facts import extract_facts  # noqa: F401
from extractors.normalize import fold, normalize_text  # noqa: F401

__all__ = ["extract_facts", "normalize_text", "fold", "Facts", "DocRef", "Target", "Citation", "Period"]
