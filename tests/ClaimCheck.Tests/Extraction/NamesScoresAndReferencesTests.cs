namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Numbers that are not quantities (issue 12, item 5): index and product names, score lines, citations, labels of
/// figures, tables and equations, and exponents written flat in scientific prose. Every sentence here is made up.
/// </summary>
public sealed class NamesScoresAndReferencesTests
{
    [Theory]
    [InlineData("Shares in the FTSE 100 edged up on Monday.")]
    [InlineData("Carmakers dragged the Nikkei 225 lower.")]
    [InlineData("The S&P 500 closed at a record.")]
    [InlineData("Retailers weighed on the CAC 40 again.")]
    [InlineData("The carrier took delivery of an Airbus A320 last week.")]
    [InlineData("Apple unveiled the iPhone 15 in September.")]
    [InlineData("Users who moved to Windows 11 reported fewer crashes.")]
    [InlineData("The Boeing 737 was grounded for months.")]
    public void Index_and_product_names_are_not_figures(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("The FTSE 100 fell 2% in early trading.", 2, "percent")]
    [InlineData("The Nasdaq 100 climbed 40 points.", 40, "point")]
    [InlineData("Three FTSE 100 companies cut their dividends.", 3, "ftse 100 company")]
    [InlineData("Some 100 FTSE companies reported losses.", 100, "ftse company")]
    [InlineData("The airline ordered 20 Airbus A320 jets.", 20, "airbus a320 jet")]
    public void Figures_beside_index_and_product_names_still_count(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    /// <summary>
    /// A score line or a tally (<c>a 3-1 win</c>, <c>a 5-4 vote</c>) and betting odds written the same way (<c>3-1 odds</c>) are
    /// neither a range nor a count: odds are a ratio, but only in the betting convention, and a reader comparing figures
    /// across sources has no use for them, so all three are kept out.
    /// </summary>
    [Theory]
    [InlineData("United sealed a 3-1 win over the visitors.")]
    [InlineData("The hosts won 2–0 in the rain.")]
    [InlineData("They lost 4-2 at home on Sunday.")]
    [InlineData("The board backed the plan in a 5-4 vote.")]
    [InlineData("Bookmakers offered 3-1 odds on the favourite.")]
    public void Score_lines_tallies_and_odds_are_not_figures(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("Earlier studies found similar effects [12,17].")]
    [InlineData("Such yields were reported before [3].")]
    [InlineData("Other groups saw the same shift [4–6].")]
    [InlineData("Other groups saw the same shift [4, 9, 21].")]
    [InlineData("Earlier studies found similar effects (8).")]
    [InlineData("Similar declines were seen in other lakes (3, 9).")]
    [InlineData("The method of Ramos et al. (8) was applied.")]
    public void Citation_numbers_are_not_figures(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("The survey covered 240 lakes [12].", 240, "lake")]
    [InlineData("Ramos et al. (8) sampled 35 wells.", 35, "well")]
    [InlineData("Visits to the park (3) were counted twice.", 3, null)]
    public void Figures_beside_citations_still_count(string text, double value, string? unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The results are shown in Figure 3.")]
    [InlineData("Table 2 lists the sampling sites.")]
    [InlineData("The rate follows from Eq. (4).")]
    [InlineData("The rate follows from Eq. 4 directly.")]
    [InlineData("As Fig. 2b shows, yields fell.")]
    [InlineData("See Figs. 3 and 4 for the trend.")]
    [InlineData("Tables 2–4 list the sites.")]
    [InlineData("Equations (5) and (6) give the rates.")]
    [InlineData("The fit is poor (see Fig. 7, Table 3).")]
    public void Labels_of_figures_tables_and_equations_are_not_figures(string text)
    {
        Assert.Empty(Extract.Quantities(text));
    }

    [Theory]
    [InlineData("Figure 3 shows that 40 wells dried up.", 40, "well")]
    [InlineData("As Table 2 shows, 12 sites were lost.", 12, "site")]
    public void Figures_after_a_label_still_count(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("The flux was 3.2 W m−2 over the year.", 3.2, "watt per square metre")]
    [InlineData("The flux reached 12 W m-2 at noon.", 12, "watt per square metre")]
    [InlineData("The density was 1025 kg m-3 at the surface.", 1025, "kilogram per cubic metre")]
    [InlineData("The decay rate was 0.5 s-1 in the samples.", 0.5, "per second")]
    [InlineData("Net uptake was 4 mol m-2 yr-1 in the bay.", 4, "mole per square metre per year")]
    public void Exponents_written_flat_are_unit_parts(string text, double value, string unit)
    {
        var claim = Extract.Single(text);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
    }

    [Fact]
    public void Exponents_after_a_unit_that_is_not_read_are_still_no_figures()
    {
        // "C" is carbon here, not a unit: the exponents still belong to the unit, not to the count.
        var claim = Extract.Single("Carbon uptake averaged 2.1 g C m-2 d-1 over the season.");
        Assert.Equal(2.1, claim.Value);
    }

    [Theory]
    [InlineData("The army ordered 14 K-9 howitzers.", 14)]
    [InlineData("The lab ran 3 s-curves through the model.", 3)]
    public void A_name_with_a_dash_and_a_digit_is_no_exponent(string text, double value)
    {
        Assert.Contains(Extract.Quantities(text), c => c.Value == value);
    }
}
