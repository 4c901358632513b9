using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Counts that are quantities though the counted noun is not right after the number (issue 12, item 5): <c>N other X</c>,
/// <c>N more X</c>, <c>N of the firm's X</c>, fractions without <c>of</c>, multiples written as one word, spelled compounds.
/// Every sentence here is made up.
/// </summary>
public sealed class CountPhraseTests
{
    [Theory]
    [InlineData("Police said 14 other people were hurt.", 14, "people")]
    [InlineData("They hired 30 other engineers last spring.", 30, "engineer")]
    [InlineData("The council plans to build 300 more homes.", 300, "home")]
    [InlineData("The chain said 25 more stores would open.", 25, "store")]
    [InlineData("The ferry will carry 40 fewer cars.", 40, "car")]
    [InlineData("Two other ministers resigned on Friday.", 2, "minister")]
    public void A_number_before_other_or_more_counts_the_noun_after_them(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Some 40 of the company's stores will close.", 40, "store")]
    [InlineData("He sold 12 of the team's horses.", 12, "horse")]
    [InlineData("Only 9 of its branches stayed open.", 9, "branch")]
    [InlineData("Three of the region's hospitals were full.", 3, "hospital")]
    [InlineData("Auditors checked 15 of the 20 schools.", 15, "school")]
    public void A_number_of_a_possessed_or_determined_noun_counts_that_noun(string text, double value, string unit)
    {
        var claim = Assert.Single(Extract.Quantities(text), c => c.Value == value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Shares rose 5 more than expected.")]
    [InlineData("The other 2 were fine.")]
    public void Other_and_more_without_a_noun_count_nothing_new(string text)
    {
        Assert.DoesNotContain(Extract.Quantities(text), c => c.Unit is "than" or "were");
    }

    [Theory]
    [InlineData("A quarter of the workers were sent home.", 0.25, "worker")]
    [InlineData("Half the staff quit within a year.", 0.5, "staff")]
    [InlineData("Almost half its members voted no.", 0.5, "member")]
    [InlineData("Nearly half of the voters stayed at home.", 0.5, "voter")]
    [InlineData("Three quarters of the homes had no power.", 0.75, "home")]
    public void Fractions_of_a_group_count_the_group(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value!.Value, 6);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Exports rose fourfold over the decade.", 4)]
    [InlineData("Output grew tenfold after the upgrade.", 10)]
    [InlineData("Fares went up threefold.", 3)]
    [InlineData("Fares went up 3-fold.", 3)]
    public void A_multiple_written_as_one_word_is_a_ratio(string text, double value)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal("times", claim.Unit);
        Assert.Equal(ClaimKind.Ratio, claim.Kind);
    }

    [Fact]
    public void Manifold_and_unfold_are_no_multiples()
    {
        Assert.Empty(Extract.Quantities("The manifold failed as the crisis began to unfold."));
    }

    [Theory]
    [InlineData("Add 3/4 cup of sugar to the mix.", 0.75, "cup")]
    [InlineData("Stir in 1/2 cup of milk.", 0.5, "cup")]
    public void A_fraction_of_a_measure_keeps_its_measure(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The stadium holds thirty-one thousand two hundred and five people.", 31_205, "people")]
    [InlineData("The town has twenty-two thousand residents.", 22_000, "resident")]
    [InlineData("The fund paid out one hundred and twenty thousand claims.", 120_000, "claim")]
    [InlineData("The archive keeps nine hundred and ninety-nine letters.", 999, "letter")]
    public void Spelled_compounds_are_one_number(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }
}
