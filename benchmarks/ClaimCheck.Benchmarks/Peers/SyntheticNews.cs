using System.Globalization;
using System.Text;

namespace ClaimCheck.Benchmarks.Peers;

/// <summary>
/// A deterministic corpus of news-like reports for the matching benchmarks: a few hundred facts (who,
/// what is counted, what was done, where, when, how many), each reported by several outlets in their own
/// words, some with a later figure (a change) or a different one (a discrepancy). Real corpora have too few
/// claims to measure pairwise scoring on thousands of claims; this one has the same shape: many sources
/// repeating the same figures in different sentences.
/// </summary>
internal static class SyntheticNews
{
    private static readonly string[] Actors =
    [
        "the Ministry of Defence Industry", "the State Statistics Committee", "the central bank", "the national oil company",
        "the Ministry of Agriculture", "the port authority", "the energy regulator", "the health ministry", "the customs service",
        "the tourism agency", "the railway operator", "the education ministry", "the state investment fund", "the housing agency",
        "the small business agency", "the emergency ministry", "the science academy", "the regional government",
        "the export promotion agency", "the airport operator",
    ];

    /// <summary>What is counted: the unit phrase, the figure's scale (0: count, 1: millions of money, 2: percent) and the actions (<see cref="Verbs"/>) that fit it.</summary>
    private static readonly (string Unit, int Scale, int[] Verbs)[] Measures =
    [
        ("military products", 0, [0, 1]), ("armoured vehicles", 0, [0, 1]), ("drones", 0, [0, 1]), ("new jobs", 0, [4]),
        ("tourists", 0, [3, 6]), ("patients", 0, [6]), ("schools", 0, [2]), ("apartments", 0, [2]), ("containers", 0, [6]),
        ("flights", 0, [6]), ("hectares of farmland", 0, [5]), ("tonnes of cotton", 0, [0, 1]), ("tonnes of wheat", 0, [0, 1]),
        ("kilometres of road", 0, [2]), ("megawatts of solar capacity", 0, [2]), ("small businesses", 0, [3]),
        ("students", 0, [3]), ("export contracts", 0, [3]), ("trucks", 0, [0, 1]), ("households", 0, [3]),
        ("research projects", 0, [4]), ("patents", 0, [3]), ("million manat", 1, [5]), ("million dollars", 1, [5]),
        ("percent more goods", 2, [1]),
    ];

    /// <summary>Ways of saying one action; the past participle doubles as the passive.</summary>
    private static readonly string[][] Verbs =
    [
        ["produced", "manufactured", "made"],
        ["exported", "shipped abroad", "sold abroad", "delivered to foreign buyers"],
        ["built", "constructed", "completed", "opened"],
        ["registered", "recorded", "counted"],
        ["created", "added", "launched"],
        ["invested", "allocated", "spent"],
        ["handled", "processed", "received"],
    ];

    private static readonly string[] Places =
    [
        "in the Caspian region", "at the Baku port", "in rural districts", "along the northern border", "in the capital",
        "for foreign markets", "under the state programme", "in the Sumgait industrial park", "in the liberated territories",
        "across the Ganja-Gazakh economic zone", "in the Lankaran lowland", "on the Absheron peninsula", "in mountain villages",
        "in the Alat free trade zone", "near the Georgian border", "in Nakhchivan", "in the Shirvan valley", "in new settlements",
        "through public-private partnerships", "with European partners",
    ];

    private static readonly string[] Speakers =
    [
        "the minister said", "officials told reporters", "a spokesperson said", "the agency said in a statement",
        "the deputy minister told parliament", "the head of the agency said", "the report said", "the press service said",
    ];

    private static readonly string[] Outlets =
    [
        "Caspian Daily", "Baku Herald", "Trend Wire", "Region Post", "Morning Ledger", "Economy Today", "Capital Review",
        "Industry Monitor", "Business Weekly", "State News Agency", "Southern Courier", "Evening Standard Online",
    ];

    private static readonly string[] Fillers =
    [
        "The figures were presented at a briefing in the capital.",
        "Officials did not say how the numbers were calculated.",
        "Opposition deputies questioned the data during the session.",
        "The programme is part of a wider plan to diversify the economy.",
        "Analysts expect the trend to continue next year.",
        "No independent verification of the figures was available.",
    ];

    private sealed record Fact(int Actor, int Measure, int Verb, int Place, int Year, double Value);

