using ClaimCheck.Extraction;
using ClaimCheck.IO;
using ClaimCheck.Reporting;
using ClaimCheck.Vocabulary;

namespace ClaimCheck.Tests.Extraction;

/// <summary>What a sentence says about its figures: predicate class, modality, negation, what it is about, new and old.</summary>
public sealed class FrameTests
{
    private static ClaimFrame Frame(string sentence, string claimText)
    {
        var claim = Extract.Quantities(sentence).FirstOrDefault(c => c.Text == claimText);
        Assert.True(claim is not null, $"no claim \"{claimText}\" in: {string.Join(" | ", Extract.Quantities(sentence).Select(c => c.Text))}");
        return FrameReader.Read(claim);
    }

    [Theory]
    [InlineData("The harbour handled 2.4 million tonnes of cargo in 2021.", "2.4 million tonnes of cargo", "Activity")]
    [InlineData("The ferry line carried 80,000 passengers last year.", "80,000 passengers", "Activity")]
    [InlineData("Some 3,000 people flew in or out of Lindholm on the holiday weekend.", "Some 3,000 people", "Activity")]
    [InlineData("More than 200,000 pilgrims came to the shrine in 2019.", "More than 200,000 pilgrims", "Activity")]
    [InlineData("The yard built 14 ferries in 2020.", "14 ferries", "Addition")]
    [InlineData("The bakery turned out about 9,000 loaves a day.", "about 9,000 loaves a day", "Addition")]
    [InlineData("The council opened three new libraries.", "three new libraries", "Addition")]
    [InlineData("The hospital took on 40 nurses in the spring.", "40 nurses", "Addition")]
    [InlineData("The mill will shed 120 jobs by March.", "120 jobs", "Removal")]
    [InlineData("The bank laid off 300 staff.", "300 staff", "Removal")]
    [InlineData("The brewery, which employs 85 people, is family owned.", "85 people", "Workforce")]
    [InlineData("About 700 people now work at the depot.", "About 700 people", "Workforce")]
    [InlineData("The winery now exports to 12 countries.", "12 countries", "Sales")]
    [InlineData("Its cheeses are sold in more than 20 countries.", "more than 20 countries", "Sales")]
    [InlineData("The firm is in talks with buyers in six countries.", "six countries", "Intent")]
    [InlineData("Officials said 15 countries are willing to buy the vaccine.", "15 countries", "Intent")]
    [InlineData("There are now more than 15 countries interested in the vaccine.", "more than 15 countries", "Intent")]
    [InlineData("The agency cooperates with 30 countries on flood warnings.", "30 countries", "Cooperation")]
    [InlineData("The arena was designed for 18,000 spectators.", "18,000 spectators", "Capacity")]
    [InlineData("The town will spend 2 million euros on roads.", "2 million euros", "Spending")]
    [InlineData("The board approved a budget of 5 million euros.", "5 million euros", "Budget")]
    [InlineData("The museum has 40 rooms.", "40 rooms", "None")]
    [InlineData("The station recorded 1,200 passengers on Sunday.", "1,200 passengers", "None")]
    public void The_predicate_says_what_is_said_about_the_figure(string sentence, string claim, string expected) =>
        Assert.Equal(expected, Frame(sentence, claim).Predicate.ToString());

    [Fact]
    public void A_figure_compared_with_another_shares_its_predicate()
    {
        var frame = Frame("The port handled 912,000 containers in 2022, up from 870,000 the year before, its owners said.", "870,000");
        Assert.Equal(Predicate.Activity, frame.Predicate);
    }

