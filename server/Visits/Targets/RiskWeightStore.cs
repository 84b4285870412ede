using Hotspots.Database;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>The risk score's weights; the administrator changes them, everyone planning sees them beside each score.</summary>
public sealed class RiskWeightStore(NpgsqlDataSource dataSource)
{
    public async Task<RiskWeights> All(CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("SELECT term, code, weight, description FROM visit_risk_weights ORDER BY term, code");
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var list = new List<RiskWeight>();
        while (await reader.ReadAsync(cancel)) list.Add(new RiskWeight(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetString(3)));
        return new RiskWeights(list);
    }

    public async Task<RiskWeight> Set(string term, string code, double weight, CancellationToken cancel)
    {
        if (!double.IsFinite(weight) || Math.Abs(weight) > 1000) throw new VisitRefused("A weight must be a number between -1000 and 1000.");
        await using var command = dataSource.CreateCommand(
            "UPDATE visit_risk_weights SET weight = $3 WHERE term = $1 AND code = $2 RETURNING term, code, weight, description").With(term, code, weight);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        if (!await reader.ReadAsync(cancel)) throw new VisitRefused($"There is no weight ({term}, {code}); the riskWeights query lists them.");
        return new RiskWeight(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetString(3));
    }
}
