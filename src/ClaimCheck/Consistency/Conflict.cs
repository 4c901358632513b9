namespace ClaimCheck.Consistency;

/// <summary>Two claims of a group whose figures cannot both be true at the same time.</summary>
/// <param name="LeftClaimId">The earlier claim (by <c>asOf</c>, then position).</param>
/// <param name="RightClaimId">The later claim.</param>
/// <param name="Reason">Why they conflict, in one sentence: <c>"more than 40" (…) means more than 40 but "up to 30" (…) means up to 30: both cannot be true at the same time.</c></param>
public sealed record Conflict(string LeftClaimId, string RightClaimId, string Reason)
{
    /// <summary>The reason as its parts, when the analysis found the conflict; <see cref="_reason"/> when someone wrote it.</summary>
    private readonly ConflictWording? _wording;

    private readonly string? _reason = Reason;

    /// <summary>A conflict the analysis found: its reason is written from <paramref name="wording"/> each time it is read.</summary>
    internal Conflict(string leftClaimId, string rightClaimId, ConflictWording wording)
        : this(leftClaimId, rightClaimId, (string)null!) => _wording = wording;

    /// <summary>
    /// Written when read, not held: discrepancy groups list every conflicting pair, and at a million claims the
    /// half million sentences were 190 MB of the analysis; their parts are shared strings and claims.
    /// </summary>
    public string Reason
    {
        get => _reason ?? _wording!.ToString();
        init => (_reason, _wording) = (value, null);
    }

    /// <summary>Equal when the ids and the reason read the same, however the reason is held.</summary>
    public bool Equals(Conflict? other) =>
        other is not null && LeftClaimId == other.LeftClaimId && RightClaimId == other.RightClaimId && Reason == other.Reason;

    /// <summary>A hash of the two claims and the reason, as <see cref="Equals(Conflict?)"/> compares them.</summary>
    public override int GetHashCode() => HashCode.Combine(LeftClaimId, RightClaimId, Reason);
}
