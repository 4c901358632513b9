namespace ClaimCheck;

/// <summary>The steps of a corpus run, reported through <see cref="ClaimCheckOptions.Progress"/> as each one starts.</summary>
public enum AnalysisStage
{
    /// <summary>Reading the corpus files into documents.</summary>
    Loading,

    /// <summary>Extracting the claims of every document.</summary>
    Extracting,

    /// <summary>Matching claims across documents, judging each group and applying the analysts' decisions.</summary>
    Analyzing,
}
