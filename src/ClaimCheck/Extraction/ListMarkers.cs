namespace ClaimCheck.Extraction;

/// <summary>
/// The numbers of a numbered list: <c>1.</c> or <c>1)</c> opening a line, in a run of items numbered one after another
/// (<c>1.</c>, <c>2.</c>, <c>3.</c>) or as the first item under a line that ends with a colon (<c>Notes to editors:</c>).
/// </summary>
/// <remarks>
/// A number opening a line is not enough: hard-wrapped text starts lines anywhere, so <c>rose to\n12. The operator</c>
/// begins a line with a figure. Only a neighbour numbered one less or one more, or an introducing colon, makes it a list.
/// </remarks>
internal static class ListMarkers
{
    // Lists longer than this are tables of contents or line numbers, not numbered points of an article.
    private const int MaxItem = 99;

    // How far to look for the neighbouring items: a few lines (an item may wrap onto more than one) and characters.
    private const int MaxLinesAway = 6;
    private const int MaxCharsAway = 4000;

    /// <summary>Whether number token <paramref name="i"/> numbers a list item.</summary>
    public static bool IsMarker(TokenView view, int i)
    {
        if (!NonClaimSpans.IsPlainDigits(view, i) || view.Tokens[i].Length > 2
            || !(view.IsSymbol(i + 1, '.') || view.IsSymbol(i + 1, ')')) || view.Tokens[i + 1].SpaceBefore)
        {
            return false;
        }

        var text = view.Source;
        var afterMarker = view.Tokens[i + 1].End;
        if (afterMarker < text.Length && !char.IsWhiteSpace(text[afterMarker]))
        {
            return false;
        }

        var lineStart = LineStartBefore(text, view.Tokens[i].Start);
        if (lineStart < 0)
        {
            return false;
        }

        var n = int.Parse(view.Span(i), System.Globalization.CultureInfo.InvariantCulture);
        if (n is < 1 or > MaxItem)
        {
            return false;
        }

        return HasItemBefore(text, lineStart, n - 1) || HasItemAfter(text, lineStart, n + 1) || (n == 1 && PreviousLineEndsWithColon(text, lineStart));
    }

    /// <summary>The start of the line holding <paramref name="at"/> when only white space precedes it there, else -1.</summary>
    private static int LineStartBefore(string text, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            if (text[k] == '\n')
            {
                return k + 1;
            }

            if (!char.IsWhiteSpace(text[k]) || at - k > MaxCharsAway)
            {
                return -1;
            }
        }

        return 0;
    }

    private static bool HasItemBefore(string text, int lineStart, int n)
    {
        var end = lineStart - 1; // the line feed before this line
        for (var lines = 0; lines < MaxLinesAway && end > 0 && lineStart - end < MaxCharsAway; lines++)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            if (OpensWithItem(text, start, end, n))
            {
                return true;
            }

            end = start - 1;
        }

        return false;
    }

    private static bool HasItemAfter(string text, int lineStart, int n)
    {
        var start = text.IndexOf('\n', lineStart);
        for (var lines = 0; lines < MaxLinesAway && start >= 0 && start - lineStart < MaxCharsAway; lines++)
        {
            start++;
            var end = text.IndexOf('\n', start);
            if (OpensWithItem(text, start, end < 0 ? text.Length : end, n))
            {
                return true;
            }

            start = end;
        }

        return false;
    }

    /// <summary>Whether the line [<paramref name="start"/>, <paramref name="end"/>) opens with <c>n.</c> or <c>n)</c> and a space.</summary>
    private static bool OpensWithItem(string text, int start, int end, int n)
    {
        var k = start;
        while (k < end && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        var digits = k;
        var value = 0;
        while (k < end && char.IsAsciiDigit(text[k]) && k - digits < 2)
        {
            value = (value * 10) + (text[k] - '0');
            k++;
        }

        return k > digits && value == n && k + 1 < end && text[k] is '.' or ')' && char.IsWhiteSpace(text[k + 1]);
    }

    private static bool PreviousLineEndsWithColon(string text, int lineStart)
    {
        for (var k = lineStart - 1; k >= 0 && lineStart - k < MaxCharsAway; k--)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return text[k] == ':';
            }
        }

        return false;
    }
}
