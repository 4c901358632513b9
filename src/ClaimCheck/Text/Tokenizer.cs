namespace ClaimCheck.Text;

/// <summary>
/// Splits text into words, numbers and symbols. Numbers keep their thousands separators and
/// decimal point (<c>1,463.78</c>) so that later stages never re-join them; letters glued to a
/// number (<c>640bhp</c>, <c>4th</c>) become a separate word token with no space before it.
/// </summary>
public static class Tokenizer
{
    /// <summary>One growing buffer per thread: a sentence's tokens are collected here and copied out once, exactly sized.</summary>
    [ThreadStatic]
    private static List<Token>? t_buffer;

    /// <summary>The tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static Token[] Tokenize(string text, int start, int end)
    {
        var tokens = t_buffer ??= new List<Token>(256);
        tokens.Clear();
        var space = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var tokenStart = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && !PrecededByDigit(text, i, start)))
            {
                kind = TokenKind.Number;
                i = ScanNumber(text, i, end);
            }
            else if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < end && (char.IsLetter(text[i]) || IsInnerApostrophe(text, i, end) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }
            }
            else
            {
                kind = TokenKind.Symbol;
                i += char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
            }

            tokens.Add(new Token(kind, tokenStart, i, space));
            space = false;
        }

        Token[] result = [.. tokens];
        if (tokens.Capacity > 1 << 16)
        {
            t_buffer = null; // a huge line should not keep its buffer alive
        }

        return result;
    }

    private static bool PrecededByDigit(string text, int i, int start) => i > start && char.IsAsciiDigit(text[i - 1]);

    /// <summary>
    /// <c>don't</c>, <c>Azerbaijan’s</c>; and <c>Aliyev"s</c>, where scraped text turned the apostrophe into a double quote.
    /// </summary>
    private static bool IsInnerApostrophe(string text, int i, int end)
    {
        if (i == 0 || i + 1 >= end || !char.IsLetter(text[i - 1]) || !char.IsLetter(text[i + 1]))
        {
            return false;
        }

        return text[i] is '\'' or '’'
            || (text[i] == '"' && text[i + 1] == 's' && (i + 2 >= end || !char.IsLetter(text[i + 2])));
    }

    private static int ScanNumber(string text, int i, int end)
    {
        var hasDecimal = false;
        if (text[i] == '.')
        {
            hasDecimal = true;
            i++;
        }

        var groupStart = i;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var firstGroupLength = i - groupStart;

        // Thousands groups: ",ddd" exactly three digits, only after a leading group of 1-3 digits.
        while (!hasDecimal && firstGroupLength is >= 1 and <= 3 && i + 3 < end + 1 && i < end && text[i] == ','
               && i + 3 <= end - 0 && IsDigits(text, i + 1, 3, end) && (i + 4 >= end || !char.IsAsciiDigit(text[i + 4])))
        {
            i += 4;
        }

        if (!hasDecimal && i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static bool IsDigits(string text, int from, int count, int end)
    {
        if (from + count > end)
        {
            return false;
        }

        for (var k = from; k < from + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
