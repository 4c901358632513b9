using System.Globalization;
using ClaimCheck.Corpus;
using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Corpus;

public sealed class DateLineTests
{
    [Theory]
    [InlineData("10 May, 2023\u200310:00 3403", "2023-05-10", "Timed")]
    [InlineData("08 November, 2020 14:00 4554", "2020-11-08", "Timed")]
    [InlineData("14 January 2026 11:46", "2026-01-14", "Timed")]
    [InlineData("29 September 2023 08:30 (UTC+04:00)", "2023-09-29", "Timed")]
    [InlineData("Saturday July 13 2024", "2024-07-13", "Plain")]
    [InlineData("May 10, 2023", "2023-05-10", "Plain")]
    [InlineData("May 10 2023", "2023-05-10", "Plain")]
    [InlineData("10 May 2023", "2023-05-10", "Plain")]
    [InlineData("Sept. 3, 2021", "2021-09-03", "Plain")]
    [InlineData("3rd of March 2020", "2020-03-03", "Plain")]
    [InlineData("Mon, 10 May 2021 at 10:05 am", "2021-05-10", "Timed")]
    [InlineData("2023-05-10", "2023-05-10", "Plain")]
    [InlineData("2023-05-10T10:00:00Z", "2023-05-10", "Timed")]
    [InlineData("2023-05-10T10:00:00.000+04:00", "2023-05-10", "Timed")]
    [InlineData("  Friday, 29 February 2024 | 18:45  ", "2024-02-29", "Timed")]
    public void Reads_date_lines(string line, string expected, string kind) => AssertReads(line, expected, kind);

    /// <summary>The datelines outlets print, each kind with made-up outlets, places and dates.</summary>
    [Theory]
    [InlineData("Apr. 9, 2021", "2021-04-09", "Plain")] // abbreviated month with its dot
    [InlineData("Nov. 27, 2015", "2015-11-27", "Plain")]
    [InlineData("3 Mar 2016 14:05 | KPA", "2016-03-03", "Timed")] // date, time, pipe, agency
    [InlineData("WNS | 21 October 2015, 07:45", "2015-10-21", "Timed")] // agency, pipe, date, time
    [InlineData("Lorvik / 28.04.16 / Courier", "2016-04-28", "Credit")] // place / dd.mm.yy / agency
    [InlineData("Brenna - 02.11.2020 - Valley Wire", "2020-11-02", "Credit")]
    [InlineData("Posted 22/06/2019 at 11:40", "2019-06-22", "Timed")] // a day above 12 decides the order
    [InlineData("Published 19/11/2020 17:03", "2020-11-19", "Timed")]
    [InlineData("Posted 06/22/2019 at 11:40", "2019-06-22", "Timed")] // month first, shown by the day
    [InlineData("By Halvard Krum | March 8, 2016", "2016-03-08", "Credit")] // the date only in the byline
    [InlineData("By Ines Marr, Science Editor | 4 April 2022", "2022-04-04", "Credit")]
    [InlineData("Date: 5 November 2019", "2019-11-05", "Credit")]
    [InlineData("Published: 2020-03-17T14:20:00Z", "2020-03-17", "Timed")]
    [InlineData("2021-08-30T06:10:00-04:00", "2021-08-30", "Timed")]
    [InlineData("4 June 2021, 18:15 CEST", "2021-06-04", "Timed")]
    [InlineData("Sep 14, 2017, 9:05 AM", "2017-09-14", "Timed")]
    [InlineData("Thursday, 12 April 2018 | Views: 1,204", "2018-04-12", "Plain")] // weekday, date, then a view counter
    [InlineData("17 October 2018 • 12 comments", "2018-10-17", "Plain")]
    [InlineData("17.10.2018", "2018-10-17", "Plain")] // dotted digits are day first
    [InlineData("\"Ostvik Courier\" newspaper, 9 June 2017", "2017-06-09", "Credit")]
    [InlineData("Published by the Fenmoor Gazette on 2 May 2019", "2019-05-02", "Credit")]
    [InlineData("First published in the Lorvik Courier on 3 May 2021.", "2021-05-03", "Credit")] // a footer credit
    [InlineData("First published in the Lorvik Courier on 3 May 2021. © Lorvik Courier Ltd", "2021-05-03", "Credit")]
    [InlineData("Posted 23/05/2019 in Politics, Halden", "2019-05-23", "Credit")] // the sections the page is filed under
    [InlineData("Posted: 12-Mar-2018 16:20", "2018-03-12", "Timed")]
    [InlineData("Wed 14 Mar 2018 10.45 GMT", "2018-03-14", "Timed")] // a time with a dot, as British pages print it
    [InlineData("PUBLISHED: 08:15 GMT, 12 March 2018 | UPDATED: 10:41 GMT, 13 March 2018", "2018-03-12", "Timed")]
    [InlineData("MARCH 12, 2018 / 10:45 AM / UPDATED 2 HOURS AGO", "2018-03-12", "Timed")]
    [InlineData("Posted on March 12, 2018 by Oskar Lind", "2018-03-12", "Credit")]
    [InlineData("Posted on March 12, 2018 by admin", "2018-03-12", "Credit")]
    [InlineData("Lorvik, 3 May 2021", "2021-05-03", "Plain")]
    [InlineData("Mar 12, 2018 · 4 min read", "2018-03-12", "Plain")]
    [InlineData("Home > Business > 12 March 2018", "2018-03-12", "Plain")]
    [InlineData("16 January 2017 | Last updated 17 January 2017", "2017-01-16", "Plain")]
    [InlineData("12 March 2018 | Share this article", "2018-03-12", "Embedded")] // may be a banner: any other date line beats it
    public void Reads_the_datelines_outlets_print(string line, string expected, string kind) => AssertReads(line, expected, kind);

