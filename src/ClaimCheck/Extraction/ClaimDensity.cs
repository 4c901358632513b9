using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;

namespace ClaimCheck.Extraction;

/// <summary>
/// The most claims one document yields: at least <see cref="Floor"/>, and one per <see cref="CharactersPerClaim"/>
/// characters of a longer text. News prose is sparser: one claim (dates included) per 75 characters in the NewsQuant
/// benchmark's sentences, chosen for their figures and read as one text, one per 96 to 500 in the benchmark corpora; only
/// single sentences reach one per 17. Meanwhile a text made to be nothing but figures (<c>$1 $1 $1 ...</c>, a
/// dumped table) reaches one per three. Every claim costs memory and report space in every later stage, so without a
/// bound a single document at the size limit could take more memory than the machine has; with it, what a document
/// costs is proportional to its length (<c>docs/robustness.md</c>).
/// </summary>
public static class ClaimDensity
{
    /// <summary>Claims any document may yield, however short.</summary>
    public const int Floor = 1_000;

    /// <summary>Characters of text per claim allowed beyond <see cref="Floor"/>.</summary>
    public const int CharactersPerClaim = 24;

    /// <summary>The most claims a text of <paramref name="length"/> characters yields.</summary>
    public static int Limit(int length) => Math.Max(Floor, length / CharactersPerClaim);

    /// <summary>
    /// A warning for each document whose claims reached its <see cref="Limit"/>: the extractor stopped there, so the figures
    /// after that point were not read. <paramref name="claims"/> are the corpus's claims, as extracted.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Warnings(IReadOnlyList<Document> documents, IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(claims);
        var counts = claims.CountBy(c => c.DocumentId).ToDictionary(StringComparer.Ordinal);
        var warnings = new List<Diagnostic>();
        foreach (var document in documents)
        {
            var limit = Limit(document.Text.Length);
            if (counts.TryGetValue(document.Id, out var count) && count >= limit)
            {
                warnings.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    document.Path,
                    null,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"figures far denser than any prose (one or more per {CharactersPerClaim} characters); only the first {limit:N0} were read as claims. A table or a list of numbers is not claims to compare: remove it from the document to read the rest.")));
            }
        }

        return warnings;
    }
}
