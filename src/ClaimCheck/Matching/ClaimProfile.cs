using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>
/// A claim prepared once for matching, so no comparison repeats the work: its block key, what it counts, what is
/// said about it (its frame), its context terms, its time and the names of its sentence and its document.
/// </summary>
/// <param name="Claim">The claim.</param>
/// <param name="Index">Position in the analysed claim list (stable order).</param>
/// <param name="BlockKey">Kind, change-or-level and the unit's head noun (synonyms folded): claims are compared within a block, and generic nouns across blocks.</param>
/// <param name="Unit">The unit with synonyms folded, lower case.</param>
/// <param name="Terms">Content words of the sentence around the figure, as <see cref="Vocabulary"/> numbers, ascending.</param>
/// <param name="TotalWeight">Sum of the terms' weights (<see cref="ContextVocabulary.Weight"/>).</param>
/// <param name="Period">The claim's time.</param>
/// <param name="SentenceId">The same number for claims of one sentence of one document, to keep apart two figures of one sentence.</param>
/// <param name="Vocabulary">What the term numbers stand for.</param>
internal sealed record ClaimProfile(
    Claim Claim,
    int Index,
    string BlockKey,
    string Unit,
    int[] Terms,
    double TotalWeight,
    AsOfPeriod? Period,
    int SentenceId,
    ContextVocabulary Vocabulary)
{
    /// <summary>The terms written with a capital inside the sentence (places, people, organisations), ascending: a subset of <see cref="Terms"/>.</summary>
    public int[] Names { get; init; } = [];

    /// <summary>The names of the claim's document (its title and all its claims' sentences), ascending: what the document is about.</summary>
    public int[] Topic { get; init; } = [];

    /// <summary>What the unit counts.</summary>
    public UnitConcept Concept { get; init; } = UnitConcept.Of(string.Empty);

    /// <summary>How rare the unit is among the analysed claims, 0–1 like term weights: a rare unit shared says much.</summary>
    public double UnitRarity { get; init; }

    /// <summary>What the sentence says about the figure.</summary>
    public ClaimFrame Frame { get; init; } = ClaimFrame.Unknown;

    /// <summary>The frame's subject head, folded like units (<c>factory</c> → <c>plant</c>); null when unknown.</summary>
    public string? About { get; init; }

    /// <summary>Whether the figure is a change (<c>rose 5%</c>) rather than a level or a count of things added or removed.</summary>
    public bool IsChange { get; init; }

    /// <summary>The publication date of the claim's document, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// Whether the figure is history in its own document: its time ended long before the document was published
    /// (<c>in 1985 the works employed 14,000 people</c> in a 2016 article).
    /// </summary>
    public bool IsHistorical { get; init; }
}
