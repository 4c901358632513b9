namespace ClaimCheck.Baseline;

/// <summary>Line and column (1-based; columns in UTF-16 code units) of an offset in a document's text.</summary>
public static class TextPosition
{
    /// <summary>The 1-based line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Of(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
