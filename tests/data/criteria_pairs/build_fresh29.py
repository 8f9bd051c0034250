"""Writes fresh29.jsonl: an eleventh set of fresh labelled pages (session 27, issue 15, helper fr29), gathered with the
search tool (`pages` corpus) like fresh21, for the unseen sets after fresh28 (which is thin: almost only 8.2). It is
not in the trainer's loader and must stay out of it; it is open: it may be extended next session before it is first
measured. Every label was written while reading the page, before the mapper or the ranker was run on it (this file
was committed with its labels alone). Labels follow the README's rules ("Overlapping criteria: one rule for all three
files" and the fresh19-fresh28 rules included). Run it to regenerate fresh29.jsonl.

Gathering (ids b001-b063). 43 searches: 42 of the `pages` corpus, Vietnamese queries per topic and province, and one
of the `docs` corpus ("kế hoạch cải cách hành chính tỉnh"), which returned no portal page (dataset viewers, GitHub,
French archives, plan tools), so nothing of it is counted below. The `pages` queries:
  kế hoạch cải cách hành chính năm 2024 tỉnh Hà Tĩnh | báo cáo kết quả kiểm soát thủ tục hành chính quý 2024 UBND
  tỉnh | quyết định công bố danh mục thủ tục hành chính mới ban hành sửa đổi tỉnh Lào Cai | kế hoạch tuyên truyền cải
  cách hành chính năm 2025 tỉnh | kiểm tra công tác cải cách hành chính năm 2024 đoàn kiểm tra tỉnh | đề án vị trí
  việc làm cơ quan hành chính tỉnh phê duyệt | tinh giản biên chế tỉnh kết quả thực hiện kế hoạch | Chỉ số SIPAS
  tỉnh năm 2024 mức độ hài lòng xếp thứ | một cửa liên thông bộ phận tiếp nhận và trả kết quả huyện quy chế hoạt
  động | kế hoạch rà soát đánh giá thủ tục hành chính năm tỉnh ủy ban nhân dân | kế hoạch kiểm tra văn bản quy phạm
  pháp luật theo dõi thi hành pháp luật tỉnh | quy định chức năng nhiệm vụ quyền hạn cơ cấu tổ chức Sở Nội vụ tỉnh |
  thi tuyển công chức tỉnh năm 2024 thông báo tuyển dụng | tự chủ tài chính đơn vị sự nghiệp công lập tỉnh giao
  quyền tự chủ | chỉ thị chủ tịch UBND tỉnh đẩy mạnh cải cách hành chính nâng cao chỉ số PAR INDEX | đánh giá xếp
  loại chất lượng cán bộ công chức viên chức năm tỉnh | báo cáo công tác cải cách hành chính 6 tháng đầu năm huyện |
  kế hoạch phổ biến giáo dục pháp luật năm tỉnh UBND ban hành | quyết định giao biên chế công chức trong cơ quan
  hành chính tỉnh năm | Trung tâm phục vụ hành chính công tỉnh tiếp nhận hồ sơ trực tuyến tỷ lệ | sắp xếp tổ chức
  bộ máy các sở ngành tỉnh giảm đầu mối phòng chuyên môn | Ban Chỉ đạo cải cách hành chính tỉnh kiện toàn quyết định
  thành lập | đào tạo bồi dưỡng cán bộ công chức kế hoạch năm tỉnh | giải ngân vốn đầu tư công tỉnh năm 2024 tỷ lệ |
  UBND tỉnh ban hành kế hoạch cải cách hành chính nhà nước năm 2023 mục tiêu chỉ tiêu | công bố chỉ số cải cách hành
  chính các sở ban ngành huyện năm 2023 xếp hạng tỉnh | quyết định phê duyệt quy trình nội bộ giải quyết thủ tục hành
  chính tỉnh | sắp xếp đơn vị sự nghiệp công lập tỉnh giảm số lượng đề án | kỷ luật kỷ cương hành chính công vụ chỉ
  thị tỉnh chấn chỉnh cán bộ | dự toán ngân sách địa phương nghị quyết HĐND tỉnh phân bổ năm 2025 | Sở Nội vụ tỉnh
  hội nghị tổng kết công tác cải cách hành chính năm 2024 triển khai nhiệm vụ 2025 | cổng dịch vụ công tỉnh thanh
  toán trực tuyến hồ sơ thủ tục hành chính đúng hạn | phân cấp ủy quyền giải quyết thủ tục hành chính chủ tịch UBND
  tỉnh ủy quyền sở | tuyển dụng viên chức giáo dục huyện thông báo kết quả xét tuyển | xây dựng chính quyền điện tử
  tỉnh hệ thống quản lý văn bản điều hành chữ ký số | Quảng Trị quyết định phê duyệt vị trí việc làm cơ cấu ngạch
  công chức sở | Nghệ An kế hoạch kiểm soát thủ tục hành chính năm 2024 | Bến Tre kết quả thực hiện cải cách hành
  chính năm 2023 chỉ số | Lâm Đồng quyết định công bố thủ tục hành chính lĩnh vực hộ tịch cấp xã | quy chế đánh giá
  xếp loại công chức hằng tháng theo kết quả nhiệm vụ tỉnh ban hành | danh mục văn bản quy phạm pháp luật hết hiệu
  lực toàn bộ một phần công bố kết quả hệ thống hóa tỉnh | quyết định thành lập Trung tâm Phục vụ hành chính công
  tỉnh quy chế tổ chức hoạt động | kế hoạch đào tạo bồi dưỡng cán bộ công chức viên chức tỉnh năm 2024 UBND ban hành |
  quyết định quy định tiêu chuẩn chức danh công chức cấp xã tỉnh | thực hành tiết kiệm chống lãng phí chương trình
  tỉnh năm | thẩm định dự thảo văn bản quy phạm pháp luật Sở Tư pháp tỉnh kết quả năm | tiếp nhận xử lý phản ánh kiến
  nghị về quy định hành chính tỉnh báo cáo.
Counts. The corpus is worn: the 42 searches returned 211 distinct URLs (two more results had no URL); 102 of them are
already used (their key, host without `www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query, is in docs, heldout,
extra, fresh19-fresh28 or the `source_url` of a corpus part this set may read: A-H, J1-J6, K1-K3; K4-K6 and part I
were not opened), 109 are new. Of the 109 new ones 63 were kept: 19 were dropped as gambling/spam pages (kuwin and
w88 copies, betting hosts, a Chinese exam tag, an SEO copy on a cosmetics host), 3 as second mirrors of documents
the older files already label (thuvienphapluat.vn copies of Bình Thuận 34/2024/QĐ-UBND and Sơn La 22/KH-UBND 2024,
the hethongphapluat.vn copy of 5673/BNV-CCVC whose .com copy is labelled), and 24 as repeats of a kind already kept
(8 more vietbooks.info ebook tag pages, 4 more hoatieu.vn title-only downloads, 4 law-firm tag and explainer pages
on civil-status fees and business registration, 2 more tailieunhanh.com tag pages, 2 more national
public-investment news pages, an overseas budget tag page, a civil-status internship report, a training-course page
and a forms page). Excerpts are the search tool's text of each page: the title and about 450 characters (header,
số, date and trích yếu, or the lead; news briefly); title-only pages keep their title. Document numbers of the kept
official texts were checked against all older texts (only the mirrors above repeat)."""
import json
from pathlib import Path

