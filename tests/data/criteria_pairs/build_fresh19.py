"""Writes fresh19.jsonl: fresh labelled pages of session 19 (issue 15), a test set the mapping rules and
the ranker were not written from. Pages read with the search tool (`pages` corpus; ids f001-f067, URL in each
line) and official texts of November 2025 from a public GitHub repository that stores a crawl of a
legal-document site (`tnt305/tai_lieu_noi_bo`, `src/etl/dataset/*.md` at commit 94c5034, ids t001-t067;
the excerpt was cut by a small script from the crawled text, then read and labelled). Every label was
written while reading the page, before the mapper or the ranker was run on it (this file was committed
with its labels alone). Labels follow the README's rules, "Overlapping criteria: one rule for all three
files" included. Short excerpts: header, trích yếu, first căn cứ and Điều 1 of official documents; one or
two sentences of news. Run it to regenerate fresh19.jsonl."""
import json
from pathlib import Path

H = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
D = []


def doc(id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note})

# --- pages read with the search tool (pages corpus), batch 1 -------------------------------------
doc("f001", "https://hanam.gov.vn/Pages/chuyen-doi-so-thuc-day-phat-trien-chinh-quyen-so-kinh-te-so-xa-hoi-so-tren-dia-ban-tinh-ha-nam.aspx", "Hà Nam",
    "Chuyển đổi số thúc đẩy phát triển chính quyền số, kinh tế số, xã hội số trên địa bàn tỉnh Hà Nam",
    "Xã hội vận động không ngừng, cách mạng 4.0 đặt ra yêu cầu tích hợp công nghệ, khai thác dữ liệu lớn ở dạng số hóa để cơ quan chính quyền thực hiện nhiệm vụ quản trị, phát triển xã hội một cách tốt nhất. Nhận thức được vai trò của chuyển đổi số, UBND tỉnh Hà Nam đã chỉ đạo chuyển đổi số đồng bộ trên cả 03 trụ cột: Chính quyền số, kinh tế số và xã hội số.",
    [], ["DTI.1", "7.1"], "a general essay on digital transformation on the province's portal: no act of the province is its subject (as x337)")
doc("f002", "https://hanam.gov.vn/Pages/chuyen-doi-so-dong-luc-dua-ha-nam-buoc-vao-ky-nguyen-vuon-minh.aspx", "Hà Nam",
    "Chuyển đổi số: Động lực đưa Hà Nam bước vào kỷ nguyên vươn mình",
    "Nhận thức rõ CĐS là xu thế tất yếu, là nền tảng, động lực tạo đột phá cho sự phát triển, ngay sau khi Tỉnh ủy ban hành Nghị quyết số 24-NQ/TU ngày 25/4/2022 về CĐS tỉnh Hà Nam đến năm 2025, định hướng đến năm 2030, UBND tỉnh đã chỉ đạo, xây dựng, ban hành Quyết định số 1516/QĐ-UBND ngày 09/8/2022 phê duyệt Đề án CĐS tỉnh Hà Nam đến năm 2025, định hướng đến năm 2030 với mục tiêu chung: Xây dựng đồng bộ chính quyền số, phát triển kinh tế số, xã hội số.",
    ["DTI.1", "7.1"], ["8.2"], "news naming the province's overall digital-transformation resolution and scheme (chính quyền số pillar included): DTI.1 + 7.1 by the third-pass rule")
doc("f003", "https://www.quanlynhanuoc.vn/2023/10/10/giai-phap-phat-trien-nguon-nhan-luc-phuc-vu-chuyen-doi-so-o-cac-co-quan-hanh-chinh-tinh-nam-dinh/", "Nam Định",
    "Giải pháp phát triển nguồn nhân lực phục vụ chuyển đổi số ở các cơ quan hành chính tỉnh Nam Định",
    "(Quanlynhanuoc.vn) – Nam Định là tỉnh đầu tiên của cả nước triển khai chữ ký số chuyên dùng chính phủ đến cấp xã và hoàn thành việc gửi nhận văn bản điện tử 4 cấp. Bài viết đề xuất các nhóm giải pháp phát triển nguồn nhân lực phục vụ chuyển đổi theo cả chiều rộng và chiều sâu.",
    [], ["DTI.1", "5.4", "7.2"], "a research article in a journal (as x054)")
doc("f004", "https://baohanam.com.vn/chuyen-doi-so/no-luc-xay-dung-chinh-quyen-so-101047.html", "Hà Nam",
    "Nỗ lực xây dựng chính quyền số",
    "Theo đó, phần mềm quản lý văn bản và điều hành đã được triển khai bảo đảm liên thông 4 cấp chính quyền (trung ương, tỉnh, huyện, xã). Phần mềm đã được tích hợp chữ ký số. Đến nay, 100% các sở, ban, ngành, UBND huyện, thị xã, thành phố, UBND các xã, phường, thị trấn đã ứng dụng phần mềm vào công tác chỉ đạo, điều hành và gửi, nhận văn bản điện tử liên thông. Hệ thống phòng họp không giấy tờ cũng được triển khai tại trụ sở UBND tỉnh.",
    ["7.2"], ["DTI.1"], "news of the province's results in e-office, electronic documents and paperless meetings: 7.2's subject (as x194, x400 for their criteria)")
doc("f005", "https://www.yousportnews.co/ha-nam-phat-trien-ha-tang-phuc-vu-chuyen-doi-so-o-nong-thon-post858652.html", "Hà Nam",
    "Hà Nam phát triển hạ tầng phục vụ chuyển đổi số ở nông thôn",
    "Chương trình chuyển đổi số trong xây dựng nông thôn mới, hướng tới nông thôn mới thông minh trên địa bàn tỉnh Hà Nam giai đoạn 2021-2025 đã chỉ rõ các giải pháp cần tập trung thực hiện. Tỉnh Hà Nam tập trung chỉ đạo các sở, ngành chức năng và địa phương tạo điều kiện thuận lợi để các đơn vị viễn thông đẩy mạnh phát triển hạ tầng và kết nối mạng internet đến cấp xã, thôn.",
    [], ["DTI.1", "7.1"], "telecom coverage for the rural programme: not the province's digital-transformation plan nor e-government infrastructure")
doc("f006", "https://daihoidang.baoquangninh.vn/tag/vuon-len-dung-dau-116410", None,
    "Chỉ số Cải cách hành chính 2023: Bộ Tư pháp vươn lên đứng đầu",
    "Năm 2023, giá trị trung bình Chỉ số cải cách hành chính (PAR Index) của 17 bộ, cơ quan ngang bộ là 84,38%, tăng 0,33% so với năm 2022. Bộ Tư pháp dẫn đầu bảng Chỉ số năm 2023, đạt 89,95%.",
    [], ["1.7"], "national news of the ministries' PAR Index (a provincial paper's tag page)")
doc("f007", "https://snnptnt.thuathienhue.gov.vn/?cn=198&gd=7&tc=22782", "Thừa Thiên Huế",
    "Công tác tuyên tuyền cải cách hành chính: những kết quả đạt được trong năm 2021 và một số nhiệm vụ trọng tâm năm 2022",
    "Xác định tầm quan trọng và ý nghĩa của công tác tuyên truyền về CCHC nên ngay từ cuối năm 2020, UBND tỉnh Thừa Thiên Huế sớm xây dựng và ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2021, trong đó đã phân định rõ trách nhiệm và thời gian hoàn thành từng nhiệm vụ đối với các cơ quan, đơn vị. Nhìn chung, các nội dung, nhiệm vụ tuyên truyền cải cách hành chính (CCHC) năm 2021 tại Kế hoạch được triển khai kịp thời.",
    ["1.4"], ["1.1"], "a department's site relaying the province's CCHC communication plan and its results: the issuer of the act decides (as x031, x076)")
doc("f008", "https://hethongphapluat.vn/ke-hoach-07-kh-ubnd-tuyen-truyen-cai-cach-hanh-chinh-nam-2024-tren-dia-ban-tinh-quang-ngai.html", "Quảng Ngãi",
    "Kế hoạch 07/KH-UBND tuyên truyền cải cách hành chính năm 2024 trên địa bàn tỉnh Quảng Ngãi",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n" + H + "Số: 07/KH-UBND\nQuảng Ngãi, ngày 17 tháng 01 năm 2024\nKẾ HOẠCH\nTUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024 TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI\nThực hiện Quyết định số 1256/QĐ-UBND ngày 22/12/2021 của UBND tỉnh Quảng Ngãi ban hành Kế hoạch cải cách hành chính, nâng cao thứ hạng các chỉ số cải cách hành chính, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp tỉnh giai đoạn 2021 - 2025; Quyết định số 1879/QĐ-UBND ngày 15/12/2023 của Chủ tịch UBND tỉnh về ban hành Kế hoạch cải cách hành chính năm 2024 tỉnh Quảng Ngãi,",
    ["1.4"], ["1.1", "PAPI.1", "PCI.1"], "the province's CCHC communication plan for the year; the year's CCHC plan and the index plan are only in its legal basis")
doc("f009", "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/58931/ke-hoach-thong-tin-tuyen-truyen-cai-cach-hanh-chinh-nam-2024-cua-bo-noi-vu", None,
    "Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2024 của Bộ Nội vụ",
    "Ngày 22/01/2024, Bộ trưởng Bộ Nội vụ ban hành Quyết định 35/QĐ-BNV về Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2024.",
    [], ["1.4"], "a ministry's plan: nobody's evidence")
doc("f010", "http://tanky.tuky.haiduong.gov.vn/Article/EXa5WfP9HvI@/9222.html", "Hải Dương",
    "",
    "Ngày 17/9, Đoàn kiểm của UBND huyện đã kiểm tra công tác CCHC nhà nước năm 2021 tại xã Tân Kỳ. Nội dung kiểm tra về công tác chỉ đạo điều hành, cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy nhà nước, cải cách chế độ công vụ, cải cách tài chính công, xây dựng chính quyền điện tử, chính quyền số.",
    [], ["1.3"], "a district's inspection of a commune: not the province's (as x037, x040 for districts' and communes' own acts)")
doc("f011", "https://dichvucong.binhduong.gov.vn/Bo-thu-tuc-hanh-chinh/moduleId/746/ItemId/12892/controller/ThuTucHanhChinh_NguoiDung/action/Edit", "Bình Dương",
    "",
    "Đối với dịch vụ công trực tuyến mức độ 4 hiện nay được thực hiện nộp trực tuyến qua mạng",
    [], ["7.3", "3.1"], "one procedure's record on the public-service portal (stream)")
doc("f012", "https://vtv.vn/de-an-sap-xep-cap-tinh-cap-xa.html", None,
    "đề án sắp xếp cấp tỉnh, cấp xã",
    "đề án sắp xếp cấp tỉnh, cấp xã",
    [], ["4.4"], "a national TV tag page, title only")
doc("f013", "https://baodongnai.com.vn/chinh-tri/202506/tu-ngay-1-7-se-dua-vao-van-hanh-cac-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa-4b812ba", "Đồng Nai",
    "Từ ngày 1-7 sẽ đưa vào vận hành các trung tâm phục vụ hành chính công cấp xã",
    "Theo UBND tỉnh, từ ngày 1-7-2025, tỉnh sẽ đưa vào vận hành các trung tâm phục vụ hành chính công cấp xã tại các xã, phường. UBND tỉnh yêu cầu các địa phương khẩn trương rà soát, bố trí trụ sở trung tâm tại các địa điểm phù hợp, có đầy đủ điều kiện về hạ tầng, trang thiết bị, đảm bảo tiếp nhận và trả kết quả thủ tục hành chính cho người dân thuận tiện, hiệu quả.",
    ["3.3"], ["4.4"], "news of the province's direction on commune one-stop centres (3.3); the two-level model is the context")
