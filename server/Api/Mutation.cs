using GraphQL.Types;

namespace Hotspots.Api;

/// <summary>The API's changes: each feature adds its own fields.</summary>
public sealed class Mutation : ObjectGraphType
{
    public Mutation()
    {
        Name = "Mutation";
        Access.AccessFields.AddChangesTo(this);
        Access.RuleFields.AddChangesTo(this);
        Access.PeopleFields.AddChangesTo(this);
        Incidents.IncidentFields.AddChangesTo(this);
        Incidents.SignpostFields.AddChangesTo(this);
        Analysis.AnalysisFields.AddChangesTo(this);
        Areas.AreaFields.AddChangesTo(this);
        Problems.ProblemFields.AddChangesTo(this);
        Imports.ImportFields.AddChangesTo(this);
        Visits.VisitFields.AddChangesTo(this);
    }
}
