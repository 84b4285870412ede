using Hotspots.Client.Api;

namespace Hotspots.Client.Access;

public sealed record Person(string Username, string DisplayName, string Role, string Agency, string? Email, bool Active,
    DateTimeOffset? LockedUntil, bool SecondFactorRequired, bool SecondFactorEnrolled);

public sealed record IssuedCode(Person Person, string OneTimeCode, DateTimeOffset ExpiresAt);

public sealed record Agency(string Code, string Name);

public sealed record SecondFactorEnrolment(string Secret, string QrCode);

/// <summary>People, agencies and one's own authenticator; the server refuses what the viewer's role may not do.</summary>
public static class PeopleQueries
{
    private const string PersonFields = "username displayName role agency email active lockedUntil secondFactorRequired secondFactorEnrolled";
    private const string IssuedFields = $"person {{ {PersonFields} }} oneTimeCode expiresAt";

    /// <summary>The roles as the server's enum names them, in the order the form offers them.</summary>
    public static readonly string[] Roles = ["ANALYST", "PARTNER", "ENFORCEMENT_OFFICER", "GROUP_CHAIR", "ADMINISTRATOR", "DATA_PROTECTION_OFFICER"];

    public static Task<List<Person>> People(this GraphQLClient client) => client.Field<List<Person>>("people", $"{{ people {{ {PersonFields} }} }}");

    public static Task<List<Agency>> Agencies(this GraphQLClient client) => client.Field<List<Agency>>("agencies", "{ agencies { code name } }");

    public static Task<IssuedCode> CreateAccount(this GraphQLClient client, object person) => client.Field<IssuedCode>("createAccount",
        $"mutation($p: PersonInput!) {{ createAccount(person: $p) {{ {IssuedFields} }} }}", new { p = person });

    public static Task<Person> UpdateAccount(this GraphQLClient client, object person) => client.Field<Person>("updateAccount",
        $"mutation($p: PersonInput!) {{ updateAccount(person: $p) {{ {PersonFields} }} }}", new { p = person });

    public static Task<Person> SetAccountActive(this GraphQLClient client, string username, bool active) => client.Field<Person>("setAccountActive",
        $"mutation($u: String!, $a: Boolean!) {{ setAccountActive(username: $u, active: $a) {{ {PersonFields} }} }}", new { u = username, a = active });

    public static Task<IssuedCode> ResetPassword(this GraphQLClient client, string username) => client.Field<IssuedCode>("resetPassword",
        $"mutation($u: String!) {{ resetPassword(username: $u) {{ {IssuedFields} }} }}", new { u = username });

    public static Task<Person> UnlockAccount(this GraphQLClient client, string username) => client.Field<Person>("unlockAccount",
        $"mutation($u: String!) {{ unlockAccount(username: $u) {{ {PersonFields} }} }}", new { u = username });

    public static Task<Person> ResetSecondFactor(this GraphQLClient client, string username) => client.Field<Person>("resetSecondFactor",
        $"mutation($u: String!) {{ resetSecondFactor(username: $u) {{ {PersonFields} }} }}", new { u = username });

    public static Task<SecondFactorEnrolment> RequireSecondFactor(this GraphQLClient client, string username) => client.Field<SecondFactorEnrolment>(
        "requireSecondFactor", "mutation($u: String!) { requireSecondFactor(username: $u) { secret qrCode } }", new { u = username });

    public static Task<Agency> AddAgency(this GraphQLClient client, string code, string name) => client.Field<Agency>("addAgency",
        "mutation($c: String!, $n: String!) { addAgency(code: $c, name: $n) { code name } }", new { c = code, n = name });

    public static Task<Agency> RenameAgency(this GraphQLClient client, string code, string name) => client.Field<Agency>("renameAgency",
        "mutation($c: String!, $n: String!) { renameAgency(code: $c, name: $n) { code name } }", new { c = code, n = name });

    public static Task<SecondFactorEnrolment> BeginSecondFactor(this GraphQLClient client) => client.Field<SecondFactorEnrolment>(
        "beginSecondFactor", "mutation { beginSecondFactor { secret qrCode } }");

    public static Task<bool> ConfirmSecondFactor(this GraphQLClient client, string code) => client.Field<bool>(
        "confirmSecondFactor", "mutation($c: String!) { confirmSecondFactor(code: $c) }", new { c = code });
}
