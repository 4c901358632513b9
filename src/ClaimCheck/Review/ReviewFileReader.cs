using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Review;

/// <summary>
/// Reads the text of a decisions file. Every problem is a diagnostic at its line: a value of the wrong kind is an
/// error (a decision whose action, group, verdict or claims cannot be read is skipped; a bad note, reviewer or date
/// only loses that field), an unknown key a warning, since a misspelt key would otherwise vanish without a word.
/// </summary>
internal static class ReviewFileReader
{
    public const string DecisionsKey = "decisions";

    /// <summary>What a reader of the file is told when it cannot be used at all.</summary>
    public const string Unapplied = "No decisions were applied.";

    private static readonly string[] Fields = ["action", "group", "claims", "verdict", "note", "reviewer", "date"];

    /// <summary>
    /// The decisions of <paramref name="text"/>. <paramref name="unusable"/> is the diagnostic (also in
    /// <paramref name="diagnostics"/>) that made the whole file unusable: not YAML ClaimCheck reads, not a mapping,
    /// or <c>decisions</c> not a list; its message says <paramref name="consequence"/>.
    /// </summary>
    public static IReadOnlyList<ReviewDecision> Read(string text, string path, List<Diagnostic> diagnostics, out Diagnostic? unusable, string consequence = Unapplied)
    {
        unusable = null;
        var document = YamlText.LoadRoot(text, path, lineOffset: 0, DiagnosticSeverity.Error, diagnostics, out var parsed, consequence);
        if (!parsed)
        {
            unusable = diagnostics[^1];
            return [];
        }

        if (document is null || YamlText.IsNull(document))
        {
            return [];
        }

        if (document is not YamlMappingNode root)
        {
            unusable = Error(path, document, $"expected a mapping with a '{DecisionsKey}:' list. {consequence} Start the file with '{DecisionsKey}:' and one '- action: ...' entry per decision.");
            diagnostics.Add(unusable);
            return [];
        }

        // In file order, so that messages come out by line.
        var decisions = new List<ReviewDecision>();
        foreach (var (keyNode, value) in root.Children)
        {
            if (Key(keyNode) == DecisionsKey)
            {
                unusable = ReadList(value, path, decisions, diagnostics, consequence);
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, YamlText.Line(keyNode), $"unknown key '{Key(keyNode)}' ignored (the file holds one '{DecisionsKey}:' list); check its spelling."));
            }
        }

        return decisions;
    }

    /// <summary>Adds the list's decisions; returns the error that makes the list unusable, if any.</summary>
    private static Diagnostic? ReadList(YamlNode list, string path, List<ReviewDecision> decisions, List<Diagnostic> diagnostics, string consequence)
    {
        if (YamlText.IsNull(list))
        {
            return null;
        }

        if (list is not YamlSequenceNode sequence)
        {
            var error = Error(path, list, $"'{DecisionsKey}' must be a list of decisions. {consequence} Write one '- action: ...' entry per decision under it.");
            diagnostics.Add(error);
            return error;
        }

        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode entry)
            {
                diagnostics.Add(Error(path, node, "a decision must be a mapping (action, group or claims, verdict, note, reviewer, date); it is skipped."));
            }
            else if (Parse(entry, path, diagnostics) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        return null;
    }

    private static ReviewDecision? Parse(YamlMappingNode entry, string path, List<Diagnostic> diagnostics)
    {
        // One pass in file order, so that messages come out by line.
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var skip = false;
        foreach (var (keyNode, value) in entry.Children)
        {
            var key = Key(keyNode);
            if (!Fields.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, YamlText.Line(keyNode), $"unknown key '{key}' in a decision ignored (expected {string.Join(", ", Fields)}); check its spelling."));
            }
            else if (WrongKind(key, value) is { } wrong)
            {
                // The note, reviewer and date only describe the decision: a bad one loses itself, not the decision.
                var describes = key is "note" or "reviewer" or "date";
                diagnostics.Add(Error(path, keyNode, wrong + (describes ? "; it is ignored. Write it on the key's line, in quotes." : "; the decision is skipped.")));
                skip |= !describes;
            }
            else
            {
                fields[key] = value;
            }
        }

        if (skip)
        {
            return null;
        }

        var line = YamlText.Line(entry);
        var decision = Build(fields, line, out var problem);
        if (decision is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, line, problem + "; the decision is skipped."));
        }

        return decision;
    }

    /// <summary>What is wrong with a value of the wrong kind (a list or mapping where text belongs), or null.</summary>
    private static string? WrongKind(string key, YamlNode value)
    {
        if (key != "claims")
        {
            return YamlText.NotText(value) is { } kind ? $"'{key}' must be text, not {kind}" : null;
        }

        if (value is YamlMappingNode)
        {
            return "'claims' must be a list of claim ids, not a mapping";
        }

        return value is YamlSequenceNode list && list.Children.Select(YamlText.NotText).FirstOrDefault(k => k is not null) is { } itemKind
            ? $"'claims' must be a list of claim ids; one is {itemKind}"
            : null;
    }

    private static ReviewDecision? Build(Dictionary<string, YamlNode> fields, int line, out string problem)
    {
        string? Scalar(string key) => fields.TryGetValue(key, out var value) ? (value as YamlScalarNode)?.Value : null;

        problem = string.Empty;
        var actionText = Scalar("action");
        if (!Enum.TryParse<ReviewAction>(actionText, ignoreCase: true, out var action) || int.TryParse(actionText, out _))
        {
            problem = $"'action: {actionText}' is not one of confirm, override, split, merge, ignore";
            return null;
        }

        var claims = new List<string>();
        if (fields.TryGetValue("claims", out var claimNode))
        {
            if (claimNode is YamlSequenceNode list)
            {
                claims.AddRange(list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0));
            }
            else if (claimNode is YamlScalarNode single && !string.IsNullOrEmpty(single.Value))
            {
                claims.Add(single.Value);
            }
        }

        Verdict? verdict = null;
        var verdictText = Scalar("verdict");
        if (verdictText is not null)
        {
            if (!Enum.TryParse<Verdict>(verdictText, ignoreCase: true, out var parsed) || int.TryParse(verdictText, out _))
            {
                problem = $"'verdict: {verdictText}' is not one of agreement, change, discrepancy, single";
                return null;
            }

            verdict = parsed;
        }

        var group = Scalar("group");
        if (action is ReviewAction.Confirm or ReviewAction.Override && group is null)
        {
            problem = $"'{ReviewFile.Name(action)}' needs the group it is about ('group: g...')";
            return null;
        }

        if (action == ReviewAction.Override && verdict is null)
        {
            problem = "'override' needs the verdict to use ('verdict: agreement|change|discrepancy|single')";
            return null;
        }

        var minimum = action is ReviewAction.Split or ReviewAction.Merge ? 2 : action == ReviewAction.Ignore ? 1 : 0;
        if (claims.Count < minimum)
        {
            problem = $"'{ReviewFile.Name(action)}' needs {minimum} or more claim ids ('claims: [c..., c...]')";
            return null;
        }

        return new ReviewDecision(action, group, claims, verdict, Scalar("note"), Scalar("reviewer"), Scalar("date"), line);
    }

    private static string Key(YamlNode keyNode) => (keyNode as YamlScalarNode)?.Value ?? string.Empty;

    private static Diagnostic Error(string path, YamlNode node, string message) =>
        new(DiagnosticSeverity.Error, path, YamlText.Line(node), message);
}
