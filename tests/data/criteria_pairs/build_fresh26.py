"""Writes fresh26.jsonl: an eighth set of fresh labelled pages (session 26, issue 15), a test set the mapping rules and
the shipped ranker were not written from; it is not in the trainer's loader and must stay out of it.
Source: pages of the extraction corpus (`tests/data/devset/cases.jsonl`, `tests/data/corpus/part-{A,B,D,E,F,G,H}.jsonl`
and `part-J1`..`J6`; never parts I or K) whose URL is in none of the ten older pair files (host without
`www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query), drawn by a seeded random sample, not by topic: draw_fresh26.py
shuffles the 517 such pages with `random.Random(2027)`, walks them in that order, keeps at most three pages per site,
skips pages whose excerpt shows neither title nor subject and second copies of an already kept or older document, and
stops at 200 kept pages (the README says what was skipped). The corpus labels targets, never criteria. The excerpt
(title; the page's lead, or the official text's header, số, date and trích yếu, about 450 characters) was cut from the
corpus text by draw_fresh26.py, then read and labelled by hand, model-blind: no mapper, ranker or extractor was run on
any page before this file was committed with its labels. `corpus_id` names the corpus page each line came from (its
text is embedded here, so later corpus edits cannot move the numbers). Labels follow the README's rules, "Overlapping
criteria: one rule for all three files" and the fresh19-25 rules included. Run it to regenerate fresh26.jsonl."""
import json
from pathlib import Path

D = []


def doc(id, corpus_id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note, "corpus_id": corpus_id})

doc('n001', 'J-417', 'https://plo.vn/dong-nai-xep-thu-3-ca-nuoc-ve-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-post868015.html',
    'Đồng Nai', 'Đồng Nai xếp thứ 3 cả nước về chỉ số phục vụ người dân, doanh nghiệp 28/08/2025 17:34',
    '(PLO)- Tỉnh Đồng Nai là địa phương vươn lên xếp thứ 3/34 tỉnh, thành phố trong cả nước về chỉ số phục vụ người dân, doanh nghiệp theo đánh giá của Cổng dịch vụ công quốc gia. Chiều 28- 8, UBND tỉnh Đồng Nai cho biết, địa phương vươn lên xếp thứ 3/34 tỉnh, thành phố trong cả nước về chỉ số phục vụ người dân, doanh nghiệp theo đánh giá của Cổng dịch vụ công quốc gia.',
    [], ['3.5', '3.3'], "the province's monthly place on the national portal's service index: a ranking published by others (g032)")
doc('n002', 'F-006', 'https://baodautu.vn/tien-giang-muon-vao-top-30-ve-chi-so-cai-cach-quan-ly-canh-tranh-d152079.html',
    'Tiền Giang', '',
    'Phó Chủ tịch UBND tỉnh Tiền Giang Trần Văn Dũng vừa ký ban hành Kế hoạch nâng cao Chỉ số cải cách hành chính, Chỉ số hiệu quả quản trị và hành chính công và Chỉ số năng lực cạnh tranh của tỉnh Tiền Giang năm 2021 và những năm tiếp theo. Trong năm 2020, Chỉ số cải cách hành chính (PAR Index) của tỉnh Tiền Giang xếp hạng 57/63 tỉnh, thành phố, đạt 80,89%; Chỉ số hiệu quả quản trị và hành chính công (PAPI) xếp hạng 52/63 tỉnh, thành phố, đạt 42.295 điểm;',
    ['1.5', 'PAPI.1', 'PCI.1'], ['1.1', 'SIPAS.1'], "the province's plan to raise its PAR Index, PAPI and PCI from 2021: 1.5 (r038) + PAPI.1 + PCI.1 (r039, r035); no survey is organised, so not SIPAS.1")
doc('n003', 'A-094', 'http://quangbinh.tintuc.vn/tin-tuc/quang-binh-chi-so-par-index-2019-xep-thu-3663-tinh-thanh-pho.html',
    'Quảng Bình', 'Quảng Bình: Chỉ số PAR index 2019 xếp thứ 36/63 tỉnh, thành phố',
    'Theo công bố của Ban Chỉ đạo Cải cách hành chính (CCHC) của Chính phủ về Chỉ CCHC năm 2019 của các bộ, cơ quan ngang bộ, UBND tỉnh, thành phố trực thuộc Trung ương (PAR index) và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2019, tỉnh Quảng Bình vẫn chưa có được sự cải thiện đáng kể về thứ hạng. Cụ thể, đối với Chỉ số PAR index 2019, tỉnh Quảng Bình đạt 80.80 điểm, xếp thứ 36/63 tỉnh, thành phố trong cả nước, chỉ tăng 1 bậc so với năm 2018.',
    [], ['SIPAS.2', '1.1'], "PAR INDEX and SIPAS 2019 published by the Government's steering committee, relayed: a ranking published by others")
doc('n004', 'H-065', 'https://doanhnghieptiepthi.vn/ha-noi-xep-thu-3-ca-nuoc-ve-chi-so-cai-cach-hanh-chinh-161250406224503325.htm',
    'Hà Nội', 'Hà Nội xếp thứ 3 cả nước về Chỉ số cải cách hành chính',
    'Theo công bố của Bộ Nội vụ ngày 6/4, TP Hải Phòng đứng đầu cả nước về chỉ số cải cách hành chính (PAR Index 2024), xếp thứ hai là Bà Rịa - Vũng Tàu, TP Hà Nội xếp thứ ba về chỉ số cải cách hành chính. Năm 2024 là năm thứ 13, Bộ Nội vụ triển khai đánh giá, xác định Chỉ số cải cách hành chính của các tỉnh.',
    [], ['1.7', '1.1'], "the ministry's PAR INDEX 2024 told from the city's rank: a ranking published by others")
doc('n005', 'J-342', 'https://vneconomy.vn/ha-tinh-dat-muc-tieu-tang-truong-2-chu-so-grdp-binh-quan-dat-168-trieu-dong.htm',
    'Hà Tĩnh', '',
    'Ngày 1/10, tại thành phố Hà Tĩnh, Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030 chính thức khai mạc. Báo cáo chính trị do Bí thư Tỉnh ủy Nguyễn Duy Lâm trình bày đã khẳng định kết quả ấn tượng giai đoạn 2020-2025 với mức tăng trưởng kinh tế bình quân 6,4%/năm, GRDP bình quân đầu người đạt 94 triệu đồng, kim ngạch xuất khẩu 11 tỷ USD. Đại hội đặt ra mục tiêu mới:',
    [], ['8.2'], 'the party congress and its term goals (g044)')
doc('n006', 'D-016', 'https://vietnamnet.vn/chuyen-doi-so-o-yen-bai-nhung-buoc-tien-manh-me-2171592.html',
    'Yên Bái', '',
    'Thành quả ấn tượng Tỉnh Yên Bái xác định chuyển đổi số (CĐS) là một trong những giải pháp đột phá để phát triển kinh tế - xã hội, là cơ hội để một tỉnh nghèo dù “đi sau” nhưng có thể “đuổi kịp, tiến cùng”, rút ngắn khoảng cách phát triển so với các tỉnh, thành phố khác trong cả nước. Theo lãnh đạo tỉnh, thời gian qua Yên Bái đã đặt quyết tâm chính trị cao độ, tích cực, chủ động, mạnh dạn tìm hướng đi mới, quyết liệt trong lãnh đạo, chỉ đạo, thực hiện nhiệm vụ CĐS.',
    [], ['DTI.1', '7.1'], 'a DX results feature naming no act')
doc('n007', 'J-427', 'https://thuonghieuvasacdep.com/kien-giang-don-hon-75-trieu-luot-du-khach-trong-nam-2022/',
    'Kiên Giang', 'KIÊN GIANG ĐÓN HƠN 7,5 TRIỆU LƯỢT DU KHÁCH TRONG NĂM 2022',
    'Năm 2022 tỉnh Kiên Giang đã tập trung tối đa các nguồn lực, giải pháp để phục hồi và phát triển hoạt động du lịch, thu về những kết quả khả quan. Theo thống kê, năm 2022, đãcó hơn 7,5 triệu lượt khách du lịch đến Kiên Giang, vượt hơn 35% kế hoạch năm. Trong đó khách quốc tế đón trên 223.000 lượt, doanh thu từ du lịch đạt hơn 10.500 tỉ đồng, vượt 36,7% kế hoạch năm. Có thể là hình ảnh về thiên nhiên Năm 2023, tỉnh Kiên Giang đặt mục tiêu đón 8,3 triệu lượt du khách đến tham quan, du lịch.',
    [], ['8.2'], "the tourism sector's year results and goal: a sector")
doc('n008', 'D-059', 'https://thitruongthegioi.com/tuyen-quang-day-manh-chuyen-doi-so-tai-cap-xa-theo-nghi-quyet-57',
    'Tuyên Quang', '',
    'Chủ tịch UBND tỉnh Tuyên Quang đã có chỉ đạo quyết liệt nhằm đẩy mạnh chuyển đổi số trên địa bàn, bảo đảm sự đồng bộ và liên thông dữ liệu tại cấp xã. Mục tiêu chính là triển khai thực hiện Nghị quyết số 57/NQ-CP và Kế hoạch số 02-KH/BCĐTW về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.',
    [], ['DTI.1', '7.1'], "hard call: the chairman's direction letter to departments and communes on DX at commune level (data, workflows, online services) assigns the central resolutions and names no plan or targets of the province: not the DX plan (r186), not q191's target decision")
doc('n009', 'J-516', 'https://hethongphapluat.vn/quyet-dinh-1240-qd-ubnd-nam-2023-phe-duyet-ke-hoach-thuc-hien-chuong-trinh-phat-trien-lam-nghiep-ben-vung-tinh-tra-vinh-giai-doan-2023-2025.html',
    'Trà Vinh', '',
    'ỦY BAN NHÂN DÂN TỈNH TRÀ VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1240/QĐ-UBND Trà Vinh, ngày 16 tháng 8 năm 2023 QUYẾT ĐỊNH PHÊ DUYỆT KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN LÂM NGHIỆP BỀN VỮNG TỈNH TRÀ VINH GIAI ĐOẠN 2023 - 2025 ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    [], ['8.2'], "a forestry programme's plan 2023-2025: a sector")
doc('n010', 'J-520', 'https://tuyphong.binhthuan.gov.vn/1347/33936/66979/615090/xa-phu-lac/phu-lac-to-chuc-ky-hop-chuyen-de-hoi-dong-nhan-dan-khoa-xii.aspx',
    'Bình Thuận', 'PHÚ LẠC TỔ CHỨC KỲ HỌP CHUYÊN ĐỀ HỘI ĐỒNG NHÂN DÂN KHÓA XII',
    'Sáng ngày 29/3/2022, tại Hội trường UBND xã Phú Lạc, Hội đồng nhân dân (HĐND) xã Phú Lạc - Khóa XII, đã tổ chức kỳ họp chuyên đề để báo cáo công tác quản lý và điều hành dự toán thu, chi ngân sách địa phương năm 2021; thảo luận và thông qua Nghị quyết về điều chỉnh các chỉ tiêu Kinh tế - Xã hội năm 2021; thảo luận và thông qua Nghị quyết về phê chuẩn quyết toán thu ngân sách nhà nước trên địa bàn và thu, chi ngân sách địa phương năm 2021;',
    [], ['6.1', '8.2'], "a commune council's budget session: a commune's act")
doc('n011', 'J-116', 'https://dongthap.gov.vn/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/14547508?plidlayout=10489',
    'Đồng Tháp', '',
    'Xuất bản thông tin null Xây dựng nông thôn mới hướng đến tăng thu nhập cho người dân Xây dựng nông thôn mới hướng đến tăng thu nhập cho người dân Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình Mục tiêu quốc gia Xây dựng nông thôn mới trên địa bàn tỉnh Đồng Tháp giai đoạn 2021 – 2025. Trong đó, phấn đấu đến năm 2025 có ít nhất 90% xã đạt chuẩn nông thôn mới (ít nhất 30% xã đạt chuẩn nông thôn mới nâng cao và 10% xã nông thôn mới nâng cao đạt chuẩn xã nông thôn mới kiểu mẫu).',
    [], ['8.2'], "the new-countryside programme's plan 2021-2025: a programme")
doc('n012', 'J-521', 'https://nongthon.vn/nongnghiep360/phat-trien-san-pham-ocop-gop-phan-nang-cao-thu-nhap-cua-nguoi-dan.html',
    'Đồng Tháp', '',
    'Sản phẩm “Gạo Ngọc đỏ hương dứa” (đạt chứng nhận OCOP 3 sao) của Hợp tác xã Giống nông nghiệp Định An, huyện Lấp Vò được người tiêu dùng ưa chuộng Kế hoạch hướng đến mục tiêu chung là phát triển sản phẩm OCOP nhằm khơi dậy tiềm năng, lợi thế khu vực nông thôn, nâng cao thu nhập của người dân; góp phần tiếp tục cơ cấu lại ngành nông nghiệp gắn với phát triển tiểu thủ công nghiệp, ngành nghề, dịch vụ và du lịch nông thôn.',
    [], ['8.2'], 'an OCOP product plan: a programme')
doc('n013', 'A-260', 'https://baovannghe.vn/ninh-binh-dinh-hinh-mo-hinh-chinh-quyen-so-lien-thong-23238.html',
    'Ninh Bình', '',
    'Ngay sau khi Ban Chỉ đạo Trung ương về phát triển KHCN, đổi mới sáng tạo và chuyển đổi số ban hành Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025, tỉnh Ninh Bình đã nhanh chóng vào cuộc. Sở Khoa học và Công nghệ là cơ quan chủ lực triển khai việc hợp nhất hạ tầng công nghệ thông tin, phần mềm dùng chung, đảm bảo sự liên thông, thống nhất và an toàn thông tin khi mô hình tỉnh mới đi vào hoạt động từ 1/7/2025. Chính quyền số hai cấp phải đồng bộ hạ tầng, kết nối dữ liệu, phục vụ nhân dân.',
    [], ['7.1', 'DTI.1'], 'the S&T department merging IT systems of the merged province, naming only the central plan 02-KH/BCĐTW: no act of the province')
doc('n014', 'F-029', 'http://www.hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2025-trien-khai-phong-trao-thi-dua-ca-nuoc-thi-dua-doi-moi-sang-tao-va-chuyen-doi-so-tren-dia-ban-tinh-thanh-hoa.html',
    'Thanh Hóa', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 130/KH-UBND Thanh Hoá, ngày 27 tháng 6 năm 2025 KẾ HOẠCH TRIỂN KHAI PHONG TRÀO THI ĐUA “CẢ NƯỚC THI ĐUA ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ” TRÊN ĐỊA BÀN TỈNH THANH HÓA Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” (sau đây viết tắt là Phong trào thi đua), Ủy ban nhân …',
    [], ['DTI.1', '7.1'], "hard call: the province's plan deploying the national emulation movement 'innovation and DX' (923/QĐ-TTg) is an emulation plan, not the DX plan (as the contest p024, the DX-day events r115)")
doc('n015', 'J-118', 'https://nongthonmoi.hatinh.gov.vn/Ngoai-tinh-144/Dong-Thap-cong-nhan-them-5-xa-NTM-75262.html',
    'Đồng Tháp', '',
    'Xây dựng NTM ở Đồng Tháp Hiện các xã này đều đạt 19/19 tiêu chí NTM, không có tình trạng nợ đọng xây dựng cơ bản, thu nhập bình quân đầu người từ 37,3 triệu đồng/người/năm đến 37,9 triệu đồng/người/năm trở lên, tỷ lệ hộ nghèo được kéo giảm, hiện còn từ 3,13 - 3,75%... Đến cuối năm 2017, Đồng Tháp có 32 xã được công nhận đạt chuẩn NTM, cộng với 5 xã trên nâng tổng số xã NTM của tỉnh lên 37 xã.',
    [], ['8.2'], "new-countryside communes of 2017 on another province's portal: a programme")
doc('n016', 'B-154', 'https://tienphong.vn/so-hoa-voi-tu-duy-tam-nhin-va-hanh-dong-moi-tai-quang-ngai-post1816466.tpo',
    'Quảng Ngãi', 'Số hóa với tư duy, tầm nhìn và hành động mới tại Quảng Ngãi',
    'TP - Với khát vọng trở thành tỉnh phát triển khá toàn diện, tỉnh Quảng Ngãi đang có những bước tăng tốc mạnh mẽ trên hành trình chuyển đổi số. Lấy công nghệ số làm động lực phát triển kinh tế, từ đó đồng bộ hóa các giải pháp chuyển đổi số toàn diện, thực hiện mục tiêu trở thành cực tăng trưởng tại khu vực miền Trung – Tây Nguyên. ĐỘT PHÁ TRONG CHUYỂN ĐỔI SỐ Ở QUẢNG NGÃI Một góc TP Quảng Ngãi. Ảnh:',
    [], ['DTI.1'], 'a DX feature naming no act')
doc('n017', 'D-023', 'https://vccinews.vn/news/44753/thuc-day-chuyen-doi-so-toan-dien.html',
    'Tiền Giang', '',
    '15:44:05 3/10/2022 Những năm trở lại đây, Tiền Giang là một trong những tỉnh nằm trong tốp 10 của cả nước về chỉ số Sẵn sàng ứng dụng và Phát triển công nghệ thông tin và truyền thông (ICT Index). Tỉnh đang đẩy mạnh xây dựng chính quyền điện tử, hướng tới xây dựng chính quyền số, phát triển kinh tế số, xã hội số theo lộ trình linh hoạt và phát triển chuyển đổi số (CĐS) toàn diện.',
    [], ['DTI.1', '7.1'], 'ICT Index rank and DX features: a ranking and results, no act')
doc('n018', 'G-048', 'https://baothanhhoa.vn/xa-ho-vuong-trien-khai-nhiem-vu-nam-2026-273173.htm',
    'Thanh Hóa', 'Xã Hồ Vương triển khai nhiệm vụ năm 2026',
    'Ngày 26/12, HĐND xã Hồ Vương tổ chức kỳ họp thứ ba (kỳ họp thường lệ cuối năm 2025) nhằm đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025; đồng thời thống nhất mục tiêu, nhiệm vụ và các giải pháp chủ yếu năm 2026. Các đại biểu thực hiện nghi thức chào cờ. Tại kỳ họp, HĐND xã đã xem xét, thảo luận và thông qua các báo cáo quan trọng, gồm: Báo cáo kết quả thực hiện nhiệm vụ, mục tiêu phát triển kinh tế – xã hội, quốc phòng - an ninh năm 2025;',
    [], ['8.2'], "a commune council's year-end session: a commune's act")
doc('n019', 'A-072', 'https://www.tapchicongsan.org.vn/web/guest/thuc-tien-kinh-nghiem1/-/2018/913103/thanh-pho-ha-noi-tap-trung-day-manh-cai-cach-hanh-chinh.aspx',
    'Hà Nội', '',
    'Thành phố Hà Nội tập trung đẩy mạnh cải cách hành chính TS TRẦN THANH HUYỀN Đại học Quốc gia Hà Nội 00:42, ngày 15-04-2024 TCCS - Thành phố Hà Nội đã và đang tập trung đẩy mạnh cải cách hành chính, hướng tới mục tiêu xây dựng nền hành chính dân chủ, hiện đại, nền công vụ chuyên nghiệp, kỷ luật, kỷ cương, đáp ứng ngày càng tốt hơn yêu cầu của nhân dân và xã hội.',
    [], ['1.1'], "a scholar's article on the city's CCHC: research")
doc('n020', 'J-225', 'https://nhandan.vn/ung-dung-cong-nghe-trong-xay-dung-nong-thon-moi-post773894.html',
    'Bắc Giang', '',
    '1 Đầu tháng 5/2023, Ủy ban nhân dân tỉnh Bắc Giang ban hành Kế hoạch 20/KH-UBND về thực hiện Chương trình chuyển đổi số trong xây dựng nông thôn mới, hướng tới nông thôn mới thông minh trên địa bàn tỉnh Bắc Giang, giai đoạn 2023-2025. Mục đích nhằm đẩy mạnh chuyển đổi số, ứng dụng công nghệ số;',
    [], ['DTI.1', '7.1'], "the province's plan for DX in new-countryside building (20/KH-UBND): one programme's digital plan, neither (k004, t063)")
doc('n021', 'D-065', 'https://tracuuquyhoach.com/tin-tuc/chuyen-doi-so-o-binh-phuoc-tu-khat-vong-den-hanh-dong-51552757',
    'Bình Phước', '',
    'Chuyển đổi số ở Bình Phước: Từ khát vọng đến hành động Chuyển đổi số ở Bình Phước: Từ khát vọng đến hành động 8 giờ trướcBài gốc Những bước tiến và thách thức trong chuyển đổi số Những năm qua, Bình Phước đạt được nhiều thành tựu quan trọng trong lộ trình CĐS. Tỉnh được vinh danh tại Giải thưởng CĐS Việt Nam 2023 với giải pháp “Hệ thống thông tin nguồn tỉnh Bình Phước” và nhận Giải thưởng ASOCIO 2024 cho hạng mục Chính quyền số xuất sắc.',
    [], ['DTI.1'], 'a DX feature (awards, rankings) naming no act')
doc('n022', 'B-098', 'https://vietnamnet.vn/ben-tre-tich-cuc-chuyen-doi-so-vi-loi-ich-thiet-thuc-cua-nguoi-dan-doanh-nghiep-2077714.html',
    'Bến Tre', '',
    'Đẩy mạnh thực hiện 3 trụ cột chính về chuyển đổi số Hiện nay, tỉnh đang thực hiện Đề án Chuyển đổi số giai đoạn 2020-2025, tầm nhìn đến năm 2030. Đề án đặt mục tiêu đến năm 2025, 100% dịch vụ công trực tuyến (DVCTT) đảm bảo mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động; 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước);',
    ['DTI.1', '7.1'], ['7.3'], "news presenting the targets of the province's DX project 2020-2025 (online services, e-documents, digital economy) before two years' results: DTI.1 + 7.1 (r118, q004)")
doc('n023', 'J-305', 'https://www.vietnamplus.vn/phan-dau-den-nam-2030-lam-dong-tro-thanh-tinh-phat-trien-kha-cua-ca-nuoc-post1075542.vnp',
    'Lâm Đồng', '',
    'Đại hội Đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết Đại hội, nhất trí mục tiêu, định hướng chiến lược phát triển và nhiệm vụ, giải pháp nhiệm kỳ 2025-2030. Đại hội Đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết Đại hội, nhất trí mục tiêu, định hướng chiến lược phát triển và nhiệm vụ, giải pháp nhiệm kỳ 2025-2030.',
    [], ['8.2'], "the party congress resolution's term goals (g044)")
doc('n024', 'A-071', 'https://congthuong.vn/ket-qua-chi-so-cai-cach-hanh-chinh-nam-2023-par-index-2023-315337.html',
    '', 'Kết quả chỉ số cải cách hành chính năm 2023 (PAR INDEX 2023)',
    'Báo cáo kết quả Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương (PAR INDEX 2023). Đẩy mạnh triển khai đồng bộ các nội dung về cải cách hành chính Kiện toàn Ban chỉ đạo cải cách hành chính của Chính phủ BÁO CÁO TÓM TẮT Kết quả Chỉ số CCHC năm 2023 của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (PAR INDEX 2023) I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN 1.',
    [], ['1.2', '1.7'], "the ministry's summary report on PAR INDEX 2023: national")
doc('n025', 'H-034', 'https://www.sggp.org.vn/ca-mau-buc-tranh-kinh-te-xa-hoi-nam-2025-co-nhieu-diem-sang-post826013.html',
    'Cà Mau', '',
    'Ngày 28-11, UBND tỉnh Cà Mau cho biết, vừa có báo cáo tình hình thực hiện nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025. Đường giao thông ra đảo Hòn Khoai đã được khởi công, khi hoàn thành sẽ đóng góp quan trọng cho sự phát triển của tỉnh Cà Mau Theo UBND tỉnh Cà Mau, với sự chỉ đạo sâu sát, quyết liệt, khẩn trương của Tỉnh ủy, sự giám sát chặt chẽ của HĐND, Ủy ban MTTQ Việt Nam tỉnh và sự quyết tâm, nỗ lực của các …',
    ['8.2'], ['6.1'], "the people's committee's report on carrying out the council's resolution on the 2025 socio-economic plan: 8.2 (q197, x163)")
doc('n026', 'H-041', 'https://vov1.vov.vn/thoi-su-ban-tin/ban-tin-15h/ban-tin-15h-9122025-121045.vov',
    'Đồng Nai', '',
    'Bản tin 15h 9/12/2025 VOV1 - Đồng Nai lần đầu tiên đạt mốc thu ngân sách 100.000 tỷ đồng. Lần đầu tiên tỉnh Đồng Nai đạt mốc thu ngân sách nhà nước 100.000 tỷ đồng, đạt 134% dự toán; đây là cột mốc quan trọng, nhờ tỉnh triển khai quyết liệt các giải pháp và sự vào cuộc của cả hệ thống chính trị địa phương.',
    ['6.1'], ['8.2'], "hard call: a radio bulletin whose lead item is the province's budget revenue of the year against the estimate (134 %): budget execution, 6.1 (x307), though the bulletin goes on to national items")
doc('n027', 'B-019', 'http://cchccantho.gov.vn/article/giai-phap-nang-cao-chi-so-cai-cach-hanh-chinh-cua-thanh-pho-can-tho-trong-thoi-gian-toi/532.htm',
    'Cần Thơ', '',
    'Banner Địa chỉ: 51 Lý Tự Trọng, phường An Phú, quận Ninh Kiều, thành phố Cần Thơ Đường dây nóng: 0931.015.119 - 0931.016.119 Thành phố Cần Thơ ban hành Quy chế thực hiện cơ chế một cửa Giải pháp nâng cao Chỉ số Cải cách hành chính của thành phố Cần Thơ trong thời gian tới 14:21 - 29/05/2018 Giải pháp nâng cao Chỉ số Cải cách hành chính của thành phố Cần Thơ trong thời gian tới Xác định Chỉ số CCHC để theo dõi, đánh giá một cách thực chất, khách …',
    [], ['1.5', '1.7'], "an article on the city CCHC portal on how to raise the PAR Index, explaining the ministry's criteria: no act of the province (not r038's plan)")
doc('n028', 'H-043', 'https://phapluatplus.baophapluat.vn/dong-nai-muc-tieu-nam-2026-la-thu-ngan-sach-tu-150-000-ty-dong-tro-len-232579.html',
    'Đồng Nai', '',
    'Logo Đồng Nai: Mục tiêu năm 2026 là thu ngân sách từ 150.000 tỷ đồng trở lên Hải Sơn - Văn Bảo Mục tiêu năm 2026 là thu ngân sách từ 150.000 tỷ đồng trở lên, trong đó nguồn thu từ đấu giá quyền sử dụng đất giữ vai trò then chốt. Để đạt mục tiêu này, Đồng Nai buộc phải xử lý dứt điểm các tồn tại về quy hoạch. Bởi khi quy hoạch không rõ ràng, không thể tạo ra không gian phát triển mới, cũng không thể đưa đất đai vào lưu thông hợp pháp để tạo nguồn thu bền vững.',
    [], ['6.1', '8.2'], "hard call: commentary on the province's 2026 budget-revenue goal and its planning backlog, naming no estimate or act: not 6.1 (unlike `n026`'s reported execution)")
doc('n029', 'H-006', 'https://baogialai.com.vn/chu-puh-thu-ngan-sach-chi-dat-43-ke-hoach-tinh-giao-post282080.html',
    'Gia Lai', '',
    'Trong 6 tháng đầu năm, giá trị sản xuất đạt 2.522,81 tỷ đồng, tăng 7,53% so với cùng kỳ năm ngoái. Tổng diện tích gieo trồng được 25.271,9 ha, đạt 74,6% kế hoạch, tăng 3,87%. Công tác phòng-chống dịch bệnh gia súc, gia cầm, bảo vệ thực vật, khuyến nông, thủy lợi được chú trọng triển khai, đạt nhiều kết quả. Hiện huyện có 6 xã đạt 19/19 tiêu chí về xây dựng nông thôn mới. Tổng thu ngân sách nhà nước ước thực hiện được 285,3 tỷ đồng, đạt 60% kế hoạch tỉnh giao, đạt 58% kế hoạch HĐND huyện giao;',
    [], ['6.1', '8.2'], "a district's six-month results: a district and part of a year")
doc('n030', 'E-035', 'https://www.sctyenbai.gov.vn/vi/tin-tuc/yen-bai-cai-cach-hanh-chinh-nang-cao-chat-luong-phuc-vu-0',
    'Yên Bái', '',
    'Bạn đang ở đây Yên Bái cải cách hành chính, nâng cao chất lượng phục vụ 01/06/2020 14:49:41 YênBái - Công tác cải cách hành chính những năm qua đã được các cấp, các ngành trên địa bàn tỉnh thực hiện với nỗ lực quyết tâm cao đã thực sự hiệu quả. Bộ phận Phục vụ hành chính công thành phố Yên Bái và các xã, phường đạt mức độ hài lòng, rất hài lòng của người dân và tổ chức doanh nghiệp tới 99,9%.',
    [], ['8.1', '3.3'], "general CCHC news with a city one-stop unit's satisfaction figure, no survey act and no province-level act (x337, s036)")
doc('n031', 'H-039', 'https://m.vietnamnet.vn/vn/thoi-su/chinh-tri/xay-dung-dak-lak-giau-dep-van-minh-dam-da-ban-sac-tay-nguyen-683081.html',
    'Đắk Lắk', '',
    'Xây dựng Đắk Lắk giàu đẹp, văn minh, đậm đà bản sắc Tây Nguyên Đại biểu biểu quyết tại Đại hội Đảng bộ tỉnh Đắk Lắk Đại hội đã biểu quyết thông qua Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025 với mục tiêu đến năm 2025: xây dựng tỉnh Đắk Lắk giàu đẹp, văn minh, bản sắc, từng bước xứng đáng vị trí trung tâm vùng Tây Nguyên; bảo đảm đời sống vật chất, tinh thần của nhân dân, đạt mức trung bình của cả nước. Các chỉ tiêu cụ thể: tăng trưởng kinh tế bình quân đạt trên 7%/năm;',
    [], ['8.2'], 'the party congress and its term goals (g044)')
doc('n032', 'J-316', 'https://lite.baomoi.com/quang-nam-tang-truong-kinh-te-nam-2025-phai-dat-it-nhat-10-c51436813.epi',
    'Quảng Nam', 'Quảng Nam: Tăng trưởng kinh tế năm 2025 phải đạt ít nhất 10%',
    'Thủ tướng Phạm Minh Chính yêu cầu Quảng Nam nỗ lực hoàn thành thắng lợi mục tiêu, nhiệm vụ đề ra năm 2025 và giai đoạn 2021-2025, phấn đấu tăng trưởng kinh tế tỉnh cả năm đạt ít nhất 10%. ![Thủ tướng phát biểu tại cuộc làm việc. Ảnh: CP](https://photo-baomoi.bmcdn.me/w500_r1/2025_02_10_624_51436813/8fc196ebada544fb1db4.jpg) Thủ tướng phát biểu tại cuộc làm việc. Ảnh:',
    [], ['8.2'], "the Prime Minister's working session with the province: another level's conclusions")
doc('n033', 'G-071', 'https://amp.vtcnews.vn/ong-quan-minh-cuong-tai-dac-cu-chuc-vu-bi-thu-tinh-uy-cao-bang-ar965982.html',
    'Cao Bằng', '',
    'Theo đó, hội nghị đã bầu Ban thường vụ Tỉnh ủy khóa XX gồm 15 đồng chí. Đồng chí Quản Minh Cường, Bí thư Tỉnh ủy Cao Bằng khóa XIX tái đắc cử Bí thư Tỉnh ủy Cao Bằng khóa XX. Ba đồng chí: Vũ Hồng Quang, Phó Bí thư Thường trực Tỉnh ủy khóa XIX; Lê Hải Hòa, Phó Bí thư Tỉnh ủy khóa XIX, Chủ tịch Ủy ban nhân dân tỉnh; Bế Thanh Tịnh, Ủy viên Ban Thường vụ Tỉnh ủy khóa XIX, Chủ tịch Hội đồng nhân dân tỉnh Cao Bằng được bầu giữ chức Phó Bí thư Tỉnh ủy Cao Bằng khóa XX.',
    [], ['8.2'], "the party congress's elections and term goals (g044)")
doc('n034', 'A-089', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-60-KH-UBND-2025-chuyen-doi-so-Tuyen-Quang-650000.html',
    'Tuyên Quang', 'Kế hoạch 60/KH-UBND về chuyển đổi số năm 2025 trên địa bàn tỉnh Tuyên Quang',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 60/KH-UBND Tuyên Quang, ngày 26 tháng 3 năm 2025 KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025 TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024 1. Công tác lãnh đạo, chỉ đạo, điều hành; kiểm tra, giám sát hoạt động chuyển đổi số a) Kết quả đạt được Tỉnh đã ban hành Kế hoạch số 264/KH-UBND ngày 19/12/2023 về chuyển đổi số trên địa bàn tỉnh;',
    ['DTI.1', '7.1'], ['1.2'], "the province's DX plan of 2025 (60/KH-UBND), opening with the 2024 review: DTI.1 + 7.1")
