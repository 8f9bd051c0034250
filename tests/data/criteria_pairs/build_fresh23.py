"""Writes fresh23.jsonl: a fifth set of fresh labelled pages (session 24, issue 15), a test set the mapping rules
and the shipped ranker were not written from; it is not in the trainer's loader and must stay out of it.
Source: pages of the extraction corpus (`tests/data/devset/cases.jsonl`, `tests/data/corpus/part-{A,B,D,E,F,G,H}.jsonl`
and `part-J1`..`J6`; never parts I or K) whose URL is in none of the seven older pair files (host without
`www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query). The corpus labels targets, never criteria, so the mapper was never
labelled on these pages. The excerpt (title; the page's lead, or the official text's header, số, date and trích yếu up to
about 450 characters) was cut from the corpus text by a small script, then read and labelled by hand, model-blind: no
mapper, ranker or extractor was run on any page before this file was committed with its labels. `corpus_id` names the
corpus page each line came from (its text is embedded here, so later corpus edits cannot move the numbers). Labels
follow the README's rules, "Overlapping criteria: one rule for all three files" and the fresh19-22 rules included.
Run it to regenerate fresh23.jsonl."""
import json
from pathlib import Path

D = []


def doc(id, corpus_id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note, "corpus_id": corpus_id})

doc('r001', 'J-352', 'https://m.thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1546-QD-UBND-2024-Ke-hoach-cai-cach-hanh-chinh-Quang-Ngai-nam-2025-634563.aspx',
    'Quảng Ngãi', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1546/QĐ-UBND Quảng Ngãi, ngày 04 tháng 12 năm 2024 QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 TỈNH QUẢNG NGÃI CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;',
    ['1.1'], ['1.2'], "the province's decision issuing its CCHC plan of the year: 1.1")
doc('r002', 'J-428', 'https://www.vietnamplus.vn/ha-noi-cai-cach-hanh-chinh-chuyen-doi-so-la-dong-luc-trung-tam-cua-tang-truong-post1093788.vnp',
    'Hà Nội', '',
    'Xác định cải cách hành chính là nhiệm vụ chính trị trọng tâm, cấp bách, thành phố Hà Nội đang đẩy mạnh thực hiện cải cách hành chính và chuyển đổi số thực sự trở thành động lực trung tâm của tăng trưởng, đóng góp trực tiếp vào mục tiêu tăng trưởng GRDP năm 2026 từ 11% trở lên. Thành phố Hà Nội đặt mục tiêu tiếp tục nằm trong nhóm các tỉnh, thành phố dẫn đầu cả nước về Chỉ số cải cách hành chính (PAR INDEX).',
    [], ['1.1', '1.7'], "news of the city's CCHC drive and PAR target naming no plan or act: nobody's evidence (hard call, as x337)")
doc('r003', 'G-068', 'https://thoibaotaichinhvietnam.vn/cai-cach-hanh-chinh-tiep-tuc-la-khau-dot-pha-cua-hai-phong-trong-nam-2026-190093.html',
    'Hải Phòng', '',
    '(TBTCO) - Ông Lê Ngọc Châu - Chủ tịch UBND TP. Hải Phòng vừa ký ban hành Quyết định số 5256/QĐ-UBND về kế hoạch cải cách hành chính (CCHC) năm 2026, tạo đột phá trong công tác lãnh đạo, chỉ đạo, điều hành của các cấp, các ngành trên địa bàn thành phố; phấn đấu top 3 địa phương dẫn đầu cả nước về cải cách hành chính.',
    ['1.1'], ['1.7'], "news of the chairman's decision issuing the city's CCHC plan of 2026: 1.1")
doc('r004', 'F-039', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-257-KH-UBND-2025-cai-cach-hanh-chinh-Thanh-Hoa-686054.html',
    'Thanh Hóa', 'Kế hoạch 257/KH-UBND năm 2025 cải cách hành chính trên địa bàn tỉnh Thanh Hóa năm 2026',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 257/KH-UBND Thanh Hóa, ngày 22 tháng 12 năm 2025\nCẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH THANH HÓA NĂM 2026\nThực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về việc ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; UBND tỉnh Thanh Hóa ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh năm 2026, với những nội dung cụ thể sau:\n1.',
    ['1.1'], ['1.2'], "the province's CCHC plan of 2026: 1.1")
doc('r005', 'F-022', 'https://amp.baodautu.vn/cai-cach-hanh-chinh-gop-phan-xay-dung-nen-hanh-chinh-hien-dai-hieu-qua-phuc-vu-d463674.html',
    '', 'Cải cách hành chính góp phần xây dựng nền hành chính hiện đại, hiệu quả, phục vụ',
    'Thứ trưởng Bộ Nội vụ Nguyễn Văn Hồi trình bày Báo cáo kết quả thực hiện cải cách hành chính giai đoạn 2022-2025 và các nhiệm vụ, giải pháp trọng tâm giai đoạn 2026-2030. Tại Hội nghị Sơ kết 1 năm triển khai chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW, 5 năm thực hiện chương trình tổng thể cải cách hành chính Nhà nước, 4 năm triển khai Đề án 06, Thứ trưởng Bộ Nội vụ Nguyễn Văn Hồi trình bày Báo cáo kết quả thực hiện cải …',
    [], ['1.2', '1.1'], "the home-affairs ministry's national CCHC review at a Government conference: nobody's evidence")
doc('r006', 'F-049', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-196-KH-UBND-2024-thuc-hien-cai-cach-hanh-chinh-Soc-Trang-2025-659040.html',
    'Sóc Trăng', 'Kế hoạch 196/KH-UBND năm 2024 thực hiện cải cách hành chính năm 2025 do tỉnh Sóc Trăng ban hành',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 196/KH-UBND Sóc Trăng, ngày 23 tháng 12 năm 2024 THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2025\nCăn cứ Kế hoạch số 163/KH-UBND ngày 24/11/2021 của UBND tỉnh Sóc Trăng về cải cách hành chính tỉnh Sóc Trăng giai đoạn 2021 - 2030.\nĐể tiếp tục triển khai công tác cải cách hành chính (CCHC) tại địa phương, UBND tỉnh Sóc Trăng ban hành Kế hoạch thực hiện CCHC năm 2025 như sau: 1.',
    ['1.1'], ['1.2'], "the province's CCHC plan of 2025: 1.1")
doc('r007', 'E-061', 'https://baoquangnam.vn/thanh-lap-nhieu-mo-hinh-cai-cach-thu-tuc-hanh-chinh-o-thang-binh-3129053.html',
    'Quảng Nam', '',
    '(QNO) - UBND huyện Thăng Bình vừa tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023 và triển khai nhiệm vụ năm 2024. Năm 2023, toàn huyện Thăng Bình tiếp nhận hơn 37 nghìn hồ sơ thủ tục hành chính. Trong đó cấp huyện hơn 16 nghìn hồ sơ, giải quyết 15.182 hồ sơ; tỷ lệ giải quyết trước hạn và đúng hạn đạt 67,58%, hồ sơ trực tuyến đạt 15,94%; cấp xã tiếp nhận hơn 21 nghìn hồ sơ, giải quyết 20.786 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 85,75%.',
    [], ['1.2', '3.3'], "a district's CCHC review of the year: not the province's report (issuer level)")
doc('r008', 'A-169', 'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-2228-QD-UBND-2025-Ke-hoach-cai-cach-hanh-chinh-Nha-nuoc-Nghe-An-665333.html',
    'Nghệ An', 'Quyết định 2228/QĐ-UBND về Kế hoạch cải cách hành chính Nhà nước tỉnh Nghệ An năm 2025',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2228/QĐ-UBND Nghệ An, ngày 15 tháng 7 năm 2025\nBAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH NGHỆ AN NĂM 2025 ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Nghị quyết số 76/2021/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể Cải cách hành chính Nhà nước giai đoạn 2021-2030;\nCăn cứ Nghị quyết số 05/NQ-TU ngày 14/12/2021 …',
    ['1.1'], ['1.2'], "the province's decision issuing its CCHC plan of 2025: 1.1")
doc('r009', 'E-063', 'https://www.baokhanhhoa.vn/phong-su/chung-tay-cai-cach-hanh-chinh/202202/khanh-vinh-xep-thu-2-toan-tinh-ve-phan-tich-chi-so-cai-cach-hanh-chinh-nam-2021-8243443/',
    'Khánh Hòa', 'Khánh Vĩnh: Xếp thứ 2 toàn tỉnh về phân tích chỉ số cải cách hành chính năm 2021',
    'Thứ Ba, 15/02/2022, 22:09 [GMT+7] Khánh Vĩnh: Xếp thứ 2 toàn tỉnh về phân tích chỉ số cải cách hành chính năm 2021 Ngày 15-2, huyện Khánh Vĩnh tổ chức tổng kết công tác cải cách hành chính (CCHC) năm 2021 và triển khai phương hướng nhiệm vụ năm 2022. Năm 2021, toàn huyện đã tiếp nhận 14.570 hồ sơ, đã giải quyết 14.322 hồ sơ. Trong đó, đúng hạn và trước hạn 14.283 hồ sơ, đạt tỷ lệ 98,03%; 26 hồ sơ trễ hạn, đạt tỷ lệ 0,18%.',
    [], ['1.7', '1.2'], "a district's CCHC review naming its rank in the province's index: the district's news, not the province's act")
doc('r010', 'A-045', 'https://lite.baomoi.com/dau-an-cai-cach-hanh-chinh-c52793923.epi',
    'Thanh Hóa', 'Dấu ấn cải cách hành chính',
    "Năm 2025 là năm cuối cùng thực hiện khâu đột phá về 'Đẩy mạnh cải cách hành chính, tạo môi trường đầu tư thông thoáng, hấp dẫn' giai đoạn 2021-2025. Với sự quyết liệt trong chỉ đạo, điều hành và tổ chức thực hiện, 23 nhiệm vụ đặt ra trong 6 tháng đầu năm đã được hoàn thành. Đây là nền tảng quan trọng để Thanh Hóa phấn đấu hoàn thành cao nhất các mục tiêu, nhiệm vụ còn lại trong những tháng cuối năm.",
    ['1.2'], ['1.1'], "news of the province's six-month CCHC results (tasks done): 1.2, as x061")
doc('r011', 'G-029', 'https://gialaitv.vn/tin-dia-phuong/he-thong-thong-tin-giai-quyet-thu-tuc-hanh-chinh-cua-tinh-gia-lai-da-tiep-nhan-gan-14-600-ho-so',
    'Gia Lai', '',
    'Trong tháng 01 năm 2025, Hệ thống thông tin giải quyết thủ tục hành chính (TTHC) của tỉnh Gia Lai đã tiếp nhận tổng cộng 14.579 hồ sơ. Kết quả cho thấy, có 13.794 hồ sơ được giải quyết sớm hạn, 134 hồ sơ giải quyết đúng hạn và 651 hồ sơ giải quyết trễ hạn, tỷ lệ giải quyết đúng hạn đạt 95,53%. Cùng với đó, các thủ tục hành chính của tỉnh đã được cung cấp trên Hệ thống thông tin giải quyết TTHC của tỉnh, bao gồm: 1.618 TTHC cung cấp Dịch vụ công trực tuyến (DVCTT) toàn trình, 143 TTHC cung cấp DVCTT một phần, và đã tích hợp được 614 DVCTT lên Cổng Dịch vụ công quốc gia.',
    ['3.3', '7.3'], ['7.4'], "provincial TV on the month's on-time rate and online services of the province's system: 3.3 + 7.3 (results in the criteria's subject, f004 rule)")
doc('r012', 'B-085', 'https://hethongphapluat.com/quyet-dinh-3037-qd-ubnd-nam-2021-ve-chuong-trinh-cai-cach-hanh-chinh-tinh-an-giang-giai-doan-2021-2030.html',
    'An Giang', '',
    'ỦY BAN NHÂN DÂN TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 3037/QĐ-UBND An Giang, ngày 21 tháng 12 năm 2021 QUYẾT ĐỊNH\nBAN HÀNH CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH TỈNH AN GIANG GIAI ĐOẠN 2021 - 2030 ỦY BAN NHÂN DÂN TỈNH AN GIANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 …',
    [], ['1.1'], "the province's ten-year CCHC programme 2021-2030: not the year's plan (h001 rule)")
doc('r013', 'A-074', 'https://nongnghiepmoitruong.vn/ha-noi-dam-bao-100-thu-tuc-hanh-chinh-truc-tuyen-dung-han-d763806.html',
    'Hà Nội', 'Hoàn thành chỉ tiêu trực tuyến trước 30/7',
    'Theo chỉ đạo của UBND thành phố Hà Nội, các xã, phường phải đạt tối thiểu 60% hồ sơ TTHC được tiếp nhận trực tuyến, trong đó ít nhất 20% hồ sơ phải là toàn trình, hoàn thành trước ngày 30/7/2025. Đặc biệt, 100% kết quả giải quyết TTHC phải được trả trước hoặc đúng hạn và cấp bản điện tử theo quy định của Chính phủ. Hà Nội cấp hộ chiếu trực tuyến tại Trung tâm Phục vụ hành chính công. Ảnh: Cổng TTĐT TP Hà Nội.',
    ['7.3'], ['3.3'], "the city's direction that communes reach online-dossier targets: 7.3 (as v001)")
doc('r014', 'J-220', 'https://hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/ket-qua-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-52157-1475.html',
    'Hòa Bình', '',
    'Để triển khai đảm bảo các mục tiêu đã đề ra, ngay từ đầu năm, UBND tỉnh đã ban hành các văn bản quan trọng để chỉ đạo, điều hành nhiệm vụ CCHC của tỉnh; tổ chức Cuộc thi trực tuyến tìm hiểu về công tác cải cách hành chính trong cán bộ, công chức, viên chức tỉnh Hòa Bình năm 2024 và đẩy mạnh cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) tỉnh.',
    ['1.2'], ['1.1'], "the province's six-month CCHC results on its portal: 1.2")
doc('r015', 'J-204', 'https://sonoivu.sonla.gov.vn/tin-tuc-su-kien/ket-qua-thuc-hien-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-2025-tren-dia-ban-tinh-son-la-927377',
    'Sơn La', 'Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025 trên địa bàn tỉnh Sơn La',
    'Năm 2025 được xác định là năm “tăng tốc, bứt phá”, tháo gỡ khó khăn, vượt qua thách thức, phấn đấu đạt kết quả cao nhất các mục tiêu, chỉ tiêu của kế hoạch 5 năm 2021 - 2025. Ngay từ đầu năm 2025, với tinh thần quyết liệt đổi mới, sáng tạo, UBND tỉnh đã ban hành những nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2025.',
    ['1.2'], ['8.2'], "the province's six-month CCHC results on the home-affairs department's site: 1.2; the socio-economic plan is only its frame")
doc('r016', 'G-013', 'https://bacninhtv.vn/tin-tuc-n21096/ty-le-so-hoa-thanh-phan-ho-so-thang-10-toan-tinh-dat-100.html',
    'Bắc Ninh', '',
    '(BTV) Tháng 10, Trung tâm Hành chính công tỉnh đã đẩy mạnh triển khai các giải pháp nâng cao chất lượng cung cấp và thực hiện dịch vụ công trực tuyến, qua đó đạt được những kết quả tích cực. Trong đó, tỷ lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt trung bình 98%; chỉ tiêu số hóa thành phần hồ sơ đạt 100%.',
    ['7.3', '7.4'], ['3.3'], "the provincial centre's monthly results: online payment (7.3) and digitised dossier components (7.4)")
doc('r017', 'G-035', 'https://vpubnd.laichau.gov.vn/tin-tuc-su-kien/chuyen-de/cai-cach-hanh-chinh/ke-hoach-cai-cach-hanh-chinh-nam-2026.html',
    'Lai Châu', 'Kế hoạch cải cách hành chính năm 2026',
    'Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND về công tác cải cách hành chính năm 2026. Thực hiện Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh về cải cách hành chính tỉnh Lai Châu năm 2026;',
    [], ['1.1'], "the people's committee office's own CCHC plan: one agency's plan (x293 rule)")
doc('r018', 'A-119', 'https://baomoi.net.vn/quyet-liet-cai-cach-hanh-chinh-tao-nen-tang-thuc-day-phat-trien-kinh-te-c51560693.epi',
    'Nam Định', 'Quyết liệt cải cách hành chính, tạo nền tảng thúc đẩy phát triển kinh tế',
    'Để tăng sức cạnh tranh thu hút đầu tư, tỉnh đã quyết liệt chỉ đạo cải cách hành chính (CCHC), cải thiện hình ảnh nền hành chính phục vụ, đột phá các điểm nghẽn góp phần thúc đẩy sự phát triển kinh tế - xã hội bền vững, đưa Nam Định trở thành điểm đến hấp dẫn của nhà đầu tư trong và ngoài nước. Người dân, doanh nghiệp thực hiện thủ tục hành chính tại Trung tâm Phục vụ hành chính công, Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh.',
    [], ['PCI.1', '1.1'], "general news of the province's CCHC drive for investors naming no act (x337)")
doc('r019', 'B-002', 'http://baokiemtoan.vn/cai-cach-hanh-chinh-ptag.html',
    'Bình Định', 'Bình Định: Nhiều chuyển biến tích cực trong công tác cải cách hành chính',
    '(BKTO) - Xác định cải cách hành chính là khâu đột phá để xây dựng một nền hành chính hiện đại, chuyên nghiệp, phục vụ cho mục tiêu phát triển kinh tế - xã hội, thời gian qua, tỉnh Bình Định luôn quan tâm đẩy mạnh công tác này. Nhờ đó, nền hành chính của tỉnh đã có nhiều chuyển biến tích cực.',
    [], ['1.2'], 'a newspaper tag page teaser of general CCHC news')
doc('r020', 'G-001', 'https://thoibaotaichinhvietnam.vn/hoan-thien-the-che-dot-pha-cua-dot-pha-192273.html',
    '', '',
    'Kế hoạch cải cách hành chính nhà nước trọng tâm giai đoạn 2026 - 2030 xác định, tiếp tục đột phá xây dựng và hoàn thiện thể chế, giải phóng mọi nguồn lực cho phát triển; coi đây là "đột phá của đột phá", lợi thế cạnh tranh quốc gia. Thủ tướng Chính phủ Phạm Minh Chính vừa ký Quyết định số 282/QĐ-TTg ban hành Kế hoạch cải cách hành chính nhà nước trọng tâm giai đoạn 2026 - 2030. Mức độ hài lòng của người dân, doanh nghiệp là "thước đo" đánh giá chất lượng phục vụ của cơ quan hành chính nhà nước các cấp. Ảnh: Đức Thanh.',
    [], ['1.1', '8.1'], "the Prime Minister's national CCHC plan 2026-2030: another level's act")
doc('r021', 'D-025', 'http://sonoivu.sonla.gov.vn/2014/01/ve-viec-phe-duyet-ke-hoach-cai-cach-hanh-chinh-nha-nuoc-tren-dia-ban-tinh-son-la-nam-2014.html',
    'Sơn La', 'Về việc phê duyệt Kế hoạch cải cách hành chính nhà nước trên địa bàn tỉnh Sơn La năm 2014',
    'Đăng ngày: 24/01/2014 09:59:30 Năm 2014 là năm tiếp tục thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 – 2020 của Chính phủ; Nhằm xây dựng nền hành chính của tỉnh trong sạch, vững mạnh, chuyên nghiệp, hoạt động có hiệu lực, hiệu quả, tạo chuyển biến mạnh mẽ để thúc đẩy kinh tế xã hội của tỉnh phát triển hợp lý, bền vững phù hợp với xu thế phát triển chung của cả nước.',
    ['1.1'], ['1.2'], "the home-affairs department relays the province's approved CCHC plan of 2014: 1.1")
doc('r022', 'B-136', 'https://lite.baomoi.com/day-manh-tuyen-truyen-cai-cach-hanh-chinh-c51936029.epi',
    'Lâm Đồng', 'Đẩy mạnh tuyên truyền cải cách hành chính',
    'Thời gian qua, công tác cải cách hành chính (CCHC) trên địa bàn tỉnh tiếp tục được Tỉnh ủy, UBND tỉnh quan tâm, sát sao chỉ đạo thực hiện. Cùng với đó, việc hợp nhất các Ban Chỉ đạo thành Ban Chỉ đạo CCHC, Chuyển đổi số và Đề án 06 tỉnh đã tạo sự thống nhất trong chỉ đạo thực hiện, gắn công tác CCHC với nhiệm vụ trọng tâm, xuyên suốt trong thực hiện nhiệm vụ chính trị của tỉnh.',
    ['1.4'], ['1.1'], "news of the province's CCHC communication: 1.4 (hard call: results in the criterion's subject)")
doc('r023', 'G-036', 'http://haphong.halongcity.gov.vn/bao-cao-ket-qua-thuc-hien-cai-cach-hanh-chinh-va-ke-hoach-so-04-kh-ubnd-ngay-09-01-2023-cua-ubnd-thanh-pho-nam-2023-p13n53672.html',
    'Quảng Ninh', 'Báo cáo Kết quả thực hiện cải cách hành chính và Kế hoạch số 04/KH-UBND ngày 09/01/2023 của UBND Thành phố năm 2023',
    'Báo cáo số 228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về Kết quả thực hiện cải cách hành chính và Kế hoạch số 04/KH-UBND ngày 09/01/2023 của UBND Thành phố năm 2023; I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH 1. Tình hình quán triệt và tuyên truyền Cải cách hành chính (CCHC) và triển khai thực hiện Nghị quyết số 124/NQ-HĐND ngày 04/11/2022 của HĐND tỉnh (sau đây gọi tắt là NQ 124) Phường Hà Phong luôn quan tâm công tác lãnh đạo, chỉ đạo tổ chức …',
    [], ['1.2'], "a ward's CCHC report: issuer level")
doc('r024', 'B-020', 'http://cchccantho.gov.vn/Thanh-pho-Can-Tho-day-manh-cong-tac-cai-cach-hanh-chinh-phat-trien-kinh-te-xa-hoi',
    'Cần Thơ', 'Thành phố Cần Thơ đẩy mạnh công tác cải cách hành chính phát triển kinh tế xã hội',
    'Sau hơn 10 năm thực hiện Chương trình tổng thể cải cách hành chính (CCHC) nhà nước (2004 – 2015) trên địa bàn thành phố Cần Thơ, một trong những thành tựu đáng ghi nhận là chính quyền các cấp ngày càng gần dân hơn; đội ngũ cán bộ, công chức, viên chức (CBCCVC) ngày càng nâng cao năng lực và tinh thần trách nhiệm trong phục vụ người dân, doanh nghiệp, tổ chức.',
    [], ['1.2'], "an article reviewing ten years of the city's CCHC: not a periodic report")
doc('r025', 'A-151', 'https://www.tienphong.vn/xa-hoi/cai-cach-hanh-chinh-80-nguoi-dan-hai-long-967555.tpo',
    '', "Cải cách hành chính, 80% người dân 'hài lòng'",
    'TP - Thủ tướng Chính phủ vừa ban hành Kế hoạch cải cách hành chính Nhà nước giai đoạn 2016 - 2020 với mục tiêu cải cách thể chế; nâng cao chất lượng đội ngũ cán bộ và chất lượng dịch vụ hành chính... Mục tiêu của kế hoạch này là nhằm tiếp tục đẩy mạnh triển khai thực hiện Chương trình tổng thể cải cách hành chính Nhà nước giai đoạn 2011 - 2020, trong đó, tập trung thực hiện các trọng tâm: Cải cách thể chế;',
    [], ['1.1'], "national news of the Prime Minister's CCHC plan 2016-2020")