    [Theory]
    [InlineData("The mill will shed 120 jobs by March.", "120 jobs", "Planned")]
    [InlineData("Lindsay Foods to close 12 stores as sales slump", "12 stores", "Planned")]
    [InlineData("Lindsay Foods to hire 250 drivers for the winter", "250 drivers", "Planned")]
    [InlineData("The group's plan to create 400 jobs was welcomed.", "400 jobs", "Planned")]
    [InlineData("The mayor said the city would build 2,000 homes.", "2,000 homes", "Planned")]
    [InlineData("The city built 2,000 homes in 2020.", "2,000 homes", "Actual")]
    [InlineData("The arena was designed for 18,000 spectators.", "18,000 spectators", "Potential")]
    [InlineData("The new bridge will carry 40,000 vehicles a day.", "40,000 vehicles a day", "Potential")]
    [InlineData("The airline will carry 40,000 passengers on the new route next year.", "40,000 passengers", "Planned")]
    [InlineData("The new bridge will carry 14 million vehicles a year when it opens.", "14 million vehicles a year", "Potential")]
    [InlineData("The hall can hold 900 guests.", "900 guests", "Potential")]
    public void Modality_tells_what_is_from_what_is_planned_or_possible(string sentence, string claim, string expected) =>
        Assert.Equal(expected, Frame(sentence, claim).Modality.ToString());

    [Fact]
    public void A_capacity_per_year_stated_in_the_future_is_a_capacity()
    {
        var frame = Frame("The new bridge will carry 14 million vehicles a year when it opens.", "14 million vehicles a year");
        Assert.Equal(Predicate.Capacity, frame.Predicate);
    }

    [Theory]
    [InlineData("There is no $4 billion gap in the accounts, the minister said.", "$4 billion", true)]
    [InlineData("The club did not sign 3 players this summer.", "3 players", true)]
    [InlineData("The club signed 3 players this summer.", "3 players", false)]
    [InlineData("The levy will raise not more than 10 percent of the cost.", "not more than 10 percent", false)]
    [InlineData("A depot on the same road, employing 60 people, is not affected.", "60 people", false)]
    public void Negation_is_read_before_the_figure_in_its_clause(string sentence, string claim, bool negated) =>
        Assert.Equal(negated, Frame(sentence, claim).Negated);

    [Theory]
    [InlineData("The brewery, which employs 85 people, is family owned.", "85 people", "brewery")]
    [InlineData("A bottling depot on the same road, employing 60 people, is not affected.", "60 people", "depot")]
    [InlineData("The new reading room at Carrow Hall, which opened in May, welcomed 5,000 people in its first month.", "5,000 people", "room")]
    [InlineData("About 700 people now work at the Brandt logistics depot.", "About 700 people", "depot")]
    [InlineData("Lindholm Regional Hospital treated 40,000 patients in 2020.", "40,000 patients", "hospital")]
    [InlineData("Lindholm treated 40,000 patients in 2020.", "40,000 patients", null)]
    [InlineData("It treated 40,000 patients in 2020.", "40,000 patients", null)]
    public void About_is_the_common_noun_heading_the_subject(string sentence, string claim, string? about) =>
        Assert.Equal(about, Frame(sentence, claim).About);

    [Fact]
    public void New_and_old_things_of_one_name_are_told_apart()
    {
        var old = Frame("The old bridge, opened in 1952, was built for 9,000 vehicles a day.", "9,000 vehicles a day");
        var replacement = Frame("Work began on a new bridge designed for 30,000 vehicles a day.", "30,000 vehicles a day");
        Assert.Contains(("bridge", false), old.Ages);
        Assert.Contains(("bridge", true), replacement.Ages);
    }
}

public sealed class NegatedClaimTests
{
    [Fact]
    public void A_denied_figure_carries_its_polarity_in_the_claim()
    {
        Assert.True(Extract.Single("There is no $3 billion hole in the pension fund, the treasurer said.").Negated);
        Assert.False(Extract.Single("There is a $3 billion hole in the pension fund, the treasurer said.").Negated);
    }

    [Fact]
    public void Negated_is_written_to_json()
    {
        var denied = JsonContract.Serialize(Extract.Single("The council did not hire 40 wardens."), ReportingJsonContext.Contract.Compact);
        var stated = JsonContract.Serialize(Extract.Single("The council hired 40 wardens."), ReportingJsonContext.Contract.Compact);
        Assert.Contains("\"negated\":true", denied, StringComparison.Ordinal);
        Assert.Contains("\"negated\":false", stated, StringComparison.Ordinal);
    }
}
