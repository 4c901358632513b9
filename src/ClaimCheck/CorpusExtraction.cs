using System.Collections.Immutable;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck;

/// <summary>The documents of a corpus and their claims, with what went wrong on the way.</summary>
/// <param name="Paths">The corpus files and folders read.</param>
/// <param name="Documents">The documents, in corpus order.</param>
/// <param name="Claims">Their claims, document by document.</param>
/// <param name="Diagnostics">Errors and warnings of loading and extraction; an error means some input was not read.</param>
public sealed record CorpusExtraction(IReadOnlyList<string> Paths, IReadOnlyList<Document> Documents, IReadOnlyList<Claim> Claims, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The manifests read, for stages that read their own sections.</summary>
    public IReadOnlyList<CorpusManifest> Manifests { get; init; } = [];

    /// <summary>Whether some input could not be read.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