doc('r026', 'A-004', 'https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/ke-hoach-129-kh-ubnd-2021-doi-moi-co-che-mot-cua-giai-quyet-thu-tuc-hanh-chinh-tinh-bac-giang-489999.aspx',
    'Bắc Giang', '',
    'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 129/KH-UBND Bắc Giang, ngày 29 tháng 4 năm 2021 KẾ HOẠCH\nTRIỂN KHAI ĐỀ ÁN ĐỔI MỚI VIỆC THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA\nLIÊN THÔNG TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH BẮC GIANG Thực hiện Quyết định số\n468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc\nthực hiện cơ chế một cửa, một cửa liên thông trong …',
    ['3.3'], ['3.1'], "the province's plan implementing the one-stop reform project: 3.3")
doc('r027', 'F-002', 'http://dungkno.lacduong.lamdong.gov.vn/chi-tiet-tin-tuc/?param=bao-cao',
    'Lâm Đồng', '',
    'ỦY BAN NHÂN DÂN XÃ ĐƯNG K’NỚ Số: 31 /BC-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Đưng K’Nớ, ngày 07 tháng 3 năm 2025 BÁO CÁO\nKết quả công tác cải cách hành chính Quý I năm 2025\nCăn cứ Quyết định số 65/QĐ-UBND ngày 16/01/2025 của Ủy ban nhân dân huyện Lạc Dương về việc ban hành Kế hoạch Cải cách hành chính năm 2025;\nThực hiện Kế hoạch số 11/KH-UBND ngày 21/01/2025 của Ủy ban nhân dân xã Đưng K’Nớ về việc thực hiện công …',
    [], ['1.2'], "a commune's quarterly CCHC report: issuer level")
doc('r028', 'B-086', 'https://baomoi.net.vn/an-giang-trien-khai-ke-hoach-cai-cach-hanh-chinh-nam-2025-c51451375.epi',
    'An Giang', 'An Giang triển khai kế hoạch cải cách hành chính năm 2025',
    'UBND tỉnh An Giang vừa triển khai kế hoạch cải cách hành chính năm 2025 trên 6 lĩnh vực trọng tâm, gồm: Cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng và phát triển Chính quyền điện tử, Chính quyền số.',
    ['1.1'], ['1.2'], "news of the province's CCHC plan of 2025: 1.1")
doc('r029', 'B-043', 'https://www.tayninh.gov.vn/Lists/caicachhanhchinh/TongQuat.aspx?CategoryId=C%E1%BA%A3i%20c%C3%A1ch%20b%E1%BB%99%20m%C3%A1y',
    'Tây Ninh', '',
    'Trong những năm qua, thực hiện Chương trình tổng thể cải cách hành chính (CCHC) nhà nước giai đoạn 2011 – 2020 theo Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ, Quyết định số 225/QĐ-TTg ... Công bố Danh mục và Quy trình nội bộ giải quyết TTHC của ngành Văn hoá, Thể thao và Du lịch đối với thủ tục hành chính được sửa đổi và công bố mới năm 2021Tuyên truyền CCHCTinCông bố Danh mục và Quy trình nội bộ giải quyết TTHC của ngành Văn hoá, …',
    [], ['3.1', '1.1'], "a portal's CCHC listing page with a general lead and item titles: nobody's evidence by what the page shows (hard call, as g033)")
doc('r030', 'F-003', 'https://baoquangnam.vn/tiep-tuc-thuc-hien-dong-bo-hieu-qua-nhiem-vu-cai-cach-hanh-chinh-3147656.html',
    '', '',
    'Chiều 15/1/2025, Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Nguyễn Hòa Bình chủ trì phiên họp thứ 9 Ban Chỉ đạo cải cách hành chính (CCHC) của Chính phủ đánh giá kết quả triển khai công tác CCHC năm 2024 và bàn phương hướng, nhiệm vụ năm 2025. Đại biểu dự phiên họp tại điểm cầu Quảng Nam. Ảnh: N.P Dự phiên họp tại điểm cầu Quảng Nam có Phó Chủ tịch UBND tỉnh Hồ Quang Bửu cùng đại diện các sở, ban, ngành. Năm 2024, với sự quan tâm, chỉ đạo sát sao, quyết liệt của Chính phủ, Thủ tướng Chính phủ cùng sự vào cuộc mạnh mẽ của các bộ, ngành, địa phương và người dân, doanh nghiệp, việc rà soát, xử lý vướng mắc, bất cập về cải CCHC được triển khai tích cực, góp phần thúc đẩy CCHC, cải thiện …',
    [], ['1.2'], "the Government's CCHC steering committee session seen from a provincial point: national")
doc('r031', 'G-018', 'https://plo.vn/dong-thap-ban-hanh-ke-hoach-cai-cach-hanh-chinh-2026-lay-su-hai-long-cua-nguoi-dan-lam-thuoc-do-post892100.html',
    'Đồng Tháp', 'Đồng Tháp ban hành kế hoạch cải cách hành chính 2026, lấy sự hài lòng của người dân làm thước đo 19/01/2026 13:17',
    '(PLO)- Đồng Tháp xác định cải cách hành chính năm 2026 phải xuất phát từ người dân, lấy người dân làm trung tâm, nâng cao chất lượng phục vụ và hiệu quả hoạt động của bộ máy hành chính nhà nước. UBND tỉnh Đồng Tháp vừa ban hành Kế hoạch cải cách hành chính năm 2026 nhằm tiếp tục triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 theo Nghị quyết số 76/NQ-CP của Chính phủ.',
    ['1.1'], ['8.1'], "news of the province's CCHC plan of 2026: 1.1")
doc('r032', 'D-097', 'http://tothethao.com/bong-da_100-huyen-thi-dien-bien-trien-khai-dich-vu-do-thi-thong-minh-co-ban-vao-nam-2030-i400696.html',
    'Điện Biên', '',
    'UBND tỉnh Điện Biên vừa ban hành Kế hoạch cải cách hành chính nhà nước giai đoạn 2021-2030 trên địa bàn tỉnh. Một trong các nội dung cụ thể của kế hoạch là xây dựng và phát triển Chính quyền điện tử, Chính quyền số. Mục tiêu đến năm 2025, 80% các hệ thống thông tin của tỉnh có liên quan đến người dân, doanh nghiệp đã đưa vào vận hành, khai thác được kết nối, liên thông qua Trục liên thông văn bản quốc gia và nền tảng tích hợp, chia sẻ dữ liệu;',
    [], ['1.1', 'DTI.1'], "news of the province's CCHC plan 2021-2030: not the year's plan (h001 rule)")
doc('r033', 'A-006', 'https://ls1.hethongphapluat.com/ke-hoach-270-kh-ubnd-thuc-hien-kiem-soat-thu-tuc-hanh-chinh-va-co-che-mot-cua-mot-cua-lien-thong-tren-dia-ban-tinh-bac-giang-nam-2022.html',
    'Bắc Giang', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 270/KH-UBND Bắc Giang, ngày 19 tháng 01 năm 2022\nTHỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH VÀ CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG NĂM 2022\nThực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về các quy định hành chính (được sửa đổi, …',
    ['3.3'], ['1.1'], "the province's plan of the year for procedure control and the one-stop mechanism: 3.3 (hard call: procedure control spans 3.1-3.4; the one-stop mechanism is named in the title)")
doc('r034', 'B-010', 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Chi-thi-07-CT-UBND-2023-chan-chinh-le-loi-lam-viec-tang-cuong-ky-luat-cac-co-quan-Lam-Dong-585446.aspx?tab=2',
    'Lâm Đồng', '',
    'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 07/CT-UBND Lâm Đồng, ngày 26 tháng 4 năm 2023 CHỈ THỊ VỀ\nVIỆC CHẤN CHỈNH LỀ LỐI LÀM VIỆC, TĂNG CƯỜNG KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH, NÂNG\nCAO VAI TRÒ, TRÁCH NHIỆM, CHẤT LƯỢNG, HIỆU QUẢ GIẢI QUYẾT CÔNG VIỆC VÀ THAM MƯU\nCỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG, ĐƠN VỊ TRÊN ĐỊA BÀN TỈNH\nTrong thời gian qua, thực hiện chỉ đạo của UBND tỉnh\ntại Chỉ thị số 07/CT-UBND …',
    ['5.6'], ['3.3'], "the chairman's directive tightening working style and administrative discipline: 5.6")
doc('r035', 'B-166', 'https://hethongphapluat.vn/ke-hoach-101-kh-ubnd-d771c03bbcb9fd02f14d31784286f5ae.html',
    'Cần Thơ', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 101/KH-UBND Cần Thơ, ngày 02 tháng 10 năm 2025 KẾ HOẠCH\nCẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX), CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS), CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI), CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) VÀ CHỈ SỐ XANH (PGI) CỦA THÀNH PHỐ CẦN THƠ (SAU SẮP XẾP) GIAI ĐOẠN 2025 - 2030 I.',
    ['PAPI.1', 'PCI.1'], ['1.1', 'SIPAS.1'], "the city's plan to improve PAR, SIPAS, PAPI, PCI and PGI 2025-2030: PAPI.1 + PCI.1; neither the year's CCHC plan nor a survey")
doc('r036', 'B-022', 'http://www.hethongphapluat.vn/ke-hoach-144-kh-ubnd-nam-2025-thuc-hien-chi-thi-42-ct-tu-ve-tang-cuong-su-lanh-dao-cua-dang-ve-cai-cach-hanh-chinh-cai-thien-moi-truong-dau-tu-kinh-doanh-giai-doan-2025-2030-do-thanh-pho-can-tho-ban-hanh.html',
    'Cần Thơ', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 144/KH-UBND Cần Thơ, ngày 25 tháng 6 năm 2025 KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 42-CT/TU NGÀY 08 THÁNG 5 NĂM 2025 CỦA BAN THƯỜNG VỤ THÀNH ỦY VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG VỀ CẢI CÁCH HÀNH CHÍNH CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ KINH DOANH, GIAI ĐOẠN 2025 - 2030\nThực hiện Chỉ thị số 42-CT/TU ngày 08 tháng 5 năm 2025 của Ban Thường vụ Thành ủy về tăng cường sự lãnh đạo của Đảng về cải …',
    ['PCI.1'], ['1.1'], "the city's plan implementing the party directive on CCHC, the investment climate and competitiveness: PCI.1 (hard call)")
doc('r037', 'J-101', 'https://soctrang.gov.vn/sgddt/1293/32307/63781/355397/Cai-cach-hanh-chinh/UBND-tinh-Soc-Trang-ban-hanh-De-an-cai-thien-Chi-so-cai-cach-hanh-chinh-cap-tinh-va-cac-co-quan-thuoc-tinh-tu-nay-den-nam-2030.aspx',
    'Sóc Trăng', 'UBND tỉnh Sóc Trăng ban hành Đề án cải thiện Chỉ số cải cách hành chính cấp tỉnh và các cơ quan thuộc tỉnh từ nay đến năm 2030',
    'Ủy ban nhân dân tỉnh Sóc Trăng vừa ban hành Quyết định số 2437/QĐ-UBND ngày 16/9/2022 phê duyệt Đề án cải thiện Chỉ số cải cách hành chính cấp tỉnh và các cơ quan thuộc tỉnh Sóc Trăng từ nay đến năm 2030. Mục tiêu của Đề án là cải thiện vị trí xếp hạng và tỷ lệ điểm Chỉ số cải cách hành chính của tỉnh Sóc Trăng;',
    ['1.5'], ['1.1'], "news of the province's project to improve its PAR Index to 2030: 1.5, as k036 (hard call)")
doc('r038', 'D-084', 'https://vanban123.vn/Ke-hoach/Ke-hoach-120-KH-UBND-cai-thien-Chi-so-cai-cach-hanh-chinh-va-Chi-so-hai-long-cua-nguoi-dan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-Nha-nuoc-nam-2025-do-tinh-Dak-Lak-ban-hanh-684625',
    'Đắk Lắk', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 120/KH-UBND Đắk Lắk, ngày 26 tháng 5 năm 2025 KẾ HOẠCH\nCẢI THIỆN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH VÀ CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC NĂM 2025\nNhằm cải thiện Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà nước (SIPAS) năm 2025 và triển khai đồng bộ các nội dung cải cách hành chính …',
    ['1.5'], ['1.1', 'SIPAS.1'], "the province's plan to improve its PAR Index and SIPAS in 2025: 1.5, as k036 (hard call); not a survey")
doc('r039', 'F-052', 'https://hethongphapluat.vn/ke-hoach-2163-kh-ubnd-cai-thien-nang-cao-cac-chi-so-par-index-sipas-papi-nam-2025-do-tinh-cao-bang-ban-hanh.html',
    'Cao Bằng', '',
    'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 2163/KH-UBND Cao Bằng, ngày 12 tháng 7 năm 2025 KẾ HOẠCH\nCẢI THIỆN, NÂNG CAO CÁC CHỈ SỐ PAR-INDEX, SIPAS, PAPI NĂM 2025\nTrong năm 2024, Tỉnh ủy, Hội đồng nhân dân (HĐND), Ủy ban nhân dân (UBND), Ban Chỉ đạo Cải cách hành chính (CCHC) tỉnh đã quan tâm lãnh đạo, chỉ đạo công tác CCHC;',
    ['PAPI.1'], ['1.1', 'SIPAS.1'], "the province's plan to improve PAR, SIPAS and PAPI in 2025: PAPI.1; not the year's CCHC plan, not a survey")
doc('r040', 'E-075', 'https://thuviennhadat.vn/vbpl/quyet-dinh-892-qd-ubnd-2023-bo-chi-so-chat-luong-phuc-vu-tren-moi-truong-dien-tu-quang-nam-565552.html',
    'Quảng Nam', '',
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 892/QĐ-UBND Quảng Nam, ngày 28 tháng 4 năm 2023 QUYẾT ĐỊNH\nPHÊ DUYỆT BỘ CHỈ SỐ CHỈ ĐẠO, ĐIỀU HÀNH VÀ ĐÁNH GIÁ CHẤT LƯỢNG\nPHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG THỰC HIỆN THỦ TỤC HÀNH CHÍNH, DỊCH VỤ\nCÔNG THEO THỜI GIAN THỰC TRÊN MÔI TRƯỜNG ĐIỆN TỬ CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG TRÊN ĐỊA BÀN TỈNH QUẢNG NAM ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM Căn cứ Luật Tổ …',
    ['3.5'], ['1.7'], "the province's decision approving a real-time service-quality index of its agencies (766 set): 3.5 (x405, x416)")
doc('r041', 'E-002', 'https://sonoivu.angiang.gov.vn/wps/portal/Home/chi-tiet/!ut/p/z0/fYzNCoJAFEafpuUwMzn-LaMIsiBLCJ1N3K7a3JQxcZQeP5HW7c45fHxc85xrCxM9wVFnoZ290ME9jncHcVTyFKW3vbhssyS9xmeZyYAnXP8fzA_06nu94Ro766qP4_nQ2Y6mkbX0WIkB2M8XdmTdiMPYUGWXgEAIaAxYg4asWYl1FKKM6oiVoBRTvuezuCyRoRB1IKDy6rDi70YXXwObSlA!/p0/IZ7_99DI0K41L8PVF0QCSJPR9O1SH2=CZ6_99DI0K41L8PVF0QCSJPR9O1S16=MECTX!QCPsonoivu-libQCPSA-SONOIVUQCPSA-TinTucSuKienQCPSA-CaiCachHanhChinhQCP287c18f8-da44-4535-9ddc-c00f60ae3f7e=ns_Z7_99DI0K41L8PVF0QFBCSJPR9O1SH2_WCM_PreviousPageSize.00cea0e2-66c3-410e-aaa1-a3a09cc5c49c!4=ns_Z7_99DI0K41L8PVF0QFBCSJPR9O1SH2_WCM_Page.00cea0e2-66c3-410e-aaa1-a3a09cc5c49c!7=WCM_PI!1==/p0/IZ7_99DI0K41L8PVF0QCSJPR9O1SH2=CZ6_99DI0K41L8PVF0QCSJPR9O1S16=MECTX!QCPsonoivu-libQCPSA-SONOIVUQCPSA-TinTucSuKienQCPSA-CaiCachHanhChinhQCP287c18f8-da44-4535-9ddc-c00f60ae3f7e=ns_Z7_99DI0K41L8PVF0QFBCSJPR9O1SH2_WCM_PreviousPageSize.00cea0e2-66c3-410e-aaa1-a3a09cc5c49c!4=ns_Z7_99DI0K41L8PVF0QFBCSJPR9O1SH2_WCM_Page.00cea0e2-66c3-410e-aaa1-a3a09cc5c49c!9=WCM_PI!1==/',
    'An Giang', 'Công bố kết quả Bộ Chỉ số phục vụ người dân và doanh nghiệp trong tháng 5 năm 2023 của tỉnh, sở, ban, ngành và UBND cấp huyện, cấp xã',
    'Công bố kết quả Bộ Chỉ số phục vụ người dân và doanh nghiệp trong tháng 5 năm 2023 của tỉnh, sở, ban, ngành và UBND cấp huyện, cấp xã 1. Tổng số điểm An Giang đạt: 69,63/100 điểm, xếp hạng 13/63 tỉnh, thành phố, xếp loại “trung bình” so với thang điểm được quy định tại Quyết định số 766/QĐ-TTg ngày 23/06/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ …',
    ['3.5'], ['1.7'], "the home-affairs department publishes the month's 766 service-index results of the province and its units: 3.5 (g007)")
doc('r042', 'dev-033', 'https://baogialai.com.vn/gia-lai-giao-7-chi-tieu-lien-quan-den-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-post581147.html',
    'Gia Lai', '',
    '(GLO)- 7 chỉ tiêu liên quan đến “Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công trực tuyến” (được Thủ tướng Chính phủ phê duyệt tại Quyết định số 766/QĐ-TTg ngày 23-6-2022) vừa được UBND tỉnh giao cho các cơ quan, đơn vị, địa phương trong năm 2026. Cụ thể, các chỉ tiêu được giao gồm: Tỷ lệ hồ sơ trực tuyến; Tỷ lệ thanh toán trực tuyến;',
    ['3.5'], ['1.7'], 'the province assigns the 766 service-index targets to its units: 3.5')
doc('r043', 'dev-026', 'http://www.baotuyenquang.com.vn/so-tu-phap-va-thanh-pho-tuyen-quang-dung-dau-ve-chi-so-cai-cach-hanh-chinh-177220.html',
    'Tuyên Quang', 'Sở Tư pháp và thành phố Tuyên Quang đứng đầu về chỉ số cải cách hành chính',
    '- UBND tỉnh vừa công bố chỉ số cải cách hành chính năm 2022. Theo đó, Sở Tư pháp đứng đầu về chỉ số cải cách hành chính với tổng điểm các lĩnh vực là 62,62 điểm, chỉ số cải cách hành chính đạt 94,49%. Tiếp đến là Sở Giáo dục và Đào tạo, Sở Nội vụ, Sở Tài chính, Sở Giao thông - Vận tải... Cán bộ Sở Tư pháp hướng dẫn người dân thực hiện các thủ tục hành chính.',
    ['1.7'], ['1.2'], "the province announces its departments' and districts' PAR index: 1.7")
doc('r044', 'B-112', 'https://vinhthuan.kiengiang.gov.vn/trang/TinTuc/inbaiviet.aspx?nid=2639',
    'Kiên Giang', 'Công bố Chỉ số cải cách hành chính năm 2018',
    'Mới đây, Ủy ban nhân dân tỉnh Kiên Giang vừa ban hành Quyết định công bố Chỉ số cải cách hành chính các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các huyện, thành phố năm 2018. Kết quả, các khối ban, ngành trực thuộc Ủy ban nhân dân tỉnh có Văn phòng Ủy ban nhân dân tỉnh có số điểm cao nhất đạt 98 điểm, xếp loại xuất sắc;',
    ['1.7'], ['1.2'], "a district's site relays the province's decision announcing its index of departments and districts: 1.7")
doc('r045', 'G-030', 'https://baogialai.com.vn/channel/744/201807/ayun-pa-dan-dau-ve-chi-so-cai-cach-hanh-chinh-5592658/',
    'Gia Lai', '',
    '(GLO)- Ngày 24-7, UBND tỉnh Gia Lai ban hành Quyết định số 345/QĐ-UBND phê duyệt và công bố chỉ số cải cách hành chính năm 2017 của các sở, ban, ngành và các huyện, thị xã, thành phố trong tỉnh. Trong số 20 sở, ban, ngành của tỉnh, Sở Thông tin và Truyền thông được đánh giá cao nhất. Ngoài Sở Thông tin và Truyền thông, 7 đơn vị đạt loại tốt được xếp ở thứ tự tiếp theo lần lượt là: Sở Giao thông-Vận tải, Văn phòng UBND tỉnh, Sở Tư pháp, Sở Tài chính, Sở Xây dựng, Sở Nội vụ và Sở Khoa học-Công nghệ. 4 đơn vị đạt loại trung bình xếp ở nhóm cuối bảng gồm: Sở Ngoại vụ, Ban Dân tộc, Sở Lao động-Thương binh và Xã hội, Sở Y tế.',
    ['1.7'], ['1.2'], "news of the province's decision approving its departments' and districts' PAR index 2017: 1.7")
doc('r046', 'E-033', 'https://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=29064&l=Tintrongtinh&lv=4',
    'Yên Bái', '',
    'Tin trong tỉnh >> Chính trị Văn phòng UBND tỉnh và Thành phố Yên Bái tiếp tục dẫn đầu bảng xếp hạng chỉ số cải cách hành chính năm 2021 09/06/2022 09:26:41 Xem cỡ chữ Google CTTĐT - Theo Quyết định số 885/QĐ-UBND ngày 8/6/2022 của UBND tỉnh Yên Bái phê duyệt Chỉ số Cải cách hành chính năm 2021, Văn phòng UBND tỉnh và Thành phố Yên Bái tiếp tục dẫn đầu bảng xếp hạng chỉ số cải cách hành chính năm 2021 đối với các sở, ban, ngành thuộc Ủy ban nhân …',
    ['1.7'], ['SIPAS.2'], "the province's decision approving its departments' PAR index 2021: 1.7")
doc('r047', 'G-081', 'https://baogialai.com.vn/gia-lai-phan-dau-dua-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thuoc-nhom-xuat-sac-post576499.html',
    'Gia Lai', '',
    '(GLO)- Phó Chủ tịch UBND tỉnh Lâm Hải Giang vừa ký ban hành Kế hoạch số 153/KH-UBND về cải cách hành chính năm 2026. Theo đó, UBND tỉnh Gia Lai đặt ra 7 nhóm chỉ tiêu để triển khai thực hiện, gồm: kết quả các chỉ số đánh giá hiệu quả cải cách hành chính của tỉnh; cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy; tỷ lệ cơ quan, đơn vị được kiểm tra công vụ; cải cách tài chính công và chuyển đổi số trong cơ quan nhà nước. Gia Lai phấn đấu chỉ số phục vụ người dân, doanh nghiệp thuộc nhóm xuất sắc.',
    ['1.1'], ['5.6'], "news of the province's CCHC plan of 2026: 1.1; inspection of public service only as a target")
