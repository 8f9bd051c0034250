"""Writes docs.jsonl: short excerpts of real public documents (see README.md for sources).
Kept as a script so the excerpts are reviewable in one place; run it to regenerate docs.jsonl."""
import json
from pathlib import Path

H = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
D = []


def doc(id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note})


def dev(id, devset_id, pos, neg, note=""):
    D.append({"id": id, "devset": devset_id, "positive": pos, "negative": neg, "note": note})


doc("c01", "https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/ke-hoach-so-3335-kh-ubnd-2017-thuc-hien-cong-tac-cai-cach-hanh-chinh-nha-nuoc-kon-tum-379693.aspx", "Kon Tum", "",
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n" + H + "Số: 3335/KH-UBND\nKon Tum, ngày 08 tháng 12 năm 2017\nKẾ HOẠCH\nTHỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH KON TUM NĂM 2018\nThực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011- 2020;\nCăn cứ Quyết định số 3490/QĐ-BNV ngày 10/10/2016 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án \"Tăng cường công tác thông tin, tuyên truyền cải cách hành chính giai đoạn 2016-2020\";\nCăn cứ Kế hoạch số 995/KH-UBND ngày 18/5/2016 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà nước trên địa bàn tỉnh Kon Tum giai đoạn 2016 - 2020;\nỦy ban nhân dân tỉnh Kon Tum ban hành Kế hoạch thực hiện công tác cải cách hành chính nhà nước trên địa bàn năm 2018, cụ thể như sau:\nI. MỤC TIÊU, YÊU CẦU",
    ["1.1"], ["1.4", "1.3"], "annual CCHC plan for 2018 issued 08/12/2017; cites a tuyên truyền scheme (hard negative 1.4)")
doc("c02", "https://www.tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/page-338", "Tây Ninh", "",
    "Nhằm đánh giá thực chất kết quả thực hiện công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương, để kịp thời chấn chỉnh, tháo gỡ khó khăn, vướng mắc; Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển khai công tác kiểm tra thực hiện cải cách hành chính trên địa bàn tỉnh năm 2016.",
    ["1.3"], ["1.1"], "news about the 2016 CCHC inspection plan")
doc("c03", "https://baobinhduong.vn/nam-2019-kiem-tra-ca-i-ca-ch-ha-nh-chi-nh-tai-11-co-quan-don-vi-a213791.html", "Bình Dương", "Năm 2019, kiểm tra cải cách hành chính tại 11 cơ quan, đơn vị",
    "Thực hiện Kế hoạch số 1642/KH-UBND của UBND tỉnh về kiểm tra công tác cải cách hành chính (CCHC) năm 2019 trên địa bàn tỉnh, đoàn kiểm tra công tác CCHC của tỉnh đã tổ chức kiểm tra đối với 11 cơ quan, đơn vị. Sau kiểm tra, đoàn kiểm tra đã báo cáo UBND tỉnh về tình hình, kết quả kiểm tra, đồng thời đề nghị các cơ quan, đơn vị được kiểm tra có biện pháp chấn chỉnh, khắc phục những tồn tại, hạn chế.",
    ["1.3"], ["1.1", "1.2"])
doc("c04", "http://baoquangnam.vn/cai-cach-hanh-chinh/trien-khai-ke-hoach-kiem-tra-cong-tac-cai-cach-hanh-chinh-nam-2013-9403.html", "Quảng Nam", "Triển khai kế hoạch kiểm tra công tác cải cách hành chính năm 2013",
    "Ngày 17.4, UBND tỉnh ban hành kế hoạch cải cách hành chính năm 2013. Theo kế hoạch, nội dung kiểm tra sẽ tập trung vào việc đánh giá tình hình và kết quả thực hiện trên các lĩnh vực theo chương trình, kế hoạch cải cách hành chính, làm rõ những kết quả làm được, những tồn tại, hạn chế liên quan đến công tác lãnh đạo, chỉ đạo thực hiện cải cách hành chính; cải cách thể chế; cải cách thủ tục hành chính.",
    ["1.3"], ["1.1"], "hard case: the lead miswrites 'kế hoạch cải cách hành chính năm 2013' for the inspection plan")
doc("c05", "https://trogiupluat.vn/van-ban/quyet-dinh-251-qd-bnv-ve-ke-hoach-thong-tin-tuyen-truyen-cai-cach-hanh-chinh-nam-2022-do-bo-truong-b-6422896c7b7a216b67f2b471.html", None, "",
    "BỘ NỘI VỤ\n" + H + "Số: 251/QĐ-BNV\nHà Nội, ngày 29 tháng 03 năm 2022\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2022\nBỘ TRƯỞNG BỘ NỘI VỤ\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;\nXét đề nghị của Vụ trưởng Vụ Cải cách hành chính.",
    [], ["1.4", "1.1"], "ministry plan: not a province's evidence")
doc("c06", "https://thuvienphapluat.vn/bulletin/document.aspx?bid=f08fcb42-7656-4dd4-8174-520a50c6c7d6&key=06ikJct8jxDB%2ByvAke8yeQ%3D%3D", None, "",
    "BỘ NỘI VỤ\n" + H + "Số: 049/QĐ-BNV\nHà Nội, ngày 01 tháng 3 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025\nBỘ TRƯỞNG BỘ NỘI VỤ\nCăn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;",
    [], ["1.4", "4.1"], "ministry plan; cites an organisation decree (hard negative 4.1)")
