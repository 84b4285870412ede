using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;

namespace Hotspots.Api;

/// <summary>
/// Our own small GraphQL-over-HTTP endpoint (GraphQL.NET's server transport is not served by our registry).
/// application/graphql-response+json answers 400 when a request cannot run; plain application/json always 200.
/// </summary>
public static class GraphQLEndpoint
{
    private const string GraphQLResponse = "application/graphql-response+json";

    public static WebApplication MapGraphQL(this WebApplication app)
    {
        app.MapPost("/graphql", Post).RequireRateLimiting(Access.AccessServices.ApiLimit);
        app.MapGet("/graphql", Get).RequireRateLimiting(Access.AccessServices.ApiLimit);
        return app;
    }

    private static async Task Post(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter<ISchema> executer, IConfiguration configuration)
    {
        if (MultipartRequest.Is(http.Request))
        {
            await PostMultipart(http, serializer, executer, configuration);
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            await Refuse(http, serializer, $"The request body is not a GraphQL request in JSON: {e.Message}");
            return;
        }
        await Execute(http, serializer, executer, request, viaGet: false);
    }

    /// <summary>Uploads: the files live in temporary files for the request; work that outlives it claims them.</summary>
    private static async Task PostMultipart(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter<ISchema> executer, IConfiguration configuration)
    {
        MultipartRequest multipart;
        try
        {
            multipart = await MultipartRequest.Read(http, serializer, MultipartRequest.MaxBytes(configuration));
        }
        catch (Exception e) when (e is MultipartRefused or BadHttpRequestException or InvalidDataException or IOException or FormatException)
        {
            await Refuse(http, serializer, e is BadHttpRequestException { StatusCode: 413 }
                ? $"The request is over the upload limit of {MultipartRequest.MaxBytes(configuration) >> 20} MB (Hotspots:Imports:MaxUploadMB)."
                : e.Message);
            return;
        }
        await using (multipart) await Execute(http, serializer, executer, multipart.Request, viaGet: false);
    }

    private static async Task Get(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter<ISchema> executer)
    {
        var query = http.Request.Query;
        GraphQLRequest request;
        try
        {
            request = new GraphQLRequest
            {
                Query = query["query"],
                OperationName = query["operationName"],
                Variables = query["variables"] is { Count: > 0 } v ? serializer.Deserialize<Inputs>(v.ToString()) : null,
            };
        }
        catch (JsonException e)
        {
            await Refuse(http, serializer, $"variables is not a JSON object: {e.Message}");
            return;
        }
        await Execute(http, serializer, executer, request, viaGet: true);
    }

    private static async Task Execute(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter<ISchema> executer,
        GraphQLRequest? request, bool viaGet)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await Refuse(http, serializer, "Give a GraphQL document in query.");
            return;
        }
        var operation = string.IsNullOrEmpty(request.OperationName) ? "anonymous" : request.OperationName;
        using var activity = Telemetry.TelemetryServices.Activities.StartActivity($"graphql {operation}");
        activity?.SetTag("graphql.operation.name", operation);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            User = http.User,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
            ValidationRules = viaGet ? DocumentValidator.CoreRules.Append(QueriesOnlyOverGet.Instance) : null,
        });
        // Most clients, ours included, name the operation in the document and not in the request.
        if (string.IsNullOrEmpty(request.OperationName) && result.Operation?.Name?.StringValue is { Length: > 0 } named)
        {
            operation = named;
            activity?.SetTag("graphql.operation.name", operation);
            if (activity is not null) activity.DisplayName = $"graphql {operation}";
        }
        Telemetry.TelemetryServices.GraphQLDuration.Record(clock.Elapsed.TotalMilliseconds,
            new("graphql.operation.name", operation), new("outcome", result.Errors is { Count: > 0 } ? "errors" : "ok"));
        await Write(http, serializer, result);
    }

    private static Task Refuse(HttpContext http, IGraphQLTextSerializer serializer, string message) =>
        Write(http, serializer, new ExecutionResult { Errors = [new ExecutionError(message)], Executed = false });

    private static async Task Write(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        var wantsGraphQLResponse = http.Request.Headers.Accept.Any(a => a?.Contains(GraphQLResponse) == true);
        http.Response.ContentType = (wantsGraphQLResponse ? GraphQLResponse : "application/json") + "; charset=utf-8";
        http.Response.StatusCode = wantsGraphQLResponse && !result.Executed ? 400 : 200;
        // Answers hold what this viewer may see: no browser or proxy cache may keep them for the next person.
        http.Response.Headers.CacheControl = "no-store";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