    [Theory]
    [InlineData("THE ORLEY CHRONICLE   Monday, 2 September 2024   Orley 21C, sunny spells")] // masthead, today, weather
    [InlineData("Lorvik 12°C, showers | Friday 3 May 2024")]
    [InlineData("Retrieved 3 May 2022")]
    [InlineData("Accessed on May 3, 2022 14:10")]
    [InlineData("crawled: 2024-07-01")]
    public void A_banner_or_retrieval_date_is_not_a_publication_date(string line) =>
        Assert.Equal(DateLineKind.NotPublication, DateLine.Read(line).Kind);

    [Theory]
    [InlineData("Last updated: 12 March 2020 09:15")]
    [InlineData("Updated on May 10, 2023 10:00")]
    public void An_update_line_is_the_weakest_date(string line) => Assert.Equal(DateLineKind.Updated, DateLine.Read(line).Kind);

    [Theory]
    [InlineData("32 representatives of 21 countries took part in the inspection tour.")]
    [InlineData("On October 15, 2003, Mr. Ilham Aliyev was elected the President of the Republic of Azerbaijan.")]
    [InlineData("The law was adopted on May 10, 2023.")]
    [InlineData("The agency said on May 10, 2023")]
    [InlineData("The line reopened on 12.03.2019 after repairs.")]
    [InlineData("31 February 2023")]
    [InlineData("2023-13-01")]
    [InlineData("Caliber.az © 2026. .")]
    [InlineData("(c) Lune Valley Water Board 2023")] // a copyright year is no date
    [InlineData("© 2022 Harbour Light Media")]
    [InlineData("May 2023")]
    [InlineData("3403")]
    [InlineData("Firmware 4.4.2 is out")]
    [InlineData("The talks ended at 10.45 on 12 March 2018")]
    [InlineData("1.10.01.17")]
    [InlineData("No date here")]
    public void Rejects_lines_that_state_no_page_date(string line) => Assert.Equal(DateLineKind.None, DateLine.Read(line).Kind);

    [Fact]
    public void A_slashed_date_that_reads_both_ways_keeps_both_readings()
    {
        var found = DateLine.Read("Posted 05/06/2019 at 11:40");
        Assert.Equal(DateLineKind.Timed, found.Kind);
        Assert.Equal(DateOrder.Either, found.Date.Order);
        Assert.Equal([new DateOnly(2019, 6, 5), new DateOnly(2019, 5, 6)], found.Date.Readings);
    }

    [Fact]
    public void The_printed_weekday_decides_a_slashed_date()
    {
        // 5 March 2019 was a Tuesday, 3 May 2019 a Friday.
        var found = DateLine.Read("Tuesday 05/03/2019");
        Assert.Equal(DateOrder.DayFirst, found.Date.Order);
        Assert.Equal([new DateOnly(2019, 3, 5)], found.Date.Readings);
    }

    [Theory]
    [InlineData("2023-05-10", "2023-05-10")]
    [InlineData(" 2023-05-10T10:00:00+04:00 ", "2023-05-10")]
    [InlineData("May 10, 2023", "2023-05-10")]
    [InlineData("Wed, 10 May 2023 10:00:00 GMT", "2023-05-10")]
    [InlineData("05/06/2019", null)] // either way round: not guessed
    [InlineData("yesterday", null)]
    [InlineData(null, null)]
    public void Reads_metadata_values(string? value, string? expected) =>
        Assert.Equal(expected is null ? null : Day(expected), DateLine.ParseValue(value));

    private static void AssertReads(string line, string expected, string kind)
    {
        var found = DateLine.Read(line);
        Assert.Equal(kind, found.Kind.ToString());
        Assert.Equal([Day(expected)], found.Date.Readings);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
