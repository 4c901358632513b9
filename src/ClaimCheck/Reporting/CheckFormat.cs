namespace ClaimCheck.Reporting;

/// <summary>The output formats of <c>claimcheck check</c>.</summary>
public enum CheckFormat
{
    /// <summary>One line per finding, for people.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands: <c>::error file=...,line=...::message</c>.</summary>
    Github,

    /// <summary>JUnit XML, one test case per group, for CI dashboards.</summary>
    Junit,

    /// <summary>SARIF 2.1.0, for code-scanning interfaces.</summary>
    Sarif,
}
