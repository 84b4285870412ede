using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// The authorisation matrix: every field and HTTP path that exposes protected data, for every demo account (each a
/// role in an agency) and every relation to the thing asked about, against the rule tables in this folder.
/// </summary>
public sealed class NeedToKnowMatrixTests(NeedToKnowMatrixFixture app, ITestOutputHelper output) : IClassFixture<NeedToKnowMatrixFixture>
{
    /// <summary>Reads first; then changes, in this order (break-glass last, as it widens what its opener sees).</summary>
    public static readonly FieldRule[] Rules =
    [
        .. IncidentRules.Rules(), .. PlaceRules.Rules(), .. AnalysisRules.Rules(), .. ProblemRules.Rules(), .. ProblemExtraRules.Rules(),
        .. MeetingRules.Rules(), .. VisitRules.Rules(), .. ImportRules.Rules(), .. PeopleRules.Rules(), .. AccessRules.Rules(), .. SignpostRules.Rules(),
    ];

    [Fact]
    public void Every_field_has_a_rule_in_the_matrix()
    {
        var schema = app.Factory.Services.GetRequiredService<ISchema>();
        var fields = schema.Query.Fields.Concat(schema.Mutation?.Fields ?? []).Select(f => f.Name).Where(n => !n.StartsWith("__"));
        var unruled = fields.Where(f => Rules.All(r => r.Field != f)).ToList();
        Assert.True(unruled.Count == 0, $"Fields without a rule in the matrix (tests/Access/Matrix): {string.Join(", ", unruled)}");
    }

    [Fact]
    public async Task Every_account_gets_exactly_what_the_rules_allow()
    {
        var failures = new List<string>();
        var cells = 0;
        await using var owner = Hotspots.Database.DatabaseServices.CreateDataSource(app.ConnectionString, role: null);
        var fingerprint = await Fingerprint(owner);
        foreach (var rule in Rules.OrderBy(r => r.Changes))
        {
            foreach (var (account, relation, expected) in rule.Cells())
            {
                var observed = await rule.Ask(new Probe(app, account, relation, await app.Client(account)));
                cells++;
                if (!rule.Matches(expected, observed)) failures.Add($"{rule.Field,-28} {account,-20} {relation,-9} expected {expected}, got {observed}");
                if (!rule.Changes) continue;
                var now = await Fingerprint(owner);
                if (observed.StartsWith("refused", StringComparison.Ordinal) && now != fingerprint)
                    failures.Add($"{rule.Field,-28} {account,-20} {relation,-9} was refused but changed the database");
                fingerprint = now;
            }
        }
        var size = $"{Rules.Length} fields and paths × {NeedToKnowMatrixFixture.Accounts.Length} accounts × their relations: {cells} cells asserted";
        output.WriteLine(size);
        Assert.True(failures.Count == 0, $"{failures.Count} of {cells} cells differ from the rules:\n{string.Join("\n", failures)}");
    }

    /// <summary>A digest of every table but the audit log, which reads and refusals append to by design.</summary>
    private static async Task<string> Fingerprint(NpgsqlDataSource owner)
    {
        var tables = new List<string>();
        await using (var list = owner.CreateCommand("""
            SELECT format('%I', table_name) FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_log', 'spatial_ref_sys')
            ORDER BY table_name
            """))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var digest = string.Join(" || ", tables.Select(t => $"(SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM {t} t)"));
        await using var command = owner.CreateCommand($"SELECT md5({digest})");
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
