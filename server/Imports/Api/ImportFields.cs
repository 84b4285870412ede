using GraphQL;
using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Imports;

/// <summary>The import door of the API: preview and start an upload, follow the job, fetch rejected rows, keep mappings.</summary>
public static class ImportFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<ImportJobType>("importJob")
            .Description("An import you started (or, for administrators and your agency's analysts, one of your agency's): status, rows read so far, and the summary when done.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<ImportJobs>().ById(c.GetArgument<long>("id"), c.Viewer(), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportJobType>>>>("importJobs")
            .Description("The latest imports you may follow (yours; your agency's if you are an analyst; all for administrators), newest first. Jobs outlive a server restart; one cut short by it is shown as failed and rolled back.")
            .Argument<IntGraphType>("first", "At most this many jobs (1–100, default 20).")
            .ResolveAsync(async c => await c.Service<ImportJobs>().Recent(c.Viewer(), Math.Clamp(c.GetArgument("first", 20), 1, 100), c.CancellationToken));
        query.Field<ListGraphType<NonNullGraphType<RejectedRowType>>>("rejectedRows")
            .Description("The rejected rows of an import with line and reason, to fix and import again; null when the import is not your agency's. Also as CSV: GET /imports/{id}/rejected.csv.")
            .Argument<NonNullGraphType<IdGraphType>>("importId")
            .Argument<IntGraphType>("first", "At most this many rows (1–100 000, default 1000).")
            .ResolveAsync(async c => await c.Service<ImportRecords>().Rejected(c.Viewer(), c.GetArgument<long>("importId"),
                Math.Clamp(c.GetArgument("first", 1000), 1, 100_000), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProfileType>>>>("importProfiles")
            .Description("The saved column mappings of an agency (yours unless you are an administrator).")
            .Argument<StringGraphType>("agency")
            .ResolveAsync(async c => await c.Service<ImportRecords>().Profiles(c.Viewer(), c.GetArgument<string?>("agency"), c.CancellationToken));
    }

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ImportPreviewType>>("previewImport")
            .Description("A dry run of a file: its first rows, the column mapping we would use, and how many rows would be added, duplicates and rejected (with reasons), " +
                "checked against the records you may see in full. Nothing is written but an audit entry of what you were told.")
            .Argument<NonNullGraphType<ImportKindType>>("kind")
            .Argument<NonNullGraphType<UploadGraphType>>("file")
            .Argument<ImportChoicesInputType>("options")
            .ResolveAsync(async c =>
            {
                var (kind, file, options) = Read(c);
                return await ImportPreview.Of(c.Service<Importer>(), file.Path, options, c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<ImportJobType>>("startImport")
            .Description("Starts importing a file in the background (analysts and administrators); follow it with importJob(id).")
            .Argument<NonNullGraphType<ImportKindType>>("kind")
            .Argument<NonNullGraphType<UploadGraphType>>("file")
            .Argument<ImportChoicesInputType>("options")
            .ResolveAsync(async c =>
            {
                var (_, file, options) = Read(c);
                return await c.Service<ImportJobs>().Start(file.Claim(), options, c.Viewer(), c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<ImportProfileType>>("saveImportProfile")
            .Description("Saves (or replaces) a named column mapping for an agency's files, used with options.profile.")
            .Argument<StringGraphType>("agency", "Yours unless you are an administrator.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ColumnChoiceInputType>>>>("columns")
            .Argument<ListGraphType<NonNullGraphType<ValueChoiceInputType>>>("values")
            .Argument<CoordinatesType>("coordinates", "Which coordinates the files give: WGS84, BRITISH_NATIONAL_GRID or POSTCODE_ONLY.")
            .ResolveAsync(async c =>
            {
                var columns = c.GetArgument<List<ColumnChoice>>("columns").ToDictionary(m => m.Field, m => m.Column);
                var values = c.GetArgument<List<ValueChoice>?>("values")?.GroupBy(v => v.Field)
                    .ToDictionary(g => g.Key, g => g.ToDictionary(v => v.From, v => v.To));
                return await c.Service<ImportRecords>().Save(c.Viewer(), c.GetArgument<string?>("agency"),
                    c.GetArgument<string>("name"), new IncidentMapping(columns, values, c.GetArgument<Coordinates?>("coordinates")), c.CancellationToken);
            });
    }

    private static (ImportKind, UploadedFile, ImportOptions) Read(IResolveFieldContext c)
    {
        var kind = c.GetArgument<ImportKind>("kind");
        var file = c.GetArgument<UploadedFile>("file");
        var choices = c.GetArgument<ImportChoices?>("options") ?? new ImportChoices();
        return (kind, file, choices.For(kind, file.FileName, c.Viewer(), MultipartRequest.MaxBytes(c.Service<IConfiguration>())));
    }
}
