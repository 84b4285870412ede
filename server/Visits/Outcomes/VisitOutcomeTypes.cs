using GraphQL.Types;

namespace Hotspots.Visits;

public sealed class VisitOutcomeInputType : InputObjectGraphType<VisitOutcomeInput>
{
    public VisitOutcomeInputType()
    {
        Name = "VisitOutcomeInput";
        Description = "What a visit found, sent from a phone. Make idempotencyKey once per outcome (e.g. a UUID) and resend the same key when retrying.";
        Field(o => o.IdempotencyKey);
        Field(o => o.VisitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(o => o.VisitTargetId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The route stop's target id.");
        Field(o => o.ArrivedAt);
        Field(o => o.LeftAt);
        Field(o => o.PeopleSpokenTo);
        Field(o => o.Indicators, type: typeof(ListGraphType<NonNullGraphType<SignIndicatorType>>));
        Field(o => o.Victims, type: typeof(ListGraphType<NonNullGraphType<VictimCountInputType>>)).Description("Potential victims identified, by age group.");
        Field(o => o.Consent, type: typeof(ListGraphType<NonNullGraphType<ConsentDecisionInputType>>));
        Field(o => o.Referrals, type: typeof(ListGraphType<NonNullGraphType<ReferralMadeInputType>>));
        Field(o => o.Notices, type: typeof(ListGraphType<NonNullGraphType<NoticeKindType>>));
        Field(o => o.Advice, nullable: true).Description("Advice and engagement given to the business.");
        Field(o => o.FollowUpActions, nullable: true).Description("Follow-up notes with no owner, one per line (kept with the outcome only).");
        Field(o => o.FollowUps, type: typeof(ListGraphType<NonNullGraphType<FollowUpInputType>>))
            .Description("Follow-up actions: each becomes an action of the operation's problem-solving plan (or waits until one is linked).");
    }
}

public sealed class VisitOutcomeType : ObjectGraphType<VisitOutcome>
{
    public VisitOutcomeType()
    {
        Description = "What one visit found, as recorded by the team.";
        Field(o => o.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(o => o.IdempotencyKey);
        Field(o => o.VisitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(o => o.VisitTargetId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(o => o.ArrivedAt);
        Field(o => o.LeftAt);
        Field(o => o.PeopleSpokenTo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SignIndicatorType>>>>("indicators").Resolve(c => c.Source.Indicators);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VictimCountType>>>>("victims").Resolve(c => c.Source.Victims);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentDecisionType>>>>("consent").Resolve(c => c.Source.Consent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralType>>>>("referrals").Resolve(c => c.Source.Referrals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoticeKindType>>>>("notices").Resolve(c => c.Source.Notices);
        Field(o => o.Advice, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("followUpActions").Description("Follow-up notes with no owner.").Resolve(c => c.Source.FollowUpActions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordedFollowUpType>>>>("followUps")
            .Description("Follow-up actions and the problem-solving action each became.").Resolve(c => c.Source.FollowUps ?? []);
        Field(o => o.ConcernsFound).Description("Any indicator observed or potential victim identified.");
        Field(o => o.RecordedBy);
        Field(o => o.RecordedAt);
        Field(o => o.Replayed).Description("True when this answers a resend of an already stored key: nothing new was stored.");
    }
}
