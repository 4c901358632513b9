using ClaimCheck.Consistency;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// Figures as a reader would write them, with made-up figures: every output meant for people words a figure through
/// <see cref="FigureText"/>, so these are the wording of the Markdown and HTML reports, the terminal and <c>review</c>.
/// </summary>
public sealed class FigureTextTests
{
    private static Claim Claim(string text, ClaimKind kind, double? value, Qualifier qualifier, string? unit, double? low = null, double? high = null) =>
        new("c-" + text, "d", text, "The report says " + text + ".", 17, 17 + text.Length, kind, value, low, high, qualifier, unit, null, "2024", null);

    private static Figure Figure(string text, ClaimKind kind, double value, Qualifier qualifier, string? unit, AnalysisSettings? settings = null) =>
        ClaimCheck.Consistency.Figure.Of(Claim(text, kind, value, qualifier, unit), settings ?? AnalysisSettings.Default);

    [Theory]
    [InlineData(7, "7")]
    [InlineData(412_000, "412,000")]
    [InlineData(999_999, "999,999")]
    [InlineData(1_000_000, "1 million")]
    [InlineData(120_000_000, "120 million")]
    [InlineData(2_500_000_000, "2.5 billion")]
    [InlineData(1.8e12, "1.8 trillion")]
    [InlineData(1.845e12, "1.845 trillion")]
    [InlineData(3.5e15, "3,500 trillion")]
    [InlineData(28.5, "28.5")]
    [InlineData(0.25, "0.25")]
    [InlineData(-4.5, "-4.5")]
    public void Numbers_take_thousands_separators_below_a_million_and_a_scale_word_from_it(double value, string expected) =>
        Assert.Equal(expected, FigureText.Number(value));

    [Fact]
    public void A_whole_number_keeps_the_digits_a_scale_word_would_round_away() =>
        Assert.Equal("1,234,567", FigureText.Number(1_234_567));

    [Theory]
    [InlineData(119_999_999.5, "120 million")]
    [InlineData(3.14159265, "3.142")]
    [InlineData(12.450000000000001, "12.45")]
    public void A_computed_number_never_shows_a_long_tail_of_decimals(double value, string expected) =>
        Assert.Equal(expected, FigureText.Number(value));

    [Theory]
    [InlineData(Qualifier.Exact, 120e6, ClaimKind.Money, "euro", "120 million euros")]
    [InlineData(Qualifier.Approximate, 95e6, ClaimKind.Money, "euro", "about 95 million euros")]
    [InlineData(Qualifier.MoreThan, 1000, ClaimKind.Count, "military product", "more than 1,000 military products")]
    [InlineData(Qualifier.AtLeast, 40, ClaimKind.Count, "country", "at least 40 countries")]
    [InlineData(Qualifier.LessThan, 20, ClaimKind.Percent, "percent", "less than 20%")]
    [InlineData(Qualifier.AtMost, 30, ClaimKind.Count, "country", "up to 30 countries")]
    [InlineData(Qualifier.Increase, 5, ClaimKind.Percent, "percent", "up by 5%")]
    [InlineData(Qualifier.Decrease, 450, ClaimKind.Count, "job", "down by 450 jobs")]
    [InlineData(Qualifier.Exact, 12.5, ClaimKind.Percent, "percent", "12.5%")]
    [InlineData(Qualifier.Exact, 2.5, ClaimKind.Percent, "percentage point", "2.5 percentage points")]
    [InlineData(Qualifier.Exact, 1.8e12, ClaimKind.Money, "dollar", "1.8 trillion dollars")]
    [InlineData(Qualifier.Exact, 1e9, ClaimKind.Money, "manat", "1 billion manats")]
    [InlineData(Qualifier.Exact, 1, ClaimKind.Money, "euro", "1 euro")]
    [InlineData(Qualifier.Exact, 5, ClaimKind.Money, "hong kong dollar", "5 Hong Kong dollars")]
    [InlineData(Qualifier.Exact, 3e6, ClaimKind.Money, "pound sterling", "3 million pounds sterling")]
    [InlineData(Qualifier.Exact, 2e9, ClaimKind.Money, "japanese yen", "2 billion Japanese yen")]
    [InlineData(Qualifier.Exact, 3, ClaimKind.Money, "zloty", "3 zlotys")]
    [InlineData(Qualifier.Exact, 4, ClaimKind.Count, "enterprise", "4 enterprises")]
    [InlineData(Qualifier.Exact, 93, ClaimKind.Count, null, "93")]
    [InlineData(Qualifier.Exact, 1, ClaimKind.Duration, "day", "1 day")]
    [InlineData(Qualifier.Exact, 28.5, ClaimKind.Duration, "year", "28.5 years")]
    [InlineData(Qualifier.Exact, 70, ClaimKind.Measure, "mile per hour", "70 miles per hour")]
    [InlineData(Qualifier.Exact, 45, ClaimKind.Measure, "year of age", "45 years of age")]
    [InlineData(Qualifier.Exact, 21, ClaimKind.Measure, "celsius", "21 °C")]
    [InlineData(Qualifier.Exact, 2.3, ClaimKind.Ratio, "times", "2.3 times")]
    public void A_figure_reads_with_its_qualifier_and_its_own_unit(Qualifier qualifier, double value, ClaimKind kind, string? unit, string expected) =>
        Assert.Equal(expected, FigureText.Of(qualifier, value, null, null, kind, unit));

