using System.Text.Json.Nodes;
using Hotspots.Access;
using Hotspots.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// Records of four agencies, several to a 100 m cell, in two places. Huddersfield centre: twelve council OFFICIAL records
/// outside any agreement (only council analysts see them in full), eight police records under the agreement (police and
/// council analysts), six housing records outside it (counted by everyone but housing) and three health OFFICIAL-SENSITIVE
/// ones (signposted); one more health record alone in its cell at a hostel (418250, 419250). Dewsbury: six council records and two health OFFICIAL-SENSITIVE ones, for break-glass. Forty council
/// records scattered over the district, so Gi* has a background. A second council analyst, a colleague of analyst.council.
/// Two operations at Huddersfield premises, each with an outcome that found concerns and made a referral: one led by
/// council (analyst.council with enforcement.council) and one led by police (analyst.police with enforcement.glaa).
/// </summary>
public sealed class DisclosureReadsFixture : HotspotsApp
{
    public const string Colleague = "analyst2.council";
    public const string Huddersfield = "{ minX: 414000, minY: 416000, maxX: 415500, maxY: 417500, crs: BRITISH_NATIONAL_GRID }";
    public const string Dewsbury = "{ minX: 424000, minY: 421000, maxX: 425000, maxY: 422000, crs: BRITISH_NATIONAL_GRID }";

    public List<long> DewsburyHealth { get; } = [];
    public long LoneHealthRecord { get; private set; }
    public long AreaId { get; private set; }
    public long CouncilVisit { get; private set; }
    public long PoliceVisit { get; private set; }
    public long CouncilVisitedPremises { get; private set; }
    public long PoliceVisitedPremises { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Factory.Services.GetRequiredService<Accounts>().Create(Colleague, "Nadia Khan (council analyst)", Role.Analyst, "council",
            Hotspots.Demo.DemoAccounts.Password, default);
        for (var i = 0; i < 12; i++) await Incident(414510 + i % 3 * 100 + i / 3 * 15, 416510 + i % 2 * 100 + i / 3 * 12, "council", "official", null);
        for (var i = 0; i < 8; i++) await Incident(414610 + i % 2 * 100 + i * 8, 416620 + i * 9, "police", "official", "KMSP-ISA-2023-01");
        for (var i = 0; i < 6; i++) await Incident(414720 + i * 12, 416530 + i * 10, "housing", "official", null);
        for (var i = 0; i < 3; i++) await Incident(414630 + i * 20, 416550 + i * 15, "health", "official_sensitive", null);
        LoneHealthRecord = await Incident(418250, 419250, "health", "official_sensitive", null);
        for (var i = 0; i < 6; i++) await Incident(424510 + i * 12, 421510 + i * 9, "council", "official", null);
        for (var i = 0; i < 2; i++) DewsburyHealth.Add(await Incident(424540 + i * 15, 421530 + i * 7, "health", "official_sensitive", null));
        var random = new Random(11);
        for (var i = 0; i < 40; i++) await Incident(405000 + random.NextDouble() * 20000, 405000 + random.NextDouble() * 20000, "council", "official", null);

        AreaId = await Scalar<long>("INSERT INTO areas (code, name, kind, boundary) VALUES ('H1', 'Huddersfield centre hotspot', 'hotspot', ST_Multi(ST_MakeEnvelope(414000, 416000, 415500, 417500, 27700))) RETURNING id");
        CouncilVisitedPremises = await Premises("12 Wakefield Road", 414500, 416500);
        PoliceVisitedPremises = await Premises("4 Chapel Street", 414900, 416900);
        CouncilVisit = await VisitWithConcerns("analyst.council", "council", "enforcement.council", CouncilVisitedPremises, "NRM-2026-0101");
        PoliceVisit = await VisitWithConcerns("analyst.police", "police", "enforcement.glaa", PoliceVisitedPremises, "NRM-2026-0102");
    }

    private Task<long> Incident(double e, double n, string agency, string sensitivity, string? agreement) => Scalar<long>("""
        INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
            location_precision, sensitivity, agreement_reference, reviewed_on)
        VALUES (ST_SetSRID(ST_MakePoint($1, $2), 27700), '2025-06-01Z', 'sexual', 'adult', $3, $3 || '-' || gen_random_uuid(), 'exact', $4, $5,
            now() - interval '400 days')
        RETURNING id
        """, e, n, agency, sensitivity, agreement);

    private Task<long> Premises(string address, double e, double n) => Scalar<long>(
        "INSERT INTO premises (address, use, location) VALUES ($1, 'hmo', ST_SetSRID(ST_MakePoint($2, $3), 27700)) RETURNING id", address, e, n);

    /// <summary>An operation at one premises whose outcome found indicators and two victims, with an NRM referral.</summary>
    private async Task<long> VisitWithConcerns(string planner, string lead, string officer, long premises, string reference)
    {
        using var client = await SignedIn(planner);
        var visit = (await client.Data("mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { id route { target { id } } } }", new
        {
            plan = new
            {
                name = $"Operation {lead}", plannedOn = "2026-11-02", leadAgency = lead, area = new { areaId = AreaId },
                team = new[] { new { username = officer, agency = officer.Split('.')[1], nrmFirstResponder = true } },
                targets = new[] { new { kind = "PREMISES", placeId = premises } },
            },
        }))["planVisit"]!;
        var id = visit["id"]!.GetValue<string>();
        await client.Data("mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { id } }", new
        {
            o = new
            {
                idempotencyKey = Guid.NewGuid().ToString(), visitId = id, visitTargetId = visit["route"]![0]!["target"]!["id"]!.GetValue<string>(),
                arrivedAt = "2026-11-02T10:00:00Z", leftAt = "2026-11-02T10:45:00Z", peopleSpokenTo = 5,
                indicators = new[] { "ISOLATION_AND_CONTROL" }, victims = new[] { new { ageGroup = "ADULT", count = 2 } },
                referrals = new[] { new { kind = "NRM", reference } },
            },
        });
        return long.Parse(id);
    }

    /// <summary>Audit rows of one account and action, oldest first, as (subject, detail, reason).</summary>
    public async Task<List<(string? Subject, JsonNode? Detail, string? Reason)>> Audited(string username, string action)
    {
        await using var command = DataSource.CreateCommand("SELECT subject, detail::text, reason FROM audit_log WHERE username = $1 AND action = $2 ORDER BY id");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = username });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = action });
        var rows = new List<(string?, JsonNode?, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : JsonNode.Parse(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return rows;
    }
}
