using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

public sealed class UnitTests
{
    [Theory]
    [InlineData("The budget is 1 billion manats.", 1e9, "manat")]
    [InlineData("A ticket costs $6.", 6, "dollar")]
    [InlineData("Oil traded at US $58.24 per barrel.", 58.24, "dollar per barrel")]
    [InlineData("Ford expects a loss of $800m.", 800e6, "dollar")]
    [InlineData("The deal is worth €1.2bn.", 1.2e9, "euro")]
    [InlineData("The house sold for £450,000.", 450_000, "pound sterling")]
    [InlineData("They pay a $3500 a month mortgage.", 3500, "dollar per month")]
    [InlineData("The yacht cost USD10m.", 10e6, "dollar")]
    [InlineData("Passengers paid HK $216,925 in total.", 216_925, "hong kong dollar")]
    [InlineData("It sold for 333.6 million yen.", 333.6e6, "japanese yen")]
    [InlineData("Arnold bought a notebook for 1,200€.", 1200, "euro")]
    [InlineData("The concert ticket cost me 150 kn.", 150, "croatian kuna")]
    [InlineData("Rent is 12,000 Kč a month.", 12_000, "czech koruna per month")]
    [InlineData("A coffee costs 40 zł in Warsaw.", 40, "zloty")]
    [InlineData("The fine was 90,000 Ft.", 90_000, "hungarian forint")]
    [InlineData("The loan is PLN 2 million.", 2e6, "zloty")]
    [InlineData("Jakarta set aside Rp 5 trillion.", 5e12, "indonesian rupiah")]
    [InlineData("A meal costs 250 baht.", 250, "thai baht")]
    [InlineData("Salaries rose to 3,500 lei.", 3500, "romanian leu")]
    public void Reads_money_with_its_currency(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(ClaimKind.Money, claim.Kind);
        Assert.Equal(value, claim.Value!.Value, 3);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The engine makes 640bhp.", "brake horsepower")]
    [InlineData("The cliff is 300 ft high.", "foot")]
    [InlineData("It can reach 80km/h.", "kilometre per hour")]
    [InlineData("The range is 287 miles.", "mile")]
    [InlineData("A 5.5kWh battery is fitted.", "kilowatt hour")]
    [InlineData("The floor area is 32m2.", "square metre")]
    [InlineData("The field produced about 1 million barrels of oil.", "barrel of oil")]
    [InlineData("Winds reached 155mph.", "mile per hour")]
    [InlineData("The atmosphere can dip to minus-130 degrees Fahrenheit.", "fahrenheit")]
    [InlineData("The fuel economy is 23 mpg.", "mile per gallon")]
    [InlineData("Diamonds score between 50 and 70 on the GPa scale.", "gigapascal")]
    [InlineData("The quake measured 7.1 on the Richter scale.", "richter scale")]
    [InlineData("The current density reached 1.3 A/cm2.", "ampere per square centimetre")]
    [InlineData("The charger delivers 3A.", "ampere")]
    [InlineData("The wound is 4 cm² wide.", "square centimetre")]
    public void Reads_measures_and_normalises_their_unit(string text, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(ClaimKind.Measure, claim.Kind);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("Azerbaijan won a 44-day war.", 44, "day")]
    [InlineData("The war lasted 44 days.", 44, "day")]
    [InlineData("A five-year plan was adopted.", 5, "year")]
    public void Reads_durations_including_adjectival_ones(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(ClaimKind.Duration, claim.Kind);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The company produces more than 1,000 types of military products.", "military product", "type")]
    [InlineData("They bought thousands of COVID-19 tests.", "covid-19 test", null)]
    [InlineData("They bought thousands of COVID -19 tests.", "covid-19 test", null)]
    [InlineData("Cayman Airways is grounding two new 737 Max jets.", "new 737 max jet", null)]
    [InlineData("The exhibition showed 800 samples of weapons.", "weapon", "sample")]
    [InlineData("Seven European countries were surveyed.", "european country", null)]
    [InlineData("As many as 14 first-team players left the club.", "first-team player", null)]
    [InlineData("Among his approximately 300 recorded songs were hits.", "song", null)]
    [InlineData("The state will provide three thousand tests per day.", "test per day", null)]
    [InlineData("It had 4.3M digital and physical sales.", "digital physical sale", null)]
    public void Finds_what_a_count_counts(string text, string unit, string? classifier)
    {
        var claim = Extract.Single(text);
        Assert.Equal(ClaimKind.Count, claim.Kind);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(classifier, claim.Classifier);
    }

    [Fact]
    public void Splits_representatives_of_countries_into_two_claims()
    {
        var claims = Extract.Quantities("32 representatives of 21 countries took part in the inspection tour.");
        Assert.Collection(
            claims,
            c =>
            {
                Assert.Equal(32, c.Value);
                Assert.Equal("representative", c.Unit);
            },
            c =>
            {
                Assert.Equal(21, c.Value);
                Assert.Equal("country", c.Unit);
            });
    }

    [Fact]
    public void A_noun_that_is_a_unit_makes_the_claim_a_measure()
    {
        var claim = Extract.Single("The defense gave up 517 rushing yards.");
        Assert.Equal(ClaimKind.Measure, claim.Kind);
        Assert.Equal("yard", claim.Unit);
        Assert.Equal(Qualifier.Exact, claim.Qualifier);
    }
}

public sealed class UnitInheritanceTests
{
    [Fact]
    public void A_part_takes_the_unit_of_its_whole()
    {
        var claims = Extract.Quantities("He has only raised 280 million of the 1.5 billion shekels he needs.");
        Assert.All(claims, c => Assert.Equal("shekel", c.Unit));
        Assert.Equal(280e6, claims[0].Value);
    }

    [Fact]
    public void The_end_of_a_from_to_statement_takes_the_unit_of_its_start()
    {
        var claims = Extract.Quantities("Mileage rose from about 14-18 mpg to 24 for SUVs.");
        Assert.Equal("mile per gallon", claims[^1].Unit);
        Assert.Equal(24, claims[^1].Value);
    }

    [Theory]
    [InlineData("The DAX increased by 2 percent but the Nasdaq decreased by 1.", "percent")]
    [InlineData("The index ended at 1,463.78 points, while the TA-125 ended at 1,334.20.", "point")]
    [InlineData("Petrol sold at $1.30 in March and at 1.45 in May.", "dollar")]
    [InlineData("His launch angle averaged 1.4 degrees in 2018 and 2.1 last year.", "degree")]
    public void A_bare_figure_in_a_parallel_clause_takes_the_unit_of_its_model(string text, string unit)
    {
        var claims = Extract.Quantities(text);
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(unit, c.Unit));
        Assert.Equal(claims[0].Kind, claims[1].Kind);
    }

    [Theory]
    [InlineData("Fuel economy climbed from 21 mpg combined to 23 for FWD models.", 23)]
    [InlineData("Mileage went from 20 mpg in 2008 to 29 in 2020.", 29)]
    public void The_end_of_a_from_to_statement_takes_the_unit_of_its_start_across_a_short_gap(string text, double value)
    {
        var end = Assert.Single(Extract.Quantities(text), c => c.Value == value);
        Assert.Equal("mile per gallon", end.Unit);
    }

    [Fact]
    public void A_large_bare_figure_takes_the_counted_noun_stated_once_with_its_parallel()
    {
        var claims = Extract.Quantities("Texas had the most flashes at 2483805 while Florida came second with 1385710 lightning strikes.");
        Assert.All(claims, c => Assert.Equal("lightning strike", c.Unit));
    }

    [Theory]
    [InlineData("He was 25 when he bought 30 shares.")]
    [InlineData("The firm earned 4,000 after it sold 900,000 shares.")]
    public void A_bare_figure_does_not_borrow_a_noun_from_a_figure_of_another_order(string text)
    {
        Assert.Single(Extract.Quantities(text), c => c.Unit == "share");
    }

    [Fact]
    public void The_start_of_a_to_from_statement_takes_the_unit_of_its_end()
    {
        var claims = Extract.Quantities("Unemployment fell to 4.1 percent from 4.3.");
        Assert.Equal(4.3, claims[^1].Value);
        Assert.Equal("percent", claims[^1].Unit);
    }

    [Theory]
    [InlineData("Prices rose by 2 percent and 40 workers were hired by 3 companies.")]
    [InlineData("Prices rose by 3 percent while the index rose by 1,200.")]
    [InlineData("Prices rose by 3 percent and 1,200 were fired.")]
    public void A_bare_figure_keeps_no_unit_when_its_clause_is_not_parallel(string text)
    {
        var claims = Extract.Quantities(text);
        Assert.Equal("percent", claims[0].Unit);
        Assert.All(claims.Skip(1), c => Assert.NotEqual("percent", c.Unit));
    }

    [Fact]
    public void A_rate_after_a_conversion_in_parentheses_applies_to_the_figure()
    {
        var claims = Extract.Quantities("It is a 9 billion shekels ($2.4 billion) a year industry.");
        Assert.Equal("shekel per year", claims[0].Unit);
    }

    [Fact]
    public void A_conversion_before_a_rate_is_a_figure_of_its_own_at_the_same_rate()
    {
        var claims = Extract.Quantities("It is a 9 billion shekels ($2.4 billion) a year industry.");
        Assert.Equal(["9 billion shekels", "$2.4 billion"], claims.Select(c => c.Text));
        Assert.Equal(2.4e9, claims[1].Value);
        Assert.Equal("dollar per year", claims[1].Unit);
    }

    [Fact]
    public void A_number_noun_compound_counts_the_noun()
    {
        var claim = Extract.Single("It has a six-cylinder engine.");
        Assert.Equal(6, claim.Value);
        Assert.Equal("cylinder", claim.Unit);
    }

    [Fact]
    public void Suspended_hyphens_share_the_noun_of_the_last_item()
    {
        var claims = Extract.Quantities("It comes with four-, five- and six-cylinder engines.");
        Assert.Equal([4d, 5d, 6d], claims.Select(c => c.Value!.Value));
        Assert.All(claims, c => Assert.Equal("cylinder", c.Unit));
    }

    [Fact]
    public void Energy_prices_have_their_rate_unit()
    {
        Assert.Equal("dollar per mega british thermal unit", Extract.Single("Gas was up at US $2.24 per mmBTU.").Unit);
    }
}

public sealed class ComparedFigureUnitTests
{
    [Theory]
    [InlineData("The port handled 912,000 containers in 2016, up from 870,000 the year before.", 870000, "container")]
    [InlineData("The museum drew 41,000 visitors, down from 45,500 a year earlier.", 45500, "visitor")]
    [InlineData("The school has 640 pupils compared with 590 in 2015.", 590, "pupil")]
    [InlineData("The farm grew 300 tonnes of apples, more than the 260 it grew in 2017.", 260, "tonne of apple")]
    public void A_bare_figure_compared_with_an_earlier_one_takes_its_unit(string text, double value, string unit)
    {
        var compared = Assert.Single(Extract.Quantities(text), c => c.Value == value);
        Assert.Equal(unit, compared.Unit);
    }

