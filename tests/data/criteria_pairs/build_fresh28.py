"""Writes fresh28.jsonl: a tenth set of fresh labelled pages (session 27, issue 15), a test set the mapping rules and
the shipped ranker were not written from; it is not in the trainer's loader and must stay out of it.
Source: pages of the extraction corpus's parts K1, K2 and K3 (`tests/data/corpus/part-K1.jsonl`, `part-K2.jsonl`,
`part-K3.jsonl`: K-001..K-051, K-101..K-202, texts from sites no older corpus part used; the pages the older draws used
are used up; never parts K4-K6, K-203 and later, or part I) whose URL is in none of the twelve older pair files (host
without `www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query), drawn by a seeded random sample, not by topic:
draw_fresh28.py shuffles the 151 such pages with `random.Random(2029)`, walks them in that order, keeps at most three
pages per site, skips pages whose excerpt shows neither title nor subject and second copies of an already kept or older
document, and ran to the pool's end with 151 kept pages (no page was skipped; the README says so). The corpus labels
targets, never criteria. The excerpt (title; the page's lead, or the official text's header, số, date and trích yếu,
about 450 characters) was cut from the corpus text by draw_fresh28.py, then read and labelled by hand, model-blind: no
mapper, ranker or extractor was run on any page before this file was committed with its labels. `corpus_id` names the
corpus page each line came from (its text is embedded here, so later corpus edits cannot move the numbers). Labels
follow the README's rules, "Overlapping criteria: one rule for all three files" and the fresh19-27 rules included. Run
it to regenerate fresh28.jsonl."""
import json
from pathlib import Path

D = []


def doc(id, corpus_id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note, "corpus_id": corpus_id})

doc('z001', 'K-151', 'https://baomoi.net.vn/ha-giang-gia-tri-san-xuat-nong-lam-nghiep-va-thuy-san-nam-2024-uoc-dat-gan-17-nghin-ty-dong-c51229162.epi',
    'Hà Giang', 'Hà Giang: Giá trị sản xuất nông, lâm nghiệp và thủy sản năm 2024 ước đạt gần 17 nghìn tỷ đồng',
    'Theo Ủy ban nhân dân (UBND) tỉnh Hà Giang, năm 2024, giá trị sản xuất nông, lâm nghiệp và thủy sản (theo giá hiện hành) ước đạt 16.996,4 tỷ đồng, tăng 9,48% so với cùng kỳ năm 2023. Trong đó: Lĩnh vực nông nghiệp ước đạt 15.175,02 tỷ đồng, tăng 9,89%; lâm nghiệp ước đạt 1.666,52 tỷ đồng, tăng 6,35%; thủy sản ước đạt 154,86 tỷ đồng, tăng 6,4%. 4/4 chỉ tiêu đều đạt và vượt kế hoạch đề ra, cụ thể:',
    [], ['8.2'], "the agriculture sector's 2024 results against its plan: one sector's figures")
doc('z002', 'K-190', 'https://nghean24h.vn/viet-nam-lot-top-10-diem-den-hap-dan-hang-dau-cho-sinh-vien-tot-nghiep-a718054.html',
    '', '',
    'Trải qua những thời điểm khó khăn, năm 2023, du lịch Việt Nam đã có sự phục hồi ngoạn mục, vượt chỉ tiêu đề khi ngành du lịch đón 12,6 triệu lượt khách quốc tế, vượt 57% so với mục tiêu ban đầu và đạt mục tiêu đã điều chỉnh (12-13 triệu lượt). Khách nội địa đạt 108 triệu lượt, vượt 6% so với kế hoạch năm 2023. Tổng thu từ du lịch ước đạt 678 nghìn tỷ đồng, vượt 4,3% so với kế hoạch năm 2023. Dự báo năm 2024 ngành du lịch đặt mục tiêu phấn đấu đón 17-18 triệu lượt khách quốc tế;',
    [], ['8.2'], "national tourism results and the sector's 2024 goal: national, one sector")
doc('z003', 'K-143', 'http://user.rgbet01.com/html/657a398968.html',
    'Hồ Chí Minh', '',
    'TP.HCM: Nâng chất tiêu chí môi trường chuẩn nông thôn mới_bang xh c1 Nhà cái uy tín2025-04-25 09:54:566799 UBND TP.HCM vừa triển khai Kế hoạch về đẩy mạnh thực hiện công tác bảo vệ môi trường,ângchấttiêuchímôitrườngchuẩnnôngthônmớbang xh c1 duy trì và nâng cao chất lượng tiêu chí môi trường trong Chương trình xây dựng nông thôn mới trên địa bàn thành phố giai đoạn 2017 - 2020. Theo đó đến năm 2020, TP.HCM phấn đấu tỷ lệ hộ sử dụng nước sạch theo quy chuẩn quốc gia đạt 100%;',
    [], ['8.2'], "a betting-site mirror of the city's plan on new-rural environment criteria 2017-2020: one sector's plan")
doc('z004', 'K-113', 'http://hiephoidoanhnghieplongan.vn/thong-tin-su-kien/lien-ket/18-chi-tieu-phat-trien-kt-xh-tinh-long-an-nam-2024',
    'Long An', '18 chỉ tiêu phát triển KT-XH tỉnh Long An năm 2024',
    'Năm 2024 là năm có vai trò quyết định, tạo lực để tăng tốc phấn đấu hoàn thành thắng lợi trong triển khai thực hiện Nghị quyết Đại hội XI Đảng bộ tỉnh Long An và Đại hội XIII của Đảng. Trên cơ sở phân tích, đánh giá tình hình, nhận định các thuận lợi, khó khăn, cơ hội, thách thức cũng như kế thừa, phát huy truyền thống lịch sử và những kết quả tích cực đạt được, cùng với tinh thần đoàn kết, thống nhất, nỗ lực, quyết tâm cao nhất, Tỉnh ủy thống nhất xác định 18 chỉ tiêu chủ yếu trong năm 2024. Nguồn:',
    ['8.2'], ['6.1'], "the provincial party committee fixing the 18 main socio-economic indicators of 2024: the year's plan, 8.2 (s048: the forum does not decide)")
doc('z005', 'K-138', 'https://hethongphapluat.vn/ke-hoach-1479-kh-ubnd-nam-2022-ve-phong-chong-suy-dinh-duong-thap-coi-o-tre-em-duoi-5-tuoi-vung-dong-bao-dan-toc-thieu-so-va-mien-nui-tren-dia-ban-tinh-kon-tum-den-nam-2025.html',
    'Kon Tum', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1479/KH-UBND Kon Tum, ngày 17 tháng 5 năm 2022 Trên cơ sở đánh giá kết quả thực hiện Kế hoạch phòng, chống suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi tỉnh Kon Tum, giai đoạn 2017-20201. Thực hiện Quyết định số 02/QĐ-TTg ngày 05 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Chiến lược Quốc gia về dinh dưỡng giai đoạn 2021-2030 và tầm nhìn đến năm 2045;',
    [], ['8.2', '1.1'], "the province's plan against child malnutrition to 2025: one sector's plan")
doc('z006', 'K-022', 'https://danviet.vn/da-nang-dat-muc-tieu-kinh-te-so-chiem-40-grdp-tien-phong-vuot-yeu-cau-trung-uong-d1363267.html',
    'Đà Nẵng', '',
    'Ngày 16/9, Sở KH&CN Đà Nẵng cho biết, Ban Thường vụ Thành ủy đã ban hành Kế hoạch hành động số 21 thực hiện Nghị quyết 57 của Bộ Chính trị về đột phá phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn thành phố. Kế hoạch số 21 thay thế hai kế hoạch cũ của Đà Nẵng và Quảng Nam, được cập nhật theo định hướng của Ban Chỉ đạo 57 Trung ương. Đáng chú ý, thành phố đề xuất triển khai 3 sáng kiến lớn:',
    ['DTI.1', '7.1'], ['8.2'], "the city party standing committee's action plan 21 implementing resolution 57 (S&T, innovation and DX), issued as the lead says: a DX plan (q046), DTI.1 + 7.1")
doc('z007', 'K-174', 'https://lawnet.vn/vb/Quyet-dinh-422-QD-UBND-2021-De-an-phat-trien-rung-ben-vung-Lai-Chau-2021-2025-78019.html',
    'Lai Châu', 'Quyết định 422/QĐ-UBND năm 2021 phê duyệt Đề án phát triển rừng bền vững giai đoạn 2021-2025, định hướng đến năm 2030 do tỉnh Lai Châu ban hành',
    'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 422/QĐ-UBND Lai Châu, ngày 19 tháng 4 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN RỪNG BỀN VỮNG GIAI ĐOẠN 2021-2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030 ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;',
    [], ['8.2'], "the province's sustainable-forestry project 2021-2025 (422/QĐ-UBND): one sector's project")
doc('z008', 'K-119', 'http://app.marimbapop.com/news/355b792057.html',
    'Bình Định', 'Nhóm dẫn đầu vùng Bắc Trung Bộ và duyên hải Trung Bộ',
    'TheămBìnhĐịnhvàonhómđầuvùngBắcTrungBộvàduyênhảiTrungBộthông tin bóng đáo đó quy hoạch tỉnh, mục tiêu đến năm 2030, Bình Định trở thành tỉnh phát triển thuộc nhóm dẫn đầu vùng Bắc Trung Bộ và duyên hải Trung Bộ, là trung tâm công nghiệp chế biến, chế tạo, dịch vụ, du lịch và văn hóa phía Nam của vùng; trung tâm lớn của cả nước về phát triển kinh tế biển; trọng điểm du lịch quốc gia và quốc tế với hệ thống kết cấu hạ tầng kinh tế đồng bộ, hiện đại.',
    [], ['8.2'], "a spam-site copy of the provincial master plan's 2030 goals: a master plan")
doc('z009', 'K-016', 'https://thoibaotaichinhvietnam.vn/ben-tre-huy-dong-hon-12-nghin-ty-dong-von-cho-cong-tac-giam-ngheo-119238.html',
    'Bến Tre', '',
    'Mô hình nuôi dê ở huyện Ba Tri, tỉnh Bến Tre. Mô hình nuôi dê ở huyện Ba Tri, tỉnh Bến Tre. Tỉnh Bến Tre hiện có 157 xã, phường, thị trấn tại 9 huyện, thành phố với 400.496 hộ dân. Theo kết quả tổng điều tra hộ nghèo, hộ cận nghèo cuối năm 2021 theo chuẩn nghèo đa chiều áp dụng cho giai đoạn 2021 - 2025, toàn tỉnh có 17.060 hộ nghèo, chiếm tỷ lệ 4,26%; 15.996 hộ cận nghèo, chiếm tỷ lệ 4,24%.',
    [], ['8.2'], "poverty figures and the poverty programme's goals: one programme")
doc('z010', 'K-159', 'https://mpi.gov.vn/portal/Pages/2024-11-27/Tinh-hinh-kinh-te--xa-hoi-thang-3-va-quy-I-nam-2023phref.aspx',
    'Hà Nam', '',
    '° Tình hình kinh tế - xã hội tháng 3 và quý I năm 2024 của tỉnh Hà Nam Ngày 03/04/2024 - 14:32:00 19 lượt xem Xem cỡ chữ Tương phản chữ Đọc bài viết Từ viết tắt Năm 2024 là năm có ý nghĩa quan trọng trong việc đẩy mạnh thực hiện và phấn đấu hoàn thành mục tiêu kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021-2025 Nghị quyết Đại hội Đảng bộ tỉnh Hà Nam lần thứ XX đã đề ra;',
    [], ['8.2', '1.2'], "the province's socio-economic situation of March and the first quarter on the ministry's portal: part of a year (f063, n140)")
doc('z011', 'K-198', 'https://thanhnien.vn/gia-lai-trong-them-40-000-ha-rung-1851427354.htm',
    'Gia Lai', '',
    'Ngày 6.2, Tỉnh ủy Gia Lai cho biết đã ban hành Nghị quyết về phát triển lâm nghiệp theo hướng bền vững, tăng cường sinh kế, nâng cao tỷ lệ che phủ rừng thích ứng với biến đổi khí hậu tỉnh Gia Lai giai đoạn 2021 - 2030. Theo đó, tỉnh đặt mục tiêu nâng tỷ lệ che phủ của rừng đến năm 2025 đạt 47,75%, trồng thêm 40.000 ha. Trong đó, diện tích trồng mới có ít nhất 10.000 ha rừng gỗ lớn, chuyển hóa 15.000 ha rừng gỗ nhỏ thành rừng gỗ lớn; phát triển đạt tối thiểu 6.500 ha dược liệu dưới tán rừng.',
    [], ['8.2'], "the party committee's resolution on sustainable forestry 2021-2030: one sector's resolution")
doc('z012', 'K-148', 'https://baomoi.net.vn/dinh-huong-thu-hut-fdi-nam-2025-cua-bac-giang-c51400975.epi',
    'Bắc Giang', 'Định hướng thu hút FDI năm 2025 của Bắc Giang',
    'Theo Chủ tịch UBND tỉnh Bắc Giang Nguyễn Việt Oanh, năm 2025, tỉnh phấn đấu thu hút vốn đầu tư trực tiếp từ nước ngoài (FDI) đạt khoảng 1,5 tỷ USD. Sản xuất thiết bị điện tử tại doanh nghiệp trong khu công nghiệp ở Bắc Giang. (Nguồn: TTXVN) Sản xuất thiết bị điện tử tại doanh nghiệp trong khu công nghiệp ở Bắc Giang. (Nguồn:',
    [], ['8.2', 'PCI.1'], "the chairman's FDI goal of 2025: one goal of investment attraction, not the year's plan nor a PCI act")
doc('z013', 'K-035', 'https://tbnhnew.mastercms.vn/gia-lai-dat-muc-tieu-grdp-binh-quan-dat-133-trieu-dongnguoi-vao-nam-2030-144037.html',
    'Gia Lai', 'Gia Lai đặt mục tiêu GRDP bình quân đạt 133 triệu đồng/người vào năm 2030',
    'UBND tỉnh Gia Lai đặt mục tiêu phấn đấu đến năm 2030, tốc độ tăng trưởng GRDP đạt 9,57%/năm Trên cơ sở đó, tỉnh Gia Lai đặt mục tiêu phấn đấu đến năm 2030, tốc độ tăng trưởng GRDP đạt 9,57%/năm. Tỷ trọng nông - lâm - thủy sản, công nghiệp - xây dựng, dịch vụ, thuế sản phẩm tương ứng 26,62%, 28,94%, 39,84% và 4,6%; GRDP bình quân đầu người 133 triệu đồng/năm (theo giá hiện hành); thu ngân sách nhà nước trên địa bàn tăng bình quân 9-10%/năm; tỷ lệ đô thị hóa đạt 40%;',
    [], ['8.2'], "the province's development goals to 2030 (master-plan indicators): a master plan")
doc('z014', 'K-126', 'https://tuss.vn/tra-vinh-muon-nang-tam-le-hoi-ok-om-bok-len-quy-mo-cap-quoc-gia/',
    'Trà Vinh', '',
    'Đến năm 2025, Trà Vinh đặt mục tiêu nâng tầm quy mô tổ chức Lễ hội Ok Om Bok lên cấp quốc gia; đưa du lịch thành ngành kinh tế mũi nhọn của tỉnh vào năm 2030. UBND tỉnh Trà Vinh vừa ban hành kế hoạch thực hiện Chiến lược phát triển du lịch Việt Nam đến năm 2030. Theo đó, chiến lược của Trà Vinh là phát triển du lịch trở thành ngành kinh tế quan trọng và từng bước trở thành ngành kinh tế mũi nhọn, tạo động lực thúc đẩy các ngành, lĩnh vực khác của tỉnh cùng phát triển.',
    [], ['8.2'], "the province's plan implementing the national tourism strategy: one sector's plan")
doc('z015', 'K-001', 'https://daibieunhandan.vn/huong-den-muc-tieu-tro-thanh-trung-tam-cong-nghiep-hien-dai-isvnyvsbzy-63539',
    'Bình Dương', '',
    'Bình Dương Hướng đến mục tiêu trở thành trung tâm công nghiệp hiện đại Kỳ họp thứ 2, HĐND tỉnh Bình Dương vừa qua đã thảo luận, thông qua Nghị quyết về về kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025. Bình Dương hướng đến mục tiêu trở thành trung tâm công nghiệp hiện đại Theo đó, mục tiêu tổng quát được xác định là:',
    [], ['8.2'], "the council's five-year socio-economic plan 2021-2025: a five-year plan (x324)")
doc('z016', 'K-107', 'https://vietnamarchi.vn/ha-nam-gap-mat-cac-co-quan-bao-chi-van-nghe-si-nhan-dip-truoc-them-nam-moi-2025-2373.html',
    'Hà Nam', '',
    'Hà Nam gặp mặt các cơ quan báo chí, văn nghệ sĩ nhân dịp trước thềm năm mới 2025 Tốc độ tăng trưởng đứng thứ 5 toàn quốc Tại buổi gặp mặt, thông tin về tình hình phát triển KT-XH của tỉnh năm 2024, phương hướng, nhiệm vụ trọng tâm năm 2025, đồng chí Nguyễn Đức Vượng - Phó Chủ tịch UBND tỉnh Hà Nam cho biết, trong năm 2024 , tỉnh Hà Nam tiếp tục chuyển biến tích cực, đạt được nhiều kết quả quan trọng, toàn diện trên các lĩnh vực; hoàn thành và hoàn thành vượt mức 16/16 chỉ tiểu kinh tế - xã hội đã đề ra.',
    ['8.2'], ['6.1'], "the vice-chairman's account of the province's 2024 results (16/16 indicators) and the 2025 tasks at the year-end press meeting: the year's account, 8.2 (k032, s053: the forum does not decide)")
doc('z017', 'K-017', 'http://btusta.vn/tin-tuc/1625/be%CC%81n-tre-trie%CC%89n-khai-de%CC%80-a%CC%81n-sinh-ke%CC%81-ta%CC%A3i-19-xa%CC%83-die%CC%89m',
    'Bến Tre', 'Bến Tre triển khai đề án sinh kế tại 19 xã điểm',
    'Trong năm 2019, tỉnh Bến Tre tiếp tục triển khai đề án “Phát triển đa dạng sinh kế, thoát nghèo bền vững” tại 19 xã điểm của tỉnh, bao gồm các nội dung: tập huấn nâng cao năng lực cho đội ngũ cán bộ các cấp nhằm tổ chức đối thoạt trực tiếp với hộ nghèo, hộ cận nghèo, hỗ trợ xây dựng kế hoạch phát triển sinh kế, kiểm tra giám sát đề án. Được biết, đề án “Phát triển đa dạng sinh kế, thoát nghèo bền vững” (giai đoạn 2016-2020), Bến Tre có hơn 2.000 hộ nghèo, hộ cận nghèo tham gia.',
    [], ['8.2'], 'a livelihoods and poverty-exit project in 19 pilot communes: one programme')