doc('n035', 'J-213', 'http://xosothudu.com/huyen-rong-nhat-que-huong-nam-tan-cung-4-vung-nong-thon-hon-4300-ha-khac-se-len-thanh-thi-198240216094625666.htm',
    'Thái Bình', '',
    'Theo Quy hoạch tỉnh Thái Bình thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được Thủ tướng Chính phủ phê duyệt ngày 11/1/2024, tỷ lệ đô thị hóa toàn tỉnh đạt 35% trở lên. Hệ thống đô thị tỉnh Thái Bình có 25 đô thị gồm 01 đô thị loại I; 01 đô thị loại III; 05 đô thị loại IV; 18 đô thị loại V. Đáng chú ý, tỉnh này có thêm 5 đô thị so với Kế hoạch phân loại đô thị toàn quốc giai đoạn 2021 - 2030 được Thủ tướng phê duyệt hồi tháng 2/2021.',
    [], ['8.2', '4.4'], "the Prime Minister's provincial master plan's urban system: another level's act")
doc('n036', 'B-153', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-05-KH-UBND-2026-phat-trien-chinh-quyen-so-Quang-Ngai-giai-doan-2026-2030-688973.html',
    'Quảng Ngãi', 'Kế hoạch 05/KH-UBND năm 2026 phát triển chính quyền số giai đoạn 2026-2030 trên địa bàn tỉnh Quảng Ngãi',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 05/KH-UBND Quảng Ngãi, ngày 08 tháng 01 năm 2026 Triển khai Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ về phê duyệt Chương trình phát triển Chính phủ số; trên cơ sở tham mưu của Sở Khoa học và Công nghệ tại Tờ trình số 3741/TTr-SKHCN ngày 23/12/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển Chính quyền số giai đoạn 2026 - 2030 trên địa bàn tỉnh Quảng Ngãi, như sau: 1.',
    ['7.1'], ['7.3'], "the province's digital-government plan 2026-2030 (05/KH-UBND): 7.1, DTI.1 left unlabelled (r065, r120)")
doc('n037', 'G-034', 'https://nld.com.vn/khanh-hoa-dat-muc-tieu-tang-truong-hang-nam-11-12-196250923122330164.htm',
    'Khánh Hòa', '',
    'Sáng 24-9, Đại hội đại biểu Đảng bộ tỉnh Khánh Hòa đã bế mạc. Đại hội đã thông qua Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Khánh Hòa lần thứ I, nhiệm kỳ 2025 - 2030. Trong đó, xác định mục tiêu chung - "Khánh Hòa vững bước tiến vào "thập niên nâng tầm phát triển", đến năm 2030 trở thành thành phố trực thuộc Trung ương; trung tâm dịch vụ, du lịch biển quốc tế; trung tâm dữ liệu của quốc gia và khu vực; tăng trưởng kinh tế hai con số, là một cực tăng trưởng cao của cả nước.',
    [], ['8.2'], "the party congress resolution's term goals (g044)")
doc('n038', 'D-106', 'https://trangtraiviet.danviet.vn/lai-chau-day-manh-cai-cach-hanh-chinh-gan-voi-chuyen-doi-so-d1389677.html',
    'Lai Châu', '',
    'Lai Châu đẩy mạnh cải cách hành chính gắn với chuyển đổi số 24/12/2025 12:21 GMT +7 Phát biểu tại hội nghị Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lai Châu năm 2025, ông Hà Quang Trung - Chủ tịch UBND tỉnh Lai Châu yêu cầu các sở, ban, ngành, các xã, phường trong tỉnh cần đẩy mạnh cải cách hành chính gắn với chuyển đổi số. Phó Chủ tịch BCH TƯ Hội NDVN Bùi Thị Thơm: TPHCM phải là điểm sáng ứng dụng khoa học công nghệ, chuyển đổi số Quảng Ninh:',
    [], ['DTI.1', '1.1'], 'the year-end meeting of the science, DX and Đề án 06 steering committee: a meeting (r055)')
doc('n039', 'E-020', 'https://baobariavungtau.com.vn/kinh-te/202502/7-chi-tieu-tang-truong-cao-hon-ke-hoach-1033511/',
    'Bà Rịa - Vũng Tàu', '',
    'Chiều 4/2, ông Nguyễn Văn Thọ, Chủ tịch UBND tỉnh chủ trì cuộc họp tập thể UBND tỉnh cho ý kiến dự thảo báo cáo đánh giá kết quả 5 năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ VII, nhiệm kỳ 2020-2025 và phương hướng nhiệm vụ phát triển kinh tế - xã hội 5 năm nhiệm kỳ 2025-2030. Ông Nguyễn Văn Thọ, Chủ tịch UBND tỉnh phát biểu tại cuộc họp.',
    [], ['8.2'], "the people's committee commenting on the draft five-year review: a draft and a term")
doc('n040', 'B-180', 'https://tinhdoanquangninh.vn/pci-2022-quang-ninh-tiep-tuc-giu-vi-tri-so-1/',
    '', 'PCI 2022: Quảng Ninh tiếp tục giữ vị trí số 1',
    'Quảng Ninh, Bắc Giang, Hải Phòng, Bà Rịa-Vũng Tàu và Đồng Tháp lần lượt là các địa phương có chất lượng điều hành kinh tế được đánh giá cao nhất trong Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2022. PCI được xây dựng nhằm đánh giá môi trường kinh doanh, chất lượng điều hành kinh tế và nỗ lực cải cách hành chính của chính quyền các tỉnh, thành phố của Việt Nam.',
    [], ['PCI.1'], "national PCI 2022 news reposted by a youth union's site")
doc('n041', 'A-193', 'https://chuyendoiso.baoquangninh.vn/dong-luc-phat-trien-moi-tu-chuyen-doi-so-3344179.html',
    'Quảng Ninh', 'Động lực phát triển mới từ chuyển đổi số',
    'Sau gần 3 năm triển khai với nhiều giải pháp sáng tạo, hiệu quả, phù hợp, Nghị quyết số 09-NQ/TU của BTV Tỉnh ủy về "Chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030" đã lan tỏa, tạo lực phát triển mới. Chính quyền số là một trong 3 trụ cột chính của chuyển đổi số toàn diện, thời gian qua tỉnh đã đẩy mạnh triển khai một số nội dung và mang lại hiệu quả tích cực. Hiện các địa phương, ban, ngành đã ứng dụng phần mềm quản lý văn bản tại 100% các phòng chuyên môn;',
    [], ['DTI.1', '7.1'], 'results after three years of resolution 09-NQ/TU, named as the frame (s004; q073 presented the act)')
doc('n042', 'J-207', 'https://thuonghieucongluan.com.vn/thai-nguyen-phan-dau-tang-truong-kinh-te-11-nam-2026-a306901.html',
    'Thái Nguyên', '',
    'Dây chuyền sản xuất điện tử công nghệ cao tại doanh nghiệp FDI ở Thái Nguyên Dây chuyền sản xuất điện tử công nghệ cao tại doanh nghiệp FDI ở Thái Nguyên Theo Kế hoạch, GRDP theo giá hiện hành năm 2026 dự kiến đạt 220.452 tỷ đồng; GRDP theo giá so sánh đạt 135.942 tỷ đồng. Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng công nghiệp - xây dựng chiếm 54,13%; dịch vụ 31,73%; nông, lâm nghiệp, thủy sản 10,32%; thuế sản phẩm trừ trợ cấp sản phẩm 3,82%.',
    ['8.2'], ['6.1'], "the province's socio-economic plan of 2026 and its targets: the plan of the year, 8.2 (q041)")
doc('n043', 'J-542', 'https://baobackan.vn/bac-kan-nhieu-ket-qua-noi-bat-trong-nam-2024-post68492.html',
    'Bắc Kạn', '',
    'Nhiều kết quả nổi bật năm 2024 Nhiều chỉ tiêu kinh tế đạt và vượt kế hoạch Để đạt kết quả trên, ngay từ đầu năm 2024, Tỉnh ủy lãnh đạo cấp ủy, chính quyền trong tỉnh tiếp tục triển khai các giải pháp thúc đẩy hoạt động sản xuất, kinh doanh trên địa bàn tỉnh. Qua đó, nhiều chỉ tiêu đạt và vượt như: GRDP bình quân đầu người đạt 57 triệu đồng/người, đạt 102% kế hoạch. Tổng thu ngân sách toàn tỉnh ước được 1.035 tỷ đồng, đạt 100% kế hoạch. Trồng rừng mới 5.257 ha, đạt 150% kế hoạch.',
    ['8.2'], ['6.1'], "the provincial paper's review of the province's whole-year 2024 results against the plan: 8.2 (k032)")
doc('n044', 'H-059', 'https://haiduongdost.gov.vn/tin-tuc-thoi-su-hai-duong/tinh-hai-duong-hoan-thanh-vuot-46-7-du-toan-thu-ngan-sach-nha-nuoc-14733.html',
    'Hải Dương', '',
    'Tại hội nghị lần thứ 22, Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII diễn ra ngày 4/12, các đại biểu thảo luận, góp ý vào Dự thảo (lần 1) Báo cáo chính trị trình Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030, thảo luận, đánh giá kết quả thực hiện nhiệm vụ kế hoạch phát triển kinh tế - xã hội năm 2024, mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2025;',
    ['8.2'], ['6.1'], "the party committee's year-end conference on the 2024 results and the 2025 tasks: 8.2 (s053, q083), though a draft congress report is also discussed")
doc('n045', 'J-448', 'https://hanoimoi.vn/phan-dau-100-xa-phuong-thi-tran-cua-thu-do-co-nha-van-hoa-306206.html',
    'Hà Nội', '',
    'Theo dõi Báo Hànộimới trên Phấn đấu 100% xã, phường, thị trấn của Thủ đô có nhà văn hóa Minh Ngọc 04/05/2012 06:12 (HNM) - Đó là mục tiêu của Kế hoạch số 67/KH-UBND về triển khai thực hiện phong trào Ngoài mục tiêu này, Hà Nội phấn đấu đến năm 2015 có 85% hộ được công nhận gia đình văn hóa; 55% thôn làng được công nhận làng văn hóa; 65% tổ dân phố được công nhận tổ dân phố văn hóa;',
    [], ['8.2'], 'a 2012 plan for the cultural-life movement: a sector')
doc('n046', 'F-062', 'https://baomoi.net.vn/phuong-nam-nha-trang-no-luc-nang-cao-chat-luong-phuc-vu-c54372145.epi',
    'Khánh Hòa', 'Phường Nam Nha Trang: Nỗ lực nâng cao chất lượng phục vụ',
    'Sau sáp nhập (ngày 1-7-2025), số lượng hồ sơ thủ tục hành chính (TTHC) của UBND phường Nam Nha Trang tăng khoảng 5 lần so với tổng số hồ sơ của 5 xã, phường cũ. Nhờ sự chủ động, linh hoạt của lãnh đạo phường và nỗ lực của đội ngũ công chức, địa phương vẫn đạt kết quả cao về cải cách hành chính (CCHC).',
    [], ['3.3', '1.1'], "a ward's CCHC efforts after the merger: a ward")
doc('n047', 'H-047', 'https://123docz.net/trich-doan/3309407-ke-hoach-phat-trien-kinh-te-xa-hoi-cua-tinh-binh-dinh.htm',
    'Bình Định', '',
    '7. Kết cấu luận văn 3.1.2. Kế hoạch phát triển kinh tế-xã hội của tỉnh Bình Định Phương hướng, mục tiêu Nhanh chóng phục hồi kinh tế. Tiếp tục duy trì mức độ tăng trƣởng kinh tế theo hƣớng bền vững. Phát huy tiềm năng, lợi thế so sánh của tỉnh và huy động t ng hợp các nguồn lực cho đầu tƣ phát triển; tích cực thu hút đầu tƣ; tạo điều kiện thuận lợi để các dự án lớn sớm triển khai trên địa bàn tỉnh; đẩy nhanh toàn diện, đồng bộ công cuộc đ i mới, công nghiệp hóa, hiện đại hóa, chú trọng đ i mới sáng tạo.',
    [], ['8.2'], 'a thesis quoting a five-year plan: research')
doc('n048', 'D-047', 'https://sotttt.hungyen.gov.vn/hung-yen-chuyen-doi-so-phat-trien-tren-3-tru-cot-c2978.html',
    'Hưng Yên', 'Hưng Yên: Chuyển đổi số phát triển trên 3 trụ cột',
    'Tỉnh Hưng Yên xác định 3 trụ cột trong chương trình chuyển đổi số là phát triển chính quyền số gắn với đô thị thông minh, phát triển kinh tế số gắn với doanh nghiệp số và phát triển xã hội số. Ông Bùi Văn Sỹ, Giám đốc Sở TTTT Hưng Yên cho biết: Nghị quyết Hội nghị lần thứ 9 BCH Đảng bộ tỉnh khóa XIX về Chương trình CĐS tỉnh Hưng Yên giai đoạn 2021-2025, tầm nhìn đến năm 2030 khẳng định, CĐS là nền tảng, động lực quan trọng xây dựng xã hội thông …',
    ['DTI.1', '7.1'], ['8.2'], "the information department's site presenting the province's DX programme (party resolution, its three pillars and 2030 goal) in its lead: DTI.1 + 7.1 (q163, r118); the DTI rank follows")
doc('n049', 'B-042', 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-3688-KH-UBND-2023-nang-cao-hieu-qua-su-dung-dich-vu-cong-truc-tuyen-Tay-Ninh-den-2025-587857.aspx?tab=3',
    'Tây Ninh', '',
    'ỦY BAN NHÂN DÂN TỈNH TÂY NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 3688/KH-UBND Tây Ninh, ngày 14 tháng 11 năm 2023 KẾ HOẠCH BAN HÀNH CÁC GIẢI PHÁP NÂNG CAO HIỆU QUẢ, TĂNG TỶ LỆ SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN ĐẢM BẢO DỄ SỬ DỤNG, THÂN THIỆN VỚI NGƯỜI DÙNG TỈNH TÂY NINH ĐẾN NĂM 2025 I.',
    ['7.3'], ['3.3', 'DTI.1'], "the province's plan of solutions to raise the use of online public services to 2025 (3688/KH-UBND): 7.3")
