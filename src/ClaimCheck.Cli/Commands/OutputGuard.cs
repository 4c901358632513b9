using System.CommandLine;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Keeps committed outputs (reports, baselines) from being replaced by a run that could not read its input: a
/// mistyped corpus path must not turn the reports into "0 documents" versions. With no document read nothing is
/// written; with an input error, files that exist stay as they were unless the user passes <c>--force</c>; files
/// that do not exist yet are written, since nothing is lost.
/// </summary>
internal static class OutputGuard
{
    public static Option<bool> CreateForceOption() => new("--force")
    {
        Description = "Write the outputs even when some input could not be read. By default an input error leaves existing reports and baselines as they were.",
    };

    /// <summary>Whether the outputs may be written; when not, says why on standard error.</summary>
    /// <param name="io">Where to say it.</param>
    /// <param name="documentsRead">Documents the run read.</param>
    /// <param name="inputErrors">Whether the run reported an input error (already printed).</param>
    /// <param name="force">Whether the user asked to write anyway.</param>
    /// <param name="targets">The files the run would replace.</param>
    public static bool MayWrite(CliIo io, int documentsRead, bool inputErrors, bool force, IEnumerable<string> targets)
    {
        if (documentsRead == 0)
        {
            io.Stderr.WriteLine("error: no document could be read; nothing written.");
            return false;
        }

        if (!inputErrors || force)
        {
            return true;
        }

        var existing = targets.Where(File.Exists).ToList();
        if (existing.Count == 0)
        {
            return true;
        }

        io.Stderr.WriteLine($"error: {string.Join(", ", existing)} not replaced because of the errors above; fix them, or pass --force to write anyway.");
        return false;
    }
}
