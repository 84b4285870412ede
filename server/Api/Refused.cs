using GraphQL;

namespace Hotspots.Api;

/// <summary>
/// A request refused for a reason the user can act on. GraphQL shows the message as it is, with a code naming what was
/// refused (extensions.code), so a resolver lets it pass rather than catching and rethrowing it; the command line and
/// the file endpoints print the same message.
/// </summary>
public abstract class Refused : ExecutionError
{
    protected Refused(string code, string message) : base(message) => Code = code;
}

/// <summary>An argument outside what the API accepts (a page size, a limit, a cursor); the message gives the range.</summary>
public sealed class ArgumentRefused(string message) : Refused("ARGUMENT_REFUSED", message);

/// <summary>Not signed in, or a role or agency that may not do this.</summary>
public sealed class AccessRefused(string message) : Refused("ACCESS_REFUSED", message);
