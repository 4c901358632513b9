using System.Runtime.Loader;
using ClaimCheck.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ClaimCheck.Tests.Architecture;

/// <summary>
/// The README's library example is compiled against the library and run, so it cannot fall behind the API. Two
/// things are swapped in: <c>"corpus"</c> becomes the seed corpus's full path (the test does not run in the
/// repository's folder), and <c>Console</c> becomes a class in the example's own namespace that keeps what is
/// written (a type of the global namespace comes before <c>using System</c>), so parallel tests are not disturbed.
/// </summary>
public sealed class ReadmeExampleTests
{
    private const string Marker = "<!-- library-example";

    private const string ConsoleShim = """
        internal static class Console
        {
            public static readonly System.IO.StringWriter Out = new();
            public static readonly System.IO.StringWriter Error = new();
            public static void WriteLine(string? value) => Out.WriteLine(value);
        }
        """;

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Fact]
    public void The_library_example_compiles_and_runs_on_the_seed_corpus()
    {
        var example = Example().Replace("\"corpus\"", SymbolDisplay.FormatLiteral(RepoRoot.CorpusFolder, quote: true), StringComparison.Ordinal);
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [.. new[] { example, ConsoleShim, ImplicitUsings }.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)))],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var context = new AssemblyLoadContext("readme-example", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            assembly.EntryPoint!.Invoke(null, assembly.EntryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            var console = assembly.GetType("Console")!;
            var output = Written(console, "Out");

            Assert.Equal(string.Empty, Written(console, "Error"));
            Assert.Contains("Agreement: ", output, StringComparison.Ordinal);
            Assert.Contains("Single: ", output, StringComparison.Ordinal);
            var sentence = output.Split(Environment.NewLine).Where(l => l.Length > 0).Last();
            Assert.Equal("Over 800 new weapons: MoreThan 800 new weapon", sentence);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_example_is_about_ten_lines()
    {
        var lines = Example().Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));
        Assert.InRange(lines, 5, 12);
    }

    private static string Example()
    {
        var readme = File.ReadAllText(Path.Join(RepoRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var marker = readme.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(marker >= 0, $"README.md has no '{Marker}' block");
        var start = readme.IndexOf("```csharp\n", marker, StringComparison.Ordinal) + "```csharp\n".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    private static string Written(Type console, string name) => console.GetField(name)!.GetValue(null)!.ToString()!;

    private static List<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. platform.Append(typeof(ClaimAnalysis).Assembly.Location).Distinct().Select(path => MetadataReference.CreateFromFile(path))];
    }
}