doc('r048', 'F-057', 'https://thinhvuongvietnam.com/Content/thanh-pho-can-tho-tinh-hau-giang-va-tinh-soc-trang-hop-nhat-de-vuon-minh-55923',
    'Cần Thơ', '',
    'Thành phố Cần Thơ, tỉnh Hậu Giang và tỉnh Sóc Trăng trước đây thuộc tỉnh Hậu Giang cũ được thành lập vào năm 1976 sau khi đất nước thống nhất. Đến năm 1991, tỉnh Hậu Giang được đổi tên thành tỉnh Cần Thơ và sau đó lần lượt tách ra các tỉnh Sóc Trăng (1992)[i] và Hậu Giang (2004). Ngày 12/6/2025, tại kỳ họp thứ 9, Quốc hội khóa XV đã biểu quyết thông qua Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025;',
    [], ['4.4'], "an economics site's history of the merger: nobody's evidence")
doc('r049', 'F-013', 'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html',
    '', '',
    'PHƯƠNG ÁN SẮP XẾP ĐVHC CẤP TỈNH (1) Nhập tỉnh Hà Giang và tỉnh Tuyên Quang thành tỉnh mới có tên gọi là tỉnh Tuyên Quang, trung tâm chính trị - hành chính đặt tại tỉnh Tuyên Quang hiện nay. (2) Nhập tỉnh Yên Bái và tỉnh Lào Cai thành tỉnh mới có tên gọi là tỉnh Lào Cai, trung tâm chính trị - hành chính đặt tại tỉnh Yên Bái hiện nay.',
    [], ['4.4'], "the national merger scheme's list of provinces: another level's act")
doc('r050', 'F-080', 'https://doanhnghiephoinhap.vn/thai-binh-thong-qua-chu-truong-hop-nhat-voi-hung-yen-va-sap-xep-don-vi-hanh-chinh-cap-xa-102463.html',
    'Thái Bình', '',
    'Thái Bình: Thông qua chủ trương hợp nhất với Hưng Yên và sắp xếp đơn vị hành chính cấp xã Ngày 26/4, Hội đồng nhân dân (HĐND) tỉnh Thái Bình khóa XVII, nhiệm kỳ 2021–2026 đã tổ chức kỳ họp bất thường nhằm giải quyết công việc phát sinh đột xuất. Ông Nguyễn Tiến Thành - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Thái Bình - phát biểu tại kỳ họp.',
    ['4.4'], ['4.1'], 'the council approving the merger with Hưng Yên and the commune arrangement: 4.4 (as w064)')
doc('r051', 'G-086', 'https://baophutho.vn/so-khoa-hoc-va-cong-nghe-trien-khai-nhiem-vu-trong-tam-nam-2026-245036.htm',
    'Phú Thọ', 'Sở Khoa học và Công nghệ triển khai nhiệm vụ trọng tâm năm 2026',
    'Ngày 31/12, Sở Khoa học và Công nghệ (KH&CN) tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ trọng tâm năm 2026. Dự và chỉ đạo hội nghị có đồng chí Nguyễn Huy Ngọc – TUV, Phó Chủ tịch UBND tỉnh. Đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Huy Ngọc phát biểu chỉ đạo tại hội nghị.',
    [], ['DTI.1', '8.2'], "one department's year-end conference")
doc('r052', 'G-088', 'https://baothanhhoa.vn/xa-ba-dinh-thong-nhat-muc-tieu-nhiem-vu-nam-2026-272902.htm',
    'Thanh Hóa', 'Xã Ba Đình thống nhất mục tiêu, nhiệm vụ năm 2026',
    'Ngày 24/12, HĐND xã Ba Đình tổ chức kỳ họp thường lệ cuối năm nhằm đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025; thống nhất mục tiêu, nhiệm vụ và các giải pháp chủ yếu năm 2026. Năm 2025, trong bối cảnh xã Ba Đình được thành lập trên cơ sở sáp nhập các đơn vị hành chính, khối lượng công việc lớn, điều kiện khách quan còn nhiều khó khăn, song với sự lãnh đạo, chỉ đạo quyết liệt của cấp ủy, chính quyền, tình hình kinh …',
    [], ['8.2', '6.1'], "a commune council's year-end session: issuer level")
doc('r053', 'E-018', 'https://www.vietnamplus.vn/xay-dung-vinh-long-tro-thanh-dau-moi-lien-ket-trong-vung-dong-bang-song-cuu-long-post1075535.vnp',
    'Vĩnh Long', '',
    'Đại hội Đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I xác định giai đoạn 2025-2030, xây dựng tỉnh Vĩnh Long trở thành địa phương phát triển nhanh và bền vững, là trung tâm kinh tế biển. Đại hội Đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết Đại hội, nhất trí mục tiêu, định hướng chiến lược phát triển và nhiệm vụ, giải pháp nhiệm kỳ 2025-2030. Đại hội xác định giai đoạn 2025-2030, xây dựng tỉnh Vĩnh Long trở thành địa phương phát triển nhanh và bền vững, là trung tâm kinh tế biển, trung tâm sản xuất năng lượng tái tạo, có hệ thống kết cấu hạ tầng đồng bộ, hiện đại, kết nối thông suốt với …',
    [], ['8.2'], "the party congress's term goals: not the year's plan or account (g044)")
doc('r054', 'J-005', 'https://sotuphap.daklak.gov.vn/dak-lak-cong-bo-kich-ban-tang-truong-hai-con-so-dat-muc-tieu-grdp-binh-quan-tren-105nam-giai-doan-2026-2030-14974.html',
    'Đắk Lắk', 'Đắk Lắk công bố kịch bản tăng trưởng “Hai con số”, đặt mục tiêu GRDP bình quân trên 10,5%/năm giai đoạn 2026-2030',
    'Ngày đăng: 10/02/2026 14:34 Ngày đăng: 10/02/2026 14:34 Thực hiện chỉ đạo của Trung ương, Tỉnh ủy Đắk Lắk vừa xây dựng Báo cáo toàn diện về lộ trình phát triển kinh tế - xã hội, với mục tiêu đầy tham vọng trở thành điểm sáng tăng trưởng của khu vực Tây Nguyên và Duyên hải Nam Trung Bộ - Báo cáo số 118-BC/TU ngày 07/02/2026.',
    [], ['8.2'], "the party committee's five-year growth scenario on a department's site: not the year's plan")
doc('r055', 'A-248', 'https://baophapluat.vn/quang-tri-day-manh-chuyen-doi-so-thanh-lap-tieu-ban-an-ninh-mang-cap-tinh.html',
    'Quảng Trị', 'Quảng Trị: Đẩy mạnh chuyển đổi số, thành lập Tiểu ban An ninh mạng cấp tỉnh',
    '(PLVN) - Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (KH, CN, ĐMST, CĐS) tỉnh Quảng Trị vừa tổ chức phiên họp định kỳ quý I/2026. Ông Nguyễn Văn Phương, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì phiên họp. Tham dự có các ông: Trần Vũ Khiêm, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đăng Quang, Chủ tịch HĐND tỉnh; Lê Hồng Vinh, Chủ tịch UBND tỉnh;',
    [], ['DTI.1', '7.1'], 'a quarterly steering-committee meeting naming no plan (hard call, as monthly meetings x346)')
doc('r056', 'A-210', 'https://hethongphapluat.vn/quyet-dinh-719-qd-ubnd-nam-2025-ve-chuong-trinh-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-tinh-hung-yen-giai-doan-2025-2030-tam-nhin-den-nam-2045.html',
    'Hưng Yên', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 719/QĐ-UBND Hưng Yên ngày 27 tháng 8 năm 2025 QUYẾT ĐỊNH\nBAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ TỈNH HƯNG YÊN GIAI ĐOẠN 2025-2030, TẦM NHÌN ĐẾN NĂM 2045 ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công …',
    ['DTI.1', '7.1'], ['8.2'], "the province's programme for science, innovation and DX 2025-2030: an overall DX programme, DTI.1 + 7.1")
doc('r057', 'B-133', 'https://baogialai.com.vn/di-tat-don-dau-bang-chuyen-doi-so-post579671.html',
    'Gia Lai', '',
    '(GLO)- Thực hiện chủ trương của Đảng và Nhà nước về chuyển đổi số quốc gia, tỉnh Gia Lai đã chủ động triển khai nhiều chương trình, kế hoạch, hoạt động… tạo được chuyển biến rõ nét, lan tỏa từ điều hành chính quyền đến phát triển kinh tế - xã hội; được người dân đón nhận, hưởng ứng nhiệt tình.',
    [], ['DTI.1'], "a feature on the province's DX results naming no act (f001)")
doc('r058', 'H-068', 'https://nld.com.vn/kinh-te-but-pha-thu-ngan-sach-vuot-xa-ke-hoach-196260213093452975.htm',
    'Tây Ninh', 'Kinh tế bứt phá, thu ngân sách vượt xa kế hoạch',
    'Đối mặt với nhiều thách thức từ biến đổi khí hậu và biến động thị trường nhưng xã Tân Trụ, tỉnh Tây Ninh vẫn ghi nhận kết quả ấn tượng trong năm 2025, đặc biệt là bứt tốc trong thu ngân sách và hoàn thiện hạ tầng nông thôn mới nâng cao. Điểm sáng trong bức tranh kinh tế năm 2025 của xã Tân Trụ là công tác quản lý và điều hành ngân sách nhà nước.',
    [], ['6.1', '8.2'], "a commune's budget results: issuer level")
doc('r059', 'B-064', 'https://amp.vtcnews.vn/ca-mau-tien-phong-doi-moi-sang-tao-but-pha-chuyen-doi-so-ar971125.html',
    'Cà Mau', '',
    'Cà Mau - vùng đất cực Nam của Tổ quốc - đang khẳng định khát vọng bứt phá bằng tinh thần tiên phong trong đổi mới sáng tạo và chuyển đổi số, hướng tới mục tiêu phát triển nhanh, bền vững, trở thành điểm sáng của khu vực Đồng bằng sông Cửu Long. Khát vọng từ vùng đất nơi cực Nam Tổ quốc Nằm ở vị trí chiến lược đặc biệt quan trọng, là cửa ngõ kết nối vùng Đồng bằng sông Cửu Long ra biển Đông và vịnh Thái Lan, Cà Mau sở hữu lợi thế lớn về thủy sản, năng lượng tái tạo, kinh tế biển và hệ sinh thái rừng - biển phong phú bậc nhất cả nước. Tuy nhiên, đây cũng là địa phương chịu tác động mạnh mẽ của biến đổi khí hậu, nước biển dâng và nhiều thách thức phát triển khác.',
    [], ['DTI.1'], "a national feature on the province's ambitions naming no act")
doc('r060', 'J-236', 'https://m.baophapluat.vn/du-lich-ha-giang-can-dich-15-trieu-luot-khach-post367158.amp',
    'Hà Giang', '',
    'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 – 2020 đề ra mục tiêu đến năm 2020, thu hút 1,5 triệu lượt khách, du lịch cơ bản thành ngành kinh tế mũi nhọn với sự phát triển có trọng tâm, trọng điểm, chuyên nghiệp, hiện đại; sản phẩm du lịch chất lượng, đa dạng, có thương hiệu, mang đậm bản sắc văn hóa. Đến nay, mục tiêu này đã được ngành du lịch tỉnh Hà Giang hoàn thành suất sắc. Theo đó, tốc độ tăng trưởng bình quân đạt 16%/năm;',
    [], ['8.2'], "the tourism sector's results against a party goal: a sector, not the year's account")
doc('r061', 'B-057', 'https://lawnet.vn/vb/Quyet-dinh-512-QD-UBND-2025-thuc-hien-Nghi-quyet-03-NQ-CP-dot-pha-phat-trien-khoa-hoc-Khanh-Hoa-9E602.html',
    'Khánh Hòa', '',
    'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 512/QĐ-UBND Khánh Hòa, ngày 21 tháng 02 năm 2025 QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 03/NQ-CP NGÀY 09/01/2025 CỦA CHÍNH PHỦ BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ VÀ NGHỊ QUYẾT SỐ 48-NQ/TU NGÀY 20/02/2025 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÁNH HÒA THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ …',
    ['DTI.1', '7.1'], ['1.1'], "the province's action programme implementing 57-NQ/TW (science, innovation, DX): DTI.1 + 7.1")
doc('r062', 'J-124', 'https://tvphapluat.vn/video/thang-7-bat-dau-trien-khai-ho-so-suc-khoe-dien-tu-cho-nguoi-dan-20563/',
    '', 'Tháng 7 bắt đầu triển khai hồ sơ sức khỏe điện tử cho người dân',
    '(THPL) - Ngày 17/6, Bộ Y tế phối hợp với Ngân hàng Phát triển châu Á (ADB) đã tổ chức hội thảo đẩy mạnh triển khai hồ sơ sức khỏe điện tử trên toàn quốc. Tại hội thảo, Phó giáo sư Nguyễn Trường Sơn – Thứ trưởng Bộ Y tế cho biết, hiện đã có 31 tỉnh triển khai hồ sơ sức khỏe điện tử. Trong đó, có 7 phần mềm nhưng phần lớn phần mềm chưa đạt chuẩn đầu ra chung.',
    [], ['7.4'], "the health ministry's e-health-record workshop: national")
doc('r063', 'J-222', 'https://plo.vn/thang-1-2026-tong-thu-ngan-sach-hai-phong-dat-hon-20000-ti-post894235.html',
    'Hải Phòng', 'Tháng 1-2026, tổng thu ngân sách Hải Phòng đạt hơn 20.000 tỉ 02/02/2026 18:55',
    '(PLO)- Ngay từ tháng đầu tiên của năm 2026, Hải Phòng đã có sự bứt phá với nhiều chỉ số tăng trưởng mạnh mẽ. Ngày 2-2, UBND TP Hải Phòng tổ chức phiên họp thường kỳ tháng 1 năm 2026 đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh tháng 1 và triển khai các nhiệm vụ trọng tâm thời gian tới. Trong tháng 1-2026, tình hình kinh tế - xã hội Hải Phòng ghi nhận kết quả bứt phá mạnh mẽ.',
    [], ['8.2'], "the city's monthly meeting (x346)")
doc('r064', 'J-429', 'https://uat.nhansu.vn/van-ban-phap-luat/Nghi-quyet-482-NQ-HDND-2025-Ke-hoach-phat-trien-kinh-te-xa-hoi-Ha-Noi-2026-682711.html',
    'Hà Nội', 'Nghị quyết 482/NQ-HĐND năm 2025 về Kế hoạch phát triển kinh tế - xã hội năm 2026 do thành phố Hà Nội ban hành',
    'Ngày có hiệu lực 26/11/2025 Cơ quan ban hành Thành phố Hà Nội Người ký Phùng Thị Hồng Hà Lĩnh vực Thương mại,Văn hóa - Xã hội Hà Nội, ngày 26 tháng 11 năm 2025 VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026 HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Xét các báo cáo của Ủy ban nhân dân Thành phố, Tòa án nhân dân Thành phố, Viện kiểm sát nhân dân Thành phố; Thi hành án dân sự Thành phố;',
    ['8.2'], ['6.1'], "the council's resolution on the city's socio-economic plan of 2026: 8.2")
doc('r065', 'E-049', 'https://vanbanphapluat.co/ke-hoach-328-kh-ubnd-2019-xay-dung-chinh-quyen-dien-tu-huong-toi-chinh-quyen-so-tien-giang',
    'Tiền Giang', '',
    'ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 328/KH-UBND Tiền Giang, ngày 08 tháng 10 năm 2019 KẾ HOẠCH\nXÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ HƯỚNG TỚI CHÍNH QUYỀN SỐ CỦA TỈNH TIỀN GIANG GIAI ĐOẠN 2019 - 2020, ĐỊNH HƯỚNG ĐẾN 2025\nThực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định …',
    ['7.1'], ['1.1'], "the province's e-government plan towards digital government 2019-2020: 7.1 (hard call: an e-government plan before the DX programme; DTI.1 left unlabelled)")
doc('r066', 'F-054', 'https://vanban123.vn/Nghi-quyet/Nghi-quyet-07-NQ-HDND-nam-2023-thong-qua-Quy-hoach-tinh-Cao-Bang-thoi-ky-2021-2030-tam-nhin-den-nam-2050-619508',
    'Cao Bằng', '',
    'THÔNG QUA QUY HOẠCH TỈNH CAO BẰNG THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050 HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG KHÓA XVII KỲ HỌP THỨ 13 (CHUYÊN ĐỀ) Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;',
    [], ['8.2'], "the council passing the provincial master plan to 2030: not the year's plan")
doc('r067', 'H-057', 'https://thuviennhadat.vn/vbpl/nghi-quyet-30-nq-hdnd-2020-ke-hoach-kinh-te-xa-hoi-5-nam-tinh-lao-cai-2021-2025-474774.html',
    'Lào Cai', '',
    'Độc lập - Tự do - Hạnh phúc Cai, ngày 04 tháng 12 năm 2020 KẾ HOẠCH KINH TẾ - XÃ HỘI 5 NĂM 2021-2025 TỈNH LÀO CAI HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm Căn cứ Luật Ngân sách nhà nước Căn cứ Luật Đầu tư công ngày 13 Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 …',
    [], ['8.2'], "the council's five-year socio-economic plan: not the year's (x324)")
doc('r068', 'J-453', 'https://phapluatplus.baophapluat.vn/phan-dau-den-2050-dong-nai-tro-thanh-thanh-pho-truc-thuoc-trung-uong-200870.html',
    'Đồng Nai', '',
    'Phấn đấu đến 2050, Đồng Nai trở thành thành phố trực thuộc Trung ương Phó Thủ tướng Trần Hồng Hà ký Quyết định số 586/QĐ-TTg ngày 3/7/2024 phê duyệt Quy hoạch tỉnh Đồng Nai thời kỳ 2021-2030, tầm nhìn đến năm 2050. Phấn đấu đến 2050, Đồng Nai trở thành thành phố trực thuộc Trung ương Đồng Nai phấn đấu trở thành thành phố trực thuộc Trung ương.',
    [], ['8.2'], "the Deputy Prime Minister's decision on the provincial master plan: another level's act")
doc('r069', 'J-215', 'https://thuonghieuvaphapluat.vn/nam-dinh-cong-nhan-2-huyen-dat-chuan-ntm-nang-cao-nam-2024-d72769.html',
    'Nam Định', 'Nam Định: Công nhận 2 huyện đạt chuẩn nông thôn mới nâng cao năm 2024',
    '(THPL) - Ngày 31/3, Phó Thủ tướng Trần Hồng Hà ký các Quyết định số 696/QĐ-TTg và 698/QĐ-TTg công nhận 02 huyện Trực Ninh và Xuân Trường, tỉnh Nam Định đạt chuẩn nông thôn mới (NTM) nâng cao năm 2024. Theo đó, Chính phủ công nhận các huyện Trực Ninh, Xuân Trường đáp ứng đầy đủ Bộ tiêu chí quốc gia về huyện nông thôn mới (NTM);',
    [], ['8.2'], "the Deputy Prime Minister recognising new-rural districts: another level's act")
doc('r070', 'F-073', 'https://phapluatcongdong.vn/van-ban/quyet-dinh-186-qd-ubnd-ban-hanh-tinh-an-giang-nam-2018-p102743.htm',
    'An Giang', 'Quyết định 186/QĐ-UBND năm 2018 phê duyệt Dự án “Hỗ trợ cơ giới hóa, tự động hóa trong sản xuất thủy sản tỉnh An Giang đến giai đoạn 2018-2020',
    'ỦY BAN NHÂN DÂN TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 186/QĐ-UBND An Giang, ngày 26 tháng 01 năm 2018 QUYẾT ĐỊNH\nPHÊ DUYỆT “DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA, TỰ ĐỘNG HÓA TRONG SẢN XUẤT THỦY SẢN TỈNH AN GIANG GIAI ĐOẠN 2018-2020” CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị quyết số 09-NQ/TU ngày 27 tháng 6 năm 2012 của Ban Chấp hành Đảng …',
    [], ['8.2', 'DTI.1'], "a sector project (aquaculture mechanisation): nobody's evidence")
doc('r071', 'F-011', 'https://pbgdpl.soctrang.gov.vn/pbgdpl/1328/38698/65333/404650/Hoi-dong-phoi-hop-PHGDPL-Trung-uong/Bo-Tu-phap-ban-hanh-Ke-hoach-phat-dong-phong-trao-thi-dua-theo-chuyen-de-doi-voi-So-Tu-phap-cac-tinh--thanh-pho-truc-thuoc-Trung-uong-nam-2025.aspx',
    '', 'Bộ Tư pháp ban hành Kế hoạch phát động phong trào thi đua theo chuyên đề đối với Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương năm 2025',
    'Theo đó, Kế hoạch ban hành nhằm mục đích: (1) Phát huy sức mạnh đoàn kết, tinh thần đổi mới, không ngừng nỗ lực sáng tạo, dám nghĩ, dám làm, chung sức, đồng lòng, biến khó khăn, thách thức thành cơ hội bứt phá, quyết tâm cao, nỗ lực lớn, hành động quyết liệt, góp phần thực hiện thắng lợi nhiệm vụ chính trị được giao năm 2025 của Bộ, ngành Tư pháp, trong đó, trọng tâm là Chương trình hành động của ngành Tư pháp triển khai thực hiện Nghị quyết số …',
    [], ['2.4'], "the justice ministry's emulation plan for all provinces' justice departments")
doc('r072', 'F-046', 'https://lawnet.vn/vb/Ke-hoach-922-KH-UBND-2025-doi-moi-sang-tao-chuyen-doi-so-quoc-gia-Ben-Tre-9DB2F.html',
    'Bến Tre', '',
    'ỦY BAN NHÂN DÂN TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 922/KH-UBND Bến Tre, ngày 14 tháng 02 năm 2025 KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA\nThực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình …',
    ['DTI.1', '7.1'], ['1.1'], "the province's plan implementing the Government's 57-NQ/TW programme: DTI.1 + 7.1")
doc('r073', 'F-045', 'http://laocaitv.vn/kinh-te-moi-truong/lao-cai-phan-dau-nam-trong-top-dau-chi-so-pci-nam-2019',
    'Lào Cai', 'Lào Cai phấn đấu nằm trong top đầu chỉ số PCI năm 2019',
    'Laocaitv.vn - UBND tỉnh Lào Cai vừa ban hành kế hoạch số 189 nhằm cải thiện chỉ số PCI năm 2019, cải thiện chất lượng môi trường kinh doanh, nâng cao năng suất, hiệu quả hỗ trợ các thành phần kinh tế. Theo kế hoạch, tỉnh Lào Cai sẽ phấn đấu tổng điểm PCI tăng 3,37 điểm so với năm 2018. Để thực hiện được mục tiêu này, tỉnh ưu tiên tập trung thực hiện các giải pháp cụ thể, phù hợp thực tiễn để cải thiện và tăng điểm cả 10 chỉ số so với năm 2018.',
    ['PCI.1'], ['PAPI.1'], "news of the province's plan to improve PCI 2019: PCI.1")
doc('r074', 'E-083', 'https://nld.com.vn/dong-thap-quyet-tam-cai-thien-chi-so-pci-va-pgi-196250608190254627.htm',
    'Đồng Tháp', '',
    'Báo cáo Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) năm 2024 do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố hồi tháng 5-2025 cho thấy tỉnh Đồng Tháp đạt 70,35 điểm - tăng 0,69 điểm, dù 17 năm liền (2008 - 2024) nằm trong nhóm dẫn đầu cả nước song đã rơi xuống vị trí thứ 9 so với vị trí thứ 5 năm 2023. Trong 10 chỉ số PCI thành phần, tỉnh có 4 chỉ số tăng điểm so với năm 2023.',
    [], ['PCI.1'], 'the VCCI ranking of the province: published by others')
