namespace ClaimCheck.Comparison;

/// <summary>What a run of a word diff is.</summary>
public enum TextSegmentKind
{
    /// <summary>In both versions.</summary>
    Equal,

    /// <summary>Only in the new version.</summary>
    Inserted,

    /// <summary>Only in the old version.</summary>
    Deleted,
}
