namespace Hotspots.Visits;

/// <summary>
/// The order to visit stops in so that straight-line travel is short: nearest neighbour from the start, then 2-opt
/// until no reversal of a stretch shortens the path. Written by hand: no served package orders a few dozen points,
/// and this is small enough to read and test against known optimal cases.
/// </summary>
public static class RouteOrder
{
    /// <summary>
    /// Indexes of <paramref name="stops"/> in visiting order. The path is open (it ends at the last stop); with a
    /// start (e.g. the meeting point) it begins there, otherwise each stop is tried as the first and the shortest kept.
    /// </summary>
    public static int[] Order(IReadOnlyList<Stop> stops, Stop? start = null)
    {
        if (stops.Count <= 1) return [.. Enumerable.Range(0, stops.Count)];
        if (start is { } from) return Improve(stops, NearestNeighbour(stops, from), from);
        return Enumerable.Range(0, stops.Count)
            .Select(first => Improve(stops, NearestNeighbour(stops, stops[first]), null))
            .MinBy(order => Length(stops, order, null))!;
    }

    public static double Length(IReadOnlyList<Stop> stops, IReadOnlyList<int> order, Stop? start = null)
    {
        var length = start is { } from && order.Count > 0 ? from.DistanceTo(stops[order[0]]) : 0;
        for (var i = 1; i < order.Count; i++) length += stops[order[i - 1]].DistanceTo(stops[order[i]]);
        return length;
    }

    private static int[] NearestNeighbour(IReadOnlyList<Stop> stops, Stop from)
    {
        var left = new HashSet<int>(Enumerable.Range(0, stops.Count));
        var order = new int[stops.Count];
        var here = from;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = left.MinBy(s => here.DistanceTo(stops[s]));
            left.Remove(order[i]);
            here = stops[order[i]];
        }
        return order;
    }

    // Reversing order[i..j] swaps the edges (before i → i) and (j → after j) for (before i → j) and (i → after j);
    // an open path has no edge after the last stop, and without a start none before the first.
    private static int[] Improve(IReadOnlyList<Stop> stops, int[] order, Stop? start)
    {
        Stop At(int k) => stops[order[k]];
        var improved = true;
        while (improved)
        {
            improved = false;
            for (var i = start is null ? 1 : 0; i < order.Length - 1; i++)
            {
                Stop? before = i > 0 ? At(i - 1) : start;
                for (var j = i + 1; j < order.Length; j++)
                {
                    Stop? after = j + 1 < order.Length ? At(j + 1) : null;
                    var now = (before?.DistanceTo(At(i)) ?? 0) + (after?.DistanceTo(At(j)) ?? 0);
                    var reversed = (before?.DistanceTo(At(j)) ?? 0) + (after?.DistanceTo(At(i)) ?? 0);
                    if (reversed < now - 1e-9)
                    {
                        Array.Reverse(order, i, j - i + 1);
                        improved = true;
                    }
                }
            }
        }
        return order;
    }
}
