namespace ClaimCheck.Caching;

/// <summary>A file a run wrote, with the SHA-256 of its content, to tell whether it is still as written.</summary>
public sealed record RunOutput(string Path, string Sha256);
