using GraphQL;
using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Access;

/// <summary>The administrator's door onto the need-to-know rules; every change is audited, every other role refused.</summary>
public static class RuleFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<AccessRulesType>>("accessRules")
            .Description("Administrators: the sharing agreements, each agency's review and retention policy, and the generalisation of counted records.")
            .ResolveAsync(c => Administered(c, "read access rules", null, () => c.Service<AccessRuleStore>().All(c.CancellationToken)));

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SharingAgreementType>>("saveSharingAgreement")
            .Description("Administrators: adds an agreement or replaces the one with its reference. Naming an agency lets its analysts see full OFFICIAL records shared under it.")
            .Argument<NonNullGraphType<SharingAgreementInputType>>("agreement")
            .ResolveAsync(c => Administered(c, "change sharing agreement", a => $"agreement:{a.Reference}",
                () => c.Service<AccessRuleStore>().Save(c.GetArgument<SharingAgreement>("agreement"), c.CancellationToken)));
        mutation.Field<NonNullGraphType<AgencyPolicyType>>("setAgencyPolicy")
            .Description("Administrators: changes when an agency's records come due for review and how long they are kept.")
            .Argument<NonNullGraphType<AgencyPolicyInputType>>("policy")
            .ResolveAsync(c => Administered(c, "change agency policy", p => $"agency:{p.Agency}",
                () => c.Service<AccessRuleStore>().Set(c.GetArgument<AgencyPolicy>("policy"), c.CancellationToken)));
        mutation.Field<NonNullGraphType<GeneralisationPolicyType>>("setGeneralisation")
            .Description("Administrators: changes the grid cell counted records are snapped to and the count below which numbers are withheld.")
            .Argument<NonNullGraphType<IntGraphType>>("generalisedCellMetres")
            .Argument<NonNullGraphType<IntGraphType>>("suppressBelow")
            .ResolveAsync(c => Administered(c, "change generalisation", _ => "access-policy", () => c.Service<AccessRuleStore>().Set(
                new GeneralisationPolicy(c.GetArgument<int>("generalisedCellMetres"), c.GetArgument<int>("suppressBelow")), c.CancellationToken)));
    }

    private static async Task<object?> Administered<T>(IResolveFieldContext c, string action, Func<T, string>? subject, Func<Task<T>> run)
    {
        var viewer = c.Viewer();
        if (viewer.Role != Role.Administrator) throw new AccessRefused("Only an administrator can see or change the access rules.");
        var result = await run();
        await c.Service<AuditLog>().Record(viewer, action, subject?.Invoke(result), subject is null ? null : result, cancel: c.CancellationToken);
        return result;
    }
}
