"""Subscriptions and deliveries as the API, the CLI and the matcher see them."""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

Channel = Literal["webhook", "email", "atom"]
DeliveryStatus = Literal["pending", "sending", "delivered", "dead"]

_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
_FilterValue = str  # validated below


def _bad(message: str) -> PydanticCustomError:
    # Not ValueError: its exception object would land in the 422 body's ctx and not serialize.
    return PydanticCustomError("invalid_subscription", message)


class AlertError(Exception):
    """A request about alerts that cannot be honoured; the message says why."""


class InvalidSubscription(AlertError, ValueError):
    pass


class NotFound(AlertError, LookupError):
    pass


class Filters(BaseModel):
    """AND across kinds, OR within one kind. Province/type/index compare folded (no diacritics,
    any case); an issuer matches when the document's issuer contains it."""
    provinces: list[str] = Field(default_factory=list, max_length=70)
    types: list[str] = Field(default_factory=list, max_length=30)
    issuers: list[str] = Field(default_factory=list, max_length=30)
    indices: list[str] = Field(default_factory=list, max_length=10)
    criteria: list[str] = Field(default_factory=list, max_length=50,
                                description="criterion ids of the catalog, e.g. 1.1 or SIPAS.1")
    min_relevance: float | None = Field(None, ge=0, le=1,
                                        description="only documents the crawler's relevance score puts at least this high")

    @field_validator("provinces", "types", "issuers", "indices", "criteria")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        out = []
        for v in values:
            v = " ".join(str(v).split())
            if not v:
                continue
            if len(v) > 200:
                raise _bad("a filter value is longer than 200 characters")
            if v not in out:
                out.append(v)
        return out

    def empty(self) -> bool:
        return not (self.provinces or self.types or self.issuers or self.indices or self.criteria)


def _header_safe(v: str | None) -> str | None:
    """Names and addresses end up in e-mail headers and feed XML: no control characters."""
    if v is not None and any(ord(c) < 32 or ord(c) == 127 for c in v):
        raise _bad("must not contain line breaks or control characters")
    return v


class SubscriptionIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    query: str = Field("", max_length=500, description='Saved query: words, "phrases", -excluded (as /search)')
    filters: Filters = Field(default_factory=Filters)
    channel: Channel
    webhook_url: str | None = Field(None, max_length=2000)
    secret: str | None = Field(None, min_length=16, max_length=200,
                               description="webhook signing secret; generated when not given")
    email: str | None = Field(None, max_length=254)
    on_changes: bool = Field(False, description="alert again when a matched document changes")
    digest: bool = Field(False, description="one daily message instead of one per document")

    _safe = field_validator("name", "email", "query")(classmethod(lambda cls, v: _header_safe(v)))

    @model_validator(mode="after")
    def _channel_fields(self):
        if not self.name.strip():
            raise _bad("name must not be blank")
        if self.channel == "webhook":
            if not self.webhook_url:
                raise _bad("a webhook subscription needs webhook_url")
            if self.email:
                raise _bad("email is only for channel 'email'")
        elif self.channel == "email":
            if not self.email:
                raise _bad("an e-mail subscription needs email")
            if not _EMAIL.match(self.email):
                raise _bad(f"{self.email!r} is not an e-mail address")
            if self.webhook_url or self.secret:
                raise _bad("webhook_url and secret are only for channel 'webhook'")
        else:
            if self.webhook_url or self.secret or self.email:
                raise _bad("an atom subscription takes no webhook_url, secret or email")
            if self.digest:
                raise _bad("digest applies to webhook and e-mail, not to a feed")
        return self


class SubscriptionPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=200)
    query: str | None = Field(None, max_length=500)
    filters: Filters | None = None
    webhook_url: str | None = Field(None, max_length=2000)
    email: str | None = Field(None, max_length=254)
    on_changes: bool | None = None
    digest: bool | None = None
    active: bool | None = None
    rotate_secret: bool = Field(False, description="new webhook secret, or new feed token for atom")

    _safe = field_validator("name", "email", "query")(classmethod(lambda cls, v: _header_safe(v)))

    @field_validator("email")
    @classmethod
    def _email(cls, v):
        if v is not None and not _EMAIL.match(v):
            raise _bad(f"{v!r} is not an e-mail address")
        return v


class Subscription(BaseModel):
    id: int
    name: str
    owner: str
    query: str
    filters: Filters
    channel: Channel
    target: str | None = None        # webhook URL or e-mail address
    on_changes: bool
    digest: bool
    active: bool
    pending: bool = Field(False, description="signed up on the alerts page, waiting for its e-mail confirmation")
    created_at: str
    updated_at: str


class SubscriptionCreated(Subscription):
    secret: str | None = Field(None, description="webhook signing secret (shown once)")
    feed_url: str | None = Field(None, description="private Atom feed URL (shown once)")


class Delivery(BaseModel):
    id: int
    subscription_id: int
    document_id: int
    doc_version: int
    change: str
    idem_key: str
    channel: str
    status: DeliveryStatus
    attempts: int
    next_attempt_at: str
    last_error: str | None = None
    created_at: str
    delivered_at: str | None = None
    reason: dict = Field(default_factory=dict)
    document: dict = Field(default_factory=dict)


class Attempt(BaseModel):
    at: str
    ok: bool
    status_code: int | None = None
    error: str | None = None
    duration_ms: float | None = None


class DeliveryDetail(Delivery):
    attempts_log: list[Attempt] = Field(default_factory=list)
