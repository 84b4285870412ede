using GraphQL.Types;

namespace Hotspots.Access;

public sealed class SharingAgreementType : ObjectGraphType<SharingAgreement>
{
    public SharingAgreementType()
    {
        Description = "An information sharing agreement: analysts of the named agencies see full OFFICIAL records shared under it while it is in force.";
        Field(a => a.Reference).Description("The agreement's reference, e.g. KMSP-ISA-2023-01; records name it.");
        Field(a => a.Title);
        Field(a => a.LawfulBasis).Description("The lawful basis records are shared under, e.g. s115 Crime and Disorder Act 1998.");
        Field(a => a.FullAccessAgencies, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("Agency codes whose analysts see full OFFICIAL records shared under the agreement.");
        Field(a => a.StartsOn, nullable: true).Description("First day in force; always in force before the end when empty.");
        Field(a => a.EndsOn, nullable: true).Description("Last day in force; no end when empty.");
    }
}

public sealed class SharingAgreementInputType : InputObjectGraphType<SharingAgreement>
{
    public SharingAgreementInputType()
    {
        Name = "SharingAgreementInput";
        Description = "An agreement to add, or to replace the one with the same reference.";
        Field(a => a.Reference);
        Field(a => a.Title);
        Field(a => a.LawfulBasis);
        Field(a => a.FullAccessAgencies, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
        Field(a => a.StartsOn, nullable: true);
        Field(a => a.EndsOn, nullable: true).Description("Give a past date to end the agreement; records shared under it then stay generalised.");
    }
}

public sealed class RetentionActionType : EnumerationGraphType<RetentionAction>
{
    public RetentionActionType() => Description = "What the retention job does to a record past its agency's retention period.";
}

public sealed class AgencyPolicyType : ObjectGraphType<AgencyPolicy>
{
    public AgencyPolicyType()
    {
        Description = "An agency's review and retention policy for the records it shares.";
        Field(p => p.Agency).Description("The agency code, e.g. police.");
        Field(p => p.Name);
        Field(p => p.ReviewMonths).Description("Months from a record's date (or last review) until it is due for review.");
        Field(p => p.RetentionMonths).Description("Months a record is kept before the retention job anonymises or deletes it.");
        Field(p => p.RetentionAction, type: typeof(NonNullGraphType<RetentionActionType>));
    }
}

public sealed class AgencyPolicyInputType : InputObjectGraphType<AgencyPolicy>
{
    public AgencyPolicyInputType()
    {
        Name = "AgencyPolicyInput";
        Description = "An agency's new review and retention policy.";
        Field(p => p.Agency);
        Field(p => p.ReviewMonths).Description("1 to 120, and no more than retentionMonths.");
        Field(p => p.RetentionMonths).Description("1 to 600.");
        Field(p => p.RetentionAction, type: typeof(NonNullGraphType<RetentionActionType>));
    }
}

public sealed class GeneralisationPolicyType : ObjectGraphType<GeneralisationPolicy>
{
    public GeneralisationPolicyType()
    {
        Description = "How incidents are shown to those who may only count them (partners, and analysts outside an agreement).";
        Field(p => p.GeneralisedCellMetres).Description($"Side of the grid cell incidents are snapped to and counted in ({GeneralisationPolicy.SmallestCell}–{GeneralisationPolicy.LargestCell} m).");
        Field(p => p.SuppressBelow).Description($"Counts below this are shown as \"<N\" ({GeneralisationPolicy.LowestThreshold}–{GeneralisationPolicy.HighestThreshold}).");
    }
}

public sealed class AccessRulesType : ObjectGraphType<AccessRules>
{
    public AccessRulesType()
    {
        Description = "The need-to-know rules the administrator can change: sharing agreements, agency retention, generalisation.";
        Field(r => r.Agreements, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SharingAgreementType>>>));
        Field(r => r.Agencies, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AgencyPolicyType>>>));
        Field(r => r.Generalisation, type: typeof(NonNullGraphType<GeneralisationPolicyType>));
    }
}
