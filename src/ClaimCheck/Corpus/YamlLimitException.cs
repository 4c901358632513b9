using YamlDotNet.Core;

namespace ClaimCheck.Corpus;

/// <summary>
/// YAML that is well formed but beyond what ClaimCheck reads (see <see cref="BoundedYamlParser"/>). Its message
/// says what to change, so it is shown as it is, not as a syntax error.
/// </summary>
internal sealed class YamlLimitException : YamlException
{
    public YamlLimitException(string message)
        : base(message)
    {
    }

    public YamlLimitException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public YamlLimitException(in Mark start, in Mark end, string message)
        : base(start, end, message)
    {
    }
}
