"""What the evidence page adds for the workflow: who is logged in, whether they may review, the
evidence added by hand for the criterion shown."""
from __future__ import annotations

import evidence as ev
from search_api.deps import AppState
from store.auth_records import Principal


def workflow(v: dict, user: Principal | None, state: AppState) -> None:
    m, dt = v.get("matrix"), v.get("detail")
    v["user"] = user
    v["can_review"] = bool(user and user.may("appraiser") and m and not m.get("signed_off") and not m.get("as_of"))
    v["additions"] = []
    if m and dt:
        v["additions"] = ev.additions(state.store, m["province"], m["year"], dt["criterion"]["id"])