doc('z018', 'K-133', 'https://text.123docz.net/document/12533925-ke-hoach-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi-tren-dia-ban-tinh-lam-dong-giai-doan-2021-2025.htm',
    'Lâm Đồng', '',
    'Tải bản đầy đủ (.pdf) (20 trang) Kế hoạch thực hiện Chương trình Mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Lâm Đồng giai đoạn 2021-2025 Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (1.96 MB, 20 trang ) Ký bởi: Sở Nông nghiệp và Phát triển nông thôn Cơ quan: UBND tỉnh Lâm Đồng, Tỉnh Lâm Đồng Thời gian ký: 15.09.2022 08:58:00 +07:00 UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ NÔNG NGHIỆP & PTNT Độc lập - tự do - Hạnh phúc Số:',
    [], ['8.2', '1.1'], "a document-sharing site's preview of the agriculture department's new-rural plan 2021-2025: one sector's plan, signed by a department")
doc('z019', 'K-015', 'https://plo.vn/tang-truong-kinh-te-nam-2024-cua-hai-duong-dung-thu-6-ca-nuoc-post823974.html',
    'Hải Dương', 'Tăng trưởng kinh tế năm 2024 của Hải Dương đứng thứ 6 cả nước 09/12/2024 16:30',
    '(PLO)- Tăng trưởng kinh tế của Hải Dương năm 2024 ước đạt 10,6%, đứng thứ 6 cả nước, tăng 7 bậc so với năm 2023. Ngày 9-12, HĐND tỉnh Hải Dương khóa XVII tổ chức Kỳ họp thứ 28 (kỳ họp thường lệ cuối năm). Kỳ họp diễn ra trong 3 ngày từ ngày 9 đến 11-12. Tại kỳ họp, Chủ tịch UBND tỉnh Hải Dương Lê Ngọc Châu đã trình báo cáo về tình hình, kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024, kế hoạch năm 2025, trong đó, các chỉ tiêu kinh tế của tỉnh là điểm sáng.',
    ['8.2'], ['6.1'], "the council's year-end session where the chairman reports the 2024 results and the 2025 plan: the year's account, 8.2 (k033, m124)")
doc('z020', 'K-023', 'https://www.congluan.vn/nam-2024-nam-dinh-phan-dau-muc-tang-truong-tong-san-pham-grdp-tu-95-den-105-post283222.html',
    'Nam Định', 'Năm 2024, Nam Định phấn đấu mức tăng trưởng tổng sản phẩm GRDP từ 9,5% đến 10,5%',
    '(CLO) Năm 2024 được coi là giai đoạn bứt phá để tỉnh Nam Định hoàn thành các mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và kế hoạch phát triển kinh tế-xã hội 5 năm 2021-2025, từng bước hiện thực hóa mục tiêu phấn đấu đến năm 2030, Nam Định là tỉnh phát triển khá của cả nước.',
    ['8.2'], ['1.1'], "the province's growth goal of 2024 in the headline over the 2023 results: the year's account and goal, 8.2 (q022, q127)")
doc('z021', 'K-142', 'http://rg777.org/news/422d798981.html',
    'Long An', '',
    '游客发表 发帖时间:2025-03-15 04:51:12 Người dân từng bước thay đổi thói quen,ệuquảtừphânloạiráctạinguồkqbd đêm qua va rang sang nay phân loại rác thải sinh hoạt tại nguồn TP.Tân An hướng tới 100% hộ gia đình phân loại rác tại nguồn trong năm 2025 Thông tin từ TP.Tân An, thực hiện Luật BVMT, đối với công tác phân loại rác tại nguồn, được sự quan tâm của UBND tỉnh, Sở Tài nguyên và Môi trường (TN&MT) chọn TP.Tân An thực hiện thí điểm từ năm 2020 tại phường 3.',
    [], ['8.2'], "a betting-site mirror of a district-level city's waste-sorting goal: a district's plan")
doc('z022', 'K-186', 'https://snnptnt.binhphuoc.gov.vn/vi/news/hoc-tap-tam-guong-dao-duc-hcm/de-an-tai-canh-ca-phe-giai-doan-2021-2025-2455.html',
    '', '',
    'Đề án đề ra mục tiêu cụ thể của giai đoạn 2021-2025 sẽ trồng tái canh và ghép cải tạo khoảng 107 nghìn ha cà phê; trong đó, trồng tái canh 75 nghìn ha, ghép cải tạo 32 nghìn ha. Năng suất vườn cà phê sau khi trồng tái canh và ghép cải tạo ở thời kỳ kinh doanh ổn định đạt bình quân 3,5 tấn nhân/ha. Thu nhập/ha cà phê sau khi trồng tái canh và ghép cải tạo tăng 1,5 - 2 lần so với trước khi tái canh. Diện tích tái canh cà phê giai đoạn 2021-2025 tại 5 tỉnh vùng Tây Nguyên khoảng 91 nghìn ha;',
    [], ['8.2'], "the national coffee replanting project on a department's portal: a national project")
doc('z023', 'K-045', 'http://mtnt.hoinongdan.org.vn/sitepages/news/1102/71755/soc-trang-phan-dau-98-ty-le-dan-nong-thon-su-dung-nuoc-sinh-hoat-hop-ve-sinh',
    'Sóc Trăng', '',
    'Sóc Trăng: Phấn đấu 98% tỷ lệ dân nông thôn sử dụng nước sinh hoạt hợp vệ sinh 11:03 - 16/08/2018 (MTNT) - Năm 2018, toàn tỉnh phấn đấu 98% tỷ lệ dân nông thôn sử dụng nước sinh hoạt hợp vệ sinh và có 54% tỷ lệ dân nông thôn được cấp nước sạch đạt Quy chuẩn 02 của Bộ Y tế. Tỉnh huy động nguồn lực đầu tư các công trình cấp nước nông thôn Để đạt mục tiêu này, tỉnh tiếp tục thực hiện một số giải pháp, như: Huy động các nguồn vốn từ ngân sách Trung ương, địa phương, doanh nghiệp;',
    [], ['8.2'], "the province's rural clean-water goal of 2018: one sector's goal")
doc('z024', 'K-102', 'https://dantocmiennui.vn/hoan-thanh-nhiem-vu-tag50039.html',
    'Bạc Liêu', '',
    'Bạc Liêu: Khám sàng lọc bệnh tim bẩm sinh cho trẻ em.Ảnh: Tuấn Kiệt – TTXVN Bạc Liêu phấn đấu đến năm 2025 hoàn thành nhiệm vụ xây dựng nông thôn mới Tỉnh Bạc Liêu đặt mục tiêu đến năm 2025, toàn tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới, trong đó huyện Phước Long đạt chuẩn nông thôn mới nâng cao; có 42 xã đạt chuẩn nông thôn mới nâng cao, 15/49 xã đạt chuẩn nông thôn mới kiểu mẫu; mỗi huyện còn lại ít nhất có 1 xã đạt chuẩn nông thôn mới kiểu mẫu.',
    [], ['8.2'], "a tag page whose item is the province's new-rural goal to 2025: one programme (p014)")
doc('z025', 'K-182', 'https://dansinh.dantri.com.vn/dien-dan-dan-sinh/189-san-pham-tinh-yen-bai-duoc-cap-chung-nhan-ocop-20230829235759.htm',
    'Yên Bái', '',
    'Quay lại Dân trí Dân Sinh 189 sản phẩm tỉnh Yên Bái được cấp chứng nhận OCOP Tính đến nay, toàn tỉnh Yên Bái có 189 sản phẩm đã được cấp chứng nhận OCOP, trong đó có 21 sản phẩm đạt 4 sao, 168 sản phẩm đạt 3 sao. Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái, trong tháng 8, Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện đã tổ chức đánh giá, phân hạng 20 sản phẩm.',
    [], ['8.2'], "OCOP certification figures: one programme's results")
doc('z026', 'K-197', 'https://xuantruc.anthi.hungyen.gov.vn/ke-hoach-phat-trien-ha-tang-so-xa-xuan-truc-giai-doan-2023-2025-c2181.html',
    'Hưng Yên', '',
    '1. Mạng viễn thông băng rộng di động Số thuê bao băng rộng di động/100 dân: 90%. Tỷ lệ thuê bao sử dụng điện thoại thông minh/tổng thuê bao điện thoại di động: 80%. Tỷ lệ dân số trưởng thành có điện thoại thông minh: 90% . Tốc độ băng rộng di động (tốc độ tải xuống theo i-Speed): 36 Mb/s . Giảm số người chỉ sử dụng điện thoại 2G xuống dưới 5%. Tỷ lệ thôn được phủ sóng di động băng rộng: 100% Tỷ lệ dùng chung vị trí BTS: 25%. 2. Mạng viễn thông băng rộng cố định Số thuê bao băng rộng cố định/100 dân: 22%.',
    [], ['DTI.1', '7.1'], "a commune's digital-infrastructure plan 2023-2025: a commune's act (r116)")
doc('z027', 'K-146', 'https://baoquangngai.vn/kinh-te/202402/nganh-cong-thuong-quang-ngai-tang-truong-an-tuong-a7d1b11',
    'Quảng Ngãi', '',
    'Đây chính là nền tảng, động lực để ngành công thương thực hiện thắng lợi các mục tiêu, chỉ tiêu đề ra trong năm 2024. Xác lập kỷ lục mới Xuất khẩu dăm gỗ tại Khu Kinh tế Dung Quất. Ảnh: ĐÀO THANH Bước phát triển này chính là động lực lớn để Quảng Ngãi tiếp tục tin tưởng, kỳ vọng ngành công nghiệp sẽ tiếp tục đạt được nhiều kết quả trong năm 2024.',
    [], ['8.2'], "the trade and industry sector's 2024 goals and 2023 exports: one sector")
doc('z028', 'K-160', 'http://baohoabinh.com.vn/294/199972/Danh-hon-4.459-ty-dong-cho-xay-dung-nong-thon-moi-nam-2025.htm',
    'Hòa Bình', '',
    'Theo báo cáo của UBND tỉnh, tổng nguồn vốn dự kiến thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới (NTM) trong năm 2025 của tỉnh Hòa Bình là 4.459,1 tỷ đồng. Đây là mức phân bổ ngân sách lớn nhất từ trước đến nay cho chương trình này, thể hiện quyết tâm chính trị và ưu tiên phát triển toàn diện khu vực nông thôn của tỉnh.',
    [], ['6.1', '8.2'], "hard call: the year's expected funding of the new-rural programme from the committee's report (central and local budget, integration, mostly credit): one programme's resource mix, not the budget's allocation or execution (x307, y038 were allocation acts)")
doc('z029', 'K-131', 'https://baobariavungtau.com.vn/kinh-te/202305/nam-2023-phan-dau-5-xa-dat-chuan-nong-thon-moi-kieu-mau-978180/',
    'Bà Rịa - Vũng Tàu', '',
    'Theo Quyết định số 1031/QĐ-UBND về thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới (NTM) năm 2023 do UBND tỉnh ban hành, tỉnh phấn đấu có 5 xã đạt chuẩn nông thôn mới kiểu mẫu gồm các xã: An Nhứt, An Ngãi (huyện Long Điền); Long Tân (huyện Đất Đỏ); Suối Nghệ (huyện Châu Đức); Bưng Riềng (huyện Xuyên Mộc). Để hoàn thành mục tiêu, các địa phương chú trọng rà soát, xây dựng kế hoạch, lộ trình và cân đối, huy động nguồn lực thực hiện các tiêu chí bảo đảm hoàn thành trong năm 2023.',
    [], ['8.2'], "the province's decision on the new-rural programme of 2023 (1031/QĐ-UBND): one programme's plan")
doc('z030', 'K-043', 'http://dienbientv.vn/tin-tuc-su-kien/van-hoa/201709/xay-dung-khu-du-lich-dien-bien-phu-pa-khoang-dat-tieu-chi-tro-thanh-khu-du-lich-quoc-gia-5551955/',
    'Điện Biên', 'Xây dựng Khu du lịch Điện Biên Phủ - Pá Khoang đạt tiêu chí trở thành Khu du lịch Quốc gia',
    'Điện Biên TV - Đó là mục tiêu mà tỉnh Điện Biên đưa ra tại Kế hoạch số 2801/KH-UBND về triển khai thực hiện Quy hoạch tổng thể phát triển Khu du lịch Quốc gia Điện Biên Phủ - Pá Khoang đến năm 2020, tầm nhìn đến năm 2030. d Điện Biên phấn đấu đến năm 2020 đón trên 650 nghìn lượt khách du lịch Mục tiêu mà tỉnh đưa ra là xây dựng Khu du lịch Điện Biên Phủ - Pá Khoang đạt tiêu chí trở thành Khu du lịch Quốc gia với hệ thống cơ sở vật chất kỹ thuật đồng bộ, hiện đại;',
    [], ['8.2'], "the province's plan implementing the national tourism-area master plan: one sector's plan")
doc('z031', 'K-176', 'http://nuoitrong.com.vn/?p=1821',
    'Kiên Giang', '',
    'Kiên Giang: Giá trị sản xuất thủy sản tăng so cùng kỳ Đẩy mạnh nuôi lồng bè Tính đến ngày 15/02/2024, ước tổng diện tích nuôi trồng thủy sản toàn tỉnh là 148.030 ha, đạt 57,84% kế hoạch. Trong đó, tôm nước lợ 79.474 ha, đạt 68,17% kế hoạch, tăng 1,10% so cùng kỳ (tôm thâm canh, bán thâm canh 795 ha, tôm – lúa 67.349 ha, quảng canh cải tiến 11.330 ha); cá lồng bè trên biển 1.939 lồng, đạt 70,1% so kế hoạch;',
    [], ['8.2'], "fisheries results to mid-February against the year's plan: one sector, part of a year")
doc('z032', 'K-192', 'https://dantri.com.vn/an-sinh/den-nam-2025-hai-huyen-mien-nui-quang-nam-thoat-ngheo-20231103113624699.htm',
    'Quảng Nam', '',
    'Tỉnh Quảng Nam hiện có 6 huyện nghèo, gồm Phước Sơn, Bắc Trà My, Nam Trà My, Tây Giang, Đông Giang và Nam Giang. Ông Trần Anh Tuấn - Phó Chủ tịch tỉnh Quảng Nam - cho hay khi rà soát, đăng ký và xây dựng kế hoạch triển khai thực hiện thoát khỏi huyện nghèo, đặc biệt khó khăn giai đoạn 2022-2025, 2 huyện Phước Sơn và Bắc Trà My đã đăng ký thoát nghèo theo quy định của Thủ tướng Chính phủ.',
    [], ['8.2'], "two poor districts' registered plans to leave poverty: districts' plans, one programme")
doc('z033', 'K-118', 'https://ls1.hethongphapluat.com/quyet-dinh-3333-qd-ubnd-nam-2021-ve-ke-hoach-phat-trien-kinh-te-xa-hoi-5-nam-giai-doan-2021-2025-tinh-binh-dinh.html',
    'Bình Định', '',
    'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do - Hạnh phúc Số: 3333/QĐ-UBND Bình Định, ngày 10 tháng 8 năm 2021 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM GIAI ĐOẠN 2021 - 2025 TỈNH BÌNH ĐỊNH ỦY BAN NHÂN DÂN TỈNH Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 và Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;',
    [], ['8.2', '1.1'], "the province's five-year socio-economic plan 2021-2025 (3333/QĐ-UBND): a five-year plan (x324)")
doc('z034', 'K-201', 'http://dic.gov.vn/vi/news/tin-tuc-tong-hop/tap-trung-3-tang-cuong-va-5-day-manh-trong-chuyen-doi-so-6053.html',
    '', '',
    'Báo cáo tình hình triển khai CĐS đến tháng 4/2024 nêu rõ: Trong 4 tháng đầu năm, Chính phủ, Thủ tướng Chính phủ, các bộ, ngành đã ban hành các văn bản, chính sách để hoàn thiện hành lang pháp lý cho công tác ứng dụng công nghệ thông tin (CNTT), CĐS. Trong đó, Chính phủ đã ban hành 2 Nghị định, Thủ tướng Chính phủ đã ban hành 5 Quyết định, 2 Chỉ thị; các bộ, ngành đã ban hành nhiều văn bản hướng dẫn để thúc đẩy CĐS quốc gia.',
    [], ['DTI.1', '7.1'], 'the national DX report to April 2024: national')
doc('z035', 'K-104', 'https://baomoi.net.vn/thai-binh-de-ra-kich-ban-tang-truong-nam-2025-dat-10-5-tro-len-c51273510.epi',
    'Thái Bình', 'Thái Bình đề ra kịch bản tăng trưởng năm 2025 đạt 10,5% trở lên',
    'Chiều 17/1, tại Hội nghị Ban Chấp hành Đảng bộ tỉnh, kỳ họp thứ 40 do Tỉnh ủy Thái Bình tổ chức, Ủy ban nhân dân tỉnh Thái Bình đã báo cáo Kế hoạch thực hiện kịch bản tăng trưởng 2 con số trong năm nay. Điều này thể hiện quyết tâm của tỉnh Thái Bình nhằm cụ thể hóa các chỉ đạo của Trung ương để cùng cả nước bước vào kỷ nguyên mới - kỷ nguyên vươn mình phát triển giàu mạnh, thịnh vượng của dân tộc.',
    ['8.2'], ['6.1'], "the people's committee's plan for the two-digit growth scenario of 2025 reported to the party committee: the year's growth scenario, 8.2 (q200)")
doc('z036', 'K-195', 'https://thvl.vn/chuyen-de-thvl/chuyen-de-kinh-te-kinh-te-vinh-long-phuc-hoi-tang-truong/',
    'Vĩnh Long', '',
    'Bước sang năm 2022 là năm có ý nghĩa quan trọng, tạo nền tảng khôi phục tăng trưởng kinh tế và thực hiện các mục tiêu của Kế hoạch 5 năm 2021 – 2025. Tỉnh Vĩnh Long tiếp tục nỗ lực thực hiện hiện “mục tiêu kép”, thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID – 19 để phục hồi và phát triển kinh tế. Phấn đấu tốc độ tăng trưởng kinh tế khoảng 6% trong năm 2022.',
    ['8.2'], ['6.1'], "a TV feature teaser giving the province's growth goal of 2022 (about 6 %): the province's goal of the year, 8.2 (q022, q127)")
doc('z037', 'K-167', 'https://baodongkhoi.vn/ben-tre-ban-hanh-de-an-trong-cay-xanh-tren-dia-ban-tinh-giai-doan-2021-2025-15062021-a87275.html',
    'Bến Tre', '',
    'Bến Tre ban hành Đề án trồng cây xanh trên địa bàn tỉnh giai đoạn 2021 - 2025 15/06/2021 - 16:32 BDK.VN - UBND tỉnh Bến Tre vừa có quyết định 1304, ngày 11-6-2021 về ban hành Đề án trồng cây xanh trên địa bàn tỉnh giai đoạn 2021 - 2025. Theo đề án này, đến hết năm 2025, toàn tỉnh trồng được 10 triệu cây xanh.',
    [], ['8.2'], "the province's tree-planting project 2021-2025 (1304/QĐ): one sector's project")
