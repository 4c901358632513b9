using System.Text;

namespace ClaimCheck.IO;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never a half-written file: the text goes to a
/// temporary file in the same folder, is flushed to disk, then moved over the target. The folder is created if needed;
/// on failure the temporary file is removed and the target is left as it was; what a killed write leaves is removed by
/// the next write into the folder (<see cref="AtomicFileLeftovers"/>). UTF-8 without a byte order mark.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Replaces the file at <paramref name="path"/> with <paramref name="content"/> (UTF-8), atomically.</summary>
    public static void WriteAllText(string path, string content) =>
        Write(path, writer => writer.Write(content));

    /// <summary>Streams the content through <paramref name="write"/>, for outputs too large to build as one string.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"{path} has no folder.", nameof(path));
        Directory.CreateDirectory(folder);
        AtomicFileLeftovers.RemoveFrom(folder);

        // Same folder, so the final move is a rename on the same file system.
        var temp = AtomicFileLeftovers.TemporaryPath(folder, target);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            using (var writer = new StreamWriter(stream, Utf8))
            {
                writer.NewLine = "\n";
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the original error matters more.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort: the original error matters more.
        }
    }
}
