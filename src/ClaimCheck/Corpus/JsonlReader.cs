using System.Text.Json;

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
        var records = new List<JsonlRecord>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            if (ReadLine(lines[i], i + 1, displayPath, diagnostics) is { } record)
            {
                records.Add(record);
            }
        }

        return records;
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
            diagnostics.Add(Error(displayPath, number, $"not a valid JSON object: {e.Message}"));
            return null;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Error(displayPath, number, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}"));
                return null;
            }

            var id = String(root, "id");
            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(id) || text is null)
            {
                diagnostics.Add(Error(
                    displayPath,
                    number,
                    string.IsNullOrWhiteSpace(id) ? "missing \"id\" (a non-empty string); line skipped" : "missing \"text\" (a string); line skipped"));
                return null;
            }

            var published = Optional(root, "published", displayPath, number, diagnostics);
            var date = DateText.ParseValue(published);
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
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, number, $"\"{name}\" must be a string; ignored"));
            return null;
        }

        var text = value.GetString()?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static Diagnostic Error(string path, int line, string message) => new(DiagnosticSeverity.Error, path, line, message);
}