doc("c07", "https://hethongphapluat.vn/quyet-dinh-424-qd-bnv-ve-ke-hoach-thong-tin-tuyen-truyen-cai-cach-hanh-chinh-nam-2021-do-bo-noi-vu-ban-hanh.html", None, "",
    "BỘ NỘI VỤ\n" + H + "Số: 424/QĐ-BNV\nHà Nội, ngày 24 tháng 3 năm 2021\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2021\nBỘ TRƯỞNG BỘ NỘI VỤ\nXét đề nghị của Vụ trưởng Vụ Cải cách hành chính,",
    [], ["1.4"], "ministry plan")
dev("c08", "dev-002", ["1.7"], ["1.1"])
doc("c09", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-636-QD-UBND-nam-2012-Quy-dinh-theo-doi-danh-gia-ket-qua-thuc-hien-152925.aspx?tab=7", "Bình Định", "",
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n" + H + "Số: 636/QĐ-UBND\nBình Định, ngày 21 tháng 11 năm 2012\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ THEO DÕI ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH VÀ BỘ CHỈ SỐ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ;\nXét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 617/TTr-SNV,",
    ["1.7"], ["1.1", "1.3"])
doc("c10", "https://tailieu.vn/doc/quyet-dinh-so-673-2019-qd-ubnd-tinh-quang-ngai-2195999.html", "Quảng Ngãi", "Quyết định số 673/2019/QĐ-UBND tỉnh Quảng Ngãi",
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI Số: 673/QĐ-UBND Quảng Ngãi, ngày 30 tháng 8 năm 2019 QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN “XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA CÁC SỞ, BAN NGÀNH CẤP TỈNH; ỦY BAN NHÂN DÂN CÁC HUYỆN, THÀNH PHỐ VÀ ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI” ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
    ["1.7"], ["1.1"])
dev("c11", "dev-003", ["1.5"], ["2.1"], "responsibility of heads in CCHC; a normative decision that is not about law-making (hard negative 2.1)")
doc("c12", "https://phapluatcongdong.vn/van-ban/quyet-dinh-13-2018-qd-ubnd-ban-hanh-tinh-dien-bien-nam-2018-p99589.htm", "Điện Biên", "Quyết định 13/2018/QĐ-UBND về Quy chế xây dựng và ban hành văn bản quy phạm pháp luật của Ủy ban nhân dân tỉnh Điện Biên",
    "Số hiệu: | 13/2018/QĐ-UBND | Loại văn bản: | Quyết định |\nNơi ban hành: | Tỉnh Điện Biên |\nỦY BAN NHÂN DÂN |\n" + H + "Số: 13/2018/QĐ-UBND |\nĐiện Biên, ngày 26 tháng 03 năm 2018 |\nBAN HÀNH QUY CHẾ XÂY DỰNG VÀ BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT CỦA ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nCăn cứ Luật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nTheo đề nghị của Giám đốc Sở Tư pháp,",
    ["2.1"], ["2.3"])
doc("c13", "https://ls1.hethongphapluat.com/quyet-dinh-08-2023-qd-ubnd-quy-dinh-noi-dung-ve-xay-dung-van-ban-quy-pham-phap-luat-cua-hoi-dong-nhan-dan-uy-ban-nhan-dan-tinh-hai-duong.html", "Hải Dương", "",
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n" + H + "Số: 08/2023/QĐ-UBND\nHải Dương, ngày 19 tháng 01 năm 2023\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH MỘT SỐ NỘI DUNG VỀ XÂY DỰNG VĂN BẢN QUY PHẠM PHÁP LUẬT CỦA HỘI ĐỒNG NHÂN DÂN, ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\nCăn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;\nCăn cứ Thông tư số 03/2022/TT-BTP ngày 10 tháng 02 năm 2022 của Bộ Tư pháp hướng dẫn việc đánh giá tác động của thủ tục hành chính;",
    ["2.1"], ["2.3", "3.2"])
doc("c14", "http://ipckontum.gov.vn/hop-tac-phat-trien/UBND-tinh-ban-hanh-Quyet-dinh-so-192023QDUBND-ve-viec-bai-bo-mot-so-van-ban-quy-pham-phap-luat-do-UBND-tinh-ban-hanh-4822", "Kon Tum", "UBND tỉnh ban hành Quyết định số 19/2023/QĐ-UBND về việc bãi bỏ một số văn bản quy phạm pháp luật do UBND tỉnh ban hành",
    "Ngày 24/4/2023, UBND tỉnh ban hành Quyết định số 19/2023/QĐ-UBND về việc bãi bỏ một số văn bản quy phạm pháp luật do UBND tỉnh ban hành. Theo đó, 45 văn bản quy phạm pháp luật do UBND tỉnh ban hành không còn phù hợp với quy định của pháp luật sẽ bị bãi bỏ kể từ ngày 04/5/2023. UBND tỉnh giao Thủ trưởng các cơ quan, đơn vị có trách nhiệm rà soát, bãi bỏ văn bản hướng dẫn.",
    ["2.3"], ["2.1"])
