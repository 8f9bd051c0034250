"""Phrase pairs A/B (docs/search-history.md, session 9): on one Tantivy index built with phrase pairs,
`search()` CPU per phrase query as shipped (the cost rule) and as an index without pairs is
queried (the body phrase), alternated; and the cost rule's estimates against the counted pass's
CPU for random phrases cut from generated documents (`--rule`).

    python -m bench.phrase_pairs_ab <index dir> [rounds]        # the bench's, judged and more phrases
    python -m bench.phrase_pairs_ab <index dir> --rule [seed]   # the rule on random phrases
The index: `TantivyBackend(dir).build(_generated_index_docs(1_000_000), expected=1_000_000)`."""
from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

import store.tantivy_query as tq
from bench.bench_search import QUERIES, _generated_index_docs
from store.models import SearchQuery
from store.query import parse_query
from store.tantivy_backend import _FACET_AGGS, TantivyBackend
from store.tantivy_schema import EXACT, analyzers

JUDGED = Path(__file__).resolve().parent / "judged" / "queries.jsonl"
MORE = ["dịch vụ công trực tuyến", "trực tuyến", "dịch vụ công", "cải cách hành chính", "hồ sơ tồn đọng",
        "công chức", "chính quyền số", "một cửa liên thông", "vụ công trực", "thanh toán trực tuyến phí",
        "hành chính công", "ngân sách nhà nước và", "100 thủ tục", "thủ tục hành chính đủ điều kiện được",
        "đẩy mạnh cải cách hành chính nâng cao", "cổng dịch vụ công quốc gia", "quốc gia", "ủy ban nhân dân",
        "chuyển đổi số", "kế hoạch cải cách hành chính năm"]


def _cpu_ms(fn) -> tuple[float, object]:
    c = time.process_time()
    r = fn()
    return (time.process_time() - c) * 1000, r


def _queries() -> list[dict]:
    judged = [json.loads(line)["q"] for line in JUDGED.open(encoding="utf-8")]
    out = [q for q in QUERIES if parse_query(q["q"]).phrases]
    out += [{"q": q} for q in judged if parse_query(q).phrases or parse_query(q).excluded_phrases]
    out += [{"q": f'"{p}"'} for p in MORE]
    return out + [{"q": 'kế hoạch "dịch vụ công trực tuyến"', "province": "Tiền Giang"}]


def compare(path: str, rounds: int) -> None:
    on, off = TantivyBackend(path), TantivyBackend(path)
    off._searcher = lambda: (off._opened()[0].searcher(), None)     # as an index without pairs
    assert on.has_pairs(), "build the index with phrase pairs"
    used, real = [], tq.pair_phrase
    tq.pair_phrase = lambda *a: (lambda r: used.append(r is not None) or r)(real(*a))
    for q in _queries():
        for b in (on, off):
            b.search(SearchQuery(**q))
        used.clear()
        ron, roff = on.search(SearchQuery(**q)), off.search(SearchQuery(**q))
        path_ = "pairs" if any(used) else "body"
        with_, without = [], []
        for _ in range(rounds):
            with_.append(_cpu_ms(lambda: on.search(SearchQuery(**q)))[0])
            without.append(_cpu_ms(lambda: off.search(SearchQuery(**q)))[0])
        a, b = statistics.median(with_), statistics.median(without)
        same = (ron.total, ron.facets) == (roff.total, roff.facets)
        print(f"{str(q)[:60]:60s} {path_:5s} total {ron.total:8d} without {b:7.1f} ms  with {a:7.1f} ms  "
              f"{a / b:5.2f}x same={same}", flush=True)
    print("load", os.getloadavg())


def rule(path: str, seed: int, n: int = 40) -> None:
    b = TantivyBackend(path)
    s = b._open().searcher()
    paired = tq.Paired(s.doc_freq, lambda f, p: s.terms_with_prefix(f, p, limit=tq.PREFIX_EXPANSIONS + 1))
    rnd, cut = random.Random(seed), analyzers()[EXACT]
    docs = [d for _, d in zip(range(300), _generated_index_docs(3_000_000))][100:]
    fields, real = ("pairs_even", "pairs_odd"), tq._pair_cost
    for _ in range(n):
        toks = cut.analyze(rnd.choice(docs).text.lower())
        k = rnd.randint(2, 6)
        i = rnd.randrange(len(toks) - k)
        w = toks[i:i + k]
        if not any(tq.has_diacritics(x) for x in w):
            continue
        ends = [paired.prefixed(f, w[-1] + "_") for f in fields] if k % 2 else [[], []]
        if any(len(e) > tq.PREFIX_EXPANSIONS for e in ends):
            continue
        pairs = [w[j] + "_" + w[j + 1] for j in range(0, k - 1, 2)]
        pc = real(s.doc_freq, fields, pairs, w[-1] if k % 2 else None, ends)
        bc = tq._body_cost(s.doc_freq, w)
        tq._pair_cost = lambda *a: -1.0          # the pairs forced
        pq = tq.pair_phrase(b.schema, w, paired)
        tq._pair_cost = real
        body = tq._words_query(b.schema, "body", w)
        tb = statistics.median(_cpu_ms(lambda: s.aggregate(body, _FACET_AGGS))[0] for _ in range(3))
        tp = statistics.median(_cpu_ms(lambda: s.aggregate(pq, _FACET_AGGS))[0] for _ in range(3))
        print(f"{' '.join(w):40s} k={k} estimate pairs/body {pc / bc:5.2f}  CPU pairs/body {tp / max(tb, 0.01):5.2f}"
              f" ({tb:.1f} / {tp:.1f} ms) {'ok' if (pc < bc) == (tp < tb) else 'miss'}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--rule":
        rule(sys.argv[1], int(sys.argv[3]) if len(sys.argv) > 3 else 3)
    else:
        compare(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
