using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

public sealed class NumberFormTests
{
    [Theory]
    [InlineData("The plant employs 1,000 workers.", 1000, "worker")]
    [InlineData("The plant employs 13000 workers.", 13000, "worker")]
    [InlineData("The ministry tested 1.5 prototypes per month on average.", 1.5, "prototype per month")]
    [InlineData("Shares closed at 58.24 points.", 58.24, "point")]
    [InlineData("Three factories opened.", 3, "factory")]
    [InlineData("Eleven companies signed.", 11, "company")]
    [InlineData("Twenty-two countries took part.", 22, "country")]
    [InlineData("They brought a dozen drones.", 12, "drone")]
    [InlineData("It has 1.2 million users.", 1_200_000, "user")]
    [InlineData("They own three hundred thousand hectares.", 300_000, "hectare")]
    [InlineData("The city has 4 hundred million people.", 400_000_000, "people")]
    [InlineData("Two dozen ships sailed.", 24, "ship")]
    [InlineData("Twenty first-time buyers signed.", 20, "first-time buyer")]
    [InlineData("The station ran a thirty second advert.", 30, "second")]
    public void Reads_numbers_in_digits_words_and_mixed_forms(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value!.Value, 6);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The council wants half a million visitors a year.", 500_000, Qualifier.Exact, "visitor per year")]
    [InlineData("More than half a million commuters used the line.", 500_000, Qualifier.MoreThan, "commuter")]
    [InlineData("Almost a quarter of a million homes lost power.", 250_000, Qualifier.Approximate, "home")]
    [InlineData("Three quarters of a million voters switched.", 750_000, Qualifier.Exact, "voter")]
    [InlineData("The suburbs are home to a half million residents.", 500_000, Qualifier.Exact, "resident")]
    [InlineData("The suburbs are home to a quarter million residents.", 250_000, Qualifier.Exact, "resident")]
    [InlineData("One and a half million people signed the petition.", 1_500_000, Qualifier.Exact, "people")]
    [InlineData("The museum expects two and a half million visitors.", 2_500_000, Qualifier.Exact, "visitor")]
    [InlineData("A million and a half tourists came.", 1_500_000, Qualifier.Exact, "tourist")]
    [InlineData("The fund holds one billion and a half million euros.", 1_000_500_000, Qualifier.Exact, "euro")]
    [InlineData("The region has 3 million and a half residents.", 3_500_000, Qualifier.Exact, "resident")]
    [InlineData("Half a dozen boats sank.", 6, Qualifier.Exact, "boat")]
    [InlineData("The deal is worth half a billion dollars.", 500_000_000, Qualifier.Exact, "dollar")]
    public void Reads_fractions_of_a_scale_written_in_words(string text, double value, Qualifier qualifier, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value!.Value, 6);
        Assert.Equal(qualifier, claim.Qualifier);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("A third of the staff left.", 1d / 3, "staff")]
    [InlineData("Half of the ferries were late.", 0.5, "ferry")]
    public void A_fraction_of_something_is_a_ratio_not_a_count(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(ClaimKind.Ratio, claim.Kind);
        Assert.Equal(value, claim.Value!.Value, 6);
        Assert.Equal(unit, claim.Unit);
    }

    [Fact]
    public void Reads_twenty_eight_and_a_half_years_as_a_duration()
    {
        var claim = Extract.Single("Shusha was under occupation for 28 and a half years.");
        Assert.Equal(ClaimKind.Duration, claim.Kind);
        Assert.Equal(28.5, claim.Value);
        Assert.Equal("year", claim.Unit);
        Assert.Equal("28 and a half years", claim.Text);
    }

    [Theory]
    [InlineData("Hundreds of people gathered.", 100, 1000, "people")]
    [InlineData("Tens of thousands of students study there.", 10_000, 100_000, "student")]
    [InlineData("Dozens of enterprises were built.", 12, 120, "enterprise")]
    [InlineData("Thousands of letters arrived.", 1000, 10_000, "letter")]
    [InlineData("Hundreds of thousands of people marched.", 100_000, 1_000_000, "people")]
    public void Reads_vague_amounts_as_ranges(string text, double low, double high, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(Qualifier.Range, claim.Qualifier);
        Assert.Equal(low, claim.Low);
        Assert.Equal(high, claim.High);
        Assert.Equal(low, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Prices rose by between 10 and 20 percent.", 10, 20, "percent")]
    [InlineData("The trip takes 12 to 15 days.", 12, 15, "day")]
    [InlineData("Support grew from 47 percent to 86 percent.", 47, 86, "percent")]
    [InlineData("The fine is $89 to $93 billion.", 89e9, 93e9, "dollar")]
    [InlineData("We used a 5-10W laser.", 5, 10, "watt")]
    [InlineData("There are 1 to 2 thousand people.", 1000, 2000, "people")]
    public void Reads_ranges(string text, double low, double high, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(Qualifier.Range, claim.Qualifier);
        Assert.Equal(low, claim.Low!.Value, 3);
        Assert.Equal(high, claim.High!.Value, 3);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Funding of 1 billion manats is planned in 2024–2025.", "2024/2025")]
    [InlineData("Dozens of plants were built between 1970 and 1982.", "1970/1982")]
    [InlineData("Production grew in 1970-1982.", "1970/1982")]
    public void Reads_a_span_of_years_as_a_period_not_a_count(string text, string period)
    {
        var all = Extract.All(text);
        var date = Assert.Single(all, c => c.Kind == ClaimKind.Date);
        Assert.Equal(period, date.Date);
        Assert.DoesNotContain(all, c => c.Kind != ClaimKind.Date && (c.Value == 1970 || c.Value == 2024));
    }

    [Theory]
    [InlineData("The line reopened on 17.10.2018 with 240 staff.", "2018-10-17")]
    [InlineData("The line reopened on 2018-10-17 with 240 staff.", "2018-10-17")]
    [InlineData("The line reopened on 17/10/2018 with 240 staff.", "2018-10-17")]
    [InlineData("The line reopened on 28.04.16 with 240 staff.", "2016-04-28")]
    [InlineData("The line reopened on 05/06/2019 with 240 staff.", "2019")] // day and month either way round: only the year is sure
    public void Reads_a_date_in_digits_as_a_date_not_a_number(string text, string date)
    {
        var all = Extract.All(text);
        Assert.Equal(date, Assert.Single(all, c => c.Kind == ClaimKind.Date).Date);
        Assert.Equal(240, Assert.Single(all, c => c.Kind != ClaimKind.Date).Value);
    }

    [Fact]
    public void A_version_number_is_not_a_date()
    {
        Assert.DoesNotContain(Extract.All("Firmware 4.4.2 reached 300 devices."), c => c.Kind == ClaimKind.Date);
    }

    [Theory]
    [InlineData("The mass of the sun is approximately 1.99×10^30 kilograms.", 1.99e30)]
    [InlineData("The mass of an electron is 9.11 × 10−31 kilograms.", 9.11e-31)]
    [InlineData("A mole holds 6.02 x 10^23 kilograms.", 6.02e23)]
    public void Reads_scientific_notation_written_with_a_multiplication_sign(string text, double value)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value!.Value, value * 1e-9);
        Assert.Equal("kilogram", claim.Unit);
    }

    [Fact]
    public void A_product_of_dimensions_is_not_a_power()
    {
        Assert.DoesNotContain(Extract.Quantities("The board is 2 x 10 metres."), c => c.Value > 100);
    }

    [Theory]
    [InlineData("The season 2024-25 was long.", "2024/2025")]
    [InlineData("The season 2024/25 was long.", "2024/2025")]
    public void Reads_a_two_digit_end_year_after_a_dash_or_slash(string text, string period)
    {
        Assert.Equal(period, Assert.Single(Extract.All(text), c => c.Kind == ClaimKind.Date).Date);
    }

    [Theory]
    [InlineData("Merck's 2018 sales jumped 90 per cent.", "2018")]
    [InlineData("The firm said its 2019 profits doubled.", "2019")]
    public void A_year_after_a_possessive_dates_the_noun(string text, string year)
    {
        var all = Extract.All(text);
        Assert.Equal(year, Assert.Single(all, c => c.Kind == ClaimKind.Date).Date);
        Assert.DoesNotContain(all, c => c.Kind == ClaimKind.Count);
    }

    [Fact]
    public void A_count_after_a_possessive_is_still_a_count()
    {
        Assert.Equal(1500, Extract.Single("The company's 1500 employees went on strike.").Value);
    }

    [Fact]
    public void A_number_after_a_year_and_to_is_not_a_two_digit_year()
    {
        var all = Extract.All("Mileage went from 20 mpg in 2008 to 29 in 2020.");
        Assert.Equal(["2008", "2020"], all.Where(c => c.Kind == ClaimKind.Date).Select(c => c.Date));
        Assert.Contains(all, c => c.Kind == ClaimKind.Measure && c.Value == 29);
    }

    [Theory]
    [InlineData("Exports are 2.3 times higher.", 2.3, ClaimKind.Ratio)]
    [InlineData("Turnover rose 10 percent.", 10, ClaimKind.Percent)]
    [InlineData("Turnover is 7%.", 7, ClaimKind.Percent)]
    [InlineData("The war lasted 44 days.", 44, ClaimKind.Duration)]
    [InlineData("The wall is 30 metres high.", 30, ClaimKind.Measure)]
    [InlineData("Two-thirds of the voters agreed.", 2d / 3, ClaimKind.Ratio)]
    [InlineData("One out of three Germans agreed.", 1d / 3, ClaimKind.Ratio)]
    public void Classifies_the_kind_of_quantity(string text, double value, ClaimKind kind)
    {
        var claim = Extract.Single(text);
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(value, claim.Value!.Value, 6);
    }

    [Theory]
    [InlineData("The counter showed {0} items.")]
    [InlineData("The counter showed {0}.{0} items.")]
    [InlineData("The universe holds 10^400 states.")]
    [InlineData("The universe holds 10^{0} states.")]
    [InlineData("The universe holds 1e400 states.")]
    [InlineData("The universe holds 6.02E+400 states.")]
    [InlineData("The universe holds $10^400 and 1e999 dollars.")]
    public void Numbers_beyond_double_range_are_not_claims_and_leave_no_pieces(string template)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, new string('9', 500));
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("Each sample held 10^6 cells.", 1e6, "10^6 cells")]
    [InlineData("Each sample held 2.5e3 cells.", 2500, "2.5e3 cells")]
    public void Powers_within_range_are_read_whole(string text, double value, string claimText)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(claimText, claim.Text);
        Assert.Equal("cell", claim.Unit);
    }
}

