namespace Catalog.Search.Understanding;

/// <summary>The fixed word lists of query understanding, folded (lower case, no punctuation).</summary>
internal static class QueryWords
{
    /// <summary>
    /// How requests ask ("can you find me", "show me", "the movie where"); a spoken "like" before one
    /// is a hesitation ("like can you find me ..."), not "like &lt;title&gt;".
    /// </summary>
    public static readonly string[][] RequestOpeners = Phrases(
        "hey google", "ok google", "okay google", "hey siri", "hey alexa", "ok", "okay", "hey", "yo", "hi", "hello", "alright", "so like", "so", "well", "can you", "could you", "would you",
        "will you", "find me", "find", "show me", "give me", "get me", "play me", "play", "put on", "search for", "search",
        "look for", "looking for", "im looking for", "i am looking for", "i want to watch", "i want to see", "i wanna watch",
        "i wanna see", "i want", "i need", "id like to watch", "id like to see", "id like", "id love to watch", "id love to see", "id love", "i would love to watch", "i would love", "bring up", "tell me about",
        "what did", "what has", "what does", "what else did", "what else has", "what movies did", "what films did", "which movies did",
        "which films did", "what movies has", "what films has", "i would like to watch",
        "i would like", "recommend me", "recommend", "suggest", "are there any", "are there", "is there", "what are",
        "im in the mood for", "i am in the mood for", "in the mood for", "what should i watch", "what can i watch", "what to watch",
        "i feel like watching", "i feel like", "how about", "what about", "do you have", "have you got", "got any", "lets watch",
        "let me see", "let me watch", "let me think", "lemme think", "lemme see", "i dont know", "i dunno", "dunno", "i wanna", "tell me", "list", "list of", "gimme", "hit me with", "throw on", "queue up", "pull up",
        "can i get", "could i get", "can i see", "you got any", "got anything", "know any", "do you know any", "whats a", "whats an",
        "whats some", "what is a", "what is an", "what are some", "what are a few", "whats that", "what was that", "what is that",
        // How a viewer opens a film remembered but not named: the story follows.
        "whats the name of the movie where", "whats the name of the film where", "whats the name of that movie where",
        "whats the name of that film where", "whats the name of the movie about", "whats the name of the movie with",
        "what is the name of the movie where", "what was the name of the movie where", "what was that movie where",
        "what was that film where", "what was the movie where", "what was the film where", "whats that movie where",
        "whats that film where", "whats the movie where", "whats the film where", "what movie has", "which movie has",
        "im trying to remember a movie where", "im trying to remember a film where", "im trying to remember the movie where",
        "trying to remember a movie where", "trying to find a movie where", "i cant remember the name of the movie where",
        "cant remember the title its about", "cant remember the title", "cant remember the name", "help me find the movie where",
        "help me find a movie where", "help me find the film where", "theres this movie where", "theres this film where",
        "theres a movie where", "there was a movie where", "there was this movie where", "i remember a movie where",
        "the movie where", "the film where", "that movie where", "that film where", "a movie where", "a film where",
        "the movie about", "the film about", "that movie about", "that film about", "the one where", "that one where",
        "its about", "it is about");

    /// <summary>How spoken and typed requests begin; stripped from the start only, where they cannot be content.</summary>
    public static readonly string[][] LeadingFillers = [.. RequestOpeners.Concat(Phrases(
        "something", "anything", "some", "any", "a few", "a couple of", "me", "a", "an", "the", "good", "great", "best", "top"))
        .OrderByDescending(phrase => phrase.Length)];

    /// <summary>
    /// Words of speech that say nothing about a film wherever they stand ("the best westerns of all
    /// time", "some really funny stuff"); dropped from the residue once the recognizers are done.
    /// </summary>
    public static readonly string[][] ResidueFillers = Phrases(
        "of all time", "ever made", "ever", "really", "very", "stuff", "kind of", "sort of", "in the mood for", "to watch", "tonight",
        "right now", "you know", "i mean", "i guess", "i think", "let me think", "i dont know", "i dunno", "maybe", "perhaps", "just", "actually", "basically", "literally",
        "what should i watch", "what can i watch", "should i watch", "what to watch", "what else", "ish");

    /// <summary>
    /// How a request asked as a question ends ("what courtroom dramas have you got", "which westerns are
    /// there"): taken, with the "what" or "which" that opens it, when both are there.
    /// </summary>
    public static readonly string[][] QuestionTails = Phrases(
        "have you got", "do you have", "have you", "you got", "you have", "are there", "is there", "are out there",
        "would you recommend", "do you recommend", "can you recommend", "could you recommend", "you recommend", "can i watch",
        "should i watch", "could i watch", "are available", "are streaming", "are on");

