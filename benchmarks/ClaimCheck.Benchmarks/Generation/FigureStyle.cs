namespace ClaimCheck.Benchmarks.Generation;

/// <summary>How a generated figure is written: the forms news text uses for each kind of quantity.</summary>
internal enum FigureStyle
{
    /// <summary>A count: <c>1,250</c>, <c>more than 800</c>, <c>twelve</c>.</summary>
    Count,

    /// <summary>A large count: <c>2.4 million</c>, <c>350,000</c>.</summary>
    Large,

    /// <summary>Money in millions: <c>$120 million</c>, <c>1.2 billion manats</c>.</summary>
    Money,

    /// <summary>A percentage: <c>7.5 percent</c>, <c>12%</c>.</summary>
    Percent,

    /// <summary>Days: <c>44 days</c>.</summary>
    Duration,
}
