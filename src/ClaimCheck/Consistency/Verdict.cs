namespace ClaimCheck.Consistency;

/// <summary>What a group of claims about the same thing says about its figure.</summary>
public enum Verdict
{
    /// <summary>Incompatible figures for the same time. Reported first.</summary>
    Discrepancy,

    /// <summary>Different figures at different times, each compatible within its own time.</summary>
    Change,

    /// <summary>All figures compatible.</summary>
    Agreement,

    /// <summary>Only one independent source states it.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The contract calls this verdict 'single'.")]
    Single,
}
