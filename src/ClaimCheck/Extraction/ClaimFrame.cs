using ClaimCheck.Vocabulary;

namespace ClaimCheck.Extraction;

/// <summary>
/// What a sentence says about one of its figures, beyond the unit: the class of its predicate, whether it is
/// actual, planned or a capacity, whether it is denied, what it is about, and which things it calls new or old.
/// Two figures that count the same noun are one quantity only when their frames agree: <c>hired 300</c> is not
/// <c>cut 300 jobs</c>, <c>handled 610,000 passengers</c> is not <c>a terminal designed for 1 million passengers</c>.
/// </summary>
/// <param name="Predicate">The class of the predicate that governs the figure; <see cref="Vocabulary.Predicate.None"/> when no telling word governs it.</param>
/// <param name="PredicateWord">The word that set <paramref name="Predicate"/>, lower case, as written (for explanations).</param>
/// <param name="Modality">Actual, planned or potential.</param>
/// <param name="Negated">Whether the clause denies the figure: <c>there is no $2 billion gap</c>.</param>
/// <param name="About">The common noun heading the phrase the figure is about (<c>warehouse</c> in <c>a parts warehouse on the site,
/// employing 150 people</c>), lower case; null when it is a name, a pronoun or not found.</param>
/// <param name="Ages">Nouns the sentence calls new (true) or old (false): <c>the new terminal</c>, <c>the present terminal</c>.</param>
internal sealed record ClaimFrame(Predicate Predicate, string? PredicateWord, Modality Modality, bool Negated, string? About, IReadOnlyList<(string Noun, bool IsNew)> Ages)
{
    /// <summary>A frame with nothing known.</summary>
    public static ClaimFrame Unknown { get; } = new(Predicate.None, null, Modality.Actual, false, null, []);

    /// <summary>The verb that governs the figure, known to the vocabulary or not (<c>arrested</c> in <c>arrested 38 people</c>), lower case.</summary>
    public string? Governor { get; init; }
}
