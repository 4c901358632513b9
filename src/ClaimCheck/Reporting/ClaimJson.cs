using ClaimCheck.Extraction;
using ClaimCheck.IO;

namespace ClaimCheck.Reporting;

/// <summary>Writes claims in the stable JSON contract (schema version 1): one object per line, or one document.</summary>
public static class ClaimJson
{
    /// <summary>One claim per line, <c>\n</c> line ends.</summary>
    public static void WriteJsonl(IEnumerable<Claim> claims, TextWriter writer)
    {
        var options = ReportingJsonContext.Contract.Compact; // looked up once, not per claim
        foreach (var claim in claims)
        {
            writer.Write(JsonContract.Serialize(claim, options));
            writer.Write('\n');
        }
    }

    /// <summary>The whole result as one indented JSON document.</summary>
    public static void WriteDocument(ExtractionResult result, TextWriter writer)
    {
        JsonContract.Write(result, ReportingJsonContext.Contract.Indented, writer);
        writer.Write('\n');
    }
}
