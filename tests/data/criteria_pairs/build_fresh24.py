"""Writes fresh24.jsonl: a sixth set of fresh labelled pages (session 25, issue 15), a test set the mapping rules and
the shipped ranker were not written from; it is not in the trainer's loader and must stay out of it.
Source: pages of the extraction corpus (`tests/data/devset/cases.jsonl`, `tests/data/corpus/part-{A,B,D,E,F,G,H}.jsonl`
and `part-J1`..`J6`; never parts I or K) whose URL is in none of the eight older pair files (host without
`www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query), drawn by a seeded random sample, not by topic: draw_fresh24.py
shuffles the 917 such pages with `random.Random(2025)`, walks them in that order, keeps at most three pages per site,
skips pages whose excerpt shows neither title nor subject and second copies of an already kept or older document, and
stops at 200 kept pages (the README says what was skipped). The corpus labels targets, never criteria. The excerpt
(title; the page's lead, or the official text's header, số, date and trích yếu, about 450 characters) was cut from the
corpus text by draw_fresh24.py, then read and labelled by hand, model-blind: no mapper, ranker or extractor was run on
any page before this file was committed with its labels. `corpus_id` names the corpus page each line came from (its
text is embedded here, so later corpus edits cannot move the numbers). Labels follow the README's rules, "Overlapping
criteria: one rule for all three files" and the fresh19-23 rules included. Run it to regenerate fresh24.jsonl."""
import json
from pathlib import Path

D = []


def doc(id, corpus_id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note, "corpus_id": corpus_id})

doc('s001', 'A-032', 'https://vietnamnet.vn/yen-bai-xac-dinh-vai-tro-cua-chuyen-doi-so-trong-phat-trien-kinh-te-tap-the-2226703.html',
    'Yên Bái', '',
    'Yên Bái là tỉnh miền núi nằm ở vị trí nối tiếp giữa trung du và miền núi phía Bắc, tổng diện tích tự nhiên trên 6.892 km2; dân số trên 83 vạn người với 30 dân tộc anh em cùng chung sống, trong đó đồng bào dân tộc thiểu số chiếm 57,4%. Yên Bái được biết đến là một vùng đất có nguồn tài nguyên thiên nhiên phong phú, đa dạng; nhiều di sản văn hoá vật thể, phi vật thể được xếp hạng quốc gia và quốc gia đặc biệt...',
    [], ['DTI.1'], "a feature on the province's DX of cooperatives whose lead describes the province and names no act (r057)")
doc('s002', 'E-059', 'https://vietnamnet.vn/an-giang-dat-muc-tieu-tang-truong-binh-quan-hon-11-moi-nam-2446245.html',
    'An Giang', '',
    'Thông tin tại buổi họp báo về Đại hội đại biểu Đảng bộ tỉnh lần thứ nhất, nhiệm kỳ 2025-2030, ông Tống Phước Trường, Trưởng Ban Tuyên giáo và Dân vận Tỉnh uỷ cho biết, tổng sản phẩm trên địa bàn (GRDP) đến năm 2030 đạt hơn 630.000 tỷ đồng; tốc độ tăng trưởng GRDP bình quân 5 năm đạt từ 11% trở lên. GRDP bình quân đầu người đạt hơn 6.300 USD/năm trở lên (khoảng 166 triệu đồng theo tỷ giá hiện tại). Vốn đầu tư toàn xã hội gần 650.000 tỷ đồng.',
    [], ['8.2'], "the party congress's goals to 2030: not the year's plan or account (g044, r053)")
doc('s003', 'A-088', 'https://nhandan.vn/tuyen-quang-tang-cuong-chuyen-doi-so-post852372.html',
    'Tuyên Quang', '',
    'Đến nay, toàn bộ các cơ quan, đơn vị, huyện, thành phố, xã, phường trên địa bàn tỉnh Tuyên Quang đều xây dựng kế hoạch về chuyển đổi số theo điều kiện thực tế của địa phương. Các xã, phường cũng đã xác định mục tiêu chuyển đổi số cụ thể các giai đoạn 2025-2030 như: Bảo đảm hơn 80% thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4; tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến; 100% cán bộ, công chức xã được gắn định danh số trong xử lý công việc;',
    [], ['DTI.1', '7.3'], "communes' and wards' DX plans and goals: issuer level (r116)")
doc('s004', 'E-086', 'https://congthuong.vn/chuyen-doi-so-o-lang-son-nhung-dau-an-tich-cuc-cua-mot-dia-phuong-mien-nui-355047.html',
    'Lạng Sơn', '',
    'Lạng Sơn: Kinh tế 9 tháng năm 2024 có gì nổi bật? Lạng Sơn: Phát triển sản phẩm du lịch độc đáo, mang dấu ấn đặc trưng riêng Lạng Sơn: Đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm 2024 "Điểm sáng" phát triển chính quyền số Thông tin về kết quả công tác chuyển đổi số của tỉnh thời gian qua, Ban Chỉ đạo chuyển đổi số, UBND tỉnh Lạng Sơn cho biết, trong 9 tháng năm 2024, UBND tỉnh, Ban Chỉ đạo tỉnh đã ban hành và chỉ đạo các cơ quan, đơn …',
    [], ['DTI.1', '7.1'], "nine-month DX results naming the year's DX plan only as their frame: not the plan (hard call: the act as frame, not as subject)")
doc('s005', 'B-140', 'https://123docz.net/trich-doan/3798318-huong-di-tat-yeu-de-xay-dung-nen-hanh-chinh-hien-dai-chuyen-nghiep-vo-thi-ha-giang.htm',
    'Bình Định', '',
    'Chuyển đổi số Chuyển đổi số nước tập trung vào phát triển hạ tầng số phục vụ các cơ quan nhà nước một cách tập trung, thơng suốt; tạo lập dữ liệu mở dễ dàng truy cập, sử dụng, tăng cường cơng khai, minh bạch, phịng, chống tham nhũng, thúc đẩy phát triển các dịch vụ số trong nền kinh tế; cung cấp dịch vụ cơng trực tuyến mức độ cao, cả trên thiết bị di động để người dân, doanh nghiệp cĩ trải nghiệm tốt nhất về dịch vụ, nhanh chĩng, chính xác, khơng giấy tờ, giảm chi phí.',
    [], ['7.1'], 'a thesis excerpt on digital government: research')
doc('s006', 'B-146', 'https://haugiang.gov.vn/web/so-giao-thong-van-tai/xem-chi-tiet-tin/-/tin-tuc/Trien-khai-e-an-chuyen-oi-so-en-het-nam-2025-tren-ia-ban-tinh-Hau-Giang20226',
    'Hậu Giang', '',
    'Ủy ban nhân dân tỉnh Hậu Giang đã ban hành Kế hoạch số 190/KH-UBND ngày 14/10/2024 về việc triển khai đề án chuyển đổi số đến hết năm 2025 trên địa bàn tỉnh Hậu Giang 5. Nội dung: Mục tiêu đề ra của Kế hoạch nhằm nâng cao nhận thức về chuyển đổi số cho cán bộ, công chức, viên chức, người lao động, người dân và doanh nghiệp trên địa bàn Tỉnh.',
    ['DTI.1', '7.1'], ['1.1'], "a department's site relays the province's plan implementing its DX project to 2025 (190/KH-UBND): DTI.1 + 7.1 (the issuer decides, r102)")
doc('s007', 'J-549', 'http://laocaitv.vn/van-hoa-du-lich/dua-lao-cai-thanh-diem-den-duoc-du-khach-yeu-thich-nhat',
    'Lào Cai', '',
    'Đưa Lào Cai thành điểm đến được du khách yêu thích nhất 16:05 19-01-2021 :506 Laocaitv.vn - Tỉnh Lào Cai phấn đấu đến hết nhiệm kỳ 2020 - 2025 sẽ đưa địa phương trở thành điểm đến hấp dẫn nhất của khu vực miền núi phía Bắc và là 1 trong 10 điểm đến của Việt Nam được du khách yêu thích nhất. Đưa Lào Cai thành điểm đến được du khách yêu thích nhất. Để đạt được mục tiêu đó, tỉnh đã đặt ra những chỉ tiêu cụ thể như:',
    [], ['8.2'], 'tourism goals of the party term: a sector (r060)')
doc('s008', 'J-212', 'https://doanhnghiephoinhap.vn/lao-cai-uoc-tang-truong-85-nam-2025-thong-qua-46-nghi-quyet-tao-dong-luc-phat-trien-moi-123129.html',
    'Lào Cai', 'Lào Cai ước tăng trưởng 8,5% năm 2025, thông qua 46 nghị quyết tạo động lực phát triển mới',
    'Trong hai ngày 8 - 9/12, Kỳ họp thứ 6 HĐND tỉnh Lào Cai đã hoàn thành toàn bộ chương trình làm việc, thông qua 46 nghị quyết quan trọng liên quan đến phát triển kinh tế – xã hội và mô hình chính quyền hai cấp. Năm 2025, GRDP của tỉnh ước tăng 8,5%, thu ngân sách đạt 21.000 tỷ đồng, hoàn thành các chỉ tiêu Chính phủ giao.',
    ['8.2'], ['4.4'], "the council's year-end session: the year's estimated results and resolutions passed: 8.2 (p028, k033); the two-level model named is not the arrangement act")
doc('s009', 'J-415', 'http://baokiemtoan.vn/print/31477.html',
    'Tiền Giang', '',
    'Tiền Giang phấn đấu đến năm 2030 cơ bản trở thành tỉnh công nghiệp Địa phương - Ngày đăng : 11:59, 29/04/2024 Quy hoạch cũng đưa ra mục tiêu Tiền Giang là tỉnh giữ vai trò kết nối quan trọng giữa vùng Đồng bằng sông Cửu Long với TP Hồ Chí Minh và vùng Đông Nam Bộ. Mục tiêu tốc độ phát triển kinh tế đạt 7-8% giai đoạn 2021-2030 Trong giai đoạn 2021 - 2030, Tiền Giang đặt ra mục tiêu cụ thể: Về kinh tế: Tốc độ tăng trưởng kinh tế (GRDP) đạt khoảng 7- 8%/năm;',
    [], ['8.2'], "the provincial master plan's goals to 2030: not the year's plan (r124)")
doc('s010', 'J-328', 'https://doanhnghiephoinhap.vn/quang-binh-muc-tieu-don-2-trieu-luot-khach.html',
    'Quảng Bình', '',
    'Quảng Bình: Mục tiêu đón 2 triệu lượt khách 12/04/2022 15:45 Quảng Bình có tiềm năng lớn để phát triển du lịch với những "đặc sản" của miền Trung là "nắng, gió, sông, biển, rừng" và các di tích lịch sử. Quảng Bình lại có những thương hiệu "độc nhất vô nhị" đó là hệ thống hang động vô cùng đặc sắc, quê hương củ Sở Du lịch tỉnh Quảng Bình thông tin, trong quý I/2022, địa phương đã đón khoảng 145.916 lượt khách du lịch, doanh thu dịch vụ lưu trú và ăn uống ước đạt hơn 812 tỷ đồng.',
    [], ['8.2'], "the tourism sector's goal of the year: a sector")
doc('s011', 'F-031', 'https://hoabinh.gov.vn/quoc-phong-an-ninh?p_p_id=com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_vvsg&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_vvsg_cur=372&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_vvsg_resetCur=false&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_vvsg_delta=4',
    'Hòa Bình', '',
    'Đẩy mạnh tổ chức phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc” năm 2021 và giai đoạn 2021 - 2025 (26/03/2021) Để góp phần thực hiện tốt mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh trên địa bàn tỉnh, ngày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND tổ chức phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc” năm 2021 và giai đoạn 2021 - 2025.',
    [], ['1.1'], "a listing teaser of the province's plan for a security emulation movement: no criterion's subject")
doc('s012', 'F-068', 'https://baobariavungtau.com.vn/kinh-te/202412/chau-duc-phan-dau-dua-gia-tri-san-xuat-nong-nghiep-dat-3563-ty-dong-1029541/',
    'Bà Rịa - Vũng Tàu', '',
    'Ngày 17/12, UBND huyện Châu Đức tổ chức Hội nghị giao chỉ tiêu phát triển kinh tế, xã hội và dự toán thu, chi ngân sách năm 2025. Huyện Châu Đức phấn đấu đưa giá trị sản xuất nông nghiệp năm 2025 đạt 3.563 tỷ đồng. Trong ảnh: Nông dân xã Suối Rao thu hoạch thanh long. Hội nghị đã công bố quyết định của UBND huyện về giao chỉ tiêu phát triển kinh tế, xã hội và dự toán thu, chi ngân sách năm 2025. Theo đó, Châu Đức phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng, tăng 4,18% so với cùng kỳ.',
    [], ['8.2', '6.1'], 'a district assigning its targets and budget estimate: issuer level')
doc('s013', 'J-208', 'https://www.vietnamplus.vn/thai-nguyen-thong-qua-dieu-chinh-quy-hoach-tinh-thoi-ky-2021-2030-post1092347.vnp',
    'Thái Nguyên', '',
    'Ngày 4/2, Hội đồng Nhân dân tỉnh Thái Nguyên khóa XIV, nhiệm kỳ 2021-2026 tổ chức kỳ họp chuyên đề nhằm thông qua một số nghị quyết quan trọng liên quan đến phát triển kinh-tế xã hội của tỉnh năm 2026 và những năm tiếp theo. Tại Kỳ họp, các đại biểu Hội đồng Nhân dân tỉnh đã thông qua Nghị quyết về điều chỉnh Quy hoạch tỉnh Thái Nguyên thời kỳ 2021-2030, tầm nhìn đến năm 2050.',
    [], ['8.2'], "the council adopting the adjusted master plan: not the year's plan (r066)")
doc('s014', 'J-550', 'https://gialaitv.vn/tin-dia-phuong/gia-lai-phan-dau-den-nam-2025-98-nguoi-dtts-tham-gia-bhyt',
    'Gia Lai', '',
    'Gia Lai phấn đấu đến năm 2025, 98% người DTTS tham gia BHYT Cập nhật 16/10/2022, 09:10:45 Gia Lai phấn đấu đến năm 2025, 98% người DTTS tham gia BHYT. Hiện nay tỉnh Gia Lai vẫn còn khoảng hơn 35,11% người DTTS (tương ứng trên 216.500 người) chưa có thẻ BHYT, đây là một thách thức rất lớn trong việc thực hiện BHYT toàn dân của địa phương.',
    [], ['8.2'], 'health-insurance coverage goals: a sector')
doc('s015', 'E-079', 'https://www.yx-pays.com/nam-2016-co-khoang-25-so-xa-dat-chuan-ntm-99143027.htm',
    '', '',
    '(Tổ Quốc) - Phấn đấu đến hết năm 2016 cả nước có khoảng 25% số xã đạt chuẩn nông thôn mới; có 30 - 35 đơn vị cấp huyện được công nhận đạt chuẩn nông thôn mới; số tiêu chí bình quân/xã cả nước tăng thêm từ 1-1,2 tiêu chí so với năm 2015; tỷ lệ số xã đạt dưới 10 tiêu chí còn khoảng 25%, giảm số xã đạt dưới 5 tiêu chí xuống 250 xã. Ảnh: vca.org Chính phủ',
    [], ['8.2'], 'national new-countryside goals on an unrelated host: national')
doc('s016', 'B-131', 'https://baogialai.com.vn/gia-lai-du-kien-chi-hon-195-ty-dong-thuc-hien-chuyen-doi-so-nam-2024-post263318.html',
    'Gia Lai', 'Gia Lai dự kiến chi hơn 195 tỷ đồng thực hiện chuyển đổi số năm 2024',
    '(GLO)- Ngày 22-1, UBND tỉnh Gia Lai có quyết định về ban hành kế hoạch chuyển đổi số năm 2024; trong đó, dự kiến chi hơn 195 tỷ đồng thực hiện 77 nhiệm vụ, dự án chuyển đổi số cấp tỉnh, huyện. Theo đó, năm 2024, tỉnh phấn đấu hoàn thành các chỉ tiêu quan trọng về chuyển đổi số như: tỷ lệ người dân trưởng thành có sử dụng dịch vụ công trực tuyến đạt 40%; tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính (TTHC) có đủ điều kiện trên Cổng Dịch vụ công quốc gia đạt 80%;',
    ['DTI.1', '7.1'], ['7.3'], "news of the province's DX plan of 2024: DTI.1 + 7.1 (r112)")
doc('s017', 'A-101', 'http://baovinhphuc.com.vn/tin-tuc/articleType/ArticleView/articleId/123097//Vinh-Phuc-but-pha-chuyen-doi-so',
    'Vĩnh Phúc', '',
    'Chuyển đổi số (CĐS) là mô hình tổng thể, toàn diện được triển khai trên địa bàn tỉnh ở cả 3 trụ cột: Chính quyền số, kinh tế số, xã hội số. Với sự quyết tâm trong công tác lãnh đạo, chỉ đạo, sự vào cuộc của cả hệ thống chính trị bằng nhiều cách làm sáng tạo, năm 2024, Vĩnh Phúc đã nỗ lực bứt phá và thành công CĐS nhiều nội dung quan trọng theo hướng lấy người dân, doanh nghiệp làm chủ thể. Nhận thức rõ CĐS không chỉ giúp chính quyền hoạt động hiệu quả, minh bạch; doanh nghiệp tăng năng suất, giảm chi phí;',
    [], ['DTI.1'], "a year-review feature on the province's DX naming no act (r113)")
doc('s018', 'D-029', 'https://kinhtemoitruong.vn/lam-dong-thuc-hien-chuyen-doi-so-quy-mo-toan-dien-81410.html',
    'Lâm Đồng', 'Lâm Đồng thực hiện chuyển đổi số toàn diện hướng tới phát triển bền vững',
    'Chuyển đổi số có ý nghĩa quan trọng với tăng trưởng xanh, đổi mới sáng tạo, vì vậy thời gian qua, Lâm Đồng đã triển khai chuyển đổi số trên quy mô toàn tỉnh với mục tiêu xây dựng chính quyền số, kinh tế số, xã hội số tạo giá trị mới trong xu thế hội nhập. Những kết quả tích cực trong chuyển đổi số Với quan điểm nền tảng số là giải pháp đột phá để thúc đẩy chuyển đổi số, trong năm 2023 tỉnh âm Đồng đã ban hành nhiều văn bản chỉ đạo thực hiện chuyển đổi số trên địa bàn và đạt được nhiều kết quả nổi bật.',
    [], ['DTI.1'], "a results feature on the province's DX naming no act (r113)")
doc('s019', 'B-032', 'https://amp.laodong.vn/cong-nghe/phu-yen-can-day-manh-chuyen-doi-so-de-phat-trien-kinh-te-dia-phuong-1139495.ldo',
    'Phú Yên', '',
    'Phú Yên: Cần đẩy mạnh chuyển đổi số để phát triển kinh tế địa phương Hoài Luân LDO 21/01/2023 13:18 Tính đến nay, việc ứng dụng công nghệ thông tin tại tỉnh Phú Yên đang ở mức thấp so với cả nước. Trước tình hình trên, Bí thư Tỉnh ủy Phú Yên đã đề nghị toàn thể hệ thống chính trị và nhân dân trong tỉnh cùng chung tay đẩy mạnh chuyển đổi số, góp phần phát triển kinh tế - xã hội.',
    [], ['DTI.1'], "the party secretary's call to push DX, naming no act")
doc('s020', 'D-040', 'https://vanphong.langson.gov.vn/vi/node/71829',
    'Lạng Sơn', '',
    'Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 - 2025 Kế hoạch triển khai Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 trên địa bàn tỉnh UBND tỉnh ban hành Kế hoạch số 131/KH-UBND, ngày 06/6/2022 về triển khai Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 trên địa bàn tỉnh. Lễ phát động triển khai nền tảng Công dân số Xứ Lạng Một số mục tiêu cụ thể:',
    ['DTI.1'], ['7.1'], "the province's plan implementing the national digital economy and society strategy (131/KH-UBND): DTI.1 alone (r134)")
doc('s021', 'F-064', 'https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-96-NQ-HDND-2025-ke-hoach-phat-trien-kinh-te-xa-hoi-5-nam-Lai-Chau-2026-2030-686683.html',
    'Lai Châu', 'Nghị quyết 96/NQ-HĐND năm 2025 về Kế hoạch phát triển kinh tế - xã hội, 5 năm giai đoạn 2026-2030 do tỉnh Lai Châu ban hành',
    'HỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 96/NQ-HĐND Lai Châu, ngày 09 tháng 12 năm 2025 NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI, 5 NĂM GIAI ĐOẠN 2026-2030 HỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU KHÓA XV, KỲ HỌP THỨ BA MƯƠI TƯ Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Xét Tờ trình số 7682/TTr-UBND ngày 29 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về đề nghị ban hành Nghị quyết kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026-2030;',
    [], ['8.2'], "the council's five-year socio-economic plan 2026-2030: not the year's (r067)")
doc('s022', 'J-024', 'https://diatin.vn/ha-tinh-dat-muc-tieu-den-nam-2030-nam-trong-nhom-20-tinh-thanh-pho-co-grdp-cao-nhat-nuoc/',
    'Hà Tĩnh', 'Hà Tĩnh đặt mục tiêu đến năm 2030 nằm trong nhóm 20 tỉnh, thành phố có GRDP cao nhất nước',
    'Phó Thủ tướng Lê Văn Thành vừa ký Quyết định số 1363/QĐ-TTg ngày 8/11/2022 phê duyệt quy hoạch tỉnh Hà Tĩnh thời kỳ 2021-2030, tầm nhìn đến năm 2050. Theo đó, mục tiêu đến năm 2030 là xây dựng tỉnh Hà Tĩnh thành một trong những cực phát triển của vùng Bắc Trung bộ và Duyên hải miền Trung, trở thành tỉnh khá, nằm trong nhóm 20 tỉnh, thành phố có tổng sản phẩm trên địa bàn (GRDP) cao nhất cả nước… Mục tiêu cụ thể về kinh tế: phấn đấu tốc độ tăng trưởng kinh tế bình quân thời kỳ 2021- 2030 đạt trên 9%/năm.',
    [], ['8.2'], "the Prime Minister's decision on the provincial master plan: another level's act (r068)")
doc('s023', 'B-123', 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-bao-304-TB-VPCP-2023-ket-luan-tai-Phien-hop-thu-nam-ngay-19-thang-7-574519.aspx',
    '', '',
    'VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 304/TB-VPCP Hà Nội, ngày 02 tháng 8 năm 2023 THÔNG BÁO KẾT LUẬN CỦA BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ TẠI PHIÊN HỌP THỨ NĂM NGÀY 19 THÁNG 7 NĂM 2023 Ngày 19 tháng 7 năm 2023, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính (CCHC) của Chính phủ đã chủ trì Phiên họp thứ năm của Ban Chỉ đạo, trực tuyến với 63 địa phương (sau đây gọi tắt là Phiên họp). Tham dự Phiên họp có các đồng chí:',
    [], ['1.6', '1.2'], "the Government Office's notice of the Government CCHC steering committee's conclusions: national")
doc('s024', 'A-038', 'http://tothethao.com/bong-da_dong-luc-moi-thoi-quen-moi-trong-lo-trinh-chuyen-doi-so-cua-hai-phong-2357765.html',
    'Hải Phòng', '',
    'Chuyển đổi số không chỉ là xu hướng tất yếu mà còn là nhiệm vụ trọng tâm trong chiến lược phát triển bền vững của thành phố Hải Phòng. Chính quyền số không thể thiếu sự phát triển của các dịch vụ công trực tuyến (DVCTT). Hải Phòng xác định rõ lộ trình chuyển đổi số để đưa các dịch vụ công trực tuyến đến gần hơn với người dân, trong đó sự thay đổi, trước hết phải đến từ những cán bộ, công chức trong bộ máy, để tạo xung lực, khuyến khích người dân sử dụng phổ biến các DVCTT.',
    [], ['7.3', 'DTI.1'], "the city's roadmap for online public services told at a ministry's conference, no act or result in the excerpt")
