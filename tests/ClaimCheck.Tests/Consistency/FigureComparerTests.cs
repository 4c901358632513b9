using ClaimCheck.Consistency;
using ClaimCheck.Matching;
using ClaimCheck.Tests.Extraction;

namespace ClaimCheck.Tests.Consistency;

/// <summary>When two figures can both be true of one quantity at one time: precision, round figures, ranges, bounds.</summary>
public sealed class FigureComparerTests
{
    private static string Compare(string a, string b)
    {
        var left = Figure.Of(Extract.Quantities(a)[0], AnalysisSettings.Default);
        var right = Figure.Of(Extract.Quantities(b)[0], AnalysisSettings.Default);
        return FigureComparer.Compare(left, right, AnalysisSettings.Default).ToString();
    }

    [Theory]
    [InlineData("The fund holds $1.8 trillion.", "The fund holds $1.845 trillion.")] // written to a tenth of a trillion
    [InlineData("The port handled 412,000 containers.", "The port handled 412,300 containers.")] // to the thousand
    [InlineData("The club has 1,000 members.", "The club has 1,012 members.")] // a round figure stands for a precise one
    [InlineData("The town has 30 schools.", "The town has 31 schools.")]
    public void Figures_within_what_their_writing_allows_are_the_same_or_compatible(string a, string b) =>
        Assert.NotEqual("Incompatible", Compare(a, b));

    [Theory]
    [InlineData("The siege lasted 41 days.", "The siege lasted 45 days.")] // 45 is round but no rounder than 41
    [InlineData("Turnout was 72 percent.", "Turnout was 78 percent.")]
    [InlineData("The bridge cost $20 million to $25 million.", "The bridge cost $20 million to $22 million.")] // ranges agree at both ends
    [InlineData("The club has 1,100 members.", "The club has 1,000 members.")]
    [InlineData("The council has 32 members.", "The council has 33 members.")] // counts of things are exact
    [InlineData("The plant will cut up to 400 jobs.", "The plant will cut 450 jobs.")]
    public void Different_figures_are_incompatible(string a, string b) =>
        Assert.Equal("Incompatible", Compare(a, b));

    [Theory]
    [InlineData("More than 50 firms took part.", "Over 60 firms took part.")]
    [InlineData("About 450 people work there.", "More than 440 people work there.")]
    public void Compatible_figures_that_say_different_things_are_not_the_same(string a, string b) =>
        Assert.Equal("Compatible", Compare(a, b));

    [Fact]
    public void The_same_figure_in_other_words_is_the_same() =>
        Assert.Equal("Same", Compare("The fair drew 12,000 visitors.", "The fair drew 12,000 visitors last year."));
}
