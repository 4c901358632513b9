using System.Text.Json;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public sealed class HtmlReportTests
{
    private static (string Before, string Island, string After) Split(string html)
    {
        const string Open = "<script type=\"application/json\" id=\"data\">";
        var start = html.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        return (html[..start], html[start..end], html[end..]);
    }

    [Fact]
    public void The_page_is_one_self_contained_file()
    {
        var html = ReportOutput.Html(AnalysisFixture.Sample());
        var (before, _, after) = Split(html);
        var page = before + after;
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link rel=\"stylesheet\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", page, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", page, StringComparison.Ordinal);

        // The only address in the page itself is the SVG namespace.
        Assert.Equal(
            ["http://www.w3.org/2000/svg"],
            page.Split('\'', '"', ' ', '(', ')').Where(t => t.Contains("://", StringComparison.Ordinal)).Distinct());
        Assert.Contains("<p class=\"summary\" id=\"summary\">4 documents, 11 claims, 4 groups: 1 agreement, 1 change, 1 discrepancy, 1 single-source</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_security_policy_allows_exactly_the_inline_style_and_script()
    {
        var html = ReportOutput.Html(AnalysisFixture.Sample());
        Assert.Contains($"style-src {HtmlAssets.Hash(HtmlAssets.Css)};", html, StringComparison.Ordinal);
        Assert.Contains($"script-src {HtmlAssets.Hash(HtmlAssets.Script)};", html, StringComparison.Ordinal);
        Assert.Contains("<style>" + HtmlAssets.Css + "</style>", html, StringComparison.Ordinal);
        Assert.Contains("<script>" + HtmlAssets.Script + "</script>", html, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_island_carries_the_groups_with_their_marks_and_timeline_shapes()
    {
        var (_, island, _) = Split(ReportOutput.Html(AnalysisFixture.Sample()));
        using var data = JsonDocument.Parse(island);
        var groups = data.RootElement.GetProperty("groups").EnumerateArray().ToList();
        var sentences = data.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Equal(["discrepancy", "change", "agreement", "single"], groups.Select(g => g.GetProperty("verdict").GetString()));
        foreach (var evidence in groups.SelectMany(g => g.GetProperty("evidence").EnumerateArray()))
        {
            var sentence = sentences[evidence.GetProperty("sentence").GetInt32()];
            var text = evidence.GetProperty("text").GetString()!;
            var mark = evidence.GetProperty("mark").GetInt32();
            Assert.Equal(text, sentence.Substring(mark, text.Length));
        }

        var shapes = groups[1].GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("shape").GetString());
        Assert.Equal(["dot", "up", "range"], shapes);

        // The timeline's axis shows figures in the report's words, not numbers the script would format itself.
        var range = groups[1].GetProperty("evidence")[2];
        Assert.Equal("30", range.GetProperty("yText").GetString());
        Assert.Equal("35", range.GetProperty("y2Text").GetString());
        Assert.Equal("2.5 billion", groups[3].GetProperty("evidence")[0].GetProperty("yText").GetString());
        var discrepancy = groups[0];
        Assert.Equal(90, discrepancy.GetProperty("confidence").GetInt32());
        Assert.True(discrepancy.GetProperty("copies").GetBoolean());
        Assert.Equal([true, true, false], discrepancy.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("conflict").GetBoolean()));
    }

    [Fact]
    public void Hostile_corpus_text_reaches_the_page_only_as_escaped_data()
    {
        var html = ReportOutput.Html(AnalysisFixture.Hostile());
        var (before, island, after) = Split(html);
        var page = before + after;

        // The island cannot end early or open a comment: no <, >, & or line separators in it at all.
        Assert.DoesNotContain("<", island, StringComparison.Ordinal);
        Assert.DoesNotContain(">", island, StringComparison.Ordinal);
        Assert.DoesNotContain("&", island, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", html, StringComparison.Ordinal);
        Assert.Contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=1", island, StringComparison.Ordinal);

        // Outside the island nothing of the corpus appears: exactly the report's own two scripts and one style.
        Assert.DoesNotContain("pwned", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page, StringComparison.Ordinal);
        Assert.Equal(2, Occurrences(html, "<script"));
        Assert.Equal(2, Occurrences(html, "</script>"));
        Assert.Equal(1, Occurrences(html, "<style>"));
        Assert.Equal(1, Occurrences(html, "</style>"));

        // The island parses back to the very text, and only http(s) addresses survive as URLs.
        using var data = JsonDocument.Parse(island);
        var sources = data.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal("<script>window.__pwned=1</script>", sources[0].GetProperty("name").GetString());
        Assert.All(sources, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("url").ValueKind));
    }

    [Fact]
    public void Html_escaping_covers_text_and_attributes() =>
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", HtmlText.Escape("<a href=\"x\" title='y'>&"));

    [Fact]
    public void Script_json_escapes_what_could_close_the_element()
    {
        var json = HtmlText.ScriptJson("{\"a\":\"</script><!-- & \u2028\u2029\"}");
        Assert.Equal("{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029\"}", json);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("</script><!-- & \u2028\u2029", parsed.RootElement.GetProperty("a").GetString());
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
