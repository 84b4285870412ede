using NetTopologySuite.Geometries;

namespace Hotspots.Imports;

/// <summary>
/// One row of a source file: a CSV record or a feature. Valid until the next row is read, so a million rows
/// need no more memory than one.
/// </summary>
public abstract class SourceRow
{
    /// <summary>The line of a CSV record (header is line 1) or the 1-based number of a feature.</summary>
    public abstract int Line { get; }

    /// <summary>The row as it was in the file, kept in import_rows for rejected and duplicate rows so that nothing is lost.</summary>
    public abstract string Source { get; }

    /// <summary>The trimmed text of a column or property, or null when it is absent or empty.</summary>
    public abstract string? this[string column] { get; }

    public virtual Geometry? Shape => null;

    /// <summary>Why the geometry of a feature could not be read, if it could not.</summary>
    public virtual string? ShapeProblem => null;

    /// <summary>The CRS of <see cref="Shape"/>: 4326 or 27700.</summary>
    public virtual int ShapeSrid => 4326;
}
