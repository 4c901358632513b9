using System.Diagnostics;

namespace ClaimCheck.Benchmarks.Peers;

/// <summary>
/// The timing rule of the peers run, the same on the Node side (<c>benchmarks/peers/timing.js</c>): warm up
/// for at least <see cref="WarmUpSeconds"/> (on a smaller piece of the work when one run of it is long), then
/// take <c>samples</c> samples; a sample repeats the work until at least <see cref="MinSampleSeconds"/> have
/// passed and counts the time per repetition; the median sample is the figure.
/// </summary>
internal static class Timing
{
    public const double WarmUpSeconds = 2;

    public const double MinSampleSeconds = 1;

    /// <summary>Times <paramref name="work"/>; its result (a count or checksum) is kept so the work cannot be optimised away and both sides can be compared.</summary>
    public static Measurement Measure(Func<double> work, int samples, Func<double>? warmUp = null)
    {
        Sample(warmUp ?? work, WarmUpSeconds);
        var seconds = new List<double>(samples);
        double result = 0;
        for (var i = 0; i < samples; i++)
        {
            (var perRun, result) = Sample(work, MinSampleSeconds);
            seconds.Add(perRun);
        }

        var sorted = seconds.Order().ToList();
        return new Measurement(sorted[sorted.Count / 2], seconds, result);
    }

    private static (double Seconds, double Result) Sample(Func<double> work, double minSeconds)
    {
        var watch = Stopwatch.StartNew();
        var runs = 0;
        double result;
        do
        {
            result = work();
            runs++;
        }
        while (watch.Elapsed.TotalSeconds < minSeconds);

        return (watch.Elapsed.TotalSeconds / runs, result);
    }
}

/// <summary>Seconds per run: the median sample and every sample; <see cref="Result"/> is what the work returned.</summary>
internal sealed record Measurement(double Seconds, IReadOnlyList<double> Samples, double Result);
