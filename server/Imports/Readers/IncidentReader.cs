using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Imports;

/// <summary>Turns one source row into an incident, or says exactly what is wrong with it.</summary>
public sealed class IncidentReader(IncidentColumns columns)
{
    private static readonly HashSet<string> ExploitationTypes = Enum.GetValues<ExploitationType>().Select(t => Codes.Of(t)).ToHashSet();
    private static readonly HashSet<string> AgeGroups = ["adult", "child", "unknown"];
    private readonly Dictionary<string, int> seenWithoutReference = [];

    public (IncidentRecord? Record, string? Problem) Read(SourceRow row)
    {
        var from = Text(row, "occurred_from");
        if (from is null) return (null, "occurred_from is empty");
        var (occurred, problem) = SourceDates.Parse("occurred_from", from);
        if (occurred is not { } when) return (null, problem);
        var to = when.To;
        if (Text(row, "occurred_to") is { } toText)
        {
            var (end, endProblem) = SourceDates.Parse("occurred_to", toText);
            if (end is null) return (null, endProblem);
            to = end.Value.To ?? end.Value.From;
            if (to < when.From) return (null, $"occurred_to '{toText}' is before occurred_from '{from}'");
        }
        DateOnly? reported = null;
        if (Text(row, "reported_on") is { } reportedText)
        {
            var (date, reportedProblem) = SourceDates.Parse("reported_on", reportedText);
            if (date is null) return (null, reportedProblem);
            reported = DateOnly.FromDateTime(date.Value.From.DateTime);
        }
        var type = Code(row, "exploitation_type") ?? columns.DefaultExploitationType;
        if (type is null) return (null, "exploitation_type is empty");
        if (!ExploitationTypes.Contains(type))
        {
            if (columns.DefaultExploitationType is null)
                return (null, $"exploitation_type '{Text(row, "exploitation_type")}' is not one of: {string.Join(", ", ExploitationTypes)} (map it in a profile)");
            type = columns.DefaultExploitationType;
        }
        var age = Code(row, "victim_age_group") ?? "unknown";
        if (!AgeGroups.Contains(age)) return (null, $"victim_age_group '{Text(row, "victim_age_group")}' is not adult, child or unknown");
        var (easting, northing, postcode, locationProblem) = Location(row);
        if (locationProblem is not null) return (null, locationProblem);
        return (new IncidentRecord(when.From, to, reported, type, age, Reference(row), Text(row, "intelligence_grade"),
            postcode is null ? columns.Precision : "postcode", postcode, easting, northing), null);
    }

    private (double?, double?, string?, string?) Location(SourceRow row)
    {
        if (row.ShapeProblem is { } shapeProblem) return (null, null, null, shapeProblem);
        if (row.Shape is not null)
            return PointOf.Shape(row) is var (x, y, problem) && problem is null ? (x, y, null, null) : (null, null, null, problem);
        if (Text(row, "easting") is { } e && Text(row, "northing") is { } n)
        {
            if (!TryNumber(e, out var easting)) return (null, null, null, $"easting '{e}' is not a number");
            if (!TryNumber(n, out var northing)) return (null, null, null, $"northing '{n}' is not a number");
            return Grid.ProblemWithEastingNorthing(easting, northing) is { } problem ? (null, null, null, problem) : (easting, northing, null, null);
        }
        if (Text(row, "longitude") is { } lon && Text(row, "latitude") is { } lat)
        {
            if (!TryNumber(lon, out var longitude)) return (null, null, null, $"longitude '{lon}' is not a number");
            if (!TryNumber(lat, out var latitude)) return (null, null, null, $"latitude '{lat}' is not a number");
            if (Grid.ProblemWithLongitudeLatitude(longitude, latitude) is { } problem) return (null, null, null, problem);
            var (easting, northing) = Grid.FromLongitudeLatitude(longitude, latitude);
            return (easting, northing, null, null);
        }
        if (Text(row, "postcode") is { } postcode)
            return Postcodes.Normalise(postcode) is { } normal
                ? (null, null, normal, null)
                : (null, null, null, $"postcode '{postcode}' is not a UK postcode");
        return (null, null, null, "no location: easting/northing, longitude/latitude and postcode are all empty");
    }

    private string? Reference(SourceRow row)
    {
        if (Text(row, "source_reference") is { } reference) return reference;
        if (!columns.HashMissingReference) return null;
        // Stable across re-imports of the same extract: the row's content, numbered when identical rows repeat.
        var content = row.Source;
        var seen = seenWithoutReference[content] = seenWithoutReference.GetValueOrDefault(content) + 1;
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{content}#{seen}")))[..24];
    }

    private string? Code(SourceRow row, string field) => Text(row, field) is { } value
        ? columns.Mapping.Translate(field, value) is var code && code == value ? Snake(value) : code
        : null;

    private static string Snake(string value) => string.Join('_', value.ToLowerInvariant()
        .Split([' ', '-', '/', '_'], StringSplitOptions.RemoveEmptyEntries));

    private string? Text(SourceRow row, string field) => columns.Column(field) is { } column ? row[column] : null;

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
