using ClaimCheck.Corpus;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Whole scraped pages, furniture and all, through boilerplate detection and extraction: only the article's
/// figures come out, never its phone numbers, counters, list numbers, model numbers or copyright years.
/// </summary>
public sealed class ScrapedPageTests
{
    private const string FerryPage = """
        LAKESIDE EVENING NEWS
        Home | News | Business | Travel
        Thursday, 11 March 2021 | Views: 3,021

        Ferry line carries a record number of passengers

        By Jane Okafor | 6 min read

        More than half a million passengers crossed the lake on Solvik Ferries last year, the operator said, up from 410,000 the year before.

        The company now runs 9 boats, among them Damen 2810 catamarans delivered in the spring, and it plans to add a 3rd daily sailing to Brenna from May.

        It was the fourth consecutive year of growth. What the annual report also shows:

        1. Solvik employs 230 people, most of them on the boats.
        2. Fares rose by 6 percent.
        3. The ticket app reached version 2.3 in January.

        Bookings: call 0191 498 0622 or text SAIL to 60777. Follow @SolvikFerries24 for timetable news.

        Photo: solvik-quay-2020_09.jpg
        Comments (12)
        1.4k shares
        Page 1 of 2   Next >
        (c) Lakeside Evening News Group 2021
        """;

    [Fact]
    public void A_ferry_page_gives_only_its_figures()
    {
        var claims = ExtractPage(FerryPage);
        Assert.Equal(
            ["More than half a million passengers", "410,000", "9 boats", "230 people", "6 percent"],
            claims.Where(c => c.Kind != ClaimKind.Date).Select(c => c.Text));
        Assert.Equal(500_000, claims[0].Value);
    }

    [Fact]
    public void The_copyright_year_and_header_date_are_no_claims_of_the_article()
    {
        var dates = ExtractPage(FerryPage).Where(c => c.Kind == ClaimKind.Date).Select(c => c.Text).ToList();
        Assert.DoesNotContain("2021", dates);
        Assert.DoesNotContain("11 March 2021", dates);
    }

    private static IReadOnlyList<Claim> ExtractPage(string text)
    {
        var document = Document.FromText("page.txt", text, new DateOnly(2021, 3, 11)) with { Skipped = BoilerplateDetector.Default.Detect(text) };
        return ClaimExtractor.Default.Extract(document);
    }
}
