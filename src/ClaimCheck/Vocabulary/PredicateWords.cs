using System.Collections.Frozen;

namespace ClaimCheck.Vocabulary;

/// <summary>
/// The words that say what is said about a figure (<see cref="Predicate"/>), the light verbs that say nothing
/// about it, and the words of modality and negation. Verbs are listed once as lemmas; their inflected forms are
/// made here, irregular ones listed beside them.
/// </summary>
internal static class PredicateWords
{
    /// <summary>A predicate word: its class and, for phrasal verbs, the particle that must follow (<c>pass through</c>, <c>lay off</c>).</summary>
    /// <param name="Predicate">The class.</param>
    /// <param name="Particles">For phrasal verbs, the particles one of which must follow.</param>
    /// <param name="IsNoun">A noun that frames the figure after <c>of</c> or right after it.</param>
    /// <param name="FigureFirst">A verb that frames only a figure before it (<c>440 people work at</c>, not <c>working on 800 weapons</c>).</param>
    /// <param name="Adjacent">A common verb that frames only a figure right after it (<c>made 200,000 cars</c>).</param>
    internal readonly record struct Entry(Predicate Predicate, FrozenSet<string>? Particles, bool IsNoun = false, bool FigureFirst = false, bool Adjacent = false);

    /// <summary>Verbs whose figure is their subject: <c>440 people now work on the site</c>, <c>1.3 million visitors came to the park</c>.</summary>
    private static readonly FrozenSet<string> FigureFirstLemmas = FrozenSet.Create(StringComparer.Ordinal, "work", "come", "go");

    /// <summary>Verbs too common to frame a figure unless it is their object right after them: <c>made 200,000 cars</c>, not <c>47,000 people made the trip</c>.</summary>
    private static readonly FrozenSet<string> AdjacentLemmas = FrozenSet.Create(StringComparer.Ordinal, "make", "take", "run", "use", "open", "hold", "add");

    // Lemma, class, required particles (null: none), irregular forms. Kept general: these are how news
    // English says that something was handled, made, cut, sold, wanted or spent, whatever the topic.
    private static readonly (string Lemma, Predicate Predicate, string? Particles, string? Irregular)[] Verbs =
    [
        ("handle", Predicate.Activity, null, null),
        ("carry", Predicate.Activity, null, null),
        ("serve", Predicate.Activity, null, null),
        ("operate", Predicate.Activity, null, null),
        ("run", Predicate.Activity, null, "ran running"),
        ("fly", Predicate.Activity, null, "flew flown flies flying"),
        ("travel", Predicate.Activity, null, "travelled travelling"),
        ("pass", Predicate.Activity, "through", null),
        ("transport", Predicate.Activity, null, null),
        ("welcome", Predicate.Activity, null, null),
        ("draw", Predicate.Activity, null, "drew drawn"),
        ("attract", Predicate.Activity, null, null),
        ("visit", Predicate.Activity, null, null),
        ("come", Predicate.Activity, "to through into", "came coming"),
        ("host", Predicate.Activity, null, null),
        ("use", Predicate.Activity, null, null),
        ("ride", Predicate.Activity, null, "rode ridden riding"),
        ("board", Predicate.Activity, null, null),
        ("treat", Predicate.Activity, null, null),
        ("admit", Predicate.Activity, null, "admitted admitting"),
        ("enrol", Predicate.Activity, null, "enrolled enrolling enroll enrolls"),
        ("build", Predicate.Addition, null, "built"),
        ("produce", Predicate.Addition, null, null),
        ("make", Predicate.Addition, null, "made making"),
        ("attend", Predicate.Activity, null, null),
        ("go", Predicate.Activity, "to through into", "went gone goes going"),
        ("manufacture", Predicate.Addition, null, null),
        ("assemble", Predicate.Addition, null, null),
        ("turn", Predicate.Addition, "out", null),
        ("roll", Predicate.Addition, "out off", null),
        ("launch", Predicate.Addition, null, null),
        ("add", Predicate.Addition, null, null),
        ("open", Predicate.Addition, null, null),
        ("introduce", Predicate.Addition, null, null),
        ("unveil", Predicate.Addition, null, null),
        ("inaugurate", Predicate.Addition, null, null),
        ("establish", Predicate.Addition, null, null),
        ("create", Predicate.Addition, null, null),
        ("hire", Predicate.Addition, null, null),
        ("recruit", Predicate.Addition, null, null),
        ("take", Predicate.Addition, "on", "took taken taking"),
        ("install", Predicate.Addition, null, null),
        ("cut", Predicate.Removal, null, "cutting"),
        ("shed", Predicate.Removal, null, "shedding"),
        ("axe", Predicate.Removal, null, null),
        ("ax", Predicate.Removal, null, null),
        ("lay", Predicate.Removal, "off", "laid laying"),
        ("eliminate", Predicate.Removal, null, null),
        ("slash", Predicate.Removal, null, null),
        ("scrap", Predicate.Removal, null, "scrapped scrapping"),
        ("lose", Predicate.Removal, null, "lost losing"),
        ("remove", Predicate.Removal, null, null),
        ("employ", Predicate.Workforce, null, null),
        ("work", Predicate.Workforce, "at on for in", null),
        ("export", Predicate.Sales, null, null),
        ("sell", Predicate.Sales, null, "sold"),
        ("ship", Predicate.Sales, null, "shipped shipping"),
        ("supply", Predicate.Sales, null, null),
        ("deliver", Predicate.Sales, null, null),
        ("want", Predicate.Intent, null, null),
        ("wish", Predicate.Intent, null, null),
        ("seek", Predicate.Intent, null, "sought"),
        ("negotiate", Predicate.Intent, null, null),
        ("talk", Predicate.Intent, "with to", null),
        ("consider", Predicate.Intent, null, null),
        ("cooperate", Predicate.Cooperation, null, null),
        ("collaborate", Predicate.Cooperation, null, null),
        ("partner", Predicate.Cooperation, null, null),
        ("design", Predicate.Capacity, "for", null),
        ("license", Predicate.Capacity, "for", null),
        ("licence", Predicate.Capacity, "for", null),
        ("accommodate", Predicate.Capacity, null, null),
        ("hold", Predicate.Capacity, null, "held holding"),
        ("seat", Predicate.Capacity, null, null),
        ("spend", Predicate.Spending, null, "spent"),
        ("invest", Predicate.Spending, null, null),
        ("allocate", Predicate.Spending, null, null),
        ("earmark", Predicate.Spending, null, null),
        ("pay", Predicate.Spending, null, "paid"),
        ("earn", Predicate.Income, null, null),
        ("generate", Predicate.Income, null, null),
        ("cost", Predicate.Cost, null, "costing"),
        ("repair", Predicate.Upkeep, null, null),
        ("fix", Predicate.Upkeep, null, null),
        ("service", Predicate.Upkeep, null, null),
        ("inspect", Predicate.Upkeep, null, null),
        ("renovate", Predicate.Upkeep, null, null),
        ("refurbish", Predicate.Upkeep, null, null),
        ("restore", Predicate.Upkeep, null, null),
        ("upgrade", Predicate.Upkeep, null, null),
        ("overhaul", Predicate.Upkeep, null, null),
        ("rebuild", Predicate.Upkeep, null, "rebuilt"),
    ];

