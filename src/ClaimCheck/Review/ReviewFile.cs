using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.IO;

namespace ClaimCheck.Review;

/// <summary>
/// The analyst decisions file, <c>reviews.yaml</c> next to the corpus: human-editable YAML. New decisions are
/// emitted by a YAML emitter and spliced in after the last one, so comments and hand edits are kept; every write
/// re-reads the file under a lock, checks that the result reads back as the old decisions plus the new ones, and
/// replaces the file atomically, so an interrupted run never leaves it half-written, two concurrent reviewers never
/// lose each other's decisions, and a write that would break the file is not made.
/// </summary>
public static class ReviewFile
{
    /// <summary>The decisions file a corpus folder keeps.</summary>
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

        if (FileKind.NotRegular(path) is { } kind)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, null, $"{kind}; no decisions applied, as reading it could wait forever. Replace it with a regular file."));
            return [];
        }

        if (new FileInfo(path).Length > maxSize)
        {
            diagnostics.Add(TooLarge(path, maxSize, ReviewFileReader.Unapplied));
            return [];
        }

        return ReviewFileReader.Read(File.ReadAllText(path), path, diagnostics, out _);
    }

    /// <summary>
    /// Adds decisions to the end of the file's list (the file is created if needed) under a lock, atomically, keeping
    /// everything already there. Throws <see cref="InvalidDataException"/>, whose message names the file and line and
    /// says what to fix, when the file cannot be added to safely (not valid YAML, not a list of decisions, larger than
    /// <paramref name="maxSize"/>); the file is then left as it was.
    /// </summary>
    public static void Append(string path, IEnumerable<ReviewDecision> decisions, long maxSize = DocumentSize.DefaultMax)
    {
        using var fileLock = AcquireLock(path);
        var text = Existing(path, maxSize) ?? Header;
        AtomicFile.WriteAllText(path, ReviewFileWriter.Add(text, path, [.. decisions]));
    }

    /// <summary>
    /// Throws as <see cref="Append"/> would when decisions could not be added to the file, so that an interactive
    /// review can stop before asking for a decision it could not record.
    /// </summary>
    public static void CheckWritable(string path, long maxSize = DocumentSize.DefaultMax)
    {
        if (Existing(path, maxSize) is { } text)
        {
            ReviewFileWriter.Add(text, path, []);
        }
    }

    /// <summary>The action as written in the decisions file: <c>confirm</c>, <c>override</c>, <c>split</c>, <c>merge</c>.</summary>
    public static string Name(ReviewAction action) => action.ToString().ToLowerInvariant();

    /// <summary>The file's text, or null when there is no file yet.</summary>
    private static string? Existing(string path, long maxSize)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        if (FileKind.NotRegular(path) is { } kind)
        {
            throw new IOException($"{path}: {kind}; no decision recorded (it is left as it is). Replace it with a regular file, or give another with --decisions.");
        }

        if (new FileInfo(path).Length > maxSize)
        {
            throw new InvalidDataException(TooLarge(path, maxSize, ReviewFileWriter.Refused).ToString());
        }

        return File.ReadAllText(path);
    }

    private static Diagnostic TooLarge(string path, long maxSize, string consequence) =>
        new(DiagnosticSeverity.Error, path, null, $"decisions file larger than the largest document read ({DocumentSize.Format(maxSize)}). {consequence} Check that this is the right file, or raise --max-document-size.");

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
}
