using GraphQL.Types;

namespace Hotspots.Access;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Description = "Someone with a Hotspots account: what they may see follows from their role and agency.";
        Field(p => p.Username).Description("What they sign in with, e.g. jo.bloggs.");
        Field(p => p.DisplayName).Description("Their name as colleagues know it; shown wherever the workspace names them.");
        Field(p => p.Role, type: typeof(NonNullGraphType<EnumerationGraphType<Role>>));
        Field(p => p.Agency).Description("The agency code, e.g. police.");
        Field(p => p.Email, nullable: true).Description("Administrators only (null for others): where reminders and notices reach them.");
        Field(p => p.Active).Description("False once an administrator deactivates the account: it no longer signs in.");
        Field(p => p.LockedUntil, nullable: true).Description("Set while an address is held back after repeated failed sign-ins to this account: the end of the longest wait. The account itself is never locked, so its owner can still sign in from elsewhere.");
        Field(p => p.SecondFactorRequired).Description("Whether sign-in asks for an authenticator code.");
        Field(p => p.SecondFactorEnrolled).Description("Whether an authenticator has been set up.");
        Field(p => p.CreatedAt);
    }
}

public sealed class PersonInputType : InputObjectGraphType<PersonInput>
{
    public PersonInputType()
    {
        Name = "PersonInput";
        Description = "An account to create, or the new details of one (found by its username, which never changes).";
        Field(p => p.Username);
        Field(p => p.DisplayName);
        Field(p => p.Role, type: typeof(NonNullGraphType<EnumerationGraphType<Role>>));
        Field(p => p.Agency).Description("An agency code from agencies.");
        Field(p => p.Email, nullable: true);
    }
}

public sealed class IssuedCodeType : ObjectGraphType<IssuedCode>
{
    public IssuedCodeType()
    {
        Name = "IssuedCode";
        Description = "A one-time code for the person to sign in with once and choose their own password; shown only in this answer.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Field(i => i.OneTimeCode);
        Field(i => i.ExpiresAt).Description("After this the code no longer signs in.");
    }
}

public sealed class AgencyType : ObjectGraphType<Agency>
{
    public AgencyType()
    {
        Name = "Agency";
        Description = "A partner agency; records, accounts and rules name it by its code.";
        Field(a => a.Code).Description("e.g. police; never changes.");
        Field(a => a.Name).Description("e.g. West Yorkshire Police.");
    }
}
