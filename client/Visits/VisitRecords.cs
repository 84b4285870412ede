using System.Text.Json;

namespace Hotspots.Client.Visits;

public sealed record ScoreTerm(string Term, string Label, string Input, double Weight, double Points);

public sealed record RankedTarget(int Rank, string Kind, string PlaceId, string Name, string? Address, string Category, double Score, List<ScoreTerm> Terms, DateOnly? LastVisitedOn,
    JsonElement? Location = null);

public sealed record TargetRanking(List<RankedTarget> Targets, int CandidateCount, double DistanceMetres, int PeriodDays);

public sealed record VisitTarget(string Id, string Kind, string PlaceId, string Name, string? Address, string Category, JsonElement Location);

public sealed record RouteStop(int Position, VisitTarget Target, double MetresFromPrevious, double CumulativeMetres, string Arrive, string Leave);

public sealed record TeamMember(string Username, string Agency, string? PowersOfEntry, bool NrmFirstResponder);

public sealed record SafeguardingContact(string Kind, string Name, string? Phone, string? Notes);

public sealed record RecordedOutcome(string Id, string IdempotencyKey, string VisitTargetId, bool ConcernsFound, bool Replayed, List<RecordedFollowUp>? FollowUps = null);

public sealed record RecordedFollowUp(string What, string Owner, string? ActionId, string? WaitingReason);

public sealed record Visit(
    string Id, string Name, string? Theme, DateOnly PlannedOn, string StartsAt, string LeadAgency, string TravelMode, double TotalMetres,
    List<TeamMember> Team, List<SafeguardingContact> Contacts, List<RouteStop> Route, List<string> Warnings, List<RecordedOutcome> Outcomes,
    string BriefingUrl, JsonElement Area, int Version, string? PlanId, bool ManualOrder, bool VictimsExpected, string Classification,
    double SpeedKmh, int MinutesPerVisit);

public sealed record VisitSummary(string Id, string Name, DateOnly PlannedOn, string LeadAgency, List<RouteStop> Route, List<RecordedOutcome> Outcomes);

public sealed record VisitPlan(string Name, string? Theme, DateOnly PlannedOn, string LeadAgency, string AreaId, string TravelMode,
    bool VictimsExpected, List<TeamMemberChoice> Team, List<TargetRef> Targets, string? StartsAt = null, JsonElement? MeetingPoint = null,
    List<SafeguardingContact>? Contacts = null, string? PlanId = null);

/// <summary>Someone a planner may put on the team, with the powers of entry their agency brings.</summary>
public sealed record TeamChoice(string Username, string Name, string Role, string Agency, string AgencyName, string PowersOfEntry);

/// <summary>A team member as sent; without powers of entry the server notes the agency's usual ones.</summary>
public sealed record TeamMemberChoice(string Username, string Agency, bool NrmFirstResponder, string? PowersOfEntry = null);

public sealed record TargetRef(string Kind, string PlaceId);

/// <summary>What an officer found at one stop, as sent to recordVisitOutcome; kept whole so a queued one can be resent unchanged.</summary>
public sealed record VisitOutcomeInput(
    string IdempotencyKey, string VisitId, string VisitTargetId, DateTimeOffset ArrivedAt, DateTimeOffset LeftAt, int PeopleSpokenTo,
    List<string> Indicators, List<VictimCount> Victims, List<ConsentInput> Consent, List<ReferralInput> Referrals, List<string> Notices, string? Advice,
    List<FollowUpInput> FollowUps);

public sealed record ConsentInput(string Purpose, bool Given, int People);

public sealed record FollowUpInput(string What, string OwningAgency, string Owner, DateOnly DueOn);

public sealed record VictimCount(string AgeGroup, int Count);

public sealed record ReferralInput(string Kind, string? Reference, DateOnly? FollowUpOn = null);

public sealed record AreaChoice(string Id, string Name, string Kind, JsonElement? Boundary = null);

public sealed record NrmReferralReferral(string Id, string? Reference, string? ReasonableGrounds, DateOnly? ReasonableGroundsOn,
    string? ConclusiveGrounds, DateOnly? ConclusiveGroundsOn);

public sealed record NrmReferral(NrmReferralReferral Referral, string VisitId, string VisitName, DateOnly VisitedOn, string TargetName, string Stage);
