using Hotspots.Api;

namespace Hotspots.Problems;

/// <summary>A problem-solving request refused for a reason the user can act on.</summary>
public sealed class ProblemRefused(string message) : Refused("PROBLEM_REFUSED", message);
