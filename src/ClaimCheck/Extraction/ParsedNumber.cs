namespace ClaimCheck.Extraction;

/// <summary>A number phrase found by <see cref="NumberParser"/>: which tokens it spans and what it is worth.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token (inclusive).</param>
/// <param name="Value">The value; for vague amounts the low end.</param>
/// <param name="Low">Low end of a vague amount (<c>hundreds of</c>), else null.</param>
/// <param name="High">High end of a vague amount, else null.</param>
/// <param name="Form">How it was written.</param>
/// <param name="HasScale">Whether a scale applied (<c>million</c>, <c>bn</c>), so a range's first half may borrow it.</param>
internal readonly record struct ParsedNumber(int First, int Last, double Value, double? Low, double? High, NumberForm Form, bool HasScale)
{
    public bool IsVague => Low is not null;
}

/// <summary>How a number was written.</summary>
internal enum NumberForm
{
    /// <summary>A plain integer of digits: <c>2019</c>, <c>13000</c>.</summary>
    Integer,

    /// <summary>Digits with thousands separators or decimals: <c>1,000</c>, <c>58.24</c>.</summary>
    FormattedDigits,

    /// <summary>Words: <c>twenty-two</c>, <c>a dozen</c>, <c>two-thirds</c>.</summary>
    Words,

    /// <summary>A vague plural: <c>hundreds of</c>.</summary>
    Vague,
}
