namespace ClaimCheck.Comparison;

/// <summary>The report formats of a comparison the library writes (the terminal view belongs to the command line).</summary>
public enum ComparisonFormat
{
    /// <summary>GitHub-flavoured Markdown.</summary>
    Markdown,

    /// <summary>One self-contained HTML page.</summary>
    Html,

    /// <summary>JSON, schema version 1 (<c>docs/diff-schema.md</c>).</summary>
    Json,
}
