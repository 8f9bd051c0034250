"""Articles the simulated portals publish: reform news and plans (on-topic) and the ordinary
provincial news around them (off-topic). Written for parwatch in the style of provincial portals;
document numbers, names and figures are invented. The five devset seed texts are loaded from
data/seeds (see data/README.md)."""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources


@dataclass
class Article:
    id: int
    site: str                 # tiengiang (Liferay) | baclieu (SharePoint) | quangtri (NukeViet)
    section: str              # cai-cach-hanh-chinh | tin-tuc-su-kien | van-hoa-the-thao
    title: str
    date: str                 # "dd/mm/yyyy HH:MM" (the portal's posting date)
    body: list[str]
    author: str = ""
    files: list[str] = field(default_factory=list)   # attachment kinds, see server.FILE_KINDS
    topic: str = "reform"     # reform | offtopic
    version: int = 1


R = "cai-cach-hanh-chinh"
N = "tin-tuc-su-kien"
V = "van-hoa-the-thao"

# (site, section, title, date, author, files, body paragraphs)
REFORM = [
    ("tiengiang", R, "UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2024", "28/12/2023 08:15", "Minh Thư",
     ["pdf"],
     ["Ngày 26/12/2023, Ủy ban nhân dân tỉnh Tiền Giang ban hành Kế hoạch số 412/KH-UBND về cải cách hành chính năm 2024.",
      "Kế hoạch đặt mục tiêu Chỉ số cải cách hành chính (PAR INDEX) của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước; "
      "Chỉ số hài lòng của người dân, tổ chức (SIPAS) đạt trên 85%.",
      "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt tối thiểu 50%; 100% kết quả giải quyết "
      "thủ tục hành chính được số hóa theo quy định.",
      "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp báo cáo kết quả thực hiện hằng quý."]),
    ("tiengiang", R, "Công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND cấp huyện", "14/03/2024 15:40",
     "Hoàng Nam", ["scan"],
     ["Ngày 12/3/2024, Chủ tịch UBND tỉnh ký Quyết định số 611/QĐ-UBND công bố Chỉ số cải cách hành chính năm 2023 của các sở, "
      "ban, ngành tỉnh và UBND các huyện, thị xã, thành phố.",
      "Khối sở, ban, ngành có Sở Tư pháp dẫn đầu với 91,25 điểm; khối huyện có UBND thành phố Mỹ Tho đạt 89,7 điểm.",
      "Chủ tịch UBND tỉnh yêu cầu người đứng đầu các cơ quan có chỉ số thấp phải xây dựng kế hoạch khắc phục, báo cáo trước ngày 30/4/2024."]),
    ("tiengiang", R, "Hội nghị phân tích, đánh giá kết quả Chỉ số PAR INDEX, SIPAS và PAPI năm 2023", "22/08/2024 10:05",
     "Ngọc Hân", [],
     ["Sáng 21/8, UBND tỉnh tổ chức hội nghị phân tích kết quả Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng (SIPAS) "
      "và Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023.",
      "Năm 2023, PAR INDEX của tỉnh đạt 86,12%, tăng 7 bậc so với năm 2022; SIPAS đạt 82,4%; PAPI xếp nhóm trung bình cao.",
      "Các chỉ số thành phần về hiện đại hóa hành chính và cải cách tổ chức bộ máy còn thấp, cần có giải pháp khắc phục trong năm 2024."]),
    ("tiengiang", R, "Tiền Giang đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình", "05/06/2024 09:30", "Thanh Tâm",
     ["docx"],
     ["Thực hiện Kế hoạch số 155/KH-UBND ngày 20/4/2024 của UBND tỉnh về chuyển đổi số năm 2024, đến nay tỉnh đã cung cấp 1.102 "
      "dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.",
      "Mục tiêu đến cuối năm 2024, tỷ lệ hồ sơ nộp trực tuyến đạt 60% và 100% hồ sơ được luân chuyển, xử lý trên Hệ thống thông tin "
      "giải quyết thủ tục hành chính tỉnh.",
      "Trung tâm Phục vụ hành chính công tỉnh bố trí nhân viên hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID."]),
    ("tiengiang", N, "Kế hoạch số 98/KH-UBND về nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "18/04/2024 14:20",
     "Bảo Ngọc", ["doc"],
     ["UBND tỉnh vừa ban hành Kế hoạch số 98/KH-UBND ngày 15/4/2024 về cải thiện môi trường đầu tư kinh doanh, nâng cao Chỉ số năng "
      "lực cạnh tranh cấp tỉnh (PCI) giai đoạn 2024 - 2025.",
      "Tỉnh phấn đấu chỉ số PCI thuộc nhóm 30 tỉnh, thành phố có điểm số cao nhất cả nước; rút ngắn 30% thời gian giải quyết thủ tục "
      "hành chính liên quan đến doanh nghiệp.",
      "Các sở, ngành được giao cụ thể hóa nhiệm vụ, tổ chức đối thoại định kỳ với doanh nghiệp mỗi quý một lần."]),
    ("tiengiang", N, "Sở Nội vụ kiểm tra công tác cải cách hành chính tại huyện Chợ Gạo", "11/07/2024 16:00", "Phòng CCHC",
     [],
     ["Ngày 10/7/2024, Đoàn kiểm tra công tác cải cách hành chính của tỉnh do Phó Giám đốc Sở Nội vụ làm trưởng đoàn đã kiểm tra "
      "tại UBND huyện Chợ Gạo theo Kế hoạch số 201/KH-SNV.",
      "Đoàn kiểm tra việc niêm yết công khai thủ tục hành chính, hoạt động của Bộ phận một cửa và việc số hóa hồ sơ, kết quả giải quyết.",
      "Đoàn đề nghị huyện khắc phục tình trạng hồ sơ trễ hạn và tăng tỷ lệ thanh toán trực tuyến phí, lệ phí."]),
    ("tiengiang", R, "Triển khai Đề án 06 gắn với cải cách thủ tục hành chính", "02/02/2024 07:45", "Minh Thư", [],
     ["UBND tỉnh ban hành Kế hoạch số 34/KH-UBND triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực "
      "điện tử (Đề án 06) năm 2024.",
      "Kế hoạch yêu cầu tái cấu trúc quy trình, cắt giảm giấy tờ đối với 25 nhóm thủ tục hành chính thiết yếu, kết nối Cơ sở dữ liệu "
      "quốc gia về dân cư với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."]),
    ("baclieu", R, "Bạc Liêu ban hành Kế hoạch đo lường sự hài lòng (SIPAS) năm 2024", "15/03/2024 10:10", "Lê Tâm",
     ["pdf", "tcvn3"],
     ["Chủ tịch UBND tỉnh Bạc Liêu vừa ký ban hành Kế hoạch số 118/KH-UBND ngày 12/3/2024 về đo lường sự hài lòng của người dân, "
      "tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024.",
      "Việc khảo sát được thực hiện bằng phiếu giấy và phiếu điện tử tại Trung tâm Phục vụ hành chính công và Bộ phận một cửa các cấp.",
      "Kết quả đo lường là căn cứ để đánh giá, xếp hạng Chỉ số cải cách hành chính của các cơ quan, địa phương."]),
    ("baclieu", R, "Kết quả Chỉ số cải cách hành chính năm 2023 của tỉnh Bạc Liêu", "20/05/2024 08:50", "Hữu Phước", [],
     ["Theo Quyết định số 1195/QĐ-BNV của Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023, tỉnh Bạc Liêu đạt 85,36%, "
      "xếp thứ 34/63 tỉnh, thành phố.",
      "Chỉ số SIPAS năm 2023 của tỉnh đạt 80,15%; chỉ số thành phần cải cách thủ tục hành chính tăng mạnh so với năm trước.",
      "UBND tỉnh giao Sở Nội vụ tham mưu kế hoạch khắc phục hạn chế, phấn đấu năm 2024 tăng ít nhất 5 bậc."]),
    ("baclieu", R, "Quyết định ban hành Bộ tiêu chí xác định Chỉ số cải cách hành chính cấp huyện", "09/01/2024 15:15",
     "Văn phòng UBND tỉnh", ["doc"],
     ["Ngày 05/01/2024, UBND tỉnh Bạc Liêu ban hành Quyết định số 27/QĐ-UBND về Bộ tiêu chí xác định Chỉ số cải cách hành chính "
      "của UBND các huyện, thị xã, thành phố.",
      "Bộ tiêu chí gồm 8 lĩnh vực, 36 tiêu chí và 82 tiêu chí thành phần với thang điểm 100; kết quả được công bố trong quý I năm sau."]),
    ("baclieu", N, "Bạc Liêu đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính", "26/06/2024 09:00", "Lê Tâm",
     ["docx"],
     ["Thực hiện Kế hoạch số 77/KH-UBND về chuyển đổi số năm 2024, tỉnh đã tích hợp 1.350 thủ tục hành chính lên Cổng Dịch vụ công quốc gia.",
      "Tỷ lệ hồ sơ trực tuyến trong 6 tháng đầu năm đạt 48,6%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 91%.",
      "Mục tiêu đến cuối năm, 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình."]),
    ("baclieu", N, "Thông báo kết luận của Chủ tịch UBND tỉnh tại cuộc họp về cải cách hành chính quý II", "08/07/2024 17:05",
     "Văn phòng UBND tỉnh", [],
     ["Văn phòng UBND tỉnh ban hành Thông báo số 145/TB-VP ngày 05/7/2024 kết luận của Chủ tịch UBND tỉnh tại cuộc họp đánh giá "
      "công tác cải cách hành chính quý II năm 2024.",
      "Chủ tịch UBND tỉnh yêu cầu các sở, ngành chấm dứt tình trạng hồ sơ giải quyết trễ hạn, xin lỗi người dân khi để trễ hẹn và "
      "công khai kết quả đánh giá chỉ số phục vụ người dân, doanh nghiệp."]),
    ("baclieu", R, "Tập huấn nghiệp vụ cải cách hành chính và kiểm soát thủ tục hành chính năm 2024", "12/09/2024 14:00",
     "Hữu Phước", ["cp1258"],
     ["Sở Nội vụ phối hợp Văn phòng UBND tỉnh tổ chức lớp tập huấn nghiệp vụ cải cách hành chính cho 250 công chức làm công tác "
      "cải cách hành chính, kiểm soát thủ tục hành chính.",
      "Học viên được hướng dẫn cách thu thập tài liệu kiểm chứng cho Chỉ số PAR INDEX và cách sử dụng phần mềm chấm điểm trực tuyến."]),
    ("baclieu", R, "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính trong giải quyết thủ tục hành chính", "03/04/2023 08:00",
     "Văn phòng UBND tỉnh", [],
     ["Chủ tịch UBND tỉnh ban hành Chỉ thị số 04/CT-UBND ngày 31/3/2023 về tăng cường kỷ luật, kỷ cương hành chính trong giải quyết "
      "thủ tục hành chính, dịch vụ công trực tuyến.",
      "Chỉ thị yêu cầu người đứng đầu chịu trách nhiệm khi để xảy ra nhũng nhiễu, tiêu cực; kết quả thực hiện được tính vào Chỉ số "
      "cải cách hành chính của cơ quan."]),
    ("quangtri", R, "Quảng Trị ban hành Kế hoạch cải cách hành chính năm 2024", "30/12/2023 16:30", "Sở Nội vụ",
     ["pdf", "xlsx"],
     ["UBND tỉnh Quảng Trị ban hành Kế hoạch số 260/KH-UBND ngày 28/12/2023 về cải cách hành chính nhà nước năm 2024.",
      "Kế hoạch xác định 6 nhóm nhiệm vụ: cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy, cải cách chế độ "
      "công vụ, cải cách tài chính công và xây dựng chính quyền điện tử, chính quyền số.",
      "Tỉnh phấn đấu Chỉ số PAR INDEX, SIPAS và PAPI năm 2024 đều tăng hạng so với năm 2023."]),
    ("quangtri", R, "Công bố Chỉ số cải cách hành chính các sở, ngành, địa phương năm 2023", "18/03/2024 09:20", "Sở Nội vụ",
     ["scan"],
     ["UBND tỉnh ban hành Quyết định số 2468/QĐ-UBND công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành cấp tỉnh và "
      "UBND các huyện, thị xã, thành phố.",
      "Sở Tư pháp, Sở Kế hoạch và Đầu tư và UBND huyện Hải Lăng dẫn đầu; một số đơn vị giảm điểm ở tiêu chí hiện đại hóa hành chính."]),
    ("quangtri", N, "Nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) giai đoạn 2024 - 2026", "25/04/2024 10:45",
     "Văn phòng UBND tỉnh", [],
     ["UBND tỉnh vừa ban hành Kế hoạch số 72/KH-UBND về nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) "
      "giai đoạn 2024 - 2026.",
      "Kế hoạch đề ra mục tiêu đến năm 2026 Chỉ số PAPI của tỉnh thuộc nhóm cao nhất cả nước; nâng cao công khai, minh bạch và trách "
      "nhiệm giải trình với người dân."]),
    ("quangtri", N, "Đối thoại với doanh nghiệp về thủ tục hành chính và Chỉ số PCI", "14/05/2024 15:30", "Trung tâm XTĐT",
     [],
     ["Chiều 13/5, UBND tỉnh tổ chức hội nghị đối thoại với doanh nghiệp về tháo gỡ khó khăn trong thủ tục hành chính, cải thiện "
      "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).",
      "Doanh nghiệp phản ánh thời gian giải quyết thủ tục đất đai, xây dựng còn kéo dài; các sở, ngành đã giải đáp 27 ý kiến tại hội nghị."]),
    ("quangtri", R, "Hướng dẫn thu thập tài liệu kiểm chứng Chỉ số cải cách hành chính năm 2024", "03/10/2024 08:40", "Sở Nội vụ",
     ["docx"],
     ["Sở Nội vụ ban hành Hướng dẫn số 15/HD-SNV về thu thập, cung cấp tài liệu kiểm chứng phục vụ xác định Chỉ số cải cách hành "
      "chính năm 2024.",
      "Các cơ quan, đơn vị gửi báo cáo tự đánh giá, chấm điểm kèm tài liệu kiểm chứng qua phần mềm trước ngày 15/12/2024."]),
    ("quangtri", R, "Đẩy mạnh thanh toán trực tuyến trong giải quyết thủ tục hành chính", "19/08/2024 07:55", "Sở TT&TT", [],
     ["Thực hiện Kế hoạch số 130/KH-UBND về chuyển đổi số năm 2024, tỉnh yêu cầu các cơ quan tăng tỷ lệ thanh toán trực tuyến phí, "
      "lệ phí thủ tục hành chính lên tối thiểu 45%.",
      "Hiện tỉnh có 814 dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt 52,3%."]),
    ("quangtri", R, "Kế hoạch kiểm tra công tác cải cách hành chính năm 2024", "22/02/2024 14:10", "Sở Nội vụ", ["doc"],
     ["UBND tỉnh ban hành Kế hoạch số 41/KH-UBND về kiểm tra công tác cải cách hành chính năm 2024 tại 12 sở, ngành và 10 huyện.",
      "Nội dung kiểm tra gồm việc ban hành kế hoạch cải cách hành chính, tình hình giải quyết hồ sơ, hoạt động Bộ phận một cửa và "
      "việc khắc phục hạn chế sau đánh giá Chỉ số PAR INDEX năm trước."]),
    ("quangtri", N, "Trung tâm Phục vụ hành chính công tỉnh đón nhận Bằng khen", "27/11/2024 11:20", "Thu Hà", [],
     ["Trung tâm Phục vụ hành chính công tỉnh vinh dự đón nhận Bằng khen của Bộ trưởng Bộ Nội vụ vì thành tích xuất sắc trong công "
      "tác cải cách hành chính giai đoạn 2021 - 2024.",
      "Năm 2024, Trung tâm tiếp nhận 68.450 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,6%, không có phản ánh, kiến nghị về thái độ phục vụ."]),
    ("tiengiang", R, "Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2025 sau sắp xếp đơn vị hành chính", "10/07/2025 09:00",
     "Minh Thư", [],
     ["Sáng 9/7/2025, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2025 sau khi sắp xếp đơn vị hành chính "
      "và tổ chức chính quyền địa phương hai cấp.",
      "Các xã, phường mới được yêu cầu bảo đảm tiếp nhận, giải quyết thủ tục hành chính thông suốt, không để gián đoạn dịch vụ công trực tuyến."]),
    ("baclieu", R, "Kế hoạch tuyên truyền cải cách hành chính năm 2024", "16/01/2024 10:00", "Sở Nội vụ", [],
     ["UBND tỉnh ban hành Kế hoạch số 09/KH-UBND về tuyên truyền cải cách hành chính năm 2024.",
      "Nội dung tuyên truyền tập trung vào dịch vụ công trực tuyến, Chỉ số SIPAS, PAR INDEX và các mô hình, sáng kiến cải cách hành "
      "chính hay; kinh phí thực hiện từ ngân sách tỉnh."]),
    ("tiengiang", N, "Sở Tư pháp dẫn đầu Chỉ số cải cách hành chính khối sở, ngành", "16/03/2024 08:30", "Hoàng Nam", [],
     ["Theo kết quả công bố Chỉ số cải cách hành chính năm 2023, Sở Tư pháp tỉnh dẫn đầu khối sở, ban, ngành với 91,25 điểm.",
      "Sở đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình và đạt tỷ lệ hài lòng 98%."]),
]

