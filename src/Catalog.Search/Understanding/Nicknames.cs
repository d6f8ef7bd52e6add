namespace Catalog.Search.Understanding;

/// <summary>The everyday forms of first names, as viewers say them of people credited by the formal one.</summary>
internal static class Nicknames
{
    private static readonly Dictionary<string, string> FormalOf = new(StringComparer.Ordinal)
    {
        ["jimmy"] = "james", ["jim"] = "james", ["jamie"] = "james", ["bob"] = "robert", ["bobby"] = "robert", ["rob"] = "robert",
        ["bill"] = "william", ["billy"] = "william", ["will"] = "william", ["tom"] = "thomas", ["tommy"] = "thomas",
        ["mike"] = "michael", ["mick"] = "michael", ["dick"] = "richard", ["rick"] = "richard", ["ricky"] = "richard",
        ["ed"] = "edward", ["eddie"] = "edward", ["ted"] = "edward", ["sly"] = "sylvester", ["chuck"] = "charles",
        ["charlie"] = "charles", ["tony"] = "anthony", ["joe"] = "joseph", ["joey"] = "joseph", ["dan"] = "daniel",
        ["danny"] = "daniel", ["dave"] = "david", ["steve"] = "steven", ["matt"] = "matthew", ["nick"] = "nicholas",
        ["chris"] = "christopher", ["sam"] = "samuel", ["ben"] = "benjamin", ["alex"] = "alexander", ["larry"] = "lawrence",
        ["harry"] = "henry", ["hank"] = "henry", ["jack"] = "john", ["johnny"] = "john", ["fred"] = "frederick",
        ["freddie"] = "frederick", ["pat"] = "patrick", ["liz"] = "elizabeth", ["beth"] = "elizabeth", ["betty"] = "elizabeth",
        ["kate"] = "katherine", ["kathy"] = "katherine", ["jenny"] = "jennifer", ["jen"] = "jennifer", ["meg"] = "margaret",
        ["peggy"] = "margaret", ["maggie"] = "margaret", ["sue"] = "susan", ["susie"] = "susan", ["debbie"] = "deborah",
        ["nic"] = "nicolas", ["leo"] = "leonardo", ["arnie"] = "arnold", ["vinnie"] = "vincent", ["gerry"] = "gerald",
    };

    /// <summary>
    /// What famous people are called instead of their credited name ("bogie", "marky mark"), folded.
    /// Not first names people also bear ("leo", "sly"): "a leo sayer concert" is not DiCaprio's.
    /// </summary>
    private static readonly Dictionary<string, string> CreditedNameOf = new(StringComparer.Ordinal)
    {
        ["bogie"] = "humphrey bogart", ["marky mark"] = "mark wahlberg", ["jlo"] = "jennifer lopez",
        ["j lo"] = "jennifer lopez", ["jlaw"] = "jennifer lawrence", ["j law"] = "jennifer lawrence", ["scarjo"] = "scarlett johansson",
        ["rdj"] = "robert downey jr", ["qt"] = "quentin tarantino", ["dame judi"] = "judi dench", ["ol blue eyes"] = "frank sinatra",
        ["old blue eyes"] = "frank sinatra", ["satchmo"] = "louis armstrong", ["sir larry"] = "laurence olivier",
    };

    /// <summary>The credited name a famous nickname stands for ("bogie" is Humphrey Bogart), or null.</summary>
    public static string? CreditedName(string words) => CreditedNameOf.GetValueOrDefault(words);

    /// <summary>Nicknames run to at most this many words.</summary>
    public static readonly int MaxCreditedNameWords = CreditedNameOf.Keys.Max(k => k.Split(' ').Length);

    /// <summary>The key with its first name in the formal form ("james stewart" for "jimmy stewart"), or null when it has no everyday form.</summary>
    public static string? Formal(string key)
    {
        var space = key.IndexOf(' ');
        return space > 0 && FormalOf.TryGetValue(key[..space], out var formal) ? formal + key[space..] : null;
    }
}
