namespace ClaimCheck.Extraction;

/// <summary>
/// The numbers of a numbered list: <c>1.</c> or <c>1)</c> opening a line, in a run of items numbered one after another
/// (<c>1.</c>, <c>2.</c>, <c>3.</c>) or as the first item under a line that ends with a colon (<c>Notes to editors:</c>); and
/// items numbered inside one sentence: <c>The plan: 1. build 200 homes; 2. plant 3,000 trees</c>, <c>(1) ... (2) ...</c>.
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
    public static bool IsMarker(TokenView view, int i) => IsLineMarker(view, i) || IsInlineMarker(view, i);

    /// <summary>
    /// <c>1.</c>, <c>1)</c> or <c>(1)</c> after a colon, semicolon, comma, <c>and</c> or <c>or</c> (or opening the sentence), before a word, with the item
    /// numbered one less or one more written the same way in the same sentence.
    /// </summary>
    private static bool IsInlineMarker(TokenView view, int i)
    {
        if (InlineMarkerValue(view, i) is not { } n)
        {
            return false;
        }

        for (var k = 0; k < view.Count; k++)
        {
            if (k != i && view.IsNumber(k) && InlineMarkerValue(view, k) is { } other && Math.Abs(other - n) == 1
                && IsBracketed(view, k) == IsBracketed(view, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBracketed(TokenView view, int i) => view.IsSymbol(i - 1, '(');

    /// <summary>The item number of an inline marker at number token <paramref name="i"/>, or null.</summary>
    private static int? InlineMarkerValue(TokenView view, int i)
    {
        const int MaxInlineItem = 20;
        if (!NonClaimSpans.IsPlainDigits(view, i) || view.Tokens[i].Length > 2 || !view.IsWord(i + 2) || !view.Tokens[i + 2].SpaceBefore
            || !(view.IsSymbol(i + 1, '.') || view.IsSymbol(i + 1, ')')) || view.Tokens[i + 1].SpaceBefore)
        {
            return null;
        }

        var bracketed = view.IsSymbol(i - 1, '(') && !view.Tokens[i].SpaceBefore && view.IsSymbol(i + 1, ')');
        var opens = bracketed || i == 0 || view.IsSymbol(i - 1, ':') || view.IsSymbol(i - 1, ';') || view.IsSymbol(i - 1, ',')
            || view.Is(i - 1, "and") || view.Is(i - 1, "or");
        var n = int.Parse(view.Span(i), System.Globalization.CultureInfo.InvariantCulture);
        return opens && n is >= 1 and <= MaxInlineItem ? n : null;
    }

    private static bool IsLineMarker(TokenView view, int i)
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
