using Hotspots.Incidents;

namespace Hotspots.Visits;

/// <summary>Spot-the-signs indicators of modern slavery (Home Office guidance), as observed on a visit.</summary>
public enum SignIndicator
{
    PhysicalAppearance, IsolationAndControl, LivingConditions, DocumentsAndMoney, Movement, Behaviour,
    NoContract, NoTaxOrNi, NoPpe, FalseHours, IllegalWorking,
}

public enum ReferralKind { Nrm, DutyToNotify, AdultSafeguarding, ChildSafeguarding, Housing, Glaa, Hmrc }

public enum NoticeKind { Hse, Fire, Housing }

public enum ConsentPurpose { NrmReferral, InformationSharing, SupportServices }

public enum NrmStage { ReasonableGrounds, ConclusiveGrounds }

public enum NrmDecision { Positive, Negative }

public sealed record VictimCount(VictimAgeGroup AgeGroup, int Count);

/// <summary>How many people gave or refused consent for one purpose (adults must consent to an NRM referral).</summary>
public sealed record ConsentDecision(ConsentPurpose Purpose, bool Given, int People);

/// <summary>A referral made at the door: the reference may come later (NRM's is pending until the SCA gives it).</summary>
public sealed record ReferralMade(ReferralKind Kind, string? Reference = null, DateOnly? FollowUpOn = null);

/// <summary>A referral with, for the NRM, the Single Competent Authority's decisions as they come in.</summary>
public sealed record Referral(long Id, ReferralKind Kind, string? Reference, NrmDecision? ReasonableGrounds, DateOnly? ReasonableGroundsOn,
    NrmDecision? ConclusiveGrounds, DateOnly? ConclusiveGroundsOn, DateOnly? FollowUpOn = null);

/// <summary>What the phone sends; the client makes the idempotency key once per outcome and resends it on retry.</summary>
public sealed record VisitOutcomeInput(
    string IdempotencyKey, long VisitId, long VisitTargetId, DateTimeOffset ArrivedAt, DateTimeOffset LeftAt, int PeopleSpokenTo,
    IReadOnlyList<SignIndicator>? Indicators = null, IReadOnlyList<VictimCount>? Victims = null,
    IReadOnlyList<ConsentDecision>? Consent = null, IReadOnlyList<ReferralMade>? Referrals = null,
    IReadOnlyList<NoticeKind>? Notices = null, string? Advice = null, IReadOnlyList<string>? FollowUpActions = null,
    IReadOnlyList<FollowUp>? FollowUps = null);

public sealed record VisitOutcome(
    long Id, string IdempotencyKey, long VisitId, long VisitTargetId, DateTimeOffset ArrivedAt, DateTimeOffset LeftAt, int PeopleSpokenTo,
    IReadOnlyList<SignIndicator> Indicators, IReadOnlyList<VictimCount> Victims, IReadOnlyList<ConsentDecision> Consent,
    IReadOnlyList<Referral> Referrals, IReadOnlyList<NoticeKind> Notices, string? Advice, IReadOnlyList<string> FollowUpActions,
    string RecordedBy, DateTimeOffset RecordedAt, bool Replayed, IReadOnlyList<RecordedFollowUp>? FollowUps = null)
{
    public bool ConcernsFound => Indicators.Count > 0 || Victims.Any(v => v.Count > 0);
}
