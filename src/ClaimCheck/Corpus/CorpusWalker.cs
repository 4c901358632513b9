using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.IO;

namespace ClaimCheck.Corpus;

/// <summary>
/// Lists the supported files under a corpus folder, recursively and in ordinal order of their relative paths.
/// Hidden files and folders (<c>.git</c>, <c>.claimcheck</c>) are skipped; symbolic links to folders are
/// followed once, so a link back up the tree cannot loop.
/// </summary>
internal static class CorpusWalker
{
    // Deeper than this is a link structure gone wrong, not a corpus.
    private const int MaxDepth = 64;

    public static IReadOnlyList<CorpusFile> Walk(string folder, string displayFolder, ICollection<Diagnostic> diagnostics)
    {
        var root = new DirectoryInfo(folder);
        var files = new List<CorpusFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath(root) ?? root.FullName };
        WalkFolder(root, visited.First(), string.Empty, 0, visited, files, displayFolder, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    public static bool IsSupported(string path) => CorpusFormats.Of(path) != CorpusFormat.Unsupported;

    private static void WalkFolder(
        DirectoryInfo folder,
        string realPath,
        string relative,
        int depth,
        HashSet<string> visited,
        List<CorpusFile> files,
        string displayFolder,
        ICollection<Diagnostic> diagnostics)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, Display(displayFolder, relative), null, $"cannot read folder: {e.Message} Check that you may read it."));
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var childRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;

            // Attributes are -1 when the entry could not be examined, which also sets the Hidden flag: warn, not skip silently.
            if (!entry.Name.StartsWith('.') && (int)entry.Attributes == -1)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, Display(displayFolder, childRelative), null, Unexaminable(Path.Join(folder.FullName, entry.Name), entry is DirectoryInfo)));
                continue;
            }

            if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden))
            {
                continue;
            }

            if (entry is FileInfo file)
            {
                if (file.LinkTarget is not null && !LinkTargetExists(file))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, Display(displayFolder, childRelative), null, "broken symbolic link skipped; fix or remove the link."));
                }
                else if (IsSupported(file.Name) && FileKind.NotRegular(file.FullName) is { } kind)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, Display(displayFolder, childRelative), null, FileKind.SkippedDocument(kind)));
                }
                else if (IsSupported(file.Name))
                {
                    files.Add(new CorpusFile(file.FullName, childRelative));
                }

                continue;
            }

            var child = (DirectoryInfo)entry;
            var childReal = child.LinkTarget is null ? Path.Join(realPath, child.Name) : RealPath(child);
            if (childReal is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, Display(displayFolder, childRelative), null, "broken symbolic link skipped; fix or remove the link."));
            }
            else if (depth >= MaxDepth)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    Display(displayFolder, childRelative),
                    null,
                    $"folder more than {MaxDepth} levels below the corpus folder; skipped with everything in it. Name it, or a folder above it, as a corpus path of its own to read it."));
            }
            else if (!visited.Add(childReal))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    Display(displayFolder, childRelative),
                    null,
                    "symbolic link to a folder already read (a loop or a duplicate); skipped, its files are read once."));
            }
            else
            {
                WalkFolder(child, childReal, childRelative, depth + 1, visited, files, displayFolder, diagnostics);
            }
        }
    }

    /// <summary>Why an entry the folder lists cannot be looked at: its path is too long to open, or it went away meanwhile.</summary>
    private static string Unexaminable(string fullPath, bool isFolder)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(fullPath) + 1; // the system counts the closing NUL
        var limit = OperatingSystem.IsLinux() ? 4096 : OperatingSystem.IsWindows() ? 32767 : 1024;
        return bytes > limit
            ? string.Create(CultureInfo.InvariantCulture, $"path of {bytes - 1:N0} bytes, longer than the system can open ({limit - 1:N0} at most); skipped{(isFolder ? " with everything in it" : string.Empty)}. Move the corpus nearer the root, or shorten folder and file names.")
            : "could not be examined (removed or renamed while the corpus was read?); skipped. Run again once it is in place.";
    }

    /// <summary>The folder's path with a symbolic link resolved to its final target; null when the target is missing.</summary>
    private static string? RealPath(DirectoryInfo folder)
    {
        try
        {
            if (folder.LinkTarget is null)
            {
                return Path.TrimEndingDirectorySeparator(folder.FullName);
            }

            var target = folder.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? Path.TrimEndingDirectorySeparator(target.FullName) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    // File.Exists is true for a dangling link (it falls back to the link itself), so resolve the target.
    private static bool LinkTargetExists(FileInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true };
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Display(string displayFolder, string relative) =>
        relative.Length == 0 ? displayFolder : Path.Join(displayFolder, relative);
}
