using System.Collections.Frozen;

namespace ClaimCheck.Matching;

/// <summary>
/// What a unit counts, for matching: the folded unit (<see cref="UnitSynonyms"/>) without a yearly rate (<c>passengers a
/// year</c> and <c>passengers in 2015</c> both count a year's passengers), its head noun, the words that narrow it
/// (<c>volunteer</c> in <c>volunteer rangers</c>), and whether it is a generic noun (<c>people</c>, <c>units</c>) that says
/// little about what is counted.
/// </summary>
/// <param name="Unit">The folded unit without a yearly rate.</param>
/// <param name="Head">Its head noun.</param>
/// <param name="Modifiers">Its other words, sorted (neutral adjectives were dropped by folding).</param>
/// <param name="Generic">Whether the head is a generic noun of people or of things.</param>
/// <param name="PersonLike">Whether the head names people (<c>passengers</c>, <c>workers</c>), so that <c>people</c> may stand for it.</param>
internal sealed record UnitConcept(string Unit, string Head, string[] Modifiers, GenericNoun Generic, bool PersonLike)
{
    private static readonly FrozenSet<string> PeopleWords = FrozenSet.Create(StringComparer.Ordinal, "people", "person", "persons", "individual");

    private static readonly FrozenSet<string> ThingWords = FrozenSet.Create(StringComparer.Ordinal, "unit", "item", "piece", "thing");

    /// <summary>Nouns of people that no suffix gives away.</summary>
    private static readonly FrozenSet<string> People = FrozenSet.Create(
        StringComparer.Ordinal, "people", "employee", "staff", "passenger", "visitor", "child", "adult", "patient", "student", "pupil",
        "guest", "fan", "spectator", "soldier", "refugee", "migrant", "voter", "customer", "client", "member", "tourist", "resident",
        "citizen", "family", "household", "victim", "casualty", "crew", "nurse", "doctor", "pilot", "ranger", "guide", "volunteer",
        "staffer", "official", "delegate", "representative", "athlete", "player", "woman", "man", "girl", "boy", "baby", "pensioner",
        "civilian", "prisoner", "inmate", "graduate", "candidate", "applicant", "recruit", "trainee", "apprentice", "guard", "police",
        "officer", "teacher", "worker", "personnel", "troop");

    private static readonly string[] PersonSuffixes = ["er", "or", "ist", "ee", "ant", "ent", "ian", "man", "men", "ess"];

    /// <summary>Yearly rates written after the unit: they do not change what is counted in a year.</summary>
    private static readonly string[] YearlyRates = [" per year", " a year", " per annum", " annually"];

    /// <summary>The concept of a folded unit; <paramref name="span"/> for a length of time, whose unit (<c>years</c>) says nothing of what lasted.</summary>
    public static UnitConcept Of(string folded, bool span = false)
    {
        var unit = folded;
        foreach (var rate in YearlyRates)
        {
            if (unit.EndsWith(rate, StringComparison.Ordinal))
            {
                unit = unit[..^rate.Length];
                break;
            }
        }

        var head = UnitSynonyms.Head(unit);
        var modifiers = unit.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != head && w is not ("of" or "per")).Order(StringComparer.Ordinal).ToArray();
        // A unit that is only a frame ("a 60,000-capacity site") names nothing that is counted.
        var generic = span ? GenericNoun.Span
            : head.Length == 0 || Vocabulary.PredicateWords.FrameNouns.ContainsKey(head) ? GenericNoun.Unnamed : PeopleWords.Contains(head) ? GenericNoun.People : ThingWords.Contains(head) ? GenericNoun.Things : GenericNoun.None;
        return new UnitConcept(unit, head, modifiers, generic, generic == GenericNoun.People || IsPersonNoun(head));
    }

    private static bool IsPersonNoun(string head) =>
        People.Contains(head) || (head.Length > 4 && PersonSuffixes.Any(s => head.EndsWith(s, StringComparison.Ordinal)));

    /// <summary>
    /// Whether a generic noun can stand for the other unit: <c>people</c> for any noun of people, <c>units</c> for any noun
    /// of things, and each for itself.
    /// </summary>
    public bool CanStandFor(UnitConcept other) =>
        Generic switch
        {
            GenericNoun.People => other.PersonLike,
            GenericNoun.Things => !other.PersonLike || other.Generic == GenericNoun.Things,
            GenericNoun.Unnamed => true,
            _ => false,
        };
}

/// <summary>Which generic noun a unit is, if any.</summary>
internal enum GenericNoun
{
    /// <summary>A noun that names what is counted.</summary>
    None,

    /// <summary><c>people</c>, <c>persons</c>, <c>individuals</c>.</summary>
    People,

    /// <summary><c>units</c>, <c>items</c>, <c>pieces</c>.</summary>
    Things,

    /// <summary>No unit at all: a bare figure (<c>hits a record 610,000</c>) may count anything of its kind.</summary>
    Unnamed,

    /// <summary>A length of time: <c>30 years</c> may be how long anything lasted.</summary>
    Span,
}
