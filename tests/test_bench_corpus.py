"""The search benchmark's generated corpus: every document keeps an identity of its own, so the
store (one record per number, issuer and year) keeps all of them ("indexed 9968 of 10000")."""
import random

from bench.bench_search import make_doc
from store.sqlite import Store, _doc_key


def test_generated_documents_never_share_an_identity():
    rnd, used = random.Random(20240601), set()
    keys = [_doc_key(make_doc(i, rnd, used).facts.to_dict()) for i in range(20_000)]
    assert None not in keys and len(set(keys)) == len(keys)


def test_the_store_keeps_every_generated_document(tmp_path):
    rnd, used = random.Random(20240601), set()
    store = Store(tmp_path / "bench.sqlite")
    for i in range(300):
        store.upsert_document(make_doc(i, rnd, used))
    assert store.count_documents() == 300
    store.close()
