#!/usr/bin/env python3
"""Synthetic held-out-style query set for the movie search engine.

Writes the set (path as the first argument) in the format of ../shared/eval/dev-attribute.jsonl.
Judging: films de-duplicated by href, first occurrence in catalog order
(movies-1900s.json .. movies-2020s.json, file order) wins; records without href skipped.
This rule reproduces all 48 dev `relevant` lists exactly (same order).
Stdlib only; seed 2027 (used for the output order).
"""
import json
import random
import sys

from catalog_judgments import load_catalog as load

SEED = 2027
import os as _os
import sys as _sys

# The shared catalog and dev set beside the project; the set is written where the caller says (never into the project).
_SHARED = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "..", "..", "shared")
OUT = _sys.argv[1] if len(_sys.argv) > 1 else "/tmp/phrasing-set-2.jsonl"
DEV = _os.path.join(_SHARED, "eval", "dev-attribute.jsonl")

# ---- genre groups (broad word -> labels it accepts, as in the dev set) ----
G = {
    "action": ["Action"], "adventure": ["Adventure"], "animated": ["Animated"],
    "biography": ["Biography"], "comedy": ["Comedy"], "crime": ["Crime"],
    "dance": ["Dance"], "disaster": ["Disaster"], "documentary": ["Documentary"],
    "drama": ["Drama"], "erotic": ["Erotic"], "family": ["Family"],
    "fantasy": ["Fantasy"], "found": ["Found Footage"], "historical": ["Historical"],
    "horror": ["Horror", "Slasher"], "indie": ["Independent"], "legal": ["Legal"],
    "martial": ["Martial Arts"], "musical": ["Musical"], "mystery": ["Mystery"],
    "noir": ["Noir"], "political": ["Political"], "romance": ["Romance"],
    "satire": ["Satire"], "scifi": ["Science Fiction"], "short": ["Short"],
    "silent": ["Silent"], "slasher": ["Slasher"], "sports": ["Sport", "Sports"],
    "spy": ["Spy"], "superhero": ["Superhero"], "supernatural": ["Supernatural"],
    "teen": ["Teen"], "thriller": ["Suspense", "Thriller"], "war": ["War"],
    "western": ["Western"],
}


# ---- time helpers (decade parts: early = 0-3, mid = 3-6, late = 6-9) ----
def dec(d):
    return (d, d + 9)


def early(d):
    return (d, d + 3)


def mid(d):
    return (d + 3, d + 6)


def late(d):
    return (d + 6, d + 9)


def yr(y):
    return (y, y)


def rng(a, b):
    return (a, b)


def since(a):
    return (a, None)


def until(b):
    return (None, b)


