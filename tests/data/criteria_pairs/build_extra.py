"""Writes extra.jsonl: labelled pages added in issue 15 (ranker) for the criteria with few positives
(8.3, SIPAS, PCI, DTI, 4.1, 4.3, 6.2, 6.3) and hard negatives of the same topics (ministry letters,
national news, research, rankings published by others, a commune's plan). Found with the search
tool (`pages` corpus); every label was written while reading the page, before the mapper or the
ranker was run on it (this file was committed with its labels alone). Short excerpts: header,
trích yếu, first căn cứ of official documents; one or two sentences of news.
Run it to regenerate extra.jsonl."""
import json
from pathlib import Path

H = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
D = []


def doc(id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note})


# --- 8.3 / SIPAS: surveys and satisfaction ------------------------------------------------------
doc("x001", "https://baogialai.com.vn/gia-lai-dieu-tra-xa-hoi-hoc-phuc-vu-xac-dinh-chi-so-cai-cach-hanh-chinh-nam-2025-post574733.html", "Gia Lai",
    "Gia Lai điều tra xã hội học phục vụ xác định chỉ số cải cách hành chính năm 2025",
    "(GLO)- Phó Chủ tịch UBND tỉnh vừa ký ban hành Kế hoạch số 128/KH-UBND về điều tra xã hội học phục vụ xác định chỉ số cải cách hành chính (CCHC) năm 2025 của các cơ quan thuộc UBND tỉnh và UBND các xã, phường.",
    ["8.3"], ["1.1", "SIPAS.1"], "the province's own sociological survey for its CCHC index")
doc("x003", "https://sonoivu.binhduong.gov.vn/hoat-dong-cai-cach-hanh-chinh/ket-qua-chi-so-hai-long-ve-dich-vu-hanh-chinh-cong-sipas-tinh-binh-duong-nam-2016-286970", "Bình Dương",
    "Kết quả Chỉ số hài lòng về dịch vụ hành chính công - SIPAS tỉnh Bình Dương năm 2016",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước hay còn gọi là Chỉ số hài lòng về dịch vụ hành chính công (SIPAS). Qua 2 năm thí điểm và triển khai mở rộng ở cơ quan hành chính nhà nước cấp tỉnh và cấp huyện của tỉnh Bình Dương, kết quả cho thấy một số lĩnh vực đạt sự hài lòng cao của người dân, tổ chức.",
    ["SIPAS.2", "8.1"], ["3.5"], "the province publishing its own SIPAS result (as c58)")
doc("x004", "https://baotintuc.vn/video/sipas-cua-63-dia-phuong-nam-2023-v20240417172100954.htm", None,
    "SIPAS của 63 địa phương năm 2023",
    "Theo kết quả Chỉ số Hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 do Bộ Nội vụ công bố ngày 17/4/2024, chỉ số SIPAS trung bình cả nước là 82,66%.",
    [], ["SIPAS.2", "8.1"], "national news of the ministry's ranking")
doc("x005", "https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-5606-BNV-CCHC-2017-trien-khai-dieu-tra-xa-hoi-hoc-do-luong-su-hai-long-quoc-gia-367662.aspx", None,
    "Công văn 5606/BNV-CCHC năm 2017 triển khai điều tra xã hội học đo lường sự hài lòng quốc gia",
    "BỘ NỘI VỤ\n" + H + "Số: 5606/BNV-CCHC\nKính gửi: Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương\nThực hiện Quyết định số 2640/QĐ-BNV ngày 10/10/2017 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2017-2020; triển khai đo lường sự hài lòng quốc gia năm 2017, Bộ Nội vụ triển khai điều tra xã hội học đo lường sự hài lòng quốc gia năm 2017 tại 63 tỉnh, thành phố trực thuộc Trung ương.",
    [], ["SIPAS.1", "8.3"], "a ministry letter to all provinces")
