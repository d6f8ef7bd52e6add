#!/usr/bin/env python3
"""gen4: spoken-style (speech-recognizer transcript) attribute/person eval set.

stdlib only, deterministic (SEED). Usage: python3 spoken_phrasing_set.py OUT.jsonl (reads ../shared beside the project).
Judge: catalog files in sorted order, records without href skipped, first record per href wins;
a film is relevant when year_from <= year <= year_to (either optional), every inner list of
genres_any_of_each shares a label with its genres, and cast_any shares a name with its cast.
"""
import glob, json, os, random, re, collections, sys

from catalog_judgments import SHARED, G, constraints, judge, load_catalog

SEED = 4404
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(SHARED, "eval", "dev-attribute.jsonl")
MIN_REL, MAX_REL, MIN_PERSON_FILMS = 5, 400, 8

# time conventions (inclusive): decade d..d+9; early d..d+3; mid d+4..d+6; late d+7..d+9
def dec(d): return (d, d + 9)
def early(d): return (d, d + 3)
def mid(d): return (d + 4, d + 6)
def late(d): return (d + 7, d + 9)
def yr(y): return (y, y)
def after(y): return (y + 1, None)     # "after Y" is strict
def since(y): return (y, None)         # "since Y", "Y and later", "from Y on"
def before(y): return (None, y - 1)    # "before Y" is strict; "before the sixties" = before(1960)

SPECS = []
def A(q, y=None, g=(), either=None):
    SPECS.append(("attribute", q, y, g, None, either))
def P(q, c, y=None, g=()):
    SPECS.append(("person", q, y, g, c if isinstance(c, list) else [c], None))

