using System.Text;
using ClaimCheck.Corpus;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Corpus;

/// <summary>
/// UTF-16 saved without a byte order mark (some Windows tools do) is text, not "an image, archive or PDF": it is told
/// by where its NUL bytes fall, and decoded. Binary data and UTF-8 with a stray NUL stay binary.
/// </summary>
public sealed class Utf16WithoutBomTests : IDisposable
{
    private const string Text = "Plant «opens» in Bakı\r\nThe ministry said that 32 representatives of 21 countries took part.";
    private const string Russian = "Министерство сообщило, что в туре приняли участие 32 представителя из 21 страны.";

    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Theory]
    [InlineData(false, Text)]
    [InlineData(true, Text)]
    [InlineData(false, Russian)]
    [InlineData(true, Russian)]
    public void Is_decoded_by_the_place_of_its_nul_bytes(bool bigEndian, string text)
    {
        corpus.WriteBytes("a.txt", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text));

        var result = CorpusLoader.Load([corpus.Root]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(text.Replace("\r\n", "\n", StringComparison.Ordinal), Assert.Single(result.Documents).Text);
    }

    [Fact]
    public void Jsonl_in_utf16_without_a_byte_order_mark_loads()
    {
        corpus.WriteBytes("a.jsonl", Encoding.Unicode.GetBytes("{\"id\": \"one\", \"text\": \"Bakı had 32 buses.\"}\n{\"id\": \"two\", \"text\": \"It had 40.\"}\n"));

        var result = CorpusLoader.Load([corpus.Root]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Bakı had 32 buses.", "It had 40."], result.Documents.Select(d => d.Text));
    }

    [Fact]
    public void Invalid_utf16_is_named_as_such_and_replaced()
    {
        byte[] loneSurrogate = [0x00, 0xD8];
        corpus.WriteBytes("a.txt", [.. Encoding.Unicode.GetBytes("The city had 32 buses "), .. loneSurrogate, .. Encoding.Unicode.GetBytes("in 2020.")]);

        var result = CorpusLoader.Load([corpus.Root]);

        Assert.True(result.Documents.Count == 1, string.Join("\n", result.Diagnostics));
        Assert.Equal("The city had 32 buses \uFFFDin 2020.", Assert.Single(result.Documents).Text);
        var warning = Assert.Single(result.Diagnostics);
        Assert.StartsWith("not valid UTF-16 (read as UTF-16 little-endian without a byte order mark)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixteen_bit_numbers_stay_binary()
    {
        var numbers = Enumerable.Range(0, 2000).SelectMany(i => BitConverter.GetBytes((ushort)(i % 31))).ToArray();
        corpus.WriteBytes("samples.txt", numbers);

        var result = CorpusLoader.Load([corpus.Root]);

        Assert.Empty(result.Documents);
        Assert.StartsWith("looks like a binary file", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Utf8_with_a_few_nul_bytes_stays_binary(int nuls)
    {
        corpus.WriteBytes("a.txt", [.. Encoding.UTF8.GetBytes(Text), .. Enumerable.Repeat((byte)'\0', nuls)]);

        var result = CorpusLoader.Load([corpus.Root]);

        Assert.Empty(result.Documents);
        Assert.StartsWith("looks like a binary file", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