doc("x006", "https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-3893-BNV-CCHC-2019-dieu-tra-do-luong-su-hai-long-ve-su-phuc-vu-hanh-chinh-424040.aspx", None,
    "Công văn 3893/BNV-CCHC năm 2019 điều tra đo lường sự hài lòng về sự phục vụ hành chính",
    "BỘ NỘI VỤ\n" + H + "Số: 3893/BNV-CCHC\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\nThực hiện Kế hoạch số 1444/KH-BNV ngày 03 tháng 4 năm 2019 của Bộ Nội vụ về Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2019, Bộ Nội vụ tổ chức triển khai điều tra xã hội học đo lường sự hài lòng về sự phục vụ hành chính năm 2019 tại 63 tỉnh, thành phố trực thuộc Trung ương.",
    [], ["SIPAS.1", "8.3"], "a ministry letter to all provinces")

# --- PCI ------------------------------------------------------------------------------------------
doc("x007", "http://sonnptnt.tuyenquang.gov.vn/tin-tuc/tin-hoat-dong/trong-tinh.html", "Tuyên Quang",
    "Phát huy cao độ trách nhiệm của người đứng đầu trong cải thiện chỉ số PCI",
    "Chiều 3-6, Ban Chỉ đạo thực hiện cải thiện Chỉ số năng lực cạnh tranh tỉnh (PCI) tổ chức họp bàn về Kế hoạch nâng cao Chỉ số PCI của tỉnh, giai đoạn năm 2021-2022, định hướng đến năm 2025.",
    ["PCI.1"], ["8.2"], "the province's PCI steering committee on its PCI plan")
doc("x008", "http://enternews.vn/video/pci-2017-ghi-nhan-moi-truong-kinh-doanh-dia-phuong-cai-thien-rat-an-tuong-126622.html", None,
    "PCI 2017 ghi nhận môi trường kinh doanh địa phương cải thiện rất ấn tượng",
    "Chương trình công bố chỉ số năng lực cấp tỉnh (PCI) lần thứ 13 đã đưa ra kết quả điểm số PCI trung bình các tỉnh năm 2017 là 60,2 điểm.",
    [], ["PCI.1"], "national news of VCCI's ranking")
doc("x009", "https://pbgdpl.travinh.gov.vn/1440/38641/70784/630195/tin-noi-bat/tra-vinh-thang-hang-tren-bang-xep-hang-chi-so-nang-luc-canh-tranh-cap-tinh-pci-nam-2020", "Trà Vinh",
    "Trà Vinh thăng hạng trên bảng xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2020",
    "Sáng ngày 15/4/2021, tại Hà Nội, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) phối hợp với Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) đã công bố báo cáo PCI năm 2020.",
    [], ["PCI.1", "8.2"], "a ranking published by others, reposted by the province")
doc("x010", "http://shrc.agu.edu.vn/?q=vi/node/447", None,
    "Công bố chỉ số năng lực cạnh tranh cấp tỉnh 2018 (PCI 2018)",
    "Ngày 28/3/2019, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) phối hợp với Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) tại Việt Nam đã công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2018.",
    [], ["PCI.1"], "a university page relaying VCCI's ranking")

# --- DTI: digital transformation ----------------------------------------------------------------
doc("x011", "https://hesinhthaidoanhnghiep.com/0538H3841d39FbD", "Kiên Giang",
    "Nghị quyết số 22/NQ-TU về Chuyển đổi số tỉnh Kiên Giang đến năm 2025 và định hướng đến năm 2030",
    "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về Chuyển đổi số tỉnh Kiên Giang đến năm 2025 và Định hướng đến năm 2030.\nI- Tình hình và nguyên nhân\n- Chuyển đổi số là xu hướng phát triển của thời đại mở ra nhiều cơ hội.",
    ["DTI.1"], ["7.1"], "the province's party resolution on digital transformation")
doc("x012", "https://hethongphapluat.com/quyet-dinh-4216-qd-ubnd-nam-2020-ve-ke-hoach-chuyen-doi-so-tren-dia-ban-tinh-thanh-hoa-den-nam-2025-dinh-huong-den-nam-2030.html", "Thanh Hóa", "",
    "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n" + H + "Số: 4216/QĐ-UBND\nThanh Hóa, ngày 06 tháng 10 năm 2020\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH THANH HÓA ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030\nỦY BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;\nCăn cứ Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019-2020, định hướng đến năm 2025;",
    ["DTI.1"], ["7.1", "7.3"])
