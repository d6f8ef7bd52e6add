using Catalog.Core.Titles;
using Catalog.Search.Understanding;

namespace Catalog.Search.Tests.Understanding;

public sealed class QueryParserTests
{
    private readonly QueryParser _parser = TestLexicon.CreateParser();

    [Theory]
    [InlineData("find me an '80s sci-fi thriller", 1980, 1989)]
    [InlineData("80s sci-fi thriller", 1980, 1989)]
    [InlineData("sci-fi thrillers from the eighties", 1980, 1989)]
    [InlineData("sci-fi thrillers from the nineteen eighties", 1980, 1989)]
    [InlineData("1980s sci fi thriller", 1980, 1989)]
    [InlineData("an 80's scifi thriller please", 1980, 1989)]
    [InlineData("um can you find me a sci-fi thriller from the 1980's", 1980, 1989)]
    public void Decades_in_every_form_with_genres(string query, int from, int to)
    {
        var intent = _parser.Parse(query);

        Assert.Equal((from, to), (intent.Years!.From, intent.Years.To));
        Assert.Equal(["Science Fiction", "Thriller"], intent.Genres.Select(g => g.Label));
        Assert.Equal(string.Empty, intent.Residue);
        Assert.False(intent.Descriptive);
    }

    [Theory]
    [InlineData("horror from 1985", 1985, 1985, "1985")]
    [InlineData("horror from nineteen eighty five", 1985, 1985, "1985")]
    [InlineData("horror between 1990 and 1995", 1990, 1995, "1990–1995")]
    [InlineData("horror 1990-1995", 1990, 1995, "1990–1995")]
    [InlineData("horror from 1990 to 1995", 1990, 1995, "1990–1995")]
    [InlineData("horror before 1960", null, 1959, "before 1960")]
    [InlineData("horror after 2010", 2011, null, "after 2010")]
    [InlineData("horror since 2010", 2010, null, "since 2010")]
    [InlineData("horror made before the seventies", null, 1969, "before 1970")]
    [InlineData("horror from the two thousands", 2000, 2009, "2000s")]
    [InlineData("horror from the noughties", 2000, 2009, "2000s")]
    [InlineData("'00s horror", 2000, 2009, "2000s")]
    [InlineData("'10s horror", 2010, 2019, "2010s")]
    [InlineData("horror from the twenty tens", 2010, 2019, "2010s")]
    [InlineData("horror from two thousand and eight", 2008, 2008, "2008")]
    [InlineData("horror from twenty twelve", 2012, 2012, "2012")]
    [InlineData("roaring '20s horror", 1920, 1929, "1920s")]
    [InlineData("early 90s horror", 1990, 1993, "early 1990s")]
    [InlineData("late seventies horror", 1977, 1979, "late 1970s")]
    [InlineData("recent horror", 2021, null, "recent")]
    [InlineData("old horror", null, 1969, "before 1970")]
    [InlineData("classic horror", null, 1969, "before 1970")]
    [InlineData("horror from the last few years", 2021, null, "last 5 years")]
    [InlineData("horror released in the past 3 years", 2023, null, "last 3 years")]
    [InlineData("horror over the last couple of years", 2024, null, "last 2 years")]
    [InlineData("horror from the past twenty five years", 2001, null, "last 25 years")]
    [InlineData("horror of the last decade", 2016, null, "last 10 years")]
    [InlineData("horror from last year", 2025, 2025, "2025")]
    [InlineData("horror movies last year", 2025, 2025, "2025")]
    [InlineData("horror that came out this year", 2026, null, "this year")]
    [InlineData("horror in recent years", 2021, null, "recent")]
    [InlineData("horror from '77", 1977, 1977, "1977")]
    [InlineData("horror from ’05", 2005, 2005, "2005")]
    [InlineData("horror between '85 and '90", 1985, 1990, "1985–1990")]
    [InlineData("horror made in 1994", 1994, 1994, "1994")]
    [InlineData("horror from the fifties and sixties", 1950, 1969, "1950s–1960s")]
    [InlineData("horror between the 70s and 80s", 1970, 1989, "1970s–1980s")]
    [InlineData("horror from the '60s to the '90s", 1960, 1999, "1960s–1990s")]
    [InlineData("ninety's horror", 1990, 1999, "1990s")]
    [InlineData("horror from the year 2000", 2000, 2000, "2000")]
    [InlineData("horror made before the year 2000", null, 1999, "before 2000")]
    [InlineData("horror from nineteen hundred to nineteen ten", 1900, 1910, "1900–1910")]
    [InlineData("horror from the late eighties or early nineties", 1987, 1993, "late 1980s–early 1990s")]
    [InlineData("horror from the late 80s to the early 90s", 1987, 1993, "late 1980s–early 1990s")]
    [InlineData("horror from 1999 or 2000", 1999, 2000, "1999–2000")]
    [InlineData("horror from 1985 to 95", 1985, 1995, "1985–1995")]
    [InlineData("horror from 1995 to 05", 1995, 2005, "1995–2005")]
    [InlineData("horror between 95 and 99", 1995, 1999, "1995–1999")]
    [InlineData("horror from the early part of the 2010s", 2010, 2013, "early 2010s")]
    [InlineData("horror from the second half of the seventies", 1975, 1979, "late 1970s")]
    [InlineData("horror from the end of the sixties", 1967, 1969, "late 1960s")]
    [InlineData("horror from 20 years ago", 2005, 2007, "around 2006")]
    [InlineData("horror from a decade ago", 2015, 2017, "around 2016")]
    [InlineData("horror from twenty years ago", 2005, 2007, "around 2006")]
    [InlineData("horror from a few years ago", 2021, 2024, "a few years ago")]
    [InlineData("horror from around 1990", 1988, 1992, "around 1990")]
    [InlineData("horror circa 1955", 1953, 1957, "around 1955")]
    [InlineData("horror from 1990 or so", 1988, 1992, "around 1990")]
    [InlineData("new release horror", 2021, null, "recent")]
    [InlineData("the roaring twenties horror", 1920, 1929, "1920s")]
    [InlineData("eighties era horror", 1980, 1989, "1980s")]
    [InlineData("pre-war horror", null, 1938, "before 1939")]
    [InlineData("post-war horror", 1945, 1959, "1945–1959")]
    [InlineData("horror from the golden age of hollywood", null, 1969, "before 1970")]
    [InlineData("old hollywood horror", null, 1969, "before 1970")]
    [InlineData("horror from the turn of the century", 1998, 2002, "1998–2002")]
    [InlineData("old horror movies", null, 1969, "before 1970")]
    [InlineData("horror from nineteen hundred and ninety nine", 1999, 1999, "1999")]
    [InlineData("horror from around the 90s", 1990, 1999, "1990s")]
    [InlineData("horror from about 1990", 1988, 1992, "around 1990")]
    [InlineData("old scary pictures", null, 1969, "before 1970")]
    [InlineData("horror from 2016 on", 2016, null, "since 2016")]
    [InlineData("horror 2014 or later", 2014, null, "since 2014")]
    [InlineData("horror 2019 and newer", 2019, null, "since 2019")]
    [InlineData("horror from the 90s onwards", 1990, null, "since 1990")]
    [InlineData("horror 1950 or earlier", null, 1950, "until 1950")]
    [InlineData("horror from 2016 on netflix", 2016, 2016, "2016")]
    [InlineData("post-2008 horror", 2009, null, "after 2008")]
    [InlineData("pre-1945 horror", null, 1944, "before 1945")]
    [InlineData("'40s-'50s horror", 1940, 1959, "1940s–1950s")]
    [InlineData("horror up to 1960", null, 1960, "until 1960")]
    [InlineData("horror no older than 2010", 2010, null, "since 2010")]
    [InlineData("horror no later than 1990", null, 1990, "until 1990")]
    [InlineData("horror films 95-99", 1995, 1999, "1995–1999")]
    [InlineData("horror 1962-68", 1962, 1968, "1962–1968")]
    [InlineData("pre-code horror", 1929, 1934, "pre-Code 1929–1934")]
    [InlineData("horror of the early talkies", 1927, 1933, "early talkies 1927–1933")]
    [InlineData("new hollywood era horror", 1967, 1980, "New Hollywood 1967–1980")]
    [InlineData("horror from the new millennium", 2000, 2009, "2000s")]
    [InlineData("horror of the twentieth century", 1900, 1999, "20th century")]
    [InlineData("horror from this century", 2000, null, "21st century")]
    [InlineData("horror from 95", 1995, 1995, "1995")]
    [InlineData("horror from ninety-five", 1995, 1995, "1995")]
    [InlineData("horror made after 2010 but before 2015", 2011, 2014, "2011–2014")]
    [InlineData("horror since 1990 and until 1995", 1990, 1995, "1990–1995")]
    [InlineData("new horror movies", 2021, null, "recent")]
    [InlineData("new horror", 2021, null, "recent")]
    [InlineData("golden age horror", null, 1969, "before 1970")]
    [InlineData("horror from the oughts", 2000, 2009, "2000s")]
    [InlineData("horror from the two thousand tens", 2010, 2019, "2010s")]
    [InlineData("horror released around the millennium", 1998, 2002, "1998–2002")]
    [InlineData("horror from the decade of the 80s", 1980, 1989, "1980s")]
    [InlineData("horror from the 1990s decade", 1990, 1999, "1990s")]
    [InlineData("1980-ish horror", 1978, 1982, "around 1980")]
    [InlineData("horror from the mid-to-late 90s", 1994, 1999, "mid to late 1990s")]
    [InlineData("horror from the early to mid eighties", 1980, 1986, "early to mid 1980s")]
    [InlineData("horror from the previous decade", 2016, null, "last 10 years")]
    [InlineData("horror from the nineteen tens", 1910, 1919, "1910s")]
    [InlineData("horror from nineteen sixty through sixty-nine", 1960, 1969, "1960–1969")]
    [InlineData("horror between nineteen seventy-five and seventy-nine", 1975, 1979, "1975–1979")]
    [InlineData("horror from nineteen eighty, I mean, nineteen eighty two", 1982, 1982, "1982")]
    [InlineData("horror from the 80s, sorry, the 90s", 1990, 1999, "1990s")]
    [InlineData("horror from 1950 or rather 1952", 1952, 1952, "1952")]
    [InlineData("horror from the two thousand tens, you know, like twenty ten to twenty nineteen", 2010, 2019, "2010–2019")]
    public void Years_and_ranges(string query, int? from, int? to, string label)
    {
        var intent = _parser.Parse(query);

        Assert.Equal(new YearRange(from, to, label), intent.Years);
        Assert.Equal(["Horror"], intent.Genres.Select(g => g.Label));
    }

