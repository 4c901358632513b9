using System.Globalization;
using System.Text;
using ClaimCheck.Consistency;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes <c>claims.csv</c>: one row per claim, in the result's claim order, with its document and its group (empty
/// group columns for a claim in no group). RFC 4180 quoting, <c>\n</c> line ends, numbers in the shortest invariant form
/// that round-trips. Text cells that a spreadsheet would read as a formula get a leading <c>'</c>. A sentence over
/// <see cref="SentenceExcerpt.MaxLength"/> characters is cut to the words around the claim's figure, so a row never
/// repeats a long sentence whole (analysis.json has every sentence in full).
/// </summary>
internal static class CsvReport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "claimId", "documentId", "documentTitle", "published", "text", "kind", "value", "low", "high", "qualifier",
        "unit", "asOf", "speaker", "groupId", "groupLabel", "verdict", "sentence",
    ];

    public static void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var index = new ReportIndex(result);
        // Only a sentence long enough to be cut needs its figure located.
        SentenceHighlight? highlight = null;
        WriteRow(writer, Columns);
        var cells = new string[Columns.Count];
        foreach (var claim in result.Claims)
        {
            var document = index.Document(claim.DocumentId);
            var group = index.GroupOf(claim.Id);
            cells[0] = Text(claim.Id);
            cells[1] = Text(claim.DocumentId);
            cells[2] = Text(document?.Title);
            cells[3] = document?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
            cells[4] = Text(claim.Text);
            cells[5] = Enum(claim.Kind);
            cells[6] = Number(claim.Value);
            cells[7] = Number(claim.Low);
            cells[8] = Number(claim.High);
            cells[9] = Enum(claim.Qualifier);
            cells[10] = Text(claim.Unit);
            cells[11] = Text(claim.AsOf);
            cells[12] = Text(claim.Speaker);
            cells[13] = Text(group?.Id);
            cells[14] = Text(group?.Label);
            cells[15] = group is null ? string.Empty : VerdictName.Of(group.Verdict);
            cells[16] = Text(claim.Sentence.Length <= SentenceExcerpt.MaxLength
                ? claim.Sentence
                : SentenceExcerpt.Around(claim.Sentence, (highlight ??= new SentenceHighlight(result.Claims)).Locate(claim), claim.Text.Length));
            WriteRow(writer, cells);
        }
    }

    /// <summary>A text cell, made inert for spreadsheets: a leading <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a <c>'</c> before it.</summary>
    internal static string Text(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>The shortest round-trip invariant form (<c>1000</c>, <c>0.5</c>, <c>1E+21</c>); empty for null.</summary>
    internal static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A field quoted when it holds a comma, a quote or a line end (RFC 4180), quotes doubled.</summary>
    internal static string Quote(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length + 2).Append('"');
        foreach (var c in field)
        {
            if (c == '"')
            {
                builder.Append('"');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    private static string Enum<T>(T value)
        where T : struct, System.Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(cells[i]));
        }

        writer.Write('\n');
    }
}
