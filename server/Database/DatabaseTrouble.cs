using System.Net.Sockets;
using Npgsql;

namespace Hotspots.Database;

/// <summary>
/// What to tell a user when the database fails a request: it is restarting or unreachable, or it did not answer in
/// time. Every request runs in its own transaction, so either way nothing was changed.
/// </summary>
public static class DatabaseTrouble
{
    /// <summary>A sentence for the user, or null when the exception is not the database's trouble.</summary>
    public static string? Describe(Exception exception, int commandTimeoutSeconds)
    {
        if (TimedOut(exception))
            return $"The database did not answer within {commandTimeoutSeconds} s, so the request was stopped and changed nothing. Try a narrower filter or again shortly.";
        return Unavailable(exception)
            ? "The database is unavailable (restarting or unreachable), so the request changed nothing. Try again in a few seconds."
            : null;
    }

    private static bool TimedOut(Exception exception) =>
        Chain(exception).Any(e => e is TimeoutException || e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled });

    private static bool Unavailable(Exception exception) => Chain(exception).Any(e => e switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is SocketException or IOException or EndOfStreamException,
        _ => false,
    });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException) yield return e;
    }

    /// <summary>
    /// Database trouble outside a GraphQL resolver (tiles, exports, or the sign-in lookup before any request) is answered
    /// 503 with the sentence instead of a bare 500: as a GraphQL error document on /graphql, as text elsewhere.
    /// </summary>
    public static WebApplication UseDatabaseTroubleAnswers(this WebApplication app)
    {
        var timeout = CommandTimeoutSeconds(app.Configuration);
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested && Describe(e, timeout) is { } message)
            {
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = "5";
                if (http.Request.Path.StartsWithSegments("/graphql"))
                    await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message } } });
                else
                    await http.Response.WriteAsync(message);
            }
        });
        return app;
    }

    /// <summary>How long one statement of a request may run: Hotspots:Database:CommandTimeoutSeconds, 30 unless set.</summary>
    public static int CommandTimeoutSeconds(IConfiguration configuration) =>
        configuration.GetValue("Hotspots:Database:CommandTimeoutSeconds", 30);
}
