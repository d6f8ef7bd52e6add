"""The catalog and the judge shared by the generated evaluation sets (spoken_phrasing_set.py,
unseen_phrasing_set.py): catalog files in sorted name order, records without href skipped, the
first record of a duplicated href wins; a film is relevant when year_from <= year <= year_to
(either optional, inclusive), every inner list of genres_any_of_each shares a label with its
genres, and cast_any shares a name with its cast. This reproduces ../shared/eval/dev-attribute.jsonl.
"""
import glob, json, os

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
DATA = os.path.join(SHARED, "data", "wikipedia-movies")


def load_catalog():
    seen, films = set(), []
    for f in sorted(glob.glob(os.path.join(DATA, "movies-*.json"))):
        with open(f, encoding="utf-8") as fh:
            for r in json.load(fh):
                h = r.get("href")
                if not h or h in seen:
                    continue
                seen.add(h)
                films.append(r)
    return films


def judge(films, c):
    yf, yt = c.get("year_from"), c.get("year_to")
    groups = [set(g) for g in c.get("genres_any_of_each", [])]
    cast = set(c.get("cast_any", []))
    out = []
    for r in films:
        y = r.get("year")
        if yf is not None and (y is None or y < yf):
            continue
        if yt is not None and (y is None or y > yt):
            continue
        gs = set(r.get("genres") or [])
        if any(not (g & gs) for g in groups):
            continue
        if cast and not (cast & set(r.get("cast") or [])):
            continue
        out.append(r["href"])
    return out


# Genre keys -> catalog labels. Broad words take narrower labels exactly as the dev set does.
G = {
    "horror": ["Horror", "Slasher"], "thriller": ["Suspense", "Thriller"], "sports": ["Sport", "Sports"],
    "scifi": ["Science Fiction"], "comedy": ["Comedy"], "romance": ["Romance"], "western": ["Western"],
    "musical": ["Musical"], "war": ["War"], "crime": ["Crime"], "animated": ["Animated"],
    "documentary": ["Documentary"], "mystery": ["Mystery"], "fantasy": ["Fantasy"], "noir": ["Noir"],
    "adventure": ["Adventure"], "family": ["Family"], "biography": ["Biography"], "teen": ["Teen"],
    "spy": ["Spy"], "superhero": ["Superhero"], "martial": ["Martial Arts"], "disaster": ["Disaster"],
    "slasher": ["Slasher"], "supernatural": ["Supernatural"], "drama": ["Drama"], "action": ["Action"],
    "silent": ["Silent"], "historical": ["Historical"], "legal": ["Legal"], "satire": ["Satire"],
    "political": ["Political"], "indie": ["Independent"], "found": ["Found Footage"], "short": ["Short"],
    "erotic": ["Erotic"], "dance": ["Dance"],
}


# Constraints as the judgments write them: years (a pair, either end open), genre keys each
# required, keys of which any one will do, and the cast that may fill the role.
def constraints(y, g, cast, either):
    c = {}
    if cast:
        c["cast_any"] = list(cast)
    if y is not None:
        if y[0] is not None:
            c["year_from"] = y[0]
        if y[1] is not None:
            c["year_to"] = y[1]
    groups = [sorted(G[k]) for k in g]
    if either:
        groups.append(sorted({l for k in either for l in G[k]}))
    if groups:
        c["genres_any_of_each"] = groups
    return c