doc('r075', 'J-211', 'https://baolangson.vn/kinh-te/574188-lang-son-xep-thu-15-63-tinh-thanh-ve-chi-so-nang-luc-canh-tranh-cap-tinh-nam-2022.html',
    'Lạng Sơn', 'Lạng Sơn xếp thứ 15/63 tỉnh, thành về chỉ số năng lực cạnh tranh cấp tỉnh năm 2022',
    'Tỉnh Lạng Sơn xếp thứ 15/63 tỉnh, thành về chỉ số PCI năm 2022 – Theo thông tin từ lãnh đạo Sở Kế hoạch và Đầu tư, sáng 11/4/2023, tại Hà Nội, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) tổ chức lễ công bố báo cáo thường niên Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) năm 2022. Theo công bố của VCCI, với điểm tổng hợp đạt 67,88 điểm, tỉnh Lạng Sơn xếp thứ 15/63 tỉnh, thành trong cả nước, tăng 21 bậc so với năm 2021;',
    [], ['PCI.1'], 'the VCCI ranking relayed by the provincial paper')
doc('r076', 'D-079', 'https://thuviennhadat.vn/vbpl/quyet-dinh-1814-qd-ubnd-2024-chuong-trinh-nang-cao-chi-so-nang-luc-canh-tranh-cap-tinh-khanh-hoa-617827.html',
    'Khánh Hòa', 'Quyết định 1814/QĐ-UBND về Chương trình hành động nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số xanh cấp tỉnh (PGI) tỉnh Khánh Hòa năm 2024',
    'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 1814/QĐ-UBND Khánh Hòa, ngày 09 tháng 7 năm 2024 QUYẾT ĐỊNH\nBAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG NÂNG CAO CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI), CHỈ SỐ XANH CẤP TỈNH (PGI) TỈNH KHÁNH HÒA NĂM 2024 ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;',
    ['PCI.1'], ['PAPI.1'], "the province's action programme to raise PCI and PGI 2024: PCI.1")
doc('r077', 'B-037', 'https://vietnam.opendevelopmentmekong.net/vi/news/mekong-delta-shows-best-competiveness-nationwide/',
    '', 'Đồng bằng sông Cửu Long có chỉ số cạnh tranh cấp tỉnh cao nhất',
    'Đồng bằng sông Cửu Long đã liên tục ghi nhận chỉ số cạnh tranh cấp tỉnh (PCI) cao nhất trong sáu khu vực trên toàn quốc kể từ năm 2014, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) cho biết. Trong số 10 tỉnh và thành phố trên cả nước có quản trị tốt nhất, có 5 tỉnh ở Đồng bằng sông Cửu Long, bao gồm Đồng Tháp, Long An, Bến Tre, Vĩnh Long và Cần Thơ, thông tin tại hội thảo về PCI 2017 ở đồng bằng sông Cửu Long và bài học về quản lý và kinh …',
    [], ['PCI.1'], 'regional news of the VCCI ranking')
doc('r078', 'B-088', 'https://baodaklak.vn/thoi-su/202504/papi-dak-lak-nam-2024-nhung-con-so-biet-noi-6b81953',
    'Đắk Lắk', 'Papi Đắk Lắk năm 2024: Những con số biết nói',
    'Sáng 15/4, Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng (CECODES), Công ty Phân tích thời gian thực (RTA) và Chương trình Phát triển Liên hợp quốc tại Việt Nam (UNDP) tổ chức công bố Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam (PAPI) năm 2024. Theo đó, với tổng điểm 43,0102, Đắk Lắk xếp cao nhất trong số 5 tỉnh Tây Nguyên; Đắk Nông (40,5374), Gia Lai (41,2859), Kon Tum (40,3083) và Lâm Đồng (41,0179).',
    [], ['PAPI.1'], 'the PAPI ranking published by CECODES/UNDP, relayed')
doc('r079', 'D-041', 'https://baolangson.vn/khoa-hoc-tin-hoc/cong-nghe/455867-llang-son-dung-thu-16-ve-chuyen-doi-so-va-co-100-dich-vu-cong-du-dieu-kien-len-muc-do-4.html',
    'Lạng Sơn', 'Lạng Sơn đứng thứ 16 về chuyển đổi số và có 100% dịch vụ công đủ điều kiện lên mức độ 4',
    '– Chiều nay (19/10), Bộ Thông tin và Truyền thông (TT&TT)tổ chức Hội thảo trực tuyến công bố báo cáo kết quả đánh giá mức độ chuyển đổi số cấp bộ, cấp tỉnh năm 2020 và thúc đẩy cung cấp 100% dịch vụ công đủ điều kiện lên mức độ 4. Thứ trưởng TT&TT Nguyễn Huy Dũng chủ trì hội thảo. Dự hội thảo tại Lạng Sơn có lãnh đạo Sở TT&TT và đại diện một số đơn vị liên quan.',
    [], ['DTI.1'], "the ministry's DTI ranking relayed")
doc('r080', 'A-166', 'https://thanhnien.vn/ha-noi-lan-dau-tien-dan-dau-ca-nuoc-ve-chuyen-doi-so-185251021145141068.htm',
    '', '',
    'Ngày 21.10, tại chương trình chào mừng Ngày Chuyển đổi số quốc gia năm 2025, Bộ KH-CN công bố xếp hạng mức độ chuyển đổi số năm 2024 các tỉnh, thành phố trực thuộc T.Ư. Chuyển đổi số là chìa khóa vàng cho giai đoạn mới Phát biểu tại buổi lễ, Phó thủ tướng Nguyễn Chí Dũng cho biết, mặc dù đã đạt được nhiều thành tựu nhất định về chuyển đổi số, nhưng chúng ta cũng cần nhìn nhận thẳng thắn rằng, chặng đường phía trước vẫn còn không ít khó khăn, thách thức. Nhiều cơ chế, chính sách chưa đồng bộ, chưa tiệm cận các chuẩn mực quốc tế và bắt kịp với sự phát triển nhanh chóng của KH-CN.',
    [], ['DTI.1'], 'national news of the DTI ranking')
doc('r081', 'D-083', 'https://snv.kontum.gov.vn/pages/detail/11383/Chi-so-Hai-long-cua-nguoi-dan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-(SIPAS)-tinh-Kon-Tum-nam-2023-tang-7-bac-so-voi-nam-2022.html',
    'Kon Tum', 'Chỉ số Hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Kon Tum năm 2023 tăng 7 bậc so với năm 2022',
    'Ngày đăng: 24/04/2024 14:40 Lượt xem: 358 Chỉ số Hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước đạt 82,10%, xếp thứ 35/63 toàn quốc, tăng 3.71%, tăng 7 bậc so với năm 2022 (năm 2022 đạt 78,39%, xếp thứ 42/63). Đứng thứ hai trong khu vực Tây Nguyên, xếp sau tỉnh Gia Lai (83.84%), xếp trước các tỉnh: Đăk Lăk (81.49%), Đăk Nông (81.21%), Lâm Đồng (80.38%).',
    [], ['SIPAS.2', '8.1'], "the ministry's SIPAS ranking relayed by the home-affairs department (x130, f041)")
doc('r082', 'A-229', 'https://daidoanket.vn/thanh-hoa-tang-3-bac-tren-bang-xep-hang-chuyen-doi-so-nam-2021-10228777.html',
    '', '',
    'Với 0,5064 điểm và 0,4880 điểm, Ninh Bình và Thanh Hóa đã lần lượt đứng ở thứ hạng 6 và 12 trong bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh năm 2021. Sáng 8/8, Bộ Thông tin và Truyền thông đã công bố Bảng xếp hạng chỉ số chuyển đổi số DTI cấp quốc gia, cấp bộ và cấp tỉnh năm 2021. Trong đó, tỉnh Ninh Bình và Thanh Hóa đều có sự vươn lên mạnh mẽ khi xếp hạng lần lượt là thứ 6 và 12, thuộc top đầu của cả nước. Cụ thể, trong bảng xếp hạng DTI năm 2021 cấp tỉnh, Ninh Bình đứng thứ 6/63, tăng 2 bậc so với năm 2020.',
    [], ['DTI.1'], 'national news of the DTI ranking of two provinces')
doc('r083', 'A-200', 'https://thuonghieucongluan.com.vn/ha-tinh-thanh-lap-gan-2-000-to-chuyen-doi-so-cong-dong-a207268.html',
    'Hà Tĩnh', '',
    'Trong những năm qua, Hà Tĩnh đã đạt được những kết quả rất tích cực về công tác chuyển đổi số. Năm 2022, Hà Tĩnh đứng thứ hai toàn quốc về tỷ lệ cấp thẻ Căn cước công dân và tỷ lệ kích hoạt định danh điện tử; chỉ số chuyển đổi số cấp tỉnh (DTI), xếp thứ 37/63 tỉnh thành phố trên cả nước (tăng 22 bậc so với năm 2021).',
    [], ['DTI.1', '7.4'], "news of the province's DX results and ranks naming no act")
doc('r084', 'B-105', 'https://thanhnien.vn/binh-phuoc-dung-thu-9-63-tinh-thanh-ca-nuoc-ve-chuyen-doi-so-185230428093533962.htm',
    'Bình Phước', '',
    'Trước đây, Bình Phước được xem là "vùng lõm" của cả nước, lĩnh vực nào cũng xếp dưới, xếp cuối của cả nước. Hiện nay, Bình Phước đã vươn lên top giữa và từ khóa "Bình Phước" cũng trở thành từ khóa được tìm kiếm nhiều trên mạng xã hội. Là một tỉnh khó khăn nên Bình Phước đã chủ động, sáng tạo và đi đầu trong các lĩnh vực không đòi hỏi quá nhiều nguồn lực, đó là đột phá vào công tác chuyển đổi số. Đánh giá chỉ số chuyển đổi số (DTI) của Bộ TT-TT cho biết, hiện Bình Phước đứng thứ 9/63 tỉnh, thành cả nước về chuyển đổi số. Đây là một thứ hạng khá ấn tượng so với các địa phương có nhiều tiềm lực khác trong cả nước.',
    [], ['DTI.1'], "national news of the province's DTI rank")
doc('r085', 'B-094', 'https://sonv.ninhthuan.gov.vn/portal/Pages/2023-5-4/Ket-qua-Chi-so-PAR-INDEX-nam-2022-cua-tinh-Ninh-Th4u937h.aspx',
    'Ninh Thuận', 'Kết quả Chỉ số PAR INDEX năm 2022 của tỉnh Ninh Thuận',
    'Ngày 19/4/2023 tại phiên họp thứ tư Ban Chỉ đạo cải cách hành chính của Chính phủ, Bộ Nội vụ đã công bố Chỉ số Cải cách hành chính (PAR INDEX) năm 2022; Theo đó, đối với tỉnh Ninh Thuận, Chỉ số PAR INDEX năm 2022 đạt 85,78/100 điểm tối đa (cao hơn trung bình cả nước 0,99 điểm), xếp hạng 29/63 tỉnh, thành phố - giảm 0,77 điểm (điểm trung bình cả nước giảm 1,58 điểm) và tăng 06 bậc so với năm 2021.',
    [], ['1.7', '1.2'], "the ministry's PAR ranking of the province on the home-affairs department's site (x300)")
doc('r086', 'J-457', 'https://kinhtemoitruong.vn/soc-trang-va-cuoc-lot-xac-tren-bang-xep-hang-papi-86736.html',
    'Sóc Trăng', 'Sóc Trăng và cuộc “lột xác” trên bảng xếp hạng PAPI',
    'Chỉ tính trong 2 năm 2022 và 2023, tỉnh Sóc Trăng đã tăng 47 bậc trên bảng xếp hạng chỉ số PAPI. Hiện tại, tỉnh này đang đứng thứ 4/63 tỉnh thành về Hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam. Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam (PAPI) là công cụ theo dõi thực thi chính sách, phản ánh chân thực tiếng nói của người dân về mức độ hiệu quả điều hành, quản lý nhà nước, thực thi chính sách và cung ứng dịch vụ …',
    [], ['PAPI.1'], 'the PAPI ranking: published by others')
doc('r087', 'B-160', 'https://baobariavungtau.com.vn/kinh-te/202502/lan-dau-tien-ba-ria-vung-tau-vao-top-10-chuyen-doi-so-1033878',
    'Bà Rịa - Vũng Tàu', 'Lần đầu tiên, Bà Rịa - Vũng Tàu vào top 10 chuyển đổi số',
    'Chủ Nhật, 09/02/2025, 18:02 [GMT+7] Thành tích vào Top 10 bảng xếp hạng Chỉ số chuyển đổi số của cả nước, cho thấy tín hiệu lạc quan từ những nỗ lực của Bà Rịa - Vũng Tàu trong hỗ trợ DN, người dân tham gia tích cực vào chuyển đổi số. Xã Hòa Long là điểm sáng của tỉnh trong hỗ trợ người dân tham gia vào môi trường số. Trong ảnh: Tuyên truyền và cài đặt ứng dụng không dùng tiền mặt tại địa phương.',
    [], ['DTI.1'], 'the DTI ranking relayed by the provincial paper')
doc('r088', 'B-021', 'https://www.cantho.gov.vn/wps/portal/!ut/p/z0/bU5Nb8IwDP0r2YFz0gpor50EjA8BYtLEcqnSECVeWVxWB-3nz9lp2nbw88vzi5-llmepo7mDNwQYzZXfr3re1mq7KDbTclevjkvVHFW1Xx_2hTpN5Ubqnwa1rivV7A4vT6fnx0W1LPMGeLvddCO1xUjuk-R5RBomakxdOwI5ZozvLiZmNLQeEAQFcGn8trF0wSjuLH4ky5OE9nfu38P-y7UmUsCJInDR80JHmUdKdkw9a_mm3CNCZ3jGfo5DQcj23pGwmZCxwhrgskEEE4OwARg9sHhB_lOqssgwk0Ovu9nVP3wB3-HMxQ!!',
    'Cần Thơ', '',
    'Trong giai đoạn 2021–2025, thành phố Cần Thơ đã đạt được nhiều kết quả nổi bật trong công tác CCHC, đặc biệt là mức độ hài lòng của người dân và doanh nghiệp trong giải quyết thủ tục hành chính (TTHC). Theo đánh giá của Cổng Dịch vụ công quốc gia, mức độ hài lòng liên tục tăng qua các năm: năm 2022 đạt 81,98%, năm 2023 đạt 93,08%, năm 2024 đạt 97,68% và năm 2025 đạt 94,67%.',
    [], ['1.2', '8.1'], "the city's five-year CCHC review with satisfaction figures from the national portal: not a periodic report, not its own survey")
doc('r089', 'B-097', 'https://vietnamnet.vn/ben-tre-day-manh-chuyen-doi-so-dedam-bao-an-sinh-phuc-loi-xa-hoi-705377.html',
    'Bến Tre', 'Mới đây, UBND tỉnh Bến Tre tổ chức hội nghị công bố Đề án Chuyển đổi số tỉnh Bến Tre giai đoạn 2020-2025, tầm nhìn đến 2030.',
    'Tổng kinh phí thực hiện Đề án gần 1.300 tỷ đồng, từ nguồn vốn ngân sách trong kế hoạch trung hạn giai đoạn 2021-2025, nguồn đầu tư của doanh nghiệp, khu vực tư nhân, cộng đồng và các nguồn kinh phí hợp pháp khác. Theo Giám đốc Sở Thông tin và Truyền thông tỉnh Bến Tre Trịnh Minh Châu, Đề án đề ra mục tiêu chuyển đổi số toàn diện trên các lĩnh vực kinh tế-xã hội;',
    ['DTI.1', '7.1'], ['6.1'], "news of the province's DX project 2020-2025: DTI.1 + 7.1")
doc('r090', 'G-060', 'https://dalat-info.gov.vn/vi/Post/Detail?categoryId=27&postId=4995',
    'Lâm Đồng', '',
    'Trong những năm qua, tỉnh Lâm Đồng luôn chú trọng đến công tác đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số. Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 đã xác định việc đẩy mạnh ứng dụng công nghệ thông tin (CNTT) là một trong các khâu đột phá; chỉ đạo triển khai Đề án “Xây dựng TP Đà Lạt trở thành thành phố thông minh”.',
    [], ['DTI.1', '7.1'], 'a city portal feature on IT and a smart-city project naming no provincial DX plan (w034)')
doc('r091', 'J-106', 'http://jp.tour-time.com/html/062f799544.html',
    'Long An', '',
    'Long An thực hiện chuyển đổi số trong xây dựng nông thôn mới, hướng tới nông thôn mới thông minh giai đoạn 2021-2025. Mục tiêu của tỉnh này là đẩy mạnh ứng dụng công nghệ số, thúc đẩy kinh tế nông thôn, nâng cao chất lượng cuộc sống người dân, thu hẹp khoảng cách với thành thị.',
    [], ['DTI.1', '7.1'], "DX in the new-countryside programme: one programme's DX (t063, k004)")
doc('r092', 'A-198', 'https://ictvietnam.vn/quang-ninh-chuyen-doi-so-toan-dien-tao-dot-pha-kinh-te-19773.html',
    'Quảng Ninh', '',
    'Ngày 08/6/2022, UBND tỉnh Quảng Ninh phê duyệt Đề án CĐS toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030 tại Quyết định số 1488/QĐ-UBND. Đề án xác định CĐS là xu thế tất yếu, là nhiệm vụ trọng tâm, xuyên suốt, vừa cấp bách, vừa lâu dài trong lãnh đạo của các cấp ủy đảng, trong toàn bộ hoạt động của các cơ quan, tổ chức, đơn vị và doanh nghiệp (DN) gắn chặt với quá trình phát triển kinh tế - xã hội và bảo đảm vừng chắc quốc phòng …',
    ['DTI.1', '7.1'], ['1.1'], "news of the province's comprehensive DX project: DTI.1 + 7.1")
doc('r093', 'A-049', 'https://giamngheobenvung.vietnamnet.vn/ty-le-nguoi-dan-co-dien-thoai-thon-g-minh-dat-68-5009869.html',
    'Điện Biên', 'Điện Biên: Tỷ lệ người dân có điện thoại thông minh đạt 68%',
    'Chuyển đổi số đang góp phần làm thay đổi thói quen, cách sống, làm việc trên môi trường mạng, cách tiếp cận cuộc CMCN 4.0 của CB, CCVC, người dân, tổ chức và doanh nghiệp làm tăng năng suất lao động góp phần phát triển kinh tế - xã hội của Điện Biên. Chuyển đổi số là quá trình thay đổi tổng thể và toàn diện của cá nhân, tổ chức về cách sống, cách làm việc và phương thức sản xuất dựa trên công nghệ số”;',
    [], ['DTI.1'], "news of the province's smartphone rate: a result, not a plan")
doc('r094', 'D-008', 'https://baobinhdinh.vn/viewer.aspx?mabb=205249&macm=23&macmp=23',
    'Bình Định', 'Chuyển đổi số để phát triển bền vững',
    'Bình Định xác định thực hiện chuyển đổi số trên thế “kiềng ba chân” - chính quyền số - kinh tế số - xã hội số, trong đó phát triển hạ tầng khoa học, công nghệ thông tin là ưu tiên hàng đầu. Mục tiêu là đưa TP Quy Nhơn trở thành một Trung tâm trí tuệ nhân tạo của Việt Nam. Mục tiêu của chương trình chuyển đổi số là đến năm 2030, Bình Định trở thành địa phương thuộc nhóm dẫn đầu cả nước về chuyển đổi số;',
    ['DTI.1', '7.1'], ['8.2'], "news of the province's DX programme with its chính quyền số pillar: DTI.1 + 7.1")
doc('r095', 'E-040', 'https://chinhsachcuocsong.vnanet.vn/vinh-long-den-nam-2025-kinh-te-so-dong-gop-khoang-10-tong-san-pham-noi-dia/17406.html',
    'Vĩnh Long', 'Vĩnh Long: Đến năm 2025, kinh tế số đóng góp khoảng 10% tổng sản phẩm nội địa',
    'Tỉnh Vĩnh Long phấn đấu đến năm 2025, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%, trong đó ưu tiên các lĩnh vực nông nghiệp, du lịch, công nghiệp chế biến. Thu hoạch lúa áp dụng khoa học công nghệ tại xã Hậu Lộc, huyện Tam Bình, tỉnh Vĩnh Long. (Ảnh: Phạm Minh Tuấn/TTXVN) TTXVN - Phát triển kinh tế số nhằm nâng cao năng suất, chất lượng, hiệu quả, sức cạnh tranh của nền kinh tế và năng suất lao động;',
    ['DTI.1'], ['PCI.1'], "news of the province's digital-economy goals: DTI.1 (a kinh tế số plan)")
doc('r096', 'D-108', 'https://tttt.nghean.gov.vn/tin-hoat-dong/nghe-an-ban-hanh-ke-hoach-chuyen-doi-so-nam-2025-704427?pageindex=0',
    'Nghệ An', 'Nghệ An ban hành Kế hoạch chuyển đổi số năm 2025',
    'Ngày 31/10/2024, UBND tỉnh đã ban hành kế hoạch số 833/KH-UBND về chuyển đổi số tỉnh Nghệ An năm 2025. Kế hoạch đề ra các nội dung tiếp tục triển khai thực hiện hoàn thành các mục tiêu, nhiệm vụ đề ra tại Nghị quyết số 09-NQ/TU ngày 05/8/2022 của Ban Chấp hành Đảng bộ tinh về chuyển đối số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030 và Kế hoạch số 586/KH-UBND ngày 22/8/2022 của UBND tỉnh về chuyển đổi số tỉnh Nghệ An đến năm 2025.',
    ['DTI.1', '7.1'], ['1.1'], "news of the province's DX plan 2025: DTI.1 + 7.1")
doc('r097', 'J-123', 'https://vnexpress.net/chinh-phu-yeu-cau-dia-phuong-len-kich-ban-de-gdp-tang-tren-10-5008212.html',
    '', '',
    'Chính phủ yêu cầu các bộ, ngành và địa phương xây dựng kịch bản tăng trưởng theo quý và cả năm, phấn đấu đạt mục tiêu GDP tăng trên 10% năm nay. Ngày 20/1, Chính phủ ban hành Nghị quyết 01 về nhiệm vụ, giải pháp phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2026. Nghị quyết nêu 2026 là năm có ý nghĩa quan trọng, khởi đầu giai đoạn phát triển mới. Tuy nhiên, bối cảnh quốc tế được dự báo tiếp tục diễn biến phức tạp, khó lường, yếu tố trong nước có nhiều thuận lợi và thách thức đan xen.',
    [], ['8.2', '6.1'], "the Government's resolution on the 2026 plan: national")
doc('r098', 'B-173', 'https://bantuyengiao.cantho.gov.vn/vi/news/thong-tin-chi-dao/thanh-pho-can-tho-phan-dau-thuoc-nhom-10-tinh-thanh-pho-thuc-hien-chuyen-doi-so-tot-trong-nam-2025-2645.html',
    'Cần Thơ', '',
    'Kế hoạch đề ra mục tiêu chung là: Phát triển chính quyền số phục vụ người dân, doanh nghiệp, phục vụ chỉ đạo điều hành của cơ quan nhà nước; phát triển kinh tế số với trọng tâm là doanh nghiệp, sản phẩm công nghệ số, là động lực thúc đẩy phát triển kinh tế số ngành, lĩnh vực; phát triển xã hội số hỗ trợ người dân có cơ hội tiếp cận dịch vụ công, đào tạo, tri thức.',
    ['DTI.1', '7.1'], ['1.4'], "the city's DX plan 2025 relayed by the party propaganda board: DTI.1 + 7.1")
