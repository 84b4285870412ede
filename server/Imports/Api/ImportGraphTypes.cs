using GraphQL.Types;
using Hotspots.Incidents;

namespace Hotspots.Imports;

public sealed class ImportKindType : EnumerationGraphType<ImportKind>
{
    public ImportKindType() => Description = "What a file holds: INCIDENTS (a partner's CSV or GeoJSON), POLICE_UK (data.police.uk street-level CSV), " +
        "PREMISES, RISK_BUSINESSES, OSM_BUSINESSES, AREAS (boundaries) or POSTCODES (Code-Point Open, administrators only).";
}

public sealed class CoordinatesType : EnumerationGraphType<Coordinates>
{
    public CoordinatesType() => Description = "How a file gives locations: WGS84 (longitude and latitude), BRITISH_NATIONAL_GRID (eastings and northings) " +
        "or POSTCODE_ONLY (placed at the postcode's Code-Point Open point).";
}

public sealed class ColumnChoiceInputType : InputObjectGraphType<ColumnChoice>
{
    public ColumnChoiceInputType()
    {
        Name = "ColumnChoice";
        Description = "Read one of our fields from a column of the file.";
        Field(c => c.Field).Description("Our field, e.g. occurred_from, exploitation_type, easting, postcode.");
        Field(c => c.Column).Description("The file's column header, exactly as in the file; empty for a field the file does not have (it is then not guessed either).");
    }
}

public sealed class ValueChoiceInputType : InputObjectGraphType<ValueChoice>
{
    public ValueChoiceInputType()
    {
        Name = "ValueChoice";
        Description = "Translate one of the file's codes into ours, e.g. exploitation_type \"CSE\" → child_sexual_exploitation.";
        Field(c => c.Field);
        Field(c => c.From).Description("The value as the file writes it.");
        Field(c => c.To).Description("Our code for it.");
    }
}

public sealed class ImportChoicesInputType : InputObjectGraphType<ImportChoices>
{
    public ImportChoicesInputType()
    {
        Name = "ImportOptions";
        Description = "How to read the file and whose rows they are.";
        Field(c => c.Agency, nullable: true).Description("The agency that holds the rows: yours unless you are an administrator.");
        Field(c => c.Sensitivity, type: typeof(SensitivityType)).Description("Marking of every row; OFFICIAL unless given.");
        Field(c => c.LawfulBasis, nullable: true).Description("The lawful basis for sharing, recorded with the import.");
        Field(c => c.AgreementReference, nullable: true).Description("The information-sharing agreement the rows are shared under.");
        Field(c => c.Profile, nullable: true).Description("A saved column mapping of the agency (see importProfiles).");
        Field(c => c.Columns, type: typeof(ListGraphType<NonNullGraphType<ColumnChoiceInputType>>))
            .Description("Columns to read fields from, overriding the guesses.");
        Field(c => c.Coordinates, type: typeof(CoordinatesType)).Description("Which coordinates give each incident's location; without it, whichever the columns have.");
        Field(c => c.Layer, nullable: true).Description("The layer of a GeoPackage that holds several.");
        Field(c => c.Encoding, type: typeof(TextEncodingType))
            .Description("The encoding of a CSV file; without it UTF-8 is tried, then Windows-1252, and a file that is neither is refused naming the line.");
        Field(c => c.KeepOutsideDistrict, nullable: true).Description("Import rows outside the district with a note instead of rejecting them.");
        Field(c => c.Repair, nullable: true).Description("Repair invalid boundaries instead of rejecting them.");
        Field(c => c.AreaKind, nullable: true).Description("For AREAS: custom (your own areas), or ward, district or lsoa, the shared boundaries only administrators import (ward for administrators, custom for everyone else, unless given).");
        Field(c => c.CodeProperty, nullable: true).Description("For AREAS: the property holding the area's code.");
        Field(c => c.NameProperty, nullable: true).Description("For AREAS: the property holding the area's name.");
    }
}

