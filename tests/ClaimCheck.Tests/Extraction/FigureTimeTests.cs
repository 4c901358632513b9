namespace ClaimCheck.Tests.Extraction;

/// <summary>When a figure holds: present words, years counted back, seasons, plans and the parts of a sentence.</summary>
public sealed class FigureTimeTests
{
    private static string? AsOf(string text, string claim, DateOnly published) =>
        Claims.Extract(text, published).First(c => c.Text == claim).AsOf;

    private static readonly DateOnly January = new(2019, 1, 18);

    [Theory]
    [InlineData("The library now lends 40,000 books a year.", "40,000 books a year")]
    [InlineData("The fund currently holds 2 billion euros.", "2 billion euros")]
    [InlineData("To date, 1,200 volunteers have signed up.", "1,200 volunteers")]
    [InlineData("Today the 4,000-seat hall is the largest in the county.", "4,000-seat")]
    public void Present_words_date_a_figure_at_publication(string text, string claim) =>
        Assert.Equal("2019-01-18", AsOf(text, claim, January));

    [Fact]
    public void Now_beats_a_time_said_of_something_else_further_away()
    {
        var text = "The ferry now serves 9 islands after the operator added two new islands during the 2017 summer season.";
        Assert.Equal("2019-01-18", AsOf(text, "9 islands", January));
        Assert.Equal("2017", AsOf(text, "two new islands", January));
    }

    [Theory]
    [InlineData("The port handled 912,000 containers in 2016, up from 870,000 the year before.", "870,000", "2015")]
    [InlineData("Sales reached 5,000 units in 2012 against 4,100 a year earlier.", "4,100", "2011")]
    [InlineData("The club sold 30,000 season tickets, against 28,000 the previous year.", "28,000", "2018")]
    public void The_year_before_counts_back_from_the_year_just_named(string text, string claim, string asOf) =>
        Assert.Equal(asOf, AsOf(text, claim, January));

    [Theory]
    [InlineData("The three new bus lines opened last summer proved popular.", "three new bus lines", "2018-06/2018-08")]
    [InlineData("The mill added a night shift in the autumn and hired 30 people.", "30 people", "2018-09/2018-11")]
    [InlineData("The mill hired 30 people in the summer of 2016.", "30 people", "2016-06/2016-08")]
    public void Seasons_are_the_months_they_name(string text, string claim, string asOf) =>
        Assert.Equal(asOf, AsOf(text, claim, January));

    [Fact]
    public void A_plan_is_dated_when_it_is_stated_not_by_a_past_time_said_of_something_else()
    {
        var text = "The bakery will cut 60 jobs and close the shop it opened three years ago, the owners said on Monday.";
        Assert.Equal("2019-01-18", AsOf(text, "60 jobs", January));
    }

    [Fact]
    public void A_future_time_does_not_date_a_figure()
    {
        var text = "Work began on a stadium that will hold 30,000 fans when it opens in 2022.";
        Assert.Equal("2019-01-18", AsOf(text, "30,000 fans", January));
    }

    [Fact]
    public void A_plan_with_its_own_past_date_keeps_it()
    {
        var text = "In 2015 the council planned to build 400 homes.";
        Assert.Equal("2015", AsOf(text, "400 homes", January));
    }

    [Fact]
    public void A_future_time_does_not_become_the_time_of_the_next_sentence()
    {
        var text = "The new wing is due to open in 2021. It has 80 beds.";
        Assert.Equal("2019-01-18", AsOf(text, "80 beds", January));
    }
}

public sealed class StoryTimeTests
{
    private static string? AsOf(string text, string claim) =>
        Claims.Extract(text, new DateOnly(2021, 2, 12)).First(c => c.Text == claim).AsOf;

    [Fact]
    public void The_same_period_is_the_time_the_story_named_last()
    {
        const string text = "The mill built 40,000 bikes in 2019, its owners said.\n\nIt sold 30,000 bikes abroad over the same period.";
        Assert.Equal("2019", AsOf(text, "30,000 bikes"));
    }

    [Fact]
    public void During_the_year_is_the_year_named_earlier_in_the_sentence()
    {
        const string text = "In 2018 the zoo drew 400,000 visitors and hired 15 keepers during the year.";
        Assert.Equal("2018", AsOf(text, "15 keepers"));
    }

    [Fact]
    public void Without_an_earlier_time_the_same_period_dates_nothing()
    {
        const string text = "It sold 30,000 bikes abroad over the same period.";
        Assert.Equal("2021-02-12", AsOf(text, "30,000 bikes"));
    }
}