doc('r099', 'J-112', 'https://www.thudo.gov.vn/newsdetail.aspx?NewsID=ba398233-7193-184a-8d48-b33ca48de3be&CateID=96bafa2f-25de-5242-90fb-6f9a70a8bcb5',
    'Hà Nội', 'Kế hoạch chuyển đổi số, xây dựng thành phố Hà Nội thông minh đến năm 2025, định hướng đến năm 2030',
    'Ngày 27/9/2023, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh ký ban hành Văn bản số 239/KH-UBND về Kế hoạch chuyển đổi số, xây dựng thành phố Hà Nội thông minh đến năm 2025, định hướng đến năm 2030. Kế hoạch nhằm triển khai thực hiện nghiêm túc, hiệu quả Nghị quyết số 18-NQ/TU ngày 30/12/2022 của Thành ủy Hà Nội;',
    ['DTI.1', '7.1'], ['1.1'], "the city's plan on DX and smart city to 2025: DTI.1 + 7.1")
doc('r100', 'A-047', 'https://tapchicongthuong.vn/dien-bien--day-manh-so-hoa-giai-doan-2021---2025-85467.htm',
    'Điện Biên', '',
    'Theo đó, Đề án Chuyển đổi số tỉnh Điện Biên, giai đoạn 2021 - 2025, định hướng đến năm 2030 đề ra mục tiêu từng bước đổi mới căn bản, toàn diện công tác lãnh đạo, chỉ đạo, quản lý, điều hành, phục vụ của các cơ quan Đảng, Nhà nước, MTTQ và các đoàn thể dựa trên công nghệ số, phát triển chính quyền số.',
    ['DTI.1', '7.1'], ['8.2'], "news of the province's DX project 2021-2025: DTI.1 + 7.1")
doc('r101', 'J-413', 'https://dantri.com.vn/thoi-su/bi-thu-tinh-uy-ca-mau-khong-de-cong-nhan-co-don-tren-cong-truong-20260105173903308.htm',
    'Cà Mau', 'Ngày 5/1, Đảng ủy, UBND tỉnh Cà Mau tổ chức tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.',
    'Phát biểu tại hội nghị, ông Nguyễn Hồ Hải, Bí thư Tỉnh ủy Cà Mau, ghi nhận và biểu dương sự cố gắng, nỗ lực của Đảng ủy, UBND tỉnh, các sở, ngành, địa phương đã thực hiện tốt công tác chỉ đạo, điều hành với những kết quả tăng trưởng khả quan. Báo cáo của UBND tỉnh Cà Mau cho thấy, tốc độ tăng trưởng kinh tế năm qua ước đạt 8%; GRDP bình quân đầu người khoảng 80 triệu đồng; tổng thu ngân sách nhà nước ước đạt 11.580 tỷ đồng, tăng 9,5%.',
    ['8.2'], ['6.1'], "the province's review of 2025 with the people's committee's report of the year: 8.2 (k032)")
doc('r102', 'J-301', 'http://dostquangtri.gov.vn/Home/Tintuc?details=11036&Ngonngu=1&CongID=1',
    'Quảng Trị', '',
    'Đến năm 2025: Cơ bản hoàn thành việc chuyển đổi số trong các cơ quan Đảng, Nhà nước, Mặt trận tổ quốc Việt nam, các tổ chức chính trị - xã hội. Xây dựng chính quyền điện tử, phát triển đô thị thông minh trên địa bàn tỉnh, phấn đấu đến năm 2025 thành phố Đông Hà và thị xã Quảng Trị cơ bản đáp ứng các tiêu chí đô thị thông minh, tập trung ưu tiên các lĩnh vực trọng yếu như: Y tế, giáo dục, du lịch, giao thông, tài nguyên và môi trường, nông nghiệp …',
    ['DTI.1', '7.1'], ['8.2'], "the goals of the province's DX plan on a department's site: DTI.1 + 7.1")
doc('r103', 'G-003', 'https://vneconomy.vn/tang-them-72-ty-usd-kinh-te-so-dong-gop-hon-14-vao-gdp-2025.htm',
    '', '',
    'Với giá trị tăng thêm đạt khoảng 72,1 tỷ USD, tăng trưởng 14,6% và đóng góp hơn 14% vào GDP, kinh tế số khẳng định là một trong những động lực tăng trưởng của nền kinh tế trong năm 2025… Theo ông Lê Trung Hiếu, Phó Cục trưởng Cục Thống kê (Bộ Tài chính), tại Việt Nam, trong giai đoạn 2021-2025, kinh tế số nổi lên như một trụ cột quan trọng trong Chiến lược chuyển đổi số quốc gia với tốc độ phát triển nhanh và tương đối đồng đều trên nhiều lĩnh vực, nhất là sau khi Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia được ban hành.',
    [], ['DTI.1'], 'national digital-economy statistics')
doc('r104', 'A-066', 'https://dongtien.khoaichau.hungyen.gov.vn/ke-hoach-thuc-hien-chuyen-doi-so-tinh-hung-yen-nam-2025-c2137.html',
    'Hưng Yên', 'Ngày 31/12/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 200/KH-UBND thực hiện chuyển đổi số tỉnh Hưng Yên năm 2025.',
    'Theo đó, Kế hoạch nêu rõ mục tiêu tổng quát như sau: Tập trung vào thực hiện hoàn thành các mục tiêu chuyển đổi số đến năm 2025 theo Nghị quyết số 06-NQ/TU ngày 15/6/2021 của Tỉnh ủy để nâng cao hiệu lực, hiệu quả hoạt động của bộ máy hành chính nhà nước;',
    ['DTI.1', '7.1'], ['1.1'], "a commune's site relays the province's DX plan 2025: DTI.1 + 7.1 (the issuer decides)")
doc('r105', 'A-190', 'https://chinhsachcuocsong.vnanet.vn/phu-tho-dan-dau-cac-tinh-trung-du-mien-nui-phia-bac-ve-chuyen-doi-so/60443.html',
    'Phú Thọ', 'Phú Thọ từng bước xây dựng và phát triển hạ tầng số theo mô hình điện toán đám mây đáp ứng yêu cầu phát triển kinh tế số, xã hội số',
    'Năm 2024, toàn tỉnh đã thực hiện 3.394.803 văn bản gửi nhận trên hệ thống quản lý văn bản và điều hành; 711.039 văn bản đi được phát hành trên trục liên thông Quốc gia. Việc gửi nhận văn bản điện tử tích hợp chữ ký số của các cơ quan nhà nước trên địa bàn tỉnh ước tính đã tiết kiệm trên 1,15 tỷ đồng/tháng cho ngân sách nhà nước.',
    ['7.1', '7.2'], ['DTI.1'], "news of the province's cloud infrastructure and e-document exchange: 7.1 + 7.2")
doc('r106', 'H-030', 'https://stttt.travinh.gov.vn/1446/38995/68245/668930/tin-chuyen-nganh/ke-hoach-phat-trien-kinh-te-so-va-xa-hoi-so-giai-doan-2022-2025-dinh-huong-den-nam-2030-tren-dia',
    'Trà Vinh', 'Kế hoạch phát triển kinh tế số và xã hội số giai đoạn 2022 - 2025, định hướng đến năm 2030 trên địa bàn tỉnh Trà Vinh',
    'Ngày 19/9/2022, Ủy ban nhân dân tỉnh Trà Vinh ban hành Kế hoạch số 59/KH-UBND về Phát triển kinh tế số và xã hội số giai đoạn 2022 - 2025, định hướng đến năm 2030 trên địa bàn tỉnh Trà Vinh Ảnh minh họa (nguồn: mic.gov.vn) Nhằm Thúc đẩy phát triển kinh tế số và xã hội số trên địa bàn tỉnh; tạo điều kiện phát triển thêm các ngành nghề kinh doanh mới, mở ra các thị trường mới và tạo thêm nhiều nhu cầu việc làm mới;',
    ['DTI.1'], ['7.1'], "the province's plan for the digital economy and society: DTI.1 alone")
doc('r107', 'A-128', 'http://tinhuyhaiduong.vn/news/Pages/new.aspx?CateID=13&ItemID=3779',
    'Hải Dương', '',
    'Ngày 26/3/2021, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 06-NQ/TU về “Chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030”. Đây là Nghị quyết chuyên đề đầu tiên của Chương trình hành động số 02-CTr/TU về thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2021 - 2025. Nghị quyết đánh giá về xu thế và những tác động của chuyển đổi số đến các lĩnh vực của đời sống kinh tế, xã hội;',
    ['DTI.1', '7.1'], ['8.2'], "the party's DX resolution on the party portal: DTI.1 + 7.1")
doc('r108', 'B-117', 'https://vndx.gov.vn/binh-thuan-ban-hanh-ke-hoach-trien-khai-chuong-trinh-chuyen-doi-so-quoc-gia-den-nam-2025-dinh-huong-den-nam-2030',
    'Bình Thuận', '',
    'Thực hiện Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ về việc phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”. Ngày 24 tháng 12 năm 2020, Ủy ban nhân dân tỉnh Bình Thuận đã ban hành Kế hoạch triển khai Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 với mục tiêu tổng quát là phát triển chính quyền số, xây dựng xã hội số, phát triển kinh tế số trong các …',
    ['DTI.1', '7.1'], ['1.1'], "the province's plan implementing the national DX programme: DTI.1 + 7.1")
doc('r109', 'dev-014', 'http://honggai.halongcity.gov.vn/nhung-nhiem-vu-giai-phap-trong-tam-cua-nghi-quyet-so-09-nq-tu-ve-chuyen-doi-so-toan-dien-tinh-quang-ninh-den-nam-2025-dinh-huong-den-nam-2030-p13n53722.html',
    'Quảng Ninh', 'Những nhiệm vụ, giải pháp trọng tâm của Nghị quyết số 09-NQ/TU về Chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030',
    'Chuyển đổi số có vai trò quan trọng, cấp bách đối với đất nước và đặc biệt quan trọng trong phòng, chống dịch COVID-19 và phục hồi kinh tế sau đại dịch. Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng cũng đã đặt rõ mục tiêu và chỉ tiêu cụ thể của nền kinh tế giai đoạn 2020 – 2025, kinh tế số sẽ chiếm 20% GDP và khoảng 30% GDP vào năm 2030.',
    ['DTI.1', '7.1'], ['1.4'], "a ward's site relays the province's DX resolution: DTI.1 + 7.1")
doc('r110', 'E-036', 'http://vhttdldaklak.gov.vn/cai-cach-thu-tuc-hanh-chinh/nam-2017-tren-91-dich-vu-cong-truc-tuyen-giai-quyet-truoc-han-va-dung-han-2411.html',
    'Đắk Lắk', 'Năm 2017: Trên 91% dịch vụ công trực tuyến giải quyết trước hạn và đúng hạn',
    'Cập nhật lúc: 10:18 03/01/2018 Thông kê chi tiết, năm 2017, hệ thống dịch vụ hành chính công trực tuyến tỉnh Đắk Lắk đã tiếp nhận 48.442 hồ sơ, đã giải quyết 42.757 hồ sơ. Trong đó có 63,7% hồ sơ giải quyết trước hạn và 28% hồ sơ giải quyết đúng hạn. Thống kê tình hình giải quyết hồ sơ trên Hệ thống dịch vụ công trực tuyến tỉnh Đắk Lắk năm 2017.',
    ['7.3'], ['3.3'], "the province's online-service system's results of 2017 on a department's site: 7.3")
doc('r111', 'A-137', 'https://congthuong.vn/ha-giang-tinh-ngheo-voi-quyet-tam-chuyen-doi-so-170695.html&mobile=yes&amp=1',
    'Hà Giang', 'Hà Giang: Tỉnh nghèo với quyết tâm chuyển đổi số',
    'Ngày 11/1/2022, UBND tỉnh Hà Giang đã ban hành Quyết định số 47/QĐ-UBND lấy ngày 28/8 hàng năm là Ngày chuyển đổi số tỉnh Hà Giang. Từ Cà Mau ra Hà Giang thuê xe máy để đi du lịch nhưng Thu không một chút lo sợ chuyện lạc đường, bởi theo Thu: “Nhiều bạn đã từng đi Hà Giang cho hay, sóng điện thoại di động và mạng Internet đã phủ hầu hết các xã ở Hà Giang, nên chỉ cần bật GPS là sẽ tới được nơi cần tới”.',
    ['DTI.1'], ['7.1'], "news of the chairman's decision setting the province's DX day (p022): DTI.1; the rest is a travel feature")
doc('r112', 'J-038', 'https://phuyen.gov.vn/wps/portal/home/trang-chu/chi-tiet/tin-tuc-su-kien/hd-lanh-dao/phan%20dau%20dat%2060%20ho%20so%20thu%20tuc%20hanh%20chinh%20duoc%20xu%20ly%20hoan%20toan%20tren%20moi%20truong%20mang/!ut/p/z0/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zijSxdjdw9TQx9Dfwt3QwcQyx9nb0DAo0M3Mz0C7IdFQEgpvGi/p0/IZ7_29E2GI41M0O9F0AT9MCKPQ20F7=CZ6_29E2GI41M0O9F0AT9MCKPQ20F6=MEns_Z7_29E2GI41M0O9F0AT9MCKPQFB20F7_WCM_PreviousPageSize.4a2d30c0-b517-4d45-9919-0650f5693ac2!5=CTX!QCPphuQCAyenQCAportalQCPphu-yen-portalQCPtin-tuc-su-kienQCPhd-lanh-daoQCPPhanQCAdauQCAdatQCA60QCAhoQCAsoQCAthuQCAtucQCAhanhQCAchinhQCAduocQCAxuQCAlyQCAhoanQCAtoanQCAtrenQCAmoiQCAtruongQCAmang=ns_Z7_29E2GI41M0O9F0AT9MCKPQFB20F7_WCM_Page.4a2d30c0-b517-4d45-9919-0650f5693ac2!3=WCM_PI!1==/',
    'Phú Yên', 'Phấn đấu đạt 60% hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng',
    'Hoạt động lãnh đạo UBND Tỉnh Phấn đấu đạt 60% hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng (02/02/2024) Theo Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024 vừa được UBND tỉnh ban hành, mục tiêu phấn đấu đạt 60% hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng;',
    ['DTI.1', '7.1'], ['1.1'], "news of the province's DX plan 2024 (an online-dossier target in the headline): DTI.1 + 7.1")
doc('r113', 'A-035', 'https://vccinews.vn/news/55493/sang-tao-quyet-liet-trong-chuyen-doi-so.html',
    'Yên Bái', '',
    'Chuyển đổi số (CĐS) ở Yên Bái là câu chuyện về sự sáng tạo, bài bản, kiên trì và rất quyết liệt, từng bước đưa CĐS từ nhận thức chuyển thành hành động. Tỉnh luôn nhất quán phương châm “CĐS phải lấy người dân là trung tâm, là chủ thể và là mục tiêu của sự phát triển”.',
    [], ['DTI.1'], "a feature on the province's DX naming no act")
doc('r114', 'A-102', 'http://tothethao.com/bong-da_vinh-phuc-dot-pha-trong-chuyen-doi-so-no-luc-cai-thien-moi-truong-dau-tu-2046136.html',
    'Vĩnh Phúc', '',
    'Chuyển đổi số là quá trình thay đổi tổng thể và toàn diện nhận thức của cá nhân, tổ chức về cách sống, cách làm việc và phương thức sản xuất. Bắt nhịp với xu thế của thế giới và trong nước, tỉnh Vĩnh Phúc đã chuyển động mạnh mẽ để tiếp cận, thích nghi, thúc đẩy, phát triển chính quyền số, kinh tế số, xã hội số.',
    [], ['DTI.1'], "a feature on the province's DX naming no act")
doc('r115', 'B-070', 'https://kinhtenongthon.vn/Ca-Mau-chuyen-doi-so-giai-quyet-cac-van-de-xa-hoi-vi-mot-cuoc-song-tot-dep-hon-cho-nguoi-dan-post52546.html',
    'Cà Mau', '',
    'Với thông điệp: “Chuyển đổi số giải quyết các vấn đề xã hội vì một cuộc sống tốt đẹp hơn cho người dân”, Cà Mau đang đồng loạt chuẩn bị các khâu để sẵn sàng cho Ngày Chuyển đổi số của địa phương, trùng với "Ngày Chuyển đổi số" quốc gia 10/10 tới. Cả hệ thống chính trị cùng vận hành số Theo Văn phòng UBND tỉnh Cà Mau, UBND tỉnh này vừa ban hành kế hoạch số 175/KH-UBND về Tổ chức ngày Chuyển đổi số quốc gia trên địa bàn năm 2022. Theo đó, tất cả các ngành các cấp sẽ đồng loạt vào cuộc, thông qua các hoạt động cộng đồng, truyền thông, giáo dục để lan tỏa thông điệp: “Chuyển đổi số giải quyết các vấn đề xã hội vì một cuộc sống tốt đẹp hơn cho người dân" Từ ngày 19/9, Cà Mau tăng cường sử …',
    [], ['DTI.1', '1.4'], "the province's plan organising the DX day's events: not its DX plan (as the contest p024; hard call)")
doc('r116', 'J-526', 'https://thanhchuong.nghean.gov.vn/tin-tuc-cds-67594/thanh-chuong-ubnd-xa-thanh-huong-trien-khai-ke-hoach-chuyen-doi-so-nam-2025-tren-dia-ban-714966',
    'Nghệ An', 'Thanh Chương: UBND xã Thanh Hương triển khai Kế hoạch chuyển đổi số năm 2025 trên địa bàn.',
    'Sáng ngày 13/02/2025, UBND xã Thanh Hương tổ chức Hội nghị triển khai Kế hoạch chuyển đổi số năm 2025 trên địa bàn xã. Hội nghị có sự tham dự của lãnh đạo Đảng ủy, HĐND, UBND, các ban ngành, đoàn thể, cùng đông đảo cán bộ, công chức và tổ công nghệ số cộng đồng trên địa bàn. Văn phòng UBND xã Thanh Hương thông qua Kế hoạch Chuyển đổi số năm 2025 trên địa bàn xã (Ảnh Lê Xuân). Các đại biểu tham dự hội nghị (Ảnh Lê Xuân).',
    [], ['DTI.1', '7.1'], "a commune's DX plan: issuer level")
doc('r117', 'dev-027', 'https://lite.baomoi.com/90-thu-tuc-hanh-chinh-duoc-cung-cap-truc-tuyen-toan-trinh-trong-nam-2025-c51227903.epi',
    'Thanh Hóa', '90% thủ tục hành chính được cung cấp trực tuyến toàn trình trong năm 2025',
    'UBND tỉnh vừa ban hành kế hoạch chuyển đổi số năm 2025 với hàng loạt chỉ tiêu, trong đó phấn đấu nằm trong top 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số. Các trường học trên địa bàn tỉnh đẩy mạnh ứng dụng công nghệ thông tin trong dạy học. Các trường học trên địa bàn tỉnh đẩy mạnh ứng dụng công nghệ thông tin trong dạy học.',
    ['DTI.1', '7.1'], ['3.1'], "news of the province's DX plan 2025: DTI.1 + 7.1")
doc('r118', 'A-183', 'https://thoibao.online/paper/cac-tinh-thanh-pho-can-som-ban-hanh-nghi-quyet-ve-chuyen-doi-so-7687',
    'Quảng Bình', 'Các tỉnh, thành phố cần sớm ban hành Nghị quyết về chuyển đổi số',
    'Mục tiêu trong Nghị quyết về chuyển đổi số của Tỉnh ủy Quảng Bình là kinh tế số chiếm 20% GRDP (tổng sản phẩm trên địa bàn - PV) của tỉnh vào năm 2025. Kinh tế số sẽ góp 20% vào GRDP của tỉnh Quảng Bình Nghị quyết của Ban chấp hành Đảng bộ tỉnh Quảng Bình về chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030 đã được Bí thư tỉnh ủy Vũ Đại Thắng ký ban hành.',
    ['DTI.1', '7.1'], ['8.2'], "news of the party's DX resolution of the province: DTI.1 + 7.1")
doc('r119', 'D-066', 'https://vietnamhoinhap.vn/vi/ha-nam-dan-dau-ve-ty-le-ho-so-truc-tuyen-toan-trinh-50847.htm',
    '', 'Hà Nam dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình',
    'Hà Nam dẫn đầu với số hồ sơ trực tuyến toàn trình là 115.665 và tổng số hồ sơ giải quyết TTHC là 168.746, chiếm 68,54%. Tỷ lệ này đưa tỉnh dẫn đầu cả nước, vượt Đà Nẵng (58,89%), Hà Giang (55,76%), Nam Định (52,96%). Các tỉnh thành còn lại đạt tỷ lệ dưới 50%, trong khi TP HCM, Hà Nội thuộc nhóm thấp nhất, dưới 10%. Tỷ lệ hồ sơ trực tuyến toàn trình là một trong các yếu tố thể hiện việc ứng dụng dịch vụ công trực tuyến.',
    [], ['7.3'], 'a national ranking of fully online dossiers')
doc('r120', 'B-063', 'http://vjst.vn/vn/tin-tuc/19305/dong-nai--xay-dung-chinh-quyen-so-toan-dien--hien-dai-va-minh-bach.aspx',
    'Đồng Nai', '',
    'Đồng Nai chú trọng mục tiêu xây dựng chính quyền số toàn diện, hiện đại và minh bạch (nguồn: Sở Khoa học và Công nghệ tỉnh Đồng Nai). Một trong những mục tiêu quan trọng nhất của Kế hoạch là đảm bảo kết nối và chia sẻ dữ liệu với 100% các cơ sở dữ liệu quốc gia và chuyên ngành do các bộ, ngành và địa phương quản lý. Việc này nhằm tạo nền tảng vững chắc cho việc xây dựng chính quyền số toàn diện, nơi mọi thông tin được số hóa và chia sẻ thông suốt, tránh tình trạng người dân, doanh nghiệp phải cung cấp lại thông tin nhiều lần khi thực hiện thủ tục hành chính.',
    ['7.1'], ['1.1'], "news of the province's digital-government plan on data connection: 7.1 (hard call: DTI.1 left unlabelled)")
doc('r121', 'D-037', 'https://baoxaydung.com.vn/quang-binh-thuc-day-tien-trinh-chuyen-doi-so-dong-bo-toan-dien-327033.html',
    'Quảng Bình', '',
    '(Xây dựng) – Năm 2022, tỉnh Quảng Bình sẽ tập trung xây dựng và khai thác hiệu quả các nền tảng thiết yếu cho phát triển chính phủ số, kinh tế số, xã hội số. Chiến lược phát triển chuyển đổi số gắn liền với chiến lược phát triển kinh tế - xã hội của địa phương. Việc chuyển đổi số và xây dựng Chính phủ điện tử được UBND tỉnh Quảng Bình quan tâm thực hiện.',
    ['DTI.1', '7.1'], ['8.2'], "news of the province's DX plan for 2022: DTI.1 + 7.1")
doc('r122', 'J-223', 'https://thoibaotaichinhvietnam.vn/hai-phong-tong-thu-ngan-sach-nha-nuoc-2-thang-dau-nam-2026-dat-41546-ty-dong-192907.html',
    'Hải Phòng', '',
    '(TBTCO) - Tổng thu ngân sách nhà nước trên địa bàn TP. Hải Phòng ước thực hiện 2 tháng đầu năm 2026 là 41.546 tỷ đồng, đạt 21,3% dự toán được giao (đạt 120,8% kịch bản tăng trưởng). Trong đó, thu nội địa thực hiện 21.929 tỷ đồng, đạt 21,3% dự toán được giao. Đây là thông tin được UBND TP.',
    [], ['6.1', '8.2'], "two months' budget revenue: not the year's account")
