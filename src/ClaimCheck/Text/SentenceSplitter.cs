using System.Collections.Frozen;

namespace ClaimCheck.Text;

/// <summary>
/// Rule-based sentence splitter for news text. Lines are paragraphs (scraped pages put headlines,
/// datelines and paragraphs on lines of their own), except that a line ending without terminal
/// punctuation followed by one starting in lower case is a soft wrap. Inside a line it splits after
/// <c>. ! ?</c> (and closing quotes) before an upper-case letter, digit or quote, but not after
/// abbreviations (<c>Dec.</c>, <c>Mr.</c>, <c>No.</c>), initials or dotted acronyms (<c>U.S.</c>).
/// </summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>The splitter the extractor uses.</summary>
    public static SentenceSplitter Default { get; } = new();

    // Month abbreviations come from the calendar vocabulary; weekday ones are left out, as "Sat." or "Sun." ending a
    // sentence is likelier than a weekday written short inside one.
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos",
        "fig", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "maj", "adm", "rev", "hon", "pres", "mt", "ft",
        "approx", "est", "vol", "p", "pp", "ca", "cf", "al", "dept", "univ", "assn", "bros", "e.g", "i.e", "a.m", "p.m", "freq",
        "figs", "eq", "eqs", "refs",
    }.Concat(CalendarWords.MonthAbbreviations).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences of <paramref name="text"/>, outside the <paramref name="skipped"/> ranges.</summary>
    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<TextRange> skipped)
    {
        var sentences = new List<Sentence>();
        var position = 0;
        foreach (var range in skipped.OrderBy(r => r.Start))
        {
            if (range.Start > position)
            {
                SplitSegment(text, position, range.Start, sentences);
            }

            position = Math.Max(position, range.End);
        }

        if (position < text.Length)
        {
            SplitSegment(text, position, text.Length, sentences);
        }

        return sentences;
    }

    private static void SplitSegment(string text, int start, int end, List<Sentence> output)
    {
        var blockStart = start;
        var i = start;
        while (i < end)
        {
            if (text[i] == '\n' && IsHardBreak(text, blockStart, i, end))
            {
                SplitBlock(text, blockStart, i, output);
                blockStart = i + 1;
            }

            i++;
        }

        SplitBlock(text, blockStart, end, output);
    }

    /// <summary>A newline ends a paragraph unless it only wraps a sentence that goes on in lower case.</summary>
    private static bool IsHardBreak(string text, int blockStart, int newline, int end)
    {
        var before = newline - 1;
        while (before >= blockStart && text[before] is ' ' or '\t' or '\r')
        {
            before--;
        }

        if (before < blockStart || IsTerminal(text[before]))
        {
            return true;
        }

        var after = newline + 1;
        while (after < end && text[after] is ' ' or '\t' or '\r')
        {
            after++;
        }

        return after >= end || text[after] == '\n' || !char.IsLower(text[after]);
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or ':' or '"' or '”' or '\'' or '’' or ')';

    private static void SplitBlock(string text, int start, int end, List<Sentence> output)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && text[close] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')')
            {
                close++;
            }

            if (close >= end || !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = close;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !StartsSentence(text[next]) || (c == '.' && IsAbbreviation(text, start, i)))
            {
                continue;
            }

            Add(text, sentenceStart, close, output);
            sentenceStart = next;
            i = next - 1;
        }

        Add(text, sentenceStart, end, output);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsAsciiDigit(c) || c is '"' or '“' or '\'' or '‘' or '(' or '[' or '-' or '—' or '$' or '£' or '€';

    /// <summary>Whether the word before the period at <paramref name="dot"/> is an abbreviation, an initial or a dotted acronym.</summary>
    private static bool IsAbbreviation(string text, int blockStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > blockStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }

        if (word.Contains('.'))
        {
            return true; // "U.S.", "e.g."
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>
    /// No real sentence is this long; a longer run (a table flattened to one line, a list of numbers, garbage) is
    /// cut into pieces, so that a claim's sentence stays readable and no work grows with the square of a line.
    /// </summary>
    public const int MaxSentenceLength = 1500;

    private static void Add(string text, int start, int end, List<Sentence> output)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceLength)
        {
            var cut = Cut(text, start, start + MaxSentenceLength);
            output.Add(new Sentence(start, cut));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            output.Add(new Sentence(start, end));
        }
    }

    /// <summary>Where to cut an over-long run: the last space before the limit, else the last comma or semicolon not between digits, else the limit.</summary>
    private static int Cut(string text, int start, int limit)
    {
        for (var i = limit; i > start + (MaxSentenceLength / 2); i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        for (var i = limit; i > start + (MaxSentenceLength / 2); i--)
        {
            if (text[i - 1] is ',' or ';' && !(char.IsAsciiDigit(text[i - 2]) && i < text.Length && char.IsAsciiDigit(text[i])))
            {
                return i;
            }
        }

        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
