using System.Globalization;
using System.Text;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;

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

    /// <summary>
    /// Reads the decisions; a missing file has none. A file larger than <paramref name="maxSize"/> (the largest
    /// document read, as for the manifest) is not read. Malformed entries are reported with their line and skipped.
    /// </summary>
    public static IReadOnlyList<ReviewDecision> Read(string path, List<Diagnostic> diagnostics, long maxSize = DocumentSize.DefaultMax)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        if (new FileInfo(path).Length > maxSize)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, null, $"decisions file larger than the largest document read ({DocumentSize.Format(maxSize)}); no decisions were applied. Check that this is the right file, or raise --max-document-size."));
            return [];
        }

        return ReviewFileReader.Read(File.ReadAllText(path), path, diagnostics, out _);
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
}
