using System.Globalization;
using System.Text;
using ClaimCheck.Consistency;
using ClaimCheck.Reporting;
using ClaimCheck.Corpus;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Review;

/// <summary>
/// The analyst decisions file, <c>reviews.yaml</c> next to the corpus: human-editable YAML. New decisions are
/// appended as text, so comments and hand edits are kept; every write re-reads the file under a lock and
/// replaces it atomically, so an interrupted run never leaves it half-written and two concurrent reviewers
/// never lose each other's decisions.
/// </summary>
public static class ReviewFile
{
    public const string FileName = "reviews.yaml";

    private const string Header = "# ClaimCheck review decisions: one entry per decision, newest last. Edit by hand or with\n# 'claimcheck review'; comments are kept. Actions: confirm, override (group + verdict), split, merge, ignore (claims).\ndecisions:\n";

    /// <summary>How long a writer waits for another to finish before giving up.</summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Reads the decisions; a missing file has none. Malformed entries are reported with their line and skipped.</summary>
    public static IReadOnlyList<ReviewDecision> Read(string path, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var document = YamlText.LoadRoot(File.ReadAllText(path), path, lineOffset: 0, DiagnosticSeverity.Error, diagnostics, out var ok, "No decisions were applied.");
        if (!ok || document is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("decisions"), out var list) || list is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (list is not YamlSequenceNode sequence)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, (int)list.Start.Line, "'decisions' must be a list of decisions."));
            return [];
        }

        var decisions = new List<ReviewDecision>();
        foreach (var node in sequence.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode entry)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, line, "a decision must be a mapping (action, group or claims, verdict, note, reviewer, date); it is skipped."));
                continue;
            }

            var decision = Parse(entry, line, out var problem);
            if (decision is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, line, problem + "; the decision is skipped."));
                continue;
            }

            decisions.Add(decision);
        }

        return decisions;
    }

    /// <summary>Appends decisions to the file (created if needed) under a lock, atomically, keeping everything already there.</summary>
    public static void Append(string path, IEnumerable<ReviewDecision> decisions)
    {
        var text = new StringBuilder();
        foreach (var decision in decisions)
        {
            text.Append(Format(decision));
        }

        using var fileLock = AcquireLock(path);
        var existing = File.Exists(path) ? File.ReadAllText(path) : Header;
        if (existing.Length > 0 && !existing.EndsWith('\n'))
        {
            existing += "\n";
        }

        if (!existing.Contains("decisions:", StringComparison.Ordinal))
        {
            existing += "decisions:\n";
        }

        AtomicFile.WriteAllText(path, existing + text);
    }

    private static FileStream AcquireLock(string path)
    {
        var lockPath = Path.GetFullPath(path) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50); // another reviewer is writing; their decision must not be lost, so wait our turn
            }
        }
    }

    private static string Format(ReviewDecision decision)
    {
        var text = new StringBuilder();
        text.Append("  - action: ").Append(Name(decision.Action)).Append('\n');
        if (decision.Group is not null)
        {
            text.Append("    group: ").Append(decision.Group).Append('\n');
        }

        if (decision.Claims.Count > 0)
        {
            text.Append("    claims: [").Append(string.Join(", ", decision.Claims)).Append("]\n");
        }

        if (decision.Verdict is { } verdict)
        {
            text.Append("    verdict: ").Append(verdict.ToString().ToLowerInvariant()).Append('\n');
        }

        AppendText(text, "note", decision.Note);
        AppendText(text, "reviewer", decision.Reviewer);
        AppendText(text, "date", decision.Date);
        return text.ToString();
    }

    private static void AppendText(StringBuilder text, string key, string? value)
    {
        if (value is not null)
        {
            text.Append("    ").Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar: any note, even one with quotes, colons or new lines, reads back unchanged.</summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    public static string Name(ReviewAction action) => action.ToString().ToLowerInvariant();

    private static ReviewDecision? Parse(YamlMappingNode entry, int line, out string problem)
    {
        string? Scalar(string key) => entry.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

        problem = string.Empty;
        var actionText = Scalar("action");
        if (!Enum.TryParse<ReviewAction>(actionText, ignoreCase: true, out var action) || int.TryParse(actionText, out _))
        {
            problem = $"'action: {actionText}' is not one of confirm, override, split, merge, ignore";
            return null;
        }

        var claims = new List<string>();
        if (entry.Children.TryGetValue(new YamlScalarNode("claims"), out var claimNode))
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
        var needsGroup = action is ReviewAction.Confirm or ReviewAction.Override;
        if (needsGroup && group is null)
        {
            problem = $"'{Name(action)}' needs the group it is about ('group: g...')";
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
            problem = $"'{Name(action)}' needs {minimum} or more claim ids ('claims: [c..., c...]')";
            return null;
        }

        return new ReviewDecision(action, group, claims, verdict, Scalar("note"), Scalar("reviewer"), Scalar("date"), line);
    }
}
