using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Kitchen measures are volumes, as gallons and pints already are: tablespoons, teaspoons and fluid ounces, in full and
/// in the short forms recipes print. Cups stay counted things, because a cup is as often a trophy. Every sentence here
/// is made up.
/// </summary>
public sealed class KitchenMeasureTests
{
    [Theory]
    [InlineData("Stir in 2 tablespoons of honey.", 2, "tablespoon")]
    [InlineData("Add 3 tbsp olive oil and stir.", 3, "tablespoon")]
    [InlineData("Season with 1 teaspoon of salt.", 1, "teaspoon")]
    [InlineData("The glaze takes 2 tsp vanilla.", 2, "teaspoon")]
    [InlineData("Each bottle holds 12 fl oz of juice.", 12, "fluid ounce")]
    [InlineData("Each can holds 16 fluid ounces.", 16, "fluid ounce")]
    public void Kitchen_measures_are_volumes(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(ClaimKind.Measure, claim.Kind);
    }

    [Theory]
    [InlineData("Pour in 4 cups of stock.", 4)]
    [InlineData("The club has won three FA Cups since the war.", 3)]
    [InlineData("She played in five World Cups.", 5)]
    public void Cups_are_counted_whether_kitchen_or_trophy(string text, double value)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(ClaimKind.Count, claim.Kind);
        Assert.Contains("cup", claim.Unit, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ounces_of_weight_stay_ounces()
    {
        var claim = Extract.Single("The steak weighs 8 oz before cooking.");
        Assert.Equal(8, claim.Value);
        Assert.Equal("ounce", claim.Unit);
    }
}
