"""Writes fresh25.jsonl: a seventh set of fresh labelled pages (session 26, issue 15), a test set the mapping rules and
the shipped ranker were not written from; it is not in the trainer's loader and must stay out of it.
Source: pages of the extraction corpus (`tests/data/devset/cases.jsonl`, `tests/data/corpus/part-{A,B,D,E,F,G,H}.jsonl`
and `part-J1`..`J6`; never parts I or K) whose URL is in none of the nine older pair files (host without
`www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query), drawn by a seeded random sample, not by topic: draw_fresh25.py
shuffles the 717 such pages with `random.Random(2026)`, walks them in that order, keeps at most three pages per site,
skips pages whose excerpt shows neither title nor subject and second copies of an already kept or older document, and
stops at 200 kept pages (the README says what was skipped). The corpus labels targets, never criteria. The excerpt
(title; the page's lead, or the official text's header, số, date and trích yếu, about 450 characters) was cut from the
corpus text by draw_fresh25.py, then read and labelled by hand, model-blind: no mapper, ranker or extractor was run on
any page before this file was committed with its labels. `corpus_id` names the corpus page each line came from (its
text is embedded here, so later corpus edits cannot move the numbers). Labels follow the README's rules, "Overlapping
criteria: one rule for all three files" and the fresh19-24 rules included. Run it to regenerate fresh25.jsonl."""
import json
from pathlib import Path

D = []


def doc(id, corpus_id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note, "corpus_id": corpus_id})

doc('q001', 'J-114', 'https://thienviettour.vn/doanh-thu-du-lich-kien-giang-9-thang-tang-hon-87-phu-quoc-dong-vai-tro-then-chot-a5234.html',
    'Kiên Giang', '',
    'Doanh thu du lịch Kiên Giang 9 tháng tăng hơn 87%, Phú Quốc đóng vai trò then chốt MAI THỊ NHUNG Du lịch Phú Quốc, điểm đến nghỉ dưỡng hàng đầu khu vực, đang có sự khởi sắc đáng kinh ngạc. Mỗi năm, lượng khách đến Phú Quốc tăng trung bình 28%, trong đó khách quốc... du lịch phú quốc , điểm đến nghỉ dưỡng hàng đầu khu vực, đang có sự khởi sắc đáng kinh ngạc. Mỗi năm, lượng khách đến Phú Quốc tăng trung bình 28%, trong đó khách quốc tế tăng hơn 45%.',
    [], ['8.2'], "a travel agency's blog on the province's nine-month tourism revenue: a sector and part of a year")
doc('q002', 'B-122', 'https://nhansu.vn/van-ban-phap-luat/quyet-dinh-1565-qd-ttg-2025-ke-hoach-nang-cao-chat-luong-dich-vu-cong-truc-tuyen-toan-trinh-665783.html',
    '', 'Quyết định 1565/QĐ-TTg năm 2025 về Kế hoạch nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình; cung cấp dịch vụ số mới được cá nhân hóa, dựa trên dữ liệu cho người dân và doanh nghiệp do Thủ tướng Chính phủ ban hành',
    'THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1565/QĐ-TTg Hà Nội ngày 18 tháng 7 năm 2025 THỦ TƯỚNG CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023; Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024; Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;',
    [], ['7.3'], "the Prime Minister's plan on full online public services (1565/QĐ-TTg): national")
doc('q003', 'E-019', 'http://baoapbac.vn/chinh-tri/202010/nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-tien-giang-lan-thu-xi-911161/',
    'Tiền Giang', 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI',
    'Báo Ấp Bắc điện tử trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ 2020 - 2025 đã được đại biểu thông qua trong phiên bế mạc Đại hội vào sáng ngày 15-10. Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020, với tinh thần dân chủ, đoàn kết, trách nhiệm, nghiêm túc, toàn bộ nội dung, chương trình Đại hội đã hoàn thành, đạt yêu cầu đề ra. Đại hội đại biểu Đảng bộ tỉnh lần thứ XI;',
    [], ['8.2'], "the party congress's resolution for the term 2020-2025: not the year's plan or account (g044)")
doc('q004', 'E-048', 'https://vietnamnet.vn/ca-mau-day-nhanh-chuyen-doi-so-de-thao-go-kho-khan-thay-doi-toan-dien-701094.html',
    'Cà Mau', '',
    'Theo Kế hoạch trên, mục tiêu chung được tỉnh đặt ra là quán triệt và triển khai thực hiện hiệu quả Quyết định của Thủ tướng Chính phủ về Chương trình Chuyển đổi số Quốc gia đến năm 2025, định hướng đến năm 2030. Đồng thời, tạo điều kiện thuận lợi cho các ngành, địa phương, tổ chức, doanh nghiệp triển khai chuyển đổi số trong hoạt động của cơ quan, đơn vị. Hình thành và phát triển môi trường số an toàn, tiện ích, phục vụ tối đa nhu cầu sản xuất, kinh doanh và đời sống người dân.',
    ['DTI.1', '7.1'], ['7.3'], "news presenting the goals of the province's DX plan implementing the national DX programme (digital government, economy, society): DTI.1 + 7.1 (r118)")
doc('q005', 'B-119', 'https://stttt.binhthuan.gov.vn/tin-tong-hop/uy-ban-nhan-dan-tinh-binh-thuan-ban-hanh-ke-hoach-chuyen-doi-so-nam-2025-901788',
    'Bình Thuận', '',
    'Uỷ ban nhân dân tỉnh Bình Thuận ban hành Kế hoạch chuyển đổi số năm 2025 Hội nghị sơ kết 02 năm thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy (khóa XIV) về chuyển đổi số (stttt.binhthuan.gov.vn) Ngày 11/12/2024, UBND tỉnh đã ban hành kế hoạch số 4677/KH-UBND về chuyển đổi số tỉnh Bình Thuận năm 2025.',
    ['DTI.1', '7.1'], ['1.1'], "the information department's site relays the province's DX plan of 2025 (4677/KH-UBND): DTI.1 + 7.1 (the issuer decides)")
doc('q006', 'J-033', 'https://itdr.org.vn/quy-hoach-va-phat-trien-san-pham/phong-nha-n-ke-bang-huong-den-muc-tieu-thanh-khu-du-lich-quoc-gia-vao-nam-2025/',
    'Quảng Bình', '',
    'Hướng dẫn Hỏi đáp Quy định Phong Nha – Kẻ Bàng hướng đến mục tiêu thành khu Du lịch Quốc gia vào năm 2025 Thủ tướng Chính phủ vừa phê duyệt Quy hoạch tổng thể phát triển Khu du lịch quốc gia (Khu DLQG) Phong Nha – Kẻ Bàng, tỉnh Quảng Bình đến năm 2030 với mục tiêu đấu đến năm 2025, Phong Nha – Kẻ Bàng đáp ứng các tiêu chí và được công nhận là Khu du lịch quốc gia. Quyết định số 2128/QĐ-TTg của Thủ tướng Chính phủ nêu rõ:',
    [], ['8.2'], "the Prime Minister's master plan of a national tourist area: another level's act and a sector")
doc('q007', 'D-078', 'https://baokhanhhoa.vn/kinh-te/202405/chi-so-pci-nam-2023-cua-khanh-hoa-giam-009-diem-d685521/',
    'Khánh Hòa', '',
    '15:48, 09/05/2024 Chỉ số PCI năm 2023 của Khánh Hòa giảm 0.09 điểm ĐÌNH LÂM Sáng 9-5, tại Hà Nội, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) và Cơ quan Phát triển Quốc tế Hoa Kỳ USAID tại Việt Nam vừa công bố Báo cáo năng lực cạnh tranh cấp tỉnh năm 2023 (PCI 2023). Với điểm số tổng hợp đạt 71,25 điểm, Quảng Ninh tiếp tục là tỉnh đứng đầu Chỉ số PCI năm 2023 và là năm thứ 7 liên tiếp địa phương này dẫn đầu.',
    [], ['PCI.1', '8.2'], "the VCCI's PCI 2023 ranking relayed by the provincial paper: a ranking published by others")
doc('q008', 'J-404', 'https://vietnamnet.vn/soc-trang-tang-toc-hoan-thanh-muc-tieu-xay-dung-nong-thon-moi-2163589.html',
    'Sóc Trăng', '',
    'Đầu năm 2023, Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng đã ký 13 quyết định công nhận 06 xã đạt chuẩn nông thôn mới và 07 xã đạt chuẩn nông thôn mới nâng cao, đánh dấu mốc tỉnh Sóc Trăng hoàn thành vượt mục tiêu xây dựng nông thôn mới năm 2022 (so với chỉ tiêu Trung ương giao có thêm 05 xã nông thôn mới và 05 xã nông thôn mới nâng cao). Tính đến cuối năm 2022, trên địa bàn tỉnh có 64/80 xã đạt chuẩn nông thôn mới;',
    [], ['8.2'], 'new-countryside results of 2022: a programme')
doc('q009', 'A-020', 'https://baohatinh.vn/ha-tinh-dan-dau-ca-nuoc-ve-bo-chi-so-phuc-vu-nguoi-dan-va-doanh-nghiep-post292417.html',
    'Hà Tĩnh', 'Hà Tĩnh dẫn đầu cả nước về Bộ Chỉ số phục vụ người dân và doanh nghiệp',
    '(Baohatinh.vn) - Theo kết quả đánh giá trên Cổng Dịch vụ công quốc gia, sau hơn 3 tuần vận hành chính quyền địa phương 2 cấp, Hà Tĩnh đang dẫn đầu cả nước về Bộ Chỉ số phục vụ người dân và doanh nghiệp. bqbht_br_img-7578-copy.jpg Chủ tịch UBND tỉnh Võ Trọng Hải trao đổi với công dân tại Trung tâm Phục vụ hành chính công xã Hương Phố.',
    [], ['3.5', '3.3'], "the province's score on the national portal's service index, computed nationally: a ranking published by others (g032)")
doc('q010', 'J-406', 'https://baoangiang.com.vn/den-nam-2025-an-giang-phan-dau-dat-1-823-trieu-nguoi-tham-gia-bao-hiem-y-te-a336930.html',
    'An Giang', '',
    'Đến năm 2025 An Giang phấn đấu đạt 1,823 triệu người tham gia bảo hiểm y tế 30/06/2022 - 09:51 Phó Chủ tịch UBND tỉnh Lê Văn Phước đã ký Quyết định 1269/QĐ-UBND giao chỉ tiêu thực hiện bao phủ bảo hiểm y tế giai đoạn 2022 - 2025 trên địa bàn tỉnh. A A Trao tặng thẻ bảo hiểm y tế cho người dân khó khăn Cụ thể, năm 2022, toàn tỉnh phát triển hơn 1,760 triệu người tham gia bảo hiểm y tế (độ bao phủ chiếm 92% dân số); năm 2023 đạt 1,776 triệu người tham gia (chiếm 92,75% dân số);',
    [], ['8.2'], "the province's health-insurance coverage targets 2022-2025: a sector")
doc('q011', 'J-217', 'https://vneconomy.vn/du-lich-ninh-binh-buoc-vao-giai-doan-tang-truong-theo-chieu-sau.htm',
    'Ninh Bình', '',
    'Sau năm 2025 tăng trưởng mạnh cả về lượng khách và doanh thu, ngành du lịch Ninh Bình bước vào giai đoạn phát triển mới, hướng tới mục tiêu đón 20 triệu lượt khách trong năm 2026, trong đó có 3 triệu lượt khách quốc tế... Ngành du lịch Ninh Bình vừa tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ trọng tâm năm 2026.',
    [], ['8.2'], "the tourism sector's year review and 2026 visitor goal: a sector")
doc('q012', 'B-170', 'https://vietnamfinance.vn/tp-hcm-dat-muc-tieu-kinh-te-so-chiem-25-grdp-vao-nam-2025-20180504224273550.htm',
    'Hồ Chí Minh', '',
    'Bất động sản TP. HCM đặt mục tiêu kinh tế số chiếm 25% GRDP vào năm 2025 (VNF) - Bí thư Thành ủy TP. HCM Nguyễn Văn Nên vừa ký ban hành Chỉ thị 17-CT/TU về việc đẩy mạnh công tác chuyển đổi số và xây dựng TP. HCM trở thành đô thị thông minh. TP. HCM đặt mục tiêu kinh tế số chiếm 25% GRDP vào năm 2025 TP. HCM đặt mục tiêu kinh tế số chiếm 25% GRDP vào năm 2025 (ảnh minh họa) Chỉ thị của Ban Thường vụ Thành uỷ TP.',
    ['DTI.1', '7.1'], ['8.2'], "news of the city party standing committee's directive on DX and the smart city (17-CT/TU): DTI.1 + 7.1 (s087, s096); the digital-economy share in the headline is not 8.2")
doc('q013', 'A-080', 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=5210330e-18d3-4935-9ed6-25c17fc045bf&key=Iiba1N8tQQHyk7QBWxZrEw%3D%3D',
    'Thừa Thiên Huế', '',
    'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 405/KH-UBND Thừa Thiên Huế, ngày 29 tháng 10 năm 2024 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH THỪA THIÊN HUẾ NĂM 2025 I. CĂN CỨ LẬP KẾ HOẠCH Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc cách mạng công nghiệp lần thứ tư; Nghị quyết số 50/NQ-CP ngày 17 tháng 4 năm 2020 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 52-NQ/TW;',
    ['DTI.1', '7.1'], ['1.1'], "the province's DX plan of 2025 (405/KH-UBND): DTI.1 + 7.1")
doc('q014', 'F-066', 'http://baothanhhoa.vn/thoi-su/dang-bo-huyen-nhu-xuan-dau-an-mot-nhiem-ky/122491.htm',
    'Thanh Hóa', '',
    'CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025 I. Về kinh tế (11 chỉ tiêu) 1. Tốc độ tăng giá trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%, trong đó: Nông, lâm, thủy sản tăng 6%; công nghiệp - xây dựng tăng 18,4%; dịch vụ tăng 18,2%. 2. Thu nhập bình quân đầu người/năm đến năm 2025: 60 triệu đồng. 3. Tổng sản lượng lương thực bình quân hàng năm: 25.000 tấn. 4.',
    [], ['8.2'], "a district party committee's term goals: issuer level and a term")
doc('q015', 'J-536', 'http://chuongtrinh135.ubdt.gov.vn/tin-tuc/tin-giam-ngheo/ty-le-ho-nghe-o-gia-m-nhanh-ta-i-die-n-bien-2598.html',
    'Điện Biên', 'Tỷ lệ hộ nghèo giảm nhanh tại Điện Biên',
    'Sau 3 năm thực hiện nghị quyết Nghị quyết 267 của tỉnh phê duyệt Chương trình giảm nghèo nhanh và bền vững giai đoạn 2011 - 2015, định hướng đến năm 2020. Đến nay, tỷ lệ hộ nghèo của tỉnh đã giảm khá nhanh, còn 31%. Tỉnh Điện Biên đã đạt được những thành tựu quan trọng: tốc độ giảm nghèo khá nhanh, năm 2010 tỷ lệ hộ nghèo là 50% (cao nhất nước), đến năm 2014, tỷ lệ hộ nghèo chỉ còn 31%.',
    [], ['8.2'], "poverty-reduction results of a programme, on the ethnic-affairs committee's site: a programme")
doc('q016', 'D-022', 'https://hethongphapluat.vn/ke-hoach-466-kh-ubnd-nam-2024-chuyen-doi-so-tinh-tien-giang-nam-2025.html',
    'Tiền Giang', '',
    'ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 466/KH-UBND Tiền Giang, ngày 05 tháng 12 năm 2024 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH TIỀN GIANG NĂM 2025 I. CĂN CỨ LẬP KẾ HOẠCH Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc cách mạng công nghiệp lần thứ tư; Nghị quyết số 50/NQ-CP ngày 17 tháng 4 năm 2020 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 52-NQ/TW;',
    ['DTI.1', '7.1'], ['1.1'], "the province's DX plan of 2025 (466/KH-UBND): DTI.1 + 7.1")
doc('q017', 'A-022', 'https://tienphong.vn/chi-dao-moi-cua-bi-thu-tinh-uy-quang-tri-post1781492.tpo',
    'Quảng Trị', 'Chỉ đạo mới của Bí thư Tỉnh uỷ Quảng Trị',
    'TPO - Đó là chỉ đạo của Bí thư Tỉnh uỷ Quảng Trị Lê Ngọc Quang tại Hội nghị định kỳ của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Trị, tổ chức vào sáng 26/9. Theo báo cáo, đến nay hệ thống chỉ đạo từ tỉnh đến cơ sở của tỉnh Quảng Trị được thiết lập đồng bộ, thống nhất, các hệ thống thông tin, cơ sở dữ liệu (CSDL) dùng chung của tỉnh mới được hợp nhất và vận hành ổn định, thông suốt.',
    [], ['DTI.1', '7.1'], "the periodic meeting of the province's science, innovation and DX steering committee: a meeting naming no plan (r055)")
doc('q018', 'A-255', 'https://vietnamnet.vn/lai-chau-chu-trong-day-manh-chuyen-doi-so-de-thuc-day-giam-ngheo-da-chieu-2286881.html',
    'Lai Châu', '',
    'So với các tỉnh đồng bằng, công cuộc chuyển đổi số ở các tỉnh miền núi gặp khó khăn gấp bội khi hạ tầng kỹ thuật còn yếu kém, nguồn lực đầu tư ít, trình độ dân trí còn thấp. Tuy nhiên, chuyển đổi số chính là phương thức để giúp rút ngắn khoảng cách phát triển giữa miền xuôi và miền ngược nhanh nhất. Bởi vậy, Lai Châu rất chú trọng thực hiện nhiều giải pháp để đẩy mạnh chuyển đổi số, đáp ứng yêu cầu phát triển hiện tại và tương lai.',
    [], ['DTI.1'], 'a feature on DX for poverty reduction naming no act (r113)')
doc('q019', 'A-052', 'https://vanbanphapluat.co/nghi-quyet-38-2012-nq-hdnd-chuong-trinh-giai-quyet-viec-lam-son-la-2013',
    'Sơn La', 'Nghị quyết 38/2012/NQ-HĐND',
    'HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 38/2012/NQ-HĐND Sơn La, ngày 12 tháng 12 năm 2012 NGHỊ QUYẾT VỀ CHƯƠNG TRÌNH GIẢI QUYẾT VIỆC LÀM TỈNH SƠN LA NĂM 2013 HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA KHOÁ XIII, KỲ HỌP THỨ 5 Căn cứ Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003; Bộ luật Lao động ngày 23 tháng 6 năm 1994 (Đã được sửa đổi bổ sung năm 2002, 2006, 2007);',
    [], ['8.2', '5.2'], "the council's employment programme of 2013: a sector; job creation is not recruitment of officials")
doc('q020', 'B-069', 'https://tapchitaichinh.vn/ca-mau-hien-thuc-hoa-chuyen-doi-so-thanh-loi-the-canh-tranh.html',
    'Cà Mau', '',
    'Cà Mau hiện thực hóa chuyển đổi số thành lợi thế cạnh tranh Theo Hữu Tùng/nhandan.vn Cà Mau đặt mục tiêu đến năm 2030 sẽ số hóa toàn diện các lĩnh vực, kinh tế số thành lợi thế cạnh tranh (chiếm 20% GRDP của tỉnh) và trở thành một trong những tỉnh chuyển đổi số thành công của cả nước. Giao dịch trực tiếp giảm dần tại Trung tâm giải quyết thủ tục hành chính tỉnh Cà Mau. Giao dịch trực tiếp giảm dần tại Trung tâm giải quyết thủ tục hành chính tỉnh Cà Mau. Sáng 1/8, Phó Chủ tịch Ủy ban nhân dân tỉnh Cà Mau Nguyễn Minh Luân cho biết, Tỉnh ủy vừa ban hành nghị quyết về chuyển đổi số đến năm 2025, định hướng đến năm 2030, phấn đấu trở thành một trong những tỉnh, thành phố chuyển đổi số thành công của cả nước.',
    ['DTI.1', '7.1'], ['8.2'], "news of the party committee's new resolution on DX to 2025/2030 and its goals (digital government included): DTI.1 + 7.1 (r118)")
doc('q021', 'B-130', 'https://tcttv.travinh.gov.vn/1462/39939/69623/655041/nghien-cuu-trao-doi/mot-so-nhiem-vu-va-giai-phap-chu-yeu-nham-dua-tra-vinh-tro-thanh-trung-tam-kinh-te-bien-cua-dong',
    'Trà Vinh', '',
    'Một số nhiệm vụ và giải pháp chủ yếu nhằm đưa Trà Vinh trở thành trung tâm kinh tế biển của Đồng bằng sông Cửu Long ThS. Thạch Trần Thị Cầm Khoa Lý luận cơ sở Trong bối cảnh hiện nay, biển và kinh tế biển đóng vai trò đặc biệt quan trọng, không chỉ là không gian sinh tồn mà còn có ý nghĩa chiến lược quyết định phát triển bền vững kinh tế xã hội, ổn định về quốc phòng an ninh.',
    [], ['8.2'], "a political school's research article on the marine economy: research")
doc('q022', 'D-093', 'https://lite.baomoi.com/hai-phong-san-sang-cho-muc-tieu-tang-truong-kinh-te-12-5-trong-nam-2025-c51484316.epi',
    'Hải Phòng', 'Hải Phòng sẵn sàng cho mục tiêu tăng trưởng kinh tế 12,5% trong năm 2025',
    'Hải Phòng đang đứng trước một thách thức lớn với mục tiêu tăng trưởng kinh tế 12,5% trong năm 2025, cao nhất trong khu vực đồng bằng sông Hồng và xếp thứ ba cả nước. Để đạt được cột mốc ấn tượng này, thành phố đã vạch ra một chiến lược đầy tham vọng với các dự án đầu tư lớn, cải cách chính sách và đẩy mạnh phát triển cơ sở hạ tầng.',
    ['8.2'], ['PCI.1'], "the city's growth goal of 2025 from its plan of the year, told by the planning department: 8.2 (as s106)")
doc('q023', 'G-059', 'https://baolamdong.vn/xa-hoi/202302/day-nhanh-chuong-trinh-chuyen-doi-so-8a20ff0/',
    'Lâm Đồng', '',
    'Đẩy nhanh Chương trình Chuyển đổi số THANH HỒNG 06:25, 01/02/2023 Thực hiện Nghị quyết số 12, ngày 25/5/2022 của Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030, UBND tỉnh đã ban hành Kế hoạch chuyển đổi số trên địa bàn tỉnh Lâm Đồng và triển khai thực hiện đồng bộ. Theo đó, 100% cơ quan hành chính nhà nước từ tỉnh đến cơ sở đã có hạ tầng đảm bảo công tác quản lý, điều hành qua môi trường mạng.',
    [], ['DTI.1', '7.1'], "DX results framed by the party's DX resolution and the province's plan ('Thực hiện Nghị quyết số 12'): the act as frame (s004, s174)")
doc('q024', 'H-050', 'https://langngheviet.com.vn/soc-trang-them-3-huyen-dat-chuan-nong-thon-moi-31946.html',
    '', '',
    'Sóc Trăng: Thêm 3 huyện đạt chuẩn nông thôn mới Bộ mặt nông thôn mới huyện Châu Thành, tỉnh Sóc Trăng ngày càng khang trang. Cụ thể, tại Quyết định số 1611/QĐ-TTg, huyện Mỏ Cày Nam, tỉnh Bến Tre được công nhận đạt chuẩn nông thôn mới năm 2023. Tại Quyết định số 1612/QĐ-TTg, huyện Châu Thành, tỉnh Sóc Trăng được công nhận đạt chuẩn nông thôn mới năm 2023. Tại Quyết định số 1613/QĐ-TTg, huyện Côn Đảo, tỉnh Bà Rịa - Vũng Tàu được công nhận đạt chuẩn nông thôn mới năm 2024.',
    [], ['8.2'], "the Prime Minister's decisions recognising new-countryside districts of three provinces: another level's act")
