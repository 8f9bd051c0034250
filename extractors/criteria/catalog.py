"""The criteria catalogs (PAR INDEX per ministry decision, companion indices) as data.

Each `catalog/*.yaml` file is one catalog version. A file may `extends` another (by id) and
then only states what changed (`domain_overrides`, `criterion_overrides`, `remove_criteria`).
Errors are one line naming the file and the key: `par_index_876.yaml: domains[0].criteria[2].id: ...`.
"""
from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

CATALOG_DIR = Path(__file__).resolve().parent / "catalog"
SCHEMA = "parwatch.criteria/1"

DocLevel = Literal["province", "department", "district", "commune", "ministry", "national", "party", "council"]
YearRule = Literal["plan_for_year", "report_on_year", "issued_in_year"]


class CatalogError(ValueError):
    """A catalog file that cannot be used; the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Deadline(_Strict):
    rule: Literal["before_year_start", "by_date"]
    month: int | None = Field(None, ge=1, le=12)
    day: int | None = Field(None, ge=1, le=31)
    year_offset: int = Field(0, ge=-1, le=1)

    def model_post_init(self, _):
        if self.rule == "by_date" and (self.month is None or self.day is None):
            raise ValueError("by_date needs month and day")


class EvidenceRule(_Strict):
    doc_types: list[str] = Field(default_factory=list)
    issuer_levels: list[DocLevel] = Field(default_factory=list)
    title_phrases: list[str] = Field(min_length=1)
    phrases: list[str] = Field(default_factory=list)
    exclude_phrases: list[str] = Field(default_factory=list)
    indices: list[str] = Field(default_factory=list)
    year_rule: YearRule = "issued_in_year"
    deadline: Deadline | None = None
    deadline_inferred: bool = True
    deadline_note: str | None = None
    source_refs: list[str] = Field(default_factory=list)

    @field_validator("title_phrases", "phrases", "exclude_phrases")
    @classmethod
    def _patterns_compile(cls, v: list[str]) -> list[str]:
        for p in v:
            if not p.strip():
                raise ValueError("empty phrase")
            if p.startswith("re:"):
                try:
                    re.compile(p[3:])
                except re.error as e:
                    raise ValueError(f"bad regular expression {p[3:]!r}: {e}") from None
        return v


class SubCriterion(_Strict):
    id: str
    name: str
    inferred: bool = True
    confidence: Literal["high", "medium", "low"] | None = None
    points: float | None = None
    note: str | None = None
    evidence: EvidenceRule | None = None


Sourced = Literal["topic", "official"]   # topic: a public source confirms the criterion exists;
                                         # official: its wording (and points, when given) are the decision's


class Criterion(_Strict):
    id: str
    name: str
    inferred: bool = True
    confidence: Literal["high", "medium", "low"] | None = None
    sourced: Sourced | None = None
    source_refs: list[str] = Field(default_factory=list)
    points: float | None = None
    assessed_by: Literal["documents", "survey"] = "documents"
    note: str | None = None
    sub_criteria: list[SubCriterion] = Field(default_factory=list)
    evidence: EvidenceRule


class Domain(_Strict):
    id: str
    name: str
    inferred: bool = True
    max_points: float | None = None
    note: str | None = None
    components: list[str] = Field(default_factory=list)
    source_refs: list[str] = Field(default_factory=list)
    criteria: list[Criterion] = Field(min_length=1)


class Version(_Strict):
    decision: str | None = None
    date: str | None = None
    issuer: str | None = None


class Applies(_Strict):
    from_year: int = Field(ge=1990, le=2100)
    to_year: int | None = Field(None, ge=1990, le=2100)


class Structure(_Strict):
    domains: int | None = None
    criteria: int | None = None
    sub_criteria: int | None = None
    total_points: float | None = None
    survey_points: float | None = None


class CatalogModel(_Strict):
    schema_: str = Field(alias="schema")
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    index: str
    name: str
    version: Version
    applies: Applies
    applies_inferred: bool = False
    caveat: str | None = None            # what a page must say about the version or its years
    status: Literal["complete", "partial"] = "partial"
    structure: Structure | None = None
    structure_source_refs: list[str] = Field(default_factory=list)
    domains: list[Domain] = Field(min_length=1)
    sources: dict[str, str] = Field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    """What a document is mapped against: a criterion, or a sub-criterion with its own rule."""
    id: str
    name: str
    domain_id: str
    domain_name: str
    rule: EvidenceRule
    inferred: bool
    confidence: str | None
    parent_id: str | None = None
    sourced: str | None = None                   # topic | official | None (inferred)
    citations: tuple[str, ...] = ()              # URLs of the sources that back it
    points: float | None = None
    domain_points: float | None = None

    @property
    def caveat(self) -> str | None:
        """What a page or export must say next to the criterion ("suy luận" = inferred)."""
        if self.sourced == "official":
            return None
        if self.sourced == "topic":
            return "nội dung có nguồn, tên và điểm suy luận"
        return "suy luận"


@dataclass
class Catalog:
    model: CatalogModel
    file: str
    digest: str                                   # changes whenever the file (or its base) changes
    targets: dict[str, Target] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.model.id

    @property
    def index(self) -> str:
        return self.model.index

    def in_force(self, year: int) -> bool:
        a = self.model.applies
        return a.from_year <= year and (a.to_year is None or year <= a.to_year)

    def criterion(self, cid: str) -> Target | None:
        """A criterion or sub-criterion by id; a sub-criterion without a rule uses its parent's."""
        if cid in self.targets:
            return self.targets[cid]
        for d in self.model.domains:
            for c in d.criteria:
                for s in c.sub_criteria:
                    if s.id == cid:
                        return Target(s.id, s.name, d.id, d.name, c.evidence, s.inferred, s.confidence, c.id,
                                      points=s.points, domain_points=d.max_points)
        return None

    def mapping_targets(self) -> list[Target]:
        return list(self.targets.values())

    def summary(self) -> dict:
        m = self.model
        return {"id": m.id, "index": m.index, "name": m.name, "version": m.version.model_dump(),
                "applies": m.applies.model_dump(), "applies_inferred": m.applies_inferred,
                "caveat": m.caveat, "status": m.status, "structure": m.structure.model_dump() if m.structure else None,
                "file": self.file}


