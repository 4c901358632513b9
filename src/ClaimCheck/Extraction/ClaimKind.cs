namespace ClaimCheck.Extraction;

/// <summary>The sort of quantity a claim states.</summary>
public enum ClaimKind
{
    /// <summary>A number of things: <c>30 countries</c>.</summary>
    Count,

    /// <summary>An amount of money with a currency: <c>1 billion manats</c>.</summary>
    Money,

    /// <summary>A percentage or percentage points.</summary>
    Percent,

    /// <summary>A multiple: <c>2.3 times</c>.</summary>
    Ratio,

    /// <summary>A length of time: <c>44 days</c>.</summary>
    Duration,

    /// <summary>A physical measure with a unit: <c>30 yards</c>, <c>5.2 litre</c>.</summary>
    Measure,

    /// <summary>A calendar date, year or period: <c>2024–2025</c>.</summary>
    Date,
}