doc('q025', 'dev-036', 'https://duchoa.longan.gov.vn/thong-bao/de-an-sap-xep-don-vi-hanh-chinh-cap-tinh-cap-xa-989157',
    'Long An', '',
    'THỐNG KÊ TRUY CẬP Đề án sắp xếp đơn vị hành chính cấp tỉnh, cấp xã 638805663052555567_Phieu lay y kien cu tri tinh- xa - đổi tên.docx 6427_UBND-NC_16-04-2025_368-CV chi dao noi dung lay y kien cu tri HC.signed.pdf 1744771852_74_NQ-CP_07042025-signed.pdf TÓM TẮT ĐỀ ÁN SẮP XẾP, SÁP NHẬP ĐƠN VỊ HÀNH CHÍNH TỈNH LONG AN VÀ TỈNH TÂY NINH Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị;',
    ['4.4'], ['4.1'], "a district's site posts the summary of the province-level merger scheme of Long An and Tây Ninh put to voters (hard call: the scheme the two provinces built, published for the required voters' consultation, is 4.4; not a draft commented on internally, h104, w038)")
doc('q026', 'D-102', 'http://baoninhthuan.com.vn/news/111720p1c154/chi%CC%89-so%CC%81-ict2019-ninh-thua%CC%A3n-tie%CC%81p-tu%CC%A3c-tang-7-ba%CC%A3c.htm',
    'Ninh Thuận', 'Chỉ số ICT-2019: Ninh Thuận tiếp tục tăng 7 bậc',
    'Bộ Thông tin và Truyền thông đã tổ chức công bố Báo cáo tóm tắt Chỉ số sẵn sàng cho phát triển và ứng dụng Công nghệ thông tin - Truyền thông Việt Nam (Vietnam ICT index) năm 2019. Theo đó, trong năm 2019, tỉnh Ninh Thuận được xếp hạng thứ 14/63 tỉnh, thành phố, tăng 7 bậc so với năm 2018 (21/63), tăng 25 bậc so với năm 2017 (39/63).',
    [], ['7.1', 'DTI.1'], "the ministry's ICT Index ranking relayed by the provincial paper: a ranking published by others")
doc('q027', 'A-033', 'https://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=29974&l=Tintrongtinh&lv=4',
    'Yên Bái', '',
    'CTTĐT - Xác định chuyển đổi số là xu thế tất yếu, tỉnh Yên Bái coi chuyển đổi số là 1 trong 3 nhiệm vụ chính trị trọng tâm bên cạnh phát triển hạ tầng kinh tế - xã hội và thu hút đầu tư. Trong đó, năm 2022 là năm tỉnh Yên Bái đẩy mạnh chuyển đổi số theo hướng lấy người dân, doanh nghiệp làm trung tâm, là chủ thể và là động lực, triển khai toàn dân và toàn diện.',
    [], ['DTI.1', '7.1'], "a DX feature on the province's 2022 drive; the party's DX resolution and the committee's programme are named after the lead as the frame of the results (s004)")
doc('q028', 'B-169', 'https://vietnamfinance.vn/den-2025-kinh-te-so-chiem-25-grdp-cua-tp-ho-chi-minh-d87074.html',
    'Hồ Chí Minh', '',
    'Đến 2025: Kinh tế số chiếm 25% GRDP của TP. Hồ Chí Minh Trần Lê - 08/10/2022 08:23 (GMT+7) (VNF) - Chính quyền TP. HCM vừa công bố Tuần lễ Đổi mới sáng tạo và Chuyển đổi số TP. HCM 2022 sẽ diễn ra từ 8- 14/10/2022, trong đó 2 ngày chính của Tuần lễ là 13 và 14/10. VNF Kinh tế số chiếm 25% GRDP của TP. HCM vào 2025 Phát biểu tại sự kiện, Phó Chủ tịch UBND TP. HCM Dương Anh Đức cho biết, để đạt mục tiêu đến năm 2025, kinh tế số chiếm 25% GRDP, TP.',
    [], ['DTI.1'], 'the city announcing its innovation and DX week: organising events is not the DX plan (r115)')
doc('q029', 'J-425', 'https://danviet.vn/buc-tranh-sang-ve-du-lich-kien-giang-d1333156.html',
    'Kiên Giang', '',
    'Tính đến nay, du lịch Kiên Giang đã đạt được nhiều kết quả tăng trưởng ấn tượng, góp phần chuyển dịch cơ cấu kinh tế, giải quyết việc làm, cải thiện đời sống người dân, đặc biệt ở khu vực nông thôn. Trong năm 2024, Kiên Giang ước đón 9.863.187 lượt khách, tăng 15,6% so với cùng kỳ và vượt 7,2% kế hoạch năm. Trong đó, khách quốc tế đạt 978.785 lượt, tăng 70,7% so với cùng kỳ và vượt 43,9% kế hoạch. Tổng thu từ du lịch ước đạt 25.141 tỷ đồng, tăng 43,8% so với cùng kỳ và vượt 25,7% so với chỉ tiêu đề ra.',
    [], ['8.2'], "tourism results and the tourism plan's targets: a sector")
doc('q030', 'B-080', 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-742-QD-UBND-2023-trien-khai-thuc-hien-Nghi-quyet-07-NQ-TU-chuyen-doi-so-Vinh-Long-562195.aspx?tab=7',
    'Vĩnh Long', 'Quyết định 742/QĐ-UBND 2023 triển khai thực hiện Nghị quyết 07-NQ/TU chuyển đổi số Vĩnh Long',
    'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 742/QĐ-UBND Vĩnh Long, ngày 06 tháng 4 năm 2023 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 07-NQ/TU NGÀY 16/11/2022 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH VỀ CHUYỂN ĐỔI SỐ TỈNH VĨNH LONG ĐẾN NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Căn cứ Luật Tổ chức Chính quyền địa phương năm 2015;',
    ['DTI.1', '7.1'], ['1.1'], "the chairman's decision issuing the plan implementing the party's DX resolution 07-NQ/TU (742/QĐ-UBND): DTI.1 + 7.1")
doc('q031', 'D-109', 'https://hethongphapluat.vn/ke-hoach-507-kh-ubnd-nam-2025-trien-khai-ke-hoach-02-kh-bcdtw-ve-thuc-day-chuyen-doi-so-lien-thong-dong-bo-nhanh-hieu-qua-dap-ung-yeu-cau-sap-xep-to-chuc-bo-may-chinh-quyen-theo-mo-hinh-02-cap-tren-dia-ban-tinh-nghe-an.html',
    'Nghệ An', '',
    'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 507/KH-UBND Nghệ An, ngày 27 tháng 6 năm 2025 KẾ HOẠCH TRIỂN KHAI KẾ HOẠCH SỐ 02-KH/BCĐTW NGÀY 19/6/2025 CỦA BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ THÚC ĐẨY CHUYỂN ĐỔI SỐ LIÊN THÔNG, ĐỒNG BỘ, NHANH, HIỆU QUẢ ĐÁP ỨNG YÊU CẦU SẮP XẾP TỔ CHỨC BỘ MÁY CHÍNH QUYỀN THEO MÔ HÌNH 02 CẤP TRÊN ĐỊA BÀN TỈNH NGHỆ AN Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban chỉ đạo Trung ương về phát triển …',
    ['DTI.1', '7.1'], ['4.4'], "the province's plan implementing the central steering committee's plan on DX for the two-level government (507/KH-UBND): a province-wide DX plan of state agencies, DTI.1 + 7.1 (r147); not the arrangement act")
doc('q032', 'A-177', 'https://vietnam.vn/phat-trien-kinh-te-so-va-xa-hoi-so-tinh-son-la-gan-voi-chinh-quyen-so',
    'Sơn La', '',
    'Dư địa phát triển kinh tế của Sơn La còn rất lớn về năng lượng, khai khoáng, công nghiệp chế biến, nông nghiệp ứng dụng công nghệ cao, đặc biệt là phát triển kinh tế số xã hội số. Theo đó Sơn La triển khai sử dụng các nền tảng số quốc gia và phát triển các nền tảng số của địa phương để đẩy nhanh quá trình chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số trên địa bàn tỉnh Sơn La, cùng với sử dụng các nền tảng số quốc gia sẵn có …',
    [], ['DTI.1'], "a feature stating the province's digital-economy and digital-society goals without naming the plan (r113)")
doc('q033', 'J-414', 'https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-39-NQ-HDND-2025-Ke-hoach-phat-trien-kinh-te-xa-hoi-5-nam-Ca-Mau-685766.html',
    'Cà Mau', 'Nghị quyết 39/NQ-HĐND năm 2025 về Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 do tỉnh Cà Mau ban hành',
    'HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 39/NQ-HĐND Cà Mau, ngày 09 tháng 12 năm 2025 VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026 - 2030 HỘI ĐỒNG NHÂN DÂN TỈNH CÀ MAU KHÓA X, KỲ HỌP THỨ 6 Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Căn cứ Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025 - 2030; Căn cứ Chỉ thị số 31/CT-TTg ngày 18 tháng 10 năm 2025 của Thủ tướng Chính phủ về việc xây dựng Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030;',
    [], ['8.2'], "the council's five-year socio-economic plan 2026-2030: not the year's (r067)")
doc('q034', 'F-021', 'https://hanoionline.vn/amp/xa-thuan-an-doan-ket-xay-dung-doi-song-van-hoa-383415.htm',
    'Hà Nội', 'Xã Thuận An đoàn kết xây dựng đời sống văn hóa',
    'Tại hội nghị, UBND xã Thuận An đã khái quát những kết quả trong thực hiện phong trào thi đua trên các lĩnh vực kinh tế - xã hội và một số nhiệm vụ trọng tâm năm 2026. Phát biểu tại hội nghị, Phó Chủ tịch UBND thành phố Vũ Thu Hà biểu dương những kết quả đạt được và những nỗ lực của xã Thuận An trong năm 2025 với 12/12 chỉ tiêu đều đạt và vượt, trong đó tổng thu ngân sách bằng 161,6% so với dự toán, qua đó minh chứng được hiệu quả của bộ máy mới và đời sống người dân được tăng lên.',
    [], ['8.2'], "a commune's year-end emulation conference: issuer level")
doc('q035', 'G-040', 'https://plo.vn/dong-nai-giai-quyet-thu-tuc-hanh-chinh-dung-han-phai-dat-toi-thieu-98-post892276.html',
    'Đồng Nai', 'Đồng Nai: Giải quyết thủ tục hành chính đúng hạn phải đạt tối thiểu 98% 20/01/2026 15:35',
    '(PLO)- Theo Kế hoạch năm 2026 của tỉnh Đồng Nai, giải quyết hồ sơ thủ tục hành chính đúng hạn phải đạt tối thiểu 98% và 100% phản ánh, kiến nghị liên quan đến thủ tục hành chính được xử lý đúng hạn. Đồng Nai: Giải quyết thủ tục hành chính đúng hạn phải đạt tối thiểu 98% (PLO)- Theo Kế hoạch năm 2026 của tỉnh Đồng Nai, giải quyết hồ sơ thủ tục hành chính đúng hạn phải đạt tối thiểu 98% và 100% phản ánh, kiến nghị liên quan được xử lý đúng hạn. UBND tỉnh Đồng Nai vừa ban hành Kế hoạch về cải cách hành chính tỉnh Đồng Nai 2026 về việc kiểm soát thủ tục hành chính trên toàn địa bàn tỉnh. Theo đó, mục tiêu trong năm 2026 đảm bảo 100% thủ tục hành chính thuộc thẩm quyền giải quyết phải được rà soát, trình công bố và cập nhật công khai trên Cơ sở dữ liệu quốc gia.',
    ['3.2'], ['1.1', '3.3'], "news of the province's 2026 plan for procedure control (review, publication, cutting 10 %): 3.2, the catalog's 'kiểm soát thủ tục hành chính năm' (hard call: the paper calls it a CCHC plan, its subject is procedure control, not 1.1; the on-time target in the headline is not the one-stop act, unlike r033 whose title named it)")
doc('q036', 'J-524', 'https://baotayninh.vn/music/nghe-audio/phan-dau-den-nam-2025-ty-le-dan-so-duoc-tiep-can-voi-nuoc-sach-nuoc-hop-ve-sinh-dat-100-.1465.html',
    'Tây Ninh', '',
    'Phấn đấu đến năm 2025, tỷ lệ dân số được tiếp cận với nước sạch, nước hợp vệ sinh đạt 100% Audio thời sự 25-01-2022 UBND tỉnh Tây Ninh đặt ra mục tiêu phấn đấu đến năm 2025, tỷ lệ dân số được tiếp cận với nước sạch, nước hợp vệ sinh đạt 100%; các xã nông thôn mới được cấp nước sạch theo quy chuẩn đạt 72%. Huy Liệu Chia sẻ: BẠN ĐỌC PHẢN HỒI',
    [], ['8.2'], 'clean-water coverage goal: a sector')
doc('q037', 'A-010', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-1174-KH-UBND-2025-chuyen-doi-so-Nghe-An-nam-2026-689060.html',
    'Nghệ An', 'Kế hoạch 1174/KH-UBND năm 2025 về chuyển đổi số tỉnh Nghệ An năm 2026',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1174/KH-UBND Nghệ An, ngày 31 tháng 12 năm 2025 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH NGHỆ AN NĂM 2026 I. CĂN CỨ LẬP KẾ HOẠCH Nghị quyết số 39-NQ/TW, ngày 18/7/2023 của Bộ Chính trị về xây dựng và phát triển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045. Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    ['DTI.1', '7.1'], ['1.1'], "the province's DX plan of 2026 (1174/KH-UBND): DTI.1 + 7.1")
doc('q038', 'J-410', 'https://antoanthongtin.vn/tin/100percent-phuong-xa-tp-ho-chi-minh-dat-chuan-chuyen-doi-so',
    'Hồ Chí Minh', '',
    '100% phường, xã TP Hồ Chí Minh đạt chuẩn chuyển đổi số P.T Bứt phá mạnh mẽ trong chuyển đổi số, TP. Hồ Chí Minh vừa được Ban Chỉ đạo Trung ương xếp hạng 2/34 tỉnh, thành. Thành tích vượt trội này có được nhờ việc thành phố đã hoàn thành toàn bộ chỉ tiêu ở cấp cơ sở phường, xã Chuyển đổi số - động lực tăng trưởng Chiều 24/9, Thủ tướng Phạm Minh Chính chủ trì phiên họp lần thứ tư của Ban Chỉ đạo Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06.',
    [], ['DTI.1', '7.1'], "the central steering committee ranking the city's DX at commune level: a ranking published by others and results")
doc('q039', 'A-257', 'https://vneconomy.vn/phe-duyet-chien-luoc-xay-dung-va-phat-trien-trung-tam-du-lieu-quoc-gia.htm',
    '', '',
    'Phó Thủ tướng Nguyễn Chí Dũng vừa ký Quyết định số 1751/QĐ-TTg ngày 18/8/2025 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu tại Trung tâm dữ liệu quốc gia. Trọng tâm của chiến lược là việc xây dựng ít nhất ba trung tâm dữ liệu quốc gia và hình thành cơ sở dữ liệu tổng hợp quốc gia, có khả năng điều phối, phân tích và khai thác dữ liệu một cách sáng tạo.',
    [], ['7.1'], "the Prime Minister's data strategy of the national data centre: national")
doc('q040', 'E-039', 'https://m.baomoi.com/phan-dau-den-nam-2025-ti-trong-kinh-te-so-cua-tinh-dat-20/c/43727854.epi',
    'Đồng Nai', 'Phấn đấu đến năm 2025 tỉ trọng kinh tế số của tỉnh đạt 20%',
    'UBND tỉnh vừa ban hành kế hoạch phát triển kinh tế số và xã hội số tỉnh Đồng Nai đến năm 2025, định hướng đến năm 2030. Kế hoạch đề ra các mục tiêu cơ bản về phát triển kinh tế số và xã hội số trên địa bàn tỉnh. Về phát triển kinh tế số, phấn đấu đến năm 2025, tỉ trọng kinh tế số của tỉnh đạt 20% GDP; tỉ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%; tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động đạt 2%...',
    ['DTI.1'], ['7.1'], "news of the province's plan for the digital economy and digital society to 2025: DTI.1 alone (r106)")
doc('q041', 'J-221', 'https://www.sggp.org.vn/hai-phong-dat-muc-tieu-tro-thanh-noi-dang-song-tam-co-dong-nam-a-post828716.html',
    'Hải Phòng', '',
    'Nghị quyết HĐND TP Hải Phòng xác định, năm 2026 được xác định là năm nền tảng, xây dựng bước chuyển mạnh mẽ trong thực hiện mục tiêu phát triển TP Hải Phòng hiện đại, văn minh, sinh thái và đáng sống tầm cỡ khu vực Đông Nam Á. Phấn đấu thu hút hơn 16 triệu lượt khách Từ đó, địa phương này tiếp tục xác định nhiệm vụ trọng tâm là nâng cao hiệu quả quản lý, phát huy nguồn lực, tăng cường liên kết vùng và hội nhập sâu rộng, phấn đấu giữ vững vai trò …',
    ['8.2'], ['6.1'], "national news of the city council's resolution on the 2026 socio-economic tasks: 8.2 (x311, s063)")
doc('q042', 'J-010', 'https://sotttt.quangtri.gov.vn/vi/chi-tiet-tin/-/view-article/1/1663051135537/1663057079152',
    'Quảng Trị', 'Phê duyệt Kế hoạch thực hiện Chiến lược phát triển Du lịch Việt Nam đến năm 2030 trên địa bàn tỉnh Quảng Trị',
    'Ngày 30/3/2021, UBND tỉnh Quảng Trị ban hành Kế hoạch số 70/KH-UBND về việc thực hiện Chiến lược phát triển Du lịch Việt Nam đến năm 2030 trên địa bàn tỉnh Quảng Trị. Theo đó, Kế hoạch được chia thành 2 giai đoạn: Giai đoạn 2021-2025: Hình thành các tour, tuyến du lịch chủ đạo, xây dựng và khẳng định thương hiệu điểm đến du lịch Quảng Trị là “Ký ức chiến tranh – Khát vọng hòa bình” ;',
    [], ['8.2'], "the information department's site relays the province's plan implementing the national tourism strategy (70/KH-UBND): a sector")
doc('q043', 'E-082', 'https://baomoi.net.vn/cong-bo-pci-2024-buc-tranh-tich-cuc-ve-cai-thien-dieu-hanh-kinh-te-cap-tinh-c52163164.epi',
    '', 'Công bố PCI 2024: Bức tranh tích cực về cải thiện điều hành kinh tế cấp tỉnh',
    'PCI 2024 cho thấy những chuyển biến tích cực trong nỗ lực cải thiện môi trường kinh doanh và thúc đẩy khu vực kinh tế tư nhân. Niềm tin của cộng đồng doanh nghiệp vào chính quyền địa phương vẫn được giữ vững… Báo cáo PCI 2024 cho thấy một bức tranh tích cực về cải thiện điều hành kinh tế cấp tỉnh. Ảnh minh họa. Báo cáo PCI 2024 cho thấy một bức tranh tích cực về cải thiện điều hành kinh tế cấp tỉnh. Ảnh minh họa.',
    [], ['PCI.1'], "national news of the VCCI's PCI 2024 report: a ranking published by others")
doc('q044', 'A-104', 'https://vpub.vinhphuc.gov.vn/portal/pages/2025-01-07/No-luc-cham-dich-chi-tieu-chuyen-doi-sozcekv112q142.aspx',
    'Vĩnh Phúc', '',
    'Cùng với cả nước, 4 năm qua, tỉnh Vĩnh Phúc đã tập trung đẩy mạnh chuyển đổi số, nhất là thực hiện việc giao chỉ tiêu, nhiệm vụ chuyển đổi số cho người đứng đầu các cơ quan, đơn vị, địa phương, hướng tới hiện thực hóa mục tiêu xây dựng chính quyền số, kinh tế số, xã hội số. Là một trong những đơn vị dẫn đầu trong thực hiện giao chỉ tiêu, nhiệm vụ chuyển đổi số, năm 2024, Sở Xây dựng được giao 17 chỉ tiêu, nhiệm vụ về chuyển đổi số.',
    [], ['DTI.1', '7.1'], "the construction department meeting the DX targets the province assigned it: one department's results, no plan")
doc('q045', 'H-071', 'https://www.vietnamplus.vn/khai-thong-the-che-tao-dot-pha-moi-cho-thanh-pho-ho-chi-minh-nam-2026-post1082223.vnp',
    'Hồ Chí Minh', '',
    'Chiều 10/12, Hội đồng Nhân dân Thành phố Hồ Chí Minh đã thông qua Nghị quyết về kế hoạch phát triển kinh tế-xã hội năm 2026; thống nhất chọn chủ đề năm 2026 là “Khai thông thể chế, giải phóng nguồn lực, đột phá hạ tầng, nâng cao hiệu quả phục vụ, tạo chuyển biến thực chất trong phát triển Thành phố Hồ Chí Minh sau sắp xếp.” Đáng chú ý, Thành phố phấn đấu tăng trưởng GRDP trên 10% trong năm 2026, thể hiện quyết tâm phục hồi nhanh và tạo bứt phá sau giai đoạn sắp xếp đơn vị hành chính.',
    ['8.2'], ['6.1'], 'the city council passing its socio-economic plan of 2026 and the growth goal: 8.2 (x311)')
doc('q046', 'D-071', 'https://hethongphapluat.vn/ke-hoach-46-kh-ubnd-d749410baa9be30462ca10c3735715e4.html',
    'Cần Thơ', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 46/KH-UBND Cần Thơ, ngày 25 Tháng 8 năm 2025 KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01 THÁNG 4 NĂM 2025 CỦA CHÍNH PHỦ SỬA ĐỔI, BỔ SUNG, CẬP NHẬT CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22 THÁNG 12 NĂM 2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA Thực hiện Nghị, quyết số 71/NQ-CP ngày 01 …',
    ['DTI.1', '7.1'], ['1.1'], "the city's plan implementing the Government's programme for resolution 57 (science, innovation and DX; 46/KH-UBND): DTI.1 + 7.1 (r061, r072)")
doc('q047', 'J-017', 'http://www.khoahocchonhanong.com.vn/quang-ninh-xay-dung-mo-hinh-mau-ve-chuyen-doi-so.html',
    'Quảng Ninh', '',
    'Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", Quảng Ninh xác định chuyển đổi số là xu hướng tất yếu của phát triển, là nền tảng, động lực tạo đột phá cho sự phát triển, tăng sức cạnh tranh của nền kinh tế.',
    [], ['DTI.1', '7.1'], "a magazine feature on the province's DX framed by resolution 57 in its lead; the party's DX resolution is named after it as a frame (q027)")
doc('q048', 'J-004', 'https://stp.binhdinh.gov.vn/chuyen-doi-so/ke-hoach-chuyen-doi-so-tinh-binh-dinh-nam-2024-3828.html',
    'Bình Định', '',
    'Kế hoạch chuyển đổi số tỉnh Bình Định năm 2024 Thứ hai - 26/02/2024 18:22 406 0 Ngày 23/02/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 33/KH-UBND về chuyển đổi số tỉnh Bình Định năm 2024. Theo đó, Kế hoạch nêu rõ mục tiêu tổng quát nhằm xây dựng các nền tảng, phát triển hạ tầng công nghệ thông tin và truyền thông hiện đại, đồng bộ; ứng dụng công nghệ thông tin sâu rộng và nâng cao an toàn thông tin;',
    ['DTI.1', '7.1'], ['1.1'], "the justice department's site relays the province's DX plan of 2024 (33/KH-UBND) and its goals: DTI.1 + 7.1 (the issuer decides)")
doc('q049', 'J-439', 'https://text.123docz.net/document/15125532-bao-cao-thuc-hien-ke-hoach-phat-trien-ben-vung-2023.htm',
    'Bến Tre', '',
    'Tải bản đầy đủ (.doc) (19 trang) Báo cáo thực hiện kế hoạch phát triển bền vững 2023 Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (203.82 KB, 19 trang ) ỦY BAN NHÂN DÂN HUYỆN GIỒNG TRƠM Số: /BC-UBND CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM Giồng Trơm, ngày tháng 11 năm 2023 BÁO CÁO Tình hình thực hiện các mục tiêu phát triển bền vững trên địa bàn huyện Giồng Trơm năm 2023 Kính gửi:',
    [], ['8.2'], "a district's report on its sustainable-development goals of 2023: issuer level")
