"""Evidence service: for (province, year, criterion), which published documents prove the
criterion, and was the proof on time? Verdicts, reviews, the province-year matrix, exports,
and the citation chain of a document. The API routes and the CLI are thin shells over it."""
from evidence.candidates import Candidate, candidate, candidates, mappings, posted  # noqa: F401
from evidence.citations import related  # noqa: F401
from evidence.coverage import Coverage, coverage  # noqa: F401
from evidence.frozen import FrozenError, check_open, signed_off  # noqa: F401
from evidence.inputs import (  # noqa: F401
    EvidenceError, NotFoundError, check_as_of, check_year, criterion_detail, criterion_for, list_criteria,
    resolve_province)
from evidence.matrix import EXPORT_COLUMNS, MATRIX_COLUMNS, matrix, matrix_csv, matrix_xlsx  # noqa: F401
from evidence.verdicts import deadline_of, review, verify, year_fit, years_of  # noqa: F401
from evidence.words import VERDICTS, reason, verdict_word  # noqa: F401
from evidence.workflow import add_evidence, additions, sign_off  # noqa: F401
