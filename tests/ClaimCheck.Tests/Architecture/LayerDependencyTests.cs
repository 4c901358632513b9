using System.Reflection;
using System.Reflection.Emit;
using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Architecture;

/// <summary>
/// The library's namespaces form a pipeline: each may use only itself and the namespaces before it. The test reads
/// every type of the compiled assembly (signatures, attributes and the IL of every method body, including lambdas,
/// iterators and generated code), so a dependency cannot hide in a method body or a <c>using static</c>.
/// </summary>
public sealed class LayerDependencyTests
{
    /// <summary>The order of the layers; the root namespace, the public entry points, comes last and may use them all.</summary>
    internal static readonly string[] Layers =
    [
        "Diagnostics", // what every stage reports: Diagnostic, DiagnosticSeverity
        "IO", // atomic files, file kinds, the JSON conventions
        "Diffing", // word and line diffs, used by review and comparison
        "Vocabulary", // word lists shared by extraction and matching
        "Text", // tokens and sentences
        "Documents", // the input model: a document, its metadata, its skipped ranges
        "Extraction", // numbers, units, dates, qualifiers, speakers → Claim
        "Corpus", // loading files into documents (reads datelines with Extraction's date recogniser)
        "Matching", // blocking, scoring, grouping; the analysis settings
        "Consistency", // figures, intervals, verdicts → AnalysisResult
        "Review", // analysts' decisions applied to the result
        "Baseline", // snapshot of a run and the check against it
        "Caching", // extraction cache and run records
        "Reporting", // Markdown, HTML, JSON, CSV, check reports
        "Comparison", // two versions of a text: word diff plus claim changes
        "",
    ];

    [Fact]
    public void Every_namespace_is_a_known_layer()
    {
        var unknown = LibraryTypes().Select(LayerOf).Where(l => l < 0).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void No_layer_uses_a_later_one()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in LibraryTypes())
        {
            var layer = LayerOf(type);
            foreach (var used in TypesUsedBy(type))
            {
                if (used.Assembly == type.Assembly && IsLibrary(used) && LayerOf(used) > layer)
                {
                    violations.Add($"{Describe(type)} ({NameOf(layer)}) uses {Describe(used)} ({NameOf(LayerOf(used))})");
                }
            }
        }

        Assert.True(violations.Count == 0, "Layer order broken:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void The_reader_finds_uses_inside_method_bodies()
    {
        // A guard on the guard: this test class's own body uses ClaimExtractor only inside a method.
        Assert.Contains(typeof(ClaimExtractor), TypesUsedBy(typeof(BodyUser)));
    }

    private static class BodyUser
    {
        public static int Use() => ClaimExtractor.Default.GetHashCode();
    }

    private static IEnumerable<Type> LibraryTypes() => typeof(Claim).Assembly.GetTypes().Where(IsLibrary);

    private static bool IsLibrary(Type type) => OuterOf(type).Namespace is { } ns && (ns == "ClaimCheck" || ns.StartsWith("ClaimCheck.", StringComparison.Ordinal));

    private static Type OuterOf(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string Describe(Type type) => OuterOf(type).FullName ?? type.Name;

    private static string NameOf(int layer) => layer < 0 ? "unknown" : Layers[layer] is "" ? "ClaimCheck" : Layers[layer];

    private static int LayerOf(Type type)
    {
        var ns = OuterOf(type).Namespace!;
        var first = ns == "ClaimCheck" ? "" : ns["ClaimCheck.".Length..].Split('.')[0];
        return Array.IndexOf(Layers, first);
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static HashSet<Type> TypesUsedBy(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }

            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }

                t = t.GetGenericTypeDefinition();
            }

            if (!t.IsGenericParameter)
            {
                found.Add(t);
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var attribute in type.GetCustomAttributesData())
        {
            Add(attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments)
            {
                Add(argument.Value as Type);
            }
        }

        foreach (var field in type.GetFields(All))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(All))
        {
            Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            var body = method.GetMethodBody();
            if (body is null)
            {
                continue;
            }

            foreach (var local in body.LocalVariables)
            {
                Add(local.LocalType);
            }

            foreach (var token in Tokens(body.GetILAsByteArray() ?? []))
            {
                foreach (var member in Resolve(method, token))
                {
                    Add(member);
                }
            }
        }

        return found;
    }

    private static IEnumerable<Type?> Resolve(MethodBase method, int token)
    {
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            yield break; // a string or signature token
        }

        switch (member)
        {
            case Type t:
                yield return t;
                break;
            case MethodBase m:
                yield return m.DeclaringType;
                if (m is MethodInfo mi)
                {
                    yield return mi.ReturnType;
                    if (mi.IsGenericMethod)
                    {
                        foreach (var argument in mi.GetGenericArguments())
                        {
                            yield return argument;
                        }
                    }
                }

                break;
            case FieldInfo f:
                yield return f.DeclaringType;
                yield return f.FieldType;
                break;
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The metadata tokens in an IL body: the operands of instructions that name a type, method or field.</summary>
    private static IEnumerable<int> Tokens(byte[] il)
    {
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, i);
                    i += 4 + (4 * count);
                    break;
                default:
                    i += 4; // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    break;
            }
        }
    }
}