doc('q050', 'D-101', 'https://ninhthuan.gov.vn/portal/Pages/2022-9-21/Ket-qua-trien-khai-thuc-hien-chuyen-doi-so-9-thangr9ku4q.aspx',
    'Ninh Thuận', '',
    'Ngày 27/01/2022, Ban Cán sự Đảng Ủy ban nhân dân tỉnh ban hành Chương trình hành động số 59-CTr/BCSĐ về việc thực hiện Nghị quyết số 09-NQ/TU ngày 29/11/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Ninh Thuận giai đoạn 2021-2025, tầm nhìn đến 2030.',
    [], ['DTI.1', '7.1'], "the portal's nine-month results of the party cadre committee's DX programme (59-CTr/BCSĐ): a results report whose first sentence names the programme as its frame (hard call: s004, s046; a report, not the plan)")
doc('q051', 'J-547', 'https://ngaynay.vn/du-lich-quang-binh-tang-truong-manh-me-trong-nam-2023-post141793.html',
    'Quảng Bình', '',
    'Sở Du lịch tỉnh Quảng Bình cho biết, tổng lượng khách du lịch đến Quảng Bình năm 2023 đạt 4,5 triệu lượt, gấp 2,14 lần so với cùng kỳ 2022 và đạt 128,86% kế hoạch năm 2023. Trong đó, khách nội địa đạt gần 4,4 triệu lượt, gấp 2,11 và đạt 129,18% kế hoạch; khách quốc tế đạt 118.000 lượt, gấp 3,5 lần so với cùng kỳ và đạt 118% so với kế hoạch. Tổng thu từ khách du lịch đạt 5.096,3 tỷ đồng, gấp 2,1 lần so với cùng kỳ và đạt 128,86% kế hoạch năm 2023.',
    [], ['8.2'], "the tourism sector's year results: a sector")
doc('q052', 'B-044', 'https://sggp.org.vn/tay-ninh-1819-don-vi-cap-tinh-lam-tot-cong-tac-chuyen-doi-so-post772887.html',
    'Tây Ninh', '',
    'Đối với các cơ quan cấp tỉnh có có 18/19 đơn vị đạt loại tốt, đứng đầu là Văn phòng UBND tỉnh, Thanh tra tỉnh đạt 340/340 điểm, đơn vị bị xếp loại trung bình là Sở Y với 261/390 điểm. Ở cấp huyện có 8/9 đơn vị đạt loại tốt, dẫn đầu là thị xã Trảng Bàng, thị xã Hoà Thành, huyện Gò Dầu và đơn vị đạt loại khá là huyện Tân Biên; còn ở cấp xã có 15 đơn vị đạt loại tốt, 42 đơn vị loại khá, 18 đơn vị đạt trung bình và 19 đơn vị loại kém. UBND tỉnh Tây Ninh giao Văn phòng UBND tỉnh Tây Ninh công khai toàn bộ nội dung lên Cổng thông tin điện tử, Cổng hành chính công của tỉnh và giao Sở TT- TT công bố đánh giá, xếp hạng tại cuộc họp gần nhất của Ban Chỉ đạo Chuyển đổi số tỉnh, công khai kết quả nói trên lên Cổng, Trang thông tin về Chuyển đổi số của tỉnh.',
    ['7.1'], ['1.7', 'DTI.1'], "the province's ranking of its agencies', districts' and communes' DX level, published by the committee: 7.1 (s064: ICT use in state agencies); not the CCHC index of departments")
doc('q053', 'D-026', 'https://baodaknong.vn/print/159011.html',
    'Lâm Đồng', '',
    'Chuyển đổi số là phong trào thi đua sâu rộng ở Lâm Đồng Tin Tây Nguyên - Ngày đăng : 08:32, 11/08/2023 “Chuyển đổi số trên địa bàn tỉnh Lâm Đồng đến năm 2025” đã được UBND tỉnh Lâm Đồng tổ chức thành phong trào thi đua sâu rộng và hiệu quả. Mặc dù là địa phương miền núi nhưng chỉ số sử dụng dịch vụ công trực tuyến đã đạt 67% (trung bình toàn quốc đạt 62,3%). Mới đây, Văn phòng Chính phủ đánh giá tỉnh Lâm Đồng đứng vị trí 12/63 tỉnh, thành.',
    [], ['DTI.1', '7.3'], "DX results of the province told on another province's paper; the DX plan named as an emulation frame and the Government Office's rank (s004)")
doc('q054', 'A-252', 'https://dxcenter.org.vn/viet-nam-tren-duong-dua-ky-nguyen-so-kinh-te-so-bai-2',
    '', '',
    'Chương trình hành động của Chính phủ xác định 35 chỉ tiêu đến năm 2030 để thực hiện Nghị quyết 57, đưa khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số thành ba trụ cột phát triển đất nước trong kỷ nguyên mới. Được kỳ vọng là động lực tăng trưởng để bước vào kỷ nguyên mới, Nghị quyết 57 đặt mục tiêu đưa Việt Nam thoát bẫy thu nhập trung bình, trở thành nước có thu nhập cao vào năm 2045.',
    [], ['DTI.1'], "a national series on resolution 57's digital-economy goals: national")
doc('q055', 'B-111', 'https://cds.tpcaolanh.dongthap.gov.vn/tin-tuc-tong-hop/ket-qua-noi-bat-sau-nua-nhiem-ky-thuc-hien-nghi-quyet-ve-chuyen-doi-so-post-159.html',
    'Đồng Tháp', '',
    'Xác định chuyển đổi số là một trong những giải pháp thúc đẩy tăng trưởng, góp phần quan trọng trong việc phát triển kinh tế - xã hội tỉnh nhà ngày càng hiện đại, giàu mạnh, Ban Chấp hành Đảng bộ tỉnh khóa XI đã ban hành Nghị quyết số 04-NQ/TU về Chuyển đổi số tỉnh Đồng Tháp, trong đó lấy người dân là trung tâm của chuyển đổi số, chính sách và công nghệ là động lực.',
    ['DTI.1', '7.1'], ['1.1'], "a city DX portal presents the province's party DX resolution (04-NQ/TU) in its lead, then its mid-term results: DTI.1 + 7.1 (r118: the lead presents the act; hard call against q050, whose first sentence frames a results report)")
doc('q056', 'J-546', 'https://baolamdong.vn/toasoan-bandoc/202211/5-huyen-dat-chuan-nong-thon-moi-truoc-nam-2025-3146042/',
    'Lâm Đồng', '',
    '5 huyện đạt chuẩn nông thôn mới trước năm 2025 06:11, 25/11/2022 Theo mục tiêu xây dựng nông thôn mới vừa được UBND tỉnh Lâm Đồng phê duyệt, 5 huyện Đam Rông, Lạc Dương, Di Linh, Bảo Lâm, Đạ Huoai đạt chuẩn nông thôn mới trước năm 2025. Cùng với đó, huyện Đơn Dương và huyện Đạ Tẻh lần lượt đạt chuẩn nông thôn mới kiểu mẫu về nông nghiệp công nghệ cao theo hướng thông minh và cảnh quan nông thôn. Riêng huyện Đức Trọng hoàn thành Đề án Nông thôn mới trong quá trình đô thị hóa.',
    [], ['8.2'], "the province's new-countryside goals 2021-2025: a programme")
doc('q057', 'A-189', 'https://sokhoahoccongnghe.phutho.gov.vn/cong-bo-ket-qua-bo-chi-so-danh-gia-xep-hang-muc-do-chuyen-doi-so-trong-cac-co-quan-nha-nuoc-tinh-phu-tho-nam-2024-n7284',
    'Phú Thọ', '',
    'Công bố kết quả Bộ chỉ số đánh giá, xếp hạng mức độ Chuyển đổi số trong các cơ quan nhà nước tỉnh Phú Thọ năm 2024 08/01/2025 16:25 PhuthoPortal - Ngày 7/1/2025, Chủ tịch UBND tỉnh ký ban hành Quyết định số 42/QĐ-UBND công bố kết quả Bộ chỉ số đánh giá, xếp hạng mức độ Chuyển đổi số trong các cơ quan nhà nước tỉnh Phú Thọ năm 2024.',
    ['7.1'], ['1.7', 'DTI.1'], "the chairman's decision publishing the DX index ranking of the province's state agencies 2024 (42/QĐ-UBND): 7.1 (s064); not the CCHC index of departments (1.7)")
doc('q058', 'dev-028', 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=4e1faab5-9260-4c3f-9ce0-10eecc734fd7&key=aggQgNnBUwJuh%2FtVbF1f%2BQ%3D%3D',
    'Phú Thọ', '',
    'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 617/KH-UBND Phú Thọ, ngày 13 tháng 02 năm 2025 KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH, HIỆN ĐẠI HÓA PHƯƠNG THỨC CHỈ ĐẠO ĐIỀU HÀNH TRỌNG TÂM NĂM 2025 Căn cứ Quyết định số 240/QĐ-TTg ngày 04/02/2025 của Thủ tướng Chính phủ ban hành Kế hoạch cải cách thủ tục hành chính trọng tâm năm 2025;',
    ['3.2'], ['1.1', '7.3'], "the province's plan of procedure reform and modern direction for 2025 (617/KH-UBND, implementing 240/QĐ-TTg): control, review and cutting of procedures, 3.2 (hard call: a procedure-reform plan of the year is not the CCHC plan 1.1)")
doc('q059', 'J-513', 'https://skhdt.binhthuan.gov.vn/1315/32207/67097/631230/kinh-te-xa-hoi/xoa-bo-tinh-trang-ngheo-cung-cuc-cho-tat-ca-moi-nguoi-o-moi-noi.aspx',
    'Bình Thuận', '',
    'Thông tin mới nhất Thống kê truy cập Lượt xem: 144 Xóa bỏ tình trạng nghèo cùng cực cho tất cả mọi người ở mọi nơi Trong năm 2022, UBND tỉnh ban hành Kế hoạch số 3341/KH-UBND ngày 06/10/2022 về rà soát hộ nghèo và xác định hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp có mức sống trung bình năm 2022 trên địa bàn tỉnh; trình HĐND tỉnh ban hành một số nghị quyết triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 trên địa bàn tỉnh .',
    [], ['8.2'], "poverty-reduction results of 2022 on the planning department's site: a programme")
doc('q060', 'H-004', 'https://www.thuvienbinhthuan.com.vn/toc-do-tang-truong-gdp.html',
    '', 'Tốc độ tăng trưởng GDP bình quân 5 năm giai đoạn 2021 – 2025 đạt khoảng 6,5-7%/năm',
    'Đây là một trong những định hướng quan trọng trong phát triển đất nước được nêu ra tại Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Ảnh minh họa. Nguồn: Internet Cụ thể, theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, định hướng các chỉ tiêu chủ yếu về phát triển kinh tế – xã hội 5 năm 2021-2025 xác định rõ, đối với lĩnh vực kinh tế, đặt mục tiêu tốc độ tăng trưởng GDP bình quân 5 năm đạt khoảng 6,5-7%/năm. Đến năm 2025, GDP bình quân đầu người khoảng 4.700-5.000 USD;',
    [], ['8.2'], "the national party congress's five-year growth goal, on a provincial library's site: national")
doc('q061', 'H-001', 'https://thanhnien.vn/ban-can-biet/thu-hut-moi-nguon-luc-de-dai-loc-phat-trien-ben-vung-1258004.html',
    'Quảng Nam', '',
    'Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng kinh tế bình quân đạt 12-13%/ năm (giá so sánh 2010). Cơ cấu kinh tế đến năm 2025: CN - TTCN - xây dựng khoảng 64%; các ngành dịch vụ khoảng 28,5%; nông - lâm nghiệp - thủy sản khoảng 7,5% (giá so sánh 2010). Huyện đạt chuẩn nông thôn mới. Phấn đấu đến năm 2025 không còn hộ nghèo (trừ các đối tượng BTXH), 97% người dân tham gia BHYT… Đến năm 2025: 100% các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn;',
    [], ['8.2'], "a district party congress's term indicators: issuer level")
doc('q062', 'J-545', 'http://lamdongtv.vn/tin-tuc-n10411/lam-dong--nang-thu-nhap-nguoi-dan-nong-thon-len-gan-78-trieu-dong.html',
    'Lâm Đồng', '',
    '(Lamdongtv.vn) - Nâng cao thu nhập và cải thiện đời sống người dân nông thôn là một trong những mục tiêu quan trọng của chương trình xây dựng nông thôn mới Sau hơn 10 năm thực hiện Chương trình mục tiêu Quốc gia xây dựng nông thôn mới, đến nay, Lâm Đồng đã có 104/111 xã, 5 huyện đạt chuẩn NTM và 2 thành phố Đà Lạt, Bảo Lộc hoàn thành nhiệm vụ xây dựng NTM. Diện mạo nông thôn có nhiều khởi sắc, thu nhập bình quân người dân nông thôn đạt 65 triệu đồng/1 người/1 năm. Tỷ lệ hộ nghèo toàn tỉnh còn 1,85%.',
    [], ['8.2'], 'new-countryside results: a programme')
doc('q063', 'J-314', 'http://baodaklak.vn/channel/3482/201811/tiep-tuc-thuc-hien-nghi-quyet-so-06-tai-cac-huyen-dac-biet-kho-khan-5607364/',
    'Đắk Lắk', '',
    'Tiếp tục thực hiện Nghị quyết số 06 tại các huyện đặc biệt khó khăn Cập nhật lúc 19:02, Thứ Hai, 05/11/2018 (GMT+7) Tỉnh ủy vừa có Kết luận về việc tiếp tục thực hiện Nghị quyết số 06-NQ/TU ngày 18-3-2008 của Ban Thường vụ Tỉnh ủy về phát triển kinh tế - xã hội tại 3 huyện đặc biệt khó khăn của tỉnh (Lắk, Krông Bông và M’Đrắk) đến năm 2020.',
    [], ['8.2'], "the party committee's conclusion on three poor districts' development: not the year's plan")
doc('q064', 'J-028', 'https://m.infonet.vietnamnet.vn/chuyen-de/giam-nghep-ben-vung/den-cuoi-nam-2020-quang-ngai-uoc-giam-ty-le-ho-ngheo-xuong-con-6-07-271185.html',
    'Quảng Ngãi', '',
    'giảm nghèo Đến cuối năm 2020, Quảng Ngãi ước giảm tỷ lệ hộ nghèo xuống còn 6,07%. (Ảnh: VOV) Trong đó, hộ nghèo dân tộc thiểu số ước thực hiện đến cuối năm 2020 giảm xuống còn 25,59%; bình quân giảm 5,55%; vượt 1,55% so với mục tiêu đề ra 3-4%/năm. Huyện nghèo theo Nghị quyết 30a, ước thực hiện đến cuối năm 2020 giảm xuống còn 20,52%; bình quân giảm 5,25%/năm; vượt 1,25% so với mục tiêu đề ra (4%/năm).',
    [], ['8.2'], 'estimated poverty-reduction results of 2016-2020: a programme')
doc('q065', 'A-162', 'http://profile.tour-time.com/html/851b698893.html',
    '', 'Phê duyệt Chiến lược quốc gia về phát triển kinh tế số và xã hội số',
    'Về tầm nhìn,êduyệtChiếnlượcquốcgiavềpháttriểnkinhtếsốvàxãhộisốhn24h Chiến lược xác định phát triển số với việc tạo tăng trưởng dựa trên yếu tố đầu vào là công nghệ số và dữ liệu số, trở thành một trong những phương thức phát triển chủ đạo mới để Việt Nam phát triển nhanh, bền vững, bao trùm, thích ứng và kiên cường trước các thử thách trong thế giới nhiều biến động khó dự báo trước.',
    [], ['DTI.1'], "the Prime Minister's national digital economy and society strategy, on a scraped copy: national")
doc('q066', 'B-179', 'https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/dbscl-co-37-tinh-dung-dau-bang-xep-hang-pci-2013/',
    '', '',
    'Trong bảng xếp hạng chỉ số năng lực cạnh tranh cấp tỉnh gọi tắt là PCI, năm 2013, ĐBSCL có 3 tỉnh đứng đầu bảng xếp hạng cả nước, gồm: Kiên Giang, Đồng Tháp và Bến Tre. Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *',
    [], ['PCI.1'], "regional TV on the VCCI's PCI 2013 ranking: a ranking published by others")
doc('q067', 'B-165', 'https://chatluongvacuocsong.vn/amp/kon-tum-nhung-thanh-qua-trong-cong-tac-chuyen-doi-so-d121692.html',
    'Kon Tum', '',
    'Để đạt được 17 mục tiêu đề ra theo đúng lộ trình, ngay sau khi ban hành, Ban Thường vụ Tỉnh ủy đã chỉ đạo cấp ủy các cấp tổ chức tuyên truyền, quán triệt nội dung, mục tiêu Nghị quyết đến toàn thể cán bộ, đảng viên, nhân dân, từ đó xây dựng chương trình, kế hoạch thực hiện phù hợp với tình hình thực tế của địa phương, đơn vị. Trong đó, chú trọng tăng cường sự lãnh đạo của các cấp ủy, nâng cao hiệu lực, hiệu quả quản lý nhà nước, đẩy mạnh công tác tuyên truyền, nâng cao nhận thức về chuyển đổi số.',
    [], ['DTI.1', '7.1'], "a magazine on the results of the party's DX resolution (its 17 goals as frame; s004)")
doc('q068', 'G-047', 'https://baophutho.vn/ky-hop-thu-tu-hdnd-phuong-tan-hoa-244615.htm',
    'Phú Thọ', 'Kỳ họp thứ Tư, HĐND phường Tân Hòa',
    'Ngày 23/12, HĐND phường Tân Hòa khóa X, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ Tư (kỳ họp thường lệ cuối năm 2025), đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025 và thống nhất mục tiêu, nhiệm vụ, giải pháp chủ yếu năm 2026; xem xét, quyết định các nội dung quan trọng thuộc thẩm quyền. Năm 2025, tình hình kinh tế - xã hội phường Tân Hòa đạt được những kết quả quan trọng, hoàn thành 12/12 chỉ tiêu kinh tế - xã hội chủ yếu.',
    [], ['8.2'], "a ward council's year-end session: issuer level")
doc('q069', 'G-074', 'https://doanhnghiephoinhap.vn/den-nam-2030-80-nguoi-dan-va-doanh-nghiep-se-dung-dich-vu-cong-truc-tuyen-102823.html',
    '', '',
    'Trong một bước đi mang tính đột phá, Bộ Nội vụ đã chính thức ban hành Kế hoạch triển khai Nghị quyết số 71/NQ-CP nhằm cụ thể hóa tinh thần của Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Trọng tâm của kế hoạch là hướng đến một nền hành chính hiện đại, số hóa toàn diện, hoạt động hiệu lực và phục vụ tốt hơn cho người dân và doanh nghiệp.',
    [], ['7.3', 'DTI.1'], "the home-affairs ministry's plan for resolution 71 (online services to 2030): national")
doc('q070', 'A-087', 'https://doingoai.tuyenquang.gov.vn/vi/post/tuyen-quang-tang-10-bac-tren-bang-xep-hang-chuyen-doi-so-dti-nam-2023?type=NEWS&id=137762',
    'Tuyên Quang', '',
    'Theo đó kết quả công bố, tỉnh Tuyên Quang xếp hạng chuyển đổi số năm 2023 thứ 38/63 tỉnh, thành phố, tăng 10 bậc so với năm 2022, tăng 20 bậc so với năm 2021 (giá trị DTI chung đạt 0,6735). Cụ thể: Giá trị DTI về Chính quyền số đạt 0,7089 và xếp hạng 42/63 tỉnh, thành phố (tăng 05 bậc so với năm 2022, tăng 11 bậc so với năm 2021); giá trị DTI về Kinh tế số đạt 0,6197 và xếp hạng 24/63 tỉnh, thành phố (tăng 30 bậc so với năm 2022, tăng 21 bậc so với năm 2021);',
    [], ['DTI.1'], "the ministry's DTI 2023 ranking relayed by a department's site: a ranking published by others (r087)")
doc('q071', 'J-003', 'https://nongnghiep.vn/kon-tum-13-86-xa-dat-chuan-nong-thon-moi-post211877.html',
    'Kon Tum', '',
    'Kon Tum: 13/86 xã đạt chuẩn nông thôn mới 24/01/2018, 08:17 (GMT+7) Đến nay tỉnh Kon Tum đã có 13/86 xã đạt chuẩn xã NTM, 2 xã đạt từ 15 đến 18 tiêu chí, 26 xã đạt từ 10 - 14 tiêu chí... Kon Tum: 13/86 xã đạt chuẩn nông thôn mới Thực hiện Chương trình MTQG xây dựng NTM giai đoạn 2010 - 2020, đến nay tỉnh Kon Tum đã có 13/86 xã đạt chuẩn xã NTM, 2 xã đạt từ 15 đến 18 tiêu chí, 26 xã đạt từ 10 - 14 tiêu chí, 41 xã đạt từ 5 - 9 tiêu chí và 4 xã đạt dưới 5 tiêu chí.',
    [], ['8.2'], 'new-countryside results: a programme')
doc('q072', 'D-028', 'https://baogialai.com.vn/channel/1624/202208/lam-dong-vao-top-20-dia-phuong-dan-dau-ve-chuyen-doi-so-5786415/',
    'Lâm Đồng', '',
    'Ủy ban Quốc gia về chuyển đổi số vừa công bố xếp hạng Chỉ số đánh giá chuyển đổi số - DTI của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và các tỉnh, thành phố trực thuộc Trung ương năm 2021. Tỉnh Lâm Đồng tăng 3 bậc, đứng thứ 20/63 tỉnh, thành phố.',
    [], ['DTI.1'], "the national committee's DTI 2021 ranking on another province's paper: a ranking published by others")
doc('q073', 'A-194', 'http://chuyendoiso.quangnam.gov.vn/chi-tiet-tin/group/105/nid/10771/quang-ninh-an-tuong-chuyen-doi-so',
    'Quảng Ninh', '',
    'Để nhiệm vụ chuyển đổi số triển khai hiệu quả, đi vào cuộc sống, Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết số 09-NQ/TU ngày 5/2/2022 về chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030. Trong đó xác định, việc thực hiện chuyển đổi số trong giải quyết thủ tục hành chính mục tiêu đến năm 2023 sẽ hoàn thành 100% số hóa, ký số và lưu trữ điện tử đối với hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính đã được giải quyết thành công ở cả 3 cấp.',
    ['DTI.1', '7.1'], ['7.4'], "another province's DX portal presents Quảng Ninh's party resolution on comprehensive DX (09-NQ/TU) and its goals: DTI.1 + 7.1 (r118, s159); its digitisation target is not a 7.4 act")
doc('q074', 'J-027', 'http://baohaiphong.com.vn/channel/6187/',
    'Hải Phòng', '',
    'Cập nhật lúc18:52, Thứ Sáu, 28/04/2017 (GMT+7) Năm 2017, thành phố đặt chỉ tiêu phấn đấu thêm 25 xã đạt chuẩn nông thôn mới. Tuy nhiên, đa số địa phương còn một số chỉ tiêu đạt thấp như: giao thông, thủy lợi, trường học, cơ sở vật chất văn hóa, môi trường. Do vậy, bên cạnh việc đầu tư nguồn lực hoàn thành các chỉ tiêu trên, thành phố và các huyện chỉ đạo các xã không để phát sinh nợ xây dựng cơ bản trong quá trình thực hiện. 123456789_STATIC_v1.haiphong.cate.ad.outside.1_STATIC_987654321',
    [], ['8.2'], "a section page teaser of the city's new-countryside goal of 2017: a programme")
doc('q075', 'J-034', 'https://baosonla.org.vn/van-hoa-xa-hoi-video/mai-son-no-luc-giam-ngheo-s7XoeVB4g.html',
    'Sơn La', 'Mai Sơn nỗ lực giảm nghèo',
    'Trong những năm qua, cấp ủy Đảng, chính quyền huyện Mai Sơn đã thực hiện đồng bộ các giải pháp để giảm nghèo bền vững. Hàng năm, giảm trên 2% hộ nghèo; đời sống nhân dân từng bước được nâng cao, góp phần thúc đẩy kinh tế - xã hội của huyện phát triển. Báo Sơn La',
    [], ['8.2'], "a district's poverty reduction: issuer level")