doc('s025', 'A-026', 'https://ictvietnam.vn/bo-tt-tt-dong-hanh-ho-tro-ninh-binh-tro-thanh-trung-tam-doi-moi-sang-tao-62830.html',
    'Ninh Bình', 'Bộ TT&TT đồng hành, hỗ trợ Ninh Bình trở thành trung tâm đổi mới sáng tạo',
    'Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng chia sẻ, tỉnh Ninh Bình có thể tạo đột phá bằng cách đi trước, làm trước để trở thành nơi thử nghiệm những cái mới, nắm bắt cơ hội trở thành một thỏi nam châm để hút các doanh nghiệp (DN), các nhà đổi mới sáng tạo. Ngày 29/2, tại Hà Nội, Bộ Thông tin và Truyền thông (TT&TT) đã có buổi làm việc với Đoàn công tác của tỉnh Ninh Bình về đổi mới sáng tạo (ĐMST), thu hút đầu tư để Ninh Bình trở thành Trung tâm ĐMST.',
    [], ['DTI.1'], "the ministry's working session on the province's innovation centre: no act of the province")
doc('s026', 'B-139', 'https://hethongphapluat.com/ke-hoach-72-kh-ubnd-chuyen-doi-so-tinh-binh-dinh-nam-2025.html',
    'Bình Định', '',
    'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 72/KH-UBND Bình Định, ngày 15 tháng 4 năm 2025 KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH BÌNH ĐỊNH NĂM 2025 Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 28/TTr- SKHCN ngày 09/4/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Bình Định năm 2025 với các nội dung như sau: I.',
    ['DTI.1', '7.1'], ['1.1'], "the province's DX plan of 2025 (72/KH-UBND): DTI.1 + 7.1")
doc('s027', 'J-407', 'https://baomoi.com/cau-chuyen-hom-nay-ha-noi-phan-dau-den-nam-2025-co-100-huyen-nong-thon-moi/c/44402270.epi?utm_source=mobile&utm_medium=zalo&utm_campaign=share',
    'Hà Nội', '',
    'Để chương trình đi vào thực chất, chiều sâu, UBND thành phố Hà Nội cũng đặt mục tiêu phấn đấu đến năm 2025, hoàn thành nhiệm vụ xây dựng nông thôn mới tại 100% số huyện, xã đạt chuẩn nông thôn mới; 20% số huyện đạt chuẩn nông thôn mới nâng cao; 40% số xã đạt chuẩn nông thôn mới nâng cao; 20% số xã đạt chuẩn nông thôn mới kiểu mẫu. Về phát triển nông nghiệp và phát triển kinh tế nông thôn, Thành phố sẽ tăng cường sản xuất nông, lâm nghiệp và thủy sản hằng năm 2,5-3%;',
    [], ['8.2'], "the city's new-countryside goals: a programme, not the year's account")
doc('s028', 'J-129', 'https://trangbom.dongnai.gov.vn/vi/news/mat-tran-to-quoc-va-cac-doan-the/tuoi-tre-trang-bom-quan-triet-trien-khai-thuc-hien-nghi-quyet-dai-hoi-doan-tinh-dong-nai-xa-trang-bom-lan-thu-i-nhiem-ky-2025-2030-982.html',
    'Đồng Nai', '',
    'Nghị quyết Đại hội Đoàn tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025-2030 đề ra hệ thống 19 chỉ tiêu trọng tâm thực hiện trong nhiệm kỳ, cụ thể như: 100% cán bộ Đoàn, đoàn viên đạt yêu cầu trong các đợt học tập Nghị quyết; 100% trường THPT có ít nhất 01 mô hình phòng ngừa ma túy; 100% Đoàn cấp xã (tương đương) thành lập và duy trì Câu lạc bộ Lý luận trẻ… Nghị quyết cũng xác định triển khai Phong trào "Tuổi trẻ Đồng Nai tiên phong trong kỷ nguyên mới", gồm: Tiên phong trong tham gia bảo vệ Tổ quốc;',
    [], ['8.2'], "a youth union's congress targets on a commune's site")
doc('s029', 'E-064', 'https://doanhnhanvn.vn/vi-mo',
    '', 'Lộ diện 6 địa phương được dự báo có tăng trưởng GRDP hai con số',
    'Theo Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng, ước tính có 20/34 địa phương đạt tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm 2025 từ 8% trở lên, trong đó 6 địa phương tăng trưởng hai con số, gồm Quảng Ninh, Hải Phòng, Ninh Bình, Phú Thọ, Bắc Ninh và Quảng Ngãi.',
    [], ['8.2'], "national listing of provinces' estimated growth")
doc('s030', 'A-237', 'http://nhandan.com.vn/chungkhoan/chungkhoan-traiphieu-2',
    'Lào Cai', 'Lào Cai bứt phá trong xây dựng chính quyền điện tử',
    'Thời gian qua, Tỉnh ủy, UBND tỉnh Lào Cai đã chỉ đạo quyết liệt, trọng tâm, trọng điểm trong ứng dụng công nghệ thông tin và xây dựng chính quyền điện tử nhằm kết nối, tương tác với người dân theo phương châm "ở đâu có người dân, ở đó có chính quyền". Tỉnh đã có sự bứt phá mạnh mẽ trong lĩnh vực này.',
    [], ['7.1'], "a section-page teaser on the province's e-government drive naming no act")
doc('s031', 'J-538', 'https://baoninhthuan.com.vn/news/106066p25c151/phan-dau-den-nam-2020toan-tinh-co-tren-74-htx-hoat-dong-hieu-qua-trong-linh-vuc-nong-nghiep-va-nganh-nghe-nong-thon.htm',
    'Ninh Thuận', '',
    'Theo đó, Kế hoạch đề ra một số mục tiêu cần thực hiện như: Mỗi năm thành lập mới 11 hợp tác xã (HTX). Hạn chế việc thành lập nhiều hơn 1 HTX hoạt động cùng chuỗi giá trị trên cùng một xã và 100% các HTX thành lập mới thực hiện đăng ký hoạt động theo quy định. Các HTX liên kết tiêu thụ các sản phẩm đặc thù của tỉnh. Ảnh: Văn Nỷ Phấn đấu đến năm 2020, toàn tỉnh có trên 74 HTX hoạt động hiệu quả (xếp loại từ trung bình trở lên) trong lĩnh vực nông nghiệp và ngành nghề nông thôn;',
    [], ['8.2'], 'a plan for agricultural cooperatives: a sector (x347)')
doc('s032', 'D-114', 'https://tinnhanhchungkhoan.vn/dau-tu/dieu-chinh-quy-hoach-tong-the-phat-trien-kinh-texa-hoi-tinh-phu-yen-232729.html',
    'Phú Yên', '',
    '(ĐTCK) Thủ tướng Chính phủ vừa phê duyệt điều chỉnh Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Phú Yên đến năm 2020, tầm nhìn đến năm 2030. Theo đó, giai đoạn 2016 - 2020, phấn đấu tốc độ tăng tổng sản phẩm trên địa bàn tỉnh (GRDP) bình quân giai đoạn 2016 - 2020 đạt 9,5%/năm; trong đó, giá trị gia tăng ngành nông - lâm - thủy sản bình quân 3,3%/năm; ngành công nghiệp - xây dựng bình quân 12%/năm; ngành dịch vụ bình quân 10%/năm;',
    [], ['8.2'], "the Prime Minister's adjustment of the province's master plan: another level's act")
doc('s033', 'J-233', 'https://amp.vtcnews.vn/ong-hoang-van-nghiem-tai-dac-cu-bi-thu-tinh-uy-lang-son-nhiem-ky-2025-2030-ar967452.html',
    'Lạng Sơn', '',
    'Chiều 25/9, Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVIII, nhiệm kỳ 2025-2030, thực hiện công tác nhân sự, bầu Ban Chấp hành khóa mới gồm 52 người. Ban Chấp hành sau đó tổ chức Hội nghị lần thứ nhất, bầu Ban Thường vụ Tỉnh ủy gồm 14 người; bầu Bí thư Tỉnh ủy, các Phó Bí thư Tỉnh ủy; bầu Ủy ban Kiểm tra Tỉnh ủy. Toàn cảnh Đại hội Đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII, nhiệm kỳ 2025-2030.',
    [], ['8.2'], "the party congress electing its committee: not the year's account")
doc('s034', 'E-080', 'http://plo.vn/thoi-su/dung-vi-thanh-tich-huy-dong-qua-suc-dan-655823.html',
    '', '',
    'Theo báo của chương trình MTQG xây dựng nông thôn mới giai đoạn 2016-2020, hiện cả nước có 2.045 xã (23%) được công nhận đạt chuẩn nông thôn mới, tăng 5,9% so với cuối năm 2015. Có 24 đơn vị cấp huyện được Thủ tướng Chính phủ ban hành quyết định công nhận đạt chuẩn nông thôn mới, tăng chín đơn vị so với cuối năm 2015. Về mục tiêu triển khai chương trình giai đoạn 2016-2020, cả nước phấn đấu đến năm 2020 số xã đạt tiêu chuẩn nông thôn mới chiếm 50%;',
    [], ['8.2'], 'national new-countryside programme results: national')
doc('s035', 'H-011', 'https://gialaitv.vn/tin-dia-phuong/ubnd-huyen-chu-puh-tong-ket-tinh-hinh-thuc-hien-cac-nhiem-vu-phat-trien-kinh-te-xa-hoi-dam-bao-an-ninh-quoc-phong-nam-2024',
    'Gia Lai', '',
    'UBND huyện Chư Pưh vừa tổ chức Hội nghị trực tuyến tổng kết tình hình thực hiện các nhiệm vụ phát triển kinh tế – xã hội, đảm bảo an ninh – quốc phòng năm 2024, triển khai nhiệm vụ công tác năm 2025. Trong năm 2024, huyện Chư Pưh tiếp tục thực hiện đạt và vượt nhiều chỉ tiêu quan trọng về phát triển kinh tế – xã hội. Trong đó, giá trị sản xuất đạt gần 5,2 nghìn tỷ đồng, tăng 8,79% so với năm 2023. Tổng diện tích gieo trồng gần 34,4 nghìn ha, đạt 101,49 % so với KH.',
    [], ['8.2'], "a district's year-end review: issuer level (r052)")
doc('s036', 'B-137', 'https://tienphong.vn/chinh-quyen-2-cap-o-lam-dong-sau-hon-2-thang-thuc-hien-post1776947.tpo',
    'Lâm Đồng', 'Chính quyền 2 cấp ở Lâm Đồng sau hơn 2 tháng thực hiện',
    'TPO - Sau nhiều tháng vận hành chính quyền 2 cấp ở Lâm Đồng, tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 96,15%, mức độ hài lòng của người dân luôn trên 95%. Ngày 10/9, ông Trần Ngọc Xuân - Phó Giám đốc Sở Nội vụ tỉnh Lâm Đồng cho biết, sau nhiều tháng vận hành, mô hình chính quyền địa phương 2 cấp đã ghi nhận nhiều kết quả tích cực, nổi bật là hàng loạt sáng kiến, mô hình cải cách hành chính, góp phần phục vụ người dân nhanh chóng, minh bạch hơn. Lâm Đồng hiện cung cấp 2.217 dịch vụ công trực tuyến.',
    ['3.3', '7.3'], ['4.4', '8.1'], "the home-affairs department's results after the merger: the on-time rate and online services offered, 3.3 + 7.3 (r011); a satisfaction figure without a survey act is not 8.1, operating the two-level model is not the arrangement act 4.4 (hard call)")
doc('s037', 'A-207', 'https://vietnamnet.vn/cao-bang-day-manh-thuc-hien-chuyen-doi-so-gan-cai-cach-hanh-chinh-2343789.html',
    'Cao Bằng', '',
    'Nghị quyết số 06-NQ/TU (03/11/2021) của Tỉnh uỷ Cao Bằng về phát triển khoa học công nghệ và đổi mới sáng tạo giai đoạn 2021 - 2025, định hướng đến năm 2030 đã xác định rõ chuyển đổi số, thúc đẩy đổi mới sáng tạo, phát triển khoa học công nghệ là nhiệm vụ trọng tâm hàng đầu, thường xuyên của cả hệ thống chính trị.',
    [], ['DTI.1', '7.1'], "a DX feature framed by the party's resolution on science and innovation 2021-2025, which is not a DX resolution (hard call; r056 named DX in its title)")
doc('s038', 'G-005', 'https://baophutho.vn/kinh-te-so-va-bai-toan-di-tu-quy-mo-sang-chieu-sau-245563.htm',
    '', 'Kinh tế số và bài toán đi từ quy mô sang chiều sâu',
    'Năm 2025 khép lại với một điểm nhấn đáng chú ý: Kinh tế số đã hiện diện rõ trong cấu trúc tăng trưởng. Kinh tế số có giá trị tăng thêm đạt khoảng 72,1 tỷ USD, tăng trưởng 14,6% và đóng góp hơn 14% GDP, theo Cục Thống kê. Tuy vậy, theo Nghị quyết 57, từ tỷ lệ đóng góp hiện nay đến mục tiêu 30% GDP vào năm 2030 và 50% năm 2045 vẫn còn khoảng cách rất rộng, lên đến hàng chục điểm phần trăm GDP.',
    [], ['DTI.1'], 'national digital-economy analysis')
doc('s039', 'A-224', 'http://www.a.vjst.vn/vn/tin-tuc/18568/nam-dinh-quyet-tam-tao-dot-pha-trong-thuc-hien-nghi-quyet-so-57-nq-tw.aspx',
    'Nam Định', '',
    'Một số kết quả đạt được Chính sách đồng hành cùng doanh nghiệp đổi mới công nghệ: Với mục tiêu đưa công nghệ trở thành "đòn bẩy" cho năng suất và sức cạnh tranh, tỉnh Nam Định đã ban hành Kế hoạch số 130/KH-UBND, ngày 05/11/2021 về hỗ trợ doanh nghiệp vừa và nhỏ trên địa bàn tỉnh. Đây là một trong những chính sách tiên phong của tỉnh, thúc đẩy doanh nghiệp đầu tư công nghệ, thay đổi tư duy “sản xuất truyền thống” sang “sản xuất thông minh”.',
    [], ['PCI.1'], "the province's plan supporting small and medium firms' technology: not a PCI plan")
doc('s040', 'dev-043', 'https://baogialai.com.vn/phan-dau-chi-so-chuyen-doi-so-trong-nhom-3063-tinh-thanh-pho-post235166.html',
    'Gia Lai', '',
    'Theo đó, về phát triển chính quyền số, nâng cao hiệu quả, hiệu lực hoạt động, UBND tỉnh đề ra một số mục tiêu: tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện được cung cấp trên nhiều phương tiện truy cập khác nhau (bao gồm cả thiết bị di động) đạt 100%; tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 80%; tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt 50%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%;',
    ['DTI.1', '7.1'], ['7.3', '7.4'], "news of the goals of the province's DX plan (digital-government targets): DTI.1 + 7.1 (r102)")
doc('s041', 'F-056', 'https://ever.vn/ban-do-can-tho-sau-sap-nhap',
    'Cần Thơ', '',
    'Trong bối cảnh đất nước đang đẩy mạnh cải cách hành chính, tái cơ cấu không gian phát triển vùng và thực hiện chiến lược xây dựng chính quyền đô thị hiện đại, việc sắp xếp, sáp nhập các đơn vị hành chính cấp tỉnh được xem là giải pháp có tính chiến lược và đột phá. Trên cơ sở đó, tỉnh Sóc Trăng, tỉnh Hậu Giang và thành phố Cần Thơ đã được hợp nhất, hình thành một đô thị mới trực thuộc Trung ương với tên gọi thành phố Cần Thơ . Quy mô hành chính và dân số Sau sáp nhập, thành phố Cần Thơ mới có:',
    [], ['4.4'], "a real-estate site's explainer of the merged city: not the arrangement act")
doc('s042', 'J-551', 'https://baobariavungtau.com.vn/xa-hoi/202211/tang-dien-bao-phu-bao-hiem-den-nguoi-dan-964992/',
    'Bà Rịa - Vũng Tàu', '',
    'Tính đến ngày 30/9/2022, tỷ lệ lao động tham gia BHXH toàn tỉnh đạt 38,05%, vượt 0,05% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của Tỉnh ủy (38%); tuy nhiên, tỷ lệ độ bao phủ BHYT mới đạt 86,25% dân số, thấp hơn 5,25% so với chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng Chính phủ (91,5%) và thấp hơn 5,75% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy (92%).',
    [], ['8.2'], "social and health insurance coverage against the party's targets: a sector")
doc('s043', 'G-058', 'https://vneconomy.vn/quang-tri-dat-muc-tieu-tang-truong-grdp-910-trong-nam-2026.htm',
    'Quảng Trị', '',
    'Năm 2026, Quảng Trị xác định tăng tốc phát triển với mục tiêu GRDP đạt từ 9–10%, lấy đổi mới sáng tạo, chuyển đổi số và cải thiện môi trường đầu tư làm động lực then chốt. Chiều 14/1, UBND tỉnh Quảng Trị tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế – xã hội và quốc phòng – an ninh năm 2026. Tại hội nghị, Chủ tịch UBND tỉnh Quảng Trị Lê Hồng Vinh cho biết, năm 2025 tốc độ tăng trưởng GRDP đạt 8%, xếp thứ 20/34 tỉnh, thành phố; 17/17 chỉ tiêu chủ yếu đạt và vượt kế hoạch.',
    ['8.2'], ['PCI.1'], "the people's committee's conference deploying the 2026 socio-economic tasks with the 2025 results: 8.2 (f064, k032)")
doc('s044', 'J-333', 'https://baogialai.com.vn/trong-rung-tag3081.html',
    'Gia Lai', 'Kông Chro phấn đấu sớm hoàn thành kế hoạch trồng rừng',
    '(GLO)- Năm 2024, huyện Kông Chro được UBND tỉnh Gia Lai giao kế hoạch trồng 470 ha rừng tập trung và 140 ha cây phân tán. Để hoàn thành chỉ tiêu, huyện triển khai nhiều giải pháp nhằm đẩy nhanh tiến độ và phấn đấu về đích sớm so với kế hoạch.',
    [], ['8.2'], "a tag-page teaser of one district's afforestation plan: issuer level")
doc('s045', 'J-021', 'http://congthuongthainguyen.gov.vn/vn/chuyen-doi-so/khoi-day-nguon-tri-tue-cho-doanh-nghiep-moi-5677.phtml',
    'Thái Nguyên', '',
    'Nhằm thúc đẩy các hoạt động kết nối khởi nghiệp, đổi mới sáng tạo cho các DN trên địa bàn tỉnh, tỉnh Thái Nguyên đã triển khai các kế hoạch giúp đỡ các DN mới tháo gỡ khó khăn, từng bước đặt những viên gạch nền móng đầu tiên trong công cuộc xây dựng khởi nghiệp. Tỉnh đã ban hành Quyết định số 2704/QĐ-UBND về việc phê duyệt Đề án “Hỗ trợ doanh nghiệp nhỏ và vừa, nâng cao năng lực cạnh tranh của doanh nghiệp tỉnh Thái Nguyên giai đoạn 2021-2025”.',
    [], ['PCI.1'], "a department's feature on the province's project supporting SMEs and their competitiveness: firms' competitiveness is not the PCI (hard call)")
doc('s046', 'B-171', 'https://baomoi.net.vn/nen-tang-de-tp-hcm-tang-truong-kinh-te-so-nam-2025-c51503779.epi',
    'Hồ Chí Minh', 'Nền tảng để Tp.HCM tăng trưởng kinh tế số năm 2025',
    'Tp.HCM đặt mục tiêu phát triển kinh tế số không chỉ đạt chỉ tiêu đã đặt ra là 25% GRDP vào năm 2025, mà còn phải trở thành một trong những động lực tăng trưởng mới của Thành phố, đóng góp vào mục tiêu tăng trưởng kinh tế. Ngày 18/2, UBND Tp.HCM vừa ban hành Báo cáo về kết quả triển khai chuyển đổi số và đô thị thông minh năm 2024 và phương hướng, nhiệm vụ năm 2025 của Tp.HCM. Kinh tế số phải trở thành một trong những động lực tăng trưởng mới của Tp.HCM.',
    [], ['DTI.1', '7.1'], "the city's DX and smart-city report of 2024, its digital-economy goal in the lead: a year's report, not the DX plan (hard call)")
doc('s047', 'J-458', 'https://cafef.vn/mot-tinh-duyen-hai-se-tro-thanh-trung-tam-kinh-te-bien-trung-tam-nang-luong-sach-cua-viet-nam-188231004071256323.chn',
    'Trà Vinh', 'Trà Vinh sẽ trở thành trung tâm kinh tế biển',
    'Phó Thủ tướng Trần Hồng Hà đã ký Quyết định số 1142/QĐ-TTg ngày 2/10/2023 phê duyệt Quy hoạch tỉnh Trà Vinh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. Mục tiêu tổng quát là đến 2030, Trà Vinh là tỉnh phát triển ở mức trung bình cao, nằm trong nhóm đầu của vùng đồng bằng sông Cửu Long, có kết cấu hạ tầng giao thông đồng bộ, kết nối vùng Đồng bằng sông Cửu Long và cả nước; có kinh tế biển phát triển, thích ứng với biến đổi khí hậu; các giá trị văn hóa của các dân tộc được bảo tồn và phát huy;',
    [], ['8.2'], "the Deputy Prime Minister's decision on the provincial master plan: another level's act (r068)")
doc('s048', 'J-541', 'https://baobackan.com.vn/quyet-tam-thuc-hien-thang-loi-nghi-quyet-nhiem-vu-nam-2024-post59610.html',
    'Bắc Kạn', '',
    'Đề ra 16 mục tiêu chủ yếu Trên cơ sở kết quả thực hiện nhiệm vụ năm 2023; căn cứ nhiệm vụ, mục tiêu Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025 và tình hình thực tế, Ban Chấp hành Đảng bộ tỉnh đã quyết nghị đề ra nhiệm vụ năm 2024 với 16 mục tiêu chủ yếu. Về nhóm mục tiêu phát triển kinh tế, một số chỉ tiêu đề ra tăng so với năm 2023. Trong các năm từ 2020 - 2023, tốc độ tăng trưởng kinh tế của tỉnh chưa đạt như kỳ vọng (lần lượt là 4%, 6,01% và 6,33%/năm).',
    ['8.2'], ['1.1'], "the provincial party committee's resolution on the year's tasks and its 16 main goals: the province's plan of the year, 8.2 (hard call: the party's year, as k032; its congress and five-year goals stay not, g044)")
doc('s049', 'D-014', 'https://baomoi.net.vn/chi-so-danh-gia-chuyen-doi-so-nam-2022-yen-bai-xep-thu-15-63-c46601011.epi',
    'Yên Bái', 'Chỉ số đánh giá chuyển đổi số năm 2022: Yên Bái xếp thứ 15/63',
    'Theo báo cáo Chỉ số đánh giá chuyển đổi số (DTI) của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và các tỉnh, thành phố trực thuộc Trung ương năm 2022, tỉnh Yên Bái tăng 12 bậc, xếp vị trí thứ 15/63 tỉnh, thành phố. Bộ Thông tin và Truyền thông vừa công bố kết quả đánh giá, xếp hạng về chỉ số chuyển đổi số cấp bộ, cấp tỉnh - DTI năm 2022. Đây là năm thứ ba Bộ TT&TT tổ chức đánh giá và công bố xếp hạng về chuyển đổi số của các bộ, ngành, địa phương.',
    [], ['DTI.1'], "the ministry's DTI ranking relayed (r087)")
