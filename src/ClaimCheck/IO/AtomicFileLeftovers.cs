using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ClaimCheck.IO;

/// <summary>
/// The hidden temporary files of <see cref="AtomicFile"/>: their name, and removing those an interrupted write left
/// (the process was killed, the machine lost power). Only files of exactly this naming are touched, and only when no
/// process holds them (a writer keeps its temporary file open exclusively from creating it until just before the
/// rename) and nothing has written to them for a few seconds (the moments between creating and locking, or closing
/// and renaming, are far shorter). Links, folders and anything else are left alone. Each folder is cleaned once per
/// process, at its first write.
/// </summary>
internal static partial class AtomicFileLeftovers
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);

    // When .NET is told not to lock files, a held file looks free; only a long silence then shows its writer is gone.
    private static readonly TimeSpan QuietWithoutLocks = TimeSpan.FromHours(1);

    private static readonly ConcurrentDictionary<string, bool> Cleaned = new(StringComparer.Ordinal);

    /// <summary>A new temporary file beside <paramref name="target"/>: hidden, and named after it for whoever finds one after a crash.</summary>
    public static string TemporaryPath(string folder, string target) =>
        Path.Join(folder, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");

    /// <summary>Removes the leftovers in <paramref name="folder"/>, the first time it is written to; never throws.</summary>
    public static void RemoveFrom(string folder)
    {
        if (!Cleaned.TryAdd(folder, true))
        {
            return;
        }

        try
        {
            var quiet = LockingDisabled() ? QuietWithoutLocks : Quiet;
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles(".*.tmp"))
            {
                if (TemporaryName().IsMatch(file.Name) && file.LinkTarget is null && DateTime.UtcNow - file.LastWriteTimeUtc > quiet)
                {
                    TryRemove(file.FullName);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy: the write itself must not fail over it.
        }
    }

    /// <summary>Deletes the file if no one holds it: opening it exclusively fails while its writer is alive.</summary>
    private static void TryRemove(string path)
    {
        if (FileKind.NotRegular(path) is not null)
        {
            return;
        }

        try
        {
            using var claim = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Held by a live writer, or not ours to remove: leave it.
        }
    }

    private static bool LockingDisabled() =>
        (AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var disabled) && disabled)
        || Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING") is "1" or "true";

    // Path.GetRandomFileName gives eight and three characters of a-z and 0-5.
    [GeneratedRegex(@"^\..+\.[a-z0-5]{8}\.[a-z0-5]{3}\.tmp$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TemporaryName();
}
