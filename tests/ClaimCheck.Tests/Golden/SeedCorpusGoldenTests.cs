using System.Text.Json;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Golden;

/// <summary>
/// The claims of the seed corpus, checked in as expected output (<c>golden/corpus-extract.json</c>) and
/// reviewed by hand; plus the figures every reader of the seeds expects to find, asserted one by one.
/// </summary>
public sealed class SeedCorpusGoldenTests
{
    private static readonly Lazy<string> Output = new(() =>
    {
        var (exit, stdout, stderr) = CliRunner.Run("extract", RepoRoot.CorpusFolder, "--format", "json");
        Assert.True(exit == 0, stderr);
        return stdout;
    });

    private static List<JsonElement> Claims()
    {
        using var document = JsonDocument.Parse(Output.Value);
        return [.. document.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.Clone())];
    }

    [Fact]
    public void Extraction_of_the_seed_corpus_matches_the_reviewed_golden_file() =>
        GoldenFile.Verify("corpus-extract.json", Output.Value);

    [Fact]
    public void Extraction_is_byte_identical_across_runs()
    {
        var (_, again, _) = CliRunner.Run("extract", RepoRoot.CorpusFolder, "--format", "json");
        Assert.Equal(Output.Value, again);
    }

    [Theory]
    [InlineData("000_26292c79c061c432.txt", "More than 1,000 military products", "more-than", 1000, "military product")]
    [InlineData("003_168ab8faeffd7e02.txt", "more than 1,000 types of military products", "more-than", 1000, "military product")]
    [InlineData("002_61d4dc922fc649e5.txt", "more than 800 new weapons", "more-than", 800, "new weapon")]
    [InlineData("002_61d4dc922fc649e5.txt", "more than 800 samples of weapons", "more-than", 800, "weapon")]
    [InlineData("002_61d4dc922fc649e5.txt", "more than 30 countries", "more-than", 30, "country")]
    [InlineData("000_26292c79c061c432.txt", "44 days", "exact", 44, "day")]
    [InlineData("002_61d4dc922fc649e5.txt", "44-day", "exact", 44, "day")]
    [InlineData("001_abb0a9f3993c915a.txt", "1 billion manats", "exact", 1e9, "manat")]
    [InlineData("004_1840fb00d5d48ea0.txt", "32 representatives", "exact", 32, "representative")]
    [InlineData("004_1840fb00d5d48ea0.txt", "21 countries", "exact", 21, "country")]
    [InlineData("000_26292c79c061c432.txt", "65 world countries", "exact", 65, "world country")]
    [InlineData("003_168ab8faeffd7e02.txt", "28 and a half years", "exact", 28.5, "year")]
    public void Finds_the_figures_a_reader_of_the_seeds_expects(string document, string text, string qualifier, double value, string unit)
    {
        var claim = Claims().First(c => c.GetProperty("documentId").GetString() == document && c.GetProperty("text").GetString() == text);
        Assert.Equal(qualifier, claim.GetProperty("qualifier").GetString());
        Assert.Equal(value, claim.GetProperty("value").GetDouble());
        Assert.Equal(unit, claim.GetProperty("unit").GetString());
    }

    [Fact]
    public void The_manats_are_dated_to_the_period_of_their_sentence()
    {
        var manats = Claims().Single(c => c.GetProperty("text").GetString() == "1 billion manats");
        Assert.Equal("2024/2025", manats.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData(3403)]
    [InlineData(4554)]
    [InlineData(2806)]
    [InlineData(46)]
    public void Page_counters_are_not_claims(double counter) =>
        Assert.DoesNotContain(Claims(), c => c.GetProperty("value").ValueKind == JsonValueKind.Number && c.GetProperty("value").GetDouble() == counter);

    [Fact]
    public void Ordinals_and_bare_years_are_not_counts()
    {
        foreach (var claim in Claims().Where(c => c.GetProperty("kind").GetString() != "date"))
        {
            var text = claim.GetProperty("text").GetString()!;
            Assert.DoesNotMatch(@"^\d+(st|nd|rd|th)\b", text);
            Assert.False(text.Length == 4 && int.TryParse(text, out var year) && year is > 1900 and < 2100, $"year counted as a figure: {text}");
        }
    }
}
