using ClaimCheck.Consistency;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Matching;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// Hand-made analyses for the report tests: <see cref="Sample"/> has one group of each verdict (a discrepancy with a
/// conflict, a change with its summary, an agreement worded differently, a single), a syndicated copy and claims in no
/// group; <see cref="Hostile"/> is the same shape with corpus text that tries to inject markup and script.
/// </summary>
internal static class AnalysisFixture
{
    public static AnalysisResult Sample()
    {
        var b = new Builder();
        var azernews = b.Document("azernews/2023-09-29.txt", "Azerbaijan to become reference point for purchasing sophisticated weapons", "AzerNews",
            "https://www.azernews.az/business/215171.html", new DateOnly(2023, 9, 29), DateSource.Manifest,
            "\"Today we produce more than 1,000 types of military products,\" Minister of Defense Industry Madat Guliyev said.",
            "Azerbaijani weapons are now exported to more than 30 countries.",
            "The 44-day war of 2020 showed what the industry can do.");
        var caliber = b.Document("caliber/adex-2023.md", "ADEX 2023: the defence industry in numbers", "Caliber.az",
            "https://caliber.az/en/post/adex-2023", new DateOnly(2023, 9, 30), DateSource.FrontMatter,
            "The ministry says it makes up to 800 military products, far fewer than officials claimed a day earlier.",
            "The war lasted 44 days in 2020.",
            "Some 65 countries sent delegations.",
            "Buyers now number between 30 and 35 countries, Caliber.az estimates.");
        var trend = b.Document("trend/copy.txt", null, "Trend", null, new DateOnly(2023, 9, 30), DateSource.Inferred,
            "The ministry says it makes up to 800 military products, far fewer than officials claimed a day earlier.");
        var respublika = b.Document("respublika/2019-05-10.html", "Defence exports grow", "\"Respublika\" newspaper",
            "http://respublika.az/news/2019/05/10", new DateOnly(2019, 5, 10), DateSource.Inferred,
            "In 2019, Azerbaijan sold weapons to 21 countries, according to the ministry.",
            "Defence spending will reach about $2.5 billion, the finance minister said.",
            "The plan covers 2024–2025.");

        var p1 = b.Claim(azernews, 0, "more than 1,000 types of military products", ClaimKind.Count, 1000, Qualifier.MoreThan, "military product", "2023-09-29", "Madat Guliyev", classifier: "type");
        var k2 = b.Claim(azernews, 1, "more than 30 countries", ClaimKind.Count, 30, Qualifier.MoreThan, "country", "2023-09-29", null);
        var w1 = b.Claim(azernews, 2, "44-day", ClaimKind.Duration, 44, Qualifier.Exact, "day", "2020", null);
        var p2 = b.Claim(caliber, 0, "up to 800 military products", ClaimKind.Count, 800, Qualifier.AtMost, "military product", "2023-09-30", "The ministry");
        var w2 = b.Claim(caliber, 1, "44 days", ClaimKind.Duration, 44, Qualifier.Exact, "day", "2020", null);
        b.Claim(caliber, 2, "Some 65 countries", ClaimKind.Count, 65, Qualifier.Approximate, "country", "2023-09-30", null);
        var k3 = b.Claim(caliber, 3, "between 30 and 35 countries", ClaimKind.Count, 30, Qualifier.Range, "country", "2023-09-30", "Caliber.az", low: 30, high: 35);
        var p3 = b.Claim(trend, 0, "up to 800 military products", ClaimKind.Count, 800, Qualifier.AtMost, "military product", "2023-09-30", "The ministry");
        var k1 = b.Claim(respublika, 0, "21 countries", ClaimKind.Count, 21, Qualifier.Exact, "country", "2019", "the ministry");
        var m1 = b.Claim(respublika, 1, "about $2.5 billion", ClaimKind.Money, 2.5e9, Qualifier.Approximate, "dollar", "2019-05-10", "the finance minister");
        b.Claim(respublika, 2, "2024–2025", ClaimKind.Date, null, Qualifier.Exact, null, "2024/2025", null, date: "2024/2025");

        var groups = new List<ClaimGroup>
        {
            new(
                "g-military-products",
                "military products (count)",
                [p1.Id, p2.Id, p3.Id],
                Verdict.Discrepancy,
                0.9,
                "Two sources give incompatible counts of military products a day apart: more than 1,000 against up to 800.",
                [
                    new GroupMember(p1.Id, "(1000, ∞)", p1.AsOf, null),
                    new GroupMember(p2.Id, "[0, 800]", p2.AsOf, null),
                    new GroupMember(p3.Id, "[0, 800]", p3.AsOf, p2.Id),
                ],
                [new Conflict(p1.Id, p2.Id, "\"more than 1,000 types of military products\" (AzerNews, 2023-09-29) means more than 1,000 military products but \"up to 800 military products\" (Caliber.az, 2023-09-30) means up to 800 military products: both cannot be true at the same time.")],
                null,
                [
                    new MatchEvidence(p1.Id, p2.Id, 82, ["same unit (military product)", "context words 78/100"]),
                    new MatchEvidence(p2.Id, p3.Id, 100, ["same passage"]),
                ],
                2),
            new(
                "g-countries",
                "countries buying weapons (count)",
                [k1.Id, k2.Id, k3.Id],
                Verdict.Change,
                0.75,
                "The number of buyer countries rose between 2019 and 2023; the sources agree within each time.",
                [
                    new GroupMember(k1.Id, "[21, 21]", k1.AsOf, null),
                    new GroupMember(k2.Id, "(30, ∞)", k2.AsOf, null),
                    new GroupMember(k3.Id, "[30, 35]", k3.AsOf, null),
                ],
                [],
                new ChangeSummary(k1.Id, k3.Id, "up", 9.0 / 21, "rose from 21 (2019) to between 30 and 35 (2023-09-30): +43% over 4 years"),
                [
                    new MatchEvidence(k1.Id, k2.Id, 74, ["same unit (country)", "context words 66/100"]),
                    new MatchEvidence(k2.Id, k3.Id, 80, ["same unit (country)"]),
                ],
                3),
            new(
                "g-war-days",
                "war length (duration, day)",
                [w1.Id, w2.Id],
                Verdict.Agreement,
                0.95,
                "Both sources give the war as 44 days long.",
                [new GroupMember(w1.Id, "[44, 44]", w1.AsOf, null), new GroupMember(w2.Id, "[44, 44]", w2.AsOf, null)],
                [],
                null,
                [new MatchEvidence(w1.Id, w2.Id, 91, ["same unit (day)", "same time (2020)"])],
                2),
            new(
                "g-defence-spending",
                "defence spending (money, dollar)",
                [m1.Id],
                Verdict.Single,
                1,
                "Only one source states this figure.",
                [new GroupMember(m1.Id, "[2250000000, 2750000000]", m1.AsOf, null)],
                [],
                null,
                [],
                1),
        };

        return b.Result(groups);
    }

