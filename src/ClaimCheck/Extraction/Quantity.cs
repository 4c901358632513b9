namespace ClaimCheck.Extraction;

/// <summary>A quantity recognised in a sentence, by token positions; <see cref="ClaimExtractor"/> turns it into a <see cref="Claim"/>.</summary>
internal sealed record Quantity(
    int First,
    int Last,
    ClaimKind Kind,
    double? Value,
    double? Low,
    double? High,
    Qualifier Qualifier,
    string? Unit,
    string? Classifier,
    string? Date,
    TimePeriod? Period);
