namespace ClaimCheck.Extraction;

/// <summary>Whether a figure states what is, what is planned, or what could be.</summary>
internal enum Modality
{
    /// <summary>What happened or is: <c>handled 610,000 passengers</c>.</summary>
    Actual,

    /// <summary>Announced, planned, wanted or forecast: <c>will hire 600</c>, <c>plans to create 600 jobs</c>, <c>Korvel to cut 450 jobs</c>.</summary>
    Planned,

    /// <summary>What something is built or able to take: <c>designed for 1 million passengers</c>, <c>will handle 1.5 million passengers a year</c>.</summary>
    Potential,
}