# ---- query specs: (query, time or None, "genre keys" or "", cast or None) ----
ATTR = [
    # terse keywords
    ("60s spy", dec(1960), "spy", None),
    ("kung fu 1970s", dec(1970), "martial", None),
    ("scifi 80s", dec(1980), "scifi", None),
    ("horor 1990s", dec(1990), "horror", None),
    ("noir 1950-1955", rng(1950, 1955), "noir", None),
    ("SCI-FI THRILLER 2000S", dec(2000), "scifi thriller", None),
    ("westerns 1962-68", rng(1962, 1968), "western", None),
    ("slasher early 80s", early(1980), "slasher", None),
    ("disaster movies mid seventies", mid(1970), "disaster", None),
    ("80's action", dec(1980), "action", None),
    ("1970's war films", dec(1970), "war", None),
    ("Horror Films, 1930's", dec(1930), "horror", None),
    ("comdies 1999", yr(1999), "comedy", None),
    ("found footage horror", None, "found horror", None),
    ("martial arts movies, any era", None, "martial", None),
    ("animated superhero", None, "animated superhero", None),
    ("political thrillers", None, "political thriller", None),
    ("legal thriller", None, "legal thriller", None),
    ("teen horror flicks", None, "teen horror", None),
    ("dance movies", None, "dance", None),
    ("Superhero 2010s", dec(2010), "superhero", None),
    ("biopics 2010s", dec(2010), "biography", None),
    ("mystery 1930s", dec(1930), "mystery", None),
    ("musicals 1950s", dec(1950), "musical", None),
    ("crime dramas 70s", dec(1970), "crime drama", None),
    ("sci fi comedy", None, "scifi comedy", None),
    ("thriler 2015", yr(2015), "thriller", None),
    ("FANTASY ADVENTURE", None, "fantasy adventure", None),
    ("erotic thrillers 90s", dec(1990), "erotic thriller", None),
    ("sport films 1980s", dec(1980), "sports", None),
    ("docos from the 90s", dec(1990), "documentary", None),
    ("war comedys", None, "war comedy", None),
    ("noir, late 40s", late(1940), "noir", None),
    ("sci-fi pre 1960", until(1959), "scifi", None),
    ("martial arts since 2000", since(2000), "martial", None),
    ("spy thriller sixties", dec(1960), "spy thriller", None),
    ("Biography 1950s", dec(1950), "biography", None),
    ("satire", None, "satire", None),
    ("supernatural horror 2010s", dec(2010), "supernatural horror", None),
    ("historical romance", None, "historical romance", None),
    ("indie drama 2000s", dec(2000), "indie drama", None),
    # conversational / remote-style
    ("any good cowboy movies from the sixties or seventies? my grandad loves them",
     rng(1960, 1979), "western", None),
    ("show me some film noir from the forties", dec(1940), "noir", None),
    ("rom-coms from the late nineties please", late(1990), "comedy romance", None),
    ("animated films released between 2005 and 2010", rng(2005, 2010), "animated", None),
    ("documentaries made since 2015", since(2015), "documentary", None),
    ("CARTOONS FROM THE 1940S", dec(1940), "animated", None),
    ("horror from nineteen eighty-two", yr(1982), "horror", None),
    ("any superhero stuff from twenty nineteen", yr(2019), "superhero", None),
    ("I'm in the mood for a musical from the late thirties", late(1930), "musical", None),
    ("sports films from the noughties", dec(2000), "sports", None),
    ("teen movies from the eighties", dec(1980), "teen", None),
    ("martial arts action movies from the 90s", dec(1990), "martial action", None),
    ("what courtroom dramas have you got", None, "legal drama", None),
    ("sci fi horror from the fifties", dec(1950), "scifi horror", None),
    ("can you find me a fantacy film from the 1980s", dec(1980), "fantasy", None),
    ("a thriller from two thousand and eight", yr(2008), "thriller", None),
    ("war movies nineteen forty-three", yr(1943), "war", None),
    ("Family adventure films from the 2000s", dec(2000), "family adventure", None),
    ("sci-fi action movies 2010 onwards", since(2010), "scifi action", None),
    ("superhero movies before 2000", until(1999), "superhero", None),
    ("teen comedies 2000 to 2005", rng(2000, 2005), "teen comedy", None),
    ("documentary films 2000s", dec(2000), "documentary", None),
    ("early 2000s horror", early(2000), "horror", None),
    ("mid-90s thrillers", mid(1990), "thriller", None),
    ("late 2010s comedy", late(2010), "comedy", None),
    ("early seventies crime pictures", early(1970), "crime", None),
    ("something funny from the late fifties", late(1950), "comedy", None),
    ("spy films, nineteen sixty-five through nineteen seventy", rng(1965, 1970), "spy", None),
    ("sci-fi made 1977-1985", rng(1977, 1985), "scifi", None),
    ("fantasy adventures no older than 2010", since(2010), "fantasy adventure", None),
    ("horror from before 1940", until(1939), "horror", None),
    ("new animation, 2020 and later", since(2020), "animated", None),
    ("Disaster films of the 1990s", dec(1990), "disaster", None),
    ("Crime comedies from the thirties", dec(1930), "crime comedy", None),
    ("martial arts flicks from 2010 on", since(2010), "martial", None),
    ("historical dramas from the 1950s", dec(1950), "historical drama", None),
    ("biographical sports movies", None, "biography sports", None),
    ("family fantasy films from the nineties", dec(1990), "family fantasy", None),
    ("adventure films from the 1930s", dec(1930), "adventure", None),
    ("film noir from 1960 onward", since(1960), "noir", None),
    ("short cartoons from the 1950s", dec(1950), "short animated", None),
    ("musicals of the sixties and seventies", rng(1960, 1979), "musical", None),
    ("westerns made in the two thousands", dec(2000), "western", None),
    ("crime thrillers from twenty twenty-one", yr(2021), "crime thriller", None),
    ("action movies that came out in 2022", yr(2022), "action", None),
    ("hey, got any fantasy flicks from the late eighties?", late(1980), "fantasy", None),
    ("a spooky supernatural film from the 70s", dec(1970), "supernatural", None),
    ("romance movies between 1985 and 1995", rng(1985, 1995), "romance", None),
    ("family movies from 2010 through 2015", rng(2010, 2015), "family", None),
    ("adventure comedies in the nineties", dec(1990), "adventure comedy", None),
    ("a musical romance from the forties", dec(1940), "musical romance", None),
    ("slasher films from 1978 to 1984", rng(1978, 1984), "slasher", None),
    ("some fantasy movies from the second half of the seventies", rng(1975, 1979), "fantasy", None),
    ("thrillers up to 1960", until(1960), "thriller", None),
    ("I want an old silent horror film", None, "silent horror", None),
    ("silent westerns from nineteen twenty-five", yr(1925), "silent western", None),
    ("romantic dramas from the first half of the 1960s", rng(1960, 1964), "romance drama", None),
    ("Science Fiction Movies From The Nineteen Nineties", dec(1990), "scifi", None),
    ("action comedy 1980s", dec(1980), "action comedy", None),
    ("mysteries from the early forties", early(1940), "mystery", None),
    ("animated musicals", None, "animated musical", None),
    ("play me a war film from the fifties", dec(1950), "war", None),
    ("spy movies older than 1950", until(1949), "spy", None),
    ("horror comedies since 2010", since(2010), "horror comedy", None),
    ("comedies newer than 2020", since(2021), "comedy", None),
    ("sports dramas from the nineties", dec(1990), "sports drama", None),
    ("kung-fu movies from the 80s", dec(1980), "martial", None),
    ("Westerns from the Early Thirties", early(1930), "western", None),
    ("action films 95-99", rng(1995, 1999), "action", None),
    ("fancy a good war film from the sixties", dec(1960), "war", None),
    ("'90s teen comedy", dec(1990), "teen comedy", None),
    ("slasher movies from 1985 or earlier", until(1985), "slasher", None),
    ("spy films from the forties or fifties", rng(1940, 1959), "spy", None),
    ("twenty ten to twenty fifteen sci fi", rng(2010, 2015), "scifi", None),
    ("Animated films for the whole family", None, "animated family", None),
]

