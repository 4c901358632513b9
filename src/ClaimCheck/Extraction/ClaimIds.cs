using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Claim ids: a hash of what the claim is, not where it is. The document id, the sentence text, the
/// claim text and its occurrence among identical (sentence, text) pairs; so editing another paragraph,
/// or adding one, leaves every other claim's id unchanged.
/// </summary>
internal static class ClaimIds
{
    /// <summary>The sentence's part of its claims' ids, computed once per sentence (a sentence may hold thousands of figures).</summary>
    public static string SentenceKey(string sentence) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormalizeSpace(sentence))));

    public static string For(string documentId, string sentenceKey, string text, int occurrence)
    {
        var input = string.Join('\n', documentId, sentenceKey, text, occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        return "c" + Convert.ToHexStringLower(hash, 0, 8);
    }

    /// <summary>Re-wrapping a paragraph must not change ids: whitespace runs count as one space.</summary>
    private static string NormalizeSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