doc("f014", "https://vietnam24h.com.vn/tag/chinh-quyen-dia-phuong/page/2", None,
    "",
    "Thủ tướng: Chuẩn bị sẵn sàng để vận hành bộ máy mới của chính quyền địa phương 2 cấp từ 1/7/2025. Thủ tướng Chính phủ yêu cầu các bộ, ngành, cơ quan, địa phương chuẩn bị sẵn sàng để từ ngày 1/7/2025 vận hành bộ máy mới sau khi sắp xếp, sáp nhập.",
    [], ["4.4"], "national news of the Prime Minister's direction")
doc("f015", "https://vietnamnet.vn/chinh-quyen-dia-phuong-2-cap-huong-den-van-hanh-tien-loi-gan-dan-2468514.html", None,
    "Chính quyền địa phương 2 cấp hướng đến vận hành tiện lợi, gần dân",
    "Chính quyền địa phương 2 cấp đang từng bước phát huy hiệu quả rõ rệt tại nhiều phường, xã, đặc biệt trong việc phục vụ người dân. Các Trung tâm Phục vụ hành chính công có lượng người dân đến giải quyết thủ tục khá đông nhưng quy trình tiếp nhận, hướng dẫn và xử lý hồ sơ vẫn diễn ra thông suốt.",
    [], ["3.3", "4.4"], "national news (source: the national digital-transformation agency)")
doc("f016", "http://plo.vn/thoi-su/chinh-tri/phat-hien-gan-7000-van-ban-co-dau-hieu-trai-phap-luat-153700.html", None,
    "Phát hiện gần 7.000 văn bản có dấu hiệu trái pháp luật",
    "Tỉ lệ vi phạm về ban hành văn bản trái luật do các địa phương tự kiểm tra phát hiện trong năm năm qua là khá lớn. Tại tỉnh Cao Bằng có một nửa trong số 124 văn bản kiểm tra có sai phạm. Cục trưởng Cục Kiểm tra VBQPPL (Bộ Tư pháp) đã ký văn bản gửi bảy bộ và 13 tỉnh, TP để đôn đốc thực hiện thông báo văn bản có dấu hiệu trái pháp luật.",
    [], ["2.3", "2.1"], "national news of the ministry's checking across provinces")
doc("f017", "https://moj.gov.vn/vbpq/lists/vn%20bn%20php%20lut/view_detail.aspx?itemid=26016", None,
    "Thông tư quy định chi tiết thi hành một số điều của Nghị định số 40/2010/NĐ-CP",
    "THÔNG TƯ\nQuy định chi tiết thi hành một số điều của Nghị định số 40/2010/NĐ-CP ngày 12/4/2010 của Chính phủ về kiểm tra và xử lý văn bản quy phạm pháp luật\nCăn cứ Nghị định số 93/2008/NĐ-CP ngày 22/8/2008 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;",
    [], ["2.3"], "a ministry's circular on checking normative documents")
doc("f018", "https://www.quanlynhanuoc.vn/2020/09/15/nang-cao-hieu-qua-thuc-thi-co-che-phoi-hop-trong-tham-dinh-van-ban-quy-pham-phap-luat-cua-chinh-quyen-dia-phuong-cap-tinh/", None,
    "Nâng cao hiệu quả thực thi cơ chế phối hợp trong thẩm định văn bản quy phạm pháp luật của chính quyền địa phương cấp tỉnh",
    "(Quanlynhanuoc.vn) – Thẩm định văn bản quy phạm pháp luật là một trong những khâu quan trọng của quá trình xây dựng và ban hành văn bản quy phạm pháp luật. Bài viết sẽ đề xuất một số giải pháp nhằm nâng cao hiệu quả thực thi cơ chế phối hợp trong thẩm định văn bản quy phạm pháp luật của chính quyền địa phương cấp tỉnh hiện nay.",
    [], ["2.1"], "a research article")
doc("f019", "https://123docz.net/document/15815549-tom-tat-quan-ly-cong-chuc-phuong-trong-dieu-kien-sap-nhap-don-vi-hanh-chinh-tu-thuc-tien-quan-4-thanh-pho-ho-chi-minh.htm", "Hồ Chí Minh",
    "Tóm tắt: Quản lý công chức phường trong điều kiện sáp nhập đơn vị hành chính từ thực tiễn Quận 4, Thành phố Hồ Chí Minh",
    "Do đó, tác giả chọn đề tài “Quản lý công chức phường trong điều kiện sáp nhập đơn vị hành từ thực tiễn Quận 4, Thành phố Hồ Chí Minh” để thực hiện nghiên cứu luận văn thạc sĩ quản lý công. HỌC VIỆN HÀNH CHÍNH QUỐC GIA. TÓM TẮT LUẬN VĂN THẠC SĨ QUẢN LÝ CÔNG.",
    [], ["4.4", "5.5"], "a master's thesis summary")
doc("f020", "https://baovinhphuc.com.vn/en-us/tin-tuc/ID/125144/Huong-den-nen-hanh-chinh-khong-giay-to", "Vĩnh Phúc",
    "Hướng đến nền hành chính không giấy tờ",
    "Số hóa hồ sơ, giấy tờ và các quy trình xử lý, trả lời kết quả giải quyết thủ tục hành chính cho các tổ chức, cá nhân, đẩy mạnh dịch vụ công trực tuyến, liên thông dữ liệu là những giải pháp đang được các cấp, ngành trong tỉnh đẩy mạnh thực hiện. Năm 2024, toàn tỉnh đã thực hiện số hóa đối với 70,91% tổng số hồ sơ tiếp nhận, cấp kết quả điện tử.",
    ["7.4"], ["DTI.1"], "news of the province's results in digitising dossiers and results of procedures (7.4's subject)")
# --- pages, batch 2 -----------------------------------------------------------------------------
doc("f021", "https://baotayninh.vn/thoi-su-chinh-tri/cai_cach_hanh_chinh", "Tây Ninh",
    "Chỉ số PAPI năm 2021 của Tây Ninh: Tăng 20 bậc nhưng vẫn còn nhiều hạn chế",
    "Văn phòng UBND tỉnh vừa có báo cáo kết quả xếp hạng và phân tích các nội dung thành phần của Chỉ số PAPI Tây Ninh năm 2021, đồng thời đưa ra một số đề xuất, kiến nghị cải thiện chỉ số này trong thời gian tới.",
    ["PAPI.1"], ["1.7"], "the province's own analysis of its PAPI result with proposals (as x399)")
doc("f022", "https://nvsk.vnanet.vn/print/infographics-papi-2023-thua-thien-hue-dat-diem-chi-so-cao-nhat-144407.vna", None,
    "Infographics: PAPI 2023 - Thừa Thiên Huế đạt điểm chỉ số cao nhất",
    "Kết quả Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 cho thấy, trong số 15 tỉnh/thành phố đạt điểm chỉ số cao nhất, Thừa Thiên Huế dẫn đầu với 46,0415 điểm. PAPI là công cụ theo dõi hiệu quả thực thi chính sách, pháp luật của Nhà nước dựa trên ý kiến phản hồi của người dân.",
    [], ["PAPI.1"], "national news agency's ranking infographic")
doc("f023", "https://danguykhoi.laichau.gov.vn/tin-hoat-dong-dang-uy-khoi/thong-tin-thoi-su-noi-bat-tuan-1-thang-4-nam-2024-612729", "Lai Châu",
    "Thông tin thời sự nổi bật tuần 1 tháng 4 năm 2024",
    "THÔNG TIN THỜI SỰ TUẦN THỨ 1 THÁNG 4/2024 (Các sự kiện thời sự nổi bật diễn ra từ ngày 01-07/4/2024). I. TIN THẾ GIỚI. 1. Hơn 1.100 người bị thương trong vụ động đất ở Đài Loan.",
    [], ["1.4", "8.2"], "a party bloc's weekly news digest (stream)")
doc("f024", "https://vpubnd.quangnam.gov.vn/webcenter/portal/vpubnd/pages_tin-tuc/chi-tiet-tin?dDocName=PORTAL549762", "Quảng Nam",
    "Tăng cường kỷ cương, kỷ luật hành chính trước và sau Tết Nguyên đán Giáp Thìn năm 2024",
    "Chủ tịch UBND tỉnh Lê Trí Thanh vừa ký ban hành Công văn số 983/UBND-NCKS ngày 06/02/2024 về việc tăng cường kỷ cương, kỷ luật hành chính trước và sau Tết Nguyên đán Giáp Thìn năm 2024.",
    ["5.6"], ["1.1"], "the province's letter on administrative discipline (as c46 for another letter)")
doc("f025", "https://vanbanphapluat.co/quyet-dinh-20-2013-qd-ubnd-chan-chinh-ky-luat-ky-cuong-hanh-chinh-quang-ngai", "Quảng Ngãi",
    "Quyết định 20/2013/QĐ-UBND quy định biện pháp chấn chỉnh kỷ luật, kỷ cương hành chính của tỉnh Quảng Ngãi",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n" + H + "Số: 20/2013/QĐ-UBND\nQuảng Ngãi, ngày 07 tháng 5 năm 2013\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH MỘT SỐ BIỆN PHÁP CHẤN CHỈNH KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH CỦA TỈNH QUẢNG NGÃI\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nCăn cứ Luật Cán bộ, công chức ngày 13/11/2008;",
    ["5.6"], ["5.2", "5.3"], "the province's rules on administrative discipline")
doc("f026", "https://dbnd.quangngai.gov.vn/news/16/7667/dieu-chinh-va-phan-bo-du-toan-nam-2025-cho-cac-so-moi-duoc-thanh-lap", "Quảng Ngãi",
    "Điều chỉnh và phân bổ dự toán năm 2025 cho các sở mới được thành lập",
    "Điều chỉnh giảm dự toán năm 2025 đã phân bổ tại Nghị quyết số 58/NQ-HĐND ngày 10 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh của các Sở: Kế hoạch và Đầu tư, Nội vụ, Xây dựng, Thông tin và Truyền thông, với tổng kinh phí là 678.718 triệu đồng. Phân bổ dự toán năm 2025 đối với các sở được thành lập: Xây dựng, Tài chính, Nội vụ, Khoa học và Công nghệ, Nông nghiệp và Môi trường, với tổng kinh phí là 628.429 triệu đồng.",
    ["6.1"], ["4.1"], "the council adjusting the year's budget estimates for the merged departments (6.1); the merger is the context")
doc("f027", "https://www.dbndnghean.vn/nghe-an-dieu-chinh-phuong-an-phan-bo-ngan-sach-dia-phuong-nam-2025-cho-cap-xa-dam-bao-hoat-dong-thong-suot-hieu-qua-16840.htm", "Nghệ An",
    "Nghệ An điều chỉnh phương án phân bổ ngân sách địa phương năm 2025 cho cấp xã, đảm bảo hoạt động thông suốt, hiệu quả",
    "Theo Nghị quyết đã thông qua, điều chỉnh dự toán thu ngân sách nhà nước trên địa bàn như sau: Tổng thu ngân sách nhà nước trên địa bàn: 17.726.369 triệu đồng. Đồng thời, điều chỉnh phương án phân bổ dự toán ngân sách địa phương như sau: Tổng chi ngân sách địa phương: 41.991.268 triệu đồng, trong đó: ngân sách cấp tỉnh: 26.096.016 triệu đồng, ngân sách cấp xã: 15.895.252 triệu đồng.",
    ["6.1"], ["8.2", "4.4"], "the council's resolution adjusting the year's budget allocation")
doc("f028", "https://bnews.vn/tag/thuc-hien-ngan-sach-nha-nuoc-nam-2021/217703/1.html", None,
    "thuc hien ngan sach nha nuoc nam 2021",
    "thuc hien ngan sach nha nuoc nam 2021",
    [], ["6.1"], "a national news site's tag page, title only")
