using ClaimCheck.Corpus;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Corpus;

public sealed class BoilerplateDetectorTests
{
    private const string Paragraph =
        "The ministry said on Tuesday that 32 representatives of 21 countries took part in the inspection tour of the plant.";

    [Theory]
    [InlineData("twitter")]
    [InlineData("youtube")]
    [InlineData("search")]
    [InlineData("Read more")]
    [InlineData("A+")]
    [InlineData("share")]
    [InlineData("ru")]
    [InlineData("Latest See more")]
    [InlineData("WHAT ARE YOU LOOKING FOR ?")]
    [InlineData("ANALYTICS")]
    [InlineData("Views: 46")]
    [InlineData("3403")]
    [InlineData("1,204 views")]
    [InlineData("193-1.JPG 194-1.JPG")]
    [InlineData("photo.png")]
    [InlineData("![Plant](images/plant.jpg)")]
    [InlineData("Caliber.az © 2026. .")]
    [InlineData("© 2024 Example News. All rights reserved.")]
    [InlineData("Any use of materials is allowed only if there is a hyperlink to Caliber.az")]
    [InlineData("10 May, 2023\u200310:00 3403")]
    [InlineData("Saturday July 13 2024")]
    [InlineData("Published: 2023-05-10")]
    [InlineData("\"Respublika\" newspaper, May 10, 2023")]
    [InlineData("Lorvik / 28.04.16 / Courier")]
    [InlineData("3 Mar 2016 14:05 | KPA")]
    [InlineData("Thursday, 12 April 2018 | Views: 1,204")]
    [InlineData("By Halvard Krum | March 8, 2016")]
    [InlineData("THE ORLEY CHRONICLE   Monday, 2 September 2024   Orley 21C, sunny spells")]
    [InlineData("Rovers Weekly · Sport · 12 Aug 2023 · 3,104 reads")]
    [InlineData("Related: Council adds 4th bin collection in March")]
    [InlineData("Read next: The 20 best beaches on the coast")]
    [InlineData("Most read: 1. Bypass delays  2. Harbour vote  3. Pier fire")]
    [InlineData("More from the Lorvik Courier: 5 things to do this weekend")]
    [InlineData("Photo: the new quay at dawn (DSC_0412.jpg)")]
    [InlineData("Radio Lorvik 96.4 FM — News")]
    [InlineData("Radio Lorvik 96.4 FM | Tuesday 3 May 2022 | Lorvik 14°C, showers")]
    [InlineData("Abbas Ganbay")]
    [InlineData("By John Smith")]
    [InlineData("share-lineLiked the story? Share it on social media!")]
    [InlineData("Follow us on Twitter @AzerNewsAz")]
    [InlineData("Caliber.Az")]
    [InlineData("Comments (27)")]
    [InlineData("14 comments")]
    [InlineData("1.2k shares")]
    [InlineData("Shares: 96")]
    [InlineData("5 min read")]
    [InlineData("Page 3 of 7")]
    [InlineData("Page 1 of 2   Next >")]
    [InlineData("Tuesday, 4 May 2021 | Views: 3,021")]
    [InlineData("By Jane Okafor | 12 March 2021 | 4 min read")]
    [InlineData("(c) Lakeside Water Board 2022")]
    [InlineData("Copyright (C) 2021 Harbour Press Ltd")]
    [InlineData("© Northgate Media 2023")]
    [InlineData("Share 23 Tweet 5")]
    [InlineData("Likes 40 · Comments 3")]
    [InlineData("1 2 3 4 5 Next >")]
    [InlineData("Reading time: 4 minutes")]
    [InlineData("Photo 3 of 12")]
    [InlineData("12 photos")]
    [InlineData("Followers: 12K")]
    [InlineData("Est. reading time: 6 minutes")]
    [InlineData("Shared 35 times")]
    [InlineData("Image credit: J. Smith/Brightwater 2023")]
    [InlineData("Photo credits: Lowmouth Council, 2021")]
    public void Marks_furniture_lines(string line)
    {
        var text = $"{line}\n\n{Paragraph}\n";
        var skipped = BoilerplateDetector.Default.Detect(text);
        var range = Assert.Single(skipped);
        Assert.Equal(line.Trim(), text[range.Start..range.End]);
    }

