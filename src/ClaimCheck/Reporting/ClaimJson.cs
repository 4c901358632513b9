using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Extraction;

namespace ClaimCheck.Reporting;

/// <summary>Writes claims in the stable JSON contract (schema version 1): one object per line, or one document.</summary>
public static class ClaimJson
{
    private static readonly JsonSerializerOptions Options = new(ClaimCheckJsonContext.Default.Options)
    {
        // Output is a data file, never embedded in HTML: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true, NewLine = "\n" };

    /// <summary>One claim per line, <c>\n</c> line ends.</summary>
    public static void WriteJsonl(IEnumerable<Claim> claims, TextWriter writer)
    {
        foreach (var claim in claims)
        {
            writer.Write(JsonSerializer.Serialize(claim, Options.GetTypeInfo(typeof(Claim))));
            writer.Write('\n');
        }
    }

    /// <summary>The whole result as one indented JSON document.</summary>
    public static void WriteDocument(ExtractionResult result, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(result, Indented.GetTypeInfo(typeof(ExtractionResult))));
        writer.Write('\n');
    }
}