doc("f030", "https://moha.gov.vn/chuyen-doi-so/tin-hoat-dong-cua-bo-noi-vu/bo-noi-vu-phe-duyet-va-cong-bo-chi-so-hai-long-cua-d610-t57042.html", None,
    "Bộ Nội vụ phê duyệt và công bố Chỉ số hài lòng của người dân năm 2024",
    "Đo lường sự hài lòng của người dân năm 2024 được thực hiện theo Quyết định số 1001/QĐ-BNV ngày 11/12/2024 ban hành Phương pháp đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2023 - 2026. Phương pháp khảo sát chọn mẫu ngẫu nhiên phân tầng được áp dụng để thu thập thông tin.",
    [], ["SIPAS.2", "8.1"], "the ministry's national SIPAS news: neither (third-pass rule)")
doc("f031", "https://123docz.net/document/3772632-danh-gia-su-hai-long-cua-nguoi-dan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-ve-thu-tuc-cap-giay-chung-nhan-quyen-su-dung-dat-tren-dia-ban-ti.htm", "Bến Tre",
    "Đánh giá sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước về thủ tục cấp giấy chứng nhận quyền sử dụng đất trên địa bàn tỉnh Bến Tre",
    "PHẦN I BÁO CÁO TÌNH HÌNH THỰC TẬP. 1. Báo cáo chung về tình hình thực tập. PHẦN II BÁO CÁO CHUYÊN ĐỀ THỰC TẬP. 1. Tổng quan về Sở Nội vụ tỉnh Bến Tre. 2.2 Thực trạng về việc đánh giá sự hài lòng của người dân về thủ tục cấp GCNQSDĐ trên địa bàn tỉnh Bến Tre.",
    [], ["SIPAS.1", "8.1"], "a student's internship report")
doc("f032", "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-1574-QD-TTg-2025-Ke-hoach-trien-khai-thi-hanh-Luat-Ban-hanh-van-ban-quy-pham-phap-luat-665984.html", None,
    "Quyết định 1574/QĐ-TTg năm 2025 về Kế hoạch triển khai thi hành Luật Ban hành văn bản quy phạm pháp luật",
    "THỦ TƯỚNG CHÍNH PHỦ\n" + H + "Số: 1574/QĐ-TTg\nHà Nội, ngày 21 tháng 7 năm 2025\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
    [], ["2.1", "2.2"], "a Prime Minister's plan: nobody's evidence")
doc("f033", "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-06-2025-QD-UBND-phoi-hop-to-chuc-thi-hanh-van-ban-quy-pham-phap-luat-Bac-Ninh-673625.html", "Bắc Ninh",
    "Quyết định 06/2025/QĐ-UBND về Quy chế phối hợp tổ chức thi hành văn bản quy phạm pháp luật trên địa bàn tỉnh Bắc Ninh",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 06/2025/QĐ-UBND\nBắc Ninh, ngày 06 tháng 9 năm 2025\nBAN HÀNH QUY CHẾ PHỐI HỢP VỀ TỔ CHỨC THI HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH BẮC NINH\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Nghị định số 80/2025/NĐ-CP ngày 01/04/2025 của Chính phủ Về tổ chức thi hành văn bản quy phạm pháp luật;",
    ["2.2"], ["2.1"], "the province's coordination rules for implementing normative acts (Decree 80/2025, which replaced the law-enforcement monitoring decree): 2.2 (as x070)")
doc("f034", "https://baomoi.com/sap-dien-ra-le-cong-bo-pci-va-pgi-2023-c48991108.epi", None,
    "Sắp diễn ra lễ công bố PCI và PGI 2023",
    "Lễ công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số Xanh cấp tỉnh (PGI) 2023 dự kiến sẽ diễn ra vào ngày 9/5/2024 tại Hà Nội. Đây là sự kiện thường niên do VCCI thực hiện với sự hỗ trợ của Cơ quan Phát triển Hoa Kỳ (USAID).",
    [], ["PCI.1"], "national news of VCCI's ranking")
doc("f035", "https://vccidanang.com.vn/?p=33205", None,
    "PCI 2024: Đánh dấu hành trình 20 năm cải cách bền bỉ",
    "Hành trình 20 năm của PCI là minh chứng cho một nỗ lực cải cách hành chính bền bỉ, góp phần kiến tạo môi trường đầu tư minh bạch, công bằng và thuận lợi hơn cho doanh nghiệp. Lễ công bố Chỉ số năng lực cạnh tranh cấp tỉnh 2024 (PCI 2024) được tổ chức tại Hà Nội sáng ngày 6/5.",
    [], ["PCI.1"], "VCCI's own news of its ranking")
doc("f036", "https://vietnamhoinhap.vn/vi/dak-nong--dao-tao--boi-duong-cho-can-bo-ve-nhiem-vu-ho-tro-doanh-nghiep--nha-dau-tu-40212.htm", "Đắk Nông",
    "Đắk Nông: Đào tạo, bồi dưỡng cho cán bộ về nhiệm vụ hỗ trợ doanh nghiệp, nhà đầu tư",
    "Tại Hội nghị, đội ngũ cán bộ, công chức, viên chức đã được Chi nhánh Phòng Thương mại và Công nghiệp Việt Nam tại Đà Nẵng phổ biến nhiều nội dung quan trọng như: mục đích và cách tiếp cận PCI; sử dụng kết quả PCI trong việc cải thiện môi trường kinh doanh. Thời gian qua, tỉnh Đắk Nông triển khai nhiều biện pháp đồng bộ nhằm cải thiện môi trường đầu tư, kinh doanh. Chỉ số PCI 2021 tỉnh Đắk Nông đạt 61.95 điểm, xếp thứ 52/63.",
    ["PCI.1"], ["5.4"], "the province's conference on improving its PCI for its officials (as x007); a one-off briefing, not a training plan (5.4)")
doc("f037", "http://www.baohoabinh.com.vn/12/page/350/KINH-TE.htm", "Hòa Bình",
    "",
    "(HBĐT) - Trong nhiều năm qua, lãnh đạo tỉnh và các sở, ban, ngành, địa phương quan tâm chỉ đạo việc thúc đẩy năng lực cạnh tranh của tỉnh. Điểm số năng lực cạnh tranh cấp tỉnh (PCI) tăng dần trong 4 năm liên tiếp, năm 2019 nằm trong nhóm điều hành khá. Tuy nhiên, thứ hạng của tỉnh vẫn còn khá thấp (đứng thứ 48/63 tỉnh, thành phố).",
    [], ["PCI.1", "8.2"], "a provincial paper's commentary on the ranking: no act of the province is its subject (as x337)")
doc("f038", "https://thuonggiaonline.vn/cong-bo-chi-so-nang-luc-canh-tranh-cap-tinh-pci-vao-ngay-283-22245.htm", None,
    "Công bố Chỉ số Năng lực cạnh tranh cấp tỉnh PCI vào ngày 28/3",
    "Ngày 28/3 tại Hà Nội, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) và Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) sẽ tổ chức Lễ Công bố Chỉ số Năng lực cạnh tranh cấp tỉnh PCI năm 2018.",
    [], ["PCI.1"], "national news of VCCI's ranking")
doc("f039", "https://www.vietnamplus.vn/gia-tri-trung-binh-chi-so-cai-cach-hanh-chinh-cua-6-vung-kinh-te-xa-hoi-post1025126.vnp", None,
    "Giá trị trung bình Chỉ số cải cách hành chính của 6 vùng kinh tế-xã hội",
    "Năm 2024, 6/6 vùng kinh tế-xã hội đều có giá trị trung bình Chỉ số cải cách hành chính đạt trên 80% và đều tăng trưởng cao hơn so với năm 2023. Giá trị trung bình cao nhất là vùng Đồng bằng sông Hồng với kết quả đạt 90.17%.",
    [], ["1.7", "8.2"], "national news of the ministry's PAR Index by region")
# --- pages, batch 3 -----------------------------------------------------------------------------
doc("f040", "https://nvsk.vnanet.vn/chi-so-hai-long-cua-nguoi-dan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-sipas-nam-2023-1-145154.vna", None,
    "[Infographics] Chỉ số Hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023",
    "Người dân hài lòng đối với sự phục vụ của cơ quan hành chính Nhà nước nói chung trong cả nước năm 2023 (SIPAS 2023) ở mức 82,66%, tăng 2,58% so với năm 2022. Quảng Ninh nhận được mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà nước nói chung cao nhất với 90,61%.",
    [], ["SIPAS.2", "8.1"], "national news of the ministry's SIPAS ranking")
doc("f041", "https://nghean24h.vn/chi-so-par-index-2023-cua-nghe-an-xep-thu-15-cua-ca-nuoc-va-dung-dau-6-tinh-bac-trung-bo-a721780.html", "Nghệ An",
    "Chỉ số PAR Index 2023 của Nghệ An xếp thứ 15 của cả nước và đứng đầu 6 tỉnh Bắc Trung Bộ",
    "Sáng 17/4, tại Hà Nội, Bộ Nội vụ đã tổ chức hội nghị công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS 2023) và Chỉ số cải cách hành chính năm 2023. Với tỉnh Nghệ An, chỉ số cải cách hành chính PARINDEX của tỉnh được xếp thứ 15, tăng 1 bậc so với năm 2022. Chỉ số hài lòng về sự phục vụ hành chính SIPAS xếp thứ 12.",
    [], ["1.7", "SIPAS.2", "8.1"], "the ministry's ranking relayed by a local site: nobody's evidence (as x009, x390)")
doc("f042", "http://laocaitv.vn/chinh-tri-xa-hoi/huyen-si-ma-cai-dung-thu-nhat-ve-ket-qua-do-luong-chi-so-hai-long-cua-nguoi-dan-sipas", "Lào Cai",
    "Huyện Si Ma Cai đứng thứ nhất về kết quả đo lường Chỉ số hài lòng của người dân (SIPAS)",
    "Tỉnh Lào Cai vừa công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước (SIPAS) năm 2023. Theo đó, huyện Si Ma Cai đứng thứ nhất với tỷ lệ hài lòng đạt 86,91%. Đứng thứ 2 là huyện Bảo Yên, với tỷ lệ hài lòng đạt 83,11%.",
    ["SIPAS.2", "8.1"], ["1.7"], "the province publishing the result of its own measurement of its districts: SIPAS.2 + 8.1 (session-12 rule)")
doc("f043", "https://baobacgiang.vn/bg/infographics/vu-vai-thieu-2025-san-luong-du-kien-tang-khoang-30--postid417893.bbg", None,
    "",
    "Chính phủ thông qua Đề án sắp xếp đơn vị hành chính cấp tỉnh, cấp xã năm 2025. Tại Nghị quyết số 125/NQ-CP và Nghị quyết số 126/NQ-CP ngày 9/5/2025, Chính phủ đã thông qua hồ sơ Đề án sắp xếp đơn vị hành chính cấp tỉnh năm 2025 và thông qua 34 hồ sơ Đề án sắp xếp đơn vị hành chính cấp xã năm 2025 do Bộ Nội vụ trình.",
    [], ["4.4"], "national news on a provincial paper's page (the page's own title is about lychee)")
doc("f044", "https://thuviennhadat.vn/vbpl/quyet-dinh-1313-qd-ubnd-2008-quy-dinh-tiep-nhan-xu-ly-phan-anh-thua-thien-hue-187678.html", "Thừa Thiên Huế",
    "Quyết định 1313/QĐ-UBND năm 2008 quy định tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về cơ chế, chính sách và thủ tục hành chính",
    "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n" + H + "Số: 1313/QĐ-UBND\nHuế, ngày 03 tháng 6 năm 2008\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ CỦA CÁ NHÂN, TỔ CHỨC VỀ CƠ CHẾ, CHÍNH SÁCH VÀ THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ CỦA UBND TỈNH VÀ CHỦ TỊCH UBND TỈNH\nCăn cứ Nghị định số 20/2008/NĐ-CP ngày 14 tháng 02 năm 2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính;",
    ["3.4"], ["3.1"], "the province's rules for receiving feedback on administrative regulations")
