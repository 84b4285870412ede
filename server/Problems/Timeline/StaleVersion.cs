using Hotspots.Database;
using System.Globalization;

namespace Hotspots.Problems;

/// <summary>The refusal of a change made on an old version: it names who changed what since, and when.</summary>
public static class StaleVersion
{
    public static async Task<ProblemRefused> Refusal(Work work, string kind, long id, int yours, int now)
    {
        var changes = new List<string>();
        await using (var command = work.Command("""
            SELECT username, agency, at, fields FROM plan_events WHERE subject = $1 AND version > $2 ORDER BY version
            """, $"{kind}:{id}", yours))
        await using (var r = await command.ExecuteReaderAsync())
            while (await r.ReadAsync())
                changes.Add($"{r.GetString(0)} ({r.GetString(1)}) changed {string.Join(", ", r.GetFieldValue<string[]>(3))} at " +
                    r.GetFieldValue<DateTimeOffset>(2).ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        return new ProblemRefused(
            $"The {kind} {id} was changed after you opened it (you had version {yours}; it is now version {now}): " +
            $"{string.Join("; ", changes)}. Nothing was saved: reload the {kind}, then apply your change again.");
    }
}