def _build_targets(m: CatalogModel) -> dict[str, Target]:
    out: dict[str, Target] = {}
    for d in m.domains:
        for c in d.criteria:
            urls = tuple(m.sources[r] for r in c.source_refs if r in m.sources)
            out[c.id] = Target(c.id, c.name, d.id, d.name, c.evidence, c.inferred, c.confidence,
                               sourced=c.sourced, citations=urls, points=c.points, domain_points=d.max_points)
            for s in c.sub_criteria:
                if s.evidence is not None:
                    out[s.id] = Target(s.id, s.name, d.id, d.name, s.evidence, s.inferred, s.confidence, c.id,
                                       points=s.points, domain_points=d.max_points)
    return out


def _deep_merge(base: dict, patch: dict) -> dict:
    out = dict(base)
    for k, v in patch.items():
        out[k] = _deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def _where(loc: tuple) -> str:
    s = ""
    for p in loc:
        s += f"[{p}]" if isinstance(p, int) else (("." if s else "") + str(p))
    return s.replace("schema_", "schema")


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CatalogError(f"{path.name}: cannot read it ({e.strerror})") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise CatalogError(f"{path.name}: not valid YAML{where}: {getattr(e, 'problem', e)}") from None
    if not isinstance(data, dict):
        raise CatalogError(f"{path.name}: the top level must be a mapping")
    return data


def _resolve(name: str, raw: dict[str, tuple[Path, dict]], seen: tuple = ()) -> tuple[dict, str]:
    path, data = raw[name]
    h = hashlib.sha256(path.read_bytes())
    base_id = data.get("extends")
    if not base_id:
        return data, h.hexdigest()
    if base_id in seen or base_id == name:
        raise CatalogError(f"{path.name}: extends: circular extension through {base_id!r}")
    if base_id not in raw:
        raise CatalogError(f"{path.name}: extends: no catalog with id {base_id!r} in {path.parent}")
    base, base_digest = _resolve(base_id, raw, seen + (name,))
    h.update(base_digest.encode())
    merged = copy.deepcopy(base)
    merged.pop("caveat", None)               # it speaks of the base's decision and years, not this one's
    for k, v in data.items():
        if k in ("extends", "domain_overrides", "criterion_overrides", "remove_criteria"):
            continue
        merged[k] = _deep_merge(merged[k], v) if k == "sources" and isinstance(v, dict) else v
    domains = merged.get("domains") or []
    for did, patch in (data.get("domain_overrides") or {}).items():
        hit = [d for d in domains if str(d.get("id")) == str(did)]
        if not hit or not isinstance(patch, dict):
            raise CatalogError(f"{path.name}: domain_overrides.{did}: no such domain in {base_id}")
        hit[0].update(patch)
    for cid, patch in (data.get("criterion_overrides") or {}).items():
        crits = [c for d in domains for c in d.get("criteria") or [] if str(c.get("id")) == str(cid)]
        if not crits or not isinstance(patch, dict):
            raise CatalogError(f"{path.name}: criterion_overrides.{cid}: no such criterion in {base_id}")
        crits[0].update(_deep_merge(crits[0], patch))
    remove = [str(x) for x in data.get("remove_criteria") or []]
    for d in domains:
        d["criteria"] = [c for c in d.get("criteria") or [] if str(c.get("id")) not in remove]
    return merged, h.hexdigest()