    [Theory]
    [InlineData("horror released in 1994", "")]
    [InlineData("horror that came out in the last few years", "")]
    [InlineData("horror movies made between 1990 and 1995", "")]
    [InlineData("horror from the year 2000", "")]
    [InlineData("horror between the fifties and the sixties", "")]
    [InlineData("inside out 2015", "inside out")]
    [InlineData("get out 2017", "get out")]
    public void Words_that_lead_into_a_time_go_with_it_and_a_title_before_a_year_keeps_its_own(string query, string residue)
    {
        var intent = _parser.Parse(query);

        Assert.NotNull(intent.Years);
        Assert.Equal(residue, intent.Residue);
    }

    [Fact]
    public void The_end_of_a_range_written_with_an_apostrophe_needs_its_start()
    {
        Assert.Equal(new YearRange(1985, 1990, "1985–1990"), _parser.Parse("horror from '85 to '90").Years);
        Assert.Null(_parser.Parse("horror to '90").Years);
    }

    [Theory]
    [InlineData("airport '77")]
    [InlineData("summer of '42")]
    [InlineData("the last five years")]
    [InlineData("the last emperor")]
    [InlineData("past lives")]
    [InlineData("a comedy about a teen's last year of high school")]
    [InlineData("last year at marienbad")]
    [InlineData("past decade drama")]
    [InlineData("the last few years of a famous singer")]
    public void A_title_or_story_with_a_year_like_word_keeps_it(string query)
    {
        var intent = _parser.Parse(query);

        Assert.Null(intent.Years);
        Assert.NotEmpty(intent.Residue);
    }

