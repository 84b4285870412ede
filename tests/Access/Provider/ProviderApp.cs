using System.Net;
using System.Text.Json.Nodes;
using System.Web;
using Hotspots.Tests.Map;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Access.Provider;

/// <summary>
/// The workspace on Kestrel set up for the partnership's provider (<see cref="PartnershipProvider"/>, started first on
/// its own port): groups mapped to roles, and the provider trusted for four agencies, as an operator would configure them.
/// </summary>
public sealed class ProviderApp : BrowserApp
{
    public PartnershipProvider Provider { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Provider = await PartnershipProvider.Start();
        await base.InitializeAsync();
    }

    protected override void Configure(IWebHostBuilder web)
    {
        web.UseSetting("Hotspots:Oidc:Authority", Provider.Authority);
        web.UseSetting("Hotspots:Oidc:Audience", PartnershipProvider.Audience);
        web.UseSetting("Hotspots:Oidc:ClientId", PartnershipProvider.ClientId);
        web.UseSetting("Hotspots:Oidc:Name", PartnershipProvider.Name);
        web.UseSetting("Hotspots:Oidc:RequireHttpsMetadata", "false");
        web.UseSetting("Hotspots:Oidc:AgencyClaim", "kmsp_agency");
        web.UseSetting("Hotspots:Oidc:Roles:kmsp-analysts", "analyst");
        web.UseSetting("Hotspots:Oidc:Roles:kmsp-partners", "partner");
        web.UseSetting("Hotspots:Oidc:Roles:kmsp-chairs", "group_chair");
        web.UseSetting("Hotspots:Oidc:Issuers:0:Issuer", Provider.Authority);
        web.UseSetting("Hotspots:Oidc:Issuers:0:Agencies", "police,council,housing,health");
    }

    /// <summary>
    /// The browser's way through, without a browser: start at the workspace, sign in on the provider's login page, follow
    /// the redirects back, and collect the sign-in as the page does. The status and body of that last answer.
    /// </summary>
    public async Task<(int Status, JsonObject Body)> SignInThroughProvider(string username)
    {
        var (status, body, _) = await SignInKeepingTheCookie(username);
        return (status, body);
    }

    /// <summary>As <see cref="SignInThroughProvider"/>, with the handover cookie the browser held, to try it again.</summary>
    public async Task<(int Status, JsonObject Body, string Cookie)> SignInKeepingTheCookie(string username)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = new Uri(BaseAddress) };
        using var login = await browser.GetAsync("/auth/provider/sign-in");
        Assert.Contains("Council username", await login.Content.ReadAsStringAsync());
        var loginPage = login.RequestMessage!.RequestUri!;
        using var back = await browser.PostAsync(new Uri(loginPage, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username, ["password"] = PartnershipProvider.Password, ["returnUrl"] = HttpUtility.ParseQueryString(loginPage.Query)["ReturnUrl"]!,
        }));
        Assert.Equal(new Uri(BaseAddress + "/"), back.RequestMessage!.RequestUri);
        var cookie = handler.CookieContainer.GetCookies(new Uri(BaseAddress + "/auth/provider/handover"))["hotspots.handover"]!.Value;
        using var handover = await browser.PostAsync("/auth/provider/handover", null);
        var answer = ((int)handover.StatusCode, JsonNode.Parse(await handover.Content.ReadAsStringAsync())!.AsObject(), cookie);
        // Collected: the browser holds it no longer.
        Assert.Equal(204, (int)(await browser.PostAsync("/auth/provider/handover", null)).StatusCode);
        return answer;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
