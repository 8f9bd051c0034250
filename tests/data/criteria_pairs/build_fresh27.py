"""Writes fresh27.jsonl: a ninth set of fresh labelled pages (session 26, issue 15), a test set the mapping rules and
the shipped ranker were not written from; it is not in the trainer's loader and must stay out of it.
Source: pages of the extraction corpus (`tests/data/devset/cases.jsonl`, `tests/data/corpus/part-{A,B,D,E,F,G,H}.jsonl`
and `part-J1`..`J6`; never parts I or K) whose URL is in none of the eleven older pair files (host without
`www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query), drawn by a seeded random sample, not by topic: draw_fresh27.py
shuffles the 317 such pages with `random.Random(2028)`, walks them in that order, keeps at most three pages per site,
skips pages whose excerpt shows neither title nor subject and second copies of an already kept or older document, and
ran to the pool's end with 180 kept pages (the cap of 200 was not reached; the README says what was skipped). The
corpus labels targets, never criteria. The excerpt (title; the page's lead, or the official text's header, số, date and
trích yếu, about 450 characters) was cut from the corpus text by draw_fresh27.py, then read and labelled by hand,
model-blind: no mapper, ranker or extractor was run on any page before this file was committed with its labels.
`corpus_id` names the corpus page each line came from (its text is embedded here, so later corpus edits cannot move
the numbers). Labels follow the README's rules, "Overlapping criteria: one rule for all three files" and the fresh19-26
rules included. Run it to regenerate fresh27.jsonl."""
import json
from pathlib import Path

D = []


def doc(id, corpus_id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note, "corpus_id": corpus_id})

doc('m001', 'A-124', 'https://congly.vn/print/452721.html',
    'Lạng Sơn', 'Lạng Sơn khẳng định vị thế tiên phong về phát triển kinh tế số',
    'Tỉnh Lạng Sơn đã có những bước tiến mạnh mẽ trong công cuộc chuyển đổi số, được vinh danh là địa phương tiêu biểu thực hiện Cách mạng công nghiệp 4.0, khẳng định vị thế tiên phong về phát triển kinh tế số. Lạng Sơn không ngừng tăng tốc chuyển đổi số Ngày 27/9/2024, Ban Chỉ đạo chuyển đổi số tỉnh Lạng Sơn họp quý III, do ông Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh chủ trì.',
    [], ['DTI.1', '7.1'], "the DX steering committee's third-quarter meeting: a quarterly meeting names no plan (r055)")
doc('m002', 'D-099', 'https://dientuungdung.vn/ninh-thuan-day-manh-xay-dung-xa-hoi-so-6952.html',
    'Ninh Thuận', '',
    'Ninh Thuận: Đẩy mạnh xây dựng xã hội số Ảnh minh họa: Nhandan Quá trình chuyển đổi số đang lan tỏa mạnh mẽ trên toàn quốc, Ninh Thuận đã những bước tiến ấn tượng trong việc ứng dụng công nghệ số vào đời sống và quản lý xã hội. Sau hai năm triển khai Đề án 06, tỉnh đã gặt hái nhiều thành quả đáng khích lệ: tỷ lệ người dân sử dụng điện thoại thông minh đạt 87,5%, số hộ có cáp quang băng rộng đứng thứ 15 toàn quốc, và đặc biệt là 75,3% giao dịch thanh toán đã chuyển sang hình thức không dùng tiền mặt.',
    [], ['DTI.1', '7.4'], 'digital-society figures after two years of Project 06, naming no provincial act')
doc('m003', 'J-002', 'https://kontumtv.vn/tin-tuc/tin-trong-nuoc/kon-tum-phan-dau-het-nam-2016-co-them-5-xa-dat-chuan-nong-thon-moi',
    'Kon Tum', '',
    'Kon Tum đã có 9 xã đạt chuẩn nông thôn mới Kon Tum đã có 9 xã đạt chuẩn nông thôn mới (kontumtv.vn) – Với sự vào cuộc quyết liệt của các cấp, ngành, địa phương, đến nay tỉnh Kon Tum đã có 9 xã đạt tiêu chí nông thôn mới, 4 xã đạt từ 15 – 18 tiêu chí, 21 xã đạt từ 10 – 14 tiêu chí và 43 xã đạt từ 5 – 9 tiêu chí. Bình quân đạt hơn 9 tiêu chí/ xã. Mục tiêu phấn đấu đến hết 2016, tỉnh Kon Tum có thêm 5 xã đạt chuẩn nông thôn mới, bình quân mỗi xã tăng từ 1- 2 tiêu chí so với năm 2015.',
    [], ['8.2'], "new-countryside results and the year's commune goal: a sector goal")
doc('m004', 'G-053', 'https://suoitrai.daklak.gov.vn/xa-suoi-trai-to-chuc-hoi-nghi-trien-khai-ke-hoach-phat-trien-kinh-te-xa-hoi-va-du-toan-ngan-sach-nha-nuoc-nam-2026-6100.html',
    'Đắk Lắk', 'XÃ SUỐI TRAI TỔ CHỨC HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2026',
    'Chiều ngày 31/12/2025, UBND xã Suối Trai tổ chức Hội nghị triển khai Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2026. Tham dự hội nghị có đồng chí Trương Thị Bích, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Sô Đa, Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã; cùng các đồng chí trong Thường trực HĐND xã, Thường trực Ủy ban MTTQ Việt Nam xã; các thành viên UBND xã; lãnh đạo các Ban HĐND xã; lãnh đạo các ban, ngành, đoàn thể xã, lãnh đạo và kế toán các đơn vị dự toán thuộc xã.',
    [], ['8.2', '6.1'], "a commune's conference deploying its 2026 plan and budget: a commune's act")
doc('m005', 'J-326', 'https://baothanhhoa.vn/xa-thieu-hoa-trien-khai-nhiem-vu-nam-2026-272010.htm',
    'Thanh Hóa', 'Xã Thiệu Hóa triển khai nhiệm vụ năm 2026',
    'Sáng 16/12, Ban Chấp hành Đảng bộ xã Thiệu Hóa khóa I, nhiệm kỳ 2025-2030 tổ chức hội nghị lần thứ 11 đánh giá tình hình thực hiện nhiệm vụ năm 2025; mục tiêu, nhiệm vụ các giải pháp chủ yếu năm 2026. Toàn cảnh hội nghị. Năm 2025 là năm đầu tiên xã Thiệu Hóa tổ chức, vận hành mô hình chính quyền địa phương 2 cấp nên gặp nhiều khó khăn, thách thức. Song với tinh thần đoàn kết, quyết tâm cao, Đảng bộ, chính quyền và Nhân dân xã Thiệu Hóa đã đạt được những kết quả khá toàn diện.',
    [], ['8.2'], "a commune party committee's year-end conference: a commune's account")
doc('m006', 'D-007', 'https://m.baophapluat.vn/chuyen-doi-so-tam-nhin-tu-binh-dinh-post538550.html',
    'Bình Định', '',
    'Dám “chấp nhận và thử nghiệm cái mới” Tháng 9/2021, khi Nghị quyết 05-NQ/TU ra đời, không ít ý kiến ban đầu đã ngạc nhiên. Quy mô nền kinh tế của Bình Ðịnh khi ấy còn chưa lớn; tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người 63,2 triệu đồng/người/năm; tổng thu ngân sách nội địa hơn 12 ngàn tỷ đồng. Cơ cấu GRDP tỉnh khi ấy chiếm quá nửa là dịch vụ và nông lâm nghiệp, thủy sản. Doanh nghiệp chủ yếu có quy mô nhỏ và vừa, tỷ suất lợi nhuận thấp, hiệu quả hoạt động các khu, cụm công nghiệp chưa cao.',
    ['DTI.1', '7.1'], ['8.2'], "hard call: a retrospective feature whose lead presents the province's DX resolution 05-NQ/TU of 2021 and goes on to its goals: the act as subject (n115), DTI.1 + 7.1")
doc('m007', 'D-038', 'https://thuvienphapluat.vn/van-ban/cong-nghe-thong-tin/quyet-dinh-1982-qd-ubnd-2022-de-an-chuyen-doi-so-quang-tri-den-2025-526286.aspx',
    'Quảng Trị', '',
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1982/QĐ-UBND Quảng Trị, ngày 29 tháng 7 năm 2022 QUYẾT ĐỊNH BAN HÀNH ĐỀ ÁN CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030 ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019; Căn cứ Luật Công nghệ thông tin ngày 29/6/2006;',
    ['DTI.1', '7.1'], ['1.1'], "the province's DX project to 2025 (1982/QĐ-UBND): DTI.1 + 7.1 (overlap rule)")
doc('m008', 'D-001', 'https://cand.com.vn/Khoa-hoc-Quan-su/an-tuong-voi-cong-cuoc-chuyen-doi-so-quyet-liet-o-xu-dua-i746536',
    'Bến Tre', 'Ấn tượng với công cuộc chuyển đổi số quyết liệt ở xứ Dừa',
    'Bốn năm trước, ngày 20/10/2020, Tỉnh ủy Bến Tre đã ban hành Nghị quyết số 01-NQ/TU về chuyển đổi số (CĐS) tỉnh Bến Tre giai đoạn 2020 - 2025, tầm nhìn đến năm 2030. Theo tinh thần nghị quyết này, tỉnh quyết liệt thực hiện CĐS hướng tới mục tiêu xây dựng 3 trụ cột chính (gồm chính quyền số, kinh tế số và xã hội số) phù hợp với tình hình, khả năng thực hiện của địa phương.',
    ['DTI.1', '7.1'], ['7.3'], "hard call: a results feature whose first paragraph presents the party's DX resolution 01-NQ/TU (issued, its three pillars) before the figures: the act as subject (n115), DTI.1 + 7.1; the online-service counts below do not make it 7.3")
doc('m009', 'A-197', 'https://hethongphapluat.com/ke-hoach-so-59-kh-ubnd-nam-2022-thuc-hien-chuyen-doi-so-toan-dien-tinh-quang-ninh-den-nam-2025-dinh-huong-den-nam-2030.html',
    'Quảng Ninh', '',
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 59/KH-UBND Quảng Ninh, ngày 01 tháng 3 năm 2022 KẾ HOẠCH THỰC HIỆN CHUYỂN ĐỔI SỐ TOÀN DIỆN TỈNH QUẢNG NINH ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030 Căn cứ Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc cách mạng công nghiệp lần thứ tư;',
    ['DTI.1', '7.1'], ['1.1'], "the province's comprehensive DX plan to 2025 (59/KH-UBND): DTI.1 + 7.1")
doc('m010', 'B-083', 'https://m.thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2808-QD-UBND-2024-Ke-hoach-Chuyen-doi-so-Vinh-Long-2025-640999.aspx',
    'Vĩnh Long', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2808/QĐ-UBND Vĩnh Long, ngày 31 tháng 12 năm 2024 VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019; Căn cứ Luật Công nghệ thông tin, ngày 29/6/2006;',
    ['DTI.1', '7.1'], ['8.2'], "the province's DX plan of 2025 (2808/QĐ-UBND): DTI.1 + 7.1")
doc('m011', 'A-120', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-333-KH-UBND-2025-Chuyen-doi-so-Lang-Son-nam-2026-689661.html',
    'Lạng Sơn', 'Kế hoạch 333/KH-UBND năm 2025 về Chuyển đổi số trên địa bàn tỉnh Lạng Sơn năm 2026',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 333/KH-UBND Lạng Sơn, ngày 31 tháng 12 năm 2025 KẾ HOẠCH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN NĂM 2026 Thực hiện Công văn số 5511/BKHCN-CĐSQG ngày 10/10/2025 của Bộ Khoa học và Công nghệ về việc hướng dẫn các bộ, ngành, địa phương xây dựng Kế hoạch chuyển đổi số năm 2026; UBND tỉnh Lạng Sơn xây dựng Kế hoạch chuyển đổi số trên địa bàn tỉnh Lạng Sơn năm 2026, cụ thể như sau: Phần I ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025 I.',
    ['DTI.1', '7.1'], ['8.2'], "the province's DX plan of 2026 (333/KH-UBND; it opens with 2025's results): DTI.1 + 7.1")
doc('m012', 'A-084', 'https://vietnam.vn/?p=1131893',
    'Tuyên Quang', '',
    'Theo đó Tuyên Quang thúc đẩy phát triển kinh tế số và xã hội số trên địa bàn tỉnh; tạo điều kiện phát triển thêm các ngành nghề kinh doanh phù hợp, mở ra các thị trường và tạo thêm nhiều nhu cầu việc làm, giúp người dân tham gia các hoạt động xã hội toàn diện, thụ hưởng các chính sách an sinh xã hội thuận lợi, góp phần phát triển kinh tế – xã hội, đảm bảo quốc phòng, an ninh trên địa bàn tỉnh, tạo sự chuyển biến mạnh mẽ trong nhận thức và hành …',
    ['DTI.1'], ['7.1'], "the province's plan for the digital economy and society (its goals to 2025): DTI.1 alone (r106)")
doc('m013', 'D-096', 'https://m.sggp.org.vn/tay-ninh-phe-duyet-de-an-cai-thien-diem-so-va-nang-cao-vi-tri-xep-hang-cac-chi-so-hanh-chinh-cong-744320.html',
    'Tây Ninh', '',
    'Cải cách hành chính Tây Ninh phê duyệt đề án cải thiện điểm số và nâng cao vị trí xếp hạng các chỉ số hành chính công SGGPO Ngày 7-7, UBND tỉnh Tây Ninh cho biết, vừa phê duyệt đề án thực hiện các nhiệm vụ giải pháp để cải thiện điểm số và nâng cao vị trí xếp hạng các chỉ số hành chính công trong giai đoạn 2021- 2025.',
    ['1.5', 'PAPI.1', 'PCI.1'], ['SIPAS.1', '1.1'], "the province's project to raise its PCI, PAPI, PAR INDEX, SIPAS and ICT Index scores 2021-2025: 1.5 + PAPI.1 + PCI.1 (n002, r038, r039); no survey is organised, so not SIPAS.1")
doc('m014', 'F-076', 'https://www.vietnamplus.vn/dien-bien-phai-no-luc-de-tinh-giau-dan-hanh-phuc-post1097620.vnp',
    'Điện Biên', '',
    'Kết luận buổi làm việc với tỉnh Điện Biên, Thủ tướng Phạm Minh Chính đánh giá cao nỗ lực của Đảng bộ, chính quyền và nhân dân địa phương trong phát triển kinh tế-xã hội, đồng thời nhấn mạnh mục tiêu thời gian tới là phát triển nhanh và bền vững, phấn đấu đạt tốc độ tăng trưởng từ 10% trở lên.',
    [], ['8.2'], "the Prime Minister's conclusions at a working visit: another level's goal, no year")
doc('m015', 'F-067', 'https://baobariavungtau.com.vn/chinh-tri/202412/long-dien-phan-dau-doanh-thu-dich-vu-luu-tru-nam-2025-tang-135-1030145/',
    'Bà Rịa - Vũng Tàu', '',
    'Chiều 23/12, UBND huyện Long Điền tổ chức hội nghị giao chỉ tiêu kế hoạch phát triển kinh tế-xã hội, an ninh-quốc phòng và dự toán thu, chi ngân sách nhà nước năm 2025. Du khách vui chơi, nghỉ dưỡng tại Long Hai Channel Beach Resort, TT.Long Hải. Năm 2025, huyện Long Điền đề ra 29 chỉ tiêu trên các lĩnh vực kinh tế, văn hóa, xã hội, quốc phòng, an ninh. Cụ thể, phấn đấu doanh thu thương mại tăng 5,7% so với năm 2024; doanh thu dịch vụ, lưu trú tăng 13,5% so với năm 2024;',
    [], ['8.2', '6.1'], "a district's conference assigning its 2025 targets: a district's act")
doc('m016', 'A-249', 'https://vneconomy.vn/dua-chinh-quyen-dien-tu-ve-vung-nui-quang-tri-bang-binh-dan-hoc-vu-so.htm',
    'Quảng Trị', '',
    'Chuyển đổi số tại các xã miền núi, biên giới tỉnh Quảng Trị đang đối mặt với nhiều rào cản về hạ tầng, điều kiện kinh tế và trình độ tiếp cận công nghệ của người dân. Tuy nhiên, bằng những cách làm linh hoạt, sát thực tế, phong trào “Bình dân học vụ số” cùng các mô hình hỗ trợ cộng đồng đang từng bước đưa chính quyền điện tử đến gần hơn với đồng bào vùng cao. Việc triển khai chính quyền điện tử và chuyển đổi số tại khu vực miền núi, biên giới tỉnh Quảng Trị vẫn gặp không ít khó khăn.',
    [], ['7.1', 'DTI.1'], 'a feature on e-government and the digital-literacy movement in border communes, naming no act')
doc('m017', 'A-142', 'https://vietnamnet.vn/lai-chau-tap-trung-chuyen-doi-so-vung-dong-bao-dan-toc-thieu-so-va-mien-nui-2267108.html',
    'Lai Châu', '',
    'Lai Châu là vùng đất rộng, người thưa, diện tích tự nhiên trên 9.000 km² (đứng thứ 10/63 địa phương trên cả nước); dân số trên 489.000 người (thứ 62/63) với 20 dân tộc anh em, đồng bào dân tộc thiểu số chiếm gần 85% (dân tộc Thái chiếm 32,3%, Mông 21,5%, Dao 13,2%, Kinh 15,3%, Hà Nhì 3,1%...). Lai Châu còn là một trong những tỉnh nghèo nhất của cả nước với có 4/8 huyện, thành phố là huyện nghèo theo Nghị quyết 30a; 696 thôn bản đặc biệt khó khăn.',
    [], ['DTI.1', '7.1'], "a DX feature opening with the province's statistics, naming no act")
doc('m018', 'D-113', 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=0aa86068-1769-4bc0-8c49-31f8f3897373&key=JKW0LFlP67NfOMKbvcQYeQ%3D%3D',
    'Phú Yên', '',
    'HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 59/NQ-HĐND Phú Yên, ngày 08 tháng 12 năm 2023 NGHỊ QUYẾT THÔNG QUA QUY HOẠCH TỈNH PHÚ YÊN THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050 HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN KHÓA VIII KỲ HỌP THỨ 18 Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;',
    [], ['8.2'], 'the council passing the provincial master plan 2021-2030: a master plan (n148)')
doc('m019', 'H-022', 'https://baothanhhoa.vn/ha-trung-19-25-chi-tieu-hoan-thanh-va-hoan-thanh-vuot-ke-hoach-234225.htm',
    'Thanh Hóa', 'Hà Trung: 19/25 chỉ tiêu hoàn thành và hoàn thành vượt kế hoạch',
    'Ngày 20/12, HĐND huyện Hà Trung khóa XX, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 23 để đánh giá tình hình và kết quả thực hiện nhiệm vụ năm 2024; quyết định mục tiêu, nhiệm vụ năm 2025; xem xét, quyết định những nội dung quan trọng khác. Các đại biểu tham dự kỳ họp. Báo cáo tại kỳ họp cho thấy, năm 2024, tình hình kinh tế - xã hội của huyện Hà Trung tiếp tục có chuyển biến tích cực trên các lĩnh vực, có 19/25 chỉ tiêu hoàn thành và hoàn thành vượt kế hoạch (KH), trong đó có 6/25 chỉ tiêu vượt KH.',
    [], ['8.2'], "a district council's year-end session: a district's account")
doc('m020', 'A-196', 'https://diendandoanhnghiep.vn/print/quang-ninh-sang-tao-tu-chuyen-doi-so-240123.html',
    'Quảng Ninh', '',
    '>>> Động lực phấn đấu để Quảng Ninh sớm trở thành trung tâm kết nối vùng Động lực thúc đẩy đổi mới, sáng tạo Thời gian qua, tỉnh Quảng Ninh đã thực hiện nhiều giải pháp cụ thể trong chuyển đổi số ở tất cả các lĩnh vực. Qua đó, đã tạo tiền đề vững chắc góp phần nâng cao hiệu quả quản lý của chính quyền, thúc đẩy chuyển đổi số toàn diện và phát triển kinh tế - xã hội theo hướng văn minh, hiện đại.',
    [], ['DTI.1', '7.3'], 'a DX feature on procedures and management naming no act')
doc('m021', 'J-121', 'https://congdong.infina.vn/t/ba-ria-vung-tau-dia-phuong-hang-dau-ve-phat-trien-kinh-te-bien/33762',
    'Bà Rịa - Vũng Tàu', '',
    'Bà Rịa - Vũng Tàu: Địa phương hàng đầu về phát triển kinh tế biển Bà Rịa - Vũng Tàu: Địa phương hàng đầu về phát triển kinh tế biển Bà Rịa - Vũng Tàu: Địa phương hàng đầu về phát triển kinh tế biển Từ ngày 16/12/2023, tỉnh Bà Rịa - Vũng Tàu đã chính thức được phê duyệt Quy hoạch tỉnh Bà Rịa - Vũng Tàu thời kỳ 2021-2030, tầm nhìn đến năm 2050 theo Quyết định số 1629/QĐ-TTg do Phó Thủ tướng Trần Hồng Hà ký.',
    [], ['8.2'], "a forum post on the Prime Minister's approval of the provincial master plan: another level's act, a master plan")
