"""Draw of corpus share M1 (session 29, helper ann30): which source posts were taken, and why.

Source: github.com/nguyenvulebinh/trends (snapshot b4236fbd), folder `_posts/`: Jekyll posts written by
its `src/tools/rss_parser.py` from Google Trends' daily RSS (geo VN and DE); each post links one news
article ("[title](URL)" on the line after the front matter) and holds that article's text as fetched by
newspaper3k.

Re-check:  git -C <mirror> archive b4236fbd _posts | tar -x -C /tmp/tr
           python3 tests/data/corpus/build_part_M1.py /tmp/tr/_posts
Prints the counts of each filter step and the drawn post list.  Standard library only; reads only the
`source_url`/`url` keys of the corpus parts, the reserve and the pair files.
"""
import collections, json, os, random, re, sys

from build_part_L1 import norm, seen_urls, site_of  # the URL index and site key of shares L1-L2

SEED = 29030
CAP_PER_SITE = 3
CAP_PER_PROVINCE = 2
TAKE = 30
MIN_BODY = 1200        # characters of article text (shorter: a teaser or a failed fetch)
POSTS = sys.argv[1] if len(sys.argv) > 1 else '/tmp/tr/_posts'
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
# read and dropped after the draw (reasons in README-part-M1.md)
DROPPED = []
SKIP = ('part-M1.jsonl',)       # the share itself is not in the URL index it is drawn against