    /// <summary>Adjectives that act as predicates: <c>30 countries are willing to buy</c>.</summary>
    private static readonly (string Word, Predicate Predicate)[] Adjectives =
    [
        ("willing", Predicate.Intent), ("interested", Predicate.Intent), ("keen", Predicate.Intent), ("eager", Predicate.Intent),
        ("ready", Predicate.Intent),
    ];

    /// <summary>Nouns that frame a figure written after <c>of</c> (<c>a budget of 9.4 million euros</c>) or right after it (<c>a 9 million euro budget</c>).</summary>
    private static readonly (string Noun, Predicate Predicate)[] Nouns =
    [
        ("budget", Predicate.Budget), ("budgets", Predicate.Budget),
        ("capacity", Predicate.Capacity), ("capacities", Predicate.Capacity),
        ("revenue", Predicate.Income), ("revenues", Predicate.Income), ("income", Predicate.Income), ("profit", Predicate.Income),
        ("profits", Predicate.Income), ("turnover", Predicate.Income), ("earnings", Predicate.Income),
        ("workforce", Predicate.Workforce), ("headcount", Predicate.Workforce), ("payroll", Predicate.Workforce),
        ("output", Predicate.Addition), ("production", Predicate.Addition),
        ("exports", Predicate.Sales), ("sales", Predicate.Sales),
        ("investment", Predicate.Spending), ("investments", Predicate.Spending), ("spending", Predicate.Spending),
        ("cost", Predicate.Cost), ("costs", Predicate.Cost), ("price", Predicate.Cost),
        ("layoffs", Predicate.Removal), ("redundancies", Predicate.Removal), ("cuts", Predicate.Removal),
        ("talks", Predicate.Intent),
    ];

    /// <summary>
    /// Verbs that govern a figure without saying anything about it (<c>has 24 routes</c>, <c>recorded 870,000 visitors</c>,
    /// <c>reached a record</c>), and the reporting verbs: the search for a predicate stops at them.
    /// </summary>
    private static readonly string[] LightLemmas =
    [
        "have", "include", "total", "reach", "record", "report", "register", "log", "hit", "top", "exceed", "surpass", "number",
        "amount", "remain", "cover", "maintain", "contain", "comprise", "count", "show", "estimate", "boast", "feature", "list",
        "see", "post", "become", "stand", "say", "tell", "announce", "confirm", "state", "claim", "put", "give",
    ];

    private static readonly string[] LightIrregular =
    [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "had", "having", "saw", "seen", "became", "stood",
        "said", "says", "told", "gave", "given", "hitting", "topped", "topping", "according",
    ];

    /// <summary>Every inflected form of the predicate verbs, and the framing nouns.</summary>
    public static FrozenDictionary<string, Entry[]> Forms { get; } = BuildForms();