doc('q076', 'J-125', 'https://vietnamdaily.kienthuc.net.vn/can-tho-tang-toc-chuyen-doi-so-de-hinh-thanh-do-thi-thong-minh-post4296559923.html',
    'Cần Thơ', '',
    'TP Cần Thơ vừa phê duyệt Chiến lược phát triển đô thị thông minh gắn với chuyển đổi số, chuyển đổi xanh đến năm 2030, xác định rõ quan điểm lấy người dân và doanh nghiệp làm trung tâm. Theo chiến lược, thành phố phấn đấu 100% thủ tục hành chính được giải quyết không phụ thuộc địa giới hành chính, trong đó tối thiểu 90% hồ sơ được xử lý hoàn toàn trên môi trường số.',
    [], ['DTI.1', '7.1'], "news of the city's smart-city strategy 'gắn với chuyển đổi số, chuyển đổi xanh' to 2030 (hard call: a smart-city strategy is neither DX plan nor 7.1, w034, s096, though DX is in its title; its boundary-free and digital-dossier goals are not 3.3 or 7.3 acts)")
doc('q077', 'A-256', 'https://dantri.com.vn/cong-nghe/doi-moi-sang-tao-va-chuyen-doi-so-dong-luc-thuc-day-tang-truong-lai-chau-20251031194220466.htm',
    'Lai Châu', 'Hạ tầng số làm bước đệm cho phát triển toàn diện',
    'Nhận thức hạ tầng số là nền tảng, Lai Châu ưu tiên nguồn lực phát triển viễn thông, đặt mục tiêu phủ sóng 5G tại trung tâm các huyện, thị xã trong năm 2025 và mở rộng đến vùng sâu, vùng xa, nhằm thu hẹp khoảng cách phát triển và tạo cơ hội tiếp cận dịch vụ số cho mọi người dân. Đến tháng 5, Lai Châu đã phủ sóng băng rộng di động tại 95% thôn bản và Internet cáp quang 80%.',
    [], ['DTI.1', '7.1'], "a feature on the province's digital infrastructure naming no act (r113)")
doc('q078', 'G-085', 'https://www.vietnamplus.vn/nam-2026-dua-chi-so-dich-vu-cong-truc-tuyen-cua-viet-nam-vao-top-65-the-gioi-post1086038.vnp',
    '', '',
    'Chiều 31/12, tại Hà Nội, Bộ Khoa học và Công nghệ tổ chức họp báo thường kỳ quý 4 năm 2025. Tại sự kiện, đại diện Bộ Khoa học và Công nghệ đã thông tin một số nhiệm vụ trọng tâm năm 2026. Cụ thể, năm 2026, Bộ Khoa học và Công nghệ xác định triển khai đồng bộ các nhiệm vụ trọng tâm trên tất cả các lĩnh vực quản lý nhà nước. Trong lĩnh vực Khoa học và Công nghệ, Bộ tập trung đẩy mạnh chuyển đổi số toàn diện trong hoạt động đánh giá, thẩm định và giám định công nghệ;',
    [], ['7.3'], "the science ministry's press briefing on 2026 tasks: national")
doc('q079', 'J-403', 'https://nld.com.vn/soc-trang-nang-cao-chat-luong-xa-dat-chuan-nong-thon-moi-196250628142228203.htm',
    'Sóc Trăng', '',
    'Theo báo cáo của UBND tỉnh Sóc Trăng, trong 6 tháng đầu năm nay, Chương trình xây dựng nông thôn mới tại Sóc Trăng đạt nhiều kết quả nổi bật, với 75/80 xã đạt chuẩn, 3 xã đạt kiểu mẫu, 30 xã đạt nâng cao. Toàn tỉnh hiện có 290 sản phẩm OCOP, trong đó có 26 sản phẩm đạt 4 sao. Chương trình xây dựng nông thôn mới tại Sóc Trăng đạt nhiều kết quả nổi bật Chủ tịch UBND tỉnh Sóc Trăng cũng vừa ban hành Chỉ thị số 11/CT-UBND về một số nhiệm vụ, giải pháp trọng tâm thúc đẩy tăng trưởng kinh tế của tỉnh năm 2025.',
    [], ['8.2'], "six-month new-countryside results; the chairman's growth directive is named at the end: part of a year and a programme")
doc('q080', 'A-108', 'https://thainguyentv.vn/thai-nguyen-quan-tam-chuyen-doi-chinh-quyen-so-82428.html',
    'Thái Nguyên', '',
    'Thái Nguyên quan tâm chuyển đổi chính quyền số Trung tâm Giám sát an toàn thông tin tỉnh Thái Nguyên vừa đi vào hoạt động Theo đó, trong lộ trình chuyển đổi số, Thái Nguyên phấn đấu đến năm 2030 có khoảng 85% dân số có kỹ năng số cơ bản; chính quyền điện tử, chính quyền số của tỉnh thuộc nhóm 20 tỉnh, thành dẫn đầu cả nước; thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4 đạt 80%...',
    [], ['DTI.1', '7.1'], "provincial TV on the province's DX roadmap goals naming no act (r113)")
doc('q081', 'E-007', 'https://baomoi.net.vn/phien-hop-tong-ket-hoat-dong-cua-uy-ban-quoc-gia-ve-chuyen-doi-so-va-de-an-06-nam-2024-c51414138.epi',
    '', 'Phiên họp tổng kết hoạt động của Ủy ban quốc gia về chuyển đổi số và Đề án 06 năm 2024',
    'Theo báo cáo của Ủy ban Quốc gia về chuyển đổi số, năm 2024, Việt Nam vươn lên vị trí thứ 71/193 quốc gia trong bảng xếp hạng Chính phủ điện tử của Liên Hợp quốc, tăng 15 bậc so với 2022 và được xếp vào nhóm quốc gia có Chỉ số phát triển Chính phủ điện tử (EGDI) ở mức rất cao.',
    [], ['DTI.1', '7.4'], "the national DX and Đề án 06 committee's year review: national (r133)")
doc('q082', 'J-318', 'https://huengaynay.vn/chinh-tri-xa-hoi/phuong-thanh-thuy-xa-loc-an-huong-toi-phat-trien-nhanh-va-ben-vung-156554.html',
    'Thừa Thiên Huế', '',
    'Lãnh đạo thành phố tặng hoa chúc mừng Đại bội Đảng bộ phường Thanh Thủy Đến dự đại hội có các ông: Phạm Đức Tiến, Phó Bí thư Thường trực Thành ủy; các UVTV Thành uỷ, HĐND, UBND, UBMTTQVN thành phố… Phường Thanh Thủy được thành lập trên cơ sở sáp nhập các phường Thủy Dương, Thủy Phương và xã Thủy Thanh với diện tích tự nhiên 48,92 km2, dân số 43.569 người, có 33 tổ dân phố.',
    [], ['8.2'], "a ward's party congress: issuer level")
doc('q083', 'H-031', 'https://www.sggp.org.vn/ca-mau-phan-dau-dat-muc-tang-truong-hai-con-so-trong-nam-2026-post827103.html',
    'Cà Mau', '',
    'Ngày 5-12, phát biểu tại hội nghị tổng kết thực hiện Nghị quyết năm 2025 và triển khai nhiệm vụ năm 2026, Bí thư Tỉnh ủy Cà Mau Nguyễn Hồ Hải nhấn mạnh năm 2026 là năm có ý nghĩa đặc biệt quan trọng, mở đầu cho mục tiêu tăng trưởng kinh tế hai con số. Bí thư Tỉnh uỷ Cà Mau Nguyễn Hồ Hải phát biểu tại hội nghị Bí thư Tỉnh ủy đề nghị các cấp ủy, chính quyền, ngành và địa phương triển khai đồng bộ, quyết liệt và hiệu quả các chỉ tiêu, giải pháp đã đề ra;',
    ['8.2'], ['6.1'], "the provincial party committee's conference reviewing its resolution of 2025 and deploying the 2026 tasks and growth goal: 8.2 (s053, s071: the forum does not decide)")
doc('q084', 'D-069', 'https://amp.baodautu.vn/can-tho-ban-hanh-ke-hoach-chuyen-doi-so-den-2025-dinh-huong-2030-d156862.html',
    'Cần Thơ', '',
    'Theo kế hoạch, TP. Cần Thơ phấn đấu thuộc nhóm 10 tỉnh, thành phố thực hiện chuyển đổi số tốt; tiên phong thử nghiệm các công nghệ và mô hình mới, đổi mới căn bản, toàn diện hoạt động quản lý của bộ máy chính quyền, hoạt động sản xuất kinh doanh của doanh nghiệp, phương thức sống, làm việc của người dân, phát triển môi trường số an toàn, nhân văn, rộng khắp. TP. Cần Thơ ra mắt Trung tâm giám sát điều hành đô thị thông minh. Ảnh: Anh Khoa Mục tiêu cụ thể đến năm 2025, bao gồm:',
    ['DTI.1', '7.1'], ['7.3'], "news of the city's DX plan to 2025 and its goals (state management, business, citizens): DTI.1 + 7.1 (r118)")
doc('q085', 'G-063', 'https://www.vietnamplus.vn/ty-le-thu-tuc-hanh-chinh-khong-phu-thuoc-dia-gioi-hanh-chinh-cap-tinh-con-thap-post1076036.vnp',
    '', '',
    'Mục tiêu tại Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ là 100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh trong năm 2025. Tuy nhiên, theo báo cáo của Bộ Nội vụ, danh mục thủ tục hành chính không phụ thuộc vào địa giới hành chính của các tỉnh hầu hết mới đạt tỷ lệ khoảng từ 50% đến cao nhất là 95% thủ tục hành chính đang được cung cấp, trong đó Hà Tĩnh mới đạt dưới 10%.',
    [], ['3.3'], "national news of the home-affairs ministry's figures on boundary-free procedures of all provinces: national")
doc('q086', 'dev-060', 'https://kinhtedothi.vn/tag/vnpt-it',
    '', 'Hướng tới mục tiêu đưa Việt Nam thuộc nhóm 50 nước dẫn đầu về phát triển Chính phủ số vào năm 2025',
    'Kinhtedothi - Xây dựng Chính phủ điện tử tiến tới chính phủ số là mục tiêu quan trọng trong việc triển khai nghị quyết Đại hội XIII và Nghị quyết 52-NQ/TW ngày 27/9/20119 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ 4.',
    [], ['7.1'], 'a tag page on national digital-government goals: national')
doc('q087', 'A-057', 'https://vietnam.opendevelopmentmekong.net/vi/news/vietnam-to-have-digital-government-by-2025-minister/',
    '', 'Bộ trưởng: Việt Nam sẽ hình thành Chính phủ số vào năm 2025',
    'Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng cho biết, Việt Nam sẽ hình thành Chính phủ số vào năm 2025 với các dịch vụ công được cung cấp 24/7. Theo Bộ trưởng, toàn bộ hệ thống hành chính sẽ chuyển sang trực tuyến, “sử dụng dữ liệu và các công nghệ số để thiết kế lại vận hành của chính phủ”. Tháng 6 năm ngoái, Chính phủ đã công bố Chương trình chuyển đổi số quốc gia đến năm 2025.',
    [], ['DTI.1'], 'the information minister on the national digital government goal: national')
doc('q088', 'H-058', 'https://tuoitrethudo.vn/hai-duong-phan-dau-tang-truong-kinh-te-nam-2025-dat-12-269824.html',
    'Hải Dương', '',
    'Tag Hải Dương: Phấn đấu tăng trưởng kinh tế năm 2025 đạt 12% Đô thị 14/01/2025 22:24 aa TTTĐ - Ngày 14/1, UBND tỉnh Hải Dương tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Tăng trưởng kinh tế tỉnh Hải Dương đứng thứ 6 cả nước Hải Dương: Xác định vi phạm của Công ty Cổ phần Việt Tiên Sơn Hải Dương: Sẽ khởi công 20 dự án trọng điểm trong năm 2025 Năm 2024, tỉnh Hải Dương đạt được nhiều kết quả toàn diện, 13/15 chỉ tiêu đã đạt và vượt kế hoạch đề ra.',
    ['8.2'], ['PCI.1'], "the people's committee's conference reviewing 2024 and deploying 2025, the growth goal in the headline: 8.2 (f064, s043)")
doc('q089', 'B-182', 'https://cafef.vn/diem-dac-biet-cua-nhung-tinh-tang-dot-bien-tren-20-bac-trong-bang-xep-hang-pci-188230415181206982.chn',
    '', '',
    'Mới đây, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) đã công bố Chỉ số Năng lực Cạnh tranh cấp tỉnh (PCI) năm 2022, trong đó có 6 địa phương chứng kiến sự thăng hạng mạnh so với năm trước. Bắc Giang (tăng 29 bậc, đứng thứ 2 bảng xếp hạng PCI) Theo báo cáo PCI 2022, Bắc Giang có tổng điểm là 72,80, tăng 29 bậc và 8,06 điểm so với năm 2021, xếp thứ 2/63 tỉnh, sau Quảng Ninh (72,95 điểm) và xếp trên TP Hải Phòng (70,76 điểm).',
    [], ['PCI.1'], "national business news of the VCCI's PCI 2022 climbers: a ranking published by others")
doc('q090', 'G-082', 'https://baogialai.com.vn/gia-lai-xac-dinh-2026-la-nam-tang-toc-chuyen-doi-so-toan-dien-post581355.html',
    'Gia Lai', '',
    'NGỌC LUẬN (GLO)- Chiều 3-3, Ban Chỉ đạo của UBND tỉnh Gia Lai về phát triển khoa học, công nghệ, đổi mới sáng tạo, cải cách hành chính, chuyển đổi số và Đề án 06 đã tổ chức phiên họp lần thứ nhất năm 2026 theo hình thức trực tiếp kết nối trực tuyến đến điểm cầu các địa phương trong tỉnh. Chủ trì phiên họp có các đồng chí: Phạm Anh Tuấn - Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo;',
    [], ['DTI.1', '7.4'], "the provincial steering committee's first meeting of 2026 (science, CCHC, DX, Đề án 06): a meeting naming no plan (r055)")
doc('q091', 'B-025', 'https://sct.dongnai.gov.vn/vi/news/savefile/Chuyen-doi-so/ket-qua-danh-gia-muc-do-chuyen-doi-so-cap-bo-cap-tinh-nam-2022-dti-2022-5463.html',
    '', '',
    '<!DOCTYPE html> <html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"> <head> <title>KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP BỘ, CẤP TỈNH NĂM 2022 &#40;DTI 2022&#41;</title> <meta name="description" content="KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP BỘ, CẤP TỈNH NĂM 2022 &#40;DTI 2022&#41;',
    [], ['DTI.1'], "the raw HTML head of the DTI 2022 ranking page on a department's site: a ranking published by others")
doc('q092', 'D-010', 'https://daibieunhandan.vn/dia-phuong/hau-giang-tao-dong-luc-phat-trien-tu-chuyen-doi-so-i368992',
    'Hậu Giang', '',
    'Bước chuyển mạnh mẽ Theo kế hoạch, từ ngày 22 - 24.5.2024, tại huyện Châu Thành A và Trung tâm Hội nghị tỉnh Hậu Giang sẽ diễn ra “Tuần lễ Chuyển đổi số và Khởi nghiệp đổi mới sáng tạo - Mekong Delta 2024. Nội dung trọng tâm của tuần lễ là 8 phiên hội thảo về số hóa hoạt động của chính quyền, doanh nghiệp và trong các lĩnh vực nông nghiệp, tài nguyên môi trường, du lịch, khởi nghiệp đổi mới sáng tạo, phát triển kinh tế xanh và bền vững, kết nối cung - cầu công nghệ.',
    [], ['DTI.1'], 'the province hosting the Mekong DX and start-up week: organising events is not the DX plan (r115)')
doc('q093', 'A-112', 'https://lite.baomoi.com/doi-moi-sang-tao-gan-voi-cong-nghe-so-c52778906.epi',
    'Thái Nguyên', 'Đổi mới sáng tạo gắn với công nghệ số',
    'Trong bối cảnh Cách mạng công nghiệp 4.0 đang lan tỏa mạnh mẽ, việc kết hợp hài hòa giữa khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số không chỉ là động lực thúc đẩy tăng trưởng kinh tế mà còn góp phần nâng cao chất lượng sống, tăng cường hiệu quả quản trị nhà nước, đảm bảo an ninh, quốc phòng và hội nhập quốc tế. Thanh niên tình nguyện hỗ trợ người dân cài đặt, cập nhật thông tin VNeID mức độ 2.',
    [], ['DTI.1'], 'an aggregator feature on innovation and DX naming no act (r113)')
doc('q094', 'A-250', 'https://huengaynay.vn/kinh-te/khoa-hoc-cong-nghe/hue-xep-thu-2-toan-quoc-ve-muc-do-chuyen-doi-so-159011.html',
    'Thừa Thiên Huế', '',
    'Lãnh đạo TP. Huế (thứ hai từ trái sang) cùng lãnh đạo các địa phương được tôn vinh. Ảnh: BTC Chương trình chào mừng Ngày Chuyển đổi số Quốc gia năm nay có chủ đề: "Chuyển đổi số: Nhanh hơn-hiệu quả hơn-gần dân hơn." Tại Chương trình, Bộ Khoa học và Công nghệ cũng tôn vinh các tập thể, cá nhân có nhiều thành tích trong công cuộc Chuyển đổi số quốc gia, đồng thời, công bố kết quả xếp hạng mức độ Chuyển đổi số (DTI) năm 2024 của các tỉnh, thành phố.',
    [], ['DTI.1'], "the ministry's DTI 2024 ranking told by the city paper: a ranking published by others")
doc('q095', 'J-418', 'http://hnd.baria-vungtau.gov.vn/2023/12/09/ba-ria-vung-tau-day-nhanh-tien-do-chuyen-doi-so-phat-trien-kinh-te-xa-hoi',
    'Bà Rịa - Vũng Tàu', '',
    'Để đạt mục tiêu thuộc top 15 tỉnh, thành phố dẫn đầu mức độ chuyển đổi số năm 2023 và đưa ứng dụng công nghệ số, dữ liệu số để cải tiến, thay đổi quy trình tác nghiệp của cơ quan Nhà nước, UBND tỉnh Bà Rịa – Vũng Tàu đã thông qua 6 nhóm giải pháp nhằm tăng tốc đẩy nhanh tiến độ chuyển đổi, góp phần thúc đẩy phát triển kinh tế – xã hội địa phương. Phấn đấu top 15 tỉnh, thành phố dẫn đầu chuyển đổi số Ủy ban Quốc gia về chuyển đổi số xác định năm 2023 là năm dữ liệu số quốc gia. Cụ thể hoá chỉ đạo nêu trên, Ban Chỉ đạo chuyển đổi số tỉnh Bà Rịa – Vũng Tàu đã ban hành Quyết định 180/QĐ-BCĐ về Kế hoạch hoạt động của Ban chỉ đạo năm 2023. Theo đó, tỉnh Bà Rịa – Vũng Tàu đặt mục tiêu sẽ đưa tỉnh thuộc top 15 tỉnh, thành phố dẫn đầu cả nước về mức độ chuyển đổi số;',
    ['DTI.1', '7.1'], ['8.2'], "the DX steering committee's plan of 2023 for the province (180/QĐ-BCĐ), its goals (top 15, digital economy 16 %, state agencies' processes): the year's DX plan, DTI.1 + 7.1 (hard call: a steering committee's year plan setting the province's DX goals is the plan, not a meeting, r055)")
doc('q096', 'G-055', 'https://diendandoanhnghiep.vn/hung-yen-chuyen-doi-so-minh-bach-thong-tin-de-thu-hut-dau-tu-10148001.html',
    'Hưng Yên', '',
    'Với sự lãnh đạo, chỉ đạo quyết liệt, đồng bộ, chuyển đổi số (CĐS) trên địa bàn tỉnh Hưng Yên đã đạt được nhiều kết quả tích cực với 3 trụ cột Chính quyền số, kinh tế số, xã hội số. Nghị quyết Đại hội Đảng bộ tỉnh khóa XIX xác định ứng dụng khoa học và công nghệ, nhất là những thành tựu của Cuộc cách mạng Công nghiệp lần thứ 4 là một trong những quan điểm, định hướng phát triển với mục tiêu đến năm 2030, kinh tế số chiếm khoảng 30% GRDP và tỉnh …',
    [], ['DTI.1', '7.1'], "a feature on the province's DX results; the party congress's goal and the programme are their frame (s004)")
doc('q097', 'D-027', 'https://diendandoanhnghiep.vn/lam-dong-chuyen-doi-so-toan-dien-10111202.html',
    'Lâm Đồng', '',
    'Lâm Đồng đặt mục tiêu đến năm 2030 tỷ trọng kinh tế số chiếm 30% GRDP của tỉnh, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt ít nhất 20%, năng suất lao động hằng năm tăng bình quân 8%. Để đạt được mục tiêu trở thành 1 trong 20 địa phương dẫn đầu chuyển đổi số vào năm 2025, Lâm Đồng đã có những bước hoạch định cho chuyển đổi số toàn diện. >>> Lâm Đồng: Điểm sáng trong phát triển kinh tế Tỉnh Lâm Đồng đã ban hành Nghị quyết về chuyển đổi số đến năm 2025, định hướng đến 2030.',
    ['DTI.1', '7.1'], ['8.2'], "news of the province's DX goals to 2025/2030 and its DX resolution: DTI.1 + 7.1 (s040, r118)")
doc('q098', 'J-006', 'https://daklak.gov.vn/-/tang-toc-quyet-liet-thuc-hien-cac-muc-tieu-tang-truong-kinh-te-xa-hoi-nam-2026',
    'Đắk Lắk', 'Tăng tốc, quyết liệt thực hiện các mục tiêu tăng trưởng kinh tế - xã hội năm 2026 (18/03/2026, 14:00)',
    'Sáng 18/3, Thường trực Tỉnh ủy Đắk Lắk đã tổ chức Hội nghị giao ban với các đảng ủy trực thuộc Tỉnh ủy nhằm đánh giá tình hình thực hiện nhiệm vụ công tác quý I và nhiệm vụ trọng tâm quý II/2026. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến kết nối đến 102 điểm cầu tại các đảng ủy xã, phường trên địa bàn toàn tỉnh. Đồng chí Cao Thị Hòa An, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh chủ trì hội nghị.',
    [], ['8.2'], "the party standing committee's first-quarter briefing: part of a year (k030)")
doc('q099', 'D-072', 'https://kinhtedothi.vn/can-tho-dung-trong-top-dau-chuyen-doi-so-ca-nuoc',
    'Cần Thơ', '',
    'Mừng Đảng mừng Xuân 2026 Logo Đăng ký mua gói ấn phẩm Đăng nhập Cần Thơ đứng trong top đầu chuyển đổi số cả nước Kinhtedothi - Theo công bố kết quả xếp hạng Chỉ số chuyển đổi số cấp tỉnh năm 2022 của Bộ Thông tin và Truyền thông, TP Cần Thơ xếp thứ 5/63 tỉnh, thành (tăng 10 bậc so với năm 2021). Chuyển đổi số đạt nhiều kết quả nổi bật Ông Huỳnh Hoàng Mến - Giám đốc Sở Thông tin và Truyền thông TP Cần Thơ cho biết:',
    [], ['DTI.1'], "the ministry's DTI 2022 ranking relayed by the city paper: a ranking published by others")
doc('q100', 'B-110', 'http://hethongphapluat.com/ke-hoach-315-kh-ubnd-phat-trien-kinh-te-so-nganh-linh-vuc-tren-dia-ban-tinh-dong-thap-nam-2025.html',
    'Đồng Tháp', '',
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 315/KH-UBND Đồng Tháp, ngày 02 tháng 10 năm 2025 KẾ HOẠCH PHÁT TRIỂN KINH TẾ SỐ NGÀNH, LĨNH VỰC TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP NĂM 2025 Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023; Căn cứ Nghị định số 137/2024/NĐ-CP ngày 23 tháng 10 năm 2024 của Chính phủ quy định về giao dịch điện tử của cơ quan nhà nước và hệ thống thông tin phục vụ giao dịch điện tử; Căn cứ các Quyết định của Thủ tướng Chính phủ:',
    ['DTI.1'], ['7.1'], "the province's plan for the digital economy of sectors 2025 (315/KH-UBND): DTI.1 alone (r106, s101)")
