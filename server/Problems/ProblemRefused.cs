using GraphQL;

namespace Hotspots.Problems;

/// <summary>A request refused for a reason the user can act on; GraphQL shows the message as it is.</summary>
public sealed class ProblemRefused(string message) : ExecutionError(message);
