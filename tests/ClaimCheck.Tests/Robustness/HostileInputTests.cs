using System.Diagnostics;
using System.Text;
using ClaimCheck.Corpus;
using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Broken and hostile corpus input: each gets a warning or an error that names the file (and line) and says what to
/// do, and the rest of the corpus still loads. Huge inputs are refused without being read into memory.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Paragraph = "The ministry said that 32 representatives of 21 countries took part in the tour.";

    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void A_200_MB_single_line_file_is_skipped_without_being_read()
    {
        corpus.Write("a.txt", Paragraph);
        var huge = corpus.PathOf("huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: costs no disk, and its content must never be read anyway
        }

        WarmUp();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CorpusLoader.Load([corpus.Root]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Id));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, huge), (warning.Severity, warning.Path));
        Assert.Equal("file of 200 MB is larger than the largest document read (50 MB); skipped. Raise --max-document-size to read it, or split the file.", warning.Message);
        Assert.True(allocated < 16 * 1024 * 1024, $"loading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_jsonl_line_larger_than_the_limit_is_skipped_by_line_and_never_held_whole()
    {
        var line = "{\"id\": \"big\", \"text\": \"" + new string('x', 20 * 1024 * 1024) + "\"}";
        corpus.Write("data.jsonl", "{\"id\": \"one\", \"text\": \"One.\"}\r\n" + line + "\r\n{\"id\": \"three\", \"text\": \"Three.\"}\n");
        var options = new CorpusLoadOptions { MaxDocumentSize = 64 * 1024 };

        CorpusLoader.Load([corpus.Root], options); // once to warm up: regular expressions build their automata lazily
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CorpusLoader.Load([corpus.Root], options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["one", "three"], result.Documents.Select(d => d.Id));
        Assert.Equal(["data.jsonl:1", "data.jsonl:3"], result.Documents.Select(d => d.Path));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, Path.Join(corpus.Root, "data.jsonl"), 2), (warning.Severity, warning.Path, warning.Line));
        Assert.StartsWith("line of 20 MB is larger than the largest document read (64 KB); skipped.", warning.Message, StringComparison.Ordinal);
        Assert.True(allocated < 4 * 1024 * 1024, $"loading allocated {allocated:N0} bytes for a 20 MB line");
    }

    [Fact]
    public void Standard_input_larger_than_the_limit_is_skipped_without_being_held()
    {
        using var stdin = new EndlessReader("The plant employs 5 people. ", 200L * 1024 * 1024);
        WarmUp();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CorpusLoader.Load(["-"], new CorpusLoadOptions { Stdin = stdin, MaxDocumentSize = 1024 * 1024 });
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(result.Documents);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("-", "standard input is larger than the largest document read (1 MB); skipped. Raise --max-document-size to read it, or split the text."), (warning.Path, warning.Message));
        Assert.True(allocated < 16 * 1024 * 1024, $"reading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Jsonl_on_standard_input_larger_than_the_limit_is_read_line_by_line()
    {
        var lines = string.Concat(Enumerable.Range(1, 2_000).Select(i => $"{{\"id\": \"d{i}\", \"text\": \"Plant {i} employs {i} people.\"}}\n"));
        var result = CorpusLoader.Load(["-"], new CorpusLoadOptions { Stdin = new StringReader(lines), MaxDocumentSize = 4 * 1024 });
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2_000, result.Documents.Count);
        Assert.Equal(("d2000", "-:2000"), (result.Documents[^1].Id, result.Documents[^1].Path));
    }

    [Fact]
    public void An_empty_file_is_a_warning_and_the_rest_loads()
    {
        corpus.Write("empty.txt", string.Empty);
        corpus.Write("blank.md", " \n\n\t\n");
        corpus.Write("a.txt", Paragraph);
        var result = CorpusLoader.Load([corpus.Root]);
        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Id));
        Assert.Equal(
            [(Path.Join(corpus.Root, "blank.md"), DiagnosticSeverity.Warning), (Path.Join(corpus.Root, "empty.txt"), DiagnosticSeverity.Warning)],
            result.Diagnostics.Select(d => (d.Path, d.Severity)));
        Assert.All(result.Diagnostics, d => Assert.Equal("document is empty; skipped (nothing to extract).", d.Message));
    }

    [Theory]
    [InlineData("png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    [InlineData("zip", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00 })]
    [InlineData("pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A, 0x31, 0x20, 0x30, 0x20, 0x6F, 0x62, 0x6A, 0x0A, 0x3C, 0x3C, 0x00, 0x01, 0x02, 0x03 })]
    public void A_binary_file_named_like_text_is_skipped_with_a_warning(string kind, byte[] bytes)
    {
        corpus.WriteBytes($"{kind}.txt", bytes);
        corpus.WriteBytes($"{kind}.jsonl", bytes);
        corpus.Write("a.txt", Paragraph);
        var result = CorpusLoader.Load([corpus.Root]);
        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Id));
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Contains("looks like a binary file", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_in_jsonl_is_replaced_with_a_warning()
    {
        corpus.WriteBytes("data.jsonl", [.. Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"Plant "), 0xFF, .. Encoding.UTF8.GetBytes(" opens.\"}\n")]);
        var result = CorpusLoader.Load([corpus.Root]);
        Assert.Equal("Plant \uFFFD opens.", Assert.Single(result.Documents).Text);
        Assert.Contains("not valid UTF-8", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_jsonl_with_a_byte_order_mark_loads()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        corpus.WriteBytes("data.jsonl", [.. encoding.GetPreamble(), .. encoding.GetBytes("{\"id\": \"a\", \"text\": \"Şuşa: 32 €\"}\r\n{\"id\": \"b\", \"text\": \"B\"}")]);
        var result = CorpusLoader.Load([corpus.Root]);
        Assert.Empty(result.Diagnostics);
        Assert.Equal([("a", "Şuşa: 32 €"), ("b", "B")], result.Documents.Select(d => (d.Id, d.Text)));
    }

    [Fact]
    public void Deeply_nested_html_is_read_as_text_in_bounded_time_with_a_warning()
    {
        corpus.Write("deep.html", "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000))
            + "<p>The plant employs 5 people.<script>var x = '<div>';</script><p>Exports &amp; imports rose 3%.");
        corpus.Write("a.txt", Paragraph);

        var clock = Stopwatch.StartNew();
        var result = CorpusLoader.Load([corpus.Root]);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        var deep = Assert.Single(result.Documents, d => d.Id == "deep.html");
        Assert.Equal("Deep\n\nThe plant employs 5 people.\n\nExports & imports rose 3%.", deep.Text);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith("HTML nested more than 1,000 elements deep", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_and_malformed_html_still_gives_its_text()
    {
        corpus.Write("broken.html", "<html><body><article><h1>Plant opens<p>The plant employs <b>1,200 <i>people</b> in Baku.<p>Exports rose 5%<div><span>< not a tag >");
        var document = Assert.Single(CorpusLoader.Load([corpus.Root]).Documents);
        Assert.Contains("The plant employs 1,200 people in Baku.", document.Text, StringComparison.Ordinal);
        Assert.Contains("Exports rose 5%", document.Text, StringComparison.Ordinal);
    }

    /// <summary>Loads a small corpus once, so what the loader builds once per process (its regular expressions) is not counted.</summary>
    private static void WarmUp()
    {
        using var small = new TempCorpus();
        small.Write("a.jsonl", "{\"id\": \"a\", \"text\": \"" + Paragraph + "\"}\n");
        small.Write("b.txt", Paragraph);
        CorpusLoader.Load([small.Root, "-"], new CorpusLoadOptions { Stdin = new StringReader(Paragraph) });
    }

    /// <summary>A reader of <paramref name="length"/> characters repeating a text, produced as read and never held.</summary>
    private sealed class EndlessReader(string pattern, long length) : TextReader
    {
        private long _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var k = 0; k < n; k++)
            {
                buffer[index + k] = pattern[(int)((_position + k) % pattern.Length)];
            }

            _position += n;
            return n;
        }

        public override int Read() => _position < length ? pattern[(int)(_position++ % pattern.Length)] : -1;
    }
}