# sites of one province (provincial newspaper, radio-TV, portal, department, district, party committee)
PROV = {
'baovinhphuc.com.vn':'Vĩnh Phúc','vinhphuc.gov.vn':'Vĩnh Phúc',
'baobinhdinh.vn':'Bình Định','baohaiduong.vn':'Hải Dương','baoangiang.com.vn':'An Giang','atv.org.vn':'An Giang',
'tphcm.dangcongsan.vn':'Hồ Chí Minh','hcmcpv.org.vn':'Hồ Chí Minh','ttbc-hcm.gov.vn':'Hồ Chí Minh','sggp.org.vn':'Hồ Chí Minh',
'thuathienhue.gov.vn':'Thừa Thiên Huế','baothuathienhue.vn':'Thừa Thiên Huế','hue.gov.vn':'Huế',
'baonghean.vn':'Nghệ An','truyenhinhnghean.vn':'Nghệ An',
'baoquangninh.vn':'Quảng Ninh','mongcai.gov.vn':'Quảng Ninh','quangninh.gov.vn':'Quảng Ninh',
'baothanhhoa.vn':'Thanh Hóa','thanhhoa.gov.vn':'Thanh Hóa','thachthanh.thanhhoa.gov.vn':'Thanh Hóa','samson.thanhhoa.gov.vn':'Thanh Hóa',
'yendinh.thanhhoa.gov.vn':'Thanh Hóa','hoanghoa.gov.vn':'Thanh Hóa','thieuhoa.thanhhoa.gov.vn':'Thanh Hóa','truyenhinhthanhhoa.vn':'Thanh Hóa',
'baobariavungtau.com.vn':'Bà Rịa - Vũng Tàu','baohatinh.vn':'Hà Tĩnh','hatinh.gov.vn':'Hà Tĩnh','huongson.hatinh.gov.vn':'Hà Tĩnh',
'bacninh.dangcongsan.vn':'Bắc Ninh','baobacninh.vn':'Bắc Ninh','baothaibinh.com.vn':'Thái Bình','hungha.thaibinh.gov.vn':'Thái Bình',
'baoyenbai.com.vn':'Yên Bái','baobinhphuoc.com.vn':'Bình Phước','binhphuoc.gov.vn':'Bình Phước','baodongkhoi.vn':'Bến Tre',
'baolongan.vn':'Long An','la34.com.vn':'Long An','baothainguyen.vn':'Thái Nguyên','baoapbac.vn':'Tiền Giang','thtg.vn':'Tiền Giang',
'baodongnai.com.vn':'Đồng Nai','baolangson.vn':'Lạng Sơn','baogialai.com.vn':'Gia Lai',
'baobacgiang.vn':'Bắc Giang','bacgiang.gov.vn':'Bắc Giang','vietyen.bacgiang.gov.vn':'Bắc Giang','lucnam.bacgiang.gov.vn':'Bắc Giang','conganbacgiang.gov.vn':'Bắc Giang',
'baobinhthuan.com.vn':'Bình Thuận','binhthuan.gov.vn':'Bình Thuận','baodongthap.vn':'Đồng Tháp','dongthap.gov.vn':'Đồng Tháp',
'baoquangngai.vn':'Quảng Ngãi','baokhanhhoa.vn':'Khánh Hòa','baotayninh.vn':'Tây Ninh','baoquangnam.vn':'Quảng Nam','quangnam.gov.vn':'Quảng Nam',
'baohungyen.vn':'Hưng Yên','baolamdong.vn':'Lâm Đồng','baobinhduong.vn':'Bình Dương','binhduong.gov.vn':'Bình Dương','baobaclieu.vn':'Bạc Liêu',
'sotnmt.hanoi.gov.vn':'Hà Nội','sonoivu.hanoi.gov.vn':'Hà Nội','sovhtt.hanoi.gov.vn':'Hà Nội','congan.hanoi.gov.vn':'Hà Nội','hanoimoi.vn':'Hà Nội',
'baotravinh.vn':'Trà Vinh','baocaobang.vn':'Cao Bằng','baovinhlong.com.vn':'Vĩnh Long','baotuyenquang.com.vn':'Tuyên Quang',
'baodaknong.vn':'Đắk Nông','baocantho.com.vn':'Cần Thơ','dienbien.gov.vn':'Điện Biên','namdinh.gov.vn':'Nam Định','baonamdinh.vn':'Nam Định',
'vuban.namdinh.gov.vn':'Nam Định','haihau.namdinh.gov.vn':'Nam Định','baolaichau.vn':'Lai Châu','congan.laichau.gov.vn':'Lai Châu',
'baoquangbinh.vn':'Quảng Bình','backancity.gov.vn':'Bắc Kạn','baobackan.vn':'Bắc Kạn',
'dbnd.phutho.gov.vn':'Phú Thọ','baophutho.vn':'Phú Thọ','hahoa.phutho.gov.vn':'Phú Thọ','lamthao.phutho.gov.vn':'Phú Thọ','doanhung.phutho.gov.vn':'Phú Thọ',
'baolaocai.vn':'Lào Cai','laocai.gov.vn':'Lào Cai','baodaklak.vn':'Đắk Lắk','daklak.gov.vn':'Đắk Lắk','yte.daklak.gov.vn':'Đắk Lắk',
'baokiengiang.vn':'Kiên Giang','baohagiang.vn':'Hà Giang','baosonla.org.vn':'Sơn La','baosonla.vn':'Sơn La',
'baokontum.com.vn':'Kon Tum','congan.kontum.gov.vn':'Kon Tum','baohaugiang.com.vn':'Hậu Giang','baoquangtri.vn':'Quảng Trị',
'baoninhbinh.org.vn':'Ninh Bình','congan.ninhbinh.gov.vn':'Ninh Bình','baosoctrang.org.vn':'Sóc Trăng','congan.hanam.gov.vn':'Hà Nam','baohanam.com.vn':'Hà Nam',
'baodanang.vn':'Đà Nẵng','baocamau.vn':'Cà Mau','phuyen.gov.vn':'Phú Yên',
}

# topic: public administration, or a development policy with a goal cue
PA = re.compile(r'cải cách hành chính|thủ tục hành chính|\bTTHC\b|một cửa|dịch vụ công|công chức|viên chức|'
                r'biên chế|tổ chức bộ máy|sắp xếp đơn vị hành chính|đơn vị hành chính|chính quyền địa phương|'
                r'chính quyền số|chính phủ số|chuyển đổi số|chính phủ điện tử|PAR ?INDEX|SIPAS|PAPI|\bPCI\b', re.I)
POLICY = re.compile(r'nông thôn mới|OCOP|hộ nghèo|giảm nghèo|GRDP|kinh tế - xã hội|kinh tế – xã hội|'
                    r'tăng trưởng|thu ngân sách|kế hoạch', re.I)
GOAL = re.compile(r'phấn đấu|mục tiêu|chỉ tiêu', re.I)
ACTOR = re.compile(r'UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Huyện ủy|\bSở\b|\bBộ\b')


def on_topic(body):
    """At least 3 public-administration terms, or a development-policy text: 2 policy terms, a goal cue
    and 2 mentions of a public body."""
    return len(PA.findall(body)) >= 3 or (len(POLICY.findall(body)) >= 2 and GOAL.search(body) is not None
                                           and len(ACTOR.findall(body)) >= 2)