doc("c15", "https://phapluatcongdong.vn/van-ban/quyet-dinh-10-2018-qd-ubnd-ban-hanh-tinh-ha-tinh-nam-2018-p98786.htm", "Hà Tĩnh", "Quyết định 10/2018/QĐ-UBND về Quy chế phối hợp trong công tác xây dựng; kiểm tra, tự kiểm tra, xử lý; rà soát, hệ thống hóa và cập nhật vào cơ sở dữ liệu quốc gia về pháp luật, hệ thống công báo điện tử tỉnh Hà Tĩnh",
    "Nơi ban hành: | Tỉnh Hà Tĩnh |\nỦY BAN NHÂN DÂN |\n" + H + "Số: 10/2018/QĐ-UBND |\nHà Tĩnh, ngày 06 tháng 04 năm 2018 |\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCăn cứ Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ về Cơ sở dữ liệu quốc gia về pháp luật;\nTheo đề nghị của Giám đốc Sở Tư pháp tại Văn bản số 84/TTr-STP ngày 22/3/2018.",
    ["2.3", "2.1"], ["3.1"])
doc("c16", "http://www.caobang.gov.vn/content/ke-hoach-theo-doi-tinh-hinh-thi-hanh-phap-luat-nam-2017", "Cao Bằng", "Kế hoạch theo dõi tình hình thi hành pháp luật năm 2017 trên địa bàn tỉnh",
    "Ngày 21/2/2017, UBND tỉnh đã có Quyết định số 380/KH-UBND về việc ban hành Kế hoạch công tác theo dõi tình hình thi hành pháp luật năm 2017 trên địa bàn tỉnh. UBND tỉnh yêu cầu công tác theo dõi thi hành pháp luật phải được thực hiện đồng bộ, thống nhất; gắn kết giữa theo dõi thi hành pháp luật với xây dựng pháp luật, kiểm tra, rà soát văn bản quy phạm pháp luật và kiểm soát thủ tục hành chính.",
    ["2.2"], ["2.3", "2.4"], "mentions rà soát VBQPPL and kiểm soát TTHC (hard negatives)")
doc("c17", "https://moj.gov.vn/qt/tintuc/Pages/hoat-dong-cua-tu-phap-dia-phuong.aspx?ItemID=5333", "Bình Định", "Bình Định: Ban hành Kế hoạch thực hiện công tác theo dõi tình hình thi hành pháp luật năm 2012",
    "Ngày 16/4/2012, UBND tỉnh Bình Định đã ký Quyết định ban hành kế hoạch thực hiện công tác theo dõi thi hành pháp luật năm 2012 trên địa bàn tỉnh. Theo đó, năm 2012, Bình Định sẽ tổ chức theo dõi tình hình thi hành pháp luật trên 02 lĩnh vực trọng tâm là an toàn giao thông đường bộ và bảo vệ môi trường; hiệu quả của công tác tuyên truyền, phổ biến, giáo dục, pháp luật.",
    ["2.2"], ["2.4"])
doc("c18", "https://tuyenquang.gov.vn/vi/post/trien-khai-thuc-hien-theo-doi-tinh-hinh-thi-hanh-phap-luat-nam-2025-tren-dia-ban-tinh-tuyen-quang?id=138375&type=NEWS", "Tuyên Quang", "Triển khai thực hiện theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn tỉnh Tuyên Quang",
    "Công tác theo dõi thi hành pháp luật trên địa bàn tỉnh được thực hiện theo đúng nguyên tắc, phạm vi trách nhiệm, nội dung và hình thức quy định tại Nghị định số 59/2012/NĐ-CP, sửa đổi, bổ sung bởi Nghị định số 32/2020/NĐ-CP; bảo đảm sự lãnh đạo, chỉ đạo thường xuyên của UBND tỉnh, Chủ tịch UBND tỉnh.",
    ["2.2"], [])
doc("c19", "https://thuviennhadat.vn/vbpl/ke-hoach-108-kh-ubnd-2017-thuc-hien-chuong-trinh-pho-bien-giao-duc-phap-luat-yen-bai-2017-2021-356923.html", "Yên Bái", "",
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n" + H + "Số: 108/KH-UBND\nYên Bái, ngày 15 tháng 06 năm 2017\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT GIAI ĐOẠN 2017-2021 TRÊN ĐỊA BÀN TỈNH YÊN BÁI\nThực hiện Luật Phổ biến, giáo dục pháp luật năm 2012 và Quyết định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ,",
    ["2.4"], ["2.2"])
doc("c20", "https://thuviennhadat.vn/vbpl/ke-hoach-51-kh-ubnd-nam-2013-tang-cuong-pho-bien-giao-duc-phap-luat-dia-ban-trong-diem-thai-binh-216731.html", "Thái Bình", "",
    "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\n" + H + "Số: 51/KH-UBND\nThái Bình, ngày 30 tháng 09 năm 2013\nKẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TẠI MỘT SỐ ĐỊA BÀN TRỌNG ĐIỂM VỀ VI PHẠM PHÁP LUẬT GIAI ĐOẠN 2013-2016 TRÊN ĐỊA BÀN TỈNH THÁI BÌNH",
    ["2.4"], ["2.2", "2.3"])
