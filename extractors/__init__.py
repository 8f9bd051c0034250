"""Pure Vietnamese text understanding: text in, data out (no network, no database).

The names below are loaded on first use (PEP 562): `extractors.types` and `extractors.legacy` are
imported by the store and the crawl process, which must not pay for the fact extractors' patterns
(~0.4 s of CPU at every crawl's start) just to reach them."""
from __future__ import annotations

import importlib

_LAZY = {"extract_facts": "extractors.facts", "normalize_text": "extractors.normalize", "fold": "extractors.normalize",
         "Facts": "extractors.types", "DocRef": "extractors.types", "Target": "extractors.types",
         "Citation": "extractors.types", "Period": "extractors.types"}

__all__ = ["extract_facts", "normalize_text", "fold", "Facts", "DocRef", "Target", "Citation", "Period"]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'extractors' has no attribute {name!r}")
