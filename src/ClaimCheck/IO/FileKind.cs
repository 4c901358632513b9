using System.Runtime.InteropServices;

namespace ClaimCheck.IO;

/// <summary>
/// Tells regular files from named pipes (FIFOs), sockets and devices, which are never opened: opening a FIFO waits
/// until something writes to it, which may be never, and a device such as <c>/dev/zero</c> never ends. .NET reports
/// all of them as files, so on Linux the type comes from <c>statx(2)</c>. Where that is not available (other Unix
/// systems), a file whose size is 0, as every FIFO, socket and character device reports, is not opened either: it
/// would give no text anyway. Windows keeps pipes and devices out of folders, so there every file is regular.
/// </summary>
internal static class FileKind
{
    private const int AtCurrentFolder = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;
    private const int NoSuchSystemCall = 38; // ENOSYS: a kernel older than 4.11
    private const int NotPermitted = 1; // EPERM: a sandbox that filters statx

    // Cleared when statx turns out to be missing, so the size rule is used from then on.
    private static volatile bool statxWorks = OperatingSystem.IsLinux();

    /// <summary>
    /// Why the file at <paramref name="path"/> must not be opened, as a clause to start a message with
    /// ("a named pipe (FIFO), not a regular file"); null for a regular file, a folder or a path that does not exist
    /// (opening it then fails, or is refused, by itself). Symbolic links are followed.
    /// </summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        if (statxWorks && TypeBits(path) is { } type)
        {
            return type switch
            {
                0x8000 or 0x4000 => null, // regular file, folder
                0x1000 => "a named pipe (FIFO), not a regular file",
                0x2000 => "a character device, not a regular file",
                0x6000 => "a block device, not a regular file",
                0xC000 => "a socket, not a regular file",
                _ => "not a regular file",
            };
        }

        if (statxWorks)
        {
            return null; // statx failed for this path (missing, unreadable): opening it fails by itself
        }

        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == 0 ? "empty, or a named pipe, socket or device rather than a regular file" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The warning for a corpus document that is not a regular file, after the clause <see cref="NotRegular"/> gave.</summary>
    public static string SkippedDocument(string kind) =>
        $"{kind}; skipped, as reading it could wait forever. Only regular files are read: replace it with one, or pipe the text into '-' (standard input).";

    /// <summary>The file type bits of the mode (<c>S_IFMT</c>), or null when statx cannot say.</summary>
    private static int? TypeBits(string path)
    {
        var buffer = new byte[StatxSize];
        try
        {
            if (Statx(AtCurrentFolder, NulTerminated(path), 0, StatxType, buffer) != 0)
            {
                if (Marshal.GetLastPInvokeError() is NoSuchSystemCall or NotPermitted)
                {
                    statxWorks = false;
                }

                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            statxWorks = false; // a C library without statx (glibc before 2.28, older musl)
            return null;
        }

        if ((BitConverter.ToUInt32(buffer, 0) & StatxType) == 0)
        {
            return null;
        }

        return BitConverter.ToUInt16(buffer, StatxModeOffset) & 0xF000;
    }

    // The path as the C library takes it: UTF-8 bytes ending in NUL (passed as bytes, so no string marshalling is involved).
    private static byte[] NulTerminated(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    // struct statx has one layout on every Linux architecture, unlike struct stat, so its mode is at a fixed offset.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int folder, byte[] path, int flags, uint mask, [Out] byte[] buffer);
}
