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
    public void Empty_text_has_no_metadata() => Assert.Equal(new InferredMetadata(null, null, null), Infer(string.Empty));

    private static InferredMetadata Infer(string text) =>
        MetadataInferrer.Default.Infer(text, BoilerplateDetector.Default.Detect(text));
}