    [Fact]
    public void Nearly_and_almost_stay_below_their_figure() =>
        Assert.Equal("nearly 30 years", FigureText.Of(Claim("almost 30 years", ClaimKind.Duration, 30, Qualifier.Approximate, "year")));

    [Theory]
    [InlineData(90e6, 100e6, "between 90 and 100 million euros")]
    [InlineData(900_000, 1.2e6, "between 900,000 and 1.2 million euros")]
    [InlineData(1.5e9, 2e9, "between 1.5 and 2 billion euros")]
    public void A_range_says_its_scale_word_once_when_both_ends_share_it(double low, double high, string expected) =>
        Assert.Equal(expected, FigureText.Of(Qualifier.Range, low, low, high, ClaimKind.Money, "euro"));

    [Fact]
    public void A_range_of_percentages_has_one_sign() =>
        Assert.Equal("between 10 and 15%", FigureText.Of(Qualifier.Range, 10, 10, 15, ClaimKind.Percent, "percent"));

    [Fact]
    public void A_figure_with_no_number_is_a_question_mark() =>
        Assert.Equal("?", FigureText.Of(Qualifier.Exact, null, null, null, ClaimKind.Date, null));

    [Fact]
    public void An_exact_figure_reads_as_exact() =>
        Assert.Equal("120 million euros (exact)", FigureText.Reading(Figure("120 million euros", ClaimKind.Money, 120e6, Qualifier.Exact, "euro")));

    [Fact]
    public void An_approximate_figure_gives_its_window_rounded_outward_to_its_own_last_digit()
    {
        // ±10% of 95 million is 85.5–104.5 million; written to the million, it reads 85–105 million.
        Assert.Equal("about 95 million euros (85–105 million)", FigureText.Reading(Figure("about 95 million euros", ClaimKind.Money, 95e6, Qualifier.Approximate, "euro")));

        // ±5% is 90.25–99.75 million: 90–100 million.
        var narrow = AnalysisSettings.Default with { ApproximateTolerance = 0.05 };
        Assert.Equal("about 95 million euros (90–100 million)", FigureText.Reading(Figure("about 95 million euros", ClaimKind.Money, 95e6, Qualifier.Approximate, "euro", narrow)));
    }

    [Theory]
    [InlineData("about 450 jobs", 450, ClaimKind.Count, "job", "about 450 jobs (405–495)")]
    [InlineData("about $1.8 trillion", 1.8e12, ClaimKind.Money, "dollar", "about 1.8 trillion dollars (1.6–2 trillion)")]
    [InlineData("about 12.5%", 12.5, ClaimKind.Percent, "percent", "about 12.5% (11.2–13.8%)")]
    [InlineData("nearly 30 years", 30, ClaimKind.Duration, "year", "nearly 30 years (27–30)")]
    [InlineData("some 2,400 passengers", 2400, ClaimKind.Count, "passenger", "about 2,400 passengers (2,160–2,640)")]
    public void Approximate_windows_are_as_loose_as_the_figure(string text, double value, ClaimKind kind, string unit, string expected) =>
        Assert.Equal(expected, FigureText.Reading(Figure(text, kind, value, Qualifier.Approximate, unit)));

