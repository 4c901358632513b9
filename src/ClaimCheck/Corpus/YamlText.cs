using ClaimCheck.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Corpus;

/// <summary>YamlDotNet helpers shared by the manifest, front matter and decisions readers.</summary>
internal static class YamlText
{
    /// <summary>
    /// Loads the first YAML document of <paramref name="yaml"/> and returns its root node (null when empty).
    /// A syntax error, or nesting beyond <see cref="BoundedYamlParser"/>'s limits, becomes a diagnostic at its line
    /// (plus <paramref name="lineOffset"/>), followed by <paramref name="consequence"/> when given, and sets
    /// <paramref name="ok"/> to false.
    /// </summary>
    public static YamlNode? LoadRoot(
        string yaml,
        string displayPath,
        int lineOffset,
        DiagnosticSeverity severity,
        ICollection<Diagnostic> diagnostics,
        out bool ok,
        string? consequence = null)
    {
        ok = true;
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(new BoundedYamlParser(new Parser(reader)));
        }
        catch (YamlException e)
        {
            ok = false;
            // An unclosed construct is found at the end of input, past the last line; point at the last line instead.
            var line = Math.Min((int)e.Start.Line, LineCount(yaml));
            var message = e is YamlLimitException ? $"{Reason(e)}." : $"not valid YAML: {Reason(e).TrimEnd('.')}. Fix the YAML at this line.";
            diagnostics.Add(new Diagnostic(severity, displayPath, line + lineOffset, consequence is null ? message : $"{message} {consequence}"));
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    public static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>"a list" or "a mapping" for a value that is not text, for messages; null for text.</summary>
    public static string? NotText(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => null,
    };

    /// <summary>Whether a value is YAML's null: nothing, <c>~</c> or <c>null</c>, unquoted.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>A scalar's text, or null for an empty or non-scalar value.</summary>
    public static string? Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;

    public static int Line(YamlNode node) => (int)node.Start.Line;

    private static int LineCount(string text) =>
        Math.Max(1, text.TrimEnd('\n').Count(c => c == '\n') + 1);

    /// <summary>YamlDotNet prefixes messages with the position, which the diagnostic already carries.</summary>
    public static string Reason(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close >= 0 ? message[(close + 3)..] : message;
    }
}
