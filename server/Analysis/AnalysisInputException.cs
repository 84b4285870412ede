using Hotspots.Api;

namespace Hotspots.Analysis;

/// <summary>
/// A problem with the analyst's data or parameters that they can fix: too few points, zero
/// variance, a band smaller than a cell, too many cells, a boundary that is not a polygon.
/// The message is written for the analyst and is shown as is.
/// </summary>
public sealed class AnalysisInputException(string message) : Refused("ANALYSIS_INPUT", message);