    [Theory]
    [InlineData("a man in his forties has a midlife crisis")]
    [InlineData("a woman in her early thirties moves back home")]
    [InlineData("a 60 year old man falls in love")]
    [InlineData("an old man and a young boy go fishing")]
    [InlineData("two cops one old one young chase a drug lord")]
    [InlineData("a movie set in the 1920s about gangsters")]
    [InlineData("a story that takes place during the fifties")]
    [InlineData("movies about men between 30 and 40")]
    [InlineData("kids aged between 10 and 12 go on an adventure")]
    [InlineData("a girl from 12 to 16 coming of age")]
    [InlineData("movies between 80 and 90 minutes long")]
    [InlineData("blade runner 2049 and 12 monkeys")]
    [InlineData("a woman returns to the town she left 20 years ago")]
    [InlineData("a man whose wife died a few years ago")]
    [InlineData("horror from several decades ago")]
    [InlineData("a heist set around 1920")]
    [InlineData("a heist set before 1950")]
    [InlineData("a love story set between 1910 and 1920")]
    [InlineData("a romance set in paris in 1968")]
    [InlineData("a man who feels old")]
    [InlineData("an old war hero returns home")]
    [InlineData("pirates in the golden age of piracy")]
    [InlineData("a documentary about the sixties")]
    [InlineData("a girl from ninety five")]
    [InlineData("movies in 95 minutes or less")]
    [InlineData("a romance set in the twentieth century")]
    [InlineData("a new york cop goes undercover")]
    [InlineData("a new kid in town")]
    [InlineData("cult classics")]
    [InlineData("modern classic horror")]
    public void An_age_or_a_setting_is_not_a_release_date(string query)
    {
        var intent = _parser.Parse(query);

        Assert.Null(intent.Years);
        Assert.NotEmpty(intent.Residue);
    }

    [Theory]
    [InlineData("world war two movies about pilots")]
    [InlineData("ww2 movies about pilots")]
    [InlineData("wwii movies about pilots")]
    public void A_war_said_any_way_is_written_as_the_plots_write_it(string query) =>
        Assert.Equal("world war ii pilots", _parser.Parse(query).Residue.Replace("about ", "", StringComparison.Ordinal));

    [Theory]
    [InlineData("horror from nineteen eighty, I mean, nineteen eighty two")]
    [InlineData("horror from the two thousand tens, you know, like twenty ten to twenty nineteen")]
    public void A_time_corrected_or_restated_leaves_no_words_behind(string query) =>
        Assert.Equal(string.Empty, _parser.Parse(query).Residue);

    [Theory]
    [InlineData("horror from 1990 i mean from this year 2024", 1990)] // Lead words of the second time reach back ("year").
    [InlineData("horror from 2019 sorry from this year 2026", 2019)]
    public void A_correction_whose_lead_words_reach_back_still_replaces_the_first_time(string query, int first) =>
        Assert.True(_parser.Parse(query).Years?.From > first);

    [Fact]
    public void A_spoken_end_of_a_range_stays_in_its_century() =>
        Assert.NotEqual(2012, _parser.Parse("horror between 1990 and twelve monkeys").Years?.To);

    [Theory]
    [InlineData("a retired actor remembers the golden age")]
    [InlineData("elizabeth the golden age")]
    public void The_golden_age_without_a_film_word_is_no_era(string query) =>
        Assert.Null(_parser.Parse(query).Years);

    [Fact]
    public void Two_times_with_a_word_of_their_own_between_them_are_not_a_restatement() =>
        Assert.Equal(new YearRange(1980, 1980, "1980"), _parser.Parse("horror from 1980 and from 1990").Years);

    [Fact]
    public void Who_the_films_suit_is_chatter_not_a_story()
    {
        var intent = _parser.Parse("sixties comedies, the kind the whole house can watch");

        Assert.False(intent.Descriptive);
        Assert.Equal(new YearRange(1960, 1969, "1960s"), intent.Years);
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Fact]
    public void Old_before_a_genre_name_of_two_words_dates_the_films()
    {
        var intent = _parser.Parse("old sci fi ones");

        Assert.Equal(new YearRange(null, 1969, "before 1970"), intent.Years);
        Assert.Equal(["Science Fiction"], intent.Genres.Select(g => g.Label));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Fact]
    public void A_setting_keeps_its_words_for_text_search() =>
        Assert.Contains("set in the 1920s", _parser.Parse("a movie set in the 1920s about gangsters").Residue);

    [Fact]
    public void A_broad_genre_is_satisfied_by_its_narrower_ones()
    {
        var horror = Assert.Single(_parser.Parse("scary movies").Genres);
        Assert.Equal(["Horror", "Slasher"], horror.GenreNames);
        Assert.Equal(["Thriller", "Suspense"], Assert.Single(_parser.Parse("a suspense film").Genres).GenreNames.Reverse());
    }

    [Theory]
    [InlineData("a rom-com", new[] { "Romance", "Comedy" })]
    [InlineData("cartoons", new[] { "Animated" })]
    [InlineData("cowboy films", new[] { "Western" })]
    [InlineData("a biopic", new[] { "Biography" })]
    [InlineData("westerns", new[] { "Western" })]
    [InlineData("the best westerns of all time", new[] { "Western" })]
    [InlineData("so like, westerns", new[] { "Western" })]
    [InlineData("mysteries", new[] { "Mystery" })]
    [InlineData("horor", new[] { "Horror" })]
    [InlineData("thriler", new[] { "Thriller" })]
    [InlineData("comdies", new[] { "Comedy" })]
    [InlineData("some really scary stuff", new[] { "Horror" })]
    public void Genre_synonyms(string query, string[] genres)
    {
        var intent = _parser.Parse(query);
        Assert.Equal(genres, intent.Genres.Select(g => g.Label));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("heist movies from the 90s", "Crime", "heist")]
    [InlineData("heists", "Crime", "heists")]
    [InlineData("kung fu movies", "Martial Arts", "kung fu")]
    [InlineData("a whodunit", "Mystery", "whodunit")]
    [InlineData("crime movies", "Crime", "")]
    public void A_genre_word_for_a_kind_of_film_selects_the_genre_and_stays_to_rank_by(string query, string genre, string residue)
    {
        var intent = _parser.Parse(query);

        Assert.Equal([genre], intent.Genres.Select(g => g.Label));
        Assert.Equal(residue, intent.Residue);
        Assert.False(intent.Descriptive);
    }

