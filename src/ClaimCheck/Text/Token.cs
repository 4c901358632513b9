namespace ClaimCheck.Text;

/// <summary>
/// A token of a text: a range of the document text plus its class. Tokens do not copy text, so
/// tokenizing allocates one array per sentence and nothing per token.
/// </summary>
/// <param name="Kind">Word, number or symbol.</param>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="SpaceBefore">Whether whitespace (or the start of the sentence) precedes the token; <c>44-day</c> is three tokens with no space between them.</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, bool SpaceBefore)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);
}
