using Hotspots.Api;

namespace Hotspots.Access;

/// <summary>An information sharing agreement: analysts of the named agencies see full OFFICIAL records shared under it while it is in force.</summary>
public sealed record SharingAgreement(string Reference, string Title, string LawfulBasis, IReadOnlyList<string> FullAccessAgencies,
    DateOnly? StartsOn, DateOnly? EndsOn);

public enum RetentionAction { Anonymise, Delete }

/// <summary>An agency's review and retention policy for the records it shares.</summary>
public sealed record AgencyPolicy(string Agency, int ReviewMonths, int RetentionMonths, RetentionAction RetentionAction, string Name = "");

/// <summary>How records are shown to those who may only count them: the grid they are snapped to and the smallest count shown.</summary>
public sealed record GeneralisationPolicy(int GeneralisedCellMetres, int SuppressBelow)
{
    public const int SmallestCell = 100, LargestCell = 5000, LowestThreshold = 5, HighestThreshold = 100;
}

/// <summary>Everything the administrator can change about who sees what.</summary>
public sealed record AccessRules(IReadOnlyList<SharingAgreement> Agreements, IReadOnlyList<AgencyPolicy> Agencies, GeneralisationPolicy Generalisation);

/// <summary>A rule change that was refused, with what to put right; nothing was written.</summary>
public sealed class RuleRefused(string message) : Refused("RULE_REFUSED", message);