# ================================================================ attribute queries
# --- horror / scary / spooky / slasher / supernatural
A("Find me some scary movies from the eighties.", dec(1980), ["horror"])
A("um, spooky flicks from nineteen seventy to nineteen seventy five", (1970, 1975), ["horror"])
A("hey, show me slasher pics from the late eighties", late(1980), ["slasher"])
A("What are some scary films from the fifties?", dec(1950), ["horror"])
A("I want, uh, horror comedies from the two thousands", dec(2000), ["horror", "comedy"])
A("scary sci-fi flicks from the nineteen fifties", dec(1950), ["horror", "scifi"])
A("supernatural movies after twenty fifteen", after(2015), ["supernatural"])
A("um, found footage scary movies", None, ["found", "horror"])
A("Slasher films from the early nineties.", early(1990), ["slasher"])
A("spooky movies from nineteen seventy eight", yr(1978), ["horror"])
A("Show me horror flicks from before the forties.", before(1940), ["horror"])
A("can you, uh, show me spooky movies from the late seventies to the early eighties", (1977, 1983), ["horror"])
A("okay so like scary movies from twenty eighteen", yr(2018), ["horror"])
A("Horror from the mid nineties, please.", mid(1990), ["horror"])
A("scary teen movies", None, ["teen", "horror"])
A("hey, supernatural horror from the twenty tens", dec(2010), ["supernatural", "horror"])
A("Slashers from the two thousands and the twenty tens.", (2000, 2019), ["slasher"])
# --- science fiction
A("sci-fi movies from the 1950's", dec(1950), ["scifi"])
A("uh, sci fi flicks between nineteen eighty and eighty five", (1980, 1985), ["scifi"])
A("Science fiction from the early two thousands.", early(2000), ["scifi"])
A("Any sci-fi action movies from the twenty tens?", dec(2010), ["scifi", "action"])
A("sci-fi comedies from the '80s", dec(1980), ["scifi", "comedy"])
A("anything sci-fi after twenty twenty", after(2020), ["scifi"])
A("Science fiction movies before the sixties.", before(1960), ["scifi"])
A("sci-fi thrillers from nineteen ninety to two thousand", (1990, 2000), ["scifi", "thriller"])
A("Sci-fi pics from the late nineteen seventies.", late(1970), ["scifi"])
A("science fiction, two thousand and nine", yr(2009), ["scifi"])
# --- comedy / rom-com
A("funny movies from nineteen ninety four", yr(1994), ["comedy"])
A("comedies from the mid seventies", mid(1970), ["comedy"])
A("Show me some comedies from two thousand and five.", yr(2005), ["comedy"])
A("rom-coms from the nineties", dec(1990), ["romance", "comedy"])
A("um, romantic comedies from the late thirties", late(1930), ["romance", "comedy"])
A("a rom com from twenty twelve", yr(2012), ["romance", "comedy"])
A("Comedy westerns from the sixties and seventies.", (1960, 1979), ["comedy", "western"])
A("silent comedies from nineteen twenty five", yr(1925), ["silent", "comedy"])
A("Crime comedies from the 2000s.", dec(2000), ["crime", "comedy"])
A("teen comedies from the eighties", dec(1980), ["teen", "comedy"])
A("action comedies, like, from the late eighties to the mid nineties", (1987, 1996), ["action", "comedy"])
A("satirical movies from the twenty tens", dec(2010), ["satire"])
A("Animated comedies after two thousand ten.", after(2010), ["animated", "comedy"])
A("comedies from nineteen eighty, I mean, nineteen eighty two", yr(1982), ["comedy"])
A("um, funny movies from the early two thousands", early(2000), ["comedy"])
A("rom-coms from the two thousand tens, you know, like twenty ten to twenty nineteen", dec(2010), ["romance", "comedy"])
A("uh comedy dramas from two thousand fifteen", yr(2015), ["comedy", "drama"])
# --- western
A("cowboy movies from the nineteen tens", dec(1910), ["western"])
A("oaters from the sixties", dec(1960), ["western"])
A("hey, play me, uh, some westerns from the seventies", dec(1970), ["western"])
A("Westerns after 1980?", after(1980), ["western"])
A("wild west films from nineteen fifty", yr(1950), ["western"])
A("cowboy flicks from the late forties", late(1940), ["western"])
A("Musical westerns from the forties.", dec(1940), ["musical", "western"])
A("um, cowboy pictures from nineteen thirty five", yr(1935), ["western"])
A("westerns from the eighties or nineties", (1980, 1999), ["western"])
A("Show me silent westerns from nineteen twenty seven.", yr(1927), ["silent", "western"])
# --- musical / dance
A("song and dance movies from the fifties", dec(1950), ["musical"])
A("um, musicals from the two thousands and twenty tens", (2000, 2019), ["musical"])
A("cartoon musicals", None, ["animated", "musical"])
A("musicals from nineteen twenty nine", yr(1929), ["musical"])
A("Dance films, please.", None, ["dance"])
# --- war
A("uh, war movies made in 1943", yr(1943), ["war"])
A("War films between nineteen sixty five and seventy five.", (1965, 1975), ["war"])
A("um war films from the 1910's", dec(1910), ["war"])
A("war movies, anything after two thousand ten", after(2010), ["war"])
A("Can you find war pictures from the early sixties?", early(1960), ["war"])
# --- crime
A("crime movies from the 70's", dec(1970), ["crime"])
A("Crime thrillers from the twenty tens.", dec(2010), ["crime", "thriller"])
A("crime dramas from 1995 to 2000", (1995, 2000), ["crime", "drama"])
A("hey, crime flicks from the early thirties", early(1930), ["crime"])
A("crime pictures from before nineteen thirty", before(1930), ["crime"])
A("um, crime movies from the mid eighties", mid(1980), ["crime"])
A("Crime films from the late fifties.", late(1950), ["crime"])
# --- thriller / suspense
A("suspense movies from the forties", dec(1940), ["thriller"])
A("Thrillers from the late nineties.", late(1990), ["thriller"])
A("suspenseful movies from the sixties", dec(1960), ["thriller"])
A("erotic thrillers from the nineties", dec(1990), ["erotic", "thriller"])
A("hey, any political thrillers?", None, ["political", "thriller"])
A("hey, thrillers between nineteen ninety and ninety five", (1990, 1995), ["thriller"])
A("Thrillers from 2021.", yr(2021), ["thriller"])
A("um, like, thrillers from the early eighties", early(1980), ["thriller"])
# --- animated
A("cartoons from the forties", dec(1940), ["animated"])
A("Animated movies from 2020 on.", since(2020), ["animated"])
A("cartoon movies from the '80s", dec(1980), ["animated"])
A("Animated films after the year two thousand.", after(2000), ["animated"])
A("animated family movies", None, ["animated", "family"])
A("um, cartoons from the late nineties", late(1990), ["animated"])
A("animation from the sixties and seventies", (1960, 1979), ["animated"])
# --- documentary
A("docs from the twenty tens", dec(2010), ["documentary"])
A("Documentaries from the 1970s.", dec(1970), ["documentary"])
A("uh, show me some docs from two thousand to two thousand five", (2000, 2005), ["documentary"])
# --- mystery / whodunit
A("whodunits from the thirties", dec(1930), ["mystery"])
A("Mystery movies from the nineteen forties.", dec(1940), ["mystery"])
A("um, a good whodunit from the two thousands", dec(2000), ["mystery"])
A("silent mysteries", None, ["silent", "mystery"])
A("mystery films after nineteen eighty", after(1980), ["mystery"])
# --- fantasy
A("fantasy movies from the eighties", dec(1980), ["fantasy"])
A("Fantasy adventure films from the 2000s.", dec(2000), ["fantasy", "adventure"])
A("fantasy flicks before nineteen fifty", before(1950), ["fantasy"])
A("uh, romantic fantasy movies", None, ["romance", "fantasy"])
A("fantasy films from the twenty tens", dec(2010), ["fantasy"])
# --- noir
A("film noir from nineteen forty seven", yr(1947), ["noir"])
A("Noir from the early fifties.", early(1950), ["noir"])
A("noir movies from the seventies and eighties", (1970, 1989), ["noir"])
A("um, film noir from the late forties", late(1940), ["noir"])
A("Noir pictures from the mid fifties.", mid(1950), ["noir"])
# --- adventure / action
A("adventure movies from the twenties", dec(1920), ["adventure"])
A("Adventure films from the 1960s.", dec(1960), ["adventure"])
A("action adventure movies from the nineties", dec(1990), ["action", "adventure"])
A("family adventure movies from two thousand to twenty ten", (2000, 2010), ["family", "adventure"])
A("action movies from the nineteen eighties", dec(1980), ["action"])
A("shoot-em-ups from the seventies", dec(1970), ["action"])
A("Action flicks from 2010 to 2015.", (2010, 2015), ["action"])
A("um, action movies from the roaring twenties", dec(1920), ["action"])
A("action thrillers from the 2000s", dec(2000), ["action", "thriller"])
A("Action movies from the early nineties, please.", early(1990), ["action"])
# --- family
A("family friendly films from the early two thousands", early(2000), ["family"])
A("Family comedies from the nineties.", dec(1990), ["family", "comedy"])
# --- biography
A("biopics from the twenty tens", dec(2010), ["biography"])
A("Biographical films from the fifties.", dec(1950), ["biography"])
A("sports biopics", None, ["biography", "sports"])
A("um, biopics from the eighties", dec(1980), ["biography"])
A("Biopics from two thousand and one to two thousand and six.", (2001, 2006), ["biography"])
# --- teen
A("teen flicks from the nineteen eighties", dec(1980), ["teen"])
A("Teen flicks from the two thousands.", dec(2000), ["teen"])
# --- spy
A("espionage films from the seventies", dec(1970), ["spy"])
A("Spy movies from the twenty tens.", dec(2010), ["spy"])
A("funny spy movies", None, ["spy", "comedy"])
# --- superhero
A("superhero movies from the 2010s", dec(2010), ["superhero"])
A("Superhero flicks before two thousand.", before(2000), ["superhero"])
A("um, animated superhero movies", None, ["animated", "superhero"])
A("superhero movies from twenty twenty and later", since(2020), ["superhero"])
# --- martial arts
A("kung fu pics from the 80s", dec(1980), ["martial"])
A("Martial arts flicks from the two thousands.", dec(2000), ["martial"])
A("uh, kung fu flicks", None, ["martial"])
# --- disaster
A("disaster movies from the seventies", dec(1970), ["disaster"])
A("Disaster flicks from the nineties.", dec(1990), ["disaster"])
# --- drama
A("dramas from nineteen fifty seven", yr(1957), ["drama"])
A("Drama films from 2019.", yr(2019), ["drama"])
A("sports dramas", None, ["sports", "drama"])
A("um, legal dramas", None, ["legal", "drama"])
A("courtroom movies", None, ["legal"])
A("historical dramas from the nineties", dec(1990), ["historical", "drama"])
A("hey, romantic dramas from the two thousands", dec(2000), ["romance", "drama"])
# --- silent
A("silent films from nineteen fifteen", yr(1915), ["silent"])
A("Silent horror movies.", None, ["silent", "horror"])
A("silent romance films from the early twenties", early(1920), ["silent", "romance"])
# --- independent
A("indie films from the '90s", dec(1990), ["indie"])
A("Indie comedies.", None, ["indie", "comedy"])
# --- sports
A("sports movies from the twenty tens", dec(2010), ["sports"])
A("Sports films from the 70s.", dec(1970), ["sports"])
A("um, sports movies from the nineteen nineties", dec(1990), ["sports"])
# --- romance
A("romantic movies from the early sixties", early(1960), ["romance"])
A("love stories from the nineteen tens", dec(1910), ["romance"])
A("Romance movies from nineteen ninety nine.", yr(1999), ["romance"])
# --- historical / political / legal / misc
A("historical films from the nineteen tens", dec(1910), ["historical"])
A("Historical movies from the twenty tens.", dec(2010), ["historical"])
A("political films", None, ["political"])
A("legal thrillers", None, ["legal", "thriller"])
# --- "A or B" genre choices
A("horror or sci-fi from the fifties", dec(1950), either=["horror", "scifi"])
A("Um, westerns or war movies from the sixties.", dec(1960), either=["western", "war"])
A("kung fu or superhero movies from the nineties", dec(1990), either=["martial", "superhero"])
A("hey, spy or noir flicks from the late forties", late(1940), either=["spy", "noir"])

