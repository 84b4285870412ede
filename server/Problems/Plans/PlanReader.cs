using Hotspots.Database;
using Npgsql;

namespace Hotspots.Problems;

public static class PlanReader
{
    /// <summary>Reads a row selected with <see cref="PlanColumns.Select"/>.</summary>
    public static ProblemSolvingPlan Read(NpgsqlDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        DateOnly? Date(int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
        T? Code<T>(int i) where T : struct, Enum => r.IsDBNull(i) ? null : Codes.Parse<T>(r.GetString(i));
        return new ProblemSolvingPlan(r.GetInt64(0), r.GetInt64(1), r.GetString(2), Codes.Parse<PlanStatus>(r.GetString(3)),
            Codes.Parse<PlanPriority>(r.GetString(4)), Codes.Parse<Classification>(r.GetString(5)), Date(6), Text(7), Text(8),
            Text(9), Code<ImpactScale>(10), r.IsDBNull(11) ? null : r.GetDouble(11), Text(12), Text(13), r.GetFieldValue<string[]>(14),
            Text(15), Text(16), Text(17), Text(18), Text(19), Text(20), Code<RepeatType>(21), Text(22), Text(23), Date(24), Text(25),
            r.GetFieldValue<long[]>(26), r.GetInt32(27), r.GetString(28), r.GetFieldValue<DateTimeOffset>(29), r.GetString(30),
            r.GetFieldValue<DateTimeOffset>(31), Code<Places.BusinessSector>(32), Code<Incidents.ExploitationType>(33), Code<TriangleSide>(34),
            Code<PlanOutcome>(35));
    }
}