def parse(path):
    """(url, title, date, body) of a VN post, or None.  body: the article text after the link line, the
    image line and the snippet paragraph (Google's excerpt, repeated in the text)."""
    t = open(path, encoding='utf-8', errors='replace').read()
    m = re.match(r'---\n(.*?)\n---\n', t, re.S)
    if not m or 'categories: entries VN' not in m.group(1):
        return None
    date = re.search(r'^date: (.*)$', m.group(1), re.M).group(1)
    rest = t[m.end():]
    lm = re.match(r'\[(.*?)\]\((https?://[^)\s]+)\)\n\n', rest)
    if not lm:
        return None
    title, url = lm.group(1), lm.group(2)
    rest = rest[lm.end():]
    rest = re.sub(r'^!\[.*?\]\(.*?\)\n\n', '', rest)
    paras = rest.split('\n\n', 1)
    body = paras[1] if len(paras) > 1 else ''
    return url, title, date, body.strip()


CUT_OVER, CUT_AT = 8000, 6000


def text_of(title, body):
    """The corpus text: the linked title as the post gives it (Google's, sometimes cut with '...'), a
    blank line, the article text as fetched; over 8,000 characters, cut at the last paragraph break
    (blank line) before character 6,000."""
    t = title + '\n\n' + body
    if len(t) > CUT_OVER:
        t = t[:t.rfind('\n\n', 0, CUT_AT)]
    return t


def candidates(posts, seen):
    counts = collections.Counter()
    rows, urls = [], set()
    for f in sorted(os.listdir(posts)):
        p = parse(os.path.join(posts, f))
        if not p:
            continue
        counts['VN posts'] += 1
        url, title, date, body = p
        site = site_of(url)
        if site not in PROV:
            continue
        counts['provincial site'] += 1
        if len(body) < MIN_BODY:
            counts['body too short'] += 1
            continue
        if norm(url) in seen:
            counts['URL already in corpus/pairs'] += 1
            continue
        if norm(url) in urls:
            counts['same URL twice (second dropped)'] += 1
            continue
        if not on_topic(body):
            continue
        urls.add(norm(url))
        counts['topic matches'] += 1
        rows.append((f, url, len(body)))
    return rows, counts


def draw(rows):
    rng = random.Random(SEED)
    rows = list(rows)
    rng.shuffle(rows)
    per_site, per_prov, drawn, over = collections.Counter(), collections.Counter(), [], []
    for f, u, n in rows:
        s = site_of(u)
        if per_site[s] >= CAP_PER_SITE or per_prov[PROV[s]] >= CAP_PER_PROVINCE or len(drawn) >= TAKE:
            over.append((f, u, n))
            continue
        per_site[s] += 1
        per_prov[PROV[s]] += 1
        drawn.append((f, u, n))
    return drawn, over


def check(path, posts):
    """Each line of the share: its URL among the drawn posts, its text rebuilt from its post."""
    rows, _ = candidates(posts, seen_urls(SKIP, reserve=True))
    drawn, _ = draw(rows)
    by_url = {norm(u): f for f, u, n in drawn}
    bad = 0
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        f = by_url.get(norm(d['source_url']))
        if not f or f != d['source_path'].split('/')[-1]:
            print('not drawn:', d['id'], d['source_url']); bad += 1; continue
        url, title, date, body = parse(os.path.join(posts, f))
        if text_of(title, body) != d['text']:
            print('text differs:', d['id']); bad += 1
    print('check:', 'ok' if not bad else '%d problems' % bad)


def main():
    if '--check' in sys.argv:
        return check(sys.argv[sys.argv.index('--check') + 1], POSTS)
    seen = seen_urls(SKIP, reserve=True)
    rows, counts = candidates(POSTS, seen)
    for k, v in counts.items():
        print('%s: %d' % (k, v))
    drawn, over = draw(rows)
    print('drawn (seed %d, at most %d per site and %d per province, first %d): %d' %
          (SEED, CAP_PER_SITE, CAP_PER_PROVINCE, TAKE, len(drawn)))
    for f, u, n in drawn:
        print(f, n, PROV[site_of(u)], u, '(dropped)' if f in DROPPED else '')
    print('not drawn:', len(over))
    if '-v' in sys.argv:
        for f, u, n in over:
            print('  over', f, n, u)


if __name__ == '__main__':
    main()
