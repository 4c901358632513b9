namespace ClaimCheck.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something was skipped or guessed; the run goes on.</summary>
    Warning,

    /// <summary>An input could not be used; the run goes on without it, and the CLI exits 2.</summary>
    Error,
}

/// <summary>
/// A problem with one input, reported instead of thrown so that one bad file does not stop a run.
/// </summary>
/// <param name="Severity">Warning or error.</param>
/// <param name="Path">The file (as given or relative to the corpus root) the problem is in.</param>
/// <param name="Line">1-based line number, when the problem has one.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Path, int? Line, string Message)
{
    /// <summary><c>path:line: message</c>, or <c>path: message</c> without a line.</summary>
    public override string ToString() =>
        Line is { } line ? $"{Path}:{line}: {Message}" : $"{Path}: {Message}";
}
