namespace Catalog.Import.Tests;

/// <summary>Small Wikipedia-format files written for the tests, with the source's known quirks.</summary>
internal static class WikipediaFixture
{
    /// <summary>
    /// Six records: a film listed twice under one href (the second listing has the extract), two
    /// films without href (one null, one absent), a film with almost nothing, and one without a title.
    /// </summary>
    public const string Eighties =
        """
        [
          {"title": "Aliens", "year": 1986, "cast": ["Sigourney Weaver", "Michael Biehn"], "genres": ["Science Fiction", "Action"],
           "href": "Aliens_(film)", "thumbnail": "https://upload.example/aliens.jpg", "thumbnail_width": 220, "thumbnail_height": 330},
          {"title": "Aliens", "year": 1986, "cast": ["Someone Else"], "genres": ["Horror"], "href": "Aliens_(film)",
           "extract": "Aliens is a 1986 science fiction action film directed by James Cameron and starring Sigourney Weaver."},
          {"title": "Singin' in the Rain", "year": 1952, "cast": ["Gene Kelly"], "genres": ["Musical", "Sport"], "href": "Singin%27_in_the_Rain",
           "extract": "A musical co-directed by Gene Kelly and Stanley Donen."},
          {"title": "The Lost Reel", "year": 1921, "cast": [], "genres": ["Silent"], "href": null},
          {"title": "Nameless Short", "year": 1905, "cast": ["A. Player"], "genres": []},
          {"title": "", "year": 1980, "cast": [], "genres": ["Drama"], "href": "Untitled_(film)"}
        ]
        """;

    /// <summary>A later file that lists Aliens again and a film without href that repeats one above.</summary>
    public const string Nineties =
        """
        [
          {"title": "Aliens", "year": 1986, "cast": [], "genres": [], "href": "Aliens_(film)"},
          {"title": "The Lost Reel", "year": 1921, "cast": ["Found Actor"], "genres": ["Drama"]},
          {"title": "Heat", "year": 1995, "cast": ["Al Pacino", "Robert De Niro"], "genres": ["Crime", "Thriller"], "href": "Heat_(1995_film)",
           "extract": "Heat is a 1995 American crime film written and directed by Michael Mann."}
        ]
        """;
}
