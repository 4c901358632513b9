using System.Text;

namespace ClaimCheck.Tests.Support;

/// <summary>A throwaway corpus folder for one test, deleted afterwards.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Directory.CreateTempSubdirectory("claimcheck-corpus-").FullName;
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Join(Root, relative);

    /// <summary>Writes UTF-8 text without BOM, exactly as given (line ends included).</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }
}