doc("x013", "https://thuviennhadat.vn/vbpl/ke-hoach-43-kh-ubnd-2022-phat-trien-kinh-te-so-va-xa-hoi-so-vinh-long-den-2025-517928.html", "Vĩnh Long", "",
    "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n" + H + "Số: 43/KH-UBND\nVĩnh Long, ngày 06 tháng 6 năm 2022\nKẾ HOẠCH\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH VĨNH LONG\nThực hiện Quyết định số 411/QĐ-TTg, ngày 31/3/2022 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030, UBND tỉnh ban hành Kế hoạch triển khai trên địa bàn tỉnh như sau:\nI. MỤC TIÊU\nPhát triển kinh tế số và xã hội số ... góp phần nâng cao chỉ số năng lực cạnh tranh, chỉ số cải cách hành chính cấp tỉnh, cải thiện môi trường đầu tư, kinh doanh.",
    ["DTI.1"], ["PCI.1", "1.1"], "names PCI and the CCHC index in its purpose only")
doc("x014", "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-1539-QD-UBND-2025-phe-duyet-chien-luoc-chuyen-doi-so-Tuyen-Quang-den-2030-684712.html", "Tuyên Quang",
    "Quyết định 1539/QĐ-UBND năm 2025 phê duyệt Chiến lược chuyển đổi số tỉnh Tuyên Quang đến năm 2030",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 1539/QĐ-UBND\nTuyên Quang, ngày 11 tháng 12 năm 2025\nQUYẾT ĐỊNH\nPHÊ DUYỆT CHIẾN LƯỢC CHUYỂN ĐỔI SỐ TỈNH TUYÊN QUANG ĐẾN NĂM 2030\nỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    ["DTI.1"], ["7.1"])
doc("x015", "https://sotaydangvien.quangngai.dcs.vn/hoat-dong-dang-bo-chinh-quyen/nghi-quyet-cua-ban-thuong-vu-tinh-uy-ve-chuyen-doi-so-tinh-quang-ngai-den-nam-2025-dinh-huong-den-nam-2030.html", "Quảng Ngãi",
    "Nghị quyết của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030",
    "Ngày 06/9/2023, Ban Thường vụ Tỉnh ủy khóa XX đã ban hành Nghị quyết số 13-NQ/TU về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030.\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX\nvề chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030",
    ["DTI.1"], ["7.1", "7.3"])

# --- domains 4 and 6: organisation, decentralisation, autonomy, public assets --------------------
doc("x018", "https://phapluatcongdong.vn/van-ban/quyet-dinh-853-qd-ubnd-ban-hanh-tinh-lam-dong-nam-2018-p97173.htm", "Lâm Đồng",
    "Quyết định 853/QĐ-UBND năm 2018 phê duyệt Quy hoạch mạng lưới đơn vị sự nghiệp công lập trực thuộc Sở Y tế Lâm Đồng đến năm 2020, định hướng đến năm 2030",
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n" + H + "Số: 853/QĐ-UBND\nLâm Đồng, ngày 07 tháng 5 năm 2018\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT QUY HOẠCH MẠNG LƯỚI CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC SỞ Y TẾ LÂM ĐỒNG ĐẾN NĂM 2020, ĐỊNH HƯỚNG ĐẾN NĂM 2030\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 16/2015/NĐ-CP ngày 14 tháng 02 năm 2015 của Chính phủ quy định cơ chế tự chủ của đơn vị sự nghiệp công lập;",
    ["4.1"], ["6.2"], "the network of public service units (4.1); autonomy only in a citation")
doc("x019", "https://hethongphapluat.com/quyet-dinh-42-2018-qd-ubnd-quy-dinh-ve-phan-cap-quan-ly-tai-san-cong-tai-co-quan-to-chuc-don-vi-thuoc-pham-vi-quan-ly-cua-dia-phuong-tren-dia-ban-tinh-thua-thien-hue.html", "Thừa Thiên Huế", "",
    "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n" + H + "Số: 42/2018/QĐ-UBND\nThừa Thiên Huế, ngày 08 tháng 8 năm 2018\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP QUẢN LÝ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA ĐỊA PHƯƠNG TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ\nỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\nCăn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 ngày 21 tháng 6 năm 2017;",
    ["6.3"], [], "public assets (6.3); the decentralisation (4.3) is of asset management only: left unlabelled")