D = []


def doc(id, url, province, title, text, pos, neg, note=""):
    D.append({"id": id, "source_url": url, "province": province, "title": title, "text": text,
              "positive": pos, "negative": neg, "note": note})


# --- provincial official texts and portal pages --------------------------------------------------------------------
doc('b001', 'https://ls1.hethongphapluat.com/quyet-dinh-31-2019-qd-ubnd-quy-dinh-ve-tiep-nhan-giai-quyet-va-tra-ket-qua-giai-quyet-thu-tuc-hanh-chinh-theo-co-che-mot-cua-mot-cua-lien-thong-tai-uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho-thuoc-tinh-thua-thien-hue.html',
    'Thừa Thiên Huế', 'Quyết định 31/2019/QĐ-UBND quy định về tiếp nhận, giải quyết và trả kết quả giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Thừa Thiên Huế',
    'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 31/2019/QĐ-UBND | Thừa Thiên Huế, ngày 03 tháng 06 năm 2019 |\nỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\nĐiều 1. Ban hành kèm theo Quyết định này Quy định tiếp nhận, giải quyết và trả kết quả giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Thừa Thiên Huế.',
    ['3.3'], ['3.1'], "the province's own rules for the one-stop shops of its districts: 3.3")
doc('b002', 'https://binhphuoc.gov.vn/vi/snv/gioi-thieu/chuc-nang-nhiem-vu-va-quyen-han-cua-so-noi-vu-60.html',
    'Bình Phước', 'Chức năng, Nhiệm vụ và quyền hạn của Sở Nội vụ',
    'Chức năng, Nhiệm vụ và quyền hạn của Sở Nội vụ\nThứ ba - 09/04/2019\nChương I\nĐiều 1. Vị trí\n1. Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; chấp hành sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh; đồng thời chấp hành sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Nội vụ.\nĐiều 2. Chức năng\nSở Nội vụ có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về: Tổ chức bộ máy; vị trí việc làm, cơ cấu ngạch công chức và biên chế công chức ...',
    ['4.1'], ['5.1'], "hard call: the department's 'about us' page reproduces the province's rules on its functions and structure (articles 1-2) without the decision's number; filed as the text of those rules, 4.1; the vị trí việc làm it names is not 5.1")
doc('b003', 'https://csdl.tayninh.gov.vn/Pages/van-ban-du-thao-chi-tiet.aspx?ItemID=459',
    'Tây Ninh', '',
    'Skip Ribbon Commands\nSkip to main content\nSkip Navigation Links van-ban-du-thao-chi-tiet\nÂm nhạc\nAn ninh trật tự\nAn ninh-quốc phòng\nAn toàn bức xạ\n... Cải cách hành chính\nCải chính hộ tịch\nCán bộ công chức trong tỉnh\n... Công chức, viên chức\n... Đề án 30\n...',
    [], ['2.1'], "hard call: the province's draft-documents database page read only as its field menu; a draft is nobody's evidence, and nothing of the draft is readable")
doc('b004', 'https://hoabinh.gov.vn/cntt-va-vien-thong?p_p_id=com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk_resetCur=false&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk_delta=4&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk_cur=67',
    'Hòa Bình', '',
    '9 tháng đầu năm, tỷ lệ giải quyết hồ sơ thủ tục hành chính đạt 96,6%\n(21/09/2022)\nTrong 9 tháng đầu năm 2022, các cấp, các ngành từ tỉnh đến cơ sở đã xác định nhiệm vụ cải cách hành chính là một trong những nhiệm vụ trọng tâm trong công tác chỉ đạo, điều hành ...',
    [], ['3.3', '1.2'], "hard call: page 67 of the portal's IT category list, whose teaser is a nine-month CCHC item; a listing page, not the article, and not a periodic report")
