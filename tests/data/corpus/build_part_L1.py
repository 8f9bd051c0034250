"""Draw of corpus share L1 (session 28, helper ann28): which source files were taken, and why.

Re-check:  python3 tests/data/corpus/build_part_L1.py /tmp/tln/ds
(the folder holds src/etl/dataset/*.md of github.com/tnt305/tai_lieu_noi_bo; list of blobs in
 /tmp/tln/list.txt).  Prints the counts of each filter step and the drawn file list.
Standard library only; reads only the `source_url`/`url` keys of the corpus parts and pair files.
"""
import glob, json, os, random, re, sys, unicodedata
from urllib.parse import unquote

SEED = 28013
CAP_PER_SITE = 4
# read and dropped: the only URL the text gives is a link it offers (a comment form on chinhphu.vn,
# the site's own price-lookup tool), not the page's address
DROPPED = ['c54e7cb89fdef3ba.md', 'a1e347b3eb3d7876.md']
# over the cap, annotated apart in reserve-L1-overcap.jsonl (L-021 ... L-038) in the printed order,
# except this one, skipped on reading (full text of a Politburo conclusion, 11,566 characters)
RESERVE_SKIPPED = ['9615b53de3e78142.md']
DS = sys.argv[1] if len(sys.argv) > 1 else '/tmp/tln/ds'
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')

# topic grep (case-insensitive, on the text): public administration, plus policy pages with goals
TOPIC = re.compile(r'cải cách hành chính|thủ tục hành chính|một cửa|dịch vụ công|công chức|viên chức|'
                   r'biên chế|bộ máy|sắp xếp|đơn vị hành chính|chính quyền địa phương|chính phủ số|'
                   r'chuyển đổi số|chính phủ điện tử|PAR ?INDEX|SIPAS|PAPI|\bPCI\b|'
                   r'phấn đấu|mục tiêu|chỉ tiêu', re.I)
WIKI = re.compile(r'sửa mã nguồn|Wikipedia|Bách khoa toàn thư|\[sửa\]|Lấy từ “')


def slug(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.findall(r'[a-z0-9]+', s.lower())


def norm(u):
    u = unquote(u.strip().rstrip('.*/')).lower()
    u = re.sub(r'^https?://', '', u)
    u = re.sub(r'^(www|m|amp)\.', '', u)
    return u.rstrip('/')


def source_url(text):
    """The page's own URL: 'Link bài viết gốc: URL', else a URL whose path slug holds at least half
    of the title's words, else a bare URL on one of the last three non-empty lines with a path."""
    m = re.search(r'Link bài viết gốc:\s*(https?://\S+)', text)
    if m:
        return m.group(1).rstrip('*.')
    title = text.strip().split('\n')[0].lstrip('#* ').strip()
    tw = {w for w in slug(title) if len(w) > 1}
    best = None
    for u in re.findall(r'https?://[^\s\)\]>"*`]+', text):
        uw = set(slug(u.split('/', 3)[-1] if u.count('/') >= 3 else ''))
        ov = len(tw & uw)
        if tw and ov / len(tw) >= 0.5 and (best is None or ov > best[0]):
            best = (ov, u)
    if best:
        return best[1].rstrip('*.')
    lines = [l for l in text.split('\n') if l.strip()][-3:]
    for l in lines:
        m = re.fullmatch(r'[^|]{0,40}?(https?://[^/\s]+/\S{8,})\s*', l.strip())
        if m:
            return m.group(1).rstrip('*.')
    return None


def site_of(u):
    return re.sub(r'^(www|m|amp)\.', '', u.split('/')[2].lower())


def seen_urls(skip=('part-L1.jsonl',), reserve=False):
    """Normalised URLs of every corpus part and pair file (and the reserve), except the files in skip."""
    seen = set()
    paths = glob.glob(os.path.join(ROOT, 'tests/data/corpus/part-*.jsonl')) + \
        (glob.glob(os.path.join(ROOT, 'tests/data/corpus/reserve-*.jsonl')) if reserve else []) + \
        glob.glob(os.path.join(ROOT, 'tests/data/criteria_pairs/*.jsonl'))
    for p in paths:
        if os.path.basename(p) in skip:
            continue
        for line in open(p, encoding='utf-8'):
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            for k in ('source_url', 'url'):
                if d.get(k):
                    seen.add(norm(d[k]))
    return seen


def topic_rows(ds, files, seen):
    """(rows, counts, already_seen): each topic-matching file with its own URL, not an encyclopedia page, not
    seen, first of its URL, as (file, url, length); the filter counts; the (file, url) skipped as seen."""
    rows, counts, urls, already = [], dict(url=0, wiki=0, seen=0, topic=0, dup=0), set(), []
    for f in files:
        t = open(os.path.join(ds, f), encoding='utf-8', errors='replace').read()
        u = source_url(t)
        if not u:
            continue
        counts['url'] += 1
        if WIKI.search(t) or len(t) > 25000 or 'wikipedia.org' in u:
            counts['wiki'] += 1  # encyclopedia-style (markers, or over 25,000 characters)
            continue
        if norm(u) in seen:
            counts['seen'] += 1
            already.append((f, u))
            continue
        if not TOPIC.search(t):
            continue
        if norm(u) in urls:
            counts['dup'] += 1
            continue
        urls.add(norm(u))
        counts['topic'] += 1
        rows.append((f, u, len(t)))
    return rows, counts, already


def main():
    files = sorted(f for f in os.listdir(DS) if f[0] in '89abcdef' and f.endswith('.md'))
    print('files 8,9,a-f:', len(files))
    seen = seen_urls()
    rows, counts, _ = topic_rows(DS, files, seen)
    print('with a source URL:', counts['url'], '| encyclopedia skipped:', counts['wiki'],
          '| URL already in corpus/pairs:', counts['seen'], '| topic matches:', counts['topic'], '| same URL twice (second dropped):', counts['dup'])
    rng = random.Random(SEED)
    rng.shuffle(rows)
    per, drawn, over = {}, [], []
    for f, u, n in rows:
        site = site_of(u)
        if per.get(site, 0) >= CAP_PER_SITE:
            over.append((f, u, n))
            continue
        per[site] = per.get(site, 0) + 1
        drawn.append((f, u, n))
    print('after the cap of %d per site: %d' % (CAP_PER_SITE, len(drawn)))
    for f, u, n in drawn:
        print(f, n, u)
    print('over the cap (not taken), in draw order: %d' % len(over))
    for f, u, n in over:
        print('  over', f, n, u)
    print('reserve: the over-cap files in this order, skipped on reading:', ', '.join(RESERVE_SKIPPED))
    print('dropped after reading (the URL the text gives is a link inside the page, not its address):')
    for f in DROPPED:
        print('  dropped', f)


if __name__ == '__main__':
    main()
