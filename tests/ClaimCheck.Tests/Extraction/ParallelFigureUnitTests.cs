using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Units carried between parallel figures (issue 12, item 2): a list of figures that writes its unit once, two alternatives
/// of which only the second shows its currency, a change and the level it leads to. And the figures that only sit next to
/// each other, which must keep their own units. Every sentence here is made up.
/// </summary>
public sealed class ParallelFigureUnitTests
{
    private static Claim With(string text, double value)
    {
        var claims = Extract.Quantities(text);
        var claim = claims.FirstOrDefault(c => c.Value == value);
        Assert.True(claim is not null, $"no figure {value} in \"{text}\", got: {string.Join(" | ", claims.Select(c => $"{c.Text} [{c.Unit}]"))}");
        return claim;
    }

    [Theory]
    [InlineData("Bus fares rose 3, 4 and 5 percent in the three regions.", 3, "percent")]
    [InlineData("Bus fares rose 3, 4 and 5 percent in the three regions.", 4, "percent")]
    [InlineData("The fund lost 7, 9, and 12 percent in successive years.", 9, "percent")]
    [InlineData("Turnout was 0.5, 3 and 41 percent in the three polls.", 0.5, "percent")]
    [InlineData("The three crews logged 12, 15 and 140 hours of flying.", 12, "hour")]
    [InlineData("Pupils walk 2 or 3 km to school.", 2, "kilometre")]
    [InlineData("Our readers sent in 40, 55 and 61 letters.", 55, "letter")]
    public void Bare_figures_of_a_list_take_the_unit_written_with_its_last_figure(string text, double value, string unit)
    {
        Assert.Equal(unit, With(text, value).Unit);
    }

    [Theory]
    [InlineData("The plants made 3, 4 and 5 million tonnes.", 3e6, "tonne")]
    [InlineData("Bids of 2 or $3 billion were made.", 2e9, "dollar")]
    [InlineData("They shipped 800,000, 900,000 and 1.2 million tonnes.", 800_000, "tonne")]
    public void A_list_shares_the_scale_written_with_its_last_figure(string text, double value, string unit)
    {
        Assert.Equal(unit, With(text, value).Unit);
    }

    [Theory]
    [InlineData("Output should reach between 6 and 8 million tonnes.", 6e6, "tonne")]
    [InlineData("The striker hopes for 2 or 3 goals this month.", 2, "goal")]
    [InlineData("Tickets were £3 or £4 each.", 3, "pound sterling")]
    public void Ranges_already_share_their_unit(string text, double value, string unit)
    {
        Assert.Equal(unit, With(text, value).Unit);
    }

    [Theory]
    [InlineData("A sandwich will cost about 6 or $7 at the stall.", 6, "dollar")]
    [InlineData("Rooms go for 90, 110 or €150 in summer.", 110, "euro")]
    [InlineData("Each share may fetch 12 or £13 in the sale.", 12, "pound sterling")]
    public void A_bare_alternative_takes_the_currency_of_the_next(string text, double value, string unit)
    {
        var claim = With(text, value);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(ClaimKind.Money, claim.Kind);
    }

    [Theory]
    [InlineData("The index dropped 40 points to 1,210.5 on Friday.", 1210.5, "point")]
    [InlineData("The blue-chip gauge added 18.25 points to 6,402.7.", 6402.7, "point")]
    [InlineData("The gauge fell by 9 points, or 1.1 percent, to 812.", 812, "point")]
    [InlineData("The firm cut 40 jobs to 1,200.", 1200, "job")]
    [InlineData("The water rose 2 metres to 7.5 during the storm.", 7.5, "metre")]
    [InlineData("Unemployment fell 0.3 percentage points to 4.1.", 4.1, "percent")]
    [InlineData("The bank cut its rate by 25 basis points to 3.75.", 3.75, "percent")]
    [InlineData("The gauge ended at 2,017.6, up 31.4 points.", 2017.6, "point")]
    [InlineData("Membership stood at 8,250, down 140 members.", 8250, "member")]
    public void The_level_a_change_leads_to_is_in_the_unit_of_the_change(string text, double value, string unit)
    {
        Assert.Equal(unit, With(text, value).Unit);
    }

    [Theory]
    [InlineData("Crude climbed 2.1 percent to 88.40 dollars a barrel.", 88.4, "dollar per barrel")]
    [InlineData("She has 3 children and 40 dollars in the bank.", 3, "child")]
    [InlineData("The team won 3 of 5 games.", 3, "game")]
    public void A_figure_with_a_unit_of_its_own_keeps_it(string text, double value, string unit)
    {
        Assert.Equal(unit, With(text, value).Unit);
    }

    [Theory]
    [InlineData("Shares rose 2.5 percent to 31.6 on Tuesday.", 31.6)]
    [InlineData("The stock gained 20 cents to 4.15.", 4.15)]
    [InlineData("Sales fell 3 times to 11 in a decade.", 11)]
    [InlineData("Of the 40, 25 percent were women.", 40)]
    [InlineData("Children aged 5 and 6 and 40 percent of adults were tested.", 6)]
    [InlineData("The gauge ended at 2,017.6, up 1.6 percent.", 2017.6)]
    [InlineData("The vote was 12, up 3 percent on the year.", 12)]
    [InlineData("At 9, 10 percent of the staff were still missing.", 9)]
    public void A_unit_is_not_carried_where_the_figures_are_not_parallel(string text, double value)
    {
        var claim = Extract.Quantities(text).FirstOrDefault(c => c.Value == value);
        Assert.True(claim is null || claim.Unit is null, $"{value} in \"{text}\" took the unit {claim?.Unit}");
    }

    [Theory]
    [InlineData("Sales fell in 2019 and 45 percent of stores closed.", 2019)]
    [InlineData("Take Route 66 and 5 miles later turn left.", 66)]
    [InlineData("On May 3 and 4 percent of voters stayed home.", 3)]
    [InlineData("Since 2015 and 30 percent growth, nothing changed.", 2015)]
    public void A_year_a_date_or_a_name_never_takes_the_unit_of_the_figure_beside_it(string text, double value)
    {
        Assert.DoesNotContain(Extract.Quantities(text), c => c.Value == value && c.Unit is not null);
    }
}
