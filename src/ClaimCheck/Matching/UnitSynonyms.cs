using System.Collections.Frozen;

namespace ClaimCheck.Matching;

/// <summary>
/// Words that name the same thing in a unit, folded to one: <c>defence product</c> ~ <c>military product</c>,
/// <c>firm</c> ~ <c>company</c>. Kept small and general on purpose: wrong synonyms merge different claims.
/// </summary>
internal static class UnitSynonyms
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["defence"] = "military",
        ["defense"] = "military",
        ["military-industrial"] = "military",
        ["firm"] = "company",
        ["corporation"] = "company",
        ["business"] = "company",
        ["factory"] = "plant",
        ["enterprise"] = "plant",
        ["facility"] = "plant",
        ["works"] = "plant",
        ["nation"] = "country",
        ["state"] = "country",
        ["weaponry"] = "weapon",
        ["armament"] = "weapon",
        ["arm"] = "weapon",
        ["worker"] = "employee",
        ["staff"] = "employee",
        ["personnel"] = "employee",
        ["troop"] = "soldier",
        ["serviceman"] = "soldier",
        ["servicemen"] = "soldier",
        ["troops"] = "soldier",
        ["person"] = "people",
        ["individual"] = "people",
        ["kid"] = "child",
        ["children"] = "child",
        ["car"] = "vehicle",
        ["automobile"] = "vehicle",

        // Jobs and the people who fill them are counted alike: "hire 600 workers" = "create 600 jobs", "cut 400 jobs" = "lay off 400 staff".
        ["job"] = "employee",
        ["post"] = "employee",
        ["position"] = "employee",
        ["traveller"] = "passenger",
        ["traveler"] = "passenger",
        ["visit"] = "visitor",
        ["tourist"] = "visitor",

        // Those who attend an event: "52,000 fans", "47,000 festival-goers", "18,000 spectators".
        ["fan"] = "attendee",
        ["spectator"] = "attendee",
        ["concertgoer"] = "attendee",
        ["festivalgoer"] = "attendee",
        ["per cent"] = "percent",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Adjectives that do not change what is counted: <c>800 new weapons</c> and <c>800 weapons</c> count the same thing.</summary>
    private static readonly FrozenSet<string> Neutral = FrozenSet.Create(
        StringComparer.Ordinal, "new", "total", "additional", "more", "other", "different", "various", "such", "own", "whole", "entire", "some", "major", "key", "main");

    /// <summary>The unit with synonyms folded and neutral adjectives dropped.</summary>
    public static string Fold(string? unit)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return string.Empty;
        }

        var words = unit.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (i < words.Length - 1 && Neutral.Contains(word))
            {
                continue;
            }

            kept.Add(Words.TryGetValue(word, out var folded) ? folded : word.EndsWith("-goer", StringComparison.Ordinal) ? "attendee" : word);
        }

        return string.Join(' ', kept);
    }

    /// <summary>The head noun (last word, or the word before <c>per</c>/<c>of</c>) of a folded unit.</summary>
    public static string Head(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "per" or "of" && i > 0)
            {
                return words[i - 1];
            }
        }

        return words.Length == 0 ? string.Empty : words[^1];
    }
}
