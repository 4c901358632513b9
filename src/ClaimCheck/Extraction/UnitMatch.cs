namespace ClaimCheck.Extraction;

/// <summary>A unit found after a number: what it is, the last token it covers and its full name (with a <c>per</c> part: <c>dollar per barrel</c>).</summary>
internal sealed record UnitMatch(UnitInfo Info, int Last, string? Per = null)
{
    public string Name => Per is null ? Info.Name : Info.Name + " per " + Per;
}
