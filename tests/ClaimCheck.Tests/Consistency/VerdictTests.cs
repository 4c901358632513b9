using ClaimCheck.Consistency;

namespace ClaimCheck.Tests.Consistency;

public sealed class VerdictTests
{
    [Fact]
    public void The_same_hedged_figure_in_two_years_is_an_agreement()
    {
        var result = Analyze.Corpus(
            ("speech", "2020-11-08", "The president said the defence industry now produces more than 1,000 types of military products."),
            ("article", "2023-05-10", "The defence industry produces more than 1,000 military products, the ministry said."));
        var group = result.GroupOf("more than 1,000 types of military products");
        Assert.Equal(Verdict.Agreement, group.Verdict);
        Assert.Equal(2, group.ClaimIds.Count);
        Assert.Equal(2, group.IndependentSources);
        Assert.Contains("agree", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duration_and_its_adjective_form_agree()
    {
        var result = Analyze.Corpus(
            ("a", "2020-11-10", "The Patriotic War lasted 44 days and ended in victory."),
            ("b", "2023-09-29", "Experts studied the experience of the 44-day Patriotic War in detail."));
        var group = result.GroupOf("44 days");
        Assert.Equal(Verdict.Agreement, group.Verdict);
        Assert.Contains("44-day", result.Texts(group));
    }

    [Fact]
    public void Two_wordings_in_one_article_agree()
    {
        var result = Analyze.Corpus(("a", "2023-09-29",
            "According to minister Madat Guliyev, Azerbaijan is working on more than 800 new weapons. " +
            "Minister Madat Guliyev said Azerbaijan is working on the production of more than 800 samples of weapons."));
        var group = result.GroupOf("more than 800 new weapons");
        Assert.Equal(Verdict.Agreement, group.Verdict);
        Assert.Contains("more than 800 samples of weapons", result.Texts(group));
    }

    [Fact]
    public void Incompatible_figures_for_the_same_time_are_a_discrepancy_naming_the_claims()
    {
        var result = Analyze.Corpus(("interview", "2021-03-01",
            "The minister said the state operates more than 40 defence plants across the country. " +
            "Later in the interview the minister said the state operates up to 40 defence plants across the country."));
        var group = result.GroupOf("more than 40 defence plants");
        Assert.Equal(Verdict.Discrepancy, group.Verdict);
        var conflict = Assert.Single(group.Conflicts);
        var ids = new[] { conflict.LeftClaimId, conflict.RightClaimId };
        Assert.Equal(["more than 40 defence plants", "up to 40 defence plants"], ids.Select(id => result.Claims.Single(c => c.Id == id).Text));
        Assert.Contains("means more than 40 defence plants but", conflict.Reason, StringComparison.Ordinal);
        Assert.Contains("means up to 40 defence plants: both cannot be true", conflict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_that_differ_between_times_are_a_change_with_direction_and_size()
    {
        var result = Analyze.Corpus(("a", "2019-06-01",
            "The retail chain operated 120 stores across the region in 2015. " +
            "The retail chain operated 180 stores across the region by 2018."));
        var group = result.GroupOf("120 stores");
        Assert.Equal(Verdict.Change, group.Verdict);
        Assert.NotNull(group.Change);
        Assert.Equal("up", group.Change!.Direction);
        Assert.Equal(0.5, group.Change.RelativeChange);
        Assert.Contains("+50%", group.Change.Description, StringComparison.Ordinal);
        Assert.Contains("3 years", group.Change.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_told_by_one_source_is_worded_in_the_singular()
    {
        var result = Analyze.Corpus(("a", "2019-06-01",
            "The retail chain operated 120 stores across the region in 2015. " +
            "The retail chain operated 180 stores across the region by 2018."));
        var group = result.GroupOf("120 stores");
        Assert.Equal(Verdict.Change, group.Verdict);
        Assert.StartsWith("1 source over 3 years gives figures that differ between times", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_for_two_named_years_are_a_change_even_when_the_years_are_adjacent()
    {
        // The time window is for figures dated only by publication ("now"); "in 2022" and "in 2023" name two different times.
        var result = Analyze.Corpus(
            ("a", "2023-03-01", "Displaced families in Arselia received 19,600 apartments in 2022, the minister said."),
            ("b", "2024-02-01", "Arselia built 25,600 apartments for displaced families in 2023, the minister said."));
        var group = result.GroupOf("19,600 apartments");
        Assert.Contains("25,600 apartments", result.Texts(group));
        Assert.Equal(Verdict.Change, group.Verdict);
    }

    [Fact]
    public void Figures_as_of_publication_dates_a_few_months_apart_are_the_same_time()
    {
        var result = Analyze.Corpus(
            ("a", "2021-03-01", "The state operates more than 40 defence plants across the country, the minister said."),
            ("b", "2021-05-01", "The state operates up to 30 defence plants across the country, the minister said."));
        Assert.Equal(Verdict.Discrepancy, result.GroupOf("more than 40 defence plants").Verdict);
    }

    [Fact]
    public void A_copied_passage_is_one_source()
    {
        const string passage = "The plant in Ganja produced 5,000 rifles for the army last year, officials said.";
        var result = Analyze.Corpus(("wire", "2022-02-01", passage), ("portal", "2022-02-02", passage));
        var group = result.GroupOf("5,000 rifles");
        Assert.Equal(Verdict.Single, group.Verdict);
        Assert.Equal(2, group.ClaimIds.Count);
        Assert.Equal(1, group.IndependentSources);
        Assert.Single(group.Members, m => m.RepeatOf is not null);
        Assert.Contains("same passage", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_only_one_source_states_is_single()
    {
        var result = Analyze.Corpus(("a", "2022-02-01", "The museum received 2,300 visitors on its opening day."));
        Assert.Equal(Verdict.Single, result.GroupOf("2,300 visitors").Verdict);
    }

    [Fact]
    public void The_summary_counts_the_verdicts()
    {
        var result = Analyze.Corpus(
            ("a", "2020-11-08", "The defence industry produces more than 1,000 types of military products."),
            ("b", "2023-05-10", "The defence industry produces more than 1,000 military products."),
            ("c", "2023-05-10", "The museum received 2,300 visitors on its opening day."));
        Assert.Equal(3, result.Summary.Documents);
        Assert.Equal(1, result.Summary.Agreements);
        Assert.Equal(1, result.Summary.Singles);
        Assert.Equal(result.Groups.Count, result.Summary.Agreements + result.Summary.Changes + result.Summary.Discrepancies + result.Summary.Singles);
    }
}
