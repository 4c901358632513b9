using ClaimCheck.Consistency;
using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Golden;

/// <summary>What an analyst of the seed corpus must see in the analysis.</summary>
public sealed class SeedAnalysisTests
{
    private static readonly Lazy<AnalysisResult> Result = new(() =>
    {
        var (_, result, diagnostics) = ClaimAnalysis.Analyze([RepoRoot.CorpusFolder]);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return result;
    });

    private static ClaimGroup GroupOf(string document, string text)
    {
        var claim = Result.Value.Claims.Single(c => c.DocumentId == document && c.Text == text);
        return Result.Value.Groups.Single(g => g.ClaimIds.Contains(claim.Id));
    }

    private static List<(string Document, string Text)> Members(ClaimGroup group) =>
        [.. group.ClaimIds.Select(id => Result.Value.Claims.Single(c => c.Id == id)).Select(c => (c.DocumentId, c.Text))];

    [Fact]
    public void The_1000_military_products_of_the_2020_speech_and_the_2023_article_agree()
    {
        var group = GroupOf("003_168ab8faeffd7e02.txt", "more than 1,000 types of military products");
        Assert.Equal(Verdict.Agreement, group.Verdict);
        Assert.Contains(("000_26292c79c061c432.txt", "More than 1,000 military products"), Members(group));
    }

    [Fact]
    public void The_44_days_and_the_44_day_war_agree()
    {
        var group = GroupOf("000_26292c79c061c432.txt", "44 days");
        Assert.Equal(Verdict.Agreement, group.Verdict);
        Assert.Contains(("002_61d4dc922fc649e5.txt", "44-day"), Members(group));
    }

    [Fact]
    public void The_two_wordings_of_800_new_weapons_in_one_article_agree()
    {
        var group = GroupOf("002_61d4dc922fc649e5.txt", "more than 800 new weapons");
        Assert.Equal(Verdict.Agreement, group.Verdict);
        Assert.Contains(("002_61d4dc922fc649e5.txt", "more than 800 samples of weapons"), Members(group));
    }

    [Fact]
    public void Soviet_era_export_countries_never_mix_with_todays_buyer_countries()
    {
        var exports = GroupOf("000_26292c79c061c432.txt", "65 world countries");
        var buyers = GroupOf("002_61d4dc922fc649e5.txt", "more than 30 countries");
        Assert.NotEqual(exports.Id, buyers.Id);
    }

    [Fact]
    public void The_representatives_and_their_countries_stay_separate_claims()
    {
        Assert.NotEqual(GroupOf("004_1840fb00d5d48ea0.txt", "32 representatives").Id, GroupOf("004_1840fb00d5d48ea0.txt", "21 countries").Id);
    }

    [Fact]
    public void Every_figure_is_in_exactly_one_group()
    {
        var figures = Result.Value.Claims.Where(c => c.Kind != ClaimCheck.Extraction.ClaimKind.Date).Select(c => c.Id).Order(StringComparer.Ordinal);
        var grouped = Result.Value.Groups.SelectMany(g => g.ClaimIds).Order(StringComparer.Ordinal);
        Assert.Equal(figures, grouped);
    }
}