doc('s050', 'G-021', 'https://vanphong.langson.gov.vn/vi/node/73232',
    'Lạng Sơn', 'Kế hoạch tổ chức Ngày Chuyển đổi số quốc gia năm 2022 trên địa bàn tỉnh Lạng Sơn',
    'UBND tỉnh vừa ban hành Kế hoạch tổ chức Ngày Chuyển đổi số quốc gia (CĐSQG) năm 2022 trên địa bàn tỉnh (Kế hoạch số 203/KH-UBND, ngày 27/9/2022). Ảnh minh họa. Nguồn: Internet Mục đích nhằm đẩy nhanh tiến độ triển khai các nhiệm vụ về CĐSQG, thực hiện có hiệu quả Chương trình CĐSQG đến năm 2025, định hướng đến năm 2030. Nâng cao nhận thức của cán bộ, công chức, viên chức, người lao động và Nhân dân trên địa bàn tỉnh về vai trò, ý nghĩa, lợi ích và tầm quan trọng của CĐS.',
    [], ['DTI.1', '1.4'], "the province's plan organising the national DX day's events: not its DX plan (r115)")
doc('s051', 'J-519', 'https://dantri.com.vn/xa-hoi/giam-doc-so-noi-vu-phuong-kinh-mon-can-giao-nhiem-vu-cho-tung-dang-vien-20250815185023397.htm',
    'Hải Phòng', '',
    'Ngày 15/8, Đại hội đại biểu Đảng bộ phường Kinh Môn (Hải Phòng) lần thứ I, nhiệm kỳ 2025-2030 làm việc phiên chính thức và bế mạc. Ông Vũ Tiến Phụng, Ủy viên Ban Thường vụ Thành ủy, Giám đốc Sở Nội vụ TP Hải Phòng dự và chỉ đạo. Cùng dự có ông Nguyễn Minh Hùng, Ủy viên Thành ủy, Phó Chủ tịch UBND TP Hải Phòng và 200 đại biểu đại diện cho 1.450 đảng viên của Đảng bộ. Các đại biểu dự đại hội (Ảnh: Đỗ Gia Tuấn).',
    [], ['8.2'], "a ward's party congress: issuer level")
doc('s052', 'J-102', 'https://sotuphap.haugiang.gov.vn/xem-chi-tiet-tin_new/-/tin-tuc/Hau-Giang--Trien-khai-thuc-hien-Chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi--giai-oan-2021---202585114',
    'Hậu Giang', '',
    'Xem chi tiet tin_new - Sở Tư pháp Hậu Giang: Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giai đoạn 2021 - 2025 Ngày 31-05-2022 Ngày 26 tháng 5 năm 2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 100/KH-UBND triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Hậu Giang, giai đoạn 2021-2025.',
    [], ['8.2'], "the province's new-countryside programme plan on a department's site: a programme (r143)")
doc('s053', 'J-032', 'https://vnexpress.net/thanh-hoa-thu-ngan-sach-gan-55-000-ty-dong-4990519.html',
    'Thanh Hóa', '',
    'Năm 2025, thu ngân sách của tỉnh Thanh Hóa đạt 54.952 tỷ đồng, bằng 121% dự toán; các lĩnh vực công nghiệp, văn hoá xã hội có nhiều chuyển biến. Ban Thường vụ Tỉnh ủy Thanh Hoá vừa tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2025, đồng thời thảo luận, thống nhất mục tiêu, nhiệm vụ và các giải pháp trọng tâm cho năm 2026. Theo đánh giá của lãnh đạo tỉnh năm 2025 địa phương tiếp tục duy trì đà tăng trưởng tích cực. GRDP ước tăng 8,27%, xếp thứ 15/34 tỉnh, thành phố;',
    ['8.2'], ['6.1'], "national news of the province's whole-year results and next year's goals from the party standing committee's meeting: 8.2 (k032; hard call: the forum does not decide)")
doc('s054', 'A-127', 'http://tinbong247.org/but-pha-trong-chuyen-doi-so-1556556.html',
    'Lạng Sơn', 'Bứt phá trong chuyển đổi số',
    '– Chuyển đối số là mô hình tổng thể, toàn diện được triển khai trên địa bàn tỉnh Lạng Sơn với 5 trụ cột gồm: chuyển đối số trong cơ quan Đảng, phát triển chính quyền số, kinh tế số, xã hội số, cửa khẩu số. Đây là giải pháp đột phá để thực hiện các mục tiêu phát triển kinh tế, xã hội, cải cách hành chính, nâng cao hiệu lực, hiệu quả trong hoạt động của chính quyền các cấp.',
    [], ['DTI.1'], 'a DX feature naming no act (r113)')
doc('s055', 'D-070', 'https://lawnet.vn/van-ban/furl?id=9B9B7',
    'Cần Thơ', 'Quyết định 2256/QĐ-UBND năm 2024 phê duyệt Đề án “Chuyển đổi số thành phố Cần Thơ giai đoạn 2025-2030”',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2256/QĐ-UBND Cần Thơ, ngày 14 tháng 10 năm 2024 PHÊ DUYỆT ĐỀ ÁN “CHUYỂN ĐỔI SỐ THÀNH PHỐ CẦN THƠ GIAI ĐOẠN 2025 - 2030” ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 12 năm 2019; Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;',
    ['DTI.1', '7.1'], ['1.1'], "the city's decision approving its DX project 2025-2030 (2256/QĐ-UBND): DTI.1 + 7.1")
doc('s056', 'J-302', 'http://skhcn.kontum.gov.vn/tin-kh-cn-trong-tinh/cac-muc-tieu-chu-yeu-tinh-kon-tum-den-nam-2030.html',
    'Kon Tum', '',
    'Trang chủ >> Tin KH&CN trong tỉnh (01-12-2022) Các mục tiêu chủ yếu tỉnh Kon Tum đến năm 2030 Ngày 02-12-2022, tại hội nghị lần thứ mười, Ban chấp hành Đảng bộ tỉnh đã đánh xem xét định hướng phát triển tỉnh Kon Tum thời kỳ 2021- 2030, tầm nhìn đến 2050. Đồng chí Lê Ngọc Tuấn, Phó bí thư tỉnh ủy, chủ tich UBND tỉnh trình bày tại Hội nghị Mục tiêu tổng quát: Xây dựng tỉnh Kon Tum trở thành tỉnh phát triển toàn diện, ổn định, bền vững và công bằng;',
    [], ['8.2'], "the party committee's development orientation to 2030: not the year's plan")
doc('s057', 'J-548', 'https://www.doingoailaocai.vn/vi/bai-viet/22024',
    'Lào Cai', 'Lào Cai: Doanh thu du lịch 3 tháng đầu năm 2025 đạt 10.235 tỷ đồng',
    'Năm 2025, tỉnh Lào Cai đặt mục tiêu đón 10 triệu lượt khách du lịch, tổng doanh thu từ du lịch đạt 44.700 tỷ đồng, đảm bảo hoàn thành mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI đã đề ra. Để đạt được mục tiêu này, ngay từ đầu năm 2025, Sở Văn hóa, Thể thao và Du lịch đã xây dựng kịch bản tăng trưởng đảm bảo 02 con số (đạt từ 10% trở lên), với 06 nhóm nhiệm vụ, giải pháp để điều hành theo Kế hoạch số 102/KH-UBND của UBND tỉnh.',
    [], ['8.2'], "the tourism sector's quarter against its goals: a sector")
doc('s058', 'D-036', 'https://travinh.gov.vn/1426/37932/73050/662000/chuyen-doi-so/den-nam-2030-kinh-te-so-chiem-tren-25-grdp-cua-tinh-tra-vinh',
    'Trà Vinh', 'Đến năm 2030, kinh tế số chiếm trên 25% GRDP của tỉnh Trà Vinh',
    'Ngày 12/7/2022, UBND tỉnh đã ban hành Kế hoạch số 50/KH-UBND triển khai thực hiện Nghị quyết số 09-NQ/TU ngày 26/01/2022 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Trà Vinh đến năm 2025, định hướng đến năm 2030. Theo đó, mục tiêu tổng quát đến năm 2025 là tỉnh Trà Vinh cơ bản hoàn thành chuyển đổi số trong các cơ quan Đảng, nhà nước, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội của tỉnh. Phấn đấu chỉ số chuyển đổi số nằm trong nhóm 20 tỉnh/thành phố đứng đầu cả nước;',
    ['DTI.1', '7.1'], ['8.2'], "the province's plan implementing the party's DX resolution (50/KH-UBND), digital-economy share in the headline: DTI.1 + 7.1")
doc('s059', 'E-042', 'https://pcivietnam.vn/tin-tuc-su-kien/thanh-hoa-vach-duong-huong-cu-the-nham-nang-cao-nang-luc-canh-tranh-cap-tinh-ct4027.html',
    'Thanh Hóa', '',
    'The Provincial Competitiveness Index ( PCI ) CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH Provincial Green Index Thanh Hóa: Vạch đường hướng cụ thể nhằm nâng cao năng lực cạnh tranh cấp tỉnh Với mục tiêu kiến tạo môi trường thuận lợi, thông thoáng nhất cho các doanh nghiệp (DN) hoạt động, tỉnh Thanh Hóa từng đề ra mục tiêu đưa chỉ số năng lực cạnh tranh cấp tỉnh (PCI) trong top 10 cả nước. Tuy nhiên, từ năm 2015 đến nay mục tiêu này vẫn chưa một lần “chạm đích”.',
    ['PCI.1'], ['8.2'], "the province's directions to raise its PCI, on the PCI project's site: PCI.1 (r182)")
doc('s060', 'A-149', 'https://kinhtedothi.vn/ha-nam-dan-dau-ca-nuoc-ve-ty-le-ho-so-truc-tuyen-toan-trinh.html',
    'Hà Nam', '',
    'Với tỷ lệ 68,54%, tỉnh này đã vượt qua nhiều địa phương lớn, khẳng định vị trí tiên phong trong cải cách hành chính và chuyển đổi số. Theo số liệu từ hệ thống giám sát, đo lường Chính phủ số (EMC), trong năm 2024, Hà Nam đã xử lý trực tuyến toàn trình 68,54% trong tổng số 168.000 hồ sơ thủ tục hành chính. Đà Nẵng (58,89%), Hà Giang (55,76%) và Nam Định (52,96%) là những địa phương xếp sau.',
    [], ['7.3'], 'a national ranking of fully online dossiers from the monitoring system (r119)')
doc('s061', 'J-231', 'https://vietnambiz.vn/vinh-phuc-duoc-dinh-huong-la-trung-tam-san-xuat-oto-cao-cap-20242714303840.htm',
    'Vĩnh Phúc', 'Vĩnh Phúc được định hướng là trung tâm sản xuất ôtô cao cấp',
    'Ngày 6/2, Thủ tướng phê duyệt quy hoạch tỉnh Vĩnh Phúc thời kỳ 2021-2030, tầm nhìn đến 2050, đặt mục tiêu 6 năm nữa tỉnh sẽ đạt tiêu chí đô thị loại 1, làm tiền đề trở thành thành phố trực thuộc trung ương. Năm 2030, Vĩnh Phúc thuộc nhóm địa phương dẫn đầu cả nước về tăng trưởng GRDP bình quân đầu người. Tốc độ bình quân từ nay đến 2030 đạt 10,5-11%/năm; GRDP bình quân đầu người 325 triệu đồng năm 2030.',
    [], ['8.2'], "the approved provincial master plan: not the year's plan")
doc('s062', 'E-032', 'https://www.sctyenbai.gov.vn/vi/tin-tuc/yen-bai-xep-thu-2163-tinh-thanh-pho-ve-chi-so-cai-cach-hanh-chinh',
    'Yên Bái', '',
    'Bạn đang ở đây Yên Bái xếp thứ 21/63 tỉnh, thành phố về chỉ số cải cách hành chính 26/05/2022 08:39:34 Sáng 25/5, tại Hà Nội, Ban chỉ đạo cải cách hành chính của Chính phủ công bố PAR INDEX năm 2021. Đây là năm thứ 10 liên tiếp, các bộ, cơ quan ngang bộ, UBND tỉnh, thành được khảo sát, đánh giá. Theo kết quả công bố của Ban Chỉ đạo cải cách hành chính của Chính phủ, điểm Chỉ số cải cách hành chính (PAR INDEX) của tỉnh Yên Bái năm 2021 là 87,24 xếp thứ 21/63 tỉnh, thành phố, tăng 3 bậc so với năm 2020.',
    [], ['1.7', '1.2'], "the Government's PAR ranking of the province on a department's site (r085)")
doc('s063', 'D-081', 'https://thuviennhadat.vn/vbpl/nghi-quyet-78-nq-hdnd-2022-phuong-huong-nhiem-vu-kinh-te-xa-hoi-kon-tum-2023-546882.html',
    'Kon Tum', '',
    'HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 78/NQ-HĐND Kon Tum, ngày 09 tháng 12 năm 2022 NGHỊ QUYẾT VỀ PHƯƠNG HƯỚNG, NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2023 HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM KHÓA XII KỲ HỌP THỨ 4 Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật tổ chức Chính phủ và Luật tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    ['8.2'], ['6.1'], "the council's resolution on the socio-economic tasks of 2023: 8.2 (r064)")
doc('s064', 'A-253', 'https://123docz.net/document/10564699-qd-ubnd-xep-hang-muc-do-cqdt-2021-2.htm',
    'Phú Thọ', '',
    'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Số /QĐ UBND Phú Thọ, ngày tháng 3 năm 2022 QUYẾT ĐỊNH Công bố kết quả đánh giá, xếp hạng mức độ Chính quyền điện[.] ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ Số: 519 /QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc Phú Thọ, ngày 08 tháng năm 2022 QUYẾT ĐỊNH Công bố kết đánh giá, xếp hạng mức độ Chính quyền điện tử quan nhà nước tỉnh Phú Thọ năm 2021 ỦY …',
    ['7.1'], ['1.7', 'DTI.1'], "the province's decision publishing its ranking of its own agencies' e-government level: 7.1 (hard call: the e-government of state agencies, the catalog's 'ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước'; not the CCHC index of departments, x126)")
doc('s065', 'J-206', 'https://thuonghieucongluan.com.vn/phu-tho-phan-dau-nam-2025-co-136-xa-dat-chuan-nong-thon-moi-a113044.html',
    'Phú Thọ', '',
    'Phú Thọ phấn đấu năm 2025 có 136 xã đạt chuẩn nông thôn mới 07:16:00 09/09/2020 THCL - Mục tiêu đến 2025, toàn tỉnh có 6/13 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; 136 xã đạt chuẩn NTM; 26 xã đạt NTM nâng cao. Về chương trình mục tiêu Quốc gia xây dựng Nông thôn mới (NTM), ước tính hết năm 2020, toàn tỉnh Phú Thọ có 95 xã đạt chuẩn NTM; 4 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; tiêu chí bình quân toàn tỉnh đạt 15,5 tiêu chí/xã; 237 khu dân cư đạt NTM.',
    [], ['8.2'], "the draft new-countryside plan's goals: a programme and a draft")
doc('s066', 'H-049', 'https://baoninhbinh.org.vn/s/%C4%91%E1%BA%BFn%20h%E1%BA%BFt%20n%C4%83m%202024?page=1',
    'Ninh Bình', '',
    'Thách thức trong công tác giảm nghèo Nông thôn mới Tính đến hết năm 2024, tỉnh ta còn 4.806 hộ nghèo, chiếm 1,51%; 6.006 hộ cận nghèo, chiếm 1,89%. Mặc dù số lượng hộ nghèo không nhiều, nhưng để đạt chỉ tiêu đề ra cho năm cuối cùng thực hiện Chương trình mục tiêu quốc gia (MTQG) giảm nghèo bền vững giai đoạn 2021- 2025 cũng là nhiệm vụ không dễ dàng.',
    [], ['8.2'], 'a search page teaser on poverty figures')
doc('s067', 'J-205', 'https://demo.vnptmedia.vn/hoan-thien-the-che-D4AD3DB96/son-la-tiep-tuc-ra-soat-danh-gia-luoc-bo-nhung-thu-tuc-khong-can-thiet-aed2778d5',
    'Sơn La', '',
    'Theo báo cáo của Ban Chỉ đạo 1287 tỉnh Sơn La, trên cơ sở các nhiệm vụ được giao, Ban Chỉ đạo đã cụ thể hóa việc thực hiện các nhiệm vụ, giải pháp tại Kế hoạch số 07/KH-BCĐ và xác định có 32 nhiệm vụ. Trong đó có: 13 nhiệm vụ cấp bách có thời hạn hoàn thành trước ngày 30/6/2025; 19 nhiệm vụ đột phá có thời gian thực hiện từ ngày 1/7/2025 đến 31/12/2025. Đến nay, đã hoàn thành 12/13 nhiệm vụ cấp bác còn lại 1 nhiệm vụ đang tiếp tục triển khai; đối với 19 nhiệm vụ đột phá đã hoàn thành 4 nhiệm vụ đúng thời hạn, các nhiệm vụ khác đang được triển khai đúng lộ trình. Kết quả triển khai, đến nay toàn tỉnh Sơn La tỷ lệ số hóa hồ sơ tiếp nhận đạt 88,26%, số hóa kết quả giải quyết đạt 92,01%; trên 6 triệu trang tài liệu đã được số hóa đảm bảo tiêu chí “đúng, đủ, sạch, sống”. 100% xã đã có mạng cáp quang và phủ sóng di động 4G;',
    ['7.4'], ['3.2', '1.2'], "the steering committee's report on its plan, with the province's rates of digitised dossiers and results: 7.4 (f020)")
doc('s068', 'A-125', 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-hanh-dong-334-KH-UBND-2025-phat-trien-chinh-quyen-so-Lang-Son-689662.html',
    'Lạng Sơn', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 334/KH-UBND Lạng Sơn, ngày 31 tháng 12 năm 2025 KẾ HOẠCH HÀNH ĐỘNG PHÁT TRIỂN CHÍNH QUYỀN SỐ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN Thực hiện Quyết định 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ về phê duyệt Chương trình phát triển Chính phủ số; UBND tỉnh ban hành Kế hoạch hành động phát triển Chính quyền số trên địa bàn tỉnh Lạng Sơn, cụ thể như sau: I. MỤC TIÊU CỦA KẾ HOẠCH 1.',
    ['7.1'], ['7.3'], "the province's action plan for digital government (334/KH-UBND): 7.1, DTI.1 left unlabelled (r065, r120)")
doc('s069', 'J-244', 'https://vanban123.vn/Ke-hoach/Ke-hoach-2039-KH-UBND-cai-thien-va-nang-cao-Chi-so-Cai-cach-hanh-chinh-PAR-INDEX-Chi-so-do-luong-su-hai-long-cua-nguoi-dan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-SIPAS-tinh-Lai-Chau-nam-2025-684581',
    'Lai Châu', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2039/KH-UBND Lai Châu, ngày 12 tháng 5 năm 2025 KẾ HOẠCH CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX), CHỈ SỐ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (SIPAS) TỈNH LAI CHÂU NĂM 2025 Theo kết quả do Bộ Nội vụ công bố ngày 06/4/2025[1], năm 2024: Chỉ số PAR INDEX tỉnh Lai Châu đạt 85,97 điểm, tăng 0,19 điểm so với năm 2023, xếp vị trí thứ 56/63 tỉnh, thành phố, giảm 7 hạng so với năm 2023;',
    ['1.5'], ['1.1', 'SIPAS.1'], "the province's plan to improve its PAR Index and SIPAS in 2025: 1.5 (r038); no survey is organised")
doc('s070', 'J-351', 'https://hethongphapluat.vn/ke-hoach-2976-kh-ubnd-nam-2024-thuc-hien-de-an-phat-trien-cac-vung-san-xuat-rau-an-toan-tap-trung-bao-dam-truy-xuat-nguon-goc-gan-voi-che-bien-va-thi-truong-tieu-thu-den-nam-2030-tren-dia-ban-tinh-lam-dong.html',
    'Lâm Đồng', '',
    'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2976/KH-UBND Lâm Đồng, ngày 17 tháng 4 năm 2024 KẾ HOẠCH THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN CÁC VÙNG SẢN XUẤT RAU AN TOÀN, TẬP TRUNG, BẢO ĐẢM TRUY XUẤT NGUỒN GỐC GẮN VỚI CHẾ BIẾN VÀ THỊ TRƯỜNG TIÊU THỤ ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG Căn cứ Quyết định 4765/QĐ-BNN-TT ngày 09/11/2023 của Bộ Nông nghiệp và Phát triển nông thôn phê duyệt Đề án Phát triển các vùng sản xuất rau an …',
    [], ['8.2'], 'a sector plan for safe-vegetable areas')
doc('s071', 'J-230', 'https://tienphong.vn/vinh-phuc-thu-ngan-sach-dat-hon-30-nghin-ty-dong-post1698141.tpo',
    'Vĩnh Phúc', '',
    'TPO - Năm 2025, tỉnh Vĩnh Phúc đặt mục tiêu GRDP tăng từ 8,0 - 9,0%; thu hút thêm 600 triệu USD vốn đầu tư trực tiếp nước ngoài (FDI), 3.000 tỷ đồng vốn đầu trong nước (DDI). Ngày 6/12, Tỉnh ủy Vĩnh Phúc tổ chức Hội nghị Ban Chấp hành Đảng bộ. Bí thư Tỉnh ủy Vĩnh Phúc Dương Văn An khẳng định: Đây là hội nghị rất quan trọng, cho ý kiến và quyết định nhiều nội dung liên quan đến phát triển kinh tế - xã hội, đầu tư công;',
    ['8.2'], ['6.1'], "the party executive's conference on the year's results and next year's targets: 8.2 (as J-032)")
doc('s072', 'J-227', 'http://www.baomoi.com/dien-bien-phan-dau-nam-2012-giam-ti-le-ho-ngheo-xuong-duoi-42/c/9436945.epi',
    'Điện Biên', '',
    'Thực hiện chương trình giảm nghèo nhanh và bền vững tại các huyện, thị xã, thành phố, trong hơn 1 năm qua, tỷ lệ hộ nghèo của Điện Biên đã giảm 6,32% so với năm 2010; đạt 33,17% so với mục tiêu giai đoạn 2011 - 2015. Riêng 4 huyện nghèo thụ hưởng Nghị quyết 30a là Mường Ảng, Tủa Chùa, Điện Biên Đông, Mường Nhé đã được phân bổ tổng kinh phí trên 400 tỷ đồng, tỷ lệ hộ nghèo giảm 7,28%. Theo thống kê, hiện nay Điện Biên còn 46.786 hộ nghèo, chiếm tỷ lệ 43,8% và 8.518 hộ cận nghèo, chiếm 7,97%.',
    [], ['8.2'], 'poverty-reduction results: a programme')
doc('s073', 'A-208', 'https://congthuong.vn/tag/tinh-hung-yen%2c-339306.tag',
    'Hưng Yên', '',
    'Hưng Yên kiến tạo đột phá mới, hướng tới cực tăng trưởng Bắc Bộ Với mục tiêu GRDP tăng 10,5% trong năm 2025, Hưng Yên đang tăng tốc đồng bộ hướng tới trở thành cực tăng trưởng mới của đồng bằng Bắc Bộ.',
    [], ['8.2'], "a tag page teaser of the year's growth goal: a tag page (p014)")
