using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hotspots.Api;

/// <summary>GraphQL over HTTP: a GET request may only read, so a mutation sent by GET is refused.</summary>
public sealed class QueriesOnlyOverGet : ValidationRuleBase
{
    public static readonly QueriesOnlyOverGet Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation.Operation != OperationType.Query)
                validation.ReportError(new ValidationError($"A {operation.Operation.ToString().ToLowerInvariant()} must be sent with POST, not GET."));
        }));
}