# ================================================================ person queries
P("movies with Gene Hackman from the seventies", "Gene Hackman", dec(1970))
P("Um, Robert Mitchum noir.", "Robert Mitchum", g=["noir"])
P("Barbara Stanwyck movies from the thirties", "Barbara Stanwyck", dec(1930))
P("gary cooper westerns", "Gary Cooper", g=["western"])
P("Henry Fonda's westerns", "Henry Fonda", g=["western"])
P("Joan Crawford dramas from the forties", "Joan Crawford", dec(1940), ["drama"])
P("Edward G Robinson crime pictures", "Edward G. Robinson", g=["crime"])
P("hey, Jimmy Cagney crime movies", "James Cagney", g=["crime"])
P("What has Clark Gable been in?", "Clark Gable")
P("Hey, show me Kirk Douglas westerns.", "Kirk Douglas", g=["western"])
P("uh, Burt Lancaster films from before nineteen sixty", "Burt Lancaster", before(1960))
P("okay, um, Randolph Scott westerns from the nineteen fifties", "Randolph Scott", dec(1950), ["western"])
P("hey, uh, Gregory Peck movies from the late forties to the early sixties", "Gregory Peck", (1947, 1963))
P("Sinatra musicals.", "Frank Sinatra", g=["musical"])
P("Dean Martin or Jerry Lewis comedies", ["Dean Martin", "Jerry Lewis"], g=["comedy"])
P("Bob Hope or Bing Crosby movies from the forties", ["Bob Hope", "Bing Crosby"], dec(1940))
P("Lucille Ball movies from the forties", "Lucille Ball", dec(1940))
P("Rita Hayworth musicals", "Rita Hayworth", g=["musical"])
P("Can you find me Mickey Rooney films from the 1930s?", "Mickey Rooney", dec(1930))
P("myrna loy or william powell mysteries", ["Myrna Loy", "William Powell"], g=["mystery"])
P("Ginger Rogers musicals.", "Ginger Rogers", g=["musical"])
P("Jack Lemmon or Walter Matthau comedies", ["Jack Lemmon", "Walter Matthau"], g=["comedy"])
P("Brando's movies from the fifties", "Marlon Brando", dec(1950))
P("Robert Redford films from the '70s", "Robert Redford", dec(1970))
P("um, dustin hoffman comedies", "Dustin Hoffman", g=["comedy"])
P("Robert Duvall dramas.", "Robert Duvall", g=["drama"])
P("steve martin comedies from the eighties", "Steve Martin", dec(1980), ["comedy"])
P("what about Michael Caine thrillers", "Michael Caine", g=["thriller"])
P("Shawn Connery movies", "Sean Connery")
P("show me Jeff Bridges, I mean, Jeff Bridges westerns", "Jeff Bridges", g=["western"])
P("kevin costner westerns", "Kevin Costner", g=["western"])
P("Mel Gibson action movies.", "Mel Gibson", g=["action"])
P("michelle pfeifer movies", "Michelle Pfeiffer")
P("um, what's Julianne Moore been in since twenty ten", "Julianne Moore", since(2010))
P("like, Woody Harrelson comedies, you know", "Woody Harrelson", g=["comedy"])
P("Johnny Depp's fantasy movies", "Johnny Depp", g=["fantasy"])
P("ben stiller or owen wilson comedies", ["Ben Stiller", "Owen Wilson"], g=["comedy"])
P("um, Steve Carell movies after two thousand ten", "Steve Carell", after(2010))
P("kevin hart comedies from twenty fifteen on", "Kevin Hart", since(2015), ["comedy"])
P("Matthew McConaughy movies", "Matthew McConaughey")
P("Reese Witherspoon rom-coms", "Reese Witherspoon", g=["romance", "comedy"])
P("hey, Angelina Jolie action movies", "Angelina Jolie", g=["action"])
P("I want, um, Will Smith sci-fi", "Will Smith", g=["scifi"])
P("Christian Bale movies from the aughts", "Christian Bale", dec(2000))
P("Anthony Hopkins thrillers.", "Anthony Hopkins", g=["thriller"])
P("Chaplin's silent comedies", ["Charlie Chaplin", "Charles Chaplin"], g=["silent", "comedy"])
P("Harold Lloyd comedies from the twenties", "Harold Lloyd", dec(1920), ["comedy"])
P("lon chaney silent films", "Lon Chaney", g=["silent"])
P("Mary Pickford silent films from the nineteen tens", "Mary Pickford", dec(1910), ["silent"])
P("Liz Taylor movies", "Elizabeth Taylor")
P("hey, Bogie's noir films", "Humphrey Bogart", g=["noir"])
P("Robert Downey Junior movies", ["Robert Downey Jr.", "Robert Downey, Jr."])
P("Sam Jackson action movies", "Samuel L. Jackson", g=["action"])
P("Ralph Fines movies", "Ralph Fiennes")
P("Kate Blanchett films", "Cate Blanchett")
P("jake gyllenhall thrillers", "Jake Gyllenhaal", g=["thriller"])
P("John Voight movies.", "Jon Voight")
P("Abbott and Costello comedies", ["Abbott and Costello", "Bud Abbott", "Lou Costello"], g=["comedy"])
P("um, the Three Stooges shorts", ["The Three Stooges", "Three Stooges"], g=["short"])
P("hey, uh, Chevy Chase movies from the 80s", "Chevy Chase", dec(1980))
P("Marky Mark movies", "Mark Wahlberg")
P("uh, Jennifer Lopez rom-coms", "Jennifer Lopez", g=["romance", "comedy"])

