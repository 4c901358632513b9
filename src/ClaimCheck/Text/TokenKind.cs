namespace ClaimCheck.Text;

/// <summary>The lexical class of a <see cref="Token"/>.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes (<c>don't</c>); digits always start a number token, so <c>S22</c> is a word and a glued number.</summary>
    Word,

    /// <summary>Digits with optional thousands groups and one decimal part: <c>1,000</c>, <c>58.24</c>, <c>.001</c>.</summary>
    Number,

    /// <summary>Any other single character: punctuation, currency signs, hyphens.</summary>
    Symbol,
}
