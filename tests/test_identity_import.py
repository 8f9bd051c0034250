"""store.identity reads MinHash signatures with datasketch's MinHash class but without importing
the package's LSH modules (scipy): the same signatures, less CPU and memory in the crawl process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

TEXT = "Kế hoạch cải cách hành chính năm 2025 của Ủy ban nhân dân tỉnh Tiền Giang " * 8


def test_signatures_equal_the_whole_packages_and_scipy_is_not_loaded():
    code = ("import json, sys; from store.identity import _minhash; "
            f"hv = _minhash({TEXT!r}).hashvalues; scipy = 'scipy' in sys.modules; import datasketch; "
            "print(json.dumps({'hv': [int(x) for x in hv], 'scipy': scipy, "
            "'whole': hasattr(datasketch, 'MinHashLSH')}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    got = json.loads(out.stdout)
    import zlib

    from datasketch import MinHash   # the package as everyone imports it
    from store.identity import NUM_PERM, SCHEME, _WORD
    from extractors.normalize import fold
    words = _WORD.findall(fold(TEXT).casefold())
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=zlib.crc32)
    m.update_batch(list({" ".join(words[i:i + 3]).encode() for i in range(len(words) - 2)}))
    assert np.array_equal(np.array(got["hv"], dtype=np.uint64), m.hashvalues.astype(np.uint64))
    assert got["whole"]                 # a later `import datasketch` got the whole package
    assert not got["scipy"]             # MinHash alone did not bring in scipy