OFFTOPIC = [
    ("tiengiang", V, "Khai mạc Lễ hội Trái cây Nam Bộ lần thứ X", "12/07/2024 19:30", "Hồng Nhung",
     ["Tối 11/7, tại Quảng trường trung tâm, Ban Tổ chức khai mạc Lễ hội Trái cây Nam Bộ lần thứ X với 300 gian hàng.",
      "Lễ hội kéo dài đến hết ngày 15/7 với các hoạt động trưng bày, thi mâm ngũ quả, ẩm thực và biểu diễn đờn ca tài tử."]),
    ("tiengiang", V, "Giải bóng đá thiếu niên tỉnh năm 2024 thu hút 24 đội", "03/06/2024 16:00", "Quốc Bảo",
     ["Giải bóng đá thiếu niên tỉnh năm 2024 khởi tranh tại Sân vận động tỉnh với 24 đội bóng từ các trường trung học cơ sở.",
      "Trận chung kết dự kiến diễn ra vào ngày 20/6; Ban Tổ chức trao cúp, huy chương và giải phong cách cho các đội xuất sắc."]),
    ("tiengiang", N, "Dự báo thời tiết: nắng nóng diện rộng, có nơi trên 36 độ", "22/04/2024 06:30", "Đài KTTV tỉnh",
     ["Do ảnh hưởng của vùng áp thấp nóng phía Tây, từ ngày 22 đến 25/4 trong tỉnh có nắng nóng diện rộng, nhiệt độ cao nhất 35 - 37 độ C.",
      "Người dân cần chủ động phòng chống say nắng, sử dụng nước tiết kiệm và theo dõi độ mặn trên các sông trước khi lấy nước tưới."]),
    ("tiengiang", R, "Hội thi đờn ca tài tử tỉnh lần thứ V", "18/09/2024 20:00", "Hồng Nhung",
     ["Hội thi đờn ca tài tử tỉnh lần thứ V quy tụ 150 nghệ nhân, diễn viên không chuyên đến từ 11 huyện, thị, thành.",
      "Ban Giám khảo trao 5 giải nhất, 10 giải nhì cho các tiết mục có chất lượng nghệ thuật cao."]),
    ("tiengiang", N, "Thu hoạch lúa Hè Thu đạt năng suất 6,2 tấn/ha", "08/08/2024 10:00", "Sở NN&PTNT",
     ["Đến nay, nông dân trong tỉnh đã thu hoạch 42.000 ha lúa Hè Thu, năng suất bình quân 6,2 tấn/ha.",
      "Giá lúa tươi tại ruộng dao động 7.200 - 7.600 đồng/kg, nông dân có lãi khoảng 40%."]),
    ("baclieu", V, "Festival Đờn ca tài tử quốc gia tại Bạc Liêu", "02/12/2024 21:00", "Hoàng Yến",
     ["Festival Đờn ca tài tử quốc gia lần thứ IV diễn ra tại Quảng trường Hùng Vương với sự tham gia của 21 tỉnh, thành phố phía Nam.",
      "Chương trình có lễ diễu hành, triển lãm ảnh và đêm nghệ thuật bên Nhà hát Cao Văn Lầu."]),
    ("baclieu", N, "Triều cường dâng cao, chủ động ứng phó sạt lở bờ biển", "15/10/2024 07:00", "Đài KTTV tỉnh",
     ["Theo Đài Khí tượng thủy văn tỉnh, đỉnh triều cường tại trạm Gành Hào đạt 3,65 m vào ngày 17/10, vượt báo động III.",
      "UBND các huyện ven biển được yêu cầu kiểm tra đê, kè và sẵn sàng di dời người dân ở khu vực nguy hiểm."]),
    ("baclieu", V, "Đội tuyển Bạc Liêu giành 3 huy chương vàng tại Giải vô địch Vovinam toàn quốc", "28/08/2024 18:40", "Quốc Bảo",
     ["Tại Giải vô địch Vovinam toàn quốc năm 2024, đội tuyển Bạc Liêu giành 3 huy chương vàng, 2 bạc và 4 đồng.",
      "Đây là thành tích cao nhất của đội từ trước đến nay ở giải đấu này."]),
    ("baclieu", R, "Khánh thành cầu Giá Rai nối hai bờ kênh Quản Lộ", "19/05/2024 11:00", "Minh Khoa",
     ["Cầu Giá Rai dài 230 m, rộng 12 m được khánh thành, rút ngắn thời gian đi lại giữa hai bờ kênh Quản Lộ - Phụng Hiệp.",
      "Công trình có tổng vốn đầu tư 168 tỷ đồng, thi công trong 18 tháng."]),
    ("quangtri", V, "Lễ hội Thống nhất non sông năm 2025", "30/04/2025 20:15", "Thu Hà",
     ["Tối 29/4, tại Di tích quốc gia đặc biệt Đôi bờ Hiền Lương - Bến Hải diễn ra Lễ hội Thống nhất non sông năm 2025.",
      "Hàng nghìn người dân và du khách tham dự chương trình nghệ thuật và lễ thượng cờ."]),
    ("quangtri", V, "Giải đua thuyền truyền thống trên sông Thạch Hãn", "02/09/2024 17:30", "Quốc Bảo",
     ["Nhân dịp Quốc khánh 2/9, Giải đua thuyền truyền thống trên sông Thạch Hãn thu hút 16 đội thuyền nam và nữ.",
      "Đội thuyền xã Triệu Phong đoạt giải nhất nội dung thuyền nam."]),
    ("quangtri", N, "Mưa lớn kéo dài, mực nước sông Thạch Hãn lên nhanh", "28/10/2024 05:45", "Đài KTTV tỉnh",
     ["Do ảnh hưởng của không khí lạnh kết hợp nhiễu động gió đông, từ ngày 27 đến 29/10 tỉnh có mưa to đến rất to, lượng mưa "
      "phổ biến 200 - 350 mm.",
      "Mực nước trên sông Thạch Hãn tại trạm Thạch Hãn lúc 5 giờ ngày 28/10 ở mức 4,85 m, trên báo động II."]),
    ("quangtri", R, "Phát triển vùng trồng cà phê Khe Sanh theo hướng hữu cơ", "11/03/2024 09:00", "Sở NN&PTNT",
     ["Huyện Hướng Hóa hiện có 5.100 ha cà phê, trong đó 300 ha được chứng nhận canh tác hữu cơ.",
      "Ngành nông nghiệp hướng dẫn nông dân ghi chép nhật ký sản xuất, truy xuất nguồn gốc để xuất khẩu."]),
    ("quangtri", V, "Khai trương Tuần lễ Văn hóa - Du lịch biển Cửa Tùng", "20/06/2024 19:00", "Hồng Nhung",
     ["Tuần lễ Văn hóa - Du lịch biển Cửa Tùng năm 2024 có các hoạt động thể thao bãi biển, ẩm thực và trình diễn áo dài.",
      "Dự kiến thu hút 50.000 lượt du khách trong tuần lễ."]),
    ("tiengiang", N, "Tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi", "09/09/2024 08:20", "Sở Y tế",
     ["Ngành y tế triển khai chiến dịch tiêm vắc xin sởi cho hơn 12.000 trẻ từ 1 đến 5 tuổi tại 172 trạm y tế xã, phường.",
      "Phụ huynh mang theo sổ tiêm chủng khi đưa trẻ đi tiêm."]),
]


