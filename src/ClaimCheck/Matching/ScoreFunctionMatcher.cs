using System.Globalization;
using ClaimCheck.Extraction;

namespace ClaimCheck.Matching;

/// <summary>A matcher made of a scoring function (<see cref="ClaimMatchers.FromScore"/>): every pair of one kind is scored.</summary>
internal sealed class ScoreFunctionMatcher(Func<Claim, Claim, double> score) : IClaimMatcher
{
    public IClaimComparisons Prepare(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, DocumentContext> documents, AnalysisSettings settings) =>
        new Comparisons(claims, score);

    private sealed class Comparisons(IReadOnlyList<Claim> claims, Func<Claim, Claim, double> score) : IClaimComparisons
    {
        public IEnumerable<(int Left, int Right)> Candidates()
        {
            foreach (var kind in Enumerable.Range(0, claims.Count).GroupBy(i => claims[i].Kind).OrderBy(g => g.Key))
            {
                var members = kind.ToArray();
                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        yield return (members[i], members[j]);
                    }
                }
            }
        }

        public double Score(int left, int right) => score(claims[left], claims[right]);

        public string? KeepApart(int left, int right) => null;

        public IReadOnlyList<string> Explain(int left, int right) =>
            [string.Create(CultureInfo.InvariantCulture, $"scored {score(claims[left], claims[right]):0.#} by the plugged-in matcher")];

        public IReadOnlyList<string> Label(IReadOnlyList<int> members) => [];
    }
}
