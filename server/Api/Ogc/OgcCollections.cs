using Hotspots.Access;
using Hotspots.Analysis;
using Hotspots.Database;

namespace Hotspots.Api.Ogc;

/// <summary>A collection as the landing pages describe it.</summary>
public sealed record OgcCollection(string Id, string Title, string Description);

/// <summary>What the endpoint serves a viewer: five collections of their view, and the layers of runs they may reopen.</summary>
public sealed class OgcCollections(OgcIncidents incidents, OgcAreas areas, OgcQuietPlaces quiet, OgcRunLayers runLayers, ReadOnlyDatabase reads)
{
    public static readonly OgcCollection[] Fixed =
    [
        new("incidents", "Incidents seen in full", "The records your map shows in full, at their place, one feature per report (linked reports once). " +
            "Filter as the map does: from, to, exploitationTypes, victimAgeGroups, sourceAgencies, areaId, datetime, bbox."),
        new("counted-cells", "Counted cells", "The grid cells of records you may only count, each with the count your map shows; a cell under " +
            "the threshold is withheld (label \"<5\", no count) and adds nothing. A bbox selects a cell by its centre. Same filters as incidents."),
        new("areas", "Areas", "The district, wards, LSOAs and areas drawn by the partnership."),
        new("saved-hotspots", "Saved hotspots", "Hotspots saved from analysis runs; their figures only to the saver and analysts of their agency."),
        new("quiet-places", "Quiet places", "Per ward: risk businesses against the incidents your map shows there, and their rate. " + OgcQuietPlaces.Caveats),
    ];

    // Listed so a GIS shows them without typing an id; any run the viewer may reopen is served at run-{id}-{layer}.
    private const int RunsListed = 20;

    public async Task<IReadOnlyList<OgcCollection>> For(Viewer viewer, CancellationToken cancel)
    {
        var own = await reads.Read(viewer, work => work.List("""
            SELECT id, method, created_at FROM analysis_runs WHERE created_by = $1 AND method = ANY($2) ORDER BY id DESC LIMIT $3
            """, r => (Id: r.GetInt64(0), Method: Codes.Parse<AnalysisMethod>(r.GetString(1)), At: r.GetFieldValue<DateTimeOffset>(2)),
            viewer.Username, Codes.Of(new[] { AnalysisMethod.GiStar, AnalysisMethod.Optimised, AnalysisMethod.Dbscan }), RunsListed), cancel);
        return [.. Fixed, .. own.SelectMany(run => (run.Method == AnalysisMethod.Dbscan ? ["clusters"] : new[] { "cells", "hotspots" })
            .Select(layer => new OgcCollection($"run-{run.Id}-{layer}", $"Run {run.Id} {layer}",
                $"The {layer} of your {run.Method} run {run.Id} of {run.At:yyyy-MM-dd HH:mm} UTC, as the run keeps them.")))];
    }

    /// <summary>
    /// The collections' advertised extent in CRS84: the areas' (the district and its wards), so a GIS can zoom to a layer
    /// without reading every page; null before any area is loaded.
    /// </summary>
    public Task<double[]?> Extent(CancellationToken cancel) => reads.Read(Viewer.NoOne, work => work.Single("""
        SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
        FROM (SELECT ST_Extent(ST_Transform(ST_Envelope(boundary), 4326)) AS e FROM areas WHERE kind <> 'hotspot') x WHERE e IS NOT NULL
        """, r => new[] { r.GetDouble(0), r.GetDouble(1), r.GetDouble(2), r.GetDouble(3) }), cancel);

    /// <summary>The collection's description, or null when the viewer has none of that id (a run they may not reopen included).</summary>
    public async Task<OgcCollection?> Describe(Viewer viewer, string id, CancellationToken cancel)
    {
        if (Fixed.FirstOrDefault(c => c.Id == id) is { } known) return known;
        if (OgcRunLayers.Parse(id) is not { } run || await runLayers.Layer(viewer, run.Run, run.Layer, cancel) is null) return null;
        return new(id, $"Run {run.Run} {run.Layer}", $"The {run.Layer} of analysis run {run.Run}, as the run keeps them.");
    }

    /// <summary>A page of the collection's items, or null when the viewer has no collection of that id.</summary>
    public async Task<OgcPage?> Items(Viewer viewer, string id, OgcQuery query, CancellationToken cancel) => id switch
    {
        "incidents" => await incidents.Records(viewer, query, cancel),
        "counted-cells" => await incidents.Cells(viewer, query, cancel),
        "areas" => await areas.Boundaries(viewer, query, cancel),
        "saved-hotspots" => await areas.SavedHotspots(viewer, query, cancel),
        "quiet-places" => await quiet.Wards(viewer, query, cancel),
        _ when OgcRunLayers.Parse(id) is { } run && await runLayers.Layer(viewer, run.Run, run.Layer, cancel) is { } layer =>
            await runLayers.Items(layer, query, cancel),
        _ => null,
    };
}
