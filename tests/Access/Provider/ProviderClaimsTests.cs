using System.Security.Claims;
using Hotspots.Access;
using Microsoft.Extensions.Configuration;

namespace Hotspots.Tests.Access.Provider;

/// <summary>
/// The one mapping rule, with claims alone: which groups make which role, which issuer may say which agency. Cases the
/// real provider cannot produce (a second issuer, an issuer trusted for one fixed agency) are tried here.
/// </summary>
public sealed class ProviderClaimsTests
{
    private const string Council = "https://login.kirklees.example/";
    private const string Police = "https://sts.westyorkshire.police.example";

    private static readonly ProviderSettings Settings = ProviderSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Oidc:Authority"] = Council, ["Oidc:Audience"] = "hotspots-kmsp", ["Oidc:AgencyClaim"] = "kmsp_agency",
        ["Oidc:Roles:kmsp-analysts"] = "analyst", ["Oidc:Roles:kmsp-partners"] = "partner", ["Oidc:Roles:kmsp-analysts-police"] = "analyst",
        ["Oidc:Issuers:0:Issuer"] = Council, ["Oidc:Issuers:0:Agencies"] = "council, housing",
        // Everyone the force's own service signs in is police, whatever agency claim it sends.
        ["Oidc:Issuers:1:Issuer"] = Police + "/", ["Oidc:Issuers:1:Agency"] = "police",
    }).Build().GetSection("Oidc"));

    private static ClaimsPrincipal Person(string[] groups, string? agency)
    {
        List<Claim> claims = [new("preferred_username", "jo.bloggs"), new("name", "Jo Bloggs"), .. groups.Select(g => new Claim("groups", g))];
        if (agency is not null) claims.Add(new Claim("kmsp_agency", agency));
        return new ClaimsPrincipal(new ClaimsIdentity(claims));
    }

    public static TheoryData<string, string[], string?, string> Mapped => new()
    {
        { Council, ["all-staff", "kmsp-partners"], "housing", "jo.bloggs Jo Bloggs Partner housing" },
        // Two groups that give the same role are one role.
        { Council, ["kmsp-analysts", "kmsp-analysts-police"], "council", "jo.bloggs Jo Bloggs Analyst council" },
        { Police, ["kmsp-analysts"], "council", "jo.bloggs Jo Bloggs Analyst police" },
        { Police, ["kmsp-analysts"], null, "jo.bloggs Jo Bloggs Analyst police" },
    };

    [Theory]
    [MemberData(nameof(Mapped))]
    public void Groups_become_a_role_and_the_issuer_decides_the_agency(string issuer, string[] groups, string? agency, string expected)
    {
        var (person, refusal) = ProviderClaims.Map(Settings, Person(groups, agency), issuer);
        Assert.Null(refusal);
        Assert.Equal(expected, $"{person!.Username} {person.DisplayName} {person.Role} {person.Agency}");
    }

    public static TheoryData<string, string[], string?, string> Refused => new()
    {
        { "https://login.example.org/", ["kmsp-analysts"], "council", "The issuer https://login.example.org/ is not configured to vouch for any agency (Hotspots:Oidc:Issuers)" },
        { Council, ["kmsp-analysts"], "police", "The issuer https://login.kirklees.example/ may not vouch for the agency \"police\"; it is trusted for council, housing" },
        { Council, ["Administrators"], "council", "None of jo.bloggs's groups in the groups claim (Administrators) is mapped to a role here" },
        { Council, ["kmsp-analysts", "kmsp-partners"], "council", "jo.bloggs's groups map to more than one role (analyst, partner)" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_the_configuration_does_not_allow_is_refused_saying_which_setting(string issuer, string[] groups, string? agency, string why)
    {
        var (person, refusal) = ProviderClaims.Map(Settings, Person(groups, agency), issuer);
        Assert.Null(person);
        Assert.StartsWith(why, refusal);
    }

    [Theory]
    [InlineData("Roles:kmsp-admins", "superuser", "Hotspots:Oidc:Roles:kmsp-admins is \"superuser\", which is not one of our roles")]
    [InlineData("Issuers:0:Agency", "police", "Hotspots:Oidc:Issuers:0 needs either Agencies")]
    [InlineData("Audience", "", "Hotspots:Oidc:Audience must be set")]
    public void A_half_made_configuration_stops_the_server_saying_which_key(string key, string value, string why)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Oidc:Authority"] = Council, ["Oidc:Audience"] = "hotspots-kmsp", ["Oidc:Roles:kmsp-analysts"] = "analyst",
            ["Oidc:Issuers:0:Issuer"] = Council, ["Oidc:Issuers:0:Agencies"] = "council",
        };
        settings[$"Oidc:{key}"] = value;
        var section = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("Oidc");
        Assert.StartsWith(why, Assert.Throws<InvalidOperationException>(() => ProviderSettings.From(section)).Message);
    }
}
