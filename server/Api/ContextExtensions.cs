using GraphQL;
using Hotspots.Access;

namespace Hotspots.Api;

public static class ContextExtensions
{
    public static Viewer Viewer(this IResolveFieldContext context) =>
        context.User is { } user && Access.Viewer.From(user) is { } viewer
            ? viewer
            : throw new AccessRefused("Sign in first: this API needs a valid bearer token.");

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