    [Theory]
    [InlineData("32 representatives of 21 countries took part in the inspection tour.")]
    [InlineData("Exports rose 5%.")]
    [InlineData("Shusha is ours! Karabakh is ours!")]
    [InlineData("The national anthem of Azerbaijan was played.")]
    [InlineData("Since 27 September, more than 200 cities, villages and settlements have been liberated.")]
    [InlineData("Exports: 5 million tons")]
    [InlineData("Plans for 2024–2025:")]
    [InlineData("14 comments were received.")]
    [InlineData("Ferries | 5 million passengers")]
    [InlineData("(c) The minister may refuse 3 licences.")]
    [InlineData("Top 10 ferry routes")]
    [InlineData("Share prices fell 3 percent")]
    public void Keeps_short_content_lines(string line)
    {
        // Before, between and after paragraphs of running text: in the header, body and footer zones.
        foreach (var text in new[] { $"{line}\n\n{Paragraph}", $"{Paragraph}\n\n{line}\n\n{Paragraph}", $"{Paragraph}\n\n{line}" })
        {
            Assert.Empty(BoilerplateDetector.Default.Detect(text));
        }
    }

    [Theory]
    [InlineData("Rovers Weekly · Sport · 3,104 reads", "3,104 reads", "Sport")]
    [InlineData("Rating: 4.5/5 | 212 comments | 1.1k likes", "212 comments|1.1k likes", "Rating: 4.5/5")]
    [InlineData("2019 | 610,000 | 24 routes", "", "610,000|24 routes")]
    [InlineData("Lakeside Regional Airport | 610,000 passengers", "", "Lakeside Regional Airport|610,000 passengers")]
    public void Marks_the_furniture_parts_of_a_line_that_also_holds_content(string line, string marked, string kept)
    {
        var skipped = Texts($"{line}\n\n{Paragraph}\n");
        foreach (var part in marked.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(part, skipped);
        }

        foreach (var part in kept.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.DoesNotContain(skipped, s => s.Contains(part, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Never_marks_running_text_even_with_dates_and_counters()
    {
        const string text = "Views: 12 on 10 May 2023 at 10:00 were counted by the ministry, which said 3403 people saw the page.";
        Assert.Empty(BoilerplateDetector.Default.Detect(text));
    }

    [Fact]
    public void Marks_slogan_with_attribution_above_the_date_but_not_the_title()
    {
        const string slogan =
            "By the Ministry of Defence Industry the process of production of defence products is successfully performed in Azerbaijan and we managed to gain big achievements in this sphere as well";
        var text = $"{slogan}\nIlham Aliyev\n20 February, 2019 14:27 2806\n\nMilitary attaches have visited facilities of the Ministry\n\n{Paragraph}\n";
        var skipped = Texts(text);
        Assert.Equal([slogan, "Ilham Aliyev", "20 February, 2019 14:27 2806"], skipped);
    }

    [Fact]
    public void Keeps_a_title_followed_by_its_byline()
    {
        var text = $"Azerbaijan to become reference point for weapons\nAbbas Ganbay\n\n{Paragraph}\n";
        Assert.Equal(["Abbas Ganbay"], Texts(text));
    }

    [Fact]
    public void Marks_a_repeated_header_line_once()
    {
        const string title = "Azerbaijan to become reference point for purchasing sophisticated weapons";
        var text = $"{title}\n\n29 September 2023 08:30 (UTC+04:00)\n{title}\n\n{Paragraph}\n";
        var skipped = BoilerplateDetector.Default.Detect(text);
        Assert.Equal(2, skipped.Count);
        Assert.Equal(text.LastIndexOf(title, StringComparison.Ordinal), skipped[1].Start);
    }

    [Fact]
    public void Marks_the_signature_block_after_the_article()
    {
        var text = $"{Paragraph}\n\nMinister of Defence Industry,\n\nNational Hero of Azerbaijan\n\n\"Respublika\" newspaper, May 10, 2023";
        Assert.Equal(["Minister of Defence Industry,", "National Hero of Azerbaijan", "\"Respublika\" newspaper, May 10, 2023"], Texts(text));
    }

    [Fact]
    public void Ranges_cover_line_content_without_surrounding_white_space()
    {
        const string text = "  twitter \t\r\nbody";
        var range = Assert.Single(BoilerplateDetector.Default.Detect(text));
        Assert.Equal(new TextRange(2, 9), range);
    }

    [Fact]
    public void Empty_text_has_no_furniture() => Assert.Empty(BoilerplateDetector.Default.Detect(string.Empty));

    private static List<string> Texts(string text) =>
        BoilerplateDetector.Default.Detect(text).Select(r => text[r.Start..r.End]).ToList();
}