    /// <summary>Corpus text that would run script, open links or break markup if any report wrote it unescaped.</summary>
    public static AnalysisResult Hostile()
    {
        const string Run = "window.__pwned=1";
        var b = new Builder();
        var scripted = b.Document("hostile/1.txt", $"<script>{Run}</script>", $"\" onmouseover=\"{Run}", $"javascript:{Run}",
            new DateOnly(2024, 1, 2), DateSource.Manifest,
            $"[click](javascript:{Run}) The count is more than 5 rockets</script><script>{Run}</script>, he said.",
            $"<img src=x onerror=\"{Run}\"> It was up to 3 rockets\u2028<!-- and --> later.");
        var styled = b.Document("hostile/2.txt", $"</style><img src=x onerror=\"{Run}\">", "=cmd|' /C calc'!A0",
            $"data:text/html,<script>{Run}</script>", new DateOnly(2024, 1, 3), DateSource.Manifest,
            $"# Heading * _emphasis_ | pipe `code` $x$ ![img](javascript:{Run}) 7 rockets fell.");
        var a = b.Claim(scripted, 0, "more than 5 rockets", ClaimKind.Count, 5, Qualifier.MoreThan, "rocket", "2024-01-02", $"\" onmouseover=\"{Run}");
        var c = b.Claim(scripted, 1, "up to 3 rockets", ClaimKind.Count, 3, Qualifier.AtMost, "rocket", "-2024", "@SUM(A1:A9)");
        var d = b.Claim(styled, 0, "7 rockets", ClaimKind.Count, 7, Qualifier.Exact, "rocket", "+2024", $"<svg onload={Run}>");

        var groups = new List<ClaimGroup>
        {
            new(
                "g-1",
                $"</script><script>{Run}</script> rockets",
                [a.Id, c.Id],
                Verdict.Discrepancy,
                0.5,
                $"<img src=x onerror={Run}> [click](javascript:{Run}) # not a heading",
                [new GroupMember(a.Id, "(5, ∞)", a.AsOf, null), new GroupMember(c.Id, "[0, 3]", c.AsOf, null)],
                [new Conflict(a.Id, c.Id, $"<svg onload={Run}> | and `{Run}`")],
                null,
                [],
                2),
            new(
                "g-2",
                $"\" onmouseover=\"{Run}",
                [d.Id],
                Verdict.Single,
                1,
                $"</style><style>body{{display:none}}</style>",
                [new GroupMember(d.Id, "[7, 7]", d.AsOf, null)],
                [],
                new ChangeSummary(d.Id, d.Id, "up", null, $"<a href=\"javascript:{Run}\">x</a>"),
                [],
                1),
        };

        return b.Result(groups);
    }

