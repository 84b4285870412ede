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
            .ResolveAsync(async c =>
            {
                var viewer = Administrator(c);
                var rules = await c.Service<AccessRuleStore>().All(viewer, c.CancellationToken);
                await c.Service<AuditLog>().Record(viewer, "read access rules", cancel: c.CancellationToken);
                return rules;
            });

    // Each change writes its own audit entry in its transaction (AccessRuleStore).
    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SharingAgreementType>>("saveSharingAgreement")
            .Description("Administrators: adds an agreement or replaces the one with its reference. Naming an agency lets its analysts see full OFFICIAL records shared under it.")
            .Argument<NonNullGraphType<SharingAgreementInputType>>("agreement")
            .ResolveAsync(async c => await c.Service<AccessRuleStore>().Save(Administrator(c), c.GetArgument<SharingAgreement>("agreement"), c.CancellationToken));
        mutation.Field<NonNullGraphType<AgencyPolicyType>>("setAgencyPolicy")
            .Description("Administrators: changes when an agency's records come due for review and how long they are kept.")
            .Argument<NonNullGraphType<AgencyPolicyInputType>>("policy")
            .ResolveAsync(async c => await c.Service<AccessRuleStore>().Set(Administrator(c), c.GetArgument<AgencyPolicy>("policy"), c.CancellationToken));
        mutation.Field<NonNullGraphType<GeneralisationPolicyType>>("setGeneralisation")
            .Description("Administrators: changes the grid cell counted records are snapped to and the count below which numbers are withheld.")
            .Argument<NonNullGraphType<IntGraphType>>("generalisedCellMetres")
            .Argument<NonNullGraphType<IntGraphType>>("suppressBelow")
            .ResolveAsync(async c => await c.Service<AccessRuleStore>().Set(Administrator(c),
                new GeneralisationPolicy(c.GetArgument<int>("generalisedCellMetres"), c.GetArgument<int>("suppressBelow")), c.CancellationToken));
    }

    private static Viewer Administrator(IResolveFieldContext c) => c.Viewer() is { Role: Role.Administrator } viewer
        ? viewer
        : throw new AccessRefused("Only an administrator can see or change the access rules.");
}