    [Fact]
    public void A_kept_genre_word_does_not_turn_a_request_into_a_description()
    {
        // Three other content words and "heist" would be four: a description, with the genre only a hint.
        var intent = _parser.Parse("what heist movies have you got");

        Assert.False(intent.Descriptive);
        Assert.Equal(["Crime"], intent.Genres.Select(g => g.Label));
        Assert.Contains("heist", intent.Residue.Split(' '));
    }

    [Theory]
    [InlineData("movies with Tom Hanks", 1L, CreditRole.Actor)]
    [InlineData("movies with tom hanks", 1L, CreditRole.Actor)]
    [InlineData("tom hanks movies", 1L, null)]
    [InlineData("Tom Hanks's movies", 1L, null)]
    [InlineData("films directed by steven spielberg", 3L, CreditRole.Director)]
    [InlineData("steven spielbergs films", 3L, null)]
    [InlineData("movies with Charles Bronsen", 4L, CreditRole.Actor)]
    [InlineData("movies starring ricardo darin", 5L, CreditRole.Actor)]
    [InlineData("movies with Bronson", 4L, CreditRole.Actor)]
    [InlineData("a film by kubrick", 7L, CreditRole.Director)]
    [InlineData("movies with hanks", 1L, CreditRole.Actor)]
    [InlineData("movies with brad pit", 9L, CreditRole.Actor)]
    [InlineData("brad pit movies", 9L, null)]
    [InlineData("movies with john hamm", 17L, CreditRole.Actor)]
    [InlineData("films by scorsesee", 28L, CreditRole.Director)]
    [InlineData("directed by a. edward sutherland", 30L, CreditRole.Director)]
    [InlineData("westerns with Bond", 31L, CreditRole.Actor)] // Written as a name.
    [InlineData("with rodyd mcdowalls pictures", 33L, CreditRole.Actor)]
    [InlineData("jimmy stewart westerns", 34L, null)]
    [InlineData("movies with scarlett johansen", 35L, CreditRole.Actor)]
    [InlineData("something with denzel", 25L, CreditRole.Actor)]
    public void People_by_name_with_case_accents_possessives_typos_and_surnames(string query, long personId, CreditRole? role)
    {
        var person = Assert.Single(_parser.Parse(query).People);
        Assert.Equal((personId, role), (person.PersonId, person.Role));
    }

    [Theory]
    [InlineData("stallone thrillers", 11L)]
    [InlineData("a Stallone film", 11L)]
    [InlineData("stallones movies", 11L)]
    [InlineData("hanks", 1L)]
    [InlineData("denzel movies", 25L)]
    public void A_surname_alone_names_someone_far_better_known_than_anyone_else_of_that_name(string query, long personId)
    {
        var intent = _parser.Parse(query);

        var person = Assert.Single(intent.People);
        Assert.Equal((personId, (CreditRole?)null), (person.PersonId, person.Role));
        Assert.Equal("", intent.Residue);
    }

    [Theory]
    [InlineData("black comedies")] // Jack Black, but "black" is in three titles.
    [InlineData("minor comedies")] // Ann Minor has too few credits to be meant by her surname alone.
    [InlineData("a cruise ship disaster")] // Words besides the surname: a description, not a name.
    [InlineData("stallone and the boxer")]
    [InlineData("blacks movies")] // The plural is checked against titles as "black".
    [InlineData("a jump from red to green")] // "to green" is one letter from Tom Green, but "to" is no name.
    [InlineData("tom hnkz movies")] // Two letters from Hanks is too many for a short surname.
    [InlineData("movies with zombies")] // Rob Zombie, but titles use the word more than he is credited.
    [InlineData("pacino and the godfather")] // Not only names.
    [InlineData("bond movies")] // Ward Bond, but plots use "bond" as an ordinary word.
    [InlineData("movies with bond girls")]
    [InlineData("Movies With Bond Girls")] // Title case says nothing about names.
    public void A_surname_alone_stays_text_when_it_is_shared_ordinary_or_not_alone(string query)
    {
        Assert.Empty(_parser.Parse(query).People);
    }

    [Theory]
    [InlineData("a movie narrated by tom hanks", 1L)]
    [InlineData("films narrated by hanks", 1L)]
    [InlineData("a history of violence", null)]
    [InlineData("the history of jazz", null)]
    [InlineData("a stand-up comedy special", null)]
    [InlineData("a thriller that keeps you on the edge of your seat", null)]
    [InlineData("the voices of the dead", null)]
    [InlineData("action movies with the rock", 23L)]
    [InlineData("movies starring the edge", 24L)]
    [InlineData("martial arts films from hong kong", null)] // Credited once: a place read out of a plot.
    [InlineData("a film directed by hong kong", 32L)]
    public void Credit_wording_is_no_one_and_a_name_beginning_with_the_needs_a_cue(string query, long? personId) =>
        Assert.Equal(personId is { } id ? [id] : [], _parser.Parse(query).People.Select(p => p.PersonId));

    [Theory]
    [InlineData("movies with tom hanks or brad pitt", true)]
    [InlineData("either tom hanks or brad pitt", true)]
    [InlineData("with bronson or with hanks", true)]
    [InlineData("tom hanks and brad pitt", false)]
    [InlineData("tom hanks movies with brad pitt or not", false)]
    public void Two_people_joined_by_or_are_alternatives(string query, bool anyPerson)
    {
        var intent = _parser.Parse(query);

        Assert.Equal(2, intent.People.Count);
        Assert.Equal(anyPerson, intent.AnyPerson);
        Assert.DoesNotContain("either", intent.Residue);
        if (anyPerson)
        {
            Assert.DoesNotContain("or", intent.Residue.Split(' '));
        }
    }

    [Theory]
    [InlineData("tom hanks movies directed by steven spielberg or clint eastwood")]
    [InlineData("movies with tom hanks and brad pitt or denzel washington")]
    public void An_or_inside_a_longer_list_of_people_does_not_make_them_all_alternatives(string query)
    {
        var intent = _parser.Parse(query);

        Assert.Equal(3, intent.People.Count);
        Assert.False(intent.AnyPerson);
    }

