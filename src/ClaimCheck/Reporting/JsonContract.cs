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
}
