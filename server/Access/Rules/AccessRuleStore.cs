using Hotspots.Database;
using Npgsql;

namespace Hotspots.Access;

/// <summary>The rules the database functions read (sharing_agreements, agencies, access_policy): read and changed here only.</summary>
public sealed class AccessRuleStore(NpgsqlDataSource dataSource)
{
    public async Task<AccessRules> All(CancellationToken cancel) =>
        new(await Agreements(cancel), await Agencies(cancel), await Generalisation(cancel));

    public async Task<IReadOnlyList<SharingAgreement>> Agreements(CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT reference, title, lawful_basis, full_access_agencies, starts_on, ends_on FROM sharing_agreements ORDER BY reference");
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var list = new List<SharingAgreement>();
        while (await reader.ReadAsync(cancel))
            list.Add(new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5)));
        return list;
    }

    public async Task<IReadOnlyList<AgencyPolicy>> Agencies(CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT code, name, review_months, retention_months, retention_action FROM agencies ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var list = new List<AgencyPolicy>();
        while (await reader.ReadAsync(cancel))
            list.Add(new(reader.GetString(0), reader.GetInt32(2), reader.GetInt32(3), Codes.Parse<RetentionAction>(reader.GetString(4)), reader.GetString(1)));
        return list;
    }

    public async Task<GeneralisationPolicy> Generalisation(CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT value FROM access_policy WHERE key = 'generalised_cell_metres'), (SELECT value FROM access_policy WHERE key = 'suppress_below')
            """);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return new(reader.GetInt32(0), reader.GetInt32(1));
    }

    public async Task<SharingAgreement> Save(SharingAgreement agreement, CancellationToken cancel)
    {
        var known = (await Agencies(cancel)).Select(a => a.Agency).ToHashSet();
        var a = RuleChecks.Checked(agreement, known);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO sharing_agreements (reference, title, lawful_basis, full_access_agencies, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (reference) DO UPDATE SET title = $2, lawful_basis = $3, full_access_agencies = $4, starts_on = $5, ends_on = $6
            """).With(a.Reference, a.Title, a.LawfulBasis, a.FullAccessAgencies.ToArray(), a.StartsOn, a.EndsOn);
        await command.ExecuteNonQueryAsync(cancel);
        return a;
    }

    public async Task<AgencyPolicy> Set(AgencyPolicy policy, CancellationToken cancel)
    {
        RuleChecks.Check(policy);
        await using var command = dataSource.CreateCommand(
            "UPDATE agencies SET review_months = $2, retention_months = $3, retention_action = $4 WHERE code = $1 RETURNING name")
            .With(policy.Agency, policy.ReviewMonths, policy.RetentionMonths, Codes.Of(policy.RetentionAction));
        return await command.ExecuteScalarAsync(cancel) is string name
            ? policy with { Name = name }
            : throw new RuleRefused($"There is no agency {policy.Agency}; accessRules lists the agencies.");
    }

    public async Task<GeneralisationPolicy> Set(GeneralisationPolicy policy, CancellationToken cancel)
    {
        RuleChecks.Check(policy);
        await using var batch = dataSource.CreateBatch();
        foreach (var (key, value) in new[] { ("generalised_cell_metres", policy.GeneralisedCellMetres), ("suppress_below", policy.SuppressBelow) })
            batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE access_policy SET value = $2 WHERE key = $1").With(key, value));
        // One batch is one implicit transaction: both values change or neither.
        await batch.ExecuteNonQueryAsync(cancel);
        return policy;
    }
}
