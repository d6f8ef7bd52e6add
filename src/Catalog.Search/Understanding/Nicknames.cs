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

    /// <summary>The key with its first name in the formal form ("james stewart" for "jimmy stewart"), or null when it has no everyday form.</summary>
    public static string? Formal(string key)
    {
        var space = key.IndexOf(' ');
        return space > 0 && FormalOf.TryGetValue(key[..space], out var formal) ? formal + key[space..] : null;
    }
}