    [Fact]
    public void A_compared_figure_of_another_order_keeps_no_unit()
    {
        var compared = Assert.Single(Extract.Quantities("The team won 3 titles, against 250 for its rivals."), c => c.Value == 250);
        Assert.Null(compared.Unit);
    }
}

public sealed class SpacedCurrencyCodeTests
{
    [Theory]
    [InlineData("Entry costs C $12 for adults.", 12, "canadian dollar")]
    [InlineData("Parking is S $4 an hour.", 4, "singapore dollar")]
    [InlineData("The ferry ticket is hk $95 return.", 95, "hong kong dollar")]
    [InlineData("The grant is nz $40,000 a year.", 40_000, "new zealand dollar")]
    [InlineData("The bond raised AU $300 million.", 300_000_000, "australian dollar")]
    public void A_dollar_code_is_read_however_it_is_spaced_or_cased(string text, double value, string currency)
    {
        var claim = Assert.Single(Extract.Quantities(text), c => c.Kind == ClaimKind.Money);
        Assert.Equal(value, claim.Value);
        Assert.StartsWith(currency, claim.Unit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("They charge a $5 fee for the map.")]
    [InlineData("It cost us $30 to get in.")]
    public void A_lower_case_word_before_a_dollar_sign_is_no_currency_code(string text)
    {
        var claim = Assert.Single(Extract.Quantities(text), c => c.Kind == ClaimKind.Money);
        Assert.Equal("dollar", claim.Unit);
    }
}
