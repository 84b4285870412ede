namespace Hotspots.Client.Access;

public sealed record SharingAgreement(string Reference, string Title, string LawfulBasis, List<string> FullAccessAgencies, DateOnly? StartsOn, DateOnly? EndsOn);

public sealed record AgencyPolicy(string Agency, string Name, int ReviewMonths, int RetentionMonths, string RetentionAction);

public sealed record GeneralisationPolicy(int GeneralisedCellMetres, int SuppressBelow);

public sealed record AccessRules(List<SharingAgreement> Agreements, List<AgencyPolicy> Agencies, GeneralisationPolicy Generalisation);

/// <summary>The administrator's need-to-know rules; the server refuses every other role.</summary>
public static class AccessRuleQueries
{
    private const string AgreementFields = "reference title lawfulBasis fullAccessAgencies startsOn endsOn";
    private const string AgencyFields = "agency name reviewMonths retentionMonths retentionAction";

    public static Task<AccessRules> AccessRules(this GraphQLClient client) => client.Field<AccessRules>("accessRules", $$"""
        { accessRules { agreements { {{AgreementFields}} } agencies { {{AgencyFields}} } generalisation { generalisedCellMetres suppressBelow } } }
        """);

    public static Task<SharingAgreement> SaveAgreement(this GraphQLClient client, SharingAgreement agreement) => client.Field<SharingAgreement>(
        "saveSharingAgreement", $$"""mutation($a: SharingAgreementInput!) { saveSharingAgreement(agreement: $a) { {{AgreementFields}} } }""",
        new { a = agreement });

    public static Task<AgencyPolicy> SetAgencyPolicy(this GraphQLClient client, AgencyPolicy policy) => client.Field<AgencyPolicy>(
        "setAgencyPolicy", $$"""mutation($p: AgencyPolicyInput!) { setAgencyPolicy(policy: $p) { {{AgencyFields}} } }""",
        new { p = new { policy.Agency, policy.ReviewMonths, policy.RetentionMonths, policy.RetentionAction } });

    public static Task<GeneralisationPolicy> SetGeneralisation(this GraphQLClient client, GeneralisationPolicy policy) => client.Field<GeneralisationPolicy>(
        "setGeneralisation", """
        mutation($cell: Int!, $below: Int!) { setGeneralisation(generalisedCellMetres: $cell, suppressBelow: $below) { generalisedCellMetres suppressBelow } }
        """, new { cell = policy.GeneralisedCellMetres, below = policy.SuppressBelow });
}
