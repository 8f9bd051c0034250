"""Alert subscriptions, their deliveries (with the dead letters) and the private Atom feeds.

Every /alerts route needs an API key with role editor or appraiser (admin always passes);
appraisers see and change only the subscriptions they created. Feeds are read with the
private token of the subscription, no key."""
from __future__ import annotations

import asyncio
import functools
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from alerts import outbox
from alerts import subscriptions as subs_db
from alerts.config import alert_config
from alerts.feed import atom
from alerts.models import (AlertError, Delivery, DeliveryDetail, InvalidSubscription, NotFound, Subscription,
                           SubscriptionCreated, SubscriptionIn, SubscriptionPatch)
from search_api.auth import require_role
from search_api.deps import AppState, app_state
from store.auth_records import Principal

router = APIRouter(tags=["alerts"])
writer = require_role("editor", "appraiser")

SubId = Path(ge=1, le=2**62, description="subscription id")

# Test sends wait on someone else's server: they run on a small pool of their own, with a cap
# on how many may wait, so a slow receiver never ties up the threads that answer searches.
_TEST_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="alert-test")
_TEST_SLOTS = threading.BoundedSemaphore(16)


@contextmanager
def _errors():
    try:
        yield
    except NotFound as e:
        raise HTTPException(404, detail=str(e)) from None
    except InvalidSubscription as e:
        raise HTTPException(422, detail=str(e)) from None
    except AlertError as e:
        raise HTTPException(400, detail=str(e)) from None


def _owner(p: Principal) -> str | None:
    return None if p.may("editor") else p.name


@router.post("/alerts/subscriptions", status_code=201, response_model=SubscriptionCreated,
             summary="Subscribe: a saved query, filters and a channel (webhook, e-mail or Atom feed)")
def create_subscription(body: SubscriptionIn, state: AppState = Depends(app_state),
                        principal: Principal = Depends(writer)) -> SubscriptionCreated:
    with _errors():
        return subs_db.create(state.store, body, alert_config(state.settings), actor=principal.name)


@router.get("/alerts/subscriptions", response_model=list[Subscription], summary="Subscriptions you may see")
def list_subscriptions(state: AppState = Depends(app_state), principal: Principal = Depends(writer)):
    return subs_db.list_all(state.store, principal)


@router.get("/alerts/subscriptions/{sub_id}", response_model=Subscription, summary="One subscription")
def get_subscription(sub_id: int = SubId, state: AppState = Depends(app_state), principal: Principal = Depends(writer)):
    with _errors():
        return subs_db.get(state.store, sub_id, principal)


@router.patch("/alerts/subscriptions/{sub_id}", response_model=SubscriptionCreated,
              summary="Change a subscription (pause with active=false, rotate its secret or feed token)")
def update_subscription(body: SubscriptionPatch, sub_id: int = SubId, state: AppState = Depends(app_state),
                        principal: Principal = Depends(writer)):
    with _errors():
        return subs_db.update(state.store, sub_id, body, alert_config(state.settings), actor=principal.name,
                              principal=principal)


@router.delete("/alerts/subscriptions/{sub_id}", summary="Remove a subscription and its deliveries")
def delete_subscription(sub_id: int = SubId, state: AppState = Depends(app_state),
                        principal: Principal = Depends(writer)) -> dict:
    with _errors():
        subs_db.remove(state.store, sub_id, actor=principal.name, principal=principal)
    return {"deleted": sub_id}


@router.post("/alerts/subscriptions/{sub_id}/test", summary="Send a sample alert now and report the outcome")
async def test_subscription(request: Request, sub_id: int = SubId, state: AppState = Depends(app_state),
                            principal: Principal = Depends(writer)) -> dict:
    if not _TEST_SLOTS.acquire(blocking=False):
        raise HTTPException(429, detail="too many alert tests are waiting for their receivers; try again shortly",
                            headers={"Retry-After": "10"})
    try:
        send = functools.partial(outbox.send_test, state.store, sub_id, alert_config(state.settings),
                                 principal=principal, resolver=getattr(request.app.state, "alert_resolver", None))
        with _errors():
            result = await asyncio.get_running_loop().run_in_executor(_TEST_POOL, send)
    finally:
        _TEST_SLOTS.release()
    return {"ok": result.ok, "status_code": result.status_code, "error": result.error}


@router.get("/alerts/deliveries", response_model=list[Delivery],
            summary="The delivery log; status=dead lists the dead letters")
def list_deliveries(status: Literal["pending", "sending", "delivered", "dead"] | None = None,
                    subscription_id: int | None = Query(None, ge=1, le=2**62),
                    limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=10**9),
                    state: AppState = Depends(app_state), principal: Principal = Depends(writer)):
    return outbox.list_deliveries(state.store, status=status, subscription_id=subscription_id,
                                  owner=_owner(principal), limit=limit, offset=offset)


@router.get("/alerts/deliveries/{delivery_id}", response_model=DeliveryDetail,
            summary="One delivery with every attempt")
def get_delivery(delivery_id: int = Path(ge=1, le=2**62), state: AppState = Depends(app_state),
                 principal: Principal = Depends(writer)):
    with _errors():
        return outbox.get_delivery(state.store, delivery_id, _owner(principal))


@router.post("/alerts/deliveries/{delivery_id}/retry", response_model=Delivery,
             summary="Put a dead or failing delivery back in the queue, due now")
def retry_delivery(delivery_id: int = Path(ge=1, le=2**62), state: AppState = Depends(app_state),
                   principal: Principal = Depends(writer)):
    with _errors():
        return outbox.requeue(state.store, delivery_id, actor=principal.name, owner=_owner(principal))


@router.get("/feeds/{token}.atom", summary="The private Atom feed of a subscription",
            response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
def feed(request: Request, token: str = Path(min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_-]+$"),
         state: AppState = Depends(app_state)) -> Response:
    sub = subs_db.by_feed_token(state.store, token)
    if sub is None:
        raise HTTPException(404, detail="no feed with this token (it may have been rotated or removed)")
    cfg = alert_config(state.settings)
    body = atom(state.store, sub, cfg, self_url=subs_db.feed_url(cfg, token))
    return Response(content=body, media_type="application/atom+xml; charset=utf-8")
