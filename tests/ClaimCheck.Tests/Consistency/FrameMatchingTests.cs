using ClaimCheck.Consistency;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Consistency;

/// <summary>What is counted and what is said about it decide which claims are one quantity.</summary>
public sealed class FrameMatchingTests
{
    private static bool Together(AnalysisResult result, string a, string b) => result.GroupOf(a).Id == result.GroupOf(b).Id;

    /// <summary>Whether the claims of documents a and b with these texts are in one group (texts may repeat across documents).</summary>
    private static bool Together(AnalysisResult result, (string Document, string Text) a, (string Document, string Text) b)
    {
        string GroupId((string Document, string Text) claim)
        {
            var id = result.Claims.First(c => c.DocumentId == claim.Document && c.Text == claim.Text).Id;
            return result.Groups.Single(g => g.ClaimIds.Contains(id)).Id;
        }

        return GroupId(a) == GroupId(b);
    }

    [Fact]
    public void Exporting_and_selling_abroad_to_a_number_of_countries_is_one_quantity()
    {
        var result = Analyze.Corpus(
            ("a", "2021-03-01", "The Halden winery now exports to 40 countries, its owners said."),
            ("b", "2021-03-05", "Wines from the Halden winery are sold in over 40 states, the owners said."));
        Assert.True(Together(result, "40 countries", "over 40 states"));
    }

    [Theory]
    [InlineData("Buyers from 40 countries want to buy Halden wine, the owners said.")]
    [InlineData("The Halden winery cooperates with 40 countries on labelling rules, the owners said.")]
    public void Wanting_or_cooperating_is_not_exporting(string other)
    {
        var result = Analyze.Corpus(
            ("a", "2021-03-01", "The Halden winery now exports to 40 countries, its owners said."),
            ("b", "2021-03-05", other));
        Assert.False(Together(result, ("a", "40 countries"), ("b", "40 countries")));
    }

    [Fact]
    public void Hiring_is_not_cutting()
    {
        var result = Analyze.Corpus(
            ("a", "2021-03-01", "The Brenna bakery hired 300 workers for its new line."),
            ("b", "2021-03-05", "The Brenna bakery cut 300 jobs at its old line."));
        Assert.False(Together(result, "300 workers", "300 jobs"));
    }

    [Fact]
    public void Routes_launched_are_not_routes_served()
    {
        var result = Analyze.Corpus(
            ("a", "2021-03-01", "Brenna airport now serves 24 routes after airlines launched five new routes this summer."),
            ("b", "2022-03-05", "Brenna airport serves 30 routes, the operator said."));
        Assert.True(Together(result, "24 routes", "30 routes"));
        Assert.False(Together(result, "five new routes", "30 routes"));
    }

    [Fact]
    public void Passengers_handled_are_not_the_capacity_of_a_terminal()
    {
        var result = Analyze.Corpus(
            ("a", "2021-03-01", "Brenna airport handled 610,000 passengers in 2020, the operator said."),
            ("b", "2021-03-05", "Brenna airport's new terminal was designed for 1 million passengers a year."));
        Assert.False(Together(result, "610,000 passengers", "1 million passengers a year"));
    }

    [Fact]
    public void A_hiring_plan_and_its_headline_agree_in_other_words()
    {
        var result = Analyze.Corpus(
            ("a", "2021-03-01", "Brenna Foods will hire 250 workers for a second shift at its Orley plant, the company said."),
            ("b", "2021-03-03", "Brenna Foods' plan to create 250 jobs at Orley is the biggest in the valley for years."));
        var group = result.GroupOf("250 workers");
        Assert.Contains("250 jobs", result.Texts(group));
        Assert.Equal(Verdict.Agreement, group.Verdict);
    }

    [Fact]
    public void A_plan_is_not_a_result()
    {
        var result = Analyze.Corpus(
            ("a", "2021-03-01", "Brenna Foods will hire 250 workers for its Orley plant, the company said."),
            ("b", "2022-03-03", "Brenna Foods hired 190 workers for its Orley plant last year, the company said."));
        Assert.False(Together(result, "250 workers", "190 workers"));
    }

    [Fact]
    public void People_are_not_grouped_on_the_noun_alone()
    {
        var result = Analyze.Corpus(
            ("a", "2021-03-01", "The Orley steelworks, which employs 2,400 people, opened a new furnace."),
            ("b", "2022-03-03", "A packing depot on the Orley steelworks site, employing 90 people, will close."));
        Assert.False(Together(result, "2,400 people", "90 people"));
    }

