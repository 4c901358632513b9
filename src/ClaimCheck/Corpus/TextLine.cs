using ClaimCheck.Text;

namespace ClaimCheck.Corpus;

/// <summary>
/// One line of a document's text, as the boilerplate detector and the metadata inferrer see it.
/// </summary>
/// <param name="Index">0-based line number.</param>
/// <param name="Line">The whole line, without its line feed.</param>
/// <param name="Content">The line without leading and trailing white space (empty for a blank line).</param>
/// <param name="Text">The text of <see cref="Content"/>.</param>
internal sealed record TextLine(int Index, TextRange Line, TextRange Content, string Text)
{
    /// <summary>
    /// Fewer words than this and a line is not taken for article body, even if it ends like a sentence:
    /// headlines, captions and credits are short, paragraphs are not.
    /// </summary>
    private const int MinBodyWords = 12;

    public bool IsBlank => Text.Length == 0;

    public int WordCount { get; } = CountWords(Text);

    /// <summary>True when the line ends like a sentence: <c>. ! ? …</c>, possibly inside closing quotes or brackets.</summary>
    public bool EndsSentence { get; } = EndsLikeSentence(Text);

    /// <summary>True for a paragraph of running text: long enough and ending like a sentence.</summary>
    public bool IsBody => WordCount >= MinBodyWords && EndsSentence;

    public bool HasDigit => Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>Splits text (already normalised to LF line ends) into lines.</summary>
    public static IReadOnlyList<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            lines.Add(Create(lines.Count, text, start, end));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return lines;
    }

    /// <summary>
    /// Index of the first line of running text, or the line count when there is none. Lines before it are the
    /// page header: banners, navigation, title, byline and date.
    /// </summary>
    public static int FirstBodyIndex(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBody)
            {
                return i;
            }
        }

        return lines.Count;
    }

    /// <summary>Index of the last line of running text, or -1 when there is none. Lines after it are the page footer.</summary>
    public static int LastBodyIndex(IReadOnlyList<TextLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].IsBody)
            {
                return i;
            }
        }

        return -1;
    }

    private static TextLine Create(int index, string text, int start, int end)
    {
        var contentStart = start;
        var contentEnd = end;
        while (contentStart < contentEnd && char.IsWhiteSpace(text[contentStart]))
        {
            contentStart++;
        }

        while (contentEnd > contentStart && char.IsWhiteSpace(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        return new TextLine(
            index,
            new TextRange(start, end),
            new TextRange(contentStart, contentEnd),
            text[contentStart..contentEnd]);
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    private static bool EndsLikeSentence(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '"' or '\'' or '”' or '’' or '»' or ')' or ']')
        {
            end--;
        }

        return end > 0 && text[end - 1] is '.' or '!' or '?' or '…';
    }
}