# ---------------------------------------------------------------- surface styling (seeded)
QWORDS = ("what", "what's", "how", "where", "which", "who", "can", "could", "do", "does", "is", "are", "any", "got", "have", "would", "will")
def style(q, rng, person=False):
    """Whisper-like casing/punctuation for queries written bare (lowercase start, no end mark)."""
    if not q[0].islower() or q[-1] in ".?!":
        return q
    if person and q == q.lower():       # an all-lowercase transcript stays all lowercase
        return q
    r = rng.random()
    if r < 0.40:
        return q
    first = re.sub(r"^(um|uh|hey|okay|so)[, ]+", "", q).split(" ")[0].strip(",")
    end = "?" if first in QWORDS else "."
    return q[0].upper() + q[1:] + end

# ---------------------------------------------------------------- build

def norm(q):
    return re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()

def main():
    films = load_catalog()
    # 1. the judge must reproduce every dev relevant list exactly
    dev = [json.loads(l) for l in open(DEV, encoding="utf-8") if l.strip()]
    assert len(dev) == 48
    for d in dev:
        assert judge(films, d["constraints"]) == d["relevant"], d["id"]
    # 2. query strings already used elsewhere
    used = {norm(d["query"]) for d in dev}
    for f in glob.glob(os.path.join(SHARED, "eval", "*.jsonl")) + glob.glob(os.path.join(HERE, "*.jsonl")):
        if f.startswith(HERE):
            continue
        for l in open(f, encoding="utf-8"):
            try:
                used.add(norm(json.loads(l)["query"]))
            except Exception:
                pass
    dev_cons = {json.dumps(d["constraints"], sort_keys=True) for d in dev}
    filmcount = collections.Counter(a for r in films for a in set(r.get("cast") or []))

    rng = random.Random(SEED)
    rows, seen_q, seen_c, n = [], set(), set(), collections.Counter()
    for kind, q, y, g, cast, either in SPECS:
        q2 = style(q, rng, kind == "person")
        c = constraints(y, g, cast, either)
        rel = judge(films, c)
        assert MIN_REL <= len(rel) <= MAX_REL, (q, len(rel))
        assert norm(q2) not in used, ("reused query", q)
        assert norm(q2) not in seen_q, ("duplicate query", q)
        key = json.dumps(c, sort_keys=True)
        assert key not in seen_c, ("duplicate constraints", q)
        assert key not in dev_cons, ("same constraints as dev", q)
        if cast:
            assert kind == "person"
            for a in cast:
                assert a in filmcount, a
            # the person as a whole (union of name forms) has 8+ films; each listed name has 1+
            assert len(judge(films, {"cast_any": cast})) >= MIN_PERSON_FILMS, cast
        seen_q.add(norm(q2)); seen_c.add(key)
        n[kind] += 1
        pref = "g4-a" if kind == "attribute" else "g4-p"
        rows.append({"id": "%s%03d" % (pref, n[kind]), "kind": kind, "query": q2,
                     "relevant": rel, "constraints": c})
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    people = {a for r in rows for a in r["constraints"].get("cast_any", [])}
    print("wrote %d rows: %s; distinct cast names %d" % (len(rows), dict(n), len(people)))

if __name__ == "__main__":
    main()
