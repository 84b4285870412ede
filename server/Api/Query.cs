using GraphQL.Types;

namespace Hotspots.Api;

/// <summary>The API root: each feature adds its own fields.</summary>
public sealed class Query : ObjectGraphType
{
    public Query()
    {
        Name = "Query";
        Access.AccessFields.AddTo(this);
        Access.AuditFields.AddTo(this);
        Access.RuleFields.AddTo(this);
        Access.PeopleFields.AddTo(this);
        Incidents.IncidentFields.AddTo(this);
        Incidents.SignpostFields.AddTo(this);
        Places.PlaceFields.AddTo(this);
        Areas.AreaFields.AddTo(this);
        Analysis.AnalysisFields.AddTo(this);
        Areas.MapSettingsField.AddTo(this);
        Problems.ProblemFields.AddTo(this);
        Imports.ImportFields.AddTo(this);
        Visits.VisitFields.AddTo(this);
    }
}