    /// <summary>Light and reporting verbs, inflected.</summary>
    public static FrozenSet<string> Light { get; } =
        LightLemmas.SelectMany(l => Inflect(l, null)).Concat(LightIrregular).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that frame a figure (a subset of <see cref="Forms"/>' keys): they are not verbs to scan past.</summary>
    public static FrozenDictionary<string, Predicate> FrameNouns { get; } =
        Nouns.ToFrozenDictionary(n => n.Noun, n => n.Predicate, StringComparer.OrdinalIgnoreCase);

    /// <summary>Auxiliaries that make what follows future or possible: <c>will hire</c>, <c>would shed</c>, <c>could begin</c>.</summary>
    public static FrozenSet<string> FutureAuxiliaries { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "will", "would", "shall", "’ll", "'ll", "could", "may", "might", "won't", "won’t");

    /// <summary>Words that, before <c>to</c>, make what follows intended rather than done: <c>plans to</c>, <c>is set to</c>, <c>a bid to</c>.</summary>
    public static FrozenSet<string> IntentionsBeforeTo { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "plan", "plans", "planned", "planning", "aim", "aims", "aimed", "aiming", "intend", "intends",
        "intended", "intending", "expect", "expects", "expected", "expecting", "hope", "hopes", "hoped", "hoping", "want", "wants",
        "wanted", "wanting", "set", "due", "going", "scheduled", "seek", "seeks", "seeking", "sought", "promise", "promised",
        "promises", "pledge", "pledged", "pledges", "vow", "vowed", "vows", "prepare", "prepared", "preparing", "ready", "bid",
        "goal", "ambition", "target", "targets", "decided", "agreed", "agrees", "proposes", "proposed", "needs", "need", "needed",
        "forecast", "projected", "likely", "unlikely", "about", "poised", "trying", "tries", "try", "attempt", "attempts");

    /// <summary>Adjectives that make the figure they stand before a plan or forecast: <c>a planned 600 jobs</c>, <c>the projected 2 million</c>.</summary>
    public static FrozenSet<string> IntentionAdjectives { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "planned", "proposed", "projected", "forecast", "expected", "targeted", "promised", "intended");

    /// <summary>Words that make what follows able rather than done: <c>can hold</c>, <c>able to handle</c>.</summary>
    public static FrozenSet<string> AbilityMarkers { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "can", "able", "capable", "enough");

    /// <summary>Words that deny what follows: <c>there is no $2 billion gap</c>, <c>did not hire 300</c>.</summary>
    public static FrozenSet<string> Negations { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "not", "no", "never", "none", "neither", "nor", "without", "denied", "denies", "deny", "rejected", "dismissed",
        "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "can't",
        "cannot", "couldn't", "isn’t", "aren’t", "wasn’t", "weren’t", "don’t", "doesn’t", "didn’t", "won’t", "wouldn’t", "hasn’t", "haven’t",
        "hadn’t", "can’t", "couldn’t");

    /// <summary>
    /// Modifiers that tell two things of one name apart in time: <c>the new terminal</c> is not <c>the present terminal</c>.
    /// True for the new one, false for the old one.
    /// </summary>
    public static FrozenDictionary<string, bool> AgeMarkers { get; } = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["new"] = true,
        ["planned"] = true,
        ["proposed"] = true,
        ["future"] = true,
        ["upcoming"] = true,
        ["replacement"] = true,
        ["old"] = false,
        ["existing"] = false,
        ["present"] = false,
        ["current"] = false,
        ["former"] = false,
        ["original"] = false,
        ["previous"] = false,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, Entry[]> BuildForms()
    {
        var forms = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lemma, predicate, particles, irregular) in Verbs)
        {
            var entry = new Entry(predicate, particles?.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase), FigureFirst: FigureFirstLemmas.Contains(lemma), Adjacent: AdjacentLemmas.Contains(lemma));
            foreach (var form in Inflect(lemma, irregular))
            {
                Add(forms, form, entry);
            }
        }

        foreach (var (word, predicate) in Adjectives)
        {
            Add(forms, word, new Entry(predicate, null));
        }

        foreach (var (noun, predicate) in Nouns)
        {
            Add(forms, noun, new Entry(predicate, null, IsNoun: true));
        }

        return forms.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, List<Entry>> forms, string form, Entry entry)
    {
        if (!forms.TryGetValue(form, out var list))
        {
            forms[form] = list = [];
        }

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }

    /// <summary>The lemma, its third person, past and -ing forms by the regular rules, and the irregular forms given.</summary>
    internal static IEnumerable<string> Inflect(string lemma, string? irregular)
    {
        yield return lemma;
        var consonantY = lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2]);
        var stem = consonantY ? lemma[..^1] : lemma;
        yield return consonantY ? stem + "ies"
            : lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) ? lemma + "es"
            : lemma + "s";
        yield return consonantY ? stem + "ied" : lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
        yield return lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing" : lemma + "ing";
        if (irregular is not null)
        {
            foreach (var form in irregular.Split(' '))
            {
                yield return form;
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
