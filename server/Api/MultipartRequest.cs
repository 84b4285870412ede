using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Hotspots.Api;

/// <summary>A request that cannot be read as a multipart GraphQL request, with what to change.</summary>
public sealed class MultipartRefused(string message) : Exception(message);

/// <summary>
/// The GraphQL multipart request spec (github.com/jaydenseric/graphql-multipart-request-spec): an "operations" field,
/// a "map" field, then the files, each streamed to a temporary file and put where the map says, as an UploadedFile.
/// </summary>
public sealed class MultipartRequest : IAsyncDisposable
{
    private const int FieldLimit = 1 << 20;
    private readonly List<string> files = [];

    public GraphQLRequest Request { get; private set; } = null!;

    public static bool Is(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The upload limit in bytes: Hotspots:Imports:MaxUploadMB, 2048 unless set.</summary>
    public static long MaxBytes(IConfiguration configuration) => (configuration.GetValue<long?>("Hotspots:Imports:MaxUploadMB") ?? 2048) << 20;

    public static async Task<MultipartRequest> Read(HttpContext http, IGraphQLTextSerializer serializer, long maxBytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = maxBytes + FieldLimit * 2;
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(http.Request.ContentType).Boundary).Value
            ?? throw new MultipartRefused("The multipart/form-data request has no boundary.");
        var reader = new MultipartReader(boundary, http.Request.Body);
        var result = new MultipartRequest();
        try
        {
            string? operations = null;
            Dictionary<string, string[]>? map = null;
            var uploads = new Dictionary<string, UploadedFile>();
            while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
            {
                var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    if (map is null) throw new MultipartRefused("The 'operations' and 'map' fields must come before the files.");
                    if (!map.ContainsKey(name)) throw new MultipartRefused($"The file part '{name}' is not named in the map.");
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? name;
                    uploads[name] = await result.Save(section.Body, Path.GetFileName(fileName), maxBytes, http.RequestAborted);
                }
                else if (name == "operations") operations = await Text(section.Body, http.RequestAborted);
                else if (name == "map")
                {
                    try { map = JsonSerializer.Deserialize<Dictionary<string, string[]>>(await Text(section.Body, http.RequestAborted)); }
                    catch (JsonException e) { throw new MultipartRefused($"The 'map' field is not a JSON object of file names to variable paths: {e.Message}"); }
                    if (operations is null) throw new MultipartRefused("The 'operations' field must come before 'map'.");
                }
            }
            if (operations is null || map is null) throw new MultipartRefused("A multipart GraphQL request needs 'operations' and 'map' fields.");
            if (operations.TrimStart().StartsWith('[')) throw new MultipartRefused("Batched operations are not supported: send one operation.");
            GraphQLRequest request;
            try { request = serializer.Deserialize<GraphQLRequest>(operations) ?? throw new MultipartRefused("The 'operations' field is empty."); }
            catch (JsonException e) { throw new MultipartRefused($"The 'operations' field is not a GraphQL request in JSON: {e.Message}"); }
            var variables = request.Variables is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(request.Variables);
            foreach (var (part, paths) in map)
            {
                if (!uploads.TryGetValue(part, out var upload)) throw new MultipartRefused($"The map names a file '{part}' that was not sent.");
                foreach (var path in paths) Place(variables, path, upload);
            }
            request.Variables = new Inputs(variables);
            result.Request = request;
            return result;
        }
        catch
        {
            await result.DisposeAsync();
            throw;
        }
    }

    private async Task<UploadedFile> Save(Stream body, string fileName, long maxBytes, CancellationToken cancel)
    {
        var path = Path.Combine(Path.GetTempPath(), "hotspots-upload-" + Guid.NewGuid().ToString("N"));
        files.Add(path);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancel)) > 0)
        {
            length += read;
            if (length > maxBytes)
                throw new MultipartRefused($"The file '{fileName}' is over the upload limit of {maxBytes >> 20} MB (Hotspots:Imports:MaxUploadMB).");
            await file.WriteAsync(buffer.AsMemory(0, read), cancel);
        }
        return new UploadedFile(path, fileName, length);
    }

    /// <summary>Puts the file at a path such as "variables.file" or "variables.files.1".</summary>
    private static void Place(Dictionary<string, object?> variables, string path, UploadedFile upload)
    {
        var steps = path.Split('.');
        if (steps.Length < 2 || steps[0] != "variables") throw new MultipartRefused($"The map path '{path}' does not start with 'variables.'.");
        object? container = variables;
        for (var i = 1; i < steps.Length; i++)
        {
            var last = i == steps.Length - 1;
            switch (container)
            {
                case IDictionary<string, object?> dictionary:
                    if (last) { dictionary[steps[i]] = upload; return; }
                    container = dictionary.TryGetValue(steps[i], out var next) ? next : null;
                    break;
                case IList<object?> list when int.TryParse(steps[i], out var index) && index >= 0 && index < list.Count:
                    if (last) { list[index] = upload; return; }
                    container = list[index];
                    break;
                default:
                    throw new MultipartRefused($"The map path '{path}' does not lead to a variable.");
            }
        }
    }

    private static async Task<string> Text(Stream body, CancellationToken cancel)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var buffer = new char[FieldLimit + 1];
        var read = await reader.ReadBlockAsync(buffer, cancel);
        if (read > FieldLimit) throw new MultipartRefused("A multipart field is over 1 MB.");
        return new string(buffer, 0, read);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var path in files) File.Delete(path);
        return ValueTask.CompletedTask;
    }
}