doc('m022', 'H-040', 'https://baodantoc.vn/khai-mac-dai-hoi-dai-bieu-dang-bo-tinh-dak-lak-lan-thu-xvii-nhiem-ky-2020-2025-1602666752633.htm',
    'Đắk Lắk', '',
    'Analytic Khai mạc Đại hội Đại biểu Đảng bộ tỉnh Đăk Lăk lần thứ XVII, nhiệm kỳ 2020-2025 Lê Hường - 14:58, 14/10/2020 Sáng 14/10, Đảng bộ tỉnh Đăk Lăk tổ chức khai mạc Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025. Tham dự Đại hội có đại diện lãnh đạo các bộ, ban, ngành Trung ương, địa phương và 349 đại biểu đại diện hơn 80 nghìn đảng viên trên địa bàn tỉnh. Ủy viên Bộ Chính trị, Phó Thủ tướng Chính Phủ, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh dự, chỉ đạo Đại hội.',
    [], ['8.2'], 'the provincial party congress 2020-2025: term goals (g044)')
doc('m023', 'H-024', 'https://nghean24h.vn/chu-tich-ubnd-tinh-vo-trong-hai-gap-mat-can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-van-phong-ubnd-tinh-a771986.html',
    'Nghệ An', '',
    'Dự buổi gặp mặt có đồng chí Võ Trọng Hải - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí Phó Chủ tịch UBND tỉnh: Hoàng Phú Hiền, Phùng Thành Vinh, Thái Văn Thành. Quang cảnh buổi gặp mặt Phát biểu tại buổi gặp mặt, Chủ tịch UBND tỉnh Võ Trọng Hải ghi nhận, biểu dương những kết quả Văn phòng UBND tỉnh đạt được trong năm 2025; đặc biệt là vai trò trung tâm tham mưu, tổng hợp, bảo đảm thông tin phục vụ điều hành linh hoạt, hiệu quả của UBND tỉnh.',
    [], ['8.2'], "the chairman's new-year meeting with the office staff: praise for the office's year, no plan or report")
doc('m024', 'A-099', 'https://vietnam.vn/?p=1262431',
    'Vĩnh Phúc', '',
    'Trong những năm gần đây, Vĩnh Phúc đã quyết liệt thực hiện chiến lược chuyển đổi số nhằm hoàn thiện cơ sở hạ tầng kỹ thuật, nâng cao chất lượng dịch vụ công và thay đổi cách thức quản lý của các cơ quan chính quyền. Với mục tiêu lọt vào top 10 về chuyển đổi số toàn quốc vào năm 2025, Vĩnh Phúc đang đẩy mạnh triển khai các nền tảng số, góp phần nâng cao hiệu quả công tác quản lý nhà nước, tiết kiệm chi phí và nâng cao sự hài lòng của người dân.',
    [], ['DTI.1', '7.1'], 'a DX feature with a rank goal, naming no act')
doc('m025', 'A-143', 'https://vietnamnet.vn/lai-chau-don-toan-luc-hien-thuc-hoa-nghi-quyet-so-57-nq-tw-2471930.html',
    'Lai Châu', '',
    'Quý III/2025, cấp ủy, chính quyền các cấp tăng cường lãnh đạo, chỉ đạo đẩy mạnh tuyên truyền, quán triệt và cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
    [], ['DTI.1', '7.1'], "third-quarter implementation of resolution 57: part of a year's results, the resolution only the frame (s004)")
doc('m026', 'D-086', 'https://vietnamnet.vn/bac-giang-chon-ngay-1010-hang-nam-la-ngay-chuyen-doi-so-cua-tinh-i419704.html',
    'Bắc Giang', '',
    'UBND tỉnh Bắc Giang cho biết, ngày chuyển đổi số tỉnh Bắc Giang được tổ chức hằng năm vào ngày 10/10 là nhằm nhằm đẩy nhanh tiến độ triển khai, hoàn thành các chỉ tiêu, nhiệm vụ về chuyển đổi số tỉnh Bắc Giang; thực hiện có hiệu quả Nghị quyết 111 ngày 11/6/2021 của Tỉnh ủy Bắc Giang về chuyển đổi số tỉnh giai đoạn 2021-2025, định hướng đến năm 2030. Cùng với đó, nâng cao nhận thức của người dân trên địa bàn về vai trò, ý nghĩa và lợi ích của chuyển đổi số;',
    ['DTI.1'], ['7.1'], 'the province setting its annual DX day (10/10) to carry out its DX resolution 111: setting the day is DTI.1 (p022, r111)')
doc('m027', 'H-019', 'https://baothanhhoa.vn/ba-thuoc-hoan-thanh-31-37-chi-tieu-phat-trien-kinh-te-xa-hoi-nam-2024-234118.htm',
    'Thanh Hóa', 'Bá Thước hoàn thành 31/37 chỉ tiêu phát triển kinh tế-xã hội năm 2024',
    'Ngày 19/12, HĐND huyện Bá Thước khóa XXII tổ chức Kỳ họp thứ 22 để thảo luận, đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024, triển khai phương hướng, nhiệm vụ trọng tâm năm 2025 và quyết nghị một số nội dung quan trọng khác thuộc thẩm quyền. Toàn cảnh kỳ họp.',
    [], ['8.2'], "a district council's year-end session: a district's account")
doc('m028', 'B-174', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-224-KH-UBND-2025-chuyen-doi-so-thanh-pho-Can-Tho-687812.html',
    'Cần Thơ', 'Kế hoạch 224/KH-UBND năm 2025 chuyển đổi số thành phố Cần Thơ năm 2026',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 224/KH-UBND Cần Thơ, ngày 31 tháng 12 năm 2025 CHUYỂN ĐỔI SỐ THÀNH PHỐ CẦN THƠ NĂM 2026 Thực hiện Công văn số 5511/BKHCN-CĐSQG ngày 10 tháng 10 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ về việc hướng dẫn các bộ, ngành, địa phương xây dựng Kế hoạch Chuyển đổi số năm 2026. Ủy ban nhân dân thành phố ban hành Kế hoạch Chuyển đổi số thành phố Cần Thơ năm 2026, cụ thể như sau:',
    ['DTI.1', '7.1'], ['8.2'], "the city's DX plan of 2026 (224/KH-UBND): DTI.1 + 7.1")
doc('m029', 'J-248', 'https://baomoi.net.vn/bac-ninh-tang-truong-10-27-huong-toi-muc-tieu-13-nam-2026-c54149690.epi',
    'Bắc Ninh', 'Bắc Ninh tăng trưởng 10,27%, hướng tới mục tiêu 13% năm 2026',
    'Năm 2025, tình hình phát triển kinh tế - xã hội của tỉnh Bắc Ninh đạt nhiều kết quả tích cực, cơ bản hoàn thành các chỉ tiêu kinh tế - xã hội chủ yếu đã đề ra. Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh Mai Sơn phát biểu tại Hội nghị. Ảnh: Thái Hùng- TTXVN Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh Mai Sơn phát biểu tại Hội nghị. Ảnh: Thái Hùng- TTXVN Đặc biệt tăng trưởng GRDP của tỉnh ở mức hai con số, đạt 10,27%, đứng thứ 5 cả nước, bám sát kế hoạch do HĐND tỉnh và Chính phủ giao.',
    ['8.2'], ['6.1'], "the merged province's whole-year 2025 results and 2026 growth goal at its conference: the year's account, 8.2 (k032, s053)")
doc('m030', 'H-074', 'https://baothaibinh.com.vn/tags/news?tag=78%25%2Bx%C3%A3%2B%C4%91%E1%BA%A1t%2Bchu%E1%BA%A9n%2Bn%C3%B4ng%2Bth%C3%B4n%2Bm%E1%BB%9Bi',
    '', '',
    'Thứ 6, 05/07/2024, 17:20[GMT+7] Phấn đấu cuối năm 2023 cả nước có 78% xã đạt chuẩn nông thôn mới Ðến cuối năm 2022, cả nước có 6.009 xã (tỷ lệ 73,06%) đạt chuẩn NTM, tăng 4,8% so với cuối năm 2021. Phấn đấu cuối năm 2023 cả nước có 78% xã đạt chuẩn... 07.02.2023 18:16 PM',
    [], ['8.2'], "a tag page on a national new-countryside goal: nobody's")
doc('m031', 'E-023', 'https://hethongphapluat.vn/ke-hoach-128-kh-ubnd-nam-2023-thuc-hien-nen-tang-so-y-te-trong-quan-ly-va-cham-soc-suc-khoe-nguoi-dan-tren-dia-ban-tinh-binh-dinh-den-nam-2025-dinh-huong-den-nam-2030.html',
    'Bình Định', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 128/KH-UBND Bình Định, ngày 12 tháng 07 năm 2023 Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ việc chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030;',
    [], ['DTI.1', '7.1'], "the province's plan for the health sector's digital platform: one sector's DX plan, neither (t063)")
doc('m032', 'H-066', 'https://doanhnghieptiepthi.vn/an-giang-xa-vinh-thuan-thuc-hien-17-17-chi-tieu-chu-yeu-dat-va-vuot-nghi-quyet-161251226104829063.htm',
    'An Giang', 'An Giang: Xã Vĩnh Thuận thực hiện 17/17 chỉ tiêu chủ yếu đạt và vượt Nghị quyết',
    'Sáng 26/12, Đảng bộ xã Vĩnh Thuận (An Giang) tổ chức Hội nghị Ban Chấp hành (mở rộng) tổng kết tình hình thực hiện nhiệm vụ chính trị, gắn với công tác kiểm tra, giám sát năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026. Năm 2025, Kinh tế xã Vĩnh Thuận phát triển trên tất cả các lĩnh vực. Giá trị sản xuất một số ngành chủ yếu đạt 1.711 tỷ đồng, thu nhập bình quân đầu người đạt 65,47 triệu đồng/người/năm; sản lượng lúa đạt 54.103,79 tấn;',
    [], ['8.2'], "a commune party committee's year-end conference: a commune's account")
doc('m033', 'B-055', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-4636-KH-UBND-2025-nang-cao-Chi-so-xep-hang-danh-gia-chuyen-doi-so-DTI-Khanh-Hoa-675355.html',
    'Khánh Hòa', 'Kế hoạch 4636/KH-UBND nâng cao Chỉ số xếp hạng đánh giá chuyển đổi số (DTI) tỉnh Khánh Hòa năm 2025 và các năm tiếp theo',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 4636/KH-UBND Khánh Hòa, ngày 29 tháng 09 năm 2025 KẾ HOẠCH NÂNG CAO CHỈ SỐ XẾP HẠNG ĐÁNH GIÁ CHUYỂN ĐỔI SỐ (DTI) TỈNH KHÁNH HÒA NĂM 2025 VÀ CÁC NĂM TIẾP THEO Căn cứ Quyết định số 405/QĐ-BKHCN ngày 03/4/2025 của Bộ Khoa học và Công nghệ về Phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố trực thuộc Trung ương và của quốc gia”;',
    ['DTI.1', '7.1'], ['1.5'], "the province's plan to raise its DTI from 2025 (4636/KH-UBND): a DX plan (n104, s146)")
doc('m034', 'A-182', 'https://ls1.hethongphapluat.com/ke-hoach-2656-kh-ubnd-nam-2023-thuc-hien-chuyen-doi-so-tinh-quang-binh-nam-2024.html',
    'Quảng Bình', '',
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2656/KH-UBND Quảng Bình, ngày 22 tháng 12 năm 2023 KẾ HOẠCH THỰC HIỆN CHUYỂN ĐỔI SỐ TỈNH QUẢNG BÌNH NĂM 2024 Phần I ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023 I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU NĂM 2023 Tình hình thực hiện các chỉ tiêu chủ yếu đề ra tại Kế hoạch số 2328/KH-UBND ngày 06/12/2022 của UBND tỉnh về thực hiện chuyển đổi số tỉnh Quảng Bình năm 2023:',
    ['DTI.1', '7.1'], ['8.2'], "the province's DX plan of 2024 (2656/KH-UBND; it opens with 2023's results): DTI.1 + 7.1")
doc('m035', 'A-223', 'https://thuviennhadat.vn/vbpl/ke-hoach-29-kh-ubnd-2025-thuc-hien-nghi-quyet-57-nq-tw-phat-trien-khoa-hoc-cong-nghe-nam-dinh-644225.html',
    'Nam Định', 'Kế hoạch 29/KH-UBND năm 2025 thực hiện Chương trình hành động thực hiện Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Nghị quyết 03/NQ-CP về Chương trình hành động thực hiện Nghị quyết 57-NQ/TW do tỉnh Nam Định ban hành',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 29/KH-UBND Nam Định, ngày 21 tháng 02 năm 2025 Thực hiện Chương trình hành động của Ban Thường vụ Tỉnh ủy về việc thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 57-NQ/TW);',
    ['DTI.1', '7.1'], ['1.1'], "the province's plan implementing resolutions 57-NQ/TW and 03/NQ-CP: a DX plan (q046)")
doc('m036', 'J-508', 'https://ls1.hethongphapluat.com/quyet-dinh-459-qd-ubnd-nam-2015-ve-ke-hoach-phat-trien-kinh-te-xa-hoi-5-nam-2016-2020-tinh-tuyen-quang.html',
    'Tuyên Quang', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 459/QĐ-UBND Tuyên Quang, ngày 30 tháng 12 năm 2015 PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020 TỈNH TUYÊN QUANG ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003; Căn cứ Chỉ thị số 22/CT-TTg ngày 05 tháng 8 năm 2014 của Thủ tướng Chính phủ về việc xây dựng Kế hoạch phát triển kinh tế - xã hội 5 năm 2016-2020;',
    [], ['8.2'], "the province's five-year socio-economic plan 2016-2020: a five-year plan")
doc('m037', 'J-336', 'https://truyenhinhnghean.vn/media/thoi-su/phong-su/202209/cac-dia-phuong-don-suc-ve-dich-nong-thon-moi-dung-hen-0562512/',
    'Nghệ An', '',
    'Mới nhất Tin nóng Media Magazine Infographic Tin ảnh Các địa phương dồn sức về đích Nông thôn mới đúng hẹn 16:46, 29/09/2022 Nghệ An hiện có 299 xã đạt chuẩn NTM (đạt gần 73%), 7 đơn vị cấp huyện đạt chuẩn và hoàn thành nhiệm vụ xây dựng nông thôn mới; 20 xã đạt chuẩn NTM nâng cao; 2 xã đạt chuẩn NTM kiểu mẫu. Bình quân toàn tỉnh đạt 16,8 tiêu chí/xã. Theo kế hoạch, năm 2022 này, Nghệ An phấn đấu có thêm 10 xã và 02 huyện đạt chuẩn NTM, 22 xã đạt chuẩn NTM nâng cao, 4 xã đạt chuẩn NTM kiểu mẫu;',
    [], ['8.2'], "new-countryside results and the year's goal: a sector goal")
doc('m038', 'J-307', 'http://www.baodaknong.org.vn/xay-dung-nong-thon-moi/nam-2017-toan-tinh-co-them-6-xa-dat-chuan-xay-dung-nong-thon-moi-51756.html',
    'Đắk Nông', '',
    'Năm 2017, toàn tỉnh có thêm 6 xã đạt chuẩn xây dựng nông thôn mới Cập nhật ngày: 31/01/2017 20:10 GMT+7 Nhằm đạt mục tiêu kế hoạch đề ra trong năm 2017 có thêm 6 xã đạt chuẩn nông thôn mới và số tiêu chí bình quân mỗi xã đạt 11,7 tiêu chí/xã trở lên, ngày 23/1, UBND tỉnh Đắk Nông ban hành Công văn số 445/UBND-NN về việc giao chỉ tiêu kế hoạch năm 2017 về xây dựng nông thôn mới cho các huyện, thị xã. Theo đó, UBND tỉnh giao chỉ tiêu cụ thể như sau:',
    [], ['8.2'], "the province's letter assigning the year's new-countryside targets to districts: a sector goal")
doc('m039', 'H-048', 'https://www.thvl.vn/thoi-su-thvl/tin-dia-phuong/vinh-long-thuc-hien-vuot-muc-muc-tieu-xay-dung-nong-thon-moi/',
    'Vĩnh Long', '',
    'Bên bờ hạnh phúc Nhằm góp phần thúc đẩy kinh tế xã hội tỉnh Vĩnh Long phát triển nhanh và bền vững, 1 trong tổng số 24 chỉ tiêu chủ yếu phấn đấu được Nghị quyết Đại hội tỉnh Đảng bộ lần thứ 11, nhiệm kỳ 2020-2025 đề ra là có 74 xã đạt chuẩn nông thôn mới; 35 xã nông thôn mới nâng cao, 9 xã đạt nông thôn mới kiểu mẫu và có 3 đơn vị cấp huyện đạt nông thôn mới.',
    [], ['8.2'], "the party congress's term goal for new countryside: a term goal")
doc('m040', 'J-216', 'https://thiennhienmoitruong.vn/ninh-binh-doanh-thu-du-lich-dat-hon-7-700-ty-dong-trong-6-thang-nam-2025.html',
    'Ninh Bình', '',
    'TMO - Trong 6 tháng năm 2025, ngành du lịch tỉnh Ninh Bình ước đón trên 7,2 triệu lượt du khách với doanh thu hơn 7.700 tỷ đồng, đạt gần 80% kế hoạch năm. Cụ thể, theo thống kê của ngành du lịch Ninh Bình cho thấy, trong 6 tháng năm 2025, Ninh Bình đón trên 7,2 triệu lượt khách, trong đó khách quốc tế đạt trên 1 triệu lượt. Đặc biệt, lượng khách lưu trú đã đạt mức tăng trưởng mạnh mẽ với gần 1,4 triệu lượt, tăng trên 21% so với cùng kỳ năm 2024.',
    [], ['8.2'], 'six-month tourism figures: part of a year, one sector')
doc('m041', 'J-026', 'https://baohaiduong.vn/nong-nghiep/phan-dau-co-tu-5-10-xa-dat-chuan-nong-thon-moi-kieu-mau-153077',
    'Hải Dương', '',
    'Phấn đấu có từ 5-10 xã đạt chuẩn nông thôn mới kiểu mẫu 30/11/2020 08:00 Năm 2021, Hải Dương phấn đấu có từ 5 - 10 xã đạt chuẩn nông thôn mới (NTM) kiểu mẫu. Để đạt mục tiêu này, tỉnh yêu cầu các huyện, thị xã, thành phố rà soát các xã đã đạt chuẩn NTM nâng cao, lựa chọn những địa phương có nhiều lợi thế về kinh tế - xã hội để đăng ký thực hiện NTM kiểu mẫu. Các xã phải xây dựng kế hoạch thực hiện tiêu chí NTM kiểu mẫu từ cuối năm 2020.',
    [], ['8.2'], "the year's model new-countryside commune goal: a sector goal")
doc('m042', 'G-026', 'https://baoangiang.com.vn/chuyen-minh-so-hoa-but-pha-tu-goc-a423472.html',
    'An Giang', '',
    'Chuyển mình số hóa, bứt phá từ gốc 01/07/2025 - 04:40 An Giang đang chuyển mình mạnh mẽ trong hành trình phát triển khoa học - công nghệ (KHCN), đổi mới sáng tạo và chuyển đổi số toàn diện. Những thay đổi từ cơ sở đến chính quyền cho thấy kỳ vọng xây dựng một tỉnh công nghệ cao, chính quyền số hiện đại tại Tây Nam bộ với người dân, doanh nghiệp là trung tâm phục vụ. Hạ tầng số vươn xa Giữa trưa, cửa hàng bánh kẹo Lan Thủy trên đường Hùng Vương, phường Rạch Giá vẫn tấp nập khách ra vào.',
    [], ['DTI.1', '7.1'], 'a DX feature after the merger naming no act')
doc('m043', 'D-056', 'https://khcnbackan.gov.vn/print/8-linh-vuc-uu-tien-trong-chuyen-doi-so-cua-tinh-bac-kan-giai-doan-2022-2025',
    'Bắc Kạn', '8 lĩnh vực ưu tiên trong chuyển đổi số của tỉnh Bắc Kạn giai đoạn 2022 – 2025',
    'Chuyển đổi số là chủ trương lớn của Đảng, Nhà nước và là yêu cầu tất yếu khách quan đối với tỉnh Bắc Kạn, tuy nhiên, chuyển đổi số là một quá trình lâu dài và cần có lộ trình cụ thể. Tháng 4/2022, UBND tỉnh đã phê duyệt Đề án tổng thể chuyển đổi số tỉnh Bắc Kạn giai đoạn 2022 - 2025, định hướng đến năm 2030 để bảo đảm việc triển khai hoạt động chuyển đổi số trên địa bàn tỉnh được đồng bộ, hiệu quả, đảm bảo kết nối liên thông. Trong đó xác định 8 lĩnh vực cần ưu tiên chuyển đổi số trước bao gồm:',
    ['DTI.1', '7.1'], ['7.3'], "the S&T department's note presenting the province's overall DX project 2022-2025 (approved April 2022) and its eight priority fields: DTI.1 + 7.1 (p026 holds the decision, 676/QĐ-UBND; kept as a news page, as q186)")
doc('m044', 'A-161', 'https://vietnamfdi.vn/phan-dau-den-nam-2025-ti-trong-kinh-te-so-dat-20-gdp-3_77874.html',
    '', 'Phấn đấu đến năm 2025, tỉ trọng kinh tế số đạt 20% GDP',
    'Đây là mục tiêu đặt ra tại dự thảo Quyết định của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030. Theo dự thảo, kinh tế số là một thành phần không tách rời của nền kinh tế quốc dân, được hình thành dựa trên việc sử dụng công nghệ số và dữ liệu số làm tư liệu sản xuất chính, sử dụng môi trường số và nền tảng số làm không gian hoạt động chính.',
    [], ['DTI.1'], "a draft of the national digital-economy strategy: another level's draft")