doc('n050', 'A-136', 'https://thanhtra.com.vn/xa-hoi/doi-song/ha-giang-xac-dinh-chuyen-doi-so-la-don-bay-phat-trien-kinh-te-xa-hoi-230413.html',
    'Hà Giang', '',
    'Hà Giang là tỉnh miền núi còn nhiều khó khăn, cơ sở vật chất, trang thiết bị về công nghệ thông tin còn thiếu, lạc hậu, bởi vậy, công cuộc chuyển đổi số là một thách thức to lớn đối với tỉnh. Tỷ lệ đồng bào dân tộc thiểu số chiếm đến gần 90%, tỷ lệ hộ nghèo cao, thậm chí còn một bộ phận người dân chưa biết đọc, biết viết, chưa có điện thoại di động… Nhờ sự nỗ lực, vào cuộc quyết liệt của cả hệ thống chính trị, sự hưởng ứng đồng thuận của người …',
    [], ['DTI.1'], 'a DX feature naming no act')
doc('n051', 'A-083', 'https://nguoitaybac.vn/tuyen-quang-dat-muc-tieu-kinh-te-so-chiem-30-grdp-nam-2030-a9686.html',
    'Tuyên Quang', '',
    'Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Tuyên Quang Hoàng Việt Phương khẳng định, địa phương sẽ tập trung khắc phục khó khăn để thực hiện các mục tiêu đề ra tại chiến lược hạ tầng số, kinh tế số đến năm 2025, định hướng đến năm 2030. Đồng thời, ưu tiên hoàn thiện hạ tầng số phục vụ chuyển đổi số, đáp ứng các yêu cầu thực tế. Đẩy mạnh truyền thông, đổi mới sáng tạo ứng dụng số để phát triển kinh tế.',
    [], ['DTI.1'], "a DX conference: the vice chairman's remarks on the digital-infrastructure and digital-economy strategy, not the plan")
doc('n052', 'B-159', 'https://vlr.vn/ba-ria-vung-tau-thuc-day-chuyen-doi-so-toan-dien-17494.html',
    'Bà Rịa - Vũng Tàu', '',
    'Bà Rịa - Vũng Tàu thúc đẩy chuyển đổi số toàn diện Hồng Út 13/12/2023 14:30 Tỉnh Bà Rịa - Vũng Tàu đang ưu tiên nguồn lực, phấn đấu vào nhóm 15 tỉnh, thành phố dẫn đầu cả nước về mức độ chuyển đổi số, qua đó đóng góp mạnh mẽ vào sự phát triển của kinh tế - xã hội địa phương.',
    [], ['DTI.1', '7.1'], 'a DX feature with a rank-group goal, naming no act')
doc('n053', 'A-075', 'https://doanhnghiephoinhap.vn/ha-noi-100-ket-qua-thu-tuc-hanh-chinh-tra-qua-ban-dien-tu-110778.html',
    'Hà Nội', 'Hà Nội: 100% kết quả thủ tục hành chính trả qua bản điện tử',
    'Không còn cảnh xếp hàng, không còn giấy tờ rườm rà – giờ đây, mọi thủ tục hành chính được rút gọn, đơn giản hóa trên môi trường số. Đây là bước tiến vượt bậc trong hành trình chuyển đổi số toàn diện, hướng tới xây dựng một Hà Nội hiện đại, thông minh, phục vụ và hội nhập. UBND TP.',
    ['7.3', '7.4'], ['3.3'], "hard call: the city's direction assigning online-dossier targets to communes and the service centre and electronic copies of all results: 7.3 (v001) + 7.4 (digitised results)")
doc('n054', 'J-304', 'https://bnctu.lamdong.dcs.vn/tin-tuc-su-kien/type/detail/id/58445/task/1750',
    'Lâm Đồng', '',
    'Chiều 10/12, Kỳ họp thứ 7 – kỳ họp thường lệ cuối năm 2025 của HĐND tỉnh Lâm Đồng khóa X đã bế mạc sau hai ngày làm việc nghiêm túc, trách nhiệm. Chủ tịch HĐND tỉnh Lưu Văn Trung khẳng định Kỳ họp đã hoàn thành toàn bộ nội dung và thống nhất thông qua nhiều nghị quyết quan trọng, tạo nền tảng phát triển năm 2026 và giai đoạn 2026 – 2030. Quang cảnh phiên họp. Ảnh:',
    ['8.2'], ['6.1'], "the council's year-end session passing the resolution on the 2026 socio-economic tasks and its targets: 8.2 (q041, q045)")
doc('n055', 'A-139', 'https://skhcn.laichau.gov.vn/tin-tuc/tin-kh-cn-trong-tinh/nghi-quyet-so-03-nq-cp-ngay-09-01-2025-cua-chinh-phu-thuc-hien-nghi-quyet-so-57-nq-tw-ngay-22-thang-12-nam-2024-cua-bo-c.html',
    'Lai Châu', '',
    '1. Mục tiêu chung Đẩy mạnh nghiên cứu ứng dụng, chuyển giao tiến bộ khoa học và công nghệ; chú trọng hỗ trợ hoạt động khởi nghiệp đổi mới sáng tạo; tích cực, chủ động tiếp cận, vận dụng thành công những thành tựu của cuộc cách mạng công nghiệp lần thứ tư vào sản xuất, kinh doanh và phục vụ đời sống, thúc đẩy quá trình công nghiệp hóa, hiện đại hóa, nâng cao năng suất lao động, hiệu quả kinh tế - xã hội và đời sống xã hội. Thực hiện chuyển đổi số đồng bộ, toàn diện trên phạm vi toàn tỉnh;',
    ['DTI.1', '7.1'], ['PCI.1'], "hard call: the S&T department's site carrying the province's plan implementing 03/NQ-CP on resolution 57 (goals: province-wide DX), header not shown: a plan implementing resolution 57 is a DX plan (q046, r061)")
doc('n056', 'G-078', 'https://nhandan.vn/ocop/quang-ngai-thuc-day-phat-trien-chuyen-doi-so-post899985.html',
    'Quảng Ngãi', 'Quảng Ngãi thúc đẩy phát triển chuyển đổi số',
    'Chuyển đổi số là xu thế, giải pháp quan trọng, làm cơ sở xây dựng, triển khai các chương trình, kế hoạch phát triển kinh tế-xã hội. Từ xác định này, thời gian qua, với sự vào cuộc của cả hệ thống chính trị và sự đồng hành tham gia của người dân, công tác chuyển đổi số ở Quảng Ngãi đạt được những kết quả quan trọng. Thông qua sàn thương mại điện tử, sản phẩm OCOP Quảng Ngãi sẽ vươn xa, góp phần thúc đẩy phát triển thương mại điện tử đến vùng sâu, vùng xa.',
    [], ['DTI.1'], 'a DX feature naming no act')
doc('n057', 'D-064', 'https://minhhungsikico.vn/vi/blog/binh-phuoc-dan-dau-ve-chuyen-doi-so-183.amp.html',
    'Bình Phước', '',
    'Điều đáng nói là trong năm 2019, Bình Phước vẫn còn nằm trong nhóm cuối về chuyển đổi số tại Việt Nam. Cụ thể, tỉnh Bình Phước chỉ xếp vị trí 56 trên 63 tỉnh, thành phố theo xếp hạng chung chỉ số "Vietnam ICT Index". Trong năm 2021, Top 10 tỉnh, thành dẫn đầu về chuyển đổi số còn có Đà Nẵng, TP HCM, Thừa Thiên Huế, Bắc Ninh, Lạng Sơn, Ninh Bình, Quảng Ninh, Thái Nguyên và Bắc Giang. >> Xem thêm:',
    [], ['DTI.1'], 'a company blog on DX rankings')
doc('n058', 'B-077', 'https://baobaclieu.vn/chuyen-doi-so/bac-lieu-dang-tren-da-chuyen-doi-so-manh-me-98533.html',
    'Bạc Liêu', '',
    'CHUYỂN ĐỔI SỐ Bạc Liêu đang trên đà chuyển đổi số mạnh mẽ Chuyên gia của Google hướng dẫn giảng viên các trường đào tạo nghề của Bạc Liêu khai thác tài nguyên giáo dục mở. Những năm gần đây, chuyển đổi số (CĐS) đã trở thành một trong những ưu tiên hàng đầu của tỉnh Bạc Liêu. Nhờ những nỗ lực không ngừng, tỉnh đã đạt được nhiều thành tựu đáng kể, góp phần nâng cao hiệu quả quản lý hành chính, phục vụ người dân và doanh nghiệp. Khách hàng trải nghiệm dịch vụ sóng di động 5G tại TP. Bạc Liêu.',
    [], ['DTI.1'], 'a DX feature naming no act')
doc('n059', 'D-044', 'https://nhansu.vn/van-ban-phap-luat/Chuong-trinh-hanh-dong-01-CTr-UBND-2025-thuc-hien-01-NQ-CP-phat-trien-kinh-te-Vinh-Phuc-647052.html',
    'Vĩnh Phúc', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 01/CTr-UBND Vĩnh Phúc, ngày 17 tháng 01 năm 2025 Năm 2025 là năm có ý nghĩa đặc biệt quan trọng, là năm tăng tốc, bứt phá, về đích, là năm cuối thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021-2025, thực hiện cuộc cách mạng về tinh gọn tổ chức bộ máy, tiến hành Đại hội Đảng các cấp, tiến tới Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng và chuẩn bị, củng cố các yếu tố …',
    ['8.2'], ['6.1'], "hard call: the province's action programme of 2025 implementing the Government's resolution 01/NQ-CP on the year's socio-economic tasks: the province's plan of the year, 8.2")
doc('n060', 'A-064', 'https://www.thitruonghanghoa.com/tin-tuc/quang-ninh-quyet-giu-vung-ngoi-vuong-pci-180773.html',
    'Quảng Ninh', 'Quảng Ninh quyết giữ vững ‘ngôi vương’ PCI',
    'Vững chắc vị trí quán quân bảng xếp hạng chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 4 năm liên tiếp, Quảng Ninh vẫn xác định tỉnh còn nhiều dư địa để cải cách, tiếp tục cải thiện môi trường kinh doanh thu hút các nhà đầu tư. Vững chắc vị trí quán quân bảng xếp hạng chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 4 năm liên tiếp, Quảng Ninh vẫn xác định tỉnh còn nhiều dư địa để cải cách, tiếp tục cải thiện môi trường kinh doanh thu hút các nhà đầu tư.',
    [], ['PCI.1'], "the province's PCI rank, relayed: a ranking published by others; the determination to keep it names no act")
doc('n061', 'H-070', 'https://cafef.vn/tp-ho-chi-minh-dat-muc-tieu-tang-truong-10-188260107092644298.chn',
    'Hồ Chí Minh', 'TP. Hồ Chí Minh đặt mục tiêu năm 2026 tăng trưởng trên 10%',
    'Năm 2026, nhằm đảm bảo mục tiêu tăng trưởng 2 con số, Thành phố Hồ Chí Minh xây dựng kịch bản phấn đấu tăng trưởng trên 10% trong điều kiện thuận lợi quốc tế và cơ chế Nghị quyết 98 (sửa đổi) về cơ chế, chính sách đặc thù cho Thành phố Hồ Chí Minh phát huy tác dụng sớm. Để đạt được mục tiêu này, tất cả các ngành của Thành phố Hồ Chí Minh đều phải nỗ lực rất lớn. Trong đó, ngành nông nghiệp phải phấn đấu tăng trưởng trên 3%; ngành công nghiệp xây dựng, khu vực dịch vụ phải tăng 10% - 11%.',
    ['8.2'], ['PCI.1'], "the city's growth scenario of 2026 by sector: the plan of the year, 8.2 (q200, s106)")
doc('n062', 'J-119', 'https://icon.com.vn/d6/vi-VN/news/Ba-tinh-DBSCL-quyet-tam-tro-thanh-Trung-tam-nang-luong-Quoc-gia-60-580-169930',
    '', '',
    'Một góc điện gió Bạc Liêu. Ảnh: Nhật Hồ Cho đến nay, các tỉnh đã tổ chức xong Đại hội Đảng. Điều khá bất ngờ là tại các tỉnh tưởng chừng như “thuần nông” này lại chọn năng lượng làm bước đột phá để phát triển kinh tế xã hội. Nghị quyết Đại hội lần thứ XVII, nhiệm kỳ 2020 -2025 của Đảng bộ tỉnh Bạc Liêu chọn 3 khâu đột phá quan trọng. Trong đó, Bạc Liêu chọn phát triển năng lượng mà trọng tâm là năng lượng điện gió, điện mặt trời và điện khí.',
    [], ['8.2'], "three provinces' party congress breakthroughs: term goals")
doc('n063', 'H-002', 'https://kbang.gialai.gov.vn/Xa-Son-Lang/Gioi-thieu/Thanh-tuu-giai-%C4%91oan-2015-2020.aspx',
    'Gia Lai', '',
    'Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025) Về kinh tế: (1) Cơ cấu kinh tế đến năm 2025: Nông, lâm nghiệp, thuỷ sản: 75%; dịch vụ, du lịch: 20%; Tiểu thủ công nghiệp: 05%. (2) Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm. (3) Tỷ lệ tăng thu cân đối NSĐP thực hiện so năm trước: 10% trở lên. (4) Đến năm 2025 xây dựng xã cơ bản đạt nông thôn mới nâng cao. (5) Số thôn, làng đạt chuẩn nông thôn mới (theo Chỉ thị 12-CT/TU, ngày 13/2/2018 của Ban Thường vụ Tỉnh ủy): 04/09 thôn, làng.',
    [], ['8.2'], "a commune's term indicators")
doc('n064', 'J-310', 'http://baoninhthuan.com.vn/news/97692p25c48/den-nam-2025-dua-du-lich-ninh-thuan-co-ban-tro-thanh-nganh-kinh-te-mui-nhon.htm',
    'Ninh Thuận', 'Đến năm 2025, đưa du lịch Ninh Thuận cơ bản trở thành ngành kinh tế mũi nhọn',
    '(NTO) Ngày 22-11, UBND tỉnh ban hành Kế hoạch số 4913/KH-UBND triển khai thực hiện Chương trình hành động số 134-CTr/TU ngày 21-6-2017 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 08-NQ/TW ngày 16-1-2017 của Bộ Chính trị về phát triển du lịch trở thành ngành kinh tế mũi nhọn. Mục tiêu của kế hoạch là nhằm xác định và phân công nhiệm vụ cụ thể chủ yếu cho các sở, ngành, địa phương triển khai thực hiện có hiệu quả Chương trình hành động của Ban Thường vụ Tỉnh ủy;',
    [], ['8.2'], "the province's tourism plan: a sector")
doc('n065', 'A-134', 'https://discoverhagiang.com/chuyen-doi-so-la-giai-phap-dot-pha-cua-ha-giang-giai-doan-2021-2025',
    'Hà Giang', '',
    'Cùng với xu hướng phát triển của cả nước, dù là tỉnh miền núi song Hà Giang vẫn luôn xác định và tập trung thực hiện có nhiệu quả nhiệm vụ ứng dụng công nghệ số trong quản lý, phát triển kinh tế – xã hội. Mức độ sẵn sàng ứng dụng công nghệ thông tin của tỉnh (ICT Index) ở mức khá so với các tỉnh/thành phố trên toàn quốc; tỷ lệ dịch vụ công trực tuyến mức độ 4 đạt 80,53%; tỷ lệ xử lý hồ sơ điện tử đạt 66,38%. Tỷ lệ các cơ quan hành chính có trang/cống thông tin điện tử đạt 100%;',
    [], ['DTI.1', '7.3'], 'DX results naming no act')
doc('n066', 'G-012', 'https://baodanang.vn/khcn/202211/da-nang-dung-thu-2-toan-quoc-ve-ty-le-ho-so-truc-tuyen-3930264/',
    'Đà Nẵng', 'Đà Nẵng đứng thứ 2 toàn quốc về tỷ lệ hồ sơ trực tuyến',
    'Thông tin từ Bộ Thông tin và Truyền thông, cơ quan thường trực của Ban chỉ đạo quốc gia về chuyển đổi số cho biết, tính từ đầu năm đến đầu tháng 11-2022, Đà Nẵng (67%) cùng các tỉnh Hòa Bình (86,5%), Nam Định (65,9%), Lạng Sơn (64,2%), Ninh Bình (63,9%) là 5 tỉnh, thành dẫn đầu ở khối các địa phương về tỷ lệ hồ sơ trực tuyến (được tính bằng số lượng hồ sơ nộp trực tuyến của các dịch vụ công trực tuyến mức độ 3, 4 so với tổng số hồ sơ giải quyết thủ tục hành chính).',
    [], ['7.3'], "the ministry's ranking of online-dossier rates: a ranking published by others")
doc('n067', 'J-322', 'https://www.vietnamplus.vn/ong-huynh-tan-viet-dac-cu-bi-thu-tinh-uy-tinh-phu-yen/349831.vnp',
    'Phú Yên', '',
    'Ong Huynh Tan Viet dac cu Bi thu Tinh uy tinh Phu Yen hinh anh 1Ông Huỳnh Tấn Việt được bầu giữ chức Bí thư Tỉnh ủy Phú Yên nhiệm kỳ 2015-2020. (Ảnh: Thế Lập/TTXVN) Chiều 16/10, Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVI đã bế mạc, thông qua Nghị quyết quan trọng đánh giá tình hình 5 năm qua (2010-2015) và phương hướng, nhiệm vụ, mục tiêu, giải pháp 5 năm tới. Đại hội đã bầu Ban chấp hành Đảng bộ tỉnh Phú Yên khóa XVI gồm 52 người.',
    [], ['8.2'], 'the 2015 party congress: term goals (g044)')
doc('n068', 'J-535', 'https://baothuathienhue.vn/phan-dau-tao-viec-lam-moi-cho-1-500-1-700-lao-dong-a18259.html',
    'Thừa Thiên Huế', '',
    '06/11/2015 - 06:55 Phấn đấu tạo việc làm mới cho 1.500 - 1.700 lao động TTH - Sau 5 năm (2010 – 2015), các địa phương, đơn vị, ban, ngành, đoàn thể chính trị xã hội trên địa bàn tỉnh đã xây dựng hơn 5.000 nhà ở tặng hộ nghèo; hàng năm tạo việc làm mới cho hơn 16.000 lao động; xây dựng 2.046 ngôi nhà tình nghĩa tặng các gia đình chính sách... góp phần giảm tỷ lệ hộ nghèo trong tỉnh xuống còn 4,7%. Từ nay đến cuối năm 2020, toàn tỉnh phấn đấu giảm tỷ lệ hộ nghèo bình quân từ 1,5 – 2/%/năm;',
    [], ['8.2'], 'poverty-reduction results and goals: a programme')
doc('n069', 'J-416', 'https://hethongphapluat.com/quyet-dinh-2018-qd-ubnd-nam-2024-phe-duyet-de-an-quy-hoach-sap-xep-mang-luoi-truong-mam-non-pho-thong-gan-voi-xay-dung-truong-dat-chuan-quoc-gia-tren-dia-ban-tinh-vinh-long-giai-doan-2023-2030.html',
    'Vĩnh Long', '',
    'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2018/QĐ-UBND Vĩnh Long, ngày 11 tháng 10 năm 2024 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN QUY HOẠCH, SẮP XẾP MẠNG LƯỚI TRƯỜNG MẦM NON, PHỔ THÔNG GẮN VỚI XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA TRÊN ĐỊA BÀN TỈNH VĨNH LONG GIAI ĐOẠN 2023-2030 ỦY BAN NHÂN DÂN TỈNH VĨNH LONG Căn cứ Luật Tổ chức chính quyền địa phương, ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;',
    ['4.1'], ['4.4'], "hard call: the province's decision approving the project to plan and rearrange its network of preschools and schools, citing its programme on resolution 19-NQ/TW on public service units: rearranging public service units, 4.1 (the catalog's 'sắp xếp, tổ chức lại đơn vị sự nghiệp công lập'); not administrative units (4.4)")
doc('n070', 'J-008', 'https://baovemoitruong.org.vn/?p=74224',
    'Lai Châu', '',
    'BVR&MT – Đồng chí Lý Anh Hừ, Bí thư Huyện ủy Mường Tè, tỉnh Lai Châu cho biết, đối với Chương trình tập trung đẩy mạnh phát triển nông nghiệp theo hướng sản xuất hàng hóa gắn với xây dựng nông thôn mới, Đảng bộ huyện đang tập trung chỉ đạo tiếp tục thực hiện Đề án tái cơ cấu nông nghiệp. Đại hội đại biểu Đảng bộ huyện Mường Tè, tỉnh Lai Châu đã đặt ra quyết tâm kết thúc năm 2025 đưa địa phương ra khỏi tình trạng kém phát triển.',
    [], ['8.2'], "a district's agricultural programme")
doc('n071', 'F-069', 'https://hethongphapluat.com/ke-hoach-283-kh-ubnd-nam-2025-thuc-hien-nghi-quyet-71-nq-cp-va-chuong-trinh-hanh-dong-10-ctr-tu-thuc-hien-nghi-quyet-57-nq-tw-ve-dot-pha-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-tren-dia-ban-tinh-dong-thap.html',
    'Đồng Tháp', '',
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 283/KH-UBND Đồng Tháp, ngày 24 tháng 9 năm 2025 KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01/4/2025 CỦA CHÍNH PHỦ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 10-CTR/TU NGÀY 13/8/2025 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP Thực …',
    ['DTI.1', '7.1'], ['PCI.1'], "the merged province's plan implementing 71/NQ-CP and the party programme on resolution 57 (283/KH-UBND): a DX plan (q046, r061)")
doc('n072', 'A-259', 'https://www.vietnamplus.vn/hoan-thanh-xay-dung-trung-tam-du-lieu-quoc-gia-so-1-vao-cuoi-2025-post1061860.vnp',
    '', '',
    'Chính phủ đặt mục tiêu đến hết năm 2025 xây dựng và hoàn thiện cơ sở pháp lý và hoàn thành xây dựng Trung tâm dữ liệu quốc gia số 1 và các hệ thống, nền tảng công nghệ cốt lõi. Mục tiêu đến năm 2030, 100% các cơ sở dữ liệu quốc gia, các cơ sở dữ liệu chuyên ngành kết nối, tích hợp, chia sẻ đồng bộ với Cơ sở dữ liệu tổng hợp quốc gia theo quy định bảo đảm tổng hợp toàn diện các thông tin, dữ liệu từ các cơ sở dữ liệu quốc gia, chuyên ngành;',
    [], ['7.1'], "the Government's national data-centre goal: national")
doc('n073', 'G-020', 'https://nhadautu.vn/quang-ninh-tiep-tuc-dan-dau-chi-so-sipas-d85209.html',
    'Quảng Ninh', 'Quảng Ninh tiếp tục dẫn đầu chỉ số SIPAS',
    'Tỉnh Quảng Ninh giữ vị trí thứ nhất cả nước về Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS) với kết quả 90,61%. Đó là thông tin được Ban Chỉ đạo cải cách hành chính của Chính phủ công bố tại Hội nghị công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS) và Chỉ số cải cách hành chính năm 2023 (PAR INDEX) của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương, diễn ra sáng 17/4.',
    [], ['SIPAS.2', '8.1'], "SIPAS 2023 published by the Government's steering committee: a ranking published by others")
doc('n074', 'J-432', 'https://cafef.vn/mot-thi-xa-se-tro-thanh-thanh-pho-truc-thuoc-tinh-an-giang-vao-nam-2023-188240202120941861.chn',
    'An Giang', '',
    'Mới đây, tỉnh An Giang đã tổ chức lễ công bố quy hoạch tỉnh An Giang thời kỳ 2021-2030, tầm nhìn đến năm 2050. Theo quy hoạch, mục tiêu đến năm 2030, An Giang là tỉnh phát triển khá trong vùng đồng bằng sông Cửu Long; có kinh tế phát triển năng động, hài hòa và bền vững; là trung tâm nghiên cứu phát triển giống và sản xuất nông nghiệp, thủy sản, dược liệu ứng dụng công nghệ cao. Đây sẽ là trung tâm du lịch sinh thái của vùng; đầu mối giao thương, hợp tác với Vương quốc Campuchia;',
    [], ['8.2'], "the provincial master plan's goals to 2030")
