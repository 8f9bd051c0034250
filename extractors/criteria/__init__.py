"""Criteria catalogs (YAML, one file per version) and the mapping of documents to criteria. Pure."""
from extractors.criteria.catalog import (  # noqa: F401
    Catalog, CatalogError, Target, catalog_for, catalogs, catalogs_for_year, find_criterion, load_catalogs,
)
from extractors.criteria.mapping import (  # noqa: F401
    MAPPED, MAPPER_VERSION, POSSIBLE, Mapping, Signal, map_catalogs, map_document,
)