public sealed class MillionSuffixTests
{
    [Theory]
    [InlineData("The streaming service has 48m subscribers.", 48_000_000, "subscriber")]
    [InlineData("The depot shipped 2.5m parcels last year.", 2_500_000, "parcel")]
    [InlineData("The terminal moved 1.2m TEU in 2020.", 1_200_000, "teu")]
    [InlineData("About 3m people voted.", 3_000_000, "people")]
    public void A_glued_m_before_things_counted_is_a_million(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The field pumped 1.8m barrels a day in June.", 1_800_000)]
    [InlineData("The port handled 6m tonnes of grain.", 6_000_000)]
    [InlineData("Reservoirs hold 2.2m litres more than last year.", 2_200_000)]
    public void A_glued_m_before_a_plural_unit_is_a_million_of_that_unit(string text, double value)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.NotEqual("metre", claim.Unit);
    }

    [Theory]
    [InlineData("The ministry set aside RM4.5mil for flood relief.", 4_500_000, "ringgit")]
    [InlineData("The county will borrow $18.3 mil for the school.", 18_300_000, "dollar")]
    [InlineData("The club paid £2.7 m for the goalkeeper.", 2_700_000, "pound")]
    [InlineData("The charity raised €1.2 bn last year.", 1_200_000_000, "euro")]
    public void Money_takes_a_scale_written_apart_or_as_mil(string text, double value, string currency)
    {
        var claim = Assert.Single(Extract.Quantities(text), c => c.Kind == ClaimKind.Money);
        Assert.Equal(value, claim.Value!.Value, 3);
        Assert.Contains(currency, claim.Unit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The app says it has 3 B users.", 3_000_000_000, "user")]
    [InlineData("The clip got 25 k views overnight.", 25_000, "view")]
    [InlineData("The network lists 9 M subscribers.", 9_000_000, "subscriber")]
    public void A_scale_letter_standing_apart_before_things_counted_multiplies(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The film is 5 mil thick.")]
    [InlineData("The pole stands 3 m tall.")]
    public void Without_money_or_counted_things_a_letter_apart_is_not_a_scale(string text)
    {
        var claim = Extract.Single(text);
        Assert.True(claim.Value < 10, $"{claim.Text} read as {claim.Value}");
    }

    [Theory]
    [InlineData("They built a 2.4m wall around the yard.", 2.4)]
    [InlineData("She won the 100m sprint.", 100)]
    [InlineData("The mast is 12m tall.", 12)]
    public void A_glued_m_before_anything_else_is_a_metre(string text, double value)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal("metre", claim.Unit);
    }

    [Theory]
    [InlineData("The new quay can take ships of 14,000 TEU.", 14000, "teu")]
    [InlineData("The wind farm adds 350 MW to the grid.", 350, "megawatt")]
    public void An_acronym_after_a_number_is_what_is_counted_not_a_name(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }
}
