using System.Collections.Frozen;
using System.Text;
using ClaimCheck.Extraction;

namespace ClaimCheck.Consistency;

/// <summary>
/// A group's title in its claims' own words: the clause a figure stands in, with the figure itself left out
/// (<c>Korvel exports to … countries</c>, <c>… passengers passed through Merrowby airport</c>), so the title says what is
/// counted and about whom without taking one member's figure for the group's. The member whose clause shares most of the
/// group's common words speaks for the group. A clause too short to say anything gives way to the fallback.
/// </summary>
internal static class GroupTitle
{
    /// <summary>Words kept on each side of the figure: enough for a subject and verb, short enough for a heading.</summary>
    private const int WordsPerSide = 6;

    // Besides the words that open a clause of their own (FrameReader's), a title's clause ends at these joiners; the word
    // itself belongs to neither side.
    private static readonly FrozenSet<string> Joiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "and", "but", "or", "when", "after", "before", "since", "as");

    // Words that say nothing at the edge of a title.
    private static readonly FrozenSet<string> EdgeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is", "was", "are", "were", "be", "been", "has", "have", "had", "also", "about");

    /// <summary>
    /// The title of a group of <paramref name="members"/> (at least one), preferring the clause that holds most of
    /// <paramref name="commonWords"/>; <paramref name="fallback"/> when no member's clause has two words besides its figure.
    /// </summary>
    public static string For(IReadOnlyList<Claim> members, IReadOnlyList<string> commonWords, string fallback)
    {
        string? best = null;
        var bestScore = -1;
        foreach (var claim in members)
        {
            if (Clause(claim) is not { } clause)
            {
                continue;
            }

            var score = commonWords.Count(w => clause.Contains(w, StringComparison.OrdinalIgnoreCase));
            if (score > bestScore)
            {
                (best, bestScore) = (clause, score);
            }
        }

        return best ?? fallback;
    }

    /// <summary>
    /// The words around the claim's figure within its clause, the figure's numbers written as <c>…</c>; null when the
    /// clause has nothing but the figure, or the figure and one word.
    /// </summary>
    internal static string? Clause(Claim claim)
    {
        var at = claim.Text.Length == 0 ? -1 : claim.Sentence.IndexOf(claim.Text, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var before = Words(claim.Sentence[..at]);
        var after = Words(claim.Sentence[(at + claim.Text.Length)..]);
        var left = new List<string>();
        for (var i = before.Length - 1; i >= 0 && left.Count < WordsPerSide; i--)
        {
            var word = before[i];
            if (EndsClause(word) || IsDash(word) || EndsAt(word))
            {
                break;
            }

            left.Insert(0, word);
        }

        var right = new List<string>();
        foreach (var word in after)
        {
            if (right.Count == WordsPerSide || IsDash(word) || EndsAt(word) || word.StartsWith('('))
            {
                break;
            }

            right.Add(word.TrimEnd(',', ';', ':', '.', '!', '?', ')', '"', '”', '’'));
            if (EndsClause(word))
            {
                break;
            }
        }

        // Edge words say nothing at the ends of a title ("the experience of the …" → "experience of the …").
        while (left.Count > 0 && EdgeWords.Contains(left[0]))
        {
            left.RemoveAt(0);
        }

        while (right.Count > 0 && (right[^1].Length == 0 || EdgeWords.Contains(right[^1])))
        {
            right.RemoveAt(right.Count - 1);
        }

        var figure = Unnumbered(claim.Text);
        if (left.Count + right.Count == 0 || left.Count + right.Count + Words(figure).Count(w => !w.Contains('…', StringComparison.Ordinal)) < 2)
        {
            return null;
        }

        var title = new StringBuilder();
        foreach (var word in left)
        {
            title.Append(word).Append(' ');
        }

        title.Append(figure);
        foreach (var word in right)
        {
            title.Append(' ').Append(word);
        }

        return title.ToString().Trim();
    }

    private static bool EndsAt(string word) => FrameReader.ClauseOpeners.Contains(word) || Joiners.Contains(word);

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // A closing quote does not hide the comma before it: 'the war,"' ends its clause.
    private static bool EndsClause(string word)
    {
        var bare = word.TrimEnd('"', '”', '’', '\'');
        return bare.Length > 0 && bare[^1] is ',' or ';' or ':' or '(' or ')' or '.' or '!' or '?';
    }

    private static bool IsDash(string word) => word is "-" or "–" or "—" or "--";

    /// <summary>The claim's text with its numbers as <c>…</c>: digits (<c>$4.5</c> → <c>$…</c>, <c>44-day</c> → <c>…-day</c>) and number words.</summary>
    internal static string Unnumbered(string text)
    {
        var words = Words(text);
        var output = new List<string>(words.Length);
        foreach (var word in words)
        {
            // "thirty-one", "44-day": each part of a hyphenated word on its own.
            var replaced = string.Join('-', word.Split('-').Select(part => IsNumberWord(part.Trim(',', '.', ';', ':')) ? "…" : Digits(part)));
            while (replaced.Contains("…-…", StringComparison.Ordinal))
            {
                replaced = replaced.Replace("…-…", "…", StringComparison.Ordinal);
            }

            if (replaced == "…" && output.Count > 0 && output[^1].EndsWith('…'))
            {
                continue;
            }

            output.Add(replaced);
        }

        return string.Join(' ', output);
    }

    private static bool IsNumberWord(string word) =>
        NumberWords.Cardinals.ContainsKey(word) || NumberWords.Scales.ContainsKey(word) || NumberWords.VaguePlurals.ContainsKey(word)
        || NumberWords.Fractions.ContainsKey(word);

    // Each run of digits, with the separators inside it (1,000.5), becomes one ellipsis.
    private static string Digits(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsAsciiDigit(word[i]))
            {
                builder.Append(word[i]);
                continue;
            }

            builder.Append('…');
            while (i + 1 < word.Length && (char.IsAsciiDigit(word[i + 1]) || (word[i + 1] is ',' or '.' && i + 2 < word.Length && char.IsAsciiDigit(word[i + 2]))))
            {
                i++;
            }
        }

        return builder.ToString();
    }
}
