using Hotspots.Incidents;

namespace Hotspots.Problems;

/// <summary>
/// Incidents in one region and period as this viewer may know them: exact when every one is a full record,
/// otherwise suppressed (withheld under the threshold, rounded to 5), as everywhere else in the product.
/// </summary>
public sealed record RegionCount(long FullRecords, long GeneralisedRecords, int SuppressBelow)
{
    public bool Suppressed => GeneralisedRecords > 0;

    public SuppressedCount Shown => Suppressed
        ? SuppressedCount.Of(FullRecords + GeneralisedRecords, SuppressBelow)
        : SuppressedCount.Exact(FullRecords);
}
