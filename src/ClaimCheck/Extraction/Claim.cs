using System.Text.Json.Serialization;

namespace ClaimCheck.Extraction;

/// <summary>
/// One quantitative statement found in a document: schema version 1 of the claim contract
/// (see <c>docs/claim-schema.md</c>).
/// </summary>
/// <param name="Id">Stable id: a hash of the document id, the sentence text, the claim text and its occurrence, so it survives edits elsewhere in the document.</param>
/// <param name="DocumentId">The <see cref="Documents.Document.Id"/> the claim comes from.</param>
/// <param name="Text">The surface span, e.g. <c>more than 1,000 types of military products</c>.</param>
/// <param name="Sentence">The sentence the claim was found in.</param>
/// <param name="Start">Offset of <see cref="Text"/> in the document text.</param>
/// <param name="End">End offset (exclusive) of <see cref="Text"/> in the document text.</param>
/// <param name="Kind">What sort of quantity it is.</param>
/// <param name="Value">The number; the low end for ranges; null only for dates.</param>
/// <param name="Low">Low end of a range or vague amount, else null.</param>
/// <param name="High">High end of a range or vague amount, else null.</param>
/// <param name="Qualifier">How the value is qualified.</param>
/// <param name="Unit">What is counted or measured, lower-case singular (<c>country</c>, <c>percent</c>, <c>dollar</c>); null when unknown.</param>
/// <param name="Date">ISO date (<c>YYYY[-MM[-DD]]</c>) for date claims, else null.</param>
/// <param name="AsOf">The date or period the figure refers to: the explicit time reference, else the publication date.</param>
/// <param name="Speaker">Who is quoted as saying it, when attributed.</param>
/// <param name="Classifier">A classifier noun looked through to find the unit (<c>type</c> in <c>1,000 types of military products</c>), else null.</param>
public sealed record Claim(
    string Id,
    string DocumentId,
    string Text,
    string Sentence,
    int Start,
    int End,
    ClaimKind Kind,
    double? Value,
    double? Low,
    double? High,
    [property: JsonPropertyOrder(1)] Qualifier Qualifier,
    [property: JsonPropertyOrder(1)] string? Unit,
    [property: JsonPropertyOrder(1)] string? Date,
    [property: JsonPropertyOrder(1)] string? AsOf,
    [property: JsonPropertyOrder(1)] string? Speaker,
    [property: JsonPropertyOrder(1)] string? Classifier = null)
{
    // A nullable double takes 16 bytes, a double 8: with NaN standing for null (no figure is NaN), a million
    // figures and their dates held for analysis take 48 MB less. The properties declared here come after the
    // positional ones, so the contract's field order is kept by ordering those after them (JsonPropertyOrder 1).
    private readonly double _value = Value ?? double.NaN;
    private readonly double _low = Low ?? double.NaN;
    private readonly double _high = High ?? double.NaN;

    /// <summary>
    /// Whether the sentence denies the figure (<c>there is no $2 billion gap</c>): a denied figure is never the same claim as
    /// the figure stated.
    /// </summary>
    [JsonPropertyOrder(2)]
    public bool Negated { get; init; }

    /// <summary>The number; the low end for ranges; null only for dates.</summary>
    public double? Value { get => Nullable(_value); init => _value = value ?? double.NaN; }

    /// <summary>Low end of a range or vague amount, else null.</summary>
    public double? Low { get => Nullable(_low); init => _low = value ?? double.NaN; }

    /// <summary>High end of a range or vague amount, else null.</summary>
    public double? High { get => Nullable(_high); init => _high = value ?? double.NaN; }

    private static double? Nullable(double stored) => double.IsNaN(stored) ? null : stored;
}