doc('n075', 'E-045', 'https://www.doingoailaocai.vn/vi/bai-viet/24284',
    'Lào Cai', 'Lào Cai đứng thứ 14 toàn quốc về Chỉ số Chuyển đổi số năm 2024',
    'Theo công bố của Bộ Khoa học và Công nghệ tại Chương trình Chào mừng Ngày Chuyển đổi số quốc gia năm 2025, tỉnh Lào Cai xếp thứ 14/34 tỉnh, thành phố trực thuộc Trung ương về mức độ chuyển đổi số năm 2024, đạt 0,7167 điểm. Trong đó, chỉ số Nhận thức số của Lào Cai đứng đầu cả nước, hai chỉ số An toàn thông tin mạng và Hoạt động kinh tế số cùng xếp thứ 9; Hoạt động chính quyền số đạt vị trí thứ 10 toàn quốc.',
    [], ['DTI.1'], 'the DTI 2024 rank published by the ministry, relayed by a department: a ranking published by others')
doc('n076', 'J-445', 'https://doanhnghiephoinhap.vn/binh-duong-hut-von-fdi-vuot-ke-hoach-muc-tieu-grdpnguoi-dat-195-trieu-dong-90626.html',
    'Bình Dương', '',
    'Thời cuộc Bình Dương: Hút vốn FDI vượt kế hoạch, mục tiêu GRDP/người đạt 195 triệu đồng 16/12/2024 20:40 Theo kế hoạch, GRDP năm 2025 của Bình Dương sẽ tăng trên 10%, GRDP bình quân đầu người đạt 195 triệu đồng. Tổng kim ngạch xuất khẩu và nhập khẩu dự kiến tăng từ 9-10%, vốn đầu tư trực tiếp nước ngoài thu hút đạt 1,8 tỷ USD. Bài liên quan Hà Nội: Mục tiêu GRDP bình quân từ 45.000-46.000 USD/người TP Hồ Chí Minh hướng tới mục tiêu GRDP năm 2025 đạt 8,5% Thanh Hóa:',
    ['8.2'], ['PCI.1'], "the province's plan targets for 2025 with the 2024 results: the plan of the year, 8.2 (q022, s113)")
