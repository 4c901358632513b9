namespace ClaimCheck.Extraction;

/// <summary>Tracks whether a quotation is still open after a sentence: curly quotes by direction, straight quotes by parity.</summary>
internal static class Quotes
{
    public static bool LeavesOpen(ReadOnlySpan<char> sentence, bool openBefore)
    {
        var open = openBefore;
        for (var i = 0; i < sentence.Length; i++)
        {
            switch (sentence[i])
            {
                case '“' or '«':
                    open = true;
                    break;
                case '”' or '»':
                    open = false;
                    break;
                case '"' when !IsApostrophe(sentence, i):
                    open = !open;
                    break;
            }
        }

        return open;
    }

    /// <summary><c>Aliyev"s</c>: scraped text sometimes writes the apostrophe as a double quote.</summary>
    private static bool IsApostrophe(ReadOnlySpan<char> text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && text[i + 1] == 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));
}
