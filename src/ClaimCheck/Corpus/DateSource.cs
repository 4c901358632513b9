namespace ClaimCheck.Corpus;

/// <summary>Where a document's publication date came from, in order of precedence.</summary>
public enum DateSource
{
    /// <summary>No date could be found.</summary>
    None,

    /// <summary>The corpus manifest (<c>claimcheck.yaml</c>) or a jsonl <c>published</c> field.</summary>
    Manifest,

    /// <summary>YAML front matter of a Markdown file.</summary>
    FrontMatter,

    /// <summary>Inferred from the text itself.</summary>
    Inferred,
}
