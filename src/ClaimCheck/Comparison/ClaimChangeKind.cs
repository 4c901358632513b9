namespace ClaimCheck.Comparison;

/// <summary>What happened to a claim between two versions of a text.</summary>
public enum ClaimChangeKind
{
    /// <summary>The same figure in both versions (the sentence around it may be reworded).</summary>
    Unchanged,

    /// <summary>The same claim with a different figure: value, range, qualifier, unit, classifier or date.</summary>
    Changed,

    /// <summary>Only in the new version.</summary>
    Added,

    /// <summary>Only in the old version.</summary>
    Removed,
}