doc('m045', 'A-062', 'https://daihoidang.baoquangninh.vn/tag/chi-so-cai-cach-hanh-chinh-52505',
    'Quảng Ninh', '',
    'Chiều 19/5, tỉnh Quảng Ninh tổ chức hội nghị phân tích chuyên sâu các chỉ số PAR-INDEX, SIPAS, PAPI và công bố kết quả xếp hạng các chỉ số của sở, ngành, địa phương năm 2022. Đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, dự, chỉ đạo tại hội nghị. Dự hội nghị còn có các đồng chí trong Thường trực Tỉnh ủy, HĐND, UBND tỉnh cùng lãnh đạo các sở, ngành, địa phương toàn tỉnh. Hội nghị được truyền trực tuyến đến các huyện, thị xã, thành phố, xã, phường toàn tỉnh.',
    [], ['1.7', 'PAPI.1'], "a tag page whose item is the province's conference on PAR INDEX, SIPAS and PAPI and its agencies' rankings: nobody's by what a tag page shows (p014)")
doc('m046', 'A-222', 'https://thuonghieucongluan.com.vn/nam-dinh-chuyen-doi-so-toan-dien-don-bay-thu-hut-dau-tu-va-phat-trien-ben-vung-a262661.html',
    'Nam Định', '',
    'tỉnh Nam Định tổ chức hội nghị về chuyển đổi số, chuyển đổi xanh-tăng trưởng bền vững, Tỉnh Nam Định tổ chức hội nghị về chuyển đổi số, chuyển đổi xanh-tăng trưởng bền vững (tháng 10/2024) Đột phá trong cải cách hành chính nhờ chuyển đổi số Nam Định xác định chuyển đổi số là khâu đột phá chiến lược, nhằm cải thiện môi trường đầu tư – kinh doanh, nâng cao hiệu quả quản lý nhà nước và chất lượng phục vụ người dân, doanh nghiệp.',
    [], ['DTI.1', '7.3'], 'a DX and investment-climate feature naming no act')
doc('m047', 'H-029', 'https://baonghean.vn/ban-chap-hanh-dang-bo-xa-nghia-hanh-nhiem-ky-2025-2030-gom-24-dong-chi-10304724.html',
    'Nghệ An', '',
    'Kinh tế Ban Chấp hành Đảng bộ xã Nghĩa Hành nhiệm kỳ 2025 - 2030 gồm 24 đồng chí Sáng 19/8, Đại hội đại biểu Đảng bộ xã Nghĩa Hành lần thứ I, nhiệm kỳ 2025 – 2030 đã diễn ra trang trọng, thể hiện niềm tin, ý chí và khát vọng vươn lên mạnh mẽ của cán bộ, đảng viên và nhân dân. Dự và chỉ đạo đại hội có các đồng chí: Thái Văn Thành - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Giám đốc Sở Giáo dục và Đào tạo;',
    [], ['8.2'], "a commune party congress: a commune's term goals")
doc('m048', 'H-003', 'https://www.vietnamplus.vn/xay-dung-ha-tinh-giau-dep-van-minh-vung-buoc-tien-vao-ky-nguyen-moi-post1067652.vnp',
    'Hà Tĩnh', '',
    'Đại hội Đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030 đề ra 31 chỉ tiêu với 5 nhiệm vụ trọng tâm và 3 khâu đột phá, trong đó tỷ lệ đảng viên kết nạp mới tối thiểu 3%/năm. Sau 3 ngày diễn ra với tinh thần khẩn trương, khoa học, nghiêm túc, sáng 2/10 Đại hội Đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030 đã thành công tốt đẹp.',
    [], ['8.2'], 'the provincial party congress 2025-2030: term goals (g044)')
doc('m049', 'A-152', 'https://thuonghieucongluan.com.vn/thanh-hoa-day-manh-dich-vu-cong-truc-tuyen-de-thuc-day-phat-trien-doanh-nghiep-a115620.html',
    'Thanh Hóa', '',
    'Ảnh minh họaẢnh minh họa Cụ thể, tỉnh Thanh Hóa phấn đấu đến hết năm 2020, 100% hồ sơ công việc được trao đổi, tạo lập, xử lý, ký số trên môi trường điện tử ở các cấp chính quyền trên địa bàn tỉnh (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước). Đến hết năm 2022, có 70% các dịch vụ công trực tuyến liên quan tới nhiều người dân, doanh nghiệp được cung cấp ở mức độ 4 trên Cổng dịch vụ công của tỉnh; được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động;',
    [], ['7.3', '7.1'], "hard call: staged online-service and e-office goals (2020, 2022, 2025) of a plan the stored page never names (its text starts at 'Cụ thể'): nobody's by what the page shows (g054)")
doc('m050', 'B-071', 'http://www.thtg.vn/ba-ria-vung-tau-thang-sai-gon-fc-2-1-an-tuong-hlv-tran-minh-chien/',
    'Tiền Giang', '',
    '+ Tỷ lệ học sinh mầm non đi học trở lại sau thời gian nghỉ do dịch Covid-19 trên 86%, cao hơn so với tỷ lệ của các tỉnh trong khu vực. + Tiền Giang đã cơ bản hoàn tất công tác chi hỗ trợ giai đoạn 1 cho các đối tượng bị ảnh hưởng do dịch Covid-19. + Tiền Giang đã tiếp nhận 170 công dân Việt Nam từ Ấn Độ trở về, được cách ly tại Trường Quân sự tỉnh Tiền Giang.',
    [], ['SIPAS.2', '8.1'], 'a provincial TV digest relaying the PAR INDEX and SIPAS 2019 scores: a ranking published by others (n003); the digest x444 carries on another article page')
doc('m051', 'D-021', 'http://snnptnt.tiengiang.gov.vn/chi-tiet-tin/?/chuyen-oi-so-tinh-tien-giang-en-nam-2025-va-inh-huong-en-nam-2030/33916935',
    'Tiền Giang', '',
    'CHUYỂN ĐỔI SỐ TỈNH TIỀN GIANG ĐẾN NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030 12/10/2021 Chuyển đổi số là xu hướng phát triển mở ra nhiều cơ hội, tạo điều kiện để các địa phương bứt phá vươn lên; những năm qua, tỉnh đã tập trung lãnh đạo, chỉ đạo thúc đẩy ứng dụng công nghệ thông tin thực hiện cải cách hành chính, xây dựng Chính quyền điện tử, cung cấp nhiều dịch vụ công trực tuyến mức độ cao cho người dân và doanh nghiệp, bước đầu đã mang lại một số kết quả thiết thực đóng góp vào sự phát triển chung của tỉnh.',
    ['DTI.1', '7.1'], ['7.3'], "a department's article headlined with the province's DX to 2025 and presenting the party standing committee's resolution 08-NQ/TU (its situation, then its issue): the act as subject (q055), DTI.1 + 7.1")
doc('m052', 'G-077', 'https://www.vietnamplus.vn/pho-cap-toan-dien-4-tru-cot-phat-trien-cong-dan-so-post1092377.vnp',
    'Hồ Chí Minh', '',
    'Ủy ban Nhân dân Thành phố Hồ Chí Minh vừa ban hành Kế hoạch số 31/KH-UBND về tổng rà soát, chuẩn hóa dữ liệu và phổ cập toàn diện phát triển công dân số và ứng dụng Công dân số trên địa bàn. Đây được xem là bước đi chiến lược nhằm hiện thực hóa mục tiêu xây dựng đô thị thông minh, lấy người dân và doanh nghiệp làm trung tâm phục vụ.',
    [], ['DTI.1', '7.1'], "hard call: the city's plan reviewing data and universalising digital citizens and its citizen app (31/KH-UBND): one DX component's plan, not the city's DX plan (k004, n147), nor 7.1's shared data platform")
doc('m053', 'J-309', 'https://dantri.com.vn/xa-hoi/lan-dau-tien-binh-dinh-can-moc-tren-7700-ty-dong-thu-noi-dia-20241206174246931.htm',
    'Bình Định', '',
    'Ngày 6/12, ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Bình Định, thông báo rằng tình hình kinh tế của tỉnh trong năm qua đã có sự tăng trưởng và phát triển đáng kể. Điểm sáng trong bức tranh kinh tế của Bình Định là tốc độ tăng trưởng giá trị tổng sản phẩm trên địa bàn (GRDP) tiếp tục tăng. Cụ thể, GRDP ước đạt 7,78%, nằm trong khoảng chỉ tiêu 7,5-8%, xếp thứ 26/63 địa phương trong cả nước, thứ 6/14 địa phương vùng Bắc Trung bộ và duyên hải Trung bộ, và thứ 2/5 địa phương tiểu vùng Trung Trung bộ.',
    ['8.2'], ['6.1'], "the chairman's account of the province's whole year 2024 against the council's and committee's targets (national news): the year's account, 8.2 (k032); the budget line is one of its results")
doc('m054', 'A-225', 'https://thoisutoancanh.com/bac-ninh-dan-dau-ca-nuoc-ve-ti-trong-kinh-te-so-tren-grdp-a26322.html',
    'Bắc Ninh', 'Bắc Ninh dẫn đầu cả nước về tỉ trọng kinh tế số trên GRDP',
    'Trong đó, tỉnh Bắc Ninh đứng đầu cả nước về tỉ trọng kinh tế số trên GRDP là 56,83%; đứng thứ 2 là Thái Nguyên với tỷ trọng kinh tế số trên GRDP là 42,92%; tiếp đó là Bắc Giang (42,13%); Hải Phòng (29,48%); Vĩnh Phúc (22,87%)... Ảnh minh họa. Giữa tỉnh đứng đầu là Bắc Ninh (56,83%) so với Quảng Ngãi đứng cuối bảng (4,21%) có sự chênh lệch khá lớn, hơn 13 lần.',
    [], ['DTI.1'], "the provinces' digital-economy shares compared nationally: a ranking published by others")
doc('m055', 'G-028', 'https://baogialai.com.vn/gia-lai-khen-thuong-35-tap-the-ca-nhan-dong-gop-tich-cuc-vao-ket-qua-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-post578645.html',
    'Gia Lai', '',
    '(GLO)- Ngày 27-1, Chủ tịch UBND tỉnh Gia Lai Phạm Anh Tuấn đã ký ban hành Quyết định số 357/QĐ-UBND về việc tặng bằng khen cho 14 tập thể và 21 cá nhân có thành tích xuất sắc, tạo đột phá, đóng góp tích cực vào kết quả “Chỉ số phục vụ người dân, doanh nghiệp” năm 2025. Cán bộ phường Hoài Nhơn Bắc đến tận nhà làm thủ tục hành chính cho người dân. Ảnh: ĐVCC Đáng chú ý, trong danh sách 14 tập thể được khen thưởng lần này có UBND 7 phường thuộc địa bàn thị xã Hoài Nhơn (cũ):',
    [], ['3.5', '5.3'], "the chairman's commendation of units for the national portal's service index 2025: a reward for a ranking published by others (g032), not 3.5")
doc('m056', 'D-006', 'https://duongtrungoanh.com/ke-hoach-nam-2024-tinh-dong-thap/',
    'Đồng Tháp', '',
    'Kế hoạch năm 2024 tỉnh Đồng Tháp vừa được Ủy ban nhân dân tỉnh ban hành trong báo cáo ngày 01/12/2023. Trong bài viết, chúng tôi sẽ giới thiệu đến độc giả Kế hoạch năm 2024 tỉnh Đồng Tháp một cách ngắn gọn xúc, dễ hiểu. Mục lục: Nguồn: Báo cáo số 445/BC-UBND tỉnh Đồng Tháp ngày 01/12/2023 1. Mục tiêu tổng quát Kế hoạch năm 2024 tỉnh Đồng Tháp Bảo đảm môi trường kinh doanh bình đẳng, thuận lợi cho các thành phần kinh tế phát triển.',
    ['8.2'], ['6.1'], "hard call: a blog summarising the province's plan of 2024 from the people's committee's report 445/BC-UBND: news about the province's act of the year counts for it, 8.2 (the writer does not decide, g004)")
doc('m057', 'A-116', 'https://baomoi.net.vn/thai-binh-phan-dau-ty-le-dich-vu-cong-truc-tuyen-toan-tinh-nam-2024-dat-80-tro-len-c48202468.epi',
    'Thái Bình', 'Thái Bình: Phấn đấu tỷ lệ dịch vụ công trực tuyến toàn tỉnh năm 2024 đạt 80% trở lên',
    "Sau hơn 1 năm triển khai thực hiện Đề án 06 của Chính phủ về 'Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030', tỉnh Thái Bình đã chỉ đạo cả hệ thống chính trị tích cực vào cuộc.",
    [], ['7.3', '7.4'], "Project 06 results with the year's online-service goal in the headline, naming no provincial plan: results of a national project (the headline goal is not an act)")
doc('m058', 'J-308', 'https://baomoi.com/dac-nong-nhieu-xa-no-luc-can-dich-nong-thon-moi/c/20766186.epi',
    'Đắk Nông', 'Đắc Nông: Nhiều xã nỗ lực cán đích nông thôn mới',
    'Không khí xây dựng nông thôn mới tại nhiều xã, huyện trong tỉnh rất sôi nổi. Tỉnh Đắk Nông phấn đấu trong năm 2016 có thêm 4 xã đạt chuẩn nông thôn mới gồm Tâm Thắng (huyện Cư Jút), Đức Minh (huyện Đắk Mil), Nhân Đạo và Nhân Cơ (huyện Đắk R’lấp). Theo Phó chánh Văn phòng điều phối Chương trình mục tiêu quốc gia xây dựng NTM tỉnh Đắk Nông Lê Văn Sinh, các xã phấn đấu đạt chuẩn NTM năm nay cơ bản đang tiến nhanh về đích. Mặc dù đa số tiêu chí còn lại của các xã đều khó như:',
    [], ['8.2'], "the year's new-countryside commune goal: a sector goal")
doc('m059', 'F-016', 'https://tienphong.vn/ung-dung-chuyen-doi-so-toan-dien-trong-ky-dai-hoi-dai-bieu-dang-bo-tinh-lao-cai-lan-thu-i-post1781810.tpo',
    'Lào Cai', 'Ứng dụng chuyển đổi số toàn diện trong kỳ Đại hội Đại biểu Đảng bộ tỉnh Lào Cai lần thứ I',
    'TPO - Chiều 27/9, Tỉnh ủy Lào Cai tổ chức họp báo thông tin về Đại hội Đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030. Đây là sự kiện chính trị đặc biệt quan trọng, diễn ra lần đầu tiên sau khi Lào Cai và Yên Bái hợp nhất, hình thành tỉnh Lào Cai mới với diện tích tự nhiên 13.257 km2 và dân số 1,65 triệu người. Buổi họp báo do bà Giàng Thị Dung, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai chủ trì;',
    [], ['8.2', 'DTI.1'], 'a press conference before the party congress of the merged province: term goals; DX of the congress is not a DX plan')
doc('m060', 'E-010', 'http://sct.dongnai.gov.vn/Pages/newsdetail.aspx?CatId=99&NewsId=13325',
    '', '',
    'Ngày 19 tháng 6 năm 2025, Ban Chỉ đạo Trung ương về phát triển Khoa học, Công nghệ, Đổi mới sáng tạo và Chuyển đổi số đã ban hành Kế hoạch số 02-KH/BCĐTW nhằm thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh và hiệu quả. Kế hoạch được triển khai nhằm đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị, hướng tới xây dựng một nền quản trị quốc gia hiện đại, phục vụ hiệu quả người dân và doanh nghiệp.',
    [], ['DTI.1', '7.1'], "the central steering committee's plan 02-KH/BCĐTW on a department's portal: another level's act")
doc('m061', 'E-026', 'https://baomoi.net.vn/muc-tieu-tang-truong-grdp-cac-tinh-thanh-pho-truc-thuoc-trung-uong-nam-2026-c54389229.epi',
    '', 'Mục tiêu tăng trưởng GRDP các tỉnh, thành phố năm 2026',
    'Năm 2026, Hải Phòng dẫn đầu mục tiêu tăng trưởng GRDP cả nước (13-13,5%), theo sát là Quảng Ninh và Bắc Ninh. Các đầu tàu kinh tế như Hà Nội, TP Hồ Chí Minh đồng loạt phấn đấu đạt ngưỡng 10%, khẳng định quyết tâm bứt phá mạnh mẽ của các địa phương trọng điểm theo Phụ lục II Nghị quyết 01/NQ-CP năm 2026 của Chính phủ.',
    [], ['8.2'], "the Government's resolution 01/NQ-CP's growth goals for all provinces: another level's act")
doc('m062', 'F-044', 'https://nhadautu.vn/quang-nam-dat-chi-tieu-vao-top-5-chi-so-pci-nam-2025-d47361.html',
    'Quảng Nam', '',
    'Quảng Nam đặt chỉ tiêu vào top 5 chỉ số PCI năm 2025 Nhàđầutư Tỉnh Quảng Nam đặt chỉ tiêu cho giai đoạn 2021-2025, có chỉ số cải thiện môi trường đầu tư và năng lực cạnh tranh cấp tỉnh (PCI) vào top 5 cả nước. PHƯỚC NGUYÊN 11, Tháng 01, 2021 14:52 Nhàđầutư Tỉnh Quảng Nam đặt chỉ tiêu cho giai đoạn 2021-2025, có chỉ số cải thiện môi trường đầu tư và năng lực cạnh tranh cấp tỉnh (PCI) vào top 5 cả nước.',
    ['PCI.1'], ['8.2'], "the chairman's conclusion notice from the conference on raising the PCI 2021-2025, setting the top-5 goal and ordering a plan: a direction of the province naming PCI is PCI.1 (r035, r073)")
doc('m063', 'J-443', 'https://kinhtedothi.vn/tag/tai-ngheo',
    'Sóc Trăng', '',
    'Sóc Trăng cần hạn chế thấp nhất tình trạng tái nghèo Sóc Trăng cần hạn chế thấp nhất tình trạng tái nghèo Kinhtedothi - Tỉnh Sóc Trăng cần xây dựng và nhân rộng các mô hình sinh kế giảm nghèo bền vững, hạn chế thấp nhất tình trạng tái nghèo nhất là trong đồng bào dân tộc thiểu số; góp phần tăng thu nhập bình quân đầu người của các hộ nghèo năm 2020 gấp 2 lần so với hiện nay, phấn đấu giảm tỷ lệ hộ nghèo bình quân 3%/năm.',
    [], ['8.2'], 'a tag page whose item is a poverty-reduction direction: a sector goal on a tag page')
doc('m064', 'J-104', 'https://vcc.com.vn/hon-43-nghin-ty-dong-thuc-hien-quy-hoach-y-te-ha-noi-den-nam-2020-ne113',
    'Hà Nội', '',
    'Mục tiêu của quy hoạch nhằm phát triển đồng bộ hệ thống y tế vừa chuyên sâu, vừa phổ cập nhằm đáp ứng nhu cầu chăm sóc, bảo vệ và nâng cao sức khỏe người nhân dân; củng cố nâng cấp mạng lưới y tế cơ sở đảm bảo thuận tiện, nhanh chóng với chất lượng dịch vụ tốt, phục vụ các nhu cầu chăm sóc sức khỏe của người dân.',
    [], ['8.2'], "the city's health-sector master plan: one sector's master plan")
doc('m065', 'B-145', 'https://haugiang.gov.vn/en/web/so-giao-thong-van-tai/xem-chi-tiet-tin/-/tin-tuc/So-Giao-thong-van-tai-trien-khai-Ke-hoach-Chuyen-oi-so-nam-2024-tren-ia-ban-tinh-Hau-Giang49747',
    'Hậu Giang', '',
    'KẾ HOẠCH Chuyển đổi số năm 2024 trên địa bàn tỉnh Hậu Giang Phần I ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023 I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2023 Năm 2023, tỉnh Hậu Giang đã cơ bản thực hiện hoàn thành các mục tiêu, nhiệm vụ đề ra trong Kế hoạch số 219/KH-UBND ngày 27/12/2022 của Ủy ban nhân dân (UBND) tỉnh Hậu Giang về Chuyển đổi số trên địa bàn tỉnh Hậu Giang năm 2023. II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2023 1.',
    ['DTI.1', '7.1'], ['8.2'], "the province's DX plan of 2024 reposted by a department's portal (its text from Phần I): the province's plan, DTI.1 + 7.1 (n055)")
doc('m066', 'A-239', 'https://test.baothaibinh.com.vn/tin-tuc/10/142957/nghi-quyet-so-02-nq-tu-ngay-19-11-2021-cua-ban-chap-hanh-dang-bo-tinh-ve-chuyen-doi-so-tinh-thai-binh-den-nam-2025-dinh-huong-den-nam-2030',
    'Thái Bình', '',
    'Thứ 6, 05/07/2024, 14:49[GMT+7] Nghị quyết số 02-NQ/TU, ngày 19/11/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Thái Bình đến năm 2025, định hướng đến năm 2030 Thứ 4, 05/01/2022 08:01:29 6,196 lượt xem Tập huấn triển khai cài đặt, sử dụng phần mềm “Sổ tay đảng viên điện tử” tại huyện Tiền Hải, ngày 17/12/2021. Ảnh: Thành Tâm I.',
    ['DTI.1', '7.1'], ['1.1'], "the party committee's DX resolution 02-NQ/TU to 2025 (full text reposted by the newspaper): DTI.1 + 7.1")
