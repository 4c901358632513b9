using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimCheck.Reporting;

/// <summary>
/// The serializer options every JSON output shares: the source-generated contract of <see cref="ClaimCheckJsonContext"/>
/// (camelCase, nulls written), enum values in kebab-case, readable non-ASCII text.
/// </summary>
internal static class JsonContract
{
    /// <summary>One line, no indentation.</summary>
    public static JsonSerializerOptions Compact { get; } = new(ClaimCheckJsonContext.Default.Options)
    {
        // Data files, never embedded in HTML as they are (the HTML report escapes its data island itself): keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Indented with two spaces and <c>\n</c> line ends.</summary>
    public static JsonSerializerOptions Indented { get; } = new(Compact) { WriteIndented = true, NewLine = "\n" };

    public static string Serialize<T>(T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(value, options.GetTypeInfo(typeof(T)));

    /// <summary>
    /// Writes <paramref name="value"/> to <paramref name="writer"/>, the same text as <see cref="Serialize{T}"/>. A UTF-8
    /// stream writer (what files are written through) gets the bytes streamed to its stream, so a large analysis is
    /// never held as one string (hundreds of megabytes, twice over as UTF-16).
    /// </summary>
    public static void Write<T>(T value, JsonSerializerOptions options, TextWriter writer)
    {
        if (Utf8Stream(writer) is { } stream)
        {
            JsonSerializer.Serialize(stream, value, options.GetTypeInfo(typeof(T)));
            return;
        }

        writer.Write(Serialize(value, options));
    }

    /// <summary>
    /// The stream under a UTF-8 stream writer without a byte order mark, flushed so bytes can be added to it directly;
    /// null for any other writer (a string writer, another encoding), which must be written to as text.
    /// </summary>
    public static Stream? Utf8Stream(TextWriter writer)
    {
        if (writer is StreamWriter { Encoding: System.Text.UTF8Encoding utf8 } file && utf8.GetPreamble().Length == 0)
        {
            file.Flush();
            return file.BaseStream;
        }

        return null;
    }
}
