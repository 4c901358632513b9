using System.Globalization;
using System.Text;

namespace ClaimCheck.Benchmarks.Generation;

/// <summary>
/// Writes a realistic multi-source news corpus of any size from a seed: the same seed and size give the
/// same bytes. Each story (a place and four to seven figures about it) is covered by several outlets;
/// most repeat a figure (in their own words and number format), some report it for a later year with a
/// new value (a change), a few give a different value for the same time (a discrepancy). Articles carry
/// what scraped pages carry: a banner, a dateline, a view counter, share links and filler prose.
/// </summary>
internal sealed class CorpusGenerator(int seed)
{
    /// <summary>Articles per story on average: a story is covered by several outlets.</summary>
    private const int ArticlesPerStory = 6;

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Filler =
    [
        "Officials in {E} described the results as a turning point for the region.",
        "The announcement was made at a press conference in the capital of {E}.",
        "{P}, a local economist, said the figures should be read with care.",
        "Residents of {E} have long asked for better services and more jobs.",
        "The government of {E} plans to publish a detailed report later this year.",
        "Critics argue that the programme has been slow and poorly coordinated.",
        "The ministry did not respond to a request for comment.",
        "International observers welcomed the progress made in {E}.",
        "According to the statement, work will continue in the coming months.",
        "Analysts expect the trend to continue if funding remains stable.",
        "The project is part of a wider strategy for the development of {E}.",
        "{P} noted that cooperation with neighbouring countries had improved.",
        "Local media reported long queues outside the offices on Monday.",
        "The opposition called for an independent audit of the spending.",
        "A spokesperson said the details would be announced after the summit.",
        "Experts from several universities took part in the discussion.",
        "The initiative was first proposed during the previous government.",
        "Weather conditions delayed part of the work in the northern districts of {E}.",
        "The plan was approved by parliament after a long debate.",
        "Business groups in {E} said the measures would help small firms.",
        "The minister visited the construction site on Tuesday and met the workers.",
        "Several projects were postponed because of rising costs of materials.",
        "{P} said the authorities would keep the public informed about the next steps.",
        "The regional administration of {E} has promised to review the complaints.",
        "Journalists were invited to see the new facilities ahead of the official opening.",
        "The report also looks at the quality of public services in rural areas.",
        "Some residents told reporters they had not yet seen any change in their daily lives.",
        "The agreement was signed in the presence of foreign ambassadors.",
        "Teachers and doctors in {E} have asked for higher salaries for years.",
        "The central bank kept its main interest rate unchanged at its last meeting.",
        "{P}, who leads the parliamentary committee, praised the work of the engineers.",
        "Television footage showed crowds gathering in the main square of the city.",
        "The programme will be reviewed by an independent commission next spring.",
        "Environmental groups raised concerns about the impact on the river valley.",
        "Work on the second stage is expected to begin once the funding is confirmed.",
        "The statement did not say how the figures had been calculated.",
        "Neighbouring states are watching the experience of {E} closely.",
        "Officials declined to give a date for the completion of the project.",
        "The debate in parliament lasted until late in the evening.",
        "Young people in {E} increasingly look for work in the services sector.",
    ];

    private static readonly string[] Banners =
        ["Home | World | Politics | Economy | Society | Sport", "Latest news", "Menu", "Subscribe to our newsletter"];

    private static readonly string[] Currencies = ["dollars", "euros", "manats"];

    private readonly Random _random = new(seed);

    /// <summary>Generates <paramref name="documents"/> articles as (relative file name, text) pairs, in file order.</summary>
    public IEnumerable<(string Name, string Text)> Articles(int documents)
    {
        var stories = Math.Max(1, documents / ArticlesPerStory);
        var storyList = new Story[stories];
        for (var i = 0; i < stories; i++)
        {
            storyList[i] = NewStory(i);
        }

        for (var d = 0; d < documents; d++)
        {
            var story = storyList[d % stories];
            var name = string.Create(CultureInfo.InvariantCulture, $"{d / 1000:000}/article-{d:000000}.txt");
            yield return (name, Article(story, d));
        }
    }

    /// <summary>Documents in the peers' matching input: enough for a few thousand figure claims.</summary>
    public const int PeerDocuments = 600;

