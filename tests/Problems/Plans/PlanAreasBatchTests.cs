using System.Collections.Concurrent;
using System.Diagnostics;
using Hotspots.Tests.Api;
using Npgsql;

namespace Hotspots.Tests.Problems.Plans;

public sealed class PlanAreasBatchFixture : ProblemsFixture;

/// <summary>
/// A group's plans list their areas in one statement however many plans there are: counted from the commands Npgsql
/// sends to this test's own database (its trace of each command), not from timings.
/// </summary>
public sealed class PlanAreasBatchTests(PlanAreasBatchFixture app) : IClassFixture<PlanAreasBatchFixture>
{
    private const string Plans = "query($id: ID!) { problemSolvingGroup(id: $id) { plans { title areas { id name } } } }";

    [Fact]
    public async Task A_groups_plans_read_their_areas_in_one_statement_for_one_plan_or_six()
    {
        var groupId = await app.CreateGroup();
        using var chair = await app.SignedIn("chair.council");
        await app.CreatePlan(chair, groupId, "Car washes");
        Assert.Equal(1, await AreaStatements(chair, groupId, plans: 1));

        for (var i = 2; i <= 6; i++) await app.CreatePlan(chair, groupId, $"Plan {i}");
        Assert.Equal(1, await AreaStatements(chair, groupId, plans: 6));
    }

    private async Task<int> AreaStatements(HttpClient client, string groupId, int plans)
    {
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database;
        var statements = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if ((a.GetTagItem("db.namespace") ?? a.GetTagItem("db.name")) as string == database
                    && (a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement")) is string text)
                    statements.Add(text);
            },
        };
        ActivitySource.AddActivityListener(listener);
        var listed = (await client.Data(Plans, new { id = groupId }))["problemSolvingGroup"]!["plans"]!.AsArray();
        Assert.Equal(plans, listed.Count);
        Assert.All(listed, p => Assert.Equal("Huddersfield centre hotspot", p!["areas"]![0]!["name"]!.GetValue<string>()));
        Assert.NotEmpty(statements);
        return statements.Count(s => s.Contains("FROM areas", StringComparison.Ordinal));
    }
}