    [Fact]
    public void Every_name_of_a_cued_list_takes_the_cues_role_whatever_the_order_names_are_found_in()
    {
        var intent = _parser.Parse("with denzel washington or al pacino or robert de niro");

        Assert.Equal([(25L, CreditRole.Actor), (26L, CreditRole.Actor), (27L, CreditRole.Actor)], intent.People.Select(p => (p.PersonId, p.Role)).Order());
        Assert.True(intent.AnyPerson);
    }

    [Theory]
    [InlineData("with tom hanks or tom hanks")]
    [InlineData("tom hanks and tom hanks movies")]
    public void A_name_said_twice_is_read_without_error(string query) =>
        Assert.All(_parser.Parse(query).People, p => Assert.Equal(1L, p.PersonId));

    [Theory]
    [InlineData("starring both de niro and pacino", false)]
    [InlineData("films with both tom hanks and brad pitt", false)]
    [InlineData("with either stallone or eastwood", true)]
    public void A_list_of_names_may_open_with_both_or_either_after_its_cue(string query, bool anyPerson)
    {
        var intent = _parser.Parse(query);

        Assert.Equal(2, intent.People.Count);
        Assert.All(intent.People, p => Assert.Equal(CreditRole.Actor, p.Role));
        Assert.Equal(anyPerson, intent.AnyPerson);
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("films clint eastwood directed", 8L, CreditRole.Director)]
    [InlineData("what did kubrick direct", 7L, CreditRole.Director)]
    [InlineData("anything denzel acted in", 25L, CreditRole.Actor)]
    [InlineData("what has tom hanks been in", 1L, CreditRole.Actor)]
    [InlineData("written and directed by steven spielberg", 3L, CreditRole.Director)]
    public void A_role_said_after_the_name_or_in_a_longer_cue_sets_it(string query, long personId, CreditRole role) =>
        Assert.Equal((personId, (CreditRole?)role), OnlyPersonAndNoResidue(query) is var p ? (p.PersonId, p.Role) : default);

    [Theory]
    [InlineData("movies by the director of the shining")]
    [InlineData("something from whoever directed the shining")]
    [InlineData("the director of the shining")]
    public void A_director_named_by_a_title_they_directed(string query) =>
        Assert.Equal((7L, (CreditRole?)CreditRole.Director), OnlyPersonAndNoResidue(query) is var p ? (p.PersonId, p.Role) : default);

    [Fact]
    public void The_director_of_a_remade_title_is_the_originals_and_no_one_when_the_original_credits_none()
    {
        var intent = _parser.Parse("films by the director of psycho");

        Assert.Empty(intent.People);
        Assert.Contains("psycho", intent.Residue);
    }

    [Theory]
    [InlineData("robert downey junior films", 36L)]
    [InlineData("robert downey jr movies", 36L)]
    [InlineData("downey jr movies", 36L)]
    [InlineData("downey movies", 36L)]
    [InlineData("robert downey sr", 37L)]
    [InlineData("schwartzenegger movies", 38L)]
    [InlineData("stalone thrillers", 11L)]
    [InlineData("spielberg's early work", 3L)]
    [InlineData("denzel's best movies", 25L)]
    [InlineData("every kubrick film", 7L)]
    [InlineData("hanks's greatest hits", 1L)]
    [InlineData("tom hanks's most famous roles", 1L)]
    [InlineData("the complete filmography of stanley kubrick", 7L)]
    public void Suffixes_typos_and_words_about_a_body_of_work_still_name_the_person_and_leave_no_residue(string query, long personId) =>
        Assert.Equal(personId, OnlyPersonAndNoResidue(query).PersonId);

    [Fact]
    public void Words_about_a_body_of_work_stay_in_a_story()
    {
        var intent = _parser.Parse("tom hanks plays the best man at a famous wedding that goes wrong");

        Assert.Equal(1L, Assert.Single(intent.People).PersonId);
        Assert.Contains("best man", intent.Residue);
        Assert.Contains("famous wedding", intent.Residue);
    }

    [Theory]
    [InlineData("a marathon of the rock's movies")]
    [InlineData("the rock's action flicks")]
    public void A_possessive_is_the_cue_a_name_beginning_with_the_needs(string query) =>
        Assert.Equal([23L], _parser.Parse(query).People.Select(p => p.PersonId));

    [Fact]
    public void A_query_opening_with_the_and_a_possessive_of_no_stage_name_names_no_one() =>
        Assert.Empty(_parser.Parse("the boy's adventure in the woods").People);

    [Fact]
    public void Only_a_cued_name_passes_its_cue_to_the_word_after_and() =>
        Assert.Equal([1L], _parser.Parse("tom hanks and Cruise ship").People.Select(p => p.PersonId));

    [Theory]
    [InlineData("a remake produced by steven spielberg", "steven spielberg")]
    [InlineData("based on a novel by Kubrick", "kubrick")]
    [InlineData("screenplay by clint eastwood", "clint eastwood")]
    public void A_name_after_an_uncredited_crew_cue_stays_words_to_match(string query, string kept)
    {
        var intent = _parser.Parse(query);

        Assert.Empty(intent.People);
        Assert.Contains(kept, intent.Residue);
    }

    [Theory]
    [InlineData("written and directed by steven spielberg", CreditRole.Director)]
    [InlineData("produced and directed by clint eastwood", CreditRole.Director)]
    public void A_director_cue_after_crew_words_still_names_the_director(string query, CreditRole role) =>
        Assert.Equal(role, Assert.Single(_parser.Parse(query).People).Role);

    [Theory]
    [InlineData("war of the worlds", 109L, "war of the worlds")]
    [InlineData("the last picture show", 111L, "last picture show")]
    public void A_title_with_words_of_its_own_is_read_as_the_title_not_as_filters(string query, long titleId, string residue)
    {
        var intent = _parser.Parse(query);

        Assert.Equal([titleId], intent.ExactTitleIds);
        Assert.False(intent.HasFilters);
        Assert.Equal(residue, intent.Residue);
    }

    [Fact]
    public void A_title_read_whole_keeps_words_that_elsewhere_are_fillers() =>
        Assert.Equal("just friends", _parser.Parse("just friends").Residue);

