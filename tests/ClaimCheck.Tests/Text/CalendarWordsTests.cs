using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

public sealed class CalendarWordsTests
{
    [Theory]
    [InlineData("January", 1)]
    [InlineData("jan", 1)]
    [InlineData("SEPT", 9)]
    [InlineData("Sep", 9)]
    [InlineData("may", 5)]
    [InlineData("Dec", 12)]
    public void Knows_month_names_and_abbreviations(string word, int month)
    {
        Assert.True(CalendarWords.TryMonth(word, out var found));
        Assert.Equal(month, found);
    }

    [Theory]
    [InlineData("Mayo")]
    [InlineData("Ja")]
    [InlineData("Sunday")]
    public void Knows_nothing_else_as_a_month(string word) => Assert.False(CalendarWords.TryMonth(word, out _));

    [Theory]
    [InlineData("Friday", DayOfWeek.Friday)]
    [InlineData("Tues", DayOfWeek.Tuesday)]
    [InlineData("thurs", DayOfWeek.Thursday)]
    [InlineData("SUN", DayOfWeek.Sunday)]
    public void Knows_weekday_names_and_abbreviations(string word, DayOfWeek day)
    {
        Assert.True(CalendarWords.TryWeekday(word, out var found));
        Assert.Equal(day, found);
    }

    [Fact]
    public void A_full_weekday_name_is_not_an_abbreviation()
    {
        Assert.True(CalendarWords.TryWeekdayName("Saturday", out _));
        Assert.False(CalendarWords.TryWeekdayName("Sat", out _)); // also a verb, and "The Sun" is a newspaper
    }

    [Fact]
    public void Abbreviations_are_the_short_forms_news_text_writes()
    {
        Assert.Equal(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sept"], CalendarWords.MonthAbbreviations);
        Assert.Equal(24, CalendarWords.Months.Count);
    }
}
