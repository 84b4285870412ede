using Hotspots.Client.Api;
using Microsoft.AspNetCore.Components;

namespace Hotspots.Client.Visits;

public sealed partial class OperationPage
{
    [Inject] private GraphQLClient Api { get; set; } = null!;
    [Inject] private SignedFiles Files { get; set; } = null!;
    [Inject] private Device Device { get; set; } = null!;
    [Inject] private Access.MarkingsInView InView { get; set; } = null!;
    [Parameter] public string Id { get; set; } = "";

    private Visit? visit;
    private bool loaded;
    private string? open, error;

    protected override async Task OnParametersSetAsync()
    {
        visit = await Run(() => Api.Visit(Id));
        loaded = true;
    }

    protected override void OnAfterRender(bool firstRender) => InView.Show("operation", visit?.Classification);

    private static string Distance(double metres) => metres >= 1000 ? $"{metres / 1000:0.0} km" : $"{metres:0} m";

    private static string Time(string time) => time.Length >= 5 ? time[..5] : time;

    private Task OpenBriefing() => Run(async () =>
    {
        var file = await Files.Get($"visits/{Id}/briefing");
        await Device.Open(file.Bytes, file.ContentType);
        return file;
    });

    private Task Download(string path, string extension) => Run(async () =>
    {
        var file = await Files.Get($"visits/{Id}/{path}");
        await Device.Save(file.Bytes, file.ContentType, $"operation-{Id}.{extension}");
        return file;
    });

    private async Task<T?> Run<T>(Func<Task<T>> call)
    {
        error = null;
        try
        {
            return await call();
        }
        catch (Exception e) when (e is GraphQLException or HttpRequestException)
        {
            error = e.Message;
            return default;
        }
    }
}