    [Theory]
    [InlineData("a film made without ai about a lonely robot exploring an abandoned city", "without ai")]
    [InlineData("a thriller by spielberg about a shark terrorizing a beach town", "spielberg")]
    [InlineData("something like alien about a crew hunted on a dark ship", "alien")]
    public void A_description_keeps_genre_and_time_words_but_not_the_filters_it_named(string query, string left)
    {
        var intent = _parser.Parse(query);

        Assert.True(intent.Descriptive);
        Assert.DoesNotContain(left, intent.Residue);
    }

    [Fact]
    public void A_description_keeps_its_genre_words() =>
        Assert.Contains("thriller", _parser.Parse("a thriller by spielberg about a shark terrorizing a beach town").Residue);

    [Fact]
    public void A_title_made_only_of_filter_words_keeps_the_filters_and_is_still_named()
    {
        var intent = _parser.Parse("scary movie");

        Assert.Equal([110L], intent.ExactTitleIds);
        Assert.Equal(["Horror"], intent.Genres.Select(g => g.Label));
        Assert.Equal(TitleKind.Movie, intent.Kind);
    }

    [Fact]
    public void Narrated_by_is_a_performers_credit_by_alone_a_directors()
    {
        Assert.Equal(CreditRole.Actor, Assert.Single(_parser.Parse("a movie narrated by tom hanks").People).Role);
        Assert.Equal(CreditRole.Director, Assert.Single(_parser.Parse("a movie by steven spielberg").People).Role);
    }

    [Fact]
    public void A_real_word_one_letter_from_a_genre_is_not_a_typo_of_it() =>
        Assert.Empty(_parser.Parse("prime suspects").Genres); // "prime" is in the plots; "crime" is a genre.

    [Theory]
    [InlineData("spy films about the cold war", new[] { "Spy" })]
    [InlineData("a documentary about fans of star wars", new string[0])]
    [InlineData("a war film", new[] { "War" })]
    [InlineData("a documentary about the history of jazz", new string[0])]
    [InlineData("a history film", new[] { "Historical" })]
    [InlineData("man with short-term memory loss", new string[0])]
    [InlineData("based on a short story", new string[0])]
    [InlineData("a short-lived romance", new[] { "Romance" })]
    [InlineData("short horror films", new[] { "Short", "Horror" })]
    [InlineData("animated shorts", new[] { "Animated", "Short" })]
    [InlineData("comedy shorts and short westerns", new[] { "Comedy", "Short", "Western" })]
    public void A_subject_that_contains_a_genre_word_is_not_the_genre(string query, string[] genres) =>
        Assert.Equal(genres, _parser.Parse(query).Genres.Select(g => g.Label));

    [Theory]
    [InlineData("pacino and de niro together")]
    [InlineData("de niro and pacino movies")]
    public void Several_names_said_alone_are_all_taken(string query)
    {
        var intent = _parser.Parse(query);

        Assert.Equal([26L, 27L], intent.People.Select(p => p.PersonId).Order());
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("thriller movies with Kirsten Dunst", TitleKind.Movie)]
    [InlineData("comedy shows", TitleKind.Series)]
    [InlineData("a comedy tv series", TitleKind.Series)]
    [InlineData("show me comedies", null)]
    [InlineData("films not series", TitleKind.Movie)]
    public void Kind(string query, TitleKind? kind)
    {
        var intent = _parser.Parse(query);
        Assert.Equal(kind, intent.Kind);
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("the movie where a guy realizes his whole life is a tv show", TitleKind.Movie)]
    [InlineData("guy slowly realizes his entire life is a tv show and his town is a set", null)]
    public void A_film_word_deep_in_a_description_tells_the_story_not_the_kind(string query, TitleKind? kind)
    {
        var intent = _parser.Parse(query);

        Assert.True(intent.Descriptive);
        Assert.Equal(kind, intent.Kind);
        Assert.Contains("tv show", intent.Residue);
    }

    [Theory]
    [InlineData("shows made with AI effects", AiUseFilter.OnlyWithAi)]
    [InlineData("movies made with A.I.", AiUseFilter.OnlyWithAi)]
    [InlineData("ai generated horror", AiUseFilter.OnlyWithAi)]
    [InlineData("comedies without AI", AiUseFilter.WithoutAi)]
    [InlineData("comedies not made with ai", AiUseFilter.WithoutAi)]
    [InlineData("comedies", AiUseFilter.Any)]
    [InlineData("ai movies", AiUseFilter.Any)]
    [InlineData("robots and ai taking over the world", AiUseFilter.Any)]
    [InlineData("a movie about ai", AiUseFilter.Any)]
    [InlineData("a movie about artificial intelligence", AiUseFilter.Any)]
    [InlineData("films that used artificial intelligence in production", AiUseFilter.OnlyWithAi)]
    [InlineData("movies made with artificial intelligence", AiUseFilter.OnlyWithAi)]
    [InlineData("a teacher who used ai to cheat", AiUseFilter.Any)]
    [InlineData("a teacher who used generative ai to cheat", AiUseFilter.Any)]
    [InlineData("a girl who didnt use ai", AiUseFilter.Any)]
    [InlineData("a hacker uses ai to rob a bank", AiUseFilter.Any)]
    public void Ai_use(string query, AiUseFilter filter) =>
        Assert.Equal(filter, _parser.Parse(query).AiUse);

    [Theory]
    [InlineData("nothing made with AI please")]
    [InlineData("movies that didn't use AI")]
    [InlineData("movies that did not use generative ai")]
    [InlineData("comedies without any generative AI")]
    [InlineData("no ai generated stuff")]
    [InlineData("films that never used ai")]
    [InlineData("show me anything but ai generated movies")]
    public void A_use_of_ai_denied_is_its_absence(string query)
    {
        var intent = _parser.Parse(query);

        Assert.Equal(AiUseFilter.WithoutAi, intent.AiUse);
        Assert.DoesNotContain("ai", intent.Residue.Split(' '));
        Assert.DoesNotContain("no", intent.Residue.Split(' '));
    }

