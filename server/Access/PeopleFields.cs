using GraphQL;
using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Access;

/// <summary>Accounts, agencies and the signed-in person's own authenticator.</summary>
public static class PeopleFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("people")
            .Description("Administrators and group chairs: every account, by agency then name (active or not), to manage or to choose group members from.")
            .ResolveAsync(async c => await c.Service<People>().All(c.Viewer(), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyType>>>>("agencies")
            .Description("The partnership's agencies, by name.")
            .ResolveAsync(async c => await c.Service<Agencies>().All(c.CancellationToken));
    }

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IssuedCodeType>>("createAccount")
            .Description("Administrators: adds an account; the answer's one-time code signs the person in once, when they choose their own password.")
            .Argument<NonNullGraphType<PersonInputType>>("person")
            .ResolveAsync(async c => await c.Service<People>().Create(c.Viewer(), c.GetArgument<PersonInput>("person"), c.CancellationToken));
        mutation.Field<NonNullGraphType<PersonType>>("updateAccount")
            .Description("Administrators: changes an account's name, role, agency or e-mail.")
            .Argument<NonNullGraphType<PersonInputType>>("person")
            .ResolveAsync(async c => await c.Service<People>().Update(c.Viewer(), c.GetArgument<PersonInput>("person"), c.CancellationToken));
        mutation.Field<NonNullGraphType<PersonType>>("setAccountActive")
            .Description("Administrators: deactivates an account (it can no longer sign in; tokens already given end within the hour) or reactivates it.")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .Argument<NonNullGraphType<BooleanGraphType>>("active")
            .ResolveAsync(async c => await c.Service<People>().SetActive(c.Viewer(), Username(c), c.GetArgument<bool>("active"), c.CancellationToken));
        mutation.Field<NonNullGraphType<IssuedCodeType>>("resetPassword")
            .Description("Administrators: replaces a forgotten password with a one-time code (and unlocks the account).")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async c => await c.Service<People>().ResetPassword(c.Viewer(), Username(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<PersonType>>("unlockAccount")
            .Description("Administrators: lets every address held back after failed sign-ins to this account try again now.")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async c => await c.Service<People>().Unlock(c.Viewer(), Username(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<PersonType>>("resetSecondFactor")
            .Description("Administrators: forgets an account's authenticator (a lost phone); the person sets up a new one from their account.")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async c => await c.Service<People>().ResetSecondFactor(c.Viewer(), Username(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<AgencyType>>("addAgency")
            .Description("Administrators: adds a partner agency, with the default review and retention policy (see accessRules).")
            .Argument<NonNullGraphType<StringGraphType>>("code", "e.g. fire_service; it never changes.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await c.Service<Agencies>().Add(c.Viewer(), c.GetArgument<string>("code"), c.GetArgument<string>("name"), c.CancellationToken));
        mutation.Field<NonNullGraphType<AgencyType>>("renameAgency")
            .Description("Administrators: changes the name an agency is shown with.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await c.Service<Agencies>().Rename(c.Viewer(), c.GetArgument<string>("code"), c.GetArgument<string>("name"), c.CancellationToken));
        mutation.Field<NonNullGraphType<SecondFactorEnrolmentType>>("beginSecondFactor")
            .Description("Starts setting up your own authenticator app: scan the QR code, then confirm with a code. Nothing changes at sign-in until you confirm.")
            .ResolveAsync(async c => await c.Service<SecondFactorEnrolments>().Begin(c.Viewer(), c.CancellationToken));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("confirmSecondFactor")
            .Description("Finishes setting up your authenticator with a code from it; from then on sign-in asks for a code.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c => await c.Service<SecondFactorEnrolments>().Confirm(c.Viewer(), c.GetArgument<string>("code"), c.CancellationToken));
    }

    private static string Username(IResolveFieldContext c) => c.GetArgument<string>("username");
}
