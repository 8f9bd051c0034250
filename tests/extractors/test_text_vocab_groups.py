"""gen22: the tf-idf text models' vocabulary restricted to terms of texts of >= N groups."""
from extractors import corpus
from extractors.train import fit_block, fit_page_kind, shared_terms, text_options


def _case(i, site, province, goals, words):
    return {"id": f"t-{i}", "site": site, "province": province, "text": words,
            "targets": [{"value": 1}] if goals else []}


# "mauxanh" is the template footer of one site (three pages of one province): frequent enough for
# min_df, but a single group's, so it must not reach the vocabulary under vocab_groups=2
CASES = [_case(0, "a.gov.vn", "An Giang", True, "phấn đấu đạt mục tiêu mauxanh"),
         _case(1, "a.gov.vn", "An Giang", False, "kết quả đã đạt mauxanh"),
         _case(2, "a.gov.vn", "An Giang", True, "phấn đấu mục tiêu năm mauxanh"),
         _case(3, "b.gov.vn", "Bạc Liêu", True, "phấn đấu đạt mục tiêu"),
         _case(4, "b.gov.vn", "Bạc Liêu", False, "kết quả đã đạt"),
         _case(5, "c.gov.vn", "Cà Mau", False, "kết quả năm qua đã đạt")]


def test_the_groups_are_the_folds_sites_and_provinces():
    g = corpus.groups(CASES)
    assert g[0] == g[1] == g[2] and len({g[0], g[3], g[5]}) == 3


def test_a_term_of_one_groups_texts_only_is_left_out_of_the_page_kind_vocabulary():
    plain = fit_page_kind(CASES)
    assert "mauxanh" in plain.meta["idf"]            # the option off: min_df counts texts
    shared = fit_page_kind(CASES, text=text_options({"vocab_groups": 2}))
    vocab = shared.meta["idf"]
    assert "mauxanh" not in vocab and "phấn đấu" in vocab and "kết quả" in vocab
    assert "mauxanh" not in shared.weights
    # N=3: "phấn đấu" is on two sites' pages only, "đạt" on all three
    three = fit_page_kind(CASES, text=text_options({"vocab_groups": 3}))
    assert "phấn đấu" not in three.meta["idf"] and "đạt" in three.meta["idf"]


def test_the_option_applies_only_to_the_models_named():
    text = text_options({"vocab_groups": 2, "vocab_models": "blk"})
    assert "mauxanh" in fit_page_kind(CASES, text=text).meta["idf"]
    blocks = [((c["text"], ""), int(bool(c["targets"]))) for c in CASES] * 3
    groups = corpus.groups(CASES) * 3
    assert "mauxanh" not in fit_block(blocks, text=text, groups=groups).meta["idf"]
    assert "mauxanh" in fit_block(blocks, groups=groups).meta["idf"]


def test_shared_terms_counts_groups_not_texts():
    toks = [["x", "y"], ["x", "y"], ["x"], ["z"]]
    assert shared_terms(toks, [0, 0, 0, 1], 2) == set()
    assert shared_terms(toks, [0, 0, 1, 1], 2) == {"x"}
