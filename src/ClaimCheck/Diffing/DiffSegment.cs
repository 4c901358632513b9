namespace ClaimCheck.Diffing;

/// <summary>A run of text of one kind in a word diff.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
