"""Draw of corpus share L2 (session 28, helper ann29): which texts were taken, and why.

Re-check:  python3 tests/data/corpus/build_part_L2.py /tmp/tln/ds          (the draw)
           python3 tests/data/corpus/build_part_L2.py --check               (the file: hygiene, cap, values)
(the folder holds src/etl/dataset/*.md of github.com/tnt305/tai_lieu_noi_bo).
Prints (1) the seeded draw of reserve texts (reserve-L1-overcap.jsonl as it was before this share,
L-021 ... L-038; read from git, commit 75aa578) and (2) the seeded draw of new texts among files
0-7 of the source folder. Standard library only; reads only the `source_url`/`url` keys of the corpus
parts, the reserve and the pair files (the K4-K6 and I parts by code, never opened).
"""
import json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_part_L1 import norm, seen_urls, site_of, topic_rows  # same filters as share L1

SEED_RESERVE = 29131
SEED_NEW = 29132
CAP_PER_SITE = 4
DS = sys.argv[1] if len(sys.argv) > 1 else '/tmp/tln/ds'
ROOT = os.path.join(HERE, '..', '..', '..')
RESERVE_COMMIT = '75aa578'
# read and dropped after the draw (reasons in README-part-L2.md): an encyclopedia-style biography
# (infobox table, 24,084 characters) that the Wikipedia markers did not catch
DROPPED = ['10695d9b693f1849.md']
KEYS = ['id', 'source_url', 'site', 'part', 'province', 'kind', 'text', 'doc_refs', 'primary', 'indices',
        'targets', 'period', 'notes', 'source_repo', 'source_path']


def reserve_lines():
    out = subprocess.run(['git', '-C', ROOT, 'show',
                          RESERVE_COMMIT + ':tests/data/corpus/reserve-L1-overcap.jsonl'],
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def main():
    # hygiene: URLs of every corpus part and pair file, except this share and the reserve itself
    seen = seen_urls(skip=('part-L2.jsonl', 'reserve-L1-overcap.jsonl'), reserve=True)
    res = reserve_lines()
    print('reserve lines:', len(res))
    ok = []
    for d in res:
        if norm(d['source_url']) in seen:
            print('  reserve URL already elsewhere (not taken):', d['id'], d['source_url'])
            continue
        ok.append(d)
    bysite = {}
    for d in ok:
        bysite.setdefault(site_of(d['source_url']), []).append(d['id'])
    rng = random.Random(SEED_RESERVE)
    moved = []
    for s in sorted(bysite):
        ids = sorted(bysite[s])
        pick = sorted(rng.sample(ids, min(CAP_PER_SITE, len(ids))))
        print('reserve site %s: %d -> moved %s' % (s, len(ids), ', '.join(pick)))
        moved += pick
    print('moved from the reserve: %d' % len(moved))
    per = {}
    for d in res:
        if d['id'] in moved:
            per[site_of(d['source_url'])] = per.get(site_of(d['source_url']), 0) + 1
    # new texts: files 0-7
    files = sorted(f for f in os.listdir(DS) if f[0] in '01234567' and f.endswith('.md'))
    print('files 0-7:', len(files))
    seen_all = seen | {norm(d['source_url']) for d in res}
    rows, counts, already = topic_rows(DS, files, seen_all)
    for f, u in already:
        print('  URL already in corpus/reserve/pairs:', f, u)
    print('with a source URL:', counts['url'], '| encyclopedia skipped:', counts['wiki'],
          '| URL already in corpus/reserve/pairs:', counts['seen'], '| topic matches:', counts['topic'],
          '| same URL twice (second dropped):', counts['dup'])
    rng = random.Random(SEED_NEW)
    rng.shuffle(rows)
    drawn, over = [], []
    for f, u, n in rows:
        s = site_of(u)
        if per.get(s, 0) >= CAP_PER_SITE:
            over.append((f, u, n))
            continue
        if f not in DROPPED:  # a dropped file is not replaced (its site's count stays as drawn)
            per[s] = per.get(s, 0) + 1
        drawn.append((f, u, n))
    print('new, after the cap of %d per site (reserve texts counted): %d' % (CAP_PER_SITE, len(drawn)))
    for f, u, n in drawn:
        print(' ', f, n, u, '(dropped on reading)' if f in DROPPED else '')
    print('over the cap (not taken): %d' % len(over))
    for f, u, n in over:
        print('  over', f, n, u)
    print('sites in L2:', sorted(per.items(), key=lambda x: -x[1]))


def num_forms(v):
    """Ways a value can be written: decimal comma, thousands dot, plain."""
    out = set()
    if float(v).is_integer():
        n = int(v)
        out |= {str(n), f'{n:,}'.replace(',', '.')}
    else:
        out |= {str(v).replace('.', ','), str(v)}
    return out


def check():
    """Mechanical check of part-L2.jsonl (standard library): schema, hygiene, cap, values in text."""
    path = os.path.join(HERE, 'part-L2.jsonl')
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    seen = seen_urls(skip=('part-L2.jsonl',), reserve=True)  # every other part, the reserve as it is now, every pair file
    ids, per, bad = set(), {}, []
    for d in rows:
        if list(d) != KEYS: bad.append((d['id'], 'keys'))
        if d['id'] in ids: bad.append((d['id'], 'dup id'))
        ids.add(d['id'])
        if d['part'] != 'L': bad.append((d['id'], 'part'))
        if norm(d['source_url']) in seen: bad.append((d['id'], 'URL elsewhere'))
        s = site_of(d['source_url'])
        per[s] = per.get(s, 0) + 1
        if re.sub(r'^(www|m|amp)\.', '', d['site']) != s: bad.append((d['id'], 'site'))
        t = d['text']
        nums = [r['number'] for r in d['doc_refs']]
        if d['primary'] is not None and d['primary'] not in nums: bad.append((d['id'], 'primary'))
        for r in d['doc_refs']:
            if r['number'] not in t: bad.append((d['id'], 'ref ' + r['number']))
            if r['date'] and not re.fullmatch(r'\d{4}-\d\d-\d\d', r['date']): bad.append((d['id'], 'date'))
        for g in d['targets']:
            if not any(f in t for f in num_forms(g['value'])): bad.append((d['id'], 'value %s' % g['value']))
            if g['deadline_year'] and str(g['deadline_year']) not in t: bad.append((d['id'], 'year'))
    over = {s: n for s, n in per.items() if n > CAP_PER_SITE}
    print('part-L2: %d texts, %d targets, sites %s' % (len(rows), sum(len(d['targets']) for d in rows), sorted(per.items(), key=lambda x: -x[1])))
    print('over the cap:', over or 'none', '| problems:', bad or 'none')
    return not bad and not over


if __name__ == '__main__':
    if '--check' in sys.argv:
        sys.argv.remove('--check')
        sys.exit(0 if check() else 1)
    main()
