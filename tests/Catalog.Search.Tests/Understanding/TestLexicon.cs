using Catalog.Core.Text;
using Catalog.Search.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Search.Tests.Understanding;

/// <summary>A small lexicon written for the tests, shaped like the one loaded from the catalog.</summary>
internal static class TestLexicon
{
    public const int Horror = 1, Slasher = 2, ScienceFiction = 3, Thriller = 4, Suspense = 5, Comedy = 6, Romance = 7,
        Animated = 8, Mystery = 9, Western = 10, MartialArts = 11, Biography = 12, Family = 13, Historical = 14, War = 15, Spy = 16, Crime = 17, Short = 18;

    /// <summary>The parser over this lexicon, on the day the tests' relative times ("recent") are counted from.</summary>
    public static QueryParser CreateParser() => new(Create(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)));

    public static CatalogLexicon Create()
    {
        var names = new Dictionary<int, string>
        {
            [Horror] = "Horror", [Slasher] = "Slasher", [ScienceFiction] = "Science Fiction", [Thriller] = "Thriller",
            [Suspense] = "Suspense", [Comedy] = "Comedy", [Romance] = "Romance", [Animated] = "Animated", [Mystery] = "Mystery",
            [Western] = "Western", [MartialArts] = "Martial Arts", [Biography] = "Biography", [Family] = "Family",
            [Historical] = "Historical", [War] = "War", [Spy] = "Spy", [Crime] = "Crime", [Short] = "Short",
        };
        (string, int)[] aliases =
        [
            ("horror", Horror), ("scary", Horror), ("slasher", Slasher), ("science fiction", ScienceFiction), ("sci fi", ScienceFiction),
            ("scifi", ScienceFiction), ("thriller", Thriller), ("thrillers", Thriller), ("suspense", Suspense), ("comedy", Comedy),
            ("comedies", Comedy), ("rom com", Romance), ("rom com", Comedy), ("romance", Romance), ("romantic", Romance),
            ("cartoon", Animated), ("animated", Animated), ("whodunit", Mystery), ("mystery", Mystery), ("cowboy", Western),
            ("western", Western), ("westerns", Western), ("kung fu", MartialArts), ("biopic", Biography), ("family", Family),
            ("history", Historical), ("war", War), ("spy", Spy), ("crime", Crime), ("heist", Crime),
            ("short", Short), ("shorts", Short), ("world war two", War), ("ww2", War), ("wwii", War),
        ];
        string[] specific = ["heist", "kung fu", "whodunit", "world war two", "ww2", "wwii"];
        (int, int)[] narrower = [(Horror, Slasher), (Thriller, Suspense), (Suspense, Thriller)];
        PersonEntry[] people =
        [
            Person(1, "Tom Hanks", 60, actor: true), Person(2, "Colin Hanks", 8, actor: true),
            Person(3, "Steven Spielberg", 40, director: true), Person(4, "Charles Bronson", 59, actor: true),
            Person(5, "Ricardo Darín", 12, actor: true), Person(6, "Kirsten Dunst", 30, actor: true),
            Person(7, "Stanley Kubrick", 13, director: true, years: (1953, 1999)), Person(8, "Clint Eastwood", 70, actor: true, director: true),
            Person(9, "Brad Pitt", 50, actor: true), Person(10, "Sam Pit", 2, actor: true),
            Person(11, "Sylvester Stallone", 40, actor: true), Person(12, "Jack Black", 12, actor: true),
            Person(13, "Harrison Ford", 40, actor: true), Person(14, "John Ford", 35, director: true),
            Person(15, "Tom Cruise", 40, actor: true), Person(16, "Ann Minor", 9, actor: true),
            Person(17, "Jon Hamm", 20, actor: true), Person(18, "Tom Green", 15, actor: true),
            // Credit wording that Wikipedia's cast lists hold as if it were people, and stage names.
            Person(19, "Narrated by", 15, actor: true), Person(20, "history of", 3, actor: true),
            Person(21, "stand-up comedy", 2, actor: true), Person(22, "Voices of", 53, actor: true),
            Person(23, "The Rock", 4, actor: true), Person(24, "The Edge", 2, actor: true),
            Person(25, "Denzel Washington", 45, actor: true), Person(26, "Al Pacino", 40, actor: true),
            Person(27, "Robert De Niro", 80, actor: true), Person(28, "Martin Scorsese", 12, director: true),
            Person(29, "Rob Zombie", 6, actor: true), Person(30, "A. Edward Sutherland", 40, director: true),
            Person(31, "Ward Bond", 40, actor: true), Person(32, "Hong Kong", 1, director: true),
            Person(33, "Roddy McDowall", 30, actor: true), Person(34, "James Stewart", 80, actor: true),
            Person(35, "Scarlett Johansson", 40, actor: true), Person(36, "Robert Downey Jr.", 50, actor: true),
            Person(37, "Robert Downey Sr.", 5, director: true), Person(38, "Arnold Schwarzenegger", 45, actor: true),
            Person(39, "Will Smith", 35, actor: true), Person(40, "Maggie Smith", 30, actor: true),
            Person(41, "Kevin Smith", 20, director: true), Person(42, "Jaden Smith", 12, actor: true),
            Person(43, "Elizabeth Marvel", 20, actor: true),             Person(46, "Humphrey Bogart", 70, actor: true), Person(47, "Mark Wahlberg", 40, actor: true),
            Person(48, "Sean Connery", 60, actor: true), Person(49, "Ralph Fiennes", 40, actor: true),
            Person(50, "Leonardo DiCaprio", 30, actor: true), Person(51, "James Fox", 15, actor: true), Person(52, "Jamie Foxx", 35, actor: true),
            Person(53, "Max Robinson", 5, actor: true), Person(54, "Alexa Vega", 10, actor: true),
        ];
        (string, TitleRef)[] titles =
        [
            ("alien", new TitleRef(100, "Alien", 1979)), ("the matrix", new TitleRef(101, "The Matrix", 1999)),
            ("home alone", new TitleRef(102, "Home Alone", 1990)), ("airport 77", new TitleRef(103, "Airport '77", 1977)),
            ("black christmas", new TitleRef(104, "Black Christmas", 1974)), ("black narcissus", new TitleRef(105, "Black Narcissus", 1947)),
            ("black rain", new TitleRef(106, "Black Rain", 1989)), ("summer of 42", new TitleRef(107, "Summer of '42", 1971)),
            ("the last five years", new TitleRef(108, "The Last Five Years", 2014)),
            ("war of the worlds", new TitleRef(109, "War of the Worlds", 2005)), ("scary movie", new TitleRef(110, "Scary Movie", 2000)),
            ("the last picture show", new TitleRef(111, "The Last Picture Show", 1971)),
            ("just friends", new TitleRef(114, "Just Friends", 2005)), ("the shining", new TitleRef(115, "The Shining", 1980)),
            ("psycho", new TitleRef(116, "Psycho", 1998)), ("find me guilty", new TitleRef(118, "Find Me Guilty", 2006)), ("psycho", new TitleRef(117, "Psycho", 1960)), ("zombies on broadway", new TitleRef(112, "Zombies on Broadway", 1945)), ("i walked with a zombie", new TitleRef(113, "I Walked with a Zombie", 1943)),
        ];
        // Kubrick directed The Shining; of the two Psychos only the 1998 one credits a director here (John Ford, for the test).
        (long, long)[] directors = [(115, 7), (116, 14)];
        // Plots that use "bond" as an ordinary word, as real ones do.
        var words = CommonWords.Count(["A bond between brothers.", "The bond of two friends.", "They share a bond.", "Hanks plays a doctor.", "A prime example.", "A black cat.", "Zombies rise; zombies walk."]);
        return new CatalogLexicon(new GenreLexicon(aliases, names, narrower, specific: specific), new PersonIndex(people), new TitleIndex(titles, directors), words);
    }

    private static PersonEntry Person(long id, string name, int credits, bool actor = false, bool director = false, (int First, int Last)? years = null) =>
        new(id, name, TextFolding.Fold(name), credits, actor, director, years?.First, years?.Last);
}
