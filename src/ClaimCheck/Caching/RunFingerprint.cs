using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.IO;

namespace ClaimCheck.Caching;

/// <summary>
/// A hash of everything an analysis reads: the bytes of every corpus file the loader would read (found by the same
/// walk), the manifests, the decisions file, the options that shape the output, and the ClaimCheck build. Equal
/// fingerprints mean an analysis would write the same reports again.
/// </summary>
public static class RunFingerprint
{
    /// <summary>The fingerprint, or null when the input cannot be fingerprinted (standard input).</summary>
    /// <param name="corpusPaths">The corpus paths, as given to the loader.</param>
    /// <param name="decisionsPath">The decisions file the run applies (it need not exist).</param>
    /// <param name="options">Everything else that changes the output, in one string (formats, output paths, limits).</param>
    /// <param name="maxDocumentSize">Files larger than this are skipped by the loader, so only their size and time are hashed, never their content.</param>
    public static string? Of(IEnumerable<string> corpusPaths, string? decisionsPath, string options, long maxDocumentSize = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(corpusPaths);
        using var hash = new ContentHash();
        hash.Add(BuildIdentity.Current).Add(options);
        AddFile(hash, decisionsPath);
        foreach (var path in corpusPaths)
        {
            if (path == "-")
            {
                return null;
            }

            hash.Add(Path.GetFullPath(path));
            if (File.Exists(path))
            {
                AddFile(hash, Path.Join(Path.GetDirectoryName(Path.GetFullPath(path)), CorpusManifest.FileName));
                AddFile(hash, path, maxDocumentSize);
            }
            else if (Directory.Exists(path))
            {
                AddFile(hash, Path.Join(path, CorpusManifest.FileName));
                foreach (var file in CorpusWalker.Walk(path, path, new List<Diagnostic>()))
                {
                    hash.Add(file.RelativePath);
                    AddFile(hash, file.FullPath, maxDocumentSize);
                }
            }
            else
            {
                hash.Add("missing");
            }
        }

        return hash.Finish();
    }

    private static void AddFile(ContentHash hash, string? path, long maxDocumentSize = long.MaxValue)
    {
        try
        {
            if (path is null || !File.Exists(path))
            {
                hash.Add("absent");
                return;
            }

            if (FileKind.NotRegular(path) is { } kind)
            {
                hash.Add(kind); // never opened: the loader skips it too
                return;
            }

            var info = new FileInfo(path);
            if (info.Length > maxDocumentSize)
            {
                hash.Add("too large").Add(info.Length).Add(info.LastWriteTimeUtc.Ticks);
                return;
            }

            using var stream = File.OpenRead(path);
            hash.Add(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            hash.Add(Guid.NewGuid().ToString()); // unreadable now: never equal to a past run, so the run reports it
        }
    }
}
