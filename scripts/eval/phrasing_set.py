#!/usr/bin/env python3
"""Generate /tmp/gen/attr.jsonl: synthetic attribute/person queries for the
movie search eval, in the format of ../shared/eval/dev-attribute.jsonl.

Judging (same as the README / dev set):
  * catalog = movies-*.json read in sorted file order; records without href
    skipped; for a duplicated href the FIRST record is the film (this is what
    reproduces the dev set's `relevant` lists exactly).
  * a film is relevant iff year_from <= year <= year_to (bounds optional),
    each inner list of genres_any_of_each shares >= 1 label with its genres,
    and cast_any shares >= 1 name with its cast.
  * `relevant` is listed in catalog order.
Run:  python3 /tmp/gen/make.py
"""
import glob
import json
import random
import re
import statistics
from collections import Counter

SEED = 1234
import os
import sys

# The shared catalog beside the project; the set is written where the caller says (never into the project).
HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "..", "shared", "data", "wikipedia-movies", "movies-*.json")
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/phrasing-set.jsonl"
MIN_REL, MAX_REL = 5, 400
N_ATTR, N_PERSON = 110, 40

rng = random.Random(SEED)

# ---------------------------------------------------------------- catalog
FILMS = {}  # href -> first record (insertion order = catalog order)
for path in sorted(glob.glob(CATALOG)):
    for r in json.load(open(path, encoding="utf-8")):
        h = r.get("href")
        if h and h not in FILMS:
            FILMS[h] = r


def relevant(c):
    out = []
    for h, r in FILMS.items():
        y = r.get("year")
        if "year_from" in c and (y is None or y < c["year_from"]):
            continue
        if "year_to" in c and (y is None or y > c["year_to"]):
            continue
        gs = set(r.get("genres") or [])
        if any(not (gs & set(grp)) for grp in c.get("genres_any_of_each", [])):
            continue
        if "cast_any" in c and not (set(c["cast_any"]) & set(r.get("cast") or [])):
            continue
        out.append(h)
    return out


# ------------------------------------------------------- genre synonyms
# key: (label groups, desc, mod, plural)
#   desc   = true adjectives ("scary"): before a kind word or another genre noun
#   mod    = noun modifiers ("horror", "sci-fi"): before a kind word
#   plural = plural/mass nouns that stand alone ("westerns", "horror")
# Broad genres accept narrower labels exactly as the dev set does:
# Horror -> Horror|Slasher, Thriller -> Suspense|Thriller, Sports -> Sport|Sports.
# Narrower slang (heist, gangster, tearjerker, ghost, high school,
# sword-and-sorcery, swashbuckler, true story) is deliberately NOT mapped.
def g(labels, desc, mod, plural):
    return ([labels] if isinstance(labels[0], str) else labels, desc, mod, plural)


