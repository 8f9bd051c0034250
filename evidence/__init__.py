"""Evidence service: for (province, year, criterion), which published documents prove the
criterion, and was the proof on time? Verdicts, reviews, the province-year matrix, exports,
and the citation chain of a document. The API routes and the CLI are thin shells over it."""
from evidence.candidates import candidates, mappings, posted  # noqa: F401
from evidence.citations import norm_number, related  # noqa: F401
from evidence.inputs import (  # noqa: F401
    EvidenceError, NotFoundError, check_as_of, check_year, criterion_detail, criterion_for, list_criteria,
    resolve_province)
from evidence.matrix import MATRIX_COLUMNS, matrix, matrix_csv, matrix_xlsx  # noqa: F401
from evidence.verdicts import deadline_of, review, verify, year_fit  # noqa: F401
