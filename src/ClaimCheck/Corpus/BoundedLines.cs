using System.Text;

namespace ClaimCheck.Corpus;

/// <summary>
/// Reads text line by line (LF, CRLF or a lone CR end a line) keeping at most a given number of characters of any one
/// line in memory: a longer line is read through and reported by its length, never held whole.
/// </summary>
internal static class BoundedLines
{
    /// <summary>One line: its 1-based number, its text (null when longer than the limit) and its length in characters.</summary>
    public readonly record struct Line(int Number, string? Text, long Length);

    public static IEnumerable<Line> Read(TextReader reader, long maxChars)
    {
        var buffer = new char[64 * 1024];
        var line = new StringBuilder();
        var length = 0L;
        var number = 1;
        var afterCr = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var k = 0; k < read; k++)
            {
                var c = buffer[k];
                if (c == '\n' && afterCr)
                {
                    afterCr = false; // the LF of a CRLF: that line has ended already
                    start = k + 1;
                    continue;
                }

                afterCr = false;
                if (c is not ('\n' or '\r'))
                {
                    continue;
                }

                length += k - start;
                if (length <= maxChars)
                {
                    line.Append(buffer, start, k - start);
                }

                yield return new Line(number++, length <= maxChars ? line.ToString() : null, length);
                line.Clear();
                length = 0;
                start = k + 1;
                afterCr = c == '\r';
            }

            length += read - start;
            if (length <= maxChars)
            {
                line.Append(buffer, start, read - start);
            }
            else
            {
                line.Clear(); // too long to keep: only its length counts from here on
            }
        }

        if (length > 0)
        {
            yield return new Line(number, length <= maxChars ? line.ToString() : null, length);
        }
    }
}