doc("x020", "https://tailieuebook.com/co-che-tu-chu-cua-cac-don-vi-su-nghiep-cong-lap-tai-mot-so-tinh-o-viet-nam-thuc-trang-va-giai-phap-964", None,
    "Cơ chế tự chủ của các đơn vị sự nghiệp công lập tại một số tỉnh ở Việt Nam: Thực trạng và giải pháp",
    "Để nắm bắt tình hình thực tế triển khai thực hiện cơ chế tự chủ của các đơn vị sự nghiệp công lập (ĐVSNCL), tác giả đã tiến hành nghiên cứu hiện trạng ở một số tỉnh ở Việt Nam.",
    [], ["6.2"], "a research article")
doc("x021", "https://dakngok.huyendakha.kontum.gov.vn/tin-tuc-su-kien/thuc-hien-cong-tac-cai-cach-hanh-chinh-nha-nuoc-tren-dia-ban-xa-dak-ngok-nam-2023.html", "Kon Tum",
    "Thực hiện công tác cải cách hành chính nhà nước trên địa bàn xã Đăk Ngọk năm 2023",
    "Thực hiện Kế hoạch số 278/KH-UBND ngày 15/12/2022 của UBND huyện Đăk Hà về việc thực hiện công tác cải cách hành chính nhà nước trên địa bàn huyện Đăk Hà năm 2023; UBND xã Đăk Ngọk xây dựng Kế hoạch thực hiện công tác cải cách hành chính nhà nước trên địa bàn xã năm 2023, cụ thể như sau:",
    [], ["1.1"], "a commune's CCHC plan: not the province's")
doc("x022", "https://hethongphapluat.com/quyet-dinh-3416-qd-ubnd-nam-2023-ve-ke-hoach-doi-moi-va-nang-cao-nang-luc-tu-chu-tai-chinh-cua-cac-don-vi-su-nghiep-cong-lap-thuoc-uy-ban-nhan-dan-tinh-va-cac-so-nganh-tren-dia-ban-tinh-binh-dinh-giai-doan-2023-2025-va-cac-nam-tiep-theo.html", "Bình Định",
    "Quyết định 3416/QĐ-UBND năm 2023 về Kế hoạch đổi mới và nâng cao năng lực tự chủ tài chính của các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh và các sở, ngành trên địa bàn tỉnh Bình Định giai đoạn 2023-2025 và các năm tiếp theo",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 3416/QĐ-UBND\nBình Định, ngày 14 tháng 9 năm 2023\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nCăn cứ Nghị quyết số 19-NQ/TW ngày 25/10/2017 về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập;\nCăn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;",
    ["6.2"], ["4.1"])
doc("x023", "https://hethongphapluat.com/quyet-dinh-295-qd-ubnd-nam-2023-ve-de-an-day-manh-phan-cap-doi-voi.html", "Tuyên Quang", "",
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n" + H + "Số: 295/QĐ-UBND\nTuyên Quang, ngày 10 tháng 8 năm 2023\nQUYẾT ĐỊNH\nBAN HÀNH ĐỀ ÁN ĐẨY MẠNH PHÂN CẤP ĐỐI VỚI ỦY BAN NHÂN DÂN CẤP HUYỆN, CẤP XÃ VÀ CƠ QUAN CHUYÊN MÔN THUỘC ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị quyết số 04/NQ-CP ngày 10 tháng 01 năm 2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước;",
    ["4.3"], ["4.1"])
doc("x024", "https://luatminhkhue.vn/quyet-dinh-14-2014-qd-ubnd-ve-trach-nhiem-quan-ly-nha-nuoc-ve-chat-luong-cong-trinh-xay-dung-tren-dia-ban-tinh-long-an.aspx", "Long An", "",
    "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n" + H + "Số: 14/2014/QĐ-UBND\nLong An, ngày 10 tháng 03 năm 2014\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH TRÁCH NHIỆM QUẢN LÝ NHÀ NƯỚC VỀ CHẤT LƯỢNG CÔNG TRÌNH XÂY DỰNG TRÊN ĐỊA BÀN TỈNH LONG AN\nỦY BAN NHÂN DÂN TỈNH LONG AN\nCăn cứ Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\nCăn cứ Luật Xây dựng ngày 26/11/2003;",
    [], ["4.3", "2.1"], "a sector rule (construction quality): nobody's PAR evidence")
