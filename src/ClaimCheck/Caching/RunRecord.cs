using System.Security.Cryptography;
using System.Text.Json;
using ClaimCheck.Consistency;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.IO;

namespace ClaimCheck.Caching;

/// <summary>
/// What the last analysis into an output folder read and wrote: its input fingerprint, the files it wrote with their
/// hashes, and what it told the user (summary, an example per verdict, diagnostics). When the fingerprint is the same
/// and the files are untouched, the reports are up to date and the run can say so instead of redoing the work.
/// </summary>
/// <param name="Fingerprint">The <see cref="RunFingerprint"/> of the inputs.</param>
/// <param name="Outputs">The files written.</param>
/// <param name="Summary">The counts.</param>
/// <param name="Examples">The first group of each verdict, for the summary table.</param>
/// <param name="Diagnostics">Warnings and errors of the run, to report again.</param>
public sealed record RunRecord(string Fingerprint, IReadOnlyList<RunOutput> Outputs, AnalysisSummary Summary, IReadOnlyList<ClaimGroup> Examples, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Builds the record of a finished run.</summary>
    public static RunRecord Of(string fingerprint, AnalysisResult analysis, IEnumerable<string> written, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var examples = analysis.Groups.GroupBy(g => g.Verdict).Select(g => g.First()).ToList();
        return new RunRecord(fingerprint, [.. written.Select(p => new RunOutput(Path.GetFullPath(p), HashOf(p) ?? string.Empty))], analysis.Summary, examples, diagnostics);
    }

    /// <summary>True when every file written is still there with the same content.</summary>
    public bool OutputsIntact() => Outputs.All(o => HashOf(o.Path) == o.Sha256);

    /// <summary>The record's summary as an analysis without documents or claims: enough for a summary table.</summary>
    public AnalysisResult AsSummary() => new(ExtractionResult.CurrentSchemaVersion, [], [], Examples, Summary);

    /// <summary>The record of the last run into <paramref name="outputKey"/>, or null when there is none or it cannot be read.</summary>
    public static RunRecord? Read(string cacheFolder, string outputKey)
    {
        var path = PathOf(cacheFolder, outputKey);
        if (FileKind.NotRegular(path) is not null)
        {
            return null; // a pipe or device there is no record, and must not be opened
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, CachingJsonContext.Contract.Compact.GetTypeInfo(typeof(RunRecord))) as RunRecord;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Saves the record atomically; false when the cache folder cannot be written (the next run then does the work again).</summary>
    public bool Write(string cacheFolder, string outputKey)
    {
        try
        {
            AtomicFile.WriteAllText(PathOf(cacheFolder, outputKey), JsonContract.Serialize(this, CachingJsonContext.Contract.Compact));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string PathOf(string cacheFolder, string outputKey)
    {
        using var hash = new ContentHash();
        return Path.Join(cacheFolder, $"run-{hash.Add(outputKey).Finish()[..16]}.json");
    }

    private static string? HashOf(string path)
    {
        if (FileKind.NotRegular(path) is not null)
        {
            return null; // no longer the file written, and opening a pipe would wait forever
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
