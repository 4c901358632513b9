using ClaimCheck.Corpus;

namespace ClaimCheck.Tests.Corpus;

public sealed class MetadataInferrerTests
{
    private const string Paragraph =
        "The ministry said on Tuesday that 32 representatives of 21 countries took part in the inspection tour of the plant.";

    [Fact]
    public void Prefers_the_timestamped_date_to_the_crawl_date_banner()
    {
        var metadata = Infer($"Saturday July 13 2024\n\nWeapons plant opens in Baku\n\n29 September 2023 08:30 (UTC+04:00)\n\n{Paragraph}");
        Assert.Equal(new DateOnly(2023, 9, 29), metadata.Published);
        Assert.Equal("Weapons plant opens in Baku", metadata.Title);
    }

    [Fact]
    public void Prefers_a_credit_line_to_a_bare_date()
    {
        var metadata = Infer($"Monday 1 July 2024\n\nWeapons plant opens in Baku\n\n{Paragraph}\n\n\"Respublika\" newspaper, May 10, 2023");
        Assert.Equal(new DateOnly(2023, 5, 10), metadata.Published);
        Assert.Equal("Respublika", metadata.Source);
    }

    [Fact]
    public void Takes_the_bare_date_nearest_the_title()
    {
        var metadata = Infer($"1 July 2024\n\nMenu\n\nWeapons plant opens in Baku\n5 May 2023\n\n{Paragraph}");
        Assert.Equal(new DateOnly(2023, 5, 5), metadata.Published);
    }

    [Fact]
    public void Ignores_dates_inside_sentences()
    {
        var metadata = Infer($"Weapons plant opens in Baku\n\nOn October 15, 2003, the plant was founded and 200 people were hired by the state.");
        Assert.Null(metadata.Published);
    }

    [Fact]
    public void A_banner_date_loses_to_the_date_by_the_headline()
    {
        var metadata = Infer($"THE ORLEY CHRONICLE   Monday, 2 September 2024   Orley 21C, sunny spells\n\nTuesday 14 May 2019\n\nFerry fares to rise in June\n\n{Paragraph}");
        Assert.Equal(new DateOnly(2019, 5, 14), metadata.Published);
        Assert.Equal("Ferry fares to rise in June", metadata.Title);
    }

    [Fact]
    public void A_date_among_other_header_chrome_loses_to_a_date_line()
    {
        var metadata = Infer($"Ferry fares to rise in June\nFENMOOR POST   Monday, 2 September 2024   Subscribe now\n\n{Paragraph}\n\nTuesday 14 May 2019");
        Assert.Equal(new DateOnly(2019, 5, 14), metadata.Published);
    }

    [Fact]
    public void A_banner_date_alone_is_no_publication_date()
    {
        Assert.Null(Infer($"THE ORLEY CHRONICLE   Monday, 2 September 2024   Orley 21C, sunny spells\n\nFerry fares to rise in June\n\n{Paragraph}").Published);
    }

    [Fact]
    public void A_retrieval_date_is_never_the_publication_date()
    {
        Assert.Null(Infer($"Ferry fares to rise in June\n\n{Paragraph}\n\nRetrieved 1 July 2024").Published);
        Assert.Equal(new DateOnly(2019, 5, 14), Infer($"Ferry fares to rise in June\n14 May 2019\n\n{Paragraph}\n\nAccessed 1 July 2024 10:12").Published);
    }

    [Fact]
    public void An_update_date_loses_to_the_publication_date_but_is_better_than_none()
    {
        Assert.Equal(new DateOnly(2021, 5, 12), Infer($"Ferry fares to rise in June\nPublished 12 May 2021\nUpdated: 14 May 2021 10:20\n\n{Paragraph}").Published);
        Assert.Equal(new DateOnly(2021, 5, 14), Infer($"Ferry fares to rise in June\nUpdated: 14 May 2021 10:20\n\n{Paragraph}").Published);
    }

    [Theory]
    [InlineData("By Halvard Krum | March 8, 2016", "2016-03-08")]
    [InlineData("Date: 5 November 2019", "2019-11-05")]
    [InlineData("3 Mar 2016 14:05 | KPA", "2016-03-03")]
    [InlineData("Lorvik / 28.04.16 / Courier", "2016-04-28")]
    [InlineData("Thursday, 12 April 2018 | Views: 1,204", "2018-04-12")]
    public void Reads_the_dateline_under_the_headline(string dateline, string expected)
    {
        Assert.Equal(Day(expected), Infer($"Ferry fares to rise in June\n{dateline}\n\n{Paragraph}").Published);
    }

    [Fact]
    public void Reads_a_bare_dotted_date_under_a_masthead_and_slogan()
    {
        Assert.Equal(new DateOnly(2020, 11, 2), Infer($"FENMOOR POST | news from the fens\n02.11.2020\n\nFerry fares to rise in June\n\n{Paragraph}").Published);
    }

