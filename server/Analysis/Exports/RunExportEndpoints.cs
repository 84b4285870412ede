using Hotspots.Access;

namespace Hotspots.Analysis;

/// <summary>
/// <c>GET /analysis/runs/{id}/{layer}.{format}</c>: a run's cells, hotspots or clusters as GeoPackage, GeoJSON or CSV, and
/// its density as <c>density.zip</c> (ESRI ASCII grid and .prj). Only to viewers who may reopen the run (its frozen view,
/// AnalysisRunStore.Reopenable), marked and audited.
/// </summary>
public static class RunExportEndpoints
{
    private static readonly Dictionary<string, (string ContentType, Func<ExportLayer, byte[]> Write)> Formats = new()
    {
        ["gpkg"] = ("application/geopackage+sqlite3", GeoPackageExport.Write),
        ["geojson"] = ("application/geo+json", GeoJsonExport.Write),
        ["csv"] = ("text/csv; charset=utf-8", CsvExport.Write),
    };

    public static WebApplication MapAnalysisExports(this WebApplication app)
    {
        app.MapGet("/analysis/runs/{id:long}/{file}", Export).RequireRateLimiting(AccessServices.ApiLimit);
        return app;
    }

    private static async Task<IResult> Export(long id, string file, HttpContext http, AnalysisRunStore runs, RunLayers layers, AuditLog audit)
    {
        if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
        var (name, format) = (Path.GetFileNameWithoutExtension(file), Path.GetExtension(file).TrimStart('.'));
        if (!(name == "density" && format == "zip") && !(RunLayers.Names.Contains(name) && Formats.ContainsKey(format)))
            return Results.NotFound($"There is no export {file}: ask for cells, hotspots or clusters as .gpkg, .geojson or .csv, or density.zip.");
        var cancel = http.RequestAborted;
        if (await runs.ById(viewer, id, cancel) is not { } run) return Results.NotFound(AnalysisRunStore.NoneToOpen(id));

        byte[] bytes;
        int features;
        string contentType;
        if (name == "density")
        {
            if (run.Result.Density is not { } density) return Results.NotFound($"Run {id} has no density surface: only kernel density runs do.");
            (bytes, features, contentType) = (DensityGridExport.Write(id, density), density.Columns * density.Rows, "application/zip");
        }
        else
        {
            if (await layers.Layer(run, name, cancel) is not { } layer)
                return Results.NotFound($"Run {id} has no {name}: Gi* runs have cells and hotspots, DBSCAN runs clusters.");
            (bytes, features, contentType) = (Formats[format].Write(layer), layer.Features.Count, Formats[format].ContentType);
        }
        await audit.Record(viewer, "export analysis run", $"analysis:{id}", new { file, features, marking = ExportMarking.Text }, cancel: cancel);
        http.Response.Headers["X-Classification"] = ExportMarking.Text;
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(bytes, contentType, $"{ExportMarking.Text}-run-{id}-{file}");
    }
}