public sealed class TextEncodingType : EnumerationGraphType<TextEncoding>
{
    public TextEncodingType() => Description = "How a CSV file's text is encoded.";
}

public sealed class RowProblemType : ObjectGraphType<RowProblem>
{
    public RowProblemType()
    {
        Description = "A row that was not imported and why.";
        Field(p => p.Line).Description("The line of the file (the header is line 1), or the feature's number.");
        Field(p => p.Reason);
    }
}

public sealed class ImportSummaryType : ObjectGraphType<ImportSummary>
{
    public ImportSummaryType()
    {
        Description = "What an import did (or, in a preview, would do) with every row of its file.";
        Field(s => s.ImportId, type: typeof(IdGraphType)).Description("The import, for rejectedRows; null for a preview.");
        Field(s => s.Read).Description("Rows read from the file.");
        Field(s => s.Imported).Description("Rows added.");
        Field(s => s.Duplicates).Description("Rows already held (same agency and reference) or repeated in the file; a preview checks only against records you may see in full.");
        Field(s => s.Rejected).Description("Rows that could not be imported; each has a reason.");
        Field(s => s.Linked).Description("Links made to other agencies' reports of the same exploitation nearby, counting only reports you may see in full (the others are linked too, so that each incident counts once, but not told).");
        Field(s => s.FirstProblems, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RowProblemType>>>))
            .Description("The first 20 rejected rows with their reasons.");
        Field(s => s.Notes).Description("What we noticed about the file, e.g. its encoding or separator.");
        Field(s => s.DryRun).Description("True for a preview: nothing was written but its audit entry.");
        Field(s => s.AlreadyImportedAs, type: typeof(IdGraphType)).Description("The earlier import of this same file, when it was already imported.");
        Field(s => s.Timings, nullable: true).Description("Seconds spent in each phase.");
    }
}

public sealed class ColumnGuessType : ObjectGraphType<ColumnGuess>
{
    public ColumnGuessType()
    {
        Description = "The column a field would be read from.";
        Field(g => g.Field);
        Field(g => g.Column);
    }
}

public sealed class SampleRowType : ObjectGraphType<SampleRow>
{
    public SampleRowType()
    {
        Description = "One of the file's first rows as the mapping reads it: the values that would be stored, or why it would be rejected.";
        Field(r => r.Line).Description("The line of the file (the header is line 1).");
        Field(r => r.OccurredFrom, nullable: true).Description("When it happened (UTC, yyyy-MM-dd HH:mm).");
        Field(r => r.ExploitationType, nullable: true).Description("Our exploitation type code.");
        Field(r => r.VictimAgeGroup, nullable: true);
        Field(r => r.SourceReference, nullable: true).Description("The agency's own reference.");
        Field(r => r.Location, nullable: true).Description("British National Grid easting and northing, or the postcode to be placed.");
        Field(r => r.Problem, nullable: true).Description("Why the row would be rejected; null when it reads well (checks against the database come in the summary).");
    }
}

public sealed class GeoPackageLayerType : ObjectGraphType<GeoPackageLayer>
{
    public GeoPackageLayerType()
    {
        Description = "A feature layer of a GeoPackage.";
        Field(l => l.Name).Description("The layer's name, as options.layer takes it.");
        Field(l => l.GeometryType).Description("The geometry type the layer declares, e.g. POINT, MULTIPOLYGON or GEOMETRY (mixed).");
        Field(l => l.Features).Description("How many features the layer holds.");
    }
}

