using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// One database for the whole matrix. For every agency of a demo account: an OFFICIAL and an OFFICIAL-SENSITIVE record
/// under the agreement, each alone in its 100 m cell; premises and a risk business in a hotspot; two problem-solving groups
/// that split the accounts between them, each with a plan, an annotation, an action and a meeting; saved hotspots kept
/// by each agency; an operation led by police and one by council; an analysis run by every account.
/// </summary>
public sealed class NeedToKnowMatrixFixture : HotspotsApp
{
    public static readonly string[] Accounts = [.. Hotspots.Demo.DemoAccounts.All.Select(a => a.Username)];
    public static readonly string[] Agencies = ["police", "council", "health", "housing", "voluntary", "glaa"];
    public static string AgencyOf(string account) => Hotspots.Demo.DemoAccounts.All.Single(a => a.Username == account).Agency;

    public Dictionary<string, long> Official { get; } = [];
    public Dictionary<string, long> Sensitive { get; } = [];
    public Dictionary<string, (double E, double N)> Spot { get; } = [];
    public long AreaId { get; private set; }
    public long PremisesId { get; private set; }
    public long RiskBusinessId { get; private set; }
    public Dictionary<string, string> RunBy { get; } = [];
    public Group GroupA { get; private set; } = null!;
    public Group GroupB { get; private set; } = null!;
    public Operation PoliceOperation { get; private set; } = null!;
    public Operation CouncilOperation { get; private set; } = null!;
    /// <summary>An import the administrator ran for each agency: its job and its import.</summary>
    public Dictionary<string, (string JobId, string ImportId)> Jobs { get; } = [];
    /// <summary>A saved hotspot kept by each agency (saved by a colleague of its accounts), to rename.</summary>
    public Dictionary<string, long> KeptHotspot { get; } = [];
    /// <summary>A saved hotspot per account and relation (its agency's, another's), each deleted at most once.</summary>
    public Dictionary<(string Account, Relation Relation), long> SpareHotspot { get; } = [];
    private readonly Dictionary<string, HttpClient> clients = [];