doc('q101', 'J-111', 'https://tiepthivadoanhnhgiep.com/nam-2025-ha-noi-lot-top-5-dia-phuong-dan-dau-ve-chuyen-doi-so.html',
    'Hà Nội', 'Năm 2025: Hà Nội lọt “top 5” địa phương dẫn đầu về chuyển đổi số',
    'Sở Thông tin và Truyền thông (TT-TT) Hà Nội vừa dự thảo và trình UBND TP Hà Nội Chương trình Chuyển đổi số TP Hà Nội đến năm 2025, định hướng đến năm 2030. Theo đó, đến năm 2030, TP Hà Nội phát triển mạnh mẽ chính quyền số, kinh tế số, xã hội số; đổi mới căn bản, toàn diện hoạt động quản lý, điều hành của chính quyền TP, hoạt động sản xuất kinh doanh của doanh nghiệp, phương thức sống, làm việc của người dân, phát triển môi trường số an toàn, nhân văn, rộng khắp.',
    [], ['DTI.1', '7.1'], "the information department's draft DX programme of the city submitted to the committee: a draft (h072, w038)")
doc('q102', 'F-071', 'https://thoibaotaichinhvietnam.vn/khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-dong-gop-thiet-thuc-cho-tang-truong-192829.html',
    '', '',
    '(TBTCO) - Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 vừa ban hành Kế hoạch hoạt động năm 2026 nhằm tổ chức triển khai quyết liệt, đồng bộ Nghị quyết số 57-NQ/TW; bảo đảm khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số đóng góp thiết thực vào mục tiêu tăng trưởng 2 con số… Gắn kết chặt chẽ nghiên cứu - ứng dụng - thị trường Mục tiêu chung của Kế hoạch hoạt động là tổ chức triển …',
    [], ['DTI.1'], "the Government steering committee's 2026 plan for resolution 57: national")
doc('q103', 'H-046', 'http://demo4.asdvietnam.com/news/tin-tuc-van-phong/Phu-Yen-se-co-18-do-thi,-tro-thanh-trung-tam-kinh-te-bien-cua-khu-vuc.html',
    'Phú Yên', 'Phú Yên sẽ có 18 đô thị, trở thành trung tâm kinh tế biển của khu vực',
    'Theo quy hoạch tỉnh Phú Yên thời kỳ 2021-2030, tầm nhìn đến năm 2050 vừa được Chính phủ phê duyệt, tỉnh này sẽ có 18 đô thị vào năm 2030. Đến năm 2050, Phú Yên là trung tâm kinh tế biển của vùng Duyên hải Trung... Theo quy hoạch tỉnh Phú Yên thời kỳ 2021-2030, tầm nhìn đến năm 2050 vừa được Chính phủ phê duyệt, tỉnh này sẽ có 18 đô thị vào năm 2030. Đến năm 2050, Phú Yên là trung tâm kinh tế biển của vùng Duyên hải Trung... Tags:',
    [], ['8.2'], "the Government-approved provincial master plan: another level's act (r068)")
doc('q104', 'J-240', 'http://snntuyenquang.gov.vn/tin-tuc/phat-trien-nong-thon!/nong-thon-moi/chiem-hoa-phan-dau-den-nam-2025-co-60-xa-dat-chuan-nong-thon-moi-8885.html',
    'Tuyên Quang', 'Chiêm Hóa phấn đấu đến năm 2025 có 60% xã đạt chuẩn nông thôn mới',
    'Sáng 13-4, BCH Đảng bộ huyện Chiêm Hóa khóa XXII, nhiệm kỳ 2020-2025 tổ chức Hội nghị đánh giá kết quả lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh, công tác xây dựng Đảng và hệ thống chính trị. Các đại biểu hội nghị. Dự hội nghị có đồng chí Ma Thị Thúy, Tỉnh ủy viên, Phó trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh; các đồng chí tỉnh ủy viên phụ trách xã của huyện.',
    [], ['8.2'], "a district party committee's conference on its goals: issuer level")
doc('q105', 'A-158', 'https://quangtritv.vn/bai-viet/tu-ngay-176-quang-tri-van-hanh-thu-nghiem-9-xa-phuong-moi-36249',
    'Quảng Trị', '',
    'Thực hiện kế hoạch tổ chức vận hành thử nghiệm hoạt động của chính quyền địa phương ở xã, phường khi thực hiện tổ chức chính quyền 2 cấp, tỉnh Quảng Trị sẽ vận hành thử nghiệm hoạt động của chính quyền địa phương 9 xã, phường mới sau sắp xếp tại 9 huyện, thành phố, thị xã hiện nay từ ngày 17/6. Đài Phát thanh - Truyền hình Quảng Trị 117k người theo dõi Đài Phát thanh - Truyền hình Quảng Trị 24k người theo dõi',
    [], ['4.4'], "provincial TV on the trial operation of nine new communes under the province's plan: operating the two-level model is not the arrangement act (s036)")
doc('q106', 'B-132', 'http://stttt.gialai.gov.vn/Tin-tuc/chuyede/KET-QUA-5-NAM-THUC-HIEN-NGHI-QUYET-SO-36-NQ-TW-NGA.aspx',
    'Gia Lai', '',
    'Trang chủ > Tin Tức > Tin Nổi bật > KẾT QUẢ 5 NĂM THỰC HIỆN NGHỊ QUYẾT SỐ 36-NQ/TW NGÀY 01/7/2014 CỦA BỘ CHÍNH TRỊ (KHÓA XI) TRÊN ĐỊA BÀ KẾT QUẢ 5 NĂM THỰC HIỆN NGHỊ QUYẾT SỐ 36-NQ/TW NGÀY 01/7/2014 CỦA BỘ CHÍNH TRỊ (KHÓA XI) TRÊN ĐỊA BÀN TỈNH GIA LAI Ngày đăng bài:',
    [], ['7.1', 'DTI.1'], "the information department's report on five years of the Politburo's IT resolution 36 in the province: a report of another level's resolution, not a plan (s046)")
doc('q107', 'J-235', 'https://hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/-e-an-co-cau-lai-kinh-te-gan-voi-oi-moi-mo-hinh-tang-truong-phan-au-en-nam-2025-kinh-te-tinh-hoa-binh-at-muc-trung-binh-cua-ca-nuoc-41502-1102.html',
    'Hòa Bình', '',
    'Trong đó, Đề án xác định mục tiêu tổng quát của tỉnh Hòa Bình đến năm 2025 là cơ cấu lại kinh tế gắn với chuyển đổi mô hình tăng trưởng theo hướng cân đối giữa tăng trưởng theo chiều rộng và chiều sâu, phấn đấu sau năm 2025 phát triển theo chiều sâu. Nâng cao hiệu quả phân bổ và sử dụng vốn đầu tư. Đẩy mạnh phát triển các ngành, sản phẩm tận dụng các lợi thế của địa phương;',
    [], ['8.2'], "the province's economic restructuring project to 2025: a five-year project, not the year's plan")
doc('q108', 'G-009', 'https://stttt.bacninh.gov.vn/news/-/details/57420/chuong-trinh-hanh-ong-thuc-hien-nghi-quyet-so-30-nq-tw-cua-bo-chinh-tri-42886787',
    'Bắc Ninh', '',
    'Chương trình hành động thực hiện Nghị quyết số 30-NQ/TW của Bộ Chính trị 26/12/2022 14:02 Số lượt xem: 29 Ngày 23/12, Sở TT&TT ban hành Chương trình hành động số 04/CTrHĐ-STTTT về thực hiện Nghị quyết số 30-NQ/TW ngày 23/11/2022 của Bộ Chính trị về Phát triển kinh tế - xã hội và đảm bảo quốc phòng, an ninh vùng Đồng bằng Sông Hồng đến năm 2030, tầm nhìn đến năm 2045.',
    [], ['8.2'], "one department's action programme for a Politburo resolution on the Red River Delta: one department's plan (x050)")
doc('q109', 'J-539', 'https://hanam.gov.vn/Pages/ke-hoach-nam-an-toan-giao-thong-2020.aspx',
    'Hà Nam', '',
    'Kế hoạch được triển khai thực hiện nhằm nâng cao nhận thức và ý thức của người tham gia giao thông về chấp hành pháp luật trật tự an toàn giao thông, nhất là các quy định pháp luật về nồng độ cồn khi điều khiển phương tiện giao thông; giảm tai nạn giao thông từ 5 - 10% số vụ, số người chết, bị thương so với năm 2019; giảm tai nạn giao thông do nguyên nhân uống rượu, bia điều khiển phương tiện giao thông;',
    [], ['2.4', '8.2'], "the province's traffic-safety year plan: a sector; legal awareness of traffic rules is not the law-dissemination programme")
doc('q110', 'J-436', 'https://cafebet.org/bat-dong-san/binh-phuoc-uu-tien-phat-trien-icd-ket-noi-van-chuyen-da-phuong-thuc/?amp=1',
    'Bình Phước', 'Quyết định 1489/QĐ-TTg cũng cho phép Bình Phước quy hoạch mở rộng ba khu công nghiệp hiện hữu và thành lập mới khu công nghiệp Đông Nam Đồng Phú, diện tích 1.619 ha. Ngoài ra, 15 khu công nghiệp tiềm năng cũng được xác định, nếu đáp ứng các điều kiện theo quy định.',
    'Thủ tướng Chính phủ vừa ban hành Quyết định số 1489/QĐ-TTg ngày 24/11/2023 phê duyệt Quy hoạch tỉnh Bình Phước thời kỳ 2021 – 2030, tầm nhìn đến năm 2050. Mục tiêu được xác định đến năm 2030, Bình Phước trở thành tỉnh công nghiệp theo hướng hiện đại, hiệu quả và bền vững, là “điểm đến hấp dẫn” của vùng Đông Nam Bộ, có quy mô kinh tế khá, tăng trưởng GRDP bình quân 9%. Về cơ cấu kinh tế: Công nghiệp – xây dựng chiếm khoảng 54%; thương mại – dịch vụ chiếm khoảng 35%;',
    [], ['8.2'], "the Prime Minister's decision approving the provincial master plan: another level's act (r068)")
doc('q111', 'A-258', 'https://etime.danviet.vn/chinh-phu-phe-duyet-chien-luoc-du-lieu-quoc-gia-huong-den-100-dich-vu-cong-tren-cong-dien-tu-quoc-gia-d1356319.html',
    '', '',
    'Mục tiêu tổng quát của Chiến lược là xây dựng, hình thành và phát triển Cơ sở dữ liệu tổng hợp quốc gia, thực hiện điều phối, phân tích, phát triển khai thác đổi mới sáng tạo, hợp tác quốc tế về dữ liệu phục vụ cho phát triển Chính phủ số, kinh tế số, xã hội số; hình thành các hệ thống dữ liệu tin cậy, ổn định, an toàn, bảo mật của Nhà nước và doanh nghiệp; tạo ra nhiều giá trị mới, sản phẩm dịch vụ mới và động lực mới cho phát triển kinh tế - xã hội.',
    [], ['7.1'], "the national data strategy (another outlet's news of the decision q039 reports): national")
doc('q112', 'A-130', 'https://nhandan.vn/hai-duong-voi-khat-vong-chuyen-doi-so-post779241.html',
    'Hải Dương', '',
    'Với mục tiêu, tới năm 2025, kinh tế số chiếm 20% GRDP, từng bước hình thành đồng bộ cả ba trụ cột: kinh tế số, chính quyền số, xã hội số, Hải Dương xác định một số nhiệm vụ trọng tâm là phát triển các nền tảng phục vụ cho chuyển đổi số, ưu tiên ứng dụng một số công nghệ cốt lõi có thể đi tắt đón đầu và có khả năng bứt phá mạnh mẽ như trí tuệ nhân tạo (AI), chuỗi khối (blockchain), công nghệ tài chính (Fintech), điện toán đám mây (Cloud)… để tạo …',
    [], ['DTI.1'], "a feature on the province's DX goals naming no act (r113)")
doc('q113', 'B-034', 'https://thvl.vn/chuyen-de-thvl/chuyen-de-kinh-te-danh-gia-pci-2022-cua-vung-dong-bang-song-cuu-long/',
    '', '',
    'Kết quả Báo cáo PCI 2022 cho thấy điểm số và thứ hạng của các địa phương vùng ĐBSCL đã phân tán chứ không còn hội tụ ở tốp trên như những năm trước đây. Xu hướng cải thiện chất lượng điều hành kinh tế vẫn được duy trì nhưng năng lực cạnh tranh cấp tỉnh của nhiều địa phương vùng ĐBSCL lại giảm mạnh. Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *',
    [], ['PCI.1'], 'a regional TV programme on the PCI 2022 of the Mekong Delta: a ranking published by others')
doc('q114', 'G-032', 'https://doanhnghiephoinhap.vn/khanh-hoa-mo-ngay-hoi-cong-nghe-so-2025-khi-chuyen-doi-so-tro-thanh-cau-chuyen-cua-moi-nha-123983.html',
    'Khánh Hòa', '',
    'Kinh tế số Khánh Hòa mở ngày hội công nghệ số 2025: Khi chuyển đổi số trở thành câu chuyện của mọi nhà 21/12/2025 15:19 Ngày hội Công nghệ số Khánh Hòa 2025 khởi động phong trào Bình dân học vụ số, hướng tới mục tiêu kinh tế số chiếm 35% GRDP năm 2030 và đưa người dân vào trung tâm chuyển đổi số. Khánh Hòa mở ngày hội công nghệ số 2025:',
    [], ['DTI.1'], "the province's digital-technology fair launching a digital-literacy movement: an event, not the DX plan (r115)")
doc('q115', 'G-006', 'https://tracuuquyhoach.com/tin-tuc/kinh-te-so-dua-viet-nam-buoc-vao-ky-nguyen-moi-51885261',
    '', '',
    'Động lực thúc đẩy đổi mới sáng tạo, phát triển kinh tế - xã hội Trong bối cảnh Cách mạng công nghiệp lần thứ tư đang phát triển mạnh mẽ, kinh tế số ngày càng có vai trò quan trọng trong phát triển kinh tế - xã hội. Kinh tế số tiếp tục khẳng định vai trò là một trong những động lực thúc đẩy đổi mới sáng tạo, phát triển kinh tế - xã hội. Các lĩnh vực như: Công nghệ thông tin, trí tuệ nhân tạo, thương mại điện tử,...',
    [], ['DTI.1'], 'national digital-economy statistics on an unrelated host: national (r103)')
doc('q116', 'B-164', 'https://dttg.ictvietnam.vn/amp/kon-tum-dat-muc-tieu-thuoc-nhom-30-tinh-thanh-tot-nhat-ve-chuyen-doi-so-183567.html',
    'Kon Tum', '',
    'Trong những năm qua, tỉnh Kon Tum đã nỗ lực và đạt được những thành tựu đáng kể trong công tác chuyển đổi số. Với tầm nhìn chiến lược và sự quyết tâm của chính quyền địa phương, Kon Tum đã tận dụng tiềm năng của công nghệ thông tin và truyền thông để xây dựng một nền tảng vững chắc cho sự phát triển bền vững, góp phần nâng cao chất lượng cuộc sống và thu hút đầu tư vào tỉnh.',
    [], ['DTI.1'], "an ICT magazine on the province's DTI history and its year goal, naming no act")
doc('q117', 'A-191', 'https://lite.baomoi.com/chuyen-doi-so-chia-khoa-thuc-day-tang-truong-toan-dien-ben-vung-c53560296.epi',
    'Phú Thọ', "Chuyển đổi số - 'Chìa khóa' thúc đẩy tăng trưởng toàn diện, bền vững",
    'Xác định chuyển đổi số (CĐS) là cơ hội, phương thức đột phá để thực hiện chiến lược phát triển kinh tế - xã hội nhanh, bền vững, Phú Thọ đã và đang triển khai quyết liệt, đồng bộ các giải pháp thúc đẩy CĐS toàn diện trên cả ba trụ cột: Chính quyền số, kinh tế số, xã hội số. Trong đó, ưu tiên lựa chọn những công việc đột phá, tạo cơ sở, nền tảng CĐS nhanh, bền vững, phục vụ đời sống và hoạt động sản xuất, kinh doanh của người dân, doanh nghiệp.',
    [], ['DTI.1'], 'a feature on DX after the merger naming no act (r113)')
doc('q118', 'A-016', 'https://vccinghean.com.vn/tin-tuc-su-kien/news/chuyen-doi-so-de-chinh-quyen-gan-dan-va-dan-gan-chinh-quyen.html',
    'Hà Tĩnh', '',
    'Nếu như tinh gọn bộ máy là bước đi đột phá về tổ chức, thì chính quyền số là cuộc cách mạng về phương thức vận hành. Tại Hà Tĩnh, chuyển đổi số không còn là khẩu hiệu mà đang hiện diện cụ thể ở từng xã, phường – từ thủ tục hành chính, phản ánh hiện trường đến cách chính quyền ra quyết định. Ngay từ năm 2020, Hà Tĩnh đã ban hành Đề án phát triển chính quyền điện tử, định hướng chuyển đổi số đến năm 2025, tầm nhìn 2030, với nguyên lý xuyên suốt:',
    [], ['7.1', 'DTI.1'], 'a feature on digital government in the communes; the 2020 e-government project is named as background (s004)')
doc('q119', 'A-005', 'https://baobacgiang.vn/bac-giang-xep-thu-3-ca-nuoc-ve-chi-so-chi-dao-dieu-hanh-va-phuc-vu-nguoi-dan-doanh-nghiep-152954-postid409240.bbg',
    'Bắc Giang', 'Bắc Giang xếp thứ 3 cả nước về chỉ số chỉ đạo, điều hành và phục vụ người dân, doanh nghiệp',
    'BẮC GIANG - Theo kết quả công bố tại Cổng Dịch vụ công quốc gia, đến thời điểm này, tỉnh Bắc Giang xếp thứ 3 cả nước về chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính (TTHC), dịch vụ công theo thời gian thực trên môi trường điện tử. Tổng điểm của tỉnh Bắc Giang đạt 89,37 điểm; các nhóm chỉ số đều đạt kết quả cao và cao hơn bình quân cả nước. Một số chỉ tiêu đạt cao như:',
    [], ['3.5', '3.3'], "the province's score on the national portal's service index: a ranking published by others (g032)")
doc('q120', 'D-058', 'https://nhandan.vn/tuyen-quang-no-luc-chuyen-doi-so-post777794.html',
    'Tuyên Quang', '',
    'Thực hiện chương trình chuyển đổi số quốc gia, tỉnh Tuyên Quang đã ban hành Nghị quyết về Chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030 và Nghị quyết về phát triển kết cấu hạ tầng giao thông, đô thị động lực và hạ tầng công nghệ thông tin, giai đoạn 2021-2025. Ủy ban nhân dân tỉnh ban hành: Đề án phát triển kết cấu hạ tầng giao thông, đô thị động lực và hạ tầng công nghệ thông tin giai đoạn 2021-2025;',
    ['DTI.1', '7.1'], ['8.2'], "a national paper's feature whose lead presents the province's DX resolution to 2025/2030 and its IT-infrastructure resolution and project: DTI.1 + 7.1 (r118, as q055)")
doc('q121', 'E-058', 'https://bnews.vn/an-giang-chuyen-doi-so-tren-3-tru-cot-chinh/228824.html',
    'An Giang', '',
    "An Giang chuyển đổi số trên 3 trụ cột chính 16:27' - 14/01/2022 BNEWS Năm 2022, tỉnh An Giang tập trung thúc đẩy chuyển đổi số trên 3 trụ cột là chính quyền số, kinh tế số, xã hội số. Năm 2022, tỉnh An Giang phấn đấu tốc độ tăng trưởng kinh tế (GRDP) đạt 5,2%. Đây là một trong những mục tiêu phát triển kinh tế- xã hội của tỉnh An Giang được ông Phạm Minh Tâm, Giám đốc Sở Kế hoạch và Đầu tư tỉnh An Giang đưa ra tại Hội nghị triển khai nhiệm vụ, giải pháp phát triển kinh tế-xã hội tỉnh An Giang năm 2022 do UBND tỉnh An Giang tổ chức ngày 14/1.",
    ['8.2'], ['DTI.1'], "the planning department's 2022 growth goal at the committee's conference deploying the year's socio-economic tasks: 8.2 (f064, s043; hard call: the headline names DX in three pillars, but no DX act, and the text is the year's plan)")
doc('q122', 'E-076', 'https://www.thvl.vn/thoi-su-thvl/tin-trong-nuoc/hoi-nghi-toan-quoc-trien-khai-chuong-trinh-muc-tieu-qg-xay-dung-nong-thon-moi-giai-doan-2021-2025/',
    '', '',
    'Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021- 2025 đặt mục tiêu, phấn đấu cả nước có ít nhất 80% số xã đạt chuẩn nông thôn mới, trong đó có khoảng 40% số xã đạt chuẩn nông thôn mới nâng cao, ít nhất 10% số xã đạt chuẩn nông thôn mới kiểu mẫu và không còn xã dưới 15 tiêu chí, thu nhập bình quân của người dân nông thôn tăng ít nhất 1,5 lần so với năm 2020. Tổng nguồn vốn ngân sách trung ương bố trí cho chương trình trong giai đoạn 2021-2025 là 39.632 tỷ đồng.',
    [], ['8.2'], 'the national new-countryside programme 2021-2025 on a provincial TV site: national')
doc('q123', 'J-243', 'https://conganbackan.vn/vi/news/xay-dung-dang/na-ri-khai-mac-dai-hoi-dai-bieu-dang-bo-huyen-lan-thu-xix-nhiem-ky-2020-2025-55913.html',
    'Bắc Kạn', '',
    'Sáng 03/8, Đảng bộ huyện Na Rì khai mạc Đại hội đại biểu lần thứ XIX, nhiệm kỳ 2020-2025 với chủ đề “Nâng cao năng lực lãnh đạo, sức chiến đấu của toàn Đảng bộ; phát huy dân chủ, sức mạnh đoàn kết, xây dựng Na Rì ngày càng phát triển bền vững”. Dự và chỉ đạo Đại hội có đồng chí Hoàng Duy Chinh- Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Bắc Kạn. Dự Đại hội có các đồng chí: Phạm Thanh Tùng- Phó Vụ trưởng Vụ địa phương I, Ban Tổ chức Trung ương Đảng;',
    [], ['8.2'], "a district's party congress on the police portal: issuer level")
doc('q124', 'A-216', 'http://dlct.dongnai.gov.vn/bai-viet/bao-cao-tom-tat-so-ket-06-thang-dau-nam-2024-ve-chuyen-doi-so-quoc-gia-bo-tttt-n36886',
    '', '',
    'Số lượt truy cập 2079907 / Tin tức Báo cáo tóm tắt Sơ kết 06 tháng đầu năm 2024 về Chuyển đổi số quốc gia (Bộ TT&TT) Thực hiện Kế hoạch hoạt động năm 2024 của Ủy ban Quốc gia về chuyển đổi số, Bộ Thông tin và Truyền thông (TT&TT) báo cáo tình hình chuyển đổi số quốc gia 6 tháng đầu năm 2024 BÁO CÁO TÓM TẮT Sơ kết 06 tháng đầu năm 2024 về Chuyển đổi số quốc gia Thực hiện Kế hoạch hoạt động năm 2024 của Ủy ban Quốc gia về chuyển đổi số, Bộ Thông …',
    [], ['DTI.1'], "the information ministry's six-month report on national DX, reposted on a provincial site: national")
doc('q125', 'E-012', 'https://baoquangtri.vn/tiep-tuc-nang-cao-cac-chi-so-hanh-chinh-cap-tinh-185289.htm',
    'Quảng Trị', '',
    'Cập nhật: GMT+7 Tiếp tục nâng cao các chỉ số hành chính cấp tỉnh Trong tháng 4/2024, Bộ Nội vụ lần lượt công bố xếp hạng năm 2023 của 3 chỉ số cấp tỉnh trên toàn quốc, gồm: Chỉ số cải cách hành chính cấp tỉnh (PAR INDEX); Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS); Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI). Kết quả thật đáng mừng đối với tỉnh Quảng Trị là thứ bậc xếp hạng cả 3 chỉ số này của tỉnh đều tăng so với năm 2022.',
    [], ['1.7', 'SIPAS.2', 'PAPI.1'], "the home-affairs ministry's PAR, SIPAS and PAPI 2023 rankings by component, told by the provincial paper: rankings published by others")