    /// <summary>A large analysis for responsiveness: <paramref name="count"/> groups of three claims each.</summary>
    public static AnalysisResult Large(int count)
    {
        var b = new Builder();
        var verdicts = new[] { Verdict.Discrepancy, Verdict.Change, Verdict.Agreement, Verdict.Single };
        var groups = new List<ClaimGroup>(count);
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var document = b.Document($"doc-{n}.txt", $"Document {n}", "Wire", $"https://example.org/{n}", new DateOnly(2020 + (i % 5), 1, 1), DateSource.Manifest,
                $"Item {n} was counted at {i + 10} widgets in the first report.",
                $"A later report put item {n} at more than {i + 20} widgets.",
                $"Others say between {i + 5} and {i + 30} widgets for item {n}.");
            var x = b.Claim(document, 0, $"{i + 10} widgets", ClaimKind.Count, i + 10, Qualifier.Exact, "widget", $"{2015 + (i % 7)}", null);
            var y = b.Claim(document, 1, $"more than {i + 20} widgets", ClaimKind.Count, i + 20, Qualifier.MoreThan, "widget", $"{2018 + (i % 5)}", null);
            var z = b.Claim(document, 2, $"between {i + 5} and {i + 30} widgets", ClaimKind.Count, i + 5, Qualifier.Range, "widget", null, null, low: i + 5, high: i + 30);
            var verdict = verdicts[i % verdicts.Length];
            groups.Add(new ClaimGroup(
                $"g{n}", $"widgets of item {n} (count)", [x.Id, y.Id, z.Id], verdict, 0.5 + ((i % 50) / 100.0), $"Group {n} explained.",
                [new GroupMember(x.Id, "[0, 0]", x.AsOf, null), new GroupMember(y.Id, "[0, 0]", y.AsOf, null), new GroupMember(z.Id, "[0, 0]", z.AsOf, null)],
                [], null, [], 1));
        }

        return b.Result(groups);
    }

    /// <summary>Builds documents from sentences and claims with offsets that point into the document text.</summary>
    private sealed class Builder
    {
        private readonly List<(DocumentSummary Summary, string Text, string[] Sentences)> _documents = [];
        private readonly List<Claim> _claims = [];

        public int Document(string id, string? title, string? source, string? url, DateOnly published, DateSource dateSource, params string[] sentences)
        {
            var text = (title is null ? string.Empty : title + "\n\n") + string.Join(' ', sentences);
            _documents.Add((new DocumentSummary(id, id, title, source, url, published, dateSource), text, sentences));
            return _documents.Count - 1;
        }

        public Claim Claim(int document, int sentence, string text, ClaimKind kind, double? value, Qualifier qualifier, string? unit, string? asOf, string? speaker,
            double? low = null, double? high = null, string? classifier = null, string? date = null)
        {
            var (summary, documentText, sentences) = _documents[document];
            var sentenceText = sentences[sentence];
            var start = documentText.IndexOf(sentenceText, StringComparison.Ordinal) + sentenceText.IndexOf(text, StringComparison.Ordinal);
            Assert.Equal(text, documentText[start..(start + text.Length)]);
            var id = $"c{_claims.Count + 1:D2}-{summary.Id.Split('/')[0]}";
            var claim = new Claim(id, summary.Id, text, sentenceText, start, start + text.Length, kind, value, low, high, qualifier, unit, date, asOf, speaker, classifier);
            _claims.Add(claim);
            return claim;
        }

        public AnalysisResult Result(List<ClaimGroup> groups)
        {
            var summary = new AnalysisSummary(
                _documents.Count,
                _claims.Count,
                groups.Count,
                groups.Count(g => g.Verdict == Verdict.Agreement),
                groups.Count(g => g.Verdict == Verdict.Change),
                groups.Count(g => g.Verdict == Verdict.Discrepancy),
                groups.Count(g => g.Verdict == Verdict.Single));
            var order = _documents.Select((d, i) => (d.Summary.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var claims = _claims.OrderBy(c => order[c.DocumentId]).ThenBy(c => c.Start).ToList();
            return new AnalysisResult(1, [.. _documents.Select(d => d.Summary)], claims, groups, summary);
        }
    }
}
