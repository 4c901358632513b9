using Humanizer;

namespace ClaimCheck.Extraction;

/// <summary>Turns a counted noun phrase as written into a unit name: lower case, head noun singular.</summary>
internal static class UnitNames
{
    /// <summary>Collective nouns that are their own unit name (<c>13 people</c> counts people).</summary>
    private static readonly HashSet<string> KeepAsWritten = new(StringComparer.Ordinal) { "people", "police", "staff", "personnel", "cattle", "troops" };

    /// <summary>Singularising is regex work; news repeats its nouns, so each phrase is worked out once.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    private const int MaxCached = 200_000;

    public static string FromPhrase(string phrase)
    {
        if (Cache.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var name = Compute(phrase);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(phrase, name);
        }

        return name;
    }

    private static string Compute(string phrase)
    {
        var lower = KeyWords(phrase.ToLowerInvariant().Replace("\"s", "'s", StringComparison.Ordinal).Replace("’s", "'s", StringComparison.Ordinal).Replace(" -", "-", StringComparison.Ordinal));
        var lastSpace = lower.LastIndexOf(' ');
        var head = lastSpace < 0 ? lower : lower[(lastSpace + 1)..];
        if (KeepAsWritten.Contains(head) || head.Length < 3 || !CountedNoun.LooksPlural(head))
        {
            return lower;
        }

        var hyphen = head.LastIndexOf('-');
        var tail = hyphen < 0 ? head : head[(hyphen + 1)..];
        var singular = tail.Singularize(inputIsKnownToBePlural: false);
        return lower[..(lower.Length - tail.Length)] + singular;
    }

    /// <summary>
    /// The words that name what is counted: conjunctions and participles go (<c>digital and physical sales</c>
    /// counts digital physical sales; <c>300 recorded songs</c> counts songs), the head noun always stays.
    /// </summary>
    private static string KeyWords(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return phrase;
        }

        var kept = words.Where((w, i) => i == words.Length - 1 || !(w is "and" or "&" || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))));
        return string.Join(' ', kept);
    }
}