    [Theory]
    [InlineData("movies that used generative ai for effects")]
    [InlineData("films with ai disclosures")]
    [InlineData("films that disclose ai use")]
    [InlineData("shows that used ai for the visual effects")]
    [InlineData("movies with ai effects")]
    public void Words_about_how_ai_was_used_go_with_the_ai_filter(string query)
    {
        var intent = _parser.Parse(query);

        Assert.Equal(AiUseFilter.OnlyWithAi, intent.AiUse);
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("what's the name of the movie where a kid is left home alone at christmas", TitleKind.Movie)]
    [InlineData("i'm trying to remember a film where a kid is left home alone at christmas", TitleKind.Movie)]
    [InlineData("the one where a kid is left home alone at christmas", null)]
    [InlineData("can't remember the title, it's about a kid is left home alone at christmas", null)]
    [InlineData("what's that movie where a kid is left home alone at christmas", TitleKind.Movie)]
    [InlineData("that movie where a kid is left home alone at christmas", TitleKind.Movie)]
    public void A_remembered_story_loses_the_words_that_open_it_and_keeps_the_kind_they_name(string query, TitleKind? kind)
    {
        var intent = _parser.Parse(query);

        Assert.Equal("kid is left home alone at christmas", intent.Residue);
        Assert.Equal(kind, intent.Kind);
    }

    [Theory]
    [InlineData("movies like alien", 100L)]
    [InlineData("something like the matrix", 101L)]
    [InlineData("more like Matrix", 101L)]
    [InlineData("films similar to home alone", 102L)]
    [InlineData("something in the vein of the matrix", 101L)]
    [InlineData("if i liked alien what should i watch", 100L)]
    [InlineData("for fans of home alone", 102L)]
    [InlineData("movies in the same vein as alien", 100L)]
    public void More_like_a_title(string query, long titleId)
    {
        var intent = _parser.Parse(query);
        Assert.Equal(titleId, intent.Like!.Id);
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("movies like alien with harrison ford", 100L)]
    [InlineData("something like alien but scarier", 100L)]
    [InlineData("like alien horror movies", 100L)]
    [InlineData("if i liked alien what else is good", 100L)]
    [InlineData("shows like alien nation", null)]
    public void A_title_after_like_is_read_only_where_the_name_ends(string query, long? titleId) =>
        Assert.Equal(titleId, _parser.Parse(query).Like?.Id);

    [Fact]
    public void Like_before_a_pause_is_a_filler_of_speech()
    {
        var intent = _parser.Parse("i want, like, some alien westerns");

        Assert.Null(intent.Like);
        Assert.Equal("alien", intent.Residue);
    }

    [Fact]
    public void Like_without_a_known_title_stays_in_the_residue()
    {
        var intent = _parser.Parse("movies like nothing else on earth");
        Assert.Null(intent.Like);
        Assert.Contains("nothing else on earth", intent.Residue);
    }

    [Fact]
    public void A_described_story_keeps_its_words_and_its_setting_only_ranks()
    {
        var intent = _parser.Parse("private eye uncovers a water scandal and family secrets in 1930s los angeles");

        Assert.True(intent.Descriptive);
        Assert.Equal((1930, 1939), (intent.Years!.From, intent.Years.To));
        Assert.Equal(["Family"], intent.Genres.Select(g => g.Label));
        Assert.Equal("private eye uncovers a water scandal and family secrets in 1930s los angeles", intent.Residue);
    }

    [Theory]
    [InlineData("what westerns have you got", "Western")]
    [InlineData("which scary movies are there", "Horror")]
    [InlineData("what kind of comedies do you have", "Comedy")]
    [InlineData("what's a good slasher", "Slasher")]
    [InlineData("gimme some cartoons", "Animated")]
    public void A_request_asked_as_a_question_leaves_no_question_words(string query, string genre)
    {
        var intent = _parser.Parse(query);

        Assert.Equal([genre], intent.Genres.Select(g => g.Label));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("nothing before 1980", 1980, null, "since 1980")]
    [InlineData("no movies older than 2000", 2000, null, "since 2000")]
    [InlineData("scary stuff but nothing after 1990", null, 1990, "until 1990")]
    [InlineData("no old movies", 1970, null, "since 1970")]
    public void A_negated_open_time_is_the_years_it_leaves(string query, int? from, int? to, string label)
    {
        var intent = _parser.Parse(query);

        Assert.Equal(new YearRange(from, to, label), intent.Years);
        Assert.DoesNotContain("no", intent.Residue.Split(' '));
        Assert.DoesNotContain("nothing", intent.Residue.Split(' '));
    }

    [Fact]
    public void A_negated_decade_is_no_release_filter() =>
        Assert.Null(_parser.Parse("no 80s movies").Years);

    [Theory]
    [InlineData("tom hanks movies that aren't comedies", new string[0], new[] { "Comedy" })]
    [InlineData("comedies but not romantic ones", new[] { "Comedy" }, new[] { "Romance" })]
    [InlineData("nothing too scary please", new string[0], new[] { "Horror" })]
    [InlineData("anything but cartoons", new string[0], new[] { "Animated" })]
    [InlineData("no horror or westerns from the eighties", new string[0], new[] { "Horror", "Western" })]
    [InlineData("westerns without romance", new[] { "Western" }, new[] { "Romance" })]
    [InlineData("I don't want anything scary, maybe a comedy", new[] { "Comedy" }, new[] { "Horror" })]
    public void A_genre_after_a_negation_is_ruled_out(string query, string[] wanted, string[] excluded)
    {
        var intent = _parser.Parse(query);

        Assert.Equal(wanted, intent.Genres.Select(g => g.Label));
        Assert.Equal(excluded, intent.ExcludedGenres.Select(g => g.Label));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("tom hanks movies without brad pitt", new[] { 1L }, new[] { 9L }, null)]
    [InlineData("comedies but not with stallone", new long[0], new[] { 11L }, CreditRole.Actor)]
    [InlineData("tom cruise films not directed by spielberg", new[] { 15L }, new[] { 3L }, CreditRole.Director)]
    [InlineData("with tom hanks but not with brad pitt or harrison ford", new[] { 1L }, new[] { 9L, 13L }, CreditRole.Actor)]
    [InlineData("no tom hanks movies", new long[0], new[] { 1L }, null)]
    [InlineData("thrillers, but nothing with brad pitt", new long[0], new[] { 9L }, CreditRole.Actor)]
    public void A_person_after_a_negation_is_ruled_out(string query, long[] wanted, long[] excluded, CreditRole? role)
    {
        var intent = _parser.Parse(query);

        Assert.Equal(wanted, intent.People.Select(p => p.PersonId));
        Assert.Equal(excluded, intent.ExcludedPeople.Select(p => p.PersonId).Order());
        Assert.All(intent.ExcludedPeople, p => Assert.Equal(role, p.Role));
        Assert.False(intent.AnyPerson);
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Theory]
    [InlineData("something with tom hanks, i mean, tom cruise", 15L)]
    [InlineData("brad pitt movies, sorry, tom cruise movies", 15L)]
    [InlineData("tom cruise, i mean, tom cruise westerns", 15L)] // Said again, not corrected.
    public void A_name_corrected_is_the_name_after_the_correction(string query, long personId)
    {
        var intent = _parser.Parse(query);

        Assert.Equal([personId], intent.People.Select(p => p.PersonId));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Fact]
    public void People_wanted_as_alternatives_stay_so_beside_one_ruled_out()
    {
        var intent = _parser.Parse("with either stallone or eastwood but not hanks");

        Assert.Equal([8L, 11L], intent.People.Select(p => p.PersonId).Order());
        Assert.True(intent.AnyPerson);
        Assert.Equal(1L, Assert.Single(intent.ExcludedPeople).PersonId);
    }

