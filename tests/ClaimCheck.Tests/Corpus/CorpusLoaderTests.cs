using System.Text;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Tests.Support;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Corpus;

public sealed class CorpusLoaderTests : IDisposable
{
    private const string Paragraph =
        "The ministry said on Tuesday that 32 representatives of 21 countries took part in the inspection tour of the plant.";

    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void Loads_a_text_file_with_lf_line_ends()
    {
        corpus.Write("a.txt", "Plant opens in Baku today\r\n\r\nFirst line\rsecond line\n" + Paragraph);
        var document = Assert.Single(Load().Documents);
        Assert.Equal("a.txt", document.Id);
        Assert.Equal("a.txt", document.Path);
        Assert.Equal("Plant opens in Baku today\n\nFirst line\nsecond line\n" + Paragraph, document.Text);
        Assert.DoesNotContain('\r', document.Text);
        Assert.Equal("Plant opens in Baku today", document.Title);
    }

    [Fact]
    public void Walks_folders_recursively_in_ordinal_order_and_skips_hidden_and_other_files()
    {
        corpus.Write("b.txt", Paragraph);
        corpus.Write("A.txt", Paragraph);
        corpus.Write("sub/deeper/c.md", Paragraph);
        corpus.Write("sub/a.txt", Paragraph);
        corpus.Write(".git/x.txt", Paragraph);
        corpus.Write(".claimcheck/cache.txt", Paragraph);
        corpus.Write(".hidden.txt", Paragraph);
        corpus.Write("photo.jpg", "not text");
        corpus.Write("notes.yaml", "a: 1");
        corpus.Write(CorpusManifest.FileName, "documents: {}\n");

        var result = Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["A.txt", "b.txt", "sub/a.txt", "sub/deeper/c.md"], result.Documents.Select(d => d.Id));
    }

    [Fact]
    public void A_file_named_directly_is_identified_by_its_file_name()
    {
        var path = corpus.Write("sub/x.txt", Paragraph);
        var document = Assert.Single(CorpusLoader.Load([path]).Documents);
        Assert.Equal("x.txt", document.Id);
        Assert.Equal("x.txt", document.Path);
    }

    [Fact]
    public void A_file_named_twice_is_loaded_once()
    {
        var path = corpus.Write("x.txt", Paragraph);
        var result = CorpusLoader.Load([path, corpus.Root]);
        Assert.Single(result.Documents);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_rest_still_loads()
    {
        corpus.Write("a.txt", Paragraph);
        var missing = corpus.PathOf("nope.txt");
        var result = CorpusLoader.Load([missing, corpus.Root]);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(missing, diagnostic.Path);
        Assert.StartsWith("no such file or folder", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.HasErrors);
        Assert.Single(result.Documents);
    }

    [Fact]
    public void An_unsupported_file_named_directly_is_a_warning()
    {
        var path = corpus.Write("a.pdf", "%PDF");
        var diagnostic = Assert.Single(CorpusLoader.Load([path]).Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("unsupported file type '.pdf'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_markdown_front_matter_and_skips_it()
    {
        const string frontMatter = "---\ntitle: \"Plant opens\"\nsource: Example News\nurl: https://example.com/a\npublished: 2023-05-10\ntags: [x]\n---\n";
        corpus.Write("a.md", frontMatter + "# Another heading here\n\n" + Paragraph);
        var document = Assert.Single(Load().Documents);
        Assert.Equal("Plant opens", document.Title);
        Assert.Equal("Example News", document.Source);
        Assert.Equal("https://example.com/a", document.Url);
        Assert.Equal(new DateOnly(2023, 5, 10), document.Published);
        Assert.Equal(DateSource.FrontMatter, document.DateSource);
        Assert.StartsWith(frontMatter, document.Text, StringComparison.Ordinal);
        Assert.Equal(new TextRange(0, frontMatter.Length - 1), document.Skipped[0]);
    }

    [Fact]
    public void Accepts_date_as_front_matter_key_and_infers_what_is_missing()
    {
        corpus.Write("a.markdown", "---\ndate: May 10, 2023\n---\n# Plant opens in Baku\n\n" + Paragraph);
        var document = Assert.Single(Load().Documents);
        Assert.Equal(new DateOnly(2023, 5, 10), document.Published);
        Assert.Equal(DateSource.FrontMatter, document.DateSource);
        Assert.Equal("Plant opens in Baku", document.Title);
    }

    [Fact]
    public void Invalid_front_matter_is_a_warning_with_its_line()
    {
        corpus.Write("a.md", "---\ntitle: ok\nbad: [unclosed\n---\n" + Paragraph);
        var result = Load();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Path.Join(corpus.Root, "a.md"), diagnostic.Path);
        Assert.Equal(3, diagnostic.Line);
        Assert.Single(result.Documents);
    }

    [Fact]
    public void Manifest_wins_over_front_matter_which_wins_over_inference()
    {
        corpus.Write("a.md", "---\ntitle: Front matter title\nsource: Front Source\npublished: 2020-01-01\n---\n" + Paragraph);
        corpus.Write("b.md", "---\ntitle: Front matter title\n---\nMonday 1 July 2024\n\n" + Paragraph);
        corpus.Write("c.txt", "Inferred title for c\n\n14 January 2026 11:46\n\n" + Paragraph);
        corpus.Write("d.txt", "Inferred title for d\n\n14 January 2026 11:46\n\n" + Paragraph);
        corpus.Write(
            CorpusManifest.FileName,
            """
            documents:
              a.md:
                title: "Manifest title"
                published: 2023-05-10
              ./c.txt:
                source: Manifest Source
                url: https://example.com/c
                date: 2022-02-02
            matching:
              threshold: 0.8
            """);

        var result = Load();

        Assert.Empty(result.Diagnostics);
        var a = Document(result, "a.md");
        Assert.Equal(("Manifest title", "Front Source", new DateOnly(2023, 5, 10), DateSource.Manifest), (a.Title, a.Source, a.Published, a.DateSource));
        var b = Document(result, "b.md");
        Assert.Equal(("Front matter title", new DateOnly(2024, 7, 1), DateSource.Inferred), (b.Title, b.Published, b.DateSource));
        var c = Document(result, "c.txt");
        Assert.Equal(("Inferred title for c", "Manifest Source", "https://example.com/c", new DateOnly(2022, 2, 2), DateSource.Manifest), (c.Title, c.Source, c.Url, c.Published, c.DateSource));
        var d = Document(result, "d.txt");
        Assert.Equal((new DateOnly(2026, 1, 14), DateSource.Inferred), (d.Published, d.DateSource));

        var manifest = Assert.Single(result.Manifests);
        Assert.Equal(Path.Join(corpus.Root, CorpusManifest.FileName), manifest.Path);
        Assert.Equal(["a.md", "c.txt"], manifest.Documents.Keys);
        Assert.Equal(5, manifest.Documents["c.txt"].Line);
    }

    [Theory]
    [InlineData("documents:\n  a.txt:\n    title: [unclosed\n", 3)]
    [InlineData("documents:\n  a.txt:\n    title: ok\n   bad: indent\n  b.txt:\n    title: y\n", 4)]
    [InlineData("documents:\n  a.txt:\n    title: ok\n  a.txt:\n    title: again\n", 4)]
    public void A_malformed_manifest_is_an_error_with_its_line_and_documents_still_load(string yaml, int line)
    {
        corpus.Write("a.txt", "Plant opens in Baku today\n\n" + Paragraph);
        corpus.Write(CorpusManifest.FileName, yaml);
        var result = Load();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Path.Join(corpus.Root, CorpusManifest.FileName), diagnostic.Path);
        Assert.Equal(line, diagnostic.Line);
        Assert.StartsWith("not valid YAML", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Plant opens in Baku today", Assert.Single(result.Documents).Title);
        Assert.Empty(result.Manifests);
    }

    [Fact]
    public void A_manifest_that_is_not_a_mapping_is_an_error()
    {
        corpus.Write("a.txt", Paragraph);
        corpus.Write(CorpusManifest.FileName, "- just\n- a list\n");
        var diagnostic = Assert.Single(Load().Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, 1), (diagnostic.Severity, diagnostic.Line));
    }

    [Fact]
    public void Manifest_entries_outside_the_corpus_are_refused()
    {
        corpus.Write("a.txt", Paragraph);
        corpus.Write(
            CorpusManifest.FileName,
            "documents:\n  ../x.txt:\n    title: Escape\n  sub/../../y.txt:\n    title: Escape\n  /etc/passwd:\n    title: Escape\n  a.txt:\n    title: Fine\n");
        var result = Load();
        Assert.Equal([2, 4, 6], result.Diagnostics.Select(d => d.Line ?? 0));
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Contains("outside the corpus", d.Message, StringComparison.Ordinal);
        });
        Assert.Equal("Fine", Assert.Single(result.Documents).Title);
    }

    [Fact]
    public void Bad_manifest_values_are_reported_and_unused_entries_warned()
    {
        corpus.Write("a.txt", Paragraph);
        corpus.Write(
            CorpusManifest.FileName,
            "documents:\n  a.txt:\n    published: last week\n    author: Someone\n  gone.txt:\n    title: Missing\n");
        var result = Load();
        Assert.Equal(
            [(DiagnosticSeverity.Error, 3), (DiagnosticSeverity.Warning, 4), (DiagnosticSeverity.Warning, 5)],
            result.Diagnostics.Select(d => (d.Severity, d.Line ?? 0)));
        Assert.Contains("'gone.txt'", result.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(result.Documents).Published);
    }

    [Fact]
    public void The_manifest_of_a_folder_applies_to_a_file_named_directly()
    {
        var path = corpus.Write("a.txt", Paragraph);
        corpus.Write(CorpusManifest.FileName, "documents:\n  a.txt:\n    title: From manifest\n  other.txt:\n    title: Unused\n");
        var result = CorpusLoader.Load([path]);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("From manifest", Assert.Single(result.Documents).Title);
    }

    [Fact]
    public void Loads_jsonl_and_reports_a_malformed_line_by_number()
    {
        corpus.Write(
            "data.jsonl",
            """
            {"id": "one", "text": "Plant opens in Baku\n\nBody one.", "title": "Given title", "source": "Wire", "url": "https://example.com/1", "published": "2023-05-10"}
            {"id": "two", "text": broken}

            {"id": "three", "text": "Body three with a date.\r\nSecond line.", "published": "2023-05-10T10:00:00+04:00"}
            {"text": "no id"}
            [1, 2]
            {"id": "six", "text": "Six.", "published": "someday", "title": 5}
            """);

        var result = Load();

        Assert.Equal(["one", "three", "six"], result.Documents.Select(d => d.Id));
        var one = result.Documents[0];
        Assert.Equal(("data.jsonl:1", "Given title", "Wire", "https://example.com/1", new DateOnly(2023, 5, 10), DateSource.Manifest), (one.Path, one.Title, one.Source, one.Url, one.Published, one.DateSource));
        Assert.Equal("Plant opens in Baku\n\nBody one.", one.Text);
        Assert.Equal("data.jsonl:4", result.Documents[1].Path);
        Assert.Equal("Body three with a date.\nSecond line.", result.Documents[1].Text);
        Assert.Equal(new DateOnly(2023, 5, 10), result.Documents[1].Published);

        var file = Path.Join(corpus.Root, "data.jsonl");
        Assert.Equal(
            [(DiagnosticSeverity.Error, 2), (DiagnosticSeverity.Error, 5), (DiagnosticSeverity.Error, 6), (DiagnosticSeverity.Warning, 7), (DiagnosticSeverity.Warning, 7)],
            result.Diagnostics.Select(d => (d.Severity, d.Line ?? 0)));
        Assert.All(result.Diagnostics, d => Assert.Equal(file, d.Path));
        Assert.Contains("not a valid JSON object", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith($"{file}:2: ", result.Diagnostics[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_document_id_is_a_warning_and_the_later_document_is_renamed()
    {
        corpus.Write("a.jsonl", "{\"id\": \"x\", \"text\": \"one\"}\n{\"id\": \"x\", \"text\": \"two\"}\n{\"id\": \"x\", \"text\": \"three\"}\n");
        var result = Load();
        Assert.Equal([("x", "one"), ("x#2", "two"), ("x#3", "three")], result.Documents.Select(d => (d.Id, d.Text)));
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("'x' is already used by", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("read as 'x#2'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(Path.Join(corpus.Root, "a.jsonl:2"), result.Diagnostics[0].Path);
    }

    [Fact]
    public void Files_of_the_same_name_in_two_folders_named_directly_both_load_with_their_own_manifest()
    {
        using var other = new TempCorpus();
        var first = corpus.Write("x.txt", Paragraph);
        var second = other.Write("x.txt", Paragraph + " Again.");
        corpus.Write(CorpusManifest.FileName, "documents:\n  x.txt:\n    title: First\n");
        other.Write(CorpusManifest.FileName, "documents:\n  x.txt:\n    title: Second\n");
        var result = CorpusLoader.Load([first, second]);
        Assert.Equal([("x.txt", "First"), ("x.txt#2", "Second")], result.Documents.Select(d => (d.Id, d.Title)));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Reads_standard_input_as_plain_text()
    {
        var result = CorpusLoader.Load(["-"], new CorpusLoadOptions { Stdin = new StringReader("\uFEFFPlant opens in Baku today\r\n\r\n" + Paragraph) });
        var document = Assert.Single(result.Documents);
        Assert.Equal(("-", "-", "Plant opens in Baku today"), (document.Id, document.Path, document.Title));
        Assert.Equal("Plant opens in Baku today\n\n" + Paragraph, document.Text);
    }

    [Fact]
    public void Reads_standard_input_as_jsonl_when_every_line_is_an_object()
    {
        var stdin = new StringReader("{\"id\": \"a\", \"text\": \"A.\"}\n\n  {\"id\": \"b\", \"text\": \"B.\"}\n");
        var result = CorpusLoader.Load(["-"], new CorpusLoadOptions { Stdin = stdin });
        Assert.Equal([("a", "-:1"), ("b", "-:3")], result.Documents.Select(d => (d.Id, d.Path)));
    }

    [Fact]
    public void Empty_standard_input_is_a_warning()
    {
        var result = CorpusLoader.Load(["-"], new CorpusLoadOptions { Stdin = new StringReader("  \n") });
        Assert.Empty(result.Documents);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    public void Decodes_by_byte_order_mark(string encodingName)
    {
        const string text = "Plant «opens» in Bakı\r\nŞuşa — 32 €";
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        };
        corpus.WriteBytes("a.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        var result = Load();
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Plant «opens» in Bakı\nŞuşa — 32 €", Assert.Single(result.Documents).Text);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_with_a_warning()
    {
        corpus.WriteBytes("a.txt", [(byte)'a', 0xFF, (byte)'b']);
        var result = Load();
        Assert.Equal("a\uFFFDb", Assert.Single(result.Documents).Text);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Extracts_the_main_text_and_metadata_of_html()
    {
        corpus.Write(
            "page.html",
            """
            <!DOCTYPE html>
            <html><head>
              <title>Plant opens | Example News</title>
              <meta property="og:title" content="Plant opens in Baku">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2023-05-10T10:00:00+04:00">
              <link rel="canonical" href="https://example.com/plant">
              <style>p { color: red }</style>
              <script>var views = 3403;</script>
            </head>
            <body>
              <header><nav><a href="/">Home</a> <a href="/ru">ru</a></nav></header>
              <article class="teaser"><p>Short teaser</p></article>
              <article>
                <header><h1>Plant opens</h1><time datetime="2020-01-01">1 Jan</time></header>
                <p>The plant   employs
                   <b>1,200</b> people.</p>
                <div>Exports rose <em>5%</em> last year.<br>Imports fell.</div>
                <ul><li>First item</li><li>Second item</li></ul>
                <aside>Related: other story</aside>
                <form><input value="subscribe"></form>
                <footer>© 2023 Example News</footer>
              </article>
              <footer>Footer text</footer>
            </body></html>
            """);

        var document = Assert.Single(Load().Documents);

        Assert.Equal(
            "The plant employs 1,200 people.\n\nExports rose 5% last year.\nImports fell.\n\nFirst item\n\nSecond item",
            document.Text);
        Assert.Equal("Plant opens in Baku", document.Title);
        Assert.Equal("Example News", document.Source);
        Assert.Equal("https://example.com/plant", document.Url);
        Assert.Equal((new DateOnly(2023, 5, 10), DateSource.FrontMatter), (document.Published, document.DateSource));
    }

    [Fact]
    public void Html_falls_back_to_h1_time_and_main_and_keeps_content_inside_a_page_form()
    {
        corpus.Write(
            "page.htm",
            """
            <html><head><title>Site | Plant</title></head>
            <body><form id="page">
              <nav>Menu</nav>
              <main>
                <h1>Plant opens in Baku</h1>
                <p>Published <time datetime="2019-02-20T14:27">20 February</time></p>
                <p>32 representatives of 21 countries took part.</p>
              </main>
            </form></body></html>
            """);

        var document = Assert.Single(Load().Documents);

        Assert.Equal("Plant opens in Baku\n\nPublished 20 February\n\n32 representatives of 21 countries took part.", document.Text);
        Assert.Equal("Plant opens in Baku", document.Title);
        Assert.Equal((new DateOnly(2019, 2, 20), DateSource.FrontMatter), (document.Published, document.DateSource));
    }

    [Fact]
    public void Html_without_metadata_uses_the_title_tag_and_inference()
    {
        corpus.Write("page.html", "<html><head><title>Plant opens</title></head><body><p>14 January 2026 11:46</p><p>Body text.</p></body></html>");
        var document = Assert.Single(Load().Documents);
        Assert.Equal("Plant opens", document.Title);
        Assert.Equal((new DateOnly(2026, 1, 14), DateSource.Inferred), (document.Published, document.DateSource));
    }

    [Fact]
    public void Follows_a_symbolic_link_loop_only_once()
    {
        corpus.Write("sub/a.txt", Paragraph);
        try
        {
            Directory.CreateSymbolicLink(corpus.PathOf("sub/loop"), corpus.Root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return; // This platform or account cannot create links; nothing to test.
        }

        var result = Load();

        Assert.Equal(["sub/a.txt"], result.Documents.Select(d => d.Id));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Path.Join(corpus.Root, "sub/loop"), diagnostic.Path);
    }

    [Fact]
    public void Follows_a_symbolic_link_to_a_folder_elsewhere()
    {
        using var other = new TempCorpus();
        other.Write("b.txt", Paragraph);
        try
        {
            Directory.CreateSymbolicLink(corpus.PathOf("linked"), other.Root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return;
        }

        var result = Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["linked/b.txt"], result.Documents.Select(d => d.Id));
    }

    [Fact]
    public void Skips_broken_symbolic_links_with_a_warning()
    {
        corpus.Write("a.txt", Paragraph);
        try
        {
            File.CreateSymbolicLink(corpus.PathOf("broken.txt"), corpus.PathOf("missing/x.txt"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return;
        }

        var result = Load();

        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Id));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, Path.Join(corpus.Root, "broken.txt")), (diagnostic.Severity, diagnostic.Path));
    }

    [Fact]
    public void Uses_the_seams_given_in_the_options()
    {
        corpus.Write("a.txt", "0123456789");
        var options = new CorpusLoadOptions { Boilerplate = new FixedDetector(), Inferrer = new FixedInferrer() };
        var document = Assert.Single(CorpusLoader.Load([corpus.Root], options).Documents);
        Assert.Equal([new TextRange(0, 2), new TextRange(5, 10)], document.Skipped);
        Assert.Equal(("Fixed", "Seam", new DateOnly(2000, 1, 2), DateSource.Inferred), (document.Title, document.Source, document.Published, document.DateSource));
    }

    [Fact]
    public void A_slashed_date_takes_the_order_its_outlets_other_pages_show()
    {
        const string Story = "The operator said that fares on all 12 routes would rise by 4 percent from the first of July next year.";

        // Same outlet (by its copyright line): a day above 12 shows it writes the day first.
        corpus.Write("a.txt", $"Ferry fares to rise\n\n{Story}\n\nPosted 22/06/2019 at 11:40\n© Fenmoor Post");
        corpus.Write("b.txt", $"Harbour wall repairs begin\n\n{Story}\n\nPosted 05/07/2019 at 09:00\n© Fenmoor Post");

        // Another outlet, whose other page shows nothing: no date, and a warning rather than a guess.
        corpus.Write("c.txt", $"Bridge closes for a week\n\n{Story}\n\nPosted 03/04/2019 at 08:15\n© Orley Chronicle");

        var result = Load();

        Assert.Equal(new DateOnly(2019, 6, 22), Document(result, "a.txt").Published);
        Assert.Equal(new DateOnly(2019, 7, 5), Document(result, "b.txt").Published);
        Assert.Equal(DateSource.Inferred, Document(result, "b.txt").DateSource);
        Assert.Null(Document(result, "c.txt").Published);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.EndsWith("c.txt", warning.Path, StringComparison.Ordinal);
        Assert.Contains("2019-04-03 (day first) or 2019-03-04 (month first)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_in_digits_dates_the_page_and_is_no_figure()
    {
        corpus.Write("wire.txt", $"Lorvik / 28.04.16 / Courier\n\n{Paragraph}\n");
        var (_, analysis, diagnostics) = ClaimAnalysis.Analyze([corpus.Root]);
        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2016, 4, 28), Assert.Single(analysis.Documents).Published);
        Assert.DoesNotContain(analysis.Claims, c => c.Value is > 28 and < 29);
        Assert.Contains(analysis.Claims, c => c.Value == 32);
    }

    private CorpusLoadResult Load() => CorpusLoader.Load([corpus.Root]);

    private static Document Document(CorpusLoadResult result, string id) => Assert.Single(result.Documents, d => d.Id == id);

    /// <summary>Returns unordered, overlapping and out-of-range ranges, which the loader must tidy.</summary>
    private sealed class FixedDetector : IBoilerplateDetector
    {
        public IReadOnlyList<TextRange> Detect(string text) =>
            [new TextRange(7, 99), new TextRange(0, 2), new TextRange(5, 8), new TextRange(3, 3)];
    }

    private sealed class FixedInferrer : IMetadataInferrer
    {
        public InferredMetadata Infer(string text, IReadOnlyList<TextRange> skipped) =>
            new("Fixed", "Seam", new DateOnly(2000, 1, 2));
    }
}

public sealed class BinaryInputTests
{
    [Fact]
    public void A_binary_file_is_skipped_with_a_warning_and_the_rest_loads()
    {
        using var corpus = new TempCorpus();
        corpus.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        corpus.Write("article.txt", "The plant employs 1,200 engineers.");
        var result = CorpusLoader.Load([corpus.Root]);
        var document = Assert.Single(result.Documents);
        Assert.Equal("article.txt", document.Id);
        var warning = Assert.Single(result.Diagnostics, d => d.Path.EndsWith("image.txt", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("binary", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_a_few_invalid_bytes_still_loads()
    {
        using var corpus = new TempCorpus();
        var bytes = System.Text.Encoding.UTF8.GetBytes("The plant employs 1,200 engineers and exports to 30 countries.").ToList();
        bytes.Insert(10, 0xFF);
        corpus.WriteBytes("article.txt", [.. bytes]);
        Assert.Single(CorpusLoader.Load([corpus.Root]).Documents);
    }

    [Fact]
    public void An_empty_folder_says_there_are_no_documents()
    {
        using var corpus = new TempCorpus();
        var warning = Assert.Single(CorpusLoader.Load([corpus.Root]).Diagnostics);
        Assert.Contains("no documents found", warning.Message, StringComparison.Ordinal);
    }
}
