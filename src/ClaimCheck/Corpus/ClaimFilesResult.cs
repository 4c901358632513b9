using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Corpus;

/// <summary>What <see cref="ClaimFiles.Read"/> found: documents (in first-seen order), claims (each id once), problems, and how many files were read.</summary>
public sealed record ClaimFilesResult(IReadOnlyList<DocumentSummary> Documents, IReadOnlyList<Claim> Claims, IReadOnlyList<Diagnostic> Diagnostics, int Files);
