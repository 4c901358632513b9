using System.Text;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The streamed data island is the same text as the escaped string, however the bytes arrive in pieces.</summary>
public sealed class ScriptJsonStreamTests
{
    public static TheoryData<string> Texts =>
    [
        "{\"a\":\"</script><!-- & \u2028\u2029\"}",
        "plain ascii, nothing to escape",
        "é ü → € \u2027\u202A\u2028x\u2029 \U0001F600 <>&",
        "\u2028\u2028\u2029",
        "ends on a separator \u2028",
        "ends on an e2 lead that is not one: \u2020",
        string.Empty,
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Streaming_in_any_chunk_size_gives_the_escaped_string(string text)
    {
        var expected = HtmlText.ScriptJson(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var chunk in new[] { 1, 2, 3, 5, 7, bytes.Length + 1 })
        {
            using var output = new MemoryStream();
            using (var escaped = new ScriptJsonStream(output))
            {
                for (var offset = 0; offset < bytes.Length; offset += chunk)
                {
                    escaped.Write(bytes, offset, Math.Min(chunk, bytes.Length - offset));
                }

                escaped.Flush();
            }

            Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
        }
    }
}
