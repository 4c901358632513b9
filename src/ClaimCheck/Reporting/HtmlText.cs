using System.Text;

namespace ClaimCheck.Reporting;

/// <summary>Text made safe for HTML element content and quoted attribute values.</summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// JSON made safe inside <c>&lt;script type="application/json"&gt;</c>: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, U+2028 and U+2029
    /// become <c>\u003c</c> and the like, so no corpus text can close the element or open a comment. These characters only
    /// occur inside JSON strings, where the escapes mean the same characters.
    /// </summary>
    public static string ScriptJson(string json)
    {
        var builder = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            _ = c switch
            {
                '<' => builder.Append("\\u003c"),
                '>' => builder.Append("\\u003e"),
                '&' => builder.Append("\\u0026"),
                '\u2028' => builder.Append("\\u2028"),
                '\u2029' => builder.Append("\\u2029"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