doc('r123', 'J-348', 'https://kontumtv.vn/video-clip/thoi-su/ubnd-tinh-kon-tum-ban-hanh-chuong-trinh-hanh-dong-nam-2015',
    'Kon Tum', '',
    '(kontumtv.vn) – UBND tỉnh Kon Tum đã ban hành Chương trình hành động triển khai thực hiện các Nghị quyết của Chính phủ, HĐND tỉnh về kinh tế – xã hội và dự toán ngân sách Nhà nước năm 2015. Năm 2015, mục tiêu tổng quát của tỉnh là “Huy động các nguồn lực, phấn đấu duy trì tốc độ tăng trưởng kinh tế trên 13% với cơ cấu kinh tế hợp lý, đảm bảo an sinh và phúc lợi xã hội; cải thiện và nâng cao đời sống vật chất, tinh thần của nhân dân; giữ vững ổn định chính trị, tăng cường củng cố quốc phòng, đảm bảo an ninh trật tự, an toàn xã hội, mở rộng quan hệ đối ngoại”.',
    ['8.2'], ['1.1'], "the province's action programme for the year's socio-economic and budget resolutions: 8.2 (the year's plan)")
doc('r124', 'J-203', 'https://bnews.vn/phe-duyet-dieu-chinh-quy-hoach-tong-the-phat-trien-kinh-te-xa-hoi-tinh-bac-kan/71923.html',
    'Bắc Kạn', 'Phê duyệt điều chỉnh Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Bắc Kạn',
    'Bắc Kạn đặt mục tiêu tốc độ tăng trưởng GRDP bình quân 6,5 -6,8%/năm, trong đó: Nông - lâm nghiệp và thủy sản tăng 5 - 5,2%/năm; Công nghiệp - xây dựng tăng 6 - 7%/năm; Dịch vụ tăng 7,2 - 8,0%/năm; thuế sản phẩm tăng 9 - 10%/năm. Cơ cấu kinh tế đến năm 2020: Khu vực nông - lâm nghiệp và thủy sản 34 - 35%; Công nghiệp - xây dựng 16,4%; Dịch vụ 46,8%; Thuế sản phẩm trừ trợ cấp 2%.',
    [], ['8.2'], "the adjusted socio-economic master plan: not the year's plan")
doc('r125', 'B-039', 'https://kkt-kontum.com/cai-cach-hanh-chinh/Nang-cao-Hieu-qua-Dich-vu-cong-truc-tuyen-den-nam-2025,-dinh-huong-2030-1970',
    'Kon Tum', '',
    'Thực hiện Quyết định 1588/QĐ-TTg ngày 17/12/2024 của Thủ tướng Chính phủ, UBND tỉnh Kon Tum ban hành Kế hoạch số 1084/KH-UBND ngày 03/04/2025 nhằm phát triển dịch vụ công trực tuyến (DVCTT), hướng tới chính quyền số toàn diện, phục vụ người dân và doanh nghiệp hiệu quả hơn.',
    ['7.3'], ['3.3'], "news of the province's plan developing online public services: 7.3")
doc('r126', 'J-506', 'https://baothuathienhue.vn/a-luoi-phan-dau-giam-ty-le-ho-ngheo-con-3-nam-a97335.html',
    'Thừa Thiên Huế', '',
    'A Lưới phấn đấu giảm tỷ lệ hộ nghèo còn 3%/năm TTH.VN - Đó là một trong những chỉ tiêu chủ yếu liên quan nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 – 2025 được lãnh đạo Huyện ủy A Lưới thông tin tại Hội nghị Huyện ủy lần thứ tư (mở rộng), diễn ra ngày 4/3.',
    [], ['8.2'], "a district party committee's five-year targets")
doc('r127', 'J-531', 'https://tuyengiao.hungyen.dcs.vn/nam-2025-tinh-hung-yen-dat-muc-tieu-tang-truong-kinh-te-8-c235794.html',
    'Hưng Yên', '',
    'Trong hai ngày 10-11/12, Kỳ họp thứ 23, Hội đồng nhân dân tỉnh Hưng Yên khóa 17, nhiệm kỳ 2021-2026 đã tập trung thảo luận, xem xét các báo cáo, tờ trình và thông qua nhiều nghị quyết quan trọng, trong đó có nghị quyết về nhiệm vụ phát triển kinh tế-xã hội năm 2025 với mục tiêu tăng trưởng kinh tế 8%. Kỳ họp thứ 23, Hội đồng nhân dân tỉnh Hưng Yên khóa 17, nhiệm kỳ 2021-2026. Năm 2025, tỉnh Hưng Yên đặt mục tiêu: tăng trưởng kinh tế 8%;',
    ['8.2'], ['6.1'], "the council's resolution on the socio-economic tasks of 2025: 8.2")
doc('r128', 'J-510', 'https://hatinh.gov.vn/bai-viet/trien-khai-ke-hoach-phat-trien-kinh-te---xa-hoi-nam-2026-tren-dia-ban-tinh',
    'Hà Tĩnh', 'Triển khai kế hoạch phát triển kinh tế - xã hội năm 2026 trên địa bàn tỉnh',
    'Nhằm tạo nền tảng vững chắc cho phát triển bền vững, Hà Tĩnh đang tập trung triển khai kế hoạch phát triển kinh tế – xã hội năm 2026 với nhiều nhiệm vụ, giải pháp trọng tâm, quyết tâm hoàn thành các mục tiêu đã đề ra. Năm 2026 là năm có ý nghĩa quan trọng, diễn ra Đại hội lần thứ XIV của Đảng, tổ chức bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031, cũng là năm đầu triển khai Kế hoạch phát triển kinh …',
    ['8.2'], ['6.1'], "the province's socio-economic plan of 2026 on its portal: 8.2")
doc('r129', 'J-319', 'https://doanhnghiephoinhap.vn/tp-hue-quan-thuan-hoa-phan-dau-toc-do-tang-truong-gia-tri-san-xuat-12-nam-2025-93327.html',
    'Thừa Thiên Huế', '',
    'Chiều ngày 15/1, UBND quận Thuận Hóa - TP. Huế đã tổ chức hội nghị triển khai kế hoạch phát triển kinh tế - xã hội, quốc phòng - an ninh và phát động phong trào thi đua năm 2025. Hội nghị có sự tham dự của Ủy viên Thường vụ Thành ủy TP. Huế, Bí thư Quận ủy Thuận Hóa - ông Phan Thiên Định; Phó Bí thư Quận ủy, Quyền Chủ tịch UBND quận Thuận Hóa - ông Nguyễn Đình Bách cùng lãnh đạo các phòng, ban và địa phương trên địa bàn quận.',
    [], ['8.2'], "a district's plan of the year: issuer level")
doc('r130', 'J-115', 'https://saovietonline.com/tag/tay-ninh',
    'Tây Ninh', '',
    'Tây Ninh: 6 tháng đầu năm 2025 đạt nhiều kết quả tích cực về kinh tế, văn hóa – xã hội. GRDP ước tăng cao nhất vùng Nam và xếp thứ 7 cả nước. Điểm nổi bật là tốc độ giải ngân vốn đầu tư công đạt 46,66%, cao hơn mức trung bình của cả nước. Văn hóa – xã hội nổi bật là chuyển đổi số và cải cách hành chính có nhiều chuyển biến tích cực. Năm 2025, tỉnh Tây Ninh phấn đấu GRDP tăng 9 – 9,5%, tỷ lệ tham gia bảo hiểm y tế 95%, giảm 13,5% hộ nghèo. Tháng 6, UBND tỉnh Tây Ninh tổ chức họp thường kỳ để thảo luận về tình hình kinh tế – xã hội của tỉnh trong 6 tháng đầu năm.',
    [], ['8.2'], 'a tag page teaser of six-month results')
doc('r131', 'F-020', 'https://huongthuy.thuathienhue.gov.vn/?gd=23&cn=212&tc=5332',
    'Thừa Thiên Huế', '',
    'Báo cáo tình hình kinh tế - xã hội Quý II và nhiệm vụ trọng tâm 6 tháng cuối năm 2018 A. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2018: I. Về phát triển kinh tế: Giá trị sản xuất ước thực hiện 6 tháng đầu năm là 10.473 tỷ đồng, đạt 50,06% kế hoạch, tăng 17,53% so với cùng kỳ năm trước. 1. Dịch vụ: Tổng mức bán lẻ hàng hóa và dịch vụ đạt 1.094 tỷ đồng, tăng 4,1% so với cùng kỳ;',
    [], ['8.2', '1.2'], "a town's quarterly socio-economic report: issuer level")
doc('r132', 'J-338', 'https://amp.baodautu.vn/da-nang-dat-muc-tieu-tang-truong-8---85-nam-2024-d204975.html',
    'Đà Nẵng', '',
    'UBND TP. Đà Nẵng đặt ra 10 chỉ tiêu chủ yếu sẽ tập trung thực hiện trong năm 2024. Thông tin được đưa ra tại Kỳ họp thứ 15, HĐND thành phố khóa X, nhiệm kỳ 2021-2026 đang diễn ra. Một là, tổng sản phẩm xã hội trên địa bàn (GRDP, giá so sánh năm 2010) ước tăng 8-8,5% so với ước thực hiện 2023. Hai là, giá trị gia tăng khu vực dịch vụ ước tăng 8,5-9%; công nghiệp - xây dựng ước tăng 6-6,5%; nông, lâm nghiệp - thủy sản ước tăng 2-2,5%; tỷ trọng công nghiệp chế biến, chế tạo trong GRDP đạt khoảng 14,5%. Ba là, GRDP bình quân đầu người đạt 4.900USD. Bốn là, kim ngạch xuất khẩu hàng hóa ước tăng 5-6%.',
    ['8.2'], ['6.1'], "the city's ten main targets of 2024 presented to the council: 8.2")
doc('r133', 'G-090', 'https://baovinhlong.com.vn/khoa-hoc-cong-nghe/202603/chu-dong-kien-tao-va-phuc-vu-nhan-dan-0903f58',
    '', '',
    'Chủ trì phiên họp thứ nhất năm 2026 của BCĐ Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST, CĐS) và Đề án 06, Thủ tướng Chính phủ Phạm Minh Chính- Trưởng BCĐ nhấn mạnh, năm 2026 phải đột phá, xoay chuyển tình thế và tăng tốc bứt phá, chuyển đổi trạng thái mạnh mẽ từ thụ động quản lý là chính sang chủ động kiến tạo phát triển và phục vụ Nhân dân.',
    [], ['DTI.1', '7.4'], "the Government's DX steering committee session: national")
doc('r134', 'B-163', 'https://baodanang.vn/channel/5404/202208/den-nam-2025-kinh-te-so-cua-da-nang-dat-ty-trong-tu-20-grdp-tro-len-3919179/',
    'Đà Nẵng', 'Đến năm 2025, kinh tế số của Đà Nẵng đạt tỷ trọng từ 20% GRDP trở lên',
    'ĐNO - UBND thành phố vừa ban hành kế hoạch triển khai Quyết định số 411/QĐ-TTg ngày 31-3-2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 trên địa bàn thành phố. Theo đó, đối với phát triển kinh tế số, thành phố phấn đấu đạt mục tiêu cơ bản đến năm 2025 chiếm tối thiểu 20% GRDP của thành phố, đến năm 2030 đạt 30%.',
    ['DTI.1'], ['7.1'], "the city's plan implementing the national digital economy and society strategy: DTI.1 alone")
doc('r135', 'J-022', 'http://vietnamtourism.vn/index.php/news/items/10540',
    'Khánh Hòa', 'Du lịch Khánh Hòa phấn đấu đạt 4.500 tỷ đồng vào năm 2015',
    'Theo Chương trình hành động của du lịch tỉnh Khánh Hòa giai đoạn 2012 – 2015 và định hướng đến năm 2020, toàn ngành phấn đấu đến năm 2015 đạt doanh thu 4.300 tỷ đồng, tốc độ tăng trưởng bình quân hàng năm là 15%. Năm 2015, Khánh Hòa đặt mục tiêu đón 3,1 triệu lượt khách lưu trú, trong đó có 900.000 lượt khách quốc tế với tốc độ tăng trưởng bình quân hàng năm là 11%.',
    [], ['8.2'], "the tourism sector's programme: a sector")
doc('r136', 'E-072', 'https://vtvgo.vn/kho-video/ha-noi-day-nhanh-tien-do-cap-can-cuoc-cong-dan-gan-chip-dien-tu-chuyen-dong-24h-818944.html',
    'Hà Nội', '',
    '50% số dân cư trú từ 14 tuổi trở lên, đặc biệt là các trường hợp thường xuyên thực hiện các giao dịch phải được cấp căn cước công dân điện tử. Đây là mục tiêu mà TP. Hà Nội phải đạt được vào ngày 1/5 năm nay để đẩy nhanh tiến độ thực hiện các địa bàn trên thành phố đang nỗ lực triển khai các tổ cấp căn cước công dân lưu động, làm việc cả ngày nghỉ và ngoài giờ.',
    [], ['7.4'], "the city's electronic ID card target: police work (hard call, as the fourth pass's Đề án 06 police pages)")
doc('r137', 'J-454', 'https://congthuong.vn/bac-lieu-toc-do-tang-truong-kinh-te-6-thang-dau-nam-dat-574-329981.html&mobile=yes&amp=1',
    'Bạc Liêu', 'Bạc Liêu: Tốc độ tăng trưởng kinh tế 6 tháng đầu năm đạt 5,74%',
    'Theo thống kê, tốc độ tăng trưởng kinh tế của tỉnh Bạc Liêu trong 6 tháng đầu năm 2024 ước tăng 5,74%, thấp hơn so với cùng kỳ năm 2023 và xếp thứ 8/13 tỉnh Đồng bằng sông Cửu Long. Trong đó, khu vực nông - lâm nghiệp và thủy sản tăng 6,15%, khu vực công nghiệp - xây dựng tăng 3,95% và khu vực dịch vụ tăng 6,11% so với cùng kỳ năm ngoái.',
    [], ['8.2'], "six-month growth: not the year's account")
doc('r138', 'E-044', 'https://www.doingoailaocai.vn/vi/bai-viet/21957',
    'Lào Cai', 'Lào Cai: Ban hành Kế hoạch đột phá phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số',
    'Uỷ ban nhân dân tỉnh Lào Cai vừa ban hành Kế hoạch đột phá phát triển khoa học công nghệ (KHCN), đổi mới sáng tạo và chuyển đổi số giai đoạn 2025-2030, định hướng đến năm 2045. Kinh tế số và chuyển đổi số: Kinh tế số đóng góp tối thiểu 20% vào GRDP của tỉnh; 100% doanh nghiệp đang hoạt động ứng dụng khoa học, công nghệ, công nghệ số trong sản xuất, kinh doanh và quản trị; 80% giao dịch không dùng tiền mặt trong các hoạt động kinh tế - xã hội;',
    ['DTI.1', '7.1'], ['8.2'], "news of the province's plan for science, innovation and DX 2025-2030: DTI.1 + 7.1")
doc('r139', 'J-527', 'https://sodttg.langson.gov.vn/thong-tin-tuyen-truyen/tuyen-truyen-a/thong-bao-nhanh-ket-qua-dai-hoi-dai-bieu-dang-bo-tinh-lang-son-lan-thu-xviii-nhiem-ky-2025-2030.html',
    'Lạng Sơn', 'Thông báo nhanh kết quả Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII, nhiệm kỳ 2025 - 2030',
    'Kết quả Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII, nhiệm kỳ 2025 - 2030 I. THỜI GIAN, THÔNG TIN ĐẠI BIỂU, THÀNH PHẦN VÀ CHỦ ĐỀ, PHƯƠNG CHÂM ĐẠI HỘI Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII, nhiệm kỳ 2025 - 2030 được tổ chức từ ngày 24/9 đến ngày 26/9/2025 tại Trung tâm Hội nghị tỉnh Lạng Sơn. Phiên trù bị bắt đầu từ 14h30’ ngày 24/9/2025, phiên khai mạc vào lúc 07h30’ ngày 25/9/2025 và bế mạc vào sáng ngày 26/9/2025. 2.',
    [], ['8.2'], 'a party congress outline')
doc('r140', 'J-013', 'https://vov.gov.vn/bac-kan-phan-dau-co-it-nhat-500-hop-tac-xa-kieu-moi-nam-2030-dtnew-86590',
    'Bắc Kạn', 'Bắc Kạn phấn đấu có ít nhất 500 hợp tác xã kiểu mới năm 2030',
    'VOV.VN - Tỉnh Bắc Kạn phấn đấu đến năm 2030, sẽ có ít nhất 500 tổ hợp tác, 500 hợp tác xã kiểu mới và 5 liên hiệp hợp tác xã trong toàn tỉnh. Hôm nay (12/8), tỉnh Bắc Kạn tổng kết 15 năm thực hiện Nghị quyết 13 của Ban Chấp hành Trung ương (khóa IX) về tiếp tục đổi mới, phát triển, nâng cao hiệu quả kinh tế tập thể.',
    [], ['8.2'], 'cooperative-economy goals (x358)')
doc('r141', 'G-015', 'https://dangcongsan.vn/tinhuylangson/Lists/XayDungDang/View_Detail.aspx?ItemID=3182',
    'Lạng Sơn', '',
    'Nhằm phát huy truyền thống đoàn kết, trí tuệ, kỷ cương, sáng tạo, tích cực thi đua phấn đấu hoàn thành và hoàn thành vượt mức các mục tiêu, nhiệm vụ năm 2025, tỉnh Lạng Sơn đã phát động thi đua sâu rộng trong toàn tỉnh với chủ đề: “Siết chặt kỷ cương, tăng cường trách nhiệm, quyết liệt hành động, tăng tốc bứt phá”, tập trung thúc đẩy tăng trưởng kinh tế nhanh và bền vững, phấn đấu năm 2025 tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) đạt từ 8% …',
    [], ['8.2', '1.5'], "the province's emulation campaign of 2025: nobody's evidence")
doc('r142', 'E-003', 'https://vinhlong.vinhlinh.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1650860128903/1739324485426',
    'Quảng Trị', '',
    'Thực hiện Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND huyện Vĩnh Linh về việc đẩy mạnh sử dụng dịch vụ công trực tuyến và nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn huyện Vĩnh Linh năm 2025; UBND xã Vĩnh Long xây dựng Kế hoạch số: 25/KH-UBND ngày 11/02/2025 về đẩy mạnh sử dụng dịch vụ công trực tuyến và nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn xã Vĩnh Long Theo kế hoạch, xã Vĩnh Long đặt mục tiêu 100% thủ tục hành …',
    [], ['7.3'], "a commune's online-services plan: issuer level")
doc('r143', 'J-335', 'https://truyenhinhnghean.vn/media/chuyen-muc/202503/nghe-an-no-luc-hoan-thanh-muc-tieu-xay-dung-nong-thon-moi-giai-doan-2021-2025-90b2216',
    'Nghệ An', '',
    'Nghệ An nỗ lực hoàn thành mục tiêu xây dựng nông thôn mới giai đoạn 2021-2025 Nghị quyết số 18 của HĐND tỉnh về Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 tỉnh Nghệ An đã đề ra chỉ tiêu xây dựng nông thôn mới đến năm 2025 là: có 82% số xã đạt chuẩn nông thôn mới, trong đó có 20% số xã đạt chuẩn nông thôn mới nâng cao, 5% số xã đạt chuẩn nông thôn mới kiểu mẫu và 11 đơn vị cấp huyện được công nhận hoàn thành nhiệm vụ xây dựng, đạt …',
    [], ['8.2'], 'new-countryside targets of the five-year plan')
doc('r144', 'J-012', 'https://www.webtretho.com/f/trai-nghiem-cuoc-song/ninh-binh-phan-dau-den-nam-2025-don-tu-89-trieu-luot-khach-du-lich',
    'Ninh Bình', '',
    'UBND tỉnh Ninh Bình vừa ban hành Kế hoạch số 44 /KH-UBND cơ cấu lại ngành dịch vụ đến năm 2020, định hướng đến năm 2025 trên địa bàn tỉnh. Theo Kế hoạch, đến năm 2025, Ninh Bình sẽ đón từ 8-9 triệu lượt khách du lịch, doanh thu du lịch đạt 8.000 tỷ đồng; kim ngạch xuất khẩu đến cuối nhiệm kỳ 2025 đạt 3.200 triệu USD.',
    [], ['8.2'], 'a service-sector restructuring plan')
doc('r145', 'dev-009', 'https://anbien.kiengiang.gov.vn/trang/TinTuc/inbaiviet.aspx?nid=635',
    'Kiên Giang', 'Hội nghị trực tuyến nâng cao nâng cao các Chỉ số PAPI, PCI và cải cách hành chính năm 2019',
    'Ngày 11/7/2019 UBND tỉnh tổ chức hội nghị trực tuyến triển khai các kế hoạch nâng cao các chỉ số: Năng lực cạnh tranh (PCI); Hiệu quả quản trị và hành chính công (PAPI); Cải cách hành chính cấp tỉnh (PAR INDEX). Hội nghị do Chủ tịch UBND tỉnh Phạm Vũ Hồng chủ trì. Khắc phục những tồn tại, hạn chế trong việc thực hiện Chỉ số PAR INDEX của tỉnh năm 2018.',
    ['PAPI.1', 'PCI.1'], ['1.1'], "a district's site on the province's conference deploying its PAPI, PCI and PAR plans: PAPI.1 + PCI.1 (as c56)")
doc('r146', 'A-001', 'https://giaoducthoidai.vn/bac-giang-3-nam-dan-dau-ve-xay-dung-chinh-quyen-dien-tu-post635827.html',
    'Bắc Giang', 'Bắc Giang 3 năm dẫn đầu về xây dựng chính quyền điện tử',
    'GD&TĐ - Chỉ số CCHC của tỉnh Bắc Giang đạt 88,54 điểm, trong đó, "Xây dựng và phát triển chính quyền điện tử, chính quyền số" tiếp tục dẫn đầu cả nước. Đoàn kiểm tra tại bộ phận Một cửa phường Thọ Xương (TP Bắc Giang). Đoàn kiểm tra tại bộ phận Một cửa phường Thọ Xương (TP Bắc Giang).',
    [], ['1.7', '7.1'], "the ministry's PAR ranking of the province: published by others")
doc('r147', 'A-003', 'https://tuoitre.bacgiang.gov.vn/hoat-dong/chuyen-doi-so/ke-hoach-chuyen-doi-so-trong-cac-co-quan-nha-nuoc-tinh-bac-giang-nam-2023.html',
    'Bắc Giang', 'Kế hoạch Chuyển đổi số trong các cơ quan nhà nước tỉnh Bắc Giang năm 2023',
    'UBND tỉnh Bắc Giang vừa ban hành Kế hoạch số 6649/KH-UBND về Chuyển đổi số trong các cơ quan nhà nước tỉnh Bắc Giang năm 2023. Theo Kế hoạch, năm 2023 tiếp tục xây dựng, phát triển chính quyền điện tử, chính quyền số tỉnh Bắc Giang tổng thể, toàn diện, có mô hình hoạt động được thiết kế, vận hành dựa trên dữ liệu và công nghệ số để đưa hoạt động của các cấp chính quyền lên môi trường số, đảm bảo an toàn thông tin;',
    ['DTI.1', '7.1'], ['1.1'], "the province's plan for DX in state agencies 2023 relayed by the youth union: DTI.1 + 7.1 (hard call: the chính quyền số pillar alone, titled a DX plan)")
