using System.Globalization;
using System.Text;
using ClaimCheck.Consistency;
using ClaimCheck.Extraction;
using ClaimCheck.IO;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS and script, no external resources, a strict
/// Content-Security-Policy) with the summary, a verdict filter and a search box. The groups travel as a JSON data island
/// that the script renders as cards, 50 at a time, so large corpora stay responsive. Corpus text never reaches the page
/// as markup: the island escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and line separators, and the script only ever sets text.
/// </summary>
internal static class HtmlReport
{
    private static readonly (Verdict Verdict, string Label)[] Filters =
    [
        (Verdict.Discrepancy, "Discrepancies"),
        (Verdict.Change, "Changes"),
        (Verdict.Agreement, "Agreements"),
        (Verdict.Single, "Single-source"),
    ];

    public static void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var data = Data(new ReportIndex(result));
        var script = HtmlAssets.Script;
        var html = HtmlPage.Start(ReportText.Title, HtmlAssets.Css, script);
        html.Append("<header class=\"top\">\n")
            .Append("<h1>").Append(HtmlText.Escape(ReportText.Title)).Append("</h1>\n")
            .Append("<p class=\"summary\" id=\"summary\">").Append(HtmlText.Escape(ReportText.SummaryLine(result.Summary))).Append("</p>\n")
            .Append("<p class=\"confidence\">").Append(HtmlText.Escape(ReportText.ConfidenceNote)).Append("</p>\n")
            .Append("</header>\n");
        AppendControls(html, data);
        html.Append("<main id=\"groups\" aria-label=\"Groups\"></main>\n")
            .Append("<p class=\"more\"><button type=\"button\" id=\"more\" hidden>Show more</button></p>\n")
            .Append("<details id=\"singles\" class=\"singles\" hidden>\n<summary id=\"singles-summary\"></summary>\n")
            .Append("<table>\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">What is counted</th><th scope=\"col\">Source</th><th scope=\"col\">As of</th><th scope=\"col\">Group</th></tr></thead>\n")
            .Append("<tbody id=\"singles-rows\"></tbody>\n</table>\n")
            .Append("<p class=\"more\"><button type=\"button\" id=\"singles-more\" hidden>Show more</button></p>\n</details>\n")
            .Append("<noscript><p>This report shows its groups with JavaScript. The same data is in analysis.json and report.md.</p></noscript>\n")
            .Append("</div>\n")
            .Append("<script type=\"application/json\" id=\"data\">");
        writer.Write(html.ToString());
        WriteDataIsland(data, writer);
        writer.Write("</script>\n<script>");
        writer.Write(script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    /// <summary>
    /// The report's data as escaped JSON (<see cref="HtmlText.ScriptJson"/>). Files are UTF-8 stream writers, and the data
    /// goes to the file as it is serialised: a corpus of a hundred thousand claims made it a string of hundreds of
    /// megabytes, copied three times over.
    /// </summary>
    private static void WriteDataIsland(HtmlReportData data, TextWriter writer)
    {
        if (JsonContract.Utf8Stream(writer) is { } file)
        {
            using var escaped = new ScriptJsonStream(file);
            System.Text.Json.JsonSerializer.Serialize(escaped, data, ReportingJsonContext.Contract.Compact.GetTypeInfo(typeof(HtmlReportData)));
            escaped.Flush();
            return;
        }

        writer.Write(HtmlText.ScriptJson(JsonContract.Serialize(data, ReportingJsonContext.Contract.Compact)));
    }

    private static void AppendControls(StringBuilder html, HtmlReportData data)
    {
        html.Append("<section class=\"controls\" aria-label=\"Filter groups\">\n")
            .Append("<fieldset class=\"verdicts\">\n<legend>Verdict</legend>\n");
        foreach (var (verdict, label) in Filters)
        {
            var name = VerdictName.Of(verdict);
            var count = data.Groups.Count(g => g.Verdict == verdict);
            html.Append("<label class=\"chip chip-").Append(name).Append("\"><input type=\"checkbox\" name=\"verdict\" value=\"").Append(name)
                .Append("\" checked> ").Append(label).Append(" <span class=\"count\">").Append(ReportText.Number(count)).Append("</span></label>\n");
        }

        html.Append("</fieldset>\n")
            .Append("<p class=\"search\"><label for=\"search\">Search</label> ")
            .Append("<input type=\"search\" id=\"search\" placeholder=\"words, figures, sources, speakers; &quot;a phrase&quot;\" autocomplete=\"off\" spellcheck=\"false\"></p>\n")
            .Append("<p id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n")
            .Append("<p class=\"legend\" aria-hidden=\"true\">")
            .Append("<span><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><circle cx=\"6\" cy=\"6\" r=\"4\" class=\"mk\"/></svg> exact</span> ")
            .Append("<span><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><circle cx=\"6\" cy=\"6\" r=\"4\" class=\"mk-hollow\"/></svg> about</span> ")
            .Append("<span><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><rect x=\"4\" y=\"1\" width=\"4\" height=\"10\" rx=\"1\" class=\"mk\"/></svg> range</span> ")
            .Append("<span><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><path d=\"M6 1 L10 6 H7.5 V11 H4.5 V6 H2 Z\" class=\"mk\"/></svg> more than</span> ")
            .Append("<span><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><path d=\"M6 11 L10 6 H7.5 V1 H4.5 V6 H2 Z\" class=\"mk\"/></svg> less than, up to</span>")
            .Append("</p>\n</section>\n");
    }

    internal static HtmlReportData Data(ReportIndex index)
    {
        var result = index.Result;
        var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new List<HtmlSource>(result.Documents.Count);
        foreach (var document in result.Documents)
        {
            if (sourceIndex.TryAdd(document.Id, sources.Count))
            {
                sources.Add(new HtmlSource(
                    index.DocumentName(document.Id),
                    index.DocumentOutlet(document.Id),
                    index.DocumentUrl(document.Id),
                    document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    document.FileName()));
            }
        }

        var highlight = new SentenceHighlight(result.Claims);
        var sentences = SentenceTable.Of([]);
        var groups = new List<HtmlGroup>(result.Groups.Count);
        foreach (var group in result.Groups)
        {
            var conflicting = new HashSet<string>(group.Conflicts.SelectMany(c => new[] { c.LeftClaimId, c.RightClaimId }), StringComparer.Ordinal);
            var evidence = index.Members(group).Select(m =>
            {
                var (member, claim) = m;
                var asOf = member.AsOf ?? claim.AsOf;
                var span = AsOfTime.Span(asOf);
                var (shape, y, y2) = Figure(claim);
                return new HtmlEvidence(
                    sourceIndex.GetValueOrDefault(claim.DocumentId, -1),
                    claim.Text,
                    sentences.Add(claim),
                    highlight.Locate(claim),
                    asOf,
                    span?.From,
                    span?.To,
                    shape,
                    y,
                    y2,
                    y is { } low ? FigureText.Axis(low, claim.Kind, claim.Unit) : null,
                    y2 is { } high ? FigureText.Axis(high, claim.Kind, claim.Unit) : null,
                    claim.Speaker,
                    member.RepeatOf is not null,
                    conflicting.Contains(claim.Id));
            }).ToList();
            groups.Add(new HtmlGroup(
                group.Id,
                group.Label,
                group.Verdict,
                ReportText.Percentage(group.Confidence),
                group.Explanation,
                string.IsNullOrWhiteSpace(group.Change?.Description) ? null : group.Change.Description,
                ReportText.ConflictReasons(group),
                index.DocumentCount(group),
                group.IndependentSources,
                index.HasCopies(group),
                evidence,
                ReportText.Review(group.Review),
                ReportText.ConflictsOverridden(group)));
        }

        return new HtmlReportData(sources, [.. sentences.Sentences.Select(s => s.Text)], groups);
    }

    // How the timeline draws a claim: exact as a dot, "about" as a ring, a range as a bar, bounds as arrows.
    private static (string Shape, double? Y, double? Y2) Figure(Claim claim)
    {
        var value = Finite(claim.Value);
        var low = Finite(claim.Low) ?? value;
        var high = Finite(claim.High) ?? value;
        return claim.Qualifier switch
        {
            _ when value is null && low is null => ("none", null, null),
            Qualifier.Range when low is not null && high is not null && low < high => ("range", low, high),
            Qualifier.MoreThan or Qualifier.AtLeast => ("up", value, null),
            Qualifier.LessThan or Qualifier.AtMost => ("down", value, null),
            Qualifier.Approximate => ("about", value, null),
            _ => ("dot", value ?? low, null),
        };
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