G = {
    "horror": g(["Horror", "Slasher"], ["scary", "spooky", "creepy", "frightening"],
                ["horror"], ["horror", "horror flicks", "scary stuff", "spooky stuff"]),
    "scifi": g(["Science Fiction"], [],
               ["sci-fi", "science fiction", "science-fiction", "scifi", "sci fi"],
               ["sci-fi", "science fiction", "scifi"]),
    "comedy": g(["Comedy"], ["funny", "comedic", "hilarious", "laugh-out-loud"],
                ["comedy"], ["comedies", "comedy", "funny stuff"]),
    "romcom": g([["Romance"], ["Comedy"]], [],
                ["rom-com", "romcom", "romantic comedy", "romantic-comedy"],
                ["rom-coms", "romcoms", "romantic comedies"]),
    "romance": g(["Romance"], ["romantic"], ["romance", "love story"],
                 ["romances", "love stories", "romance"]),
    "western": g(["Western"], [], ["western", "cowboy", "wild west"],
                 ["westerns", "cowboy pictures", "cowboy movies", "oaters"]),
    "musical": g(["Musical"], ["musical"], ["song-and-dance"], ["musicals"]),
    "war": g(["War"], [], ["war", "combat"], ["war stuff"]),
    "crime": g(["Crime"], ["criminal"], ["crime"], ["crime stories", "crime"]),
    "thriller": g(["Suspense", "Thriller"], ["suspenseful", "edge-of-your-seat"],
                  ["thriller", "suspense"], ["thrillers", "suspense"]),
    "animated": g(["Animated"], ["animated"], ["cartoon", "animation"],
                  ["cartoons", "animation"]),
    "documentary": g(["Documentary"], ["non-fiction"], ["documentary"],
                     ["documentaries", "docs", "docos"]),
    "mystery": g(["Mystery"], [], ["mystery", "whodunit", "whodunnit"],
                 ["mysteries", "whodunits", "whodunnits"]),
    "fantasy": g(["Fantasy"], ["fantastical"], ["fantasy"], ["fantasy"]),
    "noir": g(["Noir"], ["noirish"], ["noir", "film noir", "film-noir"],
              ["film noir", "noirs", "noir"]),
    "adventure": g(["Adventure"], ["adventurous"], ["adventure"],
                   ["adventures", "adventure stories"]),
    "family": g(["Family"], ["family-friendly", "kid-friendly"], ["family", "kids'"],
                ["stuff for the whole family", "family fare"]),
    "sports": g(["Sport", "Sports"], [], ["sports", "sport"], ["sports stuff"]),
    "biography": g(["Biography"], ["biographical"], ["biopic", "biography"],
                   ["biopics", "biographies", "bio-pics"]),
    "teen": g(["Teen"], ["teenage"], ["teen", "teen-oriented"], ["teen stuff"]),
    "spy": g(["Spy"], [], ["spy", "espionage", "secret agent", "secret-agent"],
             ["spy stuff", "espionage"]),
    "superhero": g(["Superhero"], [], ["superhero", "super-hero", "comic book"],
                   ["superhero stuff"]),
    "martial": g(["Martial Arts"], [], ["martial arts", "kung fu", "kung-fu", "chop-socky"],
                 ["kung fu", "martial arts"]),
    "disaster": g(["Disaster"], [], ["disaster", "catastrophe"], ["disaster epics"]),
    "slasher": g(["Slasher"], [], ["slasher", "slice-and-dice"], ["slashers"]),
    "supernatural": g(["Supernatural"], ["supernatural", "paranormal"], [],
                      ["paranormal stuff"]),
    "drama": g(["Drama"], ["dramatic"], ["drama"], ["dramas"]),
    "action": g(["Action"], ["action-packed"], ["action", "shoot-'em-up"],
                ["action", "shoot-'em-ups"]),
    "silent": g(["Silent"], ["silent", "silent-era"], [], ["silents", "silent pictures"]),
    "historical": g(["Historical"], ["historical"], ["period"],
                    ["period pieces", "historical epics"]),
    "legal": g(["Legal"], [], ["courtroom", "legal"], ["courtroom dramas"]),
    "satire": g(["Satire"], ["satirical"], ["satire"], ["satires"]),
    "political": g(["Political"], ["political"], [], ["political stuff"]),
    "indie": g(["Independent"], ["independent"], ["indie"], ["indies"]),
    "foundfootage": g(["Found Footage"], [], ["found-footage", "found footage"],
                      ["found footage"]),
}
# plurals that may follow another genre's modifier ("horror comedies")
PAIR_PLURALS = {k: [p for p in v[3] if p.endswith("s") and "stuff" not in p
                    and p not in ("docs", "docos", "silent pictures", "cowboy movies")]
                for k, v in G.items()}


def groups(key):
    return G[key][0]


KW_PL = ["movies", "films", "flicks", "pictures"]
KW_W = [5, 4, 2, 1]
KW_SG = {"movies": "movie", "films": "film", "flicks": "flick", "pictures": "picture"}

# ------------------------------------------------------------ numbers
ONES = "zero one two three four five six seven eight nine ten eleven twelve " \
       "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
DEC_WORD = {1920: "twenties", 1930: "thirties", 1940: "forties", 1950: "fifties",
            1960: "sixties", 1970: "seventies", 1980: "eighties", 1990: "nineties"}