    [Fact]
    public void Bounds_and_ranges_read_as_their_words()
    {
        Assert.Equal("more than 800 new weapons", FigureText.Reading(Figure("more than 800 new weapons", ClaimKind.Count, 800, Qualifier.MoreThan, "new weapon")));
        var range = ClaimCheck.Consistency.Figure.Of(Claim("between 90 and 100 million euros", ClaimKind.Money, 90e6, Qualifier.Range, "euro", 90e6, 100e6), AnalysisSettings.Default);
        Assert.Equal("between 90 and 100 million euros", FigureText.Reading(range));
    }

    [Fact]
    public void Conflicting_figures_get_the_decimals_that_keep_them_apart_on_the_page()
    {
        // 104.6 million lies outside 85.5–104.5 million, but inside "85–105 million": one more decimal shows why they conflict.
        var about = Figure("about 95 million euros", ClaimKind.Money, 95e6, Qualifier.Approximate, "euro");
        var exact = Figure("104.6 million euros", ClaimKind.Money, 104.6e6, Qualifier.Exact, "euro");
        Assert.False(about.Allowed.Overlaps(exact.Allowed));
        var decimals = FigureText.ConflictDecimals(about, exact);
        Assert.Equal(1, decimals);
        Assert.Equal("about 95 million euros (85.5–104.5 million)", FigureText.Reading(about, decimals));
        Assert.Equal("104.6 million euros (exact)", FigureText.Reading(exact, decimals));

        // Far apart, nothing changes.
        var far = Figure("120 million euros", ClaimKind.Money, 120e6, Qualifier.Exact, "euro");
        Assert.Equal(0, FigureText.ConflictDecimals(about, far));
    }

    [Theory]
    [InlineData(290, 330, true, false, "290–330 kilometres")]
    [InlineData(290, double.PositiveInfinity, true, true, "more than 290 kilometres")]
    [InlineData(290, double.PositiveInfinity, false, true, "at least 290 kilometres")]
    [InlineData(double.NegativeInfinity, 30, true, false, "up to 30 kilometres")]
    [InlineData(double.NegativeInfinity, 30, true, true, "less than 30 kilometres")]
    [InlineData(44, 44, false, false, "44 kilometres")]
    [InlineData(85.5e6, 104.5e6, false, false, "85.5–104.5 million kilometres")]
    public void Values_allowed_together_read_as_a_span_or_a_bound(double low, double high, bool lowOpen, bool highOpen, string expected) =>
        Assert.Equal(expected, FigureText.Window(new Interval(low, high, lowOpen, highOpen), ClaimKind.Measure, "kilometre"));

    [Fact]
    public void Changes_in_percent_are_given_to_a_tenth() =>
        Assert.Equal(["42.9%", "1,250%", "-7.5%"], new[] { 42.857, 1250, -7.46 }.Select(FigureText.Percent));

    [Fact]
    public void The_timeline_axis_gets_the_number_with_the_sign_of_a_percentage_only()
    {
        Assert.Equal("2.5 billion", FigureText.Axis(2.5e9, ClaimKind.Money, "dollar"));
        Assert.Equal("12.5%", FigureText.Axis(12.5, ClaimKind.Percent, "percent"));
        Assert.Equal("412,000", FigureText.Axis(412_000, ClaimKind.Count, "passenger"));
    }

    [Fact]
    public void The_wording_does_not_depend_on_the_machines_culture()
    {
        using var culture = new Support.CultureScope("de-DE");
        Assert.Equal("about 1.8 trillion dollars (1.6–2 trillion)", FigureText.Reading(Figure("about $1.8 trillion", ClaimKind.Money, 1.8e12, Qualifier.Approximate, "dollar")));
        Assert.Equal("412,000", FigureText.Number(412_000));
    }
}