public sealed class ImportPreviewType : ObjectGraphType<ImportPreview>
{
    public ImportPreviewType()
    {
        Description = "A dry run: the file's first rows, the column mapping we would use, how the first rows read, and what the import would do. Nothing is written.";
        Field(p => p.Columns).Description("The file's column headers (CSV).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>("firstRows")
            .Description("Up to 10 rows as read, in the order of columns.").Resolve(c => c.Source.FirstRows);
        Field(p => p.GuessedMapping, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ColumnGuessType>>>))
            .Description("For incidents: the column each field would be read from (given columns first, then guesses from the headers).");
        Field(p => p.Sample, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SampleRowType>>>))
            .Description("For incident CSV: the first rows as the mapping reads them, each with its problem if it has one.");
        Field(p => p.Summary, type: typeof(ImportSummaryType))
            .Description("Rows that would be added, duplicates, and rejected rows with reasons; null when the file cannot be read as mapped (see refusal).");
        Field(p => p.Refusal, nullable: true).Description("Why the file cannot be imported as mapped, e.g. a needed column is not mapped; choose its column and preview again.");
        Field(p => p.Layers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GeoPackageLayerType>>>))
            .Description("For a GeoPackage: its feature layers. With more than one, choose a layer (options.layer) and preview again.");
    }
}

public sealed class ImportJobType : ObjectGraphType<ImportJob>
{
    public ImportJobType()
    {
        Description = "An import started over the API, kept by the server: it outlives a restart, and one cut short by a restart is shown as failed and rolled back.";
        Field(j => j.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(j => j.Kind, type: typeof(NonNullGraphType<ImportKindType>));
        Field(j => j.FileName);
        Field(j => j.Agency).Description("The agency the rows belong to.");
        Field(j => j.StartedBy).Description("The account that started it.");
        Field(j => j.StartedAt);
        Field(j => j.FinishedAt, nullable: true).Description("When it completed, was refused or failed; null while running.");
        Field(j => j.Status).Description("running, completed, refused (nothing imported: see message) or failed (rolled back: nothing imported, see message).");
        Field(j => j.Phase).Description(
            "waiting, reading, checking, writing, building indexes, linking, counting, recording, done, or interrupted (the server stopped).");
        Field(j => j.RowsRead).Description("Rows read so far, updated at least once a second while reading.");
        Field(j => j.FractionDone).Description(
            "How much of the whole import is done, 0 to 1: reading the file fills the first 40 %, checking and writing its rows the rest. Updated each second.");
        Field(j => j.FractionRead).Description("How far through the file the reading is, 0 to 1.");
        Field(j => j.UpdatedAt).Description("When the progress was last updated.");
        Field(j => j.Summary, type: typeof(ImportSummaryType)).Description("What the import did, once completed.");
        Field(j => j.Message, nullable: true).Description("Why the file was refused or the import failed.");
    }
}

public sealed class RejectedRowType : ObjectGraphType<RejectedRow>
{
    public RejectedRowType()
    {
        Description = "A rejected row as it was in the file, with its line and the reason.";
        Field(r => r.Line);
        Field(r => r.Reason, nullable: true);
        Field(r => r.Source, nullable: true).Description("The row's text (CSV) or feature (GeoJSON) as it was.");
    }
}

public sealed class ImportProfileType : ObjectGraphType<ImportProfile>
{
    public ImportProfileType()
    {
        Description = "A saved column mapping of an agency's files.";
        Field(p => p.Agency);
        Field(p => p.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ColumnGuessType>>>>("columns")
            .Resolve(c => c.Source.Mapping.Columns.Select(m => new ColumnGuess(m.Key, m.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ValueChoiceType>>>>("values")
            .Resolve(c => (c.Source.Mapping.Values ?? []).SelectMany(f => f.Value.Select(v => new ValueChoice { Field = f.Key, From = v.Key, To = v.Value })).ToList());
        Field<CoordinatesType>("coordinates").Description("Which coordinates the mapping reads, when it says.").Resolve(c => c.Source.Mapping.Coordinates);
        Field(p => p.UpdatedAt);
    }
}

public sealed class ValueChoiceType : ObjectGraphType<ValueChoice>
{
    public ValueChoiceType()
    {
        Name = "ValueTranslation";
        Field(c => c.Field);
        Field(c => c.From);
        Field(c => c.To);
    }
}
