using System.Globalization;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Matching;

/// <summary>Reads the <c>matching:</c> section of a corpus manifest into <see cref="AnalysisSettings"/>; bad values are reported and replaced by the default.</summary>
internal static class AnalysisSettingsReader
{
    public const string Section = ManifestParser.MatchingSection;

    public static AnalysisSettings Read(IReadOnlyList<CorpusManifest> manifests, List<Diagnostic> diagnostics)
    {
        var settings = AnalysisSettings.Default;
        foreach (var manifest in manifests)
        {
            if (manifest.Root is not { } root || !root.Children.TryGetValue(new YamlScalarNode(Section), out var node))
            {
                continue;
            }

            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Add(Error(manifest, node, $"'{Section}' must be a mapping of settings (threshold, timeWindowDays, roundTolerance, approximateTolerance, historyYears)."));
                continue;
            }

            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                var text = (valueNode as YamlScalarNode)?.Value;
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
                {
                    diagnostics.Add(Error(manifest, valueNode, $"{Section}.{key} must be a non-negative number; the default is used."));
                    continue;
                }

                settings = key switch
                {
                    "threshold" when value <= 100 => settings with { Threshold = value },
                    "timeWindowDays" => settings with { TimeWindowDays = (int)value },
                    "roundTolerance" when value < 1 => settings with { RoundTolerance = value },
                    "approximateTolerance" when value < 1 => settings with { ApproximateTolerance = value },
                    "historyYears" => settings with { HistoryYears = (int)value },
                    _ => Unknown(manifest, keyNode, key, diagnostics, settings),
                };
            }
        }

        return settings;
    }

    private static AnalysisSettings Unknown(CorpusManifest manifest, YamlNode node, string key, List<Diagnostic> diagnostics, AnalysisSettings settings)
    {
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, manifest.Path, (int)node.Start.Line,
            $"{Section}.{key} is not a setting or is out of range (threshold 0-100, tolerances below 1); it is ignored."));
        return settings;
    }

    private static Diagnostic Error(CorpusManifest manifest, YamlNode node, string message) =>
        new(DiagnosticSeverity.Error, manifest.Path, (int)node.Start.Line, message);
}
