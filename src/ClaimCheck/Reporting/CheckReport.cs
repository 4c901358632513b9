using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using ClaimCheck.Baseline;

namespace ClaimCheck.Reporting;

/// <summary>
/// Writes the findings of <c>claimcheck check</c>. Findings of a kind in <c>--fail-on</c> are errors, others
/// warnings (or notes for verdict changes); every finding says what changed and where.
/// </summary>
public static class CheckReport
{
    /// <summary>Writes the findings of <paramref name="result"/> in <paramref name="format"/>, marking those of the kinds in <paramref name="failOn"/> as failures; <paramref name="locate"/> gives each finding's file, line and column.</summary>
    public static void Write(CheckResult result, CheckFormat format, IReadOnlySet<FindingKind> failOn, Func<CheckFinding, FindingLocation> locate, TextWriter writer)
    {
        switch (format)
        {
            case CheckFormat.Github:
                WriteGithub(result, failOn, locate, writer);
                break;
            case CheckFormat.Junit:
                WriteJunit(result, failOn, locate, writer);
                break;
            case CheckFormat.Sarif:
                WriteSarif(result, failOn, locate, writer);
                break;
            default:
                WriteText(result, failOn, locate, writer);
                break;
        }
    }

    /// <summary>The <c>--fail-on</c> name of a finding kind: <c>new-discrepancy</c>, <c>changed-value</c>, ...</summary>
    public static string Name(FindingKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static string Level(CheckFinding finding, IReadOnlySet<FindingKind> failOn) =>
        failOn.Contains(finding.Kind) ? "error" : IsNote(finding.Kind) ? "note" : "warning";

    /// <summary>Kinds that only inform (a verdict that changed in another way, a document that moved): never failures.</summary>
    public static bool IsNote(FindingKind kind) => kind is FindingKind.VerdictChanged or FindingKind.MovedDocument;

    /// <summary>Findings about a whole document rather than a claim or a group.</summary>
    private static bool IsDocumentFinding(FindingKind kind) => kind is FindingKind.RemovedDocument or FindingKind.ChangedDate or FindingKind.MovedDocument;

    private static string Where(FindingLocation location) =>
        location.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{location.File}:{line}:{location.Column ?? 1}") : location.File;

    private static void WriteText(CheckResult result, IReadOnlySet<FindingKind> failOn, Func<CheckFinding, FindingLocation> locate, TextWriter writer)
    {
        foreach (var finding in result.Findings)
        {
            writer.Write($"{Where(locate(finding))}: {Level(finding, failOn)}: {Name(finding.Kind)}: {finding.Message}\n");
        }

        var failing = result.Findings.Count(f => failOn.Contains(f.Kind));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{result.Findings.Count} change(s) against the baseline, {failing} failing ({string.Join(", ", failOn.Order().Select(Name))}); {result.UnchangedClaims} figure(s) unchanged.\n"));
    }

    private static void WriteGithub(CheckResult result, IReadOnlySet<FindingKind> failOn, Func<CheckFinding, FindingLocation> locate, TextWriter writer)
    {
        foreach (var finding in result.Findings)
        {
            var location = locate(finding);
            var level = Level(finding, failOn) == "note" ? "notice" : Level(finding, failOn);
            var properties = new StringBuilder("file=").Append(Property(location.File));
            if (location.Line is { } line)
            {
                properties.Append(CultureInfo.InvariantCulture, $",line={line},col={location.Column ?? 1}");
                if (location.EndLine is { } endLine)
                {
                    properties.Append(CultureInfo.InvariantCulture, $",endLine={endLine},endColumn={location.EndColumn ?? 1}");
                }
            }

            properties.Append(",title=").Append(Property("claimcheck " + Name(finding.Kind)));
            writer.Write($"::{level} {properties}::{Data(finding.Message)}\n");
        }
    }

    /// <summary>Workflow-command escaping (the runner's rules): data escapes % CR LF; properties also : and ,.</summary>
    private static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static void WriteJunit(CheckResult result, IReadOnlySet<FindingKind> failOn, Func<CheckFinding, FindingLocation> locate, TextWriter writer)
    {
        var byGroup = result.Findings.Where(f => f.GroupId is not null).GroupBy(f => f.GroupId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byDocument = result.Findings.Where(f => IsDocumentFinding(f.Kind)).GroupBy(f => f.DocumentId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var failures = result.Groups.Count(g => byGroup.TryGetValue(g.Id, out var list) && list.Any(f => failOn.Contains(f.Kind)))
            + byDocument.Count(d => d.Any(f => failOn.Contains(f.Kind)));
        var tests = (result.Groups.Count + byDocument.Count).ToString(CultureInfo.InvariantCulture);
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(writer, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "claimcheck");
        xml.WriteAttributeString("tests", tests);
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "claim groups");
        xml.WriteAttributeString("tests", tests);
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        foreach (var document in byDocument)
        {
            WriteTestCase(xml, "claimcheck.documents", document.Key, [.. document], failOn, locate);
        }

        foreach (var group in result.Groups)
        {
            WriteTestCase(xml, "claimcheck.groups", $"{group.Label} ({group.Id})", byGroup.GetValueOrDefault(group.Id) ?? [], failOn, locate);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        writer.Write('\n');
    }

    /// <summary>One JUnit test case: a failure for findings of the failing kinds, the others as its output.</summary>
    private static void WriteTestCase(XmlWriter xml, string className, string name, List<CheckFinding> findings, IReadOnlySet<FindingKind> failOn, Func<CheckFinding, FindingLocation> locate)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", className);
        xml.WriteAttributeString("name", name);
        var failing = findings.Where(f => failOn.Contains(f.Kind)).ToList();
        if (failing.Count > 0)
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", string.Join(",", failing.Select(f => Name(f.Kind)).Distinct(StringComparer.Ordinal)));
            xml.WriteAttributeString("message", failing[0].Message);
            xml.WriteString(string.Join("\n", failing.Select(f => $"{Where(locate(f))}: {Name(f.Kind)}: {f.Message}")));
            xml.WriteEndElement();
        }

        var other = findings.Where(f => !failOn.Contains(f.Kind)).ToList();
        if (other.Count > 0)
        {
            xml.WriteElementString("system-out", string.Join("\n", other.Select(f => $"{Where(locate(f))}: {Name(f.Kind)}: {f.Message}")));
        }

        xml.WriteEndElement();
    }

    private static void WriteSarif(CheckResult result, IReadOnlySet<FindingKind> failOn, Func<CheckFinding, FindingLocation> locate, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "ClaimCheck");
            json.WriteStartArray("rules");
            foreach (var kind in Enum.GetValues<FindingKind>())
            {
                json.WriteStartObject();
                json.WriteString("id", Name(kind));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", RuleDescription(kind));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                var location = locate(finding);
                json.WriteStartObject();
                json.WriteString("ruleId", Name(finding.Kind));
                json.WriteString("level", Level(finding, failOn));
                json.WriteStartObject("message");
                json.WriteString("text", finding.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", location.File);
                json.WriteEndObject();
                if (location.Line is { } line)
                {
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", line);
                    json.WriteNumber("startColumn", location.Column ?? 1);
                    if (location.EndLine is { } endLine)
                    {
                        json.WriteNumber("endLine", endLine);
                        json.WriteNumber("endColumn", location.EndColumn ?? 1);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                if (finding.GroupId is not null)
                {
                    json.WriteStartObject("properties");
                    json.WriteString("groupId", finding.GroupId);
                    json.WriteString("groupLabel", finding.GroupLabel);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static string RuleDescription(FindingKind kind) => kind switch
    {
        FindingKind.NewDiscrepancy => "A group of claims about the same figure now contradicts itself.",
        FindingKind.ChangedValue => "A claim now states a different figure than the baseline.",
        FindingKind.NewClaim => "A figure the baseline does not have.",
        FindingKind.RemovedClaim => "A figure of the baseline is gone.",
        FindingKind.RemovedDocument => "A document of the baseline is gone: deleted, unreadable, or changed beyond recognition.",
        FindingKind.ChangedDate => "A document's publication date changed, so every figure in it refers to another time.",
        FindingKind.MovedDocument => "A document was renamed or moved; its figures are compared with its old self.",
        _ => "A group's verdict changed.",
    };
}
