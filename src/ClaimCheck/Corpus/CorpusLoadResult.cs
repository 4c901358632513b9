using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;

namespace ClaimCheck.Corpus;

/// <summary>The documents of a corpus and the problems met loading it.</summary>
/// <param name="Documents">Documents in load order: paths as given, files of a folder in ordinal path order.</param>
/// <param name="Diagnostics">Problems, in the order met; an input with an error is left out, the rest still load.</param>
public sealed record CorpusLoadResult(IReadOnlyList<Document> Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The manifests read, one per corpus folder that has one, for stages that read their own sections.</summary>
    public IReadOnlyList<CorpusManifest> Manifests { get; init; } = [];

    /// <summary>Whether some input could not be read.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
