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
    ["DTI.1", "7.1"], [], "the province's party resolution on digital transformation")
doc("x012", "https://hethongphapluat.com/quyet-dinh-4216-qd-ubnd-nam-2020-ve-ke-hoach-chuyen-doi-so-tren-dia-ban-tinh-thanh-hoa-den-nam-2025-dinh-huong-den-nam-2030.html", "Thanh Hóa", "",
    "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n" + H + "Số: 4216/QĐ-UBND\nThanh Hóa, ngày 06 tháng 10 năm 2020\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH THANH HÓA ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030\nỦY BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;\nCăn cứ Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019-2020, định hướng đến năm 2025;",
    ["DTI.1", "7.1"], ["7.3"])
doc("x013", "https://thuviennhadat.vn/vbpl/ke-hoach-43-kh-ubnd-2022-phat-trien-kinh-te-so-va-xa-hoi-so-vinh-long-den-2025-517928.html", "Vĩnh Long", "",
    "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n" + H + "Số: 43/KH-UBND\nVĩnh Long, ngày 06 tháng 6 năm 2022\nKẾ HOẠCH\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH VĨNH LONG\nThực hiện Quyết định số 411/QĐ-TTg, ngày 31/3/2022 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030, UBND tỉnh ban hành Kế hoạch triển khai trên địa bàn tỉnh như sau:\nI. MỤC TIÊU\nPhát triển kinh tế số và xã hội số ... góp phần nâng cao chỉ số năng lực cạnh tranh, chỉ số cải cách hành chính cấp tỉnh, cải thiện môi trường đầu tư, kinh doanh.",
    ["DTI.1"], ["PCI.1", "1.1"], "names PCI and the CCHC index in its purpose only")
doc("x014", "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-1539-QD-UBND-2025-phe-duyet-chien-luoc-chuyen-doi-so-Tuyen-Quang-den-2030-684712.html", "Tuyên Quang",
    "Quyết định 1539/QĐ-UBND năm 2025 phê duyệt Chiến lược chuyển đổi số tỉnh Tuyên Quang đến năm 2030",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 1539/QĐ-UBND\nTuyên Quang, ngày 11 tháng 12 năm 2025\nQUYẾT ĐỊNH\nPHÊ DUYỆT CHIẾN LƯỢC CHUYỂN ĐỔI SỐ TỈNH TUYÊN QUANG ĐẾN NĂM 2030\nỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    ["DTI.1", "7.1"], [])
doc("x015", "https://sotaydangvien.quangngai.dcs.vn/hoat-dong-dang-bo-chinh-quyen/nghi-quyet-cua-ban-thuong-vu-tinh-uy-ve-chuyen-doi-so-tinh-quang-ngai-den-nam-2025-dinh-huong-den-nam-2030.html", "Quảng Ngãi",
    "Nghị quyết của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030",
    "Ngày 06/9/2023, Ban Thường vụ Tỉnh ủy khóa XX đã ban hành Nghị quyết số 13-NQ/TU về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030.\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX\nvề chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030",
    ["DTI.1", "7.1"], ["7.3"])

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
    ["4.3", "4.1"], ["5.2", "4.2"], "who manages what (decentralised powers over organisation and staff)")
doc("x027", "https://caselaw.vn/van-ban-phap-luat/237660-quyet-dinh-so-14-2001-qd-ub-ngay-16-03-2001-ve-phan-cap-uy-quyen-nhiem-vu-chi-dau-tu-xay-dung-co-ban-quan-ly-dau-tu-va-xay-dung-phe-duyet-cac-noi-dung-co-ban-cua-qua-trinh-dau-thau-tren-dia-ban-tinh-lam-dong-van-ban-het-hieu-luc", "Lâm Đồng",
    "Quyết định số 14/2001/QĐ-UB ngày 16/03/2001 Về phân cấp, ủy quyền nhiệm vụ chi đầu tư xây dựng cơ bản; quản lý đầu tư và xây dựng trên địa bàn tỉnh Lâm Đồng",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 14/2001/QĐ-UB\nĐà Lạt, ngày 16 tháng 3 năm 2001\nQUYẾT ĐỊNH\nV/V BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP, ỦY QUYỀN NHIỆM VỤ CHI ĐẦU TƯ XÂY DỰNG CƠ BẢN; QUẢN LÝ ĐẦU TƯ VÀ XÂY DỰNG; PHÊ DUYỆT CÁC NỘI DUNG CƠ BẢN CỦA QUÁ TRÌNH ĐẤU THẦU TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG.\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
    ["4.3"], ["6.1"])
doc("x028", "https://caselaw.vn/van-ban-phap-luat/220418-quyet-dinh-so-71-2006-qd-ubnd-ngay-13-11-2006-ve-quy-dinh-phan-cap-quan-ly-to-chuc-bien-che-va-can-bo-cong-chuc-vien-chuc-tinh-bac-giang-van-ban-het-hieu-luc", "Bắc Giang",
    "Quyết định số 71/2006/QĐ-UBND ngày 13/11/2006 Về quy định phân cấp quản lý tổ chức biên chế và cán bộ, công chức, viên chức tỉnh Bắc Giang",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 71/2006/QĐ-UBND\nBắc Giang, ngày 13 tháng 11 năm 2006\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP QUẢN LÝ TỔ CHỨC, BIÊN CHẾ VÀ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC TỈNH BẮC GIANG\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nCăn cứ Nghị định số 71/2003/NĐ-CP ngày 19/6/2003 của Chính phủ về phân cấp quản lý biên chế HCSN Nhà nước;",
    ["4.3", "4.1"], ["4.2"])
# --- second pass (issue 15): criteria with the fewest positives, provinces thin in the sets, and
# pages issued or relayed at another level (a department's own rules, districts, communes, rankings
# published by others) as hard negatives. Labelled while reading, before any run (committed alone).
V = "ỦY BAN NHÂN DÂN\n"

doc("x029", "http://baotayninh.vn/thoi-su-chinh-tri/su-kien/?p=3&d=", "Tây Ninh",
    "Có nhiều kết quả đáng ghi nhận",
    "Vừa qua, UBND tỉnh tổ chức hội nghị trực tuyến tổng kết công tác cải cách hành chính (CCHC), công bố chỉ số CCHC năm 2017 của các sở, ban, ngành, các huyện, thành phố, đồng thời triển khai kế hoạch CCHC năm 2018.",
    ["1.7"], ["1.3"], "the province announcing its departments' and districts' CCHC index")
doc("x030", "https://thuviennhadat.vn/vbpl/quyet-dinh-50-2019-qd-ubnd-quy-dinh-so-luong-tieu-chuan-chuc-danh-cac-phong-ban-tinh-lam-dong-429414.html", "Lâm Đồng", "",
    V + "TỈNH LÂM ĐỒNG\n" + H + "Số: 50/2019/QĐ-UBND\nLâm Đồng, ngày 22 tháng 11 năm 2019\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH SỐ LƯỢNG, TIÊU CHUẨN CHỨC DANH TRƯỞNG, PHÓ PHÒNG, BAN, CHI CỤC VÀ TƯƠNG ĐƯƠNG TRỞ XUỐNG THUỘC CÁC SỞ, BAN, NGÀNH, ỦY BAN NHÂN DÂN CÁC HUYỆN, THÀNH PHỐ THUỘC TỈNH LÂM ĐỒNG\nỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;\nCăn cứ Nghị định 24/2010/NĐ-CP ngày 15 tháng 3 năm 2010 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức;",
    ["4.1"], ["5.2"], "number of heads and deputies of the internal units (4.1.2)")
doc("x031", "http://vhttdldaklak.gov.vn/cai-cach-thu-tuc-hanh-chinh/ra-soat-danh-gia-cac-thu-tuc-hanh-chinh-tren-dia-ban-tinh-nam-2018-2422.html", "Đắk Lắk",
    "Rà soát, đánh giá các thủ tục hành chính trên địa bàn tỉnh năm 2018",
    "Ngày 29/12/2017, UBND tỉnh đã ban hành Quyết định số 3655/QĐ-UBND về ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính trên địa bàn tỉnh năm 2018. Theo đó, trên cơ sở kế hoạch được duyệt, các cơ quan, đơn vị liên quan có trách nhiệm chủ trì triển khai, phối hợp thực hiện.",
    ["3.2"], ["3.1"], "a department's site relaying the province's own plan: the province's evidence")
doc("x032", "https://baophuyen.vn/141/212722/ra-soat-thu-tuc-hanh-chinh-nam-2019.html", "Phú Yên",
    "Rà soát thủ tục hành chính năm 2019",
    "Theo kế hoạch rà soát, đánh giá thủ tục hành chính năm 2019 trên địa bàn tỉnh vừa được UBND tỉnh ban hành, sẽ tiến hành rà soát 37 thủ tục trong 13 lĩnh vực. Việc rà soát nhằm đơn giản hóa TTHC, tạo thuận lợi cho người dân và doanh nghiệp, góp phần cải thiện môi trường kinh doanh.",
    ["3.2"], ["3.1", "PCI.1"])
doc("x033", "https://hethongphapluat.com/quyet-dinh-1124-qd-ubnd-nam-2016-ve-ke-hoach-thuc-hien-nghi-quyet-19-2016-nq-cp-ve-nhiem-vu-giai-phap-chu-yeu-tiep-tuc-cai-thien-moi-truong-kinh-doanh-nang-cao-nang-luc-canh-tranh-quoc-gia-hai-nam-2016-2017-dinh-huong-den-nam-2.html", "Hưng Yên", "",
    V + "TỈNH HƯNG YÊN\n" + H + "Số: 1124/QĐ-UBND\nHưng Yên, ngày 13 tháng 06 năm 2016\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 19-2016/NQ-CP NGÀY 28/4/2016 CỦA CHÍNH PHỦ VỀ NHỮNG NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU TIẾP TỤC CẢI THIỆN MÔI TRƯỜNG KINH DOANH, NÂNG CAO NĂNG LỰC CẠNH TRANH QUỐC GIA HAI NĂM 2016 - 2017, ĐỊNH HƯỚNG ĐẾN NĂM 2020 TRÊN ĐỊA BÀN TỈNH HƯNG YÊN\nỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;",
    ["PCI.1"], ["8.2"], "the province's plan to improve the business environment")
doc("x034", "https://123doc.top/document/10200537-2020-kh-4353-ubnd-t-nh-v-k-ho-ch-cchc-n-m-2020.htm", "Quảng Nam",
    "KH 4353 UBND tỉnh về kế hoạch CCHC năm 2020",
    V + "UỶ BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020;\nXét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 2746/TTr-SNV ngày 25/12/2019,\nQUYẾT ĐỊNH:\nĐiều 1 Ban hành kèm theo Quyết định này Kế hoạch công tác cải cách hành chính năm 2020 của tỉnh Quảng Nam",
    ["1.1"], ["1.7"])
doc("x035", "https://phapluatcongdong.vn/van-ban/quyet-dinh-2165-qd-ubnd-ban-hanh-tinh-hoa-binh-nam-2017-p110299.htm", "Hòa Bình",
    "Quyết định 2165/QĐ-UBND năm 2017 về Quy chế phối hợp trong giải quyết thủ tục hành chính cho tổ chức, cá nhân tại Trung tâm Hành chính công tỉnh Hòa Bình",
    V + H + "Số: 2165/QĐ-UBND\nHòa Bình, ngày 31 tháng 10 năm 2017\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nCăn cứ Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ ban hành Quy chế thực hiện cơ chế một cửa, một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương;",
    ["3.3"], ["3.1"])
doc("x036", "https://ls1.hethongphapluat.com/quyet-dinh-28-2021-qd-ubnd-quy-dinh-ve-phan-cap-quan-ly-to-chuc-bo-may-vi-tri-viec-lam-bien-che-cong-chuc-cac-to-chuc-hanh-chinh-so-luong-nguoi-lam-viec-trong-don-vi-su-nghiep-cong-lap-thuoc-tinh-quang-nam.html", "Quảng Nam",
    "Quyết định 28/2021/QĐ-UBND quy định về phân cấp quản lý tổ chức bộ máy, vị trí việc làm, biên chế công chức, các tổ chức hành chính, số lượng người làm việc trong đơn vị sự nghiệp công lập thuộc tỉnh Quảng Nam",
    "Văn bản liên quan: Quyết định 27/2010/QĐ-UBND quy định quản lý tổ chức bộ máy, biên chế các cơ quan hành chính, đơn vị sự nghiệp thuộc tỉnh Quảng Nam; Nghị định 106/2020/NĐ-CP về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập.",
    ["4.3", "4.1"], ["4.2", "5.1"], "title-led; decentralised powers over organisation and staff (as x026)")
doc("x037", "http://www.haiphong.gov.vn/Portal/PrintItem.aspx?ContentID=22618", "Hải Phòng",
    "Kế hoạch thực hiện công tác CCHC tại huyện Thuỷ Nguyên năm 2011",
    "Thực hiện Chương trình hành động số 16-CTr/TU ngày 25/3/2008 của Ban Thường vụ Thành ủy về đẩy mạnh cải cách hành chính, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về thực hiện cải cách hành chính năm 2011. Trên cơ sở kế hoạch của Uỷ ban nhân dân huyện, đề nghị các phòng chuyên môn và UBND các xã, thị trấn tổ chức xây dựng kế hoạch thực hiện tại cơ quan, đơn vị mình.",
    [], ["1.1"], "a district's CCHC plan on the city's portal: not the city's")
doc("x038", "https://dantocmiennui.baotintuc.vn/don-vi-hanh-chinh-tag35025.html", "Sóc Trăng",
    "Hội đồng nhân dân tỉnh Sóc Trăng thông qua đề án sắp xếp còn 43 xã, phường",
    "Ngày 20/4, tại Kỳ họp thứ 32 (kỳ họp chuyên đề), HĐND tỉnh Sóc Trăng khóa X, nhiệm kỳ 2021 - 2026 đã họp, xem xét và thống nhất thông qua Nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh và cấp xã.",
    ["4.4"], ["4.1"])
doc("x039", "https://m.xosobinhdinh.org/ubnd-soc-trang.html", "Sóc Trăng",
    "UBND Sóc Trăng",
    "Năm 2021, Sóc Trăng có chỉ số hài lòng về sự phục vụ hành chính (SIPAS) đứng đầu ĐBSCL và xếp thứ 9/63 tỉnh, thành. So với năm 2020, chỉ số này của Sóc Trăng tăng 5 bậc.",
    [], ["SIPAS.2", "8.1"], "a ranking published by the ministry, relayed by a tag page")
doc("x040", "https://longphung.quangngai.gov.vn/tin-tuc/ke-hoach-cai-cach-hanh-chinh-nam-2025.html", "Quảng Ngãi",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND về kế hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã. I. MỤC ĐÍCH, YÊU CẦU: góp phần cải thiện và nâng cao chỉ số cải cách hành chính của xã; nâng cao chỉ số hài lòng của người dân.",
    [], ["1.1", "8.1"], "a commune's CCHC plan")
doc("x041", "https://hungthinh.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/ke-hoach-cai-cach-hanh-chinh-xa-hung-thinh-2025-174.html", "Đồng Nai",
    "Kế hoạch cải cách hành chính xã Hưng Thịnh 2025",
    "I. MỤC TIÊU, YÊU CẦU\n1. Mục tiêu\nXây dựng nền hành chính hiện đại, chuyên nghiệp, phục vụ tốt hơn nhu cầu của người dân và doanh nghiệp trên địa bàn xã mới sau khi sáp nhập. Cải thiện toàn diện các chỉ số đánh giá cải cách hành chính, nhất là Chỉ số PAR INDEX, PAPI, SIPAS, PCI.",
    [], ["1.1", "PAPI.1", "PCI.1"], "a commune's CCHC plan naming the indices in its purpose")
doc("x042", "https://sub.dost-dongnai.gov.vn/xuanphu/Pages/quychelamviec.aspx", "Đồng Nai",
    "Quy chế làm việc",
    V + "XÃ XUÂN PHÚ\n" + H + "QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành kèm theo Quyết định số: 59/QĐ-UBND ngày 22 tháng 7 năm 2021 của Ủy ban nhân dân xã Xuân Phú)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi, đối tượng điều chỉnh",
    [], ["4.1"], "a commune's working rules")
doc("x043", "https://text.123docz.net/document/695614-thuc-trang-phat-trien-doi-ngu-can-bo-cong-chuc-cho-cac-xa-vung-cao-tinh-yen-bai-giai-doan-2000-2007.htm", "Yên Bái",
    "THỰC TRẠNG PHÁT TRIỂN ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC CHO CÁC XÃ VÙNG CAO TỈNH YÊN BÁI GIAI ĐOẠN 2000 2007",
    "2.1. THỰC TRẠNG VỀ SỐ LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC CÁC XÃ VÙNG CAO CỦA TỈNH YÊN BÁI GIAI ĐOẠN 2000 - 2007\n2.1.1. Khái quát về điều kiện tự nhiên và kinh tế xã hội của tỉnh Yên Bái.",
    [], ["5.5", "5.2"], "a student's thesis chapter")
doc("x044", "https://hethongphapluat.vn/quyet-dinh-25-2018-qd-ubnd-quy-dinh-ve-cong-tac-dao-tao-boi-duong-can-bo-cong-chuc-vien-chuc-tinh-binh-duong.html", "Bình Dương", "",
    V + H + "Số: 25/2018/QĐ-UBND\nBình Dương, ngày 27 tháng 9 năm 2018\nBAN HÀNH QUY ĐỊNH VỀ CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC TỈNH BÌNH DƯƠNG\nỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG\nCăn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 92/2009/NĐ-CP ngày 22 tháng 10 năm 2009 của Chính phủ về chức danh, số lượng, một số chế độ, chính sách đối với cán bộ, công chức ở xã, phường, thị trấn;\nCăn cứ Nghị định số 101/2017/NĐ-CP ngày 01 tháng 9 năm 2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức;",
    ["5.4"], ["5.5"])
doc("x045", "https://123docz.net/document/1406168-cong-tac-dao-tao-boi-duong-can-bo-cong-chuc-tai-so-noi-vu-tinh-vinh-phuc.htm", "Vĩnh Phúc",
    "Công tác đào tạo bồi dưỡng cán bộ công chức tại Sở Nội vụ tỉnh Vĩnh Phúc",
    "PHẦN I: BÁO CÁO QUÁ TRÌNH THỰC TẬP\n- Tham gia sắp xếp lại hồ sơ, tài liệu theo từng mục\n- Bước đầu xây dựng đề cương báo cáo thực tập sơ lược\nSau 02 tháng thực tập tại Văn phòng Sở Nội vụ tỉnh Vĩnh Phúc, em đã thu được cho mình nhiều kinh nghiệm.",
    [], ["5.4"], "a student's internship report")
doc("x046", "https://thuvienphapluat.vn/bulletin/document.aspx?bid=3d461a6e-8cde-4ce4-98ed-897461299905&key=D0nSLey1u8TCxd97xR9ltQ%3D%3D", "Kon Tum", "",
    V + "TỈNH KON TUM\n" + H + "Số: 06/2024/QĐ-UBND\nKon Tum, ngày 25 tháng 01 năm 2024\nQUYẾT ĐỊNH\nQUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH KON TUM\nỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;",
    [], ["1.2"], "the general reporting regime, not a CCHC report")
doc("x047", "https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html", "Quảng Trị", "",
    V + H + "Số: 41/2019/QĐ-UBND\nQuảng Trị, ngày 22 tháng 10 năm 2019\nBAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;",
    [], ["1.2"], "the general reporting regime, not a CCHC report")
doc("x048", "https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/quyet-dinh-2072-qd-ubnd-2014-su-hai-long-cua-to-chuc-voi-su-phuc-vu-co-quan-hanh-chinh-khanh-hoa-347819.aspx", "Khánh Hòa", "",
    V + "TỈNH KHÁNH HÒA\n" + H + "Số: 2072/QĐ-UBND\nKhánh Hòa, ngày 12 tháng 8 năm 2014\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ KHẢO SÁT, ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC VÀ ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA\nỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nCăn cứ Quyết định số 1383/QĐ-BNV ngày 28/12/2012 của Bộ Nội vụ phê duyệt Đề án “Xây dựng phương pháp đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước”;",
    ["SIPAS.1", "8.1"], ["SIPAS.2"], "the province's own satisfaction survey rules")
doc("x049", "https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Chi-thi-08-CT-UBND-2015-tang-cuong-thuc-hien-nhiem-vu-tai-chinh-ngan-sach-Quang-Binh-284521.aspx", "Quảng Bình", "",
    "UỶ BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\n" + H + "Số: 08/CT-UBND\nQuảng Bình, ngày 25 tháng 5 năm 2015\nCHỈ THỊ\nVỀ VIỆC TĂNG CƯỜNG, CHỈ ĐẠO ĐIỀU HÀNH THỰC HIỆN NHIỆM VỤ TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC NĂM 2015\nThực hiện Nghị quyết số 01/NQ-CP ngày 03/01/2015 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu chỉ đạo điều hành thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách năm 2015;",
    ["6.1"], ["8.2"])
doc("x050", "https://sotaichinh.tayninh.gov.vn/vi/news/quy-che-quy-dinh/quy-ch-x-t-thi-ua-khen-th-ng-c-a-s-t-i-ch-nh-1514.html", "Tây Ninh",
    "Quy chế xét thi đua, khen thưởng của Sở Tài chính",
    "QUY CHẾ\nXét thi đua, khen thưởng của Sở Tài chính\n(Ban hành kèm theo Quyết định số 319/QĐ-STC-VP ngày 20/11/2018 của Giám đốc Sở Tài chính)\nI. NHỮNG QUY ĐỊNH CHUNG\n1. Đối tượng và phạm vi áp dụng\n- Công chức và người lao động hiện đang công tác tại Sở Tài chính.",
    [], ["1.5", "5.3"], "one department's internal rule")
doc("x051", "https://thuviennhadat.vn/vbpl/quyet-dinh-1602-qd-ubnd-hc-2021-theo-doi-chi-so-cai-cach-hanh-chinh-doi-voi-cac-so-dong-thap-492546.html", "Đồng Tháp", "",
    V + "TỈNH ĐỒNG THÁP\n" + H + "Số: 1602/QĐ-UBND-HC\nĐồng Tháp, ngày 21 tháng 10 năm 2021\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH ĐỀ ÁN \"PHƯƠNG PHÁP THEO DÕI ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH ĐỐI VỚI CÁC SỞ, NGÀNH TỈNH, ỦY BAN NHÂN DÂN HUYỆN, THÀNH PHỐ THUỘC TỈNH ĐỒNG THÁP GIAI ĐOẠN 2021 - 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030\"\nỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ về ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;\nCăn cứ Quyết định số 1389/QĐ-UBND-HC ngày 11 tháng 9 năm 2021 của Ủy ban nhân dân Tỉnh về ban hành Kế hoạch cải cách hành chính tỉnh Đồng Tháp giai đoạn 2021 - 2030;",
    ["1.7"], ["1.1"])
doc("x052", "https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/quyet-dinh-4440-2017-qd-ubnd-quy-dinh-quan-ly-nha-nuoc-ve-gia-thanh-hoa-369563.aspx", "Thanh Hóa", "",
    V + "TỈNH THANH HÓA\n" + H + "Số: 4440/2017/QĐ-UBND\nThanh Hóa, ngày 20 tháng 11 năm 2017\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH QUẢN LÝ NHÀ NƯỚC VỀ GIÁ TRÊN ĐỊA BÀN TỈNH THANH HÓA\nUỶ BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Giá ngày 20 tháng 6 năm 2012;",
    [], ["6.1"], "a sector rule (prices)")
doc("x053", "https://ddcilaocai.vn/tin-tuc/cai-thien-nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-cap-tinh-papi-cua-tinh-lao-cai-nam-2020/", "Lào Cai",
    "Cải thiện, nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) của tỉnh Lào Cai năm 2020",
    "Theo công bố của Trung tâm Nghiên cứu Phát triển – Hỗ trợ Cộng đồng (CECODES), Chỉ số PAPI năm 2019 được xếp làm 4 nhóm. Tải về chi tiết",
    ["PAPI.1"], [], "the province's own PAPI improvement document (attachment)")
doc("x054", "https://phapluatcongdong.com.vn/chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-cap-tinh-o-mot-so-nuoc-tren-the-gioi-va-viet-nam", None,
    "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh ở một số nước trên thế giới và Việt Nam",
    "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) là sản phẩm của hoạt động hợp tác nghiên cứu giữa Trung tâm nghiên cứu phát triển – Hỗ trợ cộng đồng và Chương trình phát triển Liên Hợp quốc (UNDP) từ năm 2009 cho tới nay.",
    [], ["PAPI.1"], "a research article")
doc("x055", "https://www.vietnamplus.vn/cong-bo-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-cap-tinh-2020/705802.vnp", None,
    "Công bố Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh 2020",
    "Báo cáo Chỉ số Hiệu quả Quản trị và Hành chính Công cấp tỉnh (PAPI) năm 2020, vừa được công bố ngày 14/4, cho thấy hiệu quả quản trị và hành chính công trong nhiệm kỳ 2016-2021 của các địa phương liên tục được cải thiện.",
    [], ["PAPI.1"], "national news of the PAPI report")
doc("x056", "https://baophapluat.vn/hanh-chinh-cong-cap-tinh-tag209793.html", "Thừa Thiên Huế",
    "Thừa Thiên Huế dẫn đầu toàn quốc về PAPI năm 2021",
    "(PLVN) - Tại hội nghị công bố Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2021 diễn ra sáng 10/5 tại Hà Nội, Thừa Thiên Huế đã vươn lên dẫn đầu toàn quốc trong bảng xếp hạng, tăng 9 bậc so với năm 2020.",
    [], ["PAPI.1"], "a ranking published by others")
doc("x057", "http://doanthanhnien.vn/tin-tuc/xay-dung-doan/thuc-trang-giai-phap-trong-qua-trinh-van-hanh-chinh-quyen-dia-phuong-2-cap-vung-dong-bang-song-hong", None,
    "Thực trạng, giải pháp trong quá trình vận hành chính quyền địa phương 2 cấp vùng đồng bằng sông Hồng",
    "Sáng ngày 29/11/2025, Học viện Thanh thiếu niên Việt Nam và Trường Đại học Thái Bình đã long trọng tổ chức Hội thảo khoa học “Vận hành chính quyền địa phương 2 cấp vùng đồng bằng sông Hồng: Thực trạng và giải pháp”.",
    [], ["4.4"], "an academic conference")
doc("x058", "https://text.123docz.net/document/8588704-luan-van-thac-si-quan-ly-doi-ngu-can-bo-cong-chuc-tai-kho-bac-nha-nuoc-tinh-lao-cai.htm", "Lào Cai",
    "Luận văn thạc sĩ quản lý đội ngũ cán bộ công chức tại kho bạc nhà nước tỉnh lào cai",
    "ĐẠI HỌC THÁI NGUYÊN\nTRƯỜNG ĐẠI HỌC KINH TẾ & QUẢN TRỊ KINH DOANH\nQUẢN LÝ ĐỘI NGŨ CÁN BỘ CÔNG CHỨC TẠI KHO BẠC NHÀ NƯỚC TỈNH LÀO CAI\nLUẬN VĂN THẠC SĨ THEO ĐỊNH HƯỚNG ỨNG DỤNG",
    [], ["5.2", "5.4"], "a thesis")
doc("x059", "https://ls1.hethongphapluat.com/quyet-dinh-232-qd-ubnd-nam-2019-cong-bo-danh-muc-thu-tuc-hanh-chinh-thuc-hien-theo-co-che-mot-cua-mot-cua-lien-thong-thuoc-tham-quyen-giai-quyet-cua-so-giao-duc-va-dao-tao-tinh-ninh-binh.html", "Ninh Bình", "",
    V + H + "Số: 232/QĐ-UBND\nNinh Bình, ngày 12 tháng 4 năm 2019\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
    ["3.1"], ["3.2"], "the province publishing a department's procedures: the province's act")
doc("x060", "https://thuviennhadat.vn/vbpl/ke-hoach-772-kh-ubnd-2020-thuc-hien-nghi-quyet-35-nq-cp-phat-trien-giao-duc-va-dao-tao-cao-bang-448105.html", "Cao Bằng", "",
    V + "TỈNH CAO BẰNG\n" + H + "Số: 772/KH-UBND\nCao Bằng, ngày 30 tháng 3 năm 2020\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 35/NQ-CP NGÀY 04/6/2019 CỦA CHÍNH PHỦ VỀ TĂNG CƯỜNG HUY ĐỘNG CÁC NGUỒN LỰC CỦA XÃ HỘI ĐẦU TƯ CHO PHÁT TRIỂN GIÁO DỤC VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH CAO BẰNG GIAI ĐOẠN 2020 - 2025\nCăn cứ Nghị quyết số 08/NQ-CP ngày 24 tháng 01 năm 2018 ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 19-NQ/TW về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập;",
    [], ["6.2", "4.1"], "a sector plan (education funding); public service units only in a citation")
doc("x061", "https://hoabinh.gov.vn/cntt-va-vien-thong?p_p_id=com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk_cur=67", "Hòa Bình",
    "9 tháng đầu năm, tỷ lệ giải quyết hồ sơ thủ tục hành chính đạt 96,6%",
    "Trong 9 tháng đầu năm 2022, các cấp, các ngành từ tỉnh đến cơ sở đã xác định nhiệm vụ cải cách hành chính là một trong những nhiệm vụ trọng tâm trong công tác chỉ đạo, điều hành. Qua đó, các cấp, các ngành đã nỗ lực phấn đấu hoàn thành tốt các mục tiêu, chỉ tiêu cải cách hành chính đề ra.",
    ["1.2"], ["3.5"], "the province's nine-month CCHC results (report news)")
doc("x062", "http://sonongnghiep.caobang.gov.vn/node/640260", "Cao Bằng",
    "Quy chế sử dụng phần mềm hệ thống quản lý văn bản và điều hành VNPT- ioffice",
    "Quy chế sử dụng phần mềm hệ thống quản lý văn bản và điều hành VNPT- ioffice",
    [], ["7.2"], "a department's own rule, on its own site (title only)")
doc("x063", "https://ls1.hethongphapluat.com/quyet-dinh-11-2015-qd-ubnd-ve-quy-che-quan-ly-su-dung-phan-mem-quan-ly-van-ban-va-dieu-hanh-trong-cac-co-quan-nha-nuoc-tinh-hungyen.html", "Hưng Yên", "",
    V + H + "Số: 11/2015/QĐ-UBND\nHưng Yên, ngày 15 tháng 07 năm 2015\nỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nCăn cứ Luật Giao dịch điện tử ngày 29 tháng 11 năm 2005;\nCăn cứ Chỉ thị số 15/CT-TTg ngày 22/5/2012 của Thủ tướng Chính phủ về việc tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng phần mềm; Quản lý văn bản và điều hành trong các cơ quan nhà nước tỉnh Hưng Yên.",
    ["7.2"], ["7.1"])
doc("x064", "https://ecpvn.com/chinh-phu-yeu-cau-trien-khai-chu-ky-so-chuyen-dung-phuc-vu-gui-nhan-van-ban-dien-tu.html", None,
    "Chính phủ yêu cầu triển khai chữ ký số chuyên dùng phục vụ gửi nhận văn bản điện tử",
    "Chính phủ yêu cầu triển khai chữ ký số chuyên dùng phục vụ gửi nhận văn bản điện tử",
    [], ["7.2"], "national news (title only)")
doc("x065", "https://hethongphapluat.vn/quyet-dinh-2208-qd-ubnd-nam-2022-quy-dinh-ve-danh-gia-xep-loai-chat-luong-can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-theo-mo-hinh-danh-gia-ket-qua-lam-viec-tai-cac-co-quan-hanh-chinh-don-vi-su-nghiep-cong-lap-thuoc-uy-ban-nhan-dan-tinh-quang-nam.html", "Quảng Nam", "",
    V + H + "Số: 2208/QĐ-UBND\nQuảng Nam, ngày 24 tháng 8 năm 2022\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG THEO MÔ HÌNH ĐÁNH GIÁ KẾT QUẢ LÀM VIỆC TẠI CÁC CƠ QUAN HÀNH CHÍNH, ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP THUỘC UBND TỈNH QUẢNG NAM\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn cứ Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 năm 2020 của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức;\nCăn cứ Quyết định số 3805/QĐ-UBND ngày 25 tháng 12 năm 2021 của UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2022;",
    ["5.3"], ["1.1"])
doc("x066", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-44-2020-QD-UBND-Quy-che-danh-gia-xep-loai-chat-luong-can-bo-tinh-Ninh-Thuan-459851.aspx", "Ninh Thuận", "",
    V + "TỈNH NINH THUẬN\n" + H + "Số: 44/2020/QĐ-UBND\nNinh Thuận, ngày 29 tháng 10 năm 2020\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC THUỘC TỈNH NINH THUẬN\nỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nCăn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;\nCăn cứ Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 năm 2020 của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức;",
    ["5.3"], ["5.2"])
doc("x067", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-4352-QD-UBND-2020-Quy-che-danh-gia-chat-luong-can-bo-trong-co-quan-Quang-Ninh-571070.aspx", "Quảng Ninh", "",
    V + "TỈNH QUẢNG NINH\n" + H + "Số: 4352/QĐ-UBND\nQuảng Ninh, ngày 20 tháng 11 năm 2020\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC TRONG CÁC CƠ QUAN HÀNH CHÍNH, ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP THUỘC ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nCăn cứ Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức;",
    ["5.3"], ["5.6"])
doc("x068", "https://plo.vn/giai-quyet-tot-hon-buc-xuc-cua-nhan-dan-post224444.html", "Hồ Chí Minh",
    "Giải quyết tốt hơn bức xúc của nhân dân",
    "Đó là một trong những nội dung đáng chú ý trong Kế hoạch triển khai các nhiệm vụ về công tác xây dựng chính quyền của Sở Tư pháp TP.HCM theo Nghị quyết 09 - Hội nghị Thành ủy TP.HCM. Bên cạnh đó, Sở Tư pháp TP sẽ tập trung tăng cường cải cách hành chính cũng như hoạt động tiếp công dân.",
    [], ["1.1", "5.4"], "one department's own plan")
doc("x069", "https://www.quanlynhanuoc.vn/2022/07/07/thao-go-nhung-vuong-mac-trong-doi-moi-co-che-tu-chu-tai-chinh-don-vi-su-nghiep-cong-lap/", None,
    "Tháo gỡ những vướng mắc trong đổi mới cơ chế tự chủ tài chính đơn vị sự nghiệp công lập",
    "(Quanlynhanuoc.vn) – Ngày 21/6/2021, Chính phủ ban hành Nghị định số 60/2021/NĐ-CP quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập. Bài viết phân tích các điểm mới và kiến nghị tháo gỡ một số vướng mắc nhằm triển khai Nghị định số 60/2021/NĐ-CP.",
    [], ["6.2"], "a research article")

# --- second pass, batch 2 (x070-x088): domain 2 (legal documents), one-stop 3.3, and more
# pages issued or relayed at another level. Labelled while reading, before any run (committed alone).
doc("x070", "https://thuviennhadat.vn/vbpl/quyet-dinh-35-2022-qd-ubnd-quy-che-phoi-hop-theo-doi-tinh-hinh-thi-hanh-phap-luat-hoa-binh-530227.html", "Hòa Bình", "",
    V + "TỈNH HÒA BÌNH\n" + H + "Số: 35/2022/QĐ-UBND\nHòa Bình, ngày 16 tháng 9 năm 2022\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH HÒA BÌNH\nỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nCăn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;",
    ["2.2"], ["2.3"])
doc("x071", "https://hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2022-ve-giam-sat-danh-gia-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-giai-doan-2021-2025-tren-dia-ban-tinh-ninh-binh.html", "Ninh Bình", "",
    V + H + "Số: 130/KH-UBND\nNinh Bình, ngày 13 tháng 7 năm 2022\nThực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, UBND tỉnh ban hành Kế hoạch giám sát, đánh giá thực hiện Chương trình trên địa bàn tỉnh Ninh Bình.",
    [], ["1.3", "2.2"], "a sector monitoring plan (poverty programme), not CCHC inspection")
doc("x072", "https://thuvienphapluat.vn/van-ban/Giao-duc/Ke-hoach-22-KH-UBND-2024-pho-bien-giao-duc-phap-luat-hoa-giai-o-co-so-chuan-tiep-can-phap-luat-Son-La-598304.aspx", "Sơn La", "",
    V + "TỈNH SƠN LA\n" + H + "Số: 22/KH-UBND\nSơn La, ngày 21 tháng 01 năm 2024\nKẾ HOẠCH\nTHỰC HIỆN CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT; HÒA GIẢI Ở CƠ SỞ; CHUẨN TIẾP CẬN PHÁP LUẬT NĂM 2024\nThực hiện Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013; Ủy ban nhân dân (UBND) tỉnh ban hành Kế hoạch công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, chuẩn tiếp cận pháp luật năm 2024 trên địa bàn tỉnh Sơn La.",
    ["2.4"], ["1.4"])
doc("x073", "https://baobinhdinh.vn/chinhtri-xahoi/2008/10/66494", "Bình Định",
    "UBND tỉnh ban hành kế hoạch kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật",
    "Ngày 2.10, UBND tỉnh đã ban hành Kế hoạch kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật (VBQPPL) của HĐND, UBND tỉnh năm 2007 và năm 2008. Đối tượng kiểm tra, rà soát và hệ thống hóa là tất cả VBQPPL do HĐND và UBND tỉnh ban hành từ ngày 1.1.2007 đến 31.12.2008.",
    ["2.3"], ["2.1", "1.3"])
doc("x074", "https://luatminhkhue.vn/quyet-dinh-31-2013-qd-ubnd-ve-quy-che-kiem-tra-va-xu-ly-van-ban-quy-pham-phap-luat-tren-dia-ban-tinh-ha-nam.aspx", "Hà Nam", "",
    "UỶ BAN NHÂN DÂN\nTỈNH HÀ NAM\n" + H + "Số: 31/2013/QĐ-UBND\nHà Nam, ngày 01 tháng 7 năm 2013\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ VỀ VIỆC KIỂM TRA VÀ XỬ LÝ VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH HÀ NAM\nUỶ BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Nghị định 40/2010/NĐ-CP ngày 12/04/2010 của Chính phủ về kiểm tra và xử lý văn bản quy phạm pháp luật;",
    ["2.3"], ["2.1"])
doc("x075", "https://tintuc.vinhlong.gov.vn/xem-chi-tiet-tin-tuc/id/222358", "Vĩnh Long",
    "",
    "Theo đó, mục đích, yêu cầu của Kế hoạch là thực hiện hiệu quả công tác rà soát văn bản quy phạm pháp luật (QPPL) của Hội đồng nhân dân, Ủy ban nhân dân để phát hiện những quy định trái pháp luật, mâu thuẫn, chồng chéo, hết hiệu lực hoặc không còn phù hợp; thực hiện hệ thống hóa văn bản QPPL để công bố danh mục văn bản quy phạm pháp luật còn hiệu lực đến ngày 31/12/2023.",
    ["2.3"], ["2.1"], "the province portal's news of its own review plan (no page title stored)")
doc("x076", "https://binhtien.thuathienhue.gov.vn/?cn=103&gd=6&tc=871", "Thừa Thiên Huế",
    "",
    "Theo Kế hoạch, các sở, ban, ngành thuộc UBND tỉnh chủ trì phối hợp với Sở Tư pháp tổ chức rà soát, lập danh mục việc sửa đổi, bổ sung hoặc ban hành mới các văn bản quy phạm pháp luật của HĐND, UBND có nội dung điều chỉnh những vấn đề thuộc chức năng, nhiệm vụ quản lý nhà nước của cơ quan mình phù hợp với quy định của Hiến pháp.",
    ["2.3"], ["2.1"], "a ward's site relaying the province's review plan: the province's evidence")
doc("x077", "https://luatminhkhue.vn/ke-hoach-47-kh-ubnd-nam-2013-tong-ra-soat--he-thong-hoa-van-ban-quy-pham-phap-luat-tren-dia-ban-tinh-thai-binh.aspx", "Thái Bình", "",
    V + "TỈNH THÁI BÌNH\n" + H + "Số: 47/KH-UBND\nThái Bình, ngày 21 tháng 08 năm 2013\nKẾ HOẠCH\nTỔNG RÀ SOÁT, HỆ THỐNG HÓA VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH THÁI BÌNH\nThực hiện Nghị định số 16/2013/NĐ-CP ngày 06 tháng 02 năm 2013 của Chính phủ về rà soát, hệ thống hóa văn bản quy phạm pháp luật; Ủy ban nhân dân tỉnh Thái Bình ban hành Kế hoạch tổng rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Thái Bình như sau:",
    ["2.3"], ["2.1"])
doc("x078", "https://hethongphapluat.com/quyet-dinh-247-qd-ubnd-ke-hoach-thuc-hien-cong-tac-xay-dung-kiem-tra-xu-ly-va-ra-soat-van-ban-quy-pham-phap-luat-tren-dia-ban-tinh-vinh-long-nam-2016.html", "Vĩnh Long", "",
    V + "TỈNH VĨNH LONG\n" + H + "Số: 247/QĐ-UBND\nVĩnh Long, ngày 29 tháng 01 năm 2016\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC XÂY DỰNG, KIỂM TRA XỬ LÝ VÀ RÀ SOÁT VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH VĨNH LONG NĂM 2016\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nCăn cứ Nghị định số 40/2010/NĐ-CP ngày 12/4/2010 của Chính phủ về kiểm tra, xử lý văn bản quy phạm pháp luật;",
    ["2.3", "2.1"], ["1.3"], "covers both building (2.1) and checking/reviewing (2.3) legal documents")
doc("x079", "https://skhdt.binhdinh.gov.vn/vi/news/quan-ly-dat-dai/binh-dinh-to-chuc-hoi-nghi-danh-gia-tinh-hinh-kinh-te-xa-hoi-thang-02-va-nhiem-vu-trong-tam-thang-3-nam-2023-tren-dia-ban-tinh-binh-dinh-568.html", "Bình Định",
    "Bình Định tổ chức hội nghị đánh giá tình hình kinh tế - xã hội tháng 02 và nhiệm vụ trọng tâm tháng 3 năm 2023",
    "Đồng chí Nguyễn Thành Hải, Giám đốc Sở Kế hoạch và Đầu tư báo cáo tóm tắt tình hình kinh tế - xã hội tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2023. Tổng thu ngân sách nhà nước 2 tháng đầu năm là 1.573,1 tỷ đồng, đạt 11,5% dự toán năm. Tình hình thực hiện nhiệm vụ công tác trọng tâm và công tác cải cách hành chính được quan tâm đẩy mạnh.",
    [], ["1.2", "6.1"], "a monthly socio-economic meeting: CCHC and the budget are mentioned only")
doc("x080", "https://kinhtemoitruong.vn/thu-tuc-hanh-chinh-cong-90272.tag", None,
    "Năm 2023 và quyết tâm tạo đột phá cải cách hành chính",
    "Kế hoạch nâng cao chất lượng chỉ đạo, điều hành công tác cải cách hành chính của các thành viên Ban Chỉ đạo cải cách hành chính của Chính phủ là tạo đột phá trong cải cách hành chính năm 2023. Việc này chắc chắn cần sự nỗ lực của các bộ, ngành địa phương.",
    [], ["1.1"], "national news (the Government's steering committee)")
doc("x081", "https://hethongphapluat.com/ke-hoach-104-kh-ubnd-8506f1496721ad11971d95bc02472e94.html", "Hưng Yên", "",
    V + "TỈNH HƯNG YÊN\n" + H + "Số: 104/KH-UBND\nHưng Yên, ngày 02 tháng 7 năm 2021\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN ĐỀ ÁN “NÂNG CAO NĂNG LỰC, HIỆU LỰC, HIỆU QUẢ GIÁM SÁT, KIỂM TRA, THANH TRA NHẰM PHÒNG NGỪA, PHÁT HIỆN, XỬ LÝ HÀNH VI VI PHẠM PHÁP LUẬT, TIÊU CỰC, THAM NHŨNG, LÃNG PHÍ TRONG DOANH NGHIỆP NHÀ NƯỚC” TRÊN ĐỊA BÀN TỈNH HƯNG YÊN GIAI ĐOẠN 2021 - 2025",
    [], ["1.3", "5.6"], "state-enterprise supervision: nobody's PAR evidence")
doc("x082", "https://hethongphapluat.vn/quyet-dinh-128-2025-qd-ubnd-ve-quy-che-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-tinh-thanh-hoa.html", "Thanh Hóa", "",
    V + "TỈNH THANH HÓA\n" + H + "Số: 128/2025/QĐ-UBND\nThanh Hóa, ngày 09 tháng 10 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA\nCăn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;\nCăn cứ Quyết định số 58/2025/QĐ-UBND ngày 27 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh về việc tổ chức lại Trung tâm Phục vụ Hành chính công tỉnh Thanh Hóa;",
    ["3.3"], ["4.1", "7.3"])
doc("x083", "https://tthc.thuathienhue.gov.vn/Content/Thutuc/chitiet.aspx?iThuTuc=14337", "Thừa Thiên Huế",
    "Thủ tục thi tuyển công chức",
    "Lĩnh vực: Trồng trọt\nCơ quan trực tiếp thực hiện TTHC: Cấp huyện\nCơ quan có thẩm quyền quyết định: Sở Nội vụ\nBước 1. Thông báo tuyển dụng và tiếp nhận Phiếu đăng ký dự tuyển công chức.",
    [], ["5.2"], "one procedure's page in the procedures database, not a recruitment")
doc("x084", "http://hethongphapluat.vn/ke-hoach-223-kh-ubnd-nam-2021-thuc-hien-de-an-doi-moi-viec-thuc-hien-co-che-mot-cua-mot-cua-lien-thong-trong-giai-quyet-thu-tuc-hanh-chinh-tren-dia-ban-tinh-ha-tinh.html", "Hà Tĩnh", "",
    V + H + "Số: 223/KH-UBND\nHà Tĩnh, ngày 30 tháng 6 năm 2021\nThực hiện Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, UBND tỉnh ban hành Kế hoạch triển khai thực hiện Đề án trên địa bàn tỉnh. Lấy người dân, doanh nghiệp làm trung tâm; sự hài lòng của người dân, doanh nghiệp là thước đo chất lượng.",
    ["3.3"], ["8.1", "3.5"])

# --- third pass (x085-x145, issue 15): thin provinces and weak criteria, labels written before any run ---
# Rule for the overlapping criteria (README): an overall provincial digital-transformation plan is DTI.1 + 7.1;
# a province's own satisfaction survey is SIPAS.1 + 8.1.
doc("x085", "http://hdnd.dongnai.gov.vn/Pages/glp-%E2%80%8Bbanhanhkehoachcaicachhanhchin-glpnd-34239-glpnc-4-glpsite-1.html", "Đồng Nai",
    "Ban hành kế hoạch cải cách hành chính",
    "Mục tiêu của kế hoạch là xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu quả, liêm chính, phục vụ nhân dân, tập trung vào 06 nội dung cốt lõi: cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công và xây dựng, phát triển chính quyền điện tử, chính quyền số. Cải thiện kết quả đánh giá Chỉ số cải cách hành chính và các chỉ số PAPI, SIPAS, PCI.",
    ["1.1"], ["PAPI.1", "PCI.1"], "the province's CCHC plan relayed by the council's site; the indices are only its purpose")
doc("x086", "https://www.quanlynhanuoc.vn/2025/03/25/thuc-tien-xay-dung-chinh-quyen-so-tai-tinh-bac-kan-hien-nay", "Bắc Kạn",
    "Thực tiễn xây dựng chính quyền số tại tỉnh Bắc Kạn hiện nay",
    "TS. Trần Thị Huyền Trang, Học viện Chính sách và phát triển; ThS. Nguyễn Hải Yến, Trường Chính trị tỉnh Bắc Kạn.\n(Quanlynhanuoc) – Tỉnh Bắc Kạn cũng đã nỗ lực trong xây dựng chương trình, kế hoạch trong phát triển chính quyền số. Từ khóa: Chuyển đổi số, chính phủ số, chính quyền số, tỉnh Bắc Kạn.",
    [], ["7.1", "DTI.1"], "a research article")
doc("x087", "https://thuvienphapluat.vn/bulletin/document.aspx?bid=39318bed-8817-4e65-8d76-b213e8ec80ad&key=cH7J0aQLe0gR29WQZA5pTQ%3D%3D", "Quảng Ngãi", "",
    V + "TỈNH QUẢNG NGÃI\n" + H + "Số: 38/KH-UBND\nQuảng Ngãi, ngày 20 tháng 02 năm 2024\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 13-NQ/TU NGÀY 06/9/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX VỀ CHUYỂN ĐỔI SỐ TỈNH QUẢNG NGÃI ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030\nI. MỤC TIÊU\na) Về chuyển đổi số trong hoạt động của các cơ quan Đảng, Nhà nước: các cơ sở dữ liệu dùng chung, nền tảng số được kết nối, chia sẻ trên toàn tỉnh.",
    ["DTI.1", "7.1"], ["7.3"], "the province's overall digital-transformation plan")
doc("x088", "https://shrc.agu.edu.vn/?q=vi/node/270", None,
    "Công bố chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2016",
    "Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng, Trung tâm Bồi dưỡng cán bộ và Nghiên cứu khoa học Mặt trận Tổ quốc Việt Nam và Chương trình Phát triển Liên hiệp quốc tại Việt Nam vừa công bố Chỉ số PAPI năm 2016.",
    [], ["PAPI.1"], "a university page relaying the national ranking")
doc("x089", "https://www.nongthonvaphattrien.vn/c/ts-le-thanh-y?page=8", None,
    "TS. Lê Thành Ý: Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam",
    "Chỉ số PAPI là công cụ người dân tham gia giám sát hiệu quả của chính quyền trong thực thi chính sách đến cơ sở. PAPI đo lường 8 nội dung.",
    [], ["PAPI.1"], "an expert's article")
doc("x090", "https://thvl.vn/chuyen-de-thvl/chuyen-hom-nay-phan-tich-pci-2019-cua-vung-dbscl/", None,
    "Chuyện hôm nay: Phân tích PCI 2019 của vùng ĐBSCL",
    "Kết quả điều tra chỉ số năng lực cạnh tranh cấp tỉnh – PCI 2019 cho thấy, điểm số trung bình PCI của vùng ĐBSCL tiếp tục được cải thiện.",
    [], ["PCI.1"], "regional television analysis of VCCI's ranking")
doc("x091", "https://cand.com.vn/tag/Sun-Group-32273/", None,
    "Năng lực cạnh tranh cấp tỉnh phản ánh bức tranh kinh tế tươi sáng",
    "Ngày 5-5, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) công bố báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2019 dựa trên khảo sát gần 12.500 doanh nghiệp.",
    [], ["PCI.1", "8.2"], "national news of VCCI's ranking")
doc("x092", "https://runsystem.net/vi/2024/04/26/xac-thuc-cccd-gan-chip-va-nhung-thong-tin-can-biet-tu-de-06-cp", None,
    "Xác thực CCCD gắn chip và những thông tin cần biết từ Đề án 06/CP",
    "Ngày 06/01/2022, Thủ tướng Chính phủ ban hành Quyết định số 06/QĐ-TTg phê duyệt Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06/CP).",
    [], ["7.4", "DTI.1"], "a software company's blog")
doc("x093", "http://dienbien.gov.vn/portal/pages/print.aspx?p=26907", "Điện Biên",
    "Báo cáo tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2018; Kế hoạch phát triển kinh tế - xã hội năm 2019, tỉnh Điện Biên",
    "PHẦN THỨ NHẤT\nTÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI, ĐẢM BẢO QUỐC PHÒNG - AN NINH NĂM 2018\nNăm 2018, là năm thứ 3 thực hiện nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII và Kế hoạch 5 năm 2016-2020.",
    [], ["1.2", "1.1"], "the socio-economic report, not a CCHC report or plan")
doc("x094", "http://dienbiendpi.gov.vn/TinTuc/View/Tinh-hinh-kinh-te---xa-hoi-thang-8-va-8-thang-nam-2023", "Điện Biên",
    "Tình hình kinh tế - xã hội tháng 8 và 8 tháng năm 2023",
    "Tình hình kinh tế - xã hội tháng 8 và 8 tháng đầu năm trên địa bàn tỉnh tiếp tục đạt được một số kết quả nổi bật. Công tác cải cách hành chính tiếp tục được cải thiện.",
    [], ["1.2"], "a department's monthly socio-economic bulletin")
doc("x095", "https://luatminhkhue.vn/quyet-dinh-55-2007-qd-ubnd-ve-ke-hoach-hanh-dong-vi-su-tien-bo-phu-nu-tinh-ninh-thuan-giai-doan-2006---2010.aspx", "Ninh Thuận", "",
    V + "TỈNH NINH THUẬN\n" + H + "Số: 55/2007/CT-UBND\nPhan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN GIAI ĐOẠN 2006 - 2010",
    [], ["1.1"], "a provincial action plan on another subject")
doc("x096", "https://baogialai.com.vn/giam-sat-cai-cach-hanh-chinh-tag90821.html", "Gia Lai",
    "Triển khai giám sát cải cách hành chính",
    "(GLO)- Chiều 13-3, tại phòng họp HĐND tỉnh, Phó Chủ tịch Thường trực HĐND tỉnh đã chủ trì cuộc họp triển khai kế hoạch giám sát về cải cách hành chính trên địa bàn tỉnh năm 2016.",
    [], ["1.3"], "the council's oversight, not the executive's CCHC inspection")
doc("x097", "https://www.quanlynhanuoc.vn/2022/06/27/son-la-khong-ngung-no-luc-tung-buoc-tang-diem-chi-so-sipas/", "Sơn La",
    "Sơn La không ngừng nỗ lực, từng bước tăng điểm chỉ số SIPAS",
    "(Quanlynhanuoc.vn) – Những năm qua, tỉnh Sơn La không ngừng nỗ lực để từng bước tăng điểm chỉ số SIPAS. Năm 2021, chỉ số SIPAS của tỉnh Sơn La đạt 90,13%, đứng thứ 6/63 tỉnh, thành phố.",
    [], ["SIPAS.2", "8.1"], "a journal article on the ministry's published result")
doc("x098", "https://susta.vn/da-chieu/chi-so-cchc-va-chi-so-hai-long-sipas-2022-cua-tinh-son-la-25445", "Sơn La",
    "Chỉ số CCHC và Chỉ số Hài lòng Sipas 2022 của tỉnh Sơn La",
    "Chỉ số CCHC năm 2022 của tỉnh giảm nhẹ, gần 1 điểm % so với năm 2021. Chỉ số Sipas giảm khá sâu, từ 90,30% (2021) xuống 82,18%. Sáng ngày 19/4/2023, Ban chỉ đạo CCHC nhà nước đã tổ chức công bố kết quả chỉ số CCHC và Chỉ số hài lòng (Sipas) năm 2022.",
    [], ["SIPAS.2", "1.7"], "an association's article on the ministry's ranking")
doc("x099", "https://hethongphapluat.vn/ke-hoach-7384-kh-ubnd-e82cb3976fa2b73999a590ff7a868121.html", "Quảng Nam", "",
    V + H + "Số: 7384/KH-UBND\nQuảng Nam, ngày 30 tháng 10 năm 2023\nKẾ HOẠCH\nTHỰC HIỆN CÁC MÔ HÌNH TRIỂN KHAI, NHIỆM VỤ TẠI ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ PHỤC VỤ CHUYỂN ĐỔI SỐ QUỐC GIA GIAI ĐOẠN 2022-2025, TẦM NHÌN ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH",
    ["7.4"], ["DTI.1"], "Đề án 06 models; 'chuyển đổi số quốc gia' is in the project's name")
doc("x100", "https://hethongphapluat.com/ke-hoach-145-kh-ubnd-nam-2022-trien-khai-quyet-dinh-06-qd-ttg-phe-duyet-de-an-phat-trien-ung-dung-du-lieu-ve-dan-cu-dinh-danh-va-xac-thuc-dien-tu-phuc-vu-chuyen-doi-so-quoc-gia-giai-doan-2022-2025-tam-nhin-den-nam-2030-tren-dia-ban-tinh-an-giang.html", "An Giang", "",
    V + H + "Số: 145/KH-UBND\nAn Giang, ngày 18 tháng 3 năm 2022\nCăn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ về phê duyệt Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, Uỷ ban nhân dân tỉnh An Giang xây dựng Kế hoạch triển khai thực hiện: (1) Phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến.",
    ["7.4"], ["7.3", "DTI.1"])
doc("x101", "https://ls1.hethongphapluat.com/quyet-dinh-1356-qd-ubnd-nam-2010-ve-chuong-trinh-hanh-dong-nang-cao-chi-so-nang-luc-canh-tranh-pci-tinh-ninh-thuan-giai-doan-2010-2015.html", "Ninh Thuận", "",
    V + H + "Số: 1356/QĐ-UBND\nPhan Rang-Tháp Chàm, ngày 19 tháng 8 năm 2010\nỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nXét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại công văn số 1590/SKHĐT-HTĐN ngày 13 tháng 8 năm 2010,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình hành động nâng cao chỉ số năng lực cạnh tranh (PCI) tỉnh Ninh Thuận giai đoạn 2010 - 2015.",
    ["PCI.1"], ["8.2"])
doc("x102", "http://doanhnghiephue.com.vn/News.aspx?ArticleID=2796", "Thừa Thiên Huế",
    "Kế hoạch nâng hạng Chỉ số năng lực cạnh tranh cấp tỉnh năm 2019",
    "Ngày 10/6/2019, UBND tỉnh ban hành Kế hoạch số 140/KH-UBND về việc nâng hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2019 nhằm tiếp tục cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh theo Nghị quyết số 02/NQ-CP ngày 01/01/2019 của Chính phủ.",
    ["PCI.1"], ["8.2"], "the province's PCI plan relayed by a business portal")
doc("x103", "https://www.quangnam247.com/2019/10/bao-can-quang-nam-cai-thien-chi-so-nang.html", "Quảng Nam",
    "Quảng Nam cải thiện chỉ số năng lực cạnh tranh cấp tỉnh",
    "UBND tỉnh Quảng Nam vừa ký quyết định ban hành 'Kế hoạch cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh - PCI Quảng Nam năm 2019 và năm 2020'. Theo đó, mục tiêu trong năm 2019 là phấn đấu 10 chỉ số thành phần PCI của tỉnh đều có sự cải thiện so với năm 2018.",
    ["PCI.1"], ["8.2"])
doc("x104", "https://thuviennhadat.vn/vbpl/quyet-dinh-15-2014-qd-ubnd-hoat-dong-cua-can-bo-dau-moi-kiem-soat-thu-tuc-hanh-chinh-ninh-binh-249754.html", "Ninh Bình", "",
    V + "TỈNH NINH BÌNH\n" + H + "Số: 15/2014/QĐ-UBND\nNinh Bình, ngày 28 tháng 05 năm 2014\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA HỆ THỐNG CÁN BỘ ĐẦU MỐI THỰC HIỆN NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH NINH BÌNH\nCăn cứ Thông tư số 05/2014/TT-BTP ngày 07/02/2014 của Bộ trưởng Bộ Tư pháp hướng dẫn công bố, niêm yết thủ tục hành chính;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong việc thực hiện công bố, công khai thủ tục hành chính trên địa bàn tỉnh Ninh Bình.",
    ["3.1"], [])
doc("x105", "https://vpubnd.laichau.gov.vn/tin-tuc-su-kien/chuyen-de/cai-cach-hanh-chinh/ke-hoach-chuyen-doi-so-cua-van-phong-ubnd-tinh-nam-2026.html", "Lai Châu",
    "Kế hoạch chuyển đổi số của Văn phòng UBND tỉnh năm 2026",
    "Ngày 24/10/2025, Văn phòng UBND tỉnh Lai Châu ban hành Kế hoạch số 1371/KH-VPUBND chuyển đổi số của Văn phòng UBND tỉnh năm 2026. Theo đó, thực hiện Quyết định số 983/QĐ-UBND ngày 04/08/2022 của Ủy ban nhân dân tỉnh Lai Châu phê duyệt Đề án Chuyển đổi số tỉnh Lai Châu, Văn phòng UBND tỉnh xây dựng Kế hoạch Chuyển đổi số năm 2026.",
    [], ["DTI.1", "7.1"], "one office's own plan, not the province's")
doc("x106", "https://tienphong.vn/lai-chau-nang-cao-toan-dien-chat-luong-dich-vu-cong-lay-su-hai-long-cua-nguoi-dan-doanh-nghiep-lam-thuoc-do-post1805357.tpo", "Lai Châu",
    "Lai Châu nâng cao toàn diện chất lượng dịch vụ công: Lấy sự hài lòng của người dân, doanh nghiệp làm thước đo",
    "Tỉnh Lai Châu đang quyết liệt triển khai Kế hoạch số 5913/KH-UBND về nâng cao chất lượng cung cấp dịch vụ công trực tuyến, ban hành ngày 2/10/2025. Trọng tâm của kế hoạch là tập trung toàn bộ dịch vụ công trực tuyến của tỉnh trên Cổng Dịch vụ công quốc gia.",
    ["7.3"], ["8.1", "SIPAS.1"], "news of the province's online-services plan; satisfaction only in the headline")
doc("x107", "https://thuviennhadat.vn/vbpl/cong-van-4336-btttt-thh-2021-ket-noi-du-lieu-giua-cac-he-thong-thong-tin-co-so-du-lieu-492743.html", None, "",
    "Kính gửi: Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ; UBND các tỉnh, thành phố trực thuộc Trung ương.\nCăn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ về Quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước;\nBộ Thông tin và Truyền thông trân trọng đề nghị Quý Cơ quan ưu tiên, tập trung đẩy mạnh triển khai kết nối, chia sẻ dữ liệu phục vụ chuyển đổi số.",
    [], ["7.1", "DTI.1"], "a ministry letter (4336/BTTTT-THH)")
doc("x108", "https://lingo.vn/luat/van_ban_phap_quy/1714072514068148", None,
    "Quyết định 6085/QĐ-BYT 2019 kiến trúc Chính phủ điện tử Bộ Y tế phiên bản 2.0", "",
    [], ["7.1"], "a ministry's e-government architecture (title only)")
doc("x109", "http://bandantoc.thainguyen.gov.vn/-/ban-hanh-chi-so-va-quy-inh-anh-gia-xep-hang-cai-cac-hanh-chinh-cchc-tren-ia-ban-tinh-thai-nguyen", "Thái Nguyên",
    "Ban hành Chỉ số và quy định đánh giá, xếp hạng cải cách hành chính (CCHC) trên địa bàn tỉnh Thái Nguyên",
    "Ngày 27/11, UBND tỉnh đã có Quyết định số 3845/QĐ-UBND về việc ban hành Chỉ số và quy định đánh giá, xếp hạng CCHC năm 2019 của các cơ quan, đơn vị, địa phương thuộc tỉnh Thái Nguyên. Đối tượng áp dụng gồm các sở, ban, ngành thuộc UBND tỉnh; UBND các huyện, thành phố, thị xã.",
    ["1.7"], ["1.1"], "the province's decision relayed by a department's site")
doc("x110", "https://www.tapchicongsan.org.vn/web/guest/nam-dinh", "Nam Định",
    "Chỉ số cải cách hành chính của tỉnh Nam Định năm 2021 tăng 7 bậc",
    "TCCS - Xác định cải cách hành chính là một trong những nhiệm vụ trọng tâm của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX đã coi công tác cải cách hành chính là 1 trong 3 khâu đột phá.",
    [], ["1.7", "1.1"], "a journal's article on the ministry's ranking of the province")
doc("x111", "https://hethongphapluat.com/quyet-dinh-3023-qd-ubnd-nam-2019-phe-duyet-chuong-trinh-phat-trien-do-thi-tinh-nam-dinh-den-nam-2025-tam-nhin-den-nam-2030.html", "Nam Định", "",
    V + "TỈNH NAM ĐỊNH\n" + H + "Số: 3023/QĐ-UBND\nNam Định, ngày 31 tháng 12 năm 2019\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN ĐÔ THỊ TỈNH NAM ĐỊNH ĐẾN NĂM 2025, TẦM NHÌN ĐẾN NĂM 2030\nCăn cứ Nghị quyết số 1211/2016/UBTVQH ngày 25/5/2016 của Quốc hội về tiêu chuẩn của đơn vị hành chính và phân loại đơn vị hành chính;",
    [], ["4.4"], "urban development programme; cites the standards of administrative units")
doc("x112", "https://sotaydangvien.haugiang.dcs.vn/danh-muc/hau-giang-tren-duong-phat-trien/hau-giang-tren-duong-pt/huong-dan-cong-tac-tuyen-truyen-quy-hoach-tinh-hau-giang-thoi-ky-2021-2030-tam-nhin-den-nam-2050.html", "Hậu Giang",
    "Hướng dẫn công tác tuyên truyền Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
    "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức, ý thức trách nhiệm của cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội về ý nghĩa, tầm quan trọng của việc lập và triển khai thực hiện Quy hoạch tỉnh Hậu Giang.",
    [], ["1.4"], "party guidance on communicating the master plan, not CCHC communication")
doc("x113", "https://www.lingo.vn/luat/van_ban_ubnd/1711317641995465", "Nghệ An",
    "Quyết định 4207/QĐ-UBND Nghệ An 2023 TTHC lĩnh vực nuôi con nuôi", "",
    ["3.1"], [], "a decision publishing procedures (title only)")
doc("x114", "https://nhansu.vn/van-ban-phap-luat/Chi-thi-18-CT-UBND-2025-tang-cuong-ky-cuong-ky-luat-hanh-chinh-Hue-687410.html", "Thừa Thiên Huế",
    "Chỉ thị 18/CT-UBND năm 2025 tăng cường kỷ cương, kỷ luật hành chính; nâng cao hiệu quả, hiệu lực hoạt động bộ máy quản lý nhà nước trên địa bàn thành phố Huế",
    V + H + "Số: 18/CT-UBND\nHuế, ngày 29 tháng 12 năm 2025\nCHỈ THỊ\nTĂNG CƯỜNG KỶ CƯƠNG, KỶ LUẬT HÀNH CHÍNH; NÂNG CAO HIỆU QUẢ, HIỆU LỰC HOẠT ĐỘNG BỘ MÁY QUẢN LÝ NHÀ NƯỚC TRÊN ĐỊA BÀN THÀNH PHỐ\nThành phố Huế chính thức trở thành thành phố trực thuộc Trung ương từ ngày 01/01/2025 và áp dụng mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025.",
    ["5.6"], ["4.4"], "names the two-level local government only as background")
doc("x115", "https://baobinhphuoc.com.vn/news/9/123958/tang-cuong-ky-luat-ky-cuong-hanh-chinh-gan-voi-phong-chong-covid-19", "Bình Phước",
    "Tăng cường kỷ luật, kỷ cương hành chính gắn với phòng, chống Covid-19",
    "Theo đó, Chủ tịch UBND tỉnh yêu cầu: Thủ trưởng các cơ quan, đơn vị tổ chức quán triệt cán bộ, công nhân viên chức người lao động thực hiện nghiêm Chỉ thị số 18/CT-UBND ngày 29-12-2016 của Chủ tịch UBND tỉnh; Công văn số 1837/UBND-NC ngày 12-6-2020 của UBND tỉnh về tăng cường chấn chỉnh kỷ luật, kỷ cương hành chính.",
    ["5.6"], [])
doc("x116", "https://baobinhphuoc.com.vn/news/9/67638/nghiem-cam-can-bo-cong-chuc-uong-ruou-bia-trong-gio-lam-viec", "Bình Phước",
    "Nghiêm cấm cán bộ, công chức uống rượu, bia trong giờ làm việc",
    "Công văn của Chủ tịch UBND tỉnh lưu ý đến vấn đề đạo đức, văn hóa giao tiếp của cán bộ, công chức, viên chức; nghiêm cấm uống rượu, bia trong giờ làm việc. Bộ phận tiếp nhận và trả kết quả của cơ quan, đơn vị phải đảm bảo trực thường xuyên trong giờ làm việc.",
    ["5.6"], ["3.3"], "names the one-stop desk only as a workplace")
doc("x117", "https://ls1.hethongphapluat.com/quyet-dinh-63-2006-qd-ubnd-quy-dinh-ve-hoat-dong-cua-cong-bao-do-tinh-binh-thuan-ban-hanh.html", "Bình Thuận", "",
    V + H + "Số: 63/2006/QĐ-UBND\nPhan Thiết, ngày 26 tháng 7 năm 2006\nBAN HÀNH QUY ĐỊNH VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03/12/2004;\nCăn cứ Nghị định số 104/2004/NĐ-CP ngày 23/3/2004 của Chính phủ về Công báo;",
    [], ["2.1"], "the official gazette's rules; cites the law on legal documents")
doc("x118", "https://ls1.hethongphapluat.com/quyet-dinh-02-2011-qd-ubnd-quy-dinh-trinh-tu-thu-tuc-xay-dung-ban-hanh-van-ban-quy-pham-phap-luat-thuoc-tham-quyen-cua-uy-ban-nhan-dan-tinh-tuyen-quang.html", "Tuyên Quang", "",
    "UỶ BAN NHÂN DÂN\n" + H + "Số: 02/2011/QĐ-UBND\nTuyên Quang, ngày 18 tháng 3 năm 2011\nUỶ BAN NHÂN DÂN TỈNH\nCăn cứ Nghị định số 40/2010/NĐ-CP ngày 12 tháng 4 năm 2010 của Chính phủ về kiểm tra và xử lý văn bản quy phạm pháp luật;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Ban hành kèm theo Quyết định này Quy định trình tự, thủ tục xây dựng, ban hành văn bản quy phạm pháp luật thuộc thẩm quyền của Uỷ ban nhân dân tỉnh Tuyên Quang.",
    ["2.1"], ["3.2", "2.3"])
doc("x119", "https://123docz.net/document/4702460-636240437966880000-quy-che-ql-sd-chu-ky-so-vaas-chuan.htm", None, "",
    "BỘ NÔNG NGHIỆP & PTNT\nVIỆN KHOA HỌC NÔNG NGHIỆP VIỆT NAM\nSố: 105/QĐ-KHNN-TT\nHà Nội, ngày 28 tháng 02 năm 2017\nQUYẾT ĐỊNH\nBan hành Quy chế về việc quản lý, sử dụng chữ ký số, chứng thư số của Viện Khoa học Nông nghiệp Việt Nam",
    [], ["7.2"], "a national institute's own rules")
doc("x120", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-10-2017-QD-UBND-quan-ly-su-dung-chu-ky-so-chung-thu-so-chuyen-dung-Quang-Tri-356290.aspx?ac=emails", "Quảng Trị", "",
    V + "TỈNH QUẢNG TRỊ\n" + H + "Số: 10/2017/QĐ-UBND\nQuảng Trị, ngày 21 tháng 07 năm 2017\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ VÀ SỬ DỤNG CHỮ KÝ SỐ, CHỨNG THƯ SỐ CHUYÊN DÙNG TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\nCăn cứ Luật An toàn thông tin mạng ngày 19/11/2015;\nCăn cứ Luật Công nghệ thông tin ngày 29/6/2006;",
    ["7.2"], ["7.1"])
doc("x121", "https://binhduong.gov.vn/thong-tin-tuyen-truyen/2025/04/505-ra-soat-don-gian-hoa-thu-tuc-hanh-chinh-noi-bo-trong-cac-co-quan-hanh-chinh-nha-nuoc-nam-2025", "Bình Dương",
    "Rà soát, đơn giản hóa thủ tục hành chính nội bộ trong các cơ quan hành chính nhà nước năm 2025",
    "Kế hoạch nhằm rà soát, đánh giá thủ tục hành chính nội bộ giữa cơ quan hành chính Nhà nước với nhau; đảm bảo nguyên tắc cắt giảm tối đa chi phí tuân thủ TTHC. Trung tâm Phục vụ hành chính công tỉnh tiếp nhận, rà soát, đánh giá độc lập và báo cáo kết quả theo từng lĩnh vực.",
    ["3.2"], ["3.3"], "the province's review plan; the service centre only assesses")
doc("x122", "https://phunuvietnam.vn/cap-tinh.html", None,
    "Bộ Nội vụ trình Chính phủ Đề án sắp xếp đơn vị hành chính cấp tỉnh năm 2025",
    "Theo Bộ Nội vụ, toàn bộ 23/23 đơn vị hành chính cấp tỉnh hình thành sau sắp xếp đã đạt định hướng tiêu chuẩn của đơn vị hành chính cấp tỉnh theo quy định tại Điều 4 Nghị quyết số 76/2025/UBTVQH15.",
    [], ["4.4"], "national news of the ministry's scheme")
doc("x123", "https://luatsubaoho.com/phapluat/phuong-an-sap-xep-don-vi-hanh-chinh-cap-huyen-xa-cua-cac-tinh-thanh/", None,
    "Phương án sắp xếp đơn vị hành chính cấp huyện, xã của các tỉnh, thành",
    "Theo thống kê của Bộ Nội vụ, có 42/63 tỉnh, thành thuộc diện sắp xếp lại các đơn vị hành chính cấp huyện và cấp xã.",
    [], ["4.4"], "a law firm's summary")
doc("x124", "https://baotainguyenmoitruong.vn/sap-xep-don-vi-hanh-chinh-ptag.html", None,
    "sắp xếp đơn vị hành chính",
    "Chủ tịch Quốc hội Trần Thanh Mẫn đã ký ban hành các Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính giai đoạn 2023 - 2025 đối với 13 tỉnh, thành phố.",
    [], ["4.4"], "national news of the Standing Committee's resolutions")
doc("x125", "https://truongleduan.quangtri.gov.vn/vi/hoat-dong-khoa-hoc/savefile/Nghien-cuu-trao-doi/thuc-tien-cong-tac-sap-xep-don-vi-hanh-chinh-cap-huyen-cap-xa-tren-dia-ban-tinh-quang-tri-368.html", "Quảng Trị",
    "Thực tiễn công tác sắp xếp đơn vị hành chính cấp huyện, cấp xã trên địa bàn tỉnh Quảng Trị",
    "ThS. Lê Thị Huyền, Khoa Nhà nước và pháp luật, Trường Chính trị Lê Duẩn. Tại tỉnh Quảng Trị, Ban Thường vụ Tỉnh ủy, HĐND tỉnh, UBND tỉnh đã ban hành các văn bản làm cơ sở để địa phương thực hiện thống nhất.",
    [], ["4.4"], "a research article of the provincial political school")
doc("x126", "https://thuvienphapluat.vn/van-ban/Dau-tu/Quyet-dinh-1463-QD-UBND-2019-xay-dung-bo-chi-so-danh-gia-nang-luc-canh-tranh-tinh-Dak-Nong-427486.aspx?tab=3", "Đắk Nông", "",
    V + "TỈNH ĐẮK NÔNG\n" + H + "Số: 1463/QĐ-UBND\nĐắk Nông, ngày 30 tháng 8 năm 2019\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN XÂY DỰNG VÀ TRIỂN KHAI BỘ CHỈ SỐ ĐÁNH GIÁ NĂNG LỰC CẠNH TRANH CẤP SỞ, BAN, NGÀNH VÀ ĐỊA PHƯƠNG (DDCI) TRÊN ĐỊA BÀN TỈNH ĐẮK NÔNG NĂM 2019 VÀ CÁC NĂM TIẾP THEO\nCăn cứ Quyết định số 475/QĐ-UBND ngày 24/3/2017 của UBND tỉnh Đắk Nông, về việc phê duyệt Đề án nâng cao năng lực cạnh tranh cấp tỉnh (PCI) tỉnh Đắk Nông giai đoạn 2016 - 2020;",
    ["PCI.1"], ["1.7"], "DDCI: the province's tool to improve its PCI, not its CCHC index of departments")
doc("x127", "https://balocco.net/la-gi/papi-la-gi", None,
    "PAPI Là Gì? Chỉ Số Hiệu Quả Quản Trị Cấp Tỉnh",
    "Bài viết này sẽ giải đáp câu hỏi “Papi Là Gì?” và khám phá những đóng góp quan trọng của chỉ số này trong việc cải cách hành chính công.",
    [], ["PAPI.1"], "an explainer blog")
doc("x128", "https://sonoivu.tayninh.gov.vn/vi/news/cai-cach-hanh-chinh/page-11", "Tây Ninh", "",
    "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ; trên cơ sở đánh giá kết quả cải cách hành chính năm 2011, UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2012 theo Quyết định số 310/QĐ-UBND ngày 21/02/2012. Qua một năm tổ chức triển khai, tích cực chỉ đạo, điều hành thực hiện, UBND tỉnh Tây Ninh báo cáo kết quả chủ yếu của công tác cải cách hành chính năm 2012 trên địa bàn tỉnh như sau:",
    ["1.2"], ["1.1"], "the province's annual CCHC report; the year's plan is its starting point")
doc("x129", "https://baoninhbinh.org.vn/s/s%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5?page=8", "Ninh Bình",
    "Sở Nội vụ: Học Bác trong cải cách hành chính",
    "Sở Nội vụ được UBND tỉnh giao phối hợp với Sở Tư pháp triển khai 1 trong 4 nội dung về cải cách thủ tục hành chính, đó là việc thực hiện cơ chế một cửa, cơ chế một cửa liên thông trên địa bàn tỉnh.",
    [], ["3.3"], "a department's emulation story")
doc("x130", "http://quochoitv.vn/Videos/thoi-su/2019/8/son-la-cai-cach-hanh-chinh-huong-den-su-hai-long-cua-nguoi-dan/265875", "Sơn La",
    "Sơn La cải cách hành chính hướng đến sự hài lòng của người dân",
    "Năm 2018, Sơn La là tỉnh đứng đầu cả nước về chỉ số SIPAS, đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
    [], ["SIPAS.2", "8.1"], "television news of the ministry's ranking")
doc("x131", "https://docbao.vn/tags/sap-nhap-so", None,
    "sáp nhập sở-Bộ trưởng Nội vụ giải thích lý do tạm dừng sáp nhập sở", "",
    [], ["4.1"], "a national news tag page")
doc("x132", "http://luongkhanhthien.ngoquyen.gov.vn/cai-cach-hanh-chinh/-/view_content/440775-ke-hoach-dieu-tra-xa-hoi-hoc-phuc-vu-xac-dinh-chi-so-cai-cach-hanh-chinh.html", "Hải Phòng",
    "Kế hoạch điều tra xã hội học, phục vụ xác định chỉ số cải cách hành chính",
    "Ngày 20/03/2015, UBND thành phố đã ban hành kế hoạch điều tra xã hội học. Kế hoạch nhằm thu thập, phân tích, tổng hợp thông tin phục vụ xác định chỉ số cải cách hành chính năm 2014 của các Sở, ban, ngành, UBND các quận, huyện trên địa bàn thành phố.",
    ["8.3"], ["SIPAS.1"], "the city's survey plan relayed by a ward's site (as x001)")
doc("x133", "https://vanbanphapluat.co/quyet-dinh-2819-qd-ubnd-2019-tieu-chuan-su-dung-xe-o-to-chuyen-dung-tinh-thua-thien-hue", "Thừa Thiên Huế",
    "Quyết định 2819/QĐ-UBND năm 2019 về tiêu chuẩn, định mức sử dụng xe ô tô chuyên dùng các cơ quan, đơn vị thuộc phạm vi quản lý trên địa bàn tỉnh Thừa Thiên Huế",
    V + "TỈNH THỪA THIÊN HUẾ\n" + H + "Số: 2819/QĐ-UBND\nThừa Thiên Huế, ngày 01 tháng 11 năm 2019\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH TIÊU CHUẨN, ĐỊNH MỨC SỬ DỤNG XE Ô TÔ CHUYÊN DÙNG CHO CÁC CƠ QUAN, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ\nCăn cứ Nghị định số 04/2019/NĐ-CP ngày 11/01/2019 của Chính phủ quy định tiêu chuẩn, định mức sử dụng xe ô tô;",
    ["6.3"], ["6.2"])
doc("x134", "https://tailieu.vn/doc/quyet-dinh-so-101-1999-qd-btc-ve-viec-ban-hanh-quy-che-quan-ly-su-dung-phuong-tien-di-lai-tai-cac-c-132647.html", None,
    "Quyết định số 101/1999/QĐ-BTC về việc ban hành Quy chế quản lý, sử dụng phương tiện đi lại tại các cơ quan hành chính sự nghiệp và doanh nghiệp Nhà nước do Bộ trưởng Bộ Tài chính ban hành",
    "BỘ TÀI CHÍNH\nSố: 101/1999/QĐ-BTC\nHà Nội, ngày 28 tháng 08 năm 1999\nQUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ, SỬ DỤNG PHƯƠNG TIỆN ĐI LẠI TẠI CÁC CƠ QUAN HÀNH CHÍNH SỰ NGHIỆP VÀ DOANH NGHIỆP NHÀ NƯỚC",
    [], ["6.3"], "a ministry's decision")
doc("x135", "https://vanban123.vn/Quyet-dinh/quyet-dinh-88-2006-qd-ubnd-quy-dinh-thi-tuyen-cong-chuc-du-bi-trong-co-quan-hanh-chinh-thi-tuyen-hoac-xet-tuyen-vien-chuc-trong-cac-don-vi-su-nghiep-cua-nha-nuoc-thuoc-thanh-pho-ha-noi-do-uy-ban-nhan-dan-thanh-pho-ha-noi-ban-hanh-262701", "Hà Nội", "",
    "UỶ BAN NHÂN DÂN\n" + H + "Số: 88/2006/QĐ-UBND\nHà Nội, ngày 01 tháng 6 năm 2006\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH THI TUYỂN CÔNG CHỨC DỰ BỊ TRONG CƠ QUAN HÀNH CHÍNH, THI TUYỂN HOẶC XÉT TUYỂN VIÊN CHỨC CÁC ĐƠN VỊ SỰ NGHIỆP CỦA NHÀ NƯỚC THUỘC THÀNH PHỐ HÀ NỘI\nTheo đề nghị của Giám đốc Sở Nội vụ Hà Nội tại Tờ trình số 219/TTr-SNV ngày 18/4/2006,",
    ["5.2"], [])
doc("x136", "https://truyenhinhcapsongthu.net/top/nhung-diem-moi-sua-doi-bo-sung-ve-tuyen-dung-va-tiep-nhan/29XvcPtyIKM7zvX", None,
    "Những điểm mới, sửa đổi, bổ sung về tuyển dụng và tiếp nhận vào làm công chức",
    "Luật SĐ, BS một số điều của Luật CBCC và Luật Viên chức 2019 quy định việc tuyển dụng công chức được thực hiện thông qua một trong hai phương thức là thi tuyển hoặc xét tuyển.",
    [], ["5.2"], "an agency's article on the law")
doc("x137", "https://baoninhthuan.com.vn/news/18426p1c24/174-thi-sinh-thi-tuyen-cong-chuc-nam-2011.htm", "Ninh Thuận",
    "174 thí sinh thi tuyển công chức năm 2011",
    "(NTO) Tham gia kỳ thi năm nay có 174 thí sinh. Hội đồng thi tuyển công chức tỉnh sẽ tuyển 134 chỉ tiêu, xét điểm thi từ cao xuống thấp và dựa trên cơ sở chỉ tiêu của các sở, ban, ngành.",
    ["5.2"], ["5.1"], "news of the province's recruitment exam")
doc("x138", "https://ls1.hethongphapluat.com/nghi-quyet-54-2016-nq-hdnd-quy-dinh-phan-cap-nguon-thu-nhiem-vu-chi-va-ty-le-phan-tram-phan-chia-cac-nguon-thu-giua-cac-cap-chinh-quyen-dia-phuong-trong-thoi-ky-on-dinh-ngan-sach-tu-nam-2017-den-nam-2020-do-tinh-phu-yen-ban-hanh.html", "Phú Yên", "",
    "HỘI ĐỒNG NHÂN DÂN\n" + H + "Số: 54/2016/NQ-HĐND\nPhú Yên, ngày 16 tháng 12 năm 2016\nHỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN\nCăn cứ Luật Ngân sách nhà nước năm 2015;\nĐiều 1. Ban hành kèm theo Nghị quyết này quy định phân cấp nguồn thu, nhiệm vụ chi và tỷ lệ phần trăm (%) phân chia các nguồn thu giữa các cấp chính quyền địa phương trong thời kỳ ổn định ngân sách từ năm 2017 đến năm 2020",
    ["6.1"], ["4.3"], "budget decentralisation, not decentralisation of state management")
doc("x139", "https://phapluatcongdong.vn/van-ban/nghi-quyet-51-2016-nq-hdnd-ban-hanh-tinh-kien-giang-nam-2016-p133016.htm", "Kiên Giang",
    "Nghị quyết 51/2016/NQ-HĐND Quy định phân cấp nguồn thu, nhiệm vụ chi đối với ngân sách tỉnh; ngân sách cấp huyện; ngân sách cấp xã giai đoạn 2017-2020 trên địa bàn tỉnh Kiên Giang",
    "HỘI ĐỒNG NHÂN DÂN\n" + H + "Số: 51/2016/NQ-HĐND\nKiên Giang, ngày 13 tháng 12 năm 2016\nCăn cứ Luật ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nĐiều 1. Ban hành kèm theo Nghị quyết này Quy định phân cấp nguồn thu, nhiệm vụ chi đối với ngân sách tỉnh; ngân sách cấp huyện; ngân sách cấp xã giai đoạn 2017 - 2020.",
    ["6.1"], ["4.3"])
doc("x140", "https://thuvienphapluat.vn/bulletin/document.aspx?key1=U%3DRnMk1EQTTV", "Hải Dương", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH HẢI DƯƠNG\n" + H + "Số: 150/2010/NQ-HĐND\nHải Dương, ngày 08 tháng 12 năm 2010\nNGHỊ QUYẾT\nVỀ PHÂN CẤP NGUỒN THU, NHIỆM VỤ CHI, TỶ LỆ (%) PHÂN CHIA NGUỒN THU GIỮA CÁC CẤP NGÂN SÁCH TRÊN ĐỊA BÀN TỈNH HẢI DƯƠNG\nCăn cứ Luật Ngân sách Nhà nước năm 2002;",
    ["6.1"], ["4.3"])
doc("x141", "https://ls1.hethongphapluat.com/nghi-quyet-07-2016-nq-hdnd-quy-dinh-nguyen-tac-tieu-chi-dinh-muc-phan-bo-von-dau-tu-phat-trien-nguon-ngan-sach-nha-nuoc-giai-doan-2016-2020-tinh-binh-phuoc.html", "Bình Phước", "",
    "HỘI ĐỒNG NHÂN DÂN\n" + H + "Số: 07/2016/NQ-HĐND\nBình Phước, ngày 05 tháng 07 năm 2016\nHỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC\nCăn cứ Luật Đầu tư công ngày 18 tháng 6 năm 2014;\nĐiều 1. Ban hành kèm theo Nghị quyết này quy định các nguyên tắc, tiêu chí, định mức phân bổ vốn đầu tư phát triển nguồn ngân sách nhà nước giai đoạn 2016 - 2020, tỉnh Bình Phước.",
    ["6.1"], [])
doc("x142", "https://phapluatcongdong.vn/van-ban/nghi-quyet-85-2012-nq-hdnd-ban-hanh-tinh-kien-giang-nam-2012-p236682.htm", "Kiên Giang",
    "Nghị quyết 85/2012/NQ-HĐND phân cấp nguồn thu - nhiệm vụ chi đối với ngân sách tỉnh; huyện, thị xã, thành phố; xã, phường, thị trấn trên địa bàn tỉnh Kiên Giang",
    "HỘI ĐỒNG NHÂN DÂN\n" + H + "Số: 85/2012/NQ-HĐND\nKiên Giang, ngày 07 tháng 12 năm 2012\nCăn cứ Luật Ngân sách nhà nước ngày 16 tháng 12 năm 2002;",
    ["6.1"], ["4.3"])
doc("x143", "https://www.vietnamplus.vn/quy-hoach-tinh-hau-giang-thoi-ky-2021-2030-tam-nhin-den-nam-2050-post942679.vnp", "Hậu Giang",
    "Quy hoạch tỉnh Hậu Giang thời kỳ 2021-2030, tầm nhìn đến năm 2050",
    "Quy hoạch đặt mục tiêu tới năm 2030, Hậu Giang trở thành tỉnh công nghiệp đạt mức khá của vùng Đồng bằng sông Cửu Long; có hệ thống kết cấu hạ tầng kỹ thuật, hạ tầng xã hội đồng bộ.",
    [], ["1.1", "8.2"], "the master plan approved by the Prime Minister")
doc("x144", "https://thuviennhadat.vn/vbpl/quyet-dinh-05-2010-qd-ubnd-chuc-nang-nhiem-vu-quyen-han-co-cau-to-chuc-so-ngoai-vu-tinh-an-giang-101694.html", "An Giang", "",
    V + "TỈNH AN GIANG\n" + H + "Số: 05/2010/QĐ-UBND\nLong Xuyên, ngày 05 tháng 02 năm 2010\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NGOẠI VỤ TỈNH AN GIANG\nXét đề nghị tại Công văn số 673/SNgV-VP của Sở Ngoại vụ và Tờ trình số 138/TTr-SNV ngày 26 tháng 01 năm 2010 của Giám đốc Sở Nội vụ tỉnh An Giang,",
    ["4.1"], [])
doc("x145", "https://thuviennhadat.vn/vbpl/quyet-dinh-42-2013-qd-ubnd-chuc-nang-nhiem-vu-quyen-han-co-cau-ban-dan-toc-kon-tum-216157.html", "Kon Tum", "",
    V + "TỈNH KON TUM\n" + H + "Số: 42/2013/QĐ-UBND\nKon Tum, ngày 09 tháng 10 năm 2013\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA BAN DÂN TỘC TỈNH KON TUM\nCăn cứ Kết luận số 202-KL/BCS ngày 23 tháng 9 năm 2013 của Ban cán sự Đảng Ủy ban nhân dân tỉnh Kon Tum về công tác tổ chức – cán bộ;",
    ["4.1"], ["5.1"])


# --- fourth pass (issue 15, session 5): sibling criteria the ranker confuses (2.1 vs 2.3, 1.1 vs
# 1.7 vs 1.2, 4.1 vs 4.3, 7.x vs 7.4, 8.2 vs 6.1), each page clearly one and not the other, with
# hard negatives of the issuer level; provinces thin in the sets. Found with the search tool
# (`pages` corpus), labelled while reading, committed with the labels alone before any run.
doc("x146", "https://plo.vn/thoi-su/chinh-tri/da-nang-bai-bo-68-van-ban-het-hieu-luc-thi-hanh-221906.html", "Đà Nẵng",
    "Đà Nẵng bãi bỏ 68 văn bản hết hiệu lực thi hành",
    "Theo đó, có 68 văn bản quy phạm pháp luật ban hành từ năm 1998 đến 2008 đã hết hiệu lực thi hành và 12 văn bản hết liệu lực một phần. Đa số các văn bản nêu trên hết hiệu lực là do thay đổi chính sách của Trung ương và không còn phù hợp điều kiện thực tế tại địa phương.",
    ["2.3"], ["2.1"], "the city's list of expired normative documents (review), not drafting")
doc("x147", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-01-2012-QD-UBND-trinh-tu-thu-tuc-soan-thao-ban-hanh-van-ban-quy-pham-191125.aspx?tab=3", "Long An", "",
    "QUY ĐỊNH\nVỀ TRÌNH TỰ, THỦ TỤC SOẠN THẢO, THẨM ĐỊNH, BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH LONG AN\n(Ban hành kèm theo Quyết định số 01/2012/QĐ-UBND ngày 04/01/2012 của UBND tỉnh Long An)\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi, đối tượng áp dụng\n1. Quy định này quy định về trình tự, thủ tục soạn thảo, thẩm định, ban hành văn bản quy phạm pháp luật (QPPL) trên địa bàn tỉnh Long An.",
    ["2.1"], ["2.3"], "the province's rules for drafting normative documents")
doc("x148", "https://thuvienphapluat.vn/van-ban/Chung-khoan/Quy-che-06-QC-TT-HDND-UBND-2019-phoi-hop-Thuong-truc-Hoi-dong-va-Uy-ban-nhan-dan-Hoa-Binh-410558.aspx", "Hòa Bình", "",
    "THƯỜNG TRỰC\nHĐND - UBND TỈNH HÒA BÌNH\n" + H + "Số: 06/QC-TT.HĐND-UBND\nHòa Bình, ngày 20 tháng 3 năm 2019\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2016 - 2021\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    [], ["2.1"], "working rules between the council and the people's committee: the drafting law only in a citation")
doc("x149", "https://ls1.hethongphapluat.com/quyet-dinh-29-2011-qd-ubnd-quy-dinh-ve-quy-trinh-ban-hanh-van-ban-quy-pham-phap-luat-tren-dia-ban-do-tinh-gia-lai-ban-hanh.html", "Gia Lai", "",
    V + H + "Số: 29/2011/QĐ-UBND\nGia Lai, ngày 19 tháng 10 năm 2011\nVỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ QUY TRÌNH BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH GIA LAI\nUỶ BAN NHÂN DÂN TỈNH\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Uỷ ban nhân dân năm 2004;\nTheo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 32/TTr-STP ngày 07/9/2011,",
    ["2.1"], ["2.3"])
doc("x150", "https://thuviennhadat.vn/vbpl/nghi-quyet-45-2016-nq-hdnd-nguyen-tac-tieu-chi-dinh-muc-phan-bo-von-dau-tu-phat-trien-ngan-sach-yen--340162.html", "Yên Bái", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH YÊN BÁI\n" + H + "Số: 45/2016/NQ-HĐND\nYên Bái, ngày 23 tháng 12 năm 2016\nNGHỊ QUYẾT\nBAN HÀNH NGUYÊN TẮC, TIÊU CHÍ VÀ ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN NGUỒN NGÂN SÁCH NHÀ NƯỚC TỈNH YÊN BÁI GIAI ĐOẠN 2017 - 2020\nCăn cứ Luật Đầu tư công ngày 18 tháng 6 năm 2014;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    ["6.1"], ["2.1", "8.2"], "allocation of the province's budget investment (as x141)")
doc("x151", "https://hethongphapluat.com/quyet-dinh-575-qd-ubnd-nam-2017-ve-sua-doi-quyet-dinh-751-qd-ubnd-quy-dinh-ve-tieu-chi-va-quy-trinh-danh-gia-chi-so-cai-cach-hanh-chinh-hang-nam-cua-cac-so-ban-nganh-va-uy-ban-nhan-dan-huyen-thi-xa-thanh-pho-tren-dia-ban-tinh.html", "Bắc Ninh",
    "Quyết định 575/QĐ-UBND năm 2017 về sửa đổi Quyết định 751/QĐ-UBND quy định về tiêu chí và quy trình đánh giá chỉ số cải cách hành chính hàng năm của các sở, ban, ngành và Ủy ban nhân dân huyện, thị xã, thành phố trên địa bàn tỉnh",
    V + H + "Số: 575/QĐ-UBND\nBắc Ninh, ngày 26 tháng 10 năm 2017\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2015;\nCăn cứ Nghị quyết số 30C/NQ-CP ngày 08/11/2011 của Chính phủ Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020;\nCăn cứ Quyết định số 506/QĐ-TTg ngày 17/4/2017 của Thủ tướng Chính phủ, thí điểm thành lập Trung tâm Hành chính công tỉnh Bắc Ninh;\nCăn cứ Quyết định số 4361/QĐ-BNV ngày 28/12/2016 của Bộ Nội vụ phê duyệt Đề án “Xác định chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương”;",
    ["1.7"], ["1.1", "3.3"], "criteria for the CCHC index of departments and districts; the one-stop centre only in a citation")
doc("x152", "https://hethongphapluat.vn/quyet-dinh-2565-qd-ubnd-nam-2016-sua-doi-de-an-xac-dinh-chi-so-cai-cach-hanh-chinh-cap-so-ban-nganh-cap-huyen-va-cap-xa-tren-dia-ban-tinh-quang-binh.html", "Quảng Bình",
    "Quyết định 2565/QĐ-UBND năm 2016 sửa đổi Đề án Xác định Chỉ số cải cách hành chính cấp sở, ban, ngành, cấp huyện và cấp xã trên địa bàn tỉnh Quảng Bình",
    V + H + "Số: 2565/QĐ-UBND\nQuảng Bình, ngày 24 tháng 8 năm 2016\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nCăn cứ Quyết định số 3229/QĐ-UBND ngày 26/12/2013 của UBND tỉnh về việc phê duyệt Đề án “Xác định Chỉ số CCHC cấp sở, ban, ngành, cấp huyện và cấp xã trên địa bàn tỉnh Quảng Bình”\nCăn cứ Quyết định số 1319/QĐ-UBND ngày 06/5/2016 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính tỉnh Quảng Bình giai đoạn 2016 - 2020;\nCăn cứ Quyết định số 3818/QĐ-UBND ngày 29/12/2015 của UBND tỉnh về việc ban hành Kế hoạch CCHC năm 2016;",
    ["1.7"], ["1.1"], "the year's CCHC plan only in a citation")
doc("x153", "https://hethongphapluat.vn/ke-hoach-252-kh-ubnd-nam-2023-thuc-hien-sap-xep-don-vi-hanh-chinh-cap-huyen-cap-xa-tinh-ha-giang-giai-doan-2023-2025.html", "Hà Giang", "",
    V + H + "Số: 252/KH-UBND\nHà Giang, ngày 05 tháng 9 năm 2023\nKẾ HOẠCH\nTHỰC HIỆN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TỈNH HÀ GIANG GIAI ĐOẠN 2023 - 2025\nThực hiện Kết luận số 48-KL/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị về tiếp tục thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030, Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội;",
    ["4.4"], ["4.1"], "merging districts and communes, not the organisation of departments")
doc("x154", "http://sonoivu.tuyenquang.gov.vn/GroupNews/5/Cai-cach-hanh-chinh.html", "Tuyên Quang",
    "Phiên họp thứ năm của Ban Chỉ đạo cải cách hành chính của Chính phủ",
    "Sáng 19-7, tại Hà Nội, đồng chí Phạm Minh Chính, Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ chủ trì phiên họp thứ năm của Ban Chỉ đạo cải cách hành chính của Chính phủ, sơ kết công tác cải cách hành chính 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2023.",
    [], ["1.2"], "the Government's steering committee, relayed by a department's site")
doc("x155", "http://dic.gov.vn/vi/news/cong-nghe-thong-tin/Ke-hoach-So-hoa-ket-qua-giai-quyet-thu-tuc-hanh-chinh-dang-con-hieu-luc-thuoc-tham-quyen-giai-quyet-cua-cac-co-quan-hanh-chinh-nha-nuoc-4849.html", "Điện Biên",
    "Kế hoạch Số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực thuộc thẩm quyền giải quyết của các cơ quan hành chính nhà nước",
    "DIC - Ngày 25 tháng 5 năm 2021, UBND tỉnh Điện Biên ban hành Kế hoạch số 1536/KH-UBND về số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực thuộc thẩm quyền giải quyết của các cơ quan hành chính nhà nước trên địa bàn tỉnh giai đoạn 2021-2025.",
    ["7.4"], ["7.3", "7.1"], "digitising TTHC results (7.4), not online services or platforms")
doc("x156", "https://thuviennhadat.vn/vbpl/quyet-dinh-159-qd-ubnd-2024-trien-khai-cai-cach-thu-tuc-hanh-chinh-trong-tam-ninh-thuan-607698.html", "Ninh Thuận", "",
    V + "TỈNH NINH THUẬN\n" + H + "Số: 159/QĐ-UBND\nNinh Thuận, ngày 18 tháng 3 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI NHIỆM VỤ CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRỌNG TÂM TỈNH NINH THUẬN NĂM 2024\nCăn cứ Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024;\nCăn cứ Quyết định số 104/QĐ-TTg ngày 25/01/2024 của Thủ tướng Chính phủ ban hành Kế hoạch cải cách thủ tục hành chính trọng tâm năm 2024;",
    ["3.2"], ["1.1", "PCI.1"], "the province's key TTHC-reform plan (review, simplification), not its CCHC plan")
doc("x157", "https://nuithanh.quangnam.gov.vn/webcenter/portal/nuithanh/pages_tin-tuc/chi-tiet?dDocName=PORTAL524448", "Quảng Nam",
    "Ủy quyền cho người đứng đầu giải quyết 57 thủ tục hành chính",
    "Ngày 16/8/2023, Chủ tịch UBND tỉnh Lê Trí Thanh ký quyết định ủy quyền cho người đứng đầu các sở, ban, ngành thuộc tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố giải quyết 57 thủ tục hành chính (TTHC). Thời gian thực hiện ủy quyền kể từ ngày ký quyết định cho đến ngày 30/6/2025.",
    ["4.3"], ["3.3", "4.1"], "the province's delegation decision relayed by a district's site")
doc("x158", "https://thuvienphapluat.vn/bulletin/document.aspx?bid=124ce7e8-233f-478d-91e0-b40dd7003596&key=s3pslJFEGeQnWX8hXGcDPA%3D%3D", "Tây Ninh", "",
    V + "TỈNH TÂY NINH\n" + H + "Số: 01/2022/QĐ-UBND\nTây Ninh, ngày 06 tháng 01 năm 2022\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NỘI VỤ TỈNH TÂY NINH\nCăn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;\nCăn cứ Thông tư số 05/2021/TT-BNV ngày 12 tháng 8 năm 2021 của Bộ trưởng Bộ Nội vụ Hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ;",
    ["4.1"], ["4.3"])
doc("x159", "https://1900.com.vn/viec-lam-dn/so-noi-vu-bac-giang-15292", "Bắc Giang",
    "Kế hoạch tuyển dụng tiếp nhận vào làm công chức cấp xã năm 2024 (UBND huyện Lạng Giang)",
    "Căn cứ Quyết định số 952/QĐ-SNV ngày 19/7/2024 của Giám đốc Sở Nội vụ tỉnh Bắc Giang về việc phê duyệt Kế hoạch tuyển dụng tiếp nhận vào làm công chức cấp xã của UBND huyện Lạng Giang năm 2024 (lần 2);\nĐể đáp ứng yêu cầu, nhiệm vụ công tác của UBND các xã, thị trấn; UBND huyện Lạng Giang xây dựng Kế hoạch tuyển dụng tiếp nhận vào làm công chức cấp xã năm 2024.",
    [], ["5.2", "5.5"], "a district's recruitment plan, on a job board")
doc("x160", "https://lsvn.vn/khan-truong-hoan-thanh-cung-cap-the-can-cuoc-cong-dan-gan-chip-1675047570-a127288.html", None,
    "Khẩn trương hoàn thành cung cấp thẻ căn cước công dân gắn chip",
    "Văn phòng Chính phủ vừa ban hành Thông báo số 16/TB-VPCP kết luận Hội nghị sơ kết 01 năm triển khai Đề án 06 và tổng kết hoạt động của Ủy ban Quốc gia về chuyển đổi số năm 2022.",
    [], ["7.4", "DTI.1"], "national news of the Government's conclusions")

doc("x161", "https://thuvienphapluat.vn/van-ban/linh-vuc-khac/quyet-dinh-02-2011-qd-ubnd-kiem-tra-xu-ly-he-thong-van-ban-phap-luat-ninh-thuan-191051.aspx", "Ninh Thuận", "",
    "QUY CHẾ\nTỰ KIỂM TRA, KIỂM TRA, XỬ LÝ VÀ RÀ SOÁT, HỆ THỐNG HOÁ VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH NINH THUẬN\n(Ban hành kèm theo Quyết định số 02/2011/QĐ-UBND ngày 24 tháng 01 năm 2011 của Ủy ban nhân dân tỉnh Ninh Thuận)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Quy chế này quy định công tác quản lý Nhà nước về tự kiểm tra, kiểm tra, xử lý và rà soát, hệ thống hoá văn bản quy phạm pháp luật trên địa bàn tỉnh Ninh Thuận.",
    ["2.3"], ["2.1"], "checking and reviewing normative documents, not drafting them")
doc("x162", "https://hethongphapluat.vn/bao-cao-132-bc-btp-ve-cong-tac-kiem-tra-ra-soat-he-thong-hoa-van-ban-quy-pham-phap-luat-nam-2022-va-phuong-huong-nhiem-vu-nam-2023-do-bo-tu-phap-ban-hanh.html", None, "",
    "BỘ TƯ PHÁP\n" + H + "Số: 132/BC-BTP\nHà Nội, ngày 16 tháng 5 năm 2023\nBÁO CÁO\nCÔNG TÁC KIỂM TRA, RÀ SOÁT, HỆ THỐNG HÓA VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2022 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023\nKính gửi: Phó Thủ tướng Chính phủ Trần Lưu Quang;\nThực hiện nhiệm vụ quản lý nhà nước về công tác kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật (QPPL), trên cơ sở theo dõi, hướng dẫn, đôn đốc, kiểm tra và tổng hợp báo cáo của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương,",
    [], ["2.3", "1.2"], "a ministry's national report")
doc("x163", "http://baoquangngai.vn/channel/2025/202111/tap-trung-hoan-thanh-nhiem-vu-nam-2021-3089237/", "Quảng Ngãi",
    "Tập trung hoàn thành nhiệm vụ năm 2021",
    "Năm 2021, GRDP của tỉnh ước đạt trên 53.500 tỷ đồng, tăng 6% so với năm 2020. Chỉ số sản xuất công nghiệp ước tăng 7,5%. Tổng vốn đầu tư toàn xã hội trên địa bàn tỉnh ước đạt 22.610 tỷ đồng. Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%. Tổng thu ngân sách trên địa bàn ước đạt trên 20.900 tỷ đồng, tăng 42,4% so với năm 2020.",
    ["8.2"], ["6.1", "1.2"], "the province's socio-economic results of the year (8.2 as the catalog reads it); budget figures are not a budget document")
doc("x164", "https://sonoivu.yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=292&l=Tinhoatdong&lv=11", "Yên Bái",
    "Hội nghị công bố kết quả chỉ số CCHC, Chỉ số Năng lực cạnh tranh của tỉnh và các sở ngành, địa phương năm 2022",
    "Đây là ý kiến chỉ đạo của đồng chí Trần Huy Tuấn - Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo CCHC Nhà nước tỉnh tại Hội nghị công bố kết quả chỉ số CCHC, Chỉ số Năng lực cạnh tranh của tỉnh và các sở ngành, địa phương năm 2022. Tại Hội nghị lãnh đạo Sở Nội vụ đã thông qua báo cáo chuyên đề về PAR INDEX, SIPAS, PAPI và kết quả đánh giá Chỉ số cải cách hành chính (CCHC) của các sở, ban, ngành, UBND các huyện, thị xã, thành phố năm 2022.",
    ["1.7"], ["1.1"], "the province announcing its departments' and districts' CCHC index (as x029)")
doc("x165", "https://baobariavungtau.com.vn/kinh-te/202208/cai-thien-ket-qua-chi-so-par-index-va-sipas-957020/", "Bà Rịa - Vũng Tàu",
    "Cải thiện kết quả chỉ số PAR INDEX và SIPAS",
    "UBND tỉnh vừa ban hành công văn số 9228/UBND-VP yêu cầu thủ trưởng các cơ quan, đơn vị, chủ tịch UBND cấp huyện, cấp xã triển khai thực hiện giải pháp cải thiện kết quả chỉ số PAR INDEX, chỉ số SIPAS năm 2022 của tỉnh. Chỉ số cải cách hành chính (PAR INDEX) năm 2021 của tỉnh đạt 87,61 điểm xếp thứ 16/63 tỉnh, thành phố.",
    [], ["1.1", "SIPAS.2"], "an instruction letter on improving the indices: not the year's CCHC plan, not the published SIPAS")
doc("x166", "https://baobariavungtau.com.vn/chinh-tri/202404/cai-cach-hanh-chinh-vi-dan-ky-2-moi-nam-mot-chuyen-bien-moi-1008746/", "Bà Rịa - Vũng Tàu",
    "Cải cách hành chính vì dân (kỳ 2): Mỗi năm một chuyển biến mới",
    "Năm 2023, kết quả chỉ số CCHC và chỉ số chuyển đổi số tại các cơ quan, đơn vị đã cải thiện hơn so với năm 2022. Cụ thể: chỉ số CCHC trung bình của cả 3 cấp đạt 87,602/100 điểm, tăng 0,292 điểm so với năm 2022.",
    ["1.7"], ["1.1", "DTI.1"], "results of the province's own index of its departments, districts and communes")
doc("x167", "https://m.baogialai.com.vn/gia-lai-dung-dau-khu-vuc-tay-nguyen-ve-chi-so-sipas-post274056.amp", "Gia Lai",
    "Gia Lai đứng đầu khu vực Tây Nguyên về chỉ số SIPAS",
    "Ở chỉ số này, tỉnh Quảng Ninh dẫn đầu với kết quả đạt 90,61%; đứng thứ 2 tỉnh Thái Nguyên đạt 90,29%. Còn Gia Lai đứng thứ 19, đạt 83,84% (giảm 3 bậc so với năm 2022, nhưng dẫn đầu khu vực Tây Nguyên). Bảng xếp hạng Chỉ số SIPAS năm 2023 của các tỉnh, thành trong cả nước. Ảnh nguồn: Bộ Nội vụ",
    [], ["SIPAS.2", "8.1"], "news of the ministry's ranking (as x130)")
doc("x168", "https://www.baomoi.com/par-index-2023-quang-ninh-dung-dau-ha-noi-hai-nam-lien-tiep-giu-vi-tri-thu-3-c48869280.epi", None,
    "PAR INDEX 2023: Quảng Ninh đứng đầu, Hà Nội hai năm liên tiếp giữ vị trí thứ 3",
    "Quảng Ninh xuất sắc đoạt vị trí quán quân ở cả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước, trong khi Hà Nội đứng ở vị trí thứ 3.",
    [], ["1.7", "SIPAS.2"], "national news of the ministry's ranking")
doc("x169", "https://hethongphapluat.com/quyet-dinh-518-2011-qd-ubnd-quy-dinh-gui-nhan-van-ban-dien-tu-va-su-dung-thu-dien-tu-trong-cac-co-quan-nha-nuoc-tren-dia-ban-tinh-bac-giang.html", "Bắc Giang", "",
    V + H + "Số: 518/2011/QĐ-UBND\nBắc Giang, ngày 30 tháng 12 năm 2011\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ VIỆC GỬI, NHẬN VĂN BẢN ĐIỆN TỬ VÀ SỬ DỤNG THƯ ĐIỆN TỬ TRONG CÁC CƠ QUAN NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH BẮC GIANG\nCăn cứ Luật Giao dịch điện tử ngày 29 tháng 11 năm 2005;\nCăn cứ Nghị định số 26/2007/NĐ-CP ngày 15 tháng 02 năm 2007 của Chính phủ quy định về chi tiết thi hành Luật Giao dịch điện tử về chữ ký số và dịch vụ chứng thực chữ ký số;",
    ["7.2"], ["7.1", "7.4"])
doc("x170", "https://hethongphapluat.com/quyet-dinh-1945-qd-ubnd-nam-2018-quy-dinh-ve-gui-nhan-van-ban-dien-tu-giua-cac-co-quan-trong-he-thong-hanh-chinh-nha-nuoc-tren-dia-ban-tinh-lam-dong.html", "Lâm Đồng", "",
    V + "TỈNH LÂM ĐỒNG\n" + H + "Số: 1945/QĐ-UBND\nLâm Đồng, ngày 27 tháng 9 năm 2018\nQUYẾT ĐỊNH\nVỀ VIỆC QUY ĐỊNH GỬI, NHẬN VĂN BẢN ĐIỆN TỬ GIỮA CÁC CƠ QUAN TRONG HỆ THỐNG HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG.\nCăn cứ Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ;\nCăn cứ Quyết định số 28/2018/QĐ-TTg ngày 12 tháng 7 năm 2018 của Thủ tướng Chính phủ về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước;",
    ["7.2"], ["7.1"], "information security only in a citation")
doc("x171", "https://nuian.vn/i886-quy-che-tiep-nhan-xu-li-phat-hanh-va-quan-li-van-ban-dien-tu-tren-dia-ban-tinh-quang-ngai.aspx", "Quảng Ngãi",
    "Quy chế tiếp nhận, xử lí, phát hành và quản lí văn bản điện tử trên địa bàn tỉnh Quảng Ngãi",
    "Theo đó, văn bản điện tử phải được bảo đảm tính xác thực về nguồn gốc, sự toàn vẹn, an toàn thông tin, dữ liệu trong quá trình gửi, nhận, xử lý và lưu trữ. Văn bản điện tử phải được theo dõi, cập nhật tự động trạng thái gửi, nhận, xử lý trên hệ thống quản lý văn bản và điều hành.",
    ["7.2"], ["7.4"])
doc("x172", "https://vndx.gov.vn/ben-tre-ban-hanh-quy-che-quan-ly-su-dung-he-thong-thong-tin-quan-ly-van-ban-va-dieu-hanh", "Bến Tre",
    "Bến Tre ban hành quy chế quản lý, sử dụng hệ thống thông tin quản lý văn bản và điều hành",
    "Quy chế gồm 3 Chương, 15 Điều quy định rõ phạm vi, đối tượng áp dụng, định dạng văn bản điện tử, quy định bắt buộc trong việc sử dụng văn phòng điện tử và quy trình xử lý, quản lý hồ sơ văn bản điện tử. Các cơ quan, đơn vị cần có kế hoạch số hóa những nguồn thông tin chưa ở dạng số.",
    ["7.2"], ["7.4", "7.1"], "the e-office rules; 'số hóa' of office records is not 7.4's TTHC digitisation")

doc("x173", "http://namviet.net/showthread.php?826175-T%C4%83ng-t%C3%ADnh-ch%E1%BB%A7-%C4%91%E1%BB%99ng-c%E1%BB%A7a-c%C6%A1-quan-h%C3%A0nh-ch%C3%ADnh-Nh%C3%A0-n%C6%B0%E1%BB%9Bc-(-C%E1%BA%ADp-nh%C3%A2t-1-12-2018-7-13-36-AM-)&s=a257c6730e03a5006a00804afbd79e54", "Yên Bái",
    "Tăng tính chủ động của cơ quan hành chính Nhà nước",
    "YBĐT - Với tổng số 347 cơ quan hành chính Nhà nước hiện có, năm 2017, tỉnh đã thực hiện giao quyền tự chủ theo Nghị định số 130/2005/NĐ-CP của Chính phủ cho 100% cơ quan, đơn vị hành chính Nhà nước (cấp tỉnh 41 đơn vị, cấp huyện 126 đơn vị, cấp xã 180 đơn vị).",
    ["6.2"], ["4.3"], "the provincial newspaper's item (reposted on a forum) on the province granting autonomy")
doc("x174", "https://cchc.khanhhoa.gov.vn/vi/viec-can-lam-ngay", "Khánh Hòa",
    "Xây dựng và triển khai kế hoạch, biện pháp, giải pháp khắc phục những hạn chế, thiếu sót từ kết quả CCHC năm 2021",
    "Ngày 11/01/2022, UBND tỉnh có quyết định phê duyệt và công bố Chỉ số và xếp hạng kết quả cải cách hành chính (CCHC) năm 2021. Theo đó, trong số 44 cơ quan, đơn vị, địa phương thuộc đối tượng đánh giá, có 30 đơn vị xếp hạng Tốt; 13 đơn vị xếp hạng Khá; 1 đơn vị xếp hạng Trung bình và không có đơn vị xếp hạng Yếu.",
    ["1.7"], ["1.1", "1.3"], "the province's index of its own agencies")
doc("x175", "https://daihoidang.baoquangninh.vn/tag/co-quan-don-vi-van-hoa-82995", "Quảng Ninh",
    "Trung tâm Phục vụ hành chính công tỉnh: Xây dựng “Cơ quan, đơn vị văn hóa”",
    "Trung tâm Phục vụ hành chính công Quảng Ninh thành lập từ năm 2013 và được đánh giá là bước tiến quan trọng trong hoạt động cải cách thủ tục hành chính (TTHC). Vì thế, việc xây dựng “Cơ quan, đơn vị văn hóa” là nhiệm vụ hết sức quan trọng.",
    [], ["3.3"], "one unit's workplace-culture story, not the one-stop mechanism")
doc("x176", "http://diembaomang.com/tag/128258/trung-tam-hanh-chinh-cong", "Thanh Hóa",
    "Thanh Hóa thành lập trung tâm hành chính công",
    "Ngày 23.5, ông Ngô Hoàng Kỳ - Chánh Văn phòng UBND tỉnh Thanh Hóa - cho hay, Thanh Hóa đang tích cực đẩy mạnh xây dựng trung tâm hành chính công nhằm tối ưu hóa việc giải quyết các thủ tục hành chính, tập trung về một đầu mối để thực hiện việc tiếp nhận, tư vấn, hướng dẫn, giám sát, đôn đốc việc giải quyết thủ tục hành chính.",
    ["3.3"], ["3.1"], "a news aggregator's item on the province's one-stop centre")
doc("x177", "http://antoanthucpham.org/thanh-lap-trung-tam-phuc-vu-hanh-chinh-cong-tinh/", "An Giang",
    "Thành lập Trung tâm Phục vụ hành chính công tỉnh",
    "UBND tỉnh vừa ký quyết định thành lập Trung tâm Phục vụ hành chính công tỉnh trên cơ sở tổ chức lại Trung tâm Hành chính công thuộc Văn phòng UBND tỉnh. Trung tâm có chức năng hướng dẫn, tiếp nhận, giải quyết hoặc chuyển hồ sơ giải quyết, trả kết quả giải quyết thủ tục hành chính. (Nguồn baoangiang.com.vn)",
    ["3.3"], ["7.3"], "Báo An Giang's item reposted")
doc("x178", "http://hethongphapluat.vn/quyet-dinh-712-qd-ubnd-nam-2023-cong-bo-danh-muc-thu-tuc-hanh-chinh-moi-ban-hanh-thu-tuc-hanh-chinh-bi-bai-bo-trong-linh-vuc-dang-ky-bien-phap-bao-dam-thuoc-pham-vi-chuc-nang-quan-ly-nha-nuoc-cua-so-tu-phap-tinh-hung-yen.html", "Hưng Yên", "",
    V + H + "Số: 712/QĐ-UBND\nHưng Yên, ngày 23 tháng 3 năm 2023\nQUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ TRONG LĨNH VỰC ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ NHÀ NƯỚC CỦA SỞ TƯ PHÁP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;",
    ["3.1"], ["3.2", "2.3"], "publishing the list of procedures; 'bãi bỏ' procedures is not review of normative documents")

doc("x179", "http://stc.bacgiang.gov.vn/node/10489", "Bắc Giang",
    "Triển khai và hướng dẫn thực hiện Dịch vụ công trực tuyến cấp mã số mức độ 4", "",
    [], ["7.3"], "one department's notice about its own online service (title only)")
doc("x180", "http://sonduong.tuyenquang.gov.vn/audio/39237/Chuong-trinh-phat-thanh-so-39237.html", "Tuyên Quang",
    "LỢI ÍCH THỰC TIỄN NHIỀU MẶT VỚI CỔNG DỊCH VỤ CÔNG QUỐC GIA", "",
    [], ["7.3"], "a district's radio programme (title only)")
doc("x181", "https://baoquangnam.vn/quoc-phong-an-ninh/xuat-quan-tang-cuong-cho-cong-an-co-so-thuc-hien-de-an-06-142445.html", "Quảng Nam",
    "Xuất quân tăng cường cho công an cơ sở thực hiện Đề án 06",
    "(QNO) - Sáng nay 16/5, Công an tỉnh Quảng Nam tổ chức lễ xuất quân tăng cường lực lượng hỗ trợ công an cơ sở thực hiện Đề án 06. Công an tỉnh tổ chức lễ xuất quân tăng cường lực lượng cho công an các địa phương có số lượng công dân chưa được cấp CCCD nhiều.",
    [], ["7.4"], "the police's own campaign for ID cards, not the province's digitisation of TTHC records")
doc("x182", "https://nld.com.vn/thoi-su/thu-truong-bo-cong-an-lam-viec-voi-cong-an-tp-hcm-20220701203102762.htm", "Hồ Chí Minh",
    "Thứ trưởng Bộ Công an làm việc với Công an TP HCM",
    "Ngày 1-7, Trung tướng Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an, đã làm việc với Công an TP HCM về tình hình, kết quả thực hiện Đề án \"Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030\" (Đề án 06) của Chính phủ.",
    [], ["7.4"], "a ministry's working visit to the city police")
doc("x183", "https://quangnam.gov.vn/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?dDocName=PORTAL485284", "Quảng Nam",
    "Họp hội đồng đào tạo cán bộ, công chức, viên chức tỉnh",
    "Chiều nay 7/2, Chủ tịch UBND tỉnh Lê Trí Thanh chủ trì cuộc họp hội đồng đào tạo cán bộ, công chức, viên chức (CBCCVC) tỉnh. Theo báo cáo tại cuộc họp, năm 2022 sở Nội vụ đã tham mưu UBND tỉnh ban hành kế hoạch đào tạo, bồi dưỡng CBCCVC với 137 lớp đào tạo, bồi dưỡng do ngân sách Nhà nước cấp được phê duyệt. Tại cuộc họp, các đại biểu đã thông qua kế hoạch đào tạo, bồi dưỡng năm 2023.",
    ["5.4"], ["6.1"], "the province's training plan; its funding is not budget management")
doc("x184", "http://baoquangnam.vn/cai-cach-hanh-chinh/gan-79-ty-dong-dao-tao-boi-duong-can-bo-cong-chuc-9774.html", "Quảng Nam",
    "Gần 7,9 tỷ đồng đào tạo, bồi dưỡng cán bộ công chức",
    "Từ nguồn đào tạo lại cán bộ trong dự toán ngân sách tỉnh năm 2013, UBND tỉnh đã cấp gần 7,9 tỷ đồng cho các cơ quan, đơn vị để đào tạo, bồi dưỡng cán bộ công chức (đợt 1). Trước đó, ngày 6.3, UBND tỉnh đã có kế hoạch mở 141 lớp đào tạo, bồi dưỡng chính trị, chuyên môn nghiệp vụ cho cán bộ công chức khối Đảng và khối Nhà nước trong năm 2013.",
    ["5.4"], ["6.1"], "'dự toán ngân sách' names where the money comes from")

doc("x185", "https://vienkinhteso.vn/bo-thong-tin-va-truyen-thong-ptag.html", None,
    "Bộ Thông tin và Truyền thông",
    "Theo Bộ Thông tin và Truyền thông, tính đến cuối tháng 4-2023, tỷ lệ dịch vụ công trực tuyến trên tổng số dịch vụ công đủ điều kiện cung cấp toàn trình đạt trên 84%. Tuy nhiên, về hiệu quả sử dụng, các tỷ lệ về dịch vụ công trực tuyến có phát sinh hồ sơ và hồ sơ trực tuyến mới chỉ đạt lần lượt 51,3% và 54,8%.",
    [], ["7.3"], "national figures of a ministry")
doc("x186", "https://www.quanlynhanuoc.vn/2023/07/04/trien-khai-dich-vu-cong-truc-tuyen-gan-voi-chuyen-doi-so-cap-tinh-tren-dia-ban-tinh-binh-duong/", "Bình Dương",
    "Triển khai dịch vụ công trực tuyến gắn với chuyển đổi số cấp tỉnh trên địa bàn tỉnh Bình Dương",
    "(Quanlynhanuoc.vn) – Cung cấp dịch vụ công trực tuyến là một trong những chỉ số đo lường quan trọng để phát triển chính quyền điện tử. Bài viết tập trung đánh giá thực trạng, phân tích những mặt mạnh, hạn chế; từ đó, đề ra giải pháp trong việc cung cấp và sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh trong thời gian tới.",
    [], ["7.3", "DTI.1"], "a research article in a journal")
doc("x187", "https://www.kontum.gov.vn/pages/detail/46988/Toan-tinh-tiep-nhan-56.039-ho-so-giai-quyet-thu-tuc-hanh-chinh-trong-quy-I.html", "Kon Tum",
    "Toàn tỉnh tiếp nhận 56.039 hồ sơ giải quyết thủ tục hành chính trong quý I",
    "Trong quý I năm 2023 (tính từ ngày 15/12/2022 đến 14/3/2023), các cơ quan, đơn vị, địa phương trên địa bàn tỉnh đã tiếp nhận 56.039 hồ sơ thông qua Hệ thống thông tin giải quyết thủ tục hành chính (TTHC) của tỉnh. Trong đó, có 12.516 hồ sơ trực tuyến (đạt tỷ lệ 22,33%); đã giải quyết 48.249 hồ sơ (tỷ lệ hồ sơ đúng hạn và sớm hạn đạt gần 98%).",
    ["7.3"], ["1.2", "3.3"], "the province's online-dossier results for the quarter, not its CCHC report")
doc("x188", "https://dttg.ictvietnam.vn/hon-3-8-trieu-giao-dich-thanh-toan-truc-tuyen-thuc-hien-tu-cong-dich-vu-cong-quoc-gia-180586.html", None,
    "Hơn 3,8 triệu giao dịch thanh toán trực tuyến thực hiện từ Cổng Dịch vụ công quốc gia",
    "Tính từ đầu năm 2023 đến nay, Cổng Dịch vụ công quốc gia đã có hơn 600 triệu lượt truy cập, hơn 4,3 triệu hồ sơ trực tuyến, 3,8 triệu giao dịch thanh toán trực tuyến được thực hiện từ Cổng. Bên cạnh một số bộ, ngành triển khai tương đối tốt việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính như: Bộ Tài chính; Tập đoàn Điện lực Việt Nam… thì còn một số bộ, ngành chưa thực hiện.",
    [], ["7.3", "7.4"], "national news")
doc("x189", "https://binhphuoc.gov.vn/vi/bdt/chuyen-doi-so/binh-phuoc-dat-ket-qua-noi-bat-ve-cong-tac-cai-cach-hanh-chinh-dich-vu-cong-327.html", "Bình Phước",
    "Bình Phước đạt kết quả nổi bật về công tác cải cách hành chính, dịch vụ công",
    "Trong Báo cáo số 6055/BC-VPCP, Văn phòng Chính phủ đặc biệt nhấn mạnh đến công tác triển khai dịch vụ công (DVC) trực tuyến. Văn phòng Chính phủ đánh giá: “Kết quả này có sự đóng góp, tổ chức triển khai tích cực, hiệu quả của nhiều bộ, ngành, địa phương như: Bộ Tài chính, Bộ Công an, … các tỉnh: Bình Phước, Bình Định, Vĩnh Phúc …”.",
    [], ["7.3", "1.2"], "the Government Office's report praising the province, relayed by its portal: assessed by others")
doc("x190", "https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Nghi-quyet-21-2022-NQ-HDND-huy-dong-nguon-luc-nguon-von-chuong-trinh-muc-tieu-Binh-Dinh-530299.aspx?tab=7", "Bình Định", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n" + H + "Số: 21/2022/NQ-HĐND\nBình Định, ngày 07 tháng 9 năm 2022\nNGHỊ QUYẾT\nBAN HÀNH QUY ĐỊNH CƠ CHẾ HUY ĐỘNG NGUỒN LỰC VÀ LỒNG GHÉP NGUỒN VỐN GIỮA CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA, GIỮA CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA VÀ CÁC CHƯƠNG TRÌNH, DỰ ÁN KHÁC TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021-2025\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nCăn cứ Nghị quyết số 120/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội về phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;",
    ["6.1"], ["8.2", "2.1"], "budget-capital integration rules; 'phát triển kinh tế - xã hội' is a cited programme's name")
doc("x191", "https://vanbanphapluat.co/nghi-quyet-87-2014-nq-hdnd15-phe-chuan-quyet-toan-ngan-sach-dia-phuong-hai-duong-2013", "Hải Dương",
    "Nghị quyết 87/2014/NQ-HĐND15 phê chuẩn Quyết toán ngân sách địa phương tỉnh Hải Dương năm 2013",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH HẢI DƯƠNG\n" + H + "Số: 87/2014/NQ-HĐND15\nHải Dương, ngày 11 tháng 12 năm 2014\nNGHỊ QUYẾT\nPHÊ CHUẨN QUYẾT TOÁN NGÂN SÁCH ĐỊA PHƯƠNG TỈNH HẢI DƯƠNG NĂM 2013\nCăn cứ Luật ngân sách nhà nước ngày 16 tháng 12 năm 2002;\nSau khi xem xét Báo cáo số: 127/BC-UBND ngày 27 tháng 11 năm 2014 của UBND tỉnh Hải Dương về quyết toán ngân sách nhà nước năm 2013;\nĐiều 1. Phê chuẩn Quyết toán ngân sách địa phương tỉnh Hải Dương năm 2013, như sau:\n1. Thu ngân sách nhà nước trên địa bàn: Tổng số thu: 9.392.695 triệu đồng",
    ["6.1"], ["8.2"], "the province's budget settlement")
doc("x192", "https://ls1.hethongphapluat.com/nghi-quyet-57-2012-nq-hdnd-ve-du-toan-thu-chi-ngan-sach-nha-nuoc-tinh-quang-binh-nam-2013.html", "Quảng Bình", "",
    "HỘI ĐỒNG NHÂN DÂN\n" + H + "Số: 57/2012/NQ-HĐND\nQuảng Bình, ngày 21 tháng 12 năm 2012\nNGHỊ QUYẾT\nVỀ DỰ TOÁN THU, CHI NGÂN SÁCH NHÀ NƯỚC TỈNH QUẢNG BÌNH NĂM 2013\nCăn cứ Luật Ngân sách Nhà nước ngày 16 tháng 12 năm 2002;\nCăn cứ Nghị quyết số 146/2010/NQ-HĐND ngày 29 tháng 10 năm 2010 của Hội đồng nhân dân tỉnh Quảng Bình phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách tỉnh Quảng Bình năm 2011 và thời kỳ ổn định ngân sách mới;",
    ["6.1"], ["4.3", "8.2"], "the year's budget estimate; budget decentralisation only in a citation")
doc("x193", "https://vbpl.vn:443/hungyen/Pages/vbpq-toanvan.aspx?ItemID=21502", "Hưng Yên",
    "Nghị định 73/2003/NĐ-CP ban hành Quy chế xem xét, quyết định dự toán và phân bổ ngân sách địa phương, phê chuẩn quyết toán ngân sách địa phương",
    "CHÍNH PHỦ\nSố: 73/2003/NĐ-CP\n" + H + "NGHỊ ĐỊNH\nBan hành Quy chế xem xét, quyết định dự toán và phân bổ ngân sách địa phương, phê chuẩn quyết toán ngân sách địa phương\nCăn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002;\nTheo đề nghị của Bộ trưởng Bộ Tài chính,",
    [], ["6.1"], "a Government decree on a province's legal-document site")

doc("x194", "https://baothainguyen.vn/thoi-su-trong-tinh/202102/tinh-gian-116-bien-che-theo-nghi-dinh-1082014nd-cp-3674A7D", "Thái Nguyên",
    "Tinh giản 116 biên chế theo Nghị định 108/2014/NĐ-CP",
    "Về sắp xếp, kiện toàn các cơ quan chuyên môn thuộc UBND cấp tỉnh, cấp huyện, năm 2020 UBND tỉnh đã quyết định quy định chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức của 3 sở gồm: Tài chính, Công Thương, Khoa học và Công nghệ (giảm 7 phòng và 1 chi cục). Thực hiện tinh giản biên chế 116 trường hợp theo Nghị định 108/2014/NĐ-CP của Chính phủ.",
    ["4.2", "4.1"], ["4.3"], "staff cuts in the headline, the departments' reorganisation in the lead: both the province's own acts")
doc("x195", "http://baotayninh.vn/van-de-su-kien/", "Tây Ninh",
    "Những kết quả bước đầu",
    "Việc sắp xếp, tổ chức các đơn vị sự nghiệp công lập theo hướng tinh gọn, hiệu lực, hiệu quả đã và đang được các sở, ngành, địa phương triển khai theo đúng chỉ đạo của Trung ương và tỉnh. Những đơn vị đã thực hiện sáp nhập đã sắp xếp lại tổ chức bộ máy và từng bước nâng cao hiệu quả hoạt động.",
    ["4.1"], ["6.2"], "reorganising public service units (4.1), not their financial autonomy")
doc("x196", "http://nguoilambao.vn/giam-toi-thieu-46-so-neu-hop-nhat-sap-nhap-n9320.html", None,
    "Giảm tối thiểu 46 sở nếu hợp nhất, sáp nhập",
    "Theo dự thảo Nghị định quy định tổ chức các cơ quan chuyên môn cấp tỉnh thay thế Nghị định số 24/2014/NĐ-CP của Chính phủ đang được Bộ Nội vụ lấy ý kiến góp ý, tổ chức các sở sẽ được sắp xếp, hoàn thiện theo hướng tinh gọn.",
    [], ["4.1"], "national news of a draft decree")
doc("x197", "https://baolamdong.vn/toasoan-bandoc/202209/thuc-hien-sap-xep-kien-toan-to-chuc-bo-may-nhieu-co-quan-chuyen-mon-3135103/", "Lâm Đồng",
    "Thực hiện sắp xếp, kiện toàn tổ chức bộ máy nhiều cơ quan chuyên môn",
    "Thực hiện sắp xếp, kiện toàn tổ chức bộ máy cơ quan chuyên môn thuộc UBND tỉnh, từ năm 2017 đến nay, UBND tỉnh Lâm Đồng đã ban hành quyết định sửa đổi quy định chức năng nhiệm vụ và cơ cấu tổ chức bên trong của 17 cơ quan, đơn vị. Tổ chức bên trong cơ quan chuyên môn cấp sở có 110 tổ chức, giảm 48 tổ chức so với năm 2017.",
    ["4.1"], ["4.3"])
doc("x198", "https://baodautu.vn/nghe-an-hoan-thanh-sap-xep-tinh-gon-bo-may-chinh-quyen-truoc-ngay-1022025-d233175.html", "Nghệ An",
    "Nghệ An hoàn thành sắp xếp, tinh gọn bộ máy chính quyền trước ngày 10/2/2025",
    "Công tác sắp xếp, tổ chức lại bộ máy dựa trên nguyên tắc bám sát việc tinh gọn, sắp xếp theo yêu cầu của Nghị quyết số 18-NQ/TW. Văn bản cũng khẳng định, công tác tổ chức các cơ quan chuyên môn để quản lý đa ngành, đa lĩnh vực. Nội dung kế hoạch sắp xếp xác định sẽ kết thúc mô hình các Chi cục và tương đương trong các cơ quan chuyên môn thuộc UBND cấp tỉnh.",
    ["4.1"], ["4.4"], "the province's departments, not the merger of administrative units")
doc("x199", "https://betav3-m.kienthuc.net.vn/chi-tiet-phuong-an-sap-xep-tinh-gon-bo-may-cua-hai-duong-post1040028.html", "Hải Dương",
    "Chi tiết phương án sắp xếp, tinh gọn bộ máy của Hải Dương",
    "UBND tỉnh Hải Dương vừa ban hành phương án sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh, UBND các huyện, thị xã, thành phố và các Hội do Đảng, Nhà nước giao nhiệm vụ. Sắp xếp, tinh gọn tổ chức bộ máy cơ quan chuyên môn phải gắn với giảm biên chế.",
    ["4.1"], ["4.4"])
doc("x200", "https://baothanhhoa.vn/print/778de07dfeb81411743a685875b1b/140511.htm", "Thanh Hóa",
    "Thanh Hóa sẽ giảm tối thiểu 58 phòng chuyên môn, 47 cấp trưởng và 68 cấp phó thuộc các sở, ban, ngành cấp tỉnh và UBND cấp huyện",
    "(Baothanhhoa.vn) - Đây là hiệu quả đạt được sau khi thực hiện Quyết định số 2725/QĐ-UBND ngày 21/7/2021 mà UBND tỉnh vừa phê duyệt về việc Phê duyệt Đề án sắp xếp, tổ chức lại tổ chức bên trong của các cơ quan chuyên môn thuộc UBND tỉnh và sắp xếp, tổ chức lại tổ chức và số lượng cấp phó các cơ quan chuyên môn thuộc UBND cấp huyện trên địa bàn tỉnh Thanh Hóa.",
    ["4.1"], ["4.3"])
doc("x201", "https://thainguyentv.vn/9-so-co-chi-so-hai-long-nam-2022-dat-tren-90-95069.html", "Thái Nguyên",
    "9 sở có chỉ số hài lòng năm 2022 đạt trên 90%",
    "Gồm các sở: Văn hóa, Thể thao và Du lịch; Lao động, Thương binh và Xã hội; Kế hoạch và đầu tư; Giao thông vận tải; Tư pháp; Công thương; Thông tin và Truyền thông; Y tế; Công an tỉnh. Kết quả đo lường năm 2022 còn có 4 sở có kết quả dưới 90% hài lòng.",
    ["SIPAS.1", "8.1"], ["1.7"], "the province's own satisfaction measurement of its departments (rule: own survey = SIPAS.1 + 8.1)")
doc("x202", "https://hanhchinhcong.langson.gov.vn/vi/node/42952", "Lạng Sơn",
    "Kế hoạch Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh Lạng Sơn năm 2022",
    "Ngày 21/9/2022, UBND tỉnh đã ban hành Kế hoạch số 199/KH-UBND về đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh Lạng Sơn năm 2022. Theo đó, UBND tỉnh sẽ phát phiếu điều tra đến các sở, ban, ngành, UBND cấp huyện và một số UBND cấp xã.",
    ["SIPAS.1", "8.1"], ["8.3"], "the satisfaction survey, not the sociological survey for the CCHC index")
doc("x203", "https://baoquangnam.vn/cai-cach-hanh-chinh/khao-sat-do-luong-su-hai-long-cua-nguoi-dan-to-chuc-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-129206.html", "Quảng Nam",
    "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
    "(QNO) - UBND tỉnh vừa ban hành Kế hoạch thực hiện khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh năm 2022.",
    ["SIPAS.1", "8.1"], ["1.1"])
doc("x204", "http://suckhoesinhsankhanhhoa.com.vn/chi-tiet-tin-tuc/id/4350/THONG-BAO-TRIEN-KHAI--DIEU-TRA-XA-HOI-HOC-DO-LUONG-SU-HAI-LONG-CUA-NGUOI-DAN,-TO-CHUC-NAM-2021", "Khánh Hòa",
    "THÔNG BÁO TRIỂN KHAI ĐIỀU TRA XÃ HỘI HỌC ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC NĂM 2021",
    "Triển khai Kế hoạch đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2021 của Bộ Nội vụ; Lực lượng điều tra viên của Bưu điện tỉnh sẽ tiến hành khảo sát lấy ý kiến của người dân, tổ chức, doanh nghiệp trên địa bàn tỉnh Khánh Hòa. Sở Nội vụ tỉnh Khánh Hòa xin trân trọng thông báo.",
    [], ["SIPAS.1", "8.1"], "the ministry's national survey, announced by a health centre's site")
doc("x205", "https://www.binhduong.gov.vn:443/thong-tin-tuyen-truyen/2018/02/465-do-luong-su-hai-long-cua-nguoi-dan-to-chuc-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-tinh-binh-duong-nam-201", "Bình Dương",
    "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Bình Dương năm 2018",
    "Theo đó, đối tượng đo lường sự hài lòng là cơ quan hành chính nhà nước cấp tỉnh, cấp huyện, cấp xã cung cấp dịch vụ hành chính công cho người dân, tổ chức. Các yếu tố của phiếu khảo sát cơ bản theo quy định tại Quyết định số 2640/QĐ-BNV ngày 10/10/2017 của Bộ Nội vụ. Trung tâm Hành chính công phối hợp các sở, ban, ngành, UBND cấp huyện, UBND cấp xã thực hiện triển khai đo lường sự hài lòng theo đúng kế hoạch.",
    ["SIPAS.1", "8.1"], ["3.3"], "the one-stop centre only carries out the survey")
doc("x206", "https://scem.gov.vn/vi/tin-tuc-trung-tam/chi-dao-dieu-hanh/theo-doi-tinh-hinh-thi-hanh-phap-luat-thuoc-nganh-tai-nguyen-moi-truong-607.html", None,
    "Theo dõi tình hình thi hành pháp luật thuộc ngành tài nguyên môi trường",
    "Kế hoạch này nhằm mục đích xem xét, đánh giá khách quan thực trạng thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành trên phạm vi cả nước. Thực hiện Kế hoạch trên, các Bộ, ngành, địa phương liên quan có trách nhiệm kịp thời ban hành và tổ chức thực hiện Kế hoạch theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành.",
    [], ["2.2"], "a national plan relayed by a ministry's centre")
doc("x207", "https://baophapluat.vn/cong-tac-xay-dung-phap-luat-tag28537.html", None,
    "Bộ trưởng, Chủ tịch tỉnh phải trực tiếp chỉ đạo công tác xây dựng pháp luật",
    "(PLVN) - Thủ tướng Chính phủ Phạm Minh Chính yêu cầu, phải nâng cao nhận thức, thống nhất hành động, tiếp tục đổi mới đồng bộ, toàn diện công tác xây dựng pháp luật; Bộ trưởng, Chủ tịch UBND các tỉnh, thành phố phải trực tiếp chỉ đạo công tác này.",
    [], ["2.1"], "national news of the Prime Minister's instruction")

doc("x208", "https://xatanmyha.hatinh.gov.vn/portal/pages/2023-06-01/Ve-viec-day-manh-thuc-hien-Chuong-trinh-tong-the-c-4684181.aspx", "Hà Tĩnh",
    "Về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính",
    "Để khắc phục các tồn tại, hạn chế nêu trên và tiếp tục đẩy mạnh Chương trình tổng thể CCHC theo các quy định, hướng dẫn của Trung ương, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban ngành, đơn vị cấp tỉnh và Chủ tịch UBND các cấp tập trung triển khai thực hiện các nội dung sau. Quyết định số 3504/QĐ-UBND ngày 22/10/2021 của UBND tỉnh về ban hành Chương trình tổng thể CCHC của tỉnh giai đoạn 2021- 2030.",
    [], ["1.1"], "the chairman's instruction on the ten-year programme, relayed by a commune: not the year's plan")
doc("x209", "http://baoquangnam.vn/cai-cach-hanh-chinh/khan-truong-to-chuc-thuc-hien-cac-nhiem-vu-cai-cach-hanh-chinh-68374.html", "Quảng Nam",
    "Khẩn trương tổ chức thực hiện các nhiệm vụ cải cách hành chính",
    "UBND tỉnh vừa yêu cầu các sở, ban ngành, UBND các huyện, thị xã, thành phố khẩn trương tổ chức thực hiện các nhiệm vụ cải cách hành chính năm 2019. Trong đó, yêu cầu rà soát các nhiệm vụ được giao trong kế hoạch cải cách hành chính năm 2019, tổ chức thực hiện đúng tiến độ.",
    [], ["1.2"], "an instruction to carry out the plan, not a report")
doc("x210", "https://ls1.hethongphapluat.com/quyet-dinh-41-2014-qd-ubnd-ve-quy-che-tiep-nhan-xu-ly-phan-anh-kien-nghi-cua-ca-nhan-to-chuc-ve-quy-dinh-hanh-chinh-tren-dia-ban-tinh-dak-lak.html", "Đắk Lắk", "",
    V + H + "Số: 41/2014/QĐ-UBND\nĐắk Lắk, ngày 20 tháng 11 năm 2014\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị định số 20/2008/NĐ-CP ngày 14 tháng 02 năm 2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về Kiểm soát thủ tục hành chính;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên địa bàn tỉnh.",
    ["3.4"], ["3.1"])
doc("x211", "https://thuvienphapluat.vn/bulletin/document.aspx?bid=25c4be37-1ea3-40d0-a2a0-78cdaeac1173&key=fSOWeNa7fYcNsw3CDLJN3Q%3D%3D", "Trà Vinh", "",
    V + "TỈNH TRÀ VINH\n" + H + "Số: 07/2018/QĐ-UBND\nTrà Vinh, ngày 02 tháng 3 năm 2018\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP VỀ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ CỦA CÁ NHÂN, TỔ CHỨC VỀ QUY ĐỊNH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH TRÀ VINH\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015;\nCăn cứ Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính;",
    ["3.4"], ["2.1"])
doc("x212", "https://hethongphapluat.com/quyet-dinh-23-2018-qd-ubnd-ve-quy-che-tiep-nhan-xu-ly-phan-anh-kien-nghi-ve-quy-dinh-hanh-chinh-tren-dia-ban-tinh-hai-duong.html", "Hải Dương", "",
    V + H + "Số: 23/2018/QĐ-UBND\nHải Dương, ngày 02 tháng 10 năm 2018\nỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\nCăn cứ Nghị định số 20/2008/NĐ-CP ngày 14 tháng 02 năm 2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với các quy định hành chính;\nCăn cứ Thông tư số 02/2017/TT-VPCP ngày 30 tháng 10 năm 2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính trên địa bàn tỉnh Hải Dương.",
    ["3.4"], ["3.2"])
doc("x213", "https://thuviennhadat.vn/vbpl/quyet-dinh-1272-2014-qd-ubnd-quy-che-phoi-hop-tiep-nhan-xu-ly-phan-anh-kien-nghi-hanh-chinh-quang-ni-241630.html", "Quảng Ninh", "",
    V + "TỈNH QUẢNG NINH\n" + H + "Số: 1272/2014/QĐ-UBND\nQuảng Ninh, ngày 17 tháng 06 năm 2014\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ CỦA CÁ NHÂN, TỔ CHỨC VỀ QUY ĐỊNH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH QUẢNG NINH\nCăn cứ Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ;\nXét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 35/TTr-STP ngày 22 tháng 5 năm 2014,",
    ["3.4"], ["3.1"])
doc("x214", "http://sxdthanhhoa.gov.vn/Detail.aspx?CatID=dd03bec9-f8bc-4092-95e4-5951a9723142&NewsID=c0df7e73-f43e-434f-bdc2-fdaf32c873b4", "Thanh Hóa",
    "Chỉ thị tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước.",
    "Ngày 01/01/2021, Chủ tịch UBND tỉnh ban hành Chỉ thị số 01/CT-UBND về việc tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Thanh Hóa. Những hạn chế, yếu kém nêu trên đã ảnh hưởng không nhỏ đến kỷ luật, kỷ cương hành chính, làm suy giảm lòng tin của tổ chức, công dân và ảnh hưởng đến các chỉ số đánh giá năng lực cạnh tranh của tỉnh.",
    ["5.6"], ["PCI.1"], "the province's directive relayed by a department's site; competitiveness named in passing")
doc("x215", "https://sonoivu.namdinh.gov.vn/cong-chuc-vien-chuc/uy-ban-nhan-dan-tinh-yeu-cau-cong-chuc-vien-chuc-tuyet-doi-khong-di-le-hoi-trong-gio-hanh-chinh-tru-truong-hop-duoc-2659", "Nam Định",
    "Uỷ ban nhân dân tỉnh yêu cầu công chức, viên chức tuyệt đối không đi lễ hội trong giờ hành chính trừ trường hợp được cấp có thẩm quyền phân công",
    "UBND tỉnh vừa có Kế hoạch số 09/KH-UBND ngày 18/01/2023 về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội, Dự toán ngân sách nhà nước và cải thiện môi trường kinh doanh năm 2023. Thực hiện nghiêm kỷ luật, kỷ cương theo Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ.",
    ["5.6"], ["8.2", "6.1"], "discipline in the headline; the socio-economic and budget plan is only the vehicle")

doc("x216", "https://vinh24h.vn/tag/cao-do", "Nghệ An",
    "Tập trung cao độ, quyết liệt thực hiện mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2022",
    "Sáng 24/02, UBND tỉnh tổ chức phiên họp thường kỳ tháng 02/2022 để nghe và cho ý kiến về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 02, triển khai nhiệm vụ tháng 03/2022. Đồng chí Nguyễn Đức Trung - Chủ tịch UBND tỉnh chủ trì phiên họp.",
    [], ["1.2"], "a monthly socio-economic meeting, not a CCHC report")
doc("x217", "https://m.thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-34-2024-QD-UBND-Quy-che-quan-ly-du-lieu-tren-He-thong-nen-co-so-du-lieu-chuyen-nganh-Cao-Bang-624786.aspx", "Cao Bằng", "",
    V + "TỈNH CAO BẰNG\n" + H + "Số: 34/2024/QĐ-UBND\nCao Bằng, ngày 09 tháng 9 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH, KẾT NỐI, CHIA SẺ, KHAI THÁC VÀ SỬ DỤNG DỮ LIỆU TRÊN HỆ THỐNG NỀN CƠ SỞ DỮ LIỆU CHUYÊN NGÀNH TỈNH CAO BẰNG\nCăn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;\nCăn cứ Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan Nhà nước;",
    ["7.1"], ["7.4"], "the province's data platform (7.1), not the re-use of TTHC records")
doc("x218", "https://hethongphapluat.vn/quyet-dinh-2276-qd-ubnd-nam-2016-ve-quy-che-quan-ly-van-hanh-va-khai-thac-trung-tam-tich-hop-du-lieu-tinh-ha-giang.html", "Hà Giang", "",
    "UỶ BAN NHÂN DÂN\n" + H + "Số: 2276/QĐ-UBND\nHà Giang, ngày 23 tháng 9 năm 2016\nBAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC TRUNG TÂM TÍCH HỢP DỮ LIỆU TỈNH HÀ GIANG\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nCăn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015;\nCăn cứ Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007 của Chính phủ quy định về ứng dụng công nghệ thông tin trong hoạt động cơ quan nhà nước;\nTheo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 43/TTr-STTTT ngày 19/09/2016,",
    ["7.1"], ["7.2"], "the province's data centre")
doc("x219", "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-33-2009-QD-UBND-quan-ly-va-khai-thac-mang-tin-hoc-dien-rong-105414.aspx", "Tiền Giang", "",
    V + "TỈNH TIỀN GIANG\n" + H + "Số: 33/2009/QĐ-UBND\nMỹ Tho, ngày 24 tháng 12 năm 2009\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ VÀ KHAI THÁC MẠNG TIN HỌC DIỆN RỘNG CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nCăn cứ Luật Công nghệ thông tin ngày 29/6/2006;\nCăn cứ Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng công nghệ thông tin trong hoạt động của cơ quan Nhà nước;",
    ["7.1"], ["7.2"], "the province's wide-area network (infrastructure)")
doc("x220", "https://hethongphapluat.com/quyet-dinh-1619-qd-ubnd-nam-2021-ve-quy-che-quan-ly-van-hanh-khai-thac-nen-tang-tich-hop-chia-se-du-lieu-tinh-quang-nam-lgsp-tinh-quang-nam.html", "Quảng Nam", "",
    V + "TỈNH QUẢNG NAM\n" + H + "Số: 1619/QĐ-UBND\nQuảng Nam, ngày 15 tháng 6 năm 2021\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH, KHAI THÁC NỀN TẢNG TÍCH HỢP, CHIA SẺ DỮ LIỆU TỈNH QUẢNG NAM (LGSP TỈNH QUẢNG NAM)\nCăn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước;\nTheo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 151/TTr- STTTT ngày 01/6/2021.",
    ["7.1"], ["7.4"])
doc("x221", "http://vjst.vn/vn/tin-tuc/17124/quy-che-quan-ly--van-hanh-va-su-dung-nen-tang-tich-hop--chia-se-du-lieu-cua-bo-khoa-hoc-va-cong-nghe.aspx", None,
    "Quy chế Quản lý, vận hành và sử dụng nền tảng tích hợp, chia sẻ dữ liệu của Bộ Khoa học và Công nghệ",
    "Mới đây, Bộ Khoa học và Công nghệ (KH&CN) đã ban hành Quy chế Quản lý, vận hành và sử dụng nền tảng tích hợp, chia sẻ dữ liệu của Bộ. Quy chế này quy định các nội dung về quản lý, vận hành và sử dụng Nền tảng tích hợp, chia sẻ dữ liệu của Bộ KH&CN (LGSP).",
    [], ["7.1"], "a ministry's own platform")
doc("x222", "https://data.gov.vn/web/guest/news/-/asset_publisher/FRkblAs8yr3H/content/quantridulieuobandungindonesia", None,
    "Quản trị dữ liệu ở Bandung, Indonesia",
    "(data.gov.vn) Quản trị dữ liệu là nội dung quan trọng của Chính phủ điện tử. Chính quyền Bandung-Indonesia đã nhận biết được sự quan trọng của quản trị dữ liệu và đã có sự nghiên cứu, đề xuất phương án triển khai quản trị dữ liệu.",
    [], ["7.1"], "an article about a foreign city")
doc("x223", "https://m.thuvienphapluat.vn/van-ban/Thuong-mai/Nghi-quyet-78-NQ-HDND-2023-ke-hoach-von-dau-tu-cong-phat-trien-kinh-te-xa-hoi-Quang-Ngai-2021-2030-593201.aspx", "Quảng Ngãi", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\n" + H + "Số: 78/NQ-HĐND\nQuảng Ngãi, ngày 07 tháng 12 năm 2023\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024 THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI TỈNH QUẢNG NGÃI GIAI ĐOẠN 2021 - 2030\nNGUỒN VỐN: NGÂN SÁCH TRUNG ƯƠNG VÀ NGÂN SÁCH TỈNH\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nCăn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;",
    ["6.1"], ["8.2"], "the year's public-investment budget; 'phát triển kinh tế - xã hội' is the programme's name")
doc("x224", "https://hethongphapluat.com/nghi-quyet-34-2016-nq-hdnd-noi-quy-ky-hop-hoi-dong-nhan-dan-tinh-vinh-phuc.html", "Vĩnh Phúc", "",
    "HỘI ĐỒNG NHÂN DÂN\n" + H + "Số: 34/2016/NQ-HĐND\nVĩnh Phúc, ngày 21 tháng 7 năm 2016\nHỘI ĐỒNG NHÂN DÂN TỈNH VĨNH PHÚC\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nCăn cứ Luật Hoạt động giám sát của Quốc hội và HĐND ngày 20/11/2015;\nĐiều 1. Ban hành kèm theo Nghị quyết này Nội quy kỳ họp HĐND tỉnh.",
    [], ["2.1"], "the council's session rules: no PAR criterion")


# --- Fifth pass (x225-, issue 15, session 6): thin provinces and thin criteria ------------------
doc("x225", "https://nhandan.vn/tag/th%c3%ad+%c4%91i%e1%bb%83m+%c4%91%e1%bb%95i+m%e1%bb%9bi.html", "Hậu Giang",
    "Hậu Giang thí điểm đổi mới tinh giản biên chế gắn với tuyển dụng cán bộ trẻ",
    "Ngày 30/5, tại hội nghị triển khai, quán triệt và sơ kết, tổng kết các văn bản của Trung ương và của tỉnh, Ban Chấp hành Đảng bộ tỉnh Hậu Giang đã thông qua Đề án \"Thí điểm đổi mới tinh giản biên chế gắn với tuyển dụng cán bộ trẻ ngang tầm nhiệm vụ\".",
    ["4.2", "5.2"], ["4.1"], "the province's own scheme: streamlining staff (4.2) tied to recruiting young officials (5.2)")
doc("x226", "https://thaibinhtv.vn/news/60/31012/trung-tam-hanh-chinh-cong-giai-quyet-4-964-ho-so", "Thái Bình",
    "Trung tâm Hành chính công giải quyết 4.964 hồ sơ",
    "Theo Báo cáo của UBND tỉnh, trong tháng 7, công tác cải cách hành chính, xây dựng chính quyền được quan tâm chỉ đạo thực hiện. Hoạt động của Trung tâm Hành chính công cấp tỉnh và cấp huyện của tỉnh Thái Bình được duy trì thực hiện tốt. Trong tháng 7, Trung tâm Hành chính công cấp tỉnh và huyện đã tiếp nhận 6.892 hồ sơ; hồ sơ đã giải quyết là 4.964 hồ sơ.",
    ["3.3"], ["1.2"], "news of the one-stop centres' month (3.3); the monthly socio-economic report is not a CCHC report")
doc("x227", "http://hethongphapluat.com/ke-hoach-50-kh-ubnd-nam-2011-thuc-hien-chuong-trinh-hanh-dong-ve-tang-cuong-su-lanh-dao-cua-dang-doi-voi-cong-tac-cai-cach-hanh-chinh-nha-nuoc-giai-doan-2011-2015-do-tinh-phu-yen-ban-hanh.html", "Phú Yên", "",
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n" + H + "Số: 50/KH-UBND\nPhú Yên, ngày 19 tháng 7 năm 2011\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA TỈNH ỦY VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN 2011-2015\nThực hiện Chương trình hành động số 05-CTr/TU ngày 24/6/2011 của Tỉnh ủy về việc tăng cường sự lãnh đạo của Đảng đối với công tác cải cách hành chính Nhà nước giai đoạn 2011-2015; UBND tỉnh đề ra Kế hoạch thực hiện cải cách hành chính Nhà nước trên địa bàn tỉnh giai đoạn 2011-2015 như sau:\nI. MỤC TIÊU, YÊU CẦU CẢI CÁCH HÀNH CHÍNH\n1. Mục tiêu\na) Mục tiêu tổng quát: Tập trung xây dựng một nền hành chính minh bạch, từng bước chuyên nghiệp và hiện đại, hướng đến phục vụ nhân dân và tạo lập môi trường đầu tư, kinh doanh bình đẳng, thông thoáng, nâng cao chỉ số năng lực cạnh tranh của tỉnh.",
    [], ["1.1", "PCI.1"], "five-year CCHC plan (as h001): not the annual plan; competitiveness only in its purpose")
doc("x228", "https://ls1.hethongphapluat.com/thong-bao-20-tb-vpcp-nam-2023-ve-ket-luan-cua-thu-tuong-chinh-phu-pham-minh-chinh-tai-buoi-lam-viec-voi-lanh-dao-chu-chot-tinh-phu-yen-do-van-phong-chinh-phu-ban-hanh.html", None, "",
    "VĂN PHÒNG CHÍNH PHỦ\n" + H + "Số: 20/TB-VPCP\nHà Nội, ngày 03 tháng 02 năm 2023\nTHÔNG BÁO\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO CHỦ CHỐT TỈNH PHÚ YÊN\nSau khi nghe báo cáo về tình hình kinh tế - xã hội, quốc phòng, an ninh, xây dựng Đảng và hệ thống chính trị năm 2022, phương hướng, nhiệm vụ trong thời gian tới, một số vấn đề, kiến nghị của tỉnh và ý kiến của Lãnh đạo các Bộ, cơ quan, Thủ tướng Chính phủ Phạm Minh Chính kết luận như sau:",
    [], ["8.2", "1.6"], "the Government Office's notice about a province: not the province's evidence")
doc("x229", "https://baoninhbinh.org.vn/s/%C4%91%E1%BA%A1i%20bi%E1%BB%83u%20Qu%E1%BB%91c%20h%E1%BB%99i?page=14", "Hà Nam",
    "Ban Chấp hành Đảng bộ tỉnh cho ý kiến về việc đặt tên đơn vị hành chính cấp xã sau sắp xếp",
    "Sáng 22/4, Ban Chấp hành (BCH) Đảng bộ tỉnh tổ chức hội nghị thảo luận, cho ý kiến về Đề án sắp xếp đơn vị hành chính (ĐVHC) cấp xã của tỉnh Hà Nam.",
    ["4.4"], ["4.1"], "the province's scheme for merging communes (relayed by the Ninh Bình paper after the 2025 merger)")
doc("x230", "https://hanoionline.vn/amp/ha-noi-du-kien-giam-5-so-sau-tinh-gon-bo-may-287933.htm", "Hà Nội",
    "Hà Nội dự kiến giảm 5 sở sau tinh gọn bộ máy", "Hà Nội dự kiến giảm 5 sở sau tinh gọn bộ máy",
    ["4.1"], ["4.4"], "title only: reorganising the city's departments, not its administrative units")
doc("x231", "https://baocantho.com.vn/bat-dong-san-do-thi", "Cần Thơ",
    "Rà soát quy hoạch đô thị và đánh giá chất lượng đô thị trong giai đoạn sắp xếp đơn vị hành chính",
    "(CT) - Văn phòng UBND TP Cần Thơ vừa ban hành Công văn số 1560/VPUB-XDĐT gửi Sở Xây dựng, Sở Nội vụ và UBND quận, huyện về việc rà soát quy hoạch đô thị và đánh giá chất lượng đô thị trong giai đoạn thực hiện sắp xếp, tổ chức lại đơn vị hành chính (ĐVHC) các cấp.",
    [], ["4.4"], "an urban-planning review by the city office; the merger of units is only its period")
doc("x232", "https://m.thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-4168-QD-UBND-2021-Ke-hoach-cai-cach-hanh-chinh-Can-Tho-2021-2025-504471.aspx", "Cần Thơ", "",
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n" + H + "Số: 4168/QĐ-UBND\nCần Thơ, ngày 27 tháng 12 năm 2021\nBAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH THÀNH PHỐ CẦN THƠ GIAI ĐOẠN 2021-2025\nỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;\nCăn cứ Chỉ thị số 13/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính thành phố Cần Thơ giai đoạn 2021-2025.",
    [], ["1.1"], "five-year CCHC plan issued in late December: not the annual plan")
doc("x233", "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-32-KH-UBND-2026-thuc-hien-Nghi-quyet-Dai-hoi-Dai-bieu-Dang-bo-thanh-pho-lan-thu-I-Can-Tho-690858.html", "Cần Thơ", "",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 32/KH-UBND\nCần Thơ, ngày 22 tháng 01 năm 2026\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ THÀNH PHỐ CẦN THƠ LẦN THỨ I, NHIỆM KỲ 2025 - 2030 VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 02-CTR/TU, NGÀY 28 THÁNG 10 NĂM 2025 CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030, Ủy ban nhân dân thành phố ban hành kế hoạch triển khai thực hiện như sau:",
    [], ["1.1", "8.2"], "a plan to carry out the party congress resolution: no PAR criterion is its subject")
doc("x234", "https://luatminhkhue.vn/nghi-quyet-08-2007-nq-hdnd-tinh-hinh-thuc-hien-nhiem-vu-kinh-te---xa-hoi--quoc-phong--an-ninh-nam-2007-va-phuong-huong--nhiem-vu-nam-2008-do-thanh-pho-can-tho-ban-hanh.aspx", "Cần Thơ", "",
    "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n" + H + "Số: 08/2007/NQ-HĐND\nCần Thơ, ngày 07 tháng 12 năm 2007\nNGHỊ QUYẾT\nVỀ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI, QUỐC PHÒNG, AN NINH NĂM 2007 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2008\nHỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCăn cứ Nghị quyết số 78/2006/NQ-HĐND ngày 13 tháng 12 năm 2006 của Hội đồng nhân dân thành phố về Quyết định định mức, phân bổ dự toán thu, chi ngân sách năm 2007 của thành phố Cần Thơ;\nSau khi nghe Ủy ban nhân dân thành phố báo cáo tình hình thực hiện Nghị quyết Hội đồng nhân dân thành phố về kinh tế - xã hội, quốc phòng, an ninh năm 2007 và phương hướng, nhiệm vụ năm 2008,",
    ["8.2"], ["6.1", "1.2"], "the year's socio-economic results (8.2 as x163); the budget only in a citation")
doc("x235", "https://vanban123.vn/Khac/thong-bao-so-164-tb-vpcp-ve-ket-luan-cua-pho-thu-tuong-thuong-truc-chinh-phu-nguyen-sinh-hung-tai-hoi-nghi-so-ket-2-nam-thuc-hien-nghi-quyet-so-45-nq-tw-cua-bo-chinh-tri-ve-xay-dung-va-phat-trien-thanh-pho-can-tho-trong-thoi-ky-cong-nghiep-hoa-hien-dai-ho-347333", None, "",
    "VĂN PHÒNG CHÍNH PHỦ\n" + H + "Số: 164/TB-VPCP\nHà Nội, ngày 30 tháng 08 năm 2007\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ NGUYỄN SINH HÙNG TẠI HỘI NGHỊ SƠ KẾT 2 NĂM THỰC HIỆN NGHỊ QUYẾT SỐ 45-NQ/TW CỦA BỘ CHÍNH TRỊ VỀ XÂY DỰNG VÀ PHÁT TRIỂN THÀNH PHỐ CẦN THƠ TRONG THỜI KỲ CÔNG NGHIỆP HOÁ, HIỆN ĐẠI HOÁ ĐẤT NƯỚC",
    [], ["8.2"], "the Government Office's notice about a city: not the city's evidence")
doc("x236", "https://dulichgiaitri.vn/dak-lak-chuan-bi-nha-o-phuong-tien-di-lai-cho-can-bo-khi-sap-nhap-tinh-a209917.html", "Đắk Lắk",
    "Đắk Lắk chuẩn bị nhà ở, phương tiện đi lại cho cán bộ khi sáp nhập tỉnh",
    "Để kịp thời triển khai xây dựng Đề án sắp xếp, tổ chức lại ĐVHC cấp tỉnh theo định hướng của Trung ương và đảm bảo quy định, UBND tỉnh Đắk Lắk vừa có văn bản đề nghị các cấp ủy, tổ chức Đảng; các cơ quan, đơn vị khẩn trương, chủ động phối hợp với các sở, ban, ngành sắp xếp, sáp nhập triển khai phương án sắp xếp tổ chức bộ máy theo ngành lĩnh vực khi thực hiện sắp xếp ĐVHC cấp tỉnh.",
    ["4.4"], ["6.3"], "the province's preparation for the merger (4.4); housing for officials is not public-asset management")
doc("x237", "https://vbpl.vn/soctrang/Pages/vbpq-toanvan.aspx?ItemID=42591&dvid=267", "Sóc Trăng",
    "Kế hoạch hành động thực hiện Luật Phòng, chống tham nhũng",
    "KẾ HOẠCH HÀNH ĐỘNG\nTHỰC HIỆN LUẬT PHÒNG, CHỐNG THAM NHŨNG\nCăn cứ Luật Phòng, chống tham nhũng, ngày 29/11/2005;\nCăn cứ Quyết định số 30/2006/QĐ-TTg, ngày 06/02/2006 của Thủ tướng Chính phủ về việc ban hành Chương trình hành động của Chính phủ thực hiện Luật Phòng, chống tham nhũng;\nUỷ ban nhân dân tỉnh Sóc Trăng xây dựng Kế hoạch hành động thực hiện Luật Phòng, chống tham nhũng. Nâng cao ý thức trách nhiệm của các cơ quan, tổ chức, đơn vị, cán bộ, công chức, viên chức và công dân về công tác phòng, chống tham nhũng.",
    [], ["5.6", "2.4"], "anti-corruption plan: neither administrative discipline (5.6) nor legal dissemination (2.4)")
doc("x238", "https://huggingface.co/datasets/hieunguyen1053/tvpl-chunk/viewer/default/dieu?p=3", "Thái Bình",
    "Quyết định 1528/QĐ-UBND 2019 công bố thủ tục hành chính Ban Quản lý khu kinh tế tỉnh Thái Bình",
    "Điều 1. Công bố kèm theo Quyết định này Danh mục 50 (năm mươi) thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý khu kinh tế và các khu công nghiệp tỉnh Thái Bình (có Phụ lục kèm theo).\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế các Quyết định của Ủy ban nhân dân tỉnh Thái Bình: số 1697/QĐ-UBND ngày 30/6/2016; số 932/QĐ-UBND ngày 13/4/2018.",
    ["3.1"], ["3.2"], "articles 1-2 of a thuvienphapluat.vn text (issuing agency Tỉnh Thái Bình, 07/06/2019) as stored in a public dataset viewer")
doc("x239", "https://benhvienyhct-phcnkhanhhoa.com.vn/tin-chi-tiet/id/4360/Cuoc-thi-Mo-hinh,sang-kien-CCHC-cua-cong-chuc,-vien-chuc-tre-nam-2021", "Khánh Hòa",
    "Cuộc thi Mô hình, sáng kiến CCHC của công chức, viên chức trẻ năm 2021",
    "UBND tỉnh Khánh Hòa vừa ban hành Kế hoạch tổ chức cuộc thi \"Mô hình, sáng kiến cải cách hành chính của công chức, viên chức trẻ\" năm 2021. Đây là lần thứ 5, UBND tỉnh quyết định tổ chức cuộc thi sau những thành công, hiệu quả mang lại từ 04 lần thi trước. Các mô hình, sáng kiến, giải pháp dự thi Vòng sơ khảo phải được dàn dựng, biên tập, thể hiện dưới dạng video clip.",
    ["1.5"], ["1.4"], "the province's contest of CCHC initiatives (1.5), relayed by a hospital's site; not a quiz on CCHC (1.4)")
doc("x240", "https://baokhanhhoa.vn/phong-su/chung-tay-cai-cach-hanh-chinh/201707/thi-mo-hinh-sang-kien-cai-cach-hanh-chinh-cua-cong-chuc-vien-chuc-tre-cum-5-8048077", "Khánh Hòa",
    "Thi \"Mô hình sáng kiến, cải cách hành chính của công chức, viên chức trẻ\" cụm 5",
    "Sáng 24-7 tại huyện Vạn Ninh, Cụm thi số 5 (huyện Vạn Ninh và thị xã Ninh Hòa) tổ chức cuộc thi \"Mô hình sáng kiến, cải cách hành chính của công chức, viên chức trẻ\" lần thứ 3, năm 2017. Hội thi nhằm khuyến khích các công chức, viên chức trẻ sáng tạo những cách làm hay, mô hình hiệu quả trong cải cách hành chính.",
    ["1.5"], ["1.4", "5.4"], "a round of the province's initiative contest; not training (5.4)")
doc("x241", "https://huengaynay.vn/chinh-tri-xa-hoi/cai-cach-hanh-chinh/ban-hanh-the-le-hoi-thi-truc-tuyen-tim-hieu-cong-tac-cai-cach-hanh-chinh-158133.html", "Thừa Thiên Huế",
    "Ban hành thể lệ hội thi trực tuyến tìm hiểu công tác cải cách hành chính",
    "HNN.VN - UBND thành phố Huế vừa ban hành Quyết định số 148/QĐ-BTCHT về việc ban hành thể lệ hội thi trực tuyến tìm hiểu công tác cải cách hành chính (CCHC) năm 2025. Theo thể lệ, hội thi được tổ chức theo hình thức trắc nghiệm trực tuyến trên nền tảng số Hue-S, diễn ra trong 4 tuần. Hội thi là dịp để lan tỏa phong trào tìm hiểu, học tập về CCHC, khuyến khích sự tham gia của toàn xã hội.",
    ["1.4"], ["1.5", "7.3"], "the city's CCHC quiz (tuyên truyền); an initiative contest would be 1.5; the platform is not a public service")
doc("x242", "https://hethongphapluat.com/ke-hoach-91-kh-ubnd-nam-2019-thuc-hien-co-che-tu-chu-tai-don-vi-su-nghiep-cong-lap-cap-tinh-giai-doan-2019-2021-muc-tieu-den-nam-2025-tren-dia-ban-tinh-thanh-hoa.html", "Thanh Hóa",
    "Kế hoạch 91/KH-UBND năm 2019 thực hiện cơ chế tự chủ tại đơn vị sự nghiệp công lập cấp tỉnh giai đoạn 2019-2021, mục tiêu đến năm 2025 trên địa bàn tỉnh Thanh Hóa",
    "Văn bản liên quan: Luật Quản lý, sử dụng tài sản công 2017; Quyết định 4762/2016/QĐ-UBND về định mức phân bổ chi thường xuyên ngân sách địa phương năm 2017 và ổn định đến năm 2020, tỉnh Thanh Hóa; Nghị định 151/2017/NĐ-CP về hướng dẫn Luật quản lý, sử dụng tài sản công; Quyết định 2782/QĐ-UBND năm 2018 phê duyệt Đề án thực hiện cơ chế tự chủ tại Bệnh viện công lập thuộc tỉnh Thanh Hóa, giai đoạn 2018-2020; Nghị định 16/2015/NĐ-CP Quy định cơ chế tự chủ của đơn vị sự nghiệp công lập.",
    ["6.2"], ["6.3", "6.1"], "the province's autonomy plan for its public service units; the page body lists related acts only")
doc("x243", "https://ls1.hethongphapluat.com/quyet-dinh-31-2013-qd-ubnd-ve-quy-che-ban-dau-gia-quyen-su-dung-dat-de-giao-dat-co-thu-tien-su-dung-dat-hoac-cho-thue-dat-tren-dia-ban-tinh-soc-trang.html", "Sóc Trăng", "",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 31/2013/QĐ-UBND\nSóc Trăng, ngày 22 tháng 8 năm 2013\nỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26/11/2003;\nCăn cứ Nghị định số 17/2010/NĐ-CP ngày 04/3/2010 của Chính phủ về bán đấu giá tài sản;\nCăn cứ Quyết định số 216/2005/QĐ-TTg ngày 31/8/2005 của Thủ tướng Chính phủ về việc ban hành Quy chế đấu giá quyền sử dụng đất để giao đất có thu tiền sử dụng đất hoặc cho thuê đất;\nTheo đề nghị của Giám đốc Sở Tư pháp,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế bán đấu giá quyền sử dụng đất để giao đất có thu tiền sử dụng đất hoặc cho thuê đất trên địa bàn tỉnh Sóc Trăng.",
    [], ["2.1", "6.3"], "a sector rule issued as a normative act: not the drafting of normative acts (2.1), not public-asset management (6.3)")
doc("x244", "https://hethongphapluat.vn/quyet-dinh-1034-qd-ubnd-nam-2008-quy-trinh-soan-thao-ban-hanh-van-ban-quy-pham-phap-luat-cua-uy-ban-nhan-dan-tinh-son-la.html", "Sơn La", "",
    "UỶ BAN NHÂN DÂN\n" + H + "Số: 1034/QĐ-UBND\nSơn La, ngày 24 tháng 4 năm 2008\nQUYẾT ĐỊNH\nVỀ QUY TRÌNH SOẠN THẢO, BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT CỦA UỶ BAN NHÂN DÂN TỈNH SƠN LA\nCHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Uỷ ban nhân dân ngày 03 tháng 12 năm 2004;\nXét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 119/TTr-STP ngày 09 tháng 4 năm 2008,\nĐiều 1. Quyết định này quy định về quy trình thực hiện việc soạn thảo, ban hành văn bản quy phạm pháp luật của Uỷ ban nhân dân tỉnh.\nĐiều 2. Đề nghị xây dựng văn bản quy phạm pháp luật",
    ["2.1"], ["2.3"])
doc("x245", "https://thuviennhadat.vn/vbpl/quyet-dinh-21-2014-qd-ubnd-quy-che-xay-dung-van-ban-quy-pham-phap-luat-quang-ninh-2014-224338.html", "Quảng Ninh",
    "Quyết định 21/2014/QĐ-UBND về Quy chế xây dựng văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh Quảng Ninh",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 21/2014/QĐ-UBND\nQuảng Ninh, ngày 06 tháng 01 năm 2014\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nCăn cứ Thông tư liên tịch số 47/2012/TTLT-BTC-BTP ngày 16 tháng 3 năm 2012 của Bộ Tài chính, Bộ Tư pháp quy định việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí ngân sách nhà nước bảo đảm cho công tác xây dựng và hoàn thiện văn bản quy phạm pháp luật;\nXét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số: 83/TTr-STP ngày 29 tháng 11 năm 2013,",
    ["2.1"], ["2.3", "6.1", "3.1"], "rules for drafting normative acts; budget and TTHC control only in citations")
doc("x246", "https://thuvienphapluat.vn/van-ban/Bat-dong-san/Nghi-quyet-14-NQ-HDND-2019-chuong-trinh-phat-trien-nha-o-Yen-Bai-422922.aspx?tab=7", "Yên Bái", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH YÊN BÁI\n" + H + "Số: 14/NQ-HĐND\nYên Bái, ngày 21 tháng 6 năm 2019\nNGHỊ QUYẾT\nVỀ CHƯƠNG TRÌNH PHÁT TRIỂN NHÀ Ở TỈNH YÊN BÁI ĐẾN NĂM 2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030\nCăn cứ Luật nhà ở ngày 25 tháng 11 năm 2014;\nCăn cứ Quyết định 322/QĐ-TTg ngày 21 tháng 3 năm 2018 của Thủ tướng Chính phủ về việc phê duyệt điều chỉnh quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Yên Bái đến năm 2020, tầm nhìn đến năm 2030;\nXét Tờ trình số 70/TTr-UBND ngày 29 tháng 5 năm 2019 của UBND tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách",
    [], ["8.2"], "a housing programme; 'phát triển kinh tế - xã hội' only in a citation")
doc("x247", "https://luatminhkhue.vn/nghi-quyet-11-2011-nq-hdnd-ke-hoach-phat-trien-kinh-te---xa-hoi-tinh-tien-giang-nam-2012.aspx", "Tiền Giang", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH TIỀN GIANG\n" + H + "Số: 11/2011/NQ-HĐND\nTiền Giang, ngày 15 tháng 12 năm 2011\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TIỀN GIANG NĂM 2012\nQua xem xét Báo cáo số 187/BC-UBND ngày 30 tháng 11 năm 2011 của Ủy ban nhân dân tỉnh về tình hình kinh tế - xã hội năm 2011 và kế hoạch phát triển kinh tế - xã hội năm 2012 tỉnh Tiền Giang; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách,\nĐiều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội tỉnh Tiền Giang năm 2012. Tiếp tục thực hiện các giải pháp kiềm chế lạm phát; cải thiện môi trường đầu tư nhằm tăng cường thu hút đầu tư trong và ngoài nước.",
    ["8.2"], ["1.1", "6.1"], "the province's socio-economic plan of the year (8.2 as x163), not a CCHC plan nor a budget")
doc("x249", "https://moj.gov.vn/qt/tintuc/Pages/hoat-dong-cua-tu-phap-dia-phuong.aspx?ItemID=2090", "Quảng Ngãi",
    "Quảng Ngãi: Với hơn bốn năm thực hiện công tác kiểm tra văn bản",
    "Hơn bốn năm qua từ 2004 đến nay, Sở Tư pháp tỉnh Quảng Ngãi đã triển khai thực hiện toàn diện các nội dung về công tác kiểm tra văn bản. Từ năm 2006 đến nay Sở Tư pháp tỉnh Quảng Ngãi đã tham mưu trình Hội đồng nhân dân, Uỷ ban nhân dân tỉnh ban hành các văn bản để điều chỉnh về lĩnh vực kiểm tra văn bản, như: Chỉ thị về tăng cường công tác kiểm tra và xử lý văn bản quy phạm pháp luật trên địa bàn tỉnh Quảng Ngãi; các Quyết định ban hành Chương trình, kế hoạch hàng năm về công tác kiểm tra.",
    ["2.3"], ["2.1"], "the province's checking of normative acts, reported on the ministry's site")
doc("x250", "https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/quyet-dinh-93-2014-qd-ubnd-phoi-hop-cong-tac-theo-doi-tinh-hinh-thi-hanh-phap-luat-lao-cai-263625.aspx", "Lào Cai", "",
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n" + H + "Số: 93/2014/QĐ-UBND\nLào Cai, ngày 31 tháng 12 năm 2014\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH LÀO CAI\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03/12/2004;\nCăn cứ Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;\nTheo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 127/TTr-STP ngày 22/12/2014,",
    ["2.2"], ["2.1", "2.3"])
doc("x251", "https://baonghean.vn/16-tap-the-va-ca-nhan-nganh-van-hoa-va-the-thao-duoc-khen-thuong-ve-thuc-hien-cai-cach-hanh-chinh-268658.html", "Nghệ An",
    "Nghệ An công bố kết quả đánh giá, xếp hạng Chỉ số cải cách hành chính các sở, ban, ngành và UBND cấp huyện",
    "(Baonghean) - Năm 2019 lần đầu tiên Nghệ An công bố kết quả đánh giá, xếp hạng Chỉ số cải cách hành chính (CCHC) các sở, ban, ngành cấp tỉnh và UBND 21 huyện, thành, thị do Hội đồng thẩm định cấp tỉnh thực hiện. Kết quả trên dựa vào điểm số đạt được của từng cơ quan, đơn vị trong thực hiện công tác cải cách hành chính và qua điều tra xã hội học.",
    ["1.7"], ["1.2"], "the province's index of its departments and districts (title from the lead; the URL slug names a sector's awards)")
doc("x252", "https://baotainguyenmoitruong.vn/thanh-hoa-cong-bo-xep-hang-chi-so-cai-cach-hanh-chinh-nam-2023-369667.html", "Thanh Hóa",
    "Thanh Hóa: Công bố xếp hạng Chỉ số cải cách hành chính năm 2023",
    "Mới đây, Chủ tịch UBND tỉnh Thanh Hóa ban hành Quyết định số 600/QĐ-UBND về việc Công bố xếp hạng Chỉ số cải cách hành chính của các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố năm 2023. Theo đó, đối với cấp Sở, ban, ngành; Sở Công Thương có tổng số điểm đạt được 92.83 điểm, chỉ số cải cách hành chính đạt 92.83% đứng vị trí thứ nhất.",
    ["1.7"], ["1.1", "1.2"])
doc("x253", "http://news.baothuathienhue.vn/chinh-tri-xa-hoi/cai-cach-hanh-chinh/", "Thừa Thiên Huế",
    "Hướng đến nhóm 10 địa phương dẫn đầu về cải cách hành chính",
    "Những năm gần đây, công tác cải cách hành chính (CCHC) trên địa bàn tỉnh đã có nhiều chuyển biến mạnh mẽ, thể hiện qua việc chỉ số PAR Index tăng dần.",
    [], ["1.7", "1.2"], "a newspaper's piece on the province's national PAR INDEX rank (as x110), not its index of departments nor a report")
doc("x254", "https://ls1.hethongphapluat.com/nghi-quyet-18-nq-hdnd-nam-2011-tam-giao-tong-bien-che-cong-chuc-trong-co-quan-hanh-chinh-va-quyet-dinh-tong-bien-che-cong-chuc-vien-chuc-trong-don-vi-su-nghiep-nam-2012-cua-do-thanh-pho-can-tho-ban-hanh.html", "Cần Thơ", "",
    "HỘI ĐỒNG NHÂN DÂN\n" + H + "Số: 18/NQ-HĐND\nCần Thơ, ngày 08 tháng 12 năm 2011\nHỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCăn cứ Nghị định số 71/2003/NĐ-CP ngày 19 tháng 6 năm 2003 của Chính phủ về phân cấp quản lý biên chế hành chính, sự nghiệp nhà nước;\nCăn cứ Nghị định số 21/2010/NĐ-CP ngày 08 tháng 3 năm 2010 của Chính phủ về quản lý biên chế công chức;\nCăn cứ Nghị định số 43/2006/NĐ-CP ngày 25 tháng 4 năm 2006 của Chính phủ quy định quyền tự chủ, tự chịu trách nhiệm về thực hiện nhiệm vụ, tổ chức bộ máy, biên chế và tài chính đối với đơn vị sự nghiệp công lập;\nSau khi xem xét Tờ trình số 61/TTr-UBND ngày 16 tháng 11 năm 2011 của Ủy ban nhân dân thành phố về việc phê chuẩn tổng biên chế công chức trong cơ quan hành chính và quyết định tổng biên chế công chức, viên chức trong đơn vị sự nghiệp năm 2012 của thành phố Cần Thơ,\nQUYẾT NGHỊ:\n- Biên chế cấp thành phố: 8.261 biên chế;\n- Biên chế cấp quận, huyện: 12.258 biên chế;",
    ["4.2"], ["6.2", "4.3"], "the city's staff quota of the year; autonomy and decentralisation decrees only in citations")
doc("x255", "https://hethongphapluat.com/cong-van-6139-bnv-tcbc-nam-2023-ve-xay-dung-de-an-va-phe-duyet-vi-tri-viec-lam-co-cau-ngach-cong-chuc-co-cau-vien-chuc-theo-chuc-danh-nghe-nghiep-do-bo-noi-vu-ban-hanh.html", None, "",
    "BỘ NỘI VỤ\n" + H + "Số: 6139/BNV-TCBC\nV/v xây dựng Đề án và phê duyệt vị trí việc làm, cơ cấu ngạch công chức, cơ cấu viên chức theo chức danh nghề nghiệp\nHà Nội, ngày 20 tháng 10 năm 2023\nKính gửi: Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.\nCăn cứ Nghị định số 62/2020/NĐ-CP ngày 01/6/2020 của Chính phủ về vị trí việc làm và biên chế công chức; Nghị định số 106/2020/NĐ-CP ngày 10/9/2020 của Chính phủ về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập.",
    [], ["5.1", "4.2"], "a ministry letter to all provinces")
doc("x256", "https://lingo.vn/luat/van_ban_phap_quy/1711425649617739", None,
    "Quyết định 439/QĐ-TTg 2023 BCĐ quản lý vị trí việc làm trong các cơ quan",
    "Quyết định 439/QĐ-TTg 2023 BCĐ quản lý vị trí việc làm trong các cơ quan",
    [], ["5.1"], "title only: the Prime Minister's steering committee, not a province's act")
doc("x257", "https://tailieuthamkhao.com/nang-cao-chat-luong-cung-ung-dich-vu-hanh-chinh-cong-tinh-quang-binh-22-75654", "Quảng Bình",
    "Nâng cao chất lượng cung ứng dịch vụ hành chính công tỉnh Quảng Bình",
    "Chương trình tổng thể CCHC nhà nước giai đoạn 2001 - 2010 được Chính phủ ban hành ngày 17/9/2001 tại Quyết định số 136/QĐ-TTg đặt ra yêu cầu: Xây dựng quan niệm đúng đắn về DVC. Kết quả, TTHC trên tất cả các lĩnh vực đều được rà soát, sửa đổi, bổ sung và ban hành mới theo hướng đơn giản hóa, thuận tiện cho DN và người dân.",
    [], ["3.5", "3.2"], "a thesis on the province's public services: research is nobody's evidence")
doc("x258", "http://baoquangnam.vn/cai-cach-hanh-chinh/tap-trung-xu-ly-dut-diem-cac-nhiem-vu-qua-han-90184.html", "Quảng Nam",
    "Tập trung xử lý dứt điểm các nhiệm vụ quá hạn",
    "Từ ngày 1.1 đến ngày 6.7, UBND tỉnh giao 833 nhiệm vụ cho các sở, ban, ngành, địa phương; trong đó có 181 nhiệm vụ quá hạn, 67 nhiệm vụ còn trong hạn, 585 nhiệm vụ đã hoàn thành. Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, ban, ngành và chủ tịch UBND các huyện, thị xã, thành phố khẩn trương rà soát, triển khai ngay các nhiệm vụ UBND tỉnh đã giao và báo cáo kết quả về Chủ tịch UBND tỉnh bằng văn bản trước ngày 20.7.2020.",
    [], ["1.6"], "tasks the province gave its own departments, not tasks from the Government (1.6)")
doc("x259", "https://thuviennhadat.vn/vbpl/quyet-dinh-08-2023-qd-ubnd-quan-ly-von-dau-tu-giao-cong-dong-xay-dung-cong-trinh-dak-nong-556224.html", "Đắk Nông", "",
    "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\n" + H + "Số: 08/2023/QĐ-UBND\nĐắk Nông, ngày 21 tháng 02 năm 2023\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH QUẢN LÝ, THANH TOÁN, QUYẾT TOÁN VỐN ĐẦU TƯ NGUỒN NGÂN SÁCH NHÀ NƯỚC GIAO CHO CỘNG ĐỒNG TỰ THỰC HIỆN XÂY DỰNG CÔNG TRÌNH THEO ĐỊNH MỨC HỖ TRỢ THUỘC CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TRÊN ĐỊA BÀN TỈNH ĐẮK NÔNG\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nCăn cứ Nghị định số 99/2021/NĐ-CP ngày 11 tháng 11 năm 2021 của Chính phủ quy định về quản lý, thanh toán, quyết toán dự án sử dụng vốn đầu tư công;\nCăn cứ Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;\nTheo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 160/TTr-STC ngày 30 tháng 12 năm 2022.",
    ["6.1"], ["8.2", "2.1"], "the province's rule on paying and settling budget capital (6.1); the national programmes are only its scope")
doc("x261", "https://123docz.net/trich-doan/730711-phuong-phap-chon-mau-dieu-tra-xa-hoi-hoc.htm", None,
    "Phương pháp chọn mẫu điều tra xã hội học",
    "III. TRIỂN KHAI ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC\n3. Phương pháp chọn mẫu điều tra xã hội học\n3.1. Xác định quy mô mẫu (cỡ mẫu)\nĐể xác định quy mô mẫu điều tra đối với các phạm vi điều tra nêu trên sử dụng chung công thức tính sau đây. 3.2. Chọn mẫu điều tra quy mô mẫu toàn quốc: Chia 63 tỉnh, thành phố trực thuộc Trung ương thành các nhóm theo các tiêu chí xác định.",
    [], ["SIPAS.1", "8.1"], "an excerpt of the ministry's national method, on a document-sharing site")
doc("x262", "https://123docz.com/document/9764737-danh-gia-su-hai-long-cua-nguoi-dan-doi-voi-chat-luong-dich-vu-hanh-chinh-cong-tai-ubnd-huyen-chau-thanh-tinh-tay-ninh.htm", "Tây Ninh",
    "Đánh giá sự hài lòng của người dân đối với chất lượng dịch vụ hành chính công tại UBND huyện Châu Thành, tỉnh Tây Ninh",
    "TỔNG QUAN VỀ ĐỀ TÀI\nLÝ DO CHỌN ĐỀ TÀI\nTrong những năm qua, huyện Châu Thành đã xác định cải cách hành chính (CCHC) là nhiệm vụ quan trọng nhằm phát triển bền vững. Cơ chế một cửa và một cửa liên thông trong giải quyết thủ tục hành chính đã được duy trì hiệu quả.",
    [], ["SIPAS.1", "8.1", "3.3"], "a student's thesis on one district: research is nobody's evidence")
doc("x263", "https://hatinhmoi.vn/xa-hoi/Do-muc-do-hai-long-cua-dan-ve-thai-do-phuc-vu-cua-cong-chuc-18302.html", None,
    "Đo mức độ hài lòng của dân về thái độ phục vụ của công chức",
    "Đối tượng điều tra xã hội học để xác định chỉ số hài lòng là người dân ở 10 tỉnh thành đã giải quyết thủ tục hành chính và nhận kết quả ở sáu lĩnh vực kể trên. Trong 10 tỉnh thành sẽ lấy khoảng 15.000 phiếu điều tra đánh giá của người dân. Kết quả điều tra sẽ được báo cáo trong tháng 10. Theo ông Nguyễn Thiện Nhân đơn vị trực tiếp triển khai và chịu trách nhiệm chính về con số khảo sát phải là Bộ Nội vụ.",
    [], ["SIPAS.1", "SIPAS.2"], "national news of the ministry's pilot survey, relayed by a Hà Tĩnh site")
doc("x264", "https://thuvienphapluat.vn/van-ban/tai-chinh-nha-nuoc/quyet-dinh-25-2017-qd-ubnd-quan-ly-su-dung-may-moc-thiet-bi-co-quan-to-chuc-thai-nguyen-361761.aspx", "Thái Nguyên", "",
    "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n" + H + "Số: 25/2017/QĐ-UBND\nThái Nguyên, ngày 25 tháng 8 năm 2017\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ, SỬ DỤNG MÁY MÓC, THIẾT BỊ CỦA CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP THUỘC TỈNH THÁI NGUYÊN\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nCăn cứ Luật Quản lý, sử dụng tài sản nhà nước ngày 03 tháng 6 năm 2008;\nCăn cứ Quyết định số 58/2015/QĐ-TTg ngày 17 tháng 11 năm 2015 của Thủ tướng Chính phủ về việc quy định tiêu chuẩn, định mức, chế độ quản lý và sử dụng máy móc, thiết bị;",
    ["6.3"], ["6.1", "6.2"], "public assets (machines and equipment); budget and public service units only in the scope")
doc("x265", "https://luatminhkhue.vn/quyet-dinh-511-qd-ubnd-2019-tieu-chuan-dinh-muc-su-dung-may-moc-chuyen-dung-thanh-hoa.aspx", "Thanh Hóa", "",
    "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n" + H + "Số: 511/QĐ-UBND\nThanh Hóa, ngày 31 tháng 01 năm 2019\nQUYẾT ĐỊNH\nBAN HÀNH VÀ PHÂN CẤP THẨM QUYỀN BAN HÀNH TIÊU CHUẨN, ĐỊNH MỨC SỬ DỤNG MÁY MÓC, THIẾT BỊ CHUYÊN DÙNG CỦA CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH THANH HÓA\nCăn cứ Luật Quản lý, sử dụng tài sản công ngày 21/6/2017;\nCăn cứ Nghị định số 151/2017/NĐ-CP ngày 26/12/2017 của Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công;\nCăn cứ Nghị quyết số 111/2018/NQ-HĐND ngày 11/7/2018 của HĐND tỉnh về phân cấp thẩm quyền quyết định trong việc quản lý, sử dụng tài sản công;\nTheo đề nghị của Sở Tài chính tại văn bản số 353/STC-QLCSGC ngày 25/01/2019,",
    ["6.3"], ["4.3"], "public-asset norms; decentralising public-asset powers is excluded from 4.3 by the catalog")
doc("x266", "https://thuviennhadat.vn/vbpl/quyet-dinh-08-2021-qd-ubnd-tieu-chuan-su-dung-may-moc-chuyen-dung-tai-co-quan-tinh-phu-tho-477028.html", "Phú Thọ",
    "Quyết định 08/2021/QĐ-UBND quy định về tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng tại cơ quan, tổ chức, đơn vị thuộc phạm vi cấp tỉnh quản lý trên địa bàn tỉnh Phú Thọ",
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n" + H + "Số: 08/2021/QĐ-UBND\nPhú Thọ, ngày 19 tháng 05 năm 2021\nQUYẾT ĐỊNH\nQUY ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC SỬ DỤNG MÁY MÓC, THIẾT BỊ CHUYÊN DÙNG TẠI CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI CẤP TỈNH QUẢN LÝ TRÊN ĐỊA BÀN TỈNH PHÚ THỌ\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nCăn cứ Luật Quản lý sử dụng tài sản công ngày 21 tháng 6 năm 2017;\nCăn cứ Nghị định số 151/2017/NĐ-CP ngày 26 tháng 12 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Quản lý sử dụng tài sản công;",
    ["6.3"], ["2.1"])
doc("x267", "https://www.slideshare.net/HungNguyen338/chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-cap-tinh-viet-nam-papi2014-finalreportsmallsizevie", None,
    "Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh ở Việt Nam (PAPI) 2014",
    "PAPI 2014\nChỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh ở Việt Nam\nĐo lường từ kinh nghiệm thực tiễn của người dân\nTrung tâm Nghiên cứu Phát triển và Hỗ trợ Cộng đồng\nBáo cáo nghiên cứu chính sách chung của CECODES, VFF-CRT và UNDP. Hà Nội, Việt Nam.",
    [], ["PAPI.1"], "the index publisher's national report, reposted: nobody's evidence")
doc("x268", "https://voh.com.vn/thoi-su/ben-tre-chi-so-cai-cach-hanh-chinh-tang-7-bac-466815.html", "Bến Tre",
    "Bến Tre chỉ số cải cách hành chính tăng 7 bậc",
    "(VOH) - Chiều 10/2, lãnh đạo Tỉnh Bến Tre tổ chức họp mặt báo chí đầu xuân Quý Mão 2023. Năm 2022, Tốc độ tăng trưởng kinh tế Bến Tre (GRDP) đạt 7,33%, cơ cấu kinh tế chuyển dịch đúng hướng. Số xã đạt chuẩn nông thôn mới đạt và vượt chỉ tiêu năm 2022; chỉ số cải cách hành chính tăng 7 bậc so với cùng kỳ.",
    ["8.2"], ["1.7", "1.2"], "the province's own account of its year (8.2 as x163); the national PAR rank is not its index of departments")
doc("x269", "https://nghean24h.vn/tag/ban-chi-dao-cai-cach-hanh-chinh", None,
    "Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức họp phiên thứ bảy",
    "Chiều 02/2, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Phiên họp thứ bảy nhằm đánh giá kết quả thực hiện công tác cải cách hành chính năm 2023; đồng thời thảo luận phương hướng, nhiệm vụ cải cách hành chính năm 2024. Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp.",
    [], ["1.2", "1.1"], "the Government's steering committee, relayed by a provincial site: nobody's evidence")
doc("x270", "http://vov1.vov.gov.vn/Search.aspx?key=giai+%C4%91o%E1%BA%A1n+2021+%E2%80%93+2030", None,
    "Đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030",
    "Phó Thủ tướng Chính phủ Phạm Bình Minh vừa ký ban hành Chỉ thị số 23 về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030. Trước đó, tháng 7 vừa qua, Chính phủ cũng đã ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030.",
    [], ["1.1"], "national news")
doc("x271", "https://hanoionline.vn/khuyen-khich-sap-xep-don-vi-hanh-chinh-tinh-gon-153251.htm", None,
    "Khuyến khích sắp xếp đơn vị hành chính tinh gọn",
    "Việc cải cách tinh gọn bộ máy hình chính cấp huyện, cấp xã giai đoạn 2023-2030 sẽ tiếp tục được thực hiện theo tiêu chí phù hợp với quy hoạch tỉnh, quy hoạch nông thôn, quy hoạch đô thị và cần đảm bảo sự đồng thuận của nhân dân.",
    [], ["4.4"], "national policy news on merging units, not a province's scheme")
doc("x272", "https://sonv.langson.gov.vn/hop-ban-chi-dao-cai-cach-hanh-chinh-tinh-lang-son-nam-2023", "Lạng Sơn",
    "Họp Ban Chỉ đạo Cải cách hành chính tỉnh Lạng Sơn năm 2023",
    "Sáng ngày 01/11/2023, Ban Chỉ đạo Cải cách hành chính tỉnh Lạng Sơn đã tổ chức họp để đánh giá kết quả triển khai thực hiện công tác cải cách hành chính 10 tháng đầu năm 2023, phương hướng nhiệm vụ 2 tháng cuối năm 2023 và rà soát, đánh giá kết quả thực hiện các nhiệm vụ, giải pháp nâng cao các Chỉ số đánh giá tỉnh năm 2023. Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh chủ trì cuộc họp.",
    [], ["1.1", "1.7"], "the steering committee's meeting: not the year's plan, not the index of departments")
doc("x273", "https://baolaocai.vn/phieu-lay-y-kien-tag33502.html", "Lào Cai",
    "8/9 địa phương hoàn thành lấy ý kiến Nhân dân về sắp xếp đơn vị hành chính các cấp",
    "Theo báo cáo nhanh của Sở Nội vụ, tính đến 9 giờ ngày 22/4 có 8/9 địa phương hoàn thành lấy ý kiến Nhân dân về sắp xếp đơn vị hành chính các cấp, chỉ còn thành phố Lào Cai đang tiếp tục tổng hợp.",
    ["4.4"], ["4.1", "8.3"], "consulting the people on merging units (4.4); not a survey of service (8.3)")
doc("x274", "https://123docz.net/document/750483-co-so-ly-luan-ve-dao-tao-boi-duong-cong-chuc.htm", None,
    "Cơ sở lý luận về đào tạo bồi dưỡng công chức",
    "CƠ SỞ LÝ LUẬN VỀ ĐÀO TẠO BỒI DƯỠNG CÔNG CHỨC\n2.1 Công chức\n2.2 Đào tạo, bồi dưỡng công chức hành chính\nCông chức không chỉ là khái niệm ở nước ta mà có rất nhiều quốc gia trên thế giới sử dụng. Khái niệm này chỉ lực lượng lao động làm việc cho các cơ quan nhà nước.",
    [], ["5.4"], "a thesis chapter")
doc("x275", "https://123docz.net/document/2728616-cong-vu-cong-chuc-va-dao-duc-cong-chuc.htm", None,
    "Công vụ, công chức và đạo đức công chức",
    "Câu 2. CÔNG VỤ, CÔNG CHỨC, ĐẠO ĐỨC CÔNG CHỨC. Để công cuộc cải cách hành chính đạt được kết quả tốt, thúc đẩy phát triển kinh tế thì việc quan trọng đầu tiên là xây dựng được đội ngũ cán bộ, công chức có cơ cấu hợp lý, chuyên nghiệp hiện đại, tuyệt đại đa số cán bộ, công chức có phẩm chất đạo đức tốt.",
    [], ["5.6", "5.2"], "study notes")
doc("x276", "https://phapluatcongdong.vn/van-ban/quyet-dinh-875-qd-bnv-ban-hanh-bo-noi-vu-nam-2012-p241370.htm", None,
    "Quyết định 875/QĐ-BNV năm 2012 về Kế hoạch đào tạo, bồi dưỡng giảng viên lý luận chính trị và quản lý nhà nước giai đoạn 2012-2015",
    "BỘ NỘI VỤ\n" + H + "Số: 875/QĐ-BNV\nHà Nội, ngày 18 tháng 09 năm 2012\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG GIẢNG VIÊN LÝ LUẬN CHÍNH TRỊ VÀ GIẢNG VIÊN QUẢN LÝ NHÀ NƯỚC GIAI ĐOẠN 2012 - 2015\nCăn cứ Nghị định số 18/2010/NĐ-CP ngày 05/3/2010 của Chính phủ về đào tạo, bồi dưỡng công chức;\nCăn cứ Quyết định số 1374/QĐ-TTg ngày 12/8/2011 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức giai đoạn 2011 -2015;",
    [], ["5.4"], "a ministry's plan")
doc("x277", "https://huggingface.co/datasets/52100303-TranPhuocSang/vi-legal-documents-20k-pretrain/viewer/default/train?p=192", "Vĩnh Long", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH VĨNH LONG\n" + H + "Số: 51/NQ-HĐND\nVĩnh Long, ngày 24 tháng 3 năm 2022\nNGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG KHOẢN 3, KHOẢN 4 ĐIỀU 1 NGHỊ QUYẾT SỐ 37/NQ-HĐND NGÀY 09/12/2021 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG VỀ THÔNG QUA KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN NGUỒN NGÂN SÁCH TỈNH GIAI ĐOẠN 2021-2025\nCăn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\nCăn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đầu tư công;\nXét Tờ trình số 16/TTr-UBND ngày 14 tháng 02 năm 2022 của Ủy ban nhân dân tỉnh",
    ["6.1"], ["8.2"], "the province's public-investment allocation (6.1); text of a legal-document dataset viewer (thuvienphapluat.vn)")
doc("x278", "https://huggingface.co/datasets/52100303-TranPhuocSang/vietnamese-legal-corpus-20k-raw/viewer/default/train?p=1", "Quảng Nam",
    "Quyết định 2958/QĐ-UBND 2024 công bố thủ tục hành chính hoạt động khoa học Sở Khoa học Quảng Nam",
    "Quyết định 2958/QĐ-UBND 2024 công bố thủ tục hành chính hoạt động khoa học Sở Khoa học Quảng Nam\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n" + H,
    ["3.1"], ["3.2"], "title and header only, as stored in a dataset viewer (thuvienphapluat.vn ...-635015.aspx)")
doc("x279", "https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/quyet-dinh-5157-qd-ubnd-quy-dinh-thu-xin-loi-giai-quyet-thu-tuc-hanh-chinh-tre-ho-chi-minh-2016-324929.aspx", "Hồ Chí Minh", "",
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n" + H + "Số: 5157/QĐ-UBND\nThành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2016\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ THƯ XIN LỖI TRONG TRƯỜNG HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRỄ HẠN TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH\nCăn cứ Quyết định số 09/2015/QĐ-TTg ngày 25 tháng 3 năm 2015 của Thủ tướng Chính phủ ban hành Quy chế thực hiện cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương;\nCăn cứ Quyết định số 03/2007/QĐ-BNV ngày 26 tháng 02 năm 2007 của Bộ trưởng Bộ Nội vụ ban hành Quy tắc ứng xử của cán bộ, công chức, viên chức làm việc trong bộ máy chính quyền địa phương;",
    ["3.3"], ["5.6"], "apologies for late dossiers (3.3); the code of conduct only in a citation")
doc("x280", "http://vanban.luatminhkhue.vn/xem-vb/1165944/quyet-dinh-585-qd-ubnd-hc-2015-xin-loi-ca-nhan-to-chuc-do-sai-sot-trong-thu-tuc-hanh-chinh-dong-thap.aspx", "Đồng Tháp", "",
    "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n" + H + "Số: 585/QĐ-UBND-HC\nĐồng Tháp, ngày 25 tháng 06 năm 2015\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ HƯỚNG DẪN VIỆC XIN LỖI CÁ NHÂN, TỔ CHỨC VÌ SỰ SAI SÓT, QUÁ HẠN TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP\nCăn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;\nCăn cứ Quyết định số 1557/QĐ-TTg ngày 18 tháng 10 năm 2012 của Thủ tướng Chính phủ phê duyệt Đề án \"Đẩy mạnh cải cách chế độ công vụ, công chức\";\nCăn cứ Quyết định số 09/2015/QĐ-TTg ngày 25 tháng 3 năm 2015 của Thủ tướng Chính phủ ban hành quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông;\nXét đề nghị của Giám đốc Sở Nội vụ;",
    ["3.3"], ["5.6", "5.2"], "apologies for late or wrong handling of TTHC (3.3); civil-service reform only in citations")
doc("x281", "https://baobinhthuan.com.vn/kiem-tra-gio-giac-lam-viec-theo-chi-thi-27-3506.html", "Bình Thuận",
    "Kiểm tra giờ giấc làm việc theo Chỉ thị 27",
    "Qua kiểm tra cho thấy vẫn còn một số trường hợp vắng mặt không có lý do trong giờ hành chính, tuy nhiên chủ yếu là người hoạt động không chuyên trách cấp xã, do vậy Sở Nội vụ yêu cầu Chủ tịch UBND thành phố Phan Thiết có văn bản chấn chỉnh. Đối với đội ngũ công chức trong cơ quan, địa phương đã chấp hành nội quy, quy chế làm việc, thực hiện nghiêm túc thời gian, giờ giấc theo tinh thần Chỉ thị 27.",
    ["5.6"], ["1.3"], "inspection of working hours (kiểm tra công vụ, 5.6), not an inspection of CCHC (1.3)")
doc("x282", "http://truyenhinhdaknong.vn/tin-tuc/so-noi-vu-de-nghi-xu-ly-chan-chinh-cac-ca-nhan-tap-the-vi-pham-chi-thi-17-2836.html", "Đắk Nông",
    "Sở Nội vụ đề nghị xử lý, chấn chỉnh các cá nhân, tập thể vi phạm Chỉ thị 17",
    "Sở Nội vụ kiến nghị UBND tỉnh Đăk Nông phê bình, kiểm điểm thủ trưởng các cơ quan, đơn vị để xảy ra tình trạng công chức, viên chức vi phạm giờ làm việc, và các đơn vị sử dụng xe công về sớm hơn so với quy định vào ngày thứ 6. Qua các đợt kiểm tra việc thực hiện Chỉ thị 17 trong toàn tỉnh, Sở Nội vụ phát hiện 14 cơ quan cấp tỉnh vi phạm trong sử dụng xe công và chấp hành giờ làm việc vào chiều thứ 6.",
    ["5.6"], ["6.3", "1.3"], "administrative discipline (5.6); official cars are only the occasion, not public-asset management")
doc("x283", "http://baoquangnam.vn/cai-cach-hanh-chinh/kiem-tra-dong-loat-viec-thuc-hien-ky-cuong-ky-luat-hanh-chinh-8685.html", "Quảng Nam",
    "Kiểm tra đồng loạt việc thực hiện kỷ cương, kỷ luật hành chính",
    "Thực hiện Chỉ thị 22 của UBND tỉnh về tăng cường kỷ cương, kỷ luật hành chính, nâng cao hiệu quả sử dụng thời gian làm việc trong các cơ quan, đơn vị, Tổ kiểm tra, giám sát thực hiện Chỉ thị 22 do Sở Nội vụ thành lập vừa có buổi kiểm tra, làm việc tại TP.Tam Kỳ. Trong tháng 3 này, Tổ kiểm tra Chỉ thị 22 của Sở Nội vụ sẽ tiến hành kiểm tra đồng loạt các huyện, thành phố và các sở, ban ngành trên địa bàn tỉnh.",
    ["5.6"], ["1.3", "3.4"], "inspection of administrative discipline; the hotline for complaints is not the PAKN mechanism on regulations (3.4)")
doc("x284", "https://hethongphapluat.vn/ke-hoach-186-kh-ubnd-41d000d4e451bd242ba75658a3845dd6.html", "Hà Giang", "",
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n" + H + "Số: 186/KH-UBND\nHà Giang, ngày 14 tháng 6 năm 2023\nKẾ HOẠCH\nPHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN ĐỀ ÁN 06 VỀ \"PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ PHỤC VỤ CHUYỂN ĐỔI SỐ QUỐC GIA GIAI ĐOẠN 2022-2025, TẦM NHÌN ĐẾN NĂM 2030\" NĂM 2023 TRÊN ĐỊA BÀN TỈNH HÀ GIANG\nCăn cứ Quyết định số 06/QĐ-TTg, ngày 06/01/2022 của Thủ tướng Chính phủ Phê duyệt Đề án 06;\nCăn cứ Kế hoạch số 69/KH-UBND ngày 17/02/2023 của UBND tỉnh triển khai thực hiện Đề án 06 trên địa bàn năm 2023;",
    ["7.4"], ["1.5", "DTI.1"], "the province's Đề án 06 emulation plan (7.4); an emulation movement is not a CCHC initiative (1.5)")
doc("x285", "https://hoatieu.vn/quy-dinh-moi-ve-danh-gia-va-phan-loai-can-bo-cong-chuc-vien-chuc-128210", None,
    "Hướng dẫn đánh giá và xếp loại cán bộ, công chức 2024",
    "HoaTieu.vn xin giới thiệu tới các bạn những quy định và tiêu chí đánh giá, phân loại cán bộ, công chức, viên chức mới nhất. Kết quả đánh giá, phân loại đánh giá hằng năm đối với cán bộ, công chức, viên chức, lao động hợp đồng là căn cứ để xếp loại thi đua, bình xét khen thưởng hằng năm.",
    [], ["5.3"], "an explainer site")
doc("x286", "https://doanhnhan.vn/tag/cong-chuc-vien-chuc", None,
    "Sửa đổi quy định đánh giá, xếp loại cán bộ, công chức, viên chức",
    "Tỷ lệ cán bộ, công chức, viên chức xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" trong tổng số cán bộ, công chức, viên chức tại cùng cơ quan, tổ chức đơn vị và đối với từng nhóm đối tượng có nhiệm vụ tương đồng không quá tỷ lệ đảng viên được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" theo quy định của Đảng.",
    [], ["5.3"], "national news of a decree")
doc("x287", "https://thptchuyenbentre.edu.vn/goc-tuyen-truyen/huong-ung-ngay-phap-luat-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam-2020-273.html", "Bến Tre",
    "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 2020",
    "Cùng với việc xây dựng và hoàn thiện hệ thống pháp luật, công tác phổ biến, giáo dục pháp luật, đưa pháp luật vào cuộc sống trở thành yêu cầu cấp thiết. Ngày Pháp luật Việt Nam bắt nguồn từ sáng kiến của địa phương. Luật PBGDPL đã quy định ngày 09 tháng 11 hằng năm là Ngày Pháp luật.",
    [], ["2.4", "1.4"], "a school's awareness page: not the province's act")
doc("x288", "https://pbgdpl.gov.vn/SMPT_Publishing_UC/TinTuc/PrintTL.aspx?ItemID=6&idb=1&l=%2Fnoidung%2Ftintuc%2FLists%2FPhobiengiaoducphapl", None,
    "Những dấu mốc đáng nhớ của Cục Phổ biến, giáo dục pháp luật trong chặng đường xây dựng và phát triển",
    "Ngày 29/11/2022, Chính phủ ban hành Nghị định số 98/2022/NĐ-CP quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp, trong đó đã chuyển đổi mô hình tổ chức và hoạt động của Vụ Phổ biến, giáo dục pháp luật (PBGDPL) sang Cục PBGDPL.",
    [], ["2.4", "4.1"], "a ministry department's history")
doc("x289", "https://hethongphapluat.com/quyet-dinh-3600-qd-ubnd-nam-2007-ke-hoach-thuc-hien-de-an-phat-huy-vai-tro-cua-co-quan-va-can-bo-tu-phap-pho-bien-giao-duc-phap-luat-nang-cao-y-thuc-chap-hanh-phap-luat-cho-can-bo-nhan-dan-o-xa-phuong-thi-tran-giai-doan-20.html", "Hồ Chí Minh", "",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n" + H + "Số: 3600/QĐ-UBND\nTP. Hồ Chí Minh, ngày 09 tháng 8 năm 2007\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN \"PHÁT HUY VAI TRÒ CỦA CƠ QUAN VÀ CÁN BỘ TƯ PHÁP TRONG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT, NÂNG CAO Ý THỨC CHẤP HÀNH PHÁP LUẬT CHO CÁN BỘ, NHÂN DÂN Ở XÃ, PHƯỜNG, THỊ TRẤN\" GIAI ĐOẠN TỪ NĂM 2007 ĐẾN NĂM 2010 TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH\nCăn cứ Quyết định số 212/2004/QĐ-TTg ngày 16 tháng 12 năm 2004 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia phổ biến, giáo dục pháp luật;\nXét đề nghị của Sở Tư pháp thành phố",
    ["2.4"], ["2.2"])
doc("x290", "https://ls1.hethongphapluat.com/quyet-dinh-31-2008-qd-ubnd-ban-hanh-chuong-trinh-pho-bien-giao-duc-phap-luat-tu-nam-2008-den-nam-2012-tren-dia-ban-tinh-long-an.html", "Long An", "",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 31/2008/QĐ-UBND\nTân An, ngày 21 tháng 8 năm 2008\nVỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TỪ NĂM 2008 ĐẾN NĂM 2012 TRÊN ĐỊA BÀN TỈNH LONG AN\nỦY BAN NHÂN DÂN TỈNH LONG AN\nCăn cứ Quyết định số 37/2008/QĐ-TTg ngày 12/3/2008 của Thủ tướng Chính phủ phê duyệt Chương trình phổ biến, giáo dục pháp luật từ năm 2008 đến năm 2012;\nTheo đề nghị của Giám đốc Sở Tư pháp tại tờ trình số 728/TTr-STP ngày 12/8/2008,",
    ["2.4"], ["2.1"])
doc("x291", "https://thuviennhadat.vn/vbpl/bao-cao-3616-bc-bnv-thuc-tinh-hinh-thuc-hien-nghi-quyet-35-nq-cp-phat-trien-doanh-nghiep-2016-2020-329731.html", None,
    "Báo cáo 3616/BC-BNV năm 2016 tình hình thực hiện Nghị quyết 35/NQ-CP về hỗ trợ và phát triển doanh nghiệp đến năm 2020 do Bộ Nội vụ ban hành",
    "BỘ NỘI VỤ\n" + H + "Số: 3616/BC-BNV\nHà Nội, ngày 29 tháng 7 năm 2016\nBÁO CÁO\nTÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 35/NQ-CP NGÀY 16/5/2016 CỦA CHÍNH PHỦ VỀ HỖ TRỢ VÀ PHÁT TRIỂN DOANH NGHIỆP ĐẾN NĂM 2020\nNghị quyết số 35/NQ-CP giao Bộ Nội vụ tiếp tục đôn đốc, hướng dẫn các bộ, ngành, địa phương triển khai thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020.",
    [], ["1.2", "8.2"], "a ministry's report")
doc("x292", "https://elead.com.vn/quyet-dinh-30-qd-ttg-ve-viec-phe-duyet-de-an-don-gian-hoa-thu-tuc-hanh-chinh-tren-cac-linh-vuc-quan-ly-nha-nuoc-giai-doan-2007-2010", None,
    "Quyết định 30/QĐ-TTg về việc phê duyệt Đề án Đơn giản hóa thủ tục hành chính trên các lĩnh vực quản lý nhà nước giai đoạn 2007 – 2010",
    "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 30/QĐ-TTg NGÀY 10 THÁNG 01 NĂM 2007 PHÊ DUYỆT ĐỀ ÁN ĐƠN GIẢN HOÁ THỦ TỤC HÀNH CHÍNH TRÊN CÁC LĨNH VỰC QUẢN LÝ NHÀ NƯỚC GIAI ĐOẠN 2007 – 2010\nCăn cứ Quyết định số 136/2001/QĐ-TTg ngày 17 tháng 9 năm 2001 của Thủ tướng Chính phủ phê duyệt Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2001 – 2010;",
    [], ["3.2"], "the Prime Minister's decision, on a company's blog")
doc("x293", "https://hethongphapluat.com/ke-hoach-667-kh-skhdt-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam-2022-do-so-ke-hoach-va-dau-tu-thanh-pho-ho-chi-minh-ban-hanh.html", "Hồ Chí Minh",
    "Kế hoạch 667/KH-SKHĐT thực hiện công tác cải cách hành chính năm 2022 do Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh ban hành",
    "Văn bản liên quan: Nghị định 107/2020/NĐ-CP sửa đổi Nghị định 24/2014/NĐ-CP quy định về tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định 62/2020/NĐ-CP về vị trí việc làm và biên chế công chức; Nghị quyết 99/NQ-CP năm 2020 về đẩy mạnh phân cấp quản lý nhà nước theo ngành, lĩnh vực; Quyết định 25/2020/QĐ-UBND quy định về tổ chức đánh giá việc giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông trên địa bàn thành phố Hồ Chí Minh.",
    [], ["1.1", "4.3", "3.5"], "one department's own CCHC plan (as x050); the page body lists related acts only")
doc("x294", "http://thutuchanhchinh.vn/noidung/tintuc/Lists/TinDiaPhuong/View_Detail.aspx?ItemID=799", "Sơn La",
    "Sơn La tập trung triển khai đồng bộ cải cách hành chính với phát triển kinh tế xã hội",
    "Phát biểu kết luận trong buổi kiểm tra công tác cải cách hành chính của Đoàn Kiểm tra cải cách hành chính của Ban Chỉ đạo cải cách hành chính của Chính phủ, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình đánh giá tỉnh Sơn La đã có nhiều đổi mới tư duy kinh tế, thực hiện cách nghĩ, cách làm mới trong phát triển kinh tế - xã hội.",
    [], ["1.3", "8.2"], "the Government's inspection of the province: not the province's inspection of its units, not its own results")
doc("x295", "https://itoday.vn/tag/hai-phong-de-an-sap-xep-cac-don-vi-hanh-chinh-y-kien-cu-tri-to-chuc-thuc-hien-dam-bao-dung-quy-dinh-tien-do-va-thoi-gian.html", "Hải Phòng",
    "Hải Phòng, Đề án sắp xếp các đơn vị hành chính, ý kiến cử tri",
    "Hải Phòng, Đề án sắp xếp các đơn vị hành chính, ý kiến cử tri, tổ chức thực hiện đảm bảo đúng quy định, tiến độ và thời gian",
    ["4.4"], ["4.1"], "title only: the city's scheme for merging units and the voters' consultation")
doc("x296", "https://hoinhapthoidai.vn/tp-hai-phong", "Hải Phòng",
    "Hải Phòng phấn đấu Top 3 cả nước về cải cách hành chính năm 2026",
    "Năm 2026, TP. Hải Phòng phấn đấu trong Top 3 địa phương dẫn đầu cả nước về cải cách hành chính.",
    [], ["1.7"], "a target for the national PAR rank, not the index of the city's departments; the source document is not named")
doc("x297", "https://thoibaonganhang.vn/sipas-2019-ty-le-nguoi-dan-to-chuc-hai-long-voi-co-quan-hanh-chinh-dat-8445-101922.html", None,
    "SIPAS 2019: Tỷ lệ người dân, tổ chức hài lòng với cơ quan hành chính đạt 84,45%",
    "Ngày 19/5/2020, tại trụ sở Chính phủ, Phó Thủ tướng thường trực Chính phủ Trương Hòa Bình, Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ chủ trì hội nghị công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2019 (SIPAS 2019). SIPAS 2019 thực hiện điều tra xã hội học để lắng nghe ý kiến phản hồi của người dân, tổ chức về việc cung ứng dịch vụ công ở 63 tỉnh, thành phố.",
    [], ["SIPAS.2", "8.1", "8.3"], "national news of the ministry's index")
doc("x298", "http://hethongphapluat.vn/quyet-dinh-895-qd-ubnd-nam-2023-ve-huong-dan-danh-gia-chat-luong-phuc-vu-nguoi-dan-doanh-nghiep-trong-thuc-hien-thu-tuc-hanh-chinh-dich-vu-cong-theo-quyet-dinh-766-qd-ttg-tren-dia-ban-tinh-lam-dong.html", "Lâm Đồng", "",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 895/QĐ-UBND\nLâm Đồng, ngày 28 tháng 4 năm 2023\nBAN HÀNH HƯỚNG DẪN ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG THỰC HIỆN THỦ TỤC HÀNH CHÍNH, DỊCH VỤ CÔNG THEO QUYẾT ĐỊNH 766/QĐ-TTG NGÀY 23 THÁNG 6 NĂM 2022 CỦA THỦ TƯỚNG CHÍNH PHỦ TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ quy định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\nCăn cứ Nghị định số 45/2020/NĐ-CP về thực hiện thủ tục hành chính trên môi trường điện tử;",
    ["3.5"], ["3.3", "7.3", "SIPAS.1"], "the province's guide to the 766 service-quality index (3.5); one-stop and online services only in citations")
doc("x299", "https://vanbanphapluat.co/quyet-dinh-2183-qd-ubnd-2023-bo-chi-so-cai-cach-hanh-chinh-so-ban-nganh-nam-dinh", "Nam Định", "",
    "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\n" + H + "Số: 2183/QĐ-UBND\nNam Định, ngày 03 tháng 11 năm 2023\nQUYẾT ĐỊNH\nV/V BAN HÀNH BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA CÁC SỞ, BAN, NGÀNH VÀ UBND CÁC HUYỆN, THÀNH PHỐ TRÊN ĐỊA BÀN TỈNH NAM ĐỊNH\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;\nCăn cứ Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ về việc phê duyệt Đề án \"Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương\" giai đoạn 2022-2030;\nTheo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 2730/TTr-SNV ngày 28/10/2023",
    ["1.7"], ["1.1"], "the province's index of its departments and districts; the ministry's index only in a citation")
doc("x300", "https://dofa.tuyenquang.gov.vn/cai-cach-hanh-chinh/trang-4.html", "Tuyên Quang",
    "Cải cách hành chính: Nhìn từ các chỉ số",
    "Theo công bố chỉ số cải cách hành chính (CCHC) của Ban Chỉ đạo CCHC của Chính phủ, Tuyên Quang đạt 86,57%, xếp thứ 34/63 tỉnh, thành phố, tăng 2,76%, tăng 1 bậc so với năm 2020. Giá trị chỉ số chung và nhiều chỉ số thành phần đều tăng. Muốn cải thiện các chỉ số CCHC cần được quan tâm toàn diện.",
    [], ["1.7", "1.2"], "a department's page on the province's national rank: neither the index of departments nor a report")
doc("x301", "https://www.vietnamplus.vn/hai-phong-dung-dau-cao-bang-doi-so-bang-chi-so-cai-cach-hanh-chinh-nam-2024-post1025084.vnp", None,
    "Hải Phòng đứng đầu, Cao Bằng đội sổ bảng Chỉ số cải cách hành chính năm 2024",
    "Sáng 6/4, tại phiên họp Chính phủ thường kỳ tháng 3/2025, Bộ trưởng Nội vụ Phạm Thị Thanh Trà đã báo cáo và công bố kết quả, xếp hạng Chỉ số cải cách hành chính năm 2024 của Ủy ban Nhân dân các tỉnh, thành phố trực thuộc Trung ương (PAR Index 2024). Kết quả này được đo lường trên cơ sở khảo sát người dân, cán bộ, công chức, lãnh đạo quản lý với hơn 85.600 phiếu.",
    [], ["1.7", "8.3"], "national news of the ministry's ranking")
doc("x302", "https://infographics.vn/chi-so-cai-cach-hanh-chinh-2023-par-index-2023-cua-6-vung-kinh-te-xa-hoi/210954.vna", None,
    "Chỉ số Cải cách hành chính 2023 (PAR Index 2023) của 6 vùng kinh tế - xã hội",
    "Trong năm 2023, 6/6 vùng kinh tế - xã hội đều có giá trị trung bình Chỉ số Cải cách hành chính (Par Index 2023) đạt trên 80% và đều tăng trưởng cao hơn so với năm 2022. Giá trị trung bình cao nhất là vùng Đồng bằng sông Hồng với kết quả đạt 88,33%.",
    [], ["1.7", "8.2"], "a national news agency's infographic")
doc("x303", "https://haitrieu.tienlu.hungyen.gov.vn/tom-tat-bao-cao-chi-so-papi-2023-o-viet-nam-c272.html", "Hưng Yên",
    "Tóm tắt báo cáo PAPI 2023",
    "Ấn phẩm Báo cáo PAPI 2023 đánh dấu chặng đường 15 năm liên tục phát triển của Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam (PAPI) từ 2009 đến 2023. Báo cáo thể hiện cảm nhận, trải nghiệm, ý kiến và kỳ vọng của 19.536 người trên khắp Việt Nam.",
    [], ["PAPI.1", "8.3"], "a commune's site relaying the index publisher's summary: nobody's evidence")
doc("x304", "https://text.123docz.net/document/4500307-uong-quan-cua-chat-luong-quan-tri-va-hanh-chinh-cong-papi-doi-voi-tang-truong-kinh-te-cac-tinh-thanh.htm", None,
    "Tương quan của chất lượng quản trị và hành chính công PAPI đối với tăng trưởng kinh tế các tỉnh thành",
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC KINH TẾ TP. HỒ CHÍ MINH\nCHƯƠNG TRÌNH GIẢNG DẠY KINH TẾ FULBRIGHT\nTƯƠNG QUAN CỦA CHẤT LƯỢNG QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG PAPI ĐỐI VỚI TĂNG TRƯỞNG KINH TẾ CÁC TỈNH THÀNH\nLUẬN VĂN THẠC SĨ CHÍNH SÁCH CÔNG\nTP. Hồ Chí Minh – 2017",
    [], ["PAPI.1", "8.2"], "a master's thesis")
doc("x305", "https://baomoi.net.vn/hai-tinh-nao-co-chi-so-cai-cach-hanh-chinh-cao-nhat-c51908021.epi", None,
    "Hai tỉnh nào có chỉ số cải cách hành chính cao nhất?",
    "Ngày 6/4, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã trình bày báo cáo và công bố kết quả xếp hạng Chỉ số cải cách hành chính (PAR Index) năm 2024 của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương. Hải Phòng là địa phương dẫn đầu bảng xếp hạng năm 2024 với 96,17%.",
    [], ["1.7", "1.2"], "national news of the ministry's ranking (another outlet's wording)")
doc("x306", "https://hethongphapluat.vn/quyet-dinh-32-2023-qd-ubnd-quy-dinh-ve-tieu-chuan-trinh-do-chuyen-mon-nghiep-vu-va-noi-dung-quan-ly-doi-voi-can-bo-cong-chuc-cap-xa-tren-dia-ban-tinh-khanh-hoa.html", "Khánh Hòa", "",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 32/2023/QĐ-UBND\nKhánh Hòa, ngày 20 tháng 12 năm 2023\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ TIÊU CHUẨN, TRÌNH ĐỘ CHUYÊN MÔN, NGHIỆP VỤ VÀ MỘT SỐ NỘI DUNG QUẢN LÝ ĐỐI VỚI CÁN BỘ, CÔNG CHỨC CẤP XÃ TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA\nCăn cứ Luật cán bộ, công chức ngày 13 tháng 11 năm 2008;\nCăn cứ Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố;\nTheo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 4135/TTr-SNV ngày 27 tháng 11 năm 2023.",
    ["5.5"], ["5.4"], "the province's standards for commune officials (5.5), not their training (5.4)")

# --- Session 10 (labels11): 6.1 budget estimates, settlements, execution, investment allocation ----
doc("x307", "https://baohatinh.vn/dau-tu/nganh-tai-chinh-can-lam-gi-de-thao-go-kho-khan-gop-phan-thuc-day-phat-trien-kt-xh/194915.htm", "Hà Tĩnh", "",
    "Trong bối cảnh khó khăn chung của cả nước, nhờ sự quyết liệt trong chỉ đạo nên 6 tháng đầu năm, Hà Tĩnh thu chi NSNN cơ bản đảm bảo dự toán. Theo đó, thu ngân sách được 6.481 tỷ đồng, đạt 51,2% dự toán Bộ Tài chính giao, 46,1% dự toán HĐND tỉnh giao và 92,6% so với cùng kỳ năm 2019. Về chi NSNN, toàn tỉnh chi khoảng 8.183 tỷ đồng, bằng 45,5% dự toán HĐND tỉnh.",
    ["6.1"], ["8.2"], "the province's budget execution in the half-year (provincial newspaper); title not in the stored copy")
doc("x308", "https://baobinhthuan.com.vn/ky-hop-bat-thuong-lan-4-hdnd-tinh-khoa-x-thong-qua-5-nghi-quyet-quan-trong-ve-ngan-sach-va-dau-tu-1513.html", "Bình Thuận",
    "Kỳ họp bất thường lần 4 HĐND tỉnh khóa X thông qua 5 nghị quyết quan trọng về ngân sách và đầu tư",
    "Các đại biểu đã biểu quyết thông qua 5 Nghị quyết quan trọng, gồm: Sửa đổi, bổ sung Nghị quyết 10/2016/NQ-HĐND về việc phân cấp nguồn thu, nhiệm vụ chi và tỷ lệ % phân chia các khoản thu giữa ngân sách các cấp chính quyền địa phương trên địa bàn tỉnh giai đoạn (2017 - 2020); định mức phân bổ dự toán chi ngân sách cấp dưới năm 2020; dự toán thu ngân sách nhà nước trên địa bàn, chi ngân sách địa phương và phương án phân bổ ngân sách tỉnh năm 2020; kế hoạch đầu tư công và danh mục các dự án trọng điểm của tỉnh năm 2020.",
    ["6.1"], ["4.3", "8.2"], "the council's budget estimate, allocation and investment plan of the year; budget decentralisation is not 4.3 (as x138-x142); title from the URL slug")
doc("x309", "https://khanhbinh.camau.gov.vn/chinh-sach-phap-luat", "Cà Mau", "",
    "Chủ tịch UBND tỉnh vừa có công văn chỉ đạo các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố Cà Mau đẩy nhanh tiến độ giải ngân vốn thực hiện các chương trình mục tiêu quốc gia xây dựng nông thôn mới; giảm nghèo bền vững; phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
    ["6.1"], ["8.2"], "a commune's site relaying the province's letter on disbursing programme capital: the issuer decides (as x031, x076)")
doc("x310", "https://thuvienphapluat.vn/van-ban/Dau-tu/Ke-hoach-3170-KH-UBND-2018-De-an-co-cau-lai-dau-tu-cong-Cao-Bang-2017-2020-402346.aspx", "Cao Bằng", "",
    "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n" + H + "Số: 3170/KH-UBND\nCao Bằng, ngày 09 tháng 10 năm 2018\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 63/QĐ-TTG NGÀY 12 THÁNG 01 NĂM 2018 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ PHÊ DUYỆT ĐỀ ÁN CƠ CẤU LẠI ĐẦU TƯ CÔNG GIAI ĐOẠN 2017-2020 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2025 TRÊN ĐỊA BÀN TỈNH CAO BẰNG\nI. MỤC TIÊU\n1. Mục tiêu tổng quát: Cơ cấu lại đầu tư công nhằm nâng cao hiệu quả kinh tế - xã hội của đầu tư công và chất lượng thể chế quản lý đầu tư công. Phấn đấu đạt tỷ lệ giải ngân vốn đầu tư công hàng năm đạt trên 90%.",
    ["6.1"], ["8.2"], "the province's plan for public investment (allocation, disbursement)")
doc("x311", "https://laichau.dcs.vn/index.php/ban-can-su-dang-dang-doan/khai-mac-ky-hop-thu-nam-hoi-dong-nhan-dan-tinh-5987.html", "Lai Châu", "Khai mạc kỳ họp thứ năm Hội đồng nhân dân tỉnh",
    "Theo báo cáo đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2021, kế hoạch năm 2022 của UBND tỉnh Lai Châu, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm 2021 ước đạt 5,6%; thu ngân sách trên địa bàn ước đạt hơn 2.000 tỷ đồng. Buổi sáng, kỳ họp thông qua các báo cáo, tờ trình dự thảo nghị quyết về phê chuẩn quyết toán thu ngân sách Nhà nước trên địa bàn; quyết toán thu, chi ngân sách địa phương năm 2020; quy định phân cấp nguồn thu và nhiệm vụ chi ngân sách địa phương giai đoạn 2022 - 2025; nguyên tắc, tiêu chí và định mức phân bổ dự toán chi thường xuyên ngân sách địa phương năm 2022.",
    ["8.2", "6.1"], ["4.3", "1.2"], "the province's own account of its year (8.2 as x163) and the council's budget settlement (6.1); party site of the province")

# --- 6.2 / 6.3 and their neighbours --------------------------------------------------------------
doc("x312", "https://luatminhkhue.vn/quyet-dinh-so-07-2005-qd-ub-cua-ubnd-tp-can-tho---v-v-thanh-lap-cac-co-quan-chuyen-mon-thuoc-uy-ban-nhan-dan-huyen-phong-dien.aspx", "Hưng Yên", "",
    "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\n" + H + "QUYẾT ĐỊNH CỦA UBND TỈNH HƯNG YÊN\nVề việc tiếp tục giao quyền tự chủ tài chính cho các đơn vị sự nghiệp có thu\nCăn cứ Nghị định số 10/2002/NĐ-CP ngày 16/01/2002 của Chính phủ về chế độ tài chính áp dụng cho các đơn vị sự nghiệp có thu;\nXét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 40/TT-TC ngày 12/01/2005,\nQUYẾT ĐỊNH\nĐiều 1. Tiếp tục giao quyền tự chủ tài chính cho 55 đơn vị sự nghiệp có thu tỉnh Hưng Yên theo danh sách đính kèm.",
    ["6.2"], ["6.1", "4.1"], "the province granting financial autonomy to its public service units; the mirror's URL slug names another document (a Cần Thơ decision)")
doc("x313", "https://luatvietnam.vn/giao-duc/quyet-dinh-14-2021-qd-ubnd-uy-ban-nhan-dan-tinh-hau-giang-205557-d2.html", "Hậu Giang",
    "Quyết định 14/2021/QĐ-UBND tiêu chuẩn, định mức sử dụng thiết bị giáo dục tỉnh Hậu Giang",
    "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n" + H + "Số: 14/2021/QĐ-UBND\nHậu Giang, ngày 14 tháng 7 năm 2021\nQUYẾT ĐỊNH\nQUY ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC SỬ DỤNG MÁY MÓC, THIẾT BỊ CHUYÊN DÙNG THUỘC LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO THUỘC PHẠM VI QUẢN LÝ CỦA ĐỊA PHƯƠNG TRÊN ĐỊA BÀN TỈNH HẬU GIANG\nCăn cứ Luật Quản lý sử dụng tài sản công ngày 21 tháng 6 năm 2017;\nCăn cứ Nghị định số 151/2017/NĐ-CP ngày 26 tháng 12 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Quản lý sử dụng tài sản công;\nCăn cứ Quyết định số 50/2017/QĐ-TTg ngày 31 tháng 12 năm 2017 của Thủ tướng Chính phủ quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị;",
    ["6.3"], ["6.2"], "equipment norms (education sector) of the province")
doc("x314", "https://ls1.hethongphapluat.com/quyet-dinh-1192-qd-ubnd-nam-2021-bo-sung-tieu-chuan-dinh-muc-may-moc-thiet-bi-chuyen-dung-co-gia-mua-tu-500-trieu-dong-tro-len-01-don-vi-tai-san-do-tinh-hung-yen-ban-hanh.html", "Hưng Yên", "",
    H + "Số: 1192/QĐ-UBND\nHưng Yên, ngày 21 tháng 5 năm 2021\nQUYẾT ĐỊNH\nVỀ VIỆC BỔ SUNG TIÊU CHUẨN, ĐỊNH MỨC MÁY MÓC, THIẾT BỊ CHUYÊN DÙNG CÓ GIÁ MUA TỪ 500 TRIỆU ĐỒNG TRỞ LÊN/01 ĐƠN VỊ TÀI SẢN\nỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nCăn cứ Quyết định số 50/2017/QĐ-TTg ngày 31/12/2017 của Thủ tướng Chính phủ quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị;\nCăn cứ Quyết định số 27/2018/QĐ-UBND ngày 26/7/2018 về việc phân cấp thẩm quyền ban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng;",
    ["6.3"], ["6.1", "4.3"], "equipment norms; a decentralisation decision only in its legal basis")
doc("x315", "https://vanbanluat.com/hanh-chinh/quyet-dinh-21-2019-qd-ubnd-uy-ban-nhan-dan-tinh-quang-nam-2baad.html", "Quảng Nam",
    "Quyết định 21/2019/QĐ-UBND tiêu chuẩn, định mức sử dụng máy móc thiết bị chuyên dùng tỉnh Quảng Nam",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 21/2019/QĐ-UBND\n" + H + "Quảng Nam, ngày 28 tháng 11 năm 2019\nQUYẾT ĐỊNH\nPhân cấp thẩm quyền ban hành tiêu chuẩn, định mức sử dụng máy móc thiết bị chuyên dùng của các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Quảng Nam\nCăn cứ Luật Quản lý, sử dụng tài sản công ngày 21/6/2017;\nCăn cứ Quyết định số 50/2017/QĐ-TTg ngày 31/12/2017 của Thủ tướng Chính phủ quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị;\nTheo đề nghị của Giám đốc Sở Tài chính,",
    ["6.3"], ["4.3"], "decentralising the power to set equipment norms: 6.3, not 4.3 (catalog exclusion)")
doc("x316", "https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Quyet-dinh-15-2025-QD-TTg-tieu-chuan-dinh-muc-su-dung-may-moc-thiet-bi-660834.aspx", None,
    "Quyết định 15/2025/QĐ-TTg tiêu chuẩn định mức sử dụng máy móc thiết bị",
    "Số hiệu: 15/2025/QĐ-TTg\nLoại văn bản: Quyết định\nNơi ban hành: Thủ tướng Chính phủ\nNgày ban hành: 14/06/2025\nTiêu chuẩn, định mức sử dụng máy móc, thiết bị phục vụ công tác các chức danh\nNgày 14/6/2025, Thủ tướng ban hành Quyết định 15/2025/QĐ-TTg quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị.",
    [], ["6.3"], "the Prime Minister's decision: another level's document")
doc("x317", "https://tracuuquyhoach.com/tin-tuc/nha-dat/trang-52315861", None, "",
    "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 80/CĐ-TTg ngày 1/6/2025 về việc đẩy mạnh triển khai phương án xử lý tài sản sau sắp xếp tổ chức bộ máy, đơn vị hành chính các cấp, Bộ Tài chính vừa có văn bản số 8400/BTC-QLCS đề nghị các bộ, ngành trung ương khẩn trương thực hiện rà soát, xây dựng phương án, xử lý dứt điểm tài sản công, đặc biệt là trụ sở làm việc, nhà, đất dôi dư.",
    [], ["6.3", "4.4"], "national news of a ministry's letter")
doc("x318", "https://thuviennhadat.vn/phap-luat-doi-song/tieu-chuan-dinh-muc-su-dung-may-moc-thiet-bi-phuc-vu-hoat-dong-chung-cua-co-quan-viet-nam-o-nuoc-ngo-394512.html", None,
    "Tiêu chuẩn, định mức sử dụng máy móc, thiết bị phục vụ hoạt động chung của cơ quan Việt Nam ở nước ngoài là gì?",
    "Tiêu chuẩn, định mức sử dụng máy móc, thiết bị phục vụ hoạt động chung của cơ quan Việt Nam ở nước ngoài được quy định tại Điều 26 Nghị định 166/2017/NĐ-CP về quy định tiêu chuẩn, định mức và chế độ quản lý, sử dụng tài sản công của cơ quan Việt Nam ở nước ngoài.",
    [], ["6.3"], "a legal Q&A page")
doc("x319", "https://www.tapchicongthuong.vn/bai-viet/mot-so-diem-moi-cua-nghi-dinh-so-602021nd-cp-ve-co-che-tu-chu-tai-chinh-cua-don-vi-su-nghiep-cong-lap-85608.htm", None,
    "Một số điểm mới của nghị định số 60/2021/NĐ-CP về cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập",
    "ThS. BÙI THỊ SEN (Trường Đại học Lâm nghiệp Việt Nam)\nTÓM TẮT: Bài viết nêu một số điểm mới của Nghị định số 60/2021/NĐ-CP do Chính phủ ban hành ngày 21/6/2021 quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập, tập trung vào giá dịch vụ sự nghiệp công, danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước và phân loại mức tự chủ tài chính.",
    [], ["6.2"], "a journal article on a decree")
doc("x320", "https://tailieuthamkhao.com/hoan-thien-quan-ly-chi-ngan-sach-nha-nuoc-tinh-thai-nguyen-20-117122", None, "",
    "Hoạt động chi sự nghiệp giáo dục – đào tạo\nTỉnh Thái Nguyên cần chú trọng đổi mới tổ chức điều hành chi thường xuyên ngân sách địa phương cho sự nghiệp giáo dục - đào tạo để khắc phục những hạn chế hiện có và nâng cao hiệu quả sử dụng ngân sách chi thường xuyên trong lĩnh vực này. Trong kế hoạch tài chính trung hạn cần xây dựng hệ số điều chỉnh cho chi thường xuyên các năm 2, 3 theo mức độ lạm phát dự kiến.",
    [], ["6.1", "6.2"], "a thesis about a province's budget: research, nobody's evidence")

# --- 8.2: the province's own plan or results of the year (x163 rule) and its look-alikes ----------
doc("x321", "https://thuvienphapluat.vn/bulletin/document.aspx?bid=c7681d18-9c00-4a9c-8ec6-ba8459b62a0e&key=wUet51eHZWW63%2FS5HCPkIw%3D%3D", "Trà Vinh", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH TRÀ VINH\n" + H + "Số: 15/2020/NQ-HĐND\nTrà Vinh, ngày 09 tháng 12 năm 2020\nNGHỊ QUYẾT\nVỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TRÀ VINH NĂM 2021\nHỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH, KHÓA IX - KỲ HỌP THỨ 18\nĐiều 1. Thống nhất với báo cáo của Ủy ban nhân dân tỉnh về kết quả thực hiện Nghị quyết số 95/2019/NQ-HĐND ngày 10 tháng 12 năm 2019 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2020.\nĐiều 2. Hội đồng nhân dân tỉnh thống nhất các mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp chủ yếu phát triển kinh tế - xã hội năm 2021. 1. Mục tiêu tổng quát: Phấn đấu tốc độ tăng trưởng GRDP từ 11% trở lên so với năm 2020;",
    ["8.2"], ["6.1"], "the council's socio-economic tasks of the year (8.2 as x163)")
doc("x322", "https://vanban123.vn/Nghi-quyet/nghi-quyet-26-2008-nq-hdnd-ve-ket-qua-thuc-hien-nhiem-vu-nam-2008-va-nhiem-vu-trong-tam-nam-2009-cua-tinh-thai-nguyen-do-hoi-dong-nhan-dan-tinh-thai-nguyen-khoa-xi-ky-hop-thu-11-ban-hanh-435632", "Thái Nguyên", "",
    "HỘI ĐỒNG NHÂN DÂN\n" + H + "Số: 26/2008/NQ-HĐND\nThái Nguyên, ngày 09 tháng 12 năm 2008\nVỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2008 VÀ NHIỆM VỤ TRỌNG TÂM NĂM 2009 CỦA TỈNH THÁI NGUYÊN\nHỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN\nKHÓA XI, KỲ HỌP THỨ 11\nĐiều 1. Hội đồng nhân dân tỉnh thông qua kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2008 và kế hoạch phát triển kinh tế - xã hội năm 2009 của tỉnh.\nĐiều 2. Mục tiêu, nhiệm vụ trọng tâm: Tiếp tục thực hiện mục tiêu kiềm chế lạm phát, tăng trưởng kinh tế cao và bền vững, bảo đảm an sinh xã hội.",
    ["8.2"], ["1.2", "6.1"], "the council on the year's results and next year's plan")
doc("x323", "https://luatminhkhue.vn/nghi-quyet-11-2007-nq-hdnd-ve-nhiem-vu-phat-trien-kinh-te---xa-hoi-nam-2008-do-tinh-bac-lieu-ban-hanh.aspx", "Bạc Liêu", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẠC LIÊU\n" + H + "Số: 11/2007/NQ-HĐND\nBạc Liêu, ngày 07 tháng 12 năm 2007\nNGHỊ QUYẾT\nVỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2008\nHỘI ĐỒNG NHÂN DÂN TỈNH BẠC LIÊU\nKHÓA VII, KỲ HỌP THỨ 11\nTrên cơ sở xem xét báo cáo tình hình thực hiện kế hoạch năm 2007, nhiệm vụ phát triển kinh tế - xã hội năm 2008 của Ủy ban nhân dân tỉnh;\nI. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2007: Tốc độ tăng trưởng kinh tế đạt gần 12%.",
    ["8.2"], ["6.1"], "the council's socio-economic tasks of the year")
doc("x324", "https://thuviennhadat.vn/vbpl/nghi-quyet-13-2010-nq-hdnd-ke-hoach-phat-trien-kinh-te-xa-hoi-bac-lieu-193893.html", "Bạc Liêu", "",
    "NGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM GIAI ĐOẠN 2011 - 2015 TỈNH BẠC LIÊU\nHỘI ĐỒNG NHÂN DÂN TỈNH BẠC LIÊU\nKHÓA VII, KỲ HỌP THỨ 20\nĐiều 1. Thống nhất thông qua Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2011 - 2015: phấn đấu đạt tốc độ tăng trưởng kinh tế cao và bền vững; thực hiện có hiệu quả công tác cải cách hành chính, đáp ứng yêu cầu hội nhập và phát triển của tỉnh.",
    [], ["8.2", "1.1"], "a five-year plan: not the year's plan or results (8.2 is yearly, as five-year CCHC plans are not 1.1)")
doc("x325", "https://hethongphapluat.com/nghi-quyet-08-2015-nq-hdnd-ve-nhiem-vu-kinh-te-xa-hoi-2016-2020-do-tinh-an-giang-ban-hanh.html", "An Giang", "",
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\n" + H + "Số: 08/2015/NQ-HĐND\nAn Giang, ngày 10 tháng 12 năm 2015\nNGHỊ QUYẾT\nVỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 - 2020\nSau khi xem xét Báo cáo của Ủy ban nhân dân tỉnh về đánh giá kết quả thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2010 - 2015 và Tờ trình số 515/TTr-UBND ngày 10 tháng 11 năm 2015 của Ủy ban nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2016 - 2020;",
    [], ["8.2"], "a five-year plan (as x324)")
doc("x326", "https://hethongphapluat.com/decision-no-221-qd-ttg-of-february-22-2012-approving-the-master-plan-on-socio-economic-development-of-bac-lieu-province-through-2020.html", "Bạc Liêu", "",
    "THỦ TƯỚNG CHÍNH PHỦ\n" + H + "Số: 221/QĐ-TTg\nHà Nội, ngày 22 tháng 02 năm 2012\nPHÊ DUYỆT QUY HOẠCH TỔNG THỂ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH BẠC LIÊU ĐẾN NĂM 2020\nTHỦ TƯỚNG CHÍNH PHỦ\nXét đề nghị của Ủy ban nhân dân tỉnh Bạc Liêu,\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Bạc Liêu đến năm 2020.",
    [], ["8.2"], "the Prime Minister's decision about the province: another level's document")
doc("x327", "https://cafef.vn/tinh-non-tre-20-tuoi-dat-tang-truong-thuoc-hang-cao-nhat-2023-gap-doi-tp-hcm-hon-da-nang-gan-5-lan-188240102073936681.chn", "Hậu Giang", "",
    "Theo Tổng cục Thống kê, tăng trưởng Tổng sản phẩm trên địa bàn (GRDP) năm 2023 của tỉnh Hậu Giang tiếp tục duy trì ở mức cao và đạt 12,27%, dẫn đầu khu vực Đồng bằng sông Cửu Long và xếp thứ 2 cả nước, sau tỉnh Bắc Giang (13,45%). Theo báo cáo do Cục Thống kê Hậu Giang phát hành ngày 29/12/2023, các khu vực kinh tế đều có mức tăng trưởng khá so với cùng kỳ.",
    [], ["8.2", "6.1"], "national business news of the statistics office's figures: not the province's own account of its year")
doc("x328", "https://infonet.vietnamnet.vn/kinh-te-tinh-hau-giang-co-buoc-phat-trien-vuot-bac-5013946.html", "Hậu Giang", "Kinh tế tỉnh Hậu Giang có bước phát triển vượt bậc",
    "Ngày 29/12, Cục Thống kê tỉnh Hậu Giang tổ chức Họp báo Công bố số liệu Thống kê kinh tế - xã hội tỉnh Hậu Giang năm 2022. Cục trưởng Cục Thống kê tỉnh Hậu Giang cho biết: Năm 2022, tình hình kinh tế của tỉnh có bước phát triển vượt bậc so với năm trước. Tổng sản phẩm trên địa bàn (GRDP) tăng 13,94%, xếp thứ nhất vùng đồng bằng sông Cửu Long và thứ tư cả nước.",
    [], ["8.2"], "the statistics office's press release (a central agency's branch), relayed by national news: not the province's own account")

# --- 2.1 drafting normative acts vs 2.3 checking, reviewing, listing expired acts -------------------
doc("x329", "https://hethongphapluat.com/nghi-quyet-70-2013-nq-hdnd-ve-trinh-tu-thu-tuc-xay-dung-ban-hanh-nghi-quyet-quy-pham-phap-luat-cua-hoi-dong-nhan-dan-cac-cap-tren-dia-ban-tinh-tien-giang.html", "Tiền Giang", "",
    "- Nghị quyết 07/2016/NQ-HĐND bãi bỏ Nghị quyết 70/2013/NQ-HĐND quy định về trình tự, thủ tục xây dựng, ban hành nghị quyết quy phạm pháp luật của Hội đồng nhân dân các cấp trên địa bàn tỉnh Tiền Giang\n- Quyết định 4300/QĐ-UBND công bố danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh Tiền Giang hết hiệu lực toàn bộ hoặc một phần năm 2016\nHỘI ĐỒNG NHÂN DÂN\n" + H + "Số: 70/2013/NQ-HĐND\nTiền Giang, ngày 12 tháng 12 năm 2013\nHỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG\nKHÓA VIII - KỲ HỌP THỨ 10\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004;",
    ["2.1"], ["2.3"], "the council's drafting procedure; the mirror's 'related documents' list names a list of expired acts (hard negative)")
doc("x330", "https://ls1.hethongphapluat.com/quyet-dinh-26-2014-qd-ubnd-ve-noi-dung-trinh-tu-thu-tuc-ra-soat-he-thong-hoa-van-ban-quy-pham-phap-luat-tren-dia-ban-tinh-long-an.html", "Long An", "",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 26/2014/QĐ-UBND\nLong An, ngày 04 tháng 07 năm 2014\nỦY BAN NHÂN DÂN TỈNH LONG AN\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật của HĐND, UBND ngày 03/12/2004;\nCăn cứ Nghị định số 16/2013/NĐ-CP ngày 06/02/2013 của Chính phủ về rà soát, hệ thống hóa văn bản quy phạm pháp luật;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về nội dung, trình tự, thủ tục rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Long An.",
    ["2.3"], ["2.1"], "the province's rules for reviewing and systematising its normative acts")
doc("x331", "https://123docz.net/trich-doan/2668111-cong-bo-danh-muc-van-ban-qppl-het-hieu-luc-ngung.htm", None, "",
    "II. CĂN CỨ, NỘI DUNG, QUY TRÌNH RÀ SOÁT VĂN BẢN\n5. Công bố danh mục văn bản QPPL hết hiệu lực, ngưng hiệu lực\nViệc công bố danh mục văn bản QPPL hết hiệu lực, ngưng hiệu lực được thực hiện theo Điều 157 Nghị định số 34/2016/NĐ-CP - được sửa đổi bởi khoản 34 Điều 1 Nghị định số 154/2020/NĐ-CP. Trước ngày 20/01 hàng năm, Sở Tư pháp, Phòng Tư pháp có trách nhiệm tổng hợp danh mục do các cơ quan chuyên môn gửi.",
    [], ["2.3"], "a training handout on the procedure, no province named: nobody's evidence")
doc("x332", "https://123docz.net/document/4734219-dspace-at-vnu-quy-trinh-xay-dung-van-ban-quy-pham-phap-luat-qua-thuc-tien-dia-ban-tinh-thanh-hoa.htm", None, "",
    "Quy trình xây dựng văn bản quy phạm pháp luật - qua thực tiễn địa bàn tỉnh Thanh Hóa. Lê Thị Huyền, Khoa Luật. Luận văn ThS Chuyên ngành: Lý luận lịch sử nhà nước và pháp luật. Người hướng dẫn: PGS.TS Chu Hồng Thanh. Năm bảo vệ: 2014.",
    [], ["2.1"], "a master's thesis")

# --- domain 3: publishing TTHC (3.1) -------------------------------------------------------------------
doc("x333", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1916-QD-UBND-Quy-che-phoi-hop-giua-Van-phong-Uy-ban-nhan-dan-128683.aspx?ac=emails", "Tiền Giang", "",
    "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\n" + H + "Số: 1916/QĐ-UBND\nTiền Giang, ngày 25 tháng 7 năm 2011\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH VỚI CÁC SỞ, BAN, NGÀNH TỈNH, ỦY BAN NHÂN DÂN CẤP HUYỆN TRONG VIỆC CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN QUẢN LÝ CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;",
    ["3.1"], ["3.2"], "coordination rules for publishing procedures")
# --- domain 1 look-alikes: instruction letters, five-year plans, one department's plan, general news ---
doc("x334", "https://phuyen.gov.vn/wps/portal/home/trang-chu/chi-tiet/!ut/p/z0/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zijSxdjdw9TQx9Dfwt3QwcQyx9nb0DAo0M3Mz0C7IdFQEgpvGi/p0/IZ7_29E2GI41M0O9F0AT9MCKPQ20F7=CZ6_29E2GI41M0O9F0AT9MCKPQ20F6=MEns_Z7_29E2GI41M0O9F0AT9MCKPQFB20F7_WCM_PreviousPageSize.4a2d30c0-b517-4d45-9919-0650f5693ac2!5=CTX!QCPphuQCAyenQCAportalQCPphu-yen-portalQCPtin-tuc-su-kienQCPhd-lanh-daoQCPTrienQCAkhaiQCAthucQCAhienQCAcacQCAnhiemQCAvuQCMQCAgiaiQCAphapQCAcaiQCAthienQCMQCAnangQCAcaoQCAcacQCAchiQCAsoQCAParQCAIndexQCAvaQCASIPASQCAcuaQCAtinh=ns_Z7_29E2GI41M0O9F0AT9MCKPQFB20F7_WCM_Page.4a2d30c0-b517-4d45-9919-0650f5693ac2!6=WCM_PI!1==/", "Phú Yên",
    "Triển khai thực hiện các nhiệm vụ, giải pháp cải thiện, nâng cao các chỉ số Par Index và SIPAS của tỉnh",
    "UBND tỉnh vừa có văn bản chỉ đạo các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố triển khai thực hiện các nhiệm vụ, giải pháp cải thiện, nâng cao các chỉ số Par Index và SIPAS của tỉnh. Nghiêm túc nghiên cứu Báo cáo số 77/BC-SNV ngày 27/6/2022 của Sở Nội vụ về phân tích kết quả Chỉ số Par Index và Chỉ số Sipas năm 2021 của tỉnh Phú Yên để chủ trì hoặc phối hợp triển khai thực hiện các giải pháp nâng cao Chỉ số Par Index và Chỉ số Sipas của tỉnh.",
    [], ["1.1", "SIPAS.2"], "an instruction letter on improving the indices: not the year's plan, not the published result (as x165)")
doc("x335", "http://cchc.baria-vungtau.gov.vn/tin-tuc-su-kien/-/view_content/content/203311/xay-dung-ke-hoach-cai-cach-hanh-chinh-hang-nam-va-bao-cao-cai-cach-hanh-chinh", "Bà Rịa - Vũng Tàu",
    "Xây dựng kế hoạch cải cách hành chính hàng năm và báo cáo cải cách hành chính",
    "Ngày 08/05/2012, UBND tỉnh Bà Rịa – Vũng Tàu ban hành văn bản số 2539/UBND-SNV về việc xây dựng kế hoạch cải cách hành chính hàng năm và báo cáo cải cách hành chính. Theo đó thời gian quy định cho các cơ quan, đơn vị, địa phương xây dựng kế hoạch và báo cáo gửi UBND tỉnh: ban hành kế hoạch cải cách hành chính năm là trước ngày 20/11 hàng năm; báo cáo quý gửi trước ngày 05 tháng cuối cùng của mỗi quý; báo cáo năm gửi trước ngày 25/11 hàng năm.",
    [], ["1.1", "1.2"], "an instruction letter on deadlines for plans and reports: neither the plan nor a report (as x165)")
doc("x336", "http://socongthuong.dienbien.gov.vn/vi/news/savefile/Tin-Cai-cach-hanh-chinh/Ke-hoach-Cai-cach-hanh-chinh-nam-2022-325/", "Điện Biên", "Kế hoạch Cải cách hành chính năm 2022",
    "Thực hiện Kế hoạch số 4289/KH-UBND ngày 21/12/2021 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính Nhà nước năm 2022 trên địa bàn tỉnh Điện Biên, Sở Công Thương xây dựng Kế hoạch cải cách hành chính năm 2022. Đẩy mạnh công tác cải cách hành chính, tạo dựng môi trường đầu tư kinh doanh thông thoáng, nâng cao năng lực cạnh tranh cấp tỉnh, nâng cao mức độ hài lòng của người dân.",
    [], ["1.1", "PCI.1"], "one department's own CCHC plan (as h004, x293); the province's plan only cited")
doc("x337", "https://vietnamhoinhap.vn/vi/ha-nam--day-manh-cai-cach-hanh-chinh--tao-dot-pha-de-phat-trien-kinh-te-xa-hoi-41604.htm", "Hà Nam",
    "Hà Nam: Đẩy mạnh cải cách hành chính, tạo đột phá để phát triển kinh tế - xã hội",
    "Thực hiện Nghị quyết số 17-NQ/TU ngày 15 tháng 9 năm 2021 của Tỉnh ủy về đẩy mạnh CCHC giai đoạn 2021 - 2025, trong thời gian qua, tỉnh Hà Nam đã tích cực triển khai các Đề án, Kế hoạch trên cơ sở bám sát nhiệm vụ trọng tâm CCHC của tỉnh năm 2022. Trung tâm Phục vụ hành chính công - Kiểm soát TTHC tỉnh đã thực hiện tốt vai trò là đầu mối tiếp nhận và phối hợp giải quyết các TTHC của tỉnh.",
    [], ["1.1", "3.3", "8.2"], "a magazine's general account of the province's CCHC: no act of the province is its subject")
doc("x338", "https://www.tapchicongsan.org.vn/Home/Trang-dia-phuong/2019/54922/Tinh-Lai-Chau-doi-moi-sap-xep-to-chuc-bo-may-he.aspx", "Lai Châu",
    "Tỉnh Lai Châu đổi mới, sắp xếp tổ chức bộ máy hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    "Thực hiện việc sắp xếp tinh giản bộ máy biên chế, Sở Nội vụ sáp nhập Phòng Tổ chức bộ máy, biên chế - Tổ chức phi Chính phủ và Phòng Công chức - viên chức thành Phòng Tổ chức biên chế. Từ năm 2013, Tỉnh ủy Lai Châu đã tiến hành lãnh đạo, chỉ đạo rà soát, sắp xếp tổ chức bộ máy, cán bộ của các cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập trên địa bàn tỉnh; thực hiện chủ trương sáp nhập, giải thể một số đầu mối trực thuộc các cơ quan trong tỉnh.",
    ["4.1"], ["4.2", "4.4"], "an account of the province's reorganisation of its departments and units (4.1); staffing cuts named but not the subject")

# --- stream: national and ministry pages that are nobody's evidence --------------------------------
doc("x339", "https://baodantoc.vn/Ban+chỉ+đạo+cải+cách+hành+chính+của+Chính+phủ.html", None, "",
    "Sáng 19/10, Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ, chủ trì phiên họp thứ hai của Ban Chỉ đạo. Thủ tướng nhấn mạnh, trong lúc khó khăn, thách thức này, cần khơi thông các nguồn lực, giảm chi phí đầu vào, chi phí hành chính, chi phí không chính thức; mọi nơi, mọi lĩnh vực, mỗi cấp, mỗi ngành đều phải cố gắng, nỗ lực.",
    [], ["1.1", "PCI.1"], "national news of the Government's steering committee")
doc("x340", "https://m.docnhanh.vn/tags/pham-thi-thanh-tra", None, "",
    "Phạm Thị Thanh Trà-Bộ trưởng Nội vụ: Ngày 1/5, 63 tỉnh, thành phố phải gửi đề án sắp xếp về Bộ Nội vụ",
    [], ["4.4"], "national news: a minister's deadline for all provinces")
doc("x341", "https://tapchicongsan.org.vn/en/hoat-ong-cua-lanh-ao-ang-nha-nuoc/-/2018/24788/tiep-tuc-day-manh-cai-cach-hanh-chinh-o-viet-nam-thoi-gian-toi.aspx", None,
    "Tiếp tục đẩy mạnh cải cách hành chính ở Việt Nam thời gian tới",
    "Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ. Quán triệt chủ trương, đường lối của Đảng về cải cách hành chính, từ năm 2001 đến nay, Chính phủ đã ban hành và tổ chức thực hiện hai chương trình tổng thể cải cách hành chính nhà nước. Hội đồng nhân dân, ủy ban nhân dân các địa phương cũng đã ban hành và tổ chức thực hiện các văn bản quy phạm pháp luật theo thẩm quyền.",
    [], ["1.1", "2.1"], "a national leader's article")
# --- more of the stream: review of procedures (3.2), one-stop (3.3), reporting, staff (5.2, 5.6) ----
doc("x342", "https://luatminhkhue.vn/quyet-dinh-2305-qd-ubnd-nam-2013-phe-duyet-de-an-don-gian-hoa-thu-tuc-hanh-chinh-thuoc-tham-quyen-quan-ly-cua-chu-tich-uy-ban-nhan-dan-tinh-an-giang-theo-co-che-mot-cua--mot-cua-lien-thong.aspx", "An Giang", "",
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n" + H + "Số: 2305/QĐ-UBND\nAn Giang, ngày 04 tháng 11 năm 2013\nQUYẾT ĐỊNH\nBAN HÀNH ĐỀ ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN QUẢN LÝ CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG\nCăn cứ Nghị quyết số 30c/NQ-CP của Chính phủ ngày 08 tháng 11 năm 2011 ban hành chương trình tổng thể cải cách hành chính giai đoạn 2011-2020;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nXét đề nghị của Giám đốc Sở Tư pháp tỉnh An Giang tại Tờ trình số 51/TTr-STP ngày 11 tháng 10 năm 2013,",
    ["3.2"], ["3.3", "1.1"], "simplifying procedures (3.2); the one-stop mechanism is only the setting")
doc("x343", "https://thuviennhadat.vn/vbpl/quyet-dinh-95-qd-ubnd-2022-thu-tuc-hanh-chinh-khong-phu-thuoc-dia-gioi-hanh-chinh-kon-tum-578918.html", "Kon Tum",
    "Quyết định 95/QĐ-UBND năm 2022 phê duyệt Phương án và Danh mục thủ tục hành chính thực hiện thí điểm tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính trên địa bàn tỉnh Kon Tum",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 95/QĐ-UBND\nKon Tum, ngày 28 tháng 02 năm 2022\nỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;\nCăn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ;\nCăn cứ Quyết định số 45/2016/QĐ-TTg ngày 19 tháng 10 năm 2016 của Thủ tướng Chính phủ;",
    ["3.3"], ["3.1"], "receiving dossiers regardless of administrative boundaries: 3.3's sub-criterion, though the title says 'Danh mục thủ tục hành chính'")
doc("x344", "https://vietbao.vn/quang-ninh-hai-phong-dan-dau-bang-xep-hang-cai-cach-thu-tuc-hanh-chinh-421901.html", None, "",
    "Tại phiên họp thứ 4 Ban Chỉ đạo cải cách hành chính của Chính phủ được tổ chức sáng 19/4, Bộ Nội vụ đã công bố kết quả Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước năm 2022 (SIPAS 2022), Chỉ số cải cách hành chính năm 2022 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương (PAR INDEX 2022). Nhóm A là những địa phương có chỉ số từ 90% trở lên, gồm Quảng Ninh và Hải Phòng.",
    [], ["1.7", "SIPAS.2"], "national news of the ministry's ranking")
doc("x345", "https://doluong.gov.vn/phong-noi-vu-huyen-do-luong-kiem-tra-ky-luat-ky-cuong-hanh-chinh-tai-cac-xa/", "Nghệ An",
    "Phòng nội vụ huyện Đô Lương kiểm tra kỷ luật, kỷ cương hành chính tại các xã",
    "Nhằm chấn chỉnh kỷ cương, kỷ luật hành chính, ngay từ đầu năm, sáng ngày 26/2, phòng nội vụ đã tổ chức đoàn kiểm tra tại các xã Văn Sơn, Thịnh Sơn và Hòa Sơn. Đoàn đã nhắc nhở một số đơn vị vi phạm như: vắng không có lý do hoặc trang phục chưa đảm bảo. UBND huyện sẽ tiếp tục chỉ đạo các đoàn kiểm tra việc thực hiện kỷ cương, kỷ luật hành chính tại cơ sở theo chỉ thị 26 của thủ tướng chính phủ.",
    [], ["5.6", "1.3"], "a district's own inspection: the issuer level is not the province's")

# --- more of the stream: newspapers, party sites, statistics, dataset viewers of thuvienphapluat ------
doc("x346", "https://baocamau.vn/ubnd-tinh-hop-phien-thuong-ky-thang-5-va-so-ket-5-nam-thuc-hien-cai-cach-hanh-chinh-a39719.html", "Cà Mau",
    "UBND tỉnh họp phiên thường kỳ tháng 5 và Sơ kết 5 năm thực hiện cải cách hành chính",
    "Sáng 20/6, UBND tỉnh tổ chức phiên họp thường kỳ tháng 5/2025 kết hợp sơ kết giữa kỳ Chương trình tổng thể cải cách hành chính Nhà nước giai đoạn 2021–2030. Tại phiên họp, Sở Tài chính báo cáo tình hình kinh tế - xã hội. Tính đến 31/5, thu ngân sách đạt 2.730,7 tỷ đồng (45,6% dự toán); chi ngân sách 5.789,2 tỷ đồng (34,9%). Giải ngân vốn đầu tư công đạt 25,9% kế hoạch, cao hơn bình quân cả nước.",
    [], ["8.2", "6.1", "1.2"], "a monthly meeting with a mid-term CCHC review: not the year's account, the budget act or a periodic CCHC report (as the monthly meeting of the second pass)")
doc("x347", "http://lienminhhtx.camau.gov.vn/detail-pro/122", "Cà Mau", "",
    "Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ, Chương trình số 37-CTr/TU ngày 17/11/2022 của Ban Chấp hành Đảng bộ tỉnh, Kế hoạch số 125-KH/TU ngày 05/12/2022 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Nghị quyết số 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới, Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện trên địa bàn tỉnh Cà Mau.",
    [], ["8.2", "1.1"], "the province's plan on the collective economy, on the cooperatives alliance's site: not a CCHC criterion")
doc("x348", "http://baoanhdatmui.vn/toan-van-du-thao-bao-cao-chinh-tri-trinh-dai-hoi-dai-bieu-dang-bo-tinh-ca-mau-lan-thu-xvi-nhiem-ky-2020-2025.html", "Cà Mau",
    "Toàn văn Dự thảo Báo cáo Chính trị trình Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ XVI, nhiệm kỳ 2020-2025",
    "DỰ THẢO BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ tỉnh khoá XV, nhiệm kỳ 2015-2020 trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020-2025. Phần thứ nhất: KIỂM ĐIỂM 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XV.",
    [], ["8.2", "1.1"], "a draft party report over five years: a draft, and not the year's account")
doc("x349", "http://baohagiang.vn/xin-y-kien-vao-du-thao-bc-chinh-tri-dai-hoi-xvii/202008/toan-van-du-thao-bao-cao-chinh-tri-trinh-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xvii-nhiem-ky-2020-2025-764130/", "Hà Giang", "",
    "BHG - Đại hội Đảng bộ tỉnh lần thứ XVII có nhiệm vụ đánh giá việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI; đề ra quan điểm chỉ đạo, định hướng phát triển, mục tiêu, nhiệm vụ trọng tâm, đột phá, giải pháp trong 5 năm tới. I- KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVI, NHIỆM KỲ 2015 - 2020.",
    [], ["8.2"], "a draft party report over five years (as x348)")
doc("x350", "http://investhagiang.vn/tin-tuc/t%C3%ACnh-h%C3%ACnh-va-ket-qua-thuc-hien-ke-hoach-phat-trien-kinh-te---xa-hoi-t%E1%BB%89nh-ha-giang-nam-2021", "Hà Giang",
    "Tình hình và kết quả thực hiện kế hoạch phát triển kinh tế - xã hội tỉnh Hà Giang năm 2021",
    "TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2021\n1. Sản xuất nông lâm nghiệp và thủy sản được tổ chức thực hiện trong điều kiện thời tiết tương đối thuận lợi cho cây trồng, vật nuôi sinh trưởng và phát triển, năng suất cây trồng và vật nuôi tăng khá so với năm trước.",
    ["8.2"], ["6.1"], "the province's own account of its year, posted by its investment promotion centre (8.2 as x163)")
doc("x351", "http://investhagiang.vn/tin-tuc/t%C3%ACnh-h%C3%ACnh-kt-xh-t%E1%BB%89nh-ha-giang-thang-7/2019", "Hà Giang", "Tình hình KT-XH tỉnh Hà Giang tháng 7/2019",
    "Tình hình KT-XH tỉnh Hà Giang tháng 7/2019. 1. Sản xuất nông lâm nghiệp, phát triển nông thôn: Các địa phương tập trung tiến độ thu hoạch các loại cây hàng năm vụ Xuân, giải phóng đất cho sản xuất vụ Mùa.",
    [], ["8.2"], "a monthly bulletin: not the year's account")
doc("x352", "https://123docz.net/document/12615227-nien-giam-thong-ke-tinh-ha-giang-2019.htm", "Hà Giang", "Niên giám thống kê tỉnh Hà Giang 2019",
    "Niên giám thống kê tỉnh Hà Giang là ấn phẩm được Cục Thống kê tỉnh Hà Giang biên soạn, xuất bản hàng năm. Cuốn sách gồm những chỉ tiêu thống kê cơ bản phản ánh khái quát thực trạng phát triển kinh tế - xã hội của tỉnh.",
    [], ["8.2"], "the statistics office's yearbook (as x328): not the province's own account")
doc("x353", "http://m.baomoi.com/quan-triet/c/1491565.epi", "Trà Vinh", "",
    "Nghèo nhất, nhì đồng bằng sông Cửu Long nhưng Trà Vinh “chơi sang” thiệt, cùng lúc cho thôi việc gần 400 cán bộ xã không đạt chuẩn!",
    ["5.5"], ["5.2"], "a one-line news item: the province dismissing commune officials below the standard (5.5)")
doc("x354", "https://huggingface.co/datasets/thangvip/legal-documents/viewer/default/train?p=3289", "Lạng Sơn",
    "Quyết định 2551/QĐ-UBND 2021 công bố công khai quyết toán ngân sách Lạng Sơn 2020",
    "UỶ BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n" + H + "Số: 2551/QĐ-UBND\nLạng Sơn, ngày 30 tháng 12 năm 2021\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ CÔNG KHAI QUYẾT TOÁN NGÂN SÁCH NĂM 2020 CỦA TỈNH LẠNG SƠN\nCăn cứ Thông tư số 343/2016/TT-BTC ngày 30/12/2016 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện công khai ngân sách nhà nước;\nCăn cứ Nghị quyết số 49/NQ-HĐND ngày 09/12/2021 của Hội đồng nhân dân tỉnh phê chuẩn quyết toán thu ngân sách nhà nước trên địa bàn; quyết toán thu, chi ngân sách địa phương năm 2020;\nĐiều 1. Công bố công khai số liệu quyết toán ngân sách năm 2020 của tỉnh Lạng Sơn.",
    ["6.1"], ["8.2"], "a dataset viewer's copy of thuvienphapluat.vn (Quyet-dinh-2551-QD-UBND-2021-...-501790.aspx): the province publishing its budget settlement")
doc("x355", "https://huggingface.co/datasets/thangvip/legal-documents/viewer/default/train?p=6", None,
    "Quyết định 949/QĐ-BTP 2018 Kế hoạch thực hiện 18-NQ/TW sắp xếp tổ chức bộ máy chính trị",
    "BỘ TƯ PHÁP\n" + H + "Số: 949/QĐ-BTP\nHà Nội, ngày 26 tháng 4 năm 2018\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 18-NQ/TW VỀ TIẾP TỤC ĐỔI MỚI, SẮP XẾP TỔ CHỨC BỘ MÁY CỦA HỆ THỐNG CHÍNH TRỊ TINH GỌN, HOẠT ĐỘNG HIỆU LỰC, HIỆU QUẢ; NGHỊ QUYẾT SỐ 19-NQ/TW VỀ TIẾP TỤC ĐỔI MỚI HỆ THỐNG TỔ CHỨC VÀ QUẢN LÝ, NÂNG CAO CHẤT LƯỢNG VÀ HIỆU QUẢ HOẠT ĐỘNG CỦA CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP\nBỘ TRƯỞNG BỘ TƯ PHÁP",
    [], ["4.1", "6.2"], "a ministry's own plan (dataset viewer's copy of thuvienphapluat.vn ...-380482.aspx)")
doc("x356", "https://laodong.vn/kinh-te/chinh-phu-dong-y-chuyen-4-don-vi-thanh-su-nghiep-cong-lap-thanh-cty-co-phan-601394.bld", None,
    "Chính phủ đồng ý chuyển 4 đơn vị thành sự nghiệp công lập thành Cty cổ phần", "",
    [], ["6.2", "4.1"], "national news (title only)")
doc("x357", "https://huggingface.co/datasets/datkai/new_dan_tri_vnexpress_11_11_2023/viewer/default/train", "Bình Định", "",
    "ngày 10/11 hđnd tỉnh bình định khóa xiii nhiệm kỳ 2021 2026 khai mạc kỳ họp lần thứ 13 kỳ họp chuyên đề tại kỳ họp hđnd tỉnh xem xét các tờ trình của ubnd tỉnh quyết nghị thông qua các nghị quyết về điều chỉnh bổ sung kế hoạch đầu tư công năm 2023 trên địa bàn tỉnh và điều chỉnh bổ sung chủ trương đầu tư về kéo dài thời gian thực hiện các dự án",
    ["6.1"], ["8.2"], "a news dataset's copy (lower-cased, segmented in the original): the council adjusting the year's public investment plan")
doc("x358", "https://huggingface.co/datasets/VTSNLP/base_vbpl_full/viewer/default/train", "Hà Giang", "",
    "NGHỊ QUYẾT BAN HÀNH CHƯƠNG TRÌNH GIÁM SÁT NĂM 2018 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG KHÓA XVII, NHIỆM KỲ 2016 - 2021 HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG KHÓA XVII - KỲ HỌP THỨ NĂM Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015; 1. Giám sát tại kỳ họp: Các Báo cáo của Ủy ban nhân dân tỉnh về phát triển kinh tế - xã hội; thực hiện ngân sách nhà nước, quyết toán ngân sách nhà nước của địa phương; công tác phòng, chống tham nhũng.",
    [], ["1.3", "6.1"], "the council's supervision programme: not the CCHC inspection (as x096) nor the budget act")
doc("x359", "https://huggingface.co/datasets/data-std/vi-law-qa/viewer/default/train?p=1850", None,
    "Hồ sơ, thời hạn gửi đề án vị trí việc làm và cơ cấu ngạch công chức đề nghị phê duyệt",
    "Hồ sơ, thời hạn gửi đề án vị trí việc làm và cơ cấu ngạch công chức đã được quy định cụ thể tại Điều 11 Nghị định 36/2013/NĐ-CP về vị trí việc làm và cơ cấu ngạch công chức. Chậm nhất là ngày 20 tháng 7 hàng năm, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương gửi Hồ sơ Đề án vị trí việc làm về Bộ Nội vụ theo quy định.",
    [], ["5.1"], "a legal Q&A")
doc("x360", "https://huggingface.co/datasets/241288-kltn/tvpl/viewer/default/train?p=4", "Yên Bái",
    "Quyết định 494/QĐ-UBND 2023 công bố thủ tục hành chính lĩnh vực Việc làm Sở Lao động Yên Bái",
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n" + H + "Số: 494/QĐ-UBND\nYên Bái, ngày 06 tháng 4 năm 2023\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC VIỆC LÀM THUỘC PHẠM VI QUẢN LÝ CỦA SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI; ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ TỈNH YÊN BÁI\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;",
    ["3.1"], ["3.2", "5.2"], "publishing procedures (dataset viewer's copy of thuvienphapluat.vn ...-562288.aspx); 'việc làm' is the labour sector, not recruitment")
doc("x361", "https://huggingface.co/datasets/truongpdd/vnese-dataset/viewer/default/train?p=14779", None, "",
    "Đây là thông tin được đưa ra tại hội nghị trực tuyến sơ kết công tác tài chính - ngân sách nhà nước 6 tháng đầu năm 2022, triển khai nhiệm vụ tài chính - ngân sách nhà nước 6 tháng cuối năm 2022 do Bộ Tài chính tổ chức chiều 7/7. Theo báo cáo của Bộ Tài chính, 6 tháng đầu năm 2022, ngành Tài chính thu ngân sách Nhà nước đạt 941.300 tỷ đồng, bằng 66,7% dự toán.",
    [], ["6.1", "8.2"], "national news of the ministry's budget results")
doc("x362", "https://huggingface.co/datasets/nc33/final_law_clm/viewer", None,
    "Thông Tư 51/2023/TT-BTC hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2024, kế hoạch tài chính - ngân sách nhà nước 03 năm 2024 - 2026",
    "Điều 1 Phạm vi điều chỉnh: Thông tư này hướng dẫn một số nội dung trong đánh giá thực hiện nhiệm vụ ngân sách nhà nước năm 2023 và 03 năm 2021 - 2023; xây dựng dự toán NSNN năm 2024 và kế hoạch tài chính - NSNN 03 năm 2024 - 2026. Điều 2 Đối tượng áp dụng: Các cơ quan nhà nước; các đơn vị sự nghiệp công lập.",
    [], ["6.1"], "a ministry's circular to all levels")
doc("x363", "https://dientungaynay.vn/tags/sap-nhap-don-vi-hanh-chinh", None, "sáp nhập đơn vị hành chính",
    "Dự kiến ngày 16/4 tổ chức Hội nghị toàn quốc triển khai sáp nhập tỉnh, xã. Bộ Nội vụ vừa thông báo sẽ tổ chức Hội nghị toàn quốc vào ngày 16/4/2025 để triển khai kế hoạch sáp nhập đơn vị hành chính cấp tỉnh, cấp xã và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp.",
    [], ["4.4"], "a news tag page: the ministry's national conference")
doc("x364", "https://www.vietnamplus.vn/se-giam-44510-bien-che-cong-chuc-su-nghiep-trong-nam-2019/548559.vnp", None,
    "Sẽ giảm 44.510 biên chế công chức, sự nghiệp trong năm 2019",
    "Từ năm 2015 tới hết năm 2018, đã có 40.500 người được tinh giản biên chế. Trong ba năm 2016-2018, đã cắt giảm được 86.300 người hưởng lương từ ngân sách nhà nước.",
    [], ["4.2"], "national news; the title from the URL slug")
doc("x365", "https://www.baotravinh.vn/trong-nuoc/nhung-doi-tuong-thuoc-dien-tinh-gian-bien-che-29344.html", "Trà Vinh",
    "Những đối tượng thuộc diện tinh giản biên chế",
    "Cán bộ, công chức, viên chức thuộc diện dôi dư do sắp xếp lại tổ chức bộ máy, nhân sự; cơ cấu lại theo vị trí việc làm, chưa đạt trình độ đào tạo, không hoàn thành nhiệm vụ… thuộc trường hợp tinh giản biên chế theo Nghị định vừa được Chính phủ ban hành.",
    [], ["4.2", "5.1"], "a provincial newspaper's national section relaying a Government decree: nobody's evidence")
doc("x366", "https://baomoi.net.vn/trung-tam-hanh-chinh-cong-mot-cap-se-tiet-kiem-nhanh-hieu-qua-hon-c50301387.epi", "Hồ Chí Minh",
    "Trung tâm hành chính công một cấp: Sẽ tiết kiệm, nhanh, hiệu quả hơn",
    "Ngày 27-9, tại kỳ họp thứ 18, HĐND TP.HCM khóa X đã quyết nghị việc thí điểm thành lập Trung tâm phục vụ hành chính công TP.HCM trực thuộc UBND TP.HCM. Việc lập Trung tâm phục vụ hành chính công một cấp sẽ giúp người dân có thể nộp hồ sơ tại một địa điểm mà không phụ thuộc vào địa giới hành chính.",
    ["3.3"], ["4.1"], "the city's one-stop centre (3.3); the centre is not a specialised department or public service unit (4.1)")
doc("x367", "https://phapluatcongdong.vn/van-ban/quyet-dinh-575-qd-ubnd-ban-hanh-tinh-kon-tum-nam-2020-p47551.htm", "Kon Tum",
    "Quyết định 575/QĐ-UBND năm 2020 về phê duyệt quy trình nội bộ giải quyết các thủ tục hành chính lĩnh vực ngoại vụ do tỉnh Kon Tum ban hành",
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n" + H + "Số: 575/QĐ-UBND\nKon Tum, ngày 05 tháng 8 năm 2020\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT CÁC THỦ TỤC HÀNH CHÍNH LĨNH VỰC NGOẠI VỤ THUỘC THẨM QUYỀN CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
    ["3.1"], ["3.3"], "approving internal procedures is 3.1's sub-criterion; the one-stop decree only in its legal basis")
doc("x368", "https://vanban123.vn/Quyet-dinh/quyet-dinh-876-qd-ubnd-nam-2011-ve-quy-che-phoi-hop-giua-van-phong-uy-ban-nhan-dan-tinh-voi-cac-so-ban-nganh-uy-ban-nhan-dan-cap-huyen-trong-viec-thuc-hien-nhiem-vu-kiem-soat-thu-tuc-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-63-2010-nd-cp-va-tiep-nhan-xu-ly-phan-anh-kien-nghi-cua-ca-nhan-to-chuc-ve-quy-dinh-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-20-2008-nd-cp-do-tinh-yen-bai-ban-hanh-456906", "Yên Bái", "",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 876/QĐ-UBND\nYên Bái, ngày 22 tháng 6 năm 2011\nVỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA VĂN PHÒNG UBND TỈNH VỚI CÁC SỞ, BAN, NGÀNH; UBND CẤP HUYỆN TRONG VIỆC THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH THEO QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 63/2010/NĐ-CP VÀ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ CỦA CÁ NHÂN, TỔ CHỨC VỀ QUY ĐỊNH HÀNH CHÍNH THEO QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 20/2008/NĐ-CP\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong việc thực hiện nhiệm vụ kiểm soát thủ tục hành chính, công bố công khai thủ tục hành chính thuộc phạm vi thẩm quyền quản lý và tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính.",
    ["3.1", "3.4"], ["3.2"], "two subjects named in the title: publishing procedures (3.1) and feedback on administrative rules (3.4)")
doc("x369", "https://nhatrang.khanhhoa.gov.vn/vi/ban-tin-cai-cach-hanh-chinh/chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-cap-tinh-nam-2023-cua-tinh-khanh-hoa-dung-thu-16-61-tinh-thanh-pho", "Khánh Hòa", "",
    "Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh ở Việt Nam (PAPI) là sản phẩm của hoạt động hợp tác nghiên cứu giữa Trung tâm Nghiên cứu Phát triển và Hỗ trợ Cộng đồng (CECODES), Trung tâm Bồi dưỡng cán bộ và Nghiên cứu khoa học Mặt trận Tổ quốc Việt Nam và Chương trình Phát triển Liên Hợp quốc (UNDP). Năm 2022, PAPI khảo sát 16.117 người dân trên 63 tỉnh/thành phố (tại Khánh Hòa khảo sát 192 người).",
    [], ["PAPI.1", "8.3"], "a city's CCHC bulletin relaying the index publisher's results (as x303)")
doc("x370", "https://uat.nhansu.vn/van-ban-phap-luat/Quyet-dinh-5918-QD-UBND-2025-quy-che-quan-ly-khai-thac-Nen-tang-tich-hop-chia-se-du-lieu-Ha-Noi-682457.html", "Hà Nội",
    "Quyết định 5918/QĐ-UBND năm 2025 về Quy chế quản lý, vận hành và khai thác Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) thành phố Hà Nội",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 5918/QĐ-UBND\nHà Nội, ngày 27 tháng 11 năm 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nCăn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023;\nCăn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;\nCăn cứ Nghị định số 278/2025/NĐ-CP ngày 22/10/2025 của Chính phủ quy định về kết nối, chia sẻ dữ liệu bắt buộc giữa các cơ quan thuộc hệ thống chính trị;",
    ["7.1"], ["7.3"], "the city's data-sharing platform (7.1); online services only in the legal basis")
doc("x371", "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3388-QD-UBND-2025-Khung-kien-truc-so-Gia-Lai-694749.html", "Gia Lai",
    "Quyết định 3388/QĐ-UBND năm 2025 phê duyệt Khung kiến trúc số tỉnh Gia Lai",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 3388/QĐ-UBND\nGia Lai, ngày 31 tháng 12 năm 2025\nVỀ PHÊ DUYỆT KHUNG KIẾN TRÚC SỐ TỈNH GIA LAI\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;\nCăn cứ Quyết định số 3090/QĐ-BKHCN ngày 08 tháng 10 năm 2025 của Bộ Khoa học và Công nghệ về việc ban hành Khung kiến trúc tổng thể quốc gia số;",
    ["7.1"], ["DTI.1"], "the province's digital architecture: 7.1 alone (third-pass rule: architecture is not the overall digital-transformation plan)")
doc("x372", "https://hethongphapluat.vn/ke-hoach-51-kh-ubnd-nam-2022-thuc-hien-de-an-phat-trien-ung-dung-du-lieu-dan-cu-dinh-danh-va-xac-thuc-dien-tu-phuc-vu-chuyen-doi-so-quoc-gia-giai-doan-2022-2025-tam-nhin-den-2030-do-tinh-binh-phuoc-ban-hanh.html", "Bình Phước", "",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 51/KH-UBND\nBình Phước, ngày 01 tháng 3 năm 2022\nKẾ HOẠCH\nTRIỂN KHAI, THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ PHỤC VỤ CHUYỂN ĐỔI SỐ QUỐC GIA GIAI ĐOẠN 2022 - 2025, TẦM NHÌN ĐẾN 2030\nThực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;",
    ["7.4"], ["7.1", "DTI.1"], "the province's plan for Đề án 06 (7.4)")
doc("x373", "https://thuvienphapluat.vn/bulletin/document.aspx?bid=fb3e3bc9-461b-4c5d-9808-a2378b9ab52c&key=bdvxTExwybTgbJ7HO1OTBQ%3D%3D", "Hà Giang", "",
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n" + H + "Số: 49/KH-UBND\nHà Giang, ngày 18 tháng 02 năm 2022\nKẾ HOẠCH\nTRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 06/01/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ PHỤC VỤ CHUYỂN ĐỔI SỐ QUỐC GIA GIAI ĐOẠN 2022 - 2025, TẦM NHÌN ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH HÀ GIANG\nI. MỤC ĐÍCH, YÊU CẦU: phục vụ yêu cầu chuyển đổi số Quốc gia nói chung và chuyển đổi số trên địa bàn tỉnh nói riêng.",
    ["7.4"], ["DTI.1"], "the province's plan for Đề án 06 (7.4)")
doc("x374", "https://hethongphapluat.com/ke-hoach-32-kh-ubnd-nam-2022-trien-khai-thuc-hien-quyet-dinh-06-qd-ttg-phe-duyet-de-an-phat-trien-ung-dung-du-lieu-dan-cu-dinh-danh-va-xac-thuc-dien-tu-phuc-vu-chuyen-doi-so-quoc-gia-giai-doan-2022-2025-tam-nhin-den-2030-do-tinh-thanh-hoa-ban-hanh.html", "Thanh Hóa", "",
    "Thanh Hóa, ngày 11 tháng 02 năm 2022\nThực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06), Ủy ban nhân dân tỉnh Thanh Hóa xây dựng kế hoạch triển khai thực hiện. Mục tiêu cụ thể: hoàn thành tích hợp, cung cấp dịch vụ xác thực thông tin trên Cổng Dịch vụ công quốc gia.",
    ["7.4"], ["7.3"], "the province's plan for Đề án 06 (7.4); online services named as one target")
doc("x375", "https://thuvienphapluat.vn/bulletin/document.aspx?bid=2677a27a-b732-4250-a805-255523e0b1a3&key=94i0FLmGa03pGdlFXKBWRw%3D%3D", None,
    "Quyết định 915/QĐ-BNV 2016 phê duyệt Chỉ số hài lòng tổ chức đối với sự phục vụ cơ quan",
    "BỘ NỘI VỤ\n" + H + "Số: 915/QĐ-BNV\nHà Nội, ngày 20 tháng 4 năm 2016\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT VÀ CÔNG BỐ CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC NĂM 2015\nBỘ TRƯỞNG BỘ NỘI VỤ",
    [], ["SIPAS.2", "8.1"], "the ministry's national SIPAS decision (third-pass rule: neither)")
doc("x376", "https://tieuluan.info/b-ni-v-chng-trnh-bi-dng-cng-chc-chuyn-trch-ci-cch-hnh-chnh-h-n.html?page=15", None, "",
    "Bộ Nội vụ - Chương trình bồi dưỡng công chức chuyên trách cải cách hành chính, Hà Nội, tháng 12/2013. III. TRIỂN KHAI ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC. 1. Bộ câu hỏi điều tra xã hội học đo lường sự hài lòng gắn với các tiêu chí quy định tại Quyết định số 1383/QĐ-BNV.",
    [], ["SIPAS.1", "8.1"], "a ministry's training material")
doc("x377", "https://vanbanphapluat.co/quyet-dinh-01-2012-qd-ubnd-quy-che-lam-viec-cua-uy-ban-nhan-dan-tinh-tra-vinh", "Trà Vinh",
    "Quyết định 01/2012/QĐ-UBND về quy chế làm việc của Ủy ban nhân dân tỉnh Trà Vinh nhiệm kỳ 2011 - 2016",
    "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\n" + H + "Số: 01/2012/QĐ-UBND\nTrà Vinh, ngày 31 tháng 01 năm 2012\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH TRÀ VINH NHIỆM KỲ 2011 - 2016\nCăn cứ Quyết định số 53/2006/QĐ-TTg ngày 08 tháng 3 năm 2006 của Thủ tướng Chính phủ ban hành Quy chế làm việc mẫu của Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;\nXét đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh và Giám đốc Sở Nội vụ,",
    [], ["4.1", "2.1"], "the people's committee's working rules: no CCHC criterion is their subject")
doc("x378", "https://caselaw.vn/van-ban-phap-luat/224551-quyet-dinh-so-15-2006-qd-ubnd-ngay-16-02-2006-ban-hanh-dieu-chinh-bo-sung-quy-che-lam-viec-cua-uy-ban-nhan-dan-tinh-hung-yen-nhiem-ky-2004-2009-van-ban-het-hieu-luc", "Hưng Yên", "",
    "Quyết định số 15/2006/QĐ-UBND ngày 16/02/2006 Ban hành điều chỉnh, bổ sung quy chế làm việc của Ủy ban nhân dân tỉnh Hưng Yên nhiệm kỳ 2004-2009 (Văn bản hết hiệu lực)\nỦY BAN NHÂN DÂN\n" + H + "Số: 15/2006/QĐ-UBND\nHưng Yên, ngày 16 tháng 02 năm 2006\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH ĐIỀU CHỈNH, BỔ SUNG QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN NHIỆM KỲ 2004-2009\nCăn cứ Nghị định số 107/2004/NĐ-CP ngày 01/4/2004 của Chính phủ quy định số Phó chủ tịch và cơ cấu thành viên UBND các cấp.",
    [], ["4.1", "2.3"], "working rules (as x421); 'hết hiệu lực' is the mirror's status line, not a review")
doc("x379", "https://vietnamnet.vn/ha-noi-hue-hai-phong-tphcm-va-thanh-hoa-dan-dau-ca-nuoc-ve-chuyen-doi-so-2454930.html", None, "",
    "Kết quả DTI 2024 cấp quốc gia và cấp tỉnh vừa được Bộ KH&CN công bố hôm nay, ngày 21/10. Ở cấp quốc gia, chỉ số DTI năm 2024 đạt 0,7955, tăng trưởng 8,6% so với năm 2023. Ở cấp tỉnh, top 5 địa phương sau sáp nhập có kết quả DTI cấp tỉnh 2024 cao nhất gồm: Hà Nội, Huế, Hải Phòng.",
    [], ["DTI.1", "7.1"], "national news of the ministry's ranking")
doc("x380", "https://baomoi.net.vn/quang-ngai-tang-5-bac-trong-danh-gia-chuyen-doi-so-c51412784.epi", "Quảng Ngãi",
    "Quảng Ngãi tăng 5 bậc trong đánh giá chuyển đổi số",
    "Bộ TT&TT vừa công bố báo cáo xếp hạng, đánh giá mức độ chuyển đổi số (DTI) năm 2023. Tỉnh Quảng Ngãi tiếp tục tăng 5 bậc so với năm 2022, xếp vị trí thứ 21/63 tỉnh, thành phố trong cả nước. Trong đó, chính quyền số ở vị trí thứ 12, kinh tế số ở vị trí thứ 13 và xã hội số ở vị trí thứ 14.",
    [], ["DTI.1", "7.1"], "a province's rank in the ministry's index, relayed: a ranking published by others (as h132)")
doc("x381", "https://dti.gov.vn/xep-hang-2022", None, "BÁO CÁO XẾP HẠNG Đánh giá mức độ chuyển đổi số năm 2022",
    "XẾP HẠNG DTI CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TW; XẾP HẠNG CHÍNH QUYỀN SỐ; XẾP HẠNG KINH TẾ SỐ; XẾP HẠNG XÃ HỘI SỐ. 1 TP. Đà Nẵng, 2 TP. Hồ Chí Minh, 3 Quảng Ninh, 4 Thừa Thiên - Huế, 5 TP. Cần Thơ, 6 Lạng Sơn.",
    [], ["DTI.1", "7.1"], "the ministry's ranking page")
doc("x382", "https://raw.githubusercontent.com/21ts444/thdinhbang2/main/upload/45610/20210224/QD_ban_hanh_tieu_chi_cham_diem_cong_thong_tin_thanh_phan_signed_signed_signed_4403d19407.pdf", "Bắc Ninh", "",
    "UBND TỈNH BẮC NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n" + H + "Số: /QĐ-SGDĐT\nBắc Ninh, ngày tháng 02 năm 2021\nQUYẾT ĐỊNH\nVề việc ban hành bộ tiêu chí đánh giá, xếp loại Cổng thông tin điện tử thành phần\nGIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCăn cứ Thông tư số 37/2020/TT-BGDĐT ngày 05/10/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về tổ chức hoạt động, sử dụng thư điện tử và cổng thông tin điện tử tại sở giáo dục và đào tạo;\nĐiều 1. Ban hành kèm theo Quyết định này bộ tiêu chí đánh giá, xếp loại Cổng thông tin điện tử thành phần.",
    [], ["1.7", "7.2"], "one department's criteria for rating its schools' web portals (a PDF in a school's code repository): not the province's index of its departments")
doc("x383", "https://www.thvl.vn/chuyen-de-thvl/phong-su-dot-pha-trong-cai-cach-hanh-chinh/", "Vĩnh Long", "",
    "Xác định cải cách hành chính là một trong những yếu tố quan trọng để thu hút đầu tư, thúc đẩy kinh tế xã hội phát triển, củng cố lòng tin của nhân dân đối với sự lãnh đạo của Đảng và Nhà nước. Do vậy, thời gian qua, tỉnh đã tập trung chỉ đạo đẩy mạnh cải cách hành chính, và đã đạt được một số kết quả đáng ghi nhận, từng bước tiến tới sự hài lòng của người dân.",
    [], ["1.1", "8.2"], "the provincial TV's general report on CCHC: no act of the province is its subject (as x337)")

# --- seventh pass (issue 15, session 11, helper labels12): thin provinces, thin criteria, stream --
doc("x384", "https://socongthuong.backan.gov.vn/kiem-tra-toan-dien-cong-tac-cai-cach-hanh-chinh-trong-nam-2023/", "Bắc Kạn",
    "Kiểm tra toàn diện công tác cải cách hành chính trong năm 2023",
    "Chủ tịch UBND tỉnh Nguyễn Đăng Bình – Trưởng Ban Chỉ đạo cải cách hành chính của tỉnh ký vừa ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2023. Theo Kế hoạch, năm 2023, Ban Chỉ đạo cải cách hành chính của tỉnh tiến hành kiểm tra tại 9 đơn vị, gồm: Văn phòng UBND tỉnh; Ban Dân tộc tỉnh; Thanh tra tỉnh; Sở Công Thương; Sở Giáo dục và Đào tạo; Sở Khoa học và Công nghệ; UBND huyện Na Rì; UBND huyện Chợ Đồn; UBND huyện Bạch Thông. Ngoài ra sẽ tiến hành kiểm tra đột xuất theo phương thức lựa chọn ngẫu nhiên đơn vị để kiểm tra.",
    ["1.3"], ["1.1", "1.7"], "the province's CCHC inspection plan of the year, relayed by a department's site (the issuer decides, as x031)")
doc("x385", "https://thuviennhadat.vn/vbpl/ke-hoach-193-kh-ubnd-2023-cong-tac-cai-cach-hanh-chinh-tuyen-quang-580715.html", "Tuyên Quang",
    "Kế hoạch 193/KH-UBND về kiểm tra công tác cải cách hành chính trên địa bàn tỉnh Tuyên Quang năm 2023",
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n" + H + "Số: 193/KH-UBND\nTuyên Quang, ngày 22 tháng 8 năm 2023\nKẾ HOẠCH\nKIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG NĂM 2023\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030; Kế hoạch số 232/KH-UBND ngày 24/12/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính tỉnh Tuyên Quang năm 2023,\nỦy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính trên địa bàn tỉnh năm 2023, như sau:",
    ["1.3"], ["1.1"], "the province's CCHC inspection plan; the year's CCHC plan is only cited")
doc("x386", "https://thuviennhadat.vn/vbpl/quyet-dinh-12-qd-bcdcchc-2023-ke-hoach-kiem-tra-cong-tac-cai-cach-hanh-chinh-559586.html", None,
    "Quyết định 12/QĐ-BCĐCCHC về Kế hoạch kiểm tra công tác cải cách hành chính năm 2023 của Ban Chỉ đạo cải cách hành chính của Chính phủ",
    "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ\n" + H + "Số: 12/QĐ-BCĐCCHC\nHà Nội, ngày 08 tháng 3 năm 2023\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ\nTRƯỞNG BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ\nCăn cứ Quyết định số 2193/QĐ-TTg ngày 24 tháng 12 năm 2021 của Thủ tướng Chính phủ về việc kiện toàn Ban Chỉ đạo cải cách hành chính của Chính phủ;\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2023 của Ban Chỉ đạo cải cách hành chính của Chính phủ.",
    [], ["1.3", "1.1"], "the Government steering committee's own inspection plan: nobody's evidence")
doc("x387", "https://hatinh24h.com.vn/ha-tinh-giao-bien-che-can-bo-cong-chuc-va-so-luong-nguoi-lam-viec-nam-2026-a193641.html", "Hà Tĩnh",
    "Hà Tĩnh giao biên chế cán bộ, công chức và số lượng người làm việc năm 2026",
    "Ngày 5/1/2026, Phó Chủ tịch Thường trực UBND tỉnh Hà Tĩnh Trần Báu Hà vừa ký Quyết định số 07/QĐ-UBND về việc giao biên chế cán bộ, công chức trong các cơ quan, tổ chức hành chính; số lượng người làm việc trong các đơn vị sự nghiệp công lập, tổ chức hội và chỉ tiêu lao động hợp đồng năm 2026 trên địa bàn tỉnh. Cụ thể theo Nghị quyết, năm 2026 số biên chế cán bộ, công chức được giao là 4.982 biên chế.",
    ["4.2"], ["4.1", "5.1"], "news of the province's decision assigning the year's staff quotas")
doc("x388", "https://www.quangtri.gov.vn/portal/pages/print.aspx?p=34203", "Quảng Trị",
    "Kế hoạch tuyên truyền về cải cách hành chính tỉnh Quảng Trị năm 2019",
    "Ngày 18/1/2019, UBND tỉnh vừa ban hành Kế hoạch số 292/KH-UBND về việc tuyên truyền về cải cách hành chính tỉnh Quảng Trị năm 2019. Mục đích của kế hoạch nhằm tăng cường nâng cao nhận thức, trách nhiệm tổ chức thực hiện Kế hoạch cải cách hành chính hàng năm của tỉnh đối với cán bộ, công chức, viên chức trong quá trình thực thi công vụ, nhiệm vụ; nâng cao hiệu quả tuyên truyền CCHC trên các phương tiện thông tin đại chúng.",
    ["1.4"], ["1.1"], "the province's CCHC communication plan of the year")
doc("x389", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-2074-QD-UBND-2021-tuyen-truyen-cai-cach-hanh-chinh-Quang-Ngai-giai-doan-2022-2025-511272.aspx", "Quảng Ngãi",
    "Quyết định 2074/QĐ-UBND năm 2021 về Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2022-2025 trên địa bàn tỉnh Quảng Ngãi",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n" + H + "Số: 2074/QĐ-UBND\nQuảng Ngãi, ngày 20 tháng 12 năm 2021\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2022-2025 TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;\nQuyết định số 649/QĐ-UBND ngày 26/7/2021 của UBND tỉnh ban hành Kế hoạch cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) Quảng Ngãi, giai đoạn 2021- 2025;\nCăn cứ Quyết định số 768/QĐ-UBND ngày 26/8/2021 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính tỉnh Quảng Ngãi giai đoạn 2021- 2025;",
    ["1.4"], ["1.1", "PCI.1"], "the province's CCHC communication plan (four years); the PCI plan and the five-year CCHC plan are only cited")
doc("x390", "https://thuonghieucongluan.com.vn/news-tag243596/par-index", "Nam Định",
    "Nam Định tăng 5 bậc trên bảng xếp hạng Chỉ số cải cách hành chính năm 2023",
    "Sáng 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX) của các bộ, ngành, địa phương và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước năm 2023 (SIPAS). Theo đó, Nam Định đạt 87,32, tăng 2,46 điểm %, xếp thứ 29/63 tỉnh, thành phố.",
    [], ["1.7", "1.1", "SIPAS.2"], "a magazine's tag page on the ministry's ranking of the province (as x110)")
doc("x391", "https://thuonghieucongluan.com.vn/nam-dinh-xep-thu-23-tren-bang-xep-hang-papi-nam-2023-a217191.html", "Nam Định",
    "Nam Định xếp thứ 23 trên bảng xếp hạng PAPI năm 2023",
    "Trung tâm Nghiên cứu Phát triển - Hỗ trợ cộng đồng (CECODES), thuộc Liên hiệp các Hội Khoa học - Kỹ thuật Việt Nam và Chương trình Phát triển Liên Hợp quốc (UNDP) tại Việt Nam vừa có báo cáo Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam (PAPI) năm 2023. Theo đó, tỉnh Nam Định xếp thứ 23 trên bảng xếp hạng PAPI năm 2023. Điểm tổng hợp PAPI năm 2023 của tỉnh Nam Định đạt 43,17 điểm.",
    [], ["PAPI.1"], "a ranking published by others (as x056)")
doc("x392", "https://daklak.gov.vn/thong-tin-chi-dao-dieu-hanh/-/asset_publisher/bDngMUmMrWIw/content/xac-inh-chi-so-cai-cach-hanh-chinh-nam-2023-cua-tinh/pop_up", "Đắk Lắk",
    "Xác định Chỉ số cải cách hành chính năm 2023 của tỉnh",
    "Ngày 01/12/2023, UBND tỉnh ban hành Công văn số 10646/UBND-KSTTHC gửi các Sở, ban, ngành của tỉnh; UBND các huyện, thị xã, thành phố về việc hướng dẫn tự đánh giá, chấm điểm để xác định Chỉ số cải cách hành chính cấp tỉnh. Yêu cầu các cơ quan, đơn vị phải có báo cáo chuyên đề làm cơ sở kiểm chứng để đánh giá mức độ hoàn thành từng tiêu chí của Đề án xác định Chỉ số cải cách hành chính theo Quyết định số 876/QĐ-BNV.",
    [], ["1.7", "1.2"], "the province's instructions for its own self-assessment for the ministry's index: neither the index of its departments nor a CCHC report (as x335)")
doc("x393", "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-0156-KH-UBND-2025-cai-cach-hanh-chinh-nha-nuoc-Dak-Lak-nam-2026-686536.html", "Đắk Lắk",
    "Kế hoạch 0156/KH-UBND năm 2025 cải cách hành chính nhà nước tỉnh Đắk Lắk năm 2026",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 0156/KH-UBND\nĐắk Lắk, ngày 26 tháng 12 năm 2025\nCẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH ĐẮK LẮK NĂM 2026\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030; Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ về việc xây dựng kế hoạch cải cách hành chính và thực hiện chế độ báo cáo định kỳ.\nUBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước (CCHC) tỉnh Đắk Lắk năm 2026, như sau:\n1. Mục tiêu\n- Xếp hạng Chỉ số CCHC của tỉnh năm 2026 tăng tối thiểu 03 bậc so với năm 2025.",
    ["1.1"], ["1.2", "1.7"], "the province's CCHC plan of the year")
doc("x394", "http://taynguyenonline.net/bo-truong-bo-noi-vu-lam-viec-voi-tinh-dak-lak.html", "Đắk Lắk",
    "Bộ trưởng Bộ Nội vụ làm việc với tỉnh Đắk Lắk",
    "Theo báo cáo của UBND tỉnh Đắk Lắk tại buổi làm việc, sau gần một năm thực hiện Chỉ thị số 26/CT-TTg ngày 5-9-2016 của Thủ tướng Chính phủ, ngành Nội vụ của tỉnh đã đạt nhiều kết quả nổi bật. Trong giai đoạn 2015-2017, đã giảm được 440 biên chế hành chính sự nghiệp. Bộ trưởng Lê Vĩnh Tân đánh giá cao những kết quả đạt được của tỉnh.",
    [], ["4.2", "5.6", "1.2"], "news of a minister's working visit: no act of the province is its subject")
doc("x395", "https://noivuquangtri.gov.vn/vi/laws/view-321-12-KH-SNV/", "Quảng Trị",
    "Phát động cuộc thi “Ý tưởng sáng tạo cải cách hành chính” của cán bộ, công chức, viên chức và Đoàn viên Thanh niên Sở Nội vụ",
    "Số: 12/KH-SNV\nKẾ HOẠCH\nPhát động cuộc thi “Ý tưởng sáng tạo cải cách hành chính” của cán bộ, công chức, viên chức và Đoàn viên Thanh niên Sở Nội vụ\nThực hiện Quyết định số 175/QĐ-SNV ngày 21/12/2018 của Sở Nội vụ về việc ban hành Kế hoạch cải cách hành chính năm 2019, Sở Nội vụ phát động cuộc thi “Ý tưởng sáng tạo cải cách hành chính” của Sở.",
    [], ["1.5", "1.1"], "one department's internal contest (as x293, one department's CCHC plan)")
doc("x396", "http://thanhdoan.hochiminhcity.gov.vn/ThanhDoan/webtd/News/32729", "Hồ Chí Minh",
    "Thi tìm sáng kiến cải cách hành chính hiệu quả",
    "Sáng ngày 23/8/2019, tại Hội trường Sở Tài Chính Thành phố, Đoàn Khối Dân - Chính - Đảng TP. Hồ Chí Minh phối hợp với Công đoàn Viên chức và Hội Cựu Chiến binh Khối đã tổ chức Lễ khai mạc và phát động thi trực tuyến vòng loại - Hội thi “Cải cách hành chính” năm 2019.",
    [], ["1.5", "1.4"], "a youth union's contest within one bloc: not the city's own act")
doc("x397", "https://moitruong.net.vn/infographic-854-nguoi-dan-to-chuc-hai-long-ve-su-phuc-vu-cua-co-quan-hanh-chinh/", None,
    "[Infographic] 85,4% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính",
    "Năm 2020, có 85,48% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính Nhà nước, cao hơn mức 84,45% của năm 2019. Các tỉnh có chỉ số hài lòng thuộc nhóm cao nhất là Quảng Ninh, Hải Phòng, Bắc Giang, Hải Dương, Hưng Yên, Vĩnh Phúc.",
    [], ["SIPAS.2", "8.1"], "national news of the ministry's index (as x297)")
doc("x398", "http://mttq.bacninh.gov.vn/news/-/details/8201565/bac-ninh-ung-thu-4-ca-nuoc-ve-chi-so-quan-tri-va-hanh-chinh-cong", "Bắc Ninh",
    "Bắc Ninh đứng thứ 4 cả nước về chỉ số quản trị và hành chính công",
    "Theo kết quả chỉ số hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam (PAPI) năm 2020 được công bố, tỉnh Bắc Ninh đạt 45,31 điểm (tăng 3,23 điểm so với năm 2019), xếp thứ 4/63 tỉnh, thành phố trong cả nước. Trong đó, có 06 trục nội dung thuộc nhóm tỉnh/thành phố có điểm số cao nhất.",
    [], ["PAPI.1"], "the Front's site relaying a ranking published by others (as x056)")
doc("x399", "http://bacninhtv.vn/tin-tuc-n5652/hoi-thao-phan-tich-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-papi.html", "Bắc Ninh",
    "Hội thảo phân tích Chỉ số hiệu quả quản trị và hành chính công (PAPI)",
    "(BTV) Sáng 03/5, Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh tổ chức Hội thảo phân tích Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2018. Tại Hội thảo, đại diện các sở, ngành tham gia đóng góp các giải pháp nhằm cải thiện các Chỉ số thành phần giảm điểm như: Củng cố quản trị điện tử và tiếp cận dịch vụ công điện tử; nâng cao hiệu quả Trung tâm Hành chính công, nhất là Bộ phận “một cửa liên thông” cấp xã, phường; qua đó, góp phần nâng cao, duy trì Chỉ số PAPI nằm trong tốp 10.",
    ["PAPI.1"], ["3.3", "8.2"], "the province's own analysis of its PAPI result with departments' remedies (as x007, a PCI meeting on the province's plan)")
doc("x400", "https://baolamdong.vn/toasoan-bandoc/202109/7256-cong-chuc-cap-xa-co-trinh-do-dai-hoc-sau-dai-hoc-3077610/", "Lâm Đồng",
    "72,56% công chức cấp xã có trình độ đại học, sau đại học",
    "Toàn tỉnh hiện có 142 đơn vị hành chính cấp xã, phường, thị trấn. Theo đánh giá của Tỉnh ủy, số lượng, chất lượng đội ngũ cán bộ, công chức cấp xã ngày càng nâng cao và đảm bảo. Toàn tỉnh đã bố trí 2.813/3.050 cán bộ, công chức. Đội ngũ cán bộ, công chức tại các xã cơ bản chuẩn hóa. Đối với công chức cấp xã, trình độ học vấn THPT đạt tỷ lệ 100%; đại học, sau đại học 72,56%. 100% công chức cấp xã đã được đào tạo về tin học.",
    ["5.5"], ["5.4", "4.2"], "the province's figures on the standard of its commune officials (the provincial party committee's review), in the provincial paper")
doc("x401", "http://m.baohaiduong.vn/lao-dong---viec-lam/binh-giang-572-so-cong-chuc-xa-co-trinh-do-dai-hoc-tren-dai-hoc-137942", "Hải Dương",
    "Bình Giang: 57,2% số công chức xã có trình độ đại học, trên đại học",
    "Huyện Bình Giang hiện có 143 công chức xã, giảm 21 người so với năm 2015. Tỷ lệ công chức xã có trình độ trên đại học là 2%; 55,2% có trình độ đại học; 6,3% trình độ cao đẳng; 36,5% trình độ trung cấp.",
    [], ["5.5", "5.4"], "one district's figures: not the province's")
doc("x402", "https://123docz.net/document/4052500-luan-van-thac-si-xay-dung-dang-nang-cao-chat-luong-doi-ngu-cong-chuc-cap-xa-o-tinh-bac-lieu-hien-nay.htm", "Bạc Liêu",
    "Luận văn thạc sĩ: Xây dựng Đảng - nâng cao chất lượng đội ngũ công chức cấp xã ở tỉnh Bạc Liêu hiện nay",
    "Chương 1: NHỮNG VẤN ĐỀ LÝ LUẬN, THỰC TIỄN NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÔNG CHỨC CẤP XÃ Ở TỈNH BẠC LIÊU. 1.1 Đội ngũ công chức cấp xã và một số vấn đề cơ bản về nâng cao chất lượng đội ngũ công chức. 1.2 Thực trạng và một số kinh nghiệm nâng cao chất lượng đội ngũ công chức cấp xã ở tỉnh. Chương 2: YÊU CẦU VÀ NHỮNG GIẢI PHÁP CƠ BẢN.",
    [], ["5.5", "5.4"], "a thesis")
doc("x403", "https://dantocmiennui.vn/dak-nong-tap-trung-dao-tao-nang-cao-nang-luc-can-bo-cong-chuc-cap-xa-post288923.html", "Đắk Nông",
    "Đắk Nông tập trung đào tạo, nâng cao năng lực cán bộ, công chức cấp xã",
    "Chủ tịch UBND tỉnh Đắk Nông Nguyễn Bốn vừa ký kế hoạch đào tạo, bồi dưỡng cán bộ, công chức và những người hoạt động không chuyên trách theo Quyết định số 124/QĐ-TTg ngày 16/1/2014 của Thủ tướng Chính phủ về tiếp tục củng cố, kiện toàn chính quyền cơ sở vùng Tây Nguyên giai đoạn 2014 – 2020 trên địa bàn tỉnh Đắk Nông. Theo kế hoạch, Sở Nội vụ Đắk Nông được phân bổ gần 4,4 tỷ đồng để mở các lớp đào tạo cho khoảng 1.300 học viên.",
    ["5.4"], ["5.5", "1.6"], "news of the province's training plan for commune officials")
doc("x404", "http://vhttdldaklak.gov.vn/thoi-su/en-nam-2025-co-hon-50-ngan-can-bo-cong-chuc-vien-chuc-tinh-ak-lak-uoc-boi-duong-cap-nhat-kien-thuc-dan-toc-va-tieng-dan-toc-5905.html", "Đắk Lắk",
    "Đến năm 2025, có hơn 50 ngàn cán bộ, công chức, viên chức tỉnh Đắk Lắk được bồi dưỡng, cập nhật kiến thức dân tộc và tiếng dân tộc",
    "Đó là mục tiêu tại Kế hoạch thực hiện Đề án “Bồi dưỡng kiến thức dân tộc đối với cán bộ, công chức, viên chức giai đoạn 2018 - 2025” vừa được UBND tỉnh Đắk Lắk đã ban hành. Mục tiêu của Kế hoạch, đến năm 2020: Tối thiểu 50% cán bộ, công chức viên chức thuộc nhóm đối tượng 3 và nhóm đối tượng 4 của Sở, ban, ngành được bồi dưỡng, cập nhật kiến thức dân tộc.",
    ["5.4"], ["2.4"], "the province's training plan, relayed by a department's site (the issuer decides)")
doc("x405", "https://vanbanphapluat.co/quyet-dinh-1435-qd-ubnd-2019-giai-quyet-thu-tuc-hanh-chinh-theo-co-che-mot-cua-tinh-phu-yen", "Phú Yên",
    "Quyết định 1435/QĐ-UBND năm 2019 quy định về đánh giá giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại các cơ quan, địa phương trên địa bàn tỉnh Phú Yên",
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n" + H + "Số: 1435/QĐ-UBND\nPhú Yên, ngày 13 tháng 9 năm 2019\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ ĐÁNH GIÁ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG TẠI CÁC CƠ QUAN, ĐỊA PHƯƠNG TRÊN ĐỊA BÀN TỈNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\nĐiều 1. Ban hành kèm theo Quyết định quy định về đánh giá giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại các cơ quan, địa phương trên địa bàn tỉnh.",
    ["3.5"], ["3.3", "SIPAS.1"], "the province's rules for evaluating how procedures are handled (the evaluation of Decree 61, chapter V): 3.5")
doc("x406", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1028-QD-UBND-2022-nang-cao-hieu-qua-hoat-dong-Bo-phan-Mot-cua-cac-cap-Phu-Yen-529501.aspx", "Phú Yên",
    "Quyết định 1028/QĐ-UBND năm 2022 về Đề án đổi mới, nâng cao hiệu quả hoạt động của Bộ phận Một cửa các cấp trên địa bàn tỉnh Phú Yên",
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n" + H + "Số: 1028/QĐ-UBND\nPhú Yên, ngày 29 tháng 8 năm 2022\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH ĐỀ ÁN ĐỔI MỚI, NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG CỦA BỘ PHẬN MỘT CỬA CÁC CẤP TRÊN ĐỊA BÀN TỈNH PHÚ YÊN\nỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\nCăn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ về phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
    ["3.3"], ["4.1", "7.3"], "the province's scheme for its one-stop desks (a one-stop body is 3.3, not 4.1: x366)")
doc("x407", "https://1900.com.vn/viec-lam-dn/cong-ty-tnhh-dau-tu-thuong-mai-va-dich-vu-quinn-ha-noi-9984?jobId=430689", "Bà Rịa - Vũng Tàu",
    "Thông báo thi tuyển công chức cấp xã thuộc thành phố Vũng Tàu năm 2024",
    "Ủy ban nhân dân thành phố Vũng Tàu Thông báo về việc thi tuyển công chức cấp xã thuộc thành phố Vũng Tàu năm 2024, cụ thể như sau: 1. Số lượng biên chế công chức cần tuyển ứng với vị trí việc làm cần tuyển – Số lượng biên chế cần tuyển: 46 chỉ tiêu với 05 vị trí việc làm.",
    [], ["5.2", "5.5", "5.1"], "a city's (district level) recruitment notice on a job site: not the province's act (issuer level)")
doc("x408", "https://daibieunhandan.vn/nghi-huu-som-tag29334.html", "Bà Rịa - Vũng Tàu",
    "Bà Rịa - Vũng Tàu: Tinh gọn tổ chức, 5 lãnh đạo tỉnh chủ động xin nghỉ hưu sớm",
    "Quá trình kiện toàn tổ chức bộ máy tại Bà Rịa - Vũng Tàu được đẩy mạnh với nhiều cơ quan, tổ chức Đảng sáp nhập, tinh giản. Cùng với đó, 5 lãnh đạo cấp tỉnh đã chủ động xin nghỉ hưu sớm, thể hiện tinh thần tiên phong, trách nhiệm trong công tác sắp xếp nhân sự.",
    [], ["4.1", "4.2"], "a tag page of news on party bodies merging and early retirements: no act of the province's administration")
doc("x409", "https://nhandan.vn/chuc-danh-lanh-dao-tag64138.html", "Điện Biên",
    "Điện Biên thí điểm thi tuyển chức danh lãnh đạo, quản lý 5 sở, ngành",
    "Nhằm phát hiện, lựa chọn, bổ nhiệm người thực sự có năng lực lãnh đạo, quản lý có trình độ chuyên môn nghiệp vụ phù hợp, có phẩm chất chính trị, đạo đức, đáp ứng yêu cầu vị trí cần bổ nhiệm; đồng thời tạo môi trường cạnh tranh lành mạnh trong công tác cán bộ, Điện Biên sẽ tổ chức thí điểm thi tuyển chức danh lãnh đạo, quản lý 5 sở, ngành.",
    ["5.2"], ["5.1", "4.1"], "the province's competitive selection of department leaders: use of officials (5.2)")
doc("x410", "https://lawnet.vn/vb/Ke-hoach-40-KH-UBND-2023-khao-sat-do-luong-su-hai-long-nguoi-dan-phuc-vu-cua-co-quan-Hung-Yen-886B6.html", "Hưng Yên",
    "Kế hoạch 40/KH-UBND năm 2023 về khảo sát đo lường sự hài lòng của người dân và doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh Hưng Yên giai đoạn 2023-2025",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 40/KH-UBND\nHưng Yên, ngày 03 tháng 3 năm 2023\nCăn cứ Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy về đẩy mạnh công tác cải cách hành chính trên địa bàn tỉnh; Chỉ thị số 06/CT-CTUBND ngày 17/5/2019 của Chủ tịch Ủy ban nhân dân tỉnh về việc nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) tỉnh Hưng Yên; Quyết định số 2136/QĐ-UBND ngày 07/9/2021 của Ủy ban nhân dân tỉnh phê duyệt Đề án đẩy mạnh thu hút đầu tư, nâng cao năng lực cạnh tranh cấp tỉnh (PCI) tỉnh Hưng Yên giai đoạn 2021-2025, định hướng đến năm 2030;",
    ["SIPAS.1", "8.1"], ["PAPI.1", "PCI.1"], "the province's own satisfaction survey plan (SIPAS.1 + 8.1 by the third-pass rule); the PAPI and PCI acts are only cited")
doc("x411", "https://www.slideshare.net/LunVnPanda/nh-gi-s-hi-lng-ca-ngi-dn-vi-dch-v-hnh-chnh-cng-ti-vn-phng-y-bandocx", "Thừa Thiên Huế",
    "Khóa luận tốt nghiệp: Đánh giá sự hài lòng của người dân đối với dịch vụ hành chính công tại Văn phòng Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    "ĐẠI HỌC HUẾ\nTRƯỜNG ĐẠI HỌC KINH TẾ\nKHOA QUẢN TRỊ KINH DOANH\nKHÓA LUẬN TỐT NGHIỆP\nĐÁNH GIÁ SỰ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI DỊCH VỤ HÀNH CHÍNH CÔNG TẠI VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\nNIÊN KHÓA: 2015 - 2019",
    [], ["SIPAS.1", "8.1", "3.5"], "a student thesis (as x257)")

# crawled official texts of November 2025 (the merged provinces' document sections), as a crawl returns them
doc('x412', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/548693349b18e8cf.md', 'Hải Phòng', "",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n" + H + "Số: 212/2025/QĐ-UBND\nHải Phòng, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC TẠI CÁC SỞ, BAN, NGÀNH,\nỦY BAN NHÂN DÂN XÃ, PHƯỜNG, ĐẶC KHU VÀ VIÊN CHỨC TẠI ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRỰC THUỘC\nỦY BAN NHÂN DÂN THÀNH PHỐ\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức tại các sở, ban, ngành, Ủy ban nhân dân xã, phường, đặc khu và viên chức tại đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân thành phố.",
    ['5.3'], ['5.6', '1.7'], "the city's criteria for grading its officials and public employees (Decree 90/2020) (a crawled copy of the official text in a public repository)")
doc('x413', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/9b7eebadf7081069.md', 'Cà Mau', "",
    "ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n" + H + "Số: 0204/KH-UBND\nCà Mau, ngày 24 tháng 11 năm 2025\nKẾ HOẠCH TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2026 - 2028 TỈNH CÀ MAU\nKính gửi: Hội đồng nhân dân tỉnh Cà Mau\nCăn cứ Nghị định số 45/2017/NĐ-CP ngày 21/4/2017 của Chính phủ quy định chi tiết lập kế hoạch tài chính 05 năm và kế hoạch tài chính - ngân sách nhà nước 03 năm;\nCăn cứ Thông tư số 69/2017/TT-BTC ngày 07/7/2017 của Bộ trưởng Bộ Tài chính về hướng dẫn lập kế hoạch tài chính 05 năm và kế hoạch tài chính - ngân sách nhà nước 03 năm;\nI. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2025 1. Đánh giá tình hình phát triển kinh tế - xã hội của tỉnh Cà Mau năm 2025 - Tốc độ tăng trưởng kinh tế của tỉnh năm 2025 ước đạt 8% so cùng kỳ (đạt mục tiêu Nghị quyết đề ra). Hoạt động sản xuất kinh doanh tăng ở cả ba khu vực",
    ['6.1'], ['8.2'], "the province's three-year finance and budget plan (a crawled copy of the official text in a public repository)")
doc('x414', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/b6ae4bd43c0ad4ff.md', 'Bắc Ninh', "",
    "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n" + H + "Số: 456/QĐ-UBND\nBắc Ninh, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH BAN HÀNH DANH MỤC DỊCH VỤ SỰ NGHIỆP CÔNG SỬ DỤNG NGÂN SÁCH NHÀ NƯỚC LĨNH VỰC XÂY DỰNG TRÊN ĐỊA BÀN TỈNH BẮC NINH\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Nghị định số 32/2019/NĐ-CP của Chính phủ Quy định giao nhiệm vụ, đặt hàng hoặc đấu thầu cung cấp sản phẩm, dịch vụ công sử dụng ngân sách nhà nước từ nguồn kinh phí chi thường xuyên;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước lĩnh vực xây dựng trên địa bàn tỉnh Bắc Ninh (Chi tiết tại Phụ lục kèm theo Quyết định này).",
    ['6.2'], ['6.1'], "the list of public non-business services funded by the budget, the basis of the autonomy mechanism (Decree 60/2021; the catalog's own 6.2 phrase) (a crawled copy of the official text in a public repository)")
doc('x415', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/de16a702fae1465d.md', 'Bắc Ninh', "",
    "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n" + H + "Số: 78/2025/QĐ-UBND\nBắc Ninh, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH KIẾN NGHỊ TRÊN ỨNG DỤNG PHẢN ÁNH, KIẾN NGHỊ TỈNH BẮC NINH\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh kiến nghị trên ứng dụng Phản ánh kiến nghị tỉnh Bắc Ninh.",
    ['3.4'], ['7.2'], "the province's rules for receiving and handling feedback and petitions on its app (a crawled copy of the official text in a public repository)")
doc('x416', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/541cde0f8d5ffef3.md', 'Đắk Lắk', "",
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n" + H + "Số: 012/CT-UBND\nĐắk Lắk, ngày 26 tháng 11 năm 2025\nCHỈ THỊ VỀ VIỆC TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH, NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG THỰC HIỆN THỦ TỤC HÀNH CHÍNH VÀ DỊCH VỤ CÔNG TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK Thời gian qua, tỉnh Đắk Lắk đã có nhiều nỗ lực trong việc triển khai các chủ trương, nghị quyết, kết luận của Bộ Chính trị, Ban Bí thư, Quốc hội, Chính phủ, Thủ tướng Chính phủ về sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp. Công tác cải các\nThực hiện nghiêm việc cải cách TTHC, nâng cao chất lượng, kiểm soát chặt chẽ bộ TTHC tại các ngành, lĩnh vực đảm bảo tính pháp lý, đầy đủ cơ sở triển khai tại Trung tâm Phục vụ hành chính công các cấp và được công khai, minh bạch, thống nhất; đảm bảo việc xây dựng quy trình nội bộ, quy trình điện tử giải ",
    ['3.5'], ['3.1', '1.1'], "the chairman's directive on the quality of service in procedures, answering the 766 index's shortfalls (a crawled copy of the official text in a public repository)")
doc('x417', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/b527d7996ed66f24.md', 'Hà Tĩnh', "",
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n" + H + "Số: 2920/QĐ-UBND\nHà Tĩnh, ngày 24 tháng 11 năm 2025\nQUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NỘI VỤ\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ.",
    ['4.1'], ['4.3'], 'functions and structure of a department of the province (a crawled copy of the official text in a public repository)')
doc('x418', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/1813348fc14ac2b7.md', 'Cần Thơ', "",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n" + H + "Số: 2519/QĐ-UBND\nCần Thơ, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ THUỘC VĂN PHÒNG\nỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;\nQUYẾT ĐỊNH:\nĐiều 1. Vị trí và chức năng 1.",
    ['3.3'], ['4.1'], "functions of the city's public administrative service centre (a one-stop body is 3.3, not 4.1: x366) (a crawled copy of the official text in a public repository)")
doc('x419', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/f48a2691d3f74ec4.md', 'Quảng Trị', "",
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n" + H + "Số: 39/2025/QĐ-UBND\nQuảng Trị, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA CHI CỤC KIỂM LÂM THUỘC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Lâm nghiệp số 16/2017/QH14 được sửa đổi, bổ sung bởi Luật số 16/2023/QH15, Luật số 31/2024/QH15;\nĐiều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Chi cục Kiểm lâm thuộc Sở Nông nghiệp và Môi trường tỉnh Quảng Trị.",
    ['4.1'], ['4.4'], 'functions and structure of a sub-department (a crawled copy of the official text in a public repository)')
doc('x420', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/5a80798bbf985e87.md', 'Đồng Tháp', "",
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\n" + H + "Số: 138/2025/QĐ-UBND\nĐồng Tháp, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY CHẾ TIẾP NHẬN, LUÂN CHUYỂN HỒ SƠ, GIẢI QUYẾT, TRẢ KẾT QUẢ THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, luân chuyển hồ sơ, giải quyết, trả kết quả thủ tục hành chính trong lĩnh vực đất đai trên địa bàn tỉnh Đồng Tháp.",
    ['3.3'], ['3.1'], 'rules for receiving, passing on and returning land dossiers between agencies (one-stop and inter-agency one-stop) (a crawled copy of the official text in a public repository)')
doc('x421', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/317a61c94fc776ca.md', 'Hải Phòng', "",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n" + H + "Số: 218/2025/QĐ-UBND\nHải Phòng, ngày 26 tháng 11 năm 2025\nQUYẾT ĐỊNH PHÂN CẤP THẨM QUYỀN\nQUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC SỬ DỤNG MÁY MÓC, THIẾT BỊ PHỤC VỤ CÔNG TÁC CÁC CHỨC DANH, PHỤC VỤ HOẠT ĐỘNG CHUNG VÀ CHUYÊN DÙNG (TRỪ MÁY MÓC, THIẾT BỊ THUỘC LĨNH VỰC Y TẾ, GIÁO DỤC VÀ ĐÀO TẠO) TẠI CÁC CƠ QUAN, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA THÀNH PHỐ HẢI PHÒNG\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh 1.",
    ['6.3'], ['4.3'], 'decentralising the power to set equipment norms: 6.3, not 4.3 (catalog exclusion, as x265, x313) (a crawled copy of the official text in a public repository)')
doc('x422', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/d851211c9f1b590e.md', 'Phú Thọ', "",
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n" + H + "Số: 105/2025/QĐ-UBND\nPhú Thọ, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH PHÂN CẤP THẨM QUYỀN\nQUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC SỬ DỤNG MÁY MÓC, THIẾT BỊ CỦA CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH PHÚ THỌ\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh Quyết định này phân cấp thẩm quyền quyết định bổ sung số lượng, loại máy móc thiết bị và điều chỉnh mức giá máy móc, thiết bị phục vụ công tác chức danh;",
    ['6.3'], ['4.3'], 'decentralising the power to set equipment norms: 6.3, not 4.3 (as x265, x313) (a crawled copy of the official text in a public repository)')
doc('x423', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/3928ef06a8929828.md', 'Ninh Bình', "",
    "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n" + H + "Số: 161/2025/QĐ-UBND\nNinh Bình, ngày 23 tháng 11 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH NINH BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Giao dịch điện tử số 20/2023/QH15;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Ninh Bình.",
    ['7.2'], ['7.1'], 'rules of the document-management and e-office system (a crawled copy of the official text in a public repository)')
doc('x424', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/639c24e1a9c3f20c.md', 'Ninh Bình', "",
    "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n" + H + "Số: 163/2025/QĐ-CTUBND\nNinh Bình, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH NINH BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và khai thác Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Ninh Bình.",
    ['7.3'], ['7.2'], "rules of the province's information system for handling procedures (online dossiers) (a crawled copy of the official text in a public repository)")
doc('x425', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/fd4c4d6ec377c4d2.md', 'Đồng Tháp', "",
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\n" + H + "Số: 143/2025/QĐ-UBND\nĐồng Tháp, ngày 02 tháng 12 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH, KHAI THÁC, SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ CÔNG VỤ TỈNH ĐỒNG THÁP\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành, khai thác, sử dụng Hệ thống thư điện tử công vụ tỉnh Đồng Tháp.",
    ['7.2'], ['7.1'], 'rules of the official e-mail system (a crawled copy of the official text in a public repository)')
doc('x426', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/5298da2adb9eb4fe.md', 'Cao Bằng', "",
    "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\n" + H + "Số: 2031/QĐ-UBND\nCao Bằng, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, ĐƯỢC SỬA ĐỔI, BỔ SUNG VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRONG MỘT SỐ LĨNH VỰC THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI TỈNH CAO BẰNG\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sử",
    ['3.1'], ['3.2'], "publishing a department's procedures and their internal workflows (a crawled copy of the official text in a public repository)")
doc('x427', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/71153021e3559f5e.md', 'Lạng Sơn', "",
    "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n" + H + "Số: 2487/QĐ-UBND\nLạng Sơn, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH MỚI BAN HÀNH, BỊ BÃI BỎ VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ MỘT CỬA LIÊN THÔNG LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LẠNG SƠN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục",
    ['3.1'], ['3.2'], 'publishing new and abolished procedures and their internal workflows (a crawled copy of the official text in a public repository)')
doc('x428', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/24ac05c2c7c4518e.md', 'Đồng Nai', "",
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n" + H + "Số: 2816/QĐ-UBND\nĐồng Nai, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH VỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN QUẢN LÝ VÀ GIẢI QUYẾT CỦA NGÀNH Y TẾ TỈNH ĐỒNG NAI NĂM 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH ngày 16 tháng 6 năm 2025 của Quốc hội;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính và Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;\nQUYẾT ĐỊNH:\nĐiều 1. Thông qua phương án đơn giản hóa 05 thủ tục hành chính thuộc thẩm quyền quản lý và giải quyết của ngành Y tế tỉnh Đồng Nai năm 2025 (Phụ lục danh mục và nội dung đính kèm).",
    ['3.2'], ['3.1'], "adopting a plan to simplify a sector's procedures (a crawled copy of the official text in a public repository)")
doc('x429', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/2e037ff2daea1c76.md', 'Bắc Ninh', "",
    "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n" + H + "Số: 1520/QĐ-UBND\nBắc Ninh, ngày 22 tháng 11 năm 2025\nQUYẾT ĐỊNH PHÊ DUYỆT DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC ĐỊA GIỚI HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH BẮC NINH (ĐỢT 3 NĂM 2025)\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;\nCăn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kèm theo Quyết định này danh mục gồm 13 thủ tục hành chính thực hiện tiếp nhận không phụ thuộc vào địa giới hành chính trên địa bàn tỉnh Bắc Ninh đợt 3 năm 2025 thuộc phạm vi, chức năng quản lý nhà nước của Thanh tra tỉnh.",
    ['3.3'], ['3.1'], 'procedures received regardless of administrative boundaries: 3.3 (x343) (a crawled copy of the official text in a public repository)')
doc('x430', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/ad5aff6c13929815.md', 'Bắc Ninh', "",
    "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n" + H + "Số: 144/KH-UBND\nBắc Ninh, ngày 24 tháng 11 năm 2025\nKẾ HOẠCH PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;\nCăn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;\nI. QUAN ĐIỂM 1. Phát triển kinh tế số và xã hội số là định hướng chiến lược, là cơ hội để Bắc Ninh bứt phá trong quá trình chuyển đổi mô hình tăng trưởng, nâng cao năng suất, chất lượng và năng lực cạnh tranh của nền kinh tế. Đây không chỉ là không gian tăng trưởn",
    ['DTI.1'], ['7.1'], 'a plan only for kinh tế số và xã hội số: DTI.1 alone (third-pass rule) (a crawled copy of the official text in a public repository)')
doc('x431', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/83652dd19c6fef24.md', 'Quảng Trị', "",
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n" + H + "Số: 2688/QĐ-UBND\nQuảng Trị, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH VỀ VIỆC BÃI BỎ CÁC VĂN BẢN QUY PHẠM PHÁP LUẬT DO UBND TỈNH QUẢNG BÌNH, UBND TỈNH QUẢNG TRỊ (CŨ) BAN HÀNH TRONG LĨNH VỰC XÂY DỰNG\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025 và Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ các văn bản quy phạm pháp luật do UBND tỉnh Quảng Bình, UBND tỉnh Quảng Trị (cũ) ban hành trong lĩnh vực xây dựng, cụ thể như sau: 1.",
    ['2.3'], ['2.1'], "repealing the merged provinces' normative acts of one sector after review (the catalog's 2.3 title phrase) (a crawled copy of the official text in a public repository)")
doc('x432', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/5c600e2251eec56f.md', 'Thanh Hóa', "",
    "ỦY BAN NHÂN DÂN TỈNH THANH HOÁ\n" + H + "Số: 145/2025/QĐ-UBND\nThanh Hoá, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH ỦY QUYỀN CHO GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ THỰC HIỆN MỘT SỐ NHIỆM VỤ, QUYỀN HẠN CỦA\nỦY BAN NHÂN DÂN TỈNH TRONG LĨNH VỰC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TRÊN ĐỊA BÀN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19/02/2025; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15 ngày 25/6/2025;\nĐiều 1. Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ thực hiện giải quyết thủ tục hành chính trong lĩnh vực Tiêu chuẩn Đo lường Chất lượng thuộc thẩm quyền giải quyết của UBND tỉnh theo quy định tại Điều 51, Điều 52, Điều 53, Điều 54 Nghị định số 133/2025/NĐ-CP ngày 12/6/2025 của Chín",
    ['4.3'], ['3.1'], "delegating the province's powers in one sector to a department director (a crawled copy of the official text in a public repository)")
doc('x433', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/be5392d4f50c27a6.md', 'Nghệ An', "",
    "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n" + H + "Số: 98/2025/QĐ-UBND\nNghệ An, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ, GIẢI QUYẾT VÀ TRẢ LỜI KIẾN NGHỊ CỦA CỬ TRI TRÊN ĐỊA BÀN TỈNH NGHỆ AN\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 20 tháng 02 năm 2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết việc tổ chức tiếp xúc cử tri của đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý, giải quyết và trả lời kiến nghị của cử tri trên địa bàn tỉnh Nghệ An.",
    [], ['3.4'], "voters' petitions through deputies are not feedback on administrative regulations (a crawled copy of the official text in a public repository)")
doc('x434', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/5d99697f14bcf68a.md', 'Cần Thơ', "",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n" + H + "Số: 160/KH-UBND\nCần Thơ, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH GIÁM SÁT, ĐÁNH GIÁ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ NĂM 2025\nCăn cứ Thông tư số 10/2022/TT-BLĐTBXH ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;\nCăn cứ Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023 của Bộ trưởng Bộ Tài chính quy định quản lý, sử dụng và quyết toán kinh phí sự nghiệp từ nguồn ngân sách nhà nước thực hiện các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025;\nI. MỤC ĐÍCH, YÊU CẦU 1. Mục đích - Theo dõi, kiểm tra việc chấp hành quy định về quản lý Chương trình; nắm chắc được kết quả và mức độ thực hiện các chỉ tiêu của Chươ",
    [], ['8.2', '1.3'], "monitoring a national target programme: nobody's evidence (a crawled copy of the official text in a public repository)")
doc('x435', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/1a434d0a7e14dc93.md', 'Cần Thơ', "",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n" + H + "Số: 2579/QĐ-UBND\nCần Thơ, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CÔNG TÁC DÂN VẬN VÀ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ TẠI CÁC CƠ QUAN NHÀ NƯỚC TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ\nỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định Tiêu chí đánh giá, xếp loại công tác dân vận và thực hiện dân chủ ở cơ sở tại các cơ quan nhà nước trên địa bàn thành phố Cần Thơ.",
    [], ['1.7', '5.3'], 'criteria for grading mass-mobilisation work: not the CCHC index of departments (a crawled copy of the official text in a public repository)')
doc('x436', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/01bf9d04a5b9e2c8.md', 'Lai Châu', "",
    "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n" + H + "Số: 87/2025/QĐ-UBND\nLai Châu, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH QUY ĐỊNH THỰC HIỆN NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI, VIỆC TANG TRÊN ĐỊA BÀN TỈNH LAI CHÂU\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Ban hành kèm theo Quyết định này Quy định thực hiện nếp sống văn minh trong việc cưới, việc tang trên địa bàn tỉnh Lai Châu.",
    [], ['2.1'], "a sector rule (weddings and funerals): a normative act of the province, but no criterion's subject (a crawled copy of the official text in a public repository)")
doc('x437', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/6a406c1f9dfed9c3.md', 'Lai Châu', "",
    "UỶ BAN NHÂN DÂN TỈNH LAI CHÂU\n" + H + "Số: 7360/KH-UBND\nLai Châu, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT TRÊN ĐỊA BÀN TỈNH LAI CHÂU\nThực hiện Quyết định số 2138/QĐ-TTg ngày 27 tháng 9 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật (sau đây gọi tắt là Kế hoạch) với các nội dung sau:\nI. MỤC ĐÍCH, YÊU CẦU 1. Mục đích - Bảo đảm sự chỉ đạo thống nhất của UBND tỉnh, Chủ tịch UBND tỉnh; sự phối hợp chặt chẽ, thường xuyên, có hiệu quả giữa các sở, ngành, Ủy ban nhân dân các xã, phường trong triển khai thi hành Luật. - Xá",
    [], ['2.2', '2.4'], 'a plan to implement one law: not the monitoring of law enforcement (a crawled copy of the official text in a public repository)')
doc('x438', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/6bac4a0d92da936d.md', 'Đắk Lắk', "",
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n" + H + "Số: 010/CT-UBND\nĐắk Lắk, ngày 17 tháng 11 năm 2025\nCHỈ THỊ VỀ VIỆC NÂNG CAO TRÁCH NHIỆM, TĂNG CƯỜNG PHỐI HỢP THẨM ĐỊNH GIẢI QUYẾT THỦ TỤC ĐẦU TƯ VÀ QUẢN LÝ DỰ ÁN SỬ DỤNG VỐN CỦA NHÀ ĐẦU TƯ TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK Thời gian qua, công tác thu hút đầu tư ngoài ngân sách trên địa bàn tỉnh đã có nhiều chuyển biến tích cực, góp phần thúc đẩy tăng trưởng kinh tế - xã hội, giải quyết việc làm, nâng cao năng lực sản xuất và chất lượng sống của người dân. Công tác phối hợp thẩm định giữa các cơ quan, đơn\nI. Trách nhiệm phối hợp trong công tác thẩm định chủ trương đầu tư dự án 1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh): a) Là đầu mối chủ trì, tiếp nhận hồ sơ, tổ chức lấy ý ki",
    [], ['PCI.1', '3.3'], "coordination in appraising investment projects: nobody's evidence (a crawled copy of the official text in a public repository)")
doc('x439', 'https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/0a97eb9c3c536047.md', 'Nghệ An', "",
    "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n" + H + "Số: 1026/KH-UBND\nNghệ An, ngày 26 tháng 11 năm 2025\nKẾ HOẠCH TRIỂN KHAI THỰC HIỆN\nCHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ “VỀ TĂNG CƯỜNG CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG TÌNH HÌNH MỚI” TRÊN ĐỊA BÀN TỈNH NGHỆ AN\nThực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ “về tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới”, UBND tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh Nghệ An như sau:\nI. MỤC ĐÍCH, YÊU CẦU 1. Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến, quán triệt pháp luật bảo vệ bí mật nhà nước và các văn bản hướng dẫn thi hành; nâng cao ý thức, trách nhiệm của cán bộ, công chức, viên chức và người lao động, nhất là người đứng đầu các cơ quan, đơn vị, địa phương trên địa bàn tỉnh trong việc tổ chức, triển khai thực hiệ",
    [], ['1.6', '2.4'], "a plan implementing a PM's directive on state secrets: not the PM's tasks tracked by 1.6 (a crawled copy of the official text in a public repository)")

# more pages of thin provinces
doc("x440", "https://vnews.gov.vn/nvideo/thai-binh-hoan-thanh-xay-dung-nong-thon-moi-200686.htm", "Thái Bình",
    "Thái Bình hoàn thành xây dựng nông thôn mới",
    "Sau 10 năm thực hiện xây dựng nông thôn mới, đến nay 100% số xã và các huyện, thành phố trên địa bàn tỉnh Thái Bình đã hoàn thành mục tiêu xây dựng nông thôn mới. Hiện tỉnh Thái Bình đang hoàn thiện các thủ tục trình Chính phủ công nhận là tỉnh nông thôn mới năm 2020.",
    [], ["8.2"], "national TV news of a rural programme: no CCHC act (stream)")
doc("x441", "https://lingo.vn/luat/van_ban_ubnd/1714007576695478", "Bến Tre",
    "Quyết định 39/2015/QĐ-UBND Bến Tre Bộ đơn giá đo đạc địa chính",
    "Quyết định 39/2015/QĐ-UBND Bến Tre Bộ đơn giá đo đạc địa chính",
    [], ["6.1", "2.1"], "title-only page of a sector price decision: nobody's evidence (stream)")
doc("x442", "https://www.quanlynhanuoc.vn/2023/04/06/giai-ngan-von-dau-tu-cong-o-tinh-binh-thuan-ly-luan-va-thuc-tien/", "Bình Thuận",
    "Giải ngân vốn đầu tư công ở tỉnh Bình Thuận: Lý luận và thực tiễn",
    "(Quanlynhanuoc.vn) – Đầu tư công là một trong những yếu tố quan trọng để thúc đẩy phát triển kinh tế, bảo đảm an sinh xã hội, an ninh quốc phòng. Kết quả giải ngân vốn đầu tư công cũng là thước đo đánh giá sự lãnh đạo, chỉ đạo, điều hành của một địa phương. Nội dung bài viết tập trung làm rõ một số vấn đề cơ bản về đầu tư công, đánh giá những mặt đạt được, chỉ ra các hạn chế trong hoạt động giải ngân vốn đầu tư công tại tỉnh Bình Thuận.",
    [], ["6.1", "8.2"], "a research article in a journal (as x054)")
doc("x443", "http://vinhphuctv.vn/Văn-bản-mới/lapg-6148/126", "Vĩnh Phúc",
    "",
    "Thực hiện Kế hoạch số 35-KH/BTGTU, ngày 10/4/2019 của Ban Tuyên giáo Tỉnh ủy về tổ chức Cuộc thi tìm hiểu \"Bác Hồ với Vĩnh Phúc và Vĩnh Phúc học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\" năm 2019; để Cuộc thi diễn ra nghiêm túc, đảm bảo đúng mục đích, yêu cầu và nội dung Kế hoạch, Ban Tổ chức ban hành Thể lệ Cuộc thi và gợi ý trả lời câu hỏi của cuộc thi như sau:",
    [], ["1.4", "2.4"], "a party committee's quiz on Hồ Chí Minh: not a CCHC or legal-education act of the province")
doc("x444", "http://www.thtg.vn/tien-giang-tiep-nhan-170-cong-dan-viet-nam-tu-an-do-ve-cach-ly-tai-truong-quan-su-tinh/", "Tiền Giang",
    "Tiền Giang tiếp nhận 170 công dân Việt Nam từ Ấn Độ về cách ly tại Trường Quân sự tỉnh",
    "+ Tỷ lệ học sinh mầm non đi học trở lại sau thời gian nghỉ do dịch Covid-19 trên 86%. + Rạng sáng ngày 20/5, tỉnh Tiền Giang đã tiếp nhận 170 công dân Việt Nam từ Ấn Độ trở về. + Chỉ số cải cách hành chính năm 2019 của tỉnh Tiền Giang đạt 79,68 điểm, đứng vị trí 48/63 tỉnh thành trong cả nước. + Chỉ số hài lòng của người dân và tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước năm 2019 của tỉnh Tiền Giang đạt 83,39 điểm.",
    [], ["1.7", "SIPAS.2", "8.1"], "the provincial TV's news digest; the ministry's ranking is one line (stream)")
doc("x445", "https://kinhtevadubao.vn/giai-phap-nham-nang-cao-nang-luc-canh-tranh-cua-tinh-tien-giang-27600.html", "Tiền Giang",
    "Giải pháp nhằm nâng cao năng lực cạnh tranh của tỉnh Tiền Giang",
    "Tiền Giang có tốc độ tăng trưởng kinh tế ở mức khá trong các tỉnh vùng Đồng bằng sông Cửu Long. Thông qua đánh giá chỉ số NLCT cấp tỉnh, nhóm tác giả đánh giá thực trạng NLCT tỉnh Tiền Giang giai đoạn 2011-2021, từ đó đề xuất các giải pháp nhằm nâng cao NLCT của địa phương này thời gian tới. Từ khóa: năng lực cạnh tranh, tỉnh Tiền Giang, CPI, vùng Đồng bằng sông Cửu Long",
    [], ["PCI.1", "8.2"], "a research article (as x054)")
doc("x446", "http://www.thtg.vn/tag/sap-nhap-khu-pho/", "Tiền Giang",
    "Tiền Giang có 685 ấp, khu phố cần sáp nhập",
    "(THTG) Ngày 26/9, ông Lê Văn Hưởng – Chủ tịch UBND tỉnh Tiền Giang chủ trì hội nghị triển khai Quyết định thành lập Ban chỉ đạo lấy ý kiến về kế hoạch sắp xếp, sáp nhập ấp, khu phố trên địa bàn tỉnh.",
    [], ["4.4"], "merging hamlets and neighbourhoods: they are not administrative units, so not 4.4")

if __name__ == "__main__":
    out = Path(__file__).with_name("extra.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for d in D:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{out}: {len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs "
          f"({sum(len(d['positive']) for d in D)} positive)")
