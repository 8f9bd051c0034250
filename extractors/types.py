"""Plain data produced by the extractors (no behaviour, no I/O)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class DocRef:
    number: str                      # clerk's form: "252/KH-UBND"
    type: str | None = None          # "Kế hoạch", "Quyết định", ...
    date: date | None = None         # issue date
    issuer: str | None = None        # as written, resolved to the province where possible
    sentence: str | None = None      # where it was read
    start: int | None = None         # character offset in the normalized text


@dataclass
class Target:
    value: float
    unit: str                        # "%", "hạng", ...
    subject: str
    deadline_year: int | None = None
    qualifier: str | None = None     # "tối thiểu", "trở lên", "đạt" ...
    sentence: str | None = None


@dataclass
class Citation:
    source: str                      # number of the citing (primary) document
    target: str                      # number of the document it implements / is based on
    relation: str                    # implements | cites | amends | replaces | repeals


@dataclass
class Period:
    start: int
    end: int


@dataclass
class Facts:
    doc_refs: list[DocRef] = field(default_factory=list)
    primary: str | None = None
    province: str | None = None
    indices: list[str] = field(default_factory=list)
    period: Period | None = None
    targets: list[Target] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    truncated: bool = False          # text over the size budget: facts read from its beginning only

    def primary_ref(self) -> DocRef | None:
        return next((r for r in self.doc_refs if r.number == self.primary), None)

    def to_dict(self) -> dict:
        """JSON-ready dict with the keys of the devset schema (plus extras)."""
        d = asdict(self)
        for r in d["doc_refs"]:
            r["date"] = r["date"].isoformat() if r["date"] else None
        d["period"] = {"from": self.period.start, "to": self.period.end} if self.period else None
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Facts":
        refs = [DocRef(**{**r, "date": date.fromisoformat(r["date"]) if r.get("date") else None})
                for r in d.get("doc_refs") or []]
        p = d.get("period")
        return cls(
            doc_refs=refs,
            primary=d.get("primary"),
            province=d.get("province"),
            indices=list(d.get("indices") or []),
            period=Period(p["from"], p["to"]) if p else None,
            targets=[Target(**t) for t in d.get("targets") or []],
            citations=[Citation(**c) for c in d.get("citations") or []],
            truncated=bool(d.get("truncated")),
        )