    [Fact]
    public void People_stand_for_the_passengers_of_the_same_figure_and_time()
    {
        var result = Analyze.Corpus(
            ("a", "2021-01-10", "Brenna airport handled 610,000 passengers in 2020, its operator said."),
            ("b", "2021-01-12", "Some 610,000 people flew in or out of Brenna last year, airport figures show."));
        Assert.True(Together(result, "610,000 passengers", "Some 610,000 people"));
    }

    [Fact]
    public void History_stays_apart_from_the_present()
    {
        var result = Analyze.Corpus(
            ("a", "2016-01-10", "The works stands on the site of the old Orley mill, which in 1975 employed 6,000 people across the valley."),
            ("b", "2017-01-10", "The Orley works employs 1,200 people, the company said."));
        Assert.False(Together(result, "6,000 people", "1,200 people"));
    }

    [Fact]
    public void A_new_building_is_not_the_old_one()
    {
        var result = Analyze.Corpus(
            ("a", "2016-01-10", "Brenna's present terminal, opened in 1985, was designed for 300,000 passengers a year."),
            ("b", "2022-01-10", "Work began on a new terminal at Brenna airport designed for 900,000 passengers a year."));
        Assert.False(Together(result, "300,000 passengers a year", "900,000 passengers a year"));
    }

    [Fact]
    public void A_denied_figure_is_not_the_figure()
    {
        var result = Analyze.Corpus(
            ("a", "2021-01-10", "The Orley council faces a $2 billion gap in its budget, auditors said."),
            ("b", "2021-01-12", "There is no $2 billion gap in the Orley council budget, the mayor said."));
        Assert.False(Together(result, ("a", "$2 billion"), ("b", "$2 billion")));
    }

    [Fact]
    public void Different_stories_do_not_chain_into_one_group()
    {
        // Twenty unrelated two-source stories that each count people: no group may span two stories.
        var places = new[] { "Arvik", "Belmont", "Carrow", "Dunlin", "Eskby", "Fenwick", "Garth", "Holm", "Ivel", "Jarrow" };
        var documents = new List<(string, string?, string)>();
        for (var i = 0; i < places.Length; i++)
        {
            var people = 100 + (i * 37);
            documents.Add(($"{i}a", "2021-01-10", $"About {people} people attended the {places[i]} town meeting, organisers said."));
            documents.Add(($"{i}b", "2021-01-11", $"The {places[i]} town meeting drew {people} people, the council said."));
            documents.Add(($"{i}c", "2021-01-12", $"The {places[i]} library lent {people * 3} books to people in January."));
        }

        var result = Analyze.Corpus([.. documents]);
        foreach (var group in result.Groups)
        {
            var stories = group.ClaimIds.Select(id => result.Claims.Single(c => c.Id == id).DocumentId.TrimEnd('a', 'b', 'c')).Distinct().Count();
            Assert.Equal(1, stories);
        }
    }
}

public sealed class PluggedMatcherTests
{
    [Fact]
    public void Another_matcher_plugs_in_through_the_options()
    {
        var documents = new[]
        {
            new Document("a", "a", "a", "a", null, new DateOnly(2021, 3, 1), DateSource.Manifest, "The Halden winery exports to 40 countries.", []),
            new Document("b", "b", "b", "b", null, new DateOnly(2021, 3, 2), DateSource.Manifest, "Buyers in 40 countries want to buy Halden wine.", []),
        };
        var claims = documents.SelectMany(ClaimCheck.Extraction.ClaimExtractor.Default.Extract).ToList();
        var summaries = documents.Select(DocumentSummary.From).ToList();

        // ClaimCheck's matcher keeps exporting and wanting apart; a matcher that only looks at the unit does not.
        var framed = CorpusAnalyzer.Analyze(summaries, claims, AnalysisOptions.Default);
        var byUnit = CorpusAnalyzer.Analyze(summaries, claims, new AnalysisOptions
        {
            Matcher = ClaimCheck.Matching.ClaimMatchers.FromScore((x, y) => x.Unit == y.Unit ? 100 : 0),
        });

        Assert.Equal(2, framed.Groups.Count);
        var group = Assert.Single(byUnit.Groups);
        Assert.Contains("plugged-in matcher", group.Matches[0].Reasons[0], StringComparison.Ordinal);
    }
}