doc('m067', 'A-103', 'https://tienphong.vn/vinh-phuc-tang-toc-xay-dung-chinh-quyen-so-post1697684.tpo',
    'Vĩnh Phúc', '',
    'Xác định chuyển đổi số là xu thế phát triển tất yếu của đời sống, kinh tế - xã hội, tỉnh Vĩnh Phúc đã và đang đẩy mạnh xây dựng chính quyền số, kinh tế số, xã hội số, phấn đấu đến năm 2025 nằm trong top 10 cả nước về chuyển đổi số. Trên hành trình xây dựng đô thị văn minh, hiện đại, tỉnh Vĩnh Phúc không ngừng đầu tư, ứng dụng công nghệ thông tin để xây dựng chính quyền số ở mọi lĩnh vực, từ hoạt động công vụ của cơ quan nhà nước cho đến hoạt động sản xuất kinh doanh.',
    [], ['DTI.1', '7.1'], 'a digital-government feature with a rank goal, naming no act')
doc('m068', 'J-339', 'https://danang.gov.vn/web/guest/chinh-quyen/chi-tiet?id=30597',
    'Đà Nẵng', '',
    'Tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2017 và phương hướng nhiệm vụ năm 2018 Đăng ngày 17-03-2018 01:56, Lượt xem: 2871 I. Tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2017 Năm 2017 là năm thành phố Đà Nẵng đẩy mạnh thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XXI, Kế hoạch phát triển kinh tế - xã hội 5 năm 2016-2020 và Chương trình “Thành phố 4 an”, đồng thời cũng là năm diễn ra các sự kiện lớn như:',
    ['8.2'], ['6.1'], "the city's socio-economic report of 2017 and tasks of 2018 on its portal: the year's account, 8.2 (q197)")
doc('m069', 'G-065', 'https://dan.qssec.org/?id=627452',
    '', '',
    'Tin tức mới nhất Tắc đường giờ cao điểm Trong thời gian qua, kinh tế số và xã hội có bước phát triển vượt bậc. Số lượng doanh nghiệp công nghệ số tăng nhanh từ 58.000 năm 2020 lên khoảng 80.000 năm 2025. Kim ngạch xuất khẩu sản phẩm công nghệ số năm 2025 ước đạt 172 tỷ USD, tăng gấp hơn 1,7 lần so với năm 2020. Quy mô thương mại điện tử ước đạt 36 tỷ USD, gấp 3 lần năm 2020. Phát huy sức mạnh tổng hợp và tạo đồng thuận xã hội; chuyển đổi số là sự nghiệp của toàn dân.',
    [], ['DTI.1'], 'national digital-economy figures on an unrelated host: no province, no act')
doc('m070', 'H-073', 'https://doanhnghiephoinhap.vn/tag/kinh-te-tp-ho-chi-minh-112196.tag',
    'Hồ Chí Minh', 'Kinh tế TP. Hồ Chí Minh tháng 1/2026 khởi sắc, quyết tâm bứt tốc tăng trưởng hai con số',
    'Tháng 1/2026, kinh tế TP. Hồ Chí Minh ghi nhận nhiều tín hiệu tích cực với bán lẻ – dịch vụ tăng 16,4%, sản xuất công nghiệp tăng gần 30%, thu ngân sách đạt 13% dự toán năm. Trên nền tảng đó, Thành phố xác định tăng tốc ngay từ quý I để hướng tới mục tiêu tăng trưởng trên 10% trong năm 2026.',
    [], ['8.2'], "a tag page whose item is the city's January figures and the year's growth goal: nobody's by what a tag page shows (p014, n113)")
doc('m071', 'J-412', 'https://www.sggp.org.vn/ca-mau-dat-muc-tieu-tong-kim-ngach-xuat-khau-5-nam-dat-17-ty-usd-post818610.html',
    'Cà Mau', '',
    'Theo nghị quyết được thông qua, giai đoạn 2026 - 2030, tỉnh Cà Mau đặt mục tiêu tổng kim ngạch xuất khẩu 5 năm khoảng 17 tỷ USD. Tổng thu ngân sách 5 năm ít nhất 75.000 tỷ đồng. Bí thư Tỉnh ủy Cà Mau Nguyễn Hồ Hải phát biểu bế mạc Đại hội Sau 2 ngày làm việc khẩn trương, nghiêm túc, dân chủ, trách nhiệm cao, Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025 - 2030 đã hoàn thành các nội dung theo chương trình đề ra.',
    [], ['8.2', '6.1'], "the party congress's five-year export and revenue totals: term goals (g044)")
doc('m072', 'J-246', 'https://thoibaotaichinhvietnam.vn/quang-ninh-dat-muc-tieu-tang-truong-kinh-te-nam-2026-dat-tren-13-192135.html',
    'Quảng Ninh', '',
    '(TBTCO) - Năm 2026, Quảng Ninh phấn đấu tạo đột phá trong tăng trưởng kinh tế và thu hút đầu tư, với mục tiêu phát triển hạ tầng hiện đại và ứng dụng công nghệ cao. Đây sẽ là nền tảng vững chắc cho giai đoạn phát triển bền vững trong tương lai. Đột phá tăng trưởng kinh tế HĐND tỉnh Quảng Ninh vừa ban hành Nghị quyết số 334/NQ-HĐND ngày 5/2/2026 về “Điều chỉnh chỉ tiêu và bổ sung nhiệm vụ, giải pháp thực hiện mục tiêu tăng trưởng kinh tế (GRDP) đạt 13% trở lên trong năm 2026”.',
    ['8.2'], ['6.1'], "the council's resolution 334/NQ-HĐND adjusting the 2026 targets and raising the year's growth goal to 13%: the council's plan of the year, 8.2 (q041)")
doc('m073', 'J-117', 'http://www.htv.com.vn/tu-nay-den-nam-2025-xay-dung-thanh-pho-xanh-than-thien-moi-truong',
    'Hồ Chí Minh', 'Từ nay đến năm 2025: Xây dựng Thành phố Xanh - Thân thiện môi trường',
    'Từ nay đến tháng 5/2020, TP.HCM sẽ vận động ít nhất 80% hộ dân trên địa bàn thành phố ký cam kết không xả rác ra đường và kênh rạch, thực hiện nếp sống văn minh đô thị. UBND TP.HCM vừa ban hành Kế hoạch xây dựng Thành phố Xanh - Thân thiện môi trường giai đoạn 2020 – 2025 với chỉ tiêu trong giai đoạn này là 100% tuyến đường có vỉa hè ổn định, có quy mô từ 3m trở lên được trồng cây xanh; trung bình hàng năm tăng 5ha/năm mảng xanh; đầu tư xây dựng 150ha đất công viên;',
    [], ['8.2'], "the city's green-city plan 2020-2025: a sector plan")
doc('m074', 'A-201', 'https://doisongxahoi.com/ha-tinh-day-manh-chuyen-doi-so-voi-ha-tang-ky-thuat-dong-bo',
    'Hà Tĩnh', '',
    'Trong thời gian gần đây, tỉnh Hà Tĩnh đã chứng kiến những bước chuyển biến đáng kể trong quá trình chuyển đổi số, nhờ sự vào cuộc tích cực của cả hệ thống chính trị. Hạ tầng kỹ thuật phục vụ quá trình này đang ngày càng được đồng bộ hóa, với mục tiêu xây dựng một chính quyền số, kinh tế số và xã hội số toàn diện. Tỉnh Hà Tĩnh đã ban hành nhiều văn bản quan trọng nhằm lãnh đạo và chỉ đạo việc triển khai công tác chuyển đổi số.',
    [], ['DTI.1', '7.1'], "DX results after 'many important documents' named by none (n200)")
doc('m075', 'A-228', 'https://diendandoanhnghiep.vn/print/10157373.html',
    'Ninh Bình', '',
    'Công nghệ Ninh Bình: Bứt phá kinh tế số sau sáp nhập Lan Vũ 11/07/2025 09:28 Với quy mô thị trường nội vùng đủ lớn và sự bổ trợ lẫn nhau về thế mạnh, Ninh Bình (mới) đang đứng trước cơ hội vàng để trở thành điểm sáng về kinh tế số. Việc sáp nhập ba tỉnh Hà Nam, Nam Định và Ninh Bình không chỉ là hợp nhất về mặt hành chính mà còn mở ra một chương mới đầy hứa hẹn cho sự phát triển kinh tế số.',
    [], ['DTI.1'], 'a digital-economy feature after the merger naming no act')
doc('m076', 'G-045', 'https://baobackan.vn/cho-moi-phai-xay-dung-ke-hoach-chi-tiet-cho-tung-thang-quy-doi-voi-cac-tieu-chi-kho-post68164.html',
    'Bắc Kạn', '',
    'Đồng chí Đinh Quang Tuyên, Phó Chủ tịch Thường trực UBND tỉnh phát biểu tại hội nghị. Năm 2024, tổng sản lượng lương thực có hạt của huyện ước đạt hơn 21 nghìn tấn, đạt 98,6%. Toàn huyện trồng mới được 1.292,8ha rừng, đạt 144% kế hoạch. Tổng đàn gia súc hiện có 1.868 con, tăng 182 con so với năm 2023. Giá trị sản xuất công nghiệp ước đạt hơn 1.000 tỷ đồng, đạt 120% kế hoạch. Tổng mức bán lẻ hàng hoá ước thực hiện cả năm đạt 101,3% kế hoạch. Toàn huyện thành lập mới 04 HTX, đạt 200% kế hoạch.',
    [], ['8.2'], "a district's year-end conference: a district's account")
doc('m077', 'H-023', 'https://qrt.vn/chinh-tri/dong-giang-thong-qua-26-chi-tieu-phat-trien-kinh-te-xa-hoi-nam-2025/?utm_source=rss&utm_medium=rss&utm_campaign=dong-giang-thong-qua-26-chi-tieu-phat-trien-kinh-te-xa-hoi-nam-2025',
    'Quảng Nam', '',
    'Trong 2 ngày 19 – 20/12, HĐND huyện Đông Giang (khóa XII) tổ chức Kỳ họp thứ 20, nhiệm kỳ 2021 – 2026 nhằm đánh giá tình hình phát triển kinh tế – xã hội, đảm bảo quốc phòng – an ninh năm 2024 và triển khai nhiệm vụ năm 2025. Kỳ họp đã thông qua 8 nghị quyết quan trọng. Quang cảnh buổi làm việc Năm 2024, huyện Đông Giang đề ra 22 chỉ tiêu phát triển kinh tế – xã hội, trong đó thực hiện đạt và vượt 19 chỉ tiêu.',
    [], ['8.2'], "a district council's year-end session: a district's account")
doc('m078', 'J-452', 'https://nld.com.vn/dong-nai-xay-dung-65000-can-nha-o-xa-hoi-196251201215220001.htm',
    'Đồng Nai', '',
    'Ngày 1-12, UBND tỉnh Đồng Nai ban hành kế hoạch triển khai thực hiện Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030. Theo đó, tốc độ tăng trưởng GRDP trên địa bàn tỉnh bình quân hằng năm đạt từ 10% - 12%. Đến năm 2030, tổng GRDP đạt trên 1.200.000 tỉ đồng; GRDP bình quân đầu người đạt trên 250 triệu đồng. Về cơ cấu kinh tế đến năm 2030, công nghiệp - xây dựng chiếm 60%-64%; thương mại - dịch vụ chiếm 25% - 28%; nông, lâm nghiệp, thủy sản từ 5% - 7%.',
    [], ['8.2'], "the committee's plan implementing the party congress resolution 2025-2030: five-year goals, not the year's")
doc('m079', 'A-078', 'https://quangvinh.thuathienhue.gov.vn/?cn=236&gd=4&tc=54121',
    'Thừa Thiên Huế', '',
    'Thời gian qua, tỉnh Thừa Thiên Huế thực hiện chuyển đổi số mạnh mẽ trên các lĩnh vực và xây dựng đô thị thông minh để tạo động lực tăng trưởng kinh tế, phục vụ tốt hơn cho người dân, doanh nghiệp. Sau một năm triển khai, chương trình phát triển kinh tế số, xã hội số đã tạo động lực thúc đẩy phát triển kinh tế - xã hội trên địa bàn tỉnh. Đến nay, tỉnh Thừa Thiên Huế đã hoàn thiện nền tảng phát triển và tích hợp Chính quyền điện tử như:',
    [], ['DTI.1', '7.1'], "a commune portal's item on the province's DX results after a year of the digital-economy programme: results, the programme only the frame")
doc('m080', 'J-534', 'https://nangluongsachvietnam.vn/d6/vi-VN/news/Dien-Bien-bao-ve-va-phat-trien-rung-ben-vung-6-179-11484',
    'Điện Biên', 'Điện Biên bảo vệ và phát triển rừng bền vững',
    'Mới đây, HĐND tỉnh Điện Biên đã ban hành Nghị quyết 214/NQ-HĐND về chủ trương đầu tư dự án Bảo vệ và phát triển rừng bền vững tỉnh Điện Biên giai đoạn 2021 – 2025. Dự án nhằm đầu tư phát triển hệ thống rừng phòng hộ, rừng sản xuất thông qua trồng, chăm sóc rừng, góp phần nâng tỷ lệ che phủ rừng của tỉnh đến năm 2025 đạt 45,5%; bảo tồn đa dạng sinh học và chức năng của hệ sinh thái rừng; hỗ trợ tái cơ cấu ngành lâm nghiệp thông qua trồng rừng sản xuất, phát triển lâm sản ngoài gỗ, trồng cây phân tán;',
    [], ['6.1'], "the council's investment-policy resolution for a forest project: one sector's project")