doc('b005', 'http://dbndhatinh.vn/dbnd/portal/folder/thuong-truc-hdnd-111/news/tong-hop-y-kien-kien-nghi-quan-trong-buc-thiet-lien-quan-den-loi-ich-cua-dong-da.html',
    'Hà Tĩnh', 'Tổng hợp ý kiến, kiến nghị quan trọng, bức thiết liên quan đến lợi ích của đông đảo cử tri',
    'Sau các cuộc tiếp xúc cử tri của đại biểu HĐND tỉnh, Thường trực HĐND tỉnh đã tổng hợp ý kiến, kiến nghị của cử tri gửi tới kỳ họp thứ 23 HĐND tỉnh khóa 18 (liên quan đến 06 nhóm lĩnh vực, với 51 ý kiến, kiến nghị). Trên cơ sở đó, Ủy ban nhân dân tỉnh đã phân loại thành 77 nội dung và ban hành Văn bản số 7328 ngày 02/12/2024 giao các cơ quan chủ trì, phối hợp nghiên cứu, giải quyết ...',
    [], ['3.4'], "voters' petitions to the provincial council answered by the committee: not feedback on administrative regulations (3.4)")
doc('b006', 'https://camthinh.camxuyen.hatinh.gov.vn/quyet-dinh-ban-hanh-bo-tieu-chi-khu-dan-cu-kieu-mau/',
    'Hà Tĩnh', 'Quyết định ban hành bộ tiêu chí khu dân cư kiểu mẫu',
    'Quyết định ban hành bộ tiêu chí khu dân cư kiểu mẫu',
    [], ['2.1'], "title only, on a commune's site: a new-countryside criteria set, stream")
doc('b007', 'http://sonoivu.caobang.gov.vn/node/72',
    'Cao Bằng', 'Nghị định số 41/2012 ngày 08/5/2012 của Chính phủ : Quy định về vị trí việc làm trong đơn vị sự nghiệp công lập',
    'Nghị định số 41/2012 ngày 08/5/2012 của Chính phủ : Quy định về vị trí việc làm trong đơn vị sự nghiệp công lập',
    [], ['5.1'], "title only: the Government's decree posted on the home-affairs department's site, nobody's evidence")
doc('b008', 'http://thpthuongkhe.hatinh.edu.vn/van-ban-cong-van/thong-bao-pho-bien/quy-che-3-cong-khai-theo-tt36-2017-thay-the-tt09-2009.html',
    'Hà Tĩnh', 'Quy chế 3 công khai theo TT36/2017 thay thế TT09/2009',
    'Quy chế 3 công khai theo TT36/2017 thay thế TT09/2009',
    [], ['6.1'], "title only: a school's disclosure rules under the ministry's circular, stream")
doc('b009', 'http://thptminhlong.edu.vn/van-ban-cong-van/van-ban-so-gd-dt/thong-tu-so-23-2015-ttlt-bgd-dt-bnv-ve-quy-dinh-chuc-danh-ng.html',
    None, 'Thông tư số 23/2015/TTLT-BGD ĐT-BNV về quy định chức danh nghề GV',
    'Thông tư số 23/2015/TTLT-BGD ĐT-BNV về quy định chức danh nghề GV',
    [], ['5.1'], "title only: a school relays the ministries' joint circular on teachers' titles, nobody's evidence")
doc('b010', 'http://vinhphuctv.vn/Qu%E1%BA%A3n-tr%E1%BB%8B/Tin-t%E1%BB%A9c-chung/currentpage/16',
    'Vĩnh Phúc', '',
    'Với chủ đề “Nâng cao năng lực lãnh đạo và sức chiến đấu của Đảng bộ, ... tăng cường cải cách hành chính, kỷ cương công vụ, thực hiện thắng lợi nhiệm vụ chính trị ...”, sáng 24/6, Đảng bộ Sở Nội vụ đã tổ chức Đại hội lần thứ I, nhiệm kỳ 2025-2030.',
    [], ['1.1'], "a list page whose lead is the home-affairs department's party congress: not a CCHC plan")

# --- provincial news ------------------------------------------------------------------------------------------------
doc('b011', 'https://baohaiduong.vn/print/390190.html',
    'Hải Dương', 'Hải Dương lần đầu tổ chức thi tuyển công chức các cơ quan hành chính nhà nước cùng với khối Đảng, có 48 chỉ tiêu',
    'Theo Sở Nội vụ tỉnh Hải Dương, năm nay các cơ quan hành chính nhà nước; cơ quan khối Đảng, MTTQ và các tổ chức chính trị - xã hội tỉnh sẽ tuyển dụng 48 chỉ tiêu công chức. Kỳ thi dự kiến vào đầu tháng 10/2024. ... Thí sinh tham gia tuyển dụng sẽ thực hiện 2 vòng thi.',
    ['5.2'], ['4.2'], "the provincial paper on the province's 2024 civil-servant exam run by its home-affairs department: 5.2 (news of the province's own recruitment, as earlier sets); the vacancies 'so với biên chế được giao' are not 4.2")
doc('b012', 'http://baovinhlong.com.vn/chinh-tri/201907/6-thang-toan-tinh-giam-271-bien-che-2954594/',
    'Vĩnh Long', '6 tháng: Toàn tỉnh giảm 271 biên chế',
    'Thực hiện Nghị quyết 39 của Bộ Chính trị, Nghị định 108, Nghị định 113 của Chính phủ về tinh giản biên chế, trong đợt 1/2019, toàn tỉnh đã giảm 271 trường hợp ... Tính đến nay, tỉnh đã giảm 1.317/23.551 biên chế được phân bổ.',
    ['4.2'], ['5.6'], "hard call: a short provincial-paper item on the province's staff-reduction results (first round of 2019 and the running total): 4.2 (tinh giản biên chế), though half-year news")
