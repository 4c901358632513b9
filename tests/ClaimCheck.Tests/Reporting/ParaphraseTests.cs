using ClaimCheck.Diffing;

namespace ClaimCheck.Tests.Reporting;

/// <summary>A word diff is shown only between close paraphrases: most of the longer sentence's words kept.</summary>
public sealed class ParaphraseTests
{
    [Theory]
    [InlineData("The council approved 12 new bus routes on Tuesday.", "The council approved 14 new bus routes on Tuesday.")]
    [InlineData("About 300 volunteers cleaned the beach on Sunday.", "Some 300 volunteers cleaned the river beach on Sunday morning.")]
    [InlineData("Same words.", "Same words.")]
    public void Close_rewordings_are_paraphrases(string from, string to) =>
        Assert.True(WordDiff.IsParaphrase(WordDiff.Compute(from, to)));

    [Theory]
    [InlineData("The strike lasted 44 days and closed every port in the region for a month.", "After 44 days, talks resumed.")]
    [InlineData("These days I receive thousands of letters from readers around the world.", "I get thousands of letters every day.")]
    public void Unrelated_sentences_sharing_a_figure_are_not(string from, string to) =>
        Assert.False(WordDiff.IsParaphrase(WordDiff.Compute(from, to)));
}