doc('r148', 'A-009', 'https://www.nghean.gov.vn/de-an-06/nghe-an-la-mot-trong-nhung-dia-phuong-thuc-hien-co-hieu-qua-de-an-06-cp-voi-nhieu-mo-hinh-cach-l-965857?pageindex=0',
    'Nghệ An', 'Nghệ An là một trong những địa phương thực hiện có hiệu quả Đề án 06/CP với nhiều mô hình, cách làm hay, sáng tạo',
    'Với quyết tâm, nỗ lực, kết quả đạt được, trong 06 tháng đầu năm 2025, Tổ công tác triển khai Đề án 06 Chính phủ đã 02 lần biểu dương Nghệ An là một trong những địa phương thực hiện có hiệu quả Đề án 06/CP với nhiều mô hình, cách làm hay, sáng tạo.',
    ['7.4'], ['DTI.1'], "the province's Đề án 06 results on its portal: 7.4 (k013)")
doc('r149', 'A-017', 'https://baohatinh.vn/ha-tinh-co-hon-29-ho-so-su-dung-dich-vu-cong-truc-tuyen-post203401.html',
    'Hà Tĩnh', '',
    '(Baohatinh.vn) - Tính đến nay, tỷ lệ giải quyết hồ sơ đúng hạn của Hà Tĩnh đạt 99,84%; có 29,1% hồ sơ sử dụng dịch vụ công trực tuyến, tăng hơn 9,1% so với năm 2019. Theo số liệu từ Cổng dịch vụ công tỉnh Hà Tĩnh, tính đến nay, toàn tỉnh đã tiếp nhận 434.835 hồ sơ, tỷ lệ xử lý đúng hạn đạt 99,84%, trong đó hiện có 17 đơn vị, sở, ngành và 2 địa phương có tỷ lệ hồ sơ xử lý đúng hạn đạt 100%. Tỷ lệ hồ sơ xử lý đúng hạn của Hà Tĩnh đạt 99,84%.',
    ['3.3', '7.3'], ['3.5'], "the province's on-time and online dossier rates: 3.3 + 7.3")
doc('r150', 'A-018', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-457-KH-UBND-2025-nang-cao-chat-luong-cung-cap-dich-vu-cong-truc-tuyen-toan-trinh-Ha-Tinh-688028.html',
    'Hà Tĩnh', 'Kế hoạch 457/KH-UBND năm 2025 nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình trên địa bàn tỉnh Hà Tĩnh',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 457/KH-UBND Hà Tĩnh, ngày 20 tháng 8 năm 2025\nNÂNG CAO CHẤT LƯỢNG CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH TRÊN ĐỊA BÀN TỈNH HÀ TĨNH\nCăn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;',
    ['7.3'], ['DTI.1'], "the province's plan raising full online services: 7.3")
doc('r151', 'A-021', 'http://vanphong.langson.gov.vn/en/node/57144',
    'Lạng Sơn', '',
    'Tăng cường thực hiện các giải pháp nâng cao chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI) năm 2019 UBND tỉnh chỉ đạo tiếp tục tăng cường thực hiện các giải pháp nhằm nâng cao chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI) năm 2019 (Kế hoạch số 472/UBND-NC, ngày 27/5/2019). Ảnh minh họa.',
    ['PAPI.1'], ['1.1'], "the province's direction to raise its PAPI 2019: PAPI.1")
doc('r152', 'A-025', 'https://khoahockythuat.ninhbinh.gov.vn/nghien-cuu-trien-khai/day-manh-chuyen-doi-so-gop-phan-phat-trien-kinh-te-xa-hoi-cua-tinh-2047.html',
    'Ninh Bình', '',
    'Ngày 20/4/2021, Ban Chấp hành Đảng bộ tỉnh Ninh Bình đã ban hành Nghị quyết số 01-NQ/TU về xây dựng Chính quyền điện tử, chuyển đổi số đến năm 2025, định hướng đến năm 2030. với quan điểm thực hiện chuyển đổi số gắn liền với tiếp tục xây dựng, phát triển Chính quyền điện tử/Chính quyền số sẽ là động lực quan trọng, là cách tiếp cận cuộc cách mạng công nghiệp lần thứ tư trên địa bàn tỉnh một cách nhanh chóng, đưa tỉnh Ninh Bình bứt phá vươn lên …',
    ['DTI.1', '7.1'], ['8.2'], "the party's resolution on e-government and DX to 2025: DTI.1 + 7.1")
doc('r153', 'A-029', 'http://yenbai.gov.vn/cctthc/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=919&l=TinHoatDong+',
    'Yên Bái', '',
    'Tỉnh Yên Bái đã ban hành các chương trình, kế hoạch, Kiến trúc chính quyền điện tử (CQĐT) tỉnh, Kiến trúc đô thị thông minh (ICT) phù hợp với điều kiện kinh tế - xã hội của tỉnh. Qua đó đã thực hiện đầu tư các dự án công nghệ thông tin xây dựng CQĐT, ĐTTM một cách bài bản, tổng thể đảm bảo quy mô và đạt được những kết quả tích cực.',
    ['7.1'], ['DTI.1'], "the province's e-government and smart-city architectures: 7.1")
doc('r154', 'A-039', 'https://m.tinnhanhchungkhoan.vn/nam-2022-hai-phong-phan-dau-kinh-te-so-chiem-10-grdp-cua-thanh-pho-post294181.html',
    'Hải Phòng', '',
    'Theo đó, về phát triển Chính phủ số, TP.Hải Phòng đặt mục tiêu đạt 100% thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4; 100% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất trên tất cả các hệ thống của các cấp chính quyền từ trung ương đến địa phương;',
    ['DTI.1', '7.1'], ['1.1'], "news of the city's DX plan 2022: DTI.1 + 7.1")
doc('r155', 'A-040', 'http://www.baomoi.com/xay-dung-thanh-cong-mo-hinh-chinh-quyen-dien-tu-thanh-pho-vao-nam-2020/c/20741812.epi',
    'Hải Phòng', '',
    '(BVPL) - UBND thành phố Hải Phòng vừa có Quyết định về việc phê duyệt Đề án “Chính quyền điện tử thành phố Hải Phòng”. (BVPL) - UBND thành phố Hải Phòng vừa có Quyết định về việc phê duyệt Đề án “Chính quyền điện tử thành phố Hải Phòng”. Mục tiêu cụ thể đến năm 2020: 100% thông tin chỉ đạo, điều hành của các cơ quan nhà nước từ thành phố đến xã, phường, thị trấn được đưa lên mạng; 100% văn bản thuộc quản lý của thành phố, sở, ngành, quận, huyện và 60% thuộc quản lý của xã, phường, thị trấn được số hóa và trao đổi, lưu chuyển trên môi trường mạng;',
    ['7.1'], ['3.3'], "news of the city's e-government project: 7.1")
doc('r156', 'A-043', 'https://baophapluat.vn/kien-tao-vi-dan-o-thanh-pho-hoa-phuong-do-post329462.html',
    'Hải Phòng', '',
    'Sau thời gian đầu triển khai, hệ thống phần mềm quản lý văn bản liên thông 4 cấp chính quyền đã hoàn thiện. Từ ngày 01/01/2019, Hải Phòng thống nhất thực hiện gửi, nhận văn bản điện tử trên trục liên thông với các sở, ban, ngành TP và UBND các quận, huyện; tổ chức triển khai liên thông đến cấp xã.',
    ['7.2'], ['7.3'], "the city's e-document exchange on the shared axis: 7.2")
doc('r157', 'A-046', 'https://baolaocai.vn/lao-cai-xep-thu-26-ve-chi-so-cai-cach-hanh-chinh-par-index-nam-2024-post399806.html',
    'Lào Cai', 'Lào Cai xếp thứ 26 về chỉ số cải cách hành chính (PAR INDEX) năm 2024',
    'Sáng 6/4, tại Phiên họp Chính phủ thường kỳ tháng 3/2025 và Hội nghị trực tuyến Chính phủ với địa phương đã công bố kết quả, xếp hạng Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024 và Chỉ số cải cách hành chính (PAR Index) năm 2024 của UBND các tỉnh, thành phố trực thuộc Trung ương.',
    [], ['SIPAS.2', '1.7'], "the ministry's PAR and SIPAS rankings relayed")
doc('r158', 'A-070', 'https://doanhnghiephoinhap.vn/phu-tho-xep-thu-9-ca-nuoc-ve-chi-so-cai-cach-hanh-chinh-par-index-nam-2023.html',
    'Phú Thọ', 'Phú Thọ xếp thứ 9 cả nước về Chỉ số cải cách hành chính (PAR Index) năm 2023',
    'Kết quả Chỉ số cải cách hành chính (PAR Index) năm 2023 của Phú Thọ đạt 89,19 điểm, vươn lên xếp vị trí thứ 9 cả nước (tăng 9 bậc so với năm 2022). Phú Thọ xếp thứ 9/63 trong bảng xếp hạng PAR INDEX năm 2023 Phú Thọ xếp thứ 9/63 trong bảng xếp hạng PAR INDEX năm 2023. Chỉ số PAR Index năm 2023 của Phú Thọ tăng hơn 3 điểm so với năm 2022 và tăng ở 5/8 chỉ số, bao gồm: Công tác chỉ đạo, điều hành cải cách hành chính; Cải cách thể chế;',
    [], ['1.7'], "the ministry's PAR ranking of the province")
doc('r159', 'A-079', 'https://viettimes.vn/den-nam-2030-thua-thien-hue-hoan-thien-mo-hinh-chinh-quyen-so-xa-hoi-so-post143334.html',
    'Thừa Thiên Huế', '',
    'Theo đó, Chương trình hướng tới "4 không 1 có", bao gồm: Làm việc không giấy tờ, hội họp không tập trung nhiều, dịch vụ công không gặp mặt, thanh toán không dùng tiền mặt và luôn luôn có câu hỏi thông tin, dữ liệu được tiếp cận đã được số hóa chưa. Mục tiêu tỉnh đặt ra trong chương trình chuyển đổi số, đến 2030, Thừa Thiên Huế hoàn thiện mô hình chính quyền số, xã hội số; Đô thị thông minh trở thành mô hình phổ biến trong điều hành, vận hành hệ thống quản lý nhà nước và xã hội; Kinh tế số trở thành phương thức cốt lõi nhằm thúc đẩy phát triển kinh tế - xã hội.',
    ['DTI.1', '7.1'], ['8.2'], "news of the province's DX programme: DTI.1 + 7.1")
doc('r160', 'A-091', 'https://suckhoemoitruong.com.vn/bac-ninh-to-chuc-hoi-nghi-phat-dong-ngay-chuyen-doi-so-quoc-gia-24830.html',
    'Bắc Ninh', 'Bắc Ninh tổ chức Hội nghị phát động Ngày chuyển đổi số quốc gia',
    'UBND tỉnh Bắc Ninh tổ chức phát động phong trào thi đua “Chuyển đổi số giai đoạn 2024-2025”, cuộc thi trực tuyến tìm hiểu về chuyển đổi số, cải cách hành chính. Phát biểu khai mạc Hội nghị, Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn cho rằng, phong trào thi đua CĐS sẽ phát huy sức mạnh của cả hệ thống chính trị trong việc tuyên truyền, nâng cao nhận thức, sự cần thiết, tính cấp bách của CĐS trên địa bàn tỉnh.',
    [], ['DTI.1', '1.4'], 'a DX emulation campaign and online contest: not the DX plan (p024)')
doc('r161', 'A-117', 'https://sonoivu.namdinh.gov.vn/tin-tong-hop/chi-so-cai-cach-hanh-chinh-tinh-nam-dinh-nam-2021-xep-thu-40-tren-63-tinh-thanh-pho-2279',
    'Nam Định', 'Chỉ số Cải cách hành chính tỉnh Nam Định năm 2021 xếp thứ 40 trên 63 tỉnh, thành phố.',
    'Theo báo cáo của Ban Chỉ đạo Cải cách hành chính của Chính phủ, năm 2021, Chỉ số Cải cách hành chính (Par Index) tỉnh Nam Định đạt 86,4%, xếp thứ 40/63 tỉnh, thành phố trực thuộc Trung ương. Theo Kết quả này, Chỉ số Cải cách hành chính tỉnh Nam Định năm 2021 tăng 7 bậc so với năm 2020, thuộc nhóm B gồm những tỉnh, thành phố đạt kết quả Chỉ số từ 80% - 90%.',
    [], ['1.7', '1.2'], "the ministry's PAR ranking on the home-affairs department's site")
doc('r162', 'A-155', 'http://nguoilambaothanhhoa.vn/news/index.php?strurl=5468',
    'Thanh Hóa', '',
    'I. TÌNH HÌNH VÀ NGUYÊN NHÂN Trong những năm qua, dưới sự lãnh đạo của cấp ủy đảng, quản lý, điều hành của chính quyền các cấp, sự vào cuộc của cả hệ thống chính trị, sự tham gia của cộng đồng doanh nghiệp và các tầng lớp Nhân dân, chuyển đổi số trên địa bàn tỉnh đã được triển khai và đẩy mạnh thực hiện trên một số lĩnh vực, đạt kết quả bước đầu quan trọng.',
    ['DTI.1', '7.1'], ['1.1'], "the text of the province's DX resolution (situation section): DTI.1 + 7.1")
doc('r163', 'A-234', 'https://doingoailaocai.vn/vi/bai-viet/25629',
    'Lào Cai', 'Lào Cai – Điểm sáng thanh toán số trong dịch vụ công trực tuyến',
    'Trong tiến trình xây dựng Chính phủ số, thanh toán trực tuyến được xem là mắt xích quyết định để hoàn thiện quy trình dịch vụ công trên môi trường mạng. Với việc đồng bộ hạ tầng, tích hợp đa dạng phương thức thanh toán và đạt tỷ lệ giao dịch trực tuyến cao, Lào Cai đang trở thành điểm sáng trong triển khai thanh toán số gắn với dịch vụ công trực tuyến, góp phần nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
    ['7.3'], ['6.1'], "the province's online payment in online public services: 7.3")
doc('r164', 'A-246', 'https://dx.nghean.gov.vn/tin-tuc-ve-cai-cach-hanh-chinh/nghe-an-xep-thu-6-toan-quoc-dung-dau-mien-trung-ve-chi-so-hai-long-cua-nguoi-dan-doi-voi-su-phuc-721780?pageindex=0',
    'Nghệ An', 'Nghệ An xếp thứ 6 toàn quốc, đứng đầu miền Trung về Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà nước',
    'Sáng 6/4, Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 3/2025. Phiên họp được tổ chức trực tiếp tại đầu cầu Trụ sở Chính phủ, trực tuyến với các điểm cầu tại Trụ sở UBND các tỉnh, thành phố trực thuộc Trung ương. Cùng tham dự có các Phó Thủ tướng Chính phủ, các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ;',
    [], ['SIPAS.2', '8.1'], "the ministry's SIPAS ranking relayed by the province's DX portal")
doc('r165', 'B-015', 'https://binhduong.gov.vn/thong-tin-tuyen-truyen/2025/04/680-binh-duong-dat-muc-tieu-nam-trong-nhom-kha-cua-ca-nuoc-ve-chi-so-chuyen-doi-s',
    'Bình Dương', '',
    'Theo đó, Bình Dương đặt mục tiêu nằm trong nhóm khá của cả nước về Chỉ số Chuyển đổi số (DTI) vào năm 2025, tạo tiền đề vững chắc để Bình Dương trở thành địa phương tiên phong trong công tác chuyển đổi số quốc gia. Mục tiêu cụ thể: Cung cấp dịch vụ công trực tuyến toàn trình đạt tỷ lệ trung bình tối thiểu 95% TTHC có đủ điều kiện. Hồ sơ trực tuyến toàn trình của các dịch vụ công trực tuyến đạt tỷ lệ trung bình tối thiểu 75% trên tổng số hồ sơ TTHC. Tỷ lệ thanh toán trực tuyến so với hồ sơ TTHC có phí, lệ phí tối thiểu 70%. Tỷ lệ hài lòng của người dân và doanh nghiệp trong giải quyết TTHC đạt 90%.',
    ['DTI.1', '7.1'], ['1.1'], "news of the province's DX plan: DTI.1 + 7.1")
doc('r166', 'B-038', 'https://kontum.gov.vn/pages/detail/37008/Kon-Tum-dat-va-vuot-chi-tieu-nam-2020-ve-cung-cap-tich-hop-dich-vu-cong-truc-tuyen-tren-Cong-dich-vu-cong-Quoc-gia.html',
    'Kon Tum', 'Kon Tum đạt và vượt chỉ tiêu năm 2020 về cung cấp, tích hợp dịch vụ công trực tuyến trên Cổng dịch vụ công Quốc gia',
    'Ngày đăng: 31/12/2020 16:44 Tính đến ngày 31/12/2020, tỉnh Kon Tum đã vượt chỉ tiêu theo chỉ đạo của Thủ tướng Chính phủ về cung cấp, tích hợp dịch vụ công trực tuyến trên Cổng dịch vụ công Quốc gia trong năm 2020. Biểu đồ số liệu hồ sơ trực tuyến qua các tháng trong năm 2020 Thực hiện chỉ đạo của Chính phủ, Thủ tướng Chính phủ và hướng dẫn của Văn phòng Chính phủ;',
    ['7.3'], ['3.3'], "the province's online services integrated on the national portal in 2020: 7.3")
doc('r167', 'B-045', 'https://nld.com.vn/soc-trang-de-ra-nhieu-muc-tieu-ve-chuyen-doi-so-nam-2025-196250621154416204.htm',
    'Sóc Trăng', '',
    'Theo kế hoạch chuyển đổi số năm 2025 của tỉnh Sóc Trăng, về mục tiêu chung, tỉnh sẽ tiếp tục đẩy mạnh ứng dụng công nghệ thông tin (CNTT) phát triển chính quyền điện tử tỉnh Sóc Trăng, nâng cao chất lượng, hiệu quả hoạt động của các cơ quan nhà nước (CQNN). Cung cấp thông tin, dịch vụ công trực tuyến ở mức độ cao và nâng cao hiệu quả giải quyết hồ sơ, thủ tục hành chính (TTHC) đáp ứng nhu cầu phục vụ người dân và doanh nghiệp;',
    ['DTI.1', '7.1'], ['1.1'], "news of the province's DX plan 2025: DTI.1 + 7.1")
doc('r168', 'B-048', 'https://nhandan.vn/ho-tro-tinh-soc-trang-xay-dung-chinh-quyen-dien-tu-va-chuyen-doi-so-post630621.html',
    'Sóc Trăng', 'Hỗ trợ tỉnh Sóc Trăng xây dựng chính quyền điện tử và chuyển đổi số',
    'Chiều 4-1, Bộ trưởng Thông tin và Truyền thông (TT-TT) Nguyễn Mạnh Hùng chủ trì cuộc họp trực tuyến với lãnh đạo Tỉnh ủy, UBND tỉnh Sóc Trăng về tiến độ xây dựng chính quyền điện tử và chuyển đổi số. Quang cảnh buổi làm việc trực tuyến tại tỉnh Sóc Trăng. Quang cảnh buổi làm việc trực tuyến tại tỉnh Sóc Trăng.',
    [], ['7.1', 'DTI.1'], "the ministry's meeting on the province's e-government: another level's act")
doc('r169', 'B-049', 'https://vietnam.vn/vungtau/ba-ria-vung-tau-ban-giai-phap-nang-cao-cac-chi-so',
    'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu: Bàn giải pháp nâng cao các chỉ số',
    'Năm 2023, cả 3 chỉ số PAPI, PCI và PGI của tỉnh Bà Rịa – Vũng Tàu đều nằm trong nhóm 10 tỉnh, thành phố cao nhất cả nước. Chiều 30-5, UBND tỉnh Bà Rịa – Vũng Tàu tổ chức hội nghị “Giải pháp nâng cao chỉ số hiệu quả quản trị và hành chính công (PAPI), Chỉ số năng lực cạnh trang cấp tỉnh (PCI), Chỉ số xanh cấp tỉnh (PGI) năm 2024”.',
    ['PAPI.1', 'PCI.1'], ['1.7'], "the province's conference on solutions raising PAPI, PCI and PGI: PAPI.1 + PCI.1 (x007, x399)")
doc('r170', 'B-052', 'https://nhandan.vn/ocop/ba-ria-vung-tau-tang-13-bac-chi-so-papi-so-nam-2021-post747392.html',
    'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu tăng 13 bậc chỉ số PAPI so năm 2021',
    'Ngày 12/4, tại Hà Nội, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Chương trình Phát triển Liên hợp quốc (UNDP) tại Việt Nam đã tổ chức công bố Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2022. Tham dự, có đại diện lãnh đạo các địa phương, doanh nghiệp, cơ quan thông tấn trong nước và quốc tế. Các chuyên gia tham gia trao đổi các vấn đề liên quan đến báo cáo PAPI.',
    [], ['PAPI.1'], 'the PAPI ranking: published by others')
doc('r171', 'B-067', 'https://ictvietnam.vn/ca-mau-phan-dau-la-mot-trong-nhung-tinh-thanh-pho-cds-thanh-cong-20092.html',
    'Cà Mau', '',
    'Cụ thể, tỉnh đặt ra mục tiêu tổng quát từng bước đổi mới căn bản, toàn diện hoạt động quản lý, chỉ đạo và điều hành của cơ quan đảng, chính quyền, Mặt trận Tổ chức và các đoàn thể chính trị - xã hội các cấp. Phấn đấu đến năm 2025, tỉnh cơ bản hoàn thành số hoá các lĩnh vực kinh tế - xã hội; đến năm 2030, số hoá toàn diện các lĩnh vực, kinh tế số thành lợi thế cạnh tranh, chiếm 20% GRDP của tỉnh;',
    ['DTI.1', '7.1'], ['8.2'], "news of the party's DX resolution of the province: DTI.1 + 7.1")
doc('r172', 'B-084', 'https://vinhlong.gov.vn/stnmt/xem-chi-tiet-tin-tuc/id/219498',
    'Vĩnh Long', '',
    'Tỉnh Vĩnh Long đã thành lập Ban chỉ đạo Chuyển đổi số tỉnh. Trong đó, có 33 đơn vị là các sở, ban, ngành tỉnh và UBND cấp huyện tham gia. Trưởng ban là Chủ tịch UBND tỉnh. Tỉnh đã ban hành Kiến trúc Chính quyền điện tử tỉnh Vĩnh Long 2.0, Kiến trúc dịch vụ đô thị thông minh 1.0. Đây là các văn bản quan trọng đảm bảo triển khai đồng bộ, thống nhất và tập trung theo quy định về triển khai chính quyền điện tử, chính quyền số và dịch vụ đô thị thông minh. Trong Kiến trúc quy định rõ mô hình Kiến trúc, các quy định kết nối chia sẻ, dữ liệu trong và ngoài tỉnh;',
    ['7.1'], ['DTI.1'], "the province's e-government architecture 2.0 and its DX steering committee: 7.1")
doc('r173', 'B-090', 'https://ls1.hethongphapluat.com/ke-hoach-4872-kh-ubnd-ve-theo-doi-don-doc-cac-co-quan-don-vi-dia-phuong-nang-cao-chat-luong-va-hieu-qua-cung-cap-dich-vu-cong-truc-tuyen-cua-tinh-quang-nam-nam-2023.html',
    'Quảng Nam', '',
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 4872/KH-UBND Quảng Nam, ngày 25 tháng 7 năm 2023 KẾ HOẠCH\nNÂNG CAO CHẤT LƯỢNG VÀ HIỆU QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN CỦA TỈNH QUẢNG NAM NĂM 2023\nThực hiện nội dung chỉ đạo của Ủy ban Quốc gia về chuyển đổi số tại Quyết định số 17/QĐ-UBQGCĐS ngày 04/4/2023 ban hành Kế hoạch hoạt động của Ủy ban Quốc gia về chuyển đổi số năm 2023 và Tỉnh ủy …',
    ['7.3'], ['3.3'], "the province's plan raising online public services 2023: 7.3")