doc('s074', 'F-050', 'https://hethongphapluat.vn/quyet-dinh-2870-qd-ubnd-nam-2021-ve-de-an-chuyen-doi-so-tren-dia-ban-thanh-pho-da-nang-den-nam-2025-dinh-huong-den-nam-2030.html',
    'Đà Nẵng', '',
    'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2870/QĐ-UBND Đà Nẵng, ngày 28 tháng 8 năm 2021 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH ĐỀ ÁN CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN THÀNH PHỐ ĐÀ NẴNG ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030 ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    ['DTI.1', '7.1'], ['1.1'], "the city's decision issuing its DX project to 2025 (2870/QĐ-UBND): DTI.1 + 7.1")
doc('s075', 'J-347', 'https://daihoidangtoanquoc.vn/chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-quang-tri-lan-thu-i-nhiem-ky-2025-2030-post2115.html',
    'Quảng Trị', '',
    'Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025-2030 Tư liệu Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025-2030 Để thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025-2030 (sau đây viết tắt là Nghị quyết Đại hội), Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động như sau: A. MỤC ĐÍCH, YÊU CẦU 1.',
    [], ['8.2', '1.1'], "the party's action programme for the congress resolution 2025-2030: term goals (g044)")
doc('s076', 'H-063', 'https://trangtraiviet.danviet.vn/rung-dien-bien.html',
    'Điện Biên', '',
    'dd/mm/yyyy Rừng điện biên Nông thôn Tây Bắc: Bản nghèo Pơ Mu giữ rừng bền vững Trong vùng Nông thôn Tây Bắc, tỉnh Điện Biên có những bản nghèo của đồng bào dân tộc những kết quả giữ rừng ở đó lại đạt rất cao... Quy hoạch 3 loại rừng Điện Biên sẽ đạt 700.000 ha năm 2030 Để quản lý, bảo vệ, khai thác, sử dụng và phát triển bền vững tài nguyên rừng; phát triển lâm nghiệp thành một trong những ngành sản xuất chủ lực;',
    [], ['8.2'], 'a tag page on forests: a sector')
doc('s077', 'D-091', 'https://www.vietnamplus.vn/hai-phong-tiep-tuc-la-mot-trong-nhung-diem-den-quan-trong-cua-tap-doan-lon-post1087015.vnp',
    'Hải Phòng', '',
    'GRDP đứng thứ hai toàn quốc năm 2025 là minh chứng cho sức bật mạnh mẽ của Hải Phòng. Thành phố đang tiếp tục hành trình dẫn dắt kinh tế vùng bằng những bước đi quyết liệt của một cực tăng trưởng trọng điểm miền Bắc. Dấu ấn đổi mới và đồng thuận Năm 2025 đánh dấu bước ngoặt quan trọng trong cải cách hành chính. Thành phố Hải Phòng và tỉnh Hải Dương hoàn tất việc hợp nhất thành đơn vị hành chính mới, mở rộng không gian phát triển, tối ưu hóa nguồn lực và cộng hưởng lợi thế của từng địa phương.',
    ['8.2'], ['4.4'], "news of the city's whole-year results (GRDP second nationally): 8.2 (k032); the merger named is not the arrangement act")
doc('s078', 'J-349', 'http://baolamdong.vn/toasoan-bandoc/202105/du-toan-gan-14820-ty-dong-tai-co-cau-nganh-nong-nghiep-3056169/',
    'Lâm Đồng', '',
    'Dự toán gần 14.820 tỷ đồng tái cơ cấu ngành nông nghiệp Cập nhật lúc 05:58, Thứ Ba, 11/05/2021 (GMT+7) Dự toán trong 5 năm tới, toàn ngành nông nghiệp Lâm Đồng với nhu cầu tổng kinh phí gần 14.820 tỷ đồng tái cơ cấu trên tất cả các lĩnh vực. Qua đó, phấn đấu đến trước năm 2025, Lâm Đồng đạt tiêu chí tỉnh nông thôn mới; huyện Đơn Dương và huyện Đạ Tẻh đạt chuẩn huyện nông thôn mới kiểu mẫu; 26 xã nông thôn mới nâng cao; 17 xã nông thôn mới kiểu mẫu.',
    [], ['6.1', '8.2'], "the agriculture sector's five-year restructuring estimate: a sector, not the budget")
doc('s079', 'A-244', 'https://trithuckhoahoc.vn/Default.aspx?NDID=89061&keyword=Bac-Giang-but-pha-chuyen-doi-so&tabid=323',
    'Bắc Giang', '',
    'Chuyển đổi số [ Đăng ngày (26/06/2025) ] Bắc Giang bứt phá chuyển đổi số Bắc Giang đang trở thành điểm sáng trong công cuộc chuyển đổi số quốc gia. Tỉnh đã tận dụng sức mạnh của công nghệ để thúc đẩy kinh tế-xã hội, nâng cao chất lượng cuộc sống, cải thiện dịch vụ công phục vụ nhân dân. Ở xã Nghĩa Hưng, huyện Lạng Giang, chuyển đổi số đã đi vào từng lĩnh vực của đời sống. Ông Nguyễn Văn Nam, một cán bộ hưu trí ở thôn Giữa, chia sẻ: “Lương hưu của tôi giờ được chuyển thẳng vào tài khoản.',
    [], ['DTI.1'], "a feature on residents' DX experience naming no act")
doc('s080', 'J-537', 'https://hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/tiep-tuc-oi-moi-phat-trien-va-nang-cao-hieu-qua-kinh-te-tap-the-tren-ia-ban-tinh-44616-1469.html',
    'Hòa Bình', '',
    'Mục tiêu cụ thể đến năm 2030, toàn tỉnh có 25.000 thành viên tham gia 730 hợp tác xã, 320 tổ hợp tác, 10 Liên hiệp hợp tác xã; doanh thu, lợi nhuận khu vực kinh tế tập thể tăng bình quân 7,0%/năm; quy mô thành viên khu vực kinh tế tập thể tăng bình quân 3,0%/năm; đóng góp khu vực kinh tế tập thể vào ngân sách Nhà nước tăng 9,0%/năm; 100% số xã đạt chuẩn nông thôn mới có hợp tác xã hoạt động hiệu quả; 85% số hợp tác xã hoạt động hiệu quả, tỷ lệ hợp tác xã yếu kém đạt dưới 2%.',
    [], ['8.2'], 'collective-economy goals to 2030: a sector (x347)')
doc('s081', 'dev-049', 'http://ngheandost.gov.vn/csdl-khxhnv/nghien-cuu-khxh-nv/thuc-trang-chuyen-doi-so-va-mot-so-dinh-huong-xay-dung-de-an-kinh-te-o-nghe-an-362.html',
    'Nghệ An', '',
    'Thực trạng chuyển đổi số và một số định hướng xây dựng Đề án kinh tế ở Nghệ An Thứ hai - 05/12/2022 04:21 0 Để thích ứng với tình hình mới và tận dụng cơ hội mà cuộc CMCN 4.0 mang lại, Ban Chấp hành Trung ương đã ban hành Nghị quyết số 52-NQ/TW về một số chủ trương, chính sách chủ động tham gia cuộc CMCN 4.0, trong đó nhấn mạnh yêu cầu cấp bách để đẩy nhanh quá trình chuyển đổi số.',
    [], ['DTI.1'], 'a research article on DX with national references')
doc('s082', 'J-312', 'https://tapchidulich.net.vn/ninh-thuan-ban-hanh-nghi-quyet-phat-trien-du-lich-ninh-thuan-tro-thanh-nganh-kinh-te-mui-nhon-giai-doan-2021-2025-va-tam-nhin-den-nam-2030.html',
    'Ninh Thuận', 'Ninh Thuận ban hành Nghị quyết phát triển du lịch Ninh Thuận trở thành ngành kinh tế mũi nhọn giai đoạn 2021-2025 và tầm nhìn đến năm 2030',
    'Theo đó, Nghị quyết đề ra mục tiêu chung là phát triển du lịch theo hướng toàn diện, cơ bản trở thành ngành kinh tế mũi nhọn, tạo động lực thúc đẩy phát triển kinh tế-xã hội của tỉnh; có tính chuyên nghiệp; cơ sở vật chất, hạ tầng kỹ thuật phục vụ du lịch tương đối đồng bộ, hiện đại; đa dạng hoá và nâng cao chất lượng dịch vụ du lịch; xây dựng sản phẩm du lịch mang tính đặc thù, có tính cạnh tranh cao, có thương hiệu.',
    [], ['8.2'], "the province's tourism resolution: a sector (r135)")
doc('s083', 'G-042', 'https://baobariavungtau.com.vn/kinh-te/202412/nhieu-chi-tieu-kinh-te-xa-hoi-cua-huyen-chau-duc-tang-truong-cao-1029438/',
    'Bà Rịa - Vũng Tàu', '',
    'Ngày 16/12, HĐND huyện Châu Đức nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 17 nhằm đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội - quốc phòng - an ninh năm 2024; phương hướng, nhiệm vụ năm 2025. Ông Hoàng Nguyên Dinh, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp. Năm 2024, nhiều chỉ tiêu kinh tế - xã hội của huyện tăng trưởng cao so với năm 2023. Cụ thể, thu ngân sách đạt gần 900 tỷ đồng, đạt 130%; tỷ lệ giải ngân vốn đạt 88,26%;',
    [], ['8.2'], "a district council's year-end session: issuer level")
doc('s084', 'F-019', 'https://thanhpho.tayninh.gov.vn/vi/news/tin-tuc/tp-tay-ninh-tiep-tuc-duoc-doi-moi-nang-cao-chat-luong-cong-tac-thi-dua-khen-thuong-8173.html',
    'Tây Ninh', '',
    'Sáng ngày 27.2, UBND Thành phố Tây Ninh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 và phát động phong trào thi đua năm 2025. Đến dự có ông Nguyễn Thái Bình – Chủ tịch UBND thành phố, bà Hồ Tuyết Huỳnh Mai – Phó Chủ tịch HĐND thành phố. Trong năm 2024, công tác thi đua, khen thưởng của thành phố tiếp tục đổi mới, nâng cao chất lượng và có nhiều chuyển biến tích cực.',
    [], ['1.5'], "a district-level city's emulation conference: issuer level; emulation is not a CCHC initiative")
doc('s085', 'A-034', 'https://nguonluc.com.vn/tinh-yen-bai-phe-duyet-de-an-chuyen-doi-so-tren-dia-ban-tinh-giai-doan-2023-2030-a13415.html',
    'Yên Bái', '',
    'Tỉnh Yên Bái phê duyệt Đề án Chuyển đổi số trên địa bàn tỉnh giai đoạn 2023 - 2030 Đinh Thảo Chủ tịch UBND tỉnh Yên Bái vừa ký ban hành quyết định số 2015/QĐ-UBND về việc phê duyệt Đề án “Chuyển đổi số trên địa bàn tỉnh Yên Bái, giai đoạn 2023 - 2030”. yen-bai-1699430080.jpg Yên Bái phát động hưởng ứng Ngày Chuyển đổi số quốc gia (Ảnh:',
    ['DTI.1', '7.1'], ['1.1'], "news of the chairman's decision approving the province's DX project 2023-2030 (2015/QĐ-UBND): DTI.1 + 7.1")
doc('s086', 'J-214', 'http://www.thaibinhtv.vn/news/0/44860/ty-le-do-thi-hoa-cua-tinh-thai-binh-dat-tren-20',
    'Thái Bình', '',
    'Các đô thị đang tiếp tục khẳng định vai trò là động lực phát triển kinh tế, là hạt nhân thúc đẩy chuyển dịch cơ cấu kinh tế, cơ cấu lao động ở mỗi địa phương, vùng trên địa bàn tỉnh. Tỷ lệ đô thị hóa của tỉnh đạt trên 20%. Đến nay toàn tỉnh Thái Bình có 13 đô thị. Trong đó có 1 đô thị loại 2 là Thành phố Thái Bình, 01 đô thị loại 4 là Thị trấn Diêm Điền và 11 đô thị loại 5 được phân bố đều trên địa bàn tỉnh.',
    [], ['8.2'], 'urbanisation results: a sector')
doc('s087', 'A-174', 'https://chatluongvacuocsong.vn/amp/ung-dung-cong-nghe-thong-tin-rong-rai-tren-cac-linh-vuc-d125787.html',
    'Bắc Kạn', '',
    'Động lực phát triển mới Bắc Kạn đẩy mạnh việc ứng dụng, đầu tư hạ tầng kỹ thuật công nghệ thông tin để xây dựng chính quyền điện tử, chính quyền số Để thực hiện chuyển đổi số một cách khoa học và hiệu quả, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 09-CT/TU ngày 03 tháng 8 năm 2021 về tăng cường công tác lãnh đạo, chỉ đạo của Đảng đối với chuyển đổi số trên địa bàn tỉnh giai đoạn 2021 - 2025, định hướng đến năm 2030.',
    ['DTI.1', '7.1'], ['8.2'], "news presenting the party standing committee's directive on DX 2021-2025 (09-CT/TU) and IT infrastructure for e-government: DTI.1 + 7.1 (r118; hard call: a party directive on DX counts as its DX resolution)")
doc('s088', 'F-058', 'https://phulien.haiphong.gov.vn/tin-tuc-su-kien/uy-ban-nhan-dan-phuong-phu-lien-so-ket-cong-tac-cai-cach-hanh-chinh-quy-iii-trien-khai-phuong-hu-782208',
    'Hải Phòng', 'Uỷ ban nhân dân phường Phù Liễn sơ kết công tác cải cách hành chính quý III, triển khai phương hướng, nhiệm vụ quý IV/2025',
    'Chiều 15/9, Uỷ ban nhân dân phường Phù Liễn tổ chức hội nghị sơ kết công tác cải cách hành chính quý III, triển khai phương hướng, nhiệm vụ quý IV/2025. Đồng chí Phạm Văn Diện – Phó Bí thư Đảng ủy, Chủ tịch Uỷ ban nhân dân phường chủ trì hội nghị. Cùng dự có các đồng chí Phó Chủ tịch Uỷ ban nhân dân phường, lãnh đạo một số phòng, ban, đơn vị thuộc phường. Quang cảnh hội nghị Từ ngày 1/7/2025, phường Phù Liễn chính thức thành lập, hoạt động theo mô hình chính quyền địa phương 2 cấp.',
    [], ['1.2'], "a ward's quarterly CCHC review: issuer level")
doc('s089', 'H-016', 'https://baothanhhoa.vn/trieu-son-nhieu-chi-tieu-kinh-te-xa-hoi-dat-va-vuot-ke-hoach-de-ra-219934.htm',
    'Thanh Hóa', 'Triệu Sơn: Nhiều chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch đề ra',
    'Sáng 19/7, HĐND huyện Triệu Sơn khóa XVIII, nhiệm kỳ 2021-2026 khai mạc kỳ họp thứ 16 đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội 6 tháng đầu năm, thảo luận phương hướng, nhiệm vụ 6 tháng cuối năm 2024 và quyết nghị nhiều nội dung quan trọng khác. Các đại biểu dự kỳ họp.',
    [], ['8.2'], "a district council's six-month session: issuer level")
doc('s090', 'H-056', 'https://baothanhhoa.vn/phuong-tinh-gia-trien-khai-hoc-tap-quan-triet-nghi-quyet-dai-hoi-dang-bo-tinh-lan-thu-xx-va-dang-bo-phuong-lan-thu-i-269726.htm',
    'Thanh Hóa', 'Phường Tĩnh Gia triển khai học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và Đảng bộ phường lần thứ I',
    'Chiều 24/11, Ban Thường vụ Đảng ủy phường Tĩnh Gia tổ chức Hội nghị học tập, quán triệt, triển khai thực hiện nghị quyết Đại hội Đảng bộ tỉnh Thanh Hoá lần thứ XX, nhiệm kỳ 2025-2030, nghị quyết Đại hội Đảng bộ phường Tĩnh Gia lần thứ I, nhiệm kỳ 2025 - 2030; trao Huy hiệu Đảng đợt 02/9/2025.',
    [], ['8.2'], "a ward's conference on the congress resolutions: issuer level")
doc('s091', 'B-121', 'https://baochinhphu.vn/chi-dao-dieu-hanh-cua-chinh-phu-thu-tuong-chinh-phu-ngay-19-7-2025-1-102250719194231577.htm',
    '', 'Chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ ngày 19/7/2025 (1)',
    '(Chinhphu.vn) - Văn phòng Chính phủ vừa có Thông cáo báo chí chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ ngày 19/7/2025 (1). 19/07/2025 18:15 Công điện của Thủ tướng Chính phủ tập trung ứng phó với bão số 3 năm 2025 Thủ tướng Chính phủ vừa có Công điện số 112/CĐ-TTg ngày 19/7/2025 yêu cầu các bộ ngành, địa phương tập trung ứng phó với bão số 3 năm 2025. Công điện gửi Bộ trưởng các Bộ:',
    [], ['1.6'], "the Government Office's digest of the Prime Minister's directions (a storm dispatch): national")
doc('s092', 'J-037', 'https://lifestyle.znews.vn/dien-bien-muon-to-chuc-gia-dinh-haha-de-hut-khach-du-lich-post1576900.html',
    'Điện Biên', '',
    'UBND tỉnh Điện Biên đặt mục tiêu đón 1,45 triệu lượt khách trong năm nay, với kế hoạch tổ chức loạt lễ hội, tour đêm và chương trình "Gia đình HaHa". Các thành viên của "Gia đình Haha" trên chặng hành trình khám phá miền Tây. Ảnh: NSX. UBND tỉnh Điện Biên vừa ban hành kế hoạch tổng thể kích cầu du lịch giai đoạn 2025-2026, đặt mục tiêu đưa du lịch trở thành động lực tăng trưởng kinh tế, nâng cao vị thế trên bản đồ du lịch trong nước và quốc tế.',
    [], ['8.2'], "the province's tourism stimulus plan: a sector")
doc('s093', 'B-036', 'https://cafef.vn/diem-danh-nhung-guong-mat-moi-lan-dau-tien-lot-top-30-dia-phuong-co-chat-luong-dieu-hanh-kinh-te-tot-nhat-ca-nuoc-188240513160245364.chn',
    '', '',
    'Kể từ năm 2005, chỉ số PCI đo lường và xếp hạng 63 tỉnh, thành phố của Việt Nam trên các lĩnh vực điều hành kinh tế có tác động đến sự phát triển của khu vực kinh tế tư nhân. Chỉ số PCI đo lường chất lượng điều hành kinh tế của chính quyền cấp tỉnh trên 10 lĩnh vực quan trọng đối với sự phát triển của các doanh nghiệp thuộc khu vực kinh tế tư nhân.',
    [], ['PCI.1'], 'national news of the VCCI PCI ranking (r077)')
doc('s094', 'B-081', 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=96c279bb-4310-4ff5-ba29-a87fd6fa4bfe&key=%2BGDdor3kD%2FCwfFSxubu2Zg%3D%3D',
    'Vĩnh Long', '',
    'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 2702/QĐ-UBND Vĩnh Long, ngày 27 tháng 12 năm 2024 QUYẾT ĐỊNH BAN HÀNH ĐỀ ÁN CHUYỂN ĐỔI SỐ TỈNH VĨNH LONG NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030 ỦY BAN NHÂN DÂN TỈNH VĨNH LONG Căn cứ Luật Tổ chức Chính quyền địa phương năm 2015, được sửa đổi, bổ sung năm 2017, năm 2019; Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    ['DTI.1', '7.1'], ['1.1'], "the province's decision issuing its DX project 2025-2030 (2702/QĐ-UBND): DTI.1 + 7.1")
doc('s095', 'J-237', 'https://nongnghiep.vn/hai-duong-dat-muc-tieu-co-them-1-huyen-va-30-xa-ntm-post215020.html',
    'Hải Dương', '',
    'Hải Dương đặt mục tiêu có thêm 1 huyện và 30 xã NTM 22/03/2018, 08:01 (GMT+7) Hải Dương đặt mục tiêu đến ngày 31/12/2018, toàn tỉnh sẽ có thêm 30 xã đạt chuẩn nông thôn mới... Ngoài ra, tỉnh còn đặt mục tiêu riêng huyện Cẩm Giàng đạt chuẩn NTM; bình quân các xã trong toàn tỉnh đạt 17,8 tiêu chí/xã (riêng đối với các xã còn lại chưa đạt chuẩn, bình quân đạt 15,6 tiêu chí/xã); nâng cao chất lượng các tiêu chí NTM ở các xã đã đạt chuẩn, phấn đấu xây dựng xã đạt chuẩn NTM nâng cao giai đoạn 2018-2020.',
    [], ['8.2'], 'new-countryside goals of the year: a programme')
doc('s096', 'B-075', 'https://nhandan.vn/bac-lieu-day-manh-chuyen-doi-so-post762611.html',
    'Bạc Liêu', '',
    'Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu Phạm Văn Thiều cho biết, mới đây, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị về "Chuyển đổi số tỉnh Bạc Liêu từ nay đến năm 2025 và định hướng đến năm 2030". Nhằm thực hiện tốt Chỉ thị của Tỉnh ủy, Ủy ban nhân dân tỉnh đã ban hành Ðề án "Phát triển đô thị thông minh tỉnh Bạc Liêu, giai đoạn 2021-2025 và định hướng đến năm 2030".',
    ['DTI.1', '7.1'], ['1.1'], "the chairman on the party standing committee's DX directive to 2025/2030: DTI.1 + 7.1 (as A-174); the smart-city project it names is neither (w034)")
doc('s097', 'G-062', 'https://duankhudothi.com/lam-dong-tien-phong-chuyen-doi-so-toan-dien-voi-tap-doan-viettel',
    'Lâm Đồng', '',
    'Lâm Đồng là tỉnh tiên phong trên cả nước thực hiện chương trình chuyển đổi số toàn diện với Tập đoàn Viettel ngay sau khi sáp nhập. Sự kiện này thể hiện quyết tâm mạnh mẽ của chính quyền tỉnh trong việc ổn định tổ chức và đẩy nhanh tốc độ phát triển. Theo Chủ tịch UBND tỉnh Lâm Đồng, ông Hồ Văn Mười, mặc dù tỉnh đã triển khai một số hạng mục về chuyển đổi số, vẫn còn nhiều việc cần thực hiện để đẩy mạnh hơn nữa quá trình này.',
    [], ['DTI.1'], "the province's DX cooperation with a telecom group, naming no plan")
doc('s098', 'A-073', 'http://lakhe.hadong.hanoi.gov.vn/ket-qua-cong-tac-cai-cach-hanh-chinh-nam-2023-cua-thanh-pho-ha-noi',
    'Hà Nội', '',
    'Kết quả Công tác cải cách hành chính năm 2023 của thành phố Hà Nội Đánh giá chung Công tác CCHC của Thành phố đã có chuyển biến tích cực, rõ nét. Kết quả CCHC được Trung ương và người dân ghi nhận, đánh giá cao, Chỉ số PARINDEX năm 2022 của Thành phố xếp thứ 3/63 tỉnh, thành phố trực thuộc Trung ương.',
    ['1.2'], ['1.7'], "a ward's site relays the city's CCHC results of 2023: 1.2 (the issuer decides, r104); the PAR rank it cites is not 1.7")
doc('s099', 'J-346', 'https://baodantoc.vn/các+xã+biên+giới.html',
    'Quảng Trị', '',
    'Kinh tế Hồng Minh 10:15, 08/06/2020 Phấn đấu đến năm 2020, toàn tỉnh Quảng Trị có 40 - 50% số thôn, bản được công nhận đạt chuẩn nông thôn mới (NTM) theo Quyết định số 1385/QĐ-TTg ngày 21/10/2018 của Thủ tướng Chính phủ về hỗ trợ thôn, bản, ấp của các xã đặc biệt khó khăn (ĐBKK) khu vực biên giới, vùng núi, vùng bãi ngang ven biển và hải đảo xây dựng NTM giai đoạn 2018 - 2020. Để hoàn thành mục tiêu đó, tỉnh đã triển khai nhiều giải pháp.',
    [], ['8.2'], "a tag page on border villages' new-countryside goal")
doc('s100', 'A-077', 'https://phapluatcongdong.vn/van-ban/quyet-dinh-1957-qd-ubnd-ban-hanh-tinh-thua-thien-hue-nam-2020-p47792.htm',
    'Thừa Thiên Huế', 'Quyết định 1957/QĐ-UBND năm 2020 về phê duyệt Chương trình Chuyển đổi số tỉnh Thừa Thiên Huế',
    'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1957/QĐ-UBND Thừa Thiên Huế, ngày 31 tháng 7 năm 2020 QUYẾT ĐỊNH PHÊ DUYỆT CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TỈNH THỪA THIÊN HUẾ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc cách mạng công nghiệp lần thứ tư;',
    ['DTI.1', '7.1'], ['1.1'], "the province's decision approving its DX programme (1957/QĐ-UBND): DTI.1 + 7.1")
doc('s101', 'D-089', 'https://doanhnghieptiepthi.vn/hai-phong-huong-toi-muc-tieu-kinh-te-so-chiem-35-grdp-trong-nam-2025-16125050612522674.htm',
    'Hải Phòng', 'Hải Phòng: Hướng tới mục tiêu kinh tế số chiếm 35% GRDP trong năm 2025',
    'UBND thành phố Hải Phòng đã ban hành Kế hoạch số 106/KH-UBND về phát triển kinh tế số trong các ngành, lĩnh vực trên địa bàn thành phố năm 2025, nhằm định hướng triển khai các nhiệm vụ, giải pháp trọng tâm để thúc đẩy chuyển đổi số toàn diện, nâng cao năng lực cạnh tranh và góp phần đạt mục tiêu kinh tế số chiếm 35% GRDP. Theo đó, kế hoạch đặt mục tiêu đến hết năm 2025, tỷ trọng kinh tế số đạt 35% GRDP; kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 15%;',
    ['DTI.1'], ['7.1'], "the city's plan for the digital economy in sectors 2025 (106/KH-UBND): DTI.1 alone (r106)")
doc('s102', 'D-053', 'https://cdnwebhn.tek4tv.vn/kinh-te-so-cua-viet-nam-tang-truong-an-tuong-301250.htm',
    '', 'Kinh tế số của Việt Nam tăng trưởng ấn tượng',
    'Chiều 6/2, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số chủ trì Phiên họp lần thứ 10 tổng kết hoạt động của Ủy ban và Đề án 06 về phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia năm 2024, phương hướng, nhiệm vụ trọng tâm năm 2025. Cùng dự có Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình, lãnh đạo các bộ, ngành, cơ quan Trung ương.',
    [], ['DTI.1', '7.4'], "the national DX committee's session: national (r133)")
doc('s103', 'B-108', 'https://www.sggp.org.vn/dong-thap-dat-chi-tieu-ty-trong-kinh-te-so-nam-2025-dat-15-grdp-post816114.html',
    'Đồng Tháp', '',
    'Ngày 3-10, UBND tỉnh Đồng Tháp cho biết vừa ban hành kế hoạch về phát triển kinh tế số ngành, lĩnh vực trên địa bàn tỉnh năm 2025. Đồng Tháp sẽ xây dựng các hợp tác xã có ứng dụng công nghệ để truy xuất nguồn gốc sản phẩm Theo kế hoạch, đến cuối năm 2025, tỉnh Đồng Tháp đặt chỉ tiêu tỷ trọng kinh tế số đạt 15% GRDP, trong từng ngành lĩnh vực đạt tối thiểu 10%, tỷ trọng thương mại điện tử trong tổng mức bán lẻ phấn đấu trên 10%.',
    ['DTI.1'], ['7.1'], "the province's plan for the digital economy of 2025: DTI.1 alone (r106)")
doc('s104', 'A-129', 'https://xahoithongtin.vnmedia.vn/tin-noi-bat/202204/hai-duong-di-truoc-don-dau-trong-chuyen-doi-so-de-phat-trien-manh-me-8d164c9/',
    'Hải Dương', '',
    'Hải Dương đi trước đón đầu trong chuyển đổi số để phát triển mạnh mẽ 11:43, 01/04/2022 (XHTT) - Hải Dương hiện là một trong những tỉnh/thành phố được đánh giá cao trong việc áp dụng, thực hiện chuyển đổi số trên mọi lĩnh vực. Từ năm 2020, chỉ số đánh giá chuyển đổi số của tỉnh Hải Dương đạt giá trị 0,3504, cao hơn mức giá trị trung bình và xếp thứ 14 trong cả nước. Thứ hạng về chính quyền số, kinh tế số, xã hội số của tỉnh so với cả nước lần lượt là 22, 9, 13.',
    [], ['DTI.1'], "the province's DTI value and rank: a ranking published by others")
doc('s105', 'A-181', 'https://baotintuc.vn/khoa-hoc-cong-nghe/ho-tro-phat-trien-mo-hinh-san-xuat-kinh-doanh-hien-dai-thong-minh-20250426073850995.htm',
    'Quảng Bình', '',
    'Một góc thành phố Đồng Hới. Ảnh minh họa: Tá Chuyên/TTXVN Việc triển khai Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia" ở tỉnh còn gặp nhiều hạn chế và khó khăn cần khắc phục như: Tiến độ ban hành một số văn bản chưa đạt yêu cầu, ảnh hưởng đến công tác triển khai thực tế; một số cơ quan, đơn vị chưa chủ động trong công tác phối hợp, thiếu đồng bộ trong việc thực hiện các nhiệm vụ đã được phân công;',
    [], ['DTI.1'], "shortcomings in implementing the Politburo's resolution 57 in the province, naming no plan of the province (r055)")
doc('s106', 'D-088', 'https://baomoi.com/hai-phong-phan-dau-tang-truong-kinh-te-dat-12-5-trong-nam-2025-c51473525.epi',
    'Hải Phòng', 'Hải Phòng phấn đấu tăng trưởng kinh tế đạt 12,5% trong năm 2025',
    'Để hoàn thành mục tiêu tăng trưởng 12,5%, Hải Phòng đưa ra 6 nhóm giải pháp đồng bộ và xác định tăng tốc đổi mới mô hình tăng trưởng, cơ cấu lại nền kinh tế theo định hướng phát triển 3 trụ cột công nghiệp công nghệ cao, cảng biển - logistics, du lịch - thương mại.',
    ['8.2'], ['PCI.1'], "news of the city's growth goal and solutions for 2025: its plan of the year, 8.2 (as G-058)")
doc('s107', 'E-071', 'https://www.quanlynhanuoc.vn/2024/06/13/nang-cao-hieu-qua-xay-dung-chinh-quyen-so-o-tp-ho-chi-minh/',
    'Hồ Chí Minh', '',
    'TS. Bùi Ngọc Hiền Học viện Cán bộ TP. Hồ Chí Minh (Quanlynhanuoc.vn) – TP. Hồ Chí Minh là địa phương đầu tiên trong cả nước đã xây dựng và triển khai chương trình chuyển đổi số với mục tiêu “Đến năm 2030, trở thành đô thị thông minh với sự đổi mới căn bản, toàn diện hoạt động của bộ máy chính quyền số của các doanh nghiệp số và sự thịnh vượng, văn minh của một xã hội số”1.',
    [], ['DTI.1', '7.1'], "a research article on the city's digital government")
doc('s108', 'J-423', 'https://www.sggp.org.vn/thi-dua-quyet-tam-tang-toc-nang-suat-gap-doi-post816520.html',
    'Hồ Chí Minh', '',
    'Chính trị UBND TPHCM vừa ban hành kế hoạch thi đua cao điểm “quyết tâm tăng tốc, năng suất gấp đôi” chào mừng Đại hội đại biểu Đảng bộ TPHCM lần thứ I, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Đợt thi đua cao điểm diễn ra đến ngày 31-12-2025, chia thành 2 giai đoạn. Giai đoạn 1 đến ngày 15-10, với nội dung quyết tâm, tăng tốc hoàn thành các công trình, phần việc tiêu biểu.',
    [], ['1.5'], "the city's emulation drive before the party congresses: not a CCHC initiative")
doc('s109', 'F-053', 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=eacf7428-ecd9-4cb5-83a5-311850f85a68&key=wjd%2Fz%2B%2Btwc8kWmajsrd0ug%3D%3D',
    'Cao Bằng', '',
    'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1519/KH-UBND Cao Bằng, ngày 20 tháng 6 năm 2024 KẾ HOẠCH CẢI THIỆN, NÂNG CAO CÁC CHỈ SỐ PAR-INDEX, SIPAS, PAPI NĂM 2024 Năm 2023, dưới sự lãnh đạo, chỉ đạo của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân (UBND), Ban Chỉ đạo Cải cách hành chính (CCHC) tỉnh, sự phối hợp chặt chẽ của các cơ quan tham mưu các lĩnh vực CCHC, sự vào cuộc của các sở, ban, ngành, UBND các cấp, các Chỉ …',
    ['PAPI.1'], ['1.1', 'SIPAS.1'], "the province's plan to improve PAR, SIPAS and PAPI in 2024 (1519/KH-UBND): PAPI.1, as the 2025 plan r039")
doc('s110', 'A-226', 'https://tienphong.vn/bac-ninh-but-pha-tren-khong-gian-so-tu-kinh-te-so-den-xa-hoi-so-kien-tao-cong-dan-so-post1805952.tpo',
    'Bắc Ninh', 'Bắc Ninh bứt phá trên không gian số: Từ kinh tế số đến xã hội số, kiến tạo công dân số',
    'Với khung chính sách đồng bộ, cách làm linh hoạt và sự vào cuộc của cả hệ thống chính trị, Bắc Ninh đang nổi lên như một trong những địa phương dẫn đầu cả nước về phát triển kinh tế số, xã hội số và công dân số. Chuyển đổi số không còn là khẩu hiệu, mà đã trở thành động lực tăng trưởng, thấm sâu vào doanh nghiệp, cộng đồng và đời sống người dân. Kinh tế số – Trụ cột tăng trưởng mới của Bắc Ninh Những năm gần đây, Bắc Ninh xác lập rõ ràng chuyển đổi số là động lực phát triển chủ đạo.',
    [], ['DTI.1'], 'a DX feature naming no act in its lead (r113)')
doc('s111', 'B-161', 'https://hethongphapluat.com/ke-hoach-267-kh-ubnd-nam-2024-thuc-hien-chuyen-doi-so-nam-2025-cua-tinh-ca-mau.html',
    'Cà Mau', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 267/KH-UBND Cà Mau, ngày 10 tháng 12 năm 2024 KẾ HOẠCH THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2025 CỦA TỈNH CÀ MAU Căn cứ Nghị quyết số 05-NQ/TU ngày 14/7/2022 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Cà Mau đến năm 2025, định hướng đến năm 2030; Căn cứ Quyết định số 1929/QĐ-UBND ngày 01/8/2022 của Ủy ban nhân dân tỉnh Cà Mau ban hành Đề án Chuyển đổi số tỉnh Cà Mau đến năm 2025, định hướng đến năm 2030;',
    ['DTI.1', '7.1'], ['1.1'], "the province's DX plan of 2025 (267/KH-UBND): DTI.1 + 7.1")
doc('s112', 'G-052', 'https://baophutho.vn/ky-hop-thu-ba-hdnd-xa-thanh-ba-khoa-i-nhiem-ky-2021-2026-244434.htm',
    'Phú Thọ', '',
    'Quốc hội - Hội đồng nhân dân Kỳ họp thứ Ba, HĐND xã Thanh Ba khóa I, nhiệm kỳ 2021-2026 Ngày 19/12, HĐND xã Thanh Ba khóa I, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ Ba để xem xét, thảo luận và quyết nghị nhiều nội dung quan trọng phục vụ công tác lãnh đạo, điều hành và phát triển kinh tế - xã hội của địa phương. Các đồng chí: Nguyễn Kim Chi - TUV, Bí thư Đảng ủy, Chủ tịch HĐND xã; Nguyễn Văn Khai - Phó Chủ tịch HĐND xã chủ tọa kỳ họp.',
    [], ['8.2'], "a commune council's session: issuer level (r052)")
doc('s113', 'J-552', 'https://baomoi.net.vn/quyet-tam-cao-no-luc-lon-hanh-dong-quyet-liet-dam-bao-hoan-thanh-muc-tieu-tang-truong-nam-2025-c51836494.epi',
    'Ninh Bình', 'Quyết tâm cao, nỗ lực lớn, hành động quyết liệt, đảm bảo hoàn thành mục tiêu tăng trưởng năm 2025',
    'Với mục tiêu tăng trưởng kinh tế GRDP 12% trong năm 2025, Ninh Bình xác định việc phát huy sức mạnh nội tại, khai thác đột phá các nguồn lực mới để phù hợp với xu thế phát triển sẽ trở thành động lực chính, đồng thời là chìa khóa quan trọng để huy động mọi nguồn lực, tạo nền tảng vững chắc cho sự phát triển bền vững và toàn diện. Các đại biểu thực hiện nghi thức khởi công Dự án mở rộng đường bộ cao tốc Bắc-Nam phía Đông đoạn Cao Bồ-Mai Sơn. Ảnh:',
    ['8.2'], ['PCI.1'], "the province's growth goal of 2025 with the 2024 results: 8.2 (as G-058)")
doc('s114', 'J-438', 'https://m.anninhthudo.vn/ha-noi-phan-dau-den-nam-2025-co-80-85-truong-cong-lap-dat-chuan-quoc-gia-post518502.antd',
    'Hà Nội', '',
    'Hà Nội phấn đấu đến năm 2025 có 80 - 85% trường công lập đạt chuẩn quốc gia ANTĐ ANTD.VN - UBND TP Hà Nội vừa ban hành kế hoạch xây dựng trường công lập đạt chuẩn quốc gia giai đoạn 2022 – 2025, trong đó đặt mục tiêu đến năm 2025, toàn thành phố có tỷ lệ trường công lập các cấp đạt chuẩn quốc gia từ 80 - 85%.',
    [], ['8.2'], "the city's plan for national-standard schools: a sector")
doc('s115', 'B-168', 'https://vietstock.vn/2025/02/tphcm-kinh-te-so-khong-chi-25-grdp-ma-phai-la-dong-luc-tang-truong-moi-768-1272942.htm',
    'Hồ Chí Minh', '',
    'TPHCM: Kinh tế số không chỉ 25% GRDP mà phải là động lực tăng trưởng mới 19/02/2025 08:55 19-02-2025 08:55:14+07:00 TPHCM: Kinh tế số không chỉ 25% GRDP mà phải là động lực tăng trưởng mới TPHCM đặt mục tiêu phát triển kinh tế số không chỉ đạt chỉ tiêu đã đặt ra là 25% GRDP vào năm 2025, mà còn phải trở thành một trong những động lực tăng trưởng mới, đóng góp vào mục tiêu tăng trưởng kinh tế.',
    [], ['DTI.1'], "the city's digital-economy goal from its DX report (B-171's report): not the DX plan")
doc('s116', 'J-518', 'https://huengaynay.vn/chinh-tri-xa-hoi/khai-thac-loi-the-tro-thanh-do-thi-van-minh-156657.html',
    'Thừa Thiên Huế', '',
    'UVTV Thành ủy Phạm Thị Minh Huệ cùng các đại biểu tặng hoa chúc mừng Đại hội Phường Phong Phú được thành lập trên cơ sở sáp nhập phường Phong Phú (cũ) và xã Phong Thạnh của thị xã Phong Điền (cũ). Nhiệm kỳ 2020-2025, với tinh thần đoàn kết, thống nhất, linh hoạt trong chỉ đạo, điều hành của cấp ủy đảng, chính quyền, sự đồng tình hưởng ứng của Nhân dân, kinh tế - xã hội của Phong Phú ngày càng phát triển, thu ngân sách đạt và vượt chỉ tiêu đề ra, cơ cấu kinh tế chuyển dịch theo hướng tích cực.',
    [], ['8.2'], "a ward's party congress: issuer level")
doc('s117', 'J-245', 'https://nhadautu.vn/quang-ninh-phan-dau-grdp-nam-2026-vuot-125-d101558.html',
    'Quảng Ninh', '',
    'Quảng Ninh phấn đấu GRDP năm 2026 vượt 12,5% HẠ AN Năm 2026, Quảng Ninh đặt mục tiêu GRDP đạt trên 12,5%, GRDP bình quân đầu người từ 11.800 USD trở lên. Ngày 15/12, HĐND tỉnh Quảng Ninh khóa XIV đã khai mạc kỳ họp thứ 34 (kỳ họp thường lệ cuối năm 2025) để đánh giá kết quả phát triển kinh tế - xã hội năm 2025. Đồng thời thảo luận phương hướng, nhiệm vụ năm 2026 và quyết nghị các nội dung thuộc thẩm quyền.',
    ['8.2'], ['6.1'], "the council's year-end session on the 2025 results and the 2026 goals: 8.2 (x311)")
doc('s118', 'G-070', 'https://www.vietnamplus.vn/lao-cai-phan-dau-thanh-trung-tam-ket-noi-giao-thuong-viet-nam-asean-trung-quoc-post1066155.vnp',
    'Lào Cai', '',
    'Sau hơn 2 ngày làm việc, Đại hội Đại biểu Đảng bộ tỉnh Lào Cai lần thứ nhất, nhiệm kỳ 2025-2030 đã hoàn thành chương trình và bế mạc. Đại hội đã thảo luận, đóng góp nhiều ý kiến, thống nhất thông qua Nghị quyết, Chương trình hành động và 17 Đề án trọng tâm. Mục tiêu đến năm 2030: xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh;',
    [], ['8.2'], "the party congress's goals to 2030 (g044)")
doc('s119', 'F-012', 'https://danchuphapluat.vn/doi-moi-cong-tac-xay-dung-va-thi-hanh-phap-luat-dap-ung-yeu-cau-phat-trien-dat-nuoc-trong-ky-nguyen-moi-ky-nguyen-vuon-minh-cua-dan-toc',
    '', '',
    '1. Nhiều kết quả đạt được trong năm 2024 1.1. Đổi mới tư duy xây dựng pháp luật đáp ứng yêu cầu phát triển của đất nước trong bối cảnh mới Năm 2024, Bộ Tư pháp và các bộ, ngành đã phối hợp tham mưu Chính phủ tiếp tục dành nhiều thời gian để thảo luận, bàn về công tác pháp luật tại các Phiên họp Chính phủ thường kỳ và 11 Phiên họp chuyên đề về xây dựng pháp luật;',
    [], ['2.1'], "the justice ministry's review of national law-making: national")
doc('s120', 'dev-044', 'https://nhandan.vn/post-836385.html',
    'Sóc Trăng', '',
    'Phấn đấu đến năm 2030 hoàn thành xây dựng chính phủ số”. Bằng nhiều cách thức, chương trình cụ thể, sáng tạo, nhiều tỉnh, thành phố trên cả nước đã triển khai thực hiện hiệu quả định hướng này. Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn: Lợi ích thiết thực cho người dân, doanh nghiệp và chính quyền Nắm bắt xu hướng hiện đại và lợi ích mang lại từ chuyển đổi số, Tỉnh ủy Sóc Trăng đã ban hành Nghị quyết số 07-NQ/TU về chuyển đổi số tỉnh Sóc Trăng đến năm 2025, định hướng đến năm 2030.',
    ['DTI.1', '7.1'], ['1.1'], "the party secretary presents the party's DX resolution to 2025 (07-NQ/TU): DTI.1 + 7.1 (r118)")
doc('s121', 'H-042', 'https://f247.com/t/tinh-nhieu-khu-cong-nghiep-nhat-viet-nam-dat-muc-tieu-thu-ngan-sach-56-000-ty-dong/744056',
    'Đồng Nai', 'Tỉnh nhiều khu công nghiệp nhất Việt Nam đặt mục tiêu thu ngân sách 56.000 tỷ đồng',
    'Thu ngân sách nhà nước trên địa bàn tỉnh Đồng Nai đạt trên 7.100 tỷ đồng, tăng khoảng 5% so với cùng kỳ năm 2023 đến ngày 31/1/ 2024. Thu ngân sách nội địa đạt trên 5.700 tỷ đồng, bằng 15% dự toán năm, tăng 5%. Thu từ lĩnh vực xuất - nhập khẩu dự kiến đạt trên 1.400 tỷ đồng, tăng 5%. UBND tỉnh Đồng Nai đã ban hành chỉ thị về tập trung thực hiện nhiệm vụ tài chính - ngân sách trên địa bàn tỉnh năm 2024, nhằm chủ động trong điều hành thực hiện nhiệm vụ thu, chi trong năm.',
    ['6.1'], ['8.2'], "the province's January budget revenue and its directive on the year's budget tasks: 6.1 (x307); a month is not 8.2")
doc('s122', 'E-043', 'https://dantri.com.vn/khoa-hoc/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-20251021181803153.htm',
    '', '',
    'Tại Chương trình Chào mừng Ngày Chuyển đổi số Quốc gia năm 2025, Bộ Khoa học và Công nghệ (KH&CN) đã công bố kết quả Chỉ số Chuyển đổi số (Digital Transformation Index - DTI) năm 2024. Theo công bố của Bộ KH&CN, DTI quốc gia năm 2024 đạt 0,7955, tăng 8,6% so với năm 2023 (0,7326) – mức tăng trưởng nhanh hơn so với năm trước đó. Trong năm 2024, Việt Nam đã tăng 15 bậc trong bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc, đứng thứ 71/193 quốc gia.',
    [], ['DTI.1'], 'national news of the DTI ranking (r080)')
doc('s123', 'D-019', 'http://qrt.vn/thong-tin-tong-hop/quang-nam-phan-dau-tong-diem-pci-trong-nam-2020-dat-tu-70-diem-tro-len/',
    'Quảng Nam', 'Quảng Nam phấn đấu tổng điểm PCI trong năm 2020 đạt từ 70 điểm trở lên',
    'UBND tỉnh vừa có Quyết định số 1757, ban hành kế hoạch cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) Quảng Nam năm 2020. Theo đó, Quảng Nam quyết tâm xây dựng môi trường kinh doanh thực sự thông thoáng, minh bạch, năng động và thuận lợi cho doanh nghiệp, nhà đầu tư trên cơ sở cải thiện chỉ số PCI sẽ tạo động lực thu hút đầu tư, phát triển doanh nghiệp, đảm bảo sự phát triển kinh tế – xã hội bền vững của tỉnh trong giai đoạn tiếp theo.',
    ['PCI.1'], ['8.2'], "news of the province's plan to improve its PCI in 2020 (1757): PCI.1 (r073)")
doc('s124', 'H-009', 'https://dbnd.quangngai.gov.vn/news/38/7779/kinh-te---xa-hoi-9-thang-nam-2025-cua-tinh-dat-nhieu-ket-qua-tich-cuc.aspx',
    'Quảng Ngãi', '',
    'Kinh tế - xã hội 9 tháng năm 2025 của tỉnh đạt nhiều kết quả tích cực RSS In Gởi cho bạn bè A A 20/09/2025 05:07:23 PM Trong 9 tháng năm 2025, tình hình kinh tế - xã hội của tỉnh tiếp tục đạt nhiều kết quả quan trọng trên các lĩnh vực công nghiệp, nông nghiệp, dịch vụ, văn hóa - xã hội, quốc phòng - an ninh, tạo tiền đề để phấn đấu hoàn thành mục tiêu năm bản lề 2025. Hoạt động sản xuất công nghiệp đạt nhiều kết quả nổi bật. Các sản phẩm chủ lực như lọc hóa dầu tăng 23,01%; sắt thép tăng 30,34%;',
    [], ['8.2'], "the province's nine-month results: not the year (k030)")
doc('s125', 'F-041', 'https://vietgiaitri.com/dang-bo-tinh-gia-lai-hoan-thanh-viec-to-chuc-dai-hoi-dang-bo-cap-huyen-va-tuong-duong-20200904i5207267/',
    'Gia Lai', 'Đảng bộ tỉnh Gia Lai hoàn thành việc tổ chức đại hội đảng bộ cấp huyện và tương đương',
    'Đến ngày 20-8-2020, Đảng bộ tỉnh Gia Lai có 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành đại hội đảng bộ cấp huyện, sớm hơn so với tiến độ yêu cầu tại Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 248-KH/TU của Ban Thường vụ Tỉnh ủy . Tại Đại hội Đảng bộ huyện Ia Grai, đồng chí Dương Mah Tiệp tái đắc cử Bí thư Huyện ủy Ia Grai khóa XVIII.',
    [], ['8.2'], "the party's district congresses: party organisation")
doc('s126', 'J-505', 'https://baophutho.vn/ty-le-thu-gom-xu-ly-chat-thai-ran-sinh-hoat-toan-tinh-dat-86-247210.htm',
    'Phú Thọ', '',
    'Kinh tế Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt toàn tỉnh đạt 86% Theo số liệu đánh giá của ngành chức năng, tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt trên địa bàn năm 2025 đạt trung bình 86%. Trong đó, khu vực đô thị đạt tỷ lệ thu gom, xử lý 95%, khu vực nông thôn đạt 75%, (tăng 1-2% so với năm 2024) góp phần từng bước cải thiện chất lượng môi trường sống và diện mạo nông thôn, đô thị.',
    [], ['8.2'], 'household-waste collection results and goals: a sector')
doc('s127', 'E-030', 'https://thoibaotaichinhvietnam.vn/phat-huy-hieu-qua-cac-nguon-luc-de-thuc-day-tang-truong-190781.html',
    '', '',
    '(TBTCO) - Chương trình hành động của Chính phủ thực hiện Kết luận số 115-KL/TW của Bộ Chính trị đặt mục tiêu đến năm 2030, tổng đầu tư xã hội bình quân 5 năm đạt khoảng 40% GDP, tỷ lệ đầu tư công chiếm 20 - 22% tổng vốn đầu tư toàn xã hội; quy mô vốn hóa thị trường cổ phiếu đạt 120% GDP...',
    [], ['8.2'], "the Government's action programme on investment: national")
doc('s128', 'E-014', 'https://baophapluat.vn/nhieu-kho-khan-trong-chuyen-doi-so-tai-tinh-dien-bien-post415209.html',
    'Điện Biên', '',
    'Ngay sau khi Thủ tướng Chính phủ ban hành Quyết định số 749/QĐ-TTg, ngày 3/6/2020 phê duyệt “Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”, UBND tỉnh Điện Biên đã ban hành Kế hoạch 1905/KH-UBND ngày 2/7/2020 về triển khai thực hiện Chương trình chuyển đổi số đến năm 2025 và định hướng năm 2030 trên địa bàn tỉnh. Trên cơ sở đó, tỉnh đã tập trung chỉ đạo và tổ chức triển khai thực hiện ứng dụng CNTT, chuyển đổi số và đã đạt được những kết quả nhất định.',
    ['DTI.1', '7.1'], ['8.2'], "news presenting the province's plan implementing the national DX programme (1905/KH-UBND): DTI.1 + 7.1 (r108)")
doc('s129', 'J-016', 'http://thanhphotuyenquang.gov.vn/DetailView/29144/4/Nam-2021-phan-dau-co-6-xa-dat-chuan-nong-thon-moi-nang-cao-nong-thon-moi-kieu-mau.html',
    'Tuyên Quang', '',
    'Năm 2021 phấn đấu có 6 xã đạt chuẩn nông thôn mới nâng cao, nông thôn mới kiểu mẫu Chủ nhật, ngày 7 tháng 3 năm 2021 - 5:39 UBND tỉnh vừa có kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2021. Xã Thái Bình (Yên Sơn) phấn đấu đạt chuẩn nông thôn mới kiểu mẫu trong năm 2021. Theo đó, tỉnh phấn đấu có thêm 6 xã đạt chuẩn nông thôn mới nâng cao, nông thôn mới kiểu mẫu, trong đó, xã Thái Bình (Yên Sơn) đạt chuẩn xã nông thôn mới kiểu mẫu;',
    [], ['8.2'], "the province's new-countryside plan of 2021 on a city's site: a programme (r143)")
doc('s130', 'J-242', 'http://baohagiang.vn/thoi-su-chinh-tri/201912/bac-me-giao-chi-tieu-ke-hoach-nha-nuoc-nam-2020-753589/',
    'Hà Giang', '',
    'BHG - Ngày 20.12, UBND huyện Bắc Mê tổ chức hội nghị giao chỉ tiêu kế hoạch Nhà nước năm 2020 cho các ngành và địa phương, nhằm cụ thể hóa thực hiện nghị quyết HĐND huyện đã thông qua tại kỳ họp lần thứ 9, khóa VIII, nhiệm kỳ 2016 - 2021 với 77 chỉ tiêu chủ yếu. Hội nghị giao chỉ tiêu kế hoạch Nhà nước huyện Bắc Mê.',
    [], ['8.2'], 'a district assigning its plan targets: issuer level')
doc('s131', 'B-082', 'https://mic.gov.vn/vinh-long-tien-phong-trong-chuyen-doi-so-thuc-day-kinh-te-so-197241224164724115.htm',
    'Vĩnh Long', '',
    'Nghị quyết số 07-NQ/TU ngày 16 tháng 11 năm 2022 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số xác định, Vĩnh Long xây dựng và triển khai các kế hoạch chi tiết để thực hiện mục tiêu chuyển đổi số trong giai đoạn 2022-2025, định hướng đến năm 2030. Một trong những mốc quan trọng trong tiến trình này là sự ra đời của nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh Vĩnh Long, giúp kết nối và chia sẻ dữ liệu không chỉ trong tỉnh mà còn với nền tảng tích hợp dữ liệu quốc gia (NDXP).',
    ['7.1'], ['7.3'], "the ministry's site on the province's LGSP platform under its DX resolution: 7.1 (r181); DTI.1 left unlabelled (the resolution is the frame)")
doc('s132', 'D-018', 'http://baoquangnam.vn/chinh-tri/cai-cach-hanh-chinh/201912/cai-thien-chi-so-pci-luon-nam-trong-top-10-884013/',
    'Quảng Nam', '',
    'Cải thiện chỉ số PCI luôn nằm trong tốp 10 ; UBND tỉnh đã yêu cầu các cơ quan, chính quyền địa phương phải đặt việc cải thiện, nâng cao chỉ số PCI là một trong những nhiệm vụ ưu tiên hàng đầu. Quảng Nam quyết tâm duy trì và nâng cao chất lượng điều hành kinh tế địa phương năm 2019 đạt từ 67,38 điểm (tăng 1,53 điểm so với năm 2018), phấn đấu đến năm 2020, chỉ số PCI Quảng Nam đạt từ 69 điểm trở lên và luôn nằm trong nhóm 10 tỉnh, thành phố có chất lượng điều hành kinh tế tốt nhất cả nước.',
    ['PCI.1'], ['8.2'], "the province's direction and goals to raise its PCI in 2019-2020: PCI.1 (r151)")
doc('s133', 'dev-020', 'https://thachkim.locha.hatinh.gov.vn/vi/news/cai-canh-hanh-chinh/ke-hoach-chuyen-doi-so-va-dam-bao-an-toan-thong-tin-mang-tren-dia-ban-xa-thach-kim-58.html',
    'Hà Tĩnh', '',
    'Trang thông tin điện tử xã Thạch Kimhttps://thachkim.locha.hatinh.gov.vn/uploads/banner-xa-thach-kim.jpg Thứ hai - 11/11/2024 04:09 I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2030; - Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ vềphê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đếnnăm 2030;',
    [], ['DTI.1', '7.1'], "a commune's DX plan: issuer level (r116)")
doc('s134', 'J-035', 'https://dan-tri.com/bat-dong-san/dien-mao-ha-tinh-nam-2030/',
    'Hà Tĩnh', 'Diện mạo Hà Tĩnh năm 2030',
    'Ông Trần Việt Hà, Giám đốc Sở Kế hoạch & Đầu tư Hà Tĩnh cho biết, hiện địa phương này đang chỉnh sửa, hoàn thiện quy hoạch phát triển kinh tế tỉnh giai đoạn 2021-2030, tầm nhìn đến 2050 để gửi lên Bộ Kế hoạch & Đầu tư cùng hội đồng thẩm định đánh giá lại; khi đạt yêu cầu, sẽ trình lên Chính phủ phê duyệt.',
    [], ['8.2'], "the draft master plan's goals: not the year's plan, a draft")
doc('s135', 'J-009', 'http://th-tmy.phongdien.thuathienhue.edu.vn/ke-hoach/ke-hoach-chien-luoc/ke-hoach-chien-luoc.html',
    'Thừa Thiên Huế', '',
    'PHÒNG GD&ĐT PHONG ĐIỀN TRƯỜNG TH TÂN MỸ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Số: 20a /KH-THTM Phong Mỹ, ngày 15 tháng 9 năm 2021 KẾ HOẠCH PHÁT TRIỂN TRƯỜNG TIỂU HỌC TÂN MỸ GIAI ĐOẠN 2020-2025 Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019, Căn cứ Quyết định số 711/QĐ-TTg ngày 13/6/2012 của Thủ tướng Chính phủ ban hành Chiến lược phát triển giáo dục 2011-2020 và những năm tiếp theo;',
    [], ['1.1'], "a primary school's development plan: not a province's act")
doc('s136', 'G-007', 'https://doanhnhandatviet.net/toan-bo-thu-tuc-hanh-chinh-se-duoc-cung-cap-truc-tuyen-vao-nam-2025',
    '', '',
    'Chính phủ đang đẩy mạnh phát triển dịch vụ công trực tuyến với mục tiêu tạo ra một hệ thống dịch vụ công toàn diện, đồng bộ và hiện đại. Điều này nhằm đáp ứng nhu cầu của người dân và doanh nghiệp, hướng tới sự tiện lợi, minh bạch và hiệu quả trong các giao dịch công. Kế hoạch đến năm 2025 là tất cả các thủ tục hành chính đủ điều kiện sẽ được cung cấp trực tuyến trên Cổng Dịch vụ công quốc gia, giúp giảm thiểu thời gian và chi phí cho cả người dân và doanh nghiệp.',
    [], ['7.3'], "the Government's online public services goal: national")
doc('s137', 'J-001', 'https://kontumtv.vn/tin-tuc/tin-trong-nuoc/tinh-kon-tum-co-18-xa-dat-19-tieu-chi-nong-thon-moi',
    'Kon Tum', '',
    '(kontumtv.vn) – Tỉnh Kon Tum hiện có 18 xã đạt 19/19 tiêu chí về nông thôn mới, trong đó, 17 xã được công nhận đạt chuẩn nông thôn mới; 8 xã đạt từ 15 – 18 tiêu chí; 19 xã đạt từ 10 – 14 tiêu chí; 41 xã đạt từ 5 – 9 tiêu chí; không còn xã đạt dưới 05 tiêu chí.',
    [], ['8.2'], 'new-countryside results and goals: a programme')
doc('s138', 'J-007', 'https://nhadatgialaigiare.com/ke-hoach-phat-trien-du-lich-tinh-gia-lai-dat-nen-gia-lai/',
    'Gia Lai', 'Kế hoạch phát triển du lịch Tỉnh Gia Lai – Đất nền Gia Lai',
    'Đất nền Gia Lai sẽ được hưởng lợi rất nhiều khi Tỉnh phát triển và mở rộng nhiều chính sách ưu đãi cho các nhà đầu tư về du lịch Chiều 12/4, tại trụ sở UBND tỉnh, gồm có: Đồng chí Nguyễn Thị Thanh Lịch – Tỉnh uỷ viên, Trưởng Ban Chỉ đạo phát triển du lịch tỉnh chủ trì cuộc họp Để ghe Sở Văn hoá, Thể thao và Du lịch báo cáo về kết quả thực hiện Kế hoạch phát triển du lịch tỉnh giai đoạn 2017 – 2020, và đề xuất Kế hoạch phát triển du lịch giai đoạn 2021 – 2025.',
    [], ['8.2'], 'a real-estate site on the proposed tourism plan: a sector')
doc('s139', 'D-063', 'http://chuyendoiso.quangnam.gov.vn/chi-tiet-tin/group/105/nid/11495/bo-tt-tt-dong-hanh-cung-binh-phuoc-thuc-hien-muc-tieu-but-pha-ve-chuyen-doi-so',
    'Bình Phước', '',
    'Toản cảnh buổi làm việc Cùng dự buổi làm việc có Phó Chủ tịch UBND tỉnh Bình Phước Trần Tuyết Minh, Thứ trưởng Bộ TT&TT Phan Tâm và lãnh đạo các đơn vị liên quan thuộc Bộ TT&TT, cùng đại diện các cơ quan và đơn vị của tỉnh Bình Phước. Chuyển đổi số Bình Phước đạt nhiều kết quả tích cực Theo báo cáo từ lãnh đạo tỉnh Bình Phước, công tác chuyển đổi số tại địa phương đã đạt nhiều kết quả tích cực.',
    [], ['DTI.1'], "the ministry's working session on the province's DX results, on another province's portal: no act")
doc('s140', 'J-329', 'https://cdnwebhn.tek4tv.vn/quang-binh-phat-trien-du-lich-thanh-nganh-kinh-te-mui-nhon-254825.htm',
    'Quảng Bình', 'Quảng Bình phát triển du lịch thành ngành kinh tế mũi nhọn',
    'Theo tạp chí du lịch hướng dẫn du lịch uy tín hàng đầu thế giới Lonely Planet vừa công bố, Quảng Bình có 4 trong số 06 điểm đến đáng tham quan nhất tại Việt Nam. Vườn Quốc gia Phong Nha - Kẻ Bàng được UNESCO hai lần công nhận là Di sản thiên nhiên thế giới. Nơi đây đang là điểm tham quan du lịch lý tưởng của du khách trong và ngoài nước. Quảng Bình còn là vùng đất nổi tiếng về du lịch biển đảo với dải cát trắng ven biển dài nhất Việt Nam và nhiều bãi tắm đẹp.',
    [], ['8.2'], 'tourism as a spearhead sector: a sector')
doc('s141', 'G-002', 'https://vneconomy.vn/ky-vong-ty-trong-kinh-te-so-chiem-20-5-gdp-vao-nam-2025.htm',
    '', '',
    'Thông tin được đưa ra trong báo cáo tổng kết năm 2024 của Bộ Thông tin và Truyền thông. Để đạt kết quả trên, Bộ Thông tin và Truyền thông cho biết trong năm 2024 Chính phủ đã thực hiện nhiều chiến lược quan trọng, trong đó, phải kể đến việc ban hành Quyết định số 1437/QĐ-TTg ngày 20/11/2024 của Thủ tướng Chính phủ ban hành Kế hoạch hành động quốc gia về phát triển kinh tế số giai đoạn 2024 - 2025. Mục tiêu đến năm 2025, tỷ trọng kinh tế số trong GDP đạt 20,5%.',
    [], ['DTI.1'], "the ministry's year-end report: national")
doc('s142', 'J-422', 'https://thoibaotaichinhvietnam.vn/tp-ho-chi-minh-san-sang-doi-moi-hanh-chinh-day-muc-tieu-tang-truong-tren-85-nam-2025-184439.html',
    'Hồ Chí Minh', '',
    '(TBTCO) - TP.Hồ Chí Minh đang vận hành hiệu quả mô hình chính quyền 2 cấp, chuẩn bị giải quyết thủ tục phi địa giới hành chính tại 168 xã, phường trong tháng 11/2025, hướng đến phục vụ người dân hiệu quả hơn. Với GDRP tăng trưởng 7,07% trong 9 tháng năm 2025, thành phố quyết tâm đạt mục tiêu trên 8,5% năm 2025, đồng thời đảm bảo an sinh xã hội và quốc phòng an ninh. TP.',
    [], ['8.2', '4.4'], "the city's nine-month results and year goal under the two-level model: nine months (k030)")
doc('s143', 'B-087', 'http://113.161.212.101:81/CTPro/chi-tiet-tin/ban-hanh-ke-hoach-cai-cach-hanh-chinh-tinh-an-giang-nam-2020-1284.html',
    'An Giang', '',
    'Cải cách thể chế; cải cách thủ tục hành chính; nâng cao chất lượng đội ngũ CBCC, viên chức; cải cách tổ chức bộ máy; cải cách tài chính công; hiện đại hóa hành chính theo Nghị quyết 30c/NQ-CP và Quyết định 324/QĐ-UBND. Đẩy mạnh hoàn thành các nhiệm vụ, mục tiêu, tổng kết Chương trình cải cách hành chính tỉnh giai đoạn 2016-2020 và xây dựng Chương trình cải cách hành chính tỉnh giai đoạn 2021-2030.',
    ['1.1'], ['1.2'], "the province's CCHC plan of 2020 (the page's URL; its text is the plan's tasks, ending with the 2016-2020 programme's review): 1.1")
doc('s144', 'J-503', 'https://www.qdnd.vn/xa-hoi/du-lich/toa-dam-ve-de-an-phat-trien-du-lich-tuyen-quang-652962',
    'Tuyên Quang', '',
    'Mục tiêu đến năm 2025, tỉnh Tuyên Quang sẽ đón từ 2,6 triệu lượt khách trở lên, tổng thu từ du lịch đạt 3.000 tỷ đồng; đến năm 2030 tỉnh đón 3,2 triệu lượt khách, tạo việc làm cho 30 nghìn lao động. Các chuyên gia, nhà khoa học cho rằng: Đề án cần đưa ra những giải pháp cụ thể hơn trên cơ sở lồng ghép với các chính sách của chương trình mục tiêu quốc gia. Tỉnh cần đẩy mạnh hoạt động xúc tiến quảng bá du lịch mang tầm quy mô và rộng rãi hơn;',
    [], ['8.2'], 'a seminar on the tourism project: a sector')
doc('s145', 'J-219', 'https://tv.danviet.vn/kinh-te-rung-dang-co-vi-tri-rat-quan-trong-trong-doi-song-cua-nguoi-dan-tuyen-quang-20210704020241592.htm',
    'Tuyên Quang', 'Kinh tế rừng đang có vị trí rất quan trọng trong đời sống của người dân Tuyên Quang',
    'Với diện tích rừng trồng lấy gỗ nguyên liệu là trên 140.700ha, kinh tế rừng đang có vị trí rất quan trọng trong đời sống của người dân Tuyên Quang. Để phát triển lâm nghiệp bền vững, tỉnh Tuyên Quang đã đề ra mục tiêu cho từng giai đoạn cụ thể. Phấn đấu đến năm 2035, đưa giá trị sản xuất ngành lâm nghiệp tăng bình quân hơn 6,5%/năm. Tuyên Quang: Kinh tế rừng đang có vị trí rất quan trọng trong đời sống của người dân Tuyên Quang Tuyên Quang:',
    [], ['8.2'], 'forestry goals: a sector')
doc('s146', 'B-041', 'https://vanban123.vn/Ke-hoach/Ke-hoach-419-KH-UBND-nam-2024-phat-huy-uu-diem-va-khac-phuc-ton-tai-han-che-trong-cong-tac-chuyen-doi-so-tren-dia-ban-tinh-Kon-Tum-648050',
    'Kon Tum', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 419/KH-UBND Kon Tum, ngày 01 tháng 02 năm 2024 PHÁT HUY ƯU ĐIỂM VÀ KHẮC PHỤC TỒN TẠI, HẠN CHẾ TRONG CÔNG TÁC CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Thông báo số 878-TB/TU ngày 08 tháng 11 năm 2023 về tăng cường lãnh đạo, chỉ đạo, nâng cao hiệu quả công tác chuyển đổi số trên địa bàn tỉnh;',
    ['DTI.1', '7.1'], ['1.1'], "the province's plan remedying shortcomings of DX across the province (419/KH-UBND): DTI.1 + 7.1 (hard call: a province-wide DX plan, whatever its occasion)")
doc('s147', 'J-517', 'https://baoangiang.com.vn/dang-bo-xa-vong-dong-to-chuc-thanh-cong-dai-hoi-dang-vien-lan-thu-xiii-nhiem-ky-2020-2025--a274001.html',
    'An Giang', '',
    'Đảng bộ xã Vọng Đông tổ chức thành công Đại hội đảng viên lần thứ XIII (nhiệm kỳ 2020 – 2025) 29/05/2020 - 21:00 Trong 2 ngày (28 và 29-5), Đảng bộ xã Vọng Đông (Thoại Sơn, An Giang) tổ chức Đại hội đảng viên lần thứ XIII (nhiệm kỳ 2020 -2025). A A Đại hội bầu Ban Chấp hành Đảng bộ xã Vọng Đông nhiệm kỳ 2020-2025 gồm 15 đồng chí. Đồng chí Trần Hữu Giàu được bầu Bí thư Đảng ủy xã. Nhiệm kỳ 2020-2025, Đảng bộ xã Vọng Đông đề ra các chỉ tiêu, như:',
    [], ['8.2'], "a commune's party congress: issuer level")
doc('s148', 'A-042', 'https://lsvn.vn/hai-phong-dat-muc-tieu-so-hoa-toan-dien-thu-tuc-hanh-chinh-den-cuoi-nam-2025-a161492.html',
    'Hải Phòng', '',
    'Nhiều tích cực trong giải quyết thủ tục hành chính Hệ thống Trung tâm Phục vụ hành chính công từ thành phố đến cấp xã tại TP. Hải Phòng bước đầu phát huy vai trò hạt nhân trong công tác cải cách hành chính và chuyển đổi số. Tại cấp thành phố, Trung tâm Phục vụ hành chính công (đặt tại phường Hồng Bàng và phường Lê Thanh Nghị) đã tiếp nhận và giải quyết gần 1.900 thủ tục hành chính thuộc 13 sở, ban, ngành, tổ chức theo ngành dọc;',
    ['3.3'], ['7.4', '4.1'], "the city's and communes' public-service centres: dossiers received and handled in the first month: 3.3 (results of the one-stop mechanism, x366)")
doc('s149', 'J-424', 'https://thanhnien.vn/bi-thu-thanh-uy-tphcm-tiep-xuc-cu-tri-tpba-ria-cu-185250925101818271.htm',
    'Hồ Chí Minh', '',
    'Báo cáo tại hội nghị tiếp xúc cử tri, bà Huỳnh Thị Phúc, Thành ủy viên, Phó trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội TP.HCM, cho biết thành phố tiếp tục giữ vai trò đầu tàu kinh tế cả nước 9 tháng đầu năm 2025. Toàn cảnh hội nghị tiếp xúc cử tri của Đoàn đại biểu Quốc hội TP.HCM ẢNH:',
    [], ['8.2'], "the city's nine-month report at a voters' meeting (k030)")
doc('s150', 'J-108', 'https://betav3.kienthuc.net.vn/tu-khoa.html?q=ph%C3%A1t+tri%E1%BB%83n+ngu%E1%BB%93n+nh%C3%A2n+l%E1%BB%B1c',
    '', '',
    'Nâng tỷ lệ lao động qua đào tạo đạt 70% trong tổng lực lượng lao động Theo chiến lược phát triển kinh tế - xã hội giai đoạn 2021- 2030, cần mở rộng quy mô để nâng tỷ lệ lao động qua đào tạo đạt 70% trong tổng lực lượng lao động.',
    [], ['8.2'], 'a search page teaser of the national strategy')
doc('s151', 'E-077', 'https://baophapluat.vn/hoi-nghi-so-ket-3-nam-thuc-hien-chuong-trinh-mtqg-xay-dung-ntm-giai-doan-2021-2025-tag242238.html',
    '', '74% xã trên cả nước đạt chuẩn nông thôn mới',
    '(PLVN) -Thực hiện Chương trình Mục tiêu Quốc gia (MTQG) xây dựng nông thôn mới (NTM) giai đoạn 2021 - 2025, đến nay cả nước đã có gần 74% xã đạt chuẩn NTM. Mục tiêu phấn đấu đến năm 2025 là 80% số xã đạt chuẩn NTM.',
    [], ['8.2'], 'a tag page teaser of the national new-countryside programme')
doc('s152', 'E-067', 'https://dcsth.hanhchinhcong.net/tinhuy/pages/2024-1-17/Ket-qua-cong-tac-quan-ly-nha-nuoc-ve-Thong-tin-va-5w43g8gsgmzt.aspx',
    'Thanh Hóa', '',
    '(Thanhhoa.dcs.vn): Trong năm 2023, công tác quản lý nhà nước về lĩnh vực thông tin và truyền thông trên địa bàn tỉnh tiếp tục được tăng cường từ tỉnh đến cơ sở. Các hoạt động về thông tin, tuyên truyền được chỉ đạo đồng bộ; công tác quản lý hoạt động trên báo chí và mạng xã hội có nhiều chuyển biến tích cực; cơ sở hạ tầng bưu chính, viễn thông, công nghệ thông tin tiếp tục được quan tâm đầu tư với công nghệ hiện đại; công tác bảo đảm an ninh mạng, an toàn thông tin mạng thực hiện hiệu quả;',
    [], ['7.1', '1.4'], "the information sector's year results on the party portal: a sector")
doc('s153', 'G-023', 'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3108-QD-UBND-2025-giao-chi-tieu-ke-hoach-phat-trien-kinh-te-xa-hoi-Can-Tho-2026-2030-686439.html',
    'Cần Thơ', 'Quyết định 3108/QĐ-UBND năm 2025 giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội thành phố Cần Thơ giai đoạn 2026-2030',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 3108/QĐ-UBND Cần Thơ, ngày 18 tháng 12 năm 2025 VỀ VIỆC GIAO CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI THÀNH PHỐ CẦN THƠ GIAI ĐOẠN 2026 - 2030 ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Căn cứ Nghị quyết số 274/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân thành phố về Kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh giai đoạn 2026 - 2030;',
    [], ['8.2'], "the city's decision assigning the five-year targets 2026-2030: not the year's (x324)")
doc('s154', 'B-054', 'https://plo.vn/pho-chu-tich-khanh-hoa-noi-ve-nen-tang-de-tinh-len-thanh-pho-truc-thuoc-trung-uong-post896227.html',
    'Khánh Hòa', 'Phó Chủ tịch Khánh Hòa nói về nền tảng để tỉnh lên thành phố trực thuộc Trung ương 10/03/2026 05:50',
    '(PLO)- Ông Nguyễn Thanh Hà, Phó Chủ tịch UBND tỉnh Khánh Hòa chia sẻ về chiến lược "kiềng ba chân" để tỉnh vào top đầu cả nước về chuyển đổi số, sớm lên thành phố trực thuộc trung ương. Để chuyển đổi số thành công, chính quyền phải làm cho dữ liệu “sống” cùng người dân. Tức là mọi hoạt động của công dân trong đời thực đều được cập nhật trên môi trường số. Đây chính là mục tiêu tỉnh Khánh Hòa đang hướng đến, theo ông Nguyễn Thanh Hà, Phó Chủ tịch UBND tỉnh Khánh Hòa.',
    [], ['DTI.1'], "the vice-chairman's interview on DX strategy naming no act")
doc('s155', 'F-061', 'https://baovinhlong.com.vn/chinh-tri/202511/phuong-an-hoi-dan-dau-toan-tinh-ve-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-923521c',
    'Vĩnh Long', '',
    'Phường An Hội dẫn đầu toàn tỉnh về chỉ số phục vụ người dân, doanh nghiệp 16:40, 26/11/2025 Ngay sau sáp nhập chính quyền địa phương 2 cấp, Trung tâm Phục vụ hành chính công phường An Hội nhanh chóng vận hành ổn định và không ngừng nỗ lực cải thiện chất lượng phục vụ người dân và doanh nghiệp (DN). Kết quả xếp hạng về Bộ chỉ số phục vụ người dân và DN đối với cấp xã, phường An Hội xếp vị trí thứ 2 vào tháng 10/2025 và vượt lên dẫn đầu trong tháng 11/2025, nằm trong nhóm xuất sắc của năm 2025.',
    [], ['3.5'], "a ward's rank in the province's service index: the ward's news (g032)")
doc('s156', 'H-021', 'https://nghiloc.nghean.gov.vn/kinh-te/nghi-loc-hoi-nghi-giao-chi-tieu-ke-hoach-kinh-te-xa-hoi-nam-2025-710128',
    'Nghệ An', '',
    'Nghi Lộc: Hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2025. Các đồng chí Nguyễn Thanh Tùng– Phó Bí thư huyện ủy, Chủ tịch UBND huyện; Nguyễn Đức Thọ - ủy viên Ban thường vụ huyện ủy, phó chủ tịch UBND Huyện; Trần Thị Ánh Tuyết - Phó chủ tịch UBND Huyện; Nguyễn Bá Điệp - Phó chủ tịch UBND huyện đồng chủ trì hội nghị. Dự hội nghị có các đồng chí ủy viên Ban thường vụ Huyện ủy, thường trực HĐND, trưởng các phòng, ban, ngành cấp huyên.',
    [], ['8.2'], "a district assigning its year's targets: issuer level")
doc('s157', 'B-001', 'https://hethongphapluat.vn/ke-hoach-23-kh-ubnd-ra-soat-danh-gia-thu-tuc-hanh-chinh-nam-2024-tren-dia-ban-tinh-quang-ngai.html',
    'Quảng Ngãi', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 23/KH-UBND Quảng Ngãi, ngày 31 tháng 01 năm 2024 RÀ SOÁT, ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH NĂM 2024 TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI Thực hiện quy định của Chính phủ tại Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;',
    ['3.2'], ['3.1'], "the province's plan to review and evaluate procedures in 2024 (23/KH-UBND): 3.2")
doc('s158', 'F-023', 'https://thuonggiaonline.vn/quy-hoach-tinh-thanh-hoa-tag64572.html',
    'Thanh Hóa', '',
    'Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Thanh Hóa tầm nhìn đến năm 2045 Thiên Ân Phó Thủ tướng Trần Hồng Hà đã thay mặt Thủ tướng Chính phủ ký Quyết định số 153/QĐ-TTg phê Quy hoạch tỉnh Thanh Hóa thời kỳ 2021-2030, tầm nhìn đến năm 2045.',
    [], ['8.2'], "a tag page teaser of the Prime Minister's master-plan decision")
doc('s159', 'B-066', 'http://moc.gov.vn/vn/tin-tuc/1166/72499/den-nam-2030--ca-mau-phan-dau-la-mot-trong-nhung-tinh--thanh-pho-chuyen-doi-so-thanh-cong-cua-ca-nuoc.aspx',
    'Cà Mau', '',
    'Đây là một trong những mục tiêu được đề ra trong Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Cà Mau đến năm 2025, định hướng đến năm 2030. Mục tiêu đến năm 2030, 100% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động. Theo đó, tỉnh Cà Mau xác định nhận thức đóng vai trò quyết định trong chuyển đổi số; do đó trước tiên phải thay đổi nhận thức, đổi mới tư duy về quản lý kinh tế, quản lý xã hội.',
    ['DTI.1', '7.1'], ['7.3'], "the goals of the party's DX resolution to 2025/2030 on a ministry's site: DTI.1 + 7.1 (r118)")
doc('s160', 'D-100', 'https://baoninhthuan.com.vn/news/134026p155c160/ngay-1010-hang-nam-duoc-chon-la-ngay-chuyen-doi-socua-tinh-ninh-thuan.htm',
    'Ninh Thuận', 'Ngày 10/10 hằng năm được chọn là Ngày Chuyển đổi số của tỉnh Ninh Thuận',
    'Ngày 9/11/2022, UBND tỉnh ban hành Quyết định số 1560/QĐ-UBND thống nhất lấy ngày 10/10 hằng năm (Ngày Chuyển đổi số quốc gia) làm Ngày Chuyển đổi số (CĐS) của tỉnh Ninh Thuận. Ngày CĐS của tỉnh được tổ chức hằng năm nhằm đẩy nhanh tiến độ triển khai các nhiệm vụ về CĐS của tỉnh, thực hiện các mục tiêu, nhiệm vụ tại Nghị quyết số 09-NQ/TU ngày 29/11/2021 của Ban Thường vụ Tỉnh ủy về CĐS tỉnh Ninh Thuận giai đoạn 2021-2025, tầm nhìn đến năm 2030.',
    ['DTI.1'], ['7.1'], "the province's decision setting its DX day (1560/QĐ-UBND): DTI.1 (p022, r111)")
doc('s161', 'F-014', 'https://tapchidoanhnhan.com/tag/cai-cach-hanh-chinh',
    '', '',
    'Thanh Hóa đang triển khai chính quyền điện tử tại cấp xã nhằm xây dựng một nền hành chính hiện đại. Tập trung vào việc số hóa bộ máy hành chính cấp xã để nâng cao chất lượng phục vụ người dân, với đầu tư vào hạ tầng CNTT và hướng dẫn triển khai mô hình Trung tâm Phục vụ hành chính công. Cải cách hành chính Xã Dương Hòa chuẩn bị Đại hội Đảng bộ xã lần thứ nhất, nhiệm kỳ 2025-2030 sau hơn nửa tháng áp dụng mô hình chính quyền địa phương 2 cấp. Tây Ninh:',
    [], ['7.1'], "a tag page of several provinces' items")
doc('s162', 'A-111', 'https://lite.baomoi.com/thai-nguyen-tang-toc-tren-ban-do-so-c53710679.epi',
    'Thái Nguyên', 'Thái Nguyên tăng tốc trên bản đồ số',
    "Theo công bố mới đây của Bộ Khoa học và Công nghệ, kết quả Chỉ số chuyển đổi số (Digital Transformation Index - DTI) năm 2024 đã phản ánh 'bức tranh' toàn diện về tiến trình chuyển đổi số của các bộ, ngành và địa phương trong cả nước. Trong bảng xếp hạng này, tỉnh Thái Nguyên xếp vị trí thứ 8 toàn quốc, thể hiện sự bứt phá rõ nét trong triển khai đồng bộ các trụ cột chính quyền số, kinh tế số và xã hội số.",
    [], ['DTI.1'], "the ministry's DTI ranking relayed (r087)")
doc('s163', 'B-079', 'https://www.quanlynhanuoc.vn/2024/04/25/chuyen-doi-so-trong-thuc-hien-thu-tuc-hanh-chinh-tai-tp-ho-chi-minh/',
    'Hồ Chí Minh', '',
    'Chuyển đổi số trong thực hiện thủ tục hành chính tại TP. Hồ Chí Minh ThS. Nguyễn Đặng Phương Truyền Phân hiệu Học viện Hành chính Quốc gia tại TP. Hồ Chí Minh (Quanlynhanuoc.vn) – Thực hiện chuyển đổi số nói chung, chuyển đổi số trong thực hiện thủ tục hành chính nói riêng là giải pháp quan trọng nhằm đổi mới phương thức phục vụ của các cơ quan hành chính nhà nước theo hướng hiện đại hơn, thông minh hơn, tăng cường tính công khai, minh bạch và trách nhiệm giải trình.',
    [], ['7.3'], 'a research article on DX in procedures')
doc('s164', 'F-027', 'https://vpub.hochiminhcity.gov.vn/portal/pages/2024-2-16/To-chuc-Hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-cch5uph2q3nc2.aspx',
    'Hồ Chí Minh', '',
    '(Website Văn phòng) – UBND TP vừa ban hành kế hoạch tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2023 và triển khai nhiệm vụ năm 2024. Kế hoạch nhằm tổng kết, đánh giá toàn diện kết quả thực hiện công tác cải cách hành chính năm 2023 và triển khai các nhiệm vụ trọng tâm năm 2024. Cùng đó, hội nghị cũng công bố kết quả Chỉ số cải cách hành chính của sở, ban, ngành, UBND quận, huyện, thành phố Thủ Đức năm 2023;',
    [], ['1.7', '1.2'], "the city's plan organising the CCHC year-end conference where the departments' index is announced: an organising act, not the index or the report (hard call, as r115)")
doc('s165', 'dev-053', 'http://vinhhung1.vinhloc.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/bai-viet-gioi-thieu-dien-hinh-thuc-hien-chuyen-doi-so-tai-bo-phan-mot-cua-ubnd-xa.html',
    'Thanh Hóa', '',
    'Truy cập Hôm nay: 1 Hôm qua: 0 Tuần này: 1 Tháng này: 0 Tất cả: 115504 BÀI VIẾT GIỚI THIỆU ĐIỂN HÌNH THỰC HIỆN CHUYỂN ĐỔI SỐ TẠI BỘ PHẬN MỘT CỬA UBND XÃ Ngày 27/02/2023 09:04:52 1. Tiêu đề. “Công tác chuyển đổi số ở bộ phận một cửa” 2. Lê Văn Chung: Công chức Văn hóa- Xã hội 3. Triển khai chuyển đổi số cấp xã là mô đã tập trung thực hiện trên 3 trụ cột, đó là: Chính quyền số; kinh tế số và xã hội số.',
    [], ['7.3', '3.3'], "a commune official's article on DX at its one-stop desk: issuer level")
doc('s166', 'H-045', 'https://danviet.vn/noi-co-3-huyen-ngheo-nhat-ca-nuoc-lao-cai-lam-gi-de-giam-ngheo-da-chieu-20200806172541169.htm',
    'Lào Cai', '',
    '"Ước đến hết năm 2020, bình quân tỷ lệ giảm nghèo của tỉnh đạt 5,02%/năm bằng 125,5% kế hoạch. Tỷ lệ giảm nghèo đã hoàn thành vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV giảm tỷ lệ hộ nghèo bình quân từ từ 3-4%/năm và Đề án số 09-ĐA/TU, có 2 huyện thoát khỏi huyện nghèo (huyện Bát Xát, Sa Pa). Từ năm 2018, xếp hạng tỷ lệ hộ nghèo của tỉnh đã vươn lên 2 bậc xếp hạng so với cả nước. Cụ thể năm 2016 tỉnh có tỷ lệ hộ nghèo cao thứ 6 so với cả nước thì đến năm 2018 xếp ở vị trí thứ 8;',
    [], ['8.2'], 'poverty-reduction results against the congress goal: a programme')
doc('s167', 'E-022', 'https://baothanhhoa.vn/chuyen-doi-so-manh-me-nganh-y-te-de-nang-cao-chat-luong-cham-soc-suc-khoe-nhan-dan-273694.htm',
    'Thanh Hóa', 'Chuyển đổi số mạnh mẽ ngành Y tế để nâng cao chất lượng chăm sóc sức khoẻ Nhân dân',
    'Năm 2026, ngành Y tế Thanh Hóa phấn đấu 100% cơ sở y tế hỗ trợ thanh toán không dùng tiền mặt đa phương thức và thực hiện kê đơn thuốc điện tử; đưa vào thí điểm ứng dụng trí tuệ nhân tạo (AI) trong chẩn đoán hình ảnh, giám sát bệnh truyền nhiễm... Quang cảnh hội nghị. Sáng 31/12, Sở Y tế Thanh Hóa tổ chức hội nghị tổng kết công tác chuyển đổi số (CĐS) và Đề án 06 trong ngành Y tế năm 2025; triển khai nhiệm vụ năm 2026.',
    [], ['DTI.1', '7.4'], "the health department's DX and Đề án 06 review: one sector (t063)")
doc('s168', 'J-442', 'https://thvl.vn/thoi-su-thvl/tin-dia-phuong/thanh-tuu-an-sinh-xa-hoi-trong-nhiem-ky-qua/',
    'Vĩnh Long', '',
    'Bên cạnh làm tốt chính sách đền ơn, đáp nghĩa, một trong những thành tựu nổi bật trong nhiệm kỳ 2015-2020 của tỉnh Vĩnh Long là làm tốt công tác an sinh xã hội, trợ sức hộ nghèo, vượt khó vươn lên trong cuộc sống. Đến năm 2020, hộ nghèo của tỉnh giảm 5.160 hộ, bình quân giảm 1,02%, vượt chỉ tiêu Nghị quyết đề ra là 1%. Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *',
    [], ['8.2'], 'social-security results of the term: a sector')
doc('s169', 'D-057', 'https://vanban123.vn/Quyet-dinh/Quyet-dinh-688-QD-UBND-nam-2021-phe-duyet-De-an-Day-manh-cai-cach-hanh-chinh-cai-thien-moi-truong-dau-tu-kinh-doanh-nang-cao-nang-luc-canh-tranh-cap-tinh-giai-doan-2021-2025-dinh-huong-den-nam-2030-do-tinh-Lai-Chau-ban-hanh-535569',
    'Lai Châu', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 688/QĐ-UBND Lai Châu, ngày 11 tháng 06 năm 2021 ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2021; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật tổ chức chính quyền địa phương ngày 22/11/2019; … Điều 1. Phê duyệt kèm theo Quyết định này Đề án “Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2021-2025, định hướng đến năm 2030” (có Đề án chi tiết kèm theo).',
    ['PCI.1'], ['1.1'], "the province's decision approving its project on CCHC, the investment climate and provincial competitiveness 2021-2025: PCI.1 (r036); a five-year project is not the year's CCHC plan")
doc('s170', 'A-106', 'http://hethongphapluat.com/quyet-dinh-1893-qd-ubnd-nam-2025-phe-duyet-chien-luoc-chuyen-doi-so-tinh-thai-nguyen-den-nam-2030.html',
    'Thái Nguyên', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1893/QĐ-UBND Thái Nguyên, ngày 14 tháng 11 năm 2025 QUYẾT ĐỊNH PHÊ DUYỆT CHIẾN LƯỢC CHUYỂN ĐỔI SỐ TỈNH THÁI NGUYÊN ĐẾN NĂM 2030 ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Căn cứ Nghị quyết số 193/2025/QH15 ngày 19/02/2025 của Quốc hội về thí điểm một số cơ chế, chính sách đặc biệt tạo đột phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    ['DTI.1', '7.1'], ['1.1'], "the province's decision approving its DX strategy to 2030 (1893/QĐ-UBND): DTI.1 + 7.1")
doc('s171', 'F-040', 'https://lite.baomoi.com/chuong-trinh-hanh-dong-cua-ban-thuong-vu-tinh-uy-thuc-hien-nghi-quyet-so-57-c51591121.epi',
    '', 'Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57',
    'Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Nội dung chương trình hành động như sau:',
    [], ['DTI.1'], "a party standing committee's programme for resolution 57 with no province named: no province to file it for")
doc('s172', 'F-042', 'https://kontum.gov.vn/VanBan/Details/13710',
    'Kon Tum', '',
    'Trích yếu Chương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng "về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới".',
    [], ['5.4'], "the party's programme on intellectuals: no criterion's subject")
doc('s173', 'G-075', 'https://ictvietnam.vn/quang-ngai-yeu-cau-100-dich-vu-cong-duoc-cung-cap-truc-tuyen-vao-nam-2025-59816.html',
    'Quảng Ngãi', 'Quảng Ngãi yêu cầu 100% dịch vụ công được cung cấp trực tuyến vào năm 2025',
    'Tỉnh Quảng Ngãi đang xây dựng và triển khai chiến lược chuyển đổi số (CĐS) phải đi vào thực chất, góp phần thúc đẩy phát triển kinh tế số, xã hội số (KTS, XHS) của tỉnh một cách hiệu quả. Xác định các chỉ tiêu phát triển cụ thể Quảng Ngãi có chỉ số CĐS (DTI) tăng bậc mạnh nhất cả nước. Năm 2022, DTI của Quảng Ngãi từ vị trí 60/63 năm 2021 tăng vọt 34 bậc lên vị trí 26/63 năm 2022.',
    [], ['DTI.1', '7.3'], "a feature on the province's DTI rank and strategy naming no act in the excerpt")
doc('s174', 'A-133', 'https://lite.baomoi.com/chuyen-doi-so-toan-dien-thay-doi-dien-mao-kinh-te-xa-hoi-ha-giang-c51437404.epi',
    'Hà Giang', 'Chuyển đổi số toàn diện thay đổi diện mạo kinh tế - xã hội Hà Giang',
    'Nhờ sự chỉ đạo, triển khai quyết liệt, đồng bộ của các cấp chính quyền, sự tham gia tích cực của nhân dân, công tác chuyển đổi số tỉnh Hà Giang đã tạo đột phá trên cả ba trụ cột: Chính quyền số, kinh tế số, xã hội số. Thực hiện Nghị quyết số 18 của Ban Chấp hành Đảng bộ tỉnh Hà Giang về chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030, bên cạnh đầu tư cơ sở vật chất, chuẩn hóa các quy trình thủ tục hành chính, tỉnh khuyến khích người …',
    [], ['DTI.1', '7.1'], "DX results framed by the party's DX resolution ('thực hiện Nghị quyết số 18'): the act as frame (as E-086, hard call)")
doc('s175', 'J-444', 'https://suckhoemoitruong.com.vn/bac-lieu-chuyen-minh-vuon-ra-bien-lon-22852.html',
    'Bạc Liêu', '',
    'Bạc Liêu chuyển mình vươn ra biển lớn Các dự án điện gió ở Bạc Liêu Đột phá từ năng lượng sạch Với đường bờ biển dài 56km, lại nằm trong vùng khí hậu nhiệt đới gió mùa nên từ lâu Bạc Liêu được xem là địa phương có điều kiện thuận lợi để phát triển công nghiệp, nhất là năng lượng điện gió. Trên địa bàn tỉnh hiện có 8 dự án nhà máy điện gió hoàn thành đưa vào hoạt động, với tổng công suất 469,2 MW; nổi bật nhất là Nhà máy điện gió Bạc Liêu tại ấp Biển Đông A, xã Vĩnh Trạch Đông, thành phố Bạc Liêu.',
    [], ['8.2'], 'renewable-energy development: a sector')
doc('s176', 'A-093', 'https://dbkcqdnbacninh.vn/dinh-huong-cong-tac-tuyen-truyen/bac-ninh-phan-dau-tro-thanh-thanh-pho-vi-tuong-lai-vao-nam-2030-288999',
    'Bắc Ninh', '',
    'HĐND tỉnh vừa ban hành Nghị quyết số 230/NQ-HĐND phê duyệt “Đề án Chuyển đổi số tỉnh Bắc Ninh giai đoạn 2024 - 2030” với tầm nhìn đến năm 2030, Bắc Ninh trở thành “Thành phố vì tương lai”, tiên phong sử dụng công nghệ số và dữ liệu để nâng cao hiệu quả quản trị xã hội, giải quyết các thách thức của đô thị, phát huy bản sắc văn hóa Kinh Bắc, cải thiện chất lượng cuộc sống của nhân dân, thúc đẩy phát triển kinh tế xã hội nhanh và bền vững. Một góc thành phố Bắc Ninh.',
    ['DTI.1', '7.1'], ['8.2'], "the council's resolution approving the province's DX project 2024-2030 (230/NQ-HĐND): DTI.1 + 7.1")
doc('s177', 'G-041', 'https://baobackan.vn/hoi-nghi-ban-chap-hanh-dang-bo-huyen-ngan-son-lan-thu-24-mo-rong-post68023.html',
    'Bắc Kạn', '',
    'Các đồng chí Nông Bình Cương, Tỉnh ủy viên, Bí thư Huyện ủy; Chu Thị Huyền, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; Nguyễn Trọng Lăng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện đồng chủ trì Hội nghị. Đồng chí Nông Bình Cương, Tỉnh ủy viên, Bí thư Huyện ủy phát biểu tại hội nghị. Triển khai thực hiện nhiệm vụ năm 2024, Đảng bộ, chính quyền và Nhân dân huyện Ngân Sơn đã thực hiện đồng bộ, quyết liệt các nhiệm vụ, giải pháp đề ra, tổ chức thực hiện hoàn thành cơ bản các chỉ tiêu kế hoạch.',
    [], ['8.2'], "a district party committee's year review: issuer level")
doc('s178', 'A-107', 'https://www.thainguyen.dcs.vn/tag/khai-truong',
    'Thái Nguyên', '',
    'Ngày 13/3, tỉnh Thái Nguyên tổ chức Khai trương Trung tâm Dữ liệu tỉnh. Đây là sự kiện có ý nghĩa quan trọng, đánh dấu bước ngoặt trong nỗ lực thực hiện chuyển đổi số toàn diện của tỉnh, cụ thể hóa các chủ trương đường lối chỉ đạo của Đảng và Nhà nước, đặc biệt là Nghị quyết số 57-NQ/TW ngày 24/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
    [], ['DTI.1'], "a tag page whose item is the province's data-centre opening: a tag page (p014); 7.1 left unlabelled")
doc('s179', 'A-199', 'https://dantoctongiao.vietnamnet.vn/day-manh-chuyen-doi-so-dong-bo-toan-dien-o-ha-tinh-2083027.html',
    'Hà Tĩnh', '',
    'Chuyển đổi số có tác động sâu rộng, bao trùm lên tất cả các ngành, các lĩnh vực kinh tế - xã hội, góp phần tăng năng suất lao động, chuyển đổi mô hình hoạt động kinh doanh theo hướng đổi mới sáng tạo, từ đó nâng cao năng lực cạnh tranh của tỉnh Hà Tĩnh. Để thích ứng với tình hình mới và tận dụng cơ hội mà cuộc cách mạng công nghiệp lần thứ 4 mang lại, UBND tỉnh Hà Tĩnh đã ban hành Quyết định số 424/QĐ-UBND phê duyệt Đề án “Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021 - 2025” với mục tiêu chuyển đổi số hướng đến thực hiện mục tiêu toàn diện theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, thực hiện thành công Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về tập trung lãnh đạo, chỉ đạo chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2021 - 2025, định hướng đến năm 2030.',
    ['DTI.1', '7.1'], ['8.2'], "news of the province's DX project 2021-2025 (424/QĐ-UBND): DTI.1 + 7.1")
doc('s180', 'A-213', 'https://sct.dongnai.gov.vn/vi/news/Chuyen-doi-so/lanh-dao-so-cong-thuong-da-tham-du-hop-du-nghe-bao-cao-tom-tat-chuyen-doi-so-quoc-gia-4589.html',
    '', '',
    'Chào mừng dịp kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9 Lãnh đạo Sở Công Thương đã tham dự họp, dự nghe BÁO CÁO TÓM TẮT Chuyển đổi số quốc gia Chủ nhật - 26/02/2023 19:52 Hội nghị trực tuyến toàn quốc về chuyển đổi số năm 2023 đã được tổ chức vào lúc 08h00 ngày 25/02/2023, Lãnh đạo Sở Công Thương đã tham dự họp, dự nghe báo cáo tóm tắt Chuyển đổi số quốc gia Hội nghị trực tuyến toàn quốc về chuyển đổi số năm 2023 đã được tổ chức vào …',
    [], ['DTI.1'], "a department's note on attending the national DX conference: national")
doc('s181', 'D-110', 'https://chuyendoiso.laichau.gov.vn/tin-tong-hop/nghe-an-tich-cuc-chuyen-doi-so-tren-moi-mat-7.html',
    'Nghệ An', '',
    'Tích cực chuyển đổi số, thực hiện các mục tiêu phát triển chính quyền số, kinh tế số, hướng đến xã hội số. Đó là yêu cầu được đặt ra với các cấp, ngành ở Nghệ An nói riêng trong giai đoạn mới nhằm tăng khả năng, cơ hội kết nối, thúc đẩy kinh tế – xã hội phát triển. Phóng viên Cổng TTĐT đã có buổi làm việc và phỏng vấn đại diện UBND tỉnh Nghệ An về tình hình chuyển đổi số tại đia phương trong thời gian qua.',
    [], ['DTI.1'], "an interview on the province's DX on another province's portal, naming no act")
doc('s182', 'J-030', 'http://hhdn.yenbai.vn/tin-tuc/toan-tinh-co-167-san-pham-ocop/',
    'Yên Bái', 'Toàn tỉnh có 167 sản phẩm OCOP',
    'Năm 2022, tỉnh Yên Bái phấn đấu tiêu chuẩn hóa 35 sản phẩm OCOP. Đến hết tháng 11/2022, tỉnh đã công nhận được 29/35 sản phẩm, trong đó có 27 sản phẩm 3 sao và 2 sản phẩm 4 sao, đạt 82,8% kế hoạch. Lũy kế toàn tỉnh có 167 sản phẩm OCOP được đánh giá, phân hạng và được cấp giấy chứng nhận sản phẩm OCOP từ 3 – 4 sao. Sản phẩm Miến đao Giới Phiên Trong thời gian tới, Hội đồng đánh giá OCOP cấp tỉnh sẽ tổ chức đánh giá đợt 4 năm 2022 cho 15 sản phẩm OCOP cấp huyện.',
    [], ['8.2'], "OCOP results against the year's goal: a programme")
doc('s183', 'B-144', 'https://huunghi.haugiang.gov.vn/index.php/vi/news/tin-tuc-su-kien/hau-giang-nam-trong-top-10-dia-phuong-dan-dau-toan-quoc-ve-ha-tang-so-985.html',
    'Hậu Giang', '',
    'Công bố từ Bộ Thông tin và Truyền thông cũng cho thấy Hậu Giang nằm trong top 10 địa phương dẫn đầu về hạ tầng số. Nhằm thúc đẩy hoạt động chuyển đổi số, thời gian qua tỉnh đã tổ chức phong trào thi đua “Người dân Hậu Giang tham gia chuyển đổi số, phát triển kinh tế số, xã hội số”; Tuần lễ Chuyển đổi số và Khởi nghiệp đổi mới sáng tạo - Mekong delta 2023… Kết quả thực hiện 3 trụ cột Chính quyền số, Kinh tế số và Xã hội số 6 tháng đầu năm của tỉnh đạt nhiều kết quả nổi bật:',
    [], ['DTI.1'], "a commune site on the province's DTI rank and DX movement: rankings and no plan")
doc('s184', 'A-251', 'https://m.thanhnien.vn/thoi-su/bo-chinh-tri-dat-muc-tieu-kinh-te-so-chiem-tren-30-gdp-nam-2030-1131638.html',
    '', '',
    'Bộ Chính trị đặt mục tiêu kinh tế số chiếm trên 30% GDP năm 2030 Lê Hiệp Lê Hiệp 30/09/2019 09:06 GMT+7 Tổng bí thư Nguyễn Phú Trọng ký ban hành Nghị quyết của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cách mạng công nghiệp lần thứ tư. Ngày 27.9, Tổng bí thư Nguyễn Phú Trọng đã ký ban hành Nghị quyết của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cách mạng công nghiệp lần thứ tư. Nghị quyết của Bộ Chính trị đặt mục tiêu:',
    [], ['DTI.1'], "the Politburo's resolution on Industry 4.0: national")
doc('s185', 'A-164', 'https://vneconomy.vn/uoc-tinh-gia-tri-thanh-toan-khong-dung-tien-mat-trong-nam-nay-gap-26-lan-gdp.htm',
    '', '',
    'Số lượng doanh nghiệp công nghệ số tăng nhanh từ 58.000 năm 2020 lên khoảng 80.000 năm 2025. Thương mại điện tử bứt phá ngoạn mục, ước đạt 36 tỷ USD năm 2025, tăng 3 lần so với năm 2020, tăng trưởng 22-25%/năm, cao nhất khu vực. Đến cuối năm 2025, ước tính giá trị thanh toán không dùng tiền mặt gấp 26 lần GDP với hơn 20,2 tỷ giao dịch/năm... Thủ tướng Phạm Minh Chính kết luận tại Diễn đàn quốc gia phát triển kinh tế số và xã hội số lần thứ 3 với chủ đề:',
    [], ['DTI.1'], 'the Prime Minister at the digital-economy forum: national')
doc('s186', 'A-086', 'https://www.qdnd.vn/giao-duc-khoa-hoc/chuyen-doi-so/tuyen-quang-chuyen-doi-so-dong-luc-cho-phat-trien-ben-vung-850277',
    'Tuyên Quang', '',
    'Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về “Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia”, tỉnh đã quán triệt sâu rộng trong toàn hệ thống chính trị, cụ thể hóa bằng các chương trình, kế hoạch hành động sát với thực tiễn. Đến nay, 100% xã, phường có hạ tầng mạng ổn định, đủ điều kiện vận hành Trung tâm Phục vụ hành chính công các cấp. Toàn tỉnh đã thành lập 1.833 tổ công nghệ số cộng đồng, hỗ trợ người dân tiếp cận và sử dụng dịch vụ công trực tuyến.',
    [], ['DTI.1'], 'a feature on DX after the merger naming no act of the province (r113)')
doc('s187', 'D-039', 'http://thinhvuongvietnam.com/Content/quang-binh-xay-dung-va-phat-trien-chinh-quyen-dien-tu-chinh-quyen-so-123222',
    'Quảng Bình', '',
    'Đại hội Đảng bộ tỉnh Quảng Bình lần thứ XVII, nhiệm kỳ 2020-2025 đã xác định việc xây dựng và phát triển chính quyền điện tử, chính quyền số là một trong năm nội dung quan trọng trong công tác cải cách hành chính nhằm đẩy mạnh, nâng cao năng lực cạnh tranh của tỉnh giai đoạn 2020-2025. Trên cơ sở chương trình hành động của Ban Chấp hành Đảng bộ tỉnh, thời gian qua, các địa phương trên địa bàn tỉnh đã có nhiều sáng tạo, đổi mới trong quản lý, điều hành, thể hiện quyết tâm đột phá trong cải cách hành chính.',
    [], ['7.1'], 'an e-government feature naming the party congress as frame')
doc('s188', 'J-321', 'http://www.nguoilambao.vn/dai-hoi-dai-bieu-dang-bo-tinh-phu-yen-lan-thu-xvii-thanh-cong-tot-dep-n22088.html',
    'Phú Yên', '',
    'Đại hội Đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVII thành công tốt đẹp 18/10/2020, 09:29 Đại hội Đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVII thành công tốt đẹp - Sau ba ngày làm việc khẩn trương, trách nhiệm và trí tuệ, sáng 16/10, Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVII đã họp phiên bế mạc, hoàn thành tốt đẹp những nội dung, yêu cầu đề ra.',
    [], ['8.2'], 'the party congress (g044)')
doc('s189', 'J-110', 'https://ipec.4bsolutions.vn/nang-cao-nang-luc-canh-tranh-cap-tinh-pci',
    'Cà Mau', 'Nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI)-Giải pháp cải thiện môi trường đầu tư, kinh doanh tỉnh Cà Mau',
    'Ngày 02/6/2026, Ủy ban nhân dân tỉnh Cà Mau tổ chức Hội nghị kiểm điểm, đánh giá kết quả Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh Cà Mau năm 2022. Hội nghị đã thảo luận các giải pháp cải thiện, nâng cao chỉ số này những năm tiếp theo để tạo môi trường đầu tư, kinh doanh thuận lợi, thúc đẩy phát triển kinh tế tương xứng với tiềm năng của địa phương.',
    ['PCI.1'], ['8.2'], "the province's conference reviewing its PCI 2022 and solutions, on the investment centre's site: PCI.1 (x007, r187; hard call: the rest is the centre's commentary)")
doc('s190', 'J-401', 'https://dantri.com.vn/thoi-su/can-tho-phan-dau-den-2030-thu-ngan-sach-uoc-dat-57000-ty-dong-20251230233338624.htm',
    'Cần Thơ', '',
    'Ngày 30/12, Hội đồng nhân dân TP Cần Thơ thông qua điều chỉnh quy hoạch thành phố thời kỳ 2021-2030, tầm nhìn đến năm 2050. Mục tiêu phát triển của TP Cần Thơ đặt ra đến năm 2030 trở thành một cực tăng trưởng của quốc gia, giữ vai trò động lực phát triển, lan tỏa, dẫn dắt cả vùng đồng bằng sông Cửu Long.',
    [], ['8.2'], "the council adopting the adjusted master plan: not the year's plan (r066)")
doc('s191', 'D-032', 'https://baochinhphu.vn/print/su-hai-long-cua-nguoi-dan-la-thuoc-do-hieu-qua-cong-viec-cua-cac-cap-chinh-quyen-tinh-kien-giang-102231212160106083.htm',
    'Kiên Giang', 'Sự hài lòng của người dân là thước đo hiệu quả công việc của các cấp chính quyền tỉnh Kiên Giang',
    '(Chinhphu.vn) - Theo ông Võ Minh Trung, Giám đốc Sở Thông tin và Truyền thông tỉnh Kiên Giang, trong năm 2023, nhiệm vụ cải cách hành chính (CCHC) gắn với chuyển đổi số của tỉnh bước đầu đạt được những kết quả tích cực. 12/12/2023 16:00 Sự hài lòng của người dân là thước đo hiệu quả công việc của các cấp chính quyền tỉnh Kiên Giang- Ảnh 1. Ông Võ Minh Trung phát biểu tại Ngày chuyển đổi số tỉnh Kiên Giang - Ảnh:',
    [], ['8.1'], "the information department's account of CCHC and DX results: a satisfaction headline without a survey")
doc('s192', 'F-047', 'https://sggp.org.vn/ben-tre-tiep-can-de-som-chuyen-doi-so-830336.html',
    'Bến Tre', '',
    'Chuyển biến tích cực Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam cho biết, Tỉnh ủy và UBND tỉnh Bến Tre đã ban hành Nghị quyết và Đề án chuyển đổi số tỉnh Bến Tre giai đoạn 2020-2025, tầm nhìn đến năm 2030. Đây được xem là một trong những bước đột phá quan trọng trong nhiệm kỳ 2020-2025, nhằm thay đổi một cách tổng thể và toàn diện tất cả khía cạnh của đời sống kinh tế - xã hội, phát huy tối đa tiềm năng, lợi thế của địa phương, quyết tâm sớm đưa …',
    ['DTI.1', '7.1'], ['8.2'], "the chairman presents the party's DX resolution and the DX project 2020-2025: DTI.1 + 7.1")
doc('s193', 'A-160', 'https://m.thanhnien.vn/phat-trien-kinh-te-so-dat-20-gdp-vao-nam-2025-post1445066.html',
    '', '',
    'Phát triển kinh tế số đạt 20% GDP vào năm 2025 0 Thanh Niên Đánh giá tác giả Thủ tướng Chính phủ vừa ban hành Quyết định số 411/QĐ-TTg phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030. Theo đó, kinh tế số là hoạt động kinh tế sử dụng công nghệ số và dữ liệu số làm yếu tố đầu vào chính, sử dụng môi trường số làm không gian hoạt động chính, sử dụng công nghệ thông tin - viễn thông để tăng năng …',
    [], ['DTI.1'], 'the national digital economy and society strategy: national')
doc('s194', 'A-095', 'https://www.baoquangbinh.vn/thoi-su/201905/quang-binh-xep-thu-37-ve-chi-so-cai-cach-hanh-chinh-nam-2018-2167136/',
    'Quảng Bình', '',
    'Quảng Bình xếp thứ 37 về Chỉ số cải cách hành chính năm 2018 08:38, Thứ Ba, 28/05/2019 (GMT+7) (QBĐT) - Thông tin từ Văn phòng UBND tỉnh cho biết, theo quyết định phê duyệt và công nhận Chỉ số cải cách hành chính năm 2018 (Par Index 2018) của Bộ Nội vụ vừa ban hành, tỉnh Quảng Bình xếp thứ 37/63 tỉnh, thành phố trong cả nước, không tăng không giảm so với năm 2017.',
    [], ['1.7'], "the ministry's PAR ranking relayed by the provincial paper (r185)")
doc('s195', 'J-234', 'https://newsallq.com/?p=80057',
    'Hưng Yên', '',
    'Trong tương lai, tỉnh này sẽ có quy mô kinh tế và trình độ phát triển trong nhóm dẫn đầu cả nước. Phó Thủ tướng Chính phủ Trần Hồng Hà đã ký Quyết định 489/QĐ-TTg ngày 10/6/2024 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Hưng Yên thời kỳ 2021 – 2030, tầm nhìn đến năm 2050. Mục tiêu tổng quát của quy hoạch, đến năm 2030, Hưng Yên phát triển nhanh, bền vững, trở thành tỉnh công nghiệp hiện đại, có quy mô kinh tế và trình độ phát triển trong nhóm dẫn đầu cả nước;',
    [], ['8.2'], "the Prime Minister's decision on the provincial master plan (r068)")
doc('s196', 'B-115', 'https://doanhnghiephoinhap.vn/binh-thuan-no-luc-tang-cuong-chuyen-doi-so-va-doi-moi-sang-tao-104430.html',
    'Bình Thuận', '',
    'Tại điểm cầu Bình Thuận, thực hiện kết luận tại Phiên họp lần thứ nhất của Ban Chỉ đạo Trung ương, tỉnh đã chủ động xây dựng khung pháp lý vững chắc thông qua việc ban hành loạt kế hoạch mang tính định hướng. Đại biểu tham dự hội nghị tại điểm cầu tỉnh Bình Thuận. Ảnh Hữu Tri Nổi bật là Kế hoạch số 1989/KH-UBND thực hiện Nghị quyết 71/NQ-CP về phát triển khoa học công nghệ và đổi mới sáng tạo đến năm 2030, tầm nhìn 2045. Song song đó, Kế hoạch số 1090/KH-UBND triển khai Đề án 06 về phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử đã tạo nền tảng vững chắc cho tiến trình chuyển đổi số tại địa phương.',
    ['7.4'], ['DTI.1'], "the province's plans named in its lead: the Đề án 06 plan (1090/KH-UBND) is 7.4 (x372); the science and innovation plan is not a DX plan")
doc('s197', 'G-004', 'https://thoibaotaichinhvietnam.vn/kinh-te-so-la-dong-luc-tang-truong-quan-trong-trong-nam-2025-190019.html',
    '', '',
    '(TBTCO) - Kinh tế số tiếp tục khẳng định vai trò là một trong những động lực tăng trưởng quan trọng của nền kinh tế Việt Nam trong năm 2025, với tỷ trọng giá trị tăng thêm của kinh tế số trong GDP ước đạt 14,02%, tương đương khoảng 72,1 tỷ USD, gấp 1,64 lần so với năm 2020. Kinh tế số chiếm hơn 14% GDP năm 2025 Theo đánh giá của Cục Thống kê, tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2025 ước đạt 14,02%, tương đương khoảng 72,1 tỷ USD, gấp 1,64 lần so với năm 2020.',
    [], ['DTI.1'], 'national digital-economy statistics (r103)')
doc('s198', 'J-107', 'https://thongtintructuyen.net/ca-mau-co-5-chi-so-canh-tranh-cap-tinh-uu-tien-tap-trung-cai-thien-ngay-199452.html',
    'Cà Mau', '',
    'Ngày 17/7, theo thông tin từ UBND tỉnh Cà Mau, tỉnh này vừa có kế hoạch cải thiện và nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025 và những năm tiếp theo. Theo UBND tỉnh Cà Mau, trong năm 2024, tỉnh này có 5 chỉ số thành phần thuộc nhóm có điểm số cao, gồm: Gia nhập thị trường; chi phí không chính thức; tính minh bạch; tính năng động và tiên phong của chính quyền; tiếp cận đất đai. Có 5 chỉ số thành phần thuộc nhóm có điểm số thấp, gồm: Đào tạo lao động; thiết chế pháp lý và an ninh trật tự;',
    ['PCI.1'], ['8.2'], "news of the province's plan to improve its PCI in 2025: PCI.1")
doc('s199', 'D-049', 'https://baotintuc.vn/dia-phuong/phu-tho-phan-dau-giu-vung-va-nang-cao-chi-so-pci-20241013144736396.htm',
    'Phú Thọ', '',
    'Trong đó, tập trung cải thiện điểm số và nâng thứ bậc các chỉ số thành phần: Tăng 3 bậc trở lên đối với chỉ số “Tiếp cận đất đai”; tăng 8 bậc trở lên đối với chỉ số “Tính năng động và tiên phong của chính quyền tỉnh”; tăng 10 bậc trở lên đối với chỉ số “Thiết chế pháp lý và An ninh trật tự”; cải thiện thứ bậc 7 chỉ số: “Đào tạo lao động”; “Chính sách hỗ trợ doanh nghiệp”; “Tính minh bạch”; “Chi phí thời gian”; “Cạnh tranh bình đẳng”; “Chi phí không chính thức”; “Chi phí gia nhập thị trường”.',
    ['PCI.1'], ['8.2'], "the province's plan to keep and raise its PCI, with component targets: PCI.1")
doc('s200', 'G-038', 'https://baohatinh.vn/chinh-quyen/ha-tinh-ban-hanh-ke-hoach-khac-phuc-han-che-nang-cao-chi-so-par-index-sipas-nam-2022/236001.htm',
    'Hà Tĩnh', '',
    'Năm 2021, Chỉ số Cải cách hành chính tỉnh Hà Tĩnh tăng 3,3 điểm và 8 bậc so với năm 2020, xếp thứ 8/63 tỉnh, thành phố trực thuộc Trung ương - đạt thứ hạng cao nhất từ trước đến nay. Chỉ số Hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước đạt 9,12 điểm, chiếm tỷ lệ 91,17%; xếp thứ 5/63 tỉnh, thành phố trực thuộc Trung ương (tăng 6 bậc so với năm 2020) và xếp thứ 1/6 tỉnh Bắc Trung Bộ.',
    [], ['1.7', 'SIPAS.2'], "the stored text is only the province's PAR and SIPAS 2021 results: rankings published by others, by what the page shows (g054)")


if __name__ == "__main__":
    out = Path(__file__).with_name("fresh24.jsonl")
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in D), encoding="utf-8")
    print(f"{len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs -> {out.name}")
