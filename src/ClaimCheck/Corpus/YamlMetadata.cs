using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Corpus;

/// <summary>The document metadata keys the manifest and Markdown front matter share: title, source, url, published (or date).</summary>
internal static class YamlMetadata
{
    /// <param name="mapping">The YAML mapping of one document.</param>
    /// <param name="ignoreKeyCase">Front matter written for site generators may capitalise keys.</param>
    /// <param name="problem">Called with the node to cite and a message when a value is unusable (not text, not a date); the value is ignored.</param>
    /// <param name="unknownKey">Called for keys that are not metadata, or null to ignore them silently.</param>
    public static (string? Title, string? Source, string? Url, DateOnly? Published) Read(
        YamlMappingNode mapping, bool ignoreKeyCase, Action<YamlNode, string> problem, Action<YamlNode, string>? unknownKey)
    {
        string? title = null, source = null, url = null;
        DateOnly? published = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var name = ignoreKeyCase ? key.ToLowerInvariant() : key;
            if (name is "title" or "source" or "url" or "published" or "date" && YamlText.NotText(value) is { } kind)
            {
                // A list where one value belongs is a mistake to show, not to guess at (which item?).
                problem(keyNode, $"'{key}' must be text, not {kind}; value ignored. Write it on the key's line as plain text.");
                continue;
            }

            switch (name)
            {
                case "title":
                    title = YamlText.Scalar(value);
                    break;
                case "source":
                    source = YamlText.Scalar(value);
                    break;
                case "url":
                    url = YamlText.Scalar(value);
                    break;
                case "published" or "date" when published is null:
                    var text = YamlText.Scalar(value);
                    published = DateLine.ParseValue(text);
                    if (text is not null && published is null)
                    {
                        problem(value, $"'{text}' is not a date (write YYYY-MM-DD); date ignored");
                    }

                    break;
                default:
                    unknownKey?.Invoke(keyNode, key);
                    break;
            }
        }

        return (title, source, url, published);
    }
}