doc('q126', 'A-192', 'https://nvsk.vnanet.vn/print/infographics-chi-so-cai-cach-hanh-chinh-2023-par-index-2023-145152.vna',
    '', '',
    'Hà Nội (TTXVN 18/4/2024) Trong năm 2023, 6/6 vùng kinh tế - xã hội đều có giá trị trung bình Chỉ số Cải cách hành chính (Par Index 2023) đạt trên 80% và đều tăng trưởng cao hơn so với năm 2022. Quảng Ninh xuất sắc tiếp tục đoạt vị trí quán quân ở cả hai bảng xếp hạng chỉ số quan trọng: Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).',
    [], ['SIPAS.2', '1.7'], "the news agency's infographic of the national PAR and SIPAS 2023 rankings: national")
doc('q127', 'J-553', 'https://doanhnghiephoinhap.vn/muc-tieu-tang-truong-kinh-te-cua-vinh-phuc-nam-2025-tu-8-9-91737.html',
    'Vĩnh Phúc', 'Mục tiêu tăng trưởng kinh tế của Vĩnh Phúc năm 2025 từ 8% - 9%',
    'Tỉnh Vĩnh Phúc đặt mục tiêu tăng trưởng kinh tế 2025 từ 8% đến 9%, hướng tới thu hút đầu tư chiến lược và nâng cao chất lượng cuộc sống, phát triển đồng bộ các lĩnh vực. Nông nghiệp Vĩnh Phúc thích ứng và phát triển bền vững Vĩnh Phúc chỉ số sản xuất công nghiệp (IIP) tăng 11,43% Năm 2024, Vĩnh Phúc đã có một năm đạt được kết quả ấn tượng với mức tăng trưởng kinh tế (GRDP) 7,52%, vượt mục tiêu đề ra và cao hơn mức bình quân cả nước.',
    ['8.2'], ['PCI.1'], "the province's growth goal of 2025 with the 2024 results: 8.2 (as s113)")
doc('q128', 'J-340', 'https://hatinhtv.vn/vi/doi-song/tin-bai/104828',
    'Hà Tĩnh', '',
    'Đời sống 14:47 25/11/2021 (0) (90) Năm 2025: Hà Tĩnh sẽ là tỉnh Nông thôn mới Đây là mục tiêu đặt ra tại Kế hoạch tổ chức thực hiện Phong trào thi đua “Cả tỉnh chung sức xây dựng tỉnh Hà Tĩnh đạt chuẩn nông thôn mới” giai đoạn 2021 – 2025, do UBND tỉnh ban hành vào ngày 24/11. Kế hoạch xác định: Phong trào thi đua “Cả tỉnh chung sức xây dựng tỉnh Hà Tĩnh đạt chuẩn nông thôn mới” giai đoạn 2021 – 2025 là nhiệm vụ trọng tâm của các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc, các đoàn thể, tổ chức hội cấp tỉnh;',
    [], ['8.2', '1.5'], "the province's emulation plan to become a new-countryside province: a programme; an emulation plan is not a CCHC initiative")
doc('q129', 'J-511', 'https://tuyenquangtv.vn/xay-dung-dang/202103/ttv-tuyen-quang-phan-dau-den-nam-2025-ty-le-do-thi-hoa-dat-tren-27-8195ee4/',
    'Tuyên Quang', '',
    'Banner (TTV) Tuyên Quang phấn đấu đến năm 2025 tỷ lệ đô thị hóa đạt trên 27% “Tỷ lệ đô thị hóa trên 27%” là một trong những chỉ tiêu chủ yếu đến năm 2025 mà Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 đã đề ra. Nhiệm vụ này đang được các cấp, các ngành trong tỉnh đặc biệt trú trọng thực hiện, nhằm góp phần quan trọng trong việc thúc đẩy phát triển kinh tế - xã hội của Tuyên Quang trong thời gian tới.',
    [], ['8.2'], "the party congress's urbanisation goal: a term goal (g044)")
doc('q130', 'B-109', 'https://baodansinh.vn/dong-thap-phan-dau-nam-trong-top-20-tinh-thanh-pho-chuyen-doi-so-tot-nhat-ca-nuoc-20220205164050.htm',
    'Đồng Tháp', 'Đồng Tháp phấn đấu nằm trong Top 20 tỉnh, thành phố chuyển đổi số tốt nhất cả nước',
    '(Dân sinh) - Tỉnh Đồng Tháp phấn đấu đến năm 2025, Đồng Tháp nằm trong nhóm 25, đến năm 2030 nằm trong nhóm 20 tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất cả nước và nằm trong nhóm dẫn đầu khu vực Đồng bằng sông Cửu Long. UBND tỉnh Đồng Tháp khẳng định, chuyển đổi số là một trong những giải pháp quan trọng thúc đẩy tăng trưởng, làm thay đổi toàn diện phương thức quản lý của cả hệ thống chính trị, mô hình sản xuất, kinh doanh của doanh …',
    [], ['DTI.1'], "news of the province's DX rank goals to 2025/2030 naming no act (r113)")
doc('q131', 'A-007', 'https://uat.nhansu.vn/van-ban-phap-luat/Quyet-dinh-3050-QD-UBND-2024-De-an-chuyen-doi-so-Nghe-An-den-2030-679819.html',
    'Nghệ An', 'Quyết định 3050/QĐ-UBND năm 2024 về Đề án chuyển đổi số tỉnh Nghệ An đến năm 2030',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 3050/QĐ-UBND Nghệ An, ngày 12 tháng 11 năm 2024 VỀ VIỆC BAN HÀNH ĐỀ ÁN CHUYỂN ĐỔI SỐ TỈNH NGHỆ AN ĐẾN NĂM 2030 ỦY BAN NHÂN DÂN TỈNH NGHỆ AN Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019; Căn cứ các Nghị quyết của Bộ Chính trị:',
    ['DTI.1', '7.1'], ['1.1'], "the province's decision issuing its DX project to 2030 (3050/QĐ-UBND): DTI.1 + 7.1")
doc('q132', 'D-013', 'https://baoyenbai.com.vn/266/342943/Yen-Bai-thuc-day-san-xuat-nho-chuyen-doi-so.aspx',
    'Yên Bái', '',
    'Sau hơn ba năm nỗ lực đẩy nhanh tiến trình chuyển đổi số, bằng những giải pháp hữu hiệu, thiết thực, tỉnh Yên Bái đã đạt được kết quả bước đầu rất quan trọng trên cả ba trụ cột của chính quyền số, kinh tế số và xã hội số. Yên Bái đã triển khai thí điểm tám mô hình chuyển đổi số, như: Tổ chuyển đổi số cộng đồng; chuyển đổi cấp xã, cấp huyện; chuyển đổi số tại các cơ quan, trường học; bình dân học AI; sổ tay đảng viên điện tử;',
    [], ['DTI.1', '7.1'], "a results feature on three years of the province's DX naming no act")
doc('q133', 'J-450', 'https://cdnwebhn.tek4tv.vn/ha-noi-cong-nhan-45-xa-dat-chuan-ntm-kieu-mau-221781.htm',
    'Hà Nội', 'Hà Nội công nhận 45 xã đạt chuẩn NTM kiểu mẫu',
    'Theo đó, thành phố sẽ tập trung thực hiện đến năm 2025, sẽ hoàn thành các chỉ tiêu: 98% đồng bào dân tộc thiểu số tham gia bảo hiểm y tế; đến năm 2030, có 80% số hộ nông dân người dân tộc thiểu số làm kinh tế nông - lâm nghiệp hàng hóa; mức thu nhập bình quân của người dân tộc thiểu số tăng trên 2 lần so với năm 2020. Tỷ lệ trường công lập (mầm non, tiểu học, THCS, THPT) đạt chuẩn quốc gia 80-85%; 100% hộ dân được sử dụng nước sạch từ các nguồn.',
    [], ['8.2'], "the city's goals for ethnic-minority areas: a programme")
doc('q134', 'D-104', 'https://daidoanket.vn/print/10233879.html',
    'Bạc Liêu', "Bạc Liêu chuyển đổi số để 'bứt phá'",
    'Thông qua phát triển chuyển đổi số, tỉnh Bạc Liêu hy vọng sẽ kéo gần khoảng cách với các địa phương khác về hành chính, kinh tế... Tại lễ công bố ngày chuyển đổi số tỉnh Bạc Liêu 10/10/2022, Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều cho biết, xác định được tầm quan trọng của chuyển đổi số, thời gian qua tỉnh đã ban hành nhiều văn bản để cụ thể hóa và tập trung chỉ đạo, triển khai thực hiện nhiều giải pháp đẩy mạnh quá trình chuyển đổi số, như:',
    [], ['DTI.1', '7.1'], "the DX day ceremony: the chairman lists the party's DX directive and the smart-city project as the frame of results (s004, r115)")
doc('q135', 'A-027', 'https://duytien.hanamtv.vn/vi/news/chinh-tri/ninh-binh-tu-tin-tro-thanh-trung-tam-kinh-te-so-vung-dong-bang-song-hong-2469.html',
    'Ninh Bình', '',
    'Dây chuyền sản xuất của Nhà máy sản xuất dây cáp điện ô tô ESMO VINA, Cụm công nghiệp Gia Phú. Thể chế số và mô hình nền tảng Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (trước đó Chính phủ cũng đã ban hành Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, tầm nhìn 2030 (Quyết định số 411/QĐ-TTg, ngày 31/3/2022)), đặt mục tiêu …',
    [], ['DTI.1'], 'a feature on the digital economy framed by resolution 57 and the national strategy: national frame, no act of the province')
doc('q136', 'J-402', 'https://www.thitruonghanghoa.com/tin-tuc/can-tho-nang-ty-le-do-thi-hoa-len-74-240712.html',
    'Cần Thơ', '',
    'Cần Thơ nâng tỷ lệ đô thị hóa lên 74% 31/01/2023 09:45 UBND TP Cần Thơ giao các sở, ban ngành có liên quan phối hợp cùng Sở Kế hoạch và Đầu tư, Sở Xây dựng trong tham mưu hoàn thành chỉ tiêu tỷ lệ đô thị hóa năm 2023 là 74%, tăng gần 1% so với thời điểm cuối năm 2022. Phó Chủ tịch UBND TP Cần Thơ Dương Tấn Hiển vừa ký ban hành công văn gửi các sở ngành, quận huyện về việc triển khai thực hiện chỉ tiêu tỷ lệ đô thị hóa của TP năm 2023.',
    [], ['8.2'], "the city's letter on the urbanisation target of 2023: one sector indicator, not the year's plan")
doc('q137', 'A-096', 'https://infographics.vn/quang-ninh-xep-thu-hang-cao-trong-cac-bang-chi-so-sipas-par-index-2021/84060.vna',
    'Quảng Ninh', '',
    'Quảng Ninh xếp thứ hạng cao trong các bảng chỉ số SIPAS, PAR INDEX 2021 #IG-84060 Chính trị - Ngoại giao Quảng Ninh xếp thứ hạng cao trong các bảng chỉ số SIPAS, PAR INDEX 2021 Hà Nội (TTXVN 26/5) Những năm qua, Quảng Ninh đã không ngừng đổi mới, sáng tạo, nỗ lực vượt bậc với quyết tâm đưa bộ máy hành chính ngày càng gọn nhẹ, chuyên nghiệp, hướng tới mục tiêu phục vụ người dân, doanh nghiệp một cách nhanh nhất, tốt nhất.',
    [], ['SIPAS.2', '1.7'], "the news agency's infographic of the province's SIPAS and PAR 2021 ranks: rankings published by others")
doc('q138', 'A-053', 'https://vhttdl.sonla.gov.vn/tong-hop-cchc/ket-qua-chi-so-cai-cach-hanh-chinh-tinh-son-la-nam-2024-922815',
    'Sơn La', '',
    'Năm 2024, chỉ số CCHC tỉnh Sơn La đạt 90,02%, tăng 1,36%, cao hơn giá trị trung bình của cả nước 1,65%, tăng 01 bậc trên bảng xếp hạng so với năm 2023, thuộc nhóm A của cả nước, xếp thứ 12/63 tỉnh, thành phố, đứng thứ 01/7 tỉnh miền núi biên giới phía Bắc, đứng thứ 4/14 tỉnh Trung du và miền núi phía Bắc. Ngày 28/3/2025, Bộ Nội vụ ban hành Quyết định số 268/QĐ-BNV về việc phê duyệt và công bố Chỉ số Cải cách hành chính năm 2024 của các Bộ, cơ quan ngang Bộ, UBND các tỉnh, thành phố trực thuộc Trung ương.',
    [], ['1.7', '1.2'], "the ministry's PAR 2024 ranking told by a department's site: a ranking published by others")
doc('q139', 'J-409', 'http://www.baomoi.com/TPHa-Noi-phat-dong-toan-dan-chung-suc-xay-dung-nong-thon-moi/c/6966196.epi',
    'Hà Nội', '',
    '(GD&TĐ)- Phấn đấu giai đoạn 2010-2015, TP.Hà Nội có trên 40% số xã đạt chuẩn nông thôn mới; giai đoạn 2016-2020 có 70% xã đạt chuẩn và định hướng đến năm 2030, sẽ hoàn thành việc xây dựng nông thôn mới ở 401 xã, đạt 100%.',
    [], ['8.2'], "the city's new-countryside campaign: a programme")
doc('q140', 'H-018', 'https://huonghoa.tinhuyquangtri.vn/hoi-nghi-ban-chap-hanh-dang-bo-huyen-huong-hoa-lan-thu-19-khoa-xvii',
    'Quảng Trị', '',
    'Với sự đồng thuận, quyết tâm cao của cả hệ thống chính trị từ huyện đến cơ sở, của các tầng lớp Nhân dân và cộng đồng doanh nghiệp, việc triển khai thực hiện nhiệm vụ trong 6 tháng đầu năm 2024 đã đạt được những kết quả tích cực. Kinh tế tiếp tục phục hồi và trên đà phát triển, tính đến ngày 30/6/2024 tổng thu ngân sách nhà nước đạt 832.270.966.973 đồng (đạt 104,11% dự toán tỉnh giao; đạt 100,26% dự toán của huyện); thu cân đối ngân sách trên địa bàn 41.360.691.533 đồng (đạt 60,82% dự toán tỉnh giao;',
    [], ['8.2', '6.1'], "a district party committee's six-month results: issuer level")
doc('q141', 'J-426', 'https://baogialai.com.vn/kien-giang-dat-muc-tieu-dat-38000-ty-doanh-thu-du-lich-vao-nam-2025-post290234.html',
    'Kiên Giang', '',
    'Kiên Giang đặt mục tiêu đạt 38.000 tỷ doanh thu du lịch vào năm 2025 Theo dõi Báo Gia Lai trênGoogle News Kiên Giang đẩy mạnh phát triển du lịch thành ngành kinh tế mũi nhọn, mục tiêu đến năm 2025 đón 10,7 triệu lượt du khách, trong đó 900.000 lượt khách quốc tế, tổng doanh thu đạt 38.000 tỷ đồng. Phú Quốc là điểm đến du lịch nổi tiếng của Việt Nam. (Ảnh: Vietnam+) Phú Quốc là điểm đến du lịch nổi tiếng của Việt Nam. (Ảnh:',
    [], ['8.2'], "the province's tourism goals: a sector")
doc('q142', 'A-002', 'https://doanhnghiepbacgiang.vn/video/bac-giang-su-chuyen-minh-cua-bac-giang-trong-cchc/',
    'Bắc Giang', '',
    'Ban chỉ đạo cải cách hành chính của chính phủ đã công bố kết quả chỉ số hành chính năm 2022 của các Bộ, cơ quan ngang Bộ trực thuộc trưng ương. Theo đó Bắc Giang đứng vị trí thứ 4 trên tổng số 63 tỉnh, thành phố với số điểm đạt được 88,54/100. Chỉ số cải cách hành chính cấp tỉnh để đánh giá, xếp hạng 63 tỉnh, thành phố bao gồm 8 lĩnh vực đánh giá, 37 tiêu chí và 88 tiêu chí thành phần.',
    [], ['1.7'], "the PAR 2022 ranking on a business association's video page: a ranking published by others")
doc('q143', 'H-055', 'https://baodanang.vn/tam-ky-quan-triet-nghi-quyet-dai-hoi-dang-bo-phuong-lan-thu-i-3300636.html',
    'Đà Nẵng', '',
    'Chính trị Tam Kỳ quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I ĐNO - Chiều 28/8, Đảng ủy phường Tam Kỳ tổ chức hội nghị quán triệt nghị quyết, chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I (nhiệm kỳ 2025 - 2030) và các văn bản mới của Đảng. Đại biểu tham dự hội nghị. Ảnh: TÂM ĐAN Tại hội nghị, Bí thư Đảng ủy, Chủ tịch HĐND phường Tam Kỳ Nguyễn Thị Thu Lan nhấn mạnh mục tiêu tổng quát và 15 chỉ tiêu chủ yếu phát triển kinh tế - xã hội đến năm 2030.',
    [], ['8.2'], "a ward's party conference on its congress resolution: issuer level")
doc('q144', 'J-132', 'https://vietnammoi.vn/quy-hoach-vung-tinh-vinh-long-den-nam-2030-tam-nhin-den-nam-2050-2022418113821250.htm',
    'Vĩnh Long', 'Quy hoạch vùng tỉnh Vĩnh Long đến năm 2030 tầm nhìn đến năm 2050',
    'Quy hoạch xây dựng vùng tỉnh Vĩnh Long đến năm 2030 tầm nhìn đến năm 2050 được UBND tỉnh phê duyệt ngày 28/2/2018. Phạm vi và ranh giới lập quy hoạch Theo quyết định, phạm vi nghiên cứu bao gồm toàn tỉnh Vĩnh Long với tổng diện tích tự nhiên 1.525,7 km², với 8 đơn vị hành chính trực thuộc, bao gồm TP Vĩnh Long, thị xã Bình Minh và 6 huyện (Long Hồ, Mang Thít, Vũng Liêm, Tam Bình, Trà Ôn, Bình Tân).',
    [], ['8.2'], "the province's regional construction plan to 2030: a master plan, not the year's")
doc('q145', 'J-015', 'https://caonguyendaknong.baodaknong.org.vn/xuan-tan-suu-2021/dak-mil-huong-den-huyen-nong-thon-moi-va-len-thi-xa-truoc-nam-2025-9151.html',
    'Đắk Nông', '',
    'Đắk Mil hướng đến huyện nông thôn mới và lên thị xã trước năm 2025 29/01/2021 17:00 G1T+7 Sau hơn 10 năm xây dựng nông thôn mới (NTM), diện mạo nông thôn huyện Ðắk Mil thay đổi nhanh chóng, cơ sở hạ tầng dần được hoàn thiện; đời sống vật chất, tinh thần của Nhân dân từng bước được nâng lên rõ rệt. Đến cuối năm 2020, huyện có 6/9 xã đạt chuẩn nông thôn mới;',
    [], ['8.2'], "a district's new-countryside results: issuer level")
doc('q146', 'J-344', 'https://baoquangnam.vn/bac-tra-my-thoat-ngheo-tu-nhung-mo-hinh-thiet-thuc-3145700.html',
    'Quảng Nam', '',
    'Giảm nghèo - An sinh Bắc Trà My thoát nghèo từ những mô hình thiết thực (QNO) - Năm 2025, huyện Bắc Trà My đặt mục tiêu phấn đấu thoát khỏi huyện nghèo. Mục tiêu này hoàn toàn khả thi khi thời gian gần đây, địa phương này liên tục có những cách làm hay, sáng tạo thể hiện quyết tâm giảm nghèo một cách bền vững. Thực tế năm 2024, Bắc Trà My đã giảm được gần 1.000 hộ nghèo, vượt gần 30% so với mục tiêu mà UBND tỉnh giao.',
    [], ['8.2'], "a district's poverty reduction: issuer level")
doc('q147', 'B-060', 'https://xuanloc.dongnai.gov.vn/Pages/newsdetail.aspx?CatId=151&NewsId=9294',
    'Đồng Nai', '',
    'Qua việc triển khai thực hiện Kế hoạch chuyển đổi số năm 2024 và đề xuất nhiệm vụ chuyển đổi số của cơ quan, đơn vị năm 2025, huyện Xuân Lộc đạt được kết quả. Ngay từ đầu năm huyện đã bám sát các nội dung của Kế hoạch số 184/KH-UBND ngày 19/7/2024 của UBND huyện về chuyển đổi số huyện Xuân Lộc năm 2024 (thay thế Kế hoạch số 75/KH-UBND ngày 14/03/2024). Qua rà soát, nội dung Kế hoạch số 184/KH-UBND, có 22 chỉ tiêu. Đến nay: 16 tiêu chí đạt, 06 tiêu chí chưa đạt theo kế hoạch đề ra, cụ thể:',
    [], ['DTI.1', '7.1'], "a district's results against its own DX plan of 2024: issuer level (r116)")
doc('q148', 'A-051', 'https://nhandan.vn/dien-bien-thi-diem-mo-hinh-chuyen-doi-so-cap-so-huyen-xa-phuong-post698656.html',
    'Điện Biên', '',
    'Điện Biên thí điểm mô hình chuyển đổi số cấp sở, huyện, xã, phường NDO Chiều 25/5, tại Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2022, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh Điện Biên Lê Thành Đô đề nghị, trong năm 2022, các cấp, các ngành trong tỉnh phải tập trung xây dựng mô hình thí điểm chuyển đổi số cấp sở, huyện, xã, phường tiến tới nhân rộng mô hình trên phạm vi toàn tỉnh.',
    [], ['DTI.1', '7.1'], "the chairman at the conference deploying the year's DX tasks asks for pilot models: a meeting naming no plan (r055)")
doc('q149', 'G-033', 'https://nld.com.vn/khong-the-dua-mai-vao-loi-the-co-san-196260107210955437.htm',
    'Khánh Hòa', '',
    'Theo số liệu của UBND tỉnh Khánh Hòa, giai đoạn 2021-2025, GRDP của tỉnh duy trì mức tăng khá, bình quân khoảng 7%-8%/năm. Tuy nhiên, đóng góp của năng suất các yếu tố tổng hợp (TFP) vào tăng trưởng vẫn chưa cao, cho thấy mô hình phát triển còn phụ thuộc nhiều vào vốn đầu tư và khai thác lợi thế tự nhiên.',
    [], ['8.2'], "an analysis of the province's growth model over 2021-2025: no plan of the year")
doc('q150', 'F-081', 'https://timhieuluat24h.com/Ke-hoach-223-KH-UBND-2024-Chuyen-doi-so-Quang-Ngai-632045',
    'Quảng Ngãi', 'Kế hoạch 223/KH-UBND 2024 Chuyển đổi số Quảng Ngãi',
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 223/KH-UBND Quảng Ngãi, ngày 15 tháng 11 năm 2024 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH QUẢNG NGÃI NĂM 2025 Thực hiện Chương trình Chuyển đổi số của Chính phủ và Ủy ban Quốc gia về Chuyển đổi số, Chỉ thị số 34/CT-TTg ngày 16/9/2024 của Thủ tướng Chính phủ về việc xây dựng đề án chuyển đổi số của các bộ, ngành, địa phương, Công văn số 3816/BTTTT-CĐSQG ngày 14/9/2024 của Bộ Thông tin và …',
    ['DTI.1', '7.1'], ['1.1'], "the province's DX plan of 2025 (223/KH-UBND): DTI.1 + 7.1")
