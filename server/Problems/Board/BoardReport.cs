using Hotspots.Incidents;

namespace Hotspots.Problems;

/// <summary>One figure of the board report, e.g. Actions · done on time · housing / Prevention and early resolution · 4.</summary>
public sealed record BoardFigure(string Section, string Measure, string Breakdown, SuppressedCount Count);

/// <summary>
/// The figures the strategy's annual review asks partners for (Kirklees Modern Slavery Strategy 2018–21, "Evaluation,
/// review and monitoring"): plans by stage and outcome, actions completed on time per agency and objective, visits,
/// referrals, and incidents in the plans' areas by month.
/// </summary>
public sealed record BoardReport(DateOnly From, DateOnly To, bool SmallNumbersWithheld, IReadOnlyList<BoardFigure> Figures);
