namespace ClaimCheck.Reporting;

/// <summary>
/// A long sentence cut down to the words around one of its figures. A row per claim that repeats its whole sentence grows
/// with the square of a dense sentence's length; the excerpt bounds what each row repeats, while short sentences (nearly
/// every sentence of news prose) are kept whole.
/// </summary>
internal static class SentenceExcerpt
{
    /// <summary>Sentences up to this many characters are kept whole; longer ones are cut to about this many.</summary>
    public const int MaxLength = 400;

    private const char Ellipsis = '…';

    /// <summary>
    /// <paramref name="sentence"/> itself when it is short enough, else the words around <paramref name="length"/>
    /// characters at <paramref name="at"/> (the start of the sentence when <paramref name="at"/> is null), with <c>…</c>
    /// where text was cut. The cut falls between words when there is a space near it.
    /// </summary>
    public static string Around(string sentence, int? at, int length)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        var figure = at is { } found && found >= 0 && found <= sentence.Length ? found : 0;
        var middle = figure + (Math.Clamp(length, 0, MaxLength) / 2);
        var start = Math.Clamp(middle - (MaxLength / 2), 0, sentence.Length - MaxLength);
        var end = start + MaxLength;
        if (start > 0)
        {
            start = WordStartAfter(sentence, start, Math.Min(figure, end));
        }

        if (end < sentence.Length)
        {
            end = WordEndBefore(sentence, end, Math.Max(start, Math.Min(figure + length, end)));
        }

        return string.Concat(start > 0 ? Ellipsis.ToString() : string.Empty, sentence.AsSpan(start, end - start).Trim(), end < sentence.Length ? Ellipsis.ToString() : string.Empty);
    }

    // The first word start at or after `from`, but never past `limit` (the figure): a cut inside a word otherwise.
    private static int WordStartAfter(string sentence, int from, int limit)
    {
        var space = sentence.AsSpan(from, Math.Max(0, limit - from)).IndexOf(' ');
        return space < 0 ? from : from + space + 1;
    }

    // The last word end at or before `to`, but never before `limit` (the figure's end).
    private static int WordEndBefore(string sentence, int to, int limit)
    {
        var space = sentence.AsSpan(limit, Math.Max(0, to - limit)).LastIndexOf(' ');
        return space < 0 ? to : limit + space;
    }
}