doc('n077', 'D-087', 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=db0dda3b-1ee9-44ed-ad54-f9a61fdd3fd7&key=H%2Ffl7fdldg64PDTq%2FS8rWw%3D%3D',
    'Bắc Ninh', '',
    'ỦY BAN NHÂN DÂN TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 344/KH-UBND Bắc Ninh, ngày 30 tháng 5 năm 2025 KẾ HOẠCH TRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    ['DTI.1', '7.1'], ['PCI.1'], "the province's plan implementing resolution 57 (344/KH-UBND): a DX plan (q046, r072)")
doc('n078', 'J-218', 'https://www.yousportnews.co/fsc-tag12676.html',
    'Tuyên Quang', 'Tuyên Quang nhân rộng mô hình trồng rừng gỗ lớn',
    'Tuyên Quang là một trong những tỉnh dẫn đầu cả nước về độ che phủ của rừng với tỷ lệ hơn 65%. Phát huy thế mạnh, tỉnh đang tập trung phát triển rừng gỗ lớn, phấn đấu đến năm 2025 diện tích rừng gỗ lớn của tỉnh đạt 89.000 ha.',
    [], ['8.2'], 'a tag page on a forestry goal')
doc('n079', 'J-020', 'https://khucongnghiepcamkhe.com/TinTuc/TrangChiTiet?IDTinTuc=ca1843ec-5f5a-40ad-8df6-67a8b22dec5f',
    'Phú Thọ', '',
    'TIN TỨC MỚI NHẤT Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Phú Thọ giai đoạn 2017 - 2020, định hướng đến năm 2025 Ngày 23/11, UBND tỉnh ban hành Kế hoạch số 5321/KH-UBND hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Phú Thọ giai đoạn 2017 - 2020, định hướng đến năm 2025. Mục tiêu của kế hoạch nhằm xây dựng, hoàn thiện và triển khai thực hiện tốt cả các cơ chế, chính sách liên quan đến khởi nghiệp đổi mới sáng tạo;',
    [], ['DTI.1', 'PCI.1'], "the province's 2017 plan for the start-up ecosystem: neither a DX plan nor a PCI plan")
doc('n080', 'D-003', 'https://amp.doisongphapluat.com.vn/lao-cai-phan-dau-tang-truong-grdp-dat-tren-10-tu-nam-2025-a660403.html',
    'Lào Cai', '',
    'Thông báo số 03/TB-VPCP ngày 2/1/2025 của Văn phòng Chính phủ ban hành kết luận của Thủ tướng Chính phủ Phạm Minh Chính sau buổi làm việc với tỉnh Lào Cai. Theo đó, Thủ tướng nhận định những thế mạnh riêng biệt của Lào Cai, đồng thời nêu rõ những khó khăn, thách thức còn tồn tại.',
    [], ['8.2'], "the Government Office's notice of the Prime Minister's conclusions on the province: another level's act")
doc('n081', 'F-015', 'https://nongnghiep.vinhlong.gov.vn/xem-chi-tiet-tin-tuc/id/193474',
    'Vĩnh Long', '',
    'Kế hoạch đã đề ra mục tiêu chung; mục tiêu cụ thể và nhiệm vụ trọng tâm của cải cách hành chính đến năm 2025; giải pháp thực hiện và phân công trách nhiệm tổ chức thực hiện kế hoạch cụ thể cho thủ trưởng các phòng, ban, đơn vị trực thuộc Sở. Theo đó, mục tiêu cụ thể đối với nội dung cải cách thủ tục hành chính đến năm 2025 đạt được như sau:',
    [], ['1.1', '3.2'], "one department's CCHC plan to 2025 (x293)")
doc('n082', 'J-131', 'https://vuongdinhhue.chinhphu.vn/Home/Huyen-Cau-Ke-tinh-Tra-Vinh-dat-chuan-nong-thon-moi/20202/1425.vgp',
    'Trà Vinh', '',
    '6:02 PM, 03/02/2020 Huyện Cầu Kè, tỉnh Trà Vinh đạt chuẩn nông thôn mới (Chinhphu.vn) - Phó Thủ tướng Vương Đình Huệ đã ký Quyết định số 160/QĐ-TTg công nhận huyện Cầu Kè, tỉnh Trà Vinh đạt chuẩn nông thôn mới năm 2019. Phó Thủ tướng giao UBND tỉnh Trà Vinh có trách nhiệm công bố và khen thưởng theo quy định, chỉ đạo huyện Cầu Kè tiếp tục duy trì và nâng cao chất lượng các tiêu chí, chú trọng tiêu chí về sản xuất và môi trường để đảm bảo tính bền vững trong xây dựng nông thôn mới.',
    [], ['8.2'], "the Deputy Prime Minister's new-countryside recognition of a district")
doc('n083', 'G-031', 'https://baogialai.com.vn/gia-lai-xep-thu-8-ca-nuoc-ve-phuc-vu-nguoi-dan-doanh-nghiep-trong-thang-10-post570542.html',
    'Gia Lai', '',
    '(GLO)- Theo số liệu thống kê trên Cổng Dịch vụ công quốc gia, trong tháng 10-2025, tỉnh Gia Lai xếp vị trí thứ 8/34 tỉnh, thành phố về bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính (TTHC), cung cấp dịch vụ công. Trong đó, chỉ số công khai, minh bạch đạt 18/18 điểm; tiến độ giải quyết đạt 18,3/20 điểm; dịch vụ trực tuyến đạt 8,1/12 điểm; thanh toán trực tuyến đạt 7,5/10 điểm; mức độ hài lòng đạt 18/18 điểm và số hóa hồ sơ đạt 17,1/22 điểm.',
    [], ['3.5', '7.3'], "the province's monthly scores on the national portal's service index: a ranking published by others (g032, q119)")
doc('n084', 'J-105', 'https://timhieuvietnam.vn/quy-hoach-tong-the-phat-trien-kinh-te-xa-hoi-tinh-binh-duong-den-nam-2020',
    'Bình Dương', '',
    'Mục tiêu tổng quát: Xây dựng Bình Dương trở thành một đô thị văn minh, hiện đại, trở thành một trong những đô thị phát triển kinh tế - xã hội của vùng Kinh tế trọng điểm phía Nam, có sức lan toả lớn, có tác động mạnh đến các tỉnh lân cận và vùng xung quanh; Bình Dương trở thành một đô thị trực thuộc Trung ương trước năm 2020;',
    [], ['8.2'], 'the socio-economic master plan to 2020')
doc('n085', 'A-214', 'http://ict.thainguyen.gov.vn/tin-hoat-dong-2/diem-sang-trong-phat-trien-chinh-phu-dien-tu-huong-toi-chinh-phu-so-207.html',
    '', '',
    'Điểm sáng trong phát triển chính phủ điện tử, hướng tới chính phủ số Thứ năm - 08/04/2021 05:04 0 Tháng 3/2021 là tròn 02 năm triển khai Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử (CPĐT) giai đoạn 2019-2020, định hướng đến 2025 (Nghị quyết 17).',
    [], ['7.1'], 'national e-government news on a department portal')
doc('n086', 'J-202', 'http://baoyenbai.com.vn/11/199693/Yen-Bai-tap-trung-thuc-hien-hieu-qua-3-dot-pha-chien-luoc-7-nhiem-vu-trong-tam.aspx',
    'Yên Bái', '',
    'Trong nhiệm kỳ 2020 - 2025 tỉnh đặt ra các chỉ tiêu chủ yếu phấn đấu tốc độ tăng GRDP bình quân giai đoạn 2021 - 2025 đạt trên 7,5%; GRDP bình quân đầu người đến năm 2025 đạt trên 60 triệu đồng; thu ngân sách Nhà nước trên địa bàn đạt trên 7.000 tỷ đồng; tổng vốn đầu tư phát triển trên địa bàn đạt 100.000 tỷ đồng; tốc độ tăng năng suất lao động xã hội bình quân 6,2%/năm. Lĩnh vực văn hóa, xã hội, phấn đấu tuổi thọ trung bình người dân đạt 74,5 tuổi; số năm sống khỏe đạt tối thiểu 68 năm;',
    [], ['8.2'], "the term's targets 2020-2025")
doc('n087', 'J-303', 'https://nvsk.vnanet.vn/print/infographics-vung-tay-nguyen-quy-hoach-tinh-kon-tum-thoi-ky-2021-2030-tam-nhin-den-nam-2050-interactive-142429.vna',
    'Kon Tum', '',
    'Hà Nội (TTXVN 27/2/2024) Đến năm 2030, tỉnh Kon Tum phấn đấu đạt tốc độ tăng trưởng kinh tế bình quân trên 9,5%/năm; GRDP bình quân đầu người đạt trên 110 triệu đồng/người. Ngoài ra, Kon Tum đảm bảo quốc phòng, an ninh; giữ vững ổn định chính trị, trật tự an toàn xã hội; nâng cao hiệu quả công tác đối ngoại.',
    [], ['8.2'], "the provincial master plan's goals to 2030")
doc('n088', 'J-532', 'https://www.sggp.org.vn/soc-trang-dat-va-vuot-24-chi-tieu-nghi-quyet-nam-2024-post771489.html',
    'Sóc Trăng', '',
    'Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn phát biểu tại hội nghị Ban Chấp hành Đảng bộ tỉnh Sóc Trăng, ngày 2-12 Theo đó, tốc độ tăng trưởng kinh tế năm 2024 của tỉnh Sóc Trăng ước đạt 7%, đạt chỉ tiêu nghị quyết (khu vực I tăng 3,94%; khu vực II tăng 10,3%; khu vực III tăng 8,96%). Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội ước đạt 103.000 tỷ đồng (vượt 14,4% chỉ tiêu nghị quyết, tăng 17,1% so cùng kỳ).',
    ['8.2'], ['6.1'], "the party committee's year-end conference reviewing the 2024 results against the resolution's indicators: 8.2 (s053, q083)")
doc('n089', 'B-175', 'https://hethongphapluat.vn/quyet-dinh-2314-qd-ubnd-nam-2021-ve-de-an-“chuyen-doi-so-tinh-ninh-thuan-giai-doan-2021-2025-tam-nhin-den-nam-2030”.html',
    'Ninh Thuận', '',
    'ỦY BAN NHÂN DÂN TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2314/QĐ-UBND Ninh Thuận, ngày 15 tháng 12 năm 2021 QUYẾT ĐỊNH BAN HÀNH ĐỀ ÁN “CHUYỂN ĐỔI SỐ TỈNH NINH THUẬN GIAI ĐOẠN 2021-2025, TẦM NHÌN ĐẾN NĂM 2030” CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật tổ chức Chính phủ và Luật tổ chức chính quyền địa phương ngày 22/11/2019;',
    ['DTI.1', '7.1'], ['7.3'], "the province's DX project 2021-2025 (2314/QĐ-UBND): DTI.1 + 7.1")
doc('n090', 'F-017', 'https://baothanhhoa.vn/hdnd-xa-muong-lat-danh-gia-ket-qua-nam-2025-de-ra-28-chi-tieu-nam-2026-272915.htm',
    'Thanh Hóa', 'HĐND xã Mường Lát đánh giá kết quả năm 2025, đề ra 28 chỉ tiêu năm 2026',
    'Sáng ngày 24/12, HĐND xã Mường Lát tổ chức Kỳ họp thứ 4, kỳ họp thường lệ cuối năm 2025 nhằm đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025 và quyết định các mục tiêu, nhiệm vụ trọng tâm năm 2026. Toàn cảnh kỳ họp. Tại kỳ họp, các đại biểu đã nghe và thảo luận các báo cáo của UBND xã Mường Lát về tình hình thực hiện nhiệm vụ năm 2025. Theo đó, xã Mường Lát đã hoàn thành công tác xóa nhà tạm, nhà dột nát theo Chỉ thị số 22 của Ban Thường vụ Tỉnh ủy Thanh Hóa.',
    [], ['8.2'], "a commune council's year-end session")
doc('n091', 'dev-011', 'https://www.quanlynhanuoc.vn/2023/10/26/thua-thien-hue-thuc-hien-cai-cach-hanh-chinh-dap-ung-yeu-cau-thuc-tien/',
    'Thừa Thiên Huế', '',
    'Thừa Thiên Huế thực hiện cải cách hành chính đáp ứng yêu cầu thực tiễn ThS. Nguyễn Thị Thu Hương Học viện Hành chính Quốc gia (Quanlynhanuoc.vn) – Với mục tiêu Đến năm 2025, Thừa Thiên Huế trở thành thành phố trực thuộc Trung ương”, tỉnh Thừa Thiên Huế đã tập trung cao cho công tác cải cách hành chính nhằm đẩy mạnh cải cách hành chính, nâng cao hiệu lực, hiệu quả giải quyết các thủ tục hành chính góp phần thúc đầy phát triển kinh tế xã hội của …',
    [], ['1.1', '1.2'], "an academy researcher's article on the province's CCHC: research")
doc('n092', 'D-085', 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-324-KH-UBND-2021-chuyen-doi-so-tinh-Bac-Giang-giai-doan-2021-2025-487137.aspx?ac=emails',
    'Bắc Giang', '',
    'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 324/KH-UBND Bắc Giang, ngày 13 tháng 7 năm 2021 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH BẮC GIANG GIAI ĐOẠN 2021-2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030 Thực hiện Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030 và Nghị quyết số 111-NQ/TU ngày 11/6/2021 của Tỉnh ủy về …',
    ['DTI.1', '7.1'], ['7.3'], "the province's DX plan 2021-2025 (324/KH-UBND): DTI.1 + 7.1")
doc('n093', 'J-451', 'https://baodantoc.vn/tinh-tra-vinh-co-ban-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-1733123327215.htm',
    'Trà Vinh', '',
    'Analytic Tỉnh Trà Vinh cơ bản hoàn thành nhiệm vụ xây dựng nông thôn mới Tào Đạt - Như Tâm - 14:08, 02/12/2024 Đến nay, tỉnh Trà Vinh đã đạt 7/8 nội dung xây dựng nông thôn mới, tất cả cấp huyện được Thủ tướng quyết định công nhận đạt chuẩn nông thôn mới. Tỉnh Trà Vinh đổi thay nhờ xây dựng nông thôn mới Tỉnh Trà Vinh đổi thay nhờ xây dựng nông thôn mới Báo cáo của UBND tỉnh Trà Vinh ban hành gần đây cho thấy, tỉnh Trà Vinh đã cơ bản đạt 7/8 nội dung xây dựng nông thôn mới.',
    [], ['8.2'], 'new-countryside results: a programme')
doc('n094', 'A-165', 'https://vtcnews.vn/ha-noi-dan-dau-ca-nuoc-ve-chuyen-doi-so-cao-bang-dung-cuoi-bang-ar972306.html',
    '', '',
    'Sáng 21/10, tại chương trình chào mừng Ngày Chuyển đổi số quốc gia năm 2025, Bộ Khoa học và Công nghệ công bố xếp hạng mức độ chuyển đổi số năm 2024 các tỉnh, thành phố trực thuộc Trung ương. Theo đó, trong số 34 tỉnh, thành phố sau sáp nhập, TP Hà Nội dẫn đầu với giá trị DTI (Bộ chỉ số đánh giá chuyển đổi số) đạt 0,8241. Đứng thứ hai là TP Huế với giá trị DTI đạt 0,7951. Các tỉnh, thành xếp sau đó lần lượt là TP Hải Phòng và TP.HCM.',
    [], ['DTI.1'], 'the national DTI 2024 ranking')
doc('n095', 'A-184', 'https://nongnghiephuuco.vn/tinh-quang-binh-phat-dong-phong-trao-binh-dan-hoc-vu-so-6615.html',
    'Quảng Bình', '',
    'Ông Lê Ngọc Quang, Bí thư Tỉnh ủy Quảng Bình phát biểu tại buổi lễ phát động Dự lễ có các đồng chí: Lê Ngọc Quang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh (Ban chỉ đạo); Trần Hải Châu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Phó trưởng Ban Chỉ đạo; Trần Phong, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Phó trưởng Ban Thường trực Ban Chỉ đạo;',
    [], ['DTI.1', '7.1'], "the launch of the digital-literacy movement ('Bình dân học vụ số'): an event, not the DX plan (r115)")
doc('n096', 'J-311', 'https://vietnambiz.vn/ninh-thuan-len-ke-hoach-dau-tu-75538-ty-vao-du-lich-de-dat-6-trieu-luot-khach-vao-nam-2030-20211011080000467.htm',
    'Ninh Thuận', 'Ninh Thuận lên kế hoạch đầu tư 75.538 tỷ vào du lịch để đạt 6 triệu lượt khách vào năm 2030',
    'UBND tỉnh Ninh Thuận vừa có quyết định phê duyệt Đề án phát triển du lịch tỉnh Ninh Thuận giai đoạn 2021-2025, tầm nhìn đến năm 2030. Theo đó, tỉnh Ninh Thuận đặt mục tiêu đến năm 2030, du lịch thực sự trở thành ngành kinh tế mũi nhọn của tỉnh Ninh Thuận với đóng góp khoảng 15% GRDP; trở thành điểm du lịch nghỉ dưỡng trải nghiệm ưu tiên của khách quốc tế tới Việt Nam, điển hình là khách Nga và là điểm du lịch khám phá sáng tạo hấp dẫn của khách du lịch nội địa.',
    [], ['8.2'], "the province's tourism project: a sector")
doc('n097', 'G-010', 'https://khcn.nghean.gov.vn/chuyen-doi-so/viet-nam-tang-toc-chuyen-doi-so-ket-qua-2024-va-muc-tieu-but-pha-2025-724347?pageindex=0',
    '', '',
    'Thống kê truy cập Việt Nam Tăng Tốc Chuyển Đổi Số: Kết Quả 2024 và Mục Tiêu Bứt Phá 2025 Ngày 23/02/2025, Văn phòng Chính phủ ban hành Thông báo số 56/TB-VPCP, kết luận Phiên họp tổng kết hoạt động của Ủy ban Quốc gia về chuyển đổi số và Đề án 06 năm 2024, đồng thời xác định phương hướng, nhiệm vụ trọng tâm cho năm 2025.',
    [], ['DTI.1', '7.1'], "the Government's notice on national DX results reposted by a department")
doc('n098', 'A-028', 'https://baoyenbai.com.vn/266/320368/Chuyen-doi-so-o-Yen-Bai-Kip-thoi-va-hanh-dong-bai-ban-.aspx',
    'Yên Bái', '',
    'Yên Bái là tỉnh miền núi, tỷ lệ đồng bào dân tộc thiểu số chiếm 57%; toàn tỉnh có 59 xã vùng III (chiếm 34% số xã, phường, thị trấn), có 2 huyện đặc biệt khó khăn là Trạm Tấu và Mù Cang Chải. Do vậy, chuyển đổi số (CĐS) là thách thức không nhỏ đối với cấp ủy, chính quyền và nhân dân các dân tộc trong tỉnh. Mặc dù khó khăn, thách thức lớn, song công tác CĐS ở Yên Bái đã đạt được những thành tựu đáng kể. Minh chứng rõ nét nhất là chỉ số CĐS (DTI) của tỉnh tăng nhanh và đều qua các năm.',
    [], ['DTI.1', '7.1'], 'a DX results feature naming resolution 51-NQ/TU after a general lead (q027)')
doc('n099', 'dev-037', 'https://phapluatxahoi.kinhtedothi.vn/Tags/ha-noi-huong-toi-75982.tag',
    'Hà Nội', 'Hướng tới mục tiêu trở thành 1 trong 5 địa phương dẫn đầu cả nước về chuyển đổi số',
    'Theo Chủ tịch UBND TP Hà Nội Chu Ngọc Anh, thời gian qua, Hà Nội đã quan tâm và tập trung nguồn lực để nâng cao chất lượng công tác CCHC, xác định CCHC là nhiệm vụ trọng tâm, liên tục và xuyên suốt để hướng tới mục tiêu trở thành 1 trong 5 địa phương dẫn đầu cả nước về chuyển đổi số và xây dựng chính quyền điện tử vào năm 2025.',
    [], ['DTI.1', '1.1'], "a tag page quoting the chairman's CCHC aim")
doc('n100', 'A-081', 'https://baothuathienhue.vn/amp.aspx?newid=136428',
    'Thừa Thiên Huế', '',
    'GIới thiệu hoạt động của Hue-S tại Trung tâm Giám sát điều hành đô thị thông minh - "Trái tim" chuyển đổi số của Huế Kế hoạch chuyển đổi số được tỉnh thực hiện với mục tiêu, triển khai các nội dung về phát triển chính quyền số, kinh tế số và phát triển xã hội số. Kế hoạch cũng nêu rõ, phát triển chính quyền số với 100% các cơ quan Nhà nước trên địa bàn tỉnh kết nối hạ tầng mạng băng thông rộng trên mạng chuyên dùng của Chính phủ để đáp ứng triển khai các dịch vụ số, đảm bảo an toàn thông tin.',
    ['DTI.1', '7.1'], ['7.3'], "news presenting the province's DX plan and its digital-government targets: DTI.1 + 7.1 (r118)")
doc('n101', 'B-092', 'https://tuoitrethudo.vn/chuyen-doi-so-quang-nam-di-sau-duoi-kip-tien-cung-208669.html',
    'Quảng Nam', '',
    'Tỉnh Quảng Nam xác định chuyển đổi số là giải pháp đột phá trong phát triển kinh tế - xã hội của địa phương, cơ hội rút ngắn khoảng cách phát triển so với các tỉnh, thành phố khác. Sau khi tái lập tỉnh, Quảng Nam là một trong những địa phương gặp rất nhiều khó khăn trong phát triển kinh tế - xã hội (KT-XH). Tuy nhiên, Đảng bộ, chính quyền và Nhân dân đã phát huy truyền thống đoàn kết, đồng lòng, quyết tâm vượt qua mọi thử thách chuyển mình bứt phá phát triển như ngày hôm nay.',
    [], ['DTI.1'], 'a DX feature naming no act')
doc('n102', 'A-240', 'https://baomoi.net.vn/phe-duyet-de-an-chuyen-doi-so-nam-2025-c50594193.epi',
    'Bắc Giang', 'Phê duyệt Đề án chuyển đổi số năm 2025',
    'Chủ tịch UBND tỉnh Bắc Giang vừa ban hành Quyết định số 1723/QĐ-UBND phê duyệt Đề án chuyển đổi số tỉnh Bắc Giang năm 2025. Mục tiêu tổng quát của Đề án nhằm xây dựng, hoàn thiện hạ tầng số, nền tảng số, phần mềm và ứng dụng công nghệ thông tin để tạo lập, phát triển, kết nối, chia sẻ dữ liệu số tạo tiền đề phát triển chính quyền số, kinh tế số, xã hội số dựa trên kết quả Đề án 06, gắn với cải cách hành chính và phát triển đô thị thông minh nhằm …',
    ['DTI.1', '7.1'], ['7.4'], "news of the chairman's decision approving the province's DX project of 2025 (1723/QĐ-UBND): DTI.1 + 7.1")
doc('n103', 'G-066', 'https://mic.gov.vn/Pages/Video/2174/Phat-trien-ha-tang-so-thuc-day-chuyen-doi-so-quoc-gia.html',
    '', 'Phát triển hạ tầng số thúc đẩy chuyển đổi số quốc gia',
    'Nhìn lại nửa nhiệm kỳ Đại hội XIII của Đảng, công cuộc chuyển đổi số quốc gia đã có nhiều chuyển biến tích cực. Trong 3 nhiệm vụ trọng tâm Nghị quyết Đại hội XIII của Đảng đặt ra nhằm thực hiện các đột phá chiến lược thì chuyển đổi số quốc gia được xác định ở nhiệm vụ thứ hai, cụ thể: "Phát triển mạnh mẽ khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số để tạo bứt phá về năng suất, chất lượng, hiệu quả và sức cạnh tranh".',
    [], ['DTI.1'], "the ministry's video on national digital infrastructure")
doc('n104', 'B-056', 'https://timhieuluat24h.com/Ke-hoach-11252-KH-UBND-2023-nang-cao-chi-so-chuyen-doi-so-DT',
    'Khánh Hòa', 'Kế hoạch 11252/KH-UBND 2023 nâng cao chỉ số chuyển đổi số DTI Khánh Hòa',
    'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 11252/KH-UBND Khánh Hòa, ngày 30 tháng 10 năm 2023 KẾ HOẠCH NÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH KHÁNH HÒA NĂM 2023 Theo Báo cáo Chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và các tỉnh, thành phố trực thuộc Trung ương năm 2022 của Bộ Thông tin và Truyền thông, tỉnh Khánh Hòa xếp vị trí 41/63 tỉnh, thành phố trực thuộc Trung ương (giảm 11 bậc so với năm 2021). Xếp hạng chính quyền số:',
    ['DTI.1', '7.1'], ['1.5'], "the province's plan to raise its DTI in 2023 (11252/KH-UBND): a province-wide plan remedying DX shortcomings is a DX plan (s146)")
doc('n105', 'J-323', 'https://congthuong.vn/binh-thuan-sap-xep-lai-8-don-vi-hanh-chinh-trong-giai-doan-2023-2025-295119.html&mobile=yes&amp=1',
    'Bình Thuận', 'Bình Thuận: Sắp xếp lại 8 đơn vị hành chính trong giai đoạn 2023-2025',
    'Phó Thủ tướng Trần Hồng Hà vừa ký quyết định số 1701/QĐ-TTg phê duyệt quy hoạch tỉnh Bình Thuận thời kỳ 2021-2030, tầm nhìn đến năm 2050. Bình Thuận: Hỗ trợ doanh nghiệp quảng bá và tiêu thụ sản phẩm chủ lực, đặc trưng Bình Thuận: Đã lựa chọn nhà thầu thi công tuyến đường 149 tỷ đồng Bình Thuận sắp xếp 8 đơn vị hành chính cấp xã, gồm các phường: Lạc Đạo, Đức Nghĩa, Đức Thắng, Bình Hưng, Hưng Long, Thanh Hải và các xã: Tiến Lợi, Phong Nẫm của TP. Phan Thiết trong giai đoạn 2023 – 2025.',
    [], ['8.2', '4.4'], "the Prime Minister's master plan of the province, with a headline on merging communes: another level's act")
doc('n106', 'J-031', 'https://www.xaluan.com/modules.php?name=News&file=article&sid=3034699',
    'Bình Định', '',
    'Bình Định đặt mục tiêu đón 4 triệu lượt khách du lịch Susucn Nguyen nguồn bình luận 999 A- A A+ Ngày 6.1, Sở Du lịch Bình Định tổ chức hội nghị Đẩy mạnh công tác quảng bá, xúc tiến du lịch Quy Nhơn - Bình Định năm 2021. Bình Định đặt mục tiêu đón 4 triệu lượt khách du lịch Quy Nhơn về đêm Xem Video:',
    [], ['8.2'], "the tourism department's promotion conference: a sector")
doc('n107', 'A-132', 'http://lienhiephoihaiduong.vn/nghien-cuu-trao-doi/nhung-noi-dung-chinh-ve-dot-pha-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-tinh-hai-duong-1074.html',
    'Hải Dương', '',
    'Trên tinh thần đó, tỉnh Hải Dương đã ban hành Kế hoạch số 726/KH- UBND ngày 20/02/2025 về thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ và Chương trình hành động số 113 -CTr/TU ngày 18/02/2025 của Tỉnh uỷ thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh Hải Dương. Theo đó, tỉnh Hải Dương đặt ra những chỉ tiêu đến năm 2030:',
    ['DTI.1', '7.1'], ['PCI.1'], "an article presenting the province's plan implementing 03/NQ-CP and resolution 57 (726/KH-UBND) and its 2030 targets: DTI.1 + 7.1 (q046)")
doc('n108', 'A-221', 'https://www.qdnd.vn/giao-duc-khoa-hoc/chuyen-doi-so/nam-dinh-diem-sang-trong-hanh-trinh-chuyen-doi-so-quoc-gia-829160',
    'Nam Định', '',
    'Tỉnh Nam Định đã có những bước đi rõ ràng và quyết liệt trong việc thúc đẩy ứng dụng KHCN và CĐS. Ngay từ đầu nhiệm kỳ, Ban Chấp hành Đảng bộ tỉnh Nam Định đã thể hiện quyết tâm chính trị rất cao bằng việc ban hành Nghị quyết số 09-NQ/TU ngày 15-10-2021 về CĐS tỉnh Nam Định đến năm 2025, định hướng đến năm 2030. Mục tiêu trọng tâm của nghị quyết là đến năm 2025, Nam Định phấn đấu thuộc nhóm 20 địa phương dẫn đầu cả nước về chỉ số đánh giá CĐS; xây dựng chính quyền số hiệu lực, hiệu quả;',
    ['DTI.1', '7.1'], ['8.2'], "hard call: the first paragraph presents the party's DX resolution 09-NQ/TU and its goals after one general sentence: the act as subject (q055), DTI.1 + 7.1; contrast `n041` and `n098` (the act named only as the frame of results, or after a general lead)")
doc('n109', 'D-042', 'https://viettimes.vn/80-ho-gia-dinh-kinh-doanh-o-lang-son-se-co-gian-hang-so-post179798.html',
    'Lạng Sơn', '',
    '80% hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số 0:00 / 0:00 0:00 Lạng Sơn phấn đấu phát triển kinh tế số chiếm 25% - 30% GRDP của tỉnh. Đặc biệt, vào năm 2030, tỷ lệ hộ gia đình có cửa hàng số trên nền tảng thương mại điện tử là hơn 80%. 80% hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số Kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20% Theo đề án Chuyển đổi số tỉnh Lạng Sơn đến năm 2030, UBND tỉnh xác định rõ mục tiêu về phát triển kinh tế số.',
    ['DTI.1', '7.1'], ['8.2'], "news of the digital-economy goals of the province's overall DX project to 2030: the project is the province's DX plan, DTI.1 + 7.1 (r118)")
doc('n110', 'E-084', 'https://tptuyhoa.phuyen.gov.vn/kinh-te-chinh-tri/toc-do-tang-grdp-cua-phu-yen-vao-top-10-ca-nuoc-767809',
    'Phú Yên', '',
    'Thống kê truy cập Tốc độ tăng GRDP của Phú Yên vào top 10 cả nước Theo Cục Thống kê Phú Yên, dự ước GRDP năm 2023 của tỉnh tăng 9,16% so với năm trước; xếp vị thứ 10 cả nước, thứ 3/14 tỉnh, thành phố khu vực miền Trung từ Thanh Hóa đến Bình Thuận. anh tin bai Đồ họa: VIỆT ANNguồn: Tổng cục Thống kê Trong đó, khu vực nông, lâm nghiệp và thuỷ sản tăng 3,28%, đóng góp 0,78 điểm %; khu vực công nghiệp và xây dựng tăng 19,86%, đóng góp 5,62 điểm %; khu vực dịch vụ tăng 5,99%, đóng góp 2,59 điểm %;',
    [], ['8.2'], "the statistics office's GRDP estimate and rank: figures, not the province's account (x327)")
doc('n111', 'J-455', 'https://baoangiang.com.vn/hanh-trinh-chuyen-doi-so-o-an-giang-a381384.html',
    'An Giang', '',
    'Hành trình chuyển đổi số ở An Giang 28/11/2023 - 22:04 Chuyển đổi số là xu thế tất yếu, động lực mới, chìa khóa giải quyết những điểm nghẽn, mở ra không gian phát triển mới. Nghị quyết Đại hội XI Đảng bộ tỉnh An Giang đã xác định: “Ứng dụng mạnh mẽ công nghệ thông tin, xây dựng chính quyền điện tử, tiến tới chính quyền số”.',
    [], ['DTI.1', '7.1'], 'a feature on two years of DX naming the congress resolution only')
doc('n112', 'A-218', 'https://ngaynay.vn/ha-noi-day-manh-thuc-hien-cac-nhiem-vu-chien-luoc-ve-chuyen-doi-so-post162856.html',
    'Hà Nội', 'Hà Nội tạo đột phá từ chuyển đổi số',
    'Ngay từ đầu năm 2025, UBND TP. Hà Nội đã chỉ đạo quyết liệt việc tổ chức thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, cùng Quyết định số 204-QĐ/TW ngày 29/11/2024 của Ban Bí thư về chuyển đổi số trong các cơ quan Đảng.',
    [], ['DTI.1', '7.1'], "the city's direction on implementing resolution 57 and the Secretariat's decision, naming no plan of its own")
doc('n113', 'H-025', 'https://static-file-cdn.mekongasean.vn/tag/grdp-3285.tag',
    '', '',
    'Triển khai thực hiện chỉ đạo của Chính phủ, tỉnh Sơn La đã điều chỉnh mục tiêu tăng trưởng kinh tế cả năm 2025 từ 5,5% lên 8% và đề ra 5 nhóm nhiệm vụ, giải pháp để triển khai thực hiện, đảm bảo thực hiện mục tiêu này. Ngày 25/2, tại Kỳ họp thứ 21, HĐND TP Hà Nội đã thông qua Nghị quyết bổ sung về phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên. Năm 2024, có 4 địa phương trong vùng Đồng bằng sông Hồng tăng trưởng hai con số, nằm trong Top 10 của cả nước, gồm:',
    [], ['8.2'], "a tag page: two provinces' revised 2025 growth goals (p014)")
doc('n114', 'H-028', 'https://baothanhhoa.vn/quan-triet-trien-khai-nghi-quyet-dai-hoi-dai-bieu-dang-bo-xa-vinh-loc-lan-thu-i-nhiem-ky-2025-2030-262395.htm',
    'Thanh Hóa', 'Quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030',
    'Sáng 23/9, Đảng bộ xã Vĩnh Lộc tổ chức Hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030; tổng kết nghị quyết số 18-NQ/TW và triển khai các văn bản của Trung ương, Tỉnh ủy. Toàn cảnh hội nghị. Tại hội nghị, Ban Chấp hành Đảng bộ xã Vĩnh Lộc đã quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030, với mục tiêu xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh;',
    [], ['8.2'], "a commune's congress resolution")
doc('n115', 'A-118', 'https://nhandan.vn/nam-dinh-tap-trung-cai-cach-hanh-chinh-nang-cao-hieu-qua-phuc-vu-post775787.html',
    'Nam Định', '',
    'Đồng chí Nguyễn Mạnh Khuyến, Trưởng phòng Công nghệ thông tin, Sở Thông tin và Truyền thông tỉnh Nam Định cho biết: Xác định chuyển đổi số là “chìa khóa” quan trọng thúc đẩy cải cách hành chính, Ban Chấp hành Đảng bộ tỉnh Nam Định khóa 20 đã ban hành Nghị quyết số 09-NQ/TU ngày 15/10/2021 về chuyển đổi số tỉnh Nam Định đến năm 2025, định hướng đến năm 2030. Sau khoảng hai năm tập trung thực hiện, đến nay tỉnh đã có bước chuyển mạnh mẽ trong lĩnh vực này với một số chỉ số thuộc tốp đầu cả nước.',
    ['DTI.1', '7.1'], ['3.3'], "the information department's first paragraph presents the party's DX resolution 09-NQ/TU as issued, then two years' results: the act as subject (q055, q120), DTI.1 + 7.1; contrast `n041`, whose first sentence is the results of the act")
doc('n116', 'A-036', 'https://mic.gov.vn/nghi-quyet-ve-chuyen-doi-so-thanh-pho-hai-phong-den-nam-2025-dinh-huong-den-nam-2030-197149702.htm',
    'Hải Phòng', '',
    'Theo đó, chuyển đổi số là “động lực” trong phát triển thành phố; là nhiệm vụ trọng tâm, xuyên suốt trong lãnh đạo của các cấp ủy đảng, trong toàn bộ hoạt động của các cơ quan, tổ chức, người dân và doanh nghiệp nhằm phục vụ tốt nhất nhiệm vụ phát triển kinh tế-xã hội thành phố. Sự vào cuộc của cả hệ thống chính trị, đặc biệt là người đứng đầu; hành động đồng bộ ở các cơ quan, đơn vị, địa phương và sự tham gia của tổ chức, doanh nghiệp và người dân là yếu tố bảo đảm sự thành công của chuyển đổi số;',
    ['DTI.1', '7.1'], ['7.3'], "the ministry's site relaying the content of the city's DX resolution to 2025 (views, digital-government targets): DTI.1 + 7.1 (the issuer decides)")
doc('n117', 'J-103', 'https://m.saigondautu.com.vn/kinh-te/an-giang-dua-thu-nhap-binh-quan-dau-nguoi-dat-khoang-72-trieu-dong-84207.html',
    'An Giang', 'An Giang đưa thu nhập bình quân đầu người đạt khoảng 72 triệu đồng',
    '(ĐTTCO) - Chiều 25-9, đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ 2020-2025, đã thông qua nghị quyết đại hội với mục tiêu tổng quát là nâng cao năng lực lãnh đạo của Đảng bộ và hiệu quả quản lý của chính quyền; phát huy dân chủ, kỷ cương; khai thác mạnh lợi thế so sánh của địa phương trong liên kết vùng và hội nhập quốc tế... Ban chấp hành Đảng bộ tỉnh An Giang nhiệm kỳ 2020-2025. Ban chấp hành Đảng bộ tỉnh An Giang nhiệm kỳ 2020-2025.',
    [], ['8.2'], "the party congress resolution's term goals (g044)")
doc('n118', 'H-015', 'https://baoquangnam.vn/nong-son-gia-tri-san-xuat-cong-nghiep-xay-dung-dich-vu-deu-tang-3137969.html',
    'Quảng Nam', '',
    'Kinh tế Nông Sơn: Giá trị sản xuất công nghiệp - xây dựng, dịch vụ đều tăng (QNO) - Ngày 15/7, HĐND huyện Nông Sơn khóa XII (nhiệm kỳ 2021 - 2026) tổ chức Kỳ họp thứ 17 đánh giá tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2024. Quang cảnh Kỳ họp thứ 17, HĐND huyện Nông Sơn khóa XII. Ảnh: T.P Trong 6 tháng đầu năm 2024, tình hình kinh tế - xã hội, an ninh - quốc phòng trên địa bàn huyện Nông Sơn cơ bản ổn định.',
    [], ['8.2', '6.1'], "a district council's six-month session")
doc('n119', 'H-054', 'https://beta.nhandan.com.vn/tranghanoi-tin-chung/cac-chi-tieu-chu-yeu-den-nam-2025-620613/',
    'Hà Nội', '',
    'Các chỉ tiêu chủ yếu đến năm 2025 Về kinh tế: (1) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân giai đoạn 2021 - 2025: từ 7,5 đến 8,0%/năm. (2) Cơ cấu kinh tế năm 2025: Dịch vụ chiếm từ 65,0 đến 65,5%; Công nghiệp và xây dựng chiếm từ 22,5 đến 23,0%; Nông, lâm nghiệp và thủy sản chiếm từ 1,4 đến 1,6%. (3) GRDP bình quân/người: từ 8.300 đến 8.500 USD. (4) Vốn đầu tư phát triển toàn xã hội: từ 3,1 đến 3,2 triệu tỷ đồng (theo giá hiện hành, tăng từ 12,5 đến 13,5%/năm).',
    [], ['8.2'], "the city party congress's indicators to 2025: term goals")
doc('n120', 'H-026', 'https://trangtraiviet.danviet.vn/nong-thon-tay-bac-khun-ha-phat-trien-du-lich-cong-dong-gan-voi-bao-ton-va-phat-huy-cac-gia-tri-van-hoa-truyen-thong-d1357075.html',
    'Lai Châu', '',
    'Tỷ lệ hộ nghèo của xã Khun Há giảm bình quân 6,7%/năm Đảng bộ xã Khun Há vừa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Dự Đại hội có 155 đại biểu đại diện cho 432 đảng viên trong toàn Đảng bộ xã Khun Há. Quang cảnh Đại hội đại biểu Đảng bộ xã Khun Há lần thứ I, nhiệm kỳ 2025-2030. (Ảnh: Vương Trang) Nhiệm kỳ 2020-2025, xã Khun Há đạt được nhiều kết quả quan trọng trên các lĩnh vực kinh tế - xã hội. Cụ thể, tốc độ tăng trưởng đàn vật nuôi trên địa bàn xã bình quân 5%/năm;',
    [], ['8.2'], 'a commune party congress')
doc('n121', 'J-433', 'https://tienphong.vn/an-giang-se-co-them-thanh-pho-moi-post1605908.tpo',
    'An Giang', '',
    'TPO - Theo quy hoạch, đến năm 2030, ngoài thành phố Long Xuyên, Châu Đốc, tỉnh An Giang có thêm thành phố Tân Châu (hiện đang là thị xã Tân Châu). Ngày 19/1, UBND tỉnh An Giang tổ chức lễ công bố Quy hoạch tỉnh An Giang thời kỳ 2021 – 2030, tầm nhìn đến năm 2050. Quy hoạch nêu, An Giang là tỉnh đầu nguồn sông Cửu Long, có đường biên giới dài gần 100km tiếp giáp Vương quốc Campuchia.',
    [], ['8.2'], "the provincial master plan's urban system")
doc('n122', 'J-331', 'https://tienphong.vn/khanh-hoa-phan-dau-tro-thanh-thanh-pho-truc-thuoc-trung-uong-vao-nam-2027-post1813213.tpo',
    'Khánh Hòa', 'Khánh Hòa phấn đấu trở thành thành phố trực thuộc Trung ương vào năm 2027',
    'TPO - Tỉnh Khánh Hòa đang đặt mục tiêu phấn đấu đến cuối năm 2027 sẽ trở thành thành phố trực thuộc Trung ương, sớm hơn 3 năm so với lộ trình đặt ra. Chiều 15/1, tại buổi họp báo thông tin về tình hình kinh tế - xã hội tỉnh Khánh Hòa năm 2025, ông Nguyễn Long Biên - Phó Chủ tịch Thường trực UBND tỉnh Khánh Hòa, cho biết địa phương đang đặt mục tiêu phấn đấu đến năm 2027 trở thành thành phố trực thuộc Trung ương, sớm hơn khoảng 3 năm so với lộ trình được xác định tại Nghị quyết số 09 của Bộ Chính trị.',
    [], ['8.2', '4.4'], "the press briefing's aim to become a centrally-run city by 2027: a term goal; the year's results are not what the text shows")
doc('n123', 'J-421', 'https://stockproxx.vn/tag/ty-le-ho-ngheo',
    'Bà Rịa - Vũng Tàu', "Tỉnh Nam Bộ 'trắng hộ nghèo' nhờ vàng đen, thu nhập bình quân đầu người cao nhất cả nước",
    'Mục tiêu năm 2024 tỉnh đặt ra, thu nhập bình quân đầu người đạt 18 triệu đồng/tháng. Mục tiêu năm 2024 tỉnh đặt ra, thu nhập bình quân đầu người đạt 18 triệu đồng/tháng. Tỉnh Bà Rịa - Vũng Tàu mới đây ghi nhận không còn hộ nghèo, cận nghèo theo chuẩn Trung ương, qua đó giúp 3 tỉnh chủ lực phía Nam "trắng hộ nghèo". Theo Bộ Kế hoạch và Đầu tư, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều năm 2023 còn 2,93%; tỷ lệ hộ nghèo tại các huyện nghèo còn khoảng 33%.',
    [], ['8.2'], 'a tag page on poverty and an income goal')
doc('n124', 'A-186', 'https://dantri.com.vn/thoi-su/phu-tho-cong-bo-bang-xep-hang-muc-do-chuyen-doi-so-20260226162319010.htm',
    'Phú Thọ', '',
    'UBND tỉnh Phú Thọ vừa công bố kết quả đánh giá, xếp hạng mức độ chuyển đổi số trong các cơ quan Nhà nước tỉnh Phú Thọ năm 2025. Kết quả đánh giá, xếp hạng được dựa trên 7 tiêu chí về nhận thức số, thể chế số, hạ tầng số, nhân lực số, an toàn thông tin mạng, hoạt động chính quyền số và hoạt động kinh tế số, xã hội số. Đây là công cụ quan trọng để đo lường mức độ chuyển đổi số, tạo động lực thi đua, nâng cao hiệu lực, hiệu quả quản lý Nhà nước và chất lượng phục vụ người dân, doanh nghiệp.',
    ['7.1'], ['1.7', 'DTI.1'], "the province publishing its ranking of its own agencies' DX level in 2025: 7.1 (s064, q052)")
doc('n125', 'J-525', 'https://dantri.com.vn/thoi-su/quang-ninh-phan-dau-thanh-thanh-pho-truc-thuoc-trung-uong-truoc-2030-20250927102745361.htm',
    'Quảng Ninh', '',
    'Đại hội thống nhất mục tiêu tổng quát giai đoạn 2025-2030 là xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; phát triển kinh tế - xã hội nhanh, bền vững; lấy khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số và chuyển đổi xanh làm động lực chính. Các đại biểu biểu quyết thông qua Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XVI, nhiệm kỳ 2025-2030 (Ảnh: QMG).',
    [], ['8.2', 'DTI.1'], 'the party congress resolution 2025-2030 (g044)')
doc('n126', 'A-157', 'https://tapchicongsan.org.vn/web/guest/quoc-phong-an-ninh-oi-ngoai1/-/2018/823606/view_content',
    'Quảng Trị', '',
    'TCCS - Giai đoạn 2020 - 2025, tỉnh Quảng Trị tiếp tục ưu tiên đầu tư xây dựng hệ thống kết cấu hạ tầng đồng bộ, xem đây là điều kiện tiên quyết để tạo động lực thúc đẩy phát triển kinh tế - xã hội nhanh và bền vững; bảo đảm quốc phòng - an ninh trên địa bàn tỉnh. Tập trung huy động các nguồn lực đầu tư xây dựng kết cấu hạ tầng Kết cấu hạ tầng có vai trò đặc biệt quan trọng, là điều kiện, tiền đề để thúc đẩy phát triển kinh tế - xã hội, nâng cao đời sống của nhân dân.',
    [], ['6.1'], 'a journal article on infrastructure investment: research')
doc('n127', 'J-332', 'https://baoxuan.vov.vn/tu-khoa/muc-tieu-tag247095?page=133',
    'Gia Lai', '',
    'Gia Lai đặt mục tiêu giảm 2% hộ nghèo trong năm 2022 Gia Lai đặt mục tiêu giảm 2% hộ nghèo trong năm 2022 VOV.VN - Theo Kế hoạch 314/KH-UBND về thực hiện chương trình mục tiêu quốc gia về giảm nghèo bền vững năm 2022 mới ban hành, UBND tỉnh Gia Lai yêu cầu các địa phương, đơn vị triển đồng bộ các giải pháp để giảm 2% tổng số hộ nghèo và 3% số hộ nghèo dân tộc thiểu số tại tỉnh trong năm nay.',
    [], ['8.2'], "the province's poverty-reduction plan of 2022 on a tag page: a programme")
doc('n128', 'J-334', 'https://baogialai.com.vn/chu-tich-ubnd-xa-ia-sao-tag65092.html',
    'Gia Lai', '',
    'Từ khóa: Chủ tịch UBND xã Ia Sao Ia Sao hướng đến mục tiêu giảm nghèo bền vững Ia Sao hướng đến mục tiêu giảm nghèo bền vững (GLO)- Nhờ triển khai đồng bộ nhiều giải pháp, Chương trình mục tiêu quốc gia giảm nghèo bền vững tại xã Ia Sao (thị xã Ayun Pa, tỉnh Gia Lai) đã đạt được những kết quả đáng khích lệ. Tính đến nay, xã chỉ còn 35 hộ nghèo và 40 hộ cận nghèo. Đây là tiền đề quan trọng để địa phương hướng tới mục tiêu không còn hộ nghèo vào năm 2025.',
    [], ['8.2'], "a commune's poverty results on a tag page")
doc('n129', 'A-219', 'https://viup.vn/vn/Tin-tong-hop-n3-Tat-ca-lanh-dao-Ha-Noi-phai-xu-ly-ho-so-tren-moi-truong-mang-d26558.html',
    'Hà Nội', '',
    'Lãnh đạo, cán bộ, công chức tại Hà Nội phải xử lý hồ sơ công việc trên môi trường mạng. Ảnh minh họa: Hải Nguyễn UBND TP Hà Nội vừa ban hành công văn về việc triển khai thực hiện Thông báo số 56/TB-VPCP của Văn phòng Chính phủ về kết luận phiên họp tổng kết hoạt động của Ủy ban quốc gia về Chuyển đổi số và Đề án 06 năm 2024, phương hướng, nhiệm vụ trọng tâm năm 2025.',
    [], ['DTI.1', '7.2'], "hard call: the city's letter implementing the Government Office's notice on DX and Đề án 06 (general direction with the national 2025 targets): a letter assigning another level's conclusions, not the city's plan (r186)")
doc('n130', 'G-008', 'https://chuyendoiso.laocai.gov.vn/thong-tin-chuyen-doi-so2/chuyen-doi-so-dat-nhieu-ket-qua-noi-bat-trong-nam-2024-1319270',
    '', '',
    'Theo báo cáo của Bộ Thông tin và Truyền thông về chuyển đổi số quốc gia năm 2024, cho thấy, chuyển đổi số quốc gia đã đạt được nhiều kết quả nổi bật như: Xếp hạng phát triển Chính phủ điện tử của quốc gia tăng vượt 15 bậc Tháng 9/2024, Liên Hợp Quốc công bố Việt Nam vươn lên vị trí thứ 71/193 quốc gia trong xếp hạng Chính phủ điện tử, tăng 15 bậc so với 2022.',
    [], ['DTI.1'], "the ministry's national DX results reposted on a provincial DX portal")
doc('n131', 'dev-040', 'https://baomoi.net.vn/nghi-quyet-cua-ban-chap-hanh-dang-bo-tinh-khoa-xix-ve-cai-thien-manh-me-moi-truong-dau-tu-kinh-doanh-tren-dia-ban-tinh-giai-doan-2021-2025-c40602487.epi',
    'Phú Thọ', 'Nghị quyết của Ban Chấp hành Đảng bộ tỉnh (khóa XIX) về cải thiện mạnh mẽ môi trường đầu tư kinh doanh trên địa bàn tỉnh giai đoạn 2021- 2025',
    'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020-2025 đã xác định một khâu đột phá về cải thiện mạnh mẽ môi trường đầu tư kinh doanh để thu hút các nguồn lực thúc đẩy kinh tế- xã hội, phấn đấu đến năm 2025... (baophutho.vn) - Nghị quyết Đại hội đại biểu Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020-2025 đã xác định một khâu đột phá về cải thiện mạnh mẽ môi trường đầu tư kinh doanh để thu hút các nguồn lực thúc đẩy kinh tế- xã hội, phấn …',
    ['PCI.1'], ['8.2'], "the provincial party committee's resolution on strongly improving the investment and business environment 2021-2025: PCI.1 (the catalog's 'môi trường đầu tư kinh doanh', party issuer)")
doc('n132', 'A-231', 'https://ictvietnam.vn/print/32012.html',
    '', '',
    'Chuyển đổi số và chính phủ thông minh Chính phủ số - Ngày đăng : 11:49, 25/07/2020 Những nội dung dưới đây sẽ làm rõ hơn các định nghĩa về Chính phủ điện tử (CPĐT), Chính phủ thông minh, giá trị cốt lõi của chính phủ, những chức năng cơ bản cho những nhóm người sử dụng CPĐT, phân tích những điểm mạnh, điểm yếu, thách thức, nỗ lực của Chính phủ trong thời gian qua, đưa ra những kiến nghị để chuyển đổi số thực sự có thể giúp gì cho Việt Nam rút ngắn khoảng cách với thế giới.',
    [], ['7.1'], 'a national essay on digital government')
doc('n133', 'J-224', 'https://dantocmiennui.vn/bac-giang-chuyen-doi-so-trong-xay-dung-nong-thon-moi-post332863.html',
    'Bắc Giang', '',
    'Bắc Giang chuyển đổi số trong xây dựng nông thôn mới Bắc Giang chuyển đổi số trong xây dựng nông thôn mới Theo UBND tỉnh Bắc Giang, thời gian tới tỉnh sẽ đẩy mạnh chuyển đổi số, ứng dụng công nghệ số trong xây dựng nông thôn mới. Bắc Giang chuyển đổi số trong xây dựng nông thôn mới ảnh 1Một góc vùng trồng vải sớm xuất khẩu ở xã Phúc Hòa, huyện Tân Yên(Bắc Giang). Ảnh:',
    [], ['DTI.1', '7.1'], 'DX in new-countryside building: one programme (k004)')
doc('n134', 'E-062', 'https://baokhanhhoa.vn/phong-su/chung-tay-cai-cach-hanh-chinh/202203/dien-khanh-trien-khai-nhiem-vu-cai-cach-hanh-chinh-nam-2022-8246971/',
    'Khánh Hòa', '',
    '10:03, 27/03/2022 Diên Khánh: Triển khai nhiệm vụ cải cách hành chính năm 2022 UBND huyện Diên Khánh vừa tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2021 và triển khai nhiệm vụ năm 2022. UBND huyện Diên Khánh vừa tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2021 và triển khai nhiệm vụ năm 2022. Năm 2021, kết quả CCHC của huyện đảm bảo chất lượng và đạt hiệu quả cao: Tỷ lệ hồ sơ đúng hạn hơn 98%; tỷ lệ trễ hẹn hơn 1%.',
    [], ['1.1', '1.2'], "a district's CCHC review")
doc('n135', 'J-430', 'https://la34.com.vn/huyen-can-giuoc-dat-9-9-tieu-chi-huyen-nong-thon-moi-119532.html',
    'Long An', '',
    'Huyện Cần Giuộc đạt 9/9 tiêu chí huyện nông thôn mới Thứ 3, 12/03/2024 11:33:12 [GMT +7] A A Đối với các tiêu chí huyện nông thôn mới, qua rà soát thực hiện, Cần Giuộc đạt 9/9 tiêu chí theo Bộ tiêu chí huyện nông thôn mới và Bộ tiêu chí huyện nông thôn mới nâng cao tỉnh Long An giai đoạn 2021 - 2025.',
    [], ['8.2'], "a district's new-countryside criteria")
doc('n136', 'H-012', 'https://baobariavungtau.com.vn/chinh-tri/202412/hdnd-huyen-long-dien-thong-qua-nhieu-nghi-quyet-quan-trong-1029900/',
    'Bà Rịa - Vũng Tàu', '',
    'Ngày 20/12, HĐND huyện Long Điền khóa III, nhiệm kỳ 2021-2026 đã tổ chức kỳ họp thứ 24 để đánh giá việc thực hiện các nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh của huyện năm 2024. Năm 2024, 10/10 chỉ tiêu trong lĩnh vực kinh tế của huyện đạt và vượt so với nghị quyết đề ra. Cụ thể, tổng doanh thu thương mại, dịch vụ hơn 29.900 tỷ đồng, vượt hơn 7% so với nghị quyết, tăng hơn 22% so với năm 2023; tổng giá trị sản xuất CN-TTCN hơn 5.200 tỷ đồng, vượt hơn 7% so với nghị quyết;',
    [], ['8.2'], "a district council's year-end session")
doc('n137', 'J-023', 'https://vnexpress.net/khanh-hoa-dat-muc-tieu-don-33-trieu-khach-du-lich-nam-2030-5015373.html',
    'Khánh Hòa', '',
    'Khánh Hòa đặt mục tiêu có khoảng 100.000 phòng lưu trú, tổng thu du khách đạt 9 tỷ USD, đón 33 triệu lượt khách lưu trú vào năm 2030. Thông tin được ông Nguyễn Long Biên, Phó chủ tịch thường trực UBND tỉnh nêu tại lễ công bố Chiến lược phát triển du lịch tỉnh Khánh Hòa giai đoạn 2026 - 2030, tầm nhìn đến năm 2045, chiều 6/2.',
    [], ['8.2'], "the province's tourism strategy 2026-2030: a sector")
doc('n138', 'E-017', 'https://infographics.vn/phan-dau-den-nam-2030-tuyen-quang-la-tinh-phat-trien-kha-toan-dien-ben-vung/218403.vna',
    'Tuyên Quang', '',
    'Phấn đấu đến năm 2030: Tuyên Quang là tỉnh phát triển khá, toàn diện, bền vững #IG-218403 Chính trị - Ngoại giao Phấn đấu đến năm 2030: Tuyên Quang là tỉnh phát triển khá, toàn diện, bền vững Hà Nội (TTXVN 1/12) Đại hội Đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết Đại hội, nhất trí mục tiêu, định hướng chiến lược phát triển và nhiệm vụ, giải pháp nhiệm kỳ 2025-2030. Phấn đấu tốc độ tăng tổng sản phẩm trên địa bàn bình quân giai đoạn 2026-2030 đạt 10,5%/năm.',
    [], ['8.2'], "the party congress resolution's goals to 2030 (g044)")
doc('n139', 'A-180', 'https://dx.moj.gov.vn/son-la-tiep-tuc-phat-trien-kinh-te-so-va-xa-hoi-so-284.htm',
    'Sơn La', '',
    'Sign In Sơn La: Tiếp tục phát triển kinh tế số và xã hội số UBND tỉnh Sơn La vừa ban hành Quyết định số 811/QĐ-UBND ban hành Kế hoạch phát triển kinh tế số và xã hội số tỉnh Sơn La năm 2024 - 2025. Thực hiện Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030;',
    ['DTI.1'], ['7.1'], "the province's plan for kinh tế số và xã hội số 2024-2025 (811/QĐ-UBND): DTI.1 alone")
doc('n140', 'J-247', 'https://nongnghiephuuco.vn/cao-bang-dieu-chinh-kich-ban-phan-dau-tang-truong-8-trong-nam-2025-6377.html',
    'Cao Bằng', '',
    'Tag Cao Bằng: Điều chỉnh kịch bản, phấn đấu tăng trưởng 8% trong năm 2025 Tăng aa Giảm Chia sẻ Facebook Bình luận Trong quý I/2025, tổng sản phẩm trên địa bàn tỉnh Cao Bằng (GRDP) ước tính tăng 6,01%, xếp thứ 55/63 tỉnh, thành phố cả nước và đứng thứ 12/14 tỉnh khu vực Trung du và miền núi phía Bắc. Đây là mức tăng trưởng cao nhất so với cùng kỳ giai đoạn 2020 - 2025, ghi nhận những tín hiệu tích cực từ cả ba khu vực kinh tế.',
    [], ['8.2'], "hard call: first-quarter growth figures with a proposed revision of the year's scenario: the text shows the quarter (q200 was the chairman's issued scenario)")
doc('n141', 'J-126', 'https://duyendangvietnam.net.vn/doanh-thu-nganh-du-lich-tinh-tien-giang-nam-2023-dat-gap-22-lan-nam-ngoai.html',
    'Tiền Giang', '',
    'Trong thời điểm chuẩn bị đón mùa xuân mới, UBND tỉnh Tiền Giang đã tổ chức chương trình họp mặt các doanh nghiệp hoạt động trong lĩnh vực du lịch với chủ đề “Tiền Giang - Nơi cuối nguồn Mekong” vào hôm qua, ngày 11/1. Chương trình là dịp để các doanh nghiệp, cơ sở kinh doanh du lịch có cơ hội nhìn nhận, đánh giá kết quả hoạt động trong năm vừa qua cũng như xây dựng, tìm kiếm hướng phát triển trong năm tới.',
    [], ['8.2'], 'a tourism meeting: a sector')
doc('n142', 'H-035', 'https://phapluatplus.baophapluat.vn/kinh-te-tinh-kien-giang-tang-truong-7-trong-quy-i-nam-2025-212595.html',
    'Kiên Giang', '',
    'Hà Nội 19 °C TP Hồ Chí Minh 24 °C Hải Phòng 19 °C Đà Nẵng 21 °C Yên Bái 13 °C Kinh tế tỉnh Kiên Giang tăng trưởng 7% trong quý I năm 2025 Pháp luật về kinh tế 08/04/2025 19:24 Khánh Thùy - Huy Hải aa Trong quý I, Tỉnh ủy Kiên Giang lãnh đạo, chỉ đạo tổ chức thực hiện đảm bảo theo kế hoạch, nhất là thực hiện các chủ trương, nhiệm vụ theo chỉ đạo của Trung ương về sắp xếp tinh gọn tổ chức bộ máy trong hệ thống chính trị. Kinh tế tăng trưởng 7%, phát triển khá so với cùng kỳ năm 2024.',
    [], ['8.2'], 'first-quarter results')
doc('n143', 'A-144', 'https://ngaynay.vn/nang-cao-vai-tro-trach-nhiem-cua-nguoi-dung-dau-trong-thuc-hien-nghi-quyet-so-57-nqtw-post163234.html',
    'Lai Châu', '',
    '(Ngày Nay) - Chiều 11/8, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia tỉnh Lai Châu (Ban Chỉ đạo tỉnh) tổ chức Hội nghị sơ kết công tác 7 tháng đầu năm và nhiệm vụ trọng tâm 5 tháng cuối năm 2025.',
    [], ['DTI.1', '7.1'], "the resolution-57 steering committee's seven-month review: a meeting (r055)")
doc('n144', 'E-052', 'https://chuyendoiso.ninhthuan.gov.vn/portal/pages/print.aspx?p=27786',
    '', 'Hội nghị trực tuyến toàn quốc sơ kết 6 tháng đầu năm 2024 về chuyển đổi số quốc gia và Đề án 06 của Chính phủ',
    'Chiều 10/7/2024, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính - Chủ tịch Ủy ban Quốc gia về chuyển đổi số chủ trì Hội nghị trực tuyến toàn quốc sơ kết 6 tháng đầu năm 2024 về chuyển đổi số quốc gia và Đề án 06 của Chính phủ. Cùng dự có Phó Thủ tướng Chính phủ Trần Lưu Quang. Hội nghị được truyền trực tuyến tới các bộ, ngành và 63 tỉnh, thành phố trực thuộc Trung ương.',
    [], ['DTI.1', '7.4'], "the Prime Minister's national six-month DX and Đề án 06 conference")
doc('n145', 'B-035', 'https://congnghieptieudung.vn/tiem-nang-and-the-manh-ttu28/21',
    '', '',
    'PCI 2019: Quảng Ninh dẫn đầu 3 năm liên tiếp Tin đăng lúc : 06-05-2020 Với 73,40 điểm trong Bảng xếp hạng PCI 2019, tăng 3,04 điểm so với năm 2018, Quảng Ninh lần thứ 3 chiếm ngôi quán quân, á quân Đồng Tháp đạt 72,10 điểm, trong khi đó Vĩnh Long vươn mạnh từ vị trí thứ 8 lên thứ 3. Đáng chú ý, các vị trí ở giữa bảng xếp hạng có khoảng cách ngày càng hẹp hơn.',
    [], ['PCI.1'], 'national PCI 2019 news')
doc('n146', 'J-350', 'https://nongthonvaphattrien.vn/c/nong-thon-moi?page=1',
    'Lâm Đồng', 'Toàn tỉnh Lâm Đồng có thêm 5 huyện nông thôn mới',
    'Mục tiêu trong năm 2024, toàn tỉnh Lâm Đồng có thêm 5 huyện Đam Rông, Lạc Dương, Di Linh, Bảo Lâm và Đạ Huoai đáp ứng tiêu chí nông thôn mới, nâng tỷ lệ 100% số huyện nông thôn mới trên địa bàn.',
    [], ['8.2'], 'new-countryside districts of 2024: a programme')
doc('n147', 'G-072', 'https://www.sggp.org.vn/tay-ninh-trien-khai-phong-trao-binh-dan-hoc-vu-so-post807201.html',
    'Tây Ninh', '',
    'Chính trị Theo UBND tỉnh Tây Ninh, ngành chức năng tỉnh đang triển khai kế hoạch thực hiện phong trào “Bình dân học vụ số” trên địa bàn, giai đoạn 2025-2026. Theo đó, tỉnh Tây Ninh đặt mục tiêu đến năm 2026, 100% cán bộ, công chức, viên chức, người lao động trong cơ quan nhà nước nắm vững kiến thức, kỹ năng số; 100% học sinh tiểu học được trang bị kỹ năng số cơ bản; 100% người dân trưởng thành biết sử dụng thiết bị thông minh để tiếp cận dịch vụ số;',
    [], ['DTI.1', '5.4'], "hard call: the province's plan for the 'Bình dân học vụ số' digital-literacy movement 2025-2026 (officials, pupils, adults): a movement plan, not the DX plan (as `n014`); nor the officials' training plan 5.4")
doc('n148', 'B-128', 'https://lawnet.vn/vb/Nghi-quyet-01-NQ-HDND-2023-thong-qua-Quy-hoach-Tra-Vinh-thoi-ky-2021-2030-88578.html',
    'Trà Vinh', 'Nghị quyết 01/NQ-HĐND năm 2023 thông qua Quy hoạch tỉnh Trà Vinh thời kỳ 2021-2030, tầm nhìn đến năm 2050',
    'HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 01/NQ-HĐND Trà Vinh, ngày 27 tháng 02 năm 2023 THÔNG QUA QUY HOẠCH TỈNH TRÀ VINH THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050 HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH KHÓA X - KỲ HỌP THỨ 8 Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;',
    [], ['8.2'], 'the council passing the provincial master plan 2021-2030: a master plan')
doc('n149', 'B-158', 'https://vovworld.vn./vi-VN/viet-nam-quoc-gia-khoi-nghiep/chuyen-doi-so-o-ba-ria-vung-tau-1158035.vov',
    'Bà Rịa - Vũng Tàu', '',
    'Tỉnh Bà Rịa-Vũng Tàu (BRVT) xác định chuyển đổi số, xây dựng đô thị thông minh là một trong những nhiệm vụ trọng tâm mang tính đột phá trong giai đoạn 2021 – 2025. Tháng 5/2021, tỉnh đã ban hành Nghị quyết về chuyển đổi số, đô thị thông minh gắn với cải cách hành chính. Ông Lê Việt Trung, Phó giám đốc Sở Thông tin truyền thông BRVT, cho biết: “Nghị quyết đặt ra các giải pháp về phát triển hạ tầng kỹ thuật, các nền tảng đảm bảo an toàn thông tin.',
    ['DTI.1', '7.1'], ['8.2'], "hard call: national radio whose first paragraph presents the province's DX and smart-city resolution of May 2021 and what it sets (infrastructure, platforms): the act as subject, DTI.1 + 7.1 (as `n108`)")
doc('n150', 'D-094', 'https://vneconomy.vn/hai-phong-con-4-chi-tieu-kinh-te-chu-yeu-chua-dat-muc-tieu-de-ra-nam-2025.htm',
    'Hải Phòng', '',
    'Thông tin từ UBND TP. Hải Phòng cho biết hết năm 2025, thành phố này có 4/13 chỉ tiêu phát triển kinh tế chủ yếu chưa đạt được mục tiêu kịch bản tăng trưởng đã đề ra dù tốc độ tăng trưởng thứ 2 toàn quốc và đứng đầu 6 thành phố trực thuộc Trung ương. Đó là các chỉ tiêu tốc độ tăng trưởng GRDP, thu nhập bình quân đầu người, tốc độ tăng chỉ số sản xuất công nghiệp và thu hút vốn đầu tư FDI. THU NGÂN SÁCH VƯỢT CAO SO VỚI MỤC TIÊU Theo báo cáo của UBND TP.',
    ['8.2'], ['6.1'], "the city's whole-year 2025 results against its growth scenario, from the people's committee's report: 8.2 (k032)")
doc('n151', 'B-149', 'https://www.yousportnews.co/tay-ninh-quyet-tam-giu-vung-thu-hang-cac-chi-so-pci-papi-post896951.html',
    'Tây Ninh', 'Tây Ninh quyết tâm giữ vững thứ hạng các chỉ số PCI, PAPI',
    'Tây Ninh xác định môi trường đầu tư thông thoáng, minh bạch là nền tảng cho sự phát triển bền vững. Đây sẽ là bước đi chiến lược để Tây Ninh tiếp tục giữ vững và bứt phá thứ hạng trong các bộ chỉ số đánh giá như PCI, PAPI trong thời gian tới. Lãnh đạo xã Thuận Mỹ, Tây Ninh kiểm tra quá trình việc vận hành dịch vụ công trực tuyến sau ngày vận hành chính quyền địa phương hai cấp.',
    [], ['PCI.1', 'PAPI.1'], "the province's resolve to keep its PCI and PAPI ranks, naming no plan")
doc('n152', 'B-142', 'https://tttt.haugiang.gov.vn/tin-tức/chuyển-đổi-số/hậu-giang-ban-hành-kế-hoạch-phát-triển-kinh-tế-số-và-xã-hội-số-trên-địa-bàn-tỉnh-đến-năm-2025-định-hướng-đến-năm-2030/',
    'Hậu Giang', '',
    'A +A Hậu Giang ban hành Kế hoạch Phát triển kinh tế số và xã hội số trên địa bàn tỉnh đến năm 2025, định hướng đến năm 2030 (09:53 05/07/2022) Ngày 04/7/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 128/KH-UBND về Phát triển kinh tế số và xã hội số trên địa bàn tỉnh Hậu Giang đến năm 2025, định hướng đến năm 2030 Ngày 24/6/2022, Hiệp hội doanh nghiệp tỉnh tổ chức hội thảo “Tầm quan trọng của công tác chuyển đổi số trong kỷ nguyên công nghệ …',
    ['DTI.1'], ['7.1'], "the information department's site relaying the province's plan for kinh tế số và xã hội số (128/KH-UBND): DTI.1 alone")
doc('n153', 'E-078', 'https://huyentuachua.dienbien.gov.vn/TinTuc/View/Den-2025-phan-dau-it-nhat-80-so-xa-dat-chuan-nong-thon-moi?PageIndex=19',
    '', 'Nghị quyết 25/2021/QH15 có hiệu lực thi hành từ ngày 11/9/2021.',
    'Lắp đặt pano tuyên truyền về nông thôn mới tại xã Tả Sìn Thàng Theo đó, Quốc hội đặt ra đặt mục tiêu cụ thể đến năm 2025: Phấn đấu cả nước có ít nhất 80% số xã đạt chuẩn nông thôn mới, trong đó, ít nhất 10% số xã đạt chuẩn nông thôn mới kiểu mẫu, không còn xã đạt dưới 15 tiêu chí; tiếp tục xây dựng nông thôn mới nâng cao và nông thôn mới kiểu mẫu đối với các xã, huyện, tỉnh đã được công nhận đạt chuẩn nông thôn mới; thu nhập bình quân của người dân nông thôn tăng ít nhất 1,5 lần so với năm 2020;',
    [], ['8.2'], "the National Assembly's new-countryside resolution on a district's portal")
doc('n154', 'J-130', 'https://thoidai.com.vn/thanh-pho-bac-lieu-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-154485.html',
    'Bạc Liêu', 'Thành phố Bạc Liêu hoàn thành nhiệm vụ xây dựng nông thôn mới',
    'TP Bạc Liêu là đô thị loại II trực thuộc tỉnh Bạc Liêu; có tổng diện tích tự nhiên là 213,8 km2; dân số là 156.859 người; thành phố có 3 dân tộc chính là Kinh, Hoa, Khmer (trong đó, dân tộc Kinh chiếm 80,15%; Hoa chiếm 7,85%; Khmer chiếm 11,96%); có 10 đơn vị hành chính cấp xã (7 phường và 3 xã nông thôn mới). Giai đoạn 2016 - 2020, TP Bạc Liêu đã huy động được 235,459 tỷ đồng xây dựng chương trình mục tiêu Quốc gia xây dựng NTM. Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều phát biểu tại buổi lễ.',
    [], ['8.2'], "a city's new-countryside recognition")
doc('n155', 'E-006', 'http://baobaclieu.vn/chu-truong-moi-chinh-sach-moi/nghi-quyet-cua-bo-chinh-tri-ve-cach-mang-cong-nghiep-lan-thu-4-61284.html',
    '', 'Nghị quyết 52-NQ/TW năm 2019 của Bộ Chính trị đề cập đến mục tiêu duy trì xếp hạng chỉ số đổi mới sáng tạo toàn cầu (GII) trong cuộc Cách mạng công nghiệp lần thứ 4.',
    'Chủ trương mới - Chính sách mới Nghị quyết của Bộ chính trị về Cách mạng công nghiệp lần thứ 4 Mục tiêu đến năm 2025, Việt Nam phải duy trì xếp hạng GII thuộc 3 nước dẫn đầu khu vực ASEAN. Xây dựng được hạ tầng số đạt trình độ tiên tiến của khu vực ASEAN, Internet băng thông rộng phủ 100% các xã. Kinh tế số chiếm khoảng 20% GDP, năng suất lao động tăng bình quân trên 7%/năm. Cơ bản hoàn thành chuyển đổi số trong các cơ quan Đảng, Nhà nước, MTTQ, các tổ chức chính trị - xã hội.',
    [], ['DTI.1'], "the Politburo's resolution 52 on the fourth industrial revolution: national")
doc('n156', 'J-345', 'https://infographics.vn/giai-doan-2025-2030-tinh-gia-lai-phan-dau-tro-thanh-tinh-phat-trien-kha/218398.vna',
    'Gia Lai', '',
    'Giai đoạn 2025-2030: Tỉnh Gia Lai phấn đấu trở thành tỉnh phát triển khá #IG-218398 Chính trị - Ngoại giao Giai đoạn 2025-2030: Tỉnh Gia Lai phấn đấu trở thành tỉnh phát triển khá Hà Nội (TTXVN 1/12) Đại hội Đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết Đại hội, nhất trí mục tiêu, định hướng chiến lược phát triển và nhiệm vụ, giải pháp nhiệm kỳ 2025-2030. Nghị quyết Đại hội xác định mục tiêu chung:',
    [], ['8.2'], 'the party congress resolution 2025-2030 (g044)')
doc('n157', 'G-073', 'https://trangtraiviet.danviet.vn/son-la-day-manh-chuyen-doi-so-phat-trien-khoa-hoc-cong-nghe-d1353406.html',
    'Sơn La', 'Nhiều kết quả nổi bật trong chuyển đổi số ở Sơn La',
    'Ngày 6/8, ông Nguyễn Đình Việt, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Đoàn đại biểu Quốc hội tỉnh Sơn La đã chủ trì hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025 của Ban Chỉ đạo 1287 về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06. Hội nghị diễn ra theo hình thức trực tiếp kết hợp trực tuyến đến 75 xã, phường trong toàn tỉnh.',
    [], ['DTI.1', '7.4'], "the steering committee's half-year review: a meeting (r055)")
doc('n158', 'D-043', 'https://stttt.langson.gov.vn/index.php/lang-son-xep-hang-5-toan-quoc-ve-chi-so-danh-gia-chuyen-doi-so-dti-2021-ket-qua-cua-su-no-luc-va',
    'Lạng Sơn', 'Lạng Sơn xếp hạng 5 toàn quốc về Chỉ số đánh giá chuyển đổi số (DTI) 2021 – Kết quả của sự nỗ lực và bứt phá',
    'Với mục đích xây dựng chuyển đổi số là giải pháp đột phá chiến lược để phát triển kinh tế - xã hội bảo đảm quốc phòng an ninh, Ban Thường vụ Tỉnh ủy Lạng Sơn đã ban hành Nghị quyết số 49-NQ/TU về chuyển đổi số đến năm 2025, định hướng đến năm 2030. Là 01 trong 06 tỉnh, thành phố đầu tiên sớm ban hành được Nghị quyết của Ban thường vụ Tỉnh ủy để lãnh đạo, chỉ đạo toàn diện công cuộc chuyển đổi số của địa phương.',
    ['DTI.1', '7.1'], ['1.7'], "hard call: headline on the DTI 2021 rank (published by the ministry), but the lead presents the party's DX resolution 49-NQ/TU as issued and why: the lead decides (q055, q120), DTI.1 + 7.1; the rank itself is nobody's")
doc('n159', 'F-035', 'https://thanhnien.vn/thuc-hien-nghiem-nguyen-tac-chi-cung-cap-thong-tin-mot-lan-185260221193604304.htm',
    '', '',
    'Theo đó, Bộ Công an được giao nhiệm vụ chủ trì, phối hợp với các bộ, ngành, địa phương liên quan tham mưu, trình Chính phủ ban hành nghị quyết của Chính phủ về phát triển công dân số, hoàn thành trong tháng 2.2026. Tổng Bí thư Tô Lâm phát biểu tại hội nghị tổng kết công tác năm 2025 và phương hướng, nhiệm vụ trọng tâm năm 2026 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số ẢNH:',
    [], ['DTI.1'], "the central steering committee's programme for 2026: national")
doc('n160', 'J-504', 'http://cand.com.vn/van-hoa/Quang-Ninh-phan-dau-tro-thanh-trung-tam-du-lich-dang-cap-quoc-te-266041/',
    'Quảng Ninh', '',
    'Theo đó, đến năm 2020, tổng số khách du lịch đạt 10,5 triệu lượt, trong đó có 4 triệu khách quốc tế; tổng thu từ khách du lịch đạt 30.000 tỷ đồng, tạo việc làm cho 62.000 lao động trực tiếp. Đến năm 2030, tổng số khách du lịch đạt 23 triệu lượt, trong đó có 10 triệu khách quốc tế; tổng thu từ khách du lịch đạt 130.000 tỷ đồng, tạo việc làm cho 120.000 lao động trực tiếp. Đồng thời, hoàn thiện phát triển không gian du lịch theo bốn địa bàn du lịch trọng điểm là: Hạ Long; Móng Cái - Trà Cổ;',
    [], ['8.2'], 'tourism goals: a sector')
doc('n161', 'J-544', 'https://daibieunhandan.vn/lam-dong-phan-dau-dat-tieu-chi-tinh-nong-thon-moi-truoc-nam-2025',
    'Lâm Đồng', '',
    'Lâm Đồng: Phấn đấu đạt tiêu chí tỉnh nông thôn mới trước năm 2025 Xem với cỡ chữ Theo Nghị quyết của HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021-2025 của tỉnh, các chỉ tiêu phấn đấu chủ yếu: Tốc độ tăng trưởng GRDP bình quân đạt 7% - 8%. GRDP bình quân đầu người đến năm 2025 khoảng 120 - 125 triệu đồng; tốc độ tăng năng suất lao động xã hội bình quân trên 8% - 9%; tổng nguồn vốn đầu tư phát triển toàn xã hội hàng năm chiếm khoảng 35% - 36% GRDP;',
    [], ['8.2'], "the council's five-year socio-economic resolution 2021-2025 (x324)")
doc('n162', 'dev-045', 'http://sxd.daknong.gov.vn/CMSPages/BaiViet/Default.aspx?IDBaiViet=14267',
    'Đắk Nông', '',
    'Theo đó, mục tiêu tổng quát của Đề án: Phấn đấu đến năm 2030, chuyển đổi số đồng bộ, toàn diện trên phạm vi toàn tỉnh, hoàn thành cơ bản các mục tiêu của Chính phủ trong Chương trình Chuyển đổi số quốc gia đến năm 2025, tầm nhìn đến năm 2030, tỉnh Đắk Nông trở thành tỉnh trung bình khá trong cả nước về chuyển đổi số; hình thành và phát triển môi trường số an toàn, tiện ích, phục vụ tối đa nhu cầu sản xuất, kinh doanh cũng như sinh hoạt cộng đồng của người dân;',
    ['DTI.1', '7.1'], ['8.2'], "the construction department's site presenting the goals of the province's DX project: DTI.1 + 7.1 (the issuer decides)")
doc('n163', 'E-057', 'https://baoangiang.com.vn/an-giang-day-manh-phat-trien-kinh-te-so-xa-hoi-so-a354961.html',
    'An Giang', '',
    'An Giang đẩy mạnh phát triển kinh tế số, xã hội số 13/02/2023 - 07:57 Trước sự phát triển mạnh mẽ của công nghệ thông tin trong thời đại số, việc chuyển đổi số toàn dân, toàn diện đất nước với 3 trụ cột chính: Chính phủ số, kinh tế số và xã hội số là xu thế tất yếu, được triển khai thực hiện đồng bộ. Không nằm ngoài xu thế phát triển của đất nước, An Giang đang tập trung triển khai các mục tiêu, nhiệm vụ, giải pháp phát triển kinh tế số, xã hội số trong toàn tỉnh.',
    [], ['DTI.1'], 'a digital-economy feature naming no act')
doc('n164', 'A-044', 'http://investinthanhhoa.gov.vn/web/tin-tuc-su-kien/bai-phat-bieu-cua-chu-tich-ubnd-tinh-trinh-van-chien-tai-hoi-thao-hanh-chinh-cong-va-quan-tri-cong-trong-boi-canh-hoi-nhap-khu-vuc-va-toan-cau-do-bo-noi-vu-to-chuc-tai-ha-noi.html',
    'Thanh Hóa', '',
    'Bài phát biểu của Chủ tịch UBND tỉnh Trịnh Văn Chiến tại Hội thảo Hành chính công và quản trị công trong bối cảnh hội nhập khu vực và toàn cầu do Bộ Nội vụ tổ chức tại Hà Nội. Đăng lúc: 14:18:06 24/10/2014 (GMT+7) NHỮNG KINH NGHIỆM TRONG CHỈ ĐẠO ĐIỀU HÀNH NÂNG CAO HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG TỈNH THANH HÓA Hôm nay, tôi rất vui mừng tham dự Hội thảo với chủ đề “Hành chính công và quản trị công trong bối cảnh hội nhập khu vực và toàn cầu” do Bộ Nội vụ tổ chức.',
    [], ['PAPI.1', '1.5'], "the chairman's 2014 speech at a ministry workshop on governance experience: not a plan (r039)")
doc('n165', 'E-053', 'https://nghean24h.vn/uy-ban-quoc-gia-ve-chuyen-doi-so-va-de-an-06cp-trien-khai-nhiem-vu-trong-tam-nam-2025-a743967.html',
    '', '',
    'Tham dự phiên họp có đồng chí Nguyễn Hòa Bình - Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ; đại diện lãnh đạo các Bộ, ngành Trung ương. Tại điểm cầu tỉnh Nghệ An, các đồng chí: Bùi Đình Long – Tỉnh uỷ viên, Phó Chủ tịch UBND tỉnh; Lê Bá Hùng – Tỉnh uỷ viên, Giám đốc Sở Thông tin và Truyền thông; Trần Ngọc Tuấn – Phó Giám đốc Công an tỉnh chủ trì. Tham dự phiên họp có các thành viên Ban Chỉ đạo chuyển đổi số tỉnh, các thành viên Tổ công tác Đề án 06/CP tỉnh và Tổ giúp việc.',
    [], ['DTI.1', '7.4'], "the national committee's meeting reported from the province's connection point")
doc('n166', 'G-056', 'http://viethung.vanlam.hungyen.gov.vn/de-an-chuyen-doi-so-tinh-hung-yen-giai-doan-2021-2025-tam-nhin-den-nam-2030-c23074.html',
    'Hưng Yên', '',
    'Ngày 25/02/2022, UBND tỉnh Hưng Yên ban hành Quyết định số 571/QĐ-UBND về Phê duyệt Đề án Chuyển đổi số tỉnh Hưng Yên giai đoạn 2021-2025; tầm nhìn đến năm 2030. Theo đó, Đề án đã đánh giá hiện trạng hạ tầng, nền tảng kỹ thuật công nghệ thông tin trên địa bàn tỉnh Hưng Yên giai đoạn 2016-2020 đã đạt được một số kết quả như sau: Cổng Thông tin điện tử (TTĐT) tỉnh và các Cổng/Trang TTĐT của các sở, ngành, địa phương được vận hành, cập nhật dữ liệu theo quy định.',
    ['DTI.1', '7.1'], ['7.3'], "a commune portal summarising the province's DX project 2021-2025 (571/QĐ-UBND): DTI.1 + 7.1 (the issuer decides, x076)")
doc('n167', 'A-100', 'https://vpub.vinhphuc.gov.vn/portal/pages/2023-04-07/-Phu-song-dich-vu-cong-truc-tuyen-huong-den-su-haifb74k55cc1gl.aspx',
    'Vĩnh Phúc', '',
    'Trong tháng 3/2023, tỷ lệ hồ sơ thủ tục hành chính (TTHC) được giải quyết đúng và trước hạn toàn tỉnh đạt kết quả cao, ở cấp tỉnh đạt 99%, cấp huyện, thành phố đạt 97,7%. Hiện nay, tỷ lệ hồ sơ TTHC được tiếp nhận và giải quyết thông qua dịch vụ công (DVC) trực tuyến tại các huyện, thành phố đạt 93% tổng số hồ sơ TTHC cần giải quyết.',
    ['3.3', '7.3'], ['8.2'], "the provincial office's portal on the province's on-time and online-dossier rates of March 2023: 3.3 + 7.3 (r011, q154)")
doc('n168', 'F-059', 'https://thanhnien.vn/thoi-su/tphcm-trong-3-nam-q1-chi-co-1-ho-so-tre-hen-1052762.html',
    'Hồ Chí Minh', '',
    'Trong năm 2018, UBND Q.1 tiếp nhận 585.336 hồ sơ hành chính. Kết quả đã giải quyết 585.116 hồ sơ, đạt tỷ lệ 99,96% (số hồ sơ giải quyết đúng hạn là 585.116 hồ sơ đạt tỷ lệ 99,96%, số hồ sơ giải quyết trễ hạn là 0 hồ sơ, tỷ lệ 0%); số hồ sơ đang giải quyết còn trong hạn là 220 hồ sơ. Đáng chú ý, ông Dũng cho biết kết quả kiểm soát qua 3 năm từ 2016 đến 2018 chỉ có 1 hồ sơ trễ hạn (năm 2017) tại UBND P.Phạm Ngũ Lão (hồ sơ liên thông khai sinh - đăng ký thường trú - bảo hiểm y tế cho trẻ em).',
    [], ['3.3'], "a district's dossier results")
doc('n169', 'J-523', 'https://baophutho.vn/tren-98-dan-so-nong-thon-duoc-su-dung-nuoc-sach-nuoc-hop-ve-sinh-247054.htm',
    'Phú Thọ', 'Trên 98% dân số nông thôn được sử dụng nước sạch, nước hợp vệ sinh',
    'Theo số liệu thống kê, năm 2025, tỷ lệ dân số nông thôn được sử dụng nước sạch, nước hợp vệ sinh trên địa bàn tỉnh đạt 98,66%, hoàn thành 100% kế hoạch đề ra. Trong đó, tỷ lệ dân cư nông thôn được sử dụng nước sạch đáp ứng quy chuẩn kỹ thuật quốc gia đạt gần 59%. Đây là kết quả quan trọng, thể hiện sự nỗ lực của các cấp, các ngành trong việc cải thiện điều kiện sinh hoạt, bảo vệ sức khỏe Nhân dân. Học sinh Trường Tiểu học Kim Thượng, xã Xuân Đài được sử dụng nước sạch, đảm bảo vệ sinh.',
    [], ['8.2'], 'rural clean-water results: a programme')
doc('n170', 'H-061', 'https://baonamdinh.vn/chinh-tri/202412/bao-cao-tom-tat-tinh-hinh-thuc-hien-nhiem-vu-phat-trien-kinh-te-xa-hoi-nam-2024-va-ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2025-6975160',
    'Nam Định', '',
    '(Do đồng chí Trần Anh Dũng, Ủy viên Ban TVTU, Phó Chủ tịch Thường trực UBND tỉnh trình bày) Kính thưa: Đồng chí Đặng Khánh Toàn, Bí thư Tỉnh ủy! Chủ tọa kỳ họp! Các vị đại biểu Quốc hội, đại biểu HĐND tỉnh! Các quý vị đại biểu, khách quý tham dự kỳ họp! Thưa toàn thể Nhân dân! Được sự phân công của Chủ tọa kỳ họp, thay mặt lãnh đạo UBND tỉnh, tôi xin trình bày những nét chính của Báo cáo tình hình thực hiện nhiệm vụ kinh tế - xã hội năm 2024, kế hoạch phát triển kinh tế - xã hội năm 2025.',
    ['8.2'], ['6.1'], "the people's committee's summary report to the council on the 2024 tasks and the 2025 plan: 8.2 (q197)")
doc('n171', 'D-076', 'https://sct.khanhhoa.gov.vn/chi-tiet-tin/id/2194/Khanh-Hoa-qua-chi-so-PCI,-PAPI-2015',
    'Khánh Hòa', '',
    'Khánh Hòa qua chỉ số PCI, PAPI 2015 09/06/2016 23:00 Xu thế biến đổi cấp quốc gia Kết quả điều tra Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của các tỉnh, thành phố do Phòng Thương mại và Công nghiệp Việt Nam (VCCI) công bố cho thấy điểm trung vị năm 2015 đạt 58,47 điểm, tương đương mức điểm năm 2014. Lần đầu tiên sau 04 năm, khoảng cách giữa nhóm đầu bảng và nhóm cuối bảng bắt đầu được nới rộng. Cụ thể, điểm của Đà Nẵng đạt 68,34, tăng 1,5 điểm so với năm 2014.',
    [], ['PCI.1', 'PAPI.1'], "one department's analysis of the national PCI and PAPI 2015: not the province's act (x399 was the province's)")
doc('n172', 'A-233', 'https://ictvietnam.vn/print/22653.html',
    '', '',
    'Chính phủ số tại Việt Nam và kinh nghiệm quốc tế về xây dựng chính phủ số, quốc gia thông minh Chuyển đổi số - Ngày đăng : 07:25, 04/01/2022 Theo Báo cáo khảo sát Chính phủ điện tử (CPĐT) của Liên Hợp Quốc năm 2020, Chỉ số Phát triển Chính phủ điện tử (E-Government Development Index - EGDI) của Việt Nam xếp hạng 86 trong 193 quốc gia thành viên Liên Hợp Quốc, tăng hai bậc so với năm 2018.',
    [], ['7.1'], 'a national article on digital government')
doc('n173', 'J-441', 'https://nongnghiepmoitruong.vn/ong-tran-van-ron-tai-dac-cu-bi-thu-tinh-uy-vinh-long-d151438.html',
    'Vĩnh Long', 'Ông Trần Văn Rón tái đắc cử Bí thư Tỉnh ủy Vĩnh Long',
    'Ngày 20/10, Đại hội Đảng bộ tỉnh Vĩnh Long lần thứ X (2015 – 2020) đã bế mạc, ông Trần Văn Rón tái đắc cử Bí thư Tỉnh ủy Vĩnh Long nhiệm kỳ 2015 – 2020. Đại hội đã thông qua mục tiêu nhiệm kỳ X là phấn đấu trở thành tỉnh phát triển khá trong vùng ĐBSCL. Để đạt được mục tiêu trên, Đại hội đã thống nhất phương châm hành động trong suốt nhiệm kỳ: “Dân chủ - đoàn kết - kỷ cương - phát triển”. Đại hội cũng thống nhất mức tăng trưởng kinh tế bình quân 7,5%/năm.',
    [], ['8.2'], 'the 2015 party congress (g044)')
doc('n174', 'G-084', 'https://www.linh.pro/33-tinh-thanh-dat-trang-thai-xanh-nhung-van-con-nut-that-ve-ha-tang-so',
    '', '',
    'Chuyển đổi số toàn diện đang là mục tiêu quan trọng trong quá trình phát triển của Việt Nam. Theo báo cáo mới nhất của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, tính đến ngày 15/7, đã có 33/34 tỉnh, thành phố đạt trạng thái ‘Xanh’ trên bản đồ giám sát. Điều này cho thấy quyết tâm chính trị cao và sự vào cuộc đồng bộ của các địa phương trong việc thúc đẩy chuyển đổi số.',
    [], ['DTI.1'], "the central steering committee's national progress")
doc('n175', 'B-177', 'https://vanban123.vn/Ke-hoach/Ke-hoach-122-KH-UBND-nam-2024-ve-Chuyen-doi-so-tinh-Tra-Vinh-nam-2025-674475',
    'Trà Vinh', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 122/KH-UBND Trà Vinh, ngày 29 tháng 10 năm 2024 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH TRÀ VINH NĂM 2025 Phần I ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024 I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024 1. Về hạ tầng số: hạ tầng viễn thông đảm bảo hoạt động ổn định, thông suốt, 100% xã, phường, thị trấn được phủ băng rộng cáp quang và sóng thông tin di động 4G (hiện tại trên địa bàn tỉnh không còn vùng lõm sóng);',
    ['DTI.1', '7.1'], ['1.2'], "the province's DX plan of 2025 (122/KH-UBND), opening with the 2024 review: DTI.1 + 7.1")
doc('n176', 'G-014', 'https://langson.gov.vn/thong-tin-chi-dao-dieu-hanh/chi-dao-don-doc-trien-khai-thuc-hien-cong-tac-chuyen-doi-so-tren-dia-ban-tinh.html',
    'Lạng Sơn', 'Chỉ đạo, đôn đốc triển khai thực hiện công tác chuyển đổi số trên địa bàn tỉnh',
    'Văn phòng UBND tỉnh truyền đạt ý kiến của đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh chỉ đạo, đôn đốc triển khai thực hiện công tác chuyển đổi số trên địa bàn tỉnh, tại Công văn số 2881/VP-KGVX, ngày 07/5/2025. Theo đó, nhằm đẩy nhanh tiến độ triển khai thực hiện công tác chuyển đổi số trên địa bàn tỉnh, yêu cầu Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan rà soát, chủ động triển khai thực hiện các nội …',
    [], ['DTI.1', '7.1'], "the office conveying the vice chairman's letter urging DX progress: a letter, no plan (r186)")
doc('n177', 'F-051', 'https://ls1.hethongphapluat.com/ke-hoach-76-kh-ubnd-trien-khai-cac-nhiem-vu-chuyen-doi-so-tren-dia-ban-thanh-pho-da-nang-nam-2022.html',
    'Đà Nẵng', '',
    'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 76/KH-UBND Đà Nẵng, ngày 13 tháng 4 năm 2022 KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN THÀNH PHỐ ĐÀ NẴNG, NĂM 2022 Thực hiện Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại phiên họp lần thứ nhất Ủy ban quốc gia về chuyển đổi số ngày 30/11/2021 (Thông báo số 331/TB-VPCP ngày 10/12/2021); Kế hoạch hoạt động của Ủy ban quốc gia về chuyển đổi số năm 2022 ban hành tại Quyết định số 27/QĐ-UBQGCĐS ngày 15/3/2022;',
    ['DTI.1', '7.1'], ['7.3'], "the city's DX plan of 2022 (76/KH-UBND): DTI.1 + 7.1")
doc('n178', 'D-055', 'https://backan.gov.vn:443/Pages/chuyen-doi-so-tao-dong-luc-moi-cho-phat-trien-kinh-a5ab.aspx',
    'Bắc Kạn', '',
    'Độ tương phản Đến nay, cơ sở hạ tầng thiết yếu phục vụ chuyển đổi số được chú trọng đầu tư xây dựng theo hướng đồng bộ, hiện đại; 100% xã, phường, thị trấn được phủ sóng di động; 100% đơn vị, địa phương được kết nối mạng truyền số liệu chuyên dùng và được chuẩn hóa kết nối giám sát 4 cấp hành chính; tỷ lệ người dùng internet đạt tỷ lệ 91%; tỷ lệ người dân (từ 14 tuổi trở lên) có tài khoản định danh điện tử đạt 58,9%.',
    [], ['DTI.1', '7.1'], 'DX results on the provincial portal naming no act')
doc('n179', 'dev-034', 'http://pbgdpl.camau.gov.vn/ca-mau-trien-khai-thuc-hien-chien-luoc-quoc-gia-phat-trien-kinh-te-so-va-xa-hoi-so-den-nam-2025.4588',
    'Cà Mau', '',
    'Nhằm cụ thê hóa các mục tiêu, nội dung tại Quyết định sô 411/ỌĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triên kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 bằng các nhiệm vụ cụ thể và tổ chức triển khai thực hiện trên địa bàn tỉnh. Mục tiêu cơ bản phát triển kinh tế số đến năm 2025: Tỷ trọng kinh tế số đạt 20% GRDP. Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiếu 10%. Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%.',
    ['DTI.1'], ['7.1'], "the province's plan implementing the national strategy on kinh tế số và xã hội số (411/QĐ-TTg), on a law-dissemination site: DTI.1 alone")
doc('n180', 'H-038', 'http://dangcongsan.vn/tien-toi-dai-hoi-dang-bo-cac-cap-va-dai-hoi-xiii-cua-dang/tin-hoat-dong/phan-dau-dua-da-teh-dat-chuan-huyen-nong-thon-moi-kieu-mau-vao-nam-2025-558492.html',
    'Lâm Đồng', '',
    'leftcenterrightdel Đại hội đại biểu Đảng bộ huyện Đạ Tẻh, nhiệm kỳ 2020- 2025 (Ảnh: Báo Lâm Đồng) Đại hội đã tiến hành nhiều nội dung quan trọng, đó là: Tổng kết việc thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ VIII; đề ra các mục tiêu, phương hướng, nhiệm vụ, giải pháp và các bước đi phù hợp để phát triển và xây dựng Đạ Tẻh trở thành huyện nông thôn mới kiểu mẫu vào cuối năm 2025.',
    [], ['8.2'], 'a district party congress')
doc('n181', 'A-126', 'https://thuviennhadat.vn/vbpl/ke-hoach-246-kh-ubnd-2024-chuyen-doi-so-lang-son-644157.html',
    'Lạng Sơn', '',
    'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 246/KH-UBND Lạng Sơn, ngày 06 tháng 11 năm 2024 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN NĂM 2025 Thực hiện Công văn số 3816/BTTTT-CĐS ngày 14/9/2024 của Bộ Thông tin và Truyền thông về việc hướng dẫn các bộ, ngành, địa phương xây dựng Kế hoạch chuyển đổi số năm 2025; UBND tỉnh Lạng Sơn xây dựng Kế hoạch chuyển đổi số tỉnh Lạng Sơn năm 2025 như sau: Phần I ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024 I.',
    ['DTI.1', '7.1'], ['1.2'], "the province's DX plan of 2025 (246/KH-UBND): DTI.1 + 7.1")
doc('n182', 'A-030', 'https://baoyenbai.com.vn/11/257503/Vi-mot-Yen-Bai-phat-trien-nhanh-va-ben-vung.aspx',
    'Yên Bái', '',
    'Phấn đấu đưa tỉnh Yên Bái phát triển nhanh và bền vững theo hướng phát triển "Xanh, hài hòa, bản sắc và hạnh phúc” là phương hướng, mục tiêu đã được xác định trong Nghị quyết Đại hội Đảng bộ tỉnh Yên Bái lần thứ XIX, nhiệm kỳ 2020 - 2025. Ngay từ những năm đầu nhiệm kỳ, Yên Bái đã chủ động, nỗ lực, chung sức đồng lòng để hiện thực hóa mục tiêu đó bằng quyết tâm chính trị cao. Một trong bảy nhiệm vụ trọng tâm nhiệm kỳ 2020 - 2025 được Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX xác định là:',
    [], ['8.2'], "a feature on the party congress resolution's term task (g044)")
doc('n183', 'J-113', 'https://thanhnienviet.vn/ha-noi-se-xay-dung-mo-hinh-van-phong-so-kieu-mau-209250307081845869.htm',
    'Hà Nội', '',
    'Chi nhanh Trung tâm phục vụ hành chính công TP. Hà Nội tại quận Tây Hồ - Ảnh: VGP/GH Để cụ thể hóa các mục tiêu chiến lược của Nghị quyết số 57-NQ/TW, đặt nền móng vững chắc để Thành phố Hà Nội đạt các chỉ tiêu đến năm 2030 đạt các tiêu chí: Tỷ lệ sử dụng dịch vụ công trực tuyến đạt 100%; giao dịch không dùng tiền mặt trong thực hiện dịch vụ công trực tuyến đạt 100%. Bên cạnh đó, mục tiêu 100% thủ tục hành chính đủ điều kiện được xử lý trên nền tảng số;',
    [], ['DTI.1', '7.2'], "hard call: four city offices signing a commitment to a model digital office: the offices' commitment, not the city's plan (x105)")
doc('n184', 'A-170', 'https://dientuungdung.vn/bac-kan-day-manh-chuyen-doi-so-nang-cao-chi-so-canh-tranh-nam-2025-6954.html',
    'Bắc Kạn', 'Bắc Kạn: Đẩy mạnh chuyển đổi số, nâng cao chỉ số cạnh tranh năm 2025',
    'Bắc Kạn thực hiện chiến dịch 100 ngày đêm hướng tới Dịch vụ công trực tuyến toàn trình Bắc Kạn số hoá dịch vụ hành chính công Bắc Kạn quyết tâm chuyển đổi số, thúc đẩy phát triển kinh tế số Bước tiến lớn trong chuyển đổi số của Bắc Kạn Năm 2024, Bắc Kạn ghi nhận những kết quả tích cực trong việc chuyển đối số, cung cấp dịch vụ công, phát triển hạ tầng số và nâng cao năng lực số cho người dân.',
    [], ['DTI.1', 'PCI.1'], 'DX results of 2024 naming no act')
doc('n185', 'J-330', 'https://nhaquanly.vn/du-lich-quang-binh-can-co-buoc-dot-pha-de-xung-tam-a12112.html',
    'Quảng Bình', '',
    'Những báu vật vô giá này đang giúp Quảng Bình trở thành điểm đến mơ ước của hàng triệu du khách quốc tế, đồng thời cũng thuộc nhóm tỉnh thành đang dẫn đầu Việt Nam về tăng trưởng du lịch. Quảng Bình ghi nhận lượt khách tăng gần 30% và tăng trưởng riêng về khách quốc tế đạt 35%, đây là con số kỷ lục so với mặt bằng chung khoảng 15-20% tại nhiều thị trường du lịch trọng điểm tại Việt Nam. Mục tiêu đến năm 2030, tỷ lệ đóng góp của ngành du lịch đạt 10 - 12% GRDP của tỉnh Quảng Bình.',
    [], ['8.2'], 'tourism: a sector')
doc('n186', 'J-419', 'https://vnpthcm.com/ba-ria-vung-tau-hoan-thanh-33-39-chi-tieu-chuyen-doi-so-duoc-giao-nam-2023.html',
    'Bà Rịa - Vũng Tàu', '',
    'Ban Chỉ đạo chuyển đổi số tỉnh Bà Rịa – Vũng Tàu vừa tổ chức cuộc họp để nghe báo cáo đánh giá kết quả thực hiện nhiệm vụ năm 2023, phương hướng thực hiện năm 2024. Theo báo cáo của Sở TT-TT tỉnh Bà Rịa – Vũng Tàu, qua 11 tháng thực hiện, đến nay địa phương này đã hoàn thành 33/39 chỉ tiêu về chuyển đổi số Ủy ban Quốc gia giao trong năm 2023. Cụ thể, chính quyền số 13/16 chỉ tiêu, kinh tế số 6/8 chỉ tiêu và xã hội số 14/15 chỉ tiêu. Trong đó, địa phương đạt được một số kết quả tích cực như:',
    [], ['DTI.1', '8.2'], "the DX steering committee's meeting on 11-month results: a meeting (r055)")
doc('n187', 'B-162', 'https://www.baodaklak.vn/thoi-su/chuyen-doi-so/202312/huong-den-phat-trien-moi-nguoi-dan-thanh-mot-cong-dan-so-712186b/',
    'Đắk Lắk', '',
    'Multimedia Đọc Báo in Hướng đến phát triển mỗi người dân thành một công dân số 18:21, 05/12/2023 Ngày 5/12/2023, UBND tỉnh ban hành Kế hoạch phát triển kinh tế số và xã hội số tỉnh Đắk Lắk đến năm 2025, định hướng đến năm 2030, trong đó hướng đến phát triển mỗi người dân thành một công dân số; mỗi doanh nghiệp, hộ sản xuất kinh doanh thành một doanh nghiệp số. Cụ thể, phấn đấu đến năm 2025 tỷ trọng kinh tế số chiếm 20% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%;',
    ['DTI.1'], ['7.1'], "the province's plan for kinh tế số và xã hội số to 2025: DTI.1 alone")
doc('n188', 'A-131', 'https://tracuuquyhoach.com/tin-tuc/hai-duong-hai-phong-huong-toi-xay-dung-trung-tam-doi-moi-sang-tao-vung-52301283',
    'Hải Dương', '',
    'Phát triển khoa học công nghệ và chuyển đổi số là chiến lược xuyên suốt, bao trùm, quyết định năng suất, chất lượng, hiệu quả và sức cạnh tranh của Hải Dương. Đây cũng là một trong ba khâu đột phá được Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII đề ra, trong đó nhấn mạnh trọng tâm phát triển hạ tầng kỹ thuật, dịch vụ công nghệ thông tin và đô thị thông minh.',
    [], ['DTI.1'], 'an innovation-cooperation item naming only the congress resolution')
doc('n189', 'D-095', 'https://betagiaothuong1.congthuong.vn/tags/quy-hoach-hai-phong-den-nam-2050-168310.tag',
    'Hải Phòng', '',
    'Đến năm 2030, Hải Phòng phấn đấu đóng góp khoảng 6,8% vào GDP cả nước Ngày 15/1, thành phố Hải Phòng tổ chức hội nghị Công bố Quy hoạch thành phố Hải Phòng thời kỳ 2021-2030, tầm nhìn đến năm 2050.',
    [], ['8.2'], "a tag page on the city's master plan")
doc('n190', 'J-431', 'https://phapluatplus.baophapluat.vn/du-lich-kien-giang-dat-muc-tieu-don-106-trieu-luot-khach-nam-2025-208778.html',
    'Kiên Giang', '',
    'Hà Nội 21 °C TP Hồ Chí Minh 29 °C Hải Phòng 22 °C Đà Nẵng 26 °C Yên Bái 23 °C Du lịch Kiên Giang đặt mục tiêu đón 10,6 triệu lượt khách năm 2025 Hoạt động tư pháp 06/02/2025 17:48 Khánh Thùy aa Chiều 6/2, Sở Du lịch tỉnh Kiên Giang tổ chức Hội nghị tổng kết ngành du lịch năm 2024, triển khai phương hướng nhiệm vụ năm 2025. Đến dự và chỉ đạo Hội nghị, có ông Lê Trung Hồ - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; ông Bùi Quốc Thái - Giám đốc Sở Du lịch tỉnh; đại diện các sở, ban, ngành;',
    [], ['8.2'], "the tourism department's year review: a sector")
doc('n191', 'A-076', 'https://quangan.thuathienhue.gov.vn/?cn=265&gd=4&tc=126499',
    'Thừa Thiên Huế', '',
    'Ngày 14/09/2023, UBND tỉnh Thừa Thiên Huế ban hành Kế hoạch số 308/KH-UBND triển khai mô hình tỉnh chuyển đổi số điển hình năm 2023 nhằm xây dựng mô hình tỉnh chuyển đổi số điển hình góp phần triển khai có hiệu quả các mục tiêu, nhiệm vụ, giải pháp chủ yếu đề ra tại Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030” và Nghị quyết số 12-NQ/TU ngày …',
    ['DTI.1', '7.1'], ['7.3'], "a commune portal relaying the province's plan for a model DX province in 2023 (308/KH-UBND): a province-wide DX plan, DTI.1 + 7.1")
doc('n192', 'F-025', 'https://baonghean.vn/nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-nghe-an-khoa-xx-nhiem-ky-2025-2030-10307613.html',
    'Nghệ An', '',
    'Xây dựng Đảng Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030 Sáng 3/10, Đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030 đã tiến hành biểu quyết thông qua Nghị quyết với sự thống nhất, đồng thuận cao. Báo và phát thanh, truyền hình Nghệ An trân trọng giới thiệu toàn văn Nghị quyết. Quang cảnh Đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030. Ảnh:',
    [], ['8.2'], 'the party congress resolution 2025-2030 (g044)')
doc('n193', 'A-254', 'https://mic.gov.vn/tuyen-quang-no-luc-thuc-hien-chuyen-doi-so-197241224164550708.htm',
    'Tuyên Quang', '',
    'Từ năm 2021, tỉnh Tuyên Quang đã chủ động ban hành các Nghị quyết quan trọng về Chuyển đổi số, bao gồm Nghị quyết về Chuyển đổi số đến năm 2025, định hướng đến năm 2030, và Nghị quyết về phát triển kết cấu hạ tầng giao thông, đô thị động lực và hạ tầng công nghệ thông tin giai đoạn 2021-2025. Ủy ban nhân dân tỉnh cũng ban hành nhiều kế hoạch, Đề án và Chỉ thị, trong đó có Đề án phát triển kết cấu hạ tầng giao thông, đô thị động lực và hạ tầng công nghệ thông tin giai đoạn 2021-2025.',
    ['DTI.1', '7.1'], ['8.2'], "the ministry's site whose first paragraph presents the province's DX resolutions and plans as issued, the same lead as q120 (labelled DTI.1 + 7.1) on another site: DTI.1 + 7.1 (the issuer decides)")
doc('n194', 'J-512', 'https://m.thvl.vn/?p=563760',
    'Vĩnh Long', '',
    'Thời sự địa phương Giảm nghèo nhanh nhưng phải bền vững 13/10/2015 Sau 5 năm, tỉ lệ hộ nghèo của tỉnh được kéo giảm còn dưới 3%, tỷ lệ thoát nghèo bình quân hằng năm đạt 1,54%. Dự thảo văn kiện trình đại hội đại biểu đảng bộ tỉnh lần thứ X đề ra chỉ tiêu giảm nghèo bình quân cho giai đoạn 2015 – 2020 là 1%/năm. Từ khóa: 0 bình luận Viết bình luận « »',
    [], ['8.2'], 'poverty results and a draft congress indicator')
doc('n195', 'H-033', 'https://doanhnghiephoinhap.vn/chu-tich-ubnd-tinh-ca-mau-ca-mau-phai-tang-truong-88-trong-6-thang-cuoi-nam-2025-110823.html',
    'Cà Mau', 'Chủ tịch UBND tỉnh Cà Mau: Cà Mau phải tăng trưởng 8,8% trong 6 tháng cuối năm 2025',
    'Để đạt mục tiêu tăng trưởng cả năm 8,0% trở lên, thì 06 tháng cuối năm 2025 Cà Mau phải đạt tốc độ tăng trưởng 8,8%, trong đó, quý III phải đạt tăng trưởng 8,4%, quý IV phải đạt tăng trưởng 9,2%. Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cà Mau - ông Phạm Thành Ngại đã nhấn mạnh điều này tại Lễ phát động phong trào thi đua kỷ niệm 80 năm Quốc khánh nước Cộng hòa XHCN Việt Nam (02/9/1945 - 02/9/2025) và thi đua 180 ngày đạt tăng trưởng 8,8% 6 tháng cuối năm 2025, diễn ra chiều nay ngày 21/7/2025 tại Cà Mau.',
    [], ['8.2'], "hard call: the chairman's half-year and quarterly growth targets at an emulation launch: part of a year, not the year's plan (q200 set the year)")
doc('n196', 'A-145', 'https://vqghl.laocai.gov.vn/tin-tuc-cds/ngay-31-12-ubnd-tinh-lao-cai-da-ban-hanh-ke-hoach-478-kh-ubnd-ve-chuyen-doi-so-tinh-lao-cai-nam--1332400',
    'Lào Cai', '',
    'Với mục tiêu chung bao gồm: Phát triển đột phá về hạ tầng số: Phục vụ các hoạt động thiết yếu của xã hội trên môi trường số. Giúp người dân khai thác thông tin, thu hẹp khoảng cách đô thị và nông thôn. Phát triển chính quyền số: Tích cực chuyển đổi số toàn diện trong hệ thống chính trị, nâng cao năng lực quản trị số, đưa cơ bản hoạt động của chính quyền lên môi trường số. Phát triển kinh tế số:',
    ['DTI.1', '7.1'], ['7.3'], "a national park's portal page whose URL names the province's DX plan (478/KH-UBND) and whose text is its goals (digital government, economy, society): DTI.1 + 7.1 (q163)")
doc('n197', 'H-007', 'http://baokiemtoan.vn/muc-tieu-2025-ptag.html',
    'Bắc Giang', '',
    'muc tieu 2025 Bắc Giang: Đặt mục tiêu năm 2025 tăng trưởng 13,6% (BKTO) - Dựa trên những kết quả đạt được về phát triển kinh tế - xã hội (KT-XH) năm 2024, tỉnh Bắc Giang đặt mục tiêu phấn đấu tăng trưởng kinh tế (GRDP) năm 2025 đạt 13,6%. Trong đó, phấn đấu lĩnh vực công nghiệp - xây dựng tăng 16%; dịch vụ tăng 7,5%; nông, lâm nghiệp và thủy sản tăng 3,8%; thuế sản phẩm tăng 10%.',
    [], ['8.2'], "a tag page whose item is the province's 2025 growth goal: nobody's by what a tag page shows (p014)")
doc('n198', 'F-055', 'https://baotintuc.vn/tags/tàu+than.htm',
    'Cần Thơ', 'Thành phố Cần Thơ mới: Sứ mệnh đầu tàu của vùng Đồng bằng sông Cửu long',
    'Chủ tịch Quốc hội Trần Thanh Mẫn vừa ký ban hành Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh. Nghị quyết có hiệu lực từ ngày 12/6, cả nước còn 34 tỉnh, thành phố. Theo đó, trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang thành thành phố mới có tên gọi là thành phố Cần Thơ. Với nghị quyết lịch sử này, Cần Thơ - đô thị trung tâm của Đồng bằng sông Cửu Long đang đứng trước một cơ hội bứt phá mạnh mẽ.',
    [], ['4.4'], "a tag page on the National Assembly's resolution merging the provinces into the new Cần Thơ: another level's act")
doc('n199', 'D-111', 'https://ictvietnam.vn/trien-khai-chinh-quyen-dien-tu-qua-ngot-cho-quang-ninh-27837.html',
    'Quảng Ninh', '',
    'Để đạt được kết quả ấn tượng này, tỉnh Quảng Ninh đã thực hiện tốt cải cách thủ tục hành chính (TTHC), đảm bảo giảm thành phần hồ sơ, giảm thời gian giải quyết, giảm chi phí thực hiện, nâng cao chất lượng dịch vụ công (DVC). Bên cạnh đó, tỉnh Quảng Ninh thúc đẩy ứng dụng CNTT, từng bước hiện đại hóa nền hành chính, phát huy hiệu quả chính quyền điện tử (CQĐT) hướng tới xây dựng chính quyền số, kinh tế số, xã hội số, xây dựng thành phố thông minh.',
    [], ['7.1', 'DTI.1'], 'an e-government feature naming no act')
doc('n200', 'A-203', 'https://baohatinh.vn/chuyen-bien-tich-cuc-trong-chuyen-doi-so-o-ha-tinh-post291960.html',
    'Hà Tĩnh', '',
    'Thực hiện công tác chuyển đổi số, Hà Tĩnh đã ban hành nhiều văn bản lãnh đạo, chỉ đạo triển khai thực hiện. Trên cơ sở đó, các sở, ban, ngành, địa phương tập trung chỉ đạo triển khai nội dung về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; ban hành kế hoạch triển khai thực hiện gắn với nhiệm vụ chuyên môn của đơn vị. Đến nay, công tác chuyển đổi số của Hà Tĩnh đã đạt được những kết quả tích cực bước đầu.',
    [], ['DTI.1', '7.1'], "DX results after 'many documents' named by none")


if __name__ == "__main__":
    out = Path(__file__).with_name("fresh26.jsonl")
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in D), encoding="utf-8")
    print(f"{len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs -> {out.name}")