doc('b013', 'https://baonghean.vn/en/nghe-an-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2024-post282697.html',
    'Nghệ An', 'Nghe An issues Administrative Reform Plan for 2024',
    "Accordingly, the theme of Nghe An's administrative reform in 2024 is \"Promoting digital transformation - Focusing on improving the rate of implementing online public services throughout the process - Rate of digitalization of records - Rate of online payment\". Nghe An Provincial People's Committee has just issued the State Administrative Reform Plan for 2024. The plan sets out a number of specific goals ...",
    ['1.1'], ['7.3', '8.1'], "hard call: the English edition of the provincial paper reporting the province's 2024 CCHC plan and its targets: 1.1 (the plan's content, in translation); its online-service and satisfaction targets are not 7.3 or 8.1")
doc('b014', 'https://nghean24h.vn/toc-do-tang-truong-tong-san-pham-tren-dia-ban-tinh-6-thang-dau-nam-dung-thu-3-khu-vuc-bac-trung-bo-a726723.html',
    'Nghệ An', 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh 6 tháng đầu năm đứng thứ 3 khu vực Bắc Trung Bộ',
    'Trong 6 tháng đầu năm 2024, UBND tỉnh đã tập trung chỉ đạo các cấp, các ngành hoàn thành nhiều nhiệm vụ trọng tâm ... Tập trung hoàn thiện các Đề án quan trọng theo lộ trình đề ra (Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025; ... Đề án vị trí việc làm các cơ quan, đơn vị)…',
    [], ['8.2', '4.4'], "six-month growth news: not the year (fresh19 rule); the schemes it lists as in progress are not 4.4 or 5.1")
doc('b015', 'https://tracuuquyhoach.com/tin-tuc/nha-dat/trang-50720631',
    None, '',
    'Đẩy nhanh tiến độ giải ngân vốn đầu tư công ... UBND tỉnh đã quyết liệt chỉ đạo các sở, ngành, địa phương ... Vì vậy, tính đến hết tháng 10/2024, tổng số vốn đầu tư công đã giải ngân đạt gần 3.950 tỷ đồng, bằng 54,3% kế hoạch vốn Thủ tướng Chính phủ giao và 48,7% kế hoạch tỉnh giao.',
    [], ['6.1'], "a planning-lookup site's copy of one province's ten-month disbursement news; the province is not named")
doc('b016', 'https://www.vietnam.vn/ja/hoi-nghi-truc-tuyen-toan-quoc-tong-ket-cong-tac-noi-vu-nam-2024',
    'Lào Cai', '',
    '内務省の報告によると、2024年初頭から現在までに、内務省は時限任務256件のうち184件を完了し ... ラオカイ省内務省は、法文書の定期的な見直しと体系化を進め ... 省内の幹部、公務員、公務員の記録は100%更新され、国家幹部、公務員、公務員データベースに接続されています。',
    [], ['4.4', '5.3'], "hard call: a Japanese machine translation of the national home-affairs review conference, with Lào Cai's home-affairs department's results and award; national news, nobody's evidence")

# --- national texts and ministries' documents (title-only downloads and mirrors) ---------------------------------------
doc('b017', 'https://hoatieu.vn/download/phap-luat/quyet-dinh-03-2013-qd-ubnd-cua-ubnd-tinh-quang-binh-60928',
    'Quảng Bình', 'download phap luat quyet dinh 03 2013 qd ubnd cua ubnd tinh quang binh',
    'download phap luat quyet dinh 03 2013 qd ubnd cua ubnd tinh quang binh',
    [], ['2.1'], "hard call: a provincial legal decision named only by its number, subject unknown; not 2.1 evidence without its subject")
doc('b018', 'https://hoatieu.vn/download/bieu-mau/mau-quyet-dinh-phe-duyet-danh-muc-dich-vu-su-nghiep-cong-su-dung-ngan-sach-nha-nuoc-185022',
    None, 'download bieu mau mau quyet dinh phe duyet danh muc dich vu su nghiep cong su dung ngan sach nha nuoc',
    'download bieu mau mau quyet dinh phe duyet danh muc dich vu su nghiep cong su dung ngan sach nha nuoc',
    [], ['6.2'], 'a blank form: nobody\'s evidence')
doc('b019', 'https://hoatieu.vn/download/phap-luat/nghi-dinh-88-2017-nd-cp-sua-doi-danh-gia-va-phan-loai-can-bo-cong-chuc-vien-chuc-128208',
    None, 'download phap luat nghi dinh 88 2017 nd cp sua doi danh gia va phan loai can bo cong chuc vien chuc',
    'download phap luat nghi dinh 88 2017 nd cp sua doi danh gia va phan loai can bo cong chuc vien chuc',
    [], ['5.3'], "the Government's decree: nobody's evidence")
doc('b020', 'https://hoatieu.vn/download/phap-luat/quyet-dinh-174-qd-ttg-ve-de-an-boi-duong-can-bo-cong-chuc-lam-cong-tac-ton-giao-2017-2020-120521',
    None, 'download phap luat quyet dinh 174 qd ttg ve de an boi duong can bo cong chuc lam cong tac ton giao 2017 2020',
    'download phap luat quyet dinh 174 qd ttg ve de an boi duong can bo cong chuc lam cong tac ton giao 2017 2020',
    [], ['5.4'], "the Prime Minister's training scheme: nobody's evidence")
doc('b021', 'https://hoatieu.vn/download/phap-luat/quyet-dinh-999-qd-ttg-2019-180414',
    None, 'download phap luat quyet dinh 999 qd ttg 2019',
    'download phap luat quyet dinh 999 qd ttg 2019',
    [], ['1.6'], "a Prime Minister's decision by number only: not a task the province carries out")
doc('b022', 'https://hoatieu.vn/download/phap-luat/tai-thong-tu-04-2024-tt-bldtbxh-225222',
    None, 'download phap luat tai thong tu 04 2024 tt bldtbxh',
    'download phap luat tai thong tu 04 2024 tt bldtbxh', [], ['2.1'], "a ministry's circular: nobody's evidence")
