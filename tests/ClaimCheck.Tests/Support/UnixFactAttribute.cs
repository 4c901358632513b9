namespace ClaimCheck.Tests.Support;

/// <summary>A test of something only Unix file systems have (named pipes, devices in folders, 4,096-byte paths): skipped on Windows, saying why.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix-only test skipped on Windows: named pipes, devices and path limits there are not files in a folder.";
        }
    }
}
