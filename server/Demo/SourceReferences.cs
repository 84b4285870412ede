namespace Hotspots.Demo;

/// <summary>Each agency's own running reference numbers, restarting every year: POL-2025-004213.</summary>
internal sealed class SourceReferences
{
    private readonly Dictionary<(string Agency, int Year), int> issued = [];

    public string Next(string agency, int year)
    {
        var number = issued.GetValueOrDefault((agency, year)) + 1;
        issued[(agency, year)] = number;
        return $"{Agencies.Prefix(agency)}-{year}-{number:D6}";
    }
}
