using Hotspots.Tests.Access;
using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Incidents;

/// <summary>Break-glass has a daily limit per account, and the owning agency is told who opened its records and why.</summary>
public sealed class BreakGlassLimitTests(NeedToKnowFixture app) : IClassFixture<NeedToKnowFixture>
{
    private const string Reason = "Adult safeguarding referral received this morning";

    [Fact]
    public async Task The_sixth_opening_in_a_day_is_refused_and_the_owner_must_decide()
    {
        using var voluntary = await app.SignedIn("partner.voluntary");
        for (var i = 0; i < Hotspots.Incidents.BreakGlass.DefaultPerDay; i++)
            await voluntary.Data($"mutation {{ breakGlass(incidentId: {app.PoliceRecord}, reason: \"{Reason}\") {{ id }} }}");
        var (_, refused) = await voluntary.Post($"mutation {{ breakGlass(incidentId: {app.HealthSensitiveRecord}, reason: \"{Reason}\") {{ id }} }}");
        Assert.Equal("You have broken glass 5 times in the last 24 hours, the most this partnership allows: ask the owning agency for the record " +
                     "on the Record requests page, and its data-protection officer decides.", refused.FirstError());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'break-glass refused: daily limit' AND username = 'partner.voluntary' AND subject = $1",
            $"incident:{app.HealthSensitiveRecord}"));
        // The refused record stayed closed.
        Assert.Null((await voluntary.Data($"{{ incident(id: {app.HealthSensitiveRecord}) {{ id }} }}"))["incident"]);
    }

    [Fact]
    public async Task The_owning_agency_reads_who_opened_its_records_and_no_other_agency_does()
    {
        using var health = await app.SignedIn("partner.health");
        await health.Data($"mutation {{ breakGlass(incidentId: {app.PoliceRecord}, reason: \"{Reason}\") {{ id }} }}");

        using var dpo = await app.SignedIn("dpo.police");
        var openings = (await dpo.Data("{ breakGlassOpenings { incidentId openedBy agency reason } }"))["breakGlassOpenings"]!.AsArray();
        Assert.Contains(openings, o => o!["openedBy"]!.GetValue<string>() == "Dr Anna Kowalski (health)" && o["agency"]!.GetValue<string>() == "health"
            && o["reason"]!.GetValue<string>() == Reason && o["incidentId"]!.GetValue<string>() == app.PoliceRecord.ToString());

        // Council's analyst is told about council's records only; partners are not told at all.
        using var council = await app.SignedIn("analyst.council");
        Assert.Empty((await council.Data("{ breakGlassOpenings { incidentId } }"))["breakGlassOpenings"]!.AsArray());
        var (_, refused) = await health.Post("{ breakGlassOpenings { incidentId } }");
        Assert.Equal("Only analysts, data-protection officers and administrators see who broke glass on their agency's records.", refused.FirstError());
    }
}

/// <summary>A partnership that lets only analysts break glass.</summary>
public sealed class AnalystsOnlyBreakGlass : HotspotsApp
{
    public long Record { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Record = await Scalar<long>("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference, location_precision, sensitivity)
            VALUES (ST_SetSRID(ST_MakePoint(414512, 416534), 27700), '2025-06-01Z', 'labour', 'adult', 'police', 'WYP-1', 'exact', 'official_sensitive')
            RETURNING id
            """);
    }

    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Hotspots:BreakGlass:Roles", "ANALYST");
}

public sealed class BreakGlassRolesTests(AnalystsOnlyBreakGlass app) : IClassFixture<AnalystsOnlyBreakGlass>
{
    [Fact]
    public async Task Only_the_configured_roles_may_break_glass()
    {
        using var partner = await app.SignedIn("partner.health");
        var (_, refused) = await partner.Post($"mutation {{ breakGlass(incidentId: {app.Record}, reason: \"Adult safeguarding referral received today\") {{ id }} }}");
        Assert.Equal("In this partnership only analysts can break glass: ask the owning agency for the record on the Record requests page.", refused.FirstError());
        using var analyst = await app.SignedIn("analyst.council");
        var opened = await analyst.Data($"mutation {{ breakGlass(incidentId: {app.Record}, reason: \"Adult safeguarding referral received today\") {{ sourceReference }} }}");
        Assert.Equal("WYP-1", opened["breakGlass"]!["sourceReference"]!.GetValue<string>());
    }
}