doc('b023', 'https://hoatieu.vn/download/phap-luat/thong-tu-2-2021-tt-bnv-tieu-chuan-xep-luong-doi-voi-cong-chuc-hanh-chinh-van-thu-208909',
    None, 'download phap luat thong tu 2 2021 tt bnv tieu chuan xep luong doi voi cong chuc hanh chinh van thu',
    'download phap luat thong tu 2 2021 tt bnv tieu chuan xep luong doi voi cong chuc hanh chinh van thu',
    [], ['5.1'], "the ministry's grade standards: nobody's evidence")
doc('b024', 'https://hoatieu.vn/download/phap-luat/quyet-dinh-so-48-2009-qd-ttg-ve-ke-hoach-ung-dung-cong-nghe-thong-tin-trong-hoat-dong-cua-co-quan-nh-54644',
    None, 'download phap luat quyet dinh so 48 2009 qd ttg ve ke hoach ung dung cong nghe thong tin trong hoat dong cua co quan nh',
    'download phap luat quyet dinh so 48 2009 qd ttg ve ke hoach ung dung cong nghe thong tin trong hoat dong cua co quan nh',
    [], ['7.1'], "the Prime Minister's IT plan for all agencies: nobody's evidence")
doc('b025', 'https://lingo.vn/luat/van_ban_ubnd/1711296773706065',
    'Thanh Hóa', 'Quyết định 832/QĐ-UBND Thanh Hóa 2024 danh mục dự án đấu giá quyền sử dụng đất',
    'Quyết định 832/QĐ-UBND Thanh Hóa 2024 danh mục dự án đấu giá quyền sử dụng đất',
    [], ['6.3'], "title only: land-use-right auction projects, stream (land is not the public assets of 6.3)")
doc('b026', 'https://lingo.vn/luat/van_ban_phap_quy/1711405516239565',
    None, 'Quyết định 76/QĐ-BGTVT 2024 công bố TTHC sửa đổi lĩnh vực hàng không',
    'Quyết định 76/QĐ-BGTVT 2024 công bố TTHC sửa đổi lĩnh vực hàng không',
    [], ['3.1'], "a ministry's publication of its procedures: never a province's evidence")
doc('b027', 'https://lingo.vn/luat/van_ban_hop_nhat/1711449571551434',
    None, 'Văn bản hợp nhất 03/VBHN-VPQH 2021 hợp nhất Luật Khiếu nại',
    'Văn bản hợp nhất 03/VBHN-VPQH 2021 hợp nhất Luật Khiếu nại', [], ['3.4'], "a consolidated law: nobody's evidence")
doc('b028', 'https://moj.gov.vn/Pages/xay-dung-van-ban-quy-dinh.aspx?Page=8',
    None, 'TÌNH HÌNH BAN HÀNH VB QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT, PL',
    'TÌNH HÌNH BAN HÀNH VB QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT, PL', [],
    ['2.1'], "the justice ministry's list page on detailing texts of laws: national")
doc('b029', 'https://daibieunhandan.vn/doi-moi-nang-cao-chat-luong-hieu-qua-hoat-dong-chat-van-post393195.html',
    None, 'Đổi mới, nâng cao chất lượng, hiệu quả hoạt động chất vấn',
    'Chất vấn là một hình thức giám sát trực tiếp và thường xuyên nhằm làm sáng tỏ những vấn đề được chất vấn và xác định rõ trách nhiệm của chức danh bị chất vấn. ... cần thiết nghiên cứu sửa đổi, bổ sung hoàn thiện Điều 15 của Luật Hoạt động giám sát.',
    [], ['2.2'], "an essay on the National Assembly's questioning: nobody's evidence")

# --- tag pages, rankings relayed, research and explainers (the crawl's stream) ----------------------------------------
doc('b030', 'https://bnews.vn/tag/chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-cap-tinh-2015/13554/1.html',
    None, 'chi so hieu qua quan tri va hanh chinh cong cap tinh 2015', 'chi so hieu qua quan tri va hanh chinh cong cap tinh 2015',
    [], ['PAPI.1'], "a news tag page on PAPI 2015: rankings published by others, relayed")
doc('b031', 'https://bnews.vn/tag/quy-dinh-ve-quan-ly-su-dung-tai-san-nha-nuoc-gay-that-thoat-lang-phi/190799/1.html',
    None, 'quy dinh ve quan ly su dung tai san nha nuoc gay that thoat lang phi', 'quy dinh ve quan ly su dung tai san nha nuoc gay that thoat lang phi',
    [], ['6.3'], 'a news tag page: stream')
doc('b032', 'https://bnews.vn/tag/ngan-sach-nha-nuoc-2020/140027/1.html',
    None, 'ngan sach nha nuoc 2020', 'ngan sach nha nuoc 2020', [], ['6.1'], 'a news tag page: stream')
doc('b033', 'https://www.banker.vn/tag/nghi-quyet-sap-xep-hanh-chinh',
    None, 'Nghi quyet sap xep hanh chinh', 'Nghi quyet sap xep hanh chinh', [], ['4.4'], 'a news tag page: stream')
doc('b034', 'https://m.baophapluat.vn/sap-nhap-tinh-tag285766.html',
    None, 'Định hướng sáp nhập tỉnh, bỏ cấp huyện: Bảo đảm bộ máy từ Trung ương tới cơ sở hoạt động hiệu năng, hiệu lực, hiệu quả',
    'Định hướng sáp nhập tỉnh, bỏ cấp huyện: Bảo đảm bộ máy từ Trung ương tới cơ sở hoạt động hiệu năng, hiệu lực, hiệu quả',
    [], ['4.4'], "a tag page on the national merger policy: nobody's evidence")