doc("c21", "https://vanbanphapluat.co/quyet-dinh-119-qd-ubnd-bo-sung-thu-tuc-hanh-chinh", "Bắc Giang", "Quyết định 119/QĐ-UBND năm 2009 bổ sung thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông do Ủy ban nhân dân tỉnh Bắc Giang ban hành",
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n" + H + "Số: 119/QĐ-UBND\nBắc Giang, ngày 23 tháng 11 năm 2009\nQUYẾT ĐỊNH\nVỀ VIỆC BỔ SUNG TTHC VÀO BỘ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nĐiều 1. Bổ sung 04 thủ tục hành chính (TTHC) vào Bộ Thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông.",
    ["3.1"], ["3.3"])
doc("c22", "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-680-QD-UBND-2025-cong-bo-thu-tuc-hanh-chinh-van-thu-Van-phong-uy-ban-tinh-Vinh-Long-685512.html", "Vĩnh Long", "Quyết định 680/QĐ-UBND năm 2025 công bố 09 thủ tục hành chính nội bộ lĩnh vực Công tác văn phòng, Văn thư và lưu trữ nhà nước thuộc thẩm quyền giải quyết của Văn phòng Ủy ban nhân dân tỉnh Vĩnh Long",
    "| Cơ quan ban hành | Tỉnh Vĩnh Long |\nỦY BAN NHÂN DÂN |\n" + H + "Số: 680/QĐ-UBND |\nVĩnh Long, ngày 28 tháng 7 năm 2025 |\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nCăn cứ Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 năm 2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025;\nĐiều 1. Công bố kèm theo Quyết định này: 06 thủ tục hành chính nội bộ mới ban hành.",
    ["3.1"], ["3.3", "4.1"])
doc("c23", "https://ls1.hethongphapluat.com/quyet-dinh-1990-qd-ubnd-nam-2021-phe-duyet-cac-quy-trinh-noi-bo-giai-quyet-thu-tuc-hanh-chinh-linh-vuc-bien-va-hai-dao-thuoc-tham-quyen-tiep-nhan-va-giai-quyet-cua-cap-huyen-ap-dung-tren-dia-ban-tinh-soc-trang.html", "Sóc Trăng", "Quyết định 1990/QĐ-UBND năm 2021 phê duyệt các quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực Biển và hải đảo",
    "ỦY BAN NHÂN DÂN | " + H + "Số: 1990/QĐ-UBND | Sóc Trăng, ngày 05 tháng 8 năm 2021 |\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\nĐiều 1. Phê duyệt kèm theo Quyết định này 03 quy trình nội bộ giải quyết 05 thủ tục hành chính.",
    ["3.1"], ["3.3"], "hard negative 3.3: cites the one-stop decree")
doc("c24", "https://text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm", "Kiên Giang", "Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang",
    "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG Số: 1961/QĐ-UBND Kiên Giang, ngày 28 tháng 8 năm 2019 QUYẾT ĐỊNH BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH KIÊN GIANG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018;",
    ["3.3"], ["3.1"])
doc("c25", "https://thuviennhadat.vn/vbpl/quyet-dinh-2809-qd-ubnd-2019-giai-quyet-thu-tuc-hanh-chinh-theo-co-che-mot-cua-tinh-binh-duong-426746.html", "Bình Dương", "Quyết định 2809/QĐ-UBND năm 2019 về Quy chế phối hợp giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Trung tâm Hành chính công tỉnh Bình Dương",
    "Cơ quan ban hành | Tỉnh Bình Dương |\nỦY BAN NHÂN DÂN |\n" + H + "Số: 2809/QĐ-UBND |\nBình Dương, ngày 27 tháng 09 năm 2019 |\nCăn cứ Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;\nCăn cứ Quyết định số 45/2016/QĐ-TTg ngày 19 tháng 10 năm 2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích;",
    ["3.3"], ["3.1"])
doc("c26", "https://hethongphapluat.vn/quyet-dinh-2157-qd-ubnd-nam-2017-ve-cong-bo-danh-muc-thu-tuc-hanh-chinh-thuc-hien-tiep-nhan-ho-so-tra-ket-qua-giai-quyet-qua-dich-vu-buu-chinh-cong-ich-do-tinh-quang-ngai-ban-hanh.html", "Quảng Ngãi", "",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n" + H + "Số: 2157/QĐ-UBND\nQuảng Ngãi, ngày 09 tháng 11 năm 2017\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN TIẾP NHẬN HỒ SƠ, TRẢ KẾT QUẢ GIẢI QUYẾT QUA DỊCH VỤ BƯU CHÍNH CÔNG ÍCH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCăn cứ Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ;",
    ["3.3"], ["1.1"], "postal-service TTHC list: one-stop (3.3.3); 3.1 left unlabelled (arguable)")
doc("c27", "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2862-QD-UBND-2018-kien-nghi-cua-nguoi-dan-doanh-nghiep-tren-Cong-thong-tin-Son-La-400875.aspx?tab=2", "Sơn La", "",
    "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n" + H + "Số: 2862/QĐ-UBND\nSơn La, ngày 16 tháng 11 năm 2018\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ VÀ TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ CỦA NGƯỜI DÂN, DOANH NGHIỆP TRÊN CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính;",
    ["3.4"], ["3.3", "7.3"])