    /// <summary>The question words <see cref="QuestionTails"/> close.</summary>
    public static readonly string[][] QuestionOpeners = Phrases("what kind of", "what sort of", "what", "which", "whats", "what are", "which are");

    /// <summary>
    /// Words about a person's body of work that say nothing a search can rank by ("denzel's best
    /// movies", "spielberg's early work", "every kubrick film"): they do not stop a surname said alone
    /// from being read as the person, and once someone is named they are set aside.
    /// </summary>
    public static readonly string[][] CareerWords = Phrases(
        "best", "greatest", "greatest hits", "biggest hits", "hits", "finest", "most famous", "famous", "most popular", "popular",
        "best known", "well known", "essential", "iconic", "underrated", "lesser known", "every", "all", "all the", "all of", "whole",
        "complete", "early work", "early works", "later work", "late work", "work", "works", "body of work", "filmography", "career",
        "early", "late", "later", "late period", "early period", "roles", "performances");

    /// <summary>Which part of a career a word beside a name picks: "early hitchcock", "spielberg's later films".</summary>
    public static readonly string[][] EarlyCareer = Phrases("early", "early period", "earliest");

    /// <inheritdoc cref="EarlyCareer"/>
    public static readonly string[][] LateCareer = Phrases("late", "later", "late period", "later period");

    /// <summary>
    /// What makes a request chatty without saying anything to search by: praise ("good", "underrated"),
    /// what to call the results ("picks", "bangers"), and when or with whom to watch ("to binge this
    /// weekend", "with friends"). Set aside unless the query tells a story, where "a fun road trip with
    /// friends" needs every word. The catalog's prominence already puts well-known titles first.
    /// </summary>
    public static readonly string[][] RequestChatter = Phrases(
        "good", "really good", "great", "cool", "fun", "awesome", "decent", "nice", "amazing", "excellent", "solid", "fantastic",
        "top rated", "highly rated", "high rated", "old school", "popular", "underrated", "overrated", "must see", "must watch", "critically acclaimed",
        "acclaimed", "famous", "well known", "random", "favorite", "favourite", "beloved", "quality", "watchable", "worth watching",
        "that are worth watching", "worth a watch", "worth seeing", "picks", "recommendations", "recommendation", "suggestions", "options",
        "choices", "gems", "hidden gems", "hits", "bangers", "titles", "stuff", "things", "ones", "thanks", "thank you", "thx",
        "for tonight", "for me", "for us", "i havent seen", "i have not seen", "we havent seen", "everyone loves", "people love",
        "for a rainy day", "on a rainy day", "for the weekend", "this weekend", "on the weekend", "with friends", "with my friends",
        "with the boys", "with the girls", "for date night", "date night", "to binge", "binge worthy", "bingeable", "from back in the day",
        "or whatever", "or something", "if you have any", "if you have some", "if there are any", "youd recommend", "you would recommend",
        "you recommend", "that are on here", "on here", "available", "in the catalog", "on this app", "on the app", "on this site",
        "to stream", "streaming now", "more", "next", "yo", "dude", "bro", "lol", "hi", "hello", "alright", "ok", "okay",
        "the kind", "that kind", "the sort", "the type", "can watch", "could watch", "can all watch", "we can watch", "i can watch",
        "the whole house can watch", "the whole house");

    private static readonly HashSet<string> ChatterWords = new(
        RequestChatter.Concat(ResidueFillers).Select(p => p[0]).Append("ever"), StringComparer.Ordinal);

    /// <summary>Whether a word begins request chatter or an empty word of speech ("gems", "ever").</summary>
    public static bool IsChatter(string word) => ChatterWords.Contains(word);

    /// <summary>What rules out the genre right after it: "tom hanks movies that aren't comedies", "nothing scary".</summary>
    public static readonly string[][] GenreNegations = Phrases(
        "not", "no", "without", "except", "excluding", "minus", "but not", "nothing", "anything but", "anything except",
        "other than", "arent", "isnt", "that arent", "that are not", "that isnt", "that is not", "which arent", "which are not",
        "not a", "not an", "not any", "no more", "without any", "nothing too", "not too", "none", "dont want", "do not want",
        "dont want any", "i dont want", "dont want anything", "i dont want anything", "nothing that is", "nothing thats", "no more of", "not into", "not in the mood for", "anything but a", "except for");