doc('q151', 'E-085', 'https://nguoiquansat.vn/cong-bo-5-dia-phuong-co-ty-trong-kinh-te-so-tren-grdp-dat-hon-20-90076.html',
    '', '',
    'Vĩ mô Công bố 5 địa phương có tỷ trọng kinh tế số trên GRDP đạt hơn 20% Vân Anh 15/09/2023 - 18:45 Theo báo cáo thường niên kinh tế số Việt Nam 2022, 5 địa phương có tỷ trọng kinh tế số trên GRDP (tổng sản phẩm trên địa bàn) đạt hơn 20% là Bắc Ninh, Thái Nguyên, Bắc Giang, Hải Phòng và Vĩnh Phúc.',
    [], ['DTI.1'], "the national digital-economy report's provincial shares: national")
doc('q152', 'B-125', 'https://m.baophapluat.vn/dak-nong-cong-bo-ket-qua-danh-gia-xep-hang-muc-do-chuyen-doi-so-post541266.html',
    'Đắk Nông', '',
    'Chỉ số Chuyển đổi số trong cơ quan nhà nước tỉnh Đắk Nông (gọi tắt là DTI Đắk Nông) là các tiêu chỉ để theo dõi, đánh giá một cách thực chất, khách quan và công bằng kết quả thực hiện xây dựng chính quyền điện tử, chuyển đổi số hàng năm của các sở, ban, ngành, UBND các huyện, TP Gia Nghĩa trong quá trình triển khai thực hiện công tác chuyển đổi số trên địa bàn. Theo báo cáo, xếp hạng DTI các sở, ban, ngành của Đắk Nông đứng đầu là Sở Thông tin và Truyền thông với 887,83 điểm;',
    ['7.1'], ['1.7', 'DTI.1'], 'the province publishing its DX index ranking of departments and districts (DTI Đắk Nông): 7.1 (s064); not the CCHC index (1.7)')
doc('q153', 'A-058', 'https://thoibaonganhang.vn/muc-tieu-70-nguoi-dan-truong-thanh-su-dung-dich-vu-cong-truc-tuyen-vao-nam-2030-159001.html',
    '', '',
    'Mục tiêu 70% người dân trưởng thành sử dụng dịch vụ công trực tuyến vào năm 2030 Hồng Sơn Hồng Sơn Đây là nội dung đáng chú ý tại Quyết định số 1588/QĐ-TTg phê duyệt Đề án "Tuyên truyền, phổ biến, nâng cao chất lượng về cung cấp và sử dụng hiệu quả dịch vụ công trực tuyến đến năm 2025, định hướng đến năm 2030" mới được Thủ tướng Chính phủ ký thông qua vào ngày 17/12.',
    [], ['7.3', '1.4'], "the Prime Minister's project on communicating online public services (1588/QĐ-TTg): national")
doc('q154', 'E-037', 'http://vhttdldaklak.gov.vn/cai-cach-thu-tuc-hanh-chinh/921-ho-so-duoc-giai-quyet-truc-tuyen-dung-va-truoc-han-trong-thang-32018-2902.html',
    'Đắk Lắk', '',
    '92,1% hồ sơ được giải quyết trực tuyến đúng và trước hạn trong tháng 3/2018 Cập nhật lúc: 19:52 04/04/2018 Theo thống kê trên hệ thống Cổng Dịch vụ hành chính công trực tuyến của tỉnh, trong tháng 3 năm 2018, có 92,1% hồ sơ thủ tục hành chính (TTHC) được giải quyết trực tuyến đúng và trước hạn. Tính trong tháng 3, hệ thống đã tiếp nhận 18.426 hồ sơ và giải quyết được 17.922 hồ sơ, chiếm tỷ lệ 97,26%. Trong đó, hồ sơ giải quyết trước hạn là 16.307 hồ sơ (chiếm tỷ lệ 88,5%);',
    ['7.3', '3.3'], ['7.4'], "a department's site relays the province's online-portal figures of March 2018 (online dossiers resolved on time): 7.3 + 3.3 (r011, r149); the month does not matter outside 8.2")
doc('q155', 'J-011', 'http://vinhyen.vinhphuc.gov.vn/ct/cms/tintuc/Lists/tintrongt/View_Detail.aspx?ItemID=3966',
    'Vĩnh Phúc', '',
    'Đến năm 2030, Vĩnh Phúc sẽ có 21 đô thị 29/10/2019 Mới đây, UBND tỉnh đã phê duyệt điều chỉnh Chương trình tổng thể xây dựng và phát triển đô thị tỉnh Vĩnh Phúc đến năm 2030, tầm nhìn đến năm 2050, kèm theo Quyết định 2546, ngày 17/10/2019 của UBND tỉnh. Một góc đô thị Vĩnh Yên Theo đó, mạng lưới đô thị Vĩnh Phúc đến năm 2030 sẽ được đầu tư xây dựng, hoàn thiện bao gồm 21 đô thị. Quy mô dân số khoảng 1,5 triệu dân. Tỷ lệ dân cư đô thị đạt gần 76%. Cụ thể:',
    [], ['8.2'], "the province's adjusted urban development programme: a sector programme")
doc('q156', 'F-048', 'https://congnghe.vn/muc/cntt-vien-thong/tin/ben-tre-chi-gan-1-300-ty-dong-chuyen-doi-so-2188479',
    'Bến Tre', '',
    'Bến Tre chi gần 1.300 tỷ đồng chuyển đổi số Bến Tre chi gần 1.300 tỷ đồng chuyển đổi số UBND tỉnh Bến Tre hôm 20/10 chính thức công bố đề án chuyển đổi số của tỉnh giai đoạn 2020-2025, tầm nhìn đến 2030. Bến Tre xác định, chuyển đổi số là xu thế toàn cầu, là quá trình không thể đảo ngược. Tại Việt Nam, chuyển đổi số đã bắt đầu diễn ra, nhất là trong những ngành như tài chính, giao thông, du lịch... do đó tỉnh không thể đứng ngoài xu thế này.',
    ['DTI.1', '7.1'], ['6.1'], "the committee announcing the province's DX project 2020-2025 (the project r089 holds): DTI.1 + 7.1; its cost is not a budget act")
doc('q157', 'A-247', 'https://truyenhinhnghean.vn/kinh-te/202205/nghe-an-chi-so-cai-cach-hanh-chinh-nam-2021-xep-thu-1763-tinh-thanh-cao-nhat-tu-truoc-den-nay-bb81049/',
    'Nghệ An', '',
    'Kinh tế Nghệ An: Chỉ số cải cách hành chính năm 2021 xếp thứ 17/63 tỉnh thành, cao nhất từ trước đến nay 20:25, 25/05/2022 Chỉ số hài lòng về phục vụ hành chính năm 2021 (SIPAS) của Nghệ An xếp thứ 35, tăng 13 bậc so với năm 2020; Chỉ số cải cách hành chính năm 2021 xếp thứ 17, tăng 1 bậc so với năm 2020, cao nhất từ trước đến nay.',
    [], ['1.7', 'SIPAS.2'], "the ministry's PAR and SIPAS 2021 rankings told by provincial TV: rankings published by others")
doc('q158', 'A-232', 'https://evbn.org/xay-dung-va-phat-trien-chinh-phu-dien-tu-o-viet-nam-bat-cap-va-giai-phap-1680773356/',
    '', 'Xây dựng và phát triển chính phủ điện tử ở Việt Nam – bất cập và giải pháp',
    '(LLCT&TT) Ngày nay, chính phủ điện tử (CPĐT) là yếu tố không thể thiếu đối với sự phát triển của mỗi quốc gia. Tuy nhiên, quá trình xây dựng CPĐT vẫn gặp phải nhiều vấn đề bất cập. Bài viết tìm hiểu về tình hình áp dụng CPĐT ở Việt Nam và kiến nghị một số giải pháp cho vấn đề CPĐT ở Việt Nam với mong muốn nâng cao hơn nữa hiệu quả của CPĐT trong phát triển kinh tế – xã hội Việt Nam. 1.',
    [], ['7.1'], "a theory journal's article on e-government: research")
doc('q159', 'G-061', 'https://baomoi.net.vn/chu-dong-sang-tao-trong-thuc-day-chuyen-doi-so-lien-thong-ky-i-dong-bo-nhanh-hieu-qua-dap-ung-yeu-cau-sap-xep-to-chuc-bo-may-cua-he-thong-chinh-tri-c52822255.epi',
    'Ninh Bình', 'Chủ động, sáng tạo trong thúc đẩy chuyển đổi số liên thông: (Kỳ I): Đồng bộ, nhanh, hiệu quả, đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị',
    'Sau khi Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ (KHCN), đổi mới sáng tạo và chuyển đổi số (CĐS) ban hành Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 về thúc đẩy CĐS liên thông, đồng bộ, nhanh, hiệu quả đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị, tỉnh Ninh Bình đã tích cực triển khai thực hiện.',
    [], ['DTI.1', '7.1'], "a feature on the province carrying out the central steering committee's plan 02-KH/BCĐTW: the central plan as frame, no provincial act named")
doc('q160', 'G-011', 'https://doanhnghiepvn.vn/chuyen-doi-so/kinh-te-so-nam-2025-chiem-hon-14-gdp/20260105051101383',
    '', 'Kinh tế số năm 2025 chiếm hơn 14% GDP',
    'Phú Thọ bứt phá chuyển đổi số để xây dựng xã hội số, chính quyền số / Cả nước có 47 trường đại học đào tạo về thương mại điện tử Kinh tế số giữ vai trò động lực trung tâm của tăng trưởng kinh tế nhanh và bền vững, thông qua việc ứng dụng công nghệ thông tin, trí tuệ nhân tạo, thương mại điện tử và các nền tảng số trong toàn bộ quá trình sản xuất – kinh doanh và quản lý xã hội.',
    [], ['DTI.1'], 'national digital-economy statistics 2021-2025: national')
doc('q161', 'B-099', 'https://amp.baodongkhoi.vn/ket-qua-thuc-hien-nhiem-vu-chuyen-doi-so-nam-2024-06122024-a139329.html',
    'Bến Tre', '',
    'BDK - Năm 2024, với những nỗ lực đồng bộ từ cấp tỉnh đến cơ sở, tỉnh đã thực hiện các nhiệm vụ chuyển đổi số (CĐS) đạt kết quả tích cực. Thống kê lũy kế từ ngày 1-1 đến 14-11-2024, tổng số dịch vụ công trực tuyến (DVCTT) của tỉnh là 1.542/1.871, gồm: 1.036 DVCTT toàn trình và 506 DVCTT một phần, đạt 100% đối với những thủ tục hành chính (TTHC) đủ điều kiện cung cấp thành DVCTT toàn trình và một phần (đạt 82% so với tổng số TTHC thuộc thẩm quyền giải quyết).',
    ['7.3'], ['DTI.1'], "the provincial paper on the province's DX results of 2024: online public services offered, full and partial: 7.3 (f004, f020: results in one criterion's subject); a year's results are not the DX plan (s046)")
doc('q162', 'H-052', 'https://pleiku.gialai.gov.vn/phuong-hoi-phu/Gioi-thieu/%C4%90inh-huong-phat-trien-giai-%C4%91oan-2015-2020.aspx',
    'Gia Lai', '',
    'Bộ Thủ tục hành chính công Phổ biến giáo dục pháp luật Quy hoạch - kế hoạch Thông tin tuyên truyền Làm theo lời Bác Góp ý cá nhân, tổ chức Hỏi đáp Lịch công tác I- MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2020 - 2025 1. Mục tiêu tổng quát: Tiếp tục huy động mọi nguồn lực, khai thác tốt các tiềm năng, thế mạnh xây dựng địa phương phát triển mạnh về kinh tế.',
    [], ['8.2'], "a ward's page of its goals 2020-2025: issuer level")
doc('q163', 'A-113', 'https://vndx.gov.vn/thai-nguyen-chuong-trinh-chuyen-doi-so-tinh-thai-nguyen-giai-doan-20212025-dinh-huong-den-nam-2030',
    'Thái Nguyên', '',
    'Đổi mới căn bản, toàn diện công tác quản lý, điều hành của nhà nước tiến tới xây dựng chính quyền số; phát triển kinh tế số, xã hội số và thúc đẩy hoạt động sản xuất kinh doanh theo hướng ứng dụng công nghệ số, hình thành các doanh nghiệp công nghệ số có sức cạnh tranh trên thị trường;',
    ['DTI.1', '7.1'], ['7.3'], "the national DX portal's page of the province's DX programme 2021-2025 (its URL names it; the text is its goals, digital government first): DTI.1 + 7.1 (as s143, the page's URL names the act)")
doc('q164', 'J-029', 'https://nghetinh.net/nghe-an-phan-dau-den-nam-2030-co-70-so-huyen-dat-chuan-nong-thon-moi-47805.html',
    'Nghệ An', '',
    'Nghệ An phấn đấu đến năm 2030 có 70% số huyện đạt chuẩn nông thôn mới 23/09/2023 11:30 Theo kế hoạch, mục tiêu của Nghệ An đến năm 2030, số xã đạt chuẩn NTM trên 90%, trong đó 50% số xã đạt chuẩn NTM nâng cao, 15% số xã đạt chuẩn nông thôn mới kiểu mẫu. Số đơn vị cấp huyện đạt chuẩn NTM trên 70%, trong đó 35% số huyện đạt chuẩn NTM nâng cao.',
    [], ['8.2'], "the province's new-countryside goals to 2030: a programme")
doc('q165', 'D-115', 'https://diendandoanhnghiep.vn/tin-nong-chinh-phu-phu-yen-huong-toi-do-thi-so-xa-hoi-so-192811.html',
    'Phú Yên', 'TIN NÓNG CHÍNH PHỦ: Phú Yên hướng tới đô thị số, xã hội số',
    'Diendandoanhnghiep.vn Phú Yên cải thiện mạnh mẽ môi trường đầu tư kinh doanh; xây dựng chính quyền điện tử, đô thị thông minh, hướng tới đô thị số, xã hội số. Đặc biệt làm tốt công tác dân vận chính quyền trong việc thực hiện các dự án. Năm 2020 dù bị tác động nghiêm trọng bởi đại dịch COVID-19, nhưng với ý chí vươn lên mạnh mẽ, sự chung sức, đồng lòng, đoàn kết, quyết tâm cao của tập thể lãnh đạo, chính quyền, người dân, doanh nghiệp, tỉnh Phú …',
    [], ['8.2', 'PCI.1'], "the Government's working session with the province on its 2020 results: another level's meeting (s025)")
doc('q166', 'A-114', 'https://pbgdpl.thaibinh.gov.vn/tin-tuc-hd-tinh/thai-binh-day-manh-chuyen-doi-so-de-“vuon-minh”-phat-trien-8346.html',
    'Thái Bình', '',
    'Thông báo: Thái Bình, ngày 24 tháng 4 năm 2025 Thái Bình đẩy mạnh chuyển đổi số để “vươn mình” phát triển Ngày: 08/04/2025 Chuyển đối số là xu thế tất yếu hiện nay, là động lực tạo đột phá của sự phát triển, tăng cường sức cạnh tranh của nền kinh tế.',
    [], ['DTI.1', '7.1'], "a feature on the province's DX; the party's DX resolution is named after a general lead, with results (q027)")
doc('q167', 'A-056', 'https://cafef.vn/kiem-tra-chan-chinh-cham-dut-tinh-trang-co-giay-to-hoan-thanh-cung-cap-dich-vu-cong-truc-tuyen-cap-xa-truoc-15-8-2025-188250811105953239.chn',
    '', '',
    'Thông báo số 408/TB-VPCP ngày 8/8/2025 kết luận Phiên họp lần thứ ba của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 - Sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đánh giá kết quả 6 tháng đầu năm 2025 của Ban Chỉ đạo nêu rõ:',
    [], ['7.3', '1.6'], "the Government Office's conclusions of the Government steering committee's meeting: national")
doc('q168', 'E-073', 'https://tienphong.vn/thu-tuong-moi-nguoi-dan-viet-nam-co-tai-khoan-an-sinh-xa-hoi-tren-ung-dung-vneid-post1597941.tpo',
    '', '',
    'Chiều 21/12, Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến toàn quốc đánh giá tình hình 2 năm triển khai thực hiện Đề án 06 về "Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030". Tại hội nghị, Thủ tướng cho rằng kết quả đến nay mới chỉ là bước đầu, vẫn còn nhiều việc phải làm phía trước.',
    [], ['7.4'], "the Prime Minister's national conference on two years of Đề án 06: national")
doc('q169', 'B-095', 'https://baoninhthuan.com.vn/news/144219p1c25/ninh-thuan-xep-thu-6-ca-nuoc-ve-chi-so-papi-nam-2023.htm',
    'Ninh Thuận', 'Ninh Thuận xếp thứ 6 cả nước về Chỉ số PAPI năm 2023',
    'Chỉ số tổng hợp Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 của tỉnh Ninh Thuận đạt 45,5054 điểm. Với kết quả này, Ninh Thuận xếp thứ 6 cả nước và đứng đầu các tỉnh Nam Trung Bộ về Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh. Kết quả xếp hạng PAPI được khảo sát đánh giá trên 8 chỉ số gồm: Tham gia của người dân ở cấp cơ sở; công khai minh bạch; trách nhiệm giải trình với người dân; kiểm soát tham nhũng trong khu vực công; thủ tục hành chính công; cung ứng dịch vụ công;',
    [], ['PAPI.1'], 'the PAPI 2023 ranking told by the provincial paper: a ranking published by others')
doc('q170', 'B-040', 'https://dakha.huyentumorong.kontum.gov.vn/tin-tuc-su-kien/chuye-n-do-i-so-/day-manh-chinh-quyen-so-de-phuc-vu-nhan-dan.html',
    'Kon Tum', 'Đẩy mạnh Chính quyền số để phục vụ nhân dân',
    'Chính quyền số là hoạt động của chính quyền dựa trên nền tảng của công nghệ thông tin để vận hành, giúp nhà nước và nhân dân giảm bớt những chi phí giao dịch thông qua các hình thức trực tuyến nhanh gọn và đảm bảo tính chính xác. Tính đến nay, mạng truyền số liệu chuyên dùng cấp I và II đã đến 100% đơn vị, cơ quan, địa phương quản lý nhà nước cấp tỉnh, huyện, xã trên địa bàn tỉnh.',
    [], ['7.1'], "a commune's site on the province's digital-government results, naming no act: issuer level")
doc('q171', 'E-054', 'https://vietnambiz.vn/bac-ninh-phan-dau-den-nam-2030-kinh-te-so-chiem-toi-thieu-35-grdp-20231158298354.htm',
    'Bắc Ninh', '',
    'Thuật ngữ VietnamBiz Thời sự Bắc Ninh phấn đấu đến năm 2030, kinh tế số chiếm tối thiểu 35% GRDP Chia sẻ Tỉnh Bắc Ninh xác định chuyển đổi số là cơ hội tạo bứt phá, vươn lên. Theo Nghị quyết phê duyệt "Đề án Chuyển đổi số tỉnh Bắc Ninh giai đoạn 2024-2030" vừa được HĐND tỉnh Bắc Ninh ban hành, tỉnh đặt mục tiêu đến năm 2030, kinh tế số chiếm tối thiểu 35% GRDP; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%. Bắc Ninh xác định chuyển đổi số là cơ hội tạo bứt phá, vươn lên.',
    ['DTI.1', '7.1'], ['8.2'], "news of the council's resolution approving the province's DX project 2024-2030 and its goals: DTI.1 + 7.1 (s176)")
doc('q172', 'H-037', 'https://tinmoinhat.news/xay-dung-tp-buon-ma-thuot-thanh-trung-tam-vung-tay-nguyen/',
    '', '',
    'Chiều 9-10, Tỉnh ủy Đắk Lắk thông tin về Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVII nhiệm kỳ 2020-2025, diễn ra từ ngày 13 đến 15-10. Báo cáo chính trị tóm tắt của Ban Chấp hành Đảng bộ tỉnh Đắk Lắk cho thấy trong nhiệm kỳ 2015-2020, tỉnh đạt và vượt 15/17 chỉ tiêu. Tăng trưởng kinh tế tiếp tục phát triển khá, bình quân 8,75%/năm, GRDP bình quân đầu người ước đạt 54,55 triệu đồng, gấp 1,67 lần năm 2015.',
    [], ['8.2'], 'three provinces announcing their party congresses: term results (g044)')
doc('q173', 'J-128', 'https://ninhthuantourism.vn/vi/detailnews/?id=news_2349&t=late',
    'Ninh Thuận', 'Ninh Thuận với tham vọng trở thành trung tâm năng lượng của cả nước',
    'Ninh Thuận dựa vào lợi thế để phát triển điện gió, điện mặt trời với mục tiêu trở thành Trung tâm năng lượng, năng lượng tái tạo cả nước. UBND tỉnh Ninh Thuận đã có tờ trình HĐND tỉnh thông qua nghị quyết về xây dựng tỉnh Ninh Thuận trở thành Trung tâm năng lượng, năng lượng tái tạo của cả nước đến năm 2025, định hướng đến năm 2030. Mục tiêu là khai thác và phát huy có hiệu quả các tiềm năng, thế mạnh của tỉnh về phát triển năng lượng.',
    [], ['8.2'], "the committee's submission of a draft resolution on the energy centre: a draft and a sector")
doc('q174', 'A-050', 'https://tpdienbienphu.dienbien.gov.vn/portal/Pages/2024-10-23/Van-de-ky-nay-Ro-nguoi-ro-viec-trong-chuyen-doi-so3aqgth.aspx',
    'Điện Biên', '',
    'Chuyển đổi số là xu thế tất yếu, yêu cầu khách quan trong bối cảnh hiện nay. Thực hiện chỉ đạo của Thủ tướng Chính phủ, tỉnh ta đã có nhiều chủ trương, giải pháp thực hiện chuyển đổi số trên tất cả các lĩnh vực. Với sự vào cuộc quyết liệt, chủ động của các cấp, các ngành, cộng đồng doanh nghiệp và người dân, kết quả mang lại trong chuyển đổi số khá tích cực. Nổi bật trong thực hiện Đề án 06 trên địa bàn tỉnh 9 tháng qua là: Hệ thống Cơ sở dữu liệu quốc gia về dân cư luôn bảo đảm “đúng, đủ, sạch, sống”;',
    [], ['7.4', 'DTI.1'], "a city portal's commentary on the province's nine-month Đề án 06 and DX results, naming no act")
doc('q175', 'D-020', 'https://chuyendoiso.tiengiang.gov.vn/chi-tiet-tin/?/nghi-quyet-ve-chuyen-oi-so-tinh-tien-giang-en-nam-2025-va-inh-huong-en-nam-2030/42676067',
    'Tiền Giang', '',
    'Chi tiết tin Ngày 06/10/2021, Tỉnh ủy Tiền Giang đã ban hành Nghị quyết số 08-NQ/TU về chuyển đổi số tỉnh Tiền Giang đến năm 2025 và định hướng đến năm 2030. Ngày 06/10/2021, Tỉnh ủy Tiền Giang đã ban hành Nghị quyết số 08-NQ/TU về chuyển đổi số tỉnh Tiền Giang đến năm 2025 và định hướng đến năm 2030. Theo mục tiêu Nghị quyết đề ra, tỉnh Tiền Giang phấn đấu đổi mới căn bản, toàn diện công tác quản lý, điều hành của Nhà nước tiến tới xây dựng Chính quyền số;',
    ['DTI.1', '7.1'], ['8.2'], "the province's DX portal presents the party's DX resolution to 2025/2030 (08-NQ/TU) and its goals: DTI.1 + 7.1")
doc('q176', 'H-076', 'https://doanhnghiepkinhtexanh.vn/tag/chat-luong-xay-dung-nong-thon-moi.html',
    '', '',
    'chất lượng xây dựng nông thôn mới Tăng tốc để hoàn thành các mục tiêu xây dựng nông thôn mới giai đoạn 2021-2025 Đến nay, cả nước có khoảng 78% số xã đạt chuẩn nông thôn mới; trong đó; có 1.860 xã đạt chuẩn nông thôn mới nâng cao và 340 xã đạt chuẩn nông thôn mới kiểu mẫu; có 283 đơn vị cấp huyện thuộc 58 tỉnh, thành phố đã được công nhận hoàn thành nhiệm vụ/đạt chuẩn nông thôn mới.',
    [], ['8.2'], 'a tag page of national new-countryside figures: national')