    /// <summary>
    /// The corpus as jsonl lines (<c>id</c>, <c>source</c>, <c>published</c>, <c>text</c>), the format
    /// <c>claimcheck extract</c> reads. The same arguments give the same bytes.
    /// </summary>
    public static IEnumerable<string> Jsonl(int documents = 320, int factsPerDocument = 8, int facts = 420, ulong seed = 20261123)
    {
        var random = new SplitMix(seed);
        var all = new List<Fact>(facts);
        for (var i = 0; i < facts; i++)
        {
            var measure = random.Next(Measures.Length);
            var verbs = Measures[measure].Verbs;
            all.Add(new Fact(random.Next(Actors.Length), measure, verbs[random.Next(verbs.Length)], random.Next(Places.Length),
                2015 + random.Next(9), Figure(random, Measures[measure].Scale)));
        }

        for (var d = 0; d < documents; d++)
        {
            var published = new DateOnly(2016, 1, 1).AddDays(random.Next(3800));
            var text = new StringBuilder();
            for (var k = 0; k < factsPerDocument; k++)
            {
                // Popular facts are reported more often: the square skews picks toward the start of the list.
                var pick = random.NextDouble();
                var fact = all[(int)(pick * pick * all.Count)];
                text.Append(k % 3 == 0 && k > 0 ? "\n\n" : k > 0 ? " " : string.Empty);
                text.Append(Sentence(random, fact, published));
                if (random.Next(4) == 0)
                {
                    text.Append(' ').Append(Fillers[random.Next(Fillers.Length)]);
                }
            }

            yield return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"gen-{d:000}"),
                ["source"] = Outlets[d % Outlets.Length],
                ["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["text"] = text.ToString(),
            });
        }
    }

    private static string Sentence(SplitMix random, Fact fact, DateOnly published)
    {
        var (unit, scale, _) = Measures[fact.Measure];
        var year = Math.Min(fact.Year, published.Year);
        var value = fact.Value;
        var roll = random.Next(10);
        if (roll == 0 && year < published.Year)
        {
            // A later figure for the same thing: a change over time.
            year++;
            value = Round(value * (1.1 + (random.NextDouble() * 0.4)), scale);
        }
        else if (roll == 1)
        {
            // Another figure for the same thing and time: a discrepancy.
            value = Round(value * (random.Next(2) == 0 ? 0.7 : 1.4), scale);
        }

        var qualifier = (string[])["", "", "", "more than ", "about ", "nearly ", "over ", "at least ", "up to "];
        var figure = qualifier[random.Next(qualifier.Length)] + Format(value, scale) + " " + unit;
        var verb = Verbs[fact.Verb][random.Next(Verbs[fact.Verb].Length)];
        var place = random.Next(10) < 7 ? " " + Places[fact.Place] : string.Empty;
        var time = random.Next(6) switch
        {
            0 when year == published.Year - 1 => "last year",
            1 => string.Create(CultureInfo.InvariantCulture, $"in the first half of {year}"),
            2 => string.Create(CultureInfo.InvariantCulture, $"by the end of {year}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"in {year}"),
        };
        var actor = Actors[fact.Actor];
        var speaker = random.Next(10) < 6 ? ", " + Speakers[random.Next(Speakers.Length)] : string.Empty;
        return random.Next(3) switch
        {
            0 => $"{Capitalize(actor)} {verb} {figure}{place} {time}{speaker}.",
            1 => $"{Capitalize(time)}, {actor} {verb} {figure}{place}{speaker}.",
            _ => $"According to {actor}, {figure} were {verb}{place} {time}.",
        };
    }

    private static double Figure(SplitMix random, int scale) => scale switch
    {
        1 => Round(5 + (random.NextDouble() * 900), scale),
        2 => Round(1 + (random.NextDouble() * 60), scale),
        _ => Round(Math.Exp(Math.Log(20) + (random.NextDouble() * (Math.Log(50_000) - Math.Log(20)))), scale),
    };

    /// <summary>Figures as newsrooms write them: counts to two significant digits, money whole, percent to a tenth.</summary>
    private static double Round(double value, int scale)
    {
        if (scale == 2)
        {
            return Math.Round(value, 1);
        }

        if (scale == 1 || value < 100)
        {
            return Math.Round(value);
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return Math.Round(value / magnitude) * magnitude;
    }

    private static string Format(double value, int scale) =>
        scale == 2 ? value.ToString("0.#", CultureInfo.InvariantCulture) : value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>SplitMix64: a small generator whose sequence is fixed here, not by the runtime's <see cref="Random"/>.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public ulong NextULong()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

        public int Next(int max) => (int)(NextULong() % (ulong)max);
    }
}