def _load_seeds() -> list[tuple]:
    out = []
    for entry in sorted(resources.files("portal_sim").joinpath("data/seeds").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        head, body = entry.read_text(encoding="utf-8").split("---\n", 1)
        meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
        date = meta["date"]
        out.append((meta["site"], meta["section"], meta["title"], date, meta["author"],
                    [], [p for p in body.split("\n") if p.strip()]))
    return out


PROVINCES = ["Tiền Giang", "Bạc Liêu", "Quảng Trị", "Vĩnh Long", "Lạng Sơn", "Hà Tĩnh", "Đồng Tháp", "Cần Thơ"]
TOPICS = [
    ("Kế hoạch số {n}/KH-UBND về nâng cao Chỉ số cải cách hành chính năm {y} tỉnh {p}",
     "Ngày {d}/{m}/{y}, UBND tỉnh {p} ban hành Kế hoạch số {n}/KH-UBND về nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm {y}.",
     "Kế hoạch đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt {pct}% và Chỉ số SIPAS đạt trên {pct2}%."),
    ("Tỉnh {p} công bố kết quả Chỉ số hài lòng SIPAS năm {y}",
     "UBND tỉnh {p} ban hành Quyết định số {n}/QĐ-UBND ngày {d}/{m}/{y} công bố Chỉ số hài lòng của người dân (SIPAS) năm {y}.",
     "Chỉ số SIPAS toàn tỉnh đạt {pct2}%, trong đó {pct}% người được hỏi hài lòng với dịch vụ công trực tuyến."),
    ("{p} triển khai dịch vụ công trực tuyến toàn trình năm {y}",
     "Thực hiện Kế hoạch số {n}/KH-UBND ngày {d}/{m}/{y} về chuyển đổi số, tỉnh {p} cung cấp thêm dịch vụ công trực tuyến toàn trình.",
     "Mục tiêu năm {y}: tỷ lệ hồ sơ nộp trực tuyến đạt {pct}%, tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt {pct2}%."),
]
OFF_TOPICS = [
    ("Giải việt dã truyền thống tỉnh {p} lần thứ {n2}", "Giải việt dã thu hút {n} vận động viên tham gia trên cự ly 10 km.",
     "Ban Tổ chức trao giải cho các vận động viên về nhất ở từng lứa tuổi."),
    ("Thời tiết {p}: mưa rào và dông rải rác ngày {d}/{m}", "Dự báo trong ngày {d}/{m} có mưa rào và dông rải rác, nhiệt độ từ 25 đến 32 độ C.",
     "Người dân đề phòng lốc, sét và gió giật mạnh trong cơn dông."),
]


def generated(count: int, start_id: int) -> list[Article]:
    """Extra articles for scale > 1: reform news across provinces and years, with 1 in 5 off-topic."""
    sites = ["tiengiang", "baclieu", "quangtri"]
    out = []
    for i in range(count):
        p, y = PROVINCES[i % len(PROVINCES)], 2018 + (i // 3) % 8
        d, m, n = 1 + i % 28, 1 + (i * 7) % 12, 100 + i
        vals = dict(p=p, y=y, d=d, m=m, n=n, n2=1 + i % 30, pct=40 + i % 55, pct2=80 + i % 19)
        off = i % 5 == 4
        t, a, b = (OFF_TOPICS[i % 2] if off else TOPICS[i % 3])
        out.append(Article(
            id=start_id + i, site=sites[i % 3], section=(V if off else (R if i % 2 else N)),
            title=t.format(**vals), date=f"{d:02d}/{m:02d}/{y} {8 + i % 10:02d}:{(i * 13) % 60:02d}",
            body=[a.format(**vals), b.format(**vals)], author="Ban Biên tập",
            files=(["docx"] if (not off and i % 4 == 0) else []), topic="offtopic" if off else "reform"))
    return out


def base_articles() -> list[Article]:
    out: list[Article] = []
    for site, sec, title, date, author, files, body in _load_seeds() + REFORM:
        out.append(Article(id=len(out) + 1, site=site, section=sec, title=title, date=date, body=body,
                           author=author, files=list(files)))
    for site, sec, title, date, author, body in OFFTOPIC:
        out.append(Article(id=len(out) + 1, site=site, section=sec, title=title, date=date, body=body,
                           author=author, topic="offtopic"))
    return out


def all_articles(scale: int = 1) -> list[Article]:
    base = base_articles()
    if scale > 1:
        base += generated(len(base) * (scale - 1), start_id=len(base) + 1)
    return base