def load_catalogs(directory: str | Path | None = None) -> list[Catalog]:
    """Every catalog in the folder, validated; raises CatalogError (one line) on the first problem."""
    folder = Path(directory) if directory else CATALOG_DIR
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise CatalogError(f"{folder}: no catalog files (*.yaml)")
    raw: dict[str, tuple[Path, dict]] = {}
    for f in files:
        data = _read(f)
        cid = data.get("id")
        if not isinstance(cid, str) or not cid:
            raise CatalogError(f"{f.name}: id: missing (every catalog needs an id)")
        if cid in raw:
            raise CatalogError(f"{f.name}: id: {cid!r} is used by {raw[cid][0].name} already")
        raw[cid] = (f, data)
    out = []
    # base catalogs first, so that an error in a base file is reported against that file
    for cid, (f, _) in sorted(raw.items(), key=lambda kv: bool(kv[1][1].get("extends"))):
        data, digest = _resolve(cid, raw)
        if data.get("schema") != SCHEMA:
            raise CatalogError(f"{f.name}: schema: must be {SCHEMA!r}")
        try:
            model = CatalogModel.model_validate(data)
        except ValidationError as e:
            err = e.errors()[0]
            raise CatalogError(f"{f.name}: {_where(err['loc'])}: {err['msg']}") from None
        _check_ids(model, f.name)
        out.append(Catalog(model=model, file=f.name, digest=digest, targets=_build_targets(model)))
    _check_overlaps(out)
    return out


def _check_ids(m: CatalogModel, fname: str) -> None:
    seen: set[str] = set()
    for di, d in enumerate(m.domains):
        for ci, c in enumerate(d.criteria):
            for j, x in enumerate([c, *c.sub_criteria]):
                where = f"domains[{di}].criteria[{ci}]" + (f".sub_criteria[{j - 1}]" if j else "") + ".id"
                if x.id in seen:
                    raise CatalogError(f"{fname}: {where}: duplicate id {x.id!r}")
                seen.add(x.id)
            for ref in c.source_refs:
                if ref not in m.sources:
                    raise CatalogError(f"{fname}: domains[{di}].criteria[{ci}].source_refs: {ref!r} is not in sources")
            if c.sourced and not c.source_refs:
                raise CatalogError(f"{fname}: domains[{di}].criteria[{ci}].sourced: needs source_refs")
            if c.sourced == "official" and c.inferred:
                raise CatalogError(f"{fname}: domains[{di}].criteria[{ci}].sourced: official wording cannot be inferred")
        for ref in d.source_refs:
            if m.sources and ref not in m.sources:
                raise CatalogError(f"{fname}: domains[{di}].source_refs: {ref!r} is not in sources")


def _check_overlaps(cats: list[Catalog]) -> None:
    by_index: dict[str, list[Catalog]] = {}
    for c in cats:
        by_index.setdefault(c.index, []).append(c)
    for index, group in by_index.items():
        group.sort(key=lambda c: c.model.applies.from_year)
        for a, b in zip(group, group[1:]):
            end = a.model.applies.to_year
            if end is None or end >= b.model.applies.from_year:
                raise CatalogError(f"{b.file}: applies.from_year: {index} years overlap with {a.file}")


@lru_cache(maxsize=4)
def _cached(directory: str) -> tuple[Catalog, ...]:
    return tuple(load_catalogs(directory))


def catalogs(directory: str | Path | None = None) -> list[Catalog]:
    return list(_cached(str(directory or CATALOG_DIR)))


def catalog_for(year: int, index: str = "PAR INDEX", directory: str | Path | None = None) -> Catalog | None:
    """The catalog version in force for the year (None when no version covers it)."""
    return next((c for c in catalogs(directory) if c.index == index and c.in_force(year)), None)


def catalogs_for_year(year: int, directory: str | Path | None = None) -> list[Catalog]:
    return [c for c in catalogs(directory) if c.in_force(year)]


def find_criterion(cid: str, year: int | None = None, directory: str | Path | None = None
                   ) -> tuple[Catalog, Target] | None:
    """The criterion in the catalog in force for the year (or in the newest catalog holding it)."""
    cands = catalogs_for_year(year, directory) if year is not None else sorted(
        catalogs(directory), key=lambda c: -c.model.applies.from_year)
    for c in cands:
        t = c.criterion(cid)
        if t is not None:
            return c, t
    return None