doc('z038', 'K-007', 'https://doanhnghiephoinhap.vn/hoa-binh-nam-2023-xay-dung-duoc-39-san-pham-ocop-moi-38954.html',
    'Hòa Bình', '',
    'Cụ thể, các huyện: Yên Thủy, Cao Phong, Lạc Thủy, Đà Bắc mỗi huyện 4 sản phẩm; các huyện: Kim Bôi, Lương Sơn, Mai Châu, TP Hòa Bình mỗi đơn vị 3 sản phẩm; huyện Tân Lạc 5 sản phẩm; huyện Lạc Sơn 6 sản phẩm. Với 39 sản phẩm mới được công nhận năm 2023, đến nay, tỉnh có 153 sản phẩm OCOP (22 sản phẩm 4 sao, 131 sản phẩm 3 sao), trong đó có 6 sản phẩm tiềm năng 4 sao tập trung chủ yếu vào nhóm sản phẩm đặc thù, thế mạnh của tỉnh được khách hàng trong nước và quốc tế tin dùng như:',
    [], ['8.2'], "OCOP results of 2023 by district: one programme's results")
doc('z039', 'K-141', 'https://thainguyentv.vn/thai-nguyen-trien-khai-chien-dich-tiem-chung-vac-xin-phong-covid-19-cho-tre-tu-12-17-tuoi-87414.html',
    'Thái Nguyên', '',
    'Theo đó, mục tiêu đặt ra là: Trên 95% trẻ từ 12-17 tuổi trên địa bàn tỉnh được tiêm đủ liều vắc xin phòng COVID-19. Hoạt động tiêm chủng đảm bảo an toàn, hiệu quả, đúng đối tượng, đúng tiến độ; sử dụng 100% số liều vắc xin phòng COVID-19 được cấp để tiêm miễn phí cho trẻ theo qui định. Cụ thể như sau: undefined undefined undefined undefined undefined undefined undefined',
    [], ['8.2'], "the COVID-19 vaccination campaign's goals for children: one sector's campaign")
doc('z040', 'K-106', 'https://consosukien.vn/bao-cao-kinh-te-xa-hoi-tinh-ha-nam-thang-3-va-quy-i-2025.htm',
    'Hà Nam', '',
    'Tăng trưởng kinh tế Tổng sản phẩm trên địa bàn tỉnh Hà Nam (GRDP) quý I/2025 ước tính tăng 10,54% so với cùng kỳ năm trước, là mức tăng trưởng cao nhất của quý I kể từ năm 2021 trở lại đây, trong đó khu vực nông nghiệp, lâm nghiệp và thủy sản tăng 0,42%; khu vực công nghiệp, xây dựng tăng 11,98%; khu vực dịch vụ tăng 9,76%; thuế sản phẩm trừ trợ cấp sản phẩm tăng 8,7%.',
    [], ['8.2', '1.2'], "the statistics office's first-quarter figures of 2025: part of a year, another body's figures (x327)")
doc('z041', 'K-125', 'https://baothaibinh.com.vn/tin-tuc/0/80054/quang-binh-phan-dau-giam-ty-le-ho-ngheo-2-ho-can-ngheo-3',
    'Quảng Bình', '',
    'Quảng Bình: Phấn đấu giảm tỷ lệ hộ nghèo 2%, hộ cận nghèo 3% Hỗ trợ bò giống cho hộ nghèo Các huyện có tỷ lệ hộ nghèo cao là Tuyên Hóa với trên 3.500 hộ nghèo và 4.400 hộ cận nghèo; huyện Minh Hóa trên 3.330 hộ nghèo và 5.470 hộ cận nghèo. Trong khi đó, việc thay đổi suy nghĩ, cách làm của đồng bào dân tộc thiểu số hết sức khó khăn.',
    [], ['8.2'], "the province's poverty-reduction goals of 2019: one programme's goal")
doc('z042', 'K-144', 'https://thanhtra.com.vn/xa-hoi/moi-truong/den-nam-2025-ty-le-thu-gom-nuoc-thai-dat-khoang-80-202698.html',
    '', '',
    'Theo Quyết định số 861/QĐ-BXD ban hành kế hoạch thực hiện nghị quyết của Chính phủ về kế hoạch cơ cấu lại nền kinh tế giai đoạn 2021-2025, đến năm 2025, duy trì tỷ lệ 100% phủ kín quy hoạch chung đô thị. Quy hoạch xây dựng nông thôn đạt 100% xã đạt chuẩn nông thôn mới được lập, phê duyệt quy hoạch chung xây dựng xã và thực hiện quản lý theo quy hoạch được duyệt. Quy hoạch chung đô thị được lồng ghép các mục tiêu tăng trưởng xanh và biến đổi khí hậu phấn đấu hoàn thành đối với đô thị loại II, III.',
    [], ['8.2'], "the Ministry of Construction's plan and its urban goals: a ministry's act")
doc('z043', 'K-166', 'https://congnghieptieudung.vn/binh-phuoc-tang-toc-chuyen-doi-so-dt36539',
    'Bình Phước', '',
    'Khát vọng bứt phá Ngày 18/5/2021, Ban Chấp hành Đảng bộ tỉnh Bình Phước đã ban hành Nghị quyết 04-NQ/TU về chuyển đổi số đến năm 2025 trên địa bàn tỉnh với mục tiêu đến năm 2025, cơ bản hình thành chính quyền số, nền kinh tế số và xã hội số trên địa bàn tỉnh Bình Phước. Trong đó, các hoạt động của chính quyền cơ bản diễn ra trên không gian mạng, hoàn thiện nền tảng dữ liệu số; giao tiếp giữa chính quyền với người dân, doanh nghiệp đều diễn ra trên không gian mạng.',
    ['DTI.1', '7.1'], ['8.2'], "a feature whose first paragraph presents the party's DX resolution 04-NQ/TU (issued 18/5/2021) and its goals for digital government, economy and society: the act as subject (n115, m082), DTI.1 + 7.1")
doc('z044', 'K-019', 'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3068-QD-UBND-2025-giao-ke-hoach-phat-trien-kinh-te-xa-hoi-5-nam-Lai-Chau-2026-2030-686045.html',
    'Lai Châu', 'Quyết định 3068/QĐ-UBND năm 2025 giao kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026-2030 do tỉnh Lai Châu ban hành',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 3068/QĐ-UBND Lai Châu, ngày 09 tháng 12 năm 2025 GIAO KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM GIAI ĐOẠN 2026-2030 ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Căn cứ Nghị quyết số 96/2025/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế xã hội 5 năm giai đoạn 2026-2030; Theo đề nghị của Giám đốc Sở Tài chính. QUYẾT ĐỊNH: Điều 1.',
    [], ['8.2', '1.1'], 'the province assigning its five-year socio-economic plan 2026-2030 (3068/QĐ-UBND): a five-year plan (x324)')
doc('z045', 'K-136', 'https://m.baohaiduong.vn/the-thao/phan-dau-den-nam-2025-co-tren-38-so-dan-thuong-xuyen-luyen-tap-the-duc-the-thao-180592',
    'Hải Dương', 'Phấn đấu đến năm 2025 có trên 38% số dân thường xuyên luyện tập thể dục thể thao',
    'Hải Dương phấn đấu đến năm 2025 có trên 38% số dân thường xuyên luyện tập thể dục thể thao và đạt 42% vào năm 2030. 100% số xã, phường, thị trấn có thiết chế văn hóa - thể thao đạt chuẩn theo quy định của Bộ Văn hóa, Thể thao và Du lịch... Đó là một số mục tiêu quan trọng được nêu trong kế hoạch thực hiện Cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại” tỉnh Hải Dương giai đoạn 2021-2030 vừa được UBND tỉnh ban hành.',
    [], ['8.2'], "the province's plan for the 'Toàn dân rèn luyện thân thể' campaign 2021-2030: one sector's movement plan")
doc('z046', 'K-193', 'http://nguoinuoitom.vn/ca-mau-nganh-tom-phan-dau-den-nam-2030-dat-410-000-tan/',
    'Cà Mau', 'Cà Mau: Ngành tôm phấn đấu đến năm 2030 đạt 410.000 tấn',
    'Là một trụ trong “tứ giác động lực” phát triển của đồng bằng Sông Cửu Long, Cà Mau được đánh giá là địa phương có nhiều tiềm năng lợi thế để phát triển, nhất là trong lĩnh vực nuôi trồng, khai thác và chế biến thủy sản mà đặc biệt là ngành tôm. Để phát huy tiềm năng, thời gian qua, tỉnh Cà Mau đã thực hiện nhiều giải pháp cùng những định hướng phát triển mang tính chiến lược.',
    [], ['8.2'], "the shrimp sector's goals to 2030 (a project in preparation): one sector")
doc('z047', 'K-154', 'https://congthuong.vn/nganh-du-lich-bac-lieu-phan-dau-dat-2200-ty-dong-trong-nam-2019-116673.html&mobile=yes&amp=1',
    'Bạc Liêu', 'Ngành du lịch Bạc Liêu phấn đấu đạt 2.200 tỷ đồng trong năm 2019',
    'Năm 2018, các chỉ tiêu du lịch của tỉnh Bạc Liêu đều hoàn thành vượt mức kế hoạch, doanh thu du lịch - dịch vụ đạt khoảng 1.620 tỷ đồng. Năm 2019 du lịch Bạc Liêu phấn đấu đạt 2.200 tỷ đồng. Nhằm đẩy mạnh thực hiện 5 trụ cột phát triển kinh tế - xã hội, trong đó có phát triển du lịch, UBND tỉnh Bạc Liêu ban hành Kế hoạch số 25/KH-UBND về thực hiện chương trình hành động du lịch năm 2019.',
    [], ['8.2'], "the province's tourism action plan of 2019 (25/KH-UBND): one sector's plan of the year, not the year's socio-economic plan")
doc('z048', 'K-168', 'http://www.thtg.vn/tien-giang-trong-cay-xanh-vuot-chi-tieu-duoc-giao/',
    'Tiền Giang', 'Tiền Giang trồng cây xanh vượt chỉ tiêu được giao',
    '(THTG) Thực hiện chủ trương, đường lối của Đảng và thực hiện lời dạy của Chủ tịch Hồ Chí Minh, thời gian qua, tỉnh Tiền Giang luôn xác định việc trồng cây xanh là một việc làm quan trọng gắn liền với quá trình phát triển toàn diện kinh tế – xã hội của tỉnh, có ý nghĩa thiết thực không chỉ cho hôm nay mà cho cả thế hệ mai sau. Trồng cây đường giao thông nông thôn. Ảnh:',
    [], ['8.2'], "tree-planting results against the one-billion-trees plan: one sector's results")
doc('z049', 'K-018', 'https://nguoiquansat.vn/dong-gop-cua-kinh-te-so-vao-grdp-cua-tinh-dong-thap-uoc-dat-6-42-94101.html',
    'Đồng Tháp', '',
    'Theo ước tính của Bộ Thông tin và Truyền thông, đóng góp của kinh tế số vào GRDP của tỉnh Đồng Tháp ước đạt 6,42%, vượt chỉ tiêu so với Kế hoạch của tỉnh. Sở Thông tin và Truyền tỉnh Đồng Tháp vừa thông báo cáo kết quả chuyển đổi số trên địa bàn tỉnh đến hết tháng 09/2023: Về xây dựng, hoàn thiện thể chế:',
    [], ['DTI.1', '7.1'], "the information department's DX results to September 2023: a results report, not the plan (s046)")
