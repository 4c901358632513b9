namespace ClaimCheck.Extraction;

/// <summary>Currency signs and codes written before an amount: <c>$</c>, <c>US $</c>, <c>$US</c>, <c>HK$</c>, <c>€</c>, <c>Y=</c>, <c>AZN</c>.</summary>
internal static class Currency
{
    /// <summary>The currency whose sign starts at <paramref name="i"/> and is followed by a number at <paramref name="numberIndex"/>, or null.</summary>
    public static string? TryPrefix(TokenView view, int i, out int numberIndex)
    {
        numberIndex = i;
        if (!CanStartPrefix(view, i))
        {
            return null;
        }

        for (var length = 3; length >= 1; length--)
        {
            var last = i + length - 1;
            if (last + 1 >= view.Count)
            {
                continue;
            }

            var key = view.Key(i, last);
            if (!UnitLexicon.PrefixCurrencies.TryGetValue(key, out var name))
            {
                // A second look only when the key has a spacing or casing to undo: most keys have none.
                var spelled = Spelled(key);
                if (ReferenceEquals(spelled, key) || !UnitLexicon.PrefixCurrencies.TryGetValue(spelled, out name))
                {
                    continue;
                }
            }

            var next = last + 1;
            if (view.IsHyphenJoined(next))
            {
                next++; // "$-50.8bn"
            }

            if (view.IsNumber(next) || (view.IsWord(next) && view.TryGet(NumberWords.Cardinals, next, out _)))
            {
                // A code written as letters must not be the tail of a word: "PAZN 5" is not manats.
                numberIndex = last + 1;
                return name;
            }
        }

        // "PS2.7m": the pound sign folded to ASCII; only when glued to a money-shaped number.
        if (view.IsWord(i) && view.Span(i).SequenceEqual(UnitLexicon.AsciiFoldedPound) && view.IsNumber(i + 1) && !view.Tokens[i + 1].SpaceBefore)
        {
            var digits = view.Span(i + 1);
            var moneyShaped = digits.Contains(',') || digits.Contains('.') || (view.IsAttachedWord(i + 2) && view.TryGet(NumberWords.ScaleSuffixes, i + 2, out _));
            if (moneyShaped)
            {
                numberIndex = i + 1;
                return "pound sterling";
            }
        }

        return null;
    }

    /// <summary>
    /// A letter code and a dollar sign however they are spaced or cased, in the lexicon's spelling: <c>C $</c>, <c>S $</c>
    /// and <c>hk $</c> are <c>C$</c>, <c>S$</c> and <c>HK$</c>. Only codes of two letters may be written in lower case:
    /// <c>a $5 fee</c> is no Australian dollar.
    /// </summary>
    private static string Spelled(string key)
    {
        var dollar = key.IndexOf('$', StringComparison.Ordinal);
        if (dollar <= 0)
        {
            return key;
        }

        var code = key[..dollar].TrimEnd();
        var lower = code.All(char.IsAsciiLetterLower);
        if (code.Length == 0 || !code.All(char.IsAsciiLetter) || (lower && code.Length != 2))
        {
            return key;
        }

        return code.ToUpperInvariant() + key[dollar..].Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every currency sign or code starts with a symbol, a capital letter, or a two-letter code in lower case before a
    /// dollar sign (<c>hk $800</c>): most tokens are ruled out without building a key.
    /// </summary>
    private static bool CanStartPrefix(TokenView view, int i)
    {
        if (i < 0 || i >= view.Count)
        {
            return false; // a range connector at the end of a sentence: "1/16 or"
        }

        var token = view.Tokens[i];
        return token.Kind == Text.TokenKind.Symbol
            || (token.Kind == Text.TokenKind.Word && token.Length <= 3 && char.IsUpper(view.Source[token.Start]))
            || (token.Kind == Text.TokenKind.Word && token.Length == 2 && view.IsSymbol(i + 1, '$'));
    }
}
