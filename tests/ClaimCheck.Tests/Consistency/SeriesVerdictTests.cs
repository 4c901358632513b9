using ClaimCheck.Consistency;

namespace ClaimCheck.Tests.Consistency;

/// <summary>Verdicts read as a series over time: each time judged on its own, then the times compared.</summary>
public sealed class SeriesVerdictTests
{
    [Fact]
    public void A_discrepancy_at_one_time_and_a_change_across_years_are_both_said()
    {
        var result = Analyze.Corpus(
            ("a", "2016-02-01", "The Lorvik ferry line carried 850,000 passengers in 2015, its operator said."),
            ("b", "2023-02-01", "The Lorvik ferry line carried 2.4 million passengers in 2022, its operator said."),
            ("c", "2023-02-02", "The Lorvik ferry line carried 1.9 million passengers in 2022, the harbour board said."));
        var group = result.GroupOf("850,000 passengers");
        Assert.Equal(3, group.ClaimIds.Count);
        Assert.Equal(Verdict.Discrepancy, group.Verdict);
        Assert.NotNull(group.Change);
        Assert.Contains("Discrepancy on 2022", group.Explanation, StringComparison.Ordinal);
        Assert.Contains("also changed", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_reads_the_series_from_first_to_last()
    {
        var result = Analyze.Corpus(
            ("a", "2019-01-10", "The Orley museum welcomed 80,000 visitors in 2018."),
            ("b", "2020-01-10", "The Orley museum welcomed 95,000 visitors in 2019."),
            ("c", "2021-01-10", "The Orley museum welcomed 40,000 visitors in 2020, after months of closure."));
        var group = result.GroupOf("80,000 visitors");
        Assert.Equal(Verdict.Change, group.Verdict);
        Assert.Contains("80,000 visitors (2018) → 95,000 visitors (2019) → 40,000 visitors (2020)", group.Explanation, StringComparison.Ordinal);
        Assert.Equal("down", group.Change!.Direction);
    }

    [Fact]
    public void A_change_to_or_from_a_vague_figure_has_no_size()
    {
        var result = Analyze.Corpus(
            ("a", "2019-01-10", "The Orley museum welcomed 80,000 visitors in 2018."),
            ("b", "2024-01-10", "The Orley museum welcomed more than 150,000 visitors in 2023."));
        var change = result.GroupOf("80,000 visitors").Change;
        Assert.NotNull(change);
        Assert.Null(change!.RelativeChange);
    }

    [Fact]
    public void A_change_of_a_percentage_is_told_in_points()
    {
        var result = Analyze.Corpus(
            ("a", "2019-01-10", "Turnout in the Orley council election was 42 percent in 2018."),
            ("b", "2023-01-10", "Turnout in the Orley council election was 48 percent in 2022."));
        Assert.Contains("+6 points", result.GroupOf("42 percent").Change!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_figure_never_makes_a_discrepancy_with_another_document()
    {
        var result = Analyze.Corpus(
            ("dated", "2021-05-01", "The Orley nature reserve covers 4,200 hectares of marsh and woodland."),
            ("about", null, "The Orley nature reserve covers 3,900 hectares of marsh and woodland."));
        var group = result.GroupOf("4,200 hectares");
        Assert.Equal(2, group.ClaimIds.Count);
        Assert.NotEqual(Verdict.Discrepancy, group.Verdict);
        Assert.Contains("undated", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Compatible_figures_that_are_not_the_same_say_both_bounds()
    {
        var result = Analyze.Corpus(
            ("a", "2021-05-01", "The Orley reserve keeps more than 50 km of footpaths."),
            ("b", "2021-06-01", "The Orley reserve keeps about 55 km of footpaths."));
        var group = result.GroupOf("more than 50 km");
        Assert.Equal(Verdict.Agreement, group.Verdict);
        Assert.Contains("compatible figures, not the same one", group.Explanation, StringComparison.Ordinal);
        Assert.Contains("allow", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_figure_is_never_certain_to_be_alone()
    {
        var result = Analyze.Corpus(("a", "2021-05-01", "The Orley reserve keeps 52 km of footpaths."));
        var group = result.GroupOf("52 km");
        Assert.Equal(Verdict.Single, group.Verdict);
        Assert.True(group.Confidence < 1);
    }

    [Fact]
    public void Matching_figures_agree_more_surely_than_compatible_ones()
    {
        var same = Analyze.Corpus(
            ("a", "2021-05-01", "The Orley reserve keeps 52 km of footpaths."),
            ("b", "2021-06-01", "The Orley reserve keeps 52 km of footpaths for walkers."));
        var compatible = Analyze.Corpus(
            ("a", "2021-05-01", "The Orley reserve keeps more than 50 km of footpaths."),
            ("b", "2021-06-01", "The Orley reserve keeps about 55 km of footpaths for walkers."));
        Assert.True(same.GroupOf("52 km").Confidence > compatible.GroupOf("more than 50 km").Confidence);
    }

    [Fact]
    public void One_outlet_repeating_itself_is_less_sure_than_two_sources_agreeing_and_no_surer_than_a_lone_claim()
    {
        var twoSources = Analyze.Corpus(
            ("a", "2021-05-01", "The Orley reserve keeps 52 km of footpaths."),
            ("b", "2021-06-01", "The Orley reserve keeps 52 km of footpaths for walkers."));
        var oneOutlet = Analyze.Corpus(
            ("a", "2021-05-01", "The Orley reserve keeps 52 km of footpaths.\n\nMaps are free.\n\nThe Orley reserve keeps 52 km of footpaths for walkers."));
        var lone = Analyze.Corpus(("a", "2021-05-01", "The Orley reserve keeps 52 km of footpaths."));

        var repeated = oneOutlet.GroupOf("52 km");
        Assert.Equal(2, repeated.ClaimIds.Count);
        Assert.Equal(1, repeated.IndependentSources);
        Assert.True(repeated.Confidence < twoSources.GroupOf("52 km").Confidence, $"{repeated.Confidence} against {twoSources.GroupOf("52 km").Confidence}");
        Assert.True(repeated.Confidence <= lone.GroupOf("52 km").Confidence, $"{repeated.Confidence} against a lone claim's {lone.GroupOf("52 km").Confidence}");
    }
}
