namespace ClaimCheck.Consistency;

/// <summary>What an analyst decided.</summary>
public enum ReviewAction
{
    /// <summary>The group and its verdict are right (<c>confirm</c>).</summary>
    Confirm,

    /// <summary>The first claim is not the same claim as the others: split it out of their group (<c>split</c>).</summary>
    Split,

    /// <summary>These claims are the same claim: put them in one group (<c>merge</c>).</summary>
    Merge,

    /// <summary>The extraction is wrong: leave this claim out of the analysis (<c>ignore</c>).</summary>
    Ignore,

    /// <summary>The verdict is wrong: use this one, for this reason (<c>override</c>).</summary>
    Override,
}