    /// <summary>A group and the work on its plan; the action is owned by the group's analyst.</summary>
    public sealed record Group(string Id, string[] Members, string PlanId, string AnnotationId, string AnnotationAuthor, string ActionId);
    public sealed record Operation(string Id, string LeadAgency, string Planner, string[] Team, string VisitTargetId, string ReferralId);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        for (var i = 0; i < Agencies.Length; i++)
        {
            Official[Agencies[i]] = await Incident(410050 + i * 1000, 410050, Agencies[i], "official");
            Sensitive[Agencies[i]] = await Incident(410050 + i * 1000, 412050, Agencies[i], "official_sensitive");
        }
        // A cluster for saveHotspot, away from every record's own cell: five in one 100 m cell, so partners' maps show it
        // (a withheld cell adds nothing to their analyses).
        for (var i = 0; i < 5; i++) await Incident(420010 + i * 15, 420020, "council", "official", $"cluster-{i}");
        AreaId = await Scalar<long>("INSERT INTO areas (code, name, kind, boundary) VALUES ('HM1', 'Matrix hotspot', 'hotspot', ST_Multi(ST_MakeEnvelope(414000, 416000, 415000, 417000, 27700))) RETURNING id");
        PremisesId = await Scalar<long>("INSERT INTO premises (address, use, location) VALUES ('12 Wakefield Road', 'hmo', ST_SetSRID(ST_MakePoint(414500, 416500), 27700)) RETURNING id");
        RiskBusinessId = await Scalar<long>("INSERT INTO risk_businesses (name, sector, address, location) VALUES ('Sparkle Hand Car Wash', 'hand_car_wash', 'Leeds Road', ST_SetSRID(ST_MakePoint(414520, 416520), 27700)) RETURNING id");
        foreach (var agency in Agencies) KeptHotspot[agency] = await SavedHotspot(agency);
        foreach (var account in Accounts)
        {
            SpareHotspot[(account, Relation.Own)] = await SavedHotspot(AgencyOf(account));
            SpareHotspot[(account, Relation.Other)] = await SavedHotspot(AgencyOf(account) == "police" ? "council" : "police");
        }
        PoliceOperation = await Plan("analyst.police", "police", ["enforcement.glaa", "partner.housing"], Official["police"]);
        CouncilOperation = await Plan("analyst.council", "council", ["enforcement.council"], Official["council"]);
        // After the operations, so enforcement officers have the linked records to analyse.
        foreach (var account in Accounts)
            RunBy[account] = (await (await Client(account)).Data("mutation { runAnalysis(request: { method: DBSCAN, eps: 150, minPoints: 2 }) { id } }"))["runAnalysis"]!["id"]!.GetValue<string>();
        var admin = await Client("admin.council");
        foreach (var agency in Agencies)
        {
            var started = await admin.Upload("mutation($file: Upload!, $options: ImportOptions) { startImport(kind: INCIDENTS, file: $file, options: $options) { id } }",
                new { file = (object?)null, options = new { agency } }, "matrix.csv", ImportRules.File($"IM-{agency}-"));
            var job = started["data"]!["startImport"]!["id"]!.GetValue<string>();
            Jobs[agency] = (job, (await Finished(admin, job))["summary"]!["importId"]!.GetValue<string>());
        }
        GroupA = await CreateGroup("chair.council", ["analyst.police", "partner.housing", "enforcement.glaa", "dpo.police"], "analyst.police", "partner.housing");
        GroupB = await CreateGroup("admin.council", ["analyst.council", "partner.health", "partner.voluntary", "enforcement.council"], "analyst.council", "partner.health");
    }

    // The matrix asks hundreds of questions a second of each account.
    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Hotspots:ApiRequestsPerSecond", "100000");

    /// <summary>Each account signs in once; the matrix asks hundreds of questions on these clients.</summary>
    public async Task<HttpClient> Client(string account) =>
        clients.TryGetValue(account, out var client) ? client : clients[account] = await SignedIn(account);

    private Task<long> Incident(double e, double n, string agency, string sensitivity, string? reference = null) => Scalar<long>("""
        INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
            location_precision, sensitivity, agreement_reference, reviewed_on)
        VALUES (ST_SetSRID(ST_MakePoint($1, $2), 27700), now() - interval '400 days', 'labour', 'adult', $3, coalesce($5, $3 || '-REF-' || $4),
            'exact', $4, 'KMSP-ISA-2023-01', now() - interval '400 days')
        RETURNING id
        """, e, n, agency, sensitivity, reference);

    /// <summary>A hotspot saved by a colleague of the agency's accounts, far from every record; no plan or operation uses it.</summary>
    private Task<long> SavedHotspot(string agency) => Scalar<long>("""
        INSERT INTO areas (code, name, kind, boundary, saved_by, saved_agency)
        VALUES ('SH-' || gen_random_uuid(), 'Saved by a colleague', 'hotspot', ST_Multi(ST_MakeEnvelope(430000, 430000, 430100, 430100, 27700)), 'colleague.' || $1, $1)
        RETURNING id
        """, agency);

    private async Task<Group> CreateGroup(string creator, string[] members, string analyst, string partner)
    {
        var client = await Client(creator);
        var id = (await client.Data("mutation($m: [String!]!, $c: String!) { createGroup(name: \"Matrix group\", chair: $c, members: $m) { id } }",
            new { m = members, c = creator }))["createGroup"]!["id"]!.GetValue<string>();
        var owner = await Client(analyst);
        var plan = (await owner.Data("mutation($g: ID!, $a: [ID!]!) { createPlan(groupId: $g, title: \"Car washes\", areaIds: $a) { id } }",
            new { g = id, a = new[] { AreaId.ToString() } }))["createPlan"]!["id"]!.GetValue<string>();
        var pin = await Scalar<string>("SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(414500, 416500), 27700), 4326), 8)");
        var note = (await (await Client(partner)).Data("mutation($p: ID!, $pin: GeoJSON!) { annotate(planId: $p, pin: $pin, text: \"Three flats let by one agent\") { id } }",
            new { p = plan, pin = JsonNode.Parse(pin) }))["annotate"]!["id"]!.GetValue<string>();
        var action = (await owner.Data($"mutation {{ assignAction(planId: {plan}, what: \"Check the licences\", owningAgency: \"{AgencyOf(analyst)}\", owner: \"{analyst}\", dueOn: \"{DateTime.UtcNow:yyyy-MM-dd}\", objective: EVALUATION) {{ id }} }}"))["assignAction"]!["id"]!.GetValue<string>();
        await owner.Data($"mutation {{ recordMeeting(groupId: {id}, heldAt: \"{DateTime.UtcNow.AddDays(-1):O}\", attendees: [\"{analyst}\"], minutes: \"Met\") {{ id }} }}");
        return new Group(id, [creator, .. members], plan, note, partner, action);
    }

    private async Task<Operation> Plan(string planner, string lead, string[] team, long incident)
    {
        var visit = (await (await Client(planner)).Data("mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { id route { target { id } } } }", new
        {
            plan = new
            {
                name = $"Operation {lead}", plannedOn = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"), leadAgency = lead, area = new { areaId = AreaId },
                team = team.Select(t => new { username = t, agency = AgencyOf(t), nrmFirstResponder = true }).ToArray(),
                targets = new[] { new { kind = "RISK_BUSINESS", placeId = RiskBusinessId } }, incidentIds = new[] { incident },
            },
        }))["planVisit"]!;
        var id = visit["id"]!.GetValue<string>();
        var target = visit["route"]![0]!["target"]!["id"]!.GetValue<string>();
        // Spare stops for recordVisitOutcome, which stores one outcome per stop.
        await Execute("""
            WITH spare AS (INSERT INTO premises (address, use, location)
                SELECT i || ' Market Street', 'residential', ST_SetSRID(ST_MakePoint(414300 + i, 416300), 27700) FROM generate_series(1, 12) i RETURNING id)
            INSERT INTO visit_targets (visit_id, kind, place_id) SELECT $1, 'premises', id FROM spare
            """, long.Parse(id));
        var outcome = (await (await Client(planner)).Data("mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { referrals { id } } }", new
        {
            o = new
            {
                idempotencyKey = Guid.NewGuid().ToString(), visitId = id, visitTargetId = target, arrivedAt = "2026-11-01T10:00:00Z",
                leftAt = "2026-11-01T10:40:00Z", peopleSpokenTo = 3, referrals = new[] { new { kind = "NRM", reference = $"NRM-{lead}" } },
            },
        }))["recordVisitOutcome"]!;
        return new Operation(id, lead, planner, team, target, outcome["referrals"]![0]!["id"]!.GetValue<string>());
    }

    /// <summary>Waits for an import job to finish and answers it as its starter sees it.</summary>
    public async Task<JsonNode> Finished(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = (await client.Data("query($id: ID!) { importJob(id: $id) { status summary { importId } } }", new { id }))["importJob"]!;
            if (job["status"]!.GetValue<string>() != "running") return job;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Import job {id} did not finish in 30 seconds.");
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        await base.DisposeAsync();
    }
}
