using GraphQL.Types;

namespace Hotspots.Problems;

/// <summary>The problem-solving workspace's part of the API.</summary>
public static class ProblemFields
{
    public static void AddTo(ObjectGraphType query)
    {
        GroupFields.AddTo(query);
        PlanFields.AddTo(query);
        ActionFields.AddTo(query);
        AssessmentFields.AddTo(query);
        MeetingFields.AddTo(query);
        BoardFields.AddTo(query);
        CaseStudyFields.AddTo(query);
    }

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        GroupFields.AddChangesTo(mutation);
        PlanFields.AddChangesTo(mutation);
        AnnotationFields.AddChangesTo(mutation);
        ActionFields.AddChangesTo(mutation);
        MeetingFields.AddChangesTo(mutation);
    }
}
