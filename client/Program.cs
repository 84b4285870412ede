using Hotspots.Client;
using Hotspots.Client.Access;
using Hotspots.Client.Api;
using Hotspots.Client.Visits;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
builder.Services.AddScoped<Session>().AddScoped<AccessApi>().AddScoped<GraphQLClient>().AddScoped<SignedFiles>().AddScoped<MeetingFeed>().AddScoped<Device>().AddScoped<OutcomeOutbox>().AddScoped<OfflineCopy>().AddScoped<MarkingsInView>().AddScoped<ReviewsDue>();
await builder.Build().RunAsync();
