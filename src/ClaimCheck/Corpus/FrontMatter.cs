using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Text;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Corpus;

/// <summary>
/// Reads YAML front matter (a block between <c>---</c> lines opening a Markdown file). The block stays in the
/// document text, so offsets match the file, and is reported as skipped.
/// </summary>
internal static class FrontMatter
{
    private const string Fence = "---";

    /// <summary>
    /// Returns the metadata of the front matter opening <paramref name="text"/>, or <see cref="FormatMetadata.None"/>
    /// when there is none. Invalid YAML is a warning: the file is still used, as plain text.
    /// </summary>
    public static FormatMetadata Read(string text, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var lines = TextLine.Split(text);
        if (lines.Count < 2 || lines[0].Text != Fence || lines[0].Content.Start != 0)
        {
            return FormatMetadata.None;
        }

        var close = lines.Skip(1).FirstOrDefault(l => l.Text is Fence or "..." && l.Content.Start == l.Line.Start);
        if (close is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, 1, "front matter is not closed by a '---' line; read as text. End it with a line of '---'."));
            return FormatMetadata.None;
        }

        var block = new TextRange(0, close.Line.End);
        var yaml = text[lines[1].Line.Start..close.Line.Start];

        // The YAML starts on the file's second line.
        var root = YamlText.LoadRoot(yaml, displayPath, lineOffset: 1, DiagnosticSeverity.Warning, diagnostics, out var ok);
        if (!ok || root is not YamlMappingNode mapping)
        {
            if (ok && root is not null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, 2, "front matter is not a mapping; ignored. Write 'key: value' lines between the '---' lines."));
            }

            return FormatMetadata.None with { Skipped = [block] };
        }

        // Front matter is shared with site generators, so keys this tool does not know are normal and ignored.
        var (title, source, url, published) = YamlMetadata.Read(
            mapping,
            ignoreKeyCase: true,
            (node, message) => diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, displayPath, YamlText.Line(node) + 1, message)),
            unknownKey: null);

        return new FormatMetadata(
            title,
            source,
            url,
            published,
            published is null ? DateSource.None : DateSource.FrontMatter,
            [block]);
    }
}
