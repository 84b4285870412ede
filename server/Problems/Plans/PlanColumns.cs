using System.Text.Json;

namespace Hotspots.Problems;

/// <summary>The plan fields an analyst may set, by their GraphQL name: the column each is stored in.</summary>
public static class PlanColumns
{
    public static readonly IReadOnlyDictionary<string, string> ByField = new Dictionary<string, string>
    {
        ["title"] = "title", ["status"] = "status", ["priority"] = "priority", ["classification"] = "classification",
        ["reviewOn"] = "review_on", ["leadAgency"] = "lead_agency", ["leadOfficer"] = "lead_officer",
        ["objective"] = "objective", ["impact"] = "impact", ["targetReductionPercent"] = "target_reduction_percent",
        ["problemStatement"] = "problem_statement", ["evidence"] = "evidence", ["dataSources"] = "data_sources",
        ["offender"] = "offender", ["victim"] = "victim", ["place"] = "place",
        ["handler"] = "handler", ["guardian"] = "guardian", ["manager"] = "manager",
        ["repeatType"] = "repeat_type", ["hypothesis"] = "hypothesis", ["responses"] = "responses",
        ["responseStartedOn"] = "response_started_on", ["assessment"] = "assessment",
        ["sector"] = "sector", ["exploitationType"] = "exploitation_type", ["triangleSide"] = "triangle_side", ["outcome"] = "outcome",
    };

    public const string Select = """
        id, group_id, title, status, priority, classification, review_on, lead_agency, lead_officer, objective, impact,
        target_reduction_percent, problem_statement, evidence, data_sources, offender, victim, place, handler, guardian, manager,
        repeat_type, hypothesis, responses, response_started_on, assessment,
        array(SELECT area_id FROM plan_areas WHERE plan_id = plans.id ORDER BY area_id), version, created_by, created_at, updated_by, updated_at,
        sector, exploitation_type, triangle_side, outcome
        """;

    /// <summary>A GraphQL input value as the column stores it: enums as snake_case codes, lists as text arrays.</summary>
    public static object? Stored(object? value) => value switch
    {
        Enum e => JsonNamingPolicy.SnakeCaseLower.ConvertName(e.ToString()),
        IEnumerable<object?> list when value is not string => list.Select(v => v?.ToString() ?? "").ToArray(),
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        _ => value,
    };
}
