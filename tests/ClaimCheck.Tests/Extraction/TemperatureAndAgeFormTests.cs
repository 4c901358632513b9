namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Temperature scales and ages in the forms people write them: the scale as a letter after <c>degrees</c>, <c>deg</c> for
/// degree, the common misspellings of the scales, and ages as <c>N years of age</c>. Every sentence here is made up.
/// </summary>
public sealed class TemperatureAndAgeFormTests
{
    [Theory]
    [InlineData("The pool is kept at 28 degrees C all year.", 28, "celsius")]
    [InlineData("Bake the loaf at 400 degrees F for an hour.", 400, "fahrenheit")]
    [InlineData("the oven reached 220 deg c before noon", 220, "celsius")]
    [InlineData("Frost came at 28 deg F overnight.", 28, "fahrenheit")]
    [InlineData("The lake warmed to 24 celcius in July.", 24, "celsius")]
    [InlineData("It felt like 104 degrees farenheit in the shade.", 104, "fahrenheit")]
    [InlineData("Keep the wine at 12 deg in the cellar.", 12, "degree")]
    public void Temperature_scales_written_short_or_misspelt(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Screening starts at 50 years of age.", 50, "year of age")]
    [InlineData("Most children walk by fifteen months of age.", 15, "month of age")]
    [InlineData("Puppies are weaned at 8 weeks of age.", 8, "week of age")]
    public void Ages_written_with_of_age(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The plane banked 30 degrees to the left.", 30, "degree")]
    [InlineData("She has two degrees in physics.", 2, "degree")]
    public void Degrees_without_a_scale_stay_degrees(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }
}