def two(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else rng.choice(["-", " "]) + ONES[o])


def spoken_year(y):
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + " hundred"
    if lo < 10:
        return two(hi) + " oh " + ONES[lo]
    return two(hi) + " " + two(lo)


# ------------------------------------------------------------ time
# Each returns (prenominal form or None, postnominal form, year_from, year_to)
def decade_forms(d):
    yy = str(d)[2:]
    pre = [f"{d}s", f"'{yy}s", f"{yy}s", f"{yy}'s"]
    post = [f"from the {d}s", f"from the '{yy}s", f"in the {yy}s",
            f"of the {d}s", f"made in the {d}s", f"from the {yy}s"]
    if d in DEC_WORD:
        w = DEC_WORD[d]
        pre += [w, w]
        post += [f"from the {w}", f"of the {w}", f"in the {w}",
                 f"from the nineteen {w}", f"from the {w}"]
    if d == 1920:
        pre = ["1920s", "twenties", "roaring twenties"]
        post = ["from the 1920s", "from the roaring twenties", "of the twenties",
                "from the nineteen twenties", "made in the 1920s"]
    if d == 2000:
        pre = ["2000s", "'00s", "noughties", "two-thousands", "aughts"]
        post = ["from the 2000s", "from the two thousands", "from the noughties",
                "from the aughts", "of the 2000s", "made in the 2000s",
                "in the two thousands",
                "from the naughties"]
    if d == 2010:
        pre = ["2010s", "'10s", "twenty-tens", "2010's"]
        post = ["from the 2010s", "from the twenty tens", "of the 2010s",
                "made in the 2010s", "from the twenty-tens", "in the 2010's"]
    if d == 2020:
        pre = ["2020s"]
        post = ["from the 2020s", "from the twenty twenties", "released in the 2020s"]
    return rng.choice(pre + [None]), rng.choice(post), d, d + 9


PART = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def part_forms(d):
    part = rng.choice(list(PART))
    a, b = PART[part]
    yy = str(d)[2:]
    dw = [f"{yy}s", f"'{yy}s", f"{d}s"] + ([DEC_WORD[d]] * 2 if d in DEC_WORD else [])
    if d == 2000:
        dw = ["2000s", "two thousands", "noughties"]
    if d == 2010:
        dw = ["2010s", "twenty tens"]
    w = rng.choice(dw)
    if part == "mid":
        pre = rng.choice([f"mid-{w}", f"mid {w}"])
        post = rng.choice([f"from the mid-{w}", f"from the mid {w}",
                           f"from the middle of the {w}", f"made in the mid-{w}"])
    else:
        pre = rng.choice([f"{part} {w}", f"{part}-{w}"])
        post = rng.choice([f"from the {part} {w}", f"in the {part} {w}",
                           f"from the {part}-{w}", f"of the {part} {w}",
                           f"made in the {part} {w}"])
    return pre, post, d + a, d + b


def between_forms():
    a = rng.randrange(1930, 2016)
    b = a + rng.randrange(3, 9)
    sa, sb = str(a), str(b)
    if rng.random() < 0.15:
        sa, sb = spoken_year(a), spoken_year(b)
    pre = rng.choice([f"{a}-{b}", f"{a} to {b}", None])
    post = rng.choice([f"between {sa} and {sb}", f"from {sa} to {sb}",
                       f"{sa} to {sb}", f"released between {sa} and {sb}",
                       f"from {a}-{b}", f"{a} through {b}",
                       f"made between {sa} and {sb}"])
    return pre, post, a, b


def before_forms():
    a = rng.choice([1930, 1935, 1940, 1945, 1950, 1955, 1960, 1965])
    sa = spoken_year(a) if rng.random() < 0.15 else str(a)
    # "before 1960" excludes 1960 itself
    return (rng.choice([f"pre-{a}", None]),
            rng.choice([f"before {sa}", f"made before {sa}", f"older than {sa}",
                        f"released before {sa}", f"from before {sa}"]),
            None, a - 1)


