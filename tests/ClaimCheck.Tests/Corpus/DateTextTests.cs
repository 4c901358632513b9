using ClaimCheck.Corpus;

namespace ClaimCheck.Tests.Corpus;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("10 May, 2023\u200310:00 3403", "2023-05-10", true)]
    [InlineData("08 November, 2020 14:00 4554", "2020-11-08", true)]
    [InlineData("14 January 2026 11:46", "2026-01-14", true)]
    [InlineData("29 September 2023 08:30 (UTC+04:00)", "2023-09-29", true)]
    [InlineData("Saturday July 13 2024", "2024-07-13", false)]
    [InlineData("May 10, 2023", "2023-05-10", false)]
    [InlineData("May 10 2023", "2023-05-10", false)]
    [InlineData("10 May 2023", "2023-05-10", false)]
    [InlineData("Sept. 3, 2021", "2021-09-03", false)]
    [InlineData("3rd of March 2020", "2020-03-03", false)]
    [InlineData("Mon, 10 May 2021 at 10:05 am", "2021-05-10", true)]
    [InlineData("2023-05-10", "2023-05-10", false)]
    [InlineData("2023-05-10T10:00:00Z", "2023-05-10", true)]
    [InlineData("2023-05-10T10:00:00.000+04:00", "2023-05-10", true)]
    [InlineData("  Friday, 29 February 2024 | 18:45  ", "2024-02-29", true)]
    public void Reads_date_lines(string line, string expected, bool hasTime)
    {
        Assert.True(DateText.TryParseDateLine(line, out var date, out var time));
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(hasTime, time);
    }

    [Theory]
    [InlineData("32 representatives of 21 countries took part in the inspection tour.")]
    [InlineData("On October 15, 2003, Mr. Ilham Aliyev was elected the President of the Republic of Azerbaijan.")]
    [InlineData("The law was adopted on May 10, 2023.")]
    [InlineData("31 February 2023")]
    [InlineData("2023-13-01")]
    [InlineData("Caliber.az © 2026. .")]
    [InlineData("May 2023")]
    [InlineData("3403")]
    public void Rejects_lines_that_are_not_just_a_date(string line) =>
        Assert.False(DateText.TryParseDateLine(line, out _, out _));

    [Theory]
    [InlineData("\"Respublika\" newspaper, May 10, 2023", "Credit")]
    [InlineData("Azertac news agency, 10 May 2023", "Credit")]
    [InlineData("Published: 2023-05-10", "Credit")]
    [InlineData("Updated on May 10, 2023 10:00", "Credit")]
    [InlineData("Saturday July 13 2024", "Plain")]
    [InlineData("14 January 2026 11:46", "Timed")]
    [InlineData("The agency said on May 10, 2023", "None")]
    [InlineData("The decree was published on May 10, 2023.", "None")]
    [InlineData("No date here", "None")]
    public void Classifies_page_date_lines(string line, string kind) =>
        Assert.Equal(kind, DateText.Classify(line, out _).ToString());

    [Theory]
    [InlineData("2023-05-10", "2023-05-10")]
    [InlineData(" 2023-05-10T10:00:00+04:00 ", "2023-05-10")]
    [InlineData("May 10, 2023", "2023-05-10")]
    [InlineData("yesterday", null)]
    [InlineData(null, null)]
    public void Reads_metadata_values(string? value, string? expected) =>
        Assert.Equal(
            expected is null ? null : DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DateText.ParseValue(value));
}