doc("x025", "https://thuviennhadat.vn/vbpl/quyet-dinh-14-2007-qd-ubnd-chuc-nang-nhiem-vu-so-nong-nghiep-quang-nam-187520.html", "Quảng Nam", "",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n" + H + "Số: 14/2007/QĐ-UBND\nTam Kỳ, ngày 19 tháng 6 năm 2007\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG NAM\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nCăn cứ Nghị định số 171/2004/NĐ-CP ngày 29/9/2004 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, thành phố trực thuộc Trung ương;",
    ["4.1"], ["5.1"])
doc("x026", "https://luatvietnam.vn/can-bo/quyet-dinh-08-2017-qd-ubnd-212146-d2.html", "Long An", "",
    "ỦY BAN NHÂN DÂN TỈNH LONG AN\n" + H + "Số: 08/2017/QĐ-UBND\nLong An, ngày 03 tháng 3 năm 2017\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ THẨM QUYỀN QUẢN LÝ TỔ CHỨC BỘ MÁY, CÁN BỘ, CÔNG CHỨC TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH LONG AN\nỦY BAN NHÂN DÂN TỈNH LONG AN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nCăn cứ Luật Cán bộ công chức ngày 13/11/2008;\nCăn cứ Nghị định số 21/2010/NĐ-CP ngày 08/3/2010 của Chính phủ về quản lý biên chế công chức;",
    ["4.3"], ["5.2", "4.2"], "who manages what (decentralised powers over organisation and staff)")
doc("x027", "https://caselaw.vn/van-ban-phap-luat/237660-quyet-dinh-so-14-2001-qd-ub-ngay-16-03-2001-ve-phan-cap-uy-quyen-nhiem-vu-chi-dau-tu-xay-dung-co-ban-quan-ly-dau-tu-va-xay-dung-phe-duyet-cac-noi-dung-co-ban-cua-qua-trinh-dau-thau-tren-dia-ban-tinh-lam-dong-van-ban-het-hieu-luc", "Lâm Đồng",
    "Quyết định số 14/2001/QĐ-UB ngày 16/03/2001 Về phân cấp, ủy quyền nhiệm vụ chi đầu tư xây dựng cơ bản; quản lý đầu tư và xây dựng trên địa bàn tỉnh Lâm Đồng",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 14/2001/QĐ-UB\nĐà Lạt, ngày 16 tháng 3 năm 2001\nQUYẾT ĐỊNH\nV/V BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP, ỦY QUYỀN NHIỆM VỤ CHI ĐẦU TƯ XÂY DỰNG CƠ BẢN; QUẢN LÝ ĐẦU TƯ VÀ XÂY DỰNG; PHÊ DUYỆT CÁC NỘI DUNG CƠ BẢN CỦA QUÁ TRÌNH ĐẤU THẦU TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG.\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
    ["4.3"], ["6.1"])
doc("x028", "https://caselaw.vn/van-ban-phap-luat/220418-quyet-dinh-so-71-2006-qd-ubnd-ngay-13-11-2006-ve-quy-dinh-phan-cap-quan-ly-to-chuc-bien-che-va-can-bo-cong-chuc-vien-chuc-tinh-bac-giang-van-ban-het-hieu-luc", "Bắc Giang",
    "Quyết định số 71/2006/QĐ-UBND ngày 13/11/2006 Về quy định phân cấp quản lý tổ chức biên chế và cán bộ, công chức, viên chức tỉnh Bắc Giang",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 71/2006/QĐ-UBND\nBắc Giang, ngày 13 tháng 11 năm 2006\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP QUẢN LÝ TỔ CHỨC, BIÊN CHẾ VÀ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC TỈNH BẮC GIANG\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nCăn cứ Nghị định số 71/2003/NĐ-CP ngày 19/6/2003 của Chính phủ về phân cấp quản lý biên chế HCSN Nhà nước;",
    ["4.3"], ["4.2"])

if __name__ == "__main__":
    out = Path(__file__).with_name("extra.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for d in D:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{out}: {len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs "
          f"({sum(len(d['positive']) for d in D)} positive)")
