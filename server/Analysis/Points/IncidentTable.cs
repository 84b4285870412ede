namespace Hotspots.Analysis;

/// <summary>A row of the input that was left out, and why (line numbers count the header as line 1).</summary>
public sealed record RowProblem(int Line, string Reason);

/// <summary>The usable incidents of an input file: locations in BNG metres, ids and optional dates.</summary>
public sealed record IncidentTable(PointSet Points, string[] Ids, DateOnly[]? Dates, IReadOnlyList<RowProblem> Problems);
