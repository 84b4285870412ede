using GraphQL;
using GraphQL.Types;
using Hotspots.Access;
using Hotspots.Api;
using static Hotspots.Visits.VisitFields;

namespace Hotspots.Visits;

public static class VisitChanges
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RiskWeightType>>("setRiskWeight")
            .Description("Administrators: change one weight of the visit risk score (see riskWeights).")
            .Argument<NonNullGraphType<StringGraphType>>("term").Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<FloatGraphType>>("weight")
            .ResolveAsync(c => AsViewer(c, async v =>
            {
                if (v.Role != Role.Administrator) throw new VisitRefused("Only an administrator may change the risk weights.");
                return await c.Service<RiskWeightStore>().Set(v, c.GetArgument<string>("term"), c.GetArgument<string>("code"), c.GetArgument<double>("weight"), c.CancellationToken);
            }));
        mutation.Field<NonNullGraphType<VisitType>>("planVisit")
            .Description("Plans an operation. Refuses a target outside its area; see warnings (e.g. no NRM first responder) on the result.")
            .Argument<NonNullGraphType<VisitPlanInputType>>("plan")
            .ResolveAsync(c => AsViewer(c, async v =>
            {
                var id = await c.Service<VisitPlanner>().Create(v, c.GetArgument<VisitPlan>("plan"), c.CancellationToken);
                await Audit(c, v, "plan visit", $"visit:{id}");
                await c.Service<PlannedRankings>().Keep(v, id, c.CancellationToken);
                return await c.Service<VisitReader>().ById(v, id, c.CancellationToken);
            }));
        mutation.Field<NonNullGraphType<VisitType>>("updateVisit")
            .Description("Changes an operation: date, theme, lead agency, team, contacts, targets and route order, or the plan it serves. " +
                "Give the version you read: if someone changed it since, nothing is saved and the error says who changed what and when.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("version", "The version you read.")
            .Argument<NonNullGraphType<VisitEditInputType>>("changes")
            .ResolveAsync(c => AsViewer(c, async v =>
            {
                var id = c.GetArgument<long>("id");
                var changes = c.GetArgument<VisitEdit>("changes");
                await c.Service<VisitEditor>().Apply(v, id, c.GetArgument<int>("version"), changes, c.CancellationToken);
                // Only a change of targets re-ranks: a new name or date keeps the ranking the operation was planned with.
                if (changes.AddTargets is { Count: > 0 } || changes.RemoveTargets is { Count: > 0 }) await c.Service<PlannedRankings>().Keep(v, id, c.CancellationToken);
                return await c.Service<VisitReader>().ById(v, id, c.CancellationToken);
            }));
        mutation.Field<NonNullGraphType<VisitType>>("addVisitTargets")
            .Description("Adds targets to an operation and reorders the route; refuses any outside the operation's area.")
            .Argument<NonNullGraphType<IdGraphType>>("visitId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TargetRefInputType>>>>("targets")
            .ResolveAsync(c => AsViewer(c, async v =>
            {
                var id = c.GetArgument<long>("visitId");
                await c.Service<VisitPlanner>().AddTargets(v, id, c.GetArgument<List<TargetRef>>("targets"), c.CancellationToken);
                await Audit(c, v, "add visit targets", $"visit:{id}");
                await c.Service<PlannedRankings>().Keep(v, id, c.CancellationToken);
                return await c.Service<VisitReader>().ById(v, id, c.CancellationToken);
            }));
        mutation.Field<NonNullGraphType<VisitType>>("linkVisitIncidents")
            .Description("Shares incidents you see in full with an operation's team (enforcement officers on it then see them in full).")
            .Argument<NonNullGraphType<IdGraphType>>("visitId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("incidentIds")
            .ResolveAsync(c => AsViewer(c, async v =>
            {
                var id = c.GetArgument<long>("visitId");
                var incidents = c.GetArgument<List<long>>("incidentIds");
                await c.Service<VisitPlanner>().LinkIncidents(v, id, incidents, c.CancellationToken);
                await Audit(c, v, "link incidents to visit", $"visit:{id}", new { incidents });
                return await c.Service<VisitReader>().ById(v, id, c.CancellationToken);
            }));
        mutation.Field<NonNullGraphType<VisitOutcomeType>>("recordVisitOutcome")
            .Description("Records what a visit found. Safe to resend: the same idempotencyKey stores once and returns the first result (replayed = true).")
            .Argument<NonNullGraphType<VisitOutcomeInputType>>("outcome")
            .ResolveAsync(c => AsViewer(c, async v =>
            {
                var outcome = await c.Service<OutcomeRecorder>().Record(v, c.GetArgument<VisitOutcomeInput>("outcome"), c.CancellationToken);
                if (!outcome.Replayed) await Audit(c, v, "record visit outcome", $"visit:{outcome.VisitId}", new { outcome.Id, outcome.VisitTargetId });
                return outcome;
            }));
        mutation.Field<NonNullGraphType<ReferralType>>("recordNrmDecision")
            .Description("Records the Single Competent Authority's reasonable- or conclusive-grounds decision on an NRM referral.")
            .Argument<NonNullGraphType<IdGraphType>>("referralId")
            .Argument<NonNullGraphType<NrmStageType>>("stage").Argument<NonNullGraphType<NrmDecisionType>>("decision")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("decidedOn")
            .ResolveAsync(c => AsViewer(c, async v =>
            {
                return await c.Service<NrmDecisions>().Record(v, c.GetArgument<long>("referralId"), c.GetArgument<NrmStage>("stage"),
                    c.GetArgument<NrmDecision>("decision"), c.GetArgument<DateOnly>("decidedOn"), c.CancellationToken);
            }));
        mutation.Field<NonNullGraphType<ReferralType>>("setReferralReference")
            .Description("Adds a referral's reference once it is known (an NRM reference comes days after the visit) and the date to follow it up by; " +
                "what is left out is kept.")
            .Argument<NonNullGraphType<IdGraphType>>("referralId").Argument<StringGraphType>("reference").Argument<DateOnlyGraphType>("followUpOn")
            .ResolveAsync(c => AsViewer(c, v => c.Service<ReferralReferences>().Set(v, c.GetArgument<long>("referralId"),
                c.GetArgument<string?>("reference"), c.GetArgument<DateOnly?>("followUpOn"), c.CancellationToken)));
    }

    private static Task Audit(IResolveFieldContext c, Viewer viewer, string action, string subject, object? detail = null) =>
        c.Service<AuditLog>().Record(viewer, action, subject, detail, cancel: c.CancellationToken);
}