doc("c28", "https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html", "Hồ Chí Minh", "Kế hoạch 1576/KH-UBND năm 2019 triển khai Hệ thống đánh giá hài lòng về giải quyết thủ tục hành chính",
    "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau: Đánh giá hài lòng về giải quyết thủ tục hành chính một cách khách quan, khoa học, thống nhất trên toàn thành phố.",
    ["3.5"], ["1.1"])
doc("c29", "https://hethongphapluat.com/ke-hoach-109-kh-ubnd-nam-2021-ve-khao-sat-danh-gia-muc-do-hai-long-cua-nguoi-dan-doanh-nghiep-doi-voi-viec-giai-quyet-thu-tuc-hanh-chinh-tai-co-quan-hanh-chinh-nha-nuoc-cac-cap-tren-dia-ban-tinh-tien-giang.html", "Tiền Giang", "Kế hoạch 109/KH-UBND năm 2021 về khảo sát, đánh giá mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính tại cơ quan hành chính nhà nước các cấp trên địa bàn tỉnh Tiền Giang",
    "ỦY BAN NHÂN DÂN | " + H + "Số: 109/KH-UBND | Tiền Giang, ngày 04 tháng 5 năm 2021 |\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ; Kế hoạch số 342/KH-UBND ngày 08 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh về thực hiện nhiệm vụ cải cách hành chính năm 2021 trên địa bàn tỉnh Tiền Giang.\nỦy ban nhân dân tỉnh ban hành Kế hoạch khảo sát, đánh giá mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính (TTHC) tại cơ quan hành chính nhà nước các cấp trên địa bàn tỉnh.",
    ["8.1", "SIPAS.1", "3.5"], ["1.1"], "hard negative 1.1: cites the 2021 CCHC plan")
doc("c30", "https://ls1.hethongphapluat.com/quyet-dinh-755-qd-ubnd-nam-2020-ve-ke-hoach-khao-sat-dieu-tra-xa-hoi-hoc-doc-lap-lay-y-kien-do-luong-su-hai-long", "Bình Thuận", "",
    "ỦY BAN NHÂN DÂN | " + H + "Số: 755/QĐ-UBND | Bình Thuận, ngày 01 tháng 4 năm 2020 |\nQUYẾT ĐỊNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\nCăn cứ Quyết định số 2640/QĐ-BNV ngày 10 tháng 10 năm 2017 của Bộ Nội vụ phê duyệt Đề án Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2017 - 2020;\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch khảo sát, điều tra xã hội học độc lập lấy ý kiến đo lường sự hài lòng của tổ chức, cá nhân đối với sự phục vụ của các cơ quan hành chính nhà nước trong giải quyết thủ tục hành chính giai đoạn 2016 - 2020 trên địa bàn tỉnh Bình Thuận.",
    ["8.1", "SIPAS.1"], ["3.3"])
doc("c31", "https://ls1.hethongphapluat.com/quyet-dinh-1813-qd-ubnd-nam-2019-phe-duyet-ke-hoach-do-luong-muc-do-hai-long", "Thái Nguyên", "",
    "ỦY BAN NHÂN DÂN | " + H + "Số: 1813/QĐ-UBND | Thái Nguyên, ngày 27 tháng 6 năm 2019 |\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\nCăn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016 -2020;\nĐiều 1. Phê duyệt kèm theo Quyết định này Kế hoạch đo lường mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính nhà nước các cấp trên địa bàn tỉnh Thái Nguyên, giai đoạn 2019 - 2020.",
    ["8.1", "SIPAS.1"], ["1.1"])
doc("c32", "https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=2&mabb=157260", "Bình Định", "Đo lường sự hài lòng đối với sự phục vụ của cơ quan hành chính nhà nước năm 2020: Tổ chức công bố kết quả hoàn thành trước ngày 31.12",
    "Ngày 12.10, UBND tỉnh ban hành Kế hoạch số 79/KH-UBND về khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2020 trên địa bàn tỉnh. Theo đó, phạm vi khảo sát trên tất cả các lĩnh vực có phát sinh giao dịch thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh.",
    ["8.1", "SIPAS.1"], ["3.3", "1.3"], "hard negative 3.3: names the one-stop centre")
doc("c33", "https://phapluatcongdong.vn/van-ban/quyet-dinh-22-2011-qd-ubnd-ban-hanh-tinh-tay-ninh-nam-2011-p264506.htm", "Tây Ninh", "Quyết định 22/2011/QĐ-UBND quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tây Ninh",
    "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\n" + H + "Số: 22/2011/QĐ-UBND\nTây Ninh, ngày 04 tháng 7 năm 2011\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NỘI VỤ TÂY NINH\nCHỦ TỊCH ỦY BAN NHÂN DÂN\nCăn cứ Nghị định số 13/2008/NĐ-CP ngày 04 tháng 02 năm 2008 của Chính phủ Quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh;",
    ["4.1"], ["5.1"])