doc('z050', 'K-011', 'https://thuviennhadat.vn/vbpl/nghi-quyet-46-nq-hdnd-2023-thong-qua-ke-hoach-phat-trien-kinh-te-xa-hoi-dak-nong-591321.html',
    'Đắk Nông', 'Nghị quyết 46/NQ-HĐND năm 2023 thông qua Kế hoạch phát triển kinh tế - xã hội năm 2024 do tỉnh Đắk Nông ban hành',
    'HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 46/NQ-HĐND Đắk Nông, ngày 13 tháng 12 năm 2023 VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024 HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK NÔNG KHÓA IV, KỲ HỌP THỨ 7 Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    ['8.2'], ['6.1'], "the council's resolution on the socio-economic plan of 2024 (46/NQ-HĐND): the year's plan, 8.2")
doc('z051', 'K-006', 'http://thongtindoingoai.hoabinh.gov.vn/thang-tin-kh-kt/1149-pha-n-a-u-chua-n-ha-a-25-sa-n-pha-m-ocop-trong-n-m-2019',
    'Hòa Bình', '',
    'Ngôn ngữ hiển thị Hiện nay, đơn vị tư vấn đã tiến hành điều tra, khảo sát lập cơ sở dữ liệu để xây dựng Đề án Chương trình mỗi xã một sản phẩm giai đoạn 2018-2020, định hướng đến năm 2030 tỉnh Hòa Bình. Dự kiến trong quý I/2019, UBND tỉnh sẽ phê duyệt Đề án. Về bộ tiêu chí đánh giá sản phẩm OCOP, Sở NN&PTNT đã xây dựng xong dự thảo, xin ý kiến các sở, ban, ngành và UBND các huyện, thành phố.',
    [], ['8.2'], 'the OCOP project under preparation and a draft criteria set: one programme, a draft')
doc('z052', 'K-165', 'https://dantocmiennui.vn/binh-thuan-uu-tien-nhung-san-pham-ocop-su-dung-nguyen-lieu-dia-phuong-post349112.html',
    'Bình Thuận', '',
    'Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP), tỉnh Bình Thuận phấn đấu đến cuối năm 2024 có thêm 20 sản phẩm OCOP được công nhận đạt từ 3 sao trở lên, đồng thời kiểm tra, hỗ trợ, đánh giá lại các sản phẩm OCOP đã hết hiệu lực công nhận và nâng hạng các sản phẩm OCOP có tiềm năng; trong đó, phấn đấu có 2 sản phẩm OCOP đủ điều kiện tham gia chấm điểm 5 sao cấp quốc gia.',
    [], ['8.2'], "the province's OCOP goals of 2024: one programme's goal")
doc('z053', 'K-127', 'https://baotravinh.vn/xa-hoi/phat-trien-du-lich-sinh-thai-cong-dong-ben-vung-24691.html',
    'Trà Vinh', '',
    '14/11/2022 09:45 Với thế mạnh nhiều cồn, cù lao, cảnh quan thiên nhiên, văn hóa ẩm thực độc đáo, người dân thân thiện, mến khách... 05 năm qua, tỉnh Trà Vinh triển khai đạt nhiều kết quả quan trọng. 05 năm qua, tỉnh đã tập trung xây dựng quy hoạch, cơ chế, chính sách thu hút đầu tư phát triển du lịch, tốc độ phát triển ngành du lịch chuyển biến rõ nét, doanh thu, lượng khách du lịch tăng và ổn định qua từng năm. Tổng thu du lịch năm 2017 đạt 210 tỷ đồng, đón 652.000 lượt khách;',
    [], ['8.2'], 'five years of tourism results: one sector')
doc('z054', 'K-200', 'https://thuanchau.sonla.gov.vn/van-hoa-thong-tin/ket-qua-thuc-hien-10-nhiem-vu-trong-tam-chuyen-doi-so-nam-2023-745892',
    'Sơn La', '',
    'Kết quả thực hiện 10 nhiệm vụ trọng tâm chuyển đổi số năm 2023 Lượt xem: 117 1. Đẩy mạnh công tác truyền thông, tuyên truyền, tập huấn, hội thảo, hội thi tìm hiểu về chuyển đổi số; quán triệt quan điểm chuyển đổi số là chuyển đổi tư duy, nhận thức và hành động cho toàn thể cán bộ, công chức, viên chức, học sinh và nhân dân trong toàn huyện Xây dựng và duy trì chuyên mục Chuyển đổi số;',
    [], ['DTI.1', '7.1'], "a district's results on ten DX tasks of 2023: a district's report")
doc('z055', 'K-103', 'https://dukccq.daknong.gov.vn/thuc-hien-nhiem-vu-chinh-tri/nam-2020-dak-nong-phan-dau-co-them-04-xa-va-02-don-vi-cap-huyen-dat-chuan-nong-thon-moi.html',
    'Đắk Nông', '',
    'Tính đến hết năm 2019, toàn tỉnh có 16/61 xã đạt chuẩn nông thôn mới, đạt 26,23%; bình quân mỗi xã đạt 13,9 tiêu chí/xã, tăng 0,69 tiêu chí/xã so với năm 2018. Cụ thể: nhóm 1: có 19/61 xã đạt 19/19 tiêu chí, chiếm 31,15%; nhóm 2: có 8/61 xã đạt từ 15-18 tiêu chí, chiếm 13,11%; nhóm 3: có 23/61 xã đạt từ 10-14 tiêu chí, chiếm 37,71%; nhóm 4: có 11 xã đạt từ 5-9 tiêu chí, chiếm 18,03%; nhóm 5: không còn xã nào dưới 5 tiêu chí[1].',
    [], ['8.2'], "new-rural results to the end of 2019: one programme's results")
doc('z056', 'K-115', 'https://dongthapxanh.vn/bai-viet/thong-tin-chi-dao-nganh-ngong-nghiep/ke-hoach-phat-trien-du-lich-tinh-dong-thap-nam-2024.html',
    'Đồng Tháp', '',
    'Kế hoạch phát triển du lịch tỉnh Đồng Tháp năm 2024 Ngày đăng: 13/06/2024 Ngày 12 tháng 06 năm 2024. Ủy ban nhân dân tỉnh Đồng Tháp ban hành Kế hoạch số 203/KH-UBND về phát triển du lịch tỉnh Đồng Tháp năm 2024. Theo Kế hoạch kết quả về tình hình phát triển năm 2023:',
    [], ['8.2'], "the province's tourism plan of 2024 (203/KH-UBND): one sector's plan of the year")
doc('z057', 'K-162', 'https://baobinhthuan.com.vn/phan-dau-130-san-pham-ocop-dat-tu-3-sao-tro-len-104265.html',
    'Bình Thuận', '',
    'Mục tiêu Chương trình OCOP nhằm phát triển các hình thức tổ chức sản xuất, kinh doanh (ưu tiên phát triển hợp tác xã, doanh nghiệp vừa và nhỏ) để sản xuất các sản phẩm và dịch vụ du lịch lợi thế, có khả năng cạnh tranh trên thị trường trong nước và quốc tế, góp phần phát triển kinh tế nông thôn theo hướng phát triển nội sinh và gia tăng giá trị.',
    [], ['8.2'], "the provincial OCOP programme's aims: one programme")
doc('z058', 'K-034', 'https://vietnamnet.vn/vn/goc-nhin/ha-giang-nhieu-chuyen-bien-trong-cong-tac-giam-ngheo-637830.html',
    'Hà Giang', '',
    'Hà Giang là tỉnh miền núi biên giới phía Bắc có 6/11 huyện, thành phố thuộc diện huyện nghèo được thụ hưởng chính sách theo Nghị Quyết 30a của Chính phủ (gồm 4 huyện cao nguyên đá là Mèo Vạc, Đồng Văn, Yên Minh, Quản Bạ và 2 huyện vùng cao phía Tây là Hoàng Su Phì và Xín Mần). Bên cạnh đó, Hà Giang là tỉnh có 19 dân tộc cùng sinh sống, chủ yếu là các dân tộc thiểu số như: Mông, Nùng, Tày, La Chí, Pà Thẻn, Lô Lô, Sán Dìu… trình độ dân trí thấp.',
    [], ['8.2'], "the province's poverty-reduction work and goals: one programme")
doc('z059', 'K-048', 'https://hiephoiduabentre.vn/taxonomy/term/10?page=1',
    'Bến Tre', '',
    'BDK - Năm 2023, Chương trình “Mỗi xã một sản phẩm” (OCOP) tỉnh đưa ra chỉ tiêu phấn đấu phát triển 45 sản phẩm mới đạt chứng nhận OCOP từ 3 sao trở lên, 40 sản phẩm tái chứng nhận và nâng cấp sao cho 30 sản phẩm. Bên cạnh đó, Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP năm nay cũng có nhiều thay đổi. Riêng đối với nhóm sản phẩm dịch vụ du lịch cộng đồng và điểm du lịch có 2 sản phẩm được chứng nhận OCOP từ 3 sao trở lên (dự kiến tại huyện Giồng Trôm và TP. Bến Tre).',
    [], ['8.2'], 'a listing teaser on the OCOP goals of 2023: one programme')
doc('z060', 'K-170', 'https://www.baodanang.vn/channel/5399/202004/phuong-thac-gian-phan-dau-giam-het-ho-ngheo-3376854/',
    'Đà Nẵng', 'Phường Thạc Gián phấn đấu giảm hết hộ nghèo',
    'Ngày 28-4, Đảng bộ phường Thạc Gián tiến hành Đại hội đại biểu Đảng bộ lần thứ XV, nhiệm kỳ 2020-2025. Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu thương mại - dịch vụ tăng bình quân hằng năm 10-12%; thu ngân sách tăng bình quân hằng năm 5-10%; đạt và vượt chỉ tiêu giảm hộ nghèo; giảm tỷ suất sinh thô 0,30%0/năm; gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu; hộ gia đình đạt tiêu chuẩn văn hóa 85% trở lên, tổ văn hóa đạt 78% trở lên.',
    [], ['8.2'], "a ward party congress and its term indicators: a ward's act")
doc('z061', 'K-122', 'https://langngheviet.com.vn/phu-yen-phan-dau-co-them-06-xa-dat-chuan-nong-thon-moi-19393.html',
    'Phú Yên', 'Phú Yên: Phấn đấu có thêm 06 xã đạt chuẩn nông thôn mới',
    'Kế hoạch cũng phấn đấu duy trì, nâng cao chất lượng các tiêu chí huyện, xã NTM đối với 02 huyện Tây Hòa, Phú Hòa đạt chuẩn NTM. Phấn đấu mỗi huyện, thị có ít nhất 01 xã được công nhận đạt chuẩn NTM nâng cao. Xây dựng ít nhất từ 01-02 khu dân cư và vườn mẫu được công nhận đạt chuẩn. Cơ bản hoàn thành các công trình thiết yếu đáp ứng yêu cầu phát triển sản xuất và đời sống của cư dân nông thôn: giao thông, điện, nước sinh hoạt, trường học, trạm y tế xã. Nâng cao chất lượng cuộc sống của cư dân nông thôn;',
    [], ['8.2'], "the province's new-rural plan: one programme's plan")
doc('z062', 'K-137', 'https://baodongkhoi.vn/phat-trien-the-duc-the-thao-trong-giai-doan-moi-04082024-a133479.html',
    'Bến Tre', '',
    'BDK.VN - Kế hoạch của UBND tỉnh về thực hiện Kế hoạch số 373-KH/TU ngày 4-6-2024 của Tỉnh ủy về thực hiện Kết luận số 70-KL/TW của Bộ Chính trị khóa XIII về phát triển thể dục (TD), thể thao (TT) trong giai đoạn mới đã đề ra mục tiêu cụ thể: TT cho mọi người, giai đoạn 2024 - 2025: Số người tập luyện TDTT thường xuyên tăng từ 49,1 - 50%. Số gia đình TT tăng từ 47,32 - 47,8%. Phấn đấu, có 1.510 câu lạc bộ (CLB) thể dục, TT cơ sở hoạt động hiệu quả (tăng 27 CLB so với năm 2024).',
    [], ['8.2'], "the province's plan on the party's sport conclusion: one sector's plan")
doc('z063', 'K-189', 'https://ngoisaodoanhnhan.vn/quang-ngai-phan-dau-den-nam-2025-don-136-trieu-luot-khach-den-tham-quan-du-lich/',
    'Quảng Ngãi', 'Quảng Ngãi: Phấn đấu đến năm 2025 đón 1,36 triệu lượt khách đến tham quan, du lịch',
    'Đó là một trong những mục tiêu được đề ra trong Kế hoạch triển khai thực hiện Nghị quyết số 82/NQ-CP ngày 18/5/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu đẩy nhanh phục hồi, tăng tốc phát triển du lịch hiệu quả, bền vững trên địa bàn tỉnh vừa được UBND tỉnh ban hành tại Kế hoạch số 132/KH-UBND. Kế hoạch đề ra mục tiêu đến năm 2025, Quảng Ngãi đón được 1,36 triệu lượt khách, trong đó có 160.000 lượt khách quốc tế, 1,2 triệu lượt khách nội địa.',
    [], ['8.2'], "the province's plan on the Government's tourism-recovery resolution (132/KH-UBND): one sector's plan")
doc('z064', 'K-032', 'https://baoquangnam.vn/quang-nam-phan-dau-chat-luong-hoc-sinh-gioi-quoc-gia-thuoc-top-20-ca-nuoc-3145644.html',
    'Quảng Nam', '',
    'Giáo dục - Việc làm Quảng Nam phấn đấu chất lượng học sinh giỏi quốc gia thuộc tốp 20 cả nước (QNO) - UBND tỉnh Quảng Nam ngày 9/12 ban hành Kế hoạch 9634 về việc tiếp tục thực hiện Nghị quyết số 29 (ngày 4/11/2013) của Ban Chấp hành Trung ương Đảng về đổi mới căn bản, toàn diện GD-ĐT. UBND tỉnh khen thưởng học sinh Đỗ Phú Quốc đoạt huy chương bạc quốc tế năm 2024. Ảnh:',
    [], ['8.2'], "the province's plan continuing education reform (resolution 29): one sector's plan")
doc('z065', 'K-177', 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=2647ce9b-73cc-4aad-a08e-4bffbf9aa9e2&key=YqXrwyS0G0a2aOPsg8Zh6g%3D%3D',
    'Nam Định', '',
    'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 82/KH-UBND Nam Định, ngày 16 tháng 7 năm 2021 KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 06-NQ/TU NGÀY 18/6/2021 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH VỀ XÂY DỰNG NÔNG THÔN MỚI NÂNG CAO, KIỂU MẪU GIAI ĐOẠN 2021 2025 Thực hiện Nghị quyết số 06-NQ/TU ngày 18/6/2021 của Ban chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới (NTM) nâng cao, kiểu mẫu giai đoạn 2021 - 2025, UBND tỉnh ban hành Kế hoạch thực hiện cụ thể như sau: I. MỤC ĐÍCH, YÊU CẦU 1.',
    [], ['8.2', '1.1'], "the province's plan on the party's resolution on advanced and model new-rural communes (82/KH-UBND): one programme's plan")
doc('z066', 'K-117', 'https://vanhoaplus.com.vn/dong-thap-dat-muc-tieu-tong-doanh-thu-tu-du-lich-dat-1600-ty-dong-nam-2023-a1416.html',
    'Đồng Tháp', '',
    'Đồng Tháp đặt mục tiêu tổng doanh thu từ du lịch đạt 1.600 tỷ đồng năm 2023 Khánh Linh Trong năm 2023, Đồng Tháp phấn đấu thu hút 3,6 triệu lượt khách đến tham quan, trải nghiệm; tổng doanh thu du lịch đạt 1.600 tỷ đồng. Đặt mục tiêu phát triển du lịch Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp cho biết, năm 2022, thực hiện chương trình du lịch nội địa thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19, tỉnh đón 3,4 triệu lượt khách du lịch, bằng 113,33% kế hoạch.',
    [], ['8.2'], "the province's tourism goals of 2023: one sector's goal of the year")
doc('z067', 'K-013', 'https://thuonghieuquocgia.nhandan.vn/bac-ninh-phan-dau-toc-do-tang-truong-grdp-dat-1129-post893608.html',
    'Bắc Ninh', 'Bắc Ninh phấn đấu tốc độ tăng trưởng GRDP đạt 11,29%',
    'Ngày 14/7, tại kỳ họp thứ 2 ( kỳ họp chuyên đề), Hội đồng nhân dân tỉnh Bắc Ninh khóa 19, nhiệm kỳ 2021-2026 đã xem xét, quyết nghị 16 nghị quyết quan trọng, giúp địa phương khai thác tối đa tiềm năng, huy động nguồn lực để phát triển kinh tế-xã hội, bảo đảm an sinh xã hội. Kỳ họp đã thông qua nghị quyết về tình hình thực hiện kế hoạch phát triển kinh tế-xã hội 6 tháng, nhiệm vụ và giải pháp thực hiện 6 tháng cuối năm 2025 tỉnh Bắc Ninh. Trên cơ sở tổng hợp kết quả phát triển kinh tế-xã hội 6 tháng đầu năm 2025 của hai tỉnh Bắc Giang và Bắc Ninh (trước khi sáp nhập), kỳ họp đã xác định 18 chỉ tiêu và 9 nhóm nhiệm vụ, giải pháp phát triển kinh tế-xã hội chủ yếu năm 2025 của tỉnh Bắc Ninh sau hợp nhất.',
    ['8.2'], ['6.1', '4.4'], "the merged province's council fixing its 18 main indicators of 2025 (growth 11.29 %) at its first special session: the year's plan (m072, the year's adjusted targets), 8.2; the merger itself is not the subject")
doc('z068', 'K-024', 'https://hethongphapluat.vn/nghi-quyet-305-nq-hdnd-ve-phan-bo-ke-hoach-von-su-nghiep-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-nam-2020-tren-dia-ban-tinh-kien-giang.html',
    'Kiên Giang', '',
    'HỘI ĐỒNG NHÂN DÂN TỈNH KIÊN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 305/NQ-HĐND Kiên Giang, ngày 03 tháng 4 năm 2020 NGHỊ QUYẾT PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP THỰC HIỆN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM 2020 TRÊN ĐỊA BÀN TỈNH KIÊN GIANG HỘI ĐỒNG NHÂN DÂN TỈNH KIÊN GIANG KHÓA IX, KỲ HỌP THỨ MƯỜI BẢY Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;',
    ['6.1'], ['8.2'], "the council's resolution allocating the recurrent capital of the national target programmes of 2020 (305/NQ-HĐND): budget allocation, 6.1 (y038, x150)")
doc('z069', 'K-134', 'http://game.marimbapop.com/news/488a298774.html',
    'Hậu Giang', '',
    '【kronhacai】Phấn đấu 35% dân số toàn tỉnh tập luyện thể thao thường xuyên [Nhận Định Bóng Đá] 时间:2025-01-25 19:46:15 来源:Empire777 作者:Thể thao 点击:16次 (HG) - Kết thúc năm 2021,ấnđấudnsốtontỉnhtậpluyệnthểthaothườkronhacai số người luyện tập thể dục thể thao (TDTT) thường xuyên toàn tỉnh là 267.205 người, đạt tỷ lệ 34,45% dân số, tăng 1,16% so với năm 2020; có 49.223 gia đình luyện tập TDTT thường xuyên, đạt 25,52% số hộ gia đình, tăng 0,01% so năm 2020.',
    [], ['8.2'], "a spam-site copy of the province's mass-sport figures and goal: one sector")
doc('z070', 'K-169', 'https://www.sggp.org.vn/dong-chi-tran-thuy-cam-le-giu-chuc-bi-thu-dang-uy-phuong-tam-thang-post808392.html',
    'Hồ Chí Minh', '',
    'Sáng 14-8, đồng chí Dương Trọng Hiếu, Ủy viên Ban Thường vụ Thành ủy, Phó Trưởng ban Thường trực Ban Tổ chức Thành ủy TPHCM, Tổ trưởng Tổ công tác số 12, dự và chỉ đạo Đại hội đại biểu Đảng bộ phường Tam Thắng lần thứ I, nhiệm kỳ 2025-2030. Đại hội đại biểu Đảng bộ phường Tam Thắng lần thứ I, nhiệm kỳ 2025-2030 Phường Tam Thắng, TPHCM được thành lập trên cơ sở sáp nhập các phường 7, 8, 9, Nguyễn An Ninh, diện tích tự nhiên 11,76 km2 và 86.240 nhân khẩu thường trú.',
    [], ['8.2', '4.4'], "a merged ward's first party congress: a ward's act, not the arrangement")
doc('z071', 'K-180', 'https://baoninhthuan.com.vn/diendan/142189p1c30/tin-tong-hop.htm',
    'Ninh Thuận', '',
    'Tin tổng hợp * Sau 3 năm (2021-2023) thực hiện Nghị quyết số 74/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh về Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025, chủ trương xây dựng Ninh Thuận thành trung tâm năng lượng, năng lượng tái tạo của cả nước được tập trung cụ thể hóa theo Nghị quyết số 65/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh, đạt kết quả tích cực; tiếp tục khẳng định là động lực cho tăng trưởng kinh tế tỉnh, chiếm tỷ trọng 22,2% GRDP của tỉnh, đóng góp 23,5% tổng thu ngân sách;',
    [], ['8.2'], "a roundup on three years of the five-year plan's energy goals: part of a five-year plan")
doc('z072', 'K-191', 'https://qrt.vn/kinh-te/quang-nam-ty-le-ho-ngheo-o-cac-huyen-mien-nui-giam-con-2205/?utm_source=rss&utm_medium=rss&utm_campaign=quang-nam-ty-le-ho-ngheo-o-cac-huyen-mien-nui-giam-con-2205',
    'Quảng Nam', '',
    'Thực hiện Nghị quyết 06 của Tỉnh ủy Quảng Nam về tiếp tục đẩy mạnh công tác giảm nghèo bền vững trên địa bàn tỉnh giai đoạn 2021 – 2025. 3 năm qua, tỷ lệ hộ nghèo ở các huyện miền núi giảm nhanh, vượt chỉ tiêu Thủ tướng Chính phủ , Tỉnh uỷ, HĐND tỉnh giao hằng năm. Cụ thể, tỷ lệ hộ nghèo ở các huyện miền núi giảm còn 22,05% vào cuối năm 2023.',
    [], ['8.2'], "three years of the party resolution on poverty in mountain districts: one programme's results")
doc('z073', 'K-025', 'https://nongnghiep.vn/vinh-phuc-dat-muc-tieu-tang-truong-kinh-te-8-9-trong-nam-2025-d415389.html',
    'Vĩnh Phúc', '',
    'Theo báo cáo của Sở Kế hoạch và Đầu tư, tăng trưởng kinh tế (GRDP) năm 2024 của tỉnh ước đạt 7,52%, vượt mục tiêu đề ra và cao hơn mức trung bình của cả nước. Quy mô GRDP đạt khoảng 173,14 nghìn tỷ đồng, tăng 10% so với năm 2023; GRDP bình quân đầu người đạt 141,3 triệu đồng/người/năm, tăng 8,7%. Ngành công nghiệp tỉnh Vĩnh Phúc dẫn đầu về tăng trưởng với chỉ số sản xuất tăng 11,43%, trong khi ngành nông, lâm nghiệp và thủy sản được duy trì ổn định, dịch bệnh được kiểm soát tốt.',
    ['8.2'], ['6.1'], "the planning department's report of the province's 2024 growth and the 2025 goals: the year's account, 8.2 (k032)")
doc('z074', 'K-044', 'http://tinbong247.org/binh-thuan-ban-hanh-chuong-trinh-hanh-dong-phat-trien-du-lich-den-nam-2015-1127284.html',
    'Bình Thuận', '',
    'Theo đó, việc phát triển du lịch phải được các sở, ngành và địa phương xác định là nhiệm vụ quan trọng, doo vậy, song song với việc giữ vững thương hiệu du lịch Bình Thuận, toàn ngành còn phấn đấu đạt tốc độ tăng trưởng về lượng khách duy trì ở mức trên 12%/năm. Từ nay đến năm 2015, địa phương nỗ lực hoàn thành chỉ tiêu đón 4,5 triệu lượt khách (trong đó có khoảng 500.000 lượt khách quốc tế) và đưa doanh thu chạm mức 7.500 tỷ đồng.',
    [], ['8.2'], "the province's tourism action programme to 2015: one sector's programme")
doc('z075', 'K-020', 'https://tienphong.vn/438-dai-bieu-tham-du-dai-hoi-dang-bo-tinh-hung-yen-nhiem-ky-2025-2030-post1779458.tpo',
    'Hưng Yên', '',
    '438 đại biểu tham dự Đại hội Đảng bộ tỉnh Hưng Yên nhiệm kỳ 2025 - 2030 Trọng Đảng TPO - Ban Tuyên giáo và Dân vận tỉnh ủy Hưng Yên cho biết, Đại hội đại biểu Đảng bộ tỉnh Hưng Yên lần thứ I, nhiệm kỳ 2025 - 2030 sẽ diễn ra từ ngày 2 đến 3/10. Đại hội đại biểu Đảng bộ tỉnh Hưng Yên lần thứ I, nhiệm kỳ 2025 - 2030 sẽ được tổ chức tại Nhà Văn hóa Lao động Thái Bình (thuộc phường Trà Lý, tỉnh Hưng Yên). Đại hội triệu tập 438 đại biểu, đại diện cho trên 182.000 đảng viên trong toàn Đảng bộ tỉnh.',
    [], ['8.2'], "the merged province's party congress 2025-2030 announced: a party congress (g044)")
doc('z076', 'K-028', 'https://vieclam.dangcongsan.vn/chinh-sach-va-phap-luat/phat-trien-da-dang-mo-hinh-kinh-te-tap-the-hop-tac-xa-gan-voi-giai-quyet-viec-lam-cho-lao-dong-nong-thon-543964.html',
    'Bắc Giang', '',
    'Đến nay, toàn tỉnh có 713 hợp tác xã đang hoạt động; trong đó, lĩnh vực nông nghiệp, lâm nghiệp, thủy sản là 456 hợp tác xã; 237 hợp tác xã lĩnh vực phi nông nghiệp (công nghiệp, tiểu thủ công nghiệp, vận tải, môi trường, khai thác quản lý chợ, xây dựng, dịch vụ điện, thương mại dịch vụ); 20 Quỹ tín dụng nhân dân. Tổng vốn điều lệ của các hợp tác xã là trên 1.523 tỷ đồng; tổng số thành viên tham gia hợp tác xã là trên 35 nghìn người.',
    [], ['8.2'], "cooperative figures and the collective economy's goals: one sector (x358)")
doc('z077', 'K-040', 'https://ninhbinh.org/phan-dau-den-het-nam-2019-cong-nhan-them-12-xa-dat-chuan-nong-thon-moi.html',
    'Ninh Bình', '',
    'Phấn đấu đến hết năm 2019 công nhận thêm 12 xã đạt chuẩn nông thôn mới 297 Những năm gần đây, công tác xây dựng nông thôn mới trên địa bàn tỉnh Ninh Bình tiếp tục được đẩy mạnh, phát triển theo hướng vào chiều sâu: sáng – xanh – sạch – đẹp, điều kiện sống và làm việc của người dân tốt hơn; được nhân dân, các doanh nghiệp đồng tình ủng hộ, trở thành phong trào thi đua rộng khắp, thiết thực và đạt được kết quả nổi bật.',
    [], ['8.2'], "the new-rural commune goal of 2019: one programme's goal")
doc('z078', 'K-130', 'https://dautu.kinhtechungkhoan.vn/ninh-binh-ha-nam-va-nam-dinh-tinh-nao-co-grdp-binh-quan-dau-nguoi-cao-nhat-282763.html',
    '', '',
    'Năm 2024, tình hình phát triển kinh tế - xã hội của tỉnh Ninh Bình tiếp tục có những bước phát triển vững chắc, hoàn thành và hoàn thành vượt mức 15/15 chỉ tiêu và nhóm các chỉ tiêu phát triển kinh tế-xã hội chủ yếu, trong đó có 14 chỉ tiêu, nhóm chỉ tiêu hoàn thành vượt mức. Tổng sản phẩm trên địa bàn (GRDP theo giá so sánh năm 2010) năm 2024 tăng 8,52%, vượt kế hoạch đề ra (Kế hoạch đề ra là 7,6%). Trong đó, khu vực nông-lâm-thủy sản tăng 2,7%;',
    [], ['8.2'], "a magazine comparing three provinces' 2024 results: no province of its own, a third party's comparison")
doc('z079', 'K-027', 'https://thainguyentv.vn/ho-tro-mo-hinh-hop-tac-xa-san-xuat-gan-voi-chuoi-gia-tri-san-pham-84333.html',
    'Thái Nguyên', 'Hỗ trợ mô hình hợp tác xã sản xuất gắn với chuỗi giá trị sản phẩm - đã psts 3.5',
    'Tính đến nay, trên địa bàn tỉnh có 583 hợp tác xã hoạt động trên các lĩnh vực, với trên 42.000 thành viên. Tính đến nay, trên địa bàn tỉnh có 583 hợp tác xã hoạt động trên các lĩnh vực, với trên 42.000 thành viên. Việc thành lập các hợp tác xã đã góp phần tạo liên kết sản xuất, cung ứng dịch vụ đầu vào và tiêu thụ sản phẩm cho các đơn vị sản xuất thành viên thuộc lĩnh vực nông, lâm nghiệp trên địa bàn.',
    [], ['8.2'], "cooperatives and the collective-economy project's goals: one sector (x358)")
doc('z080', 'K-002', 'http://la34.com.vn/tin-tuc/thoi-su-long-an/long-an-huong-den-nong-thon-moi-nang-cao-kieu-mau/',
    'Long An', '',
    'Long An: hướng đến nông thôn mới nâng cao, kiểu mẫu Đã đăng vào 17/10/2020 lúc 11:37 Hành trình 10 năm xây dựng nông thôn mới của Long An đã gặt hái “trái ngọt” với 93/161 xã đạt tiêu chí nông thôn mới. Đây là cơ sở để tỉnh hướng tới những mục tiêu cao hơn. Nông thôn Long An Giai đoạn 2020-2025, Long An đặt ra mục tiêu duy trì, giữ vững kết quả của các xã đạt chuẩn nông thôn mới giai đoạn trước, đẩy mạnh phát triển nông thôn mới nâng cao, kiểu mẫu.',
    [], ['8.2'], 'the new-rural goals to 2025: one programme')
doc('z081', 'K-004', 'http://moc.gov.vn/vn/Pages/chuyenmuctin.aspx?ChuyenmucID=1199&tieude=xay-dung-nong-thon-moi.aspx&page=1',
    'Long An', 'Long An đặt mục tiêu đến năm 2025 có ít nhất 5 huyện đạt chuẩn nông thôn mới(03/07/2020)',
    'Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An, giai đoạn 2015-2020, việc thực hiện chương trình xây dựng nông thôn mới của địa phương này đã hoàn thành vượt chỉ tiêu do Tỉnh ủy giao. Tính đến tháng 6/2020, toàn tỉnh có 88/161 xã và 01 huyện đạt chuẩn nông thôn mới, vượt chỉ tiêu có 83 xã đạt chuẩn vào cuối năm 2020. Tìm theo ngày :',
    [], ['8.2'], "a ministry's list teaser on the province's new-rural goal: one programme")
doc('z082', 'K-140', 'https://nhandan.com.vn/tin-tuc-du-lich/bac-kan-phat-trien-san-pham-du-lich-460090/',
    'Bắc Kạn', 'Bắc Kạn phát triển sản phẩm du lịch',
    'UBND tỉnh Bắc Kạn vừa ban hành kế hoạch phát triển du lịch đến năm 2030. Theo đó, tỉnh xây dựng chính sách hỗ trợ phát triển du lịch cộng đồng; xây dựng kết cấu hạ tầng, cơ sở vật chất, như: cải tạo, nâng cấp giao thông khu du lịch hồ Ba Bể, An toàn khu Chợ Đồn; kêu gọi thu hút đầu tư vào hồ Nặm Cắt (TP Bắc Kạn); phát triển nhân lực du lịch; điều tra, đánh giá nhu cầu, thị hiếu khách du lịch;',
    [], ['8.2'], "the province's tourism plan to 2030: one sector's plan")
doc('z083', 'K-120', 'https://baomoi.com/phu-yen-11-xa-dang-ky-dat-chuan-nong-thon-moi-nong-thon-moi-nang-cao-nam-2021/c/37720057.epi',
    'Phú Yên', '',
    'Phú Yên: 11 xã đăng ký đạt chuẩn nông thôn mới, nông thôn mới nâng cao năm 2021 3 liên quanGốc UBND tỉnh Phú Yên cho biết, vừa phê duyệt danh sách các xã đăng ký phấn đấu đạt chuẩn nông thôn mới, nông thôn mới nâng cao năm 2021. Một góc đường bê tông hóa tại xã An Ninh Tây (huyện Tuy An). Theo đó, đã có 4 xã đăng ký đạt chuẩn nông thôn mới, gồm: Xuân Thọ 2, Xuân Lâm (thị Xã Sông Cầu); xã An Hiệp, xã An Lĩnh (huyện Tuy An). Có 7 xã đăng ký đạt chuẩn nông thôn mới nâng cao, gồm: xã Bình Kiến (TP Tuy Hòa);',
    [], ['8.2'], 'the list of communes registering for new-rural standards in 2021: one programme')
doc('z084', 'K-112', 'https://vietnamtourism.gov.vn/index.php/items/38048',
    'Hải Dương', '',
    'Ban hành Đề án “Phát triển du lịch chất lượng cao tỉnh Hải Dương giai đoạn 2021 - 2030, tầm nhìn đến năm 2050” Cập nhật: Lượt xem: 791 Ngày 30/9, UBND tỉnh Hải Dương ban hành quyết định về việc ban hành Đề án “Phát triển du lịch chất lượng cao tỉnh Hải Dương giai đoạn 2021 - 2030, tầm nhìn đến năm 2050”.',
    [], ['8.2'], "the province's high-quality tourism project 2021-2030: one sector's project")
doc('z085', 'K-199', 'https://nongthonvaphattrien.vn/c/van-hoa-moi-truong?page=6',
    'Lâm Đồng', 'Đà Lạt: Đưa ra mục tiêu phấn đấu có hiệu quả trong công tác quản lý, bảo vệ rừng năm 2023',
    'UBND TP Đà Lạt đã ban hành kế hoạch tổ chức quản lý, bảo vệ diện tích rừng hiện có, từng bước nâng cao chất lượng rừng và đặt ra mục tiêu phấn đấu độ che phủ rừng năm 2023 đạt 52% nhằm phát huy kết quả đạt được, khắc phục những tồn tại, hạn chế trong năm 2022 và tiếp tục thực hiện có hiệu quả công tác quản lý, bảo vệ rừng, khôi phục rừng, trồng rừng, trồng cây phân tán trên địa bàn.',
    [], ['8.2'], "a district-level city's forest-protection plan of 2023 on a category page: a district's plan")
doc('z086', 'K-150', 'http://thoibaoviet.com.vn/tin-tuc/hung-yen-100-xa-dat-chuan-nong-thon-moi.html18420',
    'Hưng Yên', 'Hưng Yên: 100% xã đạt chuẩn nông thôn mới',
    'TBV - Vừa qua, UBND tỉnh Hưng Yên đã ra Quyết định số 2271/QĐ-UBND công nhận 4 xã đạt chuẩn nông thôn mới năm 2019. Hưng Yên hỗ trợ nông dân xây dựng nhiều mô hình sản xuất giỏi, góp phần xây dựng NTM. Theo đó, UBND tỉnh đã công nhận thêm 4 xã đạt chuẩn nông thôn mới năm 2019 gồm: Trung Hòa, Minh Châu (Yên Mỹ); Hồng Tiến, Tứ Dân (Khoái Châu). Như vậy, tính đến thời điểm hiện nay, trên địa bàn tỉnh 100% số xã đã được công nhận xã đạt chuẩn nông thôn mới.',
    [], ['8.2'], 'the province recognising its last new-rural communes (2271/QĐ-UBND): one programme')
doc('z087', 'K-021', 'http://www.thuvienhaiphu.com.vn/datadiem/Cac%20su%20kien_Phu%20Yen/Su%20kien%20noi%20bat%20Phu%20Yen%202016/4.%20Hon%201,1%20trieu%20luot%20khach%20den%20PY.htm',
    'Phú Yên', 'Gần 1,2 triệu lượt khách du lịch đến Phú Yên',
    'Theo thống kê của Sở VH-TT-DL, đến thời điểm này, tổng lượt khách du lịch đến Phú Yên hơn 1,1 triệu lượt, đạt 117,5% kế hoạch năm, tăng 30,6%, trong đó khách quốc tế khoảng 40.500 lượt, đạt 81% kế hoạch năm, giảm 10% so năm 2015. Tổng doanh thu trong hoạt động du lịch khoảng 997,5 tỉ đồng, đạt 105% kế hoạch năm. Tại 2 di tích có thu phí tham quan là gành Đá Đĩa, Băi Môn - Mũi Điện ước đón trên 400.000 lượt khách đến tham quan, trong đó có khoảng 11.000 lượt khách quốc tế, doanh thu bán vé gần 3 tỉ đồng.',
    [], ['8.2'], "tourism results of 2016 against the year's plan: one sector")
doc('z088', 'K-129', 'https://kinhtemoitruong.vn./nam-dinh-dat-va-vuot-muc-ke-hoach-chi-tieu-kinh-te-xa-hoi-nam-2024-94421.html',
    'Nam Định', '',
    'Nam Định: Đạt và vượt mức kế hoạch chỉ tiêu kinh tế - xã hội năm 2024 Theo dõi KTMT trên Từ đầu năm đến nay, tình hình kinh tế - xã hội của tỉnh Nam Định tiếp tục ổn định. Tỉnh này có sự phát triển tích cực, toàn diện trên nhiều lĩnh vực với 14/14 chỉ tiêu ước đạt và vượt kế hoạch năm 2024. Mới đây, UBND tỉnh Nam Định đã tổ chức hội nghị thông qua báo cáo ước thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024, kế hoạch năm 2025.',
    ['8.2'], ['6.1'], "the people's committee's conference passing the estimated results of 2024 (14/14 indicators) and the plan of 2025: the year's account, 8.2 (f064, f065)")
doc('z089', 'K-145', 'https://baophutho.vn/print/698e75833606c449fe2df99f20abc/185668.htm',
    'Phú Thọ', '',
    'Toàn tỉnh trồng trên 8.300ha rừng tập trung Cập nhật: 17:17 24/07/2022 GMT+7 baophutho.vn Từ đầu năm đến nay, toàn tỉnh đã trồng trên 8.300ha rừng tập trung, đạt 91,5% so với kế hoạch, đạt 97,5% so với cùng kỳ năm 2021. Trong đó, trồng cây gỗ lớn gần 1.900ha; trồng rừng đặc dụng, phòng hộ 50ha; chăm sóc rừng trồng gần 29.000ha; chuyển hóa gỗ lớn gần 300ha.',
    [], ['8.2'], "forest planting to July against the year's plan: one sector, part of a year")
doc('z090', 'K-110', 'https://baotainguyenmoitruong.vn/print/372293.html',
    'Cao Bằng', 'Cao Bằng: Nỗ lực giảm nghèo',
    'Năm 2024, tỉnh Cao Bằng tiếp tục thực hiện mục tiêu giảm nghèo đa chiều, bao trùm, bền vững, hạn chế tái nghèo và phát sinh nghèo. Tỉnh phấn đấu, giảm tỷ lệ hộ nghèo từ 4% trở lên (riêng tỷ lệ hộ nghèo ở các huyện nghèo giảm từ 5% trở lên). Tỉnh đã tập trung thực hiện các dự án theo Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình MTQG giảm nghèo bền vững giai đoạn 2021-2025.',
    [], ['8.2'], "the province's poverty-reduction goal of 2024 and the national programme's projects: one programme")
doc('z091', 'K-157', 'http://cand.com.vn/Kinh-te/Cao-Bang-dat-muc-tieu-thu-900-ty-dong-tu-du-lich-vao-nam-2020-571700',
    'Cao Bằng', 'Cao Bằng đặt mục tiêu thu 900 tỷ đồng từ du lịch vào năm 2020',
    'Nhằm phát huy tiềm năng du lịch lớn, tỉnh Cao Bằng đã đề ra mục tiêu đến năm 2020 sẽ đón 1,6 triệu lượt khách du lịch, thu khoảng 900 tỷ đồng. Ngành du lịch cũng sẽ tạo việc làm cho 6.000 lao động trực tiếp và 13.000 lao động gián tiếp của tỉnh. Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng, ông Trương Thế Vinh cho biết, trong 11 tháng đầu năm 2019, Cao Bằng đã đón hơn 1,46 triệu lượt khách, tăng 26,7% so với cùng kỳ năm 2018.',
    [], ['8.2'], "the province's tourism goal for 2020 and eleven months' results: one sector")
doc('z092', 'K-109', 'http://lhhkhktbinhduong.vn/News/lc/7082/nghi-quyet-ve-chuyen-doi-so-tinh-binh-duong-den-nam-2025-dinh-huong-2030',
    'Bình Dương', 'Nghị quyết về chuyển đổi số tỉnh Bình Dương đến năm 2025, định hướng 2030 (30/05/2022)',
    'Nhằm đẩy mạnh chuyển đổi số với các trụ cột chính quyền số, kinh tế số, công dân số và xã hội số để làm thay đổi tổng thể và toàn diện hoạt động quản lý, điều hành của Chính quyền một cách hiệu lực, hiệu quả, minh bạch; tạo động lực tăng trưởng, thu hẹp khoảng cách phát triển góp phần thực hiện mục tiêu Bình Dương phát triển bền vững theo hướng đô thị thông minh, văn minh, hiện đại, Tỉnh ủy Bình Dương đã ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số tỉnh Bình Dương đến năn 2025, định hướng 2030.',
    ['DTI.1', '7.1'], ['8.2'], "the party's DX resolution 05-NQ/TU to 2025 presented on the S&T associations' site: the province's DX resolution (the issuer decides, not the site; x031), DTI.1 + 7.1")
doc('z093', 'K-005', 'https://vietnam.vn/caobang/phan-dau-nang-ty-le-che-phu-rung-dat-60-vao-nam-2025',
    'Cao Bằng', 'Phấn đấu nâng tỷ lệ che phủ rừng đạt 60% vào năm 2025',
    'Thực hiện Nghị quyết số 18-NQ/TU, ngày 20/4/2023 của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020 – 2025 về tăng cường sự lãnh đạo của các cấp ủy Đảng đối với công tác quản lý, bảo vệ và phát triển rừng trên địa bàn tỉnh, UBND tỉnh xây dựng kế hoạch, cụ thể hóa các nội dung triển khai thực hiện; phấn đấu nâng tỷ lệ che phủ rừng đến năm 2025 đạt 60%. Rừng hồi tại xã Cốc Pàng (Bảo Lạc) phát triển tốt. Mục tiêu cụ thể: tổ chức quản lý, bảo vệ tốt 358.391 ha rừng tự nhiên hiện có.',
    [], ['8.2'], "the province's plan on the party's forest resolution 18-NQ/TU: one sector's plan")
doc('z094', 'K-164', 'https://vneconomy.vn/chinh-phu-ban-hanh-ke-hoach-thuc-hien-chi-thi-cua-bo-chinh-tri-ve-cong-tac-giao-duc-pho-thong-den-nam-2030.htm',
    '', '',
    'Cụ thể, đối với giáo dục mầm non, tiếp tục duy trì, củng cố và nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phấn đấu hoàn thành phổ cập giáo dục mầm non cho trẻ mẫu giáo. Tỷ lệ huy động trẻ đến trường đạt 38% trẻ em trong độ tuổi nhà trẻ và 97% trẻ em trong độ tuổi mẫu giáo; phấn đấu có 99,5% trẻ em mầm non đến trường được học 2 buổi/ngày; phấn đấu tỷ lệ trường mầm non dân lập, tư thục đạt 30%, số trẻ em theo học tại các cơ sở giáo dục mầm non dân lập, tư thục đạt 35%...',
    [], ['8.2'], "the Government's plan on general education: national")
doc('z095', 'K-012', 'https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-19-NQ-HDND-2025-ke-hoach-phat-trien-kinh-te-xa-hoi-6-thang-cuoi-nam-sau-sap-xep-Dak-Lak-668114.html',
    'Đắk Lắk', 'Nghị quyết 19/NQ-HĐND về chỉ tiêu, kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh tỉnh Đắk Lắk 6 tháng cuối năm 2025 (sau sắp xếp)',
    'HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 19/NQ-HĐND Đắk Lắk, ngày 16 tháng 7 năm 2025 HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK KHÓA X, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ NHẤT Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Căn cứ Hướng dẫn số 1309/HD-UBTVQH15 ngày 11 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về “Một số nội dung về tổ chức và hoạt động của Đoàn đại biểu Quốc hội khóa XV, Hội đồng nhân dân cấp tỉnh, cấp xã nhiệm kỳ 2021-2026 sau sắp xếp đơn vị hành chính năm 2025”;',
    ['8.2'], ['6.1', '4.4'], "hard call: the merged province's council resolution on the indicators of the last six months of 2025 (19/NQ-HĐND, after the arrangement); its Điều 1 passes the main indicators of 2025 merging the two old provinces' resolutions: the new province's plan of the year, 8.2 (m072), unlike part-year figures of a province whose year is already planned (n195, q200)")
doc('z096', 'K-184', 'http://bnews.vn/Photo/thanh-pho-hung-yen-sau-20-nam-tai-lap-tinh/41123/trang-1.html',
    'Hưng Yên', '[Photo] Thành phố Hưng Yên sau 20 năm tái lập tỉnh',
    'Mục tiêu đến năm 2020, tổng thu ngân sách trên địa bàn đạt 1.350 tỷ đồng, thu nhập bình quân đầu người đạt 75 triệu đồng/năm, tỷ lệ hộ nghèo còn dưới 1,5%. Phạm Kiên/TTXVN',
    [], ['8.2'], "a photo page on the provincial city's goals for 2020: a district-level city")
doc('z097', 'K-111', 'https://hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/tang-cuong-nguon-luc-phat-trien-giao-duc-va-dao-tao-dap-ung-yeu-cau-doi-moi-tren-dia-ban-tinh-hoa-binh-giai-doan-2023-2030-49371-1358.html',
    'Hòa Bình', '',
    'Mục tiêu cụ thể của Đề án nhằm rà soát, quy hoạch, sắp xếp mạng lưới cơ sở giáo dục, giảm điểm trường lẻ và lớp ghép; phát triển các cơ sở giáo dục ngoài công lập, củng cố hệ thống các trường phổ thông dân tộc nội trú, bán trú. Ban hành cơ chế chính sách đặc thù của tỉnh dành cho giáo viên, học sinh, sinh viên vùng khó khăn, vùng sâu, vùng xa. Chuẩn bị tốt cơ sở vật chất, thiết bị dạy học đáp ứng yêu cầu đổi mới chương trình giáo dục phổ thông 2018:',
    [], ['4.1', '8.2'], "hard call: the province's project to strengthen education resources 2023-2030, one of whose aims is rearranging the school network: an education project, not the rearrangement of public service units itself (n069's project was the school-network arrangement), so not 4.1")
doc('z098', 'K-042', 'https://vanlam.hungyen.gov.vn/ket-qua-trien-khai-chuyen-doi-so-nam-2022-c2522.html',
    '', '',
    '28/12/2022 lượt xem: 25 Kết quả triển khai chuyển đổi số năm 2022 Bộ Thông tin và Truyền thông cho biết, Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước kết nối 04 cấp hành chính tiếp tục được phát triển, tạo hạ tầng truyền dẫn ổn định, an toàn kết nối các hệ thống thông tin phục vụ Chính phủ số. Đến nay, Mạng đã kết nối đến 100% huyện; 100% xã trên toàn quốc.',
    [], ['DTI.1', '7.1'], 'national DX results of 2022 reposted on a district portal: national')
doc('z099', 'K-050', 'https://congthuong.vn/lao-cai-96-ho-dan-su-dung-luoi-dien-quoc-gia-nam-2020-292.media',
    'Lào Cai', 'Lào Cai - 96% hộ dân sử dụng lưới điện quốc gia năm 2020',
    'Là tỉnh miền núi, địa bàn phức tạp nhưng tỉnh Lào Cai quyết tâm phấn đấu đến năm 2020, có 96% hộ dân trên địa bàn tỉnh được sử dụng điện lưới quốc gia. 07/08/2017 18:52',
    [], ['8.2'], "the rural electrification goal for 2020: one sector's goal")
doc('z100', 'K-181', 'https://dantocmiennui.baotintuc.vn/moi-xa-tag33416.html',
    '', '',
    'Diện mạo nông thôn mới ở xã Dân Tiến (huyện Võ Nhai). Ảnh : tuyengiaothainguyen.org.vn Giải pháp cho từng nhóm xã, địa phương xây dựng nông thôn mới ở Thái Nguyên Năm 2021, tỉnh Thái Nguyên phấn đấu có ít nhất 7 xã đạt chuẩn nông thôn mới, 8 xã đạt chuẩn nông thôn mới nâng cao trở lên, tiếp tục nâng cao số tiêu chí và chất lượng các tiêu chí ở các xã còn lại; phấn đấu có từ 20 sản phẩm OCOP (Chương trình Mỗi xã một sản phẩm) xếp hạng từ 3 sao trở lên.',
    [], ['8.2'], "a tag page of several provinces' new-rural and OCOP items: no act of one province")
doc('z101', 'K-114', 'https://baolongan.vn/tuyen-binh-no-luc-ve-dich-nong-thon-moi-a59145.html',
    'Long An', 'Tuyên Bình nỗ lực về đích nông thôn mới',
    'Thời gian qua, cấp ủy, chính quyền xã Tuyên Bình, huyện Vĩnh Hưng, tình Long An tập trung chỉ đạo quyết liệt thực hiện các tiêu chí nông thôn mới. Ðến nay, xã đạt 15/18 tiêu chí, còn lại 4 tiêu chí: Giao thông, hộ nghèo, môi trường và hệ thống chính trị, tập trung hoàn thiện theo lộ trình đề ra.',
    [], ['8.2'], "a commune's new-rural criteria: a commune")
doc('z102', 'K-105', 'https://m.baophapluat.vn/thai-binh-dinh-huong-phat-trien-kinh-te-xa-hoi-nam-2025-post533249.amp',
    'Thái Bình', 'Thái Bình: Định hướng phát triển kinh tế - xã hội năm 2025',
    '(PLVN) - Năm 2024, tỉnh Thái Bình đã đạt được những kết quả kinh tế - xã hội đáng ghi nhận nhờ sự lãnh đạo quyết liệt, đồng bộ của Tỉnh ủy, HĐND và UBND tỉnh trong việc triển khai các chủ trương, chính sách của Trung ương. Đồng thời, việc tập trung tháo gỡ các vướng mắc, thúc đẩy các giải pháp đồng bộ đã tạo nền tảng phát triển vững chắc cho tỉnh trong năm tiếp theo. Lãnh đạo các sở, ban, ngành, địa phương báo cáo, đánh giá kết quả kinh tế xã hội tỉnh năm 2024.',
    ['8.2'], ['6.1'], "the departments' and the province's account of the 2024 results and the 2025 orientation: the year's account, 8.2 (k032)")
doc('z103', 'K-039', 'https://baothaibinh.com.vn/tin-tuc/60/143123/nong-thon-thai-binh-doi-moi',
    'Thái Bình', '',
    'Thứ 7, 30/09/2023, 22:28[GMT+7] Nông thôn Thái Bình đổi mới Thứ 6, 07/01/2022 08:41:29 21,542 lượt xem Trong giai đoạn I xây dựng nông thôn mới (NTM), Thái Bình tự hào nằm trong tốp đầu cả nước về đích sớm khi 100% số xã đạt chuẩn NTM, 7/7 huyện đạt chuẩn NTM, thành phố Thái Bình hoàn thành nhiệm vụ xây dựng NTM. Đến nay, toàn tỉnh có 20 xã hoàn thành 11/11 tiêu chí NTM nâng cao, trong đó 15 xã đã được UBND tỉnh công nhận đạt chuẩn NTM nâng cao.',
    [], ['8.2'], "new-rural results and the party resolution's 2025 goals: one programme")
doc('z104', 'K-029', 'https://tinhuyquangtri.vn/tuyen-quang-doi-moi-hoat-dong-kinh-te-tap-the',
    'Tuyên Quang', '',
    'Đồng thời, khuyến khích liên kết các hợp tác xã có quy mô nhỏ thành các hợp tác xã quy mô lớn hoặc Liên hiệp hợp tác xã theo ngành nghề. Củng cố nâng cao năng lực quản lý, hiệu quả hoạt động của các hợp tác xã, mở rộng quy mô hoạt động, đổi mới công nghệ, tập trung phát triển các sản phẩm mặt hàng, ngành nghề truyền thống có thế mạnh.',
    [], ['8.2'], "the collective economy's support funds and goals: one sector (x358)")
doc('z105', 'K-030', 'https://baophutho.vn/ky-hop-thu-4-hdnd-xa-nguyet-duc-khoa-xxii-nhiem-ky-2021-2026-244590.htm',
    'Phú Thọ', 'Kỳ họp thứ 4, HĐND xã Nguyệt Đức khóa XXII, nhiệm kỳ 2021 - 2026',
    'Ngày 23/12, HĐND xã Nguyệt Đức khóa XXII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 4 - kỳ họp thường lệ cuối năm 2025 để xem xét quyết định nhiều nội dung quan trọng. Các đồng chí: Nguyễn Thị Huấn - Bí thư Đảng uỷ, Chủ tịch HĐND xã; Nguyễn Văn Vui - Phó Chủ tịch HĐND xã điều hành kỳ họp. Đồng chí Nguyễn Thị Huấn - Bí thư Đảng uỷ, Chủ tịch HĐND xã Nguyệt Đức phát biểu khai mạc kỳ họp.',
    [], ['8.2'], "a commune council's year-end session: a commune's act")
doc('z106', 'K-172', 'https://thanhnien.vn/tphcm-3-bi-thu-phuong-nguyen-la-pho-chanh-van-phong-tinh-uy-185250823141709231.htm',
    'Hồ Chí Minh', '',
    '1. Ông Nguyễn Hoàng Thông (sinh năm 1980, quê quán Bến Cát, Bình Dương cũ) có trình độ thạc sĩ luật, cao cấp lý luận chính trị, từng kinh qua các chức vụ Phó bí thư Thường trực Thị ủy Bến Cát (thị xã Bến Cát, Bình Dương cũ) và Phó chánh Văn phòng Tỉnh ủy Bình Dương; được chỉ định làm Bí thư Đảng ủy, Chủ tịch HĐND phường Phú An (TP.HCM).',
    [], ['5.2', '4.4'], "the city's newly appointed ward party secretaries: party appointments after the merger, neither recruitment nor the arrangement act")
doc('z107', 'K-158', 'https://tapchidulich.net.vn/du-lich-se-la-dot-pha-chien-luoc-phat-trien-kinh-te-xa-hoi-cao-bang-giai-doan-2020-2025.html',
    'Cao Bằng', 'Du lịch sẽ là đột phá chiến lược phát triển kinh tế - xã hội Cao Bằng giai đoạn 2020 – 2025',
    'Theo Báo cáo số 42/BC-BCĐ của Ban Chỉ đạo thực hiện Chương trình Phát triển du lịch tỉnh Cao Bằng giai đoạn 2016 – 2020, trong giai đoạn vừa qua ngành Du lịch Cao Bằng đã có những chuyển biến tích cực, đạt nhiều kết quả nổi bật. Nhiều dự án du lịch, khu du lịch dần định hình quy mô, chất lượng và phương thức kinh doanh hiện đại, hợp tác khai thác du lịch theo tiêu chuẩn quốc tế. Năm 2019, lượng khách quốc tế đến Cao Bằng đạt 185.040 lượt, tăng 63,4% so với năm 2018, vượt 146,7% so với mục tiêu.',
    [], ['8.2'], "the tourism steering committee's five-year report and orientation: one sector")
doc('z108', 'K-010', 'https://vov4.vov.vn/tin-tuc/dak-nong-hoa-hau-bo-xit-vuon-minh-muc-tieu-tang-truong-tren-8-480387.vov4',
    'Đắk Nông', '',
    'Quyết tâm chính trị và những con số biết nói Để đạt được mục tiêu tăng trưởng trên 8%, Đắk Nông đã điều chỉnh đồng loạt các chỉ tiêu kinh tế quan trọng: Tổng thu ngân sách Nhà nước đạt 3.500 tỷ đồng (tăng 150 tỷ đồng so với chỉ tiêu cũ). Thu nhập bình quân đầu người đạt 85 triệu đồng/người (tăng 3 triệu đồng/người so với chỉ tiêu cũ). Tổng huy động vốn đầu tư toàn xã hội đạt 26.000 tỷ đồng (tăng 1.000 tỷ đồng so với chỉ tiêu cũ).',
    ['8.2'], ['6.1'], "hard call: the province adjusting its key economic targets (budget revenue, income per head, investment) to reach growth above 8 %, as the chairman explains: the year's adjusted targets (2025 by the page: the 8 % goal, the expressway to start in 2025), 8.2 (m072), though the excerpt names no year")
doc('z109', 'K-128', 'https://mysoctrang.vn/vi/detailevents/?t=phe-duyet-de-an-tong-the-phat-trien-du-lich-tinh-soc-trang-giai-doan-2022-2025-dinh-huong-den-nam-2030&id=event_494',
    'Sóc Trăng', '',
    'PHÊ DUYỆT ĐỀ ÁN TỔNG THỂ PHÁT TRIỂN DU LỊCH TỈNH SÓC TRĂNG GIAI ĐOẠN 2022 - 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030 01/07/2022 31/07/2030 Sóc Trăng 27 0 Ủy ban nhân dân tỉnh Sóc Trăng vừa ban hành quyết định phê duyệt Đề án tổng thể phát triển du lịch tỉnh Sóc Trăng giai đoạn 2022 - 2025, định hướng đến năm 2030 (Quyết định số 1156/QĐ-UBND ngày 29/4/2022).',
    [], ['8.2'], "the province's overall tourism project 2022-2025 (1156/QĐ-UBND): one sector's project")
doc('z110', 'K-038', 'https://f247.com/t/quang-ngai-nganh-cong-nghiep-dan-dat-tang-truong/705602',
    'Quảng Ngãi', '',
    'Quảng Ngãi: Ngành công nghiệp dẫn dắt tăng trưởng , Năm 2023, ngành công nghiệp đã đạt được nhiều kết quả quan trọng, là động lực dẫn dắt tăng trưởng kinh tế và thu ngân sách của tỉnh. Chỉ số sản xuất công nghiệp năm 2023 ước đạt 103%, tăng 3% so với năm 2022, với hai sản phẩm chủ lực của tỉnh là sản phẩm lọc hóa dầu và thép. Giá trị sản xuất công nghiệp ước đạt 132,611 nghìn tỷ đồng, tăng 3,2% so với năm 2022, vượt 19,9% kế hoạch năm.',
    [], ['8.2'], "the industry sector's 2023 results: one sector")
doc('z111', 'K-123', 'https://baophutho.vn/dai-hoi-dai-bieu-dang-bo-xa-hop-ly-lan-thu-i-nhiem-ky-2025-2030-236930.htm',
    'Phú Thọ', 'Đại hội đại biểu Đảng bộ xã Hợp Lý lần thứ I, nhiệm kỳ 2025-2030',
    'Ngày 28/7, Đảng bộ xã Hợp Lý đã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Dự và chỉ đạo Đại hội có các đồng chí: Bùi Thị Thu Hằng - Ủy viên BTV Tỉnh uỷ, Phó Chủ tịch Uỷ ban MTTQ tỉnh; Phạm Thị Hồng Nhung - Tỉnh ủy viên, Phó trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy; lãnh đạo các ban, ngành, đoàn thể của tỉnh và 168 đại biểu đại diện cho hơn 1.000 đảng viên trong toàn Đảng bộ. Phó Chủ tịch Uỷ ban MTTQ Bùi Thị Thu Hằng tặng hoa chúc mừng Đại hội.',
    [], ['8.2'], "a merged commune's first party congress: a commune's act")
doc('z112', 'K-149', 'http://ngoisao.vn/tag/exo/trang-3/theo-dong-su-kien/kien-thuc/theo-dong-su-kien/kien-thuc/tinh-mien-nui-sap-don-dong-von-dau-tu-hon-40000-ty-dong-se-co-thanh-pho-lon-nhat-viet-nam-la-cuc-tang-truong-vung-nui-phia-bac-425715.htm',
    'Lạng Sơn', 'Tỉnh miền núi sắp đón dòng vốn đầu tư hơn 40.000 tỷ đồng, sẽ có thành phố lớn nhất Việt Nam, là cực tăng trưởng vùng núi phía Bắc',
    'Tỉnh này được quy hoạch là cực tăng trưởng vùng núi phía Bắc, sắp được đầu tư với dòng vốn khổng lồ. Chiều 21/4, tại thành phố Lạng Sơn, Thủ tướng Phạm Minh Chính đã dự Hội nghị công bố quy hoạch và xúc tiến đầu tư tỉnh Lạng Sơn năm 2024. Tại Hội nghị, tỉnh Lạng Sơn đã trao 14 chủ trương đầu tư/giấy chứng nhận đăng ký đầu tư cho 14 dự án với tổng vốn đăng ký là 18.602 tỷ đồng, 9 bản ghi nhớ đầu tư cho 9 nhà đầu tư với tổng mức đăng ký dự kiến 21.527 tỷ đồng.',
    [], ['PCI.1', '8.2'], 'the master-plan announcement and investment-promotion conference with the Prime Minister: investment promotion, not a PCI act (s045)')
doc('z113', 'K-147', 'http://kinhtedothi.vn/quang-ngai-kim-ngach-xuat-khau-du-kien-vuot-moc-1-ty-usd-388827.html',
    'Quảng Ngãi', 'Kim ngạch xuất khẩu của Quảng Ngãi dự kiến vượt mốc 1 tỷ USD',
    'Kinhtedothi - Năm 2020, kim ngạch xuất khẩu của tỉnh Quảng Ngãi đặt mục tiêu đạt 1 tỷ USD, tuy nhiên với kết quả khả quan hiện nay, ước tính có thể vượt kế hoạch và đạt 1,1 tỷ USD. Một chuyến xuất hàng đến Abu Dhabi của doanh nghiệp ở Khu kinh tế Dung Quất. Dù tình hình kinh tế - xã hội của tỉnh Quảng Ngãi bị ảnh hưởng bởi tác động của đại dịch toàn cầu Covid-19, nhưng kim ngạch xuất khẩu trong 6 tháng đầu năm 2020 lại tăng trưởng tốt, vượt kế hoạch đề ra.',
    [], ['8.2'], "export results of the first half of 2020 against the year's goal: one sector, part of a year")
doc('z114', 'K-163', 'http://www.haiduong.gov.vn/ChinhQuyen/qhpt/Pages/K%E1%BA%BF-ho%E1%BA%A1ch--ti%E1%BA%BFp-t%E1%BB%A5c-th%E1%BB%B1c-hi%E1%BB%87n-%C4%90%E1%BB%81-%C3%A1n-X%C3%A2y-d%E1%BB%B1ng-tr%C6%B0%E1%BB%9Dng-chu%E1%BA%A9n-qu%E1%BB%91c-gia--%E1%BB%9F-c%C3%A1c-c%E1%BA%A5p-h%E1%BB%8Dc-giai-%C4%91o%E1%BA%A1n-2016---2020.aspx',
    'Hải Dương', '',
    'Kế hoạch tiếp tục thực hiện Đề án Xây dựng trường chuẩn quốc gia ở các cấp học giai đoạn 2016 - 2020 Cập nhật: 09/11/2017 7:54 SA Ngày 11/11/2016, UBND tỉnh ban hành Kế hoạch tiếp tục thực hiện Đề án "Xây dựng trường chuẩn quốc gia ở các cấp học", giai đoạn 2016 – 2020.',
    [], ['8.2'], "the province's plan continuing the national-standard schools project: one sector's plan")
doc('z115', 'K-135', 'https://baovinhlong.com.vn/the-thao/202102/phan-dau-42-dan-so-tap-luyen-the-duc-thuong-xuyen-3045199/',
    'Vĩnh Long', '',
    'Phấn đấu 42% dân số tập luyện thể dục thường xuyên Cập nhật, 08:22, Thứ Sáu, 26/02/2021 (GMT+7) Theo chỉ tiêu, nhiệm vụ phát triển TDTT tỉnh Vĩnh Long giai đoạn 2021- 2025, định hướng đến năm 2030, ngành thể thao phấn đấu đưa tỷ lệ dân số của tỉnh tham gia tập luyện TDTT thường xuyên từ 33% năm 2020 lên 38% năm 2025 và 42% vào năm 2030. Trong khi đó, số gia đình luyện tập thể thao đạt 28% năm 2020 (tăng bình quân 1,5%/năm) cho đến năm 2025 đạt 35,5%/tổng số hộ toàn tỉnh.',
    [], ['8.2'], "the sport sector's indicators 2021-2025: one sector")
doc('z116', 'K-121', 'https://baophuyen.vn/82/58020/lap-quy-hoach-xay-dung-nong-thon-moi-tai-9-xa-diem.html',
    'Phú Yên', '',
    '* Tuy An: Triển khai xây dựng nông thôn mới Thường trực Ban Chỉ đạo xây dựng nông thôn mới Phú Yên vừa chọn 9 xã điểm của các huyện, thị xã, thành phố trong tỉnh lập quy hoạch xây dựng nông thôn mới. Đó là các xã: Hòa Thắng (huyện Phú Hòa), Sơn Nguyên (huyện Sơn Hòa), Sơn Giang (huyện Sông Hinh), Xuân Phước (huyện Đồng Xuân), An Cư (huyện Tuy An), Hòa Tân Tây (huyện Tây Hòa), Hòa Tân Đông (huyện Đông Hòa), Xuân Hải (TX Sông Cầu), Hòa Kiến (TP Tuy Hòa).',
    [], ['8.2'], "new-rural pilot communes and a district's goal: one programme")
doc('z117', 'K-033', 'https://lite.baomoi.com/nam-2024-toan-tinh-co-tren-11-7-nghin-ho-thoat-ngheo-da-chieu-c51077801.epi',
    'Hà Giang', 'Năm 2024, toàn tỉnh có trên 11,7 nghìn hộ thoát nghèo đa chiều',
    'Theo báo cáo của UBND tỉnh, tỷ lệ hộ nghèo đa chiều toàn tỉnh năm 2024 giảm 6,26%, tương đương với 11.710 hộ nghèo và cận nghèo (giảm từ 42,61% cuối năm 2023 xuống còn 36,35% cuối năm 2024), vượt chỉ tiêu tỉnh và T.Ư giao. Các lực lượng hỗ trợ người dân xã Khâu Vai (Mèo Vạc) xóa nhà tạm. Các lực lượng hỗ trợ người dân xã Khâu Vai (Mèo Vạc) xóa nhà tạm. Theo kết quả sơ bộ rà soát hộ nghèo cuối năm 2024 của một số huyện nghèo như:',
    [], ['8.2'], "poverty-reduction results of 2024 and the 2025 goals: one programme's account")
doc('z118', 'K-037', 'https://baodautu.vn/ca-mau-phan-dau-san-luong-nuoi-trong-thuy-san-dat-570000-tannam-vao-nam-2030-d193735.html',
    'Cà Mau', '',
    'Theo đó, Tỉnh Cà Mau sẽ khai thác hợp lý tiềm năng và lợi thế để phát triển nuôi trồng thủy sản hiệu quả, bền vững phù hợp với đặc thù của tỉnh, chủ động thích ứng với biến đổi khí hậu; đẩy mạnh nghiên cứu ứng dụng khoa học công nghệ để nâng cao năng suất, chất lượng, giá trị và khả năng cạnh tranh; đáp ứng được các yêu cầu của thị trường trong nước và xuất khẩu. Đến năm 2025, tổng sản lượng nuôi trồng thủy sản đạt 470.000 tấn, tốc độ tăng trưởng sản lượng nuôi trồng thủy sản đạt trung bình 2,15%/năm.',
    [], ['8.2'], "the province's aquaculture plan and its 2025 goals: one sector's plan")
doc('z119', 'K-101', 'https://baodansinh.vn/bac-lieu-phan-dau-den-cuoi-nam-2025-ho-ngheo-giam-con-duoi-1-20230222233716.htm',
    'Bạc Liêu', 'Bạc Liêu phấn đấu đến cuối năm 2025, hộ nghèo giảm còn dưới 1%',
    '(Dân sinh) - Theo thống kê của Sở LĐ-TB&XH tỉnh Bạc Liêu, tính đến đầu năm 2023, tỉnh đã giảm được 4.264 hộ nghèo (từ 5,09% xuống còn 3,19% so với đầu năm 2022). Tỉnh phấn đấu đến cuối năm 2025, hộ nghèo giảm còn dưới 1%. Tỉnh Bạc Liêu đang triển khai thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 với tổng nguồn vốn trên 235 tỷ đồng. Tỉnh phấn đấu đến cuối năm 2025, hộ nghèo bình quân giảm còn dưới 1%; trong đó, khu vực nông thôn có tỷ lệ hộ nghèo giảm còn dưới 2%;',
    [], ['8.2'], 'poverty figures and the poverty goal to 2025: one programme')
doc('z120', 'K-139', 'https://section8chicago.com/thuc-hien-nghi-quyet-so-12-nq-tu-cua-ban-chap-hanh-dang-bo-tinh-khoa-xvi-ve-viec-phat-trien-du-lich-tinh-kon-tum-den-nam-2025-dinh-huong-den-nam-2030/',
    'Kon Tum', '',
    'Thực hiện Nghị quyết số 12-NQ / TU của Ban Chấp hành Đảng bộ tỉnh khóa XVI về việc phát triển du lịch tỉnh Kon Tum đến năm 2025, định hướng đến năm 2030 Rate this post Ngày 29/9/2022, UBND tỉnh ban hành Kế hoạch số 3250 / KH-UBND thực hiện Nghị quyết số 12-NQ / TU ngày 18 tháng 5 năm 2022 của Ban Chấp hành Đảng bộ tỉnh khóa XVI về việc phát triển du lịch tỉnh Kon Tum đến năm 2025, định hướng đến năm 2030. Kế hoạch ra mục tiêu đến năm 2025:',
    [], ['8.2'], "a reworded copy of the province's tourism plan on resolution 12-NQ/TU (3250/KH-UBND): one sector's plan")
doc('z121', 'K-014', 'https://vtcnews.vn/bac-ninh-dat-muc-tieu-tang-truong-12-5-13-grdp-dat-6-350-usd-nguoi-nam-2026-ar996030.html',
    'Bắc Ninh', '',
    'Sáng 31/12, UBND tỉnh Bắc Ninh tổ chức hội nghị thông tin về kết quả thực hiện nhiệm vụ phát triển kinh tế – xã hội năm 2025; mục tiêu, nhiệm vụ, giải pháp chủ yếu năm 2026. Thông tin tại hội nghị, ông Mai Sơn, Phó Chủ tịch UBND tỉnh Bắc Ninh cho biết, năm 2025, kinh tế của tỉnh tiếp tục phát triển nhanh, nhiều chỉ tiêu nằm trong nhóm dẫn đầu cả nước. Tăng trưởng GRDP đạt 10,27%, xếp thứ 5 toàn quốc; GRDP bình quân đầu người ước đạt gần 5.600 USD.',
    ['8.2'], ['6.1'], "the people's committee's conference on the 2025 results and the 2026 goals: the year's account, 8.2 (f064, q197)")
doc('z122', 'K-202', 'https://thuviennhadat.vn/vbpl/ke-hoach-451-kh-ubnd-2022-trong-rung-kon-tum-2022-2025-515634.html',
    'Kon Tum', '',
    'ỦY BAN NHÂN DÂN TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 451/KH-UBND Kon Tum, ngày 18 tháng 02 năm 2022 KẾ HOẠCH TRỒNG RỪNG GIAI ĐOẠN 2022-2025 TRÊN ĐỊA BÀN TỈNH KON TUM Căn cứ Nghị quyết số 06-NQ/ĐH ngày 30 tháng 9 năm 2020 của Đại hội Đại biểu tỉnh Đảng bộ lần thứ XVI; Căn cứ Nghị quyết số 06-NQ/TU ngày 25 tháng 11 năm 2021 của Tỉnh ủy về phát triển lâm nghiệp bền vững đến năm 2025, định hướng đến năm 2030 trên địa bàn tỉnh Kon Tum;',
    [], ['8.2', '1.1'], "the province's forest-planting plan 2022-2025 (451/KH-UBND): one sector's plan")
doc('z123', 'K-156', 'https://thaibinhtv.vn/news/13/21688/thai-binh-co-tren-1-225-000-nguoi-tham-gia-bhyt',
    'Thái Bình', '',
    'Hiện toàn tỉnh Thái Bình có trên 1.225.000 người tham gia bảo hiểm y tế (BHYT), chiếm tỷ lệ 68,6% dân số. Khám chữa bệnh bằng BHYT tại Bệnh viện Đa khoa huyện Quỳnh Phụ Trong đó: Trên 91.700 người thuộc hộ nghèo và cận nghèo, trên 197.600 trẻ em dưới 6 tuổi được cấp thẻ BHYT miễn phí. Đặc biệt, tỷ lệ học sinh, sinh viên trên địa bàn tỉnh tham gia BHYT đạt cao với 625/625 trường học tham gia.',
    [], ['8.2'], 'health-insurance participation and the 2015 coverage goal: one sector')
doc('z124', 'K-173', 'https://congthuong.vn/vinh-phuc-giai-quyet-viec-lam-cho-11062-lao-dong-trong-5-thang-323729.html',
    'Vĩnh Phúc', '',
    'Vĩnh Phúc: Sản xuất công nghiệp đạt chuỗi tăng 3 tháng liên tiếp Vĩnh Phúc: Giải ngân vốn đầu tư công 5 tháng bằng 34,53% kế hoạch Theo thông tin từ UBND tỉnh Vĩnh Phúc, 5 tháng đầu năm, toàn tỉnh Vĩnh Phúc đã giải quyết việc làm cho 11.062 lao động, trong đó: giải quyết 2.134 việc làm trong khu vực nông, lâm nghiệp và thủy sản; 5.255 việc làm trong khu vực công nghiệp; 3.228 việc làm khu vực dịch vụ; 445 người đi xuất khẩu lao động. Số lao động nghỉ giãn việc trong tháng là 295 lao động;',
    [], ['8.2', '6.1'], 'job creation in the first five months of 2024 (the related headlines name public-investment disbursement): part of a year, one sector')
doc('z125', 'K-003', 'http://xuyenaip.com/bai-viet/tin-tuc-8/long-an-co-88-xa-dat-chuan-nong-thon-moi-29.html',
    'Long An', '',
    'XUYÊN Á KHU CÔNG NGHIỆP CÓ DIỆN TÍCH LỚN NHẤT TỈNH LONG AN Tin tức Long An có 88 xã đạt chuẩn nông thôn mới Theo Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An -Nguyễn Thanh Truyền, đến thời điểm hiện tại, Long An có 88 xã đạt chuẩn nông thôn mới. Đến thời điểm hiện tại, Long An có 88/161 xã đạt chuẩn nông thôn mới (trong ảnh:',
    [], ['8.2'], "new-rural results on an industrial-park company's site: one programme")
doc('z126', 'K-031', 'https://ls1.hethongphapluat.com/nghi-quyet-28-nq-hdnd-nam-2016-thong-qua-ke-hoach-bao-ve-va-phat-trien-rung-tinh-son-la-giai-doan-2016-2020.html',
    'Sơn La', '',
    'HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 28/NQ-HĐND Sơn La, ngày 14 tháng 12 năm 2016 NGHỊ QUYẾT VỀ VIỆC THÔNG QUA KẾ HOẠCH BẢO VỆ VÀ PHÁT TRIỂN RỪNG TỈNH SƠN LA GIAI ĐOẠN 2016 - 2020 HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA KHÓA XIV, KỲ HỌP THỨ 3 Căn cứ Luật Tổ chính quyền địa phương năm 2015; Căn cứ Luật Bảo vệ và Phát triển rừng năm 2004; Căn cứ Nghị định số 23/2006/NĐ-CP ngày 03 tháng 3 năm 2006 của Chính phủ về thi hành Luật Bảo vệ và Phát triển rừng;',
    [], ['8.2'], "the council passing the forest protection and development plan 2016-2020 (28/NQ-HĐND): one sector's plan")
doc('z127', 'K-194', 'https://baobariavungtau.com.vn/phap-luat/202202/xay-dung-van-hoa-giao-thong-an-toan-944496/',
    'Bà Rịa - Vũng Tàu', '',
    'Ban An toàn giao thông tỉnh vừa ban hành Kế hoạch bảo đảm trật tự an toàn giao thông (TTATGT) năm 2022 với chủ đề “Xây dựng văn hóa giao thông an toàn gắn với kiểm soát hiệu quả dịch COVID-19”. Ban ATGT tỉnh ra quân bảo đảm TTATGT năm 2022. Kế hoạch được xây dựng nhằm mục tiêu nâng cao ý thức tự giác chấp hành pháp luật và xây dựng văn hóa giao thông an toàn cho người dân trên địa bàn tỉnh; hàng năm giảm TNGT từ 5-10% số vụ, người chết và bị thương;',
    [], ['2.4', '8.2'], "the provincial traffic-safety committee's plan of 2022: one sector's plan, not law dissemination")
doc('z128', 'K-009', 'https://daibieunhandan.vn/ha-nam-san-sang-tang-toc-but-pha-post402360.html',
    'Hà Nam', 'Hà Nam sẵn sàng tăng tốc, bứt phá',
    'Năm 2024 với nhiều khó khăn, thách thức, được sự quan tâm lãnh đạo, chỉ đạo, ủng hộ của Trung ương, lãnh đạo kịp thời, sát sao của Tỉnh ủy và nỗ lực, quyết tâm cao của các ngành, các cấp, cộng đồng doanh nghiệp và các tầng lớp Nhân dân, Hà Nam đã hoàn thành và hoàn thành vượt mức 16/16 chỉ tiêu chủ yếu về kinh tế - xã hội, trong đó 8 chỉ tiêu hoàn thành vượt kế hoạch.',
    ['8.2'], ['6.1'], "the chairman's interview on the province's 2024 results (16/16 main indicators): the year's account in national news, 8.2 (m053)")
doc('z129', 'K-051', 'https://blcmhcmc.com/blogs/news/ca-mau-phan-dau-xuat-khau-thuy-san-dat-1-65-ty-usd',
    'Cà Mau', 'Cà Mau: Phấn đấu xuất khẩu thủy sản đạt 1,65 tỷ USD',
    'Sở NN-PTNT tỉnh Cà Mau cho biết, UBND tỉnh vừa ban hành kế hoạch hành động thực hiện chiến lược phát triển thủy sản trên địa bàn. Cà Mau đặt mục tiêu phát triển ngành tôm trở thành một trung tâm thủy sản lớn nhất của vùng ĐBSCL và cả nước. Phấn đấu đến năm 2030, tổng diện tích nuôi tôm ổn định 280.000ha (trong đó diện tích nuôi tôm càng xanh ổn định 20.000ha); tổng sản lượng tôm nuôi 350.000 tấn; tổng sản lượng thủy sản đạt 0,8 triệu tấn; kim ngạch xuất khẩu thủy sản đạt 1,65 tỷ USD.',
    [], ['8.2'], "the province's fisheries action plan to 2030: one sector's plan")
doc('z130', 'K-049', 'https://vov.gov.vn/hau-giang-co-175-san-pham-dat-chuan-ocop-cap-tinh-1112023-dtnew-461167',
    'Hậu Giang', '',
    'Hậu Giang có 175 sản phẩm đạt chuẩn OCOP cấp tỉnh (11/1/2023) Cập nhật: 11/01/2023 Xe đầu kéo bất ngờ bốc cháy trên cao tốc qua Hà Tĩnh Kỳ tích giữa bão tố: 3 ngư dân Lý Sơn trôi dạt hơn 40 giờ trên biển trở về bình an Qua hơn 5 năm triển khai thực hiện chương trình mỗi xã một sản phẩm (OCOP) gắn với xây dựng nông thôn mới, đồng thời qua nhiều lần tổ chức hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh, hiện toàn tỉnh Hậu Giang có 175 sản …',
    [], ['8.2'], 'OCOP certification results: one programme')
doc('z131', 'K-188', 'https://www.vietnamplus.vn/chuyen-canh-lua-chat-luong-cao-tag1220727.vnp',
    '', '',
    'Đồng Tháp: Tạo vùng chuyên canh 161.000ha lúa chất lượng cao, phát thải thấp Tỉnh Đồng Tháp phấn đấu đưa diện tích canh tác vùng chuyên canh lúa chất lượng cao toàn tỉnh đến năm 2030 là 161.000ha; trong đó, diện tích thực hiện năm 2024 là 20.000ha. Tỉnh Đồng Tháp phấn đấu đưa diện tích canh tác vùng chuyên canh lúa chất lượng cao toàn tỉnh đến năm 2030 là 161.000ha; trong đó, diện tích thực hiện năm 2024 là 20.000ha.',
    [], ['8.2'], "a tag page of two provinces' high-quality rice goals: one sector, no act of one province")
doc('z132', 'K-026', 'http://baokiemtoan.vn/phan-dau-den-nam-2025-binh-dinh-co-85-so-xa-dat-chuan-nong-thon-moi-35004.html',
    'Bình Định', '',
    'Trong đó, Kế hoạch đề ra mục tiêu: Phấn đấu đến năm 2025, tỉnh Bình Định có 85% số xã đạt chuẩn nông thôn mới (tương đương 96 xã); trong đó, có 40% số xã đạt chuẩn nông thôn mới nâng cao (tương đương 39/96 xã đạt chuẩn) và ít nhất 10% số xã đạt chuẩn nông thôn mới kiểu mẫu (tương đương 10/96 xã đạt chuẩn); không còn xã dưới 15 tiêu chí. Đặc biệt, tỉnh Bình Định tiếp tục xây dựng nông thôn mới nâng cao và nông thôn mới kiểu mẫu đối với các xã, huyện đã được công nhận đạt chuẩn nông thôn mới;',
    [], ['8.2'], "the province's emulation plan for new-rural development and its 2025 goals: one programme's movement plan")
doc('z133', 'K-183', 'https://dulieuphapluat.vn/van-ban/the-thao-y-te-van-ban/ke-hoach-54kh-ubnd-nam-2020-ve-hanh-dong-thuc-hien-chuong-trinh-cham-soc-dinh-duong-1000-ngay-dau-doi-nham-phong-chong-suy-dinh-duong-ba-me-tre-em-nang-cao-tam-voc-nguoi-viet-nam-den-nam-2025-tam-nhin-den-nam-2030-tinh-lang-son-1153913.html',
    'Lạng Sơn', '',
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 54/KH-UBND Lạng Sơn, ngày 27 tháng 3 năm 2020 Thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời nhằm phòng chống suy dinh dưỡng bà mẹ, trẻ em, nâng cao tầm vóc người Việt Nam”, UBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời nhằm phòng chống suy dinh …',
    [], ['8.2'], "the province's action plan on the 1,000-days nutrition programme (54/KH-UBND): one sector's plan")
doc('z134', 'K-008', 'https://nvsk.vnanet.vn/dong-bang-song-hong-quy-hoach-tinh-ha-nam-thoi-ky-2021-2030-tam-nhin-den-nam-2050-interactive-1-142496.vna',
    'Hà Nam', '',
    '[Infographics] Đồng bằng sông Hồng: Quy hoạch tỉnh Hà Nam thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Interactive) Nhân vật liên quan Ủy viên Trung ương Đảng; Phó Thủ tướng Chính phủ; nước CHXHCN Việt NamTrần Hồng Hà Hà Nội (TTXVN 28/2/2024) Theo quy hoạch đã được Thủ tướng phê duyệt, tỉnh Hà Nam phấn đấu đến năm 2030 đạt mức phát triển khá của Vùng đồng bằng sông Hồng; tốc độ tăng trưởng kinh tế (GRDP) bình quân giai đoạn 2021-2030 đạt khoảng 11,2%/năm; GRDP bình quân đầu người đạt trên 230 triệu đồng...',
    [], ['8.2'], "the provincial master plan approved by the Prime Minister: a master plan, another level's act")
doc('z135', 'K-116', 'https://plo.vn/dong-thap-phoi-hop-cung-tphcm-khai-thac-tuyen-du-lich-moi-sac-mau-vung-bien-post796109.html',
    'Đồng Tháp', 'Đồng Tháp phối hợp cùng TP.HCM khai thác tuyến du lịch mới Sắc màu vùng biên',
    '(PLO)- Kế hoạch Phát triển du lịch năm 2024, Đồng Tháp cho biết sẽ phối hợp với TP.HCM và các địa phương khai thác tuyến du lịch mới Sắc màu vùng biên (TP. HCM - Long An - Đồng Tháp - An Giang - Kiên Giang) và khai thác loại hình du lịch đường sông 0:00 / 0:00 0:00 UBND tỉnh Đồng Tháp vừa ban hành kế hoạch Phát triển du lịch tỉnh Đồng Tháp năm 2024.',
    [], ['8.2'], "the province's tourism plan of 2024: one sector's plan of the year")
doc('z136', 'K-108', 'https://vietnamnet.vn/binh-duong-phan-dau-den-nam-2025-100-dich-vu-cong-truc-tuyen-muc-do-3-4-duoc-tich-hop-tren-cong-dich-vu-cong-quoc-gia-749181.html',
    'Bình Dương', '',
    'Theo đó, Kế hoạch đề ra những mục tiêu cơ bản về phát triển chính quyền số, nâng cao hiệu quả, hiệu lực hoạt động; phát triển kinh tế số, nâng cao năng lực cạnh tranh cấp tỉnh; phát triển xã hội số, thu hẹp khoảng cách số. Phấn đấu đến năm 2025, 100% dịch vụ công trực tuyến mức độ 3, 4 được tích hợp trên Cổng dịch vụ công quốc gia; 100% giao dịch trên Cổng dịch vụ công quốc gia, Cổng dịch vụ công và Hệ thống thông tin một cửa của tỉnh được xác thực điện tử;',
    ['DTI.1', '7.1'], ['7.3'], "news whose text is the goals of the province's DX plan to 2025 (digital government, economy and society): the plan (q163, m116), DTI.1 + 7.1; its online-service goals do not make it 7.3")
doc('z137', 'K-179', 'https://dautuvakinhdoanh.vn/ninh-thuan-tung-buoc-phan-dau-tro-thanh-trung-tam-nang-luong-cua-ca-nuoc-a14114.html',
    'Ninh Thuận', 'Ninh Thuận từng bước phấn đấu trở thành Trung tâm năng lượng của cả nước',
    'Xây dựng Ninh Thuận thành Trung tâm năng lượng, năng lượng tái tạo của cả nước đến năm 2025, định hướng đến năm 2030 là nhiệm vụ chính trị trọng tâm, nhằm góp phần thực hiện tốt nhất nhiệm vụ phát triển kinh tế - xã hội của tỉnh. Đến năm 2025 nâng tổng công suất tăng thêm khoảng 3.000 MW UBND tỉnh Ninh Thuận đã ban hành Kế hoạch số 2874/KH-UBND về việc hành động thực hiện Nghị quyết số 20-NQ/TU ngày 25/01/2022 của Ban Chấp hành Đảng bộ tỉnh khóa …',
    [], ['8.2'], "the province's action plan on the energy-centre resolution (2874/KH-UBND): one sector's plan")
doc('z138', 'K-152', 'https://bdt.daknong.gov.vn/web/guest/tra-cuu/-/view_content/126173968-day-nhanh-tien-do-trien-khai-chuyen-doi-so.html',
    'Đắk Nông', '',
    'Nghị quyết số 09-NQ/TU, ngày 1/11/2021 của Tỉnh uỷ về chuyển đổi số giai đoạn 2021-2025, định hướng đến năm 2030 được xem là “chìa khóa” để Đắk Nông phát triển chính quyền số, kinh tế số, hướng đến xã hội số, xây dựng nền hành chính hiệu lực, hiệu quả. Thành lập tổ công nghệ số Tỉnh Đắk Nông hiện đang triển khai thí điểm về chuyển đổi số (CĐS) tại TP. Gia Nghĩa và huyện Đắk Mil, trong đó tập trung vào 4 xã, phường, thị trấn gồm: Nghĩa Tân, Quảng Thành (Gia Nghĩa); Đắk Lao, thị trấn Đắk Mil (Đắk Mil).',
    [], ['DTI.1', '7.1'], "hard call: the first sentence names the party's DX resolution 09-NQ/TU as the 'key' to digital government without what it sets, and the page is the DX pilot and the deadline for community digital teams: the act only as the frame (m113, n041), not DTI.1 + 7.1")
doc('z139', 'K-171', 'https://kinhtedothi.vn/son-la-ty-le-ho-ngheo-giam-con-11-11',
    'Sơn La', 'Sơn La: tỷ lệ hộ nghèo giảm còn 11,11%',
    'Kinhtedothi - Sau 3 năm thực hiện Nghị quyết số 20-NQ/TU, tỷ lệ hộ nghèo toàn tỉnh Sơn La giảm từ 21,66% năm 2021 xuống còn 11,11% vào cuối năm 2024. Ngày 17/12, Tỉnh ủy Sơn La tổ chức Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 20-NQ/TU ngày 21/12/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn tỉnh Sơn La giai đoạn 2021-2025.',
    [], ['8.2'], "the party's three-year review of its poverty resolution: one programme's results")
doc('z140', 'K-153', 'https://vietbao.vn/bac-lieu-nang-cao-tinh-chuyen-nghiep-chat-luong-cac-san-pham-du-lich-mang-tinh-dac-trung-401068.html',
    'Bạc Liêu', '',
    'Bạc Liêu đặt mục tiêu đến năm 2025 đón trên 7 triệu lượt khách, tổng doanh thu đạt trên 10.000 tỷ đồng, đóng góp 7 - 9% GRDP của tỉnh, giải quyết việc làm cho 30.000 lao động (trong đó 12.000 lao động trực tiếp); có 15 điểm du lịch, một khu du lịch cấp tỉnh được công nhận và nằm trong danh mục các khu vực có tiềm năng phát triển du lịch quốc gia. Tỉnh phấn đấu đến năm 2030 có ngành Du lịch phát triển bền vững với hệ thống cơ sở vật chất kỹ thuật đồng bộ, hiện đại và chuyên nghiệp;',
    [], ['8.2'], "the province's tourism goals to 2025 and 2030: one sector")
doc('z141', 'K-196', 'https://giaothong.tapchixaydung.vn/nam-2026-giam-tngt.html',
    '', '',
    'năm 2026 giảm tngt Năm 2026 phấn đấu giảm ít nhất 50% số vụ TNGT trên địa bàn cả nước Năm 2026 phấn đấu giảm ít nhất 50% số vụ TNGT trên địa bàn cả nước Đó là một trong những nội dung kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại Hội nghị tổng kết công tác bảo đảm trật tự ATGT năm 2025 và triển khai nhiệm vụ năm 2026.',
    [], ['8.2'], "the Deputy Prime Minister's national traffic-accident goal: national")
doc('z142', 'K-132', 'https://nongthonmoituyenquang.gov.vn/tin-tuc/trang-285.html',
    'Tuyên Quang', 'Tiếp tục dồn sức xây dựng nông thôn mới',
    'TQĐT - Theo kế hoạch, năm 2017 toàn tỉnh phấn đấu thêm 7 xã đạt chuẩn nông thôn mới (NTM), duy trì và nâng cao chất lượng các tiêu chí tại các xã đã đạt chuẩn NTM, đồng thời nâng tiêu chí NTM bình quân toàn tỉnh đạt trên 12 tiêu chí/xã.',
    [], ['8.2'], "the new-rural plan's goals of 2017 on the programme's portal: one programme's plan of the year")
doc('z143', 'K-124', 'https://www.baoquangbinh.vn/xa-hoi-doi-song/201703/nam-2017-cac-dia-phuong-phan-dau-giam-tu-5374-den-6013-ho-ngheo-2143651/',
    'Quảng Bình', 'Năm 2017, các địa phương phấn đấu giảm từ 5.374 đến 6.013 hộ nghèo',
    '(QBĐT) - UBND tỉnh vừa giao chỉ tiêu phấn đấu giảm tỷ lệ hộ nghèo năm 2017 cho các huyện, thị xã, thành phố. Mô hình nuôi bồ câu lai, góp phần giảm nghèo ở xã Hồng Hóa (huyện Minh Hóa). Mô hình nuôi bồ câu lai, góp phần giảm nghèo ở xã Hồng Hóa (huyện Minh Hóa). Cụ thể, huyện Minh Hóa giảm từ 6,5-7,2% (tương ứng từ 840-930 hộ); Tuyên Hóa 4,5-5,0% (1.070-1.190 hộ); Quảng Trạch 2,2-2,5% (660-750 hộ); Bố Trạch 2,0-2,2% (950-1050 hộ); Quảng Ninh 2,2-2,5% (575- 655 hộ); Lệ Thủy 2,0-2,2% (807-890 hộ);',
    [], ['8.2'], "the committee assigning the 2017 poverty-reduction targets to its districts: one programme's targets, not the year's plan")
doc('z144', 'K-036', 'https://travinh.gov.vn/xay-dung-nong-thon-moi/tra-vinh-cong-nhan-them-3-xa-dat-chuan-nong-thon-moi-nang-cao-va-kieu-mau-706384',
    'Trà Vinh', '',
    'Trà Vinh: Công nhận thêm 3 xã đạt chuẩn nông thôn mới nâng cao và kiểu mẫu Lượt xem: 715 0:00 / 0:00 UBND tỉnh vừa ban hành quyết định công nhận 2 xã nông thôn mới nâng cao và 1 xã nông thôn mới kiểu mẫu về sản xuất năm 2023 (Giai đoạn 2021 - 2025). anh tin bai Người dân xã Hòa Ân, huyện Cầu Kè chăm sóc tuyến đường hoa (Ảnh: Minh Thùy) Theo đó, đợt này, 2 xã được công nhận đạt chuẩn nông thôn mới nâng cao là Phong Thạnh và Hòa Ân (huyện Cầu Kè).',
    [], ['8.2'], 'the province recognising advanced and model new-rural communes: one programme')
doc('z145', 'K-187', 'https://vongthe.thoaison.angiang.gov.vn/giang-co-cau-lai-nganh-nong-nghiep',
    'An Giang', 'An Giang cơ cấu lại ngành nông nghiệp',
    'Với quan điểm là xác định nông nghiệp là nền tảng, là “lõi kinh tế” của tỉnh. Phát triển nông nghiệp theo hướng bền vững, tuần hoàn, cảnh quan và có trách nhiệm trong mối liên kết chặt chẽ với các cụm ngành công nghiệp chế biến, dịch vụ phụ trợ, du lịch sinh thái, bảo vệ môi trường, thích ứng với biến đổi khí hậu (BĐKH) và phát triển bền vững.',
    [], ['8.2'], "the province's agriculture-restructuring plan reposted by a commune's portal: one sector's plan")
doc('z146', 'K-185', 'https://www.tin247.com/hung-yen-hoan-thanh-xay-dung-nong-thon-moi-16-28588420.html',
    'Hưng Yên', '',
    'Hưng Yên: Hoàn thành xây dựng nông thôn mới Nhà đất 11/04/2021 - 09:22 Theo Ban chỉ đạo xây dựng nông thôn mới tỉnh, đến nay tỉnh Hưng Yên đã có 10/10 huyện, thành phố, thị xã đã được công nhận đạt chuẩn, hoàn thành NTM. Hưng Yên: Hoàn thành xây dựng nông thôn mới - ảnh 1 Thu nhập bình quân đầu người khu vực nông thôn đạt 45 triệu đồng/người.',
    [], ['8.2'], 'the province completing new-rural development: one programme')
doc('z147', 'K-155', 'https://baothaibinh.com.vn/tin-tuc/9/214604/hop-ban-giai-phap-tang-ty-le-bao-phu-bao-hiem-y-te-tren-dia-ban-tinh',
    'Thái Bình', '',
    'Họp bàn giải pháp tăng tỷ lệ bao phủ bảo hiểm y tế trên địa bàn tỉnh Các đại biểu dự cuộc họp. Tính đến hết tháng 11/2024, toàn tỉnh có gần 1,7 triệu người tham gia BHYT, tỷ lệ bao phủ đạt khoảng 92,5% (bao gồm cả số người dân Thái Bình đi lao động và học tập ở tỉnh ngoài).',
    [], ['8.2'], 'a meeting on health-insurance coverage: one sector')
doc('z148', 'K-046', 'http://www.thtg.vn/tien-giang-phan-dau-den-nam-2025-ty-le-ho-ngheo-nong-thon-con-duoi-1/',
    'Tiền Giang', 'Tiền Giang phấn đấu đến năm 2025 tỷ lệ hộ nghèo nông thôn còn dưới 1%',
    '(THTG) Hiện tỉnh Tiền Giang đang tập trung thực hiện tái cơ cấu nông nghiệp gắn với xây dựng nông thôn mới theo hướng văn minh, giàu đẹp, nâng cao đời sống vật chất và tinh thần của nông dân. Quan điểm của tỉnh là xây dựng nông thôn mới phải gắn với phát triển đô thị và quá trình đô thị hóa nông thôn, nhất là thu hẹp dần khoảng cách giữa thành thị và nông thôn, nỗ lực giảm tỷ lệ hộ nghèo nông thôn còn dưới 1% vào năm 2025.',
    [], ['8.2'], 'agriculture restructuring and the rural poverty goal to 2025: one sector')
doc('z149', 'K-047', 'https://baokhanhhoa.vn/xa-hoi/yte-suckhoe/201901/kham-chua-benh-cho-hon-35-trieu-luot-benh-nhan-8102476',
    'Khánh Hòa', '',
    'Ngày 11-1, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2018, triển khai kế hoạch năm 2019. Ông Nguyễn Đắc Tài - Phó Chủ tịch UBND tỉnh Khánh Hòa đến dự. Ngày 11-1, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2018, triển khai kế hoạch năm 2019. Ông Nguyễn Đắc Tài - Phó Chủ tịch UBND tỉnh Khánh Hòa đến dự. Năm 2018, số giường bệnh trên 10.000 dân đạt 29,3% (tăng 0,4% so với kế hoạch); 91,2% xã đạt tiêu chí quốc gia về y tế; 89,7% dân số tham gia bảo hiểm y tế.',
    [], ['8.2'], "the health department's year-end conference: one department's account")
doc('z150', 'K-175', 'https://vasep.com.vn/amp/kien-giang-dat-muc-tieu-830-000-tan-thuy-san-33846.html',
    'Kiên Giang', '',
    'Kiên Giang đặt mục tiêu 830.000 tấn thủy sản Sản xuất 08:40 18/06/2025 Kiên Giang đang triển khai nhiều biện pháp nhằm đạt sản lượng thủy sản trên 830.000 tấn, trong đó khai thác đạt 420.000 tấn và nuôi trồng hơn 410.000 tấn. Kiên Giang tạo điều kiện cho doanh nghiệp, ngư dân phát triển nuôi biển công nghệ cao để gia tăng sản lượng, giảm áp lực khai thác, từ đó phát triển bền vững. Ảnh: Trung Chánh.',
    [], ['8.2'], "the province's fisheries output goal of 2025: one sector's goal")
doc('z151', 'K-178', 'https://nhandan.org.vn/tin-tuc-du-lich/tuyen-quang-chu-trong-quang-ba-phat-trien-du-lich-363505/dan-toc-mien-nui',
    'Tuyên Quang', 'Tuyên Quang chú trọng quảng bá, phát triển du lịch',
    'Sau hơn ba năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 16, nhiệm kỳ 2015-2020, tỉnh Tuyên Quang đã đón tổng cộng hơn 4,74 triệu lượt khách du lịch; doanh thu xã hội từ du lịch đạt hơn 4.123 tỷ đồng. Trong đó, năm 2018, tỉnh đón hơn 1,7 triệu lượt khách du lịch. Du khách tham quan hồ thủy điện Tuyên Quang (tỉnh Tuyên Quang). Ảnh: MỸ HÀ Du khách tham quan hồ thủy điện Tuyên Quang (tỉnh Tuyên Quang). Ảnh:',
    [], ['8.2'], 'tourism results under the party congress resolution: one sector')


if __name__ == "__main__":
    out = Path(__file__).with_name("fresh28.jsonl")
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in D), encoding="utf-8")
    print(f"{len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs -> {out.name}")
