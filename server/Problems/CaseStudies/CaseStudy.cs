using Hotspots.Incidents;
using Hotspots.Places;

namespace Hotspots.Problems;

/// <summary>The side of the problem analysis triangle the responses mainly worked on.</summary>
public enum TriangleSide { Offender, Victim, Place }

/// <summary>What the plan achieved, in the words of the impact scale its objective aimed at.</summary>
public enum PlanOutcome { Eliminated, Reduced, HarmReduced, HandledMoreEfficiently, HandedOver, NoChange, Worse }

/// <summary>A closed plan read as a lesson for the next group: what the problem was, what was done, what came of it.</summary>
public sealed record CaseStudy(
    long PlanId, long GroupId, string Title, BusinessSector? Sector, ExploitationType? ExploitationType, TriangleSide? TriangleSide,
    PlanOutcome? Outcome, string? ProblemStatement, string? Responses, string? Assessment, string? LeadAgency, DateTimeOffset ClosedAt);

/// <summary>What to look for among case studies: all optional, combined with AND.</summary>
public sealed record CaseStudySearch(string? Words, BusinessSector? Sector, ExploitationType? ExploitationType, TriangleSide? TriangleSide, PlanOutcome? Outcome);