doc("c34", "https://luatminhkhue.vn/quyet-dinh-46-2013-qd-ubnd-ve-chuc-nang--nhiem-vu--quyen-han-va-co-cau-to-chuc-cua-so-noi-vu-tay-ninh.aspx", "Tây Ninh", "",
    "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\n" + H + "Số: 46/2013/QĐ-UBND\nTây Ninh, ngày 31 tháng 10 năm 2013\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NỘI VỤ TÂY NINH\nCăn cứ Nghị định số 55/2011/NĐ-CP ngày 04 tháng 7 năm 2011 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và tổ chức bộ máy của tổ chức pháp chế;",
    ["4.1"], ["2.1"])
doc("c35", "https://luatminhkhue.vn/quyet-dinh-16-2008-qd-ubnd-chuc-nang-nhiem-vu-quyen-han-co-cau-to-chuc-so-noi-vu-quang-tri.aspx", "Quảng Trị", "",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n" + H + "Số: 16/2008/QĐ-UBND\nĐông Hà, ngày 01 tháng 7 năm 2008\nQUYẾT ĐỊNH\nV/V BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NỘI VỤ\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Nghị định số 13/2008/NĐ-CP ngày 04 tháng 02 năm 2008 của Chính phủ;",
    ["4.1"], [])
doc("c36", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-34-2024-QD-UBND-phan-cap-quan-ly-to-chuc-bo-may-vi-tri-viec-lam-Binh-Thuan-627513.aspx", "Bình Thuận", "",
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\n" + H + "Số: 34/2024/QĐ-UBND\nBình Thuận, ngày 11 tháng 10 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ TỔ CHỨC BỘ MÁY, VỊ TRÍ VIỆC LÀM VÀ CÔNG CHỨC, VIÊN CHỨC THUỘC ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\nCăn cứ Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ;\nCăn cứ Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập;",
    ["4.1", "4.3"], ["6.3", "5.1"])
doc("c37", "https://ls1.hethongphapluat.com/quyet-dinh-1278-qd-ubnd-ve-ke-hoach-thi-tuyen-cong-chuc-khoi-hanh-chinh-nha-nuoc-tinh-lam-dong-nam-2018.html", "Lâm Đồng", "",
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n" + H + "Số: 1278/QĐ-UBND\nLâm Đồng, ngày 26 tháng 6 năm 2018\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH THI TUYỂN CÔNG CHỨC KHỐI HÀNH CHÍNH NHÀ NƯỚC TỈNH LÂM ĐỒNG NĂM 2018\nCăn cứ Nghị định số 24/2010/NĐ-CP ngày 15 tháng 3 năm 2010 của Chính phủ Quy định về tuyển dụng, sử dụng và quản lý công chức;\nXét đề nghị của Giám đốc Sở Nội vụ,",
    ["5.2"], ["5.4", "1.1"])
doc("c38", "https://tuyencongchuc.vn/thong-bao/so-noi-vu-tinh-bac-giang-tuyen-dung-cong-chuc-vien-chuc-nam-2023", "Bắc Giang", "Sở Nội vụ tỉnh Bắc Giang tuyển dụng công chức, viên chức năm 2023",
    "Sở Nội vụ tỉnh Bắc Giang thông báo thi tuyển công chức, xét tuyển viên chức năm 2023, cụ thể như sau: PHẦN I. THI TUYỂN CÔNG CHỨC. Là công dân Việt Nam, thường trú tại tỉnh Bắc Giang trước ngày ban hành kế hoạch tuyển dụng công chức năm 2023; có văn bằng chuyên môn đúng với yêu cầu của vị trí việc làm cần tuyển dụng.",
    ["5.2"], ["5.1"], "hard negative 5.1: names vị trí việc làm")
doc("c39", "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-65-2024-QD-UBND-tieu-chuan-chuc-danh-cong-chuc-vien-chuc-lanh-dao-Tien-Giang-629447.aspx?tab=3", "Tiền Giang", "",
    "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\n" + H + "Số: 65/2024/QĐ-UBND\nTiền Giang, ngày 29 tháng 10 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH TIÊU CHUẨN CHỨC DANH CÔNG CHỨC, VIÊN CHỨC LÃNH ĐẠO, QUẢN LÝ TRÊN ĐỊA BÀN TỈNH TIỀN GIANG\nCăn cứ Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý viên chức;\nCăn cứ Nghị định số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức;",
    ["5.2"], ["2.1"])
doc("c40", "https://luatminhkhue.vn/quyet-dinh-837-qd-ubnd-nam-2011-ve-ke-hoach-dao-tao--boi-duong-can-bo--cong-chuc-tinh-gia-lai", "Gia Lai", "",
    "ỦY BAN NHÂN DÂN TỈNH GIA LAI\n" + H + "Số: 837/QĐ-UBND\nGia Lai, ngày 16 tháng 12 năm 2011\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC TỈNH GIA LAI GIAI ĐOẠN 2011 - 2015\nCăn cứ Nghị định số 18/2010/NĐ-CP ngày 05/3/2010 của Chính phủ về đào tạo, bồi dưỡng công chức;",
    ["5.4"], ["5.2", "1.1"])
