using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>What the extractor read from one sentence before turning its quantities into claims.</summary>
/// <param name="Sentence">Where the sentence is.</param>
/// <param name="View">Its tokens; null for a sentence without quantities, whose tokens are not kept.</param>
/// <param name="Dates">Its time expressions.</param>
/// <param name="Quantities">Its quantities (dates included).</param>
/// <param name="Speaker">Who it is attributed to, once resolved.</param>
/// <param name="Paragraph">Paragraph number in the document.</param>
/// <param name="StartsQuoted">Whether the sentence is (the start of, or inside) a quotation.</param>
internal sealed record SentenceFacts(Sentence Sentence, TokenView? View, List<DateMention> Dates, List<Quantity> Quantities, string? Speaker, int Paragraph, bool StartsQuoted);