doc('q177', 'D-060', 'https://mekongsean.vn/hoa-binh-tang-9-bac-ve-chi-so-cai-cach-hanh-chinh.html',
    'Hòa Bình', 'Hòa Bình: Tăng 9 bậc về chỉ số cải cách hành chính',
    '(TBMK) - Ban Chỉ đạo cải cách hành chính của Chính phủ vừa tổ chức hội nghị công bố Chỉ số cải cách hành chính năm 2018, theo đó Chỉ số cải cách hành chính của tỉnh Hòa Bình tăng 9 bậc so với năm 2017, xếp thứ 46/63 tỉnh, thành phố (năm 2017, Hòa Bình xếp ở vị trí thứ 55). Trong đó, chỉ số công tác chỉ đạo điều hành đứng thứ 51; chỉ số tổ chức thực hiện văn bản quy phạm pháp luật đứng thứ 41; cải cách thủ tục hành chính đứng thứ 32; cải cách tổ chức bộ máy đứng thứ 39;',
    [], ['1.7'], "the Government steering committee's PAR 2018 ranking told by a regional site: a ranking published by others")
doc('q178', 'H-013', 'https://baobariavungtau.com.vn/kinh-te/202506/huyen-long-dat-2841-chi-tieu-dat-va-vuot-nghi-quyet-1045620/',
    'Bà Rịa - Vũng Tàu', '',
    'Chiều 18/6, Ban Chấp hành Đảng bộ huyện Long Đất khóa I, nhiệm kỳ 2020-2025 tổ chức hội nghị lần thứ 8 (mở rộng) nghe báo cáo tình hình phát triển kinh tế - xã hội, quốc phòng - an ninh, công tác xây dựng Đảng 6 tháng đầu năm 2025 và một số nhiệm vụ trọng tâm thời gian tới. 6 tháng đầu năm, huyện Long Đất có 28/41 chỉ tiêu đạt và vượt nghị quyết năm 2025 đề ra, tăng 11 chỉ tiêu so với quý I/2025. Cụ thể, thu ngân sách trên địa bàn hơn 1.097,8 tỷ đồng, đạt 58,18% so với nghị quyết;',
    [], ['8.2'], "a district party committee's six-month results: issuer level")
doc('q179', 'J-324', 'https://nguoiquansat.vn/tinh-dai-nhat-viet-nam-tinh-theo-quoc-lo-1a-se-tro-thanh-trung-tam-kinh-te-bien-nang-luong-sach-116076.html',
    'Bình Thuận', '',
    'Tỉnh này còn là một trong 5 địa phương sở hữu đường bờ biển dài nhất Việt Nam. Dự kiến ngày 28/2 tới đây, UBND tỉnh Bình Thuận sẽ tổ chức Lễ công bố Quy hoạch tỉnh Bình Thuận thời kỳ 2021-2030, tầm nhìn đến năm 2050. Theo quy hoạch tỉnh Bình Thuận thời kỳ 2021-2030, tầm nhìn đến năm 2050 vừa được phê duyệt, mục tiêu đến năm 2030, Bình Thuận trở thành tỉnh phát triển năng động, nhanh và bền vững; mạnh, giàu từ biển, có mức thu nhập bình quân đầu người (GRDP) cao hơn mức bình quân của vùng và cả nước;',
    [], ['8.2'], "the approved provincial master plan's goals: not the year's plan (r124)")
doc('q180', 'J-408', 'https://htv.com.vn/ke-hoach-trien-khai-chuong-trinh-chuyen-doi-so-cua-tphcm-nam-2024',
    'Hồ Chí Minh', '',
    'UBND TP.HCM đã ban hành Kế hoạch triển khai Chương trình “Chuyển đổi số của TP.HCM” và Đề án “Xây dựng TP.HCM trở thành đô thị thông minh” năm 2024. Theo đó, năm 2024, Thành phố tập trung công tác chuyển đổi số gắn với Chủ đề năm 2024 của Thành phố là “Quyết tâm thực hiện hiệu quả Chuyển đổi số và Nghị quyết số 98/2023/QH15 của Quốc hội” và phù hợp định hướng chuyển đổi số quốc gia năm 2024 là:',
    ['DTI.1', '7.1'], ['1.1'], "the city's plan of 2024 implementing its DX programme and smart-city project: the year's DX plan, DTI.1 + 7.1")
doc('q181', 'A-146', 'https://baolaocai.vn/lgsp-tag19735.html',
    'Lào Cai', 'Tạo đột phá về hạ tầng số',
    'Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025 xác định 7 nhiệm vụ trọng tâm và 2 lĩnh vực đột phá, đó là đột phá về kết cấu hạ tầng (trong đó có đột phá về hạ tầng thông tin, viễn thông, hạ tầng số) và đột phá về phát triển du lịch. Để cụ thể hóa mục tiêu đó, những năm qua, hạ tầng số của Lào Cai được quan tâm đầu tư, tạo “nền móng” thực hiện chuyển đổi số.',
    [], ['7.1', 'DTI.1'], "a tag page whose item recalls the party congress's digital-infrastructure breakthrough: a tag page (p014)")
doc('q182', 'J-241', 'https://tuyenquangtv.vn/xay-dung-dang/202109/ttv-hoi-nghi-ban-chap-hanh-dang-bo-huyen-lam-binh-62a0afa/',
    'Tuyên Quang', '',
    'Banner (TTV) Hội nghị Ban Chấp hành Đảng bộ huyện Lâm Bình Sáng ngày 15/9, huyện Lâm Bình tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) cho ý kiến vào các dự thảo chương trình, kế hoạch của Ban Chấp hành Đảng bộ huyện thực hiện các chương trình, nghị quyết, kế hoạch của Ban Chấp hành Đảng bộ tỉnh.',
    [], ['8.2'], 'a district party committee commenting on draft programmes: issuer level')
doc('q183', 'J-036', 'http://hoangkhai.nongthonmoituyenquang.gov.vn/tin-hoat-dong/kinh-te-moi-truong/phan-dau-co-them-7-xa-dat-chuan-ntm-nang-cao-ntm-kieu-mau-11.html',
    'Tuyên Quang', 'Phấn đấu có thêm 7 xã đạt chuẩn NTM nâng cao, NTM kiểu mẫu',
    'Theo Văn phòng Ban điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới (NTM), năm 2022, tỉnh phấn đấu có thêm 7 xã đạt chuẩn NTM nâng cao, NTM kiểu mẫu. Người dân xã Mỹ Bằng (Yên Sơn) liên kết trồng chè với Công ty cổ phần chè Mỹ Lâm đảm bảo tiêu chí thu nhập. Trong đó, 5 xã phấn đấu đạt chuẩn NTM nâng cao gồm: Yên Nguyên (Chiêm Hóa), Kim Quan (Yên Sơn), Hồng Lạc và Ninh Lai (Sơn Dương), Kim Phú (T.P Tuyên Quang); 2 xã phấn đấu đạt chuẩn NTM kiểu mẫu gồm:',
    [], ['8.2'], "the province's new-countryside goals of 2022 on a commune page: a programme")
doc('q184', 'E-027', 'https://baothanhhoa.vn/muc-tieu-tang-truong-grdp-nam-2026-cua-cac-tinh-thanh-pho-276845.htm',
    '', 'Mục tiêu tăng trưởng GRDP năm 2026 của các tỉnh, thành phố',
    'Chính phủ yêu cầu các cấp, các ngành, các địa phương tập trung chỉ đạo, điều hành thực hiện mục tiêu tăng trưởng GDP cả nước năm 2026 phấn đấu từ 10% trở lên. Chính phủ ban hành Nghị quyết số 01/NĐ-CP ngày 8/1/2026 về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế-xã hội và dự toán ngân sách nhà nước năm 2026. Theo đó, Chính phủ yêu cầu các cấp, các ngành, các địa phương tập trung chỉ đạo, điều hành thực hiện mục tiêu tăng trưởng GDP cả nước năm 2026 phấn đấu từ 10% trở lên.',
    [], ['8.2'], "the Government's resolution 01 and all provinces' growth goals of 2026: national")
doc('q185', 'E-029', 'https://dantri.com.vn/kinh-doanh/viet-nam-dat-muc-tieu-gdp-binh-quan-8500-usdnguoi-vao-nam-2030-20251007144945804.htm',
    '', 'GDP bình quân đạt 8.500 USD/người vào năm 2030',
    'Chính phủ vừa ban hành Nghị quyết số 306 về điều chỉnh Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050. Mục tiêu tổng quát là phấn đấu đến năm 2030, Việt Nam là nước đang phát triển có công nghiệp hiện đại, thu nhập trung bình cao; xác lập mô hình tăng trưởng mới; có mạng lưới kết cấu hạ tầng cơ bản đồng bộ, hiện đại… Về kinh tế, Chính phủ đặt mục tiêu phấn đấu tốc độ tăng trưởng tổng sản phẩm trong nước (GDP) bình quân đạt trên 8%/năm thời kỳ 2021-2030.',
    [], ['8.2'], "the Government's adjusted national master plan: national")
doc('q186', 'B-005', 'https://baodanang.vn/khcn/202405/tap-trung-thuc-hien-nhiem-vu-chuyen-doi-so-nam-2024-3971809',
    'Đà Nẵng', '',
    'Theo Kế hoạch số 93/KH-UBND ngày 15-4-2024 của UBND thành phố về triển khai các nhiệm vụ chuyển đổi số trên địa bàn năm 2024 có 48 chỉ tiêu chuyển đổi số cần thực hiện trong năm, qua đó tập trung khai phá những động lực tăng trưởng mới. Các lập trình viên tham gia cuộc thi AI Hackathon do Vườn ươm doanh nghiệp Đà Nẵng phối hợp với Google Developer Group MienTrung và Sở Khoa học và Công nghệ tổ chức cuối năm 2023. Ảnh:',
    ['DTI.1', '7.1'], ['7.3'], "news presenting the city's DX plan of 2024 (93/KH-UBND, 48 targets), then its results: DTI.1 + 7.1 (the document h070 holds; a news page, not a copy)")
doc('q187', 'J-341', 'https://baohatinh.vn/tp-ha-tinh-khoi-dong-som-cho-muc-tieu-tang-truong-12-post282892.html',
    'Hà Tĩnh', 'TP Hà Tĩnh khởi động sớm cho mục tiêu tăng trưởng 12%',
    '(Baohatinh.vn) - Ngay từ đầu năm, các địa phương của TP Hà Tĩnh đã bám sát các nhiệm vụ trọng tâm, sôi nổi thi đua cho mục tiêu tăng trưởng tổng giá trị sản phẩm năm 2025 đạt 12%. bqbht_br_1c.jpg 2 tháng đầu năm 2025, tình hình KT-XH ổn định; thu ngân sách đến ngày 31/1 đạt 100,695 tỷ đồng. Hộ Độ là một trong 14 xã vừa được sáp nhập vào TP Hà Tĩnh từ ngày 1/1/2025 vừa qua. Ngay từ đầu năm, địa phương đã tạo dấu ấn khi vừa được UBND tỉnh ban hành quyết định công nhận xã đạt chuẩn NTM nâng cao.',
    [], ['8.2'], "a provincial city's communes starting the year: issuer level")
doc('q188', 'G-019', 'https://baonghean.vn/hoan-thanh-xay-dung-van-hanh-trung-tam-giam-sat-dieu-hanh-thong-minh-tinh-nghe-an-trong-thang-9-10306202.html',
    'Nghệ An', '',
    'Thời sự Hoàn thành xây dựng, vận hành Trung tâm Giám sát, điều hành thông minh tỉnh Nghệ An trong tháng 9 Sau 3 năm triển khai Nghị quyết 09 của Tỉnh ủy về chuyển đổi số, đến nay đã hoàn thành 11/11 mục tiêu về chính quyền số, 5/6 mục tiêu về kinh tế số và 3/3 mục tiêu về xã hội số. Ngày 5/8/2022, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 09-NQ/TU về chuyển đổi số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030. Sau 3 năm triển khai đã đạt nhiều kết quả tích cực.',
    [], ['DTI.1', '7.1'], "three-year results of the party's DX resolution, its smart operations centre in the headline: results with the act as frame (s004); finishing the centre is a result, not an act")
doc('q189', 'A-082', 'http://moc.gov.vn/vn/tin-tuc/1305/67723/3-tru-cot-trong-phat-trien-chinh-quyen-so-o-thua-thien-hue.aspx',
    'Thừa Thiên Huế', '',
    'Thực hiện chương trình chuyển đổi số, tỉnh Thừa Thiên Huế đang tập trung vào 3 trụ cột gồm Phát triển chính quyền số; Xây dựng xã hội số; Phát triển kinh tế số trong các ngành, lĩnh vực. Hiện nay, tỉnh này tích cực triển khai các giải pháp, ứng dụng công nghệ thông tin nhằm đẩy nhanh quá trình thực hiện chương trình chuyển đổi số theo lộ trình đề ra. Tại tỉnh Thừa Thiên Huế, hiện có hơn 5.000 doanh nghiệp đang hoạt động, trong đó, doanh nghiệp dịch vụ nhỏ và siêu nhỏ chiếm đến 97%.',
    [], ['DTI.1'], "the construction ministry's site on the province's DX pillars naming no act")
doc('q190', 'J-411', 'https://dantri.com.vn/thoi-su/ha-noi-don-nhan-huan-chuong-lao-dong-hang-nhat-20250926165405812.htm',
    'Hà Nội', '',
    'Ngày 26/9, TP Hà Nội tổ chức lễ công bố quyết định của Thủ tướng công nhận Hà Nội hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2024 và quyết định của Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất cho Đảng bộ, chính quyền và nhân dân thành phố. Thu nhập bình quân khu vực nông thôn ở Hà Nội tăng từ 13 triệu đồng/người/năm (2010) lên 74,3 triệu đồng/người/năm (2024), đứng đầu cả nước. Hà Nội không còn hộ nghèo. Cùng với đó, hạ tầng nông thôn của Hà Nội cũng phát triển đồng bộ, hiện đại.',
    [], ['8.2'], "the Prime Minister's recognition of the city's new-countryside completion: another level's act")
doc('q191', 'G-017', 'https://muonglat.thanhhoa.gov.vn/portal/pages/print.aspx?p=6517',
    'Thanh Hóa', '',
    'Giao chỉ tiêu thực hiện chuyển đổi số cấp huyện, cấp xã trên địa bàn tỉnh Thanh Hóa giai đoạn 2022-2025. Ngày 18/3/2022, Chủ tịch UBND tỉnh Thanh Hóa ban hành Quyết định số 969/QĐ-UBND về việc giao chỉ tiêu thực hiện chuyển đổi số cấp huyện, cấp xã trên địa bàn tỉnh Thanh Hóa giai đoạn 2022-2025. Cụ thể như sau 1. Chuyển đổi số cấp huyện Đến năm 2025, hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố: Thành phố Thanh Hoá, thành phố Sầm Sơn, thị xã Bỉm Sơn, thị xã Nghi Sơn; các huyện:',
    ['DTI.1', '7.1'], ['8.2'], "a district's site relays the chairman's decision assigning DX targets to the province's districts and communes 2022-2025 (969/QĐ-UBND): DTI.1 + 7.1 (hard call: a province-wide DX act setting the local levels' targets is the province's DX plan, the issuer decides; not the communes' own plans, r116)")
doc('q192', 'A-048', 'https://tpdienbienphu.dienbien.gov.vn/portal/pages/print.aspx?p=42773',
    'Điện Biên', 'Đẩy mạnh chuyển đổi số tạo động lực để phát triển toàn diện',
    'Cũng như các địa phương khác trong cả nước, Điện Biên xác định Chuyển đổi số là một trong những nhiệm vụ trọng tâm, khâu đột phá trong giai đoạn hiện nay của tỉnh. Với tinh thần thực hiện chuyển đổi số trên tất cả các lĩnh vực, lấy người dân, doanh nghiệp là trung tâm phục vụ, chuyển đổi số đã mang lại nhiều kết quả quan trọng, tạo đột phá trong phát triển kinh tế - xã hội, phát triển toàn diện.',
    [], ['DTI.1', '7.1'], "a feature on the province's DX results; its DX resolution is named after the DTI rank (q027)")
doc('q193', 'F-074', 'https://nguoitaybac.vn/c/doi-song?page=156',
    '', 'Phê duyệt danh sách 74 huyện nghèo, 54 xã đặc biệt khó khăn',
    'Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh đã ký Quyết định số 353/QĐ-TTg phê duyệt Danh sách 74 huyện nghèo và 54 xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo giai đoạn 2021 – 2025.',
    [], ['8.2'], "the Prime Minister's list of poor districts: national")
doc('q194', 'J-226', 'https://thoibaotaichinhvietnam.vn/dien-bien-thanh-qua-giam-ngheo-ben-vung-nhiem-ky-2020-2025-186600.html',
    'Điện Biên', '',
    '(TBTCO) - Giai đoạn 2020-2025, nhìn lại chặng đường đã qua, Đảng bộ, chính quyền và Nhân dân tỉnh Điện Biên đã nỗ lực không ngừng, đạt được nhiều thành quả đáng ghi nhận, trong đó cần kể đến công tác giảm nghèo bền vững. Năm 2025, tỷ lệ hộ nghèo đa chiều giảm còn hơn 17% Trong nhiệm kỳ 2020-2025, tỉnh Điện Biên đã có bước phát triển toàn diện về kinh tế - xã hội, chăm lo đời sống đồng bào dân tộc thiểu số. Cây cà phê góp phần giúp người dân phát triển kinh tế. Ảnh: TL Theo UBND tỉnh Điện Biên cho biết:',
    [], ['8.2'], 'poverty-reduction results of the term: a programme')
doc('q195', 'A-013', 'https://diaocthoibao.com/thai-nguyen-lien-tuc-giu-vi-tri-cao-tren-bang-xep-hang-cai-cach-hanh-chinh.html',
    'Thái Nguyên', '',
    'Trước đó, theo thông tin công bố Chỉ số hiệu quả quản trị, hành chính công cấp tỉnh PAPI năm 2023, tỉnh Thái Nguyên đạt 45,7875 điểm, vươn lên vị trí thứ 2 cả nước. Trong đó, 6/8 chỉ số được xếp vào nhóm cao nhất. Kết quả cải cách hành chính các địa phương đạt được trong năm 2023 khá toàn diện trên mọi lĩnh vực. Theo đánh giá, Chỉ số cải cách hành chính các tỉnh, thành phố đã quay trở lại quỹ đạo tăng trưởng tích cực, giá trị bình quân năm 2023 đạt 86,98%, cao hơn 2,19% so với năm 2022;',
    [], ['PAPI.1', '1.7'], 'the PAPI and PAR 2023 rankings told by a property paper: rankings published by others')
doc('q196', 'E-001', 'https://cafef.vn/an-giang-tang-toc-cai-cach-hanh-chinh-tren-nen-tang-so-188251124090008618.chn',
    'An Giang', '',
    'Đoàn kiểm tra công tác CCHC năm 2025 của tỉnh An Giang do Phó Giám đốc Sở KH&CN Nguyễn Thanh Hải làm trưởng đoàn khảo sát, làm việc tại phường Bình Đức - Ảnh: VGP/LS Hợp nhất hệ thống, thông suốt dữ liệu, phục vụ người dân Báo cáo công tác tháng 10 và 10 tháng năm 2025 của UBND tỉnh An Giang nhấn mạnh, CCHC gắn với hiện đại hóa là nhiệm vụ xuyên suốt, là "đòn bẩy" cho tăng trưởng.',
    [], ['1.2', '1.3'], "a national paper quotes the province's ten-month work report on CCHC and digital systems: a general monthly report is not the periodic CCHC report; the caption's inspection team is not the subject")
doc('q197', 'J-320', 'https://hue.gov.vn/Trang-ch%e1%bb%a7/S%e1%bb%b1-ki%e1%bb%87n-n%e1%bb%95i-b%e1%ba%adt-h%c3%a0ng-n%c4%83m/T%e1%bb%95ng-%c4%91i%e1%bb%81u-tra-kinh-t%e1%ba%bf-v%c3%a0-%c4%90i%e1%bb%81u-tra-c%c6%a1-s%e1%bb%9f-h%c3%a0nh-ch%c3%adnh-n%c4%83m-2021/Th%c3%b4ng-tin-t%e1%bb%95ng-%c4%91i%e1%bb%81u-tra-kinh-t%e1%ba%bf-v%c3%a0-%c4%90i%e1%bb%81u-tra-c%c6%a1-s%e1%bb%9f-h%c3%a0nh-ch%c3%adnh-n%c4%83m-2021/tid/Tinh-hinh-thuc-hien-ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2024/newsid/1EEFF18B-6636-4DC4-B25F-B25600F8CFEC/cid/395594F8-46AE-473B-9FC2-B124010A2EB0',
    'Thừa Thiên Huế', '',
    '(Theo Báo cáo số 571/BC-UBND ngày 28/11/2024 của UBND tỉnh) I. TÌNH HÌNH KINH TẾ XÃ HỘI ƯỚC THỰC HIỆN NĂM 2024 Nghị quyết số 34/2023/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2024 đã đề ra 15 chỉ tiêu, dự ước đến cuối năm 2024 có 14/15 chỉ tiêu chủ yếu đạt kế hoạch đề ra, 01/15 chỉ tiêu không đạt (GRDP bình quân đầu người) và 01 chỉ tiêu thành phần không đạt (giảm tỷ lệ số người chết do tai nạn giao thông), cụ thể như sau:',
    ['8.2'], ['6.1'], "the people's committee's report on the 2024 socio-economic plan (571/BC-UBND), plan against estimated results: 8.2 (x163)")
doc('q198', 'F-030', 'https://baotuyenquang.com.vn/kinh-te/trang-29.html',
    'Tuyên Quang', 'Tuyên Quang phát động Tết trồng cây Xuân Ất Tỵ năm 2025',
    'Nhằm phát huy truyền thống tốt đẹp và hưởng ứng phong trào thi đua chào mừng Đại hội Đảng các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động Tết trồng cây Xuân Ất Tỵ năm 2025 (Kế hoạch số 08/KH-UBND).',
    [], ['8.2'], "a listing teaser of the province's tree-planting festival plan: no criterion's subject")
doc('q199', 'A-159', 'https://tapchicuaviet.com.vn/gop-y-du-thao/du-thao-bao-cao-chinh-tri-cua-ban-chap-hanh-dang-bo-tinh-quang-tri-khoa-xvi-tai-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xvii-nhiem-ky-2020-2025-phan-tiep-theo-12384.html',
    'Quảng Trị', '',
    'II. NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN 1. Những hạn chế, khuyết điểm 1.1. Kinh tế giữ được tốc độ tăng trưởng khá nhưng có một số nội dung chưa đạt chỉ tiêu Nghị quyết Đại hội XVI đề ra58. Chất lượng tăng trưởng chưa thực sự bền vững, chưa đáp ứng yêu cầu thu hẹp khoảng cách so với khu vực và cả nước; quy mô nền kinh tế còn nhỏ, sức cạnh tranh thấp.',
    [], ['8.2'], 'a draft political report of the party congress: a draft and a term (g044)')
doc('q200', 'J-440', 'https://plo.vn/tay-ninh-dat-muc-tieu-tang-truong-grdp-2-con-so-ngay-nam-dau-nhiem-ky-post892292.html',
    'Tây Ninh', 'Tây Ninh đặt mục tiêu tăng trưởng GRDP 2 con số ngay năm đầu nhiệm kỳ 20/01/2026 15:31',
    'Ngày 20-1, Chủ tịch UBND tỉnh Tây Ninh Lê Văn Hẳn có văn bản chỉ đạo các Sở, ban, ngành, các cơ quan ngành dọc, UBND các phường, xã trên địa bàn tỉnh về kịch bản tăng trưởng (GRDP) năm 2026. Theo văn bản, năm 2026 được xác định là năm có ý nghĩa bản lề, mở đầu cho giai đoạn thực hiện Kế hoạch phát triển kinh tế – xã hội 5 năm 2026–2030.',
    ['8.2'], ['PCI.1'], "the chairman's letter setting the province's growth scenario of 2026 for its departments and communes: its plan of the year, 8.2 (as s106)")


if __name__ == "__main__":
    out = Path(__file__).with_name("fresh25.jsonl")
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in D), encoding="utf-8")
    print(f"{len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs -> {out.name}")