PERSON = [
    ("john wayne westerns", None, "western", "John Wayne"),
    ("Clint Eastwood's westerns", None, "western", "Clint Eastwood"),
    ("denzel washingon thrillers", None, "thriller", "Denzel Washington"),
    ("meryl streep", None, "", "Meryl Streep"),
    ("Tom Hanks comedies from the eighties", dec(1980), "comedy", "Tom Hanks"),
    ("bruce willis action movies 2010s", dec(2010), "action", "Bruce Willis"),
    ("samuel l jackson movies", None, "", "Samuel L. Jackson"),
    ("robert deniro crime movies", None, "crime", "Robert De Niro"),
    ("Morgan Freeman dramas", None, "drama", "Morgan Freeman"),
    ("nicholas cage action", None, "action", "Nicolas Cage"),
    ("humphrey bogart noir", None, "noir", "Humphrey Bogart"),
    ("BETTE DAVIS 1930S", dec(1930), "", "Bette Davis"),
    ("cary grant comedies", None, "comedy", "Cary Grant"),
    ("audrey hepburn films", None, "", "Audrey Hepburn"),
    ("marilyn monroe", None, "", "Marilyn Monroe"),
    ("arnold schwarzeneger sci fi", None, "scifi", "Arnold Schwarzenegger"),
    ("sly stallone's action films", None, "action", "Sylvester Stallone"),
    ("keanu reeves science fiction", None, "scifi", "Keanu Reeves"),
    ("sandra bullock comedies", None, "comedy", "Sandra Bullock"),
    ("julia roberts romcoms", None, "comedy romance", "Julia Roberts"),
    ("whoopi goldberg", None, "", "Whoopi Goldberg"),
    ("Eddie Murphy in the 80s", dec(1980), "", "Eddie Murphy"),
    ("jim carey comedies", None, "comedy", "Jim Carrey"),
    ("tom cruise action", None, "action", "Tom Cruise"),
    ("leonardo di caprio dramas", None, "drama", "Leonardo DiCaprio"),
    ("brad pitt movies from the 90s", dec(1990), "", "Brad Pitt"),
    ("scarlett johansen", None, "", "Scarlett Johansson"),
    ("vincent price horror", None, "horror", "Vincent Price"),
    ("boris karloff horror films from the thirties", dec(1930), "horror", "Boris Karloff"),
    ("bela lugosi", None, "", "Bela Lugosi"),
    ("judy garland musicals", None, "musical", "Judy Garland"),
    ("Fred Astaire musicals", None, "musical", "Fred Astaire"),
    ("elvis presley films", None, "", "Elvis Presley"),
    ("jack nicholson films from the nineteen seventies", dec(1970), "", "Jack Nicholson"),
    ("al pacino crime", None, "crime", "Al Pacino"),
    ("sigourney weaver sci-fi", None, "scifi", "Sigourney Weaver"),
    ("jamie lee curtis horror", None, "horror", "Jamie Lee Curtis"),
    ("Kurt Russell Action Movies", None, "action", "Kurt Russell"),
    ("chuck norris", None, "", "Chuck Norris"),
    ("van damme martial arts movies", None, "martial", "Jean-Claude Van Damme"),
    ("adam sandler comedies from the 2000s", dec(2000), "comedy", "Adam Sandler"),
    ("nicole kidman thrillers", None, "thriller", "Nicole Kidman"),
    ("jimmy stewart westerns", None, "western", "James Stewart"),
    ("katherine hepburn comedies", None, "comedy", "Katharine Hepburn"),
    ("Pam Grier movies from the seventies", dec(1970), "", "Pam Grier"),
    ("sidney poitier dramas", None, "drama", "Sidney Poitier"),
    ("doris day's comedies", None, "comedy", "Doris Day"),
    ("errol flynn adventures", None, "adventure", "Errol Flynn"),
    ("Jason Statham action films", None, "action", "Jason Statham"),
    ("put on something with meryl streep from before 1990", until(1989), "", "Meryl Streep"),
    ("TOM HANKS 2000S", dec(2000), "", "Tom Hanks"),
    ("charlton heston westerns", None, "western", "Charlton Heston"),
]


