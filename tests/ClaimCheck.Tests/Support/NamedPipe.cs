using System.Runtime.InteropServices;

namespace ClaimCheck.Tests.Support;

/// <summary>
/// Named pipes (FIFOs) for tests of what must never be opened. A call that opens one waits for a writer, so each call
/// under test runs with a deadline: past it, the pipes are opened at the other end and closed, which ends the wait,
/// and the test fails instead of hanging the run.
/// </summary>
internal static class NamedPipe
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    /// <summary>Makes a named pipe at <paramref name="path"/> (its folder must exist) and returns the path.</summary>
    public static string Create(string path)
    {
        if (MakeFifo(System.Text.Encoding.UTF8.GetBytes(path + "\0"), Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return path;
    }

    /// <summary>Runs <paramref name="action"/>; fails the test when it is still running at the deadline, releasing it first.</summary>
    public static T Within<T>(Func<T> action, params string[] pipes)
    {
        var task = Task.Run(action);
        if (task.Wait(Deadline))
        {
            return task.Result;
        }

        foreach (var pipe in pipes)
        {
            Release(pipe);
        }

        Assert.Fail($"still running after {Deadline.TotalSeconds:0} s: it opened a named pipe and waited for something to write to it.");
        return default!;
    }

    // On Linux, opening a FIFO for reading and writing never waits; it lets a reader blocked in open() go on, and
    // closing it gives that reader end of file.
    private static void Release(string pipe)
    {
        for (var i = 0; i < 20; i++)
        {
            try
            {
                using var stream = new FileStream(pipe, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
            catch (IOException)
            {
                return;
            }

            Thread.Sleep(50); // a reader may open the pipe again (a second read of the same file)
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MakeFifo(byte[] path, uint mode);
}