def after_forms():
    a = rng.choice([2000, 2005, 2008, 2010, 2012, 2015, 2018])
    sa = spoken_year(a) if rng.random() < 0.15 else str(a)
    # "after 2010" excludes 2010 itself
    return (rng.choice([f"post-{a}", None]),
            rng.choice([f"after {sa}", f"made after {sa}", f"released after {sa}",
                        f"newer than {sa}"]),
            a + 1, None)


def since_forms():
    a = rng.choice([2000, 2005, 2010, 2012, 2014, 2015, 2016, 2018, 2019])
    sa = spoken_year(a) if rng.random() < 0.15 else str(a)
    return (None,
            rng.choice([f"since {sa}", f"from {sa} onwards", f"from {sa} on",
                        f"{sa} or later", f"{sa} and newer", f"made since {sa}"]),
            a, None)


def year_forms():
    a = rng.randrange(1930, 2023)
    sa = spoken_year(a) if rng.random() < 0.25 else str(a)
    return (str(a),
            rng.choice([f"from {sa}", f"released in {sa}", f"that came out in {sa}",
                        f"made in {sa}", f"of {sa}"]),
            a, a)


def two_decades_forms():
    d = rng.choice([1930, 1940, 1950, 1960, 1970, 1980])
    w1, w2 = DEC_WORD[d], DEC_WORD[d + 10]
    y1, y2 = str(d)[2:], str(d + 10)[2:]
    return (rng.choice([f"{y1}s and {y2}s", f"'{y1}s-'{y2}s", None]),
            rng.choice([f"from the {w1} and {w2}", f"in the {w1} and {w2}",
                        f"from the {d}s and {d + 10}s", f"from the '{y1}s or '{y2}s",
                        f"of the {w1} and {w2}"]),
            d, d + 19)


TIME_KINDS = [("decade", 9), ("part", 5), ("between", 3), ("before", 2),
              ("after", 2), ("since", 2), ("year", 2), ("two", 2), ("none", 2)]


def time_forms(kind):
    if kind == "decade":
        return decade_forms(rng.choice(range(1920, 2030, 10)))
    if kind == "part":
        return part_forms(rng.choice(range(1930, 2020, 10)))
    return {"between": between_forms, "before": before_forms,
            "after": after_forms, "since": since_forms, "year": year_forms,
            "two": two_decades_forms}[kind]()


def time_c(a, b):
    c = {}
    if a is not None:
        c["year_from"] = a
    if b is not None:
        c["year_to"] = b
    return c


# ----------------------------------------------------------- fillers
FILL_PL = ["um can you find me {q}", "i'm in the mood for {q}", "show me some {q}",
           "{q} please", "what are some good {q}", "uh, any {q}?",
           "can you recommend some {q}", "hey, i wanna watch {q}",
           "looking for {q}", "got any {q}?", "so like, {q}",
           "find me {q} please", "i feel like watching {q} tonight",
           "could you pull up {q}", "what {q} are there?",
           "suggest some {q}", "hmm, {q} maybe?", "okay so um {q}",
           "please show me {q}", "what are the best {q}",
           "i'd like to see some {q}", "er, {q}, please"]
FILL_ANY = ["{q} please", "okay so um {q}", "uh, {q}?", "hmm, {q}",
            "so like, {q}", "um {q}", "hey, {q}"]
FILL_SG = ["find me a {q}", "i want to watch a {q}", "is there a good {q}",
           "um, recommend a {q}", "can you find me a {q} please",
           "i'm in the mood for a {q}", "give me a {q}"]


def an(q):
    return "an " + q if re.match(r"(?i)^(8|'8|18|11|'11|eight|eleven|early|[aeiou](?!ni|ne ))", q) else "a " + q


def filler(q, singular_q=None):
    if singular_q and rng.random() < 0.35:
        f = rng.choice(FILL_SG)
        return f.replace("a {q}", an(singular_q)).format(q=singular_q) if "a {q}" in f \
            else f.format(q=singular_q)
    return rng.choice(FILL_PL).format(q=q)


