using ClaimCheck.Consistency;
using ClaimCheck.Extraction;

namespace ClaimCheck.Baseline;

/// <summary>A claim as a baseline keeps it: what it says, not where it is (offsets move with unrelated edits).</summary>
public sealed record BaselineClaim(
    string Id,
    string DocumentId,
    string Text,
    ClaimKind Kind,
    double? Value,
    double? Low,
    double? High,
    Qualifier Qualifier,
    string? Unit,
    string? AsOf,
    string Sentence)
{
    /// <summary>The baseline's record of <paramref name="claim"/>.</summary>
    public static BaselineClaim From(Claim claim) =>
        new(claim.Id, claim.DocumentId, claim.Text, claim.Kind, claim.Value, claim.Low, claim.High, claim.Qualifier, claim.Unit, claim.AsOf, claim.Sentence);

    /// <summary>The figure as people read it (<see cref="FigureText"/>): <c>more than 800 new weapons</c>.</summary>
    public string Figure => FigureText.Of(Qualifier, Value, Low, High, Kind, Unit, Consistency.Figure.IsBelowOnly(Text));
}
