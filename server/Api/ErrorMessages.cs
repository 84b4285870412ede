using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hotspots.Api;

/// <summary>
/// Errors as clients see them: exception details hidden, except why a GeoJSON variable was refused. GraphQL.NET keeps
/// that reason only as the inner exception of its "Variable '$b' is invalid" error, which would otherwise hide it.
/// </summary>
public sealed class ErrorMessages() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is InvalidVariableError { InnerException: GeoJsonRefused refused } error
            && error.Nodes?.OfType<GraphQLVariableDefinition>().FirstOrDefault() is { } variable)
            info.Message = $"Variable '${variable.Variable.Name.StringValue}' is invalid. {refused.Message}";
        return info;
    }
}