doc('b035', 'https://baomoi.net.vn/tag/Quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh-s%E1%BB%91-571%2FQ%C4%90_TTg.epi',
    None, 'Quyết định số 571/QĐ-TTg',
    'Theo Quyết định số 571/QĐ-TTg của Thủ tướng Chính phủ về việc thành lập Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính (ĐVHC) các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp (Ban Chỉ đạo), nhiệm vụ và quyền hạn của Ban Chỉ đạo được phân công cụ thể cho từng thành viên là các Bộ, ngành liên quan.',
    [], ['4.4', '1.1'], "the Government's steering committee for the 2025 merger: national, nobody's evidence")
doc('b036', 'https://gocnhinphaply.nguoiduatin.vn/tag/cai-cach-bo-may.html',
    None, 'cải cách bộ máy',
    'cải cách bộ máy\nThành lập Ban Chỉ đạo thực hiện sắp xếp đơn vị hành chính các cấp\nThủ tướng Chính phủ Phạm Minh Chính ký Quyết định số 571/QĐ-TTg ngày 12/3/2025 thành lập Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp.',
    [], ['4.4'], "a tag page on the national steering committee: nobody's evidence")
doc('b037', 'https://giaoducthoidai.vn/tags/dOG6oW0gZOG7q25nIHZp4buHYyBz4bqvcCB44bq_cCBjw6FjIGPGoSBxdWFu/tam-dung-viec-sap-xep-cac-co-quan.html',
    None, 'tạm dừng việc sắp xếp các cơ quan',
    'Bộ Nội vụ đề nghị các địa phương tạm dừng sáp nhập sở, ngành\nGD&TĐ - Để sắp xếp tổ chức các cơ quan chuyên môn theo tinh thần Nghị quyết số 18, Kết luận 34 của Bộ Chính trị ..., Bộ Nội vụ đề nghị UBND các tỉnh, TP trực thuộc Trung ương tạm dừng việc sáp nhập các cơ quan chuyên môn cấp tỉnh (sở, ngành), cấp huyện (phòng, ban).',
    [], ['4.1'], "the ministry's request to all provinces: a ministry document is never a province's evidence")
doc('b038', 'https://beta-hn.tek4tv.vn/tu-khoa/ty-le-giai-ngan-ke-hoach-von-175217.htm',
    None, 'Tỷ lệ giải ngân kế hoạch vốn', 'Tỷ lệ giải ngân kế hoạch vốn', [], ['6.1'], 'a keyword page: stream')
doc('b039', 'https://lib.hutech.edu.vn/chi-tiet?id=241661',
    None, '',
    'Nhằm tiếp tục đưa nguồn vốn đầu tư công vào nền kinh tế và phát huy vai trò "vốn mồi", năm 2024, Thủ tướng Chính phủ đã quyết liệt chỉ đạo ..., phấn đấu mục tiêu tỷ lệ giải ngân vốn đầu tư công đạt tối thiểu 95% kế hoạch được giao. Để đạt được mục tiêu chung này, vấn đề giải ngân vốn đầu tư công tại các địa phương cần tiếp tục được chú trọng ...',
    [], ['6.1'], "a library record of an article on disbursement: research, nobody's evidence")
doc('b040', 'https://doanhnghiepvaphapluat.vn/c/kinh-te?page=2',
    None, '', 'Đến hết tháng 3/2024, giải ngân gần 90.000 tỷ đồng vốn đầu tư công\nTính đến hết tháng 3, ước giải ngân vốn đầu tư công đạt gần 90.000 tỷ đồng. So với kế hoạch Thủ tướng Chính phủ giao thì tỷ lệ giải ngân đạt 13,67% ...',
    [], ['6.1'], 'a national news list page: stream')
doc('b041', 'https://vtv.vn/phan-bo-ngan-sach-nong-nghiep.html',
    None, 'phân bổ ngân sách nông nghiệp', 'phân bổ ngân sách nông nghiệp', [], ['6.1'], 'a tag page: stream')
doc('b042', 'https://danviet.vn/tu-chu-benh-vien-cong.html',
    None, 'Tự chủ bệnh viện công', 'Tự chủ bệnh viện công', [], ['6.2'], "a tag page on public-hospital autonomy: nobody's evidence")
doc('b043', 'https://vietnam.vn/tag/su-dung-ti-san-cng-tai-don-vi-su-nghiep-cng-lap',
    None, 'sử dụng tài sản công tại đơn vị sự nghiệp công lập', 'sử dụng tài sản công tại đơn vị sự nghiệp công lập',
    [], ['6.3'], 'a tag page: stream')
doc('b044', 'https://vnba.org.vn/vi/hashtag/chu-ky-so-thu-tuc-hanh-chinh-ngan-hang-126789',
    None, 'chữ ký số thủ tục hành chính ngân hàng', 'chữ ký số thủ tục hành chính ngân hàng', [], ['7.2'],
    "the bankers' association hashtag page: stream")
doc('b045', 'https://vietbuild.info/diemtin/dien-mao-ha-tinh-nam-2030/',
    'Hà Tĩnh', 'Diện mạo Hà Tĩnh năm 2030',
    'UBND tỉnh Hà Tĩnh đang hoàn thiện quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn 2050 với kỳ vọng đưa địa phương này trở thành một cực phát triển của vùng Bắc Trung Bộ và duyên hải miền Trung.',
    [], ['8.2'], 'a building-news brief on the draft master plan: stream')
doc('b046', 'https://1900.com.vn/viec-lam-dn/cong-ty-cp-dau-tu-va-san-xuat-hoang-gia-4186?jobId=455094',
    'Tây Ninh', '',
    'Căn cứ Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ Quy định về cán bộ, công chức cấp xã ...;\nCăn cứ Nghị định số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức;\nCăn cứ Quyết định số 02/2024/QĐ-UBND ngày 23 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Tây Ninh ban hành Quy chế tổ chức tuyển dụng công chức xã, phường, thị trấn trên địa bàn tỉnh Tây Ninh; ...',
    [], ['5.2', '5.5'], "hard call: a job board's copy of the căn cứ of a Tây Ninh commune civil-servant recruitment text, under a company's job listing; no issuer, number or subject readable, so not 5.2")
