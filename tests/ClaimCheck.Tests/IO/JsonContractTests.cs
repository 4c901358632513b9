using System.Reflection;
using System.Text.Json.Serialization;
using ClaimCheck.IO;

namespace ClaimCheck.Tests.IO;

/// <summary>Each stage declares its own JSON context; they must all write the one contract (camelCase, nulls written).</summary>
public sealed partial class JsonContractTests
{
    [Fact]
    public void Every_context_of_the_library_follows_the_shared_conventions()
    {
        var contexts = typeof(JsonContract).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(JsonSerializerContext))).ToList();

        Assert.True(contexts.Count >= 5, $"found {contexts.Count} contexts");
        foreach (var context in contexts)
        {
            var instance = (JsonSerializerContext)context.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            Assert.Same(JsonContract.For(instance), JsonContract.For(instance));
        }
    }

    [Fact]
    public void A_context_declared_with_other_conventions_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => JsonContract.For(PascalCaseContext.Default));
        Assert.Contains(nameof(PascalCaseContext), error.Message, StringComparison.Ordinal);
    }

    [JsonSerializable(typeof(int))]
    private sealed partial class PascalCaseContext : JsonSerializerContext;
}
