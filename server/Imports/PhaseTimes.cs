using System.Diagnostics;

namespace Hotspots.Imports;

/// <summary>Seconds spent in each phase of an import, so a slow import says where its time went.</summary>
public sealed class PhaseTimes
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Phase, double Seconds)> laps = [];
    private readonly List<string> notes = [];

    /// <summary>Ends the phase that has been running since the previous lap.</summary>
    public void Lap(string phase)
    {
        laps.Add((phase, clock.Elapsed.TotalSeconds));
        clock.Restart();
    }

    public IReadOnlyList<(string Phase, double Seconds)> Laps => laps;

    /// <summary>A figure about the whole import, printed after the phases.</summary>
    public void Note(string note) => notes.Add(note);

    public override string ToString() => string.Join(", ", laps.Select(l => $"{l.Phase} {l.Seconds:0.00} s").Concat(notes));
}