doc("f045", "https://text.123docz.net/document/7982326-kiem-soat-thu-tuc-hanh-chinh-tren-dia-ban-tinh-dong-thap.htm", "Đồng Tháp",
    "Kiểm soát thủ tục hành chính trên địa bàn tỉnh Đồng Tháp",
    "HỌC VIỆN HÀNH CHÍNH QUỐC GIA. TRỊNH THỊ BÍCH THUẬN. KIỂM SOÁT THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP. LUẬN VĂN THẠC SĨ QUẢN LÝ CÔNG. TP. HỒ CHÍ MINH - NĂM 2020.",
    [], ["3.2", "3.1"], "a master's thesis")
doc("f046", "https://lawnet.vn/vb/Quyet-dinh-122-QD-UBND-2023-phe-duyet-chien-luoc-du-lieu-Lao-Cai-tam-nhin-den-2030-87250.html", "Lào Cai",
    "Quyết định 122/QĐ-UBND năm 2023 phê duyệt chiến lược dữ liệu tỉnh Lào Cai đến năm 2025, tầm nhìn đến năm 2030",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 122/QĐ-UBND\nLào Cai, ngày 16 tháng 01 năm 2023\nPHÊ DUYỆT CHIẾN LƯỢC DỮ LIỆU TỈNH LÀO CAI ĐẾN NĂM 2025, TẦM NHÌN ĐẾN NĂM 2030\nCăn cứ Luật Công nghệ thông tin ngày 29/6/2006;\nCăn cứ Nghị quyết số 20-NQ/TU, ngày 17/01/2022 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Lào Cai đến năm 2025, định hướng đến năm 2030;",
    ["7.1"], ["DTI.1"], "the province's data strategy: data of chính quyền số is 7.1 alone (third-pass rule); the digital-transformation resolution is its legal basis")
doc("f047", "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-731-KH-UBND-2025-trien-khai-chien-luoc-du-lieu-Ha-Tinh-689196.html", "Hà Tĩnh",
    "Kế hoạch 731/KH-UBND năm 2025 thực hiện chiến lược dữ liệu đến năm 2030 trên địa bàn tỉnh Hà Tĩnh",
    "ỦY BAN NHÂN DÂN\n" + H + "Số: 731/KH-UBND\nHà Tĩnh, ngày 30 tháng 12 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC DỮ LIỆU ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH HÀ TĨNH\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Quyết định số 142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030; xét đề nghị của Công an tỉnh,",
    ["7.1"], ["DTI.1", "7.4"], "the province's plan for the data strategy: 7.1 alone; proposed by the police but issued by the province")
doc("f048", "https://elcom.com.vn/index.php/truc-tich-hop-du-lieu-va-nhung-loi-ich-voi-thanh-pho-thong-minh-1681874698", None,
    "Trục tích hợp dữ liệu và những lợi ích với thành phố thông minh",
    "Trục tích hợp dữ liệu giúp nâng cao khả năng kết nối, liên kết, chia sẻ dữ liệu trong một quốc gia. Trục tích hợp dữ liệu (Local Government Service Platform - LGSP) là nền tảng được dùng để tích hợp, chia sẻ dữ liệu cấp bộ, tỉnh.",
    [], ["7.1"], "a vendor's blog")