doc('b047', 'https://havip.com.vn/khi-nao-cong-chuc-bi-danh-gia-khong-hoan-thanh-nhiem-vu/',
    None, '【HAVIP】Khi nào công chức bị đánh giá không hoàn thành nhiệm vụ?', '【HAVIP】Khi nào công chức bị đánh giá không hoàn thành nhiệm vụ?',
    [], ['5.3'], 'a legal explainer: nobody\'s evidence')
doc('b048', 'https://havip.com.vn/quy-dinh-ma-ngach-cong-chuc-vien-chuc-moi-nhat-2020/',
    None, '【HAVIP】Quy định mã ngạch công chức viên chức mới nhất 2020', '【HAVIP】Quy định mã ngạch công chức viên chức mới nhất 2020',
    [], ['5.1'], 'a legal explainer: nobody\'s evidence')
doc('b049', 'https://laodong.vn/tu-van-phap-luat/quy-dinh-chuyen-loai-va-thi-nang-ngach-doi-voi-vien-chuc-57504.bld',
    None, 'Quy định chuyển loại và thi nâng ngạch đối với viên chức', 'Quy định chuyển loại và thi nâng ngạch đối với viên chức',
    [], ['5.2'], 'legal advice: nobody\'s evidence')
doc('b050', 'https://nvsponline.edu.vn/tag/tieu-chuan-chuc-danh-nghe-nghiep-can-su/',
    None, 'tiêu chuẩn chức danh nghề nghiệp cán sự', 'tiêu chuẩn chức danh nghề nghiệp cán sự', [], ['5.1'], 'a training site\'s tag page: stream')
doc('b051', 'https://ytho.vn/tag/nghi-dinh-282015nd-cp-huong-dan-luat-viec-lam-2013/',
    None, 'Nghị định 28/2015/NĐ-CP hướng dẫn luật việc làm 2013 Lưu trữ', 'Nghị định 28/2015/NĐ-CP hướng dẫn luật việc làm 2013 Lưu trữ',
    [], ['5.2'], 'employment-law tag page (unemployment insurance), not civil-service recruitment')
doc('b052', 'https://123docz.net/document/15340388-danh-gia-thanh-tich-cong-chuc-tai-ban-tuyen-huan-tinh-savannakhet-nuoc-cong-hoa-dan-chu-nhan-dan-lao.htm',
    None, 'Đánh giá thành tích công chức tại Ban Tuyên huấn tỉnh Savannakhet, nước Cộng hòa Dân chủ Nhân dân Lào',
    'Công tác đánh giá thành tích nhân viên là một trong những công cụ hữu hiệu nhất mà một tổ chức sử dụng để duy trì, thúc đẩy hiệu suất làm việc ... LUẬN VĂN THẠC SĨ QUẢN TRỊ KINH DOANH, Đà Nẵng - Năm 2023',
    [], ['5.3'], "a master's thesis on a Lao province: not a Vietnamese province, nobody's evidence")
doc('b053', 'https://123docz.net/document/15802127-co-so-ly-lua-n-va-co-so-thu-c-tie-n-co-ng-ta-c-tuye-n-du-ng-ta-i-ca-c-co-so-gia-o-du-c-co-ng-la-p.htm',
    None, 'Cơ sở lý luận và cơ sở thực tiễn công tác tuyển dụng tại các cơ sở giáo dục công lập',
    'ĐỀ TÀI: CƠ SỞ LÝ LUẬN VÀ CƠ SỞ THỰC TIỄN CÔNG TÁC TUYỂN DỤNG TẠI CÁC CƠ SỞ GIÁO DỤC CÔNG LẬP. Môn: Quản lý nguồn nhân lực trong tổ chức công ... 1.2. Khái niệm tuyển dụng viên chức; 2 Vai trò của tuyển dụng viên chức; 3 Cơ sở pháp lý tuyển dụng viên chức ...',
    [], ['5.2'], "a student's essay: nobody's evidence")
doc('b054', 'https://123docz.net/document/11195546-nghien-cuu-trien-khai-chinh-quyen-dien-tu-tai-dia-phuong-viet-nam.htm',
    None, 'Nghiên cứu triển khai chính quyền điện tử tại địa phương Việt Nam',
    'BỘ NỘI VỤ TRƯỜNG ĐẠI HỌC NỘI VỤ HÀ NỘI. TÊN ĐỀ TÀI: NGHIÊN CỨU TRIỂN KHAI CHÍNH QUYỀN ĐIỆN TỬ TẠI ĐỊA PHƯƠNG VIỆT NAM. BÀI TẬP LỚN KẾT THÚC HỌC PHẦN ... Chương 2 THỰC TRẠNG VIỆC XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ TRÊN CÁC ĐỊA PHƯƠNG HIỆN NAY ...',
    [], ['7.1'], "a student's coursework: nobody's evidence")
doc('b055', 'https://vietbooks.info/tags/to-chuc-va-hoat-dong-cua-chinh-quyen-dia-phuong-ebook-pdf/',
    None, 'tổ chức và hoạt động của chính quyền địa phương ebook pdf', 'tổ chức và hoạt động của chính quyền địa phương ebook pdf',
    [], ['4.4'], 'an ebook tag page: stream')
doc('b056', 'https://vietbooks.info/tags/quan-ly-nha-nuoc-doi-voi-cung-ung-dich-vu-cong-ebook-pdf/',
    None, 'quản lý nhà nước đối với cung ứng dịch vụ công ebook pdf', 'quản lý nhà nước đối với cung ứng dịch vụ công ebook pdf',
    [], ['7.3'], 'an ebook tag page: stream')