doc("c41", "https://stp.binhdinh.gov.vn/hoat-dong-cai-cach-hanh-chinh/ke-hoach-dao-tao-boi-duong-nang-cao-chat-luong-doi-ngu-can-bo-cong-chuc-vien-chuc-giai-doan-2023-2025-dinh-huong-den-nam-2030-3491.html", "Bình Định", "Kế hoạch đào tạo, bồi dưỡng nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức giai đoạn 2023 - 2025, định hướng đến năm 2030",
    "Theo đó, Kế hoạch tập trung đào tạo, bồi dưỡng nâng cao chất lượng cán bộ, công chức, viên chức theo một số lĩnh vực như: bồi dưỡng nâng cao kiến thức, kỹ năng, quản lý nhà nước, thực thi công vụ gắn với chuyển đổi số đối với cán bộ, công chức.",
    ["5.4"], ["5.2", "7.1"], "hard negative 7.1: 'gắn với chuyển đổi số'")
doc("c42", "https://hethongphapluat.com/ke-hoach-59-kh-ubnd-nam-2020-ve-thuc-hien-de-an-chuong-trinh-quoc-gia-ve-hoc-tap-ngoai-ngu-cho-can-bo-cong-chuc-vien-chuc-giai-doan-2019-2030-tren-dia-ban-tinh-binh-dinh.html", "Bình Định", "",
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n" + H + "Số: 59/KH-UBND\nBình Định, ngày 14 tháng 08 năm 2020\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN ĐỀ ÁN “CHƯƠNG TRÌNH QUỐC GIA VỀ HỌC TẬP NGOẠI NGỮ CHO CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC GIAI ĐOẠN 2019 - 2030” TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH\nViệc đào tạo, bồi dưỡng nâng cao năng lực ngoại ngữ cho cán bộ, công chức, viên chức bảo đảm phù hợp với nhu cầu thực tế của cơ quan, đơn vị.",
    ["5.4"], ["5.2"])
doc("c43", "https://sao.baophapluat.vn/tin-tuc/chi-tiet/vinh-long-dao-tao-boi-duong-can-bo-cong-chuc-vien-chuc-13975/", "Vĩnh Long", "Vĩnh Long đào tạo, bồi dưỡng cán bộ công chức, viên chức",
    "Ngày 10/11, Ủy ban nhân dân tỉnh Vĩnh Long đã công bố Quyết định của Chủ tịch UBND tỉnh về việc ban hành “Kế hoạch đào tạo, bồi dưỡng cán bộ công chức, viên chức trên địa bàn tỉnh Vĩnh Long giai đoạn 2021- 2025”. Căn cứ Quyết định số 163/QĐ-TTg năm 2016 của Thủ tướng Chính phủ phê duyệt Đề án đào tạo, bồi dưỡng cán bộ, công chức, viên chức giai đoạn 2016- 2025.",
    ["5.4"], [])
doc("c44", "http://sxdthanhhoa.gov.vn/Detail.aspx?NewsID=c0df7e73-f43e-434f-bdc2-fdaf32c873b4", "Thanh Hóa", "Chỉ thị tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước.",
    "Ngày 01/01/2021, Chủ tịch UBND tỉnh ban hành Chỉ thị số 01/CT-UBND về việc tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Thanh Hóa. Những hạn chế, yếu kém đã ảnh hưởng không nhỏ đến kỷ luật, kỷ cương hành chính, làm suy giảm lòng tin của tổ chức, công dân và ảnh hưởng đến các chỉ số đánh giá năng lực cạnh tranh của tỉnh.",
    ["5.6"], ["1.1", "8.2"], "hard negative 8.2: names the competitiveness indices")
doc("c45", "http://baoquangnam.vn/cai-cach-hanh-chinh/tang-cuong-ky-luat-ky-cuong-trong-cac-co-quan-hanh-chinh-nha-nuoc-42460.html", "Quảng Nam", "Tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước",
    "Chủ tịch UBND tỉnh vừa ban hành Chỉ thị số 26/CT-UBND về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước. Chỉ thị yêu cầu thủ trưởng các sở, ban, ngành triển khai Chỉ thị số 26/CT-TTg ngày 5.9.2016 của Thủ tướng Chính phủ; chịu trách nhiệm trước Chủ tịch UBND tỉnh về đánh giá sự hài lòng của người dân và doanh nghiệp.",
    ["5.6"], ["8.1"], "hard negative 8.1: mentions satisfaction")
doc("c46", "https://vpubnd.quangnam.gov.vn/webcenter/portal/vpubnd/pages_tin-tuc/chi-tiet-tin?dDocName=PORTAL502642", "Quảng Nam", "Tăng cường chấp hành kỷ luật, kỷ cương hành chính nhà nước",
    "Chủ tịch UBND tỉnh Lê Trí Thanh vừa ký ban hành Công văn số 2577/UBND-NCKS ngày 27/4/2023 về việc tăng cường chấp hành kỷ luật, kỷ cương hành chính nhà nước. UBND tỉnh đã chú trọng nâng cao kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm của cán bộ, công chức, viên chức, đặc biệt là người đứng đầu cơ quan, đơn vị.",
    ["5.6"], ["1.5"])
