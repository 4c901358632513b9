using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Corpus;

/// <summary>The document metadata keys the manifest and Markdown front matter share: title, source, url, published (or date).</summary>
internal static class YamlMetadata
{
    /// <param name="mapping">The YAML mapping of one document.</param>
    /// <param name="ignoreKeyCase">Front matter written for site generators may capitalise keys.</param>
    /// <param name="invalidDate">Called with the value node and its text when a date does not parse.</param>
    /// <param name="unknownKey">Called for keys that are not metadata, or null to ignore them silently.</param>
    public static (string? Title, string? Source, string? Url, DateOnly? Published) Read(
        YamlMappingNode mapping, bool ignoreKeyCase, Action<YamlNode, string> invalidDate, Action<YamlNode, string>? unknownKey)
    {
        string? title = null, source = null, url = null;
        DateOnly? published = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            switch (ignoreKeyCase ? key.ToLowerInvariant() : key)
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
                        invalidDate(value, text);
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