doc('b057', 'https://tailieunhanh.com/vn/p9_luật-ban-hành-văn-bản-quy-phạm.html',
    None, '"luật ban hành văn bản quy phạm" trang 9 - tải miễn phí từ tailieunhanh', '"luật ban hành văn bản quy phạm" trang 9 - tải miễn phí từ tailieunhanh',
    [], ['2.1', '2.3'], 'a document-sharing tag page: stream')

doc('b058', 'https://luatminhkhue.vn/quyet-dinh-1685-qd-ubnd-nam-2013-ve-ke-hoach-thuc-hien-luat-pho-bien--giao-duc-phap-luat-va-chi-thi-29-ct-tu-ve-tang-cuong-su-lanh-dao-cua-cac-cap-uy-dang-trong-cong-tac-pho-bien--giao-duc-phap-luat-t.aspx',
    'Thái Nguyên', 'Quyết định 1685/QĐ-UBND năm 2013 về Kế hoạch thực hiện Luật Phổ biến, giáo dục pháp luật và Chỉ thị 29-CT/TU về tăng cường sự lãnh đạo của các cấp ủy Đảng trong công tác phổ biến, giáo dục pháp luật',
    'UỶ BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1685/QĐ-UBND\nThái Nguyên, ngày 29 tháng 8 năm 2013\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI LUẬT PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VÀ CHỈ THỊ SỐ 29-CT/TU NGÀY 15/01/2013 VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA CÁC CẤP UỶ ĐẢNG TRONG CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\nCăn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; ...\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Luật Phổ biến, giáo dục pháp luật và Chỉ thị số 29-CT/TU ...',
    ['2.4'], ['1.4'], "the province's plan for the law-dissemination law and the party directive: 2.4; not CCHC communication (1.4)")
doc('b059', 'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3010-QD-UBND-2025-cong-bo-thu-tuc-hanh-chinh-linh-vuc-Tu-phap-So-Tu-phap-Son-La-683575.html',
    'Sơn La', 'Quyết định 3010/QĐ-UBND năm 2025 công bố thủ tục hành chính nội bộ lĩnh vực Tư pháp thuộc thẩm quyền giải quyết của Sở Tư pháp và Ủy ban nhân dân cấp xã trên địa bàn tỉnh Sơn La',
    'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 3010/QĐ-UBND | Sơn La, ngày 26 tháng 11 năm 2025 |\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC TƯ PHÁP THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TƯ PHÁP VÀ UBND CẤP XÃ TRÊN ĐỊA BÀN TỈNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 năm 2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ ...;\nĐiều 1. Công bố kèm theo Quyết định này 21 thủ tục hành chính nội bộ lĩnh vực Tư pháp ...',
    ['3.1'], ['3.2', '2.3'], "the chairman's publication of internal procedures: 3.1 (as c22); the review plan in the căn cứ is not 3.2")
doc('b060', 'https://baoninhbinh.org.vn/s/ph%C3%A1t%20huy?page=46',
    None, '',
    'Thủ tướng Chính phủ vừa ban hành Chương trình tổng thể của Chính phủ về thực hành tiết kiệm, chống lãng phí năm 2018. Mục tiêu của thực hành tiết kiệm, chống lãng phí (gọi tắt là THTK, CLP) năm 2018 là tiếp tục đẩy mạnh THTK, CLP trong mọi lĩnh vực ...',
    [], ['6.1'], "a provincial paper's search page whose hit is the Government's thrift programme: national, nobody's evidence")
doc('b061', 'https://dantocphattrien.vietnamnet.vn/thuc-hanh-tiet-kiem-1748770217856.htm',
    None, 'THỰC HÀNH TIẾT KIỆM',
    'Báo Dân tộc và Phát triển trân trọng giới thiệu bài viết "THỰC HÀNH TIẾT KIỆM" của đồng chí Tô Lâm - Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam. Tiết kiệm và chống lãng phí là hai thành tố gắn bó hữu cơ với nhau ...',
    [], ['6.3'], "the party leader's essay: nobody's evidence")
doc('b062', 'https://luatminhkhue.vn/quyet-dinh-719-qd-ttg-nam-2012-phe-duyet-ke-hoach-to-chuc-hoat-dong-ky-niem-100-nam-ngay-sinh-co-tong-bi-thu-nguyen-van-cu--09-7-1912---09-7-2012--do-thu-tuong-chinh-phu-ban-hanh.aspx',
    None, 'Quyết định 719/QĐ-TTg năm 2012 phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 100 năm Ngày sinh cố Tổng Bí thư Nguyễn Văn Cừ',
    'THỦ TƯỚNG CHÍNH PHỦ\nSố: 719/QĐ-TTg\nHà Nội, ngày 15 tháng 06 năm 2012\nQUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 100 NĂM NGÀY SINH CỐ TỔNG BÍ THƯ NGUYỄN VĂN CỪ (09/7/1912 - 09/7/2012)\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001; ...',
    [], ['1.6'], "the Prime Minister's commemoration plan: stream")
doc('b063', 'https://bnews.vn/tag/ngan-sach-chinh-phu-duc-nam-2021/178689/1.html',
    None, 'ngan sach chinh phu duc nam 2021', 'ngan sach chinh phu duc nam 2021', [], ['6.1'], "a tag page on Germany's budget: stream")

if __name__ == "__main__":
    out = Path(__file__).with_name("fresh29.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for d in D:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{out}: {len(D)} pages, {sum(len(d['positive']) + len(d['negative']) for d in D)} pairs "
          f"({sum(len(d['positive']) for d in D)} positive)")