doc('r174', 'B-093', 'https://sonv.ninhthuan.gov.vn/portal/pages/print.aspx?p=31895',
    'Ninh Thuận', 'Phiên họp thứ tư của Ban Chỉ đạo cải cách hành chính của Chính phủ',
    'Sáng ngày 19/4/2023, tại Hà Nội, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ chủ trì phiên họp thứ tư của Ban Chỉ đạo cải cách hành chính của Chính phủ; tham dự phiên họp có Phó Thủ tướng Chính phủ Trần Lưu Quang và các Thành viên Ban Chỉ đạo cải cách hành chính của Chính phủ.',
    [], ['1.2'], "the Government's CCHC steering session on the home-affairs department's site")
doc('r175', 'B-100', 'https://baolongan.vn/long-an-phan-dau-den-nam-2025-nam-trong-nhom-cac-tinh-thanh-pho-dan-dau-ca-nuoc-ve-chi-so-phat-trien-chinh-quyen-so-a105294.html',
    'Long An', '',
    'Theo đó, mục tiêu đến năm 2025, có 100% thủ tục hành chính đáp ứng yêu cầu triển khai dịch vụ công trực tuyến mức độ 3, 4; 80% dịch vụ công trực tuyến mức độ 4; 90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng; 100% cơ quan nhà nước từ cấp tỉnh đến cấp huyện xây dựng và triển khai hệ thống thông tin, cơ sở dữ liệu chuyên ngành.',
    ['DTI.1', '7.1'], ['8.2'], "news of the province's DX programme: DTI.1 + 7.1")
doc('r176', 'B-101', 'https://lite.baomoi.com/long-an-phat-trien-chinh-quyen-dien-tu-huong-toi-chinh-quyen-so-c51119471.epi',
    'Long An', 'Long An phát triển chính quyền điện tử hướng tới chính quyền số',
    'Long An đã hoàn thành rà soát, đánh giá kết quả thực hiện Kiến trúc chính quyền điện tử phiên bản 2.0 và thực hiện thủ tục thuê đơn vị tư vấn xây dựng phiên bản 3.0, hướng tới chính quyền số. Nhiều kết quả ấn tượng từ phát triển chính quyền điện tử Trong năm 2024, Long An là một trong những tỉnh tập trung đẩy mạnh phát triển chính quyền điện tử, nhằm hướng tới chính quyền số.',
    ['7.1'], ['DTI.1'], "news of the province's e-government architecture review: 7.1")
doc('r177', 'B-106', 'https://nhandan.vn/binh-phuoc-va-hanh-trinh-but-pha-len-top-dau-dich-vu-cong-truc-tuyen-post854390.html',
    'Bình Phước', 'Bình Phước vươn lên vị trí số 4 xếp hạng dịch vụ công trực tuyến',
    'Ngày 23/6/2022, Thủ tướng Chính phủ ban hành Quyết định số 766/QĐ-TTg phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, cung cấp Dịch vụ công. Bình Phước đã xác định rõ quan điểm trong chuyển đổi và nội dung ưu tiên trong chuyển đổi số, xây dựng chính quyền số của tỉnh là đẩy mạnh triển khai cung cấp và nâng cao hiệu quả sử dụng dịch vụ công trực tuyến.',
    [], ['3.5'], "the province's rank on the 766 index, computed nationally (g032)")
doc('r178', 'B-141', 'https://nhandan.vn/binh-dinh-day-nhanh-chuyen-doi-so-post808484.html',
    'Bình Định', '',
    'Hiện tại, Bình Ðịnh là một trong 31 địa phương hoàn thành việc xây dựng, kết nối, tích hợp Kho dữ liệu điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh với Kho dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia để chia sẻ, tái sử dụng dữ liệu số hóa phục vụ giải quyết thủ tục hành chính.',
    ['7.4'], ['7.1'], "the province's connected data warehouse for reusing digitised results: 7.4")
doc('r179', 'B-150', 'http://www.taichinhdientu.vn/the-gioi-cong-nghe/da-nang-dan-dau-chi-so-cai-cach-hanh-chinh-cap-tinh-nam-2014-146254.html',
    'Đà Nẵng', 'Đà Nẵng dẫn đầu chỉ số cải cách hành chính cấp tỉnh năm 2014',
    'Thành phố Đà Nẵng tiếp tục là đơn vị dẫn đầu chỉ số cải cách hành chính cấp tỉnh năm 2014 với tổng số điểm là 92.54. Đây là năm thứ 3 liên tiếp Đà Nẵng giữ vững được thứ hạng theo đánh giá kết quả chỉ số cải cách hành chính năm 2014 (PAR INDEX 2014) do Bộ Nội vụ tổ chức. Ảnh minh họa - nguồn internet.Ảnh minh họa - nguồn internet. Những năm gần đây, thành phố Đà Nẵng thuộc nhóm các địa phương có chỉ số tốt về năng lực cạnh tranh cấp tỉnh;',
    [], ['1.7'], "the ministry's PAR ranking of 2014")
doc('r180', 'B-157', 'https://daihoi13.dangcongsan.vn/tin-moi/ket-qua-dai-hoi-cac-cap/ba-ria-vung-tau-nam-2025-se-dat-90-dich-vu-cong-truc-tuyen-muc-do-4-6652',
    'Bà Rịa - Vũng Tàu', '',
    '(ĐHXIII) – Theo chương trình hành động thực hiện chuyển đổi số, đô thị thông minh gắn với cải cách hành chính của UBND tỉnh Bà Rịa-Vũng Tàu, tỉnh đặt mục tiêu đến năm 2025 đạt 90% dịch vụ công trực tuyến mức độ 4 được truy cập trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động. Thời gian qua tỉnh Bà Rịa- Vũng Tàu đã đẩy mạnh công tác cải cách hành chính.',
    ['DTI.1', '7.1'], ['1.1'], "the province's action programme on DX and smart city with CCHC: DTI.1 + 7.1")
doc('r181', 'B-167', 'https://khoahocphattrien.vn/thoi-su-trong-nuoc/tphcm-cong-bo-chuong-trinh-chuyen-doi-so/2020072308224891p882c918.htm',
    'Hồ Chí Minh', '',
    'Sáng 22/7 năm 2020, UBND TPHCM tổ chức Hội nghị công bố Chương trình chuyển đổi số và hệ thống nền tảng tích hợp, chia sẻ dữ liệu HCM LGSP được xây dựng dựa trên Chương trình Chuyển đổi số quốc gia, Đề án Xây dựng TPHCM trở thành đô thị thông minh giai đoạn 2017 – 2020, tầm nhìn đến năm 2025 và Kiến trúc Chính quyền điện tử thành phố.',
    ['DTI.1', '7.1'], ['8.2'], "the city's DX programme and its LGSP: DTI.1 + 7.1")
doc('r182', 'D-002', 'https://pcivietnam.vn/tin-tuc-su-kien/an-giang-muon-vao-nhom-hang-dau-ca-nuoc-ve-pci-ct3521.html',
    'An Giang', '',
    'An Giang muốn vào nhóm hàng đầu cả nước về PCI An Giang sẽ đẩy mạnh cải cách thủ tục hành chính (TTHC), thực hiện tốt cơ chế một cửa, thường xuyên khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước các cấp, nhằm duy trì và nâng cao thứ hạng của các chỉ số PAR Index, PCI, PAPI… An Giang đặt mục tiêu chỉ số PAPI, PCI trong nhóm 15 cả nước.',
    ['PCI.1'], ['SIPAS.1'], "the province's PCI goals and measures: PCI.1 (hard call)")
doc('r183', 'D-004', 'https://truyenhinhthanhhoa.vn/thanh-hoa-tiep-tuc-xep-thu-3-ca-nuoc-ve-chi-so-papi-180230412140257288.htm',
    'Thanh Hóa', 'Thanh Hóa tiếp tục xếp thứ 3 cả nước về Chỉ số PAPI',
    'Sáng ngày 12/4, Chương trình Phát triển Liên hợp quốc tại Việt Nam, Trung tâm Bồi dưỡng cán bộ và nghiên cứu khoa học MTTQ Việt Nam, Trung tâm Nghiên cứu phát triển và hỗ trợ cộng đồng đã phối hợp tổ chức công bố Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) 2022. Theo kết quả công bố, năm 2022, Thanh Hóa xếp thứ 3 cả nước với 46,015 điểm. Đây là năm thứ 2 liên tiếp, Thanh Hóa giữ vững vị trí thứ 3 cả nước về Chỉ số PAPI.',
    [], ['PAPI.1'], 'the PAPI ranking on provincial TV')
doc('r184', 'D-031', 'https://congnghevadoisong.vn/kien-giang-day-manh-xay-dung-chinh-quyen-dien-tu-chinh-quyen-so-d58647.html',
    'Kiên Giang', 'Kiên Giang đẩy mạnh xây dựng chính quyền điện tử, chính quyền số',
    'Năm 2022, lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số của tỉnh Kiên Giang đạt 9,63/13,5 điểm, xếp vị trí thứ 51/63 tỉnh, thành cả nước, tăng 6 bậc so năm 2021 và đứng vị trí thứ 10/13 tỉnh khu vực Đồng bằng sông Cửu Long, tăng 2 bậc so với năm 2021. Kiên Giang đẩy mạnh chuyển đổi số, chính quyền số, mang lại sự hài lòng cho người dân và cộng đồng doanh nghiệp trên địa bàn tỉnh - Ảnh: VGP/TB.',
    [], ['7.1', '1.7'], "the province's score in the PAR index's e-government field: published by others")
doc('r185', 'D-046', 'https://baocamau.vn/-cu-but-pha-ngoan-muc-a38831.html',
    'Cà Mau', '',
    'Chỉ số Cải cách hành chính (PAR INDEX) của tỉnh Cà Mau năm 2024 đạt 89,33%, xếp hạng 20/63 tỉnh, thành phố trực thuộc Trung ương (tăng 2,44%, tăng 14 bậc so với năm 2023); xếp thứ 3 khu vực đồng bằng sông Cửu Long. Ðây là năm mà Chỉ số Cải cách hành chính (CCHC) của tỉnh có vị trí xếp hạng cao nhất trong 13 năm qua kể từ khi Bộ Nội vụ triển khai việc chấm điểm, xác định Chỉ số CCHC của các bộ, cơ quan ngang bộ, UBND tỉnh, thành phố trực thuộc …',
    [], ['1.7'], "the ministry's PAR ranking relayed")
doc('r186', 'D-073', 'http://moc.gov.vn/vn/tin-tuc/1305/68605/tp-can-tho-tap-trung-chuyen-doi-so-den-nam-2025-dinh-huong-den-nam-2030.aspx',
    'Cần Thơ', '',
    'Chủ tịch UBND TP Cần Thơ Trần Việt Trường vừa ký ban hành Công văn số 3400/UBND-KGVX về việc thực thực hiện Nghị quyết số 02-NQ/TU của Thành ủy Cần Thơ về chuyển đổi số TP Cần Thơ đến năm 2025 và định hướng đến năm 2030. Chủ tịch UBND thành phố giao giám đốc các sở; thủ trưởng cơ quan, ban ngành thành phố; chủ tịch UBND quận, huyện và đề nghị Giám đốc Ngân hàng Nhà nước Việt Nam Chi nhánh Cần Thơ căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện Nghị quyết số 02-NQ/TU. Ðồng thời, giao Giám đốc Sở Thông tin và Truyền thông tham mưu UBND thành phố chỉ đạo thực hiện đối với những nội dung thuộc thẩm quyền.',
    [], ['DTI.1', '7.1'], "the chairman's letter assigning the DX resolution to departments, on a ministry's site: an instruction letter (x335, hard call)")
doc('r187', 'D-077', 'https://kinhte.congthuong.vn/khanh-hoa-tim-giai-phap-nang-cao-cac-chi-so-nang-luc-canh-tranh-260352.html',
    'Khánh Hòa', 'Khánh Hòa: Tìm giải pháp nâng cao các chỉ số năng lực cạnh tranh',
    'Khánh Hòa đẩy mạnh tuyên truyền ứng dụng chuyển đổi số trong hoạt động thương mại Khánh Hòa có tân Phó Giám đốc Sở Công Thương từ 01/7/2023 Chỉ số PCI của tỉnh Khánh Hòa cao nhất trong 10 năm qua Ngày 30/6, UBND tỉnh Khánh Hòa tổ chức Hội nghị phân tích, đánh giá các chỉ số: Cải cách hành chính (PAR-INDEX); hài lòng về sự phục vụ hành chính (SIPAS); năng lực cạnh tranh cấp tỉnh (PCI);',
    ['PAPI.1', 'PCI.1'], ['1.7'], "the province's conference analysing its PAR, SIPAS, PAPI and PCI results: PAPI.1 + PCI.1 (x399, x007)")
doc('r188', 'E-011', 'https://tinhuyquangtri.vn/cai-thien-nang-cao-cac-chi-so-par-index-sipas-papi-pci-tai-tinh-quang-tri',
    'Quảng Trị', '',
    'Theo kết quả công bố năm 2023 của Bộ Nội vụ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, chỉ số cải cách hành chính (PAR Index) của tỉnh Quảng Trị đạt 86,25/100 điểm, xếp thứ 41/63 tỉnh, thành; tăng 11 bậc so với năm 2022 (52/63 tỉnh, xếp thứ 5/6 tỉnh Bắc Trung bộ).',
    [], ['PAPI.1', 'SIPAS.2'], 'rankings published by others on the party portal')
doc('r189', 'E-034', 'https://bandantoc.yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=258&l=Tinhoatdong',
    'Yên Bái', '',
    'Yên Bái tăng 2 bậc trên bảng xếp hạng Chỉ số SIPAS và tăng 4 bậc ở chỉ số PAR INDEX 19/04/2024 09:30:29 Xem cỡ chữ Google Năm 2023, chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (chỉ số SIPAS) tỉnh Yên Bái đạt 87,73%, đứng thứ 9/63 tỉnh, thành phố (tăng 2 bậc so với năm 2022);',
    [], ['SIPAS.2', '1.7'], "the ministry's rankings relayed")
doc('r190', 'E-047', 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-48-KH-UBND-2023-Chien-dich-Nang-cao-hieu-qua-su-dung-dich-vu-cong-truc-tuyen-Ca-Mau-560055.aspx',
    'Cà Mau', '',
    'ỦY BAN NHÂN DÂN TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 48/KH-UBND Cà Mau, ngày 28 tháng 02 năm 2023 KẾ HOẠCH TRIỂN\nKHAI CHIẾN DỊCH CAO ĐIỂM 69 NGÀY ĐÊM “NÂNG CAO HIỆU QUẢ SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN TRÊN ĐỊA BÀN TỈNH CÀ MAU”\nThời gian qua, công tác cải cách hành chính được Chủ\ntịch Ủy ban nhân dân tỉnh quan tâm, chỉ đạo kỳ quyết và đạt được những kết quả\nnhất định, chất lượng phục vụ người dân, doanh …',
    ['7.3'], ['3.3'], "the province's 69-day campaign plan on online public services: 7.3")
doc('r191', 'F-005', 'https://baobariavungtau.com.vn/chuyen-doi-so/202506/chuyen-doi-so-manh-me-trong-cong-tac-dieu-hanh-1044175/',
    'Bà Rịa - Vũng Tàu', '',
    'Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg của Thủ tướng Chính phủ về kế hoạch chuyển đổi số hoạt động chỉ đạo, điều hành giai đoạn 2024–2025, định hướng đến năm 2030. UBND tỉnh yêu cầu các sở, ngành, địa phương rà soát, tái cấu trúc quy trình công việc, đẩy mạnh số hóa, chia sẻ dữ liệu, nhằm nâng cao hiệu quả quản lý và điều hành trên môi trường điện tử. Việc kết nối dữ liệu sẽ tập trung vào 40 nhóm thông tin hành chính thuộc các lĩnh vực như kế hoạch, tài chính, xây dựng, tài nguyên môi trường… Văn phòng UBND tỉnh được giao hoàn thiện hệ thống thông tin báo cáo, xây dựng chỉ số điều hành, tích hợp với hệ …',
    ['7.2'], ['DTI.1'], "the province's document implementing the DX of direction and operation: 7.2")
doc('r192', 'F-024', 'https://vietnamnet.vn/khanh-hoa-ket-hop-dich-vu-cong-truc-tuyen-voi-buu-chinh-cong-ich-i25392.html',
    'Khánh Hòa', '',
    'Mục đích là nâng cao hiệu quả thực hiện cơ chế một cửa, một cửa liên thông giải quyết TTHC, chú trọng dịch vụ công trực tuyến kết hợp với bưu chính công ích nhằm tạo sự hài lòng cho người dân, doanh nghiệp, góp phần cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh và thu hút đầu tư của tỉnh;',
    ['3.3', '7.3'], ['PCI.1'], "news of the province's plan on online services and the public postal service: 3.3 + 7.3")
doc('r193', 'F-060', 'https://tienphong.vn/lay-su-hai-long-cua-nguoi-dan-lam-thuoc-do-phuc-vu-post1815957.tpo',
    'Hà Nội', 'Phường Đống Đa: Lấy sự hài lòng của người dân làm thước đo phục vụ',
    'TP - Sau hơn nửa năm vận hành mô hình chính quyền địa phương hai cấp, phường Đống Đa đã tạo bước đột phá khi xếp thứ nhất trong 126 xã, phường Hà Nội về chỉ số phục vụ hành chính công trên Cổng Dịch vụ công Quốc gia. Kết quả này không chỉ phản ánh hiệu quả của bộ máy, mà còn cho thấy chuyển biến thực chất trong cải cách hành chính, chuyển đổi số và phương châm “lấy sự hài lòng của người dân làm thước đo phục vụ”.',
    [], ['3.5'], "a ward's rank on the national service index")
doc('r194', 'G-037', 'https://hatinh.gov.vn/index.php/tuyen-truyen/tin-bai/12624/rss-feed',
    'Hà Tĩnh', 'Hà Tĩnh tăng 8 bậc, xếp thứ 8 cả nước về Chỉ số PAR Index năm 2021',
    'Sáng nay (25/5), Ban Chỉ đạo Cải cách hành chính (CCHC) của Chính phủ tổ chức hội nghị công bố Chỉ số CCHC năm 2021 (PAR Index) của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương và Chỉ số Hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước năm 2021 (SIPAS). Cán bộ làm việc tại Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh.',
    [], ['SIPAS.2', '1.7'], "the ministry's PAR and SIPAS 2021 rankings on the provincial portal")
doc('r195', 'H-067', 'https://tienphong.vn/an-giang-du-kien-thu-ngan-sach-hon-162-nghin-ty-dong-trong-5-nam-toi-post1803047.tpo',
    'An Giang', 'An Giang dự kiến thu ngân sách hơn 162 nghìn tỷ đồng trong 5 năm tới',
    'TPO - Tại kỳ họp chuyên đề sáng 9/12, HĐND tỉnh An Giang khóa X đã thông qua nhiều nghị quyết quan trọng về phân cấp nguồn thu, nhiệm vụ chi và phân bổ ngân sách năm 2026 và giai đoạn 5 năm tới. Phát biểu khai mạc, ông Nguyễn Thanh Nhàn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh An Giang nhấn mạnh, kỳ họp diễn ra trong bối cảnh chuẩn bị bước vào năm 2026 - năm đầu thực hiện kế hoạch tài chính 5 năm, năm thứ 2 vận hành mô hình đơn vị …',
    ['6.1'], ['4.3'], 'the council passing revenue decentralisation and the 2026 budget allocation: 6.1; budget decentralisation is not 4.3 (x138-x142)')
doc('r196', 'J-018', 'https://cttdt.danangportal.gov.vn/en/web/dng/w/phan-dau-80-thu-tuc-hanh-chinh-ap-dung-dich-vu-cong-truc-tuyen-toan-trinh-trong-nam-2025-p',
    'Đà Nẵng', 'Phấn đấu 80% thủ tục hành chính áp dụng dịch vụ công trực tuyến toàn trình trong năm 2025',
    'UBND thành phố ban hành Kế hoạch số 71/KH-UBND ngày 10-3-2025 triển khai “Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử, phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030” trên địa bàn thành phố Đà Nẵng năm 2025. Theo đó, nhiệm vụ chung là chỉ đạo xây dựng Kế hoạch triển khai trong năm 2025 theo hướng “rõ người, rõ việc, rõ thời gian, rõ kết quả, rõ trách nhiệm”;',
    ['7.4'], ['7.3'], "the city's plan implementing Đề án 06 in 2025: 7.4")
doc('r197', 'J-025', 'https://simacai.laocai.gov.vn/chuyen-doi-so/lao-cai-hien-xep-thu-6-tren-bang-xep-hang-chi-so-cai-cach-hanh-chinh-1208346',
    'Lào Cai', 'Lào cai hiện xếp thứ 6 trên bảng xếp hạng chỉ số cải cách hành chính',
    'Theo báo cáo 9 tháng của Ban Chỉ đạo đề án 06 tỉnh Lào Cai, trên bảng đánh giá xếp loại theo các tiêu chí, chỉ số đánh giá về cải cách hành chính, thực hiện các thủ tục hành chính trên môi trường điện tử (Cổng dịch vụ công quốc gia); theo bảng xếp hạng bộ chỉ số theo Quyết định 766/QĐ-TTg của Thủ tướng Chính phủ, tính đến tháng 9, Lào Cai đạt 78,7/100 điểm, đứng thứ 6/63 tỉnh, thành phố.',
    [], ['3.5'], "the province's rank on the national index, on a district's site")
doc('r198', 'J-201', 'https://sonla.gov.vn/tin-tuc-hoat-dong-cds/nang-cao-chat-luong-cung-cap-dich-vu-cong-truc-tuyen-toan-trinh-933480',
    'Sơn La', '',
    '(sonla.gov.vn) UBND tỉnh đã ban hành Kế hoạch số 169/KH-UBND ngày 12/8/2025 nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình; cung cấp dịch vụ số mới được cá nhân hóa, dựa trên dữ liệu cho người dân và doanh nghiệp trên địa bàn tỉnh Sơn La triển khai đồng bộ các giải pháp nhằm nâng cao chất lượng, hiệu quả cung cấp dịch vụ công trực tuyến của tỉnh. Nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình.',
    ['7.3'], ['DTI.1'], "news of the province's plan on full online services: 7.3")
doc('r199', 'J-229', 'https://thoibaotaichinhvietnam.vn/lai-chau-dong-bo-giai-phap-de-dat-muc-tieu-giam-ty-le-ho-ngheo-368-trong-nam-2025-187214.html',
    'Lai Châu', '',
    'Tỉnh Lai Châu đang nỗ lực thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025, hướng tới mục tiêu giảm tỷ lệ hộ nghèo 3,68%, từng bước nâng cao đời sống vật chất, tinh thần cho người dân. Tăng tốc thực hiện các dự án phát triển kinh tế - xã hội Triển khai thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025, tỉnh Lai Châu đã và đang quyết liệt thực hiện các giải pháp đồng bộ, tỉnh yêu cầu, các sở, ban, ngành, địa phương căn cứ chức năng, nhiệm vụ chủ động triển khai các dự án, tiểu dự án thuộc Chương trình;',
    [], ['8.2'], 'the national poverty programme in the province')


if __name__ == "__main__":
    out = Path(__file__).with_name("fresh23.jsonl")
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in D), encoding="utf-8")
    print(f"{len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs -> {out.name}")
