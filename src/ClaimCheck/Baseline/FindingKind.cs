namespace ClaimCheck.Baseline;

/// <summary>What <c>claimcheck check</c> can find when it compares a corpus with its baseline; names as in <c>--fail-on</c>.</summary>
public enum FindingKind
{
    /// <summary>A group is a discrepancy now and was not before (or did not exist).</summary>
    NewDiscrepancy,

    /// <summary>The same claim now states a different figure: value, range, qualifier or unit.</summary>
    ChangedValue,

    /// <summary>A figure the baseline does not have.</summary>
    NewClaim,

    /// <summary>A figure of the baseline that is gone.</summary>
    RemovedClaim,

    /// <summary>A group's verdict changed in another way (reported, never a failure on its own).</summary>
    VerdictChanged,

    /// <summary>A document of the baseline is gone: deleted, unreadable, or changed beyond recognition under another name.</summary>
    RemovedDocument,

    /// <summary>A document's publication date changed: every figure in it now refers to another time.</summary>
    ChangedDate,

    /// <summary>A document was renamed or moved; its figures are compared with its old self (reported, never a failure on its own).</summary>
    MovedDocument,
}
