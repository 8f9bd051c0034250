from extractors.indices import INDEX_NAMES, find_indices


def test_names():
    assert {"PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI", "ICT Index"} <= set(INDEX_NAMES)


def test_named_by_acronym_and_in_words():
    text = ("nâng cao Chỉ số: PAR INDEX, SIPAS, PAPI, PCI của tỉnh; Chỉ số năng lực cạnh tranh; "
            "Chỉ số hài lòng của tổ chức và cá nhân về sự phục vụ của cơ quan hành chính")
    assert find_indices(text) == ["PAR INDEX", "SIPAS", "PAPI", "PCI"]
    assert find_indices("Chỉ số CCHC của tỉnh") == ["PAR INDEX"]
    assert find_indices("chỉ\nsố cải cách hành chính cấp tỉnh") == ["PAR INDEX"]
    assert find_indices("phấn đấu nằm trong top 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số") == ["DTI"]


def test_an_annual_cchc_plan_serves_par_index():
    body = "UBND tỉnh yêu cầu các sở, ngành thực hiện tốt các nhiệm vụ."
    assert find_indices(body, focus="Kế hoạch thực hiện nhiệm vụ cải cách hành chính năm 2018") == ["PAR INDEX"]
    assert find_indices(body, focus="Kế hoạch chuyển đổi số năm 2023") == []
