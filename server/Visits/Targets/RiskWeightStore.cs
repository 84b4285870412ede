using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>The risk score's weights; the administrator changes them, everyone planning sees them beside each score.</summary>
public sealed class RiskWeightStore(UnitOfWork units)
{
    public async Task<RiskWeights> All(CancellationToken cancel) => new(await units.Read(Viewer.NoOne, work => work.List(
        "SELECT term, code, weight, description FROM visit_risk_weights ORDER BY term, code",
        r => new RiskWeight(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetString(3))), cancel));

    /// <summary>Changes one weight, audited in the same transaction.</summary>
    public Task<RiskWeight> Set(Viewer viewer, string term, string code, double weight, CancellationToken cancel)
    {
        if (!double.IsFinite(weight) || Math.Abs(weight) > 1000) throw new VisitRefused("A weight must be a number between -1000 and 1000.");
        return units.Run(viewer, async work =>
        {
            var set = await work.Single("UPDATE visit_risk_weights SET weight = $3 WHERE term = $1 AND code = $2 RETURNING term, code, weight, description",
                r => new RiskWeight(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetString(3)), term, code, weight)
                ?? throw new VisitRefused($"There is no weight ({term}, {code}); the riskWeights query lists them.");
            await work.Audit("set risk weight", $"risk-weight:{set.Term}/{set.Code}", set);
            return set;
        }, cancel);
    }
}
