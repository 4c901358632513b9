namespace ClaimCheck.Caching;

/// <summary>
/// Which build of ClaimCheck produced a cached result: the library's module version id, which the compiler derives
/// from the source (deterministic builds), so any change to the rules invalidates every cache and nothing else does.
/// </summary>
internal static class BuildIdentity
{
    public static string Current { get; } = typeof(BuildIdentity).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
