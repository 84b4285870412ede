namespace Hotspots.Access;

/// <summary>What makes a rule change acceptable, checked before anything is written.</summary>
public static class RuleChecks
{
    public static SharingAgreement Checked(SharingAgreement a, IReadOnlyCollection<string> agencies)
    {
        var reference = a.Reference.Trim();
        if (reference.Length is 0 or > 60) throw new RuleRefused("An agreement needs a reference of 1 to 60 characters, e.g. KMSP-ISA-2023-01.");
        if (string.IsNullOrWhiteSpace(a.Title)) throw new RuleRefused($"Agreement {reference} needs a title.");
        if (string.IsNullOrWhiteSpace(a.LawfulBasis))
            throw new RuleRefused($"Agreement {reference} needs the lawful basis it shares under, e.g. s115 Crime and Disorder Act 1998.");
        var unknown = a.FullAccessAgencies.Where(code => !agencies.Contains(code)).ToList();
        if (unknown.Count > 0)
            throw new RuleRefused($"There is no agency {string.Join(", ", unknown)}; use the codes of accessRules.agencies, e.g. police.");
        if (a.StartsOn is { } starts && a.EndsOn is { } ends && ends < starts)
            throw new RuleRefused($"Agreement {reference} cannot end ({ends:yyyy-MM-dd}) before it starts ({starts:yyyy-MM-dd}).");
        return a with { Reference = reference, Title = a.Title.Trim(), LawfulBasis = a.LawfulBasis.Trim(), FullAccessAgencies = a.FullAccessAgencies.Distinct().ToList() };
    }

    public static void Check(AgencyPolicy p)
    {
        if (p.ReviewMonths is < 1 or > 120) throw new RuleRefused($"The review interval must be 1 to 120 months (was {p.ReviewMonths}).");
        if (p.RetentionMonths is < 1 or > 600) throw new RuleRefused($"The retention period must be 1 to 600 months (was {p.RetentionMonths}).");
        if (p.ReviewMonths > p.RetentionMonths)
            throw new RuleRefused($"Records must come up for review before they are kept too long: review every {p.ReviewMonths} months exceeds retention of {p.RetentionMonths}.");
    }

    public static void Check(GeneralisationPolicy p)
    {
        if (p.GeneralisedCellMetres is < GeneralisationPolicy.SmallestCell or > GeneralisationPolicy.LargestCell)
            throw new RuleRefused($"The grid cell must be {GeneralisationPolicy.SmallestCell} to {GeneralisationPolicy.LargestCell} metres (was {p.GeneralisedCellMetres}): finer would show partners near-exact places.");
        if (p.SuppressBelow is < GeneralisationPolicy.LowestThreshold or > GeneralisationPolicy.HighestThreshold)
            throw new RuleRefused($"Counts may be withheld below {GeneralisationPolicy.LowestThreshold} to {GeneralisationPolicy.HighestThreshold} (was {p.SuppressBelow}): lower would show partners counts small enough to identify victims.");
    }
}