def ok(r, c):
    y = r.get("year")
    if "year_from" in c and (y is None or y < c["year_from"]):
        return False
    if "year_to" in c and (y is None or y > c["year_to"]):
        return False
    g = set(r.get("genres") or [])
    for grp in c.get("genres_any_of_each", []):
        if not g & set(grp):
            return False
    if "cast_any" in c and not set(r.get("cast") or []) & set(c["cast_any"]):
        return False
    return True


def constraints(t, gkeys, person):
    c = {}
    if t:
        if t[0] is not None:
            c["year_from"] = t[0]
        if t[1] is not None:
            c["year_to"] = t[1]
    if person:
        c["cast_any"] = [person]
    if gkeys:
        c["genres_any_of_each"] = [list(G[k]) for k in gkeys.split()]
    return c


def main():
    films = load()
    rel = lambda c: [r["href"] for r in films if ok(r, c)]

    # sanity: reproduce the dev judgments
    with open(DEV, encoding="utf-8") as fh:
        dev = [json.loads(l) for l in fh]
    bad = [d["id"] for d in dev if rel(d["constraints"]) != d["relevant"]]
    if bad:
        sys.exit("dev mismatch: %s" % bad)

    cast_n = {}
    for r in films:
        for a in set(r.get("cast") or []):
            cast_n[a] = cast_n.get(a, 0) + 1

    rows, errors = [], []
    for kind, specs in (("attribute", ATTR), ("person", PERSON)):
        for q, t, gk, who in specs:
            if gk is None:  # placeholder
                continue
            c = constraints(t, gk, who)
            r = rel(c)
            if not 5 <= len(r) <= 400:
                errors.append("%s: %d relevant" % (q, len(r)))
            if who and cast_n.get(who, 0) < 8:
                errors.append("%s: %s has %d films" % (q, who, cast_n.get(who, 0)))
            rows.append({"kind": kind, "query": q, "relevant": r, "constraints": c})
    qs = [x["query"].lower() for x in rows]
    if len(set(qs)) != len(qs):
        errors.append("duplicate query strings")
    if errors:
        sys.exit("\n".join(errors))

    random.Random(SEED).shuffle(rows)
    n = {"attribute": 0, "person": 0}
    with open(OUT, "w", encoding="utf-8") as fh:
        for x in rows:
            n[x["kind"]] += 1
            pre = "a" if x["kind"] == "attribute" else "p"
            out = {"id": "syn-%s%03d" % (pre, n[x["kind"]]), **x}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %s: %s; dev reproduced %d/%d" % (OUT, n, len(dev), len(dev)))


if __name__ == "__main__":
    main()