    /// <summary>The articles of seed 1 as jsonl documents (<c>{"id","text"}</c> per line), for inputs that should be one file.</summary>
    public static IEnumerable<string> Jsonl(int documents) =>
        new CorpusGenerator(1).Articles(documents).Select(a => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = a.Name, ["text"] = a.Text }));

    /// <summary>Writes <paramref name="documents"/> articles under <paramref name="folder"/> and returns the bytes written.</summary>
    public long Write(string folder, int documents)
    {
        long bytes = 0;
        foreach (var (name, text) in Articles(documents))
        {
            var path = Path.Join(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return bytes;
    }

    private Story NewStory(int index)
    {
        var place = NameMaker.Place(index);
        var year = 2012 + _random.Next(12);
        var count = 4 + _random.Next(4);
        var templates = Enumerable.Range(0, FactTemplate.All.Count).OrderBy(_ => _random.Next()).Take(count).ToArray();
        var facts = templates.Select(t =>
        {
            var template = FactTemplate.All[t];
            var value = template.Low + (_random.NextDouble() * (template.High - template.Low));
            return new Fact(template, Nice(value, template.Style), year - _random.Next(3), Currencies[_random.Next(Currencies.Length)]);
        }).ToArray();
        return new Story(place, year, facts, NameMaker.Person(_random));
    }

    private string Article(Story story, int index)
    {
        var outlet = NameMaker.Outlet(index % 300);
        var published = new DateOnly(story.Year, 1, 1).AddDays(_random.Next(700));
        var text = new StringBuilder(4500);
        text.AppendLine(Banners[_random.Next(Banners.Length)]).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{story.Place}: {Headline()}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{published.Day} {Months[published.Month - 1]} {published.Year} {_random.Next(24):00}:{_random.Next(60):00}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Views: {_random.Next(20, 90000)}").AppendLine();

        var facts = story.Facts.Where(_ => _random.NextDouble() < 0.8).ToList();
        var paragraphs = 9 + _random.Next(6);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = new List<string>();
            for (var s = 0; s < 3 + _random.Next(4); s++)
            {
                sentences.Add(Fill(Filler[_random.Next(Filler.Length)], story));
            }

            if (facts.Count > 0 && _random.NextDouble() < 0.7)
            {
                var fact = facts[^1];
                facts.RemoveAt(facts.Count - 1);
                sentences.Insert(_random.Next(sentences.Count + 1), Report(fact, story, published));
            }

            text.AppendLine(string.Join(' ', sentences)).AppendLine();
        }

        text.AppendLine("Share").AppendLine(CultureInfo.InvariantCulture, $"{outlet} © {published.Year}");
        return text.ToString();
    }

    /// <summary>One outlet's sentence about a fact: usually the same figure, sometimes a later one, rarely a conflicting one.</summary>
    private string Report(Fact fact, Story story, DateOnly published)
    {
        var value = fact.Value;
        var year = fact.Year;
        var roll = _random.NextDouble();
        if (roll < 0.10 && year < published.Year)
        {
            year = Math.Min(published.Year, year + 1 + _random.Next(2));
            value = Nice(value * (1.1 + (_random.NextDouble() * 0.5)), fact.Template.Style);
        }
        else if (roll < 0.13)
        {
            value = Nice(value * (_random.NextDouble() < 0.5 ? 0.7 : 1.4), fact.Template.Style);
        }

        var wording = fact.Template.Wordings[_random.Next(fact.Template.Wordings.Length)];
        var sentence = wording
            .Replace("{E}", story.Place, StringComparison.Ordinal)
            .Replace("{N}", Figure(value, fact.Template.Style, fact.Currency), StringComparison.Ordinal)
            .Replace("{T}", Time(year), StringComparison.Ordinal);
        sentence = char.ToUpperInvariant(sentence[0]) + sentence[1..];
        return _random.NextDouble() < 0.3 ? sentence[..^1] + $", {story.Spokesperson} said." : sentence;
    }

    private string Time(int year) => _random.Next(5) switch
    {
        0 => $"by the end of {year}",
        1 => $"in the first half of {year}",
        _ => $"in {year}",
    };

    /// <summary>
    /// The figure as a reporter writes it. A hedge goes with rounding the way people round: "more than 5,700"
    /// for 5,740 (rounded down), "nearly 5,800" (rounded up), "about 5,700" (to the nearest).
    /// </summary>
    private string Figure(double value, FigureStyle style, string currency)
    {
        var (qualifier, rounding) = _random.Next(10) switch
        {
            0 or 1 => ("more than ", MidpointRounding.ToNegativeInfinity),
            2 => ("about ", MidpointRounding.ToEven),
            3 => ("nearly ", MidpointRounding.ToPositiveInfinity),
            _ => (string.Empty, (MidpointRounding?)null),
        };
        if (rounding is { } mode && style is FigureStyle.Count or FigureStyle.Large)
        {
            var step = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(Math.Max(1, value))) - 1));
            var rounded = Math.Round(value / step, mode) * step;
            value = qualifier == "more than " && rounded >= value ? Math.Max(0, rounded - step) : rounded; // "more than" is strict
        }

        var written = style switch
        {
            FigureStyle.Large when value >= 1_000_000 && _random.Next(2) == 0 => Format(value / 1_000_000, "0.#") + " million",
            FigureStyle.Money when currency == "dollars" => "$" + Format(value, "0.#") + " million",
            FigureStyle.Money => Format(value, "0.#") + " million " + currency,
            FigureStyle.Percent => Format(value, "0.#") + (_random.Next(2) == 0 ? "%" : " percent"),
            FigureStyle.Duration => Format(value, "0") + " days",
            _ => Format(value, "#,0"),
        };
        return qualifier + written;
    }

    private string Headline() => _random.Next(4) switch
    {
        0 => "new figures published",
        1 => "what the numbers say",
        2 => "progress report",
        _ => "officials present results",
    };

    private string Fill(string sentence, Story story) =>
        sentence.Replace("{E}", story.Place, StringComparison.Ordinal).Replace("{P}", NameMaker.Person(_random), StringComparison.Ordinal);

    /// <summary>Rounds to what a report would print: two or three significant digits.</summary>
    private static double Nice(double value, FigureStyle style)
    {
        if (style is FigureStyle.Percent or FigureStyle.Money)
        {
            return Math.Round(value, value < 10 ? 1 : 0);
        }

        var magnitude = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(Math.Max(1, value))) - 2));
        return Math.Max(1, Math.Round(value / magnitude) * magnitude);
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private sealed record Fact(FactTemplate Template, double Value, int Year, string Currency);

    private sealed record Story(string Place, int Year, Fact[] Facts, string Spokesperson);
}
