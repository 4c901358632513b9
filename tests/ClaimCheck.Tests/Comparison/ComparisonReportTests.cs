using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Comparison;
using ClaimCheck.Corpus;
using ClaimCheck.Documents;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Comparison;

public sealed partial class ComparisonReportTests
{
    private const string Hostile = "Officials showed 40 drones <script>alert(1)</script> | [link](javascript:alert(1)) *bold* `code` <img src=x onerror=alert(2)>.";

    public static string FixturePath(string name) => Path.Join(RepoRoot.Path, "tests", "ClaimCheck.Tests", "Comparison", "Fixtures", name);

    public static DocumentComparison Fixture() =>
        TextComparer.Compare(Load(FixturePath("old.md")), Load(FixturePath("new.md")));

    [Fact]
    public void Markdown_of_the_fixture_pair_matches_its_golden_file() =>
        GoldenFile.Verify("diff-sample.md", ComparisonReport.ToString(Fixture(), ComparisonFormat.Markdown));

    [Fact]
    public void Json_of_the_fixture_pair_matches_its_golden_file() =>
        GoldenFile.Verify("diff-sample.json", ComparisonReport.ToString(Fixture(), ComparisonFormat.Json));

    [Fact]
    public void Json_has_every_documented_field()
    {
        using var json = JsonDocument.Parse(ComparisonReport.ToString(Fixture(), ComparisonFormat.Json));
        var root = json.RootElement;
        Assert.Equal(["schemaVersion", "old", "new", "claimChanges", "summary", "diff"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(["added", "removed", "changed", "unchanged"], root.GetProperty("summary").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "path", "title", "source", "url", "published", "dateSource"], root.GetProperty("old").EnumerateObject().Select(p => p.Name));
        foreach (var change in root.GetProperty("claimChanges").EnumerateArray())
        {
            Assert.Equal(["change", "old", "new"], change.EnumerateObject().Select(p => p.Name));
            Assert.Contains(change.GetProperty("change").GetString(), new[] { "unchanged", "changed", "added", "removed" });
        }

        var kinds = root.GetProperty("diff").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["deleted", "equal", "inserted"], kinds);
    }

    [Fact]
    public void Every_format_is_byte_identical_on_every_run()
    {
        foreach (var format in Enum.GetValues<ComparisonFormat>())
        {
            Assert.Equal(ComparisonReport.ToString(Fixture(), format), ComparisonReport.ToString(Fixture(), format));
            Assert.DoesNotContain("\r", ComparisonReport.ToString(Fixture(), format), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_escapes_hostile_text_and_never_links_javascript()
    {
        var old = Document.FromText("old.txt", "Officials showed 30 drones.") with { Url = "javascript:alert(1)", Title = "<b>Title</b>" };
        var @new = Document.FromText("new.txt", Hostile) with { Url = "https://example.org/a?x=\"><script>" };

        var html = ComparisonReport.ToString(TextComparer.Compare(old, @new), ComparisonFormat.Html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Title&lt;/b&gt;", html, StringComparison.Ordinal);
        var hrefs = Href().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["data:,", "https://example.org/a?x=%22%3E%3Cscript%3E"], hrefs);
    }

    [Fact]
    public void Html_is_one_self_contained_page_with_del_and_ins()
    {
        var html = ComparisonReport.ToString(Fixture(), ComparisonFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link rel=\"stylesheet\"", html, StringComparison.Ordinal);
        Assert.Contains("more than <del>800</del><ins>900</ins> new weapons", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"change changed\">changed</td><td>more than 800 new weapons</td><td>more than 900 new weapons</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_hostile_text_and_never_links_javascript()
    {
        var old = Document.FromText("old.txt", "Officials showed 30 drones.") with { Url = "javascript:alert(1)", Title = "[click](javascript:alert(1))" };
        var @new = Document.FromText("new.txt", "- " + Hostile);

        var md = ComparisonReport.ToString(TextComparer.Compare(old, @new), ComparisonFormat.Markdown);

        Assert.DoesNotContain("](javascript", md.Replace("\\]", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal); // only an escaped bracket
        Assert.Contains("\\[click\\](javascript:alert(1))", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", md, StringComparison.Ordinal);
        Assert.Contains("\\|", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n- Officials", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n**- Officials", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_shows_only_the_changed_lines_and_counts_the_rest()
    {
        var md = ComparisonReport.ToString(Fixture(), ComparisonFormat.Markdown);

        Assert.Contains("| changed | more than 800 new weapons | more than 900 new weapons | According to the Minister of Defence Industry, Azerbaijan is currently working on more than ~~800~~ **900** new weapons. |", md, StringComparison.Ordinal);
        Assert.Contains("~~At the exhibition in Istanbul, the ministry showed 40 drones.~~", md, StringComparison.Ordinal);
        Assert.Contains("*… 1 unchanged line …*", md, StringComparison.Ordinal);
        Assert.DoesNotContain("The ministry runs 12 plants", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_texts_say_so_in_every_format()
    {
        var document = Load(FixturePath("old.md"));
        var comparison = TextComparer.Compare(document, document);

        Assert.Contains("No claim was added, removed or changed.", ComparisonReport.ToString(comparison, ComparisonFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("The texts are identical.", ComparisonReport.ToString(comparison, ComparisonFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("The texts are identical.", ComparisonReport.ToString(comparison, ComparisonFormat.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("<del>", ComparisonReport.ToString(comparison, ComparisonFormat.Html), StringComparison.Ordinal);
    }

    private static Document Load(string path) => Assert.Single(CorpusLoader.Load([path]).Documents);

    [GeneratedRegex("href=\"([^\"]*)\"", RegexOptions.NonBacktracking)]
    private static partial Regex Href();
}