# --- pages, batch 4 -----------------------------------------------------------------------------
doc("f049", "https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-2291-BNV-CQDP-2024-luu-y-xay-dung-De-an-sap-xep-Don-vi-hanh-chinh-cap-huyen-609340.aspx?ac=emails", None,
    "Công văn 2291/BNV-CQĐP năm 2024 lưu ý xây dựng Đề án sắp xếp đơn vị hành chính cấp huyện, cấp xã",
    "BỘ NỘI VỤ\n" + H + "Số: 2291/BNV-CQĐP\nV/v một số lưu ý khi xây dựng và trình Đề án sắp xếp ĐVHC cấp huyện, cấp xã giai đoạn 2023-2025\nHà Nội, ngày 25 tháng 4 năm 2024\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    [], ["4.4"], "a ministry letter to all provinces")
doc("f050", "http://www.baomoi.com/Khong-co-chuan-giam-lam-sao-giam-duoc-bien-che/c/11318341.epi", None,
    "Không có chuẩn giảm, làm sao giảm được biên chế",
    "“Đã qua nhiều nhiệm kỳ thực hiện tinh giản biên chế, nhưng cuối cùng bộ máy cán bộ, công chức vẫn tăng. “Chuẩn” để giảm thì không có, làm sao có thể giảm được?”.",
    [], ["4.2"], "national commentary")
doc("f051", "https://dantocmiennui.vn/nguoi-lam-viec-tag88839.html", None,
    "Tinh gọn bộ máy: Giảm 16.149 biên chế công chức, viên chức",
    "Bộ Nội vụ đã thẩm định số lượng người làm việc hưởng lương từ ngân sách Nhà nước trong các đơn vị sự nghiệp công lập chưa tự chủ tài chính tại 29 bộ, ngành giai đoạn 2022 - 2026, giảm 17.736 biên chế, tương ứng giảm 14,84% so với số biên chế giao năm 2021.",
    [], ["4.2"], "national news of ministries' staffing")
doc("f052", "https://nghean24h.vn/tag/den-nam-2026", "Nghệ An",
    "Nghệ An khuyến khích tinh giản 20% biên chế đến năm 2026",
    "UBND tỉnh Nghệ An vừa ban hành Hướng dẫn tiêu chí đánh giá cán bộ, công chức, viên chức, người lao động nhằm thực hiện mục tiêu tinh giản biên chế, cơ cấu lại bộ máy và nâng cao chất lượng đội ngũ. Theo đó, tỉnh khuyến khích các cơ quan, đơn vị tinh giản 20% biên chế ngay trong năm 2025 và 2026.",
    ["4.2", "5.3"], ["4.1"], "news of the province's guidance: criteria for evaluating officials (5.3) in order to cut staff (4.2); both are its subject")
doc("f053", "http://vtv.vn/de-an-tinh-gian-bien-che.html", None,
    "đề án tinh giản biên chế",
    "Phải giảm khoảng 2% biên chế mỗi năm. VTV.vn - Thủ tướng vừa ban hành Chỉ thị về việc đẩy mạnh thực hiện chủ trương tinh giản biên chế, trong đó nêu rõ: Mỗi năm Bộ, ngành, địa phương phải giảm 1,5-2% biên chế.",
    [], ["4.2"], "national news of a Prime Minister's directive (tag page)")
doc("f054", "https://tayninh.gov.vn/vi/news/savefile/tinh-hinh-thuc-hien-du-toan-ngan-sach-trong-nam/cong-khai-so-lieu-va-thuyet-minh-tinh-hinh-uoc-thuc-hien-du-toan-ngan-sach-dia-phuong-nam-2023-48443.html", "Tây Ninh",
    "Công khai số liệu và thuyết minh tình hình ước thực hiện dự toán ngân sách địa phương năm 2023",
    "Công khai số liệu và thuyết minh tình hình ước thực hiện dự toán ngân sách địa phương năm 2023 - Cổng thông tin điện tử tỉnh Tây Ninh",
    ["6.1"], ["8.2"], "the province publishing its budget execution (6.1: 'công khai ngân sách'); title only")
doc("f055", "https://thuvienphapluat.vn/phap-luat/tim-tu-van?loc=right_news&page=2630&q=H%E1%BB%99i+%C4%91%E1%BB%93ng+l%C6%B0%C6%A1ng", None,
    "",
    "toán ngân sách địa phương hàng năm báo cáo Ủy ban nhân dân cùng cấp để trình Hội đồng nhân dân cùng cấp phê chuẩn. Chậm nhất 05 ngày làm việc sau khi được Hội đồng nhân dân cấp tỉnh phê chuẩn quyết toán ngân sách nhà nước của năm quyết toán, Ủy ban nhân dân cấp tỉnh gửi báo cáo quyết toán ngân sách nhà nước cho Bộ Tài chính.",
    [], ["6.1"], "a legal Q&A listing page")
doc("f056", "https://kinhdoanhvatiepthi.vn/xep-hang-danh-gia-chuyen-doi-so-cua-cac-bo-nganh-dia-phuong/", None,
    "Xếp hạng đánh giá chuyển đổi số của các bộ, ngành, địa phương",
    "Đây là năm thứ ba Bộ TT&TT tổ chức đánh giá và công bố xếp hạng về chuyển đổi số của các bộ, ngành, địa phương. TỐP 10 các tỉnh, thành phố có chỉ số DTI đứng gồm: TP Đà Nẵng, TP Hồ Chí Minh, Quảng Ninh, Thừa Thiên Huế, TP Cần Thơ.",
    [], ["DTI.1"], "national news of the ministry's DTI ranking")
doc("f057", "https://travinh.gov.vn/1426/37932/73050/691291/chuyen-doi-so/danh-gia-muc-do-chuyen-doi-so-nam-2022-tra-vinh-xep-hang-25-63-tinh-thanh-pho", "Trà Vinh",
    "Đánh giá mức độ chuyển đổi số năm 2022, Trà Vinh xếp hạng 25/63 tỉnh, thành phố",
    "Tại hội nghị sơ kết 6 tháng đầu năm 2023 về chuyển đổi số quốc gia và Đề án 06 của Chính phủ, Bộ Thông tin và Truyền thông đã công bố xếp hạng về chuyển đổi số các bộ, ngành, địa phương năm 2022. Trà Vinh xếp hạng 25/63 tỉnh, thành phố cả nước, tăng 1 hạng so với năm 2021.",
    [], ["DTI.1", "7.1"], "the ministry's ranking relayed by the province's portal: nobody's evidence (as x009)")
doc("f058", "https://nguoihanoi.vn/ha-noi-xep-thu-6-ve-chi-so-chuyen-doi-so-cap-tinh-89443.html", "Hà Nội",
    "Hà Nội xếp thứ 6 về chỉ số chuyển đổi số cấp tỉnh",
    "Theo Báo cáo chỉ số đánh giá chuyển đổi số năm 2023 (DTI 2023), Hà Nội lọt vào Top 10, tăng 18 bậc, vươn lên vị trí thứ 6 trong bảng xếp hạng 63 tỉnh, thành phố. Bộ Thông tin và Truyền thông vừa công bố Báo cáo chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ và tỉnh, thành phố năm 2023.",
    [], ["DTI.1"], "the ministry's ranking relayed by the city's paper: nobody's evidence")
doc("f059", "http://ytnh.com.vn/text/560/", None,
    "Nghị định 85/2012/NĐ-CP cơ chế hoạt động tài chính đối với đơn vị sự nghiệp y tế",
    "Nghị định 85/2012 /NĐ-CP cơ chế hoạt động tài chính đối với đơn vị sự nghiệp y tế",
    [], ["6.2"], "a Government decree reposted by a health unit, title only")
doc("f060", "https://upt.edu.vn/cong-khai-giao-duc/qd-di-299-bh-quy-che-tai-chinh-truong-dhpt", None,
    "QĐ 299 ban hành quy chế tài chính Trường ĐHPT",
    "QĐ di 299 BH quy che tai chinh Truong ĐHPT",
    [], ["6.2"], "a private university's financial rules: nobody's evidence")
# --- pages, batch 5 -----------------------------------------------------------------------------
doc("f061", "https://article.wn.com/view/WNATe5bd2f157d27e765fb6447786e143bbd", None,
    "",
    "Chính phủ ban hành Nghị quyết số 77/NQ-CP ngày 10/4/2025 về phiên họp Chính phủ thường kỳ tháng 3/2025 và Hội nghị trực tuyến Chính phủ với địa phương, trong đó Chính phủ chỉ đạo khẩn trương hoàn thiện mô hình tổ chức chính quyền địa phương 2 cấp, đẩy mạnh sắp xếp, tinh gọn bộ máy.",
    [], ["4.4", "4.1"], "national news aggregated")
doc("f062", "https://www.ksbtdanang.vn/news/tag/bộ-máy", "Đà Nẵng",
    "",
    "Chính phủ chỉ đạo tập trung quyết liệt thực hiện tinh gọn, sắp xếp tổ chức bộ máy, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp, bảo đảm đúng tiến độ theo chỉ đạo của Trung ương, Bộ Chính trị, Ban Bí thư (trong tháng 5 và tháng 6 năm 2025).",
    [], ["4.4", "4.1"], "a city disease-control centre's tag page relaying the Government's direction: national")
doc("f063", "https://vinh24h.vn/tag/toc-do-tang-truong-grdp", "Nghệ An",
    "",
    "Tốc độ tăng trưởng GRDP 9 tháng trên địa bàn tỉnh dự kiến đạt khoảng 7,5-8%. Báo cáo tại phiên họp thường kỳ UBND tỉnh tháng 9 năm 2024, Giám đốc Sở Kế hoạch và Đầu tư cho biết, tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP) trong Quý III có sự chuyển biến tích cực.",
    [], ["8.2"], "a monthly meeting of the people's committee: not the year's account (as x346, x351)")
doc("f064", "https://baobackan.vn/phien-hop-danh-gia-du-uoc-tinh-hinh-kinh-te-xa-hoi-nam-2024-post67401.html", "Bắc Kạn",
    "Phiên họp đánh giá dự ước tình hình kinh tế - xã hội năm 2024",
    "BBK - Sáng nay (13/11), UBND tỉnh tổ chức Phiên họp đánh giá dự ước tình hình kinh tế - xã hội, đảm bảo quốc phòng, an ninh năm 2024. Trong 9 tháng năm 2024, tốc độ tăng trưởng kinh tế đạt 6,84% xếp thứ 12 trong vùng trung du miền núi phía Bắc, xếp thứ 37 so với cả nước.",
    ["8.2"], ["1.2", "6.1"], "the people's committee's session on its estimate of the year's socio-economic results: the province's own account of the year (8.2 as the sixth-pass rule reads it)")
doc("f065", "https://qbtv.vn/portal/pages/2024-12-06/Quang-Binh-Nam-2024-nen-kinh-te-phat-trien-on-dinh.aspx", "Quảng Bình",
    "Quảng Bình: Năm 2024 nền kinh tế phát triển ổn định",
    "Theo báo cáo của UBND tỉnh, năm 2024, nền kinh tế của tỉnh phát triển ổn định và đạt kết quả tích cực; dự ước tổng sản phẩm (GRDP) trên địa bàn tỉnh tăng 7,12% so với năm 2023, đạt kế hoạch đề ra.",
    ["8.2"], ["6.1"], "news of the people's committee's report of the year (8.2, sixth-pass rule)")
doc("f066", "https://nghean24h.vn/thong-cao-bao-chi-tinh-hinh-kinh-te-xa-hoi-quoc-phong-an-ninh-tinh-nghe-an-9-thang-dau-nam-2024-a733459.html", "Nghệ An",
    "Thông cáo báo chí tình hình kinh tế - xã hội, quốc phòng - an ninh tỉnh Nghệ An 9 tháng đầu năm 2024",
    "1. Kết quả đạt được. 1.1. Lĩnh vực kinh tế: Sản xuất nông, lâm nghiệp và thủy sản: Tổng diện tích gieo trồng cây hằng năm 9 tháng ước đạt 264.821,45 ha. Thu ngân sách nhà nước ước thực hiện 16.671 tỷ đồng, đạt 104,8% dự toán.",
    [], ["8.2", "6.1"], "a nine-month press release: not the year's account, not a budget document")
doc("f067", "https://baobackan.com.vn/chu-dong-linh-hoat-sang-tao-quyet-liet-trien-khai-cac-nhiem-vu-ngay-tu-dau-nam-post61061.html", "Bắc Kạn",
    "Chủ động, linh hoạt, sáng tạo, quyết liệt triển khai các nhiệm vụ ngay từ đầu năm",
    "Theo báo cáo tại Phiên họp, tình hình kinh tế - xã hội trên địa bàn tỉnh tháng 02 và hai tháng đầu năm 2024 nhìn chung ổn định; giải ngân kế hoạch vốn năm 2023 đến ngày 31/01/2024 đạt 87,2% kế hoạch.",
    [], ["8.2", "6.1"], "a monthly meeting (as x346)")

# --- official texts of November 2025, crawled copy (tnt305/tai_lieu_noi_bo) ---------------------
doc("t001", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/036bd85f1f56f768.md", 'Cần Thơ', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n' + H + 'Số: 2666/QĐ-UBND\nCần Thơ, ngày 26 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, BÃI BỎ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TÀI CHÍNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ thuộc thẩm quyền giải quyết của Sở Tài chính.',
    ['3.1'], ['3.2'], "publishing a department's amended and abolished procedures (a crawled copy of the official text in a public repository)")
doc("t002", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/04e4130eb91f3242.md", 'Phú Thọ', "",
    'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n' + H + 'Số: 1805/QĐ-UBND\nPhú Thọ, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH VÀ BỊ BÃI BỎ LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CẤP TỈNH TRÊN ĐỊA BÀN TỈNH PHÚ THỌ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Công bố kèm theo Quyết định này Danh mục 16 thủ tục hành chính mới ban hành và 06 thủ tục hành chính bị bãi bỏ trong lĩnh vực hoạt động khoa học và công nghệ thuộc thẩm quyền giải quyết của cấp tỉnh trên địa bàn tỉnh Phú Thọ (Chi tiết tại Danh mục kèm theo).',
    ['3.1'], ['2.3'], 'publishing new and abolished procedures of a sector (a crawled copy of the official text in a public repository)')
doc("t003", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/b1bac569be973504.md", 'Cà Mau', "",
    'ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n' + H + 'Số: 01763/QĐ-UBND\nCà Mau, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC BÁO CHÍ, XUẤT BẢN THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH CÀ MAU\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Công bố, phê duyệt kèm theo Quyết định này:',
    ['3.1'], ['3.3'], 'publishing new procedures of a department (a crawled copy of the official text in a public repository)')
doc("t004", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/cd5874640909d75c.md", 'Lạng Sơn', "",
    'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n' + H + 'Số: 2512/QĐ-UBND\nLạng Sơn, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCÔNG BỐ BỔ SUNG DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐỊA CHẤT VÀ KHOÁNG SẢN THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LẠNG SƠN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Công bố kèm theo Quyết định này Danh mục 01 thủ tục hành chính bổ sung lĩnh vực Địa chất và Khoáng sản thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn.',
    ['3.1'], ['3.2'], 'publishing added procedures of a department (a crawled copy of the official text in a public repository)')
doc("t005", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/e52fee108f53e169.md", 'Gia Lai', "",
    'ỦY BAN NHÂN DÂN TỈNH GIA LAI\n' + H + 'Số: 2698/QĐ-UBND\nGia Lai, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC XUẤT NHẬP KHẨU THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ CÔNG THƯƠNG\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Công bố kèm theo Quyết định này Danh mục 01 thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực Xuất nhập khẩu thuộc phạm vi chức năng quản lý của Sở Công Thương theo Quyết định số 3361/QĐ-BCT ngày 18 tháng 11 năm 2025 của Bộ trưởng Bộ Công Thương.',
    ['3.1'], ['1.6'], "publishing one amended procedure after a ministry's decision: still the province's publication (a crawled copy of the official text in a public repository)")
doc("t006", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/e7792cccbca70a64.md", 'Lai Châu', "",
    'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n' + H + 'Số: 2926/QĐ-UBND\nLai Châu, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH ĐƯỢC\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Dược ngày 06 tháng 4 năm 2016;\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính và phê duyệt quy trình nội bộ giải quyết thủ tục hành chính được Ủy ban nhân dân tỉnh ủy quyền cho Giám đốc Sở Y tế giải quyết thuộc phạm vi chức năng quản lý của Sở Y tế tỉnh Lai Châu.',
    ['3.1'], ['4.3'], 'publishing procedures and internal workflows of procedures delegated to a department: the subject is the publication, the delegation is named (a crawled copy of the official text in a public repository)')
doc("t007", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/48edf4df3543bdd9.md", 'Hưng Yên', "",
    'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\n' + H + 'Số: 1973/QĐ-UBND\nHưng Yên, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH THUỘC PHẠM VI, CHỨC NĂNG QUẢN LÝ NHÀ NƯỚC CỦA SỞ Y TẾ ĐƯỢC SỬA ĐỔI, BỔ SUNG TỪ LĨNH VỰC TỔ CHỨC CÁN BỘ SANG LĨNH VỰC GIÁM ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính cấp tỉnh thuộc phạm vi chức năng quản lý nhà nước của Sở Y tế được sửa đổi bổ sung từ lĩnh vực tổ chức cán bộ sang lĩnh vực giám định.',
    ['3.1'], ['4.1'], "publishing procedures moved between fields ('tổ chức cán bộ' is the field's name, not the organisation) (a crawled copy of the official text in a public repository)")
doc("t008", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/a9e3b1619c1d3512.md", 'Nghệ An', "",
    'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n' + H + 'Số: 3857/QĐ-UBND\nNghệ An, ngày 26 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPHÊ DUYỆT QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ LĨNH VỰC TÀI CHÍNH ĐẤT ĐAI\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 16/6/2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Phê duyệt kèm theo Quyết định này 01 quy trình nội bộ, quy trình điện tử trong giải quyết thủ tục hành chính cấp xã lĩnh vực tài chính đất đai.',
    ['3.1'], ['7.3'], "approving internal and electronic workflows of commune procedures (3.1's second sub-criterion, as x367) (a crawled copy of the official text in a public repository)")
doc("t009", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/f709d287088c57b7.md", 'Cao Bằng', "",
    'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\n' + H + 'Số: 1994/QĐ-UBND\nCao Bằng, ngày 24 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRONG CÁC LĨNH VỰC THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI TOÀN TỈNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO,\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;\nĐiều 1. Phê duyệt kèm theo Quyết định này 40 quy trình nội bộ giải quyết thủ tục hành chính trong các lĩnh vực thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi toàn tỉnh thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo, Ủy ban nhân dân cấp xã tỉnh Cao Bằng (chi tiết tại Phụ lục kèm theo).',
    ['3.1', '3.3'], ['3.2'], 'approving internal workflows of procedures received regardless of boundaries: both subjects are in the title (as x367, x429) (a crawled copy of the official text in a public repository)')
doc("t011", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/d8df85cac631ac19.md", 'Hồ Chí Minh', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n' + H + 'Số: 2843/QĐ-UBND\nHồ Chí Minh, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ CỦA SỞ NỘI VỤ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Thông qua phương án đơn giản hóa 53 thủ tục hành chính thuộc phạm vi quản lý của Sở Nội vụ (chi tiết tại Phụ lục kèm theo).',
    ['3.2'], ['3.1', '4.1'], "the city passing the simplification plan of its home-affairs department's procedures (a crawled copy of the official text in a public repository)")
doc("t012", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/8c306b6991495e34.md", 'Đồng Nai', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n' + H + 'Số: 2813/QĐ-UBND\nĐồng Nai, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH CẤP XÃ LĨNH VỰC NÔNG NGHIỆP VÀ MÔI TRƯỜNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA TỈNH ĐỒNG NAI\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025 của Quốc hội;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Thông qua phương án đơn giản hóa đối với 01 thủ tục hành chính cấp xã lĩnh vực nông nghiệp và môi trường thuộc thẩm quyền giải quyết của ngành Nông nghiệp và Môi trường.',
    ['3.2'], ['3.1'], 'simplification plan of commune procedures of a sector (a crawled copy of the official text in a public repository)')
doc("t013", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/128b34e0abc1c504.md", 'Nghệ An', "",
    'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n' + H + 'Số: 3783/QĐ-\nNghệ An, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI CẤP TỈNH THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ NỘI VỤ TRÊN ĐỊA BÀN TỈNH NGHỆ AN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Luật Giao dịch điện tử ngày 22/6/2023;\nĐiều 1. Ban hành kèm theo Quyết định này Danh mục 55 thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh thuộc phạm vi chức năng quản lý của Sở Nội vụ trên địa bàn tỉnh Nghệ An (Chi tiết tại Danh mục kèm theo).',
    ['3.3'], ['3.1'], 'procedures received regardless of administrative boundaries (as x343, x429) (a crawled copy of the official text in a public repository)')
doc("t016", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/0f98ee482389e59e.md", 'Hà Tĩnh', "",
    'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n' + H + 'Số: 2979/QĐ-UBND\nHà Tĩnh, ngày 27 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ TƯ PHÁP\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Nghị định số 158/2018/NĐ-CP ngày 22/11/2018 của Chính phủ quy định về thành lập, tổ chức lại, giải thể tổ chức hành chính;\nĐiều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp.',
    ['4.1'], ['4.3'], 'functions and organisation of a specialised department (a crawled copy of the official text in a public repository)')
doc("t018", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/0f2d0646af982d1b.md", 'Cần Thơ', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n' + H + 'Số: 38/2025/QĐ-UBND\nCần Thơ, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC PHÂN CẤP TRONG LĨNH VỰC THƯƠNG MẠI, XUẤT NHẬP KHẨU TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ CHO SỞ CÔNG THƯƠNG\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân quyền, phân cấp trong lĩnh vực công nghiệp và thương mại;\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1.',
    ['4.3'], ['4.1'], 'decentralising trade powers to a department (not organisation or staff: 4.3 alone) (a crawled copy of the official text in a public repository)')
doc("t019", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/208bf7c0b7e8f27c.md", 'Đồng Nai', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n' + H + 'Số: 63/2025/QĐ-UBND\nĐồng Nai, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPHÂN CẤP CHO SỞ TƯ PHÁP TỈNH ĐỒNG NAI CÓ Ý KIẾN VIỆC CHO CON NUÔI NƯỚC NGOÀI, KÝ QUYẾT ĐỊNH VIỆC NUÔI CON NUÔI CÓ YẾU TỐ NƯỚC NGOÀI\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1.',
    ['4.3'], ['2.1'], 'decentralising adoption powers to the justice department (a crawled copy of the official text in a public repository)')
doc("t020", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/27009faffc98b8aa.md", 'Quảng Ngãi', "",
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n' + H + 'Số: 1617/QĐ-UBND\nQuảng Ngãi, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC ỦY QUYỀN CHO GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THỰC HIỆN NHIỆM VỤ TRONG LĨNH VỰC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;\nĐiều 1. Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ trong lĩnh vực quản lý chất lượng nông lâm sản và thủy sản, cụ thể:',
    ['4.3'], ['3.1'], "delegating a sector's tasks to a department director (a crawled copy of the official text in a public repository)")
doc("t021", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/0a5a51958af8e293.md", 'Thanh Hóa', "",
    'ỦY BAN NHÂN DÂN TỈNH THANH HÓA\n' + H + 'Số: 3617/QĐ-UBND\nThanh Hóa, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC ỦY QUYỀN CHO CHÁNH VĂN PHÒNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Ủy quyền cho Chánh Văn phòng Ủy ban nhân dân tỉnh công bố thủ tục hành chính, danh mục thủ tục hành chính thực hiện trên địa bàn tỉnh theo quy định.',
    ['4.3'], ['3.1'], 'delegating the publication of procedures to the office chief: the act is the delegation (a crawled copy of the official text in a public repository)')
doc("t022", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/518fe8ba9a6bd9dc.md", 'Lai Châu', "",
    'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n' + H + 'Số: 89/2025/QĐ-UBND\nLai Châu, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPHÂN CẤP TUYỂN DỤNG VIÊN CHỨC, TIẾP NHẬN VÀO VIÊN CHỨC, THĂNG HẠNG CHỨC DANH NGHỀ NGHIỆP VIÊN CHỨC TRONG CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP THUỘC\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Viên chức số 58/2010/QH12 được sửa đổi, bổ sung bởi Luật số 52/2019/QH14;\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1.',
    ['4.3', '4.1'], ['5.2'], 'decentralising recruitment and promotion of public employees: rules decentralising the management of officials are 4.3 + 4.1 (fourth-pass rule), not recruitment itself (5.2) (a crawled copy of the official text in a public repository)')
doc("t023", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/150d48a05ed57aa3.md", 'Quảng Ngãi', "",
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n' + H + 'Số: 44/2025/QĐ-UBND\nQuảng Ngãi, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC SỬ DỤNG MÁY MÓC, THIẾT BỊ TẠI CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NGÃI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\nĐiều 1. Phạm vi điều chỉnh 1.',
    ['6.3'], ['4.3'], 'decentralising powers over equipment norms: 6.3, not 4.3 (catalog exclusion; as x313-x315) (a crawled copy of the official text in a public repository)')
doc("t024", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/1726b1b0ca691ac5.md", 'Đắk Lắk', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n' + H + 'Số: 031/2025/QĐ-UBND\nĐắk Lắk, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH XÁC LẬP, PHÊ DUYỆT PHƯƠNG ÁN XỬ LÝ TÀI SẢN ĐƯỢC XÁC LẬP QUYỀN SỞ HỮU TOÀN DÂN THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH ĐẮK LẮK\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15, Luật số 90/2025/QH15;',
    ['6.3'], ['4.3'], 'decentralising the handling of assets taken into public ownership: 6.3 (a crawled copy of the official text in a public repository)')
doc("t025", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/4e39af96b6891368.md", 'Quảng Ngãi', "",
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n' + H + 'Số: 1627/QĐ-UBND\nQuảng Ngãi, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ, TÀI SẢN KẾT CẤU HẠ TẦNG DO NHÀ NƯỚC ĐẦU TƯ, QUẢN LÝ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NGÃI THỜI ĐIỂM 0H00 NGÀY 01 THÁNG 01 NĂM 2026\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 Căn cứ Quyết định số 213/QĐ-TTg ngày 01 tháng 3 năm 2024 của Thủ tướng Chính phủ phê duyệt Đề án tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý;\nCăn cứ Chỉ thị số 23/CT-TTg ngày 26 tháng 8 năm 2025 của Thủ tướng Chính phủ về việc phát huy kết quả tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý;\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý thuộc phạm vi quản lý của tỉnh Quảng Ngãi thời điểm 0h00 ngày 01 tháng 01 năm 2026.',
    ['6.3'], ['6.1'], "the province's inventory of public assets (a crawled copy of the official text in a public repository)")
doc("t026", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/2dd703fa6cbbc87b.md", 'Quảng Ninh', "",
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n' + H + 'Số: 98/2025/QĐ-UBND\nQuảng Ninh, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC DIỆN TÍCH CHUYÊN DÙNG CỦA CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ VÀ PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC DIỆN TÍCH CÔNG TRÌNH SỰ NGHIỆP CỦA ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NINH\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh Quyết định này quy định phân cấp thẩm quyền quyết định tiêu chuẩn, định mức diện tích chuyên dùng của các cơ quan, tổ chức, đơn vị và phân cấp thẩm quyền quyết định tiêu chuẩn, định mức diện tích công trình sự nghiệp của đơn vị sự nghiệp công lập thuộc phạm vi quản lý của tỉnh Quảng Ninh theo quy định tại điểm đ khoản 2 Điều 7;',
    ['6.3'], ['6.2'], "area norms of public service units' buildings: public-asset norms (a crawled copy of the official text in a public repository)")
doc("t027", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/cf3a66c2c23062db.md", 'Hải Phòng', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n' + H + 'Số: 209/2025/QĐ-UBND\nHải Phòng, ngày 17 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH THANH LÝ TÀI SẢN KẾT CẤU HẠ TẦNG THỦY LỢI; QUYẾT ĐỊNH XỬ LÝ TÀI SẢN KẾT CẤU HẠ TẦNG THỦY LỢI TRONG TRƯỜNG HỢP BỊ MẤT, HỦY HOẠI THUỘC PHẠM VI QUẢN LÝ CỦA\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1.',
    ['6.3'], ['4.3'], 'decentralising the disposal of irrigation infrastructure assets: 6.3 (a crawled copy of the official text in a public repository)')
doc("t028", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/44bc41ecfb3f3b21.md", 'Cần Thơ', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n' + H + 'Số: 35/2025/QĐ-UBND\nCần Thơ, ngày 17 tháng 11 năm 2025\nQUYẾT ĐỊNH\nQUY ĐỊNH DANH MỤC TÀI SẢN CỐ ĐỊNH ĐẶC THÙ; DANH MỤC, THỜI GIAN TÍNH HAO MÒN VÀ TỶ LỆ HAO MÒN TÀI SẢN CỐ ĐỊNH VÔ HÌNH (TRỪ THƯƠNG HIỆU CỦA ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP) THUỘC PHẠM VI QUẢN LÝ CỦA THÀNH PHỐ CẦN THƠ\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1.',
    ['6.3'], ['6.1'], 'the list of special fixed assets: public assets (a crawled copy of the official text in a public repository)')
doc("t030", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/c5f09c7770858e97.md", 'Nghệ An', "",
    'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n' + H + 'Số: 99/2025/QĐ-UBND\nNghệ An, ngày 26 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ TỈNH NGHỆ AN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và sử dụng Hệ thống Thư điện tử tỉnh Nghệ An.',
    ['7.2'], ['7.1'], "rules of the province's e-mail system (a crawled copy of the official text in a public repository)")
doc("t031", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/cdb6ad27b3c3f13b.md", 'Ninh Bình', "",
    'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n' + H + 'Số: 162/2025/QĐ-UBND\nNinh Bình, ngày 23 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ CÔNG VỤ TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TỈNH NINH BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Công nghệ thông tin số 67/2006/QH11;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và sử dụng Hệ thống thư điện tử công vụ trong các cơ quan hành chính nhà nước tỉnh Ninh Bình.',
    ['7.2'], ['7.1'], 'rules of the official e-mail system (a crawled copy of the official text in a public repository)')
doc("t032", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/f004d93b21e7fc5f.md", 'Đồng Nai', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n' + H + 'Số: 179/KH-UBND\nĐồng Nai, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI GIAI ĐOẠN 2026 - 2030\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    ['DTI.1'], ['7.1'], 'a plan only for kinh tế số và xã hội số: DTI.1 alone (third-pass rule) (a crawled copy of the official text in a public repository)')
doc("t033", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/329d9e978debfeec.md", 'Đồng Nai', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n' + H + 'Số: 2830/QĐ-UBND\nĐồng Nai, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC ÁP DỤNG, BÃI BỎ MỘT SỐ VĂN BẢN QUY PHẠM PHÁP LUẬT THUỘC LĨNH VỰC Y TẾ TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\nĐiều 1. Áp dụng các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế trên địa bàn tỉnh Đồng Nai, cụ thể như sau:',
    ['2.3'], ['2.1'], "applying and repealing a merged province's normative acts of a sector (as x431) (a crawled copy of the official text in a public repository)")
doc("t034", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/dd33e8dabf213add.md", 'Quảng Trị', "",
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n' + H + 'Số: 2744/QĐ-UBND\nQuảng Trị, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC ÁP DỤNG VÀ BÃI BỎ CÁC QUYẾT ĐỊNH CỦA UBND TỈNH QUẢNG BÌNH VÀ UBND TỈNH QUẢNG TRỊ (CŨ) TRONG LĨNH VỰC BÁO CHÍ VÀ XUẤT BẢN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\nĐiều 1. Áp dụng Quyết định số 06/2015/QĐ-UBND ngày 04/02/2015 của UBND tỉnh Quảng Bình về ban hành Quy định chế độ nhuận bút trong lĩnh vực báo chí, xuất bản;',
    ['2.3'], ['2.1'], "applying and repealing the merged provinces' decisions of a sector (as x431) (a crawled copy of the official text in a public repository)")
doc("t036", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/5b1b037dfe0263af.md", 'Nghệ An', "",
    'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n' + H + 'Số: 97/2025/QĐ-UBND\nNghệ An, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH\nQUY ĐỊNH TRÌNH TỰ, THỦ TỤC HỖ TRỢ CHI PHÍ TƯ VẤN PHÁP LUẬT CHO DOANH NGHIỆP NHỎ VÀ VỪA TRÊN ĐỊA BÀN TỈNH NGHỆ AN\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh, đối tượng áp dụng 1.',
    [], ['2.4', '2.1'], 'procedure for supporting legal-advice costs of small businesses: a sector rule (a crawled copy of the official text in a public repository)')
doc("t037", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/1fa949f85858c62f.md", 'Đồng Tháp', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\n' + H + 'Số: 137/2025/QĐ-UBND\nĐồng Tháp, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH\nQUY ĐỊNH GIỜ BÁN HÀNG, CÁC TRƯỜNG HỢP DỪNG BÁN HÀNG VÀ QUY TRÌNH THÔNG BÁO TRƯỚC KHI DỪNG BÁN HÀNG TẠI CÁC CỬA HÀNG BÁN LẺ XĂNG DẦU TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật Sửa đổi, bổ sung một số điều Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh Quyết định này quy định giờ bán hàng, các trường hợp dừng bán hàng và quy trình thông báo trước khi dừng bán hàng tại các cửa hàng bán lẻ xăng dầu trên địa bàn tỉnh Đồng Tháp.',
    [], ['2.1'], 'fuel retail hours: a sector rule (stream) (a crawled copy of the official text in a public repository)')
doc("t038", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/77de0148105d5008.md", 'Đà Nẵng', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\n' + H + 'Số: 82/2025/QĐ-UBND\nĐà Nẵng, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH NỘI QUY MẪU ÁP DỤNG CHO CÁC CHỢ TRÊN ĐỊA BÀN THÀNH PHỐ ĐÀ NẴNG\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 16/6/2025;\nCăn cứ Luật Thương mại ngày 14/6/2025;\nĐiều 1. Ban hành kèm theo Quyết định này Nội quy mẫu áp dụng cho các chợ trên địa bàn thành phố Đà Nẵng.',
    [], ['2.1'], 'a model market regulation (stream) (a crawled copy of the official text in a public repository)')
doc("t039", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/2957e4f4f0e41373.md", 'Đắk Lắk', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n' + H + 'Số: 0125/KH-UBND\nĐắk Lắk, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nPHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN THÀNH CÔNG CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2026 - 2031\nThực hiện Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khoá XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031;',
    [], ['1.5'], 'an emulation movement for the elections: not a CCHC initiative (a crawled copy of the official text in a public repository)')
doc("t040", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/2f6f80b9918e52de.md", 'Hồ Chí Minh', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n' + H + 'Số: 172/KH-UBND\nHồ Chí Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH\nThực hiện Quyết định số 1850/QĐ-TTg ngày 27 tháng 8 năm 2025 của Thủ tướng Chính phủ về ban hành Kế hoạch triển khai thi hành Luật Việc làm;',
    [], ['2.2', '5.2'], 'implementing the Employment Law: not monitoring law enforcement, not recruitment of officials (a crawled copy of the official text in a public repository)')
doc("t041", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/a83fffe08d7aeed7.md", 'Cần Thơ', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n' + H + 'Số: 165/KH-UBND\nCần Thơ, ngày 21 tháng 11 năm 2025\nKẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN CÔNG TÁC DÂN SỐ TRONG TÌNH HÌNH MỚI\nThực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về việc tăng cường thực hiện công tác dân số trong tình hình mới (sau đây viết tắt là Chỉ thị số 27/CT-TTg);\nCăn cứ nhiệm vụ trong Kế hoạch, các đơn vị liên quan theo chức năng, nhiệm vụ xây dựng và triển khai phương án thực hiện, đề xuất bố trí ngân sách và huy động các nguồn lực cần thiết triển khai nhiệm vụ được giao.',
    [], ['1.6'], 'a plan for a PM directive on population work: a sector plan, not the tasks tracked by 1.6 (as x439) (a crawled copy of the official text in a public repository)')
doc("t042", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/3a2db039af8c2d05.md", 'Cần Thơ', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n' + H + 'Số: 157/KH-UBND\nCần Thơ, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nPHÁT ĐỘNG PHONG TRÀO THI ĐUA VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI, HƯU TRÍ XÃ HỘI KHÔNG DÙNG TIỀN MẶT TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ\nThực hiện Chỉ thị số 21/CT-TTg ngày 25 tháng 11 năm 2022 của Thủ tướng Chính phủ về thúc đẩy chuyển đổi số trong chi trả an sinh xã hội không dùng tiền mặt;\nThực hiện Thông báo số 552/TB-VPCP ngày 13 tháng 10 năm 2025 của Văn phòng Chính phủ Kết luận Phiên họp lần thứ tư của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06.',
    [], ['7.3', '7.4'], 'an emulation movement for cashless social payments: not online public services (a crawled copy of the official text in a public repository)')
doc("t043", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/4672020dbba893fb.md", 'Hà Nội', "",
    'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n' + H + 'Số: 82/2025/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC QUY ĐỊNH NỘI DUNG CHI, MỨC CHI, THỜI GIAN HỖ TRỢ KINH PHÍ PHỤC VỤ BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ ĐẠI BIỂU\nCăn cứ Luật bầu cử đại biểu Quốc hội và Đại biểu Hội đồng nhân dân số 85/2015/QH13 được sửa đổi, bổ sung bởi Luật số 83/2025/QH15;\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh Nghị quyết quy định nội dung chi, mức chi, thời gian hỗ trợ kinh phí phục vụ bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 của thành phố Hà Nội.',
    [], ['6.1'], "the council's spending levels for the elections: not budget estimates or settlements (a crawled copy of the official text in a public repository)")
doc("t044", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/b2dd1bd0fcce426b.md", 'Lâm Đồng', "",
    'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n' + H + 'Số: 2284/QĐ-UBND\nLâm Đồng, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG NHẬN XÃ, PHƯỜNG MIỀN NÚI TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 272/2025/NĐ-CP ngày 16 tháng 10 năm 2025 của Chính phủ về phân định vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030;\nĐiều 1. Công nhận các xã, phường miền núi trên địa bàn tỉnh Lâm Đồng, chi tiết theo Danh sách kèm theo.',
    [], ['4.4'], 'recognising mountain communes: not arranging administrative units (a crawled copy of the official text in a public repository)')
doc("t045", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/1f9faa032326f975.md", 'Quảng Trị', "",
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n' + H + 'Số: 2696/QĐ-UBND\nQuảng Trị, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH ĐIỀU LỆ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;\nĐiều 1. Ban hành kèm theo Quyết định này Điều lệ tổ chức và hoạt động của Quỹ Bảo vệ môi trường tỉnh Quảng Trị.',
    [], ['4.1', '6.2'], "charter of an environment fund: not a specialised department or public service unit's reorganisation (a crawled copy of the official text in a public repository)")
doc("t046", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/50693ea4bb4bda20.md", 'Lai Châu', "",
    'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n' + H + 'Số: 88/2025/QĐ-UBND\nLai Châu, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN GIỮA VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI, CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI VỚI\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp thực hiện chức năng, nhiệm vụ, quyền hạn giữa Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai với Ủy ban nhân dân cấp xã, cơ quan tài chính, cơ quan xây dựng, cơ quan có chức năng quản lý đất đai cấp xã, cơ quan thuế và các cơ quan, đơn vị khác có liên quan trên địa bàn tỉnh Lai Châu.',
    [], ['4.1'], 'coordination rules between land registration offices and communes (stream) (a crawled copy of the official text in a public repository)')
doc("t048", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/7bcbaa914bb254d9.md", 'Hải Phòng', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n' + H + 'Số: 210/2025/QĐ-UBND\nHải Phòng, ngày 17 tháng 11 năm 2025\nQUYẾT ĐỊNH\nPHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH THANH LÝ TÀI SẢN KẾT CẤU HẠ TẦNG CẤP NƯỚC SẠCH NÔNG THÔN TẬP TRUNG; XỬ LÝ TÀI SẢN KẾT CẤU HẠ TẦNG CẤP NƯỚC SẠCH NÔNG THÔN TẬP TRUNG TRONG TRƯỜNG HỢP BỊ MẤT, BỊ HỦY HOẠI TRÊN ĐỊA BÀN THÀNH PHỐ HẢI PHÒNG\nPHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH THANH LÝ TÀI SẢN KẾT CẤU HẠ TẦNG CẤP NƯỚC SẠCH NÔNG THÔN TẬP TRUNG; XỬ LÝ TÀI SẢN KẾT CẤU HẠ TẦNG CẤP NƯỚC SẠCH NÔNG THÔN TẬP TRUNG TRONG TRƯỜNG HỢP BỊ MẤT, BỊ HỦY HOẠI TRÊN ĐỊA BÀN THÀNH PHỐ HẢI PHÒNG\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1.',
    ['6.3'], ['4.3'], 'decentralising the disposal of rural water-supply infrastructure assets: 6.3 (a crawled copy of the official text in a public repository)')
doc("t049", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/6e205b75bcc588b5.md", 'Hà Tĩnh', "",
    'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n' + H + 'Số: 2913/QĐ-UBND\nHà Tĩnh, ngày 24 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG HỆ THỐNG HÀNH CHÍNH NHÀ NƯỚC LĨNH VỰC MÔI TRƯỜNG THUỘC PHẠM VI, CHỨC NĂNG QUẢN LÝ NGÀNH NÔNG NGHIỆP VÀ MÔI TRƯỜNG ÁP DỤNG TRÊN ĐỊA BÀN TỈNH HÀ TĨNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ về việc ban hành Kế hoạch rà soát, đơn giản hóa TTHC nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022-2025;\nĐiều 1. Công bố kèm theo Quyết định này Danh mục và Quy trình nội bộ 08 (tám) thủ tục hành chính nội bộ (trong đó:',
    ['3.1'], ['3.2'], 'publishing internal administrative procedures and their workflows: the act is the publication (3.1); the review plan is its legal basis (a crawled copy of the official text in a public repository)')
doc("t050", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/1b479d81b4a8f42e.md", 'Quảng Trị', "",
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n' + H + 'Số: 2691/QĐ-UBND\nQuảng Trị, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND TỈNH VÀ SỞ TƯ PHÁP TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\nCăn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025;\nĐiều 1. Công bố kèm theo Quyết định này 02 thủ tục hành chính nội bộ trong lĩnh vực Phổ biến, giáo dục pháp luật thuộc thẩm quyền giải quyết của UBND tỉnh và Sở Tư pháp tỉnh Quảng Trị.',
    ['3.1'], ['2.4'], 'publishing internal procedures of the legal-education field: not legal education itself (a crawled copy of the official text in a public repository)')
doc("t051", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/3c5c52374e60b28b.md", 'Cần Thơ', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n' + H + 'Số: 2609/QĐ-UBND\nCần Thơ, ngày 24 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ BỊ BÃI BỎ TRONG LĨNH VỰC CHUYỂN ĐỔI SỐ QUỐC GIA VÀ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 năm 2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025;\nĐiều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính nội bộ bị bãi bỏ trong lĩnh vực Chuyển đổi số quốc gia và Hoạt động khoa học và công nghệ thuộc thẩm quyền giải quyết của Ủy ban nhân dân thành phố Cần Thơ.',
    ['3.1'], ['DTI.1'], 'publishing abolished internal procedures of the digital-transformation field: not a digital-transformation plan (a crawled copy of the official text in a public repository)')
doc("t052", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/741f24db1e774799.md", 'Vĩnh Long', "",
    'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\n' + H + 'Số: 2637/QĐ-UBND\nVĩnh Long, ngày 16 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC 12 THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG VÀ 01 THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ TRONG LĨNH VỰC CHỨNG THỰC THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ TƯ PHÁP TỈNH VĨNH LONG (THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH)\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Công bố kèm theo Quyết định này danh mục 12 (mười hai) thủ tục hành chính được sửa đổi, bổ sung và 01 (một) thủ tục hành chính bị bãi bỏ trong lĩnh vực chứng thực thuộc phạm vi chức năng quản lý của Sở Tư pháp tỉnh Vĩnh Long (thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính), cụ thể:',
    ['3.1', '3.3'], ['3.2'], 'publishing amended procedures that are received regardless of boundaries: both subjects in the title (as t009) (a crawled copy of the official text in a public repository)')
doc("t053", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/ad52bc0b105a20cd.md", 'Sơn La', "",
    'ỦY BAN NHÂN DÂN TỈNH SƠN LA\n' + H + 'Số: 2929/QĐ-UBND\nSơn La, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC CHÍNH SÁCH THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA BỘ CHỈ HUY QUÂN SỰ TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Công bố kèm theo Quyết định này 06 danh mục thủ tục hành chính mới ban hành và phê duyệt 06 quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực Chính sách thuộc phạm vi chức năng quản lý của Bộ Chỉ huy Quân sự tỉnh.',
    ['3.1'], ['3.3'], "the province publishing the military command's procedures and workflows (a crawled copy of the official text in a public repository)")
doc("t054", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/0beedb7bdb363a85.md", 'Thừa Thiên Huế', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ\n' + H + 'Số: 3565/QĐ-UBND\nHuế, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nSỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 3470/QĐ-UBND NGÀY 10 THÁNG 11 NĂM 2025 CỦA\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nĐiều 1. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính (TTHC) cấp tỉnh được sửa đổi, bổ sung và 03 thủ tục hành chính tiếp tục thực hiện lĩnh vực hoạt động khoa học và công nghệ thuộc phạm vi chức năng quản lý của Sở Khoa học và Công nghệ (Danh mục kèm theo).',
    ['3.1'], ['2.3'], 'amending a decision publishing procedures: still a publication (a crawled copy of the official text in a public repository)')
doc("t055", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/b5d973285b520592.md", 'Hà Nội', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n' + H + 'Số: 72/2025/QĐ-UBND\nHà Nội, ngày 27 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBÃI BỎ TOÀN BỘ QUYẾT ĐỊNH SỐ 17/2025/QĐ-UBND NGÀY 28 THÁNG 02 NĂM 2025 CỦA\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025 được sửa đổi, bổ sung bởi Luật ngày 25 tháng 6 năm 2025;\nĐiều 1. Bãi bỏ toàn bộ Quyết định số 17/2025/QĐ-UBND ngày 28 tháng 02 năm 2025 của Ủy ban nhân dân thành phố Hà Nội về việc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Du lịch thành phố Hà Nội.',
    ['2.3'], ['4.1'], "repealing a normative decision on a department's functions: the act is the repeal (2.3), not the organisation (4.1) (a crawled copy of the official text in a public repository)")
doc("t056", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/6f66017865169297.md", 'Hồ Chí Minh', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n' + H + 'Số: 2828/QĐ-UBND\nHồ Chí Minh, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBÃI BỎ QUYẾT ĐỊNH SỐ 32/2023/QĐ-UBND NGÀY 26 THÁNG 7 NĂM 2023 CỦA\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\nĐiều 1. Bãi bỏ Quyết định Bãi bỏ Quyết định số 32/2023/QĐ-UBND ngày 26 tháng 7 năm 2023 của Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Quy định về quản lý và sử dụng tạm thời một phần lòng đường, hè phố trên địa bàn Thành phố Hồ Chí Minh.',
    ['2.3'], ['2.1'], 'repealing a normative decision (as x431) (a crawled copy of the official text in a public repository)')
doc("t057", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/90cfa0f24fcb05de.md", 'Hà Nội', "",
    'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n' + H + 'Số: 74/2025/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2025\nNGHỊ QUYẾT\nBÃI BỎ NGHỊ QUYẾT SỐ 30/2013/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2013 CỦA\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Bãi bỏ toàn bộ Nghị quyết số 30/2013/NQ-HĐND ngày 06 tháng 12 năm 2013 của Hội đồng nhân dân thành phố Hà Nội về xây dựng khu vực phòng thủ thành phố Hà Nội đến năm 2020 và những năm tiếp theo.',
    ['2.3'], ['2.1'], 'the council repealing its own resolution (as x431) (a crawled copy of the official text in a public repository)')
doc("t058", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/1cde9b907469c65b.md", 'Quảng Ninh', "",
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n' + H + 'Số: 97/2025/QĐ-UBND\nQuảng Ninh, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ BỒI THƯỜNG, HỖ TRỢ VÀ TÁI ĐỊNH CƯ KHI NHÀ NƯỚC THU HỒI ĐẤT TRÊN ĐỊA BÀN TỈNH QUẢNG NINH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 40/2024/QĐ-UBND NGÀY 04/10/2024 CỦA\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Sửa đổi, bổ sung một số điều của Quy định về bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Quảng Ninh ban hành kèm theo Quyết định số 40/2024/QĐ-UBND ngày 04/10/2024 của UBND tỉnh 1.',
    [], ['2.1'], 'amending a land-compensation rule: a sector rule (as x436) (a crawled copy of the official text in a public repository)')
doc("t059", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/0abcf1a5292b31ec.md", 'Thừa Thiên Huế', "",
    'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\n' + H + 'Số: 37/2025/NQ-HĐND\nHuế, ngày 18 tháng 11 năm 2025\nNGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH CÁC CHÍNH SÁCH HỖ TRỢ GIẢM NGHÈO BỀN VỮNG TỈNH THỪA THIÊN HUẾ GIAI ĐOẠN 2023-2025 BAN HÀNH THEO NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND NGÀY 21 THÁNG 8 NĂM 2023 CỦA\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\nĐiều 1. Sửa đổi, bổ sung một số điều của Quy định các chính sách hỗ trợ giảm nghèo bền vững tỉnh Thừa Thiên Huế giai đoạn 2023 - 2025 ban hành kèm theo Nghị quyết số 20/2023/NQ-HĐND ngày 21 tháng 8 năm 2023 của Hội đồng nhân dân tỉnh Thừa Thiên Huế (nay thành phố Huế) 1.',
    [], ['2.1', '8.2'], 'the council amending its poverty-support policy: a sector rule (a crawled copy of the official text in a public repository)')
doc("t060", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/1852f73167ca9236.md", 'Hà Nội', "",
    'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n' + H + 'Số: 66/2025/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC SỬA ĐỔI, BỔ SUNG QUY ĐỊNH VỀ PHÍ THAM QUAN DANH LAM THẮNG CẢNH, DI TÍCH LỊCH SỬ, CÔNG TRÌNH VĂN HÓA TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI TẠI NGHỊ QUYẾT SỐ 16/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Sửa đổi, bổ sung quy định về phí tham quan danh lam thắng cảnh, di tích lịch sử, công trình văn hóa trên địa bàn Thành phố (Chi tiết tại Phụ lục kèm theo).',
    [], ['2.1', '6.1'], 'the council amending sightseeing fees: a sector rule (a crawled copy of the official text in a public repository)')
doc("t061", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/af2a4fc9b3a7aeeb.md", 'Hà Nội', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n' + H + 'Số: 71/2025/QĐ-UBND\nHà Nội, ngày 26 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ XÉT TẶNG DANH HIỆU “CÔNG DÂN THỦ ĐÔ ƯU TÚ”\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế xét tặng danh hiệu “Công dân Thủ đô ưu tú”.',
    [], ['1.5'], 'rules for an honorary citizen title: not a CCHC initiative (a crawled copy of the official text in a public repository)')
doc("t062", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/d5f01e57dbf5a890.md", 'Vĩnh Long', "",
    'HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG\n' + H + 'Số: 22/2025/NQ-HĐND\nVĩnh Long, ngày 18 tháng 11 năm 2025\nNGHỊ QUYẾT\nQUY ĐỊNH NỘI DUNG, MỨC CHI ĐỂ TỔ CHỨC CÁC KỲ THI, CUỘC THI, HỘI THI TRONG LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH VĨNH LONG\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng 1.',
    [], ['6.1'], 'spending levels for school contests: not budget estimates or settlements (a crawled copy of the official text in a public repository)')
doc("t063", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/689f49d25e51cbaa.md", 'Đồng Tháp', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\n' + H + 'Số: 597/KH-UBND\nĐồng Tháp, ngày 27 tháng 11 năm 2025\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG GIAO THÔNG TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (sau đây gọi tắt là Nghị quyết số 57-NQ/TW);\nCăn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    [], ['DTI.1', '7.1'], "digital transformation of one sector (transport infrastructure): not the province's digital-transformation plan nor e-government infrastructure (as x105 for one office) (a crawled copy of the official text in a public repository)")
doc("t064", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/bffd9da6f0d38031.md", 'Đồng Tháp', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\n' + H + 'Số: 556/KH-UBND\nĐồng Tháp, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH PHỦ PHÊ DUYỆT CHIẾN LƯỢC KHAI THÁC, SỬ DỤNG BỀN VỮNG TÀI NGUYÊN, BẢO VỆ MÔI TRƯỜNG BIỂN VÀ HẢI ĐẢO ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050\nCăn cứ Nghị Quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ về việc phê duyệt Chiến lược khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo đến năm 2030, tầm nhìn đến năm 2050 (sau đây gọi tắt là Nghị quyết số 48/NQ-CP) và tình hình thực tế trên địa bàn tỉnh, Ủy ban nhân dân tỉnh Đồng Tháp ban hành kế hoạch triển khai thực hiện, với những nội dung chủ yếu như sau: I.',
    [], ['8.2'], 'a plan for a marine-resources strategy (stream) (a crawled copy of the official text in a public repository)')
doc("t065", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/8e9a425dd83e56b3.md", 'Hà Nội', "",
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n' + H + 'Số: 308/KH-UBND\nHà Nội, ngày 17 tháng 11 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG CỦA CHÍNH PHỦ VỀ THÚC ĐẨY TẠO LẬP DỮ LIỆU PHỤC VỤ CHUYỂN ĐỔI SỐ TOÀN DIỆN\nThực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ ban hành Kế hoạch hành động của Chính phủ về thúc đẩy tạo lập dữ liệu phục vụ chuyển đổi số toàn diện;',
    ['7.1'], ['DTI.1'], "the city's plan to build data for digital transformation: data of chính quyền số is 7.1 alone (third-pass rule) (a crawled copy of the official text in a public repository)")
doc("t066", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/f1526a5ac4023b74.md", 'Đồng Nai', "",
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n' + H + 'Số: 62/2025/QĐ-UBND\nĐồng Nai, ngày 17 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH BẢNG GIÁ TÍNH THUẾ TÀI NGUYÊN ĐỐI VỚI NHÓM, LOẠI TÀI NGUYÊN CÓ TÍNH CHẤT LÝ, HÓA GIỐNG NHAU TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI NĂM 2026\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nĐiều 1. Phạm vi điều chỉnh 1.',
    [], ['6.1'], 'a resource-tax price table (stream) (a crawled copy of the official text in a public repository)')
doc("t067", "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/db769f685bf6bb23.md", 'Thái Nguyên', "",
    'ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\n' + H + 'Số: 26/2025/QĐ-UBND\nThái Nguyên, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ TÍN NGƯỠNG, TÔN GIÁO TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác quản lý nhà nước về tín ngưỡng, tôn giáo trên địa bàn tỉnh Thái Nguyên.',
    [], ['4.1'], 'coordination rules on religious affairs (stream) (a crawled copy of the official text in a public repository)')

if __name__ == "__main__":
    out = Path(__file__).with_name("fresh19.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for d in D:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{out}: {len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs "
          f"({sum(len(d['positive']) for d in D)} positive)")