def maybe_wrap(q, sq=None, p=0.36):
    return filler(q, sq) if rng.random() < p else q


# -------------------------------------------------------- attribute qs
def genre_np(key, kw):
    """(plural noun phrase, singular noun phrase or None); kw None = no kind word."""
    _, desc, mod, plural = G[key]
    if kw is None:
        return rng.choice(plural), None
    a = rng.choice(desc + mod + mod)
    return f"{a} {kw}", f"{a} {KW_SG[kw]}"


def pair_np(k1, k2, kw):
    """Two genres in one phrase, the ways people combine them."""
    d1, m1 = G[k1][1], G[k1][2]
    m2, p2 = G[k2][2], PAIR_PLURALS[k2]
    opts = []
    if (d1 or m1) and p2:
        opts.append("plural")
    if m1 and m2:
        opts.append("modmod")
    if (d1 or m1) and m2:
        opts.append("and")
    if d1 and m2:
        opts.append("descmod")
    if not opts:
        return None
    form = rng.choice(opts)
    kw = kw or rng.choices(KW_PL, KW_W)[0]
    if form == "plural":
        return f"{rng.choice(d1 + m1)} {rng.choice(p2)}", None
    if form == "modmod":
        x = f"{rng.choice(m1)} {rng.choice(m2)}"
    elif form == "and":
        x = f"{rng.choice(d1 + m1)} and {rng.choice(m2)}"
    else:
        x = f"{rng.choice(d1)} {rng.choice(m2)}"
    return f"{x} {kw}", f"{x} {KW_SG[kw]}"


def make_attribute(gkey, tkind):
    pre, post, a, b = time_forms(tkind) if tkind != "none" else (None, None, None, None)
    c = time_c(a, b)
    kw = rng.choices(KW_PL + [None], KW_W + [4])[0]
    if rng.random() < 0.22 and gkey not in ("romcom", "silent"):
        other = rng.choice([k for k in G if k not in (gkey, "romcom", "silent",
                                                      "foundfootage")])
        k1, k2 = rng.sample([gkey, other], 2)
        r = pair_np(k1, k2, kw)
        if r is None:
            return None
        np_, sg = r
        c["genres_any_of_each"] = groups(k1) + groups(k2)
    else:
        np_, sg = genre_np(gkey, kw)
        c["genres_any_of_each"] = groups(gkey)
    if pre is None and post is None:
        q, sq = np_, sg
    elif pre and (post is None or rng.random() < 0.45):
        q = f"{pre} {np_}"
        sq = f"{pre} {sg}" if sg else None
    else:
        q = f"{np_} {post}"
        sq = f"{sg} {post}" if sg else None
    q = maybe_wrap(q, sq)
    if rng.random() < 0.3:
        q = q.lower()
    return q, c


# ----------------------------------------------------------- people
def typo(name):
    idx = [i for i, ch in enumerate(name) if ch.isalpha()][1:-1]
    i = rng.choice(idx)
    op = rng.choice(["drop", "swap", "double", "vowel"])
    if op == "drop":
        return name[:i] + name[i + 1:]
    if op == "double":
        return name[:i] + name[i] + name[i:]
    if op == "vowel" and name[i].lower() in "aeiou":
        return name[:i] + rng.choice([v for v in "aeiou" if v != name[i].lower()]) + name[i + 1:]
    if name[i + 1].isalpha():
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + name[i + 1:]


def possessive(n):
    return n + ("'" if n.endswith("s") else "'s")


cast_films = {}
for h, r in FILMS.items():
    for p in r.get("cast") or []:
        cast_films.setdefault(p, []).append(r.get("year") or 0)
ACTORS_NEW = sorted(p for p, ys in cast_films.items() if len(ys) >= 8
                    and statistics.median(ys) >= 1960
                    and re.fullmatch(r"[A-Z][\w.'-]+( [\w.'-]+){1,2}", p))
ACTORS_OLD = sorted(p for p, ys in cast_films.items() if len(ys) >= 20
                    and statistics.median(ys) < 1960
                    and re.fullmatch(r"[A-Z][\w.'-]+( [\w.'-]+){1,2}", p))


