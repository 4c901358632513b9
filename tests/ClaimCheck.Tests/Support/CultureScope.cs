using System.Globalization;

namespace ClaimCheck.Tests.Support;

/// <summary>
/// Runs code under another current culture (and UI culture) and restores the previous ones, as a user whose machine is
/// set to Turkish or German would run it. The culture flows with the async context of the caller only, so tests that run
/// in parallel are not affected.
/// </summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        var culture = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
