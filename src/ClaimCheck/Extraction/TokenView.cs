using System.Collections.Frozen;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// The tokens of one sentence with the helpers every recogniser needs: token text (materialised
/// once, on demand), case-insensitive word tests and whether tokens are glued together.
/// </summary>
internal sealed class TokenView
{
    private readonly string?[] _texts;

    public TokenView(string text, Token[] tokens)
    {
        Source = text;
        Tokens = tokens;
        _texts = new string?[tokens.Length];
    }

    public string Source { get; }

    /// <summary>
    /// The nouns the sentence calls new or old, once read (<see cref="FrameReader"/>): every figure of the sentence asks,
    /// and reading them per figure made a sentence of a thousand figures cost a million token steps.
    /// </summary>
    public IReadOnlyList<(string Noun, bool IsNew)>? Ages { get; set; }

    public Token[] Tokens { get; }

    public int Count => Tokens.Length;

    public ReadOnlySpan<char> Span(int i) => Tokens[i].Span(Source);

    public string Text(int i) => _texts[i] ??= Source.Substring(Tokens[i].Start, Tokens[i].Length);

    /// <summary>Looks token <paramref name="i"/> up in a word table without allocating its text.</summary>
    public bool TryGet<T>(FrozenDictionary<string, T> map, int i, out T value)
    {
        if (i < 0 || i >= Tokens.Length)
        {
            value = default!;
            return false;
        }

        return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Span(i), out value!);
    }

    /// <summary>Whether token <paramref name="i"/> is in a word set, without allocating its text.</summary>
    public bool In(FrozenSet<string> set, int i) => i >= 0 && i < Tokens.Length && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Span(i));

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Word;

    public bool IsNumber(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Number;

    public bool IsSymbol(int i, char c) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Symbol && Source[Tokens[i].Start] == c;

    /// <summary>Whether token <paramref name="i"/> is one of the dashes used between numbers or words.</summary>
    public bool IsDash(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Symbol && Source[Tokens[i].Start] is '-' or '–' or '—' or '‑' or '−';

    /// <summary>Case-insensitive comparison of a token with a word.</summary>
    public bool Is(int i, string word) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Length == word.Length && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A word glued to the token before it: <c>bhp</c> in <c>640bhp</c>.</summary>
    public bool IsAttachedWord(int i) => IsWord(i) && !Tokens[i].SpaceBefore;

    /// <summary>A hyphen glued on both sides, as in <c>44-day</c> or <c>twenty-two</c>.</summary>
    public bool IsHyphenJoined(int i) =>
        IsDash(i) && !Tokens[i].SpaceBefore && i + 1 < Tokens.Length && !Tokens[i + 1].SpaceBefore;

    public bool StartsUpper(int i) => IsWord(i) && char.IsUpper(Source[Tokens[i].Start]);

    public bool IsLowerWord(int i) => IsWord(i) && char.IsLower(Source[Tokens[i].Start]);

    /// <summary>The surface text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public string Slice(int first, int last) => Source[Tokens[first].Start..Tokens[last].End];

    /// <summary>
    /// The lookup key of tokens [<paramref name="first"/>, <paramref name="last"/>]: lower case, one space
    /// where the text has whitespace, nothing where tokens are glued (<c>km/h</c>, <c>year-old</c>).
    /// </summary>
    public string Key(int first, int last)
    {
        var builder = new System.Text.StringBuilder();
        for (var k = first; k <= last; k++)
        {
            if (k > first && Tokens[k].SpaceBefore)
            {
                builder.Append(' ');
            }

            builder.Append(Span(k));
        }

        return builder.ToString();
    }
}