doc('m081', 'B-011', 'https://thuviennhadat.vn/vbpl/nghi-quyet-205-nq-hdnd-2020-nhiem-vu-phat-trien-kinh-te-xa-hoi-5-nam-tinh-lam-dong-460102.html',
    'Lâm Đồng', '',
    'HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 205/NQ-HĐND Lâm Đồng, ngày 10 tháng 12 năm 2020 NGHỊ QUYẾT VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025 HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG KHÓA IX, KỲ HỌP THỨ 17 Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    [], ['8.2'], "the council's five-year socio-economic tasks 2021-2025 (205/NQ-HĐND): a five-year plan")
doc('m082', 'E-015', 'https://nhandan.vn/dien-bien-bo-tri-toi-thieu-1-ngan-sach-chi-thuong-xuyen-cho-chuyen-doi-so-post669522.html',
    'Điện Biên', '',
    'Tỉnh Điện Biên đặt mục tiêu cụ thể phát triển chính quyền số đến năm 2025 toàn tỉnh có 100% văn bản điện tử của cơ quan, đơn vị được trao đổi, liên thông trên môi trường mạng (trừ văn bản mật); 100% thủ tục hành chính đủ điều kiện được cung cấp mức độ 4 trên nhiều phương tiện truy cập khác nhau; 90% hồ sơ công việc của các cơ quan cấp tỉnh, 80% hồ sơ công việc của các cơ quan cấp huyện và 60% hồ sơ công việc cơ quan cấp xã được xử lý trên môi trường mạng.',
    ['DTI.1', '7.1'], ['6.1'], "news whose lead is the digital-government goals to 2025 of the party committee's DX resolution (1 % of recurrent spending, heads answerable): the act as subject (r118), DTI.1 + 7.1; the spending floor is not budget execution")
doc('m083', 'H-010', 'https://doanhnghiephoinhap.vn/nam-2026-nhieu-dia-phuong-dat-muc-tieu-tang-truong-grdp-hai-con-so-125131.html',
    '', 'Năm 2026 nhiều địa phương đặt mục tiêu tăng trưởng GRDP hai con số',
    'Sáng 8/1, tại Hội nghị trực tuyến toàn quốc với chính quyền địa phương nhằm đánh giá kết quả năm 2025 và triển khai nhiệm vụ năm 2026, lãnh đạo nhiều tỉnh, thành phố lớn như Hà Nội, TP HCM, Quảng Ninh, Phú Thọ, Quảng Ngãi… đồng loạt khẳng định quyết tâm theo đuổi mục tiêu tăng trưởng GRDP từ 10% trở lên. Hội nghị trực tuyến toàn quốc với chính quyền địa phương để đánh giá kết quả năm 2025 và triển khai nhiệm vụ năm 2026. (Ảnh: VGP).',
    [], ['8.2'], "the national conference with localities: many provinces' growth goals, another level's meeting")
doc('m084', 'J-501', 'http://baoninhthuan.com.vn/news/122352p1c28/phan-dau-den-nam-2025-truong-pho-thong-dat-chuan-quoc-gia-dat-ty-le-65.htm',
    'Ninh Thuận', 'Phấn đấu đến năm 2025 trường phổ thông đạt chuẩn quốc gia đạt tỷ lệ 65%',
    'Ngày 20-5, UBND tỉnh ban hành Kế hoạch số 2468/KH-UBND về việc xây dựng trường mầm non, phổ thông đạt chuẩn quốc gia trên địa bàn tỉnh giai đoạn 2021-2025, nhằm cụ thể hóa chỉ tiêu tại Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV, đến năm 2025, tỷ lệ trường phổ thông đạt chuẩn quốc gia đạt 65%, Theo đó, mục tiêu chung kế hoạch đặt ra nhằm tập trung chỉ đạo duy trì, củng cố và nâng cao chất lượng các trường học đạt chuẩn quốc gia;',
    [], ['4.1', '8.2'], "the province's plan for schools meeting national standards 2021-2025: one sector's plan, not the school-network arrangement (n069)")
doc('m085', 'D-090', 'https://plo.vn/kinh-te-hai-phong-nam-2025-quy-mo-30-ti-usd-dung-thu-3-ca-nuoc-post885699.html',
    'Hải Phòng', 'Kinh tế Hải Phòng năm 2025: Quy mô 30 tỉ USD, đứng thứ 3 cả nước 09/12/2025 17:35',
    '(PLO)- Năm 2025 khép lại với những con số cho thấy Hải Phòng tiếp tục là điểm sáng tăng trưởng của cả nước. Động lực mới đang hình thành, tạo nền cho những bước tiến mạnh mẽ hơn trong năm 2026. Năm 2025 là một trong những giai đoạn tăng trưởng nổi bật nhất của Hải Phòng. Trong bối cảnh kinh tế thế giới và khu vực nhiều biến động, thành phố vẫn duy trì tốc độ tăng GRDP 11,81%. Mức này cao gấp 1,47 lần bình quân cả nước và đứng thứ hai toàn quốc, sau Quảng Ninh.',
    ['8.2'], ['PCI.1'], "the city's whole-year 2025 economy (growth, scale, rank) in a national daily: the year's results, 8.2 (k032)")
doc('m086', 'A-238', 'https://sothongtin.hoabinh.gov.vn/index.php/tin-ta-c/nha-va-th-tru-ng-bds/2046-ta-nh-ha-nh-tria-n-khai-tha-c-hia-n-ma-t-sa-cha-tr-ng-cha-nh-sa-ch-cha-a-ng-tham-gia-cua-c-ca-ch-ma-ng-ca-ng-nghia-p-la-n-tha-t',
    'Hòa Bình', '',
    'Ngay sau khi Nghị quyết 52-NQ/TW được ban hành, Ban Thường vụ Tỉnh ủy đã tổ chức quán triệt, tuyên truyền nội dung của Nghị quyết, chỉ đạo các cấp ủy xây dựng chương trình, kế hoạch cụ thể hóa nội dung Nghị quyết phù hợp với thực tiễn của địa phương, đơn vị; tổ chức quan triệt, phổ biến tuyên truyền sâu rộng đến toàn thể cán bộ, đảng viên và các tầng lớp Nhân dân. Các hình thức tuyên truyền Nghị quyết số 52-NQ/TW được thực hiện đa dạng đảm bảo phù hợp với các đối tượng tuyên truyền.',
    [], ['DTI.1', '7.1'], "the province's work on resolution 52-NQ/TW (Industry 4.0): implementation of a national resolution, no DX plan")
doc('m087', 'J-127', 'http://vietnamtourism.vn/index.php/news/items/11273',
    'Tiền Giang', '',
    'Theo Sở Văn hóa, Thể thao và Du lịch Tiền Giang, năm 2014, địa phương này sẽ đầu tư 430 tỷ đồng để phát triển du lịch, trong đó chú trọng phát huy tiềm năng du lịch sinh thái nhằm thu hút trên 633 nghìn lượt khách quốc tế và trên 752 nghìn lượt khách nội địa, với tổng doanh thu từ du lịch trên 376 tỷ đồng. Chạy dọc sông Tiền tới vùng biển Đông, với chiều dài 120km, tỉnh Tiền Giang đã hình thành ba vùng sinh thái tự nhiên khá thuận lợi để phát triển du lịch.',
    [], ['8.2'], "the tourism department's goals of 2014: one sector's goal")
doc('m088', 'J-420', 'https://m.sggp.org.vn/tay-ninh-tang-17-bac-chi-so-cai-cach-hanh-chinh-742882.html',
    'Tây Ninh', '',
    'Cải cách hành chính Tây Ninh tăng 17 bậc chỉ số cải cách hành chính SGGP Theo kết quả công bố Chỉ số cải cách hành chính - Par Index 2020 từ Ban chỉ đạo cải cách hành chính của Chính phủ đối với các bộ, cơ quan ngang bộ và UBND các tỉnh, thành phố trực thuộc Trung ương, tỉnh Tây Ninh tăng 17 bậc so với năm 2019.',
    [], ['1.7', '1.1'], "the province's PAR INDEX 2020 rank from the Government's steering committee: a ranking published by others")
doc('m089', 'J-120', 'https://yousportnews.net/no-luc-nang-ty-trong-kinh-te-so-post882271.html',
    'Bình Phước', 'Nỗ lực nâng tỷ trọng kinh tế số',
    'Đổi mới sáng tạo, chuyển đổi số và kinh tế số là ba yếu tố then chốt thúc đẩy sự phát triển bền vững, nâng cao năng lực cạnh tranh trong thời đại công nghệ 4.0. Sự kết hợp giữa ba yếu tố này đặt ra yêu cầu cấp thiết về tư duy đổi mới, hạ tầng công nghệ và nguồn nhân lực chất lượng cao. 0:00 / 0:00 0:00 Lãnh đạo tỉnh Bình Phước thực hiện nghi thức khánh thành Trung tâm điều hành thông minh thị xã Chơn Thành.',
    [], ['DTI.1', '7.1'], 'a digital-economy feature naming no act')
doc('m090', 'E-031', 'https://baogialai.com.vn/dieu-chinh-quy-hoach-tong-the-quoc-gia-thoi-ky-2021-2030-tam-nhin-den-nam-2050-post568651.html',
    '', '',
    '(GLO)- Chính phủ vừa ban hành Nghị quyết số 306/NQ-CP về điều chỉnh Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050. Mục tiêu phấn đấu đến năm 2030, Việt Nam là nước đang phát triển có công nghiệp hiện đại, thu nhập trung bình cao; xác lập mô hình tăng trưởng mới, lấy khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số làm động lực chính.',
    [], ['8.2'], "the Government's resolution on the national master plan: another level's act")
doc('m091', 'G-039', 'https://chuyendoiso.thainguyen.gov.vn/tin-tuc/-/asset_publisher/ou0DGqEKOZLq/content/so-ket-6-thang-au-nam-thuc-hien-nghi-quyet-so-57-nq-tw-cua-bo-chinh-tri-nhung-ket-qua-noi-bat-va-nhiem-vu-trong-tam-trong-thoi-gian-toi',
    'Thái Nguyên', '',
    'Sơ kết 6 tháng đầu năm thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị: Những kết quả nổi bật và nhiệm vụ trọng tâm trong thời gian tới 2025-07-17 15:10:00.0 Trong 6 tháng đầu năm 2025, tỉnh Thái Nguyên đã đạt được nhiều kết quả bước đầu quan trọng trong quá trình triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
    [], ['DTI.1', '7.1'], "six-month review of implementing resolution 57 in the province: part of a year's results, the resolution only the frame")
doc('m092', 'D-045', 'http://Kinhtedothi.vn/chi-so-cai-cach-hanh-chinh-dung-thu-ba-khu-vuc-dong-bang-song-cuu-long.html',
    'Cà Mau', '',
    'Cà Mau: Chỉ số cải cách hành chính đứng thứ ba khu vực đồng bằng sông Cửu Long Hoàng Nam Chia sẻ Zalo Kinhtedothi – Sau nhiều năm tích cực chuyển đổi, lấy sự hài lòng của người dân làm thước đo, chỉ số cải cách hành chính (PARINDEX) năm 2023 của tỉnh Cà Mau đã đứng vị trí 32, thuộc top 3 ở khu vực ĐBSCL.',
    [], ['1.7', '8.1'], "the province's PAR INDEX 2023 rank: a ranking published by others")
doc('m093', 'dev-038', 'https://baoquangnam.vn/dong-giang-dat-muc-tieu-chuyen-doi-so-toan-dien-nam-2025-3152106.html',
    'Quảng Nam', '',
    'Xã hội Đông Giang đặt mục tiêu chuyển đổi số toàn diện năm 2025 (QNO) - Ngày 3/4, UBND huyện Đông Giang ban hành kế hoạch chuyển đổi số năm 2025, tập trung vào ba trụ cột: chính quyền số, kinh tế số và xã hội số. Huyện Đông Giang tập huấn triển khai tổ công nghệ cộng đồng cấp thôn. Ảnh: NAM PHƯƠNG Về phát triển chính quyền số, huyện Đông Giang đặt mục tiêu 100% hồ sơ công việc cấp huyện, cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật).',
    [], ['DTI.1', '7.1'], "a district's DX plan of 2025: a district's act (r116)")
doc('m094', 'J-315', 'https://baodaklak.vn/xa-hoi/202208/huyen-lak-gan-87-nghin-cay-giong-ho-tro-cho-nguoi-dan-vung-dong-bao-dan-toc-thieu-so-3d35fb9/',
    'Đắk Lắk', '',
    'Multimedia Đọc Báo in Huyện Lắk: Gần 87 nghìn cây giống hỗ trợ cho người dân vùng đồng bào dân tộc thiểu số 07:35, 19/08/2022 UBND huyện Lắk cho biết, sau 18 tháng (từ tháng 3 đến hết tháng 8/2022) thực hiện Nghị quyết số 05-NQ/HU, toàn huyện đã huy động được gần 87.000 cây giống hỗ trợ người dân vùng đồng bào dân tộc thiểu số trên địa bàn.',
    [], ['8.2'], "a district's results of a district party resolution: a district's act")
doc('m095', 'H-020', 'https://baophutho.vn/xa-yen-lac-phan-dau-thu-nhap-binh-quan-dau-nguoi-dat-tren-90-trieu-dong-245290.htm',
    'Phú Thọ', 'Xã Yên Lạc phấn đấu thu nhập bình quân đầu người đạt trên 90 triệu đồng',
    'Sáng 6/1/2026, Đảng ủy xã Yên Lạc tổ chức hội nghị tổng kết thực hiện nhiệm vụ chính trị năm 2025 và triển khai nhiệm vụ năm 2026. Lãnh đạo Đảng ủy xã Yên Lạc trao khen thưởng các tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ tiêu biểu năm 2025 và 5 năm liền 2021-2025. Năm 2025, với sự vào cuộc của cả hệ thống chính trị và đồng thuận, ủng hộ của Nhân dân, xã Yên Lạc đã đạt được nhiều kết quả quan trọng trên các lĩnh vực. Công tác xây dựng Đảng và hệ thống chính trị được tăng cường;',
    [], ['8.2'], "a commune party committee's year-end conference: a commune's account")
doc('m096', 'B-013', 'https://baogialai.com.vn/gia-lai-khong-nam-trong-top-30-bang-xep-hang-chi-so-pci-va-pgi-nam-2023-post277041.html',
    'Gia Lai', 'Gia Lai không nằm trong top 30 bảng xếp hạng chỉ số PCI và PGI năm 2023',
    '(GLO)- Ngày 9-5, tại TP Hà Nội, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) phối hợp với Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số Xanh cấp tỉnh (PGI) năm 2023. Năm nay, báo cáo PCI-PGI năm 2023 chỉ công bố danh sách các tỉnh nằm trong top 30 bảng xếp hạng.',
    [], ['PCI.1'], 'PCI and PGI 2023 published by VCCI: a ranking published by others')
doc('m097', 'J-313', 'https://daklak24h.com.vn/kinh-te/30483/nam-2018-phan-dau-giam-ty-le-ho-ngheo-tu-253.html',
    'Đắk Lắk', '',
    'Honda Daklak T6 Nhân hòa Toyota Buôn Ma Thuột - M01 Năm 2018, phấn đấu giảm tỷ lệ hộ nghèo từ 2,5-3% Năm 2018, Đắk Lắk đặt ra mục tiêu tỷ lệ hộ nghèo giảm 2,5 - 3% so với năm 2017, trong đó, tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm 4% so với năm 2017. Cán bộ Trung tâm Khuyến nông tỉnh (bìa trái) hướng dẫn nông dân kỹ thuật trồng, chăm sóc cà phê. Để thực hiện được mục tiêu này, Đắk Lắk sẽ tập trung vào thực hiện các giải pháp như: Thực hiện kịp thời các chính sách giảm nghèo;',
    [], ['8.2'], "the year's poverty-reduction goal: a sector goal")
doc('m098', 'G-016', 'https://nhandan.vn/ocop/lang-son-hoan-thanh-3036-muc-tieu-chuyen-doi-so-post943959.html',
    'Lạng Sơn', 'Lạng Sơn hoàn thành 30/36 mục tiêu chuyển đổi số',
    'Triển khai Nghị quyết số 49-NQ/TU về chuyển đổi số, tỉnh Lạng Sơn huy động cả hệ thống chính trị vào cuộc, ban hành hơn 100 văn bản chỉ đạo, phân công rõ trách nhiệm, bảo đảm đồng bộ, hiệu quả. Lãnh đạo Ủy ban Mặt trận Tổ quốc tỉnh trải nghiệm công nghệ thực tế ảo. (Ảnh HOÀNG VƯƠNG) Lãnh đạo Ủy ban Mặt trận Tổ quốc tỉnh trải nghiệm công nghệ thực tế ảo. (Ảnh HOÀNG VƯƠNG) Hạ tầng số được đầu tư mạnh mẽ với hơn 600 trạm BTS, phủ sóng 5G đến tất cả trung tâm xã;',
    [], ['DTI.1', '7.1'], "results of the DX resolution 49-NQ/TU ('Triển khai Nghị quyết …', 30 of 36 goals met): the act only the frame of results (s004, n041)")
doc('m099', 'B-051', 'https://vanban123.vn/Quyet-dinh/Quyet-dinh-599-QD-UBND-nam-2021-phe-duyet-Ke-hoach-hanh-dong-thuc-hien-cac-muc-tieu-phat-trien-ben-vung-Viet-Nam-den-nam-2030-tren-dia-ban-tinh-Ba-Ria-Vung-Tau-537829',
    'Bà Rịa - Vũng Tàu', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 599/QĐ-UBND Bà Rịa-Vũng Tàu, ngày 12 tháng 3 năm 2021 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Căn cứ Nghị quyết số 136/NQ-CP ngày 25 tháng 9 năm 2020 của Chính phủ về phát triển bền vững;',
    [], ['8.2'], "the chairman's action plan for the sustainable-development goals to 2030 (599/QĐ-UBND): a long-term programme, not the year's plan")
doc('m100', 'J-306', 'https://infonet.vn/dak-nong-dat-nhieu-muc-tieu-phan-dau-ve-nong-thon-moi-trong-nam-2018-post272167.info',
    'Đắk Nông', 'Đắk Nông đặt nhiều mục tiêu phấn đấu về nông thôn mới trong năm 2018',
    'Đắk Nông đặt mục tiêu trong năm 2018, toàn tỉnh có thêm 5-7 xã đạt chuẩn nông thôn mới, số tiêu chí bình quân toàn tỉnh mỗi xã đạt 12,8 tiêu chí/xã trở lên. Đắk Nông đặt mục tiêu trong năm 2018, toàn tỉnh có thêm 5-7 xã đạt chuẩn nông thôn mới, số tiêu chí bình quân toàn tỉnh mỗi xã đạt 12,8 tiêu chí/xã trở lên. (Ảnh: Báo Đắk Nông) Trong đó, mục tiêu cụ thể cho từng huyện, thị xã như:',
    [], ['8.2'], "the year's new-countryside goals per district: a sector goal")
doc('m101', 'F-077', 'https://dienbientv.vn/tin-tuc-su-kien/chinh-tri/202007/gop-y-du-thao-bao-cao-chinh-tri-dai-hoi-dang-bo-tinh-dien-bien-lan-thu-xiv-nhiem-ky-2020-2025-toan-van-du-thao-bao-cao-chinh-tri-cua-bch-dang-bo-tinh-tai-dai-hoi-dai-bieu-dang-bo-tinh-dien-bien-lan-th-5688983',
    'Điện Biên', 'Góp ý dự thảo Báo cáo Chính trị Đại hội Đảng bộ tỉnh Điện Biên lần thứ XIV, nhiệm kỳ 2020- 2025',
    'Toàn văn dự thảo Báo cáo Chính trị của BCH Đảng bộ tỉnh tại Đại hội Đại biểu Đảng bộ tỉnh Điện Biên lần thứ XIV, nhiệm kỳ 2020- 2025 Điện Biên TV - Nhằm nắm tình hình Nhân dân đối với Đại hội Đảng các cấp và tổng hợp ý kiến của Nhân dân đóng góp vào các dự thảo văn kiện Đại hội XIII của Đảng, văn kiện Đại hội XIV Đảng bộ tỉnh.',
    [], ['8.2'], 'a draft political report of the party congress published for comment: a draft (q199)')
doc('m102', 'J-449', 'https://www.qdnd.vn/van-hoa/doi-song/ha-noi-phan-dau-100-quan-huyen-thi-xa-co-thiet-che-van-hoa-the-thao-694627',
    'Hà Nội', '',
    'leftcenterrightdel Đông Anh là một trong nhiều địa phương thực hiện hiệu quả việc phủ sóng thiết chế văn hóa thôn, làng. Ảnh: hanoimoi.com.vn Hà Nội phấn đấu giai đoạn 2022-2026 toàn thành phố có 80% người dân được nâng cao mức hưởng thụ văn hóa, bảo tồn và phát huy các giá trị văn hóa truyền thống; 100% quận, huyện, thị xã có thiết chế văn hóa, thể thao; 50% phường, thị trấn đạt chuẩn văn minh đô thị; 86-88% gia đình được công nhận danh hiệu gia đình văn hóa;',
    [], ['8.2'], "the city's cultural goals 2022-2026: a sector goal")
doc('m103', 'A-230', 'https://phunutoday.vn/chinh-thuc-tu-30-6-2025-can-bo-cong-chuc-khong-lam-viec-nay-se-bi-coi-la-khong-dap-ung-yeu-cau-cong-viec-d455443.html',
    '', '',
    'Theo đó, Ủy ban Quốc gia về chuyển đổi số yêu cầu, đến ngày 30/6/2025, toàn thể lãnh đạo, cán bộ và công chức trên cả nước được yêu cầu phải thực hiện xử lý hồ sơ công việc thông qua môi trường trực tuyến. Như vậy, sau thời điểm trên, những ai không tuân thủ sẽ bị đánh giá là không đáp ứng được tiêu chuẩn công việc.',
    [], ['7.2', '5.3'], "the national DX committee's requirement on online work for all officials: another level's act")
doc('m104', 'D-052', 'https://cdn.tuoitrethudo.vn/quang-ngai-dat-muc-tieu-kinh-te-so-chiem-20-grdp-den-nam-2025-278917.html',
    'Quảng Ngãi', '',
    'Tag Quảng Ngãi đặt mục tiêu kinh tế số chiếm 20% GRDP đến năm 2025 Kinh tế 27/05/2025 20:57 aa TTTĐ - UBND tỉnh Quảng Ngãi vừa ban hành kế hoạch nhằm thúc đẩy mạnh mẽ kinh tế số trong các ngành và lĩnh vực, đặt mục tiêu đạt tỷ trọng 20% GRDP vào năm 2025, đồng thời nâng cao năng suất lao động và mức độ ứng dụng công nghệ số trong cộng đồng và doanh nghiệp.',
    ['DTI.1'], ['7.1'], "the province's plan promoting the digital economy (20 % of GRDP by 2025): a digital-economy plan, DTI.1 alone (r106)")
doc('m105', 'A-175', 'https://chuyendoiso.backan.gov.vn/index.php?com=tintuc_ct&id_news=170',
    'Bắc Kạn', '',
    'Quyết tâm của cả hệ thống chính trị được nâng cao khi Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 09-CT/TU ngày 03/8/2021 về tăng cường công tác lãnh đạo, chỉ đạo của Đảng đối với chuyển đổi số trên địa bàn tỉnh Bắc Kạn giai đoạn 2021 - 2025, định hướng đến năm 2030. Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy, UBND tỉnh đã khẩn trương xây dựng và ban hành kế hoạch phát triển chính quyền số và bảo đảm an toàn thông tin mạng tỉnh Bắc Kạn, năm 2022 (Kế hoạch số 811/KH-UBND ngày 29/12/2021).',
    ['DTI.1', '7.1'], ['8.2'], "the DX portal's news presenting the party standing committee's DX directive 09-CT/TU and the committee's digital-government plan of 2022 (811/KH-UBND) with its goals: DTI.1 + 7.1 (s087)")
doc('m106', 'D-009', 'http://nghean24h.vn/cong-bo-chi-so-pci-2019-nghe-an-dan-dau-khu-vuc-dung-thu-18-ca-nuoc-a605480.html',
    'Nghệ An', '',
    'Trong tỉnh Chỉ số PCI của tỉnh Nghệ An dẫn đầu khu vực Bắc Trung bộ, đứng thứ 18 cả nước, tăng 1 bậc so với năm 2018. Đây là vị trí cao nhất từ trước tới nay của tỉnh Nghệ An. Kết quả vị trí thứ hạng PCI đã minh chứng cho những nỗ lực của các cấp chính quyền, người dân trong công tác cải cách hành chính, thu hút đầu tư.',
    [], ['PCI.1'], "the province's PCI 2019 rank: a ranking published by others")
doc('m107', 'J-522', 'https://baophutho.vn/toan-tinh-co-them-64-san-pham-dat-chuan-ocop-3-sao-tro-len-244948.htm',
    'Phú Thọ', 'Toàn tỉnh có thêm 64 sản phẩm đạt chuẩn OCOP 3 sao trở lên',
    'Theo kết quả tổng hợp của Hội đồng đánh giá, phân hạng sản phẩm Chương trình “Mỗi xã một sản phẩm” (OCOP) tỉnh, trong đợt 1 năm 2025, toàn tỉnh có thêm 64 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên. Trong đó, có 10 sản phẩm đạt chuẩn 4 sao và 54 sản phẩm đạt chuẩn 3 sao. Sản phẩm “Đá Hen nhất phẩm trà” của HTX Sản xuất và chế biến chè Đá Hen, xã Đồng Lương được công nhận đạt chuẩn OCOP 4 sao trong năm 2025.',
    [], ['8.2'], 'OCOP certification results and goal: a programme goal')
doc('m108', 'H-032', 'https://nld.com.vn/ca-mau-hoi-tu-dieu-kien-tro-thanh-cuc-tang-truong-xanh-196251102223324305.htm',
    'Cà Mau', '',
    'Phát biểu chỉ đạo đại hội, Phó Chủ tịch nước Võ Thị Ánh Xuân, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương, nhấn mạnh sau hợp nhất, Cà Mau có không gian và tiềm năng phát triển mới. Cùng với những định hướng, quan điểm đầu tư mang tính chiến lược của Trung ương, Cà Mau hội tụ nhiều điều kiện để trở thành cực tăng trưởng xanh và là một động lực phát triển của vùng ĐBSCL.',
    [], ['8.2'], "the province's emulation congress after the merger: term goals, not the year's plan")
doc('m109', 'A-138', 'http://tothethao.com/bong-da_ha-giang-phan-dau-vao-nhom-20-tinh-dan-dau-ve-chuyen-doi-so-765073.html',
    'Hà Giang', '',
    'Xếp thứ 26/63 tỉnh/thành phố có chỉ số chuyển đổi số Thực hiện Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ 4; Quyết định số 749của Thủ tướng Chính phủ về phê duyệt Chương trình Chuyển đổi số Quốc gia đến năm 2025, định hướng đến năm 2030, tỉnh Hà Giang luôn chủ động triển khai các nội dung liên quan đến chuyển đổi số.',
    [], ['DTI.1', '7.1'], "DX results 'thực hiện Nghị quyết 52-NQ/TW, Quyết định 749' (national acts): results naming no provincial act (n065)")
doc('m110', 'D-035', 'https://hethongphapluat.vn/ke-hoach-37-kh-ubnd-ve-chuyen-doi-so-tinh-tra-vinh-nam-2023.html',
    'Trà Vinh', '',
    'ỦY BAN NHÂN DÂN TỈNH TRÀ VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 37/KH-UBND Trà Vinh, ngày 18 tháng 4 năm 2023 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH TRÀ VINH NĂM 2023 Phần I ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022 I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2022 1. Về hạ tầng kỹ thuật công nghệ thông tin: hạ tầng kỹ thuật trung tâm dữ liệu của tỉnh đủ năng lực, hoạt động ổn định, thông suốt, an toàn thông tin; 100% công chức, viên chức trong cơ quan hành chính nhà nước được trang bị máy vi tính;',
    ['DTI.1', '7.1'], ['8.2'], "the province's DX plan of 2023 (37/KH-UBND; it opens with 2022's results): DTI.1 + 7.1")
doc('m111', 'A-031', 'https://tracuuquyhoach.com/tin-tuc/but-pha-nho-khoa-hoc-cong-nghe-va-chuyen-doi-so-51980541',
    'Yên Bái', '',
    'Đến nay, 100% xã, phường, thị trấn trên địa bàn tỉnh đã có đường truyền băng thông rộng cáp quang. Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển KHCN, đổi mới sáng tạo và CĐS quốc gia, Tỉnh ủy Yên Bái đã ban hành nhiều văn bản quan trọng nhằm định hướng và cụ thể hóa lộ trình hành động.',
    [], ['DTI.1', '7.1'], "DX and science results after 'many important documents' implementing resolution 57: no act named (n200)")
doc('m112', 'B-120', 'https://en.baobinhthuan.com.vn/dat-nen-mong-vung-chac-cho-chuyen-doi-so-toan-dien-129776.html',
    'Bình Thuận', '',
    'Giai đoạn 2022 – 2024, tỉnh Bình Thuận đạt được nhiều kết quả nổi bật trong phát triển hạ tầng số. Đáng chú ý, mạng viễn thông – internet tiếp tục được đầu tư mở rộng mạnh mẽ, phủ sóng tới hầu hết địa bàn dân cư. Tính đến hết năm 2024, toàn tỉnh có trên 95% hộ gia đình có khả năng tiếp cận cáp quang; hơn 90% người dân có thể sử dụng dịch vụ internet tốc độ cao từ 200 Mbps trở lên.',
    [], ['DTI.1', '7.1'], 'digital-infrastructure results 2022-2024 naming no act')
doc('m113', 'B-046', 'https://nhandan.vn/soc-trang-quyet-tam-thuc-hien-thanh-cong-qua-trinh-chuyen-doi-so-post835825.html',
    'Sóc Trăng', '',
    'Ngay sau khi ban hành Nghị quyết số 07-NQ/TU ngày 27/10/2021 của Tỉnh ủy về Chuyển đổi số tỉnh Sóc Trăng đến năm 2025, định hướng đến năm 2030 (gọi tắt là Nghị quyết 07-NQ/TU), Ban Thường vụ Tỉnh ủy đã tập trung lãnh đạo, chỉ đạo các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể đẩy mạnh công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên, đoàn viên, hội viên và nhân dân về tính cấp thiết của chuyển đổi số trên địa bàn tỉnh.',
    [], ['DTI.1', '7.1'], "hard call: 'Ngay sau khi ban hành Nghị quyết 07-NQ/TU …, Ban Thường vụ đã …': the resolution opens the lead only as the frame of its implementation (communication, direction), not what it sets (s004, n041)")
doc('m114', 'E-025', 'https://viettimes.vn/ho-so-giay-tag28089.html',
    '', '',
    'Đến năm 2025, 95% người dân trên toàn quốc có hồ sơ sức khỏe điện tử Đến năm 2025, 95% người dân trên toàn quốc có hồ sơ sức khỏe điện tử VietTimes -- Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến vừa ký quyết định phê duyệt kế hoạch triển khai hồ sơ sức khỏe điện tử nhằm thực hiện xây dựng, hoàn thiện hệ thống hồ sơ sức khỏe điện tử, đảm bảo quản lý, thu thập thông tin sức khỏe của người dân trực tiếp hoặc gián tiếp từ cơ sở khám, chữa bệnh.',
    [], ['7.4'], "a tag page on the health ministry's e-health-record plan: another level's act")
doc('m115', 'H-062', 'https://yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=8502&l=Tintrongtinh+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++&lv=5',
    'Yên Bái', 'Kinh tế phát triển, từng bước tăng trưởng',
    'Vượt qua nhiều khó khăn cả chung và riêng phải đối mặt, kinh tế của tỉnh giữ được sự ổn định, có bước phát triển. Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành, có 25 chỉ tiêu vượt kế hoạch. Tốc độ tăng trưởng kinh tế đạt 11,07% xếp thứ 4 trong khu vực, thu nhập bình quân đầu người tăng lên 23,1 triệu đồng. Sản xuất nông, lâm nghiệp phát triển khá toàn diện, đạt kết quả tích cực, nhiều chỉ tiêu vượt kế hoạch;',
    ['8.2'], ['6.1'], "the province's portal on its whole-year 2014 results against the plan's 33 targets: the year's account, 8.2 (k032, q197)")
doc('m116', 'B-176', 'https://baoninhthuan.com.vn/news/139561p155c160/ke-hoach-thuc-hien-nang-cao-chi-so-chuyen-doi-so-nam-2023-va-cac-nam-tiep-theo-tinh-ninh-thuan.htm',
    'Ninh Thuận', '',
    'Mục tiêu 1. Thúc đẩy mạnh mẽ quá trình chuyển đổi số, nâng cao Chỉ số DTI của tỉnh một cách bền vững; tạo sự chuyển biến trong nhận thức của cán bộ, công chức, viên chức, người dân và doanh nghiệp về ý nghĩa, vai trò và tầm quan trọng của chuyển đổi số cũng như Chỉ số DTI;',
    ['DTI.1', '7.1'], ['1.5'], "the province's plan to raise its DTI from 2023, reposted by the newspaper under the section heading 'Mục tiêu' (its URL names the plan): a DX plan (n104, q163)")
doc('m117', 'D-050', 'https://thinhvuongvietnam.com/Content/binh-thuan-phat-trien-chinh-quyen-dien-tu-va-chinh-quyen-so-441115',
    'Bình Thuận', '',
    'Với sự chỉ đạo quyết liệt của Tỉnh ủy, Uỷ ban nhân dân tỉnh, trong năm 2024, tỉnh Bình Thuận đã đạt được những kết quả nổi bật trong việc xây dựng chính quyền điện tử, chính quyền số, hướng tới một nền hành chính minh bạch, hiệu quả và phục vụ tốt hơn cho người dân và doanh nghiệp, góp phần vào sự phát triển của địa phương. Về xây dựng, phát triển hạ tầng kỹ thuật Trong những năm qua, tỉnh Bình Thuận đã tập trung đầu tư, đẩy mạnh phát triển hạ tầng viễn thông và hạ tầng dữ liệu.',
    [], ['7.1', 'DTI.1'], 'e-government results of 2024 naming no act')
doc('m118', 'G-067', 'https://phunuthudo.com/tag/so-hoa-van-ban/feed',
    '', '',
    'số hóa văn bản – Phunuthudo.com https://phunuthudo.com Tạp chí phụ nữ thủ đô Sun, 11 Jan 2026 01:00:09 +0000 vi hourly 1 https://wordpress.org/?v=6.7.4 https://cloud.linh.pro/phunuthudo/2025/08/phunuthudo-icon.svg số hóa văn bản – Phunuthudo.com https://phunuthudo.com 32 32 Sở Nội vụ công bố kết quả 2025 và định hướng nhiệm vụ trọng điểm 2026 https://phunuthudo.com/so-noi-vu-cong-bo-ket-qua-2025-va-dinh-huong-nhiem-vu-trong-diem-2026/ Sun, 11 …',
    [], ['1.2'], "an RSS feed of a tag page whose item is a home-affairs department's year-end review, its province unnamed: nobody's by what it shows")
doc('m119', 'J-529', 'https://vccidanang.com.vn/tin-tuc/kon-tum-tinh-nao-la-ngoi-sao-sang-nhat-khu-vuc-tay-nguyen',
    'Kon Tum', '[Kon Tum] Tỉnh nào là ‘ngôi sao’ sáng nhất khu vực Tây Nguyên?',
    'Trong 6 tháng đầu năm, tổng sản phẩm trên địa bàn Kon Tum ước đạt 8.165 tỷ đồng, đứng thứ 30/63 tỉnh, thành phố và dẫn đầu khu vực Tây Nguyên. Tại kỳ họp thứ 7 khóa XII, nhiệm kỳ 2021-2026 diễn ra hôm qua (8/7), HĐND tỉnh Kon Tum tập trung xem xét, cho ý kiến đối với 30 báo cáo, 30 tờ trình dự thảo nghị quyết. Tại kỳ họp, các thành viên UBND tỉnh và người đứng các cơ quan, địa phương đã trả lời đối với đại biểu, cử tri và nhân dân về một số vấn đề quan trọng.',
    [], ['8.2'], "six-month figures at the council's mid-year session: part of a year (k030)")
doc('m120', 'A-215', 'https://dientuungdung.vn/nam-2023-kinh-te-so-huong-toi-muc-tieu-dong-gop-tren-16-trong-gdp-3984.html',
    '', '',
    'Trong vấn đề phát triển kinh tế số, kế hoạch hành động của Uỷ ban Quốc gia về chuyển đổi số đặt mục tiêu phấn đấu tỷ trọng giá trị tăng thêm của kinh tế số trong GDP trên 16%. Tỷ trọng thương mại điện tử trong tổng mức bán lẻ trên 8,5%. 100% bộ, ngành, địa phương ban hành và tổ chức triển khai kế hoạch phát triển kinh tế số và xã hội số thuộc phạm vi quản lý.',
    [], ['DTI.1'], "the national DX committee's action plan: another level's act")
doc('m121', 'J-460', 'https://vietnam.vn/longan/nam-2025-long-an-phan-dau-toc-do-tang-truong-kinh-te-dat-85-9',
    'Long An', '',
    'Powered by Techcity Năm 2025: Long An phấn đấu tốc độ tăng trưởng kinh tế đạt 8,5%-9% Chiều 27/12, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Nguyễn Văn Út chủ trì Hội nghị triển khai nhiệm vụ phát triển KT-XH năm 2025 với các sở, ban, ngành và địa phương. Tỉnh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế – xã hội năm 2025 Trong năm 2024, tình hình KT-XH của tỉnh có sự phục hồi rõ nét, cơ bản đạt được mục tiêu tổng quát đề ra với nhiều kết quả quan trọng trên các lĩnh vực;',
    ['8.2'], ['6.1'], "the chairman's conference deploying the province's 2025 socio-economic tasks and growth goal, with 2024's results: the year's plan, 8.2 (q121, s053)")
doc('m122', 'G-043', 'https://baobariavungtau.com.vn/chinh-tri/202411/huyen-long-dien-thuc-hien-dat-va-vuot-cac-chi-tieu-so-voi-nghi-quyet-1028021/',
    'Bà Rịa - Vũng Tàu', '',
    'Chiều 30/11, Ban chấp hành Đảng bộ huyện Long Điền khóa XII đã tổ chức hội nghị tổng kết tình hình thực hiện nhiệm vụ năm 2024 và triển khai phương hướng, nhiệm vụ năm 2025. Các ông: Huỳnh Sơn Tuấn, Bí thư Huyện ủy; Võ Hữu Hạnh, Phó Bí thư Thường trực Huyện ủy; Lâm Văn Hồng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện đồng chủ trì hội nghị. Đến thời điểm này, huyện Long Điền đã thực hiện đạt và vượt 10/10 chỉ tiêu trong lĩnh vực kinh tế so với Nghị quyết đã đề ra từ đầu năm 2024.',
    [], ['8.2'], "a district party committee's year-end conference: a district's account")
doc('m123', 'A-023', 'https://thoibaotaichinhvietnam.vn/lanh-dao-quang-tri-chi-dao-khac-phuc-xu-ly-tinh-trang-giai-quyet-ho-so-tre-han-183579.html',
    'Quảng Trị', '',
    '(TBTCO) - Chủ tịch UBND tỉnh Quảng Trị vừa có chỉ đạo đôn đốc triển khai thực hiện các chỉ tiêu về dịch vụ công trực tuyến, số hóa kết quả thủ tục hành chính và xử lý hồ sơ chậm trễ trong tháng 8/2025. Chủ tịch UBND tỉnh Quảng Trị Trần Phong yêu cầu các sở, ban, ngành, địa phương có hồ sơ quá hạn đang xử lý được tích hợp trên Cổng dịch vụ công quốc gia (https://quantri.dichvucong.gov.vn) trong tháng 8/2025 để rà soát, kiểm tra, xử lý dứt điểm; thực hiện việc xin lỗi người dân, doanh nghiệp;',
    ['3.3', '7.3', '7.4'], ['3.4'], "hard call: the chairman's direction on the month's online-service and result-digitisation targets and on settling overdue dossiers with apologies: 7.3 + 7.4 (n053) and 3.3 (on-time handling, apology); the month matters only for 8.2 (q154)")
doc('m124', 'J-343', 'https://dbndhatinh.vn/dbnd/portal/folder/thuong-truc-hdnd-111/news/phat-huy-noi-luc-huy-dong-nguon-luc-xa-hoi-ha-tinh-tao-nen-tang-tang-truong-nam-.html',
    'Hà Tĩnh', '',
    'Những kết quả đạt được năm 2025 Năm 2025 có ý nghĩa đặc biệt quan trọng, là năm tăng tốc, bứt phá, về đích, năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025, thực hiện cuộc cách mạng về tinh gọn tổ chức bộ máy, tổ chức đại hội đảng các cấp, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Bối cảnh tình hình thế giới, trong nước tiếp tục chuyển biến nhanh, khó lường; thời cơ, thách thức đan xen;',
    ['8.2'], ['6.1'], "the results of 2025 reported at the council's year-end session on the council's portal: the year's account, 8.2 (k033)")
doc('m125', 'A-236', 'https://laocai24h.com/lao-cai-chuyen-doi-so-nhung-ket-qua-quan-trong-buoc-dau',
    'Lào Cai', '',
    'Đội ngũ cán bộ của Trung tâm điều hành thông minh (IOC) tỉnh Lào Cai. Năm 2022, Tỉnh uỷ Lào Cai đã ban hành Nghị quyết số 20-NQ/TU về chuyển đổi số tỉnh Lào Cai đến năm 2025, định hướng đến năm 2030 nhằm thúc đẩy sự vào cuộc của cả hệ thống chính trị; ban hành Kế hoạch chuyển đổi số trong các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị – xã hội giai đoạn 2022 – 2025. UBND tỉnh ban hành Chương trình hành động số 11/CTr-UBND thực hiện Nghị quyết số 20 của Tỉnh uỷ.',
    ['DTI.1', '7.1'], ['8.2'], "hard call: a results feature whose first paragraph presents the party's DX resolution 20-NQ/TU, the party bodies' DX plan and the committee's action programme 11/CTr-UBND as issued: the acts as subject (n115, as D-001), DTI.1 + 7.1")
doc('m126', 'E-065', 'https://doanhnghiephoinhap.vn/diem-danh-tinh-thanh-duoc-giao-chi-tieu-tang-truong-hai-con-so-nam-2025-94790.html',
    '', '',
    'Chính phủ đã ban hành Nghị quyết số 25, đặt mục tiêu tăng trưởng kinh tế cho 63 tỉnh, thành trên cả nước, hướng tới mức tăng 8% trở lên vào năm 2025. Đây được xem là bước đi quan trọng nhằm tạo nền tảng vững chắc để đạt tốc độ tăng trưởng hai con số trong giai đoạn 2026-2030. Trong nhóm địa phương có tốc độ tăng trưởng GRDP cao nhất, Bắc Giang, Quảng Ninh, Hải Phòng, Ninh Bình và Ninh Thuận được kỳ vọng đạt mức tăng từ 12% trở lên trong năm 2025.',
    [], ['8.2'], "the Government's resolution 25's growth goals for all provinces: another level's act")
doc('m127', 'dev-039', 'https://baotravinh.vn/chuyen-doi-so/cang-long-muc-tieu-chuyen-doi-so-den-nam-2025-dinh-huong-den-nam-2030-24608.html',
    'Trà Vinh', '',
    '08/11/2022 15:41 Theo đó, đến năm 2025, tối thiểu 80% hồ sơ công việc cấp huyện và 60% hồ sơ công việc cấp xã (trừ hồ sơ công việc thuộc bí mật Nhà nước) được xử lý qua môi trường mạng; 100% văn bản trao đổi giữa các cơ quan Đảng, Nhà nước, đoàn thể (trừ văn bản mật theo quy định của pháp luật) dưới dạng điện tử có chữ ký số; bảo đảm tỷ lệ tài liệu lưu trữ được số hóa đạt yêu cầu cấp thẩm quyền giao. 100% hồ sơ thủ tục hành chính được giải quyết qua Cổng dịch vụ công hệ thống thông tin một cửa điện tử;',
    [], ['DTI.1', '7.1'], "a district's DX goals to 2025: a district's act (r116)")
doc('m128', 'A-211', 'https://vneconomy.vn/du-lieu-tai-san-chien-luoc-thu-5-cua-nen-kinh-te-hien-dai.htm',
    'Hưng Yên', '',
    'Từ chuyển đổi số đến kinh tế số, dữ liệu không chỉ là “nguyên liệu” mà còn là yếu tố sản xuất mới, góp phần định hình phương thức quản trị hiện đại, nâng cao năng lực cạnh tranh và tạo ra động lực tăng trưởng mới cho các địa phương… Ngày 29/10, UBND tỉnh Hưng Yên phối hợp với Hiệp hội Dữ liệu Quốc gia (NDA) tổ chức Diễn đàn Khoa học công nghệ, Đổi mới sáng tạo và Chuyển đổi số tỉnh Hưng Yên 2025 với chủ đề: "Kinh tế dữ liệu, thúc đẩy đổi mới sáng tạo và phát triển bền vững".',
    [], ['DTI.1'], "the province's science, innovation and DX forum: an event, not a plan (r115)")
doc('m129', 'A-187', 'https://baophutho.vn/dong-luc-cho-phat-trien-ben-vung-241339.htm',
    'Phú Thọ', 'Động lực cho phát triển bền vững',
    'Trong nhiệm kỳ 2025 - 2030, tỉnh Phú Thọ xác định ứng dụng khoa học công nghệ (KHCN), đổi mới sáng tạo (ĐMST) và chuyển đổi số (CĐS) là 1 trong 3 khâu đột phá chiến lược, đóng vai trò then chốt trong thúc đẩy phát triển nhanh, bền vững và nâng cao năng lực cạnh tranh của địa phương. Vào cuối tháng 8/2025, UBND tỉnh Phú Thọ và Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) đã ký kết Thỏa thuận hợp tác về CĐS giai đoạn 2025 - 2030.',
    [], ['DTI.1', '7.1'], "the province's DX cooperation agreement with Viettel and results: an agreement, not the DX plan")
doc('m130', 'A-188', 'https://dantri.com.vn/thoi-su/bi-thu-phu-tho-chuyen-doi-so-phai-giup-nguoi-dan-khong-phai-di-lai-nhieu-20250923164342444.htm',
    'Phú Thọ', '',
    'Ngày 23/9, Bí thư Tỉnh ủy Phú Thọ Đặng Xuân Phong, Trưởng Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Phú Thọ (Ban chỉ đạo), chủ trì hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh này trong quý III và triển khai công tác quý IV/2025. Ông Đặng Xuân Phong phát biểu tại cuộc họp (Ảnh: Đức Hiền).',
    [], ['DTI.1', '7.1'], "the steering committee's third-quarter review: a quarterly meeting names no plan (r055)")
doc('m131', 'A-217', 'https://vietnamhoinhap.vn/vi/day-manh-phat-trien--xa-hoi-so--o-ha-noi---tu-tam-nhin-den-hanh-dong-vi-thanh-pho-thong-minh-53310.htm',
    'Hà Nội', '',
    'Tóm tắt: Trong bối cảnh cuộc Cách mạng công nghiệp lần thứ tư diễn ra sâu rộng, việc xây dựng thành phố thông minh trở thành xu thế tất yếu của các đô thị lớn trên thế giới. Thủ đô Hà Nội với vai trò trung tâm chính trị - hành chính quốc gia, trung tâm lớn về kinh tế, văn hóa, giáo dục, khoa học và công nghệ của cả nước đang đứng trước cơ hội lớn để chuyển đổi từ mô hình đô thị truyền thống sang mô hình đô thị thông minh, dựa trên nền tảng xã hội số phát triển mạnh mẽ.',
    [], ['DTI.1'], 'a research article on the digital society in Hà Nội: research')
doc('m132', 'B-017', 'https://lite.baomoi.com/binh-duong-cam-ket-huong-toi-mot-chinh-quyen-so-minh-bach-c51438716.epi',
    'Bình Dương', 'Bình Dương cam kết hướng tới một chính quyền số minh bạch',
    'Trong cuộc họp tổng kết chuyển đổi số (CĐS) và Đề án 06 năm 2024, triển khai phương hướng, nhiệm vụ trọng tâm năm 2025 của cả nước, Chỉ số chuyển đổi số năm 2023 (DTI) của Bình Dương tăng 12 bậc so với năm 2022, lần đầu tiên vào Top 10 tỉnh, thành phố dẫn đầu về Chỉ số DTI. Bình Dương vinh dự dẫn đầu 63 tỉnh, thành phố cả nước về dịch vụ công trực tuyến với tỷ lệ giải quyết đúng hạn 98,01%...',
    [], ['DTI.1', '7.3'], "the year's DX and Project 06 review meeting with the DTI rank: a review, not the plan (s046)")
doc('m133', 'J-122', 'https://lagi.binhthuan.dcs.vn/bầu-cử-Quốc-hội-HĐND-các-cấp/post/259124/thi-uy-ket-qua-03-nam-trien-khai-thuc-hien-nghi-quyet-so-10nqtu-ngay-1832022-cua-tinh-uy-khoa-xiv-ve-chuyen-doi-so-den-nam-2025-dinh-huong-den-nam-2030.aspx',
    'Bình Thuận', 'Thị ủy: Kết quả 03 năm triển khai thực hiện Nghị quyết số 10-NQ/TU, ngày 18/3/2022 của Tỉnh ủy (khóa XIV) về chuyển đổi số đến năm 2025, định hướng đến năm 2030',
    'Qua 03 năm thực hiện Nghị quyết số 10-NQ/TU, ngày 18/3/2022 của Tỉnh ủy (khóa XIV) về chuyển đổi số đến năm 2025, định hướng đến năm 2030; Thị ủy (khóa XI) đã ban hành Kế hoạch số 82-KH/TU, ngày 13/6/2022 để triển khai thực hiện Nghị quyết số 10-NQ/TU; Ban Thường vụ Thị ủy đã ban hành Kế hoạch số 72-KH/TU, ngày 21/4/2022 để tổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện các nghị quyết chuyên đề của Tỉnh ủy (khóa XIV), trong đó có Nghị quyết 10-NQ/TU của Tỉnh ủy;',
    [], ['DTI.1', '7.1'], "a town party committee's three-year review of the provincial DX resolution: a town's report")
doc('m134', 'A-092', 'https://tienphong.vn/chinh-quyen-so-o-bac-ninh-nen-tang-vung-chac-cho-quan-tri-hien-dai-post1806293.tpo',
    'Bắc Ninh', 'Chính quyền số ở Bắc Ninh: Nền tảng vững chắc cho quản trị hiện đại',
    'Với cách làm bài bản, đồng bộ từ hạ tầng số đến nền tảng, ứng dụng dùng chung, tỉnh Bắc Ninh đang từng bước hình thành mô hình chính quyền số hiện đại, thông suốt, lấy người dân và doanh nghiệp làm trung tâm. Những kết quả đạt được không chỉ nâng cao hiệu lực, hiệu quả quản lý nhà nước mà còn tạo nền tảng quan trọng cho phát triển kinh tế số, xã hội số trong giai đoạn mới. Hạ tầng số đi trước một bước Một trong những trụ cột quan trọng nhất của chính quyền số là hạ tầng số.',
    [], ['7.1', 'DTI.1'], 'a digital-government feature after the merger naming no act')
doc('m135', 'B-143', 'https://vietbao.vn/hau-giang-chuyen-doi-so-de-xay-dung-chinh-quyen-than-thien-kien-tao-522630.html',
    'Hậu Giang', '',
    'Tỉnh Hậu Giang đề ra mục tiêu đến năm 2025 xây dựng chính quyền thân thiện, kiến tạo, liêm chính, hiệu lực, hành động quyết liệt, hiệu quả, phục vụ nhân dân. Chuyển đổi số mạnh mẽ Nhận thức chuyển đổi số là xu thế tất yếu và đòi hỏi khách quan của sự phát triển trong thời đại ngày nay, từ năm 2020, Hậu Giang bắt đầu thực hiện quá trình chuyển đổi số để nâng cao hiệu quả hoạt động của các cơ quan nhà nước, lấy người dân và doanh nghiệp làm trung tâm, chủ thể.',
    [], ['DTI.1', '7.1'], 'a DX feature with a 2025 goal, naming no act')
doc('m136', 'G-087', 'https://baoangiang.com.vn/dai-hoi-dai-bieu-xa-phu-binh-nhiem-ky-2020-2025--a274276.html',
    'An Giang', '',
    'Tại đại hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, bình quân thu nhập đầu người đến năm 2025 đạt 70 triệu đồng/người/năm; chuyển đổi cơ cấu cây trồng đạt 20% trên tổng diện tích; giữ vững danh hiệu xã nông thôn mới và đạt xã nông thôn mới nâng cao vào cuối năm 2020; tỷ lệ tham gia bảo hiểm y tế toàn dân đạt 100%. Đồng thời, phấn đấu xây dựng tổ chức mặt trận và các đoàn thể vững mạnh đạt 100%;',
    [], ['8.2'], "a commune party congress: a commune's term goals")
doc('m137', 'H-060', 'https://danviet.vn/dong-bang-song-hong-loat-tinh-thanh-trong-dien-sap-nhap-pha-ky-luc-tang-truong-gdp-trong-quy-i-2025-d1323389.html',
    '', 'Một số địa phương trong diện sáp nhập tỉnh duy trì đà tăng trưởng tốt',
    'Theo số liệu của Cục thống kê (Bộ Tài chính), tăng trưởng GDP quý I/2025 đạt 6,93%. Đây là mức tăng trưởng ấn tượng, cao nhất so với cùng kỳ giai đoạn 2020 - 2024 (tăng lần lượt là 3,21%, 4,85%, 5,42%, 3,46%, 5,98%). Đặc biệt, nhiều địa phương trong diện dự kiến sáp nhập tỉnh, thành tăng trưởng kinh tế ấn tượng. Trong đó, 4 địa phương thuộc khu vực Đồng bằng sông Hồng ghi nhận mức tăng trưởng 2 con số là: Nam Định 11,86%; Hải Phòng 11,07%; Hải Dương 10,87% và tỉnh Hà Nam đạt 10,54%.',
    [], ['8.2'], 'first-quarter growth of several provinces from national statistics: part of a year, no province of its own')
doc('m138', 'B-156', 'https://diendandoanhnghiep.vn/print/10046682.html',
    'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu: Đẩy mạnh chuyển đổi số',
    'Với mục tiêu vào Top 10 tỉnh, thành phố dẫn đầu cả nước về CĐS, phát triển đô thị thông minh, tỉnh BR-VT huy động sự vào cuộc của các sở, ngành, địa phương và DN, người dân trong triển khai CĐS. Với mục tiêu đưa BR-VT trở thành đô thị thông minh, tự tin gia nhập Top 10 tỉnh, thành phố dẫn đầu cả nước về mức độ CĐS, phát triển đô thị thông minh gắn với cải cách hành chính, tỉnh định hướng đến năm 2025 kinh tế số chiếm hơn 20% GRDP; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt trên 10%;',
    [], ['DTI.1', '7.1'], 'DX orientation and goals to 2025 with no act named')
doc('m139', 'J-109', 'https://congan.com.vn/tin-chinh/hoi-thao-bca-thuc-tien-doi-hoi-phai-ban-hanh-nhung-dao-luat-moi-126837.html',
    'Hồ Chí Minh', 'TPHCM: Cuối năm 2025, ít nhất 50% số xã đạt chuẩn nông thôn kiểu mẫu',
    '(CATP) Theo UBND TPHCM, kế hoạch này được thực hiện nhằm thống nhất trong công tác chỉ đạo các cấp, các ngành tổ chức quán triệt, triển khai thực hiện thắng lợi các quan điểm, mục tiêu, nhiệm vụ, giải pháp về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới gắn với đô thị hóa trên địa bàn vùng nông thôn TP giai đoạn 2021 - 2025 và các văn bản pháp lý có liên quan. Lên đầu trang',
    [], ['8.2'], "the city's new-countryside programme plan 2021-2025: a sector plan")
doc('m140', 'F-026', 'https://huecity.net/tag/de-ra/',
    'Thừa Thiên Huế', '',
    'Đề ra mục tiêu để TT-Huế lên thành phố trực thuộc Trung ương 1 năm trước nguyendinhhiep 0 Ngày 16-12, Văn phòng UBND tỉnh TT-Huế cho biết, Bộ Chính trị vừa ban hành Nghị quyết số 54-NQ/TW của Bộ Chính trị do Tổng Bí thư Nguyễn Phú Trọng ký, đặt ra những mục tiêu và chỉ tiêu cụ thể trong việc xây dựng và phát triển TT-Huế đến năm 2030, tầm nhìn đến năm 2045. Trong đó, mục tiêu đến năm 2025, tỉnh trở thành thành phố (TP) trực thuộc Trung ương (T.Ư) trên nền tảng bảo tồn, phát[...]',
    [], ['8.2'], "a tag page on the Politburo's resolution on Thừa Thiên Huế: another level's act")
doc('m141', 'J-502', 'https://kinhtemoitruong.vn/quang-binh-dat-muc-tieu-nam-2023-don-hon-3-trieu-luot-khach-du-lich-74760.html',
    'Quảng Bình', '',
    'Quảng Bình: Đặt mục tiêu năm 2023 đón hơn 3 triệu lượt khách du lịch Theo dõi KTMT trên Năm 2023, Sở Du lịch Quảng Bình đặt chỉ tiêu đón 3 triệu đến 3,5 triệu lượt khách. Tổng thu từ khách du lịch đạt 3.400 đến 3.900 tỷ đồng. Trong năm 2022, ngành du lịch Quảng Bình đã đặt ra kế hoạch phục hồi du lịch rõ ràng, hoàn thành mục tiêu với 2.010.720 lượt khách, gấp 3,53 lần so với cùng kỳ năm 2021 và đạt 100,5% so với kế hoạch năm 2022.',
    [], ['8.2'], "the tourism department's goals of 2023: one sector's goal")
doc('m142', 'dev-016', 'http://baonamdinh.vn/channel/5083/202208/ke-hoach-thuc-hien-chien-luoc-quoc-gia-phat-trien-kinh-te-so-va-xa-hoi-so-giai-doan-2022-2025-2552349/',
    'Nam Định', 'Kế hoạch thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số giai đoạn 2022-2025',
    'Thực hiện Quyết định số 411/QĐ-TTg ngày 31-3-2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số (KTS) và xã hội số (XHS) giai đoạn đến năm 2025, định hướng đến năm 2030 (Chiến lược), ngày 5-8-2022, UBND tỉnh ban hành Kế hoạch số 105/KH-UBND nhằm cụ thể hóa việc triển khai thực hiện Chiến lược trên địa bàn tỉnh hiệu quả, đúng mục tiêu;',
    ['DTI.1'], ['7.1'], "the province's plan 105/KH-UBND implementing the national digital-economy and digital-society strategy: DTI.1 alone (r106, n139)")
doc('m143', 'G-079', 'https://www.quangngai.dcs.vn/kinh-te-xa-hoi/-/asset_publisher/NSBHjZaa4Re2/content/kinh-te-xa-hoi-cua-tinh-6-thang-au-nam-at-ket-qua-tich-c-1?inheritRedirect=false&redirect=https%3A%2F%2Fwww.quangngai.dcs.vn%2Fkinh-te-xa-hoi%3Fp_p_id%3D101_INSTANCE_NSBHjZaa4Re2%26p_p_lifecycle%3D0%26p_p_state%3Dnormal%26p_p_mode%3Dview%26p_p_col_id%3Dcolumn-1%26p_p_col_count%3D1%26_101_INSTANCE_NSBHjZaa4Re2_advancedSearch%3Dfalse%26_101_INSTANCE_NSBHjZaa4Re2_keywords%3D%26_101_INSTANCE_NSBHjZaa4Re2_delta%3D10%26p_r_p_564233524_resetCur%3Dfalse%26_101_INSTANCE_NSBHjZaa4Re2_cur%3D2%26_101_INSTANCE_NSBHjZaa4Re2_andOperator%3Dtrue',
    'Quảng Ngãi', '',
    'Kinh tế Xem với cỡ chữ Tương phản Kinh tế- xã hội của tỉnh 6 tháng đầu năm đạt kết quả tích cực Th 3, 11/07/2023 08:41 SA I. Lĩnh vực kinh tế Tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng đầu năm 2023 ước tính đạt 29.240,3 tỷ đồng (giá so sánh 2010), tăng 2,65% so với cùng kỳ năm 2022; trong đó: nông, lâm nghiệp và thuỷ sản tăng 4,05%; công nghiệp - xây dựng giảm 0,78%; dịch vụ tăng 5,78%; thuế sản phẩm trừ trợ cấp sản phẩm tăng 4,09%. 1.',
    [], ['8.2'], 'six-month socio-economic results: part of a year (k030)')
doc('m144', 'J-014', 'https://thuathienhue.gov.vn/vi-vn/Thong-tin-du-dia-chi/tid/Y-te/newsid/ED47C3AA-E625-4A5E-A0D6-A840009B299E/cid/A089B344-DFFC-4703-B4C9-A80A00918F78',
    'Thừa Thiên Huế', '',
    'NĂM CHỈ TIÊU 2016 2017 2018 2019 2020 Cơ sở y tế 187 190 189 181 Bệnh viện 26 21 23 Số giường bệnh 7.343 7.323 7.940 7806 7.777 Số cán bộ ngành y 4.679 5.236 5.027 4.592 5.025 Bác sĩ 1.487 1.479 1.511 1506 1.596 Cán bộ ngành dược 395 464 410 389 392 Dược sĩ 120 163 146 132 159 Tỷ lệ trẻ em dưới 05 tuổi suy dinh dưỡng (suy dinh dưỡng cân nặng theo chiều cao)(%) 12,00 5,8 Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ các loại vắc xin (%) 97,75 …',
    [], ['8.2'], "the portal's health-statistics table 2016-2020: statistics, no act")
doc('m145', 'A-202', 'https://ldtbxh.hatinh.gov.vn/chuyen-doi-so-giai-phap-de-day-nhanh-lo-trinh-thuc-hien-quy-hoach-tinh-1685244058.html',
    'Hà Tĩnh', '',
    'Phát triển hạ tầng số, cơ sở dữ liệu số, tạo nền tảng phát triển chính quyền số, kinh tế số, hướng đến xã hội số là một trong những giải pháp được đề cập để thực hiện quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. Thực hiện đề án chuyển đổi số, thời gian qua Hà Tĩnh đã triển khai một cách quyết liệt, đạt được nhiều kết quả tích cực. Đây sẽ là nền tảng để góp phần giúp Hà Tĩnh sớm hoàn thành những mục tiêu lớn đề ra theo quy hoạch tỉnh.',
    [], ['DTI.1', '7.1'], "a department's article on DX results 'Thực hiện đề án chuyển đổi số …' and the master plan: the act only the frame (s004)")
doc('m146', 'E-046', 'https://baocamau.vn/uu-tien-chuyen-doi-so-trong-co-quan-nha-nuoc-a38152.html',
    'Cà Mau', '',
    'Phấn đấu 100% thủ tục hành chính (TTHC) đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; 100% hồ sơ tiếp nhận trên Hệ thống thông tin giải quyết TTHC của tỉnh được số hoá thành phần hồ sơ và kết quả giải quyết theo quy định; tối thiểu 90% người dân, doanh nghiệp hài lòng về việc giải quyết TTHC; 70% doanh nghiệp SMEs tiếp cận nền tảng chuyển đổi số (CÐS).',
    [], ['DTI.1', '7.3'], "the committee's plan launching the 2025 DX emulation movement, its targets in the lead: a movement plan, not the DX plan (n014)")
doc('m147', 'F-070', 'https://vneconomy.vn/khoa-hoc-cong-nghe-huong-muc-tieu-chiem-ty-trong-175-gdp.htm',
    '', '',
    'Thủ tướng vừa ký quyết định đặt mục tiêu trong năm 2026, tỷ trọng đóng góp của hoa học công nghệ, đổi mới sáng tạo, chuyển đổi số trong GDP đạt 17,5%... Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 vừa ký Quyết định số 11/QĐ-BCĐCP ban hành Kế hoạch hoạt động năm 2026.',
    [], ['DTI.1'], "the Government steering committee's 2026 plan (11/QĐ-BCĐCP): another level's act")
doc('m148', 'J-437', 'http://game.marimbapop.com/html/114b299724.html',
    'Bình Phước', '',
    '当前位置:首页 > Cúp C2 【kêtqua bong đa anh hôm nay】Năm 2030, Bình Phước trở thành “điểm đến hấp dẫn” của vùng Đông Nam Bộ Đây là mục tiêu được tỉnh Bình Phước đặt ra trong quy hoạch tỉnh thời kỳ 2021-2030,ămBìnhPhướctrởthànhđiểmđếnhấpdẫncủavùngĐôngNamBộkêtqua bong đa anh hôm nay tầm nhìn đến năm 2050. Bản quy hoạch này vừa được Hội đồng nhân dân tỉnh Bình Phước thông qua tại Nghị quyết số 01/NQ-HĐND.',
    [], ['8.2'], 'a spam mirror of news on the council adopting the provincial master plan: a master plan')
doc('m149', 'J-447', 'https://baodongkhoi.vn/tang-truong-kinh-te-hau-giang-dung-thu-2-vung-dong-bang-song-cuu-long-09122024-a139454.html',
    'Hậu Giang', '',
    'Ngày 9-12-2024, phát biểu khai mạc Kỳ họp thứ 23 (kỳ họp cuối năm 2024) HĐND tỉnh Hậu Giang, Khóa X, nhiệm kỳ 2021 - 2026, ông Trần Văn Huyến, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Hậu Giang cho biết, tốc độ tăng trưởng kinh tế năm 2024 của tỉnh đứng thứ 2 vùng Đồng bằng sông Cửu Long (sau tỉnh Trà Vinh đạt 10,04%), xếp thứ hạng cao của cả nước, vượt Nghị quyết HĐND tỉnh trong năm 2024 đề ra 7,5%.',
    ['8.2'], ['6.1'], "the council's year-end session opening on the year's growth against its resolution: the year's account, 8.2 (g048, k033)")
doc('m150', 'D-033', 'https://files.hethongphapluat.com/ke-hoach-86-kh-ubnd-nam-2025-thuc-hien-nghi-quyet-57-nq-tw-ve-dot-pha-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-quoc-gia-nghi-quyet-71-nq-cp-va-ke-hoach-hanh-dong-376-kh-tu-do-tinh-thai-binh-ban-hanh.html',
    'Thái Bình', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 86/KH-UBND Thái Bình, ngày 19 tháng 5 năm 2025 KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA;',
    ['DTI.1', '7.1'], ['1.1'], "the province's plan implementing resolutions 57-NQ/TW and 71/NQ-CP (86/KH-UBND): a DX plan (q046)")
doc('m151', 'A-235', 'https://vnnapo.com/Lào-Cai-phát-triển-chính-quyền-số-hiện-đại-văn-minh-trong-nông-thôn-mới-202410-2985.html',
    'Lào Cai', '',
    'Thực hiện Chương trình Chuyển đổi số trong xây dựng nông thôn mới giai đoạn 2021 - 2025 nhằm từng bước hình thành nông thôn mới thông minh, tỉnh Lào Cai bước đầu đã đạt những kết quả tích cực trên lĩnh vực chính quyền số. Là huyện nông thôn mới đầu tiên của tỉnh Lào Cai, đến nay, Bảo Thắng đã có hệ thống phục vụ giao ban trực tuyến lắp đặt đồng bộ từ huyện đến các xã, thị trấn. Hệ thống quản lý văn bản, việc tổ chức các hội nghị của huyện được thực hiện trên phần mềm do VNPT cung cấp.',
    [], ['7.1', 'DTI.1'], "digital government in a district's new-countryside communes under the DX-in-new-countryside programme: a district's results, one programme")
doc('m152', 'G-089', 'https://huengaynay.vn/chinh-tri-xa-hoi/mot-so-ket-qua-dat-duoc-trong-thuc-hien-nghi-quyet-57-161401.html',
    '', '',
    'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (Ban Chỉ đạo) ngày 25/12/2025 đã tổ chức Hội nghị tổng kết công tác năm 2025 và phương hướng, nhiệm vụ trọng tâm năm 2026, kết hợp trực tuyến tới các điểm cầu trên toàn quốc. Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số chủ trì Hội nghị.',
    [], ['DTI.1'], "the central steering committee's year-end review of resolution 57: another level's meeting")
doc('m153', 'F-072', 'http://www.hethongphapluat.vn/de-an-1330-da-ubnd-nam-2025-thuc-hien-dot-pha-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-tinh-tay-ninh-giai-doan-2025-2030.html',
    'Tây Ninh', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1330/ĐA-UBND Tây Ninh, ngày 22 tháng 9 năm 2025 ĐỀ ÁN THỰC HIỆN ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ TỈNH TÂY NINH GIAI ĐOẠN 2025 - 2030 PHẦN I. SỰ CẦN THIẾT VÀ CƠ SỞ PHÁP LÝ XÂY DỰNG ĐỀ ÁN I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN 1.',
    ['DTI.1', '7.1'], ['1.5'], "the merged province's project for the breakthrough in science, innovation and DX 2025-2030 (1330/ĐA-UBND): a DX project implementing resolution 57 (q046)")
doc('m154', 'B-103', 'https://thanhnien.vn/chuyen-doi-so-o-long-an-chinh-quyen-kien-tao-nguoi-dan-dong-hanh-185250629165710844.htm',
    'Long An', 'Hạ tầng vững, nền tảng rộng, con người là trung tâm',
    'Trao đổi với PV Thanh Niên, ông Nguyễn Văn Út, Chủ tịch UBND tỉnh Long An, khẳng định: "Chuyển đổi số không phải là lựa chọn, mà là con đường tất yếu để phát triển nhanh và bền vững. Chúng tôi xác định người dân là trung tâm, doanh nghiệp là động lực, công nghệ là phương tiện và hạ tầng là nền tảng". Trung tâm điều hành thông minh (IOC) tại TP.Tân An, Long An triển khai mô hình đô thị thông minh đã giúp địa phương chuyển đổi số rất thuận lợi, nhanh chóng ẢNH:',
    [], ['DTI.1', '7.1'], 'a DX feature quoting the chairman, naming no act')
doc('m155', 'J-228', 'https://snnptnt.hanam.gov.vn/Pages/Ke-hoach-Chuong-trinh-MTQG-Nuoc-sach---VSMT-nong-thon-tinh-Ha-Nam-nam-20141495723973.aspx',
    'Hà Nam', '',
    'Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014 Chiến lược, định hướng, quy hoạch, kế hoạch phát triển Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014 Thực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi về việc xây dựng kế hoạch Chương trình MTQG Nước sạch và VSMT nông thôn năm 2014.',
    [], ['8.2'], "the agriculture department's clean-water programme plan of 2014: one programme's plan")
doc('m156', 'A-122', 'https://vanban123.vn/Ke-hoach/Ke-hoach-247-KH-UBND-nam-2022-ve-chuyen-doi-so-tinh-Lang-Son-nam-2023-587944',
    'Lạng Sơn', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 247/KH-UBND Lạng Sơn, ngày 14 tháng 12 năm 2022 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN NĂM 2023 Phần I ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022 I. KẾT QUẢ THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2022 Năm 2022, công tác chuyển đổi số trên địa bàn tỉnh đã được tổ chức chỉ đạo triển khai thực hiện quyết liệt, qua đó đã đạt được một số kết quả ban đầu quan trọng, tạo nền tảng để tổ chức triển khai thực hiện công …',
    ['DTI.1', '7.1'], ['8.2'], "the province's DX plan of 2023 (247/KH-UBND; it opens with 2022's results): DTI.1 + 7.1")
doc('m157', 'E-066', 'http://laocaitv.vn/khoa-hoc-cong-nghe/nhieu-ket-qua-noi-bat-trong-cong-tac-thong-tin-va-truyen-thong-nam-2023',
    'Lào Cai', '',
    'Nhiều kết quả nổi bật trong công tác thông tin và truyền thông năm 2023 22:13 05-01-2024 :533 Laocaitv.vn - Hội nghị trực tuyến tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 vừa được Sở Thông tin và Truyền thông tổ chức ngày 05/1. Quang cảnh Hội nghị. Với nhiều nỗ lực, năm 2023, ngành Thông tin và Truyền thông hoàn thành vượt mức 5 chỉ tiêu, 5 chỉ tiêu đạt 100% kế hoạch. Lĩnh vực công nghệ thông tin, chuyển đổi số tiếp tục đạt nhiều kết quả nổi bật;',
    [], ['DTI.1', '8.2'], "the information department's year-end conference: one department's account")
doc('m158', 'B-135', 'https://vioit.org.vn/vn/quy-hoach/dia-phuong/ke-hoach-chuyen-doi-so-tinh-gia-lai-nam-2023-5197.4102.html',
    'Gia Lai', '',
    'Đánh giá kết quả thực hiện năm 2022 Triển khai Chương trình Chuyển đổi số Quốc gia giai đoạn 2021-2025, định hướng đến năm 2030 (Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ); Chiến lược phát triển Chính phủ điện tử hướng đến Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030 (Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ);',
    ['DTI.1', '7.1'], ['8.2'], "the province's DX plan of 2023 reposted by a research institute (its URL names the plan; the excerpt is its căn cứ under the section heading of 2022's results): DTI.1 + 7.1 (q163, n055)")
doc('m159', 'H-053', 'http://pleiku.gialai.gov.vn/phuong-chi-lang/Gioi-thieu/%C4%90inh-huong-phat-trien-giai-%C4%91oan-2015-2020.aspx',
    'Gia Lai', '',
    'Bộ Thủ tục hành chính công Quy hoạch - kế hoạch Thông tin tuyên truyền Làm theo lời Bác Góp ý cá nhân, tổ chức Hỏi đáp Lịch công tác * Mục tiêu tổng quát: Phát huy tối đa mọi nguồn lực, tiềm năng, lợi thế để phát triển kinh tế, đầu tư chỉnh trang, nâng cấp hạ tầng kỹ thuật và hạ tầng đô thị đáp ứng nhu cầu phát triển của phường đi đôi với bảo vệ môi trường, quản lý trật tự đô thị, đảm bảo an sinh xã hội, không ngừng nâng cao đời sống vật chất và tinh thần của Nhân dân;',
    [], ['8.2'], "a ward's development orientation: a ward's goals")
doc('m160', 'H-064', 'https://dantocmiennui.vn/phuong-an-phu-hop-tag64038.html',
    'Lai Châu', 'Lai Châu có phương án phù hợp đẩy nhanh tiến độ trồng rừng',
    'Thực hiện kế hoạch trồng rừng năm 2022, tỉnh Lai Châu phấn đấu trồng 2.000 ha diện tích rừng và 1.400 ha cây mắc ca. Đến nay, các huyện đã phê duyệt xong hồ sơ thiết kế kỹ thuật trồng rừng với diện tích 2.509 ha.',
    [], ['8.2'], "a tag page on the year's forest-planting goal: a sector goal on a tag page")
doc('m161', 'A-008', 'https://nghean24h.vn/chuyen-doi-so-va-doi-moi-sang-tao-o-nghe-an-lay-su-thu-huong-cua-nguoi-dan-lam-thuoc-do-a769379.html',
    'Nghệ An', '',
    'Những kết quả này được thể hiện rõ nét tại Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và Đề án 06 của tỉnh Nghệ An mới đây. Những con số "biết nói” Báo cáo tại hội nghị, Giám đốc Sở Khoa học và Công nghệ Nguyễn Quý Linh cho biết:',
    [], ['DTI.1', '1.2'], 'the year-end review conference of the steering committee for science, DX, CCHC and Project 06: a review meeting, not a plan or CCHC report (s046)')
doc('m162', 'D-048', 'https://ninhbinhinvest.vn/vi/tin-tuc-su-kien/nam-2023-chi-so-cai-cach-hanh-chinh-cua-ninh-binh-tang-6-bac-so-voi-nam-2022-487.html',
    'Ninh Bình', 'Năm 2023, chỉ số Cải cách hành chính của Ninh Bình tăng 6 bậc so với năm 2022',
    'Ban Chỉ đạo Cải cách hành chính (CCHC) của Chính phủ vừa công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX) của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương. Theo đánh giá của Bộ Nội vụ-cơ quan Thường trực Ban chỉ đạo, Chỉ số CCHC năm 2023 của các tỉnh, thành phố đã trở lại quỹ đạo tăng trưởng tích cực với giá trị trung bình đạt 86,98%, cao hơn 2,19% so với năm 2022. Có 32/63 địa phương đạt kết quả Chỉ số CCHC cao hơn mức trung bình của cả nước;',
    [], ['1.7', '1.1'], "the province's PAR INDEX 2023 rank: a ranking published by others")
doc('m163', 'J-533', 'https://kinhtenongthon.vn/Nam-2024-Soc-Trang-phan-dau-co-them-hai-huyen-dat-chuan-NTM-post59904.html',
    'Sóc Trăng', '',
    'Năm 2023, Sóc Trăng có 7 chỉ tiêu vượt và 11 chỉ tiêu đạt 100% nghị quyết, dự kiến tốc độ tăng trưởng kinh tế của tỉnh năm 2023 đạt cao hơn tốc độ tăng trưởng kinh tế bình quân của cả nước và đứng thứ 7 khu vực đồng bằng sông Cửu Long. Nông dân huyện Long Phú sử dụng thiết bị bay không người lái trong phòng trừ sâu bệnh cho lúa. Ông Lâm Văn Mẫn, Bí thư Tỉnh ủy Sóc Trăng, cho biết:',
    ['8.2'], ['6.1'], "the party secretary's account of the province's whole year 2023 against the resolution's indicators (national news): the year's account, 8.2 (k032, s053); the headline's new-countryside goal is one item")
doc('m164', 'J-515', 'https://hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/yen-thuy-phat-trien-gia-tri-da-dung-cua-he-sinh-thai-rung-tao-sinh-ke-ben-vung-cho-nguoi-dan-52290-1475.html',
    'Hòa Bình', '',
    'Huyện chủ trương phát triển bền vững nguồn cung nguyên liệu gỗ thông qua việc tổ chức thâm canh, mở rộng diện tích trồng rừng gỗ lớn để đảm bảo chủ động cung cấp nguyên liệu cho ngành chế biến gỗ; góp phần nâng cao năng suất, giá trị của rừng trồng và giá trị gia tăng của ngành chế biến gỗ. Phấn đấu sản lượng gỗ nguyên liệu khai thác trong huyện, đáp ứng đủ nhu cầu nguyên liệu cho ngành công nghiệp chế biến gỗ;',
    [], ['8.2'], "a district's forestry orientation: a district's sector goal")
doc('m165', 'E-060', 'https://baoquangtri.vn/topic/chi-so-cai-cach-hanh-chinh-123819',
    'Quảng Trị', '',
    'Giải pháp nâng cao các chỉ số cải cách hành chính ở huyện Hướng Hóa Giải pháp nâng cao các chỉ số cải cách hành chính ở huyện Hướng Hóa QTO - Những năm qua, cùng với việc chỉ đạo, điều hành các nhiệm vụ phát triển kinh tế - xã hội, huyện Hướng Hóa xác định công tác cải cách hành chính (CCHC) là một trong những nhiệm vụ trọng tâm, mang tính đột phá, góp phần thúc đẩy tăng trưởng kinh tế, nâng cao hiệu lực, hiệu quả hoạt động của chính quyền các cấp.',
    [], ['1.7'], "a topic page whose item is a district's CCHC index measures: a district's, on a topic page")
doc('m166', 'F-043', 'http://danvan.vn/Home/Vinh-Phuc-Hoi-nhap-va-phat-trien/16688/Dang-bo-va-nhan-dan-Vinh-Phuc-60-nam-thuc-hien-loi-can-dan-cua-Bac',
    'Vĩnh Phúc', 'Đảng bộ và nhân dân Vĩnh Phúc 60 năm thực hiện lời căn dặn của Bác',
    'Sau 29 năm hợp nhất với tỉnh Phú Thọ, ngày 6/11/1996, tại Kỳ họp thứ 10, Quốc hội khoá IX đã ra Nghị quyết về việc tách tỉnh Vĩnh Phú thành 2 tỉnh Vĩnh Phúc và Phú Thọ. Tỉnh Vĩnh Phúc được tái lập và đi vào hoạt động từ ngày 01/01/1997. Từ khi tái lập tỉnh đến nay, dưới sự lãnh đạo, chỉ đạo của Đảng bộ, chính quyền, Nhân dân các dân tộc trong tỉnh và cộng đồng doanh nghiệp trên địa bàn luôn đoàn kết, chung sức, đồng lòng, tranh thủ thời cơ, phát …',
    [], ['8.2'], "the province's 60-year history and growth: a feature, no act")
doc('m167', 'G-044', 'https://shopstoreadventure.com/thoi-su-thai-nguyen/202412/phu-luong-hoan-thanh-va-vuot-nhieu-chi-tieu-nam-2024-f1e19fc',
    'Thái Nguyên', '',
    'Phú Lương họàn thành và vượt nhìềú chỉ tìêù năm 2024 Lạn Ănh 17:09, 06/12/2024 Ngàỳ 6-12, Hùỵện ủý Phú Lương tổ chức Hộị nghị Băn Chấp hành Đảng bộ hùỹện lần thứ 27 (mở rộng) khóă XXỊV, nhíệm kỳ 2020-2025, để đánh gíá kết qưả công tác lãnh đạô thực hĩện nhịệm vụ chính trị năm 2024; tríển khạĩ nhĩệm vụ trọng tâm năm 2025. Các đồng chí lãnh đạo huyện Phú Lương ủng hộ xóa nhà tạm, nhà dột nát trên địa bàn. Các đồng chí lãnh đạô hủỳện Phú Lương ủng hộ xóạ nhà tạm, nhà đột nát trên địà bàn.',
    [], ['8.2'], "a district party committee's year-end conference (damaged copy): a district's account")
doc('m168', 'J-528', 'https://kontumtv.vn/tin-tuc/tin-trong-nuoc/ubnd-tinh-phat-dong-phong-trao-thi-dua-nam-2023',
    'Kon Tum', '',
    '(kontumtv.vn) – UBND tỉnh phát động phong trào thi đua năm 2023 nhằm thực hiện nhiệm vụ phát triển kinh tế – xã hội, đảm bảo quốc phòng – an ninh, xây dựng hệ thống chính trị của tỉnh. UBND tỉnh đặt ra 15 chỉ tiêu chủ yếu phấn đấu thực hiện. Cụ thể, trong năm 2023, nâng tốc độ tăng trưởng GRDP đạt từ 10% trở lên; GRDP bình quân đầu người trên 57 triệu đồng; thu ngân sách nhà nước đạt 4.500 tỷ đồng và giá trị xuất khẩu đạt 290 triệu USD. Đồng thời phấn đấu thành lập mới 360 doanh nghiệp;',
    [], ['8.2'], "hard call: the committee launching the emulation movement of 2023 and restating the year's 15 main targets: a movement plan (n014, n195), not the year's socio-economic plan")
doc('m169', 'H-044', 'http://xuctiendautuhagiang.gov.vn/chi-tiet-bv/ket-qua-thuc-hien-nhiem-vu-phat-trien-kinh-te-xa-hoi-nam-2017.html',
    'Hà Giang', '',
    'Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2017 Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2017 Ngày đăng: 03/01/2018, 09:24 am Lượt xem: 4945 Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2017 Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 7,36% so với năm 2016 (vượt mục tiêu Nghị quyết 0,36%). Cơ cấu kinh tế: Nông lâm nghiệp và thủy sản chiếm 30,9%; Công nghiệp và xây dựng chiếm 22,5%; Thương mại - dịch vụ chiếm 46,7%.',
    ['8.2'], ['6.1'], "the province's results of the 2017 socio-economic tasks against the resolution on its investment portal: the year's account, 8.2 (k032)")
doc('m170', 'A-173', 'http://chuyendoiso.quangnam.gov.vn/chi-tiet-tin/group/105/nid/10099/bac-kan-day-manh-chuyen-doi-so',
    'Bắc Kạn', '',
    'Hội Nông dân và Bưu điện tỉnh Bắc Kạn ký kết thỏa thuận hợp tác hỗ trợ nông dân chuyển đổi số trong sản xuất và tiêu thụ nông sản. (Ảnh: THU TRANG) Bắc Kạn phấn đấu đến năm 2030, chính quyền số được hình thành, các hoạt động của chính quyền thực hiện 100% trên không gian số; kinh tế số chiếm vai trò lớn trong tăng trưởng GRDP; phát triển xã hội số an toàn; bảo đảm an toàn, an ninh mạng.',
    [], ['DTI.1', '7.1'], "news of Bắc Kạn's DX goal to 2030 on another province's DX portal, naming no act")
doc('m171', 'J-019', 'https://giaothuong.congthuong.vn/quang-binh-quang-tri-phan-dau-muc-tieu-tang-truong-8-375469.html',
    '', 'Các địa phương điều chỉnh mục tiêu tăng trưởng',
    'Năm nay là năm đầu tiên Chính phủ giao chỉ tiêu tăng trưởng cho các địa phương. Đối với 2 địa phương ở miền Trung là Quảng Bình và Quảng Trị, Hội đồng Nhân dân các địa phương này cũng đã điều chỉnh mục tiêu tăng trưởng theo tinh thần chỉ đạo của Chính phủ, tạo nền tảng để đạt tốc độ tăng trưởng 2 con số trong giai đoạn 2026 - 2030. Nhà máy Nhiệt điện Quảng Trạch I- hình minh hoạ (Ảnh:',
    [], ['8.2'], "two provinces adjusting their 2025 growth goals after the Government's assignment: no province of its own, the Government's assignment")
doc('m172', 'D-075', 'https://dttc.sggp.org.vn/soc-trang-quyet-liet-day-manh-chuyen-doi-so-post111338.html',
    'Sóc Trăng', '',
    'Bước đầu, chuyển đổi số đóng góp tích cực vào công tác cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao sự hài lòng của người dân và doanh nghiệp. Giải quyết hồ sơ công việc trên môi trường mạng Ngày 27-10-2021, Ban Chấp hành Đảng bộ tỉnh Sóc Trăng khóa XIV đã ban hành Nghị quyết 07-NQ/TU về “Chuyển đổi số tỉnh Sóc Trăng đến năm 2025, định hướng đến năm 2030”.',
    [], ['DTI.1', '7.1'], 'a DX results feature naming the resolution 07-NQ/TU only after a general lead, under a results sub-heading (n098)')
doc('m173', 'H-051', 'https://baocamau.vn/video/xem-video/dau-an-nua-chang-duong-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-2404.html',
    'Cà Mau', '',
    '09/04/2024 13:48 (CMO) Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh đã qua nửa thời gian thực hiện. Theo kết quả rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo tiếp cận đa chiều, cuối năm 2023, toàn tỉnh còn 9.604 hộ nghèo, chiếm tỷ lệ 3,14%; hộ cận nghèo là 6.943 hộ, chiếm tỷ lệ 2,27%.',
    [], ['8.2'], "poverty figures at the national poverty programme's midpoint: a programme's results")
doc('m174', 'dev-054', 'https://enternews.vn/quang-ninh-tang-21-bac-trong-chi-so-papi-2017-127226.html',
    'Quảng Ninh', '',
    'Báo cáo nêu bức tranh tổng quát về hiệu quả công tác điều hành, quản lý Nhà nước và cung ứng dịch vụ công từ góc nhìn và trải nghiệm của người dân năm 2017. Báo cáo PAPI 2017 phản ánh ý kiến của 14.097 cử tri với đặc điểm nhân khẩu học đa dạng, đại diện cho người dân của 63 tỉnh/thành phố trên toàn quốc. Qua đó, các cấp chính quyền có thể nắm bắt được phần nào kỳ vọng của công dân đối với nền quản trị và hành chính công của đất nước.',
    [], ['PAPI.1'], 'PAPI 2017 published by UNDP and partners: a ranking published by others')
doc('m175', 'B-089', 'https://www.baodaklak.vn/phong-su-ky-su/202505/buc-tranh-nhieu-mau-trong-chi-so-papi-tinh-dak-lak-nam-2024-2330d26',
    'Đắk Lắk', '',
    "Multimedia Đọc Báo in Bức tranh “nhiều màu” trong chỉ số PAPI tỉnh Đắk Lắk năm 2024 08:16, 12/05/2025 Kết quả xếp hạng Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024 vừa được công bố, tỉnh Đắk Lắk xếp hạng 39/61/63 tỉnh, thành phố cả nước. Tỉnh đang tiếp tục đề ra nhiều giải pháp để cải thiện, tăng điểm các tiêu chí, tiêu chí thành phần thuộc 8 nội dung cấu thành chỉ số PAPI. Chung quanh vấn đề này, phóng viên Báo Đắk Lắk đã phỏng vấn bà AYUN H'HƯƠNG, Phó Giám đốc Sở Nội vụ.",
    [], ['PAPI.1'], "the home-affairs department's interview on the PAPI 2024 rank: one department's analysis (n171), not the province's plan")
doc('m176', 'J-210', 'https://cauvongtuoitho.vn/tags/top%2010',
    'Hưng Yên', '',
    'GD&TĐ - Theo dự thảo Kế hoạch, Hưng Yên đặt mục tiêu đến năm 2030, ngành giáo dục và đào tạo của tỉnh thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước.',
    [], ['8.2'], 'a tag page on a draft education plan: a draft, one sector')
doc('m177', 'J-434', 'https://thapmuoi.dongthap.gov.vn/web/htm/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/18225390?plidlayout=5060',
    'Đồng Tháp', '',
    'Xuất bản thông tin null Năm 2024 – Chủ tịch UBND huyện Tháp Mười ký cam kết thực hiện 11 nội dung với Chủ tịch UBND tỉnh Trang chủ Tin tức Năm 2024 – Chủ tịch UBND huyện Tháp Mười ký cam kết thực hiện 11 nội dung với Chủ tịch UBND tỉnh Với quyết tâm hành động, thực hiện thắng lợi chương trình, mục tiêu phát triển kinh tế xã hội năm 2024, tạo tiền đề vững chắc cho những năm tiếp theo, Chủ tịch UBND huyện Tháp Mười ký cam kết với Chủ tịch UBND Tỉnh thực hiện hiệu quả, đạt và vượt 11 nội dung trong năm 2024.',
    [], ['8.2', '5.6'], "a district chairman's commitments of 2024 to the provincial chairman: a district's act")
doc('m178', 'B-006', 'https://cadn.com.vn/da-nang-lay-chuyen-doi-so-lam-dong-luc-phat-trien-post308353.html',
    'Đà Nẵng', 'Đà Nẵng lấy chuyển đổi số làm động lực phát triển',
    'Chuyển đổi số là tất yếu khách quan, là lựa chọn chiến lược, ưu tiên hàng đầu để các quốc gia phát triển nhanh, bền vững trong kỷ nguyên số. Thời gian qua, Đảng và Nhà nước đã có nhiều chủ trương, đường lối về chuyển đổi số quốc gia và đã đạt nhiều kết quả tích cực. Trong các tỉnh thành phố, Đà Nẵng đang trở thành lá cờ đầu trong quá trình này. Kể từ năm 2020 đến nay, TP Đà Nẵng luôn là địa phương dẫn về chuyển đổi số nói chung và dịch vụ công trực tuyến nói riêng. Ở thời điểm hiện tại, TP.',
    [], ['DTI.1', '7.3'], 'a DX feature naming no act')
doc('m179', 'D-015', 'https://chinhsachcuocsong.vnanet.vn/chuyen-doi-so-lam-thay-doi-hoat-dong-cua-chinh-quyen-doanh-nghiep-nguoi-dan/35636.html',
    'Yên Bái', '',
    'Đến nay, Yên Bái đã triển khai công tác chuyển đổi số một cách bài bản, khoa học, sáng tạo, hiệu quả, đạt nhiều kết quả tích cực, có mặt nổi trội. Chỉ số chuyển đổi số (DTI) của tỉnh tăng nhanh và đều qua các năm. TTXVN - Ngày 13/3, UBND tỉnh Yên Bái tổ chức Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024, trong đó công bố quyết định phê duyệt kết quả xếp hạng chỉ số chuyển đổi số của các sở, ban, ngành; các huyện, thị xã, thành phố trên địa bàn tỉnh năm 2023.',
    ['7.1'], ['DTI.1'], "the conference deploying the year's DX tasks where the province's ranking of its departments' and districts' DX level for 2023 is announced: the ranking is 7.1 (s064, n124); the meeting is not the DX plan (r055)")
doc('m180', 'E-068', 'https://baobackan.vn/so-thong-tin-va-truyen-thong-bac-kan-trien-khai-nhiem-vu-nam-2025-post68624.html',
    'Bắc Kạn', '',
    'Quang cảnh Hội nghị triển khai nhiệm vụ năm 2025. Năm 2024, các hoạt động thông tin, báo chí, xuất bản được thực hiện đúng tôn chỉ, mục đích, giấy phép hoạt động và bám sát nhiệm vụ chính trị của tỉnh. Hoạt động xuất bản, in và phát hành tiếp tục góp phần tích cực vào công tác thông tin tuyên truyền của Đảng, Nhà nước, đáp ứng nhu cầu ngày càng đa dạng về văn hóa đọc của Nhân dân.',
    [], ['DTI.1'], "the information department's year-end conference: one department's account")


if __name__ == "__main__":
    out = Path(__file__).with_name("fresh27.jsonl")
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in D), encoding="utf-8")
    print(f"{len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs -> {out.name}")
