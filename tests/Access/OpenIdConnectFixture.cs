using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Access;

/// <summary>
/// The server in production mode: it accepts only tokens from <see cref="PartnershipIssuer"/>, with the role and agency
/// in claims named as a partnership might name them. One police record, shared under the agreement.
/// </summary>
public sealed class OpenIdConnectFixture : HotspotsApp
{
    public const string Audience = "hotspots-kmsp";
    public PartnershipIssuer Issuer { get; private set; } = null!;
    public long PoliceRecord { get; private set; }

    public override async Task InitializeAsync()
    {
        Issuer = await PartnershipIssuer.Start();
        await base.InitializeAsync();
        PoliceRecord = await Scalar<long>("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            VALUES (ST_SetSRID(ST_MakePoint(414512, 416534), 27700), '2025-06-01Z', 'labour', 'adult', 'police', 'WYP-2025-0001', 'exact', 'official', 'KMSP-ISA-2023-01')
            RETURNING id
            """);
    }

    protected override void Configure(IWebHostBuilder web)
    {
        web.UseSetting("Hotspots:Oidc:Authority", Issuer.Authority);
        web.UseSetting("Hotspots:Oidc:Audience", Audience);
        web.UseSetting("Hotspots:Oidc:RequireHttpsMetadata", "false");
        web.UseSetting("Hotspots:Oidc:UsernameClaim", "preferred_username");
        // The partnership's provider sends our role names in a claim of its own; they still count only through the mapping.
        web.UseSetting("Hotspots:Oidc:GroupsClaim", "kmsp_role");
        foreach (var role in new[] { "analyst", "partner", "group_chair" }) web.UseSetting($"Hotspots:Oidc:Roles:{role}", role);
        web.UseSetting("Hotspots:Oidc:AgencyClaim", "kmsp_agency");
        web.UseSetting("Hotspots:Oidc:Issuers:0:Issuer", Issuer.Authority);
        web.UseSetting("Hotspots:Oidc:Issuers:0:Agencies", "police,council,housing,health,voluntary");
    }

    public static Dictionary<string, object> Claims(string username, string? role, string? agency)
    {
        var claims = new Dictionary<string, object> { ["sub"] = Guid.NewGuid().ToString(), ["preferred_username"] = username };
        if (role is not null) claims["kmsp_role"] = role;
        if (agency is not null) claims["kmsp_agency"] = agency;
        return claims;
    }

    public HttpClient Bearing(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
