using System.Text.Json;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;

namespace ClaimCheck.Corpus;

/// <summary>
/// Reads jsonl corpora: one JSON object per non-empty line with <c>id</c> and <c>text</c>, and optionally
/// <c>title</c>, <c>source</c>, <c>url</c>, <c>published</c>. A bad line is an error for that line only.
/// </summary>
internal static class JsonlReader
{
    /// <summary>
    /// Whether text read from standard input is jsonl rather than plain text: every non-empty line opens an object.
    /// </summary>
    public static bool LooksLikeJsonl(string text)
    {
        var any = false;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed[0] != '{')
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    public static IReadOnlyList<JsonlRecord> Read(string text, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        using var reader = new StringReader(text);
        return [.. Read(reader, long.MaxValue, displayPath, diagnostics)];
    }

    /// <summary>
    /// Reads records one line at a time, as they are asked for. A line longer than <paramref name="maxLineChars"/> is
    /// skipped with a warning without ever being held whole, so a huge jsonl file costs memory only for its documents.
    /// </summary>
    public static IEnumerable<JsonlRecord> Read(TextReader reader, long maxLineChars, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        foreach (var line in BoundedLines.Read(reader, maxLineChars))
        {
            if (line.Text is null)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    displayPath,
                    line.Number,
                    $"line of {DocumentSize.Format(line.Length)} is larger than the largest document read ({DocumentSize.Format(maxLineChars)}); skipped. Raise --max-document-size to read it, or split the document."));
                continue;
            }

            if (line.Text.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            if (ReadLine(line.Text, line.Number, displayPath, diagnostics) is { } record)
            {
                yield return record;
            }
        }
    }

    private static JsonlRecord? ReadLine(string line, int number, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            diagnostics.Add(Error(displayPath, number, $"not a valid JSON object: {e.Message} Fix or remove the line; the other lines are read."));
            return null;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Error(displayPath, number, $"expected a JSON object {{\"id\", \"text\", ...}}, found {root.ValueKind.ToString().ToLowerInvariant()}; line skipped. Write one object per line."));
                return null;
            }

            var id = String(root, "id");
            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(id) || text is null)
            {
                diagnostics.Add(Error(
                    displayPath,
                    number,
                    string.IsNullOrWhiteSpace(id) ? "missing \"id\" (a non-empty string); line skipped. Give each line an \"id\"." : "missing \"text\" (a string); line skipped. Give each line its \"text\"."));
                return null;
            }

            var published = Optional(root, "published", displayPath, number, diagnostics);
            var date = DateLine.ParseValue(published);
            if (published is not null && date is null)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    displayPath,
                    number,
                    $"\"published\" value '{published}' is not a date (write YYYY-MM-DD); date ignored"));
            }

            var metadata = new FormatMetadata(
                Optional(root, "title", displayPath, number, diagnostics),
                Optional(root, "source", displayPath, number, diagnostics),
                Optional(root, "url", displayPath, number, diagnostics),
                date,
                date is null ? DateSource.None : DateSource.Manifest,
                []);
            return new JsonlRecord(number, id.Trim(), TextDecoder.NormalizeNewlines(text), metadata);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An optional string field; null when absent or null, with a warning when it has another type.</summary>
    private static string? Optional(JsonElement root, string name, string displayPath, int number, ICollection<Diagnostic> diagnostics)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, number, $"\"{name}\" must be a string; ignored. Write it in quotes."));
            return null;
        }

        var text = value.GetString()?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static Diagnostic Error(string path, int line, string message) => new(DiagnosticSeverity.Error, path, line, message);
}