def make_person(shape, want_typo):
    actor = rng.choice(ACTORS_NEW if rng.random() < 0.8 else ACTORS_OLD)
    name = typo(actor) if want_typo else actor
    c = {"cast_any": [actor]}
    kw = rng.choices(KW_PL, KW_W)[0]
    tpre = tpost = None
    gnp = None
    if shape in ("genre", "both"):
        gkey = rng.choice([k for k in G if k not in ("silent", "foundfootage")])
        c["genres_any_of_each"] = groups(gkey)
        gnp, _ = genre_np(gkey, rng.choice([kw, None]))
    if shape in ("time", "both"):
        tk = rng.choice(["decade", "decade", "part", "before", "since", "two"])
        tpre, tpost, a, b = time_forms(tk)
        tpost = re.sub(r"^of ", "from ", tpost)
        c.update(time_c(a, b))
    np_base = True
    if gnp:
        base = rng.choice([f"{gnp} with {name}", f"{name} {gnp}",
                           f"{gnp} starring {name}", f"{possessive(name)} {gnp}",
                           f"{gnp} featuring {name}", f"{name} in {gnp}"])
        if re.search(r" (stuff|fare)$", gnp) and base.startswith(name + " ") and \
                not base.startswith(name + " in"):
            base = f"{gnp} with {name}"
    else:
        base = rng.choice([f"{kw} with {name}", f"{name} {kw}", f"starring {name}",
                           f"{possessive(name)} {kw}", f"something with {name}",
                           name, f"{kw} starring {name}", f"anything with {name} in it",
                           f"{kw} {name} was in", f"{kw} featuring {name}",
                           f"what has {name} been in", f"{name} filmography"])
        np_base = base.startswith(tuple(KW_PL)) or base.endswith(tuple(KW_PL))
    if tpost:
        if tpre and rng.random() < 0.3 and not gnp and base.startswith(name + " "):
            q = f"{tpre} {base}"
        else:
            q = f"{base} {tpost}"
    else:
        q = base
    if rng.random() < 0.36:
        q = rng.choice(FILL_PL if np_base else FILL_ANY).format(q=q)
    if rng.random() < 0.35:
        q = q.lower()
    return q, c


# ------------------------------------------------------------- main
def cycle(items, weights=None):
    pool = []
    while True:
        if not pool:
            pool = [k for k, w in (weights or [(i, 1) for i in items]) for _ in range(w)]
            rng.shuffle(pool)
        yield pool.pop()


def main():
    rows, seen_q, seen_c = [], set(), set()

    def accept(kind, q, c):
        q = re.sub(r"\s+", " ", q).strip()
        ck = json.dumps(c, sort_keys=True)
        if q.lower() in seen_q or ck in seen_c:
            return False
        rel = relevant(c)
        if not (MIN_REL <= len(rel) <= MAX_REL):
            return False
        seen_q.add(q.lower())
        seen_c.add(ck)
        rows.append({"id": f"syn-a{len(rows) + 1:03d}", "kind": kind, "query": q,
                     "relevant": rel, "constraints": c})
        return True

    gcyc = cycle(list(G))
    tcyc = cycle(None, TIME_KINDS)
    while sum(r["kind"] == "attribute" for r in rows) < N_ATTR:
        gk, tk = next(gcyc), next(tcyc)
        for _ in range(60):  # retry time/second-genre draws for this genre
            r = make_attribute(gk, tk)
            if r and accept("attribute", *r):
                break
    pcyc = cycle(None, [("plain", 4), ("genre", 3), ("time", 3), ("both", 1)])
    while sum(r["kind"] == "person" for r in rows) < N_PERSON:
        shape = next(pcyc)
        for _ in range(60):
            n_p = sum(r["kind"] == "person" for r in rows)
            if accept("person", *make_person(shape, n_p % 5 == 2)):
                break
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(Counter(r["kind"] for r in rows), "->", OUT)


if __name__ == "__main__":
    main()
