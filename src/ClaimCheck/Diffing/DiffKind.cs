namespace ClaimCheck.Diffing;

/// <summary>What a piece of a word diff is.</summary>
public enum DiffKind
{
    /// <summary>In both texts.</summary>
    Same,

    /// <summary>Only in the first text.</summary>
    Removed,

    /// <summary>Only in the second text.</summary>
    Added,
}
