namespace ClaimCheck.Documents;

/// <summary>Where a document's publication date came from, in order of precedence.</summary>
public enum DateSource
{
    /// <summary>No date could be found.</summary>
    None,

    /// <summary>The corpus manifest (<c>claimcheck.yaml</c>) or a jsonl <c>published</c> field.</summary>
    Manifest,

    /// <summary>
    /// Metadata embedded in the file: YAML front matter of a Markdown file, or an HTML page's meta tags
    /// (<c>article:published_time</c> and the like, or a <c>&lt;time datetime&gt;</c>).
    /// </summary>
    FrontMatter,

    /// <summary>Inferred from the text itself.</summary>
    Inferred,
}
