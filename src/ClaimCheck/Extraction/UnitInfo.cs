namespace ClaimCheck.Extraction;

/// <summary>A recognised unit: its canonical lower-case singular name and the kind of claim it makes.</summary>
internal sealed record UnitInfo(string Name, ClaimKind Kind);
