using GraphQL.Types;
using GraphQLParser.AST;

namespace Hotspots.Api;

/// <summary>A file sent with the request as a multipart part, already saved to a temporary file by the endpoint.</summary>
public sealed record UploadedFile(string Path, string FileName, long Length)
{
    /// <summary>Moves the file out of the request's hands, for work that outlives the request; the caller deletes it.</summary>
    public string Claim()
    {
        var kept = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hotspots-import-" + Guid.NewGuid().ToString("N"));
        File.Move(Path, kept);
        return kept;
    }
}

/// <summary>The Upload scalar of the GraphQL multipart request spec: only ever a file part, never typed in a query.</summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file sent as a part of a multipart/form-data request (GraphQL multipart request spec): " +
            "put null in the variable and name the part in the map.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => throw new InvalidOperationException("An Upload is a file part of a multipart/form-data request, not a value in the variables."),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue
        ? null
        : throw new InvalidOperationException("An Upload cannot be written in the query: send the file as a multipart part.");

    public override object? Serialize(object? value) => throw new InvalidOperationException("An Upload is only ever input.");
}