    [Theory]
    [InlineData("horror or sci-fi movies", "Horror or Science Fiction")]
    [InlineData("either a western or a war film", "Western or War")]
    [InlineData("comedies or romances from the 80s", "Comedy or Romance")]
    [InlineData("a comedy, western or romance", "Comedy or Western or Romance")]
    [InlineData("a comedy, western, or a romance", "Comedy or Western or Romance")]
    [InlineData("a comedy, or maybe a romance", "Comedy or Romance")]
    public void Genres_joined_by_or_are_one_requirement_either_meets(string query, string label)
    {
        var intent = _parser.Parse(query);

        var requirement = Assert.Single(intent.Genres);
        Assert.Equal(label, requirement.Label);
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Fact]
    public void An_alternative_genre_keeps_the_narrower_ones_of_both() =>
        Assert.Equal([TestLexicon.Horror, TestLexicon.Slasher, TestLexicon.Thriller, TestLexicon.Suspense],
            Assert.Single(_parser.Parse("scary or thriller movies").Genres).GenreIds);

    [Theory]
    [InlineData("sci-fi horror")]
    [InlineData("sci-fi, horror")]
    [InlineData("sci-fi, horror and not a comedy")]
    public void Genres_side_by_side_or_in_a_list_no_or_closes_are_each_required(string query) =>
        Assert.Equal(["Science Fiction", "Horror"], _parser.Parse(query).Genres.Select(g => g.Label));

    [Fact]
    public void A_ruled_out_genre_keeps_its_narrower_ones() =>
        Assert.Equal([TestLexicon.Horror, TestLexicon.Slasher], Assert.Single(_parser.Parse("nothing scary").ExcludedGenres).GenreIds);

    [Fact]
    public void A_negated_genre_word_in_a_story_is_the_storys_not_a_filter()
    {
        var intent = _parser.Parse("an orphan with no family runs away to the big city to find her father");

        Assert.Empty(intent.ExcludedGenres);
        Assert.Contains("no family", intent.Residue);
    }

    [Theory]
    [InlineData("yo some underrated 80s horror picks to binge this weekend", "Horror")]
    [InlineData("critically acclaimed westerns i haven't seen, thanks", "Western")]
    [InlineData("any fun cartoons on here you'd recommend", "Animated")]
    [InlineData("really good spy stuff for date night", "Spy")]
    public void Chatter_about_a_request_neither_stays_nor_turns_it_into_a_story(string query, string genre)
    {
        var intent = _parser.Parse(query);

        Assert.False(intent.Descriptive);
        Assert.Equal([genre], intent.Genres.Select(g => g.Label));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Fact]
    public void Chatter_words_in_a_story_are_the_storys()
    {
        var intent = _parser.Parse("a fun road trip with friends ends at a popular beach town");

        Assert.True(intent.Descriptive);
        Assert.Contains("fun road trip with friends", intent.Residue);
        Assert.Contains("popular beach town", intent.Residue);
    }

    [Theory]
    [InlineData("classic mid eighties westerns", 1984, 1986)]
    [InlineData("old 90s scary movies", 1990, 1999)]
    [InlineData("recent classics from the 1950s", 1950, 1959)]
    [InlineData("fun old horror classics", null, 1969)]
    public void A_time_said_exactly_overrides_a_loose_one_beside_it(string query, int? from, int? to)
    {
        var intent = _parser.Parse(query);

        Assert.Equal((from, to), (intent.Years!.From, intent.Years.To));
        Assert.Equal(string.Empty, intent.Residue);
    }

    [Fact]
    public void A_question_word_without_the_end_of_a_question_stays() =>
        Assert.Equal("what happened to the crew", _parser.Parse("what happened to the crew").Residue);

    [Fact]
    public void Fillers_of_speech_are_dropped_and_content_is_kept()
    {
        var intent = _parser.Parse("um, can you please find me the one where a kid is left home by himself at christmas");

        Assert.Equal("kid is left home by himself at christmas", intent.Residue);
        Assert.False(intent.HasFilters);
    }

    [Fact]
    public void Everything_at_once()
    {
        var intent = _parser.Parse("Hey, show me early 90s scary movies with Tom Hanks made without AI");

        Assert.Equal(new YearRange(1990, 1993, "early 1990s"), intent.Years);
        Assert.Equal(["Horror"], intent.Genres.Select(g => g.Label));
        Assert.Equal(1L, Assert.Single(intent.People).PersonId);
        Assert.Equal(TitleKind.Movie, intent.Kind);
        Assert.Equal(AiUseFilter.WithoutAi, intent.AiUse);
        Assert.Equal(string.Empty, intent.Residue);
    }

    /// <summary>The one person the query names, once it is checked that no words are left to rank by.</summary>
    private PersonRequirement OnlyPersonAndNoResidue(string query)
    {
        var intent = _parser.Parse(query);
        Assert.Equal(string.Empty, intent.Residue);
        return Assert.Single(intent.People);
    }
}
