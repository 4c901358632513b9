using ClaimCheck.Consistency;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Reporting;

/// <summary>
/// Look-ups every report needs over one <see cref="AnalysisResult"/>: claims and documents by id, and the group of each claim.
/// Tolerates an inconsistent result (an id that names nothing is skipped, a repeated id keeps its first entry) rather than failing a report.
/// </summary>
internal sealed class ReportIndex
{
    private readonly Dictionary<string, Claim> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentSummary> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClaimGroup> _groupOfClaim = new(StringComparer.Ordinal);

    public ReportIndex(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
        foreach (var claim in result.Claims)
        {
            _claims.TryAdd(claim.Id, claim);
        }

        foreach (var document in result.Documents)
        {
            _documents.TryAdd(document.Id, document);
        }

        foreach (var group in result.Groups)
        {
            foreach (var id in group.ClaimIds)
            {
                _groupOfClaim.TryAdd(id, group);
            }
        }
    }

    public AnalysisResult Result { get; }

    /// <summary>Where each claim's figure lies in its sentence, worked out once per sentence for the whole report.</summary>
    public SentenceHighlight Highlight => _highlight ??= new SentenceHighlight(Result.Claims);

    private SentenceHighlight? _highlight;

    public Claim? Claim(string id) => _claims.GetValueOrDefault(id);

    public DocumentSummary? Document(string id) => _documents.GetValueOrDefault(id);

    public ClaimGroup? GroupOf(string claimId) => _groupOfClaim.GetValueOrDefault(claimId);

    /// <summary>The group's members in the group's order, with their claims; members whose claim is unknown are left out.</summary>
    public IReadOnlyList<(GroupMember Member, Claim Claim)> Members(ClaimGroup group)
    {
        var members = new List<(GroupMember, Claim)>();
        var byId = new Dictionary<string, GroupMember>(StringComparer.Ordinal);
        foreach (var member in group.Members)
        {
            byId.TryAdd(member.ClaimId, member);
        }

        // ClaimIds carries the order (asOf, document, position); Members may list the same claims in any order.
        var ids = group.ClaimIds.Count > 0 ? group.ClaimIds : [.. group.Members.Select(m => m.ClaimId)];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id) || Claim(id) is not { } claim)
            {
                continue;
            }

            members.Add((byId.GetValueOrDefault(id) ?? new GroupMember(id, string.Empty, claim.AsOf, null), claim));
        }

        return members;
    }

    /// <summary>How many different documents the group's claims come from.</summary>
    public int DocumentCount(ClaimGroup group) =>
        Members(group).Select(m => m.Claim.DocumentId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Whether copies of one passage were counted as a single source in this group.</summary>
    public bool HasCopies(ClaimGroup group) =>
        group.Members.Any(m => m.RepeatOf is not null) || group.IndependentSources < DocumentCount(group);

    /// <summary>A document's name for people: its title, else its source, else its id.</summary>
    public string DocumentName(string documentId) =>
        Document(documentId) is { } document ? document.Title ?? document.Source ?? document.Id : documentId;

    /// <summary>A short name for a document (<see cref="DocumentSummary.ShortName"/>): its outlet, else its title, else its file.</summary>
    public string ShortName(string documentId) => Document(documentId)?.ShortName() ?? documentId;

    /// <summary>The file a document was read from, else its id.</summary>
    public string FileName(string documentId) => Document(documentId)?.FileName() ?? documentId;

    /// <summary>The document's outlet when it is known and differs from <see cref="DocumentName"/>.</summary>
    public string? DocumentOutlet(string documentId) =>
        Document(documentId) is { Title: not null, Source: { } source } document && !string.Equals(source, document.Title, StringComparison.Ordinal) ? source : null;

    /// <summary>The document's address when it is an absolute http or https URL, else null.</summary>
    public string? DocumentUrl(string documentId) => SafeUrl.Http(Document(documentId)?.Url);
}
