"""The films of scripts/eval/lead-paraphrase-known.jsonl: 60 drawn at random (seed 2026) from the
Wikipedia films whose lead tells a story. Each query was then written by hand from that film's lead
in a viewer's words, in the style of ../shared/eval/dev-known.jsonl (8-16 words, lower case, no title
words or names; about half the content words from the lead, the rest paraphrase), without running
any search. Run from the repository root; writes picked.jsonl (href, title, year, cast, lead).
"""
import json, glob, random, sys
SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
recs = []
for f in sorted(glob.glob(SHARED + '/data/wikipedia-movies/movies-*.json')):
    recs += json.load(open(f))
dev = {json.loads(l)['relevant'][0] for l in open(SHARED + '/eval/dev-known.jsonl')}
MARK = [" follows ", " tells the story", " centers on", " centres on", " about ", " who ", " story of", " plot "]
seen, cands = set(), []
for r in recs:  # file order (sorted by decade file), first occurrence of each href kept
    h = r.get('href')
    if not h or h in seen: continue
    seen.add(h)
    ex = r.get('extract') or ''
    if h in dev or len(r.get('cast') or []) < 4: continue
    if not any(m in ex for m in MARK): continue
    if len(ex.split()) < 60: continue
    cands.append(r)
rng = random.Random(2026)
picked = rng.sample(cands, 60)
print(len(recs), len(seen), len(cands))
with open('picked.jsonl', 'w') as f:
    for r in picked:
        f.write(json.dumps({'href': r['href'], 'title': r['title'], 'year': r['year'], 'cast': r['cast'], 'extract': r['extract']}, ensure_ascii=False) + '\n')
