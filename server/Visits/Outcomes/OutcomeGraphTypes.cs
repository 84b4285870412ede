using GraphQL.Types;
using Hotspots.Incidents;

namespace Hotspots.Visits;

public sealed class SignIndicatorType : EnumerationGraphType<SignIndicator>
{
    public SignIndicatorType() => Description = "Spot-the-signs indicators: appearance, isolation and control, living conditions, documents and money, movement, behaviour, and employment practices (no contract, no tax/NI, no PPE, false hours, illegal working).";
}

public sealed class ReferralKindType : EnumerationGraphType<ReferralKind>
{
    public ReferralKindType() => Description = "Where a referral went: NRM, Duty to Notify, adult or child safeguarding, housing, GLAA, HMRC.";
}

public sealed class NoticeKindType : EnumerationGraphType<NoticeKind>
{
    public NoticeKindType() => Description = "Notices served: HSE (health and safety), fire safety, housing.";
}

public sealed class ConsentPurposeType : EnumerationGraphType<ConsentPurpose>;

public sealed class NrmStageType : EnumerationGraphType<NrmStage>
{
    public NrmStageType() => Description = "The Single Competent Authority's two decisions on an NRM referral.";
}

public sealed class NrmDecisionType : EnumerationGraphType<NrmDecision>;

public sealed class VictimCountType : ObjectGraphType<VictimCount>
{
    public VictimCountType()
    {
        Field(v => v.AgeGroup, type: typeof(NonNullGraphType<VictimAgeGroupType>));
        Field(v => v.Count);
    }
}

public sealed class VictimCountInputType : InputObjectGraphType<VictimCount>
{
    public VictimCountInputType()
    {
        Name = "VictimCountInput";
        Description = "How many potential victims of one age group were identified.";
        Field(v => v.AgeGroup, type: typeof(NonNullGraphType<VictimAgeGroupType>));
        Field(v => v.Count);
    }
}

public sealed class ConsentDecisionType : ObjectGraphType<ConsentDecision>
{
    public ConsentDecisionType()
    {
        Description = "How many people gave or refused consent for one purpose.";
        Field(c => c.Purpose, type: typeof(NonNullGraphType<ConsentPurposeType>));
        Field(c => c.Given);
        Field(c => c.People);
    }
}

public sealed class ConsentDecisionInputType : InputObjectGraphType<ConsentDecision>
{
    public ConsentDecisionInputType()
    {
        Name = "ConsentDecisionInput";
        Field(c => c.Purpose, type: typeof(NonNullGraphType<ConsentPurposeType>));
        Field(c => c.Given);
        Field(c => c.People);
    }
}

public sealed class ReferralMadeInputType : InputObjectGraphType<ReferralMade>
{
    public ReferralMadeInputType()
    {
        Name = "ReferralInput";
        Field(r => r.Kind, type: typeof(NonNullGraphType<ReferralKindType>));
        Field(r => r.Reference, nullable: true).Description("The receiving body's reference, if known at the door; an NRM reference can be added later (setReferralReference).");
        Field(r => r.FollowUpOn, nullable: true).Description("The date someone must chase the referral by, e.g. the Home Office's answer to a Duty to Notify.");
    }
}

public sealed class ReferralType : ObjectGraphType<Referral>
{
    public ReferralType()
    {
        Description = "A referral made on a visit; NRM referrals carry the reasonable- and conclusive-grounds decisions.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Kind, type: typeof(NonNullGraphType<ReferralKindType>));
        Field(r => r.Reference, nullable: true).Description("The receiving body's reference; null while pending.");
        Field(r => r.FollowUpOn, nullable: true).Description("The date someone must chase the referral by.");
        Field(r => r.ReasonableGrounds, type: typeof(NrmDecisionType));
        Field(r => r.ReasonableGroundsOn, nullable: true);
        Field(r => r.ConclusiveGrounds, type: typeof(NrmDecisionType));
        Field(r => r.ConclusiveGroundsOn, nullable: true);
    }
}

public sealed class NrmReferralStageType : EnumerationGraphType<NrmReferralStage>
{
    public NrmReferralStageType() => Description = "Where an NRM referral stands: awaiting either decision, stopped by a negative reasonable-grounds decision, or concluded.";
}

public sealed class NrmReferralType : ObjectGraphType<NrmReferral>
{
    public NrmReferralType()
    {
        Description = "An NRM referral made on a visit, with its operation, the stop it came from and the stage it has reached.";
        Field(n => n.Referral, type: typeof(NonNullGraphType<ReferralType>));
        Field(n => n.VisitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(n => n.VisitName);
        Field(n => n.VisitedOn);
        Field(n => n.TargetName);
        Field(n => n.Stage, type: typeof(NonNullGraphType<NrmReferralStageType>));
    }
}