doc("c47", "https://hethongphapluat.com/quyet-dinh-42-2018-qd-ubnd-quy-dinh-ve-phan-cap-quan-ly-tai-san-cong-tai-co-quan-to-chuc-don-vi-thuoc-pham-vi-quan-ly-cua-dia-phuong-tren-dia-ban-tinh-thua-thien-hue.html", "Thừa Thiên Huế", "",
    "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n" + H + "Số: 42/2018/QĐ-UBND\nThừa Thiên Huế, ngày 08 tháng 8 năm 2018\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP QUẢN LÝ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA ĐỊA PHƯƠNG TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ\nCăn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 ngày 21 tháng 6 năm 2017;\nCăn cứ Nghị định số 151/2017/NĐ-CP ngày 26 tháng 12 năm 2017 của Chính phủ;",
    ["6.3"], ["4.3"], "hard negative 4.3: 'phân cấp'")
doc("c48", "https://vcsvietnam.com/chitiettin?Id=485", None, "Những điểm mới về cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập",
    "Ngày 21 tháng 06 năm 2021 Chính phủ đã ban hành Nghị định số 60/2021/NĐ-CP quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập và có hiệu lực thi hành từ ngày 15 tháng 08 năm 2021. Trong bài viết này, VCS Việt Nam sẽ nêu một số điểm mới về cơ chế tự chủ tài chính.",
    [], ["6.2"], "a consultancy article on the decree, not a provincial document")
doc("c49", "https://hethongphapluat.vn/quyet-dinh-383-qd-ubnd-nam-2017-ve-phe-duyet-kien-truc-chinh-quyen-dien-tu-tinh-thua-thien-hue.html", "Thừa Thiên Huế", "",
    "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n" + H + "Số: 383/QĐ-UBND\nThừa Thiên Huế, ngày 27 tháng 02 năm 2017\nQUYẾT ĐỊNH\nPHÊ DUYỆT KIẾN TRÚC CHÍNH QUYỀN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ\nCăn cứ Nghị quyết 36a/NQ-CP ngày 14 tháng 10 năm 2015 của Chính phủ về Chính phủ điện tử;\nCăn cứ Quyết định số 1819/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2016-2020;",
    ["7.1"], ["7.3"])
doc("c50", "https://uat.nhansu.vn/van-ban-phap-luat/Quyet-dinh-503-QD-UBND-2017-Kien-truc-chinh-quyen-dien-tu-Bac-Giang-phien-ban-1-0-446255.html", "Bắc Giang", "Quyết định 503/QĐ-UBND năm 2017 phê duyệt Kiến trúc chính quyền điện tử tỉnh Bắc Giang, phiên bản 1.0",
    "| Cơ quan ban hành | Tỉnh Bắc Giang |\nỦY BAN NHÂN DÂN |\n" + H + "Số: 503/QĐ-UBND |\nBắc Giang, ngày 30 tháng 3 năm 2017 |\nVỀ VIỆC PHÊ DUYỆT KIẾN TRÚC CHÍNH QUYỀN ĐIỆN TỬ TỈNH BẮC GIANG, PHIÊN BẢN 1.0.\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nCăn cứ Luật giao dịch điện tử ngày 29/11/2015;",
    ["7.1"], ["7.2"])
doc("c51", "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-1964-QD-UBND-2023-quan-ly-Nen-tang-tich-hop-chia-se-du-lieu-LGSP-Ha-Giang-583001.aspx", "Hà Giang", "",
    "Số hiệu: 1964/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Hà Giang\nỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n" + H + "Số: 1964/QĐ-UBND\nHà Giang, ngày 13 tháng 10 năm 2023\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC NỀN TẢNG TÍCH HỢP, CHIA SẺ DỮ LIỆU (LGSP) TỈNH HÀ GIANG\nCăn cứ Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ về việc quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước;",
    ["7.1"], ["7.3"])
dev("c52", "dev-007", ["7.3"], ["3.3"], "online public services plan; names the one-stop decree")
dev("c53", "dev-006", ["7.1", "DTI.1"], ["1.4"])
dev("c54", "dev-010", ["7.1", "DTI.1"], ["1.1"])
dev("c55", "dev-001", ["1.1"], ["1.3", "5.1"], "annual CCHC plan for 2014; names vị trí việc làm")
dev("c56", "dev-005", ["PCI.1", "PAPI.1"], ["1.1"])
dev("c57", "dev-018", ["PAPI.1"], ["1.1"])
dev("c58", "dev-023", ["SIPAS.2", "8.1"], ["SIPAS.1"])
dev("c59", "dev-024", [], ["1.7", "1.1"], "the ministry's 876 decision reposted: not a province's evidence")
dev("c60", "dev-015", ["DTI.1", "7.1"], [])

if __name__ == "__main__":
    out = Path(__file__).with_name("docs.jsonl")
    devset = {}
    for line in (Path(__file__).parents[1] / "devset" / "cases.jsonl").open(encoding="utf-8"):
        c = json.loads(line)
        devset[c["id"]] = c
    for d in D:                      # embed the devset text so later devset edits cannot move the numbers
        if "devset" in d:
            c = devset[d["devset"]]
            d.update(source_url=c["source_url"], province=c.get("province"), title="", text=c["text"])
    with out.open("w", encoding="utf-8") as f:
        for d in D:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(D)} documents, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs -> {out}")
