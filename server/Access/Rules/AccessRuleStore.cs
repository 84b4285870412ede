using Hotspots.Database;

namespace Hotspots.Access;

/// <summary>
/// The rules the database functions read (sharing_agreements, agencies, access_policy): read and changed here only.
/// Each change is audited, with what it set, in the transaction that makes it.
/// </summary>
public sealed class AccessRuleStore(UnitOfWork units)
{
    public Task<AccessRules> All(Viewer viewer, CancellationToken cancel) => units.Read(viewer, async work =>
        new AccessRules(await Agreements(work), await Agencies(work), await Generalisation(work)), cancel);

    /// <summary>The policy alone, for the analysis to generalise counted records by.</summary>
    public Task<GeneralisationPolicy> Generalisation(CancellationToken cancel) => units.Read(Viewer.NoOne, Generalisation, cancel);

    public Task<SharingAgreement> Save(Viewer viewer, SharingAgreement agreement, CancellationToken cancel) => units.Run(viewer, async work =>
    {
        var a = RuleChecks.Checked(agreement, (await Agencies(work)).Select(a => a.Agency).ToHashSet());
        await work.Execute("""
            INSERT INTO sharing_agreements (reference, title, lawful_basis, full_access_agencies, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (reference) DO UPDATE SET title = $2, lawful_basis = $3, full_access_agencies = $4, starts_on = $5, ends_on = $6
            """, a.Reference, a.Title, a.LawfulBasis, a.FullAccessAgencies.ToArray(), a.StartsOn, a.EndsOn);
        await work.Audit("change sharing agreement", $"agreement:{a.Reference}", a);
        return a;
    }, cancel);

    public Task<AgencyPolicy> Set(Viewer viewer, AgencyPolicy policy, CancellationToken cancel)
    {
        RuleChecks.Check(policy);
        return units.Run(viewer, async work =>
        {
            var name = await work.Scalar<string>("UPDATE agencies SET review_months = $2, retention_months = $3, retention_action = $4 WHERE code = $1 RETURNING name",
                policy.Agency, policy.ReviewMonths, policy.RetentionMonths, Codes.Of(policy.RetentionAction))
                ?? throw new RuleRefused($"There is no agency {policy.Agency}; accessRules lists the agencies.");
            var set = policy with { Name = name };
            await work.Audit("change agency policy", $"agency:{set.Agency}", set);
            return set;
        }, cancel);
    }

    /// <summary>Both values change or neither.</summary>
    public Task<GeneralisationPolicy> Set(Viewer viewer, GeneralisationPolicy policy, CancellationToken cancel)
    {
        RuleChecks.Check(policy);
        return units.Run(viewer, async work =>
        {
            foreach (var (key, value) in new[] { ("generalised_cell_metres", policy.GeneralisedCellMetres), ("suppress_below", policy.SuppressBelow) })
                await work.Execute("UPDATE access_policy SET value = $2 WHERE key = $1", key, value);
            await work.Audit("change generalisation", "access-policy", policy);
            return policy;
        }, cancel);
    }

    private static Task<List<SharingAgreement>> Agreements(Work work) => work.List(
        "SELECT reference, title, lawful_basis, full_access_agencies, starts_on, ends_on FROM sharing_agreements ORDER BY reference",
        r => new SharingAgreement(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<string[]>(3),
            r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5)));

    private static Task<List<AgencyPolicy>> Agencies(Work work) => work.List(
        "SELECT code, name, review_months, retention_months, retention_action FROM agencies ORDER BY code",
        r => new AgencyPolicy(r.GetString(0), r.GetInt32(2), r.GetInt32(3), Codes.Parse<RetentionAction>(r.GetString(4)), r.GetString(1)));

    private static async Task<GeneralisationPolicy> Generalisation(Work work) => (await work.Single("""
        SELECT (SELECT value FROM access_policy WHERE key = 'generalised_cell_metres'), (SELECT value FROM access_policy WHERE key = 'suppress_below')
        """, r => new GeneralisationPolicy(r.GetInt32(0), r.GetInt32(1))))!;
}