    /// <summary>What rules out the person named right after it: "tom hanks movies without meg ryan", "not directed by scorsese".</summary>
    public static readonly string[][] PersonNegations = Phrases(
        "without", "no", "not", "but not", "nothing", "but nothing", "except", "except for", "excluding", "minus", "other than", "anything but",
        "nothing with", "nothing by", "none with", "no more", "skip", "but no");

    /// <summary>Words that give up what was just said for what follows: "I mean", "sorry", "or rather", "actually".</summary>
    public static readonly HashSet<string> Corrections = new(StringComparer.Ordinal) { "mean", "meant", "sorry", "rather", "actually", "wait", "scratch" };

    /// <summary>Words of speech that may stand between a thing said and its correction or restatement: "you know, like", "I mean", "or".</summary>
    public static readonly HashSet<string> Asides = new(StringComparer.Ordinal) { "i", "you", "know", "like", "or", "so", "well", "make", "that", "is", "thats", "its" };

    /// <summary>
    /// Politeness that carries no meaning wherever it stands. Hesitations ("um", "er") never reach the
    /// words: <see cref="SpeechFillers.WithoutHesitations"/> takes them out of the text first.
    /// </summary>
    public static readonly HashSet<string> AnywhereFillers = new(StringComparer.Ordinal) { "please" };

    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "that", "which",
        "who", "where", "when", "is", "are", "was", "were", "be", "it", "its", "this", "one", "some", "any", "me", "i",
        "you", "my", "his", "her", "their", "as", "into", "than", "like", "but", "not", "if", "so",
    };

    /// <summary>
    /// Studios and labels said like a surname ("marvel movies", "disney films"): the words of the
    /// plots ("produced by Marvel Studios"), never a person said alone (Elizabeth Marvel).
    /// </summary>
    public static readonly HashSet<string> StudioNames = new(StringComparer.Ordinal)
    {
        "marvel", "disney", "pixar", "dreamworks", "lucasfilm", "ghibli", "blumhouse", "hammer", "paramount", "universal",
        "warner", "mgm", "miramax", "netflix", "amblin", "touchstone", "columbia", "fox", "a24", "illumination", "laika", "aardman",
    };

    /// <summary>Small words inside surnames: "de niro", "van damme", "di caprio".</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "van", "von", "del", "della", "di", "da", "le", "la", "mac", "mc", "st" };

    /// <summary>Words that join names said together without being content: "pacino and de niro together".</summary>
    public static readonly HashSet<string> NameListWords = new(StringComparer.Ordinal) { "together", "both", "plus" };

    /// <summary>Whether the word alone says movie or series ("films", "show").</summary>
    public static bool IsKindWord(string word) => MovieWords.Concat(SeriesWords).Any(phrase => phrase is [var one] && one == word);

    public static readonly string[][] MovieWords = Phrases("feature films", "feature film", "movies", "movie", "films", "film", "flicks", "flick", "pictures", "picture", "pics", "pic");

    public static readonly string[][] SeriesWords = Phrases(
        "tv series", "tv shows", "tv show", "television series", "television shows", "limited series", "mini series", "miniseries",
        "series", "shows", "show", "sitcoms", "sitcom", "docuseries");

    /// <summary>
    /// A use of AI is said with a verb or an adjective ("made with ai", "ai generated"); "ai" alone is
    /// not one: "ai movies", "robots and ai take over the world" are about AI.
    /// </summary>
    public static readonly string[][] WithAi = Phrases(
        "made with generative ai", "made using generative ai", "made with ai", "made using ai", "made by ai", "created with ai",
        "that used generative ai", "that use generative ai", "used generative ai", "that used ai", "that use ai", "using generative ai", "with generative ai", "using ai", "used ai", "with ai",
        "generated by ai", "ai generated", "ai was used", "ai is used", "ai made", "ai assisted", "ai effects", "ai vfx", "generative ai",
        "disclose ai use", "disclosed ai use", "disclose ai", "disclosed ai", "ai disclosure", "ai disclosures");

    /// <summary>Who does something in a story: "a teacher who used ai to cheat" is a plot, not how the film was made.</summary>
    public static readonly HashSet<string> StorySubjects = new(StringComparer.Ordinal) { "who", "he", "she", "someone", "somebody", "hes", "shes" };

    /// <summary>
    /// What turns a use of AI said after it into its absence: "nothing made with ai", "movies that
    /// didn't use ai", "without any generative ai".
    /// </summary>
    public static readonly string[][] AiNegations = Phrases(
        "nothing", "no", "not", "none", "without", "without any", "never", "didnt", "did not", "that didnt", "that did not",
        "doesnt", "does not", "that doesnt", "that does not", "dont", "do not", "that dont", "that do not", "wasnt", "was not",
        "werent", "were not", "nothing that was", "nothing thats", "nothing that", "anything but", "not made with", "none of it");

    /// <summary>What may follow an AI-use phrase and goes with it: "that used ai in production".</summary>
    public static readonly string[][] AiUseTrail = Phrases(
        "in production", "in the production", "in its production", "in their production", "in the making", "for effects",
        "for the effects", "for visual effects", "for the visual effects", "for vfx", "for the visuals", "in the effects", "effects",
        "visual effects", "vfx", "disclosure", "disclosures", "disclosed", "use", "usage");

    public static readonly string[][] WithoutAi = Phrases(
        "not made with ai", "not made using ai", "made without generative ai", "made without ai", "made with no ai", "without generative ai", "without any ai", "without ai", "no generative ai",
        "no ai", "ai free", "free of ai", "free from ai", "human made",
        // "use ai" alone is a story's ("a hacker uses ai to rob a bank"); denied, it is about the making.
        "didnt use ai", "did not use ai", "didnt use generative ai", "did not use generative ai", "dont use ai", "do not use ai",
        "doesnt use ai", "does not use ai", "never used ai", "never use ai");

    public static readonly string[][] LikeWords = Phrases(
        "in the same vein as", "the same vein as", "in the same spirit as", "with the same feel as", "same feel as", "comparable to",
        "more like", "similar to", "something like", "movies like", "films like", "shows like", "in the vein of", "in the style of",
        "along the lines of", "in the spirit of", "reminiscent of", "reminds me of", "if i liked", "if i like", "if you liked",
        "if you like", "for fans of", "same vibe as", "kind of like", "sort of like", "like");

    /// <summary>What says a performer's name follows; "w" is how "w/" folds ("90s movies w/ will smith").</summary>
    public static readonly string[][] ActorContext = Phrases(
        "starring", "featuring", "with", "w", "that stars", "acted by", "narrated by", "voiced by", "with the voice of", "the voice of");

    public static readonly string[][] DirectorContext = Phrases(
        "written and directed by", "directed and written by", "directed by", "made by", "a film by", "a movie by", "by director", "director", "by");

    /// <summary>What names a director by a title of theirs: "the director of jaws", "whoever directed alien".</summary>
    public static readonly string[][] DirectorOfTitle = Phrases(
        "the director of", "director of", "the same director as", "same director as", "the director behind", "the filmmaker behind", "the guy who directed",
        "the person who directed", "the man who directed", "the woman who directed", "the people who directed", "whoever directed",
        "the one who directed", "the same guy who directed", "the same person who directed", "the maker of", "the makers of");

    /// <summary>A director's role said after the name: "films clint eastwood directed", "what did kubrick direct".</summary>
    public static readonly string[][] DirectorAfterName = Phrases("directed", "direct", "directs", "has directed", "helmed");

    /// <summary>A performer's role said after the name: "anything denzel acted in", "what has meryl streep been in".</summary>
    public static readonly string[][] ActorAfterName = Phrases(
        "acted in", "acted", "starred in", "stars in", "starred", "was in", "is in", "has been in", "been in", "appeared in", "appears in",
        "played in", "plays in", "has starred in", "has acted in");

    /// <summary>
    /// Cues of the crew the catalog does not credit: the name after them ("produced by Allan Carr",
    /// "a novel by James Norman") is neither a director nor a performer, so it stays words to match
    /// in the text rather than becoming a credit filter that excludes the film.
    /// </summary>
    public static readonly string[][] UncreditedCrewContext = Phrases(
        "produced by", "written by", "screenplay by", "script by", "story by", "music by", "score by", "composed by", "edited by",
        "photographed by", "cinematography by", "novel by", "book by", "play by", "stories by", "released by", "distributed by",
        "adapted by", "choreographed by", "designed by", "financed by", "produced and written by", "written and produced by");

    private static string[][] Phrases(params string[] phrases)
    {
        // "A.I." folds to "a i", and people also say it in full: every phrase with "ai" also comes in those spellings.
        string Spell(string phrase, string ai) => string.Join(' ', phrase.Split(' ').Select(w => w == "ai" ? ai : w));
        var withAi = phrases.Where(p => p.Split(' ').Contains("ai")).ToList();
        var all = phrases.Concat(withAi.Select(p => Spell(p, "a i"))).Concat(withAi.Select(p => Spell(p, "artificial intelligence")));
        return all.Select(p => p.Split(' ')).OrderByDescending(p => p.Length).ToArray();
    }
}
