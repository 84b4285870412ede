using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

public sealed class GovernanceTests(NeedToKnowFixture app) : IClassFixture<NeedToKnowFixture>
{
    [Fact]
    public async Task The_audit_log_is_searched_by_role_and_agency()
    {
        using var health = await app.SignedIn("partner.health");
        await health.Data($"mutation {{ breakGlass(incidentId: {app.PoliceRecord}, reason: \"Adult safeguarding referral received this morning\") {{ id }} }}");

        using var admin = await app.SignedIn("admin.council");
        var all = await admin.Data("{ auditLog(first: 1000) { totalCount edges { node { action agency } } } }");
        Assert.Contains(all["auditLog"]!["edges"]!.AsArray(), e => e!["node"]!["agency"]!.GetValue<string>() == "health");

        using var dpo = await app.SignedIn("dpo.police");
        var own = (await dpo.Data("{ auditLog(first: 1000) { edges { node { action agency reason } } } }"))["auditLog"]!["edges"]!.AsArray();
        Assert.All(own, e => Assert.True(e!["node"]!["agency"]!.GetValue<string>() == "police" || e["node"]!["action"]!.GetValue<string>() == "break-glass"));
        Assert.Contains(own, e => e!["node"]!["reason"]?.GetValue<string>() == "Adult safeguarding referral received this morning");

        using var analyst = await app.SignedIn("analyst.police");
        var glass = (await analyst.Data("{ auditLog { edges { node { action username } } } }"))["auditLog"]!["edges"]!.AsArray();
        Assert.Equal("partner.health", Assert.Single(glass)!["node"]!["username"]!.GetValue<string>());

        var (_, refused) = await health.Post("{ auditLog { totalCount } }");
        Assert.Contains("Only administrators", refused.FirstError());
    }

    [Fact]
    public async Task Records_come_due_for_review_by_their_agency_policy_and_reviewing_moves_the_date()
    {
        await app.Execute("UPDATE agencies SET review_months = 1 WHERE code = 'council'");
        using var council = await app.SignedIn("analyst.council");
        var due = await council.Data("{ dueForReview(first: 100) { totalCount edges { node { id reviewDue } } } }");
        Assert.Equal(13, due["dueForReview"]!["totalCount"]!.GetValue<int>());
        var id = due["dueForReview"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        var reviewed = await council.Data($"mutation {{ markReviewed(incidentId: {id}) {{ reviewDue }} }}");
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1).ToString("yyyy-MM-dd"), reviewed["markReviewed"]!["reviewDue"]!.GetValue<string>());
        Assert.Equal(12, (await council.Data("{ dueForReview { totalCount } }"))["dueForReview"]!["totalCount"]!.GetValue<int>());

        using var police = await app.SignedIn("analyst.police");
        var (_, refused) = await police.Post($"mutation {{ markReviewed(incidentId: {id}) {{ id }} }}");
        Assert.Contains("owning agency", refused.FirstError());
    }

    [Fact]
    public async Task Records_past_retention_are_anonymised_or_deleted_by_policy_and_audited()
    {
        await app.Execute("UPDATE agencies SET retention_months = 1, retention_action = 'delete' WHERE code = 'health'");
        await app.Execute("UPDATE agencies SET retention_months = 1, retention_action = 'anonymise' WHERE code = 'police'");
        await using var dataSource = Hotspots.Database.DatabaseServices.CreateDataSource(app.ConnectionString);
        var decisions = await new Retention(new UnitOfWork(dataSource)).Apply(default);
        Assert.Contains(("health", "delete", 1), decisions);
        Assert.Contains(("police", "anonymise", 1), decisions);
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_agency = 'health'"));
        Assert.Equal("area", await app.Scalar<string>("SELECT location_precision FROM incidents WHERE source_agency = 'police'"));
        Assert.True(await app.Scalar<bool>("SELECT source_reference IS NULL FROM incidents WHERE source_agency = 'police'"));
        Assert.Equal(2, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action LIKE 'retention:%'"));
    }
}