    [Theory]
    [InlineData("Posted 22/06/2019 at 11:40", "2019-06-22")] // a day above 12 decides
    [InlineData("Published 19/11/2020 17:03", "2020-11-19")]
    [InlineData("Published 2019-06-22T11:40:00+02:00", "2019-06-22")]
    public void Reads_a_date_at_the_bottom_of_the_page(string footer, string expected)
    {
        Assert.Equal(Day(expected), Infer($"Ferry fares to rise in June\n\n{Paragraph}\n\n{footer}\nTags: ferry, fares").Published);
    }

    [Fact]
    public void The_weekday_the_story_names_decides_a_slashed_date()
    {
        // 5 June 2019 was a Wednesday, 6 May 2019 a Monday.
        const string Story = "The operator said on Wednesday that fares on all 12 routes would rise by 4 percent from the first of July.";
        var metadata = Infer($"Ferry fares to rise in June\n\n{Story}\n\nPosted 05/06/2019 at 11:40");
        Assert.Equal(new DateOnly(2019, 6, 5), metadata.Published);
    }

    [Fact]
    public void The_pages_other_dates_decide_a_slashed_date()
    {
        var metadata = Infer($"Ferry fares to rise in June\n\n{Paragraph}\n\nPosted 05/06/2019 at 11:40\nUpdated 21/06/2019");
        Assert.Equal(new DateOnly(2019, 6, 5), metadata.Published);
        Assert.Equal(ClaimCheck.Extraction.DateOrder.DayFirst, metadata.NumericOrder);
    }

    [Fact]
    public void A_slashed_date_nothing_decides_is_left_undecided()
    {
        // The story names Tuesday, which neither 5 June (a Wednesday) nor 6 May 2019 (a Monday) was.
        var metadata = Infer($"Ferry fares to rise in June\n\n{Paragraph}\n\nPosted 05/06/2019 at 11:40");
        Assert.Null(metadata.Published);
        Assert.Equal(new UndecidedDate(new DateOnly(2019, 6, 5), new DateOnly(2019, 5, 6), "Posted 05/06/2019 at 11:40"), metadata.Undecided);
    }

    [Theory]
    [InlineData("(c) Lune Valley Water Board 2023")]
    [InlineData("© 2022 Harbour Light Media. All rights reserved.")]
    public void A_copyright_year_is_not_a_publication_date(string footer)
    {
        Assert.Null(Infer($"Ferry fares to rise in June\n\n{Paragraph}\n\nIn 2019 the operator carried 80,000 passengers in total.\n\n{footer}").Published);
    }

    [Fact]
    public void Reads_a_markdown_heading_as_title()
    {
        Assert.Equal("Weapons plant opens in Baku", Infer($"# Weapons plant opens in Baku\n\n{Paragraph}").Title);
    }

    [Fact]
    public void Has_no_title_when_the_text_opens_with_running_text()
    {
        Assert.Null(Infer($"{Paragraph}\n\nShort line here").Title);
    }

    [Fact]
    public void Skips_furniture_when_choosing_the_title()
    {
        var metadata = Infer($"twitter\nsearch\nCaliber.az © 2026. .\nANALYTICS\n\nDefence as foundation of development\n\n14 January 2026 11:46\n\n{Paragraph}");
        Assert.Equal("Defence as foundation of development", metadata.Title);
        Assert.Equal("Caliber.az", metadata.Source);
        Assert.Equal(new DateOnly(2026, 1, 14), metadata.Published);
    }

    [Theory]
    [InlineData("© 2024 Example News. All rights reserved.", "Example News")]
    [InlineData("Copyright © 2020-2024 Example Daily", "Example Daily")]
    [InlineData("Abbas Ganbay is AzerNews’ staff journalist, follow him on Twitter:@Noend33", "AzerNews")]
    [InlineData("Jane Doe is Example Times' staff reporter", "Example Times")]
    [InlineData("according to newspaper \"Izvestia\"", "Izvestia")]
    [InlineData("Follow us on Twitter", null)]
    public void Infers_the_source_from_credits(string line, string? source)
    {
        Assert.Equal(source, Infer($"Weapons plant opens in Baku\n\n{Paragraph}\n\n{line}").Source);
    }

    [Fact]
    public void A_credit_or_date_quoted_as_markdown_code_is_not_the_pages_own()
    {
        // Documentation about news pages quotes their credit and date lines: in code spans and fenced blocks they are examples.
        var metadata = Infer(
            "# Notes\n\nThe reader takes the outlet and the date from the page, in the forms listed below for each kind of line.\n\n"
            + "- the date line, in the header, the byline or the footer\n"
            + "  (`10 May, 2023 10:00 3403`, `\"Fenmoor\" newspaper, May 10, 2023`, `Apr. 9, 2021`,\n"
            + "  `© 2024 Example News. All rights reserved.`), and the headline.\n\n"
            + "```yaml\nsource: Example News\npublished: 2023-09-29\n\"Lorvik\" newspaper, June 2, 2021\n```\n");
        Assert.Null(metadata.Source);
        Assert.Null(metadata.Published);
    }

    [Fact]
    public void Empty_text_has_no_metadata() => Assert.Equal(new InferredMetadata(null, null, null), Infer(string.Empty));

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static InferredMetadata Infer(string text) =>
        MetadataInferrer.Default.Infer(text, BoilerplateDetector.Default.Detect(text));
}
