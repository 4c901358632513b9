using ClaimCheck.Consistency;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes <c>analysis.json</c>: an <see cref="AnalysisResult"/> in the JSON contract of <see cref="ClaimJson"/>
/// (camelCase, kebab-case enum values, every field present, indented, <c>\n</c> line ends).
/// Documented field by field in <c>docs/analysis.schema.json</c>.
/// </summary>
public static class AnalysisJson
{
    /// <summary>The analysis as one indented JSON document followed by a line end.</summary>
    public static void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        JsonContract.Write(result, JsonContract.Indented, writer);
        writer.Write('\n');
    }

    /// <summary>The analysis as one indented JSON document, with no final line end.</summary>
    public static string Serialize(AnalysisResult result) => JsonContract.Serialize(result, JsonContract.Indented);
}
